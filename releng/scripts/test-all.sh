#!/usr/bin/env bash
# ./kdring test: builds everything and runs every test there is, then prints one closing line
# "total: N passed, N failed". Runs the guest's C tests, the Java tests under tycho-surefire (VM, HTTP and
# UI tests included, under a private Xvfb), and smoke tests of the two materialised products.
# Exit status: 0 only when everything passed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/scripts/jdk.sh"
. "$root/releng/scripts/common.sh"
cd "$root"

kdring_find_jdk
echo "kdring test: JDK $JAVA_HOME"
kdring_ensure_test_prereqs

passed=0 failed=0
add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); }
# "passed failed" summed over this run's surefire reports (errors count as failures, skipped as neither)
surefire_counts() {
  local t=0 f=0 s=0 line n
  while IFS= read -r line; do
    for attr in tests failures errors skipped; do
      n=$(printf '%s' "$line" | grep -o " $attr=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0)
      case $attr in tests) t=$((t + n));; skipped) s=$((s + n));; *) f=$((f + n));; esac
    done
  done < <(find bundles -path '*/target/surefire-reports/TEST-*.xml' -newer "$run_marker" -print0 2>/dev/null \
           | xargs -0 -r grep -ho '<testsuite [^>]*>')
  echo "$((t - f - s)) $f"
}
started=$(date +%s)
run_marker=$(mktemp)  # reports newer than this belong to this run

# 1. Guest C side (issue: channel contract): unit tests of the portable core and the boot smoke test.
if [ -f guest/Makefile ]; then
  echo "== guest: make -C guest test"
  guest_log=$(mktemp)
  if make -C guest test 2>&1 | tee "$guest_log"; then guest_ok=1; else guest_ok=0; fi
  counts=$( (grep -E '^([A-Za-z-]+: )?[0-9]+ passed, [0-9]+ failed' "$guest_log" || true) | sed -E 's/^[A-Za-z-]+: //' \
    | awk '{p += $1; f += $3} END {print p+0, f+0}')
  # shellcheck disable=SC2086
  add_counts $counts
  if [ "$guest_ok" = 0 ] && [ "${counts#* }" = 0 ]; then add_counts 0 1; fi
  rm -f "$guest_log"
fi

# 2. A private X server for the UI tests, so they never draw on the user's desktop.
xvfb_pid=
cleanup() { rm -f "$run_marker"; [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
for n in $(seq 91 140); do
  [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  sleep 1
  if kill -0 "$xvfb_pid" 2>/dev/null; then export DISPLAY=":$n"; break; fi
  xvfb_pid=
done
[ -n "$xvfb_pid" ] || kdring_die "could not start Xvfb"
echo "== Xvfb on $DISPLAY"

# On CI machines (CI=true, root), a libvirtd for the libvirt adapter's VM test; elsewhere that test is opt-in.
if [ "${KDRING_LIBVIRT_TEST:-}" != 1 ] && "$root/releng/scripts/libvirt-for-tests.sh" | grep -qx 'KDRING_LIBVIRT_TEST=1'; then
  export KDRING_LIBVIRT_TEST=1
fi

# 3. Java: every bundle's tests under tycho-surefire, then the products.
echo "== java: ./mvnw verify"
mkdir -p "$kdring_out"
build_log="$kdring_out/test-build.log"
if "$root/mvnw" -B --fail-at-end verify 2>&1 | tee "$build_log" | grep -E --line-buffered \
    '^\[INFO\] (Building|BUILD)|Tests run:|FAIL|^\[ERROR\]'; then :; fi
if grep -q '^\[INFO\] BUILD SUCCESS' "$build_log"; then touch "$kdring_stamp"; java_ok=1; else java_ok=0; fi
counts=$(surefire_counts)
# shellcheck disable=SC2086
add_counts ${counts:-0 0}
if [ "$java_ok" = 0 ]; then
  echo "kdring test: the Maven build failed; see $build_log" >&2
  [ "${counts#* }" != 0 ] || add_counts 0 1
fi

# 4. The products, started for real.
if [ "$java_ok" = 1 ]; then
  echo "== products: smoke tests"
  smoke_log=$(mktemp)
  "$root/releng/scripts/smoke-products.sh" 2>&1 | tee "$smoke_log" || true
  counts=$(sed -n -E 's/^smoke: ([0-9]+) passed, ([0-9]+) failed$/\1 \2/p' "$smoke_log" | tail -n 1)
  # shellcheck disable=SC2086
  add_counts ${counts:-0 1}
  rm -f "$smoke_log"
fi

echo "kdring test: finished in $(( $(date +%s) - started )) s; screenshots in bundles/kdring.ui.tests/target/screenshots and target/kdring/screenshots"
echo "total: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
