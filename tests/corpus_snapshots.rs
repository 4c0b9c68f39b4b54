//! The README's first command, as a test: the real jp-index indexes the
//! bundled corpus, the real jp-query answers, and the json, csv and human
//! outputs are snapshot-tested (insta). A change to extraction, ranking or
//! formatting shows up here as a visible diff to review and accept.
//! `took_ms` is the only value that varies between runs; it is zeroed.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

/// The corpus is indexed once for all tests in this file.
fn index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let status = Command::new(env!("CARGO_BIN_EXE_jp-index"))
            .arg("--quiet")
            .arg("--index")
            .arg(dir.path())
            .arg(&corpus)
            .status()
            .expect("jp-index runs");
        assert!(status.success());
        dir
    })
    .path()
}

fn query(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .arg("--index")
        .arg(index())
        .args(args)
        .output()
        .expect("jp-query runs");
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn without_timing(json: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).expect("JSON answer");
    v["took_ms"] = serde_json::json!(0.0);
    serde_json::to_string_pretty(&v).expect("serialises")
}

#[test]
fn corpus_json_unpaid_work() {
    insta::assert_snapshot!(without_timing(&query(&[
        "--format",
        "json",
        "-n",
        "3",
        "unpaid work"
    ])));
}

#[test]
fn corpus_json_filtered_by_region_and_years() {
    insta::assert_snapshot!(without_timing(&query(&[
        "--format",
        "json",
        "-n",
        "3",
        "--area",
        "Yorkshire and the Humber",
        "--from",
        "2015",
        "--to",
        "2020",
        "probation",
    ])));
}

#[test]
fn corpus_csv_approved_premises() {
    insta::assert_snapshot!(query(&["--format", "csv", "\"approved premises\""]));
}

#[test]
fn corpus_human_with_histogram() {
    insta::assert_snapshot!(query(&[
        "--format",
        "human",
        "--color",
        "never",
        "-n",
        "3",
        "unpaid work"
    ]));
}
