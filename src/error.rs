//! The library's error type: everything that can go wrong that a caller
//! may want to tell apart (a busy index, a bad query, an unknown area, a
//! page too large to read) rather than just print.
//!
//! Every variant has a stable code ([`Error::code`]) that the JSON contract
//! and scripts can switch on. The library never prints: it returns an
//! `Error` (with [`Error::Context`] saying what it was doing), and a binary
//! turns it into `anyhow` at the top and prints it once, the chain of
//! causes joined by colons.

use std::path::PathBuf;

/// Errors the library reports to its callers.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Another jp-index holds the index's write lock.
    #[error("index is in use by process {pid} (lock file {lock})")]
    IndexBusy {
        /// The holder's process id, as it wrote it in the lock file.
        pid: String,
        /// The lock file.
        lock: PathBuf,
    },
    /// The index folder holds an index written by an incompatible version.
    #[error(
        "the index was written in another index format (by an older or newer jpsearch): re-index: delete the index folder and run jp-index on your pages again"
    )]
    SchemaMismatch,
    /// No index where one was expected.
    #[error("no index at {0} (run jp-index first)")]
    NoIndex(PathBuf),
    /// A query, filter or option the caller gave cannot be used.
    #[error("{message}")]
    BadRequest {
        /// The stable code (`unknown_area`, `limit_too_large`, ...).
        code: &'static str,
        /// What is wrong, for a person.
        message: String,
    },
    /// The query ran out of its time budget.
    #[error("query took longer than {0} ms and was stopped")]
    Timeout(u64),
    /// A path given as a page is a folder.
    #[error("a folder, not a page")]
    NotAPage,
    /// A page over the size limit (`--max-page-bytes`).
    #[error("too large: {size} bytes, over the limit of {limit} (--max-page-bytes)")]
    PageTooLarge {
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// A page or archive whose content cannot be read as what its name
    /// says (a damaged `.html.gz`, a `.wacz` that is not a zip...).
    #[error("{0}")]
    BadInput(String),
    /// A labelled set (`jp-index eval`) that cannot be used as it is.
    #[error("{0}")]
    BadLabels(String),
    /// An extraction thread died (a bug: please report it).
    #[error("an extraction thread failed")]
    WorkerFailed,
    /// What the library was doing when `source` went wrong ("committing
    /// index jpsearch-index").
    #[error("{context}")]
    Context {
        /// What was being done.
        context: String,
        /// What went wrong.
        #[source]
        source: Box<Error>,
    },
    /// Tantivy failed reading or writing the index.
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    /// A file or folder could not be read or written.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A JSON line could not be read.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// Shorthand for a caller mistake with a stable machine-readable code.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Error::BadRequest {
            code,
            message: message.into(),
        }
    }

    /// The stable code a JSON client or a script can switch on; an error
    /// with context has its cause's code.
    pub fn code(&self) -> &'static str {
        match self {
            Error::IndexBusy { .. } => "index_busy",
            Error::SchemaMismatch => "schema_mismatch",
            Error::NoIndex(_) => "no_index",
            Error::BadRequest { code, .. } => code,
            Error::Timeout(_) => "timeout",
            Error::NotAPage => "not_a_page",
            Error::PageTooLarge { .. } => "page_too_large",
            Error::BadInput(_) => "bad_input",
            Error::BadLabels(_) => "bad_labels",
            Error::WorkerFailed => "internal_error",
            Error::Context { source, .. } => source.code(),
            Error::Tantivy(_) => "index_error",
            Error::Io(_) => "io_error",
            Error::Json(_) => "bad_json",
        }
    }

    /// The innermost cause, past any context.
    pub fn root(&self) -> &Error {
        match self {
            Error::Context { source, .. } => source.root(),
            other => other,
        }
    }
}

/// Adds what the library was doing to an error, as `anyhow` does in the
/// binaries: `.context(|| format!("reading {}", path.display()))`.
pub(crate) trait ResultExt<T> {
    /// Wraps the error, if any, in [`Error::Context`].
    fn context<C: Into<String>>(self, what: impl FnOnce() -> C) -> Result<T, Error>;
}

impl<T, E: Into<Error>> ResultExt<T> for Result<T, E> {
    fn context<C: Into<String>>(self, what: impl FnOnce() -> C) -> Result<T, Error> {
        self.map_err(|e| Error::Context {
            context: what().into(),
            source: Box::new(e.into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_keeps_the_cause_and_its_code() {
        let busy: Result<(), Error> = Err(Error::IndexBusy {
            pid: "42".into(),
            lock: "idx/jp-index.lock".into(),
        });
        let err = busy.context(|| "locking index idx").unwrap_err();
        assert_eq!(err.code(), "index_busy");
        assert_eq!(err.to_string(), "locking index idx");
        let cause = std::error::Error::source(&err).map(|e| e.to_string());
        assert_eq!(
            cause.as_deref(),
            Some("index is in use by process 42 (lock file idx/jp-index.lock)")
        );
        assert!(matches!(err.root(), Error::IndexBusy { .. }));
    }

    #[test]
    fn every_error_has_a_code() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        assert_eq!(Error::from(io).code(), "io_error");
        assert_eq!(
            Error::PageTooLarge { size: 9, limit: 1 }.to_string(),
            "too large: 9 bytes, over the limit of 1 (--max-page-bytes)"
        );
        assert_eq!(Error::NotAPage.code(), "not_a_page");
        assert_eq!(Error::bad_request("x_y", "m").code(), "x_y");
    }
}
