//! Exports (`--all`, `--fields`): the real jp-query on the bundled corpus
//! prints exactly the fields asked for, in every format; a streamed export
//! is the same answer as the whole one; and the engine reads a page only
//! when its hit is written (the stream stops without reading the rest).

use std::io;
use std::ops::ControlFlow;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;

use jpsearch::search::output::{self, Format, OutputOptions};
use jpsearch::search::{Engine, Hit, HitField, HitSink, SearchRequest, SearchResponse};

/// The corpus, indexed once by the real jp-index.
fn index() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let status = Command::new(env!("CARGO_BIN_EXE_jp-index"))
            .args(["--quiet", "--index"])
            .arg(dir.path())
            .arg(&corpus)
            .status()
            .expect("jp-index runs");
        assert!(status.success());
        dir
    })
    .path()
}

fn query(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jp-query"))
        .arg("--index")
        .arg(index())
        .args(args)
        .output()
        .expect("jp-query runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8")
}

/// The keys of a JSON object in the order written (serde_json's own map
/// sorts them).
struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = m.next_key::<String>()? {
                    m.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

#[derive(serde::Deserialize)]
struct HitKeys {
    hits: Vec<Keys>,
}

const CHOSEN: &[&str] = &["title", "body", "date", "date_source", "tags", "rank"];

#[test]
fn json_and_jsonl_hits_have_exactly_the_fields_asked_in_order() {
    let list = CHOSEN.join(",");
    for all in [false, true] {
        let mut args = vec!["-f", "json", "--fields", &list, "probation"];
        if all {
            args.push("--all");
        }
        let out = query(&args);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
        let hits = v["hits"].as_array().expect("hits");
        assert!(!hits.is_empty());
        if all {
            assert_eq!(hits.len() as u64, v["total"].as_u64().unwrap());
        }
        for h in hits {
            assert!(h["body"].as_str().unwrap().len() > 200, "the full text");
        }
        let ordered: HitKeys = serde_json::from_str(&stdout(&out)).unwrap();
        for k in ordered.hits {
            assert_eq!(k.0, CHOSEN, "all={all}");
        }
    }
    let out = query(&["-f", "jsonl", "--all", "--fields", "url,kind", "probation"]);
    for line in stdout(&out).lines() {
        let keys: Keys = serde_json::from_str(line).expect("a JSON line");
        assert_eq!(keys.0, ["url", "kind"]);
    }
}

#[test]
fn csv_has_exactly_the_columns_asked_and_the_body_in_one_cell() {
    let out = query(&["-f", "csv", "--all", "--fields", "source,body", "probation"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("source,body\r\n"), "{}", &text[..40]);
    // Every body has paragraphs, so every row's body cell is quoted and
    // the row count is the number of `\r\n` outside quotes.
    let mut rows = 0;
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => rows += 1,
            _ => {}
        }
    }
    let total =
        serde_json::from_str::<serde_json::Value>(&stdout(&query(&["-f", "json", "probation"])))
            .unwrap()["total"]
            .as_u64()
            .unwrap();
    assert_eq!(rows - 1, total, "one row per hit after the header");
}

#[test]
fn unknown_fields_and_fields_in_human_output_are_errors() {
    let out = query(&["-f", "json", "--fields", "title,bogus", "probation"]);
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["error"]["code"], "unknown_field");
    let out = query(&["-f", "human", "--fields", "title", "probation"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--fields"));
}

fn without_timing(s: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(s).expect("JSON");
    v["took_ms"] = serde_json::json!(0.0);
    v
}

#[test]
fn a_streamed_export_is_the_whole_answer() {
    let engine = Engine::open(index()).unwrap();
    for (q, area) in [("probation", None), ("unpaid work", Some("Wales"))] {
        let mut req = SearchRequest::new(q);
        req.all = true;
        req.areas = area.map(|a| vec![a.to_string()]).unwrap_or_default();
        let whole = engine.search(&req).unwrap();
        let mut printed = Vec::new();
        let opts = OutputOptions {
            format: Format::Json,
            color: false,
            width: 80,
            fields: None,
        };
        output::write_response(&mut printed, &whole, &opts).unwrap();
        let mut streamed = Vec::new();
        let mut sink = output::sink(&mut streamed, &opts).unwrap();
        let summary = engine.export(&req, sink.as_mut()).unwrap();
        drop(sink);
        assert_eq!(summary.total, whole.total);
        assert_eq!(summary.written, whole.hits.len() as u64);
        assert_eq!(
            without_timing(std::str::from_utf8(&streamed).unwrap()),
            without_timing(std::str::from_utf8(&printed).unwrap()),
            "{q}"
        );
    }
}

/// Stops after `stop_after` hits and remembers what it saw.
struct Counting {
    stop_after: u64,
    seen: Vec<String>,
    total: u64,
}

impl HitSink for Counting {
    fn begin(&mut self, head: &SearchResponse) -> io::Result<()> {
        self.total = head.total;
        Ok(())
    }
    fn hit(&mut self, hit: &Hit) -> io::Result<ControlFlow<()>> {
        self.seen.push(hit.source.clone());
        Ok(if self.seen.len() as u64 >= self.stop_after {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        })
    }
    fn end(&mut self, _head: &SearchResponse) -> io::Result<()> {
        panic!("end is not called after the sink stopped the stream");
    }
}

#[test]
fn an_export_reads_each_page_only_when_its_hit_is_written() {
    let engine = Engine::open(index()).unwrap();
    let mut req = SearchRequest::new("probation");
    req.fields = Some(vec![HitField::Source, HitField::Body]);
    for stop in [1u64, 3] {
        let mut sink = Counting {
            stop_after: stop,
            seen: Vec::new(),
            total: 0,
        };
        let summary = engine.export(&req, &mut sink).unwrap();
        assert!(sink.total > 10, "a broad query: {}", sink.total);
        assert_eq!(summary.written, stop);
        assert_eq!(summary.pages_read, stop, "no page is read ahead of its hit");
    }
}

#[test]
fn an_export_follows_the_query_order_and_filters() {
    let engine = Engine::open(index()).unwrap();
    let mut req = SearchRequest::new("probation");
    req.sort = jpsearch::search::Sort::Oldest;
    req.areas = vec!["England".into()];
    req.limit = 5;
    let page = engine.search(&req).unwrap();
    let mut sink = Counting {
        stop_after: u64::MAX,
        seen: Vec::new(),
        total: 0,
    };
    // A full run calls `end`, which this sink refuses: stop one short.
    sink.stop_after = page.total;
    engine.export(&req, &mut sink).unwrap();
    assert_eq!(sink.total, page.total);
    let first: Vec<String> = page.hits.iter().map(|h| h.source.clone()).collect();
    assert_eq!(
        sink.seen[..first.len()],
        first[..],
        "same order as the pages"
    );
}
