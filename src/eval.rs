//! Scoring extraction and ranking against a labelled set (stub).
