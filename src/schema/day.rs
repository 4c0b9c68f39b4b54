//! Publication dates: a calendar day, and how the index stores one.
//!
//! A page's date is a day with no time or zone ([`Day`]). Extraction finds
//! it; `jp-index extract` and the JSON contract print it as `YYYY-MM-DD`;
//! the index keeps it in the `date` field as midnight UTC at second
//! precision (range filters, sorting, the recency prior) and its year in
//! the `year` column, where [`UNDATED_YEAR`] marks a page without a date.
//! Every conversion between those forms is here, so the indexer, the
//! filters, the planner and the hits agree on what a day is.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Serialize, Serializer};

/// The `year` column's value for a page without a date: a column with a
/// value for every page is read in batches, one with gaps page by page.
pub const UNDATED_YEAR: u64 = 0;

/// A publication date: one calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    /// The day `date` is.
    pub fn new(date: Date) -> Day {
        Day(date)
    }

    /// The day as a `jiff` date, for calendar arithmetic.
    pub fn date(self) -> Date {
        self.0
    }

    /// The day's year.
    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// 1 January of `year`, if the calendar has it.
    pub fn first_of_year(year: i16) -> Option<Day> {
        Date::new(year, 1, 1).ok().map(Day)
    }

    /// Unix seconds at midnight UTC starting the day: the form range
    /// filters and the recency prior compare. `None` only for days too far
    /// from the epoch for a timestamp.
    pub fn start_secs(self) -> Option<i64> {
        self.0
            .to_zoned_datetime(TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp().as_second())
    }

    /// What the index stores for the day: the `date` value and the `year`
    /// column's value. `None` for a day the index cannot hold (before the
    /// year 0 or out of a timestamp's range): the page is then indexed as
    /// undated.
    pub fn to_index(self) -> Option<(tantivy::DateTime, u64)> {
        let secs = self.start_secs()?;
        let year = u64::try_from(self.0.year()).ok()?;
        Some((tantivy::DateTime::from_timestamp_secs(secs), year))
    }

    /// The day a stored `date` value (midnight UTC) falls on.
    pub fn from_index(value: tantivy::DateTime) -> Option<Day> {
        jiff::Timestamp::from_second(value.into_timestamp_secs())
            .ok()
            .map(|t| Day(t.to_zoned_datetime(TimeZone::UTC).date()))
    }
}

impl FromStr for Day {
    type Err = jiff::Error;

    /// Reads `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Day, jiff::Error> {
        s.parse().map(Day)
    }
}

impl fmt::Display for Day {
    /// Writes `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        s.parse().expect("a day")
    }

    #[test]
    fn prints_and_reads_iso_days() {
        assert_eq!(day("2021-06-26").to_string(), "2021-06-26");
        assert_eq!(
            serde_json::to_string(&day("2017-09-01")).unwrap(),
            "\"2017-09-01\""
        );
        assert!("2021-02-30".parse::<Day>().is_err());
        assert!("yesterday".parse::<Day>().is_err());
    }

    #[test]
    fn stored_as_midnight_utc_and_read_back() {
        let d = day("2020-03-24");
        let (stored, year) = d.to_index().expect("storable");
        assert_eq!(stored.into_timestamp_secs(), 1_585_008_000);
        assert_eq!(year, 2020);
        assert_eq!(d.start_secs(), Some(1_585_008_000));
        assert_eq!(Day::from_index(stored), Some(d));
    }

    #[test]
    fn first_of_year_starts_the_year() {
        assert_eq!(Day::first_of_year(2019), Some(day("2019-01-01")));
        assert_eq!(Day::first_of_year(1970).and_then(Day::start_secs), Some(0));
    }
}
