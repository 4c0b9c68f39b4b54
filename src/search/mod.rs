//! Search: a query and filters in, ranked hits and facet counts out.
//!
//! [`Engine`] opens an index once; [`Engine::search`] takes a plain
//! [`SearchRequest`] (built by `jp-query` from its flags, by `--serve` from
//! a JSON line, or directly by tests) and returns a [`SearchResponse`], the
//! serde form of the JSON contract in `docs/json-contract.md`.
//!
//! One module per step (the engine runs them in order; see `engine`):
//! `request` holds what was asked and its limits, [`query`] parses,
//! `filters` resolves filter flags, `plan` builds the Tantivy query (with
//! the shared vocabulary), `collect` ranks, filters and counts in one pass
//! over fast columns (`dense` counts broad results from posting lists),
//! `rerank` adds the proximity bonus, `fill` ranks the pages with some of
//! the words, `snippet` cuts passages from the stored body of the shown
//! hits only, `explain` takes a score apart, `counts` and `response` make
//! the answer, [`output`] prints it and [`serve`] answers JSON lines.
//!
//! Nothing here touches HTML, the extractor or the indexer: this side
//! leans on `schema`, `analysis`, `vocabulary`, `phrases` and the compiled
//! name tables only.

mod collect;
mod counts;
mod dense;
mod engine;
mod explain;
pub mod export;
pub mod fields;
mod fill;
mod filters;
pub mod output;
mod phrase_term;
mod plan;
pub mod query;
mod request;
mod rerank;
pub mod response;
pub mod serve;
mod snippet;
pub mod trend;

pub use self::collect::Counting;
pub use self::engine::Engine;
pub use self::export::{ExportSummary, HitSink};
pub use self::fields::HitField;
pub use self::filters::SplitBy;
pub use self::request::{DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS, MAX_LIMIT, SearchRequest, Sort};
pub use self::response::{
    ErrorResponse, FacetCounts, FacetValue, Hit, JSON_VERSION, Matched, SearchResponse, Warning,
};
pub use self::trend::{Interval, TrendRequest, TrendResponse};
