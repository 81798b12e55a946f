#!/usr/bin/env bash
# Scores the eligibility-criteria parser on the labelled set (tests/eval/criteria) against the shared data.
# Usage: scripts/eval-criteria.sh [tune|tune2|tune3|tune4|holdout|holdout2|holdout2-unexposed|holdout3|holdout4|holdout5|holdout5-unexposed|all] [extra options, e.g. --json or --errors]
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
# Each set: its labels (labels-X.jsonl), its sample (sample-Y.jsonl) and which half of the sample it scores. The
# "-unexposed" sets leave out the items listed in an exposed-*.txt file (items seen before scoring; see the README).
CRIT=tests/eval/criteria
EXPOSED=
case "$HALF" in
  tune|holdout|all) SET=a; DRAW=sample ;;
  tune2) SET=t2; DRAW=sample-tune2; HALF=tune ;;
  tune3) SET=r3; DRAW=sample-r3; HALF=tune ;;
  holdout2) SET=r3; DRAW=sample-r3; HALF=holdout ;;
  holdout2-unexposed) SET=r3; DRAW=sample-r3; HALF=holdout; EXPOSED=exposed-r3.txt ;;
  holdout3) SET=r4; DRAW=sample-r4; HALF=holdout ;;
  tune4) SET=r5; DRAW=sample-r5; HALF=tune ;;
  holdout4) SET=r6; DRAW=sample-r6; HALF=holdout ;; # round 6: biomarker items from held-out trials no earlier sample took
  holdout5) SET=r7; DRAW=sample-r7; HALF=holdout ;; # round 7: a fifth untouched holdout
  holdout5-unexposed) SET=r7; DRAW=sample-r7; HALF=holdout; EXPOSED=exposed-r7.txt ;;
  *) echo "eval-criteria: unknown set '$HALF' (see the usage line at the top of this script)" >&2; exit 2 ;;
esac
LABELS=$CRIT/labels-$SET.jsonl
SAMPLE=$CRIT/$DRAW.jsonl
if [ -n "$EXPOSED" ]; then
  FILTERED="$(mktemp)"
  trap 'rm -f "$FILTERED"' EXIT
  grep -v -F -f <(cut -f1 "$CRIT/$EXPOSED" | sed 's/.*/"id": "&"/') "$LABELS" > "$FILTERED"
  LABELS="$FILTERED"
fi
dotnet src/TrialMatcher.Cli/bin/Debug/net10.0/trialmatcher.dll eval-criteria \
  --labels "$LABELS" --sample "$SAMPLE" --data "$DATA" --half "$HALF" "$@"
