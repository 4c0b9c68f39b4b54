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

mod archive;
pub mod document;
pub mod lock;
mod summary;
pub mod walk;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender};
use std::time::Instant;

use tantivy::directory::MmapDirectory;
use tantivy::index::SegmentId;
use tantivy::merge_policy::NoMergePolicy;
use tantivy::{Index, IndexWriter, Term};

use crate::error::{Error, ResultExt};
use crate::extract;
use crate::schema::{self, Fields};
use crate::sources::{self, Ignored, InputKind};

use self::archive::{Content, Entry, Job};

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
/// Smallest writer budget, whatever `--memory` says (Tantivy needs about
/// 15 MB per indexing thread).
const MIN_MEMORY_MB: usize = 16;
/// Writer budget each of Tantivy's indexing threads needs at least.
const MEMORY_PER_WRITER_THREAD: usize = 24 * 1024 * 1024;
/// Most indexing threads the writer is given, beside the extraction
/// workers that feed it.
const MAX_WRITER_THREADS: usize = 4;
/// Extraction threads when the number of cores cannot be read.
const FALLBACK_THREADS: usize = 2;

/// What `jp-index` was asked to do.
#[derive(Clone, Debug)]
pub struct IndexConfig {
    /// The index folder (created if missing).
    pub index_dir: PathBuf,
    /// Folders (or single files) of saved pages; documents are keyed by
    /// their path relative to the root they were found under.
    pub roots: Vec<PathBuf>,
    /// Pages larger than this many bytes are skipped.
    pub max_page_bytes: u64,
    /// The writer's memory budget in megabytes.
    pub memory_mb: usize,
    /// Extraction threads; `None` means one per core.
    pub threads: Option<usize>,
}

/// Told how a run is getting on, so a binary can draw a progress bar. The
/// library itself never writes to the terminal; `()` reports nothing.
pub trait Progress: Sync {
    /// `pages` pages are about to be read and extracted.
    fn start(&self, pages: u64) {
        let _ = pages;
    }
    /// One more page is done (indexed, unchanged or skipped).
    fn advance(&self) {}
    /// One more page was found in an archive (archives are counted as they
    /// are read).
    fn grow(&self) {}
    /// Extraction is over; committing follows.
    fn finish(&self) {}
}

impl Progress for () {}

/// Stored pages are compressed in blocks of about this many bytes, and a
/// hit decompresses its whole block. Tantivy's default (16 KB) holds two
/// or three of our pages, so each hit decompressed pages it did not show;
/// at 4 KB a block is mostly the one page: the store is about a tenth
/// bigger and a hit a little quicker (docs/performance.md has the figures).
pub(crate) const DOCSTORE_BLOCK_BYTES: usize = 4096;

/// Opens the index in `dir`, creating the folder and an empty index if
/// there is none.
pub(crate) fn open_or_create(dir: &Path) -> Result<(Index, Fields), Error> {
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

/// Reads a page file, refusing a folder or one over the size limit; a
/// gzipped page (`.html.gz`) is decompressed, within the same limit.
pub fn read_page(path: &Path, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let bytes = read_file(path, max_bytes)?;
    if InputKind::of(path) == Some(InputKind::HtmlGz) {
        return sources::gunzip_page(&bytes, max_bytes).map_err(Error::BadInput);
    }
    Ok(bytes)
}

/// Reads a file, refusing a folder or one over the size limit.
fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let md = std::fs::metadata(path)?;
    if md.is_dir() {
        return Err(Error::NotAPage);
    }
    if md.len() > max_bytes {
        return Err(Error::PageTooLarge {
            size: md.len(),
            limit: max_bytes,
        });
    }
    Ok(std::fs::read(path)?)
}

/// Extracts every page `path` holds: the page of a page file, or each page
/// and post of an archive, handing each to `each` with its source (`source`
/// for a page file, `source#key` for an archive's entries), or the source
/// (with the record's place for an archive) and why it was not read.
pub fn extract_path(
    path: &Path,
    source: &str,
    max_bytes: u64,
    each: &mut dyn FnMut(Result<extract::Page, (String, String)>),
) {
    let kind = InputKind::of(path).unwrap_or(InputKind::Html);
    if !kind.is_archive() {
        let page = read_page(path, max_bytes)
            .map_err(|e| e.to_string())
            .and_then(|bytes| extract::extract(bytes, source).map_err(|s| s.to_string()));
        return each(page.map_err(|why| (source.to_string(), why)));
    }
    let mut inline = archive::Inline {
        archive: source,
        each,
    };
    if let Err(e) = sources::read_archive(path, kind, max_bytes, &mut inline) {
        (inline.each)(Err((source.to_string(), e.to_string())));
    }
}

/// The stamp of every live document, keyed by source.
pub fn manifest(index: &Index) -> tantivy::Result<HashMap<String, FileStamp>> {
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

/// Indexes the configured roots into the configured index: the run's
/// summary, with every skipped file and any warning, for the caller to
/// print.
pub fn run(config: &IndexConfig, progress: &dyn Progress) -> Result<Summary, Error> {
    let started = Instant::now();
    let target = Target::open(config)?;
    let mut summary = Summary::default();
    let (files, seen) = gather(&config.roots, &mut summary);
    let units = by_unit(&target.known);
    let todo = changed(files, &target.known, &units, &mut summary);
    let removed: Vec<&String> = target
        .known
        .keys()
        .filter(|s| !seen.contains_key(sources::unit_of(s)))
        .collect();
    // A run that rewrites a large share of the index merges everything
    // into one segment once it has committed, so nothing is merged in the
    // background meanwhile. Smaller updates keep Tantivy's log-structured
    // merging, which keeps the number of segments bounded over many runs.
    let rewrite = is_rewrite(todo.len() + removed.len(), seen.len());
    let threads = extraction_threads(config);
    let writer = target.writer(config, threads, rewrite)?;
    for source in &removed {
        writer.delete_term(Term::from_field_text(target.fields.source, source));
    }
    summary.removed = removed.len();
    let work = Work {
        config,
        target: &target,
        writer: &writer,
        units: &units,
        progress,
    };
    let outcome = work.extract_all(&todo, threads)?;
    if let Some(err) = outcome.write_error {
        return Err(write_failure(writer, err))
            .context(|| format!("writing index {}", config.index_dir.display()));
    }
    summary.added = outcome.added;
    summary.changed = outcome.changed;
    summary.unchanged += outcome.unchanged;
    summary.removed += outcome.removed;
    for (s, r) in outcome.skipped {
        summary.skip(&s, &r);
    }
    summary.ignored = outcome.ignored.into_iter().collect();
    commit(&target, writer, rewrite, &mut summary)?;
    summary.elapsed = started.elapsed();
    summary.finish(&target.index, &config.index_dir)?;
    Ok(summary)
}

/// The index a run writes, locked, with what it already holds.
struct Target {
    index: Index,
    fields: Fields,
    /// The stamp of every page in the index, by source.
    known: HashMap<String, FileStamp>,
    dir: PathBuf,
    /// Held until the run ends.
    _lock: lock::WriterLock,
}

impl Target {
    /// Checks the roots, then creates, locks and opens the index and reads
    /// its manifest. Files a killed writer left behind are removed first.
    fn open(config: &IndexConfig) -> Result<Target, Error> {
        let dir = &config.index_dir;
        for root in &config.roots {
            std::fs::metadata(root).context(|| format!("reading {}", root.display()))?;
        }
        std::fs::create_dir_all(dir).context(|| format!("creating {}", dir.display()))?;
        let lock = lock::WriterLock::acquire(dir)
            .context(|| format!("locking index {}", dir.display()))?;
        lock::remove_stale_temp_files(dir);
        let (index, fields) =
            open_or_create(dir).context(|| format!("opening index {}", dir.display()))?;
        let known = manifest(&index).context(|| "reading the index's manifest")?;
        Ok(Target {
            index,
            fields,
            known,
            dir: dir.clone(),
            _lock: lock,
        })
    }

    /// The writer: its threads and budget from the config, no background
    /// merging for a `rewrite`, and files a killed run wrote but never
    /// committed collected.
    fn writer(
        &self,
        config: &IndexConfig,
        threads: usize,
        rewrite: bool,
    ) -> Result<IndexWriter, Error> {
        let budget = config.memory_mb.max(MIN_MEMORY_MB) * 1024 * 1024;
        let writer_threads = threads
            .min((budget / MEMORY_PER_WRITER_THREAD).max(1))
            .min(MAX_WRITER_THREADS);
        let writer: IndexWriter = self
            .index
            .writer_with_num_threads(writer_threads, budget)
            .context(|| "opening the index writer")?;
        if rewrite {
            writer.set_merge_policy(Box::new(NoMergePolicy));
        }
        // Files a killed run wrote but never committed (a delete file, half
        // a merged segment) go now: a re-run that replays the same
        // operations would otherwise try to write a delete file of the same
        // name ("File already exists"; found by `tests/crash.rs`,
        // `crash_kill_at_varied_moments`, killing a re-run at 85%).
        writer
            .garbage_collect_files()
            .wait()
            .context(|| format!("cleaning index {}", self.dir.display()))?;
        Ok(writer)
    }
}

/// Extraction threads: as configured, else one per core.
fn extraction_threads(config: &IndexConfig) -> usize {
    config
        .threads
        .unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(FALLBACK_THREADS, |n| n.get())
        })
        .max(1)
}

/// Every page under the roots, each source once (an earlier root wins;
/// the later one is skipped), with what the walk could not read recorded
/// as skipped. Also returns each source's position among the pages.
fn gather(
    roots: &[PathBuf],
    summary: &mut Summary,
) -> (Vec<walk::PageFile>, HashMap<String, usize>) {
    let mut files = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for root in roots {
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
    (files, seen)
}

/// The sources the index holds, by the file they came from (an archive
/// holds many).
fn by_unit(known: &HashMap<String, FileStamp>) -> HashMap<&str, Vec<&str>> {
    let mut units: HashMap<&str, Vec<&str>> = HashMap::new();
    for source in known.keys() {
        units
            .entry(sources::unit_of(source))
            .or_default()
            .push(source.as_str());
    }
    units
}

/// The files to read: all but those whose size and modification time are
/// what the index recorded (those are counted unchanged without being
/// read; an archive counts as many pages as it gave the index).
fn changed(
    files: Vec<walk::PageFile>,
    known: &HashMap<String, FileStamp>,
    units: &HashMap<&str, Vec<&str>>,
    summary: &mut Summary,
) -> Vec<walk::PageFile> {
    let same = |f: &walk::PageFile, source: &str| {
        known.get(source).is_some_and(|stamp| {
            stamp.size == f.size && stamp.mtime_ns == f.mtime_ns && f.mtime_ns != 0
        })
    };
    let mut todo = Vec::new();
    for f in files {
        let unchanged = if f.kind.is_archive() {
            units
                .get(f.relative.as_str())
                .filter(|docs| docs.iter().all(|s| same(&f, s)))
                .map_or(0, Vec::len)
        } else {
            usize::from(same(&f, &f.relative))
        };
        if unchanged > 0 {
            summary.unchanged += unchanged;
        } else {
            todo.push(f);
        }
    }
    todo
}

/// What the extraction threads and the archive reader share.
struct Work<'a> {
    config: &'a IndexConfig,
    target: &'a Target,
    writer: &'a IndexWriter,
    units: &'a HashMap<&'a str, Vec<&'a str>>,
    progress: &'a dyn Progress,
}

impl Work<'_> {
    /// Reads, extracts and writes `todo` on `threads` worker threads. This
    /// thread hands out page files and reads archives, sending their
    /// records down a short queue, so an archive streams through whatever
    /// its size.
    fn extract_all(&self, todo: &[walk::PageFile], threads: usize) -> Result<Outcome, Error> {
        let files = todo.iter().filter(|f| !f.kind.is_archive()).count();
        self.progress.start(files as u64);
        let (tx, rx) = std::sync::mpsc::sync_channel::<Job>(threads * 4);
        let rx = Mutex::new(rx);
        let outcome = Mutex::new(Outcome::default());
        std::thread::scope(|scope| -> Result<(), Error> {
            let mut handles = Vec::new();
            for _ in 0..threads {
                let handle = std::thread::Builder::new()
                    .name("jp-extract".into())
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, || self.worker(&rx, &outcome))
                    .context(|| "starting an extraction thread")?;
                handles.push(handle);
            }
            let mut fed = Outcome::default();
            for file in todo {
                let open = if file.kind.is_archive() {
                    self.feed_archive(file, &tx, &mut fed)
                } else {
                    tx.send(Job::File(file)).is_ok()
                };
                if !open {
                    break;
                }
            }
            drop(tx);
            let mut failed = false;
            for h in handles {
                failed |= h.join().is_err();
            }
            lock(&outcome).merge(fed);
            if failed {
                return Err(Error::WorkerFailed);
            }
            Ok(())
        })?;
        self.progress.finish();
        Ok(outcome.into_inner().unwrap_or_else(|e| e.into_inner()))
    }

    /// One extraction thread: takes jobs until the queue closes.
    fn worker(&self, jobs: &Mutex<Receiver<Job>>, outcome: &Mutex<Outcome>) {
        let mut local = Outcome::default();
        loop {
            let job = lock(jobs).recv();
            match job {
                Ok(Job::File(file)) => process(
                    file,
                    self.target,
                    self.writer,
                    self.config.max_page_bytes,
                    &mut local,
                ),
                Ok(Job::Entry(entry)) => {
                    process_entry(*entry, self.target, self.writer, &mut local)
                }
                Err(_) => break,
            }
            self.progress.advance();
        }
        lock(outcome).merge(local);
    }

    /// Reads an archive unless its content is what the index holds: its
    /// documents are deleted, its records sent to the workers, and those
    /// no longer in it counted removed. `false` when the workers are gone.
    fn feed_archive(
        &self,
        file: &walk::PageFile,
        jobs: &SyncSender<Job>,
        out: &mut Outcome,
    ) -> bool {
        let known: HashSet<&str> = self
            .units
            .get(file.relative.as_str())
            .map(|v| v.iter().copied().collect())
            .unwrap_or_default();
        let hash = archive::hash_file(&file.path);
        if let Ok(hash) = hash
            && !known.is_empty()
            && known
                .iter()
                .all(|s| self.target.known.get(*s).is_some_and(|k| k.hash == hash))
        {
            out.unchanged += known.len();
            return true;
        }
        for source in &known {
            self.writer
                .delete_term(Term::from_field_text(self.target.fields.source, source));
        }
        let stamp = FileStamp {
            hash: hash.as_ref().map_or(0, |h| *h),
            size: file.size,
            mtime_ns: file.mtime_ns,
        };
        let grow = || self.progress.grow();
        let mut feed = archive::Feed {
            file,
            stamp,
            known: &known,
            jobs,
            produced: HashSet::new(),
            bad: Vec::new(),
            ignored: BTreeMap::new(),
            sent: 0,
            closed: false,
            grow: &grow,
        };
        let result = match hash {
            Ok(_) => archive::feed(&mut feed, self.config.max_page_bytes),
            Err(e) => Err(e.to_string()),
        };
        if let Err(why) = result {
            out.skip(file, why);
        }
        out.skipped.append(&mut feed.bad);
        for (why, n) in std::mem::take(&mut feed.ignored) {
            *out.ignored.entry(why).or_default() += n;
        }
        out.removed += known
            .iter()
            .filter(|s| !feed.produced.contains(**s))
            .count();
        !feed.closed
    }
}

/// A mutex's content, even if a thread panicked holding it (the counts
/// stay usable).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The cause of a failed write. Tantivy's error from `add_document` only
/// says a worker thread died; the cause (disk full, ...) comes back from
/// joining the workers, which `prepare_commit` does. Nothing is committed:
/// a prepared commit is aborted.
fn write_failure(mut writer: IndexWriter, first: tantivy::TantivyError) -> Error {
    match writer.prepare_commit() {
        Err(e) => e.into(),
        Ok(prepared) => {
            let _ = prepared.abort();
            first.into()
        }
    }
}

/// Commits, then merges a rewritten index into one segment. A merge that
/// fails leaves a complete index and is only a warning.
fn commit(
    target: &Target,
    mut writer: IndexWriter,
    rewrite: bool,
    summary: &mut Summary,
) -> Result<(), Error> {
    let dir = target.dir.display();
    writer
        .commit()
        .context(|| format!("committing index {dir}"))?;
    let merge: Vec<SegmentId> = if rewrite {
        target
            .index
            .searchable_segment_metas()
            .context(|| "reading the index's segments")?
            .iter()
            .map(|m| m.id())
            .collect()
    } else {
        Vec::new()
    };
    if merge.len() > 1
        && let Err(e) = writer.merge(&merge).wait()
    {
        // The commit above is durable and the index complete: a merge that
        // fails (a full disk, say) leaves the segments as they were.
        summary.warnings.push(format!(
            "the index is written, but merging its segments failed ({e}); \
             queries work, a little slower"
        ));
    }
    writer
        .wait_merging_threads()
        .context(|| format!("merging index {dir}"))
}

/// Whether a run that writes or removes `changes` pages of an index that
/// will hold `pages` rewrites a large share of it (a first build, a big
/// re-crawl): a quarter or more.
///
/// Such a run ends by merging the index into one segment. A query pays a
/// fixed cost per segment (opening its files, looking its terms up,
/// counting its facets), so one segment answers sooner than several.
pub(crate) fn is_rewrite(changes: usize, pages: usize) -> bool {
    changes > 0 && changes.saturating_mul(4) >= pages
}

/// What the workers did, merged at the end.
#[derive(Default)]
struct Outcome {
    added: usize,
    changed: usize,
    unchanged: usize,
    skipped: Vec<(String, String)>,
    /// Archive records that were not pages, by reason.
    ignored: BTreeMap<Ignored, usize>,
    /// Documents of changed archives whose records are gone.
    removed: usize,
    /// The first failure to add a document (nothing is committed then).
    write_error: Option<tantivy::TantivyError>,
}

impl Outcome {
    fn merge(&mut self, other: Outcome) {
        self.added += other.added;
        self.changed += other.changed;
        self.unchanged += other.unchanged;
        self.skipped.extend(other.skipped);
        self.removed += other.removed;
        for (why, n) in other.ignored {
            *self.ignored.entry(why).or_default() += n;
        }
        if self.write_error.is_none() {
            self.write_error = other.write_error;
        }
    }

    fn skip(&mut self, file: &walk::PageFile, reason: String) {
        self.skipped.push((file.relative.clone(), reason));
    }
}

/// Reads one file and, unless its content is what the index holds,
/// extracts it and writes its document (in place of the old one).
fn process(
    file: &walk::PageFile,
    target: &Target,
    writer: &IndexWriter,
    max_bytes: u64,
    out: &mut Outcome,
) {
    let bytes = match read_page(&file.path, max_bytes) {
        Ok(b) => b,
        Err(e) => return out.skip(file, e.to_string()),
    };
    let stamp = FileStamp {
        hash: xxhash_rust::xxh3::xxh3_64(&bytes),
        size: bytes.len() as u64,
        mtime_ns: file.mtime_ns,
    };
    let previous = target.known.get(&file.relative);
    if previous.is_some_and(|p| p.hash == stamp.hash) {
        out.unchanged += 1;
        return;
    }
    let stale = || Term::from_field_text(target.fields.source, &file.relative);
    let extracted = std::panic::catch_unwind(move || extract::extract(bytes, &file.relative));
    let page = match extracted {
        Ok(Ok(page)) => page,
        Ok(Err(skip)) => {
            if previous.is_some() {
                // The old version is gone too: better no document than a stale one.
                writer.delete_term(stale());
            }
            return out.skip(file, skip.to_string());
        }
        Err(_) => {
            let bug = "internal error while extracting (a bug: please report it)";
            return out.skip(file, bug.to_string());
        }
    };
    if previous.is_some() {
        writer.delete_term(stale());
    }
    match writer.add_document(document::to_document(&target.fields, &page, stamp)) {
        Ok(_) if previous.is_some() => out.changed += 1,
        Ok(_) => out.added += 1,
        Err(e) => {
            if out.write_error.is_none() {
                out.write_error = Some(e);
            }
        }
    }
}
/// Extracts one page or post of an archive and writes its document (the
/// archive's old documents are already deleted).
fn process_entry(entry: Entry, target: &Target, writer: &IndexWriter, out: &mut Outcome) {
    let Entry {
        source,
        known,
        stamp,
        content,
    } = entry;
    let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match content {
        Content::Html(html, origin) => extract::extract_from(html, &source, &origin),
        Content::Post(post) => archive::extract_post(&source, &post),
    }));
    let page = match extracted {
        Ok(Ok(page)) => page,
        Ok(Err(skip)) => return out.skipped.push((source, skip.to_string())),
        Err(_) => {
            let bug = "internal error while extracting (a bug: please report it)";
            return out.skipped.push((source, bug.to_string()));
        }
    };
    match writer.add_document(document::to_document(&target.fields, &page, stamp)) {
        Ok(_) if known => out.changed += 1,
        Ok(_) => out.added += 1,
        Err(e) => {
            if out.write_error.is_none() {
                out.write_error = Some(e);
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
