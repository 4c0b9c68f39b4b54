//! Page kinds: the closed list of what a page can be.
//!
//! Extraction decides a page's kind, the index stores its name in the
//! `kind` field, `--kind` filters on it and the JSON contract prints it.
//! The names are part of the contract; the list is written here once.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// What kind of page it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A post on a blog (a person's or an organisation's).
    Blog,
    /// An inspection report or its summary.
    Inspection,
    /// News: a press release, an announcement, a dated article.
    News,
    /// A report, briefing or research paper that is not an inspection.
    Report,
    /// Anything else (an about page, an undated note).
    #[default]
    Other,
}

impl Kind {
    /// Every kind, in the order `--help` and error messages list them.
    pub const ALL: [Kind; 5] = [
        Kind::Blog,
        Kind::Inspection,
        Kind::News,
        Kind::Report,
        Kind::Other,
    ];

    /// The name stored in the index and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Blog => "blog",
            Kind::Inspection => "inspection",
            Kind::News => "news",
            Kind::Report => "report",
            Kind::Other => "other",
        }
    }

    /// The names of every kind, comma separated, for messages.
    pub fn list() -> String {
        Kind::ALL.map(Kind::as_str).join(", ")
    }
}

/// A name that is not a kind.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown kind '{0}'; kinds are: {list}", list = Kind::list())]
pub struct UnknownKind(pub String);

impl FromStr for Kind {
    type Err = UnknownKind;

    /// Reads a kind's name, in any case.
    fn from_str(s: &str) -> Result<Kind, UnknownKind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_in_any_case() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(k));
            assert_eq!(k.as_str().to_uppercase().parse::<Kind>(), Ok(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        }
        assert_eq!(Kind::list(), "blog, inspection, news, report, other");
    }

    #[test]
    fn other_words_are_not_kinds() {
        let err = "podcast".parse::<Kind>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown kind 'podcast'; kinds are: blog, inspection, news, report, other"
        );
        assert!("".parse::<Kind>().is_err());
    }
}
