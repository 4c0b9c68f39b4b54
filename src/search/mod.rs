//! Search: a query and filters in, ranked hits and facet counts out.
//!
//! [`Engine`] opens an index once; [`Engine::search`] takes a plain
//! [`SearchRequest`] (built by `jp-query` from its flags, by `--serve` from
//! a JSON line, or directly by tests) and returns a [`SearchResponse`], the
//! serde form of the JSON contract in `docs/json-contract.md`.
//!
//! The steps live in submodules: [`query`] parses, [`plan`] builds the
//! Tantivy query (with [`synonyms`]), [`filters`] resolves filter flags,
//! [`facets`] ranks, filters and counts in one pass over fast columns,
//! [`snippet`] cuts passages from the stored body of the shown hits only,
//! [`output`] prints, [`serve`] answers JSON lines.
//!
//! Nothing here touches HTML or the extractor.

pub mod dense;
pub mod facets;
pub mod fill;
pub mod filters;
pub mod output;
pub mod phrase_term;
pub mod plan;
pub mod query;
pub mod serve;
pub mod snippet;
pub mod synonyms;

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tantivy::collector::Collector;
use tantivy::query::Scorer;
use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, DocId, DocSet, Index, IndexReader, ReloadPolicy, Searcher, SeekDangerResult,
    SegmentReader, TantivyDocument,
};

use crate::error::Error;
use crate::schema::{self, Fields};
use facets::{AREA, Cand, NATION, REGION, Recency, SearchCollector};
use filters::Filters;
use plan::Mode;
use query::Warning;
use snippet::Snippet;

/// Version of the JSON contract; see docs/json-contract.md for the rule.
pub const JSON_VERSION: u32 = 2;
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
/// How many first-phase candidates get the proximity bonus (see
/// `add_bonus`).
pub const RERANK_DEPTH: usize = 100;
/// Share of the score a recency prior may take away.
pub const RECENCY_WEIGHT: f64 = 0.5;

thread_local! {
    static ANALYZER: RefCell<TextAnalyzer> = RefCell::new(schema::english_analyzer());
}

/// Runs `text` through the index's English analyser: the stems the index
/// would hold for it, in order.
pub fn analyze(text: &str) -> Vec<String> {
    ANALYZER.with(|a| {
        let mut a = a.borrow_mut();
        let mut stream = a.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    })
}

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
    pub query: String,
    pub areas: Vec<String>,
    pub providers: Vec<String>,
    pub kinds: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub sort: Sort,
    /// Half-life in days of the recency prior; None: no prior.
    pub recency_days: Option<f64>,
    pub limit: usize,
    pub offset: usize,
    /// Return every hit (exports); `limit` is then ignored.
    pub all: bool,
    pub explain: bool,
    pub timeout_ms: u64,
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

    fn check(&self) -> Result<(), Error> {
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
            && !(d.is_finite() && d > 0.0 && d <= 36_500.0)
        {
            return Err(Error::bad_request(
                "bad_recency",
                "recency half-life must be a number of days between 0 and 36500",
            ));
        }
        let total_filters = self.areas.len() + self.providers.len() + self.kinds.len();
        if total_filters > 64 {
            return Err(Error::bad_request(
                "too_many_filters",
                "at most 64 area, provider and kind values may be given",
            ));
        }
        Ok(())
    }
}

/// The JSON answer (contract version [`JSON_VERSION`]).
#[derive(Clone, Debug, Serialize)]
pub struct SearchResponse {
    pub version: u32,
    pub query: QueryEcho,
    pub warnings: Vec<Warning>,
    pub total: u64,
    pub offset: usize,
    pub limit: usize,
    pub took_ms: f64,
    pub hits: Vec<Hit>,
    pub facets: FacetCounts,
}

/// The request as understood.
#[derive(Clone, Debug, Serialize)]
pub struct QueryEcho {
    /// As typed.
    pub text: String,
    /// As parsed, in canonical syntax (what was dropped is gone).
    pub parsed: String,
    /// `all` (every word required) or `any` (the fallback was used).
    pub matched: &'static str,
    pub filters: FilterEcho,
    pub sort: Sort,
    pub recency_days: Option<f64>,
}

/// Filters after resolution to canonical names.
#[derive(Clone, Debug, Serialize)]
pub struct FilterEcho {
    pub area: Vec<String>,
    pub provider: Vec<String>,
    pub kind: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One result.
#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub source: String,
    pub url: Option<String>,
    pub title: String,
    pub date: Option<String>,
    pub kind: String,
    pub areas: Vec<String>,
    pub primary_area: Option<String>,
    pub providers: Vec<String>,
    /// `all` when the page has every word of the query, `some` when it
    /// was added after those because it has only some (see `fill`).
    pub matched: &'static str,
    pub snippet: Snippet,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Explain>,
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
    pub score: f32,
}

/// One facet value and how many results have it.
#[derive(Clone, Debug, Serialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
    /// Whether a filter on this value is in force.
    pub selected: bool,
}

/// Every facet. Counts follow multi-select semantics (see `facets`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct FacetCounts {
    pub nation: Vec<FacetValue>,
    pub region: Vec<FacetValue>,
    pub area: Vec<FacetValue>,
    pub provider: Vec<FacetValue>,
    pub kind: Vec<FacetValue>,
    /// Ascending by year (a histogram), not by count.
    pub year: Vec<FacetValue>,
}

/// The error answer.
#[derive(Clone, Debug, Serialize)]
pub struct ErrorResponse {
    pub version: u32,
    pub error: ErrorBody,
}

#[derive(Clone, Debug, Serialize)]
pub struct ErrorBody {
    pub code: String,
    pub message: String,
}

impl ErrorResponse {
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

/// An open index ready to answer queries.
pub struct Engine {
    reader: IndexReader,
    fields: Fields,
    counting: facets::Counting,
    cache: Option<Arc<facets::FacetCache>>,
    phrase_terms: bool,
}

impl Engine {
    /// Opens the index in `dir` for one-shot use (no reload watcher).
    pub fn open(dir: &Path) -> Result<Self, Error> {
        Self::open_with(dir, false)
    }

    /// Opens the index; with `reload`, a watcher picks up new commits.
    pub fn open_with(dir: &Path, reload: bool) -> Result<Self, Error> {
        if !dir.join("meta.json").is_file() {
            return Err(Error::NoIndex(dir.to_path_buf()));
        }
        let index = Index::open_in_dir(dir)?;
        Self::from_index(index, reload)
    }

    /// Wraps an already opened index (tests, benches).
    pub fn from_index(index: Index, reload: bool) -> Result<Self, Error> {
        schema::register_tokenizers(&index);
        let fields = schema::fields_of(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(if reload {
                ReloadPolicy::OnCommitWithDelay
            } else {
                ReloadPolicy::Manual
            })
            .doc_store_cache_num_blocks(if reload { 100 } else { 0 })
            .try_into()?;
        Ok(Engine {
            reader,
            fields,
            counting: facets::Counting::Auto,
            // A long-lived engine keeps decoded facet postings.
            cache: reload.then(Default::default),
            phrase_terms: true,
        })
    }

    /// Forces one way of counting facets. Both give the same answer; the
    /// automatic choice picks the cheaper. Tests use this to check that
    /// they agree, benches to price each.
    pub fn with_counting(mut self, counting: facets::Counting) -> Self {
        self.counting = counting;
        self
    }

    /// Whether vocabulary phrases are looked up as their indexed terms (the
    /// default) or matched by word positions; both give the same answer
    /// (see `plan::plan_with`).
    pub fn with_phrase_terms(mut self, on: bool) -> Self {
        self.phrase_terms = on;
        self
    }

    /// Picks up the latest commit now.
    pub fn reload(&self) -> Result<(), Error> {
        Ok(self.reader.reload()?)
    }

    /// Runs one request.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse, Error> {
        let started = Instant::now();
        req.check()?;
        let deadline = started + Duration::from_millis(req.timeout_ms);
        let parsed = query::parse(&req.query)?;
        let filters = Arc::new(filters::resolve(
            &req.areas,
            &req.providers,
            &req.kinds,
            req.from.as_deref(),
            req.to.as_deref(),
        )?);
        let searcher = self.reader.searcher();
        let mut warnings = parsed.warnings.clone();
        let k = if req.all {
            usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX)
        } else {
            req.offset + req.limit
        };
        let recency = req.recency_days.map(|days| Recency {
            half_life: days * 86_400.0,
            reference: newest_date(&searcher),
            weight: RECENCY_WEIGHT,
        });
        let plan_for = |mode| {
            plan::plan_with(
                &parsed.expr,
                &self.fields,
                &searcher,
                mode,
                self.phrase_terms,
            )
        };
        let mut plan = plan_for(Mode::All)?;
        let depth = k.max(RERANK_DEPTH);
        let mut fruit = self.collect(&searcher, &plan, &filters, req, depth, recency, deadline)?;
        let mut matched = "all";
        let by_relevance = req.sort == Sort::Relevance;
        if fruit.total == 0 && plan.relaxable {
            let relaxed = plan_for(Mode::Any)?;
            let pool_k = if by_relevance {
                depth.max(fill::FILL_POOL)
            } else {
                depth
            };
            let mut f2 = self.collect(
                &searcher, &relaxed, &filters, req, pool_k, recency, deadline,
            )?;
            if f2.total > 0 {
                warnings.push(Warning::new(
                    "any_words",
                    "no page has all of the words; showing pages with any of them",
                ));
                if relaxed.bonus.is_some() {
                    add_bonus(
                        &searcher,
                        &self.fields,
                        &relaxed.bonus_stems,
                        &mut f2.top,
                        req.sort,
                    )?;
                }
                if by_relevance {
                    let pool = std::mem::take(&mut f2.top);
                    f2.top = fill::rank(&searcher, &plan.required, &[], pool, k)?;
                }
                matched = "any";
                fruit = f2;
                plan = relaxed;
            }
        }
        if matched == "all" && plan.bonus.is_some() {
            add_bonus(
                &searcher,
                &self.fields,
                &plan.bonus_stems,
                &mut fruit.top,
                req.sort,
            )?;
        }
        fruit.top.truncate(k);
        // Fewer pages with every word than the page of hits asks for:
        // follow them with pages that have some of the words.
        let full = if matched == "all" { fruit.top.len() } else { 0 };
        let mut fill_plan = None;
        if matched == "all"
            && plan.relaxable
            && by_relevance
            && !req.all
            && fruit.total > 0
            && fruit.top.len() < k
        {
            let relaxed = plan_for(Mode::Any)?;
            let pool_k = fruit.top.len() + fill::FILL_POOL;
            let mut pool = self.collect(
                &searcher, &relaxed, &filters, req, pool_k, recency, deadline,
            )?;
            if relaxed.bonus.is_some() {
                add_bonus(
                    &searcher,
                    &self.fields,
                    &relaxed.bonus_stems,
                    &mut pool.top,
                    req.sort,
                )?;
            }
            let extra = fill::rank(
                &searcher,
                &plan.required,
                &fruit.top,
                pool.top,
                k - fruit.top.len(),
            )?;
            if !extra.is_empty() {
                let message = if fruit.total == 1 {
                    "only 1 page contains every word; pages containing some of them follow"
                        .to_string()
                } else {
                    format!(
                        "only {} pages contain every word; pages containing some of them follow",
                        fruit.total
                    )
                };
                warnings.push(Warning::new("partial_matches", message));
                fruit.top.extend(extra);
                fill_plan = Some(relaxed);
            }
        }
        warnings.extend(plan.warnings.iter().cloned());
        if parsed.expr.is_empty() && !req.query.trim().is_empty() {
            warnings.push(Warning::new(
                "empty_query",
                "nothing searchable was left in the query; showing every page",
            ));
        }

        let shown: Vec<Cand> = fruit.top.iter().skip(req.offset).copied().collect();
        let explain_weights = if req.explain {
            let fill_weights = match &fill_plan {
                Some(p) => Some(ExplainWeights::new(p, &searcher)?),
                None => None,
            };
            Some((ExplainWeights::new(&plan, &searcher)?, fill_weights))
        } else {
            None
        };
        let mut hits = Vec::with_capacity(shown.len());
        let mut marker = snippet::Marker::new(&plan.highlight);
        let mut fill_marker = fill_plan
            .as_ref()
            .map(|p| snippet::Marker::new(&p.highlight));
        for (i, cand) in shown.iter().enumerate() {
            if Instant::now() >= deadline {
                return Err(Error::Timeout(req.timeout_ms));
            }
            let addr = DocAddress::new(cand.segment, cand.doc);
            let rank = req.offset + i + 1;
            let partial = rank > full;
            let marker = match &mut fill_marker {
                Some(m) if partial => m,
                _ => &mut marker,
            };
            let mut hit = self.hit(&searcher, addr, rank, cand.score, marker)?;
            hit.matched = if partial { "some" } else { "all" };
            if let Some((all_w, fill_w)) = &explain_weights {
                let w = match fill_w {
                    Some(f) if partial => f,
                    _ => all_w,
                };
                let seg = searcher.segment_reader(cand.segment);
                let text = score_of(w.main.as_ref(), seg, cand.doc)?;
                let proximity = match &w.bonus {
                    Some(b) => score_of(b.as_ref(), seg, cand.doc)?,
                    None => 0.0,
                };
                let mut parts = Vec::with_capacity(w.parts.len());
                for (label, pw) in &w.parts {
                    parts.push(ExplainPart {
                        clause: label.clone(),
                        score: score_of(pw.as_ref(), seg, cand.doc)?,
                    });
                }
                let date = hit.date.as_deref().and_then(|d| {
                    crate::index::document::parse_day(d).map(|(t, _)| t.into_timestamp_secs())
                });
                let factor = recency.map_or(1.0, |r| r.factor(date));
                hit.explain = Some(Explain {
                    text,
                    proximity,
                    recency: factor,
                    score: cand.score,
                    parts,
                });
            }
            hits.push(hit);
        }

        let facets = facet_counts(&fruit.counts, &filters);
        let limit = if req.all { hits.len() } else { req.limit };
        Ok(SearchResponse {
            version: JSON_VERSION,
            query: QueryEcho {
                text: req.query.clone(),
                parsed: parsed.expr.render(),
                matched,
                filters: FilterEcho {
                    area: filters.areas.iter().map(|a| a.name.clone()).collect(),
                    provider: filters.providers.clone(),
                    kind: filters.kinds.clone(),
                    from: filters.from.as_ref().map(|b| b.day.clone()),
                    to: filters.to.as_ref().map(|b| b.day.clone()),
                },
                sort: req.sort,
                recency_days: req.recency_days,
            },
            warnings,
            total: fruit.total,
            offset: req.offset,
            limit,
            took_ms: (started.elapsed().as_secs_f64() * 1000.0 * 100.0).round() / 100.0,
            hits,
            facets,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn collect(
        &self,
        searcher: &Searcher,
        plan: &plan::Plan,
        filters: &Arc<Filters>,
        req: &SearchRequest,
        k: usize,
        recency: Option<Recency>,
        deadline: Instant,
    ) -> Result<facets::Fruit, Error> {
        let timed_out = Arc::new(AtomicBool::new(false));
        let collector = SearchCollector {
            filters: filters.clone(),
            sort: req.sort,
            k,
            recency,
            deadline: Some(deadline),
            timed_out: timed_out.clone(),
            counting: self.counting,
            cache: self.cache.clone(),
            live: searcher
                .segment_readers()
                .iter()
                .map(|r| r.segment_id())
                .collect(),
        };
        let query = plan.main.box_clone();
        match run(searcher, query.as_ref(), &collector) {
            Ok(f) => Ok(f),
            Err(_) if timed_out.load(std::sync::atomic::Ordering::Relaxed) => {
                Err(Error::Timeout(req.timeout_ms))
            }
            Err(e) => Err(e.into()),
        }
    }

    fn hit(
        &self,
        searcher: &Searcher,
        addr: DocAddress,
        rank: usize,
        score: f32,
        marker: &mut snippet::Marker,
    ) -> Result<Hit, Error> {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let f = &self.fields;
        let text = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str().map(str::to_string))
        };
        let all = |field| {
            doc.get_all(field)
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect::<Vec<_>>()
        };
        let date = doc
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .and_then(|d| jiff::Timestamp::from_second(d.into_timestamp_secs()).ok())
            .map(|t| {
                t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    .to_string()
            });
        let body = text(f.body).unwrap_or_default();
        Ok(Hit {
            rank,
            score,
            source: text(f.source).unwrap_or_default(),
            url: text(f.url),
            title: text(f.title).unwrap_or_default(),
            date,
            kind: text(f.kind).unwrap_or_default(),
            areas: all(f.areas),
            primary_area: text(f.primary_area),
            providers: all(f.provider),
            matched: "all",
            snippet: marker.snippet(&body, snippet::SNIPPET_CHARS),
            explain: None,
        })
    }
}

/// The weights `--explain` reads a hit's score parts from, for one plan.
struct ExplainWeights {
    main: Box<dyn Weight>,
    bonus: Option<Box<dyn Weight>>,
    parts: Vec<(String, Box<dyn Weight>)>,
}

impl ExplainWeights {
    fn new(plan: &plan::Plan, searcher: &Searcher) -> Result<Self, Error> {
        let enable = EnableScoring::enabled_from_searcher(searcher);
        let mut parts = Vec::with_capacity(plan.parts.len());
        for (label, q) in &plan.parts {
            parts.push((label.clone(), q.weight(enable)?));
        }
        Ok(ExplainWeights {
            main: plan.main.weight(enable)?,
            bonus: match &plan.bonus {
                Some(b) => Some(b.weight(enable)?),
                None => None,
            },
            parts,
        })
    }
}

/// The score `weight` gives `doc` (0 when it does not match). Uses a fresh
/// scorer moved forward only (Tantivy's phrase `explain` may seek backwards).
/// The second ranking phase: the proximity bonus (query words close
/// together) is scored only for the best candidates of the first phase,
/// not for every matching page, because reading word positions is the
/// dearest part of a query. Each phrase is checked at exactly the
/// candidate pages (`seek_danger` tests one page without scanning on to
/// the next match). A page outside the first `RERANK_DEPTH` by text score
/// does not get the bonus.
fn add_bonus(
    searcher: &Searcher,
    fields: &Fields,
    stems: &[String],
    top: &mut [Cand],
    sort: Sort,
) -> Result<(), Error> {
    if top.is_empty() || stems.len() < 2 {
        return Ok(());
    }
    let enable = EnableScoring::enabled_from_searcher(searcher);
    let mut weights = Vec::with_capacity(2);
    for phrase in plan::proximity_phrases(fields, stems) {
        weights.push(phrase.weight(enable)?);
    }
    let mut order: Vec<usize> = (0..top.len()).collect();
    order.sort_by_key(|&i| (top[i].segment, top[i].doc));
    let mut bonus = vec![0f32; top.len()];
    for weight in &weights {
        let mut at = 0;
        while at < order.len() {
            let segment = top[order[at]].segment;
            let reader = searcher.segment_reader(segment);
            let mut scorer = weight.scorer(reader, 1.0)?;
            // After a miss the scorer may stand anywhere; then only
            // seek_danger calls at or past the lower bound it returned are
            // allowed, until one finds its target.
            let mut valid = true;
            let mut lower: DocId = 0;
            while at < order.len() && top[order[at]].segment == segment {
                let i = order[at];
                let doc = top[i].doc;
                at += 1;
                let found = if valid && scorer.doc() >= doc {
                    scorer.doc() == doc
                } else if !valid && doc < lower {
                    false
                } else {
                    match scorer.seek_danger(doc) {
                        SeekDangerResult::Found => {
                            valid = true;
                            true
                        }
                        SeekDangerResult::SeekLowerBound(l) => {
                            valid = false;
                            lower = l;
                            false
                        }
                    }
                };
                if found {
                    bonus[i] += scorer.score();
                }
            }
        }
    }
    for (cand, b) in top.iter_mut().zip(bonus) {
        if b > 0.0 {
            cand.add_bonus(b * plan::PROXIMITY_BOOST, sort);
        }
    }
    top.sort_by(|a, b| b.cmp(a));
    Ok(())
}

fn score_of(weight: &dyn Weight, seg: &SegmentReader, doc: DocId) -> Result<f32, Error> {
    let mut scorer = weight.scorer(seg, 1.0)?;
    if scorer.doc() < doc {
        scorer.seek(doc);
    }
    Ok(if scorer.doc() == doc {
        scorer.score()
    } else {
        0.0
    })
}

fn run(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &SearchCollector,
) -> tantivy::Result<facets::Fruit> {
    let weight = query.weight(EnableScoring::enabled_from_searcher(searcher))?;
    let mut fruits = Vec::with_capacity(searcher.segment_readers().len());
    for (ord, seg) in searcher.segment_readers().iter().enumerate() {
        fruits.push(collector.collect_segment(weight.as_ref(), ord as u32, seg)?);
    }
    collector.merge_fruits(fruits)
}

/// The newest page date in the index (Unix seconds), from column maxima.
fn newest_date(searcher: &Searcher) -> i64 {
    searcher
        .segment_readers()
        .iter()
        .filter_map(|s| {
            s.fast_fields()
                .column_opt::<tantivy::DateTime>(schema::name::DATE)
                .ok()
                .flatten()
                .filter(|c| c.num_docs() > 0)
                .map(|c| c.max_value().into_timestamp_secs())
        })
        .max()
        .unwrap_or(0)
}

fn facet_counts(counts: &facets::Counts, filters: &Filters) -> FacetCounts {
    let by_count = |mut v: Vec<FacetValue>| {
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
        v
    };
    let level = |lvl: u8| {
        by_count(
            counts
                .area
                .iter()
                .filter(|((l, _), _)| *l == lvl)
                .map(|((l, name), n)| FacetValue {
                    value: name.clone(),
                    count: *n,
                    selected: filters
                        .areas
                        .iter()
                        .any(|a| a.path.len() == *l as usize + 1 && a.name == *name),
                })
                .collect(),
        )
    };
    let list = |m: &std::collections::BTreeMap<String, u64>, sel: &[String]| {
        by_count(
            m.iter()
                .map(|(k, n)| FacetValue {
                    value: k.clone(),
                    count: *n,
                    selected: sel.contains(k),
                })
                .collect(),
        )
    };
    let (from_y, to_y) = (
        filters
            .from
            .as_ref()
            .and_then(|b| b.day.get(..4)?.parse::<u64>().ok()),
        filters
            .to
            .as_ref()
            .and_then(|b| b.day.get(..4)?.parse::<u64>().ok()),
    );
    FacetCounts {
        nation: level(NATION),
        region: level(REGION),
        area: level(AREA),
        provider: list(&counts.provider, &filters.providers),
        kind: list(&counts.kind, &filters.kinds),
        year: counts
            .year
            .iter()
            .map(|(y, n)| FacetValue {
                value: y.to_string(),
                count: *n,
                selected: filters.has_dates()
                    && from_y.is_none_or(|f| *y >= f)
                    && to_y.is_none_or(|t| *y <= t),
            })
            .collect(),
    }
}
