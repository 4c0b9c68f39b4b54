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

use crate::analysis::{analyze, fold};
use crate::search::plan::Highlight;
use crate::search::response::Snippet;

/// Longest snippet, in characters (ellipses excluded).
pub(crate) const SNIPPET_CHARS: usize = 240;
/// Only this much of a body is scanned for matches.
const SCAN_BYTES: usize = 256 * 1024;

#[derive(Clone, Copy, Debug)]
struct Match {
    start: usize,
    end: usize,
    unit: usize,
}

/// How many leading characters of a query stem a word must start with
/// (case aside) to be worth stemming. Snowball's English stemmer only
/// rewrites the end of a word, so a word keeps its stem's first
/// `min(PREFIX_CHARS, len - 1)` characters: checked on 290,000 distinct
/// words (every word of 30 MB of the synthetic corpus's text and random
/// words built on every suffix the stemmer knows), the only words that do
/// not are its "-ying" rewrites ("vying" → "vie"), which no test on a
/// word's start can catch.
const PREFIX_CHARS: usize = 4;

/// At most this many leading bytes of each prefix are given to the SIMD
/// search (in every case spelling), and at most this many spellings in
/// all: the packed searcher is fast only for a few dozen patterns.
const FIND_BYTES: usize = 3;
const MAX_PATTERNS: usize = 64;

/// The lower-case start a word must have for `stem` to be its stem.
fn stem_prefix(stem: &str) -> String {
    let n = stem.chars().count();
    let take = PREFIX_CHARS.min(n.saturating_sub(1)).max(n.min(2));
    stem.chars().take(take).collect()
}

/// Whether `word`, lower-cased and folded to ASCII as the analyser does
/// ("Dŵr" as "dwr"), starts with `prefix` (a stem's start, so already
/// folded).
fn starts_folded(word: &str, prefix: &str) -> bool {
    let n = prefix.len();
    if prefix.is_ascii() && word.as_bytes().get(..n).is_some_and(<[u8]>::is_ascii) {
        return word.as_bytes()[..n].eq_ignore_ascii_case(prefix.as_bytes());
    }
    fold(word).starts_with(prefix)
}

/// Whether a byte leads a UTF-8 letter that may fold to ASCII: Latin-1
/// Supplement and Latin Extended-A (0xC3-0xC5: é, ŵ, ŷ) and Latin Extended
/// Additional (0xE1: Welsh ẁ, ỳ).
const FOLD_LEADS: [u8; 4] = [0xC3, 0xC4, 0xC5, 0xE1];

/// Every case spelling of the first `bytes` bytes of each prefix ("pro",
/// "Pro", "PRO", "pRo", ...), or None when a prefix does not start with
/// an ASCII character.
fn spellings(prefixes: &[String], bytes: usize) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    for p in prefixes {
        let lead: Vec<u8> = p.bytes().take_while(u8::is_ascii).take(bytes).collect();
        if lead.is_empty() {
            return None;
        }
        let mut forms: Vec<Vec<u8>> = vec![Vec::new()];
        for b in lead {
            let mut next = Vec::with_capacity(forms.len() * 2);
            for f in &forms {
                for c in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                    let mut g = f.clone();
                    g.push(c);
                    next.push(g);
                }
            }
            next.dedup();
            forms = next;
        }
        out.extend(forms);
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// How a request's words are found in a body: which words are worth a
/// look, and which of those are query stems.
enum Finder {
    /// A SIMD multi-pattern search over the case spellings of the
    /// prefixes' first bytes finds the few places worth a look.
    Packed(aho_corasick::packed::Searcher),
    /// A byte table over the prefixes' first letters (no SIMD searcher on
    /// this machine, or too many spellings).
    FirstByte(Box<[bool; 256]>),
    /// A prefix starts with a non-ASCII letter: every word is cut and
    /// tested.
    EveryWord,
}

impl Finder {
    fn new(prefixes: &[String]) -> Finder {
        let Some(first) = spellings(prefixes, 1) else {
            return Finder::EveryWord;
        };
        for bytes in (1..=FIND_BYTES).rev() {
            let Some(patterns) = spellings(prefixes, bytes) else {
                break;
            };
            if patterns.len() > MAX_PATTERNS {
                continue;
            }
            if let Some(s) = aho_corasick::packed::Config::new()
                .builder()
                .extend(&patterns)
                .build()
            {
                return Finder::Packed(s);
            }
            break;
        }
        let mut table = Box::new([false; 256]);
        for p in first {
            table[usize::from(p[0])] = true;
        }
        Finder::FirstByte(table)
    }
}

/// The words of `text` that start with one of `prefixes` (case aside), as
/// (position, start, end). Positions only tell adjacency: a word's
/// position is one more than the previous returned word's exactly when no
/// other word lies between them.
fn prefix_words(
    text: &str,
    prefixes: &[String],
    finder: &Finder,
    out: &mut Vec<(usize, usize, usize)>,
) {
    out.clear();
    let wanted = |w: &str| prefixes.iter().any(|p| starts_folded(w, p));
    let table = match finder {
        Finder::EveryWord => {
            for (pos, (from, to)) in words(text).enumerate() {
                if wanted(&text[from..to]) {
                    out.push((pos, from, to));
                }
            }
            return;
        }
        Finder::FirstByte(t) => Some(t),
        Finder::Packed(_) => None,
    };
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
    match (finder, table) {
        (Finder::Packed(searcher), _) => {
            let mut resume = 0usize;
            for m in searcher.find_iter(text) {
                if m.start() >= resume {
                    resume = visit(m.start(), out);
                }
            }
        }
        (_, Some(first)) => {
            let bytes = text.as_bytes();
            let mut i = 0usize;
            while i < bytes.len() {
                if first[usize::from(bytes[i])] {
                    i = visit(i, out);
                } else {
                    i += 1;
                }
            }
        }
        _ => {}
    }
    add_folded_words(text, &wanted, out);
}

/// Adds the words with an accented letter ("Dŵr", "émigré") that `wanted`
/// accepts once folded: the finders look for ASCII spellings of a stem's
/// start, which such a word may not have. Positions are then numbered
/// again in text order, with the same adjacency rule.
fn add_folded_words(
    text: &str,
    wanted: &dyn Fn(&str) -> bool,
    out: &mut Vec<(usize, usize, usize)>,
) {
    if text.is_ascii() {
        return;
    }
    let is_word_char = |c: char| c.is_alphanumeric();
    let bytes = text.as_bytes();
    let mut extra: Vec<(usize, usize)> = Vec::new();
    let mut take = |at: usize, done: &mut usize| {
        if at < *done {
            return;
        }
        let from = text[..at]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c))
            .last()
            .map_or(at, |(k, _)| k);
        let to = text[at..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(text.len(), |(k, _)| at + k);
        *done = to.max(at + 1);
        if to > from && wanted(&text[from..to]) {
            extra.push((from, to));
        }
    };
    let mut done = 0;
    for at in memchr::memchr3_iter(FOLD_LEADS[0], FOLD_LEADS[1], FOLD_LEADS[2], bytes) {
        take(at, &mut done);
    }
    let mut done = 0;
    for at in memchr::memchr_iter(FOLD_LEADS[3], bytes) {
        take(at, &mut done);
    }
    if extra.is_empty() {
        return;
    }
    extra.extend(out.iter().map(|&(_, from, to)| (from, to)));
    extra.sort_unstable();
    extra.dedup();
    out.clear();
    let mut pos = 0usize;
    let mut last_end = 0usize;
    for (from, to) in extra {
        let gap = text[last_end..from].chars().any(is_word_char);
        pos += if out.is_empty() || gap { 2 } else { 1 };
        out.push((pos, from, to));
        last_end = to;
    }
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

/// The matching half of snippet building, prepared once per request and
/// used for every hit: the word finder is built once, and a word seen on
/// one page is not stemmed again on the next.
pub(crate) struct Marker {
    /// Stem id → the unit it is, when it is a highlight term.
    term_unit: Vec<Option<usize>>,
    /// Stem id → the sequences (unit, stem ids) that start with it.
    seq_starts: Vec<Vec<(usize, Vec<u32>)>>,
    /// The lower-case starts a word needs to be worth stemming.
    prefixes: Vec<String>,
    finder: Finder,
    /// The stem ids of the query's stems.
    ids: FxHashMap<String, u32>,
    /// A word as written → its stem's id (None: not a query stem).
    memo: FxHashMap<Box<str>, Option<u32>>,
    /// Reused buffers: prefix words, then candidates (position, stem id,
    /// start, end).
    words: Vec<(usize, usize, usize)>,
    cands: Vec<(usize, u32, usize, usize)>,
}

impl Marker {
    /// Prepares the search for `hl`'s terms and sequences.
    pub(crate) fn new(hl: &Highlight) -> Marker {
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut id_of = |s: &str| -> u32 {
            let n = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            *ids.entry(s.to_string()).or_insert(n)
        };
        let terms: Vec<u32> = hl.terms.iter().map(|t| id_of(t)).collect();
        let seqs: Vec<Vec<u32>> = hl
            .seqs
            .iter()
            .map(|s| s.iter().map(|t| id_of(t)).collect())
            .collect();
        let n = ids.len();
        let mut term_unit = vec![None; n];
        for (unit, &id) in terms.iter().enumerate() {
            term_unit[id as usize] = Some(unit);
        }
        let mut seq_starts = vec![Vec::new(); n];
        for (i, seq) in seqs.into_iter().enumerate() {
            if let Some(&first) = seq.first() {
                seq_starts[first as usize].push((terms.len() + i, seq));
            }
        }
        let mut prefixes: Vec<String> = ids.keys().map(|s| stem_prefix(s)).collect();
        prefixes.sort();
        prefixes.dedup();
        // A prefix that starts with another makes no difference.
        let all = prefixes.clone();
        prefixes.retain(|p| !all.iter().any(|q| q != p && p.starts_with(q.as_str())));
        let finder = Finder::new(&prefixes);
        Marker {
            term_unit,
            seq_starts,
            prefixes,
            finder,
            ids,
            memo: FxHashMap::default(),
            words: Vec::new(),
            cands: Vec::new(),
        }
    }

    /// Builds the snippet for `body`.
    pub(crate) fn snippet(&mut self, body: &str, max_chars: usize) -> Snippet {
        let matches = self.find_matches(body);
        choose_and_render(body, &matches, max_chars)
    }

    /// Finds every match of the highlight units in `body` (byte spans).
    fn find_matches(&mut self, body: &str) -> Vec<Match> {
        if self.prefixes.is_empty() {
            return Vec::new();
        }
        let scan = &body[..floor_boundary(body, SCAN_BYTES)];
        prefix_words(scan, &self.prefixes, &self.finder, &mut self.words);
        self.cands.clear();
        for &(pos, from, to) in &self.words {
            let word = &scan[from..to];
            let id = match self.memo.get(word) {
                Some(id) => *id,
                None => {
                    let id = analyze(word)
                        .first()
                        .and_then(|stem| self.ids.get(stem).copied());
                    self.memo.insert(word.into(), id);
                    id
                }
            };
            if let Some(id) = id {
                self.cands.push((pos, id, from, to));
            }
        }
        let cands = &self.cands;
        let mut matches = Vec::new();
        for (i, &(p, id, start, end)) in cands.iter().enumerate() {
            let mut best: Option<(usize, usize)> = None; // (len, unit)
            for (unit, seq) in &self.seq_starts[id as usize] {
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
                    start,
                    end: cands[i + len - 1].3,
                    unit,
                });
                continue;
            }
            if let Some(unit) = self.term_unit[id as usize] {
                matches.push(Match { start, end, unit });
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

/// Builds the snippet for `body` (one page; a request with several hits
/// makes one [`Marker`] and asks it for each).
#[cfg(test)]
fn build(body: &str, hl: &Highlight, max_chars: usize) -> Snippet {
    Marker::new(hl).snippet(body, max_chars)
}

/// Chooses the window around `matches` and renders it.
fn choose_and_render(body: &str, matches: &[Match], max_chars: usize) -> Snippet {
    // Window in bytes: approximate chars by bytes for the choice, then cut
    // exactly by chars below.
    let (start, end_hint, chosen): (usize, usize, &[Match]) = if matches.is_empty() {
        (0, body.len(), &[])
    } else {
        let (i, j) = best_window(matches, max_chars);
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
    // Room for the longest snippet of two-byte characters, ellipses and all.
    let mut text = String::with_capacity(2 * max_chars + 8);
    let mut highlights: Vec<[usize; 2]> = Vec::new();
    let mut nchars = 0usize;
    let mut cut = false;
    let mut last_space_len: Option<(usize, usize, usize)> = None; // (text byte len, nchars, highlights len)
    let mut pending_space = false;
    let mut mi = 0usize;
    let mut open: Option<usize> = None;
    // The last character written: a space is not written after an ellipsis.
    let mut last = '\0';
    if start > 0 {
        text.push('…');
        nchars += 1;
        last = '…';
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
            pending_space = nchars > 0 && last != '…';
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
        last = c;
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

/// `text` escaped for HTML with highlights in `<mark>`. Runs of plain
/// characters are copied whole.
pub fn to_html(text: &str, highlights: &[[usize; 2]]) -> String {
    let mut html = String::with_capacity(text.len() + highlights.len() * 13 + 16);
    let mut h = 0usize;
    let mut run = 0usize; // byte offset of the first character not yet written
    for (i, (at, c)) in text.char_indices().enumerate() {
        let open = highlights.get(h).is_some_and(|m| m[0] == i);
        let close = highlights.get(h).is_some_and(|m| m[1] == i + 1);
        let escaped = matches!(c, '&' | '<' | '>' | '"' | '\'');
        if !(open || close || escaped) {
            continue;
        }
        html.push_str(&text[run..at]);
        if open {
            html.push_str("<mark>");
        }
        escape_into(&mut html, c);
        if close {
            html.push_str("</mark>");
            h += 1;
        }
        run = at + c.len_utf8();
    }
    html.push_str(&text[run..]);
    html
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_finder_returns_the_same_words_and_adjacency() {
        let text = "Unpaid work in Kent: the UPW team (unpaid-work) — unpaidness; \
                    Émigré work, xunpaid work2 workers WORK wOrKs uNPaid";
        let prefixes: Vec<String> = ["unpa", "wor", "up"].map(String::from).to_vec();
        // The reference: cut every word and test it.
        let mut slow = Vec::new();
        prefix_words(text, &prefixes, &Finder::EveryWord, &mut slow);
        let spans =
            |v: &[(usize, usize, usize)]| v.iter().map(|x| &text[x.1..x.2]).collect::<Vec<_>>();
        assert_eq!(
            spans(&slow),
            [
                "Unpaid",
                "work",
                "UPW",
                "unpaid",
                "work",
                "unpaidness",
                "work",
                "work2",
                "workers",
                "WORK",
                "wOrKs",
                "uNPaid"
            ]
        );
        let mut table = Box::new([false; 256]);
        for b in *b"uUwW" {
            table[usize::from(b)] = true;
        }
        let packed = Finder::new(&prefixes);
        assert!(matches!(packed, Finder::Packed(_) | Finder::FirstByte(_)));
        for finder in [packed, Finder::FirstByte(table)] {
            let mut fast = Vec::new();
            prefix_words(text, &prefixes, &finder, &mut fast);
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
    }

    #[test]
    fn a_word_starts_with_its_stems_prefix() {
        // Words whose stems rewrite their ends, each against its own stem.
        for word in [
            "policies",
            "Policy",
            "hoping",
            "relational",
            "generously",
            "ability",
            "sensibility",
            "resettlement",
            "PROBATION",
            "agreed",
            "conditional",
            "Émigrés",
            "centres",
            "HMPPS",
            "UK",
            "a",
        ] {
            let stem = analyze(word).remove(0);
            let p = stem_prefix(&stem);
            assert!(starts_folded(word, &p), "{word} -> {stem} ({p})");
        }
        assert_eq!(stem_prefix("probat"), "prob");
        assert_eq!(stem_prefix("uk"), "uk");
        assert_eq!(stem_prefix("die"), "di");
        assert!(!starts_folded("Prison", "prob"));
        assert!(starts_folded("ÉMIGRÉ", "emi"));
        assert!(starts_folded("Dŵr", "dw"));
        assert!(!starts_folded("Dŵr", "de"));
        // The Kelvin sign lower-cases to an ASCII k.
        assert!(starts_folded("\u{212a}ent", "ke"));
    }

    #[test]
    fn too_many_spellings_fall_back_to_shorter_patterns() {
        let prefixes: Vec<String> = (0..12)
            .map(|i| format!("{}bcd", char::from(b'a' + i)))
            .collect();
        // 12 prefixes × 8 spellings of 3 letters is over the limit; 2 letters fit.
        assert!(spellings(&prefixes, 3).unwrap().len() > MAX_PATTERNS);
        assert_eq!(spellings(&prefixes, 2).unwrap().len(), 48);
        assert!(spellings(&["émi".to_string()], 1).is_none());
        let f = Finder::new(&prefixes);
        let mut out = Vec::new();
        prefix_words("x ABCDE Lbcd lbc kBCdef", &prefixes, &f, &mut out);
        assert_eq!(out.len(), 3);
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
    fn accented_words_are_found_by_every_finder() {
        let text = "Dŵr Cymru and dwr; Café cafe naïve ŵr, Ẁyn emigré Émigré";
        let prefixes: Vec<String> = ["dw", "caf", "emi", "wy"].map(String::from).to_vec();
        let spans =
            |v: &[(usize, usize, usize)]| v.iter().map(|x| &text[x.1..x.2]).collect::<Vec<_>>();
        let mut slow = Vec::new();
        prefix_words(text, &prefixes, &Finder::EveryWord, &mut slow);
        let want = ["Dŵr", "dwr", "Café", "cafe", "Ẁyn", "emigré", "Émigré"];
        assert_eq!(spans(&slow), want);
        let mut table = Box::new([false; 256]);
        for b in *b"dDcCeEwW" {
            table[usize::from(b)] = true;
        }
        for finder in [Finder::new(&prefixes), Finder::FirstByte(table)] {
            let mut fast = Vec::new();
            prefix_words(text, &prefixes, &finder, &mut fast);
            assert_eq!(spans(&fast), want);
            let adjacent = |v: &[(usize, usize, usize)]| {
                (1..v.len())
                    .map(|w| v[w].0 == v[w - 1].0 + 1)
                    .collect::<Vec<_>>()
            };
            assert_eq!(adjacent(&fast), adjacent(&slow));
        }
    }

    #[test]
    fn a_folded_match_marks_the_word_as_written() {
        let s = build(
            "Staff at Dŵr Cymru and the café in Caernarfon met probation staff.",
            &hl(&["dwr", "cafe"], &[]),
            240,
        );
        assert_eq!(marked(&s), vec!["Dŵr", "café"]);
        assert_eq!(s.highlights, vec![[9, 12], [27, 31]]);
        assert!(
            s.html
                .contains("<mark>Dŵr</mark> Cymru and the <mark>café</mark>")
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
    fn html_runs_match_a_character_by_character_rendering() {
        fn reference(text: &str, highlights: &[[usize; 2]]) -> String {
            let mut html = String::new();
            for (i, c) in text.chars().enumerate() {
                if highlights.iter().any(|m| m[0] == i) {
                    html.push_str("<mark>");
                }
                escape_into(&mut html, c);
                if highlights.iter().any(|m| m[1] == i + 1) {
                    html.push_str("</mark>");
                }
            }
            html
        }
        let cases: [(&str, &[[usize; 2]]); 6] = [
            ("", &[]),
            ("plain words only", &[]),
            ("a <b> & 'c' \"d\"", &[[0, 1], [2, 5]]),
            ("Café reform in Wales", &[[0, 4], [15, 20]]),
            ("…x&y…", &[[1, 4]]),
            ("<<>>", &[[0, 1], [1, 2], [3, 4]]),
        ];
        for (text, hl) in cases {
            assert_eq!(to_html(text, hl), reference(text, hl), "{text:?}");
        }
    }

    #[test]
    fn empty_body() {
        let s = build("", &hl(&["x"], &[]), 240);
        assert_eq!(s, Snippet::default());
    }
}
