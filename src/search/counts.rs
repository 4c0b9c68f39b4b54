//! Facet counts: the tallies the collector keeps per facet value, and the
//! facets of an answer made from them.
//!
//! The collector (`collect`, page by page) and the posting-list count
//! (`dense`, for broad results) both add into [`Counts`]; [`Counts::to_facets`]
//! orders them and marks the values a filter selects.

use std::collections::BTreeMap;

use crate::search::filters::Filters;
use crate::search::response::{FacetCounts, FacetValue};

/// Level of an area facet value: a nation.
pub(crate) const NATION: u8 = 0;
/// Level of an area facet value: a region.
pub(crate) const REGION: u8 = 1;
/// Level of an area facet value: an area.
pub(crate) const AREA: u8 = 2;

/// Counts by value, per facet.
#[derive(Clone, Debug, Default)]
pub(crate) struct Counts {
    /// (level, name) → count.
    pub area: BTreeMap<(u8, String), u64>,
    /// Provider name → count.
    pub provider: BTreeMap<String, u64>,
    /// Kind name → count.
    pub kind: BTreeMap<String, u64>,
    /// Year → count (undated pages are not counted).
    pub year: BTreeMap<u64, u64>,
}

impl Counts {
    /// Adds `other`'s counts into these.
    pub(crate) fn add(&mut self, other: Counts) {
        add_counts(&mut self.area, other.area);
        add_counts(&mut self.provider, other.provider);
        add_counts(&mut self.kind, other.kind);
        add_counts(&mut self.year, other.year);
    }

    /// The answer's facets: each by count (then value), years in order,
    /// the values `filters` select marked.
    pub(crate) fn to_facets(&self, filters: &Filters) -> FacetCounts {
        let kinds: Vec<String> = filters.kinds.iter().map(|k| k.to_string()).collect();
        FacetCounts {
            nation: self.area_level(NATION, filters),
            region: self.area_level(REGION, filters),
            area: self.area_level(AREA, filters),
            provider: by_count(values(&self.provider, &filters.providers)),
            kind: by_count(values(&self.kind, &kinds)),
            year: self.years(filters),
        }
    }

    fn area_level(&self, level: u8, filters: &Filters) -> Vec<FacetValue> {
        let values = self
            .area
            .iter()
            .filter(|((l, _), _)| *l == level)
            .map(|((l, name), n)| FacetValue {
                value: name.clone(),
                count: *n,
                selected: filters
                    .areas
                    .iter()
                    .any(|a| a.path.len() == usize::from(*l) + 1 && a.name == *name),
            })
            .collect();
        by_count(values)
    }

    /// Years ascending; with a date filter, the years inside it selected.
    fn years(&self, filters: &Filters) -> Vec<FacetValue> {
        let year_of = |b: &Option<crate::search::filters::Bound>| {
            b.as_ref().and_then(|b| u64::try_from(b.day.year()).ok())
        };
        let (from, to) = (year_of(&filters.from), year_of(&filters.to));
        self.year
            .iter()
            .map(|(y, n)| FacetValue {
                value: y.to_string(),
                count: *n,
                selected: filters.has_dates()
                    && from.is_none_or(|f| *y >= f)
                    && to.is_none_or(|t| *y <= t),
            })
            .collect()
    }
}

/// Adds `from`'s counts into `into`: a segment that switched ways has one
/// part counted page by page and the rest from posting lists.
pub(crate) fn add_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: BTreeMap<K, u64>) {
    if into.is_empty() {
        *into = from;
        return;
    }
    for (k, v) in from {
        *into.entry(k).or_default() += v;
    }
}

fn values(counts: &BTreeMap<String, u64>, selected: &[String]) -> Vec<FacetValue> {
    counts
        .iter()
        .map(|(k, n)| FacetValue {
            value: k.clone(),
            count: *n,
            selected: selected.contains(k),
        })
        .collect()
}

fn by_count(mut v: Vec<FacetValue>) -> Vec<FacetValue> {
    v.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::filters;
    use crate::search::request::Surface;

    #[test]
    fn facets_by_count_years_in_order_and_selection_marked() {
        let mut c = Counts::default();
        c.area.insert((NATION, "England".into()), 5);
        c.area.insert((NATION, "Wales".into()), 7);
        c.area.insert((AREA, "Kent".into()), 2);
        c.kind.insert("news".into(), 1);
        c.kind.insert("blog".into(), 1);
        c.year.insert(2021, 1);
        c.year.insert(2017, 4);
        let mut more = Counts::default();
        more.area.insert((AREA, "Kent".into()), 1);
        c.add(more);
        let f = filters::resolve(
            &["Kent".into()],
            &[],
            &["news".into()],
            Some("2018"),
            None,
            Surface::CommandLine,
        )
        .expect("filters resolve");
        let facets = c.to_facets(&f);
        let names = |v: &[FacetValue]| v.iter().map(|x| x.value.clone()).collect::<Vec<_>>();
        assert_eq!(names(&facets.nation), ["Wales", "England"]);
        assert_eq!(facets.area[0].count, 3);
        assert!(facets.area[0].selected);
        assert_eq!(names(&facets.kind), ["blog", "news"]);
        assert!(facets.kind[1].selected && !facets.kind[0].selected);
        assert_eq!(names(&facets.year), ["2017", "2021"]);
        assert!(!facets.year[0].selected && facets.year[1].selected);
    }
}
