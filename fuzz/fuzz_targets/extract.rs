//! Bytes in, `jpsearch::extract::extract` out: never a panic, never a hang
//! (libFuzzer's -timeout catches slow inputs), and when a page comes back
//! its fields hold the invariants the indexer relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(page) = jpsearch::extract::extract(data.to_vec(), "fuzz.html") {
        assert_eq!(page.source, "fuzz.html");
        assert!(!page.body.trim().is_empty() || !page.title.trim().is_empty());
        // The JSON form (`jp-index extract`) must always serialise, and
        // read back to the same date and a known kind.
        let json = serde_json::to_string(&page).expect("page serialises");
        let v: serde_json::Value = serde_json::from_str(&json).expect("reads back");
        if let Some(d) = v["date"].as_str() {
            let day = d.parse::<jpsearch::schema::day::Day>();
            assert!(day.is_ok_and(|p| Some(p) == page.date), "bad date {d}");
        }
        let kind = v["kind"].as_str().unwrap_or("");
        assert!(
            ["blog", "inspection", "news", "report", "other"].contains(&kind),
            "kind {kind}"
        );
    }
});
