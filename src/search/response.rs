//! The JSON contract: every type an answer is made of, serialised as
//! `docs/json-contract.md` describes (contract version [`JSON_VERSION`]).
//!
//! Only types and their field order live here, so the shape of an answer
//! is readable in one file and a change to it is a visible change;
//! `tests/query_contract.rs` reads real answers back with
//! `deny_unknown_fields`. The engine fills these in; `output` prints them.

use std::sync::Arc;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::schema::day::Day;
use crate::schema::kind::Kind;
use crate::search::fields::{DEFAULT_JSON, HitField};
use crate::search::request::Sort;

/// Version of the JSON contract; see docs/json-contract.md for the rule.
pub const JSON_VERSION: u32 = 2;

/// The JSON answer to one search.
#[derive(Clone, Debug, Serialize)]
pub struct SearchResponse {
    /// [`JSON_VERSION`].
    pub version: u32,
    /// The request as understood.
    pub query: QueryEcho,
    /// What was repaired, dropped or relaxed; empty when nothing was.
    pub warnings: Vec<Warning>,
    /// Pages matching the query and every filter (all the words, or any
    /// of them when `query.matched` is `any`).
    pub total: u64,
    /// Hits skipped, as asked.
    pub offset: usize,
    /// Hits asked for (with `--all`, the number returned).
    pub limit: usize,
    /// Time spent answering, in milliseconds (two decimals).
    pub took_ms: f64,
    /// The hits, best first.
    pub hits: Vec<Hit>,
    /// Counts over the whole result set.
    pub facets: FacetCounts,
}

/// How much of the query a page (or the whole result) matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Matched {
    /// Every word of the query.
    All,
    /// No page had every word, so the query was relaxed to any of them
    /// (`query.matched` only).
    Any,
    /// Only some of the words: a partial hit following the all-words ones
    /// (`hits[].matched` only).
    Some,
}

impl Matched {
    /// The name the contract uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Matched::All => "all",
            Matched::Any => "any",
            Matched::Some => "some",
        }
    }
}

/// The request as understood.
#[derive(Clone, Debug, Serialize)]
pub struct QueryEcho {
    /// As typed.
    pub text: String,
    /// As parsed, in canonical syntax (what was dropped is gone).
    pub parsed: String,
    /// [`Matched::All`] (every word required) or [`Matched::Any`] (the
    /// fallback was used).
    pub matched: Matched,
    /// The filters in force.
    pub filters: FilterEcho,
    /// The result order.
    pub sort: Sort,
    /// The recency prior's half-life in days, if any.
    pub recency_days: Option<f64>,
}

/// Filters after resolution to canonical names.
#[derive(Clone, Debug, Serialize)]
pub struct FilterEcho {
    /// Canonical area names (any of them).
    pub area: Vec<String>,
    /// Canonical provider names (any of them).
    pub provider: Vec<String>,
    /// Kinds (any of them).
    pub kind: Vec<Kind>,
    /// First day included.
    pub from: Option<Day>,
    /// Last day included.
    pub to: Option<Day>,
}

/// One result. Serialised with the contract's fields ([`DEFAULT_JSON`],
/// then `explain` when present) or, for an export with `--fields`, with
/// exactly the fields chosen, in their order.
#[derive(Clone, Debug)]
pub struct Hit {
    /// 1-based position in the whole result list.
    pub rank: usize,
    /// Final relevance score (after any recency prior).
    pub score: f32,
    /// The page's path relative to the folder that was indexed.
    pub source: String,
    /// The page's canonical URL, if it declared one.
    pub url: Option<String>,
    /// The article's headline (may be empty).
    pub title: String,
    /// Publication date.
    pub date: Option<Day>,
    /// What kind of page it is.
    pub kind: Kind,
    /// Canonical area names, in the order found.
    pub areas: Vec<String>,
    /// The area the page is mainly about.
    pub primary_area: Option<String>,
    /// Canonical provider names.
    pub providers: Vec<String>,
    /// [`Matched::All`] when the page has every word of the query,
    /// [`Matched::Some`] when it was added after those because it has
    /// only some (see `fill`).
    pub matched: Matched,
    /// A passage of the body with the matches marked (empty when an
    /// export's fields leave it out).
    pub snippet: Snippet,
    /// Score parts, with `--explain` only.
    pub explain: Option<Explain>,
    /// Which rule found the date (loaded when a chosen field needs it).
    pub date_source: Option<String>,
    /// The page's tags (loaded when a chosen field needs it).
    pub tags: Vec<String>,
    /// The full extracted text (loaded when a chosen field needs it).
    pub body: Option<String>,
    /// The fields to print; None: the contract's default set.
    pub fields: Option<Arc<[HitField]>>,
}

impl Hit {
    fn entry<M: SerializeMap>(&self, map: &mut M, field: HitField) -> Result<(), M::Error> {
        let key = field.as_str();
        match field {
            HitField::Rank => map.serialize_entry(key, &self.rank),
            HitField::Score => map.serialize_entry(key, &self.score),
            HitField::Source => map.serialize_entry(key, &self.source),
            HitField::Url => map.serialize_entry(key, &self.url),
            HitField::Title => map.serialize_entry(key, &self.title),
            HitField::Date => map.serialize_entry(key, &self.date),
            HitField::DateSource => map.serialize_entry(key, &self.date_source),
            HitField::Kind => map.serialize_entry(key, &self.kind),
            HitField::Areas => map.serialize_entry(key, &self.areas),
            HitField::PrimaryArea => map.serialize_entry(key, &self.primary_area),
            HitField::Providers => map.serialize_entry(key, &self.providers),
            HitField::Tags => map.serialize_entry(key, &self.tags),
            HitField::Matched => map.serialize_entry(key, &self.matched),
            HitField::Snippet => map.serialize_entry(key, &self.snippet),
            HitField::Body => map.serialize_entry(key, self.body.as_deref().unwrap_or("")),
        }
    }
}

impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let chosen: &[HitField] = self.fields.as_deref().unwrap_or(DEFAULT_JSON);
        let mut map = s.serialize_map(None)?;
        for &f in chosen {
            self.entry(&mut map, f)?;
        }
        if self.fields.is_none()
            && let Some(e) = &self.explain
        {
            map.serialize_entry("explain", e)?;
        }
        map.end()
    }
}

/// A snippet in both forms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text, whitespace collapsed, "…" where cut.
    pub text: String,
    /// `[start, end)` of each match in `text`, in Unicode scalar values
    /// (characters), ascending and non-overlapping.
    pub highlights: Vec<[usize; 2]>,
    /// `text` HTML-escaped with each match in `<mark>…</mark>`.
    pub html: String,
}

/// Score parts of a hit (`--explain`).
#[derive(Clone, Debug, Serialize)]
pub struct Explain {
    /// BM25 over title (boosted) and body for the query's words.
    pub text: f32,
    /// Proximity bonus (words close together).
    pub proximity: f32,
    /// Recency multiplier (1 when no prior).
    pub recency: f64,
    /// (text + proximity) × recency = score.
    pub score: f32,
    /// The share of `text` from each top-level clause (with its synonyms).
    pub parts: Vec<ExplainPart>,
}

/// One clause's contribution to a hit's text score.
#[derive(Clone, Debug, Serialize)]
pub struct ExplainPart {
    /// The clause in query syntax (a word, a phrase, a group, or a run of
    /// words recognised as one vocabulary term).
    pub clause: String,
    /// Its share of the text score.
    pub score: f32,
}

/// One facet value and how many results have it.
#[derive(Clone, Debug, Serialize)]
pub struct FacetValue {
    /// The value: a name, a kind or a year.
    pub value: String,
    /// Matching pages with the value.
    pub count: u64,
    /// Whether a filter on this value is in force.
    pub selected: bool,
}

/// Every facet. Counts follow multi-select semantics (see `collect`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct FacetCounts {
    /// Nations.
    pub nation: Vec<FacetValue>,
    /// Regions.
    pub region: Vec<FacetValue>,
    /// Areas.
    pub area: Vec<FacetValue>,
    /// Providers.
    pub provider: Vec<FacetValue>,
    /// Kinds.
    pub kind: Vec<FacetValue>,
    /// Ascending by year (a histogram), not by count.
    pub year: Vec<FacetValue>,
}

/// Something repaired, dropped or relaxed on the way; shown to the user,
/// never fatal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// Stable machine-readable code (see docs/json-contract.md).
    pub code: &'static str,
    /// What happened, for a person.
    pub message: String,
}

impl Warning {
    /// A warning with its stable code.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
        }
    }
}

/// The error answer.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorResponse {
    /// [`JSON_VERSION`].
    pub version: u32,
    /// What went wrong.
    pub error: ErrorBody,
}

/// The body of an error answer.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorBody {
    /// Stable machine-readable code.
    pub code: String,
    /// What went wrong, for a person (never a filesystem path).
    pub message: String,
}

impl ErrorResponse {
    /// An error answer with its stable code.
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        ErrorResponse {
            version: JSON_VERSION,
            error: ErrorBody {
                code: code.to_string(),
                message: message.into(),
            },
        }
    }
}
