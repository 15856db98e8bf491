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

# Waits (60 s at most, while process $1 lives) for the workbench window, whose title is "kdring — ..." (a
# bare "kdring" is GTK's unmapped leader window); prints the title, or nothing.
await_workbench_window() {
  local title=
  for _ in $(seq 1 120); do
    title=$(xwininfo -root -tree 2>/dev/null | grep -o '"kdring — [^"]*"' | head -n 1)
    [ -n "$title" ] && break
    kill -0 "$1" 2>/dev/null || break
    sleep 0.5
  done
  echo "$title"
}

# Stops process $1: SIGTERM, 10 s, then SIGKILL.
stop_process() {
  kill -TERM "$1" 2>/dev/null
  for _ in $(seq 1 40); do kill -0 "$1" 2>/dev/null || break; sleep 0.25; done
  kill -KILL "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}

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
  title=$(await_workbench_window "$pid")
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
  stop_process "$pid"
fi
# --- the workbench archive, started by its own script -------------------------------------------------
archive="$root/releng/kdring.workbench.product/target/products/kdring.workbench-linux.gtk.x86_64.tar.gz"
if [ -n "${DISPLAY:-}" ] && [ -f "$archive" ]; then
  unpacked=$(mktemp -d)
  tar xzf "$archive" -C "$unpacked"
  log="$out/workbench-archive.log"
  ( cd /tmp && JAVA_HOME="$JAVA_HOME" exec "$unpacked/kdring/kdring" ) >"$log" 2>&1 &
  pid=$!
  title=$(await_workbench_window "$pid")
  if [ -n "$title" ]; then
    pass "the Linux workbench archive starts with its kdring script: $title"
  else
    fail "the workbench archive's kdring script opened no window (log: $log)"; tail -n 20 "$log"
  fi
  stop_process "$pid"
  rm -rf "$unpacked"
  zip="$root/releng/kdring.workbench.product/target/products/kdring.workbench-win32.win32.x86_64.zip"
  listing=$(unzip -Z1 "$zip" 2>/dev/null)   # (whole outputs first: grep -q would cut a pipe short)
  script=$(unzip -p "$zip" kdring/kdring.cmd 2>/dev/null)
  jar=$(grep -o 'plugins/org.eclipse.equinox.launcher_[^/]*\.jar$' <<<"$listing" | head -n 1)
  if grep -qx 'kdring/kdring.cmd' <<<"$listing" && [ -n "$jar" ] \
      && grep -q 'plugins\\org.eclipse.equinox.launcher_\*.jar' <<<"$script"; then
    pass "the Windows zip carries kdring.cmd, which finds the launcher it holds ($jar)"
  else
    fail "the Windows zip lacks kdring.cmd or a launcher jar it can find"
  fi
fi

# --- the service as a Debian package (root only: it installs and purges a package) --------------------
if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
  if dpkg -s kdring-service >/dev/null 2>&1; then
    fail "kdring-service is already installed on this machine; not touching it"
  else
    deb=$("$root/releng/scripts/package-deb.sh" 2>"$out/package.log" | tail -n 1)
    if [ -f "$deb" ] && dpkg -i "$deb" >"$out/dpkg.log" 2>&1 && id kdring >/dev/null 2>&1; then
      pass "installed $(basename "$deb") ($(du -h "$deb" | cut -f1)); user kdring exists"
      port=$(free_port)
      log="$out/package-service.log"
      ( cd / && exec runuser -u kdring -- /usr/bin/kdring-service --demo --port "$port" ) >"$log" 2>&1 &
      pid=$!
      state=
      for _ in $(seq 1 180); do
        token=$(cat /var/lib/kdring/api-token 2>/dev/null)
        state=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/channels/demo" 2>/dev/null \
                | grep -o '"state":"[a-z]*"' | head -n 1)
        [ "$state" = '"state":"open"' ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
      health=$(curl -fsS "http://127.0.0.1:$port/api/health" 2>/dev/null)
      if [ "$state" = '"state":"open"' ] && echo "$health" | grep -q '"status":"ok"'; then
        pass "/usr/bin/kdring-service --demo as user kdring: health ok, demo channel open ($health)"
      else
        fail "packaged service: state ${state:-none}, health '${health}' (log: $log)"; tail -n 20 "$log"
      fi
      owner=$(stat -c '%U %a' /var/lib/kdring/api-token 2>/dev/null)
      if [ "$owner" = "kdring 600" ]; then pass "its API token is /var/lib/kdring/api-token, kdring, 0600"; else fail "token file: '$owner'"; fi
      pkill -TERM -u kdring -f /usr/lib/kdring/runtime/bin/java
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
      dpkg -P kdring-service >>"$out/dpkg.log" 2>&1
      left=$(ls -d /usr/lib/kdring /etc/kdring /var/lib/kdring /usr/bin/kdring-service /lib/systemd/system/kdring.service 2>/dev/null)
      if [ -z "$left" ] && ! id kdring >/dev/null 2>&1 && ! pgrep -u kdring >/dev/null 2>&1; then
        pass "dpkg -P kdring-service left nothing behind (files, user, processes)"
      else
        fail "after dpkg -P: left ${left:-no files}; user kdring $(id kdring >/dev/null 2>&1 && echo exists || echo gone)"
      fi
    else
      fail "could not build or install the package (logs: $out/package.log, $out/dpkg.log)"; tail -n 20 "$out/package.log" "$out/dpkg.log"
      dpkg -P kdring-service >/dev/null 2>&1
    fi
  fi
else
  echo "smoke: the Debian package test needs root (it installs and purges kdring-service); skipped"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
