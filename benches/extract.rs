//! Extraction of one page, per site family of the bundled corpus, and
//! indexing the whole bundled corpus into a fresh index.
//!
//! Run with `cargo bench --bench extract`. Figures go in the README; no
//! test asserts a time.

use std::path::{Path, PathBuf};

#[path = "../tests/common/mod.rs"]
mod common;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

fn corpus_docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/docs")
}

/// One page of each family (file-name prefix) of the bundled corpus.
fn one_page_per_family() -> Vec<(String, Vec<u8>)> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_docs())
        .expect("corpus/docs exists")
        .map(|e| e.expect("readable entry").path())
        .collect();
    names.sort();
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for path in names {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let family = name.split('-').next().unwrap_or("").to_string();
        if seen.contains(&family) {
            continue;
        }
        seen.push(family.clone());
        out.push((family, std::fs::read(&path).expect("readable page")));
    }
    out
}

fn extraction(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    for (family, bytes) in one_page_per_family() {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(family, |b| {
            b.iter_batched(
                || bytes.clone(),
                |page| jpsearch::extract::extract(page, "bench.html").expect("page extracts"),
                BatchSize::SmallInput,
            )
        });
    }
    group.finish();
}

fn indexing(c: &mut Criterion) {
    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    group.bench_function("bundled corpus", |b| {
        b.iter_batched(
            || tempfile::tempdir().expect("temp dir"),
            |dir| common::index_bundled_corpus(&dir.path().join("index")),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, extraction, indexing);
criterion_main!(benches);
