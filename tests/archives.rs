//! Web archives, WordPress exports and gzipped pages through the real
//! binaries. Every archive is built here, byte by byte: gzip members, WARC
//! headers, HTTP responses (chunked, gzip), a revisit record, a WACZ zip, a
//! WXR file laid out as WordPress writes it. The pages are our own text.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const JP_INDEX: &str = env!("CARGO_BIN_EXE_jp-index");
const JP_QUERY: &str = env!("CARGO_BIN_EXE_jp-query");

fn jp_index(args: &[&str]) -> Output {
    Command::new(JP_INDEX)
        .args(args)
        .env_remove("JPSEARCH_INDEX")
        .output()
        .expect("jp-index runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `jp-index extract` on a path: the pages printed, and stderr.
fn extract(path: &Path) -> (Vec<Value>, String) {
    let out = jp_index(&["extract", path.to_str().unwrap()]);
    let pages = String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    (pages, stderr(&out))
}

fn query(index: &Path, text: &str) -> Value {
    let out = Command::new(JP_QUERY)
        .args([
            "--index",
            index.to_str().unwrap(),
            "--format",
            "json",
            "--limit",
            "50",
        ])
        .arg("--")
        .arg(text)
        .output()
        .expect("jp-query runs");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        )
    })
}

// ---- building archives ----

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
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

/// An HTTP response: status line, headers, body.
fn http(status: &str, headers: &[&str], body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for h in headers {
        r.extend_from_slice(h.as_bytes());
        r.extend_from_slice(b"\r\n");
    }
    r.extend_from_slice(b"\r\n");
    r.extend_from_slice(body);
    r
}

/// A WARC record with the given type, target URI, date, extra fields and
/// block; `length` overrides the true Content-Length (to make it lie).
fn record(
    kind: &str,
    uri: &str,
    date: &str,
    extra: &[&str],
    block: &[u8],
    length: Option<usize>,
) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n",
        uri.len() * 7919 + date.len()
    )
    .into_bytes();
    for e in extra {
        r.extend_from_slice(e.as_bytes());
        r.extend_from_slice(b"\r\n");
    }
    let content_type = match kind {
        "response" | "revisit" => "application/http; msgtype=response",
        "request" => "application/http; msgtype=request",
        _ => "application/warc-fields",
    };
    r.extend_from_slice(
        format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            length.unwrap_or(block.len())
        )
        .as_bytes(),
    );
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(uri: &str, date: &str, extra: &[&str], http_block: &[u8]) -> Vec<u8> {
    record("response", uri, date, extra, http_block, None)
}

/// Records as a `.warc.gz`: one gzip member each.
fn warc_gz(records: &[Vec<u8>]) -> Vec<u8> {
    records.iter().flat_map(|r| gzip(r)).collect()
}

fn page_html(title: &str, date: &str, body: &str) -> String {
    format!(
        "<!doctype html><html><head><title>{title} | Field Notes</title>\
         <meta property=\"article:published_time\" content=\"{date}T09:00:00+00:00\"></head>\
         <body><nav><a href=/>Home</a> <a href=/about>About</a></nav>\
         <article><h1>{title}</h1><p>{body}</p><p>Reported for this test; not a real article.</p></article>\
         <footer>Field Notes, a made-up blog</footer></body></html>"
    )
}

const KENT: &str = "Unpaid work placements in Kent were cut back after the community \
    rehabilitation company asked for more time. Seetec said placements would return.";
const LEEDS: &str = "Approved premises in Leeds turned away people leaving prison on licence, \
    and staff said the waiting list had doubled.";
const CARDIFF: &str = "Magistrates in Cardiff heard that drug rehabilitation requirements \
    were running late because assessments were delayed.";

/// A `.warc.gz` with: a warcinfo record; a request; a plain 200 HTML page;
/// a chunked + gzip page with an ISO-8859-1 charset in HTTP only; a
/// stylesheet; a 404; a revisit of the first page; a page with no
/// Content-Type.
fn crawl() -> Vec<u8> {
    let kent = page_html("Unpaid work paused in Kent", "2020-03-24", KENT);
    let leeds_latin1: Vec<u8> = page_html(
        "Approved premises full in Leeds",
        "2021-06-01",
        &format!("{LEEDS} Caf\u{e9} staff agreed."),
    )
    .chars()
    .map(|c| u8::try_from(u32::from(c)).unwrap())
    .collect();
    let cardiff = page_html("Drug treatment delays in Cardiff", "2019-11-05", CARDIFF);
    let digest = "sha1:KENTPAGEDIGEST0000000000000000";
    vec![
        record(
            "warcinfo",
            "",
            "2024-05-01T10:00:00Z",
            &[],
            b"software: hand-built\r\n",
            None,
        ),
        record(
            "request",
            "https://fieldnotes.example/kent",
            "2024-05-01T10:00:01Z",
            &[],
            b"GET /kent HTTP/1.1\r\nHost: fieldnotes.example\r\n\r\n",
            None,
        ),
        response(
            "https://fieldnotes.example/kent",
            "2024-05-01T10:00:02Z",
            &[&format!("WARC-Payload-Digest: {digest}")],
            &http(
                "200 OK",
                &["Content-Type: text/html; charset=utf-8"],
                kent.as_bytes(),
            ),
        ),
        response(
            "https://fieldnotes.example/leeds",
            "2024-05-01T10:00:03.250Z",
            &[],
            &http(
                "200 OK",
                &[
                    "Content-Type: text/html; charset=ISO-8859-1",
                    "Transfer-Encoding: chunked",
                    "Content-Encoding: gzip",
                ],
                &chunked(&gzip(&leeds_latin1), 100),
            ),
        ),
        response(
            "https://fieldnotes.example/style.css",
            "2024-05-01T10:00:04Z",
            &[],
            &http(
                "200 OK",
                &["Content-Type: text/css"],
                b"body { color: black }",
            ),
        ),
        response(
            "https://fieldnotes.example/gone",
            "2024-05-01T10:00:05Z",
            &[],
            &http(
                "404 Not Found",
                &["Content-Type: text/html"],
                b"<html><title>Not found</title></html>",
            ),
        ),
        record(
            "revisit",
            "https://www.fieldnotes.example/kent?utm_source=feed",
            "2024-06-01T08:00:00Z",
            &[
                "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
                &format!("WARC-Payload-Digest: {digest}"),
                "WARC-Refers-To-Target-URI: https://fieldnotes.example/kent",
            ],
            &http("200 OK", &["Content-Type: text/html; charset=utf-8"], b""),
            None,
        ),
        response(
            "https://fieldnotes.example/cardiff",
            "2024-05-01T10:00:06Z",
            &[],
            &http("200 OK", &[], cardiff.as_bytes()),
        ),
    ]
    .into_iter()
    .collect::<Vec<_>>()
    .pipe(|r| warc_gz(&r))
}

trait Pipe: Sized {
    fn pipe<T>(self, f: impl FnOnce(Self) -> T) -> T {
        f(self)
    }
}
impl<T> Pipe for T {}

fn by_url<'a>(pages: &'a [Value], url: &str) -> &'a Value {
    pages
        .iter()
        .find(|p| p["url"] == url)
        .unwrap_or_else(|| panic!("no page for {url} in {pages:#?}"))
}

#[test]
fn a_warc_gz_gives_its_html_pages_with_url_and_capture_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crawl.warc.gz");
    std::fs::write(&path, crawl()).unwrap();
    let (pages, err) = extract(&path);
    assert_eq!(pages.len(), 4, "{pages:#?}\n{err}");
    let kent = by_url(&pages, "https://fieldnotes.example/kent");
    assert_eq!(kent["title"], "Unpaid work paused in Kent");
    assert_eq!(kent["date"], "2020-03-24");
    assert_eq!(kent["captured"], "2024-05-01T10:00:02Z");
    let source = kent["source"].as_str().unwrap();
    assert!(
        source.ends_with("crawl.warc.gz#2024-05-01T10:00:02Z https://fieldnotes.example/kent"),
        "{source}"
    );
    // Chunked, gzip, and the charset named only by HTTP.
    let leeds = by_url(&pages, "https://fieldnotes.example/leeds");
    assert!(
        leeds["body"]
            .as_str()
            .unwrap()
            .contains("Café staff agreed"),
        "{leeds:#?}"
    );
    assert_eq!(leeds["captured"], "2024-05-01T10:00:03Z");
    assert_eq!(leeds["areas"][0], "West Yorkshire");
    // No Content-Type: sniffed.
    assert_eq!(
        by_url(&pages, "https://fieldnotes.example/cardiff")["title"],
        "Drug treatment delays in Cardiff"
    );
    // The revisit: the original's page under the revisit's URI and date.
    let revisit = by_url(
        &pages,
        "https://www.fieldnotes.example/kent?utm_source=feed",
    );
    assert_eq!(revisit["title"], "Unpaid work paused in Kent");
    assert_eq!(revisit["captured"], "2024-06-01T08:00:00Z");
    assert_eq!(revisit["body"], kent["body"]);
    assert!(err.is_empty(), "nothing is bad here: {err}");
}

#[test]
fn a_page_in_a_warc_is_found_as_the_same_page_given_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/docs");
    let names = [
        "blog-ora-lancashire.html",
        "blog-community-payback-sussex.html",
        "blog-approved-premises-night-shift.html",
    ];
    let files = dir.path().join("files");
    let archive = dir.path().join("archive");
    std::fs::create_dir_all(&files).unwrap();
    std::fs::create_dir_all(&archive).unwrap();
    let mut records = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let html = std::fs::read(corpus.join(name)).unwrap();
        std::fs::write(files.join(name), &html).unwrap();
        let block = http(
            "200 OK",
            &["Content-Type: text/html", "Content-Encoding: gzip"],
            &gzip(&html),
        );
        records.push(response(
            &format!("https://archived.example/{name}"),
            &format!("2023-0{}-02T12:00:00Z", i + 1),
            &[],
            &block,
        ));
    }
    std::fs::write(archive.join("site.warc.gz"), warc_gz(&records)).unwrap();
    let idx_files = dir.path().join("idx-files");
    let idx_warc = dir.path().join("idx-warc");
    for (idx, root) in [(&idx_files, &files), (&idx_warc, &archive)] {
        let out = jp_index(&[
            "--quiet",
            "--index",
            idx.to_str().unwrap(),
            root.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for (i, name) in names.iter().enumerate() {
        let from_file = jp_index(&["extract", files.join(name).to_str().unwrap()]);
        let page: Value = serde_json::from_slice(&from_file.stdout).unwrap();
        let title = page["title"].as_str().unwrap();
        let q = format!(
            "title:\"{}\"",
            title
                .split_whitespace()
                .take(4)
                .collect::<Vec<_>>()
                .join(" ")
        );
        let a = query(&idx_files, &q);
        let b = query(&idx_warc, &q);
        let hit_a = &a["hits"][0];
        let hit_b = b["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["title"] == hit_a["title"])
            .unwrap_or_else(|| panic!("{q}: {b:#}"));
        for field in [
            "title",
            "date",
            "areas",
            "providers",
            "kind",
            "primary_area",
        ] {
            assert_eq!(hit_a[field], hit_b[field], "{name}: {field}");
        }
        assert_eq!(hit_b["url"], format!("https://archived.example/{name}"));
        assert!(
            hit_b["source"]
                .as_str()
                .unwrap()
                .starts_with("site.warc.gz#")
        );
        if let Some(captured) = hit_b.get("captured") {
            assert_eq!(captured, &format!("2023-0{}-02T12:00:00Z", i + 1));
        }
    }
}

#[test]
fn bad_records_are_reported_and_the_rest_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let good = |n: usize| {
        let html = page_html(&format!("Hostel report number {n}"), "2022-01-10", LEEDS);
        response(
            &format!("https://fieldnotes.example/n{n}"),
            "2024-01-01T00:00:00Z",
            &[],
            &http("200 OK", &["Content-Type: text/html"], html.as_bytes()),
        )
    };
    // A lying Content-Length in a .warc.gz (one record per member).
    let mut lying = good(1);
    let real = lying.len();
    lying = String::from_utf8(lying)
        .unwrap()
        .replacen("Content-Length: ", "Content-Length: 9", 1)
        .into_bytes();
    assert_ne!(lying.len(), real);
    let members = [gzip(&good(0)), gzip(&lying), gzip(&good(2))];
    std::fs::write(dir.path().join("lying.warc.gz"), members.concat()).unwrap();
    // A truncated gzip member in the middle.
    let mut cut = gzip(&good(4));
    cut.truncate(cut.len() / 2);
    std::fs::write(
        dir.path().join("cut.warc.gz"),
        [gzip(&good(3)), cut, gzip(&good(5))].concat(),
    )
    .unwrap();
    // A lying Content-Length in a plain .warc (too long: the reader must
    // find the next record inside what it took for the body).
    let mut plain = good(6);
    let mut too_long = String::from_utf8(good(7)).unwrap();
    let len: usize = too_long
        .split("Content-Length: ")
        .nth(1)
        .unwrap()
        .split("\r\n")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    too_long = too_long.replacen(
        &format!("Content-Length: {len}"),
        &format!("Content-Length: {}", len + 400),
        1,
    );
    plain.extend_from_slice(too_long.as_bytes());
    plain.extend_from_slice(&good(8));
    std::fs::write(dir.path().join("plain.warc"), plain).unwrap();
    // Not WARCs at all.
    std::fs::write(
        dir.path().join("fake.warc.gz"),
        b"this is a text file, not an archive\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("tar.warc.gz"),
        gzip(b"ustar\0 some other archive"),
    )
    .unwrap();
    let idx = dir.path().join("idx");
    let out = jp_index(&[
        "--index",
        idx.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let lying_at = gzip(&good(0)).len();
    assert!(
        err.contains(&format!("lying.warc.gz (offset {lying_at})")),
        "{err}"
    );
    assert!(err.contains("cut.warc.gz"), "{err}");
    assert!(err.contains("damaged gzip member"), "{err}");
    assert!(err.contains("plain.warc (offset"), "{err}");
    assert!(err.contains("fake.warc.gz: not a WARC file"), "{err}");
    assert!(
        err.contains("tar.warc.gz: gzip data, but not a WARC file"),
        "{err}"
    );
    let hits = query(&idx, "hostel report number");
    let mut titles: Vec<String> = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_string())
        .collect();
    titles.sort();
    let want: Vec<String> = [0, 2, 3, 5, 6, 8]
        .iter()
        .map(|n| format!("Hostel report number {n}"))
        .collect();
    assert_eq!(titles, want, "{err}");
}

/// A WACZ as ArchiveWeb.page writes it: the WARC stored (not deflated)
/// under `archive/`, with an index and a datapackage beside it.
fn wacz(warc: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("datapackage.json", stored).unwrap();
    zip.write_all(br#"{"profile": "data-package", "wacz_version": "1.1.1"}"#)
        .unwrap();
    zip.start_file("indexes/index.cdx", stored).unwrap();
    zip.write_all(b"").unwrap();
    zip.start_file("archive/data.warc.gz", stored).unwrap();
    zip.write_all(warc).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_wacz_is_read_and_a_zip_that_is_not_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("site.wacz"), wacz(&crawl())).unwrap();
    let (pages, err) = extract(&dir.path().join("site.wacz"));
    assert_eq!(pages.len(), 4, "{err}");
    assert!(
        pages
            .iter()
            .all(|p| p["source"].as_str().unwrap().contains("site.wacz#"))
    );
    let mut other = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    other
        .start_file("notes.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    other.write_all(b"hello").unwrap();
    std::fs::write(
        dir.path().join("notes.wacz"),
        other.finish().unwrap().into_inner(),
    )
    .unwrap();
    std::fs::write(dir.path().join("text.wacz"), b"not a zip").unwrap();
    let (pages, err) = extract(dir.path());
    assert_eq!(pages.len(), 4, "{err}");
    assert!(err.contains("notes.wacz: a zip, but not a WACZ"), "{err}");
    assert!(err.contains("text.wacz: not a zip file"), "{err}");
}

/// A WordPress 1.2 export: a published post (content in two CDATA
/// sections, as WordPress writes a `]]>` inside), a published page, a
/// draft, an attachment, a menu item, a post with a control character,
/// and a post with a comment whose fields must not be taken for the post's.
fn wxr() -> String {
    let item = |id: u32, title: &str, kind: &str, status: &str, content: &str, extra: &str| {
        format!(
            r#"
	<item>
		<title><![CDATA[{title}]]></title>
		<link>https://fieldnotes.example/?p={id}</link>
		<pubDate>Tue, 02 Mar 2021 09:30:00 +0000</pubDate>
		<dc:creator><![CDATA[editor]]></dc:creator>
		<guid isPermaLink="false">https://fieldnotes.example/?p={id}</guid>
		<description></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
		<excerpt:encoded><![CDATA[]]></excerpt:encoded>
		<wp:post_id>{id}</wp:post_id>
		<wp:post_date><![CDATA[2021-03-02 09:30:00]]></wp:post_date>
		<wp:post_date_gmt><![CDATA[2021-03-02 09:30:00]]></wp:post_date_gmt>
		<wp:comment_status><![CDATA[open]]></wp:comment_status>
		<wp:post_name><![CDATA[post-{id}]]></wp:post_name>
		<wp:status><![CDATA[{status}]]></wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:post_type><![CDATA[{kind}]]></wp:post_type>
		<category domain="category" nicename="probation"><![CDATA[Probation]]></category>
		<category domain="post_tag" nicename="kent"><![CDATA[Kent &amp; Medway]]></category>
		<wp:postmeta>
			<wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>
			<wp:meta_value><![CDATA[1]]></wp:meta_value>
		</wp:postmeta>{extra}
	</item>"#
        )
    };
    let comment = r#"
		<wp:comment>
			<wp:comment_id>5</wp:comment_id>
			<wp:comment_content><![CDATA[A comment about Manchester.]]></wp:comment_content>
			<wp:comment_date_gmt><![CDATA[2022-01-01 00:00:00]]></wp:comment_date_gmt>
		</wp:comment>"#;
    let items = [
        item(
            11,
            "Unpaid work in Kent",
            "post",
            "publish",
            &format!("{KENT}\n\nA second paragraph with the code ]]]]><![CDATA[> in it."),
            comment,
        ),
        item(
            12,
            "About this blog",
            "page",
            "publish",
            "<p>Written in <strong>Leeds</strong>.</p>",
            "",
        ),
        item(13, "Draft about Cardiff", "post", "draft", CARDIFF, ""),
        item(14, "photo.jpg", "attachment", "inherit", "", ""),
        item(15, "Home", "nav_menu_item", "publish", "", ""),
        item(
            16,
            "Broken post",
            "post",
            "publish",
            "Text with a \u{0B} vertical tab.",
            "",
        ),
        item(
            17,
            "Approved premises in Leeds",
            "post",
            "publish",
            LEEDS,
            "",
        ),
    ];
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Field Notes</title>
	<link>https://fieldnotes.example</link>
	<description>A made-up blog</description>
	<language>en-GB</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[probation]]></wp:category_nicename><wp:cat_name><![CDATA[Probation]]></wp:cat_name></wp:category>
{}
</channel>
</rss>
"#,
        items.concat()
    )
}

#[test]
fn a_wordpress_export_gives_its_published_posts_and_pages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fieldnotes.WordPress.2024-05-01.xml");
    std::fs::write(&path, wxr()).unwrap();
    let (pages, err) = extract(&path);
    let titles: Vec<&str> = pages.iter().map(|p| p["title"].as_str().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Unpaid work in Kent",
            "About this blog",
            "Approved premises in Leeds"
        ],
        "{err}"
    );
    let post = &pages[0];
    assert_eq!(post["date"], "2021-03-02");
    assert_eq!(post["date_source"], "export");
    assert_eq!(post["kind"], "blog");
    assert_eq!(post["url"], "https://fieldnotes.example/?p=11");
    assert_eq!(
        post["tags"],
        serde_json::json!(["Probation", "Kent & Medway"])
    );
    let body = post["body"].as_str().unwrap();
    assert!(body.contains("the code ]]> in it"), "{body}");
    assert!(body.contains("\n\nA second paragraph"), "{body}");
    assert!(!body.contains("Manchester"), "a comment leaked: {body}");
    assert!(post["source"].as_str().unwrap().ends_with(".xml#post-11"));
    assert_eq!(pages[1]["kind"], "other");
    assert!(err.contains("offset") && err.contains("U+000B"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn xml_that_is_not_a_wordpress_export_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sitemap.xml"),
        r#"<?xml version="1.0"?><urlset><url><loc>https://e.example/</loc></url></urlset>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("feed.xml"),
        r#"<rss version="2.0"><channel><item><title>x</title></item></channel></rss>"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("page.html.gz"),
        gzip(page_html("Kent hostel", "2020-01-01", KENT).as_bytes()),
    )
    .unwrap();
    let (pages, err) = extract(dir.path());
    assert_eq!(pages.len(), 1, "{err}");
    assert_eq!(pages[0]["source"], "page.html.gz");
    assert_eq!(pages[0]["title"], "Kent hostel");
    assert!(
        err.contains("sitemap.xml: not a WordPress export (WXR): the root element is <urlset>"),
        "{err}"
    );
    assert!(
        err.contains("feed.xml: not a WordPress export (WXR): an RSS feed without"),
        "{err}"
    );
}

fn summary_counts(err: &str) -> String {
    err.lines()
        .find(|l| l.starts_with("indexed "))
        .unwrap_or("")
        .to_string()
}

#[test]
fn a_rerun_skips_unchanged_archives_and_replaces_a_changed_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("a.warc.gz"), crawl()).unwrap();
    let b = |titles: &[&str]| {
        let records: Vec<Vec<u8>> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| {
                response(
                    &format!("https://b.example/{i}"),
                    "2024-02-02T00:00:00Z",
                    &[],
                    &http(
                        "200 OK",
                        &["Content-Type: text/html"],
                        page_html(t, "2022-02-02", LEEDS).as_bytes(),
                    ),
                )
            })
            .collect();
        warc_gz(&records)
    };
    std::fs::write(
        root.join("b.warc.gz"),
        b(&["Leeds one", "Leeds two", "Leeds three"]),
    )
    .unwrap();
    std::fs::write(root.join("export.xml"), wxr()).unwrap();
    let idx = dir.path().join("idx");
    let run = || {
        let out = jp_index(&["--index", idx.to_str().unwrap(), root.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        summary_counts(&stderr(&out))
    };
    assert!(run().starts_with("indexed 10 pages (10 new, 0 changed), 0 unchanged, 0 removed"));
    assert!(run().starts_with("indexed 0 pages (0 new, 0 changed), 10 unchanged, 0 removed"));
    // b changes: one page gone, one new, one the same.
    std::fs::write(root.join("b.warc.gz"), b(&["Leeds one", "Leeds four"])).unwrap();
    let line = run();
    assert!(
        line.starts_with("indexed 2 pages (0 new, 2 changed), 7 unchanged, 1 removed"),
        "{line}"
    );
    let hits = query(&idx, "title:leeds");
    let mut titles: Vec<&str> = hits["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap())
        .collect();
    titles.sort_unstable();
    assert!(
        titles.contains(&"Leeds four")
            && !titles.contains(&"Leeds two")
            && !titles.contains(&"Leeds three"),
        "{titles:?}"
    );
    // Touched but not changed: read once, found the same.
    let f = std::fs::File::options()
        .append(true)
        .open(root.join("a.warc.gz"))
        .unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(f);
    assert!(run().starts_with("indexed 0 pages (0 new, 0 changed), 9 unchanged, 0 removed"));
    // The archive goes: its pages go.
    std::fs::remove_file(root.join("a.warc.gz")).unwrap();
    let line = run();
    assert!(line.contains("4 removed"), "{line}");
}
