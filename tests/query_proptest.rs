//! Property tests: any string at all goes through parse-and-search without
//! a panic and comes back as a well-formed JSON answer (hits or an error).

mod common;

use std::sync::OnceLock;

use jpsearch::search::output::json;
use jpsearch::search::{Engine, SearchRequest, query};
use proptest::prelude::*;
use tempfile::TempDir;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<(TempDir, Engine)> = OnceLock::new();
    &ENGINE
        .get_or_init(|| {
            let dir = TempDir::new().unwrap();
            common::build_index(dir.path());
            let e = Engine::open(dir.path()).unwrap();
            (dir, e)
        })
        .1
}

/// Characters that stress the parser, plus any char at all.
fn nasty_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '"', '\'', '-', '+', '(', ')', '[', ']', '{', '}', '*', ':', '|', '&', '\\', '/',
            ' ', ' ', ' ', '\t', '\n', '\r', '\0', '\u{7}', '\u{1b}', '\u{202e}', '\u{200b}',
            '\u{201c}', '\u{201d}', '\u{2212}', '\u{2013}', 'é', 'ß', 'İ', 'Σ', '北', '😀',
            '\u{fffd}', '<', '>', '%', '#', '.', ',', '!', '?',
        ]),
        2 => prop::char::range('a', 'z'),
        1 => any::<char>(),
    ]
}

fn word() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "probation",
        "unpaid",
        "work",
        "CRC",
        "AP",
        "ap",
        "OR",
        "AND",
        "NOT",
        "title:",
        "body:",
        "rehab*",
        "\"approved",
        "premises\"",
        "Kent",
        "http://x.y/z",
        "www.gov.uk",
        "-",
        "(",
        ")",
        "*",
        "a*",
        "UPW",
        "the",
        "of",
        "s",
    ])
    .prop_map(str::to_string)
}

fn query_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(nasty_char(), 0..60).prop_map(|v| v.into_iter().collect()),
        4 => prop::collection::vec(word(), 0..12).prop_map(|v| v.join(" ")),
        2 => (prop::collection::vec(word(), 0..6), prop::collection::vec(nasty_char(), 0..10))
            .prop_map(|(w, c)| {
                let tail: String = c.into_iter().collect();
                format!("{}{}", w.join(" "), tail)
            }),
        1 => (nasty_char(), 900usize..10_240).prop_map(|(c, n)| {
            std::iter::repeat_n(c, n).collect()
        }),
        1 => prop::collection::vec(word(), 30..200).prop_map(|v| v.join(" ")),
    ]
}

fn answer_json(req: &SearchRequest) -> serde_json::Value {
    let mut buf = Vec::new();
    match engine().search(req) {
        Ok(r) => json::write(&mut buf, &r).unwrap(),
        Err(e) => json::write_error(&mut buf, &e).unwrap(),
    }
    let text = String::from_utf8(buf).unwrap();
    assert_eq!(text.matches('\n').count(), 1, "one line");
    serde_json::from_str(&text).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn parser_never_panics(q in query_string()) {
        if let Ok(p) = query::parse(&q) {
            prop_assert!(p.expr.clause_count() <= query::MAX_CLAUSES);
            let _ = p.expr.render();
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn search_always_answers_json(q in query_string(), limit in 0usize..12, offset in 0usize..4) {
        let mut req = SearchRequest::new(q);
        req.limit = limit;
        req.offset = offset;
        let v = answer_json(&req);
        prop_assert_eq!(&v["version"], &serde_json::json!(jpsearch::search::JSON_VERSION));
        if v.get("error").is_some() {
            prop_assert!(v["error"]["code"].is_string());
        } else {
            let total = v["total"].as_u64().unwrap();
            let hits = v["hits"].as_array().unwrap();
            prop_assert!(hits.len() <= limit);
            // `total` counts the all-words pages; pages with some of the
            // words may follow them, and only them.
            let all = hits.iter().filter(|h| h["matched"] == "all").count();
            prop_assert!(all as u64 <= total);
            prop_assert!(hits[..all].iter().all(|h| h["matched"] == "all"));
            if v["query"]["matched"] == "any" {
                prop_assert_eq!(all, 0);
            }
            for h in hits {
                let html = h["snippet"]["html"].as_str().unwrap();
                prop_assert!(!html.contains("<script"));
            }
        }
    }
}
