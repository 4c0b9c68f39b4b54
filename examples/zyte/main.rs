//! Scores body extraction on the vendored Zyte article-extraction
//! benchmark (`benches/zyte/`, 181 real news and blog pages) with the
//! benchmark's own metric. `scripts/extraction-bench.sh` runs it.
//!
//! ```text
//! cargo run --release --example zyte -- [--dir DIR] [--pred FILE.json] [--worst N] [--dump FILE.json]
//! ```
//!
//! Without `--pred` it extracts every page with jpsearch (one thread, the
//! pages already decompressed in memory, so the time is extraction alone)
//! and prints F1, precision, recall, the pages with an empty body and the
//! time. With `--pred` it scores another extractor's output instead, in
//! the benchmark's format (`{"ID": {"articleBody": "..."}}`, optionally
//! wrapped as `{"version": .., "output": {..}}`), so every extractor in a
//! run is scored by the same code. `--worst N` lists the N lowest-scoring
//! pages; `--dump` writes jpsearch's bodies in the benchmark's format.

mod bench;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

struct Args {
    dir: PathBuf,
    pred: Option<PathBuf>,
    worst: usize,
    dump: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dir: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/zyte")),
        pred: None,
        worst: 0,
        dump: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--dir" => args.dir = value()?.into(),
            "--pred" => args.pred = Some(value()?.into()),
            "--dump" => args.dump = Some(value()?.into()),
            "--worst" => args.worst = value()?.parse().map_err(|e| format!("--worst: {e}"))?,
            _ => return Err(format!("unknown argument {a}")),
        }
    }
    Ok(args)
}

/// Bodies predicted by another extractor, by page id.
fn read_predictions(path: &PathBuf) -> Result<HashMap<String, String>, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("parsing {}: {e}", path.display()))?;
    let map = value
        .get("output")
        .filter(|o| o.is_object())
        .unwrap_or(&value)
        .as_object()
        .ok_or(format!("{}: not a JSON object", path.display()))?;
    Ok(map
        .iter()
        .map(|(k, v)| (k.clone(), bench::body_of(v)))
        .collect())
}

fn run(args: &Args) -> Result<(), String> {
    let cases = bench::load(&args.dir)?;
    let (label, bodies, seconds) = match &args.pred {
        Some(path) => {
            let mut pred = read_predictions(path)?;
            let bodies: Vec<String> = cases
                .iter()
                .map(|c| pred.remove(&c.id).unwrap_or_default())
                .collect();
            (path.display().to_string(), bodies, None)
        }
        None => {
            let start = Instant::now();
            let bodies: Vec<String> = cases
                .iter()
                .map(|c| {
                    jpsearch::extract::extract(c.html.clone(), &c.id)
                        .map(|p| p.body)
                        .unwrap_or_default()
                })
                .collect();
            ("jpsearch".to_string(), bodies, Some(start.elapsed()))
        }
    };
    let counts: Vec<bench::Counts> = cases
        .iter()
        .zip(&bodies)
        .map(|(c, b)| bench::compare(&c.truth, b))
        .collect();
    let score = bench::summarise(&counts);
    let empty = bodies
        .iter()
        .filter(|b| bench::tokens(b).is_empty())
        .count();
    let time = seconds.map_or(String::new(), |t| {
        format!("  time {:.3} s", t.as_secs_f64())
    });
    println!(
        "{label}: F1 {:.3}  precision {:.3}  recall {:.3}  empty {empty}/{}{time}",
        score.f1,
        score.precision,
        score.recall,
        cases.len()
    );
    let mut order: Vec<usize> = (0..cases.len()).collect();
    order.sort_by(|&a, &b| counts[a].f1().total_cmp(&counts[b].f1()));
    for &i in order.iter().take(args.worst) {
        let c = &counts[i];
        println!(
            "  {:.3}  P {:.3}  R {:.3}  {}",
            c.f1(),
            c.precision().unwrap_or(0.0),
            c.recall().unwrap_or(0.0),
            cases[i].id
        );
    }
    if let Some(path) = &args.dump {
        let out: serde_json::Map<String, serde_json::Value> = cases
            .iter()
            .zip(&bodies)
            .map(|(c, b)| (c.id.clone(), serde_json::json!({ "articleBody": b })))
            .collect();
        let text = serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?;
        std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("zyte: {e}");
            ExitCode::from(2)
        }
    }
}
