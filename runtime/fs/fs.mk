# runtime/fs: make rules (the sdfs reader for the guest and the host, the host-side writer, sd-mkfs)
