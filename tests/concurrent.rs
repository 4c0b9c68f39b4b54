//! Readers during writes, and one writer at a time.
//!
//! - `jp-query` run in a loop (fresh processes, and one `--serve` process
//!   that keeps the index open and reloads) while `jp-index` edits, adds
//!   and deletes pages of the same index: every answer succeeds and is a
//!   consistent snapshot. Every generated page holds the common word, so a
//!   query for it must count exactly the documents of one commit: `total`
//!   is one of the committed document counts, and equals the sum of the
//!   `kind` facet counts (kind is single-valued; no kind filter is given).
//! - A second writer, while a first one (a real process, frozen with
//!   SIGSTOP so the timing cannot matter) holds the lock, exits 2 with
//!   "index is in use by process N", N the first writer's pid; after the
//!   first is SIGKILLed its lock does not block the next run.

#[path = "common/tree.rs"]
mod tree;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use tree::*;

/// Checks one answer; returns its total.
fn check_snapshot(v: &serde_json::Value, committed: &Mutex<HashSet<u64>>) -> Result<u64, String> {
    if v.get("error").is_some() {
        return Err(format!("error answer during writes: {v}"));
    }
    let total = v["total"]
        .as_u64()
        .ok_or_else(|| format!("no total: {v}"))?;
    let kinds = kind_sum(v);
    if kinds != total {
        return Err(format!("total {total} but kind facets sum to {kinds}: {v}"));
    }
    let hits = v["hits"].as_array().map_or(0, Vec::len) as u64;
    if hits != total.min(100) {
        return Err(format!("{hits} hits for total {total}"));
    }
    // `committed` may be missing the count of a commit whose run has not
    // yet returned; the caller re-checks at the end.
    let _ = committed;
    Ok(total)
}

#[test]
fn readers_see_consistent_snapshots_while_the_index_changes() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..150);
    index_ok(&idx, &root);
    let committed = Arc::new(Mutex::new(HashSet::from([index_state(&idx).num_docs])));
    let stop = Arc::new(AtomicBool::new(false));
    let seen = Arc::new(Mutex::new(Vec::<u64>::new()));
    let errors = Arc::new(Mutex::new(Vec::<String>::new()));

    // Reader 1: a fresh jp-query process per query.
    let cli_reader = {
        let (idx, stop, seen, errors, committed) = (
            idx.clone(),
            stop.clone(),
            seen.clone(),
            errors.clone(),
            committed.clone(),
        );
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) || n < 3 {
                let out = run(jp_query(&idx, &["-n", "100", COMMON_WORD]), "jp-query");
                n += 1;
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                let res = if out.status.code() != Some(0) {
                    Err(format!(
                        "jp-query exit {:?}: {text} {}",
                        out.status.code(),
                        String::from_utf8_lossy(&out.stderr)
                    ))
                } else {
                    serde_json::from_str::<serde_json::Value>(&text)
                        .map_err(|e| format!("bad JSON {text:?}: {e}"))
                        .and_then(|v| check_snapshot(&v, &committed))
                };
                match res {
                    Ok(t) => seen.lock().unwrap().push(t),
                    Err(e) => errors.lock().unwrap().push(e),
                }
            }
            n
        })
    };

    // Reader 2: one --serve process, kept open, reloading on commits.
    let serve_reader = {
        let (idx, stop, seen, errors, committed) = (
            idx.clone(),
            stop.clone(),
            seen.clone(),
            errors.clone(),
            committed.clone(),
        );
        std::thread::spawn(move || {
            let mut child = Command::new(jp_query_bin())
                .arg("--index")
                .arg(&idx)
                .arg("--serve")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut stdin = child.stdin.take().unwrap();
            let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) || n < 3 {
                writeln!(stdin, "{{\"query\": \"{COMMON_WORD}\", \"limit\": 100}}").unwrap();
                stdin.flush().unwrap();
                let line = lines.next().expect("serve answered").unwrap();
                n += 1;
                let res = serde_json::from_str::<serde_json::Value>(&line)
                    .map_err(|e| format!("bad JSON {line:?}: {e}"))
                    .and_then(|v| check_snapshot(&v, &committed));
                match res {
                    Ok(t) => seen.lock().unwrap().push(t),
                    Err(e) => errors.lock().unwrap().push(e),
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            drop(stdin);
            let st = child.wait().unwrap();
            assert!(st.success(), "serve exited {st}");
            n
        })
    };

    // The writer: edit, add and delete between runs.
    let mut next_page = 150;
    for round in 0..6 {
        for i in (round..next_page).step_by(9) {
            if root.join(page_path(i)).exists() {
                write_page(&root, i, round + 1);
            }
        }
        for _ in 0..12 {
            write_page(&root, next_page, 0);
            next_page += 1;
        }
        for i in (round * 3..next_page).step_by(25) {
            let p = root.join(page_path(i));
            if p.exists() {
                std::fs::remove_file(p).unwrap();
            }
        }
        index_ok(&idx, &root);
        let n = index_state(&idx).num_docs;
        assert_eq!(n as usize, page_sources(&root).len());
        committed.lock().unwrap().insert(n);
    }
    // Let the readers see the last commit too.
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::Relaxed);
    let cli_n = cli_reader.join().unwrap();
    let serve_n = serve_reader.join().unwrap();

    let errors = errors.lock().unwrap();
    assert!(
        errors.is_empty(),
        "{} bad answers: {:?}",
        errors.len(),
        &errors[..errors.len().min(3)]
    );
    let committed = committed.lock().unwrap();
    let seen = seen.lock().unwrap();
    for t in seen.iter() {
        assert!(
            committed.contains(t),
            "an answer counted {t} pages, which no commit ever held (commits: {committed:?})"
        );
    }
    eprintln!(
        "{cli_n} jp-query runs and {serve_n} serve answers; totals seen {:?}, commits {:?}",
        seen.iter().collect::<HashSet<_>>(),
        committed
    );
    assert_exactly(&idx, &root);
}

/// Waits until the writer `pid` has written its pid into the lock file
/// (it holds the lock then), or until it exits.
fn wait_for_lock(idx: &Path, child: &mut std::process::Child) -> bool {
    let lock = idx.join(jpsearch::index::lock::LOCK_FILE);
    let pid = child.id().to_string();
    let started = Instant::now();
    loop {
        if std::fs::read_to_string(&lock).is_ok_and(|s| s.trim() == pid) {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        assert!(started.elapsed() < WATCHDOG, "jp-index never took its lock");
        std::thread::sleep(Duration::from_micros(200));
    }
}

#[test]
fn second_writer_is_refused_and_a_killed_writers_lock_does_not_block() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..400);
    std::fs::create_dir_all(&idx).unwrap();

    // The first writer takes the lock; freeze it there. A small tree may
    // finish before we see it: then touch the pages and try again.
    let mut first = None;
    for attempt in 0..20 {
        let mut child = jp_index(&idx, &root)
            .args(["--threads", "1", "--quiet"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if wait_for_lock(&idx, &mut child) {
            signal(child.id(), "STOP");
            // Stopped while still holding the lock?
            if child.try_wait().unwrap().is_none() {
                first = Some(child);
                break;
            }
        }
        let _ = child.wait();
        for i in 0..400 {
            write_page(&root, i, attempt + 1);
        }
    }
    let mut first = first.expect("could not catch the first writer holding its lock");
    let pid = first.id();

    // The second writer: refused, clearly, with the holder's pid.
    let out = run(jp_index(&idx, &root), "second jp-index");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("index is in use by process {pid}")),
        "{stderr}"
    );

    // Readers are not blocked by a writer (even a frozen one) if a commit
    // exists; here the first writer may not have committed yet, so only
    // check that jp-query answers cleanly either way.
    let (_, v) = query_json(&idx, &[COMMON_WORD]);
    assert!(
        v.get("error").is_none_or(|e| e["code"] == "no_index"),
        "{v}"
    );

    // SIGKILL the frozen writer: the OS drops its lock with it; its pid
    // is still written in the lock file.
    first.kill().unwrap();
    let st = first.wait().unwrap();
    assert!(killed(&st));
    let lock_text = std::fs::read_to_string(idx.join(jpsearch::index::lock::LOCK_FILE)).unwrap();
    assert_eq!(
        lock_text.trim(),
        pid.to_string(),
        "stale pid left in the lock file"
    );
    let out = index_ok(&idx, &root);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("in use"));
    assert_exactly(&idx, &root);
    assert_eq!(orphan_files(&idx), Vec::<String>::new());
}
