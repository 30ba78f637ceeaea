//! The `Principal`: who is asking, as later stages (policy, audit) see it.
//!
//! Decides the one shape every credential kind is reduced to, so that the
//! policy's `principal` conditions and the audit records never need to know
//! whether a request came with an API key or an SSO token.

use serde::Serialize;

/// Issuer recorded for principals authenticated with a cordon API key.
pub const API_KEY_ISSUER: &str = "cordon:api-key";
/// Issuer recorded for the anonymous principal (open / first-run mode).
pub const ANONYMOUS_ISSUER: &str = "cordon:anonymous";

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    /// Stable identifier within `issuer` (JWT `sub`, or the API key id).
    pub subject: String,
    /// Who vouched for the subject: an OIDC issuer URL or [`API_KEY_ISSUER`].
    pub issuer: String,
    /// Roles the policy matches on, sorted and de-duplicated.
    pub roles: Vec<String>,
    /// Groups from the identity provider, sorted and de-duplicated.
    pub groups: Vec<String>,
    /// Human-readable name, if the credential carries one.
    pub display_name: Option<String>,
    /// E-mail address, if the token carries one.
    pub email: Option<String>,
}

impl Principal {
    /// The caller used when no identity is configured (loopback first run)
    /// or when `allow_anonymous` is set and no credential was presented.
    pub fn anonymous() -> Principal {
        Principal {
            subject: "anonymous".to_owned(),
            issuer: ANONYMOUS_ISSUER.to_owned(),
            // Policies grant first-run callers access by naming this role.
            roles: vec!["anonymous".to_owned()],
            groups: Vec::new(),
            display_name: None,
            email: None,
        }
    }

    /// True for [`Principal::anonymous`].
    pub fn is_anonymous(&self) -> bool {
        self.issuer == ANONYMOUS_ISSUER
    }
}

/// Sort and de-duplicate a list of names in place.
pub(crate) fn normalise_names(names: &mut Vec<String>) {
    names.sort();
    names.dedup();
}
