#!/usr/bin/env bash
# Starts the two materialised products for real and checks that they do their first job:
#  - the headless service answers GET /api/health on loopback, and stops cleanly on SIGTERM;
#  - the workbench opens a window whose title starts with "kdring" (needs DISPLAY; screenshot saved).
# Prints "smoke: N passed, N failed" last.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/jdk.sh"
. "$root/releng/scripts/common.sh"
kdring_find_jdk
out="$kdring_out/screenshots"
mkdir -p "$out"
passed=0 failed=0
pass() { echo "smoke: PASS $*"; passed=$((passed + 1)); }
fail() { echo "smoke: FAIL $*"; failed=$((failed + 1)); }

free_port() { # a loopback port nobody answers on
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo 18765
}

# --- headless service, serving the demo VM -----------------------------------------------------------
port=$(free_port)
log="$out/service.log"
conf="$out/smoke.conf"
rm -rf "$out/service-state"
printf '[api]\ntoken-file = %s\n[capture]\ndirectory = %s\n' "$out/service-state/token" "$out/service-state/captures" >"$conf"
( cd "$root" && exec ./kdring serve --demo --config "$conf" --port "$port" ) >"$log" 2>&1 &
pid=$!
ok=0
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health" -o "$out/health.json" 2>/dev/null; then ok=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ "$ok" = 1 ] && grep -q '"status":"ok"' "$out/health.json"; then
  pass "service answers /api/health on 127.0.0.1:$port: $(cat "$out/health.json")"
else
  fail "service did not answer /api/health on 127.0.0.1:$port (log: $log)"; tail -n 20 "$log"
fi
token=$(cat "$out/service-state/token" 2>/dev/null)
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/channels")
if [ "$code" = 401 ]; then pass "service refuses /api/channels without the token (401)"; else fail "no token: got HTTP $code, wanted 401"; fi
state=
for _ in $(seq 1 120); do
  state=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/channels/demo" 2>/dev/null \
          | grep -o '"state":"[a-z]*"' | head -n 1)
  [ "$state" = '"state":"open"' ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if [ "$state" = '"state":"open"' ]; then
  pass "service --demo: the demo VM's ring channel is open ($(grep -m1 'com:ipport' "$log" | sed 's/^kdring service: //'))"
else
  fail "service --demo: demo channel not open (state: ${state:-none}; log: $log)"; tail -n 20 "$log"
fi
kill -TERM "$pid" 2>/dev/null
for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$pid" 2>/dev/null; then
  fail "service still running 15 s after SIGTERM"; kill -KILL "$pid" 2>/dev/null
else
  pass "service stopped on SIGTERM"
fi
wait "$pid" 2>/dev/null
if pgrep -f "kdring-demo-$pid" >/dev/null || pgrep -f "qemu-system-x86_64.*kdring-service-$pid" >/dev/null; then
  fail "the demo VM outlived the service"; pkill -f "kdring-service-$pid"
else
  pass "the demo VM stopped with the service"
fi

# --- workbench --------------------------------------------------------------------------------------
if [ -z "${DISPLAY:-}" ]; then
  fail "workbench: no DISPLAY to open it on"
else
  # ./kdring demo with a display: the workbench, booting the demo VM and showing its channel
  log="$out/workbench.log"
  ( cd "$root" && exec ./kdring demo ) >"$log" 2>&1 &
  pid=$!
  title=
  for _ in $(seq 1 120); do
    # the workbench window's title is "kdring — ..."; a bare "kdring" is GTK's unmapped leader window
    title=$(xwininfo -root -tree 2>/dev/null | grep -o '"kdring — [^"]*"' | head -n 1)
    [ -n "$title" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -n "$title" ]; then
    pass "workbench window open: $title"
    # the demo VM boots as a Job; its channel is up when its QEMU runs and the VM's log says ready
    booted=0
    for _ in $(seq 1 120); do
      if pgrep -f "qemu-system-x86_64.*-append transport=ring" >/dev/null; then booted=1; break; fi
      sleep 0.5
    done
    sleep 6 # let the channel open and the views fill
    import -window root "$out/workbench.png" 2>/dev/null
    if [ "$booted" = 1 ]; then
      pass "workbench --demo booted the demo VM (screenshot $out/workbench.png)"
    else
      fail "workbench --demo did not start the demo VM (log: $log)"; tail -n 30 "$log"
    fi
  else
    fail "workbench window did not appear (log: $log)"; tail -n 30 "$log"
  fi
  if grep -qE '^!ENTRY .* (4|2) ' "$log"; then
    fail "workbench logged errors at start: $(grep -E '^!MESSAGE' "$log" | head -n 3 | tr '\n' ' ')"
  else
    pass "workbench started without errors in its log"
  fi
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
fi
echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
