//! WACZ: a zip (from ArchiveWeb.page or browsertrix) whose `archive/`
//! folder holds the crawl's WARCs.
//!
//! The WACZ format stores its WARCs uncompressed in the zip (they are
//! gzipped already), so each one is read in place: a window on the zip
//! file, seekable like a WARC on disk. A WARC that was deflated into the
//! zip is decompressed into a temporary file first, never into memory.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use super::types::{ArchiveError, InputKind, Visitor};
use super::warc::{self, Keys};

/// Reads every WARC under `archive/` in the WACZ at `path`.
pub(crate) fn read(
    path: &Path,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    let file = File::open(path)?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|e| ArchiveError::NotThisKind(format!("not a zip file ({e})")))?;
    let mut warcs = Vec::new();
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index_raw(i) else {
            continue;
        };
        let Ok(name) = entry.name().map(|n| n.into_owned()) else {
            continue;
        };
        let is_warc = name.starts_with("archive/")
            && InputKind::of(Path::new(&name)) == Some(InputKind::Warc);
        if is_warc && entry.is_file() {
            warcs.push(i);
        }
    }
    if warcs.is_empty() {
        return Err(ArchiveError::NotThisKind(
            "a zip, but not a WACZ: no archive/*.warc.gz inside".into(),
        ));
    }
    let mut keys = Keys::default();
    for i in warcs {
        if let Err(e) = entry(path, &mut zip, i, max_bytes, &mut keys, visitor) {
            let name = zip
                .name_for_index(i)
                .and_then(Result::ok)
                .map_or_else(|| format!("entry {i}"), |n| n.into_owned());
            visitor.bad(name, format!("WARC inside the WACZ not read: {e}"));
        }
    }
    Ok(())
}

/// Reads one WARC entry of the zip.
fn entry(
    path: &Path,
    zip: &mut zip::ZipArchive<File>,
    index: usize,
    max_bytes: u64,
    keys: &mut Keys,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    let (name, stored, start, len) = {
        let e = zip.by_index_raw(index).map_err(io::Error::other)?;
        let stored = e.compression() == zip::CompressionMethod::Stored;
        let name = e.name().map_err(io::Error::other)?.into_owned();
        (name, stored, e.data_start(), e.compressed_size())
    };
    let Some(start) = start else {
        return Err(ArchiveError::NotThisKind(format!(
            "{name}: where its data starts is unknown"
        )));
    };
    if stored {
        let window = Window::new(File::open(path)?, start, len)?;
        return warc::read(window, &name, max_bytes, keys, visitor);
    }
    let spool = Spool::new()?;
    {
        let mut e = zip.by_index(index).map_err(io::Error::other)?;
        let mut out = File::create(&spool.0)?;
        io::copy(&mut e, &mut out)?;
    }
    warc::read(File::open(&spool.0)?, &name, max_bytes, keys, visitor)
}

/// `len` bytes of a file from `start`, read and sought as a file of its
/// own.
struct Window {
    file: File,
    start: u64,
    len: u64,
    pos: u64,
}

impl Window {
    fn new(mut file: File, start: u64, len: u64) -> io::Result<Window> {
        file.seek(SeekFrom::Start(start))?;
        Ok(Window {
            file,
            start,
            len,
            pos: 0,
        })
    }
}

impl Read for Window {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let left = usize::try_from(self.len - self.pos).unwrap_or(usize::MAX);
        let n = out.len().min(left);
        let n = self.file.read(&mut out[..n])?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for Window {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let target = match to {
            SeekFrom::Start(p) => Some(p),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(d) => self.len.checked_add_signed(d),
        }
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek before the start"))?;
        let target = target.min(self.len);
        self.file.seek(SeekFrom::Start(self.start + target))?;
        self.pos = target;
        Ok(target)
    }
}

/// A temporary file, removed when dropped.
struct Spool(PathBuf);

impl Spool {
    fn new() -> io::Result<Spool> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let name = format!("jpsearch-wacz-{}-{n}.warc", std::process::id());
        Ok(Spool(std::env::temp_dir().join(name)))
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
