//! Archives in the indexer: one stamp per archive, its records fed to the
//! extraction workers as they are read.
//!
//! Every document of an archive carries the archive's own stamp (size,
//! modification time, xxh3 of the whole file). A re-run skips an archive
//! whose size and time match without opening it, and one whose content
//! hash matches after reading it once; any other change replaces the
//! archive's documents: all are deleted, every record is read again, and
//! the records no longer there are counted removed.

use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::Path;
use std::sync::mpsc::SyncSender;

use super::document::FileStamp;
use super::walk::PageFile;
use crate::extract::{Origin, Page, Skip};
use crate::sources::{self, ArchivedPage, Ignored, KEY_SEPARATOR, Post, Visitor};

/// One piece of work for an extraction thread.
pub(crate) enum Job<'a> {
    /// A page file, read by the worker.
    File(&'a PageFile),
    /// A page or post read from an archive.
    Entry(Box<Entry>),
}

/// A page or post of an archive, with the stamp its document gets.
pub(crate) struct Entry {
    /// `archive#key`.
    pub source: String,
    /// Whether the index held this source before the run.
    pub known: bool,
    /// The archive's stamp.
    pub stamp: FileStamp,
    /// What to extract.
    pub content: Content,
}

/// What an archive entry holds.
pub(crate) enum Content {
    /// An HTML page and what its record says about it.
    Html(Vec<u8>, Origin),
    /// A WordPress post.
    Post(Post),
}

/// xxh3 of a whole file, read in blocks.
pub(crate) fn hash_file(path: &Path) -> std::io::Result<u64> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(hasher.digest());
        }
        hasher.update(&buf[..n]);
    }
}

/// The source of an archive entry.
pub(crate) fn source(archive: &str, key: &str) -> String {
    format!("{archive}{KEY_SEPARATOR}{key}")
}

/// Sends an archive's entries to the workers as they are read, and keeps
/// what is not a page.
pub(crate) struct Feed<'a, 'f> {
    pub file: &'a PageFile,
    pub stamp: FileStamp,
    /// Sources the index held for this archive.
    pub known: &'a HashSet<&'a str>,
    pub jobs: &'a SyncSender<Job<'f>>,
    /// Sources produced this run.
    pub produced: HashSet<String>,
    /// Bad records: where, and why.
    pub bad: Vec<(String, String)>,
    pub ignored: BTreeMap<Ignored, usize>,
    /// Entries handed to the workers.
    pub sent: u64,
    /// Every worker has gone: stop reading.
    pub closed: bool,
    /// Told of each entry sent (for the progress bar's length).
    pub grow: &'a dyn Fn(),
}

impl Feed<'_, '_> {
    fn send(&mut self, key: &str, content: Content) {
        if self.closed {
            return;
        }
        let source = source(&self.file.relative, key);
        let entry = Entry {
            known: self.known.contains(source.as_str()),
            source: source.clone(),
            stamp: self.stamp,
            content,
        };
        self.produced.insert(source);
        if self.jobs.send(Job::Entry(Box::new(entry))).is_err() {
            self.closed = true;
        } else {
            self.sent += 1;
            (self.grow)();
        }
    }
}

impl Visitor for Feed<'_, '_> {
    fn page(&mut self, page: ArchivedPage) {
        let origin = Origin {
            url: Some(page.url),
            captured: page.captured,
            charset: page.charset,
        };
        self.send(&page.key, Content::Html(page.html, origin));
    }

    fn post(&mut self, post: Post) {
        let key = post.key.clone();
        self.send(&key, Content::Post(post));
    }

    fn bad(&mut self, at: String, reason: String) {
        self.bad
            .push((format!("{} ({at})", self.file.relative), reason));
    }

    fn ignored(&mut self, why: Ignored) {
        *self.ignored.entry(why).or_default() += 1;
    }
}

/// Reads the archive into the feed; a whole-archive failure is returned
/// as its reason.
pub(crate) fn feed(feed: &mut Feed<'_, '_>, max_bytes: u64) -> Result<(), String> {
    sources::read_archive(&feed.file.path, feed.file.kind, max_bytes, feed)
        .map_err(|e| e.to_string())
}

/// Extracts an archive's entries as they are read, on this thread, for
/// `jp-index extract` and `eval`: each page, or where and why not.
pub(crate) struct Inline<'a> {
    /// The archive's `source` prefix.
    pub archive: &'a str,
    pub each: &'a mut dyn FnMut(Result<Page, (String, String)>),
}

impl Inline<'_> {
    fn done(&mut self, source: String, page: Result<Page, Skip>) {
        (self.each)(page.map_err(|skip| (source, skip.to_string())));
    }
}

impl Visitor for Inline<'_> {
    fn page(&mut self, page: ArchivedPage) {
        let source = source(self.archive, &page.key);
        let origin = Origin {
            url: Some(page.url),
            captured: page.captured,
            charset: page.charset,
        };
        let extracted = crate::extract::extract_from(page.html, &source, &origin);
        self.done(source, extracted);
    }

    fn post(&mut self, post: Post) {
        let source = source(self.archive, &post.key);
        let extracted = extract_post(&source, &post);
        self.done(source, extracted);
    }

    fn bad(&mut self, at: String, reason: String) {
        (self.each)(Err((format!("{} ({at})", self.archive), reason)));
    }

    fn ignored(&mut self, _why: Ignored) {}
}

/// Extracts a post of an export under `source`.
pub(crate) fn extract_post(source: &str, post: &Post) -> Result<Page, Skip> {
    crate::extract::extract_post(&crate::extract::Post {
        source,
        url: post.url.as_deref(),
        title: &post.title,
        content: &post.content,
        date: post.date.as_deref().and_then(|d| d.parse().ok()),
        tags: &post.tags,
        is_page: post.post_type == "page",
    })
}
