//! Fuzzes the scanner, the redactors and the JSONL reader on arbitrary input,
//! asserting properties rather than only "no crash":
//! spans are in bounds, on char boundaries, sorted and disjoint; a second scan
//! gives the same findings; every whole-token occurrence of a found value is
//! covered by a finding; masking leaves none of the detected values
//! detectable; pseudonyms map back to the original text; every JSONL input
//! line gets exactly one output line.
#![no_main]

use std::sync::OnceLock;

use cordon::detect::{Detector, Finding, PseudonymMap, REPEAT_RECOGNIZER, mask, pseudonymize, scan_jsonl};
use libfuzzer_sys::fuzz_target;

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| {
        match Detector::builder()
            .site_terms("custom.client", ["Acme Holdings".to_string(), "Zoë Quinn".to_string()])
            .site_regex("custom.matter", r"\bM-\d{6}\b")
            .build()
        {
            Ok(d) => d,
            Err(e) => panic!("detector failed to build: {e}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let d = detector();
    let findings = d.scan(text);
    let mut prev = 0;
    for f in &findings {
        assert!(f.start < f.end && f.end <= text.len(), "span out of bounds");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end), "span not on char boundary");
        assert!(f.start >= prev, "findings overlap or are unsorted");
        assert!((0.0..=1.0).contains(&f.score));
        prev = f.end;
    }
    assert_eq!(findings, d.scan(text), "scan is not deterministic");

    every_occurrence_is_found(text, &findings);

    let values: Vec<&str> = findings.iter().map(|f| &text[f.start..f.end]).collect();
    let masked = mask(text, &findings);
    for f in d.scan(&masked) {
        assert!(!values.contains(&&masked[f.start..f.end]), "masked value detected again");
    }

    if !text.contains('[') {
        let mut map = PseudonymMap::new();
        let p = pseudonymize(text, &findings, &mut map);
        assert_eq!(map.reidentify(&p), text, "pseudonyms do not round-trip");
    }

    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    let mut out = Vec::new();
    if let Ok(stats) = scan_jsonl(text.as_bytes(), &mut out, d) {
        assert_eq!(stats.records + stats.errors, lines, "one output per input line");
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), lines);
    }
});

/// Every whole-token occurrence of a found value overlaps a finding, by a
/// naive search with the rules of `src/detect/repeats.rs`: tokens are not
/// joined to a word byte directly or by `_` and a word byte; bytes of a
/// direct (not repeated) finding do not count; and values with fewer than
/// two bytes from their first word byte, or of at most four digits, are not
/// searched for.
fn every_occurrence_is_found(text: &str, f: &[Finding]) {
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
            let before = i > 0
                && ((word(b[i - 1]) && !ends(i)) || (i > 1 && joins(b[i - 1]) && word(b[i - 2]) && !ends(i - 1)));
            let after = end < b.len()
                && ((word(b[end]) && !starts(end))
                    || (end + 1 < b.len() && joins(b[end]) && word(b[end + 1]) && !starts(end + 1)));
            if (word(v[0]) && before) || (word(v[v.len() - 1]) && after) {
                continue;
            }
            assert!(f.iter().any(|y| y.start < end && i < y.end), "an occurrence of a found value is not a finding");
        }
    }
}
