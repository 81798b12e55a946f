#!/usr/bin/env bash
# Parses every record in the shared corpus and reports the share of unread criteria by section and the 20 most
# common unread patterns (lowercase, digits -> #, first 6 words).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${CTGOV_DATA:-../shared/data}"
if [ ! -d "$DATA/ctgov-xml" ] && [ ! -d "$DATA/ctgov-json-v2" ]; then
  echo "unread-criteria: no shared data at $DATA (set CTGOV_DATA to its folder); nothing to report." >&2
  exit 0
fi
dotnet build src/TrialMatcher.Cli -v q -nologo >/dev/null
dotnet src/TrialMatcher.Cli/bin/Debug/net10.0/trialmatcher.dll eval-criteria --unread-report --data "$DATA" "$@"
