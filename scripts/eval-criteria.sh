#!/usr/bin/env bash
# Scores the eligibility-criteria parser on the labelled set (tests/eval/criteria) against the shared data.
# Usage: scripts/eval-criteria.sh [tune|tune2|tune3|tune4|holdout|holdout2|holdout2-unexposed|holdout3|holdout4|holdout5|all] [extra options, e.g. --json or --errors]
# Tune on the tune half, tune2 and tune3 (tuning sets drawn from other trials) only; run a holdout half once, at
# the end, and report it as it is. holdout2 (round 3, session 7) shares no trial with any tuning set; holdout3 (round 4,
# session 8) shares no trial with any earlier sample.
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
if [ "$HALF" = tune3 ] || [ "$HALF" = holdout2 ] || [ "$HALF" = holdout2-unexposed ]; then
  LABELS=tests/eval/criteria/labels-r3.jsonl
  SAMPLE=tests/eval/criteria/sample-r3.jsonl
  if [ "$HALF" = holdout2-unexposed ]; then
    # holdout2 without the 32 items whose label lines a helper saw by accident (exposed-r3.txt; see the README).
    FILTERED="$(mktemp)"
    trap 'rm -f "$FILTERED"' EXIT
    grep -v -F -f <(sed 's/.*/"id": "&"/' tests/eval/criteria/exposed-r3.txt) "$LABELS" > "$FILTERED"
    LABELS="$FILTERED"
  fi
  if [ "$HALF" = tune3 ]; then HALF=tune; else HALF=holdout; fi
elif [ "$HALF" = holdout3 ]; then
  LABELS=tests/eval/criteria/labels-r4.jsonl
  SAMPLE=tests/eval/criteria/sample-r4.jsonl
  HALF=holdout
elif [ "$HALF" = holdout4 ]; then
  # round 6 (session 10): biomarker items from held-out trials that no earlier sample took
  LABELS=tests/eval/criteria/labels-r6.jsonl
  SAMPLE=tests/eval/criteria/sample-r6.jsonl
  HALF=holdout
elif [ "$HALF" = holdout5 ]; then
  # round 7 (session 11): a fifth untouched holdout from trials in no earlier sample
  LABELS=tests/eval/criteria/labels-r7.jsonl
  SAMPLE=tests/eval/criteria/sample-r7.jsonl
  HALF=holdout
elif [ "$HALF" = tune4 ]; then
  LABELS=tests/eval/criteria/labels-r5.jsonl
  SAMPLE=tests/eval/criteria/sample-r5.jsonl
  HALF=tune
elif [ "$HALF" = tune2 ]; then
  LABELS=tests/eval/criteria/labels-t2.jsonl
  SAMPLE=tests/eval/criteria/sample-tune2.jsonl
  HALF=tune
fi
dotnet src/TrialMatcher.Cli/bin/Debug/net10.0/trialmatcher.dll eval-criteria \
  --labels "$LABELS" --sample "$SAMPLE" --data "$DATA" --half "$HALF" "$@"
