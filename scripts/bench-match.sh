#!/usr/bin/env bash
# Match latency (p50/p95/p99, cold and warm) of the fixture patients against the shared-corpus index.
# Builds that index first (scripts/eval-search.sh) when it is missing. Needs ../shared/data for the index.
set -euo pipefail
cd "$(dirname "$0")/.."
index=${INDEX:-artifacts/shared/trials.db}
if [ ! -f "$index" ]; then
  if [ ! -d ../shared/data/ctgov-xml ]; then echo "bench-match: ../shared/data is absent; nothing to measure." >&2; exit 0; fi
  scripts/eval-search.sh >/dev/null
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run scripts/bench/match-latency.cs -c Release -- "$index" fixtures/patients "${ROUNDS:-20}"
