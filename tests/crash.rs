//! Crash-safe indexing: `jp-index` killed with SIGKILL at varied moments
//! (while extracting, as it commits, while it merges) never costs the last
//! commit. After each kill the index opens and answers `jp-query` from
//! exactly its previous commit or exactly the new one (a run commits once,
//! so nothing in between may ever be seen); the next run completes with one
//! document per page; and no files are left behind to grow the folder.
//!
//! `crash_kill_at_varied_moments` runs a few rounds on a small generated
//! tree and is part of the normal suite. `crash_soak` (ignored) is driven
//! by `scripts/crash-test.sh N`, which points it at a bigger tree and asks
//! for N rounds; it prints how many rounds passed.

#[path = "common/tree.rs"]
mod tree;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime};

use tempfile::TempDir;
use tree::*;

/// A query every page matches: nothing but the exclusion of a word no page
/// has.
const MATCH_ALL: &str = "-zqnosuchwordanywhere";

/// When to kill the writer.
#[derive(Clone, Copy, Debug)]
enum Moment {
    /// After this share of a clean run's duration (extraction, mostly).
    Fraction(f64),
    /// As soon as a new file appears in the index folder (a segment being
    /// flushed).
    FirstNewFile,
    /// As soon as meta.json changes: the commit just landed; merges and
    /// garbage collection are under way.
    AfterCommit,
    /// At once, while it opens the index and reads the manifest.
    Immediately,
}

fn moment_for(round: usize) -> Moment {
    const FRACTIONS: [f64; 7] = [0.15, 0.4, 0.65, 0.85, 0.95, 1.05, 0.3];
    match round % 5 {
        0 => Moment::Fraction(FRACTIONS[(round / 5) % FRACTIONS.len()]),
        1 => Moment::AfterCommit,
        2 => Moment::FirstNewFile,
        3 => Moment::Fraction(FRACTIONS[(round / 5 + 3) % FRACTIONS.len()]),
        _ => {
            if round % 10 == 4 {
                Moment::Immediately
            } else {
                Moment::AfterCommit
            }
        }
    }
}

fn meta_stamp(idx: &Path) -> Option<(SystemTime, u64)> {
    let md = std::fs::metadata(idx.join("meta.json")).ok()?;
    Some((md.modified().ok()?, md.len()))
}

fn file_names(idx: &Path) -> HashSet<String> {
    std::fs::read_dir(idx)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Starts jp-index and kills it with SIGKILL at `moment`. Returns whether
/// it was killed (false: it finished first).
fn run_and_kill(idx: &Path, root: &Path, moment: Moment, clean_run: Duration) -> bool {
    let before_meta = meta_stamp(idx);
    let before_files = file_names(idx);
    let mut child = jp_index(idx, root)
        .args(["--memory", "16", "--threads", "2", "--quiet"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start jp-index");
    let started = Instant::now();
    let deadline = match moment {
        Moment::Fraction(f) => clean_run.mul_f64(f),
        Moment::Immediately => Duration::ZERO,
        // Wait for the event, but not for ever: kill anyway by then.
        _ => clean_run.mul_f64(3.0) + Duration::from_secs(5),
    };
    loop {
        if let Some(_st) = child.try_wait().expect("try_wait") {
            return false;
        }
        let fire = started.elapsed() >= deadline
            || match moment {
                Moment::AfterCommit => meta_stamp(idx) != before_meta,
                Moment::FirstNewFile => file_names(idx).difference(&before_files).next().is_some(),
                _ => false,
            };
        if fire {
            let _ = child.kill();
            let st = child.wait().expect("wait");
            return killed(&st);
        }
        if started.elapsed() > WATCHDOG {
            let _ = child.kill();
            panic!("jp-index hung");
        }
        std::thread::sleep(Duration::from_micros(500));
    }
}

/// A tiny deterministic generator (no dependency, reproducible rounds).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Edits, adds and deletes a few pages of `root` between rounds.
fn mutate(root: &Path, rng: &mut Lcg, round: usize) {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else if e.path().extension().is_some_and(|x| x == "html") {
                files.push(e.path());
            }
        }
    }
    files.sort();
    let n = files.len();
    if n == 0 {
        return;
    }
    let edits = (n / 10).max(1);
    let adds = (n / 20).max(1);
    let deletes = (n / 30).max(1);
    for k in 0..edits {
        let f = &files[rng.below(n)];
        let mut text = std::fs::read(f).unwrap();
        text.extend_from_slice(
            format!(
                "\n<p>Edited in round {round} ({k}): probation update {}.</p>\n",
                { unique_word(1_000_000 + round * 1000 + k) }
            )
            .as_bytes(),
        );
        std::fs::write(f, text).unwrap();
    }
    for k in 0..adds {
        let src = &files[rng.below(n)];
        let dst = src.with_file_name(format!("added-r{round}-{k}.html"));
        let mut text = std::fs::read(src).unwrap();
        text.extend_from_slice(format!("\n<p>Copy {round}-{k}.</p>\n").as_bytes());
        std::fs::write(dst, text).unwrap();
    }
    for _ in 0..deletes {
        let f = &files[rng.below(n)];
        let _ = std::fs::remove_file(f);
    }
}

/// Checks one killed run's aftermath. `prev`: the sources of the last
/// commit before the run (None: no index existed). `next`: the sources the
/// run would commit.
fn check_after_kill(
    idx: &Path,
    prev: Option<&HashSet<String>>,
    next: &HashSet<String>,
) -> Result<(), String> {
    if !idx.join("meta.json").exists() {
        if prev.is_some_and(|p| !p.is_empty()) {
            return Err("a committed index vanished".into());
        }
        // Never committed: jp-query must say so clearly.
        let (code, v) = query_json(idx, &[COMMON_WORD]);
        if code != Some(2) || v["error"]["code"] != "no_index" {
            return Err(format!("no index, but jp-query said {v} (exit {code:?})"));
        }
        return Ok(());
    }
    let (index, _) = jpsearch::schema::open(idx).map_err(|e| format!("does not open: {e}"))?;
    let searcher = index.reader().map_err(|e| e.to_string())?.searcher();
    let num_docs = searcher.num_docs();
    // One root per run here, so a page's source identifies it.
    let sources: HashSet<String> = jpsearch::index::manifest(&index)
        .map_err(|e| e.to_string())?
        .into_keys()
        .map(|k| jpsearch::schema::split_doc_key(&k).1.to_string())
        .collect();
    if num_docs != sources.len() as u64 {
        return Err(format!(
            "duplicates: {num_docs} docs, {} distinct sources",
            sources.len()
        ));
    }
    let empty = HashSet::new();
    let prev = prev.unwrap_or(&empty);
    if &sources != prev && &sources != next {
        return Err(format!(
            "a state that was never committed: {} sources (previous commit {}, next {})",
            sources.len(),
            prev.len(),
            next.len()
        ));
    }
    // jp-query answers from that commit. Only an exclusion: every page
    // matches (gencorpus pages need not share a word).
    let (code, v) = query_json(idx, &["-n", "100", "--", MATCH_ALL]);
    if v.get("error").is_some() {
        return Err(format!("jp-query failed after a kill: {v}"));
    }
    let total = v["total"].as_u64().unwrap_or(u64::MAX);
    let want_code = if num_docs > 0 { Some(0) } else { Some(1) };
    if total != num_docs || code != want_code || kind_sum(&v) != total {
        return Err(format!(
            "jp-query total {total} (exit {code:?}), kind facets {}, index has {num_docs}",
            kind_sum(&v)
        ));
    }
    Ok(())
}

/// One round: mutate (after the first), kill a run, check, then a clean run
/// and its checks. `clean_run`: how long a run doing this round's work is
/// expected to take (to place the kill; nothing is asserted about time).
/// Returns how long the recovery run took, the estimate for the next round.
fn round(
    idx: &Path,
    root: &Path,
    rng: &mut Lcg,
    r: usize,
    clean_run: Duration,
    log: bool,
) -> Result<Duration, String> {
    if r > 0 {
        mutate(root, rng, r);
    }
    let prev = idx
        .join("meta.json")
        .exists()
        .then(|| index_state(idx).sources);
    let next = page_sources(root);
    let moment = moment_for(r);
    let was_killed = run_and_kill(idx, root, moment, clean_run);
    check_after_kill(idx, prev.as_ref(), &next).map_err(|e| format!("after kill: {e}"))?;
    // The next run completes and leaves exactly the tree, once each.
    let recovery_started = Instant::now();
    let out = run(
        {
            let mut c = jp_index(idx, root);
            c.args(["--memory", "16", "--threads", "2"]);
            c
        },
        "jp-index",
    );
    let recovery = recovery_started.elapsed();
    if !out.status.success() {
        return Err(format!(
            "the run after a kill failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let state = index_state(idx);
    if state.num_docs != state.sources.len() as u64 {
        return Err(format!(
            "duplicates after recovery: {} docs, {} sources",
            state.num_docs,
            state.sources.len()
        ));
    }
    if state.sources != next {
        return Err(format!(
            "after recovery the index has {} pages, the tree {}",
            state.sources.len(),
            next.len()
        ));
    }
    let orphans = orphan_files(idx);
    if !orphans.is_empty() {
        return Err(format!("files left behind after recovery: {orphans:?}"));
    }
    if log {
        eprintln!(
            "round {r}: {moment:?}, {}, {} pages, {} segments' files",
            if was_killed {
                "killed"
            } else {
                "finished first"
            },
            state.num_docs,
            folder_stats(idx).0
        );
    }
    Ok(recovery)
}

/// Measures a clean run on a scratch index (to place the kills; nothing is
/// asserted about the time).
fn clean_run_time(root: &Path) -> Duration {
    let scratch = TempDir::new().unwrap();
    let started = Instant::now();
    let out = run(
        {
            let mut c = jp_index(&scratch.path().join("idx"), root);
            c.args(["--memory", "16", "--threads", "2", "--quiet"]);
            c
        },
        "jp-index",
    );
    assert!(out.status.success());
    started.elapsed()
}

/// Two clean runs with nothing changed leave the folder as it was.
fn assert_folder_stable(idx: &Path, root: &Path) {
    index_ok(idx, root);
    let a = folder_stats(idx);
    index_ok(idx, root);
    let b = folder_stats(idx);
    assert_eq!(a, b, "the index folder changed on a no-op run");
    assert_eq!(orphan_files(idx), Vec::<String>::new());
    assert_exactly(idx, root);
}

#[test]
fn crash_kill_at_varied_moments() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..300);
    let mut estimate = clean_run_time(&root);
    let mut rng = Lcg(5);
    // Rounds cover each kind of moment at least once; by the last ones the
    // segments have piled up enough for Tantivy to merge after the commit.
    for r in 0..9 {
        match round(&idx, &root, &mut rng, r, estimate, true) {
            Ok(took) => estimate = took,
            Err(e) => panic!("round {r} ({:?}): {e}", moment_for(r)),
        }
    }
    assert_folder_stable(&idx, &root);
}

#[test]
fn killed_before_any_commit_leaves_no_index_or_an_empty_one() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..50);
    run_and_kill(&idx, &root, Moment::Immediately, Duration::ZERO);
    check_after_kill(&idx, None, &page_sources(&root)).unwrap();
    index_ok(&idx, &root);
    assert_exactly(&idx, &root);
}

/// `scripts/crash-test.sh N`: N rounds on the tree in `$CRASH_TREE` (copied
/// first, since rounds edit it), printing how many passed.
#[test]
#[ignore = "long: run through scripts/crash-test.sh"]
fn crash_soak() {
    let rounds: usize = std::env::var("CRASH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    match std::env::var_os("CRASH_TREE") {
        Some(src) => copy_tree(Path::new(&src), &root),
        None => write_pages(
            &root,
            0..std::env::var("CRASH_PAGES")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(5000),
        ),
    }
    let mut estimate = clean_run_time(&root);
    eprintln!(
        "crash-test: {} pages, clean run {:.1}s, {rounds} rounds",
        page_sources(&root).len(),
        estimate.as_secs_f64()
    );
    let mut rng = Lcg(std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1));
    let mut passed = 0;
    let mut failures = Vec::new();
    for r in 0..rounds {
        match round(&idx, &root, &mut rng, r, estimate, true) {
            Ok(took) => {
                passed += 1;
                estimate = took;
            }
            Err(e) => {
                eprintln!("round {r} FAILED ({:?}): {e}", moment_for(r));
                failures.push(r);
                // Start the next round from a sound index.
                let _ = std::fs::remove_dir_all(&idx);
                let _ = run(jp_index(&idx, &root), "jp-index");
            }
        }
    }
    assert_folder_stable(&idx, &root);
    println!("crash-test: {passed}/{rounds} runs passed");
    assert!(failures.is_empty(), "failed rounds: {failures:?}");
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dst = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &dst);
        } else if e.path().extension().is_some_and(|x| x == "html") {
            std::fs::copy(e.path(), dst).unwrap();
        }
    }
}
