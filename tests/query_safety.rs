//! Query-side safety (issue 5, item 5), end to end: an index written by
//! the real `jp-index` from pages on disk, asked by the real `jp-query`.
//!
//! - the time budget: out-of-range budgets are refused; a tiny one either
//!   answers in full or stops with a clear `timeout` error, never a partial
//!   answer;
//! - limits on query length, clause count, bracket depth, wildcard
//!   expansion, `--limit` and paging depth, each a clear error with its code;
//! - snippets escape page markup: a page whose text shows `<script>` comes
//!   back with `&lt;script&gt;` in `snippet.html`;
//! - no absolute filesystem path in any JSON answer: hits carry relative
//!   sources, and errors (missing, damaged or busy index) name no path.

#[path = "common/tree.rs"]
mod tree;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use tempfile::TempDir;
use tree::*;

/// A tree of generated pages plus a page that quotes markup, indexed.
fn indexed_tree(pages: usize) -> TempDir {
    let dir = TempDir::new().unwrap();
    let root = dir.path().join("pages");
    write_pages(&root, 0..pages);
    std::fs::write(
        root.join("markup.html"),
        "<html><head><title>Escaping test</title>\
         <script>var zqrealscript = 1; document.write('<b>x</b>');</script></head>\
         <body><article><h1>Probation pages that quote markup</h1>\
         <p>The zqquoted page shows &lt;script&gt;alert(\"probation\")&lt;/script&gt; \
         &amp; &lt;img src=x onerror=alert(1)&gt; as text, with 'quotes' too.</p>\
         </article></body></html>",
    )
    .unwrap();
    index_ok(&dir.path().join("idx"), &root);
    dir
}

fn idx(dir: &TempDir) -> std::path::PathBuf {
    dir.path().join("idx")
}

fn error_code(v: &serde_json::Value) -> &str {
    v["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error: {v}"))
}

fn assert_no_path(text: &str, dir: &Path) {
    let d = dir.to_string_lossy();
    assert!(!text.contains(d.as_ref()), "absolute path in {text}");
    assert!(!text.contains("/tmp/"), "absolute path in {text}");
}

#[test]
fn snippet_html_escapes_page_markup() {
    let dir = indexed_tree(5);
    let (code, v) = query_json(&idx(&dir), &["zqquoted"]);
    assert_eq!(code, Some(0), "{v}");
    let hit = &v["hits"][0];
    assert_eq!(hit["source"], "markup.html");
    let text = hit["snippet"]["text"].as_str().unwrap();
    let html = hit["snippet"]["html"].as_str().unwrap();
    assert!(
        text.contains("<script>alert(\"probation\")</script>"),
        "{text}"
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    assert!(html.contains("&amp;"), "{html}");
    assert!(html.contains("&quot;") || html.contains("&#34;"), "{html}");
    assert!(html.contains("<mark>"), "{html}");
    // Only <mark> tags are real markup in the snippet.
    let stripped = html.replace("<mark>", "").replace("</mark>", "");
    assert!(!stripped.contains('<') && !stripped.contains('>'), "{html}");
    // A real <script> element is not page text at all.
    let (code, v) = query_json(&idx(&dir), &["zqrealscript"]);
    assert_eq!(code, Some(1), "{v}");
}

#[test]
fn time_budget_is_checked_and_enforced() {
    let dir = indexed_tree(400);
    for bad in ["0", "60001", "-5", "soon"] {
        let (code, v) = query_json(&idx(&dir), &["--timeout-ms", bad, COMMON_WORD]);
        assert_eq!(code, Some(2), "{bad}: {v}");
        let c = error_code(&v);
        assert!(c == "bad_timeout" || c == "bad_arguments", "{bad}: {v}");
    }
    // A 1 ms budget on a broad query: the machine decides which, but the
    // answer is whole (total agrees with the facets) or a clear timeout.
    let mut timeouts = 0;
    for _ in 0..5 {
        let (code, v) = query_json(
            &idx(&dir),
            &["--timeout-ms", "1", "-n", "100", "probation OR work*"],
        );
        if v.get("error").is_some() {
            assert_eq!(code, Some(2));
            assert_eq!(error_code(&v), "timeout", "{v}");
            let msg = v["error"]["message"].as_str().unwrap();
            assert!(msg.contains("1 ms") && msg.contains("stopped"), "{msg}");
            assert!(v.get("hits").is_none(), "partial hits with an error: {v}");
            timeouts += 1;
        } else {
            assert_eq!(code, Some(0));
            assert_eq!(total_of(&v), kind_sum(&v), "{v}");
            assert_eq!(total_of(&v), 401);
        }
    }
    eprintln!("{timeouts} of 5 one-millisecond queries timed out");
    // The default budget is documented.
    let out = run(
        {
            let mut c = Command::new(jp_query_bin());
            c.arg("--help");
            c
        },
        "jp-query --help",
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("default 2000"));
}

#[test]
fn limits_are_clear_errors() {
    let dir = indexed_tree(200);
    let i = idx(&dir);
    let long = "probation ".repeat(101);
    let many = (0..33).map(unique_word).collect::<Vec<_>>().join(" ");
    let deep = format!("{}probation{}", "(".repeat(9), ")".repeat(9));
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![&long], "query_too_long"),
        (vec![&many], "too_many_clauses"),
        (vec![&deep], "query_too_complex"),
        // 200 generated pages: over 128 words start with "zq".
        (vec!["zq*"], "too_many_expansions"),
        (vec!["-n", "101", COMMON_WORD], "limit_too_large"),
        (
            vec!["--offset", "9995", "-n", "10", COMMON_WORD],
            "offset_too_large",
        ),
    ];
    for (args, want) in cases {
        let (code, v) = query_json(&i, &args);
        assert_eq!(code, Some(2), "{want}: {v}");
        assert_eq!(error_code(&v), want, "{v}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
    }
    // Just inside each limit works.
    let ok_long = format!("probation {}", "x".repeat(990));
    assert!(ok_long.len() <= 1000);
    let (code, v) = query_json(&i, &["-n", "100", &ok_long]);
    assert!(v.get("error").is_none(), "{}", v["error"]);
    assert_eq!(code, Some(0));
    let ok_many = (0..32).map(unique_word).collect::<Vec<_>>().join(" OR ");
    let (code, v) = query_json(&i, &[&ok_many]);
    assert_eq!(code, Some(0), "{v}");
    let (code, v) = query_json(&i, &["zqa*"]);
    assert_eq!(code, Some(0), "{v}");
    // --all is the way past --limit.
    let (code, v) = query_json(&i, &["--all", COMMON_WORD]);
    assert_eq!(code, Some(0));
    assert_eq!(v["hits"].as_array().unwrap().len() as u64, total_of(&v));
}

#[test]
fn no_absolute_paths_in_json() {
    let dir = indexed_tree(10);
    // Hits: sources relative to the indexed folder, even though jp-index
    // was given an absolute path.
    let out = run(jp_query(&idx(&dir), &["--all", COMMON_WORD]), "jp-query");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_no_path(&text, dir.path());
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    for h in v["hits"].as_array().unwrap() {
        assert!(!h["source"].as_str().unwrap().starts_with('/'), "{h}");
    }

    // A missing index.
    let missing = dir.path().join("nowhere");
    let out = run(jp_query(&missing, &[COMMON_WORD]), "jp-query");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_no_path(&text, dir.path());
    assert!(text.contains("no_index"), "{text}");

    // The index path is a file.
    let file = dir.path().join("file");
    std::fs::write(&file, b"x").unwrap();
    let out = run(jp_query(&file, &[COMMON_WORD]), "jp-query");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert_no_path(&text, dir.path());

    // A damaged index: meta.json garbage, then a segment file gone.
    let damaged = dir.path().join("damaged");
    copy_dir(&idx(&dir), &damaged);
    std::fs::write(damaged.join("meta.json"), b"{ not json").unwrap();
    let out = run(jp_query(&damaged, &[COMMON_WORD]), "jp-query");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert_no_path(&text, dir.path());
    let gone = dir.path().join("gone");
    copy_dir(&idx(&dir), &gone);
    for e in std::fs::read_dir(&gone).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "store") {
            std::fs::remove_file(p).unwrap();
        }
    }
    let out = run(jp_query(&gone, &[COMMON_WORD]), "jp-query");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert_no_path(&text, dir.path());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));

    // --serve: errors per line carry no path either.
    let mut child = Command::new(jp_query_bin())
        .arg("--index")
        .arg(idx(&dir))
        .arg("--serve")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{{\"query\": \"probation\", \"limit\": 500}}").unwrap();
        writeln!(stdin, "{{\"query\": \"probation\", \"index\": \"/etc\"}}").unwrap();
        writeln!(stdin, "not json").unwrap();
        writeln!(stdin, "{{\"query\": \"probation\", \"limit\": 3}}").unwrap();
    }
    let out = wait_with_watchdog(child, "jp-query --serve");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert_no_path(&text, dir.path());
    assert!(!text.contains("/etc"), "{text}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}
