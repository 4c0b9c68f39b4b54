//! The publication date, and which rule found it.
//!
//! Precedence, strongest first: structured metadata (`article:published_time`,
//! `govuk:first-published-at`, JSON-LD `datePublished`, a `<time>` or
//! `datePublished` element in the article's furniture); a date in the
//! canonical URL's path; a visible dateline near the headline ("Published:
//! 29 Jun 2017", "Wednesday, 28 February 2018", "29/06/2017"); "published
//! today (3 May 2019)" in the text. Dates that belong to something else are
//! never taken: comments, related posts, sidebars and "latest" lists are
//! skipped, and a "last updated" or "modified" date is used only when it is
//! the only date the page has.

use super::article::Article;
use super::dom::{Dom, NodeData, NodeId};
use super::meta::Meta;
use jiff::civil::Date;
use serde::{Serialize, Serializer};

use self::words::{is_date_joiner, month_number, strip_ordinal};
use self::zone::{Stamp, Zone, parse_stamp};

mod words;
mod zone;

/// Which rule found the date; written to the index as `date_source`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// A `<meta>` publication date.
    Meta,
    /// JSON-LD `datePublished`.
    JsonLd,
    /// A `<time datetime>` or `datePublished` element.
    Time,
    /// The canonical URL's `/YYYY/MM/DD/` path.
    Url,
    /// A visible date next to the headline.
    Dateline,
    /// "published today (…)" in the article text.
    Text,
    /// Only a "last updated" date was found.
    Updated,
    /// Only the year and month are known, from a `/YYYY/MM/` URL; the
    /// date is the first of the month and says nothing about the day.
    UrlMonth,
    /// The date a WordPress export gives the post (`wp:post_date_gmt`,
    /// else `pubDate`).
    Export,
}

impl DateSource {
    /// The name stored in the index and printed by `extract`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::Meta => "meta",
            DateSource::JsonLd => "json-ld",
            DateSource::Time => "time",
            DateSource::Url => "url",
            DateSource::Dateline => "dateline",
            DateSource::Text => "text",
            DateSource::Updated => "updated",
            DateSource::UrlMonth => "url-month",
            DateSource::Export => "export",
        }
    }
}

impl Serialize for DateSource {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Plausible publication years; anything outside is a typo or a mention.
const FIRST_YEAR: i16 = 1990;
const LAST_YEAR: i16 = 2035;

fn make(y: i64, m: i64, d: i64) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return None;
    }
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Parses a machine date: `2019-07-17`, `2019-07-17T09:30:00+01:00`,
/// `2019/07/17`. The date is taken as written (the publisher's local day,
/// unless the offset says UTC: see [`find`]).
pub fn parse_iso(s: &str) -> Option<Date> {
    stamp(s).map(|st| st.date)
}

fn stamp(s: &str) -> Option<Stamp> {
    parse_stamp(s, make)
}

/// Finds the first human-written date in `text`: "29 June 2017",
/// "29th Jun 2017", "June 29th, 2017", "Wednesday, 28 February 2018",
/// "29/06/2017" (day first, as in the UK, unless that is impossible),
/// "2017-06-29". Returns the date and the byte offset where it starts.
pub fn find_in_text(text: &str) -> Option<(Date, usize)> {
    let tokens = tokenize(text);
    for i in 0..tokens.len() {
        if let Some(d) = date_at(&tokens, i) {
            return Some((d, tokens[i].1));
        }
    }
    None
}

/// Words and numbers with their byte offsets; punctuation other than the
/// separators of numeric dates splits tokens.
fn tokenize(text: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices() {
        let part = ch.is_alphanumeric() || ch == '/' || (ch == '-' && start.is_some()) || ch == '.';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((text[s..i].trim_end_matches(['.', '-']), s));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((text[s..].trim_end_matches(['.', '-']), s));
    }
    out
}

fn day_number(tok: &str) -> Option<i64> {
    let t = strip_ordinal(tok);
    if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(tok: &str) -> Option<i64> {
    (tok.len() == 4 && tok.bytes().all(|b| b.is_ascii_digit()))
        .then(|| tok.parse().ok())
        .flatten()
}

/// A year in a numeric date: four digits, or two after a day and month
/// ("28.01.22"), read within the plausible years like every year here.
fn numeric_year(p: &str) -> Option<i64> {
    let n: i64 = p.parse().ok()?;
    match p.len() {
        4 => Some(n),
        2 if n <= i64::from(LAST_YEAR % 100) => Some(2000 + n),
        2 => Some(1900 + n),
        _ => None,
    }
}

/// `29/06/2017`, `29.06.2017`, `29-06-2017`, `2017-06-29`, `28.01.22`.
fn numeric_date(tok: &str) -> Option<Date> {
    let parts: Vec<&str> = tok.split(['/', '-', '.']).collect();
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if parts[0].len() == 4 {
        return make(n[0], n[1], n[2]);
    }
    // A two-digit year only with dots or slashes: "10-12-19" is as often
    // a reference number as a date.
    let short_ok = parts[2].len() == 4 || !tok.contains('-');
    if parts[0].len() > 2 || parts[1].len() > 2 || !short_ok {
        return None;
    }
    let y = numeric_year(parts[2])?;
    // Day first unless the middle number cannot be a month.
    if n[1] <= 12 {
        make(y, n[1], n[0])
    } else {
        make(y, n[0], n[1])
    }
}

fn date_at(tokens: &[(&str, usize)], i: usize) -> Option<Date> {
    let tok = tokens[i].0;
    let next = |k: usize| tokens.get(i + k).map(|t| t.0);
    if tok.contains(['/', '-', '.']) && tok.bytes().any(|b| b.is_ascii_digit()) {
        return numeric_date(tok);
    }
    // 29 June 2017 / 29th Jun 2017 / 29 June, 2017 / 3rd of May 2019 /
    // 13 de junio de 2019 / 19. Juli 2014
    if let Some(d) = day_number(tok) {
        let skip = usize::from(next(1).is_some_and(is_date_joiner));
        if let Some(m) = next(1 + skip).and_then(month_number) {
            let skip2 = usize::from(next(2 + skip).is_some_and(is_date_joiner));
            let y = next(2 + skip + skip2).and_then(year_number)?;
            return make(y, m as i64, d);
        }
    }
    // June 29th, 2017 / June 29 2017 / Juli 12, 2017
    if let Some(m) = month_number(tok)
        && let Some(d) = next(1).and_then(day_number)
        && let Some(y) = next(2).and_then(year_number)
    {
        return make(y, m as i64, d);
    }
    None
}

/// The host of a URL, lower case (for the site's country here, and its
/// kind).
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split('/').next().unwrap_or("").to_ascii_lowercase()
}

/// A `/2017/06/29/` (or `/2017/06/`) path in a URL: the full date, or the
/// year and month with day 1 and a flag saying the day is unknown.
pub fn from_url(url: &str) -> Option<(Date, bool)> {
    let path = url.split(['?', '#']).next()?;
    let segs: Vec<&str> = path.split('/').collect();
    // `/20200428/slug`: the date as one segment of eight digits.
    if let Some(d) = segs.iter().skip(3).find_map(|s| {
        (s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| {
                make(
                    s[..4].parse().ok()?,
                    s[4..6].parse().ok()?,
                    s[6..].parse().ok()?,
                )
            })
            .flatten()
    }) {
        return Some((d, true));
    }
    for w in 0..segs.len() {
        let Some(y) = year_number(segs[w]) else {
            continue;
        };
        let Some(m) = segs
            .get(w + 1)
            .filter(|s| s.len() == 2)
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|m| (1..=12).contains(m))
        else {
            continue;
        };
        let day = segs
            .get(w + 2)
            .filter(|s| s.len() == 2)
            .and_then(|s| s.parse::<i64>().ok());
        if let Some(d) = day
            && let Some(date) = make(y, m, d)
        {
            return Some((date, true));
        }
        if let Some(date) = make(y, m, 1) {
            return Some((date, false));
        }
    }
    None
}

/// Class/id words of elements whose dates belong to other content.
const FOREIGN_WORDS: &[&str] = &[
    "comment",
    "comments",
    "respond",
    "reply",
    "related",
    "relatedposts",
    "recent",
    "popular",
    "latest",
    "archive",
    "archives",
    "trending",
    "pagination",
    "pager",
    "blogroll",
    "more",
    "colophon",
    "cookie",
    "downloads",
    "documents",
    "docs",
    "press",
    "newsletter",
    "signup",
    "topbar",
    "masthead",
    "ticker",
    // Embedded posts from other sites carry their own dates.
    "tweet",
    "twitter",
    "instagram",
    "tiktok",
    "facebook",
    "embed",
    "embedded",
    "oembed",
];

/// Class/id words of boxes beside the text: a site's sidebar, or the
/// article's own box of facts (its date among them). Foreign only outside
/// the article.
const BESIDE_WORDS: &[&str] = &["sidebar", "widget", "aside"];

/// Whose dates an element holds, by its name and class.
enum Owner {
    /// Its own page's, as far as its name and class say.
    Page,
    /// Something else's: a comment, another post, an embedded tweet.
    Other,
    /// The article's when inside the article, else the site's.
    Beside,
}

fn owner(dom: &Dom, id: NodeId) -> Owner {
    match dom.name(id) {
        "nav" | "script" | "style" | "noscript" | "blockquote" | "iframe" => return Owner::Other,
        "aside" | "footer" | "form" => return Owner::Beside,
        _ => {}
    }
    let mut beside = false;
    let words = dom
        .attr(id, "class")
        .into_iter()
        .chain(dom.attr(id, "id"))
        .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'));
    for w in words {
        let w = w.to_ascii_lowercase();
        if FOREIGN_WORDS.contains(&w.as_str()) {
            return Owner::Other;
        }
        beside |= BESIDE_WORDS.contains(&w.as_str());
    }
    if beside { Owner::Beside } else { Owner::Page }
}

/// The element holding both the headline and the article's first block,
/// unless that is the whole page: inside it, a `<footer>`, an `<aside>` or
/// a "sidebar" box belongs to the article.
fn article_scope(dom: &Dom, keep: &[NodeId]) -> Option<NodeId> {
    let mut scope = *keep.first()?;
    for &k in &keep[1..] {
        scope = std::iter::once(scope)
            .chain(dom.ancestors(scope))
            .find(|&a| a == k || dom.is_within(k, a))
            .unwrap_or(super::dom::ROOT);
    }
    let whole_page = scope == super::dom::ROOT || matches!(dom.name(scope), "html" | "body");
    (!whole_page).then_some(scope)
}

/// Marks elements whose dates belong to other things: comments, lists of
/// other posts, embedded tweets and quotes, and the site's own sidebars
/// and footers (those inside the article are its own). Elements that hold
/// the headline or the article are never foreign (Blogger wraps the whole
/// post in a "widget"). Parents come before children in the arena, so one
/// forward pass suffices.
pub fn foreign_mask(dom: &Dom, keep: &[NodeId]) -> Vec<bool> {
    let mut protected = vec![false; dom.nodes.len()];
    for &k in keep {
        protected[k as usize] = true;
        for a in dom.ancestors(k) {
            protected[a as usize] = true;
        }
    }
    let scope = article_scope(dom, keep);
    let mut in_scope = vec![false; dom.nodes.len()];
    let mut mask = vec![false; dom.nodes.len()];
    for i in 1..dom.nodes.len() {
        let id = i as NodeId;
        let parent = dom.node(id).parent as usize;
        in_scope[i] = in_scope[parent] || scope == Some(id);
        if mask[parent] {
            mask[i] = true;
            continue;
        }
        if protected[i] || dom.element(id).is_none() {
            continue;
        }
        mask[i] = match owner(dom, id) {
            Owner::Page => false,
            Owner::Other => true,
            Owner::Beside => !in_scope[i],
        };
    }
    mask
}

/// Whether the element is labelled as a modification date.
fn is_update_label(s: &str) -> bool {
    let s = s.to_lowercase();
    [
        "updated",
        "modified",
        "revised",
        "reviewed",
        "aktualisiert",
        "aktualisierung",
        "geändert",
        "stand:",
        "mis à jour",
        "modifié",
        "actualizado",
        "actualización",
        "aggiornato",
        "bijgewerkt",
        "gewijzigd",
        "atualizado",
        "diweddarwyd",
        "diweddariad",
    ]
    .iter()
    .any(|w| s.contains(w))
}

fn element_says_updated(dom: &Dom, n: NodeId) -> bool {
    let attrs = [
        dom.attr(n, "class"),
        dom.attr(n, "itemprop"),
        dom.attr(n, "id"),
    ];
    attrs.into_iter().flatten().any(is_update_label)
}

/// The date found and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub date: Date,
    pub source: DateSource,
}

/// Finds the publication date.
pub fn find(
    dom: &Dom,
    meta: &Meta,
    article: &Article,
    headline: Option<NodeId>,
    url: Option<&str>,
    body: &str,
) -> Option<Found> {
    let found = |date, source| Some(Found { date, source });
    let keep: Vec<NodeId> = headline
        .into_iter()
        .chain(article.roots.first().copied())
        .collect();
    let foreign = foreign_mask(dom, &keep);
    let url_date = url.and_then(from_url);
    let mut updated: Option<Date> = None;
    // 1. Metadata; a UTC time moved to the publisher's day.
    if let Some((f, st)) = from_metadata(meta) {
        if !st.is_utc_time() {
            return Some(f);
        }
        let line = || dateline(dom, article, headline, &foreign, &mut None);
        let date = publisher_day(&st, meta, url, url_date, line);
        return found(date, f.source);
    }
    // 2. <time datetime>, datePublished elements, <abbr class=published title>.
    if let Some(d) = time_element(dom, &foreign, &mut updated) {
        return found(d, DateSource::Time);
    }
    // 3. The canonical URL.
    let mut month_only = None;
    if let Some((d, full)) = url_date {
        if full {
            return found(d, DateSource::Url);
        }
        month_only = Some(d);
    }
    // 4. A visible dateline near the headline, 5. "published today (…)"
    // in the text, 6. a date marked as an update.
    let day = dateline(dom, article, headline, &foreign, &mut updated)
        .map(|d| (d, DateSource::Dateline))
        .or_else(|| published_today(body).map(|d| (d, DateSource::Text)));
    let day = day.or_else(|| updated.map(|d| (d, DateSource::Updated)));
    match (day, month_only) {
        // A URL with only the year and month never invents a day: a day
        // from the page in that month, else the month alone.
        (Some((d, src)), Some(m)) if (m.year(), m.month()) == (d.year(), d.month()) => {
            found(d, src)
        }
        (_, Some(m)) => found(m, DateSource::UrlMonth),
        (Some((d, src)), None) => found(d, src),
        (None, None) => None,
    }
}

/// The publisher's day for a UTC timestamp. A day the publisher wrote
/// (the URL's, a local time in other metadata) at most one day from the
/// UTC date, and reachable from it by a real zone's offset, is the one
/// readers saw. Else the page's own offset (another of its timestamps
/// gives one), else its country's zone moves the time, unless the visible
/// dateline shows the UTC date (the site prints UTC). Else the UTC date.
fn publisher_day(
    st: &Stamp,
    meta: &Meta,
    url: Option<&str>,
    url_date: Option<(Date, bool)>,
    dateline: impl FnOnce() -> Option<Date>,
) -> Date {
    let stamps: Vec<Stamp> = meta_date_values(meta).filter_map(stamp).collect();
    // Zones run from UTC-10 (Hawaii) to UTC+13 (New Zealand in summer).
    let reachable =
        |d: Date| st.day_at(-600).is_some_and(|w| w <= d) && st.day_at(780).is_some_and(|e| d <= e);
    let local = url_date
        .filter(|&(_, full)| full)
        .map(|(d, _)| d)
        .into_iter()
        .chain(
            stamps
                .iter()
                .filter(|s| s.time.is_some() && s.offset.is_none())
                .map(|s| s.date),
        )
        .find(|&d| reachable(d));
    if let Some(d) = local {
        return d;
    }
    let own_offset = stamps.iter().find_map(|s| s.offset.filter(|&o| o != 0));
    let host = url.map(host_of).unwrap_or_default();
    let offset = own_offset.or_else(|| {
        let zone = Zone::of_site(&host, meta.get(&["og:locale"]))?;
        let (h, m) = st.time?;
        Some(zone.offset_at(st.date, h, m))
    });
    match offset.and_then(|o| st.day_at(o)) {
        Some(zoned) if zoned != st.date && dateline() != Some(st.date) => zoned,
        _ => st.date,
    }
}

/// `<meta>` names and properties of a publication date, strongest first
/// (lower case, as [`Meta`] stores them).
const META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "govuk:first-published-at",
    "datepublished",
    "schema:datepublished",
    "og:published_time",
    "article.published",
    "article:published",
    "published_time",
    "publication_date",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dc:date",
    "dc.date.created",
    "dcterms.created",
    "dcterms:created",
    "dc:created",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "sailthru.date",
    "parsely-pub-date",
    "datecreated",
    "schema:datecreated",
    "date",
];

/// Every value the page's metadata gives for a publication date: the
/// `<meta>` keys above, then JSON-LD.
fn meta_date_values(meta: &Meta) -> impl Iterator<Item = &str> {
    META_KEYS
        .iter()
        .filter_map(|k| meta.get(&[k]))
        .chain(meta.ld_str_values("datePublished"))
        .chain(meta.ld_str_values("dateCreated"))
}

/// A publication date in the page's metadata: `<meta>` tags, then
/// JSON-LD; machine-written or not ("Tue, Sep 15 2020 10:01:41 EDT").
fn from_metadata(meta: &Meta) -> Option<(Found, Stamp)> {
    let read = |v: &str| {
        stamp(v).or_else(|| {
            find_in_text(v).map(|(date, _)| Stamp {
                date,
                time: None,
                offset: None,
            })
        })
    };
    let found = |st: Stamp, source| {
        Some((
            Found {
                date: st.date,
                source,
            },
            st,
        ))
    };
    for key in META_KEYS {
        if let Some(st) = meta.get(&[key]).and_then(read) {
            return found(st, DateSource::Meta);
        }
    }
    for key in ["datePublished", "dateCreated"] {
        if let Some(st) = meta.ld_str_values(key).find_map(read) {
            return found(st, DateSource::JsonLd);
        }
    }
    None
}

/// The machine date an element carries for its article: a `<time
/// datetime>`, microdata or RDFa `datePublished`/`dateCreated`, Drupal's
/// RDFa `dc:date`, or `<abbr class=published title>`.
fn machine_date(e: &super::dom::Element) -> Option<&str> {
    let itemprop = e.attr("itemprop").unwrap_or("");
    let rdfa = e.attr("property").is_some_and(|p| {
        p.split_whitespace().any(|w| {
            let w = w.rsplit(':').next().unwrap_or(w);
            ["datepublished", "datecreated", "date", "created", "issued"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        })
    });
    match &*e.name {
        "time" => e.attr("datetime"),
        _ if itemprop.eq_ignore_ascii_case("datepublished")
            || itemprop.eq_ignore_ascii_case("datecreated") =>
        {
            e.attr("datetime").or(e.attr("content")).or(e.attr("title"))
        }
        "meta" => None,
        _ if rdfa => e.attr("content").or(e.attr("datetime")),
        // hAtom: `<abbr class=published title=…>`, WordPress's
        // `<span class=updated title=…>`.
        _ if e.attr("class").is_some_and(|c| {
            c.split_whitespace()
                .any(|w| w == "published" || w == "updated")
        }) =>
        {
            e.attr("title").filter(|t| parse_iso(t).is_some())
        }
        _ => None,
    }
}

/// The first `<time datetime>`, datePublished element or `<abbr
/// class=published title>` outside `foreign` parts of the page that is not
/// marked as an update; an update's date goes to `updated` (the first
/// one) instead.
fn time_element(dom: &Dom, foreign: &[bool], updated: &mut Option<Date>) -> Option<Date> {
    for n in dom.descendants(super::dom::ROOT) {
        if foreign[n as usize] {
            continue;
        }
        let Some(e) = dom.element(n) else { continue };
        let machine = machine_date(e);
        let itemprop = e.attr("itemprop").unwrap_or("");
        // A <time> or datePublished element without a machine value says
        // it in its text ("20.06.2019 11:43").
        let dated_element =
            e.name.as_ref() == "time" || itemprop.eq_ignore_ascii_case("datepublished");
        let date = machine
            .and_then(|m| parse_iso(m).or_else(|| find_in_text(m).map(|x| x.0)))
            .or_else(|| {
                dated_element
                    .then(|| find_in_text(&dom.text(n)).map(|x| x.0))
                    .flatten()
            });
        let Some(date) = date else { continue };
        if element_says_updated(dom, n)
            || is_update_label(&preceding_label(dom, n))
            || itemprop.eq_ignore_ascii_case("datemodified")
        {
            updated.get_or_insert(date);
            continue;
        }
        // The first one outside foreign parts is the article's own.
        return Some(date);
    }
    None
}

/// Text of the previous sibling (or the `<dt>` before a `<dd>`), used to
/// read labels like "Published:" or "Last updated".
fn preceding_label(dom: &Dom, n: NodeId) -> String {
    let mut cur = n;
    for _ in 0..3 {
        let parent = dom.node(cur).parent;
        let sibs = &dom.node(parent).children;
        let pos = sibs.iter().position(|&s| s == cur).unwrap_or(0);
        let before: String = sibs[..pos]
            .iter()
            .rev()
            .take(2)
            .map(|&s| match &dom.node(s).data {
                NodeData::Text(t) => t.clone(),
                _ => dom.text(s),
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join(" ");
        if !before.trim().is_empty() {
            return before;
        }
        cur = parent;
        if parent == super::dom::ROOT {
            break;
        }
    }
    String::new()
}

/// Longest text node taken for a dateline; longer ones are prose.
const DATELINE_MAX: usize = 160;

/// Words that label a publication date or a byline, in the languages of
/// [`words`]: "Published 10 January 2013", "Gespeichert von X am …",
/// "Posted by X on …", "Cyhoeddwyd: …".
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "written",
    "released",
    "blog",
    "date",
    "by ",
    "cyhoeddwyd",
    "dyddiad",
    "publié",
    "publiée",
    "publication",
    "en ligne",
    "veröffentlicht",
    "erschienen",
    "gespeichert",
    "datum",
    " am ",
    "von ",
    "publicado",
    "publicada",
    "fecha",
    "pubblicato",
    "pubblicata",
    "gepubliceerd",
    "geplaatst",
    "publicação",
];

/// Class/id fragments of the boxes that hold an article's date or byline.
const DATE_BOX_CLASSES: &[&str] = &[
    "date",
    "time",
    "byline",
    "meta",
    "posted",
    "submitted",
    "footer",
    "publish",
    "author",
    "info",
];

/// Whether a short text after the article's prose is a labelled date: its
/// label names publication, or it sits in a date, byline or footer box.
fn labelled_date(dom: &Dom, n: NodeId, label: &str) -> bool {
    let label = label.to_lowercase();
    if PUBLISHED_LABELS.iter().any(|w| label.contains(w)) {
        return true;
    }
    dom.ancestors(n).take(3).any(|a| {
        [dom.attr(a, "class"), dom.attr(a, "id")]
            .into_iter()
            .flatten()
            .any(|c| {
                let c = c.to_ascii_lowercase();
                DATE_BOX_CLASSES.iter().any(|w| c.contains(w))
            })
    })
}

/// Whether a text node is the article's prose (not masked boilerplate).
fn is_prose(dom: &Dom, article: &Article, n: NodeId, len: usize) -> bool {
    len > DATELINE_MAX
        && !article.mask[n as usize]
        && article.roots.iter().any(|&r| dom.is_within(n, r))
}

/// The last `max` characters of `s`.
fn tail(s: &str, max: usize) -> &str {
    let start = s.char_indices().rev().nth(max - 1).map_or(0, |(i, _)| i);
    &s[start..]
}

/// Datelines held back in case a stronger one follows (one after the
/// headline and before the prose, a byline, is taken at once).
#[derive(Default)]
struct Datelines {
    /// Before the headline: a Blogger date header, or a masthead's today.
    before: Option<Date>,
    /// Below the prose, labelled ("Published 10 January 2013").
    below: Option<Date>,
}

/// Looks for a short date-bearing text near the headline, outside foreign
/// regions: from a few levels above the headline (datelines sometimes sit
/// before it) through the article, its header and its footer. Dates
/// labelled as updates are set aside.
fn dateline(
    dom: &Dom,
    article: &Article,
    headline: Option<NodeId>,
    foreign: &[bool],
    updated: &mut Option<Date>,
) -> Option<Date> {
    let start = headline.or_else(|| article.roots.first().copied())?;
    let skip = |_: &Dom, n: NodeId| {
        foreign[n as usize] || matches!(dom.name(n), "script" | "style" | "head" | "title")
    };
    let begin = dom.ancestors(start).nth(3).unwrap_or(super::dom::ROOT);
    let (mut passed_start, mut in_prose) = (false, false);
    let mut found = Datelines::default();
    let mut prev_text = "";
    for n in dom.descendants_skipping(begin, &skip) {
        passed_start |= n == start;
        let NodeData::Text(t) = &dom.node(n).data else {
            continue;
        };
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if t.len() > DATELINE_MAX || !t.bytes().any(|b| b.is_ascii_digit()) {
            in_prose |= passed_start && is_prose(dom, article, n, t.len());
            prev_text = if t.len() > DATELINE_MAX { "" } else { t };
            continue;
        }
        let Some((d, at)) = find_in_text(t).filter(|&(_, at)| is_dateline_shaped(t, at)) else {
            prev_text = t;
            continue;
        };
        // The label is the text just before the date in the same node,
        // or the previous text ("<dt>Last updated</dt><dd>…</dd>").
        let own = &t[..at];
        let label = tail(
            if own.chars().any(char::is_alphabetic) {
                own
            } else {
                prev_text
            },
            40,
        );
        if is_update_label(label) {
            updated.get_or_insert(d);
        } else if !passed_start {
            found.before.get_or_insert(d);
        } else if !in_prose {
            return Some(d);
        } else if found.below.is_none() && labelled_date(dom, n, label) {
            found.below = Some(d);
        }
        prev_text = t;
    }
    found.before.or(found.below)
}

/// A dateline is mostly date: a short label before it ("Published:", "By A
/// Reporter |") and little after it ("at 9:16 pm"). A date inside a
/// sentence is a mention, not a dateline.
fn is_dateline_shaped(text: &str, at: usize) -> bool {
    let before = text[..at].chars().count();
    let rest = &text[at..];
    // Skip the date itself: up to four tokens ("Wednesday," is before it).
    let after: usize = rest
        .split_whitespace()
        .skip(3)
        .map(|w| w.chars().count() + 1)
        .sum();
    before <= 60 && after <= 25
}

/// "published today (19 June 2019)", "published on 19 June 2019", "said
/// today (13 April 2017)".
fn published_today(body: &str) -> Option<Date> {
    let lower = body.to_ascii_lowercase();
    for pat in [
        "published today",
        "published on",
        "released today",
        "published this morning",
        "today (",
    ] {
        if let Some(pos) = lower.find(pat) {
            let after = &body[pos + pat.len()..];
            let window: String = after.chars().take(40).collect();
            if let Some((d, at)) = find_in_text(&window)
                && at < 6
            {
                return Some(d);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article;

    fn date_of(html: &str) -> Option<(String, &'static str)> {
        let dom = Dom::parse(html);
        let meta = Meta::read(&dom);
        let art = article::find(&dom);
        let body = super::super::text::render(&dom, &art.roots, &art.mask);
        let url = meta.url();
        let h1 = dom.elements_named("h1").next();
        find(&dom, &meta, &art, h1, url.as_deref(), &body)
            .map(|f| (f.date.to_string(), f.source.as_str()))
    }

    const BODY: &str = "<p>The inspection found caseloads were high, and staff were stretched across the area in 2016.</p><p>Leaders had plans, but on 3 March 2015 nothing changed, and nothing has since.</p>";

    #[test]
    fn human_date_forms() {
        for (s, want) in [
            ("29 June 2017", "2017-06-29"),
            ("Published: 29 Jun 2017", "2017-06-29"),
            ("June 29th, 2017", "2017-06-29"),
            ("Wednesday, 28 February 2018", "2018-02-28"),
            ("29/06/2017", "2017-06-29"),
            ("06/29/2017", "2017-06-29"),
            ("1st Sept 2019", "2019-09-01"),
            ("on the 3rd of May 2019", "2019-05-03"),
            ("2019-07-17", "2019-07-17"),
            ("Cyhoeddwyd: 10 Mehefin 2020", "2020-06-10"),
            ("ym mis Fawrth: 3 Fawrth 2021", "2021-03-03"),
            ("jeudi 13 juin 2019", "2019-06-13"),
            ("1er août 2019", "2019-08-01"),
            ("Samstag, 19. Juli 2014", "2014-07-19"),
            ("Juli 12, 2017", "2017-07-12"),
            ("13 de junio de 2019", "2019-06-13"),
            ("13 giugno 2019", "2019-06-13"),
            ("13 maart 2019", "2019-03-13"),
            ("13 de março de 2019", "2019-03-13"),
            ("28.01.22", "2022-01-28"),
            ("02.12.19", "2019-12-02"),
            ("31 Mar 2016 - 10:35 by name", "2016-03-31"),
        ] {
            assert_eq!(
                find_in_text(s).map(|d| d.0.to_string()).as_deref(),
                Some(want),
                "{s}"
            );
        }
        for s in [
            "31 February 2018",
            "May 2019",
            "12 2019",
            "June 1885",
            "in 2017 and 2018",
            "version 10-12-19",
            "1.2.3",
        ] {
            assert_eq!(find_in_text(s), None, "{s}");
        }
    }

    #[test]
    fn iso_with_offset_keeps_the_local_day() {
        assert_eq!(
            parse_iso("2019-07-17T23:30:00-05:00").unwrap().to_string(),
            "2019-07-17"
        );
    }

    #[test]
    fn article_published_time_meta_wins() {
        let html = format!(
            "<meta property='article:published_time' content='2015-06-23T06:30:00+01:00'>\
             <meta property='article:modified_time' content='2016-01-01T00:00:00Z'><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2015-06-23".into(), "meta")));
    }

    #[test]
    fn govuk_first_published_beats_public_updated() {
        let html = format!(
            "<meta name='govuk:public-updated-at' content='2021-07-07T10:00:00+01:00'>\
             <meta name='govuk:first-published-at' content='2014-05-30T09:00:00+01:00'><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2014-05-30".into(), "meta")));
    }

    #[test]
    fn json_ld_date_published() {
        let html = format!(
            "<script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"dateModified\":\"2020-01-01\",\"datePublished\":\"2014-10-29T10:30:00+00:00\"}}</script><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2014-10-29".into(), "json-ld")));
    }

    #[test]
    fn time_element_in_the_header_not_the_comment_or_updated_one() {
        let html = format!(
            "<article><header><h1>T</h1><time class='updated' datetime='2016-02-02'>2 Feb</time>\
             <time class='entry-date published' datetime='2015-06-23T06:30:00+01:00'>June 23rd, 2015</time></header>\
             <div class='entry-content'>{BODY}</div></article>\
             <div id='comments'><time datetime='2016-02-02T08:47:00+00:00'>February 2nd, 2016</time></div>"
        );
        assert_eq!(date_of(&html), Some(("2015-06-23".into(), "time")));
    }

    #[test]
    fn later_comment_date_is_ignored_when_only_the_url_has_the_date() {
        let html = format!(
            "<link rel=canonical href='https://blog.example/2017/06/29/slug/'><h1>T</h1>\
             <div class=entry-content>{BODY}</div>\
             <ol class=comment-list><li><time datetime='2018-01-05'>5 January 2018</time></li></ol>"
        );
        assert_eq!(date_of(&html), Some(("2017-06-29".into(), "url")));
    }

    #[test]
    fn visible_dateline_after_the_headline() {
        let html = format!(
            "<h1>T</h1><p class=byline>By A Reporter | Wednesday, 28 February 2018</p><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2018-02-28".into(), "dateline")));
    }

    #[test]
    fn definition_list_publication_date() {
        let html = format!(
            "<h1>An inspection of X</h1><dl><dt>Fieldwork:</dt><dd>January 2024</dd><dt>Date of publication</dt><dd>12 March 2024</dd></dl><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2024-03-12".into(), "dateline")));
    }

    #[test]
    fn last_updated_is_skipped_when_a_published_date_follows() {
        let html = format!(
            "<h1>T</h1><p>Last updated 7 July 2021</p><p>Published 30 May 2014</p><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2014-05-30".into(), "dateline")));
    }

    #[test]
    fn only_an_updated_date_is_used_as_a_last_resort() {
        let html = "<h1>T</h1><div><p>Words without any date at all, about probation and prisons, in length.</p></div><p>Page last updated: 04/05/2019</p>";
        assert_eq!(date_of(html), Some(("2019-05-04".into(), "updated")));
    }

    #[test]
    fn dates_merely_mentioned_in_the_text_are_not_taken() {
        let html = format!("<h1>T</h1><div class=entry-content>{BODY}</div>");
        assert_eq!(date_of(&html), None);
    }

    #[test]
    fn a_dateline_before_the_headline_counts() {
        let html = format!(
            "<div class=date-outer><h2 class=date-header>Wednesday, 28 February 2018</h2><div class=posts><div class=post>\
             <h3 class=post-title>T</h3><div class=post-body>{BODY}</div></div></div></div>"
        );
        let dom = Dom::parse(&html);
        let meta = Meta::read(&dom);
        let art = article::find(&dom);
        let h3 = dom.elements_named("h3").next();
        let f = find(&dom, &meta, &art, h3, None, "").unwrap();
        assert_eq!(
            (f.date.to_string().as_str(), f.source),
            ("2018-02-28", DateSource::Dateline)
        );
    }

    #[test]
    fn published_today_in_prose() {
        assert_eq!(
            published_today("The report, published today (19 June 2019), finds"),
            Some(jiff::civil::date(2019, 6, 19))
        );
    }

    #[test]
    fn url_with_year_and_month_only() {
        assert_eq!(
            from_url("https://x.gov.uk/hmiprobation/media/press-releases/2019/07/slug/"),
            Some((jiff::civil::date(2019, 7, 1), false))
        );
        assert_eq!(
            from_url("https://x.org/2013/12/03/slug"),
            Some((jiff::civil::date(2013, 12, 3), true))
        );
        assert_eq!(from_url("https://x.org/posts/2013-slug/"), None);
        assert_eq!(
            from_url("https://x.se/20200428/slug"),
            Some((jiff::civil::date(2020, 4, 28), true))
        );
        assert_eq!(from_url("https://x.se/12345678/slug"), None);
    }

    #[test]
    fn url_month_takes_a_day_of_the_page_in_that_month() {
        let url = "<link rel=canonical href='https://x.org/2003/03/slug.html'>";
        let html = format!("{url}<h1>T</h1><p>Posted 31 March 2003</p><div>{BODY}</div>");
        assert_eq!(date_of(&html), Some(("2003-03-31".into(), "dateline")));
        let html = format!("{url}<h1>T</h1><div>{BODY}</div>");
        assert_eq!(date_of(&html), Some(("2003-03-01".into(), "url-month")));
        let html = format!("{url}<h1>T</h1><p>Posted 2 April 2004</p><div>{BODY}</div>");
        assert_eq!(date_of(&html), Some(("2003-03-01".into(), "url-month")));
    }

    #[test]
    fn date_published_element_text_and_hatom_titles() {
        let html = format!(
            "<h1>T</h1><div class=info><div class=date itemprop=datePublished>20.06.2019 11:43</div></div><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2019-06-20".into(), "time")));
        let html = format!(
            "<h1>T</h1><span class=updated title='2013-04-04T18:52:11+00:00'></span><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2013-04-04".into(), "updated")));
    }

    #[test]
    fn more_meta_names() {
        for key in [
            "DC:date",
            "citation_date",
            "sailthru.date",
            "parsely-pub-date",
            "schema:dateCreated",
        ] {
            let html = format!("<meta name='{key}' content='2014-05-30'><h1>T</h1>{BODY}");
            assert_eq!(date_of(&html), Some(("2014-05-30".into(), "meta")), "{key}");
        }
    }

    #[test]
    fn rdfa_date_properties_on_elements() {
        let html = format!(
            "<h1>T</h1><span property='dc:date dc:created' content='2013-04-05T10:00:00+01:00'>5 April</span><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2013-04-05".into(), "time")));
        let html = format!(
            "<h1>T</h1><span property='schema:datePublished' content='2013-04-06'></span><div>{BODY}</div>"
        );
        assert_eq!(date_of(&html), Some(("2013-04-06".into(), "time")));
    }

    #[test]
    fn json_ld_without_a_type_and_with_an_rfc_2822_date() {
        let html = format!(
            "<script>{{\"@context\":\"https://schema.org\",\"datePublished\":\"Tue, Sep 15 2020 10:01:41 EDT\"}}</script><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2020-09-15".into(), "json-ld")));
    }

    #[test]
    fn embedded_posts_do_not_lend_their_dates() {
        let html = format!(
            "<h1>T</h1><div class=entry-content><blockquote class='instagram-media'><a>A post</a>\
             <time datetime='2016-01-01T10:00:00+00:00'>Jan 1, 2016</time></blockquote>{BODY}\
             <div class='twitter-tweet'><p>— someone (@x) <a>March 3, 2016</a></p></div></div>\
             <link rel=canonical href='https://x.org/2017/06/29/slug/'>"
        );
        assert_eq!(date_of(&html), Some(("2017-06-29".into(), "url")));
    }

    #[test]
    fn a_utc_time_one_day_after_the_url_day_is_the_url_day() {
        let html = format!(
            "<link rel=canonical href='https://paper.example.com/2023/11/08/slug/'>\
             <meta property='article:published_time' content='2023-11-09T03:28:35+00:00'><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2023-11-08".into(), "meta")));
        // A local time in other metadata says the same.
        let html = format!(
            "<meta name='sailthru.date' content='2023-11-08 22:35:29'>\
             <meta property='article:published_time' content='2023-11-09T06:35:29+00:00'><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2023-11-08".into(), "meta")));
    }

    #[test]
    fn a_utc_time_on_a_uk_site_is_read_in_london() {
        let meta = "<meta property='article:published_time' content='2019-07-16T23:30:00Z'>";
        let html = format!(
            "<link rel=canonical href='https://www.example.org.uk/news/slug'>{meta}<h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2019-07-17".into(), "meta")));
        // In winter London is on UTC; elsewhere with nothing to go on the
        // date stays as written.
        let winter = html.replace("2019-07-16", "2019-12-16");
        assert_eq!(date_of(&winter), Some(("2019-12-16".into(), "meta")));
        let html =
            format!("<link rel=canonical href='https://example.com/a'>{meta}<h1>T</h1>{BODY}");
        assert_eq!(date_of(&html), Some(("2019-07-16".into(), "meta")));
        // The page's own offset, given in another timestamp, wins.
        let own = format!(
            "{meta}<script type='application/ld+json'>{{\"dateCreated\":\"2019-07-16T19:30:00-04:00\"}}</script><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&own), Some(("2019-07-16".into(), "meta")));
        // A site that prints the UTC date shows which day it means.
        let shown = html
            .replace("example.com/a", "www.example.org.uk/a")
            .replace("<h1>T</h1>", "<h1>T</h1><p>16 July 2019</p>");
        assert_eq!(date_of(&shown), Some(("2019-07-16".into(), "meta")));
    }

    #[test]
    fn a_url_day_too_far_from_the_utc_time_is_a_draft_date() {
        // 10:04 UTC is the 8th nowhere west of Hawaii.
        let html = format!(
            "<link rel=canonical href='https://paper.example.com/2020/07/08/slug/'>\
             <meta property='article:published_time' content='2020-07-09T10:04:04Z'><h1>T</h1>{BODY}"
        );
        assert_eq!(date_of(&html), Some(("2020-07-09".into(), "meta")));
    }

    #[test]
    fn a_published_line_below_the_article_counts() {
        let html = format!(
            "<div class=main><h1>T</h1><div class=content>{LONG}{BODY}</div>\
             <div class=page-info><p>Published 10 January 2013</p></div></div>\
             <footer class=site-footer><p>Updated 3 March 2020</p></footer>"
        );
        assert_eq!(date_of(&html), Some(("2013-01-10".into(), "dateline")));
    }

    /// A paragraph long enough to be prose, not a dateline.
    const LONG: &str = "<p>The inspection found caseloads were high, and staff were stretched across the area; leaders had plans, but nothing changed in the year that followed, and nothing has changed since then either.</p>";

    #[test]
    fn an_unlabelled_date_below_the_article_is_a_mention() {
        let html = format!(
            "<div class=main><h1>T</h1><div class=content>{LONG}{BODY}<p>See also: 10 January 2013</p></div></div>"
        );
        assert_eq!(date_of(&html), None);
    }

    #[test]
    fn the_article_own_aside_and_sidebar_box_hold_its_date() {
        let html = format!(
            "<article><h1>T</h1><aside class=blogData><dl><dt>Datum</dt><dd>12.01.2017</dd></dl></aside>\
             <div class=text>{BODY}</div></article><aside><p>Posted 1 May 2019</p></aside>"
        );
        assert_eq!(date_of(&html), Some(("2017-01-12".into(), "dateline")));
        let html = format!(
            "<div class=post><h1>T</h1><div class='article-sidebar'><span>5 June 2018</span></div>\
             <div class=text>{BODY}</div></div><div class=sidebar><p>Posted 1 May 2019</p></div>"
        );
        assert_eq!(date_of(&html), Some(("2018-06-05".into(), "dateline")));
    }

    #[test]
    fn a_site_sidebar_date_is_not_the_article_date() {
        let html = format!(
            "<div class=sidebar><p>Posted 1 May 2019</p></div><div class=post><h1>T</h1><div class=text>{BODY}</div></div>"
        );
        assert_eq!(date_of(&html), None);
    }

    #[test]
    fn today_in_brackets_in_the_lead() {
        assert_eq!(
            published_today("The minister said today (13 April 2017) that"),
            Some(jiff::civil::date(2017, 4, 13))
        );
    }
}
