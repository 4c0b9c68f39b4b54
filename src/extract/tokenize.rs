//! An HTML tokenizer for extraction: text, start tags with attributes, end
//! tags; comments, doctypes and processing instructions are skipped.
//!
//! Why our own: tokenising was the largest single cost of indexing a page,
//! and a general tokenizer does work extraction never uses (error
//! reporting, doctype details, per-character state changes). This one
//! jumps with `memchr` to the next `<`, quote or end of raw text, slices
//! the input instead of copying it, and is a flat loop: no input can make
//! it recurse. It follows the WHATWG tokenizer where extraction can tell
//! the difference: tag and attribute names are lower-cased, the first of
//! duplicate attributes wins (in the sink), `<` not followed by a tag is
//! text, `</>` is dropped, unknown `<!...>` and `<?...>` are bogus comments,
//! an unclosed comment or tag swallows the rest of the input, and the
//! content of `script`, `style` and the other raw-text elements runs to
//! their end tag. Character references are decoded in text and attribute
//! values (by `html-escape`, with numeric references in the C1 range read
//! as Windows-1252, as browsers do).

use std::borrow::Cow;

/// Receives what the tokenizer finds, in document order.
pub trait Sink {
    /// A start tag begins; its attributes follow, then [`Sink::tag_end`].
    /// If the input ends inside the tag, `tag_end` never comes and the tag
    /// must be dropped.
    fn tag_open(&mut self, name: &str);
    /// One attribute of the tag being opened, value not yet decoded (the
    /// sink decodes only the values it keeps, with [`decode`]).
    fn attribute(&mut self, name: &str, raw_value: &str);
    /// The start tag is complete.
    fn tag_end(&mut self, self_closing: bool);
    /// An end tag.
    fn end_tag(&mut self, name: &str);
    /// Text, already decoded.
    fn text(&mut self, text: &str);
}

/// Decodes character references, with the C1 fix-up browsers apply.
pub fn decode(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let decoded = html_escape::decode_html_entities(raw);
    if decoded.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
        Cow::Owned(decoded.chars().map(windows_1252_c1).collect())
    } else {
        decoded
    }
}

/// `&#146;` means `’`: numeric references in the C1 range are read as
/// Windows-1252, as the HTML standard says.
fn windows_1252_c1(c: char) -> char {
    if !('\u{80}'..='\u{9f}').contains(&c) {
        return c;
    }
    let byte = [c as u32 as u8];
    let (s, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
    s.chars().next().unwrap_or(c)
}

/// Elements whose content is raw text up to their end tag.
fn raw_text_kind(name: &str) -> Option<bool> {
    // Some(true): character references are decoded (RCDATA).
    match name {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(false),
        "textarea" | "title" => Some(true),
        _ => None,
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Lower-cases an ASCII name without allocating when it is already lower.
fn lower(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Tokenizes a whole page into `sink`.
pub fn tokenize(html: &str, sink: &mut impl Sink) {
    let b = html.as_bytes();
    let mut pos = 0;
    let mut text_from = 0;
    while let Some(off) = memchr::memchr(b'<', &b[pos..]) {
        let lt = pos + off;
        let next = b.get(lt + 1).copied();
        let after = match next {
            Some(c) if c.is_ascii_alphabetic() => {
                flush_text(html, text_from, lt, sink);
                match start_tag(html, lt + 1, sink) {
                    Some((end, name)) => {
                        if let Some(decode_refs) = raw_text_kind(&name) {
                            raw_text(html, end, &name, decode_refs, sink)
                        } else if name == "plaintext" {
                            sink.text(&html[end..]);
                            b.len()
                        } else {
                            end
                        }
                    }
                    // A tag cut off by the end of input is dropped.
                    None => return,
                }
            }
            Some(b'/') => {
                flush_text(html, text_from, lt, sink);
                match b.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (end, name) = end_tag(html, lt + 2);
                        if let Some(name) = name {
                            sink.end_tag(&name);
                        }
                        end
                    }
                    Some(b'>') => lt + 3,
                    // `</` then something else: a bogus comment to `>`.
                    _ => skip_to_gt(b, lt + 2),
                }
            }
            Some(b'!') => {
                flush_text(html, text_from, lt, sink);
                if b[lt..].starts_with(b"<!--") {
                    comment_end(b, lt + 4)
                } else {
                    skip_to_gt(b, lt + 2)
                }
            }
            Some(b'?') => {
                flush_text(html, text_from, lt, sink);
                skip_to_gt(b, lt + 2)
            }
            // A `<` that starts nothing is text.
            _ => {
                pos = lt + 1;
                continue;
            }
        };
        pos = after.min(b.len());
        text_from = pos;
    }
    flush_text(html, text_from, b.len(), sink);
}

fn flush_text(html: &str, from: usize, to: usize, sink: &mut impl Sink) {
    if from < to {
        let raw = &html[from..to];
        let text = decode(raw);
        if text.contains('\0') {
            sink.text(&text.replace('\0', ""));
        } else {
            sink.text(&text);
        }
    }
}

/// Position just past the next `>`, or the end of input.
fn skip_to_gt(b: &[u8], from: usize) -> usize {
    match memchr::memchr(b'>', &b[from.min(b.len())..]) {
        Some(off) => from + off + 1,
        None => b.len(),
    }
}

/// Position just past the comment that starts at `from` (after `<!--`):
/// `-->`, or `>` right away (`<!-->`, `<!--->`); an unclosed comment runs to
/// the end of input.
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from.min(b.len())..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    match memchr::memmem::find(rest, b"-->") {
        Some(off) => from + off + 3,
        None => b.len(),
    }
}

/// Reads a tag name from `from`; returns it (lower-cased) and where it ends.
fn tag_name(html: &str, from: usize) -> (Cow<'_, str>, usize) {
    let b = html.as_bytes();
    let mut i = from;
    while i < b.len() && !is_ws(b[i]) && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    (lower(&html[from..i]), i)
}

/// Parses a start tag whose name begins at `from` and reports it to the
/// sink. Returns where the tag ends and its name, or `None` if the input
/// ends inside it.
fn start_tag<'a>(
    html: &'a str,
    from: usize,
    sink: &mut impl Sink,
) -> Option<(usize, Cow<'a, str>)> {
    let b = html.as_bytes();
    let (name, mut i) = tag_name(html, from);
    // Find the end of the tag first: if the input ends inside it, nothing
    // of it is reported.
    let mut opened = false;
    loop {
        while i < b.len() && (is_ws(b[i]) || (b[i] == b'/' && b.get(i + 1) != Some(&b'>'))) {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if !opened {
            sink.tag_open(&name);
            opened = true;
        }
        if b[i] == b'>' {
            sink.tag_end(false);
            return Some((i + 1, name));
        }
        if b[i] == b'/' {
            // `/>`
            sink.tag_end(true);
            return Some((i + 2, name));
        }
        // Attribute name: up to whitespace, `/`, `>` or `=` (a leading `=`
        // belongs to the name).
        let name_start = i;
        i += 1;
        while i < b.len() && !is_ws(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr_name = lower(&html[name_start..i]);
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && is_ws(b[i]) {
                i += 1;
            }
            if i >= b.len() {
                return None;
            }
            match b[i] {
                q @ (b'"' | b'\'') => {
                    let close = memchr::memchr(q, &b[i + 1..])? + i + 1;
                    sink.attribute(&attr_name, &html[i + 1..close]);
                    i = close + 1;
                }
                b'>' => sink.attribute(&attr_name, ""),
                _ => {
                    let start = i;
                    while i < b.len() && !is_ws(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                    sink.attribute(&attr_name, &html[start..i]);
                }
            }
        } else {
            sink.attribute(&attr_name, "");
        }
    }
}

/// Parses an end tag whose name begins at `from`; attributes on end tags
/// are ignored. Returns where it ends and its name (`None` if the input
/// ended inside it).
fn end_tag(html: &str, from: usize) -> (usize, Option<Cow<'_, str>>) {
    let b = html.as_bytes();
    let (name, i) = tag_name(html, from);
    // Quoted values may hide a `>`; skip them like a start tag would.
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'>' => return (j + 1, Some(name)),
            q @ (b'"' | b'\'') if j > 0 && b[j - 1] == b'=' => match memchr::memchr(q, &b[j + 1..])
            {
                Some(off) => j += off + 2,
                None => return (b.len(), None),
            },
            _ => j += 1,
        }
    }
    (b.len(), None)
}

/// Emits the raw text of `name` starting at `from` up to its end tag
/// (`</name` followed by whitespace, `/` or `>`, any case) and returns the
/// position of that end tag (left for the main loop), or the end of input.
fn raw_text(html: &str, from: usize, name: &str, decode_refs: bool, sink: &mut impl Sink) -> usize {
    let b = html.as_bytes();
    let mut search = from;
    let end = loop {
        let Some(off) = memchr::memmem::find(&b[search..], b"</") else {
            break b.len();
        };
        let at = search + off;
        let n = at + 2;
        let matches = b.len() >= n + name.len()
            && b[n..n + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && b.get(n + name.len())
                .is_none_or(|&c| is_ws(c) || c == b'/' || c == b'>');
        if matches {
            break at;
        }
        search = at + 2;
    };
    if from < end {
        let raw = &html[from..end];
        if decode_refs {
            sink.text(&decode(raw));
        } else {
            sink.text(raw);
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records events as strings.
    #[derive(Default)]
    struct Log(Vec<String>);

    impl Sink for Log {
        fn tag_open(&mut self, name: &str) {
            self.0.push(format!("<{name}"));
        }
        fn attribute(&mut self, name: &str, raw_value: &str) {
            self.0.push(format!("{name}={raw_value}"));
        }
        fn tag_end(&mut self, self_closing: bool) {
            self.0.push(if self_closing {
                "/>".into()
            } else {
                ">".into()
            });
        }
        fn end_tag(&mut self, name: &str) {
            self.0.push(format!("</{name}>"));
        }
        fn text(&mut self, text: &str) {
            self.0.push(format!("#{text}"));
        }
    }

    fn events(html: &str) -> Vec<String> {
        let mut log = Log::default();
        tokenize(html, &mut log);
        log.0
    }

    #[test]
    fn tags_attributes_and_text() {
        assert_eq!(
            events(r#"<P Class="a b" id=x hidden data-x='1'>Hi</p>"#),
            [
                "<p",
                "class=a b",
                "id=x",
                "hidden=",
                "data-x=1",
                ">",
                "#Hi",
                "</p>"
            ]
        );
    }

    #[test]
    fn self_closing_and_stray_slashes() {
        assert_eq!(
            events("<br/><img src=a / >"),
            ["<br", "/>", "<img", "src=a", ">"]
        );
    }

    #[test]
    fn character_references_in_text_and_the_c1_range() {
        assert_eq!(
            events("Tom &amp; Jerry &pound;5 &#8211; &#146;s"),
            ["#Tom & Jerry £5 – ’s"]
        );
    }

    #[test]
    fn a_lone_less_than_is_text() {
        assert_eq!(events("a < b <3 c"), ["#a < b <3 c"]);
    }

    #[test]
    fn comments_doctypes_and_processing_instructions_are_skipped() {
        assert_eq!(
            events("<!DOCTYPE html><?xml x?><!-- a > b --><!--->x<!-->y"),
            ["#x", "#y"]
        );
    }

    #[test]
    fn an_unclosed_comment_swallows_the_rest() {
        assert_eq!(events("a<!-- never closed <p>b"), ["#a"]);
    }

    #[test]
    fn script_content_runs_to_its_end_tag() {
        assert_eq!(
            events("<script>if (a<b) { s = '</div>'; }</SCRIPT >x"),
            [
                "<script",
                ">",
                "#if (a<b) { s = '</div>'; }",
                "</script>",
                "#x"
            ]
        );
    }

    #[test]
    fn an_unclosed_script_runs_to_the_end() {
        assert_eq!(
            events("<script>var a = 1;"),
            ["<script", ">", "#var a = 1;"]
        );
    }

    #[test]
    fn title_is_rcdata_with_references_decoded() {
        assert_eq!(
            events("<title>A &amp; B <b></title>"),
            ["<title", ">", "#A & B <b>", "</title>"]
        );
    }

    #[test]
    fn a_tag_cut_off_by_the_end_of_input_is_dropped() {
        // The tag is opened but never ended, which tells the sink to drop it.
        assert_eq!(events("text<div class=\"a"), ["#text", "<div"]);
        assert_eq!(events("text<div"), ["#text"]);
    }

    #[test]
    fn end_tag_attributes_are_ignored_and_empty_end_tags_dropped() {
        assert_eq!(events("</p class=\"a>b\">x</>y"), ["</p>", "#x", "#y"]);
    }

    #[test]
    fn many_attributes_do_not_recurse() {
        let attrs: String = (0..100_000).map(|i| format!(" a{i}=\"v\"")).collect();
        let html = format!("<div{attrs}>t</div>");
        let ev = events(&html);
        assert_eq!(ev.len(), 100_000 + 4);
    }

    #[test]
    fn nul_bytes_are_dropped_from_text() {
        assert_eq!(events("a\0b"), ["#ab"]);
    }

    #[test]
    fn unicode_text_is_sliced_on_ascii_boundaries() {
        assert_eq!(
            events("<p>café – naïve</p>"),
            ["<p", ">", "#café – naïve", "</p>"]
        );
    }
}
