//! Scores the area/provider matcher alone against labelled clean text.
//!
//! Input is JSON lines with `id`, `title` and `body`, as written by
//! gencorpus's `clean.jsonl`; labels (`areas`, `providers`, `primary_area`)
//! come from the same line or, with `--gold FILE`, from a gold.jsonl whose
//! `file` is `<id>.html`. Areas are scored without the nations England and
//! Wales, as the labelled sets are.
//!
//!     cargo run --release --features internals --example entities_eval -- \
//!         /tmp/gc2000/clean.jsonl --gold /tmp/gc2000/gold.jsonl
//!
//! `--errors N` lists the N most frequent misses and false hits of each kind
//! and a few pages with errors; `--show ID` prints one page's result and
//! every mention behind it, in context.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Instant;

use jpsearch::extract::entities::{self, Entities};
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
struct Labels {
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    providers: Vec<String>,
    #[serde(default)]
    primary_area: Option<String>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    title: String,
    body: String,
    #[serde(flatten)]
    labels: Labels,
}

#[derive(Deserialize)]
struct Gold {
    file: String,
    #[serde(flatten)]
    labels: Labels,
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    doc_p: f64,
    doc_r: f64,
    docs: usize,
    missed: BTreeMap<String, usize>,
    extra: BTreeMap<String, usize>,
}

impl Score {
    fn add(&mut self, got: &[String], want: &[String], skip: &[&str]) -> bool {
        let got: HashSet<&str> = got
            .iter()
            .map(String::as_str)
            .filter(|a| !skip.contains(a))
            .collect();
        let want: HashSet<&str> = want
            .iter()
            .map(String::as_str)
            .filter(|a| !skip.contains(a))
            .collect();
        let tp = got.intersection(&want).count();
        self.tp += tp;
        self.fp += got.len() - tp;
        self.fn_ += want.len() - tp;
        self.doc_p += if got.is_empty() {
            1.0
        } else {
            tp as f64 / got.len() as f64
        };
        self.doc_r += if want.is_empty() {
            1.0
        } else {
            tp as f64 / want.len() as f64
        };
        self.docs += 1;
        for m in want.difference(&got) {
            *self.missed.entry(m.to_string()).or_default() += 1;
        }
        for x in got.difference(&want) {
            *self.extra.entry(x.to_string()).or_default() += 1;
        }
        got == want
    }

    fn report(&self, what: &str, errors: usize) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let dp = self.doc_p / self.docs.max(1) as f64;
        let dr = self.doc_r / self.docs.max(1) as f64;
        let df = if dp + dr > 0.0 {
            2.0 * dp * dr / (dp + dr)
        } else {
            0.0
        };
        println!(
            "{what:<10} micro P {p:.3} R {r:.3} F1 {f:.3} | per-page P {dp:.3} R {dr:.3} F1 {df:.3} (tp {} fp {} fn {})",
            self.tp, self.fp, self.fn_
        );
        if errors > 0 {
            let top = |m: &BTreeMap<String, usize>| {
                let mut v: Vec<_> = m.iter().collect();
                v.sort_by_key(|e| std::cmp::Reverse(*e.1));
                v.into_iter()
                    .take(errors)
                    .map(|(k, n)| format!("{k} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            println!("  missed: {}", top(&self.missed));
            println!("  extra:  {}", top(&self.extra));
        }
    }
}

/// The largest char boundary at or below `i`.
fn boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut clean = None;
    let mut gold = None;
    let mut errors = 0usize;
    let mut show = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--gold" => gold = args.next(),
            "--errors" => errors = args.next().unwrap_or_default().parse()?,
            "--show" => show = args.next(),
            _ => clean = Some(a),
        }
    }
    let clean = clean.ok_or_else(|| {
        anyhow::anyhow!(
            "usage: entities_eval CLEAN.jsonl [--gold GOLD.jsonl] [--errors N] [--show ID]"
        )
    })?;
    let mut docs: Vec<Doc> = std::fs::read_to_string(&clean)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    if let Some(gold) = gold {
        let labels: HashMap<String, Labels> = std::fs::read_to_string(&gold)?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str::<Gold>(l).map(|g| (g.file, g.labels)))
            .collect::<Result<_, _>>()?;
        for d in &mut docs {
            let key = format!("{}.html", d.id);
            d.labels = labels
                .get(&key)
                .or_else(|| labels.get(&d.id))
                .cloned()
                .unwrap_or_default();
        }
    }

    let start = Instant::now();
    let results: Vec<Entities> = docs
        .iter()
        .map(|d| entities::find(&d.title, &d.body))
        .collect();
    let first = start.elapsed();
    let rounds = (2000 / docs.len().max(1)).max(3);
    let start = Instant::now();
    let mut sink = 0usize;
    for _ in 0..rounds {
        for d in &docs {
            sink += entities::find(&d.title, &d.body).areas.len();
        }
    }
    let per_page = start.elapsed().as_secs_f64() * 1e6 / (rounds * docs.len()).max(1) as f64;
    let bytes: usize = docs.iter().map(|d| d.body.len() + d.title.len()).sum();

    let mut areas = Score::default();
    let mut providers = Score::default();
    let (mut prim_ok, mut prim_none_ok, mut prim_none, mut wrong) = (0, 0, 0, Vec::new());
    for (d, e) in docs.iter().zip(&results) {
        let a_ok = areas.add(&e.areas, &d.labels.areas, &["England", "Wales"]);
        let p_ok = providers.add(&e.providers, &d.labels.providers, &[]);
        let pr_ok = e.primary_area == d.labels.primary_area;
        prim_ok += usize::from(pr_ok);
        if d.labels.primary_area.is_none() {
            prim_none += 1;
            prim_none_ok += usize::from(pr_ok);
        }
        if !(a_ok && p_ok && pr_ok) {
            wrong.push((d, e));
        }
        if show.as_deref() == Some(d.id.as_str()) {
            println!("{}\n  title: {}", d.id, d.title);
            println!(
                "  got  areas {:?} primary {:?}\n       providers {:?}",
                e.areas, e.primary_area, e.providers
            );
            println!(
                "  want areas {:?} primary {:?}\n       providers {:?}",
                d.labels.areas, d.labels.primary_area, d.labels.providers
            );
            for m in entities::mentions(&d.title, &d.body) {
                let text = if m.in_title { &d.title } else { &d.body };
                let lo = boundary(text, m.start.saturating_sub(50));
                let hi = boundary(text, (m.end + 30).min(text.len()));
                println!("    {:<28} {}", m.name, text[lo..hi].replace('\n', " | "));
            }
        }
    }
    println!(
        "{} pages, {:.1} MB of text; {:.1} µs/page ({:.0} MB/s); first pass incl. automaton build {:.1} ms (sink {sink})",
        docs.len(),
        bytes as f64 / 1e6,
        per_page,
        bytes as f64 / docs.len() as f64 / per_page,
        first.as_secs_f64() * 1e3
    );
    areas.report("areas", errors);
    providers.report("providers", errors);
    println!(
        "primary    accuracy {:.3} ({} of {}); on pages whose gold is null {:.3} ({} of {})",
        prim_ok as f64 / docs.len().max(1) as f64,
        prim_ok,
        docs.len(),
        prim_none_ok as f64 / prim_none.max(1) as f64,
        prim_none_ok,
        prim_none
    );
    if errors > 0 {
        let mut conf: BTreeMap<String, usize> = BTreeMap::new();
        for (d, e) in &wrong {
            if e.primary_area != d.labels.primary_area {
                *conf
                    .entry(format!(
                        "{:?} -> {:?}",
                        d.labels.primary_area, e.primary_area
                    ))
                    .or_default() += 1;
            }
        }
        let mut v: Vec<_> = conf.into_iter().collect();
        v.sort_by_key(|e| std::cmp::Reverse(e.1));
        println!(
            "  primary confusions (want -> got): {:?}",
            &v[..v.len().min(errors)]
        );
        for (d, e) in wrong.iter().take(errors) {
            println!("- {} | {}", d.id, d.title);
            println!(
                "    got  {:?} / {:?} / {:?}",
                e.areas, e.primary_area, e.providers
            );
            println!(
                "    want {:?} / {:?} / {:?}",
                d.labels.areas, d.labels.primary_area, d.labels.providers
            );
        }
    }
    Ok(())
}
