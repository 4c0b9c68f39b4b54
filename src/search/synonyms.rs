//! The domain vocabulary: abbreviations and their spelled-out forms.
//!
//! Owns `data/synonyms.toml` (embedded, parsed once) and the two lookups
//! the planner needs: "is this typed word an abbreviation?" and "does this
//! run of query words spell out a concept?". Every form is kept as the
//! token sequence the index's English analyser makes of it, so matching is
//! done on the same stems the index holds.
//!
//! It does not build queries or know about fields.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::search::analyze;

const DATA: &str = include_str!("../../data/synonyms.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    concept: Vec<RawConcept>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    #[serde(default)]
    short: Vec<String>,
    #[serde(default)]
    long: Vec<String>,
    #[serde(default)]
    exact_case: bool,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// One concept with every form already analysed.
#[derive(Debug)]
pub struct Concept {
    /// Abbreviations as written in the data file.
    pub short: Vec<String>,
    /// Whether an abbreviation only counts when typed in capitals.
    pub exact_case: bool,
    /// Analysed token sequences of the long forms.
    pub long: Vec<Vec<String>>,
    /// Analysed token sequences of every form, short ones first.
    pub forms: Vec<Vec<String>>,
}

/// The parsed vocabulary.
#[derive(Debug)]
pub struct Vocabulary {
    pub concepts: Vec<Concept>,
    /// Longest long form, in tokens.
    pub max_long: usize,
}

static VOCAB: LazyLock<Vocabulary> = LazyLock::new(|| parse(DATA));

/// The embedded vocabulary.
pub fn get() -> &'static Vocabulary {
    &VOCAB
}

fn parse(text: &str) -> Vocabulary {
    // The file is part of the build; a broken one is caught by the unit
    // test below, so an empty vocabulary is a safe fallback here.
    let file: File = toml::from_str(text).unwrap_or(File {
        concept: Vec::new(),
    });
    let mut max_long = 0;
    let concepts = file
        .concept
        .into_iter()
        .map(|c| {
            let long: Vec<Vec<String>> = c
                .long
                .iter()
                .map(|l| analyze(l))
                .filter(|t| !t.is_empty())
                .collect();
            let mut forms: Vec<Vec<String>> = c
                .short
                .iter()
                .map(|s| analyze(s))
                .filter(|t| !t.is_empty())
                .collect();
            forms.extend(long.iter().cloned());
            max_long = max_long.max(long.iter().map(Vec::len).max().unwrap_or(0));
            Concept {
                short: c.short,
                exact_case: c.exact_case,
                long,
                forms,
            }
        })
        .collect();
    Vocabulary { concepts, max_long }
}

impl Vocabulary {
    /// Concepts whose abbreviation is `typed` (as the user typed it; a
    /// plural "s" or "'s" is allowed). Exact-case abbreviations match only
    /// their written form or all capitals.
    pub fn by_short(&self, typed: &str) -> Vec<&Concept> {
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
    pub fn long_match(&self, stems: &[&str]) -> Option<(usize, Vec<&Concept>)> {
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

    #[test]
    fn data_file_parses_and_is_not_empty() {
        let file: File = toml::from_str(DATA).expect("data/synonyms.toml parses");
        assert!(file.concept.len() > 40);
        assert!(get().concepts.len() == file.concept.len());
        for c in &get().concepts {
            assert!(!c.forms.is_empty());
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
