//! Turning the filter flags a user gave into values the facet collector can
//! test against fast columns.
//!
//! Owns the meaning of each filter: an area at any level (via the
//! gazetteer, aliases accepted) covers everything below it; providers
//! resolve to canonical names; kinds are a closed list; `--from`/`--to`
//! accept a year, a month or a day and mean the whole of that period.
//! Several values of one filter are alternatives (OR).
//!
//! It does not read the index.

use jiff::civil::Date;

use crate::error::Error;
use crate::names;

/// Page kinds the indexer assigns.
pub const KINDS: &[&str] = &["blog", "inspection", "news", "report", "other"];

/// One resolved area filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaFilter {
    /// The canonical name (last path component).
    pub name: String,
    /// Facet path components: `["England", "North East"]`.
    pub path: Vec<String>,
}

/// A date bound: the day shown to the user and the Unix second it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    pub day: String,
    pub secs: i64,
}

/// Every filter, resolved. An empty list means "no filter".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub areas: Vec<AreaFilter>,
    pub providers: Vec<String>,
    pub kinds: Vec<String>,
    /// First second included.
    pub from: Option<Bound>,
    /// First second excluded (the day shown is the last day included).
    pub to: Option<Bound>,
}

impl Filters {
    pub fn has_dates(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        !self.areas.is_empty()
            || !self.providers.is_empty()
            || !self.kinds.is_empty()
            || self.has_dates()
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
pub fn resolve(
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
        let lower = k.to_lowercase();
        if !KINDS.contains(&lower.as_str()) {
            return Err(Error::bad_request(
                "unknown_kind",
                format!("unknown kind '{k}'; kinds are: {}", KINDS.join(", ")),
            ));
        }
        if !f.kinds.contains(&lower) {
            f.kinds.push(lower);
        }
    }
    if let Some(s) = from {
        let (start, _) = period(s, "from")?;
        f.from = Some(Bound {
            day: start.to_string(),
            secs: secs(start),
        });
    }
    if let Some(s) = to {
        let (_, end) = period(s, "to")?;
        let last = end.yesterday().unwrap_or(end);
        f.to = Some(Bound {
            day: last.to_string(),
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
    d.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .map(|z| z.timestamp().as_second())
        .unwrap_or(0)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the half-open period `[start, end)`.
pub fn period(s: &str, flag: &str) -> Result<(Date, Date), Error> {
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
        assert_eq!(f.from.unwrap().day, "2018-01-01");
        assert_eq!(f.to.unwrap().day, "2019-02-28");
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
        assert_eq!(f.kinds, vec!["blog", "news"]);
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
