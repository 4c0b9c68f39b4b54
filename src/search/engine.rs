//! The engine: an open index, and one search as a run of named steps.
//!
//! [`Engine::search`] is start → rank → hits → response. Ranking is itself
//! plan → collect → rerank, with two ways out when the all-words query is
//! short of pages: the any-word fallback when no page has every word, and
//! the fill when some do but too few for the page of hits. Each step is a
//! method of [`Run`], the state of one request, so another mode (a trend
//! over time counts what `collect` counts; keyword-in-context needs the
//! plan and the collected pages) can reuse the steps it needs:
//!
//! | step | method | owner |
//! |---|---|---|
//! | check, parse, resolve filters | [`Engine::start`] | `request`, `query`, `filters` |
//! | plan | [`Run::plan`] | `plan` |
//! | collect (filter, count, keep the best) | [`Run::collect`] | `collect`, `dense` |
//! | rerank (proximity bonus) | [`Run::rerank`] | `rerank` |
//! | any-word fallback, fill | [`Run::any_words`], [`Run::fill`] | `fill` |
//! | hits (stored fields, snippets, explain) | [`Run::hits`] | `snippet`, `explain` |
//! | response | [`Run::respond`] | `response`, `counts` |

use std::ops::ControlFlow;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tantivy::schema::Value;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument};

use crate::error::Error;
use crate::schema::day::Day;
use crate::schema::kind::Kind;
use crate::schema::{self, Fields};
use crate::search::collect::{Cand, Counting, FacetCache, Fruit, Recency, SearchCollector};
use crate::search::explain::Explainer;
use crate::search::fields::HitField;
use crate::search::fill::{self, FILL_POOL};
use crate::search::filters::{self, Filters};
use crate::search::plan::{self, Mode, Plan};
use crate::search::query::{self, Parsed};
use crate::search::request::{SearchRequest, Sort};
use crate::search::rerank;
use crate::search::response::{
    FilterEcho, Hit, JSON_VERSION, Matched, QueryEcho, SearchResponse, Snippet, Warning,
};
use crate::search::snippet::{self, Marker};

/// How many first-phase candidates get the proximity bonus (see
/// `rerank`).
pub(crate) const RERANK_DEPTH: usize = 100;
/// Share of the score a recency prior may take away.
pub(crate) const RECENCY_WEIGHT: f64 = 0.5;
/// Blocks of stored pages a long-lived engine keeps decompressed.
const SERVE_DOC_CACHE_BLOCKS: usize = 100;
/// Seconds in a day, for the recency half-life.
const SECONDS_PER_DAY: f64 = 86_400.0;

/// An open index ready to answer queries.
pub struct Engine {
    reader: IndexReader,
    fields: Fields,
    counting: Counting,
    cache: Option<Arc<FacetCache>>,
    phrase_terms: bool,
}

impl Engine {
    /// Opens the index in `dir` for one-shot use (no reload watcher).
    pub fn open(dir: &Path) -> Result<Self, Error> {
        Self::open_with(dir, false)
    }

    /// Opens the index; with `reload`, a watcher picks up new commits.
    pub fn open_with(dir: &Path, reload: bool) -> Result<Self, Error> {
        let (index, fields) = schema::open(dir)?;
        Self::with_fields(index, fields, reload)
    }

    /// Wraps an already opened index (tests, benches, the eval harness).
    pub fn from_index(index: Index, reload: bool) -> Result<Self, Error> {
        let fields = schema::prepare(&index)?;
        Self::with_fields(index, fields, reload)
    }

    fn with_fields(index: Index, fields: Fields, reload: bool) -> Result<Self, Error> {
        let reader = index
            .reader_builder()
            .reload_policy(if reload {
                ReloadPolicy::OnCommitWithDelay
            } else {
                ReloadPolicy::Manual
            })
            .doc_store_cache_num_blocks(if reload { SERVE_DOC_CACHE_BLOCKS } else { 0 })
            .try_into()?;
        Ok(Engine {
            reader,
            fields,
            counting: Counting::Auto,
            // A long-lived engine keeps decoded facet postings.
            cache: reload.then(Default::default),
            phrase_terms: true,
        })
    }

    /// Forces one way of counting facets. Both give the same answer; the
    /// automatic choice picks the cheaper. Tests use this to check that
    /// they agree, benches to price each.
    pub fn with_counting(mut self, counting: Counting) -> Self {
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
        let mut run = self.start(req, started)?;
        let ranked = run.rank()?;
        let hits = run.hits(&ranked)?;
        Ok(run.respond(ranked, hits, started))
    }

    /// The first step: checks the request against its limits, parses the
    /// query and resolves the filters, in that order (so the first problem
    /// is the one reported).
    pub(crate) fn start<'e>(
        &'e self,
        req: &'e SearchRequest,
        started: Instant,
    ) -> Result<Run<'e>, Error> {
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
        let warnings = parsed.warnings.clone();
        let k = if req.all {
            usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX)
        } else {
            req.offset + req.limit
        };
        let recency = req.recency_days.map(|days| Recency {
            half_life: days * SECONDS_PER_DAY,
            reference: newest_date(&searcher),
            weight: RECENCY_WEIGHT,
        });
        Ok(Run {
            engine: self,
            req,
            parsed,
            filters,
            searcher,
            k,
            recency,
            deadline,
            warnings,
        })
    }
}

/// One request on its way through the steps.
pub(crate) struct Run<'e> {
    engine: &'e Engine,
    req: &'e SearchRequest,
    parsed: Parsed,
    filters: Arc<Filters>,
    searcher: Searcher,
    /// The most hits the request can show: offset + limit, or every page
    /// for an export.
    k: usize,
    recency: Option<Recency>,
    deadline: Instant,
    /// The answer's warnings so far.
    warnings: Vec<Warning>,
}

/// What ranking found: the pages to show and the plans that found them.
pub(crate) struct Ranked {
    /// Total, facet counts, and the hits best first (at most `k`, the
    /// all-words hits before any fill).
    pub fruit: Fruit,
    /// All the words, or any of them (the fallback).
    pub matched: Matched,
    /// The plan whose pages `total` and the facets describe.
    pub plan: Plan,
    /// How many of `fruit.top` have every word.
    pub full: usize,
    /// The plan of the pages with some of the words that follow them.
    pub fill: Option<Plan>,
}

impl Run<'_> {
    fn by_relevance(&self) -> bool {
        self.req.sort == Sort::Relevance
    }

    /// How many candidates the first phase keeps: enough for the page of
    /// hits and for the rerank.
    fn depth(&self) -> usize {
        self.k.max(RERANK_DEPTH)
    }

    /// Plans the parsed query (`Mode::Any` relaxes its top-level words to
    /// any of them).
    pub(crate) fn plan(&self, mode: Mode) -> Result<Plan, Error> {
        plan::plan_with(
            &self.parsed.expr,
            &self.engine.fields,
            &self.searcher,
            mode,
            self.engine.phrase_terms,
        )
    }

    /// Runs `plan` through the one-pass collector, keeping the best `k`
    /// candidates: the total, the facet counts and the top, filtered.
    pub(crate) fn collect(&self, plan: &Plan, k: usize) -> Result<Fruit, Error> {
        let collector = self.collector(k);
        let timed_out = collector.timed_out.clone();
        match collector.run(&self.searcher, plan.main.as_ref()) {
            Ok(f) => Ok(f),
            Err(_) if timed_out.load(Ordering::Relaxed) => Err(Error::Timeout(self.req.timeout_ms)),
            Err(e) => Err(e.into()),
        }
    }

    /// The one-pass collector for this request, keeping the best `k`.
    pub(crate) fn collector(&self, k: usize) -> SearchCollector {
        let timed_out = Arc::new(AtomicBool::new(false));
        SearchCollector {
            filters: self.filters.clone(),
            sort: self.req.sort,
            k,
            recency: self.recency,
            deadline: Some(self.deadline),
            timed_out: timed_out.clone(),
            counting: self.engine.counting,
            cache: self.engine.cache.clone(),
            live: self
                .searcher
                .segment_readers()
                .iter()
                .map(|r| r.segment_id())
                .collect(),
        }
    }

    /// The index snapshot this request reads.
    pub(crate) fn searcher(&self) -> &Searcher {
        &self.searcher
    }

    /// The request's filters as the answer echoes them.
    pub(crate) fn filter_echo(&self) -> FilterEcho {
        self.echo(Matched::All).filters
    }

    /// The query as parsed, in canonical syntax.
    pub(crate) fn parsed_text(&self) -> String {
        self.parsed.expr.render()
    }

    /// The warnings so far (parsing).
    pub(crate) fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// Whether the time budget is spent.
    pub(crate) fn past_deadline(&self) -> bool {
        Instant::now() >= self.deadline
    }

    /// The second phase: the proximity bonus for the candidates of `plan`
    /// (when it has one), then the candidates in their new order.
    pub(crate) fn rerank(&self, plan: &Plan, top: &mut [Cand]) -> Result<(), Error> {
        if plan.bonus.is_none() {
            return Ok(());
        }
        rerank::proximity(
            &self.searcher,
            &self.engine.fields,
            &plan.bonus_stems,
            top,
            self.req.sort,
        )
    }

    /// Plan, collect and rerank the all-words query, falling back to any
    /// of the words when no page has them all; then the fill.
    pub(crate) fn rank(&mut self) -> Result<Ranked, Error> {
        let plan = self.plan(Mode::All)?;
        let mut fruit = self.collect(&plan, self.depth())?;
        let fallback = if fruit.total == 0 && plan.relaxable {
            self.any_words(&plan)?
        } else {
            None
        };
        let mut ranked = match fallback {
            Some(ranked) => ranked,
            None => {
                self.rerank(&plan, &mut fruit.top)?;
                fruit.top.truncate(self.k);
                Ranked {
                    full: fruit.top.len(),
                    fruit,
                    matched: Matched::All,
                    plan,
                    fill: None,
                }
            }
        };
        self.fill(&mut ranked)?;
        self.warnings.extend(ranked.plan.warnings.iter().cloned());
        if self.parsed.expr.is_empty() && !self.req.query.trim().is_empty() {
            self.warnings.push(Warning::new(
                "empty_query",
                "nothing searchable was left in the query; showing every page",
            ));
        }
        Ok(ranked)
    }

    /// No page has every word of `all`: the pages with any of them, if
    /// there are some. By relevance, pages with more of the words come
    /// first.
    pub(crate) fn any_words(&mut self, all: &Plan) -> Result<Option<Ranked>, Error> {
        let relaxed = self.plan(Mode::Any)?;
        let pool_k = if self.by_relevance() {
            self.depth().max(FILL_POOL)
        } else {
            self.depth()
        };
        let mut fruit = self.collect(&relaxed, pool_k)?;
        if fruit.total == 0 {
            return Ok(None);
        }
        self.warnings.push(Warning::new(
            "any_words",
            "no page has all of the words; showing pages with any of them",
        ));
        self.rerank(&relaxed, &mut fruit.top)?;
        if self.by_relevance() {
            let pool = std::mem::take(&mut fruit.top);
            fruit.top = fill::rank(&self.searcher, &all.required, &[], pool, self.k)?;
        }
        fruit.top.truncate(self.k);
        Ok(Some(Ranked {
            fruit,
            matched: Matched::Any,
            plan: relaxed,
            full: 0,
            fill: None,
        }))
    }

    /// Fewer pages have every word than the page of hits asks for: follow
    /// them with pages that have some of the words (by relevance only, not
    /// for an export).
    pub(crate) fn fill(&mut self, ranked: &mut Ranked) -> Result<(), Error> {
        let shown = ranked.fruit.top.len();
        let wanted = ranked.matched == Matched::All
            && ranked.plan.relaxable
            && self.by_relevance()
            && !self.req.all
            && ranked.fruit.total > 0
            && shown < self.k;
        if !wanted {
            return Ok(());
        }
        let relaxed = self.plan(Mode::Any)?;
        let mut pool = self.collect(&relaxed, shown + FILL_POOL)?;
        self.rerank(&relaxed, &mut pool.top)?;
        let extra = fill::rank(
            &self.searcher,
            &ranked.plan.required,
            &ranked.fruit.top,
            pool.top,
            self.k - shown,
        )?;
        if extra.is_empty() {
            return Ok(());
        }
        self.warnings
            .push(partial_matches_warning(ranked.fruit.total));
        ranked.fruit.top.extend(extra);
        ranked.fill = Some(relaxed);
        Ok(())
    }

    /// The hits to show (from `offset`): stored fields, a snippet marked
    /// with the words of the plan that found each, and the score parts
    /// when asked.
    pub(crate) fn hits(&self, ranked: &Ranked) -> Result<Vec<Hit>, Error> {
        let mut hits = Vec::with_capacity(ranked.fruit.top.len());
        self.each_hit(ranked, true, &mut |hit| {
            hits.push(hit);
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(hits)
    }

    /// Builds the hits to show one at a time, reading each page's stored
    /// fields only when its turn comes, and hands each to `each` until it
    /// says stop; returns how many pages were read. `timed` applies the
    /// request's time budget (an export streams to a reader of its own
    /// pace, so it does not).
    pub(crate) fn each_hit(
        &self,
        ranked: &Ranked,
        timed: bool,
        each: &mut dyn FnMut(Hit) -> Result<ControlFlow<()>, Error>,
    ) -> Result<u64, Error> {
        let explainer = if self.req.explain {
            Some(Explainer::new(
                &self.searcher,
                &ranked.plan,
                ranked.fill.as_ref(),
            )?)
        } else {
            None
        };
        let mut marker = Marker::new(&ranked.plan.highlight);
        let mut fill_marker = ranked.fill.as_ref().map(|p| Marker::new(&p.highlight));
        let fields: Option<Arc<[HitField]>> = self.req.fields.as_deref().map(Arc::from);
        let shown = ranked.fruit.top.iter().skip(self.req.offset);
        let mut read = 0u64;
        for (i, cand) in shown.enumerate() {
            if timed && Instant::now() >= self.deadline {
                return Err(Error::Timeout(self.req.timeout_ms));
            }
            let rank = self.req.offset + i + 1;
            let matched = if rank > ranked.full {
                Matched::Some
            } else {
                Matched::All
            };
            let marker = match &mut fill_marker {
                Some(m) if matched == Matched::Some => m,
                _ => &mut marker,
            };
            let mut hit = self.hit(cand, rank, matched, marker, fields.clone())?;
            read += 1;
            if let Some(e) = &explainer {
                let partial = matched == Matched::Some;
                let date = hit.date.and_then(Day::start_secs);
                hit.explain = Some(e.explain(&self.searcher, cand, partial, date, self.recency)?);
            }
            if each(hit)?.is_break() {
                break;
            }
        }
        Ok(read)
    }

    /// One hit from its stored document, with the stored values its
    /// fields need (all of the contract's when `fields` is None).
    fn hit(
        &self,
        cand: &Cand,
        rank: usize,
        matched: Matched,
        marker: &mut Marker,
        fields: Option<Arc<[HitField]>>,
    ) -> Result<Hit, Error> {
        let doc: TantivyDocument = self.searcher.doc(DocAddress::new(cand.segment, cand.doc))?;
        let f = &self.engine.fields;
        let wants = |field| fields.as_ref().is_none_or(|l| l.contains(&field));
        let chose = |field| fields.as_ref().is_some_and(|l| l.contains(&field));
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
            .and_then(Day::from_index);
        let kind = doc
            .get_first(f.kind)
            .and_then(|v| v.as_str())
            .and_then(|k| k.parse().ok())
            .unwrap_or(Kind::Other);
        let body = text(f.body).unwrap_or_default();
        let snippet = if wants(HitField::Snippet) {
            marker.snippet(&body, snippet::SNIPPET_CHARS)
        } else {
            Snippet::default()
        };
        Ok(Hit {
            rank,
            score: cand.score,
            source: text(f.source).unwrap_or_default(),
            url: text(f.url),
            title: text(f.title).unwrap_or_default(),
            date,
            kind,
            areas: all(f.areas),
            primary_area: text(f.primary_area),
            providers: all(f.provider),
            matched,
            snippet,
            explain: None,
            date_source: chose(HitField::DateSource)
                .then(|| text(f.date_source))
                .flatten(),
            tags: if chose(HitField::Tags) {
                all(f.tags)
            } else {
                Vec::new()
            },
            body: chose(HitField::Body).then_some(body),
            fields,
        })
    }

    /// The answer: the request as understood, the warnings, the counts as
    /// facets and the hits.
    pub(crate) fn respond(
        self,
        ranked: Ranked,
        hits: Vec<Hit>,
        started: Instant,
    ) -> SearchResponse {
        let mut resp = self.head(&ranked, hits.len(), started);
        resp.hits = hits;
        resp
    }

    /// The answer without its hits, for `shown` of them: what an export
    /// writes before it streams the hits.
    pub(crate) fn head(&self, ranked: &Ranked, shown: usize, started: Instant) -> SearchResponse {
        let facets = ranked.fruit.counts.to_facets(&self.filters);
        let limit = if self.req.all { shown } else { self.req.limit };
        SearchResponse {
            version: JSON_VERSION,
            query: self.echo(ranked.matched),
            warnings: self.warnings.clone(),
            total: ranked.fruit.total,
            offset: self.req.offset,
            limit,
            took_ms: elapsed_ms(started),
            hits: Vec::new(),
            facets,
        }
    }

    fn echo(&self, matched: Matched) -> QueryEcho {
        let f = &self.filters;
        QueryEcho {
            text: self.req.query.clone(),
            parsed: self.parsed.expr.render(),
            matched,
            filters: FilterEcho {
                area: f.areas.iter().map(|a| a.name.clone()).collect(),
                provider: f.providers.clone(),
                kind: f.kinds.clone(),
                from: f.from.as_ref().map(|b| b.day),
                to: f.to.as_ref().map(|b| b.day),
            },
            sort: self.req.sort,
            recency_days: self.req.recency_days,
        }
    }
}

/// Milliseconds since `started`, to two decimals.
fn elapsed_ms(started: Instant) -> f64 {
    (started.elapsed().as_secs_f64() * 1000.0 * 100.0).round() / 100.0
}

/// The warning that partial hits follow the `total` all-words ones.
fn partial_matches_warning(total: u64) -> Warning {
    let message = if total == 1 {
        "only 1 page contains every word; pages containing some of them follow".to_string()
    } else {
        format!("only {total} pages contain every word; pages containing some of them follow")
    };
    Warning::new("partial_matches", message)
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
