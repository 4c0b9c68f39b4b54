//! Keeping a Tantivy index in step with folders of saved pages.
//!
//! The index is its own manifest: every document stores its file's size,
//! modification time and content hash in fast fields, so a re-run reads
//! that column, skips files whose size and time (or, failing that, content
//! hash) are unchanged, re-extracts the rest, deletes documents whose files
//! vanished, and commits once. Until that commit, readers and a killed run
//! see the previous commit: an interrupted run loses only its own work.
//!
//! Extraction runs on worker threads that feed Tantivy's writer directly,
//! so pages stream through: memory is the writer's budget plus one page per
//! worker, whatever the size of the tree.

pub mod document;
pub mod lock;
pub mod summary;
pub mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::Context;
use tantivy::directory::MmapDirectory;
use tantivy::index::SegmentId;
use tantivy::merge_policy::NoMergePolicy;
use tantivy::{Index, IndexWriter, Term};

use crate::error::Error;
use crate::extract;
use crate::schema::{self, Fields};

pub use self::document::FileStamp;
pub use self::summary::Summary;

/// Pages larger than this are skipped (a saved page is rarely over 2 MB;
/// 20 MB leaves room for pages with inline images).
pub const DEFAULT_MAX_PAGE_BYTES: u64 = 20 * 1024 * 1024;
/// The writer's memory budget, shared by its indexing threads.
pub const DEFAULT_MEMORY_MB: usize = 256;
/// Stack for extraction threads: generous, because one pathological page
/// must not be able to overflow it.
const WORKER_STACK: usize = 32 * 1024 * 1024;

/// What `jp-index` was asked to do.
#[derive(Clone, Debug)]
pub struct IndexConfig {
    pub index_dir: PathBuf,
    pub roots: Vec<PathBuf>,
    pub max_page_bytes: u64,
    pub memory_mb: usize,
    /// Extraction threads; `None` means one per core.
    pub threads: Option<usize>,
    /// Draw a progress bar on stderr.
    pub progress: bool,
    /// Print nothing but errors.
    pub quiet: bool,
}

/// Stored pages are compressed in blocks of about this many bytes, and a
/// hit decompresses its whole block. Tantivy's default (16 KB) holds two
/// or three of our pages, so each hit decompressed pages it did not show;
/// at 4 KB a block is mostly the one page. Measured on 20,000 pages: the
/// store grows from 67 to 74 MB (11.9% → 12.7% of the HTML for the whole
/// index) and `--serve` answers about 5% sooner.
pub const DOCSTORE_BLOCK_BYTES: usize = 4096;

/// Opens the index in `dir`, creating the folder and an empty index if
/// there is none.
pub fn open_or_create(dir: &Path) -> Result<(Index, Fields), Error> {
    std::fs::create_dir_all(dir)?;
    if dir.join("meta.json").exists() {
        return schema::open(dir);
    }
    let (schema, fields) = schema::build();
    let directory =
        MmapDirectory::open(dir).map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
    let settings = tantivy::IndexSettings {
        docstore_blocksize: DOCSTORE_BLOCK_BYTES,
        ..Default::default()
    };
    let index = Index::create(directory, schema, settings)?;
    schema::register_tokenizers(&index);
    Ok((index, fields))
}

/// Reads a page file, refusing ones over the size limit.
pub fn read_page(path: &Path, max_bytes: u64) -> Result<Vec<u8>, String> {
    let md = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if md.is_dir() {
        return Err("a folder, not a page".into());
    }
    if md.len() > max_bytes {
        return Err(format!(
            "too large: {} bytes, over the limit of {} (--max-page-bytes)",
            md.len(),
            max_bytes
        ));
    }
    std::fs::read(path).map_err(|e| e.to_string())
}

/// The stamp of every live document, keyed by source.
pub fn manifest(index: &Index, fields: &Fields) -> tantivy::Result<HashMap<String, FileStamp>> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    let mut buf = String::new();
    for segment in searcher.segment_readers() {
        let ff = segment.fast_fields();
        let Some(source) = ff.str(schema::name::SOURCE)? else {
            continue;
        };
        let hash = ff.u64(schema::name::HASH)?;
        let size = ff.u64(schema::name::SIZE)?;
        let mtime = ff.i64(schema::name::MTIME)?;
        let _ = fields;
        for doc in segment.doc_ids_alive() {
            let Some(ord) = source.term_ords(doc).next() else {
                continue;
            };
            buf.clear();
            source.ord_to_str(ord, &mut buf)?;
            out.insert(
                buf.clone(),
                FileStamp {
                    hash: hash.first(doc).unwrap_or(0),
                    size: size.first(doc).unwrap_or(0),
                    mtime_ns: mtime.first(doc).unwrap_or(0),
                },
            );
        }
    }
    Ok(out)
}

/// Indexes the configured roots into the configured index.
pub fn run(config: &IndexConfig) -> anyhow::Result<Summary> {
    let started = Instant::now();
    for root in &config.roots {
        std::fs::metadata(root).with_context(|| format!("reading {}", root.display()))?;
    }
    std::fs::create_dir_all(&config.index_dir)
        .with_context(|| format!("creating {}", config.index_dir.display()))?;
    let _lock = lock::WriterLock::acquire(&config.index_dir)
        .with_context(|| format!("locking index {}", config.index_dir.display()))?;
    lock::remove_stale_temp_files(&config.index_dir);
    let (index, fields) = open_or_create(&config.index_dir)
        .with_context(|| format!("opening index {}", config.index_dir.display()))?;
    let known = manifest(&index, &fields).context("reading the index's manifest")?;

    let mut summary = Summary::default();
    let mut files = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for root in &config.roots {
        let (pages, problems) = walk::walk(root);
        for p in problems {
            summary.skip(&p.path, &p.reason);
        }
        for page in pages {
            if seen.contains_key(&page.relative) {
                summary.skip(
                    &page.relative,
                    "same path already found under an earlier root",
                );
                continue;
            }
            seen.insert(page.relative.clone(), files.len());
            files.push(page);
        }
    }
    // Unchanged by size and time: not even read.
    let mut todo = Vec::new();
    for f in files {
        match known.get(&f.relative) {
            Some(stamp)
                if stamp.size == f.size && stamp.mtime_ns == f.mtime_ns && f.mtime_ns != 0 =>
            {
                summary.unchanged += 1;
            }
            _ => todo.push(f),
        }
    }

    let threads = config
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let budget = config.memory_mb.max(16) * 1024 * 1024;
    let writer_threads = threads.min((budget / (24 * 1024 * 1024)).max(1)).min(4);
    let mut writer: IndexWriter = index
        .writer_with_num_threads(writer_threads, budget)
        .context("opening the index writer")?;
    let removed: Vec<&String> = known.keys().filter(|s| !seen.contains_key(*s)).collect();
    // A run that rewrites a large share of the index merges everything
    // into one segment once it has committed, so nothing is merged in the
    // background meanwhile. Smaller updates keep Tantivy's log-structured
    // merging, which keeps the number of segments bounded over many runs.
    let rewrite = is_rewrite(todo.len() + removed.len(), seen.len());
    if rewrite {
        writer.set_merge_policy(Box::new(NoMergePolicy));
    }
    // Files a killed run wrote but never committed (a delete file, half a
    // merged segment) go now: a re-run that replays the same operations
    // would otherwise try to write a delete file of the same name ("File
    // already exists"; found by `tests/crash.rs`,
    // `crash_kill_at_varied_moments`, killing a re-run at 85%).
    writer
        .garbage_collect_files()
        .wait()
        .with_context(|| format!("cleaning index {}", config.index_dir.display()))?;

    for source in &removed {
        writer.delete_term(Term::from_field_text(fields.source, source));
    }
    summary.removed = removed.len();

    let bar = summary::progress_bar(todo.len() as u64, config.progress);
    let next = AtomicUsize::new(0);
    let outcome = Mutex::new(Outcome::default());
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let mut handles = Vec::new();
        for _ in 0..threads {
            let handle = std::thread::Builder::new()
                .name("jp-extract".into())
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, || {
                    let mut local = Outcome::default();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = todo.get(i) else { break };
                        process(
                            file,
                            &known,
                            &fields,
                            &writer,
                            config.max_page_bytes,
                            &mut local,
                        );
                        bar.inc(1);
                    }
                    outcome
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .merge(local);
                })
                .context("starting an extraction thread")?;
            handles.push(handle);
        }
        for h in handles {
            if h.join().is_err() {
                anyhow::bail!("an extraction thread failed");
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    let outcome = outcome.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(err) = outcome.write_error {
        // Tantivy's message here only says a worker thread died; the cause
        // (disk full, ...) comes back from joining the workers, which
        // prepare_commit does. Nothing is committed: an Ok is aborted.
        let cause = match writer.prepare_commit() {
            Err(e) => e.to_string(),
            Ok(prepared) => {
                let _ = prepared.abort();
                err
            }
        };
        return Err(
            anyhow::anyhow!(cause).context(format!("writing index {}", config.index_dir.display()))
        );
    }
    summary.added = outcome.added;
    summary.changed = outcome.changed;
    summary.unchanged += outcome.unchanged;
    for (s, r) in outcome.skipped {
        summary.skip(&s, &r);
    }

    writer
        .commit()
        .with_context(|| format!("committing index {}", config.index_dir.display()))?;
    let merge: Vec<SegmentId> = if rewrite {
        index
            .searchable_segment_metas()
            .context("reading the index's segments")?
            .iter()
            .map(|m| m.id())
            .collect()
    } else {
        Vec::new()
    };
    if merge.len() > 1
        && let Err(e) = writer.merge(&merge).wait()
    {
        // The commit above is durable and the index complete: a merge
        // that fails (a full disk, say) leaves the segments as they were,
        // so it is worth a warning, not a failed run.
        eprintln!(
            "jp-index: warning: the index is written, but merging its segments failed ({e}); \
             queries work, a little slower"
        );
    }
    writer
        .wait_merging_threads()
        .with_context(|| format!("merging index {}", config.index_dir.display()))?;

    summary.elapsed = started.elapsed();
    summary.finish(&index, &config.index_dir)?;
    Ok(summary)
}

/// Whether a run that writes or removes `changes` pages of an index that
/// will hold `pages` rewrites a large share of it (a first build, a big
/// re-crawl): a quarter or more.
///
/// Such a run ends by merging the index into one segment. A query pays a
/// fixed cost per segment (opening its files, looking its terms up,
/// counting its facets): on 100,000 pages one segment answers a fresh
/// process in about 4.9 ms where six took 6.2 ms.
pub fn is_rewrite(changes: usize, pages: usize) -> bool {
    changes > 0 && changes.saturating_mul(4) >= pages
}

/// What the workers did, merged at the end.
#[derive(Default)]
struct Outcome {
    added: usize,
    changed: usize,
    unchanged: usize,
    skipped: Vec<(String, String)>,
    write_error: Option<String>,
}

impl Outcome {
    fn merge(&mut self, other: Outcome) {
        self.added += other.added;
        self.changed += other.changed;
        self.unchanged += other.unchanged;
        self.skipped.extend(other.skipped);
        if self.write_error.is_none() {
            self.write_error = other.write_error;
        }
    }
}

fn process(
    file: &walk::PageFile,
    known: &HashMap<String, FileStamp>,
    fields: &Fields,
    writer: &IndexWriter,
    max_bytes: u64,
    out: &mut Outcome,
) {
    let bytes = match read_page(&file.path, max_bytes) {
        Ok(b) => b,
        Err(reason) => {
            out.skipped.push((file.relative.clone(), reason));
            return;
        }
    };
    let stamp = FileStamp {
        hash: xxhash_rust::xxh3::xxh3_64(&bytes),
        size: bytes.len() as u64,
        mtime_ns: file.mtime_ns,
    };
    let previous = known.get(&file.relative);
    if previous.is_some_and(|p| p.hash == stamp.hash) {
        out.unchanged += 1;
        return;
    }
    let extracted = std::panic::catch_unwind(move || extract::extract(bytes, &file.relative));
    let page = match extracted {
        Ok(Ok(page)) => page,
        Ok(Err(skip)) => {
            if previous.is_some() {
                // The old version is gone too: better no document than a stale one.
                writer.delete_term(Term::from_field_text(fields.source, &file.relative));
            }
            out.skipped.push((file.relative.clone(), skip.reason));
            return;
        }
        Err(_) => {
            out.skipped.push((
                file.relative.clone(),
                "internal error while extracting (a bug: please report it)".into(),
            ));
            return;
        }
    };
    if previous.is_some() {
        writer.delete_term(Term::from_field_text(fields.source, &file.relative));
    }
    match writer.add_document(document::to_document(fields, &page, stamp)) {
        Ok(_) => {
            if previous.is_some() {
                out.changed += 1;
            } else {
                out.added += 1;
            }
        }
        Err(e) => {
            if out.write_error.is_none() {
                out.write_error = Some(e.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_build_or_big_recrawl_is_a_rewrite() {
        assert!(is_rewrite(100_000, 100_000));
        assert!(is_rewrite(25_000, 100_000));
        assert!(!is_rewrite(24_999, 100_000));
        assert!(!is_rewrite(10, 20_000));
        assert!(!is_rewrite(0, 0));
        assert!(is_rewrite(1, 1));
    }
}
