//! Person-name lexicon: which capitalised words are credible given names or
//! surnames, which look like names but usually are not, and which capitalised
//! words end a name.
//!
//! The lists live in `data/` (see `data/README.md` for their public-domain
//! source) and are compiled into the binary, so detection needs no files at
//! run time. Lookups are exact and case-sensitive on the capitalised form
//! ("Maria"), which is how names are written in prose; all-capital and
//! lower-case names are left to honorific/role context.

use super::dictionary::word_hash;

const FIRST: &str = include_str!("data/first_names.txt");
const LAST: &str = include_str!("data/surnames.txt");
const AMBIGUOUS: &str = include_str!("data/ambiguous_names.txt");
const NON_NAME: &str = include_str!("data/non_name_words.txt");

/// Which lists a word is on (bit flags of [`Names::flags`]).
pub(crate) const FIRST_NAME: u8 = 1;
pub(crate) const SURNAME: u8 = 2;
/// Given names that are also common words or places ("Will", "Jordan").
pub(crate) const AMBIGUOUS_NAME: u8 = 4;
/// Capitalised words that end or rule out a name ("Hospital", "The").
pub(crate) const NON_NAME_WORD: u8 = 8;

const FILTER_BITS: u64 = 1 << 16;

/// The compiled lexicon: every listed word once, with the flags of the lists
/// it is on, so one lookup answers all four questions about a word (the name
/// recognisers ask two or three of them about each capitalised word).
///
/// Lookup is a constant-time case-folded hash of the word (the same one the
/// keyword dictionary uses), a bitset in front that rejects most capitalised
/// words with one cache-resident load, then a small open-addressed table
/// confirmed by an exact, case-sensitive byte comparison.
pub(crate) struct Names {
    filter: Vec<u64>,
    /// Slots of `entries` (index + 1; 0 is empty), linear probing.
    slots: Vec<u16>,
    entries: Vec<(u64, &'static [u8], u8)>,
}

fn words(src: &'static str) -> impl Iterator<Item = &'static [u8]> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::as_bytes)
}

impl Names {
    pub(crate) fn new() -> Names {
        let mut entries: Vec<(u64, &'static [u8], u8)> = Vec::new();
        let mut index: std::collections::HashMap<&'static [u8], usize> = std::collections::HashMap::new();
        for (src, flag) in
            [(FIRST, FIRST_NAME), (LAST, SURNAME), (AMBIGUOUS, AMBIGUOUS_NAME), (NON_NAME, NON_NAME_WORD)]
        {
            for w in words(src) {
                let i = *index.entry(w).or_insert_with(|| {
                    entries.push((word_hash(w), w, 0));
                    entries.len() - 1
                });
                entries[i].2 |= flag;
            }
        }
        // A quarter full at most, so a miss that passes the filter probes
        // one or two slots. The lists are a few thousand words; u16 indexes
        // keep the table small and cache-friendly.
        let nslots = (entries.len() * 4).next_power_of_two().max(16);
        debug_assert!(entries.len() < usize::from(u16::MAX));
        let mut slots = vec![0u16; nslots];
        let mut filter = vec![0u64; (FILTER_BITS / 64) as usize];
        for (i, &(h, _, _)) in entries.iter().enumerate() {
            let k = h & (FILTER_BITS - 1);
            filter[(k / 64) as usize] |= 1 << (k % 64);
            let mut j = (h >> 20) as usize & (nslots - 1);
            while slots[j] != 0 {
                j = (j + 1) & (nslots - 1);
            }
            slots[j] = (i + 1) as u16;
        }
        Names { filter, slots, entries }
    }

    /// The lists `w` (exact case) is on, as `FIRST_NAME | SURNAME | ...`; 0 if none.
    #[inline]
    pub(crate) fn flags(&self, w: &[u8]) -> u8 {
        if w.is_empty() {
            return 0;
        }
        let h = word_hash(w);
        let k = h & (FILTER_BITS - 1);
        if self.filter[(k / 64) as usize] & (1 << (k % 64)) == 0 {
            return 0;
        }
        let mask = self.slots.len() - 1;
        let mut j = (h >> 20) as usize & mask;
        loop {
            let slot = self.slots[j];
            if slot == 0 {
                return 0;
            }
            let (eh, ew, flags) = self.entries[usize::from(slot) - 1];
            if eh == h && ew == w {
                return flags;
            }
            j = (j + 1) & mask;
        }
    }

    pub(crate) fn is_first(&self, w: &[u8]) -> bool {
        self.flags(w) & FIRST_NAME != 0
    }
    /// Capitalised words that end or rule out a name ("Hospital", "The").
    pub(crate) fn is_non_name(&self, w: &[u8]) -> bool {
        self.flags(w) & NON_NAME_WORD != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let n = Names::new();
        let count = |flag: u8| n.entries.iter().filter(|e| e.2 & flag != 0).count();
        assert!(count(FIRST_NAME) > 500, "first names: {}", count(FIRST_NAME));
        assert!(count(SURNAME) > 500, "surnames: {}", count(SURNAME));
        assert!(n.is_first(b"Maria"));
        assert!(n.flags(b"Nguyen") & SURNAME != 0);
        assert!(n.is_non_name(b"Hospital"));
        assert!(!n.is_first(b"maria"));
    }
}
