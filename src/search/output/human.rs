//! Text for a researcher at a terminal or a pager: a heading with the
//! filters in force, each hit's title, date, areas and providers and its
//! snippet with the matches in bold, then the facet counts and a
//! year-by-year histogram drawn with bar characters.
//!
//! Colour is decided by the caller (`--color`, `NO_COLOR`, terminal or
//! not); with colour off the text carries no escape codes and matches are
//! left unmarked. Warnings are not printed here (they go to stderr).

use std::io::{self, Write};

use crate::search::response::{FacetCounts, FacetValue, FilterEcho, Hit, Matched, SearchResponse};

const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const CYAN: &str = "\x1b[36m";
const YELLOW: &str = "\x1b[33m";
const GREEN: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

/// Narrowest and widest text, whatever the terminal says.
const MIN_WIDTH: usize = 40;
const MAX_WIDTH: usize = 160;
/// A hit's lines after the first start here.
const INDENT: &str = "     ";
/// Facet labels are padded to this width.
const LABEL_WIDTH: usize = 10;
/// Values shown per facet before "+N more".
const FACET_VALUES_SHOWN: usize = 12;
/// Room the histogram's year and count take, and its longest bar.
const HISTOGRAM_MARGIN: usize = 20;
const MAX_BAR_WIDTH: usize = 50;
/// A histogram is drawn only over fewer years than this.
const MAX_HISTOGRAM_YEARS: u64 = 200;

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, style: &str, s: &str) -> String {
        if self.on {
            format!("{style}{s}{RESET}")
        } else {
            s.to_string()
        }
    }
}

/// The snippet with highlights in bold (when colour is on).
fn snippet_text(text: &str, highlights: &[[usize; 2]], p: &Paint) -> String {
    if !p.on {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + highlights.len() * 12);
    let mut h = 0;
    for (i, c) in text.chars().enumerate() {
        if h < highlights.len() && i == highlights[h][0] {
            out.push_str(BOLD);
            out.push_str(YELLOW);
        }
        out.push(c);
        if h < highlights.len() && i + 1 == highlights[h][1] {
            out.push_str(RESET);
            h += 1;
        }
    }
    out
}

/// Wraps `text` (already styled) at `width` visible columns, indenting
/// continuation lines. Escape sequences are not counted.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut col = 0;
    for word in text.split(' ') {
        let visible = visible_len(word);
        if col > 0 && col + 1 + visible > width {
            out.push('\n');
            out.push_str(indent);
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += visible;
    }
    out
}

fn visible_len(s: &str) -> usize {
    let mut n = 0;
    let mut in_esc = false;
    for c in s.chars() {
        if in_esc {
            if c == 'm' {
                in_esc = false;
            }
        } else if c == '\x1b' {
            in_esc = true;
        } else {
            n += 1;
        }
    }
    n
}

fn facet_line(values: &[FacetValue], max: usize) -> String {
    let mut parts: Vec<String> = values
        .iter()
        .take(max)
        .map(|v| {
            let mark = if v.selected { "*" } else { "" };
            format!("{mark}{} {}", v.value, v.count)
        })
        .collect();
    if values.len() > max {
        parts.push(format!("+{} more", values.len() - max));
    }
    parts.join(" · ")
}

/// A bar of `n` out of `max` in `width` cells, with eighth-blocks.
pub(crate) fn bar(n: u64, max: u64, width: usize) -> String {
    if max == 0 || n == 0 {
        return String::new();
    }
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = ((n as f64 / max as f64) * (width * 8) as f64)
        .round()
        .max(1.0) as usize;
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(PARTS[eighths % 8]);
    }
    s
}

/// Writes the human form: a heading naming the filters in force, each
/// hit, then (with `facets`, and only when something matched) the facet
/// counts and the year histogram. `color` turns on ANSI styles; `width`
/// is the terminal's.
pub(crate) fn write(
    w: &mut dyn Write,
    resp: &SearchResponse,
    color: bool,
    width: usize,
    facets: bool,
) -> io::Result<()> {
    let p = Paint { on: color };
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH);
    heading(w, resp, &p, width)?;
    let mut partial_shown = false;
    for hit in &resp.hits {
        // Pages added after the all-words results get a heading of their
        // own, so nobody mistakes them for matches of the whole query.
        if hit.matched == Matched::Some && resp.query.matched == Matched::All && !partial_shown {
            writeln!(w, "{}", p.wrap(DIM, "— pages with some of the words —"))?;
            writeln!(w)?;
            partial_shown = true;
        }
        write_hit(w, hit, &p, width)?;
    }
    // With no match, the counts (each ignoring its own filter) would
    // describe pages that are not in the result.
    if facets && resp.total > 0 {
        facet_rows(w, &resp.facets, &p, width)?;
        let dated = resp.query.filters.from.is_some() || resp.query.filters.to.is_some();
        year_histogram(w, &resp.facets.year, dated, &p, width)?;
    }
    Ok(())
}

/// "N pages match "…", showing a-b", the filters in force (as resolved:
/// canonical names, whole days) when there are any, then a blank line.
fn heading(w: &mut dyn Write, resp: &SearchResponse, p: &Paint, width: usize) -> io::Result<()> {
    let noun = if resp.total == 1 { "page" } else { "pages" };
    let shown = if resp.hits.is_empty() {
        String::new()
    } else {
        format!(
            ", showing {}-{}",
            resp.offset + 1,
            resp.offset + resp.hits.len()
        )
    };
    let line = format!(
        "{} {noun} {}{shown}",
        resp.total,
        query_words(&resp.query.parsed)
    );
    writeln!(w, "{}", p.wrap(BOLD, &line))?;
    if let Some(filters) = filter_line(&resp.query.filters) {
        writeln!(w, "{}", wrap(&filters, width, "  "))?;
    }
    writeln!(w)
}

/// `match "unpaid work"`; a query that is one quoted phrase is not quoted
/// again; no query words at all say so.
fn query_words(parsed: &str) -> String {
    if parsed.is_empty() {
        "(no query words)".to_string()
    } else if parsed.contains('"') {
        format!("match {parsed}")
    } else {
        format!("match \"{parsed}\"")
    }
}

/// "filtered to area: South Yorkshire · kind: inspection · dated
/// 2015-01-01 to 2019-12-31", or None without filters.
fn filter_line(f: &FilterEcho) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut list = |label: &str, values: Vec<String>| {
        if !values.is_empty() {
            parts.push(format!("{label}: {}", values.join(" or ")));
        }
    };
    list("area", f.area.clone());
    list("provider", f.provider.clone());
    list("kind", f.kind.iter().map(|k| k.to_string()).collect());
    match (f.from, f.to) {
        (Some(from), Some(to)) => parts.push(format!("dated {from} to {to}")),
        (Some(from), None) => parts.push(format!("dated {from} or later")),
        (None, Some(to)) => parts.push(format!("dated {to} or earlier")),
        (None, None) => {}
    }
    (!parts.is_empty()).then(|| format!("filtered to {}", parts.join(" · ")))
}

/// One hit: rank, title and date; areas, providers and kind; the snippet;
/// where the page is; the score parts with `--explain`.
fn write_hit(w: &mut dyn Write, hit: &Hit, p: &Paint, width: usize) -> io::Result<()> {
    let date = hit
        .date
        .map_or_else(|| "undated".to_string(), |d| d.to_string());
    let title = if hit.title.is_empty() {
        "(untitled)"
    } else {
        hit.title.as_str()
    };
    writeln!(
        w,
        "{:>3}. {}  {}",
        hit.rank,
        p.wrap(&format!("{BOLD}{CYAN}"), title),
        p.wrap(DIM, &date)
    )?;
    let mut meta: Vec<String> = Vec::new();
    if !hit.areas.is_empty() {
        meta.push(hit.areas.join(", "));
    }
    if !hit.providers.is_empty() {
        meta.push(hit.providers.join(", "));
    }
    meta.push(hit.kind.to_string());
    writeln!(w, "{INDENT}{}", p.wrap(GREEN, &meta.join(" — ")))?;
    if !hit.snippet.text.is_empty() {
        let s = snippet_text(&hit.snippet.text, &hit.snippet.highlights, p);
        writeln!(
            w,
            "{INDENT}{}",
            wrap(&s, width.saturating_sub(INDENT.len()), INDENT)
        )?;
    }
    let place = hit.url.as_deref().unwrap_or(&hit.source);
    writeln!(w, "{INDENT}{}", p.wrap(DIM, place))?;
    if let Some(e) = &hit.explain {
        writeln!(
            w,
            "{INDENT}{}",
            p.wrap(
                DIM,
                &format!(
                    "score {:.3} = (text {:.3} + proximity {:.3}) × recency {:.3}",
                    e.score, e.text, e.proximity, e.recency
                )
            )
        )?;
    }
    writeln!(w)
}

/// One line per facet with values: the label, then the top values.
fn facet_rows(w: &mut dyn Write, f: &FacetCounts, p: &Paint, width: usize) -> io::Result<()> {
    let rows: [(&str, &[FacetValue]); 5] = [
        ("Nations", &f.nation),
        ("Regions", &f.region),
        ("Areas", &f.area),
        ("Providers", &f.provider),
        ("Kinds", &f.kind),
    ];
    let continued = " ".repeat(LABEL_WIDTH + 1);
    for (label, values) in rows {
        if !values.is_empty() {
            writeln!(
                w,
                "{} {}",
                p.wrap(BOLD, &format!("{label:<LABEL_WIDTH$}")),
                wrap(
                    &facet_line(values, FACET_VALUES_SHOWN),
                    width.saturating_sub(LABEL_WIDTH + 1),
                    &continued
                )
            )?;
        }
    }
    Ok(())
}

/// Every year from the first to the last with a count, as a bar. The
/// year counts ignore the date filter (so the range can be widened); with
/// one in force, the years inside it are marked `*` and the others dimmed.
fn year_histogram(
    w: &mut dyn Write,
    years: &[FacetValue],
    dated: bool,
    p: &Paint,
    width: usize,
) -> io::Result<()> {
    if years.is_empty() {
        return Ok(());
    }
    let title = if dated {
        "Years (* inside the date filter; counts ignore it)"
    } else {
        "Years"
    };
    writeln!(w, "{}", p.wrap(BOLD, title))?;
    let max = years.iter().map(|v| v.count).max().unwrap_or(0);
    let year_at =
        |v: Option<&FacetValue>| -> u64 { v.and_then(|v| v.value.parse().ok()).unwrap_or(0) };
    let (first, last) = (year_at(years.first()), year_at(years.last()));
    let bar_width = width.saturating_sub(HISTOGRAM_MARGIN).min(MAX_BAR_WIDTH);
    if last >= first && last - first < MAX_HISTOGRAM_YEARS {
        for year in first..=last {
            let v = years.iter().find(|v| v.value == year.to_string());
            let n = v.map_or(0, |v| v.count);
            let inside = v.is_some_and(|v| v.selected);
            let mark = if inside { '*' } else { ' ' };
            let style = if dated && !inside { DIM } else { YELLOW };
            writeln!(
                w,
                "{mark} {year} {:>5} {}",
                n,
                p.wrap(style, &bar(n, max, bar_width))
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_with_eighths() {
        assert_eq!(bar(10, 10, 4), "████");
        assert_eq!(bar(5, 10, 4), "██");
        assert_eq!(bar(1, 64, 4), "▏");
        assert_eq!(bar(0, 10, 4), "");
    }

    #[test]
    fn wrapping_ignores_escapes() {
        assert_eq!(visible_len("\x1b[1mab\x1b[0m"), 2);
        assert_eq!(wrap("aa bb cc", 5, "  "), "aa bb\n  cc");
    }
}
