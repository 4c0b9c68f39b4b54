//! `--explain`: a hit's score taken apart.
//!
//! Each part is scored again for the one page, with the weights of the
//! plan that found it: the text score of the whole query, the proximity
//! bonus, and each top-level clause's share of the text score; the recency
//! multiplier comes from the same prior the collector applied.

use tantivy::query::{EnableScoring, Scorer, Weight};
use tantivy::{DocId, DocSet, Searcher, SegmentReader};

use crate::error::Error;
use crate::search::collect::{Cand, Recency};
use crate::search::plan::Plan;
use crate::search::response::{Explain, ExplainPart};

/// The weights score parts are read from: for the plan of the all-words
/// hits and, when partial hits follow, for the plan that found those.
pub(crate) struct Explainer {
    main: PlanWeights,
    fill: Option<PlanWeights>,
}

/// The weights of one plan.
struct PlanWeights {
    main: Box<dyn Weight>,
    bonus: Option<Box<dyn Weight>>,
    parts: Vec<(String, Box<dyn Weight>)>,
}

impl PlanWeights {
    fn new(plan: &Plan, searcher: &Searcher) -> Result<Self, Error> {
        let enable = EnableScoring::enabled_from_searcher(searcher);
        let mut parts = Vec::with_capacity(plan.parts.len());
        for (label, q) in &plan.parts {
            parts.push((label.clone(), q.weight(enable)?));
        }
        Ok(PlanWeights {
            main: plan.main.weight(enable)?,
            bonus: match &plan.bonus {
                Some(b) => Some(b.weight(enable)?),
                None => None,
            },
            parts,
        })
    }
}

impl Explainer {
    /// Weights for `plan` and, if partial hits follow, `fill`.
    pub(crate) fn new(
        searcher: &Searcher,
        plan: &Plan,
        fill: Option<&Plan>,
    ) -> Result<Self, Error> {
        let fill = match fill {
            Some(p) => Some(PlanWeights::new(p, searcher)?),
            None => None,
        };
        Ok(Explainer {
            main: PlanWeights::new(plan, searcher)?,
            fill,
        })
    }

    /// The score parts of `cand`: a partial hit's from the fill plan.
    /// `date` is the page's date (Unix seconds) for the recency factor.
    pub(crate) fn explain(
        &self,
        searcher: &Searcher,
        cand: &Cand,
        partial: bool,
        date: Option<i64>,
        recency: Option<Recency>,
    ) -> Result<Explain, Error> {
        let w = match &self.fill {
            Some(f) if partial => f,
            _ => &self.main,
        };
        let seg = searcher.segment_reader(cand.segment);
        let text = score_of(w.main.as_ref(), seg, cand.doc)?;
        let proximity = match &w.bonus {
            Some(b) => score_of(b.as_ref(), seg, cand.doc)?,
            None => 0.0,
        };
        let mut parts = Vec::with_capacity(w.parts.len());
        for (label, pw) in &w.parts {
            parts.push(ExplainPart {
                clause: label.clone(),
                score: score_of(pw.as_ref(), seg, cand.doc)?,
            });
        }
        Ok(Explain {
            text,
            proximity,
            recency: recency.map_or(1.0, |r| r.factor(date)),
            score: cand.score,
            parts,
        })
    }
}

/// The score `weight` gives `doc` (0 when it does not match). Uses a fresh
/// scorer moved forward only (Tantivy's phrase `explain` may seek backwards).
fn score_of(weight: &dyn Weight, seg: &SegmentReader, doc: DocId) -> Result<f32, Error> {
    let mut scorer = weight.scorer(seg, 1.0)?;
    if scorer.doc() < doc {
        scorer.seek(doc);
    }
    Ok(if scorer.doc() == doc {
        scorer.score()
    } else {
        0.0
    })
}
