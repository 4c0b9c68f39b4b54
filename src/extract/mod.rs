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

/// Extracts one page. `source` is recorded as given (the path relative to
/// the indexing root).
pub fn extract(bytes: Vec<u8>, source: &str) -> Result<Page, Skip> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Skip::Empty);
    }
    if let Some(what) = charset::sniff_binary(&bytes) {
        return Err(Skip::NotAPage(what));
    }
    let decoded = charset::decode(bytes);
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
    let kind = kind::classify(&dom, &meta, url.as_deref(), &headline.text, date.is_some());
    let keep: Vec<dom::NodeId> = headline
        .node
        .into_iter()
        .chain(article.roots.first().copied())
        .collect();
    let tags = meta::tags(&dom, &meta, &keep);
    let found = entities::find(&headline.text, &body);
    Ok(Page {
        source: source.to_string(),
        url,
        captured: None,
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
