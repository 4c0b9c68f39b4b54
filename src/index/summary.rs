//! What a run did: the counts, what was skipped and why, warnings, and
//! the closing lines a binary prints.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;
use std::time::Duration;

use tantivy::Index;

use crate::schema;
use crate::sources::Ignored;

/// Areas and providers listed in the summary.
const TOP_NAMES: usize = 5;

/// Counts and figures of one indexing run.
#[derive(Debug, Default)]
pub struct Summary {
    /// New pages indexed.
    pub added: usize,
    /// Pages re-extracted because their content changed.
    pub changed: usize,
    /// Pages left as they were.
    pub unchanged: usize,
    /// Documents removed because their file is gone.
    pub removed: usize,
    /// Files not indexed, with the reason, in the order met.
    pub skipped: Vec<(String, String)>,
    /// Archive records passed over because they are not pages (requests,
    /// images, redirects, drafts...), by reason.
    pub ignored: Vec<(Ignored, usize)>,
    /// Things that went wrong without failing the run.
    pub warnings: Vec<String>,
    /// Time the run took.
    pub elapsed: Duration,
    /// Documents in the index after the run.
    pub total_docs: u64,
    /// Bytes the index folder takes.
    pub index_bytes: u64,
    /// Segments after the run.
    pub segments: usize,
    /// Most-named areas across the whole index.
    pub top_areas: Vec<(String, u64)>,
    /// Most-named providers across the whole index.
    pub top_providers: Vec<(String, u64)>,
}

impl Summary {
    /// Records a skipped file.
    pub fn skip(&mut self, source: &str, reason: &str) {
        self.skipped.push((source.to_string(), reason.to_string()));
    }

    /// Pages now in the index (indexed this run or before).
    pub fn indexed_total(&self) -> u64 {
        self.total_docs
    }

    /// Reads the figures that need the committed index.
    pub(crate) fn finish(&mut self, index: &Index, dir: &Path) -> tantivy::Result<()> {
        let reader = index.reader()?;
        let searcher = reader.searcher();
        self.total_docs = searcher.num_docs();
        self.segments = searcher.segment_readers().len();
        let mut areas: BTreeMap<String, u64> = BTreeMap::new();
        let mut providers: BTreeMap<String, u64> = BTreeMap::new();
        let mut buf = String::new();
        for segment in searcher.segment_readers() {
            let ff = segment.fast_fields();
            if let Some(col) = ff.str(schema::name::PROVIDER)? {
                let mut counts = vec![0u64; col.num_terms()];
                for doc in segment.doc_ids_alive() {
                    for ord in col.term_ords(doc) {
                        counts[ord as usize] += 1;
                    }
                }
                for (ord, n) in counts.into_iter().enumerate() {
                    if n > 0 {
                        buf.clear();
                        col.ord_to_str(ord as u64, &mut buf)?;
                        *providers.entry(buf.clone()).or_default() += n;
                    }
                }
            }
            let facets = segment.facet_reader(schema::name::AREA)?;
            let mut counts = vec![0u64; facets.num_facets()];
            for doc in segment.doc_ids_alive() {
                for ord in facets.facet_ords(doc) {
                    counts[ord as usize] += 1;
                }
            }
            let mut facet = tantivy::schema::Facet::root();
            for (ord, n) in counts.into_iter().enumerate() {
                if n > 0 {
                    facets.facet_from_ord(ord as u64, &mut facet)?;
                    if let Some(name) = facet.to_path().last() {
                        *areas.entry(name.to_string()).or_default() += n;
                    }
                }
            }
        }
        self.top_areas = top(areas, TOP_NAMES);
        self.top_providers = top(providers, TOP_NAMES);
        self.index_bytes = dir_size(dir);
        Ok(())
    }

    /// The closing lines: counts, skip reasons, size and speed, the most
    /// named areas and providers.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let done = self.added + self.changed;
        let secs = self.elapsed.as_secs_f64().max(1e-6);
        let _ = writeln!(
            s,
            "indexed {} pages ({} new, {} changed), {} unchanged, {} removed, {} skipped",
            done,
            self.added,
            self.changed,
            self.unchanged,
            self.removed,
            self.skipped.len()
        );
        let mut reasons: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, r) in &self.skipped {
            let short = r.split(':').next().unwrap_or(r);
            *reasons.entry(short).or_default() += 1;
        }
        for (r, n) in reasons {
            let _ = writeln!(s, "  skipped {n}: {r}");
        }
        if !self.ignored.is_empty() {
            let total: usize = self.ignored.iter().map(|(_, n)| n).sum();
            let parts: Vec<String> = self
                .ignored
                .iter()
                .map(|(why, n)| format!("{n} {}", why.as_str()))
                .collect();
            let _ = writeln!(
                s,
                "archive records that are not pages: {total} ({})",
                parts.join(", ")
            );
        }
        let _ = writeln!(
            s,
            "{} documents in the index ({} segment{}, {}), {:.2}s, {:.0} pages/s",
            self.total_docs,
            self.segments,
            if self.segments == 1 { "" } else { "s" },
            human_bytes(self.index_bytes),
            secs,
            (done + self.unchanged) as f64 / secs
        );
        if !self.top_areas.is_empty() {
            let _ = writeln!(s, "top areas: {}", list(&self.top_areas));
        }
        if !self.top_providers.is_empty() {
            let _ = writeln!(s, "top providers: {}", list(&self.top_providers));
        }
        s
    }
}

fn list(items: &[(String, u64)]) -> String {
    items
        .iter()
        .map(|(n, c)| format!("{n} ({c})"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn top(counts: BTreeMap<String, u64>, n: usize) -> Vec<(String, u64)> {
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// Total size of the files in a folder (not recursive: Tantivy keeps its
/// files flat).
pub(crate) fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

/// `1.5 MB`-style sizes.
pub(crate) fn human_bytes(n: u64) -> String {
    let n = n as f64;
    if n >= 1e9 {
        format!("{:.2} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else if n >= 1e3 {
        format!("{:.0} KB", n / 1e3)
    } else {
        format!("{n} B")
    }
}
