#!/usr/bin/env bash
# Ingest benchmark: generates the synthetic city at each scale once, then times the ingest job
# (cold JVM, as the nightly run starts it) RUNS times and prints the median.
#   bench/ingest-bench.sh [SCALES...]        default: 0.1 1     env: RUNS=3 SEED=42 BENCH_DIR=bench/out
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
OUT="${BENCH_DIR:-$ROOT/bench/out}"
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(0.1 1)
export COMMSTAT_HASH_KEY="${COMMSTAT_HASH_KEY:-bench-key-not-secret-0123456789abcdef}"
mkdir -p "$OUT"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-6s %8s %10s %10s %12s %12s %10s\n' scale files rows MB "median s" "rows/s" "runs"
for s in "${SCALES[@]}"; do
  landing="$OUT/landing-$s"
  if [ ! -d "$landing/inbox" ]; then
    "$ROOT/commstat" generate --scale "$s" --seed "$SEED" --out "$landing" >/dev/null 2>&1
  fi
  files=$(find "$landing/inbox" -type f | wc -l)
  mb=$(du -sm "$landing/inbox" | cut -f1)
  times=()
  rows=0
  for r in $(seq "$RUNS"); do
    wh="$OUT/warehouse-$s"
    rm -rf "$wh"
    start=$(date +%s.%N)
    "$ROOT/commstat" ingest --landing "$landing" --warehouse "$wh" > "$OUT/ingest-$s-$r.log" 2>&1
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}')")
    rows=$(grep -E '^rows read' "$OUT/ingest-$s-$r.log" | tr -dc '0-9')
  done
  med=$(printf '%s\n' "${times[@]}" | median)
  printf '%-6s %8d %10d %10d %12.1f %12.0f %10s\n' "$s" "$files" "$rows" "$mb" "$med" "$(awk -v r="$rows" -v t="$med" 'BEGIN{print r/t}')" \
    "$(printf '%.1f ' "${times[@]}")"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
