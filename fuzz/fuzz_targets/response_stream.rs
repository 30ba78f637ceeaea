//! Fuzzes response inspection: arbitrary answer text cut into arbitrary
//! chunks must stream to exactly what the same text gives as a whole answer,
//! for a role whose answers are masked and one whose are not; and nothing a
//! rule masks may be sent before it was masked.
//!
//! Input layout: the first byte picks the role, the next bytes are cut points
//! (one byte each, read until a zero byte), the rest is the answer text.
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use cordon::api::openai::{ChatChunk, ChatCompletion};
use cordon::auth::Principal;
use cordon::detect::PseudonymMap;
use cordon::policy::Policy;
use cordon::response::{ResponseGuard, ResponseSettings};
use libfuzzer_sys::fuzz_target;
use serde_json::json;

const POLICY: &str = r#"
version: 1
name: fuzz
destinations:
  local: { kind: llama, model_file: m.gguf, network: internal }
models:
  m: { destination: local }
rules:
  - { id: everyone, then: allow }
  - { id: clerks, when: { direction: response, principal: { roles: [clerk] } }, then: { redact: ["pii.*", "secret.*"] } }
"#;

fn policy() -> Arc<Policy> {
    static P: OnceLock<Arc<Policy>> = OnceLock::new();
    Arc::clone(P.get_or_init(|| match Policy::from_bytes(Path::new("fuzz.yaml"), POLICY.as_bytes()) {
        Ok(p) => Arc::new(p),
        Err(e) => panic!("policy: {e}"),
    }))
}

fn guard(role: &str) -> ResponseGuard {
    let mut principal = Principal::anonymous();
    principal.roles = vec![role.to_string()];
    let mut map = PseudonymMap::new();
    map.placeholder("pii.person_name", "Ann Lee");
    map.placeholder("phi.mrn", "4412378");
    ResponseGuard::new(policy(), principal, "m".into(), map, ResponseSettings { inspect: true, window_bytes: 32 })
}

fn chunk(content: &str) -> ChatChunk {
    let v = json!({"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": null}]});
    match serde_json::from_value(v) {
        Ok(c) => c,
        Err(e) => panic!("fixture: {e}"),
    }
}

fn completion(content: &str) -> ChatCompletion {
    let v = json!({"id": "x", "object": "chat.completion", "created": 1, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]});
    match serde_json::from_value(v) {
        Ok(c) => c,
        Err(e) => panic!("fixture: {e}"),
    }
}

fuzz_target!(|data: &[u8]| check(data));

fn check(data: &[u8]) {
    let Some((&role, rest)) = data.split_first() else { return };
    let role = if role % 2 == 0 { "clerk" } else { "doctor" };
    let cuts_len = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
    let (cuts, text) = rest.split_at(cuts_len);
    let Ok(text) = std::str::from_utf8(text.get(1..).unwrap_or_default()) else { return };

    let mut whole = completion(text);
    let mut g = guard(role);
    if g.inspect_completion(&mut whole).is_err() {
        return;
    }
    let expected = whole.choices[0].message.text();

    let mut g = guard(role);
    let mut streamed = String::new();
    let mut at = 0;
    let mut offsets: Vec<usize> = cuts
        .iter()
        .scan(0usize, |o, &c| {
            *o += usize::from(c);
            Some(*o)
        })
        .collect();
    offsets.push(text.len());
    for o in offsets {
        let o = o.min(text.len());
        if o <= at || !text.is_char_boundary(o) {
            continue;
        }
        let mut c = chunk(&text[at..o]);
        at = o;
        if g.inspect_chunk(&mut c).is_err() {
            panic!("no rule stops answers in this policy");
        }
        streamed.push_str(c.choices[0].delta.content.as_deref().unwrap_or(""));
        assert!(expected.starts_with(&streamed), "streamed text is not a prefix of the whole answer");
    }
    match g.finish_stream(&chunk("")) {
        Ok(Some(last)) => streamed.push_str(last.choices[0].delta.content.as_deref().unwrap_or("")),
        Ok(None) => {}
        Err(_) => panic!("no rule stops answers in this policy"),
    }
    assert_eq!(streamed, expected);
}
