//! The layers of `src/` run one way, and no two files import each other.
//!
//! This reads every file under `src/`, finds each path it uses into the
//! crate (`use crate::…`, `use super::…`, `self::…`, a child module's
//! `name::…`, and `crate::…` paths in code; `jpsearch::…` in the binaries),
//! resolves it to the file that defines it, and checks the edges:
//!
//! - the foundation (`error`, `analysis`, `vocabulary`, `schema`,
//!   `gazetteer`, `names`, `phrases`) imports only the foundation, and
//!   `gazetteer` nothing at all (`build.rs` compiles it on its own);
//! - `extract` and `search` lean on the foundation and never on each
//!   other or on `index`;
//! - `sources` (reading archives) leans on the foundation only; `index`
//!   may use `extract` and `sources`; `eval` may use everything;
//! - `lib.rs` declares and re-exports; no file of the library imports it
//!   (import from the module that defines the item);
//! - `jp-query` uses the foundation and `search` only, so the query
//!   process never carries the extractor or the indexer;
//! - the files form no cycle.
//!
//! A new top-level module fails the test until it is given a layer below.
//! `LAYERING_EDGES=1 cargo test --test layering -- --nocapture` prints
//! every edge found.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A file, named by its module path: `search/plan`, the empty string for
/// `lib.rs`, `bin:jp-query` for a binary.
type FileId = String;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layer {
    Root,
    Foundation,
    Extract,
    Search,
    Sources,
    Index,
    Eval,
    QueryBin,
    IndexBin,
}

/// The layer of a file, from its module path's first component.
fn layer_of(file: &str) -> Result<Layer, String> {
    let first = file.split('/').next().unwrap_or("");
    Ok(match first {
        "" => Layer::Root,
        "error" | "analysis" | "vocabulary" | "schema" | "gazetteer" | "names" | "phrases" => {
            Layer::Foundation
        }
        "extract" => Layer::Extract,
        "search" => Layer::Search,
        "sources" => Layer::Sources,
        "index" => Layer::Index,
        "eval" => Layer::Eval,
        "bin:jp-query" => Layer::QueryBin,
        "bin:jp-index" => Layer::IndexBin,
        other => {
            return Err(format!(
                "module `{other}` has no layer: give it one in tests/layering.rs"
            ));
        }
    })
}

/// Whether a file of layer `from` may import one of layer `to`.
fn allowed(from: Layer, to: Layer) -> bool {
    use Layer::*;
    match (from, to) {
        (QueryBin, Root | Foundation | Search) => true,
        (QueryBin, _) => false,
        (IndexBin, _) => true,
        (Root, _) => true,
        (_, Root) => false,
        (Foundation, Foundation) => true,
        (Extract, Foundation | Extract) => true,
        (Search, Foundation | Search) => true,
        (Sources, Foundation | Sources) => true,
        (Index, Foundation | Extract | Sources | Index) => true,
        (Eval, _) => true,
        _ => false,
    }
}

/// Every rule broken by `edges` (importer, imported), cycles included.
fn problems(edges: &BTreeSet<(FileId, FileId)>) -> Vec<String> {
    let mut out = Vec::new();
    for (from, to) in edges {
        let (lf, lt) = match (layer_of(from), layer_of(to)) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => {
                out.push(e);
                continue;
            }
        };
        if from == "gazetteer" {
            out.push(format!(
                "{} imports {}: the gazetteer must stand alone (build.rs compiles it)",
                show(from),
                show(to)
            ));
        } else if !allowed(lf, lt) {
            out.push(format!(
                "{} ({lf:?}) imports {} ({lt:?}): a wrong-way import",
                show(from),
                show(to)
            ));
        }
    }
    out.extend(cycles(edges));
    out.sort();
    out.dedup();
    out
}

/// A file as a reader finds it: `crate` (lib.rs), `crate::search::plan`,
/// `bin jp-query`.
fn show(file: &str) -> String {
    match file {
        "" => "crate".into(),
        f if f.starts_with("bin:") => format!("bin {}", &f[4..]),
        f => format!("crate::{}", f.replace('/', "::")),
    }
}

/// One description per cycle found by a depth-first walk.
fn cycles(edges: &BTreeSet<(FileId, FileId)>) -> Vec<String> {
    let mut next: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        next.entry(a).or_default().push(b);
    }
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit<'a>(
        node: &'a str,
        next: &BTreeMap<&'a str, Vec<&'a str>>,
        marks: &mut BTreeMap<&'a str, Mark>,
        stack: &mut Vec<&'a str>,
        out: &mut Vec<String>,
    ) {
        marks.insert(node, Mark::Open);
        stack.push(node);
        for &to in next.get(node).map(Vec::as_slice).unwrap_or(&[]) {
            match marks.get(to) {
                Some(Mark::Open) => {
                    let from = stack.iter().position(|n| *n == to).unwrap_or(0);
                    let mut path: Vec<String> = stack[from..].iter().map(|n| show(n)).collect();
                    path.push(show(to));
                    out.push(format!("cycle: {}", path.join(" -> ")));
                }
                Some(Mark::Done) => {}
                None => visit(to, next, marks, stack, out),
            }
        }
        stack.pop();
        marks.insert(node, Mark::Done);
    }
    let mut marks = BTreeMap::new();
    let mut out = Vec::new();
    for node in next.keys() {
        if !marks.contains_key(node) {
            visit(node, &next, &mut marks, &mut Vec::new(), &mut out);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Reading the sources.

#[path = "common/source.rs"]
mod source;

use source::code_only;

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    Path,
    Open,
    Close,
    Comma,
    Semi,
    Star,
    Other,
}

fn tokens(code: &str) -> Vec<Tok> {
    let c: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push(Tok::Ident(c[start..i].iter().collect()));
            continue;
        }
        i += 1;
        out.push(match ch {
            ':' if c.get(i) == Some(&':') => {
                i += 1;
                Tok::Path
            }
            '{' => Tok::Open,
            '}' => Tok::Close,
            ',' => Tok::Comma,
            ';' => Tok::Semi,
            '*' => Tok::Star,
            ch if ch.is_whitespace() => continue,
            _ => Tok::Other,
        });
    }
    out
}

/// The paths a `use` tree names, from `toks[at]` (just after `use`) to its
/// `;`, each as its segments (`self` in braces names the prefix itself).
fn use_paths(toks: &[Tok], at: &mut usize) -> Vec<Vec<String>> {
    fn tree(toks: &[Tok], at: &mut usize, prefix: &[String], out: &mut Vec<Vec<String>>) {
        let mut path = prefix.to_vec();
        while let Some(t) = toks.get(*at) {
            match t {
                Tok::Ident(s) if s == "as" => {
                    *at += 2;
                    break;
                }
                Tok::Ident(s) if s == "self" && path.len() == prefix.len() && !path.is_empty() => {
                    *at += 1;
                }
                Tok::Ident(s) => {
                    path.push(s.clone());
                    *at += 1;
                }
                Tok::Path => *at += 1,
                Tok::Open => {
                    *at += 1;
                    while !matches!(toks.get(*at), None | Some(Tok::Close)) {
                        tree(toks, at, &path, out);
                        if toks.get(*at) == Some(&Tok::Comma) {
                            *at += 1;
                        }
                    }
                    *at += 1;
                    return;
                }
                Tok::Star => {
                    *at += 1;
                    break;
                }
                _ => break,
            }
        }
        out.push(path);
    }
    let mut out = Vec::new();
    tree(toks, at, &[], &mut out);
    while !matches!(toks.get(*at), None | Some(Tok::Semi)) {
        *at += 1;
    }
    out
}

/// Every crate module path a file uses, resolved to absolute module paths.
/// `module` is the file's own module path; `crate_name` is how the file
/// names the library (`crate` inside it, `jpsearch` in a binary).
fn used_modules(src: &str, module: &[String], crate_name: &str) -> Vec<Vec<String>> {
    let toks = tokens(&code_only(src));
    // Child modules declared in the file (`mod x;`), and inline modules
    // with the brace depth that closes them.
    let mut children: BTreeSet<String> = BTreeSet::new();
    for w in toks.windows(3) {
        if let [Tok::Ident(m), Tok::Ident(name), Tok::Semi] = w
            && m == "mod"
        {
            children.insert(name.clone());
        }
    }
    let mut scope: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let current: Vec<String> = module
            .iter()
            .cloned()
            .chain(scope.iter().map(|(m, _)| m.clone()))
            .collect();
        match &toks[i] {
            Tok::Open => depth += 1,
            Tok::Close => {
                depth = depth.saturating_sub(1);
                if scope.last().is_some_and(|(_, d)| *d == depth) {
                    scope.pop();
                }
            }
            Tok::Ident(m) if m == "mod" => {
                if let (Some(Tok::Ident(name)), Some(Tok::Open)) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    scope.push((name.clone(), depth));
                }
            }
            Tok::Ident(u) if u == "use" => {
                i += 1;
                for path in use_paths(&toks, &mut i) {
                    out.extend(resolve(
                        &current,
                        &path,
                        &children,
                        crate_name,
                        scope.is_empty(),
                    ));
                }
                continue;
            }
            Tok::Ident(first)
                if toks.get(i + 1) == Some(&Tok::Path) && (i == 0 || toks[i - 1] != Tok::Path) =>
            {
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while toks.get(j) == Some(&Tok::Path) {
                    match toks.get(j + 1) {
                        Some(Tok::Ident(s)) => path.push(s.clone()),
                        _ => break,
                    }
                    j += 2;
                }
                out.extend(resolve(
                    &current,
                    &path,
                    &children,
                    crate_name,
                    scope.is_empty(),
                ));
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The absolute module path `path` names from module `current`, if it
/// names something in the crate. A child module name counts only at the
/// file's top level (inline modules have no file children).
fn resolve(
    current: &[String],
    path: &[String],
    children: &BTreeSet<String>,
    crate_name: &str,
    top_level: bool,
) -> Option<Vec<String>> {
    let first = path.first()?;
    if first == crate_name {
        return Some(path[1..].to_vec());
    }
    if first == "self" {
        return Some(current.iter().chain(&path[1..]).cloned().collect());
    }
    if first == "super" {
        let ups = path.iter().take_while(|s| *s == "super").count();
        let base = current.len().checked_sub(ups)?;
        return Some(
            current[..base]
                .iter()
                .chain(&path[ups..])
                .cloned()
                .collect(),
        );
    }
    if top_level && children.contains(first) {
        return Some(current.iter().chain(path).cloned().collect());
    }
    None
}

/// The file among `files` that defines module path `path`: its longest
/// prefix that is a file.
fn file_of(path: &[String], files: &BTreeSet<FileId>) -> Option<FileId> {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].join("/"))
        .find(|id| files.contains(id))
}

/// Module path of a file under `src/` (`src/search/mod.rs` is `search`).
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
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

/// Every import edge between the files of `src/`.
fn edges_of_src(src: &Path) -> BTreeSet<(FileId, FileId)> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut lib: Vec<(FileId, Vec<String>, String)> = Vec::new();
    let mut bins: Vec<(FileId, String)> = Vec::new();
    for path in files {
        let rel = path.strip_prefix(src).expect("under src/");
        let text = std::fs::read_to_string(&path).expect("source is UTF-8");
        if rel.starts_with("bin") {
            let name = rel.file_stem().unwrap_or_default().to_string_lossy();
            bins.push((format!("bin:{name}"), text));
        } else {
            let module = module_of(rel);
            lib.push((module.join("/"), module, text));
        }
    }
    let ids: BTreeSet<FileId> = lib.iter().map(|(id, _, _)| id.clone()).collect();
    let mut edges = BTreeSet::new();
    for (id, module, text) in &lib {
        for used in used_modules(text, module, "crate") {
            if let Some(to) = file_of(&used, &ids)
                && to != *id
            {
                edges.insert((id.clone(), to));
            }
        }
    }
    for (id, text) in &bins {
        for used in used_modules(text, &[], "jpsearch") {
            if let Some(to) = file_of(&used, &ids) {
                edges.insert((id.clone(), to));
            }
        }
    }
    edges
}

#[test]
fn src_imports_run_one_way_without_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let edges = edges_of_src(&src);
    // The reader must see the imports it is meant to check.
    for expected in [
        ("search/plan", "vocabulary"),
        ("index/document", "phrases"),
        ("extract/article", "extract/dom"),
        ("search", "search/engine"),
        ("bin:jp-query", "search"),
    ] {
        let edge = (expected.0.to_string(), expected.1.to_string());
        assert!(
            edges.contains(&edge),
            "no edge {expected:?} found: {edges:#?}"
        );
    }
    if std::env::var_os("LAYERING_EDGES").is_some() {
        for (a, b) in &edges {
            eprintln!("{} -> {}", show(a), show(b));
        }
    }
    let found = problems(&edges);
    assert!(
        found.is_empty(),
        "the layering is broken:\n  {}",
        found.join("\n  ")
    );
}

// ---------------------------------------------------------------------------
// The checker on synthetic input: it would catch what it is for.

fn edges(list: &[(&str, &str)]) -> BTreeSet<(FileId, FileId)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_wrong_way_import_is_caught() {
    let clean = edges(&[
        ("search/plan", "vocabulary"),
        ("index/document", "extract"),
        ("phrases", "analysis"),
        ("eval", "search"),
        ("bin:jp-query", "search"),
    ]);
    assert_eq!(problems(&clean), Vec::<String>::new());
    for wrong in [
        ("search/engine", "index"),
        ("search/plan", "extract/dom"),
        ("extract/entities", "search/query"),
        ("index/document", "search/plan"),
        ("phrases", "search/plan"),
        ("schema", "index"),
        ("gazetteer", "names"),
        ("search/engine", ""),
        ("bin:jp-query", "index"),
    ] {
        let mut e = clean.clone();
        e.insert((wrong.0.to_string(), wrong.1.to_string()));
        let found = problems(&e);
        assert_eq!(found.len(), 1, "{wrong:?}: {found:?}");
    }
}

#[test]
fn a_cycle_is_caught() {
    let found = problems(&edges(&[
        ("search/dense", "search/collect"),
        ("search/collect", "search/counts"),
        ("search/counts", "search/dense"),
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("cycle:"), "{found:?}");
    assert!(found[0].contains("crate::search::dense"), "{found:?}");
}

#[test]
fn a_module_without_a_layer_is_caught() {
    let found = problems(&edges(&[("archive", "schema")]));
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("no layer"), "{found:?}");
}

#[test]
fn paths_are_read_from_code_only_and_resolved() {
    let src = r#"
//! Docs naming crate::index::run do not count.
use crate::{schema::day::Day, search::{self, plan::Mode}};
use super::dom::Dom;
pub(crate) mod child;
fn f<'a>(x: &'a str) -> char {
    let _ = "crate::extract::Page";
    let _ = crate::names::resolve_area(x);
    let _ = child::thing();
    '}'
}
#[cfg(test)]
mod tests {
    use super::*;
    use super::super::sibling::Thing;
}
"#;
    let module = vec!["search".to_string(), "engine".to_string()];
    let mut found: Vec<String> = used_modules(src, &module, "crate")
        .into_iter()
        .map(|p| p.join("/"))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "names/resolve_area",
            "schema/day/Day",
            "search",
            "search/dom/Dom",
            "search/engine",
            "search/engine/child/thing",
            "search/plan/Mode",
            "search/sibling/Thing",
        ]
    );
    let files: BTreeSet<FileId> = ["", "search", "search/plan", "schema", "schema/day"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let path = |s: &str| s.split('/').map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        file_of(&path("search/plan/Mode"), &files).as_deref(),
        Some("search/plan")
    );
    assert_eq!(
        file_of(&path("schema/name/SOURCE"), &files).as_deref(),
        Some("schema")
    );
    assert_eq!(file_of(&[], &files).as_deref(), Some(""));
}
