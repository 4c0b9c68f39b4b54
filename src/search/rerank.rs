//! The second ranking phase: the proximity bonus.
//!
//! A page where the query's words stand close together (within
//! `plan::PROXIMITY_SLOP` in the body, in order in the title) earns a bonus
//! on top of its text score. Reading word positions is the dearest part of
//! a query, so the bonus is scored only for the best candidates of the
//! first phase (`engine::RERANK_DEPTH` of them, or the page of hits if
//! deeper), not for every matching page; a page outside them does not get
//! it. Each phrase is checked at exactly the candidate pages:
//! `seek_danger` tests one page without scanning on to the next match.

use tantivy::query::{EnableScoring, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Searcher, SeekDangerResult};

use crate::error::Error;
use crate::schema::Fields;
use crate::search::collect::Cand;
use crate::search::plan::{self, PROXIMITY_BOOST};
use crate::search::request::Sort;

/// Adds the proximity bonus of `stems` (the query's words, in order) to
/// each of `top` that earns one, then orders `top` again, best first.
pub(crate) fn proximity(
    searcher: &Searcher,
    fields: &Fields,
    stems: &[String],
    top: &mut [Cand],
    sort: Sort,
) -> Result<(), Error> {
    if top.is_empty() || stems.len() < 2 {
        return Ok(());
    }
    let enable = EnableScoring::enabled_from_searcher(searcher);
    let mut order: Vec<usize> = (0..top.len()).collect();
    order.sort_by_key(|&i| (top[i].segment, top[i].doc));
    let mut bonus = vec![0f32; top.len()];
    for phrase in plan::proximity_phrases(fields, stems) {
        let weight = phrase.weight(enable)?;
        let mut at = 0;
        while at < order.len() {
            at = score_segment(searcher, weight.as_ref(), top, &order, at, &mut bonus)?;
        }
    }
    for (cand, b) in top.iter_mut().zip(bonus) {
        if b > 0.0 {
            cand.add_bonus(b * PROXIMITY_BOOST, sort);
        }
    }
    top.sort_by(|a, b| b.cmp(a));
    Ok(())
}

/// Scores `weight` at the candidates of one segment: those of `order` from
/// `at` on that share its segment, adding each match's score to `bonus`.
/// Returns where the next segment's candidates start.
fn score_segment(
    searcher: &Searcher,
    weight: &dyn Weight,
    top: &[Cand],
    order: &[usize],
    mut at: usize,
    bonus: &mut [f32],
) -> Result<usize, Error> {
    let segment = top[order[at]].segment;
    let mut scorer = weight.scorer(searcher.segment_reader(segment), 1.0)?;
    // After a miss the scorer may stand anywhere; then only seek_danger
    // calls at or past the lower bound it returned are allowed, until one
    // finds its target.
    let mut valid = true;
    let mut lower: DocId = 0;
    while at < order.len() && top[order[at]].segment == segment {
        let i = order[at];
        let doc = top[i].doc;
        at += 1;
        let found = if valid && scorer.doc() >= doc {
            scorer.doc() == doc
        } else if !valid && doc < lower {
            false
        } else {
            match scorer.seek_danger(doc) {
                SeekDangerResult::Found => {
                    valid = true;
                    true
                }
                SeekDangerResult::SeekLowerBound(l) => {
                    valid = false;
                    lower = l;
                    false
                }
            }
        };
        if found {
            bonus[i] += scorer.score();
        }
    }
    Ok(at)
}
