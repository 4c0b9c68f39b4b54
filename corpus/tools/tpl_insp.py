"""Template for the `insp-` family: inspection report pages in the style of
the justice inspectorates' websites (probation: older WordPress pages with a
`#inspection-meta` definition list; prisons: newer subdomain pages with a
separate "Published:" label and date).

Traps: cookie banner, skip link, header/nav, search, download boxes,
"Latest reports" lists naming other prisons and areas, inspection dates
and fieldwork dates that differ from the publication date, Open
Government Licence notice, footer with the Manchester office address.
"""
from common import esc, long, long2, isotime, first_sentence

ROOT = "https://www.justiceinspectorates.gov.uk"
PRIS = "https://hmiprisons.justiceinspectorates.gov.uk"

LATEST_PROBATION = [
    ("staffswestmidscrc", "An inspection of Staffordshire and West Midlands Community Rehabilitation Company", "2018-12-06"),
    ("cardiffyos", "An inspection of youth offending services in Cardiff", "2019-03-26"),
    ("benchcrc2019", "An inspection of Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire CRC", "2019-10-08"),
    ("wakefieldpdu2023", "An inspection of probation services in: Wakefield PDU", "2023-06-20"),
    ("readingyjs2024", "An inspection of youth justice services in Reading", "2024-03-12"),
]

LATEST_PRISONS = [
    ("hmp-liverpool-2", "Report on an unannounced inspection of HMP Liverpool", "2018-01-19"),
    ("hmyoi-feltham-a", "Report on an unannounced inspection of HMYOI Feltham A", "2022-03-01"),
    ("hmp-altcourse-3", "Report on an unannounced inspection of HMP Altcourse", "2023-05-16"),
    ("hmp-and-yoi-styal", "Report on an unannounced inspection of HMP &amp; YOI Styal", "2024-08-13"),
    ("hmp-exeter-3", "Report on an unannounced inspection of HMP Exeter", "2025-02-04"),
]

COOKIE = ('<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site">'
          '<h2 class="cookie-banner__heading">Can we store analytics cookies on your device?</h2>'
          '<p>Analytics cookies help us understand how visitors use the inspectorates\u2019 websites, so we can make them better. '
          'We only set them if you say yes. Essential cookies, which keep the site secure, are always on.</p>'
          '<button class="cookie-banner__accept" type="button">Yes, I\u2019m happy with analytics cookies</button> '
          '<button class="cookie-banner__reject" type="button">No thanks</button> '
          f'<a href="{ROOT}/cookies/">Read about the cookies we use</a></div>')

OGL = ('<div class="ogl-notice"><p>\u00a9 Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated. '
       'To view this licence visit nationalarchives.gov.uk/doc/open-government-licence/version/3 or write to the Information Policy Team, '
       'The National Archives, Kew, London TW9 4DU.</p></div>')


def render(p):
    if p["variant"] == "probation":
        return _probation(p)
    return _prisons(p)


def _head(title, site, url, desc, extra=""):
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)} - {site}</title>",
        f'<meta name="description" content="{esc(desc)}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:site_name" content="{site}">',
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:type" content="website">',
        extra,
        f'<link rel="stylesheet" href="{ROOT}/wp-content/themes/cjji/assets/css/main.min.css?ver=4.2.0" type="text/css" media="all">',
        f'<script src="{ROOT}/wp-includes/js/jquery/jquery.min.js?ver=3.6.0"></script>',
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('consent','default',{'analytics_storage':'denied'});</script>",
        "</head>",
    ])


def _ratings_table(ratings):
    rows = "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td class=\"rating rating--{v.lower().replace(' ', '-')}\">{esc(v)}</td></tr>" for k, v in ratings)
    return ('<table class="ratings-table"><caption>Ratings</caption><thead><tr><th scope="col">Standard</th><th scope="col">Rating</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _probation(p):
    url = f"{ROOT}/hmiprobation/inspections/{p['slug']}/"
    site = "HM Inspectorate of Probation"
    out = [_head(p["title"], site, url, first_sentence(p["body"]))]
    out.append('<body class="inspection-template-default single single-inspection">')
    out.append(COOKIE)
    out.append('<a class="skip-link" href="#main">Skip to content</a>')
    out.append('<header class="site-header"><div class="site-header__inner">'
               f'<a class="site-header__logo" href="{ROOT}/hmiprobation/"><img src="{ROOT}/hmiprobation/wp-content/themes/hmiprobation/assets/img/logo.svg" alt="HM Inspectorate of Probation"></a>'
               f'<form class="site-search" action="{ROOT}/hmiprobation/" method="get"><label for="s" class="visually-hidden">Search</label><input id="s" name="s" type="search" placeholder="Search reports and publications"><button type="submit">Search</button></form>'
               '</div><nav class="primary-nav" aria-label="Main"><ul>'
               f'<li><a href="{ROOT}/hmiprobation/about-our-work/">About our work</a></li>'
               f'<li><a href="{ROOT}/hmiprobation/inspections/">Inspections</a></li>'
               f'<li><a href="{ROOT}/hmiprobation/research/">Research</a></li>'
               f'<li><a href="{ROOT}/hmiprobation/our-standards/">Our standards</a></li>'
               f'<li><a href="{ROOT}/hmiprobation/media/">Media</a></li>'
               f'<li><a href="{ROOT}/hmiprobation/jobs/">Work for us</a></li></ul></nav></header>')
    out.append(f'<div class="breadcrumbs"><a href="{ROOT}/hmiprobation/">Home</a> / <a href="{ROOT}/hmiprobation/inspections/">Inspections</a> / <span>{esc(p["title"])}</span></div>')
    out.append('<main id="main" class="site-main"><div class="layout">')
    out.append('<article class="inspection">')
    out.append(f'<h1 class="inspection__title">{esc(p["title"])}</h1>')
    meta = ['<div id="inspection-meta"><dl>',
            f'<dt>Date of publication</dt><dd>{long(p["date"])}</dd>',
            f'<dt>Inspection type</dt><dd>{esc(p["itype"])}</dd>']
    for k, v in p.get("facts", []):
        meta.append(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>")
    if p.get("overall"):
        meta.append(f'<dt>Overall rating</dt><dd class="rating rating--{p["overall"].lower().replace(" ", "-")}">{esc(p["overall"])}</dd>')
    meta.append("</dl></div>")
    out += meta
    out.append('<div class="inspection__content entry-content">')
    out.append(p["body"])
    if p.get("ratings"):
        out.append(_ratings_table(p["ratings"]))
    out.append("</div>")
    out.append("</article>")
    out.append('<aside class="inspection__downloads"><h2>Downloads</h2><ul class="download-list">')
    for label, size in p.get("downloads", [("Full report", "1.4MB"), ("Easy read summary", "620KB")]):
        out.append(f'<li><a href="{ROOT}/hmiprobation/wp-content/uploads/sites/5/{p["date"][:4]}/{p["date"][5:7]}/{p["slug"]}-{label.lower().replace(" ", "-")}.pdf">{esc(label)}</a> <span class="file-meta">(PDF, {size})</span></li>')
    out.append("</ul><p>If you need a document in a different format, please email <a href=\"mailto:hmip.enquiries@example.gov.uk\">our enquiries team</a>.</p></aside>")
    out.append('<aside class="sidebar"><section class="sidebar__box"><h2>Latest reports</h2><ul>')
    for slug, t, dt in LATEST_PROBATION:
        out.append(f'<li><a href="{ROOT}/hmiprobation/inspections/{slug}/">{t}</a><span class="sidebar__date">Published: {long2(dt)}</span></li>')
    out.append('</ul></section><section class="sidebar__box"><h2>How we rate</h2><p>We rate each standard as Outstanding, Good, Requires improvement or Inadequate, '
               'using the same published standards for every provider we inspect.</p></section></aside>')
    out.append("</div></main>")
    out.append(_footer("HM Inspectorate of Probation", "1st Floor Civil Justice Centre, 1 Bridge Street West, Manchester M3 3FX"))
    return out_join(out)


def _prisons(p):
    url = f"{PRIS}/hmipris_reports/{p['slug']}/"
    site = "HM Inspectorate of Prisons"
    out = [_head(p["title"], site, url, first_sentence(p["body"]))]
    out.append('<body class="hmipris_reports-template-default single single-hmipris_reports">')
    out.append(COOKIE)
    out.append('<a class="skip-link" href="#main-content">Skip to content</a>')
    out.append('<header class="site-header site-header--prisons">'
               f'<a class="site-header__logo" href="{PRIS}/"><img src="{PRIS}/wp-content/themes/hmiprisons/assets/img/logo.svg" alt="HM Inspectorate of Prisons"></a>'
               '<nav class="primary-nav" aria-label="Main"><ul>'
               f'<li><a href="{PRIS}/about-our-inspections/">About our inspections</a></li>'
               f'<li><a href="{PRIS}/hmipris_reports/">Reports</a></li>'
               f'<li><a href="{PRIS}/our-expectations/">Our expectations</a></li>'
               f'<li><a href="{PRIS}/news/">News</a></li>'
               f'<li><a href="{PRIS}/contact-us/">Contact us</a></li></ul></nav></header>')
    out.append(f'<nav class="breadcrumbs" aria-label="Breadcrumb"><a href="{PRIS}/">Home</a> &gt; <a href="{PRIS}/hmipris_reports/">Reports</a> &gt; <span>{esc(p["establishment"])}</span></nav>')
    out.append('<main id="main-content" class="report-page"><div class="container">')
    out.append('<article class="report">')
    out.append(f'<h1 class="report__title">{esc(p["title"])}</h1>')
    out.append(f'<p class="report__published"><span class="label">Published:</span> <span class="value">{long(p["date"])}</span></p>')
    out.append('<table class="report__facts"><tbody>')
    out.append(f'<tr><th>Establishment</th><td>{esc(p["establishment"])}</td></tr>')
    for k, v in p.get("facts", []):
        out.append(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>")
    out.append("</tbody></table>")
    out.append('<div class="report__body">')
    out.append(p["body"])
    if p.get("scores"):
        rows = "".join(f"<tr><th scope=\"row\">{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in p["scores"])
        out.append('<h2>Healthy prison outcomes</h2><table class="healthy-prison-scores"><thead><tr><th>Test</th><th>Outcome for prisoners</th></tr></thead>'
                   f"<tbody>{rows}</tbody></table>")
    out.append('<p class="back-to-top"><a href="#main-content">(Back to top)</a></p>')
    out.append("</div></article>")
    out.append('<aside class="report__downloads"><h2>Documents</h2><ul>')
    for label, size in p.get("downloads", [("Inspection report", "2.1MB")]):
        out.append(f'<li class="document"><a href="{PRIS}/wp-content/uploads/sites/4/{p["date"][:4]}/{p["date"][5:7]}/{p["slug"]}-{label.lower().replace(" ", "-")}.pdf">{esc(label)}</a> <span>PDF, {size}</span></li>')
    out.append("</ul></aside>")
    out.append('<aside class="related-reports"><h2>Latest reports</h2><ul>')
    for slug, t, dt in LATEST_PRISONS:
        out.append(f'<li><a href="{PRIS}/hmipris_reports/{slug}/">{t}</a> <span class="date">{long(dt)}</span></li>')
    out.append("</ul></aside>")
    out.append("</div></main>")
    out.append(_footer("HM Inspectorate of Prisons", "3rd floor, 10 South Colonnade, Canary Wharf, London E14 4PU"))
    return out_join(out)


def _footer(name, address):
    return ('<footer class="site-footer"><div class="site-footer__inner">'
            f'<div class="site-footer__col"><h2>{name}</h2><p>{address}</p></div>'
            '<div class="site-footer__col"><h2>Follow us</h2><ul><li><a href="#">LinkedIn</a></li><li><a href="#">X (Twitter)</a></li></ul></div>'
            '<div class="site-footer__col"><ul><li><a href="#">Accessibility</a></li><li><a href="#">Privacy notice</a></li><li><a href="#">Freedom of information</a></li><li><a href="#">Welsh language scheme</a></li></ul></div>'
            f"</div>{OGL}</footer>\n"
            "<script>document.querySelectorAll('.cookie-banner button').forEach(function(b){b.addEventListener('click',function(){document.getElementById('cookie-banner').hidden=true;});});</script>\n"
            "</body>\n</html>")


def out_join(parts):
    return "\n".join(x for x in parts if x) + "\n"
