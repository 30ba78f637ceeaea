//! Fuzzes the scanner, the redactors and the JSONL reader on arbitrary input,
//! asserting properties rather than only "no crash":
//! spans are in bounds, on char boundaries, sorted and disjoint; a second scan
//! gives the same findings; every whole-token occurrence of a found value is
//! covered by a finding; masking leaves none of the detected values
//! detectable; pseudonyms map back to the original text; every JSONL input
//! line gets exactly one output line.
#![no_main]

use std::sync::OnceLock;

use cordon::detect::{Detector, PseudonymMap, pseudonymize, scan_jsonl};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/detect_common/mod.rs"]
mod detect_common;

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

    if let Some((value, at)) = detect_common::uncovered_occurrence(text, &findings) {
        panic!("{value:?} at {at} is not covered by a finding");
    }

    if let Some((value, _)) = detect_common::found_again_after_masking(d, text, &findings) {
        panic!("masked value {value:?} detected again");
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
