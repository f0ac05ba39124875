#!/usr/bin/env bash
# Runs the JMH suite and prints one PAIR line per (ours, peer) pair, measured in the same run:
#   PAIR <name> ours=<ops/s> peer=<ops/s> speedup=<ours/peer> alloc=<our bytes/op>
# Usage: benchmarks/run.sh [--quick] [JMH regexp]
#   --quick   one fork, one short warm-up and measurement: catches bit-rot, not for numbers.
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
java -jar "$jar" "$filter" "${opts[@]}" -t 1 -bm thrpt -tu s -jvmArgs "-Xms2g -Xmx2g" \
  -prof gc -rf json -rff "$out" > benchmarks/target/jmh-output.txt
java -cp "$jar" io.github.crisispr.benchmarks.PairReport "$out"
