//! Bytes in, `jpsearch::extract::extract` out: never a panic, never a hang
//! (libFuzzer's -timeout catches slow inputs), and when a page comes back
//! its fields hold the invariants the indexer relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(page) = jpsearch::extract::extract(data.to_vec(), "fuzz.html") {
        assert_eq!(page.source, "fuzz.html");
        assert!(!page.body.trim().is_empty() || !page.title.trim().is_empty());
        if let Some(d) = &page.date {
            assert!(d.parse::<jpsearch::schema::day::Day>().is_ok(), "bad date {d}");
        }
        assert!(
            ["blog", "inspection", "news", "report", "other"].contains(&page.kind.as_str()),
            "kind {}",
            page.kind
        );
        // The JSON form (`jp-index extract`) must always serialise.
        serde_json::to_string(&page).expect("page serialises");
    }
});
