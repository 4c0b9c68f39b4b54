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

/// The words of `text` that start with one of `heads` (case-insensitive),
/// as (position, start, end). Positions only tell adjacency: a word's
/// position is one more than the previous returned word's exactly when no
/// other word lies between them.
///
/// With ASCII heads (nearly always) a byte table finds the places where a
/// head's first letter starts a word, so the rest of the text is never
/// split into words; otherwise every word is cut and tested.
fn head_words(text: &str, heads: &[(char, Option<char>)]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let wanted = |w: &str| {
        let (c1, c2) = head(w);
        heads
            .iter()
            .any(|&(h1, h2)| h1 == c1 && (h2.is_none() || h2 == c2))
    };
    if !heads.iter().all(|(a, _)| a.is_ascii()) {
        for (pos, (from, to)) in words(text).enumerate() {
            if wanted(&text[from..to]) {
                out.push((pos, from, to));
            }
        }
        return out;
    }
    let is_word_char = |c: char| c.is_alphanumeric();
    let mut pos = 0usize;
    let mut last_end = 0usize;
    let mut visit = |from: usize, out: &mut Vec<(usize, usize, usize)>| -> usize {
        // `from` is an ASCII byte, so a char boundary.
        if text[..from].chars().next_back().is_some_and(is_word_char) {
            return from + 1;
        }
        let to = text[from..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len(), |(k, _)| from + k);
        if wanted(&text[from..to]) {
            let gap = text[last_end..from].chars().any(is_word_char);
            pos += if out.is_empty() || gap { 2 } else { 1 };
            out.push((pos, from, to));
            last_end = to;
        }
        to.max(from + 1)
    };
    // Every case spelling of every head ("un", "Un", "uN", "UN"): a SIMD
    // multi-pattern search finds the few places worth a look.
    let mut patterns: Vec<Vec<u8>> = Vec::new();
    for (a, b) in heads {
        let a = *a as u8;
        let firsts = [a.to_ascii_lowercase(), a.to_ascii_uppercase()];
        match b.filter(char::is_ascii) {
            Some(b) => {
                let b = b as u8;
                for x in firsts {
                    for y in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                        patterns.push(vec![x, y]);
                    }
                }
            }
            None => patterns.extend(firsts.iter().map(|x| vec![*x])),
        }
    }
    patterns.sort();
    patterns.dedup();
    let searcher = aho_corasick::packed::Config::new()
        .builder()
        .extend(&patterns)
        .build();
    if let Some(searcher) = searcher {
        let mut resume = 0usize;
        for m in searcher.find_iter(text) {
            if m.start() >= resume {
                resume = visit(m.start(), &mut out);
            }
        }
        return out;
    }
    // No SIMD searcher here: a byte table over the first letters.
    let mut first = [false; 256];
    for p in &patterns {
        first[usize::from(p[0])] = true;
    }
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        if first[usize::from(bytes[i])] {
            i = visit(i, &mut out);
        } else {
            i += 1;
        }
    }
    out
}

/// The words of `text` as byte spans: maximal runs of alphanumeric
/// characters, the same cut as the index's tokenizer (tantivy's simple
/// tokenizer), without copying each word out.
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < bytes.len() {
            let b = bytes[i];
            let (alnum, len) = if b.is_ascii() {
                (b.is_ascii_alphanumeric(), 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c.len_utf8())
            };
            if alnum {
                if start.is_none() {
                    start = Some(i);
                }
            } else if let Some(s) = start {
                return Some((s, i));
            }
            i += len;
        }
        start.map(|s| (s, bytes.len()))
    })
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
    for (pos, from, to) in head_words(scan, &heads) {
        let word = &scan[from..to];
        let stem = memo
            .entry(word)
            .or_insert_with(|| analyze(word).into_iter().next())
            .clone();
        if let Some(stem) = stem {
            cands.push((pos, stem, from, to));
        }
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
    fn head_words_fast_path_agrees_with_cutting_every_word() {
        let text = "Unpaid work in Kent: the UPW team (unpaid-work) — unpaidness; \
                    Émigré work, xunpaid work2 workers WORK";
        let heads = [('u', Some('n')), ('w', Some('o')), ('u', Some('p'))];
        let fast = head_words(text, &heads);
        // the slow path: every word, numbered, filtered by head
        let slow: Vec<(usize, usize, usize)> = words(text)
            .enumerate()
            .filter(|(_, (f, t))| {
                let (a, b) = head(&text[*f..*t]);
                heads.iter().any(|&(h1, h2)| h1 == a && h2 == b)
            })
            .map(|(p, (f, t))| (p, f, t))
            .collect();
        let spans = |v: &[(usize, usize, usize)]| v.iter().map(|x| (x.1, x.2)).collect::<Vec<_>>();
        assert_eq!(spans(&fast), spans(&slow));
        // adjacency is the same: consecutive positions in both or in neither
        for w in 1..fast.len() {
            assert_eq!(
                fast[w].0 == fast[w - 1].0 + 1,
                slow[w].0 == slow[w - 1].0 + 1,
                "pair {w}"
            );
        }
    }

    #[test]
    fn words_cut_like_the_index_tokenizer() {
        use tantivy::tokenizer::{SimpleTokenizer, TokenStream, Tokenizer};
        for text in [
            "Unpaid work, in Kent's CRC — 2021/22 (café naïve) ",
            "",
            "   ",
            "a",
            "x-y_z 1.5 Émigré\u{2019}s 東京 👍 end",
        ] {
            let mut tok = SimpleTokenizer::default();
            let mut stream = tok.token_stream(text);
            let mut want = Vec::new();
            while stream.advance() {
                let t = stream.token();
                want.push((t.offset_from, t.offset_to));
            }
            assert_eq!(words(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }

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
