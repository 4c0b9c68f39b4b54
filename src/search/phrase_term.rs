//! A phrase of the vocabulary, matched through the term the indexer wrote
//! for it (see [`crate::phrases`]) rather than through word positions.
//!
//! Scored exactly as Tantivy's `PhraseQuery` scores the same phrase on the
//! title or body: BM25 with the summed inverse document frequencies of the
//! phrase's words, the phrase's count on the page as the term frequency,
//! and the length of the page's title or body as the field length. Only the
//! matching changes: one posting list instead of an intersection of
//! several plus a position check on every page that has all the words.
//! `tests/phrase_terms.rs` checks that both give the same pages with the
//! same scores.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, TantivyError, Term};

use crate::phrases::{self, Scope};

/// A vocabulary phrase in one field, looked up as its indexed term.
#[derive(Clone, Debug)]
pub(crate) struct PhraseTermQuery {
    /// The field the phrase is in (title or body): its lengths and word
    /// statistics score the match.
    field: Field,
    /// The phrase's words in `field`, in order.
    words: Vec<Term>,
    /// The phrase's term in the `phrases` field.
    term: Term,
}

impl PhraseTermQuery {
    /// The phrase `stems` in `field` (the title or body, per `scope`),
    /// looked up in `phrases_field`.
    pub(crate) fn new(field: Field, scope: Scope, phrases_field: Field, stems: &[String]) -> Self {
        PhraseTermQuery {
            field,
            words: stems
                .iter()
                .map(|s| Term::from_field_text(field, s))
                .collect(),
            term: Term::from_field_text(phrases_field, &phrases::term_text(scope, stems)),
        }
    }
}

impl Query for PhraseTermQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(statistics_provider, &self.words)?),
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(PhraseTermWeight {
            field: self.field,
            term: self.term.clone(),
            bm25,
        }))
    }
}

struct PhraseTermWeight {
    field: Field,
    term: Term,
    bm25: Option<Bm25Weight>,
}

impl PhraseTermWeight {
    fn phrase_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Option<PhraseTermScorer>> {
        let inv = reader.inverted_index(self.term.field())?;
        let Some(postings) = inv.read_postings(&self.term, IndexRecordOption::WithFreqs)? else {
            return Ok(None);
        };
        let lengths = match &self.bm25 {
            Some(_) => reader.fieldnorms_readers().get_field(self.field)?,
            None => None,
        }
        .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        Ok(Some(PhraseTermScorer {
            postings,
            lengths,
            bm25: self.bm25.as_ref().map(|w| w.boost_by(boost)),
        }))
    }
}

impl Weight for PhraseTermWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.phrase_scorer(reader, boost)? {
            Some(s) => Box::new(s),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let not_found =
            || TantivyError::InvalidArgument(format!("document #({doc}) does not match"));
        let mut s = self.phrase_scorer(reader, 1.0)?.ok_or_else(not_found)?;
        if s.seek(doc) != doc {
            return Err(not_found());
        }
        let id = s.lengths.fieldnorm_id(doc);
        Ok(match &self.bm25 {
            Some(w) => w.explain(id, s.postings.term_freq()),
            None => Explanation::new("phrase, not scored", 1.0),
        })
    }
}

struct PhraseTermScorer {
    postings: SegmentPostings,
    lengths: FieldNormReader,
    bm25: Option<Bm25Weight>,
}

impl DocSet for PhraseTermScorer {
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }
}

impl Scorer for PhraseTermScorer {
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(w) => {
                let id = self.lengths.fieldnorm_id(self.postings.doc());
                w.score(id, self.postings.term_freq())
            }
            None => 1.0,
        }
    }
}
