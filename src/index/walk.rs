//! Finding the pages under a root.
//!
//! Symlinks are followed (saved sites often link shared folders), and
//! walkdir detects loops, which are reported rather than followed forever.
//! Entries that cannot be read are reported with their reason; the walk
//! goes on.

use std::path::{Path, PathBuf};

use crate::sources::InputKind;

/// A page file found under a root.
#[derive(Clone, Debug)]
pub struct PageFile {
    /// Where the file is.
    pub path: PathBuf,
    /// Path relative to the root, with `/` separators: the document key.
    pub relative: String,
    /// Size in bytes when the walk saw it.
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 if unknown).
    pub mtime_ns: i64,
    /// What the file is: a page, a gzipped page, or an archive of pages.
    pub kind: InputKind,
}

/// Something under a root that is not indexed, and why.
#[derive(Clone, Debug)]
pub(crate) struct WalkProblem {
    /// The path relative to the root.
    pub path: String,
    /// Why it is not indexed.
    pub reason: String,
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks a root (or takes a single file), returning the pages found and the
/// problems met, both sorted by path.
pub(crate) fn walk(root: &Path) -> (Vec<PageFile>, Vec<WalkProblem>) {
    let mut pages = Vec::new();
    let mut problems = Vec::new();
    let single_file = root.is_file();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let path = err
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| root.display().to_string());
                let reason = if err.loop_ancestor().is_some() {
                    "symlink loop".to_string()
                } else if let Some(io) = err.io_error() {
                    io.to_string()
                } else {
                    err.to_string()
                };
                problems.push(WalkProblem { path, reason });
                continue;
            }
        };
        let Some(kind) = InputKind::of(entry.path()) else {
            continue;
        };
        let rel = if single_file {
            entry
                .path()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        } else {
            relative(root, entry.path())
        };
        if entry.file_type().is_dir() {
            problems.push(WalkProblem {
                path: rel,
                reason: "a folder, not a page".into(),
            });
            continue;
        }
        match entry.metadata() {
            Ok(md) if md.is_file() => pages.push(PageFile {
                path: entry.path().to_path_buf(),
                relative: rel,
                size: md.len(),
                mtime_ns: md
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)),
                kind,
            }),
            Ok(_) => problems.push(WalkProblem {
                path: rel,
                reason: "not a regular file".into(),
            }),
            Err(err) => problems.push(WalkProblem {
                path: rel,
                reason: err.to_string(),
            }),
        }
    }
    (pages, problems)
}

/// The pages under a root, failing only if the root itself is missing.
pub fn files(root: &Path) -> std::io::Result<Vec<PageFile>> {
    std::fs::metadata(root)?;
    Ok(walk(root).0)
}
