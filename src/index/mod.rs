//! Writing pages into the index and keeping it in step with a folder.

pub mod document;
