//! Human output as a researcher gets it through a pipe (issue 15, items 2,
//! 4 and 11): it stays human and colourless when piped, facets can be left
//! out, the heading names the filters as resolved and quotes a phrase
//! once, the histogram marks the selected years, and no match prints no
//! histogram. The real binary with stdout a pipe.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use tempfile::TempDir;

fn index() -> TempDir {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    dir
}

fn run(idx: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("JPSEARCH_INDEX")
        .arg("--index")
        .arg(idx)
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn piped_output_is_human_without_colour() {
    let idx = index();
    let out = run(idx.path(), &["unpaid", "work"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("2 pages match \"unpaid work\""), "{text}");
    assert!(!text.contains('\x1b'), "no escape codes in a pipe: {text}");
    assert!(!text.trim_start().starts_with('{'), "not JSON: {text}");
    assert!(text.contains("Kinds"), "facets by default: {text}");
    assert!(text.contains("Years"), "histogram by default: {text}");
    // JSON only when asked.
    let json = stdout(&run(idx.path(), &["--format", "json", "unpaid", "work"]));
    assert!(json.starts_with('{'), "{json}");
}

#[test]
fn no_facets_leaves_out_the_counts_and_the_histogram() {
    let idx = index();
    let text = stdout(&run(idx.path(), &["--no-facets", "probation"]));
    assert!(text.contains("1. "), "{text}");
    for gone in ["Kinds", "Areas", "Years", "█"] {
        assert!(!text.contains(gone), "{gone} in: {text}");
    }
}

#[test]
fn the_heading_names_the_filters_as_resolved() {
    let idx = index();
    // "South Yorks" is an alias; the heading gives the canonical name.
    let out = run(
        idx.path(),
        &[
            "--area",
            "South Yorks",
            "--kind",
            "blog",
            "--from",
            "2015",
            "--to",
            "2019",
            "probation",
        ],
    );
    let text = stdout(&out);
    let heading: Vec<&str> = text.lines().take(2).collect();
    assert_eq!(
        heading[0], "1 page match \"probation\", showing 1-1",
        "{text}"
    );
    assert_eq!(
        heading[1],
        "filtered to area: South Yorkshire · kind: blog · dated 2015-01-01 to 2019-12-31",
        "{text}"
    );
    // Without filters there is no such line.
    let plain = stdout(&run(idx.path(), &["probation"]));
    assert!(!plain.contains("filtered to"), "{plain}");
}

#[test]
fn the_histogram_marks_the_years_inside_the_date_filter() {
    let idx = index();
    let text = stdout(&run(
        idx.path(),
        &["--from", "2019", "--to", "2020", "probation"],
    ));
    assert!(
        text.contains("Years (* inside the date filter; counts ignore it)"),
        "{text}"
    );
    let years: Vec<&str> = text
        .lines()
        .filter(|l| {
            l.get(2..6)
                .is_some_and(|y| y.bytes().all(|c| c.is_ascii_digit()))
        })
        .collect();
    assert!(!years.is_empty(), "{text}");
    for line in years {
        let inside = line.contains("2019") || line.contains("2020");
        assert_eq!(line.starts_with('*'), inside, "{line}");
    }
}

#[test]
fn no_match_prints_no_histogram() {
    let idx = index();
    // The year counts ignore the date filter, so this used to draw every
    // year of the index under "0 pages match".
    let out = run(idx.path(), &["--from", "2040", "probation"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.starts_with("0 pages match \"probation\""), "{text}");
    assert!(!text.contains("Years") && !text.contains("Kinds"), "{text}");
}

#[test]
fn a_phrase_is_quoted_once() {
    let idx = index();
    let text = stdout(&run(idx.path(), &["--", "\"through the gate\""]));
    assert!(
        text.starts_with("1 page match \"through the gate\","),
        "{text}"
    );
    assert!(!text.contains("\"\""), "{text}");
}

#[test]
fn help_says_how_to_page_and_how_to_call_from_a_program() {
    let out = Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--help")
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("PAGING:"), "{text}");
    assert!(text.contains("--offset 10 the second"), "{text}");
    assert!(
        text.contains("jp-query --format json --limit 10 -- USER TEXT"),
        "{text}"
    );
    assert!(text.contains("--no-facets"), "{text}");
}
