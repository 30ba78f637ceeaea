//! `cordon scan` as a user runs it: a text, a file, standard input, and the
//! JSON-lines batch mode of DESIGN.md (Contracts), with its errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::run_cordon;

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// `cordon scan --jsonl` with `input` on its standard input.
fn scan_jsonl(input: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cordon"))
        .args(["scan", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// Each finding of an output record as its class and the bytes of `text`
/// its offsets point at.
fn class_and_value<'t>(record: &'t serde_json::Value, text: &'t str) -> Vec<(&'t str, &'t str)> {
    record["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let (s, e) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
            (f["class"].as_str().unwrap(), &text[s..e])
        })
        .collect()
}

#[test]
fn a_text_argument_is_scanned_and_a_file_name_given_as_text_gets_a_hint() {
    let out = run_cordon(&["scan", "SSN 536-22-1234, Dr. Julia Baker"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.contains("pii.ssn") && table.contains("536-22-1234"), "{table}");
    assert!(table.contains("pii.person_name") && table.contains("Julia Baker"), "{table}");

    // "cordon scan notes.txt" scans those nine bytes, and says so.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "MRN 4412378").unwrap();
    let name = path.to_str().unwrap();
    let out = run_cordon(&["scan", name]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("no findings"), "{}", stdout(&out));
    assert!(stderr(&out).contains("--file"), "{}", stderr(&out));

    let out = run_cordon(&["scan", "--file", name]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("phi.mrn"), "{}", stdout(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));

    // Masked, the values are not printed.
    let out = run_cordon(&["scan", "--mask", "SSN 536-22-1234"]);
    assert!(!stdout(&out).contains("536-22-1234"), "{}", stdout(&out));
    assert!(stdout(&out).contains("pii.ssn"), "{}", stdout(&out));
}

#[test]
fn bad_files_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Jos\xe9 Mart\xednez").unwrap();
    let out = run_cordon(&["scan", "--file", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
    let missing = dir.path().join("missing.txt");
    let out = run_cordon(&["scan", "--file", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
}

#[test]
fn jsonl_mode_writes_one_line_per_record_with_byte_offsets() {
    let input = "{\"id\":\"a\",\"text\":\"año 2026: Mr. Chidi Okonkwo, SSN 536-22-1234. Okonkwo called.\"}\n\
                 not json\n\
                 {\"id\":7,\"text\":\"nothing here\"}\n";
    let out = scan_jsonl(input);
    // A bad line is reported and makes the exit code 2; the good lines are all answered.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let first = lines.iter().find(|l| l["id"] == "a").unwrap();
    let text = "año 2026: Mr. Chidi Okonkwo, SSN 536-22-1234. Okonkwo called.";
    let spans = class_and_value(first, text);
    assert_eq!(
        spans,
        vec![("pii.person_name", "Chidi Okonkwo"), ("pii.ssn", "536-22-1234"), ("pii.person_name", "Okonkwo")],
        "byte offsets, past the two-byte ñ; the surname alone is a repeat"
    );
    let bad = lines.iter().find(|l| l.get("error").is_some()).unwrap();
    assert_eq!(bad["error"]["line"], 2, "{bad}");
    let empty = lines.iter().find(|l| l["id"] == 7).unwrap();
    assert_eq!(empty["findings"], serde_json::json!([]));
    assert!(stderr(&out).contains("1 bad lines"), "{}", stderr(&out));
}

#[test]
fn json_text_is_scanned_with_its_escapes_decoded_as_the_gateway_reads_it() {
    // A tool's result as Python's json.dumps writes it: every character
    // outside ASCII escaped, a no-break space glued to the SSN.
    let raw = r#"{"result":"Paciente Jos\u00e9 Mart\u00ednez, SSN\u00a0536-22-1234, tel 617\u2011555\u20110142"}"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tool-result.json");
    std::fs::write(&path, raw).unwrap();
    let out = run_cordon(&["scan", "--file", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    for (class, value) in [
        ("pii.person_name", r"Jos\u00e9 Mart\u00ednez"),
        ("pii.ssn", "536-22-1234"),
        ("pii.phone", r"617\u2011555\u20110142"),
    ] {
        // The table prints a value's backslashes escaped: its span says where it is.
        let start = raw.find(value).unwrap();
        let span = format!(" {start}..{} ", start + value.len());
        assert!(table.lines().any(|l| l.starts_with(class) && l.contains(&span)), "{class} {span} in\n{table}");
    }

    // In batch mode too, with byte offsets into the text as given.
    let line = serde_json::json!({ "id": "tool", "text": raw }).to_string();
    let out = scan_jsonl(&format!("{line}\n"));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let record: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let spans = class_and_value(&record, raw);
    assert_eq!(
        spans,
        vec![
            ("pii.person_name", r"Jos\u00e9 Mart\u00ednez"),
            ("pii.ssn", "536-22-1234"),
            ("pii.phone", r"617\u2011555\u20110142")
        ],
        "{record}"
    );
}

#[test]
fn records_give_their_values_by_field_in_batch_mode() {
    // A CSV export, an HL7 v2 message and a FHIR resource, as a batch of
    // records would hold them: values with no keyword beside them.
    let csv = "mrn,last_name,first_name,dob,phone\n4412378,Ortiz,Ellen,1952-04-17,773-555-0142\n";
    let hl7 = "MSH|^~\\&|EPIC|MGH|LAB|MGH|20240314083000||ADT^A01|MSG00001|P|2.5.1\r\
               PID|1||4412378^^^MGH^MR||ORTIZ^ELLEN^M||19520417|F\r";
    let fhir =
        r#"{"resourceType": "Patient", "name": [{"family": "Ortiz", "given": ["Ellen"]}], "birthDate": "1952-04-17"}"#;
    let input: String = [("csv", csv), ("hl7", hl7), ("fhir", fhir)]
        .iter()
        .map(|(id, text)| serde_json::json!({ "id": id, "text": text }).to_string() + "\n")
        .collect();
    let out = scan_jsonl(&input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), 3, "{}", stdout(&out));
    assert_eq!(
        class_and_value(&records[0], csv),
        vec![
            ("phi.mrn", "4412378"),
            ("pii.person_name", "Ortiz"),
            ("pii.person_name", "Ellen"),
            ("pii.date", "1952-04-17"),
            ("pii.phone", "773-555-0142")
        ],
        "{}",
        records[0]
    );
    assert_eq!(
        class_and_value(&records[1], hl7),
        vec![("phi.mrn", "4412378"), ("pii.person_name", "ORTIZ^ELLEN^M"), ("pii.date", "19520417")],
        "{}",
        records[1]
    );
    assert_eq!(
        class_and_value(&records[2], fhir),
        vec![("pii.person_name", "Ortiz"), ("pii.person_name", "Ellen"), ("pii.date", "1952-04-17")],
        "{}",
        records[2]
    );
}
