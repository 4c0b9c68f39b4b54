//! A trend as an SVG line chart fit for a paper: a title, both axes with
//! ticks and labels (share of pages, in per cent, against the period), a
//! legend, and a caption saying what was counted, with which filters and
//! when. Written by hand (no browser, no Python, no plotting crate): the
//! chart is a few dozen elements, each series exactly one `<path>`.

use std::fmt::Write as _;

use crate::search::trend::TrendResponse;

const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 500.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 50.0;
/// Room under the plot for period labels, legend and caption.
const BOTTOM: f64 = 150.0;
/// Most period labels on the x axis.
const MAX_X_LABELS: usize = 12;
/// Colour-blind-safe colours (Okabe and Ito), cycled.
const COLOURS: &[&str] = &[
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442",
];

/// Escapes text for an SVG text node or attribute.
fn esc(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).into_owned()
}

/// The top of the y axis: a round number at or above `max` (a share).
fn y_top(max: f64) -> f64 {
    let pct = (max * 100.0).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0]
        .into_iter()
        .find(|s| pct / s <= 5.0)
        .unwrap_or(100.0);
    ((pct / step).ceil() * step).min(100.0) / 100.0
}

/// The chart. `caption` says what was counted, the filters and the date.
pub fn trend_svg(resp: &TrendResponse, title: &str, caption: &str) -> String {
    let mut s = String::new();
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = resp.series.first().map_or(0, |s| s.points.len());
    let max = resp
        .series
        .iter()
        .flat_map(|s| s.points.iter())
        .map(|p| p.share)
        .fold(0.0, f64::max);
    let top = y_top(max);
    let x = |i: usize| {
        if n <= 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |share: f64| TOP + plot_h * (1.0 - share / top);
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"Helvetica, Arial, sans-serif\">\n\
         <rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"white\"/>\n\
         <text x=\"{}\" y=\"28\" font-size=\"18\" text-anchor=\"middle\">{}</text>\n",
        WIDTH / 2.0,
        esc(title)
    );
    axes(&mut s, resp, top, plot_h, &x);
    for (i, series) in resp.series.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let mut d = String::new();
        for (j, p) in series.points.iter().enumerate() {
            let _ = write!(
                d,
                "{}{:.1} {:.1}",
                if j == 0 { "M" } else { " L" },
                x(j),
                y(p.share)
            );
        }
        let _ = writeln!(
            s,
            "<path class=\"series\" d=\"{d}\" fill=\"none\" stroke=\"{colour}\" \
             stroke-width=\"2\"><title>{}</title></path>",
            esc(&series.label)
        );
    }
    legend(&mut s, resp, TOP + plot_h + 50.0);
    let _ = writeln!(
        s,
        "<text x=\"{LEFT}\" y=\"{}\" font-size=\"11\" fill=\"#444\">{}</text>\n</svg>",
        HEIGHT - 12.0,
        esc(caption)
    );
    s
}

/// Both axes, their ticks, grid lines and labels.
fn axes(s: &mut String, resp: &TrendResponse, top: f64, plot_h: f64, x: &dyn Fn(usize) -> f64) {
    let bottom = TOP + plot_h;
    let _ = writeln!(
        s,
        "<g stroke=\"#222\"><line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{bottom}\"/>\
         <line x1=\"{LEFT}\" y1=\"{bottom}\" x2=\"{}\" y2=\"{bottom}\"/></g>",
        WIDTH - RIGHT
    );
    for k in 0..=5 {
        let v = top * k as f64 / 5.0;
        let yy = TOP + plot_h * (1.0 - k as f64 / 5.0);
        let _ = writeln!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{}\" y2=\"{yy:.1}\" stroke=\"#ddd\"/>\
             <text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\">{}%</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            yy + 4.0,
            trim_pct(v * 100.0)
        );
    }
    let _ = writeln!(
        s,
        "<text transform=\"translate(18 {:.1}) rotate(-90)\" font-size=\"12\" \
         text-anchor=\"middle\">share of pages</text>",
        TOP + plot_h / 2.0
    );
    let points = resp
        .series
        .first()
        .map(|s| s.points.as_slice())
        .unwrap_or(&[]);
    let every = points.len().div_ceil(MAX_X_LABELS).max(1);
    for (i, p) in points.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = writeln!(
            s,
            "<line x1=\"{xx:.1}\" y1=\"{bottom}\" x2=\"{xx:.1}\" y2=\"{}\" stroke=\"#222\"/>\
             <text x=\"{xx:.1}\" y=\"{}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            bottom + 5.0,
            bottom + 18.0,
            esc(&p.period),
            xx = x(i)
        );
    }
    let _ = writeln!(
        s,
        "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" text-anchor=\"middle\">{}</text>",
        LEFT + (WIDTH - LEFT - RIGHT) / 2.0,
        bottom + 36.0,
        resp.interval.as_str()
    );
}

/// A tick value without needless decimals.
fn trim_pct(v: f64) -> String {
    let t = format!("{v:.1}");
    t.strip_suffix(".0").map(str::to_string).unwrap_or(t)
}

/// One swatch and label per series, in rows.
fn legend(s: &mut String, resp: &TrendResponse, y0: f64) {
    let per_row = 3;
    let col_w = (WIDTH - LEFT - RIGHT) / per_row as f64;
    for (i, series) in resp.series.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        let xx = LEFT + col_w * (i % per_row) as f64;
        let yy = y0 + 18.0 * (i / per_row) as f64;
        let _ = writeln!(
            s,
            "<line x1=\"{xx:.1}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"{colour}\" \
             stroke-width=\"3\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            xx + 24.0,
            xx + 30.0,
            yy + 4.0,
            esc(&series.label)
        );
    }
}

/// The caption: what a point is, the filters in force and the day the
/// chart was made (`today`, `YYYY-MM-DD`).
pub fn caption(resp: &TrendResponse, today: &str) -> String {
    let f = &resp.filters;
    let mut filters = Vec::new();
    if !f.area.is_empty() {
        filters.push(format!("area {}", f.area.join(" or ")));
    }
    if !f.provider.is_empty() {
        filters.push(format!("provider {}", f.provider.join(" or ")));
    }
    if !f.kind.is_empty() {
        let kinds: Vec<&str> = f.kind.iter().map(|k| k.as_str()).collect();
        filters.push(format!("kind {}", kinds.join(" or ")));
    }
    if f.from.is_some() || f.to.is_some() {
        let show =
            |d: Option<crate::schema::day::Day>| d.map(|d| d.to_string()).unwrap_or_default();
        filters.push(format!("dated {}..{}", show(f.from), show(f.to)));
    }
    let filters = if filters.is_empty() {
        "no filters".to_string()
    } else {
        filters.join(", ")
    };
    format!(
        "Share = pages matching / pages dated in the {} that pass the filters ({filters}). \
         jpsearch, {today}.",
        resp.interval.as_str()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_y_axis_ends_on_a_round_share() {
        assert_eq!(y_top(0.034), 0.04);
        assert_eq!(y_top(0.17), 0.2);
        assert_eq!(y_top(0.0), 0.01);
        assert_eq!(y_top(1.0), 1.0);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
