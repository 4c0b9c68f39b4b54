//! Facets are counted two ways: page by page for narrow results and from
//! posting lists for broad ones (the automatic choice picks by result
//! size, and switches from the first to the second part way through a
//! segment when the result turns out broader than estimated). Every way,
//! and every switching point, must give the same answer to every request,
//! filters and multi-select rule included; this indexes the bundled
//! corpus with the real indexer and compares them request by request.

mod common;

use jpsearch::search::Counting;
use jpsearch::search::{Engine, SearchRequest, Sort};

fn corpus_index() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    common::index_bundled_corpus(dir.path());
    dir
}

fn requests() -> Vec<SearchRequest> {
    let queries = [
        "probation",
        "prison",
        "unpaid work",
        "\"approved premises\"",
        "the",
        "",
        "inspection -youth",
        "zzznotaword",
    ];
    type Tweak = fn(&mut SearchRequest);
    let tweaks: [Tweak; 9] = [
        |_| {},
        |r| r.areas = vec!["England".into()],
        |r| r.areas = vec!["Wales".into(), "London".into()],
        |r| r.providers = vec!["National Probation Service".into()],
        |r| r.kinds = vec!["news".into(), "blog".into()],
        |r| {
            r.from = Some("2015".into());
            r.to = Some("2020-06".into());
        },
        |r| {
            r.areas = vec!["England".into()];
            r.kinds = vec!["inspection".into()];
            r.from = Some("2012".into());
        },
        |r| {
            r.providers = vec!["HM Prison and Probation Service".into()];
            r.kinds = vec!["report".into()];
            r.sort = Sort::Newest;
        },
        |r| {
            r.areas = vec!["North West".into()];
            r.providers = vec!["Probation Service".into()];
            r.kinds = vec!["news".into()];
            r.to = Some("2024".into());
            r.sort = Sort::Oldest;
        },
    ];
    let mut out = Vec::new();
    for q in queries {
        for t in tweaks {
            let mut r = SearchRequest::new(q);
            r.limit = 7;
            t(&mut r);
            out.push(r);
        }
    }
    out
}

#[test]
fn per_page_and_posting_list_counts_agree() {
    let dir = corpus_index();
    let per_page = Engine::open(dir.path())
        .unwrap()
        .with_counting(Counting::PerPage);
    let postings = Engine::open(dir.path())
        .unwrap()
        .with_counting(Counting::Postings);
    // a long-lived engine (--serve) keeps decoded postings between queries
    let cached = Engine::open_with(dir.path(), true)
        .unwrap()
        .with_counting(Counting::Postings);
    // page by page for the first few pages, then from posting lists
    let switched: Vec<Engine> = [1, 2, 7, 40]
        .into_iter()
        .map(|n| {
            Engine::open(dir.path())
                .unwrap()
                .with_counting(Counting::SwitchAfter(n))
        })
        .collect();
    let switched_cached = Engine::open_with(dir.path(), true)
        .unwrap()
        .with_counting(Counting::SwitchAfter(3));
    let mut broad = 0;
    for req in requests() {
        let a = per_page.search(&req).expect("per-page search");
        let b = postings.search(&req).expect("posting-list search");
        let c = cached.search(&req).expect("cached search");
        assert_eq!(
            serde_json::to_value(&b.facets).unwrap(),
            serde_json::to_value(&c.facets).unwrap(),
            "cached facets for {:?}",
            req.query
        );
        let label = format!(
            "{:?} {:?} {:?} {:?}",
            req.query, req.areas, req.providers, req.kinds
        );
        assert_eq!(a.total, b.total, "total for {label}");
        let ja = serde_json::to_value(&a.facets).unwrap();
        let jb = serde_json::to_value(&b.facets).unwrap();
        assert_eq!(ja, jb, "facets for {label}");
        let ha: Vec<_> = a.hits.iter().map(|h| &h.source).collect();
        let hb: Vec<_> = b.hits.iter().map(|h| &h.source).collect();
        assert_eq!(ha, hb, "hits for {label}");
        for (i, e) in switched.iter().chain([&switched_cached]).enumerate() {
            let s = e.search(&req).expect("switching search");
            assert_eq!(s.total, a.total, "total after switch {i} for {label}");
            assert_eq!(
                serde_json::to_value(&s.facets).unwrap(),
                ja,
                "facets after switch {i} for {label}"
            );
            let hs: Vec<_> = s.hits.iter().map(|h| &h.source).collect();
            assert_eq!(hs, ha, "hits after switch {i} for {label}");
        }
        if a.total > 20 {
            broad += 1;
        }
    }
    // the comparison means something only if some answers are broad
    assert!(broad >= 5, "only {broad} broad answers");
}
