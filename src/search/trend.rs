//! Trends: how many pages match a query in each year, quarter or month,
//! out of how many pages that pass the same filters, for one or several
//! queries side by side, optionally split into one series per area,
//! region, provider or kind.
//!
//! Owns the request ([`TrendRequest`]), the counting and the answer's
//! shape ([`TrendResponse`], documented in `docs/json-contract.md`). A
//! point's `total` is the denominator researchers need: pages dated in the
//! period that pass every filter (and, for a split series, have its
//! value), whether or not they match, so `share` = count / total compares
//! like with like. Undated pages are counted apart, never in a period.
//! A query matches as search's all-words query does (stems, phrases,
//! synonyms, abbreviations); there is no any-word fallback, so a series
//! never silently changes meaning.
//!
//! Counting walks the matching pages' fast columns only (date, areas,
//! providers, kind): no stored text is read.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use tantivy::query::{AllQuery, EnableScoring, Query};
use tantivy::{DocSet, SegmentOrdinal, TERMINATED};

use crate::error::Error;
use crate::search::engine::{Engine, Run};
use crate::search::filters::SplitBy;
use crate::search::plan::Mode;
use crate::search::request::SearchRequest;
use crate::search::response::{FilterEcho, JSON_VERSION, Warning};

/// Most series one trend may draw (queries × split values).
pub const MAX_SERIES: usize = 24;
/// Split values kept unless asked otherwise.
pub const DEFAULT_TOP: usize = 5;

/// The length of a period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Interval {
    /// Calendar years: `2019`.
    #[default]
    Year,
    /// Calendar quarters: `2019-Q2`.
    Quarter,
    /// Calendar months: `2019-04`.
    Month,
}

impl Interval {
    /// The period key of a civil (year, month): ordered, consecutive.
    fn key(self, year: i64, month: u32) -> i64 {
        match self {
            Interval::Year => year,
            Interval::Quarter => year * 4 + i64::from((month - 1) / 3),
            Interval::Month => year * 12 + i64::from(month - 1),
        }
    }

    /// The label of a period key.
    fn label(self, key: i64) -> String {
        match self {
            Interval::Year => key.to_string(),
            Interval::Quarter => format!("{}-Q{}", key.div_euclid(4), key.rem_euclid(4) + 1),
            Interval::Month => format!("{}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1),
        }
    }

    /// The name the contract uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Interval::Year => "year",
            Interval::Quarter => "quarter",
            Interval::Month => "month",
        }
    }
}

/// The civil (year, month) of a Unix second, UTC (days-to-civil after
/// Howard Hinnant's algorithm: no table, no allocation).
fn year_month(secs: i64) -> (i64, u32) {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u32)
}

/// What a trend is asked: the queries, the filters (those of `base`), the
/// period and the split.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendRequest {
    /// Filters and time budget; its `query` is ignored (see `series`).
    pub base: SearchRequest,
    /// One query per series (at least one).
    pub series: Vec<String>,
    /// Period length.
    pub interval: Interval,
    /// One series per value of this dimension, for each query.
    pub split: Option<SplitBy>,
    /// Split values kept: the most matched first.
    pub top: usize,
}

/// Pages matching and pages counted, in a period or undated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Counted {
    /// Pages matching the series' query (and value).
    pub count: u64,
    /// Pages passing the filters (and having the series' value).
    pub total: u64,
}

/// One period of a series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Point {
    /// `2019`, `2019-Q2` or `2019-04`.
    pub period: String,
    /// Pages dated in the period that match.
    pub count: u64,
    /// Pages dated in the period that pass the filters.
    pub total: u64,
    /// count / total (0 when total is 0).
    pub share: f64,
}

/// One line of the chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    /// `query`, or `query @ value` for a split series.
    pub label: String,
    /// The query as typed.
    pub query: String,
    /// The query as parsed.
    pub parsed: String,
    /// The split value, when split.
    pub value: Option<String>,
    /// Every period from the first to the last with a dated page, in order.
    pub points: Vec<Point>,
    /// Undated pages, counted apart.
    pub undated: Counted,
}

/// The answer to a trend.
#[derive(Clone, Debug, Serialize)]
pub struct TrendResponse {
    /// The contract version.
    pub version: u32,
    /// Always `"trend"`.
    pub mode: &'static str,
    /// The period length.
    pub interval: Interval,
    /// The split dimension, if any.
    pub split: Option<SplitBy>,
    /// The filters in force.
    pub filters: FilterEcho,
    /// What was repaired or dropped from the queries.
    pub warnings: Vec<crate::search::response::Warning>,
    /// Time spent, in milliseconds.
    pub took_ms: f64,
    /// The series, in the order asked (split values most matched first).
    pub series: Vec<Series>,
}

/// Counts by (split value or "", period key or None for undated).
type Table = HashMap<(String, Option<i64>), u64>;

/// Walks `query`'s pages that pass the filters, adding each to its
/// period (and split values).
fn count(
    run: &Run<'_>,
    query: &dyn Query,
    req: &TrendRequest,
    out: &mut Table,
) -> Result<(), Error> {
    let searcher = run.searcher();
    let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
    let collector = run.collector(0);
    let mut values = Vec::new();
    for (ord, reader) in searcher.segment_readers().iter().enumerate() {
        let ord = SegmentOrdinal::try_from(ord).unwrap_or(SegmentOrdinal::MAX);
        let filter = collector.page_filter(ord, reader)?;
        let alive = reader.alive_bitset();
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                let (pass, date) = filter.passes(doc);
                if pass {
                    let key = date.map(|d| {
                        let (y, m) = year_month(d);
                        req.interval.key(y, m)
                    });
                    match req.split {
                        None => *out.entry((String::new(), key)).or_default() += 1,
                        Some(by) => {
                            filter.values_of(doc, by, &mut values);
                            for v in values.drain(..) {
                                *out.entry((v, key)).or_default() += 1;
                            }
                        }
                    }
                }
            }
            doc = scorer.advance();
        }
        if run.past_deadline() {
            return Err(Error::Timeout(req.base.timeout_ms));
        }
    }
    Ok(())
}

impl TrendRequest {
    fn check(&self) -> Result<(), Error> {
        if self.series.is_empty() || self.series.iter().all(|q| q.trim().is_empty()) {
            return Err(Error::bad_request(
                "empty_trend",
                "a trend needs a query (or --series QUERY)",
            ));
        }
        let n = self.series.len() * if self.split.is_some() { self.top } else { 1 };
        if n > MAX_SERIES || self.top == 0 {
            return Err(Error::bad_request(
                "too_many_series",
                format!("a trend draws 1 to {MAX_SERIES} series (queries × --top)"),
            ));
        }
        Ok(())
    }
}

impl Engine {
    /// Runs a trend: for each query (and split value) and period, the
    /// pages that match and the pages that pass the same filters.
    pub fn trend(&self, req: &TrendRequest) -> Result<TrendResponse, Error> {
        let started = Instant::now();
        req.check()?;
        let mut base = req.base.clone();
        base.query = String::new();
        let mut run = self.start(&base, started)?;
        let mut totals = Table::new();
        count(&run, &AllQuery, req, &mut totals)?;
        let filters = run.filter_echo();
        let mut warnings: Vec<Warning> = run.take_warnings();
        let mut counted = Vec::new();
        for q in &req.series {
            let mut one = base.clone();
            one.query = q.clone();
            let mut run = self.start(&one, started)?;
            let plan = run.plan(Mode::All)?;
            let mut table = Table::new();
            count(&run, plan.main.as_ref(), req, &mut table)?;
            warnings.extend(run.take_warnings());
            warnings.extend(plan.warnings.iter().cloned());
            counted.push((q.clone(), run.parsed_text(), table));
        }
        let keys: Vec<i64> = totals.keys().filter_map(|(_, k)| *k).collect();
        let span = keys.iter().min().copied().zip(keys.iter().max().copied());
        let series = build_series(req, &counted, &totals, span);
        Ok(TrendResponse {
            version: JSON_VERSION,
            mode: "trend",
            interval: req.interval,
            split: req.split,
            filters,
            warnings,
            took_ms: (started.elapsed().as_secs_f64() * 100_000.0).round() / 100.0,
            series,
        })
    }
}

/// The series, in order: each query, and within a split its values by
/// pages matched (most first, then by name), the top `req.top` kept.
fn build_series(
    req: &TrendRequest,
    counted: &[(String, String, Table)],
    totals: &Table,
    span: Option<(i64, i64)>,
) -> Vec<Series> {
    let mut out = Vec::new();
    for (query, parsed, table) in counted {
        let values: Vec<String> = match req.split {
            None => vec![String::new()],
            Some(_) => {
                let mut by_value: BTreeMap<&str, u64> = BTreeMap::new();
                for ((v, _), n) in table {
                    *by_value.entry(v.as_str()).or_default() += n;
                }
                let mut ranked: Vec<(&str, u64)> = by_value.into_iter().collect();
                ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                ranked
                    .into_iter()
                    .take(req.top)
                    .map(|(v, _)| v.to_string())
                    .collect()
            }
        };
        for value in values {
            let get = |t: &Table, k: Option<i64>| t.get(&(value.clone(), k)).copied().unwrap_or(0);
            let points = span
                .map(|(lo, hi)| {
                    (lo..=hi)
                        .map(|k| {
                            let (count, total) = (get(table, Some(k)), get(totals, Some(k)));
                            Point {
                                period: req.interval.label(k),
                                count,
                                total,
                                share: share(count, total),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let split = req.split.is_some();
            out.push(Series {
                label: if split {
                    format!("{query} @ {value}")
                } else {
                    query.clone()
                },
                query: query.clone(),
                parsed: parsed.clone(),
                value: split.then(|| value.clone()),
                points,
                undated: Counted {
                    count: get(table, None),
                    total: get(totals, None),
                },
            });
        }
    }
    out
}

/// count / total, rounded to 6 decimals; 0 for an empty period.
fn share(count: u64, total: u64) -> f64 {
    if total == 0 {
        0.0
    } else {
        (count as f64 / total as f64 * 1e6).round() / 1e6
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_months_from_unix_seconds() {
        assert_eq!(year_month(0), (1970, 1));
        assert_eq!(year_month(951_782_400), (2000, 2)); // 2000-02-29
        assert_eq!(year_month(951_868_800), (2000, 3)); // 2000-03-01
        assert_eq!(year_month(1_703_980_800), (2023, 12)); // 2023-12-31
        assert_eq!(year_month(-86_400), (1969, 12));
    }

    #[test]
    fn period_keys_are_consecutive_and_labelled() {
        let q = Interval::Quarter;
        assert_eq!(q.key(2019, 12) + 1, q.key(2020, 1));
        assert_eq!(q.label(q.key(2019, 5)), "2019-Q2");
        let m = Interval::Month;
        assert_eq!(m.key(2019, 12) + 1, m.key(2020, 1));
        assert_eq!(m.label(m.key(2019, 4)), "2019-04");
        assert_eq!(Interval::Year.label(2019), "2019");
    }

    #[test]
    fn shares_divide_by_the_total_and_never_by_zero() {
        assert_eq!(share(1, 3), 0.333333);
        assert_eq!(share(0, 0), 0.0);
    }
}
