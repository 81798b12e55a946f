#!/usr/bin/env bash
# Checks search quality over the shared corpus (../shared/data): every one of the top 10 results for
# "melanoma BRAF" must be a melanoma trial and every one for "HER2 positive breast cancer" a breast cancer trial,
# judged by their conditions. Also reports the ingest's time and peak memory. Needs ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${SHARED_DATA:-../shared/data}
if [ ! -d "$data/ctgov-xml" ]; then
  echo "eval-search: $data/ctgov-xml is absent on this machine; nothing to evaluate." >&2
  exit 0
fi
dotnet build src/TrialMatcher.Cli -c Release -v quiet -nologo >/dev/null
tm() { dotnet src/TrialMatcher.Cli/bin/Release/net10.0/trialmatcher.dll "$@"; }
index=${INDEX:-artifacts/shared/trials.db}
mkdir -p "$(dirname "$index")"
if [ ! -f "$index" ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "==> ingest --replace $data/ctgov-xml $data/ctgov-json-v2 (time and peak memory from /usr/bin/time)"
  /usr/bin/time -f "elapsed %e s, peak RSS %M KB" dotnet src/TrialMatcher.Cli/bin/Release/net10.0/trialmatcher.dll \
    ingest --replace "$data/ctgov-xml" "$data/ctgov-json-v2" --index "$index"
fi
status=0
check() {
  local query=$1 word=$2
  tm search "$query" --limit 10 --json --index "$index" > artifacts/shared/search.json
  python3 - "$query" "$word" artifacts/shared/search.json <<'PY' || status=1
import json, sys
query, word, path = sys.argv[1], sys.argv[2], sys.argv[3]
results = json.load(open(path))["results"]
bad = [r for r in results if word not in r["conditions"].lower()]
for r in results:
    mark = "ok " if r not in bad else "BAD"
    print(f"  {mark} {r['nctId']}  {r['conditions'][:90]}")
print(f"{query!r}: {len(results) - len(bad)}/{len(results)} top results have '{word}' in their conditions")
sys.exit(1 if bad or len(results) < 10 else 0)
PY
}
check "melanoma BRAF" melanoma
check "HER2 positive breast cancer" breast
exit $status
