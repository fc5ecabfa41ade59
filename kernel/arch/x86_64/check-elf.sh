#!/bin/sh
# Fail if a linked guest breaks W^X: a loadable segment both writable and executable, or an
# executable (or unspecified, which loaders treat as executable) stack.
# usage: check-elf.sh GUEST.elf
set -eu
elf=$1
phdrs=$(readelf -lW "$elf")
if echo "$phdrs" | awk '$1 == "LOAD" && $0 ~ / RWE / { found = 1 } END { exit !found }'; then
    echo "$elf: a loadable segment is writable and executable" >&2
    exit 1
fi
if ! echo "$phdrs" | grep -q 'GNU_STACK'; then
    echo "$elf: no PT_GNU_STACK header (the stack would be executable)" >&2
    exit 1
fi
if echo "$phdrs" | awk '$1 == "GNU_STACK" && $0 ~ / RWE / { found = 1 } END { exit !found }'; then
    echo "$elf: executable stack" >&2
    exit 1
fi
