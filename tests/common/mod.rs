//! A small test index built from hand-written pages, shared by the query
//! integration tests and the query bench.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use jpsearch::extract::{DateSource, Page};
use jpsearch::index::document::{FileStamp, to_document};
use jpsearch::schema;
use tantivy::{Index, IndexWriter};

fn page(
    source: &str,
    title: &str,
    date: Option<&str>,
    kind: &str,
    areas: &[&str],
    providers: &[&str],
    body: &str,
) -> Page {
    Page {
        source: source.into(),
        url: Some(format!(
            "https://example.org/{}",
            source.trim_end_matches(".html")
        )),
        captured: None,
        title: title.into(),
        date: date.map(|d| d.parse().expect("a YYYY-MM-DD date")),
        date_source: date.map(|_| DateSource::Meta),
        kind: kind.parse().expect("a kind"),
        areas: areas.iter().map(|s| s.to_string()).collect(),
        primary_area: areas.first().map(|s| s.to_string()),
        providers: providers.iter().map(|s| s.to_string()).collect(),
        tags: Vec::new(),
        body: body.into(),
    }
}

/// The hand-written test pages.
pub fn pages() -> Vec<Page> {
    vec![
        page(
            "blog/unpaid-work-kent.html",
            "Unpaid work hours lost in Kent",
            Some("2020-03-24"),
            "blog",
            &["Kent"],
            &["Seetec"],
            "Unpaid work placements in Kent were halted this spring.\n\n\
             Supervisors said enforcement of unpaid work hours had slipped, and the \
             community rehabilitation company running the contract asked for more time. \
             Seetec said people on probation would finish their hours by autumn.",
        ),
        page(
            "blog/upw-backlog.html",
            "The UPW backlog, explained",
            Some("2021-07-02"),
            "blog",
            &["London"],
            &["Probation Service"],
            "The UPW backlog grew to millions of hours. Community payback teams in London \
             now run weekend sessions. Enforcement letters go out after two missed sessions.",
        ),
        page(
            "insp/durham-crc.html",
            "Inspection of Durham Tees Valley CRC",
            Some("2018-11-05"),
            "inspection",
            &["Durham", "Cleveland"],
            &["Achieving Real Change in Communities"],
            "Inspectors found that the CRC in Durham and Cleveland managed risk well. \
             Through the gate resettlement work was patchy. The CRC had good links with \
             approved premises staff.",
        ),
        page(
            "insp/kent-nps.html",
            "Inspection of the National Probation Service in Kent",
            Some("2019-02-14"),
            "inspection",
            &["Kent", "Sussex"],
            &["National Probation Service"],
            "The NPS division in Kent and Sussex writes good pre-sentence reports. \
             Staff in AP hostels were stretched. Inspectors rated case management good.",
        ),
        page(
            "news/approved-premises-merseyside.html",
            "New approved premises opens in Merseyside",
            Some("2022-05-09"),
            "news",
            &["Merseyside"],
            &["HM Prison and Probation Service"],
            "A new approved premises for thirty residents opened in Liverpool. \
             HMPPS said the hostel would ease pressure on prison releases.",
        ),
        page(
            "news/sobriety-tags.html",
            "Sobriety tags rolled out across England",
            Some("2020-10-19"),
            "news",
            &[],
            &["HM Prison and Probation Service"],
            "Alcohol abstinence monitoring requirements can now be imposed by courts \
             across England. The sobriety tag tests sweat every thirty minutes.",
        ),
        page(
            "blog/tr-ends.html",
            "Transforming Rehabilitation comes to an end",
            Some("2021-06-26"),
            "blog",
            &["Wales"],
            &["Probation Service", "Seetec", "Working Links"],
            "Today the probation service is unified. The reunification ends the TR \
             experiment; every community rehabilitation company hands its cases back. \
             Working Links lost its Welsh contract years ago.",
        ),
        page(
            "report/south-wales-women.html",
            "Women's centres in South Wales",
            Some("2017-09-01"),
            "report",
            &["South Wales"],
            &[],
            "Women's centres in South Wales offer a place to meet probation officers \
             away from the office. The report calls for stable funding.",
        ),
        page(
            "blog/markup.html",
            "Probation and <script> tags",
            Some("2016-01-15"),
            "blog",
            &["South Yorkshire"],
            &["Sodexo Justice Services"],
            "Some pages quote code like <script>alert('probation')</script> & other \
             markup. Probation staff in South Yorkshire were not amused.",
        ),
        page(
            "other/undated.html",
            "An undated note on probation caseloads",
            None,
            "other",
            &[],
            &[],
            "Probation caseloads rose again. Officers in every region report \
             unmanageable caseloads and rising sickness.",
        ),
        page(
            "blog/rehab-prefix.html",
            "Rehabilitative services commissioned",
            Some("2021-09-30"),
            "blog",
            &["North East"],
            &["Probation Service"],
            "Commissioned rehabilitative services began in the North East. \
             Providers deliver rehabilitation for women, accommodation and education, \
             training and employment support. Rehabilitating people takes time.",
        ),
        page(
            "news/prison-spice.html",
            "Spice seized at prison gate",
            Some("2018-04-11"),
            "news",
            &["Durham"],
            &["HM Prison and Probation Service"],
            "Officers seized new psychoactive substances at the prison gate. \
             The prison governor praised the search team.",
        ),
    ]
}

/// Builds the test index in `dir` (one segment per call).
pub fn build_index(dir: &Path) -> Index {
    build_index_from(dir, &pages())
}

/// Builds an index in `dir` from `pages`.
pub fn build_index_from(dir: &Path, pages: &[Page]) -> Index {
    let (schema, fields) = schema::build();
    let index = Index::create_in_dir(dir, schema).expect("create index");
    schema::register_tokenizers(&index);
    let mut writer: IndexWriter = index
        .writer_with_num_threads(1, 20_000_000)
        .expect("writer");
    for (i, p) in pages.iter().enumerate() {
        let doc = to_document(
            &fields,
            p,
            FileStamp {
                hash: i as u64,
                size: p.body.len() as u64,
                mtime_ns: 0,
            },
        );
        writer.add_document(doc).expect("add");
    }
    writer.commit().expect("commit");
    index
}

/// Indexes the bundled corpus (`corpus/`) into `index_dir` with the real
/// indexer, quietly, as `jp-index` would.
pub fn index_bundled_corpus(index_dir: &Path) {
    let config = jpsearch::index::IndexConfig {
        index_dir: index_dir.to_path_buf(),
        roots: vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")],
        max_page_bytes: jpsearch::index::DEFAULT_MAX_PAGE_BYTES,
        memory_mb: 64,
        threads: None,
    };
    jpsearch::index::run(&config, &()).expect("the bundled corpus indexes");
}
