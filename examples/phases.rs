use jpsearch::extract::{
    article, charset, date, dom::Dom, entities, kind, meta::Meta, text, title,
};
use std::time::{Duration, Instant};
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let n: usize = std::env::args()
        .nth(2)
        .map(|s| s.parse().unwrap())
        .unwrap_or(1000);
    let mut files: Vec<Vec<u8>> = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names.into_iter().take(n) {
        files.push(std::fs::read(p).unwrap());
    }
    let total: usize = files.iter().map(|f| f.len()).sum();
    let mut t = [Duration::ZERO; 9];
    let all = Instant::now();
    for f in &files {
        let s = Instant::now();
        let d = charset::decode(f.clone());
        t[0] += s.elapsed();
        let s = Instant::now();
        let dom = Dom::parse(&d.text);
        t[1] += s.elapsed();
        let s = Instant::now();
        let meta = Meta::read(&dom);
        t[2] += s.elapsed();
        let s = Instant::now();
        let mut art = article::find(&dom);
        t[3] += s.elapsed();
        let s = Instant::now();
        let h = title::find(&dom, &meta, &art);
        if let Some(n) = h.node {
            art.add_lead(&dom, n);
        }
        t[4] += s.elapsed();
        let s = Instant::now();
        let body = text::render(&dom, &art.roots, &art.mask);
        t[5] += s.elapsed();
        let s = Instant::now();
        let url = meta.url();
        let dd = date::find(&dom, &meta, &art, h.node, url.as_deref(), &body);
        t[6] += s.elapsed();
        let s = Instant::now();
        let signals = kind::Signals {
            url: url.as_deref(),
            title: &h.text,
            headline: h.node,
            dated: dd.is_some(),
        };
        let _k = kind::classify(&dom, &meta, &signals);
        t[7] += s.elapsed();
        let s = Instant::now();
        let _e = entities::find(&h.text, &body);
        t[8] += s.elapsed();
    }
    let el = all.elapsed();
    println!(
        "{} files {:.1} MB in {:?}: {:.1} MB/s, {:.0} us/page",
        files.len(),
        total as f64 / 1e6,
        el,
        total as f64 / 1e6 / el.as_secs_f64(),
        el.as_micros() as f64 / files.len() as f64
    );
    for (name, d) in [
        "decode", "parse", "meta", "article", "title", "text", "date", "kind", "entities",
    ]
    .iter()
    .zip(t)
    {
        println!(
            "{name:>10} {:>8.0} us/page",
            d.as_micros() as f64 / files.len() as f64
        );
    }
}
