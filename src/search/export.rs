//! Exports: every hit of a query (`--all`), streamed to a [`HitSink`] one
//! page at a time, so memory stays bounded however many pages match.
//!
//! An export is the same search as the one `--limit` pages through (same
//! filters, same order, same total), ranked in full first: ranking keeps
//! only each page's address and sort keys (48 bytes a page), and a page's
//! stored text is read when its turn to be written comes, then dropped.
//! The sink gets the answer's head (total, facets, warnings) first, then
//! each hit, then the end; it can stop the stream early.
//!
//! It does not print: the writers in `output` are sinks.

use std::io;
use std::ops::ControlFlow;
use std::time::Instant;

use crate::error::Error;
use crate::search::engine::Engine;
use crate::search::request::SearchRequest;
use crate::search::response::{Hit, SearchResponse, Warning};

/// Where an export's answer goes, piece by piece.
pub trait HitSink {
    /// The answer's head: everything but the hits (`hits` is empty;
    /// `limit` is the number of hits that will follow).
    fn begin(&mut self, head: &SearchResponse) -> io::Result<()>;
    /// One hit, in order. `Break` stops the export there.
    fn hit(&mut self, hit: &Hit) -> io::Result<ControlFlow<()>>;
    /// After the last hit (not called when the sink stopped the stream).
    fn end(&mut self, head: &SearchResponse) -> io::Result<()>;
}

/// What an export did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportSummary {
    /// The answer's warnings (also in the head the sink got).
    pub warnings: Vec<Warning>,
    /// Pages matching the query and the filters.
    pub total: u64,
    /// Hits handed to the sink.
    pub written: u64,
    /// Pages whose stored fields were read: never more than one past
    /// `written`, which is what makes the export a stream.
    pub pages_read: u64,
}

impl Engine {
    /// Runs `req` as an export: every hit (whatever `req.all` says),
    /// streamed to `sink`. The time budget covers ranking, not writing.
    pub fn export(
        &self,
        req: &SearchRequest,
        sink: &mut dyn HitSink,
    ) -> Result<ExportSummary, Error> {
        let started = Instant::now();
        let all = SearchRequest {
            all: true,
            ..req.clone()
        };
        let mut run = self.start(&all, started)?;
        let ranked = run.rank()?;
        let shown = ranked.fruit.top.len().saturating_sub(all.offset);
        let head = run.head(&ranked, shown, started);
        sink.begin(&head)?;
        let mut written = 0u64;
        let mut stopped = false;
        let pages_read = run.each_hit(&ranked, false, &mut |hit| {
            written += 1;
            let flow = sink.hit(&hit)?;
            stopped = flow.is_break();
            Ok(flow)
        })?;
        if !stopped {
            sink.end(&head)?;
        }
        Ok(ExportSummary {
            warnings: head.warnings,
            total: head.total,
            written,
            pages_read,
        })
    }
}
