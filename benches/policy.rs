//! Decision cost of a 50-rule policy, detection excluded (the findings are
//! given). Target: under 5 µs per decision.
//!
//! Run: `cargo bench --bench policy`
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

use std::hint::black_box;
use std::path::Path;

use cordon::auth::Principal;
use cordon::detect::Finding;
use cordon::policy::{Direction, EvalInput, Policy};
use criterion::{Criterion, criterion_group, criterion_main};

/// A policy of 50 rules mixing every kind of condition and action.
fn fifty_rules() -> String {
    let mut text = String::from(
        r#"version: 1
name: bench
destinations:
  local: { kind: llama, model_file: m.gguf, network: internal }
  vllm: { kind: openai, base_url: "http://10.0.0.1:8000/v1", network: internal }
  baa: { kind: openai, base_url: "https://baa.example.test/v1", network: external, attributes: [baa, zero-retention] }
  cloud: { kind: openai, base_url: "https://cloud.example.test/v1", network: external }
models:
  small: { destination: local }
  big: { destination: vllm }
  safe: { destination: baa }
  open: { destination: cloud }
classes:
  phi: ["pii.*", "phi.*"]
  secrets: ["secret.*"]
  contact: [pii.person_name, pii.email, pii.phone]
rules:
  - { id: no-secrets, when: { found: [secrets] }, then: deny }
"#,
    );
    let roles = ["clinician", "researcher", "admin", "nurse", "billing"];
    for i in 0..48 {
        let role = roles[i % roles.len()];
        let rule = match i % 8 {
            0 => format!(
                "  - {{ id: r{i}, when: {{ principal: {{ roles: [{role}] }}, found: [phi.mrn], destination: {{ network: external, lacks: [baa] }} }}, then: {{ route: local }} }}\n"
            ),
            1 => format!(
                "  - {{ id: r{i}, when: {{ principal: {{ roles: [{role}], groups: [g{i}] }}, found: [contact] }}, then: {{ pseudonymize: [contact] }} }}\n"
            ),
            2 => format!(
                "  - {{ id: r{i}, when: {{ findings: {{ any: [phi], min_score: 0.8, min_count: 3 }}, model: [open, safe] }}, then: deny, mode: shadow }}\n"
            ),
            3 => format!(
                "  - {{ id: r{i}, when: {{ principal: {{ roles: [{role}] }}, destination: {{ network: external }} }}, then: {{ require: [zero-retention] }} }}\n"
            ),
            4 => format!(
                "  - {{ id: r{i}, when: {{ findings: {{ all: [pii.ssn, pii.email], none: [phi.icd10] }} }}, then: {{ redact: [pii.ssn] }} }}\n"
            ),
            5 => format!(
                "  - {{ id: r{i}, when: {{ principal: {{ subject: [user{i}], issuer: [idp] }} }}, then: deny }}\n"
            ),
            6 => format!(
                "  - {{ id: r{i}, when: {{ found: [pii.email], direction: response }}, then: {{ redact: [pii.email] }} }}\n"
            ),
            _ => format!(
                "  - {{ id: r{i}, when: {{ principal: {{ roles: [{role}] }}, model: [small, big, safe, open] }}, then: allow }}\n"
            ),
        };
        text.push_str(&rule);
    }
    text.push_str("  - { id: everyone-else, when: { principal: { groups: [staff] } }, then: allow }\n");
    text
}

fn finding(class: &str, score: f32) -> Finding {
    Finding { class: class.into(), start: 0, end: 4, score, recognizer: "bench" }
}

fn bench(c: &mut Criterion) {
    let policy = Policy::from_bytes(Path::new("bench.yaml"), fifty_rules().as_bytes()).unwrap();
    assert_eq!(policy.rules.len(), 50);
    let principal = Principal {
        subject: "alice".into(),
        issuer: "idp".into(),
        roles: vec!["clinician".into(), "researcher".into()],
        groups: vec!["staff".into(), "g3".into()],
        display_name: None,
        email: None,
    };
    let findings = vec![finding("phi.mrn", 0.95), finding("pii.person_name", 0.8), finding("pii.email", 0.9)];
    let routed = EvalInput { principal: &principal, model: "open", direction: Direction::Request, findings: &findings };
    let clean = EvalInput { principal: &principal, model: "big", direction: Direction::Request, findings: &[] };
    c.bench_function("evaluate 50 rules, 3 findings, routed", |b| {
        b.iter(|| black_box(policy.evaluate(black_box(&routed))))
    });
    c.bench_function("evaluate 50 rules, no findings", |b| b.iter(|| black_box(policy.evaluate(black_box(&clean)))));
}

criterion_group!(benches, bench);
criterion_main!(benches);
