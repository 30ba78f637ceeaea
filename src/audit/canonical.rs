//! Canonical JSON: the exact bytes that are hashed.
//!
//! Decides the one byte sequence each record has, following RFC 8785 (JSON
//! Canonicalization Scheme) for the subset of JSON the audit log uses: object
//! members sorted by the UTF-16 code units of their names, no whitespace,
//! strings escaped minimally as RFC 8785 prescribes, and numbers restricted to
//! integers within ±(2^53 − 1). Floats are refused rather than formatted,
//! because ECMAScript number formatting is where independent implementations
//! most often disagree; record types store scores as integers instead.

use serde_json::Value;

use super::AuditError;

/// Largest integer that an IEEE-754 double represents exactly (RFC 8785 numbers are doubles).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// Encode `value` canonically.
pub fn to_canonical_string(value: &Value) -> Result<String, AuditError> {
    let mut out = String::with_capacity(256);
    write_value(value, &mut out)?;
    Ok(out)
}

/// Whether `text` is exactly the canonical encoding of the JSON it contains.
pub fn is_canonical(text: &str) -> bool {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => to_canonical_string(&value).is_ok_and(|c| c == text),
        Err(_) => false,
    }
}

fn write_value(value: &Value, out: &mut String) -> Result<(), AuditError> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                if u > MAX_SAFE_INTEGER {
                    return Err(AuditError::Canonical("integer out of the exact double range"));
                }
                out.push_str(&u.to_string());
            } else if let Some(i) = n.as_i64() {
                if i.unsigned_abs() > MAX_SAFE_INTEGER {
                    return Err(AuditError::Canonical("integer out of the exact double range"));
                }
                out.push_str(&i.to_string());
            } else {
                return Err(AuditError::Canonical("non-integer numbers are not allowed"));
            }
        }
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut members: Vec<(&String, &Value)> = map.iter().collect();
            members.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
            out.push('{');
            for (i, (name, member)) in members.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(name, out);
                out.push(':');
                write_value(member, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

/// RFC 8785 §3.2.2.2: escape `"` and `\`, the short forms for
/// \b \t \n \f \r, `\u00xx` (lower-case hex) for other controls, and nothing else.
fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{0C}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly by design
    use super::*;
    use serde_json::json;

    #[test]
    fn sorts_keys_and_drops_whitespace() {
        let v = json!({"b": 1, "a": {"d": [true, null], "c": "x"}});
        assert_eq!(to_canonical_string(&v).unwrap(), r#"{"a":{"c":"x","d":[true,null]},"b":1}"#);
    }

    #[test]
    fn escapes_like_rfc8785() {
        let v = json!("a\"b\\c\u{1}\n\u{7f}é\u{2028}/");
        assert_eq!(to_canonical_string(&v).unwrap(), "\"a\\\"b\\\\c\\u0001\\n\u{7f}é\u{2028}/\"");
    }

    #[test]
    fn sorts_by_utf16_code_units() {
        // U+FF61 sorts after U+1F600 in UTF-8 byte order but before it in UTF-16.
        let v = json!({"\u{1F600}": 1, "\u{FF61}": 2});
        assert_eq!(to_canonical_string(&v).unwrap(), "{\"\u{1F600}\":1,\"\u{FF61}\":2}");
    }

    #[test]
    fn refuses_floats_and_huge_integers() {
        assert!(to_canonical_string(&json!(0.5)).is_err());
        assert!(to_canonical_string(&json!(1u64 << 60)).is_err());
        assert!(to_canonical_string(&json!(-5)).is_ok());
    }

    #[test]
    fn recognises_canonical_text() {
        assert!(is_canonical(r#"{"a":1,"b":[]}"#));
        assert!(!is_canonical(r#"{"b":[],"a":1}"#));
        assert!(!is_canonical(r#"{"a": 1}"#));
    }
}
