#!/usr/bin/env bash
# Renders the patient report for a fixture patient in headless Chromium and checks it: every shortlisted trial and
# its reasons are on the page, no sideways scrolling at 375 px and 1280 px, no scripts or external requests,
# semantic landmarks, and a reading grade of 8 or below for the report's own text. Saves
# artifacts/report/shortlist-375.png, shortlist-1280.png and shortlist.pdf. Installs Chromium (apt) and
# playwright-core (npm, pinned in scripts/report-check/package-lock.json) when missing. scripts/test.sh runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
fail() { echo "check-report: FAIL: $*" >&2; exit 1; }
step() { echo "check-report: $*"; }
start=$SECONDS

chromium_bin="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium_bin" ]; then
  step "installing chromium with apt-get"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null 2>&1 || fail "apt-get update failed: the Debian package mirrors are not reachable (or not allowed); install the chromium package by hand"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null 2>&1 \
    || fail "apt-get install chromium failed: the Debian package mirrors are not reachable, or the package is not available"
fi
command -v node >/dev/null || fail "node is not installed (Node.js 18 or later is needed to drive Chromium)"
if [ ! -f scripts/report-check/node_modules/playwright-core/package.json ]; then
  step "installing playwright-core with npm ci"
  (cd scripts/report-check && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || fail "npm ci failed in scripts/report-check: the npm registry is not reachable"
fi

step "building the CLI"
dotnet build src/TrialMatcher.Cli -c Release -v q -nologo >/tmp/check-report-build.log 2>&1 || { tail -20 /tmp/check-report-build.log >&2; fail "the CLI did not build"; }
cli=(dotnet src/TrialMatcher.Cli/bin/Release/net10.0/trialmatcher.dll)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
profile="fixtures/patients/P02-lung-egfr-l858r-post-osimertinib.json"
step "indexing the fixtures and rendering the report for $(basename "$profile")"
"${cli[@]}" ingest fixtures/trials --index "$work/trials.db" >/dev/null 2>"$work/ingest.err" || { cat "$work/ingest.err" >&2; fail "ingest failed"; }
"${cli[@]}" report --index "$work/trials.db" --profile "$profile" --out "$work/shortlist.html" 2>"$work/report.err" || { cat "$work/report.err" >&2; fail "report failed"; }
"${cli[@]}" match --index "$work/trials.db" --profile "$profile" --json >"$work/shortlist.json" 2>/dev/null || fail "match --json failed"
if [ "$(stat -c %a "$work/shortlist.html")" != "600" ]; then
  fail "the report file is not owner-only (mode $(stat -c %a "$work/shortlist.html"), expected 600)"
fi

step "checking the page in headless Chromium"
mkdir -p artifacts/report
cp "$work/shortlist.html" artifacts/report/shortlist.html
CHROMIUM="$chromium_bin" node scripts/report-check/check.mjs "$work/shortlist.html" "$work/shortlist.json" artifacts/report || fail "the report check failed (messages above)"
step "passed in $((SECONDS - start)) s"
