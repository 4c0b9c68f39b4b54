#!/usr/bin/env bash
# Query latency of jp-query, with SQLite FTS5 timed in the same run on the
# same text, so the ratio between them is measured on one machine at one
# moment.
#
#   scripts/query-latency.sh INDEX_DIR [EXTRACTED_JSONL] [--runs N]
#
# INDEX_DIR is an index jp-index wrote. EXTRACTED_JSONL is what
# `jp-index extract` printed for the same pages (scripts/bench.sh makes
# it); without it the FTS5 rows are skipped.
#
# Measures, over a fixed list of 20 queries (broad, narrow, phrases,
# synonyms), each run N times (default 15):
#   - jp-query as a fresh process per query, ranked top 10 with snippets
#     and every facet count (--format json): p50 / p95;
#   - the same requests through one `jp-query --serve` process;
#   - sqlite3 (the CLI) as a fresh process per query on an FTS5 table of
#     the same extracted text: ranked top 10 (bm25) alone, with snippets,
#     and with snippets and one facet (kind) counted by GROUP BY;
#   - spawning /bin/true, the floor any fresh process pays here.
# Spawn-to-exit wall time is measured from Python with posix_spawn.
# Nothing here asserts a time.
set -euo pipefail

usage() { sed -n '2,23p' "$0"; exit 2; }
[ $# -ge 1 ] || usage
index=$1; shift
jsonl=""
runs=15
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    -*) usage ;;
    *) jsonl=$1; shift ;;
  esac
done
[ -f "$index/meta.json" ] || { echo "no index in $index" >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
(cd "$here" && cargo build --release --locked -q --bin jp-query)

JP_QUERY=$here/target/release/jp-query INDEX=$index JSONL=$jsonl RUNS=$runs python3 - <<'PY'
import json, os, sqlite3, statistics, subprocess, sys, tempfile, time

jp = os.environ["JP_QUERY"]
index = os.environ["INDEX"]
jsonl = os.environ["JSONL"]
runs = int(os.environ["RUNS"])

# Broad words (on most pages), narrow ones, phrases, and abbreviations
# that expand to their spelled-out forms.
QUERIES = [
    "probation", "prison", "unpaid work", '"approved premises"',
    "spice prison", "through the gate", "community rehabilitation company",
    "electronic monitoring", "youth justice", "drug treatment",
    "women's centres", "short sentences", "county lines", "HMPPS",
    "recall to custody", "mental health", "sentencing reform",
    "offender management", '"payment by results"', "victims",
]

def spawn_ms(argv):
    t = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
    os.waitpid(pid, 0)
    return (time.perf_counter() - t) * 1000

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

rows = []
def row(name, xs, note=""):
    rows.append((name, statistics.median(xs), pct(xs, 95), note))

true_ms = [spawn_ms(["/bin/true"]) for _ in range(runs * 4)]

# Warm the page cache once so every tool starts from the same state.
for q in QUERIES:
    subprocess.run([jp, "--index", index, "--format", "json", "--", q],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

fresh, broad = [], []
for _ in range(runs):
    for q in QUERIES:
        ms = spawn_ms([jp, "--index", index, "--format", "json", "--", q])
        fresh.append(ms)
        if q in ("probation", "prison"):
            broad.append(ms)

serve = subprocess.Popen([jp, "--index", index, "--serve"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, bufsize=1)
served = []
for r in range(runs + 1):
    for q in QUERIES:
        t = time.perf_counter()
        serve.stdin.write(json.dumps({"query": q}) + "\n")
        serve.stdin.flush()
        answer = serve.stdout.readline()
        ms = (time.perf_counter() - t) * 1000
        if r > 0:
            served.append(ms)
        if '"error"' in answer[:40]:
            sys.exit("jp-query --serve answered an error: " + answer[:200])
serve.stdin.close()
serve.wait()

row("spawn /bin/true (floor)", true_ms)
row("jp-query, fresh process", fresh, "top 10 + snippets + all facets")
row("  of which broad words", broad, "probation, prison")
row("jp-query --serve", served, "same requests, one process")

fts_ratio = None
if jsonl and os.path.exists(jsonl):
    tmp = tempfile.mkdtemp(prefix="jpfts5.")
    db = os.path.join(tmp, "pages.db")
    t = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE pages USING fts5(source UNINDEXED, kind UNINDEXED, "
                "title, body, tokenize='porter unicode61')")
    with open(jsonl, encoding="utf-8") as f:
        con.executemany("INSERT INTO pages VALUES (?,?,?,?)",
                        ((p["source"], p["kind"], p["title"], p["body"])
                         for p in map(json.loads, f)))
    con.commit()
    con.close()
    build_s = time.perf_counter() - t

    def fts(q):
        # FTS5 syntax: bare words are ANDed; keep phrases, drop apostrophes.
        return q.replace("'", "")

    sqlite = "/usr/bin/sqlite3" if os.path.exists("/usr/bin/sqlite3") else None
    if sqlite:
        plain, top, facet = [], [], []
        for _ in range(runs):
            for q in QUERIES:
                m = fts(q).replace("'", "''")
                plain.append(spawn_ms([sqlite, "-readonly", db,
                    f"SELECT source, title FROM pages WHERE pages MATCH '{m}' "
                    "ORDER BY rank LIMIT 10;"]))
                top.append(spawn_ms([sqlite, "-readonly", db,
                    "SELECT source, title, snippet(pages, 3, '[', ']', '...', 24) FROM pages "
                    f"WHERE pages MATCH '{m}' ORDER BY rank LIMIT 10;"]))
                facet.append(spawn_ms([sqlite, "-readonly", db,
                    "SELECT source, title, snippet(pages, 3, '[', ']', '...', 24) FROM pages "
                    f"WHERE pages MATCH '{m}' ORDER BY rank LIMIT 10; "
                    f"SELECT kind, count(*) FROM pages WHERE pages MATCH '{m}' GROUP BY kind;"]))
        row("SQLite FTS5, fresh sqlite3", plain, "top 10 (bm25), no snippets, no facets")
        row("SQLite FTS5 + snippets", top, "top 10 + snippets")
        row("SQLite FTS5 + snippets + one facet", facet, "plus GROUP BY kind")
        fts_ratio = statistics.median(plain) / statistics.median(fresh)
    else:
        print("sqlite3 CLI not found: FTS5 latency skipped (apt-get install sqlite3)",
              file=sys.stderr)
    print(f"FTS5 table built in {build_s:.1f} s, {os.path.getsize(db) / 1e6:.1f} MB",
          file=sys.stderr)

print(f"\nquery latency, {len(QUERIES)} queries x {runs} runs (ms)")
print(f"  {'':34} {'p50':>7} {'p95':>7}")
for name, p50, p95, note in rows:
    print(f"  {name:34} {p50:7.2f} {p95:7.2f}  {note}")
if fts_ratio and fts_ratio >= 1:
    print(f"  jp-query fresh p50 (with snippets and facets) is {fts_ratio:.1f}x faster "
          "than FTS5's plain top 10 (same run)")
elif fts_ratio:
    print(f"  FTS5's plain top 10 p50 is {1 / fts_ratio:.1f}x faster than jp-query fresh "
          "with snippets and facets (same run)")
PY
