//! Multi-member gzip, one member at a time.
//!
//! A `.warc.gz` is a series of gzip members, normally one per record, so
//! that a reader can start at any record's offset. Reading member by member
//! (rather than through one `MultiGzDecoder`) gives each record its
//! compressed offset for error messages and re-reading, confines a lying
//! `Content-Length` to its own member, and lets a damaged member be stepped
//! over: the reader goes back to just after the damaged member's start and
//! looks for the next gzip header, so one corrupt record costs that record.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

/// The first bytes of every gzip member (magic and the deflate method).
pub(crate) const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];
/// Read buffer over the compressed file.
const BUF: usize = 64 * 1024;

/// A seekable compressed input that counts the bytes consumed, so the
/// offset of each member is known.
pub(crate) struct Input<F: Read + Seek> {
    inner: BufReader<F>,
    pos: u64,
}

impl<F: Read + Seek> Input<F> {
    /// Wraps `file`, positioned at its start.
    pub(crate) fn new(file: F) -> Input<F> {
        Input {
            inner: BufReader::with_capacity(BUF, file),
            pos: 0,
        }
    }

    /// Bytes consumed so far: the offset of what comes next.
    pub(crate) fn pos(&self) -> u64 {
        self.pos
    }

    /// Moves to an absolute offset.
    pub(crate) fn seek_to(&mut self, pos: u64) -> io::Result<()> {
        self.inner.seek(SeekFrom::Start(pos))?;
        self.pos = pos;
        Ok(())
    }

    /// Whether nothing is left.
    pub(crate) fn at_end(&mut self) -> io::Result<bool> {
        Ok(self.fill_buf()?.is_empty())
    }

    /// Moves to the next gzip header at or after the current offset;
    /// `false` if there is none.
    pub(crate) fn find_magic(&mut self) -> io::Result<bool> {
        let mut fresh = false;
        loop {
            let buf = self.inner.fill_buf()?;
            if let Some(i) = memchr::memmem::find(buf, &MAGIC) {
                self.consume(i);
                return Ok(true);
            }
            if buf.len() < MAGIC.len() {
                if fresh {
                    // A freshly filled buffer this short is the file's end.
                    let n = buf.len();
                    self.consume(n);
                    return Ok(false);
                }
                // The tail of an old buffer: refill from here.
                fresh = true;
                let here = self.pos;
                self.seek_to(here)?;
                continue;
            }
            fresh = true;
            // Keep the last two bytes: a header may straddle the refill.
            let n = buf.len() - (MAGIC.len() - 1);
            let next = self.pos + n as u64;
            self.seek_to(next)?;
        }
    }
}

impl<F: Read + Seek> Read for Input<F> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<F: Read + Seek> BufRead for Input<F> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.inner.consume(n);
        self.pos += n as u64;
    }
}

/// Whether `head` starts like gzip data.
pub(crate) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&MAGIC)
}

/// One gzip member's decompressed bytes, read from the current offset of
/// `input`; reading past its end returns 0 and leaves `input` just after the
/// member's trailer.
pub(crate) fn member<F: Read + Seek>(
    input: &mut Input<F>,
) -> BufReader<flate2::bufread::GzDecoder<&mut Input<F>>> {
    BufReader::with_capacity(BUF, flate2::bufread::GzDecoder::new(input))
}

/// Reads the rest of a member, so the input lands after it. An error
/// means the member is damaged.
pub(crate) fn drain<R: Read>(member: &mut R) -> io::Result<()> {
    io::copy(member, &mut io::sink()).map(|_| ())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    /// `data` as one gzip member.
    pub(crate) fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn members(bytes: Vec<u8>) -> Vec<(u64, Result<Vec<u8>, String>)> {
        let mut input = Input::new(Cursor::new(bytes));
        let mut out = Vec::new();
        while !input.at_end().unwrap() {
            let start = input.pos();
            if !input.find_magic().unwrap() {
                break;
            }
            let at = input.pos();
            assert!(at >= start);
            let mut text = Vec::new();
            let got = {
                let mut m = member(&mut input);
                m.read_to_end(&mut text)
            };
            match got {
                Ok(_) => out.push((at, Ok(text))),
                Err(e) => {
                    out.push((at, Err(e.to_string())));
                    input.seek_to(at + 1).unwrap();
                }
            }
        }
        out
    }

    #[test]
    fn members_come_one_by_one_with_offsets() {
        let a = gz(b"first");
        let b = gz(b"second");
        let mut all = a.clone();
        all.extend_from_slice(&b);
        let got = members(all);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0], (0, Ok(b"first".to_vec())));
        assert_eq!(got[1], (a.len() as u64, Ok(b"second".to_vec())));
    }

    #[test]
    fn a_damaged_member_costs_only_itself() {
        let a = gz(b"first");
        let mut bad = gz(b"second, which will be cut short");
        bad.truncate(bad.len() - 9);
        let c = gz(b"third");
        let mut all = a.clone();
        all.extend_from_slice(&bad);
        all.extend_from_slice(&c);
        let got = members(all);
        let texts: Vec<_> = got.iter().filter_map(|(_, r)| r.clone().ok()).collect();
        assert_eq!(texts, vec![b"first".to_vec(), b"third".to_vec()]);
        assert!(
            got.iter()
                .any(|(at, r)| *at == a.len() as u64 && r.is_err())
        );
    }

    #[test]
    fn garbage_between_members_is_stepped_over() {
        let mut all = gz(b"one");
        all.extend_from_slice(&[0u8; 100_000]);
        all.extend_from_slice(&gz(b"two"));
        let texts: Vec<_> = members(all)
            .into_iter()
            .filter_map(|(_, r)| r.ok())
            .collect();
        assert_eq!(texts, vec![b"one".to_vec(), b"two".to_vec()]);
    }
}
