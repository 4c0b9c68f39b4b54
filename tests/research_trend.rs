//! Trends (`--trend`): every figure checked against an independent count
//! over what `jp-index extract` printed for the bundled corpus (every
//! period, with and without filters), shares on the filtered denominator,
//! undated pages apart, and the SVG chart parsed back.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;

use jpsearch::search::{Engine, Interval, SearchRequest, TrendRequest};
use serde_json::Value;

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The corpus, indexed once by the real jp-index.
fn index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let status = Command::new(env!("CARGO_BIN_EXE_jp-index"))
            .args(["--quiet", "--index"])
            .arg(dir.path())
            .arg(corpus())
            .status()
            .expect("jp-index runs");
        assert!(status.success());
        dir
    })
    .path()
}

/// What `jp-index extract` prints for every page of the corpus.
fn extracted() -> &'static [Value] {
    static PAGES: OnceLock<Vec<Value>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let out = Command::new(env!("CARGO_BIN_EXE_jp-index"))
            .arg("extract")
            .arg(corpus().join("docs"))
            .output()
            .expect("jp-index extract runs");
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    })
}

fn query(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--index")
        .arg(index())
        .args(args)
        .output()
        .expect("jp-query runs")
}

/// The word forms the English stemmer folds to "women": counted by hand
/// here so the check does not lean on the analyser it checks.
fn mentions_women(page: &Value) -> bool {
    let text = format!(
        "{} {}",
        page["title"].as_str().unwrap(),
        page["body"].as_str().unwrap()
    );
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("women"))
}

/// (count, total) by year, counted from the extracted pages that pass
/// `keep`.
fn by_year(keep: impl Fn(&Value) -> bool) -> BTreeMap<String, (u64, u64)> {
    let mut out: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for p in extracted().iter().filter(|p| keep(p)) {
        let Some(date) = p["date"].as_str() else {
            continue;
        };
        let slot = out.entry(date[..4].to_string()).or_default();
        slot.1 += 1;
        if mentions_women(p) {
            slot.0 += 1;
        }
    }
    out
}

/// The trend's points as period → (count, total), zero periods dropped,
/// with every share checked against count / total.
fn points(series: &Value) -> BTreeMap<String, (u64, u64)> {
    let mut out = BTreeMap::new();
    for p in series["points"].as_array().unwrap() {
        let (count, total) = (p["count"].as_u64().unwrap(), p["total"].as_u64().unwrap());
        let share = p["share"].as_f64().unwrap();
        let expected = if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        };
        assert!((share - expected).abs() < 1e-6, "{p}");
        if total > 0 {
            out.insert(p["period"].as_str().unwrap().to_string(), (count, total));
        }
    }
    out
}

fn trend_json(args: &[&str]) -> Value {
    let out = query(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(std::str::from_utf8(&out.stdout).unwrap()).expect("JSON")
}

#[test]
fn every_year_matches_an_independent_count_with_and_without_filters() {
    let v = trend_json(&["-f", "json", "--trend", "year", "women"]);
    assert_eq!(v["mode"], "trend");
    let expected = by_year(|_| true);
    assert!(expected.values().any(|c| c.0 > 0) && expected.values().any(|c| c.0 < c.1));
    assert_eq!(points(&v["series"][0]), expected);

    let v = trend_json(&[
        "-f", "json", "--trend", "year", "--kind", "blog", "--kind", "report", "women",
    ]);
    let kinds = |p: &Value| matches!(p["kind"].as_str(), Some("blog" | "report"));
    assert_eq!(points(&v["series"][0]), by_year(kinds));

    let v = trend_json(&[
        "-f", "json", "--trend", "year", "--from", "2015", "--to", "2020-06", "women",
    ]);
    let dated = |p: &Value| {
        p["date"]
            .as_str()
            .is_some_and(|d| ("2015-01-01"..="2020-06-30").contains(&d))
    };
    assert_eq!(points(&v["series"][0]), by_year(dated));
    let periods: Vec<&str> = v["series"][0]["points"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods.first(), Some(&"2015"));
    assert_eq!(periods.last(), Some(&"2020"));
}

#[test]
fn the_denominator_is_the_filtered_pages_not_every_page() {
    // Wales: pages naming Wales or a Welsh area; the gazetteer's hierarchy
    // is what the area filter uses, so the independent count takes the
    // Welsh areas by name.
    let welsh = [
        "Wales",
        "South Wales",
        "North Wales",
        "Gwent",
        "Dyfed-Powys",
    ];
    let in_wales = |p: &Value| {
        p["areas"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| welsh.contains(&a.as_str().unwrap()))
    };
    let v = trend_json(&["-f", "json", "--trend", "year", "--area", "Wales", "women"]);
    let got = points(&v["series"][0]);
    assert_eq!(got, by_year(in_wales));
    let everything = by_year(|_| true);
    assert!(
        got.iter().any(|(y, c)| c.1 < everything[y].1),
        "some year has fewer Welsh pages than pages"
    );
}

#[test]
fn several_series_share_one_axis_and_csv_has_a_row_per_point() {
    let v = trend_json(&[
        "-f", "json", "--trend", "quarter", "women", "--series", "prison",
    ]);
    let s = v["series"].as_array().unwrap();
    assert_eq!(s.len(), 2);
    assert_eq!(
        s[0]["points"].as_array().unwrap().len(),
        s[1]["points"].as_array().unwrap().len()
    );
    assert!(s[0]["points"][0]["period"].as_str().unwrap().contains("-Q"));
    let out = query(&[
        "-f", "csv", "--trend", "quarter", "women", "--series", "prison",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("period,series,count,total,share"));
    let rows = lines.count();
    let per_series = s[0]["points"].as_array().unwrap().len() + 1; // + undated
    assert_eq!(rows, 2 * per_series);
}

#[test]
fn a_split_gives_one_series_per_value_with_its_own_denominator() {
    let v = trend_json(&[
        "-f", "json", "--trend", "year", "--split", "kind", "--top", "2", "women",
    ]);
    let s = v["series"].as_array().unwrap();
    assert_eq!(s.len(), 2);
    for series in s {
        let kind = series["value"].as_str().unwrap().to_string();
        let expected = by_year(|p| p["kind"].as_str() == Some(kind.as_str()));
        assert_eq!(points(series), expected, "{kind}");
    }
}

#[test]
fn undated_pages_are_counted_apart() {
    let dir = tempfile::tempdir().unwrap();
    common::build_index(dir.path());
    let engine = Engine::open(dir.path()).unwrap();
    let pages = common::pages();
    let req = TrendRequest {
        base: SearchRequest::default(),
        series: vec!["probation".into()],
        interval: Interval::Month,
        split: None,
        top: 5,
    };
    let resp = engine.trend(&req).unwrap();
    let s = &resp.series[0];
    let undated = pages.iter().filter(|p| p.date.is_none()).count() as u64;
    assert!(undated > 0, "the test pages have an undated one");
    assert_eq!(s.undated.total, undated);
    let dated_total: u64 = s.points.iter().map(|p| p.total).sum();
    assert_eq!(dated_total + undated, pages.len() as u64, "every page once");
    assert!(s.undated.count <= s.undated.total && s.undated.count > 0);
}

#[test]
fn the_svg_parses_and_has_one_path_per_series() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chart.svg");
    let file_arg = file.to_str().unwrap();
    let out = query(&[
        "-f",
        "csv",
        "--trend",
        "year",
        "--area",
        "England",
        "--split",
        "region",
        "--top",
        "3",
        "probation",
        "--plot",
        file_arg,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = std::fs::read_to_string(&file).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let paths: Vec<_> = root
        .descendants()
        .filter(|n| n.has_tag_name("path"))
        .collect();
    assert_eq!(paths.len(), 3, "one path per series");
    let texts: Vec<String> = root
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(str::to_string))
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("area England")),
        "filters in the caption"
    );
    assert!(
        texts.iter().any(|t| t.contains("@ ")),
        "a legend entry per series"
    );
    let bad = query(&["--trend", "year", "probation", "--plot", "chart.pdf"]);
    assert_eq!(bad.status.code(), Some(2));
}
