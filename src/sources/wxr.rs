//! WordPress eXtended RSS (WXR): what Tools → Export writes, versions 1.0
//! to 1.2.
//!
//! An `rss` root declaring the `http://wordpress.org/export/1.x/`
//! namespace, a `channel`, and one `item` per post, page, attachment or
//! menu item. Published posts and pages are kept; the fields read are the
//! item's own children (`title`, `link`, `pubDate`, `content:encoded`,
//! `wp:post_id`, `wp:post_date_gmt`, `wp:status`, `wp:post_type`,
//! `category`), never those of its comments or metadata. Content split
//! across several CDATA sections (WordPress splits at `]]>`) is joined.
//!
//! An item holding a character XML forbids (a control character, as
//! copy-pasted text often brings) is reported and skipped, and so is an
//! item the XML parser cannot read; the items around it are kept.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use quick_xml::events::Event;

use super::types::{ArchiveError, Ignored, Post, Visitor};

/// Most parse errors tolerated in one file before the rest is given up.
const MAX_ERRORS: usize = 100;

/// The fields of the item being read.
#[derive(Default)]
struct Item {
    start: u64,
    post: Post,
    id: String,
    status: String,
    date_gmt: String,
    pub_date: String,
    /// Why the item cannot be used, if something in it was bad.
    bad: Option<String>,
}

/// Which child of an item the text being read belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Link,
    PubDate,
    Content,
    PostId,
    DateGmt,
    Status,
    PostType,
    Category,
    Other,
}

impl Field {
    fn of(name: &str) -> Field {
        match name {
            "title" => Field::Title,
            "link" => Field::Link,
            "pubDate" => Field::PubDate,
            "content:encoded" => Field::Content,
            "wp:post_id" => Field::PostId,
            "wp:post_date_gmt" => Field::DateGmt,
            "wp:status" => Field::Status,
            "wp:post_type" => Field::PostType,
            "category" => Field::Category,
            _ => Field::Other,
        }
    }
}

/// Reads the export at `path`.
pub(crate) fn read(
    path: &Path,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    let file = BufReader::with_capacity(64 * 1024, File::open(path)?);
    read_from(file, max_bytes, visitor)
}

/// Reads an export from `input`.
pub(crate) fn read_from<R: BufRead>(
    input: R,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    let mut xml = quick_xml::Reader::from_reader(input);
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    check_root(&mut xml, &mut buf)?;
    let mut state = State::default();
    let mut errors = 0;
    loop {
        buf.clear();
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) => break,
            Ok(e) => e,
            Err(e) => {
                errors += 1;
                let at = format!("offset {}", xml.error_position());
                if let Some(item) = state.item.as_mut() {
                    item.bad.get_or_insert_with(|| format!("XML error ({e})"));
                } else {
                    visitor.bad(at, format!("XML error ({e})"));
                }
                if errors >= MAX_ERRORS {
                    let at = format!("offset {}", xml.buffer_position());
                    visitor.bad(at, "too many XML errors: the rest is not read".into());
                    break;
                }
                continue;
            }
        };
        let pos = xml.buffer_position();
        state.event(event, pos, max_bytes, visitor);
    }
    if let Some(item) = state.item.take() {
        let at = format!("offset {}", item.start);
        visitor.bad(at, "item cut short at the end of the file".into());
    }
    Ok(())
}

/// Reads up to the root element and checks it is a WordPress export's.
fn check_root<R: BufRead>(
    xml: &mut quick_xml::Reader<R>,
    buf: &mut Vec<u8>,
) -> Result<(), ArchiveError> {
    let not_wxr =
        |why: &str| ArchiveError::NotThisKind(format!("not a WordPress export (WXR): {why}"));
    loop {
        buf.clear();
        match xml.read_event_into(buf) {
            Ok(Event::Start(e)) => {
                let name = e.name().0;
                if name != "rss" {
                    return Err(not_wxr(&format!("the root element is <{name}>, not <rss>")));
                }
                let wp = e.attributes().flatten().any(|a| {
                    a.key.0.starts_with("xmlns:")
                        && a.value.starts_with("http://wordpress.org/export/1.")
                });
                return if wp {
                    Ok(())
                } else {
                    Err(not_wxr(
                        "an RSS feed without the WordPress export namespace",
                    ))
                };
            }
            Ok(Event::Eof) => return Err(not_wxr("no root element")),
            Ok(_) => {}
            Err(e) => return Err(not_wxr(&format!("not well-formed XML ({e})"))),
        }
    }
}

/// Where the reader is.
#[derive(Default)]
struct State {
    item: Option<Item>,
    /// Depth of elements open inside the current item.
    depth: usize,
    /// The item child being read, when at depth 1.
    field: Option<Field>,
    /// Text of the current field.
    text: String,
}

impl State {
    fn event(&mut self, event: Event<'_>, pos: u64, max_bytes: u64, v: &mut dyn Visitor) {
        match event {
            Event::Start(e) => {
                if self.item.is_none() {
                    if e.name().0 == "item" {
                        self.item = Some(Item {
                            start: pos.saturating_sub(6),
                            ..Item::default()
                        });
                        self.depth = 0;
                    }
                    return;
                }
                self.depth += 1;
                if self.depth == 1 {
                    self.field = Some(Field::of(e.name().0));
                    self.text.clear();
                }
            }
            Event::End(e) => {
                if self.item.is_none() {
                    return;
                }
                if self.depth == 0 {
                    if e.name().0 == "item"
                        && let Some(item) = self.item.take()
                    {
                        finish(item, max_bytes, v);
                    }
                    return;
                }
                if self.depth == 1 {
                    self.end_field();
                }
                self.depth -= 1;
            }
            Event::Text(t) => self.push(&t.xml10_content()),
            Event::CData(c) => self.push(&c),
            Event::GeneralRef(r) => match r.resolve_char_ref() {
                Ok(Some(c)) => self.push(c.encode_utf8(&mut [0; 4])),
                Ok(None) => match quick_xml::escape::resolve_predefined_entity(&r) {
                    Some(s) => self.push(s),
                    None => self.push(&format!("&{};", &*r)),
                },
                Err(e) => self.mark_bad(format!("bad character reference ({e})")),
            },
            _ => {}
        }
    }

    fn push(&mut self, s: &str) {
        if self.item.is_none() || self.depth != 1 {
            return;
        }
        if let Some(c) = s.chars().find(|&c| !is_xml_char(c)) {
            self.mark_bad(format!(
                "a character XML does not allow (U+{:04X})",
                u32::from(c)
            ));
        }
        self.text.push_str(s);
    }

    fn mark_bad(&mut self, why: String) {
        if let Some(item) = self.item.as_mut() {
            item.bad.get_or_insert(why);
        }
    }

    fn end_field(&mut self) {
        let (Some(item), Some(field)) = (self.item.as_mut(), self.field.take()) else {
            return;
        };
        let text = std::mem::take(&mut self.text);
        let p = &mut item.post;
        match field {
            Field::Title => p.title = text.trim().to_string(),
            Field::Link => p.url = Some(text.trim().to_string()).filter(|s| !s.is_empty()),
            Field::PubDate => item.pub_date = text,
            Field::Content => p.content = text,
            Field::PostId => item.id = text.trim().to_string(),
            Field::DateGmt => item.date_gmt = text,
            Field::Status => item.status = text.trim().to_string(),
            Field::PostType => p.post_type = text.trim().to_string(),
            Field::Category => {
                let tag = text.trim();
                if !tag.is_empty() && !p.tags.iter().any(|t| t == tag) {
                    p.tags.push(tag.to_string());
                }
            }
            Field::Other => {}
        }
    }
}

/// Hands a finished item on: a post, a bad item, or an ignored one.
fn finish(mut item: Item, max_bytes: u64, v: &mut dyn Visitor) {
    let at = format!("offset {}", item.start);
    if let Some(why) = item.bad {
        return v.bad(at, why);
    }
    if !matches!(item.post.post_type.as_str(), "post" | "page") {
        return v.ignored(Ignored::NotAPost);
    }
    if item.status != "publish" {
        return v.ignored(Ignored::NotPublished);
    }
    if item.post.content.len() as u64 > max_bytes {
        return v.bad(at, format!("post content over {max_bytes} bytes"));
    }
    item.post.key = if item.id.is_empty() {
        format!("item@{}", item.start)
    } else {
        format!("post-{}", item.id)
    };
    item.post.date = post_date(&item.date_gmt).or_else(|| rss_date(&item.pub_date));
    v.post(item.post);
}

/// `2020-01-02 10:00:00` as `2020-01-02`; WordPress writes all zeros for
/// a post never published.
fn post_date(s: &str) -> Option<String> {
    let date = s.trim().get(..10)?;
    let d: jiff::civil::Date = date.parse().ok()?;
    Some(d.to_string())
}

/// An RSS `pubDate` (RFC 2822) as `YYYY-MM-DD`, in UTC.
fn rss_date(s: &str) -> Option<String> {
    let zoned = jiff::fmt::rfc2822::parse(s.trim()).ok()?;
    Some(zoned.timestamp().strftime("%Y-%m-%d").to_string())
}

/// Whether XML 1.0 allows `c` in a document.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_the_export() {
        assert_eq!(
            post_date("2019-06-03 08:15:00").as_deref(),
            Some("2019-06-03")
        );
        assert_eq!(post_date("0000-00-00 00:00:00"), None);
        assert_eq!(
            rss_date("Mon, 03 Jun 2019 08:15:00 +0000").as_deref(),
            Some("2019-06-03")
        );
        assert_eq!(rss_date("not a date"), None);
    }

    #[test]
    fn control_characters_are_not_xml() {
        assert!(is_xml_char('a') && is_xml_char('\n') && is_xml_char('é'));
        assert!(!is_xml_char('\u{0B}') && !is_xml_char('\u{FFFE}'));
    }
}
