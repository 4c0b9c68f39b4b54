//! The one place that knows the index's fields, and how an index on disk
//! is found and opened.
//!
//! Everything else (the indexer, the query side, the eval harness) asks this
//! module for field handles and names, so a renamed or re-typed field is a
//! change in one file. It owns the tokenizer registration too, because an
//! index opened with a different analyser than it was written with silently
//! returns nothing, and the values fields hold: [`day`] for dates,
//! [`kind`] for page kinds.
//!
//! It does not know how a page is extracted or how a query is parsed.

pub mod day;
pub mod kind;

use std::path::{Path, PathBuf};

use tantivy::Index;
use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, FacetOptions, Field, INDEXED, IndexRecordOption,
    NumericOptions, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis;
use crate::error::Error;

/// Bumped whenever a field is added, removed or re-typed, or the analyser
/// changes the terms it writes; an index written with another version is
/// refused (`schema_mismatch`) rather than misread. Version 3 folds
/// accents.
pub const SCHEMA_VERSION: u32 = 3;

/// Name under which the English analyser (`analysis::english_analyzer`)
/// is registered; the query side must tokenise with the same one. The
/// name is stored in the index's schema, so it carries the analyser's
/// version: an index written by an older analyser (version 2, "jp_en",
/// without accent folding) no longer matches and is refused rather than
/// searched with terms it does not hold.
pub const ENGLISH: &str = "jp_en_v3";

/// Where the index goes when neither `--index` nor `$JPSEARCH_INDEX` says.
pub const DEFAULT_INDEX_DIR: &str = "jpsearch-index";

/// The environment variable naming the index folder.
pub const INDEX_DIR_ENV: &str = "JPSEARCH_INDEX";

/// The index folder both tools use: `flag` (`--index`) if given, else
/// `$JPSEARCH_INDEX`, else [`DEFAULT_INDEX_DIR`].
pub fn index_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os(INDEX_DIR_ENV).map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(DEFAULT_INDEX_DIR))
}

/// Field names, as they appear in the index and in error messages; each
/// field's meaning is on its handle in [`Fields`].
pub mod name {
    /// [`Fields::source`](super::Fields::source).
    pub const SOURCE: &str = "source";
    /// [`Fields::url`](super::Fields::url).
    pub const URL: &str = "url";
    /// [`Fields::title`](super::Fields::title).
    pub const TITLE: &str = "title";
    /// [`Fields::body`](super::Fields::body).
    pub const BODY: &str = "body";
    /// [`Fields::phrases`](super::Fields::phrases).
    pub const PHRASES: &str = "phrases";
    /// [`Fields::date`](super::Fields::date).
    pub const DATE: &str = "date";
    /// [`Fields::date_source`](super::Fields::date_source).
    pub const DATE_SOURCE: &str = "date_source";
    /// [`Fields::year`](super::Fields::year).
    pub const YEAR: &str = "year";
    /// [`Fields::kind`](super::Fields::kind).
    pub const KIND: &str = "kind";
    /// [`Fields::area`](super::Fields::area).
    pub const AREA: &str = "area";
    /// [`Fields::areas`](super::Fields::areas).
    pub const AREAS: &str = "areas";
    /// [`Fields::primary_area`](super::Fields::primary_area).
    pub const PRIMARY_AREA: &str = "primary_area";
    /// [`Fields::provider`](super::Fields::provider).
    pub const PROVIDER: &str = "provider";
    /// [`Fields::tags`](super::Fields::tags).
    pub const TAGS: &str = "tags";
    /// [`Fields::hash`](super::Fields::hash).
    pub const HASH: &str = "hash";
    /// [`Fields::size`](super::Fields::size).
    pub const SIZE: &str = "size";
    /// [`Fields::mtime`](super::Fields::mtime).
    pub const MTIME: &str = "mtime";
}

/// Handles to every field, resolved once per index.
#[derive(Clone, Debug)]
pub struct Fields {
    /// Path of the page relative to the root it was indexed from: the key
    /// updates and deletions use. Raw string, fast, stored.
    pub source: Field,
    /// Canonical URL when the page declares one.
    pub url: Field,
    /// Headline, English-analysed with positions (phrase queries, boosts).
    pub title: Field,
    /// Article text, English-analysed with positions; stored for snippets.
    pub body: Field,
    /// Every occurrence of a vocabulary phrase in the title or body, as one
    /// raw term each (`b:communiti payback`): a phrase query on such a form
    /// becomes a term lookup (see `phrases`). Not stored.
    pub phrases: Field,
    /// Publication date at day precision (range filters, sorting).
    pub date: Field,
    /// Which rule found the date (`meta`, `url`, `dateline`, ...: the
    /// extractor's `DateSource`).
    pub date_source: Field,
    /// Publication year: a cheap fast column for the year facet/histogram;
    /// [`day::UNDATED_YEAR`] for an undated page, so the column has no gaps.
    pub year: Field,
    /// The page's [`kind::Kind`] by name: raw string, fast.
    pub kind: Field,
    /// Hierarchical area facet, `/nation/region/area`, one value per level
    /// reached, so counts roll up.
    pub area: Field,
    /// Canonical area names, stored for display in the order found.
    pub areas: Field,
    /// The one area the article is mainly about, if any.
    pub primary_area: Field,
    /// Canonical provider names: raw string, fast (facets and filters) and stored.
    pub provider: Field,
    /// Tags/categories the page lists, stored and searchable as raw strings.
    pub tags: Field,
    /// xxh3 of the raw page bytes: decides whether a page changed.
    pub hash: Field,
    /// Size of the file in bytes when it was indexed.
    pub size: Field,
    /// Modification time in nanoseconds when it was indexed.
    pub mtime: Field,
}

/// Builds the schema. Stored fields are what jp-query prints; fast fields
/// are what facets and the incremental-update check read without touching
/// stored documents.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let english = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(ENGLISH)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fast_string: TextOptions = STRING | STORED | FAST;
    let fields = Fields {
        source: b.add_text_field(name::SOURCE, fast_string.clone()),
        url: b.add_text_field(name::URL, STORED),
        title: b.add_text_field(name::TITLE, english.clone()),
        body: b.add_text_field(name::BODY, english),
        phrases: b.add_text_field(
            name::PHRASES,
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("raw")
                    .set_index_option(IndexRecordOption::WithFreqs)
                    .set_fieldnorms(false),
            ),
        ),
        date: b.add_date_field(
            name::DATE,
            DateOptions::from(INDEXED | STORED | FAST).set_precision(DateTimePrecision::Seconds),
        ),
        date_source: b.add_text_field(name::DATE_SOURCE, STORED),
        year: b.add_u64_field(name::YEAR, NumericOptions::default().set_fast()),
        kind: b.add_text_field(name::KIND, fast_string.clone()),
        area: b.add_facet_field(name::AREA, FacetOptions::default()),
        areas: b.add_text_field(name::AREAS, STORED),
        primary_area: b.add_text_field(name::PRIMARY_AREA, STORED),
        provider: b.add_text_field(name::PROVIDER, fast_string.clone()),
        tags: b.add_text_field(name::TAGS, STRING | STORED),
        hash: b.add_u64_field(name::HASH, NumericOptions::default().set_fast()),
        size: b.add_u64_field(name::SIZE, NumericOptions::default().set_fast()),
        mtime: b.add_i64_field(name::MTIME, NumericOptions::default().set_fast()),
    };
    (b.build(), fields)
}

/// Registers the analysers an index needs; call on every opened index.
pub fn register_tokenizers(index: &Index) {
    index
        .tokenizers()
        .register(ENGLISH, analysis::english_analyzer());
}

/// Resolves field handles from an opened index, failing if the index was
/// written with a schema this build does not know.
pub fn fields_of(index: &Index) -> Result<Fields, Error> {
    let schema = index.schema();
    let (expected, fields) = build();
    if schema != expected {
        return Err(Error::SchemaMismatch);
    }
    Ok(fields)
}

/// Makes an opened index usable: registers its analysers and resolves its
/// fields, refusing an index written with another schema.
pub fn prepare(index: &Index) -> Result<Fields, Error> {
    register_tokenizers(index);
    fields_of(index)
}

/// Opens the existing index in `dir`, ready to read or write.
pub fn open(dir: &Path) -> Result<(Index, Fields), Error> {
    if !dir.join("meta.json").is_file() {
        return Err(Error::NoIndex(dir.to_path_buf()));
    }
    let index = Index::open_in_dir(dir)?;
    let fields = prepare(&index)?;
    Ok((index, fields))
}
