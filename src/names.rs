//! Resolving what a user typed as an area or provider, without loading the
//! gazetteer.
//!
//! The tables are the gazetteer's own (`Gazetteer::name_tables`), computed
//! by the build script and compiled in as sorted arrays, so a query pays a
//! binary search, not a parse of the data file. The gazetteer stays the
//! one owner of names and aliases; a unit test checks the two agree.

use crate::gazetteer::{nearest_of, normalise};

mod tables {
    include!(concat!(env!("OUT_DIR"), "/names.rs"));
}

fn find(keys: &[(&str, u16)], key: &str) -> Option<u16> {
    keys.binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| keys[i].1)
}

/// The facet path a user-typed area (canonical name, alias or town, any
/// case) filters on; `Err` carries the nearest canonical names. Same
/// answers as `Gazetteer::resolve_area`.
pub(crate) fn resolve_area(input: &str) -> Result<String, Vec<String>> {
    let key = normalise(input);
    match find(tables::AREA_KEYS, &key) {
        Some(record) => Ok(tables::AREA_FACETS[usize::from(record)].to_string()),
        None => Err(nearest_of(
            &key,
            tables::AREA_KEYS.iter().copied(),
            tables::AREA_NAMES,
        )),
    }
}

/// The canonical name of a user-typed provider; `Err` carries the nearest
/// canonical names. Same answers as `Gazetteer::resolve_provider`.
pub(crate) fn resolve_provider(input: &str) -> Result<String, Vec<String>> {
    let key = normalise(input);
    match find(tables::PROVIDER_KEYS, &key) {
        Some(id) => Ok(tables::PROVIDERS[usize::from(id)].to_string()),
        None => Err(nearest_of(
            &key,
            tables::PROVIDER_KEYS.iter().copied(),
            tables::PROVIDERS,
        )),
    }
}

/// The canonical provider `input` names exactly, if any (no suggestions:
/// the query planner asks this of many word runs).
pub(crate) fn provider_named(input: &str) -> Option<&'static str> {
    find(tables::PROVIDER_KEYS, &normalise(input)).map(|id| tables::PROVIDERS[usize::from(id)])
}

/// Every normalised name `canonical` is known by, sorted.
pub(crate) fn provider_forms(canonical: &str) -> Vec<&'static str> {
    let Some(id) = tables::PROVIDERS.iter().position(|p| *p == canonical) else {
        return Vec::new();
    };
    // Keys are sorted, so the forms come out sorted.
    tables::PROVIDER_KEYS
        .iter()
        .filter(|(_, p)| usize::from(*p) == id)
        .map(|(k, _)| *k)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer;

    #[test]
    fn compiled_tables_answer_as_the_gazetteer_does() {
        let g = gazetteer::get();
        let inputs = [
            "South Yorks",
            "london",
            "Birmingham",
            "Gwent",
            "Wales",
            "Kent",
            "Narnia",
            "Merseysde",
            "KSS CRC",
            "Seetec",
            "NPS",
            "hmpps",
            "Kent Surrey and Sussex CRC",
            "Sodexo",
            "Probation Service",
            "",
        ];
        for i in inputs {
            assert_eq!(resolve_area(i), g.resolve_area(i), "area {i:?}");
            assert_eq!(resolve_provider(i), g.resolve_provider(i), "provider {i:?}");
            assert_eq!(provider_named(i), g.provider_named(i), "named {i:?}");
        }
        for p in g.provider_names() {
            assert_eq!(provider_forms(p), g.provider_forms(p), "forms of {p}");
            assert_eq!(resolve_provider(p).as_deref(), Ok(p));
        }
        for a in g.area_names() {
            assert_eq!(resolve_area(a), g.resolve_area(a), "area {a}");
        }
    }
}
