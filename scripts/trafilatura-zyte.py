#!/usr/bin/env python3
"""Runs trafilatura on the vendored Zyte benchmark pages for
scripts/extraction-bench.sh: writes its bodies in the benchmark's JSON
format and prints the extraction time (pages decompressed beforehand, so
the time is extraction alone, as for jpsearch).

    trafilatura-zyte.py BENCH_DIR OUT.json
"""
import gzip
import json
import sys
import time
from pathlib import Path

import trafilatura


def main() -> None:
    bench, out = Path(sys.argv[1]), Path(sys.argv[2])
    pages = {}
    for path in sorted((bench / "html").glob("*.html.gz")):
        with gzip.open(path, "rt", encoding="utf8") as f:
            pages[path.name.split(".")[0]] = f.read()
    start = time.perf_counter()
    bodies = {
        key: {"articleBody": trafilatura.extract(html, include_comments=False) or ""}
        for key, html in pages.items()
    }
    seconds = time.perf_counter() - start
    out.write_text(json.dumps({"version": trafilatura.__version__, "output": bodies}))
    print(f"{seconds:.3f}")


if __name__ == "__main__":
    main()
