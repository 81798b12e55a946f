#!/usr/bin/env python3
"""Expand the labeller's compact notation into labels JSONL (stdlib only).

Usage: python3 scripts/eval/dsl_to_labels.py tests/eval/criteria/labels-a.dsl tests/eval/criteria/labels-a.jsonl

One line per item:   C0001 | fact ; fact ; ... | optional note
Fact notation (polarity letter r=required x=excluded a=allowed, default r):
  ct CODE [p]                      cancer_type (OncoTree code or GROUP:...)
  st V[,V...] [p]                  stage values (one fact each)
  pl MIN-MAX [setting]             prior_lines, e.g. "pl 1-", "pl -2", "pl 0-0", "pl 1-3 metastatic"
  pe THERAPY[,THERAPY...] [p]      prior_exposure
  bm GENE ALT|- pos|neg [MEASURE(>=|>|<|<=)VALUE] [p]   biomarker
  ps SCALE MIN-MAX                 performance_status (max_ecog derived)
  br excluded|excluded_unless_treated_stable|required|allowed
  md required|not_required [STANDARD|-]
  age MIN-MAX                      age in years, "age 18-", "age -75"
  sex female|male
  tr cat[,cat...]                  to_review, one fact per category
  none                             no facts; sets unread_ok
A line "C0001 | drop | reason" drops the item (listed in the drop file, when a third argument names one).
"""
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from criteria_source import SAMPLE_FILES  # noqa: E402
# Ids are looked up in every round's sample (criteria_source.SAMPLE_FILES).
SAMPLES = SAMPLE_FILES

POL = {"r": "required", "x": "excluded", "a": "allowed"}
STAGES = {"0", "I", "IA", "IB", "II", "IIA", "IIB", "IIC", "III", "IIIA", "IIIB", "IIIC", "IV", "IVA", "IVB", "IVC",
          "locally_advanced", "metastatic", "unresectable", "recurrent", "advanced", "limited_stage",
          "extensive_stage", "newly_diagnosed", "relapsed", "refractory", "resectable", "early_stage"}
STAGE_PREFIX = ("ann_arbor:", "iss:", "rai:", "binet:")
TR = {"organ_function", "lab_values", "infection", "pregnancy_contraception", "other_malignancy", "comorbidity",
      "concurrent_medication", "washout", "life_expectancy", "consent", "other"}
BR = {"excluded", "excluded_unless_treated_stable", "required", "allowed"}
MD_STD = {"RECIST1.1", "RECIST", "Lugano", "iwCLL", "IMWG", "RANO", "Cheson"}


def num(s):
    if s in ("", None):
        return None
    v = float(s)
    return int(v) if v.is_integer() else v


def rng(s):
    a, _, b = s.partition("-")
    return num(a), num(b)


def pol(tok):
    if tok is None:
        return "required"
    if tok not in POL:
        raise ValueError(f"bad polarity {tok}")
    return POL[tok]


def kps_to_ecog(v):
    if v is None:
        return None
    for lo, e in ((90, 0), (70, 1), (50, 2), (30, 3)):
        if v >= lo:
            return e
    return 4


def parse_fact(s):
    t = s.split()
    k = t[0]
    if k == "ct":
        return [{"kind": "cancer_type", "code": t[1], "polarity": pol(t[2] if len(t) > 2 else None)}]
    if k == "st":
        out = []
        for v in t[1].split(","):
            if v not in STAGES and not v.startswith(STAGE_PREFIX):
                raise ValueError(f"bad stage {v}")
            out.append({"kind": "stage", "value": v, "polarity": pol(t[2] if len(t) > 2 else None)})
        return out
    if k == "pl":
        lo, hi = rng(t[1])
        return [{"kind": "prior_lines", "min": lo, "max": hi, "setting": t[2] if len(t) > 2 else "any"}]
    if k == "pe":
        return [{"kind": "prior_exposure", "therapy": v, "polarity": pol(t[2] if len(t) > 2 else None)}
                for v in t[1].split(",")]
    if k == "bm":
        gene, alt, st = t[1], t[2], t[3]
        rest = t[4:]
        thr = None
        if rest and re.match(r"^[A-Za-z%.\-/0-9]+(>=|<=|>|<)[0-9.]+$", rest[0]):
            m = re.match(r"^(.+?)(>=|<=|>|<)([0-9.]+)$", rest[0])
            thr = {"measure": m.group(1), "op": m.group(2), "value": num(m.group(3))}
            rest = rest[1:]
        if st not in ("pos", "neg"):
            raise ValueError(f"bad status {st}")
        return [{"kind": "biomarker", "gene": gene, "alteration": None if alt == "-" else alt,
                 "status": "positive" if st == "pos" else "negative", "threshold": thr,
                 "polarity": pol(rest[0] if rest else None)}]
    if k == "ps":
        scale = t[1]
        lo, hi = rng(t[2])
        if scale in ("ecog", "who"):
            me = hi
        elif scale in ("karnofsky", "lansky"):
            me = kps_to_ecog(lo)
        else:
            raise ValueError(f"bad scale {scale}")
        return [{"kind": "performance_status", "scale": scale, "min": lo, "max": hi, "max_ecog": me}]
    if k == "br":
        if t[1] not in BR:
            raise ValueError(f"bad br {t[1]}")
        return [{"kind": "brain_metastases", "rule": t[1]}]
    if k == "md":
        std = t[2] if len(t) > 2 and t[2] != "-" else None
        if t[1] not in ("required", "not_required") or (std and std not in MD_STD):
            raise ValueError(f"bad md {s}")
        return [{"kind": "measurable_disease", "rule": t[1], "standard": std}]
    if k == "age":
        lo, hi = rng(t[1])
        return [{"kind": "age", "min_years": lo, "max_years": hi}]
    if k == "sex":
        if t[1] not in ("female", "male"):
            raise ValueError(f"bad sex {t[1]}")
        return [{"kind": "sex", "value": t[1]}]
    if k == "tr":
        out = []
        for c in t[1].split(","):
            if c not in TR:
                raise ValueError(f"bad to_review {c}")
            out.append({"kind": "to_review", "category": c})
        return out
    raise ValueError(f"unknown fact {s}")


def main():
    src, dst = sys.argv[1], sys.argv[2]
    sample = {json.loads(l)["id"]: json.loads(l) for p in SAMPLES if os.path.exists(p) for l in open(p, encoding="utf-8")}
    seen = {}
    drops = {}
    errors = 0
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        iid = parts[0]
        if parts[1] == "drop":
            drops[iid] = parts[2] if len(parts) > 2 else "not a criterion"
            seen.pop(iid, None)
            continue
        drops.pop(iid, None)
        try:
            if iid not in sample:
                raise ValueError(f"unknown id {iid}")
            facts, unread = [], False
            for f in [x.strip() for x in parts[1].split(";") if x.strip()]:
                if f == "none":
                    unread = True
                else:
                    facts += parse_fact(f)
        except (ValueError, IndexError) as e:
            print(f"line {n}: {e}: {line}", file=sys.stderr)
            errors += 1
            continue
        r = sample[iid]
        lab = {"id": iid, "nct_id": r["nct_id"], "sha": r["sha"], "facts": facts}
        if unread or not facts:
            lab["unread_ok"] = True
        if len(parts) > 2 and parts[2]:
            lab["note"] = parts[2]
        seen[iid] = lab  # later lines override earlier ones (corrections)
    with open(dst, "w", encoding="utf-8") as fh:
        for iid in sorted(seen):
            fh.write(json.dumps(seen[iid], ensure_ascii=False) + "\n")
    # The drop list belongs to the primary labeller: a second labeller's run writes it only when asked
    # (third argument), so it cannot overwrite tests/eval/criteria/dropped.txt by accident.
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w", encoding="utf-8") as fh:
            for iid in sorted(drops):
                fh.write(f"{iid}\t{sample[iid]['nct_id']}\t{drops[iid]}\n")
    print(f"{len(seen)} labels written, {len(drops)} dropped, {errors} errors", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
