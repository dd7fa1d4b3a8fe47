#!/usr/bin/env bash
# The benchmark harness (bench/README.md): generates (once, cached) the synthetic city at each scale, times every
# stage from a cold JVM RUNS times, the DuckDB reference beside the Spark marts (checked equal), the server under
# load and the PDF throughput, and prints one table.
#   bench/run.sh [SCALES...]          default: 0.1
# env: RUNS=3 SEED=42 YEAR=2025 DATE=2026-03-01 BENCH_DIR=bench/out WARM=3 (warm iterations)
#      STAGES="ingest funds assess duckdb compare warm formats nightly incremental server pdf" (what to run)
#      INC_RUNS=1 (pairs of nights of the incremental stage)
#      LOAD_SECONDS=10 LOAD_WARMUP=10 LOAD_RUNS=3 CONNECTIONS=64 (wrk when installed, else bench/LoadGen)
#      JVM_OPTS="..." extra JVM flags for every timed command (passed through JAVA_TOOL_OPTIONS), for A/B runs
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
YEAR="${YEAR:-2025}"
DATE="${DATE:-2026-03-01}"
WARM="${WARM:-3}"
OUT="$(mkdir -p "${BENCH_DIR:-$ROOT/bench/out}" && cd "${BENCH_DIR:-$ROOT/bench/out}" && pwd)"
STAGES=" ${STAGES:-ingest funds assess duckdb compare warm formats nightly incremental server pdf} "
LOAD_SECONDS="${LOAD_SECONDS:-10}"
LOAD_WARMUP="${LOAD_WARMUP:-10}"
LOAD_RUNS="${LOAD_RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
SCALES=("$@")
[ ${#SCALES[@]} -eq 0 ] && SCALES=(0.1)
export COMMSTAT_HASH_KEY="${COMMSTAT_HASH_KEY:-bench-key-not-secret-0123456789abcdef}"
unset JAVA_TOOL_OPTIONS
want() { [[ "$STAGES" == *" $1 "* ]]; }
HELP="$("$ROOT/commstat" help 2>/dev/null || true)"
has_command() { [[ "$HELP" == *"commstat $1"* ]] || grep -q "^  $1|\|[|(]$1[|)]" "$ROOT/commstat"; }

# --- build once (the launcher builds what changed), then the bench's own small Java programs
"$ROOT/commstat" generate --help >/dev/null
CLASSES="$OUT/classes"
mkdir -p "$CLASSES"
DUCKDB_JAR=$(tr ':' '\n' < "$ROOT/server/target/classpath.txt" | grep duckdb_jdbc | head -n 1)
JOBS_CP="$(ls "$ROOT"/jobs/target/commstat-jobs-*.jar | head -n 1):$(cat "$ROOT/jobs/target/classpath.txt")"
javac -nowarn -d "$CLASSES" -cp "$DUCKDB_JAR" "$ROOT/bench/DuckDbMarts.java" "$ROOT/bench/LoadGen.java"
javac -nowarn -d "$CLASSES" -cp "$JOBS_CP" "$ROOT/bench/SparkMarts.java"

RESULTS="$OUT/results.tsv"   # scale stage run seconds rss_kb heap_mb cpu_s rows files
: > "$RESULTS"
: > "$OUT/formats.tsv"
: > "$OUT/inputs.tsv"
rm -f "$OUT"/warm-*.log "$OUT"/load-*.log "$OUT"/load-runs-*.log "$OUT"/pdf-*.log
NOTES="$OUT/notes.txt"
: > "$NOTES"
note() { echo "$*" | tee -a "$NOTES" >&2; }

# wrk_line PATH: wrk --latency output on stdin -> LoadGen's line (ms; errors = non-2xx + socket errors)
wrk_line() {
  awk -v path="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    $1 == "Latency" && $2 != "Distribution" { max = ms($4) }
    /requests in/ { n = $1 } /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { err += $NF }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "load %s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors\n", path, n, rps, p50, p99, max, err }'
}

# median_line: LoadGen-shaped lines of one path on stdin -> one such line, each figure the median of the runs
# (requests and errors: summed)
median_line() {
  awk '
    function med(a, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    { k++; path = $2; n += $3; rps[k] = $5; p50[k] = $8; p99[k] = $11; mx[k] = $14; err += $16 }
    END { printf "load %s %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors (median of %d runs)\n",
                 path, n, med(rps, k), med(p50, k), med(p99, k), med(mx, k), err, k }'
}

# timed NAME LOG CMD...: runs CMD from a cold JVM with a GC log; appends "seconds rss_kb heap_mb" to $TIMED
timed() {
  local log="$1"; shift
  local gc="$log.gc"
  rm -f "$gc"
  if ! JAVA_TOOL_OPTIONS="${JVM_OPTS:-} -Xlog:gc,gc+heap+exit:file=$gc" /usr/bin/time -f '%e %M %U %S' -o "$log.time" "$@" > "$log" 2>&1; then
    echo "bench: FAILED ($*); see $log" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
  # peak heap: the largest "before" of a GC pause, or the heap used at exit (G1 prints it), in MB
  local heap
  heap=$(awk '
    /Pause/ { if (match($0, /[0-9]+M->/)) { v = substr($0, RSTART, RLENGTH - 3) + 0; if (v > m) m = v } }
    /garbage-first heap/ && /used/ { if (match($0, /used [0-9]+K/)) { v = substr($0, RSTART + 5, RLENGTH - 6) / 1024; if (v > m) m = v } }
    END { printf "%d", m }' "$gc" 2>/dev/null || echo 0)
  # wall s, peak RSS KB, peak heap MB, CPU s (user + system: the figure least moved by other load on the machine)
  TIMED="$(tail -n 1 "$log.time" | awk '{printf "%s %s", $1, $2}') $heap $(tail -n 1 "$log.time" | awk '{printf "%.1f", $3 + $4}')"
}

# seconds the nightly's own summary gives its PDF stages (disclosures, assessment reports)
pdf_stage_seconds() {
  awk '/^time per stage/ { on = 1; next } on && /^  (disclosures|assessment reports) / { t += $(NF - 1) }
       END { printf "%.1f", t }' "$1"
}

# scale stage run s rss heap cpu rows files
record() { echo -e "$1\t$2\t$3\t$4\t$5\t$6\t$7\t$8\t$9" >> "$RESULTS"; }
num() { grep -E "$1" "$2" | head -n 1 | tr -dc '0-9'; }

for s in "${SCALES[@]}"; do
  landing="$OUT/landing-$s"
  if [ ! -d "$landing/inbox" ]; then
    echo "bench: generating scale $s (cached in $landing)" >&2
    "$ROOT/commstat" generate --scale "$s" --seed "$SEED" --out "$landing" > "$OUT/generate-$s.log" 2>&1
  fi
  files=$(find "$landing/inbox" -type f | wc -l)
  mb=$(du -sm "$landing/inbox" | cut -f1)
  wh="$OUT/warehouse-$s"
  duck="$OUT/duckdb-$s"
  for r in $(seq "$RUNS"); do
    echo "bench: scale $s run $r/$RUNS" >&2
    if want ingest; then
      rm -rf "$wh"
      timed "$OUT/ingest-$s-$r.log" "$ROOT/commstat" ingest --landing "$landing" --warehouse "$wh"
      rows=$(num '^rows read' "$OUT/ingest-$s-$r.log")
      record "$s" ingest "$r" $TIMED "$rows" "$files"
      funds_rows=$(grep -A6 '^staged rows' "$OUT/ingest-$s-$r.log" | awk '$1=="funds"{gsub(",","",$2); print $2}')
      assess_rows=$(grep -A6 '^staged rows' "$OUT/ingest-$s-$r.log" | awk '$1~/employment|floating|population/{gsub(",","",$2); t+=$2} END{print t}')
    fi
    if want funds; then
      timed "$OUT/funds-$s-$r.log" "$ROOT/commstat" funds --warehouse "$wh" --year "$YEAR" --date "$DATE"
      record "$s" funds "$r" $TIMED "${funds_rows:-0}" -
    fi
    if want assess; then
      timed "$OUT/assess-$s-$r.log" "$ROOT/commstat" assess --warehouse "$wh" --year "$YEAR" --date "$DATE"
      record "$s" assess "$r" $TIMED "${assess_rows:-0}" -
    fi
    if want duckdb; then
      rm -rf "$duck"
      timed "$OUT/duckdb-$s-$r.log" java -Dbench.dir="$ROOT/bench" -cp "$CLASSES:$DUCKDB_JAR" DuckDbMarts marts \
        --warehouse "$wh" --out "$duck" --year "$YEAR" --date "$DATE"
      record "$s" "duckdb (5 marts)" "$r" $TIMED "${assess_rows:-0}" -
    fi
    if want nightly; then
      if has_command nightly; then
        root="$OUT/nightly-root-$s"
        rm -rf "$root"
        timed "$OUT/nightly-$s-$r.log" "$ROOT/commstat" nightly --landing "$landing" --warehouse "$root" --date "$DATE"
        record "$s" nightly "$r" $TIMED "$(num '^rows read' "$OUT/nightly-$s-$r.log")" "$files"
        # targets.md times the nightly up to the publish of the marts, PDFs apart: the same run less its PDF stages
        read -r wall rss heap _ <<< "$TIMED"
        record "$s" "nightly less PDF stages" "$r" "$(awk -v w="$wall" -v p="$(pdf_stage_seconds "$OUT/nightly-$s-$r.log")" \
          'BEGIN { printf "%.1f", w - p }')" "$rss" "$heap" - "$(num '^rows read' "$OUT/nightly-$s-$r.log")" "$files"
      elif [ "$r" = 1 ]; then
        note "scale $s: no 'commstat nightly' command yet: the whole run is not timed"
      fi
    fi
  done

  if want incremental; then
    if has_command nightly; then
      # One night's new files: those whose submitted_at (the file name's time, contract.md: a file's arrival time)
      # falls on the landing area's last submission day are held back; a full nightly runs without them, then they
      # are added and the nightly runs again on the same root (reusing the unchanged files' results). Both with
      # --date DATE, so only the new files differ. Files are hard-linked, the cached landing area is not touched.
      inc="$OUT/incremental-$s"
      last_day=$(ls "$landing/inbox" | sed -nE 's/^[0-9]{12}_(population|employment|floating|funds)_[0-9]{4}-[0-9]{2}_([0-9]{8})T[0-9]{6}\.(csv|xlsx|json)$/\2/p' \
        | sort | tail -n 1)
      for r in $(seq "${INC_RUNS:-1}"); do
        rm -rf "$inc"
        mkdir -p "$inc/landing/inbox" "$inc/held"
        cp -r "$landing/reference" "$inc/landing/"
        cp -al "$landing/inbox/." "$inc/landing/inbox/"
        find "$inc/landing/inbox" -type f -name "*_${last_day}T[0-9][0-9][0-9][0-9][0-9][0-9].*" -exec mv -t "$inc/held" {} +
        held=$(find "$inc/held" -type f | wc -l)
        echo "bench: scale $s incremental $r/${INC_RUNS:-1}: full nightly without the $held files of $last_day" >&2
        timed "$OUT/incremental-$s-$r-full.log" "$ROOT/commstat" nightly --landing "$inc/landing" --warehouse "$inc/root" --date "$DATE"
        record "$s" "night before (full)" "$r" $TIMED "$(num '^rows read' "$OUT/incremental-$s-$r-full.log")" "$((files - held))"
        mv -t "$inc/landing/inbox" "$inc/held/"*
        timed "$OUT/incremental-$s-$r-inc.log" "$ROOT/commstat" nightly --landing "$inc/landing" --warehouse "$inc/root" --date "$DATE"
        record "$s" "incremental night" "$r" $TIMED "$(num '^rows read' "$OUT/incremental-$s-$r-inc.log")" "$held"
        note "scale $s incremental $r: $held files of $last_day added; second run: $(grep -m1 -oE '[0-9,]+ inbox files \([^)]*\)' "$OUT/incremental-$s-$r-inc.log" || echo '?')"
        # and a night with nothing new (a weekend): every mart stage whose inputs did not change is taken over
        timed "$OUT/incremental-$s-$r-same.log" "$ROOT/commstat" nightly --landing "$inc/landing" --warehouse "$inc/root" --date "$DATE"
        record "$s" "night with nothing new" "$r" $TIMED "$(num '^rows read' "$OUT/incremental-$s-$r-same.log")" 0
        note "scale $s incremental $r: stages taken over: $(grep -c 'inputs unchanged, ' "$OUT/incremental-$s-$r-inc.log") after the new files, $(grep -c 'inputs unchanged, ' "$OUT/incremental-$s-$r-same.log") with nothing new"
      done
    else
      note "scale $s: no 'commstat nightly' command: the incremental night is not timed"
    fi
  fi

  if want compare && [ -d "$duck" ]; then
    echo "bench: scale $s: DuckDB marts against the Spark marts" >&2
    if java -Dbench.dir="$ROOT/bench" -cp "$CLASSES:$DUCKDB_JAR" DuckDbMarts compare --warehouse "$wh" --out "$duck" --year "$YEAR" \
        > "$OUT/compare-$s.log" 2>&1; then
      note "scale $s: DuckDB reference = Spark marts: $(grep -c ': equal' "$OUT/compare-$s.log") marts equal (EXCEPT ALL both ways; $OUT/compare-$s.log)"
    else
      note "scale $s: DuckDB reference DIFFERS from the Spark marts: $(grep '^compare' "$OUT/compare-$s.log" | grep -v ': equal' | tr '\n' ';')"
    fi
  fi

  if want warm && [ -d "$wh/ref_communities" ]; then
    echo "bench: scale $s: same marts, cold then warm, Spark session and DuckDB ($WARM warm iterations)" >&2
    JAVA_TOOL_OPTIONS= java -Xmx4g "@$ROOT/spark-jvm.args" -cp "$CLASSES:$JOBS_CP" SparkMarts "$wh" "$YEAR" "$DATE" $((WARM + 1)) \
      > "$OUT/warm-spark-$s.log" 2>&1 || tail "$OUT/warm-spark-$s.log" >&2
    java -Dbench.dir="$ROOT/bench" -cp "$CLASSES:$DUCKDB_JAR" DuckDbMarts marts --warehouse "$wh" --out "$OUT/duckdb-warm-$s" \
      --year "$YEAR" --date "$DATE" --repeat $((WARM + 1)) > "$OUT/warm-duckdb-$s.log" 2>&1 || tail "$OUT/warm-duckdb-$s.log" >&2
  fi

  if want formats; then
    # read cost per file of each format: `commstat check` (the ingest's own reading and validation, no Spark) over up
    # to 2,000 inbox files of one format in one cold JVM, minus a run over a single file (JVM start, class loading)
    INGEST_CP="$(ls "$ROOT"/ingest/target/commstat-ingest-*.jar | head -n 1):$(cat "$ROOT/ingest/target/classpath.txt")"
    one=$(find "$landing/inbox" -type f -name '*.csv' | sort | sed -n 1p)
    /usr/bin/time -f '%e %U %S' -o "$OUT/formats-$s-base.time" java -cp "$INGEST_CP" commstat.ingest.IngestToolsMain check "$one" >/dev/null 2>&1 || true
    for ext in csv xlsx json; do
      mapfile -t list < <(find "$landing/inbox" -type f -iname "*.$ext" | sort | sed -n 1,2000p)
      [ ${#list[@]} -eq 0 ] && continue
      /usr/bin/time -f '%e %U %S' -o "$OUT/formats-$s-$ext.time" java -cp "$INGEST_CP" commstat.ingest.IngestToolsMain check "${list[@]}" \
        > "$OUT/formats-$s-$ext.log" 2>&1 || true
      echo -e "$s\t$ext\t${#list[@]}\t$(tail -n 1 "$OUT/formats-$s-$ext.time")\t$(tail -n 1 "$OUT/formats-$s-base.time")" >> "$OUT/formats.tsv"
    done
  fi

  if want server && [ -d "$wh/ref_communities" ]; then
    # the nightly's published root when there is one (snapshot, charts, PDFs), else the stage-by-stage warehouse
    served="$wh"
    [ -f "$OUT/nightly-root-$s/current" ] && served="$OUT/nightly-root-$s"
    export COMMSTAT_USERS_FILE="$OUT/users.json"
    rm -f "$COMMSTAT_USERS_FILE"
    BENCH_TOKEN=""
    if has_command users; then
      echo "bench-password-0123" | "$ROOT/commstat" users add bench --role ADMIN --password-stdin --cost 4 >/dev/null 2>&1 || true
      BENCH_TOKEN=$("$ROOT/commstat" users token bench --id bench 2>/dev/null | grep -Eo '[A-Za-z0-9_-]{30,}' | tail -n 1 || true)
    fi
    export BENCH_TOKEN
    port=$((17000 + RANDOM % 1000))
    setsid "$ROOT/commstat" serve --warehouse "$served" --port "$port" > "$OUT/server-$s.log" 2>&1 &
    spid=$!
    for _ in $(seq 240); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done
    community=$(java -cp "$CLASSES:$DUCKDB_JAR" DuckDbMarts query --warehouse "$wh" \
      "SELECT min(community_code) FROM assessment_scores" 2>/dev/null | sed -n 3p)
    district=${community:0:6}
    auth=()
    [ -n "$BENCH_TOKEN" ] && auth=(-H "Authorization: Bearer $BENCH_TOKEN")
    # Each candidate is probed first and used when it answers 200 (routes of docs/SERVER.md).
    paths=()
    missing=()
    for p in "/api/assessment/$YEAR/rankings" "/api/assessment/$YEAR/community/$community" \
             "/api/dashboard/community/$community" "/dashboard/community/$community" "/" "/dashboard/district/$district" \
             "/api/ingest/summary"; do
      if [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://127.0.0.1:$port$p")" = 200 ]; then paths+=("$p"); else missing+=("$p"); fi
    done
    pdf_route=$(grep -rhoE '"/[a-z/{}_]*disclosure[a-z/{}_.]*"' "$ROOT/server/src/main/java" 2>/dev/null | head -n 1 || true)
    [ -z "$pdf_route" ] && note "scale $s: the server has no disclosure PDF route yet: PDF download not load-tested"
    [ ${#missing[@]} -gt 0 ] && note "scale $s: not answering 200, left out of the load test: ${missing[*]}"
    if [ ${#paths[@]} -gt 0 ]; then
      # wrk when installed (a C event loop: far less CPU taken from the server on the same cores), else LoadGen;
      # both print the same "load PATH: ..." line. The JIT needs a while on busy cores: one warm-up pass first.
      : > "$OUT/load-$s.log"
      if command -v wrk >/dev/null; then
        note "scale $s: load by wrk ($(wrk -v 2>&1 | sed -n 1p | cut -c1-40)), median of $LOAD_RUNS runs of ${LOAD_SECONDS} s per endpoint"
        for p in "${paths[@]}"; do wrk -t2 -c"$CONNECTIONS" -d"${LOAD_WARMUP}s" "${auth[@]}" "http://127.0.0.1:$port$p" >/dev/null 2>&1 || true; done
        for p in "${paths[@]}"; do
          for _ in $(seq "$LOAD_RUNS"); do
            { wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --latency "${auth[@]}" "http://127.0.0.1:$port$p" 2>&1 || true; } | wrk_line "$p"
          done | tee -a "$OUT/load-runs-$s.log" | median_line >> "$OUT/load-$s.log"
        done
      else
        note "scale $s: load by bench/LoadGen (wrk is not installed)"
        java -cp "$CLASSES" LoadGen "http://127.0.0.1:$port" "$CONNECTIONS" "$LOAD_WARMUP" "$LOAD_SECONDS" "${paths[@]}" \
          > "$OUT/load-$s.log" 2>&1 || tail "$OUT/load-$s.log" >&2
      fi
      jpid=$(pgrep -P "$spid" java || true)
      if [ -n "$jpid" ]; then
        heap=$(jcmd "$jpid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -n 1 | grep -Eo '[0-9]+' || true)
        note "scale $s: server (-Xmx512m) peak RSS $(awk '/VmHWM/{printf "%d MB", $2/1024}' /proc/$jpid/status), heap used ${heap:+$((heap / 1024)) MB} after the load test, serving $served"
      fi
    fi
    kill -- -"$spid" 2>/dev/null || true
    wait "$spid" 2>/dev/null || true
  fi

  if want pdf; then
    # PDF throughput: the reports module's own in-memory timer (warm JVM, per kind of document), and a cold
    # `render` of the year's assessment PDFs into a scratch folder
    if grep -q 'render-bench' "$ROOT/commstat"; then
      "$ROOT/commstat" render-bench --warehouse "$wh" --year "$YEAR" --rounds 3 > "$OUT/pdf-$s.log" 2>&1 || tail "$OUT/pdf-$s.log" >&2
      # every closed disclosure of the warehouse (the funds stage's marts) as a first publication renders it
      "$ROOT/commstat" render-bench --kind disclosures --warehouse "$wh" --date "$DATE" --rounds 5 \
        > "$OUT/pdf-disclosures-$s.log" 2>&1 || tail "$OUT/pdf-disclosures-$s.log" >&2
      rm -rf "$OUT/pdf-out-$s"
      timed "$OUT/render-$s.log" "$ROOT/commstat" render --warehouse "$wh" --year "$YEAR" --date "$DATE" --out "$OUT/pdf-out-$s" || true
      pdfs=$(find "$OUT/pdf-out-$s" -name '*.pdf' 2>/dev/null | wc -l)
      record "$s" "render (cold)" 1 $TIMED "$pdfs" "$pdfs"
    else
      note "scale $s: no PDF rendering command on this build: PDF throughput not measured"
    fi
  fi
  echo -e "$s\tinput\t$files files, $mb MB" >> "$OUT/inputs.tsv"
done

# --- the table
echo
echo "commstat benchmark $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1), RUNS=$RUNS, load average $(cut -d' ' -f1-3 /proc/loadavg)${JVM_OPTS:+, JVM_OPTS=$JVM_OPTS}"
printf '%-6s %-18s %5s %8s %8s %8s %8s %10s %10s %9s %9s %9s\n' scale stage runs "median s" "min s" "max s" "CPU s" rows "rows/s" "files/s" "RSS MB" "heap MB"
awk -F'\t' '
  { k = $1 "\t" $2; n[k]++; t[k, n[k]] = $4; c[k, n[k]] = $7; if ($5 > rss[k]) rss[k] = $5; if ($6 > heap[k]) heap[k] = $6; rows[k] = $8; files[k] = $9
    if (!(k in order)) { order[k] = ++K; keys[K] = k } }
  END {
    for (i = 1; i <= K; i++) {
      k = keys[i]; m = n[k]
      for (a = 1; a <= m; a++) v[a] = t[k, a]
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[b] < v[a]) { x = v[a]; v[a] = v[b]; v[b] = x }
      med = v[int((m + 1) / 2)]; split(k, p, "\t")
      for (a = 1; a <= m; a++) w[a] = c[k, a]
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (w[b] < w[a]) { x = w[a]; w[a] = w[b]; w[b] = x }
      cpu = w[int((m + 1) / 2)]; cpu = cpu == "-" ? "-" : sprintf("%.1f", cpu)
      fps = files[k] == "-" || med == 0 ? "-" : sprintf("%.0f", files[k] / med)
      printf "%-6s %-18s %5d %8.1f %8.1f %8.1f %8s %10s %10.0f %9s %9d %9d\n", p[1], p[2], m, med, v[1], v[m], cpu, rows[k], (med > 0 ? rows[k] / med : 0), fps, rss[k] / 1024, heap[k]
    }
  }' "$RESULTS"
for s in "${SCALES[@]}"; do
  if grep -q "^$s	incremental night	" "$RESULTS"; then
    echo
    awk -F'\t' -v s="$s" '
      function med(k,   i, j, x, m) { m = n[k]; for (i = 1; i <= m; i++) v[i] = t[k, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
        return v[int((m + 1) / 2)] }
      $1 == s && ($2 == "night before (full)" || $2 == "incremental night" || $2 == "night with nothing new") { k = $2; n[k]++; t[k, n[k]] = $4; c[k, n[k]] = $7 }
      END { f = med("night before (full)"); i = med("incremental night")
        printf "scale %s, incremental night (one day of new files) / full night: %.1f s / %.1f s = %.1f%% (target: under 10%%)\n", s, i, f, 100 * i / f
        if (n["night with nothing new"] > 0) { z = med("night with nothing new")
          printf "scale %s, night with nothing new / full night: %.1f s / %.1f s = %.1f%%\n", s, z, f, 100 * z / f } }' "$RESULTS"
  fi
  sp="$OUT/warm-spark-$s.log"; dk="$OUT/warm-duckdb-$s.log"
  if [ -f "$sp" ] && [ -f "$dk" ] && grep -q '^spark run' "$sp" && grep -q '^duckdb run' "$dk"; then
    echo
    echo "scale $s, the same marts (assessment_indicators, assessment_scores | reporting_grid, reporting_rates | disclosure_accounts;"
    echo "  Spark's disclosure job writes all five disclosure marts), one process each:"
    awk -v s="$s" '
      function field(line, name,   r) { r = line; sub(".*" name " ", "", r); sub(" s.*", "", r); return r + 0 }
      FNR == 1 { side = (FILENAME ~ /spark/) ? "spark" : "duckdb" }
      /^(spark|duckdb) run/ {
        n = ++cnt[side]
        a[side, n] = field($0, "assessment"); rp[side, n] = field($0, "reporting"); ds[side, n] = field($0, "disclosure")
        tt[side, n] = field($0, "total"); jvm[side, n] = field($0, "since JVM start")
      }
      function med(arr, side, from, to,   i, j, x, m, v) {
        m = 0; for (i = from; i <= to; i++) v[++m] = arr[side, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { x = v[i]; v[i] = v[j]; v[j] = x }
        return v[int((m + 1) / 2)]
      }
      END {
        printf "  %-34s %10s %10s %8s\n", "", "Spark s", "DuckDB s", "ratio"
        printf "  %-34s %10.2f %10.2f %8.1f\n", "cold: JVM start to marts written", jvm["spark", 1], jvm["duckdb", 1], jvm["spark", 1] / jvm["duckdb", 1]
        printf "  %-34s %10.2f %10.2f %8.1f\n", "cold: first run, assessment", a["spark", 1], a["duckdb", 1], a["spark", 1] / a["duckdb", 1]
        printf "  %-34s %10.2f %10.2f %8.1f\n", "cold: first run, reporting", rp["spark", 1], rp["duckdb", 1], rp["spark", 1] / rp["duckdb", 1]
        printf "  %-34s %10.2f %10.2f %8.1f\n", "cold: first run, disclosure", ds["spark", 1], ds["duckdb", 1], ds["spark", 1] / ds["duckdb", 1]
        if (cnt["spark"] > 1 && cnt["duckdb"] > 1) {
          sa = med(a, "spark", 2, cnt["spark"]); da = med(a, "duckdb", 2, cnt["duckdb"])
          sr = med(rp, "spark", 2, cnt["spark"]); dr = med(rp, "duckdb", 2, cnt["duckdb"])
          sd = med(ds, "spark", 2, cnt["spark"]); dd = med(ds, "duckdb", 2, cnt["duckdb"])
          st = med(tt, "spark", 2, cnt["spark"]); dt = med(tt, "duckdb", 2, cnt["duckdb"])
          printf "  %-34s %10.2f %10.2f %8.1f\n", "warm (median): assessment", sa, da, sa / da
          printf "  %-34s %10.2f %10.2f %8.1f\n", "warm (median): reporting", sr, dr, sr / dr
          printf "  %-34s %10.2f %10.2f %8.1f\n", "warm (median): disclosure", sd, dd, sd / dd
          printf "  %-34s %10.2f %10.2f %8.1f\n", "warm (median): all", st, dt, st / dt
        }
      }' "$sp" "$dk"
  fi
  if [ -s "$OUT/formats.tsv" ] && grep -q "^$s	" "$OUT/formats.tsv"; then
    echo
    echo "scale $s, read and validate cost per file (commstat check, one cold JVM per format, minus a one-file run):"
    awk -F'\t' -v s="$s" '$1 == s {
        split($4, a, " "); split($5, b, " ")
        printf "  %-5s %6d files  %7.2f ms/file wall  %7.2f ms/file CPU\n", $2, $3, (a[1] - b[1]) * 1000 / $3, (a[2] + a[3] - b[2] - b[3]) * 1000 / $3 }' "$OUT/formats.tsv"
  fi
  if [ -f "$OUT/pdf-$s.log" ] && grep -q '^|' "$OUT/pdf-$s.log"; then
    echo
    echo "scale $s, PDFs in memory (commstat render-bench, warm JVM):"
    grep '^|' "$OUT/pdf-$s.log" | sed 's/^/  /'
  fi
  if [ -f "$OUT/pdf-disclosures-$s.log" ] && grep -q '^| disclosure ' "$OUT/pdf-disclosures-$s.log"; then
    echo
    echo "scale $s, disclosure PDFs in memory (commstat render-bench --kind disclosures, warm JVM; target: 50/s on 2 cores):"
    grep '^|' "$OUT/pdf-disclosures-$s.log" | sed 's/^/  /'
  fi
  if [ -f "$OUT/load-$s.log" ]; then
    echo
    echo "scale $s, server under $CONNECTIONS connections on loopback (${LOAD_SECONDS} s after ${LOAD_WARMUP} s warm-up):"
    sed 's/^load /  /' "$OUT/load-$s.log"
  fi
done
echo
[ -s "$OUT/inputs.tsv" ] && sort -u "$OUT/inputs.tsv" | awk -F'\t' '{print "input scale " $1 ": " $3}'
[ -s "$NOTES" ] && sed 's/^/note: /' "$NOTES"
echo "rows: ingest = rows read from the inbox; funds = staged fund rows; assess and duckdb = staged employment, floating and population rows"
echo "files/s: inbox files per second; CPU = user + system seconds (median); RSS = peak resident set (/usr/bin/time); heap = peak Java heap used (GC log)"
