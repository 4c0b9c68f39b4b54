//! In-process search tests on the hand-written test index: syntax,
//! synonyms, ranking, filters, multi-select facet counts, snippets.

mod common;

use jpsearch::schema::kind::Kind;
use jpsearch::search::{Engine, Matched, SearchRequest, SearchResponse, Sort};
use tempfile::TempDir;

fn engine() -> (TempDir, Engine) {
    let dir = TempDir::new().unwrap();
    common::build_index(dir.path());
    let engine = Engine::open(dir.path()).unwrap();
    (dir, engine)
}

fn sources(r: &SearchResponse) -> Vec<&str> {
    r.hits.iter().map(|h| h.source.as_str()).collect()
}

fn q(e: &Engine, text: &str) -> SearchResponse {
    e.search(&SearchRequest::new(text)).unwrap()
}

fn codes(r: &SearchResponse) -> Vec<&str> {
    r.warnings.iter().map(|w| w.code).collect()
}

#[test]
fn all_words_required() {
    let (_d, e) = engine();
    let r = q(&e, "unpaid enforcement");
    assert!(sources(&r).contains(&"blog/unpaid-work-kent.html"));
    assert!(!sources(&r).contains(&"news/sobriety-tags.html"));
    assert_eq!(r.query.matched, Matched::All);
}

#[test]
fn pages_with_some_words_follow_the_all_word_hits() {
    let (_d, e) = engine();
    let r = q(&e, "unpaid enforcement");
    assert_eq!(r.total, 1);
    assert_eq!(r.query.matched, Matched::All);
    assert!(codes(&r).contains(&"partial_matches"));
    assert_eq!(r.hits[0].source, "blog/unpaid-work-kent.html");
    assert_eq!(r.hits[0].matched, Matched::All);
    assert!(r.hits.len() > 1);
    assert!(r.hits[1..].iter().all(|h| h.matched == Matched::Some));
    assert!(sources(&r).contains(&"blog/upw-backlog.html"));
    // Ranks run on through the partial hits.
    for (i, h) in r.hits.iter().enumerate() {
        assert_eq!(h.rank, i + 1);
    }
}

#[test]
fn partial_hits_with_more_of_the_words_come_first() {
    let (_d, e) = engine();
    // Nothing has all three; only the spice story has two of them.
    let r = q(&e, "prison gate zanzibar");
    assert_eq!(r.query.matched, Matched::Any);
    assert!(r.hits.iter().all(|h| h.matched == Matched::Some));
    assert!(r.hits.len() > 1, "{:?}", sources(&r));
    assert_eq!(r.hits[0].source, "news/prison-spice.html");
}

#[test]
fn no_partial_hits_when_sorted_by_date_or_exporting() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("unpaid enforcement");
    req.sort = Sort::Newest;
    let r = e.search(&req).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert!(!codes(&r).contains(&"partial_matches"));
    let mut req = SearchRequest::new("unpaid enforcement");
    req.all = true;
    let r = e.search(&req).unwrap();
    assert_eq!(r.hits.len(), 1);
}

#[test]
fn no_partial_hits_when_the_page_is_full() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("unpaid enforcement");
    req.limit = 1;
    let r = e.search(&req).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert!(!codes(&r).contains(&"partial_matches"));
}

#[test]
fn the_words_of_a_vocabulary_term_count_on_their_own_in_partial_hits() {
    let (_d, e) = engine();
    // "sobriety tag" is one vocabulary term (AAMR): one page has it; the
    // rest of the page of hits is pages with one of its words.
    let r = q(&e, "sobriety tags");
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].source, "news/sobriety-tags.html");
    assert!(
        sources(&r).contains(&"blog/markup.html"),
        "{:?}",
        sources(&r)
    );
    let partial = r
        .hits
        .iter()
        .find(|h| h.source == "blog/markup.html")
        .unwrap();
    assert_eq!(partial.matched, Matched::Some);
}

#[test]
fn a_provider_named_any_way_finds_pages_tagged_with_it() {
    let (_d, e) = engine();
    // The Durham inspection never writes "ARCC"; the indexer tagged it
    // with the provider the abbreviation stands for.
    let r = q(&e, "ARCC inspection");
    assert_eq!(r.query.matched, Matched::All);
    assert_eq!(r.hits[0].source, "insp/durham-crc.html");
    assert_eq!(r.hits[0].matched, Matched::All);
}

#[test]
fn a_year_also_finds_pages_dated_that_year() {
    let (_d, e) = engine();
    // The page is dated 2021-06-26 and never writes "2021".
    let r = q(&e, "reunification 2021");
    assert_eq!(r.query.matched, Matched::All);
    assert_eq!(r.hits[0].source, "blog/tr-ends.html");
    assert_eq!(r.hits[0].matched, Matched::All);
    // Only as a bare query word: a title-only year is not a date.
    let r = q(&e, "reunification title:2021");
    assert!(r.hits.iter().all(|h| h.matched == Matched::Some));
}

#[test]
fn any_word_fallback_with_warning() {
    let (_d, e) = engine();
    let r = q(&e, "sobriety zanzibar");
    assert_eq!(r.query.matched, Matched::Any);
    assert!(codes(&r).contains(&"any_words"));
    assert_eq!(sources(&r), vec!["news/sobriety-tags.html"]);
}

#[test]
fn stemming_matches_other_forms() {
    let (_d, e) = engine();
    let r = q(&e, "inspecting");
    assert!(r.total >= 2, "{:?}", sources(&r));
}

#[test]
fn title_prefix_restricts_field() {
    let (_d, e) = engine();
    let all = q(&e, "probation");
    let title = q(&e, "title:probation");
    assert!(title.total < all.total);
    assert!(title.total > 0);
    assert!(
        title
            .hits
            .iter()
            .all(|h| h.title.to_lowercase().contains("probation"))
    );
}

#[test]
fn exclusion_removes_pages() {
    let (_d, e) = engine();
    let r = q(&e, "probation -caseloads");
    assert!(r.total > 0);
    assert!(!sources(&r).contains(&"other/undated.html"));
}

#[test]
fn only_exclusions_means_everything_else() {
    let (_d, e) = engine();
    let r = q(&e, "-probation");
    let n = q(&e, "probation").total;
    assert_eq!(r.total + n, 12);
}

#[test]
fn or_and_groups() {
    let (_d, e) = engine();
    let r = q(&e, "spice OR sobriety");
    assert_eq!(r.total, 2);
    let r = q(&e, "inspection (Durham OR Sussex)");
    let mut s = sources(&r);
    s.sort();
    assert_eq!(s, vec!["insp/durham-crc.html", "insp/kent-nps.html"]);
}

#[test]
fn phrase_needs_adjacent_words() {
    let (_d, e) = engine();
    let r = q(&e, "\"prison gate\"");
    assert_eq!(sources(&r), vec!["news/prison-spice.html"]);
    let r = q(&e, "\"gate prison\"");
    assert_eq!(r.total, 0);
}

#[test]
fn acronym_finds_long_form_and_back() {
    let (_d, e) = engine();
    // CRC -> "community rehabilitation company"
    let r = q(&e, "CRC");
    let s = sources(&r);
    assert!(s.contains(&"insp/durham-crc.html"));
    assert!(s.contains(&"blog/unpaid-work-kent.html"), "{s:?}");
    // and back
    let r = q(&e, "community rehabilitation company");
    assert!(sources(&r).contains(&"insp/durham-crc.html"));
}

#[test]
fn upw_and_unpaid_work_and_community_payback() {
    let (_d, e) = engine();
    for query in ["UPW", "unpaid work", "\"community payback\""] {
        let r = q(&e, query);
        let s = sources(&r);
        assert!(s.contains(&"blog/unpaid-work-kent.html"), "{query}: {s:?}");
        assert!(s.contains(&"blog/upw-backlog.html"), "{query}: {s:?}");
    }
}

#[test]
fn ambiguous_acronym_only_in_capitals() {
    let (_d, e) = engine();
    let upper = q(&e, "AP");
    assert!(sources(&upper).contains(&"news/approved-premises-merseyside.html"));
    let lower = q(&e, "ap");
    assert!(!sources(&lower).contains(&"news/approved-premises-merseyside.html"));
    // the long form still finds the abbreviation
    let long = q(&e, "\"approved premises\"");
    assert!(sources(&long).contains(&"insp/kent-nps.html"));
}

#[test]
fn synonym_highlighted_whole() {
    let (_d, e) = engine();
    let r = q(&e, "UPW");
    let kent = r
        .hits
        .iter()
        .find(|h| h.source == "blog/unpaid-work-kent.html")
        .unwrap();
    assert!(
        kent.snippet.html.contains("<mark>Unpaid work</mark>"),
        "{}",
        kent.snippet.html
    );
}

#[test]
fn prefix_expands() {
    let (_d, e) = engine();
    let r = q(&e, "rehab*");
    assert!(sources(&r).contains(&"blog/rehab-prefix.html"));
    let h = &r.hits[0];
    assert!(!h.snippet.highlights.is_empty());
}

#[test]
fn prefix_expansion_limit_is_an_error() {
    let dir = TempDir::new().unwrap();
    let mut pages = common::pages();
    pages[0].body = (0..300).map(|i| format!("zq{i:04}x ")).collect();
    common::build_index_from(dir.path(), &pages);
    let e = Engine::open(dir.path()).unwrap();
    let err = e.search(&SearchRequest::new("zq*")).unwrap_err();
    assert_eq!(err.code(), "too_many_expansions");
}

#[test]
fn sort_newest_and_oldest() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.sort = Sort::Newest;
    let r = e.search(&req).unwrap();
    let dates: Vec<_> = r.hits.iter().map(|h| h.date).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        _ => std::cmp::Ordering::Equal,
    });
    assert_eq!(dates, sorted);
    assert_eq!(dates.last().unwrap(), &None, "undated last");
    req.sort = Sort::Oldest;
    let r = e.search(&req).unwrap();
    assert_eq!(
        r.hits[0].date.map(|d| d.to_string()).as_deref(),
        Some("2016-01-15")
    );
}

#[test]
fn recency_prior_moves_newer_pages_up() {
    let (_d, e) = engine();
    let plain = q(&e, "probation");
    let mut req = SearchRequest::new("probation");
    req.recency_days = Some(90.0);
    req.explain = true;
    let recent = e.search(&req).unwrap();
    assert_eq!(plain.total, recent.total);
    let ex = recent.hits[0].explain.as_ref().unwrap();
    assert!(ex.recency <= 1.0 && ex.recency >= 0.5);
    assert!(((ex.text + ex.proximity) as f64 * ex.recency - ex.score as f64).abs() < 1e-3);
}

#[test]
fn ties_break_by_newer_date() {
    let (_d, e) = engine();
    // empty query: every page scores the same
    let r = q(&e, "");
    assert_eq!(r.total, 12);
    assert_eq!(
        r.hits[0].date.map(|d| d.to_string()).as_deref(),
        Some("2022-05-09")
    );
}

#[test]
fn kind_filter_and_multiselect_counts() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.kinds = vec!["inspection".into()];
    let r = e.search(&req).unwrap();
    assert!(r.hits.iter().all(|h| h.kind == Kind::Inspection));
    // kind facet ignores its own filter: other kinds still counted
    let unfiltered = q(&e, "probation");
    let kinds = |r: &SearchResponse| -> Vec<(String, u64)> {
        r.facets
            .kind
            .iter()
            .map(|v| (v.value.clone(), v.count))
            .collect()
    };
    assert_eq!(kinds(&r), kinds(&unfiltered));
    assert!(
        r.facets
            .kind
            .iter()
            .any(|v| v.value == "inspection" && v.selected)
    );
    // other facets do apply the kind filter
    let total_years: u64 = r.facets.year.iter().map(|v| v.count).sum();
    assert_eq!(total_years, r.total);
}

#[test]
fn date_filter_whole_periods() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("");
    req.from = Some("2020".into());
    req.to = Some("2021-06".into());
    let r = e.search(&req).unwrap();
    let mut dates: Vec<_> = r
        .hits
        .iter()
        .filter_map(|h| h.date.map(|d| d.to_string()))
        .collect();
    dates.sort();
    assert_eq!(dates, vec!["2020-03-24", "2020-10-19", "2021-06-26"]);
    // year facet ignores the date filter (multi-select)
    assert!(r.facets.year.iter().any(|v| v.value == "2016"));
    assert!(
        r.facets
            .year
            .iter()
            .any(|v| v.value == "2020" && v.selected)
    );
    assert_eq!(
        r.query.filters.to.map(|d| d.to_string()).as_deref(),
        Some("2021-06-30")
    );
}

#[test]
fn provider_facet_counts_each_page_once() {
    let (_d, e) = engine();
    let r = q(&e, "");
    let seetec = r
        .facets
        .provider
        .iter()
        .find(|v| v.value == "Seetec")
        .unwrap();
    assert_eq!(seetec.count, 2);
    let hmpps = r
        .facets
        .provider
        .iter()
        .find(|v| v.value == "HM Prison and Probation Service")
        .unwrap();
    assert_eq!(hmpps.count, 3);
}

#[test]
fn area_facets_roll_up_by_level() {
    let (_d, e) = engine();
    let r = q(&e, "");
    let get = |v: &Vec<jpsearch::search::FacetValue>, name: &str| {
        v.iter().find(|x| x.value == name).map(|x| x.count)
    };
    assert_eq!(get(&r.facets.nation, "England"), Some(8));
    assert_eq!(get(&r.facets.nation, "Wales"), Some(2));
    // Durham page has Durham + Cleveland: North East counts it once.
    assert_eq!(get(&r.facets.region, "North East"), Some(3));
    assert_eq!(get(&r.facets.area, "Durham"), Some(2));
    assert_eq!(get(&r.facets.area, "Kent"), Some(2));
}

#[test]
fn area_filter_region_includes_areas() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("");
    req.areas = vec!["North East".into()];
    let r = e.search(&req).unwrap();
    assert_eq!(r.total, 3);
    req.areas = vec!["Kent".into(), "Merseyside".into()];
    let r = e.search(&req).unwrap();
    assert_eq!(r.total, 3);
    // area facets ignore the area filter
    let all = q(&e, "");
    assert_eq!(r.facets.area.len(), all.facets.area.len());
}

#[test]
fn unknown_area_and_provider_are_errors() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.areas = vec!["Atlantis".into()];
    assert_eq!(e.search(&req).unwrap_err().code(), "unknown_area");
    let mut req = SearchRequest::new("probation");
    req.providers = vec!["Acme".into()];
    assert_eq!(e.search(&req).unwrap_err().code(), "unknown_provider");
}

#[test]
fn snippet_escapes_page_markup() {
    let (_d, e) = engine();
    let r = q(&e, "alert");
    let h = &r.hits[0];
    assert!(h.snippet.text.contains("<script>"), "{}", h.snippet.text);
    assert!(!h.snippet.html.contains("<script>"));
    assert!(
        h.snippet
            .html
            .contains("&lt;script&gt;<mark>alert</mark>(&#39;probation&#39;)"),
        "{}",
        h.snippet.html
    );
}

#[test]
fn paging_and_exact_total() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.limit = 3;
    let p1 = e.search(&req).unwrap();
    req.offset = 3;
    let p2 = e.search(&req).unwrap();
    assert_eq!(p1.total, p2.total);
    assert_eq!(p1.hits.len(), 3);
    assert_eq!(p2.hits[0].rank, 4);
    assert!(
        p1.hits
            .iter()
            .all(|a| p2.hits.iter().all(|b| a.source != b.source))
    );
    req.all = true;
    req.offset = 0;
    let all = e.search(&req).unwrap();
    assert_eq!(all.hits.len() as u64, all.total);
}

#[test]
fn limits_are_errors() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.limit = 101;
    assert_eq!(e.search(&req).unwrap_err().code(), "limit_too_large");
    let mut req = SearchRequest::new("probation");
    req.offset = 20_000;
    assert_eq!(e.search(&req).unwrap_err().code(), "offset_too_large");
    let long = "probation ".repeat(200);
    assert_eq!(
        e.search(&SearchRequest::new(long)).unwrap_err().code(),
        "query_too_long"
    );
}

#[test]
fn lenient_input_still_searches() {
    let (_d, e) = engine();
    let r = q(&e, "\"unpaid work\" - (Kent https://example.org/x ))");
    assert!(r.total > 0);
    let c = codes(&r);
    assert!(c.contains(&"lone_operator"), "{c:?}");
    assert!(c.contains(&"url_ignored"), "{c:?}");
    assert!(c.contains(&"unbalanced_paren"), "{c:?}");
}

#[test]
fn tight_timeout_is_a_timeout_error_or_an_answer() {
    let (_d, e) = engine();
    let mut req = SearchRequest::new("probation");
    req.timeout_ms = 1;
    match e.search(&req) {
        Ok(r) => assert!(r.total > 0),
        Err(err) => assert_eq!(err.code(), "timeout"),
    }
}

/// Regression: the proptest found `NOT "approved AP` panicking inside
/// Tantivy's phrase scorer (an exclusion seeking behind the scorer's
/// current document). Exclusions are now only moved forward.
#[test]
fn regression_excluded_phrase_does_not_panic() {
    let (_d, e) = engine();
    for text in [
        "NOT \"approved AP",
        "-\"approved premises\"",
        "probation -\"prison gate\"",
    ] {
        let r = q(&e, text);
        assert!(r.total > 0, "{text}");
    }
    let r = q(&e, "prison -\"prison gate\"");
    assert!(!sources(&r).contains(&"news/prison-spice.html"));
}
