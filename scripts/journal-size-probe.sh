#!/usr/bin/env bash
# Shows that the file journal verifies and opens a journal larger than 2 GiB in bounded heap.
# Not part of the build (it writes gigabytes). Usage:
#   scripts/journal-size-probe.sh [GIB=3] [DIR=/tmp] [XMX=256m]
# Builds crisis-core's classes (no tests), writes a valid journal of GIB gibibytes into DIR,
# then, in a JVM limited to XMX of heap, runs IncidentJournal.verify(path) and
# IncidentJournal.open(path) (plus one read and one append) and prints time and peak heap.
set -euo pipefail
GIB="${1:-3}"
DIR="${2:-/tmp}"
XMX="${3:-256m}"
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -pl crisis-core -am
mvn -B -q -o dependency:build-classpath -pl crisis-core -Dmdep.outputFile=target/probe-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
CP="crisis-core/target/classes:crisis-core/target/test-classes:$(cat crisis-core/target/probe-classpath.txt)"
FILE="$DIR/crisis-journal-probe.jsonl"
rm -f "$FILE"
java -Xmx512m -cp "$CP" io.github.crisispr.core.internal.incident.JournalSizeProbe generate "$FILE" "$GIB"
/usr/bin/time -v java -Xmx"$XMX" -cp "$CP" io.github.crisispr.core.internal.incident.JournalSizeProbe check "$FILE" \
  2> >(grep -E "Maximum resident|Elapsed" >&2)
rm -f "$FILE"
