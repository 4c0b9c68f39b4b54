//! From the bytes of one saved HTML page to one [`Page`]: the fields the
//! index holds. Each concern has its own module with its own rules and
//! tests; this module runs them in order over a single parse of the page.
//!
//! Extraction never fails on content: a page that cannot be read as text at
//! all is a [`Skip`] with a reason; everything else yields a `Page`, possibly
//! with an empty title or no date.
//!
//! The steps, in order: `charset` (bytes to text), `tokenize` and `dom`
//! (one parse), `meta` (metadata and JSON-LD), `article` (the article's
//! elements, boilerplate masked), `title`, `text` (the body as text),
//! `date`, `kind`, `entities` (areas and providers, with the gazetteer).
//! Only [`extract`], [`Page`], [`Skip`] and [`DateSource`] are public.

use serde::Serialize;

use self::dom::Dom;
use self::meta::Meta;
use crate::schema::day::Day;
use crate::schema::kind::Kind;

pub use self::date::DateSource;

/// What the indexer stores for one page, and what `jp-index extract` prints.
/// Field order here is the JSON order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Page {
    /// Path of the file relative to the root it was found under.
    pub source: String,
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`), if any.
    pub url: Option<String>,
    /// When a web archive captured the page (its record's `WARC-Date`, as
    /// `YYYY-MM-DDTHH:MM:SSZ`); `None` for a plain file. Kept apart from
    /// `date`, which is what the page itself says.
    pub captured: Option<String>,
    /// The article's own headline.
    pub title: String,
    /// Publication date (printed as `YYYY-MM-DD`).
    pub date: Option<Day>,
    /// Which rule found `date`.
    pub date_source: Option<DateSource>,
    /// What kind of page it is.
    pub kind: Kind,
    /// Canonical names of every area the title and article name.
    pub areas: Vec<String>,
    /// The area the article is mainly about, if it has one.
    pub primary_area: Option<String>,
    /// Canonical names of every provider the title and article name.
    pub providers: Vec<String>,
    /// Tags and categories the page lists for itself.
    pub tags: Vec<String>,
    /// Article text, paragraphs separated by blank lines.
    pub body: String,
}

/// Why a file was not indexed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Skip {
    /// Nothing but whitespace.
    #[error("empty file")]
    Empty,
    /// The bytes of an image, a PDF, an archive... (what it looks like).
    #[error("not a web page: {0}")]
    NotAPage(&'static str),
    /// Neither a headline nor any article text.
    #[error("no text found: not an HTML page, or an empty one")]
    NoText,
}

// The steps are private to the crate; the `internals` feature makes them
// public for the profiling examples (`examples/phases.rs`,
// `examples/entities_eval.rs`). Not a stable API.
#[cfg(feature = "internals")]
pub mod article;
#[cfg(not(feature = "internals"))]
mod article;
#[cfg(feature = "internals")]
pub mod charset;
#[cfg(not(feature = "internals"))]
mod charset;
#[cfg(feature = "internals")]
pub mod date;
#[cfg(not(feature = "internals"))]
mod date;
#[cfg(feature = "internals")]
pub mod dom;
#[cfg(not(feature = "internals"))]
mod dom;
#[cfg(feature = "internals")]
pub mod entities;
#[cfg(not(feature = "internals"))]
mod entities;
#[cfg(feature = "internals")]
pub mod kind;
#[cfg(not(feature = "internals"))]
mod kind;
#[cfg(feature = "internals")]
pub mod meta;
#[cfg(not(feature = "internals"))]
mod meta;
#[cfg(feature = "internals")]
pub mod text;
#[cfg(not(feature = "internals"))]
mod text;
#[cfg(feature = "internals")]
pub mod title;
#[cfg(not(feature = "internals"))]
mod title;
#[cfg(feature = "internals")]
pub mod tokenize;
#[cfg(not(feature = "internals"))]
mod tokenize;

impl Skip {
    /// A stable code for the reason.
    pub fn code(&self) -> &'static str {
        match self {
            Skip::Empty => "empty_file",
            Skip::NotAPage(_) => "not_a_web_page",
            Skip::NoText => "no_text",
        }
    }
}

/// What the container of a page knows about it before it is read: a web
/// archive record gives the URL it was fetched from, when, and the charset
/// the server named. A saved file gives nothing.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    /// The URL the page was fetched from: becomes the page's `url` (its
    /// canonical link still serves the date and kind rules).
    pub url: Option<String>,
    /// When it was captured (`YYYY-MM-DDTHH:MM:SSZ`).
    pub captured: Option<String>,
    /// The charset label of the HTTP `Content-Type`.
    pub charset: Option<String>,
}

/// Extracts one page. `source` is recorded as given (the path relative to
/// the indexing root).
pub fn extract(bytes: Vec<u8>, source: &str) -> Result<Page, Skip> {
    extract_from(bytes, source, &Origin::default())
}

/// Extracts one page with what its container knows about it.
pub fn extract_from(bytes: Vec<u8>, source: &str, origin: &Origin) -> Result<Page, Skip> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Skip::Empty);
    }
    if let Some(what) = charset::sniff_binary(&bytes) {
        return Err(Skip::NotAPage(what));
    }
    let http = origin
        .charset
        .as_deref()
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()));
    let decoded = charset::decode_with(bytes, http);
    let dom = Dom::parse(&decoded.text);
    drop(decoded);
    let meta = Meta::read(&dom);
    let mut article = article::find(&dom);
    let headline = title::find(&dom, &meta, &article);
    if let Some(h) = headline.node {
        article.add_lead(&dom, h);
        // The headline is indexed as the title, not repeated in the body.
        if !article.roots.contains(&h) {
            article.mask[h as usize] = true;
        }
    }
    let body = text::render(&dom, &article.roots, &article.mask);
    if body.trim().is_empty() && headline.text.trim().is_empty() {
        return Err(Skip::NoText);
    }
    let url = meta.url();
    let date = date::find(&dom, &meta, &article, headline.node, url.as_deref(), &body);
    let signals = kind::Signals {
        url: url.as_deref(),
        title: &headline.text,
        headline: headline.node,
        dated: date.is_some(),
    };
    let kind = kind::classify(&dom, &meta, &signals);
    let keep: Vec<dom::NodeId> = headline
        .node
        .into_iter()
        .chain(article.roots.first().copied())
        .collect();
    let tags = meta::tags(&dom, &meta, &keep);
    let found = entities::find(&headline.text, &body);
    Ok(Page {
        source: source.to_string(),
        url: origin.url.clone().or(url),
        captured: origin.captured.clone(),
        title: headline.text,
        date: date.map(|d| Day::new(d.date)),
        date_source: date.map(|d| d.source),
        kind,
        areas: found.areas,
        primary_area: found.primary_area,
        providers: found.providers,
        tags,
        body,
    })
}

/// A post whose parts its container gives apart (a WordPress export):
/// no boilerplate to find, no headline or date to guess.
#[derive(Clone, Debug, Default)]
pub struct Post<'a> {
    /// The key recorded as `source`.
    pub source: &'a str,
    /// The post's permalink.
    pub url: Option<&'a str>,
    /// Its title (HTML entities are decoded).
    pub title: &'a str,
    /// Its content: HTML, or text with blank lines between paragraphs.
    pub content: &'a str,
    /// The date the export gives it.
    pub date: Option<Day>,
    /// Its categories and tags.
    pub tags: &'a [String],
    /// A page of the site rather than a post.
    pub is_page: bool,
}

/// Extracts a post: the body is the content's text, areas and providers
/// come from title and body as for a page, the kind is `blog` for a post
/// and `other` for a site page.
pub fn extract_post(post: &Post) -> Result<Page, Skip> {
    let html = text::paragraphs(post.content);
    let dom = Dom::parse(&html);
    let mask = vec![false; dom.nodes.len()];
    let body = text::render(&dom, &[dom::ROOT], &mask);
    let title = html_escape::decode_html_entities(post.title.trim()).into_owned();
    if body.trim().is_empty() && title.is_empty() {
        return Err(Skip::NoText);
    }
    let found = entities::find(&title, &body);
    Ok(Page {
        source: post.source.to_string(),
        url: post.url.map(str::to_string),
        captured: None,
        title,
        date: post.date,
        date_source: post.date.map(|_| DateSource::Export),
        kind: if post.is_page {
            Kind::Other
        } else {
            Kind::Blog
        },
        areas: found.areas,
        primary_area: found.primary_area,
        providers: found.providers,
        tags: post
            .tags
            .iter()
            .map(|t| html_escape::decode_html_entities(t).into_owned())
            .collect(),
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn any_string_parses_and_decodes(s in any::<String>()) {
            let _ = Dom::parse(&s);
            let d = charset::decode(s.clone().into_bytes());
            // Valid UTF-8 without a BOM or a lying label stays as it was.
            if !s.starts_with('\u{feff}') && charset::declared(s.as_bytes()).is_none() {
                prop_assert_eq!(d.text, s);
            }
        }
    }

    #[test]
    fn an_archive_record_keeps_its_url_and_capture_time() {
        let html = b"<link rel=canonical href=https://example.org/2019/05/06/a/>\
            <h1>Probation in Kent</h1><p>Kent probation caf\xe9 text.</p>"
            .to_vec();
        let origin = Origin {
            url: Some("http://www.example.org/a?utm_source=x".into()),
            captured: Some("2020-01-02T03:04:05Z".into()),
            charset: Some("iso-8859-1".into()),
        };
        let page = extract_from(html, "c.warc.gz#k", &origin).unwrap();
        assert_eq!(page.url, origin.url);
        assert_eq!(page.captured, origin.captured);
        assert!(page.body.contains("café"));
        // The canonical link still dates the page.
        assert_eq!(page.date_source, Some(DateSource::Url));
    }

    #[test]
    fn a_post_is_read_from_its_parts() {
        let tags = vec!["Probation".to_string()];
        let post = Post {
            source: "export.xml#post-7",
            url: Some("https://blog.example/2020/kent/"),
            title: "Kent &amp; Sussex",
            content: "First paragraph about Kent.\n\nSecond <em>one</em>.",
            date: "2020-05-06".parse().ok(),
            tags: &tags,
            is_page: false,
        };
        let page = extract_post(&post).unwrap();
        assert_eq!(page.title, "Kent & Sussex");
        assert_eq!(page.body, "First paragraph about Kent.\n\nSecond one.");
        assert_eq!(page.date_source, Some(DateSource::Export));
        assert_eq!(page.kind, Kind::Blog);
        assert!(page.areas.contains(&"Kent".to_string()));
        assert_eq!(page.tags, tags);
    }

    #[test]
    fn skips_say_why() {
        assert_eq!(extract(b"  \n".to_vec(), "a.html"), Err(Skip::Empty));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(
            extract(png, "b.html").map_err(|s| s.code()),
            Err("not_a_web_page")
        );
        let skip = extract(b"<html><!-- nothing".to_vec(), "c.html").unwrap_err();
        assert_eq!(
            skip.to_string(),
            "no text found: not an HTML page, or an empty one"
        );
    }
}
