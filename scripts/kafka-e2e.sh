#!/usr/bin/env bash
# Runs the slow end-to-end test of crisis-kafka-streams against a real single-node Kafka broker
# (KRaft, started in-process; no Docker) and prints the measured mentions per second per partition.
# The default build excludes it (tag "slow" is excluded unless -Dcrisis.kafka.excluded=none).
# Usage: scripts/kafka-e2e.sh [mentions]   (default 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q verify -pl crisis-kafka-streams -am \
  -Dcrisis.kafka.excluded=none -Dtest=KafkaEndToEndTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dcrisis.e2e.mentions="${1:-20000}" \
  -DargLine="-Dcrisis.e2e.mentions=${1:-20000}"
cat crisis-kafka-streams/target/kafka-e2e.txt
