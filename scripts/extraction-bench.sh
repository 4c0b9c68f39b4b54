#!/usr/bin/env bash
# Body extraction on real pages: the vendored Zyte article-extraction
# benchmark (benches/zyte/, 181 news and blog pages, MIT), scored with the
# benchmark's own metric (examples/zyte). When a Python with trafilatura is
# found ($PYTHON, else python3), trafilatura runs on the same pages in the
# same run, is scored by the same code, and the ratio of the two
# extraction times is printed. Nothing here asserts a figure; the floor is
# tests/zyte_benchmark.rs.
#
#   scripts/extraction-bench.sh [--worst N]
#
# A Python with trafilatura, for example:
#   python3 -m venv /tmp/trafvenv && /tmp/trafvenv/bin/pip install trafilatura lxml_html_clean
#   PYTHON=/tmp/trafvenv/bin/python scripts/extraction-bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bench=$here/benches/zyte
python=${PYTHON:-python3}
extra=("$@")

cargo build -q --release --example zyte --manifest-path "$here/Cargo.toml"
zyte=$here/target/release/examples/zyte

ours=$("$zyte" --dir "$bench" "${extra[@]}")
echo "$ours"
our_time=$(echo "$ours" | sed -n 's/.*time \([0-9.]*\) s.*/\1/p' | head -1)

if "$python" -c 'import trafilatura' 2>/dev/null; then
  out=$(mktemp /tmp/trafilatura-zyte.XXXXXX.json)
  trap 'rm -f "$out"' EXIT
  traf_time=$("$python" "$here/scripts/trafilatura-zyte.py" "$bench" "$out")
  version=$("$python" -c 'import trafilatura; print(trafilatura.__version__)')
  "$zyte" --dir "$bench" --pred "$out" | sed "s|^$out|trafilatura $version|;s|\$|  time $traf_time s|"
  awk -v a="$traf_time" -v b="$our_time" \
    'BEGIN { printf "jpsearch is %.1fx faster than trafilatura (%.3f s vs %.3f s)\n", a / b, b, a }'
else
  echo "trafilatura: not run (no 'import trafilatura' in $python; set PYTHON)"
fi
