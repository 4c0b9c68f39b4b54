//! jpsearch: a full-text index for justice-policy writing.
//!
//! The crate is a library with two thin binaries. `jp-index` drives
//! [`extract`] (saved HTML in, one [`extract::Page`] out) and [`index`]
//! (pages into a Tantivy index, updated in place); `jp-query` drives
//! [`search`] (a query and filters in, ranked hits and facet counts out).
//!
//! Layers run one way. At the bottom, shared by both sides: [`schema`]
//! (the index's fields, how the index is opened, dates and kinds),
//! `analysis` (the one English analyser), [`vocabulary`] (abbreviations
//! and their spelled-out forms), `phrases` (vocabulary phrases as single
//! terms), `gazetteer` and `names` (canonical areas and providers) and
//! [`error`]. Above them, [`extract`] and [`search`] never import each
//! other; [`index`] drives extraction; [`eval`] uses all three. So the
//! query process never carries the HTML parser or the indexer.
//! `tests/layering.rs` checks every import in `src/` against these rules
//! and for cycles. `docs/architecture.md` walks through both flows.

#![cfg_attr(not(feature = "internals"), warn(missing_docs))]

pub(crate) mod analysis;
pub mod error;
pub mod eval;
pub mod extract;
pub(crate) mod gazetteer;
pub mod index;
pub(crate) mod names;
pub(crate) mod phrases;
pub mod schema;
pub mod search;
pub mod sources;
pub mod vocabulary;

pub use error::Error;
