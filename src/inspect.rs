//! Which parts of a chat request or response carry text, and what the
//! detector found in them.
//!
//! Sensitive data hides in more places than `messages[].content`: array
//! content parts, participant names, tool definitions, tool-call arguments
//! and tool results. [`visit_request_texts`] walks every one of them, with a
//! path naming the field, so that inspection, redaction and pseudonymisation
//! all cover exactly the same fields.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::api::openai::{ChatRequest, Content, Message};
use crate::detect::{Detector, Finding, REPEAT_RECOGNIZER};

/// A finding and the field it was found in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldFinding {
    /// JSON-path-like name of the field, e.g. `messages[2].content[0].text`.
    pub field: String,
    pub finding: Finding,
}

/// Per-class summary: how many findings and the highest score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ClassCount {
    pub count: u32,
    pub max_score: f32,
}

/// Summarises findings by class.
pub fn summarize(findings: &[FieldFinding]) -> BTreeMap<String, ClassCount> {
    let mut out: BTreeMap<String, ClassCount> = BTreeMap::new();
    for f in findings {
        let entry = out.entry(f.finding.class.to_string()).or_insert(ClassCount { count: 0, max_score: 0.0 });
        entry.count += 1;
        entry.max_score = entry.max_score.max(f.finding.score);
    }
    out
}

/// Calls `visit` with every text-bearing field of a request.
pub fn visit_request_texts(request: &mut ChatRequest, visit: &mut dyn FnMut(&str, &mut String)) {
    for (i, message) in request.messages.iter_mut().enumerate() {
        visit_message(&format!("messages[{i}]"), message, visit);
    }
    for key in ["tools", "functions"] {
        if let Some(value) = request.extra.get_mut(key) {
            visit_value_strings(key, value, visit);
        }
    }
}

/// Calls `visit` with every text-bearing field of a message (request or
/// response side).
pub fn visit_message(path: &str, message: &mut Message, visit: &mut dyn FnMut(&str, &mut String)) {
    match &mut message.content {
        None => {}
        Some(Content::Text(text)) => visit(&format!("{path}.content"), text),
        Some(Content::Parts(parts)) => {
            for (j, part) in parts.iter_mut().enumerate() {
                if let Some(text) = &mut part.text {
                    visit(&format!("{path}.content[{j}].text"), text);
                }
            }
        }
    }
    if let Some(name) = &mut message.name {
        visit(&format!("{path}.name"), name);
    }
    for key in ["tool_calls", "function_call", "refusal"] {
        if let Some(value) = message.extra.get_mut(key) {
            visit_value_strings(&format!("{path}.{key}"), value, visit);
        }
    }
}

/// Every string inside a JSON value, object keys excluded.
pub fn visit_value_strings(path: &str, value: &mut Value, visit: &mut dyn FnMut(&str, &mut String)) {
    match value {
        Value::String(s) => visit(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                visit_value_strings(&format!("{path}[{i}]"), item, visit);
            }
        }
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                visit_value_strings(&format!("{path}.{k}"), v, visit);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Scans every text-bearing field of a request.
/// A value found in one field is also a finding wherever another field
/// repeats it (see [`Detector::add_repeats_across`]).
///
/// A field that holds JSON text (a tool call's arguments, a tool's result
/// pasted back) is read with its escaped control characters as spaces
/// ([`json_escapes_spaced`]), so `...\nSSN 536-22-1234` keeps its context
/// word; the findings' spans are those of the field as it is.
pub fn scan_request(detector: &Detector, request: &mut ChatRequest) -> Vec<FieldFinding> {
    let mut fields = Vec::new();
    let mut texts = Vec::new();
    // The field as it is, kept only where it was read otherwise.
    let mut spaced_raw = Vec::new();
    let mut found = Vec::new();
    visit_request_texts(request, &mut |field, text| {
        fields.push(field.to_string());
        let spaced = json_escapes_spaced(text);
        spaced_raw.push(spaced.is_some().then(|| text.clone()));
        let read = spaced.unwrap_or_else(|| text.clone());
        found.push(detector.scan(&read));
        texts.push(read);
    });
    if found.iter().any(|f| !f.is_empty()) && texts.len() > 1 {
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        detector.add_repeats_across(&texts, &mut found);
    }
    for (findings, raw) in found.iter_mut().zip(&spaced_raw) {
        if let Some(raw) = raw {
            for f in findings.iter_mut() {
                (f.start, f.end) = whole_escapes(raw.as_bytes(), f.start, f.end);
            }
        }
    }
    fields
        .into_iter()
        .zip(found)
        .flat_map(|(field, findings)| {
            findings.into_iter().map(move |finding| FieldFinding { field: field.clone(), finding })
        })
        .collect()
}

/// The value of each finding of `findings` (repeats left out: their value
/// is another finding's) in the request's fields, with the finding: what
/// the response guard looks for in the answer
/// ([`crate::response::ResponseGuard::know_request_values`]).
pub fn finding_values(request: &mut ChatRequest, findings: &[FieldFinding]) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    visit_request_texts(request, &mut |field, text| {
        for f in findings.iter().filter(|f| f.field == field && f.finding.recognizer != REPEAT_RECOGNIZER) {
            if let Some(value) = text.get(f.finding.start..f.finding.end) {
                out.push((value.to_string(), f.finding.clone()));
            }
        }
    });
    out
}

/// JSON text as the detector should read it: each escaped control
/// character (`\n`, `\r`, `\t`, `\b`, `\f`) as two spaces, so the words
/// on either side stay apart (`\nSSN` is not the word `nSSN`, nor
/// `\nDr. Smith` the word `nDr`) and every byte keeps its offset. `None`
/// when the text is no JSON object or array (its first byte other than
/// whitespace is no `{` or `[`) or holds no such escape. An escaped
/// backslash before a letter (`\\n`) is left as it is.
pub fn json_escapes_spaced(text: &str) -> Option<String> {
    let b = text.as_bytes();
    if !matches!(b.iter().find(|c| !c.is_ascii_whitespace()), Some(b'{' | b'[')) {
        return None;
    }
    escapes_spaced(text)
}

/// [`json_escapes_spaced`] for text known to be JSON, or a piece of it
/// (the response guard's window over a tool call's arguments).
pub(crate) fn escapes_spaced(text: &str) -> Option<String> {
    let b = text.as_bytes();
    if !b.contains(&b'\\') {
        return None;
    }
    let mut out = b.to_vec();
    let (mut i, mut changed) = (0, false);
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        if matches!(b[i + 1], b'n' | b'r' | b't' | b'b' | b'f') {
            out[i] = b' ';
            out[i + 1] = b' ';
            changed = true;
        }
        i += 2; // the escape and the byte it escapes
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    changed.then(|| String::from_utf8(out).ok()).flatten()
}

/// A span widened so it cuts no escape sequence of the JSON text `b` in
/// two: masking it then leaves the JSON valid.
pub(crate) fn whole_escapes(b: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    let escape_opens_at = |i: usize| b[..=i].iter().rev().take_while(|&&c| c == b'\\').count() % 2 == 1;
    if start > 0 && start < b.len() && escape_opens_at(start - 1) {
        start -= 1;
    }
    if end > 0 && end < b.len() && escape_opens_at(end - 1) {
        end += 1;
    }
    (start, end)
}

/// All text of a request, concatenated in field order, for digests.
pub fn request_text(request: &mut ChatRequest) -> String {
    let mut out = String::new();
    visit_request_texts(request, &mut |field, text| {
        out.push_str(field);
        out.push('\u{1f}');
        out.push_str(text);
        out.push('\u{1e}');
    });
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    #[test]
    fn visits_every_text_bearing_field() {
        let mut request: ChatRequest = serde_json::from_value(serde_json::json!({
            "model": "m",
            "messages": [
                {"role": "system", "content": "sys"},
                {"role": "user", "name": "alice", "content": [{"type": "text", "text": "part"}, {"type": "image_url", "image_url": {"url": "u"}}]},
                {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{\"mrn\":\"1\"}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "result"}
            ],
            "tools": [{"type": "function", "function": {"name": "lookup", "description": "find a patient", "parameters": {"type": "object"}}}]
        }))
        .unwrap();
        let mut fields = Vec::new();
        visit_request_texts(&mut request, &mut |path, text| fields.push((path.to_string(), text.clone())));
        let has = |p: &str, t: &str| fields.iter().any(|(fp, ft)| fp == p && ft == t);
        assert!(has("messages[0].content", "sys"));
        assert!(has("messages[1].content[0].text", "part"));
        assert!(has("messages[1].name", "alice"));
        assert!(has("messages[2].tool_calls[0].function.arguments", "{\"mrn\":\"1\"}"));
        assert!(has("messages[3].content", "result"));
        assert!(has("tools[0].function.description", "find a patient"));
        assert!(!fields.iter().any(|(_, t)| t == "u"), "image URLs are parts without text: {fields:?}");
    }

    #[test]
    fn a_value_found_in_one_field_is_found_where_another_repeats_it() {
        let mut request: ChatRequest = serde_json::from_value(serde_json::json!({
            "model": "m",
            "messages": [
                {"role": "system", "content": "Chart for Dr. Quillon Vasterby, passport no. 912345678."},
                {"role": "user", "content": "Draft a letter to Quillon Vasterby about 912345678."}
            ]
        }))
        .unwrap();
        let detector = Detector::builtin().unwrap();
        let user = "Draft a letter to Quillon Vasterby about 912345678.";
        assert!(detector.scan(user).is_empty(), "no context in the user message alone");
        let found = scan_request(&detector, &mut request);
        let in_user: Vec<(&str, &str, &str)> = found
            .iter()
            .filter(|f| f.field == "messages[1].content")
            .map(|f| (f.finding.class.as_str(), &user[f.finding.start..f.finding.end], f.finding.recognizer))
            .collect();
        assert_eq!(
            in_user,
            vec![
                ("pii.person_name", "Quillon Vasterby", crate::detect::REPEAT_RECOGNIZER),
                ("pii.us_passport", "912345678", crate::detect::REPEAT_RECOGNIZER)
            ]
        );
    }

    #[test]
    fn escaped_line_breaks_in_json_text_separate_words() {
        // A tool call's arguments are JSON text: "\\n" there is a line break,
        // not a letter glued to the next word.
        let arguments = r#"{"note":"Seen today.\nSSN 536-22-1234\nDr. Smith\tcalled","path":"C:\\new"}"#;
        let mut request: ChatRequest = serde_json::from_value(serde_json::json!({
            "model": "m",
            "messages": [
                {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function",
                    "function": {"name": "save", "arguments": arguments}}]}
            ]
        }))
        .unwrap();
        let detector = Detector::builtin().unwrap();
        let findings = scan_request(&detector, &mut request);
        let found: Vec<(&str, &str, f32)> = findings
            .iter()
            .map(|f| (f.finding.class.as_str(), &arguments[f.finding.start..f.finding.end], f.finding.score))
            .collect();
        assert_eq!(found, vec![("pii.ssn", "536-22-1234", 0.97), ("pii.person_name", "Smith", 0.9)]);
        // The text the detector reads keeps every offset; an escaped
        // backslash before a letter stays as it is, and text that is no
        // JSON, or holds no escape, is read as it is.
        let read = json_escapes_spaced(arguments).unwrap();
        assert_eq!(read.len(), arguments.len());
        assert!(read.contains("Seen today.  SSN") && read.contains(r#""C:\\new""#), "{read}");
        assert_eq!(json_escapes_spaced(r"Seen today.\nSSN 536-22-1234"), None);
        assert_eq!(json_escapes_spaced(r#"{"a":"b"}"#), None);
        assert_eq!(json_escapes_spaced(r#" [ "x\ty" ]"#).as_deref(), Some(r#" [ "x  y" ]"#));
        // A span never cuts an escape in two, so masking leaves JSON valid.
        let b = br#"{"a":"x\ny"}"#;
        assert_eq!(whole_escapes(b, 8, 12), (7, 12));
        assert_eq!(whole_escapes(b, 6, 8), (6, 9));
        assert_eq!(whole_escapes(b, 6, 7), (6, 7));
        assert_eq!(whole_escapes(br#"{"a":"x\\ny"}"#, 6, 9), (6, 9));
    }

    #[test]
    fn visitor_can_rewrite_fields() {
        let mut request: ChatRequest = serde_json::from_value(serde_json::json!({
            "model": "m", "messages": [{"role": "user", "content": "secret"}]
        }))
        .unwrap();
        visit_request_texts(&mut request, &mut |_, text| *text = text.to_uppercase());
        assert_eq!(request.messages[0].text(), "SECRET");
    }
}
