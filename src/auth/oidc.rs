//! OIDC / JWT validation.
//!
//! Decides whether a bearer JWT is accepted, in an order chosen so that the
//! dangerous inputs are refused before any key is touched:
//!
//! 1. the header's `alg` is read as text: `none` and every HMAC algorithm are
//!    refused outright (an HS256 token "signed" with an issuer's public RSA key
//!    never reaches a verifier), and so is anything the issuer does not accept;
//! 2. the (still unverified) `iss` selects the configured issuer; unknown
//!    issuers are refused without fetching anything;
//! 3. the issuer's JWKS yields the key named by `kid`, whose type must match
//!    `alg` (see [`super::jwks`] for caching and refresh);
//! 4. `jsonwebtoken` checks the signature, then `exp`/`nbf` with the issuer's
//!    leeway, `iss` and `aud`; `sub`, `exp`, `iss`, `aud` and the configured
//!    required claims must be present;
//! 5. claims become a [`Principal`] ([`super::claims`]).
//!
//! Accepted tokens are remembered by their SHA-256 until they expire (at most
//! [`TOKEN_CACHE_MAX_SECS`]) so that a client reusing its token costs a hash
//! and a map lookup instead of a signature check. A key withdrawn from the
//! JWKS therefore stops being honoured for already-seen tokens within that
//! bound.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, Validation};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::claims::{ClaimMapping, claim_at};
use super::config::{IssuerSettings, JwksLocation, accepted_algorithm};
use super::error::{AuthConfigError, AuthError};
use super::jwks::{JwksSource, KeySet, RemoteJwks, egress_client};
use super::keystore::unix_now;
use super::principal::Principal;

/// Longest time an accepted token is served from the token cache.
pub const TOKEN_CACHE_MAX_SECS: i64 = 300;
const TOKEN_CACHE_CAPACITY: usize = 10_000;
/// Longest token looked at; anything longer is malformed.
pub(crate) const MAX_TOKEN_BYTES: usize = 16 * 1024;

struct Issuer {
    settings: IssuerSettings,
    mapping: ClaimMapping,
    jwks: JwksSource,
}

struct CachedPrincipal {
    principal: Principal,
    valid_until: i64,
}

/// Every configured issuer and the accepted-token cache.
pub(crate) struct OidcVerifier {
    issuers: Vec<Issuer>,
    accepted: RwLock<HashMap<[u8; 32], CachedPrincipal>>,
}

impl OidcVerifier {
    /// Build the issuers; static JWKS files are read now, remote ones fetched
    /// once now (a provider that is down at start-up is retried on demand).
    pub async fn new(settings: Vec<IssuerSettings>) -> Result<OidcVerifier, AuthConfigError> {
        let mut problems = Vec::new();
        let client = egress_client()
            .map_err(|e| AuthConfigError { problems: vec![format!("cannot build the JWKS HTTP client: {e}")] })?;
        let mut issuers = Vec::new();
        for s in settings {
            let jwks = match &s.jwks {
                JwksLocation::File(path) => {
                    match std::fs::read(path).map_err(|e| e.to_string()).and_then(|b| KeySet::parse(&b)) {
                        Ok(set) => JwksSource::Static(Arc::new(set)),
                        Err(problem) => {
                            problems.push(format!("jwks_file {} for issuer {}: {problem}", path.display(), s.issuer));
                            continue;
                        }
                    }
                }
                JwksLocation::Url(url) => {
                    let remote = RemoteJwks::new(url.clone(), client.clone(), s.refresh_min_interval);
                    remote.refresh(None).await;
                    JwksSource::Remote(remote)
                }
            };
            let mapping = ClaimMapping {
                roles_claim: s.roles_claim.clone(),
                groups_claim: s.groups_claim.clone(),
                group_roles: s.group_roles.clone(),
            };
            issuers.push(Issuer { settings: s, mapping, jwks });
        }
        if !problems.is_empty() {
            return Err(AuthConfigError { problems });
        }
        Ok(OidcVerifier { issuers, accepted: RwLock::new(HashMap::new()) })
    }

    pub async fn verify(&self, token: &str) -> Result<Principal, AuthError> {
        let digest: [u8; 32] = Sha256::digest(token.as_bytes()).into();
        let now = unix_now();
        if let Ok(accepted) = self.accepted.read()
            && let Some(hit) = accepted.get(&digest)
            && now < hit.valid_until
        {
            return Ok(hit.principal.clone());
        }
        let (principal, exp) = self.verify_uncached(token).await?;
        let valid_until = exp.min(now.saturating_add(TOKEN_CACHE_MAX_SECS));
        if let Ok(mut accepted) = self.accepted.write() {
            if accepted.len() >= TOKEN_CACHE_CAPACITY {
                accepted.retain(|_, c| now < c.valid_until);
                if accepted.len() >= TOKEN_CACHE_CAPACITY {
                    accepted.clear();
                }
            }
            accepted.insert(digest, CachedPrincipal { principal: principal.clone(), valid_until });
        }
        Ok(principal)
    }

    /// Full validation; returns the principal and the token's `exp`.
    async fn verify_uncached(&self, token: &str) -> Result<(Principal, i64), AuthError> {
        let unverified = peek(token)?;
        let alg = match unverified.alg.as_str() {
            a if a.eq_ignore_ascii_case("none") => return Err(AuthError::AlgNone),
            a if a.to_ascii_uppercase().starts_with("HS") => return Err(AuthError::HmacAlgorithm),
            a => accepted_algorithm(a).ok_or(AuthError::DisallowedAlgorithm)?,
        };
        let issuer = self
            .issuers
            .iter()
            .find(|i| Some(i.settings.issuer.as_str()) == unverified.iss.as_deref())
            .ok_or(AuthError::WrongIssuer)?;
        if !issuer.settings.algorithms.contains(&alg) {
            return Err(AuthError::DisallowedAlgorithm);
        }
        let key = issuer.jwks.key_for(unverified.kid.as_deref(), alg).await?;
        if key.alg != alg {
            return Err(AuthError::DisallowedAlgorithm);
        }
        let validation = validation_for(&issuer.settings, alg);
        let data = jsonwebtoken::decode::<Value>(token, &key.key, &validation).map_err(|e| match e.kind() {
            ErrorKind::InvalidSignature => AuthError::BadSignature,
            ErrorKind::ExpiredSignature => AuthError::Expired,
            ErrorKind::ImmatureSignature => AuthError::NotYetValid,
            ErrorKind::InvalidIssuer => AuthError::WrongIssuer,
            ErrorKind::InvalidAudience => AuthError::WrongAudience,
            ErrorKind::MissingRequiredClaim(_) => AuthError::MissingClaim,
            ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName => AuthError::DisallowedAlgorithm,
            _ => AuthError::MalformedToken,
        })?;
        let claims = data.claims;
        if issuer.settings.required_claims.iter().any(|name| claim_at(&claims, name).is_none_or(Value::is_null)) {
            return Err(AuthError::MissingClaim);
        }
        let exp = claims.get("exp").and_then(Value::as_i64).ok_or(AuthError::MissingClaim)?;
        let principal = issuer.mapping.principal(&issuer.settings.issuer, &claims).ok_or(AuthError::MissingClaim)?;
        Ok((principal, exp))
    }
}

fn validation_for(settings: &IssuerSettings, alg: Algorithm) -> Validation {
    let mut v = Validation::new(alg);
    v.algorithms = vec![alg];
    v.leeway = settings.leeway_secs;
    v.validate_exp = true;
    v.validate_nbf = true;
    v.validate_aud = true;
    v.set_issuer(&[settings.issuer.as_str()]);
    v.set_audience(&[settings.audience.as_str()]);
    v.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    v
}

/// What is read from a token before its signature is checked. Used only to
/// choose the issuer and key; every value is checked again after.
struct Unverified {
    alg: String,
    kid: Option<String>,
    iss: Option<String>,
}

fn peek(token: &str) -> Result<Unverified, AuthError> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(AuthError::MalformedToken);
    };
    let decode = |part: &str| -> Result<Value, AuthError> {
        let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| AuthError::MalformedToken)?;
        serde_json::from_slice(&bytes).map_err(|_| AuthError::MalformedToken)
    };
    let header = decode(header)?;
    let payload = decode(payload)?;
    let text = |v: &Value, name: &str| v.get(name).and_then(Value::as_str).map(str::to_owned);
    Ok(Unverified {
        alg: text(&header, "alg").ok_or(AuthError::MalformedToken)?,
        kid: text(&header, "kid"),
        iss: text(&payload, "iss"),
    })
}
