//! The fields of a hit an export may ask for (`--fields LIST`), in the
//! order asked, and the default set the contract prints without one.
//!
//! Owns the field names and parsing a list of them. Which stored values a
//! field needs (the body, the tags) is decided by the engine from this
//! list, so an export without `body` never copies page text; printing a
//! hit with only its chosen fields is `response`'s `Serialize` for `Hit`.

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// One field of a hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HitField {
    /// 1-based position in the result list.
    Rank,
    /// Final relevance score.
    Score,
    /// The page's path relative to the indexed folder.
    Source,
    /// The page's canonical URL.
    Url,
    /// The headline.
    Title,
    /// Publication date.
    Date,
    /// Which extraction rule found the date.
    DateSource,
    /// Page kind.
    Kind,
    /// Canonical area names.
    Areas,
    /// The area the page is mainly about.
    PrimaryArea,
    /// Canonical provider names.
    Providers,
    /// Tags and categories the page lists.
    Tags,
    /// Whether the page has all the words or some of them.
    Matched,
    /// The passage with the matches marked.
    Snippet,
    /// The full extracted text.
    Body,
}

/// Every field with its name, in the order `--help` lists them.
const ALL: &[(HitField, &str)] = &[
    (HitField::Rank, "rank"),
    (HitField::Score, "score"),
    (HitField::Source, "source"),
    (HitField::Url, "url"),
    (HitField::Title, "title"),
    (HitField::Date, "date"),
    (HitField::DateSource, "date_source"),
    (HitField::Kind, "kind"),
    (HitField::Areas, "areas"),
    (HitField::PrimaryArea, "primary_area"),
    (HitField::Providers, "providers"),
    (HitField::Tags, "tags"),
    (HitField::Matched, "matched"),
    (HitField::Snippet, "snippet"),
    (HitField::Body, "body"),
];

/// The fields of a JSON hit when none are chosen (the contract's `Hit`).
pub const DEFAULT_JSON: &[HitField] = &[
    HitField::Rank,
    HitField::Score,
    HitField::Source,
    HitField::Url,
    HitField::Title,
    HitField::Date,
    HitField::Kind,
    HitField::Areas,
    HitField::PrimaryArea,
    HitField::Providers,
    HitField::Matched,
    HitField::Snippet,
];

/// The columns of a CSV row when none are chosen.
pub const DEFAULT_CSV: &[HitField] = &[
    HitField::Rank,
    HitField::Score,
    HitField::Date,
    HitField::Title,
    HitField::Kind,
    HitField::Areas,
    HitField::PrimaryArea,
    HitField::Providers,
    HitField::Source,
    HitField::Url,
    HitField::Snippet,
];

impl HitField {
    /// The name used on the command line, in JSON keys and CSV headers.
    pub fn as_str(self) -> &'static str {
        ALL.iter().find(|(f, _)| *f == self).map_or("", |(_, n)| n)
    }

    /// Every field name, comma-separated (for help and error messages).
    pub fn names() -> String {
        ALL.iter().map(|(_, n)| *n).collect::<Vec<_>>().join(",")
    }

    /// Parses one name (case aside, `-` as `_`).
    pub fn parse(name: &str) -> Result<HitField, Error> {
        let wanted = name.trim().to_ascii_lowercase().replace('-', "_");
        ALL.iter()
            .find(|(_, n)| *n == wanted)
            .map(|(f, _)| *f)
            .ok_or_else(|| {
                Error::bad_request(
                    "unknown_field",
                    format!(
                        "unknown field '{}'; the fields are: {}",
                        name.trim(),
                        HitField::names()
                    ),
                )
            })
    }

    /// Parses a comma-separated list, keeping its order and dropping
    /// repeats; an empty list is an error.
    pub fn parse_list(list: &str) -> Result<Vec<HitField>, Error> {
        let names: Vec<&str> = list.split(',').filter(|n| !n.trim().is_empty()).collect();
        HitField::from_names(&names)
    }

    /// The fields named in `names`, in order, repeats dropped.
    pub fn from_names<S: AsRef<str>>(names: &[S]) -> Result<Vec<HitField>, Error> {
        let mut out = Vec::new();
        for n in names {
            let f = HitField::parse(n.as_ref())?;
            if !out.contains(&f) {
                out.push(f);
            }
        }
        if out.is_empty() {
            return Err(Error::bad_request(
                "unknown_field",
                format!("no field was named; the fields are: {}", HitField::names()),
            ));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_order_and_drop_repeats() {
        let f = HitField::parse_list("title, body,Date,title,date-source").unwrap();
        assert_eq!(
            f,
            [
                HitField::Title,
                HitField::Body,
                HitField::Date,
                HitField::DateSource
            ]
        );
    }

    #[test]
    fn unknown_and_empty_lists_are_errors_naming_the_fields() {
        let e = HitField::parse_list("title,bogus").unwrap_err();
        assert_eq!(e.code(), "unknown_field");
        assert!(e.to_string().contains("'bogus'"), "{e}");
        assert!(e.to_string().contains("primary_area"), "{e}");
        assert_eq!(
            HitField::parse_list(" , ").unwrap_err().code(),
            "unknown_field"
        );
    }

    #[test]
    fn every_name_round_trips() {
        for (f, n) in ALL {
            assert_eq!(f.as_str(), *n);
            assert_eq!(HitField::parse(n).unwrap(), *f);
            assert_eq!(serde_json::to_string(f).unwrap(), format!("\"{n}\""));
        }
    }
}
