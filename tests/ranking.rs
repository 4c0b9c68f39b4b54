//! Ranking quality holds: nDCG@10 over the labelled queries of the
//! bundled corpus (always), and of `../shared/devset` when it is on this
//! machine, through the same extraction and engine as `jp-index eval`.
//!
//! The floors sit just under today's figures (corpus 0.926, devset
//! 0.978), so a change that makes ranking worse fails here; one that makes
//! it better should raise them.

use std::path::Path;

use jpsearch::eval;

/// nDCG@10 of a labelled set: its pages extracted, its queries run.
fn ndcg(set: &Path) -> f64 {
    let (_, pages) = eval::evaluate_extraction(set).expect("the set's pages extract");
    let ranking = eval::evaluate_ranking(set, &pages)
        .expect("the set's queries run")
        .expect("the set has queries");
    ranking.mean()
}

#[test]
fn bundled_corpus_ranking_holds() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let score = ndcg(&set);
    assert!(score >= 0.92, "corpus nDCG@10 fell to {score:.3}");
}

#[test]
fn shared_devset_ranking_holds_when_present() {
    let set = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/devset");
    if !set.join("queries.jsonl").exists() {
        eprintln!("skipping: ../shared/devset is not on this machine");
        return;
    }
    let score = ndcg(&set);
    assert!(score >= 0.97, "devset nDCG@10 fell to {score:.3}");
}
