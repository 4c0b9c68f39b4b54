#!/usr/bin/env python3
"""Packs a folder of saved pages into .warc.gz files, for scripts/bench.sh.

    scripts/pack-warc.py PAGES_DIR OUT_DIR [--per-file N]

Each page becomes one `response` record (an HTTP 200 with a text/html
Content-Type, the body gzip-encoded as most servers send it), each record
its own gzip member, about N records (default 1,000) per file, preceded
by a `warcinfo` and followed by nothing else. The target URI is
https://bench.example/ plus the page's path; the capture time counts up
one second per record from 2024-01-01.
"""
import argparse
import datetime
import gzip
import os
import sys
import uuid


def record(kind, uri, date, content_type, block):
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        f"WARC-Date: {date}",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def response(uri, date, html):
    body = gzip.compress(html, compresslevel=6)
    http = (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        f"Content-Encoding: gzip\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    return record("response", uri, date, "application/http; msgtype=response", http)


def pages(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith((".html", ".htm")):
                yield os.path.join(dirpath, name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages")
    ap.add_argument("out")
    ap.add_argument("--per-file", type=int, default=1000)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    out = None
    n = 0
    for n, path in enumerate(pages(args.pages)):
        if n % args.per_file == 0:
            if out:
                out.close()
            out = open(os.path.join(args.out, f"bench-{n // args.per_file:05d}.warc.gz"), "wb")
            info = b"software: scripts/pack-warc.py\r\nformat: WARC File Format 1.1\r\n"
            date = start.strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(gzip.compress(record("warcinfo", None, date, "application/warc-fields", info), 6))
        rel = os.path.relpath(path, args.pages).replace(os.sep, "/")
        date = (start + datetime.timedelta(seconds=n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        with open(path, "rb") as f:
            html = f.read()
        out.write(gzip.compress(response(f"https://bench.example/{rel}", date, html), 6))
    if out:
        out.close()
    print(f"packed {n + 1 if out else 0} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
