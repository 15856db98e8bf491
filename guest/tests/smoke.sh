#!/bin/bash
# Boot smoke test of the reference guest with no host and no debugger attached: for each transport
# setting the readiness line must appear and the guest must keep running (keep logging ticks).
# Every QEMU run is bounded by a time-out and killed by its own PID afterwards.
set -u
BIN=${1:?usage: smoke.sh refvm.bin}
HERE=$(cd "$(dirname "$0")" && pwd)
ACCEL=$("$HERE/qemu-accel.sh")
QEMU=${QEMU:-qemu-system-x86_64}
READY_TIMEOUT=${READY_TIMEOUT:-60}
TICKS=3
command -v "$QEMU" >/dev/null || { echo "smoke: $QEMU not found (apt-get install qemu-system-x86)"; exit 1; }
[ -f "$BIN" ] || { echo "smoke: $BIN missing (run make -C guest)"; exit 1; }
WORK=$(mktemp -d /tmp/kdring-smoke.XXXXXX)
QPID=
cleanup() { [ -n "$QPID" ] && kill "$QPID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM
echo "smoke: accelerator $ACCEL"
pass=0; fail=0

# run NAME EXPECTED_TRANSPORT APPEND [extra qemu args...]
run() {
    local name=$1 want=$2 append=$3; shift 3
    local log=$WORK/$name.log
    : > "$log"
    timeout --signal=KILL $((READY_TIMEOUT + 30)) "$QEMU" -accel "$ACCEL" -m 256M -smp 1 -display none \
        -no-reboot -monitor none -kernel "$BIN" -append "$append tick=250" -debugcon file:"$log" "$@" \
        >"$WORK/$name.qemu" 2>&1 &
    QPID=$!
    local t=0 ok=0 why="no readiness line within ${READY_TIMEOUT}s"
    while [ $t -lt $((READY_TIMEOUT * 10)) ]; do
        if ! kill -0 "$QPID" 2>/dev/null; then why="QEMU exited early: $(tail -2 "$WORK/$name.qemu" | tr '\n' ' ')"; break; fi
        if grep -q "kdring-refvm: ready transport=" "$log"; then
            local got; got=$(grep -o "ready transport=[a-z]*" "$log" | head -1 | cut -d= -f2)
            if [ "$got" != "$want" ]; then why="transport=$got, expected $want"; break; fi
            # the guest must keep running: wait for TICKS more tick lines
            local before; before=$(grep -c "kdring-refvm: tick " "$log")
            local w=0
            while [ $w -lt 300 ]; do
                [ $(( $(grep -c "kdring-refvm: tick " "$log") - before )) -ge $TICKS ] && { ok=1; break; }
                grep -q "PANIC" "$log" && break
                sleep 0.1; w=$((w + 1))
            done
            [ $ok = 1 ] || why="guest stopped logging after ready (or panicked)"
            break
        fi
        sleep 0.1; t=$((t + 1))
    done
    kill "$QPID" 2>/dev/null; wait "$QPID" 2>/dev/null; QPID=
    if [ $ok = 1 ]; then
        echo "smoke: PASS $name (transport=$want, $(grep -c 'kdring-refvm: tick ' "$log") ticks)"; pass=$((pass + 1))
    else
        echo "smoke: FAIL $name: $why"; sed 's/^/    | /' "$log" | tail -8; fail=$((fail + 1))
    fi
}

PORT_DEV=(-chardev socket,id=kdport,path=$WORK/port.sock,server=on,wait=off
          -device isa-debugcon,iobase=0x10,chardev=kdport,readback=0x6b)
SERIAL=(-chardev socket,id=kdser,path=$WORK/serial.sock,server=on,wait=off -serial chardev:kdser)

run auto-with-port   ring "transport=auto"  "${PORT_DEV[@]}" "${SERIAL[@]}"
run ring-no-host     ring "transport=ring"  "${PORT_DEV[@]}" "${SERIAL[@]}"
run auto-no-port     uart "transport=auto"  "${SERIAL[@]}"
run uart-no-debugger uart "transport=uart"  "${SERIAL[@]}"
run ring-no-port     none "transport=ring"  -serial none
run nothing          none "transport=auto"  -serial none
run hostile-kicks    ring "transport=ring hostile=kickstorm" "${PORT_DEV[@]}" -serial none

echo "smoke: $pass passed, $fail failed"
[ $fail -eq 0 ]
