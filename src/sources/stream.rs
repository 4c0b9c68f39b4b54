//! A buffered reader that counts what it has handed out and can be given
//! bytes back, for a record reader that must re-read what it mistook for
//! a record's body after a lying `Content-Length`.

use std::io::{self, BufRead, Read};

/// `inner` with a push-back buffer in front and a running offset.
pub(crate) struct Stream<R> {
    inner: R,
    carry: Vec<u8>,
    at: usize,
    pos: u64,
}

impl<R: BufRead> Stream<R> {
    /// Wraps `inner`; offsets count from 0.
    pub(crate) fn new(inner: R) -> Stream<R> {
        Stream {
            inner,
            carry: Vec::new(),
            at: 0,
            pos: 0,
        }
    }

    /// The offset of the next byte, within this stream.
    pub(crate) fn pos(&self) -> u64 {
        self.pos
    }

    /// Puts `bytes` back in front of what is left: they are read next.
    pub(crate) fn unread(&mut self, bytes: &[u8]) {
        let mut carry = bytes.to_vec();
        carry.extend_from_slice(&self.carry[self.at..]);
        self.carry = carry;
        self.at = 0;
        self.pos -= bytes.len() as u64;
    }

    /// One line, with its `\n`, at most `limit` bytes (a longer line comes
    /// back in pieces); empty at the end.
    pub(crate) fn line(&mut self, limit: u64) -> io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        self.by_ref().take(limit).read_until(b'\n', &mut buf)?;
        Ok(buf)
    }

    /// Up to `n` bytes (fewer only at the end).
    pub(crate) fn up_to(&mut self, n: u64) -> io::Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(usize::try_from(n.min(1 << 20)).unwrap_or(0));
        self.by_ref().take(n).read_to_end(&mut buf)?;
        Ok(buf)
    }

    /// Skips up to `n` bytes; how many there were.
    pub(crate) fn skip(&mut self, n: u64) -> io::Result<u64> {
        io::copy(&mut self.by_ref().take(n), &mut io::sink())
    }

    /// Gives the inner reader back.
    pub(crate) fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: BufRead> Read for Stream<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = {
            let buf = self.fill_buf()?;
            let n = buf.len().min(out.len());
            out[..n].copy_from_slice(&buf[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Stream<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.carry.len() {
            Ok(&self.carry[self.at..])
        } else {
            self.inner.fill_buf()
        }
    }

    fn consume(&mut self, n: usize) {
        if self.at < self.carry.len() {
            self.at += n;
            if self.at >= self.carry.len() {
                self.carry.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(n);
        }
        self.pos += n as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_bytes_and_unread() {
        let mut s = Stream::new(&b"one\ntwo\nthree"[..]);
        assert_eq!(s.line(100).unwrap(), b"one\n");
        assert_eq!(s.pos(), 4);
        let two = s.up_to(4).unwrap();
        assert_eq!(two, b"two\n");
        s.unread(&two[2..]);
        assert_eq!(s.pos(), 6);
        assert_eq!(s.line(100).unwrap(), b"o\n");
        assert_eq!(s.line(3).unwrap(), b"thr");
        assert_eq!(s.skip(100).unwrap(), 2);
        assert_eq!(s.line(100).unwrap(), b"");
        assert_eq!(s.pos(), 13);
    }
}
