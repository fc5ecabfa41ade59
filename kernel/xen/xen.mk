# kernel/xen make rules
