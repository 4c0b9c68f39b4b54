//! Fuzzes the archive readers: the bytes as a WARC (plain, and as one gzip
//! member) and as a WordPress export. Nothing may panic or hang; every
//! page handed out is bounded by the size limit.

#![no_main]

use std::io::Cursor;

use jpsearch::sources::{self, ArchivedPage, Ignored, Post, Visitor};
use libfuzzer_sys::fuzz_target;

const MAX: u64 = 1 << 16;

struct Check;

impl Visitor for Check {
    fn page(&mut self, page: ArchivedPage) {
        assert!(page.html.len() as u64 <= MAX);
    }
    fn post(&mut self, post: Post) {
        assert!(post.content.len() as u64 <= MAX);
    }
    fn bad(&mut self, _at: String, _reason: String) {}
    fn ignored(&mut self, _why: Ignored) {}
}

fuzz_target!(|data: &[u8]| {
    let _ = sources::read_warc(Cursor::new(data), MAX, &mut Check);
    let _ = sources::read_wxr(data, MAX, &mut Check);
});
