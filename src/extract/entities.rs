//! Areas and providers named in an article (stub).
