"""Template for the `charity-` family: news from "The Lanyard Trust", an
invented resettlement charity based in Leicester.

Two generations of the same site:
- legacy (2010-2013): table layout, <font> tags, no semantic elements,
  saved in windows-1252 and declared with http-equiv Content-Type; date as
  "Posted: 14/09/2010"; footer "Page last updated" later than the post;
  right-hand "Latest news" with other dates; partners box naming providers.
- modern (2019-): semantic HTML5, UTF-8 (one page with a BOM), date in a
  <time> element, "More news" cards, donate banner, newsletter form.
"""
from common import esc, slash, long, isotime

SITE = "The Lanyard Trust"
BASE = "http://www.lanyardtrust.org.uk"
BASE_NEW = "https://www.lanyardtrust.org.uk"

LEGACY_LATEST = [
    ("2013-01-14", "Volunteers needed for Derby drop-in", "volunteers-derby-dropin"),
    ("2012-11-30", "Christmas appeal: \u00a320 buys a starter pack", "christmas-appeal-2012"),
    ("2012-09-05", "Our work at HMP Stocken praised", "hmp-stocken-praised"),
    ("2012-03-22", "Annual report 2011\u201312 now available", "annual-report-2011-12"),
]

LEGACY_PARTNERS = ["Nacro", "Shelter", "local probation trusts", "Leicestershire County Council"]


def render(p):
    return _legacy(p) if p["variant"] == "legacy" else _modern(p)


def _legacy(p):
    url = f"{BASE}/news/{p['slug']}.html"
    nav = ["Home", "About us", "Our projects", "News", "Get involved", "Donate", "Contact us"]
    out = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
        "<html>",
        "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={p.get("charset_label", "windows-1252")}">',
        f"<title>{esc(p['title'])} | {SITE}</title>",
        f'<meta name="keywords" content="{esc(p["keywords"])}">',
        '<meta name="description" content="The Lanyard Trust helps people leaving prison find housing, work and a fresh start.">',
        '<meta name="generator" content="Microsoft FrontPage 6.0">',
        '<link href="../css/lanyard.css" rel="stylesheet" type="text/css">',
        '<script language="JavaScript" type="text/javascript">',
        "<!--",
        "function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }",
        "function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); }}",
        "//-->",
        "</script>",
        "</head>",
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages(\'../images/nav_on.gif\')">',
        '<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">',
        '<tr><td colspan="3" bgcolor="#2B4F81" height="90"><table width="100%" border="0" cellpadding="8"><tr>'
        '<td width="100"><img src="../images/lanyard_logo.gif" width="80" height="80" alt="Lanyard Trust logo" border="0"></td>'
        '<td><font face="Georgia, Times New Roman" color="#FFFFFF" size="5"><b>The Lanyard Trust</b></font><br>'
        '<font face="Verdana, Arial, Helvetica" color="#D6E2F3" size="2">Housing, work and a fresh start for people leaving prison</font></td>'
        '<td align="right" valign="bottom"><font face="Verdana" size="1" color="#FFFFFF">Helpline: 0116 496 0381</font></td></tr></table></td></tr>',
        '<tr><td width="170" valign="top" bgcolor="#E8EEF6"><table width="100%" border="0" cellpadding="6" cellspacing="0">',
    ]
    for n in nav:
        out.append(f'<tr><td><a href="../{n.lower().replace(" ", "")}.html"><font face="Verdana, Arial" size="2" color="#2B4F81"><b>{n}</b></font></a></td></tr>')
    out.append('<tr><td><br><font face="Verdana" size="1" color="#555555">Are you leaving prison soon? Ask the resettlement team on your wing for a Lanyard referral form.</font></td></tr>')
    out.append("</table></td>")
    # main column
    out.append('<td width="560" valign="top"><table width="100%" border="0" cellpadding="14"><tr><td>')
    out.append(f'<font face="Verdana, Arial" size="1" color="#777777"><a href="../index.html">Home</a> &gt; <a href="../news.html">News</a> &gt; {esc(p["crumb"])}</font><br><br>')
    out.append(f'<font face="Georgia, Times New Roman" size="4" color="#2B4F81"><b>{esc(p["title"])}</b></font><br>')
    out.append(f'<font face="Verdana, Arial" size="1" color="#999999">Posted: {slash(p["date"])}</font><br><br>')
    out.append('<font face="Verdana, Arial" size="2">')
    out.append(p["body"])
    out.append("</font>")
    out.append(f'<br><br><font face="Verdana" size="1"><a href="../news.html">&lt;&lt; Back to news</a> | <a href="javascript:window.print()">Print this page</a></font>')
    out.append("</td></tr></table></td>")
    # right column
    out.append('<td width="170" valign="top" bgcolor="#F4F4F4"><table width="100%" border="0" cellpadding="6">')
    out.append('<tr><td bgcolor="#F7C948"><font face="Verdana" size="2"><b>Donate today</b></font><br><font face="Verdana" size="1">\u00a310 pays for a bus pass so someone can get to their first probation appointment. <a href="../donate.html">Give now</a></font></td></tr>')
    out.append('<tr><td><font face="Verdana" size="2" color="#2B4F81"><b>Latest news</b></font></td></tr>')
    for dt, t, slug in LEGACY_LATEST:
        if dt != p["date"]:
            out.append(f'<tr><td><font face="Verdana" size="1"><a href="{slug}.html">{esc(t)}</a><br><font color="#999999">{slash(dt)}</font></font></td></tr>')
    out.append('<tr><td><font face="Verdana" size="2" color="#2B4F81"><b>Working with</b></font><br><font face="Verdana" size="1">' +
               "<br>".join(esc(x) for x in LEGACY_PARTNERS) + "</font></td></tr>")
    out.append("</table></td></tr>")
    out.append('<tr><td colspan="3" bgcolor="#2B4F81" align="center"><font face="Verdana" size="1" color="#FFFFFF">'
               f'\u00a9 2006\u2013{p["copyright_to"]} The Lanyard Trust. Registered charity no. 1109876. Lanyard House, 40 Friar Lane, Leicester LE1 5RA.<br>'
               f'Page last updated: {slash(p["page_updated"])} | <a href="../privacy.html"><font color="#FFFFFF">Privacy</font></a> | '
               f'You are visitor number {p["counter"]}</font></td></tr>')
    out.append("</table>")
    out.append("</body>")
    out.append("</html>")
    return ("\n".join(out) + "\n").replace("\r\n", "\n").replace("\n", "\r\n")


MODERN_MORE = [
    ("2026-10-21", "Lanyard opens a new hub in Lincoln", "lanyard-opens-new-hub-lincoln"),
    ("2026-07-08", "Job fair at HMP Ranby: 40 offers made", "job-fair-hmp-ranby"),
    ("2026-03-30", "Our partnership with Change Grow Live in Northampton", "partnership-change-grow-live-northampton"),
]


def _modern(p):
    url = f"{BASE_NEW}/news/{p['slug']}/"
    pub = isotime(p["date"], p.get("time", "10:00"))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(p['title'])} | {SITE}</title>",
        f'<meta name="description" content="{esc(p["summary"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:title" content="{esc(p["title"])}">',
        f'<meta property="og:description" content="{esc(p["summary"])}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{SITE}">',
        f'<link rel="stylesheet" href="{BASE_NEW}/assets/css/site.min.css?v=5.3">',
        f'<script defer src="{BASE_NEW}/assets/js/site.min.js?v=5.3"></script>',
        "</head>",
        '<body class="news-template">',
        '<div class="cookie-notice" id="cookie-notice"><p>Our site uses a few cookies so that it works properly and, if you agree, to count visits. '
        '<button type="button" data-cookie="accept">Accept</button> <button type="button" data-cookie="essential">Essential cookies only</button></p></div>',
        '<a class="skip" href="#main">Skip to main content</a>',
        '<header class="site-header"><div class="wrap">'
        f'<a class="site-header__logo" href="{BASE_NEW}/"><img src="{BASE_NEW}/assets/img/lanyard-logo.svg" alt="The Lanyard Trust"></a>'
        '<nav class="site-nav" aria-label="Main"><ul>'
        '<li><a href="/what-we-do/">What we do</a></li><li><a href="/get-help/">Get help</a></li><li><a href="/news/">News</a></li>'
        '<li><a href="/get-involved/">Get involved</a></li><li><a href="/about/">About us</a></li></ul></nav>'
        '<a class="button button--donate" href="/donate/">Donate</a></div></header>',
        '<main id="main">',
        '<div class="wrap"><nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/news/">News</a> / <span aria-current="page">' + esc(p["title"]) + "</span></nav>",
        '<article class="news-article">',
        f'<h1 class="news-article__title">{esc(p["title"])}</h1>',
        f'<p class="news-article__meta"><span class="news-article__type">{esc(p["category"])}</span> | <time datetime="{pub}">{long(p["date"])}</time></p>',
        f'<p class="news-article__summary">{esc(p["summary"])}</p>',
        '<div class="news-article__body">',
        p["body"],
        "</div>",
        '<div class="news-article__share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>',
        "</article>",
        '<section class="donate-banner"><h2>Could you help someone on their first day out?</h2><p>\u00a325 pays for a starter pack: toiletries, a phone top-up and a week\u2019s bus fares.</p><a class="button" href="/donate/">Give today</a></section>',
        '<section class="more-news"><h2>More news</h2><div class="cards">',
    ]
    for dt, t, slug in MODERN_MORE:
        out.append(f'<a class="card" href="/news/{slug}/"><span class="card__date">{long(dt)}</span><span class="card__title">{esc(t)}</span></a>')
    out += [
        "</div></section></div>",
        "</main>",
        '<section class="newsletter"><div class="wrap"><h2>Keep in touch</h2><p>News from our projects and the people we work with, once a month.</p>'
        '<form action="/subscribe/" method="post"><label for="nl-email">Email</label><input id="nl-email" type="email" name="email"> <button type="submit">Subscribe</button></form></div></section>',
        '<footer class="site-footer"><div class="wrap"><p>The Lanyard Trust, Lanyard House, 40 Friar Lane, Leicester LE1 5RA. Registered charity no. 1109876. '
        'Company limited by guarantee no. 05330412.</p><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/accessibility/">Accessibility</a></li>'
        '<li><a href="/safeguarding/">Safeguarding</a></li></ul><p>Funded in part by the National Lottery Community Fund.</p></div></footer>',
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
