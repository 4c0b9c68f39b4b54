//! Canonical areas and providers (stub, filled in by the gazetteer work).
