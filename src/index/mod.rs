//! Writing pages into the index (stub).
