//! Month names as pages write them, in the languages of the pages we
//! index and their neighbours: English, Welsh, French, German, Spanish,
//! Italian, Dutch and Portuguese, full and abbreviated.
//!
//! Welsh nouns mutate after some words ("ym mis Fawrth", "o Fehefin"), so
//! the soft-mutated forms are listed too. Abbreviations that are also
//! common words in these languages ("die", "mag" as a verb...) are left
//! out only where no month reading exists; a month word still needs a day
//! and a year beside it before it makes a date.

/// `(word, month)`, lower case, accents as written. Abbreviations with a
/// dot ("janv.") are matched with the dot trimmed.
const MONTH_WORDS: &[(&str, i8)] = &[
    // English
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // Welsh, with soft-mutated forms
    ("ionawr", 1),
    ("chwefror", 2),
    ("mawrth", 3),
    ("fawrth", 3),
    ("ebrill", 4),
    ("mai", 5),
    ("fai", 5),
    ("mehefin", 6),
    ("fehefin", 6),
    ("gorffennaf", 7),
    ("orffennaf", 7),
    ("awst", 8),
    ("medi", 9),
    ("fedi", 9),
    ("hydref", 10),
    ("tachwedd", 11),
    ("dachwedd", 11),
    ("rhagfyr", 12),
    ("ragfyr", 12),
    // French
    ("janvier", 1),
    ("janv", 1),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fév", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    // German (Austrian "Jänner", "Feber")
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("feber", 2),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    // Spanish
    ("enero", 1),
    ("ene", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("abr", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("ago", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("dic", 12),
    // Italian
    ("gennaio", 1),
    ("gen", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("mag", 5),
    ("giugno", 6),
    ("giu", 6),
    ("luglio", 7),
    ("lug", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("ott", 10),
    ("dicembre", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mrt", 3),
    ("mei", 5),
    ("augustus", 8),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("fev", 2),
    ("março", 3),
    ("marco", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("out", 10),
    ("novembro", 11),
    ("dezembro", 12),
];

/// The month a word names, in any of the languages above and any case.
pub(super) fn month_number(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.');
    // The longest name is 10 letters ("gorffennaf", "septiembre").
    let chars = w.chars().count();
    if !(3..=10).contains(&chars) || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut buf = [0u8; 24];
    let lower = lower_into(w, &mut buf)?;
    MONTH_WORDS
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|&(_, m)| m)
}

/// Lower-cases `w` into `buf` without allocating; `None` if it does not fit.
fn lower_into<'a>(w: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let mut len = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return None;
        }
        c.encode_utf8(&mut buf[len..len + n]);
        len += n;
    }
    std::str::from_utf8(&buf[..len]).ok()
}

/// Words that may stand between a day and its month or year: "3rd of May",
/// "13 de junio de 2019", "1. Juli", "le 3 mai".
pub(super) fn is_date_joiner(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "of" | "de" | "del" | "di" | "van"
    )
}

/// Strips an ordinal suffix from a day: English "29th", French "1er",
/// Spanish and Portuguese "1º", Welsh "1af", "2il", "3ydd", "5ed", "7fed",
/// "11eg".
pub(super) fn strip_ordinal(tok: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "st", "nd", "rd", "th", "er", "re", "ème", "e", "º", "ª", "o", "a", "af", "il", "ydd",
        "fed", "ed", "eg", "ain",
    ];
    let digits = tok.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return tok;
    }
    let rest = &tok[digits..];
    if rest.is_empty() || SUFFIXES.iter().any(|s| rest.eq_ignore_ascii_case(s)) {
        &tok[..digits]
    } else {
        tok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_in_each_language() {
        for (w, m) in [
            ("January", 1),
            ("Sept.", 9),
            ("Mehefin", 6),
            ("Fawrth", 3),
            ("Rhagfyr", 12),
            ("juin", 6),
            ("Décembre", 12),
            ("févr.", 2),
            ("März", 3),
            ("Jänner", 1),
            ("Okt.", 10),
            ("junio", 6),
            ("dic", 12),
            ("giugno", 6),
            ("maart", 3),
            ("mrt", 3),
            ("março", 3),
            ("outubro", 10),
        ] {
            assert_eq!(month_number(w), Some(m), "{w}");
        }
        for w in ["the", "ma", "monday", "juillets", "2019", "augustusx"] {
            assert_eq!(month_number(w), None, "{w}");
        }
    }

    #[test]
    fn ordinals_in_each_language() {
        for (t, d) in [
            ("29th", "29"),
            ("1er", "1"),
            ("1º", "1"),
            ("3ydd", "3"),
            ("11eg", "11"),
            ("12", "12"),
        ] {
            assert_eq!(strip_ordinal(t), d, "{t}");
        }
        assert_eq!(strip_ordinal("12kg"), "12kg");
    }
}
