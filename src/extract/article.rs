//! Which part of a page is the article.
//!
//! Two steps, as in Readability. First a boilerplate mask: elements that
//! are never article text by their tag (navigation, asides, forms, scripts),
//! their ARIA role, their visibility, or the words in their class and id
//! (comments, share bars, related posts, sidebars, cookie banners,
//! sponsors, footers). Then scoring: every paragraph-like block outside the
//! mask gives points for its length and commas to its parent, grandparent
//! and great-grandparent; the best-scoring container, discounted by how
//! much of its text is links, is the article, and siblings that score well
//! are kept with it.
//!
//! The class rules can be wrong about a wrapper (`<div class="has-sidebar">`
//! around everything), so an element that holds the page's headline or an
//! explicit article-body marker is never masked by class words alone.

use std::borrow::Cow;

use super::dom::{Dom, NodeData, NodeId, ROOT};

/// The article's container(s) and the mask of boilerplate elements inside
/// and around it.
#[derive(Debug)]
pub struct Article {
    /// The chosen container first, then kept siblings, in document order.
    pub roots: Vec<NodeId>,
    /// `mask[n]` is true when node `n` is boilerplate (or under it).
    pub mask: Vec<bool>,
}

/// Class/id words that mark boilerplate.
const NEGATIVE_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "respond",
    "reply",
    "replies",
    "share",
    "shares",
    "sharing",
    "sharedaddy",
    "social",
    "related",
    "relatedposts",
    "sidebar",
    "widget",
    "widgets",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "crumbs",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "colophon",
    "masthead",
    "header",
    "subscribe",
    "subscription",
    "newsletter",
    "signup",
    "sponsor",
    "sponsors",
    "sponsored",
    "advert",
    "adverts",
    "advertisement",
    "ad",
    "ads",
    "adsbygoogle",
    "promo",
    "promotion",
    "popular",
    "trending",
    "recent",
    "pagination",
    "pager",
    "feedback",
    "modal",
    "popup",
    "toolbar",
    "tagcloud",
    "rss",
    "login",
    "disclaimer",
    "enquiries",
    "outbrain",
    "taboola",
    "skip",
    "byline",
    "dateline",
    "meta",
    "metadata",
    "author",
    "authors",
    "bio",
    "biography",
    "contributors",
    "tags",
    "categories",
    "downloads",
    "latest",
    "archive",
    "archives",
    "blogroll",
    "donate",
    "jobs",
    "contact",
    "copyright",
    "feed",
    "feeds",
    "licence",
    "license",
];

/// Hyphenated class names whose single words are too common to list.
const NEGATIVE_COMPOUNDS: &[&str] = &[
    "most-read",
    "mostread",
    "most-popular",
    "more-stories",
    "read-more",
    "readmore",
    "also-read",
    "you-may-like",
    "in-this-section",
    "side-box",
    "col-side",
    "screen-reader-text",
    "post-navigation",
    "nav-links",
    "entry-footer",
    "published-dates",
    "cat-links",
    "tag-links",
    "page-links",
    "file-meta",
    "print-link",
    "back-to-top",
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
];

/// Whole class names that hide an element (as single words they are too
/// common: Drupal marks every field `field--label-hidden`).
const HIDING_CLASSES: &[&str] = &["hidden", "hide", "d-none", "is-hidden", "invisible"];

/// Class/id words that mark article content.
const POSITIVE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "content",
    "entry",
    "main",
    "post",
    "text",
    "story",
    "govspeak",
    "report",
    "blog",
    "prose",
    "body",
    "news",
];

/// Markers so explicit that whatever holds them is never masked by class.
const ARTICLE_MARKERS: &[&str] = &[
    "entry-content",
    "post-content",
    "post-body",
    "article-body",
    "article-content",
    "articlebody",
    "story-body",
    "story-content",
    "govspeak",
    "report-content",
    "news-content",
    "page-content",
    "td-post-content",
];

/// The element's class names and id, lower-cased (without allocating in
/// the usual case of names already in lower case).
fn class_words(dom: &Dom, n: NodeId) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    let class = dom.attr(n, "class").unwrap_or("");
    let id = dom.attr(n, "id").unwrap_or("");
    class
        .split_whitespace()
        .chain(id.split_whitespace())
        .map(|s| {
            if s.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(s.to_ascii_lowercase())
            } else {
                Cow::Borrowed(s)
            }
        })
}

fn split_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(['-', '_', '.', ':']).filter(|w| !w.is_empty())
}

fn has_negative_class(dom: &Dom, n: NodeId) -> bool {
    class_words(dom, n).any(|name| {
        HIDING_CLASSES.contains(&name.as_ref())
            || NEGATIVE_COMPOUNDS.iter().any(|c| name.contains(c))
            || split_words(&name).any(|w| NEGATIVE_WORDS.contains(&w))
    })
}

fn class_weight(dom: &Dom, n: NodeId) -> f32 {
    let mut weight = 0.0;
    let mut neg = false;
    let mut pos = false;
    for name in class_words(dom, n) {
        if NEGATIVE_COMPOUNDS.iter().any(|c| name.contains(c))
            || split_words(&name).any(|w| NEGATIVE_WORDS.contains(&w))
        {
            neg = true;
        }
        if split_words(&name).any(|w| POSITIVE_WORDS.contains(&w)) {
            pos = true;
        }
    }
    if neg {
        weight -= 25.0;
    }
    if pos {
        weight += 25.0;
    }
    if dom.attr(n, "itemprop") == Some("articleBody") || dom.attr(n, "role") == Some("main") {
        weight += 25.0;
    }
    weight
}

fn is_article_marker(dom: &Dom, n: NodeId) -> bool {
    dom.attr(n, "itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articlebody"))
        || class_words(dom, n).any(|name| ARTICLE_MARKERS.contains(&name.as_ref()))
}

/// Elements whose content is never article text.
fn is_boilerplate_tag(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "frame"
            | "frameset"
            | "form"
            | "button"
            | "select"
            | "option"
            | "textarea"
            | "input"
            | "label"
            | "nav"
            | "aside"
            | "footer"
            | "object"
            | "embed"
            | "canvas"
            | "dialog"
            | "menu"
            | "h1"
    )
}

fn is_hidden(dom: &Dom, n: NodeId) -> bool {
    if dom.attr(n, "hidden").is_some() || dom.attr(n, "aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = dom.attr(n, "style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    matches!(
        dom.attr(n, "role"),
        Some(
            "navigation"
                | "banner"
                | "contentinfo"
                | "complementary"
                | "search"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
                | "toolbar"
        )
    )
}

/// Marks boilerplate nodes. Nodes are stored parents-first, so one forward
/// pass inherits a parent's mark and one backward pass finds which nodes
/// hold a headline or an article marker.
pub fn boilerplate_mask(dom: &Dom) -> Vec<bool> {
    let n = dom.nodes.len();
    // protected[i]: the subtree holds the headline or an article marker.
    let mut protected = vec![false; n];
    for i in (1..n).rev() {
        let id = i as NodeId;
        if dom.name(id) == "h1" || is_article_marker(dom, id) {
            protected[i] = true;
        }
        if protected[i] {
            protected[dom.node(id).parent as usize] = true;
        }
    }
    let mut mask = vec![false; n];
    for i in 1..n {
        let id = i as NodeId;
        let parent = dom.node(id).parent as usize;
        if mask[parent] {
            mask[i] = true;
            continue;
        }
        let name = dom.name(id);
        if name.is_empty() || matches!(name, "html" | "body") {
            continue;
        }
        mask[i] = is_boilerplate_tag(name)
            || is_hidden(dom, id)
            || (name == "header" && dom.text(id).len() < 400)
            || (!protected[i] && has_negative_class(dom, id));
    }
    mask
}

/// How a block of running text votes: paragraphs vote for their
/// ancestors; a container that holds text directly (a `<td>` or `<div>` of
/// `<br>`-separated lines) votes for itself too, so it can be the article.
#[derive(Clone, Copy, PartialEq)]
enum Block {
    No,
    Paragraph,
    Container,
}

fn text_block(dom: &Dom, n: NodeId) -> Block {
    let has_block_child = || {
        dom.node(n).children.iter().any(|&c| {
            matches!(
                dom.name(c),
                "p" | "div"
                    | "table"
                    | "ul"
                    | "ol"
                    | "section"
                    | "article"
                    | "blockquote"
                    | "pre"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "dl"
            )
        })
    };
    match dom.name(n) {
        "p" | "pre" | "li" | "dd" => Block::Paragraph,
        "blockquote" if !has_block_child() => Block::Paragraph,
        "td" | "div" | "section" | "font" | "center" | "article" | "main" if !has_block_child() => {
            Block::Container
        }
        _ => Block::No,
    }
}

/// Text length, linked-text length and commas under every node, outside
/// the mask, computed in one backward pass (children have larger ids than
/// their parents), so scoring never walks a subtree twice.
struct Stats {
    len: Vec<u32>,
    link: Vec<u32>,
    commas: Vec<u32>,
}

impl Stats {
    fn compute(dom: &Dom, mask: &[bool]) -> Stats {
        let n = dom.nodes.len();
        let mut st = Stats {
            len: vec![0; n],
            link: vec![0; n],
            commas: vec![0; n],
        };
        for i in (1..n).rev() {
            let id = i as NodeId;
            if mask[i] {
                continue;
            }
            match &dom.node(id).data {
                NodeData::Text(t) => {
                    st.len[i] = t.split_whitespace().map(|w| w.len() as u32 + 1).sum();
                    st.commas[i] = t.bytes().filter(|&b| b == b',').count() as u32;
                }
                NodeData::Element(e) => {
                    if matches!(&*e.name, "script" | "style") {
                        st.len[i] = 0;
                        st.link[i] = 0;
                        st.commas[i] = 0;
                        continue;
                    }
                    if &*e.name == "a" {
                        st.link[i] = st.len[i];
                    }
                }
                NodeData::Document => {}
            }
            let p = dom.node(id).parent as usize;
            st.len[p] += st.len[i];
            st.link[p] += st.link[i];
            st.commas[p] += st.commas[i];
        }
        st
    }

    fn get(&self, n: NodeId) -> (usize, usize, usize) {
        let i = n as usize;
        (
            self.len[i] as usize,
            self.link[i] as usize,
            self.commas[i] as usize,
        )
    }
}

/// Finds the article.
pub fn find(dom: &Dom) -> Article {
    let mask = boilerplate_mask(dom);
    let stats = Stats::compute(dom, &mask);
    let mut score: Vec<f32> = vec![0.0; dom.nodes.len()];
    let mut seen = vec![false; dom.nodes.len()];
    let mut candidates = Vec::new();
    for (i, &masked) in mask.iter().enumerate().skip(1) {
        let id = i as NodeId;
        let block = if masked {
            Block::No
        } else {
            text_block(dom, id)
        };
        if block == Block::No {
            continue;
        }
        let (len, link, commas) = stats.get(id);
        if len < 25 || link * 2 > len {
            continue;
        }
        let points = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
        let mut anc = if block == Block::Container {
            id
        } else {
            dom.node(id).parent
        };
        for level in 0..3 {
            if anc == ROOT {
                break;
            }
            if !seen[anc as usize] {
                seen[anc as usize] = true;
                score[anc as usize] = initial_score(dom, anc);
                candidates.push(anc);
            }
            score[anc as usize] += points / [1.0, 2.0, 3.0][level];
            anc = dom.node(anc).parent;
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for &c in &candidates {
        let (len, link, _) = stats.get(c);
        let density = if len == 0 {
            0.0
        } else {
            link as f32 / len as f32
        };
        score[c as usize] *= 1.0 - density;
        if best.is_none_or(|(_, s)| score[c as usize] > s) {
            best = Some((c, score[c as usize]));
        }
    }
    let Some((top, top_score)) = best else {
        let body = dom.elements_named("body").next().unwrap_or(ROOT);
        return Article {
            roots: vec![body],
            mask,
        };
    };
    let mut roots = Vec::new();
    let parent = dom.node(top).parent;
    let threshold = (top_score * 0.2).max(10.0);
    for &sib in &dom.node(parent).children {
        if sib == top {
            roots.push(sib);
            continue;
        }
        if mask[sib as usize] || dom.element(sib).is_none() {
            continue;
        }
        let keep = if seen[sib as usize] && score[sib as usize] >= threshold {
            true
        } else if dom.name(sib) == "p" {
            let (len, link, _) = stats.get(sib);
            let text = dom.text(sib);
            (len > 80 && link * 4 < len) || (len > 0 && link == 0 && text.contains(". "))
        } else {
            false
        };
        if keep {
            roots.push(sib);
        }
    }
    Article { roots, mask }
}

impl Article {
    /// Adds the standfirst: prose paragraphs between the headline and the
    /// article container (GOV.UK's lead paragraph, a newspaper's intro),
    /// which templates often keep outside the body element. Node ids follow
    /// document order, so "between" is an id range.
    pub fn add_lead(&mut self, dom: &Dom, headline: NodeId) {
        let Some(&first) = self.roots.first() else {
            return;
        };
        if headline >= first {
            return;
        }
        let mut lead = Vec::new();
        for id in headline + 1..first {
            if self.mask[id as usize]
                || dom.is_within(first, id)
                || lead.iter().any(|&l| dom.is_within(id, l))
            {
                continue;
            }
            let is_para = dom.name(id) == "p"
                || class_words(dom, id).any(|c| {
                    split_words(&c)
                        .any(|w| matches!(w, "lead" | "standfirst" | "intro" | "summary" | "dek"))
                });
            if !is_para {
                continue;
            }
            let text = dom.text(id);
            if text.len() >= 60 && text.split_whitespace().count() >= 8 {
                lead.push(id);
            }
        }
        if !lead.is_empty() {
            lead.append(&mut self.roots);
            self.roots = lead;
        }
    }
}

fn initial_score(dom: &Dom, n: NodeId) -> f32 {
    let base = match dom.name(n) {
        "article" | "main" => 10.0,
        "div" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + class_weight(dom, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "The inspectors found that caseloads were high, staff were stretched, and supervision was patchy across the area.";

    fn article_text(html: &str) -> String {
        let dom = Dom::parse(html);
        let art = find(&dom);
        art.roots
            .iter()
            .map(|&r| {
                dom.descendants_skipping(r, &|_, n| art.mask[n as usize])
                    .filter_map(|n| match &dom.node(n).data {
                        NodeData::Text(t) => Some(t.trim().to_string()),
                        _ => None,
                    })
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn picks_the_paragraph_container_over_the_sidebar() {
        let html = format!(
            "<body><div id=main><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div>\
             <div class=widget-area><p>Sidebar text that goes on, and on, about other posts.</p></div></body>"
        );
        let text = article_text(&html);
        assert!(text.contains("caseloads were high"));
        assert!(!text.contains("Sidebar"));
    }

    #[test]
    fn comments_are_masked_even_inside_the_article() {
        let html = format!(
            "<article><div class=entry-content><p>{LONG}</p><p>{LONG}</p></div>\
             <div id=comments><p>I disagree with this, strongly, for many reasons.</p></div></article>"
        );
        let text = article_text(&html);
        assert!(!text.contains("disagree"));
    }

    #[test]
    fn share_bars_related_posts_and_cookie_banners_are_masked() {
        let html = format!(
            "<div class=cookie-banner><p>We use cookies to make this site work, and to count visits.</p></div>\
             <div class=post><p>{LONG}</p><p>{LONG}</p>\
             <div class=sharedaddy><p>Share this: on X, on Facebook, on LinkedIn, by email.</p></div>\
             <div class=jp-relatedposts><p>Another post, about something else, entirely.</p></div></div>"
        );
        let text = article_text(&html);
        assert!(text.contains("supervision was patchy"));
        for leak in ["cookies", "Share this", "Another post"] {
            assert!(!text.contains(leak), "{leak} leaked");
        }
    }

    #[test]
    fn a_wrapper_with_sidebar_in_its_class_is_not_masked_when_it_holds_the_headline() {
        let html = format!(
            "<body><div class='layout has-sidebar'><h1>Headline</h1><div><p>{LONG}</p><p>{LONG}</p></div></div></body>"
        );
        assert!(article_text(&html).contains("caseloads were high"));
    }

    #[test]
    fn hidden_and_role_navigation_elements_are_masked() {
        let html = format!(
            "<div><p>{LONG}</p><p>{LONG}</p><p style='display: none'>Invisible words, never shown.</p>\
             <div role=navigation><p>Menu words, many of them, linking elsewhere.</p></div></div>"
        );
        let text = article_text(&html);
        assert!(!text.contains("Invisible"));
        assert!(!text.contains("Menu words"));
    }

    #[test]
    fn link_heavy_blocks_lose_to_prose() {
        let links: String = (0..20)
            .map(|i| format!("<li><a href=/p{i}>Post number {i}, a long link title here</a></li>"))
            .collect();
        let html = format!("<div><ul>{links}</ul></div><div><p>{LONG}</p><p>{LONG}</p></div>");
        let text = article_text(&html);
        assert!(text.contains("caseloads"));
        assert!(!text.contains("Post number"));
    }

    #[test]
    fn table_layout_pages_use_the_text_cell() {
        let html = format!(
            "<table><tr><td><a href=/>Home</a><br><a href=/news>News</a></td>\
             <td><font size=2>{LONG}<br><br>{LONG}</font></td></tr></table>"
        );
        let text = article_text(&html);
        assert!(text.contains("caseloads"));
        assert!(!text.contains("Home"));
    }

    #[test]
    fn a_page_without_paragraphs_falls_back_to_body() {
        let dom = Dom::parse("<body><span>short</span></body>");
        let art = find(&dom);
        assert_eq!(dom.name(art.roots[0]), "body");
    }
}
