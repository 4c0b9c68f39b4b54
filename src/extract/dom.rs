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
//! The builder is html5gum's emitter itself (no token objects, no
//! callbacks, no error reporting), tag and attribute names are interned
//! static strings, and only the attributes extraction reads are kept: the
//! parse is the largest single cost of indexing a page.

use html5gum::{Emitter, Error as TokenError, State, Tokenizer, naive_next_state};

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
    Known(&'static str),
    Other(Box<str>),
}

impl std::ops::Deref for TagName {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            TagName::Known(s) => s,
            TagName::Other(s) => s,
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
        match KNOWN_TAGS.iter().find(|t| t.as_bytes() == bytes) {
            Some(t) => TagName::Known(t),
            None => TagName::Other(String::from_utf8_lossy(bytes).into()),
        }
    }
}

/// Tags interned to avoid an allocation per element.
const KNOWN_TAGS: &[&str] = &[
    "a",
    "p",
    "div",
    "span",
    "li",
    "ul",
    "ol",
    "td",
    "tr",
    "th",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "br",
    "img",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "meta",
    "link",
    "script",
    "style",
    "title",
    "head",
    "body",
    "html",
    "form",
    "input",
    "button",
    "label",
    "select",
    "option",
    "textarea",
    "iframe",
    "noscript",
    "svg",
    "path",
    "use",
    "time",
    "abbr",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "code",
    "dl",
    "dt",
    "dd",
    "hr",
    "small",
    "sup",
    "sub",
    "center",
    "picture",
    "source",
    "template",
    "cite",
    "q",
    "mark",
    "caption",
    "col",
    "colgroup",
    "address",
    "details",
    "summary",
    "dialog",
    "menu",
    "wbr",
    "object",
    "embed",
    "canvas",
    "area",
    "map",
    "base",
    "g",
    "circle",
    "rect",
    "polygon",
    "symbol",
    "defs",
    "math",
];

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
pub const KEPT_ATTRS: &[&str] = &[
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

/// Builds the tree while html5gum tokenises: this is its [`Emitter`].
struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
    /// Characters since the last tag.
    text: Vec<u8>,
    tag: Vec<u8>,
    is_end: bool,
    self_closing: bool,
    attrs: Vec<(&'static str, String)>,
    /// Whether an attribute is being read, its name so far, and (once its
    /// value starts) whether it is one we keep.
    in_attr: bool,
    attr_name: Vec<u8>,
    attr_kept: Option<Option<&'static str>>,
    attr_value: Vec<u8>,
    last_start_tag: Vec<u8>,
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
            text: Vec::new(),
            tag: Vec::new(),
            is_end: false,
            self_closing: false,
            attrs: Vec::new(),
            in_attr: false,
            attr_name: Vec::new(),
            attr_kept: None,
            attr_value: Vec::new(),
            last_start_tag: Vec::new(),
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

    fn flush_text(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let parent = self.top();
        let s = String::from_utf8_lossy(&self.text);
        if let Some(&last) = self.nodes[parent as usize].children.last()
            && let NodeData::Text(t) = &mut self.nodes[last as usize].data
        {
            t.push_str(&s);
        } else {
            let owned = s.into_owned();
            self.push_node(parent, NodeData::Text(owned));
        }
        self.text.clear();
    }

    fn kept_name(&self) -> Option<&'static str> {
        KEPT_ATTRS
            .iter()
            .copied()
            .find(|k| k.as_bytes() == self.attr_name.as_slice())
    }

    fn finish_attr(&mut self) {
        if !std::mem::take(&mut self.in_attr) {
            return;
        }
        let kept = match self.attr_kept.take() {
            Some(k) => k,
            None => self.kept_name(),
        };
        if let Some(name) = kept
            && self.attrs.len() < 32
            && !self.attrs.iter().any(|(n, _)| *n == name)
        {
            self.attrs
                .push((name, String::from_utf8_lossy(&self.attr_value).into_owned()));
        }
        self.attr_name.clear();
        self.attr_value.clear();
    }

    fn start_tag(&mut self) {
        let name = TagName::from(self.tag.as_slice());
        let attrs = std::mem::take(&mut self.attrs);
        if closes_p(&name) {
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
                    self.stack.pop();
                }
            }
            _ => {}
        }
        let parent = self.top();
        let void = is_void(&name) || (self.self_closing && honours_self_closing(&name));
        let id = self.push_node(parent, NodeData::Element(Element { name, attrs }));
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
    }

    fn end_tag(&mut self) {
        match self.tag.as_slice() {
            // Content after </body> or </html> still belongs to the page.
            b"body" | b"html" => {}
            b"br" => {
                let parent = self.top();
                self.push_node(
                    parent,
                    NodeData::Element(Element {
                        name: TagName::Known("br"),
                        attrs: Vec::new(),
                    }),
                );
            }
            _ => {
                let name = TagName::from(self.tag.as_slice());
                self.close_open(&[&*name], &[]);
            }
        }
    }
}

/// html5gum drives the builder through this; the builder stays ours once
/// the tokenizer is done.
impl Emitter for &mut Builder {
    type Token = std::convert::Infallible;

    fn set_last_start_tag(&mut self, last_start_tag: Option<&[u8]>) {
        self.last_start_tag.clear();
        self.last_start_tag
            .extend_from_slice(last_start_tag.unwrap_or_default());
    }
    fn emit_eof(&mut self) {
        self.flush_text();
    }
    fn emit_error(&mut self, _: TokenError) {}
    fn should_emit_errors(&mut self) -> bool {
        false
    }
    fn pop_token(&mut self) -> Option<Self::Token> {
        None
    }
    fn emit_string(&mut self, c: &[u8]) {
        self.text.extend_from_slice(c);
    }
    fn init_start_tag(&mut self) {
        self.flush_text();
        self.tag.clear();
        self.is_end = false;
        self.self_closing = false;
        self.attrs.clear();
        self.in_attr = false;
        self.attr_name.clear();
        self.attr_value.clear();
        self.attr_kept = None;
    }
    fn init_end_tag(&mut self) {
        self.flush_text();
        self.tag.clear();
        self.is_end = true;
        self.in_attr = false;
    }
    fn init_comment(&mut self) {
        self.flush_text();
    }
    fn emit_current_tag(&mut self) -> Option<State> {
        if self.is_end {
            self.last_start_tag.clear();
            self.end_tag();
        } else {
            self.finish_attr();
            self.last_start_tag.clear();
            let tag = std::mem::take(&mut self.tag);
            self.last_start_tag.extend_from_slice(&tag);
            self.tag = tag;
            self.start_tag();
        }
        naive_next_state(&self.last_start_tag)
    }
    fn emit_current_comment(&mut self) {}
    fn emit_current_doctype(&mut self) {}
    fn set_self_closing(&mut self) {
        if !self.is_end {
            self.self_closing = true;
        }
    }
    fn set_force_quirks(&mut self) {}
    fn push_tag_name(&mut self, s: &[u8]) {
        self.tag.extend_from_slice(s);
    }
    fn push_comment(&mut self, _: &[u8]) {}
    fn push_doctype_name(&mut self, _: &[u8]) {}
    fn init_doctype(&mut self) {
        self.flush_text();
    }
    fn init_attribute(&mut self) {
        if self.is_end {
            return;
        }
        self.finish_attr();
        self.in_attr = true;
        self.attr_kept = None;
    }
    fn push_attribute_name(&mut self, s: &[u8]) {
        if self.in_attr {
            self.attr_name.extend_from_slice(s);
        }
    }
    fn push_attribute_value(&mut self, s: &[u8]) {
        if !self.in_attr {
            return;
        }
        if self.attr_kept.is_none() {
            self.attr_kept = Some(self.kept_name());
        }
        if matches!(self.attr_kept, Some(Some(_))) {
            self.attr_value.extend_from_slice(s);
        }
    }
    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}
    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.is_end && !self.last_start_tag.is_empty() && self.tag == self.last_start_tag
    }
}

impl Dom {
    /// Parses a decoded page. Never fails: malformed markup yields some tree.
    pub fn parse(html: &str) -> Dom {
        let html = break_attribute_chains(html);
        let mut builder = Builder::new();
        // The builder keeps everything and yields no tokens, so iterating
        // runs the tokenizer to the end of the input.
        for _ in Tokenizer::new_with_emitter(&*html, &mut builder).flatten() {}
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

/// Longest run of `name="value"` attributes html5gum may parse as one
/// chain of nested calls; see [`break_attribute_chains`].
pub const MAX_ATTR_CHAIN: usize = 64;

fn is_html_ws(b: u8) -> bool {
    // html5gum turns `\r` into `\n` before its states see it.
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Keeps html5gum from overflowing the stack on a tag with very many
/// attributes.
///
/// html5gum 0.9 moves from state to state inside a start tag by calling
/// the next state from the current one, and for `name="value"` followed by
/// whitespace the calls never return to its main loop until the tag ends:
/// about five stack frames per attribute. One tag with 10,000 such
/// attributes overflowed a 32 MB stack in a debug build, one with 1,000,000
/// (6 MB of page) an 8 MB stack in release; a stack overflow aborts the
/// whole indexer. A space before the `=` (`name ="value"`, the same
/// attribute) sends the tokenizer back to its loop, so this inserts one
/// before every [`MAX_ATTR_CHAIN`]-th `=` of any such run.
///
/// Runs are found lexically, without knowing where tags are, so nothing the
/// tokenizer could see as one run is missed: from each `="` (the `=`, any
/// whitespace, a double quote), the run continues past the value's closing
/// quote, at least one whitespace, and an attribute name (no whitespace,
/// `/`, `>` or `=`) that is directly followed by the next `="`. Each `"`
/// opens at most one value, so runs never merge and the scan is linear.
/// Pages without such a run (all ordinary ones) are not copied.
pub fn break_attribute_chains(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    // Each `="`: (position of `=`, position of the opening quote).
    let mut sites: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'=') {
        let eq = i + off;
        let mut j = eq + 1;
        while j < b.len() && is_html_ws(b[j]) {
            j += 1;
        }
        if j < b.len() && b[j] == b'"' {
            sites.push((eq, j));
        }
        i = eq + 1;
    }
    if sites.len() < MAX_ATTR_CHAIN {
        return std::borrow::Cow::Borrowed(html);
    }
    // The `=` of the attribute that follows site `k` in the same run.
    let next = |(_, open): (usize, usize)| -> Option<usize> {
        let close = open + 1 + b[open + 1..].iter().position(|&c| c == b'"')?;
        let mut j = close + 1;
        let ws_start = j;
        while j < b.len() && is_html_ws(b[j]) {
            j += 1;
        }
        if j == ws_start {
            return None;
        }
        let name_start = j;
        while j < b.len() && !is_html_ws(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        (j > name_start && j < b.len() && b[j] == b'=').then_some(j)
    };
    let mut visited = vec![false; sites.len()];
    let mut inserts = Vec::new();
    for start in 0..sites.len() {
        if visited[start] {
            continue;
        }
        let mut k = start;
        let mut depth = 1;
        loop {
            visited[k] = true;
            let Some(eq) = next(sites[k]) else { break };
            let Ok(n) = sites.binary_search_by_key(&eq, |s| s.0) else {
                break;
            };
            depth += 1;
            if depth > MAX_ATTR_CHAIN {
                inserts.push(eq);
                depth = 1;
            }
            k = n;
        }
    }
    if inserts.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    inserts.sort_unstable();
    let mut out = String::with_capacity(html.len() + inserts.len());
    let mut from = 0;
    for at in inserts {
        // `=` is ASCII, so `at` is a char boundary.
        out.push_str(&html[from..at]);
        out.push(' ');
        from = at;
    }
    out.push_str(&html[from..]);
    std::borrow::Cow::Owned(out)
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
    fn attribute_chains_are_broken_without_changing_attributes() {
        let mut html = String::from("<div");
        for i in 0..(MAX_ATTR_CHAIN * 3) {
            html.push_str(&format!(" a{i}=\"v{i}\""));
        }
        html.push_str(" id=\"x\" class=\"post body\">t</div>");
        let fixed = break_attribute_chains(&html);
        assert_eq!(fixed.len(), html.len() + 3);
        assert!(fixed.contains(" ="), "{fixed}");
        let dom = Dom::parse(&html);
        let div = first(&dom, "div");
        assert_eq!(dom.attr(div, "id"), Some("x"));
        assert_eq!(dom.attr(div, "class"), Some("post body"));
        // Ordinary markup is left alone (and not copied).
        let plain = "<a href=\"/x\" class=\"y\">a</a> <p title=\"t\">b</p>".repeat(100);
        assert!(matches!(
            break_attribute_chains(&plain),
            std::borrow::Cow::Borrowed(_)
        ));
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
