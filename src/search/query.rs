//! The query language: what a user typed, as a small syntax tree.
//!
//! Grammar (informal): alternatives separated by `OR` (or `|`), each a run
//! of clauses that must all match; a clause is a word, a trailing-`*`
//! prefix, a `"quoted phrase"` or a `( group )`, optionally preceded by
//! `-` (or `NOT`) to exclude it and by `title:` / `body:` to restrict its
//! field. `AND` and `+` are accepted and mean nothing extra.
//!
//! Parsing never fails on content: a stray quote, a lone `-`, a URL, an
//! unbalanced bracket or a misplaced `*` is repaired or dropped and reported
//! as a [`Warning`]. It fails only on the documented limits (length, clause
//! count, nesting), which protect a backend from hostile input.
//!
//! This module knows nothing of the index, analysers or synonyms; see
//! `plan` for how the tree becomes a Tantivy query.

use serde::Serialize;

use crate::error::Error;
use crate::search::response::Warning;

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Most words and phrases one query may hold (before synonym expansion).
pub const MAX_CLAUSES: usize = 32;
/// Deepest nesting of parentheses.
pub const MAX_DEPTH: usize = 8;

/// Which text field a clause searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Scope {
    /// Title and body (the title weighted up).
    Any,
    /// The title only (`title:`).
    Title,
    /// The body only (`body:`, `text:`).
    Body,
}

/// One thing to look for.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Atom {
    /// A word as typed; `prefix` when it ended in `*`.
    Word { text: String, prefix: bool },
    /// The text between quotes.
    Phrase(String),
    /// A parenthesised sub-query.
    Group(Expr),
}

/// An atom with its modifiers.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Clause {
    /// Excluded (`-`, `NOT`).
    pub negated: bool,
    /// The field it searches.
    pub scope: Scope,
    /// What it looks for.
    pub atom: Atom,
}

/// Alternatives (`OR`), each a list of clauses that must all hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Expr {
    /// Each alternative's clauses.
    pub(crate) alternatives: Vec<Vec<Clause>>,
}

/// The result of parsing: the tree plus what was repaired on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    /// The syntax tree.
    pub expr: Expr,
    /// What was repaired or dropped on the way.
    pub warnings: Vec<Warning>,
}

impl Expr {
    /// True when nothing searchable is left.
    pub fn is_empty(&self) -> bool {
        self.alternatives.iter().all(|a| a.is_empty())
    }

    /// Number of words and phrases, groups included.
    pub fn clause_count(&self) -> usize {
        self.alternatives
            .iter()
            .flatten()
            .map(|c| match &c.atom {
                Atom::Group(e) => e.clause_count(),
                _ => 1,
            })
            .sum()
    }

    /// A canonical rendering of the tree, for `query.parsed` in the JSON.
    pub fn render(&self) -> String {
        let alts: Vec<String> = self
            .alternatives
            .iter()
            .filter(|a| !a.is_empty())
            .map(|a| {
                a.iter()
                    .map(|c| {
                        let mut s = String::new();
                        if c.negated {
                            s.push('-');
                        }
                        match c.scope {
                            Scope::Any => {}
                            Scope::Title => s.push_str("title:"),
                            Scope::Body => s.push_str("body:"),
                        }
                        match &c.atom {
                            Atom::Word { text, prefix } => {
                                s.push_str(text);
                                if *prefix {
                                    s.push('*');
                                }
                            }
                            Atom::Phrase(p) => {
                                s.push('"');
                                s.push_str(p);
                                s.push('"');
                            }
                            Atom::Group(e) => {
                                s.push('(');
                                s.push_str(&e.render());
                                s.push(')');
                            }
                        }
                        s
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        alts.join(" OR ")
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Open {
        negated: bool,
        scope: Scope,
    },
    Close,
    Or,
    Word {
        text: String,
        prefix: bool,
        negated: bool,
        scope: Scope,
    },
    Phrase {
        text: String,
        negated: bool,
        scope: Scope,
    },
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

fn is_url(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("www.")
        || lower.starts_with("ftp:")
        || lower.contains("://")
}

/// Cuts `text` to at most `n` characters for a warning message.
fn short(text: &str) -> String {
    let mut s: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        s.push('…');
    }
    s
}

fn has_word_char(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

/// Cuts the query into tokens, repairing what it can and warning about
/// what it drops.
fn lex(input: &str, warnings: &mut Vec<Warning>) -> Vec<Tok> {
    let mut lx = Lexer {
        chars: input.chars().collect(),
        i: 0,
        toks: Vec::new(),
        warnings,
        pending_not: false,
    };
    while lx.i < lx.chars.len() {
        if is_space(lx.chars[lx.i]) {
            lx.i += 1;
        } else if !lx.token() {
            break;
        }
    }
    if lx.pending_not {
        lx.warn("lone_operator", "ignored a trailing 'NOT'");
    }
    lx.toks
}

/// The lexer's state: where it is in the query and what it has made.
struct Lexer<'w> {
    chars: Vec<char>,
    i: usize,
    toks: Vec<Tok>,
    warnings: &'w mut Vec<Warning>,
    /// A `NOT` was read: the next clause is excluded.
    pending_not: bool,
}

impl Lexer<'_> {
    fn warn(&mut self, code: &'static str, message: impl Into<String>) {
        self.warnings.push(Warning::new(code, message));
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// Reads one clause from a non-space character: its modifiers, then a
    /// phrase, a bracket or a word. False when nothing more can be read.
    fn token(&mut self) -> bool {
        let pending = std::mem::take(&mut self.pending_not);
        let Some(signed) = self.sign() else {
            return true;
        };
        let negated = pending || signed;
        let Some(scope) = self.field() else {
            return false;
        };
        let c = self.chars[self.i];
        if is_quote(c) {
            self.phrase(negated, scope);
        } else if matches!(c, '(' | '[' | '{') {
            self.toks.push(Tok::Open { negated, scope });
            self.i += 1;
        } else if matches!(c, ')' | ']' | '}') {
            self.toks.push(Tok::Close);
            self.i += 1;
        } else {
            self.bare_word(negated, scope);
        }
        true
    }

    /// A run of `-` / `+` signs: whether it excludes. `None` for a sign
    /// standing alone (dropped with a warning).
    fn sign(&mut self) -> Option<bool> {
        let start = self.i;
        let mut negated = false;
        while let Some(c) = self
            .at(self.i)
            .filter(|c| matches!(c, '-' | '+' | '\u{2212}' | '\u{2013}'))
        {
            if c != '+' {
                negated = true;
            }
            self.i += 1;
        }
        if self.i > start && self.at(self.i).is_none_or(is_space) {
            let s: String = self.chars[start..self.i].iter().collect();
            self.warn(
                "lone_operator",
                format!("ignored a lone '{s}' (put it right before a word to exclude that word)"),
            );
            return None;
        }
        Some(negated)
    }

    /// A `title:` or `body:` prefix, if any, and the spaces after it.
    /// `None` when the prefix ends the query (dropped with a warning).
    fn field(&mut self) -> Option<Scope> {
        let mut j = self.i;
        while self.at(j).is_some_and(|c| c.is_ascii_alphabetic()) {
            j += 1;
        }
        if j == self.i || self.at(j) != Some(':') {
            return Some(Scope::Any);
        }
        let name: String = self.chars[self.i..j]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let scope = match name.as_str() {
            "title" => Scope::Title,
            "body" | "text" => Scope::Body,
            _ => return Some(Scope::Any),
        };
        self.i = j + 1;
        while self.at(self.i).is_some_and(is_space) {
            self.i += 1;
        }
        if self.i >= self.chars.len() {
            self.warn(
                "dangling_field",
                format!("ignored '{name}:' with nothing after it"),
            );
            return None;
        }
        Some(scope)
    }

    /// A quoted phrase from the opening quote at `self.i`; a missing
    /// closing quote runs it to the end.
    fn phrase(&mut self, negated: bool, scope: Scope) {
        let mut k = self.i + 1;
        while self.at(k).is_some_and(|c| !is_quote(c)) {
            k += 1;
        }
        let text: String = self.chars[self.i + 1..k.min(self.chars.len())]
            .iter()
            .map(|&c| if is_space(c) { ' ' } else { c })
            .collect();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let searchable = has_word_char(&text);
        if k >= self.chars.len() {
            if searchable {
                self.warn(
                    "unclosed_quote",
                    format!(
                        "missing closing quote: searched \"{}\" as a phrase",
                        short(&text)
                    ),
                );
            } else {
                self.warn("stray_quote", "ignored a stray quote mark");
            }
        } else if !searchable {
            self.warn(
                "empty_phrase",
                "ignored a pair of quotes with nothing searchable between them",
            );
        }
        if searchable {
            self.toks.push(Tok::Phrase {
                text,
                negated,
                scope,
            });
        }
        self.i = k + 1;
    }

    /// A bare word, running to a space, a bracket or a quote: an operator
    /// (`OR`, `AND`, `NOT`), or a word, unless it is a web address or has
    /// nothing searchable.
    fn bare_word(&mut self, negated: bool, scope: Scope) {
        let start = self.i;
        while self.at(self.i).is_some_and(|c| {
            !is_space(c) && !is_quote(c) && !matches!(c, '(' | ')' | '[' | ']' | '{' | '}')
        }) {
            self.i += 1;
        }
        let raw: String = self.chars[start..self.i].iter().collect();
        if !negated && scope == Scope::Any {
            match raw.as_str() {
                "OR" | "|" | "||" => {
                    self.toks.push(Tok::Or);
                    return;
                }
                "AND" | "&&" | "&" => return,
                "NOT" => {
                    self.pending_not = true;
                    return;
                }
                _ => {}
            }
        }
        if is_url(&raw) {
            self.warn(
                "url_ignored",
                format!(
                    "ignored the web address '{}': addresses are not searchable, words are",
                    short(&raw)
                ),
            );
        } else if !has_word_char(&raw) {
            self.warn(
                "nothing_searchable",
                format!("ignored '{}': no letters or digits", short(&raw)),
            );
        } else if let Some((text, prefix)) = self.wildcards(&raw) {
            self.toks.push(Tok::Word {
                text,
                prefix,
                negated,
                scope,
            });
        }
    }

    /// A word's `*`s: a trailing one makes a prefix (of two letters or
    /// more); any other is dropped with a warning. The word and whether
    /// it is a prefix, or `None` when nothing searchable is left.
    fn wildcards(&mut self, raw: &str) -> Option<(String, bool)> {
        let stars = raw.chars().filter(|&c| c == '*').count();
        let trimmed = raw.trim_end_matches('*');
        let mut prefix = trimmed.len() < raw.len();
        let mut text = trimmed.to_string();
        if stars > 0 && (text.contains('*') || stars > 1 && !prefix || raw.starts_with('*')) {
            text = text.replace('*', " ");
            self.warn(
                "wildcard_position",
                format!(
                    "'*' works only at the end of a word; ignored it inside '{}'",
                    short(raw)
                ),
            );
        }
        let text = text.trim().to_string();
        if !has_word_char(&text) {
            if !text.is_empty() || stars > 0 {
                self.warn(
                    "nothing_searchable",
                    format!("ignored '{}': no letters or digits", short(raw)),
                );
            }
            return None;
        }
        if prefix && text.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            self.warn(
                "prefix_too_short",
                format!(
                    "'{}' needs at least two letters before the '*'; searched the word as typed",
                    short(raw)
                ),
            );
            prefix = false;
        }
        Some((text, prefix))
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    warnings: Vec<Warning>,
    too_deep: bool,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn parse_or(&mut self, depth: usize) -> Expr {
        let mut alternatives = Vec::new();
        let mut current = self.parse_and(depth);
        loop {
            match self.peek() {
                Some(Tok::Or) => {
                    self.pos += 1;
                    if current.is_empty() {
                        self.warnings.push(Warning::new(
                            "dangling_or",
                            "ignored an OR with nothing before it",
                        ));
                    } else {
                        alternatives.push(std::mem::take(&mut current));
                    }
                    current = self.parse_and(depth);
                    if current.is_empty() {
                        self.warnings.push(Warning::new(
                            "dangling_or",
                            "ignored an OR with nothing after it",
                        ));
                    }
                }
                Some(Tok::Close) if depth == 0 => {
                    self.pos += 1;
                    self.warnings.push(Warning::new(
                        "unbalanced_paren",
                        "ignored a ')' that closes nothing",
                    ));
                    let more = self.parse_and(depth);
                    current.extend(more);
                }
                _ => break,
            }
        }
        if !current.is_empty() {
            alternatives.push(current);
        }
        Expr { alternatives }
    }

    fn parse_and(&mut self, depth: usize) -> Vec<Clause> {
        let mut clauses = Vec::new();
        while let Some(tok) = self.peek().cloned() {
            match tok {
                Tok::Or | Tok::Close => break,
                Tok::Word {
                    text,
                    prefix,
                    negated,
                    scope,
                } => {
                    self.pos += 1;
                    clauses.push(Clause {
                        negated,
                        scope,
                        atom: Atom::Word { text, prefix },
                    });
                }
                Tok::Phrase {
                    text,
                    negated,
                    scope,
                } => {
                    self.pos += 1;
                    clauses.push(Clause {
                        negated,
                        scope,
                        atom: Atom::Phrase(text),
                    });
                }
                Tok::Open { negated, scope } => {
                    self.pos += 1;
                    if depth + 1 > MAX_DEPTH {
                        self.too_deep = true;
                    }
                    let inner = self.parse_or(depth + 1);
                    match self.peek() {
                        Some(Tok::Close) => self.pos += 1,
                        _ => self.warnings.push(Warning::new(
                            "unbalanced_paren",
                            "added a missing ')' at the end",
                        )),
                    }
                    if inner.is_empty() {
                        self.warnings
                            .push(Warning::new("empty_group", "ignored empty parentheses"));
                        continue;
                    }
                    // A group of one alternative with one clause is that clause.
                    if inner.alternatives.len() == 1
                        && inner.alternatives[0].len() == 1
                        && !negated
                        && scope == Scope::Any
                    {
                        clauses.extend(inner.alternatives.into_iter().flatten());
                        continue;
                    }
                    clauses.push(Clause {
                        negated,
                        scope,
                        atom: Atom::Group(inner),
                    });
                }
            }
        }
        clauses
    }
}

/// Parses what the user typed. Errors only on the documented limits.
pub fn parse(input: &str) -> Result<Parsed, Error> {
    let n = input.chars().count();
    if n > MAX_QUERY_CHARS {
        return Err(Error::bad_request(
            "query_too_long",
            format!("the query has {n} characters; the limit is {MAX_QUERY_CHARS}"),
        ));
    }
    let mut warnings = Vec::new();
    let toks = lex(input, &mut warnings);
    let mut p = Parser {
        toks,
        pos: 0,
        warnings,
        too_deep: false,
    };
    let mut expr = p.parse_or(0);
    // parse_or(0) stops only at the end, but be safe about leftovers.
    while p.pos < p.toks.len() {
        p.pos += 1;
        let more = p.parse_or(0);
        expr.alternatives.extend(more.alternatives);
    }
    if p.too_deep {
        return Err(Error::bad_request(
            "query_too_complex",
            format!("parentheses are nested more than {MAX_DEPTH} deep"),
        ));
    }
    let clauses = expr.clause_count();
    if clauses > MAX_CLAUSES {
        return Err(Error::bad_request(
            "too_many_clauses",
            format!("the query has {clauses} words and phrases; the limit is {MAX_CLAUSES}"),
        ));
    }
    Ok(Parsed {
        expr,
        warnings: p.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(text: &str) -> Clause {
        Clause {
            negated: false,
            scope: Scope::Any,
            atom: Atom::Word {
                text: text.into(),
                prefix: false,
            },
        }
    }

    fn codes(p: &Parsed) -> Vec<&'static str> {
        p.warnings.iter().map(|w| w.code).collect()
    }

    fn ok(q: &str) -> Parsed {
        parse(q).expect("parses")
    }

    #[test]
    fn words_are_one_and_list() {
        let p = ok("unpaid work enforcement");
        assert_eq!(
            p.expr.alternatives,
            vec![vec![w("unpaid"), w("work"), w("enforcement")]]
        );
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn quoted_phrase() {
        let p = ok("\"approved premises\" London");
        assert_eq!(
            p.expr.alternatives[0][0].atom,
            Atom::Phrase("approved premises".into())
        );
        assert_eq!(p.expr.alternatives[0][1], w("London"));
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn curly_quotes_make_a_phrase() {
        let p = ok("\u{201C}payment by results\u{201D}");
        assert_eq!(
            p.expr.alternatives[0][0].atom,
            Atom::Phrase("payment by results".into())
        );
    }

    #[test]
    fn minus_excludes() {
        let p = ok("probation -prison");
        assert!(p.expr.alternatives[0][1].negated);
        assert_eq!(p.expr.render(), "probation -prison");
    }

    #[test]
    fn not_keyword_excludes() {
        let p = ok("probation NOT prison");
        assert!(p.expr.alternatives[0][1].negated);
    }

    #[test]
    fn hyphenated_word_is_not_exclusion() {
        let p = ok("re-offending");
        assert_eq!(p.expr.alternatives[0], vec![w("re-offending")]);
    }

    #[test]
    fn or_makes_alternatives() {
        let p = ok("CRC OR NPS | HMPPS");
        assert_eq!(p.expr.alternatives.len(), 3);
        // lower-case "or" is an ordinary word
        assert_eq!(ok("this or that").expr.alternatives.len(), 1);
    }

    #[test]
    fn and_is_implicit() {
        assert_eq!(ok("a AND b").expr, ok("a b").expr);
    }

    #[test]
    fn parentheses_group() {
        let p = ok("probation (Kent OR Sussex)");
        let Atom::Group(g) = &p.expr.alternatives[0][1].atom else {
            panic!("expected group");
        };
        assert_eq!(g.alternatives.len(), 2);
        assert_eq!(p.expr.render(), "probation (Kent OR Sussex)");
    }

    #[test]
    fn negated_group() {
        let p = ok("prison -(Kent OR Sussex)");
        assert!(p.expr.alternatives[0][1].negated);
    }

    #[test]
    fn title_prefix() {
        let p = ok("title:inspection Durham");
        assert_eq!(p.expr.alternatives[0][0].scope, Scope::Title);
        assert_eq!(p.expr.alternatives[0][1].scope, Scope::Any);
        let p = ok("TITLE:\"unpaid work\"");
        assert_eq!(p.expr.alternatives[0][0].scope, Scope::Title);
        assert_eq!(
            p.expr.alternatives[0][0].atom,
            Atom::Phrase("unpaid work".into())
        );
        let p = ok("title: (a b)");
        assert_eq!(p.expr.alternatives[0][0].scope, Scope::Title);
    }

    #[test]
    fn unknown_field_prefix_is_text() {
        let p = ok("foo:bar");
        assert_eq!(p.expr.alternatives[0], vec![w("foo:bar")]);
    }

    #[test]
    fn trailing_star_is_prefix() {
        let p = ok("rehab*");
        assert_eq!(
            p.expr.alternatives[0][0].atom,
            Atom::Word {
                text: "rehab".into(),
                prefix: true
            }
        );
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn star_inside_or_leading_is_dropped_with_warning() {
        let p = ok("*tion");
        assert_eq!(codes(&p), vec!["wildcard_position"]);
        let p = ok("pro*bation");
        assert_eq!(codes(&p), vec!["wildcard_position"]);
        let p = ok("*");
        assert_eq!(codes(&p), vec!["nothing_searchable"]);
        assert!(p.expr.is_empty());
    }

    #[test]
    fn one_letter_prefix_is_a_word() {
        let p = ok("a*");
        assert_eq!(codes(&p), vec!["prefix_too_short"]);
        assert_eq!(p.expr.alternatives[0], vec![w("a")]);
    }

    #[test]
    fn lenient_stray_quote_at_end() {
        let p = ok("unpaid work \"");
        assert_eq!(p.expr.alternatives[0], vec![w("unpaid"), w("work")]);
        assert_eq!(codes(&p), vec!["stray_quote"]);
    }

    #[test]
    fn lenient_unclosed_quote_is_phrase_to_end() {
        let p = ok("probation \"approved premises");
        assert_eq!(
            p.expr.alternatives[0][1].atom,
            Atom::Phrase("approved premises".into())
        );
        assert_eq!(codes(&p), vec!["unclosed_quote"]);
    }

    #[test]
    fn lenient_empty_quotes() {
        let p = ok("\"\" prison");
        assert_eq!(p.expr.alternatives[0], vec![w("prison")]);
        assert_eq!(codes(&p), vec!["empty_phrase"]);
    }

    #[test]
    fn lenient_lone_dash() {
        let p = ok("probation - prison");
        assert_eq!(p.expr.alternatives[0], vec![w("probation"), w("prison")]);
        assert_eq!(codes(&p), vec!["lone_operator"]);
        let p = ok("-");
        assert!(p.expr.is_empty());
    }

    #[test]
    fn lenient_url_dropped() {
        let p = ok("https://www.gov.uk/government/news/x probation");
        assert_eq!(p.expr.alternatives[0], vec![w("probation")]);
        assert_eq!(codes(&p), vec!["url_ignored"]);
        assert_eq!(codes(&ok("www.example.org")), vec!["url_ignored"]);
    }

    #[test]
    fn lenient_unclosed_paren() {
        let p = ok("probation (Kent OR Sussex");
        assert_eq!(codes(&p), vec!["unbalanced_paren"]);
        assert!(matches!(p.expr.alternatives[0][1].atom, Atom::Group(_)));
    }

    #[test]
    fn lenient_extra_close_paren() {
        let p = ok("probation) prison");
        assert_eq!(p.expr.alternatives[0], vec![w("probation"), w("prison")]);
        assert_eq!(codes(&p), vec!["unbalanced_paren"]);
    }

    #[test]
    fn lenient_empty_parens() {
        let p = ok("() prison");
        assert_eq!(p.expr.alternatives[0], vec![w("prison")]);
        assert_eq!(codes(&p), vec!["empty_group"]);
    }

    #[test]
    fn lenient_dangling_or() {
        let p = ok("OR prison OR");
        assert_eq!(p.expr.alternatives, vec![vec![w("prison")]]);
        assert_eq!(codes(&p), vec!["dangling_or", "dangling_or"]);
    }

    #[test]
    fn lenient_punctuation_only_word() {
        let p = ok("!!! prison");
        assert_eq!(p.expr.alternatives[0], vec![w("prison")]);
        assert_eq!(codes(&p), vec!["nothing_searchable"]);
    }

    #[test]
    fn lenient_control_chars_are_spaces() {
        let p = ok("unpaid\u{0}work\u{7}");
        assert_eq!(p.expr.alternatives[0], vec![w("unpaid"), w("work")]);
    }

    #[test]
    fn lenient_dangling_field() {
        let p = ok("prison title:");
        assert_eq!(p.expr.alternatives[0], vec![w("prison")]);
        assert_eq!(codes(&p), vec!["dangling_field"]);
    }

    #[test]
    fn limit_length() {
        let q = "a ".repeat(MAX_QUERY_CHARS);
        assert_eq!(parse(&q).unwrap_err().code(), "query_too_long");
    }

    #[test]
    fn limit_clauses() {
        let q = (0..=MAX_CLAUSES)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(parse(&q).unwrap_err().code(), "too_many_clauses");
        let q = (0..MAX_CLAUSES)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(parse(&q).is_ok());
    }

    #[test]
    fn limit_depth() {
        let q = format!(
            "{}x{}",
            "(".repeat(MAX_DEPTH + 1),
            ")".repeat(MAX_DEPTH + 1)
        );
        assert_eq!(parse(&q).unwrap_err().code(), "query_too_complex");
        let q = format!("{}x y{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&q).is_ok());
    }

    #[test]
    fn empty_input_is_empty_expr() {
        assert!(ok("").expr.is_empty());
        assert!(ok("   ").warnings.is_empty());
    }
}
