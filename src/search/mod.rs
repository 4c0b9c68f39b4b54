//! Queries, filters, facets and snippets (stub).
