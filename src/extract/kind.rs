//! What kind of page it is: blog, inspection, news, report or other.
//!
//! Read from what the page says about itself, strongest first: an
//! inspection report's headline ("Report on an unannounced inspection of
//! HMP …", "An inspection of …"); declared types (JSON-LD `@type`,
//! `govuk:format`, `og:type`); the URL's path (`/inspections/`,
//! `/press-releases/`, `/news/`, `/publications/`, `/blog/`); the
//! platform (WordPress or Blogger posts with comments are blogs); and the
//! headline's words ("Annual report", "briefing paper"). A page with
//! nothing to go on is `news` if it is dated, else `other`.

use super::date::host_of;
use super::dom::{Dom, NodeId};
use super::meta::Meta;
use crate::schema::kind::Kind;

fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    path.split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn is_inspection_title(title: &str) -> bool {
    let t = title.to_ascii_lowercase();
    t.starts_with("an inspection of")
        || t.starts_with("inspection of")
        || t.starts_with("a joint inspection")
        || t.starts_with("a thematic inspection")
        || t.starts_with("an independent review of progress")
        || (t.starts_with("report on") && t.contains("inspection"))
        || t.contains("inspection report")
        || t.starts_with("unannounced inspection")
}

/// What the page is, read from its URL, headline and metadata.
pub struct Signals<'a> {
    /// The canonical URL.
    pub url: Option<&'a str>,
    /// The headline's text.
    pub title: &'a str,
    /// The headline's element, if it is on the page.
    pub headline: Option<NodeId>,
    /// Whether the page has a publication date.
    pub dated: bool,
}

/// Decides the kind.
pub fn classify(dom: &Dom, meta: &Meta, s: &Signals) -> Kind {
    let title = s.title;
    if is_inspection_title(title) {
        return Kind::Inspection;
    }
    let path = s.url.map(path_of).unwrap_or_default();
    let host = s.url.map(host_of).unwrap_or_default();
    let inspectorate = host.contains("justiceinspectorates") || host.contains("inspectorate");
    if inspectorate
        && (path.contains("/inspections/")
            || path.contains("/inspection/")
            || path.contains("/document/"))
    {
        return Kind::Inspection;
    }
    if let Some(kind) = govuk_format(meta) {
        return kind;
    }
    let body_class = dom
        .elements_named("body")
        .next()
        .and_then(|b| dom.attr(b, "class"))
        .unwrap_or("")
        .to_ascii_lowercase();
    if body_class.contains("single-inspection") {
        return Kind::Inspection;
    }
    if blog_platform_post(dom, meta) {
        return Kind::Blog;
    }
    if let Some(kind) = s.headline.and_then(|h| labelled(dom, h)) {
        return kind;
    }
    if path.contains("/publications/")
        || path.contains("/publication/")
        || body_class_says_publication(&body_class)
    {
        return Kind::Report;
    }
    if let Some(kind) = declared(meta) {
        return kind;
    }
    by_path_and_words(dom, meta, s, &path, &host, &body_class)
}

/// The weaker signals, once nothing the page declares has decided.
fn by_path_and_words(
    dom: &Dom,
    meta: &Meta,
    s: &Signals,
    path: &str,
    host: &str,
    body_class: &str,
) -> Kind {
    if path.contains("/press-releases/")
        || path.contains("/press-release/")
        || path.contains("/news/")
        || path.starts_with("/government/news")
        || path.contains("/media/")
    {
        return Kind::News;
    }
    let lower_title = s.title.to_ascii_lowercase();
    if path.contains("/research/")
        || path.contains("/reports/")
        || body_class.contains("publication")
    {
        return Kind::Report;
    }
    if offers_its_report(dom) && !path.contains("/blog") {
        return Kind::Report;
    }
    // Blog platforms put the date in the post's path: /2017/06/29/slug/
    // (WordPress) or /2017/06/slug.html (Blogger); news sites rarely do.
    if s.url.and_then(super::date::from_url).is_some() && !path.contains("/news") {
        return Kind::Blog;
    }
    let generator = meta.get(&["generator"]).unwrap_or("").to_ascii_lowercase();
    let blog_platform = generator.contains("wordpress")
        || body_class.contains("single-post")
        || body_class.contains("post-template");
    if path.contains("/blog/") || path.starts_with("/blog") || host.starts_with("blog.") {
        return Kind::Blog;
    }
    if lower_title.starts_with("annual report")
        || lower_title.contains("briefing paper")
        || lower_title.contains("research paper")
        || lower_title.contains("policy paper")
        || lower_title.ends_with(" report")
    {
        return Kind::Report;
    }
    if lower_title.starts_with("our work") || lower_title.starts_with("about us") {
        return Kind::Other;
    }
    if is_government_host(host) && s.dated {
        return Kind::News;
    }
    if blog_platform || meta.get(&["og:type"]) == Some("article") && has_comments(dom) {
        return Kind::Blog;
    }
    if meta.get(&["og:type"]) == Some("article") || s.dated {
        return Kind::News;
    }
    Kind::Other
}

/// A government's own site: `.gov.uk`, the Welsh and Scottish
/// governments' `gov.wales`, `llyw.cymru`, `gov.scot`, other `.gov`
/// domains. Its dated pages are news unless they say otherwise.
fn is_government_host(host: &str) -> bool {
    let host = host.trim_start_matches("www.");
    [".gov.uk", ".gov", ".gov.wales", ".llyw.cymru", ".gov.scot"]
        .iter()
        .any(|s| host.ends_with(s))
        || matches!(host, "gov.uk" | "gov.wales" | "llyw.cymru" | "gov.scot")
}

/// A post on a blogging platform, by the platform's own markup: Ghost
/// and Blogger name themselves in `generator`; Medium in its app links
/// (`al:ios:app_name`, kept on custom domains); Substack by its post
/// container (`available-content`) or its image host in `og:image`.
fn blog_platform_post(dom: &Dom, meta: &Meta) -> bool {
    let generator = meta.get(&["generator"]).unwrap_or("").to_ascii_lowercase();
    if generator.starts_with("ghost") || generator.contains("blogger") {
        return true;
    }
    let app = meta
        .get(&[
            "al:ios:app_name",
            "al:android:app_name",
            "twitter:app:name:iphone",
        ])
        .unwrap_or("");
    if app.eq_ignore_ascii_case("medium") {
        return true;
    }
    if meta
        .get(&["og:image", "twitter:image"])
        .is_some_and(|i| i.contains("substackcdn.com"))
    {
        return true;
    }
    (0..dom.nodes.len() as NodeId).any(|n| {
        dom.attr(n, "class")
            .is_some_and(|c| c.split_whitespace().any(|w| w == "available-content"))
    })
}

/// A WordPress or Drupal body class for a publication's page
/// (`single-publication`, `single-report`, `node-type-publication`).
fn body_class_says_publication(body_class: &str) -> bool {
    body_class.split_whitespace().any(|c| {
        let c = c
            .trim_start_matches("single-")
            .trim_start_matches("node-type-")
            .trim_start_matches("page-node-type-");
        matches!(
            c,
            "publication" | "publications" | "report" | "reports" | "research"
        )
    })
}

/// The short label a page puts over or beside its headline: GOV.UK's
/// "Press release" context, a think tank's "Report", a "Blog" tag. Read
/// from the element before the headline (or before its parent).
fn labelled(dom: &Dom, headline: NodeId) -> Option<Kind> {
    let parent = dom.node(headline).parent;
    for n in [headline, parent] {
        let siblings = &dom.node(dom.node(n).parent).children;
        let pos = siblings.iter().position(|&s| s == n)?;
        let label = siblings[..pos]
            .iter()
            .rev()
            .filter(|&&s| dom.element(s).is_some())
            .take(2)
            .map(|&s| dom.text(s))
            .find(|t| !t.is_empty());
        if let Some(kind) = label.as_deref().and_then(label_kind) {
            return Some(kind);
        }
        if parent == super::dom::ROOT {
            break;
        }
    }
    None
}

/// The kind a label names, in English or Welsh.
fn label_kind(label: &str) -> Option<Kind> {
    if label.chars().count() > 30 {
        return None;
    }
    let l = label.trim().to_lowercase().replace('’', "'");
    Some(match l.as_str() {
        "press release"
        | "news story"
        | "news"
        | "media release"
        | "press notice"
        | "written statement"
        | "statement"
        | "newyddion"
        | "datganiad i'r wasg"
        | "stori newyddion"
        | "datganiad ysgrifenedig" => Kind::News,
        "report" | "research" | "research report" | "briefing" | "policy briefing"
        | "publication" | "policy paper" | "discussion paper" | "working paper" | "adroddiad"
        | "ymchwil" | "cyhoeddiad" => Kind::Report,
        "blog" | "blog post" | "blogiau" => Kind::Blog,
        _ => return None,
    })
}

/// A publication's page offers the publication itself: a link to a PDF
/// whose text says to download or read the report.
fn offers_its_report(dom: &Dom) -> bool {
    dom.elements_named("a").any(|a| {
        let pdf = dom.attr(a, "href").is_some_and(|h| {
            let h = h.split(['?', '#']).next().unwrap_or("");
            h.len() > 4 && h.as_bytes()[h.len() - 4..].eq_ignore_ascii_case(b".pdf")
        });
        pdf && {
            let t = dom.text(a).to_lowercase();
            t.len() < 80
                && (t.contains("download")
                    || t.contains("full report")
                    || t.contains("read the report"))
        }
    })
}

/// The kind a page declares in JSON-LD `@type`.
fn declared(meta: &Meta) -> Option<Kind> {
    for ty in meta.ld_types() {
        match ty.as_str() {
            "BlogPosting" | "Blog" => return Some(Kind::Blog),
            "NewsArticle" | "ReportageNewsArticle" | "AnalysisNewsArticle" => {
                return Some(Kind::News);
            }
            "Report" | "ScholarlyArticle" | "Thesis" => return Some(Kind::Report),
            _ => {}
        }
    }
    None
}

/// The kind a GOV.UK page declares in `govuk:format`.
fn govuk_format(meta: &Meta) -> Option<Kind> {
    let format = meta.get(&["govuk:format"])?;
    Some(match format {
        "news_story"
        | "press_release"
        | "speech"
        | "government_response"
        | "news_article"
        | "world_news_story"
        | "written_statement"
        | "oral_statement"
        | "correspondence" => Kind::News,
        "research"
        | "official_statistics"
        | "national_statistics"
        | "independent_report"
        | "corporate_report"
        | "policy_paper"
        | "impact_assessment"
        | "transparency" => Kind::Report,
        _ => Kind::Other,
    })
}

fn has_comments(dom: &Dom) -> bool {
    (0..dom.nodes.len() as u32).any(|n| {
        dom.attr(n, "id")
            .is_some_and(|i| i == "comments" || i == "respond")
            || dom
                .attr(n, "class")
                .is_some_and(|c| c.contains("comment-list") || c.contains("comments-area"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(html: &str, url: Option<&str>, title: &str) -> &'static str {
        let dom = Dom::parse(html);
        let meta = Meta::read(&dom);
        let headline = dom.elements_named("h1").next();
        let signals = Signals {
            url,
            title,
            headline,
            dated: true,
        };
        classify(&dom, &meta, &signals).as_str()
    }

    #[test]
    fn blogging_platforms_by_their_markup() {
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle"}</script>"#;
        for html in [
            "<meta name=generator content='Ghost 5.8'>",
            "<meta property='al:ios:app_name' content='Medium'>",
            "<meta property='og:image' content='https://substackcdn.com/image/fetch/x.png'>",
            "<div class='available-content'><p>Text</p></div>",
            "<meta name=generator content='Blogger'>",
        ] {
            let html = format!("{ld}{html}");
            assert_eq!(
                kind_of(&html, Some("https://writer.example.com/p/a-post"), "x"),
                "blog",
                "{html}"
            );
        }
    }

    #[test]
    fn a_label_over_the_headline() {
        let yoast = r#"<script type="application/ld+json">{"@type":"BlogPosting"}</script>"#;
        let html = format!(
            "{yoast}<div class=title><span class=context>Press release</span><h1>Funding for X</h1></div>"
        );
        assert_eq!(kind_of(&html, None, "Funding for X"), "news");
        let html = format!("{yoast}<p class=kicker>Datganiad i’r wasg</p><h1>Y</h1>");
        assert_eq!(kind_of(&html, None, "Y"), "news");
        let html = format!("{yoast}<div><span>Report</span></div><h1>Sentencing</h1>");
        assert_eq!(kind_of(&html, None, "Sentencing"), "report");
    }

    #[test]
    fn publication_pages_of_think_tanks_and_charities() {
        let yoast = r#"<script type="application/ld+json">{"@type":"BlogPosting"}</script>"#;
        let html = format!(
            "<body class='publication-template-default single single-publication'>{yoast}<h1>X</h1></body>"
        );
        assert_eq!(
            kind_of(&html, Some("https://tt.example.org/x/"), "X"),
            "report"
        );
        let html = "<meta name=generator content='WordPress 6.4'><h1>Out of court</h1>\
                    <p><a href='/files/out-of-court.pdf'>Download the report (PDF, 1 MB)</a></p>";
        assert_eq!(
            kind_of(
                html,
                Some("https://charity.example.org/out-of-court/"),
                "Out of court"
            ),
            "report"
        );
        // Links whose last bytes split a character are not PDFs (nor a panic).
        let html = "<h1>X</h1><a href='/f/蔡健雅'>Download the app</a><a href='/é.pdf'>Read</a>";
        assert_eq!(kind_of(html, None, "X"), "news");
    }

    #[test]
    fn dated_government_pages_are_news() {
        assert_eq!(
            kind_of(
                "<meta name=generator content='Drupal 9'>",
                Some("https://www.gov.wales/new-funding"),
                "New funding"
            ),
            "news"
        );
        assert_eq!(
            kind_of(
                "",
                Some("https://www.llyw.cymru/cyllid-newydd"),
                "Cyllid newydd"
            ),
            "news"
        );
    }

    #[test]
    fn inspection_headlines() {
        assert_eq!(
            kind_of("", None, "Report on an unannounced inspection of HMP Leeds"),
            "inspection"
        );
        assert_eq!(
            kind_of(
                "",
                None,
                "An inspection of probation services in: Cumbria PDU"
            ),
            "inspection"
        );
    }

    #[test]
    fn inspectorate_press_release_is_news() {
        let url = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/07/slug/";
        assert_eq!(
            kind_of("", Some(url), "Probation in Kent requires improvement"),
            "news"
        );
    }

    #[test]
    fn declared_types() {
        let ld = r#"<script type="application/ld+json">{"@type":"BlogPosting"}</script>"#;
        assert_eq!(kind_of(ld, None, "x"), "blog");
        assert_eq!(
            kind_of(
                "<meta name='govuk:format' content='press_release'>",
                None,
                "x"
            ),
            "news"
        );
        assert_eq!(
            kind_of("<meta name='govuk:format' content='research'>", None, "x"),
            "report"
        );
    }

    #[test]
    fn url_paths() {
        assert_eq!(
            kind_of(
                "",
                Some("https://thinktank.org/publications/a-report/"),
                "Sentencing reform"
            ),
            "report"
        );
        assert_eq!(
            kind_of("", Some("https://www.gov.uk/government/news/x"), "x"),
            "news"
        );
        assert_eq!(
            kind_of("", Some("https://paper.co.uk/news/crime/x"), "x"),
            "news"
        );
    }

    #[test]
    fn wordpress_post_with_comments_is_a_blog() {
        let html = "<meta name=generator content='WordPress 6.4'><div id=comments></div>";
        assert_eq!(
            kind_of(html, Some("https://blog.example/2015/06/23/x/"), "x"),
            "blog"
        );
    }

    #[test]
    fn headline_words() {
        assert_eq!(kind_of("", None, "Annual report: resettlement"), "report");
        assert_eq!(kind_of("", None, "Our work on resettlement"), "other");
        assert_eq!(kind_of("", None, "New hostel opens"), "news");
    }
}
