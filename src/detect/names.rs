//! Person-name lexicon: which capitalised words are credible given names or
//! surnames, which look like names but usually are not, and which capitalised
//! words end a name.
//!
//! The lists live in `data/` (see `data/README.md` for their public-domain
//! source) and are compiled into the binary, so detection needs no files at
//! run time. Lookups are exact and case-sensitive on the capitalised form
//! ("Maria"), which is how names are written in prose; all-capital and
//! lower-case names are left to honorific/role context.

use super::bytes::{load8_padded, low_bytes};

const FIRST: &str = include_str!("data/first_names.txt");
const LAST: &str = include_str!("data/surnames.txt");
const AMBIGUOUS: &str = include_str!("data/ambiguous_names.txt");
const NON_NAME: &str = include_str!("data/non_name_words.txt");

/// The word is a listed given name.
pub(crate) const IS_FIRST: u8 = 1;
/// The word is a listed surname.
pub(crate) const IS_LAST: u8 = 2;
/// A given name that is also a common word or place ("Will", "Jordan").
pub(crate) const IS_AMBIGUOUS: u8 = 4;
/// A capitalised word that ends or rules out a name ("Hospital", "The").
pub(crate) const IS_NON_NAME: u8 = 8;

/// Exact-case hash of the word `text[s..e]` from its first and last eight
/// bytes and its length: constant time, whatever the word's length, with no
/// branch on it and no copy (a short word's bytes are cut out of the eight
/// bytes at its start, which are read from the text around it).
#[inline]
fn hash_in(text: &[u8], s: usize, e: usize) -> u64 {
    let n = e - s;
    let keep = low_bytes(n.clamp(1, 8)) * u64::from(n > 0);
    let head = load8_padded(text, s) & keep;
    let tail = load8_padded(text, s + n.max(8) - 8) & keep;
    let x =
        head.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ tail.rotate_left(29).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) ^ n as u64;
    x ^ (x >> 31)
}

/// Bits of the filter in front of the table.
const FILTER_BITS: u64 = 1 << 16;

/// The compiled lexicon: every listed word once, with the lists it is on as
/// flags, in an open-addressing table behind a bit filter (most capitalised
/// words of a text are not listed, and one cache-resident bit test rejects
/// them).
pub(crate) struct Names {
    filter: Vec<u64>,
    slots: Vec<(u64, &'static [u8], u8)>,
    mask: usize,
}

impl Names {
    pub(crate) fn new() -> Names {
        let mut words: std::collections::BTreeMap<&'static [u8], u8> = std::collections::BTreeMap::new();
        for (src, flag) in [(FIRST, IS_FIRST), (LAST, IS_LAST), (AMBIGUOUS, IS_AMBIGUOUS), (NON_NAME, IS_NON_NAME)] {
            for w in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                *words.entry(w.as_bytes()).or_insert(0) |= flag;
            }
        }
        let size = (words.len() * 4).next_power_of_two();
        let mut slots: Vec<(u64, &'static [u8], u8)> = vec![(0, &[], 0); size];
        let mut filter = vec![0u64; (FILTER_BITS / 64) as usize];
        for (w, flags) in words {
            let h = hash_in(w, 0, w.len());
            let f = h % FILTER_BITS;
            filter[(f / 64) as usize] |= 1 << (f % 64);
            let mut i = (h >> 20) as usize & (size - 1);
            while slots[i].2 != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (h, w, flags);
        }
        Names { filter, slots, mask: size - 1 }
    }

    /// The lists `w` is on (exact case), as `IS_*` flags; 0 when none.
    #[cfg(test)]
    fn flags(&self, w: &[u8]) -> u8 {
        self.flags_in(w, 0, w.len())
    }

    /// The lists the word `text[s..e]` is on (exact case), as `IS_*`
    /// flags; 0 when none.
    #[inline]
    pub(crate) fn flags_in(&self, text: &[u8], s: usize, e: usize) -> u8 {
        let w = &text[s..e];
        let h = hash_in(text, s, e);
        let f = h % FILTER_BITS;
        if self.filter[(f / 64) as usize] & (1 << (f % 64)) == 0 {
            return 0;
        }
        let mut i = (h >> 20) as usize & self.mask;
        loop {
            let (sh, sw, flags) = self.slots[i];
            if flags == 0 {
                return 0;
            }
            if sh == h && sw == w {
                return flags;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let n = Names::new();
        let count = |flag: u8| n.slots.iter().filter(|s| s.2 & flag != 0).count();
        assert!(count(IS_FIRST) > 500, "first names: {}", count(IS_FIRST));
        assert!(count(IS_LAST) > 500, "surnames: {}", count(IS_LAST));
        assert!(count(IS_AMBIGUOUS) > 100, "ambiguous: {}", count(IS_AMBIGUOUS));
        let has = |w: &[u8], flag: u8| n.flags(w) & flag != 0;
        assert!(has(b"Maria", IS_FIRST));
        assert!(has(b"Nguyen", IS_LAST));
        assert!(has(b"Hospital", IS_NON_NAME));
        assert!(!has(b"maria", IS_FIRST));
        assert!(!has(b"Mari", IS_FIRST) && !has(b"Mariaa", IS_FIRST) && n.flags(b"") == 0);
        // Every listed word is found with exactly its lists.
        for (src, flag) in [(FIRST, IS_FIRST), (LAST, IS_LAST), (AMBIGUOUS, IS_AMBIGUOUS), (NON_NAME, IS_NON_NAME)] {
            for w in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                assert!(n.flags(w.as_bytes()) & flag != 0, "{w}");
            }
        }
    }

    #[test]
    fn a_word_is_looked_up_the_same_wherever_it_stands_in_a_text() {
        // The hash reads eight bytes around a short word: its neighbours,
        // or the end of the text, must not change what is found.
        let n = Names::new();
        for w in ["Al", "Ann", "Maria", "Nguyen", "Hospital", "Christopher", "Maximilliano", "Q", "Mari"] {
            let want = n.flags(w.as_bytes());
            for (before, after) in
                [("", ""), ("Dr. ", ""), ("", " Smith and Jones"), ("xyzXYZ", "ABCDEFGHIJ"), ("\u{e9}", "\u{e9}")]
            {
                let text = format!("{before}{w}{after}");
                let s = before.len();
                assert_eq!(n.flags_in(text.as_bytes(), s, s + w.len()), want, "{w} in {text:?}");
            }
        }
        assert_eq!(n.flags_in(b"Maria", 2, 2), 0);
    }
}
