#!/usr/bin/env bash
# Scores the eligibility-criteria parser on the labelled set (tests/eval/criteria) against the shared data.
# Usage: scripts/eval-criteria.sh [tune|tune2|holdout|all] [extra eval-criteria options, e.g. --json or --errors]
# Tune on the tune half (and tune2, the second tuning set from other trials) only; run the holdout half once, at
# the end, and report it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${CTGOV_DATA:-../shared/data}"
HALF="${1:-tune}"
shift || true
if [ ! -d "$DATA/ctgov-xml" ] && [ ! -d "$DATA/ctgov-json-v2" ]; then
  echo "eval-criteria: no shared data at $DATA (set CTGOV_DATA to its folder); nothing to evaluate." >&2
  exit 0
fi
dotnet build src/TrialMatcher.Cli -v q -nologo >/dev/null
LABELS=tests/eval/criteria/labels-a.jsonl
SAMPLE=tests/eval/criteria/sample.jsonl
if [ "$HALF" = tune2 ]; then
  LABELS=tests/eval/criteria/labels-t2.jsonl
  SAMPLE=tests/eval/criteria/sample-tune2.jsonl
  HALF=tune
fi
dotnet src/TrialMatcher.Cli/bin/Debug/net10.0/trialmatcher.dll eval-criteria \
  --labels "$LABELS" --sample "$SAMPLE" --data "$DATA" --half "$HALF" "$@"
