//! Failed writes: when the index cannot be written, `jp-index` exits 2
//! with a clear message on stderr, and the previous commit is untouched
//! (it opens and answers the same query the same way).
//!
//! "Disk full" is simulated without root through RLIMIT_FSIZE: the run goes
//! through `sh -c 'ulimit -f N; trap "" XFSZ; exec jp-index ...'`, so any
//! write past N blocks fails with EFBIG ("File too large") instead of
//! killing the process with SIGXFSZ. Several N put the failure at different
//! points: the lock file, segment files, the commit's meta.json.

#[path = "common/tree.rs"]
mod tree;

use std::path::Path;
use std::process::Command;

use tempfile::TempDir;
use tree::*;

fn assert_clear_failure(out: &std::process::Output, what: &str, reason: &[&str]) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{what}: want exit 2, got {} with stderr:\n{stderr}",
        out.status
    );
    assert!(
        stderr.contains("jp-index: error:"),
        "{what}: no error line:\n{stderr}"
    );
    assert!(
        reason.iter().any(|r| stderr.contains(r)),
        "{what}: message should say one of {reason:?}:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{what}: panicked:\n{stderr}");
    stderr
}

#[test]
fn index_under_a_regular_file_exits_2() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    write_pages(&root, 0..5);
    let file = dir.path().join("plain-file");
    std::fs::write(&file, b"not a folder").unwrap();
    let out = run(jp_index(&file.join("idx"), &root), "jp-index");
    assert_clear_failure(
        &out,
        "under a file",
        &["Not a directory", "not a directory"],
    );
    // The index path is itself a regular file.
    let out = run(jp_index(&file, &root), "jp-index");
    assert_clear_failure(&out, "a file as index", &["exists", "Not a directory"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");
}

#[test]
fn index_under_proc_exits_2() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    write_pages(&root, 0..5);
    let out = run(
        jp_index(Path::new("/proc/jpsearch-cannot-exist/idx"), &root),
        "jp-index",
    );
    assert_clear_failure(
        &out,
        "under /proc",
        &["No such file", "ermission denied", "Read-only"],
    );
}

#[test]
fn read_only_index_folder_exits_2_and_keeps_the_index() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..20);
    index_ok(&idx, &root);
    let before = index_state(&idx);
    write_pages(&root, 20..30);
    std::fs::set_permissions(&idx, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = std::fs::write(idx.join("probe"), b"x");
    if probe.is_ok() {
        // Root writes into a read-only folder anyway: nothing to test here
        // (the RLIMIT_FSIZE test below covers failing writes as root).
        let _ = std::fs::remove_file(idx.join("probe"));
        std::fs::set_permissions(&idx, std::fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("note: running as root, a read-only folder is writable: case skipped");
        return;
    }
    let out = run(jp_index(&idx, &root), "jp-index");
    std::fs::set_permissions(&idx, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_clear_failure(&out, "read-only folder", &["ermission denied", "Read-only"]);
    assert_eq!(index_state(&idx).sources, before.sources);
}

/// Pages with many distinct words, so their segment is large.
fn write_big_pages(root: &Path, range: std::ops::Range<usize>) {
    for i in range {
        let mut words = String::new();
        for k in 0..400 {
            words.push_str(&unique_word(10_000 + i * 400 + k));
            words.push(' ');
        }
        let html = format!(
            "<html><head><title>Large note {i}</title></head><body><article>\
             <h1>Large note {i} on probation</h1><p>The {COMMON_WORD} note lists {words}.</p>\
             </article></body></html>"
        );
        let path = root.join(format!("big/{i:05}.html"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, html).unwrap();
    }
}

fn limited_jp_index(blocks: u64, idx: &Path, root: &Path) -> Command {
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!(
            "ulimit -f {blocks} && trap '' XFSZ && exec \"$0\" --index \"$1\" \"$2\""
        ))
        .arg(jp_index_bin())
        .arg(idx)
        .arg(root);
    c.env_remove("JPSEARCH_INDEX");
    c
}

#[test]
fn disk_full_exits_2_and_keeps_the_previous_commit() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..30);
    index_ok(&idx, &root);
    let before = index_state(&idx);
    let (_, answer_before) = query_json(&idx, &[COMMON_WORD, "-n", "100"]);
    let hits_before = answer_before["hits"].clone();
    let (_, word_before) = query_json(&idx, &[&unique_word(7)]);

    // New, large pages and an edited one: the next commit needs room.
    write_big_pages(&root, 0..150);
    write_page(&root, 7, 1);

    let mut failures = 0;
    for blocks in [0u64, 1, 4, 16, 64, 256, 1024] {
        let out = run(limited_jp_index(blocks, &idx, &root), "limited jp-index");
        if out.status.success() {
            // The limit was big enough for this run: nothing to check but
            // that it then indexed the tree. Put the old state back.
            eprintln!("ulimit -f {blocks}: the run fit");
            continue;
        }
        failures += 1;
        let stderr = assert_clear_failure(
            &out,
            &format!("ulimit -f {blocks}"),
            &["File too large", "file too large"],
        );
        eprintln!(
            "ulimit -f {blocks}: {}",
            stderr.lines().find(|l| l.contains("error")).unwrap_or("")
        );
        // The previous commit: same documents, same answers.
        let after = index_state(&idx);
        assert_eq!(after.sources, before.sources, "ulimit -f {blocks}");
        assert_eq!(after.num_docs, before.num_docs, "ulimit -f {blocks}");
        let (code, v) = query_json(&idx, &[COMMON_WORD, "-n", "100"]);
        assert_eq!(code, Some(0), "{v}");
        assert_eq!(v["total"], answer_before["total"]);
        assert_eq!(v["hits"], hits_before, "ulimit -f {blocks}");
        let (_, w) = query_json(&idx, &[&unique_word(7)]);
        assert_eq!(w["hits"], word_before["hits"]);
    }
    assert!(failures >= 3, "the limits should make most runs fail");

    // With room again, the next run completes and leaves nothing behind.
    index_ok(&idx, &root);
    assert_exactly(&idx, &root);
    assert_eq!(orphan_files(&idx), Vec::<String>::new());
}
