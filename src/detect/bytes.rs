//! Per-byte class bitmaps of a scanned text, built once per scan.
//!
//! Both word passes (the keyword/site-term dictionary and the recognisers'
//! word pass) spend most of their time finding where words start and end. A
//! byte-at-a-time loop takes a mispredicted branch at nearly every word
//! boundary; with one bit per byte in 64-bit words, the next word start or
//! end is a `trailing_zeros` away, and building the bitmaps is a branch-free
//! table pass over the text.

const ALNUM: u8 = 1;
const DIGIT: u8 = 2;
const HIGH: u8 = 4;
const PUNCT: u8 = 8;

/// ASCII letters and digits, digits, non-ASCII bytes, and the two bytes the
/// recognisers' word pass acts on between words (`@` for e-mail addresses,
/// `-` for PEM armour).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_digit() {
            ALNUM | DIGIT
        } else if b.is_ascii_alphabetic() {
            ALNUM
        } else if b >= 0x80 {
            HIGH
        } else if b == b'@' || b == b'-' {
            PUNCT
        } else {
            0
        };
        c += 1;
    }
    t
};

const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Per byte of `x` (7-bit values only), bit 7 set iff the byte is at least `lo`.
/// Setting bit 7 before subtracting keeps every byte's borrow inside it.
#[inline]
fn at_least(x7: u64, lo: u8) -> u64 {
    ((x7 | HIGH_BITS) - u64::from(lo) * 0x0101_0101_0101_0101) & HIGH_BITS
}

/// Bit 7 of each byte of `v` (the others clear) packed into the low 8 bits.
#[inline]
fn pack(v: u64) -> u64 {
    v.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

/// The four class masks of eight bytes at once (SWAR): the same answer as
/// [`CLASS`] byte by byte, without a table load and shift per byte.
#[inline]
fn classify8(x: u64) -> [u64; 4] {
    let high = x & HIGH_BITS;
    let x7 = x & LOW7;
    let ascii = !high & HIGH_BITS;
    let digit = at_least(x7, b'0') & !at_least(x7, b'9' + 1) & ascii;
    // Setting bit 5 maps 'A'..='Z' onto 'a'..='z' and no other 7-bit byte
    // into that range.
    let folded = x7 | 0x2020_2020_2020_2020;
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & ascii;
    // A byte equals `c` iff its XOR with `c` is zero, i.e. not at least 1.
    let eq = |c: u8| !at_least(x7 ^ (u64::from(c) * 0x0101_0101_0101_0101), 1) & ascii;
    let punct = eq(b'@') | eq(b'-');
    [pack(digit | letter), pack(digit), pack(high), pack(punct)]
}

/// One bit per byte of the text (bit `i % 64` of word `i / 64`), per class.
/// Bits past the end of the text are clear.
pub(crate) struct ByteMasks {
    /// `[alnum, digit, high, punct]` for each 64-byte block.
    blocks: Vec<[u64; 4]>,
    len: usize,
}

impl ByteMasks {
    pub(crate) fn new(text: &[u8]) -> ByteMasks {
        let mut blocks = Vec::with_capacity(text.len().div_ceil(64));
        let mut chunks = text.chunks_exact(64);
        for chunk in &mut chunks {
            let mut m = [0u64; 4];
            for (j, lane) in chunk.chunks_exact(8).enumerate() {
                let mut buf = [0u8; 8];
                buf.copy_from_slice(lane);
                let [a, d, h, p] = classify8(u64::from_le_bytes(buf));
                m[0] |= a << (8 * j);
                m[1] |= d << (8 * j);
                m[2] |= h << (8 * j);
                m[3] |= p << (8 * j);
            }
            blocks.push(m);
        }
        // The tail (under 64 bytes) byte by byte.
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let mut m = [0u64; 4];
            for (j, &c) in tail.iter().enumerate() {
                let k = CLASS[usize::from(c)];
                m[0] |= u64::from(k & ALNUM) << j;
                m[1] |= u64::from((k & DIGIT) >> 1) << j;
                m[2] |= u64::from((k & HIGH) >> 2) << j;
                m[3] |= u64::from((k & PUNCT) >> 3) << j;
            }
            blocks.push(m);
        }
        ByteMasks { blocks, len: text.len() }
    }

    /// First position at or after `from` whose bit in `f(block)` is `want`,
    /// or the text length.
    #[inline]
    fn find(&self, from: usize, want: bool, f: impl Fn(&[u64; 4]) -> u64) -> usize {
        let mut w = from / 64;
        let Some(block) = self.blocks.get(w) else {
            return self.len;
        };
        let flip = if want { 0 } else { u64::MAX };
        let mut bits = (f(block) ^ flip) & (u64::MAX << (from % 64));
        loop {
            if bits != 0 {
                return (w * 64 + bits.trailing_zeros() as usize).min(self.len);
            }
            w += 1;
            let Some(block) = self.blocks.get(w) else {
                return self.len;
            };
            bits = f(block) ^ flip;
        }
    }

    /// Start of the next dictionary word (ASCII alphanumeric or non-ASCII
    /// bytes, see `dictionary::word_byte`) at or after `from`.
    #[inline]
    pub(crate) fn next_word(&self, from: usize) -> usize {
        self.find(from, true, |m| m[0] | m[2])
    }

    /// End of the dictionary word running through `from`.
    #[inline]
    pub(crate) fn word_end(&self, from: usize) -> usize {
        self.find(from, false, |m| m[0] | m[2])
    }

    /// Next ASCII alphanumeric, `@` or `-` byte at or after `from`.
    #[inline]
    pub(crate) fn next_stop(&self, from: usize) -> usize {
        self.find(from, true, |m| m[0] | m[3])
    }

    /// End of the ASCII alphanumeric run through `from`.
    #[inline]
    pub(crate) fn alnum_end(&self, from: usize) -> usize {
        self.find(from, false, |m| m[0])
    }

    /// For an alphanumeric run `s..e`: does it contain a digit, and is it
    /// all digits? (Two mask tests per block, no bit counting: the build
    /// target has no popcount instruction.)
    #[inline]
    pub(crate) fn digit_kinds(&self, s: usize, e: usize) -> (bool, bool) {
        let (mut any, mut all) = (false, true);
        let mut p = s;
        while p < e {
            let w = p / 64;
            let hi = (e - w * 64).min(64);
            let upto = if hi == 64 { u64::MAX } else { (1u64 << hi) - 1 };
            let range = upto & (u64::MAX << (p % 64));
            let bits = self.blocks.get(w).map_or(0, |m| m[1]) & range;
            any |= bits != 0;
            all &= bits == range;
            p = w * 64 + hi;
        }
        (any, all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_agree_with_byte_loops() {
        let mut text: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for i in 0..700u32 {
            text.push([b'a', b'7', b' ', b'@', b'-', 0xc3, b'Z', b'.', b'0'][(i * 7 % 9) as usize]);
            if i % 13 == 0 {
                text.extend_from_slice(b"  word 123 ");
            }
        }
        let m = ByteMasks::new(&text);
        let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
        for from in 0..=text.len() {
            let next = (from..text.len()).find(|&i| word(text[i])).unwrap_or(text.len());
            assert_eq!(m.next_word(from), next);
            let end = (from..text.len()).find(|&i| !word(text[i])).unwrap_or(text.len());
            assert_eq!(m.word_end(from), end);
            let stop = (from..text.len())
                .find(|&i| text[i].is_ascii_alphanumeric() || text[i] == b'@' || text[i] == b'-')
                .unwrap_or(text.len());
            assert_eq!(m.next_stop(from), stop);
            let aend = (from..text.len()).find(|&i| !text[i].is_ascii_alphanumeric()).unwrap_or(text.len());
            assert_eq!(m.alnum_end(from), aend);
            for e in from + 1..(from + 140).min(text.len()) {
                let w = &text[from..e];
                let kinds = (w.iter().any(u8::is_ascii_digit), w.iter().all(u8::is_ascii_digit));
                assert_eq!(m.digit_kinds(from, e), kinds);
            }
        }
    }
}
