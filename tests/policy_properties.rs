//! Properties of loading and evaluation on generated input (the same ones
//! the cargo-fuzz target `fuzz/fuzz_targets/policy_parse.rs` asserts, run on
//! stable with every `cargo test`): loading never panics; a policy that
//! loads has a 71-character revision; evaluation never panics and always
//! names the policy revision; a deny never carries masks.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::path::Path;

use cordon::auth::Principal;
use cordon::detect::{CLASSES, Finding};
use cordon::policy::{Action, Direction, EvalInput, Policy};
use proptest::prelude::*;

const BASE: &str = "version: 1\nname: p\ndestinations:\n  local: { kind: llama, model_file: m.gguf, network: internal }\n  cloud: { kind: openai, base_url: \"https://c.example.test/v1\", network: external, attributes: [baa] }\nmodels:\n  small: { destination: local }\n  big: { destination: cloud }\nclasses:\n  phi: [\"pii.*\", \"phi.*\"]\nrules:\n";

fn rule() -> impl Strategy<Value = (String, &'static str, bool)> {
    let condition = prop_oneof![
        Just(String::new()),
        Just("principal: { roles: [a] }".to_string()),
        Just("principal: { groups: [g], subject: [s] }".to_string()),
        Just("model: big".to_string()),
        Just("destination: { network: external }".to_string()),
        Just("destination: { lacks: [baa] }".to_string()),
        Just("found: [phi]".to_string()),
        Just("findings: { any: [\"secret.*\"], min_count: 2, min_score: 0.5 }".to_string()),
        Just("findings: { none: [phi.mrn], all: [pii.email] }".to_string()),
        Just("direction: both".to_string()),
        Just("direction: response".to_string()),
    ];
    let action = prop_oneof![
        Just("allow"),
        Just("deny"),
        Just("{ redact: [phi] }"),
        Just("{ pseudonymize: [pii.email] }"),
        Just("{ route: local }"),
        Just("{ require: [baa] }"),
    ];
    (condition, action, any::<bool>())
}

fn class() -> impl Strategy<Value = String> {
    prop_oneof![proptest::sample::select(CLASSES).prop_map(str::to_string), "[a-z]{1,5}\\.[a-z]{1,5}",]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        if let Ok(p) = Policy::from_bytes(Path::new("f.yaml"), text.as_bytes()) {
            prop_assert_eq!(p.revision.len(), 71);
        }
    }

    #[test]
    fn generated_policies_evaluate_without_panicking(
        rules in proptest::collection::vec(rule(), 0..12),
        findings in proptest::collection::vec((class(), 0.0f32..=1.0), 0..6),
        roles in proptest::collection::vec("[a-c]", 0..3),
        model in prop_oneof![Just("small"), Just("big"), Just("missing")],
        response in any::<bool>(),
    ) {
        let mut text = BASE.to_string();
        for (i, (when, then, shadow)) in rules.iter().enumerate() {
            let mode = if *shadow { ", mode: shadow" } else { "" };
            text.push_str(&format!("  - {{ id: r{i}, when: {{ {when} }}, then: {then}{mode} }}\n"));
        }
        let Ok(policy) = Policy::from_bytes(Path::new("g.yaml"), text.as_bytes()) else {
            // Only response rules that route or require are refused.
            prop_assert!(text.contains("direction: response") || text.contains("direction: both"));
            return Ok(());
        };
        prop_assert_eq!(policy.revision.len(), 71);
        let principal = Principal { subject: "s".into(), issuer: "i".into(), roles, groups: vec!["g".into()], display_name: None, email: None };
        let findings: Vec<Finding> = findings
            .into_iter()
            .map(|(class, score)| Finding { class: class.into(), start: 0, end: 1, score, recognizer: "p" })
            .collect();
        let input = EvalInput {
            principal: &principal,
            model,
            direction: if response { Direction::Response } else { Direction::Request },
            findings: &findings,
        };
        let d = policy.evaluate(&input);
        prop_assert_eq!(&d.policy_revision, &policy.revision);
        if d.action == Action::Deny {
            prop_assert!(d.redact.is_empty() && d.pseudonymize.is_empty());
        }
        if model == "missing" {
            prop_assert_eq!(d.action, Action::Deny);
            prop_assert!(d.error.is_some());
        }
        for id in d.rules.iter().chain(d.shadow_rules.iter()) {
            prop_assert!(policy.rule(id).is_some());
        }
        // Same input, same decision.
        prop_assert_eq!(policy.evaluate(&input), d);
    }
}
