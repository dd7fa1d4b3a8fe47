#!/usr/bin/env bash
# Rebuilds data-samples/landing: the generator's demo city (scale 0.1, seed 42, year 2025) plus the hand-made
# hostile files of data-samples/hostile/ copied into landing/inbox/. The result is committed; rerunning this
# script must leave `git status` clean (the generator writes the same bytes for the same arguments).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLES="$ROOT/data-samples"
cd "$ROOT"

rm -rf "$SAMPLES/landing"
if [ -x ./commstat ] && [ -f ingest/src/main/java/commstat/ingest/IngestToolsMain.java ]; then
  ./commstat generate --scale 0.1 --seed 42 --year 2025 --out "$SAMPLES/landing"
else
  # Until the launcher wires in `generate`: the test-scoped runner around the same command class.
  ./mvnw -B -q -pl ingest -DskipTests package
  java -cp "ingest/target/classes:ingest/target/test-classes:$(cat ingest/target/classpath.txt)" \
    commstat.ingest.synth.GenerateRunner --scale 0.1 --seed 42 --year 2025 --out "$SAMPLES/landing"
fi
cp "$SAMPLES"/hostile/* "$SAMPLES/landing/inbox/"
echo "data-samples/landing: $(ls "$SAMPLES/landing/inbox" | wc -l) inbox files, $(ls "$SAMPLES/landing/reference" | wc -l) reference files" >&2
