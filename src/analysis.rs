//! The one English analyser, used by the index and by queries alike.
//!
//! Title and body are split into words, absurdly long tokens dropped,
//! lower-cased, folded to ASCII (accents and ligatures: "café" is "cafe",
//! "Dŵr" is "dwr", so visitors on English keyboards find Welsh and French
//! words) and stemmed (Snowball English). [`english_analyzer`] is what
//! `schema` registers on every index; [`analyze`] and [`for_each_token`]
//! run the same analyser over a string, for the query planner, the
//! snippet marker and the phrase terms the indexer writes. Whatever text is
//! compared with the index goes through here, so both sides always agree.
//!
//! The stemming step keeps a memo. Tantivy's `Stemmer` runs the Snowball
//! algorithm on every token, which made stemming a large share of
//! indexing (docs/performance.md). Words repeat heavily, so this filter keeps
//! a per-thread memo of word → stem. It uses the same Snowball English
//! algorithm (frostem, as Tantivy does), so stems are identical with or
//! without the memo, and the query side, which analyses a handful of words,
//! gets the same terms.

use std::cell::RefCell;

use rustc_hash::FxHashMap as HashMap;

use frostem::{Algorithm, Stemmer};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Tokens of this many bytes or more are dropped (base64 blobs, long
/// URLs); `build.rs` applies the same limit to the vocabulary's forms.
pub(crate) const MAX_TOKEN_BYTES: usize = 40;

/// The analyser for title and body: split on non-alphanumerics, drop
/// tokens of [`MAX_TOKEN_BYTES`] or more, lower-case, fold to ASCII, stem
/// English (Snowball, through a memo). Folding comes before stemming so
/// "cafés" and "cafes" share a stem. The tokenizer's offsets are those of
/// the text as written, so a folded match still marks the original
/// characters in a snippet. Changing any step changes the terms an index
/// holds: `schema::ENGLISH` names the analyser and must change with it.
pub(crate) fn english_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(MemoStemmer)
        .build()
}

thread_local! {
    static ANALYZER: RefCell<TextAnalyzer> = RefCell::new(english_analyzer());
    static FOLDER: RefCell<TextAnalyzer> = RefCell::new(
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build()
    );
}

/// `word` lower-cased and folded to ASCII as the analyser does, without
/// stemming: what the snippet marker compares a word's start with.
pub(crate) fn fold(word: &str) -> String {
    FOLDER.with(|a| {
        let mut a = a.borrow_mut();
        let mut stream = a.token_stream(word);
        let mut out = String::new();
        while stream.advance() {
            out.push_str(&stream.token().text);
        }
        out
    })
}

/// Runs `text` through the English analyser and calls `each` with every
/// token (its stem and position) in order. `each` must not analyse text
/// itself: the thread's analyser is in use while it runs.
pub(crate) fn for_each_token(text: &str, mut each: impl FnMut(&Token)) {
    ANALYZER.with(|a| {
        let mut a = a.borrow_mut();
        let mut stream = a.token_stream(text);
        while stream.advance() {
            each(stream.token());
        }
    })
}

/// The stems the index holds for `text`, in order.
pub(crate) fn analyze(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.text.clone()));
    out
}

/// Memo entries kept per analyser before it is cleared; bounds memory on
/// corpora with huge vocabularies.
const MEMO_LIMIT: usize = 200_000;

/// Words longer than this are stemmed without being remembered.
const MEMO_MAX_WORD: usize = 24;

/// A [`TokenFilter`] applying the Snowball English stemmer through a memo.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct MemoStemmer;

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
pub(crate) struct MemoStemmerFilter<T> {
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
pub(crate) struct MemoStemmerStream<'a, T> {
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
    fn analyze_splits_lowercases_stems_and_drops_long_tokens() {
        let long = "x".repeat(MAX_TOKEN_BYTES);
        assert_eq!(
            analyze(&format!("Probation Services, {long} re-offending")),
            vec!["probat", "servic", "re", "offend"]
        );
        let mut positions = Vec::new();
        for_each_token(&format!("a {long} b"), |t| positions.push(t.position));
        assert_eq!(positions, vec![0, 2], "a dropped token keeps its position");
    }

    #[test]
    fn accents_fold_the_same_way_as_plain_letters() {
        assert_eq!(analyze("café Cafe CAFÉS"), vec!["cafe", "cafe", "cafe"]);
        assert_eq!(analyze("Dŵr Cymru"), analyze("dwr cymru"));
        assert_eq!(
            analyze("Ynys Môn naïve œuvre"),
            analyze("ynys mon naive oeuvre")
        );
        assert_eq!(fold("Dŵr"), "dwr");
        assert_eq!(fold("Café"), "cafe");
        // Offsets stay those of the text as written.
        let mut spans = Vec::new();
        for_each_token("Dŵr café", |t| spans.push((t.offset_from, t.offset_to)));
        assert_eq!(spans, vec![(0, 4), (5, 10)]);
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
