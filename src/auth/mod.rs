//! Stage 1 of the request path: authenticate.
//!
//! Decides who is asking, from the `Authorization: Bearer …` header alone,
//! and reduces every kind of credential to one [`Principal`]:
//!
//! - a token starting with `cdn_` is a cordon API key, checked against the
//!   key store in the audit database ([`keystore`], format in [`apikey`]);
//! - a token shaped like a JWT (three dot-separated parts) is checked against
//!   the configured OIDC issuers ([`oidc`], keys from [`jwks`], claims mapped
//!   by [`claims`]);
//! - anything else, and any failed check, is an [`AuthError`] whose `Display`
//!   is generic (for the client) and whose [`AuthError::reason`] is specific
//!   (for the audit log).
//!
//! With no identity configured ([`Authenticator::open`]) every caller is
//! [`Principal::anonymous`]; the server only allows that on loopback.
//! The `keys` command line lives in [`cli`].

mod apikey;
mod claims;
pub mod cli;
mod config;
mod error;
mod jwks;
pub mod keystore;
mod oidc;
mod principal;

use std::sync::Arc;

use http::HeaderMap;
use http::header::AUTHORIZATION;
use sqlx::AnyPool;

pub use apikey::API_KEY_PREFIX;
pub use config::{AuthConfig, OidcIssuerConfig};
pub use error::{AuthConfigError, AuthError};
pub use keystore::{KeyInfo, KeyStore, KeyStoreError};
pub use oidc::TOKEN_CACHE_MAX_SECS;
pub use principal::{ANONYMOUS_ISSUER, API_KEY_ISSUER, Principal};

use oidc::{MAX_TOKEN_BYTES, OidcVerifier};

/// Turns request headers into a [`Principal`]. Cheap to clone; shareable
/// across tasks.
#[derive(Clone)]
pub struct Authenticator {
    inner: Arc<Inner>,
}

struct Inner {
    /// No identity configured: everyone is anonymous.
    open: bool,
    allow_anonymous: bool,
    keys: Option<KeyStore>,
    oidc: Option<OidcVerifier>,
}

impl std::fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Authenticator")
            .field("open", &self.inner.open)
            .field("allow_anonymous", &self.inner.allow_anonymous)
            .field("api_keys", &self.inner.keys.is_some())
            .field("oidc", &self.inner.oidc.is_some())
            .finish()
    }
}

impl Authenticator {
    /// No identity configured: every request is [`Principal::anonymous`],
    /// whatever it presents. First-run mode, for loopback listeners only.
    pub fn open() -> Authenticator {
        Authenticator { inner: Arc::new(Inner { open: true, allow_anonymous: true, keys: None, oidc: None }) }
    }

    /// Build from the `auth:` config. `pool` is the audit database, whose
    /// migrations (including `0002_api_keys`) have already run; it is needed
    /// when `api_keys` is on. Remote JWKS are fetched once here; a provider
    /// that is down is not an error (its tokens fail until it answers).
    pub async fn new(config: &AuthConfig, pool: Option<AnyPool>) -> Result<Authenticator, AuthConfigError> {
        Authenticator::build(config, pool.is_some(), || pool.map(KeyStore::new)).await
    }

    /// [`Authenticator::new`] for the server: API keys verified against the
    /// database at `database_url`, with rows cached until a change is
    /// announced (see [`KeyStore::watching`]).
    pub async fn for_database(
        config: &AuthConfig,
        pool: AnyPool,
        database_url: &str,
    ) -> Result<Authenticator, AuthConfigError> {
        Authenticator::build(config, true, || Some(KeyStore::watching(pool, database_url))).await
    }

    /// Checks the config, then makes the key store (when API keys are on)
    /// and the OIDC verifier.
    async fn build(
        config: &AuthConfig,
        have_database: bool,
        key_store: impl FnOnce() -> Option<KeyStore>,
    ) -> Result<Authenticator, AuthConfigError> {
        let issuers = config.validate(have_database)?;
        let keys = if config.api_keys { key_store() } else { None };
        let oidc = if issuers.is_empty() { None } else { Some(OidcVerifier::new(issuers).await?) };
        Ok(Authenticator {
            inner: Arc::new(Inner { open: false, allow_anonymous: config.allow_anonymous, keys, oidc }),
        })
    }

    /// Build around an existing key store (e.g. one with a cache TTL) and no
    /// OIDC issuers.
    pub fn with_key_store(keys: KeyStore, allow_anonymous: bool) -> Authenticator {
        Authenticator { inner: Arc::new(Inner { open: false, allow_anonymous, keys: Some(keys), oidc: None }) }
    }

    /// The key store, when API keys are enabled.
    pub fn key_store(&self) -> Option<&KeyStore> {
        self.inner.keys.as_ref()
    }

    /// Authenticate one request from its headers.
    pub async fn authenticate(&self, headers: &HeaderMap) -> Result<Principal, AuthError> {
        if self.inner.open {
            return Ok(Principal::anonymous());
        }
        let token = match bearer_token(headers)? {
            Some(token) => token,
            None if self.inner.allow_anonymous => return Ok(Principal::anonymous()),
            None => return Err(AuthError::MissingHeader),
        };
        if apikey::looks_like_api_key(token) {
            let keys = self.inner.keys.as_ref().ok_or(AuthError::ApiKeysDisabled)?;
            let result = keys.verify(token).await;
            if let Err(e) = &result {
                tracing::debug!(reason = e.reason(), "api key refused");
            }
            return result;
        }
        if token.bytes().filter(|b| *b == b'.').count() == 2 {
            let oidc = self.inner.oidc.as_ref().ok_or(AuthError::WrongIssuer)?;
            let result = oidc.verify(token).await;
            if let Err(e) = &result {
                tracing::debug!(reason = e.reason(), "bearer token refused");
            }
            return result;
        }
        Err(AuthError::UnrecognisedToken)
    }
}

/// The bearer token, `None` without an `Authorization` header.
fn bearer_token(headers: &HeaderMap) -> Result<Option<&str>, AuthError> {
    let mut values = headers.get_all(AUTHORIZATION).iter();
    let Some(value) = values.next() else {
        return Ok(None);
    };
    if values.next().is_some() {
        return Err(AuthError::MalformedHeader);
    }
    let text = value.to_str().map_err(|_| AuthError::MalformedHeader)?;
    let (scheme, token) = text.split_once(' ').ok_or(AuthError::MalformedHeader)?;
    let token = token.trim_start_matches(' ');
    let well_formed = scheme.eq_ignore_ascii_case("bearer")
        && !token.is_empty()
        && token.len() <= MAX_TOKEN_BYTES
        && token.bytes().all(|b| b.is_ascii_graphic());
    if well_formed { Ok(Some(token)) } else { Err(AuthError::MalformedHeader) }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;
    use http::HeaderValue;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append(AUTHORIZATION, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn bearer_parsing() {
        assert_eq!(bearer_token(&headers(&[])).unwrap(), None);
        assert_eq!(bearer_token(&headers(&["Bearer abc"])).unwrap(), Some("abc"));
        assert_eq!(bearer_token(&headers(&["bearer  abc"])).unwrap(), Some("abc"));
        for bad in ["Basic abc", "Bearer", "Bearer ", "Bearer a b", "abc"] {
            assert_eq!(bearer_token(&headers(&[bad])), Err(AuthError::MalformedHeader), "{bad}");
        }
        assert_eq!(bearer_token(&headers(&["Bearer a", "Bearer b"])), Err(AuthError::MalformedHeader));
        let long = format!("Bearer {}", "a".repeat(MAX_TOKEN_BYTES + 1));
        assert_eq!(bearer_token(&headers(&[&long])), Err(AuthError::MalformedHeader));
    }

    #[tokio::test]
    async fn open_mode_is_anonymous_and_closed_mode_without_identity_refuses() {
        let open = Authenticator::open();
        assert_eq!(open.authenticate(&headers(&[])).await.unwrap(), Principal::anonymous());
        let closed = Authenticator::new(&AuthConfig { api_keys: false, ..AuthConfig::default() }, None).await.unwrap();
        assert_eq!(closed.authenticate(&headers(&[])).await, Err(AuthError::MissingHeader));
        assert_eq!(closed.authenticate(&headers(&["Bearer cdn_x"])).await, Err(AuthError::ApiKeysDisabled));
        assert_eq!(closed.authenticate(&headers(&["Bearer a.b.c"])).await, Err(AuthError::WrongIssuer));
        assert_eq!(closed.authenticate(&headers(&["Bearer opaque"])).await, Err(AuthError::UnrecognisedToken));
        let anon =
            Authenticator::new(&AuthConfig { api_keys: false, allow_anonymous: true, ..AuthConfig::default() }, None)
                .await
                .unwrap();
        assert!(anon.authenticate(&headers(&[])).await.unwrap().is_anonymous());
        assert_eq!(anon.authenticate(&headers(&["Bearer opaque"])).await, Err(AuthError::UnrecognisedToken));
    }
}
