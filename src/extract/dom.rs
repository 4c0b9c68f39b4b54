//! A small arena DOM built from the tokenizer's events.
//!
//! Why not html5ever's tree builder: it was the slowest part of a page's
//! extraction (about a quarter of the speed of tokenising alone), and the
//! scoring step needs only a tree good enough to tell an article from a
//! sidebar. This builder applies the implied-end-tag rules that matter in
//! practice (`p`, `li`, `dt`/`dd`, table parts, headings), ignores stray end
//! tags, and caps nesting depth so that no later step can overflow the stack
//! on a page of 100,000 nested elements.
//!
//! The builder is the tokenizer's sink (see [`super::tokenize`]): no token
//! objects, tag and attribute names interned as static strings, and only
//! the attributes extraction reads are kept, decoded only then.

use super::tokenize::{self, Sink};

/// Index of a node in [`Dom::nodes`]. The document node is 0.
pub type NodeId = u32;

/// The document node's id.
pub const ROOT: NodeId = 0;

/// Deepest element nesting kept; deeper start tags are flattened into the
/// element at this depth.
pub const MAX_DEPTH: usize = 256;

/// What a node holds.
#[derive(Debug)]
pub enum NodeData {
    Document,
    Element(Element),
    Text(String),
}

/// An element's lower-case name and the attributes extraction uses.
#[derive(Debug)]
pub struct Element {
    pub name: TagName,
    pub attrs: Vec<(&'static str, String)>,
}

impl Element {
    /// The value of an attribute, if the element has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A tag name: common ones are shared statics, others owned.
#[derive(Debug)]
pub enum TagName {
    Known(&'static str, u8),
    Other(Box<str>),
}

impl std::ops::Deref for TagName {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            TagName::Known(s, _) => s,
            TagName::Other(s) => s,
        }
    }
}

/// A void element: never has children.
const VOID: u8 = 1;
/// Opening it closes an open `<p>`.
const CLOSES_P: u8 = 2;
/// A `/>` on it is honoured (HTML ignores it on the common containers).
const SELF_CLOSES: u8 = 4;

impl TagName {
    fn flags(&self) -> u8 {
        match self {
            TagName::Known(_, f) => *f,
            // Unknown elements: not void, close nothing, honour `/>`.
            TagName::Other(_) => SELF_CLOSES,
        }
    }
}

impl AsRef<str> for TagName {
    fn as_ref(&self) -> &str {
        self
    }
}

impl From<&[u8]> for TagName {
    fn from(bytes: &[u8]) -> TagName {
        match known_tag(bytes) {
            Some((t, flags)) => TagName::Known(t, flags),
            None => TagName::Other(String::from_utf8_lossy(bytes).into()),
        }
    }
}

/// Interned names of common tags with their tree-building flags: one
/// `match` per tag instead of a string comparison per rule.
fn known_tag(bytes: &[u8]) -> Option<(&'static str, u8)> {
    Some(match bytes {
        b"a" => ("a", 0),
        b"p" => ("p", CLOSES_P),
        b"div" => ("div", CLOSES_P),
        b"span" => ("span", 0),
        b"li" => ("li", CLOSES_P),
        b"ul" => ("ul", CLOSES_P),
        b"ol" => ("ol", CLOSES_P),
        b"td" => ("td", 0),
        b"tr" => ("tr", 0),
        b"th" => ("th", 0),
        b"table" => ("table", CLOSES_P),
        b"tbody" => ("tbody", SELF_CLOSES),
        b"thead" => ("thead", SELF_CLOSES),
        b"tfoot" => ("tfoot", SELF_CLOSES),
        b"br" => ("br", VOID | SELF_CLOSES),
        b"img" => ("img", VOID | SELF_CLOSES),
        b"em" => ("em", SELF_CLOSES),
        b"strong" => ("strong", SELF_CLOSES),
        b"b" => ("b", SELF_CLOSES),
        b"i" => ("i", SELF_CLOSES),
        b"u" => ("u", SELF_CLOSES),
        b"font" => ("font", SELF_CLOSES),
        b"h1" => ("h1", CLOSES_P | SELF_CLOSES),
        b"h2" => ("h2", CLOSES_P | SELF_CLOSES),
        b"h3" => ("h3", CLOSES_P | SELF_CLOSES),
        b"h4" => ("h4", CLOSES_P | SELF_CLOSES),
        b"h5" => ("h5", CLOSES_P | SELF_CLOSES),
        b"h6" => ("h6", CLOSES_P | SELF_CLOSES),
        b"section" => ("section", CLOSES_P),
        b"article" => ("article", CLOSES_P),
        b"main" => ("main", CLOSES_P),
        b"header" => ("header", CLOSES_P | SELF_CLOSES),
        b"footer" => ("footer", CLOSES_P | SELF_CLOSES),
        b"nav" => ("nav", CLOSES_P | SELF_CLOSES),
        b"aside" => ("aside", CLOSES_P | SELF_CLOSES),
        b"meta" => ("meta", VOID | SELF_CLOSES),
        b"link" => ("link", VOID | SELF_CLOSES),
        b"script" => ("script", 0),
        b"style" => ("style", 0),
        b"title" => ("title", 0),
        b"head" => ("head", SELF_CLOSES),
        b"body" => ("body", SELF_CLOSES),
        b"html" => ("html", SELF_CLOSES),
        b"form" => ("form", CLOSES_P | SELF_CLOSES),
        b"input" => ("input", VOID | SELF_CLOSES),
        b"button" => ("button", SELF_CLOSES),
        b"label" => ("label", SELF_CLOSES),
        b"select" => ("select", SELF_CLOSES),
        b"option" => ("option", SELF_CLOSES),
        b"textarea" => ("textarea", 0),
        b"iframe" => ("iframe", 0),
        b"noscript" => ("noscript", SELF_CLOSES),
        b"svg" => ("svg", SELF_CLOSES),
        b"path" => ("path", SELF_CLOSES),
        b"use" => ("use", SELF_CLOSES),
        b"time" => ("time", SELF_CLOSES),
        b"abbr" => ("abbr", SELF_CLOSES),
        b"figure" => ("figure", CLOSES_P | SELF_CLOSES),
        b"figcaption" => ("figcaption", CLOSES_P | SELF_CLOSES),
        b"blockquote" => ("blockquote", CLOSES_P | SELF_CLOSES),
        b"pre" => ("pre", CLOSES_P | SELF_CLOSES),
        b"code" => ("code", SELF_CLOSES),
        b"dl" => ("dl", CLOSES_P | SELF_CLOSES),
        b"dt" => ("dt", CLOSES_P | SELF_CLOSES),
        b"dd" => ("dd", CLOSES_P | SELF_CLOSES),
        b"hr" => ("hr", VOID | CLOSES_P | SELF_CLOSES),
        b"small" => ("small", SELF_CLOSES),
        b"sup" => ("sup", SELF_CLOSES),
        b"sub" => ("sub", SELF_CLOSES),
        b"center" => ("center", CLOSES_P | SELF_CLOSES),
        b"picture" => ("picture", SELF_CLOSES),
        b"source" => ("source", VOID | SELF_CLOSES),
        b"template" => ("template", SELF_CLOSES),
        b"cite" => ("cite", SELF_CLOSES),
        b"q" => ("q", SELF_CLOSES),
        b"mark" => ("mark", SELF_CLOSES),
        b"caption" => ("caption", SELF_CLOSES),
        b"col" => ("col", VOID | SELF_CLOSES),
        b"colgroup" => ("colgroup", SELF_CLOSES),
        b"address" => ("address", CLOSES_P | SELF_CLOSES),
        b"details" => ("details", CLOSES_P | SELF_CLOSES),
        b"summary" => ("summary", SELF_CLOSES),
        b"dialog" => ("dialog", CLOSES_P | SELF_CLOSES),
        b"menu" => ("menu", CLOSES_P | SELF_CLOSES),
        b"wbr" => ("wbr", VOID | SELF_CLOSES),
        b"object" => ("object", SELF_CLOSES),
        b"embed" => ("embed", VOID | SELF_CLOSES),
        b"canvas" => ("canvas", SELF_CLOSES),
        b"area" => ("area", VOID | SELF_CLOSES),
        b"map" => ("map", SELF_CLOSES),
        b"base" => ("base", VOID | SELF_CLOSES),
        b"g" => ("g", SELF_CLOSES),
        b"circle" => ("circle", SELF_CLOSES),
        b"rect" => ("rect", SELF_CLOSES),
        b"polygon" => ("polygon", SELF_CLOSES),
        b"symbol" => ("symbol", SELF_CLOSES),
        b"defs" => ("defs", SELF_CLOSES),
        b"math" => ("math", SELF_CLOSES),
        b"basefont" => ("basefont", VOID | SELF_CLOSES),
        b"bgsound" => ("bgsound", VOID | SELF_CLOSES),
        b"dir" => ("dir", CLOSES_P | SELF_CLOSES),
        b"fieldset" => ("fieldset", CLOSES_P | SELF_CLOSES),
        b"frame" => ("frame", VOID | SELF_CLOSES),
        b"hgroup" => ("hgroup", CLOSES_P | SELF_CLOSES),
        b"keygen" => ("keygen", VOID | SELF_CLOSES),
        b"param" => ("param", VOID | SELF_CLOSES),
        b"track" => ("track", VOID | SELF_CLOSES),
        _ => return None,
    })
}

/// One node of the tree.
#[derive(Debug)]
pub struct Node {
    pub parent: NodeId,
    pub children: Vec<NodeId>,
    pub data: NodeData,
}

/// A parsed page.
#[derive(Debug)]
pub struct Dom {
    pub nodes: Vec<Node>,
}

/// Attributes worth keeping: identity and class (boilerplate detection),
/// links, metadata, dates, visibility. Returns the interned name.
pub fn kept_attr(name: &str) -> Option<&'static str> {
    Some(match name {
        "id" => "id",
        "class" => "class",
        "rel" => "rel",
        "href" => "href",
        "property" => "property",
        "name" => "name",
        "content" => "content",
        "datetime" => "datetime",
        "itemprop" => "itemprop",
        "itemtype" => "itemtype",
        "http-equiv" => "http-equiv",
        "charset" => "charset",
        "type" => "type",
        "role" => "role",
        "aria-hidden" => "aria-hidden",
        "aria-label" => "aria-label",
        "hidden" => "hidden",
        "style" => "style",
        "title" => "title",
        _ => return None,
    })
}

/// Builds the tree as the tokenizer reports tags and text.
struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
    /// Text since the last tag.
    text: String,
    /// The start tag being read and its kept attributes.
    tag: Option<TagName>,
    attrs: Vec<(&'static str, String)>,
    /// How many `<p>` are on the stack: most block tags would otherwise
    /// scan the whole stack for a `<p>` to close.
    open_p: usize,
}

impl Builder {
    fn new() -> Self {
        Builder {
            nodes: vec![Node {
                parent: ROOT,
                children: Vec::new(),
                data: NodeData::Document,
            }],
            stack: vec![ROOT],
            text: String::new(),
            tag: None,
            attrs: Vec::new(),
            open_p: 0,
        }
    }

    fn top(&self) -> NodeId {
        *self.stack.last().unwrap_or(&ROOT)
    }

    fn name_of(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            NodeData::Element(e) => &e.name,
            _ => "",
        }
    }

    fn push_node(&mut self, parent: NodeId, data: NodeData) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        self.nodes[parent as usize].children.push(id);
        id
    }

    /// Pops open elements until `len` remain.
    fn pop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            if let Some(id) = self.stack.pop()
                && self.name_of(id) == "p"
            {
                self.open_p -= 1;
            }
        }
    }

    /// Pops up to and including the nearest open element named one of
    /// `names`, unless a `boundary` element is met first.
    fn close_open(&mut self, names: &[&str], boundary: &[&str]) {
        for i in (1..self.stack.len()).rev() {
            let n = self.name_of(self.stack[i]);
            if names.contains(&n) {
                self.pop_to(i);
                return;
            }
            if boundary.contains(&n) {
                return;
            }
        }
    }

    fn flush_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let parent = self.top();
        // Style sheets and scripts are often most of a page's bytes and are
        // never read, except JSON-LD metadata: drop them here. Some CMSs
        // write JSON-LD in a `<script>` without a type.
        if let NodeData::Element(e) = &self.nodes[parent as usize].data {
            let keep = match &*e.name {
                "style" => false,
                "script" => match e.attr("type") {
                    Some(t) => t.contains("json"),
                    None => {
                        self.text.trim_start().starts_with('{')
                            && self.text.contains("\"@context\"")
                    }
                },
                _ => true,
            };
            if !keep {
                self.text.clear();
                return;
            }
        }
        if let Some(&last) = self.nodes[parent as usize].children.last()
            && let NodeData::Text(t) = &mut self.nodes[last as usize].data
        {
            t.push_str(&self.text);
            self.text.clear();
        } else {
            let text = std::mem::take(&mut self.text);
            self.push_node(parent, NodeData::Text(text));
        }
    }

    fn start_tag(&mut self, self_closing: bool) {
        let Some(name) = self.tag.take() else {
            return;
        };
        let attrs = std::mem::take(&mut self.attrs);
        if self.open_p > 0 && name.flags() & CLOSES_P != 0 {
            self.close_open(
                &["p"],
                &[
                    "button", "table", "td", "th", "caption", "html", "template", "object",
                ],
            );
        }
        match &*name {
            "li" => self.close_open(&["li"], &["ul", "ol", "menu", "table", "td"]),
            "dt" | "dd" => self.close_open(&["dt", "dd"], &["dl", "table", "td"]),
            "tr" => self.close_open(&["tr"], &["table", "thead", "tbody", "tfoot"]),
            "td" | "th" => self.close_open(&["td", "th"], &["tr", "table"]),
            "thead" | "tbody" | "tfoot" => {
                self.close_open(&["thead", "tbody", "tfoot"], &["table"])
            }
            "option" => self.close_open(&["option"], &["select", "datalist"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if matches!(
                    self.name_of(self.top()),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                ) {
                    self.pop_to(self.stack.len() - 1);
                }
            }
            _ => {}
        }
        let parent = self.top();
        let void = name.flags() & VOID != 0 || (self_closing && name.flags() & SELF_CLOSES != 0);
        let is_p = &*name == "p";
        let id = self.push_node(parent, NodeData::Element(Element { name, attrs }));
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
            self.open_p += usize::from(is_p);
        }
    }

    fn end_tag(&mut self, name: &str) {
        match name {
            // Content after </body> or </html> still belongs to the page.
            "body" | "html" => {}
            "br" => {
                let parent = self.top();
                self.push_node(
                    parent,
                    NodeData::Element(Element {
                        name: TagName::Known("br", VOID),
                        attrs: Vec::new(),
                    }),
                );
            }
            _ => self.close_open(&[name], &[]),
        }
    }
}

impl Sink for Builder {
    fn tag_open(&mut self, name: &str) {
        self.flush_text();
        self.tag = Some(TagName::from(name.as_bytes()));
        self.attrs.clear();
    }

    fn attribute(&mut self, name: &str, raw_value: &str) {
        if self.attrs.len() >= 32 {
            return;
        }
        if let Some(kept) = kept_attr(name)
            && !self.attrs.iter().any(|(n, _)| *n == kept)
        {
            self.attrs
                .push((kept, tokenize::decode(raw_value).into_owned()));
        }
    }

    fn tag_end(&mut self, self_closing: bool) {
        self.start_tag(self_closing);
    }

    fn end_tag(&mut self, name: &str) {
        self.flush_text();
        Builder::end_tag(self, name);
    }

    fn text(&mut self, text: &str) {
        self.text.push_str(text);
    }
}

impl Dom {
    /// Parses a decoded page. Never fails: malformed markup yields some tree.
    pub fn parse(html: &str) -> Dom {
        let mut builder = Builder::new();
        tokenize::tokenize(html, &mut builder);
        builder.flush_text();
        Dom {
            nodes: builder.nodes,
        }
    }

    /// The node with this id.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The element data of a node, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// Lower-case tag name, or "" for text and the document.
    pub fn name(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| &e.name)
    }

    /// An attribute of an element node.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// All nodes under `root` (itself included) in document order, without
    /// recursion.
    pub fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            stack: vec![root],
        }
    }

    /// Ancestors of a node, nearest first, the document excluded.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = id;
        std::iter::from_fn(move || {
            if cur == ROOT {
                return None;
            }
            cur = self.nodes[cur as usize].parent;
            (cur != ROOT).then_some(cur)
        })
    }

    /// Whether `id` is `anc` or lies under it.
    pub fn is_within(&self, id: NodeId, anc: NodeId) -> bool {
        id == anc || self.ancestors(id).any(|a| a == anc)
    }

    /// Elements with a given tag name, in document order.
    pub fn elements_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        (0..self.nodes.len() as NodeId).filter(move |&i| self.name(i) == name)
    }

    /// Concatenated text under a node, whitespace collapsed, script and
    /// style content left out.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants_skipping(id, &|d, n| {
            matches!(d.name(n), "script" | "style" | "template")
        }) {
            if let NodeData::Text(t) = &self.nodes[n as usize].data {
                out.push_str(t);
            }
        }
        collapse_ws(&out)
    }

    /// Bytes of text under every node (script and style left out), in one
    /// backward pass: lets callers skip big subtrees before collecting
    /// their text.
    pub fn text_sizes(&self) -> Vec<u32> {
        let mut size = vec![0u32; self.nodes.len()];
        for i in (1..self.nodes.len()).rev() {
            let node = &self.nodes[i];
            match &node.data {
                NodeData::Text(t) => size[i] += t.len() as u32,
                NodeData::Element(e) if matches!(&*e.name, "script" | "style") => continue,
                _ => {}
            }
            size[node.parent as usize] = size[node.parent as usize].saturating_add(size[i]);
        }
        size
    }

    /// Like [`Dom::descendants`], but does not enter nodes for which `skip`
    /// is true (nor yield them).
    pub fn descendants_skipping<'a>(
        &'a self,
        root: NodeId,
        skip: &'a dyn Fn(&Dom, NodeId) -> bool,
    ) -> impl Iterator<Item = NodeId> + 'a {
        let mut stack = vec![root];
        std::iter::from_fn(move || {
            while let Some(n) = stack.pop() {
                if skip(self, n) {
                    continue;
                }
                stack.extend(self.nodes[n as usize].children.iter().rev());
                return Some(n);
            }
            None
        })
    }
}

/// Iterator behind [`Dom::descendants`].
pub struct Descendants<'a> {
    dom: &'a Dom,
    stack: Vec<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let n = self.stack.pop()?;
        self.stack
            .extend(self.dom.nodes[n as usize].children.iter().rev());
        Some(n)
    }
}

/// Collapses runs of whitespace to one space and trims the ends.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dom: &Dom, id: NodeId) -> Vec<String> {
        dom.node(id)
            .children
            .iter()
            .map(|&c| match &dom.node(c).data {
                NodeData::Element(e) => e.name.to_string(),
                NodeData::Text(t) => format!("#{t}"),
                NodeData::Document => "doc".into(),
            })
            .collect()
    }

    fn first(dom: &Dom, name: &str) -> NodeId {
        dom.elements_named(name).next().expect(name)
    }

    #[test]
    fn unclosed_paragraphs_become_siblings() {
        let dom = Dom::parse("<div><p>one<p>two<div>three</div></div>");
        let div = first(&dom, "div");
        assert_eq!(names(&dom, div), ["p", "p", "div"]);
    }

    #[test]
    fn list_items_close_each_other() {
        let dom = Dom::parse("<ul><li>a<li>b<li>c</ul>");
        assert_eq!(names(&dom, first(&dom, "ul")), ["li", "li", "li"]);
    }

    #[test]
    fn table_cells_and_rows_close_implicitly() {
        let dom = Dom::parse("<table><tr><td>a<td>b<tr><td>c</table>");
        let table = first(&dom, "table");
        assert_eq!(names(&dom, table), ["tr", "tr"]);
        assert_eq!(dom.elements_named("td").count(), 3);
    }

    #[test]
    fn stray_end_tags_are_ignored() {
        let dom = Dom::parse("<div>a</span></p>b</div>");
        assert_eq!(dom.text(first(&dom, "div")), "ab");
    }

    #[test]
    fn end_tag_closes_unclosed_inline_children() {
        let dom = Dom::parse("<div><span>a</div><p>b</p>");
        let p = first(&dom, "p");
        assert_eq!(dom.node(p).parent, ROOT);
    }

    #[test]
    fn void_elements_take_no_children() {
        let dom = Dom::parse("<p>a<br>b<img src=x>c</p>");
        assert_eq!(
            names(&dom, first(&dom, "p")),
            ["#a", "br", "#b", "img", "#c"]
        );
    }

    #[test]
    fn script_content_is_raw_text() {
        let dom = Dom::parse("<script>if (a < b) { x = '<p>'; }</script><p>real</p>");
        assert_eq!(dom.elements_named("p").count(), 1);
        assert_eq!(dom.text(ROOT), "real");
    }

    #[test]
    fn entities_are_decoded_in_text_and_attributes() {
        let dom = Dom::parse("<a href='x?a=1&amp;b=2'>Tom &amp; Jerry &pound;5</a>");
        let a = first(&dom, "a");
        assert_eq!(dom.attr(a, "href"), Some("x?a=1&b=2"));
        assert_eq!(dom.text(a), "Tom & Jerry £5");
    }

    #[test]
    fn only_useful_attributes_are_kept() {
        let dom = Dom::parse("<div id=a class=b onclick=c data-x=d>t</div>");
        let e = dom.element(first(&dom, "div")).unwrap();
        assert_eq!(e.attrs.len(), 2);
    }

    #[test]
    fn valueless_attribute_is_kept_empty() {
        let dom = Dom::parse("<div hidden>t</div>");
        assert_eq!(dom.attr(first(&dom, "div"), "hidden"), Some(""));
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let html = "<div>".repeat(100_000) + "deep" + &"</div>".repeat(100_000);
        let dom = Dom::parse(&html);
        let depth = dom
            .descendants(ROOT)
            .map(|n| dom.ancestors(n).count())
            .max()
            .unwrap();
        assert!(depth <= MAX_DEPTH, "depth {depth}");
        assert_eq!(dom.text(ROOT), "deep");
    }

    /// Regression (hostile page "10,000 attributes"): html5gum nests calls
    /// per `name="value"` attribute; one tag with 10,000 of them overflowed
    /// the indexer's 32 MB extraction stack in a debug build (and 1,000,000
    /// an 8 MB stack in release), aborting the whole run.
    #[test]
    fn regression_many_quoted_attributes_do_not_overflow_the_stack() {
        let mut html = String::from("<div");
        for i in 0..200_000 {
            html.push_str(&format!(" data-a{i}=\"v\""));
        }
        html.push_str(" class=\"post\">text</div><p>after</p>");
        // A small stack, like a test thread's: the chain must stay short.
        let dom = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(move || Dom::parse(&html))
            .unwrap()
            .join()
            .expect("no stack overflow");
        let div = first(&dom, "div");
        assert_eq!(dom.text(div), "text");
        assert_eq!(dom.elements_named("p").count(), 1);
    }

    #[test]
    fn unclosed_comment_swallows_the_rest_without_panicking() {
        let dom = Dom::parse("<p>kept</p><!-- never closed <p>lost</p>");
        assert_eq!(dom.text(ROOT), "kept");
    }

    #[test]
    fn text_after_body_end_is_kept() {
        let dom = Dom::parse("<body><p>a</p></body><p>b</p>");
        assert_eq!(dom.elements_named("p").count(), 2);
    }
}
