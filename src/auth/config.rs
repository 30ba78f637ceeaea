//! The `auth:` section of the server config file, and its validation.
//!
//! Decides which identity settings exist, their defaults, and what counts as
//! a configuration error. The raw types are what serde reads (unknown fields
//! are errors, so a misspelt `audiance` cannot silently disable a check);
//! [`IssuerSettings`] is the validated form with nothing left optional that a
//! check needs. Every problem is collected and reported at once.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use jsonwebtoken::Algorithm;
use serde::Deserialize;

use super::error::AuthConfigError;

/// `auth:` in the server config file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthConfig {
    /// Accept cordon API keys (`cdn_…`) from the key store. Needs a database.
    #[serde(default = "default_true")]
    pub api_keys: bool,
    /// OIDC issuers whose JWTs are accepted.
    #[serde(default)]
    pub oidc: Vec<OidcIssuerConfig>,
    /// Treat requests without an `Authorization` header as
    /// [`crate::auth::Principal::anonymous`]. A header that is present is
    /// still checked and refused if invalid.
    #[serde(default)]
    pub allow_anonymous: bool,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig { api_keys: true, oidc: Vec::new(), allow_anonymous: false }
    }
}

/// One OIDC identity provider (an entry of `auth.oidc`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OidcIssuerConfig {
    /// Exact `iss` value of the tokens, e.g. `https://login.microsoftonline.com/TENANT/v2.0`.
    pub issuer: String,
    /// Value that must appear in the token's `aud`.
    pub audience: String,
    /// Where the provider publishes its signing keys (https, or http on loopback).
    #[serde(default)]
    pub jwks_url: Option<String>,
    /// A JWKS file for air-gapped sites, read once at start-up.
    #[serde(default)]
    pub jwks_file: Option<PathBuf>,
    /// Accepted signature algorithms: a subset of `RS256`, `ES256`, `EdDSA`.
    #[serde(default = "default_algorithms")]
    pub algorithms: Vec<String>,
    /// Clock skew tolerated on `exp` and `nbf`, in seconds.
    #[serde(default = "default_leeway")]
    pub leeway_secs: u64,
    /// Claims that must be present (beyond `iss`, `aud`, `sub`, `exp`, always required).
    #[serde(default)]
    pub required_claims: Vec<String>,
    /// Claim holding the roles, a dotted path into nested objects
    /// (`roles`, `groups`, `realm_access.roles`).
    #[serde(default = "default_roles_claim")]
    pub roles_claim: String,
    /// Claim holding the groups (dotted path), if any.
    #[serde(default)]
    pub groups_claim: Option<String>,
    /// Roles granted to members of a group: group name → roles.
    #[serde(default)]
    pub group_roles: BTreeMap<String, Vec<String>>,
    /// Least time between two JWKS fetches triggered by unknown `kid`s.
    #[serde(default = "default_refresh_interval")]
    pub jwks_refresh_min_interval_secs: u64,
}

fn default_true() -> bool {
    true
}
fn default_algorithms() -> Vec<String> {
    vec!["RS256".to_owned(), "ES256".to_owned(), "EdDSA".to_owned()]
}
fn default_leeway() -> u64 {
    60
}
fn default_roles_claim() -> String {
    "roles".to_owned()
}
fn default_refresh_interval() -> u64 {
    30
}

impl OidcIssuerConfig {
    /// A config with the defaults for everything but the three things that
    /// identify a provider.
    pub fn new(issuer: &str, audience: &str, jwks_url: &str) -> OidcIssuerConfig {
        OidcIssuerConfig {
            issuer: issuer.to_owned(),
            audience: audience.to_owned(),
            jwks_url: Some(jwks_url.to_owned()),
            jwks_file: None,
            algorithms: default_algorithms(),
            leeway_secs: default_leeway(),
            required_claims: Vec::new(),
            roles_claim: default_roles_claim(),
            groups_claim: None,
            group_roles: BTreeMap::new(),
            jwks_refresh_min_interval_secs: default_refresh_interval(),
        }
    }
}

/// Where an issuer's keys come from.
#[derive(Debug, Clone)]
pub(crate) enum JwksLocation {
    Url(String),
    File(PathBuf),
}

/// A validated issuer.
#[derive(Debug, Clone)]
pub(crate) struct IssuerSettings {
    pub issuer: String,
    pub audience: String,
    pub jwks: JwksLocation,
    pub algorithms: Vec<Algorithm>,
    pub leeway_secs: u64,
    pub required_claims: Vec<String>,
    pub roles_claim: String,
    pub groups_claim: Option<String>,
    pub group_roles: BTreeMap<String, Vec<String>>,
    pub refresh_min_interval: Duration,
}

/// The algorithms cordon will ever accept, by their JOSE names.
pub(crate) fn accepted_algorithm(name: &str) -> Option<Algorithm> {
    match name {
        "RS256" => Some(Algorithm::RS256),
        "ES256" => Some(Algorithm::ES256),
        "EdDSA" => Some(Algorithm::EdDSA),
        _ => None,
    }
}

fn url_allowed(url: &str) -> bool {
    if url.starts_with("https://") {
        return true;
    }
    // Plain http only to this machine (tests, a sidecar IdP proxy).
    let Some(rest) = url.strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', '?']).next().unwrap_or("");
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    host == "localhost" || host == "[::1]" || host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| ip.is_loopback())
}

impl AuthConfig {
    /// Check every issuer; all problems at once.
    pub(crate) fn validate(&self, has_database: bool) -> Result<Vec<IssuerSettings>, AuthConfigError> {
        let mut problems = Vec::new();
        if self.api_keys && !has_database {
            problems.push("auth.api_keys is enabled but no database is configured".to_owned());
        }
        let mut issuers = Vec::new();
        for (i, raw) in self.oidc.iter().enumerate() {
            let at = format!("auth.oidc[{i}]");
            let before = problems.len();
            if raw.issuer.trim().is_empty() {
                problems.push(format!("{at}.issuer must not be empty"));
            }
            if raw.audience.trim().is_empty() {
                problems.push(format!("{at}.audience must not be empty"));
            }
            if self.oidc[..i].iter().any(|o| o.issuer == raw.issuer) {
                problems.push(format!("{at}.issuer {:?} is configured twice", raw.issuer));
            }
            let jwks = match (&raw.jwks_url, &raw.jwks_file) {
                (Some(url), None) => {
                    if !url_allowed(url) {
                        problems.push(format!("{at}.jwks_url must be https:// (http:// only to loopback)"));
                    }
                    Some(JwksLocation::Url(url.clone()))
                }
                (None, Some(path)) => Some(JwksLocation::File(path.clone())),
                _ => {
                    problems.push(format!("{at}: set exactly one of jwks_url and jwks_file"));
                    None
                }
            };
            let mut algorithms = Vec::new();
            for name in &raw.algorithms {
                match accepted_algorithm(name) {
                    Some(alg) => algorithms.push(alg),
                    None => {
                        problems.push(format!("{at}.algorithms: {name:?} is not accepted (only RS256, ES256, EdDSA)"))
                    }
                }
            }
            if raw.algorithms.is_empty() {
                problems.push(format!("{at}.algorithms must not be empty"));
            }
            if raw.roles_claim.trim().is_empty() {
                problems.push(format!("{at}.roles_claim must not be empty"));
            }
            if !raw.group_roles.is_empty() && raw.groups_claim.is_none() {
                problems.push(format!("{at}.group_roles needs groups_claim"));
            }
            if raw.leeway_secs > 600 {
                problems.push(format!("{at}.leeway_secs must be at most 600"));
            }
            if problems.len() == before
                && let Some(jwks) = jwks
            {
                issuers.push(IssuerSettings {
                    issuer: raw.issuer.clone(),
                    audience: raw.audience.clone(),
                    jwks,
                    algorithms,
                    leeway_secs: raw.leeway_secs,
                    required_claims: raw.required_claims.clone(),
                    roles_claim: raw.roles_claim.clone(),
                    groups_claim: raw.groups_claim.clone(),
                    group_roles: raw.group_roles.clone(),
                    refresh_min_interval: Duration::from_secs(raw.jwks_refresh_min_interval_secs),
                });
            }
        }
        if problems.is_empty() { Ok(issuers) } else { Err(AuthConfigError { problems }) }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;

    #[test]
    fn defaults_and_yaml_shape_of_the_design_brief() {
        let cfg: AuthConfig = serde_json::from_value(serde_json::json!({
            "oidc": [{
                "issuer": "https://login.microsoftonline.com/TENANT/v2.0",
                "audience": "api://cordon",
                "jwks_url": "https://login.microsoftonline.com/TENANT/discovery/v2.0/keys",
                "roles_claim": "roles"
            }]
        }))
        .unwrap();
        assert!(cfg.api_keys);
        assert!(!cfg.allow_anonymous);
        let issuers = cfg.validate(true).unwrap();
        assert_eq!(issuers[0].algorithms.len(), 3);
        assert_eq!(issuers[0].leeway_secs, 60);
        assert_eq!(issuers[0].refresh_min_interval, Duration::from_secs(30));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let r: Result<AuthConfig, _> = serde_json::from_value(serde_json::json!({
            "oidc": [{ "issuer": "https://i", "audiance": "x", "jwks_url": "https://i/k" }]
        }));
        assert!(r.is_err());
    }

    #[test]
    fn every_problem_is_reported() {
        let mut bad = OidcIssuerConfig::new("", "", "http://example.com/keys");
        bad.algorithms = vec!["HS256".into(), "none".into()];
        bad.group_roles.insert("g".into(), vec!["r".into()]);
        let cfg = AuthConfig { api_keys: true, oidc: vec![bad], allow_anonymous: false };
        let err = cfg.validate(false).unwrap_err();
        let text = err.to_string();
        for needle in
            ["no database", "issuer must not", "audience must not", "https://", "HS256", "none", "groups_claim"]
        {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
    }

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(url_allowed("http://127.0.0.1:4000/jwks"));
        assert!(url_allowed("http://localhost/jwks"));
        assert!(url_allowed("https://idp.example/jwks"));
        assert!(!url_allowed("http://idp.example/jwks"));
        assert!(!url_allowed("http://127.0.0.1.evil.example/jwks"));
        assert!(!url_allowed("ftp://127.0.0.1/jwks"));
    }
}
