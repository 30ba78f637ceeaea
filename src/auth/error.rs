//! Authentication errors.
//!
//! Decides what a client may learn about a failed authentication (almost
//! nothing: `Display` is one of two generic sentences) and what the audit log
//! learns (a stable, content-free reason code from [`AuthError::reason`]).
//! No variant carries a key, a token, a claim value or a database message, so
//! nothing sensitive can leak through an error by construction.

use thiserror::Error;

/// Why a request could not be authenticated.
///
/// Every variant except [`AuthError::StoreUnavailable`] is a credential
/// failure that the API maps to 401; `StoreUnavailable` means the key store
/// could not be read and is better answered with 503.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum AuthError {
    /// No `Authorization` header and anonymous access is not allowed.
    #[error("missing or malformed Authorization header")]
    MissingHeader,
    /// An `Authorization` header that is not `Bearer <token>` with a printable token.
    #[error("missing or malformed Authorization header")]
    MalformedHeader,
    /// A bearer token that is neither a cordon API key nor a JWT.
    #[error("invalid credentials")]
    UnrecognisedToken,
    /// An API key whose id is not in the key store, or whose secret does not match.
    #[error("invalid credentials")]
    UnknownKey,
    /// An API key that was revoked.
    #[error("invalid credentials")]
    RevokedKey,
    /// An API key past its expiry.
    #[error("invalid credentials")]
    ExpiredKey,
    /// API keys are presented but disabled in the configuration.
    #[error("invalid credentials")]
    ApiKeysDisabled,
    /// A JWT that cannot be parsed.
    #[error("invalid credentials")]
    MalformedToken,
    /// A JWT whose `exp` (plus leeway) has passed.
    #[error("invalid credentials")]
    Expired,
    /// A JWT whose `nbf` (minus leeway) is in the future.
    #[error("invalid credentials")]
    NotYetValid,
    /// A JWT from an issuer that is not configured.
    #[error("invalid credentials")]
    WrongIssuer,
    /// A JWT whose `aud` does not include the configured audience.
    #[error("invalid credentials")]
    WrongAudience,
    /// A JWT whose signature does not verify.
    #[error("invalid credentials")]
    BadSignature,
    /// A JWT with `alg: none`.
    #[error("invalid credentials")]
    AlgNone,
    /// A JWT signed with an HMAC algorithm (`HS256` …), never accepted.
    #[error("invalid credentials")]
    HmacAlgorithm,
    /// A JWT with an algorithm the issuer does not accept, or one that does
    /// not fit the named key.
    #[error("invalid credentials")]
    DisallowedAlgorithm,
    /// A JWT naming a `kid` that is not in the issuer's JWKS, even after a refresh.
    #[error("invalid credentials")]
    UnknownKid,
    /// The issuer's JWKS could not be fetched and nothing is cached.
    #[error("invalid credentials")]
    JwksUnavailable,
    /// A JWT missing a required claim (`sub`, `exp`, or a configured one).
    #[error("invalid credentials")]
    MissingClaim,
    /// The key store could not be queried.
    #[error("authentication is temporarily unavailable")]
    StoreUnavailable,
}

impl AuthError {
    /// Stable reason code for the audit log and metrics. Never contains
    /// request content.
    pub fn reason(&self) -> &'static str {
        match self {
            AuthError::MissingHeader => "missing_header",
            AuthError::MalformedHeader => "malformed_header",
            AuthError::UnrecognisedToken => "unrecognised_token",
            AuthError::UnknownKey => "unknown_key",
            AuthError::RevokedKey => "revoked",
            AuthError::ExpiredKey => "expired_key",
            AuthError::ApiKeysDisabled => "api_keys_disabled",
            AuthError::MalformedToken => "malformed_token",
            AuthError::Expired => "expired",
            AuthError::NotYetValid => "not_yet_valid",
            AuthError::WrongIssuer => "wrong_issuer",
            AuthError::WrongAudience => "wrong_audience",
            AuthError::BadSignature => "bad_signature",
            AuthError::AlgNone => "alg_none",
            AuthError::HmacAlgorithm => "hmac_algorithm",
            AuthError::DisallowedAlgorithm => "disallowed_algorithm",
            AuthError::UnknownKid => "unknown_kid",
            AuthError::JwksUnavailable => "jwks_unavailable",
            AuthError::MissingClaim => "missing_claim",
            AuthError::StoreUnavailable => "store_unavailable",
        }
    }

    /// True when the credential itself was refused (401); false when cordon
    /// could not decide because its own key store failed (503).
    pub fn is_credential_failure(&self) -> bool {
        !matches!(self, AuthError::StoreUnavailable)
    }
}

/// The auth configuration could not be turned into an [`crate::auth::Authenticator`].
/// Carries every problem found, not just the first.
#[derive(Debug, Error)]
#[error("invalid auth configuration: {}", .problems.join("; "))]
pub struct AuthConfigError {
    /// One human-readable line per problem, naming the offending field.
    pub problems: Vec<String>,
}
