//! No function in `src/` runs past 100 lines, data tables aside: a long
//! function is a run of steps that want names of their own.
//!
//! A table (a `match` from names to values, nothing else) may be long;
//! each one is listed in `TABLES` with the file it is in.

use std::path::{Path, PathBuf};

#[path = "common/source.rs"]
mod source;

/// Longest function allowed, in lines from `fn` to its closing brace.
const MAX_LINES: usize = 100;

/// Functions that are data tables, by file and name.
const TABLES: &[(&str, &str)] = &[
    // Tag name -> interned name and tree-building flags.
    ("extract/dom.rs", "known_tag"),
];

/// Each function in `code` (already stripped by `source::code_only`): its
/// name, first line (1-based) and length in lines.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let bytes = code.as_bytes();
    let line_at = |i: usize| code[..i].matches('\n').count() + 1;
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = code[from..].find("fn ") {
        let at = from + pos;
        from = at + 3;
        let word_start =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        if !word_start {
            continue;
        }
        let name: String = code[at + 3..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body starts at the first `{` outside brackets; a `;` first
        // means a declaration without one (in a trait).
        let mut depth = 0i32;
        let mut open = None;
        for (k, b) in bytes.iter().enumerate().skip(at) {
            match b {
                b'(' | b'[' | b'<' => depth += 1,
                b')' | b']' | b'>' => depth -= 1,
                b';' if depth <= 0 => break,
                b'{' if depth <= 0 => {
                    open = Some(k);
                    break;
                }
                _ => {}
            }
        }
        let Some(open) = open else { continue };
        let mut braces = 0;
        let mut close = bytes.len() - 1;
        for (k, b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => braces += 1,
                b'}' => {
                    braces -= 1;
                    if braces == 0 {
                        close = k;
                        break;
                    }
                }
                _ => {}
            }
        }
        let first = line_at(at);
        out.push((name, first, line_at(close) - first + 1));
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_function_in_src_is_over_100_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut long = Vec::new();
    let mut seen = 0;
    for path in files {
        let rel = path.strip_prefix(&src).expect("under src/");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(&path).expect("source is UTF-8");
        for (name, line, len) in functions(&source::code_only(&text)) {
            seen += 1;
            let table = TABLES.iter().any(|&(f, n)| f == rel && n == name);
            if len > MAX_LINES && !table {
                long.push(format!("src/{rel}:{line} {name}: {len} lines"));
            }
        }
    }
    assert!(
        seen > 500,
        "only {seen} functions found: the scan is broken"
    );
    assert!(
        long.is_empty(),
        "functions over {MAX_LINES} lines (cut them into named steps):\n  {}",
        long.join("\n  ")
    );
}

#[test]
fn lengths_are_counted_from_fn_to_its_closing_brace() {
    let code = source::code_only(
        "fn short() { let s = \"}\"; }\n\
         trait T { fn declared(&self); }\n\
         fn long<T: Into<String>>(x: T) -> Vec<u8> {\n    let c = '{';\n    if true {\n    }\n}\n",
    );
    let found = functions(&code);
    assert_eq!(
        found,
        [("short".to_string(), 1, 1), ("long".to_string(), 3, 5)]
    );
}
