#!/usr/bin/env python3
"""Check the sample corpus against its own labels.

    python3 corpus/tools/check.py [--gazetteer PATH] [--scan]

- every gold row has a page, every page a gold row; fields and kinds valid
- pages decode with the charset they declare; legacy pages are really
  windows-1252 / ISO-8859-1 and contain non-ASCII bytes; the BOM page has one
- title is the page's h1 (or legacy headline) text; dates parse, 2010-2026
- every must_contain phrase is in the article text and in the decoded page
- every must_not_contain phrase is in the decoded page but not the article
- areas / providers use canonical names
- with --scan and a gazetteer, a rough alias scan of the article text is
  printed next to the gold labels, for a human to review
"""
import codecs
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import strip_tags  # noqa: E402
import pages_blog, pages_insp, pages_govuk, pages_news, pages_charity, pages_report  # noqa: E402

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

AREAS = """Northumbria Durham Cleveland Cumbria Lancashire Merseyside|Greater Manchester|Cheshire|West Yorkshire|South Yorkshire|
North Yorkshire|Humberside|Derbyshire|Nottinghamshire|Leicestershire|Lincolnshire|Northamptonshire|West Midlands|Staffordshire|
Warwickshire|West Mercia|Norfolk|Suffolk|Cambridgeshire|Bedfordshire|Hertfordshire|Essex|London|Kent|Surrey|Sussex|Hampshire|
Thames Valley|Avon and Somerset|Gloucestershire|Wiltshire|Dorset|Devon and Cornwall|Gwent|South Wales|Dyfed-Powys|North Wales|
England|Wales|Scotland|Northern Ireland|North East|North West|Yorkshire and the Humber|East Midlands|East of England|South East|South West"""
AREAS = set(x.strip() for x in re.split(r"[|\n]", AREAS.replace("Northumbria Durham Cleveland Cumbria Lancashire Merseyside",
                                                               "Northumbria|Durham|Cleveland|Cumbria|Lancashire|Merseyside")) if x.strip())
PROVIDERS = {"National Probation Service", "Probation Service", "HM Prison and Probation Service", "National Offender Management Service",
             "Sodexo Justice Services", "Purple Futures", "Interserve", "MTCnovo", "Working Links", "Seetec",
             "Achieving Real Change in Communities", "Reducing Reoffending Partnership", "Ingeus", "G4S", "Serco", "MTC", "Nacro",
             "St Giles Trust", "Catch22", "Change Grow Live", "Turning Point", "We Are With You", "Phoenix Futures", "The Forward Trust",
             "Humankind", "Clinks", "Shelter", "Women in Prison", "Together Women", "PeoplePlus"}
CRCS = {"Bedfordshire Northamptonshire Cambridgeshire and Hertfordshire CRC", "Bristol Gloucestershire Somerset and Wiltshire CRC",
        "Cheshire and Greater Manchester CRC", "Cumbria and Lancashire CRC", "Derbyshire Leicestershire Nottinghamshire and Rutland CRC",
        "Dorset Devon and Cornwall CRC", "Durham Tees Valley CRC", "Essex CRC", "Hampshire and Isle of Wight CRC",
        "Humberside Lincolnshire and North Yorkshire CRC", "Kent Surrey and Sussex CRC", "London CRC", "Merseyside CRC",
        "Norfolk and Suffolk CRC", "Northumbria CRC", "South Yorkshire CRC", "Staffordshire and West Midlands CRC", "Thames Valley CRC",
        "Wales CRC", "Warwickshire and West Mercia CRC", "West Yorkshire CRC"}
KINDS = {"blog", "inspection", "news", "report", "other"}
FIELDS = ["file", "title", "date", "kind", "areas", "primary_area", "providers", "must_contain", "must_not_contain"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def article_text(p):
    """Article text from the page definitions (what a perfect extractor keeps)."""
    parts = [p["title"]]
    for k in ("standfirst", "lead", "summary", "subtitle"):
        if k in p:
            parts.append(p[k])
    body = p["body"]
    parts.append(" ".join(body) if isinstance(body, list) else body)
    if "findings" in p:
        parts += p["findings"]
    return norm(strip_tags(" \n ".join(parts)))


def declared_charset(raw):
    head = raw[:2048].decode("ascii", errors="replace")
    m = re.search(r'charset=["\']?([A-Za-z0-9_-]+)', head, re.I)
    return m.group(1).lower() if m else None


def decode(raw):
    cs = declared_charset(raw)
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8"), "utf-8+bom"
    py = {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "utf-8": "utf-8"}[cs]
    return raw.decode(py), cs


def main():
    args = sys.argv[1:]
    errors = []
    pages = {p["file"]: p for mod in (pages_blog, pages_insp, pages_govuk, pages_news, pages_charity, pages_report) for p in mod.PAGES}
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    gold_files = [g["file"] for g in gold]
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith(".html"))
    if sorted(gold_files) != docs:
        errors.append(f"gold/docs mismatch: {set(gold_files) ^ set(docs)}")
    if len(set(gold_files)) != len(gold_files):
        errors.append("duplicate gold rows")
    legacy = 0
    for g in gold:
        fn = g["file"]
        if list(g.keys()) != FIELDS:
            errors.append(f"{fn}: fields {list(g.keys())}")
        path = os.path.join(DOCS, fn)
        if not os.path.exists(path):
            errors.append(f"{fn}: missing"); continue
        raw = open(path, "rb").read()
        try:
            text, cs = decode(raw)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{fn}: decode failed {e}"); continue
        if fn.startswith("charity-legacy"):
            if cs not in ("windows-1252", "iso-8859-1"):
                errors.append(f"{fn}: legacy page declares {cs}")
            if not any(b >= 0x80 for b in raw):
                errors.append(f"{fn}: no non-ASCII bytes")
            try:
                raw.decode("utf-8")
                errors.append(f"{fn}: legacy page is valid UTF-8 (should be single-byte)")
            except UnicodeDecodeError:
                pass
            if "<table" not in text or "<font" not in text or re.search(r"<(article|main|header|footer|nav|section|h1)\b", text):
                errors.append(f"{fn}: legacy page should be table/font layout without semantic tags")
            legacy += 1
        page_text = norm(strip_tags(text))
        p = pages.get(fn)
        if p is None:
            errors.append(f"{fn}: no page definition"); continue
        art = article_text(p)
        # title
        m = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S)
        shown = norm(strip_tags(m.group(1))) if m else None
        if shown is None:
            m = re.search(r'<font face="Georgia, Times New Roman" size="4"[^>]*><b>(.*?)</b>', text, re.S)
            shown = norm(strip_tags(m.group(1))) if m else None
        if shown != g["title"]:
            errors.append(f"{fn}: title {g['title']!r} != shown {shown!r}")
        # date
        try:
            dd = datetime.date.fromisoformat(g["date"])
            if not (datetime.date(2010, 1, 1) <= dd <= datetime.date(2026, 12, 31)):
                errors.append(f"{fn}: date out of range")
        except Exception:  # noqa: BLE001
            errors.append(f"{fn}: bad date {g['date']!r}")
        if g["kind"] not in KINDS:
            errors.append(f"{fn}: kind {g['kind']}")
        for a in g["areas"]:
            if a not in AREAS:
                errors.append(f"{fn}: non-canonical area {a!r}")
        if g["primary_area"] is not None and g["primary_area"] not in g["areas"]:
            errors.append(f"{fn}: primary_area not in areas")
        for pr in g["providers"]:
            if pr not in PROVIDERS and pr not in CRCS:
                errors.append(f"{fn}: non-canonical provider {pr!r}")
        if not (3 <= len(g["must_contain"]) <= 5) or not (2 <= len(g["must_not_contain"]) <= 5):
            errors.append(f"{fn}: phrase counts {len(g['must_contain'])}/{len(g['must_not_contain'])}")
        for ph in g["must_contain"]:
            if ph not in art:
                errors.append(f"{fn}: must_contain not in article: {ph!r}")
            if ph not in page_text:
                errors.append(f"{fn}: must_contain not in page: {ph!r}")
        for ph in g["must_not_contain"]:
            if ph not in page_text:
                errors.append(f"{fn}: must_not_contain not in page: {ph!r}")
            if ph in art:
                errors.append(f"{fn}: must_not_contain is in article: {ph!r}")
        # word count of the article
        n = len(art.split())
        if not (250 <= n <= 700):
            errors.append(f"{fn}: article has {n} words")
    if legacy < 3:
        errors.append(f"only {legacy} legacy charset pages")
    # queries
    for line in open(os.path.join(ROOT, "queries.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        for fn, grade in q["relevant"].items():
            if fn not in gold_files or grade not in (1, 2, 3):
                errors.append(f"query {q['id']}: bad relevant {fn} {grade}")
        f = q.get("filters", {})
        for k, v in f.items():
            if k == "area" and v not in AREAS: errors.append(f"query {q['id']}: area filter {v}")
            if k == "provider" and v not in PROVIDERS | CRCS: errors.append(f"query {q['id']}: provider filter {v}")
            if k in ("from", "to"): datetime.date.fromisoformat(v)
        byfile = {g["file"]: g for g in gold}
        for fn in q["relevant"]:
            g = byfile.get(fn)
            if not g:
                continue
            if "area" in f and f["area"] not in g["areas"]: errors.append(f"query {q['id']}: {fn} lacks area {f['area']}")
            if "provider" in f and f["provider"] not in g["providers"]: errors.append(f"query {q['id']}: {fn} lacks provider {f['provider']}")
            if "from" in f and g["date"] < f["from"]: errors.append(f"query {q['id']}: {fn} before {f['from']}")
            if "to" in f and g["date"] > f["to"]: errors.append(f"query {q['id']}: {fn} after {f['to']}")
    if "--scan" in args:
        i = args.index("--gazetteer") + 1 if "--gazetteer" in args else None
        scan(pages, gold, args[i] if i else "/work/shared/reference/gazetteer.toml")
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold)} pages checked, {legacy} legacy single-byte pages, {len(errors)} errors")
    return 1 if errors else 0


def scan(pages, gold, gaz_path):
    """Rough whole-word alias scan (no context rules), for human review."""
    import tomllib
    gz = tomllib.load(open(gaz_path, "rb"))
    terms = {}
    for a in gz["area"]:
        for t in [a["name"]] + a.get("aliases", []) + a.get("places", []):
            terms.setdefault(t, set()).add(("A", a["name"]))
        for e in a.get("establishments", []):
            for pre in ("HMP ", "HMYOI ", "HMP & YOI ", "HMP/YOI ", "YOI ", "STC ", "IRC "):
                terms.setdefault(pre + e, set()).add(("A", a["name"]))
            terms.setdefault(e + " prison", set()).add(("A", a["name"]))
    for pr in gz["provider"]:
        for t in [pr["name"]] + pr.get("aliases", []):
            terms.setdefault(t, set()).add(("P", pr["name"]))
    for c in gz["crc"]:
        for t in [c["provider"], c["official_name"]] + c.get("aliases", []):
            terms.setdefault(t, set()).add(("P", c["provider"]))
            for a in c["areas"]:
                terms.setdefault(t, set()).add(("A", a))
    ordered = sorted(terms, key=len, reverse=True)
    for g in gold:
        p = pages[g["file"]]
        art = article_text(p)
        found_a, found_p, hits = set(), set(), []
        taken = [False] * len(art)
        for t in ordered:
            for m in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", art):
                if any(taken[m.start():m.end()]):
                    continue
                for i in range(m.start(), m.end()):
                    taken[i] = True
                hits.append(t)
                for kind, name in terms[t]:
                    (found_a if kind == "A" else found_p).add(name)
        ga, gp = set(g["areas"]) - {"England", "Wales"}, set(g["providers"])
        fa = found_a - {"England", "Wales"}
        if fa != ga or found_p != gp:
            print(f"\n{g['file']}")
            if fa - ga: print("  scan-only areas:", sorted(fa - ga))
            if ga - fa: print("  gold-only areas:", sorted(ga - fa))
            if found_p - gp: print("  scan-only providers:", sorted(found_p - gp))
            if gp - found_p: print("  gold-only providers:", sorted(gp - found_p))
            print("  hits:", sorted(set(hits)))


if __name__ == "__main__":
    sys.exit(main())
