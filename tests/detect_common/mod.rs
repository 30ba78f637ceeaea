//! The naive every-occurrence oracle, shared by the detector's property
//! tests and its fuzz target (`fuzz/fuzz_targets/scan.rs` includes this file
//! by path), so both hold the scanner to the same rule.

use cordon::detect::{Finding, REPEAT_RECOGNIZER};

/// The first whole-token occurrence of a found value that no finding
/// overlaps, as `(value, position)`; `None` when every occurrence is covered.
///
/// A naive search with the rules of `src/detect/repeats.rs`: tokens are not
/// joined to a word byte directly or by `_` and a word byte; bytes of a
/// direct (not repeated) finding do not count as word bytes; and values with
/// fewer than two bytes from their first word byte, or of at most four
/// digits, are not searched for.
pub fn uncovered_occurrence<'t>(text: &'t str, f: &[Finding]) -> Option<(&'t str, usize)> {
    let b = text.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let joins = |c: u8| c == b'_';
    let direct = |y: &&Finding| y.recognizer != REPEAT_RECOGNIZER;
    let ends = |k: usize| f.iter().filter(direct).any(|y| y.end == k);
    let starts = |k: usize| f.iter().filter(direct).any(|y| y.start == k);
    for x in f {
        let v = &b[x.start..x.end];
        let Some(anchor) = v.iter().position(|&c| word(c)) else { continue };
        if anchor + 2 > v.len() || (v.len() <= 4 && v.iter().all(u8::is_ascii_digit)) {
            continue;
        }
        for i in 0..=b.len() - v.len() {
            let end = i + v.len();
            if !b[i..end].eq_ignore_ascii_case(v) {
                continue;
            }
            let before =
                i > 0 && ((word(b[i - 1]) && !ends(i)) || (i > 1 && joins(b[i - 1]) && word(b[i - 2]) && !ends(i - 1)));
            let after = end < b.len()
                && ((word(b[end]) && !starts(end))
                    || (end + 1 < b.len() && joins(b[end]) && word(b[end + 1]) && !starts(end + 1)));
            if (word(v[0]) && before) || (word(v[v.len() - 1]) && after) {
                continue;
            }
            if !f.iter().any(|y| y.start < end && i < y.end) {
                return Some((&text[x.start..x.end], i));
            }
        }
    }
    None
}
