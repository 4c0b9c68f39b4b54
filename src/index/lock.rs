//! One writer at a time.
//!
//! An OS advisory lock (`File::try_lock`) on `<index>/jp-index.lock`, holding the writer's
//! process id. The OS releases it when the process dies, however it dies,
//! so a lock left by a killed run never blocks the next one; a second
//! writer while the first lives gets a clear "in use by process N" error.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::Error;

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
}
