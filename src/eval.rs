//! Scoring extraction (and, with an index, ranking) against a labelled set.
//!
//! A labelled set is a folder with `docs/`, `gold.jsonl` and optionally
//! `queries.jsonl` (format: `../shared/reference/eval-format.md`, restated
//! in the README). Figures are micro-averaged over pages: areas and
//! providers count true and false positives across the whole set, leaving
//! out the nations England and Wales as the format says.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, ResultExt};
use crate::extract::Page;
use crate::index;
use crate::index::document::{FileStamp, to_document};
use crate::schema;
use crate::search::{Engine, SearchRequest};
use crate::sources;

/// One line of `gold.jsonl`.
#[derive(Clone, Debug, Deserialize)]
struct Gold {
    file: String,
    title: String,
    date: Option<String>,
    kind: String,
    #[serde(default)]
    areas: Vec<String>,
    #[serde(default)]
    primary_area: Option<String>,
    #[serde(default)]
    providers: Vec<String>,
    #[serde(default)]
    must_contain: Vec<String>,
    #[serde(default)]
    must_not_contain: Vec<String>,
}

/// One line of `queries.jsonl`.
#[derive(Clone, Debug, Deserialize)]
struct LabelledQuery {
    id: String,
    query: String,
    #[serde(default)]
    filters: BTreeMap<String, String>,
    relevant: BTreeMap<String, u32>,
}

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Prf {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Prf {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(
        &mut self,
        got: &[String],
        want: &[String],
        ignore: &[&str],
    ) -> (Vec<String>, Vec<String>) {
        let got: HashSet<&str> = got
            .iter()
            .map(|s| s.as_str())
            .filter(|s| !ignore.contains(s))
            .collect();
        let want: HashSet<&str> = want
            .iter()
            .map(|s| s.as_str())
            .filter(|s| !ignore.contains(s))
            .collect();
        let extra: Vec<String> = got.difference(&want).map(|s| s.to_string()).collect();
        let missing: Vec<String> = want.difference(&got).map(|s| s.to_string()).collect();
        self.tp += got.intersection(&want).count();
        self.fp += extra.len();
        self.fn_ += missing.len();
        (extra, missing)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Counts for a share: how many of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Share {
    hits: usize,
    total: usize,
}

impl Share {
    fn rate(&self) -> f64 {
        ratio(self.hits, self.total)
    }
    fn add(&mut self, hit: bool) {
        self.total += 1;
        self.hits += usize::from(hit);
    }
}

/// What went wrong on one page.
#[derive(Clone, Debug, Default)]
struct PageFailure {
    file: String,
    problems: Vec<String>,
}

/// Extraction figures for a set, as [`render`] prints them.
#[derive(Clone, Debug, Default)]
pub struct ExtractionReport {
    pages: usize,
    skipped: Vec<(String, String)>,
    title: Share,
    date: Share,
    kind: Share,
    primary_area: Share,
    areas: Prf,
    providers: Prf,
    must_contain: Share,
    must_not_contain_leaked: Share,
    failures: Vec<PageFailure>,
}

impl ExtractionReport {
    /// Scores one extracted page against its labels: what was wrong with
    /// it, if anything.
    fn score(&mut self, page: &Page, g: &Gold) -> Vec<String> {
        let mut problems = Vec::new();
        let title_ok = fold(&page.title) == fold(&g.title);
        self.title.add(title_ok);
        if !title_ok {
            problems.push(format!("title: got {:?}, want {:?}", page.title, g.title));
        }
        let date = page.date.map(|d| d.to_string());
        let date_ok = date == g.date;
        self.date.add(date_ok);
        if !date_ok {
            problems.push(format!(
                "date: got {:?} ({}), want {:?}",
                date,
                page.date_source.map_or("-", |s| s.as_str()),
                g.date
            ));
        }
        let kind_ok = page.kind.as_str() == g.kind;
        self.kind.add(kind_ok);
        if !kind_ok {
            problems.push(format!("kind: got {}, want {}", page.kind, g.kind));
        }
        let primary_ok = page.primary_area == g.primary_area;
        self.primary_area.add(primary_ok);
        if !primary_ok {
            problems.push(format!(
                "primary_area: got {:?}, want {:?}",
                page.primary_area, g.primary_area
            ));
        }
        let (extra, missing) = self.areas.add(&page.areas, &g.areas, UNSCORED_AREAS);
        if !extra.is_empty() || !missing.is_empty() {
            problems.push(format!("areas: extra {extra:?}, missing {missing:?}"));
        }
        let (extra, missing) = self.providers.add(&page.providers, &g.providers, &[]);
        if !extra.is_empty() || !missing.is_empty() {
            problems.push(format!("providers: extra {extra:?}, missing {missing:?}"));
        }
        for phrase in &g.must_contain {
            let kept = page.body.contains(phrase.as_str());
            self.must_contain.add(kept);
            if !kept {
                problems.push(format!("lost: {phrase:?}"));
            }
        }
        for phrase in &g.must_not_contain {
            let leaked = page.body.contains(phrase.as_str());
            self.must_not_contain_leaked.add(leaked);
            if leaked {
                problems.push(format!("leaked: {phrase:?}"));
            }
        }
        problems
    }
}

/// Nations left out of the area figures (named on nearly every page).
const UNSCORED_AREAS: &[&str] = &["England", "Wales"];

/// Reads `gold.jsonl`.
fn read_gold(set: &Path) -> Result<Vec<Gold>, Error> {
    read_jsonl(&set.join("gold.jsonl"))
}

/// Reads `queries.jsonl`, or nothing if the set has none.
fn read_queries(set: &Path) -> Result<Vec<LabelledQuery>, Error> {
    let path = set.join("queries.jsonl");
    if !path.exists() {
        return Ok(Vec::new());
    }
    read_jsonl(&path)
}

fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, Error> {
    let text = std::fs::read_to_string(path).context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).context(|| format!("{} line {}", path.display(), i + 1))
        })
        .collect()
}

/// Folds whitespace, as the format's title comparison does.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Extracts every gold page and scores it.
pub fn evaluate_extraction(set: &Path) -> Result<(ExtractionReport, Vec<Page>), Error> {
    let gold = read_gold(set)?;
    let mut report = ExtractionReport::default();
    let mut pages = Vec::new();
    let mut archives = HashMap::new();
    for g in &gold {
        let page = match gold_page(set, &g.file, &mut archives) {
            Ok(p) => p,
            Err(why) => {
                report.skipped.push((g.file.clone(), why));
                continue;
            }
        };
        report.pages += 1;
        let problems = report.score(&page, g);
        if !problems.is_empty() {
            report.failures.push(PageFailure {
                file: g.file.clone(),
                problems,
            });
        }
        pages.push(page);
    }
    Ok((report, pages))
}

/// Pages read from each archive of a set, by source.
type ArchivePages = HashMap<String, HashMap<String, Result<Page, String>>>;

/// The page a gold line names: a page file under `docs/`, or a record of an
/// archive there (`crawl.warc.gz#<capture> <url>`, as `extract` prints its
/// source); each archive is read once.
fn gold_page(set: &Path, file: &str, archives: &mut ArchivePages) -> Result<Page, String> {
    let docs = set.join("docs");
    let max = index::DEFAULT_MAX_PAGE_BYTES;
    let unit = sources::unit_of(file);
    if unit == file {
        let mut got = Err(format!("{file}: nothing read"));
        index::extract_path(&docs.join(file), file, max, &mut |r| {
            got = r.map_err(|(_, why)| why);
        });
        return got;
    }
    let pages = archives.entry(unit.to_string()).or_insert_with(|| {
        let mut pages = HashMap::new();
        index::extract_path(&docs.join(unit), unit, max, &mut |r| {
            match r {
                Ok(p) => pages.insert(p.source.clone(), Ok(p)),
                Err((source, why)) => pages.insert(source, Err(why)),
            };
        });
        pages
    });
    pages
        .get(file)
        .cloned()
        .unwrap_or_else(|| Err(format!("no record {file:?} in {unit}")))
}

/// nDCG@k of one ranked list of files against graded relevance.
fn ndcg_at(k: usize, ranked: &[String], relevant: &BTreeMap<String, u32>) -> f64 {
    let gain = |g: u32| f64::from((1u32 << g.min(16)) - 1);
    let dcg: f64 = ranked
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, f)| gain(*relevant.get(f).unwrap_or(&0)) / ((i + 2) as f64).log2())
        .sum();
    let mut ideal: Vec<u32> = relevant.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, &g)| gain(g) / ((i + 2) as f64).log2())
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_ignores_unscored_nations() {
        let mut p = Prf::default();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        p.add(
            &s(&["Kent", "England", "Surrey"]),
            &s(&["Kent", "Wales", "Sussex"]),
            UNSCORED_AREAS,
        );
        assert_eq!((p.tp, p.fp, p.fn_), (1, 1, 1));
        assert!((p.f1() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn ndcg_perfect_and_reversed() {
        let rel: BTreeMap<String, u32> = [("a".to_string(), 3), ("b".to_string(), 1)].into();
        assert!((ndcg_at(10, &["a".into(), "b".into()], &rel) - 1.0).abs() < 1e-9);
        let rev = ndcg_at(10, &["b".into(), "a".into()], &rel);
        assert!(rev < 1.0 && rev > 0.5);
        assert_eq!(ndcg_at(10, &["x".into()], &rel), 0.0);
    }
}

/// Ranking figures for a set with queries, as [`render`] prints them.
#[derive(Clone, Debug, Default)]
pub struct RankingReport {
    /// nDCG@10 per query id.
    per_query: Vec<(String, f64)>,
}

impl RankingReport {
    /// Mean nDCG@10 over the queries.
    pub fn mean(&self) -> f64 {
        if self.per_query.is_empty() {
            return 0.0;
        }
        self.per_query.iter().map(|(_, v)| v).sum::<f64>() / self.per_query.len() as f64
    }
}

/// Scores ranking on the set's queries, if it has any: the extracted pages
/// go into a throwaway in-memory index, each query runs through the same
/// engine jp-query uses (with its filters), and the top ten files are
/// scored against the graded judgements.
pub fn evaluate_ranking(set: &Path, pages: &[Page]) -> Result<Option<RankingReport>, Error> {
    let queries = read_queries(set)?;
    if queries.is_empty() || pages.is_empty() {
        return Ok(None);
    }
    let (schema, fields) = schema::build();
    let index = tantivy::Index::create_in_ram(schema);
    schema::register_tokenizers(&index);
    {
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        for page in pages {
            writer.add_document(to_document(&fields, page, FileStamp::default()))?;
        }
        writer.commit()?;
    }
    let engine = Engine::from_index(index, false)?;
    let mut report = RankingReport::default();
    for q in &queries {
        let mut req = SearchRequest::new(q.query.clone());
        req.limit = 10;
        for (k, v) in &q.filters {
            match k.as_str() {
                "area" => req.areas.push(v.clone()),
                "provider" => req.providers.push(v.clone()),
                "kind" => req.kinds.push(v.clone()),
                "from" => req.from = Some(v.clone()),
                "to" => req.to = Some(v.clone()),
                other => {
                    return Err(Error::BadLabels(format!(
                        "query {}: unknown filter {other:?}",
                        q.id
                    )));
                }
            }
        }
        let resp = engine
            .search(&req)
            .context(|| format!("query {} ({:?})", q.id, q.query))?;
        let ranked: Vec<String> = resp.hits.into_iter().map(|h| h.source).collect();
        report
            .per_query
            .push((q.id.clone(), ndcg_at(10, &ranked, &q.relevant)));
    }
    Ok(Some(report))
}

/// The report `jp-index eval` prints.
pub fn render(report: &ExtractionReport, ranking: Option<&RankingReport>, verbose: bool) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let share = |x: &Share| format!("{:.3} ({}/{})", x.rate(), x.hits, x.total);
    let prf = |x: &Prf| {
        format!(
            "P {:.3}  R {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
            x.precision(),
            x.recall(),
            x.f1(),
            x.tp,
            x.fp,
            x.fn_
        )
    };
    let _ = writeln!(s, "pages scored         {}", report.pages);
    if !report.skipped.is_empty() {
        let _ = writeln!(s, "pages skipped        {}", report.skipped.len());
    }
    let _ = writeln!(s, "title exact          {}", share(&report.title));
    let _ = writeln!(s, "date exact           {}", share(&report.date));
    let _ = writeln!(s, "kind                 {}", share(&report.kind));
    let _ = writeln!(s, "primary_area         {}", share(&report.primary_area));
    let _ = writeln!(s, "areas                {}", prf(&report.areas));
    let _ = writeln!(s, "providers            {}", prf(&report.providers));
    let _ = writeln!(s, "must_contain kept    {}", share(&report.must_contain));
    let _ = writeln!(
        s,
        "must_not leaked      {}",
        share(&report.must_not_contain_leaked)
    );
    if let Some(r) = ranking {
        let _ = writeln!(
            s,
            "nDCG@10              {:.3} over {} queries",
            r.mean(),
            r.per_query.len()
        );
        if verbose {
            for (id, v) in &r.per_query {
                let _ = writeln!(s, "  {id:<6} {:.3}", v.max(0.0));
            }
        }
    }
    if verbose {
        for (file, reason) in &report.skipped {
            let _ = writeln!(s, "\n{file}: skipped: {reason}");
        }
        for f in &report.failures {
            let _ = writeln!(s, "\n{}", f.file);
            for p in &f.problems {
                let _ = writeln!(s, "  {p}");
            }
        }
    }
    s
}
