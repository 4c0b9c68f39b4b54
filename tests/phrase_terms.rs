//! Vocabulary phrases are indexed as single terms and looked up as such
//! (`jpsearch::phrases`, `search::phrase_term`). That is only a faster way
//! to the same answer: this indexes the bundled corpus with the real
//! indexer and checks, request by request, that looking the phrases up as
//! terms and matching them by word positions give the same total, facets,
//! pages and scores.

mod common;

use jpsearch::search::{Engine, SearchRequest, Sort};
use jpsearch::vocabulary;

#[test]
fn phrase_terms_and_positions_give_the_same_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    common::index_bundled_corpus(dir.path());
    let terms = Engine::open(dir.path()).unwrap();
    let positions = Engine::open(dir.path()).unwrap().with_phrase_terms(false);

    // Every abbreviation (each expands to its spelled-out phrases), and
    // phrases typed in quotes or as words.
    let mut queries: Vec<String> = vocabulary::get()
        .concepts
        .iter()
        .flat_map(|c| c.short.iter().cloned())
        .collect();
    for q in [
        "\"approved premises\"",
        "\"payment by results\"",
        "\"community payback\"",
        "through the gate",
        "\"her majesty's prison and probation service\"",
        "community rehabilitation company",
        "unpaid work",
        "women's centres",
        "\"national probation service\" -kent",
        "\"through the gate\" OR resettlement",
        "title:\"approved premises\"",
    ] {
        queries.push(q.to_string());
    }
    let mut found = 0;
    for q in &queries {
        for sort in [Sort::Relevance, Sort::Newest] {
            let mut req = SearchRequest::new(q.as_str());
            req.limit = 20;
            req.sort = sort;
            let a = terms.search(&req).expect("search with phrase terms");
            let b = positions.search(&req).expect("search by positions");
            assert_eq!(a.total, b.total, "total for {q:?}");
            assert_eq!(
                serde_json::to_value(&a.facets).unwrap(),
                serde_json::to_value(&b.facets).unwrap(),
                "facets for {q:?}"
            );
            let hits = |r: &jpsearch::search::SearchResponse| {
                r.hits
                    .iter()
                    .map(|h| (h.source.clone(), h.score.to_bits(), h.snippet.html.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(hits(&a), hits(&b), "hits for {q:?} ({sort:?})");
            if a.total > 0 {
                found += 1;
            }
        }
    }
    // The comparison means something only if the phrases are on the pages.
    assert!(found >= 20, "only {found} answers had hits");
}
