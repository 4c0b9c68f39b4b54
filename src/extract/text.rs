//! The article's text, with paragraph breaks, through html2text.
//!
//! The page is parsed once, into our arena ([`super::dom`]). html2text
//! renders from its own RcDom, so the article's nodes (and only those, with
//! boilerplate and the headline left out) are copied into one through the
//! html5ever `TreeSink` interface: no HTML is serialised or parsed twice.
//! Rendering uses html2text's trivial decorator, so links, emphasis, list
//! bullets and headings come out as plain words, which keeps the text
//! phrase-searchable exactly as the page shows it.

use html2text::render::TrivialDecorator;
use html2text::{Handle, RcDom};
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{ElementFlags, NodeOrText, TreeSink};
use html5ever::{LocalName, QualName, ns};

use super::dom::{Dom, NodeData, NodeId};

/// Wide enough that html2text never wraps a paragraph.
const NO_WRAP: usize = 1_000_000;

/// The element html2text should see for one of ours. Block elements keep
/// their name. Tables do not: saved pages use them for layout, and
/// html2text would lay a layout table's cells side by side, interleaving
/// their lines; so rows become blocks and cells become blocks (if they hold
/// blocks) or space-separated inline runs. Everything else is inline.
fn kept_name(dom: &Dom, n: NodeId, name: &str) -> &'static str {
    match name {
        "p" => "p",
        "blockquote" => "blockquote",
        "pre" => "pre",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "ul" => "ul",
        "ol" => "ol",
        "li" => "li",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "br" => "br",
        "hr" => "hr",
        "div" | "section" | "article" | "main" | "figure" | "figcaption" | "address" | "center"
        | "caption" | "table" | "thead" | "tbody" | "tfoot" | "tr" | "header" => "div",
        "td" | "th" => {
            let holds_blocks = dom.node(n).children.iter().any(|&c| {
                matches!(
                    dom.name(c),
                    "p" | "div" | "table" | "ul" | "ol" | "br" | "blockquote" | "h2" | "h3" | "h4"
                )
            });
            if holds_blocks { "div" } else { "span" }
        }
        _ => "span",
    }
}

/// Renders the text of `roots`, leaving out masked nodes.
pub fn render(dom: &Dom, roots: &[NodeId], mask: &[bool]) -> String {
    let rc = RcDom::default();
    let doc = rc.get_document();
    let html = element(&rc, "html");
    let body = element(&rc, "body");
    rc.append(&doc, NodeOrText::AppendNode(html.clone()));
    rc.append(&html, NodeOrText::AppendNode(body.clone()));
    for &root in roots {
        copy(dom, root, mask, &rc, &body);
    }
    // html2text is not expected to panic on the trees we build, but a page
    // must never take the indexer down: fall back to plain text if it does.
    let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let config = html2text::config::with_decorator(TrivialDecorator::new());
        config
            .dom_to_render_tree(&rc)
            .and_then(|tree| config.render_to_string(tree, NO_WRAP))
            .ok()
    }));
    match rendered {
        Ok(Some(text)) => tidy(&text),
        _ => roots
            .iter()
            .map(|&r| dom.text(r))
            .collect::<Vec<_>>()
            .join("\n\n"),
    }
}

fn element(rc: &RcDom, name: &str) -> Handle {
    rc.create_element(
        QualName::new(None, ns!(html), LocalName::from(name)),
        Vec::new(),
        ElementFlags::default(),
    )
}

/// Copies the unmasked subtree under `root` into `parent`, iteratively.
fn copy(dom: &Dom, root: NodeId, mask: &[bool], rc: &RcDom, parent: &Handle) {
    let mut stack: Vec<(NodeId, Handle)> = vec![(root, parent.clone())];
    while let Some((n, into)) = stack.pop() {
        if mask[n as usize] {
            continue;
        }
        match &dom.node(n).data {
            NodeData::Text(t) => {
                rc.append(&into, NodeOrText::AppendText(StrTendril::from(t.as_str())))
            }
            NodeData::Element(e) => {
                if matches!(&*e.name, "script" | "style" | "h1" | "img" | "template") {
                    continue;
                }
                let name = kept_name(dom, n, &e.name);
                let handle = element(rc, name);
                rc.append(&into, NodeOrText::AppendNode(handle.clone()));
                if matches!(&*e.name, "td" | "th") && name == "span" {
                    // Keep adjacent cells' words apart.
                    rc.append(&into, NodeOrText::AppendText(StrTendril::from(" ")));
                }
                for &c in dom.node(n).children.iter().rev() {
                    stack.push((c, handle.clone()));
                }
            }
            NodeData::Document => {
                for &c in dom.node(n).children.iter().rev() {
                    stack.push((c, into.clone()));
                }
            }
        }
    }
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !blank {
                out.push('\n');
                blank = true;
            }
            continue;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        // Collapse runs of spaces that table padding leaves behind.
        let mut last_space = false;
        for ch in line.chars() {
            if ch == ' ' {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(ch);
                last_space = false;
            }
        }
        out.push('\n');
        blank = false;
    }
    out.trim_end().to_string()
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
    fn br_separated_lines_stay_apart() {
        assert_eq!(
            text_of("<td>line one<br>line two<br><br>para</td>"),
            "line one\nline two\n\npara"
        );
    }
}
