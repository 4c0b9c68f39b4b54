//! The HTTP response inside a WARC `response` record: status, the headers
//! that matter, and the body with its transfer and content encodings
//! undone.
//!
//! Archivers differ: wget and Heritrix store the bytes as they came off the
//! wire (chunked, gzip), some tools store them already decoded but keep the
//! headers. So a body that does not parse as chunks, or does not
//! decompress, but already looks like a page is taken as it is.

use std::io::Read;

/// A parsed response.
#[derive(Debug)]
pub(crate) struct Response {
    /// The status code (200, 404...).
    pub status: u16,
    /// The media type of `Content-Type`, lower case, without parameters.
    pub media_type: Option<String>,
    /// The `charset` parameter of `Content-Type`, if any.
    pub charset: Option<String>,
    /// The body, decoded.
    pub body: Vec<u8>,
}

/// Why a response could not be read.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum HttpError {
    /// The block does not start with an HTTP status line.
    #[error("not an HTTP response")]
    NotHttp,
    /// The header block never ends.
    #[error("HTTP headers do not end")]
    Unterminated,
    /// A `Content-Encoding` we cannot undo.
    #[error("unknown Content-Encoding {0:?}")]
    UnknownEncoding(String),
    /// The compressed body is damaged.
    #[error("body does not decompress as {0}")]
    Damaged(&'static str),
    /// The decoded body is over the size limit.
    #[error("decompressed body over {0} bytes")]
    TooLarge(u64),
}

/// Longest header block read.
const MAX_HEADERS: usize = 256 * 1024;

/// Parses `block`, decoding the body up to `max_body` bytes.
pub(crate) fn parse(block: &[u8], max_body: u64) -> Result<Response, HttpError> {
    if !block.starts_with(b"HTTP/") {
        return Err(HttpError::NotHttp);
    }
    let (head, body) = split_head(block).ok_or(HttpError::Unterminated)?;
    let mut lines = head.split(|&b| b == b'\n').map(trim_cr);
    let status_line = lines.next().unwrap_or_default();
    let status = std::str::from_utf8(status_line)
        .ok()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .ok_or(HttpError::NotHttp)?;
    let mut content_type = None;
    let mut chunked = false;
    let mut encodings = Vec::new();
    for line in lines {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let name = String::from_utf8_lossy(&line[..colon])
            .trim()
            .to_ascii_lowercase();
        let value = String::from_utf8_lossy(&line[colon + 1..])
            .trim()
            .to_string();
        match name.as_str() {
            "content-type" => content_type = Some(value),
            "transfer-encoding" => chunked |= value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encodings.extend(
                value
                    .split(',')
                    .map(|e| e.trim().to_ascii_lowercase())
                    .filter(|e| !e.is_empty() && e != "identity"),
            ),
            _ => {}
        }
    }
    let (media_type, charset) = content_type.as_deref().map(split_type).unwrap_or_default();
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    let body = decode_body(body, &encodings, max_body)?;
    Ok(Response {
        status,
        media_type,
        charset,
        body,
    })
}

/// The header block and the body, split at the first empty line.
fn split_head(block: &[u8]) -> Option<(&[u8], &[u8])> {
    let window = &block[..block.len().min(MAX_HEADERS)];
    let crlf = memchr::memmem::find(window, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = memchr::memmem::find(window, b"\n\n").map(|i| (i, i + 2));
    let (end, body) = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some((&block[..end], &block[body..]))
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// `text/html; charset=utf-8` as (`text/html`, `utf-8`).
pub(crate) fn split_type(value: &str) -> (Option<String>, Option<String>) {
    let mut parts = value.split(';');
    let media = parts
        .next()
        .map(|m| m.trim().to_ascii_lowercase())
        .filter(|m| !m.is_empty());
    let charset = parts.find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    });
    (media, charset)
}

/// Undoes chunked transfer coding; `None` if the body is not chunked after
/// all (an archiver that stored it decoded).
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let eol = memchr::memchr(b'\n', body)?;
        let line = trim_cr(&body[..eol]);
        let size_text = line.split(|&b| b == b';').next().unwrap_or_default();
        let size_text = std::str::from_utf8(size_text).ok()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = &body[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        if body.len() < size {
            // A capture cut short: keep what arrived.
            out.extend_from_slice(body);
            return Some(out);
        }
        out.extend_from_slice(&body[..size]);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
        if body.is_empty() {
            return Some(out);
        }
    }
}

/// Undoes the content codings, last applied first.
fn decode_body(mut body: Vec<u8>, encodings: &[String], max: u64) -> Result<Vec<u8>, HttpError> {
    for enc in encodings.iter().rev() {
        let decoded = match enc.as_str() {
            "gzip" | "x-gzip" => read_limited(flate2::read::MultiGzDecoder::new(&body[..]), max)
                .map_err(|e| e.unwrap_or(HttpError::Damaged("gzip"))),
            "deflate" => read_limited(flate2::read::ZlibDecoder::new(&body[..]), max)
                .or_else(|_| read_limited(flate2::read::DeflateDecoder::new(&body[..]), max))
                .map_err(|e| e.unwrap_or(HttpError::Damaged("deflate"))),
            "br" => read_limited(brotli_decompressor::Decompressor::new(&body[..], 4096), max)
                .map_err(|e| e.unwrap_or(HttpError::Damaged("brotli"))),
            other => Err(HttpError::UnknownEncoding(other.to_string())),
        };
        body = match decoded {
            Ok(d) => d,
            // Stored already decoded by the archiver.
            Err(HttpError::Damaged(_)) if looks_like_html(&body) => body,
            Err(e) => return Err(e),
        };
    }
    Ok(body)
}

/// Reads `r` to the end, failing with `Some(TooLarge)` past `max` bytes and
/// with `None` on a decoding error.
fn read_limited<R: Read>(r: R, max: u64) -> Result<Vec<u8>, Option<HttpError>> {
    let mut out = Vec::new();
    r.take(max.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|_| None)?;
    if out.len() as u64 > max {
        return Err(Some(HttpError::TooLarge(max)));
    }
    Ok(out)
}

/// Whether a media type is HTML.
pub(crate) fn is_html_type(media: &str) -> bool {
    matches!(media, "text/html" | "application/xhtml+xml")
}

/// Whether bytes start like an HTML document (for a missing or wrong
/// `Content-Type`): a doctype, `<html>`, `<head>`, `<body>` or `<title>`
/// among the first tags, after a BOM, whitespace and comments.
pub(crate) fn looks_like_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let lower = head.to_ascii_lowercase();
    let start = lower
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(lower.len());
    let lower = &lower[start..];
    if !lower.starts_with(b"<") {
        return false;
    }
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<title",
        b"<meta",
    ]
    .iter()
    .any(|tag| memchr::memmem::find(lower, tag).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PAGE: &[u8] = b"<!doctype html><title>T</title><p>Hello</p>";

    fn response(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut r = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        r.extend_from_slice(body);
        r
    }

    fn chunked(body: &[u8], size: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for c in body.chunks(size) {
            out.extend_from_slice(format!("{:x}\r\n", c.len()).as_bytes());
            out.extend_from_slice(c);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"0\r\n\r\n");
        out
    }

    fn gzip(body: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(body).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn status_type_and_charset() {
        let r = parse(
            &response("Content-Type: text/html; charset=\"ISO-8859-1\"\r\n", PAGE),
            1 << 20,
        )
        .unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.media_type.as_deref(), Some("text/html"));
        assert_eq!(r.charset.as_deref(), Some("ISO-8859-1"));
        assert_eq!(r.body, PAGE);
    }

    #[test]
    fn chunked_then_gzip_is_undone() {
        let body = chunked(&gzip(PAGE), 7);
        let r = parse(
            &response(
                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                &body,
            ),
            1 << 20,
        )
        .unwrap();
        assert_eq!(r.body, PAGE);
    }

    #[test]
    fn deflate_and_brotli_bodies() {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(PAGE).unwrap();
        let r = parse(
            &response("Content-Encoding: deflate\r\n", &z.finish().unwrap()),
            1 << 20,
        )
        .unwrap();
        assert_eq!(r.body, PAGE);
        // A brotli stream holding PAGE as one uncompressed meta-block:
        // window bits 0 (16), ISLAST 0, MNIBBLES 0 (four), MLEN-1 in 16
        // bits, ISUNCOMPRESSED 1, padding; the bytes; then an empty last
        // meta-block (ISLAST 1, ISLASTEMPTY 1).
        let m = (PAGE.len() - 1) as u32;
        let bits = (m << 4) | (1 << 20);
        let mut br = vec![bits as u8, (bits >> 8) as u8, (bits >> 16) as u8];
        br.extend_from_slice(PAGE);
        br.push(0x03);
        let r = parse(&response("Content-Encoding: br\r\n", &br), 1 << 20);
        assert_eq!(r.map(|r| r.body), Ok(PAGE.to_vec()));
    }

    #[test]
    fn a_body_stored_decoded_is_kept() {
        let r = parse(
            &response(
                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                PAGE,
            ),
            1 << 20,
        )
        .unwrap();
        assert_eq!(r.body, PAGE);
    }

    #[test]
    fn damage_and_bombs_are_errors() {
        let r = parse(
            &response("Content-Encoding: gzip\r\n", b"\x1f\x8bjunk"),
            1 << 20,
        );
        assert_eq!(r.unwrap_err(), HttpError::Damaged("gzip"));
        let big = gzip(&vec![b'a'; 100_000]);
        let r = parse(&response("Content-Encoding: gzip\r\n", &big), 1000);
        assert_eq!(r.unwrap_err(), HttpError::TooLarge(1000));
        assert_eq!(
            parse(b"GET / HTTP/1.1\r\n\r\n", 10).unwrap_err(),
            HttpError::NotHttp
        );
        let r = parse(&response("Content-Encoding: compress\r\n", PAGE), 1 << 20);
        assert!(matches!(r, Err(HttpError::UnknownEncoding(_))));
    }

    #[test]
    fn html_is_sniffed() {
        assert!(looks_like_html(b"\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<!-- saved --><html lang=en>"));
        assert!(!looks_like_html(b"body { color: red }"));
        assert!(!looks_like_html(b"\x89PNG\r\n"));
        assert!(!looks_like_html(b"{\"html\": 1}"));
    }
}
