//! Names, accents and spreadsheets through the real binaries: pages
//! written to a temporary folder, indexed by jp-index, searched by
//! jp-query (issue 15, items 3, 7, 8 and 9).

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use tempfile::TempDir;

fn jp_index(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jp-index"))
        .args(args)
        .env_remove("JPSEARCH_INDEX")
        .output()
        .expect("jp-index runs")
}

fn jp_query(idx: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--index")
        .arg(idx)
        .args(args)
        .env_remove("JPSEARCH_INDEX")
        .env_remove("COLUMNS")
        .output()
        .expect("jp-query runs")
}

fn json(out: &Output) -> Value {
    let s = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(s.lines().count(), 1, "one line: {s}");
    serde_json::from_str(&s).unwrap()
}

/// A saved article page with a headline, a date and paragraphs.
fn article(title: &str, date: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{title}</title>\
         <meta property=\"article:published_time\" content=\"{date}T09:00:00Z\">\
         </head><body><article><h1>{title}</h1>\n{body}</article></body></html>"
    )
}

/// The pages, indexed: (pages folder, index folder).
fn indexed(pages: &[(&str, String)]) -> (TempDir, TempDir) {
    let root = TempDir::new().unwrap();
    for (name, html) in pages {
        let path = root.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, html).unwrap();
    }
    let idx = TempDir::new().unwrap();
    let out = jp_index(&[
        "--index",
        idx.path().to_str().unwrap(),
        root.path().to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "jp-index failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (root, idx)
}

fn welsh_pages() -> Vec<(&'static str, String)> {
    vec![
        (
            "news/dwr-cymru-placements.html",
            article(
                "Unpaid work with Dŵr Cymru in Gwent",
                "2019-05-02",
                &[
                    "People on probation in Gwent cleared reservoir paths for Dŵr Cymru, \
                     the Welsh water company, as part of their unpaid work hours.",
                    "Supervisors said the café at the visitor centre gave the group lunch.",
                ],
            ),
        ),
        (
            "news/cafe-scheme.html",
            article(
                "A cafe run by people leaving prison",
                "2021-09-14",
                &[
                    "A cafe in Cardiff trains people leaving prison as baristas, and the \
                     charity behind it plans a second site.",
                ],
            ),
        ),
    ]
}

fn sources(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["source"].as_str().unwrap().to_string())
        .collect();
    s.sort();
    s
}

fn marked(hit: &Value) -> Vec<String> {
    let text: Vec<char> = hit["snippet"]["text"].as_str().unwrap().chars().collect();
    hit["snippet"]["highlights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let (a, b) = (r[0].as_u64().unwrap(), r[1].as_u64().unwrap());
            text[a as usize..b as usize].iter().collect()
        })
        .collect()
}

#[test]
fn accents_fold_on_a_welsh_page_both_ways() {
    let (_root, idx) = indexed(&welsh_pages());
    // Typed without the circumflex, the Welsh spelling is found and marked
    // as written.
    let v = json(&jp_query(idx.path(), &["--format", "json", "dwr"]));
    assert_eq!(v["total"], 1, "{v}");
    assert_eq!(sources(&v), ["news/dwr-cymru-placements.html"]);
    assert_eq!(marked(&v["hits"][0]), ["Dŵr"]);
    // Typed with it, the same page.
    let v = json(&jp_query(idx.path(), &["--format", "json", "Dŵr Cymru"]));
    assert_eq!(sources(&v), ["news/dwr-cymru-placements.html"]);
    // café = cafe, in both directions.
    for q in ["cafe", "café", "CAFÉ"] {
        let v = json(&jp_query(idx.path(), &["--format", "json", q]));
        assert_eq!(
            sources(&v),
            ["news/cafe-scheme.html", "news/dwr-cymru-placements.html"],
            "{q}"
        );
    }
    let v = json(&jp_query(
        idx.path(),
        &["--format", "json", "café", "visitor"],
    ));
    assert_eq!(marked(&v["hits"][0]), ["café", "visitor"]);
    // A prefix folds too.
    let v = json(&jp_query(idx.path(), &["--format", "json", "caf*"]));
    assert_eq!(v["total"], 2, "{v}");
}

#[test]
fn an_index_in_another_format_is_refused_with_how_to_reindex() {
    use tantivy::schema::{STORED, Schema, TEXT};
    let idx = TempDir::new().unwrap();
    let mut b = Schema::builder();
    b.add_text_field("title", TEXT | STORED);
    tantivy::Index::create_in_dir(idx.path(), b.build()).unwrap();
    let out = jp_query(idx.path(), &["--format", "json", "probation"]);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["error"]["code"], "schema_mismatch");
    let message = v["error"]["message"].as_str().unwrap();
    assert!(message.contains("re-index"), "{message}");
    assert!(message.contains("jp-index"), "{message}");
    // jp-index refuses it the same way rather than writing into it.
    let pages = TempDir::new().unwrap();
    std::fs::write(
        pages.path().join("a.html"),
        article("Probation", "2020-01-01", &["Probation news."]),
    )
    .unwrap();
    let out = jp_index(&[
        "--index",
        idx.path().to_str().unwrap(),
        pages.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("re-index"));
}

#[test]
fn csv_excel_starts_with_a_byte_order_mark_and_csv_does_not() {
    let (_root, idx) = indexed(&welsh_pages());
    let out = jp_query(idx.path(), &["--format", "csv-excel", "dwr"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBFrank,score,"));
    let text = String::from_utf8(out.stdout[3..].to_vec()).unwrap();
    assert!(text.contains("Dŵr Cymru"), "{text}");
    assert_eq!(text.lines().count(), 2);
    let out = jp_query(idx.path(), &["--format", "csv", "dwr"]);
    assert!(out.stdout.starts_with(b"rank,score,"));
}
