//! Detection of sensitive data (PII, PHI, secrets, legal privilege markers and
//! site-defined classes) in request and response text.
//!
//! The detector decides *what* is in a text and *where*; it never decides what
//! to do about it (that is the policy's job) and it never stores or logs the
//! text. A [`Detector`] is compiled once (built-in recognisers plus the policy's
//! site dictionaries and allow-lists), is `Send + Sync`, and is shared behind an
//! `Arc` by every request.
//!
//! Scanning is a fixed pipeline, chosen so cost grows with the text and not
//! with the number of recognisers:
//!
//! 1. one Aho-Corasick pass over all built-in keywords and literal prefixes
//!    (context words, honorifics, vendor secret prefixes, `@`, `http`, month
//!    names, privilege phrases) records *where* keyword-driven recognisers run;
//! 2. one byte pass over ASCII words hands digit-bearing and capitalised words
//!    to the shape recognisers (numbers, identifiers, names), which validate
//!    check digits and look up context hits from step 1 in a proximity window;
//! 3. site terms (one case-insensitive Aho-Corasick automaton, word
//!    boundaries) and site regexes (one `RegexSet` pass, then only the matching
//!    patterns) add `custom.*` findings;
//! 4. allow-listed values are dropped, findings below the minimum score are
//!    dropped, and overlaps are resolved deterministically
//!    (see [`resolve_overlaps`]).
//!
//! See `docs/detection.md` for the catalogue of classes and recognisers.

mod dictionary;
mod names;
mod recognizers;
mod redact;
mod report;
mod site;
pub mod validators;

use std::collections::BTreeMap;

use serde::Serialize;

pub use redact::{MaskStyle, PseudonymMap, class_label, mask, mask_styled, mask_with, pseudonymize};
pub use report::{JsonlError, ScanStats, TableOptions, render_table, render_table_with, scan_jsonl};

/// Every built-in class name (DESIGN.md, "Data classes"). Site classes are
/// `custom.*` and are not listed here.
pub const CLASSES: &[&str] = &[
    "pii.person_name",
    "pii.ssn",
    "pii.itin",
    "pii.email",
    "pii.phone",
    "pii.street_address",
    "pii.zip_code",
    "pii.date",
    "pii.age_over_89",
    "pii.ip_address",
    "pii.url",
    "pii.mac_address",
    "pii.us_passport",
    "pii.us_driver_license",
    "phi.mrn",
    "phi.mbi",
    "phi.health_plan_id",
    "phi.npi",
    "phi.dea",
    "phi.icd10",
    "fin.credit_card",
    "fin.iban",
    "fin.aba_routing",
    "fin.bank_account",
    "fin.crypto_wallet",
    "id.vin",
    "id.uk_nhs",
    "secret.aws_access_key",
    "secret.github_token",
    "secret.openai_api_key",
    "secret.anthropic_api_key",
    "secret.slack_token",
    "secret.private_key",
    "secret.jwt",
    "secret.generic_api_key",
    "legal.privilege_marker",
];

/// Default minimum score for a candidate to become a finding.
pub const DEFAULT_MIN_SCORE: f32 = 0.5;

/// Default compiled-size limit for one site regex (bytes), and for its lazy DFA cache.
pub const DEFAULT_REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Longest accepted site regex source, in bytes.
pub const MAX_SITE_PATTERN_LEN: usize = 4096;

/// One detected span. Carries no text: only where the value is, what it is,
/// how sure the recogniser is, and which recogniser found it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Dotted class name, e.g. `phi.mrn` or `custom.matter_number`.
    pub class: String,
    /// Byte offset of the first byte (on a UTF-8 character boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a UTF-8 character boundary).
    pub end: usize,
    /// Confidence in `0.0..=1.0`.
    pub score: f32,
    /// Stable recogniser id, e.g. `us_ssn`, `site_terms`.
    pub recognizer: String,
}

impl Finding {
    /// The byte range of the finding.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// Errors building a detector. Messages name classes and pattern positions,
/// never pattern text or terms (a policy author may put a patient's name in a
/// pattern).
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum DetectError {
    /// Site classes must be a built-in class or `custom.<name>` with
    /// lower-case ASCII, digits and `_`.
    #[error("invalid site class name (must be a built-in class or custom.<lowercase_name>)")]
    InvalidClass,
    /// A site regex failed to parse.
    #[error("site regex #{index} for class {class} is not a valid regular expression")]
    InvalidRegex { class: String, index: usize },
    /// A site regex compiles to more than the size limit.
    #[error("site regex #{index} for class {class} exceeds the compiled size limit of {limit} bytes")]
    RegexTooLarge { class: String, index: usize, limit: usize },
    /// A site regex source is longer than [`MAX_SITE_PATTERN_LEN`].
    #[error("site regex #{index} for class {class} is longer than {limit} bytes")]
    PatternTooLong { class: String, index: usize, limit: usize },
    /// A site regex matches the empty string (it would flag every position).
    #[error("site regex #{index} for class {class} matches the empty string")]
    EmptyMatch { class: String, index: usize },
    /// An allow-list pattern failed to parse or is too large.
    #[error("allow-list pattern #{index} is invalid or exceeds the size limit")]
    InvalidAllowPattern { index: usize },
    /// The site term automaton could not be built (too many or too long terms).
    #[error("site term dictionary could not be compiled: {reason}")]
    Dictionary { reason: String },
    /// The built-in keyword automaton failed to build (a bug).
    #[error("built-in recognisers failed to compile: {reason}")]
    Builtin { reason: String },
}

/// A compiled detector. Cheap to share: wrap in `Arc` and call [`Detector::scan`]
/// from any thread.
pub struct Detector {
    builtin: Option<recognizers::Builtin>,
    site: site::SiteDetectors,
    allow: site::AllowList,
    min_score: f32,
}

impl std::fmt::Debug for Detector {
    // Site terms may be patient or client names: print only counts.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("builtin", &self.builtin.is_some())
            .field("site_terms", &self.site.term_count())
            .field("site_regexes", &self.site.regex_count())
            .field("min_score", &self.min_score)
            .finish_non_exhaustive()
    }
}

/// Internal candidate before allow-listing and overlap resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate<'d> {
    pub class: &'d str,
    pub recognizer: &'d str,
    pub start: usize,
    pub end: usize,
    pub score: f32,
    /// Specificity: 3 checksum-validated or vendor-prefixed, 2 structurally
    /// specific, 1 context-dependent, 0 dictionary/weak.
    pub priority: u8,
}

impl Detector {
    /// A detector with every built-in recogniser and no site detectors.
    pub fn builtin() -> Result<Detector, DetectError> {
        Detector::builder().build()
    }

    /// Start configuring a detector (built-ins on, no site detectors).
    pub fn builder() -> DetectorBuilder {
        DetectorBuilder::default()
    }

    /// Scans `text` and returns findings sorted by start offset, with no two
    /// findings overlapping.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let mut cands: Vec<Candidate<'_>> = Vec::new();
        if let Some(b) = &self.builtin {
            b.scan(text, &mut cands);
        }
        self.site.scan(text, &mut cands);
        let min = self.min_score;
        cands.retain(|c| {
            c.score >= min
                && c.start < c.end
                && text.is_char_boundary(c.start)
                && text.is_char_boundary(c.end)
                && !self.allow.allows(&text[c.start..c.end])
        });
        resolve_overlaps(cands)
            .into_iter()
            .map(|c| Finding {
                class: c.class.to_owned(),
                start: c.start,
                end: c.end,
                score: c.score,
                recognizer: c.recognizer.to_owned(),
            })
            .collect()
    }
}

/// Resolves overlapping candidates deterministically: candidates are ranked by
/// (priority desc, score desc, length desc, start asc, class asc, recogniser
/// asc); each is accepted unless it overlaps an already accepted one. The
/// result is sorted by start. Identical input always gives identical output.
fn resolve_overlaps(mut cands: Vec<Candidate<'_>>) -> Vec<Candidate<'_>> {
    cands.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(b.score.total_cmp(&a.score))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(a.class.cmp(b.class))
            .then(a.recognizer.cmp(b.recognizer))
    });
    // Accepted spans keyed by start: each overlap check is two ordered-map
    // lookups, so a large text with many findings stays O(n log n).
    let mut accepted: std::collections::BTreeMap<usize, Candidate<'_>> = std::collections::BTreeMap::new();
    for c in cands {
        let clash_left = accepted.range(..=c.start).next_back().is_some_and(|(_, a)| a.end > c.start);
        let clash_right = accepted.range(c.start..c.end).next().is_some();
        if !clash_left && !clash_right {
            accepted.insert(c.start, c);
        }
    }
    accepted.into_values().collect()
}

/// Class → number of findings.
pub fn summarize(findings: &[Finding]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in findings {
        *m.entry(f.class.clone()).or_insert(0) += 1;
    }
    m
}

/// Configures a [`Detector`]: site regexes and term lists from the policy,
/// allow-lists, limits.
pub struct DetectorBuilder {
    builtins: bool,
    site_regexes: Vec<(String, String)>,
    site_terms: Vec<(String, Vec<String>)>,
    allow_values: Vec<String>,
    allow_patterns: Vec<String>,
    min_score: f32,
    regex_size_limit: usize,
}

impl Default for DetectorBuilder {
    fn default() -> Self {
        DetectorBuilder {
            builtins: true,
            site_regexes: Vec::new(),
            site_terms: Vec::new(),
            allow_values: Vec::new(),
            allow_patterns: Vec::new(),
            min_score: DEFAULT_MIN_SCORE,
            regex_size_limit: DEFAULT_REGEX_SIZE_LIMIT,
        }
    }
}

impl std::fmt::Debug for DetectorBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DetectorBuilder")
            .field("builtins", &self.builtins)
            .field("site_regexes", &self.site_regexes.len())
            .field("site_term_lists", &self.site_terms.len())
            .field("allow_values", &self.allow_values.len())
            .field("allow_patterns", &self.allow_patterns.len())
            .finish_non_exhaustive()
    }
}

impl DetectorBuilder {
    /// Turns the built-in recognisers on (default) or off.
    pub fn builtins(mut self, on: bool) -> Self {
        self.builtins = on;
        self
    }

    /// Adds a site regex for `class` (must be `custom.*`). Findings span the
    /// whole match.
    pub fn site_regex(mut self, class: impl Into<String>, pattern: impl Into<String>) -> Self {
        self.site_regexes.push((class.into(), pattern.into()));
        self
    }

    /// Adds site terms for `class` (must be `custom.*`): matched
    /// ASCII-case-insensitively on word boundaries. Blank lines and lines
    /// starting with `#` are ignored, so a terms file can be passed line by line.
    pub fn site_terms(mut self, class: impl Into<String>, terms: impl IntoIterator<Item = String>) -> Self {
        self.site_terms.push((class.into(), terms.into_iter().collect()));
        self
    }

    /// A value that is never a finding (compared ignoring case and
    /// non-alphanumeric characters, so `(617) 555-0100` also allows
    /// `617.555.0100`).
    pub fn allow_value(mut self, value: impl Into<String>) -> Self {
        self.allow_values.push(value.into());
        self
    }

    /// A regex; a finding whose whole text matches it is dropped.
    pub fn allow_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.allow_patterns.push(pattern.into());
        self
    }

    /// Minimum score for a finding (default [`DEFAULT_MIN_SCORE`]).
    pub fn min_score(mut self, score: f32) -> Self {
        self.min_score = score;
        self
    }

    /// Compiled-size limit per site or allow regex (default [`DEFAULT_REGEX_SIZE_LIMIT`]).
    pub fn regex_size_limit(mut self, bytes: usize) -> Self {
        self.regex_size_limit = bytes;
        self
    }

    /// Compiles everything. Fails on the first invalid class, pattern or
    /// dictionary; error messages never contain pattern text or terms.
    pub fn build(self) -> Result<Detector, DetectError> {
        let builtin = if self.builtins { Some(recognizers::Builtin::new()?) } else { None };
        let site = site::SiteDetectors::new(&self.site_regexes, &self.site_terms, self.regex_size_limit)?;
        let allow = site::AllowList::new(&self.allow_values, &self.allow_patterns, self.regex_size_limit)?;
        Ok(Detector { builtin, site, allow, min_score: self.min_score })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    fn classes(d: &Detector, t: &str) -> Vec<(String, String)> {
        d.scan(t).into_iter().map(|f| (f.class, t[f.start..f.end].to_string())).collect()
    }

    #[test]
    fn detector_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Detector>();
    }

    #[test]
    fn finding_debug_has_no_text() {
        let d = Detector::builtin().unwrap();
        let t = "SSN 536-22-1234";
        let f = d.scan(t);
        assert_eq!(f.len(), 1);
        assert!(!format!("{:?}", f[0]).contains("536"));
    }

    #[test]
    fn overlap_resolution_prefers_priority_then_score() {
        let a = Candidate { class: "a", recognizer: "a", start: 0, end: 10, score: 0.9, priority: 1 };
        let b = Candidate { class: "b", recognizer: "b", start: 5, end: 12, score: 0.6, priority: 3 };
        let c = Candidate { class: "c", recognizer: "c", start: 12, end: 14, score: 0.6, priority: 0 };
        let r = resolve_overlaps(vec![a, b, c]);
        assert_eq!(r.iter().map(|c| c.class).collect::<Vec<_>>(), vec!["b", "c"]);
    }

    #[test]
    fn examples_from_design() {
        let d = Detector::builtin().unwrap();
        let got = classes(&d, "MRN 4412378, 45M, chest pain");
        assert_eq!(got, vec![("phi.mrn".to_string(), "4412378".to_string())]);
    }

    #[test]
    fn many_findings_and_unterminated_keys_stay_fast() {
        let d = Detector::builtin().unwrap();
        let t = "SSN 536-22-1234, card 4111 1111 1111 1111. ".repeat(5000);
        let start = std::time::Instant::now();
        assert_eq!(d.scan(&t).len(), 10_000);
        let pem = "-----BEGIN PRIVATE KEY-----\nMIIB ".repeat(5000);
        assert!(!d.scan(&pem).is_empty());
        // Generous bound for an unoptimised build on a loaded machine.
        assert!(start.elapsed().as_secs() < 30);
    }

    #[test]
    fn summary_counts() {
        let f = vec![
            Finding { class: "pii.ssn".into(), start: 0, end: 1, score: 1.0, recognizer: "x".into() },
            Finding { class: "pii.ssn".into(), start: 2, end: 3, score: 1.0, recognizer: "x".into() },
            Finding { class: "phi.mrn".into(), start: 4, end: 5, score: 1.0, recognizer: "x".into() },
        ];
        let s = summarize(&f);
        assert_eq!(s.get("pii.ssn"), Some(&2));
        assert_eq!(s.get("phi.mrn"), Some(&1));
    }
}
