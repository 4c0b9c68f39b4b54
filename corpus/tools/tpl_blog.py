"""Template for the `blog-` family: "Gatehouse Notes", an invented
WordPress blog on probation, prisons and drug policy.

Traps built into every page: cookie bar, nav, breadcrumbs, share bar,
author box, related posts (other posts' titles, dates and standfirsts),
comments with later dates, comment form, sidebar with a sponsor widget,
subscribe box, recent posts naming other areas and providers, archives,
footer with the publisher's Newcastle address.
"""
from common import esc, texturize, long, isotime, first_sentence, plain

SITE = "Gatehouse Notes"
BASE = "https://www.gatehousenotes.org.uk"

RECENT = [
    ("2026/11/12/probation-in-cumbria-long-roads-short-staffing", "Probation in Cumbria: long roads, short staffing"),
    ("2026/10/28/what-mtcnovo-left-behind-in-london", "What MTCnovo left behind in London"),
    ("2026/10/09/lincolnshires-new-womens-centre-opens-its-doors", "Lincolnshire\u2019s new women\u2019s centre opens its doors"),
    ("2026/09/24/serco-hmp-thameside-and-the-staffing-question", "Serco, HMP Thameside and the staffing question"),
    ("2026/09/02/a-week-with-the-merseyside-iom-team", "A week with the Merseyside IOM team"),
]

ARCHIVE_MONTHS = ["2026/11", "2026/10", "2026/09", "2026/08", "2026/07", "2026/06",
                  "2026/05", "2026/04", "2026/03", "2026/02"]

CATS = [("probation", "Probation", 612), ("prisons", "Prisons", 398), ("drugs", "Drugs &amp; alcohol", 241),
        ("women", "Women and justice", 77), ("youth-justice", "Youth justice", 103),
        ("policing", "Policing", 88), ("sentencing", "Sentencing", 150), ("scotland-ni", "Scotland &amp; NI", 31)]


def ttl(t):
    return texturize(esc(t))


def permalink(p):
    y, m, dd = p["date"].split("-")
    return f"{BASE}/{y}/{m}/{dd}/{p['slug']}/"


def _cat_slug(name):
    for slug, label, _ in CATS:
        if label.replace("&amp;", "&") == name:
            return slug
    return name.lower().replace(" ", "-")


def render(p, all_blog):
    url = permalink(p)
    title = p["title"]
    t_title = ttl(title)
    pid = p["post_id"]
    date = p["date"]
    pub = isotime(date, p.get("time", "08:30"))
    upd = p.get("updated")
    desc = esc(plain(p["standfirst"]))
    head = [
        "<!DOCTYPE html>",
        '<html lang="en-GB" class="no-js">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t_title} &#8211; {SITE}</title>",
        "<meta name='robots' content='index, follow, max-image-preview:large' />",
        f'<meta name="description" content="{desc}" />',
        f'<link rel="canonical" href="{url}" />',
        '<meta property="og:locale" content="en_GB" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{esc(title)}" />',
        f'<meta property="og:description" content="{desc}" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{SITE}" />',
    ]
    if p.get("og"):
        head.append(f'<meta property="article:published_time" content="{pub}" />')
        if upd:
            head.append(f'<meta property="article:modified_time" content="{isotime(upd, "16:10")}" />')
        head.append('<meta name="author" content="%s" />' % esc(p["author"]))
        head.append('<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":['
                    f'{{"@type":"Article","@id":"{url}#article","headline":"{esc(title)}",'
                    f'"datePublished":"{pub}","dateModified":"{isotime(upd or date, "16:10")}",'
                    f'"author":{{"name":"{esc(p["author"])}"}},"publisher":{{"@id":"{BASE}/#organization"}},'
                    f'"mainEntityOfPage":{{"@id":"{url}"}},"inLanguage":"en-GB"}},'
                    f'{{"@type":"Organization","@id":"{BASE}/#organization","name":"{SITE}","url":"{BASE}/"}}]}}</script>')
    head += [
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:site" content="@gatehousenotes" />',
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Feed" href="{BASE}/feed/" />',
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {t_title} Comments Feed" href="{url}feed/" />',
        f"<link rel='stylesheet' id='wp-block-library-css' href='{BASE}/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' media='all' />",
        f"<link rel='stylesheet' id='harbour-style-css' href='{BASE}/wp-content/themes/harbour/style.css?ver=1.8.4' media='all' />",
        "<style id='harbour-inline-css'>.gn-cookie{position:fixed;bottom:0;width:100%;background:#16324f;color:#fff;padding:10px 16px;z-index:99}"
        ".entry-content p{line-height:1.65}.widget-sponsor{border:1px solid #d6dde4;padding:12px}</style>",
        f"<script src='{BASE}/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>",
        f'<link rel="https://api.w.org/" href="{BASE}/wp-json/" />',
        f"<link rel='shortlink' href='{BASE}/?p={pid}' />",
        '<meta name="generator" content="WordPress 6.2.2" />',
        f'<link rel="icon" href="{BASE}/wp-content/uploads/2016/04/cropped-gn-mark-32x32.png" sizes="32x32" />',
        "</head>",
    ]

    cat = p["cats"][0]
    body = [
        f'<body class="post-template-default single single-post postid-{pid} single-format-standard has-sidebar">',
        '<div class="gn-cookie" id="gn-cookie-notice" role="dialog" aria-live="polite"><p>Gatehouse Notes sets a small number of cookies so that the site remembers your settings and so we can count readers. '
        f'<a href="{BASE}/cookies/">How we use cookies</a> <button type="button" class="gn-cookie__ok">That\u2019s fine</button> <button type="button" class="gn-cookie__no">Essential only</button></p></div>',
        '<div id="page" class="hfeed site">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header" role="banner">',
        '<div class="site-branding">',
        f'<p class="site-title"><a href="{BASE}/" rel="home">{SITE}</a></p>',
        '<p class="site-description">Commentary on probation, prisons and drug policy in the UK</p>',
        "</div>",
        '<nav id="site-navigation" class="main-navigation" aria-label="Main menu"><button class="menu-toggle" aria-expanded="false">Menu</button>',
        '<ul id="menu-main" class="nav-menu">',
        f'<li class="menu-item"><a href="{BASE}/">Home</a></li>',
        f'<li class="menu-item"><a href="{BASE}/category/prisons/">Inside prisons</a></li>',
        f'<li class="menu-item"><a href="{BASE}/category/probation/">On probation</a></li>',
        f'<li class="menu-item"><a href="{BASE}/category/drugs/">Drug policy</a></li>',
        f'<li class="menu-item"><a href="{BASE}/category/youth-justice/">Young people</a></li>',
        f'<li class="menu-item"><a href="{BASE}/guest-posts/">Write for us</a></li>',
        f'<li class="menu-item"><a href="{BASE}/about/">About</a></li>',
        "</ul></nav>",
        "</header>",
        '<div id="content" class="site-content">',
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main">',
        f'<p class="breadcrumbs"><a href="{BASE}/">Home</a> &rsaquo; <a href="{BASE}/category/{_cat_slug(cat)}/">{esc(cat)}</a> &rsaquo; <span>{t_title}</span></p>',
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{_cat_slug(cat)}">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{t_title}</h1>',
    ]
    meta = ['<div class="entry-meta">']
    if p.get("show_date", True):
        meta.append(f'<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{pub}">{long(date)}</time>')
        if upd:
            meta.append(f'<time class="updated" datetime="{isotime(upd, "16:10")}">{long(upd)}</time>')
        meta.append("</a></span>")
    meta.append(f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="{BASE}/author/{p["author"].lower().replace(" ", "-")}/">{esc(p["author"])}</a></span></span>')
    n_comments = len(p.get("comments", []))
    meta.append(f'<span class="comments-link"> &middot; <a href="{url}#comments">{n_comments} Comment{"s" if n_comments != 1 else ""}</a></span>')
    meta.append("</div>")
    body += meta
    body += [
        "</header>",
        '<div class="entry-content">',
        f'<p class="standfirst"><strong>{texturize(p["standfirst"])}</strong></p>',
        texturize(p["body"]),
        "</div><!-- .entry-content -->",
    ]
    # share bar
    body.append('<div class="gn-share"><h3 class="gn-share__title">Share this post</h3><ul>'
                f'<li><a class="share-x" href="https://x.com/intent/post?url={url}" rel="nofollow noopener" target="_blank">X</a></li>'
                f'<li><a class="share-linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" rel="nofollow noopener" target="_blank">LinkedIn</a></li>'
                f'<li><a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" rel="nofollow noopener" target="_blank">Facebook</a></li>'
                f'<li><a class="share-email" href="mailto:?subject={esc(title)}&amp;body={url}">Email</a></li>'
                f'<li><a class="share-print" href="#" onclick="window.print();return false;">Print</a></li></ul></div>')
    # entry footer: categories and tags
    cats = ", ".join(f'<a href="{BASE}/category/{_cat_slug(c)}/" rel="category tag">{esc(c)}</a>' for c in p["cats"])
    tags = ", ".join(f'<a href="{BASE}/tag/{t.lower().replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in p["tags"])
    body.append(f'<footer class="entry-footer"><span class="cat-links">Filed under: {cats}</span> <span class="tags-links">Tags: {tags}</span></footer>')
    # author box
    bio = p.get("author_bio") or ("Martin Hale edits Gatehouse Notes. He worked in probation for fourteen years before "
                                  "moving into research, and writes about what policy looks like from the front line.")
    body.append(f'<div class="author-box"><h3>About the author</h3><p><strong>{esc(p["author"])}</strong> &ndash; {texturize(bio)}</p>'
                f'<p><a href="{BASE}/author/{p["author"].lower().replace(" ", "-")}/">More posts by {esc(p["author"])} &raquo;</a></p></div>')
    body.append(f"</article><!-- #post-{pid} -->")
    # related posts
    idx = [q["file"] for q in all_blog].index(p["file"])
    rel = [all_blog[(idx + k) % len(all_blog)] for k in p.get("related_offsets", (3, 5, 7))]
    body.append('<div class="gn-related"><h3 class="gn-related__title">You might also like</h3><ul class="gn-related__list">')
    for q in rel:
        body.append(f'<li><a href="{permalink(q)}">{ttl(q["title"])}</a>'
                    f'<span class="gn-related__date">{long(q["date"])}</span>'
                    f'<p class="gn-related__excerpt">{texturize(q["standfirst"])}</p></li>')
    body.append("</ul></div>")
    # post navigation
    prev_p = all_blog[idx - 1]
    next_p = all_blog[(idx + 1) % len(all_blog)]
    body.append('<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="{permalink(prev_p)}" rel="prev">&larr; {ttl(prev_p["title"])}</a></div>'
                f'<div class="nav-next"><a href="{permalink(next_p)}" rel="next">{ttl(next_p["title"])} &rarr;</a></div></div></nav>')
    # comments
    body.append('<div id="comments" class="comments-area">')
    cm = p.get("comments", [])
    if cm:
        body.append(f'<h2 class="comments-title">{len(cm)} thought{"s" if len(cm) != 1 else ""} on &ldquo;{t_title}&rdquo;</h2><ol class="comment-list">')
        for i, (who, when, text) in enumerate(cm):
            cid = pid * 10 + i + 1
            day, hm = when.split(" ")
            body.append(f'<li id="comment-{cid}" class="comment depth-1"><article id="div-comment-{cid}" class="comment-body">'
                        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>'
                        f'<div class="comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{isotime(day, hm)}">{long(day)} at {hm}</time></a></div></footer>'
                        f'<div class="comment-content"><p>{texturize(text)}</p></div>'
                        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond">Reply</a></div></article></li>')
        body.append("</ol>")
    body.append('<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
                f'<form action="{BASE}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
                '<p class="comment-notes">We never show your email address. Comments are moderated and may take a day to appear.</p>'
                '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="6" required></textarea></p>'
                '<p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text" size="30" required /></p>'
                '<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" size="30" required /></p>'
                '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
                '<label for="wp-comment-cookies-consent">Remember my name and email for next time.</label></p>'
                f'<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /><input type="hidden" name="comment_post_ID" value="{pid}" /></p>'
                "</form></div></div><!-- #comments -->")
    body.append("</main></div><!-- #primary -->")
    # sidebar
    side = ['<aside id="secondary" class="widget-area" role="complementary">',
            f'<section class="widget widget_search"><form role="search" method="get" class="search-form" action="{BASE}/"><label><span class="screen-reader-text">Search for:</span>'
            '<input type="search" class="search-field" placeholder="Search the archive" name="s" /></label><button type="submit">Search</button></form></section>',
            '<section class="widget widget-sponsor"><h2 class="widget-title">Supported by</h2>'
            f'<a href="https://www.phoenix-futures.org.uk/" rel="sponsored noopener"><img src="{BASE}/wp-content/uploads/2022/01/sponsor-banner.png" alt="Sponsor banner" width="240" height="90" /></a>'
            '<p>Gatehouse Notes is supported by Phoenix Futures, who have no editorial say over anything we publish.</p></section>',
            '<section class="widget widget_subscribe"><h2 class="widget-title">Never miss a post</h2>'
            '<p>Join 4,180 readers who get Gatehouse Notes by email every Tuesday and Friday.</p>'
            f'<form action="{BASE}/?subscribe" method="post"><input type="email" name="email" placeholder="Your email address" required /> <button type="submit">Sign me up</button></form></section>',
            '<section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul>']
    for path, t in RECENT:
        side.append(f'<li><a href="{BASE}/{path}/">{texturize(t)}</a></li>')
    side.append("</ul></section>")
    side.append('<section class="widget widget_categories"><h2 class="widget-title">Topics</h2><ul>')
    for slug, label, n in CATS:
        side.append(f'<li class="cat-item"><a href="{BASE}/category/{slug}/">{label}</a> ({n})</li>')
    side.append("</ul></section>")
    side.append('<section class="widget widget_archive"><h2 class="widget-title">Archive</h2><select name="archive-dropdown"><option value="">Choose a month</option>')
    from common import MONTHS
    for ym in ARCHIVE_MONTHS:
        y, m = ym.split("/")
        side.append(f'<option value="{BASE}/{ym}/">{MONTHS[int(m) - 1]} {y}</option>')
    side.append("</select></section></aside>")
    body += side
    body.append("</div><!-- #content -->")
    body.append('<footer id="colophon" class="site-footer" role="contentinfo"><div class="footer-widgets">'
                '<div class="footer-col"><h2>About Gatehouse Notes</h2><p>Independent commentary on criminal justice since 2011. Guest posts are welcome from practitioners, researchers and people with lived experience.</p></div>'
                f'<div class="footer-col"><h2>Contact</h2><p>Gatehouse Media CIC, Unit 4, Ouseburn Works, Newcastle upon Tyne NE6 1BU<br><a href="mailto:editor@gatehousenotes.org.uk">editor@gatehousenotes.org.uk</a></p></div>'
                f'<div class="footer-col"><h2>Small print</h2><ul><li><a href="{BASE}/privacy/">Privacy</a></li><li><a href="{BASE}/cookies/">Cookies</a></li><li><a href="{BASE}/comments-policy/">Comments policy</a></li></ul></div></div>'
                '<div class="site-info">&copy; 2011&ndash;2026 Gatehouse Media CIC. Company no. 09455120. Proudly powered by WordPress.</div></footer>')
    body.append("</div><!-- #page -->")
    body.append(f"<script src='{BASE}/wp-content/themes/harbour/js/navigation.js?ver=1.8.4' id='harbour-navigation-js'></script>")
    body.append("<script>document.querySelector('.gn-cookie__ok').addEventListener('click',function(){document.getElementById('gn-cookie-notice').remove();});</script>")
    body.append("</body></html>")
    return "\n".join(head + body) + "\n"
