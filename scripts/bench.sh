#!/usr/bin/env bash
# Benchmark jpsearch on a tree of saved pages, with peers measured in the
# same run so that ratios, not absolute times, are what gets compared.
#
#   scripts/bench.sh CORPUS_DIR [--out DIR] [--peers] [--no-queries] [--warc | --warc-only]
#
# CORPUS_DIR is a folder of pages, or a labelled set whose pages are in
# CORPUS_DIR/docs (what ../shared/tools/gencorpus.py writes):
#
#   python3 ../shared/tools/gencorpus.py --docs 20000 --seed 1 --out /tmp/gc20k
#   scripts/bench.sh /tmp/gc20k --peers
#
# Reports, for jp-index: wall time, pages/s, MB/s of HTML, peak RSS (from
# /usr/bin/time -v), index size and its share of the HTML; a re-run on the
# unchanged tree; a re-run after editing 10 pages (the edits are undone
# afterwards). Then query latency through scripts/query-latency.sh (fresh
# processes and --serve, with SQLite FTS5 on the same extracted text).
# With --peers it also indexes the same tree with Pagefind (npx pagefind)
# for the indexing ratio. With --warc it packs the same pages into .warc.gz
# files of 1,000 records (scripts/pack-warc.py: one gzip member per record,
# gzip-encoded HTTP bodies) and indexes them and the plain files
# alternately, three times each from scratch, reporting the medians and
# the ratios of time and peak RSS (--warc-only: that comparison alone).
# Nothing here asserts a time.
set -euo pipefail

usage() { sed -n '2,20p' "$0"; exit 2; }
[ $# -ge 1 ] || usage
corpus=$1; shift
out=""
peers=0
queries=1
warc=0
main=1
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --peers) peers=1; shift ;;
    --no-queries) queries=0; shift ;;
    --warc) warc=1; shift ;;
    --warc-only) warc=1; main=0; queries=0; shift ;;
    *) usage ;;
  esac
done
[ -d "$corpus/docs" ] && pages="$corpus/docs" || pages=$corpus
[ -d "$pages" ] || { echo "no such folder: $pages" >&2; exit 2; }
out=${out:-$(mktemp -d /tmp/jpbench.XXXXXX)}
mkdir -p "$out"
here=$(cd "$(dirname "$0")/.." && pwd)

echo "building release binaries..." >&2
(cd "$here" && cargo build --release --locked -q --bin jp-index --bin jp-query)
jp_index=$here/target/release/jp-index

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

n_pages=$(find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) | wc -l)
# printf, not print: awk prints sums past 2^31 in exponent form.
html_bytes=$(find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}')

# Runs a command under /usr/bin/time -v; sets $wall (s) and $rss (MB).
timed() {
  local log=$out/time.log
  /usr/bin/time -v "$@" >"$out/cmd.out" 2>"$log" || { cat "$log" >&2; return 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
}

if [ "$main" = 1 ]; then
index=$out/index
rm -rf "$index"
# Read every page once, untimed, so that jp-index and Pagefind (timed
# after it) both find the tree in the page cache: on these machines the
# kernel reclaims idle file pages, and a cold first read of 800 MB took
# four times as long as the indexing itself.
echo "reading the tree once into the page cache..." >&2
find "$pages" -type f \( -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat >/dev/null
echo "indexing $n_pages pages ($((html_bytes / 1000000)) MB)..." >&2
timed "$jp_index" --quiet --index "$index" "$pages"
index_wall=$wall index_rss=$rss
index_bytes=$(du -sb "$index" | cut -f1)

timed "$jp_index" --quiet --index "$index" "$pages"
rerun_wall=$wall

# Edit 10 pages (append a comment), re-run, then undo the edits.
mapfile -t edit < <(find "$pages" -type f -name '*.htm*' | sort | awk 'NR % 997 == 1' | head -10)
for f in "${edit[@]}"; do printf '\n<!-- jpsearch bench edit -->\n' >>"$f"; done
timed "$jp_index" --quiet --index "$index" "$pages"
edit_wall=$wall
for f in "${edit[@]}"; do
  head -c -30 "$f" >"$f.tmp" && cat "$f.tmp" >"$f" && rm -f "$f.tmp"
done
"$jp_index" --quiet --index "$index" "$pages"

pagefind_wall="" pagefind_rss=""
if [ "$peers" = 1 ]; then
  if command -v npx >/dev/null; then
    echo "indexing the same pages with Pagefind..." >&2
    rm -rf "$out/pagefind"
    if timed npx -y pagefind --site "$pages" --output-path "$out/pagefind"; then
      pagefind_wall=$wall pagefind_rss=$rss
    fi
  else
    echo "npx not found: Pagefind skipped" >&2
  fi
fi

awk -v n="$n_pages" -v b="$html_bytes" -v w="$index_wall" -v r="$index_rss" -v ib="$index_bytes" \
    -v rw="$rerun_wall" -v ew="$edit_wall" -v pw="$pagefind_wall" -v pr="$pagefind_rss" 'BEGIN {
  printf "\n%-34s %s\n", "jp-index", ""
  printf "  %-32s %d pages, %.0f MB of HTML\n", "tree", n, b / 1e6
  printf "  %-32s %.2f s  (%.0f pages/s, %.1f MB/s)\n", "index from scratch", w, n / w, b / 1e6 / w
  printf "  %-32s %d MB\n", "peak RSS", r
  printf "  %-32s %.1f MB (%.1f%% of the HTML)\n", "index size", ib / 1e6, 100 * ib / b
  printf "  %-32s %.2f s\n", "re-run, nothing changed", rw
  printf "  %-32s %.2f s\n", "re-run, 10 pages edited", ew
  if (pw != "") {
    printf "  %-32s %.2f s, peak RSS %d MB\n", "Pagefind, same pages", pw, pr
    printf "  %-32s %.1fx faster\n", "jp-index vs Pagefind", pw / w
  }
}'
fi

warc_wall="" warc_rss="" files_wall2="" files_rss2=""
if [ "$warc" = 1 ]; then
  # The same pages as .warc.gz files of about 1,000 records each, indexed
  # alternately with the plain files (three runs each, from scratch), so
  # that both see the same machine: medians of each are compared.
  warcs=$out/warc
  if [ ! -d "$warcs" ]; then
    echo "packing the pages into .warc.gz files..." >&2
    python3 "$here/scripts/pack-warc.py" "$pages" "$warcs"
  fi
  cat "$warcs"/*.warc.gz >/dev/null
  fw=() fr=() ww=() wr=()
  for i in 1 2 3; do
    echo "indexing as files and as WARC.gz, run $i of 3..." >&2
    rm -rf "$out/idx-files" "$out/idx-warc"
    timed "$jp_index" --quiet --index "$out/idx-files" "$pages"
    fw+=("$wall") fr+=("$rss")
    timed "$jp_index" --quiet --index "$out/idx-warc" "$warcs"
    ww+=("$wall") wr+=("$rss")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
  files_wall2=$(median "${fw[@]}") files_rss2=$(median "${fr[@]}")
  warc_wall=$(median "${ww[@]}") warc_rss=$(median "${wr[@]}")
  awk -v fw="$files_wall2" -v fr="$files_rss2" -v ww="$warc_wall" -v wr="$warc_rss" \
      -v n="$n_pages" -v runs="${fw[*]} | ${ww[*]}" 'BEGIN {
    printf "\n%-34s %s\n", "jp-index, files vs WARC.gz", "(median of 3 alternating runs)"
    printf "  %-32s %.2f s, peak RSS %d MB\n", "files", fw, fr
    printf "  %-32s %.2f s, peak RSS %d MB\n", "WARC.gz (1,000 records each)", ww, wr
    printf "  %-32s %.2fx time, %.2fx peak RSS\n", "WARC.gz / files", ww / fw, wr / fr
    printf "  %-32s %s\n", "all runs (files | WARC.gz), s", runs
  }'
fi

if [ "$queries" = 1 ]; then
  echo "extracting text for the FTS5 baseline..." >&2
  "$jp_index" extract "$pages" >"$out/extracted.jsonl" 2>/dev/null || true
  "$here/scripts/query-latency.sh" "$index" "$out/extracted.jsonl"
fi
echo "(work files in $out)" >&2
