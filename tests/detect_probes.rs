//! The built-in recognisers on documents of genres the labelled corpus
//! lacks (`tests/corpus/probes/*/`): a triage note, a pharmacy chat, a
//! prior-authorisation letter, wire instructions, a court declaration, an
//! incident pasted from chat, a UK referral, an intake form, an e-mail
//! thread, a FHIR log, a trial's adverse-event report, a dictation, a
//! claim appeal, a deposition, a CSV export, a payroll table, a shift
//! handoff, an HL7 message, a Spanish letter, a pasted chat-completions
//! request, a WhatsApp export, a git diff, a CDA document, a Teams
//! thread, a notebook's JSON, vCards and a calendar, voicemail
//! transcripts, a German letter, an SMS gateway's webhook log, a letter
//! from Québec, a claim form, a Portuguese letter, a MIME e-mail, JSON
//! logs, a will, a GEDCOM export, an eDiscovery load file, X12 eligibility
//! files, a LEDES billing file, a NACHA file, a Hungarian probate order,
//! an LDIF export, syslog, an ASTM analyzer's upload, a Polish deed, a
//! mongosh session, a PowerShell transcript and more, each set with its own gold
//! (`gold.jsonl`: every occurrence of a value's text is gold), values left
//! unscored (`ambiguous.jsonl`) and look-alikes (`negatives.jsonl`). A gold
//! occurrence is found when a finding of its class overlaps it; a finding
//! is right when it overlaps a gold occurrence of its class, and unscored
//! when it overlaps only an unscored value.
//! Prints the table with `--nocapture`; `CORDON_PROBES_VERBOSE=1` prints
//! every miss and false alarm.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is the failure report

use std::collections::BTreeMap;
use std::path::Path;

use cordon::detect::Detector;
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    found: usize,
    predicted: usize,
    right: usize,
}

/// Every byte span of `needle` in `hay`.
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    hay.match_indices(needle).map(|(i, m)| (i, i + m.len())).collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Scores one set, adding to `table`; prints misses and false alarms when
/// `verbose`.
fn score_set(d: &Detector, dir: &Path, table: &mut BTreeMap<String, Counts>, verbose: bool) {
    let gold = jsonl(&dir.join("gold.jsonl"));
    let unscored: Vec<Value> = jsonl(&dir.join("ambiguous.jsonl"));
    let mut docs: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("doc") && n.ends_with(".txt"))
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "no documents in {}", dir.display());
    for doc in &docs {
        let text = std::fs::read_to_string(dir.join(doc)).unwrap();
        let mut spans: Vec<(String, (usize, usize))> = Vec::new();
        for g in gold.iter().filter(|g| g["doc"] == doc.as_str()) {
            let value = g["text"].as_str().unwrap();
            let found = occurrences(&text, value);
            assert!(!found.is_empty(), "{doc}: gold {value:?} is not in the text");
            spans.extend(found.into_iter().map(|s| (g["class"].as_str().unwrap().to_string(), s)));
        }
        spans.sort();
        spans.dedup();
        let skip: Vec<(usize, usize)> = unscored
            .iter()
            .filter(|a| a["doc"] == doc.as_str())
            .flat_map(|a| occurrences(&text, a["text"].as_str().unwrap()))
            .collect();
        let findings = d.scan(&text);
        for (class, span) in &spans {
            let c = table.entry(class.clone()).or_default();
            c.gold += 1;
            if findings.iter().any(|f| f.class.as_str() == class && overlaps((f.start, f.end), *span)) {
                c.found += 1;
            } else if verbose {
                println!("MISS  {doc} {class} {:?}", &text[span.0..span.1]);
            }
        }
        for f in &findings {
            let span = (f.start, f.end);
            let on_gold = spans.iter().any(|(_, g)| overlaps(*g, span));
            if !on_gold && skip.iter().any(|&a| overlaps(a, span)) {
                continue;
            }
            let c = table.entry(f.class.to_string()).or_default();
            c.predicted += 1;
            if spans.iter().any(|(class, g)| class == f.class.as_str() && overlaps(*g, span)) {
                c.right += 1;
            } else if verbose {
                println!("FALSE {doc} {} {:?} ({})", f.class, &text[f.start..f.end], f.recognizer);
            }
        }
    }
}

#[test]
fn documents_of_other_genres_keep_their_recall_and_precision() {
    let d = Detector::builtin().unwrap();
    let verbose = std::env::var_os("CORDON_PROBES_VERBOSE").is_some();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/probes");
    let mut table: BTreeMap<String, Counts> = BTreeMap::new();
    let mut sets: Vec<_> = std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).collect();
    sets.sort();
    assert_eq!(sets.len(), 15, "the fifteen sets of tests/corpus/probes");
    for set in &sets {
        score_set(&d, set, &mut table, verbose);
    }
    println!(
        "{:26} {:>5} {:>5} {:>6} {:>6} {:>7} {:>9}",
        "class", "gold", "found", "pred", "right", "recall", "precision"
    );
    let mut all = Counts::default();
    for (class, c) in &table {
        let recall = if c.gold > 0 { c.found as f64 / c.gold as f64 } else { f64::NAN };
        let precision = if c.predicted > 0 { c.right as f64 / c.predicted as f64 } else { f64::NAN };
        println!(
            "{class:26} {:>5} {:>5} {:>6} {:>6} {recall:>7.3} {precision:>9.3}",
            c.gold, c.found, c.predicted, c.right
        );
        all.gold += c.gold;
        all.found += c.found;
        all.predicted += c.predicted;
        all.right += c.right;
    }
    let recall = all.found as f64 / all.gold as f64;
    let precision = all.right as f64 / all.predicted as f64;
    println!("all: recall {recall:.3}, precision {precision:.3}");
    // Floors a little under what the detector reaches, so that losing a
    // handful of values fails: sets A and B gave recall 0.957 and precision
    // 0.991 over 627 gold values when they were added (names 0.940 and
    // 0.995); with set C, whose spoken dictation and nicknames leave more
    // names unfound, 0.941 and 0.990 (names 0.907 and 0.981); with set D
    // (a handoff, an HL7 message, a chat in three scripts, a Spanish
    // letter), 0.931 and 0.978 at its first scan, 0.942 and 0.981 (names
    // 0.915 and 0.979) after the round it led to; with set E (a discharge
    // summary, a pasted chat-completions request, a WhatsApp export, a
    // closing disclosure, a git diff), 0.947 and 0.981 (names 0.921 and
    // 0.984) after the round it led to; with set F (a mail's header block,
    // a CDA document, a Teams thread, a notebook's JSON), 0.944 and 0.977
    // (names 0.920 and 0.982) after the round it led to; with set G
    // (vCards, a calendar, voicemail transcripts, a German letter), 0.947
    // and 0.979 (names 0.926 and 0.983) after the round it led to; with
    // set H (an OCR'd fax, a FHIR bundle, psql output, an SMS webhook log,
    // a letter from Québec, a claim form), 0.946 and 0.978 (names 0.921
    // and 0.985) after the round it led to; with set I (a Portuguese
    // letter, a MIME e-mail, JSON logs, a will, an e-prescription), first
    // scanned after that round, 0.944 and 0.978 (names 0.919 and 0.985)
    // with its Portuguese dates, streets and title; with set J (a DICOM
    // header dump, a CI log, a controlled-substance log, a Dutch letter,
    // a privilege log), 0.948 and 0.979 (names 0.925 and 0.988) after the
    // round it led to (its first scan: 0.872 and 0.950); with set K (an
    // Italian letter, a pandas DataFrame, a school nurse's log, a
    // guardianship petition, a shell history), scanned first with that
    // round's final detector, 0.943 and 0.979 (names 0.923 and 0.988),
    // and 0.944 and 0.979 with the Italian dates it led to; with set L (a
    // Swedish note, a GEDCOM export, an eDiscovery load file, a Polish
    // birth register, a HAR export, a PDMP report), whose first scan gave
    // 0.784 and 0.948 on its own, 0.943 and 0.978 (names 0.922 and 0.988)
    // after the round it led to; with set M (X12 eligibility files, a
    // Czech operative report, a LEDES billing file, a Postman collection,
    // a logcat), whose first scan gave 0.896 and 0.991 on its own, 0.946
    // and 0.979 (names 0.926 and 0.988) after the round it led to; with
    // set N (a NACHA file, a Hungarian probate order, an LDIF export, a
    // TOML config, syslog, a home-care visit export), whose first scan
    // gave 0.813 and 0.973 on its own, 0.950 and 0.980 (names 0.931 and
    // 0.988) after the round it led to.
    assert!(recall >= 0.94, "recall {recall:.3} over {} gold values", all.gold);
    assert!(precision >= 0.97, "precision {precision:.3} over {} findings", all.predicted);
    let names = table["pii.person_name"];
    let name_recall = names.found as f64 / names.gold as f64;
    let name_precision = names.right as f64 / names.predicted as f64;
    assert!(name_recall >= 0.91, "name recall {name_recall:.3}");
    assert!(name_precision >= 0.97, "name precision {name_precision:.3}");
    // Every class the gold has is found at least once.
    for (class, c) in &table {
        assert!(c.gold == 0 || c.found > 0, "{class}: none of {} found", c.gold);
    }
}
