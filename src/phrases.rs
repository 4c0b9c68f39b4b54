//! Vocabulary phrases indexed as single terms.
//!
//! A phrase query reads the word positions of every page that has all of
//! the phrase's words, and the vocabulary's spelled-out forms ("her
//! majesty's prison and probation service", "community payback") are made
//! of words found on nearly every page. So at indexing time every
//! occurrence of a vocabulary form of two or more words in a title or body
//! is also written as one term of the `phrases` field (`b:communiti
//! payback`, `t:...` for the title), and the planner looks such a form up
//! as that term instead of matching positions (`search::phrase_term`
//! scores it exactly as Tantivy's phrase query would).
//!
//! Shared by both sides: the indexer writes the terms, the planner asks
//! whether a form has one. The forms come from the vocabulary
//! ([`crate::vocabulary`]), through the same analyser as the text
//! ([`crate::analysis`]), so a term is written exactly where a phrase
//! query on the field would match.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::analysis;
use crate::vocabulary;

/// Which field of the page a phrase term was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Title,
    Body,
}

/// The term a phrase found in `scope` is indexed under: a scope letter
/// and the stems joined by single spaces (stems never hold a space).
pub(crate) fn term_text(scope: Scope, stems: &[impl AsRef<str>]) -> String {
    let mut out = String::from(match scope {
        Scope::Title => "t:",
        Scope::Body => "b:",
    });
    for (i, s) in stems.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(s.as_ref());
    }
    out
}

/// The vocabulary's forms of two or more tokens, by first stem.
struct PhraseSet {
    by_first: FxHashMap<String, Vec<Vec<String>>>,
    all: FxHashSet<Vec<String>>,
}

static SET: LazyLock<PhraseSet> = LazyLock::new(|| {
    let mut by_first: FxHashMap<String, Vec<Vec<String>>> = FxHashMap::default();
    let mut all = FxHashSet::default();
    for concept in &vocabulary::get().concepts {
        for form in &concept.forms {
            if form.len() >= 2 && all.insert(form.clone()) {
                by_first
                    .entry(form[0].clone())
                    .or_default()
                    .push(form.clone());
            }
        }
    }
    PhraseSet { by_first, all }
});

/// Whether `stems` (analysed tokens) is a form with its own term.
pub(crate) fn is_indexed(stems: &[String]) -> bool {
    SET.all.contains(stems)
}

/// Every occurrence of an indexed form in `text`, as the term text for
/// `scope`, once per occurrence (so the term's frequency on the page is the
/// phrase's count, as a phrase query counts it: one per starting position;
/// occurrences may overlap). Words are adjacent when their positions are,
/// exactly as the index numbers them.
pub(crate) fn occurrences(text: &str, scope: Scope) -> Vec<String> {
    let set = &*SET;
    let mut out = Vec::new();
    if set.by_first.is_empty() {
        return out;
    }
    // Stems side by side in one buffer: (position, start, end).
    let mut stems = String::new();
    let mut toks: Vec<(usize, usize, usize)> = Vec::new();
    analysis::for_each_token(text, |t| {
        let start = stems.len();
        stems.push_str(&t.text);
        toks.push((t.position, start, stems.len()));
    });
    let stem = |i: usize| &stems[toks[i].1..toks[i].2];
    for i in 0..toks.len() {
        let Some(forms) = set.by_first.get(stem(i)) else {
            continue;
        };
        for form in forms {
            let n = form.len();
            let fits = i + n <= toks.len()
                && (1..n).all(|k| toks[i + k].0 == toks[i].0 + k && stem(i + k) == form[k]);
            if fits {
                out.push(term_text(scope, form));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    fn stems(text: &str) -> Vec<String> {
        analyze(text)
    }

    #[test]
    fn every_occurrence_is_found_with_its_scope() {
        let text = "Community payback resumed. The community  payback teams, and \
                    community, payback (not a phrase across a comma? it is: punctuation is not a word).";
        let form = stems("community payback");
        assert!(is_indexed(&form), "the vocabulary spells out unpaid work");
        let found = occurrences(text, Scope::Body);
        let want = term_text(Scope::Body, &form);
        assert_eq!(found.iter().filter(|t| **t == want).count(), 3);
        assert!(
            occurrences("community payback", Scope::Title)
                .contains(&term_text(Scope::Title, &form))
        );
    }

    #[test]
    fn words_between_break_a_phrase_and_repeats_do_not() {
        let want = term_text(Scope::Body, &stems("community payback"));
        let count = |text: &str| {
            occurrences(text, Scope::Body)
                .iter()
                .filter(|t| **t == want)
                .count()
        };
        assert_eq!(count("community big payback"), 0);
        assert_eq!(count("community community payback"), 1);
        assert_eq!(count("payback community payback community payback"), 2);
    }

    #[test]
    fn a_removed_long_token_keeps_its_position() {
        // The analyser drops tokens over 40 bytes but the positions keep
        // the gap, so the words around it are not adjacent.
        let long = "x".repeat(60);
        let text = format!("community {long} payback");
        let want = term_text(Scope::Body, &stems("community payback"));
        assert!(!occurrences(&text, Scope::Body).contains(&want));
    }

    #[test]
    fn single_words_and_unknown_phrases_have_no_term() {
        assert!(!is_indexed(&stems("probation")));
        assert!(!is_indexed(&stems("purple elephant")));
        assert!(occurrences("purple elephant probation", Scope::Body).is_empty());
    }

    #[test]
    fn term_text_joins_stems() {
        assert_eq!(
            term_text(Scope::Body, &["communiti", "payback"]),
            "b:communiti payback"
        );
        assert_eq!(term_text(Scope::Title, &["x"]), "t:x");
    }
}
