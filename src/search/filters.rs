//! Turning the filter flags a user gave into values the facet collector can
//! test against fast columns.
//!
//! Owns the meaning of each filter: an area at any level (via the
//! gazetteer, aliases accepted) covers everything below it; providers
//! resolve to canonical names; kinds are a closed list ([`Kind`]); `--from`/`--to`
//! accept a year, a month or a day and mean the whole of that period.
//! Several values of one filter are alternatives (OR).
//!
//! It does not read the index.

use jiff::civil::Date;

use crate::error::Error;
use crate::names;
use crate::schema::day::Day;
use crate::schema::kind::Kind;

/// One filter dimension. Facet counting is multi-select: each dimension's
/// facet is counted over the pages that pass every filter but its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dim {
    /// `--area`.
    Area,
    /// `--provider`.
    Provider,
    /// `--kind`.
    Kind,
    /// `--from` / `--to`.
    Date,
}

/// A dimension a trend is split by: one series per value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SplitBy {
    /// Areas (the third level: counties, police force areas).
    Area,
    /// Regions (the second level).
    Region,
    /// Providers.
    Provider,
    /// Page kinds.
    Kind,
}

/// One resolved area filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AreaFilter {
    /// The canonical name (last path component).
    pub name: String,
    /// Facet path components: `["England", "North East"]`.
    pub path: Vec<String>,
}

/// A date bound: the day shown to the user and the Unix second it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Bound {
    /// The day echoed back (for `to`, the last day included).
    pub day: Day,
    /// The bound as the `date` column compares it.
    pub secs: i64,
}

/// Every filter, resolved. An empty list means "no filter".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Filters {
    /// Areas (any of them).
    pub areas: Vec<AreaFilter>,
    /// Canonical provider names (any of them).
    pub providers: Vec<String>,
    /// Kinds (any of them).
    pub kinds: Vec<Kind>,
    /// First second included.
    pub from: Option<Bound>,
    /// First second excluded (the day shown is the last day included).
    pub to: Option<Bound>,
}

impl Filters {
    /// Whether `--from` or `--to` is set.
    pub(crate) fn has_dates(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

fn suggest(what: &str, input: &str, names: Vec<String>) -> Error {
    let code = if what == "area" {
        "unknown_area"
    } else {
        "unknown_provider"
    };
    let mut message = format!("unknown {what} '{input}'");
    if !names.is_empty() {
        message.push_str("; did you mean: ");
        message.push_str(&names.into_iter().take(5).collect::<Vec<_>>().join(", "));
    }
    Error::bad_request(code, message)
}

/// Resolves the raw flag values.
pub(crate) fn resolve(
    areas: &[String],
    providers: &[String],
    kinds: &[String],
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Filters, Error> {
    // Names resolve against tables compiled into the binary: no data file
    // is parsed per query.
    let mut f = Filters::default();
    for a in areas.iter().map(|a| a.trim()).filter(|a| !a.is_empty()) {
        let path = names::resolve_area(a).map_err(|s| suggest("area", a, s))?;
        let parts: Vec<String> = path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let Some(name) = parts.last().cloned() else {
            return Err(suggest("area", a, Vec::new()));
        };
        let af = AreaFilter { name, path: parts };
        if !f.areas.contains(&af) {
            f.areas.push(af);
        }
    }
    for p in providers.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let name = names::resolve_provider(p).map_err(|s| suggest("provider", p, s))?;
        if !f.providers.contains(&name) {
            f.providers.push(name);
        }
    }
    for k in kinds.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
        let kind: Kind = k.parse().map_err(|e: crate::schema::kind::UnknownKind| {
            Error::bad_request("unknown_kind", e.to_string())
        })?;
        if !f.kinds.contains(&kind) {
            f.kinds.push(kind);
        }
    }
    if let Some(s) = from {
        let (start, _) = period(s, "from")?;
        f.from = Some(Bound {
            day: Day::new(start),
            secs: secs(start),
        });
    }
    if let Some(s) = to {
        let (_, end) = period(s, "to")?;
        let last = end.yesterday().unwrap_or(end);
        f.to = Some(Bound {
            day: Day::new(last),
            secs: secs(end),
        });
    }
    if let (Some(a), Some(b)) = (&f.from, &f.to)
        && a.secs >= b.secs
    {
        return Err(Error::bad_request(
            "bad_date_range",
            format!("--from {} is after --to {}", a.day, b.day),
        ));
    }
    Ok(f)
}

fn secs(d: Date) -> i64 {
    Day::new(d).start_secs().unwrap_or(0)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the half-open period `[start, end)`.
pub(crate) fn period(s: &str, flag: &str) -> Result<(Date, Date), Error> {
    let bad = || {
        Error::bad_request(
            "bad_date",
            format!("--{flag} '{s}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"),
        )
    };
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Result<i16, Error> {
        if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse::<i16>().map_err(|_| bad())
    };
    let (start, end) = match parts.as_slice() {
        [y] => {
            let y = num(y, 4)?;
            let start = Date::new(y, 1, 1).map_err(|_| bad())?;
            (
                start,
                Date::new(y.checked_add(1).ok_or_else(bad)?, 1, 1).map_err(|_| bad())?,
            )
        }
        [y, m] => {
            let start = Date::new(num(y, 4)?, num(m, 2)? as i8, 1).map_err(|_| bad())?;
            (start, start.last_of_month().tomorrow().map_err(|_| bad())?)
        }
        [y, m, d] => {
            let start =
                Date::new(num(y, 4)?, num(m, 2)? as i8, num(d, 2)? as i8).map_err(|_| bad())?;
            (start, start.tomorrow().map_err(|_| bad())?)
        }
        _ => return Err(bad()),
    };
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn year_is_whole_year() {
        assert_eq!(
            period("2019", "from").unwrap(),
            (d("2019-01-01"), d("2020-01-01"))
        );
    }

    #[test]
    fn month_is_whole_month() {
        assert_eq!(
            period("2020-02", "to").unwrap(),
            (d("2020-02-01"), d("2020-03-01"))
        );
    }

    #[test]
    fn day_is_one_day() {
        assert_eq!(
            period("2021-06-26", "to").unwrap(),
            (d("2021-06-26"), d("2021-06-27"))
        );
    }

    #[test]
    fn bad_dates_are_errors() {
        for s in [
            "19",
            "2019-13",
            "2019-02-30",
            "2019/01",
            "abcd",
            "",
            "2019-1-1",
            "+2019",
        ] {
            assert_eq!(period(s, "from").unwrap_err().code(), "bad_date", "{s}");
        }
    }

    #[test]
    fn to_shows_last_day_included() {
        let f = resolve(&[], &[], &[], Some("2018"), Some("2019-02")).unwrap();
        assert_eq!(f.from.unwrap().day.to_string(), "2018-01-01");
        assert_eq!(f.to.unwrap().day.to_string(), "2019-02-28");
    }

    #[test]
    fn reversed_range_is_error() {
        let e = resolve(&[], &[], &[], Some("2020"), Some("2019")).unwrap_err();
        assert_eq!(e.code(), "bad_date_range");
        // one year both ways is fine
        assert!(resolve(&[], &[], &[], Some("2019"), Some("2019")).is_ok());
    }

    #[test]
    fn kinds_are_checked_and_lowercased() {
        let f = resolve(&[], &[], &["Blog".into(), "news".into()], None, None).unwrap();
        assert_eq!(f.kinds, vec![Kind::Blog, Kind::News]);
        assert_eq!(
            resolve(&[], &[], &["podcast".into()], None, None)
                .unwrap_err()
                .code(),
            "unknown_kind"
        );
    }

    #[test]
    fn unknown_area_is_error() {
        let e = resolve(&["Atlantis".into()], &[], &[], None, None).unwrap_err();
        assert_eq!(e.code(), "unknown_area");
    }

    #[test]
    fn unknown_provider_is_error() {
        let e = resolve(&[], &["Acme Prisons".into()], &[], None, None).unwrap_err();
        assert_eq!(e.code(), "unknown_provider");
    }
}
