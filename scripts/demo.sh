#!/usr/bin/env bash
# From a fresh clone: build, index our own fixtures into index/trials.db, search it, and (when the matcher is
# built) match a sample patient and show the shortlist.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "==> Building (Release)"
dotnet build src/TrialMatcher.Cli -c Release -v quiet -nologo
tm() { dotnet src/TrialMatcher.Cli/bin/Release/net10.0/trialmatcher.dll "$@"; }

echo "==> Indexing fixtures/trials into index/trials.db"
tm ingest --replace fixtures/trials

echo
echo "==> trialmatcher stats"
tm stats

echo
echo "==> trialmatcher search \"KRAS G12C lung\" --status recruiting --limit 5"
tm search "KRAS G12C lung" --status recruiting --limit 5

if tm match --help >/dev/null 2>&1; then
  profile=fixtures/patients/P01-lung-kras-g12c.json
  [ -f "$profile" ] || profile=$(ls fixtures/patients/*.json | head -1)
  echo
  echo "==> trialmatcher match --profile $profile --limit 5"
  tm match --profile "$profile" --limit 5
fi
