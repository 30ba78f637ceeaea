//! Authentication: who is calling.
//!
//! Produces the [`Principal`] every later stage sees. The gateway's
//! `authenticate` stage calls [`Authenticator::authenticate`] with the
//! request headers; failures are 401s that say no more than a client needs.
//!
//! With no identity configured the gateway runs in the open mode of a first
//! run on a workstation: every caller is the `anonymous` principal, whose one
//! role is `anonymous`; a `default: deny` policy grants it only what a rule
//! names that role for (the quickstart policy: the in-process model).

use axum::http::HeaderMap;
use serde::Serialize;

/// The authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    pub subject: String,
    pub issuer: String,
    pub roles: Vec<String>,
    pub groups: Vec<String>,
}

impl Principal {
    pub fn anonymous() -> Principal {
        Principal {
            subject: "anonymous".into(),
            issuer: "cordon".into(),
            roles: vec!["anonymous".into()],
            groups: Vec::new(),
        }
    }
}

/// Why a caller was refused. The client sees only the display text.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("missing or malformed Authorization header")]
    MissingCredentials,
    #[error("invalid credentials")]
    InvalidCredentials,
}

impl AuthError {
    /// A stable, content-free reason code for the audit log.
    pub fn reason(&self) -> &'static str {
        match self {
            AuthError::MissingCredentials => "missing_credentials",
            AuthError::InvalidCredentials => "invalid_credentials",
        }
    }
}

/// Turns request headers into a principal.
#[derive(Debug, Clone, Default)]
pub enum Authenticator {
    /// No identity configured: everyone is anonymous.
    #[default]
    Open,
}

impl Authenticator {
    pub fn authenticate(&self, headers: &HeaderMap) -> Result<Principal, AuthError> {
        match self {
            Authenticator::Open => {
                let _ = headers;
                Ok(Principal::anonymous())
            }
        }
    }
}
