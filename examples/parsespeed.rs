use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut files: Vec<Vec<u8>> = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        files.push(std::fs::read(e.unwrap().path()).unwrap());
    }
    let total: usize = files.iter().map(|f| f.len()).sum();
    let t = Instant::now();
    let mut n = 0;
    for f in &files {
        let dom = html2text::config::plain().parse_html(&f[..]).unwrap();
        n += dom.document.children.borrow().len();
    }
    let el = t.elapsed();
    println!(
        "parse: {} files {:.1} MB in {:?} => {:.1} MB/s {}",
        files.len(),
        total as f64 / 1e6,
        el,
        total as f64 / 1e6 / el.as_secs_f64(),
        n
    );
    let t = Instant::now();
    let mut m = 0;
    for f in &files {
        let cfg = html2text::config::plain();
        let dom = cfg.parse_html(&f[..]).unwrap();
        let rt = cfg.dom_to_render_tree(&dom).unwrap();
        let s = html2text::config::plain()
            .render_to_string(rt, 10000)
            .unwrap();
        m += s.len();
    }
    let el = t.elapsed();
    println!(
        "parse+render: {:?} => {:.1} MB/s out {}",
        el,
        total as f64 / 1e6 / el.as_secs_f64(),
        m
    );
}
#[allow(dead_code)]
fn unused() {}
