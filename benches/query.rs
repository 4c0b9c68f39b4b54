//! One query with all facets and snippets: on the bundled corpus (indexed
//! by the real indexer), and on a larger synthetic index built here.
//!
//! `JPQ_BENCH_DOCS` sets the number of pages (default 20000);
//! `JPQ_BENCH_KEEP=DIR` writes the index to DIR and keeps it, so a fresh
//! `jp-query` process can be timed on the same index (see the report in
//! the query branch notes).

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use jpsearch::extract::{DateSource, Page};
use jpsearch::schema::kind::Kind;
use jpsearch::search::{Engine, SearchRequest};

const DOMAIN: &[&str] = &[
    "probation",
    "prison",
    "unpaid",
    "work",
    "community",
    "rehabilitation",
    "company",
    "court",
    "sentence",
    "offender",
    "inspection",
    "inspectors",
    "service",
    "supervision",
    "licence",
    "recall",
    "approved",
    "premises",
    "hostel",
    "resettlement",
    "gate",
    "through",
    "drug",
    "alcohol",
    "treatment",
    "women",
    "centres",
    "youth",
    "justice",
    "reoffending",
    "contract",
    "payment",
    "results",
    "staff",
    "caseload",
    "officer",
    "risk",
    "harm",
    "public",
    "protection",
    "enforcement",
    "hours",
    "order",
    "requirement",
    "tag",
    "monitoring",
    "release",
    "custody",
];
const AREAS: &[&str] = &[
    "Durham",
    "Cleveland",
    "Kent",
    "Sussex",
    "Merseyside",
    "South Yorkshire",
    "London",
    "South Wales",
    "Wales",
    "North East",
];
const PROVIDERS: &[&str] = &[
    "Seetec",
    "Sodexo Justice Services",
    "National Probation Service",
    "Probation Service",
    "HM Prison and Probation Service",
    "Working Links",
    "Interserve",
    "MTCnovo",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn filler_word(rng: &mut Rng) -> String {
    // A Zipf-ish spread over ~5000 made-up words.
    let r = rng.below(1000) + 1;
    let id = 5000 / r + rng.below(3);
    let syll = [
        "ka", "lo", "mi", "ren", "tas", "vo", "der", "ish", "un", "pe",
    ];
    let mut w = String::new();
    let mut x = id;
    loop {
        w.push_str(syll[x % 10]);
        x /= 10;
        if x == 0 {
            break;
        }
    }
    w
}

fn synthetic_pages(n: usize) -> Vec<Page> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let words = 300 + rng.below(900);
            let mut body = String::new();
            for k in 0..words {
                if k > 0 {
                    body.push(if k % 18 == 0 { '.' } else { ' ' });
                    if k % 18 == 0 {
                        body.push(' ');
                    }
                }
                if rng.below(100) < 25 {
                    body.push_str(DOMAIN[rng.below(DOMAIN.len())]);
                } else {
                    body.push_str(&filler_word(&mut rng));
                }
            }
            if rng.below(100) < 96 {
                body.push_str(". The probation service responded.");
            }
            let title = (0..6)
                .map(|_| DOMAIN[rng.below(DOMAIN.len())])
                .collect::<Vec<_>>()
                .join(" ");
            let year = 2011 + rng.below(14);
            let month = 1 + rng.below(12);
            let day = 1 + rng.below(28);
            let n_areas = rng.below(3);
            let areas: Vec<String> = (0..n_areas)
                .map(|_| AREAS[rng.below(AREAS.len())].to_string())
                .collect();
            let providers: Vec<String> = (0..rng.below(3))
                .map(|_| PROVIDERS[rng.below(PROVIDERS.len())].to_string())
                .collect();
            Page {
                source: format!("site/page-{i}.html"),
                url: Some(format!("https://example.org/page-{i}")),
                captured: None,
                title,
                date: if rng.below(50) == 0 {
                    None
                } else {
                    format!("{year}-{month:02}-{day:02}").parse().ok()
                },
                date_source: Some(DateSource::Meta),
                kind: Kind::ALL[rng.below(Kind::ALL.len())],
                primary_area: areas.first().cloned(),
                areas,
                providers,
                tags: Vec::new(),
                body,
            }
        })
        .collect()
}

/// The README's query on the bundled corpus, as jp-query runs it.
fn bundled(c: &mut Criterion) {
    let tmp = tempfile::TempDir::new().unwrap();
    common::index_bundled_corpus(tmp.path());
    let engine = Engine::open(tmp.path()).unwrap();
    let req = SearchRequest::new("unpaid work");
    let mut group = c.benchmark_group("corpus");
    group.bench_function("unpaid_work_with_facets", |b| {
        b.iter(|| black_box(engine.search(black_box(&req)).unwrap()))
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let n: usize = std::env::var("JPQ_BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_000);
    let tmp = tempfile::TempDir::new().unwrap();
    let dir: PathBuf = match std::env::var_os("JPQ_BENCH_KEEP") {
        Some(d) => {
            let d = PathBuf::from(d);
            std::fs::create_dir_all(&d).unwrap();
            d
        }
        None => tmp.path().to_path_buf(),
    };
    if !dir.join("meta.json").exists() {
        common::build_index_from(&dir, &synthetic_pages(n));
    }
    let engine = Engine::open(&dir).unwrap();
    let mut group = c.benchmark_group("query");
    group.sample_size(50);
    for (name, q) in [
        ("broad_probation", "probation"),
        ("two_words", "unpaid work"),
        ("phrase_synonym", "\"approved premises\" hostel"),
        ("prefix", "rehab*"),
    ] {
        let req = SearchRequest::new(q);
        group.bench_function(name, |b| {
            b.iter(|| black_box(engine.search(black_box(&req)).unwrap()))
        });
    }
    let mut filtered = SearchRequest::new("probation");
    filtered.kinds = vec!["inspection".into()];
    filtered.from = Some("2018".into());
    filtered.to = Some("2020".into());
    group.bench_function("broad_filtered", |b| {
        b.iter(|| black_box(engine.search(black_box(&filtered)).unwrap()))
    });
    group.finish();
}

criterion_group!(benches, bundled, bench);
criterion_main!(benches);
