# kernel/: each part keeps its own rules.
include kernel/core/core.mk
include kernel/xen/xen.mk
include kernel/hosted/hosted.mk
