//! jp-index as a user runs it: the real binary on the pages in
//! `tests/pages/`, one test per extraction rule and per bad-input case, and
//! the update-in-place cycle (edit one page, delete another, re-run).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const JP_INDEX: &str = env!("CARGO_BIN_EXE_jp-index");

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

fn run(args: &[&str]) -> Output {
    Command::new(JP_INDEX)
        .args(args)
        .env_remove("JPSEARCH_INDEX")
        .output()
        .expect("jp-index runs")
}

/// `jp-index extract` on one test page, as parsed JSON.
fn extract(name: &str) -> Value {
    let path = pages_dir().join(name);
    let out = run(&["extract", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line = String::from_utf8(out.stdout).unwrap();
    serde_json::from_str(line.trim()).expect("one JSON object")
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

/// A temporary copy of the test pages, so tests can edit and delete.
fn copy_pages(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in names {
        std::fs::copy(pages_dir().join(name), dir.path().join(name)).unwrap();
    }
    dir
}

#[test]
fn blog_article_without_sidebar_related_posts_or_comments() {
    let page = extract("wp-blog.html");
    let body = page["body"].as_str().unwrap();
    assert!(body.contains("a hostel for twenty-two men released from prison on licence"));
    assert!(body.contains("the waiting list has doubled in two years"));
    for boilerplate in [
        "Sponsored by Catch22",
        "Unpaid work in Kent and Medway",
        "I managed a hostel in Bristol",
        "Leave a Reply",
        "Share on X",
        "uses cookies",
        "1 High Street, Norwich",
    ] {
        assert!(!body.contains(boilerplate), "leaked {boilerplate:?}");
    }
    assert_eq!(
        page["title"],
        "Approved premises in Leeds: a week on the night shift"
    );
    assert_eq!(page["kind"], "blog");
    assert_eq!(strs(&page["tags"]), ["Probation", "approved premises"]);
}

#[test]
fn published_time_element_beats_updated_and_comment_dates() {
    let page = extract("wp-blog.html");
    assert_eq!(page["date"], "2019-03-14");
    assert_eq!(page["date_source"], "time");
}

#[test]
fn date_only_in_the_url_with_a_later_comment_date() {
    let page = extract("date-in-url.html");
    assert_eq!(page["date"], "2017-06-29");
    assert_eq!(page["date_source"], "url");
    assert!(!page["body"].as_str().unwrap().contains("Same in Preston"));
}

#[test]
fn govuk_first_published_not_last_updated_and_from_line_is_not_a_provider() {
    let page = extract("govuk-news.html");
    assert_eq!(page["date"], "2022-09-08");
    assert_eq!(page["date_source"], "meta");
    assert_eq!(page["kind"], "news");
    let providers = strs(&page["providers"]);
    assert!(providers.contains(&"Change Grow Live"));
    assert!(
        !providers.contains(&"HM Prison and Probation Service"),
        "From: line counted"
    );
    let body = page["body"].as_str().unwrap();
    assert!(
        body.contains("several services under one roof"),
        "lead paragraph lost"
    );
    assert!(!body.contains("102 Petty France"));
    assert!(!body.contains("Is this page useful"));
}

#[test]
fn inspection_page_date_of_publication_and_kind() {
    let page = extract("inspection.html");
    assert_eq!(
        page["title"],
        "An inspection of probation services in: Stockport PDU"
    );
    assert_eq!(page["date"], "2023-11-21");
    assert_eq!(page["kind"], "inspection");
    assert_eq!(strs(&page["areas"]), ["Greater Manchester"]);
    assert!(!page["body"].as_str().unwrap().contains("Salford PDU"));
}

#[test]
fn windows_1252_page_decodes_without_replacement_characters() {
    let page = extract("legacy-cp1252.html");
    let body = page["body"].as_str().unwrap();
    assert!(body.contains("The Trust’s six new move-on flats"), "{body}");
    assert!(body.contains("£240,000"));
    assert!(body.contains("“Nobody should leave a hostel"));
    assert!(!body.contains('\u{fffd}'));
    assert_eq!(page["title"], "New move-on flats open in Hull");
    assert_eq!(
        page["date"], "2012-04-03",
        "dd/mm/yyyy dateline, not the last-updated footer"
    );
    assert_eq!(strs(&page["areas"]), ["Humberside"]);
    assert!(!body.contains("registered charity"));
}

#[test]
fn masthead_date_loses_to_the_dateline_and_nps_the_drug_is_no_provider() {
    let page = extract("news-nps-drug.html");
    assert_eq!(page["date"], "2017-06-15");
    assert_eq!(strs(&page["providers"]), ["G4S"]);
    assert!(strs(&page["areas"]).contains(&"Staffordshire"));
    assert!(!page["body"].as_str().unwrap().contains("Essex police"));
}

#[test]
fn canonical_url_is_reported() {
    let page = extract("date-in-url.html");
    assert_eq!(
        page["url"],
        "https://resettlement.example/2017/06/29/through-the-gate-in-cumbria/"
    );
}

#[test]
fn bad_pages_are_reported_with_reasons_and_skipped() {
    let pages = copy_pages(&[
        "wp-blog.html",
        "empty.html",
        "image-named.html",
        "no-text.html",
    ]);
    let big = pages.path().join("huge.html");
    std::fs::write(&big, "<p>".to_string() + &"x".repeat(5000) + "</p>").unwrap();
    let index = tempfile::tempdir().unwrap();
    let out = run(&[
        "--index",
        index.path().to_str().unwrap(),
        "--max-page-bytes",
        "4096",
        pages.path().to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("skipped empty.html: empty file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped image-named.html: not a web page: PNG image"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped no-text.html: no text found"),
        "{stderr}"
    );
    assert!(stderr.contains("skipped huge.html: too large"), "{stderr}");
    assert!(
        stderr.contains("indexed 1 pages (1 new, 0 changed)"),
        "{stderr}"
    );
    assert!(stderr.contains("4 skipped"), "{stderr}");
}

#[test]
fn nothing_indexable_exits_1() {
    let pages = copy_pages(&["empty.html", "image-named.html"]);
    let index = tempfile::tempdir().unwrap();
    let out = run(&[
        "--index",
        index.path().to_str().unwrap(),
        pages.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn missing_root_is_an_error_with_exit_2() {
    let index = tempfile::tempdir().unwrap();
    let out = run(&[
        "--index",
        index.path().to_str().unwrap(),
        "/nonexistent/pages",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reading /nonexistent/pages"));
}

#[test]
fn rerun_reextracts_only_changes_and_removes_deleted_pages() {
    let pages = copy_pages(&[
        "wp-blog.html",
        "date-in-url.html",
        "govuk-news.html",
        "inspection.html",
    ]);
    let index = tempfile::tempdir().unwrap();
    let idx = index.path().to_str().unwrap();
    let root = pages.path().to_str().unwrap();
    let first = run(&["--index", idx, root]);
    assert!(
        String::from_utf8_lossy(&first.stderr)
            .contains("indexed 4 pages (4 new, 0 changed), 0 unchanged, 0 removed")
    );

    let same = run(&["--index", idx, root]);
    assert!(
        String::from_utf8_lossy(&same.stderr)
            .contains("indexed 0 pages (0 new, 0 changed), 4 unchanged, 0 removed")
    );

    // Edit one page (new text, so a new hash) and delete another.
    let edited = pages.path().join("inspection.html");
    let html = std::fs::read_to_string(&edited).unwrap();
    std::fs::write(&edited, html.replace("Requires improvement", "Inadequate")).unwrap();
    std::fs::remove_file(pages.path().join("govuk-news.html")).unwrap();
    let again = run(&["--index", idx, root]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("indexed 1 pages (0 new, 1 changed), 2 unchanged, 1 removed"),
        "{stderr}"
    );
    assert!(stderr.contains("3 documents in the index"), "{stderr}");

    // The index holds the edited text once, and the deleted page not at all.
    let (index, _) = jpsearch::schema::open(Path::new(idx)).unwrap();
    let manifest = jpsearch::index::manifest(&index).unwrap();
    let mut sources: Vec<_> = manifest
        .keys()
        .map(|k| jpsearch::schema::split_doc_key(k).1)
        .collect();
    sources.sort();
    assert_eq!(
        sources,
        ["date-in-url.html", "inspection.html", "wp-blog.html"]
    );
}

#[test]
fn touching_a_file_without_changing_it_is_not_a_change() {
    let pages = copy_pages(&["wp-blog.html"]);
    let index = tempfile::tempdir().unwrap();
    let idx = index.path().to_str().unwrap();
    let root = pages.path().to_str().unwrap();
    run(&["--index", idx, root]);
    let file = pages.path().join("wp-blog.html");
    let bytes = std::fs::read(&file).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&file, bytes).unwrap();
    let out = run(&["--index", idx, root]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 changed), 1 unchanged"));
}

#[test]
fn a_locked_index_is_reported_as_in_use() {
    let pages = copy_pages(&["wp-blog.html"]);
    let index = tempfile::tempdir().unwrap();
    let _held = jpsearch::index::lock::WriterLock::acquire(index.path()).unwrap();
    let out = run(&[
        "--index",
        index.path().to_str().unwrap(),
        pages.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "index is in use by process {}",
            std::process::id()
        )),
        "{stderr}"
    );
}

#[test]
fn quiet_prints_nothing_on_success() {
    let pages = copy_pages(&["wp-blog.html"]);
    let index = tempfile::tempdir().unwrap();
    let out = run(&[
        "--quiet",
        "--index",
        index.path().to_str().unwrap(),
        pages.path().to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn eval_on_the_bundled_corpus_prints_every_figure() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let out = run(&["eval", corpus.to_str().unwrap()]);
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    for line in [
        "title exact",
        "date exact",
        "kind",
        "areas",
        "providers",
        "must_contain kept",
        "must_not leaked",
        "nDCG@10",
    ] {
        assert!(report.contains(line), "{line} missing from:\n{report}");
    }
}

#[test]
fn eval_on_the_shared_devset_when_present() {
    let devset = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/devset");
    if !devset.join("gold.jsonl").exists() {
        eprintln!("skipping: ../shared/devset is not on this machine");
        return;
    }
    let out = run(&["eval", devset.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("nDCG@10"));
}

#[test]
fn licence_notice_and_cookie_table_before_the_headline_stay_out() {
    let page = extract("hmip-new-style.html");
    let body = page["body"].as_str().unwrap();
    assert!(body.contains("made time to build trusting relationships"));
    for leak in [
        "Open Government Licence",
        "Are you OK with cookies",
        "_ga",
        "Skip to content",
    ] {
        assert!(!body.contains(leak), "leaked {leak:?}");
    }
    assert_eq!(
        page["title"],
        "Leicestershire youth justice service rated ‘Good’"
    );
    assert_eq!(
        page["date"], "2024-04-16",
        "the date in its own element after 'Published:'"
    );
    assert_eq!(page["kind"], "news");
}

#[test]
fn standfirst_joins_the_body_and_author_box_and_share_bar_do_not() {
    let page = extract("rw-style-blog.html");
    let body = page["body"].as_str().unwrap();
    assert!(
        body.starts_with("Inspectors find resettlement services"),
        "{body}"
    );
    for leak in [
        "Share This Post",
        "author of this blog",
        "Employ Russell",
        "Keep up-to-date",
        "New Content Daily",
    ] {
        assert!(!body.contains(leak), "leaked {leak:?}");
    }
    assert_eq!(
        strs(&page["providers"]),
        [
            "Sodexo Justice Services",
            "Northumbria CRC",
            "South Yorkshire CRC",
            "Nacro",
            "HM Prison and Probation Service"
        ]
    );
    assert!(
        !strs(&page["areas"]).contains(&"Kent"),
        "sidebar area counted"
    );
}
