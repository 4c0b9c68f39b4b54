"""Template for the `report-` family: research report landing pages from
"The Alderbrook Institute", an invented criminal-justice think tank.

Traps: visible date in the "Month Nth, YYYY" form, citation_* meta with
slashes, a "Related publications" list naming other places and providers,
an events box with future dates, newsletter form, footer with a London
address, and an author biography panel outside the summary.
"""
from common import esc, ordinal, isotime

SITE = "The Alderbrook Institute"
BASE = "https://www.alderbrookinstitute.org.uk"

RELATED = [
    ("Probation in Wales after unification", "probation-in-wales-after-unification", "2023-04-18"),
    ("Serco, Sodexo and the private prison market", "serco-sodexo-private-prison-market", "2016-09-27"),
    ("Resettlement in Greater Manchester: a case study", "resettlement-greater-manchester-case-study", "2015-05-12"),
    ("Drug treatment in Cornwall\u2019s prisons and beyond", "drug-treatment-cornwall", "2022-01-25"),
]

EVENTS = [
    ("Launch: Women and remand", "2026-12-03", "online"),
    ("Roundtable: The future of unpaid work", "2027-01-21", "Birmingham"),
]


def render(p):
    url = f"{BASE}/publications/{p['slug']}/"
    y, m, d = p["date"].split("-")
    out = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(p['title'])} | {SITE}</title>",
        f'<meta name="description" content="{esc(p["subtitle"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta name="citation_title" content="{esc(p["title"])}">',
    ]
    for a in p["authors"]:
        out.append(f'<meta name="citation_author" content="{esc(a[0])}">')
    out += [
        f'<meta name="citation_publication_date" content="{y}/{m}/{d}">',
        f'<meta name="citation_pdf_url" content="{BASE}/wp-content/uploads/{y}/{m}/{p["slug"]}.pdf">',
        f'<meta name="citation_publisher" content="{SITE}">',
        f'<meta property="og:title" content="{esc(p["title"])}">',
        '<meta property="og:type" content="website">',
        f'<meta property="og:url" content="{url}">',
        f'<link rel="stylesheet" href="{BASE}/wp-content/themes/alder/dist/main.css?v=2.0.7">',
        "</head>",
        '<body class="publication-template single-publication">',
        '<div class="cc-banner" role="dialog" aria-label="Cookie consent"><p>This website uses cookies to analyse traffic. <a href="/privacy/">Privacy policy</a></p>'
        '<button class="cc-accept">OK</button> <button class="cc-decline">Decline</button></div>',
        '<header class="header"><div class="container">'
        f'<a href="{BASE}/" class="header__brand">{SITE}</a><span class="header__tag">Independent research on crime, justice and rehabilitation</span>'
        '<nav class="header__nav"><ul><li><a href="/research/">Research</a></li><li><a href="/publications/">Publications</a></li>'
        '<li><a href="/events/">Events</a></li><li><a href="/commentary/">Commentary</a></li><li><a href="/about/">About</a></li>'
        '<li><a href="/support-us/" class="btn">Support us</a></li></ul></nav></div></header>',
        '<main class="container publication">',
        '<div class="publication__header">',
        f'<p class="publication__type">{esc(p["rtype"])}</p>',
        f'<h1 class="publication__title">{esc(p["title"])}</h1>',
        f'<p class="publication__subtitle">{esc(p["subtitle"])}</p>',
        f'<ul class="publication__meta"><li>Published {ordinal(p["date"])}</li><li>Authors: ' +
        ", ".join(esc(a[0]) for a in p["authors"]) + f'</li><li>{p["pages"]} pages</li></ul>',
        "</div>",
        '<div class="publication__layout"><div class="publication__main">',
        f'<div class="download-box"><a class="btn btn--download" href="{BASE}/wp-content/uploads/{y}/{m}/{p["slug"]}.pdf">Download the full report (PDF, {p["size"]})</a>'
        f'<a href="{BASE}/wp-content/uploads/{y}/{m}/{p["slug"]}-summary.pdf">Download the summary</a></div>',
        '<section class="publication__summary">',
        "<h2>Summary</h2>",
        p["body"],
        "</section>",
        '<section class="publication__findings"><h2>Key findings</h2><ul>',
    ]
    for f in p["findings"]:
        out.append(f"<li>{f}</li>")
    out.append("</ul></section>")
    out.append('<section class="publication__authors"><h2>About the authors</h2>')
    for name, bio in p["authors"]:
        out.append(f'<p><strong>{esc(name)}</strong> {esc(bio)}</p>')
    out.append('</section><p class="publication__cite">Please cite as: ' + "; ".join(esc(a[0]) for a in p["authors"]) +
               f' ({y}) <em>{esc(p["title"])}</em>. London: {SITE}.</p>')
    out.append("</div>")
    out.append('<aside class="publication__aside"><section class="aside-box"><h2>Related publications</h2><ul>')
    for t, slug, dt in RELATED:
        if slug != p["slug"]:
            out.append(f'<li><a href="/publications/{slug}/">{esc(t)}</a><span>{ordinal(dt)}</span></li>')
    out.append('</ul></section><section class="aside-box"><h2>Upcoming events</h2><ul>')
    for t, dt, where in EVENTS:
        out.append(f'<li><a href="/events/">{esc(t)}</a><span>{ordinal(dt)}, {where}</span></li>')
    out.append('</ul></section><section class="aside-box aside-box--newsletter"><h2>Research in your inbox</h2>'
               '<p>A short monthly round-up of our new research and events.</p><form action="/newsletter/" method="post">'
               '<input type="email" name="email" placeholder="Email address"><button>Subscribe</button></form></section></aside>')
    out.append("</div></main>")
    out.append('<footer class="footer"><div class="container"><p>The Alderbrook Institute, 2nd Floor, 18 Bride Lane, London EC4Y 8EE. '
               'Registered charity no. 1154321. Company no. 08561234.</p><p>We are independent of government and of every provider we research. '
               '<a href="/funding/">Who funds us</a></p></div></footer>')
    out.append("</body>\n</html>")
    return "\n".join(out) + "\n"
