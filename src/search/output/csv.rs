//! CSV for spreadsheets: a header row, then one row per hit (RFC 4180
//! quoting). Cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`) get a leading apostrophe. For Excel the
//! output may start with a UTF-8 byte-order mark, the only sign of UTF-8
//! it heeds when opening a CSV file.

use std::io::{self, Write};
use std::ops::ControlFlow;

use crate::search::export::HitSink;
use crate::search::fields::{DEFAULT_CSV, HitField};
use crate::search::response::{Hit, SearchResponse};

/// Appends one cell, quoted when it needs to be.
fn cell(out: &mut String, value: &str) {
    let guarded;
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{value}");
        guarded.as_str()
    } else {
        value
    };
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The UTF-8 byte-order mark (U+FEFF).
const BOM: &str = "\u{feff}";

/// The text of one field of `h` in a cell; lists are joined with "; ".
fn value(h: &Hit, field: HitField) -> String {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    match field {
        HitField::Rank => h.rank.to_string(),
        HitField::Score => format!("{:.4}", h.score),
        HitField::Source => h.source.clone(),
        HitField::Url => opt(&h.url),
        HitField::Title => h.title.clone(),
        HitField::Date => h.date.map(|d| d.to_string()).unwrap_or_default(),
        HitField::DateSource => opt(&h.date_source),
        HitField::Kind => h.kind.to_string(),
        HitField::Areas => h.areas.join("; "),
        HitField::PrimaryArea => opt(&h.primary_area),
        HitField::Providers => h.providers.join("; "),
        HitField::Tags => h.tags.join("; "),
        HitField::Matched => h.matched.as_str().to_string(),
        HitField::Snippet => h.snippet.text.clone(),
        HitField::Body => opt(&h.body),
    }
}

/// One CSV line of `cells`, CRLF-terminated.
fn line(cells: impl Iterator<Item = String>) -> String {
    let mut line = String::new();
    for (i, c) in cells.enumerate() {
        if i > 0 {
            line.push(',');
        }
        cell(&mut line, &c);
    }
    line.push_str("\r\n");
    line
}

/// Writes CSV rows, one per hit, after a header of the chosen columns
/// (the default set when none were chosen).
pub(crate) struct CsvSink<'w> {
    w: &'w mut dyn Write,
    fields: Vec<HitField>,
    bom: bool,
}

impl<'w> CsvSink<'w> {
    /// A sink writing the chosen `fields`, after a byte-order mark if
    /// `bom`.
    pub(crate) fn new(w: &'w mut dyn Write, fields: Option<&[HitField]>, bom: bool) -> Self {
        CsvSink {
            w,
            fields: fields.unwrap_or(DEFAULT_CSV).to_vec(),
            bom,
        }
    }
}

impl HitSink for CsvSink<'_> {
    fn begin(&mut self, _head: &SearchResponse) -> io::Result<()> {
        let mut header = if self.bom {
            BOM.to_string()
        } else {
            String::new()
        };
        header.push_str(&line(self.fields.iter().map(|f| f.as_str().to_string())));
        self.w.write_all(header.as_bytes())
    }

    fn hit(&mut self, hit: &Hit) -> io::Result<ControlFlow<()>> {
        let row = line(self.fields.iter().map(|&f| value(hit, f)));
        self.w.write_all(row.as_bytes())?;
        Ok(ControlFlow::Continue(()))
    }

    fn end(&mut self, _head: &SearchResponse) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_formula_guard() {
        let mut s = String::new();
        cell(&mut s, "a, \"b\"");
        assert_eq!(s, "\"a, \"\"b\"\"\"");
        s.clear();
        cell(&mut s, "=SUM(A1)");
        assert_eq!(s, "'=SUM(A1)");
        s.clear();
        cell(&mut s, "plain");
        assert_eq!(s, "plain");
    }
}
