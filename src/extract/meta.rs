//! Metadata a page declares about itself: `<meta>` tags, the canonical
//! link, JSON-LD, `<title>`, and the tags/categories it lists.
//!
//! Collected in one walk so the title, date and kind rules can each ask
//! for what they need without walking the tree again.

use serde_json::Value;

use super::dom::{Dom, NodeData, NodeId};

/// What a page says about itself.
#[derive(Debug, Default)]
pub struct Meta {
    /// `<meta property|name|itemprop=K content=V>`, keys lower-cased, in
    /// document order.
    pub metas: Vec<(String, String)>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// Every JSON-LD object on the page, `@graph` members flattened.
    pub json_ld: Vec<Value>,
    /// Text of `<title>`.
    pub title_tag: Option<String>,
}

impl Meta {
    /// Reads the page's metadata.
    pub fn read(dom: &Dom) -> Meta {
        let mut meta = Meta::default();
        for n in dom.descendants(super::dom::ROOT) {
            let Some(e) = dom.element(n) else { continue };
            match &*e.name {
                "meta" => {
                    let key = e
                        .attr("property")
                        .or_else(|| e.attr("name"))
                        .or_else(|| e.attr("itemprop"))
                        .or_else(|| e.attr("http-equiv"));
                    if let (Some(k), Some(v)) = (key, e.attr("content")) {
                        meta.metas
                            .push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
                    }
                }
                "link" => {
                    let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
                    if rel.split_whitespace().any(|r| r == "canonical")
                        && meta.canonical.is_none()
                        && let Some(href) = e.attr("href")
                    {
                        meta.canonical = Some(href.trim().to_string());
                    }
                }
                "script" => {
                    let ty = e.attr("type").unwrap_or("").to_ascii_lowercase();
                    let untyped = ty.is_empty() || ty.contains("javascript");
                    // A script without a type is JavaScript unless it reads
                    // as a JSON-LD object (some CMSs omit the type).
                    if untyped && !looks_like_json_ld(dom, n) {
                        continue;
                    }
                    if ty.contains("ld+json") || untyped {
                        let raw = raw_text(dom, n);
                        if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                            flatten_ld(v, &mut meta.json_ld, 0);
                        }
                    }
                }
                "title"
                    if meta.title_tag.is_none()
                        && !dom.ancestors(n).any(|a| dom.name(a) == "svg") =>
                {
                    let t = dom.text(n);
                    if !t.is_empty() {
                        meta.title_tag = Some(t);
                    }
                }
                _ => {}
            }
        }
        meta
    }

    /// The first `<meta>` value for any of the keys, in the keys' order.
    pub fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.metas
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.as_str())
        })
    }

    /// String values of a JSON-LD property across the page's objects,
    /// articles first.
    pub fn ld_strings(&self, key: &str) -> Vec<String> {
        let mut out = Vec::new();
        for v in &self.json_ld {
            match v.get(key) {
                Some(Value::String(s)) => out.push(s.clone()),
                Some(Value::Array(a)) => {
                    out.extend(a.iter().filter_map(|x| x.as_str().map(str::to_string)))
                }
                _ => {}
            }
        }
        out
    }

    /// String values of a JSON-LD property across the page's objects,
    /// without copying them.
    pub fn ld_str_values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.json_ld.iter().flat_map(move |v| {
            let (one, many) = match v.get(key) {
                Some(Value::String(s)) => (Some(s.as_str()), None),
                Some(Value::Array(a)) => (None, Some(a.iter().filter_map(Value::as_str))),
                _ => (None, None),
            };
            one.into_iter().chain(many.into_iter().flatten())
        })
    }

    /// `@type` values of the page's JSON-LD objects.
    pub fn ld_types(&self) -> Vec<String> {
        self.ld_strings("@type")
    }

    /// The canonical URL: `<link rel=canonical>`, else `og:url`.
    pub fn url(&self) -> Option<String> {
        self.canonical
            .clone()
            .or_else(|| self.get(&["og:url"]).map(str::to_string))
            .filter(|u| u.starts_with("http://") || u.starts_with("https://") || u.starts_with('/'))
    }

    /// The site's own name, if it says so.
    pub fn site_name(&self) -> Option<&str> {
        self.get(&["og:site_name", "application-name", "twitter:site"])
    }
}

/// A script whose text opens with `{` and names a JSON-LD `@context`.
fn looks_like_json_ld(dom: &Dom, n: NodeId) -> bool {
    let first = dom.node(n).children.first().map(|&c| &dom.node(c).data);
    let Some(NodeData::Text(t)) = first else {
        return false;
    };
    t.trim_start().starts_with('{') && t.contains("\"@context\"")
}

fn raw_text(dom: &Dom, n: NodeId) -> String {
    dom.node(n)
        .children
        .iter()
        .filter_map(|&c| match &dom.node(c).data {
            NodeData::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

fn flatten_ld(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items
            .into_iter()
            .for_each(|i| flatten_ld(i, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

/// Tags and categories the page lists for its article: `rel=tag` links,
/// `article:tag` metadata, and the links in tag/category lists, outside
/// sidebars and comments (a category widget lists every category).
pub fn tags(dom: &Dom, meta: &Meta, keep: &[NodeId]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |t: String| {
        let t = super::dom::collapse_ws(&t);
        if !t.is_empty() && t.len() < 80 && !out.iter().any(|o| o.eq_ignore_ascii_case(&t)) {
            out.push(t);
        }
    };
    for (k, v) in &meta.metas {
        if k == "article:tag" || k == "article:section" {
            push(v.clone());
        }
    }
    // Inside a sidebar, widget or comment that does not also hold the
    // article (Blogger wraps the whole post in a "widget").
    let in_sidebar = |n: NodeId| {
        dom.ancestors(n).any(|a| {
            let sidebarish = matches!(dom.name(a), "aside" | "nav")
                || [dom.attr(a, "class"), dom.attr(a, "id")]
                    .into_iter()
                    .flatten()
                    .any(|c| {
                        let c = c.to_ascii_lowercase();
                        c.contains("widget")
                            || c.contains("sidebar")
                            || c.contains("comment")
                            || c.contains("related")
                    });
            sidebarish && !keep.iter().any(|&k| dom.is_within(k, a))
        })
    };
    // Containers of tag or category links, found once.
    let is_tag_list = |a: NodeId| {
        dom.attr(a, "class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            [
                "tags-links",
                "cat-links",
                "post-tags",
                "post-categories",
                "entry-tags",
                "entry-categories",
                "article-tags",
                "post-labels",
            ]
            .iter()
            .any(|l| c.contains(l))
                || c == "tags"
        })
    };
    let tag_list: Vec<bool> = (0..dom.nodes.len() as NodeId)
        .map(|id| {
            let maybe = dom.attr(id, "class").is_some_and(|c| {
                c.as_bytes().windows(3).any(|w| {
                    w.eq_ignore_ascii_case(b"tag")
                        || w.eq_ignore_ascii_case(b"cat")
                        || w.eq_ignore_ascii_case(b"lab")
                })
            });
            maybe && is_tag_list(id)
        })
        .collect();
    for n in dom.elements_named("a") {
        let rel_tag = dom.attr(n, "rel").is_some_and(|rel| {
            rel.split_whitespace()
                .any(|r| r.eq_ignore_ascii_case("tag"))
        });
        let in_list = || dom.ancestors(n).take(3).any(|a| tag_list[a as usize]);
        if (rel_tag || in_list()) && !in_sidebar(n) {
            push(dom.text(n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_meta_canonical_title_and_json_ld() {
        let dom = Dom::parse(
            r#"<head><title>Headline – Site</title>
            <meta property="og:title" content="Headline">
            <link rel="canonical" href="https://example.org/2019/07/17/headline/">
            <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","datePublished":"2019-07-17"}]}</script>
            </head>"#,
        );
        let m = Meta::read(&dom);
        assert_eq!(m.get(&["og:title"]), Some("Headline"));
        assert_eq!(m.title_tag.as_deref(), Some("Headline – Site"));
        assert_eq!(
            m.url().as_deref(),
            Some("https://example.org/2019/07/17/headline/")
        );
        assert_eq!(m.ld_strings("datePublished"), ["2019-07-17"]);
        assert_eq!(m.ld_types(), ["BlogPosting"]);
    }

    #[test]
    fn json_ld_in_a_script_without_a_type() {
        let dom = Dom::parse(
            r#"<script>{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2020-09-15"}</script>
            <script>var x = {"@context": 1};</script><script type="text/javascript">{"a":1}</script>"#,
        );
        assert_eq!(Meta::read(&dom).ld_strings("datePublished"), ["2020-09-15"]);
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let dom = Dom::parse(r#"<script type="application/ld+json">{"@type": </script>"#);
        assert!(Meta::read(&dom).json_ld.is_empty());
    }

    #[test]
    fn og_url_is_the_fallback_for_a_missing_canonical() {
        let dom = Dom::parse(r#"<meta property="og:url" content="https://x.org/a/">"#);
        assert_eq!(Meta::read(&dom).url().as_deref(), Some("https://x.org/a/"));
    }

    #[test]
    fn tags_come_from_rel_tag_and_tag_lists_not_widgets() {
        let dom = Dom::parse(
            r#"<article><footer class="entry-footer"><span class="cat-links"><a href="/c/p" rel="category tag">Probation</a></span>
            <span class="tags-links"><a href="/t/upw">Unpaid work</a></span></footer></article>
            <aside><section class="widget widget_categories"><a rel="tag" href="/c/x">Prisons</a></section></aside>"#,
        );
        let m = Meta::read(&dom);
        let article = dom.elements_named("article").next().unwrap();
        assert_eq!(tags(&dom, &m, &[article]), ["Probation", "Unpaid work"]);
    }
}
