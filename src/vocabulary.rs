//! The domain vocabulary: abbreviations and their spelled-out forms.
//!
//! Owns the vocabulary of `data/synonyms.toml` (compiled in by `build.rs`)
//! and the two lookups the planner needs: "is this typed word an
//! abbreviation?" and "does this run of query words spell out a concept?".
//! Every form is kept as the token sequence the index's English analyser
//! makes of it, so matching is done on the same stems the index holds.
//!
//! It does not build queries or know about fields.

use std::sync::LazyLock;

/// The vocabulary as the build script wrote it (see `build.rs`).
mod compiled {
    /// One concept as compiled in.
    pub struct StaticConcept {
        pub short: &'static [&'static str],
        pub exact_case: bool,
        pub long: &'static [&'static [&'static str]],
        pub forms: &'static [&'static [&'static str]],
        /// The long forms as written (for the test that re-analyses them).
        #[allow(dead_code)]
        pub raw_long: &'static [&'static str],
    }
    include!(concat!(env!("OUT_DIR"), "/vocabulary.rs"));
}

/// One concept with every form already analysed.
#[derive(Debug)]
pub struct Concept {
    /// Abbreviations as written in the data file.
    pub short: Vec<String>,
    /// Whether an abbreviation only counts when typed in capitals.
    pub(crate) exact_case: bool,
    /// Analysed token sequences of the long forms.
    pub(crate) long: Vec<Vec<String>>,
    /// Analysed token sequences of every form, short ones first.
    pub(crate) forms: Vec<Vec<String>>,
}

/// The parsed vocabulary.
#[derive(Debug)]
pub struct Vocabulary {
    /// Every concept, in the data file's order.
    pub concepts: Vec<Concept>,
}

static VOCAB: LazyLock<Vocabulary> = LazyLock::new(build);

/// The embedded vocabulary. The data file was parsed and its forms
/// analysed at build time, so a query process pays for neither.
pub fn get() -> &'static Vocabulary {
    &VOCAB
}

fn build() -> Vocabulary {
    let owned = |seqs: &[&[&str]]| -> Vec<Vec<String>> {
        seqs.iter()
            .map(|s| s.iter().map(|t| t.to_string()).collect())
            .collect()
    };
    let concepts: Vec<Concept> = compiled::CONCEPTS
        .iter()
        .map(|c| Concept {
            short: c.short.iter().map(|s| s.to_string()).collect(),
            exact_case: c.exact_case,
            long: owned(c.long),
            forms: owned(c.forms),
        })
        .collect();
    Vocabulary { concepts }
}

impl Vocabulary {
    /// Concepts whose abbreviation is `typed` (as the user typed it; a
    /// plural "s" or "'s" is allowed). Exact-case abbreviations match only
    /// their written form or all capitals.
    pub(crate) fn by_short(&self, typed: &str) -> Vec<&Concept> {
        let mut bases = vec![typed];
        for suffix in ["'s", "\u{2019}s", "s"] {
            if let Some(b) = typed.strip_suffix(suffix)
                && !b.is_empty()
            {
                bases.push(b);
            }
        }
        self.concepts
            .iter()
            .filter(|c| {
                c.short.iter().any(|s| {
                    bases.iter().any(|b| {
                        if c.exact_case {
                            *b == s || *b == s.to_uppercase()
                        } else {
                            b.eq_ignore_ascii_case(s)
                        }
                    })
                })
            })
            .collect()
    }

    /// The longest long form that `stems` starts with: its length in tokens
    /// and every concept spelled that way.
    pub(crate) fn long_match(&self, stems: &[&str]) -> Option<(usize, Vec<&Concept>)> {
        let mut best: Option<(usize, Vec<&Concept>)> = None;
        for c in &self.concepts {
            for form in &c.long {
                let n = form.len();
                if n == 0 || n > stems.len() || form.iter().zip(stems).any(|(a, b)| a != b) {
                    continue;
                }
                match &mut best {
                    Some((m, list)) if *m == n => {
                        if !list.iter().any(|x| std::ptr::eq(*x, c)) {
                            list.push(c);
                        }
                    }
                    Some((m, _)) if *m > n => {}
                    _ => best = Some((n, vec![c])),
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;

    #[test]
    fn compiled_vocabulary_is_the_data_file_through_the_index_analyser() {
        #[derive(serde::Deserialize)]
        struct File {
            concept: Vec<toml::Value>,
        }
        let text = include_str!("../data/synonyms.toml");
        let file: File = toml::from_str(text).expect("data/synonyms.toml parses");
        assert!(file.concept.len() > 40);
        assert_eq!(get().concepts.len(), file.concept.len());
        for (c, raw) in get().concepts.iter().zip(compiled::CONCEPTS) {
            assert!(!c.forms.is_empty());
            // build.rs analysed the forms; the index's analyser must agree
            let again: Vec<Vec<String>> = raw
                .raw_long
                .iter()
                .map(|l| analyze(l))
                .filter(|t| !t.is_empty())
                .collect();
            assert_eq!(c.long, again, "long forms of {:?}", c.short);
            let shorts: Vec<Vec<String>> = c
                .short
                .iter()
                .map(|s| analyze(s))
                .filter(|t| !t.is_empty())
                .collect();
            assert_eq!(
                c.forms[..shorts.len()],
                shorts[..],
                "short forms of {:?}",
                c.short
            );
        }
    }

    #[test]
    fn acronym_any_case_when_unambiguous() {
        let v = get();
        assert_eq!(v.by_short("CRC").len(), 1);
        assert_eq!(v.by_short("crc").len(), 1);
        assert_eq!(v.by_short("CRCs").len(), 1);
        assert_eq!(v.by_short("upw").len(), 1);
    }

    #[test]
    fn ambiguous_acronym_only_in_capitals() {
        let v = get();
        assert_eq!(v.by_short("AP").len(), 1);
        assert_eq!(v.by_short("APs").len(), 1);
        assert!(v.by_short("ap").is_empty());
        assert!(v.by_short("Ap").is_empty());
        assert!(v.by_short("tr").is_empty());
        assert!(v.by_short("co").is_empty());
        assert!(v.by_short("po").is_empty());
        assert_eq!(v.by_short("PO").len(), 1);
    }

    #[test]
    fn acronym_in_two_concepts_gives_both() {
        assert_eq!(get().by_short("PPO").len(), 2);
    }

    #[test]
    fn long_form_matches_on_stems() {
        let v = get();
        let stems = analyze("community rehabilitation companies in the north");
        let refs: Vec<&str> = stems.iter().map(String::as_str).collect();
        let (n, cs) = v.long_match(&refs).expect("matches");
        assert_eq!(n, 3);
        assert_eq!(cs[0].short, vec!["CRC".to_string()]);
        assert!(v.long_match(&refs[1..]).is_none());
    }
}
