//! Tests of the engine's semantics as `docs/policy.md` states them: every
//! condition, every action, precedence, shadow mode, determinism and
//! failing closed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use super::*;
use crate::auth::Principal;
use crate::detect::Finding;

const BASE: &str = r#"
version: 1
name: t
destinations:
  local: { kind: llama, model_file: m.gguf, network: internal }
  vllm: { kind: openai, base_url: "http://10.0.0.1:8000/v1", network: internal, attributes: [gpu] }
  baa: { kind: openai, base_url: "https://baa.example.test/v1", network: external, attributes: [baa, zero-retention] }
  cloud: { kind: openai, base_url: "https://cloud.example.test/v1", network: external }
models:
  small: { destination: local }
  big: { destination: vllm, upstream_model: big-70b }
  safe: { destination: baa, upstream_model: safe-1 }
  open: { destination: cloud, upstream_model: open-1 }
classes:
  phi: ["pii.*", "phi.*"]
  secrets: ["secret.*"]
"#;

fn policy(rules: &str) -> Policy {
    let text = format!("{BASE}rules:\n{rules}");
    Policy::from_bytes(Path::new("p.yaml"), text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n---\n{text}"))
}

fn who(roles: &[&str]) -> Principal {
    Principal {
        subject: "alice".into(),
        issuer: "https://idp.example.test".into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        groups: vec!["ward-7".into()],
        display_name: None,
        email: None,
    }
}

fn found(classes: &[(&str, f32)]) -> Vec<Finding> {
    classes.iter().map(|(c, s)| Finding { class: (*c).into(), start: 0, end: 1, score: *s, recognizer: "t" }).collect()
}

fn eval_dir(p: &Policy, roles: &[&str], model: &str, f: &[(&str, f32)], direction: Direction) -> Decision {
    let principal = who(roles);
    let findings = found(f);
    p.evaluate(&EvalInput { principal: &principal, model, direction, findings: &findings })
}

fn eval(p: &Policy, roles: &[&str], model: &str, f: &[(&str, f32)]) -> Decision {
    eval_dir(p, roles, model, f, Direction::Request)
}

const ALLOW_STAFF: &str = "  - { id: staff, when: { principal: { roles: [staff] } }, then: allow }\n";

#[test]
fn default_is_deny() {
    let p = policy("  - { id: nobody, when: { principal: { roles: [nobody] } }, then: allow }\n");
    let d = eval(&p, &["staff"], "small", &[]);
    assert_eq!(d.action, Action::Deny);
    assert!(d.rules.is_empty());
    assert!(d.message.is_some());
    assert_eq!(d.policy_revision, p.revision);
    let empty = Policy::from_bytes(Path::new("p.yaml"), format!("{BASE}rules: []\n").as_bytes()).unwrap();
    assert_eq!(eval(&empty, &["staff"], "small", &[]).action, Action::Deny);
}

#[test]
fn allow_grants_and_names_the_rule() {
    let p = policy(ALLOW_STAFF);
    let d = eval(&p, &["staff"], "big", &[]);
    assert_eq!(d.action, Action::Allow);
    assert_eq!(d.destination, "vllm");
    assert_eq!(d.upstream_model, "big-70b");
    assert_eq!(d.network, Network::Internal);
    assert_eq!(d.rules, vec!["staff"]);
    assert!(d.explanation.contains("staff"));
}

#[test]
fn principal_conditions() {
    let p = policy(
        r#"  - { id: by-group, when: { principal: { groups: [ward-7] } }, then: allow, mode: shadow }
  - { id: by-subject, when: { principal: { subject: [alice, bob] } }, then: allow, mode: shadow }
  - { id: by-issuer, when: { principal: { issuer: "https://idp.example.test" } }, then: allow, mode: shadow }
  - { id: by-role, when: { principal: { roles: [clinician, staff] } }, then: allow, mode: shadow }
  - { id: wrong-issuer, when: { principal: { issuer: other } }, then: allow, mode: shadow }
  - { id: both, when: { principal: { roles: [staff], groups: [ward-9] } }, then: allow, mode: shadow }
"#,
    );
    let d = eval(&p, &["staff"], "small", &[]);
    assert_eq!(d.shadow_rules, vec!["by-group", "by-subject", "by-issuer", "by-role"]);
    let d = eval(&p, &["visitor"], "small", &[]);
    assert_eq!(d.shadow_rules, vec!["by-group", "by-subject", "by-issuer"]);
}

#[test]
fn model_condition() {
    let p = policy("  - { id: m, when: { model: [big, safe] }, then: allow }\n");
    assert_eq!(eval(&p, &[], "big", &[]).action, Action::Allow);
    assert_eq!(eval(&p, &[], "small", &[]).action, Action::Deny);
}

#[test]
fn destination_conditions() {
    let p = policy(
        r#"  - { id: name, when: { destination: { name: [vllm] } }, then: allow, mode: shadow }
  - { id: net, when: { destination: { network: external } }, then: allow, mode: shadow }
  - { id: attrs, when: { destination: { attributes: [baa, zero-retention] } }, then: allow, mode: shadow }
  - { id: lacks, when: { destination: { lacks: [baa] } }, then: allow, mode: shadow }
"#,
    );
    assert_eq!(eval(&p, &[], "big", &[]).shadow_rules, vec!["name", "lacks"]);
    assert_eq!(eval(&p, &[], "safe", &[]).shadow_rules, vec!["net", "attrs"]);
    assert_eq!(eval(&p, &[], "open", &[]).shadow_rules, vec!["net", "lacks"]);
}

#[test]
fn findings_any_all_none() {
    let p = policy(
        r#"  - { id: any, when: { found: [phi] }, then: deny, mode: shadow }
  - { id: all, when: { findings: { all: [phi.mrn, pii.email] } }, then: deny, mode: shadow }
  - { id: none, when: { findings: { none: [secrets] } }, then: deny, mode: shadow }
  - { id: glob, when: { findings: { any: ["secret.*"] } }, then: deny, mode: shadow }
"#,
    );
    assert_eq!(eval(&p, &[], "small", &[]).shadow_rules, vec!["none"]);
    assert_eq!(eval(&p, &[], "small", &[("phi.mrn", 0.9)]).shadow_rules, vec!["any", "none"]);
    assert_eq!(
        eval(&p, &[], "small", &[("phi.mrn", 0.9), ("pii.email", 0.9)]).shadow_rules,
        vec!["any", "all", "none"]
    );
    assert_eq!(eval(&p, &[], "small", &[("secret.jwt", 0.9)]).shadow_rules, vec!["glob"]);
}

#[test]
fn findings_min_score_and_min_count() {
    let p = policy(
        r#"  - { id: sure, when: { findings: { any: [phi], min_score: 0.8 } }, then: deny, mode: shadow }
  - { id: many, when: { findings: { any: [phi.mrn], min_count: 2 } }, then: deny, mode: shadow }
  - { id: lots, when: { findings: { min_count: 3 } }, then: deny, mode: shadow }
"#,
    );
    assert!(eval(&p, &[], "small", &[("phi.mrn", 0.5)]).shadow_rules.is_empty());
    assert_eq!(eval(&p, &[], "small", &[("phi.mrn", 0.8)]).shadow_rules, vec!["sure"]);
    assert_eq!(eval(&p, &[], "small", &[("phi.mrn", 0.5), ("phi.mrn", 0.5)]).shadow_rules, vec!["many"]);
    assert_eq!(
        eval(&p, &[], "small", &[("phi.mrn", 0.9), ("phi.mrn", 0.9), ("secret.jwt", 0.9)]).shadow_rules,
        vec!["sure", "many", "lots"]
    );
}

#[test]
fn a_nan_score_counts_as_certain() {
    let p = policy("  - { id: sure, when: { findings: { any: [phi], min_score: 0.99 } }, then: deny }\n");
    assert_eq!(eval(&p, &[], "small", &[("phi.mrn", f32::NAN)]).action, Action::Deny);
}

#[test]
fn unknown_finding_classes_match_globs_only() {
    // A newer detector may emit a class this policy was not checked against.
    let p = policy(
        r#"  - { id: glob, when: { found: ["phi.*"] }, then: deny, mode: shadow }
  - { id: exact, when: { found: [phi.mrn] }, then: deny, mode: shadow }
"#,
    );
    assert_eq!(eval(&p, &[], "small", &[("phi.new_thing", 1.0)]).shadow_rules, vec!["glob"]);
}

#[test]
fn direction_defaults_to_request() {
    let p = policy(
        r#"  - { id: req, when: { found: [phi] }, then: deny }
  - { id: resp, when: { found: [secrets], direction: response }, then: deny }
  - { id: both, when: { found: [pii.email], direction: both }, then: deny }
"#,
    );
    let r = |f: &[(&str, f32)], d| eval_dir(&p, &["staff"], "small", f, d).rules;
    assert_eq!(r(&[("phi.mrn", 1.0)], Direction::Request), vec!["req"]);
    assert!(r(&[("phi.mrn", 1.0)], Direction::Response).is_empty());
    assert!(r(&[("secret.jwt", 1.0)], Direction::Request).is_empty());
    assert_eq!(r(&[("secret.jwt", 1.0)], Direction::Response), vec!["resp"]);
    assert_eq!(r(&[("pii.email", 1.0)], Direction::Response), vec!["both"]);
}

#[test]
fn responses_pass_unless_restricted() {
    let p =
        policy("  - { id: mask, when: { found: [pii.email], direction: response }, then: { redact: [pii.email] } }\n");
    let d = eval_dir(&p, &[], "small", &[], Direction::Response);
    assert_eq!(d.action, Action::Allow);
    let d = eval_dir(&p, &[], "small", &[("pii.email", 1.0)], Direction::Response);
    assert_eq!(d.action, Action::Redact);
    assert_eq!(d.redact, vec!["pii.email"]);
    assert_eq!(d.rules, vec!["mask"]);
}

#[test]
fn deny_with_and_without_message() {
    let p = policy(&format!(
        "  - {{ id: no-secrets, when: {{ found: [secrets] }}, then: deny, message: Keys stay home. }}\n  - {{ id: no-phi, when: {{ found: [phi] }}, then: deny }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "small", &[("secret.jwt", 1.0)]);
    assert_eq!(d.action, Action::Deny);
    assert_eq!(d.message.as_deref(), Some("Keys stay home."));
    let d = eval(&p, &["staff"], "small", &[("phi.mrn", 1.0)]);
    assert_eq!(d.message.as_deref(), Some("Denied by policy rule `no-phi`."));
    let d = eval(&p, &["staff"], "small", &[("phi.mrn", 1.0), ("secret.jwt", 1.0)]);
    assert_eq!(d.rules, vec!["no-secrets", "no-phi"]);
}

#[test]
fn redact_and_pseudonymize_list_only_found_classes() {
    let p = policy(&format!(
        "  - {{ id: r, when: {{ found: [phi] }}, then: {{ redact: [pii.ssn] }} }}\n  - {{ id: p, when: {{ found: [phi] }}, then: {{ pseudonymize: [phi] }} }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "small", &[("pii.ssn", 1.0), ("pii.person_name", 1.0)]);
    assert_eq!(d.action, Action::Redact);
    assert_eq!(d.redact, vec!["pii.ssn"]);
    // Redaction wins over pseudonymization for the same class.
    assert_eq!(d.pseudonymize, vec!["pii.person_name"]);
    assert_eq!(d.rules, vec!["r", "p", "staff"]);
    let d = eval(&p, &["staff"], "small", &[("pii.person_name", 1.0)]);
    assert_eq!(d.action, Action::Pseudonymize);
    assert!(d.redact.is_empty());
}

#[test]
fn a_transform_does_not_grant() {
    let p = policy("  - { id: r, when: { found: [phi] }, then: { redact: [phi] } }\n");
    let d = eval(&p, &["staff"], "small", &[("pii.ssn", 1.0)]);
    assert_eq!(d.action, Action::Deny);
    assert!(d.redact.is_empty());
}

#[test]
fn route_moves_the_request_and_keeps_masks() {
    let p = policy(&format!(
        "  - {{ id: inside, when: {{ found: [phi], destination: {{ network: external }} }}, then: {{ route: local }} }}\n  - {{ id: mask, when: {{ found: [pii.email] }}, then: {{ pseudonymize: [pii.email] }} }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "open", &[("pii.email", 1.0)]);
    assert_eq!(d.action, Action::Route);
    assert_eq!(d.destination, "local");
    assert_eq!(d.network, Network::Internal);
    assert_eq!(d.upstream_model, "small");
    assert_eq!(d.pseudonymize, vec!["pii.email"]);
    assert_eq!(d.rules, vec!["inside", "mask", "staff"]);
    // Route is not a grant either.
    assert_eq!(eval(&p, &["visitor"], "open", &[("pii.email", 1.0)]).action, Action::Deny);
}

#[test]
fn the_first_route_wins() {
    let p = policy(&format!(
        "  - {{ id: to-local, when: {{ found: [phi] }}, then: {{ route: local }} }}\n  - {{ id: to-vllm, when: {{ found: [phi] }}, then: {{ route: vllm }} }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "open", &[("phi.mrn", 1.0)]);
    assert_eq!(d.destination, "local");
    assert_eq!(d.rules, vec!["to-local", "staff"]);
    assert!(!p.warnings.is_empty(), "to-vllm can never fire");
}

#[test]
fn rules_are_judged_again_at_the_routed_destination() {
    let p = policy(
        r#"  - { id: inside, when: { found: [phi], destination: { network: external } }, then: { route: vllm } }
  - { id: no-gpu-for-interns, when: { principal: { roles: [intern] }, destination: { attributes: [gpu] } }, then: deny }
  - { id: internal-only, when: { principal: { roles: [intern] }, destination: { network: internal } }, then: allow }
"#,
    );
    let d = eval(&p, &["intern"], "open", &[("phi.mrn", 1.0)]);
    assert_eq!(d.action, Action::Deny);
    assert_eq!(d.rules, vec!["no-gpu-for-interns"]);
    assert_eq!(d.destination, "vllm");
    assert!(d.explanation.contains("routed"), "{}", d.explanation);
    // Without PHI the intern stays on the external model, which no allow covers.
    assert_eq!(eval(&p, &["intern"], "open", &[]).action, Action::Deny);
    assert_eq!(eval(&p, &["intern"], "small", &[]).action, Action::Allow);
}

#[test]
fn require_denies_when_the_destination_lacks_attributes() {
    let p = policy(&format!(
        "  - {{ id: baa-outside, when: {{ found: [phi], destination: {{ network: external }} }}, then: {{ require: [baa] }} }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "open", &[("phi.mrn", 1.0)]);
    assert_eq!(d.action, Action::Deny);
    assert_eq!(d.rules, vec!["baa-outside"]);
    assert!(d.message.unwrap().contains("baa"));
    let d = eval(&p, &["staff"], "safe", &[("phi.mrn", 1.0)]);
    assert_eq!(d.action, Action::Allow);
    assert_eq!(d.rules, vec!["staff"]);
}

#[test]
fn deny_overrides_route_transform_and_allow_whatever_the_order() {
    let rules = [
        "  - { id: allow-all, then: allow }\n",
        "  - { id: mask, when: { found: [phi] }, then: { redact: [phi] } }\n",
        "  - { id: move, when: { found: [phi] }, then: { route: local } }\n",
        "  - { id: stop, when: { found: [phi.mrn] }, then: deny }\n",
    ];
    // Every rotation of the rule order gives the same decision.
    for shift in 0..rules.len() {
        let mut text = String::new();
        for i in 0..rules.len() {
            text.push_str(rules[(i + shift) % rules.len()]);
        }
        let p = policy(&text);
        let d = eval(&p, &[], "open", &[("phi.mrn", 1.0)]);
        assert_eq!(d.action, Action::Deny, "order {shift}");
        assert_eq!(d.rules, vec!["stop"]);
        let d = eval(&p, &[], "open", &[("pii.ssn", 1.0)]);
        assert_eq!(d.action, Action::Route, "order {shift}");
        assert_eq!(d.redact, vec!["pii.ssn"]);
        let d = eval(&p, &[], "open", &[]);
        assert_eq!(d.action, Action::Allow, "order {shift}");
    }
}

#[test]
fn shadow_rules_are_reported_not_enforced() {
    let p = policy(&format!(
        "  - {{ id: would-deny, mode: shadow, when: {{ found: [phi] }}, then: deny }}\n  - {{ id: would-route, mode: shadow, when: {{ found: [phi] }}, then: {{ route: local }} }}\n  - {{ id: enforced, mode: enforce, when: {{ found: [secrets] }}, then: deny }}\n{ALLOW_STAFF}"
    ));
    let d = eval(&p, &["staff"], "open", &[("phi.mrn", 1.0)]);
    assert_eq!(d.action, Action::Allow);
    assert_eq!(d.destination, "cloud");
    assert_eq!(d.shadow_rules, vec!["would-deny", "would-route"]);
    assert_eq!(d.rules, vec!["staff"]);
    let d = eval(&p, &["staff"], "open", &[("secret.jwt", 1.0)]);
    assert_eq!(d.action, Action::Deny);
    assert!(d.shadow_rules.is_empty());
}

#[test]
fn evaluation_is_deterministic() {
    let p = policy(&format!(
        "  - {{ id: a, when: {{ found: [phi] }}, then: {{ pseudonymize: [phi] }} }}\n  - {{ id: b, when: {{ found: [pii.email] }}, then: {{ redact: [pii.email] }} }}\n{ALLOW_STAFF}"
    ));
    let f = [("pii.email", 1.0), ("pii.person_name", 0.7), ("pii.email", 0.9)];
    let first = eval(&p, &["staff"], "open", &f);
    for _ in 0..100 {
        assert_eq!(eval(&p, &["staff"], "open", &f), first);
    }
    let mut reversed = f;
    reversed.reverse();
    assert_eq!(eval(&p, &["staff"], "open", &reversed), first);
}

#[test]
fn an_unknown_model_fails_closed() {
    let p = policy(ALLOW_STAFF);
    let d = eval(&p, &["staff"], "no-such-model", &[]);
    assert_eq!(d.action, Action::Deny);
    assert!(d.error.as_deref().unwrap().contains("no-such-model"));
    assert!(d.explanation.contains("evaluation failed"));
}

#[test]
fn trace_explains_every_rule() {
    let p = policy(&format!(
        "  - {{ id: no-phi-out, when: {{ found: [phi], destination: {{ network: external }} }}, then: deny }}\n{ALLOW_STAFF}"
    ));
    let principal = who(&["staff"]);
    let findings = found(&[("phi.mrn", 0.9)]);
    let input = EvalInput { principal: &principal, model: "small", direction: Direction::Request, findings: &findings };
    let trace = p.trace(&input);
    assert_eq!(trace.len(), 2);
    assert!(!trace[0].matched);
    let dest = trace[0].conditions.iter().find(|c| c.condition == "destination").unwrap();
    assert!(!dest.holds);
    assert!(dest.detail.contains("`local` is internal"), "{}", dest.detail);
    assert!(trace[1].matched);
    let text = explain::render(&p, &input);
    assert!(text.contains("MATCH staff"));
    assert!(text.contains("decision allow"));
    assert!(!text.contains("4412378"));
}
