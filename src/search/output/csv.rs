//! CSV for spreadsheets: a header row, then one row per hit (RFC 4180
//! quoting). Cells that a spreadsheet would run as a formula (starting
//! with `=`, `+`, `-`, `@`) get a leading apostrophe. For Excel the
//! output may start with a UTF-8 byte-order mark, the only sign of UTF-8
//! it heeds when opening a CSV file.

use std::io::{self, Write};

use crate::search::response::SearchResponse;

/// The header row's cells.
pub(crate) const HEADER: &[&str] = &[
    "rank",
    "score",
    "date",
    "title",
    "kind",
    "areas",
    "primary_area",
    "providers",
    "source",
    "url",
    "snippet",
];

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

/// Header and rows, after a byte-order mark if `bom`.
pub(crate) fn write(w: &mut dyn Write, resp: &SearchResponse, bom: bool) -> io::Result<()> {
    let mut line = String::new();
    if bom {
        line.push_str(BOM);
    }
    line.push_str(&HEADER.join(","));
    line.push_str("\r\n");
    w.write_all(line.as_bytes())?;
    for h in &resp.hits {
        line.clear();
        let cells = [
            h.rank.to_string(),
            format!("{:.4}", h.score),
            h.date.map(|d| d.to_string()).unwrap_or_default(),
            h.title.clone(),
            h.kind.to_string(),
            h.areas.join("; "),
            h.primary_area.clone().unwrap_or_default(),
            h.providers.join("; "),
            h.source.clone(),
            h.url.clone().unwrap_or_default(),
            h.snippet.text.clone(),
        ];
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                line.push(',');
            }
            cell(&mut line, c);
        }
        line.push_str("\r\n");
        w.write_all(line.as_bytes())?;
    }
    Ok(())
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
