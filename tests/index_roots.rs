//! Several folders in one index (issue 15, item 10): indexing one root
//! never removes or overwrites the pages of another, a root's own pages go
//! only when their files are gone, and a run that would empty most of the
//! index stops unless `--prune` says so. Real binaries on copies of
//! `tests/pages/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const JP_INDEX: &str = env!("CARGO_BIN_EXE_jp-index");
const JP_QUERY: &str = env!("CARGO_BIN_EXE_jp-query");

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

fn jp_index(args: &[&str]) -> Output {
    Command::new(JP_INDEX)
        .args(args)
        .env_remove("JPSEARCH_INDEX")
        .output()
        .expect("jp-index runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Copies test pages into `dir`, each under the name given.
fn copy_as(dir: &Path, pages: &[(&str, &str)]) {
    for (from, to) in pages {
        let to = dir.join(to);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(pages_dir().join(from), to).unwrap();
    }
}

/// The source of every page in the index, via jp-query (no query words
/// list every page).
fn all_sources(idx: &Path) -> Vec<String> {
    let out = Command::new(JP_QUERY)
        .args([
            "--index",
            idx.to_str().unwrap(),
            "--format",
            "json",
            "--all",
        ])
        .output()
        .expect("jp-query runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("a JSON answer");
    let mut s: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["source"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

fn doc_count(idx: &Path) -> u64 {
    let (index, _) = jpsearch::schema::open(idx).unwrap();
    index.reader().unwrap().searcher().num_docs()
}

#[test]
fn a_second_root_is_added_without_loss_even_with_the_same_file_names() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    copy_as(
        a.path(),
        &[
            ("wp-blog.html", "index.html"),
            ("inspection.html", "x.html"),
        ],
    );
    copy_as(b.path(), &[("govuk-news.html", "index.html")]);
    let idx = tempfile::tempdir().unwrap();
    let i = idx.path().to_str().unwrap();
    let first = jp_index(&["--index", i, a.path().to_str().unwrap()]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert_eq!(doc_count(idx.path()), 2);

    // The bug: this run printed "2 removed" and left one page.
    let second = jp_index(&["--index", i, b.path().to_str().unwrap()]);
    let err = stderr(&second);
    assert!(second.status.success(), "{err}");
    assert!(
        err.contains("1 new, 0 changed), 0 unchanged, 0 removed"),
        "{err}"
    );
    assert!(
        err.contains("kept 2 pages indexed from other folders (--prune removes them)"),
        "{err}"
    );
    assert_eq!(doc_count(idx.path()), 3, "both index.html pages are kept");
    assert_eq!(
        all_sources(idx.path()),
        ["index.html", "index.html", "x.html"]
    );

    // Re-running the first root leaves the second's page alone.
    let again = jp_index(&["--index", i, a.path().to_str().unwrap()]);
    assert!(
        stderr(&again).contains("2 unchanged, 0 removed"),
        "{}",
        stderr(&again)
    );
    assert_eq!(doc_count(idx.path()), 3);

    // The same folder by another spelling is the same root.
    let dotted = a.path().join(".");
    let same = jp_index(&["--index", i, dotted.to_str().unwrap()]);
    assert!(
        stderr(&same).contains("0 new, 0 changed), 2 unchanged"),
        "{}",
        stderr(&same)
    );
    assert_eq!(doc_count(idx.path()), 3);
}

#[test]
fn pages_go_only_when_their_own_root_is_reindexed() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    copy_as(
        a.path(),
        &[
            ("wp-blog.html", "one.html"),
            ("inspection.html", "two.html"),
            ("date-in-url.html", "three.html"),
        ],
    );
    copy_as(b.path(), &[("govuk-news.html", "four.html")]);
    let idx = tempfile::tempdir().unwrap();
    let i = idx.path().to_str().unwrap();
    let (ra, rb) = (a.path().to_str().unwrap(), b.path().to_str().unwrap());
    assert!(jp_index(&["--index", i, ra, rb]).status.success());
    assert_eq!(doc_count(idx.path()), 4);

    std::fs::remove_file(a.path().join("two.html")).unwrap();
    // Indexing b alone does not notice a's deletion.
    let b_only = jp_index(&["--index", i, rb]);
    assert!(
        stderr(&b_only).contains(", 0 removed"),
        "{}",
        stderr(&b_only)
    );
    assert_eq!(doc_count(idx.path()), 4);
    // Indexing a does.
    let a_again = jp_index(&["--index", i, ra]);
    let err = stderr(&a_again);
    assert!(err.contains("2 unchanged, 1 removed"), "{err}");
    assert!(
        err.contains("kept 1 pages indexed from other folders"),
        "{err}"
    );
    assert_eq!(doc_count(idx.path()), 3);
}

#[test]
fn removing_more_than_half_the_index_stops_unless_pruning() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    copy_as(
        a.path(),
        &[
            ("wp-blog.html", "one.html"),
            ("inspection.html", "two.html"),
            ("date-in-url.html", "three.html"),
        ],
    );
    copy_as(b.path(), &[("govuk-news.html", "four.html")]);
    let idx = tempfile::tempdir().unwrap();
    let i = idx.path().to_str().unwrap();
    let (ra, rb) = (a.path().to_str().unwrap(), b.path().to_str().unwrap());
    assert!(jp_index(&["--index", i, ra]).status.success());

    // An emptied folder (an unmounted disk, say): three of three would go.
    for f in ["one.html", "two.html", "three.html"] {
        std::fs::remove_file(a.path().join(f)).unwrap();
    }
    copy_as(a.path(), &[("govuk-news.html", "new.html")]);
    let stopped = jp_index(&["--index", i, ra]);
    let err = stderr(&stopped);
    assert_eq!(stopped.status.code(), Some(2), "{err}");
    assert!(
        err.contains("would remove 3 of the 3 pages in the index"),
        "{err}"
    );
    assert!(err.contains("nothing was changed"), "{err}");
    assert!(err.contains("--prune"), "{err}");
    assert_eq!(doc_count(idx.path()), 3, "nothing was written");

    let pruned = jp_index(&["--index", i, "--prune", ra]);
    assert!(pruned.status.success(), "{}", stderr(&pruned));
    assert!(stderr(&pruned).contains("1 new, 0 changed), 0 unchanged, 3 removed"));
    assert_eq!(doc_count(idx.path()), 1);

    // --prune also drops the roots not given: the index holds exactly b.
    let only_b = jp_index(&["--index", i, "--prune", rb]);
    let err = stderr(&only_b);
    assert!(
        err.contains("1 new, 0 changed), 0 unchanged, 1 removed"),
        "{err}"
    );
    assert!(!err.contains("kept"), "{err}");
    assert_eq!(doc_count(idx.path()), 1);
}

#[test]
fn a_single_file_and_its_folder_are_one_page() {
    let a = tempfile::tempdir().unwrap();
    copy_as(
        a.path(),
        &[
            ("wp-blog.html", "one.html"),
            ("inspection.html", "two.html"),
        ],
    );
    let idx = tempfile::tempdir().unwrap();
    let i = idx.path().to_str().unwrap();
    let file = a.path().join("one.html");
    assert!(
        jp_index(&["--index", i, file.to_str().unwrap()])
            .status
            .success()
    );
    let folder = jp_index(&["--index", i, a.path().to_str().unwrap()]);
    let err = stderr(&folder);
    assert!(
        err.contains("1 new, 0 changed), 1 unchanged, 0 removed"),
        "{err}"
    );
    assert_eq!(doc_count(idx.path()), 2);
    // And the file alone again removes nothing of its folder.
    let single = jp_index(&["--index", i, file.to_str().unwrap()]);
    assert!(
        stderr(&single).contains("1 unchanged, 0 removed"),
        "{}",
        stderr(&single)
    );
    assert_eq!(doc_count(idx.path()), 2);
}
