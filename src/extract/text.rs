//! The article's text, with paragraph breaks.
//!
//! A small renderer over our arena: block elements end paragraphs or
//! lines, `<br>` breaks lines (two in a row end a paragraph), table cells
//! are separated by spaces, whitespace collapses as a browser collapses it
//! except inside `<pre>`, and links, emphasis, list bullets and headings
//! come out as plain words so the text is phrase-searchable exactly as the
//! page shows it.
//!
//! It replaced html2text here after profiling: html2text rendered the same
//! text in about 2.3 million instructions per page (a third of all
//! extraction, through an RcDom copy of the article and its layout engine),
//! this walk in a small fraction of that, with the same output for the
//! text we index.

use super::dom::{Dom, NodeData, NodeId};

/// How strongly the next text must be separated from what came before.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    Space,
    Line,
    Para,
}

fn break_for(name: &str) -> Break {
    match name {
        "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote" | "pre" | "ul" | "ol" | "dl"
        | "table" | "figure" | "header" | "section" | "article" | "main" | "address" | "hr"
        | "details" => Break::Para,
        "div" | "li" | "dt" | "dd" | "tr" | "caption" | "figcaption" | "center" | "tbody"
        | "thead" | "tfoot" | "summary" | "form" | "fieldset" => Break::Line,
        "td" | "th" => Break::Space,
        _ => Break::None,
    }
}

/// Elements whose content is never article text, even inside the article.
fn skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "h1"
            | "img"
            | "template"
            | "head"
            | "noscript"
            | "svg"
            | "iframe"
            | "object"
    )
}

struct Writer {
    out: String,
    pending: Break,
    pre: usize,
}

impl Writer {
    fn request(&mut self, b: Break) {
        if b > self.pending {
            self.pending = b;
        }
    }

    fn flush_break(&mut self) {
        if !self.out.is_empty() {
            match self.pending {
                Break::Para => self.out.push_str("\n\n"),
                Break::Line => self.out.push('\n'),
                Break::Space => self.out.push(' '),
                Break::None => {}
            }
        }
        self.pending = Break::None;
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            for line in t.split_inclusive('\n') {
                let (content, newline) = match line.strip_suffix('\n') {
                    Some(c) => (c, true),
                    None => (line, false),
                };
                if !content.is_empty() {
                    self.flush_break();
                    self.out.push_str(content.trim_end());
                }
                if newline {
                    self.request(Break::Line);
                }
            }
            return;
        }
        // Words are copied whole; whitespace between or around them
        // becomes (at most) one space.
        let mut first = true;
        for word in t.split(char::is_whitespace) {
            if !first {
                self.request(Break::Space);
            }
            first = false;
            if !word.is_empty() {
                self.flush_break();
                self.out.push_str(word);
            }
        }
    }

    fn br(&mut self) {
        // A second <br> with nothing between ends the paragraph.
        if self.pending >= Break::Line {
            self.pending = Break::Para;
        } else {
            self.pending = Break::Line;
        }
    }
}

/// Renders the text of `roots`, leaving out masked nodes.
pub fn render(dom: &Dom, roots: &[NodeId], mask: &[bool]) -> String {
    let mut w = Writer {
        out: String::new(),
        pending: Break::None,
        pre: 0,
    };
    // (node, entering): an element is visited on entry and again on exit.
    let mut stack: Vec<(NodeId, bool)> = Vec::new();
    for &root in roots {
        w.request(Break::Para);
        stack.push((root, true));
        while let Some((n, entering)) = stack.pop() {
            if mask[n as usize] {
                continue;
            }
            match &dom.node(n).data {
                NodeData::Text(t) => w.text(t),
                NodeData::Element(e) => {
                    let name: &str = &e.name;
                    if !entering {
                        w.request(break_for(name));
                        if name == "pre" {
                            w.pre -= 1;
                        }
                        continue;
                    }
                    if skipped(name) {
                        continue;
                    }
                    if name == "br" {
                        w.br();
                        continue;
                    }
                    w.request(break_for(name));
                    if name == "pre" {
                        w.pre += 1;
                    }
                    stack.push((n, false));
                    for &c in dom.node(n).children.iter().rev() {
                        stack.push((c, true));
                    }
                }
                NodeData::Document => {
                    for &c in dom.node(n).children.iter().rev() {
                        stack.push((c, true));
                    }
                }
            }
        }
    }
    w.out
}

/// Content as WordPress stores it (and prints it through `wpautop`): text
/// with blank lines between paragraphs and single line breaks inside them,
/// with or without HTML. Content that has its own paragraphs (`<p>`) is
/// HTML already; otherwise each blank-line-separated block becomes a `<p>`
/// and each line break inside one a `<br>`.
pub(crate) fn paragraphs(content: &str) -> std::borrow::Cow<'_, str> {
    let lower = content.to_ascii_lowercase();
    if lower.contains("<p>") || lower.contains("<p ") {
        return content.into();
    }
    let content = content.replace("\r\n", "\n");
    let mut html = String::with_capacity(content.len() + 64);
    for block in content.split("\n\n") {
        let block = block.trim();
        if block.is_empty() {
            continue;
        }
        html.push_str("<p>");
        html.push_str(&block.replace('\n', "<br>\n"));
        html.push_str("</p>\n");
    }
    html.into()
}

#[cfg(test)]
mod tests {
    use super::super::dom::ROOT;
    use super::*;

    fn text_of(html: &str) -> String {
        let dom = Dom::parse(html);
        let mask = vec![false; dom.nodes.len()];
        render(&dom, &[ROOT], &mask)
    }

    #[test]
    fn wordpress_paragraphs_become_paragraphs() {
        assert_eq!(
            paragraphs("One\nline two\n\n\nThree <b>x</b>"),
            "<p>One<br>\nline two</p>\n<p>Three <b>x</b></p>\n"
        );
        assert_eq!(
            paragraphs("<p>Own</p>\n\n<p>HTML</p>"),
            "<p>Own</p>\n\n<p>HTML</p>"
        );
    }

    #[test]
    fn paragraphs_are_separated_by_a_blank_line() {
        assert_eq!(text_of("<p>One.</p><p>Two.</p>"), "One.\n\nTwo.");
    }

    #[test]
    fn links_and_emphasis_leave_no_markers() {
        assert_eq!(
            text_of("<p>See <a href=x>the report</a> and <em>its</em> <strong>annex</strong>.</p>"),
            "See the report and its annex."
        );
    }

    #[test]
    fn list_items_are_lines_without_bullets() {
        assert_eq!(text_of("<ul><li>one</li><li>two</li></ul>"), "one\ntwo");
    }

    #[test]
    fn headings_are_kept_as_lines_without_hashes() {
        assert_eq!(
            text_of("<h2>Findings</h2><p>Text.</p>"),
            "Findings\n\nText."
        );
    }

    #[test]
    fn table_cells_keep_single_spaces() {
        assert_eq!(
            text_of("<table><tr><td>London CRC</td><td>MTCnovo</td></tr></table>"),
            "London CRC MTCnovo"
        );
    }

    #[test]
    fn whitespace_inside_a_paragraph_collapses() {
        assert_eq!(text_of("<p>a\n   b\t c</p>"), "a b c");
    }

    #[test]
    fn masked_nodes_and_the_headline_are_left_out() {
        let dom = Dom::parse("<div><h1>Title</h1><p>Kept.</p><p class=x>Dropped.</p></div>");
        let mut mask = vec![false; dom.nodes.len()];
        let dropped = dom.elements_named("p").nth(1).unwrap();
        mask[dropped as usize] = true;
        assert_eq!(render(&dom, &[ROOT], &mask), "Kept.");
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(text_of("<pre>a  b\n  c</pre><p>d</p>"), "a  b\n  c\n\nd");
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        assert_eq!(
            text_of("<p>Pro<b>bation</b> and <i>pri</i>sons</p>"),
            "Probation and prisons"
        );
    }

    #[test]
    fn br_separated_lines_stay_apart() {
        assert_eq!(
            text_of("<td>line one<br>line two<br><br>para</td>"),
            "line one\nline two\n\npara"
        );
    }
}
