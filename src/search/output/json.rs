//! The JSON contract on the wire: one compact object per answer (the
//! `--format json` and `--serve` form) or one hit per line (`jsonl`).

use std::io::{self, Write};
use std::ops::ControlFlow;

use serde::Serialize;

use crate::error::Error;
use crate::search::export::HitSink;
use crate::search::response::{ErrorResponse, Hit, QueryEcho, SearchResponse, Warning};

/// One answer as one line.
pub fn write(w: &mut dyn Write, resp: &SearchResponse) -> io::Result<()> {
    serde_json::to_writer(&mut *w, resp)?;
    w.write_all(b"\n")
}

/// Each hit as its own line.
pub fn write_lines(w: &mut dyn Write, resp: &SearchResponse) -> io::Result<()> {
    for hit in &resp.hits {
        serde_json::to_writer(&mut *w, hit)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// The head of an answer: its fields before `hits`, in the contract's
/// order.
#[derive(Serialize)]
struct Head<'a> {
    version: u32,
    query: &'a QueryEcho,
    warnings: &'a [Warning],
    total: u64,
    offset: usize,
    limit: usize,
    took_ms: f64,
}

/// Writes the contract's one object as a stream: the head, each hit as it
/// comes, then the facets. The bytes are those `write` prints for the
/// same answer.
pub(crate) struct JsonSink<'w> {
    w: &'w mut dyn Write,
    first: bool,
}

impl<'w> JsonSink<'w> {
    pub(crate) fn new(w: &'w mut dyn Write) -> Self {
        JsonSink { w, first: true }
    }
}

impl HitSink for JsonSink<'_> {
    fn begin(&mut self, r: &SearchResponse) -> io::Result<()> {
        let head = Head {
            version: r.version,
            query: &r.query,
            warnings: &r.warnings,
            total: r.total,
            offset: r.offset,
            limit: r.limit,
            took_ms: r.took_ms,
        };
        let mut bytes = serde_json::to_vec(&head)?;
        bytes.pop(); // the closing brace: the hits and facets follow
        bytes.extend_from_slice(b",\"hits\":[");
        self.w.write_all(&bytes)
    }

    fn hit(&mut self, hit: &Hit) -> io::Result<ControlFlow<()>> {
        if !self.first {
            self.w.write_all(b",")?;
        }
        self.first = false;
        serde_json::to_writer(&mut *self.w, hit)?;
        Ok(ControlFlow::Continue(()))
    }

    fn end(&mut self, r: &SearchResponse) -> io::Result<()> {
        self.w.write_all(b"],\"facets\":")?;
        serde_json::to_writer(&mut *self.w, &r.facets)?;
        self.w.write_all(b"}\n")
    }
}

/// Writes one hit per line, nothing else.
pub(crate) struct JsonlSink<'w> {
    w: &'w mut dyn Write,
}

impl<'w> JsonlSink<'w> {
    pub(crate) fn new(w: &'w mut dyn Write) -> Self {
        JsonlSink { w }
    }
}

impl HitSink for JsonlSink<'_> {
    fn begin(&mut self, _head: &SearchResponse) -> io::Result<()> {
        Ok(())
    }

    fn hit(&mut self, hit: &Hit) -> io::Result<ControlFlow<()>> {
        serde_json::to_writer(&mut *self.w, hit)?;
        self.w.write_all(b"\n")?;
        Ok(ControlFlow::Continue(()))
    }

    fn end(&mut self, _head: &SearchResponse) -> io::Result<()> {
        Ok(())
    }
}

/// An error as `{version, error: {code, message}}` on one line. The
/// message never carries an absolute path: `index_hint` (the `--index`
/// value as given) is shown instead of wherever it resolved to.
pub fn write_error(w: &mut dyn Write, err: &Error) -> io::Result<()> {
    let body = ErrorResponse::new(err.code(), public_message(err));
    serde_json::to_writer(&mut *w, &body)?;
    w.write_all(b"\n")
}

/// The message of `err` fit for a client: no filesystem paths.
pub(crate) fn public_message(err: &Error) -> String {
    match err {
        Error::NoIndex(_) => "no index found in the index folder (run jp-index first)".into(),
        Error::IndexBusy { .. } => "the index is being written by another process".into(),
        Error::Io(e) => format!("could not read the index ({})", e.kind()),
        Error::Tantivy(_) => "could not read the index (it may be damaged or being rebuilt)".into(),
        other => strip_paths(&other.to_string()),
    }
}

/// Replaces anything that looks like an absolute path with `<path>`.
pub(crate) fn strip_paths(msg: &str) -> String {
    msg.split(' ')
        .map(|w| {
            let t = w.trim_start_matches(['"', '\'', '(', '`']);
            if t.starts_with('/') && t.len() > 1 || t.get(1..3) == Some(":\\") {
                "<path>"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_stripped() {
        assert_eq!(
            strip_paths("cannot open /home/x/idx now"),
            "cannot open <path> now"
        );
        assert_eq!(strip_paths("see 'C:\\x\\y'"), "see <path>");
        assert_eq!(strip_paths("a/b is fine"), "a/b is fine");
    }

    #[test]
    fn no_index_message_has_no_path() {
        let m = public_message(&Error::NoIndex("/secret/place".into()));
        assert!(!m.contains("/secret"));
    }
}
