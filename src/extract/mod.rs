//! From the bytes of one saved HTML page to one [`Page`]: the fields the
//! index holds. Each concern has its own module with its own rules and
//! tests; this module runs them in order over a single parse of the page.
//!
//! Extraction never fails on content: a page that cannot be read as text at
//! all is a [`Skip`] with a reason; everything else yields a `Page`, possibly
//! with an empty title or no date.

use serde::Serialize;

/// What the indexer stores for one page, and what `jp-index extract` prints.
/// Field order here is the JSON order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Page {
    /// Path of the file relative to the root it was found under.
    pub source: String,
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`), if any.
    pub url: Option<String>,
    /// The article's own headline.
    pub title: String,
    /// Publication date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Which rule found `date` (see [`date::DateSource`]).
    pub date_source: Option<String>,
    /// blog, inspection, news, report or other.
    pub kind: String,
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    pub reason: String,
}
pub mod article;
pub mod charset;
pub mod dom;
pub mod entities;
pub mod text;
