//! Property tests for extraction: any bytes at all go through
//! `extract::extract` without a panic, and a page that comes back holds
//! what the indexer relies on (a known kind, a valid date, some text, a
//! JSON form). The fuzz target `fuzz/fuzz_targets/extract.rs` does the
//! same for much longer; the parser and decoder alone are checked the same
//! way in `src/extract/mod.rs`.

use jpsearch::extract;
use proptest::prelude::*;

/// Pieces of markup that stress the tokenizer and tree builder.
fn piece() -> impl Strategy<Value = Vec<u8>> {
    let fixed: Vec<&'static [u8]> = vec![
        b"<html>",
        b"<head>",
        b"<body>",
        b"<article>",
        b"</article>",
        b"<main>",
        b"<div class=\"post-content\">",
        b"</div>",
        b"<p>",
        b"</p>",
        b"<h1>",
        b"</h1>",
        b"<h2>",
        b"<ul><li>",
        b"<li>",
        b"<table><tr><td>",
        b"<td>",
        b"</table>",
        b"<br/>",
        b"<img src=x>",
        b"<a href=\"/news/x\">",
        b"</a>",
        b"<script>",
        b"</script>",
        b"<style>",
        b"<!--",
        b"-->",
        b"<![CDATA[",
        b"<!DOCTYPE html>",
        b"<title>",
        b"</title>",
        b"<meta charset=\"utf-8\">",
        b"<meta charset=\"windows-1252\">",
        b"<meta charset=\"shift_jis\">",
        b"<meta charset=\"utf-16\">",
        b"<meta property=\"og:title\" content=\"A title\">",
        b"<meta property=\"article:published_time\" content=\"2021-06-26T10:00:00Z\">",
        b"<link rel=\"canonical\" href=\"https://example.org/blog/2020/01/post\">",
        b"<time datetime=\"2019-02-30\">",
        b"<time datetime=\"99999-01-01\">",
        b"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2018-04-11\"}</script>",
        b"&amp;",
        b"&#0;",
        b"&#x110000;",
        b"&#xD800;",
        b"&pound",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\x00",
        b"\xc3\x28",
        b"\xe2\x82",
        b"\x92",
        b"Probation Service",
        b"Kent and Sussex",
        b"HMP Berwyn",
        b"26 June 2021",
        b"Published: 3 March 2020",
        b"An inspection of probation services in Durham",
        b"\n\n",
        b"   ",
    ];
    prop_oneof![
        4 => prop::sample::select(fixed).prop_map(<[u8]>::to_vec),
        2 => "[a-zA-Z £–’]{1,40}".prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 1..16),
        1 => ("[a-z]{1,8}", "[a-z-]{1,8}", "[^\"]{0,12}")
            .prop_map(|(t, a, v)| format!("<{t} {a}=\"{v}\">").into_bytes()),
    ]
}

fn html_soup() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.concat())
}

fn check(bytes: Vec<u8>) -> Result<(), TestCaseError> {
    if let Ok(page) = extract::extract(bytes, "p.html") {
        prop_assert_eq!(&page.source, "p.html");
        prop_assert!(!page.body.trim().is_empty() || !page.title.trim().is_empty());
        let json: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&page).expect("serialises"))
                .expect("reads back");
        let kind = json["kind"].as_str().unwrap_or("");
        prop_assert!(
            ["blog", "inspection", "news", "report", "other"].contains(&kind),
            "kind {}",
            kind
        );
        if let Some(d) = json["date"].as_str() {
            prop_assert!(
                d.parse::<jpsearch::schema::day::Day>()
                    .is_ok_and(|p| Some(p) == page.date),
                "bad date {}",
                d
            );
        } else {
            prop_assert!(page.date.is_none());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_bytes_extract_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(bytes)?;
    }

    #[test]
    fn html_soup_extracts_without_panic(bytes in html_soup()) {
        check(bytes)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Deep nesting and many siblings, built from the soup's tags: the DOM
    /// flattens, nothing recurses.
    #[test]
    fn deep_soup_extracts_without_panic(
        open in prop::sample::select(vec!["<div>", "<li>", "<td>", "<b>", "<p>", "<span>", "<h2>", "<table>", "<blockquote>"]),
        depth in 1000usize..20_000,
        close in any::<bool>(),
    ) {
        let mut html = open.repeat(depth);
        html.push_str("probation text");
        if close {
            html.push_str(&open.replace('<', "</").repeat(depth));
        }
        check(html.into_bytes())?;
    }
}
