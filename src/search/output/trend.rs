//! Printing a trend: an aligned table with a bar per period (human), one
//! row per series and period (CSV: period, series, count, total, share),
//! or the contract's object (JSON).

use std::io::{self, Write};

use crate::search::output::{Format, OutputOptions};
use crate::search::trend::{Series, TrendResponse};

/// Widest bar, in cells.
const BAR_CELLS: usize = 12;
/// The period column's width.
const PERIOD_WIDTH: usize = 9;

/// Writes `resp` in the chosen format (`jsonl` is one line of JSON too).
pub fn write(w: &mut dyn Write, resp: &TrendResponse, opts: &OutputOptions) -> io::Result<()> {
    match opts.format {
        Format::Human => human(w, resp),
        Format::Json | Format::Jsonl => {
            serde_json::to_writer(&mut *w, resp)?;
            w.write_all(b"\n")
        }
        Format::Csv | Format::CsvExcel => csv(w, resp, opts.format == Format::CsvExcel),
    }
}

/// A bar of `share` against the largest share, in eighths of a cell.
fn bar(share: f64, max: f64) -> String {
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    if max <= 0.0 || share <= 0.0 {
        return " ".repeat(BAR_CELLS);
    }
    let eighths = ((share / max) * (BAR_CELLS * 8) as f64).round().max(1.0) as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8 - 1]);
    }
    let len = s.chars().count();
    s.push_str(&" ".repeat(BAR_CELLS.saturating_sub(len)));
    s
}

/// One series' cell: `count/total share% bar`.
fn cell(count: u64, total: u64, share: f64, max: f64, width: usize) -> String {
    let figures = format!("{count}/{total} {:>5.1}%", share * 100.0);
    format!("{figures:>width$} {}", bar(share, max))
}

fn human(w: &mut dyn Write, resp: &TrendResponse) -> io::Result<()> {
    let width = resp
        .series
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| format!("{}/{} 100.0%", p.count, p.total).len())
        .max()
        .unwrap_or(10)
        .max(12);
    let col = width + 1 + BAR_CELLS;
    let max = resp
        .series
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| p.share)
        .fold(0.0, f64::max);
    for (i, s) in resp.series.iter().enumerate() {
        writeln!(w, "[{}] {}", i + 1, s.label)?;
    }
    let mut line = format!("{:<PERIOD_WIDTH$}", resp.interval.as_str());
    for i in 0..resp.series.len() {
        line.push_str(&format!(
            "  {:<col$}",
            format!("[{}] pages/total share", i + 1)
        ));
    }
    writeln!(w, "{}", line.trim_end())?;
    let periods = resp.series.first().map_or(0, |s| s.points.len());
    for p in 0..periods {
        let mut line = format!("{:<PERIOD_WIDTH$}", resp.series[0].points[p].period);
        for s in &resp.series {
            let pt = &s.points[p];
            line.push_str("  ");
            line.push_str(&cell(pt.count, pt.total, pt.share, max, width));
        }
        writeln!(w, "{}", line.trim_end())?;
    }
    let mut line = format!("{:<PERIOD_WIDTH$}", "undated");
    for s in &resp.series {
        let u = s.undated;
        line.push_str(&format!("  {:>width$}", format!("{}/{}", u.count, u.total)));
        line.push_str(&" ".repeat(BAR_CELLS + 1));
    }
    writeln!(w, "{}", line.trim_end())
}

/// CSV rows, undated pages as the period `undated`.
fn csv(w: &mut dyn Write, resp: &TrendResponse, bom: bool) -> io::Result<()> {
    if bom {
        w.write_all("\u{feff}".as_bytes())?;
    }
    w.write_all(b"period,series,count,total,share\r\n")?;
    for s in &resp.series {
        for p in &s.points {
            row(w, &p.period, s, p.count, p.total, p.share)?;
        }
        let u = s.undated;
        let share = if u.total == 0 {
            0.0
        } else {
            u.count as f64 / u.total as f64
        };
        row(w, "undated", s, u.count, u.total, share)?;
    }
    Ok(())
}

fn row(
    w: &mut dyn Write,
    period: &str,
    s: &Series,
    count: u64,
    total: u64,
    share: f64,
) -> io::Result<()> {
    let mut label = s.label.replace('"', "\"\"");
    if label.starts_with(['=', '+', '-', '@']) {
        label.insert(0, '\'');
    }
    write!(w, "{period},\"{label}\",{count},{total},{share:.6}\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_share() {
        assert_eq!(
            bar(0.5, 0.5).chars().filter(|c| *c == '█').count(),
            BAR_CELLS
        );
        assert_eq!(
            bar(0.25, 0.5).chars().filter(|c| *c == '█').count(),
            BAR_CELLS / 2
        );
        assert_eq!(bar(0.0, 0.5).trim(), "");
        assert_eq!(bar(0.5, 0.5).chars().count(), BAR_CELLS);
    }
}
