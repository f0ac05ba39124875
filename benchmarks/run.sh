#!/usr/bin/env bash
# Runs the JMH suite and prints one PAIR line per (ours, peer) pair, measured in the same run:
#   PAIR <name> ours=<ops/s> peer=<ops/s> speedup=<ours/peer> alloc=<our bytes/op>
# Usage: benchmarks/run.sh [--quick] [JMH regexp]
#   --quick   one fork, one short warm-up and measurement: catches bit-rot, not for numbers.
# The forks get a 64 MiB thread stack: RE2/J (a ScanBenchmark peer) matches its alternation of
# every pack phrase recursively, one frame per alternative.
# Exits non-zero when a benchmark fails (in @Setup or while measuring) or a pair BENCHMARKS.md
# names (and the filter selects) has no result; the failures are named on standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
if [[ "${1:-}" == "--quick" ]]; then quick=1; shift; fi
filter="${1:-.*Benchmark.*}"
jar=benchmarks/target/benchmarks.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -Dspotless.check.skip=true
fi
out=benchmarks/target/jmh-result.json
if [[ $quick == 1 ]]; then
  opts=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
else
  opts=(-f 2 -wi 5 -w 1s -i 10 -r 1s)
fi
rm -f "$out"
status=0
java -jar "$jar" "$filter" "${opts[@]}" -t 1 -bm thrpt -tu s -jvmArgs "-Xms2g -Xmx2g -Xss64m" \
  -prof gc -rf json -rff "$out" > benchmarks/target/jmh-output.txt || status=$?
if [[ $status != 0 ]]; then
  echo "JMH exited with status $status (see benchmarks/target/jmh-output.txt)" >&2
fi
# JMH keeps going after a benchmark fails (in @Setup or while measuring) and still exits 0:
# name every failed benchmark and fail the run.
failed=$(awk '/^# Benchmark: /{b=$3} /^<failure>/{print b}' benchmarks/target/jmh-output.txt | sort -u)
if [[ -n "$failed" ]]; then
  while read -r b; do echo "FAILED $b (see benchmarks/target/jmh-output.txt)" >&2; done <<< "$failed"
  status=1
fi
if [[ -f "$out" ]]; then
  # Prints the pairs; exits non-zero when a pair the filter selects has no result.
  java -cp "$jar" io.github.crisispr.benchmarks.PairReport "$out" "$filter" || status=1
else
  echo "no JMH result file $out" >&2
  status=1
fi
exit $status
