#!/usr/bin/env bash
# Scale benchmark: generates corpora of N API v2 studies derived from the real records in ../shared/data (volume
# only, never committed), ingests each with `trialmatcher ingest --replace`, applies a nightly change set of 1,000
# records to the largest index, and times matching and search on each index.
#
#   scripts/bench.sh                 N = 10000 100000 600000
#   scripts/bench.sh 10000 100000    chosen sizes
#
# Everything is written to $BENCH_ARTIFACTS (default artifacts/bench, ignored by git): corpus-*, index-*, and one
# results-N.txt of "key: value" lines per size, which tests/TrialMatcher.Benchmarks/RESULTS.md summarises.
# The generated corpus of the largest N is reused for smaller ones (record i depends only on the seed and i).
# Timings are only as quiet as the machine: check `uptime` and say what else was running.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${CTGOV_DATA:-$(cd .. && pwd)/shared/data}"
ART="${BENCH_ARTIFACTS:-$(pwd)/artifacts/bench}"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 100000 600000)
mkdir -p "$ART"
dotnet build -c Release src/TrialMatcher.Cli >/dev/null
dotnet build -c Release tests/TrialMatcher.Benchmarks >/dev/null
# Run copies of the binaries, so a build during a long run cannot swap assemblies under it.
rm -rf "$ART/bin-cli" "$ART/bin-scale"
cp -r src/TrialMatcher.Cli/bin/Release/net10.0 "$ART/bin-cli"
cp -r tests/TrialMatcher.Benchmarks/bin/Release/net10.0 "$ART/bin-scale"
TM="$ART/bin-cli/trialmatcher"
SCALE="$ART/bin-scale/TrialMatcher.Benchmarks scale"
MAX=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)

# One corpus of the largest size, 10,000 studies per file; smaller corpora are its first files (symlinked).
FULL="$ART/corpus-$MAX"
if [ ! -f "$FULL/done" ]; then
  $SCALE generate --data "$DATA" --out "$FULL" --n "$MAX" > "$ART/generate-$MAX.txt"
  touch "$FULL/done"
fi

# Largest total size of a folder while a command runs (peak disk use of a rebuild: live + .prev + .building).
peak_du() {
  local dir=$1 out=$2 peak=0 now
  while [ ! -f "$out.stop" ]; do
    now=$(du -sb "$dir" 2>/dev/null | cut -f1); [ "${now:-0}" -gt "$peak" ] && peak=$now
    sleep 1
  done
  # A rebuild keeps its pages in SQLite's cache until the commit: sample once more after the run ends.
  now=$(du -sb "$dir" 2>/dev/null | cut -f1); [ "${now:-0}" -gt "$peak" ] && peak=$now
  echo "$peak" > "$out"; rm -f "$out.stop"
}

ingest() { # ingest INDEX SOURCE RESULTS LABEL [--replace]
  local idx=$1 src=$2 res=$3 label=$4; shift 4
  rm -f "$res.du.stop"
  peak_du "$(dirname "$idx")" "$res.du" &
  local sampler=$!
  /usr/bin/time -v "$TM" ingest "$@" --index "$idx" "$src" > "$res.$label.out" 2> "$res.$label.time" || true
  touch "$res.du.stop"; wait $sampler
  {
    echo "${label}_summary: $(grep -E '^(Read|Indexed|Replaced|Updated) ' "$res.$label.out" | tr '\n' ' ')"
    echo "${label}_wall: $(grep 'Elapsed (wall' "$res.$label.time" | awk '{print $NF}')"
    echo "${label}_user_seconds: $(grep 'User time' "$res.$label.time" | awk '{print $NF}')"
    echo "${label}_cpu_percent: $(grep 'Percent of CPU' "$res.$label.time" | awk '{print $NF}')"
    echo "${label}_peak_rss_kb: $(grep 'Maximum resident' "$res.$label.time" | awk '{print $NF}')"
    echo "${label}_peak_folder_bytes: $(cat "$res.du")"
    echo "${label}_index_bytes: $(stat -c %s "$idx")"
  } >> "$res"
}

for N in "${SIZES[@]}"; do
  CORPUS="$ART/corpus-$N"
  if [ "$N" != "$MAX" ]; then
    rm -rf "$CORPUS"; mkdir -p "$CORPUS"
    for f in $(ls "$FULL"/studies-*.json | head -n $(( (N + 9999) / 10000 ))); do ln -s "$f" "$CORPUS/"; done
  fi
  IDX_DIR="$ART/index-$N"; rm -rf "$IDX_DIR"; mkdir -p "$IDX_DIR"
  IDX="$IDX_DIR/trials.db"
  RES="$ART/results-$N.txt"
  {
    echo "n: $N"; echo "date: $(date -u +%FT%TZ)"; echo "cores: $(nproc)"
    echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"; echo "load_before: $(uptime | sed 's/.*average: //')"
    echo "corpus_bytes: $(du -sbL "$CORPUS" | cut -f1)"
  } > "$RES"
  ingest "$IDX" "$CORPUS" "$RES" full --replace
  echo "load_after_ingest: $(uptime | sed 's/.*average: //')" >> "$RES"
  # Cold: the first match of a new process, five processes.
  for i in 1 2 3 4 5; do $SCALE latency --index "$IDX" --cold-only --seed $((7 + i)) | grep match_cold_ms; done | sed 's/match_cold_ms/match_cold_run_ms/' >> "$RES"
  $SCALE latency --index "$IDX" --queries 1000 --warmup 100 >> "$RES"
  $SCALE profile --index "$IDX" --queries 200 >> "$RES"
  if [ "$N" = "$MAX" ]; then
    $SCALE changes --data "$DATA" --out "$ART/changes-$N" --n "$N" --count 1000 >> "$RES"
    ingest "$IDX" "$ART/changes-$N/changes.json" "$RES" incremental
  fi
  echo "load_end: $(uptime | sed 's/.*average: //')" >> "$RES"
  cat "$RES"
done
