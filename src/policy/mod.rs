//! The policy: what data may go where, for whom.
//!
//! The policy file is cordon's main user interface and is reviewed like
//! code. This module decides, for every request (and every response), whether
//! it may go ahead, where it goes and what must be masked first. It is split
//! by the life of a policy:
//!
//! - [`raw`]: the file as written (serde, strict);
//! - [`load`]: validation into the checked [`Policy`], every error at once
//!   with file, line and column, plus warnings for rules that cannot fire;
//! - [`eval`]: the per-request engine ([`Policy::evaluate`]);
//! - [`decision`]: what the engine returns ([`Decision`]);
//! - [`tests_runner`], [`explain`], [`diff`], [`cli`]: the review tools
//!   (`cordon policy check|test|explain|diff`);
//! - [`reload`]: the running policy and its hot reload.
//!
//! The semantics are specified in `docs/policy.md`; the tests in these files
//! enforce them. A policy that fails to load never replaces one that runs.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::detect::Detector;

pub mod cli;
pub mod decision;
pub mod diff;
pub mod eval;
pub mod explain;
pub mod load;
mod locate;
pub(crate) mod raw;
pub mod reload;
pub mod tests_runner;

pub use decision::{Action, Decision, Direction, EvalInput};
pub use eval::{Mode, Rule, RuleAction, RuleTrace};
pub use reload::{PolicyHandle, ReloadEvent, ReloadOutcome, ReloadTrigger, watch, watch_with};
pub use tests_runner::{PolicyTest, TestFinding, TestOutcome, TestRequest};

/// Where a destination sits relative to the organisation's network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    /// Inside the organisation: the local model, an on-premises server.
    Internal,
    /// Outside: a cloud provider.
    External,
}

impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Network::Internal => "internal",
            Network::External => "external",
        })
    }
}

/// How a destination is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DestinationKind {
    /// The in-process llama.cpp engine serving a GGUF file.
    Llama { model_file: PathBuf },
    /// An OpenAI-compatible HTTP server.
    OpenAi {
        base_url: url::Url,
        /// Environment variable holding the upstream API key, if any.
        api_key_env: Option<String>,
    },
}

/// A place a request may be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destination {
    pub name: String,
    pub kind: DestinationKind,
    pub network: Network,
    pub attributes: BTreeSet<String>,
}

/// A public model name and the destination that serves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelRoute {
    /// The name clients put in `model`.
    pub name: String,
    /// Key into [`Policy::destinations`].
    pub destination: String,
    /// The model name sent upstream; defaults to the public name.
    pub upstream_model: String,
}

/// A loaded, validated policy.
#[derive(Clone)]
pub struct Policy {
    pub name: String,
    /// `sha256:` + hex SHA-256 of the policy file's bytes followed by the
    /// 32-byte digests of every file it includes (see `docs/policy.md`).
    pub revision: String,
    /// The policy file this was loaded from.
    pub path: PathBuf,
    /// Files the policy includes (terms files, test files), in the order
    /// they are first referenced; part of the revision.
    pub included_files: Vec<PathBuf>,
    pub destinations: BTreeMap<String, Destination>,
    pub models: BTreeMap<String, ModelRoute>,
    /// Class groups, each expanded to the concrete classes it names.
    pub classes: BTreeMap<String, Vec<String>>,
    /// Site classes (`custom.*`) defined by the policy's detectors.
    pub custom_classes: BTreeSet<String>,
    /// Rules, in file order.
    pub rules: Vec<Rule>,
    /// Inline and included tests, in file order.
    pub tests: Vec<PolicyTest>,
    /// Problems that do not stop the policy from loading.
    pub warnings: Vec<PolicyIssue>,
    pub(crate) class_table: eval::ClassTable,
    pub(crate) detector: Arc<Detector>,
}

impl fmt::Debug for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Policy")
            .field("name", &self.name)
            .field("revision", &self.revision)
            .field("destinations", &self.destinations.keys())
            .field("models", &self.models.keys())
            .field("rules", &self.rules.len())
            .field("tests", &self.tests.len())
            .finish_non_exhaustive()
    }
}

/// How serious a [`PolicyIssue`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found while loading a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyIssue {
    pub file: PathBuf,
    /// 1-based line and column where known.
    pub location: Option<(usize, usize)>,
    pub message: String,
    pub severity: Severity,
}

impl fmt::Display for PolicyIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.location {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {level}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {level}: {}", self.file.display(), self.message),
        }
    }
}

/// Why a policy could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    #[error("cannot read policy file {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Every problem found, reported at once.
    #[error("invalid policy:\n{}", render_issues(.0))]
    Invalid(Vec<PolicyIssue>),
}

impl PolicyError {
    /// The problems as issues (a read error becomes one issue).
    pub fn issues(&self) -> Vec<PolicyIssue> {
        match self {
            PolicyError::Read { path, source } => vec![PolicyIssue {
                file: path.clone(),
                location: None,
                message: format!("cannot read file: {source}"),
                severity: Severity::Error,
            }],
            PolicyError::Invalid(issues) => issues.clone(),
        }
    }
}

fn render_issues(issues: &[PolicyIssue]) -> String {
    issues.iter().map(|i| format!("  {i}")).collect::<Vec<_>>().join("\n")
}

impl Policy {
    /// Reads and validates a policy file and every file it includes
    /// (relative to the policy file's directory). Relative `model_file`
    /// paths are kept as written, resolved by the gateway against its
    /// working directory.
    pub fn load(path: &Path) -> Result<Policy, PolicyError> {
        let bytes = std::fs::read(path).map_err(|source| PolicyError::Read { path: path.to_path_buf(), source })?;
        Policy::from_bytes(path, &bytes)
    }

    /// Validates policy text; `path` names the file in messages and is the
    /// base for included files.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Policy, PolicyError> {
        load::load(path, bytes)
    }

    /// The destination serving a public model name, if the policy exposes it.
    pub fn route(&self, model: &str) -> Option<(&ModelRoute, &Destination)> {
        let route = self.models.get(model)?;
        let destination = self.destinations.get(&route.destination)?;
        Some((route, destination))
    }

    /// The detector for this policy: the built-in recognizers plus the
    /// policy's site detectors and allow-lists, built at load time.
    pub fn detector(&self) -> &Arc<Detector> {
        &self.detector
    }

    /// Whether any enforced rule judges responses (`direction: response` or
    /// `both`). Without one, responses are only observed: nothing in them
    /// can be masked or stopped, so nothing needs to be held back.
    pub fn restricts_responses(&self) -> bool {
        self.rules.iter().any(|r| {
            r.mode == Mode::Enforce && r.when.direction.is_some_and(|d| d != eval::DirectionCondition::Request)
        })
    }

    /// Whether any rule, enforced or shadow, judges responses.
    pub fn judges_responses(&self) -> bool {
        self.rules.iter().any(|r| r.when.direction.is_some_and(|d| d != eval::DirectionCondition::Request))
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// `sha256:<hex>` of the given bytes.
pub fn revision_of(bytes: &[u8]) -> String {
    revision_of_files(bytes, &[])
}

/// The revision of a policy whose file has `bytes` and whose included files
/// have `included` contents: SHA-256 over the policy bytes followed by the
/// SHA-256 digest of each included file, in order.
pub fn revision_of_files(bytes: &[u8], included: &[Vec<u8>]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(bytes);
    for file in included {
        hasher.update(Sha256::digest(file));
    }
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

#[cfg(test)]
mod engine_tests;
