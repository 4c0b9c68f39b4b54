#!/usr/bin/env bash
# Crash test, long form: N rounds of "edit the tree, start jp-index, SIGKILL
# it at a varied moment (while extracting, as it commits, while it merges),
# check the index, re-run to completion, check again" on a generated tree,
# then prints how many rounds passed.
#
#   scripts/crash-test.sh [N] [PAGES]      # default 50 rounds, 5000 pages
#
# The tree comes from shared/tools/gencorpus.py when it is there (set
# GENCORPUS to its path), else from the test's own page generator. The
# checks are those of tests/crash.rs (test `crash_soak`, run in release).
set -euo pipefail

rounds="${1:-50}"
pages="${2:-5000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
gencorpus="${GENCORPUS:-$root/../shared/tools/gencorpus.py}"
[ -f "$gencorpus" ] || gencorpus=/work/shared/tools/gencorpus.py

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -f "$gencorpus" ]; then
    echo "crash-test: generating $pages pages with $(basename "$gencorpus")" >&2
    python3 "$gencorpus" --docs "$pages" --out "$work/gen" --seed 7 >/dev/null
    export CRASH_TREE="$work/gen/docs"
else
    echo "crash-test: gencorpus.py not found; using the test's own generator" >&2
fi

export CRASH_ROUNDS="$rounds" CRASH_PAGES="$pages"
cd "$root"
log="$work/crash.log"
set +e
cargo test --release --test crash -- --ignored --exact crash_soak --nocapture 2>&1 | tee "$log" >&2
status=${PIPESTATUS[0]}
set -e
grep -a '^crash-test: [0-9]*/[0-9]* runs passed' "$log" || echo "crash-test: did not finish (exit $status)"
exit "$status"
