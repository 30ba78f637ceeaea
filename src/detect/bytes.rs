//! Word scanning eight bytes at a time.
//!
//! Both word passes of the detector spend most of their time finding where a
//! word ends. A byte loop pays a mispredicted branch at the end of nearly
//! every word; here eight bytes are classified at once with plain integer
//! arithmetic (digits, ASCII letters, bytes of non-ASCII characters, each as
//! one bit per byte) and the end is found with one trailing-zero count, so a
//! typical word costs one load and one predictable branch. Safe code only: the
//! eight bytes are read through `u64::from_le_bytes`.

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

/// Bits `0..n` set.
#[inline]
fn low_bits(n: u32) -> u8 {
    if n >= 8 { 0xFF } else { (1u8 << n) - 1 }
}

/// End of the run of ASCII letters and digits starting at `i`, and whether
/// the run holds a digit and a letter.
#[inline]
pub(crate) fn ascii_word(b: &[u8], mut i: usize) -> (usize, bool, bool) {
    let (mut digits, mut letters) = (0u8, 0u8);
    while i + 8 <= b.len() {
        let k = kinds8(load8(b, i));
        let stop = (!(k.digit | k.letter)).trailing_zeros();
        let inside = low_bits(stop);
        digits |= k.digit & inside;
        letters |= k.letter & inside;
        i += stop as usize;
        if stop < 8 {
            return (i, digits != 0, letters != 0);
        }
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        digits |= u8::from(b[i].is_ascii_digit());
        letters |= u8::from(b[i].is_ascii_alphabetic());
        i += 1;
    }
    (i, digits != 0, letters != 0)
}

/// End of the run of word bytes (ASCII letters and digits, bytes of
/// non-ASCII characters) starting at `i`.
#[inline]
pub(crate) fn word_end(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let k = kinds8(load8(b, i));
        let stop = (!(k.digit | k.letter | k.non_ascii)).trailing_zeros();
        i += stop as usize;
        if stop < 8 {
            return i;
        }
    }
    while i < b.len() && word_byte(b[i]) {
        i += 1;
    }
    i
}

/// Start of the next word byte at or after `i` (or `b.len()`).
#[inline]
pub(crate) fn next_word(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let k = kinds8(load8(b, i));
        let word = k.digit | k.letter | k.non_ascii;
        if word != 0 {
            return i + word.trailing_zeros() as usize;
        }
        i += 8;
    }
    while i < b.len() && !word_byte(b[i]) {
        i += 1;
    }
    i
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
        fn runs_match_a_byte_loop(
            text in proptest::collection::vec(proptest::sample::select(b"aZ09 -.\xC3\xA9@_\n".to_vec()), 0..80),
            start in 0usize..80,
        ) {
            let i = start.min(text.len());
            proptest::prop_assert_eq!(ascii_word(&text, i), scalar_ascii_word(&text, i));
            let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
            let mut e = i;
            while e < text.len() && word(text[e]) {
                e += 1;
            }
            proptest::prop_assert_eq!(word_end(&text, i), e);
            let mut n = i;
            while n < text.len() && !word(text[n]) {
                n += 1;
            }
            proptest::prop_assert_eq!(next_word(&text, i), n);
        }
    }
}
