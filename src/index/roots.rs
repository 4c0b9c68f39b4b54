//! Which folders a run indexes, and which pages it may therefore remove.
//!
//! A root's identity is its canonical path, so `corpus`, `./corpus` and
//! `/home/me/corpus` are one root, and a page's document key is that
//! identity plus its path under the root (`schema::doc_key`). A single
//! file given as a root belongs to its folder, so indexing `site/a.html`
//! and later `site/` updates one document, not two.
//!
//! Removal is scoped: a page whose file is gone is removed only when its
//! own folder is in this run; pages of other roots stay unless the run
//! prunes. A run that would remove more than half the index is stopped
//! before anything is written, because that is nearly always a mistake (a
//! folder unmounted, a wrong path, `$JPSEARCH_INDEX` pointing elsewhere).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, ResultExt};
use crate::index::document::FileStamp;
use crate::schema;
use crate::sources;

/// A root of this run.
#[derive(Clone, Debug)]
pub(crate) struct Root {
    /// As given: where to walk.
    pub path: PathBuf,
    /// Its identity: the canonical path of the folder (of the file's
    /// folder, for a single file).
    pub id: String,
    /// A folder (its pages may be removed when gone), not a single file.
    pub folder: bool,
}

/// Checks every root exists and gives each its identity, dropping a
/// folder given twice.
pub(crate) fn resolve(paths: &[PathBuf]) -> Result<Vec<Root>, Error> {
    let mut roots: Vec<Root> = Vec::new();
    for path in paths {
        let root = resolve_one(path).context(|| format!("reading {}", path.display()))?;
        let twice = roots
            .iter()
            .any(|r| r.folder && root.folder && r.id == root.id);
        if !twice {
            roots.push(root);
        }
    }
    Ok(roots)
}

fn resolve_one(path: &Path) -> Result<Root, Error> {
    let canonical = std::fs::canonicalize(path)?;
    let folder = canonical.is_dir();
    let id_path = if folder {
        canonical.as_path()
    } else {
        canonical.parent().unwrap_or(&canonical)
    };
    Ok(Root {
        path: path.to_path_buf(),
        id: id_path.to_string_lossy().into_owned(),
        folder,
    })
}

/// The pages a run removes, and how many pages of other roots it keeps.
#[derive(Debug, Default)]
pub(crate) struct Removal {
    /// Document keys to delete.
    pub keys: Vec<String>,
    /// Pages of roots not in this run, left as they are.
    pub kept: usize,
}

impl Removal {
    /// The pages in the index (`known`) that this run did not find
    /// (`seen`, by the key of the file they came from: an archive's
    /// records go with it): removed when their folder is one of `roots`
    /// (or always, with `prune`), else kept.
    pub(crate) fn plan<T>(
        roots: &[Root],
        known: &HashMap<String, FileStamp>,
        seen: &HashMap<String, T>,
        prune: bool,
    ) -> Removal {
        let walked: HashSet<&str> = roots
            .iter()
            .filter(|r| r.folder)
            .map(|r| r.id.as_str())
            .collect();
        let mut out = Removal::default();
        for key in known
            .keys()
            .filter(|k| !seen.contains_key(sources::unit_of(k)))
        {
            let (root, _) = schema::split_doc_key(key);
            if prune || walked.contains(root) {
                out.keys.push(key.clone());
            } else {
                out.kept += 1;
            }
        }
        out.keys.sort_unstable();
        out
    }

    /// Refuses to remove more than half of an index of `pages` pages
    /// unless the run prunes.
    pub(crate) fn check(&self, pages: usize, prune: bool) -> Result<(), Error> {
        if !prune && self.keys.len() * 2 > pages {
            return Err(Error::MassRemoval {
                removing: self.keys.len(),
                pages,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root(id: &str, folder: bool) -> Root {
        Root {
            path: PathBuf::from(id),
            id: id.to_string(),
            folder,
        }
    }

    fn known(keys: &[(&str, &str)]) -> HashMap<String, FileStamp> {
        keys.iter()
            .map(|(r, s)| (schema::doc_key(r, s), FileStamp::default()))
            .collect()
    }

    #[test]
    fn only_the_walked_folders_lose_pages() {
        let known = known(&[("/a", "x.html"), ("/a", "y.html"), ("/b", "x.html")]);
        let seen: HashMap<String, ()> = [(schema::doc_key("/a", "x.html"), ())].into();
        let plan = Removal::plan(&[root("/a", true)], &known, &seen, false);
        assert_eq!(plan.keys, [schema::doc_key("/a", "y.html")]);
        assert_eq!(plan.kept, 1, "/b is not in this run");
        let pruned = Removal::plan(&[root("/a", true)], &known, &seen, true);
        assert_eq!(pruned.keys.len(), 2);
        assert_eq!(pruned.kept, 0);
    }

    #[test]
    fn a_single_file_root_removes_nothing_of_its_folder() {
        let known = known(&[("/a", "x.html"), ("/a", "y.html")]);
        let seen: HashMap<String, ()> = [(schema::doc_key("/a", "x.html"), ())].into();
        let plan = Removal::plan(&[root("/a", false)], &known, &seen, false);
        assert!(plan.keys.is_empty());
        assert_eq!(plan.kept, 1);
    }

    #[test]
    fn removing_more_than_half_needs_prune() {
        let plan = |n: usize| Removal {
            keys: vec![String::new(); n],
            kept: 0,
        };
        assert!(plan(2).check(4, false).is_ok(), "half is allowed");
        let err = plan(3).check(4, false).unwrap_err();
        assert_eq!(err.code(), "mass_removal");
        assert!(err.to_string().contains("3 of the 4 pages"), "{err}");
        assert!(plan(3).check(4, true).is_ok());
        assert!(plan(0).check(0, false).is_ok());
    }

    #[test]
    fn a_root_given_twice_counts_once() {
        let dir = tempfile::tempdir().unwrap();
        let dotted = dir.path().join(".");
        let roots = resolve(&[dir.path().to_path_buf(), dotted]).unwrap();
        assert_eq!(roots.len(), 1);
        let file = dir.path().join("p.html");
        std::fs::write(&file, "<p>x</p>").unwrap();
        let roots = resolve(&[file]).unwrap();
        assert_eq!(roots[0].id, roots_id(dir.path()));
        assert!(!roots[0].folder);
        assert!(resolve(&[dir.path().join("missing")]).is_err());
    }

    fn roots_id(p: &Path) -> String {
        std::fs::canonicalize(p)
            .unwrap()
            .to_string_lossy()
            .into_owned()
    }
}
