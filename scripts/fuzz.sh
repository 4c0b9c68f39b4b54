#!/usr/bin/env bash
# Runs each cargo-fuzz target for SECONDS (default 60), one after the other,
# and prints how long each ran and how many inputs it tried.
#
#   scripts/fuzz.sh 600            # ten minutes per target
#   TARGETS=query scripts/fuzz.sh 60
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and, on stable Rust,
# RUSTC_BOOTSTRAP=1 (set here). Seeds come from corpus/docs (extract), a
# few query strings (query) and small hand-made archives (archive);
# findings land in fuzz/artifacts/<target>/.
# Exit status is non-zero if any target found a crash.
set -euo pipefail

secs="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
export RUSTC_BOOTSTRAP=1
targets="${TARGETS:-extract query archive}"
# Safe Rust gains little from AddressSanitizer and runs several times
# faster without it; SANITIZER=address turns it back on.
sanitizer="${SANITIZER:-none}"

mkdir -p corpus/extract corpus/query corpus/archive
# Seeds: the bundled sample pages, and queries from the labelled set.
if [ -d "$root/corpus/docs" ]; then
    find "$root/corpus/docs" -name '*.html' -size -64k -exec cp -n {} corpus/extract/ \;
fi
# Archive seeds: a plain and a gzipped WARC record, and a WordPress export.
python3 - corpus/archive <<'PY' || true
import gzip, os, sys
body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" \
    b"1a\r\n<html><title>x</title><p>y\r\n0\r\n\r\n"
rec = (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.example/\r\n"
       b"WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Length: %d\r\n\r\n" % len(body)) + body + b"\r\n\r\n"
wxr = (b'<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>T</title>'
       b'<content:encoded><![CDATA[a\n\nb]]></content:encoded><wp:post_id>1</wp:post_id>'
       b'<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>')
for name, data in [("warc", rec), ("warc-gz", gzip.compress(rec) + gzip.compress(rec)), ("wxr", wxr)]:
    open(os.path.join(sys.argv[1], name), "wb").write(data)
PY
if [ -f "$root/corpus/queries.jsonl" ]; then
    python3 - "$root/corpus/queries.jsonl" corpus/query <<'PY' || true
import json, sys, hashlib, os
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        q = json.loads(line).get("query")
    except ValueError:
        continue
    if q:
        data = b"\x00" + q.encode()
        name = hashlib.sha1(data).hexdigest()
        open(os.path.join(sys.argv[2], name), "wb").write(data)
PY
fi

status=0
for t in $targets; do
    case "$t" in
        extract) extra=(-max_len=16384 -dict=dict/html.dict -rss_limit_mb=4096) ;;
        query) extra=(-max_len=4096 -dict=dict/query.dict) ;;
        *) extra=() ;;
    esac
    log="$root/fuzz/fuzz-$t.log"
    echo "fuzz: $t for ${secs}s (log fuzz/fuzz-$t.log)"
    start=$(date +%s)
    # Build first, so the time budget is spent fuzzing, not compiling.
    cargo fuzz build "$t" --release --sanitizer "$sanitizer" >"$log" 2>&1
    if cargo fuzz run "$t" --release --sanitizer "$sanitizer" -- -max_total_time="$secs" \
        -timeout=30 -print_final_stats=1 "${extra[@]}" >>"$log" 2>&1; then
        result="clean"
    else
        result="FOUND A PROBLEM (see fuzz/artifacts/$t/)"
        status=1
    fi
    end=$(date +%s)
    execs=$(grep -a 'stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
    done_line=$(grep -a '^Done [0-9]* runs in' "$log" | tail -1)
    echo "fuzz: $t: ${done_line:-ran $((end - start))s including the build}, ${execs:-?} executions: $result"
done
exit $status
