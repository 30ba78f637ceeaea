//! Redaction of detected spans, used by the policy's `redact` and
//! `pseudonymize` actions.
//!
//! Decides what replaces a sensitive span: a class placeholder (`[SSN]`,
//! `[MATTER_NUMBER]`), a caller-chosen string, or a consistent numbered
//! pseudonym (`[PERSON_1]`) recorded in a [`PseudonymMap`] so that the model's
//! answer can be mapped back for the caller. Placeholders are built only from
//! class names, never from the text, and contain nothing any recogniser
//! detects, so re-scanning redacted text finds none of the removed values.
//! Spans that overlap an earlier span, fall outside the text or are not on
//! character boundaries are skipped rather than panicking.

use std::collections::HashMap;

use super::Finding;

/// Placeholder label for a class: the last dotted segment in upper case,
/// with `person_name` shortened to `PERSON` (`pii.ssn` → `SSN`,
/// `custom.matter_number` → `MATTER_NUMBER`).
pub fn class_label(class: &str) -> String {
    let last = class.rsplit('.').next().unwrap_or(class);
    let last = if last == "person_name" { "person" } else { last };
    last.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect()
}

/// How [`mask`] writes placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MaskStyle {
    /// `[SSN]`, `[PERSON]`, `[MATTER_NUMBER]` (default).
    #[default]
    Label,
    /// The full class name in upper case: `[PII.SSN]`.
    FullClass,
}

/// Replaces every finding with a `[LABEL]` placeholder (see [`class_label`]).
/// `findings` should be what [`super::Detector::scan`] returned (sorted,
/// non-overlapping); anything else is tolerated.
pub fn mask(text: &str, findings: &[Finding]) -> String {
    mask_styled(text, findings, MaskStyle::Label)
}

/// [`mask`] with a chosen placeholder style.
pub fn mask_styled(text: &str, findings: &[Finding], style: MaskStyle) -> String {
    mask_with(text, findings, |f| match style {
        MaskStyle::Label => format!("[{}]", class_label(&f.class)),
        MaskStyle::FullClass => format!("[{}]", f.class.to_ascii_uppercase()),
    })
}

/// Replaces every finding with `placeholder(finding)`.
pub fn mask_with(text: &str, findings: &[Finding], placeholder: impl Fn(&Finding) -> String) -> String {
    replace_spans(text, findings, |f, _| placeholder(f))
}

fn replace_spans(text: &str, findings: &[Finding], mut with: impl FnMut(&Finding, &str) -> String) -> String {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| (f.start, f.end));
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for f in sorted {
        if f.start < cursor || f.end > text.len() || f.start >= f.end {
            continue;
        }
        if !text.is_char_boundary(f.start) || !text.is_char_boundary(f.end) {
            continue;
        }
        out.push_str(&text[cursor..f.start]);
        out.push_str(&with(f, &text[f.start..f.end]));
        cursor = f.end;
    }
    out.push_str(&text[cursor..]);
    out
}

/// Consistent pseudonyms for one conversation: the same (class, value) always
/// gets the same placeholder, numbered per label (`[PERSON_1]`, `[PERSON_2]`,
/// `[MRN_1]`), and placeholders can be mapped back with
/// [`PseudonymMap::reidentify`]. Holds the original values, so its `Debug`
/// prints only counts; keep it in memory for the request's lifetime.
#[derive(Default, Clone)]
pub struct PseudonymMap {
    forward: HashMap<(String, String), String>,
    reverse: HashMap<String, String>,
    counters: HashMap<String, usize>,
}

impl std::fmt::Debug for PseudonymMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PseudonymMap").field("entries", &self.forward.len()).finish_non_exhaustive()
    }
}

impl PseudonymMap {
    /// An empty map.
    pub fn new() -> PseudonymMap {
        PseudonymMap::default()
    }

    /// Number of distinct values pseudonymised.
    pub fn len(&self) -> usize {
        self.forward.len()
    }

    /// True when nothing has been pseudonymised.
    pub fn is_empty(&self) -> bool {
        self.forward.is_empty()
    }

    /// The placeholder for `value` of `class`, allocating the next number for
    /// its label if the value is new.
    pub fn placeholder(&mut self, class: &str, value: &str) -> String {
        let key = (class.to_owned(), value.to_owned());
        if let Some(p) = self.forward.get(&key) {
            return p.clone();
        }
        let label = class_label(class);
        let n = self.counters.entry(label.clone()).or_insert(0);
        *n += 1;
        let p = format!("[{label}_{n}]");
        self.forward.insert(key, p.clone());
        self.reverse.insert(p.clone(), value.to_owned());
        p
    }

    /// The original value behind a placeholder such as `[PERSON_1]`.
    pub fn original(&self, placeholder: &str) -> Option<&str> {
        self.reverse.get(placeholder).map(String::as_str)
    }

    /// Replaces every known placeholder in `text` with its original value
    /// (unknown bracketed words are left alone).
    pub fn reidentify(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            let close =
                tail[1..].find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')).map(|i| i + 1);
            match close {
                Some(c) if tail.as_bytes()[c] == b']' => {
                    let candidate = &tail[..=c];
                    match self.reverse.get(candidate) {
                        Some(orig) => out.push_str(orig),
                        None => out.push_str(candidate),
                    }
                    rest = &tail[c + 1..];
                }
                _ => {
                    out.push('[');
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }
}

/// Replaces every finding with its consistent pseudonym from `map`.
pub fn pseudonymize(text: &str, findings: &[Finding], map: &mut PseudonymMap) -> String {
    replace_spans(text, findings, |f, value| map.placeholder(&f.class, value))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    fn f(class: &str, start: usize, end: usize) -> Finding {
        Finding { class: class.into(), start, end, score: 0.9, recognizer: "t" }
    }

    #[test]
    fn labels() {
        assert_eq!(class_label("pii.ssn"), "SSN");
        assert_eq!(class_label("pii.person_name"), "PERSON");
        assert_eq!(class_label("custom.matter_number"), "MATTER_NUMBER");
    }

    #[test]
    fn masks_and_skips_bad_spans() {
        let t = "Ann and Bob, é";
        let fs = vec![
            f("pii.person_name", 0, 3),
            f("pii.person_name", 1, 4),
            f("pii.person_name", 8, 11),
            f("x.y", 13, 14),
            f("x.y", 20, 30),
        ];
        assert_eq!(mask(t, &fs), "[PERSON] and [PERSON], é");
        assert_eq!(mask_styled(t, &fs[..1], MaskStyle::FullClass), "[PII.PERSON_NAME] and Bob, é");
        assert_eq!(mask_with(t, &fs[..1], |_| "***".into()), "*** and Bob, é");
    }

    #[test]
    fn pseudonyms_are_consistent_and_reversible() {
        let mut map = PseudonymMap::new();
        let t1 = "Ann saw Bob; Ann left.";
        let fs1 = vec![f("pii.person_name", 0, 3), f("pii.person_name", 8, 11), f("pii.person_name", 13, 16)];
        let p1 = pseudonymize(t1, &fs1, &mut map);
        assert_eq!(p1, "[PERSON_1] saw [PERSON_2]; [PERSON_1] left.");
        let t2 = "MRN 1234567 for Bob";
        let fs2 = vec![f("phi.mrn", 4, 11), f("pii.person_name", 16, 19)];
        let p2 = pseudonymize(t2, &fs2, &mut map);
        assert_eq!(p2, "MRN [MRN_1] for [PERSON_2]");
        assert_eq!(map.reidentify(&p1), t1);
        assert_eq!(map.reidentify("[PERSON_2] and [PERSON_9] [x"), "Bob and [PERSON_9] [x");
        assert_eq!(map.original("[MRN_1]"), Some("1234567"));
        assert_eq!(map.len(), 3);
        let dbg = format!("{map:?}");
        assert!(!dbg.contains("Ann") && !dbg.contains("1234567"));
    }
}
