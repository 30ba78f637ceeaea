//! Properties of response inspection (`cordon::response`): for any way an
//! answer is cut into chunks, the streamed output concatenates to exactly
//! the whole-response output; placeholders are restored whatever their
//! split; response rules mask the same values streamed or not.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;
use std::sync::Arc;

use cordon::api::openai::{ChatChunk, ChatCompletion};
use cordon::auth::Principal;
use cordon::detect::PseudonymMap;
use cordon::policy::Policy;
use cordon::response::{ResponseGuard, ResponseSettings};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A policy with one local model `m` and the given sections after it.
fn policy_with(rest: &str) -> Arc<Policy> {
    let text = format!(
        "version: 1\nname: response-props\ndestinations:\n  local: {{ kind: llama, model_file: m.gguf, network: internal }}\nmodels:\n  m: {{ destination: local }}\n{rest}"
    );
    Arc::new(Policy::from_bytes(Path::new("p.yaml"), text.as_bytes()).unwrap())
}

const POLICY: &str = r#"
detectors:
  - { class: custom.matter_number, regex: '\bM-\d{6}\b' }
rules:
  - id: everyone
    then: allow
  - id: clerks-see-no-ssn
    when: { direction: response, principal: { roles: [clerk] } }
    then: { redact: [pii.ssn, custom.matter_number] }
  - id: emails-numbered
    when: { direction: response, principal: { roles: [clerk] } }
    then: { pseudonymize: [pii.email] }
  - id: no-keys
    when: { direction: response, found: ["secret.*"] }
    then: deny
    message: stopped
"#;

fn policy() -> Arc<Policy> {
    policy_with(POLICY)
}

fn principal(role: &str) -> Principal {
    let mut p = Principal::anonymous();
    p.roles = vec![role.to_string()];
    p
}

fn map() -> PseudonymMap {
    let mut m = PseudonymMap::new();
    m.placeholder("pii.person_name", "Ann Lee");
    m.placeholder("phi.mrn", "4412378");
    m.placeholder("pii.ssn", "212-64-3490");
    m
}

fn guard(role: &str, window: usize) -> ResponseGuard {
    ResponseGuard::new(
        policy(),
        principal(role),
        "m".into(),
        map(),
        ResponseSettings { inspect: true, window_bytes: window },
    )
}

fn whole(role: &str, window: usize, text: &str) -> Result<String, String> {
    let mut completion: ChatCompletion = serde_json::from_value(json!({
        "id": "x", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]
    }))
    .unwrap();
    let mut g = guard(role, window);
    g.inspect_completion(&mut completion).map_err(|s| s.message)?;
    Ok(completion.choices[0].message.text())
}

fn chunk(delta: Value, finish: Value) -> ChatChunk {
    serde_json::from_value(json!({
        "id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]
    }))
    .unwrap()
}

/// Streams `pieces` through a guard; returns the concatenated content, or
/// the content delivered before a stop and the stop's message.
fn streamed(role: &str, window: usize, pieces: &[String], finish_chunk: bool) -> Result<String, (String, String)> {
    let mut g = guard(role, window);
    let mut out = String::new();
    let mut all: Vec<ChatChunk> = pieces.iter().map(|p| chunk(json!({"content": p}), Value::Null)).collect();
    if finish_chunk {
        all.push(chunk(json!({}), json!("stop")));
    }
    for mut c in all {
        match g.inspect_chunk(&mut c) {
            Ok(()) => out.push_str(c.choices[0].delta.content.as_deref().unwrap_or("")),
            Err(stop) => return Err((out, stop.message)),
        }
    }
    match g.finish_stream(&chunk(json!({}), Value::Null)) {
        Ok(Some(last)) => out.push_str(last.choices[0].delta.content.as_deref().unwrap_or("")),
        Ok(None) => {}
        Err(stop) => return Err((out, stop.message)),
    }
    assert!(g.report().inspected);
    Ok(out)
}

fn cut(text: &str, mut offsets: Vec<usize>) -> Vec<String> {
    offsets.sort_unstable();
    let mut pieces = Vec::new();
    let mut at = 0;
    for o in offsets {
        let o = o.min(text.len());
        if o > at && text.is_char_boundary(o) {
            pieces.push(text[at..o].to_string());
            at = o;
        }
    }
    pieces.push(text[at..].to_string());
    pieces
}

fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("The patient ".to_string()),
        Just("was seen on the ward and is doing well. ".to_string()),
        Just("[PERSON_1]".to_string()),
        Just("[Person 1]".to_string()),
        Just("PERSON_1 ".to_string()),
        Just("[MRN_1]".to_string()),
        Just("[mrn 1]".to_string()),
        Just("[SSN_1]".to_string()),
        Just("[PERSON_7]".to_string()),
        Just("SSN 212-64-3490".to_string()),
        Just("MRN: 5523901 ".to_string()),
        Just(" email ann.lee@example.org ".to_string()),
        Just("matter M-123456 ".to_string()),
        Just("call 617-555-0142 ".to_string()),
        Just("été 漢字 🩺 ".to_string()),
        Just("\n\n".to_string()),
        Just("[".to_string()),
        Just("]".to_string()),
        "[a-zA-Z0-9 .,:\\-\\[\\]_]{0,24}",
    ]
}

fn answer() -> impl Strategy<Value = String> {
    proptest::collection::vec(segment(), 0..24).prop_map(|s| s.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_chunking_streams_exactly_the_whole_output(
        text in answer(),
        offsets in proptest::collection::vec(0usize..800, 0..40),
        clerk in any::<bool>(),
        window in prop_oneof![Just(16usize), Just(48), Just(128), Just(300)],
        finish_chunk in any::<bool>(),
    ) {
        let role = if clerk { "clerk" } else { "doctor" };
        let expected = whole(role, window, &text).unwrap();
        let got = streamed(role, window, &cut(&text, offsets), finish_chunk).unwrap();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn one_byte_chunks_stream_exactly_the_whole_output(text in answer(), clerk in any::<bool>()) {
        let role = if clerk { "clerk" } else { "doctor" };
        let expected = whole(role, 128, &text).unwrap();
        let every: Vec<usize> = (1..text.len()).collect();
        prop_assert_eq!(streamed(role, 128, &cut(&text, every), true).unwrap(), expected);
    }

    #[test]
    fn a_stop_never_delivers_the_value_and_matches_the_whole_answer(
        before in answer(),
        offsets in proptest::collection::vec(0usize..800, 0..40),
    ) {
        let key = "AKIAQ3EGUJ7NMR4WXZ2K";
        let text = format!("{before} key {key} after");
        prop_assert!(whole("doctor", 128, &text).is_err());
        let (delivered, message) = streamed("doctor", 128, &cut(&text, offsets), true).unwrap_err();
        prop_assert_eq!(message, "stopped");
        prop_assert!(!delivered.contains("AKIA"), "{}", delivered);
    }
}

#[test]
fn placeholders_are_restored_in_any_order_and_form() {
    let out = whole("doctor", 128, "[MRN_1] belongs to [Person 1]; PERSON_1 has SSN [ssn_1].").unwrap();
    assert_eq!(out, "4412378 belongs to Ann Lee; Ann Lee has SSN 212-64-3490.");
    // An unknown placeholder is left as the model wrote it.
    assert_eq!(whole("doctor", 128, "[PERSON_2] is unknown").unwrap(), "[PERSON_2] is unknown");
}

#[test]
fn response_rules_mask_for_one_role_and_not_another() {
    let text = "Her SSN 212-64-3490 is on file; write to ann.lee@example.org about matter M-123456.";
    let doctor = whole("doctor", 128, text).unwrap();
    assert_eq!(doctor, text);
    let clerk = whole("clerk", 128, text).unwrap();
    assert!(!clerk.contains("212-64-3490") && !clerk.contains("M-123456"), "{clerk}");
    assert!(clerk.contains("[SSN]") && clerk.contains("[MATTER_NUMBER]"), "{clerk}");
    assert!(clerk.contains("[EMAIL_1]") && !clerk.contains("ann.lee@"), "{clerk}");
    let mut g = guard("clerk", 128);
    let mut completion: ChatCompletion = serde_json::from_value(json!({
        "id": "x", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]
    }))
    .unwrap();
    g.inspect_completion(&mut completion).unwrap();
    let report = g.report();
    assert_eq!(report.masked.get("pii.ssn"), Some(&1));
    assert_eq!(report.masked.get("custom.matter_number"), Some(&1));
    assert!(report.rules.contains(&"clerks-see-no-ssn".to_string()), "{:?}", report.rules);
    assert!(report.findings.contains_key("pii.email"));
}

#[test]
fn tool_call_arguments_are_restored_and_escaped_across_deltas() {
    let mut m = PseudonymMap::new();
    m.placeholder("pii.person_name", "Bo \"B\" Chu");
    let args = r#"{"patient":"[PERSON_1]","note":"see [PERSON_1]"}"#;
    let expected = r#"{"patient":"Bo \"B\" Chu","note":"see Bo \"B\" Chu"}"#;
    for k in 0..=args.len() {
        let mut g =
            ResponseGuard::new(policy(), principal("doctor"), "m".into(), m.clone(), ResponseSettings::default());
        let mut got = String::new();
        let first = chunk(
            json!({"role": "assistant", "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}]}),
            Value::Null,
        );
        let mut chunks = vec![first];
        for piece in cut(args, vec![k]) {
            chunks.push(chunk(json!({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}), Value::Null));
        }
        chunks.push(chunk(json!({}), json!("tool_calls")));
        for mut c in chunks {
            g.inspect_chunk(&mut c).unwrap();
            if let Some(calls) = c.choices[0].delta.extra.get("tool_calls").and_then(Value::as_array) {
                for call in calls {
                    got.push_str(call["function"]["arguments"].as_str().unwrap_or(""));
                }
            }
        }
        assert_eq!(got, expected, "split at {k}");
        let parsed: Value = serde_json::from_str(&got).unwrap();
        assert_eq!(parsed["patient"], "Bo \"B\" Chu");
    }
}

/// A policy that allows everyone and masks person names in answers to
/// clerks.
fn clerks_see_no_names() -> Arc<Policy> {
    policy_with(
        r#"
rules:
  - id: everyone
    then: allow
  - id: clerks-see-no-names
    when: { direction: response, principal: { roles: [clerk] } }
    then: { redact: [pii.person_name] }
"#,
    )
}

/// The tool-call arguments a clerk receives when the model streams `args`
/// cut at byte `k`.
fn streamed_arguments_for_a_clerk(policy: &Arc<Policy>, args: &str, k: usize) -> String {
    let mut g = ResponseGuard::new(
        Arc::clone(policy),
        principal("clerk"),
        "m".into(),
        PseudonymMap::new(),
        ResponseSettings { inspect: true, window_bytes: 64 },
    );
    let mut chunks = vec![chunk(
        json!({"role": "assistant", "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "save", "arguments": ""}}]}),
        Value::Null,
    )];
    for piece in cut(args, vec![k]) {
        chunks.push(chunk(json!({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}), Value::Null));
    }
    chunks.push(chunk(json!({}), json!("tool_calls")));
    let mut got = String::new();
    for mut c in chunks {
        g.inspect_chunk(&mut c).unwrap();
        if let Some(calls) = c.choices[0].delta.extra.get("tool_calls").and_then(Value::as_array) {
            for call in calls {
                got.push_str(call["function"]["arguments"].as_str().unwrap_or(""));
            }
        }
    }
    if let Some(last) = g.finish_stream(&chunk(json!({}), Value::Null)).unwrap()
        && let Some(calls) = last.choices[0].delta.extra.get("tool_calls").and_then(Value::as_array)
    {
        for call in calls {
            got.push_str(call["function"]["arguments"].as_str().unwrap_or(""));
        }
    }
    got
}

#[test]
fn escaped_line_breaks_in_tool_call_arguments_separate_words() {
    // "\\nDr. Quillon Vasterby" in JSON text is a line break and a name
    // after its honorific, not the word "nDr": masked at every split, and
    // the arguments stay valid JSON.
    let policy = clerks_see_no_names();
    let args = r#"{"note":"Seen today.\nDr. Quillon Vasterby\tcalled back"}"#;
    for k in 0..=args.len() {
        let got = streamed_arguments_for_a_clerk(&policy, args, k);
        assert!(!got.contains("Vasterby"), "split at {k}: {got}");
        let parsed: Value = serde_json::from_str(&got).unwrap_or_else(|e| panic!("split at {k}: {e}: {got}"));
        assert!(parsed["note"].as_str().unwrap().starts_with("Seen today.\nDr. "), "{got}");
    }
}

#[test]
fn unicode_escapes_in_tool_call_arguments_are_read_as_characters() {
    // Arguments written with only ASCII spell "José Martínez" with `\u`
    // escapes: the name is still found after its honorific and masked at
    // every split, and the arguments stay valid JSON.
    let policy = clerks_see_no_names();
    let args = r#"{"note":"Seen today.\nDr.\u00a0Jos\u00e9 Mart\u00ednez called back"}"#;
    for k in 0..=args.len() {
        let got = streamed_arguments_for_a_clerk(&policy, args, k);
        assert!(!got.contains("Jos") && !got.contains("Mart"), "split at {k}: {got}");
        let parsed: Value = serde_json::from_str(&got).unwrap_or_else(|e| panic!("split at {k}: {e}: {got}"));
        let note = parsed["note"].as_str().unwrap();
        assert!(note.starts_with("Seen today.\nDr.\u{a0}") && note.ends_with(" called back"), "{got}");
    }
}

#[test]
fn values_the_request_held_are_found_in_the_answer_without_context() {
    let policy = clerks_see_no_names();
    let request = "Patient Ngozi Okafor, seen today.";
    let found = cordon::detect::Detector::builtin().unwrap().scan(request);
    assert_eq!(found.len(), 1, "{found:?}");
    let values = vec![(request[found[0].start..found[0].end].to_string(), found[0].clone())];
    // The answer names her only by her surname, with no title or role.
    let answer = "Okafor's potassium is 5.9; recheck tomorrow.";
    let run = |known: bool, window: usize, pieces: &[String]| {
        let mut g = ResponseGuard::new(
            Arc::clone(&policy),
            principal("clerk"),
            "m".into(),
            PseudonymMap::new(),
            ResponseSettings { inspect: true, window_bytes: window },
        );
        if known {
            g.know_request_values(values.clone());
        }
        let mut out = String::new();
        for p in pieces {
            let mut c = chunk(json!({"content": p}), Value::Null);
            g.inspect_chunk(&mut c).unwrap();
            out.push_str(c.choices[0].delta.content.as_deref().unwrap_or(""));
        }
        if let Some(last) = g.finish_stream(&chunk(json!({}), Value::Null)).unwrap() {
            out.push_str(last.choices[0].delta.content.as_deref().unwrap_or(""));
        }
        (out, g.report().findings.get("pii.person_name").map(|c| c.count))
    };
    // Without the request's values the surname alone is no finding.
    assert_eq!(run(false, 64, &[answer.to_string()]), (answer.to_string(), None));
    for k in 0..=answer.len() {
        let (out, count) = run(true, 64, &cut(answer, vec![k]));
        assert!(!out.contains("Okafor"), "split at {k}: {out}");
        assert!(out.ends_with("'s potassium is 5.9; recheck tomorrow."), "split at {k}: {out}");
        assert_eq!(count, Some(1), "split at {k}");
    }
}

#[test]
fn first_bytes_leave_before_the_answer_ends() {
    let mut g = guard("doctor", 128);
    let mut delivered = 0;
    let text = "word ".repeat(100);
    for piece in cut(&text, (1..100).map(|i| i * 5).collect()) {
        let mut c = chunk(json!({"content": piece}), Value::Null);
        g.inspect_chunk(&mut c).unwrap();
        delivered += c.choices[0].delta.content.as_deref().unwrap_or("").len();
    }
    // Held back: at most the window plus one step.
    assert!(text.len() - delivered <= 128 + cordon::response::STEP_BYTES, "held back {}", text.len() - delivered);
    assert!(delivered > 0);
}

#[test]
fn inspection_off_only_restores_and_says_so() {
    let mut g = ResponseGuard::new(
        policy(),
        principal("clerk"),
        "m".into(),
        map(),
        ResponseSettings { inspect: false, window_bytes: 128 },
    );
    let mut c = chunk(json!({"content": "SSN 212-64-3490 for [PERSON_1]"}), Value::Null);
    g.inspect_chunk(&mut c).unwrap();
    let mut out = c.choices[0].delta.content.clone().unwrap();
    if let Some(last) = g.finish_stream(&chunk(json!({}), Value::Null)).unwrap() {
        out.push_str(last.choices[0].delta.content.as_deref().unwrap_or(""));
    }
    assert_eq!(out, "SSN 212-64-3490 for Ann Lee");
    assert!(!g.report().inspected);
}

const MASK_SECRETS: &str = r#"
rules:
  - { id: everyone, then: allow }
  - { id: no-secrets-shown, when: { direction: response }, then: { redact: ["secret.*"] } }
"#;

/// A value far longer than the window (a PEM private key) is masked whole,
/// streamed or not: the step that meets it looks further until it ends.
#[test]
fn values_longer_than_the_window_are_masked_whole() {
    let policy = policy_with(MASK_SECRETS);
    let body: String =
        (0..24).map(|i| format!("MIIEv{i:02}QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n")).collect();
    let pem = format!("-----BEGIN PRIVATE KEY-----\n{body}-----END PRIVATE KEY-----");
    let text = format!("Here is the key you asked for:\n{pem}\nKeep it safe.");
    let expected = "Here is the key you asked for:\n[PRIVATE_KEY]\nKeep it safe.";
    let run = |pieces: Vec<String>| {
        let mut g = ResponseGuard::new(
            Arc::clone(&policy),
            principal("doctor"),
            "m".into(),
            PseudonymMap::new(),
            ResponseSettings::default(),
        );
        let mut out = String::new();
        for p in pieces {
            let mut c = chunk(json!({"content": p}), Value::Null);
            g.inspect_chunk(&mut c).unwrap();
            out.push_str(c.choices[0].delta.content.as_deref().unwrap_or(""));
            assert!(!out.contains("MIIEv"), "key material sent before it was masked: {out}");
        }
        if let Some(last) = g.finish_stream(&chunk(json!({}), Value::Null)).unwrap() {
            out.push_str(last.choices[0].delta.content.as_deref().unwrap_or(""));
        }
        out
    };
    assert_eq!(run(vec![text.clone()]), expected);
    for step in [1usize, 7, 64, 500] {
        let offsets: Vec<usize> = (step..text.len()).step_by(step).collect();
        assert_eq!(run(cut(&text, offsets)), expected, "chunks of {step} bytes");
    }
}

/// Shadow response rules are evaluated and reported even when no enforced
/// response rule exists (nothing is then held back).
#[test]
fn shadow_response_rules_are_reported_without_holding_text_back() {
    let policy = policy_with(
        r#"
rules:
  - { id: everyone, then: allow }
  - { id: watch-names, mode: shadow, when: { findings: { any: [pii.person_name], min_count: 2 }, direction: response }, then: deny }
"#,
    );
    let mut g =
        ResponseGuard::new(policy, principal("doctor"), "m".into(), PseudonymMap::new(), ResponseSettings::default());
    let answer = "Dr. Alice Moreau and Mr. Tom Becker met on Monday.";
    let mut c = chunk(json!({"content": answer}), Value::Null);
    g.inspect_chunk(&mut c).unwrap();
    assert_eq!(c.choices[0].delta.content.as_deref(), Some(answer), "nothing held back");
    g.finish_stream(&chunk(json!({}), Value::Null)).unwrap();
    let report = g.report();
    assert_eq!(report.shadow_rules, ["watch-names"]);
    assert!(report.rules.is_empty());
    assert!(report.inspected);
}

#[test]
fn a_value_masked_once_is_masked_wherever_the_answer_repeats_it() {
    let policy = policy_with(
        "rules:\n  - { id: everyone, then: allow }\n  - id: clerks\n    when: { direction: response, principal: { roles: [clerk] } }\n    then: { redact: [pii.us_passport] }\n",
    );
    let filler = "The renewal form asks for the usual photographs and a signed declaration. ".repeat(12);
    let text = format!("Passport no. 912345678 is on file. {filler}Renew 912345678 before June.");
    assert!(filler.len() > 600, "the repeat is far outside the first value's window");
    for window in [64, 128, 1024] {
        for piece_len in [1, 7, 50, text.len()] {
            let mut g = ResponseGuard::new(
                policy.clone(),
                principal("clerk"),
                "m".into(),
                PseudonymMap::new(),
                ResponseSettings { inspect: true, window_bytes: window },
            );
            let mut out = String::new();
            let bytes: Vec<char> = text.chars().collect();
            for piece in bytes.chunks(piece_len) {
                let mut c = chunk(json!({"content": piece.iter().collect::<String>()}), Value::Null);
                g.inspect_chunk(&mut c).unwrap();
                out.push_str(c.choices[0].delta.content.as_deref().unwrap_or(""));
            }
            if let Some(last) = g.finish_stream(&chunk(json!({}), json!("stop"))).unwrap() {
                out.push_str(last.choices[0].delta.content.as_deref().unwrap_or(""));
            }
            assert!(!out.contains("912345678"), "window {window}, pieces of {piece_len}: {out}");
            assert_eq!(out.matches("[US_PASSPORT]").count(), 2, "window {window}, pieces of {piece_len}: {out}");
            assert_eq!(g.report().masked.get("pii.us_passport"), Some(&2));
        }
    }
}
