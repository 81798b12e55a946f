#!/usr/bin/env bash
# Nightly re-index of the TrialMatcher index from the ClinicalTrials.gov API v2, for cron or a systemd timer.
#
# Usage: scripts/nightly-reindex.sh [extra `trialmatcher reindex` options, e.g. --full or --status recruiting]
#
# Environment (all optional):
#   TRIALMATCHER          command that runs the CLI       [default: trialmatcher; e.g. "dotnet /opt/trialmatcher/trialmatcher.dll"]
#   TRIALMATCHER_INDEX    index database                  [default: index/trials.db, relative to the working directory]
#   TRIALMATCHER_LOG_DIR  folder for the dated log files  [default: logs/reindex]
#
# Each run appends to $TRIALMATCHER_LOG_DIR/reindex-YYYY-MM-DD.log (progress, every retry and its reason, the summary)
# and reindex-YYYY-MM-DD.jsonl (one JSON summary per run). The script exits with the code of `trialmatcher reindex`:
#   0  done: every page read, the changes are visible, the watermark moved
#   1  unexpected error (a bug or an environment problem); the index was not changed
#   2  usage: bad command line, or the API refused the query
#   4  partial: done, but some studies could not be read (listed in the log); pass --allow-skips to get 0
#   6  upstream unavailable: ClinicalTrials.gov kept failing after retries; index and watermark unchanged (retry later)
#   7  locked: another run is writing the index; nothing was done
#   8  validation failed (--full): the rebuilt index was not swapped in; yesterday's index still serves
set -euo pipefail

read -r -a command <<< "${TRIALMATCHER:-trialmatcher}"
index="${TRIALMATCHER_INDEX:-index/trials.db}"
log_dir="${TRIALMATCHER_LOG_DIR:-logs/reindex}"
mkdir -p "$log_dir"
day="$(date +%Y-%m-%d)"
log="$log_dir/reindex-$day.log"
json="$log_dir/reindex-$day.jsonl"

describe() {
  case "$1" in
    0) echo "done" ;;
    1) echo "unexpected error" ;;
    2) echo "usage error or query refused by the API" ;;
    4) echo "partial: some studies skipped" ;;
    6) echo "upstream unavailable: index and watermark unchanged" ;;
    7) echo "locked: another run is writing the index" ;;
    8) echo "validation failed: the rebuilt index was not swapped in" ;;
    *) echo "unknown exit code" ;;
  esac
}

echo "$(date -Is) start: ${command[*]} reindex --index $index --json $*" >> "$log"
code=0
"${command[@]}" reindex --index "$index" --json "$@" >> "$json" 2>> "$log" || code=$?
echo "$(date -Is) end: exit $code ($(describe "$code"))" >> "$log"
exit "$code"
