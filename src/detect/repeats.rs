//! Every occurrence of a value found once.
//!
//! Context-dependent recognisers find a value only where its context is: a
//! passport number right after "passport", a name after "Dr.", an ICD-10
//! code next to another code. The same value written again a sentence later,
//! without its context, would not be found, and masking would leave it in
//! the text. So once a value has been found, every other occurrence of it in
//! the same text, as a whole token and ignoring ASCII case, is a finding of
//! the same class and score (recogniser [`REPEAT_RECOGNIZER`]). A whole token
//! is not preceded or followed by a word byte, nor by an underscore and a
//! word byte: the recognisers bound their findings the same way, so every
//! place one of them could find the value once masking gives it context is
//! a repeat. Punctuation separates: "I10" in "I10/E11.9", "Ann" in
//! "Ann-Marie" and "10.1.2.3" in "10.1.2.3.4" are repeats of "I10", "Ann"
//! and "10.1.2.3" (the last a little over-masked, since the IPv4 recogniser
//! would not take it there). So does a character outside ASCII that is no
//! letter, digit or combining mark, as it does for the recognisers:
//! "Garcia" in "Garcia’s" and "“Garcia”". A finding right before or after
//! an occurrence bounds it like a space, since masking puts a placeholder
//! there.
//!
//! The words of a person's name are values too ([`KnownValues::add_name_parts`]):
//! a surname written alone after the full name is the same person.
//!
//! The search steps from word start to word start over the text's
//! [`ByteMap`] and tests three bytes against a 2048-bit filter of the known
//! values' first three word bytes (two, for the rare value that has only
//! two), so a text costs one or two bit tests per word; only filter hits
//! look the values up and compare bytes. Values with fewer than
//! two bytes from their first word byte to their end, and numbers of up to
//! four digits (ages, mostly), are not searched for.

use super::bytes::{ByteMap, load8_padded, space_width_at, span_bits, word_char_at, word_char_before};
use super::names::{
    IS_AMBIGUOUS, IS_NON_NAME, IS_WORD, Names, may_open_nickname, nickname_mark_at, saint_or_place_before,
};

/// Recogniser id of a finding that repeats a value found elsewhere.
pub const REPEAT_RECOGNIZER: &str = "repeated_value";

/// Numbers of at most this many digits are not searched for: an age of 92
/// is identifying next to "aged", but 92 alone is as likely a heart rate or
/// a count of days.
const SHORT_NUMBER: usize = 4;

/// The most values one of [`KnownValues`]' 256 buckets holds. A text
/// with more found values than that whose first three letters share a
/// bucket has the later ones' repeats left unsearched: they were found
/// once each already, and most were found by a recogniser everywhere.
const MAX_BUCKET: usize = 256;

/// From how many values in a bucket on a value is added only if no copy
/// of it is there ([`KnownValues::push`]).
const DEDUPE_FROM: usize = 8;

/// One value to look for.
struct Value<'v> {
    bytes: &'v [u8],
    /// Offset of the first word byte: where a text word must start.
    anchor: usize,
    /// Its [`Key`] from the first word byte on.
    key: u32,
    /// Caller's index, returned with each occurrence.
    index: usize,
    /// A word of a person's name ([`KnownValues::add_name_parts`]): an
    /// occurrence must start with the same capital.
    part: bool,
    /// A person's whole name: if it starts with a capital, so must an
    /// occurrence ("will" is no repeat of the name "Will"; "maria" found
    /// in chat is one of "Maria" elsewhere).
    name: bool,
    /// A name's word that the name gave in quotes or brackets as a
    /// nickname ("Penny" of "Penelope \"Penny\" Hargreaves"): the name
    /// vouches for it, so it stands for the person even when it is an
    /// ambiguous name ("Penny", "Daisy").
    nickname: bool,
    /// The next value in the same bucket, or `u32::MAX`.
    next: u32,
}

/// Values found once, to be found everywhere else: chained in 256 buckets
/// by key, with a 2048-bit filter over the keys in front.
pub(crate) struct KnownValues<'v> {
    values: Vec<Value<'v>>,
    /// The first value of each bucket, or `u32::MAX`.
    heads: [u32; 256],
    /// How many values each bucket holds.
    counts: [u16; 256],
    filter: [u64; 32],
    /// Whether any value has only two bytes from its first word byte on.
    short: bool,
    /// How many values [`KnownValues::extend`] has added (the values before
    /// any name's words), in the order of their indices.
    wholes: usize,
    /// The name lists, once a name's words are values: an occurrence of
    /// one is checked against them (see [`KnownValues::add_name_parts`]).
    names: Option<&'v Names>,
}

/// The keys a value or a place in a text may have: its first three bytes,
/// ASCII case folded, or its first two for a value that has only two
/// (marked apart by bit 24). Bytes past the end of a text count as spaces.
#[derive(Clone, Copy)]
struct Keys {
    two: u32,
    three: u32,
}

impl Keys {
    /// The keys of `b[at..]`.
    #[inline]
    fn at(b: &[u8], at: usize) -> Keys {
        let v = load8_padded(b, at) as u32 | 0x2020_2020;
        Keys { two: v & 0xFFFF, three: (v & 0xFF_FFFF) | 1 << 24 }
    }

    /// The keys of a value from its first word byte on (`b`, at least two
    /// bytes): [`Keys::at`] without reading past the value, which for a
    /// value of fewer than eight bytes would take the slow padded load.
    #[inline]
    fn of_value_bytes(b: &[u8]) -> Keys {
        let byte = |i: usize| b.get(i).copied().unwrap_or(0);
        let v = u32::from_le_bytes([byte(0), byte(1), byte(2), byte(3)]) | 0x2020_2020;
        Keys { two: v & 0xFFFF, three: (v & 0xFF_FFFF) | 1 << 24 }
    }

    /// The key of a value of `n` bytes from its first word byte on (at least two).
    fn of_value(keys: Keys, n: usize) -> u32 {
        if n >= 3 { keys.three } else { keys.two }
    }
}

/// A key's filter bit (word, bit) and bucket.
#[inline]
fn filter_bit(key: u32) -> (usize, u64, usize) {
    let h = (key.wrapping_mul(0x9E37_79B1) >> 21) as usize;
    (h / 64, 1 << (h % 64), h >> 3)
}

/// Joins a value to the word byte beyond it into one longer token
/// ("ann_smith"), as the recognisers' own word boundaries do. Other
/// punctuation separates, for them and for repeats alike: a recogniser that
/// accepts "I10" in "I10/E11.9" would find it there once masking a repeat
/// of it nearby gave it context, so the repeat must be found there too.
fn joins(c: u8) -> bool {
    c == b'_'
}

/// Does the token around `text[at..]` start before `at`: a word character
/// right before it, or a joining byte and a word character? Bytes of a
/// `taken` finding do not count: masking will replace them. A character
/// outside ASCII that is no letter, digit or combining mark (a typographic
/// quote or apostrophe, a no-break space, a dash) bounds a token like ASCII
/// punctuation: "Garcia" in "Garcia’s" and "“Garcia”".
fn continues_before(text: &[u8], at: usize, taken: &[(usize, usize)]) -> bool {
    at > 0
        && ((word_char_before(text, at) && !ends_at(taken, at))
            || (at > 1 && joins(text[at - 1]) && word_char_before(text, at - 1) && !ends_at(taken, at - 1)))
}

/// Does the token around `text[..at]` go on after `at`?
fn continues_after(text: &[u8], at: usize, taken: &[(usize, usize)]) -> bool {
    at < text.len()
        && ((word_char_at(text, at) && !starts_at(taken, at))
            || (at + 1 < text.len() && joins(text[at]) && word_char_at(text, at + 1) && !starts_at(taken, at + 1)))
}

/// Does a span of `taken` (sorted, disjoint) overlap `start..end`?
fn overlaps(taken: &[(usize, usize)], start: usize, end: usize) -> bool {
    let k = taken.partition_point(|t| t.1 <= start);
    taken.get(k).is_some_and(|t| t.0 < end)
}

/// Does a span of `taken` (sorted, disjoint) end at `at`?
fn ends_at(taken: &[(usize, usize)], at: usize) -> bool {
    taken.binary_search_by_key(&at, |t| t.1).is_ok()
}

/// Does a span of `taken` start at `at`?
fn starts_at(taken: &[(usize, usize)], at: usize) -> bool {
    taken.binary_search_by_key(&at, |t| t.0).is_ok()
}

impl<'v> KnownValues<'v> {
    /// The values to look for, each with the caller's index. Values with no
    /// word byte, or only one byte from the first word byte on, are left out.
    pub(crate) fn new(values: impl IntoIterator<Item = (&'v [u8], usize)>) -> KnownValues<'v> {
        let values = values.into_iter();
        let mut known = KnownValues::with_capacity(values.size_hint().0);
        known.extend(values);
        known
    }

    /// No values yet, with room for `n`.
    pub(crate) fn with_capacity(n: usize) -> KnownValues<'v> {
        KnownValues {
            values: Vec::with_capacity(n),
            heads: [u32::MAX; 256],
            counts: [0; 256],
            filter: [0; 32],
            short: false,
            wholes: 0,
            names: None,
        }
    }

    /// Adds values, each with the caller's index (see [`KnownValues::new`]).
    pub(crate) fn extend(&mut self, values: impl IntoIterator<Item = (&'v [u8], usize)>) {
        debug_assert_eq!(self.wholes, self.values.len(), "values are added before any name's words");
        for (bytes, index) in values {
            self.push(bytes, index, false, false);
        }
        self.wholes = self.values.len();
    }

    fn push(&mut self, bytes: &'v [u8], index: usize, part: bool, nickname: bool) {
        // The first word character: where a word of the text starts.
        let Some(anchor) = (0..bytes.len()).find(|&i| (bytes[i] & 0xC0 != 0x80) && word_char_at(bytes, i)) else {
            return;
        };
        if anchor + 2 > bytes.len() || (bytes.len() <= SHORT_NUMBER && bytes.iter().all(u8::is_ascii_digit)) {
            return;
        }
        if self.values.len() >= u32::MAX as usize {
            return; // a text with four billion findings: the rest are not searched for
        }
        let key = Keys::of_value(Keys::of_value_bytes(&bytes[anchor..]), bytes.len() - anchor);
        let (w, bit, bucket) = filter_bit(key);
        // A place in the text is compared with each value of its bucket, so
        // a bucket holds at most MAX_BUCKET values, and from DEDUPE_FROM
        // on a value already in it is not added again: a text that repeats
        // one name a hundred thousand times has a few values to look for,
        // not a hundred thousand. (Below that, a copy costs less than
        // looking for one.)
        let count = usize::from(self.counts[bucket]);
        if count >= DEDUPE_FROM {
            if count >= MAX_BUCKET {
                return;
            }
            let mut at = self.heads[bucket];
            while let Some(v) = self.values.get(at as usize) {
                if v.key == key && v.part == part && v.nickname == nickname && v.bytes == bytes {
                    return;
                }
                at = v.next;
            }
        }
        self.counts[bucket] += 1;
        self.filter[w] |= bit;
        self.short |= bytes.len() - anchor == 2;
        let next = std::mem::replace(&mut self.heads[bucket], self.values.len() as u32);
        self.values.push(Value { bytes, anchor, key, index, part, name: false, nickname, next });
    }

    /// Also looks for each word of a person's name `value` found once
    /// ("Okonkwo" and "Chidi" of "Chidi Okonkwo"), with the caller's
    /// `index`: a surname written alone later in the text is the same
    /// person. Only words that could not be ordinary ones count: at least
    /// three bytes, starting with a capital, and an occurrence must start
    /// with the same capital ("the baker" is no repeat of "Julia Baker")
    /// and not be an ambiguous name ("Will", "Rose") nor a word the name
    /// lists mark as no name. That last check is made on occurrences,
    /// which are few, not on every name found. A name of one word is its
    /// own value already.
    pub(crate) fn add_name_parts(&mut self, value: &'v [u8], index: usize, names: &'v Names) {
        // The whole name's value, if it was long enough to be added: the
        // values before the names' words are in the order of their indices.
        let wholes = &mut self.values[..self.wholes];
        let k = wholes.partition_point(|v| v.index < index);
        if let Some(v) = wholes.get_mut(k).filter(|v| v.index == index) {
            v.name = true;
        }
        let mut start = 0;
        for end in 0..=value.len() {
            // Words end at a space, a comma or a no-break space.
            let gap = match value.get(end) {
                None | Some(b',') => 1,
                _ => match space_width_at(value, end) {
                    0 => continue,
                    width => width,
                },
            };
            if end == value.len() && start == 0 {
                return; // one word
            }
            let marked = &value[start..end];
            let word = nickname_marks_trimmed(marked);
            if word.len() >= 3
                && (word[0].is_ascii_uppercase() || word[0] >= 0x80)
                && word[word.len() - 1] != b'.'
                && !super::recognizers::NAME_SUFFIXES.contains(&word)
            {
                self.names = Some(names);
                self.push(word, index, true, word.len() < marked.len());
            }
            start = end + gap;
        }
    }

    /// Whether the occurrence `text[start..end]` of a name's word stands
    /// for the name: the same capital first, or all in lower case as chats
    /// and transcripts write people ("since tyler moved back"), where the
    /// name is no ordinary word ("the cook said") and the occurrence is a
    /// word of prose, not part of an address or a handle ("losa.fk@…",
    /// "#integration-dev"); and not a word that is often no name, unless
    /// the name gave it as a nickname ("Penny asks" after "Penelope
    /// \"Penny\" Hargreaves").
    #[cold]
    fn part_stands_for_name(&self, v: &Value<'_>, text: &[u8], start: usize, end: usize) -> bool {
        let part = v.bytes;
        let occurrence = &text[start..end];
        let lower = occurrence.iter().all(|&c| !c.is_ascii_uppercase());
        if occurrence[0] != part[0] && !(lower && in_prose(text, start, end)) {
            return false;
        }
        let Some(names) = self.names else { return !lower };
        let caps = occurrence.iter().all(|&c| !c.is_ascii_lowercase());
        let flags = if caps || lower {
            names.title_case_flags(occurrence)
        } else {
            names.flags_in(occurrence, 0, occurrence.len())
        };
        let word = if lower { IS_WORD } else { 0 };
        let ambiguous = if v.nickname { 0 } else { IS_AMBIGUOUS };
        flags & (ambiguous | IS_NON_NAME | word) == 0
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Whether a value may start at `text[p..]`: `false` proves none does.
    /// `SHORT`: whether any value has a two-byte key ([`KnownValues::short`]).
    #[inline]
    fn may_start_at<const SHORT: bool>(&self, text: &[u8], p: usize) -> bool {
        let keys = Keys::at(text, p);
        let test = |key: u32| {
            let (w, bit, _) = filter_bit(key);
            self.filter[w] & bit != 0
        };
        test(keys.three) | (SHORT && test(keys.two))
    }

    /// Calls `emit(start, end, index)` for every whole-word occurrence of a
    /// known value in `text` that overlaps no span of `taken` (sorted by
    /// start, disjoint) and no earlier emitted occurrence, in text order.
    /// Where several values occur at one place, the longest wins (the first
    /// given, among equals).
    pub(crate) fn find(
        &self,
        text: &[u8],
        map: &ByteMap,
        taken: &[(usize, usize)],
        emit: impl FnMut(usize, usize, usize),
    ) {
        if self.short {
            self.find_with::<true>(text, map, taken, emit);
        } else {
            self.find_with::<false>(text, map, taken, emit);
        }
    }

    /// [`KnownValues::find`], with `SHORT` = [`KnownValues::short`] (so the
    /// word loop does not test for two-byte keys when there are none).
    fn find_with<const SHORT: bool>(
        &self,
        text: &[u8],
        map: &ByteMap,
        taken: &[(usize, usize)],
        mut emit: impl FnMut(usize, usize, usize),
    ) {
        if self.values.is_empty() {
            return;
        }
        let mut free_from = 0;
        // Word starts whose two bytes pass the filter are collected a block
        // at a time without a branch (the filter's verdict is as good as
        // random to a branch predictor), then looked at one by one.
        let mut hits = [0usize; 64];
        // Word starts inside a finding are skipped: an occurrence there
        // overlaps it. The end of a finding is where a token may start too
        // (see `longest_at`).
        let mut next_span = 0;
        map.for_each_word_start_block(|base, mut starts| {
            let limit = base + 64;
            let mut k = next_span;
            while k < taken.len() && taken[k].0 < limit {
                let (s, e) = taken[k];
                if e > base {
                    starts &= !span_bits(base / 64, s.max(base), e.min(limit));
                }
                if e >= base && e < limit && word_char_at(text, e) {
                    starts |= 1 << (e - base);
                }
                if e < limit {
                    next_span = k + 1;
                }
                k += 1;
            }
            let mut n = 0;
            while starts != 0 {
                let p = base + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                hits[n] = p;
                n += usize::from(self.may_start_at::<SHORT>(text, p));
            }
            for &p in &hits[..n] {
                let Some((start, end, index)) = self.longest_at(text, p, free_from, taken) else { continue };
                emit(start, end, index);
                free_from = end;
            }
        });
    }

    /// The longest known value occurring as a whole token whose first word
    /// byte is at `p`, which starts at or after `free_from` and overlaps no
    /// span of `taken`: (start, end, index). A longer value that overlaps a
    /// finding does not hide a shorter one that does not ("Wei" before the
    /// finding "AcPatient Wei", where "Wei AcPatient Wei" is also a value).
    /// A finding of `taken` right before or after the occurrence (or
    /// beyond a joining byte) bounds the token like a space would, as its
    /// placeholder will once it is masked.
    fn longest_at(
        &self,
        text: &[u8],
        p: usize,
        free_from: usize,
        taken: &[(usize, usize)],
    ) -> Option<(usize, usize, usize)> {
        if p + 1 >= text.len() {
            return None;
        }
        let keys = Keys::at(text, p);
        // The values of one key: its bucket's chain, filtered.
        let group = |key: u32| {
            let mut at = self.heads[filter_bit(key).2];
            std::iter::from_fn(move || {
                let v = self.values.get(at as usize)?;
                at = v.next;
                Some(v)
            })
            .filter(move |v| v.key == key)
        };
        let mut best: Option<(usize, usize, usize)> = None;
        let short = if self.short { Some(keys.two) } else { None };
        for v in group(keys.three).chain(short.into_iter().flat_map(group)) {
            let Some(start) = p.checked_sub(v.anchor) else { continue };
            let end = start + v.bytes.len();
            if start < free_from
                || end > text.len()
                || !text[start..end].eq_ignore_ascii_case(v.bytes)
                || (v.name && v.bytes[v.anchor].is_ascii_uppercase() && text[start + v.anchor] != v.bytes[v.anchor])
                || ((v.part || v.name) && saint_or_place_before(text, start))
                || (v.part && !self.part_stands_for_name(v, text, start, end))
                || (word_char_at(v.bytes, 0) && continues_before(text, start, taken))
                || (word_char_before(v.bytes, v.bytes.len()) && continues_after(text, end, taken))
                || overlaps(taken, start, end)
            {
                continue;
            }
            // Among equally long values, the first given wins.
            if best.is_none_or(|(s, e, i)| end - start > e - s || (end - start == e - s && v.index < i)) {
                best = Some((start, end, v.index));
            }
        }
        best
    }
}

/// Whether `text[start..end]` stands as a word of prose: after a space, a
/// line's start, a quote or a bracket, and before a space, the text's end
/// or a sentence's punctuation (a full stop only before a space or the
/// end), not inside an address, a handle or an identifier.
fn in_prose(text: &[u8], start: usize, end: usize) -> bool {
    let before = start == 0 || matches!(text[start - 1], b' ' | b'\n' | b'\t' | b'"' | b'\'' | b'(' | b'[');
    let after = match text.get(end) {
        None => true,
        Some(b'.') => text.get(end + 1).is_none_or(|c| c.is_ascii_whitespace() || *c == b'"'),
        Some(&c) => {
            matches!(c, b' ' | b'\n' | b'\r' | b'\t' | b',' | b';' | b'!' | b'?' | b'"' | b'\'' | b')' | b']' | b':')
        }
    };
    before && after
}

/// A name's word without the quotes or brackets around a nickname
/// ([`nickname_mark_at`]: "\"Mook\"", "“Jack”", "(Bo)", and escaped in JSON
/// text "\\\"Mook\\\"", as "Mook", "Jack", "Bo").
#[inline]
fn nickname_marks_trimmed(w: &[u8]) -> &[u8] {
    if w.first().is_some_and(|&c| may_open_nickname(c)) { nickname_marks_trimmed_cold(w) } else { w }
}

#[cold]
#[inline(never)]
fn nickname_marks_trimmed_cold(w: &[u8]) -> &[u8] {
    match nickname_mark_at(w, 0) {
        Some((open, close)) => w[open..].strip_suffix(close).unwrap_or(&w[open..]),
        None => w,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    fn occurrences(values: &[&str], text: &str, taken: &[(usize, usize)]) -> Vec<(usize, usize, usize)> {
        let known = KnownValues::new(values.iter().enumerate().map(|(i, v)| (v.as_bytes(), i)));
        let map = ByteMap::new(text.as_bytes());
        let mut out = Vec::new();
        known.find(text.as_bytes(), &map, taken, |s, e, i| out.push((s, e, i)));
        out
    }

    #[test]
    fn finds_whole_word_occurrences_ignoring_case() {
        let t = "Passport 123456789. Again 123456789, not 1234567890 or x123456789; ANN, ann, Anna.";
        let found = occurrences(&["123456789", "Ann"], t, &[(9, 18)]);
        assert_eq!(found, vec![(26, 35, 0), (67, 70, 1), (72, 75, 1)]);
    }

    #[test]
    fn copies_of_a_value_stop_being_added() {
        let values = vec!["John Smith"; 10_000];
        let known = KnownValues::new(values.iter().enumerate().map(|(i, v)| (v.as_bytes(), i)));
        assert_eq!(known.values.len(), DEDUPE_FROM);
        // The first given is the one reported.
        let found = occurrences(&["Ann", "Ann", "Ann"], "Ann and ann", &[]);
        assert_eq!(found, vec![(0, 3, 0), (8, 11, 0)]);
    }

    #[test]
    fn a_bucket_holds_a_bounded_number_of_values() {
        // Distinct values with one key share a bucket: a text's place is
        // compared with each, so the bucket stops growing at MAX_BUCKET.
        let values: Vec<String> = (0..4 * MAX_BUCKET).map(|i| format!("abc{i:05}")).collect();
        let known = KnownValues::new(values.iter().enumerate().map(|(i, v)| (v.as_bytes(), i)));
        assert_eq!(known.values.len(), MAX_BUCKET);
        // The first ones are still found; the later ones are not searched for.
        let found = occurrences(&values.iter().map(String::as_str).collect::<Vec<_>>(), "abc00000 abc01000", &[]);
        assert_eq!(found, vec![(0, 8, 0)]);
    }

    #[test]
    fn anchors_values_that_start_with_punctuation() {
        let t = "call (617) 555-0100 or (617) 555-0100.";
        let found = occurrences(&["(617) 555-0100"], t, &[(5, 19)]);
        assert_eq!(found, vec![(23, 37, 0)]);
    }

    #[test]
    fn two_byte_values_are_found_beside_longer_ones() {
        // "Al" has a two-byte key, "Alma" and "(Al)" three-byte ones; all
        // share their first two bytes, and the text ends inside a key.
        let t = "Al met ALMA; al, Alma and (Al) and al";
        let found = occurrences(&["Al", "Alma", "(Al)"], t, &[]);
        assert_eq!(found, vec![(0, 2, 0), (7, 11, 1), (13, 15, 0), (17, 21, 1), (26, 30, 2), (35, 37, 0)]);
    }

    #[test]
    fn longest_value_wins_and_taken_spans_are_kept() {
        let t = "John Smith met Smith; John Smith left.";
        let found = occurrences(&["Smith", "John Smith"], t, &[(0, 10)]);
        assert_eq!(found, vec![(15, 20, 0), (22, 32, 1)]);
        // An occurrence overlapping a taken span is left to that span.
        assert_eq!(occurrences(&["Smith"], "Smith Smithers", &[(6, 14)]), vec![(0, 5, 0)]);
        assert_eq!(occurrences(&["John Smith"], "John Smith", &[(5, 10)]), vec![]);
        // A longer value that would overlap a finding leaves the place to a
        // shorter one that does not (a fuzzer find).
        let t = "x Wei AcPatient Wei A";
        assert_eq!(occurrences(&["Wei", "Wei AcPatient Wei"], t, &[(6, 19)]), vec![(2, 5, 0)]);
    }

    #[test]
    fn punctuation_bounds_a_token_and_an_underscore_joins() {
        let t = "10.1.2.3 and 10.1.2.3.4, 10.1.2.3_x, x_Ann, Ann-Marie, ann@x.org, x.Ann; Ann_, 10.1.2.3. Ann.";
        let found = occurrences(&["10.1.2.3", "Ann"], t, &[(0, 8)]);
        let at: Vec<(&str, usize)> = found.iter().map(|&(s, e, _)| (&t[s..e], s)).collect();
        assert_eq!(
            at,
            vec![
                ("10.1.2.3", t.find("10.1.2.3.4").unwrap()),
                ("Ann", t.find("Ann-").unwrap()),
                ("ann", t.find("ann@").unwrap()),
                ("Ann", t.find("Ann;").unwrap()),
                ("Ann", t.find("Ann_,").unwrap()),
                ("10.1.2.3", t.find("10.1.2.3. ").unwrap()),
                ("Ann", t.rfind("Ann").unwrap()),
            ]
        );
    }

    #[test]
    fn a_finding_next_to_an_occurrence_bounds_it() {
        // "https://x.org/aé" is a finding; the value glued to it is a token of
        // its own once the URL is masked, so it is one now.
        let t = "https://x.org/aéeyJhbGciOiJIUzI1NiJ9.eyJzIjoxfQ.abc eyJhbGciOiJIUzI1NiJ9.eyJzIjoxfQ.abc";
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzIjoxfQ.abc";
        let second = t.rfind(jwt).unwrap();
        let found = occurrences(&[jwt], t, &[(0, 17), (second, t.len())]);
        assert_eq!(found, vec![(17, 17 + jwt.len(), 0)]);
        // Without the URL finding, the glued copy is part of a longer word.
        assert_eq!(occurrences(&[jwt], t, &[(second, t.len())]), vec![]);
    }

    #[test]
    fn a_value_s_keys_are_those_of_its_place_in_a_text() {
        for v in ["ab", "abc", "Ab9", "abcdefgh", "abcdefghij", "z\u{e9}"] {
            let (mine, there) = (Keys::of_value_bytes(v.as_bytes()), Keys::at(v.as_bytes(), 0));
            assert_eq!((mine.two, mine.three), (there.two, there.three), "{v}");
            // In a text the bytes after the value do not change its key.
            let t = format!("{v} more");
            let n = v.len();
            assert_eq!(Keys::of_value(mine, n), Keys::of_value(Keys::at(t.as_bytes(), 0), n), "{v}");
        }
    }

    #[test]
    fn typographic_punctuation_bounds_a_token() {
        // Apostrophe, quotes, no-break space, em dash; then an accented
        // letter, a letter and a combining mark, which continue the word.
        let t = "Garcia\u{2019}s, \u{201c}Garcia\u{201d}, Garcia\u{a0}left, x\u{2014}Garcia\u{2014}y; \u{e9}Garcia, Garcias, Garcia\u{301}";
        let found: Vec<usize> = occurrences(&["Garcia"], t, &[]).iter().map(|o| o.0).collect();
        let mut want = Vec::new();
        for (k, _) in t.match_indices("Garcia").take(4) {
            want.push(k);
        }
        assert_eq!(found, want);
        // A quote that ends one 64-byte block and a word that starts the next.
        let t = format!("Garcia {}\u{201c}Garcia", "x".repeat(54));
        assert_eq!(t.find('\u{201c}').map(|q| q + 3), Some(64));
        assert_eq!(occurrences(&["Garcia"], &t, &[(0, 6)]), vec![(64, 70, 0)]);
    }

    #[test]
    fn finding_ends_on_a_block_boundary() {
        // A finding fills the first 64-byte block; the value glued to it
        // starts the second block.
        let t = format!("{}Quillon Quillon", "a".repeat(64));
        assert_eq!(occurrences(&["Quillon"], &t, &[(0, 64), (72, 79)]), vec![(64, 71, 0)]);
        assert_eq!(occurrences(&["Quillon"], &t, &[(0, 63), (72, 79)]), vec![]);
    }

    #[test]
    fn non_ascii_words_and_boundaries() {
        let t = "Zoë Quinn and zoë quinn, not Zoëx Quinn or éZoë Quinn";
        let found = occurrences(&["Zoë Quinn"], t, &[]);
        assert_eq!(found, vec![(0, 10, 0), (15, 25, 0)]);
    }

    #[test]
    fn single_bytes_and_short_numbers_are_not_searched() {
        assert_eq!(occurrences(&["7", "-", "92", "1954"], "7 7 - - 92 92 1954 1954", &[]), vec![]);
        assert_eq!(occurrences(&["91254", "B44"], "91254 b44", &[]), vec![(0, 5, 0), (6, 9, 1)]);
    }
}
