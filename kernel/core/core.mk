# kernel/core make rules
