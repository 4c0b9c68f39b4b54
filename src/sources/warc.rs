//! WARC records (ISO 28500, versions 0.18 to 1.1), from `.warc` or
//! `.warc.gz`, as a stream.
//!
//! A record is a `WARC/1.x` line, named fields, an empty line, a block of
//! `Content-Length` bytes and an empty line. `response` records holding an
//! HTTP 200 HTML page become pages; `revisit` records (a later capture
//! whose payload was the same as an earlier one) are resolved, once the
//! archive has been read, by re-reading the earlier record with the same
//! payload digest; every other record type is counted.
//!
//! A record whose `Content-Length` lies is found out by the empty line that
//! must follow its block; the reader then looks for the next `WARC/` line
//! (inside the mistaken block first), so the records after it are kept.

use std::collections::{HashMap, HashSet};
use std::io::{self, BufRead, Read, Seek};

use super::gzip::{self, Input};
use super::http;
use super::stream::Stream;
use super::types::{ArchiveError, ArchivedPage, Ignored, Visitor};

/// Longest header line read at once.
const MAX_LINE: u64 = 64 * 1024;
/// Most header lines in one record.
const MAX_FIELDS: usize = 1000;

/// Record keys already given out in one archive (a WACZ shares one set
/// across its WARCs), so that two records never share a `source`.
#[derive(Default)]
pub(crate) struct Keys(HashSet<String>);

impl Keys {
    /// `key`, or `key @offset` if it was given out already.
    fn unique(&mut self, key: String, at: &str) -> String {
        if self.0.insert(key.clone()) {
            return key;
        }
        let other = format!("{key} @{at}");
        self.0.insert(other.clone());
        other
    }
}

/// Where a record can be read again: the offset to seek to (its gzip
/// member, or the record itself in a plain WARC) and the bytes to skip in
/// the decompressed member.
#[derive(Clone, Copy, Debug)]
struct Pos {
    seek: u64,
    skip: u64,
}

/// A record's named fields.
#[derive(Debug, Default)]
struct Fields(Vec<(String, String)>);

impl Fields {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A revisit record waiting for its original.
struct Revisit {
    fields: Fields,
    at: String,
}

/// State of one archive's reading.
struct Reader<'a> {
    /// Prefix of every location (a WACZ entry's name, or nothing).
    label: &'a str,
    gz: bool,
    max_bytes: u64,
    keys: &'a mut Keys,
    visitor: &'a mut dyn Visitor,
    /// Payload digest of every HTML page read, with where it is.
    digests: HashMap<String, Pos>,
    revisits: Vec<Revisit>,
    /// Records read, good or bad.
    records: usize,
}

/// The error a segment returns when its first bytes are not a WARC record
/// (the file is something else).
#[derive(Debug)]
struct NotWarc;

impl std::fmt::Display for NotWarc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a WARC file")
    }
}

impl std::error::Error for NotWarc {}

/// Reads a WARC (gzipped or not) from `file`; `label` prefixes every
/// location reported. Fails only if the file cannot be read or is not a
/// WARC at all.
pub(crate) fn read<F: Read + Seek>(
    file: F,
    label: &str,
    max_bytes: u64,
    keys: &mut Keys,
    visitor: &mut dyn Visitor,
) -> Result<(), ArchiveError> {
    let mut input = Input::new(file);
    let head = input.fill_buf()?.to_vec();
    let gz = gzip::is_gzip(&head);
    if !gz && !head.starts_with(b"WARC/") {
        return Err(ArchiveError::NotThisKind(
            "not a WARC file (neither gzip data nor a WARC record)".into(),
        ));
    }
    let mut reader = Reader {
        label,
        gz,
        max_bytes,
        keys,
        visitor,
        digests: HashMap::new(),
        revisits: Vec::new(),
        records: 0,
    };
    let result = if gz {
        reader.members(&mut input)
    } else {
        let mut stream = Stream::new(&mut input);
        reader.segment(&mut stream, 0)
    };
    match result {
        Err(e) if e.get_ref().is_some_and(|i| i.is::<NotWarc>()) => {
            let what = if gz { "gzip data, but " } else { "" };
            return Err(ArchiveError::NotThisKind(format!("{what}not a WARC file")));
        }
        Err(e) => {
            let at = reader.at(input.pos());
            reader.visitor.bad(at, format!("read error ({e})"));
        }
        Ok(()) => {}
    }
    reader.resolve_revisits(&mut input);
    Ok(())
}

impl Reader<'_> {
    fn at(&self, offset: u64) -> String {
        if self.label.is_empty() {
            format!("offset {offset}")
        } else {
            format!("{} offset {offset}", self.label)
        }
    }

    /// Reads every gzip member; a damaged one is reported and stepped over.
    fn members<F: Read + Seek>(&mut self, input: &mut Input<F>) -> io::Result<()> {
        while !input.at_end()? {
            let before = input.pos();
            if !input.find_magic()? {
                let at = self.at(before);
                self.visitor
                    .bad(at, "bytes that are not gzip data, up to the end".into());
                break;
            }
            let start = input.pos();
            if start > before {
                let at = self.at(before);
                let n = start - before;
                self.visitor
                    .bad(at, format!("{n} bytes that are not gzip data, skipped"));
            }
            let result = {
                let mut stream = Stream::new(gzip::member(input));
                match self.segment(&mut stream, start) {
                    // The first member did not start like a WARC. That
                    // refuses the file only if the member is intact: a
                    // damaged first member decodes to garbage, and must
                    // cost that record alone, like any other damage.
                    Err(e) if is_not_warc(&e) => gzip::drain(&mut stream.into_inner()).and(Err(e)),
                    parsed => parsed.and_then(|()| gzip::drain(&mut stream.into_inner())),
                }
            };
            match result {
                Ok(()) => {}
                Err(e) if is_not_warc(&e) => return Err(e),
                Err(e) => {
                    let at = self.at(start);
                    self.visitor
                        .bad(at, format!("damaged gzip member, skipped ({e})"));
                    input.seek_to(start + 1)?;
                }
            }
        }
        Ok(())
    }

    /// Reads the records of one segment: a gzip member at `seek`, or a
    /// whole plain WARC (`seek` 0).
    fn segment<R: BufRead>(&mut self, s: &mut Stream<R>, seek: u64) -> io::Result<()> {
        loop {
            let start = s.pos();
            let line = s.line(MAX_LINE)?;
            if line.is_empty() {
                return Ok(());
            }
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let offset = if self.gz { seek } else { start };
            let at = self.at(offset);
            if !line.starts_with(b"WARC/") {
                if self.records == 0 {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, NotWarc));
                }
                self.visitor
                    .bad(at, "no WARC record starts here; skipped to the next".into());
                resync(s)?;
                continue;
            }
            self.records += 1;
            let pos = if self.gz {
                Pos { seek, skip: start }
            } else {
                Pos {
                    seek: start,
                    skip: 0,
                }
            };
            match self.record(s, pos, &at)? {
                Step::Next => {}
                Step::End => return Ok(()),
            }
        }
    }

    /// Reads one record after its `WARC/` line and hands it on.
    fn record<R: BufRead>(&mut self, s: &mut Stream<R>, pos: Pos, at: &str) -> io::Result<Step> {
        let fields = match read_fields(s)? {
            Ok(f) => f,
            Err(reason) => {
                self.visitor.bad(at.into(), reason);
                resync(s)?;
                return Ok(Step::Next);
            }
        };
        let Some(len) = fields
            .get("Content-Length")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            self.visitor
                .bad(at.into(), "record without a valid Content-Length".into());
            resync(s)?;
            return Ok(Step::Next);
        };
        let kind = fields.get("WARC-Type").unwrap_or("").to_ascii_lowercase();
        let wanted = matches!(kind.as_str(), "response" | "revisit") && len <= self.max_bytes;
        let block = if wanted {
            let b = s.up_to(len)?;
            let got = b.len() as u64;
            (got == len).then_some(b).ok_or(got)
        } else {
            let n = s.skip(len)?;
            if n == len { Ok(Vec::new()) } else { Err(n) }
        };
        let block = match block {
            Ok(b) => b,
            Err(got) => {
                let why = format!("record cut short: Content-Length {len}, {got} bytes follow");
                self.visitor.bad(at.into(), why);
                return Ok(Step::End);
            }
        };
        if !trailer_ok(s, &block)? {
            let why = format!("Content-Length {len} does not end where the record does");
            self.visitor.bad(at.into(), why);
            resync(s)?;
            return Ok(Step::Next);
        }
        match kind.as_str() {
            "response" if !wanted => self.visitor.ignored(Ignored::TooLarge),
            "response" => self.response(&fields, &block, Some(pos), at),
            "revisit" => self.revisits.push(Revisit {
                fields,
                at: at.into(),
            }),
            _ => self.visitor.ignored(Ignored::OtherRecordType),
        }
        Ok(Step::Next)
    }

    /// A response record: a page if it is an HTTP 200 HTML response.
    /// `pos` is where it can be read again (`None` for a revisit's
    /// original, already known).
    fn response(&mut self, fields: &Fields, block: &[u8], pos: Option<Pos>, at: &str) {
        let Some(url) = fields.get("WARC-Target-URI") else {
            self.visitor
                .bad(at.into(), "response record without WARC-Target-URI".into());
            return;
        };
        let url = url.trim_matches(['<', '>']).to_string();
        let response = match http::parse(block, self.max_bytes) {
            Ok(r) => r,
            Err(e) => return self.visitor.bad(at.into(), format!("{url}: {e}")),
        };
        if response.status != 200 {
            return self.visitor.ignored(Ignored::NotOk);
        }
        let html = response
            .media_type
            .as_deref()
            .is_some_and(http::is_html_type)
            || http::looks_like_html(&response.body);
        if !html {
            return self.visitor.ignored(Ignored::NotHtml);
        }
        if let (Some(pos), Some(digest)) = (pos, fields.get("WARC-Payload-Digest")) {
            self.digests.entry(digest.to_string()).or_insert(pos);
        }
        let raw_date = fields.get("WARC-Date").unwrap_or("");
        let captured = capture_time(raw_date);
        let key = format!("{} {url}", captured.as_deref().unwrap_or(raw_date));
        let key = self.keys.unique(key, at);
        self.visitor.page(ArchivedPage {
            key,
            url,
            captured,
            charset: response.charset,
            html: response.body,
        });
    }

    /// Resolves every revisit against the pages read: the original's body
    /// under the revisit's URI and date.
    fn resolve_revisits<F: Read + Seek>(&mut self, input: &mut Input<F>) {
        for revisit in std::mem::take(&mut self.revisits) {
            let profile = revisit.fields.get("WARC-Profile").unwrap_or("");
            if !profile.ends_with("identical-payload-digest") {
                let why = "revisit record with no payload (server-not-modified)";
                self.visitor.bad(revisit.at, why.into());
                continue;
            }
            let digest = revisit.fields.get("WARC-Payload-Digest").unwrap_or("");
            let Some(&pos) = self.digests.get(digest) else {
                let why =
                    format!("revisit of a capture not in this archive (payload digest {digest:?})");
                self.visitor.bad(revisit.at, why);
                continue;
            };
            match reread(input, pos, self.gz, self.max_bytes) {
                Ok(block) => self.response(&revisit.fields, &block, None, &revisit.at),
                Err(e) => {
                    let why = format!("revisit: its original could not be read again ({e})");
                    self.visitor.bad(revisit.at, why);
                }
            }
        }
    }
}

/// What follows a record.
enum Step {
    Next,
    End,
}

/// Reads the named fields up to the empty line.
fn read_fields<R: BufRead>(s: &mut Stream<R>) -> io::Result<Result<Fields, String>> {
    let mut fields = Fields::default();
    loop {
        let line = s.line(MAX_LINE)?;
        if line.is_empty() {
            return Ok(Err("record headers cut short".into()));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            return Ok(Ok(fields));
        }
        if fields.0.len() >= MAX_FIELDS {
            return Ok(Err("record with too many header lines".into()));
        }
        if text.starts_with([' ', '\t']) {
            if let Some(last) = fields.0.last_mut() {
                last.1.push(' ');
                last.1.push_str(text.trim());
            }
            continue;
        }
        match text.split_once(':') {
            Some((k, v)) => fields.0.push((k.trim().to_string(), v.trim().to_string())),
            None => return Ok(Err(format!("bad record header line {text:?}"))),
        }
    }
}

/// Whether the empty line that ends a record follows its block. If not,
/// the bytes after the first `WARC/` line start in `block` (a lying
/// length swallowed the next record) are given back to the stream.
fn trailer_ok<R: BufRead>(s: &mut Stream<R>, block: &[u8]) -> io::Result<bool> {
    let tail = s.up_to(4)?;
    if tail == b"\r\n\r\n" || (tail.len() < 4 && b"\r\n\r\n".starts_with(&tail)) {
        return Ok(true);
    }
    s.unread(&tail);
    if let Some(i) = memchr::memmem::find(block, b"\nWARC/") {
        s.unread(&block[i + 1..]);
    }
    Ok(false)
}

/// Skips to the next line that starts a record, leaving it to be read.
fn resync<R: BufRead>(s: &mut Stream<R>) -> io::Result<()> {
    loop {
        let line = s.line(MAX_LINE)?;
        if line.is_empty() {
            return Ok(());
        }
        if line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.") {
            s.unread(&line);
            return Ok(());
        }
    }
}

/// Reads the block of the record at `pos` again.
fn reread<F: Read + Seek>(
    input: &mut Input<F>,
    pos: Pos,
    gz: bool,
    max_bytes: u64,
) -> io::Result<Vec<u8>> {
    input.seek_to(pos.seek)?;
    let block = |s: &mut dyn BufRead| -> io::Result<Vec<u8>> {
        let mut s = Stream::new(s);
        s.skip(pos.skip)?;
        s.line(MAX_LINE)?;
        let fields = read_fields(&mut s)?.map_err(io::Error::other)?;
        let len = fields
            .get("Content-Length")
            .and_then(|v| v.parse::<u64>().ok())
            .filter(|&l| l <= max_bytes)
            .ok_or_else(|| io::Error::other("no usable Content-Length"))?;
        s.up_to(len)
    };
    if gz {
        block(&mut gzip::member(input))
    } else {
        block(input)
    }
}

/// A `WARC-Date` as `YYYY-MM-DDTHH:MM:SSZ` (fractions of a second
/// dropped); `None` if it is not a date.
pub(crate) fn capture_time(raw: &str) -> Option<String> {
    let ts: jiff::Timestamp = raw.trim().parse().ok()?;
    Some(ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// Whether `e` says the input is not a WARC at all (as opposed to damaged).
fn is_not_warc(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|i| i.is::<NotWarc>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::gzip::tests::gz;
    use crate::sources::types::Post;
    use proptest::prelude::*;
    use std::io::Cursor;

    #[derive(Default)]
    struct Collect {
        pages: Vec<ArchivedPage>,
        bad: Vec<(String, String)>,
        ignored: Vec<Ignored>,
    }

    impl Visitor for Collect {
        fn page(&mut self, page: ArchivedPage) {
            self.pages.push(page);
        }
        fn post(&mut self, _: Post) {}
        fn bad(&mut self, at: String, reason: String) {
            self.bad.push((at, reason));
        }
        fn ignored(&mut self, why: Ignored) {
            self.ignored.push(why);
        }
    }

    fn record(uri: &str, body: &str) -> Vec<u8> {
        let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>{body}</p>");
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        )
        .into_bytes()
    }

    fn read_bytes(bytes: Vec<u8>) -> (Result<(), String>, Collect) {
        let mut c = Collect::default();
        let r = read(
            Cursor::new(bytes),
            "",
            1 << 20,
            &mut Keys::default(),
            &mut c,
        );
        (r.map_err(|e| e.to_string()), c)
    }

    fn urls(c: &Collect) -> Vec<String> {
        c.pages.iter().map(|p| p.url.clone()).collect()
    }

    #[test]
    fn plain_and_gzipped_warcs_give_the_same_pages() {
        let recs: Vec<Vec<u8>> = (0..3)
            .map(|i| record(&format!("https://e.org/{i}"), "x"))
            .collect();
        let (r, plain) = read_bytes(recs.concat());
        assert_eq!(r, Ok(()));
        let (r, gzipped) = read_bytes(recs.iter().flat_map(|r| gz(r)).collect());
        assert_eq!(r, Ok(()));
        assert_eq!(urls(&plain), urls(&gzipped));
        assert_eq!(urls(&plain).len(), 3);
        // One gzip stream over the whole file works too.
        let (r, whole) = read_bytes(gz(&recs.concat()));
        assert_eq!((r, urls(&whole)), (Ok(()), urls(&plain)));
        assert_eq!(plain.pages[0].key, "2024-01-02T03:04:05Z https://e.org/0");
        assert_eq!(
            plain.pages[0].captured.as_deref(),
            Some("2024-01-02T03:04:05Z")
        );
    }

    #[test]
    fn the_same_uri_and_time_twice_get_distinct_keys() {
        let r = record("https://e.org/a", "x");
        let (_, c) = read_bytes([r.clone(), r].concat());
        assert_eq!(c.pages.len(), 2);
        assert_ne!(c.pages[0].key, c.pages[1].key);
    }

    #[test]
    fn not_a_warc_is_refused_whole() {
        let (r, _) = read_bytes(b"<html>hello</html>".to_vec());
        assert!(r.unwrap_err().contains("not a WARC file"));
        let (r, _) = read_bytes(gz(b"PK\x03\x04 zip inside gzip"));
        assert_eq!(r.unwrap_err(), "gzip data, but not a WARC file");
    }

    #[test]
    fn capture_times_are_normalised() {
        assert_eq!(
            capture_time("2024-01-02T03:04:05.123456Z").as_deref(),
            Some("2024-01-02T03:04:05Z")
        );
        assert_eq!(
            capture_time("2024-01-02T03:04:05+01:00").as_deref(),
            Some("2024-01-02T02:04:05Z")
        );
        assert_eq!(capture_time("yesterday"), None);
    }

    #[test]
    fn a_hundred_thousand_records_with_one_corrupt_lose_only_that_one() {
        let n = 100_000;
        let mut plain = Vec::with_capacity(n * 200);
        for i in 0..n {
            let mut r = record(&format!("https://e.org/{i}"), "x");
            if i == n / 2 {
                // A Content-Length far longer than the record.
                let text = String::from_utf8(r).unwrap();
                r = text
                    .replacen("Content-Length: ", "Content-Length: 7", 1)
                    .into_bytes();
            }
            plain.extend_from_slice(&r);
        }
        let (r, c) = read_bytes(plain);
        assert_eq!(r, Ok(()));
        assert_eq!(c.pages.len(), n - 1);
        assert_eq!(c.bad.len(), 1, "{:?}", c.bad);
        assert!(
            c.bad[0].1.contains("does not end where the record does"),
            "{:?}",
            c.bad
        );
        assert!(!urls(&c).contains(&format!("https://e.org/{}", n / 2)));
    }

    /// The case the property below once found: garbage decoded from a
    /// damaged first member must not make the whole file "not a WARC".
    #[test]
    fn a_damaged_first_member_is_not_a_refusal() {
        let members: Vec<Vec<u8>> = [" aaaai    aa  ", ""]
            .iter()
            .enumerate()
            .map(|(i, b)| gz(&record(&format!("https://e.org/{i}"), b)))
            .collect();
        let mut damaged = members.clone();
        let m = &mut damaged[0];
        let at = 10 + ((m.len() - 12) as f64 * 0.284_035_898_169_671_23) as usize;
        let end = (at + 8).min(m.len());
        for b in &mut m[at..end] {
            *b ^= 0x5a;
        }
        let (r, c) = read_bytes(damaged.concat());
        assert_eq!(r, Ok(()));
        assert_eq!(urls(&c), vec!["https://e.org/1".to_string()]);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// However one member of a .warc.gz is damaged (cut short, or
        /// bytes overwritten), every other record is read.
        #[test]
        fn one_damaged_member_costs_one_record(
            bodies in prop::collection::vec("[a-z ]{0,300}", 2..12),
            pick in any::<prop::sample::Index>(),
            cut in 0.0f64..1.0,
            overwrite in any::<bool>(),
        ) {
            let members: Vec<Vec<u8>> = bodies
                .iter()
                .enumerate()
                .map(|(i, b)| gz(&record(&format!("https://e.org/{i}"), b)))
                .collect();
            let k = pick.index(members.len());
            let mut damaged = members.clone();
            let m = &mut damaged[k];
            let at = 10 + ((m.len() - 12) as f64 * cut) as usize;
            if overwrite {
                let end = (at + 8).min(m.len());
                for b in &mut m[at..end] {
                    *b ^= 0x5a;
                }
            } else {
                m.truncate(at);
            }
            let (r, c) = read_bytes(damaged.concat());
            prop_assert_eq!(r, Ok(()));
            let want: Vec<String> = (0..members.len())
                .filter(|&i| i != k)
                .map(|i| format!("https://e.org/{i}"))
                .collect();
            // The damaged record may come out mangled or not at all;
            // every other one comes out once.
            let got = urls(&c);
            for w in &want {
                prop_assert_eq!(got.iter().filter(|u| *u == w).count(), 1, "{} in {:?}", w, got);
            }
        }

        /// Any bytes: no panic, no hang.
        #[test]
        fn any_bytes_are_read_or_refused(mut bytes in prop::collection::vec(any::<u8>(), 0..2000), warc in any::<bool>()) {
            if warc {
                let mut v = b"WARC/1.0\r\nWARC-Type: response\r\n".to_vec();
                v.append(&mut bytes);
                bytes = v;
            }
            let _ = read_bytes(bytes.clone());
            let _ = read_bytes(gz(&bytes));
        }
    }
}
