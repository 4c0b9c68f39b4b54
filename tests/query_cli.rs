//! Runs the real jp-query binary (arguments only, no shell) on the test
//! index: exit codes, formats, errors as JSON, closed pipes, --serve, and a
//! site backend sending hostile queries.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jp-query"));
    c.env_remove("NO_COLOR").env_remove("COLUMNS");
    c
}

fn index() -> TempDir {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    dir
}

fn run(idx: &Path, args: &[&str]) -> Output {
    bin().arg("--index").arg(idx).args(args).output().unwrap()
}

fn json(out: &Output) -> Value {
    let s = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(s.lines().count(), 1, "one line: {s}");
    serde_json::from_str(&s).unwrap()
}

#[test]
fn exit_0_on_hits_1_on_none_2_on_error() {
    let idx = index();
    assert_eq!(
        run(idx.path(), &["-f", "json", "probation"]).status.code(),
        Some(0)
    );
    assert_eq!(
        run(idx.path(), &["-f", "json", "xylophone"]).status.code(),
        Some(1)
    );
    let bad = run(idx.path(), &["-f", "json", "--from", "20x", "probation"]);
    assert_eq!(bad.status.code(), Some(2));
    let v = json(&bad);
    assert_eq!(v["error"]["code"], "bad_date");
    assert_eq!(v["version"], jpsearch::search::JSON_VERSION);
}

#[test]
fn several_words_without_quotes() {
    let idx = index();
    let v = json(&run(idx.path(), &["-f", "json", "unpaid", "work"]));
    assert_eq!(v["query"]["text"], "unpaid work");
}

#[test]
fn default_format_off_a_terminal_is_human() {
    // It was JSON (issue 15: `| less` showed one huge JSON line); see
    // tests/query_human.rs for the layout.
    let idx = index();
    let out = run(idx.path(), &["probation"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(" pages match \"probation\""), "{text}");
    assert!(serde_json::from_str::<Value>(&text).is_err());
}

#[test]
fn missing_index_is_json_error_without_paths() {
    let dir = TempDir::new().unwrap();
    let out = run(&dir.path().join("nope"), &["-f", "json", "probation"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(!text.contains(dir.path().to_str().unwrap()), "{text}");
    assert_eq!(json(&out)["error"]["code"], "no_index");
}

#[test]
fn bad_flag_with_json_format_is_json_error() {
    let idx = index();
    let out = run(
        idx.path(),
        &["-f", "json", "--sort", "sideways", "probation"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "bad_arguments");
}

#[test]
fn human_errors_go_to_stderr() {
    let idx = index();
    let out = run(
        idx.path(),
        &["-f", "human", "--kind", "podcast", "probation"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown kind"));
}

#[test]
fn human_warnings_go_to_stderr_and_no_colour_off_terminal() {
    let idx = index();
    let out = run(idx.path(), &["-f", "human", "probation", "-"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains('\x1b'));
    assert!(stdout.contains("Years"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning"));
}

#[test]
fn color_always_and_no_color() {
    let idx = index();
    let out = run(
        idx.path(),
        &["-f", "human", "--color", "always", "probation"],
    );
    assert!(String::from_utf8(out.stdout).unwrap().contains("\x1b[1m"));
    let out = bin()
        .arg("--index")
        .arg(idx.path())
        .args(["-f", "human", "--color", "never", "probation"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains('\x1b'));
}

#[test]
fn csv_has_header_and_one_row_per_hit() {
    let idx = index();
    let out = run(idx.path(), &["-f", "csv", "--all", "probation"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let v = json(&run(idx.path(), &["-f", "json", "probation"]));
    let total = v["total"].as_u64().unwrap() as usize;
    assert!(text.starts_with("rank,score,date,title"));
    assert_eq!(text.matches("\r\n").count(), total + 1);
}

#[test]
fn jsonl_is_one_hit_per_line() {
    let idx = index();
    let out = run(idx.path(), &["-f", "jsonl", "-n", "3", "probation"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 3);
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert!(v["rank"].is_u64());
    }
}

#[test]
fn closed_pipe_is_not_an_error() {
    let idx = index();
    let mut child = bin()
        .arg("--index")
        .arg(idx.path())
        .args(["-f", "csv", "--all", "probation"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Close our end at once: the writer gets EPIPE.
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "stderr: {err}");
}

#[test]
fn help_documents_exit_codes() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("EXIT STATUS"));
    assert!(text.contains("--timeout-ms"));
}

#[test]
fn serve_answers_each_line_in_order() {
    let idx = index();
    let mut child = bin()
        .arg("--index")
        .arg(idx.path())
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut ask = |req: &str| -> Value {
        stdin.write_all(req.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        line.clear();
        out.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap()
    };
    let a = ask(r#"{"query": "probation", "limit": 2}"#);
    assert_eq!(a["hits"].as_array().unwrap().len(), 2);
    let b = ask(r#"{"query": "unpaid work", "kind": "blog", "from": "2020"}"#);
    assert_eq!(b["query"]["filters"]["kind"][0], "blog");
    let c = ask("not json");
    assert_eq!(c["error"]["code"], "bad_request_json");
    let d = ask(r#"{"query": "x", "bogus": 1}"#);
    assert_eq!(d["error"]["code"], "bad_request_json");
    let e = ask(r#"{"query": "probation", "limit": 1000}"#);
    assert_eq!(e["error"]["code"], "limit_too_large");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn serve_picks_up_a_new_commit() {
    let idx = index();
    let mut child = bin()
        .arg("--index")
        .arg(idx.path())
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut ask = |req: &str| -> Value {
        stdin.write_all(req.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        serde_json::from_str(&line).unwrap()
    };
    assert_eq!(ask(r#"{"query": "walrus"}"#)["total"], 0);
    // Commit one more page.
    {
        let index = tantivy::Index::open_in_dir(idx.path()).unwrap();
        jpsearch::schema::register_tokenizers(&index);
        let fields = jpsearch::schema::fields_of(&index).unwrap();
        let mut w: tantivy::IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut page = common::pages().remove(0);
        page.source = "new/walrus.html".into();
        page.body = "A walrus visited the probation office.".into();
        w.add_document(jpsearch::index::document::to_document(
            &fields,
            &page,
            Default::default(),
        ))
        .unwrap();
        w.commit().unwrap();
    }
    // The watcher reloads shortly after the commit; poll a bounded number of times.
    let mut seen = false;
    for _ in 0..100 {
        if ask(r#"{"query": "walrus"}"#)["total"] == 1 {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert!(seen, "new commit not picked up");
}

/// Queries a visitor might type, or an attacker might send.
fn hostile_queries() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "\"",
        "\"\"\"",
        "-",
        "--",
        "- - -",
        "(",
        ")",
        "(((",
        ")))",
        "((((((((((((((((x))))))))))))))))",
        "OR",
        "OR OR OR",
        "AND",
        "NOT",
        "*",
        "a*",
        "**probation**",
        "title:",
        "title:\"",
        "body:(",
        "https://www.gov.uk/government/news/probation?x=1&y=<2>",
        "<script>alert(1)</script>",
        "'; DROP TABLE pages; --",
        "\u{0}\u{1}\u{7f}",
        "probation\u{0}prison",
        "\u{202e}noitabo\u{202d}rp",
        "ﬁnance ΣΊΣΥΦΟΣ 北京 😀 probation",
        "\\\"escaped\\\"",
        "%00%0a",
        "{\"query\": 1}",
        "[[[]]]",
        "title:title:title:x",
        "-(-(-(-x)))",
        "\"unclosed phrase with many words and OR and (brackets",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("probation ".repeat(40)); // too many clauses
    v.push("x".repeat(10_000)); // too long
    v.push("(".repeat(500));
    v.push("\"a\" ".repeat(100));
    v
}

#[test]
fn site_backend_gets_json_for_every_hostile_query() {
    let idx = index();
    // argv cannot carry NUL bytes; those go through --serve below.
    for q in hostile_queries().into_iter().filter(|q| !q.contains('\0')) {
        // Arguments only: the query is one argv element, never a shell string.
        let out = bin()
            .arg("--index")
            .arg(idx.path())
            .args(["--format", "json", "--limit", "5", "--"])
            .arg(&q)
            .output()
            .unwrap();
        let code = out.status.code();
        assert!(matches!(code, Some(0..=2)), "{q:?}: {code:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(text.lines().count(), 1, "{q:?}: {text}");
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{q:?}: {e}: {text}"));
        assert_eq!(v["version"], jpsearch::search::JSON_VERSION);
        if code == Some(2) {
            assert!(v["error"]["code"].is_string(), "{q:?}");
            assert!(v["error"]["message"].is_string(), "{q:?}");
        } else {
            assert!(v["total"].is_u64(), "{q:?}");
            assert!(v["warnings"].is_array(), "{q:?}");
            for h in v["hits"].as_array().unwrap() {
                let html = h["snippet"]["html"].as_str().unwrap();
                assert!(!html.contains("<script"), "{q:?}");
            }
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{q:?}: {stderr}");
    }
}

#[test]
fn site_backend_through_serve() {
    let idx = index();
    let mut child = bin()
        .arg("--index")
        .arg(idx.path())
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let queries = hostile_queries();
    let mut lines = Vec::new();
    for q in &queries {
        lines.push(serde_json::json!({"query": q, "limit": 3}).to_string());
    }
    lines.push("{".into());
    lines.push("\u{0}".into());
    lines.push("x".repeat(100_000));
    let expected = lines.len();
    let writer = std::thread::spawn(move || {
        for l in lines {
            stdin.write_all(l.as_bytes()).unwrap();
            stdin.write_all(b"\n").unwrap();
        }
    });
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    writer.join().unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert_eq!(out.lines().count(), expected);
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["version"], jpsearch::search::JSON_VERSION);
        assert!(
            v["total"].is_u64() || v["error"]["code"].is_string(),
            "{line}"
        );
    }
}

/// Writes the test index to $JPQ_KEEP_INDEX for trying jp-query by hand
/// (`JPQ_KEEP_INDEX=/tmp/idx cargo test --test query_cli -- --ignored`).
#[test]
#[ignore]
fn keep_test_index() {
    let dir = std::env::var_os("JPQ_KEEP_INDEX").expect("set JPQ_KEEP_INDEX to a folder");
    let index = common::build_index(Path::new(&dir));
    let docs = index.reader().expect("reader").searcher().num_docs();
    assert_eq!(docs, common::pages().len() as u64);
}

#[test]
fn index_folder_comes_from_jpsearch_index_when_not_given() {
    let idx = index();
    let elsewhere = TempDir::new().unwrap();
    let out = bin()
        .current_dir(elsewhere.path())
        .env("JPSEARCH_INDEX", idx.path())
        .args(["-f", "json", "probation"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(json(&out)["total"].as_u64().unwrap() > 0);
    // --index wins over the variable
    let empty = TempDir::new().unwrap();
    let out = bin()
        .env("JPSEARCH_INDEX", idx.path())
        .arg("--index")
        .arg(empty.path())
        .args(["-f", "json", "probation"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
