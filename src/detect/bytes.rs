//! Byte classes of a text as bitmaps, and word scanning over them.
//!
//! Both word passes of the detector spend most of their time finding where
//! words start and end. A byte loop pays a mispredicted branch at nearly
//! every word boundary; here the whole text is classified once, sixteen
//! bytes at a time with vector compares (digits, ASCII letters, bytes of
//! non-ASCII characters, `@` and `-`, each as one bit per byte), into a
//! [`ByteMap`] of 64-byte blocks, and both passes step from word to word with
//! trailing-zero counts. Safe code only: the vector compares come from the
//! `wide` crate's safe API (SSE2 on x86-64, NEON on 64-bit ARM, plain
//! integer code elsewhere).

use wide::{i8x16, u8x16};

use super::names::{is_non_letter_at, is_non_letter_before};

/// Whether the character at `b[i]` is a word character: an ASCII letter or
/// digit, or a character outside ASCII that is a letter, a digit or a
/// combining mark ([`is_non_letter_at`]). What [`ByteMap`] counts as a word
/// byte; `false` past the end of `b`. `i` should be a character's first
/// byte; inside one, the answer is `true`.
#[inline]
pub(crate) fn word_char_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => false,
        Some(&c) if c < 0x80 => c.is_ascii_alphanumeric(),
        Some(_) => !is_non_letter_at(b, i),
    }
}

/// [`word_char_at`] for the character that ends right before `b[i]`;
/// `false` at the start of `b`.
#[inline]
pub(crate) fn word_char_before(b: &[u8], i: usize) -> bool {
    match i.checked_sub(1).map(|j| b[j]) {
        None => false,
        Some(c) if c < 0x80 => c.is_ascii_alphanumeric(),
        Some(_) => !is_non_letter_before(b, i),
    }
}

/// A separator inside a number written outside ASCII, at `b[i..]`, as word
/// processors and web pages write them: a hyphen or dash (U+2010 hyphen,
/// U+2011 non-breaking hyphen, U+2012 figure dash, U+2013 en dash) reads as
/// `-`, a no-break, narrow no-break or thin space (U+00A0, U+202F, U+2009)
/// as a space. Returns the ASCII separator it stands for and its width in
/// bytes; `None` for anything else (every ASCII byte included).
#[inline]
pub(crate) fn wide_separator_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    // Nearly every number ends at an ASCII byte: one compare, and the
    // sequences are told apart out of line.
    if b.get(i).is_some_and(|&c| c >= 0x80) { wide_separator_in(b, i) } else { None }
}

#[cold]
#[inline(never)]
fn wide_separator_in(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match b.get(i..)? {
        [0xC2, 0xA0, ..] => Some((b' ', 2)),
        [0xE2, 0x80, 0x90..=0x93, ..] => Some((b'-', 3)),
        [0xE2, 0x80, 0x89 | 0xAF, ..] => Some((b' ', 3)),
        _ => None,
    }
}

/// The width of the space at `b[i..]` between two words: 1 for a space, 2
/// for a no-break space (U+00A0, as word processors keep a title with a
/// name, a given name with its surname, or the words of "Date of Birth"
/// together), 0 for anything else.
#[inline]
pub(crate) fn space_width_at(b: &[u8], i: usize) -> usize {
    // One byte compare for the common case: it runs at every name word's
    // end and every byte of a name's parts.
    match b.get(i) {
        Some(b' ') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}

/// The width of the space at `b[i..]` between the groups of a number: 1
/// for a space, the width of a no-break, narrow no-break or thin space
/// ([`wide_separator_at`]), 0 for anything else.
#[inline]
pub(crate) fn group_space_width_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ') => 1,
        _ => match wide_separator_at(b, i) {
            Some((b' ', width)) => width,
            _ => 0,
        },
    }
}

/// Whether `b[i..]` starts with a hyphen outside ASCII that joins the
/// parts of a hyphenated name as `-` does: U+2010 hyphen or U+2011
/// non-breaking hyphen (which word processors insert so that
/// "Smith-Jones" is not broken across lines). A dash is no hyphen here.
#[inline]
pub(crate) fn is_wide_hyphen_at(b: &[u8], i: usize) -> bool {
    matches!(b.get(i..), Some([0xE2, 0x80, 0x90 | 0x91, ..]))
}

/// [`wide_separator_at`] for a separator that ends right before `b[i]`.
#[inline]
pub(crate) fn wide_separator_before(b: &[u8], i: usize) -> Option<(u8, usize)> {
    [2, 3].into_iter().find_map(|w| {
        let at = i.checked_sub(w)?;
        wide_separator_at(b, at).filter(|&(_, width)| width == w)
    })
}

/// The length of the UTF-8 sequence a lead byte starts (1 for any other byte).
pub(crate) fn utf8_width(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// Bit 7 set in each byte of `v` that may equal `c`: every byte that does,
/// and possibly bytes above one that does (a borrow), never below. Three
/// operations; for screens where a false hit only costs an exact check.
#[inline]
fn may_equal(v: u64, c: u8) -> u64 {
    let x = v ^ (ONES * u64::from(c));
    x.wrapping_sub(ONES) & !x & HIGH
}

/// Whether one of bytes 1 to 4 of the eight bytes from `at` on may be `:`
/// or `-`, where an IPv6 or MAC address's first group would end. A screen
/// without a branch on the text: a `true` needs an exact check.
#[inline]
pub(crate) fn may_end_hex_group(b: &[u8], at: usize) -> bool {
    may_end_hex_group8(load8_padded(b, at))
}

/// [`may_end_hex_group`] of the eight bytes `v` ([`load8_padded`]).
#[inline]
pub(crate) fn may_end_hex_group8(v: u64) -> bool {
    (may_equal(v, b':') | may_equal(v, b'-')) & 0x0000_0080_8080_8000 != 0
}

/// The low `n` bytes of a `u64` (`n` from 1 to 8) as a mask.
#[inline]
pub(crate) fn low_bytes(n: usize) -> u64 {
    !((u64::MAX << (n * 8 - 1)) << 1)
}

/// [`u8::to_ascii_lowercase`] on each of eight bytes at once.
#[inline]
pub(crate) fn ascii_lower8(v: u64) -> u64 {
    // Each byte's low seven bits plus 0x3F reach bit 7 from 'A' up, plus
    // 0x25 from '[' up; neither sum carries into the next byte.
    let low7 = v & !HIGH;
    let from_a = low7.wrapping_add(ONES * 0x3F);
    let past_z = low7.wrapping_add(ONES * 0x25);
    let upper = from_a & !past_z & !v & HIGH;
    v | upper >> 2
}

/// Bit 7 set in each of the eight bytes of `v` that is an ASCII lower-case
/// letter, every other bit clear.
#[inline]
pub(crate) fn ascii_lower_mask8(v: u64) -> u64 {
    // As in `ascii_lower8`: the low seven bits plus 0x1F reach bit 7 from
    // 'a' up, plus 0x05 from '{' up, without a carry between bytes.
    let low7 = v & !HIGH;
    let from_a = low7.wrapping_add(ONES * 0x1F);
    let past_z = low7.wrapping_add(ONES * 0x05);
    from_a & !past_z & !v & HIGH
}

/// How many of the eight bytes of `b` from `at` on (zero past the end)
/// are ASCII lower-case letters before the first that is not.
#[inline]
pub(crate) fn ascii_lower_run8(b: &[u8], at: usize) -> usize {
    (!ascii_lower_mask8(load8_padded(b, at)) & HIGH).trailing_zeros() as usize / 8
}

/// Eight bytes of `b` from `at` on, little-endian, zero past the end.
#[inline(always)]
pub(crate) fn load8_padded(b: &[u8], at: usize) -> u64 {
    if at + 8 <= b.len() { load8(b, at) } else { load8_tail(b, at) }
}

/// [`load8_padded`] within eight bytes of the end of `b`: kept out of line,
/// so the common case inlines to one load and one compare.
#[cold]
#[inline(never)]
fn load8_tail(b: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    let rest = &b[at.min(b.len())..];
    buf[..rest.len()].copy_from_slice(rest);
    u64::from_le_bytes(buf)
}

/// Eight bytes of `b` at `at`, little-endian (caller guarantees `at + 8 <= b.len()`).
#[inline]
pub(crate) fn load8(b: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    buf.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(buf)
}

/// How many positions [`expand_bits`] writes for a bitmap word in one go.
const EXPAND: usize = 12;

/// Writes `base` plus the position of each set bit of `bits`, in order, to
/// `out[n..]`, and returns the new `n`. The first [`EXPAND`] slots are
/// written whatever `bits` holds, so `out` must have that much room past the
/// last position; slots past the returned `n` hold nothing meaningful.
/// Loops that stop at the last set bit mispredict where they stop, once per
/// bitmap word, at random to a predictor; this one has a fixed trip count
/// for the first twelve bits (about eleven words start in 64 bytes of
/// prose), then a loop for any more.
#[inline]
pub(crate) fn expand_bits(out: &mut [usize], n: usize, base: usize, mut bits: u64) -> usize {
    let count = bits.count_ones() as usize;
    for slot in &mut out[n..n + EXPAND] {
        *slot = base + bits.trailing_zeros() as usize;
        bits &= bits.wrapping_sub(1);
    }
    let mut at = n + EXPAND;
    while bits != 0 {
        out[at] = base + bits.trailing_zeros() as usize;
        bits &= bits - 1;
        at += 1;
    }
    n + count
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
    /// Bytes of characters outside ASCII that are letters, digits or
    /// combining marks: a typographic quote, dash or no-break space is no
    /// word byte, and ends a word as ASCII punctuation does.
    non_ascii: u64,
    /// `@`, and a `-` followed by another `-`: where the email and PEM
    /// recognisers look. (A single dash, in dates, phone numbers and
    /// hyphenated words, is too common to stop at.)
    mark: u64,
    /// Where the word pass always stops: the first digit of every run of
    /// digits, and marks. Words it may have to look at are added per scan
    /// (see [`ByteMap::next_visit`]).
    visit: u64,
}

impl Block {
    /// Classifies 64 bytes, sixteen at a time: one vector add and compare
    /// per class, and the compare's top bits gathered into the bitmap.
    /// `next`: the byte after the chunk (0 at the end of the text).
    fn of(chunk: &[u8; 64], next: u8) -> Block {
        // A byte range lo..lo+n is the set of bytes that, shifted so lo
        // lands on -128, are below -128 + n as signed bytes.
        let shift = |lo: u8| i8x16::splat(0x80u8.wrapping_sub(lo) as i8);
        let below = |n: u8| i8x16::splat(i8::MIN.wrapping_add(n as i8));
        let (to_digit, digits) = (shift(b'0'), below(10));
        let (to_letter, letters, fold) = (shift(b'a'), below(26), i8x16::splat(0x20));
        let (at, dash) = (i8x16::splat(b'@' as i8), i8x16::splat(b'-' as i8));
        let mut blk = Block::default();
        let mut dashes = 0;
        let (lanes, _) = chunk.as_chunks::<16>();
        for (j, &lane) in lanes.iter().enumerate() {
            let v = u8x16::new(lane).cast_signed();
            let bits = |m: i8x16| u64::from(m.to_bitmask()) << (j * 16);
            blk.non_ascii |= bits(v);
            blk.digit |= bits((v + to_digit).simd_lt(digits));
            blk.letter |= bits(((v | fold) + to_letter).simd_lt(letters));
            blk.mark |= bits(v.simd_eq(at));
            dashes |= bits(v.simd_eq(dash));
        }
        let next_dash = dashes >> 1 | u64::from(next == b'-') << 63;
        blk.mark |= dashes & next_dash;
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
    /// The text is all ASCII.
    ascii: bool,
}

/// Bytes of one block of a [`ByteMap`], for sizing retained buffers.
pub(crate) const BLOCK_BYTES: usize = std::mem::size_of::<Block>();

/// The bitmap of one class, chosen by a function of the block.
type Select = fn(&Block) -> u64;

impl ByteMap {
    #[cfg(test)]
    pub(crate) fn new(b: &[u8]) -> ByteMap {
        let mut map = ByteMap::default();
        map.fill(b);
        map
    }

    /// Makes this the map of `b`, reusing its buffer.
    pub(crate) fn fill(&mut self, b: &[u8]) {
        let blocks = &mut self.blocks;
        blocks.clear();
        blocks.reserve(b.len().div_ceil(64));
        // Runs continue across blocks: a block's first byte starts a run
        // only if the previous block's last byte is not in it.
        let mut digit_carry = 0u64;
        let mut add = |buf: &[u8; 64], next: u8| {
            let mut blk = Block::of(buf, next);
            let digit_starts = blk.digit & !(blk.digit << 1 | digit_carry);
            blk.visit = digit_starts | blk.mark;
            digit_carry = blk.digit >> 63;
            blocks.push(blk);
        };
        // Whole blocks are read in place; the last, partial one is padded
        // with zeros, which are in no class.
        let (whole, rest) = b.as_chunks::<64>();
        for (k, chunk) in whole.iter().enumerate() {
            add(chunk, b.get((k + 1) * 64).copied().unwrap_or(0));
        }
        if !rest.is_empty() {
            let mut buf = [0u8; 64];
            buf[..rest.len()].copy_from_slice(rest);
            add(&buf, 0);
        }
        self.len = b.len();
        self.ascii = !blocks.iter().any(|blk| blk.non_ascii != 0);
        if !self.ascii {
            self.drop_non_letters(b);
        }
    }

    /// Whether the text is all ASCII (then, say, no no-break space needs a look).
    pub(crate) fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Takes the bytes of non-ASCII characters that are no letter, digit or
    /// combining mark ([`is_non_letter_at`]: typographic quotes and
    /// apostrophes, dashes, the no-break space) out of the word bytes, so
    /// that "“Garcia”", "Garcia’s" and "617\u{a0}555\u{2011}0142" break into
    /// words where ASCII punctuation would. Only blocks with such bytes pay.
    #[cold]
    fn drop_non_letters(&mut self, b: &[u8]) {
        for k in 0..self.blocks.len() {
            let mut leads = self.blocks[k].non_ascii;
            while leads != 0 {
                let i = k * 64 + leads.trailing_zeros() as usize;
                leads &= leads - 1;
                // Only a character's first byte (11xxxxxx) decides.
                if b[i] < 0xC0 || !is_non_letter_at(b, i) {
                    continue;
                }
                let width = utf8_width(b[i]).min(b.len() - i);
                for j in i..i + width {
                    self.blocks[j / 64].non_ascii &= !(1 << (j % 64));
                }
            }
        }
    }

    /// Bytes of buffer this map holds on to.
    pub(crate) fn capacity_bytes(&self) -> usize {
        self.blocks.capacity() * BLOCK_BYTES
    }

    /// The number of 64-byte blocks: the length of a bitmap over the text
    /// with one `u64` per block.
    pub(crate) fn block_count(&self) -> usize {
        self.blocks.len()
    }

    /// The next position at or after `i` where the word pass stops: where
    /// a run of digits starts (inside a word or not), a `@`, a `-` followed
    /// by another `-`, or a bit
    /// of `extra` (one `u64` per block, [`ByteMap::block_count`] of them)
    /// is set.
    #[inline]
    pub(crate) fn next_visit(&self, extra: &[u64], i: usize) -> Option<usize> {
        let mut k = i / 64;
        let mut m = (self.blocks.get(k)?.visit | extra.get(k).copied().unwrap_or(0)) & (u64::MAX << (i % 64));
        while m == 0 {
            k += 1;
            m = self.blocks.get(k)?.visit | extra.get(k).copied().unwrap_or(0);
        }
        Some(k * 64 + m.trailing_zeros() as usize)
    }

    /// The start and end of every word (see [`ByteMap::next_word`]), in
    /// order: `starts[i]..ends[i]` is the `i`-th word. Found from the
    /// bitmaps a block at a time, with no branch per byte and none on what
    /// a word holds.
    #[cfg(test)]
    pub(crate) fn word_bounds(&self) -> (Vec<usize>, Vec<usize>) {
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        let count = self.word_bounds_into(&mut starts, &mut ends);
        starts.truncate(count);
        ends.truncate(count);
        (starts, ends)
    }

    /// [`ByteMap::word_bounds`] into the first `count` slots of `starts`
    /// and `ends`, returning `count`. The buffers are reused: they only
    /// grow, and slots past `count` hold leftovers. (Clearing them for
    /// every scan would write as many bytes again as the positions take.)
    pub(crate) fn word_bounds_into(&self, starts: &mut Vec<usize>, ends: &mut Vec<usize>) -> usize {
        let word = |blk: &Block| blk.digit | blk.letter | blk.non_ascii;
        let mut count = 0;
        self.for_each_word_start_block(|_, starts| count += starts.count_ones() as usize);
        // Room for the positions and for the unused slots the last block's
        // expansion writes past them.
        for buf in [&mut *starts, &mut *ends] {
            if buf.len() < count + EXPAND {
                buf.resize(count + EXPAND, 0);
            }
        }
        let (mut n_starts, mut n_ends) = (0, 0);
        let mut carry = 0;
        for (k, blk) in self.blocks.iter().enumerate() {
            let w = word(blk);
            let before = w << 1 | carry;
            n_starts = expand_bits(starts, n_starts, k * 64, w & !before);
            // A word ends at the first byte after it that is not a word byte.
            n_ends = expand_bits(ends, n_ends, k * 64, !w & before);
            carry = w >> 63;
        }
        // Bytes past the end of the text are in no class, so only a text
        // ending in a word at a block's end leaves one unclosed.
        if carry != 0 {
            ends[n_ends] = self.len;
            n_ends += 1;
        }
        debug_assert_eq!(n_starts, count);
        debug_assert_eq!(n_ends, count);
        count
    }

    /// First position at or after `i` whose bit is set in `sel`, if any.
    #[cfg(test)]
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
        let (k, off) = (i / 64, i % 64);
        let Some(blk) = self.blocks.get(k) else {
            return self.len;
        };
        // A run that ends inside its block (nearly every word and number):
        // one shift and a trailing-zero count. The shift fills the top with
        // zeros, which read as set, so a run reaching the block's end counts
        // 64 - off or more and goes on in the blocks after it.
        let run = (!sel(blk) >> off).trailing_zeros() as usize;
        if run < 64 - off { (i + run).min(self.len) } else { self.next_clear_from_block(sel, k + 1) }
    }

    /// First position in block `k` or after whose bit is clear in `sel`.
    fn next_clear_from_block(&self, sel: Select, mut k: usize) -> usize {
        loop {
            match self.blocks.get(k) {
                Some(blk) if !sel(blk) != 0 => return (k * 64 + (!sel(blk)).trailing_zeros() as usize).min(self.len),
                Some(_) => k += 1,
                None => return self.len,
            }
        }
    }

    /// Is any bit of `sel` set in `s..e`?
    #[inline]
    fn any(&self, sel: Select, s: usize, e: usize) -> bool {
        s < e
            && (s / 64..=(e - 1) / 64).any(|k| self.blocks.get(k).is_some_and(|blk| sel(blk) & span_bits(k, s, e) != 0))
    }

    /// The next word (a run of word bytes: ASCII letters and digits, bytes
    /// of non-ASCII characters) starting at or after `i`.
    #[cfg(test)]
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

    /// End of the run of ASCII digits starting at `i`, at most `max` bytes
    /// on (`i` itself if there is none, or `i` is past the end of the text).
    #[inline]
    pub(crate) fn digit_run(&self, i: usize, max: usize) -> usize {
        if i >= self.len {
            return i;
        }
        self.next_clear(|k| k.digit, i).min(i + max)
    }

    /// End of the run of ASCII letters and digits starting at `s`, and
    /// whether the run holds a digit and a letter.
    #[inline]
    pub(crate) fn ascii_word(&self, s: usize) -> (usize, bool, bool) {
        let e = self.next_clear(|k| k.digit | k.letter, s);
        let k = s / 64;
        match self.blocks.get(k) {
            // A run that ends inside its block (nearly every word): which
            // kinds it holds is read off that block with one mask.
            Some(blk) if s < e && e - s < 64 - s % 64 => {
                let range = span_bits(k, s, e);
                (e, blk.digit & range != 0, blk.letter & range != 0)
            }
            _ => (e, self.any(|k| k.digit, s, e), self.any(|k| k.letter, s, e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower8_lowers_every_byte_like_the_standard_library() {
        for c in 0..=255u8 {
            for lane in 0..8 {
                // The byte under test among neighbours that would carry or
                // borrow into it if the lanes were not kept apart.
                let mut bytes = [0xFFu8, b'Z', b'A', 0x7F, b'[', b'@', 0x80, b'z'];
                bytes[lane] = c;
                let got = ascii_lower8(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(got, bytes.map(|b| b.to_ascii_lowercase()), "{c:#x} in lane {lane}");
            }
        }
        for c in 0..=255u8 {
            for lane in 0..8 {
                let mut bytes = [b'a', b'z', b'{', b'`', 0x80 | b'a', b'A', 0, 0xFF];
                bytes[lane] = c;
                let mask = ascii_lower_mask8(u64::from_le_bytes(bytes)).to_le_bytes();
                assert_eq!(mask, bytes.map(|b| if b.is_ascii_lowercase() { 0x80 } else { 0 }), "{c:#x} in lane {lane}");
            }
        }
        for (text, at, run) in
            [(&b"abcdefghij"[..], 0, 8), (b"abcD", 0, 3), (b"Smith", 1, 4), (b"ab", 0, 2), (b"a", 1, 0)]
        {
            assert_eq!(ascii_lower_run8(text, at), run, "{text:?} at {at}");
        }
        assert_eq!(low_bytes(1), 0xFF);
        assert_eq!(low_bytes(3), 0xFF_FFFF);
        assert_eq!(low_bytes(8), u64::MAX);
    }

    #[test]
    fn may_end_hex_group_misses_no_separator() {
        // Exact wherever a separator is at bytes 1 to 4; a borrow may add
        // hits only above a real one.
        for t in ["fe80:", "a:b", "0db8-x", "abcd:", "abcde:", ":abc", "-", "a-", "ab", "", "abcd", "1\u{0}:"] {
            let b = t.as_bytes();
            let exact = b.iter().take(5).skip(1).any(|&c| c == b':' || c == b'-');
            if exact {
                assert!(may_end_hex_group(b, 0), "{t:?}");
            }
        }
        for c in 0..=255u8 {
            let b = [b'a', b'b', c, b'x', b'y', b'z'];
            assert_eq!(may_end_hex_group(&b, 0), c == b':' || c == b'-', "{c:#x}");
        }
    }

    #[test]
    fn every_byte_value_is_classified_like_the_standard_library() {
        for c in 0..=255u8 {
            for pos in [0, 1, 15, 16, 17, 31, 32, 47, 48, 62, 63] {
                // The byte under test among neighbours of every kind.
                let mut chunk = [0u8; 64];
                for (j, x) in chunk.iter_mut().enumerate() {
                    *x = b"a9 \xC3Z_-0@\x7f{`/:\xff\x80"[j % 16];
                }
                chunk[pos] = c;
                let k = Block::of(&chunk, b'-');
                for (j, &x) in chunk.iter().enumerate() {
                    let bit = 1u64 << j;
                    assert_eq!(k.digit & bit != 0, x.is_ascii_digit(), "digit {x:#x} at {j}");
                    assert_eq!(k.letter & bit != 0, x.is_ascii_alphabetic(), "letter {x:#x} at {j}");
                    assert_eq!(k.non_ascii & bit != 0, x >= 0x80, "non-ASCII {x:#x} at {j}");
                    let next = chunk.get(j + 1).copied().unwrap_or(b'-');
                    let dashes = x == b'-' && next == b'-';
                    assert_eq!(k.mark & bit != 0, x == b'@' || dashes, "mark {x:#x} at {j}");
                }
            }
        }
    }

    fn scalar_word_runs(b: &[u8]) -> Vec<(usize, usize)> {
        // A byte is a word byte if it is an ASCII letter or digit, or a byte
        // outside ASCII that is not part of a punctuation character.
        let mut word: Vec<bool> = b.iter().map(|&c| c.is_ascii_alphanumeric() || c >= 0x80).collect();
        for i in 0..b.len() {
            // A character that decodes as punctuation lies wholly in `b`.
            if b[i] >= 0xC0 && is_non_letter_at(b, i) {
                word[i..i + utf8_width(b[i])].iter_mut().for_each(|w| *w = false);
            }
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if word[i] {
                let s = i;
                while i < b.len() && word[i] {
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
    fn marks_are_exactly_at_and_a_dash_before_a_dash() {
        for c in 0..=255u8 {
            for next in [b'-', b'a', c] {
                let mut text = [b'a'; 64];
                text[13] = c;
                text[14] = next;
                text[63] = c;
                let m = Block::of(&text, next).mark;
                let expect = |x: u8, after: u8| u64::from(x == b'@' || x == b'-' && after == b'-');
                let want = expect(c, next) << 13 | expect(next, b'a') << 14 | expect(c, next) << 63;
                assert_eq!(m, want, "byte {c:#x} before {next:#x}");
            }
        }
    }

    #[test]
    fn word_bounds_close_a_word_at_the_end_of_the_text() {
        for len in [0, 1, 62, 63, 64, 65, 126, 127, 128, 129] {
            for tail in [&b"ab"[..], b"a ", b"\xC3\xA9", b" 9"] {
                let mut text = vec![b'x'; len];
                if len >= 3 {
                    text[len / 2] = b' ';
                }
                text.extend_from_slice(tail);
                let (starts, ends) = ByteMap::new(&text).word_bounds();
                let bounds: Vec<(usize, usize)> = starts.into_iter().zip(ends).collect();
                assert_eq!(bounds, scalar_word_runs(&text), "length {}", text.len());
            }
        }
    }

    #[test]
    fn space_widths_between_words_and_number_groups() {
        let t = "a b\u{a0}c\u{202f}d\u{2009}e\u{2011}f-";
        // (Every character asked for is in `t`.)
        let at = |c: char| t.find(c).map_or(t.len(), |i| i);
        // Between words: a space or a no-break space only.
        assert_eq!([' ', '\u{a0}', '\u{202f}', 'a', '-'].map(|c| space_width_at(t.as_bytes(), at(c))), [1, 2, 0, 0, 0]);
        // Between a number's groups: any of the spaces, no hyphen or dash.
        assert_eq!(
            [' ', '\u{a0}', '\u{202f}', '\u{2009}', '\u{2011}', '-'].map(|c| group_space_width_at(t.as_bytes(), at(c))),
            [1, 2, 3, 3, 0, 0]
        );
        assert_eq!(space_width_at(b"a", 1) + group_space_width_at(b"a", 1), 0);
        // A no-break space cut short is none.
        assert_eq!(space_width_at(b"a\xc2", 1) + group_space_width_at(b"a\xc2", 1), 0);
    }

    #[test]
    fn expand_bits_writes_every_set_bit_in_order() {
        let patterns = [0, 1, 1 << 63, u64::MAX, 0xFFFF, 0x1_FFFF, 0x5555_5555_5555_5555, 0x8000_0000_0001_0001];
        for bits in patterns.into_iter().chain((0..64).map(|k| (u64::MAX >> k) ^ (1 << (k / 2)))) {
            let want: Vec<usize> = (0..64).filter(|&k| bits & (1 << k) != 0).map(|k| 100 + k).collect();
            let mut out = vec![7usize; 3 + want.len() + EXPAND];
            let n = expand_bits(&mut out, 3, 100, bits);
            assert_eq!(n, 3 + want.len(), "{bits:#x}");
            assert_eq!(&out[..3], &[7, 7, 7], "{bits:#x}");
            assert_eq!(&out[3..n], &want[..], "{bits:#x}");
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
        fn typographic_punctuation_is_no_word_byte(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Z", "7", " ", "\u{2019}", "\u{201c}", "\u{a0}", "\u{2014}", "\u{e9}", "e\u{301}", "\u{2026}", "-",
                ]),
                0..200,
            ),
        ) {
            let text: String = parts.concat();
            let b = text.as_bytes();
            let (starts, ends) = ByteMap::new(b).word_bounds();
            let bounds: Vec<(usize, usize)> = starts.into_iter().zip(ends).collect();
            // Words as runs of characters that are letters, digits or marks.
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let is_word = |c: char| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c);
            let want: Vec<(usize, usize)> = chars
                .chunk_by(|x, y| is_word(x.1) == is_word(y.1))
                .filter(|run| is_word(run[0].1))
                .map(|run| (run[0].0, run[run.len() - 1].0 + run[run.len() - 1].1.len_utf8()))
                .collect();
            proptest::prop_assert_eq!(bounds, want);
        }

        #[test]
        fn byte_map_matches_byte_loops(
            text in proptest::collection::vec(proptest::sample::select(b"aZ09 -.\xC3\xA9@_\n".to_vec()), 0..300),
            start in 0usize..300,
            extra_at in proptest::collection::vec(0usize..300, 0..4),
        ) {
            let map = ByteMap::new(&text);
            let (starts, ends) = map.word_bounds();
            let bounds: Vec<(usize, usize)> = starts.into_iter().zip(ends).collect();
            proptest::prop_assert_eq!(&bounds, &scalar_word_runs(&text));
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
            let digit = |j: usize| text[j].is_ascii_digit();
            let mut extra_bits = vec![0u64; map.block_count()];
            for &j in extra_at.iter().filter(|&&j| j < text.len()) {
                extra_bits[j / 64] |= 1 << (j % 64);
            }
            let extra = |j: usize| extra_at.contains(&j);
            let dashes = |j: usize| text[j] == b'-' && text.get(j + 1) == Some(&b'-');
            let visit = (i..text.len()).find(|&j| {
                (digit(j) && (j == 0 || !digit(j - 1))) || text[j] == b'@' || dashes(j) || extra(j)
            });
            proptest::prop_assert_eq!(map.next_visit(&extra_bits, i), visit);
            for max in [1, 3, 64] {
                let run = (i..text.len()).take(max).take_while(|&j| digit(j)).count();
                proptest::prop_assert_eq!(map.digit_run(i, max), i + run);
            }
            if text.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                proptest::prop_assert_eq!(map.ascii_word(i), scalar_ascii_word(&text, i));
            }
        }
    }
}
