//! Hostile files for the indexer: everything a crawler may save under an
//! `.html` name, and a few things a folder may hold besides.
//!
//! Include with `#[path = "common/hostile.rs"] mod hostile;`.
//!
//! What happens to each is decided here, in [`Expect`], and documented in
//! the README's "Hostile pages" section:
//!
//! | file | outcome | why |
//! |---|---|---|
//! | 0-byte / whitespace-only | skipped: `empty file` | nothing to index |
//! | PNG, PDF, ZIP, GIF bytes | skipped: `not a web page: PNG image` etc. | magic numbers |
//! | NUL-padded binary junk | skipped: `not a web page: binary data` | >1% control bytes |
//! | a page with a few stray NULs | indexed | text with noise; NULs do no harm |
//! | invalid UTF-8 | indexed | decoded (detected as Windows-1252 / replacement chars) |
//! | UTF-16 LE and BE with BOM | indexed | decodable text |
//! | a charset label that lies | indexed, decoded correctly | valid UTF-8 beats a legacy label |
//! | 100,000 nested elements | indexed | the DOM flattens past depth 256; nothing recurses |
//! | 50 MB page | skipped: `too large` | over `--max-page-bytes` (20 MiB); not even read |
//! | a page just under 20 MiB | indexed | under the limit |
//! | a 1 MB single line | indexed | |
//! | 10,000 attributes | indexed | attributes beyond those used are dropped |
//! | unclosed comment / script after text | indexed (the text before) | |
//! | unclosed comment from the start | skipped: `no text found` | no text |
//! | symlink loop | skipped: `symlink loop` | walkdir detects it |
//! | unreadable file | skipped: `Permission denied` (indexed when running as root, which reads anyway) | |
//! | a folder named `x.html` | skipped: `a folder, not a page` | |
#![allow(dead_code)]

use std::path::Path;

/// What the indexer should do with a hostile file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Indexed; the word is in the page and a search for it finds it.
    Indexed { word: &'static str },
    /// Reported on stderr as `skipped NAME: ...REASON...` and not indexed.
    Skipped { reason: &'static str },
}

/// One hostile file (or folder, or link) put in the tree.
#[derive(Clone, Debug)]
pub struct Case {
    /// Path relative to the tree's root (the document's `source`).
    pub name: String,
    pub expect: Expect,
}

fn indexed(name: &str, word: &'static str) -> Case {
    Case {
        name: name.into(),
        expect: Expect::Indexed { word },
    }
}

fn skipped(name: &str, reason: &'static str) -> Case {
    Case {
        name: name.into(),
        expect: Expect::Skipped { reason },
    }
}

fn html_page(word: &str, title: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>\
         <p>The probation service wrote about {word} in a short note on supervision.</p>\
         </article></body></html>"
    )
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

/// Deterministic pseudo-random bytes.
fn noise(n: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// Size options: the default limit, and whether to write the big files.
pub struct Sizes {
    /// The indexer's page-size limit (the default, 20 MiB).
    pub max_page_bytes: u64,
}

impl Default for Sizes {
    fn default() -> Self {
        Sizes {
            max_page_bytes: jpsearch::index::DEFAULT_MAX_PAGE_BYTES,
        }
    }
}

/// Writes every hostile case under `root` and returns what should happen
/// to each. `root_reads_anything`: the process is root (or otherwise can
/// read a chmod-000 file), so the unreadable file will be read.
pub fn write_all(root: &Path, sizes: &Sizes, root_reads_anything: bool) -> Vec<Case> {
    use std::os::unix::fs::PermissionsExt;
    let mut cases = Vec::new();
    let dir = root.join("hostile");
    std::fs::create_dir_all(&dir).unwrap();
    let put = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();

    put("empty.html", b"");
    cases.push(skipped("hostile/empty.html", "empty file"));
    put("blank.htm", b"  \n\t\r\n  ");
    cases.push(skipped("hostile/blank.htm", "empty file"));

    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(4000, 1));
    put("image.html", &png);
    cases.push(skipped("hostile/image.html", "PNG image"));
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".to_vec();
    pdf.extend(noise(4000, 2));
    put("report.pdf.html", &pdf);
    cases.push(skipped("hostile/report.pdf.html", "PDF document"));
    let mut zip = b"PK\x03\x04\x14\0\0\0\x08\0".to_vec();
    zip.extend(noise(4000, 3));
    put("archive.html", &zip);
    cases.push(skipped("hostile/archive.html", "ZIP archive"));
    let mut gif = b"GIF89a".to_vec();
    gif.extend(noise(500, 4));
    put("anim.htm", &gif);
    cases.push(skipped("hostile/anim.htm", "GIF image"));
    let mut junk = vec![0u8; 2000];
    junk.extend(noise(2000, 5));
    put("nul-padded.html", &junk);
    cases.push(skipped("hostile/nul-padded.html", "binary data"));

    let nuls = html_page("zqnulbytes", "Stray NULs")
        .replace("<body>", "<body>\0\0")
        .replace("short note", "short\0 note")
        .into_bytes();
    put("nul-bytes.html", &nuls);
    cases.push(indexed("hostile/nul-bytes.html", "zqnulbytes"));

    let mut bad = b"<html><body><p>Probation zqbadutf ".to_vec();
    bad.extend_from_slice(b"\xff\xfe\xc3\x28\xa0\xa1 \xe2\x82 \xf0\x28\x8c\x28 \xc0\xaf");
    bad.extend_from_slice(b" hostel report.</p></body></html>");
    put("invalid-utf8.html", &bad);
    cases.push(indexed("hostile/invalid-utf8.html", "zqbadutf"));

    put(
        "utf16le.html",
        &utf16(&html_page("zqutfsixteen", "UTF-16 page £5"), false),
    );
    cases.push(indexed("hostile/utf16le.html", "zqutfsixteen"));
    put(
        "utf16be.html",
        &utf16(&html_page("zqbigendian", "UTF-16BE page"), true),
    );
    cases.push(indexed("hostile/utf16be.html", "zqbigendian"));

    // Says Shift_JIS, holds UTF-8; says UTF-8, holds Windows-1252.
    put(
        "lying-sjis.html",
        "<meta charset=\"shift_jis\"><p>Café zqliarone: £5 for the probation hostel – “quoted”.</p>"
            .as_bytes(),
    );
    cases.push(indexed("hostile/lying-sjis.html", "zqliarone"));
    put(
        "lying-utf8.html",
        b"<meta charset=\"utf-8\"><p>The charity\x92s zqliartwo grant \x96 \xa35m for probation.</p>",
    );
    cases.push(indexed("hostile/lying-utf8.html", "zqliartwo"));
    put(
        "lying-utf16.html",
        "<meta charset=\"utf-16\"><p>Declared UTF-16, is ASCII: zqliarthree probation.</p>"
            .as_bytes(),
    );
    cases.push(indexed("hostile/lying-utf16.html", "zqliarthree"));

    let n = 100_000;
    let nested = format!(
        "<html><body>{}<p>zqdeepnest probation</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    put("nested-div.html", nested.as_bytes());
    cases.push(indexed("hostile/nested-div.html", "zqdeepnest"));
    let nested_unclosed = format!(
        "<html><body>{}zqdeepmixed probation",
        "<ul><li><table><tr><td><b><span>".repeat(n / 7)
    );
    put("nested-mixed.html", nested_unclosed.as_bytes());
    cases.push(indexed("hostile/nested-mixed.html", "zqdeepmixed"));

    // 50 MB: over the limit, skipped by size before it is read (a sparse
    // file is enough: nothing may read it).
    let f = std::fs::File::create(dir.join("huge.html")).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    cases.push(skipped("hostile/huge.html", "too large"));

    // Just under the limit: read, parsed and indexed. Like the real pages
    // the limit leaves room for, most of it is an inline image (a data:
    // URI), after some ordinary paragraphs.
    let mut big = String::from(
        "<html><head><title>Nearly too big</title></head><body><article>\
         <h1>Nearly too big</h1><p>zqnearlimit: the probation report in full.</p>",
    );
    for _ in 0..2000 {
        big.push_str("<p>Probation officers wrote long reports on supervision and hostels.</p>\n");
    }
    big.push_str("<img alt=\"chart\" src=\"data:image/png;base64,");
    let tail = "\"></article></body></html>";
    let target = sizes.max_page_bytes as usize - 1;
    let chunk = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk";
    while big.len() + chunk.len() + tail.len() <= target {
        big.push_str(chunk);
    }
    while big.len() + tail.len() < target {
        big.push('A');
    }
    big.push_str(tail);
    assert_eq!(big.len(), target);
    put("near-limit.html", big.as_bytes());
    cases.push(indexed("hostile/near-limit.html", "zqnearlimit"));

    let mut line = String::from("<html><body><p>zqlongline ");
    while line.len() < 1_000_000 {
        line.push_str("probation supervision hostel ");
    }
    line.push_str("</p></body></html>");
    assert!(!line.contains('\n'));
    put("one-line.html", line.as_bytes());
    cases.push(indexed("hostile/one-line.html", "zqlongline"));

    let mut attrs = String::from("<html><body><div");
    for i in 0..10_000 {
        attrs.push_str(&format!(" data-a{i}=\"v{i}\""));
        if i % 1000 == 0 {
            attrs.push_str(" class=\"c\" id=\"x\"");
        }
    }
    attrs.push_str("><p>zqmanyattrs probation page</p></div></body></html>");
    put("attributes.html", attrs.as_bytes());
    cases.push(indexed("hostile/attributes.html", "zqmanyattrs"));

    put(
        "unclosed-comment.html",
        format!(
            "<p>zqbeforecomment probation text</p><!-- never closed {}",
            "<p>hidden</p>".repeat(1000)
        )
        .as_bytes(),
    );
    cases.push(indexed("hostile/unclosed-comment.html", "zqbeforecomment"));
    put(
        "unclosed-script.html",
        format!(
            "<p>zqbeforescript probation text</p><script>var s = '{}",
            "<p>x</p>".repeat(1000)
        )
        .as_bytes(),
    );
    cases.push(indexed("hostile/unclosed-script.html", "zqbeforescript"));
    put(
        "only-comment.html",
        b"<!-- a comment that never ends <p>zqnevershown</p>",
    );
    cases.push(skipped("hostile/only-comment.html", "no text found"));
    put(
        "unclosed-style-title.html",
        b"<title>zqtitleonly probation<style>p { color: red",
    );
    cases.push(indexed("hostile/unclosed-style-title.html", "zqtitleonly"));

    std::os::unix::fs::symlink(".", dir.join("loop")).unwrap();
    cases.push(skipped("hostile/loop", "symlink loop"));
    std::os::unix::fs::symlink("missing-target.html", dir.join("dangling.html")).unwrap();
    cases.push(skipped("hostile/dangling.html", "No such file"));

    put(
        "unreadable.html",
        html_page("zqunreadable", "Locked").as_bytes(),
    );
    std::fs::set_permissions(
        dir.join("unreadable.html"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    cases.push(if root_reads_anything {
        indexed("hostile/unreadable.html", "zqunreadable")
    } else {
        skipped("hostile/unreadable.html", "ermission denied")
    });

    std::fs::create_dir_all(dir.join("folder.html")).unwrap();
    std::fs::write(
        dir.join("folder.html").join("inner.html"),
        html_page("zqinsidefolder", "Inside a folder named like a page"),
    )
    .unwrap();
    cases.push(skipped("hostile/folder.html", "a folder, not a page"));
    cases.push(indexed("hostile/folder.html/inner.html", "zqinsidefolder"));

    cases
}

/// Undoes what stops a temporary folder from being removed.
pub fn cleanup(root: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(
        root.join("hostile/unreadable.html"),
        std::fs::Permissions::from_mode(0o600),
    );
}
