//! Site-specific detectors and allow-lists supplied by the policy.
//!
//! Decides which `custom.*` spans a site's own regexes and term dictionaries
//! produce, and which values are never findings.
//!
//! Terms of every class go into one word-keyed index ([`WordDictionary`]): each
//! term is keyed by a hash of its first word (one-word terms) or of its first
//! two words (longer terms), ASCII-case-insensitively; the scan hashes each
//! word of the text once, probes the index for the word and for the pair it
//! ends, and confirms candidates by comparing bytes, with word boundaries on
//! both sides. Terms only ever match on word boundaries, so a word index loses
//! nothing against an Aho-Corasick automaton, and it builds in linear time:
//! measured on this machine, an Aho-Corasick contiguous NFA over 100,000
//! terms took 0.5–2.5 s for name lists and 14–26 s for syllable-like terms
//! (failure-link construction is superlinear when most suffixes are also
//! prefixes), against tens of milliseconds here; see `docs/detection.md`.
//!
//! Regexes are compiled with size limits so a careless policy pattern cannot
//! exhaust memory, and are screened by one `RegexSet` pass so only patterns
//! that match somewhere are run for spans.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use super::dictionary::WordDictionary;
use super::dictionary::Words;
use super::{Candidate, CandidateClass, ClassName, DetectError, MAX_SITE_PATTERN_LEN};

const SITE_TERM_SCORE: f32 = 0.95;
const SITE_REGEX_SCORE: f32 = 0.9;

/// Site classes are `custom.` followed by lower-case ASCII letters, digits, `_`
/// and further dots, or a built-in class: a hospital's own record-number
/// format is still `phi.mrn`, so every rule about PHI applies to it.
fn valid_class(c: &str) -> bool {
    if super::CLASSES.contains(&c) {
        return true;
    }
    match c.strip_prefix("custom.") {
        Some(rest) => {
            !rest.is_empty()
                && rest.len() <= 64
                && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
                && !rest.starts_with('.')
                && !rest.ends_with('.')
        }
        None => false,
    }
}

fn compile(pattern: &str, limit: usize) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern).size_limit(limit).dfa_size_limit(limit).build()
}

/// Compiled site regexes and term dictionary.
pub(crate) struct SiteDetectors {
    classes: Vec<ClassName>,
    regex_set: Option<RegexSet>,
    regexes: Vec<(usize, Regex)>, // (class index, regex)
    terms: WordDictionary,
}

impl SiteDetectors {
    pub(crate) fn new(
        regexes: &[(String, String)],
        terms: &[(String, Vec<String>)],
        limit: usize,
    ) -> Result<SiteDetectors, DetectError> {
        let mut classes: Vec<ClassName> = Vec::new();
        let mut class_index = |c: &str| -> Result<usize, DetectError> {
            if !valid_class(c) {
                return Err(DetectError::InvalidClass);
            }
            Ok(match classes.iter().position(|x| x == c) {
                Some(i) => i,
                None => {
                    classes.push(ClassName::new(c));
                    classes.len() - 1
                }
            })
        };
        let mut compiled = Vec::with_capacity(regexes.len());
        for (index, (class, pattern)) in regexes.iter().enumerate() {
            let ci = class_index(class)?;
            if pattern.len() > MAX_SITE_PATTERN_LEN {
                return Err(DetectError::PatternTooLong { class: class.clone(), index, limit: MAX_SITE_PATTERN_LEN });
            }
            let re = compile(pattern, limit).map_err(|e| match e {
                regex::Error::CompiledTooBig(_) => DetectError::RegexTooLarge { class: class.clone(), index, limit },
                _ => DetectError::InvalidRegex { class: class.clone(), index },
            })?;
            if re.is_match("") {
                return Err(DetectError::EmptyMatch { class: class.clone(), index });
            }
            compiled.push((ci, re));
        }
        let regex_set = if compiled.is_empty() {
            None
        } else {
            let set_limit = limit.saturating_mul(compiled.len().min(64));
            Some(
                RegexSetBuilder::new(compiled.iter().map(|(_, r)| r.as_str()))
                    .size_limit(set_limit)
                    .dfa_size_limit(set_limit)
                    .build()
                    .map_err(|_| DetectError::RegexTooLarge { class: "custom.*".into(), index: 0, limit: set_limit })?,
            )
        };
        let mut index = WordDictionary::default();
        for (class, list) in terms {
            let ci = class_index(class)?;
            for t in list {
                index.insert(t, ci as u32)?;
            }
        }
        index.seal();
        Ok(SiteDetectors { classes, regex_set, regexes: compiled, terms: index })
    }

    pub(crate) fn term_count(&self) -> usize {
        self.terms.len()
    }

    pub(crate) fn regex_count(&self) -> usize {
        self.regexes.len()
    }

    /// Site term and pattern candidates in `text`, whose [`Words`] are `words`.
    pub(crate) fn scan<'d>(&'d self, text: &str, words: &Words, out: &mut Vec<Candidate<'d>>) {
        if !self.terms.is_empty() {
            self.terms.scan(text.as_bytes(), words, |start, end, ci| {
                out.push(Candidate {
                    class: CandidateClass::Site(&self.classes[ci as usize]),
                    recognizer: "site_terms",
                    start,
                    end,
                    score: SITE_TERM_SCORE,
                    priority: 2,
                });
            });
        }
        if let Some(set) = &self.regex_set {
            for i in set.matches(text).iter() {
                let (ci, re) = &self.regexes[i];
                for m in re.find_iter(text) {
                    if m.start() < m.end() {
                        out.push(Candidate {
                            class: CandidateClass::Site(&self.classes[*ci]),
                            recognizer: "site_regex",
                            start: m.start(),
                            end: m.end(),
                            score: SITE_REGEX_SCORE,
                            priority: 2,
                        });
                    }
                }
            }
        }
    }
}

/// Values and patterns that are never findings.
pub(crate) struct AllowList {
    values: std::collections::HashSet<String>,
    patterns: Vec<Regex>,
}

/// Normal form for allow-list comparison: lower-case alphanumerics only.
fn normalize(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

impl AllowList {
    pub(crate) fn new(values: &[String], patterns: &[String], limit: usize) -> Result<AllowList, DetectError> {
        let values = values.iter().map(|v| normalize(v)).filter(|v| !v.is_empty()).collect();
        let mut compiled = Vec::with_capacity(patterns.len());
        for (index, p) in patterns.iter().enumerate() {
            if p.len() > MAX_SITE_PATTERN_LEN {
                return Err(DetectError::InvalidAllowPattern { index });
            }
            // Anchor so the pattern must cover the whole finding.
            let anchored = format!("^(?:{p})$");
            compiled.push(compile(&anchored, limit).map_err(|_| DetectError::InvalidAllowPattern { index })?);
        }
        Ok(AllowList { values, patterns: compiled })
    }

    /// Whether `value` is never a finding: on the list of values (compared
    /// normalised) or wholly matched by one of the patterns.
    #[inline]
    pub(crate) fn allows(&self, value: &str) -> bool {
        // Inlined so that a policy without allow-lists pays one test per
        // candidate, not a call.
        !(self.values.is_empty() && self.patterns.is_empty()) && self.listed(value)
    }

    fn listed(&self, value: &str) -> bool {
        (!self.values.is_empty() && self.values.contains(&normalize(value)))
            || self.patterns.iter().any(|p| p.is_match(value))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use crate::detect::{DetectError, Detector};

    #[test]
    fn class_names_are_checked() {
        assert_eq!(Detector::builder().site_regex("pii.social", "x").build().err(), Some(DetectError::InvalidClass));
        assert!(Detector::builder().site_regex("phi.mrn", r"\bGH-\d{8}\b").build().is_ok());
        assert_eq!(Detector::builder().site_regex("custom.", "x").build().err(), Some(DetectError::InvalidClass));
        assert!(Detector::builder().site_regex("custom.matter_number", r"\bM-\d{6}\b").build().is_ok());
    }

    #[test]
    fn bad_and_huge_regexes_are_rejected_without_text() {
        let e = Detector::builder().site_regex("custom.x", "(secret").build().err().unwrap();
        assert!(!e.to_string().contains("secret"));
        let e = Detector::builder().site_regex("custom.x", r"\w{1000}\w{1000}").build().err().unwrap();
        assert!(matches!(e, DetectError::RegexTooLarge { .. }), "{e}");
        let e = Detector::builder().site_regex("custom.x", "a*").build().err().unwrap();
        assert!(matches!(e, DetectError::EmptyMatch { .. }));
    }

    #[test]
    fn terms_match_case_insensitively_on_word_boundaries() {
        let d = Detector::builder()
            .builtins(false)
            .site_terms("custom.client_name", ["Acme Holdings".to_string(), "Smith".to_string()])
            .build()
            .unwrap();
        let t = "acme holdings v. Smithson; ACME HOLDINGS and smith.";
        let got: Vec<&str> = d.scan(t).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, vec!["acme holdings", "ACME HOLDINGS", "smith"]);
    }

    #[test]
    fn dictionary_shared_keys_punctuation_and_unicode() {
        let terms = [
            "Maria Gonzalez",
            "Maria Gonzalez-Ruiz",
            "Maria Lopez",
            "AT&T",
            "Zoë Quinn",
            "Smith, Jones & Lee LLP",
            "  # comment",
            "Acme",
            "Acme Holdings",
        ];
        let d = Detector::builder()
            .builtins(false)
            .site_terms("custom.party", terms.iter().map(|t| t.to_string()))
            .build()
            .unwrap();
        assert!(!format!("{d:?}").contains("Gonzalez"));
        let t = "maria lopez, MARIA GONZALEZ-RUIZ and Maria Gonzalez; at&t, Zoë Quinn, Zoëy Quinn, smith, jones & lee llp, Acme Holdings.";
        let fs = d.scan(t);
        let got: Vec<&str> = fs.iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(
            got,
            vec![
                "maria lopez",
                "MARIA GONZALEZ-RUIZ",
                "Maria Gonzalez",
                "at&t",
                "Zoë Quinn",
                "smith, jones & lee llp",
                "Acme Holdings"
            ]
        );
    }

    #[test]
    fn site_regex_and_allow_list() {
        let d = Detector::builder()
            .site_regex("custom.matter_number", r"\bM-\d{6}\b")
            .allow_value("(617) 555-0100")
            .allow_pattern(r"M-000\d{3}")
            .build()
            .unwrap();
        let t = "Matter M-123456 and M-000123; call 617-555-0100 or 617-555-0199.";
        let fs = d.scan(t);
        let got: Vec<(&str, &str)> = fs.iter().map(|f| (f.class.as_str(), &t[f.start..f.end])).collect();
        assert_eq!(got, vec![("custom.matter_number", "M-123456"), ("pii.phone", "617-555-0199")]);
    }
}
