//! Byte classes of a text as bitmaps, and word scanning over them.
//!
//! Both word passes of the detector spend most of their time finding where
//! words start and end. A byte loop pays a mispredicted branch at nearly
//! every word boundary; here the whole text is classified once, eight bytes
//! at a time with plain integer arithmetic (digits, ASCII letters, bytes of
//! non-ASCII characters, `@` and `-`, each as one bit per byte), into a
//! [`ByteMap`] of 64-byte blocks, and both passes step from word to word with
//! trailing-zero counts. Safe code only: bytes are read through
//! `u64::from_le_bytes`.

/// A word byte: ASCII alphanumeric or part of a non-ASCII character (so
/// "Zoë" is one word).
#[inline]
pub(crate) fn word_byte(c: u8) -> bool {
    WORD_BYTE[usize::from(c)]
}

static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b >= 0x80;
        c += 1;
    }
    t
};

const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// One bit per byte: bit `k` describes byte `k` of the chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Kinds8 {
    pub digit: u8,
    pub letter: u8,
    pub non_ascii: u8,
}

/// Bit 7 of each byte of `x` (whose bytes are all below 0x80) set where the
/// byte is at least `c` (`1 <= c <= 0x80`). No carry crosses a byte.
#[inline]
fn at_least(x: u64, c: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x80 - c)) & HIGH
}

/// Gathers bit 7 of each byte into one byte (bit `k` from byte `k`).
#[inline]
fn gather(x: u64) -> u8 {
    ((x >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// Classifies eight bytes (byte `k` of `v`, little-endian, is text byte `k`).
#[inline]
pub(crate) fn kinds8(v: u64) -> Kinds8 {
    let high = v & HIGH;
    let low = v & !HIGH;
    let ascii = !high & HIGH;
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1) & ascii;
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & ascii;
    Kinds8 { digit: gather(digit), letter: gather(letter), non_ascii: gather(high) }
}

/// Eight bytes of `b` at `at`, little-endian (caller guarantees `at + 8 <= b.len()`).
#[inline]
pub(crate) fn load8(b: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    buf.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(buf)
}

/// Bit 7 of each byte of `v` set where the byte equals `c`, exactly (no
/// false positive from a borrow into the next byte).
#[inline]
fn equal(v: u64, c: u8) -> u64 {
    let x = v ^ (ONES * u64::from(c));
    !(((x & !HIGH).wrapping_add(!HIGH)) | x) & HIGH
}

/// In a bitmap of one bit per byte, 64 bytes per word: the bits of word `k`
/// that fall inside the byte range `s..e` (non-empty, overlapping word `k`).
#[inline]
pub(crate) fn span_bits(k: usize, s: usize, e: usize) -> u64 {
    let lo = if k == s / 64 { u64::MAX << (s % 64) } else { u64::MAX };
    let hi = if k == (e - 1) / 64 { u64::MAX >> (63 - (e - 1) % 64) } else { u64::MAX };
    lo & hi
}

/// One 64-byte block of a [`ByteMap`]: bit `k` describes byte `k`.
#[derive(Clone, Copy, Default)]
struct Block {
    digit: u64,
    letter: u64,
    non_ascii: u64,
    /// `@` and `-`: where the email and PEM recognisers look.
    mark: u64,
    /// Where the word pass stops: the first byte of every run of ASCII
    /// letters and digits, the first digit of every run of digits, and marks.
    visit: u64,
}

impl Block {
    fn of(chunk: &[u8; 64]) -> Block {
        let mut blk = Block::default();
        for j in 0..8 {
            let v = load8(chunk, j * 8);
            let k = kinds8(v);
            let shift = j * 8;
            blk.digit |= u64::from(k.digit) << shift;
            blk.letter |= u64::from(k.letter) << shift;
            blk.non_ascii |= u64::from(k.non_ascii) << shift;
            blk.mark |= u64::from(gather(equal(v, b'@') | equal(v, b'-'))) << shift;
        }
        blk
    }
}

/// Which bytes of a whole text are digits, ASCII letters, bytes of
/// non-ASCII characters, or `@`/`-`, as bitmaps of 64 bytes each, built
/// eight bytes at a time. The word passes then step from word to word with
/// trailing-zero counts instead of testing every byte, which a byte loop
/// pays for with a mispredicted branch at nearly every word boundary. Bytes
/// past the end of the text are in no class.
#[derive(Default)]
pub(crate) struct ByteMap {
    blocks: Vec<Block>,
    len: usize,
}

/// The bitmap of one class, chosen by a function of the block.
type Select = fn(&Block) -> u64;

impl ByteMap {
    pub(crate) fn new(b: &[u8]) -> ByteMap {
        let mut blocks = Vec::with_capacity(b.len().div_ceil(64));
        // Runs continue across blocks: a block's first byte starts a run
        // only if the previous block's last byte is not in it.
        let (mut alnum_carry, mut digit_carry) = (0u64, 0u64);
        for chunk in b.chunks(64) {
            let mut buf = [0u8; 64];
            buf[..chunk.len()].copy_from_slice(chunk);
            let mut blk = Block::of(&buf);
            let alnum = blk.digit | blk.letter;
            let word_starts = alnum & !(alnum << 1 | alnum_carry);
            let digit_starts = blk.digit & !(blk.digit << 1 | digit_carry);
            blk.visit = word_starts | digit_starts | blk.mark;
            alnum_carry = alnum >> 63;
            digit_carry = blk.digit >> 63;
            blocks.push(blk);
        }
        ByteMap { blocks, len: b.len() }
    }

    /// The next position at or after `i` where the word pass stops: where
    /// a run of ASCII letters and digits starts, where a run of digits
    /// starts (inside such a word or not), or a `@` or `-`.
    #[inline]
    pub(crate) fn next_visit(&self, i: usize) -> Option<usize> {
        self.next_set(|k| k.visit, i)
    }

    /// First position at or after `i` whose bit is set in `sel`, if any.
    #[inline]
    fn next_set(&self, sel: Select, i: usize) -> Option<usize> {
        let mut k = i / 64;
        let mut m = sel(self.blocks.get(k)?) & (u64::MAX << (i % 64));
        while m == 0 {
            k += 1;
            m = sel(self.blocks.get(k)?);
        }
        Some(k * 64 + m.trailing_zeros() as usize)
    }

    /// First position at or after `i` whose bit is clear in `sel` (at most the text length).
    #[inline]
    fn next_clear(&self, sel: Select, i: usize) -> usize {
        let mut k = i / 64;
        let Some(blk) = self.blocks.get(k) else {
            return self.len;
        };
        let mut m = !sel(blk) & (u64::MAX << (i % 64));
        while m == 0 {
            k += 1;
            match self.blocks.get(k) {
                Some(blk) => m = !sel(blk),
                None => return self.len,
            }
        }
        (k * 64 + m.trailing_zeros() as usize).min(self.len)
    }

    /// Is any bit of `sel` set in `s..e`?
    #[inline]
    fn any(&self, sel: Select, s: usize, e: usize) -> bool {
        s < e
            && (s / 64..=(e - 1) / 64).any(|k| self.blocks.get(k).is_some_and(|blk| sel(blk) & span_bits(k, s, e) != 0))
    }

    /// The next word (a run of word bytes: ASCII letters and digits, bytes
    /// of non-ASCII characters) starting at or after `i`.
    #[inline]
    pub(crate) fn next_word(&self, i: usize) -> Option<(usize, usize)> {
        let word: Select = |k| k.digit | k.letter | k.non_ascii;
        let s = self.next_set(word, i)?;
        Some((s, self.next_clear(word, s)))
    }

    /// Calls `f(base, starts)` for every 64-byte block: bit `k` of `starts`
    /// is set where a word (see [`ByteMap::next_word`]) starts at `base + k`.
    #[inline]
    pub(crate) fn for_each_word_start_block(&self, mut f: impl FnMut(usize, u64)) {
        let mut carry = 0;
        for (k, blk) in self.blocks.iter().enumerate() {
            let word = blk.digit | blk.letter | blk.non_ascii;
            f(k * 64, word & !(word << 1 | carry));
            carry = word >> 63;
        }
    }

    /// Calls `f` with the start of every word, in order.
    #[cfg(test)]
    pub(crate) fn for_each_word_start(&self, mut f: impl FnMut(usize)) {
        self.for_each_word_start_block(|base, mut starts| {
            while starts != 0 {
                f(base + starts.trailing_zeros() as usize);
                starts &= starts - 1;
            }
        });
    }

    /// End of the run of ASCII letters and digits starting at `s`, and
    /// whether the run holds a digit and a letter.
    #[inline]
    pub(crate) fn ascii_word(&self, s: usize) -> (usize, bool, bool) {
        let e = self.next_clear(|k| k.digit | k.letter, s);
        if e > s && s / 64 == (e - 1) / 64 {
            // Within one block (nearly every word): one mask.
            let blk = &self.blocks[s / 64];
            let range = span_bits(s / 64, s, e);
            return (e, blk.digit & range != 0, blk.letter & range != 0);
        }
        (e, self.any(|k| k.digit, s, e), self.any(|k| k.letter, s, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_value_is_classified_like_the_standard_library() {
        for c in 0..=255u8 {
            for pos in 0..8 {
                // The byte under test among neighbours of every kind.
                let mut chunk = *b"a9 \xC3Z_-0";
                chunk[pos] = c;
                let k = kinds8(u64::from_le_bytes(chunk));
                for (j, &x) in chunk.iter().enumerate() {
                    let bit = 1u8 << j;
                    assert_eq!(k.digit & bit != 0, x.is_ascii_digit(), "digit {x:#x} at {j}");
                    assert_eq!(k.letter & bit != 0, x.is_ascii_alphabetic(), "letter {x:#x} at {j}");
                    assert_eq!(k.non_ascii & bit != 0, x >= 0x80, "non-ASCII {x:#x} at {j}");
                }
            }
        }
    }

    fn scalar_word_runs(b: &[u8]) -> Vec<(usize, usize)> {
        let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if word(b[i]) {
                let s = i;
                while i < b.len() && word(b[i]) {
                    i += 1;
                }
                out.push((s, i));
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn marks_are_exactly_at_and_dash() {
        for c in 0..=255u8 {
            let mut text = [b'a'; 64];
            text[13] = c;
            text[14] = c.wrapping_add(1);
            let m = Block::of(&text).mark;
            let expect = |x: u8| u64::from(x == b'@' || x == b'-');
            assert_eq!(m, (expect(c) << 13) | (expect(c.wrapping_add(1)) << 14), "byte {c:#x}");
        }
    }

    fn scalar_ascii_word(b: &[u8], mut i: usize) -> (usize, bool, bool) {
        let (mut d, mut l) = (false, false);
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            d |= b[i].is_ascii_digit();
            l |= b[i].is_ascii_alphabetic();
            i += 1;
        }
        (i, d, l)
    }

    proptest::proptest! {
        #[test]
        fn byte_map_matches_byte_loops(
            text in proptest::collection::vec(proptest::sample::select(b"aZ09 -.\xC3\xA9@_\n".to_vec()), 0..300),
            start in 0usize..300,
        ) {
            let map = ByteMap::new(&text);
            let mut runs = Vec::new();
            let mut i = 0;
            while let Some((s, e)) = map.next_word(i) {
                runs.push((s, e));
                i = e;
            }
            let scalar = scalar_word_runs(&text);
            let mut starts = Vec::new();
            map.for_each_word_start(|s| starts.push(s));
            proptest::prop_assert_eq!(starts, scalar.iter().map(|r| r.0).collect::<Vec<_>>());
            proptest::prop_assert_eq!(runs, scalar);
            let i = start.min(text.len());
            let alnum = |j: usize| text[j].is_ascii_alphanumeric();
            let digit = |j: usize| text[j].is_ascii_digit();
            let visit = (i..text.len()).find(|&j| {
                (alnum(j) && (j == 0 || !alnum(j - 1)))
                    || (digit(j) && (j == 0 || !digit(j - 1)))
                    || text[j] == b'@'
                    || text[j] == b'-'
            });
            proptest::prop_assert_eq!(map.next_visit(i), visit);
            if text.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                proptest::prop_assert_eq!(map.ascii_word(i), scalar_ascii_word(&text, i));
            }
        }
    }
}
