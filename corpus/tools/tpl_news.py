"""Template for the `news-` family: "The Clarion", an invented regional
news network with local editions.

Traps: today's date in the masthead (the day the page was saved, not the
story date), edition menu naming regions ("Yorkshire", "East Anglia",
"Wales"...), a READ MORE link and an advert block inside the article body,
"Most read" list, reader comments dated after the story, footer with the
publisher's Rotherham address. Old archive stories (before 2016) carry a
weekday dateline ("Wednesday, 9 March 2011") and no date meta; newer ones
"Published: 29 Jun 2017" plus article:published_time and JSON-LD.
"""
import json
from common import esc, weekday, short, isotime, long

SITE = "The Clarion"
BASE = "https://www.clarionlocal.co.uk"
SAVED_ON = "2026-11-19"   # the day these pages were saved: shown in the masthead

EDITIONS = ["North East", "Yorkshire", "North West", "Midlands", "East Anglia", "Wales", "South Coast"]

MOST_READ = [
    ("Gateshead takeaway owner fined over hygiene failings", "gateshead-takeaway-fined"),
    ("Police appeal after Scunthorpe post office raid", "scunthorpe-post-office-raid-appeal"),
    ("Taunton bypass roadworks to last until spring", "taunton-bypass-roadworks"),
    ("Former Humankind worker wins tribunal claim", "former-charity-worker-wins-tribunal"),
    ("Stoke-on-Trent pub reopens after fire", "stoke-pub-reopens-after-fire"),
]


def render(p):
    url = f"{BASE}/news/{p['section']}/{p['slug']}-{p['story_id']}"
    new_style = p["date"] >= "2016-01-01"
    pub = isotime(p["date"], p.get("time", "12:00"))
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(p['title'])} | {SITE}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{esc(p["standfirst"])}">',
        f'<link rel="canonical" href="{url}">',
        f'<meta property="og:title" content="{esc(p["title"])}">',
        f'<meta property="og:site_name" content="{SITE}">',
        f'<meta property="og:url" content="{url}">',
        '<meta property="og:type" content="article">',
    ]
    if new_style:
        head.append(f'<meta property="article:published_time" content="{pub}">')
        if p.get("updated"):
            head.append(f'<meta property="article:modified_time" content="{isotime(p["updated"], p.get("updated_time", "09:00"))}">')
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": p["title"], "url": url,
              "datePublished": pub, "dateModified": isotime(p.get("updated", p["date"]), p.get("updated_time", p.get("time", "12:00"))),
              "author": [{"@type": "Person", "name": p["author"]}],
              "publisher": {"@type": "NewsMediaOrganization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{BASE}/static/img/clarion-logo.png"}},
              "articleSection": p["section_label"]}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    head += [
        f'<link rel="stylesheet" href="{BASE}/static/css/clarion.3.12.css">',
        "<script async src=\"https://ads.example-adserver.net/tag.js\"></script>",
        "<script>window.clarionAds=window.clarionAds||[];clarionAds.push({slot:'mpu',section:'crime'});</script>",
        "</head>",
    ]
    b = ['<body class="article-page">',
         '<div class="consent-bar" id="consent"><p>We and our partners use cookies to personalise content and adverts and to analyse our traffic. '
         '<button type="button">Accept and continue</button> <a href="/privacy/">Manage options</a></p></div>',
         '<div class="topbar"><span class="topbar__date">' + weekday(SAVED_ON) + '</span> <a href="/subscribe/">Subscribe to the print edition</a> <a href="/login/">Sign in</a></div>',
         f'<header class="masthead"><a class="masthead__logo" href="{BASE}/">{SITE}</a><p class="masthead__strap">Local news that matters</p></header>',
         '<nav class="nav-editions" aria-label="Editions"><ul>']
    for e in EDITIONS:
        b.append(f'<li><a href="{BASE}/{e.lower().replace(" ", "-")}/">{e}</a></li>')
    b.append('</ul></nav><nav class="nav-sections"><ul><li><a href="/news/">News</a></li><li><a href="/news/crime/">Crime</a></li>'
             '<li><a href="/news/courts/">Courts</a></li><li><a href="/sport/">Sport</a></li><li><a href="/whats-on/">What\u2019s On</a></li>'
             '<li><a href="/jobs/">Jobs</a></li><li><a href="/notices/">Public notices</a></li></ul></nav>')
    b.append('<div class="ad ad--leaderboard" aria-hidden="true"><span class="ad__label">Advertisement</span><div id="ad-top"></div></div>')
    b.append(f'<main class="page"><div class="breadcrumb"><a href="/news/">News</a> &rsaquo; <a href="/news/{p["section"]}/">{p["section_label"]}</a> &rsaquo; <span>{esc(p["edition"])}</span></div>')
    b.append('<article class="story">')
    b.append(f'<h1 class="story__headline">{esc(p["title"])}</h1>')
    b.append(f'<p class="story__standfirst">{esc(p["standfirst"])}</p>')
    b.append(f'<div class="story__byline"><span class="author">By {esc(p["author"])}</span>, <span class="role">{esc(p["role"])}</span></div>')
    if new_style:
        dates = f'<div class="story__dates"><span class="published">Published: {short(p["date"])}</span>'
        if p.get("updated"):
            dates += f' <span class="updated">Updated: {short(p["updated"])}</span>'
        b.append(dates + "</div>")
    else:
        b.append(f'<p class="dateline">{weekday(p["date"])}</p>')
    b.append('<div class="story__share"><a href="#" class="share share--fb">Share</a> <a href="#" class="share share--x">Post</a> <a href="#" class="share share--wa">WhatsApp</a></div>')
    b.append('<div class="story__body">')
    paras = p["body"]
    for i, para in enumerate(paras):
        b.append(para)
        if i == p.get("readmore_after", 1):
            t, slug = p["readmore"]
            b.append(f'<p class="read-more"><strong>READ MORE:</strong> <a href="{BASE}/news/{slug}/">{esc(t)}</a></p>')
        if i == p.get("ad_after", 3):
            b.append('<div class="ad ad--inarticle"><span class="ad__label">Advertisement</span><p class="ad__fallback">Story continues below</p></div>')
    b.append("</div>")
    b.append(f'<div class="story__tags">Topics: ' + ", ".join(f'<a href="/topic/{t.lower().replace(" ", "-")}/">{esc(t)}</a>' for t in p["topics"]) + "</div>")
    b.append("</article>")
    # comments
    cm = p.get("comments", [])
    b.append(f'<section class="comments" id="comments"><h2>Comments ({len(cm)})</h2><p class="comments__rules">Comments are the views of readers. Please keep them civil and within the law.</p><ol>')
    for who, when, text in cm:
        day, hm = when.split(" ")
        b.append(f'<li class="comment"><span class="comment__author">{esc(who)}</span> <time class="comment__time" datetime="{isotime(day, hm)}">{hm}, {short(day)}</time>'
                 f'<p class="comment__text">{esc(text)}</p><button type="button">Reply</button> <button type="button">Report</button></li>')
    b.append("</ol><p><a href=\"/login/\">Sign in to comment</a></p></section>")
    b.append("</main>")
    b.append('<aside class="rail"><div class="ad ad--mpu"><span class="ad__label">Advertisement</span><div id="ad-mpu"></div></div>'
             '<section class="most-read"><h2>Most read</h2><ol>')
    for t, slug in MOST_READ:
        b.append(f'<li><a href="{BASE}/news/{slug}/">{esc(t)}</a></li>')
    b.append('</ol></section><section class="newsletter"><h2>Get the Clarion Crime Bulletin</h2><p>Court cases and police appeals from your area, every weekday morning.</p>'
             '<form><input type="email" placeholder="Email address"> <button>Sign up</button></form></section>'
             '<section class="sponsored"><h2>Sponsored</h2><p><a href="#">Probate solicitors near you: fixed fees from \u00a3995</a></p><p><a href="#">Why homeowners in Cheshire are switching boilers</a></p></section></aside>')
    b.append('<footer class="footer"><ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li>'
             '<li><a href="/complaints/">Complaints</a></li></ul><p>The Clarion is published by Clarion Local Media Ltd, Clarion House, 9 Wellgate, Rotherham S60 2NT. '
             'We are regulated by IPSO. &copy; 2026 Clarion Local Media Ltd.</p></footer>')
    b.append("</body>\n</html>")
    return "\n".join(head + b) + "\n"
