//! Word-keyed phrase dictionary: finds every occurrence of a set of phrases
//! that start and end on word boundaries, ASCII-case-insensitively, in one
//! pass over the text.
//!
//! Used for the built-in keyword table (context words, honorifics, privilege
//! phrases) and for the policy's site term lists. Each phrase is keyed by a
//! hash of its first word (one-word phrases) or of its first two words
//! (longer phrases); the scan hashes every word of the text once, probes a
//! small bitset (one cache-resident load rejects nearly every word), and only
//! on a bitset hit looks the key up and confirms the phrase by comparing
//! bytes. Because phrases can only match on word boundaries, this finds
//! exactly what a word-bounded Aho-Corasick search would, but builds in linear
//! time (an Aho-Corasick contiguous NFA over 100,000 terms measured 0.5–26 s
//! here, see `docs/detection.md`) and skips the per-byte automaton walk.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasherDefault, Hasher};

use super::DetectError;
#[cfg(test)]
use super::bytes::word_char_before;
use super::bytes::{ByteMap, ascii_lower8, load8, load8_padded, low_bytes, space_width_at, word_char_at};

/// The words of a text (runs of word characters, [`word_char_at`]: ASCII
/// letters and digits, and letters, digits and marks outside ASCII), in
/// order, each with its [`word_hash_in`].
/// Found once per text and shared by every dictionary scanned over it (the
/// built-in keywords and the site's term lists).
#[derive(Default)]
pub(crate) struct Words {
    starts: Vec<usize>,
    ends: Vec<usize>,
    hashes: Vec<u64>,
    /// One bit per byte of the text: set at the start of each word the
    /// caller's screen marked.
    marked: Vec<u64>,
    /// The text is all ASCII, so it has no no-break space.
    ascii: bool,
}

impl Words {
    /// [`Words::fill`] into new buffers.
    #[cfg(test)]
    pub(crate) fn new(text: &[u8], map: &ByteMap, mark: impl Fn(u64) -> bool) -> Words {
        let mut words = Words::default();
        words.fill(text, map, mark);
        words
    }

    /// Makes these the words of `text`, reusing their buffers. `map` is the
    /// text's [`ByteMap`]. `mark` is called with the eight bytes at each
    /// word's start ([`load8_padded`]) and decides which words
    /// [`Words::marked`] holds: it runs in the same loop as the hashing,
    /// which has those bytes loaded.
    pub(crate) fn fill(&mut self, text: &[u8], map: &ByteMap, mark: impl Fn(u64) -> bool) {
        let Words { starts, ends, hashes, marked, ascii } = self;
        *ascii = map.is_ascii();
        // `starts` and `ends` may be longer than the text's words: the
        // words are the first `count` (as many as `hashes` holds).
        let count = map.word_bounds_into(starts, ends);
        marked.clear();
        marked.resize(map.block_count(), 0);
        hashes.clear();
        hashes.extend(starts[..count].iter().zip(&ends[..count]).map(|(&s, &e)| {
            let head = load8_padded(text, s);
            marked[s / 64] |= u64::from(mark(head)) << (s % 64);
            word_hash_from(head, text, s, e)
        }));
    }

    /// Bytes of buffer these words hold on to.
    pub(crate) fn capacity_bytes(&self) -> usize {
        8 * (self.starts.capacity() + self.ends.capacity() + self.hashes.capacity() + self.marked.capacity())
    }

    /// The words the screen given to [`Words::fill`] marked, as one bit per
    /// byte at their starts, one `u64` per 64 bytes.
    pub(crate) fn marked(&self) -> &[u64] {
        &self.marked
    }
}

/// The top bit of a phrase's stored length: the phrase has a space, which a
/// text may write as a no-break space ([`no_break_spaced_end`]).
const SPACED: u32 = 1 << 31;

/// Where `term` ends if `text[start..]` holds it with a no-break space
/// (U+00A0) for any of its spaces, as word processors join "Date of Birth"
/// or "Privileged & Confidential"; ASCII case is ignored as elsewhere.
#[cold]
#[inline(never)]
fn no_break_spaced_end(text: &[u8], start: usize, term: &[u8]) -> Option<usize> {
    let mut i = start;
    for &c in term {
        if c == b' ' && space_width_at(text, i) == 2 {
            i += 2;
        } else if text.get(i).is_some_and(|t| t.eq_ignore_ascii_case(&c)) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// The words of `t` as byte ranges: runs of [`word_char_at`] characters.
fn word_runs(t: &str) -> Vec<(usize, usize)> {
    let b = t.as_bytes();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, _) in t.char_indices() {
        match (word_char_at(b, i), open) {
            (true, None) => open = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        runs.push((s, b.len()));
    }
    runs
}

/// Longest accepted phrase, in bytes.
pub const MAX_TERM_LEN: usize = 256;

/// Most phrases accepted in one dictionary.
pub const MAX_TERMS: usize = 5_000_000;

/// Which (first byte, length) shapes a set of words has: once a word passed
/// the role screen, one load and one bit test tell which of its roles (one-
/// word phrase, first word, second word) it may have. The first byte is
/// folded to six bits (ASCII letters of either case share a slot) and
/// lengths above 31 share the top bit, so it never rules out a word in the
/// set.
#[derive(Clone)]
struct ShapeFilter([u32; 64]);

impl Default for ShapeFilter {
    fn default() -> Self {
        ShapeFilter([0; 64])
    }
}

impl ShapeFilter {
    #[inline]
    fn slot(first: u8, len: usize) -> (usize, u32) {
        (usize::from((first | 0x20) & 63), 1 << len.min(31))
    }

    fn add(&mut self, word: &[u8]) {
        if let Some(&first) = word.first() {
            let (i, bit) = Self::slot(first, word.len());
            self.0[i] |= bit;
        }
    }

    #[inline]
    fn may_contain(&self, first: u8, len: usize) -> bool {
        let (i, bit) = Self::slot(first, len);
        self.0[i] & bit != 0
    }
}

/// Case-insensitive key of the word `text[s..e]` from its first and last
/// eight bytes and its length, in constant time. Setting bit 5 of every byte
/// lower-cases ASCII letters and leaves digits unchanged; it may merge
/// distinct non-ASCII bytes, which only costs a failed confirmation, since
/// every candidate is confirmed byte by byte.
#[inline(always)]
pub(crate) fn word_hash_in(text: &[u8], s: usize, e: usize) -> u64 {
    word_hash_from(load8_padded(text, s), text, s, e)
}

/// [`word_hash_in`], given the eight bytes at the word's start (`head8`,
/// [`load8_padded`]). Without a branch on the word's length, which no
/// predictor can guess: a short word's bytes are cut from those eight (head
/// and tail alike), a long word's last eight are loaded apart.
#[inline(always)]
fn word_hash_from(head8: u64, text: &[u8], s: usize, e: usize) -> u64 {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let len = e - s;
    if len == 0 {
        return 0;
    }
    let keep = low_bytes(len.min(8));
    let head = head8 & keep;
    let tail = load8_padded(text, s + len.max(8) - 8) & keep;
    let x = (head | FOLD).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (tail | FOLD).rotate_left(31).wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
        ^ (len as u64);
    x ^ (x >> 29)
}

/// [`word_hash_in`] of a whole slice.
#[inline]
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    word_hash_in(w, 0, w.len())
}

fn pair_key(a: u64, b: u64) -> u64 {
    a.rotate_left(29) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Keys are already hashes: pass them through.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type KeyMap = HashMap<u64, u32, BuildHasherDefault<KeyHasher>>;

/// Bitset over key hashes: a clear bit proves the key is absent.
#[derive(Default)]
struct KeyBits {
    bits: Vec<u64>,
    mask: u64,
}

impl KeyBits {
    fn build(keys: impl Iterator<Item = u64>, count: usize) -> KeyBits {
        let nbits = (count * 16).next_power_of_two().clamp(1 << 12, 1 << 24);
        let mut bits = vec![0u64; nbits / 64];
        let mask = nbits as u64 - 1;
        for k in keys {
            let i = (k >> 17) & mask;
            bits[(i / 64) as usize] |= 1 << (i % 64);
        }
        KeyBits { bits, mask }
    }

    #[inline]
    fn may_contain(&self, k: u64) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let i = (k >> 17) & self.mask;
        self.bits[(i / 64) as usize] & (1 << (i % 64)) != 0
    }
}

/// The dictionary: phrase bytes in one buffer, two hash indexes (first word,
/// first word pair) whose values head intrusive chains of phrases sharing a
/// key, and a bitset per index.
#[derive(Default)]
pub(crate) struct WordDictionary {
    buf: Vec<u8>,
    /// (offset in buf, length, value, next phrase in the same chain or
    /// u32::MAX); the length's top bit ([`SPACED`]) marks a phrase with a
    /// space in it.
    terms: Vec<(u32, u32, u32, u32)>,
    single: KeyMap,
    pair: KeyMap,
    single_bits: KeyBits,
    pair_bits: KeyBits,
    /// Keys of every word that has a role (one-word phrase, first or second
    /// word of a longer one): the first screen for every word of a text.
    role_words: Vec<u64>,
    role_bits: KeyBits,
    /// Shapes of one-word phrases, and of the first and second words of longer ones.
    single_shapes: ShapeFilter,
    first_shapes: ShapeFilter,
    second_shapes: ShapeFilter,
}

impl WordDictionary {
    pub(crate) fn len(&self) -> usize {
        self.terms.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Adds a phrase with its value; blank lines and `#` comments are
    /// skipped. The phrase is trimmed to run from its first to its last word
    /// byte. Call [`WordDictionary::seal`] after the last insert.
    pub(crate) fn insert(&mut self, term: &str, value: u32) -> Result<(), DetectError> {
        let t = term.trim();
        if t.is_empty() || t.starts_with('#') {
            return Ok(());
        }
        // The words of the phrase, split where a text's words are split
        // ([`ByteMap`]: ASCII punctuation, and typographic quotes, dashes and
        // spaces outside ASCII).
        let runs = word_runs(t);
        let (Some(&(first, _)), Some(&(_, last))) = (runs.first(), runs.last()) else {
            return Ok(());
        };
        let b = &t.as_bytes()[first..last];
        if b.len() > MAX_TERM_LEN {
            return Err(DetectError::Dictionary { reason: format!("a term is longer than {MAX_TERM_LEN} bytes") });
        }
        if self.terms.len() >= MAX_TERMS || self.buf.len() + b.len() > u32::MAX as usize {
            return Err(DetectError::Dictionary { reason: format!("more than {MAX_TERMS} terms") });
        }
        let w1_end = runs[0].1 - first;
        let h1 = word_hash(&b[..w1_end]);
        let id = self.terms.len() as u32;
        self.role_words.push(h1);
        let entry = if runs.len() == 1 {
            self.single_shapes.add(b);
            self.single.entry(h1)
        } else {
            let w2 = &b[runs[1].0 - first..runs[1].1 - first];
            self.first_shapes.add(&b[..w1_end]);
            self.second_shapes.add(w2);
            self.role_words.push(word_hash(w2));
            self.pair.entry(pair_key(h1, word_hash(w2)))
        };
        let next = match entry {
            Entry::Occupied(mut e) => std::mem::replace(e.get_mut(), id),
            Entry::Vacant(e) => {
                e.insert(id);
                u32::MAX
            }
        };
        let spaced = if b.contains(&b' ') { SPACED } else { 0 };
        self.terms.push((self.buf.len() as u32, b.len() as u32 | spaced, value, next));
        self.buf.extend_from_slice(b);
        Ok(())
    }

    /// Builds the bitsets; must be called once all phrases are inserted.
    pub(crate) fn seal(&mut self) {
        self.role_words.sort_unstable();
        self.role_words.dedup();
        self.role_bits = KeyBits::build(self.role_words.iter().copied(), self.role_words.len());
        self.role_words = Vec::new();
        self.single_bits = KeyBits::build(self.single.keys().copied(), self.single.len());
        self.pair_bits = KeyBits::build(self.pair.keys().copied(), self.pair.len());
        self.buf.shrink_to_fit();
        self.terms.shrink_to_fit();
    }

    /// Emits every phrase of the chain from `id` that `text` holds at
    /// `start`. `ascii`: the text is all ASCII, so no phrase is written
    /// there with a no-break space.
    fn confirm(&self, text: &[u8], ascii: bool, start: usize, mut id: u32, emit: &mut impl FnMut(usize, usize, u32)) {
        while id != u32::MAX {
            let (off, len_flags, value, next) = self.terms[id as usize];
            let len = len_flags & !SPACED;
            let term = &self.buf[off as usize..(off + len) as usize];
            let end = start + term.len();
            let same = if term.len() <= 8 && start + 8 <= text.len() {
                // Most terms are short: one comparison of eight lower-cased bytes.
                let differ = ascii_lower8(load8(text, start)) ^ ascii_lower8(load8_padded(&self.buf, off as usize));
                differ & low_bytes(term.len()) == 0
            } else {
                end <= text.len() && text[start..end].eq_ignore_ascii_case(term)
            };
            if same {
                if !word_char_at(text, end) {
                    emit(start, end, value);
                }
            } else if len_flags & SPACED != 0
                && !ascii
                && let Some(end) = no_break_spaced_end(text, start, term)
                && !word_char_at(text, end)
            {
                emit(start, end, value);
            }
            id = next;
        }
    }

    /// Calls `emit(start, end, value)` for every phrase occurrence on word
    /// boundaries, including overlapping ones (callers resolve overlaps).
    /// Occurrences come in order of their *last confirmed word*, so callers
    /// that need start order must sort.
    /// `words` are the text's [`Words`].
    pub(crate) fn scan(&self, text: &[u8], words: &Words, mut emit: impl FnMut(usize, usize, u32)) {
        // Nearly every word of a text has no role in any phrase: its hash
        // and one bit rule it out. Words are screened a batch at a time and
        // the survivors' indexes appended without a branch, so the screen's
        // verdict, which no predictor can guess, costs no mispredicted jump.
        const BATCH: usize = 64;
        let mut batch = [0usize; BATCH];
        // The previous word, when it may start a longer phrase: its index.
        let mut prev: Option<usize> = None;
        for (chunk, hashes) in words.hashes.chunks(BATCH).enumerate() {
            let base = chunk * BATCH;
            let mut n = 0;
            for (j, &hash) in hashes.iter().enumerate() {
                batch[n] = base + j;
                n += usize::from(self.role_bits.may_contain(hash));
            }
            for &w in &batch[..n] {
                // A word that failed the screen breaks a phrase.
                if prev.is_some_and(|p| p + 1 != w) {
                    prev = None;
                }
                let (s, len, hash) = (words.starts[w], words.ends[w] - words.starts[w], words.hashes[w]);
                let first = text[s];
                let single = self.single_shapes.may_contain(first, len);
                let starts_pair = self.first_shapes.may_contain(first, len);
                let ends_pair = prev.filter(|&p| s - words.ends[p] <= 16 && self.second_shapes.may_contain(first, len));
                if single
                    && self.single_bits.may_contain(hash)
                    && let Some(&id) = self.single.get(&hash)
                {
                    self.confirm(text, words.ascii, s, id, &mut emit);
                }
                if let Some(p) = ends_pair {
                    let k = pair_key(words.hashes[p], hash);
                    if self.pair_bits.may_contain(k)
                        && let Some(&id) = self.pair.get(&k)
                    {
                        self.confirm(text, words.ascii, words.starts[p], id, &mut emit);
                    }
                }
                prev = if starts_pair { Some(w) } else { None };
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn a_word_hashes_alike_in_place_and_alone() {
        // In place, the hash reads eight bytes from the word's start; near
        // the end of the text, and alone when short, it copies the word.
        let text = b"a bc Def ghij KLMNOPQR stuvwxyz0 12345678901234567 x";
        for s in 0..=text.len() {
            for e in s..=text.len() {
                assert_eq!(word_hash_in(text, s, e), word_hash(&text[s..e]), "{s}..{e}");
            }
        }
        assert_eq!(word_hash(b"Patient"), word_hash(b"pATIENT"));
        assert_ne!(word_hash(b"patient"), word_hash(b"patients"));
        assert_ne!(word_hash(b"ab"), word_hash(b"abc"));
    }

    fn dict(terms: &[&str]) -> WordDictionary {
        let mut d = WordDictionary::default();
        for (i, t) in terms.iter().enumerate() {
            d.insert(t, i as u32).unwrap();
        }
        d.seal();
        d
    }

    fn found(d: &WordDictionary, t: &str) -> Vec<(String, u32)> {
        let mut v = Vec::new();
        let b = t.as_bytes();
        d.scan(b, &Words::new(b, &ByteMap::new(b), |_| false), |s, e, x| v.push((t[s..e].to_string(), x)));
        v.sort_by_key(|x| x.1);
        v
    }

    #[test]
    fn single_pair_and_long_phrases() {
        let d = dict(&["mrn", "date of birth", "dr", "icd-10-cm", "d.o.b"]);
        let got = found(&d, "MRN: x. Date of Birth 1/2/3; DR.; ICD-10-CM E11; D.O.B; mrns; adr");
        assert_eq!(
            got,
            vec![
                ("MRN".to_string(), 0),
                ("Date of Birth".to_string(), 1),
                ("DR".to_string(), 2),
                ("ICD-10-CM".to_string(), 3),
                ("D.O.B".to_string(), 4)
            ]
        );
    }

    /// Every spelling of `term` with each of its spaces a space or a
    /// no-break space.
    fn spellings(term: &str) -> Vec<String> {
        term.split(' ').fold(Vec::new(), |acc, word| {
            if acc.is_empty() {
                return vec![word.to_string()];
            }
            acc.iter().flat_map(|a| [format!("{a} {word}"), format!("{a}\u{a0}{word}")]).collect()
        })
    }

    /// Every occurrence of every term (in any of its [`spellings`]) that
    /// starts at a word start and ends at a word end, compared byte by
    /// byte: what the dictionary must find.
    fn found_naively(terms: &[&str], t: &str) -> Vec<(usize, usize, u32)> {
        let b = t.as_bytes();
        let mut out = Vec::new();
        for s in (0..b.len()).filter(|&s| t.is_char_boundary(s) && word_char_at(b, s) && !word_char_before(b, s)) {
            for (v, term) in terms.iter().enumerate() {
                for spelled in spellings(term) {
                    let e = s + spelled.len();
                    if e <= b.len() && b[s..e].eq_ignore_ascii_case(spelled.as_bytes()) && !word_char_at(b, e) {
                        out.push((s, e, v as u32));
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }

    proptest::proptest! {
        // Texts of up to 400 words cross the scan's 64-word batches, with
        // phrases split across them and words that fail the screen between
        // the words of a phrase.
        #[test]
        fn finds_what_a_naive_search_finds(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "date", "Date", "of", "OF", "birth", "mrn", "MRN", "dob", "x", "patient", "id", "zoë", "the",
                ]),
                0..400,
            ),
            seps in proptest::collection::vec(
                proptest::sample::select(vec![" ", "  ", ", ", "\n", "-", "_", "\u{2019}", "\u{a0}", "\u{201c}"]),
                400,
            ),
        ) {
            let terms = ["date of birth", "mrn", "of", "date", "patient id", "dob", "x-x"];
            let d = dict(&terms);
            let text: String = words.iter().zip(&seps).flat_map(|(w, s)| [*w, *s]).collect();
            let mut got = Vec::new();
            let b = text.as_bytes();
            d.scan(b, &Words::new(b, &ByteMap::new(b), |_| false), |s, e, v| got.push((s, e, v)));
            got.sort_unstable();
            proptest::prop_assert_eq!(got, found_naively(&terms, &text));
        }
    }

    #[test]
    fn typographic_punctuation_splits_words_in_terms_and_texts() {
        // A term is split where a text is: "O’Brien" is two words, and a
        // curly quote or a no-break space beside a term bounds it.
        let d = dict(&["o\u{2019}brien", "patient id", "mrn"]);
        let t = "\u{201c}Patient ID\u{201d}: O\u{2019}Brien\u{2019}s MRN\u{a0}x; MRN\u{2014}y; mrn\u{e9}";
        let got: Vec<String> = found(&d, t).into_iter().map(|(w, _)| w).collect();
        assert_eq!(got, vec!["O\u{2019}Brien", "Patient ID", "MRN", "MRN"]);
    }

    #[test]
    fn a_no_break_space_stands_for_a_space_in_a_phrase() {
        let d = dict(&["date of birth", "privileged & confidential", "acme holdings"]);
        let t = "Date\u{a0}of\u{a0}Birth; date of\u{a0}birth; PRIVILEGED\u{a0}&\u{a0}CONFIDENTIAL; Acme\u{a0}Holdingsx; \
                 Acme\u{a0}\u{a0}Holdings";
        let got: Vec<String> = found(&d, t).into_iter().map(|(w, _)| w).collect();
        assert_eq!(
            got,
            vec!["Date\u{a0}of\u{a0}Birth", "date of\u{a0}birth", "PRIVILEGED\u{a0}&\u{a0}CONFIDENTIAL"],
            "a glued word and two no-break spaces for one space do not match"
        );
    }

    #[test]
    fn rejects_oversized_terms() {
        let mut d = WordDictionary::default();
        assert!(d.insert(&"x".repeat(MAX_TERM_LEN + 1), 0).is_err());
        assert!(d.insert("  ", 0).is_ok() && d.is_empty());
    }
}
