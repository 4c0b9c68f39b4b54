//! `jp-index`: saved HTML pages in, a search index out.
//!
//! Parses arguments into a plain config and hands it to the library; prints
//! errors once, with their context, and maps outcomes to exit codes.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use jpsearch::eval;

/// mimalloc: extraction allocates a small tree per page and frees it at
/// once, which the system allocator handled slowly (docs/performance.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use jpsearch::extract;
use jpsearch::index::{self, IndexConfig, Progress, Summary};

/// Turn a folder of saved justice-policy web pages into a search index.
///
/// Walks each ROOT for saved pages (.html, .htm, .html.gz), web archives
/// (.warc, .warc.gz, .wacz) and WordPress exports (.xml), extracts each page's article,
/// title, date, kind, areas and providers, and writes them to the index.
/// A re-run re-extracts only pages whose content changed and removes pages
/// that vanished. Broken pages are reported and skipped.
///
/// Exit status: 0 when the index was written, 1 when nothing could be
/// indexed, 2 on an error (the index could not be written, or is in use).
#[derive(Parser, Debug)]
#[command(name = "jp-index", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// Index folder [default: $JPSEARCH_INDEX, else ./jpsearch-index]
    #[arg(long, value_name = "DIR", global = true)]
    index: Option<PathBuf>,

    /// Folders of saved pages [default: corpus/]
    #[arg(value_name = "ROOT")]
    roots: Vec<PathBuf>,

    /// No progress bar and no summary on stderr (errors are still printed)
    #[arg(long, short)]
    quiet: bool,

    /// Largest page to read, in bytes; bigger files are skipped
    #[arg(long, value_name = "BYTES", default_value_t = index::DEFAULT_MAX_PAGE_BYTES, global = true)]
    max_page_bytes: u64,

    /// Memory budget for the index writer, in megabytes
    #[arg(long, value_name = "MB", default_value_t = index::DEFAULT_MEMORY_MB)]
    memory: usize,

    /// Extraction threads [default: all cores]
    #[arg(long, value_name = "N")]
    threads: Option<usize>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print what would be indexed for each page, one JSON object per line
    Extract {
        /// Pages or archives to extract (files; folders are walked)
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Score extraction (and ranking, if the set has queries) against a
    /// labelled set: a folder with docs/, gold.jsonl and queries.jsonl
    Eval {
        /// The labelled set
        #[arg(value_name = "SET")]
        set: PathBuf,
        /// List every failing page and what was wrong with it
        #[arg(long, short)]
        verbose: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("jp-index: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Some(Command::Extract { paths }) => extract_cmd(&paths, cli.max_page_bytes),
        Some(Command::Eval { set, verbose }) => eval_cmd(&set, verbose),
        None => index_cmd(cli),
    }
}

fn index_cmd(cli: Cli) -> anyhow::Result<ExitCode> {
    let roots = if cli.roots.is_empty() {
        vec![PathBuf::from("corpus")]
    } else {
        cli.roots
    };
    let config = IndexConfig {
        index_dir: jpsearch::schema::index_dir(cli.index),
        roots,
        max_page_bytes: cli.max_page_bytes,
        memory_mb: cli.memory,
        threads: cli.threads,
    };
    let bar = Bar::new(!cli.quiet && std::io::stderr().is_terminal());
    let summary = index::run(&config, &bar)?;
    report(&summary, cli.quiet);
    Ok(if summary.indexed_total() == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What a run skipped and warned about (always), then its summary (unless
/// `--quiet`), on stderr.
fn report(summary: &Summary, quiet: bool) {
    for (source, reason) in &summary.skipped {
        eprintln!("jp-index: skipped {source}: {reason}");
    }
    for warning in &summary.warnings {
        eprintln!("jp-index: warning: {warning}");
    }
    if !quiet {
        eprint!("{}", summary.render());
    }
}

/// A progress bar on stderr with pages/s and ETA, or none.
struct Bar(ProgressBar);

impl Bar {
    fn new(visible: bool) -> Bar {
        if !visible {
            return Bar(ProgressBar::hidden());
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} {bar:40} {pos}/{len} pages  {per_sec}  ETA {eta}",
        ) {
            bar.set_style(style);
        }
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, pages: u64) {
        self.0.set_length(pages);
    }

    fn advance(&self) {
        self.0.inc(1);
    }

    fn grow(&self) {
        self.0.inc_length(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

fn extract_cmd(paths: &[PathBuf], max_bytes: u64) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut any = false;
    let mut closed = false;
    for root in paths {
        let files =
            index::walk::files(root).with_context(|| format!("reading {}", root.display()))?;
        for file in files {
            let source = if root.is_dir() {
                file.relative.clone()
            } else {
                root.display().to_string()
            };
            let mut each = |page: Result<extract::Page, (String, String)>| match page {
                Ok(_) if closed => {}
                Ok(page) => {
                    any = true;
                    let line = serde_json::to_string(&page).unwrap_or_default();
                    // A closed pipe (`| head`) is not an error: stop writing.
                    closed = writeln!(out, "{line}").is_err();
                }
                Err((source, reason)) => eprintln!("jp-index: skipped {source}: {reason}"),
            };
            index::extract_path(&file.path, &source, max_bytes, &mut each);
            if closed {
                return Ok(ExitCode::SUCCESS);
            }
        }
    }
    Ok(if any {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn eval_cmd(set: &std::path::Path, verbose: bool) -> anyhow::Result<ExitCode> {
    let (report, pages) = eval::evaluate_extraction(set)?;
    let ranking = eval::evaluate_ranking(set, &pages)?;
    print!("{}", eval::render(&report, ranking.as_ref(), verbose));
    Ok(ExitCode::SUCCESS)
}
