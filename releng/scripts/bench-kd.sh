#!/usr/bin/env bash
# JMH benchmark of kdring.kd's framer + body decoder over a realistic KDCOM session stream (issue 3):
# builds the plain-Maven project releng/kd-bench (not part of the Tycho reactor; it compiles the
# kdring.kd sources itself) and runs target/benchmarks.jar, then prints MB/s and packets/s.
#
#   releng/scripts/bench-kd.sh [JMH ARGS...]
#
# Without arguments it runs a short measurement: -f 1 -wi 3 -w 2s -i 5 -r 2s (about 45 s for both
# benchmarks). Arguments replace those defaults and go to JMH as they are, for example
#   releng/scripts/bench-kd.sh -f 3 -wi 5 -w 5s -i 10 -r 5s frameAndDecode
#   releng/scripts/bench-kd.sh -p streamMiB=64
#   releng/scripts/bench-kd.sh -h            (JMH's own help)
# Leave -rf/-rff to the script: it reads the CSV results for its summary.
# Set KDRING_BENCH_NO_BUILD=1 to reuse an existing jar.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
# shellcheck source=jdk.sh
. releng/scripts/jdk.sh
kdring_find_jdk

jar=releng/kd-bench/target/benchmarks.jar
if [ "${KDRING_BENCH_NO_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  ./mvnw -q -B -f releng/kd-bench/pom.xml package
fi

if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 5 -r 2s
fi
results=$(mktemp "${TMPDIR:-/tmp}/kdring-bench-kd.XXXXXX.csv")
trap 'rm -f "$results"' EXIT

"$JAVA_HOME/bin/java" -jar "$jar" -rf csv -rff "$results" "$@"

[ -s "$results" ] || exit 0  # -h, -l, ... : nothing measured
# CSV columns: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",params...
# The :bytes and :packets rows are the AuxCounters rates (per second).
echo
echo "Summary (MB = 10^6 bytes; error = JMH's 99.9% confidence half-width):"
LC_ALL=C awk -F, '
  NR == 1 { next }
  {
    name = $1; gsub(/"/, "", name); sub(/^.*\./, "", name)
    score = $5 + 0; err = $6 + 0
    split(name, part, ":"); bench = part[1]; counter = part[2]
    if (counter == "bytes") {
      printf "%-16s %10.1f ± %7.1f MB/s\n", bench, score / 1e6, err / 1e6
    } else if (counter == "packets") {
      printf "%-16s %10.0f ± %7.0f packets/s\n", bench, score, err
    }
  }' "$results"
