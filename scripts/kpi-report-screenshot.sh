#!/bin/sh
# Renders the KPI HTML report of seeded sample events and screenshots it with headless Chromium.
# A manual check for humans, NOT part of CI. Needs: mvn -pl examples -am package -DskipTests,
# and Debian's chromium (apt-get install chromium fonts-noto-cjk).
set -eu
cd "$(dirname "$0")/.."
out=${1:-/tmp/kpi}
mkdir -p "$out"
jar=examples/target/crisis.jar
java -cp "$jar" scripts/KpiSampleEvents.java > "$out/events.jsonl"
printf '%s' '{"drillsHeld":1,"staffTrained":7,"staffTotal":12,"lastRiskAssessment":"2025-08-01","sopLastReviewed":"2024-11-20","watchTermsConfigured":3}' > "$out/preparedness.json"
java -jar "$jar" kpi --from 2026-01-01 --to 2026-04-30 --preparedness "$out/preparedness.json" \
  --html "$out/report.html" --csv "$out/report.csv" --locale "${KPI_LOCALE:-zh-TW}" < "$out/events.jsonl" > "$out/report.json"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --screenshot="$out/kpi.png" --window-size=1200,1600 \
  "file://$(cd "$out" && pwd)/report.html"
echo "wrote $out/report.html, $out/report.json, $out/report.csv and $out/kpi.png"
