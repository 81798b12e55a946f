#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: restores packages, builds, runs every NUnit test, and ends with
# the plain line "N passed, N failed" taken from the test results (CI reads that line).
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

dotnet test TrialMatcher.sln -c Release --logger "trx;LogFilePrefix=results" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; found=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  found=1
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$found" -eq 0 ]; then
  echo "no test results were written (build failure?)" >&2
  [ "$status" -eq 0 ] && status=1
fi

# Report checks that need a browser (the patient report) run after the unit tests when present.
if [ -x scripts/check-report.sh ] && [ "${SKIP_REPORT_CHECK:-0}" != "1" ]; then
  if scripts/check-report.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
fi

echo "$passed passed, $failed failed"
exit "$status"
