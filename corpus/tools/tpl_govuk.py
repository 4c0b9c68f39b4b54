"""Template for the `govuk-` family: GOV.UK-style press releases and news
stories, written with GOV.UK's public component class names.

Traps: cookie banner, crown header, breadcrumbs, "From:" organisations
(metadata, not article text), "Last updated" later than published on some
pages, govuk:* meta on most pages (one page has none), JSON-LD dates,
related-content sidebar, "Is this page useful?", footer with OGL.
"""
import json
from common import esc, long, isotime

BASE = "https://www.gov.uk"

ORG_SLUG = {
    "Ministry of Justice": "ministry-of-justice",
    "HM Prison and Probation Service": "hm-prison-and-probation-service",
    "National Offender Management Service": "national-offender-management-service",
    "Youth Justice Board for England and Wales": "youth-justice-board-for-england-and-wales",
    "Home Office": "home-office",
    "Department of Health and Social Care": "department-of-health-and-social-care",
}


def render(p):
    url = f"{BASE}/government/news/{p['slug']}"
    fmt = "press_release" if p["doctype"] == "Press release" else "news_story"
    first = isotime(p["date"], p.get("time", "00:01"))
    upd = p.get("updated")
    public_upd = isotime(upd, "15:34") if upd else first
    internal_upd = isotime(p.get("internal_updated", upd or p["date"]), "10:02")
    ld = {
        "@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": p["title"], "datePublished": first, "dateModified": public_upd,
        "description": p["lead"],
        "publisher": {"@type": "Organization", "name": "GOV.UK", "url": "https://www.gov.uk",
                      "logo": {"@type": "ImageObject", "url": "https://www.gov.uk/assets/government-frontend/govuk_publishing_components/govuk-logo.png"}},
        "author": {"@type": "Organization", "name": p["orgs"][0], "url": f"{BASE}/government/organisations/{ORG_SLUG[p['orgs'][0]]}"},
    }
    head = [
        "<!DOCTYPE html>",
        '<html lang="en" class="govuk-template">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(p['title'])} - GOV.UK</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="theme-color" content="#0b0c0c">',
        '<link rel="icon" sizes="48x48" href="/assets/static/favicon.ico">',
        f'<link rel="stylesheet" href="/assets/government-frontend/application-{p["asset"]}.css">',
        f'<link rel="canonical" href="{url}">',
        f'<meta name="description" content="{esc(p["lead"])}">',
        '<meta property="og:site_name" content="GOV.UK">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:title" content="{esc(p["title"])}">',
        f'<meta property="og:description" content="{esc(p["lead"])}">',
        '<meta name="govuk:rendering-app" content="government-frontend">',
        '<meta name="govuk:publishing-app" content="whitehall">',
        f'<meta name="govuk:format" content="{fmt}">',
        '<meta name="govuk:schema-name" content="news_article">',
        f'<meta name="govuk:content-id" content="{p["content_id"]}">',
    ]
    if not p.get("no_govuk_dates"):
        head += [
            f'<meta name="govuk:first-published-at" content="{first}">',
            f'<meta name="govuk:public-updated-at" content="{public_upd}">',
            f'<meta name="govuk:updated-at" content="{internal_upd}">',
        ]
    head += [
        f'<meta name="govuk:primary-publishing-organisation" content="{esc(p["orgs"][0])}">',
        '<meta name="govuk:organisations" content="%s">' % "".join(f"<D{i}>" for i in range(len(p["orgs"]))),
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    b = ['<body class="govuk-template__body">',
         "<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>",
         '<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">',
         '<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK"><div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">',
         '<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>',
         '<div class="govuk-cookie-banner__content"><p class="govuk-body">Some cookies are essential to make this site work.</p>'
         '<p class="govuk-body">We\u2019d also like to use analytics cookies so we can see how GOV.UK is used and make our services better.</p></div>',
         '<div class="govuk-button-group"><button class="govuk-button" type="submit" data-accept-cookies="true">Accept analytics cookies</button>'
         '<button class="govuk-button" type="submit" data-reject-cookies="true">Reject analytics cookies</button>'
         '<a class="govuk-link" href="/help/cookies">How we use cookies</a></div></div></div></div>',
         '<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>',
         '<header role="banner" class="gem-c-layout-header govuk-header"><div class="govuk-header__container govuk-width-container">'
         '<a href="https://www.gov.uk/" class="govuk-header__link govuk-header__link--homepage"><span class="govuk-header__logotype">GOV.UK</span></a>'
         '<nav aria-label="Menu" class="gem-c-layout-super-navigation-header__content"><a class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" href="/browse">Menu</a>'
         '<a class="gem-c-layout-super-navigation-header__search-item-link" href="/search">Search GOV.UK</a></nav></div></header>',
         '<div class="govuk-width-container">',
         '<div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click"><ol class="govuk-breadcrumbs__list">'
         '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li>'
         '<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/justice">Crime, justice and the law</a></li>'
         f'<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/browse/justice/{p.get("crumb_slug", "prisons-probation")}">{p.get("crumb", "Prisons and probation")}</a></li></ol></div>',
         '<main role="main" id="content" class="govuk-main-wrapper" lang="en">',
         '<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">',
         '<div class="gem-c-title govuk-!-margin-top-8 govuk-!-margin-bottom-8">',
         f'<span class="govuk-caption-xl gem-c-title__context">{p["doctype"]}</span>',
         f'<h1 class="gem-c-title__text govuk-heading-l">{esc(p["title"])}</h1></div>',
         f'<p class="gem-c-lead-paragraph">{esc(p["lead"])}</p></div></div>',
         '<div class="govuk-grid-row gem-print-columns-none"><div class="govuk-grid-column-two-thirds">',
         '<div class="gem-c-metadata" data-module="metadata"><dl>',
         '<dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">']
    b.append(", ".join(f'<a href="/government/organisations/{ORG_SLUG[o]}" class="govuk-link">{esc(o)}</a>' for o in p["orgs"][:-1]) +
             (" and " if len(p["orgs"]) > 1 else "") +
             f'<a href="/government/organisations/{ORG_SLUG[p["orgs"][-1]]}" class="govuk-link">{esc(p["orgs"][-1])}</a>' + "</dd>")
    b.append(f'<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">{long(p["date"])}</dd>')
    if upd:
        b.append(f'<dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">{long(upd)} <a href="#full-publication-update-history" class="govuk-link">\u2014 See all updates</a></dd>')
    b.append("</dl></div>")
    b.append('<div class="gem-c-image-card"></div>')
    b.append('<div class="responsive-bottom-margin"><div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">')
    b.append(p["body"])
    b.append("</div></div></div>")
    b.append('<div class="gem-c-published-dates" id="full-publication-update-history" lang="en" data-module="gem-toggle">'
             f'Published {long(p["date"])}' + (f'<br>Last updated {long(upd)} <a href="#" class="govuk-link">+ show all updates</a>'
             f'<ol class="gem-c-published-dates__list"><li class="gem-c-published-dates__change-item"><time datetime="{public_upd}">{long(upd)}</time><p>{esc(p.get("update_note", "Updated with additional information."))}</p></li>'
             f'<li class="gem-c-published-dates__change-item"><time datetime="{first}">{long(p["date"])}</time><p>First published.</p></li></ol>' if upd else "") + "</div>")
    b.append("</div>")
    # related sidebar
    b.append('<div class="govuk-grid-column-one-third"><div class="gem-c-contextual-sidebar"><div class="gem-c-related-navigation">'
             '<h2 id="related-nav-related_items" class="gem-c-related-navigation__main-heading">Related content</h2>'
             '<nav class="gem-c-related-navigation__nav-section" aria-labelledby="related-nav-related_items"><ul class="gem-c-related-navigation__link-list">')
    for t, slug in p["related"]:
        b.append(f'<li class="gem-c-related-navigation__link"><a class="govuk-link gem-c-related-navigation__section-link" href="/government/news/{slug}">{esc(t)}</a></li>')
    b.append("</ul></nav>")
    b.append('<h3 class="gem-c-related-navigation__sub-heading">Explore the topic</h3><ul class="gem-c-related-navigation__link-list">'
             '<li><a class="govuk-link" href="/crime-justice-and-law/prisons-probation">Prisons and probation</a></li>'
             f'<li><a class="govuk-link" href="/crime-justice-and-law/{p.get("topic_slug", "reoffending-and-rehabilitation")}">{p.get("topic", "Reoffending and rehabilitation")}</a></li></ul>')
    b.append("</div></div></div></div>")
    b.append('<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">'
             '<div class="gem-c-feedback__prompt" data-track-category="yesNoFeedbackForm"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>'
             '<ul class="gem-c-feedback__option-list"><li><button class="govuk-button" data-track-action="ffYesClick">Yes</button></li>'
             '<li><button class="govuk-button" data-track-action="ffNoClick">No</button></li></ul>'
             '<button class="govuk-button govuk-button--secondary">Tell us what\u2019s wrong with this page</button></div></div></div></div>')
    b.append("</main></div>")
    b.append('<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container">'
             '<div class="govuk-footer__navigation"><div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>'
             '<ul class="govuk-footer__list govuk-footer__list--columns-2"><li><a class="govuk-footer__link" href="/browse/childcare-parenting">Childcare and parenting</a></li>'
             '<li><a class="govuk-footer__link" href="/browse/tax">Money and tax</a></li>'
             '<li><a class="govuk-footer__link" href="/browse/driving">Driving and transport</a></li>'
             '<li><a class="govuk-footer__link" href="/browse/justice">Crime, justice and the law</a></li>'
             '<li><a class="govuk-footer__link" href="/browse/housing-local-services">Housing and local services</a></li>'
             '<li><a class="govuk-footer__link" href="/browse/working">Working, jobs and pensions</a></li></ul></div>'
             '<div class="govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>'
             '<ul class="govuk-footer__list"><li><a class="govuk-footer__link" href="/government/organisations">Departments</a></li>'
             '<li><a class="govuk-footer__link" href="/search/news-and-communications">News and communications</a></li>'
             '<li><a class="govuk-footer__link" href="/search/research-and-statistics">Research and statistics</a></li></ul></div></div>'
             '<div class="govuk-footer__meta"><ul class="govuk-footer__inline-list"><li><a class="govuk-footer__link" href="/help">Help</a></li>'
             '<li><a class="govuk-footer__link" href="/help/privacy-notice">Privacy</a></li><li><a class="govuk-footer__link" href="/help/cookies">Cookies</a></li>'
             '<li><a class="govuk-footer__link" href="/help/accessibility-statement">Accessibility statement</a></li><li><a class="govuk-footer__link" href="/cymraeg">Rhestr o Wasanaethau Cymraeg</a></li></ul>'
             '<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>'
             '<a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">\u00a9 Crown copyright</a></div></div></footer>')
    b.append(f'<script src="/assets/government-frontend/application-{p["asset"]}.js" type="module"></script>')
    b.append("</body>\n</html>")
    return "\n".join(head + b) + "\n"
