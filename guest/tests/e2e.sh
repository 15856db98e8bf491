#!/bin/bash
# End-to-end: boot the reference guest and drive it with kdping over (1) the UART path (QEMU serial
# socket) and (2) the ring path (kdping acting as the kdring host over the isa-debugcon socket and the
# shared memory file). Bounded by time-outs; QEMU is killed by its own PID.
set -u
BIN=${1:?usage: e2e.sh refvm.bin kdping}
KDPING=${2:?usage: e2e.sh refvm.bin kdping}
HERE=$(cd "$(dirname "$0")" && pwd)
ACCEL=$("$HERE/qemu-accel.sh")
QEMU=${QEMU:-qemu-system-x86_64}
WORK=$(mktemp -d /tmp/kdring-e2e.XXXXXX)
SHM=/dev/shm/kdring-e2e-$$
QPID=
cleanup() { [ -n "$QPID" ] && kill "$QPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK" "$SHM"; }
trap cleanup EXIT INT TERM
echo "e2e: accelerator $ACCEL"
pass=0; fail=0

boot() { # NAME APPEND qemu-args...
    local name=$1 append=$2; shift 2
    : > "$WORK/$name.log"
    timeout --signal=KILL 200 "$QEMU" -accel "$ACCEL" -m 256M -smp 1 -display none -no-reboot -monitor none \
        -kernel "$BIN" -append "$append" -debugcon file:"$WORK/$name.log" "$@" >"$WORK/$name.qemu" 2>&1 &
    QPID=$!
    for _ in $(seq 1 600); do
        grep -q "kdring-refvm: ready" "$WORK/$name.log" && return 0
        kill -0 "$QPID" 2>/dev/null || break
        sleep 0.1
    done
    echo "e2e: $name: guest not ready"; tail -5 "$WORK/$name.log"; return 1
}

finish() { # NAME RC
    kill "$QPID" 2>/dev/null; wait "$QPID" 2>/dev/null; QPID=
    if [ "$2" = 0 ]; then echo "e2e: PASS $1"; pass=$((pass + 1));
    else echo "e2e: FAIL $1"; sed 's/^/    | /' "$WORK/$1.log" | tail -8; fail=$((fail + 1)); fi
}

if [ -z "${SKIP_UART:-}" ]; then
# 1. UART path
if boot uart "transport=uart modules=150 pattern=16" \
        -chardev socket,id=kdser,path="$WORK/serial.sock",server=on,wait=off -serial chardev:kdser; then
    timeout --signal=KILL 120 "$KDPING" serial "$WORK/serial.sock" --modules 150 --pattern-mb 16 --read-kib 256
    finish uart $?
else finish uart 1; fi

fi
# 2. ring path
if boot ring "transport=ring modules=150 pattern=16" \
        -object memory-backend-file,id=mem,size=256M,mem-path="$SHM",share=on -machine pc,memory-backend=mem \
        -chardev socket,id=kdport,path="$WORK/port.sock",server=on,wait=off \
        -device isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b -serial none; then
    timeout --signal=KILL 120 "$KDPING" ring "$WORK/port.sock" "$SHM" --modules 150 --pattern-mb 16 --read-kib 4096
    finish ring $?
else finish ring 1; fi

# 3. ring path, the debugger vanishes mid-reply: the guest must not storm (<= 10 KB/s after 5 s) and a new
#    debugger must sync at once (issue 13)
if [ -z "${SKIP_VANISH:-}" ]; then
rm -f "$SHM"
if boot vanish "transport=ring modules=20 pattern=1" \
        -object memory-backend-file,id=mem,size=256M,mem-path="$SHM",share=on -machine pc,memory-backend=mem \
        -chardev socket,id=kdport,path="$WORK/vport.sock",server=on,wait=off \
        -device isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b -serial none; then
    timeout --signal=KILL 120 "$KDPING" ring "$WORK/vport.sock" "$SHM" --vanish 15
    finish vanish $?
else finish vanish 1; fi
fi

echo "e2e: $pass passed, $fail failed"
[ $fail -eq 0 ]
