//! `cordon policy explain`: why a policy decides what it decides.
//!
//! For one request it shows the findings (class, span and score, never the
//! matched text, which may be sensitive), every rule in file order with
//! whether each of its conditions held and why, and the final decision. It
//! exists so that a reviewer or an author can answer "which rule did this,
//! and what would have to change" without reading the engine.

use std::fmt::Write as _;

use super::Policy;
use super::decision::{Decision, EvalInput};
use super::eval::Mode;
use crate::detect::Finding;

/// The whole explanation as text.
pub fn render(policy: &Policy, input: &EvalInput<'_>) -> String {
    let decision: Decision = policy.evaluate(input);
    let mut out = String::new();
    let _ = writeln!(out, "policy   {} ({})", policy.name, policy.revision);
    match policy.route(input.model) {
        Some((route, dest)) => {
            let attrs: Vec<&str> = dest.attributes.iter().map(String::as_str).collect();
            let _ = writeln!(
                out,
                "request  {} for model `{}` → destination `{}` ({}, attributes [{}]), upstream model `{}`",
                input.direction.as_str(),
                input.model,
                dest.name,
                dest.network,
                attrs.join(", "),
                route.upstream_model
            );
        }
        None => {
            let _ = writeln!(out, "request  model `{}` is not in the policy", input.model);
        }
    }
    let p = input.principal;
    let _ = writeln!(
        out,
        "caller   subject `{}`, issuer `{}`, roles [{}], groups [{}]",
        p.subject,
        p.issuer,
        p.roles.join(", "),
        p.groups.join(", ")
    );
    let _ = writeln!(out, "findings {}", render_findings(input.findings));
    let _ = writeln!(out, "\nrules (in file order):");
    for trace in policy.trace(input) {
        let mark = if trace.matched { "MATCH" } else { "  -  " };
        let mode = match trace.mode {
            Mode::Enforce => "",
            Mode::Shadow => " [shadow]",
        };
        let _ = writeln!(out, "  {mark} {}{mode}: then {}", trace.id, trace.action);
        for c in &trace.conditions {
            let _ = writeln!(out, "          {} {}: {}", if c.holds { "yes" } else { "no " }, c.condition, c.detail);
        }
    }
    let _ = writeln!(out, "\ndecision {}", decision.action);
    let _ = writeln!(out, "  destination  {} ({})", decision.destination, decision.network);
    let _ = writeln!(out, "  upstream     {}", decision.upstream_model);
    if !decision.redact.is_empty() {
        let _ = writeln!(out, "  redact       {}", decision.redact.join(", "));
    }
    if !decision.pseudonymize.is_empty() {
        let _ = writeln!(out, "  pseudonymize {}", decision.pseudonymize.join(", "));
    }
    let rules = if decision.rules.is_empty() { "(default)".to_string() } else { decision.rules.join(", ") };
    let _ = writeln!(out, "  rules        {rules}");
    if !decision.shadow_rules.is_empty() {
        let _ = writeln!(out, "  shadow       {}", decision.shadow_rules.join(", "));
    }
    if let Some(m) = &decision.message {
        let _ = writeln!(out, "  message      {m}");
    }
    let _ = writeln!(out, "  why          {}", decision.explanation);
    if let Some(e) = &decision.error {
        let _ = writeln!(out, "  error        {e}");
    }
    out
}

fn render_findings(findings: &[Finding]) -> String {
    if findings.is_empty() {
        return "none".into();
    }
    findings
        .iter()
        .map(|f| format!("{} [{}..{}] {:.2}", f.class, f.start, f.end, f.score))
        .collect::<Vec<_>>()
        .join("; ")
}
