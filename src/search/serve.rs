//! `--serve`: a persistent answerer for busy backends. One JSON request per
//! line on the input, one JSON answer per line on the output (the same
//! contract as `--format json`), in order, flushed after each answer. The
//! index stays open; new commits are picked up by the reader's watcher.
//!
//! Owns the request-line format (`ServeRequest`) and its limits. A bad
//! line gets an error answer and the loop goes on; end of input ends it.

use std::io::{self, BufRead, Write};

use serde::Deserialize;

use crate::error::Error;
use crate::search::engine::Engine;
use crate::search::fields::HitField;
use crate::search::output::json;
use crate::search::request::{SearchRequest, Sort};
use crate::search::response::ErrorResponse;

/// Longest request line, in bytes.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// A string or a list of strings.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    /// One value.
    One(String),
    /// Any of several.
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// One request line. Only `query` is required; the rest default as on the
/// command line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ServeRequest {
    query: String,
    #[serde(default)]
    area: Option<OneOrMany>,
    #[serde(default)]
    provider: Option<OneOrMany>,
    #[serde(default)]
    kind: Option<OneOrMany>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    sort: Option<Sort>,
    #[serde(default)]
    recency_days: Option<f64>,
    #[serde(default)]
    limit: Option<usize>,
    #[serde(default)]
    offset: Option<usize>,
    #[serde(default)]
    explain: Option<bool>,
    #[serde(default)]
    timeout_ms: Option<u64>,
    /// The fields of each hit: a list or a comma-separated string.
    #[serde(default)]
    fields: Option<OneOrMany>,
}

impl ServeRequest {
    /// The plain request, starting from `base` (the command line's
    /// defaults, e.g. its `--timeout-ms`).
    pub(crate) fn into_request(self, base: &SearchRequest) -> Result<SearchRequest, Error> {
        let fields = match self.fields {
            None => base.fields.clone(),
            Some(OneOrMany::One(list)) => Some(HitField::parse_list(&list)?),
            Some(OneOrMany::Many(names)) => Some(HitField::from_names(&names)?),
        };
        Ok(SearchRequest {
            query: self.query,
            areas: self.area.map(OneOrMany::into_vec).unwrap_or_default(),
            providers: self.provider.map(OneOrMany::into_vec).unwrap_or_default(),
            kinds: self.kind.map(OneOrMany::into_vec).unwrap_or_default(),
            from: self.from,
            to: self.to,
            sort: self.sort.unwrap_or(base.sort),
            recency_days: self.recency_days.or(base.recency_days),
            limit: self.limit.unwrap_or(base.limit),
            offset: self.offset.unwrap_or(0),
            all: false,
            explain: self.explain.unwrap_or(base.explain),
            timeout_ms: self.timeout_ms.unwrap_or(base.timeout_ms),
            fields,
        })
    }
}

/// Answers one line (without its newline) as one JSON line.
pub(crate) fn answer_line(
    engine: &Engine,
    line: &[u8],
    base: &SearchRequest,
    out: &mut dyn Write,
) -> io::Result<()> {
    let req: ServeRequest = match std::str::from_utf8(line)
        .map_err(|_| "the request is not valid UTF-8".to_string())
        .and_then(|s| serde_json::from_str(s).map_err(|e| format!("bad request line: {e}")))
    {
        Ok(r) => r,
        Err(msg) => {
            serde_json::to_writer(&mut *out, &ErrorResponse::new("bad_request_json", msg))?;
            return out.write_all(b"\n");
        }
    };
    match req.into_request(base).and_then(|r| engine.search(&r)) {
        Ok(resp) => json::write(out, &resp),
        Err(e) => json::write_error(out, &e),
    }
}

/// Serves until end of input. Returns the number of requests answered.
pub fn serve<R: BufRead>(
    engine: &Engine,
    input: &mut R,
    out: &mut dyn Write,
    base: &SearchRequest,
) -> Result<u64, Error> {
    let mut n = 0u64;
    let mut line = Vec::new();
    loop {
        line.clear();
        let read =
            io::Read::take(&mut *input, MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut line)?;
        if read == 0 {
            break;
        }
        let complete = line.last() == Some(&b'\n');
        if !complete && line.len() > MAX_LINE_BYTES {
            // Skip the rest of the oversized line.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let r = io::Read::take(&mut *input, MAX_LINE_BYTES as u64)
                    .read_until(b'\n', &mut rest)?;
                if r == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            serde_json::to_writer(
                &mut *out,
                &ErrorResponse::new(
                    "request_too_large",
                    format!("request lines are limited to {MAX_LINE_BYTES} bytes"),
                ),
            )
            .map_err(io::Error::from)?;
            out.write_all(b"\n")?;
            out.flush()?;
            n += 1;
            continue;
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        answer_line(engine, text, base, out)?;
        out.flush()?;
        n += 1;
    }
    Ok(n)
}
