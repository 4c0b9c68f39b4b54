//! What a search is asked: the query, filters, order and page of hits, as
//! plain values ([`SearchRequest`]), and the limits a request must keep.
//!
//! `jp-query` builds a request from its flags, `--serve` from a JSON line
//! (see `serve`), tests and the eval harness directly. Checking the limits
//! is here; resolving filter names is `filters`, parsing the query `query`.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::search::fields::HitField;

/// Hits per page unless asked otherwise.
pub const DEFAULT_LIMIT: usize = 10;
/// Largest `limit` (use `--all` to export everything).
pub const MAX_LIMIT: usize = 100;
/// Deepest page: `offset + limit` may not pass this.
pub const MAX_WINDOW: usize = 10_000;
/// Time budget of one query unless asked otherwise.
pub const DEFAULT_TIMEOUT_MS: u64 = 2_000;
/// Largest time budget a caller may ask for.
pub const MAX_TIMEOUT_MS: u64 = 60_000;
/// Longest recency half-life, in days (a century).
pub(crate) const MAX_RECENCY_DAYS: f64 = 36_500.0;
/// Most area, provider and kind filter values one request may give.
pub(crate) const MAX_FILTER_VALUES: usize = 64;

/// Result order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first; ties newest first.
    #[default]
    Relevance,
    /// Newest first; undated pages last.
    Newest,
    /// Oldest first; undated pages last.
    Oldest,
}

impl Sort {
    /// The name the JSON contract uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }
}

/// Everything a search needs, as plain values.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchRequest {
    /// The query as typed (see the README for the language).
    pub query: String,
    /// Area filters as typed: names, aliases or towns (any of them).
    pub areas: Vec<String>,
    /// Provider filters as typed: names or aliases (any of them).
    pub providers: Vec<String>,
    /// Kind filters as typed (any of them).
    pub kinds: Vec<String>,
    /// First period included: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last period included, in the same forms.
    pub to: Option<String>,
    /// Result order.
    pub sort: Sort,
    /// Half-life in days of the recency prior; None: no prior.
    pub recency_days: Option<f64>,
    /// Hits to return (at most [`MAX_LIMIT`]).
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Return every hit (exports); `limit` is then ignored.
    pub all: bool,
    /// Give each hit its score parts.
    pub explain: bool,
    /// Time budget in milliseconds (at most `MAX_TIMEOUT_MS`).
    pub timeout_ms: u64,
    /// The fields each hit carries, in order; None: the contract's set.
    pub fields: Option<Vec<HitField>>,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            areas: Vec::new(),
            providers: Vec::new(),
            kinds: Vec::new(),
            from: None,
            to: None,
            sort: Sort::Relevance,
            recency_days: None,
            limit: DEFAULT_LIMIT,
            offset: 0,
            all: false,
            explain: false,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            fields: None,
        }
    }
}

impl SearchRequest {
    /// A request for `query` with every default.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            ..Default::default()
        }
    }

    /// Refuses a request past the documented limits.
    pub(crate) fn check(&self) -> Result<(), Error> {
        if !self.all && self.limit > MAX_LIMIT {
            return Err(Error::bad_request(
                "limit_too_large",
                format!(
                    "limit {} is over the maximum of {MAX_LIMIT} (use --all to export every hit)",
                    self.limit
                ),
            ));
        }
        if !self.all && self.offset.saturating_add(self.limit) > MAX_WINDOW {
            return Err(Error::bad_request(
                "offset_too_large",
                format!("offset + limit may not pass {MAX_WINDOW}"),
            ));
        }
        if self.timeout_ms == 0 || self.timeout_ms > MAX_TIMEOUT_MS {
            return Err(Error::bad_request(
                "bad_timeout",
                format!("timeout must be between 1 and {MAX_TIMEOUT_MS} ms"),
            ));
        }
        if let Some(d) = self.recency_days
            && !(d.is_finite() && d > 0.0 && d <= MAX_RECENCY_DAYS)
        {
            return Err(Error::bad_request(
                "bad_recency",
                format!(
                    "recency half-life must be a number of days between 0 and {MAX_RECENCY_DAYS}"
                ),
            ));
        }
        let total_filters = self.areas.len() + self.providers.len() + self.kinds.len();
        if total_filters > MAX_FILTER_VALUES {
            return Err(Error::bad_request(
                "too_many_filters",
                format!("at most {MAX_FILTER_VALUES} area, provider and kind values may be given"),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(req: SearchRequest) -> Option<&'static str> {
        req.check().err().map(|e| e.code())
    }

    #[test]
    fn limits_are_checked_in_order() {
        let ok = SearchRequest::new("probation");
        assert_eq!(code(ok.clone()), None);
        let mut r = ok.clone();
        r.limit = MAX_LIMIT + 1;
        assert_eq!(code(r.clone()), Some("limit_too_large"));
        r.all = true;
        assert_eq!(code(r), None, "--all ignores the limit");
        let mut r = ok.clone();
        r.offset = MAX_WINDOW;
        assert_eq!(code(r), Some("offset_too_large"));
        let mut r = ok.clone();
        r.timeout_ms = 0;
        assert_eq!(code(r), Some("bad_timeout"));
        for days in [0.0, -1.0, f64::NAN, MAX_RECENCY_DAYS + 1.0] {
            let mut r = ok.clone();
            r.recency_days = Some(days);
            assert_eq!(code(r.clone()), Some("bad_recency"), "{days}");
            assert_eq!(
                r.check().unwrap_err().to_string(),
                "recency half-life must be a number of days between 0 and 36500"
            );
        }
        let mut r = ok;
        r.kinds = vec!["blog".into(); MAX_FILTER_VALUES + 1];
        assert_eq!(code(r.clone()), Some("too_many_filters"));
        assert_eq!(
            r.check().unwrap_err().to_string(),
            "at most 64 area, provider and kind values may be given"
        );
    }
}
