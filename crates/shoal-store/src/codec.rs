//! LEB128 varints and length-prefixed fields shared by the batch and snapshot formats.

use crate::StoreError;

pub(crate) fn put_uvarint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

pub(crate) fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_uvarint(out, b.len() as u64);
    out.extend_from_slice(b);
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_bytes(out, s.as_bytes());
}

pub(crate) struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    /// Names the format in error messages so a bad snapshot is not reported as a bad batch.
    what: &'static str,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(buf: &'a [u8], what: &'static str) -> Self {
        Reader { buf, pos: 0, what }
    }

    pub(crate) fn err(&self, msg: &str) -> StoreError {
        StoreError::corrupt(format!("{}: {} at byte {}", self.what, msg, self.pos))
    }

    pub(crate) fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    pub(crate) fn finish(&self) -> Result<(), StoreError> {
        if self.remaining() != 0 {
            return Err(self.err(&format!("{} trailing bytes", self.remaining())));
        }
        Ok(())
    }

    pub(crate) fn u8(&mut self) -> Result<u8, StoreError> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| self.err("unexpected end"))?;
        self.pos += 1;
        Ok(b)
    }

    pub(crate) fn bool(&mut self) -> Result<bool, StoreError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(self.err(&format!("invalid boolean {b}"))),
        }
    }

    pub(crate) fn uvarint(&mut self) -> Result<u64, StoreError> {
        let mut v: u64 = 0;
        let mut shift = 0u32;
        loop {
            let b = self.u8()?;
            if shift == 63 && b > 1 {
                return Err(self.err("varint overflows u64"));
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                // Rejecting padded encodings keeps decode(encode(x)) the only valid spelling.
                if b == 0 && shift > 0 {
                    return Err(self.err("non-minimal varint"));
                }
                return Ok(v);
            }
            shift += 7;
            if shift > 63 {
                return Err(self.err("varint too long"));
            }
        }
    }

    /// A count of items that each take at least `min_item` bytes; bounding it by the
    /// remaining input keeps a corrupt count from triggering a huge allocation.
    pub(crate) fn count(&mut self, min_item: usize) -> Result<usize, StoreError> {
        let n = self.uvarint()?;
        if n > (self.remaining() / min_item.max(1)) as u64 {
            return Err(self.err(&format!("count {n} exceeds the remaining input")));
        }
        Ok(n as usize)
    }

    pub(crate) fn bytes(&mut self) -> Result<&'a [u8], StoreError> {
        let n = self.uvarint()?;
        if n > self.remaining() as u64 {
            return Err(self.err(&format!("length {n} exceeds the remaining input")));
        }
        let s = &self.buf[self.pos..self.pos + n as usize];
        self.pos += n as usize;
        Ok(s)
    }

    pub(crate) fn str(&mut self) -> Result<&'a str, StoreError> {
        let b = self.bytes()?;
        std::str::from_utf8(b).map_err(|_| self.err("invalid UTF-8 string"))
    }
}
