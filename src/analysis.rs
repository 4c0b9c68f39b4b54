//! The English analyser's stemming step, with a memo.
//!
//! Tantivy's `Stemmer` runs the Snowball algorithm on every token; when
//! indexing, that was a third of all the work (about 2,400 instructions per
//! token, 1.6 million per page). Words repeat heavily, so this filter keeps
//! a per-thread memo of word → stem. It uses the same Snowball English
//! algorithm (frostem, as Tantivy does), so stems are identical with or
//! without the memo, and the query side, which analyses a handful of words,
//! gets the same terms.

use rustc_hash::FxHashMap as HashMap;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Memo entries kept per analyser before it is cleared; bounds memory on
/// corpora with huge vocabularies.
const MEMO_LIMIT: usize = 200_000;

/// Words longer than this are stemmed without being remembered.
const MEMO_MAX_WORD: usize = 24;

/// A [`TokenFilter`] applying the Snowball English stemmer through a memo.
#[derive(Clone, Copy, Debug, Default)]
pub struct MemoStemmer;

impl TokenFilter for MemoStemmer {
    type Tokenizer<T: Tokenizer> = MemoStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> MemoStemmerFilter<T> {
        MemoStemmerFilter {
            inner: tokenizer,
            memo: HashMap::default(),
        }
    }
}

/// The tokenizer [`MemoStemmer`] produces; owns the memo, so each clone
/// (Tantivy clones analysers per indexing thread) has its own.
#[derive(Clone)]
pub struct MemoStemmerFilter<T> {
    inner: T,
    memo: HashMap<String, String>,
}

impl<T: Tokenizer> Tokenizer for MemoStemmerFilter<T> {
    type TokenStream<'a> = MemoStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.memo.len() > MEMO_LIMIT {
            self.memo.clear();
        }
        MemoStemmerStream {
            tail: self.inner.token_stream(text),
            memo: &mut self.memo,
            stemmer: Stemmer::new(Algorithm::English),
        }
    }
}

/// Token stream of [`MemoStemmerFilter`].
pub struct MemoStemmerStream<'a, T> {
    tail: T,
    memo: &'a mut HashMap<String, String>,
    stemmer: Stemmer,
}

impl<T: TokenStream> TokenStream for MemoStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if token.text.len() > MEMO_MAX_WORD {
            token.text = self.stemmer.stem(&token.text).into_owned();
            return true;
        }
        if let Some(stem) = self.memo.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stem = self.stemmer.stem(&token.text).into_owned();
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.memo.insert(word, stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};

    fn stems(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn same_stems_as_tantivys_stemmer_with_and_without_the_memo() {
        let text = "Probation services supervised offenders; inspectors inspected inspections, \
                    resettlement and resettling, women's centres, reoffending rates were falling. \
                    Probation services supervised offenders again.";
        let mut ours = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(MemoStemmer)
            .build();
        let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(tantivy::tokenizer::Stemmer::new(
                tantivy::tokenizer::Language::English,
            ))
            .build();
        let want = stems(&mut theirs, text);
        assert_eq!(stems(&mut ours, text), want);
        // Second pass: every word now comes from the memo.
        assert_eq!(stems(&mut ours, text), want);
    }
}
