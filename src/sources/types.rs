//! The types every reader shares: what a file is, what an archive holds,
//! and the visitor it is handed to.

use std::path::Path;

/// What a file is, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// A saved page, `.html` or `.htm`.
    Html,
    /// A gzipped saved page, `.html.gz` or `.htm.gz`.
    HtmlGz,
    /// A web archive, `.warc` or `.warc.gz`.
    Warc,
    /// A web archive collection, `.wacz` (a zip of WARCs).
    Wacz,
    /// An `.xml` file: read as a WordPress export, refused if it is not one.
    Xml,
}

impl InputKind {
    /// The kind of a file, by its name's ending (any case); `None` for a
    /// file that is none of these.
    pub fn of(path: &Path) -> Option<InputKind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let ends = |s: &str| name.len() > s.len() && name.ends_with(s);
        Some(if ends(".html") || ends(".htm") {
            InputKind::Html
        } else if ends(".html.gz") || ends(".htm.gz") {
            InputKind::HtmlGz
        } else if ends(".warc") || ends(".warc.gz") {
            InputKind::Warc
        } else if ends(".wacz") {
            InputKind::Wacz
        } else if ends(".xml") {
            InputKind::Xml
        } else {
            return None;
        })
    }

    /// Whether a file of this kind holds many pages.
    pub fn is_archive(self) -> bool {
        matches!(self, InputKind::Warc | InputKind::Wacz | InputKind::Xml)
    }
}

/// An HTML page read from an archive record.
#[derive(Clone, Debug)]
pub struct ArchivedPage {
    /// Unique within its archive and stable across runs: the capture time
    /// and the target URI (`2024-05-01T10:00:00Z https://example.org/a`).
    pub key: String,
    /// The record's target URI.
    pub url: String,
    /// The record's `WARC-Date`, as `YYYY-MM-DDTHH:MM:SSZ`.
    pub captured: Option<String>,
    /// The charset the HTTP `Content-Type` named, if any.
    pub charset: Option<String>,
    /// The HTTP body, transfer and content codings undone.
    pub html: Vec<u8>,
}

/// A published post or page of a WordPress export.
#[derive(Clone, Debug, Default)]
pub struct Post {
    /// Unique within the export: the post's id (`post-42`).
    pub key: String,
    /// The post's `link`.
    pub url: Option<String>,
    /// Its title, entities decoded.
    pub title: String,
    /// The post's content: HTML, or text with blank lines between
    /// paragraphs, as WordPress stores it.
    pub content: String,
    /// `wp:post_date_gmt`, else `pubDate`, as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Categories and tags, in the export's order.
    pub tags: Vec<String>,
    /// `page` for a WordPress page, `post` for a post.
    pub post_type: String,
}

/// Why an archive record was passed over without a report. Records like
/// these are the bulk of any crawl (requests, images, redirects), so they
/// are counted, not listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ignored {
    /// A `warcinfo`, `request`, `metadata`, `resource`... record.
    OtherRecordType,
    /// A response whose status is not 200.
    NotOk,
    /// A response that is not HTML (an image, a stylesheet...).
    NotHtml,
    /// A response over the page size limit.
    TooLarge,
    /// A draft, private or trashed post of an export.
    NotPublished,
    /// An attachment, menu item or other non-post item of an export.
    NotAPost,
}

impl Ignored {
    /// The words the summary uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Ignored::OtherRecordType => "records that are not responses",
            Ignored::NotOk => "responses whose status is not 200",
            Ignored::NotHtml => "responses that are not HTML",
            Ignored::TooLarge => "responses over the page size limit",
            Ignored::NotPublished => "posts not published",
            Ignored::NotAPost => "export items that are not posts or pages",
        }
    }
}

/// Receives what an archive holds, as it is read.
pub trait Visitor {
    /// An HTML page from a response (or a resolved revisit) record.
    fn page(&mut self, page: ArchivedPage);
    /// A published post or page of an export.
    fn post(&mut self, post: Post);
    /// A record that could not be read: where (`offset 1234`, or an entry
    /// of a WACZ and an offset in it) and why.
    fn bad(&mut self, at: String, reason: String);
    /// A record passed over, counted.
    fn ignored(&mut self, why: Ignored);
}

/// Why a whole archive could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// The file cannot be opened or read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file is not what its name says.
    #[error("{0}")]
    NotThisKind(String),
}
