//! Ranking check on a labelled set (ignored by default: needs files from
//! outside the repository). `JPQ_DEVSET_PAGES` is a JSON-lines file of
//! pages (the fields of `extract::Page`), `JPQ_DEVSET_QUERIES` a
//! queries.jsonl (see the eval format); prints nDCG@10 per query and the
//! mean. Area and provider filters are skipped while the gazetteer is a
//! stub.

mod common;

use std::collections::HashMap;

use jpsearch::extract::Page;
use jpsearch::search::{Engine, SearchRequest};
use serde_json::Value;

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn ndcg(ranked: &[String], rel: &HashMap<String, f64>) -> f64 {
    let gain = |g: f64| 2f64.powf(g) - 1.0;
    let dcg: f64 = ranked
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, s)| gain(*rel.get(s).unwrap_or(&0.0)) / ((i + 2) as f64).log2())
        .sum();
    let mut ideal: Vec<f64> = rel.values().copied().collect();
    ideal.sort_by(|a, b| b.total_cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, g)| gain(*g) / ((i + 2) as f64).log2())
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

#[test]
#[ignore]
fn devset_ndcg() {
    let (Some(pages), Some(queries)) = (
        std::env::var_os("JPQ_DEVSET_PAGES"),
        std::env::var_os("JPQ_DEVSET_QUERIES"),
    ) else {
        eprintln!("set JPQ_DEVSET_PAGES and JPQ_DEVSET_QUERIES");
        return;
    };
    let pages: Vec<Page> = std::fs::read_to_string(pages)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            Page {
                source: v["source"].as_str().unwrap().into(),
                url: None,
                title: v["title"].as_str().unwrap_or("").into(),
                date: v["date"].as_str().and_then(|d| d.parse().ok()),
                date_source: None,
                kind: v["kind"].as_str().unwrap_or("other").parse().unwrap(),
                areas: strs(&v["areas"]),
                primary_area: v["primary_area"].as_str().map(str::to_string),
                providers: strs(&v["providers"]),
                tags: Vec::new(),
                body: v["body"].as_str().unwrap_or("").into(),
            }
        })
        .collect();
    let dir = tempfile::TempDir::new().unwrap();
    common::build_index_from(dir.path(), &pages);
    let engine = Engine::open(dir.path()).unwrap();
    let mut sum = 0.0;
    let mut n = 0;
    for line in std::fs::read_to_string(queries).unwrap().lines() {
        let q: Value = serde_json::from_str(line).unwrap();
        let mut req = SearchRequest::new(q["query"].as_str().unwrap());
        let f = &q["filters"];
        req.from = f["from"].as_str().map(str::to_string);
        req.to = f["to"].as_str().map(str::to_string);
        if common::gazetteer_ready() {
            req.areas = f["area"]
                .as_str()
                .map(|s| vec![s.to_string()])
                .unwrap_or_default();
            req.providers = f["provider"]
                .as_str()
                .map(|s| vec![s.to_string()])
                .unwrap_or_default();
        }
        let rel: HashMap<String, f64> = q["relevant"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.as_f64().unwrap()))
            .collect();
        let r = engine.search(&req).unwrap();
        let ranked: Vec<String> = r.hits.iter().map(|h| h.source.clone()).collect();
        let score = ndcg(&ranked, &rel);
        eprintln!(
            "{} {:.3} {:?} -> {:?}",
            q["id"],
            score,
            req.query,
            &ranked[..ranked.len().min(5)]
        );
        sum += score;
        n += 1;
    }
    eprintln!("mean nDCG@10 over {n} queries: {:.4}", sum / n as f64);
}
