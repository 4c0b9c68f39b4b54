//! The article's own headline.
//!
//! Pages name themselves in several places, each with its own noise:
//! `<title>` carries the site name ("Headline – Site", "Site: Headline"),
//! `og:title` and JSON-LD `headline` are usually clean but sometimes
//! shortened, and the visible `<h1>` is sometimes the site's logo. So every
//! heading-like element is scored: being an `<h1>` or marked as a title,
//! matching what the metadata says, sitting at the top of the article; an
//! element that is the site's name or lies in boilerplate is out. The best
//! one wins; when nothing on the page looks like the headline, the cleanest
//! metadata title is used.

use super::article::Article;
use super::dom::{Dom, NodeId, collapse_ws};
use super::meta::Meta;

/// Separators sites put between a headline and their own name.
const SEPARATORS: &[&str] = &[" – ", " — ", " | ", " - ", " :: ", " » ", " · ", ": "];

/// The headline and the element it came from, if it is on the page.
#[derive(Debug, Default)]
pub struct Headline {
    pub text: String,
    pub node: Option<NodeId>,
}

/// Lower-case letters and digits only, for comparing titles that differ in
/// quotes, dashes and spacing.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What the metadata says the title is, cleaned of the site name.
fn metadata_titles(meta: &Meta) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["og:title", "twitter:title", "dc.title", "citation_title"] {
        if let Some(t) = meta.get(&[key]) {
            out.push(strip_site(t, meta.site_name()));
        }
    }
    out.extend(meta.ld_strings("headline"));
    if let Some(t) = &meta.title_tag {
        out.push(strip_site(t, meta.site_name()));
    }
    out.retain(|t| !t.trim().is_empty());
    out
}

/// Removes a site name from either end of a `<title>`-style string.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse_ws(title);
    let site_norm = site.map(norm).filter(|s| !s.is_empty());
    for sep in SEPARATORS {
        let Some((left, right)) = title.split_once(sep).map(|(l, _)| {
            let r = &title[title.rfind(sep).unwrap_or(0) + sep.len()..];
            (l, r)
        }) else {
            continue;
        };
        if let Some(sn) = &site_norm {
            let last_left = &title[..title.rfind(sep).unwrap_or(title.len())];
            let first_right = &title[title.find(sep).map_or(0, |i| i + sep.len())..];
            if norm(right) == *sn || norm(right).contains(sn.as_str()) {
                return last_left.trim().to_string();
            }
            if norm(left) == *sn || norm(left).contains(sn.as_str()) {
                return first_right.trim().to_string();
            }
            continue;
        }
        // No site name known: a short trailing segment after " – " or " | "
        // is the site; ": " is too common inside headlines to split on.
        if *sep != ": " && right.split_whitespace().count() <= 6 {
            return title[..title.rfind(sep).unwrap_or(title.len())]
                .trim()
                .to_string();
        }
    }
    title
}

fn is_titleish_class(dom: &Dom, n: NodeId) -> bool {
    let Some(e) = dom.element(n) else {
        return false;
    };
    let itemprop = e.attr("itemprop").unwrap_or("");
    if itemprop.eq_ignore_ascii_case("headline") || itemprop.eq_ignore_ascii_case("name") {
        return true;
    }
    let Some(class) = e.attr("class") else {
        return false;
    };
    // Every marker below contains one of these; most classes contain none.
    let lower_ok = !class.bytes().any(|b| b.is_ascii_uppercase());
    if lower_ok
        && !(class.contains("title") || class.contains("headline") || class.contains("heading"))
    {
        return false;
    }
    let class = if !lower_ok {
        std::borrow::Cow::Owned(class.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(class)
    };
    [
        "entry-title",
        "post-title",
        "article-title",
        "page-title",
        "headline",
        "story-title",
        "title__text",
        "heading__text",
        "news-title",
    ]
    .iter()
    .any(|c| class.contains(c))
}

/// Finds the headline.
pub fn find(dom: &Dom, meta: &Meta, article: &Article) -> Headline {
    let meta_titles = metadata_titles(meta);
    let refs: Vec<String> = meta_titles.iter().map(|t| norm(t)).collect();
    let ref_words = page_words(meta, &meta_titles);
    let title_tag = meta.title_tag.as_deref().map(norm).unwrap_or_default();
    let site = meta.site_name().map(norm).unwrap_or_default();
    let article_start = article.roots.first().copied();
    let mut best: Option<(i32, NodeId, String)> = None;
    let sizes = dom.text_sizes();
    let (emphatic_min, emphatic_max) = emphatic_sizes(&refs, &title_tag);
    let outside = outside_marks(dom);
    for n in 1..dom.nodes.len() as NodeId {
        let size = sizes[n as usize];
        // Raw text can be longer than the collapsed text, but not by 10x.
        if !(4..=3000).contains(&size) {
            continue;
        }
        let name = dom.name(n);
        let heading = matches!(name, "h1" | "h2" | "h3");
        let emphatic = matches!(name, "b" | "strong" | "font" | "span" | "div" | "p" | "td")
            && (emphatic_min..=emphatic_max).contains(&size);
        if !heading && !emphatic && !is_titleish_class(dom, n) {
            continue;
        }
        if outside[n as usize] {
            continue;
        }
        let text = headline_text(dom, n, &refs);
        if text.len() < 4 || text.len() > 300 {
            continue;
        }
        let tn = norm(&text);
        if tn.is_empty() || (!site.is_empty() && tn == site) {
            continue;
        }
        let matches_meta = refs.contains(&tn);
        let in_title_tag = tn.len() >= 8 && title_tag.contains(&tn);
        let titleish = is_titleish_class(dom, n);
        // Only headings, title-marked elements, or elements that repeat the
        // metadata title can be the headline.
        if !heading && !titleish && !matches_meta && !in_title_tag {
            continue;
        }
        // A heading that only links home is the site's logo.
        let only_link = dom.node(n).children.len() == 1 && dom.name(dom.node(n).children[0]) == "a";
        let mut score = 0;
        score += match name {
            "h1" => 6,
            "h2" => 2,
            "h3" => 1,
            _ => 0,
        };
        if titleish {
            score += 4;
        }
        if matches_meta {
            score += 8;
        } else if in_title_tag {
            score += 6;
        } else if refs
            .iter()
            .any(|r| r.len() >= 12 && (tn.starts_with(r.as_str()) || r.starts_with(&tn)))
        {
            score += 3;
        }
        if only_link && !matches_meta && !in_title_tag {
            score -= 6;
        }
        // A site-wide promo <h1> ("Sign up to our newsletter") shares no
        // word with what the metadata calls the page.
        if name == "h1" && !matches_meta && !in_title_tag && shares_no_word(&text, &ref_words) {
            score -= 5;
        }
        if article.mask[n as usize]
            && name != "h1"
            && !dom.ancestors(n).any(|a| dom.name(a) == "header")
        {
            score -= 3;
        }
        if let Some(start) = article_start
            && (dom.is_within(n, start) || n < start)
        {
            score += 1;
        }
        if score >= 6 && best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, n, text));
        }
    }
    if let Some((_, node, text)) = best {
        return Headline {
            text,
            node: Some(node),
        };
    }
    Headline {
        text: metadata_titles(meta).into_iter().next().unwrap_or_default(),
        node: None,
    }
}

/// Lower-case words of four letters or more: the words a headline is
/// recognised by.
fn content_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// Words of the metadata titles that name the page, not the site.
fn page_words(meta: &Meta, meta_titles: &[String]) -> Vec<String> {
    let site_norm = meta.site_name().map(norm).unwrap_or_default();
    meta_titles
        .iter()
        .filter(|t| norm(t) != site_norm)
        .flat_map(|t| content_words(t))
        .collect()
}

/// Whether `text` has content words and the metadata titles have some,
/// but they share none.
fn shares_no_word(text: &str, ref_words: &[String]) -> bool {
    let words = content_words(text);
    ref_words.len() >= 2 && !words.is_empty() && !words.iter().any(|w| ref_words.contains(w))
}

/// Class words of a kicker: the short label over a headline ("Live",
/// "Analysis", a topic), often inside the headline's own element.
const KICKER_WORDS: &[&str] = &[
    "kicker",
    "overline",
    "eyebrow",
    "supertitle",
    "surtitle",
    "dachzeile",
    "topline",
    "flag",
    "rubric",
];

fn is_kicker(dom: &Dom, n: NodeId) -> bool {
    dom.attr(n, "class").is_some_and(|c| {
        c.split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '_')
            .any(|w| KICKER_WORDS.iter().any(|k| w.eq_ignore_ascii_case(k)))
    })
}

/// The headline element's text. A kicker in its own element inside the
/// headline is dropped when the metadata names the headline without it,
/// else joined as "Kicker: Headline" (element text runs together, and
/// pages put stray separators between the two).
fn headline_text(dom: &Dom, n: NodeId, refs: &[String]) -> String {
    let has_child_elements = dom
        .node(n)
        .children
        .iter()
        .any(|&c| dom.element(c).is_some());
    let kicker = has_child_elements
        .then(|| dom.descendants(n).skip(1).find(|&d| is_kicker(dom, d)))
        .flatten();
    let Some(k) = kicker else {
        return dom.text(n);
    };
    let mut rest = String::new();
    let skip = |d: &Dom, x: NodeId| x == k || matches!(d.name(x), "script" | "style");
    for d in dom.descendants_skipping(n, &skip) {
        if let super::dom::NodeData::Text(t) = &dom.node(d).data {
            rest.push_str(t);
            rest.push(' ');
        }
    }
    let rest = collapse_ws(&rest);
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ":|–—-·•/".contains(c));
    let label = dom.text(k);
    let label = label.trim_end_matches(|c: char| c.is_whitespace() || ":|–—-·•/".contains(c));
    // A label is a word or three ("Live", "Analysis", "Corona-Pandemie");
    // a longer one, or one with figures, is a dateline or a reference.
    let is_label = !label.is_empty()
        && label.split_whitespace().count() <= 4
        && !label.bytes().any(|b| b.is_ascii_digit());
    if !is_label || refs.contains(&norm(rest)) {
        rest.to_string()
    } else {
        format!("{label}: {rest}")
    }
}

/// The text sizes an element that is not a heading may have to be the
/// headline. It can only be one by repeating the metadata title, so its
/// text cannot be much longer; nor much shorter: normalised text only
/// drops characters.
fn emphatic_sizes(refs: &[String], title_tag: &str) -> (u32, u32) {
    let longest_ref = refs
        .iter()
        .map(String::len)
        .max()
        .unwrap_or(0)
        .max(title_tag.len());
    let emphatic_max = (longest_ref * 3 + 40) as u32;
    let shortest_ref = refs
        .iter()
        .map(String::len)
        .filter(|&l| l > 0)
        .min()
        .unwrap_or(usize::MAX);
    let emphatic_min = (shortest_ref.min(8)) as u32;
    (emphatic_min, emphatic_max)
}

/// Marks the elements under `<head>`, navigation, asides, footers, links
/// or `<title>` (parents come before children, so one forward pass marks
/// them).
fn outside_marks(dom: &Dom) -> Vec<bool> {
    let mut outside = vec![false; dom.nodes.len()];
    for i in 1..dom.nodes.len() {
        let id = i as NodeId;
        let parent = dom.node(id).parent;
        outside[i] = outside[parent as usize]
            || matches!(
                dom.name(parent),
                "head" | "nav" | "aside" | "footer" | "a" | "title"
            );
    }
    outside
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::article;

    fn title_of(html: &str) -> String {
        let dom = Dom::parse(html);
        let meta = Meta::read(&dom);
        let art = article::find(&dom);
        find(&dom, &meta, &art).text
    }

    const BODY: &str = "<div class=entry-content><p>The inspection found caseloads were high, and staff were stretched across the area.</p></div>";

    #[test]
    fn visible_h1_wins_over_a_suffixed_title_tag() {
        let html = format!(
            "<title>Probation caseloads in Kent &#8211; The Ledger</title><h1 class=entry-title>Probation caseloads in Kent</h1>{BODY}"
        );
        assert_eq!(title_of(&html), "Probation caseloads in Kent");
    }

    #[test]
    fn a_site_logo_h1_is_not_the_headline() {
        let html = format!(
            "<title>Justice Notes: Tagging contracts revisited</title><meta property=og:title content='Tagging contracts revisited'>\
             <header><h1 class=title><a href='/'>Justice Notes</a></h1></header>\
             <h3 class='post-title entry-title'>Tagging contracts revisited</h3>{BODY}"
        );
        assert_eq!(title_of(&html), "Tagging contracts revisited");
    }

    #[test]
    fn legacy_bold_font_title_matching_the_title_tag() {
        let html = format!(
            "<TITLE>Riverside Trust - New hostel opens in Hull</TITLE><TABLE><TR><TD><FONT size=4><B>New hostel opens in Hull</B></FONT><BR>{BODY}</TD></TR></TABLE>"
        );
        assert_eq!(title_of(&html), "New hostel opens in Hull");
    }

    #[test]
    fn og_title_when_nothing_visible_matches() {
        let html = format!("<meta property=og:title content='Report on HMP Leeds'>{BODY}");
        assert_eq!(title_of(&html), "Report on HMP Leeds");
    }

    #[test]
    fn title_tag_site_name_is_stripped_as_a_last_resort() {
        assert_eq!(
            title_of(&format!(
                "<title>Report on HMP Leeds | HM Inspectorate of Prisons</title>{BODY}"
            )),
            "Report on HMP Leeds"
        );
        assert_eq!(
            strip_site("Preferred bidders named - GOV.UK", None),
            "Preferred bidders named"
        );
        assert_eq!(
            strip_site("Justice Notes: Tagging contracts", Some("Justice Notes")),
            "Tagging contracts"
        );
        assert_eq!(
            strip_site("Breaking the Cycle: what Peterborough can teach us", None),
            "Breaking the Cycle: what Peterborough can teach us"
        );
    }

    #[test]
    fn a_promo_h1_is_not_the_headline_when_the_metadata_names_another() {
        let html = format!(
            "<title>Tagging contracts revisited | Justice Notes</title><meta property=og:title content='Tagging contracts revisited'>\
             <div class=promo><h1>Subscribe now and save 50%</h1></div>{BODY}"
        );
        assert_eq!(title_of(&html), "Tagging contracts revisited");
        // An <h1> worded differently from the metadata still wins when it
        // shares its words.
        let html = format!(
            "<meta property=og:title content='Kent probation caseloads rise again, figures show'>\
             <h1>Probation caseloads in Kent rise</h1>{BODY}"
        );
        assert_eq!(title_of(&html), "Probation caseloads in Kent rise");
    }

    #[test]
    fn a_kicker_inside_the_headline_is_joined_cleanly_or_dropped() {
        let h1 =
            "<h1><span class=article-kicker>Analysis</span><span>Why tagging failed</span></h1>";
        assert_eq!(
            title_of(&format!("{h1}{BODY}")),
            "Analysis: Why tagging failed"
        );
        let html = format!("<meta property=og:title content='Why tagging failed'>{h1}{BODY}");
        assert_eq!(title_of(&html), "Why tagging failed");
        let h1 = "<h1><span class=kicker>Live :</span> : „Court backlog“</h1>";
        assert_eq!(title_of(&format!("{h1}{BODY}")), "Live: „Court backlog“");
        let h1 = "<h1><span class=kicker>Press release 6/2022</span>Court backlog</h1>";
        assert_eq!(title_of(&format!("{h1}{BODY}")), "Court backlog");
    }

    #[test]
    fn headings_in_sidebars_are_not_candidates() {
        let html = format!(
            "<title>Unpaid work in London</title><aside><h1>Most read</h1></aside><h1>Unpaid work in London</h1>{BODY}"
        );
        assert_eq!(title_of(&html), "Unpaid work in London");
    }
}
