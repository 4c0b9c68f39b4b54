//! The library's error type: what can go wrong that a caller may want to
//! tell apart (a busy index, a bad query, an unknown area) rather than just
//! print. Binaries wrap it in `anyhow` with context and print it once.

use std::path::PathBuf;

/// Errors the library reports to its callers.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Another jp-index holds the index's write lock.
    #[error("index is in use by process {pid} (lock file {lock})")]
    IndexBusy { pid: String, lock: PathBuf },
    /// The index folder holds an index written by an incompatible version.
    #[error("the index was written by an incompatible version of jpsearch; delete it and re-index")]
    SchemaMismatch,
    /// No index where one was expected.
    #[error("no index at {0} (run jp-index first)")]
    NoIndex(PathBuf),
    /// A query, filter or option the caller gave cannot be used.
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    /// The query ran out of its time budget.
    #[error("query took longer than {0} ms and was stopped")]
    Timeout(u64),
    #[error(transparent)]
    Tantivy(#[from] tantivy::TantivyError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl Error {
    /// Shorthand for a caller mistake with a stable machine-readable code.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Error::BadRequest {
            code,
            message: message.into(),
        }
    }

    /// The stable code a JSON client can switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::IndexBusy { .. } => "index_busy",
            Error::SchemaMismatch => "schema_mismatch",
            Error::NoIndex(_) => "no_index",
            Error::BadRequest { code, .. } => code,
            Error::Timeout(_) => "timeout",
            Error::Tantivy(_) => "index_error",
            Error::Io(_) => "io_error",
        }
    }
}
