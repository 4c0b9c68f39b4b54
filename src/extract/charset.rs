//! Bytes to text: which encoding a saved page is in, and decoding it.
//!
//! Order: a byte-order mark; then a `<meta charset>` or `http-equiv`
//! declaration in the first few kilobytes; then detection. A declaration is
//! not trusted blindly: saved pages often say `windows-1252` while holding
//! UTF-8 (the file was re-saved) or say `utf-8` while holding Windows-1252
//! (the template lied). Valid multi-byte UTF-8 wins over a legacy label, and
//! bytes that are not UTF-8 under a UTF-8 label go to chardetng.
//!
//! It also decides what is not a page at all (images, PDFs, archives and
//! other binary files saved under an `.html` name).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How far into the file to look for a charset declaration.
const PRESCAN: usize = 4096;

/// A decoded page and how its encoding was chosen (how is read by the
/// tests and the profiling examples only).
#[derive(Debug)]
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding used.
    pub encoding: &'static str,
    /// How the encoding was chosen: `bom`, `meta`, `utf-8`, `detected`,
    /// or `meta-overridden` when the declaration was wrong.
    pub how: &'static str,
    /// Whether undecodable bytes were replaced.
    pub had_errors: bool,
}

/// Recognises binary formats by their magic numbers, so a PNG named
/// `index.html` is reported as a PNG rather than indexed as noise.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"\x1f\x8b", "gzip data"),
        (b"RIFF", "RIFF media"),
        (b"\x7fELF", "executable"),
        (b"BZh", "bzip2 data"),
        (b"\xd0\xcf\x11\xe0", "Office document"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    if Encoding::for_bom(bytes).is_some() {
        return None;
    }
    // Text has almost no NUL or other C0 control bytes; binary has many.
    let head = &bytes[..bytes.len().min(2048)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x09) || (0x0e..0x1a).contains(&b))
        .count();
    if controls > 4 && controls * 100 > head.len() {
        return Some("binary data");
    }
    None
}

/// Finds a charset declared in a `<meta>` tag near the start of the page.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let mut buf = [0u8; PRESCAN];
    let lower = &mut buf[..head.len()];
    lower.copy_from_slice(head);
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                    // A page cannot declare UTF-16 in ASCII-compatible bytes.
                    return Some(if enc == UTF_16LE || enc == UTF_16BE {
                        UTF_8
                    } else {
                        enc
                    });
                }
            }
        }
        from = end.max(start + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

/// Decodes a page. Never fails; `had_errors` says whether anything had to
/// be replaced. Takes the bytes by value so that the common case, a UTF-8
/// page, becomes a `String` without a copy.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if Encoding::for_bom(&bytes).is_none() {
        let declared = declared(&bytes);
        if declared.is_none_or(|d| d == UTF_8 || !d.is_ascii_compatible()) || bytes.is_ascii() {
            match String::from_utf8(bytes) {
                Ok(text) => {
                    let how = if declared.is_some() { "meta" } else { "utf-8" };
                    return Decoded {
                        text,
                        encoding: "UTF-8",
                        how,
                        had_errors: false,
                    };
                }
                Err(e) => return decode_slow(&e.into_bytes()),
            }
        }
    }
    decode_slow(&bytes)
}

/// Decodes a page whose HTTP `Content-Type` named `http` as its charset:
/// a byte-order mark still wins, then the HTTP label (before the page's
/// own `<meta>`, as browsers do), with the same guards as for a `<meta>`
/// label: valid UTF-8 with non-ASCII bytes under a legacy label is UTF-8,
/// and bytes a UTF-8 label does not fit fall back to the page's own rules.
pub fn decode_with(bytes: Vec<u8>, http: Option<&'static Encoding>) -> Decoded {
    let Some(enc) = http.filter(|_| Encoding::for_bom(&bytes).is_none()) else {
        return decode(bytes);
    };
    if enc == UTF_8 || bytes.is_ascii() {
        return match String::from_utf8(bytes) {
            Ok(text) => Decoded {
                text,
                encoding: "UTF-8",
                how: "http",
                had_errors: false,
            },
            Err(e) => decode_slow(&e.into_bytes()),
        };
    }
    if enc.is_ascii_compatible() && std::str::from_utf8(&bytes).is_ok() {
        return Decoded {
            text: String::from_utf8(bytes).unwrap_or_default(),
            encoding: "UTF-8",
            how: "http-overridden",
            had_errors: false,
        };
    }
    let (text, _, had_errors) = enc.decode(&bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        how: "http",
        had_errors,
    }
}

fn decode_slow(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            encoding: enc.name(),
            how: "bom",
            had_errors,
        };
    }
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let has_high = bytes.iter().any(|&b| b >= 0x80);
    let (enc, how) = match declared(bytes) {
        // Valid UTF-8 with non-ASCII under a legacy label: the label lies.
        Some(enc) if enc != UTF_8 && utf8 && has_high && enc.is_ascii_compatible() => {
            (UTF_8, "meta-overridden")
        }
        // Not UTF-8 under a UTF-8 label: detect instead.
        Some(enc) if enc == UTF_8 && !utf8 => (detect(bytes), "meta-overridden"),
        Some(enc) => (enc, "meta"),
        None if utf8 => (UTF_8, "utf-8"),
        None => (detect(bytes), "detected"),
    };
    let (text, _, had_errors) = enc.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
        how,
        had_errors,
    }
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(Some(b"uk"), chardetng::Utf8Detection::Deny);
    // chardetng may still say UTF-8 for mostly-valid input; Windows-1252 is
    // the better guess for English pages that are not valid UTF-8.
    if enc == UTF_8 { WINDOWS_1252 } else { enc }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_slice(b: &[u8]) -> Decoded {
        decode(b.to_vec())
    }

    #[test]
    fn http_charset_comes_before_meta() {
        let page = b"<meta charset=utf-8><p>caf\xe9</p>".to_vec();
        let latin1 = Encoding::for_label(b"iso-8859-1");
        let d = decode_with(page.clone(), latin1);
        assert_eq!((d.encoding, d.how), ("windows-1252", "http"));
        assert!(d.text.contains("café"));
        // Valid UTF-8 under a legacy HTTP label is UTF-8.
        let utf8 = "<meta charset=utf-8><p>caf\u{e9}</p>".as_bytes().to_vec();
        let d = decode_with(utf8, latin1);
        assert_eq!((d.encoding, d.how), ("UTF-8", "http-overridden"));
        // No HTTP label: the page's own rules.
        assert_eq!(decode_with(page, None).how, "meta-overridden");
    }

    #[test]
    fn bom_wins_over_meta() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice("<meta charset=windows-1252><p>caf\u{e9}</p>".as_bytes());
        let d = decode_slice(&bytes);
        assert_eq!((d.encoding, d.how), ("UTF-8", "bom"));
        assert!(d.text.contains("café"));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "<p>£5</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode_slice(&bytes);
        assert_eq!(d.text, "<p>£5</p>");
        assert_eq!(sniff_binary(&bytes), None);
    }

    #[test]
    fn meta_charset_windows_1252() {
        let bytes = b"<meta charset=\"windows-1252\"><p>\xa35 \x93quoted\x94 \x96 dash</p>";
        let d = decode_slice(bytes);
        assert_eq!(d.how, "meta");
        assert_eq!(
            d.text,
            "<meta charset=\"windows-1252\"><p>£5 “quoted” – dash</p>"
        );
    }

    #[test]
    fn http_equiv_iso_8859_1_is_read_as_windows_1252() {
        let bytes = b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"><p>\x92</p>";
        let d = decode_slice(bytes);
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.ends_with("<p>’</p>"));
    }

    #[test]
    fn legacy_label_on_utf8_bytes_is_overridden() {
        let bytes = "<meta charset=iso-8859-1><p>£5 – ok</p>".as_bytes();
        let d = decode_slice(bytes);
        assert_eq!((d.encoding, d.how), ("UTF-8", "meta-overridden"));
        assert!(d.text.contains("£5 – ok"));
    }

    #[test]
    fn utf8_label_on_windows_1252_bytes_is_detected() {
        let bytes = b"<meta charset=utf-8><p>The charity\x92s \xa35m grant \x96 a \x93big\x94 step for Probation Service users in the city.</p>";
        let d = decode_slice(bytes);
        assert_eq!(d.how, "meta-overridden");
        assert!(
            d.text.contains("charity’s £5m grant – a “big” step"),
            "{}",
            d.text
        );
        assert!(!d.text.contains('\u{fffd}'));
    }

    #[test]
    fn undeclared_non_utf8_is_detected() {
        let bytes = b"<p>Nacro\x92s report on the \xa32.5m scheme, \x93Through the Gate\x94, was published.</p>";
        let d = decode_slice(bytes);
        assert_eq!(d.how, "detected");
        assert!(d.text.contains("Nacro’s report on the £2.5m scheme"));
    }

    #[test]
    fn plain_utf8_without_declaration() {
        let d = decode_slice("<p>Wrexham – HMP Berwyn</p>".as_bytes());
        assert_eq!((d.encoding, d.how), ("UTF-8", "utf-8"));
    }

    #[test]
    fn binary_formats_are_recognised() {
        assert_eq!(sniff_binary(b"\x89PNG\r\n\x1a\nrest"), Some("PNG image"));
        assert_eq!(sniff_binary(b"%PDF-1.7\n"), Some("PDF document"));
        assert_eq!(sniff_binary(b"PK\x03\x04zip"), Some("ZIP archive"));
        let mut noise = vec![0u8; 512];
        noise.extend_from_slice(b"<html>");
        assert_eq!(sniff_binary(&noise), Some("binary data"));
        assert_eq!(sniff_binary(b"<p>plain \x00 page with one NUL</p>"), None);
    }
}
