//! One [`Page`] as one Tantivy document, and back.
//!
//! Kept apart from the writer so tests and benches can build an index from
//! pages without walking a folder.

use tantivy::TantivyDocument;
use tantivy::schema::Facet;

use crate::extract::Page;
use crate::gazetteer;
use crate::phrases::{self, Scope};
use crate::schema::day::{Day, UNDATED_YEAR};
use crate::schema::{self, Fields};

/// What the indexer knows about the file a page came from, used to decide
/// on the next run whether it changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileStamp {
    /// xxh3-64 of the raw bytes.
    pub hash: u64,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the epoch.
    pub mtime_ns: i64,
}

/// Builds the document for a page read from no particular root (tests,
/// benches, the eval harness); see [`to_document_under`].
pub fn to_document(fields: &Fields, page: &Page, stamp: FileStamp) -> TantivyDocument {
    to_document_under(fields, "", page, stamp)
}

/// Builds the document for a page found under the root whose identity is
/// `root` (see [`schema::doc_key`]). Areas go in twice: as hierarchical
/// facets (for filters and rolled-up counts) and as stored names (for
/// display in the order the extractor found them).
pub fn to_document_under(
    fields: &Fields,
    root: &str,
    page: &Page,
    stamp: FileStamp,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.source, &page.source);
    doc.add_text(fields.key, schema::doc_key(root, &page.source));
    if let Some(url) = &page.url {
        doc.add_text(fields.url, url);
    }
    doc.add_text(fields.title, &page.title);
    doc.add_text(fields.body, &page.body);
    for (text, scope) in [(&page.title, Scope::Title), (&page.body, Scope::Body)] {
        for term in phrases::occurrences(text, scope) {
            doc.add_text(fields.phrases, term);
        }
    }
    if let Some((date, year)) = page.date.and_then(Day::to_index) {
        doc.add_date(fields.date, date);
        doc.add_u64(fields.year, year);
        if let Some(src) = page.date_source {
            doc.add_text(fields.date_source, src.as_str());
        }
    } else {
        doc.add_u64(fields.year, UNDATED_YEAR);
    }
    doc.add_text(fields.kind, page.kind.as_str());
    let g = gazetteer::get();
    for area in &page.areas {
        if let Some(path) = g.area_facet(area) {
            doc.add_facet(
                fields.area,
                Facet::from_text(&path).unwrap_or_else(|_| Facet::root()),
            );
        }
        doc.add_text(fields.areas, area);
    }
    if let Some(primary) = &page.primary_area {
        doc.add_text(fields.primary_area, primary);
    }
    for provider in &page.providers {
        doc.add_text(fields.provider, provider);
    }
    for tag in &page.tags {
        doc.add_text(fields.tags, tag);
    }
    doc.add_u64(fields.hash, stamp.hash);
    doc.add_u64(fields.size, stamp.size);
    doc.add_i64(fields.mtime, stamp.mtime_ns);
    doc
}
