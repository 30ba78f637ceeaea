//! What the policy engine returns for one request or response.
//!
//! A [`Decision`] is what the gateway enforces and what the audit log
//! records: the action, the final destination, the rules that made it, the
//! shadow rules that would have changed it, and the policy revision, so
//! every decision can be traced to the reviewed text that produced it.

use std::fmt;

use serde::Serialize;

use super::Network;
use crate::auth::Principal;
use crate::detect::Finding;

/// Which way the text is travelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// From the caller to the model (before dispatch).
    Request,
    /// From the model back to the caller.
    Response,
}

impl Direction {
    pub fn as_str(&self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
        }
    }
}

/// Everything the engine looks at. Detection has already run: the findings
/// are passed in.
#[derive(Clone, Copy)]
pub struct EvalInput<'a> {
    pub principal: &'a Principal,
    /// The public model name the caller asked for.
    pub model: &'a str,
    pub direction: Direction,
    pub findings: &'a [Finding],
}

/// The outcome kind, in precedence order (strongest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Refuse: 403 with the rule's message (a request), or withhold the
    /// answer (a response).
    Deny,
    /// Serve from another destination than the model's own. The `redact`
    /// and `pseudonymize` lists still apply.
    Route,
    /// Forward with the classes in `redact` masked (and those in
    /// `pseudonymize` replaced by reversible pseudonyms).
    Redact,
    /// Forward with the classes in `pseudonymize` replaced by pseudonyms;
    /// the answer is re-identified for the caller.
    Pseudonymize,
    /// Forward as is.
    Allow,
}

impl Action {
    pub fn as_str(&self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Deny => "deny",
            Action::Route => "route",
            Action::Redact => "redact",
            Action::Pseudonymize => "pseudonymize",
        }
    }

    /// Parses the names used in test expectations.
    pub fn parse(name: &str) -> Option<Action> {
        Some(match name {
            "allow" => Action::Allow,
            "deny" => Action::Deny,
            "route" => Action::Route,
            "redact" => Action::Redact,
            "pseudonymize" => Action::Pseudonymize,
            _ => return None,
        })
    }

    /// Whether the request (or response) goes ahead.
    pub fn permits(&self) -> bool {
        !matches!(self, Action::Deny)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the decide stage concluded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    pub action: Action,
    /// Destination that serves the request (after any `route`). On a deny,
    /// the destination the request would have gone to.
    pub destination: String,
    pub network: Network,
    /// Model name sent to that destination.
    pub upstream_model: String,
    /// Concrete classes to mask before forwarding (sorted, unique).
    pub redact: Vec<String>,
    /// Concrete classes to replace by reversible pseudonyms (sorted, unique,
    /// never also in `redact`).
    pub pseudonymize: Vec<String>,
    /// Ids of the rules that determined the decision, in file order; empty
    /// for the default.
    pub rules: Vec<String>,
    /// Ids of shadow-mode rules that matched (not enforced), in file order.
    pub shadow_rules: Vec<String>,
    /// For a deny: the text shown to the caller.
    pub message: Option<String>,
    /// A sentence a person can read.
    pub explanation: String,
    pub policy_revision: String,
    /// Set when evaluation could not be completed; the decision is then a
    /// deny (fail closed) and this says why, for the audit log.
    pub error: Option<String>,
}

impl Decision {
    /// A one-line summary used by `policy test` and `policy diff`.
    pub fn summary(&self) -> String {
        let mut out = format!("{} → {}", self.action, self.destination);
        if self.action == Action::Deny {
            out = "deny".to_string();
        }
        if !self.redact.is_empty() && self.action != Action::Deny {
            out.push_str(&format!(" redact[{}]", self.redact.join(",")));
        }
        if !self.pseudonymize.is_empty() && self.action != Action::Deny {
            out.push_str(&format!(" pseudonymize[{}]", self.pseudonymize.join(",")));
        }
        if self.rules.is_empty() {
            out.push_str(" (default)");
        } else {
            out.push_str(&format!(" ({})", self.rules.join(", ")));
        }
        out
    }
}
