//! insta snapshots of jp-query's json, csv and human output on the test
//! index, produced by the real binary. `took_ms` is the only value that
//! varies between runs; it is set to 0 before comparing.

mod common;

use std::path::Path;
use std::process::Command;

use tempfile::TempDir;

fn run(idx: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .arg("--index")
        .arg(idx)
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn pretty_json(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    if v.get("took_ms").is_some() {
        v["took_ms"] = serde_json::json!(0.0);
    }
    serde_json::to_string_pretty(&v).unwrap()
}

fn index() -> TempDir {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    dir
}

#[test]
fn json_unpaid_work() {
    let idx = index();
    let out = run(idx.path(), &["-f", "json", "-n", "3", "unpaid work"]);
    insta::assert_snapshot!(pretty_json(&out));
}

#[test]
fn json_filters_and_explain() {
    let idx = index();
    let out = run(
        idx.path(),
        &[
            "-f",
            "json",
            "-n",
            "2",
            "--kind",
            "inspection",
            "--from",
            "2018",
            "--explain",
            "probation",
        ],
    );
    insta::assert_snapshot!(pretty_json(&out));
}

#[test]
fn json_lenient_warnings() {
    let idx = index();
    let out = run(
        idx.path(),
        &[
            "-f",
            "json",
            "-n",
            "1",
            "\"approved premises\" - (hostel http://x.org",
        ],
    );
    insta::assert_snapshot!(pretty_json(&out));
}

#[test]
fn json_error() {
    let idx = index();
    let out = run(idx.path(), &["-f", "json", "--limit", "500", "probation"]);
    insta::assert_snapshot!(pretty_json(&out));
}

#[test]
fn csv_probation() {
    let idx = index();
    insta::assert_snapshot!(run(idx.path(), &["-f", "csv", "-n", "4", "probation"]));
}

#[test]
fn human_probation() {
    let idx = index();
    insta::assert_snapshot!(run(
        idx.path(),
        &["-f", "human", "--color", "never", "-n", "3", "probation"]
    ));
}

#[test]
fn human_probation_colour() {
    let idx = index();
    insta::assert_snapshot!(run(
        idx.path(),
        &["-f", "human", "--color", "always", "-n", "1", "UPW"]
    ));
}
