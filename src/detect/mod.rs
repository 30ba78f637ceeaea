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
//! 0. the text's bytes are classified once into a byte map (`bytes.rs`:
//!    digits, ASCII letters, non-ASCII bytes, `@` and `-` as 64-byte
//!    bitmaps) that every word pass below steps over;
//! 1. site terms (one case-insensitive word-keyed dictionary, word
//!    boundaries) and site regexes (one `RegexSet` pass, then only the matching
//!    patterns) add `custom.*` findings, first, so that the passes below know
//!    where they end;
//! 2. one pass over the words of the text looks up every built-in keyword
//!    (context words, honorifics, role words, month names, privilege
//!    phrases) and records *where* keyword-driven recognisers run;
//! 3. one pass over ASCII words hands digit-bearing words, capitalised words
//!    and words that may start a vendor prefix or URL scheme to the shape
//!    recognisers (numbers, identifiers, names, secrets), which validate
//!    check digits and look up context hits from step 1 in a proximity
//!    window; `@` and `-----BEGIN` start the email and PEM recognisers; a
//!    number glued by a dash, dot or slash to a finding's end starts a new
//!    value;
//! 4. allow-listed values are dropped, findings below the minimum score are
//!    dropped, and overlaps are resolved deterministically
//!    (see [`resolve_overlaps`]).
//!
//! See `docs/detection.md` for the catalogue of classes and recognisers.

mod bytes;
mod dictionary;
mod names;
mod recognizers;
mod records;
mod redact;
mod repeats;
mod report;
mod site;
pub mod validators;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

pub use redact::{MaskStyle, PseudonymMap, class_label, mask, mask_styled, mask_with, pseudonymize};
pub use repeats::REPEAT_RECOGNIZER;
pub use report::{JsonlError, ScanStats, TableOptions, render_table, render_table_with, scan_jsonl, scan_jsonl_with};

/// The class of a person's name, whose words are also looked for alone
/// once the name is found (see [`repeats`]).
const PERSON_NAME: &str = "pii.person_name";

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
    pub class: ClassName,
    /// Byte offset of the first byte (on a UTF-8 character boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a UTF-8 character boundary).
    pub end: usize,
    /// Confidence in `0.0..=1.0`.
    pub score: f32,
    /// Stable recogniser id, e.g. `us_ssn`, `site_terms`.
    pub recognizer: &'static str,
}

impl Finding {
    /// The byte range of the finding.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// A class name as a [`Finding`] carries it. Built-in names are static
/// strings and site names are shared, so producing a finding allocates
/// nothing. Compares, hashes, orders and serialises exactly like the string.
#[derive(Clone)]
pub struct ClassName(NameRepr);

#[derive(Clone)]
enum NameRepr {
    Static(&'static str),
    Shared(Arc<str>),
}

impl ClassName {
    /// A name known at compile time.
    pub const fn from_static(name: &'static str) -> ClassName {
        ClassName(NameRepr::Static(name))
    }

    /// Any name; a built-in class name becomes the static one.
    pub fn new(name: &str) -> ClassName {
        match CLASSES.iter().find(|c| **c == name) {
            Some(c) => ClassName::from_static(c),
            None => ClassName(NameRepr::Shared(Arc::from(name))),
        }
    }

    /// The name as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            NameRepr::Static(s) => s,
            NameRepr::Shared(s) => s,
        }
    }
}

impl std::ops::Deref for ClassName {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ClassName {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for ClassName {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for ClassName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for ClassName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for ClassName {
    fn eq(&self, other: &ClassName) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ClassName {}

impl PartialOrd for ClassName {
    fn partial_cmp(&self, other: &ClassName) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ClassName {
    fn cmp(&self, other: &ClassName) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for ClassName {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for ClassName {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ClassName {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for ClassName {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<ClassName> for &str {
    fn eq(&self, other: &ClassName) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<ClassName> for String {
    fn eq(&self, other: &ClassName) -> bool {
        self.as_str() == other.as_str()
    }
}

impl From<&str> for ClassName {
    fn from(name: &str) -> ClassName {
        ClassName::new(name)
    }
}

impl From<String> for ClassName {
    fn from(name: String) -> ClassName {
        ClassName::new(&name)
    }
}

impl From<ClassName> for String {
    fn from(name: ClassName) -> String {
        name.as_str().to_owned()
    }
}

impl Serialize for ClassName {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
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

/// A candidate's class: a built-in name, or one of the site detectors' names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum CandidateClass<'d> {
    Builtin(&'static str),
    Site(&'d ClassName),
}

impl CandidateClass<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            CandidateClass::Builtin(s) => s,
            CandidateClass::Site(c) => c.as_str(),
        }
    }

    fn to_name(self) -> ClassName {
        match self {
            CandidateClass::Builtin(s) => ClassName::from_static(s),
            CandidateClass::Site(c) => c.clone(),
        }
    }
}

/// Internal candidate before allow-listing and overlap resolution.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate<'d> {
    pub class: CandidateClass<'d>,
    pub recognizer: &'static str,
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
    // Kept out of line: a call costs nothing next to a scan, the callers
    // stay small, and profiles have one function to count a scan by.
    #[inline(never)]
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        #[cfg(test)]
        test_fault::check(text);
        // A byte search by SIMD: the thorn is rare, and looking for it costs
        // a few hundred instructions on a 4 KB prompt.
        if memchr::memmem::find(text.as_bytes(), "\u{fe}".as_bytes()).is_some()
            && let Some(plain) = load_file_rows_unquoted(text)
        {
            // The same bytes at the same offsets, bar the quotes: a finding
            // never starts or ends inside one, but keep the promise of
            // character boundaries on the caller's text regardless.
            let mut found = with_scratch(|scratch| self.scan_with(&plain, scratch));
            found.retain(|f| text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            return found;
        }
        with_scratch(|scratch| self.scan_with(text, scratch))
    }

    fn scan_with(&self, text: &str, scratch: &mut Scratch) -> Vec<Finding> {
        // Dense texts produce about one candidate per 40 bytes.
        let mut cands: Vec<Candidate<'_>> = Vec::with_capacity(16 + text.len() / 32);
        let Scratch { map, words, builtin } = scratch;
        map.fill(text.as_bytes());
        match &self.builtin {
            Some(_) => words.fill(text.as_bytes(), map, recognizers::may_need_word_pass),
            None => words.fill(text.as_bytes(), map, |_| false),
        }
        // Site findings come first: the built-in word pass asks where the
        // findings so far end, so that a number glued to a site term by a
        // dash ("M-123456-91 yrs") starts a new value, as it would once the
        // term is masked.
        self.site.scan(text, words, &mut cands);
        if let Some(b) = &self.builtin {
            b.scan(text, map, words, builtin, &mut cands);
        }
        let min = self.min_score;
        cands.retain(|c| {
            c.score >= min
                && c.start < c.end
                && text.is_char_boundary(c.start)
                && text.is_char_boundary(c.end)
                && !self.allow.allows(&text[c.start..c.end])
        });
        resolve_overlaps(text, &mut cands);
        self.add_repeats(text, map, &mut cands);
        cands
            .into_iter()
            .map(|c| Finding {
                class: c.class.to_name(),
                start: c.start,
                end: c.end,
                score: c.score,
                recognizer: c.recognizer,
            })
            .collect()
    }
}

/// A load file's rows (Concordance's DAT, as eDiscovery tools export and
/// import it) quote every field with "þ" and part fields with "¶" or the
/// control byte 0x14: `þQuinlan, Harriet A.þ¶þhquinlan@example.orgþ`. The
/// thorn is a letter, so a value beside it would be glued to a word and
/// never stand alone. Returns `text` with each thorn on such a row (a line
/// that starts with one and holds a separator between two) written as two
/// spaces and each separator as a tab and a space, so that every offset
/// stays where it was; `None` when no row is one.
fn load_file_rows_unquoted(text: &str) -> Option<String> {
    const QUOTE: &str = "þ";
    let is_row = |line: &str| line.starts_with(QUOTE) && (line.contains("þ¶þ") || line.contains("þ\u{14}þ"));
    if !text.split('\n').any(is_row) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if is_row(line) {
            for c in line.chars() {
                match c {
                    'þ' => out.push_str("  "),
                    '¶' => out.push_str("\t "),
                    '\u{14}' => out.push('\t'),
                    c => out.push(c),
                }
            }
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// The buffers a scan needs only while it runs (the byte map, the words, the
/// built-in pass's hits), kept per thread so that scanning many short texts,
/// as response inspection does, does not allocate them every time. They hold
/// positions, class bitmaps and word hashes of the last text, not its bytes.
#[derive(Default)]
struct Scratch {
    map: bytes::ByteMap,
    words: dictionary::Words,
    builtin: recognizers::ScanBuffers,
}

impl Scratch {
    fn capacity_bytes(&self) -> usize {
        self.map.capacity_bytes() + self.words.capacity_bytes() + self.builtin.capacity_bytes()
    }
}

/// A thread keeps its scan buffers only while they are at most this large
/// (about 5 bytes per byte of text: texts up to some 800 KB); after a
/// larger text they are freed.
const SCRATCH_KEEP_BYTES: usize = 4 << 20;

/// A fault the crate's own tests inject to hold the gateway to failing
/// closed when the detector panics. Compiled into test builds only.
#[cfg(test)]
pub(crate) mod test_fault {
    /// A text holding this makes [`super::Detector::scan`] panic.
    pub(crate) const PANIC: &str = "cordon-test-fault:detector-panics";

    pub(crate) fn check(text: &str) {
        if text.contains(PANIC) {
            panic!("injected detector fault in a text of {} bytes", text.len());
        }
    }
}

thread_local! {
    static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
}

/// Runs `f` with this thread's scan buffers, and keeps them afterwards
/// unless they grew past [`SCRATCH_KEEP_BYTES`]. They are taken, not
/// borrowed: a scan started inside `f` (none is today) would get empty
/// buffers rather than a panic, and a panic inside `f` only loses them.
fn with_scratch<T>(f: impl FnOnce(&mut Scratch) -> T) -> T {
    let mut scratch = SCRATCH.take();
    let out = f(&mut scratch);
    if scratch.capacity_bytes() <= SCRATCH_KEEP_BYTES {
        SCRATCH.set(scratch);
    }
    out
}

impl Detector {
    /// Adds every other whole-word occurrence of a found value (see
    /// [`repeats`]) to `cands` (sorted by start, disjoint), keeping it so.
    fn add_repeats<'d>(&self, text: &str, map: &bytes::ByteMap, cands: &mut Vec<Candidate<'d>>) {
        if cands.is_empty() {
            return;
        }
        let b = text.as_bytes();
        let mut known = repeats::KnownValues::with_capacity(3 * cands.len());
        known.extend(cands.iter().enumerate().map(|(i, c)| (&b[c.start..c.end], i)));
        self.add_name_parts(
            &mut known,
            cands.iter().enumerate().map(|(i, c)| (&b[c.start..c.end], i, c.class.as_str())),
        );
        if known.is_empty() {
            return;
        }
        let taken: Vec<(usize, usize)> = cands.iter().map(|c| (c.start, c.end)).collect();
        let mut extra = Vec::new();
        self.each_repeat(text, map, &known, &taken, |start, end, i| {
            extra.push(Candidate { start, end, recognizer: repeats::REPEAT_RECOGNIZER, ..cands[i] });
        });
        if !extra.is_empty() {
            cands.extend(extra);
            // Two sorted runs: a stable sort merges them.
            cands.sort_by_key(|c| c.start);
        }
    }

    /// Extends the findings of several texts scanned on their own (the
    /// fields of one request) with every whole-word occurrence, in any of
    /// the texts, of a value found in any of them: a name found in the
    /// system prompt is also a finding where the user's message repeats it
    /// without context. `findings[i]` must be what [`Detector::scan`]
    /// returned for `texts[i]`; each stays sorted and disjoint. Added
    /// findings carry the class and score of the value's first finding and
    /// the recogniser id [`REPEAT_RECOGNIZER`].
    pub fn add_repeats_across(&self, texts: &[&str], findings: &mut [Vec<Finding>]) {
        // In text order, so a value's first finding is the first given: the
        // one whose class and score its repeats take.
        let mut known: Vec<(&str, Finding)> = Vec::new();
        for (text, found) in texts.iter().zip(findings.iter()) {
            for f in found {
                if let Some(value) = text.get(f.start..f.end) {
                    known.push((value, f.clone()));
                }
            }
        }
        let known: Vec<(&str, &Finding)> = known.iter().map(|(v, f)| (*v, f)).collect();
        for (text, found) in texts.iter().zip(findings.iter_mut()) {
            self.add_repeats_of(&known, text, found);
        }
    }

    /// Adds to `found` (what [`Detector::scan`] returned for `text`, or
    /// that extended) every whole-word occurrence in `text` of a `known`
    /// value (the value and one of its findings, from any text) that
    /// overlaps no finding already there. An added finding takes the class
    /// and score of the first `known` entry for its value, and the
    /// recogniser id [`REPEAT_RECOGNIZER`]. `found` stays sorted and
    /// disjoint.
    pub fn add_repeats_of(&self, known: &[(&str, &Finding)], text: &str, found: &mut Vec<Finding>) {
        let mut values = repeats::KnownValues::new(known.iter().enumerate().map(|(i, (v, _))| (v.as_bytes(), i)));
        self.add_name_parts(
            &mut values,
            known.iter().enumerate().map(|(i, (v, f))| (v.as_bytes(), i, f.class.as_str())),
        );
        if values.is_empty() {
            return;
        }
        let taken: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        let before = found.len();
        with_scratch(|scratch| {
            scratch.map.fill(text.as_bytes());
            self.each_repeat(text, &scratch.map, &values, &taken, |start, end, i| {
                found.push(Finding { start, end, recognizer: repeats::REPEAT_RECOGNIZER, ..known[i].1.clone() });
            });
        });
        if found.len() > before {
            found.sort_by_key(|f| f.start);
        }
    }

    /// Adds the words of every person's name among `values` (value, the
    /// caller's index, class) to `known`, to be found alone as well (see
    /// [`repeats::KnownValues::add_name_parts`]). Only the built-in
    /// recognisers find names, so without them there are none.
    fn add_name_parts<'v>(
        &'v self,
        known: &mut repeats::KnownValues<'v>,
        values: impl Iterator<Item = (&'v [u8], usize, &'v str)>,
    ) {
        let Some(builtin) = &self.builtin else { return };
        for (value, index, class) in values {
            if class == PERSON_NAME {
                known.add_name_parts(value, index, builtin.names());
            }
        }
    }

    /// Calls `add(start, end, index)` for each occurrence [`repeats::KnownValues::find`]
    /// reports that is on character boundaries and not allow-listed.
    fn each_repeat(
        &self,
        text: &str,
        map: &bytes::ByteMap,
        values: &repeats::KnownValues<'_>,
        taken: &[(usize, usize)],
        mut add: impl FnMut(usize, usize, usize),
    ) {
        values.find(text.as_bytes(), map, taken, |start, end, i| {
            if text.is_char_boundary(start) && text.is_char_boundary(end) && !self.allow.allows(&text[start..end]) {
                add(start, end, i);
            }
        });
    }
}

/// Ranking for overlap resolution: priority desc, score desc, length desc,
/// start asc, class asc, recogniser asc.
fn rank(a: &Candidate<'_>, b: &Candidate<'_>) -> std::cmp::Ordering {
    b.priority
        .cmp(&a.priority)
        .then(b.score.total_cmp(&a.score))
        .then((b.end - b.start).cmp(&(a.end - a.start)))
        .then(a.start.cmp(&b.start))
        .then_with(|| a.class.as_str().cmp(b.class.as_str()))
        .then_with(|| a.recognizer.cmp(b.recognizer))
}

/// Resolves overlapping candidates deterministically, in place: candidates
/// are ranked by [`rank`] and each is accepted unless it overlaps an already
/// accepted one. The result is sorted by start. Identical input always gives
/// identical output.
///
/// Candidates are first cut into clusters of transitively overlapping spans
/// (sorted by start, a cluster ends where no earlier span reaches). A
/// candidate can only clash with candidates of its own cluster, so ranking
/// each cluster on its own accepts exactly what ranking all candidates
/// together would, and the common case, a cluster of one, costs nothing.
/// Within a cluster, accepted bytes are marked in a bitmap of the cluster's
/// span, so each check costs the candidate's length / 64 words, however many
/// candidates the cluster holds.
fn resolve_overlaps(text: &str, cands: &mut Vec<Candidate<'_>>) {
    // Candidates with the same span always share a cluster, and ranking
    // within a cluster is a total order, so ties here need no ordering.
    // Candidates are 64 bytes: beyond a few, their spans and places are
    // sorted instead, and the candidates moved once.
    if cands.len() <= 32 {
        cands.sort_by_key(|c| (c.start, c.end));
    } else if !cands.is_sorted_by_key(|c| (c.start, c.end)) {
        *cands = sorted_by_span(cands);
    }
    let n = cands.len();
    let mut kept = 0;
    let mut i = 0;
    let mut cluster: Vec<Candidate<'_>> = Vec::new();
    let mut taken = Coverage::default();
    let mut remnants = Vec::new();
    while i < n {
        let base = cands[i].start;
        let mut reach = cands[i].end;
        let mut j = i + 1;
        while j < n && cands[j].start < reach {
            reach = reach.max(cands[j].end);
            j += 1;
        }
        if j == i + 1 {
            cands[kept] = cands[i];
            kept += 1;
        } else {
            // The cluster is copied out, so its slots (at or after `kept`) can be reused.
            cluster.clear();
            cluster.extend_from_slice(&cands[i..j]);
            cluster.sort_unstable_by(rank);
            taken.reset(reach - base);
            let first = kept;
            let mut lost_url = None;
            for c in &cluster {
                if !taken.any(c.start - base, c.end - base) {
                    taken.set(c.start - base, c.end - base);
                    cands[kept] = *c;
                    kept += 1;
                } else if lost_url.is_none() && is_url(c) {
                    lost_url = Some(*c);
                }
            }
            cands[first..kept].sort_unstable_by_key(|c| c.start);
            if let Some(url) = lost_url {
                remnants.extend(url_remnants(text, &url, &cands[first..kept]));
            }
        }
        i = j;
    }
    cands.truncate(kept);
    if !remnants.is_empty() {
        cands.extend(remnants);
        cands.sort_unstable_by_key(|c| c.start);
    }
}

/// Whether a candidate is a URL, whose parts outside the findings inside it
/// are kept when it loses to them ([`url_remnants`]).
fn is_url(c: &Candidate<'_>) -> bool {
    matches!(c.class, CandidateClass::Builtin("pii.url"))
}

/// The parts of a URL that lost its overlap to findings inside it (an MRN
/// or a name in its query: "https://portal.example.org/chart?mrn=4412378&name=Ellen+Ortiz"),
/// as URL findings of their own, so that masking leaves no part of the URL
/// behind: without them, what the inner findings do not cover (the host,
/// the path, a second word of a name the name rules did not take) would be
/// sent as it is. Only a URL whose every overlapping winner lies inside it
/// leaves pieces (one that a winner crosses was no URL there), and only
/// pieces with a letter or a digit. `won`: the cluster's accepted
/// candidates, sorted by start.
fn url_remnants<'d>(text: &str, url: &Candidate<'d>, won: &[Candidate<'d>]) -> Vec<Candidate<'d>> {
    let inside = |c: &Candidate<'_>| c.start >= url.start && c.end <= url.end;
    let overlapping = |c: &&Candidate<'_>| c.start < url.end && c.end > url.start;
    if !won.iter().filter(overlapping).all(inside) {
        return Vec::new();
    }
    let mut pieces = Vec::new();
    let mut at = url.start;
    let gaps = won.iter().filter(overlapping).map(|c| (c.start, c.end)).chain([(url.end, url.end)]);
    for (s, e) in gaps {
        let piece = &text.as_bytes()[at..s];
        if piece.iter().any(u8::is_ascii_alphanumeric) {
            pieces.push(Candidate { start: at, end: s, ..*url });
        }
        at = e;
    }
    pieces
}

/// `cands` sorted by (start, end), ties in their given order. Sorts the
/// spans and places rather than the 64-byte candidates: packed into one
/// `u64` each (start, end, place) where they fit, which is every text under
/// 16 MiB with fewer than 65,536 candidates, else as tuples.
fn sorted_by_span<'d>(cands: &[Candidate<'d>]) -> Vec<Candidate<'d>> {
    let fits = cands.iter().all(|c| c.end < 1 << 24) && cands.len() < 1 << 16;
    if fits {
        let mut order: Vec<u64> =
            cands.iter().enumerate().map(|(i, c)| (c.start as u64) << 40 | (c.end as u64) << 16 | i as u64).collect();
        order.sort_unstable();
        order.iter().map(|&k| cands[(k & 0xFFFF) as usize]).collect()
    } else {
        let mut order: Vec<(usize, usize, usize)> =
            cands.iter().enumerate().map(|(i, c)| (c.start, c.end, i)).collect();
        order.sort_unstable();
        order.iter().map(|&(_, _, i)| cands[i]).collect()
    }
}

/// One bit per byte of a cluster's span: which bytes an accepted candidate covers.
#[derive(Default)]
struct Coverage {
    words: Vec<u64>,
}

impl Coverage {
    /// Clears the map and sizes it for `len` bytes.
    fn reset(&mut self, len: usize) {
        self.words.clear();
        self.words.resize(len.div_ceil(64), 0);
    }

    /// Is any byte of `s..e` (non-empty, within the span) covered?
    fn any(&self, s: usize, e: usize) -> bool {
        (s / 64..e.div_ceil(64)).any(|w| self.words[w] & bytes::span_bits(w, s, e) != 0)
    }

    fn set(&mut self, s: usize, e: usize) {
        for w in s / 64..e.div_ceil(64) {
            self.words[w] |= bytes::span_bits(w, s, e);
        }
    }
}

/// Class → number of findings.
pub fn summarize(findings: &[Finding]) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in findings {
        match m.get_mut(f.class.as_str()) {
            Some(n) => *n += 1,
            None => {
                m.insert(f.class.to_string(), 1);
            }
        }
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
        d.scan(t).into_iter().map(|f| (f.class.to_string(), t[f.start..f.end].to_string())).collect()
    }

    #[test]
    fn detector_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Detector>();
    }

    fn spans(found: &[Finding]) -> Vec<(String, usize, usize, String, &'static str)> {
        found.iter().map(|f| (f.class.to_string(), f.start, f.end, f.score.to_string(), f.recognizer)).collect()
    }

    #[test]
    fn a_scan_leaves_nothing_behind_for_the_next() {
        // The thread's buffers are reused: a short text scanned after a long
        // one must give what it gives on a thread that never scanned.
        let long = "Patient Maria Nguyen, DOB 03/14/1962, SSN 536-22-1234, MRN 12345678, \
                    email maria@example.org, card 4111 1111 1111 1111. "
            .repeat(300);
        let short = ["Call 617-555-0100 about MRN 7654321.", "Dr. Ann Lee", "", "x", "10.1.2.3-10.1.2.9"];
        let fresh: Vec<_> = std::thread::spawn(move || {
            let d = Detector::builtin().unwrap();
            short.iter().map(|t| spans(&d.scan(t))).collect()
        })
        .join()
        .unwrap();
        let d = Detector::builtin().unwrap();
        assert!(!d.scan(&long).is_empty());
        for (t, want) in short.iter().zip(&fresh) {
            assert_eq!(&spans(&d.scan(t)), want, "{t:?}");
            assert!(!d.scan(&long[..long.len() / 3]).is_empty());
            // Extending findings across texts reuses the byte map as well.
            let texts = [t, &long[..long.len() / 2]];
            let mut found: Vec<Vec<Finding>> = texts.iter().map(|x| d.scan(x)).collect();
            d.add_repeats_across(&texts, &mut found);
            assert_eq!(&spans(&d.scan(t)), want, "{t:?} after repeats across texts");
        }
        assert!(!fresh[0].is_empty() && !fresh[1].is_empty());
    }

    #[test]
    fn scan_buffers_are_kept_only_up_to_the_limit() {
        let kept = || {
            SCRATCH.with(|c| {
                let s = c.take();
                let n = s.capacity_bytes();
                c.set(s);
                n
            })
        };
        std::thread::spawn(move || {
            let d = Detector::builtin().unwrap();
            assert_eq!(kept(), 0);
            d.scan("Patient Maria Nguyen, MRN 12345678");
            assert!(kept() > 0);
            // About 4 bytes of buffer per byte of this text: twice the limit.
            let huge = "Maria 12345678 ".repeat(SCRATCH_KEEP_BYTES / 30);
            d.scan(&huge);
            assert_eq!(kept(), 0, "buffers over the limit are freed");
            d.scan("MRN 12345678");
            assert!(kept() > 0 && kept() <= SCRATCH_KEEP_BYTES);
        })
        .join()
        .unwrap();
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
        let cand = |class: &'static str, start, end, score, priority| Candidate {
            class: CandidateClass::Builtin(class),
            recognizer: class,
            start,
            end,
            score,
            priority,
        };
        let mut r = vec![cand("a", 0, 10, 0.9, 1), cand("b", 5, 12, 0.6, 3), cand("c", 12, 14, 0.6, 0)];
        resolve_overlaps("", &mut r);
        assert_eq!(r.iter().map(|c| c.class.as_str()).collect::<Vec<_>>(), vec!["b", "c"]);
    }

    /// The ranking applied to all candidates at once, one ordered-map check
    /// per candidate: what the clustered resolution must reproduce.
    fn resolve_globally(mut cands: Vec<Candidate<'_>>) -> Vec<(usize, usize, String)> {
        cands.sort_by(rank);
        let mut accepted: BTreeMap<usize, Candidate<'_>> = BTreeMap::new();
        for c in cands {
            let clash_left = accepted.range(..=c.start).next_back().is_some_and(|(_, a)| a.end > c.start);
            let clash_right = accepted.range(c.start..c.end).next().is_some();
            if !clash_left && !clash_right {
                accepted.insert(c.start, c);
            }
        }
        accepted.into_values().map(|c| (c.start, c.end, c.class.as_str().to_owned())).collect()
    }

    proptest::proptest! {
        #[test]
        fn span_sort_is_a_stable_sort_by_span(
            spans in proptest::collection::vec((0usize..64, 1usize..8, 0usize..3), 0..80),
            far in proptest::bool::ANY,
        ) {
            // `far` puts the spans past 16 MiB, where the packed keys do not fit.
            let base = if far { 1 << 24 } else { 0 };
            const NAMES: [&str; 3] = ["a", "b", "c"];
            let cands: Vec<Candidate<'_>> = spans
                .iter()
                .map(|&(start, len, name)| Candidate {
                    class: CandidateClass::Builtin(NAMES[name]),
                    recognizer: NAMES[name],
                    start: base + start,
                    end: base + start + len,
                    score: 0.5,
                    priority: 1,
                })
                .collect();
            let mut expected = cands.clone();
            expected.sort_by_key(|c| (c.start, c.end));
            let key = |c: &Candidate<'_>| (c.start, c.end, c.recognizer);
            let got: Vec<_> = sorted_by_span(&cands).iter().map(key).collect();
            proptest::prop_assert_eq!(got, expected.iter().map(key).collect::<Vec<_>>());
        }

        #[test]
        fn clustered_resolution_matches_global_ranking(
            spans in proptest::collection::vec((0usize..300, 1usize..40, 0u8..4, 0u8..4, 0usize..3), 0..120)
        ) {
            const NAMES: [&str; 3] = ["pii.ssn", "phi.mrn", "pii.phone"];
            let cands: Vec<Candidate<'_>> = spans
                .iter()
                .map(|&(start, len, priority, score, name)| Candidate {
                    class: CandidateClass::Builtin(NAMES[name]),
                    recognizer: NAMES[name],
                    start,
                    end: start + len,
                    score: f32::from(score) / 4.0,
                    priority,
                })
                .collect();
            let expected = resolve_globally(cands.clone());
            let mut got = cands;
            resolve_overlaps("", &mut got);
            let got: Vec<(usize, usize, String)> =
                got.iter().map(|c| (c.start, c.end, c.class.as_str().to_owned())).collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }

    #[test]
    fn a_url_that_loses_to_findings_inside_it_is_masked_around_them() {
        let d = Detector::builtin().unwrap();
        let t = "Open https://portal.example-health.org/chart?mrn=4412378&name=Ellen+Ortiz today.";
        let f = d.scan(t);
        let got: Vec<(&str, &str)> = f.iter().map(|f| (f.class.as_str(), &t[f.start..f.end])).collect();
        assert!(got.contains(&("phi.mrn", "4412378")), "{got:?}");
        assert!(got.contains(&("pii.url", "https://portal.example-health.org/chart?mrn=")), "{got:?}");
        let masked = mask(t, &f);
        for leak in ["portal", "Ortiz", "4412378", "mrn="] {
            assert!(!masked.contains(leak), "{leak} left in {masked}");
        }
        assert!(masked.starts_with("Open [URL]") && masked.ends_with(" today."), "{masked}");
        // A URL with nothing inside it that ranks higher is one finding.
        let t = "See https://portal.example.org/results/246995 now.";
        let f = d.scan(t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&t[f[0].start..f[0].end], "https://portal.example.org/results/246995");
        // Pieces without a letter or a digit are left ("+" between two
        // winners), and a URL that a winner crosses leaves none.
        let t = "https://x.org/?q=Ann+Lee";
        let cand = |class: &'static str, start, end| Candidate {
            class: CandidateClass::Builtin(class),
            recognizer: "test",
            start,
            end,
            score: 0.9,
            priority: 2,
        };
        let url = cand("pii.url", 0, t.len());
        let won = [cand("pii.person_name", 17, 20), cand("pii.person_name", 21, 24)];
        let pieces: Vec<&str> = url_remnants(t, &url, &won).iter().map(|c| &t[c.start..c.end]).collect();
        assert_eq!(pieces, ["https://x.org/?q="]);
        let crossing = [cand("pii.person_name", 17, 30)];
        assert!(url_remnants("https://x.org/?q=Ann+Lee and more", &url, &crossing).is_empty());
    }

    #[test]
    fn a_value_found_once_is_found_everywhere_in_the_text() {
        let d = Detector::builtin().unwrap();
        let t = "Passport no. 912345678 was renewed. The applicant brought two photographs and the old booklet \
                 to the office on the morning of the appointment, and the clerk checked each page before \
                 stamping it. Copy of 912345678 attached; ref 9123456789.";
        let found = d.scan(t);
        let got: Vec<(&str, &str, &str)> =
            found.iter().map(|f| (f.class.as_str(), &t[f.start..f.end], f.recognizer)).collect();
        assert_eq!(
            got,
            vec![
                ("pii.us_passport", "912345678", "us_passport_context"),
                ("pii.us_passport", "912345678", REPEAT_RECOGNIZER),
            ]
        );
        assert_eq!(found[1].score, found[0].score);
        // Masking leaves neither occurrence, and the longer number alone.
        let masked = mask(t, &found);
        assert_eq!(masked.matches("[US_PASSPORT]").count(), 2);
        assert_eq!(masked.matches("912345678").count(), 1);
        assert!(masked.ends_with("ref 9123456789."));
        // Without the context, neither is found.
        assert!(d.scan(&t[t.find("The applicant").unwrap()..]).is_empty());
    }

    #[test]
    fn a_name_s_words_are_found_alone_where_capitalised() {
        let d = Detector::builtin().unwrap();
        let t = "RE: Okonkwo v. Sterling. Our client, Chidi Okonkwo, wants to hold. Tell Chidi. \
                 Dr. Julia Baker reviewed it; the baker came at noon, and Baker agreed. \
                 Patient Will Hargreaves said: Will you call? Hargreaves left.";
        let got: Vec<(&str, &str)> =
            d.scan(t).iter().filter(|f| f.class == PERSON_NAME).map(|f| (&t[f.start..f.end], f.recognizer)).collect();
        assert_eq!(
            got,
            vec![
                ("Okonkwo", REPEAT_RECOGNIZER),
                ("Chidi Okonkwo", "name_lexicon"),
                ("Chidi", REPEAT_RECOGNIZER),
                ("Julia Baker", "name_honorific"),
                ("Baker", REPEAT_RECOGNIZER),
                ("Will Hargreaves", "name_lexicon"),
                ("Hargreaves", REPEAT_RECOGNIZER),
            ],
            "lower case \"baker\" and the ambiguous \"Will\" are not repeats"
        );
        // Across the fields of a request as well.
        let texts = ["Client: Chidi Okonkwo", "Draft a letter to Okonkwo."];
        let mut found: Vec<Vec<Finding>> = texts.iter().map(|t| d.scan(t)).collect();
        assert!(found[1].is_empty());
        d.add_repeats_across(&texts, &mut found);
        let second: Vec<&str> = found[1].iter().map(|f| &texts[1][f.start..f.end]).collect();
        assert_eq!(second, vec!["Okonkwo"]);
        // Typographic quotes, apostrophes and dashes bound the words as
        // ASCII punctuation does; an accented letter does not.
        let t =
            "Patient Maria Garcia was seen. Garcia\u{2019}s chart: \u{201c}Garcia\u{201d}\u{2014}Garcia, \u{e9}Garcia.";
        let got: Vec<&str> = d.scan(t).iter().filter(|f| f.class == PERSON_NAME).map(|f| &t[f.start..f.end]).collect();
        assert_eq!(got, vec!["Maria Garcia", "Garcia", "Garcia", "Garcia"]);
    }

    #[test]
    fn repeats_across_texts_take_the_first_finding_s_class() {
        let d = Detector::builtin().unwrap();
        let texts = [
            "Chart for Dr. Quillon Vasterby, passport no. 912345678.",
            "Tell Quillon Vasterby that 912345678 expired.",
        ];
        let mut found: Vec<Vec<Finding>> = texts.iter().map(|t| d.scan(t)).collect();
        assert!(d.scan(texts[1]).iter().all(|f| f.recognizer != REPEAT_RECOGNIZER));
        let before_first = found[0].clone();
        d.add_repeats_across(&texts, &mut found);
        assert_eq!(found[0], before_first, "the first text's findings are unchanged");
        let second: Vec<(&str, &str)> = found[1]
            .iter()
            .filter(|f| f.recognizer == REPEAT_RECOGNIZER)
            .map(|f| (f.class.as_str(), &texts[1][f.start..f.end]))
            .collect();
        assert_eq!(second, vec![("pii.person_name", "Quillon Vasterby"), ("pii.us_passport", "912345678")]);
        assert!(found[1].windows(2).all(|w| w[0].end <= w[1].start), "sorted and disjoint");
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
            Finding { class: "pii.ssn".into(), start: 0, end: 1, score: 1.0, recognizer: "x" },
            Finding { class: "pii.ssn".into(), start: 2, end: 3, score: 1.0, recognizer: "x" },
            Finding { class: "phi.mrn".into(), start: 4, end: 5, score: 1.0, recognizer: "x" },
        ];
        let s = summarize(&f);
        assert_eq!(s.get("pii.ssn"), Some(&2));
        assert_eq!(s.get("phi.mrn"), Some(&1));
    }
}
