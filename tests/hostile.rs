//! Hostile pages next to good ones, through the real `jp-index`: no crash,
//! no hang (a watchdog, not a timing assertion), every bad file reported
//! on stderr with its reason and skipped, every decodable one indexed, all
//! the good pages indexed, exit 0. The cases and what should happen to
//! each are in `tests/common/hostile.rs`.

#[path = "common/hostile.rs"]
mod hostile;
#[path = "common/tree.rs"]
mod tree;

use std::collections::HashSet;

use hostile::Expect;
use tempfile::TempDir;
use tree::*;

const GOOD: usize = 40;

fn skipped_line<'a>(stderr: &'a str, name: &str) -> Option<&'a str> {
    let prefix = format!("jp-index: skipped {name}: ");
    stderr.lines().find(|l| l.starts_with(&prefix))
}

#[test]
fn hostile_pages_are_reported_and_skipped_and_the_rest_indexed() {
    let mut dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let idx = dir.path().join("idx");
    write_pages(&root, 0..GOOD);
    let root_reads = can_read_despite_chmod_000(dir.path());
    if root_reads {
        eprintln!("note: running as root: a chmod-000 file is still readable, so it is indexed");
    }
    let cases = hostile::write_all(&root, &hostile::Sizes::default(), root_reads);

    if std::env::var_os("JPSEARCH_KEEP_TEST_TREE").is_some() {
        eprintln!("keeping {}", dir.path().display());
        dir.disable_cleanup(true);
    }
    let out = run(jp_index(&idx, &root), "jp-index on hostile pages");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");

    let state = index_state(&idx);
    assert_eq!(state.num_docs, state.sources.len() as u64, "duplicates");
    let mut want: HashSet<String> = (0..GOOD).map(page_path).collect();
    for case in &cases {
        match &case.expect {
            Expect::Skipped { reason } => {
                let line = skipped_line(&stderr, &case.name)
                    .unwrap_or_else(|| panic!("{} not reported:\n{stderr}", case.name));
                assert!(
                    line.contains(reason),
                    "{}: expected reason {reason:?}, got {line:?}",
                    case.name
                );
                assert!(
                    !state.sources.contains(&case.name),
                    "{} was indexed",
                    case.name
                );
            }
            Expect::Indexed { word } => {
                assert!(
                    skipped_line(&stderr, &case.name).is_none(),
                    "{} skipped:\n{stderr}",
                    case.name
                );
                want.insert(case.name.clone());
                let (code, v) = query_json(&idx, &[word]);
                assert_eq!(code, Some(0), "{}: no hit for {word}: {v}", case.name);
                let sources: Vec<&str> = v["hits"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|h| h["source"].as_str().unwrap())
                    .collect();
                assert_eq!(sources, [case.name.as_str()], "{word}");
            }
        }
    }
    assert_eq!(
        state.sources,
        want,
        "indexed set differs: missing {:?}, extra {:?}",
        want.difference(&state.sources).collect::<Vec<_>>(),
        state.sources.difference(&want).collect::<Vec<_>>()
    );
    // Every generated good page answers.
    let (_, v) = query_json(&idx, &["zqa"]);
    assert_eq!(total_of(&v), 1);

    // The summary counts the skips.
    let skipped = cases
        .iter()
        .filter(|c| matches!(c.expect, Expect::Skipped { .. }))
        .count();
    assert!(
        stderr.contains(&format!("{skipped} skipped")),
        "summary should count {skipped} skipped:\n{stderr}"
    );

    // A second run over the same tree: the same verdicts, nothing added.
    let out = run(jp_index(&idx, &root), "second jp-index");
    hostile::cleanup(&root);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(index_state(&idx).sources, want);
}

#[test]
fn extract_command_survives_hostile_pages() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    let root_reads = can_read_despite_chmod_000(dir.path());
    // A smaller size limit keeps this quick; the size rule itself is
    // covered above.
    let sizes = hostile::Sizes {
        max_page_bytes: 2 * 1024 * 1024,
    };
    let cases = hostile::write_all(&root, &sizes, root_reads);
    let mut cmd = std::process::Command::new(jp_index_bin());
    cmd.args(["extract", "--max-page-bytes", "2097152"])
        .arg(root.join("hostile"));
    let out = run(cmd, "jp-index extract");
    hostile::cleanup(&root);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let indexed = cases
        .iter()
        .filter(|c| matches!(c.expect, Expect::Indexed { .. }))
        .count();
    assert_eq!(lines.len(), indexed, "{stderr}");
}

/// Regression: `--max-page-bytes` was refused after `extract` ("unexpected
/// argument"), so `jp-index extract` could only use the default limit.
#[test]
fn regression_extract_takes_max_page_bytes() {
    let dir = TempDir::new().unwrap();
    let page = dir.path().join("p.html");
    std::fs::write(&page, "<p>probation ".repeat(100)).unwrap();
    let mut cmd = std::process::Command::new(jp_index_bin());
    cmd.args(["extract", "--max-page-bytes", "100"]).arg(&page);
    let out = run(cmd, "jp-index extract");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("too large"), "{stderr}");
}

/// A run where every file is hostile exits 1 ("nothing could
/// be indexed") rather than failing or crashing.
#[test]
fn only_hostile_files_exit_1() {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("a.html"), b"").unwrap();
    std::fs::write(root.join("b.html"), b"%PDF-1.4 junk").unwrap();
    let idx = dir.path().join("idx");
    let out = run(jp_index(&idx, &root), "jp-index");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("skipped a.html: empty file"), "{stderr}");
    assert!(stderr.contains("skipped b.html: not a web page: PDF document"));
    // The (empty) index still opens and answers.
    let (code, v) = query_json(&idx, &["probation"]);
    assert_eq!(code, Some(1), "{v}");
    assert_eq!(total_of(&v), 0);
}
