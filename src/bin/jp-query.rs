//! jp-query: ranked, faceted search over a jpsearch index.
//!
//! Thin: parses flags into a [`SearchRequest`], runs it through the
//! library, prints the answer, and maps the outcome to an exit code.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

use jpsearch::search::output::{self, Format, OutputOptions};
use jpsearch::search::serve;
use jpsearch::search::trend::DEFAULT_TOP;
use jpsearch::search::{
    DEFAULT_LIMIT, DEFAULT_TIMEOUT_MS, Engine, ErrorResponse, HitField, Interval, SearchRequest,
    Sort, SplitBy, TrendRequest,
};

const AFTER_HELP: &str = "\
QUERY SYNTAX:
  unpaid work          pages with all the words (stemmed: 'work' finds 'working');
                       if no page has them all, pages with any, and a warning
  \"approved premises\"  an exact phrase
  -prison  NOT prison  leave out pages with the word
  CRC OR NPS           either; parentheses group: probation (Kent OR Sussex)
  title:inspection     the word in the title only (body: for the body only)
  rehab*               words starting with 'rehab' (at most 128 of them)
  Abbreviations and their long forms find each other (CRC, UPW, AP, NPS, ...);
  AP, TR, CO, PO and EM count as abbreviations only in capitals.
  Stray quotes, lone dashes, web addresses and unbalanced brackets are
  repaired or ignored, with a warning.

LIMITS:
  query at most 1000 characters and 32 words/phrases, brackets 8 deep;
  --limit at most 100 (use --all to export every hit); offset+limit at most
  10000; --timeout-ms between 1 and 60000 (default 2000).

EXIT STATUS:
  0  at least one page matched
  1  no page matched
  2  error (bad query, unknown area or provider, no index, timeout, ...)
  A closed output pipe (e.g. `| head`) is not an error.

RESEARCH:
  Share of pages per year in each region of England, as a table and a chart:
    jp-query --trend year --area England --split region --top 9 \
             '\"through the gate\"' --plot gate.svg
  Several queries side by side, as CSV (period, series, count, total, share):
    jp-query --trend quarter -f csv 'unpaid work' --series 'approved premises'
  Every hit with chosen fields, the full text included, streamed:
    jp-query --all -f csv --fields date,title,url,body '\"through the gate\"' > gate.csv

OUTPUT:
  human is the default on a terminal, json otherwise. json, and each --serve
  answer, is one object {version, query, warnings, total, offset, limit,
  took_ms, hits, facets}; errors are {version, error: {code, message}} on
  stdout with exit 2. See docs/json-contract.md.";

/// Ranked, faceted search over UK justice-policy pages indexed by jp-index.
#[derive(Parser, Debug)]
#[command(name = "jp-query", version, after_help = AFTER_HELP)]
struct Cli {
    /// What to search for (several words may be given without quotes).
    query: Vec<String>,

    /// Index folder written by jp-index [default: $JPSEARCH_INDEX, else
    /// ./jpsearch-index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// Only pages about this area: a nation, region or area; aliases work
    /// ("South Yorks"). Repeat for any of several.
    #[arg(short, long, value_name = "AREA")]
    area: Vec<String>,

    /// Only pages naming this provider (aliases work). Repeat for any of several.
    #[arg(short, long, value_name = "NAME")]
    provider: Vec<String>,

    /// Only pages of this kind: blog, inspection, news, report, other. Repeatable.
    #[arg(short, long, value_name = "KIND")]
    kind: Vec<String>,

    /// Only pages dated in or after this period: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,

    /// Only pages dated in or before this period: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,

    /// Result order.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,

    /// Blend a recency prior into relevance with this half-life in days
    /// (age counted from the newest page in the index).
    #[arg(long, value_name = "DAYS")]
    recency: Option<f64>,

    /// Show each hit's score parts.
    #[arg(long)]
    explain: bool,

    /// Hits to show (at most 100).
    #[arg(short = 'n', long, default_value_t = DEFAULT_LIMIT)]
    limit: usize,

    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,

    /// Every hit, for exports (ignores --limit; not with --serve).
    #[arg(long, conflicts_with = "serve")]
    all: bool,

    /// Fields of each hit in json, jsonl and csv, comma-separated, in
    /// order: rank, score, source, url, title, date, date_source, kind,
    /// areas, primary_area, providers, tags, matched, snippet, body (the
    /// full text).
    #[arg(long, value_name = "LIST")]
    fields: Option<String>,

    /// Output format [default: human on a terminal, json otherwise].
    #[arg(short, long, value_enum)]
    format: Option<FormatArg>,

    /// Colour in human output; NO_COLOR is honoured under auto.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,

    /// Time budget per query in milliseconds.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT_MS, value_name = "MS")]
    timeout_ms: u64,

    /// Answer JSON requests, one per line on stdin, one JSON answer per
    /// line on stdout, keeping the index open (reloaded on new commits).
    #[arg(long)]
    serve: bool,

    /// Count matching pages per period instead of listing them, out of the
    /// pages passing the same filters: year, quarter or month.
    #[arg(long, value_enum, value_name = "PERIOD", conflicts_with_all = ["serve", "all"])]
    trend: Option<IntervalArg>,

    /// With --trend: another query drawn as its own series. Repeatable.
    #[arg(long, value_name = "QUERY", requires = "trend")]
    series: Vec<String>,

    /// With --trend: one series per area, region, provider or kind.
    #[arg(long, value_enum, requires = "trend")]
    split: Option<SplitArg>,

    /// With --split: how many values to keep, most matched first.
    #[arg(long, default_value_t = DEFAULT_TOP, value_name = "N")]
    top: usize,

    /// With --trend: also draw the trend as an SVG line chart into FILE.
    #[arg(long, value_name = "FILE.svg", requires = "trend")]
    plot: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum IntervalArg {
    Year,
    Quarter,
    Month,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum SplitArg {
    Area,
    Region,
    Provider,
    Kind,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum SortArg {
    Relevance,
    Newest,
    Oldest,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Human,
    Json,
    Jsonl,
    Csv,
    /// CSV that starts with a UTF-8 byte-order mark, for Excel.
    CsvExcel,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Whether the raw arguments ask for JSON (so argument errors can be JSON).
fn wants_json(args: &[String]) -> bool {
    args.iter().enumerate().any(|(i, a)| {
        a == "--serve"
            || a == "--format=json"
            || a == "--format=jsonl"
            || a == "-fjson"
            || ((a == "--format" || a == "-f")
                && args.get(i + 1).is_some_and(|v| v == "json" || v == "jsonl"))
    })
}

/// Terminal width when `$COLUMNS` does not say.
const DEFAULT_WIDTH: usize = 100;

fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(c) => c,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            if wants_json(&args[1..]) {
                let msg = e.kind().to_string();
                let body =
                    ErrorResponse::new("bad_arguments", format!("{msg} (see jp-query --help)"));
                let mut out = io::stdout().lock();
                let _ = serde_json::to_writer(&mut out, &body);
                let _ = out.write_all(b"\n");
            } else {
                let _ = e.print();
            }
            return ExitCode::from(2);
        }
    };
    run(cli)
}

fn run(cli: Cli) -> ExitCode {
    let stdout = io::stdout();
    let mut opts = output_options(&cli, stdout.is_terminal());
    let json_errors = matches!(opts.format, Format::Json | Format::Jsonl) || cli.serve;
    let index_dir = jpsearch::schema::index_dir(cli.index.clone());
    let serve_mode = cli.serve;
    let mut out = BufWriter::new(stdout.lock());
    let fields = match parse_fields(cli.fields.as_deref(), opts.format) {
        Ok(f) => f,
        Err(e) => return fail(&mut out, &e, json_errors),
    };
    opts.fields = fields.clone();
    let trend = trend_request(&cli);
    let plot = cli.plot.clone();
    let mut req = request(cli);
    req.fields = fields;
    let engine = match Engine::open_with(&index_dir, serve_mode) {
        Ok(e) => e,
        Err(e) => return fail(&mut out, &e, json_errors),
    };
    if let Some(mut t) = trend {
        t.base = req;
        trend_answer(&engine, &mut out, &t, &opts, plot.as_deref(), json_errors)
    } else if serve_mode {
        serve_lines(&engine, &mut out, &req)
    } else if req.all && opts.format != Format::Human {
        export(&engine, &mut out, &req, &opts, json_errors)
    } else {
        answer(&engine, &mut out, &req, &opts, json_errors)
    }
}

/// `--all` in a format for tools: every hit, streamed.
fn export(
    engine: &Engine,
    out: &mut BufWriter<io::StdoutLock<'_>>,
    req: &SearchRequest,
    opts: &OutputOptions,
    json_errors: bool,
) -> ExitCode {
    let outcome = {
        let Some(mut sink) = output::sink(out, opts) else {
            // Human output is printed whole (the caller's other branch).
            return answer(engine, out, req, opts, json_errors);
        };
        engine.export(req, sink.as_mut())
    };
    if let Ok(summary) = &outcome
        && opts.format != Format::Json
    {
        for w in &summary.warnings {
            eprintln!("jp-query: warning: {}", w.message);
        }
    }
    finish(out, outcome.map(|s| s.total), json_errors)
}

/// The trend the flags ask for (its filters are filled in later): the
/// query, then each `--series`, as series.
fn trend_request(cli: &Cli) -> Option<TrendRequest> {
    let interval = match cli.trend? {
        IntervalArg::Year => Interval::Year,
        IntervalArg::Quarter => Interval::Quarter,
        IntervalArg::Month => Interval::Month,
    };
    let mut series = Vec::new();
    if !cli.query.is_empty() {
        series.push(cli.query.join(" "));
    }
    series.extend(cli.series.iter().cloned());
    Some(TrendRequest {
        base: SearchRequest::default(),
        series,
        interval,
        split: cli.split.map(|s| match s {
            SplitArg::Area => SplitBy::Area,
            SplitArg::Region => SplitBy::Region,
            SplitArg::Provider => SplitBy::Provider,
            SplitArg::Kind => SplitBy::Kind,
        }),
        top: cli.top,
    })
}

/// `--trend`: the table (or CSV, JSON) on stdout, the chart in `plot`.
fn trend_answer(
    engine: &Engine,
    out: &mut impl Write,
    req: &TrendRequest,
    opts: &OutputOptions,
    plot: Option<&std::path::Path>,
    json_errors: bool,
) -> ExitCode {
    if let Some(p) = plot
        && !p.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"))
    {
        let e = jpsearch::Error::bad_request("bad_plot", "--plot writes SVG: give a FILE.svg");
        return fail(out, &e, json_errors);
    }
    let resp = match engine.trend(req) {
        Ok(r) => r,
        Err(e) => return fail(out, &e, json_errors),
    };
    if opts.format != Format::Json {
        for w in &resp.warnings {
            eprintln!("jp-query: warning: {}", w.message);
        }
    }
    if let Some(p) = plot {
        let today: String = jiff::Timestamp::now()
            .to_string()
            .chars()
            .take(10)
            .collect();
        let title = format!("Pages per {}", resp.interval.as_str());
        let title = match resp.series.as_slice() {
            [one] => format!("{title}: {}", one.label),
            _ => title,
        };
        let svg = output::svg::trend_svg(&resp, &title, &output::svg::caption(&resp, &today));
        if let Err(e) = std::fs::write(p, svg) {
            eprintln!("jp-query: error: writing {}: {e}", p.display());
            return ExitCode::from(2);
        }
    }
    let code = if resp
        .series
        .iter()
        .any(|s| s.undated.count > 0 || s.points.iter().any(|p| p.count > 0))
    {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    match output::trend::write(out, &resp, opts).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if is_broken_pipe(&e) => code,
        Err(e) => {
            eprintln!("jp-query: error: writing output: {e}");
            ExitCode::from(2)
        }
    }
}

/// `--fields`, checked: known names, and a format that prints fields.
fn parse_fields(
    list: Option<&str>,
    format: Format,
) -> Result<Option<Vec<HitField>>, jpsearch::Error> {
    let Some(list) = list else {
        return Ok(None);
    };
    if format == Format::Human {
        return Err(jpsearch::Error::bad_request(
            "bad_arguments",
            "--fields applies to --format json, jsonl and csv",
        ));
    }
    HitField::parse_list(list).map(Some)
}

/// The end of an export: exit 0 with hits, 1 without, 2 on an error (a
/// closed pipe is not one).
fn finish(
    out: &mut impl Write,
    outcome: Result<u64, jpsearch::Error>,
    json_errors: bool,
) -> ExitCode {
    let code = match outcome {
        Ok(total) if total > 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(jpsearch::Error::Io(e)) if is_broken_pipe(&e) => return ExitCode::SUCCESS,
        Err(e) => return fail(out, &e, json_errors),
    };
    match out.flush() {
        Err(e) if !is_broken_pipe(&e) => {
            eprintln!("jp-query: error: writing output: {e}");
            ExitCode::from(2)
        }
        _ => code,
    }
}

/// The format (human on a terminal, else JSON), colour and width.
fn output_options(cli: &Cli, is_tty: bool) -> OutputOptions {
    let format = match cli.format {
        Some(FormatArg::Human) => Format::Human,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::Jsonl,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::CsvExcel) => Format::CsvExcel,
        None if cli.serve => Format::Json,
        None if is_tty => Format::Human,
        None => Format::Json,
    };
    let color = match cli.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => is_tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(DEFAULT_WIDTH);
    OutputOptions {
        format,
        color,
        width,
        fields: None,
    }
}

/// The search the flags ask for (for `--serve`, the defaults of each
/// request).
fn request(cli: Cli) -> SearchRequest {
    SearchRequest {
        query: cli.query.join(" "),
        areas: cli.area,
        providers: cli.provider,
        kinds: cli.kind,
        from: cli.from,
        to: cli.to,
        sort: match cli.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Newest => Sort::Newest,
            SortArg::Oldest => Sort::Oldest,
        },
        recency_days: cli.recency,
        limit: cli.limit,
        offset: cli.offset,
        all: cli.all,
        explain: cli.explain,
        timeout_ms: cli.timeout_ms,
        fields: None,
    }
}

/// Prints `e` (as the JSON error answer, or on stderr) and gives exit 2.
fn fail(out: &mut impl Write, e: &jpsearch::Error, json: bool) -> ExitCode {
    if json {
        let _ = output::json::write_error(out, e);
        let _ = out.flush();
    } else {
        eprintln!("jp-query: error: {e:#}");
    }
    ExitCode::from(2)
}

/// `--serve`: answers request lines from stdin until it ends.
fn serve_lines(engine: &Engine, out: &mut impl Write, base: &SearchRequest) -> ExitCode {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    match serve::serve(engine, &mut input, out, base) {
        Ok(_) => ExitCode::SUCCESS,
        Err(jpsearch::Error::Io(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jp-query: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// One search: the answer on stdout, warnings on stderr (outside JSON),
/// exit 0 with hits, 1 without.
fn answer(
    engine: &Engine,
    out: &mut impl Write,
    req: &SearchRequest,
    opts: &OutputOptions,
    json_errors: bool,
) -> ExitCode {
    let resp = match engine.search(req) {
        Ok(r) => r,
        Err(e) => return fail(out, &e, json_errors),
    };
    if opts.format != Format::Json {
        for w in &resp.warnings {
            eprintln!("jp-query: warning: {}", w.message);
        }
    }
    let code = if resp.total > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    match output::write_response(out, &resp, opts).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if is_broken_pipe(&e) => code,
        Err(e) => {
            eprintln!("jp-query: error: writing output: {e}");
            ExitCode::from(2)
        }
    }
}
