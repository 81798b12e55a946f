#!/usr/bin/env bash
# Benchmarks criteria parsing over every criteria text of the shared corpus (one core) and prints texts/second.
# Target: at least 2,000 criteria texts per second.
set -euo pipefail
cd "$(dirname "$0")/.."
export CTGOV_DATA="${CTGOV_DATA:-$(cd .. && pwd)/shared/data}"
if [ ! -d "$CTGOV_DATA/ctgov-xml" ]; then
  echo "bench-parse: no shared data at $CTGOV_DATA; the benchmark would time only a small built-in text." >&2
fi
OUT=$(mktemp -d)
dotnet run -c Release --project tests/TrialMatcher.Benchmarks -- --filter '*Parse*' --artifacts "$OUT" --affinity 1 | tee "$OUT/run.log"
TEXTS=$(grep -o '// criteria texts: [0-9]*' "$OUT/run.log" | head -1 | grep -o '[0-9]*$')
CSV=$(find "$OUT" -name '*ParseBenchmarks-report.csv' | head -1)
# Mean column is like "1,234.5 ms"; convert to seconds and divide.
python3 - "$CSV" "${TEXTS:-1}" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
mean = rows[0]["Mean"].replace(",", "")
value, unit = mean.split()
seconds = float(value) * {"s": 1, "ms": 1e-3, "us": 1e-6, "μs": 1e-6, "ns": 1e-9}[unit]
texts = int(sys.argv[2])
print(f"Parsed {texts} criteria texts in {seconds*1000:.1f} ms on one core: {texts/seconds:,.0f} texts/s ({seconds/texts*1e3:.3f} ms per text)")
PY
