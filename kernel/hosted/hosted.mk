# kernel/hosted make rules
