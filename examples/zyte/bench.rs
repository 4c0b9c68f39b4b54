//! The Zyte article-extraction benchmark (vendored under `benches/zyte/`):
//! loading its pages and ground truth, and its metric.
//!
//! The metric is the benchmark's own, re-implemented from the definition
//! in its `evaluate.py`: a text is split into word tokens (runs of letters,
//! digits and `_`), tokens are joined into overlapping 4-token shingles
//! (a text of fewer than 4 tokens is one shorter shingle), and the
//! predicted and true shingle multisets give true positives, false
//! positives and false negatives, normalised by their sum so that every
//! page weighs the same. Precision and recall are averaged over pages
//! (a page with nothing predicted has no precision; one with nothing true
//! has no recall), and F1 is the harmonic mean of the two means.
//!
//! Shared by `examples/zyte` (the scoring tool behind
//! `scripts/extraction-bench.sh`) and `tests/zyte_benchmark.rs` (the floor).

#![allow(dead_code)] // each user takes a different part

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// One benchmark page: its id (the file name's stem), HTML bytes and the
/// true article body.
pub struct Case {
    pub id: String,
    pub html: Vec<u8>,
    pub truth: String,
}

/// Reads every `html/ID.html.gz` under `dir` with its ground truth, in id
/// order.
pub fn load(dir: &Path) -> Result<Vec<Case>, String> {
    let truth_path = dir.join("ground-truth.json");
    let truth_text = std::fs::read_to_string(&truth_path)
        .map_err(|e| format!("reading {}: {e}", truth_path.display()))?;
    let truth: HashMap<String, serde_json::Value> = serde_json::from_str(&truth_text)
        .map_err(|e| format!("parsing {}: {e}", truth_path.display()))?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut cases = Vec::with_capacity(ids.len());
    for id in ids {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let file =
            std::fs::File::open(&path).map_err(|e| format!("opening {}: {e}", path.display()))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut html)
            .map_err(|e| format!("decompressing {}: {e}", path.display()))?;
        cases.push(Case {
            id: id.clone(),
            html,
            truth: body_of(&truth[id]),
        });
    }
    Ok(cases)
}

/// The `articleBody` of a ground-truth or prediction entry (`null` and a
/// missing field both mean an empty body).
pub fn body_of(entry: &serde_json::Value) -> String {
    entry
        .get("articleBody")
        .and_then(|b| b.as_str())
        .unwrap_or("")
        .to_string()
}

/// Word tokens as the benchmark's `\w+` finds them.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, u32> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        *out.entry(toks).or_insert(0) += 1;
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// One page's true positives, false positives and false negatives, as
/// shares of their sum (all zero when both texts are empty).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Counts {
    /// This page's precision, if it predicted anything.
    pub fn precision(&self) -> Option<f64> {
        (self.tp + self.fp > 0.0).then(|| self.tp / (self.tp + self.fp))
    }

    /// This page's recall, if its truth has any text.
    pub fn recall(&self) -> Option<f64> {
        (self.tp + self.fn_ > 0.0).then(|| self.tp / (self.tp + self.fn_))
    }

    /// This page's own F1 (0 when either side is empty), for sorting pages.
    pub fn f1(&self) -> f64 {
        let (p, r) = (
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        );
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Compares one predicted body with the true one.
pub fn compare(truth: &str, pred: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += f64::from(tc.min(pc));
        fn_ += f64::from(tc.saturating_sub(pc));
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += f64::from(pc.saturating_sub(tc));
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        Counts {
            tp: tp / sum,
            fp: fp / sum,
            fn_: fn_ / sum,
        }
    } else {
        Counts {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        }
    }
}

/// The benchmark's summary figures over all pages.
#[derive(Clone, Copy, Debug)]
pub struct Score {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
}

/// Mean precision and recall over the pages that have them, and their F1.
pub fn summarise(pages: &[Counts]) -> Score {
    fn mean(xs: impl Iterator<Item = f64>) -> f64 {
        let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
        if n == 0 { 0.0 } else { sum / n as f64 }
    }
    let precision = mean(pages.iter().filter_map(Counts::precision));
    let recall = mean(pages.iter().filter_map(Counts::recall));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Score {
        f1,
        precision,
        recall,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(
            tokens("It’s 3.5 per-cent, naïve_x!"),
            ["It", "s", "3", "5", "per", "cent", "naïve_x"]
        );
    }

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let a = "one two three four five six";
        let c = compare(a, a);
        assert_eq!((c.precision(), c.recall()), (Some(1.0), Some(1.0)));
        let d = compare(a, "seven eight nine ten eleven");
        assert_eq!((d.precision(), d.recall()), (Some(0.0), Some(0.0)));
    }

    #[test]
    fn half_extra_text_halves_precision() {
        // truth: 3 shingles; prediction adds text making 3 more unmatched.
        let c = compare("a b c d e f", "a b c d e f x y z");
        assert_eq!(c.recall(), Some(1.0));
        assert!((c.precision().unwrap() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn an_empty_prediction_has_recall_zero_and_no_precision() {
        let c = compare("a b c d e", "");
        assert_eq!((c.precision(), c.recall()), (None, Some(0.0)));
        let s = summarise(&[c, compare("a b c d", "a b c d")]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
    }
}
