//! jpsearch: a full-text index for justice-policy writing.
//!
//! The crate is a library with two thin binaries. `jp-index` drives
//! [`extract`] (saved HTML in, one [`extract::Page`] out) and [`index`]
//! (pages into a Tantivy index, updated in place); `jp-query` drives
//! [`search`] (a query and filters in, ranked hits and facet counts out).
//! Both sides lean on [`schema`] for field names and on [`gazetteer`] for
//! canonical areas and providers, and never on each other, so the query
//! process does not carry the HTML parser.

pub mod analysis;
pub mod error;
pub mod eval;
pub mod extract;
pub mod gazetteer;
pub mod index;
pub mod names;
pub mod phrases;
pub mod schema;
pub mod search;

pub use error::Error;
