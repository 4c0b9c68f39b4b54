//! Where pages come from: saved pages (`.html`, `.htm`, gzipped or not),
//! web archives (`.warc`, `.warc.gz`, `.wacz`) and WordPress exports
//! (WXR `.xml`).
//!
//! This layer only reads containers; it knows nothing of extraction. An
//! archive is read as a stream, record by record, and handed to a
//! [`Visitor`]: each HTML page it holds (with its target URI, capture time
//! and HTTP charset), each published post of an export, each bad record
//! (with where it is and why) and a count of the records that are not
//! pages. A bad record costs that record only; an archive that cannot be
//! read at all is an [`ArchiveError`].

pub(crate) mod gzip;
pub(crate) mod http;
pub(crate) mod stream;
mod types;
pub(crate) mod wacz;
pub(crate) mod warc;
pub(crate) mod wxr;

use std::path::Path;

pub use self::types::{ArchiveError, ArchivedPage, Ignored, InputKind, Post, Visitor};

/// Separates an archive's path from a record's key in a page's `source`:
/// `crawl.warc.gz#2024-05-01T10:00:00Z https://example.org/a`.
pub const KEY_SEPARATOR: char = '#';

/// The file a `source` belongs to: the archive for an archive record, the
/// source itself for a saved page.
pub fn unit_of(source: &str) -> &str {
    let mut from = 0;
    while let Some(i) = source[from..].find(KEY_SEPARATOR) {
        let head = &source[..from + i];
        if InputKind::of(Path::new(head)).is_some_and(InputKind::is_archive) {
            return head;
        }
        from += i + 1;
    }
    source
}

/// Reads an archive of `kind` at `path`, handing every page, post, bad
/// record and ignored record to `visitor`. `max_bytes` bounds each page.
pub fn read_archive(
    path: &Path,
    kind: InputKind,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    match kind {
        InputKind::Warc => {
            let file = std::fs::File::open(path)?;
            warc::read(file, "", max_bytes, &mut warc::Keys::default(), visitor)
        }
        InputKind::Wacz => wacz::read(path, max_bytes, visitor),
        InputKind::Xml => wxr::read(path, max_bytes, visitor),
        InputKind::Html | InputKind::HtmlGz => Err(ArchiveError::NotThisKind(
            "a single page, not an archive".into(),
        )),
    }
}

/// Reads a WARC, gzipped or not, from any seekable input (an archive in
/// memory, a window on a file): what [`read_archive`] does for a `.warc`
/// file, for tests and fuzzing.
pub fn read_warc<F: std::io::Read + std::io::Seek>(
    input: F,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    warc::read(input, "", max_bytes, &mut warc::Keys::default(), visitor)
}

/// Reads a WordPress export from any buffered input.
pub fn read_wxr<R: std::io::BufRead>(
    input: R,
    max_bytes: u64,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    wxr::read_from(input, max_bytes, visitor)
}

/// Reads a gzipped page, refusing one that decompresses to more than
/// `max_bytes`.
pub fn gunzip_page(compressed: &[u8], max_bytes: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    if !gzip::is_gzip(compressed) {
        return Err("not gzip data".into());
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(compressed)
        .take(max_bytes.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("damaged gzip data ({e})"))?;
    if out.len() as u64 > max_bytes {
        return Err(format!(
            "page too large once decompressed (over {max_bytes} bytes)"
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        let k = |s: &str| InputKind::of(Path::new(s));
        assert_eq!(k("a/b.HTML"), Some(InputKind::Html));
        assert_eq!(k("b.htm.gz"), Some(InputKind::HtmlGz));
        assert_eq!(k("crawl.warc.gz"), Some(InputKind::Warc));
        assert_eq!(k("crawl.WARC"), Some(InputKind::Warc));
        assert_eq!(k("site.wacz"), Some(InputKind::Wacz));
        assert_eq!(k("export.xml"), Some(InputKind::Xml));
        assert_eq!(k("notes.txt"), None);
        assert_eq!(k("x.gz"), None);
        assert_eq!(k(".html"), None);
    }

    #[test]
    fn a_record_source_belongs_to_its_archive() {
        assert_eq!(
            unit_of("c/crawl.warc.gz#2024-01-01T00:00:00Z https://e.org/a#top"),
            "c/crawl.warc.gz"
        );
        assert_eq!(unit_of("export.xml#post-3"), "export.xml");
        assert_eq!(unit_of("blog/page#1.html"), "blog/page#1.html");
        assert_eq!(unit_of("plain.html"), "plain.html");
    }

    #[test]
    fn gzipped_pages_are_bounded() {
        let gz = gzip::tests::gz(b"<p>hello</p>");
        assert_eq!(gunzip_page(&gz, 100).unwrap(), b"<p>hello</p>");
        assert!(gunzip_page(&gz, 5).unwrap_err().contains("too large"));
        assert_eq!(gunzip_page(b"<p>", 5).unwrap_err(), "not gzip data");
        assert!(gunzip_page(&gz[..gz.len() - 4], 100).is_err());
    }
}
