//! `cordon policy diff`: what a policy change changes.
//!
//! A reviewer approving a policy pull request needs the behaviour change,
//! not the text change. Both revisions are evaluated on every test of both
//! files plus optional extra cases; each case whose decision differs
//! (action, destination, masks or determining rules) is listed in a
//! Markdown table that can be posted as a pull-request comment.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::Policy;
use super::tests_runner::{PolicyTest, TestRequest};

/// How one case fares under both revisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseChange {
    pub case: String,
    /// Where the case comes from: `old`, `new`, `both` or `cases`.
    pub source: String,
    pub old: String,
    pub new: String,
}

/// The result of comparing two revisions.
#[derive(Debug, Clone)]
pub struct PolicyDiff {
    pub old_revision: String,
    pub new_revision: String,
    pub cases: usize,
    pub changes: Vec<CaseChange>,
}

fn outcome(policy: &Policy, request: &TestRequest) -> String {
    if policy.route(&request.model).is_none() {
        return format!("unknown model `{}` (404)", request.model);
    }
    request.evaluate(policy).summary()
}

/// Compares `old` and `new` on their tests and on `extra` cases.
pub fn diff(old: &Policy, new: &Policy, extra: &[PolicyTest]) -> PolicyDiff {
    let mut cases: Vec<(String, String, &TestRequest)> = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let new_names: BTreeSet<&str> = new.tests.iter().map(|t| t.name.as_str()).collect();
    let old_names: BTreeSet<&str> = old.tests.iter().map(|t| t.name.as_str()).collect();
    for (tests, label) in [(&old.tests, "old"), (&new.tests, "new")] {
        for t in tests.iter() {
            let in_both = old_names.contains(t.name.as_str()) && new_names.contains(t.name.as_str());
            let source = if in_both { "both" } else { label };
            // A test kept under the same name may have a changed request:
            // evaluate each distinct request once.
            let key = format!("{}\u{0}{:?}", t.name, t.request);
            if seen.insert(key) {
                cases.push((t.name.clone(), source.to_string(), &t.request));
            }
        }
    }
    for t in extra {
        cases.push((t.name.clone(), "cases".to_string(), &t.request));
    }
    let changes = cases
        .iter()
        .filter_map(|(name, source, request)| {
            let before = outcome(old, request);
            let after = outcome(new, request);
            (before != after).then(|| CaseChange {
                case: name.clone(),
                source: source.clone(),
                old: before,
                new: after,
            })
        })
        .collect();
    PolicyDiff { old_revision: old.revision.clone(), new_revision: new.revision.clone(), cases: cases.len(), changes }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

impl PolicyDiff {
    /// The Markdown report.
    pub fn markdown(&self) -> String {
        let short = |r: &str| r.chars().take(19).collect::<String>();
        let mut out = format!(
            "### Policy decision changes\n\n`{}` → `{}`: {} of {} cases change.\n",
            short(&self.old_revision),
            short(&self.new_revision),
            self.changes.len(),
            self.cases
        );
        if self.changes.is_empty() {
            out.push_str("\nNo decision changes.\n");
            return out;
        }
        out.push_str("\n| Case | From | Before | After |\n|---|---|---|---|\n");
        for c in &self.changes {
            let _ = writeln!(out, "| {} | {} | {} | {} |", cell(&c.case), c.source, cell(&c.old), cell(&c.new));
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use std::path::Path;

    use super::*;

    const OLD: &str = r#"
version: 1
name: t
destinations:
  local: { kind: llama, model_file: m.gguf, network: internal }
  cloud: { kind: openai, base_url: "https://c.example.test/v1", network: external }
models:
  small: { destination: local }
  big: { destination: cloud }
rules:
  - { id: staff, when: { principal: { roles: [staff] } }, then: allow }
tests:
  - name: staff on big
    request: { principal: { roles: [staff] }, model: big, text: "MRN 4412378" }
    expect: { decision: allow }
  - name: staff on small
    request: { principal: { roles: [staff] }, model: small }
    expect: { decision: allow }
"#;

    #[test]
    fn lists_cases_whose_decision_changes() {
        let old = Policy::from_bytes(Path::new("old.yaml"), OLD.as_bytes()).unwrap();
        let new_text = OLD.replace(
            "rules:\n",
            "rules:\n  - { id: phi-inside, when: { found: [\"phi.*\"] }, then: { route: local } }\n",
        );
        let new = Policy::from_bytes(Path::new("new.yaml"), new_text.as_bytes()).unwrap();
        let d = diff(&old, &new, &[]);
        assert_eq!(d.cases, 2);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].case, "staff on big");
        assert_eq!(d.changes[0].source, "both");
        assert!(d.changes[0].old.starts_with("allow → cloud"));
        assert!(d.changes[0].new.starts_with("route → local"));
        let md = d.markdown();
        assert!(md.contains("| Case | From | Before | After |"));
        assert!(md.contains("1 of 2 cases change"));
        let same = diff(&old, &old, &[]);
        assert!(same.changes.is_empty());
        assert!(same.markdown().contains("No decision changes."));
    }

    #[test]
    fn a_model_removed_in_the_new_revision_shows_as_404() {
        let old = Policy::from_bytes(Path::new("old.yaml"), OLD.as_bytes()).unwrap();
        let new_text = OLD.replace("  big: { destination: cloud }\n", "").replace(
            "  - name: staff on big\n    request: { principal: { roles: [staff] }, model: big, text: \"MRN 4412378\" }\n    expect: { decision: allow }\n",
            "",
        );
        let new = Policy::from_bytes(Path::new("new.yaml"), new_text.as_bytes()).unwrap();
        let d = diff(&old, &new, &[]);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].source, "old");
        assert_eq!(d.changes[0].new, "unknown model `big` (404)");
    }
}
