//! `cordon policy check|test|explain|diff`: the review tools.
//!
//! Each subcommand has a clap `Args` struct and a `run_*` function that
//! prints its report to stdout and returns the process exit code: 0 success,
//! 1 check failed (invalid policy, failing or missing tests, changes with
//! `--fail-on-change`), 2 usage or configuration error (unreadable file,
//! unknown model). They are meant for people and CI alike: `--format github`
//! turns problems into GitHub annotations, `--junit` writes JUnit XML.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Subcommand, ValueEnum};

use super::decision::{Direction, EvalInput};
use super::tests_runner::{self, TestReport, github_annotation};
use super::{Policy, PolicyError, PolicyIssue, Severity};
use crate::auth::Principal;

/// `cordon policy …`
#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Validate a policy file: syntax, references, regexes; warn about
    /// rules that can never fire.
    Check(CheckArgs),
    /// Run the tests of one or more policy files.
    Test(TestArgs),
    /// Show how a policy decides one request, rule by rule.
    Explain(ExplainArgs),
    /// Show every test case whose decision changes between two revisions.
    Diff(DiffArgs),
}

/// How problems are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// Plain text, `file:line:col: level: message`.
    #[default]
    Text,
    /// GitHub Actions workflow commands (`::error file=..,line=..::msg`).
    Github,
}

#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// The policy file.
    pub file: PathBuf,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Treat warnings (rules that can never fire) as failures.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Clone, Args)]
pub struct TestArgs {
    /// Policy files whose tests to run.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also write a JUnit XML report here.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
}

/// Which way the explained text travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum DirectionArg {
    #[default]
    Request,
    Response,
}

#[derive(Debug, Clone, Args)]
pub struct ExplainArgs {
    /// The policy file.
    pub file: PathBuf,
    /// The public model name requested.
    #[arg(long)]
    pub model: String,
    /// A role of the caller (repeatable).
    #[arg(long = "role")]
    pub roles: Vec<String>,
    /// A group of the caller (repeatable).
    #[arg(long = "group")]
    pub groups: Vec<String>,
    #[arg(long, default_value = "explain")]
    pub subject: String,
    #[arg(long, default_value = "")]
    pub issuer: String,
    /// The text to scan.
    #[arg(long, conflicts_with = "stdin")]
    pub text: Option<String>,
    /// Read the text to scan from standard input.
    #[arg(long)]
    pub stdin: bool,
    #[arg(long, value_enum, default_value_t = DirectionArg::Request)]
    pub direction: DirectionArg,
}

#[derive(Debug, Clone, Args)]
pub struct DiffArgs {
    /// The policy before the change.
    pub old: PathBuf,
    /// The policy after the change.
    pub new: PathBuf,
    /// Extra cases to evaluate (a YAML file with a `tests:` list; `expect`
    /// optional).
    #[arg(long, value_name = "FILE")]
    pub cases: Option<PathBuf>,
    /// Exit 1 when any decision changes.
    #[arg(long)]
    pub fail_on_change: bool,
}

/// Runs one `policy` subcommand.
pub fn run(command: PolicyCommand) -> anyhow::Result<i32> {
    match command {
        PolicyCommand::Check(a) => run_check(a),
        PolicyCommand::Test(a) => run_test(a),
        PolicyCommand::Explain(a) => run_explain(a),
        PolicyCommand::Diff(a) => run_diff(a),
    }
}

fn print_issue(issue: &PolicyIssue, format: OutputFormat) {
    match format {
        OutputFormat::Text => println!("{issue}"),
        OutputFormat::Github => {
            let level = match issue.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            println!("{}", github_annotation(level, &issue.file, issue.location, &issue.message));
        }
    }
}

/// Loads a policy, printing its problems. `Err(code)` when it does not load.
fn load_reporting(path: &Path, format: OutputFormat) -> Result<Policy, i32> {
    match Policy::load(path) {
        Ok(p) => Ok(p),
        Err(e @ PolicyError::Read { .. }) => {
            eprintln!("error: {e}");
            Err(2)
        }
        Err(e) => {
            for issue in e.issues() {
                print_issue(&issue, format);
            }
            Err(1)
        }
    }
}

/// `cordon policy check FILE`.
pub fn run_check(args: CheckArgs) -> anyhow::Result<i32> {
    let policy = match load_reporting(&args.file, args.format) {
        Ok(p) => p,
        Err(code) => {
            if code == 1 {
                println!("{}: invalid policy", args.file.display());
            }
            return Ok(code);
        }
    };
    for w in &policy.warnings {
        print_issue(w, args.format);
    }
    println!(
        "{}: policy `{}` is valid ({}): {} destinations, {} models, {} rules, {} tests, {} warnings",
        args.file.display(),
        policy.name,
        policy.revision,
        policy.destinations.len(),
        policy.models.len(),
        policy.rules.len(),
        policy.tests.len(),
        policy.warnings.len()
    );
    Ok(if args.deny_warnings && !policy.warnings.is_empty() { 1 } else { 0 })
}

/// `cordon policy test FILE...`.
pub fn run_test(args: TestArgs) -> anyhow::Result<i32> {
    let mut reports: Vec<TestReport> = Vec::new();
    let mut broken: Vec<(PathBuf, Vec<String>)> = Vec::new();
    let mut code = 0;
    for file in &args.files {
        let policy = match load_reporting(file, args.format) {
            Ok(p) => p,
            Err(c) => {
                code = code.max(c);
                broken.push((file.clone(), vec![format!("{} does not load", file.display())]));
                continue;
            }
        };
        if policy.tests.is_empty() {
            let message = "the policy has no tests";
            print_issue(
                &PolicyIssue { file: file.clone(), location: None, message: message.into(), severity: Severity::Error },
                args.format,
            );
            broken.push((file.clone(), vec![message.into()]));
            code = code.max(1);
            continue;
        }
        let report = tests_runner::run_all(&policy);
        println!("{} ({})", file.display(), policy.revision);
        for o in &report.outcomes {
            if o.passed() {
                println!("  ok    {}", o.name);
            } else {
                println!("  FAIL  {}", o.name);
                for f in &o.failures {
                    println!("          {f}");
                }
                if args.format == OutputFormat::Github {
                    println!(
                        "{}",
                        github_annotation(
                            "error",
                            &o.file,
                            o.location,
                            &format!("policy test `{}` failed: {}", o.name, o.failures.join("; "))
                        )
                    );
                }
            }
        }
        if !report.unexercised.is_empty() {
            println!("  rules no test exercised: {}", report.unexercised.join(", "));
            if args.format == OutputFormat::Github {
                for id in &report.unexercised {
                    let location = policy.rule(id).and_then(|r| r.location);
                    println!(
                        "{}",
                        github_annotation("warning", file, location, &format!("no policy test exercises rule `{id}`"))
                    );
                }
            }
        }
        println!("  {}: {} passed, {} failed", policy.name, report.passed(), report.failed());
        if report.failed() > 0 {
            code = code.max(1);
        }
        reports.push(report);
    }
    let passed: usize = reports.iter().map(TestReport::passed).sum();
    let failed: usize = reports.iter().map(TestReport::failed).sum::<usize>() + broken.len();
    println!();
    println!("{passed} passed, {failed} failed");
    if let Some(path) = &args.junit {
        std::fs::write(path, tests_runner::junit_xml(&reports, &broken))
            .with_context(|| format!("writing JUnit report {}", path.display()))?;
    }
    Ok(code)
}

/// `cordon policy explain FILE --model M --role R [--text T | --stdin]`.
pub fn run_explain(args: ExplainArgs) -> anyhow::Result<i32> {
    let policy = match load_reporting(&args.file, OutputFormat::Text) {
        Ok(p) => p,
        Err(_) => return Ok(2),
    };
    if policy.route(&args.model).is_none() {
        let known: Vec<&str> = policy.models.keys().map(String::as_str).collect();
        eprintln!(
            "error: model `{}` is not in the policy (known: {}); the gateway answers 404",
            args.model,
            known.join(", ")
        );
        return Ok(2);
    }
    let text = if args.stdin {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("reading standard input")?;
        Some(s)
    } else {
        args.text.clone()
    };
    let findings = text.as_deref().map(|t| policy.detector().scan(t)).unwrap_or_default();
    let principal = Principal {
        subject: args.subject.clone(),
        issuer: args.issuer.clone(),
        roles: args.roles.clone(),
        groups: args.groups.clone(),
        display_name: None,
        email: None,
    };
    let input = EvalInput {
        principal: &principal,
        model: &args.model,
        direction: match args.direction {
            DirectionArg::Request => Direction::Request,
            DirectionArg::Response => Direction::Response,
        },
        findings: &findings,
    };
    print!("{}", super::explain::render(&policy, &input));
    Ok(0)
}

/// `cordon policy diff OLD NEW [--cases FILE]`.
pub fn run_diff(args: DiffArgs) -> anyhow::Result<i32> {
    let old = match load_reporting(&args.old, OutputFormat::Text) {
        Ok(p) => p,
        Err(_) => return Ok(2),
    };
    let new = match load_reporting(&args.new, OutputFormat::Text) {
        Ok(p) => p,
        Err(_) => return Ok(2),
    };
    let extra = match &args.cases {
        Some(path) => match tests_runner::load_cases(path) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{e}");
                return Ok(2);
            }
        },
        None => Vec::new(),
    };
    let result = super::diff::diff(&old, &new, &extra);
    print!("{}", result.markdown());
    Ok(if args.fail_on_change && !result.changes.is_empty() { 1 } else { 0 })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    fn shipped(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("policies").join(name)
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    const NO_TESTS: &str = "version: 1\nname: n\ndestinations:\n  local: { kind: llama, model_file: m.gguf, network: internal }\nmodels:\n  small: { destination: local }\nrules:\n  - { id: all, then: allow }\n";

    #[test]
    fn check_exit_codes() {
        let dir = tempfile::tempdir().unwrap();
        let check =
            |file: PathBuf| run_check(CheckArgs { file, format: OutputFormat::Github, deny_warnings: false }).unwrap();
        assert_eq!(check(shipped("hospital.yaml")), 0);
        assert_eq!(check(write(dir.path(), "bad.yaml", "version: 1\nname: x\nmodels: {}\n")), 1);
        assert_eq!(check(dir.path().join("missing.yaml")), 2);
    }

    #[test]
    fn test_runs_shipped_policies_and_writes_junit() {
        let dir = tempfile::tempdir().unwrap();
        let junit = dir.path().join("junit.xml");
        let code = run_test(TestArgs {
            files: vec![shipped("hospital.yaml"), shipped("law-firm.yaml"), shipped("quickstart.yaml")],
            junit: Some(junit.clone()),
            format: OutputFormat::Text,
        })
        .unwrap();
        assert_eq!(code, 0);
        let xml = std::fs::read_to_string(junit).unwrap();
        assert!(xml.contains("<testsuites name=\"cordon policy test\""));
        assert!(xml.contains("failures=\"0\""));
    }

    #[test]
    fn test_fails_on_a_policy_without_tests_and_on_a_failing_test() {
        let dir = tempfile::tempdir().unwrap();
        let none = write(dir.path(), "none.yaml", NO_TESTS);
        let run =
            |files: Vec<PathBuf>| run_test(TestArgs { files, junit: None, format: OutputFormat::Github }).unwrap();
        assert_eq!(run(vec![none]), 1);
        let failing = write(
            dir.path(),
            "failing.yaml",
            &format!(
                "{NO_TESTS}tests:\n  - name: wrong\n    request: {{ model: small }}\n    expect: {{ decision: deny }}\n"
            ),
        );
        assert_eq!(run(vec![failing]), 1);
    }

    #[test]
    fn explain_and_diff_exit_codes() {
        let explain = |model: &str| {
            run_explain(ExplainArgs {
                file: shipped("hospital.yaml"),
                model: model.into(),
                roles: vec!["clinician".into()],
                groups: vec![],
                subject: "s".into(),
                issuer: String::new(),
                text: Some("MRN 4412378".into()),
                stdin: false,
                direction: DirectionArg::Request,
            })
            .unwrap()
        };
        assert_eq!(explain("gpt-4o-public"), 0);
        assert_eq!(explain("nope"), 2);
        let diff = |new: PathBuf, fail_on_change| {
            run_diff(DiffArgs { old: shipped("quickstart.yaml"), new, cases: None, fail_on_change }).unwrap()
        };
        assert_eq!(diff(shipped("quickstart.yaml"), true), 0);
        assert_eq!(diff(shipped("hospital.yaml"), false), 0);
        assert_eq!(diff(shipped("hospital.yaml"), true), 1);
    }

    #[test]
    fn github_annotations_escape_their_fields() {
        let a = github_annotation("error", Path::new("p,1.yaml"), Some((3, 4)), "bad\nthing: 100%");
        assert_eq!(a, "::error file=p%2C1.yaml,line=3,col=4::bad%0Athing: 100%25");
    }
}
