//! Page trees made in Rust for the reliability tests (crash, concurrent
//! readers, failed writes, hostile pages), and helpers to run the real
//! binaries with a watchdog and read an index back.
//!
//! Include with `#[path = "common/tree.rs"] mod tree;` (the shared
//! `common/mod.rs` is left alone). Nothing here needs anything outside the
//! crate: no Python, no `/work/shared`.
#![allow(dead_code)]

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

/// How long any one jp-index or jp-query run may take before the test
/// calls it a hang. Generous: the machine may be slow and shared. This is a
/// watchdog, not a timing assertion.
pub const WATCHDOG: Duration = Duration::from_secs(300);

/// Words every generated page contains, so one query matches them all.
pub const COMMON_WORD: &str = "probation";

const KINDS: [&str; 4] = ["blog", "news", "inspections", "publications"];
const AREAS: [&str; 6] = [
    "Kent",
    "Durham",
    "Merseyside",
    "South Wales",
    "London",
    "Cumbria",
];
const FILLER: [&str; 12] = [
    "Unpaid work hours were delayed again this quarter.",
    "Officers said caseloads remained too high for safe supervision.",
    "The approved premises took in residents released from custody.",
    "Inspectors found that risk assessments were not always completed.",
    "Community payback teams ran extra weekend sessions.",
    "The charity called for more stable funding for women's centres.",
    "Through the gate resettlement support was patchy across the region.",
    "Electronic monitoring was extended to more people on licence.",
    "Staff training improved, but recruitment lagged behind need.",
    "The report made twelve recommendations to the regional director.",
    "Accommodation on release remained the most pressing problem.",
    "Magistrates asked for clearer pre-sentence reports.",
];

/// A unique searchable word for page `i` (letters only, so the English
/// analyser keeps it whole): `zq` + base-26 digits.
pub fn unique_word(i: usize) -> String {
    let mut s = String::from("zq");
    let mut n = i;
    loop {
        s.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    s
}

/// A realistic page: head metadata, navigation, an article, a footer.
/// `version` changes the body (an edited page).
pub fn page_html(i: usize, version: usize) -> String {
    let kind = KINDS[i % KINDS.len()];
    let area = AREAS[i % AREAS.len()];
    let year = 2015 + (i % 10);
    let month = 1 + (i % 12);
    let day = 1 + (i % 28);
    let word = unique_word(i);
    let mut body = String::new();
    for p in 0..(3 + i % 4) {
        body.push_str("<p>");
        for s in 0..3 {
            body.push_str(FILLER[(i + p * 3 + s + version) % FILLER.len()]);
            body.push(' ');
        }
        if p == 0 {
            body.push_str(&format!(
                "The {COMMON_WORD} service in {area} published note {word} (revision {version})."
            ));
        }
        body.push_str("</p>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n\
         <title>Note {i} on {COMMON_WORD} in {area} | Example</title>\n\
         <link rel=\"canonical\" href=\"https://example.org/{kind}/note-{i}\">\n\
         </head><body>\n\
         <nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a> <a href=\"/about/\">About</a></nav>\n\
         <main><article><h1>Note {i} on {COMMON_WORD} in {area}</h1>\n\
         <time datetime=\"{year}-{month:02}-{day:02}\">{day} {month} {year}</time>\n\
         {body}</article></main>\n\
         <footer>Copyright Example Trust. Registered charity.</footer>\n\
         </body></html>\n"
    )
}

/// Relative path of page `i` in a generated tree (a few subfolders).
pub fn page_path(i: usize) -> String {
    format!("site{}/{:05}.html", i % 7, i)
}

/// Writes pages `range` (version 0) under `root`.
pub fn write_pages(root: &Path, range: std::ops::Range<usize>) {
    for i in range {
        write_page(root, i, 0);
    }
}

/// Writes (or rewrites) one page.
pub fn write_page(root: &Path, i: usize, version: usize) {
    let path = root.join(page_path(i));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, page_html(i, version)).unwrap();
}

/// Removes one page.
pub fn remove_page(root: &Path, i: usize) {
    std::fs::remove_file(root.join(page_path(i))).unwrap();
}

pub fn jp_index_bin() -> &'static str {
    env!("CARGO_BIN_EXE_jp-index")
}

pub fn jp_query_bin() -> &'static str {
    env!("CARGO_BIN_EXE_jp-query")
}

/// `jp-index --index IDX --quiet ROOT` with a modest memory budget, ready
/// to run.
pub fn jp_index(index: &Path, root: &Path) -> Command {
    let mut c = Command::new(jp_index_bin());
    c.arg("--index").arg(index).arg(root);
    c.env_remove("JPSEARCH_INDEX");
    c
}

/// `jp-query --index IDX -f json ARGS...`.
pub fn jp_query(index: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(jp_query_bin());
    c.arg("--index").arg(index).args(["-f", "json"]).args(args);
    c
}

/// Waits for a child with a watchdog: a child still running after
/// [`WATCHDOG`] is killed and the test fails as a hang.
pub fn wait_with_watchdog(mut child: Child, what: &str) -> Output {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    // Drain pipes on threads so a chatty child cannot block on a full pipe.
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stdout.as_mut() {
            let _ = s.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(s) = stderr.as_mut() {
            let _ = s.read_to_end(&mut v);
        }
        v
    });
    let started = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if started.elapsed() > WATCHDOG {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} hung: still running after {WATCHDOG:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out_t.join().unwrap(),
        stderr: err_t.join().unwrap(),
    }
}

/// Runs a command to the end under the watchdog, capturing its output.
pub fn run(mut cmd: Command, what: &str) -> Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {what}: {e}"));
    wait_with_watchdog(child, what)
}

/// Runs jp-index to completion and asserts it succeeded.
pub fn index_ok(index: &Path, root: &Path) -> Output {
    let out = run(jp_index(index, root), "jp-index");
    assert!(
        out.status.success(),
        "jp-index failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Whether a status is "killed by a signal" (Unix).
pub fn killed(status: &ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal().is_some()
}

/// What a committed index holds, read through the library.
#[derive(Debug)]
pub struct IndexState {
    pub num_docs: u64,
    /// Distinct `source` values of live documents.
    pub sources: HashSet<String>,
}

/// Opens the index read-only and reads its live documents. Panics if it
/// does not open.
pub fn index_state(dir: &Path) -> IndexState {
    let (index, _) =
        jpsearch::schema::open(dir).unwrap_or_else(|e| panic!("index does not open: {e:#}"));
    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    let manifest = jpsearch::index::manifest(&index).expect("manifest");
    IndexState {
        num_docs: searcher.num_docs(),
        sources: manifest
            .into_keys()
            .map(|k| jpsearch::schema::split_doc_key(&k).1.to_string())
            .collect(),
    }
}

/// The sources that should be in an index of `root`: every page file.
pub fn page_sources(root: &Path) -> HashSet<String> {
    let mut out = HashSet::new();
    for e in walk_files(root) {
        let rel = e.strip_prefix(root).unwrap();
        out.insert(
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
        );
    }
    out
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() && e.path().extension().is_some_and(|x| x == "html") {
                out.push(e.path());
            }
        }
    }
    out
}

/// Asserts the index holds exactly the pages under `root`, once each.
pub fn assert_exactly(dir: &Path, root: &Path) {
    let state = index_state(dir);
    let expected = page_sources(root);
    assert_eq!(
        state.num_docs,
        state.sources.len() as u64,
        "duplicate documents: {} docs but {} distinct sources",
        state.num_docs,
        state.sources.len()
    );
    if state.sources != expected {
        let missing: Vec<_> = expected.difference(&state.sources).take(5).collect();
        let extra: Vec<_> = state.sources.difference(&expected).take(5).collect();
        panic!(
            "index has {} sources, tree has {}; missing e.g. {missing:?}, extra e.g. {extra:?}",
            state.sources.len(),
            expected.len()
        );
    }
}

/// One JSON answer of `jp-query -f json ARGS` (any exit status), with the
/// exit code.
pub fn query_json(index: &Path, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let out = run(jp_query(index, args), "jp-query");
    let text = String::from_utf8(out.stdout).expect("jp-query output is UTF-8");
    assert_eq!(
        text.matches('\n').count(),
        1,
        "jp-query must print one line, got {text:?} (stderr {})",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("bad JSON {text:?}: {e}"));
    (out.status.code(), v)
}

/// `total` of a success answer; panics with the answer if it is an error.
pub fn total_of(v: &serde_json::Value) -> u64 {
    assert!(v.get("error").is_none(), "jp-query error: {v}");
    v["total"]
        .as_u64()
        .unwrap_or_else(|| panic!("no total: {v}"))
}

/// Sum of the `kind` facet counts of an answer.
pub fn kind_sum(v: &serde_json::Value) -> u64 {
    v["facets"]["kind"]
        .as_array()
        .unwrap_or_else(|| panic!("no kind facet: {v}"))
        .iter()
        .map(|f| f["count"].as_u64().unwrap())
        .sum()
}

/// Files in the index folder (flat, as Tantivy keeps it): count and bytes.
pub fn folder_stats(dir: &Path) -> (usize, u64) {
    let mut n = 0;
    let mut bytes = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let md = e.unwrap().metadata().unwrap();
        if md.is_file() {
            n += 1;
            bytes += md.len();
        }
    }
    (n, bytes)
}

/// Files in the index folder that no committed segment uses and that are
/// not one of the index's own bookkeeping files: leftovers of a killed run.
pub fn orphan_files(dir: &Path) -> Vec<String> {
    let meta = std::fs::read_to_string(dir.join("meta.json")).expect("meta.json");
    let meta: serde_json::Value = serde_json::from_str(&meta).expect("meta.json is JSON");
    let live: HashSet<String> = meta["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segment_id"].as_str().unwrap().replace('-', ""))
        .collect();
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        let own = matches!(
            name.as_str(),
            "meta.json"
                | ".managed.json"
                | ".tantivy-meta.lock"
                | ".tantivy-writer.lock"
                | jpsearch::index::lock::LOCK_FILE
        );
        let seg = name.split('.').next().unwrap_or("");
        if !own && !live.contains(seg) {
            out.push(name);
        }
    }
    out.sort();
    out
}

/// Whether this process can read a file it made unreadable (root can).
pub fn can_read_despite_chmod_000(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(".perm-probe");
    std::fs::write(&p, b"x").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read(&p).is_ok();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::remove_file(&p).unwrap();
    readable
}

/// Sends a signal by number with the shell's `kill` (SIGKILL is better
/// sent with `Child::kill`).
pub fn signal(pid: u32, sig: &str) {
    let st = Command::new("sh")
        .arg("-c")
        .arg(format!("kill -{sig} {pid}"))
        .status()
        .expect("sh");
    assert!(st.success(), "kill -{sig} {pid} failed");
}
