//! The one-pass collector: filters, facet counts, the exact total and the
//! top hits, all from fast columns while the text query is scored.
//!
//! Owns multi-select facet semantics. For every document matching the
//! text query each filter dimension (area, provider, kind, date) is tested
//! on its fast column. A document that fails no dimension is a hit: it is
//! counted in every facet and may enter the top hits. A document that
//! fails exactly one dimension is counted only in that dimension's facet,
//! so each facet shows what the result set would be with its own filter
//! changed and every other filter kept (Elasticsearch's post_filter).
//! A document failing two or more dimensions counts nowhere.
//!
//! It never reads stored documents, and it stops with a timeout error when
//! the query's time budget runs out.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;
use tantivy::query::{EnableScoring, Query, Weight};
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED};

use crate::schema::name;
use crate::search::counts::Counts;
use crate::search::dense::{self, DocBits, FacetFields, FilterBits, SegmentFacets};
use crate::search::filters::{Dim, Filters, SplitBy};
use crate::search::request::Sort;

/// How recency is blended into relevance.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Recency {
    /// Half-life in seconds.
    pub half_life: f64,
    /// The "now" ages are measured from (the newest page in the index).
    pub reference: i64,
    /// Share of the score that recency can take away (0..1).
    pub weight: f64,
}

impl Recency {
    /// Multiplier in `[1 - weight, 1]`: 1 for a page dated at the
    /// reference, `1 - weight/2` one half-life before it, `1 - weight` for
    /// an undated page.
    pub(crate) fn factor(&self, date: Option<i64>) -> f64 {
        match date {
            None => 1.0 - self.weight,
            Some(d) => {
                let age = (self.reference - d).max(0) as f64;
                1.0 - self.weight + self.weight * 0.5f64.powf(age / self.half_life)
            }
        }
    }
}

/// A candidate hit. Greater is better.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cand {
    /// The first ordering key: the score (relevance) or the date.
    pub primary: f64,
    /// The tie-breaker: the date (relevance) or the score.
    pub secondary: f64,
    /// The segment the page is in.
    pub segment: u32,
    /// The page within its segment.
    pub doc: DocId,
    /// The final score (after recency).
    pub score: f32,
    /// The text score before recency (the proximity bonus is added to it
    /// in a second phase, see `Cand::add_bonus`).
    pub raw: f32,
    /// The recency multiplier (1 without a recency prior).
    pub factor: f64,
}

impl Cand {
    /// Adds a proximity bonus to the text score and recomputes the
    /// ordering keys for `sort`.
    pub(crate) fn add_bonus(&mut self, bonus: f32, sort: Sort) {
        self.raw += bonus;
        self.score = (self.raw as f64 * self.factor) as f32;
        match sort {
            Sort::Relevance => self.primary = self.score as f64,
            Sort::Newest | Sort::Oldest => self.secondary = self.score as f64,
        }
    }
}

impl PartialEq for Cand {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cand {}
impl PartialOrd for Cand {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cand {
    fn cmp(&self, other: &Self) -> Ordering {
        self.primary
            .total_cmp(&other.primary)
            .then(self.secondary.total_cmp(&other.secondary))
            .then(other.segment.cmp(&self.segment))
            .then(other.doc.cmp(&self.doc))
    }
}

/// What a search collected.
#[derive(Clone, Debug, Default)]
pub(crate) struct Fruit {
    /// Pages matching the query and every filter.
    pub total: u64,
    /// Best first, at most `k`.
    pub top: Vec<Cand>,
    /// Facet counts (multi-select).
    pub counts: Counts,
}

/// The collector. See the module header.
pub(crate) struct SearchCollector {
    /// The filters, resolved.
    pub filters: Arc<Filters>,
    /// The result order.
    pub sort: Sort,
    /// How many top hits to keep (offset + limit).
    pub k: usize,
    /// The recency prior, if any.
    pub recency: Option<Recency>,
    /// When to stop with a timeout.
    pub deadline: Option<Instant>,
    /// Set when the deadline stopped the collection.
    pub timed_out: Arc<AtomicBool>,
    /// How facets are counted.
    pub counting: Counting,
    /// Decoded facet postings per segment, kept between queries by a
    /// long-lived engine; None for one-shot use.
    pub cache: Option<Arc<FacetCache>>,
    /// The segments of the searcher this collector runs on.
    pub live: Vec<SegmentId>,
}

/// Facet postings of the segments a long-lived engine has seen, by
/// segment. Segments never change once written, so an entry stays valid
/// for as long as its segment exists; entries of merged-away segments are
/// dropped when the cache holds more segments than the index does.
#[derive(Debug, Default)]
pub(crate) struct FacetCache {
    segments: Mutex<HashMap<SegmentId, Arc<SegmentFacets>>>,
    dicts: Mutex<HashMap<SegmentId, Arc<SegmentDicts>>>,
}

impl FacetCache {
    fn dicts(
        &self,
        reader: &SegmentReader,
        live: &[SegmentId],
    ) -> tantivy::Result<Arc<SegmentDicts>> {
        cached(&self.dicts, reader, live, || SegmentDicts::load(reader))
    }

    fn get(
        &self,
        reader: &SegmentReader,
        fields: &FacetFields,
        live: &[SegmentId],
    ) -> tantivy::Result<Arc<SegmentFacets>> {
        cached(&self.segments, reader, live, || {
            SegmentFacets::load(reader, fields)
        })
    }
}

/// The entry of `map` for `reader`'s segment, loaded on first use; entries
/// of segments no longer `live` are dropped once the map holds as many as
/// the index has.
fn cached<T>(
    map: &Mutex<HashMap<SegmentId, Arc<T>>>,
    reader: &SegmentReader,
    live: &[SegmentId],
    load: impl FnOnce() -> tantivy::Result<T>,
) -> tantivy::Result<Arc<T>> {
    let id = reader.segment_id();
    // A panic while holding the lock leaves a map that is still valid.
    let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = map.get(&id) {
        return Ok(v.clone());
    }
    let loaded = Arc::new(load()?);
    if map.len() >= live.len() {
        map.retain(|k, _| live.contains(k));
    }
    map.insert(id, loaded.clone());
    Ok(loaded)
}

/// How facet counts are gathered for a segment.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Counting {
    /// Page by page for narrow results, from posting lists for broad ones.
    #[default]
    Auto,
    /// Always page by page (column lookups per matching page).
    PerPage,
    /// Always from posting lists and bitsets (see `dense`).
    Postings,
    /// Page by page for the first this many matching pages of a segment,
    /// from posting lists for the rest: the switch `Auto` makes when a
    /// segment's estimate was too low, at a point a test can choose.
    SwitchAfter(u64),
}

/// The facet dictionaries of one segment in the shape the collector
/// uses: built per query by a one-shot engine, kept per segment by a
/// long-lived one.
#[derive(Debug, Default)]
pub(crate) struct SegmentDicts {
    /// Per area facet ordinal: its path.
    area_paths: Vec<Vec<String>>,
    /// Per area facet ordinal: index into `area_names` for nation, region,
    /// area (where the path has them).
    area_levels: Vec<[Option<u32>; 3]>,
    area_names: Vec<(u8, String)>,
    providers: Vec<String>,
    kinds: Vec<String>,
}

impl SegmentDicts {
    fn load(reader: &SegmentReader) -> tantivy::Result<Self> {
        let ff = reader.fast_fields();
        let mut d = SegmentDicts::default();
        if let Some(col) = ff.str(name::AREA)? {
            for term in dict_terms(col.dictionary())? {
                let path: Vec<String> = term.split('\0').map(str::to_string).collect();
                let mut levels = [None; 3];
                for (lvl, slot) in levels.iter_mut().enumerate().take(path.len().min(3)) {
                    let key = (lvl as u8, path[lvl].clone());
                    let idx = match d.area_names.iter().position(|k| *k == key) {
                        Some(i) => i,
                        None => {
                            d.area_names.push(key);
                            d.area_names.len() - 1
                        }
                    };
                    *slot = Some(idx as u32);
                }
                d.area_paths.push(path);
                d.area_levels.push(levels);
            }
        }
        if let Some(col) = ff.str(name::PROVIDER)? {
            d.providers = dict_terms(col.dictionary())?;
        }
        if let Some(col) = ff.str(name::KIND)? {
            d.kinds = dict_terms(col.dictionary())?;
        }
        Ok(d)
    }
}

/// The collector of one segment: filters, counts and keeps the best
/// candidates page by page.
pub(crate) struct SegCollector {
    segment: u32,
    filters: Arc<Filters>,
    sort: Sort,
    k: usize,
    recency: Option<Recency>,
    top: TopK,
    total: u64,

    dicts: Arc<SegmentDicts>,
    area: Option<FacetReader>,
    /// Per area facet ordinal: matches one of the area filters.
    area_sel: Vec<bool>,
    area_counts: Vec<u64>,
    area_stamp: Vec<u32>,

    provider: Option<StrColumn>,
    provider_sel: Vec<bool>,
    provider_counts: Vec<u64>,
    provider_stamp: Vec<u32>,

    kind: Option<StrColumn>,
    kind_sel: Vec<bool>,
    kind_counts: Vec<u64>,

    date: Option<Column<tantivy::DateTime>>,
    year: Option<Column<u64>>,
    year_min: u64,
    year_counts: Vec<u64>,
}

/// Every term of a dictionary, in ordinal order, read in one stream
/// (looking each ordinal up on its own re-reads a block per term).
fn dict_terms(dict: &tantivy::columnar::Dictionary) -> tantivy::Result<Vec<String>> {
    let mut out = Vec::with_capacity(dict.num_terms());
    let mut stream = dict.stream()?;
    while stream.advance() {
        out.push(String::from_utf8_lossy(stream.key()).into_owned());
    }
    Ok(out)
}

/// Which of `names` a filter asks for (all false without a filter).
fn selected(names: &[String], wanted: impl Fn(&str) -> bool) -> Vec<bool> {
    names.iter().map(|n| wanted(n)).collect()
}

impl Collector for SearchCollector {
    type Fruit = Fruit;
    type Child = SegCollector;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegCollector> {
        self.segment_collector(segment, reader, true)
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Fruit>) -> tantivy::Result<Fruit> {
        self.merge(fruits)
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment_ord: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Fruit> {
        self.collect_one(weight, segment_ord, reader)
    }
}

impl SearchCollector {
    /// The segment collector; `per_page` says whether facets will be
    /// counted page by page, which needs the segment's dictionaries (the
    /// posting-list count reads its own).
    fn segment_collector(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
        per_page: bool,
    ) -> tantivy::Result<SegCollector> {
        let ff = reader.fast_fields();
        let dicts = match (&self.cache, per_page) {
            (_, false) => Arc::new(SegmentDicts::default()),
            (Some(cache), true) => cache.dicts(reader, &self.live)?,
            (None, true) => Arc::new(SegmentDicts::load(reader)?),
        };
        let area = ff.str(name::AREA)?.map(FacetReader::new);
        let area_sel: Vec<bool> = dicts
            .area_paths
            .iter()
            .map(|path| {
                self.filters.areas.iter().any(|f| {
                    f.path.len() <= path.len() && f.path.iter().zip(path).all(|(a, b)| a == b)
                })
            })
            .collect();
        let provider = ff.str(name::PROVIDER)?;
        let provider_sel = selected(&dicts.providers, |n| {
            self.filters.providers.iter().any(|p| p == n)
        });
        let kind = ff.str(name::KIND)?;
        let kind_sel = selected(&dicts.kinds, |n| {
            self.filters.kinds.iter().any(|k| k.as_str() == n)
        });
        let date = ff.column_opt::<tantivy::DateTime>(name::DATE)?;
        let year = ff.column_opt::<u64>(name::YEAR)?;
        let (year_min, year_len) = match &year {
            Some(c) if c.max_value() >= c.min_value() && c.max_value() - c.min_value() < 10_000 => {
                (c.min_value(), (c.max_value() - c.min_value() + 1) as usize)
            }
            _ => (0, 0),
        };
        let n_area = dicts.area_names.len();
        let n_prov = provider_sel.len();
        Ok(SegCollector {
            segment,
            filters: self.filters.clone(),
            sort: self.sort,
            k: self.k,
            recency: self.recency,
            top: TopK::new(self.k),
            total: 0,
            dicts,
            area,
            area_sel,
            area_counts: vec![0; n_area],
            area_stamp: vec![u32::MAX; n_area],
            provider,
            provider_sel,
            provider_counts: vec![0; n_prov],
            provider_stamp: vec![u32::MAX; n_prov],
            kind_counts: vec![0; kind_sel.len()],
            kind,
            kind_sel,
            date,
            year,
            year_min,
            year_counts: vec![0; year_len],
        })
    }

    /// Runs `query` over every segment of `searcher`, one after another
    /// (a query process has no threads to spare, and a segment's work
    /// is short).
    pub(crate) fn run(&self, searcher: &Searcher, query: &dyn Query) -> tantivy::Result<Fruit> {
        let weight = query.weight(EnableScoring::enabled_from_searcher(searcher))?;
        let mut fruits = Vec::with_capacity(searcher.segment_readers().len());
        for (ord, seg) in searcher.segment_readers().iter().enumerate() {
            let ord = SegmentOrdinal::try_from(ord).unwrap_or(SegmentOrdinal::MAX);
            fruits.push(self.collect_one(weight.as_ref(), ord, seg)?);
        }
        self.merge(fruits)
    }

    fn merge(&self, fruits: Vec<Fruit>) -> tantivy::Result<Fruit> {
        let mut out = Fruit::default();
        for f in fruits {
            out.total += f.total;
            out.top.extend(f.top);
            out.counts.add(f.counts);
        }
        out.top.sort_by(|a, b| b.cmp(a));
        out.top.truncate(self.k);
        Ok(out)
    }

    /// Collects one segment: every matching page is filtered, counted and
    /// offered to the top, page by page or, for a broad result, into a
    /// bitset whose facets are then counted from posting lists.
    fn collect_one(
        &self,
        weight: &dyn Weight,
        segment_ord: u32,
        reader: &SegmentReader,
    ) -> tantivy::Result<Fruit> {
        let mut scorer = weight.scorer(reader, 1.0)?;
        if scorer.doc() == TERMINATED {
            // Nothing to count: every facet of this segment is zero.
            return Ok(Fruit::default());
        }
        let (per_page, switch_at) = self.counting_plan(scorer.size_hint(), reader.max_doc());
        let mut c = self.segment_collector(segment_ord, reader, per_page)?;
        let alive = reader.alive_bitset();
        let mut dense = if per_page {
            None
        } else {
            Some(Dense::new(reader, &self.filters)?)
        };
        let mut doc = scorer.doc();
        let mut n: u32 = 0;
        let mut paged: u64 = 0;
        while doc != TERMINATED {
            if alive.is_none_or(|a| a.is_alive(doc)) {
                match &mut dense {
                    None => {
                        c.collect(doc, scorer.score());
                        paged += 1;
                        if switch_at == Some(paged) {
                            dense = Some(Dense::new(reader, &self.filters)?);
                        }
                    }
                    Some(d) => c.collect_into(d, doc, || scorer.score()),
                }
            }
            n = n.wrapping_add(1);
            if n.is_multiple_of(DEADLINE_EVERY) {
                self.check_deadline()?;
            }
            doc = scorer.advance();
        }
        let Some(Dense {
            fields,
            mut bits,
            all,
            dated,
        }) = dense
        else {
            return Ok(c.harvest());
        };
        bits.date = dated;
        let cached = match &self.cache {
            Some(cache) => Some(cache.get(reader, &fields, &self.live)?),
            None => None,
        };
        c.count_dense(reader, &fields, &all, &bits, cached.as_deref())
    }

    /// How a segment's facets are counted: page by page or not from the
    /// start, and after how many pages counted page by page to switch to
    /// posting lists.
    ///
    /// The scorer's estimate of its matches (`hint`, an upper bound for a
    /// plain intersection) picks the way before any page is visited, so no
    /// list of matches is ever held. Phrases and unions of correlated words
    /// are estimated as if the words were independent, far below the truth
    /// ("approved premises": 62 estimated, 3,754 found on 20,000 pages), so
    /// a count that starts page by page switches to posting lists for the
    /// rest of the segment once it passes the threshold: each page is
    /// counted one way or the other, and the two sets of counts add up.
    fn counting_plan(&self, hint: u32, max_doc: u32) -> (bool, Option<u64>) {
        let threshold = match &self.cache {
            None => DENSE_MIN.max(u64::from(max_doc) / DENSE_SHARE),
            Some(_) => CACHED_DENSE_MIN.max(u64::from(max_doc) / CACHED_DENSE_SHARE),
        };
        match self.counting {
            Counting::PerPage => (true, None),
            Counting::Postings => (false, None),
            Counting::SwitchAfter(n) => (true, Some(n.max(1))),
            Counting::Auto => (u64::from(hint) < threshold, Some(threshold)),
        }
    }

    /// Stops the collection once the query's time budget is spent.
    fn check_deadline(&self) -> tantivy::Result<()> {
        if let Some(d) = self.deadline
            && Instant::now() >= d
        {
            self.timed_out.store(true, AtomicOrdering::Relaxed);
            return Err(tantivy::TantivyError::InternalError(
                "query time budget exceeded".into(),
            ));
        }
        Ok(())
    }
}

/// The deadline is checked once per this many matching pages.
const DEADLINE_EVERY: u32 = 1024;

/// A segment's state once its facets are counted from posting lists: the
/// matching pages as a bitset, the filters as bitsets, and the pages that
/// pass the date filter (when there is one).
struct Dense {
    fields: FacetFields,
    bits: FilterBits,
    all: DocBits,
    dated: Option<DocBits>,
}

impl Dense {
    fn new(reader: &SegmentReader, filters: &Filters) -> tantivy::Result<Dense> {
        let max_doc = reader.max_doc();
        let fields = facet_fields(reader)?;
        let bits = FilterBits::build(reader, filters, &fields)?;
        let dated = filters.has_dates().then(|| DocBits::new(max_doc));
        Ok(Dense {
            fields,
            bits,
            all: DocBits::new(max_doc),
            dated,
        })
    }
}

impl SegCollector {
    /// One matching page on the broad-result path: into the bitset, and
    /// (if it passes every filter) into the total and the top. Its facets
    /// are counted later, from posting lists.
    #[inline]
    fn collect_into(&mut self, d: &mut Dense, doc: DocId, score: impl FnOnce() -> Score) {
        d.all.insert(doc);
        let mut pass = d.bits.passes(doc);
        let mut date = None;
        if let Some(dated) = &mut d.dated {
            date = self.doc_date(doc);
            if self.date_pass(date) {
                dated.insert(doc);
            } else {
                pass = false;
            }
        }
        if !pass {
            return;
        }
        self.total += 1;
        if self.k > 0 {
            let score = score();
            if self.may_enter(score) {
                if d.dated.is_none() {
                    date = self.doc_date(doc);
                }
                self.push(doc, score, date);
            }
        }
    }
}

/// The best `k` candidates seen so far. Candidates go into a buffer of
/// twice `k`; when it fills, a linear-time selection keeps the best `k`
/// and remembers the worst of them as the bar a newcomer must clear.
/// Cheaper than a binary heap when many candidates arrive in score order.
struct TopK {
    k: usize,
    buf: Vec<Cand>,
    bar: Option<Cand>,
}

impl TopK {
    fn new(k: usize) -> Self {
        TopK {
            k,
            buf: Vec::with_capacity(k.saturating_mul(2).min(4096)),
            bar: None,
        }
    }

    /// The candidate a newcomer must beat, once `k` are held.
    fn threshold(&self) -> Option<&Cand> {
        self.bar.as_ref()
    }

    fn push(&mut self, cand: Cand) {
        if self.k == 0 || self.bar.as_ref().is_some_and(|b| cand <= *b) {
            return;
        }
        self.buf.push(cand);
        if self.buf.len() >= self.k.saturating_mul(2) {
            self.shrink();
        }
    }

    fn shrink(&mut self) {
        if self.buf.len() > self.k {
            self.buf.select_nth_unstable_by(self.k - 1, |a, b| b.cmp(a));
            self.buf.truncate(self.k);
        }
        if self.buf.len() == self.k {
            self.bar = self.buf.iter().min().copied();
        }
    }

    /// The best `k`, unordered.
    fn into_vec(mut self) -> Vec<Cand> {
        self.shrink();
        self.buf
    }
}

fn facet_fields(reader: &SegmentReader) -> tantivy::Result<FacetFields> {
    let schema = reader.schema();
    Ok(FacetFields {
        area: schema.get_field(name::AREA)?,
        provider: schema.get_field(name::PROVIDER)?,
        kind: schema.get_field(name::KIND)?,
    })
}

/// Below this many matching pages in a segment, facets are always counted
/// page by page: walking every facet posting list of a small segment
/// costs more than looking up a few pages.
const DENSE_MIN: u64 = 1024;

/// The same two thresholds for a long-lived engine, whose posting-list
/// count reads decoded lists and bitsets (see `dense::SegmentFacets`): a
/// small fixed cost per page of the segment, far below the cost of one
/// matching page counted page by page.
const CACHED_DENSE_MIN: u64 = 64;
const CACHED_DENSE_SHARE: u64 = 128;

/// Docs per batched read of the year column.
const YEAR_BATCH: usize = 512;

/// Below one matching page in this many (or `DENSE_MIN`), facets are
/// counted page by page (a few hundred instructions each); above it, from
/// posting lists, whose cost is fixed per segment (see `dense`).
const DENSE_SHARE: u64 = 16;

impl SegCollector {
    /// The broad-result path's counting, once the pages it took over are
    /// in `all` and the hits and total are collected: facets from posting
    /// lists and bitsets (see `dense`), added to whatever was counted page
    /// by page before the switch.
    fn count_dense(
        mut self,
        reader: &SegmentReader,
        fields: &FacetFields,
        all: &DocBits,
        bits: &FilterBits,
        cached: Option<&SegmentFacets>,
    ) -> tantivy::Result<Fruit> {
        let mut counts = Counts::default();
        dense::count_facets(reader, fields, all, bits, cached, &mut counts)?;
        if cached.is_none() {
            // A one-shot engine reads the year column; a cached segment has
            // its years among the lists `count_facets` just counted.
            self.count_years(&bits.narrow(all, Some(Dim::Date)));
        }
        let mut fruit = self.harvest();
        fruit.counts.add(counts);
        Ok(fruit)
    }

    fn area_pass(&self, doc: DocId) -> bool {
        match &self.area {
            None => false,
            Some(r) => r
                .facet_ords(doc)
                .any(|o| self.area_sel.get(o as usize).copied().unwrap_or(false)),
        }
    }

    fn provider_pass(&self, doc: DocId) -> bool {
        match &self.provider {
            None => false,
            Some(c) => c.term_ords(doc).any(|o| self.provider_sel[o as usize]),
        }
    }

    fn kind_pass(&self, doc: DocId) -> bool {
        match &self.kind {
            None => false,
            Some(c) => c.term_ords(doc).any(|o| self.kind_sel[o as usize]),
        }
    }

    fn doc_date(&self, doc: DocId) -> Option<i64> {
        self.date
            .as_ref()
            .and_then(|c| c.first(doc))
            .map(|d| d.into_timestamp_secs())
    }

    fn date_pass(&self, date: Option<i64>) -> bool {
        let Some(d) = date else {
            return false;
        };
        self.filters.from.as_ref().is_none_or(|b| d >= b.secs)
            && self.filters.to.as_ref().is_none_or(|b| d < b.secs)
    }

    fn count_area(&mut self, doc: DocId) {
        let Some(r) = &self.area else {
            return;
        };
        for o in r.facet_ords(doc) {
            let Some(levels) = self.dicts.area_levels.get(o as usize) else {
                continue;
            };
            for idx in levels.iter().flatten() {
                let i = *idx as usize;
                if self.area_stamp[i] != doc {
                    self.area_stamp[i] = doc;
                    self.area_counts[i] += 1;
                }
            }
        }
    }

    fn count_provider(&mut self, doc: DocId) {
        let Some(c) = &self.provider else {
            return;
        };
        for o in c.term_ords(doc) {
            let i = o as usize;
            if self.provider_stamp[i] != doc {
                self.provider_stamp[i] = doc;
                self.provider_counts[i] += 1;
            }
        }
    }

    fn count_kind(&mut self, doc: DocId) {
        if let Some(c) = &self.kind
            && let Some(o) = c.term_ords(doc).next()
        {
            self.kind_counts[o as usize] += 1;
        }
    }

    fn count_year(&mut self, doc: DocId) {
        if let Some(c) = &self.year
            && let Some(y) = c.first(doc)
            && y > 0
            && y >= self.year_min
            && let Some(slot) = self.year_counts.get_mut((y - self.year_min) as usize)
        {
            *slot += 1;
        }
    }

    /// Counts the years of every doc in `set`, reading the column in
    /// batches.
    fn count_years(&mut self, set: &DocBits) {
        let Some(c) = &self.year else {
            return;
        };
        let mut docs: Vec<DocId> = Vec::with_capacity(YEAR_BATCH);
        let mut vals: Vec<Option<u64>> = vec![None; YEAR_BATCH];
        let mut it = set.iter().peekable();
        while it.peek().is_some() {
            docs.clear();
            docs.extend(it.by_ref().take(YEAR_BATCH));
            let out = &mut vals[..docs.len()];
            out.fill(None);
            c.first_vals(&docs, out);
            for y in out.iter().flatten() {
                if *y > 0
                    && *y >= self.year_min
                    && let Some(slot) = self.year_counts.get_mut((*y - self.year_min) as usize)
                {
                    *slot += 1;
                }
            }
        }
    }

    /// Whether a hit with this raw score could enter the top k. Only
    /// relevance order without a recency prior can tell before the date
    /// is known.
    fn may_enter(&self, score: Score) -> bool {
        if self.sort != Sort::Relevance || self.recency.is_some() {
            return true;
        }
        self.top
            .threshold()
            .is_none_or(|t| score as f64 >= t.primary)
    }

    fn push(&mut self, doc: DocId, score: Score, date: Option<i64>) {
        if self.k == 0 {
            return;
        }
        let factor = self.recency.map_or(1.0, |r| r.factor(date));
        let raw = score;
        let score = (score as f64 * factor) as f32;
        let dated = date.map_or(f64::NEG_INFINITY, |d| d as f64);
        let (primary, secondary) = match self.sort {
            Sort::Relevance => (score as f64, dated),
            Sort::Newest => (dated, score as f64),
            Sort::Oldest => (
                date.map_or(f64::NEG_INFINITY, |d| -(d as f64)),
                score as f64,
            ),
        };
        let cand = Cand {
            primary,
            secondary,
            segment: self.segment,
            doc,
            score,
            raw,
            factor,
        };
        self.top.push(cand);
    }
}

impl SearchCollector {
    /// This collector's filters on one segment, for a mode that walks the
    /// matching pages itself (a trend): see [`SegCollector::passes`].
    pub(crate) fn page_filter(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegCollector> {
        self.segment_collector(segment, reader, true)
    }
}

impl SegCollector {
    /// Whether `doc` passes every filter, with its date (Unix seconds)
    /// when it has one.
    pub(crate) fn passes(&self, doc: DocId) -> (bool, Option<i64>) {
        let f = &self.filters;
        let date = self.doc_date(doc);
        let pass = (f.areas.is_empty() || self.area_pass(doc))
            && (f.providers.is_empty() || self.provider_pass(doc))
            && (f.kinds.is_empty() || self.kind_pass(doc))
            && (!f.has_dates() || self.date_pass(date));
        (pass, date)
    }

    /// The names `doc` has on the dimension `by`, each once, into `out`.
    pub(crate) fn values_of(&self, doc: DocId, by: SplitBy, out: &mut Vec<String>) {
        out.clear();
        let mut push = |v: &String| {
            if !out.contains(v) {
                out.push(v.clone());
            }
        };
        match by {
            SplitBy::Area | SplitBy::Region => {
                let level = if by == SplitBy::Area { 2 } else { 1 };
                if let Some(r) = &self.area {
                    for o in r.facet_ords(doc) {
                        if let Some(v) = self
                            .dicts
                            .area_paths
                            .get(o as usize)
                            .and_then(|p| p.get(level))
                        {
                            push(v);
                        }
                    }
                }
            }
            SplitBy::Provider | SplitBy::Kind => {
                let (col, names) = if by == SplitBy::Provider {
                    (&self.provider, &self.dicts.providers)
                } else {
                    (&self.kind, &self.dicts.kinds)
                };
                if let Some(c) = col {
                    for o in c.term_ords(doc) {
                        if let Some(v) = names.get(o as usize) {
                            push(v);
                        }
                    }
                }
            }
        }
    }
}

impl SegmentCollector for SegCollector {
    type Fruit = Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let f = &self.filters;
        let mut failed = 0u8;
        let mut dim = Dim::Area;
        if !f.areas.is_empty() && !self.area_pass(doc) {
            failed += 1;
            dim = Dim::Area;
        }
        if !f.providers.is_empty() && !self.provider_pass(doc) {
            failed += 1;
            dim = Dim::Provider;
        }
        if failed < 2 && !f.kinds.is_empty() && !self.kind_pass(doc) {
            failed += 1;
            dim = Dim::Kind;
        }
        // The date is read only when a filter, the sort or a possible
        // top-k entry needs it (broad relevance queries skip most reads).
        let mut date = None;
        let mut have_date = false;
        if failed < 2 && f.has_dates() {
            date = self.doc_date(doc);
            have_date = true;
            if !self.date_pass(date) {
                failed += 1;
                dim = Dim::Date;
            }
        }
        match failed {
            0 => {
                self.total += 1;
                self.count_area(doc);
                self.count_provider(doc);
                self.count_kind(doc);
                self.count_year(doc);
                if self.k > 0 && (have_date || self.may_enter(score)) {
                    if !have_date {
                        date = self.doc_date(doc);
                    }
                    self.push(doc, score, date);
                }
            }
            1 => match dim {
                Dim::Area => self.count_area(doc),
                Dim::Provider => self.count_provider(doc),
                Dim::Kind => self.count_kind(doc),
                Dim::Date => self.count_year(doc),
            },
            _ => {}
        }
    }

    fn harvest(self) -> Fruit {
        let mut counts = Counts::default();
        for (key, n) in self.dicts.area_names.iter().zip(&self.area_counts) {
            if *n > 0 {
                counts.area.insert(key.clone(), *n);
            }
        }
        for (name, n) in self.dicts.providers.iter().zip(&self.provider_counts) {
            if *n > 0 {
                counts.provider.insert(name.clone(), *n);
            }
        }
        for (name, n) in self.dicts.kinds.iter().zip(&self.kind_counts) {
            if *n > 0 {
                counts.kind.insert(name.clone(), *n);
            }
        }
        for (i, n) in self.year_counts.iter().enumerate() {
            if *n > 0 {
                counts.year.insert(self.year_min + i as u64, *n);
            }
        }
        let mut top = self.top.into_vec();
        top.sort_by(|a, b| b.cmp(a));
        Fruit {
            total: self.total,
            top,
            counts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recency_factor_halves_the_bonus_each_half_life() {
        let r = Recency {
            half_life: 100.0,
            reference: 1000,
            weight: 0.5,
        };
        assert!((r.factor(Some(1000)) - 1.0).abs() < 1e-9);
        assert!((r.factor(Some(900)) - 0.75).abs() < 1e-9);
        assert!((r.factor(None) - 0.5).abs() < 1e-9);
        // future dates are not rewarded beyond the reference
        assert!((r.factor(Some(5000)) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn top_k_keeps_the_best_k_whatever_the_arrival_order() {
        let c = |p: f64, d| Cand {
            primary: p,
            secondary: 0.0,
            segment: 0,
            doc: d,
            score: 0.0,
            raw: 0.0,
            factor: 1.0,
        };
        for k in [0usize, 1, 3, 10] {
            let mut t = TopK::new(k);
            // a mix of rising, falling and repeated scores
            let scores: Vec<f64> = (0..100u32).map(|i| f64::from((i * 37) % 23)).collect();
            for (i, s) in scores.iter().enumerate() {
                t.push(c(*s, i as u32));
            }
            let mut got = t.into_vec();
            got.sort_by(|a, b| b.cmp(a));
            let mut want: Vec<Cand> = scores
                .iter()
                .enumerate()
                .map(|(i, s)| c(*s, i as u32))
                .collect();
            want.sort_by(|a, b| b.cmp(a));
            want.truncate(k);
            let docs = |v: &[Cand]| v.iter().map(|c| c.doc).collect::<Vec<_>>();
            assert_eq!(docs(&got), docs(&want), "k = {k}");
        }
    }

    #[test]
    fn candidates_order_by_primary_then_secondary_then_address() {
        let c = |p, s, d| Cand {
            primary: p,
            secondary: s,
            segment: 0,
            doc: d,
            score: 0.0,
            raw: 0.0,
            factor: 1.0,
        };
        let mut v = [
            c(1.0, 5.0, 3),
            c(2.0, 0.0, 9),
            c(1.0, 5.0, 1),
            c(1.0, 7.0, 2),
        ];
        v.sort_by(|a, b| b.cmp(a));
        let docs: Vec<u32> = v.iter().map(|c| c.doc).collect();
        assert_eq!(docs, vec![9, 2, 1, 3]);
    }
}
