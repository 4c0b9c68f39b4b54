//! Partial-match fill: pages with some of the words, after those with all.
//!
//! An all-words query is precise but brittle: a page that says "unified"
//! where the query says "unification", or that names an organisation in
//! full where the query abbreviates it, drops out entirely. When fewer
//! pages match every word than a page of results asks for, the engine
//! appends pages that match only some of the words. This module ranks
//! those: by how many of the query's required clauses they match (a page
//! missing one word beats a page missing two), then by their score.
//!
//! It owns only that ordering. Which pages are candidates (the any-word
//! query, with every filter applied) comes from the ordinary collector; the
//! total, facets and exports stay those of the all-words result.

use std::cmp::Reverse;
use std::collections::HashSet;

use tantivy::query::{EnableScoring, Query};
use tantivy::{DocId, DocSet, Searcher};

use crate::error::Error;
use crate::search::collect::Cand;

/// Most any-word candidates ranked for the fill. Candidates are taken best
/// score first, so beyond this many the clause counts are exact only for
/// the best-scoring pages; the fill never shows more than a page of hits.
pub(crate) const FILL_POOL: usize = 1000;

/// Number of `clauses` each candidate matches, in the order given.
///
/// Matching only (no scoring): each clause gets one scorer per segment,
/// moved forward through the candidates in document order.
pub(crate) fn coverage(
    searcher: &Searcher,
    clauses: &[Box<dyn Query>],
    cands: &[Cand],
) -> Result<Vec<u32>, Error> {
    let mut counts = vec![0u32; cands.len()];
    if clauses.is_empty() || cands.is_empty() {
        return Ok(counts);
    }
    let enable = EnableScoring::disabled_from_searcher(searcher);
    let weights = clauses
        .iter()
        .map(|q| q.weight(enable))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].segment, cands[i].doc));
    let mut start = 0;
    while start < order.len() {
        let segment = cands[order[start]].segment;
        let end = order[start..]
            .iter()
            .position(|&i| cands[i].segment != segment)
            .map_or(order.len(), |n| start + n);
        let reader = searcher.segment_reader(segment);
        for weight in &weights {
            let mut scorer = weight.scorer(reader, 1.0)?;
            for &i in &order[start..end] {
                let doc: DocId = cands[i].doc;
                if scorer.doc() < doc {
                    scorer.seek(doc);
                }
                if scorer.doc() == doc {
                    counts[i] += 1;
                }
            }
        }
        start = end;
    }
    Ok(counts)
}

/// Orders `pool` (any-word candidates, best first) for the fill: pages in
/// `full` (the all-words hits) are left out, the rest go by how many of
/// `clauses` they match, most first, then in their pool order. At most
/// `room` are kept.
pub(crate) fn rank(
    searcher: &Searcher,
    clauses: &[Box<dyn Query>],
    full: &[Cand],
    pool: Vec<Cand>,
    room: usize,
) -> Result<Vec<Cand>, Error> {
    let taken: HashSet<(u32, DocId)> = full.iter().map(|c| (c.segment, c.doc)).collect();
    let rest: Vec<Cand> = pool
        .into_iter()
        .filter(|c| !taken.contains(&(c.segment, c.doc)))
        .collect();
    let counts = coverage(searcher, clauses, &rest)?;
    Ok(order_by_coverage(rest, &counts, room))
}

/// The ordering rule of [`rank`], apart from the index: stable on the
/// incoming (score) order within one clause count.
fn order_by_coverage(cands: Vec<Cand>, counts: &[u32], room: usize) -> Vec<Cand> {
    let mut paired: Vec<(u32, Cand)> = counts.iter().copied().zip(cands).collect();
    paired.sort_by_key(|(n, _)| Reverse(*n));
    paired.into_iter().take(room).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(doc: DocId, score: f32) -> Cand {
        Cand {
            primary: score as f64,
            secondary: 0.0,
            segment: 0,
            doc,
            score,
            raw: score,
            factor: 1.0,
        }
    }

    #[test]
    fn more_clauses_beat_a_higher_score() {
        let cands = vec![cand(1, 9.0), cand(2, 5.0), cand(3, 4.0)];
        let out = order_by_coverage(cands, &[1, 2, 2], 10);
        let docs: Vec<DocId> = out.iter().map(|c| c.doc).collect();
        assert_eq!(docs, vec![2, 3, 1]);
    }

    #[test]
    fn room_limits_the_fill() {
        let cands = vec![cand(1, 9.0), cand(2, 5.0), cand(3, 4.0)];
        let out = order_by_coverage(cands, &[1, 1, 1], 2);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].doc, 1);
    }
}
