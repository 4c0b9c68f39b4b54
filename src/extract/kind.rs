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
use super::dom::Dom;
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

/// Decides the kind.
pub fn classify(dom: &Dom, meta: &Meta, url: Option<&str>, title: &str, dated: bool) -> Kind {
    if is_inspection_title(title) {
        return Kind::Inspection;
    }
    let path = url.map(path_of).unwrap_or_default();
    let host = url.map(host_of).unwrap_or_default();
    let inspectorate = host.contains("justiceinspectorates") || host.contains("inspectorate");
    if inspectorate
        && (path.contains("/inspections/")
            || path.contains("/inspection/")
            || path.contains("/document/"))
    {
        return Kind::Inspection;
    }
    if let Some(kind) = declared(meta) {
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
    if path.contains("/press-releases/")
        || path.contains("/press-release/")
        || path.contains("/news/")
        || path.starts_with("/government/news")
        || path.contains("/media/")
    {
        return Kind::News;
    }
    let lower_title = title.to_ascii_lowercase();
    if path.contains("/publications/")
        || path.contains("/research/")
        || path.contains("/reports/")
        || body_class.contains("publication")
    {
        return Kind::Report;
    }
    // Blog platforms put the date in the post's path: /2017/06/29/slug/
    // (WordPress) or /2017/06/slug.html (Blogger); news sites rarely do.
    if url.and_then(super::date::from_url).is_some() && !path.contains("/news") {
        return Kind::Blog;
    }
    let generator = meta.get(&["generator"]).unwrap_or("").to_ascii_lowercase();
    let blog_platform = generator.contains("wordpress")
        || generator.contains("blogger")
        || body_class.contains("single-post")
        || body_class.contains("post-template");
    if generator.contains("blogger") || path.contains("/blog/") || path.starts_with("/blog") {
        return Kind::Blog;
    }
    if host.ends_with("gov.uk") && (path.starts_with("/government/") || host == "www.gov.uk") {
        return Kind::News;
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
    if blog_platform || meta.get(&["og:type"]) == Some("article") && has_comments(dom) {
        return Kind::Blog;
    }
    if meta.get(&["og:type"]) == Some("article") || dated {
        return Kind::News;
    }
    Kind::Other
}

/// The kind a page declares: a JSON-LD `@type`, else its `govuk:format`.
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
        classify(&dom, &meta, url, title, true).as_str()
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
