//! A small arena DOM built from html5gum's tokens.
//!
//! Why not html5ever's tree builder: it is the slowest part of a page's
//! extraction (about a quarter of the speed of tokenising alone), and the
//! scoring step needs only a tree good enough to tell an article from a
//! sidebar. This builder applies the implied-end-tag rules that matter in
//! practice (`p`, `li`, `dt`/`dd`, table parts, headings), ignores stray end
//! tags, and caps nesting depth so that no later step can overflow the stack
//! on a page of 100,000 nested elements.
//!
//! It keeps only the attributes extraction reads; everything else is
//! dropped while tokenising.

use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};

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
    pub name: Box<str>,
    pub attrs: Vec<(Box<str>, String)>,
}

impl Element {
    /// The value of an attribute, if the element has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.as_str())
    }
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
/// links, metadata, dates, visibility.
const KEPT_ATTRS: &[&str] = &[
    "id",
    "class",
    "rel",
    "href",
    "property",
    "name",
    "content",
    "datetime",
    "itemprop",
    "itemtype",
    "http-equiv",
    "charset",
    "type",
    "role",
    "aria-hidden",
    "aria-label",
    "hidden",
    "style",
    "title",
];

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// Start tags that close an open `<p>` (the spec's list, roughly).
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
    )
}

/// Elements whose `/>` is honoured; for the common containers HTML ignores
/// the slash, and so do we.
fn honours_self_closing(name: &str) -> bool {
    !matches!(
        name,
        "div"
            | "span"
            | "p"
            | "a"
            | "li"
            | "ul"
            | "ol"
            | "section"
            | "article"
            | "main"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "script"
            | "style"
            | "title"
            | "textarea"
            | "iframe"
    )
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
    tag: Vec<u8>,
    is_end: bool,
    attrs: Vec<(Box<str>, String)>,
    keep_value: bool,
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
            tag: Vec::new(),
            is_end: false,
            attrs: Vec::new(),
            keep_value: false,
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

    /// Pops up to and including the nearest open element named one of
    /// `names`, unless a `boundary` element is met first.
    fn close_open(&mut self, names: &[&str], boundary: &[&str]) {
        for i in (1..self.stack.len()).rev() {
            let n = self.name_of(self.stack[i]);
            if names.contains(&n) {
                self.stack.truncate(i);
                return;
            }
            if boundary.contains(&n) {
                return;
            }
        }
    }

    fn start_tag(&mut self, self_closing: bool) {
        let name = String::from_utf8_lossy(&self.tag).into_owned();
        let attrs = std::mem::take(&mut self.attrs);
        if closes_p(&name) {
            self.close_open(
                &["p"],
                &[
                    "button", "table", "td", "th", "caption", "html", "template", "object",
                ],
            );
        }
        match name.as_str() {
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
                    self.stack.pop();
                }
            }
            _ => {}
        }
        let parent = self.top();
        let void = is_void(&name) || (self_closing && honours_self_closing(&name));
        let id = self.push_node(
            parent,
            NodeData::Element(Element {
                name: name.into_boxed_str(),
                attrs,
            }),
        );
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
    }

    fn end_tag(&mut self) {
        let name = String::from_utf8_lossy(&self.tag).into_owned();
        match name.as_str() {
            // Content after </body> or </html> still belongs to the page.
            "body" | "html" => {}
            "br" => {
                let parent = self.top();
                self.push_node(
                    parent,
                    NodeData::Element(Element {
                        name: "br".into(),
                        attrs: Vec::new(),
                    }),
                );
            }
            _ => self.close_open(&[name.as_str()], &[]),
        }
    }

    fn text(&mut self, value: &[u8]) {
        let parent = self.top();
        let s = String::from_utf8_lossy(value);
        if let Some(&last) = self.nodes[parent as usize].children.last()
            && let NodeData::Text(t) = &mut self.nodes[last as usize].data
        {
            t.push_str(&s);
            return;
        }
        self.push_node(parent, NodeData::Text(s.into_owned()));
    }

    fn event(&mut self, event: CallbackEvent<'_>) {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                self.tag.clear();
                self.tag.extend_from_slice(name);
                self.is_end = false;
                self.attrs.clear();
                self.keep_value = false;
            }
            CallbackEvent::AttributeName { name } => {
                self.keep_value = false;
                if self.is_end || self.attrs.len() >= 32 {
                    return;
                }
                let name = String::from_utf8_lossy(name);
                if KEPT_ATTRS.contains(&name.as_ref())
                    && !self.attrs.iter().any(|(n, _)| **n == *name)
                {
                    self.attrs
                        .push((name.into_owned().into_boxed_str(), String::new()));
                    self.keep_value = true;
                }
            }
            CallbackEvent::AttributeValue { value } => {
                if self.keep_value
                    && let Some(last) = self.attrs.last_mut()
                {
                    last.1 = String::from_utf8_lossy(value).into_owned();
                }
                self.keep_value = false;
            }
            CallbackEvent::CloseStartTag { self_closing } => self.start_tag(self_closing),
            CallbackEvent::EndTag { name } => {
                self.tag.clear();
                self.tag.extend_from_slice(name);
                self.is_end = true;
                self.end_tag();
            }
            CallbackEvent::String { value } => self.text(value),
            _ => {}
        }
    }
}

impl Dom {
    /// Parses a decoded page. Never fails: malformed markup yields some tree.
    pub fn parse(html: &str) -> Dom {
        let mut builder = Builder::new();
        {
            let mut emitter =
                CallbackEmitter::new(|event: CallbackEvent<'_>, _span: Span<()>| -> Option<()> {
                    builder.event(event);
                    None
                });
            emitter.naively_switch_states(true);
            for _ in Tokenizer::new_with_emitter(html, emitter).flatten() {}
        }
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
