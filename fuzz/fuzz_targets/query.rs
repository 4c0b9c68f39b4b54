//! A string in, parsed and searched against a small fixed in-memory index
//! (the hand-written test pages of `tests/common`): never a panic, and the
//! answer is always one well-formed JSON line, a result or an error.
//!
//! The first byte picks request options (sort, limit, offset, explain) so
//! those paths are fuzzed too; the rest is the query text.
#![no_main]

#[allow(dead_code)]
#[path = "../../tests/common/mod.rs"]
mod common;

use std::sync::OnceLock;

use jpsearch::index::document::{FileStamp, to_document};
use jpsearch::schema;
use jpsearch::search::output::json;
use jpsearch::search::{Engine, SearchRequest, Sort, query};
use libfuzzer_sys::fuzz_target;
use tantivy::{Index, IndexWriter};

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let (schema, fields) = schema::build();
        let index = Index::create_in_ram(schema);
        schema::register_tokenizers(&index);
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 20_000_000).unwrap();
        for (i, p) in common::pages().iter().enumerate() {
            let stamp = FileStamp {
                hash: i as u64,
                size: p.body.len() as u64,
                mtime_ns: 0,
            };
            writer.add_document(to_document(&fields, p, stamp)).unwrap();
        }
        writer.commit().unwrap();
        Engine::from_index(index, false).unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&opts, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if let Ok(p) = query::parse(&text) {
        assert!(p.expr.clause_count() <= query::MAX_CLAUSES);
        let _ = p.expr.render();
    }
    let mut req = SearchRequest::new(text.into_owned());
    req.sort = match opts % 3 {
        0 => Sort::Relevance,
        1 => Sort::Newest,
        _ => Sort::Oldest,
    };
    req.limit = usize::from((opts >> 2) & 7) * 2;
    req.offset = usize::from((opts >> 5) & 3);
    req.explain = opts & 0x80 != 0;
    if opts & 0x40 != 0 {
        req.recency_days = Some(365.0);
    }
    let mut buf = Vec::new();
    match engine().search(&req) {
        Ok(r) => {
            assert!(r.hits.len() <= req.limit);
            json::write(&mut buf, &r).unwrap();
        }
        Err(e) => json::write_error(&mut buf, &e).unwrap(),
    }
    let line = std::str::from_utf8(&buf).expect("JSON is UTF-8");
    assert_eq!(line.matches('\n').count(), 1, "one line: {line}");
    let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
    assert_eq!(v["version"], jpsearch::search::JSON_VERSION);
    if let Some(hits) = v["hits"].as_array() {
        for h in hits {
            let html = h["snippet"]["html"].as_str().unwrap();
            assert!(!html.contains("<script"), "unescaped: {html}");
        }
    }
});
