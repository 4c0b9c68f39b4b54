//! Printing a [`SearchResponse`]: human text for a terminal, the JSON
//! contract, JSON lines of hits, or CSV rows for spreadsheets.
//!
//! Every writer takes `&mut dyn Write` and returns `io::Result`, so the
//! binary decides what a closed pipe means. Nothing here decides exit codes
//! or where warnings go in human mode (the binary sends them to stderr).

mod csv;
mod human;
pub mod json;
pub mod svg;
pub mod trend;

use std::io::{self, Write};

use crate::search::export::HitSink;
use crate::search::fields::HitField;
use crate::search::response::SearchResponse;

/// Output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Coloured text for people.
    Human,
    /// One JSON object (the contract), on one line.
    Json,
    /// One JSON hit object per line (no envelope, no facets).
    Jsonl,
    /// One CSV row per hit, with a header row.
    Csv,
    /// CSV as [`Format::Csv`], starting with a UTF-8 byte-order mark:
    /// Excel reads a CSV file without one in the system's legacy code page
    /// and shows "Secretaryâ€™s" for "Secretary’s".
    CsvExcel,
}

/// How to print.
#[derive(Clone, Debug)]
pub struct OutputOptions {
    /// The format.
    pub format: Format,
    /// ANSI colours and bold (human only).
    pub color: bool,
    /// Terminal width for human output.
    pub width: usize,
    /// CSV columns (JSON hits carry their own, see `Hit`); None: the
    /// default set.
    pub fields: Option<Vec<HitField>>,
}

/// Writes `resp` in the chosen format.
pub fn write_response(
    w: &mut dyn Write,
    resp: &SearchResponse,
    opts: &OutputOptions,
) -> io::Result<()> {
    match opts.format {
        Format::Human => human::write(w, resp, opts.color, opts.width),
        Format::Json => json::write(w, resp),
        Format::Jsonl => json::write_lines(w, resp),
        Format::Csv | Format::CsvExcel => {
            let bom = opts.format == Format::CsvExcel;
            let mut sink = csv::CsvSink::new(w, opts.fields.as_deref(), bom);
            sink.begin(resp)?;
            for h in &resp.hits {
                if sink.hit(h)?.is_break() {
                    break;
                }
            }
            sink.end(resp)
        }
    }
}

/// The streaming writer for an export in `opts.format`; None for human
/// output, which is printed whole.
pub fn sink<'w>(w: &'w mut dyn Write, opts: &OutputOptions) -> Option<Box<dyn HitSink + 'w>> {
    match opts.format {
        Format::Human => None,
        Format::Json => Some(Box::new(json::JsonSink::new(w))),
        Format::Jsonl => Some(Box::new(json::JsonlSink::new(w))),
        Format::Csv | Format::CsvExcel => Some(Box::new(csv::CsvSink::new(
            w,
            opts.fields.as_deref(),
            opts.format == Format::CsvExcel,
        ))),
    }
}
