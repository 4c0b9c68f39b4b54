//! A floor on body extraction over the vendored Zyte article-extraction
//! benchmark (`benches/zyte/`: 181 real news and blog pages written by
//! others, scored with the benchmark's own metric), so that quality on
//! real pages cannot slip unnoticed. `scripts/extraction-bench.sh` prints
//! the figures beside trafilatura's; docs/extraction.md has their history.

#[path = "../examples/zyte/bench.rs"]
mod bench;

use std::path::Path;

/// The floor: a little under the figures measured when it was last raised
/// (docs/extraction.md), so a change that costs real quality fails here.
const MIN_F1: f64 = 0.880;
const MIN_PRECISION: f64 = 0.865;
const MIN_RECALL: f64 = 0.890;
const MAX_EMPTY: usize = 6;

#[test]
fn zyte_benchmark_floor() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/zyte");
    let cases = bench::load(&dir).expect("the vendored benchmark loads");
    assert_eq!(cases.len(), 181, "all 181 benchmark pages");
    let mut counts = Vec::new();
    let mut empty = Vec::new();
    for case in &cases {
        let body = jpsearch::extract::extract(case.html.clone(), &case.id)
            .map(|p| p.body)
            .unwrap_or_default();
        if bench::tokens(&body).is_empty() {
            empty.push(case.id.as_str());
        }
        counts.push(bench::compare(&case.truth, &body));
    }
    let score = bench::summarise(&counts);
    println!(
        "zyte: F1 {:.3} P {:.3} R {:.3} empty {}",
        score.f1,
        score.precision,
        score.recall,
        empty.len()
    );
    assert!(score.f1 >= MIN_F1, "F1 {:.3} < {MIN_F1}", score.f1);
    assert!(
        score.precision >= MIN_PRECISION,
        "precision {:.3} < {MIN_PRECISION}",
        score.precision
    );
    assert!(
        score.recall >= MIN_RECALL,
        "recall {:.3} < {MIN_RECALL}",
        score.recall
    );
    assert!(empty.len() <= MAX_EMPTY, "empty bodies: {empty:?}");
}
