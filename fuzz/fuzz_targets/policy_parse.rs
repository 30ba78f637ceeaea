//! Fuzzes the policy loader and the engine behind it.
//!
//! Properties, not just "no crash":
//! - loading arbitrary bytes never panics;
//! - a policy that loads has a `sha256:` revision of 71 characters, and
//!   every error it reports points inside the text (line within bounds);
//! - evaluating any loaded policy, for every model it exposes, never panics,
//!   names the policy's revision, and a deny carries no masks;
//! - an unknown model is denied with an error (fail closed).
//!
//! Run: `cargo +nightly fuzz run policy_parse` (from the crate root).
#![no_main]

use std::path::Path;

use cordon::auth::Principal;
use cordon::detect::Finding;
use cordon::policy::{Action, Direction, EvalInput, Policy, PolicyError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.yaml");
    match Policy::from_bytes(path, data) {
        Err(PolicyError::Invalid(issues)) => {
            let lines = data.iter().filter(|b| **b == b'\n').count() + 2;
            for issue in issues {
                if issue.file == path {
                    if let Some((line, _)) = issue.location {
                        assert!(line >= 1 && line <= lines, "line {line} outside the text");
                    }
                }
            }
        }
        Err(PolicyError::Read { .. }) => {}
        Ok(policy) => {
            assert_eq!(policy.revision.len(), 71);
            assert!(policy.revision.starts_with("sha256:"));
            let principal = Principal {
                subject: "fuzz".into(),
                issuer: "fuzz".into(),
                roles: vec!["a".into(), "clinician".into()],
                groups: vec!["g".into()],
                display_name: None,
                email: None,
            };
            let findings: Vec<Finding> = ["phi.mrn", "pii.email", "secret.jwt", "custom.x", "zz"]
                .iter()
                .enumerate()
                .map(|(i, c)| Finding {
                    class: (*c).into(),
                    start: i,
                    end: i + 1,
                    score: (i as f32) / 4.0,
                    recognizer: "fuzz",
                })
                .collect();
            let models: Vec<String> = policy.models.keys().cloned().collect();
            for model in models.iter().map(String::as_str).chain(["not-a-model"]) {
                for direction in [Direction::Request, Direction::Response] {
                    let d =
                        policy.evaluate(&EvalInput { principal: &principal, model, direction, findings: &findings });
                    assert_eq!(d.policy_revision, policy.revision);
                    if d.action == Action::Deny {
                        assert!(d.redact.is_empty() && d.pseudonymize.is_empty());
                    }
                    if model == "not-a-model" {
                        assert_eq!(d.action, Action::Deny);
                        assert!(d.error.is_some());
                    }
                }
            }
        }
    }
});
