//! The entries of a policy file exactly as written: serde types that mirror
//! the YAML (the top level is `load::Sections`, which keeps each section as
//! YAML so that entries are converted one by one).
//!
//! Every struct denies unknown fields so a misspelt key is an error instead
//! of a silently ignored rule. Nothing here is validated beyond YAML types;
//! `load` turns these into the checked types the engine runs.

use std::path::PathBuf;

use serde::Deserialize;

use super::Network;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDestination {
    pub kind: RawKind,
    #[serde(default)]
    pub model_file: Option<PathBuf>,
    #[serde(default)]
    pub base_url: Option<String>,
    #[serde(default)]
    pub api_key_env: Option<String>,
    pub network: Network,
    #[serde(default)]
    pub attributes: Vec<String>,
}

#[derive(Debug, Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RawKind {
    Llama,
    Openai,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawModel {
    pub destination: String,
    #[serde(default)]
    pub upstream_model: Option<String>,
}

/// A site detector or an allow-list entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDetector {
    #[serde(default)]
    pub class: Option<String>,
    #[serde(default)]
    pub regex: Option<String>,
    #[serde(default)]
    pub terms: Option<Vec<String>>,
    #[serde(default)]
    pub terms_file: Option<String>,
    #[serde(default)]
    pub allow: Option<Vec<String>>,
    #[serde(default)]
    pub allow_regex: Option<String>,
}

/// One string or a list of strings.
#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub(crate) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub id: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub when: RawWhen,
    /// `allow`, `deny`, or a one-key map (`redact`, `pseudonymize`,
    /// `route`, `require`); read by `load` for precise messages.
    pub then: serde_yaml::Value,
    #[serde(default)]
    pub mode: Option<RawMode>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RawMode {
    Enforce,
    Shadow,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWhen {
    #[serde(default)]
    pub principal: Option<RawPrincipalCondition>,
    #[serde(default)]
    pub model: Option<OneOrMany>,
    #[serde(default)]
    pub destination: Option<RawDestinationCondition>,
    #[serde(default)]
    pub found: Option<Vec<String>>,
    #[serde(default)]
    pub findings: Option<RawFindingsCondition>,
    #[serde(default)]
    pub direction: Option<RawDirection>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPrincipalCondition {
    #[serde(default)]
    pub roles: Option<OneOrMany>,
    #[serde(default)]
    pub groups: Option<OneOrMany>,
    #[serde(default)]
    pub subject: Option<OneOrMany>,
    #[serde(default)]
    pub issuer: Option<OneOrMany>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDestinationCondition {
    #[serde(default)]
    pub name: Option<OneOrMany>,
    #[serde(default)]
    pub network: Option<Network>,
    #[serde(default)]
    pub attributes: Option<Vec<String>>,
    #[serde(default)]
    pub lacks: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFindingsCondition {
    #[serde(default)]
    pub any: Option<Vec<String>>,
    #[serde(default)]
    pub all: Option<Vec<String>>,
    #[serde(default)]
    pub none: Option<Vec<String>>,
    #[serde(default)]
    pub min_score: Option<f32>,
    #[serde(default)]
    pub min_count: Option<u32>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RawDirection {
    Request,
    Response,
    Both,
}

/// An entry of `tests:`: a test case, or `include: FILE` naming a test file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTestEntry {
    #[serde(default)]
    pub include: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub request: Option<RawRequest>,
    #[serde(default)]
    pub expect: Option<RawExpect>,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRequest {
    #[serde(default)]
    pub principal: RawPrincipal,
    pub model: String,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub findings: Vec<RawFinding>,
    #[serde(default)]
    pub direction: Option<RawTestDirection>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum RawTestDirection {
    Request,
    Response,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPrincipal {
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub issuer: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFinding {
    pub class: String,
    #[serde(default)]
    pub score: Option<f32>,
    #[serde(default)]
    pub count: Option<u32>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExpect {
    pub decision: String,
    #[serde(default)]
    pub destination: Option<String>,
    #[serde(default)]
    pub rules: Option<Vec<String>>,
    #[serde(default)]
    pub shadow_rules: Option<Vec<String>>,
    #[serde(default)]
    pub redact: Option<Vec<String>>,
    #[serde(default)]
    pub pseudonymize: Option<Vec<String>>,
    #[serde(default)]
    pub message: Option<String>,
}
