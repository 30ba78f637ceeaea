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
/// pasted back) is read with its escapes decoded ([`JsonRead`]), so
/// `...\nSSN 536-22-1234` keeps its context word and `Jos\u00e9` is
/// "José"; the findings' spans are those of the field as it is, each
/// holding whole escapes.
pub fn scan_request(detector: &Detector, request: &mut ChatRequest) -> Vec<FieldFinding> {
    let mut fields = Vec::new();
    let mut read = Vec::new();
    let mut found = Vec::new();
    visit_request_texts(request, &mut |field, text| {
        fields.push(field.to_string());
        let field_read = match JsonRead::of_field(text) {
            Some(view) => FieldRead::Decoded(view),
            None => FieldRead::AsIs(text.clone()),
        };
        found.push(detector.scan(field_read.text()));
        read.push(field_read);
    });
    if found.iter().any(|f| !f.is_empty()) && read.len() > 1 {
        let texts: Vec<&str> = read.iter().map(FieldRead::text).collect();
        detector.add_repeats_across(&texts, &mut found);
    }
    for (findings, field_read) in found.iter_mut().zip(&read) {
        if let FieldRead::Decoded(view) = field_read {
            for f in findings.iter_mut() {
                (f.start, f.end) = view.raw_span(f.start, f.end);
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

/// The findings of one text read as the gateway reads a request field:
/// JSON text ([`is_json_text`]) with its escapes decoded, and the spans
/// those of `text` as it is, each holding whole escapes. What `cordon
/// scan` reports, so that a tool's result saved to a file is scanned as
/// the gateway would scan it.
pub fn scan_field(detector: &Detector, text: &str) -> Vec<Finding> {
    match JsonRead::of_field(text) {
        Some(view) => {
            let mut found = detector.scan(view.text());
            for f in &mut found {
                (f.start, f.end) = view.raw_span(f.start, f.end);
            }
            found
        }
        None => detector.scan(text),
    }
}

/// A request field as the detector read it.
enum FieldRead {
    AsIs(String),
    Decoded(JsonRead),
}

impl FieldRead {
    fn text(&self) -> &str {
        match self {
            FieldRead::AsIs(text) => text,
            FieldRead::Decoded(view) => view.text(),
        }
    }
}

/// The value of each finding of `findings` (repeats left out: their value
/// is another finding's) in the request's fields, as the detector read it
/// ([`read_value`]), with the finding: what
/// the response guard looks for in the answer
/// ([`crate::response::ResponseGuard::know_request_values`]).
pub fn finding_values(request: &mut ChatRequest, findings: &[FieldFinding]) -> Vec<(String, Finding)> {
    let mut out = Vec::new();
    visit_request_texts(request, &mut |field, text| {
        let json_text = is_json_text(text);
        for f in findings.iter().filter(|f| f.field == field && f.finding.recognizer != REPEAT_RECOGNIZER) {
            if let Some(value) = text.get(f.finding.start..f.finding.end) {
                out.push((read_value_in(json_text, value).into_owned(), f.finding.clone()));
            }
        }
    });
    out
}

/// Whether a field's text is JSON text (its first byte other than
/// whitespace is `{` or `[`): a tool call's arguments, a tool's result
/// passed back. Such a field is read with its escapes decoded
/// ([`JsonRead`]).
pub fn is_json_text(text: &str) -> bool {
    matches!(text.as_bytes().iter().find(|c| !c.is_ascii_whitespace()), Some(b'{' | b'['))
}

/// JSON text as the detector reads it: with its string escapes decoded, so
/// that `\nSSN` is a line break and the word `SSN`, `Jos\u00e9` the word
/// "José" (as serialisers that write only ASCII spell it), `\"Mook\"` a
/// nickname in quotes and `\u2011` a non-breaking hyphen inside a phone
/// number. Each byte of the decoded text remembers where its escape or
/// character starts in the raw text, so a span found in the decoded text
/// maps back to whole escapes of the raw text ([`JsonRead::raw_span`]):
/// masking it leaves the JSON valid.
///
/// Decoded: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and
/// `\uXXXX`, a surrogate pair as the one character it encodes and a lone
/// surrogate as U+FFFD. Anything else after a backslash (an escape JSON does
/// not have, or one cut off at the end of a streamed piece) is read as it
/// is.
pub struct JsonRead {
    text: String,
    /// `raw_at[i]`: where the escape or character that gave byte `i` of
    /// `text` starts in the raw text; `raw_at[text.len()]` is the raw
    /// text's length.
    raw_at: Vec<usize>,
}

impl JsonRead {
    /// The decoded view of a field's text, or `None` when the text is no
    /// JSON text ([`is_json_text`]) or has no escape to decode.
    pub fn of_field(text: &str) -> Option<JsonRead> {
        if !is_json_text(text) {
            return None;
        }
        JsonRead::of_piece(text)
    }

    /// The decoded view of text known to be JSON, or a piece of it (the
    /// response guard's window over a tool call's arguments), or `None`
    /// when it has no escape to decode.
    pub fn of_piece(raw: &str) -> Option<JsonRead> {
        let b = raw.as_bytes();
        let first = b.iter().position(|&c| c == b'\\')?;
        let mut text = String::with_capacity(raw.len());
        let mut raw_at = Vec::with_capacity(raw.len() + 1);
        text.push_str(&raw[..first]);
        raw_at.extend(0..first);
        let mut i = first;
        let mut changed = false;
        while i < b.len() {
            let next = match b[i..].iter().position(|&c| c == b'\\') {
                Some(k) => i + k,
                None => b.len(),
            };
            text.push_str(&raw[i..next]);
            raw_at.extend(i..next);
            i = next;
            if i == b.len() {
                break;
            }
            match unescape_at(b, i) {
                Some((c, len)) => {
                    let mut utf8 = [0u8; 4];
                    let s = c.encode_utf8(&mut utf8);
                    text.push_str(s);
                    raw_at.extend(std::iter::repeat_n(i, s.len()));
                    i += len;
                    changed = true;
                }
                None => {
                    text.push('\\');
                    raw_at.push(i);
                    i += 1;
                }
            }
        }
        raw_at.push(b.len());
        changed.then_some(JsonRead { text, raw_at })
    }

    /// The decoded text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The raw span of the decoded span `start..end` (on character
    /// boundaries of the decoded text): from the start of the escape or
    /// character at `start` to the start of the one at `end`.
    pub fn raw_span(&self, start: usize, end: usize) -> (usize, usize) {
        (self.raw_at[start], self.raw_at[end])
    }
}

/// The character the JSON escape at `b[i]` (a backslash) stands for, and
/// the escape's length in bytes; `None` when no valid escape starts there.
fn unescape_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let c = match *b.get(i + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let unit = hex4(b, i + 2)?;
            if (0xD800..0xDC00).contains(&unit) {
                // A high surrogate: with the low one after it, one character.
                if b.get(i + 6) == Some(&b'\\')
                    && b.get(i + 7) == Some(&b'u')
                    && let Some(low) = hex4(b, i + 8)
                    && (0xDC00..0xE000).contains(&low)
                {
                    let c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                    return Some((char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER), 12));
                }
                return Some((char::REPLACEMENT_CHARACTER, 6));
            }
            return Some((char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER), 6));
        }
        _ => return None,
    };
    Some((c, 2))
}

/// The four hex digits at `b[i..]` as a number.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    let digits = b.get(i..i + 4)?;
    digits.iter().try_fold(0u32, |n, &c| Some(n << 4 | char::from(c).to_digit(16)?))
}

/// A value as the detector read it: the raw slice `value` of a field with
/// its escapes decoded when the field (`field_text`) is JSON text. Spans
/// mapped back by [`JsonRead::raw_span`] hold whole escapes, so the slice
/// decodes on its own.
pub fn read_value<'v>(field_text: &str, value: &'v str) -> std::borrow::Cow<'v, str> {
    read_value_in(is_json_text(field_text), value)
}

/// [`read_value`] when whether the field is JSON text (`json_text`) is
/// already known: the check is made once per field, not per value.
pub fn read_value_in(json_text: bool, value: &str) -> std::borrow::Cow<'_, str> {
    match json_text.then(|| JsonRead::of_piece(value)).flatten() {
        Some(read) => std::borrow::Cow::Owned(read.text),
        None => std::borrow::Cow::Borrowed(value),
    }
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
        // The text the detector reads has the escapes decoded; an escaped
        // backslash before a letter is a backslash and that letter, and text
        // that is no JSON, or holds no escape, is read as it is.
        let read = JsonRead::of_field(arguments).unwrap();
        assert!(read.text().contains("Seen today.\nSSN") && read.text().contains(r#""C:\new""#), "{}", read.text());
        assert!(JsonRead::of_field(r"Seen today.\nSSN 536-22-1234").is_none());
        assert!(JsonRead::of_field(r#"{"a":"b"}"#).is_none());
        assert_eq!(JsonRead::of_field(r#" [ "x\ty" ]"#).unwrap().text(), " [ \"x\ty\" ]");
        // A span maps back to whole escapes, so masking leaves JSON valid.
        let raw = r#"{"a":"x\ny"}"#;
        let read = JsonRead::of_piece(raw).unwrap();
        assert_eq!(read.text(), "{\"a\":\"x\ny\"}");
        assert_eq!(read.raw_span(6, 8), (6, 9));
        assert_eq!(read.raw_span(7, 9), (7, 10));
        assert_eq!(read.raw_span(0, read.text().len()), (0, raw.len()));
    }

    #[test]
    fn unicode_escapes_in_json_text_are_read_as_the_characters_they_stand_for() {
        // Serialisers that write only ASCII (Python's `json.dumps` by default)
        // spell every character outside ASCII as `\uXXXX`: the name, the
        // no-break space before an SSN and the non-breaking hyphens of a
        // phone number must still be read as typed.
        let arguments = r#"{"result":"Paciente Jos\u00e9 Mart\u00ednez \ud83d\ude00, SSN\u00a0536-22-1234, tel 617\u2011555\u20110142, Dr.\u00a0\u00c1lvarez"}"#;
        let mut request: ChatRequest = serde_json::from_value(serde_json::json!({
            "model": "m",
            "messages": [
                {"role": "user", "content": "Look up the patient."},
                {"role": "tool", "tool_call_id": "c1", "content": arguments}
            ]
        }))
        .unwrap();
        let detector = Detector::builtin().unwrap();
        let findings = scan_request(&detector, &mut request);
        let found: Vec<(&str, &str)> =
            findings.iter().map(|f| (f.finding.class.as_str(), &arguments[f.finding.start..f.finding.end])).collect();
        assert_eq!(
            found,
            vec![
                ("pii.person_name", r"Jos\u00e9 Mart\u00ednez"),
                ("pii.ssn", "536-22-1234"),
                ("pii.phone", r"617\u2011555\u20110142"),
                ("pii.person_name", r"\u00c1lvarez"),
            ]
        );
        // Masked on the raw text, the arguments are still JSON, and the
        // values are gone.
        let findings: Vec<Finding> = findings.into_iter().map(|f| f.finding).collect();
        let masked = crate::detect::mask(arguments, &findings);
        let parsed: serde_json::Value = serde_json::from_str(&masked).unwrap();
        let result = parsed["result"].as_str().unwrap();
        assert!(!result.contains("Mart") && !result.contains("0142") && !result.contains("lvarez"), "{result}");
        // A value reads as the characters its escapes stand for.
        assert_eq!(read_value(arguments, r"Jos\u00e9 Mart\u00ednez"), "José Martínez");
        assert_eq!(read_value("not JSON", r"Jos\u00e9"), r"Jos\u00e9");
        // A surrogate pair is one character; a lone surrogate, an unknown
        // escape and an escape cut off at the end are read as they are or
        // as U+FFFD, never as invalid UTF-8.
        let read = JsonRead::of_piece(r#"["\ud83d\ude00 \ud83d x \q \u12"]"#).unwrap();
        assert_eq!(read.text(), "[\"\u{1f600} \u{fffd} x \\q \\u12\"]");
        assert_eq!(read.raw_span(2, 6), (2, 14));
        assert_eq!(read.raw_span(7, 10), (15, 21));
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
