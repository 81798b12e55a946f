#!/usr/bin/env python3
"""Inter-annotator agreement between two label files (stdlib only).

Usage: python3 scripts/eval/agreement.py [--strict] [labels-a.jsonl] [labels-b.jsonl]
Defaults: tests/eval/criteria/labels-a.jsonl and labels-b.jsonl.
--strict: use the parser's scoring keys (CriteriaEvaluation.KeyOf/ScoringKey), so that agreement between two
labellers and the parser's precision/recall are measured on the same footing (see "Strict keys" below).

Only items present in both files are compared (ids listed in dropped.txt are left out).
Per kind:
  - fact-level F1 of B against A (A = reference). Facts are reduced to a match key and compared as
    multisets within each item; TP is summed over items (micro average).
  - Cohen's kappa on the binary decision "item has at least one fact of this kind".
Overall: micro F1 over all facts, and kappa pooled over all (item, kind) decisions.

Match keys:
  cancer_type (code, polarity); stage (value, polarity); prior_lines (min, max);
  prior_exposure (therapy, polarity); biomarker (gene, effective requirement), where the effective
  requirement is the status if polarity is required and the opposite status otherwise;
  age (min_years, max_years); sex (value); performance_status (max_ecog);
  brain_metastases (rule); measurable_disease (rule); to_review (category).
Strict keys (--strict) add what the parser's scoring compares as well: the line setting (a minimum of 0 below a
positive maximum counts as no minimum), the performance-status scale, the measurable-disease standard, and the
biomarker's gene name as written (HLA-A2 read as HLA-A*02).
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CRIT = os.path.join(ROOT, "tests", "eval", "criteria")
KINDS = ["cancer_type", "stage", "prior_lines", "prior_exposure", "biomarker", "age", "sex",
         "performance_status", "brain_metastases", "measurable_disease", "to_review"]
OPP = {"positive": "negative", "negative": "positive"}


def num(v):
    if v is None:
        return None
    v = float(v)
    return int(v) if v.is_integer() else v


def low(v):
    return v.strip().lower() if isinstance(v, str) else v


def key(f):
    k = f["kind"]
    if k == "cancer_type":
        return (f.get("code"), f.get("polarity"))
    if k == "stage":
        return (f.get("value"), f.get("polarity"))
    if k == "prior_lines":
        return (num(f.get("min")), num(f.get("max")))
    if k == "prior_exposure":
        return (low(f.get("therapy")), f.get("polarity"))
    if k == "biomarker":
        st = f.get("status")
        eff = st if f.get("polarity") == "required" else OPP.get(st, st)
        return (str(f.get("gene", "")).upper(), eff)
    if k == "age":
        return (num(f.get("min_years")), num(f.get("max_years")))
    if k == "sex":
        return (f.get("value"),)
    if k == "performance_status":
        return (num(f.get("max_ecog")),)
    if k in ("brain_metastases", "measurable_disease"):
        return (f.get("rule"),)
    if k == "to_review":
        return (f.get("category"),)
    return (json.dumps(f, sort_keys=True),)


def strict_key(f):
    """The parser scoring's key (CriteriaEvaluation.KeyOf + ScoringKey), as a tuple."""
    k = f["kind"]
    if k == "prior_lines":
        lo, hi = num(f.get("min")), num(f.get("max"))
        if lo == 0 and hi is not None and hi > 0:
            lo = None
        return (lo, hi, f.get("setting") or "any")
    if k == "prior_exposure":
        return (f.get("therapy"), f.get("polarity"))
    if k == "biomarker":
        gene = f.get("gene") or ""
        gene = "HLA-A*02" if gene == "HLA-A2" else gene
        st, pol = f.get("status"), f.get("polarity")
        if pol == "excluded" and st in OPP:
            st, pol = OPP[st], "required"
        return (gene, st, pol)
    if k == "performance_status":
        return (f.get("scale"), num(f.get("max_ecog")))
    if k == "measurable_disease":
        return (f.get("rule"), f.get("standard") or "-")
    return key(f)


def load(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[r["id"]] = r
    return out


def dropped_ids():
    p = os.path.join(CRIT, "dropped.txt")
    if not os.path.exists(p):
        return set()
    return {l.split("\t")[0].strip() for l in open(p, encoding="utf-8") if l.strip()}


def kappa(pairs):
    """Cohen's kappa for a list of (a_bool, b_bool). Returns (kappa or None, observed agreement)."""
    n = len(pairs)
    if n == 0:
        return None, None
    po = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    if pe >= 1.0:
        return None, po
    return (po - pe) / (1 - pe), po


def f1(tp, na, nb):
    p = tp / nb if nb else None
    r = tp / na if na else None
    if not na and not nb:
        return p, r, None
    f = 2 * tp / (na + nb)
    return p, r, f


def fmt(v, pct=False):
    if v is None:
        return "n/a"
    return f"{v:.2f}"


def main():
    args = [a for a in sys.argv[1:] if a != "--strict"]
    keyof = strict_key if "--strict" in sys.argv[1:] else key
    pa = args[0] if len(args) > 0 else os.path.join(CRIT, "labels-a.jsonl")
    pb = args[1] if len(args) > 1 else os.path.join(CRIT, "labels-b.jsonl")
    A, B = load(pa), load(pb)
    drop = dropped_ids()
    common = sorted((set(A) & set(B)) - drop)
    rows = []
    tot_tp = tot_a = tot_b = 0
    pooled = []
    for kind in KINDS:
        tp = na = nb = 0
        pairs = []
        for i in common:
            ca = Counter(keyof(f) for f in A[i]["facts"] if f["kind"] == kind)
            cb = Counter(keyof(f) for f in B[i]["facts"] if f["kind"] == kind)
            tp += sum((ca & cb).values())
            na += sum(ca.values())
            nb += sum(cb.values())
            pairs.append((bool(ca), bool(cb)))
        p, r, f = f1(tp, na, nb)
        k, po = kappa(pairs)
        ia = sum(a for a, _ in pairs)
        ib = sum(b for _, b in pairs)
        rows.append((kind, na, nb, tp, p, r, f, ia, ib, po, k))
        tot_tp, tot_a, tot_b = tot_tp + tp, tot_a + na, tot_b + nb
        pooled += pairs
    p, r, f = f1(tot_tp, tot_a, tot_b)
    k, po = kappa(pooled)
    rows.append(("overall", tot_a, tot_b, tot_tp, p, r, f, sum(a for a, _ in pooled), sum(b for _, b in pooled),
                 po, k))

    print(f"Common items: {len(common)} (A: {len(A)} items, B: {len(B)} items, dropped ids excluded)")
    print()
    print("| kind | facts A | facts B | matched | precision | recall | F1 | items A | items B | "
          "presence agreement | kappa |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for kind, na, nb, tp, p, r, f, ia, ib, po, k in rows:
        name = f"**{kind}**" if kind == "overall" else kind
        print(f"| {name} | {na} | {nb} | {tp} | {fmt(p)} | {fmt(r)} | {fmt(f)} | {ia} | {ib} | {fmt(po)} | "
              f"{fmt(k)} |")
    print()
    print("F1: B against A (A as reference), micro-averaged over items. kappa: Cohen's kappa on 'item has >= 1 "
          "fact of this kind'; the overall kappa pools all (item, kind) decisions. n/a: undefined (no facts, or "
          "both labellers constant).")


if __name__ == "__main__":
    main()
