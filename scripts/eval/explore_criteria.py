#!/usr/bin/env python3
"""Criteria items from the shared corpus that match a pattern, drawn only from trials in no holdout, for error analysis
on unlabelled text (stdlib only).

The holdout halves are scored, never read: every trial with an item in a holdout half (the base sample's holdout half,
round 3's holdout half, all of round 4) is left out, so the text printed here can be read freely while tuning.

Usage: python3 scripts/eval/explore_criteria.py PATTERN [--limit N] [--seed S] [--section inclusion|exclusion|unknown]
Prints tab-separated lines: nct_id, section, item text (whitespace collapsed). Pipe them into the parser:
  python3 scripts/eval/explore_criteria.py 'prior (lines?|regimens?)' --limit 30 \\
    | dotnet src/TrialMatcher.Cli/bin/Debug/net10.0/trialmatcher.dll eval-criteria --texts -
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from criteria_source import ROOT, is_cancer, load_records, split_items  # noqa: E402

CRIT = os.path.join(ROOT, "tests", "eval", "criteria")
# (sample file, which halves are held out)
HELD_OUT = [("sample.jsonl", {"holdout"}), ("sample-r3.jsonl", {"holdout"}), ("sample-r4.jsonl", {"holdout", "tune"}), ("sample-r6.jsonl", {"holdout"}),
            ("sample-r7.jsonl", {"holdout"})]


def held_out_trials():
    trials = set()
    for name, halves in HELD_OUT:
        path = os.path.join(CRIT, name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r["half"] in halves:
                    trials.add(r["nct_id"])
    return trials


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pattern", help="regular expression, case-insensitive, searched in the whitespace-collapsed item")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--seed", default="explore")
    ap.add_argument("--section", choices=["inclusion", "exclusion", "unknown"])
    a = ap.parse_args()
    pattern = re.compile(a.pattern, re.I)
    excluded = held_out_trials()
    records = load_records()
    hits = []
    for nct in sorted(records):
        rec = records[nct]
        if nct in excluded or not rec["criteria"] or not is_cancer(rec):
            continue
        for it in split_items(rec["criteria"]):
            if a.section and it["section"] != a.section:
                continue
            text = " ".join(rec["criteria"][it["offset"]:it["offset"] + it["length"]].split())
            if 12 <= len(text) <= 600 and pattern.search(text):
                hits.append((nct, it["section"], text))
    random.Random(a.seed).shuffle(hits)
    print(f"explore: {len(hits)} matching items in trials outside every holdout; showing {min(a.limit, len(hits))}",
          file=sys.stderr)
    for nct, section, text in hits[:a.limit]:
        print(f"{nct}\t{section}\t{text}")


if __name__ == "__main__":
    main()
