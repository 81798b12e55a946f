#!/usr/bin/env python3
"""Print id, section and text of sampled criteria for labellers (reads the shared data at run time).

Usage: python3 scripts/eval/show_criteria.py C0001 C0002 ...
       python3 scripts/eval/show_criteria.py --range C0001 C0040
       python3 scripts/eval/show_criteria.py --file ids.txt
Options: --raw  print the exact substring (repr) instead of whitespace-collapsed text
         --no-context  do not print the nearest preceding sub-heading (e.g. "Performance status:")
"""
import argparse
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from criteria_source import ROOT, SAMPLE_FILES, load_records  # noqa: E402

# Ids are looked up in every round's sample (criteria_source.SAMPLE_FILES).
SAMPLES = SAMPLE_FILES


def subheading(crit, offset):
    """Nearest preceding short line ending with ':' (context only, not part of the item)."""
    before = crit[:offset].split("\n")[:-1]
    for line in reversed(before[-12:]):
        t = line.strip()
        if t.endswith(":") and len(t) <= 60 and not re.match(r"^[-*\u2022]", t):
            return t
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--range", nargs=2)
    ap.add_argument("--file")
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--no-context", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(l) for p in SAMPLES if os.path.exists(p) for l in open(p, encoding="utf-8")]
    byid = {r["id"]: r for r in rows}
    ids = list(a.ids)
    if a.file:
        ids += [l.strip() for l in open(a.file) if l.strip()]
    if a.range:
        lo, hi = a.range
        ids += [r["id"] for r in rows if lo <= r["id"] <= hi]
    recs = load_records()
    for i in ids:
        r = byid[i]
        crit = recs[r["nct_id"]]["criteria"]
        text = crit[r["offset"]:r["offset"] + r["length"]]
        ok = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] == r["sha"]
        ctx = None if a.no_context else subheading(crit, r["offset"])
        body = repr(text) if a.raw else " ".join(text.split())
        print(f"{i} {r['nct_id']} [{r['section']}]" + (f" <{ctx}>" if ctx else "") + ("" if ok else " !!SHA MISMATCH"))
        print(f"  {body}")


if __name__ == "__main__":
    main()
