//! Snippets: the best short passage of a page's body with the query's
//! matches marked, as plain text with highlight offsets and as HTML.
//!
//! Owns choosing the passage and marking it. Matching uses the index's own
//! English analyser on the body's tokens, so a match in a snippet is what
//! matched in the index; a phrase or a spelled-out synonym ("approved
//! premises") is one highlight, never two. To stay fast on long pages only
//! tokens that could match (same first letters as a query stem) are run
//! through the stemmer.
//!
//! It does not decide which pages match; it gets the body and a
//! [`Highlight`] from the planner.

use rustc_hash::FxHashMap;

use serde::Serialize;
use tantivy::tokenizer::{SimpleTokenizer, TokenStream, Tokenizer};

use crate::search::analyze;
use crate::search::plan::Highlight;

/// Longest snippet, in characters (ellipses excluded).
pub const SNIPPET_CHARS: usize = 240;
/// Only this much of a body is scanned for matches.
const SCAN_BYTES: usize = 256 * 1024;

/// A snippet in both forms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Plain text, whitespace collapsed, "…" where cut.
    pub text: String,
    /// `[start, end)` of each match in `text`, in Unicode scalar values
    /// (characters), ascending and non-overlapping.
    pub highlights: Vec<[usize; 2]>,
    /// `text` HTML-escaped with each match in `<mark>…</mark>`.
    pub html: String,
}

#[derive(Clone, Copy, Debug)]
struct Match {
    start: usize,
    end: usize,
    unit: usize,
}

/// The first two (lower-case) characters of a word: a cheap key that a
/// word and its Porter stem share.
fn head(s: &str) -> (char, Option<char>) {
    let b = s.as_bytes();
    // Most words are ASCII: no Unicode case tables needed.
    if b.len() >= 2 && b[0].is_ascii() && b[1].is_ascii() {
        return (
            char::from(b[0].to_ascii_lowercase()),
            Some(char::from(b[1].to_ascii_lowercase())),
        );
    }
    let mut it = s.chars().flat_map(char::to_lowercase);
    (it.next().unwrap_or('\0'), it.next())
}

/// Byte offset of the char boundary at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Finds every match of the highlight units in `body` (byte spans).
fn find_matches(body: &str, hl: &Highlight) -> Vec<Match> {
    let mut units: FxHashMap<&str, usize> = FxHashMap::default();
    let mut heads: Vec<(char, Option<char>)> = Vec::new();
    let mut add_head = |h: (char, Option<char>)| {
        if !heads.contains(&h) {
            heads.push(h);
        }
    };
    for t in &hl.terms {
        let n = units.len();
        units.entry(t.as_str()).or_insert(n);
        add_head(head(t));
    }
    let mut seq_firsts: FxHashMap<&str, Vec<(usize, &Vec<String>)>> = FxHashMap::default();
    let unit_base = units.len();
    for (i, s) in hl.seqs.iter().enumerate() {
        for t in s {
            add_head(head(t));
        }
        seq_firsts
            .entry(s[0].as_str())
            .or_default()
            .push((unit_base + i, s));
    }
    if heads.is_empty() {
        return Vec::new();
    }
    let scan = &body[..floor_boundary(body, SCAN_BYTES)];
    // (position, stem, start, end) for tokens that passed the head filter,
    // in position order; a stem memo spares the stemmer repeated words.
    let mut cands: Vec<(usize, String, usize, usize)> = Vec::new();
    let mut memo: FxHashMap<&str, Option<String>> = FxHashMap::default();
    let mut tokenizer = SimpleTokenizer::default();
    let mut stream = tokenizer.token_stream(scan);
    let mut pos = 0usize;
    while stream.advance() {
        let tok = stream.token();
        let (c1, c2) = head(&tok.text);
        if heads
            .iter()
            .any(|&(h1, h2)| h1 == c1 && (h2.is_none() || h2 == c2))
        {
            let word = &scan[tok.offset_from..tok.offset_to];
            let stem = memo
                .entry(word)
                .or_insert_with(|| analyze(word).into_iter().next())
                .clone();
            if let Some(stem) = stem {
                cands.push((pos, stem, tok.offset_from, tok.offset_to));
            }
        }
        pos += 1;
    }
    let mut matches = Vec::new();
    for (i, (p, stem, start, end)) in cands.iter().enumerate() {
        if let Some(list) = seq_firsts.get(stem.as_str()) {
            let mut best: Option<(usize, usize)> = None; // (len, unit)
            for (unit, seq) in list {
                // Candidates are in position order, so the word k places
                // on, if it is a candidate, is exactly k entries on.
                let ok = seq
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, t)| cands.get(i + k).is_some_and(|c| c.0 == p + k && c.1 == *t));
                if ok && best.is_none_or(|(l, _)| seq.len() > l) {
                    best = Some((seq.len(), *unit));
                }
            }
            if let Some((len, unit)) = best {
                matches.push(Match {
                    start: *start,
                    end: cands[i + len - 1].3,
                    unit,
                });
                continue;
            }
        }
        if let Some(&unit) = units.get(stem.as_str()) {
            matches.push(Match {
                start: *start,
                end: *end,
                unit,
            });
        }
    }
    // Drop matches inside an earlier, longer one (a term inside a phrase).
    matches.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Match> = Vec::with_capacity(matches.len());
    for m in matches {
        if out.last().is_some_and(|l| m.start < l.end) {
            continue;
        }
        out.push(m);
    }
    out
}

/// Picks the window of at most `width` bytes covering the most distinct
/// units (then the most matches; earliest on ties). Returns match indices.
fn best_window(matches: &[Match], width: usize) -> (usize, usize) {
    let n_units = matches.iter().map(|m| m.unit + 1).max().unwrap_or(0);
    let mut seen = vec![usize::MAX; n_units];
    let mut best = (0usize, 0usize, 0usize, 0usize); // (distinct, count, i, j)
    for i in 0..matches.len() {
        let mut distinct = 0;
        let mut j = i;
        while j < matches.len() && matches[j].end - matches[i].start <= width {
            let u = matches[j].unit;
            if seen[u] != i {
                seen[u] = i;
                distinct += 1;
            }
            j += 1;
        }
        let j = j.max(i + 1);
        let score = (distinct.max(1), j - i);
        if score > (best.0, best.1) {
            best = (score.0, score.1, i, j);
        }
    }
    (best.2, best.3)
}

/// Builds the snippet for `body`.
pub fn build(body: &str, hl: &Highlight, max_chars: usize) -> Snippet {
    let matches = find_matches(body, hl);
    // Window in bytes: approximate chars by bytes for the choice, then cut
    // exactly by chars below.
    let (start, end_hint, chosen): (usize, usize, &[Match]) = if matches.is_empty() {
        (0, body.len(), &[])
    } else {
        let (i, j) = best_window(&matches, max_chars);
        let first = matches[i].start;
        let last = matches[j - 1].end;
        let span = last - first;
        let lead = (max_chars.saturating_sub(span) / 3).min(80);
        let mut s = floor_boundary(body, first.saturating_sub(lead));
        // Start at a word (or sentence) boundary.
        if s > 0 {
            let window = &body[s..first];
            if let Some(k) = window.find(". ") {
                s += k + 2;
            } else if let Some(k) = window.find(char::is_whitespace) {
                s += k;
            }
        }
        (s, body.len(), &matches[i..j])
    };
    render(body, start, end_hint, chosen, max_chars)
}

fn escape_into(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        c => out.push(c),
    }
}

/// Walks `body[start..]`, collapsing whitespace, up to `max_chars`
/// characters (cut back to a word boundary), marking `chosen` matches.
fn render(body: &str, start: usize, end: usize, chosen: &[Match], max_chars: usize) -> Snippet {
    let mut text = String::new();
    let mut highlights: Vec<[usize; 2]> = Vec::new();
    let mut nchars = 0usize;
    let mut cut = false;
    let mut last_space_len: Option<(usize, usize, usize)> = None; // (text byte len, nchars, highlights len)
    let mut pending_space = false;
    let mut mi = 0usize;
    let mut open: Option<usize> = None;
    if start > 0 {
        text.push('…');
        nchars += 1;
    }
    let slice = &body[start..end];
    for (off, c) in slice.char_indices() {
        let at = start + off;
        if open.is_none()
            && let Some(m) = chosen.get(mi)
            && at >= m.end
        {
            mi += 1;
        }
        if c.is_whitespace() || c.is_control() {
            pending_space = !text.is_empty() && !text.ends_with('…');
            continue;
        }
        if nchars >= max_chars + usize::from(start > 0) {
            cut = true;
            break;
        }
        if pending_space {
            if open.is_none() {
                last_space_len = Some((text.len(), nchars, highlights.len()));
            }
            text.push(' ');
            nchars += 1;
            pending_space = false;
        }
        if open.is_none()
            && let Some(m) = chosen.get(mi)
            && at >= m.start
            && at < m.end
        {
            open = Some(nchars);
        }
        text.push(c);
        nchars += 1;
        if let Some(s) = open
            && let Some(m) = chosen.get(mi)
            && at + c.len_utf8() >= m.end
        {
            highlights.push([s, nchars]);
            open = None;
            mi += 1;
        }
    }
    if let Some(s) = open {
        // Cut inside a match: keep what was shown of it.
        highlights.push([s, nchars]);
    }
    if cut {
        if let Some((len, n, h)) = last_space_len
            && n > nchars / 2
        {
            text.truncate(len);
            highlights.truncate(h);
        }
        text.push('…');
    }
    let html = to_html(&text, &highlights);
    Snippet {
        text,
        highlights,
        html,
    }
}

/// `text` escaped for HTML with highlights in `<mark>`.
pub fn to_html(text: &str, highlights: &[[usize; 2]]) -> String {
    let mut html = String::with_capacity(text.len() + highlights.len() * 13);
    let mut h = 0usize;
    for (i, c) in text.chars().enumerate() {
        if h < highlights.len() && i == highlights[h][0] {
            html.push_str("<mark>");
        }
        escape_into(&mut html, c);
        if h < highlights.len() && i + 1 == highlights[h][1] {
            html.push_str("</mark>");
            h += 1;
        }
    }
    html
}

#[cfg(test)]
mod tests {

    #[test]
    fn head_is_the_lowercased_first_two_chars() {
        assert_eq!(head("Probation"), ('p', Some('r')));
        assert_eq!(head("a"), ('a', None));
        assert_eq!(head(""), ('\0', None));
        assert_eq!(head("Émigré"), ('é', Some('m')));
        assert_eq!(head("NPS"), ('n', Some('p')));
    }
    use super::*;

    fn hl(terms: &[&str], seqs: &[&[&str]]) -> Highlight {
        let mut h = Highlight::default();
        for t in terms {
            h.terms.insert(analyze(t).remove(0));
        }
        for s in seqs {
            h.seqs
                .insert(s.iter().map(|w| analyze(w).remove(0)).collect());
        }
        h
    }

    fn marked(s: &Snippet) -> Vec<String> {
        let chars: Vec<char> = s.text.chars().collect();
        s.highlights
            .iter()
            .map(|[a, b]| chars[*a..*b].iter().collect())
            .collect()
    }

    #[test]
    fn stemmed_word_is_highlighted() {
        let s = build(
            "The inspectors visited three prisons last year.",
            &hl(&["prison"], &[]),
            240,
        );
        assert_eq!(marked(&s), vec!["prisons"]);
        assert_eq!(
            s.html,
            "The inspectors visited three <mark>prisons</mark> last year."
        );
    }

    #[test]
    fn phrase_is_highlighted_whole() {
        let s = build(
            "Residents of approved premises were moved. Approved  premises are hostels.",
            &hl(&[], &[&["approved", "premises"]]),
            240,
        );
        assert_eq!(marked(&s), vec!["approved premises", "Approved premises"]);
    }

    #[test]
    fn html_is_escaped() {
        let s = build(
            "<script>alert('x')</script> & probation <b>",
            &hl(&["probation"], &[]),
            240,
        );
        assert_eq!(
            s.html,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>probation</mark> &lt;b&gt;"
        );
        assert!(s.text.contains("<script>"));
    }

    #[test]
    fn window_moves_to_matches_with_ellipsis() {
        let filler = "Lorem ipsum dolor sit amet. ".repeat(40);
        let body = format!("{filler}Unpaid work was suspended in Kent. {filler}");
        let s = build(&body, &hl(&["kent"], &[&["unpaid", "work"]]), 120);
        assert!(s.text.starts_with('…'));
        assert!(s.text.ends_with('…'));
        assert_eq!(marked(&s), vec!["Unpaid work", "Kent"]);
        assert!(s.text.chars().count() <= 122);
    }

    #[test]
    fn no_match_gives_the_opening() {
        let s = build(
            "First sentence here. Second one.",
            &hl(&["zebra"], &[]),
            240,
        );
        assert_eq!(s.text, "First sentence here. Second one.");
        assert!(s.highlights.is_empty());
    }

    #[test]
    fn whitespace_is_collapsed_and_offsets_are_chars() {
        let s = build("Café\n\n  reform   in   Wales", &hl(&["wales"], &[]), 240);
        assert_eq!(s.text, "Café reform in Wales");
        assert_eq!(s.highlights, vec![[15, 20]]);
    }

    #[test]
    fn empty_body() {
        let s = build("", &hl(&["x"], &[]), 240);
        assert_eq!(s, Snippet::default());
    }
}
