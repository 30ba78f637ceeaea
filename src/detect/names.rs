//! Person-name lexicon: which capitalised words are credible given names or
//! surnames, which look like names but usually are not, and which capitalised
//! words end a name.
//!
//! The lists live in `data/` (see `data/README.md` for their public-domain
//! source) and are compiled into the binary, so detection needs no files at
//! run time. Lookups are exact and case-sensitive on the capitalised form
//! ("Maria"), which is how names are written in prose; all-capital and
//! lower-case names are left to honorific/role context.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

const FIRST: &str = include_str!("data/first_names.txt");
const LAST: &str = include_str!("data/surnames.txt");
const AMBIGUOUS: &str = include_str!("data/ambiguous_names.txt");
const NON_NAME: &str = include_str!("data/non_name_words.txt");

/// FNV-1a: names are short, trusted (compiled in) keys, so a fast non-keyed
/// hash is fine and keeps a lookup per capitalised word cheap.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A word list with a bitset in front: most capitalised words are not
/// names, and one cache-resident bit test rejects them before any hashing
/// of the full word.
struct Set {
    bits: Vec<u64>,
    words: HashSet<&'static [u8], BuildHasherDefault<Fnv>>,
}

const SET_BITS: u64 = 1 << 16;

fn quick_key(w: &[u8]) -> u64 {
    // Exact-case key: the capitalised form is what is looked up.
    let mut buf = [0u8; 8];
    let n = w.len().min(8);
    buf[..n].copy_from_slice(&w[..n]);
    let x = u64::from_le_bytes(buf).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (w.len() as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
    (x >> 40) & (SET_BITS - 1)
}

impl Set {
    fn contains(&self, w: &[u8]) -> bool {
        let k = quick_key(w);
        self.bits[(k / 64) as usize] & (1 << (k % 64)) != 0 && self.words.contains(w)
    }
    #[cfg(test)]
    fn len(&self) -> usize {
        self.words.len()
    }
}

fn load(src: &'static str) -> Set {
    let words: HashSet<&'static [u8], BuildHasherDefault<Fnv>> =
        src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::as_bytes).collect();
    let mut bits = vec![0u64; (SET_BITS / 64) as usize];
    for w in &words {
        let k = quick_key(w);
        bits[(k / 64) as usize] |= 1 << (k % 64);
    }
    Set { bits, words }
}

/// The compiled lexicon.
pub(crate) struct Names {
    first: Set,
    last: Set,
    ambiguous: Set,
    non_name: Set,
}

impl Names {
    pub(crate) fn new() -> Names {
        Names { first: load(FIRST), last: load(LAST), ambiguous: load(AMBIGUOUS), non_name: load(NON_NAME) }
    }
    pub(crate) fn is_first(&self, w: &[u8]) -> bool {
        self.first.contains(w)
    }
    pub(crate) fn is_last(&self, w: &[u8]) -> bool {
        self.last.contains(w)
    }
    /// Given names that are also common words or places ("Will", "Jordan").
    pub(crate) fn is_ambiguous(&self, w: &[u8]) -> bool {
        self.ambiguous.contains(w)
    }
    /// Capitalised words that end or rule out a name ("Hospital", "The").
    pub(crate) fn is_non_name(&self, w: &[u8]) -> bool {
        self.non_name.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let n = Names::new();
        assert!(n.first.len() > 500, "first names: {}", n.first.len());
        assert!(n.last.len() > 500, "surnames: {}", n.last.len());
        assert!(n.is_first(b"Maria"));
        assert!(n.is_last(b"Nguyen"));
        assert!(n.is_non_name(b"Hospital"));
        assert!(!n.is_first(b"maria"));
    }
}
