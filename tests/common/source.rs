//! Reading Rust sources as code: comments, strings and character literals
//! blanked out, line breaks kept, so a scan for paths or braces sees only
//! code. Shared by `tests/layering.rs` and `tests/function_length.rs`.

/// `src` with comments, strings and character literals blanked out, so only
/// code is left (line breaks kept).
pub fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, s: &[char]| {
        out.extend(s.iter().map(|&ch| if ch == '\n' { '\n' } else { ' ' }))
    };
    let mut i = 0;
    while i < c.len() {
        let rest = &c[i..];
        let prev_ident = i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_');
        let end = if rest.starts_with(&['/', '/']) {
            rest.iter().position(|&ch| ch == '\n').unwrap_or(rest.len())
        } else if rest.starts_with(&['/', '*']) {
            block_comment_len(rest)
        } else if rest[0] == '"' {
            string_len(rest, 0)
        } else if !prev_ident && (rest.starts_with(&['r', '"']) || rest.starts_with(&['r', '#'])) {
            raw_string_len(rest, 1).unwrap_or(0)
        } else if !prev_ident
            && (rest.starts_with(&['b', 'r', '"']) || rest.starts_with(&['b', 'r', '#']))
        {
            raw_string_len(rest, 2).unwrap_or(0)
        } else if rest[0] == '\'' {
            char_literal_len(rest)
        } else {
            0
        };
        if end == 0 {
            out.push(c[i]);
            i += 1;
        } else {
            blank(&mut out, &rest[..end]);
            i += end;
        }
    }
    out
}

fn block_comment_len(s: &[char]) -> usize {
    let mut depth = 0;
    let mut i = 0;
    while i + 1 < s.len() {
        if s[i] == '/' && s[i + 1] == '*' {
            depth += 1;
            i += 2;
        } else if s[i] == '*' && s[i + 1] == '/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    s.len()
}

/// Length of the string literal whose opening quote is at `s[at]`.
fn string_len(s: &[char], at: usize) -> usize {
    let mut i = at + 1;
    while i < s.len() {
        match s[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    s.len()
}

/// Length of a raw string starting with `prefix` letters (`r`, `br`).
fn raw_string_len(s: &[char], prefix: usize) -> Option<usize> {
    let hashes = s[prefix..].iter().take_while(|&&ch| ch == '#').count();
    if s.get(prefix + hashes) != Some(&'"') {
        return None;
    }
    let mut i = prefix + hashes + 1;
    while i < s.len() {
        if s[i] == '"'
            && s[i + 1..]
                .iter()
                .take(hashes)
                .filter(|&&ch| ch == '#')
                .count()
                == hashes
        {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    Some(s.len())
}

/// Length of a character literal at `s[0]`, or 0 for a lifetime or label.
fn char_literal_len(s: &[char]) -> usize {
    if s.get(1) == Some(&'\\') {
        return s
            .iter()
            .skip(3)
            .position(|&ch| ch == '\'')
            .map_or(0, |p| p + 4);
    }
    if s.get(2) == Some(&'\'') { 3 } else { 0 }
}
