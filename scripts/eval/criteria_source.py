"""Shared helpers for the eligibility-criteria evaluation set (stdlib only).

Loads criteria text from the shared ClinicalTrials.gov data at run time and splits it
into candidate criteria with a deliberately simple splitter that is independent of the
TrialMatcher parser.  Nothing here copies criteria text into the project.
"""
import glob
import json
import os
import re
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
# Every sample file, in the order the rounds were drawn; the labelling and display scripts look ids up in all of them.
SAMPLE_FILES = [os.path.join(ROOT, "tests", "eval", "criteria", f) for f in (
    "sample.jsonl", "sample-tune2.jsonl", "sample-r3.jsonl", "sample-r4.jsonl", "sample-r5.jsonl", "sample-r6.jsonl",
    "sample-r7.jsonl")]
DATA = os.environ.get("CTGOV_DATA", os.path.normpath(os.path.join(ROOT, "..", "shared", "data")))

CANCER_RE = re.compile(
    r"cancer|carcinoma|tumou?r|neoplasm|lymphoma|leukaemia|leukemia|myeloma|melanoma|sarcoma|glioma|blastoma|"
    r"malignan|metasta", re.I)


def _json_records(path):
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    if isinstance(d, list):
        studies = d
    elif isinstance(d, dict) and "studies" in d:
        studies = d["studies"]
    else:
        studies = [d]
    for s in studies:
        ps = s.get("protocolSection", {})
        nct = ps.get("identificationModule", {}).get("nctId")
        crit = ps.get("eligibilityModule", {}).get("eligibilityCriteria")
        idm = ps.get("identificationModule", {})
        conds = ps.get("conditionsModule", {}).get("conditions", []) or []
        titles = [idm.get("briefTitle") or "", idm.get("officialTitle") or ""]
        if nct and crit:
            yield nct, crit, conds, titles


def load_records():
    """Return dict nct_id -> {source, criteria, conditions, titles}.

    JSON (API v2) records win over XML for the same NCT id (newer version)."""
    recs = {}
    for f in sorted(glob.glob(os.path.join(DATA, "ctgov-xml", "*.xml"))):
        root = ET.parse(f).getroot()
        tb = root.find("eligibility/criteria/textblock")
        if tb is None or not (tb.text or "").strip():
            continue
        nct = root.findtext("id_info/nct_id")
        conds = [c.text or "" for c in root.findall("condition")]
        titles = [root.findtext("brief_title") or "", root.findtext("official_title") or ""]
        recs[nct] = dict(source="xml", criteria=tb.text, conditions=conds, titles=titles)
    jfiles = [os.path.join(DATA, "ctgov-json-v2", "nsclc-100-studies.json"),
              os.path.join(DATA, "ctgov-json-v2", "studies-page-with-nextPageToken.json")]
    jfiles += sorted(glob.glob(os.path.join(DATA, "ctgov-json-v2", "single-studies", "*.json")))
    for f in jfiles:
        if not os.path.exists(f):
            continue
        for nct, crit, conds, titles in _json_records(f):
            recs[nct] = dict(source="json", criteria=crit, conditions=conds, titles=titles)
    return recs


def is_cancer(rec):
    return bool(CANCER_RE.search(" ".join(rec["conditions"] + rec["titles"])))


BULLET_RE = re.compile(r"^[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u2013o](?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-zA-Z][.)](?=\s)|\(?[ivxIVX]{1,4}[.)](?=\s))[ \t]*")
INCL_RE = re.compile(r"\binclusion\b|\beligib", re.I)
EXCL_RE = re.compile(r"\bexclusion\b|\bineligib|\bnon-?inclusion\b", re.I)
NCI_RE = re.compile(r"^(DISEASE CHARACTERISTICS|PATIENT CHARACTERISTICS|PRIOR CONCURRENT THERAPY)", re.I)


INLINE_HEAD_RE = re.compile(
    r"^(DISEASE CHARACTERISTICS|PATIENT CHARACTERISTICS|PRIOR CONCURRENT THERAPY|"
    r"(?:key |main )?(?:inclusion|exclusion) criteria)\s*:\s*(?=\S)", re.I)


def _heading_section(text, current):
    """If the (bullet-free) line is a heading return the new section, else None."""
    t = text.strip()
    core = t.rstrip(":").strip()
    short = len(core) <= 80
    if NCI_RE.match(t) and short:
        return "inclusion"
    if short and re.match(r"^(key |main |additional |general |specific |major )?(inclusion|exclusion|eligibility|ineligibility|non-inclusion)\b", core, re.I) \
            and len(core.split()) <= 8:
        return "exclusion" if EXCL_RE.search(core) else "inclusion"
    if t.endswith(":") and short:
        return current  # sub-heading such as "Age:" or "Hepatic:" keeps the section
    return None


def split_items(criteria):
    """Split criteria text into candidate items.

    Returns list of dicts {offset, length, section}.  offset/length span the item from its first
    non-bullet character to its last non-space character (wrapped lines included)."""
    items = []
    section = "unknown"
    cur = None  # [start, end, section]
    pos = 0
    for line in criteria.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            if cur:
                items.append(cur)
                cur = None
            continue
        m = BULLET_RE.match(line)
        is_bullet = bool(m) and line[m.end():].strip() != ""
        body_start = lstart + (m.end() if is_bullet else len(line) - len(line.lstrip()))
        body = criteria[body_start:lstart + len(line)]
        body_end = body_start + len(body.rstrip())
        im = INLINE_HEAD_RE.match(body)
        if im and not is_bullet:
            # heading followed by text on the same line: "DISEASE CHARACTERISTICS: Histologically ..."
            if cur:
                items.append(cur)
                cur = None
            section = "exclusion" if EXCL_RE.search(im.group(1)) else "inclusion"
            body_start += im.end()
            body = criteria[body_start:lstart + len(line)]
            body_end = body_start + len(body.rstrip())
            cur = [body_start, body_end, section]
            continue
        sec = _heading_section(body, section)
        if sec is not None and not (is_bullet and not re.search(r"criteria|characteristics|therapy", body, re.I)):
            if cur:
                items.append(cur)
                cur = None
            section = sec
            continue
        if is_bullet or cur is None:
            if cur:
                items.append(cur)
            cur = [body_start, body_end, section]
        else:
            cur[1] = body_end  # wrapped continuation line
    if cur:
        items.append(cur)
    out = []
    for s, e, sec in items:
        if e - s >= 12:
            out.append(dict(offset=s, length=e - s, section=sec))
    return out
