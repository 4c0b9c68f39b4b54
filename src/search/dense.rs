//! Facet counts for broad result sets, read from posting lists.
//!
//! Counting facets document by document costs a few hundred instructions
//! per matching page (column lookups for every facet), which is most of a
//! query's time when the query word is on nearly every page ("probation"
//! is on 96% of them). This module turns the count around: the matching
//! pages become a bitset, and each facet value's posting list (every
//! provider, kind and area level is an indexed term) is walked once,
//! testing one bit per posting. The cost is then bounded by the number of
//! facet postings in the segment, whatever the query matches.
//!
//! The multi-select rule is the one `facets` documents: each dimension is
//! counted over the pages that pass every filter except its own.

use std::collections::BTreeMap;

use tantivy::postings::BlockSegmentPostings;
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::{DocId, SegmentReader};

use crate::schema::name;
use crate::search::counts::Counts;
use crate::search::filters::{Dim, Filters};

/// A plain bitset over a segment's doc ids. tantivy's own is built for
/// other jobs; this one only needs set, test, intersect and iterate.
#[derive(Clone, Debug)]
pub(crate) struct DocBits {
    words: Vec<u64>,
}

impl DocBits {
    /// An empty set able to hold doc ids below `max_doc`.
    pub(crate) fn new(max_doc: u32) -> Self {
        DocBits {
            words: vec![0; (max_doc as usize).div_ceil(64)],
        }
    }

    #[inline]
    pub(crate) fn insert(&mut self, doc: DocId) {
        if let Some(w) = self.words.get_mut((doc / 64) as usize) {
            *w |= 1u64 << (doc % 64);
        }
    }

    #[inline]
    pub(crate) fn contains(&self, doc: DocId) -> bool {
        self.words
            .get((doc / 64) as usize)
            .is_some_and(|w| w & (1u64 << (doc % 64)) != 0)
    }

    /// How many of `docs` are in the set: the inner loop of facet
    /// counting, kept branch-free.
    pub(crate) fn count_in(&self, docs: &[DocId]) -> u64 {
        let words = &self.words[..];
        let mut n = 0u64;
        for &d in docs {
            let w = words.get((d >> 6) as usize).copied().unwrap_or(0);
            n += (w >> (d & 63)) & 1;
        }
        n
    }

    /// How many docs are in both sets: one AND and one population count
    /// per 64 docs.
    pub(crate) fn count_and(&self, other: &DocBits) -> u64 {
        and_count(&self.words, &other.words)
    }

    /// Keeps only the docs also in `other`.
    pub(crate) fn intersect(&mut self, other: &DocBits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= *b;
        }
    }

    /// The docs in the set, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let base = (i as u32) * 64;
            BitIter(w).map(move |b| base + b)
        })
    }
}

/// Population count of `a AND b`, word by word. The x86-64 baseline has
/// no population-count instruction (Rust's `count_ones` is then a dozen
/// shifts and masks per word), so the machine is asked once whether it has
/// one, or AVX2 to count four words at a time, and the loop is compiled for
/// each.
fn and_count(a: &[u64], b: &[u64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("popcnt")
        {
            // SAFETY: both features were just detected on this CPU.
            return unsafe { and_count_avx2(a, b) };
        }
        if std::arch::is_x86_feature_detected!("popcnt") {
            // SAFETY: the feature was just detected on this CPU.
            return unsafe { and_count_popcnt(a, b) };
        }
    }
    and_count_plain(a, b)
}

#[inline(always)]
fn and_count_plain(a: &[u64], b: &[u64]) -> u64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| u64::from((x & y).count_ones()))
        .sum()
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
fn and_count_avx2(a: &[u64], b: &[u64]) -> u64 {
    and_count_plain(a, b)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
fn and_count_popcnt(a: &[u64], b: &[u64]) -> u64 {
    and_count_plain(a, b)
}

struct BitIter(u64);

impl Iterator for BitIter {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        let b = self.0.trailing_zeros();
        self.0 &= self.0 - 1;
        Some(b)
    }
}

/// Calls `f` with every doc in a term's posting list, a block at a time.
fn for_each_posting(
    reader: &SegmentReader,
    field: Field,
    key: &[u8],
    mut f: impl FnMut(DocId),
) -> tantivy::Result<()> {
    let inv = reader.inverted_index(field)?;
    let Some(info) = inv.terms().get(key)? else {
        return Ok(());
    };
    let mut block = inv.read_block_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
    blocks(&mut block, |docs| docs.iter().for_each(|&d| f(d)));
    Ok(())
}

/// Calls `f` with each decoded block of a posting list, in order.
fn blocks(block: &mut BlockSegmentPostings, mut f: impl FnMut(&[DocId])) {
    loop {
        let docs = block.docs();
        if docs.is_empty() {
            break;
        }
        f(docs);
        block.advance();
    }
}

/// Calls `f` with the key and the postings of every term of `field` that
/// `name` gives a key (in term order).
fn each_term<K>(
    reader: &SegmentReader,
    field: Field,
    mut name: impl FnMut(&[u8]) -> Option<K>,
    mut f: impl FnMut(K, &mut BlockSegmentPostings),
) -> tantivy::Result<()> {
    let inv = reader.inverted_index(field)?;
    let mut stream = inv.terms().stream()?;
    let mut block = BlockSegmentPostings::empty();
    while stream.advance() {
        let Some(key) = name(stream.key()) else {
            continue;
        };
        inv.reset_block_postings_from_terminfo(stream.value(), &mut block)?;
        f(key, &mut block);
    }
    Ok(())
}

/// The docs carrying any of `keys` (raw indexed terms) in `field`.
pub(crate) fn union_of_terms(
    reader: &SegmentReader,
    field: Field,
    keys: &[Vec<u8>],
) -> tantivy::Result<DocBits> {
    let mut bits = DocBits::new(reader.max_doc());
    for key in keys {
        for_each_posting(reader, field, key, |d| bits.insert(d))?;
    }
    Ok(bits)
}

/// Counts, for every term of `field`, how many of its docs are in `set`;
/// `name` turns a term's bytes into the facet key it is reported under
/// (or None to skip the term).
pub(crate) fn count_terms<K: Ord>(
    reader: &SegmentReader,
    field: Field,
    set: &DocBits,
    name: impl FnMut(&[u8]) -> Option<K>,
    out: &mut BTreeMap<K, u64>,
) -> tantivy::Result<()> {
    each_term(reader, field, name, |key, block| {
        let mut n = 0u64;
        blocks(block, |docs| n += set.count_in(docs));
        if n > 0 {
            *out.entry(key).or_default() += n;
        }
    })
}

/// Every facet value's pages in one segment, decoded once and kept by a
/// long-lived engine (`--serve`), so later queries count without reading
/// the term dictionaries, decoding postings or reading the year column
/// again.
#[derive(Debug, Default)]
pub(crate) struct SegmentFacets {
    pub area: Vec<((u8, String), ValueDocs)>,
    pub provider: Vec<(String, ValueDocs)>,
    pub kind: Vec<(String, ValueDocs)>,
    pub year: Vec<(u64, ValueDocs)>,
}

/// The pages carrying one facet value: a sorted list for a rare value, a
/// bitset for a common one. Counting a list against the matches tests one
/// bit per page; counting a bitset costs one AND and population count per
/// 64 pages of the segment, which is less once the value is on more than
/// one page in `BITS_FROM` (England, a kind, a year).
#[derive(Debug)]
pub(crate) enum ValueDocs {
    List(Vec<DocId>),
    Bits(DocBits),
}

/// A value on more than one page in this many is kept as a bitset.
const BITS_FROM: usize = 128;

impl ValueDocs {
    fn new(docs: Vec<DocId>, max_doc: u32) -> ValueDocs {
        if docs.len() * BITS_FROM > max_doc as usize {
            let mut bits = DocBits::new(max_doc);
            docs.iter().for_each(|&d| bits.insert(d));
            ValueDocs::Bits(bits)
        } else {
            ValueDocs::List(docs)
        }
    }

    /// How many of these pages are in `set`.
    pub(crate) fn count_in(&self, set: &DocBits) -> u64 {
        match self {
            ValueDocs::List(docs) => set.count_in(docs),
            ValueDocs::Bits(bits) => set.count_and(bits),
        }
    }
}

impl SegmentFacets {
    /// Reads the three facet fields and the year column of `reader`.
    pub(crate) fn load(reader: &SegmentReader, fields: &FacetFields) -> tantivy::Result<Self> {
        fn lists<K>(
            reader: &SegmentReader,
            field: Field,
            name: impl FnMut(&[u8]) -> Option<K>,
        ) -> tantivy::Result<Vec<(K, ValueDocs)>> {
            let mut out = Vec::new();
            each_term(reader, field, name, |key, block| {
                let mut docs = Vec::with_capacity(block.doc_freq() as usize);
                blocks(block, |d| docs.extend_from_slice(d));
                out.push((key, ValueDocs::new(docs, reader.max_doc())));
            })?;
            Ok(out)
        }
        let max_doc = reader.max_doc();
        let mut year: BTreeMap<u64, Vec<DocId>> = BTreeMap::new();
        if let Some(col) = reader.fast_fields().column_opt::<u64>(name::YEAR)? {
            for doc in 0..max_doc {
                if let Some(y) = col.first(doc).filter(|&y| y > 0) {
                    year.entry(y).or_default().push(doc);
                }
            }
        }
        Ok(SegmentFacets {
            area: lists(reader, fields.area, area_key)?,
            provider: lists(reader, fields.provider, text_key)?,
            kind: lists(reader, fields.kind, text_key)?,
            year: year
                .into_iter()
                .map(|(y, docs)| (y, ValueDocs::new(docs, max_doc)))
                .collect(),
        })
    }
}

fn count_lists<K: Ord + Clone>(
    lists: &[(K, ValueDocs)],
    set: &DocBits,
    out: &mut BTreeMap<K, u64>,
) {
    for (key, docs) in lists {
        let n = docs.count_in(set);
        if n > 0 {
            *out.entry(key.clone()).or_default() += n;
        }
    }
}

/// Reads a provider or kind term (a raw string) as the name it is
/// reported under; a term that is not UTF-8 is skipped.
fn text_key(term: &[u8]) -> Option<String> {
    std::str::from_utf8(term).ok().map(str::to_string)
}

/// Reads an area facet term (`nation\0region\0area`, tantivy's encoded
/// form) as the (level, name) pair the area facet reports. The root term
/// and anything deeper than three levels are skipped.
pub(crate) fn area_key(term: &[u8]) -> Option<(u8, String)> {
    if term.is_empty() {
        return None;
    }
    let level = term.iter().filter(|&&b| b == 0).count();
    if level > 2 {
        return None;
    }
    let last = term.rsplit(|&b| b == 0).next()?;
    Some((level as u8, String::from_utf8_lossy(last).into_owned()))
}

/// The encoded term of an area filter's path.
pub(crate) fn area_term(path: &[String]) -> Vec<u8> {
    Facet::from_path(path.iter().map(String::as_str))
        .encoded_str()
        .as_bytes()
        .to_vec()
}

/// The per-dimension filter sets for one segment; `None` where the
/// dimension has no filter. The date set holds only matching docs, which
/// is all it is ever tested against.
pub(crate) struct FilterBits {
    pub area: Option<DocBits>,
    pub provider: Option<DocBits>,
    pub kind: Option<DocBits>,
    pub date: Option<DocBits>,
}

impl FilterBits {
    /// Builds the area, provider and kind sets from posting lists; the
    /// date set is filled by the caller, which reads dates anyway.
    pub(crate) fn build(
        reader: &SegmentReader,
        filters: &Filters,
        fields: &FacetFields,
    ) -> tantivy::Result<FilterBits> {
        let area = if filters.areas.is_empty() {
            None
        } else {
            let keys: Vec<Vec<u8>> = filters.areas.iter().map(|a| area_term(&a.path)).collect();
            Some(union_of_terms(reader, fields.area, &keys)?)
        };
        let strings = |field: Field, values: Vec<&str>| -> tantivy::Result<Option<DocBits>> {
            if values.is_empty() {
                return Ok(None);
            }
            let keys: Vec<Vec<u8>> = values.iter().map(|v| v.as_bytes().to_vec()).collect();
            union_of_terms(reader, field, &keys).map(Some)
        };
        let providers = filters.providers.iter().map(String::as_str).collect();
        let kinds = filters.kinds.iter().map(|k| k.as_str()).collect();
        Ok(FilterBits {
            area,
            provider: strings(fields.provider, providers)?,
            kind: strings(fields.kind, kinds)?,
            date: None,
        })
    }

    /// `matches` narrowed by every filter except `skip`'s (`None`: every
    /// filter).
    pub(crate) fn narrow(&self, matches: &DocBits, skip: Option<Dim>) -> DocBits {
        let mut out = matches.clone();
        let sets = [
            (Dim::Area, &self.area),
            (Dim::Provider, &self.provider),
            (Dim::Kind, &self.kind),
            (Dim::Date, &self.date),
        ];
        for (dim, set) in sets {
            if skip != Some(dim)
                && let Some(s) = set
            {
                out.intersect(s);
            }
        }
        out
    }

    /// Whether `doc` passes the area, provider and kind filters (the date
    /// filter is tested by the caller as it reads the date).
    #[inline]
    pub(crate) fn passes(&self, doc: DocId) -> bool {
        [&self.area, &self.provider, &self.kind]
            .into_iter()
            .all(|set| set.as_ref().is_none_or(|s| s.contains(doc)))
    }
}

/// The indexed facet fields, looked up once per search.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FacetFields {
    pub area: Field,
    pub provider: Field,
    pub kind: Field,
}

/// Counts area (every level), provider and kind facets (and, from a
/// cache, years) over the sets `FilterBits::narrow` gives for each
/// dimension: from `cached` lists when the engine keeps them, else straight
/// from the index.
pub(crate) fn count_facets(
    reader: &SegmentReader,
    fields: &FacetFields,
    matches: &DocBits,
    filters: &FilterBits,
    cached: Option<&SegmentFacets>,
    counts: &mut Counts,
) -> tantivy::Result<()> {
    let shared = filters.narrow(matches, None);
    let own = |set: &Option<DocBits>, dim: Dim| {
        if set.is_some() {
            filters.narrow(matches, Some(dim))
        } else {
            shared.clone()
        }
    };
    if let Some(c) = cached {
        count_lists(&c.area, &own(&filters.area, Dim::Area), &mut counts.area);
        count_lists(
            &c.provider,
            &own(&filters.provider, Dim::Provider),
            &mut counts.provider,
        );
        count_lists(&c.kind, &own(&filters.kind, Dim::Kind), &mut counts.kind);
        count_lists(&c.year, &own(&filters.date, Dim::Date), &mut counts.year);
        return Ok(());
    }
    count_terms(
        reader,
        fields.area,
        &own(&filters.area, Dim::Area),
        area_key,
        &mut counts.area,
    )?;
    count_terms(
        reader,
        fields.provider,
        &own(&filters.provider, Dim::Provider),
        text_key,
        &mut counts.provider,
    )?;
    count_terms(
        reader,
        fields.kind,
        &own(&filters.kind, Dim::Kind),
        text_key,
        &mut counts.kind,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_insert_test_intersect_iterate() {
        let mut a = DocBits::new(200);
        for d in [0, 63, 64, 130, 199] {
            a.insert(d);
        }
        assert!(a.contains(63) && a.contains(199) && !a.contains(1));
        // out of range is ignored, never a panic
        a.insert(10_000);
        assert!(!a.contains(10_000));
        let mut b = DocBits::new(200);
        for d in [63, 130, 150] {
            b.insert(d);
        }
        a.intersect(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), vec![63, 130]);
    }

    #[test]
    fn lists_and_bitsets_count_the_same() {
        // Values of every density over a set of pages, counted both ways.
        let max_doc = 5_000u32;
        let mut set = DocBits::new(max_doc);
        for d in (0..max_doc).filter(|d| d % 3 == 0 || d % 7 == 1) {
            set.insert(d);
        }
        for every in [1u32, 2, 5, 64, 100, 1_000, 4_999] {
            let docs: Vec<DocId> = (0..max_doc).filter(|d| d % every == 0).collect();
            let want = docs.iter().filter(|&&d| set.contains(d)).count() as u64;
            let auto = ValueDocs::new(docs.clone(), max_doc);
            assert_eq!(
                matches!(auto, ValueDocs::Bits(_)),
                docs.len() * BITS_FROM > max_doc as usize
            );
            let mut bits = DocBits::new(max_doc);
            docs.iter().for_each(|&d| bits.insert(d));
            for v in [auto, ValueDocs::List(docs), ValueDocs::Bits(bits)] {
                assert_eq!(v.count_in(&set), want, "every {every}");
            }
        }
    }

    #[test]
    fn every_population_count_agrees() {
        let a: Vec<u64> = (0..37u64)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .collect();
        let b: Vec<u64> = (0..37u64).map(|i| !(i << 7) ^ (i * 31)).collect();
        let want: u64 = a
            .iter()
            .zip(&b)
            .map(|(x, y)| (0..64).filter(|k| (x & y) >> k & 1 == 1).count() as u64)
            .sum();
        assert_eq!(and_count_plain(&a, &b), want);
        assert_eq!(and_count(&a, &b), want);
    }

    #[test]
    fn area_terms_read_as_level_and_name() {
        assert_eq!(area_key(b""), None);
        assert_eq!(area_key(b"England"), Some((0, "England".into())));
        assert_eq!(
            area_key(b"England\0North West\0Merseyside"),
            Some((2, "Merseyside".into()))
        );
        assert_eq!(area_key(b"a\0b\0c\0d"), None);
        let path = vec!["England".to_string(), "London".to_string()];
        assert_eq!(area_term(&path), b"England\0London".to_vec());
    }
}
