//! Areas and providers named in an article.
//!
//! One Aho-Corasick automaton, built once from the gazetteer's terms and
//! shared by all threads, finds every surface form in a single left-to-right
//! pass over the title and the body. Every term starts with a capital (a
//! lower-case compass word before one, "north Wales", is tried too), so the
//! pass jumps from capital to capital, eight bytes at a time, and walks the
//! automaton anchored at each word start. That skips most of the text and
//! keeps the walk in the automaton's first, cache-hot states.
//!
//! Of the forms found it keeps whole words in the right case and the
//! leftmost-longest of overlapping ones ("North East Lincolnshire" is
//! Humberside, not Lincolnshire), then applies the context rules: ambiguous
//! place words, blocked phrases, surnames, CRC forms, the NPS rule. Last it
//! picks the area the article is mainly about.
//!
//! It owns the rules, not the words: names, aliases and context word lists
//! live in `data/gazetteer.toml` (see [`crate::gazetteer`]). It does not see
//! HTML; the caller passes the extracted title and article text.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::sync::LazyLock;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use crate::gazetteer::{self, AreaId, CrcId, Gazetteer, Level, Needs, ProviderId, Sense, Term};

/// What an article's title and text name, as canonical names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// Every area named, in order of first mention (title first).
    pub areas: Vec<String>,
    /// The one area the article is mainly about; None for national or
    /// general pieces.
    pub primary_area: Option<String>,
    /// Every provider named, in order of first mention (title first).
    pub providers: Vec<String>,
}

/// Finds every canonical area and provider that `title` and `body` name
/// (body: article text, paragraphs separated by blank lines) and the
/// article's primary area.
pub fn find(title: &str, body: &str) -> Entities {
    let m: &Matcher = &MATCHER;
    SCRATCH.with(|s| m.run(&mut s.borrow_mut(), title, body))
}

/// One accepted mention: where it is and the canonical name it gives.
/// For explaining a result (why does this page count as Kent?), not for
/// indexing; see [`mentions`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// In the title rather than the body.
    pub in_title: bool,
    /// Byte offset where the surface form starts in the title or body.
    pub start: usize,
    /// Byte offset just past its end.
    pub end: usize,
    /// The canonical area or provider name it adds.
    pub name: String,
    /// False for a form that only counts if the name is also given plainly
    /// ("WIP" beside "Women in Prison").
    pub firm: bool,
}

/// Every mention [`find`] accepts, in the order it considers them (body
/// first, then title). Slower than `find`; for debugging and display.
#[cfg_attr(not(feature = "internals"), allow(dead_code))] // tests, examples/entities_eval.rs
pub fn mentions(title: &str, body: &str) -> Vec<Mention> {
    let m: &Matcher = &MATCHER;
    let mut s = Scratch {
        log: Some(Vec::new()),
        ..Scratch::default()
    };
    m.run(&mut s, title, body);
    s.log.unwrap_or_default()
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(gazetteer::get()));

thread_local! {
    /// Per-thread working space, reused from page to page so matching
    /// allocates nothing but the result.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// How one word of a term must be cased in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    /// Any case ("in" in "Women in Prison").
    Any,
    /// Must start with a capital ("Prison").
    Upper,
    /// Exactly as written: acronyms and inner capitals (NPS, G4S, BeNCH).
    Exact,
}

/// A word of a term: byte range within the term and its case rule.
#[derive(Clone, Copy, Debug)]
struct Word {
    start: u16,
    end: u16,
    case: Case,
}

/// The automaton and, per term, its case rules.
struct Matcher {
    g: &'static Gazetteer,
    nfa: NFA,
    start: StateID,
    words: Vec<Box<[Word]>>,
    /// Per area: a region and nothing else (North West, not London).
    region_only: Vec<bool>,
    england: AreaId,
    wales: AreaId,
}

/// A found surface form: byte range in the text and term index.
#[derive(Clone, Copy, Debug)]
struct Hit {
    start: usize,
    end: usize,
    term: u32,
}

/// Title or body: title mentions decide the primary area first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seg {
    Title,
    Body,
}

/// How an area came to be named.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Via {
    /// Its name, an alias, a town or a prison.
    Direct,
    /// The name of a CRC that covers it.
    Crc,
    /// "England and Wales": named, but no evidence of a main area.
    Jurisdiction,
}

const NONE: u32 = u32::MAX;

/// Mentions of one area on the current page.
#[derive(Clone, Copy)]
struct AreaStat {
    /// Order of the first firm mention (NONE if none).
    seq: u32,
    /// Order of the first mention that only counts if the area is named
    /// firmly too.
    weak: u32,
    /// Order of the first firm mention in the title, by name.
    title: u32,
    /// Order of the first mention in the title through a CRC's name.
    title_crc: u32,
    /// Body sentences naming it directly.
    direct: u16,
    /// Body sentences naming it through a CRC's name.
    crc: u16,
    last_direct: u32,
    last_crc: u32,
}

impl Default for AreaStat {
    fn default() -> Self {
        AreaStat {
            seq: NONE,
            weak: NONE,
            title: NONE,
            title_crc: NONE,
            direct: 0,
            crc: 0,
            last_direct: NONE,
            last_crc: NONE,
        }
    }
}

/// Mentions of one provider on the current page.
#[derive(Clone, Copy)]
struct ProviderStat {
    seq: u32,
    weak: u32,
}

impl Default for ProviderStat {
    fn default() -> Self {
        ProviderStat {
            seq: NONE,
            weak: NONE,
        }
    }
}

#[derive(Default)]
struct Scratch {
    found: Vec<Hit>,
    title: Vec<Hit>,
    body: Vec<Hit>,
    areas: Vec<AreaStat>,
    providers: Vec<ProviderStat>,
    order: Vec<(u32, u16)>,
    seq: u32,
    /// The hit being turned into mentions (title?, start, end).
    current: (bool, usize, usize),
    /// When set, every mention is recorded here (see [`mentions`]).
    log: Option<Vec<Mention>>,
}

/// Separators between the items of a list of places.
const LIST_SEPS: [&str; 8] = [", ", " and ", ", and ", " or ", " & ", "/", " / ", ","];

/// Compass words an area name may carry in lower case ("north Wales").
const COMPASS: [&str; 4] = ["North", "South", "East", "West"];

/// A primary area found only in the body must be named in at least this
/// many sentences...
const PRIMARY_MIN_SENTENCES: u32 = 2;
/// ...and beat the runner-up by this factor (in tenths).
const PRIMARY_LEAD_TENTHS: u32 = 15;

impl Matcher {
    fn new(g: &'static Gazetteer) -> Matcher {
        let terms = g.terms();
        let nfa = NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(terms.iter().map(|t| t.text.as_str()))
            .expect("gazetteer terms build an automaton");
        let start = nfa
            .start_state(Anchored::Yes)
            .expect("a contiguous NFA supports anchored walks");
        let words = terms.iter().map(case_rules).collect();
        let region_only = (0..g.area_count())
            .map(|id| {
                g.area(g.area_name(id as AreaId))
                    .is_some_and(|a| a.level == Level::Region)
            })
            .collect();
        Matcher {
            g,
            nfa,
            start,
            words,
            region_only,
            england: g.area_id("England").expect("England is an area"),
            wales: g.area_id("Wales").expect("Wales is an area"),
        }
    }

    fn term(&self, hit: &Hit) -> &Term {
        &self.g.terms()[hit.term as usize]
    }

    fn run(&self, s: &mut Scratch, title: &str, body: &str) -> Entities {
        s.areas.clear();
        s.areas.resize(self.g.area_count(), AreaStat::default());
        s.providers.clear();
        s.providers
            .resize(self.g.provider_count(), ProviderStat::default());

        let mut title_hits = std::mem::take(&mut s.title);
        let mut body_hits = std::mem::take(&mut s.body);
        self.select(&mut s.found, title, &mut title_hits);
        self.select(&mut s.found, body, &mut body_hits);

        let drug_nps = self.drug_nps(title, &title_hits) || self.drug_nps(body, &body_hits);
        // Title mentions are numbered before body ones, so that the result
        // lists what the title names first.
        s.seq = 1 << 24;
        self.scan(s, body, &body_hits, Seg::Body, drug_nps, false);
        s.seq = 0;
        self.scan(
            s,
            title,
            &title_hits,
            Seg::Title,
            drug_nps,
            is_title_case(title),
        );
        s.title = title_hits;
        s.body = body_hits;

        let mut out = Entities::default();
        s.order.clear();
        for (id, st) in s.areas.iter().enumerate() {
            if st.seq != NONE {
                s.order.push((st.seq.min(st.weak), id as u16));
            }
        }
        s.order.sort_unstable();
        out.areas = s
            .order
            .iter()
            .map(|&(_, id)| self.g.area_name(id).to_string())
            .collect();
        s.order.clear();
        for (id, st) in s.providers.iter().enumerate() {
            if st.seq != NONE {
                s.order.push((st.seq.min(st.weak), id as u16));
            }
        }
        s.order.sort_unstable();
        out.providers = s
            .order
            .iter()
            .map(|&(_, id)| self.g.provider_name(id).to_string())
            .collect();
        out.primary_area = self
            .primary(&s.areas)
            .map(|id| self.g.area_name(id).to_string());
        out
    }

    /// All whole-word, right-case forms in `text`, then the leftmost-longest
    /// of every overlapping group.
    fn select(&self, found: &mut Vec<Hit>, text: &str, out: &mut Vec<Hit>) {
        found.clear();
        out.clear();
        let bytes = text.as_bytes();
        let mut at = 0;
        while let Some(p) = next_capital(bytes, at) {
            at = p + 1;
            if word_char_before(text, p) && !camel_boundary(bytes, p) {
                continue;
            }
            if let Some(c) = compass_before(bytes, p) {
                self.walk(text, c, found);
            }
            self.walk(text, p, found);
        }
        found.sort_unstable_by_key(|h| (h.start, Reverse(h.end)));
        let mut last = 0;
        for h in found.iter() {
            if h.start >= last {
                out.push(*h);
                last = h.end;
            }
        }
    }

    /// Walks the automaton anchored at `from` and keeps every term that
    /// ends on a word boundary in the right case.
    fn walk(&self, text: &str, from: usize, found: &mut Vec<Hit>) {
        let bytes = text.as_bytes();
        let mut sid = self.start;
        for (j, &b) in bytes.iter().enumerate().skip(from) {
            sid = self.nfa.next_state(Anchored::Yes, sid, b);
            if !self.nfa.is_special(sid) {
                continue;
            }
            if self.nfa.is_dead(sid) {
                break;
            }
            if !self.nfa.is_match(sid) {
                continue;
            }
            let end = j + 1;
            for k in 0..self.nfa.match_len(sid) {
                let pid = self.nfa.match_pattern(sid, k);
                // A match state also lists terms that are suffixes of the
                // walked text ("Chester" in "Manchester"): only whole ones.
                if self.nfa.pattern_len(pid) != end - from {
                    continue;
                }
                let term = pid.as_u32();
                let pat = self.g.terms()[term as usize].text.as_bytes();
                if is_alnum(pat[pat.len() - 1])
                    && word_char_after(text, end)
                    && !camel_boundary(bytes, end)
                {
                    continue;
                }
                if case_ok(&self.words[term as usize], pat, &bytes[from..end]) {
                    found.push(Hit {
                        start: from,
                        end,
                        term,
                    });
                }
            }
        }
    }

    /// Whether the text defines "NPS" as new psychoactive substances:
    /// "psychoactive" just before an "NPS" ("new psychoactive substances
    /// (NPS)") or just after it ("NPS (new psychoactive substances)").
    fn drug_nps(&self, text: &str, hits: &[Hit]) -> bool {
        hits.iter()
            .filter(|h| self.term(h).needs == Needs::Nps)
            .any(|h| {
                let lo = floor_boundary(text, h.start.saturating_sub(40));
                let hi = floor_boundary(text, (h.end + 30).min(text.len()));
                text[lo..hi].contains("sychoactive")
            })
    }

    /// Turns the selected forms of one segment into mentions.
    fn scan(
        &self,
        s: &mut Scratch,
        text: &str,
        hits: &[Hit],
        seg: Seg,
        drug_nps: bool,
        title_case: bool,
    ) {
        // Sentence numbers only have to differ across a sentence break, so
        // each mention looks for one break since the last mention kept.
        let mut sentence = 0u32;
        let mut cursor = 0usize;
        for i in 0..hits.len() {
            let h = hits[i];
            s.current = (seg == Seg::Title, h.start, h.end);
            let t = self.term(&h);
            match &t.sense {
                Sense::Nothing => continue,
                Sense::CrcWord => {
                    if let Some(crc) = self.crc_link(text, hits, i) {
                        self.emit_crc_provider(s, crc);
                    }
                    continue;
                }
                _ => {}
            }
            if self.vetoed(text, hits, i, title_case) {
                continue;
            }
            let Some(weak) = self.context_holds(text, hits, i, drug_nps) else {
                continue;
            };
            let weak = weak || (seg == Seg::Title && title_case && t.common);
            if text.as_bytes()[cursor..h.start]
                .iter()
                .any(|b| matches!(b, b'.' | b'?' | b'!' | b'\n'))
            {
                sentence += 1;
            }
            cursor = h.end;
            self.emit_mention(s, text, hits, i, weak, seg, sentence);
        }
    }

    /// Whether the form at `hits[i]` is ruled out where it stands: a word
    /// before or after it that vetoes it, or (for a place) a context that
    /// makes it no place or a surname.
    fn vetoed(&self, text: &str, hits: &[Hit], i: usize, title_case: bool) -> bool {
        let h = hits[i];
        let t = self.term(&h);
        if before_any(text, h.start, &t.unless_before, false)
            || after_any(text, h.end, &t.unless_after)
        {
            return true;
        }
        let area_like = matches!(t.sense, Sense::Area(_) | Sense::Areas(_));
        area_like && (self.not_a_place(text, &h) || !title_case && self.surname(text, hits, i))
    }

    /// Whether what the form at `hits[i]` needs around it to count is
    /// there: `None` if not, else whether the mention is weak (counts only
    /// if named plainly elsewhere).
    fn context_holds(&self, text: &str, hits: &[Hit], i: usize, drug_nps: bool) -> Option<bool> {
        let h = hits[i];
        let t = self.term(&h);
        let ctx = self.g.context();
        let weak = match &t.needs {
            Needs::Plain => false,
            Needs::Place => {
                if !(before_any(text, h.start, &ctx.place_before, true)
                    || after_any(text, h.end, &ctx.place_after)
                    || self.beside(text, hits, i, None))
                {
                    return None;
                }
                false
            }
            Needs::Town => {
                if !(before_any(text, h.start, &ctx.town_before, true)
                    || after_any(text, h.end, &ctx.place_after)
                    || self.beside(text, hits, i, None))
                {
                    return None;
                }
                false
            }
            Needs::Court => {
                let target = match t.sense {
                    Sense::Area(a) => Some(a),
                    _ => None,
                };
                if !(after_any(text, h.end, &ctx.place_after) || self.beside(text, hits, i, target))
                {
                    return None;
                }
                false
            }
            Needs::Beside => {
                if !self.beside(text, hits, i, None) {
                    return None;
                }
                false
            }
            Needs::After(words) => {
                if !after_any(text, h.end, words) {
                    return None;
                }
                false
            }
            Needs::Named => true,
            Needs::Nps => {
                if !self.nps_is_service(text, hits, i, drug_nps) {
                    return None;
                }
                false
            }
        };
        Some(weak)
    }

    /// Records the mention at `hits[i]`: the areas, provider or CRC its
    /// form names.
    #[allow(clippy::too_many_arguments)]
    fn emit_mention(
        &self,
        s: &mut Scratch,
        text: &str,
        hits: &[Hit],
        i: usize,
        weak: bool,
        seg: Seg,
        sentence: u32,
    ) {
        let h = hits[i];
        let t = self.term(&h);
        match &t.sense {
            Sense::Area(a) => {
                let a = *a;
                // "North West London": the region word only says which
                // part of the next place.
                if self.region_only[a as usize] && self.next_place_adjacent(text, hits, i) {
                    return;
                }
                self.emit_area(s, a, Via::Direct, weak, seg, sentence);
                // "the Lancashire CRC": the CRC covering the area.
                if let Some(next) = hits.get(i + 1)
                    && self.term(next).sense == Sense::CrcWord
                    && &text[h.end..next.start] == " "
                    && let Some(crc) = self.g.crc_of_area(a)
                {
                    self.emit_crc_provider(s, crc);
                }
            }
            Sense::Areas(list) => {
                for &a in list {
                    self.emit_area(s, a, Via::Direct, weak, seg, sentence);
                }
            }
            Sense::Provider(p) => self.emit_provider(s, *p, weak),
            Sense::Crc(c) => {
                let crc = self.g.crc(*c);
                self.emit_provider(s, crc.provider, weak);
                for &a in &crc.areas {
                    self.emit_area(s, a, Via::Crc, weak, seg, sentence);
                }
            }
            Sense::Jurisdiction => {
                self.emit_area(s, self.england, Via::Jurisdiction, weak, seg, sentence);
                self.emit_area(s, self.wales, Via::Jurisdiction, weak, seg, sentence);
            }
            Sense::CrcWord | Sense::Nothing => {}
        }
    }

    fn emit_area(&self, s: &mut Scratch, a: AreaId, via: Via, weak: bool, seg: Seg, sentence: u32) {
        self.log(s, self.g.area_name(a), weak);
        let seq = s.seq;
        s.seq += 1;
        let st = &mut s.areas[a as usize];
        if weak {
            st.weak = st.weak.min(seq);
            return;
        }
        st.seq = st.seq.min(seq);
        match (via, seg) {
            (Via::Jurisdiction, _) => {}
            (Via::Direct, Seg::Title) => st.title = st.title.min(seq),
            (Via::Crc, Seg::Title) => st.title_crc = st.title_crc.min(seq),
            (Via::Direct, Seg::Body) => {
                if st.last_direct != sentence {
                    st.last_direct = sentence;
                    st.direct += 1;
                }
            }
            (Via::Crc, Seg::Body) => {
                if st.last_crc != sentence {
                    st.last_crc = sentence;
                    st.crc += 1;
                }
            }
        }
    }

    fn emit_provider(&self, s: &mut Scratch, p: ProviderId, weak: bool) {
        self.log(s, self.g.provider_name(p), weak);
        let seq = s.seq;
        s.seq += 1;
        let st = &mut s.providers[p as usize];
        if weak {
            st.weak = st.weak.min(seq);
        } else {
            st.seq = st.seq.min(seq);
        }
    }

    fn log(&self, s: &mut Scratch, name: &str, weak: bool) {
        let (in_title, start, end) = s.current;
        if let Some(log) = s.log.as_mut() {
            log.push(Mention {
                in_title,
                start,
                end,
                name: name.to_string(),
                firm: !weak,
            });
        }
    }

    /// A CRC named by a generic CRC word and an area beside it: only the
    /// provider; the area is a mention of its own.
    fn emit_crc_provider(&self, s: &mut Scratch, crc: CrcId) {
        self.emit_provider(s, self.g.crc(crc).provider, false);
    }

    /// The area after "the CRC in" / "Community Rehabilitation Company
    /// (CRC) for": the hit after the CRC word, if it is an area directly
    /// after a linking word.
    fn crc_link(&self, text: &str, hits: &[Hit], i: usize) -> Option<CrcId> {
        let h = hits[i];
        let next = hits.get(i + 1)?;
        let Sense::Area(a) = self.term(next).sense else {
            return None;
        };
        let gap = &text[h.end..next.start];
        let gap = gap.strip_prefix(')').unwrap_or(gap);
        let gap = gap.strip_prefix(' ')?;
        let gap = gap.strip_suffix(' ')?;
        let gap = gap.strip_suffix(" the").unwrap_or(gap);
        if self.g.context().crc_links.iter().any(|l| l == gap) {
            self.g.crc_of_area(a)
        } else {
            None
        }
    }

    /// Whether the hit at `i` stands in a list of places ("Reading and
    /// Slough", "Beds, Bucks and Herts"); with `same`, only a place of that
    /// area counts.
    fn beside(&self, text: &str, hits: &[Hit], i: usize, same: Option<AreaId>) -> bool {
        let h = hits[i];
        let placey = |k: &Hit| match &self.term(k).sense {
            Sense::Area(a) => same.is_none_or(|s| s == *a) && self.term(k).needs != Needs::Named,
            Sense::Areas(list) => same.is_none_or(|s| list.contains(&s)),
            Sense::Crc(c) => same.is_none_or(|s| self.g.crc(*c).areas.contains(&s)),
            _ => false,
        };
        if i > 0 {
            let p = hits[i - 1];
            if LIST_SEPS.contains(&&text[p.end..h.start]) && placey(&p) {
                return true;
            }
        }
        if let Some(n) = hits.get(i + 1)
            && LIST_SEPS.contains(&&text[h.end..n.start])
            && placey(n)
        {
            return true;
        }
        false
    }

    /// Whether the next hit is a place directly after this one.
    fn next_place_adjacent(&self, text: &str, hits: &[Hit], i: usize) -> bool {
        let h = hits[i];
        hits.get(i + 1).is_some_and(|n| {
            matches!(&text[h.end..n.start], " " | "-")
                && matches!(
                    self.term(n).sense,
                    Sense::Area(_) | Sense::Areas(_) | Sense::Crc(_)
                )
        })
    }

    /// Whether a place word is part of something else: a title ("Duke of
    /// York"), a peerage ("Lord Foster of Bath"), a person ("Mr Preston"),
    /// an institution ("Sheffield Hallam University"), a street ("London
    /// Road") or a place abroad ("Cleveland, Ohio").
    fn not_a_place(&self, text: &str, h: &Hit) -> bool {
        let ctx = self.g.context();
        let pre = &text[..h.start];
        if before_any(text, h.start, &ctx.honorifics, false)
            || before_any(text, h.start, &ctx.institution_before, false)
        {
            return true;
        }
        if let Some(p) = pre.strip_suffix(" of ") {
            let mut words = p
                .rsplit(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty());
            if let Some(w) = words.clone().next()
                && ctx.title_of.iter().any(|t| t == w)
            {
                return true;
            }
            for w in words.by_ref().take(4) {
                if ctx.peer_titles.iter().any(|t| t == w) {
                    return true;
                }
                if !w.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
            }
        }
        let post = &text[h.end..];
        if let Some(rest) = post.strip_prefix(' ') {
            for (k, w) in rest.split(' ').take(3).enumerate() {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                if ctx.institution_after.iter().any(|t| t == w) {
                    return true;
                }
                if k == 0 && ctx.street_after.iter().any(|t| t == w) {
                    return true;
                }
                if !w.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
            }
        }
        if let Some(rest) = post.strip_prefix(", ")
            && ctx.abroad_after.iter().any(|a| starts_with_word(rest, a))
        {
            return true;
        }
        false
    }

    /// Whether a one-word place is a surname: directly after a capitalised
    /// word that is neither a function word, nor a word that qualifies a
    /// place, nor an acronym, nor itself a term ("Bruce Kent" but "In Kent",
    /// "Greater London", "HMPPS Wales", "NPS London").
    fn surname(&self, text: &str, hits: &[Hit], i: usize) -> bool {
        let h = hits[i];
        if self.term(&h).text.contains(' ') {
            return false;
        }
        let Some(pre) = text[..h.start].strip_suffix(' ') else {
            return false;
        };
        let word_start = pre
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |k| k + pre[k..].chars().next().map_or(1, char::len_utf8));
        let word = &pre[word_start..];
        let mut chars = word.chars();
        let capitalised = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 2
            && chars.all(char::is_lowercase);
        if !capitalised || (i > 0 && hits[i - 1].end > word_start) {
            return false;
        }
        !self.g.context().before_place_ok.iter().any(|w| w == word)
    }

    /// The NPS rule: a bare "NPS" is the National Probation Service unless
    /// the page is drug writing. A division or area after it ("NPS London")
    /// settles it for the service; drug words next to it ("using NPS", "NPS
    /// use") settle it for the drugs; a page that defines new psychoactive
    /// substances as NPS never means the service by a bare "NPS"; "the NPS"
    /// is the service; otherwise the drug and probation words around it are
    /// weighed.
    fn nps_is_service(&self, text: &str, hits: &[Hit], i: usize, drug_nps: bool) -> bool {
        let h = hits[i];
        let cues = &self.g.context().nps;
        let area_like = |k: &Hit| matches!(self.term(k).sense, Sense::Area(_) | Sense::Areas(_));
        if hits
            .get(i + 1)
            .is_some_and(|n| &text[h.end..n.start] == " " && area_like(n))
        {
            return true;
        }
        if i > 0 && &text[hits[i - 1].end..h.start] == " " && area_like(&hits[i - 1]) {
            return true;
        }
        if after_any(text, h.end, &cues.service_after) {
            return true;
        }
        if before_any(text, h.start, &cues.drug_before, true)
            || after_any(text, h.end, &cues.drug_after)
        {
            return false;
        }
        if drug_nps {
            return false;
        }
        // "the NPS" is an organisation; the drugs rarely take an article.
        if before_any(text, h.start, &cues.article, true) {
            return true;
        }
        let lo = floor_boundary(text, h.start.saturating_sub(160));
        let hi = floor_boundary(text, (h.end + 160).min(text.len()));
        let window = &text[lo..hi];
        let drug = cues
            .drug_words
            .iter()
            .filter(|w| window.contains(w.as_str()))
            .count();
        let probation = cues
            .probation_words
            .iter()
            .filter(|w| window.contains(w.as_str()))
            .count();
        drug == 0 || probation >= drug
    }

    /// The area the article is mainly about. The first area the title
    /// names wins. A title that names an area only through a CRC's name
    /// gives the CRC's area the body names most (its first-named area on a
    /// tie), unless the body is plainly about another area. Otherwise the
    /// body decides: an area named in at least two sentences and in clearly
    /// more than any other (a CRC's name counting a quarter for each of its
    /// areas, as it names several; "England and Wales" not at all). None
    /// when nothing stands out.
    fn primary(&self, areas: &[AreaStat]) -> Option<AreaId> {
        let first_by = |key: fn(&AreaStat) -> u32| {
            areas
                .iter()
                .enumerate()
                .filter(|(_, st)| key(st) != NONE && st.seq != NONE)
                .min_by_key(|(_, st)| key(st))
                .map(|(id, _)| id as AreaId)
        };
        if let Some(id) = first_by(|st| st.title) {
            return Some(id);
        }
        let body = self.body_primary(areas);
        if first_by(|st| st.title_crc).is_some() {
            if let Some(b) = body.filter(|&b| areas[b as usize].title_crc == NONE) {
                return Some(b);
            }
            return areas
                .iter()
                .enumerate()
                .filter(|(_, st)| st.title_crc != NONE)
                .max_by_key(|(_, st)| (st.direct, Reverse(st.title_crc)))
                .map(|(id, _)| id as AreaId);
        }
        body
    }

    /// The body's clear favourite, if it has one (see [`Self::primary`]).
    fn body_primary(&self, areas: &[AreaStat]) -> Option<AreaId> {
        let score = |st: &AreaStat| 4 * u32::from(st.direct) + u32::from(st.crc);
        let mut ranked = areas
            .iter()
            .enumerate()
            .filter(|(_, st)| score(st) > 0)
            .map(|(id, st)| (Reverse(score(st)), st.seq, id));
        let mut best = ranked.next()?;
        let mut second = None;
        for r in ranked {
            if r < best {
                second = Some(best);
                best = r;
            } else if second.is_none_or(|s| r < s) {
                second = Some(r);
            }
        }
        let (Reverse(top), _, id) = best;
        let runner_up = second.map_or(0, |(Reverse(s), _, _)| s);
        let clear = u32::from(areas[id].direct) >= PRIMARY_MIN_SENTENCES
            && top > runner_up
            && top * 10 >= runner_up * PRIMARY_LEAD_TENTHS;
        clear.then_some(id as AreaId)
    }
}

/// The case rule of each word of a term, from how the term is written.
fn case_rules(t: &Term) -> Box<[Word]> {
    let text = t.text.as_str();
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let sep = matches!(c, ' ' | '-' | '/' | '(' | ')' | ',');
        match (start, sep) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                let w = &text[s..i];
                let mut chars = w.chars();
                let first = chars.next().unwrap_or(' ');
                let case = if chars.any(char::is_uppercase) {
                    Case::Exact
                } else if first.is_uppercase() {
                    Case::Upper
                } else {
                    Case::Any
                };
                words.push(Word {
                    start: s as u16,
                    end: i as u16,
                    case,
                });
                start = None;
            }
            _ => {}
        }
    }
    let is_area = matches!(t.sense, Sense::Area(_) | Sense::Areas(_) | Sense::Crc(_));
    let word_text = |w: &Word| &text[w.start as usize..w.end as usize];
    if is_area
        && words
            .iter()
            .any(|w| w.case == Case::Upper && !COMPASS.contains(&word_text(w)))
    {
        for w in words.iter_mut() {
            if w.case == Case::Upper && COMPASS.contains(&word_text(w)) {
                w.case = Case::Any;
            }
        }
    }
    words.into_boxed_slice()
}

/// Whether `found` (the text a case-insensitive match covered) has the case
/// the term asks for. Capitals are only required of ASCII letters: the
/// automaton folds nothing else.
fn case_ok(words: &[Word], pattern: &[u8], found: &[u8]) -> bool {
    words.iter().all(|w| {
        let (s, e) = (w.start as usize, w.end as usize);
        match w.case {
            Case::Any => true,
            Case::Upper => !found[s].is_ascii_lowercase(),
            Case::Exact => found[s..e] == pattern[s..e],
        }
    })
}

/// The position of the next ASCII capital at or after `from`. Eight bytes
/// at a time: a word of text rarely holds one.
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let x = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"));
        // High bit of each byte set where 'A' <= byte <= 'Z' (ASCII only).
        let seven = x & !HIGH;
        let ge_a = seven.wrapping_add(LOW * (0x80 - b'A' as u64));
        let gt_z = seven.wrapping_add(LOW * (0x7f - b'Z' as u64));
        let hits = ge_a & !gt_z & !x & HIGH;
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..bytes.len()).find(|&k| bytes[k].is_ascii_uppercase())
}

/// The start of a lower-case compass word ("north ", "south-") just before
/// `at`, which an area name may begin with ("north Wales").
fn compass_before(bytes: &[u8], at: usize) -> Option<usize> {
    let pre = &bytes[..at];
    let pre = pre.strip_suffix(b" ").or_else(|| pre.strip_suffix(b"-"))?;
    for w in [&b"north"[..], b"south", b"east", b"west"] {
        if pre.ends_with(w) {
            let s = pre.len() - w.len();
            if s == 0 || !is_alnum(pre[s - 1]) {
                // "north east Lincolnshire": one more compass word before.
                return Some(compass_before(bytes, s).unwrap_or(s));
            }
        }
    }
    None
}

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Whether a word boundary lies at `at` inside a run of letters, where
/// table cells or headings were glued together: "CRCAchieving",
/// "ServiceLondon". A capital after a small letter, or a capital that starts
/// a capitalised word after another capital; never inside an acronym
/// ("NPSA").
fn camel_boundary(bytes: &[u8], at: usize) -> bool {
    let (Some(&prev), Some(&next)) = (at.checked_sub(1).and_then(|i| bytes.get(i)), bytes.get(at))
    else {
        return false;
    };
    next.is_ascii_uppercase()
        && (prev.is_ascii_lowercase()
            || (prev.is_ascii_uppercase() && bytes.get(at + 1).is_some_and(u8::is_ascii_lowercase)))
}

fn word_char_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn word_char_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether `s` starts with `w` as a whole word (a `w` ending in
/// punctuation, such as " £", may run straight into what follows).
fn starts_with_word(s: &str, w: &str) -> bool {
    s.starts_with(w)
        && (!w.ends_with(|c: char| c.is_alphanumeric()) || !word_char_after(s, w.len()))
}

/// Whether the text before `at` ends with one of `words` as a whole word,
/// then a single space (or, for a word that is punctuation, directly).
fn before_any(text: &str, at: usize, words: &[String], any_case: bool) -> bool {
    let pre = &text[..at];
    words.iter().any(|w| {
        let spaced = w.starts_with(|c: char| c.is_alphanumeric());
        let Some(p) = (if spaced {
            pre.strip_suffix(' ')
        } else {
            Some(pre)
        }) else {
            return false;
        };
        if p.len() < w.len() || !p.is_char_boundary(p.len() - w.len()) {
            return false;
        }
        let tail = &p[p.len() - w.len()..];
        let same = if any_case {
            tail.eq_ignore_ascii_case(w)
        } else {
            tail == w
        };
        same && !word_char_before(p, p.len() - w.len())
    })
}

/// Whether the text after `at` starts with one of `words` as a whole word,
/// after a single space (or, for a word that starts with punctuation,
/// directly: "-related", ", Isle of Wight").
fn after_any(text: &str, at: usize, words: &[String]) -> bool {
    let post = &text[at..];
    words.iter().any(|w| {
        if w.starts_with(|c: char| c.is_alphanumeric()) {
            post.strip_prefix(' ')
                .is_some_and(|p| starts_with_word(p, w))
        } else {
            starts_with_word(post, w)
        }
    })
}

/// The largest char boundary at or below `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Whether a headline is written in Title Case (most long words
/// capitalised), where a capital says nothing about a proper name.
fn is_title_case(title: &str) -> bool {
    let (mut long, mut caps) = (0, 0);
    for w in title.split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            if w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
            {
                caps += 1;
            }
        }
    }
    long >= 3 && caps * 5 >= long * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn areas(title: &str, body: &str) -> Vec<String> {
        find(title, body).areas
    }

    fn providers(title: &str, body: &str) -> Vec<String> {
        find(title, body).providers
    }

    fn primary(title: &str, body: &str) -> Option<String> {
        find(title, body).primary_area
    }

    #[test]
    fn canonical_names_and_aliases() {
        assert_eq!(
            areas("", "Staff in South Yorkshire and in W. Yorkshire."),
            ["South Yorkshire", "West Yorkshire"]
        );
        assert_eq!(areas("", "A pilot in Sheffield."), ["South Yorkshire"]);
        assert_eq!(areas("", "Across the Isle of Wight."), ["Hampshire"]);
        assert_eq!(areas("", "Officers from the Met."), ["London"]);
    }

    #[test]
    fn generated_variants_match() {
        assert_eq!(
            areas("", "Avon & Somerset Police said."),
            ["Avon and Somerset"]
        );
        assert_eq!(areas("", "In King\u{2019}s Lynn today."), ["Norfolk"]);
        assert_eq!(
            areas("", "From Dyfed Powys and St. Helens."),
            ["Dyfed-Powys", "Merseyside"]
        );
    }

    #[test]
    fn longest_match_wins() {
        assert_eq!(
            areas("", "North East Lincolnshire council."),
            ["Humberside"]
        );
        assert_eq!(
            areas("", "In South Gloucestershire."),
            ["Avon and Somerset"]
        );
        assert_eq!(areas("", "A hub in Chester-le-Street."), ["Durham"]);
        assert_eq!(
            areas("", "Across Yorkshire and the Humber."),
            ["Yorkshire and the Humber"]
        );
        assert_eq!(areas("", "Bury St Edmunds court."), ["Suffolk"]);
    }

    #[test]
    fn whole_words_only() {
        assert!(areas("", "A Kentish town; Hullabaloo; Essexes.").is_empty());
        assert_eq!(areas("", "Kent-based staff."), ["Kent"]);
    }

    #[test]
    fn glued_table_cells_still_split() {
        assert_eq!(
            providers(
                "",
                "Kent, Surrey and Sussex CRCSeetec\nMerseyside CRCPurple Futures"
            ),
            [
                "Kent Surrey and Sussex CRC",
                "Seetec",
                "Merseyside CRC",
                "Purple Futures"
            ]
        );
        assert!(providers("", "The NPSA said so.").is_empty());
    }

    #[test]
    fn short_forms_are_case_sensitive() {
        assert_eq!(
            providers("", "NOMS said so."),
            ["National Offender Management Service"]
        );
        assert!(providers("", "The noms were tasty.").is_empty());
        assert_eq!(providers("", "CGL runs it."), ["Change Grow Live"]);
        assert!(providers("", "Cgl runs it.").is_empty());
        assert_eq!(
            areas("", "Herts and Beds."),
            ["Hertfordshire", "Bedfordshire"]
        );
        assert!(areas("", "Spare beds were few. Herts").contains(&"Hertfordshire".to_string()));
    }

    #[test]
    fn ordinary_english_names_need_capitals() {
        assert!(providers("", "The number of women in prison rose.").is_empty());
        assert!(providers("", "It was a turning point for the service.").is_empty());
        assert!(providers("", "Emergency shelter was found.").is_empty());
        assert!(providers("", "Back in the clinks again.").is_empty());
        assert_eq!(
            providers(
                "",
                "Women in Prison and Turning Point and Clinks and Shelter spoke."
            ),
            ["Women in Prison", "Turning Point", "Clinks", "Shelter"]
        );
    }

    #[test]
    fn title_case_headline_needs_the_body_too() {
        assert!(
            providers(
                "Why Women In Prison Need Better Support",
                "Prisons hold few women."
            )
            .is_empty()
        );
        assert_eq!(
            providers(
                "Why Women In Prison Need Better Support",
                "Women in Prison said so."
            ),
            ["Women in Prison"]
        );
        assert_eq!(
            providers("What next for Women in Prison?", ""),
            ["Women in Prison"]
        );
    }

    #[test]
    fn nps_as_the_service() {
        assert_eq!(
            providers("", "Probation staff at the NPS were stretched."),
            ["National Probation Service"]
        );
        assert_eq!(
            providers("", "The NPS London Division."),
            ["National Probation Service"]
        );
        assert_eq!(areas("", "The NPS London Division."), ["London"]);
    }

    #[test]
    fn nps_as_new_psychoactive_substances() {
        let body = "New psychoactive substances (NPS) are cheap. Many prisoners used NPS. The NPS problem grew.";
        assert!(providers("", body).is_empty());
        assert!(providers("", "Staff saw more NPS use on the wings.").is_empty());
        assert!(providers("", "Drug seizures, mostly spice and other NPS, rose.").is_empty());
    }

    #[test]
    fn ambiguous_towns_need_place_context() {
        assert!(areas("", "Reading the report, I was struck.").is_empty());
        assert_eq!(
            areas("", "A new hostel in Reading opened."),
            ["Thames Valley"]
        );
        assert_eq!(
            areas("", "He appeared at York Magistrates' Court."),
            ["North Yorkshire"]
        );
        assert!(areas("", "Lincoln freed the slaves.").is_empty());
        assert_eq!(
            areas("", "Prisons such as Bath and Bristol."),
            ["Avon and Somerset"]
        );
        assert!(areas("", "Researchers at Oxford found it.").is_empty());
        assert_eq!(areas("", "A scheme in Oxford."), ["Thames Valley"]);
        assert_eq!(areas("", "Boston, Lincolnshire."), ["Lincolnshire"]);
        assert!(areas("", "A study in Boston.").is_empty());
    }

    #[test]
    fn more_ambiguous_towns() {
        assert_eq!(
            areas("", "Sentenced at Preston Crown Court."),
            ["Lancashire"]
        );
        assert_eq!(areas("", "A hub in Newport."), ["Gwent"]);
        assert!(areas("", "Newport Pagnell services.").is_empty());
        assert!(areas("", "Cambridge University researchers.").is_empty());
        assert_eq!(
            areas("", "Hostels in Cambridge are full."),
            ["Cambridgeshire"]
        );
        assert_eq!(
            areas("", "Offices in Stoke and Stockton."),
            ["Staffordshire", "Cleveland"]
        );
    }

    #[test]
    fn prisons_need_a_prison_word() {
        assert_eq!(areas("", "Men at HMP Ford."), ["Sussex"]);
        assert!(areas("", "Ford cars; Send a letter; Albany.").is_empty());
        assert_eq!(
            areas("", "The old Strangeways prison."),
            ["Greater Manchester"]
        );
        assert_eq!(areas("", "HMYOI Werrington holds boys."), ["Staffordshire"]);
        assert_eq!(areas("", "HMP & YOI Doncaster."), ["South Yorkshire"]);
        assert_eq!(areas("", "HMP Hatfield."), ["South Yorkshire"]);
        assert_eq!(areas("", "In Hatfield."), ["Hertfordshire"]);
    }

    #[test]
    fn blockers_hide_place_words() {
        assert!(areas("", "The Duke of York and the Princess of Wales.").is_empty());
        assert!(areas("", "Lord Foster of Bath asked.").is_empty());
        assert!(areas("", "Baroness Burt of Solihull asked.").is_empty());
        assert!(
            areas(
                "",
                "At the University of Kent and Sheffield Hallam University."
            )
            .is_empty()
        );
        assert!(areas("", "The Manchester College runs classes.").is_empty());
        assert!(areas("", "Born in New South Wales.").is_empty());
        assert!(areas("", "The Met Office forecast rain.").is_empty());
        assert!(areas("", "Thames Valley Partnership runs it.").is_empty());
        assert!(areas("", "Offices on London Road.").is_empty());
        assert!(areas("", "Born in Cleveland, Ohio.").is_empty());
        assert!(areas("", "Mr Preston said so.").is_empty());
        assert!(areas("", "The Chancellor of the Duchy of Lancaster.").is_empty());
    }

    #[test]
    fn honorific_makes_a_place_word_a_surname() {
        assert!(areas("", "Dr Bolton and Sir Chester spoke.").is_empty());
        assert_eq!(areas("", "Courts in Bolton."), ["Greater Manchester"]);
    }

    #[test]
    fn a_capitalised_word_before_a_one_word_place_makes_it_a_surname() {
        assert!(areas("", "Campaigner Bruce Kent and writer Mary Wakefield spoke.").is_empty());
        assert_eq!(
            areas("", "In Kent, Greater Bolton and Royal Tunbridge Wells."),
            ["Kent", "Greater Manchester"]
        );
        assert_eq!(
            areas("", "HMPPS Wales and NPS London."),
            ["Wales", "London"]
        );
        assert_eq!(
            areas("Probation Service Reforms Reach Bolton And Wigan", ""),
            ["Greater Manchester"]
        );
    }

    #[test]
    fn word_after_rule() {
        assert_eq!(
            areas("", "The GM probation region."),
            ["Greater Manchester"]
        );
        assert!(areas("", "GM crops and GM cars.").is_empty());
    }

    #[test]
    fn vetoes_before_and_after() {
        assert!(providers("", "It was a Catch-22 for staff.").is_empty());
        assert_eq!(providers("", "Catch-22 runs the service."), ["Catch22"]);
        assert!(providers("", "A service at St Giles Cathedral.").is_empty());
        assert_eq!(
            providers("", "Mentors from St Giles met them."),
            ["St Giles Trust"]
        );
        assert!(providers("", "The book (RRP £9.99) is out.").is_empty());
        assert_eq!(
            providers("", "The RRP bid for two CRCs."),
            ["Reducing Reoffending Partnership"]
        );
    }

    #[test]
    fn region_word_before_a_place_is_not_the_region() {
        assert_eq!(areas("", "Offices in North West London."), ["London"]);
        assert_eq!(areas("", "Across the North West."), ["North West"]);
        assert_eq!(areas("", "In north Wales."), ["North Wales"]);
        assert!(areas("", "Compass points: north east.").is_empty());
    }

    #[test]
    fn named_crcs_give_provider_and_areas() {
        let e = find("", "Kent, Surrey and Sussex CRC was inspected.");
        assert_eq!(e.providers, ["Kent Surrey and Sussex CRC"]);
        assert_eq!(e.areas, ["Kent", "Surrey", "Sussex"]);
        assert_eq!(
            providers("", "KSS CRC said."),
            ["Kent Surrey and Sussex CRC"]
        );
        assert_eq!(
            providers("", "BeNCH CRC said."),
            ["Bedfordshire Northamptonshire Cambridgeshire and Hertfordshire CRC"]
        );
        assert_eq!(
            providers(
                "",
                "Durham Tees Valley Community Rehabilitation Company (CRC) said."
            ),
            ["Durham Tees Valley CRC"]
        );
        assert_eq!(
            providers("", "Dorset, Devon & Cornwall CRC."),
            ["Dorset Devon and Cornwall CRC"]
        );
    }

    #[test]
    fn wales_crc_names_the_nation() {
        let e = find("", "Wales CRC was sold.");
        assert_eq!(e.providers, ["Wales CRC"]);
        assert_eq!(e.areas, ["Wales"]);
    }

    #[test]
    fn crc_with_area_beside_it() {
        assert_eq!(
            providers("", "The CRC in South Yorkshire."),
            ["South Yorkshire CRC"]
        );
        assert_eq!(
            providers("", "the Community Rehabilitation Company (CRC) for London"),
            ["London CRC"]
        );
        assert_eq!(
            providers("", "The Lancashire CRC."),
            ["Cumbria and Lancashire CRC"]
        );
        assert!(providers("", "Staff at the CRC were worried.").is_empty());
        assert!(providers("", "CRCs in general.").is_empty());
    }

    #[test]
    fn kss_alone_is_the_region_of_three_areas() {
        assert_eq!(areas("", "The KSS region."), ["Kent", "Surrey", "Sussex"]);
    }

    #[test]
    fn former_names_map_to_the_current_one() {
        assert_eq!(providers("", "Kalyx ran it."), ["Sodexo Justice Services"]);
        assert_eq!(providers("", "RAPt ran it."), ["The Forward Trust"]);
        assert_eq!(providers("", "Addaction ran it."), ["We Are With You"]);
        assert_eq!(providers("", "CRI ran it."), ["Change Grow Live"]);
    }

    #[test]
    fn never_providers_name_nothing() {
        assert!(providers("", "HM Prison Service and the Prison Service and Napo.").is_empty());
        assert_eq!(
            providers("", "HM Prison and Probation Service."),
            ["HM Prison and Probation Service"]
        );
        assert!(providers("", "Probation Service officers said.").is_empty());
    }

    #[test]
    fn jurisdiction_names_both_nations() {
        assert_eq!(
            areas("", "Prisons in England and Wales."),
            ["England", "Wales"]
        );
    }

    #[test]
    fn named_only_short_forms() {
        assert!(providers("", "The WIP report.").is_empty());
        assert_eq!(providers("", "Women in Prison (WIP)."), ["Women in Prison"]);
    }

    #[test]
    fn order_is_first_mention_title_first() {
        let e = find(
            "Probation in Kent",
            "In Essex and Kent, G4S and Serco. Serco again.",
        );
        assert_eq!(e.areas, ["Kent", "Essex"]);
        assert_eq!(e.providers, ["G4S", "Serco"]);
    }

    #[test]
    fn primary_from_the_title() {
        assert_eq!(
            primary(
                "Probation in Leeds",
                "In Bradford. In Bradford. In Bradford."
            ),
            Some("West Yorkshire".into())
        );
        assert_eq!(
            primary("Report on HMP Bronzefield", "Women from London."),
            Some("Surrey".into())
        );
    }

    #[test]
    fn primary_of_a_crc_is_its_first_area() {
        assert_eq!(
            primary("An inspection of Durham Tees Valley CRC", ""),
            Some("Durham".into())
        );
    }

    #[test]
    fn primary_from_the_body_needs_a_clear_lead() {
        let body = "Staff in Leeds. Work in Bradford. Figures for Wakefield. A visit to Hull.";
        assert_eq!(primary("A report", body), Some("West Yorkshire".into()));
        assert_eq!(primary("A report", "In Kent. In Essex. In Surrey."), None);
        assert_eq!(primary("A report", "In Leeds, Bradford and Hull."), None);
    }

    #[test]
    fn primary_of_a_crc_title_yields_to_a_body_plainly_about_another() {
        let body = "Staff in Leeds. Work in Bradford. Offices in Wakefield.";
        assert_eq!(
            primary("Norfolk and Suffolk CRC: a view", body),
            Some("West Yorkshire".into())
        );
        let body = "Offices in Ipswich. More in Lowestoft.";
        assert_eq!(
            primary("Norfolk and Suffolk CRC: a view", body),
            Some("Suffolk".into())
        );
    }

    #[test]
    fn primary_can_be_a_nation_named_in_the_title() {
        assert_eq!(
            primary("Sobriety tags for courts across England", ""),
            Some("England".into())
        );
    }

    #[test]
    fn primary_is_none_for_england_and_wales() {
        let body = "Across England and Wales. Courts in England and Wales.";
        assert_eq!(primary("Sentencing in England and Wales", body), None);
    }

    #[test]
    fn every_term_starts_with_a_capital() {
        // The pass only walks the automaton from capitals (and compass words
        // before them), so a term starting otherwise could never be found.
        for t in gazetteer::get().terms() {
            assert!(t.text.as_bytes()[0].is_ascii_uppercase(), "{:?}", t.text);
        }
    }

    #[test]
    fn next_capital_finds_ascii_capitals_only() {
        let s = "abcdefgh ijklmnop \u{c9}t\u{e9} qrstuvwxyz Kent and more text here X";
        let b = s.as_bytes();
        let first = next_capital(b, 0).unwrap();
        assert_eq!(&s[first..first + 4], "Kent");
        let second = next_capital(b, first + 1).unwrap();
        assert_eq!(&s[second..], "X");
        assert_eq!(next_capital(b, second + 1), None);
        assert_eq!(next_capital(b"no capitals at all in here", 0), None);
    }

    #[test]
    fn lower_case_compass_words_start_an_area() {
        assert_eq!(
            areas("", "Prisons in south Wales and north-east Lincolnshire."),
            ["South Wales", "Humberside"]
        );
    }

    #[test]
    fn mentions_explain_the_result() {
        let m = mentions("HMP Leeds", "Run by Serco.");
        let names: Vec<(&str, bool)> = m.iter().map(|m| (m.name.as_str(), m.in_title)).collect();
        assert_eq!(names, [("Serco", false), ("West Yorkshire", true)]);
        assert_eq!((m[0].start, m[0].end), (7, 12));
    }

    #[test]
    fn title_case_detection() {
        assert!(is_title_case("Why Women In Prison Need Better Support"));
        assert!(!is_title_case("Unified Probation Service begins work"));
    }
}
