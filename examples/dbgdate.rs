use jpsearch::extract::{article, date, dom::Dom, meta::Meta, title};
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let html = std::fs::read_to_string(p).unwrap();
    let dom = Dom::parse(&html);
    let meta = Meta::read(&dom);
    let art = article::find(&dom);
    let h = title::find(&dom, &meta, &art);
    println!(
        "headline node {:?} name {} roots {:?}",
        h.node,
        h.node.map(|n| dom.name(n)).unwrap_or(""),
        art.roots
            .iter()
            .map(|&r| (r, dom.name(r), dom.attr(r, "class")))
            .collect::<Vec<_>>()
    );
    let keep: Vec<u32> = h
        .node
        .into_iter()
        .chain(art.roots.first().copied())
        .collect();
    let foreign = date::foreign_mask(&dom, &keep);
    for n in dom.elements_named("abbr") {
        println!(
            "abbr {:?} foreign {} attrs {:?}",
            n,
            foreign[n as usize],
            dom.element(n).unwrap().attrs
        );
    }
    if let Some(hn) = h.node {
        for a in dom.ancestors(hn) {
            println!(
                "  anc {} {:?} foreign {}",
                dom.name(a),
                dom.attr(a, "class"),
                foreign[a as usize]
            );
        }
    }
}
