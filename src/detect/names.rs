//! Person-name lexicon: which capitalised words are credible given names or
//! surnames, which look like names but usually are not, and which capitalised
//! words end a name.
//!
//! The lists live in `data/` (see `data/README.md` for their public-domain
//! source) and are compiled into the binary, so detection needs no files at
//! run time. Lookups are exact and case-sensitive on the capitalised form
//! ("Maria"), which is how names are written in prose; all-capital and
//! lower-case names are left to honorific/role context. Accented Latin
//! letters are looked up by their ASCII spelling ("Martínez" as
//! "Martinez"), which is how the lists spell them.

use super::bytes::{is_wide_hyphen_at, load8_padded, low_bytes, utf8_width};
use super::recognizers::bound_before;

const FIRST: &str = include_str!("data/first_names.txt");
const LAST: &str = include_str!("data/surnames.txt");
const AMBIGUOUS: &str = include_str!("data/ambiguous_names.txt");
const NON_NAME: &str = include_str!("data/non_name_words.txt");
const STARTERS: &str = include_str!("data/sentence_starters.txt");
const PLACES: &str = include_str!("data/place_words.txt");
const CENSUS_FIRST: &str = include_str!("data/census_first_names.txt");
const CENSUS_LAST: &str = include_str!("data/census_surnames.txt");
const WORD_NAMES: &str = include_str!("data/word_names.txt");

/// The word is a listed given name.
pub(crate) const IS_FIRST: u8 = 1;
/// The word is a listed surname.
pub(crate) const IS_LAST: u8 = 2;
/// A given name that is also a common word or place ("Will", "Jordan").
pub(crate) const IS_AMBIGUOUS: u8 = 4;
/// A capitalised word that ends or rules out a name ("Hospital", "The").
pub(crate) const IS_NON_NAME: u8 = 8;
/// A word that opens a sentence or clause before a name ("When Smith
/// arrived"): a listed surname right after it is a name on its own. Always
/// with [`IS_NON_NAME`].
pub(crate) const IS_STARTER: u8 = 16;
/// A word that, right after a name, makes it the name of a place or an
/// institution ("Lincoln Elementary", "Jackson Street", "Hayes Mott LLP"):
/// the words before it are no person. Always with [`IS_NON_NAME`].
pub(crate) const IS_PLACE: u8 = 32;
/// A listed name that is also an ordinary word in lower case ("Brown",
/// "Cook"): written in lower case, it is that word.
pub(crate) const IS_WORD: u8 = 64;

/// The quotes and brackets a nickname is written in between a given name
/// and a surname, each opening mark with its closing one: `"…"`, `\"…\"`
/// (escaped, as a tool call's JSON arguments hold them), `'…'`, `(…)`,
/// `“…”` and `‘…’`.
const NICKNAME_MARKS: [(&[u8], &[u8]); 6] = [
    (b"\"", b"\""),
    (b"\\\"", b"\\\""),
    (b"'", b"'"),
    (b"(", b")"),
    ("\u{201c}".as_bytes(), "\u{201d}".as_bytes()),
    ("\u{2018}".as_bytes(), "\u{2019}".as_bytes()),
];

/// Whether a nickname's opening mark may start with `c`: the one-byte
/// test before [`nickname_mark_at`], on the hot paths that call it.
#[inline]
pub(crate) fn may_open_nickname(c: u8) -> bool {
    matches!(c, b'"' | b'\\' | b'\'' | b'(' | 0xE2)
}

/// The nickname mark ([`NICKNAME_MARKS`]) that opens at `b[i..]`: its
/// length and the mark that closes it.
pub(crate) fn nickname_mark_at(b: &[u8], i: usize) -> Option<(usize, &'static [u8])> {
    let rest = b.get(i..)?;
    NICKNAME_MARKS.iter().find(|(open, _)| rest.starts_with(open)).map(|&(open, close)| (open.len(), close))
}

/// Each list with the flags its words get.
const LISTS: [(&str, u8); 9] = [
    (FIRST, IS_FIRST),
    (LAST, IS_LAST),
    (CENSUS_FIRST, IS_FIRST),
    (CENSUS_LAST, IS_LAST),
    (AMBIGUOUS, IS_AMBIGUOUS),
    (NON_NAME, IS_NON_NAME),
    (STARTERS, IS_STARTER | IS_NON_NAME),
    (PLACES, IS_PLACE | IS_NON_NAME),
    (WORD_NAMES, IS_WORD),
];

/// The longest word on any list. A word of up to sixteen bytes is exactly
/// its first eight bytes, its last eight and its length, which is what the
/// table compares (checked when the crate compiles, below).
const MAX_WORD: usize = 16;

/// The longest line of a list (comments and blank lines included, which
/// only makes the bound stricter).
const fn longest_line(list: &str) -> usize {
    let b = list.as_bytes();
    let (mut i, mut start, mut max) = (0, 0, 0);
    while i <= b.len() {
        if i == b.len() || b[i] == b'\n' {
            let mut end = i;
            // `str::trim` in `Names::new` drops trailing whitespace.
            while end > start && b[end - 1].is_ascii_whitespace() {
                end -= 1;
            }
            if end - start > max && b[start] != b'#' {
                max = end - start;
            }
            start = i + 1;
        }
        i += 1;
    }
    max
}

const _: () = {
    let mut k = 0;
    while k < LISTS.len() {
        assert!(
            longest_line(LISTS[k].0) <= MAX_WORD,
            "a name-list word is longer than MAX_WORD bytes: the lexicon compares only a word's first and last eight"
        );
        k += 1;
    }
};

/// The word `text[s..e]` as the table compares it: its first and last
/// eight bytes (fewer for a shorter word, the rest zero) and its length.
/// Constant time, whatever the word's length, with no branch on it and no
/// copy (a short word's bytes are cut out of the eight bytes at its start,
/// which are read from the text around it). For a word of up to
/// [`MAX_WORD`] bytes the key is the word itself.
#[derive(Clone, Copy)]
struct Key {
    head: u64,
    tail: u64,
    len: usize,
}

impl Key {
    #[inline]
    fn of(text: &[u8], s: usize, e: usize) -> Key {
        let len = e - s;
        let keep = low_bytes(len.clamp(1, 8)) * u64::from(len > 0);
        let head = load8_padded(text, s) & keep;
        let tail = load8_padded(text, s + len.max(8) - 8) & keep;
        Key { head, tail, len }
    }

    #[inline]
    fn hash(self) -> u64 {
        let x = self.head.wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ^ self.tail.rotate_left(29).wrapping_mul(0xc2b2_ae3d_27d4_eb4f)
            ^ self.len as u64;
        x ^ (x >> 31)
    }
}

/// How the two-byte Latin letters U+00C0..=U+017F (the letters of Latin-1
/// Supplement and Latin Extended-A) are written without their marks, in
/// code point order, keeping their case: "é" as `e`, "Ñ" as `N`, and the
/// letters with a stroke as their base letter ("Ł" as `L`, "ø" as `o`,
/// as "Łukasz" and "Søren" are spelt in ASCII). `.` where there is no
/// one-letter form (Æ, ß, Œ, Ĳ, ×, ÷). The name lists spell names in
/// ASCII, as the Census files do ("Jose", "Martinez"); text often does not.
const LATIN_FOLD: &[u8; 192] = b"AAAAAA.CEEEEIIIIDNOOOOO.OUUUUY..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y\
AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlLlLlNnNnNn...OoOoOo..\
RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

/// How the letters of Latin Extended Additional (U+1E00..=U+1EFF, three
/// bytes each) are written without their marks, in code point order,
/// keeping their case: the dotted and hooked letters of Vietnamese and
/// Yoruba names ("Nguyễn" as `Nguyen`, "Ngọc" as `Ngoc`, "Adébáyọ̀" as
/// `Adebayo`). `.` where there is no one-letter form.
const LATIN_EXT_FOLD: &[u8; 256] = b"AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm\
MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv\
WwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe\
EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......";

/// The ASCII letter the letter of Latin Extended Additional encoded at
/// `b[j..j + 3]` is written as without its marks ([`LATIN_EXT_FOLD`]);
/// `None` for any other bytes.
#[inline]
pub(crate) fn latin_ext_fold_at(b: &[u8], j: usize) -> Option<u8> {
    let (&lead, &mid, &last) = (b.get(j)?, b.get(j + 1)?, b.get(j + 2)?);
    if lead != 0xE1 || !(0xB8..=0xBB).contains(&mid) || last & 0xC0 != 0x80 {
        return None;
    }
    let folded = LATIN_EXT_FOLD[usize::from(mid - 0xB8) << 6 | usize::from(last & 0x3F)];
    (folded != b'.').then_some(folded)
}

/// [`latin_fold_at`] or [`latin_ext_fold_at`]: the ASCII letter an accented
/// Latin letter at `j` is written as, and its width in bytes.
#[inline]
pub(crate) fn accented_fold_at(b: &[u8], j: usize) -> Option<(u8, usize)> {
    match b.get(j)? {
        0xE1 => latin_ext_fold_at(b, j).map(|c| (c, 3)),
        _ => latin_fold_at(b, j).map(|c| (c, 2)),
    }
}

/// The ASCII letter the Latin letter encoded at `b[j..j + 2]` is written
/// as without its marks ([`LATIN_FOLD`]), in its case; `None` for any other
/// bytes (ASCII, other scripts, a broken sequence).
#[inline]
pub(crate) fn latin_fold_at(b: &[u8], j: usize) -> Option<u8> {
    let (&lead, &next) = (b.get(j)?, b.get(j + 1)?);
    if !(0xC3..=0xC5).contains(&lead) || next & 0xC0 != 0x80 {
        return None;
    }
    let cp = usize::from(lead & 0x1F) << 6 | usize::from(next & 0x3F);
    let folded = LATIN_FOLD[cp - 0xC0];
    (folded != b'.').then_some(folded)
}

/// Whether `b[j..]` starts with a combining diacritical mark (U+0300 to
/// U+036F), which text in decomposed form writes after a letter ("e" and
/// U+0301 for "é"). A name's marks do not change how it is looked up.
#[inline]
pub(crate) fn is_combining_mark_at(b: &[u8], j: usize) -> bool {
    match (b.get(j), b.get(j + 1)) {
        (Some(0xCC), Some(&n)) => n & 0xC0 == 0x80,
        (Some(0xCD), Some(&n)) => (0x80..=0xAF).contains(&n),
        _ => false,
    }
}

/// Words that make the name after them a saint's or a place's ("St. Luke's
/// Medical Center", "San Jose", "Fort Worth", "Mount Sinai").
const SAINT_OR_PLACE_BEFORE: &[&[u8]] =
    &[b"St. ", b"St ", b"Ste. ", b"Saint ", b"San ", b"Santa ", b"Mount ", b"Mt. ", b"Fort ", b"Ft. "];

/// Whether a word at `s` follows one of [`SAINT_OR_PLACE_BEFORE`] that is a
/// word of its own ("St. Paul", not "Ast. Paul"). Both the name pass and the
/// repeat walk ask it: "Paul" in "St. Paul Lutheran" is no name, neither
/// when read nor when "Paul Brzezinski" came before.
pub(crate) fn saint_or_place_before(b: &[u8], s: usize) -> bool {
    SAINT_OR_PLACE_BEFORE.iter().any(|w| b[..s].ends_with(w) && bound_before(b, s - w.len()))
}

/// Whether the character at `b[j]` (not ASCII) is neither a letter, a digit
/// nor a combining mark: a typographic apostrophe or quote, a no-break
/// space, a dash. It ends a name word ("Garcia’s") and bounds a repeated
/// value, as ASCII punctuation does.
#[cold]
#[inline(never)]
pub(crate) fn is_non_letter_at(b: &[u8], j: usize) -> bool {
    let c = b.get(j..j + utf8_width(b[j])).and_then(|w| std::str::from_utf8(w).ok()).and_then(|w| w.chars().next());
    c.is_some_and(|c| !c.is_alphanumeric() && !is_combining_mark_at(b, j))
}

/// [`is_non_letter_at`] of the character that ends right before `b[j]`
/// (whose last byte is not ASCII).
pub(crate) fn is_non_letter_before(b: &[u8], j: usize) -> bool {
    // A character's first byte is not a continuation byte (10xxxxxx).
    let start = (j.saturating_sub(4)..j).rev().find(|&k| b[k] & 0xC0 != 0x80);
    start.is_some_and(|k| b[k] >= 0xC0 && is_non_letter_at(b, k))
}

/// Bits of the filter in front of the table.
const FILTER_BITS: u64 = 1 << 18;

/// One word of the table: its [`Key`] (the length in a byte) and the lists
/// it is on; `flags == 0` marks an empty slot.
#[derive(Clone, Copy, Default)]
struct Slot {
    head: u64,
    tail: u64,
    len: u8,
    flags: u8,
}

/// The compiled lexicon: every listed word once, with the lists it is on as
/// flags, in an open-addressing table behind a bit filter (most capitalised
/// words of a text are not listed, and one cache-resident bit test rejects
/// them). A probe compares two words' keys, not their bytes: no call to
/// `memcmp` for every capitalised word.
pub(crate) struct Names {
    filter: Vec<u64>,
    slots: Vec<Slot>,
    mask: usize,
}

impl Names {
    pub(crate) fn new() -> Names {
        let mut words: std::collections::BTreeMap<&'static [u8], u8> = std::collections::BTreeMap::new();
        for (src, flag) in LISTS {
            for w in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                *words.entry(w.as_bytes()).or_insert(0) |= flag;
            }
        }
        // At most two thirds full (18,000 words in 32,768 slots, 768 KB):
        // the filter turns most unlisted words away before they probe, and
        // a smaller table keeps more of itself in the cache.
        let size = (words.len() * 3 / 2).next_power_of_two();
        let mut slots = vec![Slot::default(); size];
        let mut filter = vec![0u64; (FILTER_BITS / 64) as usize];
        for (w, flags) in words {
            let key = Key::of(w, 0, w.len());
            let h = key.hash();
            let f = h % FILTER_BITS;
            filter[(f / 64) as usize] |= 1 << (f % 64);
            let mut i = (h >> 20) as usize & (size - 1);
            while slots[i].flags != 0 {
                i = (i + 1) & (size - 1);
            }
            // At most MAX_WORD: checked at compile time above.
            slots[i] = Slot { head: key.head, tail: key.tail, len: w.len() as u8, flags };
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
    /// Accented Latin letters are looked up as their ASCII form
    /// ([`latin_fold_at`]: "Martínez" as "Martinez"); a word with any other
    /// non-ASCII character is on no list.
    #[inline]
    pub(crate) fn flags_in(&self, text: &[u8], s: usize, e: usize) -> u8 {
        let key = Key::of(text, s, e);
        // A word of up to sixteen bytes is all in its key; a longer one may
        // fold to sixteen or fewer.
        if (key.head | key.tail) & 0x8080_8080_8080_8080 != 0 || key.len > MAX_WORD {
            return self.folded_flags(&text[s..e]);
        }
        self.key_flags(key)
    }

    /// The lists a word written in capitals is on, looked up as the
    /// capitalised name it would be in prose ("O'BRIEN" as "O'Brien",
    /// "SMITH-JONES" as "Smith-Jones"). A word starting "MC" that is not
    /// listed that way is looked up again with the prefix restored
    /// ("MCDONALD" as "McDonald"), as the lists spell those names. Letters
    /// outside ASCII are read as their ASCII spelling ("ÁLVAREZ" as
    /// "Alvarez"), and a compound not listed whole is a name when each of
    /// its parts is ("GUTIÉRREZ-MORALES").
    pub(crate) fn title_case_flags(&self, w: &[u8]) -> u8 {
        let flags = self.title_case_word_flags(w);
        if flags != 0 || !w.contains(&b'-') {
            return flags;
        }
        // A compound not listed whole ("GUTIERREZ-MORALES"): a name if each
        // part is on the name lists and none is a word that is no name.
        let mut all = IS_FIRST | IS_LAST;
        for part in w.split(|&c| c == b'-') {
            let f = self.title_case_word_flags(part);
            if f & (IS_FIRST | IS_LAST) == 0 || f & IS_NON_NAME != 0 {
                return 0;
            }
            all &= f;
        }
        // A given name in a compound ("MARIE-CLAIRE") is one; otherwise
        // the compound is a surname.
        if all & IS_FIRST != 0 { IS_FIRST } else { IS_LAST }
    }

    /// [`Names::title_case_flags`] of one word: its letters outside ASCII
    /// ("ÁLVAREZ", "NÚÑEZ") read as their ASCII spelling, as the lists
    /// spell names.
    fn title_case_word_flags(&self, w: &[u8]) -> u8 {
        let mut buf = [0u8; MAX_WORD];
        let (mut i, mut n, mut capital) = (0, 0, true);
        while i < w.len() {
            if n == MAX_WORD {
                return 0; // longer than any listed word
            }
            let (c, width) = match w[i] {
                c if c < 0x80 => (c, 1),
                _ => match accented_fold_at(w, i) {
                    Some(folded) => folded,
                    None => return 0,
                },
            };
            buf[n] = if capital { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
            capital = c == b'\'' || c == b'-';
            i += width;
            n += 1;
        }
        let flags = self.flags_in(&buf[..n], 0, n);
        if flags == 0 && n > 3 && buf.starts_with(b"Mc") {
            buf[2].make_ascii_uppercase();
            return self.flags_in(&buf[..n], 0, n);
        }
        flags
    }

    /// [`Names::flags_in`] of a word that has non-ASCII bytes or is longer
    /// than any listed word: its letters folded to ASCII first.
    #[cold]
    #[inline(never)]
    fn folded_flags(&self, w: &[u8]) -> u8 {
        let mut buf = [0u8; MAX_WORD];
        let (mut n, mut j) = (0, 0);
        while j < w.len() {
            if is_combining_mark_at(w, j) {
                j += 2;
                continue;
            }
            let (c, width) = if w[j].is_ascii() {
                (w[j], 1)
            } else if is_wide_hyphen_at(w, j) {
                (b'-', 3) // "Smith-Jones" with a non-breaking hyphen
            } else {
                match accented_fold_at(w, j) {
                    Some(folded) => folded,
                    None => return 0,
                }
            };
            if n == MAX_WORD {
                return 0;
            }
            buf[n] = c;
            n += 1;
            j += width;
        }
        match self.key_flags(Key::of(&buf[..n], 0, n)) {
            // A Czech or Slovak woman's surname, whose feminine ending no
            // other capitalised word has ("Holubov\u{e1}", "Reyesov\u{e1}"):
            // a surname, listed or not.
            0 if n >= 6 && buf[0].is_ascii_uppercase() && w.ends_with("ov\u{e1}".as_bytes()) => IS_LAST,
            flags => flags,
        }
    }

    #[inline]
    fn key_flags(&self, key: Key) -> u8 {
        let h = key.hash();
        let f = h % FILTER_BITS;
        if self.filter[(f / 64) as usize] & (1 << (f % 64)) == 0 {
            return 0;
        }
        let mut i = (h >> 20) as usize & self.mask;
        loop {
            let slot = self.slots[i];
            if slot.flags == 0 {
                return 0;
            }
            // A text word longer than any listed word matches no slot: no
            // slot's length is over MAX_WORD.
            if (slot.head ^ key.head) | (slot.tail ^ key.tail) | (usize::from(slot.len) ^ key.len) as u64 == 0 {
                return slot.flags;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn a_saints_or_places_word_must_stand_alone_before_the_name() {
        let at = |t: &str, w: &str| saint_or_place_before(t.as_bytes(), t.find(w).unwrap());
        assert!(at("St. Paul Lutheran", "Paul"));
        assert!(at("the Fort Worth office", "Worth"));
        assert!(at("near Mount Vernon", "Vernon"));
        assert!(at("(Ste. Marie)", "Marie"));
        assert!(at("«San José»", "José"));
        // Glued to a word before it, it is that word's end.
        assert!(!at("BigFort Worth", "Worth"));
        assert!(!at("node_St Paul", "Paul"));
        assert!(!at("ÉtéSan Jose", "Jose"));
        // Not right before the name.
        assert!(!at("Fort  Worth", "Worth"));
        assert!(!at("Paul", "Paul"));
    }

    #[test]
    fn latin_letters_fold_to_their_ascii_letter_in_their_case() {
        let mut folded = 0;
        for c in '\u{C0}'..='\u{17F}' {
            let mut enc = [0u8; 4];
            let bytes = c.encode_utf8(&mut enc).as_bytes();
            assert_eq!(bytes.len(), 2);
            if let Some(f) = latin_fold_at(bytes, 0) {
                folded += 1;
                assert!(c.is_alphabetic(), "{c:?} is not a letter");
                assert_eq!(c.is_uppercase(), f.is_ascii_uppercase(), "{c:?} folds to {:?}", f as char);
                // Its lower-case form folds to the same letter in lower case.
                // (İ lower-cases to two characters: "i" and a combining dot.)
                let mut lowers = c.to_lowercase();
                if let (Some(lower), None) = (lowers.next(), lowers.next())
                    && lower != c
                {
                    let lower_bytes = lower.encode_utf8(&mut enc).as_bytes();
                    assert_eq!(lower_bytes.len(), 2, "{lower:?}");
                    assert_eq!(latin_fold_at(lower_bytes, 0), Some(f.to_ascii_lowercase()), "{lower:?}");
                }
            }
        }
        assert_eq!(folded, 192 - 16, "without a one-letter ASCII form: Æ × Þ ß æ ÷ þ Ĳ ĳ ĸ ŉ Ŋ ŋ Œ œ ſ");
        let fold = |s: &str| latin_fold_at(s.as_bytes(), 0).map(char::from);
        assert_eq!(fold("é"), Some('e'));
        assert_eq!(fold("Ñ"), Some('N'));
        assert_eq!(fold("ø"), Some('o'));
        assert_eq!(fold("Ł"), Some('L'));
        assert_eq!(fold("ž"), Some('z'));
        assert_eq!(fold("ß"), None);
        assert_eq!(fold("Æ"), None);
        assert_eq!(fold("e"), None);
        assert_eq!(fold("α"), None);
        assert_eq!(fold("\u{2019}"), None);
        assert_eq!(latin_fold_at(&[0xC3], 0), None, "a sequence cut short");
        assert!(is_combining_mark_at("\u{301}".as_bytes(), 0));
        assert!(is_combining_mark_at("\u{36f}".as_bytes(), 0));
        assert!(!is_combining_mark_at("\u{370}".as_bytes(), 0));
        assert!(!is_combining_mark_at("\u{2ff}".as_bytes(), 0));
    }

    #[test]
    fn accented_spellings_are_looked_up_as_the_listed_ascii_ones() {
        let n = Names::new();
        assert_eq!(n.flags("José".as_bytes()), n.flags(b"Jose"));
        assert!(n.flags(b"Jose") & IS_FIRST != 0);
        assert!(n.flags("Martínez".as_bytes()) & IS_LAST != 0);
        assert!(n.flags("Martine\u{301}z".as_bytes()) & IS_LAST != 0, "decomposed");
        assert!(n.flags("Muñoz".as_bytes()) & IS_LAST != 0);
        assert_eq!(n.flags("Martínezα".as_bytes()), 0, "another script's letter");
        assert_eq!(n.flags("Strauß".as_bytes()), 0);
        // Longer than any listed word before folding, not after:
        // "Ĳ"-free, sixteen letters, each two bytes.
        let long = "Éééééééééééééééé";
        assert_eq!(long.len(), 32);
        assert_eq!(n.flags(long.as_bytes()), 0);
        // Case is kept: a lower-case accented word is not the capitalised name.
        assert_eq!(n.flags("josé".as_bytes()), 0);
    }

    #[test]
    fn capitals_are_looked_up_as_the_capitalised_name() {
        let n = Names::new();
        assert_eq!(n.title_case_flags(b"GARCIA"), n.flags(b"Garcia"));
        assert!(n.title_case_flags(b"GARCIA") & IS_LAST != 0);
        assert!(n.title_case_flags(b"MCDONALD") & IS_LAST != 0, "the Mc prefix restored");
        assert!(n.title_case_flags(b"MCCARTHY") & IS_LAST != 0);
        assert!(n.title_case_flags(b"ROSA") & IS_FIRST != 0);
        assert!(n.title_case_flags(b"O'BRIEN") & IS_LAST != 0, "{}", n.flags(b"O'Brien"));
        assert!(n.title_case_flags(b"HOSPITAL") & IS_NON_NAME != 0);
        assert_eq!(n.title_case_flags(b"HTN"), 0);
        assert_eq!(n.title_case_flags(b"ABCDEFGHIJKLMNOPQ"), 0, "longer than any listed word");
        // Letters outside ASCII read as their ASCII spelling, and a compound
        // of listed names, however long, as a name.
        assert_eq!(n.title_case_flags("ÁLVAREZ".as_bytes()), n.flags(b"Alvarez"));
        assert!(n.title_case_flags("NÚÑEZ".as_bytes()) & IS_LAST != 0);
        assert!(n.title_case_flags("GUTIÉRREZ-MORALES".as_bytes()) & IS_LAST != 0);
        assert!(n.title_case_flags(b"GARCIA-LOPEZ") & IS_LAST != 0);
        assert_eq!(n.title_case_flags(b"GARCIA-HOSPITAL"), 0);
        assert_eq!(n.title_case_flags(b"GARCIA-XQZW"), 0);
        assert_eq!(n.title_case_flags("GARC\u{2603}A".as_bytes()), 0);
    }

    #[test]
    fn lists_load() {
        let n = Names::new();
        let count = |flag: u8| n.slots.iter().filter(|s| s.flags & flag != 0).count();
        assert!(count(IS_FIRST) > 500, "first names: {}", count(IS_FIRST));
        assert!(count(IS_LAST) > 500, "surnames: {}", count(IS_LAST));
        assert!(count(IS_AMBIGUOUS) > 100, "ambiguous: {}", count(IS_AMBIGUOUS));
        let has = |w: &[u8], flag: u8| n.flags(w) & flag != 0;
        assert!(has(b"Maria", IS_FIRST));
        assert!(has(b"Nguyen", IS_LAST));
        assert!(has(b"Hospital", IS_NON_NAME));
        assert_eq!(n.flags(b"Elementary") & (IS_PLACE | IS_NON_NAME), IS_PLACE | IS_NON_NAME);
        assert!(has(b"LLP", IS_PLACE) && !has(b"Park", IS_PLACE) && !has(b"Maria", IS_PLACE));
        assert!(!has(b"maria", IS_FIRST));
        assert!(!has(b"Marix", IS_FIRST) && !has(b"Mariaa", IS_FIRST) && n.flags(b"") == 0);
        // Every listed word is found with exactly its lists.
        for (src, flag) in LISTS {
            for w in src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                assert!(n.flags(w.as_bytes()) & flag == flag, "{w}");
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

    #[test]
    fn a_word_one_byte_off_a_listed_word_is_not_taken_for_it() {
        // The table compares keys, not bytes: the key must tell apart words
        // that differ in any one byte, at any place, and in length.
        let n = Names::new();
        // What is listed, from the lists themselves, not from the table.
        let words: std::collections::HashSet<&[u8]> = LISTS
            .iter()
            .flat_map(|(src, _)| src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')))
            .map(str::as_bytes)
            .collect();
        let listed = |w: &[u8]| words.contains(w);
        for w in ["Al", "Maria", "Nguyen", "Christopher", "Hospital", "Hypertension", "Montgomery"] {
            let w = w.as_bytes();
            assert!(listed(w), "{w:?} is a listed word");
            for i in 0..w.len() {
                let mut v = w.to_vec();
                v[i] ^= 0x01;
                if !listed(&v) {
                    assert_eq!(n.flags(&v), 0, "{:?}", String::from_utf8_lossy(&v));
                }
            }
            // Longer and shorter, including past sixteen bytes.
            for extra in [&b"s"[..], b"sonwright", b"abcdefghijklmnop"] {
                let long = [w, extra].concat();
                if !listed(&long) {
                    assert_eq!(n.flags(&long), 0, "{:?}", String::from_utf8_lossy(&long));
                }
            }
            assert_eq!(n.flags(&w[..w.len() - 1]) == 0, !listed(&w[..w.len() - 1]));
        }
        // Text words of more than sixteen bytes whose first and last eight
        // are those of a listed word ("Christop", "istopher").
        assert_ne!(n.flags(b"Christopher"), 0);
        assert_eq!(n.flags(b"ChristopXistopher"), 0);
        assert_eq!(n.flags(b"ChristopXXXXXXXXistopher"), 0);
    }

    #[test]
    fn every_nickname_mark_passes_the_one_byte_test_and_is_found_with_its_pair() {
        for (open, close) in NICKNAME_MARKS {
            assert!(may_open_nickname(open[0]), "{open:?}");
            let text = [b"x".as_slice(), open, b"Bo", close].concat();
            assert_eq!(nickname_mark_at(&text, 1), Some((open.len(), close)));
        }
        assert_eq!(nickname_mark_at(b"x[Bo]", 1), None);
        assert_eq!(nickname_mark_at(b"x", 1), None);
        assert_eq!(nickname_mark_at(b"x", 2), None);
    }

    #[test]
    fn longest_line_bounds_every_word() {
        assert_eq!(longest_line(""), 0);
        assert_eq!(longest_line("ab\n# a long comment line\nabc  \n\n"), 3);
        assert_eq!(longest_line("abcd"), 4);
        for (list, _) in LISTS {
            let longest = list.lines().map(str::trim).filter(|l| !l.starts_with('#')).map(str::len).max();
            assert_eq!(longest_line(list), longest.unwrap_or(0));
        }
    }
}
