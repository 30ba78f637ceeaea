//! The detector's oracles, shared by its property tests and its fuzz target
//! (`fuzz/fuzz_targets/scan.rs` includes this file by path), so both hold
//! the scanner to the same rules: every occurrence of a found value is
//! found, and masking leaves no found value to find again.

use cordon::detect::{Detector, Finding, REPEAT_RECOGNIZER, mask};

/// A value of `found` (the findings of `d` in `text`) that `d` detects again
/// once `text` is masked, with the masked text; `None` when masking left
/// none of them.
pub fn found_again_after_masking(d: &Detector, text: &str, found: &[Finding]) -> Option<(String, String)> {
    let values: Vec<&str> = found.iter().map(|f| &text[f.start..f.end]).collect();
    let masked = mask(text, found);
    let again = d
        .scan(&masked)
        .into_iter()
        .map(|f| masked[f.start..f.end].to_string())
        .find(|v| values.contains(&v.as_str()))?;
    Some((again, masked))
}

/// Words that make a name after them a saint's or a place's.
const SAINT_OR_PLACE_WORDS: &[&[u8]] =
    &[b"St. ", b"St ", b"Ste. ", b"Saint ", b"San ", b"Santa ", b"Mount ", b"Mt. ", b"Fort ", b"Ft. "];

/// `text` with a load file's quoting thorns and its separators ("¶",
/// 0x14) written as spaces on the lines that are a load file's rows (a line
/// that opens with a thorn and holds a separator between two), the bytes
/// keeping their offsets; `None` when no line is one.
fn load_file_rows_unquoted(text: &str) -> Option<String> {
    let row =
        |l: &str| l.starts_with('\u{fe}') && (l.contains("\u{fe}\u{b6}\u{fe}") || l.contains("\u{fe}\u{14}\u{fe}"));
    if !text.split('\n').any(row) {
        return None;
    }
    let lines = text.split_inclusive('\n');
    Some(
        lines
            .map(|l| if row(l) { l.replace(['\u{fe}', '\u{b6}'], "  ").replace('\u{14}', " ") } else { l.to_string() })
            .collect(),
    )
}

/// The first whole-token occurrence of a found value that no finding
/// overlaps, as `(value, position)`; `None` when every occurrence is covered.
///
/// A naive search with the rules of `src/detect/repeats.rs` (a word of a
/// name, repeated alone, with its case, or in lower case where the lists
/// allow, which this search leaves out; a name found with a capital, with
/// that capital; a name after "St. ", "Saint ", "Mount " or "Fort " is a
/// saint's or a place's; a load file's quoting thorns are no letters on
/// its rows): tokens are not
/// joined to a word byte directly or by `_` and a word byte (a character
/// outside ASCII joins only if it is a letter, a digit or a combining mark);
/// bytes of a
/// direct (not repeated) finding do not count as word bytes; and values with
/// fewer than two bytes from their first word byte, or of at most four
/// digits, are not searched for.
pub fn uncovered_occurrence<'t>(original: &'t str, f: &[Finding]) -> Option<(&'t str, usize)> {
    let unquoted = load_file_rows_unquoted(original);
    let text = unquoted.as_deref().unwrap_or(original);
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
        // A repeat that is no direct finding's value is a word of a name
        // found elsewhere, which repeats only where it is written the same
        // way ("the baker" is no repeat of "Julia Baker"): such a word is
        // looked for with its case.
        let name_word = x.recognizer == REPEAT_RECOGNIZER
            && !f.iter().filter(direct).any(|y| b[y.start..y.end].eq_ignore_ascii_case(v));
        // Such a word found in lower case ("since tyler moved back") is a
        // repeat only where it stands as a word of prose and the name is no
        // ordinary word, by lists this search does not hold: it sets no
        // expectation of its own.
        if name_word && !v.iter().any(u8::is_ascii_uppercase) {
            continue;
        }
        // A person's name that starts with a capital repeats only with that
        // capital ("will" is no repeat of the name "Will").
        let capital = x.class == "pii.person_name" && v[anchor].is_ascii_uppercase();
        let letter = |c: Option<char>| {
            c.is_some_and(|c| c.is_ascii() || c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c))
        };
        for i in 0..=b.len() - v.len() {
            let end = i + v.len();
            // A name right after a word of its own such as "St. ", "Saint ",
            // "San ", "Mount " or "Fort " is a saint's or a place's ("St.
            // Paul", "Fort Worth"); not after "Ast. ".
            let saint = x.class == "pii.person_name"
                && SAINT_OR_PLACE_WORDS.iter().any(|w| {
                    b[..i].ends_with(w) && {
                        let k = i - w.len();
                        k == 0 || (b[k - 1] != b'_' && !(word(b[k - 1]) && letter(text[..k].chars().next_back())))
                    }
                });
            if !b[i..end].eq_ignore_ascii_case(v)
                || (name_word && &b[i..end] != v)
                || (capital && b[i + anchor] != v[anchor])
                || saint
            {
                continue;
            }
            // A character outside ASCII continues a token only if it is a
            // letter, a digit or a combining mark: a typographic quote, a
            // dash or a no-break space bounds one.
            let before = i > 0
                && ((word(b[i - 1]) && !ends(i) && letter(text[..i].chars().next_back()))
                    || (i > 1 && joins(b[i - 1]) && word(b[i - 2]) && !ends(i - 1)));
            let after = end < b.len()
                && ((word(b[end]) && !starts(end) && letter(text[end..].chars().next()))
                    || (end + 1 < b.len() && joins(b[end]) && word(b[end + 1]) && !starts(end + 1)));
            if (word(v[0]) && before) || (word(v[v.len() - 1]) && after) {
                continue;
            }
            if !f.iter().any(|y| y.start < end && i < y.end) {
                return Some((&original[x.start..x.end], i));
            }
        }
    }
    None
}
