//! One writer at a time.
//!
//! An OS advisory lock (`File::try_lock`) on `<index>/jp-index.lock`, holding the writer's
//! process id. The OS releases it when the process dies, however it dies,
//! so a lock left by a killed run never blocks the next one; a second
//! writer while the first lives gets a clear "in use by process N" error.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::error::Error;

/// Name of the lock file inside the index folder.
pub const LOCK_FILE: &str = "jp-index.lock";

/// Held for the life of a writer; dropping it releases the lock.
#[derive(Debug)]
pub struct WriterLock {
    file: File,
}

impl WriterLock {
    /// Takes the lock or reports who holds it.
    pub fn acquire(index_dir: &Path) -> Result<WriterLock, Error> {
        let path = index_dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut pid = String::new();
                let _ = file.read_to_string(&mut pid);
                let pid = pid.trim();
                return Err(Error::IndexBusy {
                    pid: if pid.is_empty() {
                        "unknown".into()
                    } else {
                        pid.to_string()
                    },
                    lock: path,
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::Io(e)),
        }
        file.set_len(0)?;
        file.seek(SeekFrom::Start(0))?;
        write!(file, "{}", std::process::id())?;
        file.flush()?;
        Ok(WriterLock { file })
    }
}

/// Removes what a killed writer leaves that nothing else ever would:
/// Tantivy writes `meta.json` and `.managed.json` through a temporary file
/// (`.tmpXXXXXX`, renamed into place), and a writer killed between the two
/// steps leaves it behind for good; every such crash would grow the
/// folder. Segment files of a killed run are listed in `.managed.json` and
/// Tantivy's own garbage collection removes them. Only call this while
/// holding the [`WriterLock`]: no other writer's temp file is then in
/// flight. Returns how many files were removed.
pub(crate) fn remove_stale_temp_files(index_dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(index_dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".tmp")
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_reports_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let first = WriterLock::acquire(dir.path()).unwrap();
        let err = WriterLock::acquire(dir.path()).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains(&format!("in use by process {}", std::process::id())),
            "{msg}"
        );
        drop(first);
        WriterLock::acquire(dir.path()).unwrap();
    }

    /// Regression (crash test): a jp-index killed while Tantivy wrote
    /// meta.json left its `.tmpXXXXXX` file in the index folder for good.
    #[test]
    fn regression_stale_temp_files_of_a_killed_writer_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".tmpAb3dEf"), b"half a meta.json").unwrap();
        std::fs::write(dir.path().join("meta.json"), b"{}").unwrap();
        std::fs::write(dir.path().join("0123.store"), b"segment").unwrap();
        assert_eq!(remove_stale_temp_files(dir.path()), 1);
        assert!(!dir.path().join(".tmpAb3dEf").exists());
        assert!(dir.path().join("meta.json").exists());
        assert!(dir.path().join("0123.store").exists());
    }
}
