fn main() {
    let html = r#"<div class="entry-content"><p>Since the beginning of May, community rehabilitation companies have been <a href="x">responsible</a> for resettlement in designated resettlement prisons: meeting people soon after they arrive, drawing up a resettlement plan.</p>
<h2>The arithmetic problem</h2><p>The numbers are <em>daunting</em>.   Walton   receives hundreds.</p>
<ul><li>one item</li><li>two item</li></ul>
<table><tr><th>CRC</th><th>Bidder</th></tr><tr><td>Durham Tees Valley CRC</td><td>Achieving Real Change in Communities (ARCC)</td></tr></table>
<blockquote><p>Quoted words here.</p></blockquote><p>a discharge grant of &pound;46 and “goodwill held together with email”.</p></div>"#;
    let cfg = html2text::config::plain_no_decorate()
        .no_table_borders()
        .link_footnotes(false);
    let dom = cfg.parse_html(html.as_bytes()).unwrap();
    let rt = cfg.dom_to_render_tree(&dom).unwrap();
    let s = html2text::config::plain_no_decorate()
        .no_table_borders()
        .render_to_string(rt, 100000)
        .unwrap();
    println!("{s}");
    println!("---len {}", s.len());
}
