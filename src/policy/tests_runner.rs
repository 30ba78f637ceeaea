//! Policy tests: the examples a policy carries to prove what it decides.
//!
//! A test is a request (principal, model, text and/or findings, direction)
//! and the decision it must get. `cordon policy test` runs them, with text
//! going through the policy's own detector (built-in + site detectors), so a
//! test checks detection and decision together, as the gateway runs them.
//! This module decides what a test may say, how it passes, and how results
//! are reported (text summary, JUnit XML, GitHub annotations), including
//! which rules no test exercised.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::decision::{Action, Decision, Direction, EvalInput};
use super::load::{Issues, Source};
use super::raw::{RawExpect, RawRequest, RawTestDirection, RawTestEntry};
use super::{Policy, PolicyError};
use crate::auth::Principal;
use crate::detect::Finding;

/// One request to evaluate.
#[derive(Debug, Clone, PartialEq)]
pub struct TestRequest {
    pub principal: Principal,
    pub model: String,
    /// Run through the policy's detector.
    pub text: Option<String>,
    /// Given directly, in addition to what the text yields.
    pub findings: Vec<TestFinding>,
    pub direction: Direction,
}

/// A finding a test gives directly (kept apart from
/// [`Finding`] so that tests depend only on the detector's public fields).
#[derive(Debug, Clone, PartialEq)]
pub struct TestFinding {
    pub class: String,
    pub score: f32,
}

/// What a test expects; absent fields are not checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Expectation {
    pub action: Action,
    pub destination: Option<String>,
    /// Exactly these determining rules, in order.
    pub rules: Option<Vec<String>>,
    /// Exactly these shadow rules, in order.
    pub shadow_rules: Option<Vec<String>>,
    /// At least these classes are redacted.
    pub redact: Option<Vec<String>>,
    /// At least these classes are pseudonymized.
    pub pseudonymize: Option<Vec<String>>,
    /// The deny message contains this text.
    pub message: Option<String>,
}

/// A named test case with where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyTest {
    pub name: String,
    pub file: PathBuf,
    pub location: Option<(usize, usize)>,
    pub request: TestRequest,
    /// `None` only in `policy diff --cases` files.
    pub expect: Option<Expectation>,
}

impl TestRequest {
    /// Detection (on `text`) plus the given findings.
    pub fn findings(&self, policy: &Policy) -> Vec<Finding> {
        let mut findings: Vec<Finding> = self
            .findings
            .iter()
            .map(|f| Finding {
                class: f.class.as_str().into(),
                start: 0,
                end: 0,
                score: f.score,
                recognizer: "policy-test",
            })
            .collect();
        if let Some(text) = &self.text {
            findings.extend(policy.detector().scan(text));
        }
        findings
    }

    /// Detects and evaluates.
    pub fn evaluate(&self, policy: &Policy) -> Decision {
        let findings = self.findings(policy);
        policy.evaluate(&EvalInput {
            principal: &self.principal,
            model: &self.model,
            direction: self.direction,
            findings: &findings,
        })
    }
}

pub(crate) fn convert_request(r: RawRequest) -> TestRequest {
    let mut findings = Vec::new();
    for f in r.findings {
        for _ in 0..f.count.unwrap_or(1).min(1000) {
            findings.push(TestFinding { class: f.class.clone(), score: f.score.unwrap_or(1.0) });
        }
    }
    TestRequest {
        principal: Principal {
            subject: r.principal.subject.unwrap_or_else(|| "test-user".into()),
            issuer: r.principal.issuer.unwrap_or_else(|| "test".into()),
            roles: r.principal.roles,
            groups: r.principal.groups,
            display_name: None,
            email: None,
        },
        model: r.model,
        text: r.text,
        findings,
        direction: match r.direction {
            Some(RawTestDirection::Response) => Direction::Response,
            Some(RawTestDirection::Request) | None => Direction::Request,
        },
    }
}

fn convert_expect(e: RawExpect) -> Result<Expectation, String> {
    let action = Action::parse(&e.decision)
        .ok_or_else(|| format!("unknown decision `{}` (allow, deny, route, redact, pseudonymize)", e.decision))?;
    Ok(Expectation {
        action,
        destination: e.destination,
        rules: e.rules,
        shadow_rules: e.shadow_rules,
        redact: e.redact,
        pseudonymize: e.pseudonymize,
        message: e.message,
    })
}

/// Checks one raw test entry's shape (references are checked by `load`).
pub(crate) fn convert_test(
    entry: RawTestEntry,
    src: &Source,
    path: &str,
    issues: &mut Issues,
    need_expect: bool,
) -> Option<PolicyTest> {
    let Some(name) = entry.name.filter(|n| !n.trim().is_empty()) else {
        issues.error(src, path, "a test needs a `name`");
        return None;
    };
    let Some(request) = entry.request else {
        issues.error(src, path, format!("test `{name}` needs a `request`"));
        return None;
    };
    let expect = match entry.expect.map(convert_expect) {
        Some(Ok(e)) => Some(e),
        Some(Err(message)) => {
            issues.error(src, &format!("{path}.expect.decision"), format!("test `{name}`: {message}"));
            return None;
        }
        None if need_expect => {
            issues.error(src, path, format!("test `{name}` needs `expect`"));
            return None;
        }
        None => None,
    };
    Some(PolicyTest {
        name,
        file: src.file.clone(),
        location: src.map.find(path),
        request: convert_request(request),
        expect,
    })
}

/// Reads a file of extra cases (`policy diff --cases`): the same format as
/// an included test file, `expect` optional.
pub fn load_cases(path: &Path) -> Result<Vec<PolicyTest>, PolicyError> {
    let bytes = std::fs::read(path).map_err(|source| PolicyError::Read { path: path.to_path_buf(), source })?;
    let mut issues = Issues::default();
    let mut cases = Vec::new();
    if let Some((src, entries)) = super::load::parse_test_file(path, &bytes, &mut issues) {
        for (i, value) in entries.into_iter().enumerate() {
            let at = format!("tests[{i}]");
            if let Some(entry) = super::load::convert::<RawTestEntry>(value, &src, &at, "case", &mut issues) {
                if entry.include.is_some() {
                    issues.error(&src, &at, "a cases file cannot include other files");
                    continue;
                }
                if let Some(t) = convert_test(entry, &src, &at, &mut issues, false) {
                    cases.push(t);
                }
            }
        }
    }
    if issues.list.is_empty() { Ok(cases) } else { Err(PolicyError::Invalid(issues.list)) }
}

/// The result of one test.
#[derive(Debug, Clone)]
pub struct TestOutcome {
    pub name: String,
    pub file: PathBuf,
    pub location: Option<(usize, usize)>,
    pub decision: Decision,
    /// Empty when the test passed.
    pub failures: Vec<String>,
}

impl TestOutcome {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Runs one test.
pub fn run_test(policy: &Policy, test: &PolicyTest) -> TestOutcome {
    let decision = test.request.evaluate(policy);
    let mut failures = Vec::new();
    if let Some(e) = &test.expect {
        if decision.action != e.action {
            failures.push(format!(
                "expected decision `{}`, got `{}` ({})",
                e.action, decision.action, decision.explanation
            ));
        }
        if let Some(d) = &e.destination
            && *d != decision.destination
        {
            failures.push(format!("expected destination `{d}`, got `{}`", decision.destination));
        }
        if let Some(rules) = &e.rules
            && *rules != decision.rules
        {
            failures.push(format!("expected rules [{}], got [{}]", rules.join(", "), decision.rules.join(", ")));
        }
        if let Some(rules) = &e.shadow_rules
            && *rules != decision.shadow_rules
        {
            failures.push(format!(
                "expected shadow rules [{}], got [{}]",
                rules.join(", "),
                decision.shadow_rules.join(", ")
            ));
        }
        for (wanted, got, what) in
            [(&e.redact, &decision.redact, "redacted"), (&e.pseudonymize, &decision.pseudonymize, "pseudonymized")]
        {
            for class in wanted.iter().flatten() {
                if !got.contains(class) {
                    failures.push(format!("expected `{class}` to be {what}; {what}: [{}]", got.join(", ")));
                }
            }
        }
        if let Some(m) = &e.message
            && !decision.message.as_deref().is_some_and(|x| x.contains(m.as_str()))
        {
            failures.push(format!("expected a message containing {m:?}, got {:?}", decision.message));
        }
    }
    TestOutcome { name: test.name.clone(), file: test.file.clone(), location: test.location, decision, failures }
}

/// The results of all tests of one policy.
#[derive(Debug, Clone)]
pub struct TestReport {
    pub policy: PathBuf,
    pub revision: String,
    pub outcomes: Vec<TestOutcome>,
    /// Rules whose conditions held in no test.
    pub unexercised: Vec<String>,
}

impl TestReport {
    pub fn passed(&self) -> usize {
        self.outcomes.iter().filter(|o| o.passed()).count()
    }

    pub fn failed(&self) -> usize {
        self.outcomes.len() - self.passed()
    }
}

/// Runs every test of `policy`.
pub fn run_all(policy: &Policy) -> TestReport {
    let outcomes: Vec<TestOutcome> = policy.tests.iter().map(|t| run_test(policy, t)).collect();
    let mut exercised: BTreeSet<String> = BTreeSet::new();
    for t in &policy.tests {
        let findings = t.request.findings(policy);
        exercised.extend(policy.matching_rules(&EvalInput {
            principal: &t.request.principal,
            model: &t.request.model,
            direction: t.request.direction,
            findings: &findings,
        }));
    }
    TestReport {
        policy: policy.path.clone(),
        revision: policy.revision.clone(),
        unexercised: policy.rules.iter().filter(|r| !exercised.contains(&r.id)).map(|r| r.id.clone()).collect(),
        outcomes,
    }
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: one `<testsuite>` per policy file, one `<testcase>` per test.
/// `errors` are policies that did not load (one failed suite each).
pub fn junit_xml(reports: &[TestReport], errors: &[(PathBuf, Vec<String>)]) -> String {
    let tests: usize = reports.iter().map(|r| r.outcomes.len()).sum::<usize>() + errors.len();
    let failures: usize = reports.iter().map(TestReport::failed).sum::<usize>() + errors.len();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<testsuites name=\"cordon policy test\" tests=\"{tests}\" failures=\"{failures}\">");
    for r in reports {
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\">",
            xml_escape(&r.policy.display().to_string()),
            r.outcomes.len(),
            r.failed()
        );
        let _ = writeln!(out, "    <properties><property name=\"revision\" value=\"{}\"/></properties>", r.revision);
        for o in &r.outcomes {
            let _ = write!(
                out,
                "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"",
                xml_escape(&r.policy.display().to_string()),
                xml_escape(&o.name),
                xml_escape(&o.file.display().to_string())
            );
            if let Some((line, _)) = o.location {
                let _ = write!(out, " line=\"{line}\"");
            }
            if o.passed() {
                out.push_str("/>\n");
            } else {
                let text = o.failures.join("\n");
                let _ = writeln!(
                    out,
                    ">\n      <failure message=\"{}\">{}</failure>\n    </testcase>",
                    xml_escape(o.failures.first().map_or("", String::as_str)),
                    xml_escape(&text)
                );
            }
        }
        out.push_str("  </testsuite>\n");
    }
    for (path, messages) in errors {
        let name = xml_escape(&path.display().to_string());
        let _ = writeln!(
            out,
            "  <testsuite name=\"{name}\" tests=\"1\" failures=\"1\">\n    <testcase classname=\"{name}\" name=\"policy loads\">\n      <failure message=\"policy does not load\">{}</failure>\n    </testcase>\n  </testsuite>",
            xml_escape(&messages.join("\n"))
        );
    }
    out.push_str("</testsuites>\n");
    out
}

/// A GitHub Actions workflow command (`::error file=..,line=..::msg`).
pub fn github_annotation(level: &str, file: &Path, location: Option<(usize, usize)>, message: &str) -> String {
    let escape_property = |s: &str| {
        s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A").replace(':', "%3A").replace(',', "%2C")
    };
    let escape_data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let mut props = format!("file={}", escape_property(&file.display().to_string()));
    if let Some((line, col)) = location {
        let _ = write!(props, ",line={line},col={col}");
    }
    format!("::{level} {props}::{}", escape_data(message))
}
