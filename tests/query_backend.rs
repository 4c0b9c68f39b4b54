//! jp-query driven by a program (issue 15): the safe call with `--` or
//! `--query` whatever the user typed, `--serve` request ids, paging to the
//! end, errors that keep their detail, and an index folder that vanishes
//! under a running server. Real binary, arguments only, no shell.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jp-query"));
    c.env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("JPSEARCH_INDEX");
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

/// A running `jp-query --serve` and a way to ask it one line.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    out: BufReader<ChildStdout>,
}

impl Server {
    fn start(idx: &Path) -> Server {
        let mut child = bin()
            .arg("--index")
            .arg(idx)
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let out = BufReader::new(child.stdout.take().unwrap());
        Server { child, stdin, out }
    }

    fn ask(&mut self, line: &str) -> Value {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.write_all(b"\n").unwrap();
        stdin.flush().unwrap();
        let mut answer = String::new();
        self.out.read_line(&mut answer).unwrap();
        serde_json::from_str(&answer).unwrap_or_else(|e| panic!("{e}: {answer}"))
    }

    fn finish(mut self) {
        drop(self.stdin.take());
        assert_eq!(self.child.wait().unwrap().code(), Some(0));
    }
}

fn codes(v: &Value) -> Vec<&str> {
    v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect()
}

#[test]
fn serve_says_when_its_index_folder_is_gone() {
    let parent = TempDir::new().unwrap();
    let idx = parent.path().join("idx");
    std::fs::create_dir(&idx).unwrap();
    common::build_index(&idx);
    let mut server = Server::start(&idx);
    let before = server.ask(r#"{"query": "probation"}"#);
    assert!(!codes(&before).contains(&"index_gone"), "{before}");
    std::fs::rename(&idx, parent.path().join("moved")).unwrap();
    let after = server.ask(r#"{"query": "probation"}"#);
    assert!(codes(&after).contains(&"index_gone"), "{after}");
    assert_eq!(after["total"], before["total"], "it still answers");
    server.finish();
}

/// Every option name and short flag `jp-query --help` shows (so the list
/// follows the clap definition), plus the ones clap adds.
fn option_names() -> Vec<String> {
    let help = bin().arg("--help").output().unwrap();
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    let mut names: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        if !line.starts_with('-') {
            continue;
        }
        for word in line.split([' ', ',', '=', '[', '<']) {
            let is_long = word.starts_with("--") && word.len() > 2;
            let is_short = word.len() == 2 && word.starts_with('-') && word != "--";
            if (is_long || is_short) && !names.iter().any(|n| n == word) {
                names.push(word.to_string());
            }
        }
    }
    for must in [
        "--help",
        "-h",
        "--version",
        "-V",
        "--all",
        "--index",
        "--serve",
        "--query",
    ] {
        assert!(
            names.iter().any(|n| n == must),
            "{must} not found in: {text}"
        );
    }
    names
}

/// The answer to user text passed the documented way, with the exit code.
fn backend_call(idx: &Path, how: &[&str], text: &str) -> (Option<i32>, Value) {
    let out = bin()
        .arg("--index")
        .arg(idx)
        .args(["--format", "json"])
        .args(how)
        .arg(text)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{text:?} via {how:?}: not one JSON answer ({e}): {out:?}"));
    (out.status.code(), v)
}

#[test]
fn every_option_name_as_user_text_is_searched_for_not_obeyed() {
    let idx = index();
    let mut texts = option_names();
    texts.extend(["--index=/", "--all probation", "-prison", "--limit=1000"].map(String::from));
    for text in &texts {
        for how in [&["--"][..], &["--query"][..]] {
            let (code, v) = backend_call(idx.path(), how, text);
            assert!(
                matches!(code, Some(0 | 1)),
                "{text:?} via {how:?}: exit {code:?}: {v}"
            );
            assert_eq!(v["query"]["text"], text.as_str(), "{text:?} via {how:?}");
            assert_eq!(v["limit"], 10, "{text:?} via {how:?}: the default page");
            assert!(v["hits"].as_array().unwrap().len() <= 10);
            assert_eq!(v["version"], jpsearch::search::JSON_VERSION);
        }
    }
    // `--query=TEXT` is the same call.
    let out = run(idx.path(), &["--format", "json", "--query=--all"]);
    assert_eq!(json(&out)["query"]["text"], "--all");
}

#[test]
fn words_after_the_first_query_word_are_query_text() {
    let idx = index();
    // "-prison" was read as `-p rison`, "-kent" as `-k ent`.
    let v = json(&run(idx.path(), &["-f", "json", "probation", "-prison"]));
    assert_eq!(v["query"]["text"], "probation -prison");
    assert_eq!(v["query"]["parsed"], "probation -prison");
    let v = json(&run(
        idx.path(),
        &["-f", "json", "probation", "-kent", "-nps"],
    ));
    assert_eq!(v["query"]["text"], "probation -kent -nps");
    // An option after the query words is searched for, with a warning.
    let out = run(idx.path(), &["-f", "json", "probation", "--limit", "1"]);
    let v = json(&out);
    assert_eq!(v["query"]["text"], "probation --limit 1");
    assert_eq!(v["limit"], 10);
    assert!(codes(&v).contains(&"option_in_query"), "{v}");
    // Behind `--`, no warning: the caller said it is text.
    let v = json(&run(
        idx.path(),
        &["-f", "json", "--", "probation", "--limit"],
    ));
    assert!(!codes(&v).contains(&"option_in_query"), "{v}");
    // The query given twice is refused, not merged silently.
    let both = run(idx.path(), &["--query", "probation", "kent"]);
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn bad_arguments_in_json_keep_the_detail() {
    let idx = index();
    let out = run(
        idx.path(),
        &["--format", "json", "--limit", "lots", "probation"],
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v["error"]["code"], "bad_arguments");
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.contains("'lots'") && msg.contains("--limit"), "{msg}");
    assert!(!msg.contains("Usage:"), "{msg}");
    let human = run(idx.path(), &["--limit", "lots", "probation"]);
    let err = String::from_utf8_lossy(&human.stderr);
    assert!(err.contains("'lots'"), "{err}");
}

#[test]
fn serve_echoes_any_id_on_answers_and_errors() {
    let idx = index();
    let mut server = Server::start(idx.path());
    for id in [r#"7"#, r#""req-a""#, r#"{"user":3,"n":[1,2]}"#, "null"] {
        let v = server.ask(&format!(
            r#"{{"id": {id}, "query": "probation", "limit": 1}}"#
        ));
        let want: Value = serde_json::from_str(id).unwrap();
        assert_eq!(v["id"], want, "{v}");
        assert!(v["total"].as_u64().unwrap() > 0);
    }
    // No id, no `id` field.
    let v = server.ask(r#"{"query": "probation"}"#);
    assert!(v.get("id").is_none(), "{v}");
    // Errors carry it too: a bad field, a bad value.
    let v = server.ask(r#"{"id": 9, "query": "x", "bogus": 1}"#);
    assert_eq!(
        (v["id"].as_u64(), v["error"]["code"].as_str()),
        (Some(9), Some("bad_request_json"))
    );
    let v = server.ask(r#"{"id": "d", "query": "x", "from": "20x"}"#);
    assert_eq!(v["id"], "d");
    assert_eq!(v["error"]["code"], "bad_date");
    // Serve errors name the request's fields, not the command line's flags.
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.starts_with("'from' '20x' is not a date"), "{msg}");
    let v = server.ask(r#"{"id": 1, "query": "x", "limit": 1000}"#);
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(!msg.contains("--"), "{msg}");
    assert!(msg.contains("'limit'") && msg.contains("'offset'"), "{msg}");
    server.finish();
}

#[test]
fn paging_ends_after_the_pages_with_some_of_the_words() {
    let idx = index();
    pages_to_the_end(idx.path(), &[]);
    // The count on a page full of all-words hits (no ranking of the
    // partial pages) agrees with the ranked list under filters too.
    pages_to_the_end(
        idx.path(),
        &["--from", "2017", "--kind", "blog", "--kind", "inspection"],
    );
    // One word: nothing can follow.
    assert_eq!(ask_one(idx.path(), "probation")["total_some"], 0);
}

/// Pages through "probation kent" two hits at a time past the end.
fn pages_to_the_end(idx: &Path, filters: &[&str]) {
    let ask = |offset: usize| -> Value {
        let offset = offset.to_string();
        let mut args = vec!["-f", "json", "-n", "2", "--offset", &offset];
        args.extend_from_slice(filters);
        args.extend(["--", "probation", "kent"]);
        json(&run(idx, &args))
    };
    let first = ask(0);
    let total = first["total"].as_u64().unwrap();
    let some = first["total_some"].as_u64().unwrap();
    assert!(total > 0 && some > 0, "{first}");
    let end = (total + some) as usize;
    let mut ranks = Vec::new();
    let mut offset = 0;
    while offset < end + 4 {
        let page = ask(offset);
        assert_eq!(page["total"], total, "the same on every page");
        assert_eq!(page["total_some"], some, "the same on every page");
        for h in page["hits"].as_array().unwrap() {
            ranks.push(h["rank"].as_u64().unwrap() as usize);
        }
        offset += 2;
    }
    assert_eq!(
        ranks,
        (1..=end).collect::<Vec<_>>(),
        "every rank once, then nothing"
    );
    // A page wholly past the end is empty.
    assert!(ask(end)["hits"].as_array().unwrap().is_empty());
}

fn ask_one(idx: &Path, text: &str) -> Value {
    json(&run(idx, &["-f", "json", "--", text]))
}

#[test]
fn an_empty_query_lists_every_page_and_says_so() {
    let idx = index();
    let v = json(&run(idx.path(), &["-f", "json"]));
    assert_eq!(v["total"], common::pages().len());
    assert!(codes(&v).contains(&"empty_query"), "{v}");
    let v = json(&run(idx.path(), &["-f", "json", "--kind", "news"]));
    let w = &v["warnings"][0]["message"];
    assert!(w.as_str().unwrap().contains("passes the filters"), "{v}");
}
