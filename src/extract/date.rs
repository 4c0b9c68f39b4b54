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

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as i8 + 1)
}

fn make(y: i64, m: i64, d: i64) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return None;
    }
    Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Parses a machine date: `2019-07-17`, `2019-07-17T09:30:00+01:00`,
/// `2019/07/17`. The date is taken as written (the publisher's local day).
pub fn parse_iso(s: &str) -> Option<Date> {
    let s = s.trim();
    let digits: Vec<&str> = s.get(..10.min(s.len()))?.split(['-', '/', '.']).collect();
    if digits.len() == 3 && digits[0].len() == 4 {
        return make(
            digits[0].parse().ok()?,
            digits[1].parse().ok()?,
            digits[2].parse().ok()?,
        );
    }
    None
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
    let t = tok.to_ascii_lowercase();
    let t = t
        .strip_suffix("st")
        .or_else(|| t.strip_suffix("nd"))
        .or_else(|| t.strip_suffix("rd"))
        .or_else(|| t.strip_suffix("th"))
        .unwrap_or(&t);
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

fn date_at(tokens: &[(&str, usize)], i: usize) -> Option<Date> {
    let tok = tokens[i].0;
    let next = |k: usize| tokens.get(i + k).map(|t| t.0);
    // 29/06/2017, 29.06.2017, 29-06-2017, 2017-06-29
    if tok.contains(['/', '-', '.']) && tok.bytes().any(|b| b.is_ascii_digit()) {
        let parts: Vec<&str> = tok.split(['/', '-', '.']).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let n: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if n.len() == 3 {
                if parts[0].len() == 4 {
                    return make(n[0], n[1], n[2]);
                }
                if parts[2].len() == 4 {
                    // Day first unless the middle number cannot be a month.
                    return if n[1] <= 12 {
                        make(n[2], n[1], n[0])
                    } else {
                        make(n[2], n[0], n[1])
                    };
                }
            }
        }
        return None;
    }
    // 29 June 2017 / 29th Jun 2017 / 29 June, 2017 / 3rd of May 2019
    if let Some(d) = day_number(tok) {
        let skip = usize::from(next(1).is_some_and(|w| w.eq_ignore_ascii_case("of")));
        if let Some(m) = next(1 + skip).and_then(month_number) {
            let y = next(2 + skip).and_then(year_number)?;
            return make(y, m as i64, d);
        }
    }
    // June 29th, 2017 / June 29 2017
    if let Some(m) = month_number(tok)
        && let Some(d) = next(1).and_then(day_number)
        && let Some(y) = next(2).and_then(year_number)
    {
        return make(y, m as i64, d);
    }
    None
}

/// A `/2017/06/29/` (or `/2017/06/`) path in a URL: the full date, or the
/// year and month with day 1 and a flag saying the day is unknown.
pub fn from_url(url: &str) -> Option<(Date, bool)> {
    let path = url.split(['?', '#']).next()?;
    let segs: Vec<&str> = path.split('/').collect();
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
    "sidebar",
    "widget",
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
];

/// Marks elements whose dates belong to other things (comments, lists of
/// other posts, sidebars, footers). Elements that hold the headline or the
/// article are never foreign (Blogger wraps the whole post in a "widget").
/// Parents come before children in the arena, so one forward pass suffices.
pub fn foreign_mask(dom: &Dom, keep: &[NodeId]) -> Vec<bool> {
    let mut protected = vec![false; dom.nodes.len()];
    for &k in keep {
        protected[k as usize] = true;
        for a in dom.ancestors(k) {
            protected[a as usize] = true;
        }
    }
    let mut mask = vec![false; dom.nodes.len()];
    for i in 1..dom.nodes.len() {
        let id = i as NodeId;
        let parent = dom.node(id).parent as usize;
        if mask[parent] {
            mask[i] = true;
            continue;
        }
        if protected[i] {
            continue;
        }
        let name = dom.name(id);
        if matches!(
            name,
            "aside" | "nav" | "footer" | "form" | "script" | "style" | "noscript"
        ) {
            // A <footer> inside the article header area (WordPress entry
            // footers) carries categories, not dates of other posts; still
            // foreign for dates.
            mask[i] = true;
            continue;
        }
        let words = dom
            .attr(id, "class")
            .into_iter()
            .chain(dom.attr(id, "id"))
            .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
            .map(|w| w.to_ascii_lowercase());
        mask[i] = words
            .into_iter()
            .any(|w| FOREIGN_WORDS.contains(&w.as_str()));
    }
    mask
}

/// Whether the element is labelled as a modification date.
fn is_update_label(s: &str) -> bool {
    let s = s.to_ascii_lowercase();
    s.contains("updated")
        || s.contains("modified")
        || s.contains("revised")
        || s.contains("reviewed")
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
    // 1. Metadata.
    if let Some(f) = from_metadata(meta) {
        return Some(f);
    }
    let keep: Vec<NodeId> = headline
        .into_iter()
        .chain(article.roots.first().copied())
        .collect();
    let foreign = foreign_mask(dom, &keep);
    // 2. <time datetime>, datePublished elements, <abbr class=published title>.
    let mut updated: Option<Date> = None;
    if let Some(d) = time_element(dom, &foreign, &mut updated) {
        return found(d, DateSource::Time);
    }
    // 3. The canonical URL.
    let mut month_only = None;
    if let Some((d, full)) = url.and_then(from_url) {
        if full {
            return found(d, DateSource::Url);
        }
        month_only = Some(d);
    }
    // 4. A visible dateline near the headline.
    if let Some(d) = dateline(dom, article, headline, &foreign, &mut updated) {
        if let Some(m) = month_only
            && (m.year(), m.month()) != (d.year(), d.month())
        {
            return found(m, DateSource::Url);
        }
        return found(d, DateSource::Dateline);
    }
    if let Some(m) = month_only {
        return found(m, DateSource::Url);
    }
    // 5. "published today (3 May 2019)" in the text.
    if let Some(d) = published_today(body) {
        return found(d, DateSource::Text);
    }
    updated.map(|d| Found {
        date: d,
        source: DateSource::Updated,
    })
}

/// A publication date in the page's metadata: `<meta>` tags, then
/// JSON-LD.
fn from_metadata(meta: &Meta) -> Option<Found> {
    let found = |date, source| Some(Found { date, source });
    const META_KEYS: &[&str] = &[
        "article:published_time",
        "govuk:first-published-at",
        "datepublished",
        "og:published_time",
        "article.published",
        "published_time",
        "publication_date",
        "publishdate",
        "publish-date",
        "pubdate",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.created",
        "dcterms.date",
        "citation_publication_date",
        "sailthru.date",
        "parsely-pub-date",
        "date",
    ];
    for key in META_KEYS {
        if let Some(d) = meta
            .get(&[key])
            .and_then(|v| parse_iso(v).or_else(|| find_in_text(v).map(|x| x.0)))
        {
            return found(d, DateSource::Meta);
        }
    }
    for key in ["datePublished", "dateCreated"] {
        if let Some(d) = meta.ld_strings(key).iter().find_map(|v| parse_iso(v)) {
            return found(d, DateSource::JsonLd);
        }
    }
    None
}

/// The first `<time datetime>`, datePublished element or `<abbr
/// class=published title>` outside `foreign` parts of the page that is not
/// marked as an update; an update's date goes to `updated` (the first
/// one) instead.
fn time_element(dom: &Dom, foreign: &[bool], updated: &mut Option<Date>) -> Option<Date> {
    let mut time_hit: Option<Date> = None;
    for n in dom.descendants(super::dom::ROOT) {
        if foreign[n as usize] {
            continue;
        }
        let Some(e) = dom.element(n) else { continue };
        let itemprop = e.attr("itemprop").unwrap_or("");
        let machine = match &*e.name {
            "time" => e.attr("datetime"),
            _ if itemprop.eq_ignore_ascii_case("datepublished") => {
                e.attr("datetime").or(e.attr("content")).or(e.attr("title"))
            }
            "abbr" if e.attr("class").is_some_and(|c| c.contains("published")) => e.attr("title"),
            _ => None,
        };
        let date = machine.and_then(parse_iso).or_else(|| {
            (e.name.as_ref() == "time")
                .then(|| find_in_text(&dom.text(n)).map(|x| x.0))
                .flatten()
        });
        let Some(date) = date else { continue };
        let label_before = preceding_label(dom, n);
        if element_says_updated(dom, n)
            || is_update_label(&label_before)
            || itemprop.eq_ignore_ascii_case("datemodified")
        {
            updated.get_or_insert(date);
            continue;
        }
        if time_hit.is_none() {
            time_hit = Some(date);
            // A <time> inside the article container or before it is the
            // article's own; take it.
            break;
        }
    }
    time_hit
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

/// Longest text node taken for a dateline; longer ones are prose, and the
/// first prose after the headline ends the search.
const DATELINE_MAX: usize = 160;

/// Looks for a short date-bearing text near the headline, outside foreign
/// regions: from a few levels above the headline (datelines sometimes sit
/// before it) down to where the article's prose begins. Dates labelled as
/// updates are set aside.
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
    let mut passed_start = false;
    // A date after the headline is the article's; one before it may be the
    // page's (a masthead showing today), so it is kept only as a fallback.
    let mut before: Option<Date> = None;
    let mut prev_text = String::new();
    for n in dom.descendants_skipping(begin, &skip) {
        if n == start {
            passed_start = true;
        }
        let NodeData::Text(t) = &dom.node(n).data else {
            continue;
        };
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if t.len() > DATELINE_MAX {
            if passed_start {
                break;
            }
            prev_text.clear();
            continue;
        }
        if let Some((d, at)) = find_in_text(t)
            && is_dateline_shaped(t, at)
        {
            // The label is the text just before the date in the same node,
            // or the previous text ("<dt>Last updated</dt><dd>…</dd>").
            let own = &t[..at];
            let label = if own.chars().any(char::is_alphabetic) {
                own.to_string()
            } else {
                prev_text.clone()
            };
            let tail: String = label
                .chars()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if is_update_label(&tail) {
                updated.get_or_insert(d);
            } else if passed_start {
                return Some(d);
            } else {
                before.get_or_insert(d);
            }
        }
        prev_text = t
            .chars()
            .rev()
            .take(40)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
    }
    before
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

/// "published today (19 June 2019)" and "published on 19 June 2019".
fn published_today(body: &str) -> Option<Date> {
    let lower = body.to_ascii_lowercase();
    for pat in [
        "published today",
        "published on",
        "released today",
        "published this morning",
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
    }
}
