//! The JSON contract (docs/json-contract.md) read back from the real
//! binary into structs that mirror the document, with unknown fields
//! rejected: a change to the output is a visible change here.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use serde::Deserialize;
use tempfile::TempDir;

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    version: u32,
    /// `--serve` only, when the request had one.
    #[serde(default)]
    id: Option<serde_json::Value>,
    query: Query,
    warnings: Vec<Warning>,
    total: u64,
    total_some: u64,
    offset: u64,
    limit: u64,
    took_ms: f64,
    hits: Vec<Hit>,
    facets: Facets,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Query {
    text: String,
    parsed: String,
    matched: String,
    filters: Filters,
    sort: String,
    recency_days: Option<f64>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Filters {
    area: Vec<String>,
    provider: Vec<String>,
    kind: Vec<String>,
    from: Option<String>,
    to: Option<String>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Warning {
    code: String,
    message: String,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hit {
    rank: u64,
    score: f64,
    source: String,
    url: Option<String>,
    title: String,
    date: Option<String>,
    kind: String,
    areas: Vec<String>,
    primary_area: Option<String>,
    providers: Vec<String>,
    matched: String,
    snippet: Snippet,
    #[serde(default)]
    explain: Option<Explain>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Snippet {
    text: String,
    highlights: Vec<[usize; 2]>,
    html: String,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Explain {
    text: f64,
    proximity: f64,
    recency: f64,
    score: f64,
    parts: Vec<Part>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    clause: String,
    score: f64,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Facets {
    nation: Vec<FacetValue>,
    region: Vec<FacetValue>,
    area: Vec<FacetValue>,
    provider: Vec<FacetValue>,
    kind: Vec<FacetValue>,
    year: Vec<FacetValue>,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FacetValue {
    value: String,
    count: u64,
    selected: bool,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ErrorAnswer {
    version: u32,
    #[serde(default)]
    id: Option<serde_json::Value>,
    error: ErrorBody,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ErrorBody {
    code: String,
    message: String,
}

fn run(dir: &TempDir, args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--index")
        .arg(dir.path())
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

fn check_answer(a: &Answer) {
    assert_eq!(a.version, 3);
    // Pages with some of the words only ever follow those with all of them.
    let first_some = a.hits.iter().position(|h| h.matched == "some");
    if let Some(i) = first_some {
        assert!(a.hits[i..].iter().all(|h| h.matched == "some"));
    }
    for h in &a.hits {
        assert!(h.matched == "all" || h.matched == "some", "{}", h.matched);
    }
    assert!(a.hits.len() as u64 <= a.limit.max(a.total));
    // Paging ends at the last page with some of the words.
    assert!(a.hits.iter().all(|h| h.rank <= a.total + a.total_some));
    for (i, h) in a.hits.iter().enumerate() {
        assert_eq!(h.rank, a.offset + i as u64 + 1);
        assert!(!h.source.starts_with('/'));
        let n = h.snippet.text.chars().count();
        let mut last = 0;
        for [s, e] in &h.snippet.highlights {
            assert!(s < e && *e <= n && *s >= last);
            last = *e;
        }
        assert_eq!(
            h.snippet.html.matches("<mark>").count(),
            h.snippet.highlights.len()
        );
    }
    let years: Vec<&str> = a.facets.year.iter().map(|v| v.value.as_str()).collect();
    let mut sorted = years.clone();
    sorted.sort();
    assert_eq!(years, sorted);
}

#[test]
fn success_answers_match_the_contract() {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    let cases: &[&[&str]] = &[
        &["-f", "json", "probation"],
        &["-f", "json", "--explain", "--recency", "365", "unpaid work"],
        &[
            "-f", "json", "--sort", "newest", "-n", "2", "--offset", "1", "CRC",
        ],
        &[
            "-f", "json", "--kind", "news", "--from", "2019", "--to", "2022-05", "",
        ],
        &["-f", "json", "\"approved premises\" - (hostel http://x.org"],
        &["-f", "json", "xylophone"],
        &["-f", "json", "sobriety zanzibar"],
        &["-f", "json", "--explain", "unpaid enforcement"],
    ];
    for args in cases {
        let (code, out) = run(&dir, args);
        assert!(matches!(code, Some(0 | 1)), "{args:?}");
        let a: Answer =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
        check_answer(&a);
        if args.contains(&"--explain") {
            assert!(a.hits.iter().all(|h| h.explain.is_some()));
        } else {
            assert!(a.hits.iter().all(|h| h.explain.is_none()));
        }
    }
}

#[test]
fn error_answers_match_the_contract() {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    for args in [
        &["-f", "json", "--limit", "1000", "x"][..],
        &["-f", "json", "--area", "Atlantis", "x"],
        &["-f", "json", "--to", "soon", "x"],
        &["-f", "json", "--nonsense"],
    ] {
        let (code, out) = run(&dir, args);
        assert_eq!(code, Some(2), "{args:?}");
        let e: ErrorAnswer =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"));
        assert_eq!(e.version, 3);
        assert!(e.id.is_none());
        assert!(!e.error.code.is_empty());
    }
}

#[test]
fn serve_answers_match_the_contract() {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    let mut child = Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--index")
        .arg(dir.path())
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut stdin = child.stdin.take().unwrap();
        writeln!(
            stdin,
            r#"{{"query": "probation", "kind": ["blog", "report"], "explain": true}}"#
        )
        .unwrap();
        writeln!(stdin, r#"{{"query": "probation", "limit": 0}}"#).unwrap();
        writeln!(stdin, r#"{{"query": 7}}"#).unwrap();
        writeln!(stdin, r#"{{"id": ["a", 1], "query": "probation"}}"#).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4);
    let a: Answer = serde_json::from_str(lines[0]).unwrap();
    check_answer(&a);
    assert!(a.id.is_none());
    let b: Answer = serde_json::from_str(lines[1]).unwrap();
    assert!(b.hits.is_empty() && b.total > 0);
    let e: ErrorAnswer = serde_json::from_str(lines[2]).unwrap();
    assert_eq!(e.error.code, "bad_request_json");
    let d: Answer = serde_json::from_str(lines[3]).unwrap();
    check_answer(&d);
    assert_eq!(d.id, Some(serde_json::json!(["a", 1])));
}

#[test]
fn documented_example_matches_the_contract() {
    let doc = include_str!("../docs/json-contract.md");
    let example = doc.split("## Example").nth(1).unwrap();
    let json = example
        .split("```json")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let a: Answer = serde_json::from_str(json).unwrap();
    check_answer(&a);
    // And it is what the documented call answers on the test index.
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    let (code, out) = run(
        &dir,
        &[
            "--format",
            "json",
            "-n",
            "1",
            "--",
            "\"approved premises\" hostel",
        ],
    );
    assert_eq!(code, Some(0));
    let real: Answer = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (real.total, real.total_some, &real.hits[0].source),
        (a.total, a.total_some, &a.hits[0].source),
        "{out}"
    );
}
