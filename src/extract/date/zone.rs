//! Machine timestamps and the publisher's local day.
//!
//! Many sites write their publication time in UTC (`…T03:28:35+00:00`,
//! `…Z`). An article posted at 10 pm in New York or at half past midnight
//! in Rome then carries the next or the previous day, while its URL, its
//! dateline and its readers say otherwise. A timestamp is read here with
//! its time and offset, so the date rules can move a UTC time into the
//! publisher's zone: the page's own offset when another of its timestamps
//! gives one, else the zone of the site's country (its top-level domain or
//! `og:locale` region) for countries with one zone.

use jiff::civil::{Date, DateTime, Weekday};
use jiff::{Span, ToSpan};

/// A machine-written date, with the time and offset when given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stamp {
    /// The day as written.
    pub date: Date,
    /// Hours and minutes, if a time was written.
    pub time: Option<(i8, i8)>,
    /// Offset from UTC in minutes, if one was written (`Z` is 0).
    pub offset: Option<i32>,
}

impl Stamp {
    /// A UTC time: `Z` or `+00:00` with a time of day.
    pub fn is_utc_time(&self) -> bool {
        self.time.is_some() && self.offset == Some(0)
    }

    /// The day this UTC time falls on at `offset_minutes` from UTC.
    pub fn day_at(&self, offset_minutes: i32) -> Option<Date> {
        let (h, m) = self.time?;
        let dt = self.date.at(h, m, 0, 0);
        Some(
            dt.checked_add(Span::new().minutes(offset_minutes))
                .ok()?
                .date(),
        )
    }
}

/// Reads `2019-07-17`, `2019-07-17T09:30:00+01:00`, `2023-11-09T03:28:35Z`,
/// `2020-01-20T09:49:32+0000`, `2023-11-08 22:28:35`, `2019/07/17`.
/// The date is checked by `make` (plausible years only).
pub(crate) fn parse_stamp(s: &str, make: impl Fn(i64, i64, i64) -> Option<Date>) -> Option<Stamp> {
    let s = s.trim();
    let head = s.get(..10)?;
    let parts: Vec<&str> = head.split(['-', '/', '.']).collect();
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    let date = make(
        parts[0].parse().ok()?,
        parts[1].parse().ok()?,
        parts[2].parse().ok()?,
    )?;
    let rest = s[10..].trim_start_matches(['T', ' ']);
    let time = read_time(rest);
    let offset = time.and(read_offset(rest));
    Some(Stamp { date, time, offset })
}

/// `09:30`, `9:30:00.000` at the start of `s`.
fn read_time(s: &str) -> Option<(i8, i8)> {
    let mut it = s.splitn(3, ':');
    let h: i8 = it.next()?.parse().ok()?;
    let m: String = it
        .next()?
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let m: i8 = m.parse().ok()?;
    ((0..24).contains(&h) && (0..60).contains(&m)).then_some((h, m))
}

/// The offset after a time: `Z`, `+01:00`, `-0500`, `+00`; `None` when
/// none is written (a local time) or it is a zone name.
fn read_offset(s: &str) -> Option<i32> {
    let tail = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    let tail = tail.trim_start();
    if tail.starts_with(['Z', 'z']) || tail.starts_with("UTC") || tail.starts_with("GMT") {
        return Some(0);
    }
    let sign = match tail.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digits: String = tail[1..]
        .chars()
        .filter(|c| *c != ':')
        .take_while(char::is_ascii_digit)
        .collect();
    let (h, m) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        _ => return None,
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// A country's standard offset from UTC, for countries with one zone that
/// follow the EU summer-time rule (the UK and Ireland included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Zone {
    /// Hours ahead of UTC in winter.
    pub standard_hours: i8,
}

impl Zone {
    /// The zone of a country code (`uk`, `de`...), if it has one zone.
    pub fn of_country(cc: &str) -> Option<Zone> {
        let h = match cc {
            "uk" | "gb" | "ie" | "pt" | "wales" | "scot" | "cymru" | "london" => 0,
            "de" | "fr" | "it" | "es" | "nl" | "be" | "at" | "ch" | "lu" | "dk" | "se" | "no"
            | "pl" | "cz" | "sk" | "hu" | "si" | "hr" | "mt" => 1,
            "fi" | "gr" | "ro" | "bg" | "ee" | "lv" | "lt" | "cy" => 2,
            _ => return None,
        };
        Some(Zone { standard_hours: h })
    }

    /// The zone of a site: its top-level domain, else the region of its
    /// `og:locale` (`en_GB`).
    pub fn of_site(host: &str, locale: Option<&str>) -> Option<Zone> {
        let tld = host.rsplit('.').next().unwrap_or("");
        Zone::of_country(&tld.to_ascii_lowercase()).or_else(|| {
            let region = locale?.rsplit(['_', '-']).next()?.to_ascii_lowercase();
            Zone::of_country(&region)
        })
    }

    /// Minutes ahead of UTC at a UTC time on `day` (`h`:`m`): standard
    /// time, plus one hour between 01:00 UTC on the last Sundays of March
    /// and October.
    pub fn offset_at(self, day: Date, h: i8, m: i8) -> i32 {
        let at = day.at(h, m, 0, 0);
        let summer = last_sunday_1am(day.year(), 3).is_some_and(|s| at >= s)
            && last_sunday_1am(day.year(), 10).is_some_and(|e| at < e);
        i32::from(self.standard_hours) * 60 + if summer { 60 } else { 0 }
    }
}

fn last_sunday_1am(year: i16, month: i8) -> Option<DateTime> {
    let first_next = Date::new(year, month, 1)
        .ok()?
        .checked_add(1.month())
        .ok()?;
    let last = first_next.checked_sub(1.day()).ok()?;
    let back = i64::from(last.weekday().to_sunday_zero_offset());
    let sunday = last.checked_sub(back.days()).ok()?;
    debug_assert_eq!(sunday.weekday(), Weekday::Sunday);
    Some(sunday.at(1, 0, 0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn make(y: i64, m: i64, d: i64) -> Option<Date> {
        Date::new(y as i16, m as i8, d as i8).ok()
    }

    #[test]
    fn reads_times_and_offsets() {
        let s = parse_stamp("2023-11-09T03:28:35+00:00", make).unwrap();
        assert!(s.is_utc_time());
        assert_eq!(s.day_at(-300), Some(date(2023, 11, 8)));
        let s = parse_stamp("2020-12-05T23:15:0Z", make).unwrap();
        assert_eq!((s.time, s.offset), (Some((23, 15)), Some(0)));
        let s = parse_stamp("2020-01-20T09:49:32+0000", make).unwrap();
        assert_eq!(s.offset, Some(0));
        let s = parse_stamp("2023-11-08 22:28:35", make).unwrap();
        assert_eq!((s.time, s.offset), (Some((22, 28)), None));
        let s = parse_stamp("2019-07-17T23:30:00-05:00", make).unwrap();
        assert_eq!((s.date, s.offset), (date(2019, 7, 17), Some(-300)));
        assert_eq!(parse_stamp("2019-07-17", make).unwrap().time, None);
        assert_eq!(parse_stamp("17 July", make), None);
    }

    #[test]
    fn summer_time_follows_the_eu_rule() {
        let uk = Zone::of_site("www.example.co.uk", None).unwrap();
        assert_eq!(uk.offset_at(date(2023, 7, 1), 23, 30), 60);
        assert_eq!(uk.offset_at(date(2023, 12, 1), 23, 30), 0);
        // 2023: summer time from 26 March to 29 October, 01:00 UTC.
        assert_eq!(uk.offset_at(date(2023, 3, 26), 0, 59), 0);
        assert_eq!(uk.offset_at(date(2023, 3, 26), 1, 0), 60);
        assert_eq!(uk.offset_at(date(2023, 10, 29), 1, 0), 0);
        let it = Zone::of_site("www.example.com", Some("it_IT")).unwrap();
        assert_eq!(it.offset_at(date(2020, 12, 5), 23, 15), 60);
        assert_eq!(Zone::of_site("example.com", Some("en_US")), None);
    }
}
