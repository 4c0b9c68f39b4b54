#!/usr/bin/env python3
"""Build the jpsearch sample corpus: corpus/docs/*.html and corpus/gold.jsonl.

    python3 corpus/tools/build.py

Article text, templates, comments and sidebars are all in this folder and
were written for this corpus. Queries live in queries.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tpl_blog, tpl_insp, tpl_govuk, tpl_news, tpl_charity, tpl_report  # noqa: E402
import pages_blog, pages_insp, pages_govuk, pages_news, pages_charity, pages_report  # noqa: E402
import queries  # noqa: E402

ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

KIND = {"blog": "blog", "insp": "inspection", "govuk": "news", "news": "news", "charity": "news", "report": "report"}
FIELDS = ["file", "title", "date", "kind", "areas", "primary_area", "providers", "must_contain", "must_not_contain"]


def family(fn):
    return fn.split("-", 1)[0]


def render_all():
    out = []
    for p in pages_blog.PAGES:
        out.append((p, tpl_blog.render(p, pages_blog.PAGES), "utf-8"))
    for p in pages_insp.PAGES:
        out.append((p, tpl_insp.render(p), "utf-8"))
    for p in pages_govuk.PAGES:
        out.append((p, tpl_govuk.render(p), "utf-8"))
    for p in pages_news.PAGES:
        out.append((p, tpl_news.render(p), "utf-8"))
    for p in pages_charity.PAGES:
        out.append((p, tpl_charity.render(p), p.get("encoding", "utf-8")))
    for p in pages_report.PAGES:
        out.append((p, tpl_report.render(p), "utf-8"))
    return out


def main():
    os.makedirs(DOCS, exist_ok=True)
    pages = render_all()
    files = [p["file"] for p, _, _ in pages]
    assert len(files) == len(set(files)), "duplicate file names"
    # remove stale pages
    for fn in os.listdir(DOCS):
        if fn.endswith(".html") and fn not in files:
            os.remove(os.path.join(DOCS, fn))
    gold = []
    for p, html_text, enc in pages:
        path = os.path.join(DOCS, p["file"])
        if enc in ("cp1252", "latin-1"):
            data = html_text.encode(enc, errors="xmlcharrefreplace")
        else:
            data = html_text.encode(enc)
        with open(path, "wb") as f:
            f.write(data)
        g = dict(p["gold"])
        row = {
            "file": p["file"], "title": p["title"], "date": p["date"], "kind": KIND[family(p["file"])],
            "areas": g["areas"], "primary_area": g["primary_area"], "providers": g["providers"],
            "must_contain": g["must_contain"], "must_not_contain": g["must_not_contain"],
        }
        gold.append({k: row[k] for k in FIELDS})
    gold.sort(key=lambda r: r["file"])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "queries.jsonl"), "w", encoding="utf-8") as f:
        for q in queries.QUERIES:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(pages)} pages, {len(gold)} gold rows, {len(queries.QUERIES)} queries")


if __name__ == "__main__":
    main()
