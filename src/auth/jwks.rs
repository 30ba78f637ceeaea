//! An issuer's signing keys (JWKS): parsing, fetching, caching, refreshing.
//!
//! Decides which published keys are usable (RSA ≥ 2048 bits for RS256, P-256
//! for ES256, Ed25519 for EdDSA; `use` must be `sig` when present) and when
//! the provider is asked again:
//!
//! - a token naming a `kid` that is not cached triggers a refresh, but at most
//!   one fetch per `jwks_refresh_min_interval_secs` per issuer, and concurrent
//!   requests share that one fetch, so a flood of bogus `kid`s cannot hammer
//!   the identity provider;
//! - a cache older than [`MAX_AGE`] is refreshed on the next request under the
//!   same limit;
//! - a failed fetch keeps the previous keys (served from cache while the
//!   provider is down); only an empty cache makes tokens fail.
//!
//! Fetches go through a client that follows no redirects, ignores proxy
//! environment variables, and has short timeouts and a response size cap.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::Value;

use super::error::AuthError;

/// Keys older than this are refreshed on the next request.
pub(crate) const MAX_AGE: Duration = Duration::from_secs(3600);
/// Largest JWKS document accepted.
const MAX_JWKS_BYTES: usize = 256 * 1024;

/// One usable signing key.
pub(crate) struct VerifyingKey {
    pub kid: Option<String>,
    pub alg: Algorithm,
    pub key: DecodingKey,
}

/// Keys from one fetch (or one file).
pub(crate) struct KeySet {
    keys: Vec<Arc<VerifyingKey>>,
    fetched: Instant,
}

impl KeySet {
    /// Parse a JWKS document, keeping the keys cordon can use. Errors only
    /// when the document is not a JWKS at all or holds no usable key.
    pub fn parse(document: &[u8]) -> Result<KeySet, String> {
        let value: Value = serde_json::from_slice(document).map_err(|e| format!("not JSON: {e}"))?;
        let keys = value.get("keys").and_then(Value::as_array).ok_or_else(|| "no \"keys\" array".to_owned())?;
        let keys: Vec<Arc<VerifyingKey>> = keys.iter().filter_map(parse_jwk).map(Arc::new).collect();
        if keys.is_empty() {
            return Err("no usable signing key (RSA ≥ 2048, P-256 or Ed25519)".to_owned());
        }
        Ok(KeySet { keys, fetched: Instant::now() })
    }

    /// The key a token names. Without a `kid`, only a set holding exactly one
    /// key for the algorithm is unambiguous.
    fn find(&self, kid: Option<&str>, alg: Algorithm) -> Option<Arc<VerifyingKey>> {
        match kid {
            Some(kid) => {
                let mut named = self.keys.iter().filter(|k| k.kid.as_deref() == Some(kid));
                let first = named.clone().find(|k| k.alg == alg);
                first.or_else(|| named.next()).cloned()
            }
            None => {
                let mut fitting = self.keys.iter().filter(|k| k.alg == alg);
                match (fitting.next(), fitting.next()) {
                    (Some(only), None) => Some(only.clone()),
                    _ => None,
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }
}

fn str_field<'a>(jwk: &'a Value, name: &str) -> Option<&'a str> {
    jwk.get(name).and_then(Value::as_str)
}

fn parse_jwk(jwk: &Value) -> Option<VerifyingKey> {
    if str_field(jwk, "use").is_some_and(|u| u != "sig") {
        return None;
    }
    let kid = str_field(jwk, "kid").map(str::to_owned);
    let declared = str_field(jwk, "alg");
    let (alg, key) = match str_field(jwk, "kty")? {
        "RSA" => {
            let n = str_field(jwk, "n")?;
            let e = str_field(jwk, "e")?;
            let modulus = URL_SAFE_NO_PAD.decode(n.trim_end_matches('=')).ok()?;
            let bits = modulus.iter().skip_while(|b| **b == 0).count() * 8;
            if bits < 2048 {
                return None;
            }
            (Algorithm::RS256, DecodingKey::from_rsa_components(n, e).ok()?)
        }
        "EC" if str_field(jwk, "crv") == Some("P-256") => {
            let x = str_field(jwk, "x")?;
            let y = str_field(jwk, "y")?;
            (Algorithm::ES256, DecodingKey::from_ec_components(x, y).ok()?)
        }
        "OKP" if str_field(jwk, "crv") == Some("Ed25519") => {
            let x = str_field(jwk, "x")?;
            (Algorithm::EdDSA, DecodingKey::from_ed_components(x).ok()?)
        }
        _ => return None,
    };
    // A key published for another algorithm (RS384, PS256 …) is not used.
    let declared_fits = match declared {
        None => true,
        Some("RS256") => alg == Algorithm::RS256,
        Some("ES256") => alg == Algorithm::ES256,
        Some("EdDSA") => alg == Algorithm::EdDSA,
        Some(_) => false,
    };
    declared_fits.then_some(VerifyingKey { kid, alg, key })
}

/// An issuer's key source.
pub(crate) enum JwksSource {
    /// Keys from a file, read once.
    Static(Arc<KeySet>),
    /// Keys from the provider, cached.
    Remote(RemoteJwks),
}

pub(crate) struct RemoteJwks {
    url: String,
    client: reqwest::Client,
    min_interval: Duration,
    cache: RwLock<Option<Arc<KeySet>>>,
    /// Held while fetching; holds the time of the last attempt.
    fetch: tokio::sync::Mutex<Option<Instant>>,
}

/// The HTTP client for JWKS fetches: the same egress rules as upstream
/// model servers ([`crate::dispatch::upstream::egress_client_builder`]),
/// with a short bound on time.
pub(crate) fn egress_client() -> Result<reqwest::Client, reqwest::Error> {
    crate::dispatch::upstream::egress_client_builder()
        .connect_timeout(Duration::from_secs(3))
        .timeout(Duration::from_secs(5))
        .https_only(false)
        .build()
}

impl JwksSource {
    /// The key for a token's `kid` and `alg`.
    pub async fn key_for(&self, kid: Option<&str>, alg: Algorithm) -> Result<Arc<VerifyingKey>, AuthError> {
        match self {
            JwksSource::Static(set) => set.find(kid, alg).ok_or(AuthError::UnknownKid),
            JwksSource::Remote(remote) => remote.key_for(kid, alg).await,
        }
    }
}

impl RemoteJwks {
    pub fn new(url: String, client: reqwest::Client, min_interval: Duration) -> RemoteJwks {
        RemoteJwks { url, client, min_interval, cache: RwLock::new(None), fetch: tokio::sync::Mutex::new(None) }
    }

    fn cached(&self) -> Option<Arc<KeySet>> {
        self.cache.read().ok().and_then(|c| c.clone())
    }

    async fn key_for(&self, kid: Option<&str>, alg: Algorithm) -> Result<Arc<VerifyingKey>, AuthError> {
        let seen = self.cached();
        if let Some(set) = &seen
            && set.fetched.elapsed() < MAX_AGE
            && let Some(key) = set.find(kid, alg)
        {
            return Ok(key);
        }
        self.refresh(seen.as_ref().map(|s| s.fetched)).await;
        match self.cached() {
            None => Err(AuthError::JwksUnavailable),
            Some(set) => set.find(kid, alg).ok_or(AuthError::UnknownKid),
        }
    }

    /// Fetch again unless someone else just did, or the last attempt was too
    /// recent. `seen` is the fetch time of the set the caller looked at.
    pub async fn refresh(&self, seen: Option<Instant>) {
        let mut last_attempt = self.fetch.lock().await;
        let current = self.cached().map(|s| s.fetched);
        if current.is_some() && current != seen {
            return; // refreshed while we waited for the lock
        }
        if last_attempt.is_some_and(|at| at.elapsed() < self.min_interval) {
            return;
        }
        *last_attempt = Some(Instant::now());
        match self.download().await {
            Ok(set) => {
                tracing::info!(jwks_url = %self.url, keys = set.len(), "fetched JWKS");
                if let Ok(mut cache) = self.cache.write() {
                    *cache = Some(Arc::new(set));
                }
            }
            Err(problem) => {
                tracing::warn!(jwks_url = %self.url, %problem, "JWKS fetch failed; keeping cached keys");
            }
        }
    }

    async fn download(&self) -> Result<KeySet, String> {
        let mut response = self
            .client
            .get(&self.url)
            .header(http::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| format!("request failed: {e}"))?;
        if !response.status().is_success() {
            return Err(format!("status {}", response.status()));
        }
        if response.content_length().is_some_and(|n| n > MAX_JWKS_BYTES as u64) {
            return Err("document too large".to_owned());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| format!("read failed: {e}"))? {
            body.extend_from_slice(&chunk);
            if body.len() > MAX_JWKS_BYTES {
                return Err("document too large".to_owned());
            }
        }
        KeySet::parse(&body)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;

    #[test]
    fn unusable_keys_are_skipped() {
        let small_rsa = URL_SAFE_NO_PAD.encode([0xffu8; 128]); // 1024 bits
        let doc = serde_json::json!({ "keys": [
            { "kty": "RSA", "kid": "small", "n": small_rsa, "e": "AQAB" },
            { "kty": "oct", "kid": "hmac", "k": "c2VjcmV0" },
            { "kty": "EC", "crv": "P-384", "kid": "p384", "x": "AA", "y": "AA" },
            { "kty": "OKP", "crv": "Ed25519", "kid": "enc", "use": "enc", "x": URL_SAFE_NO_PAD.encode([1u8; 32]) },
            { "kty": "OKP", "crv": "Ed25519", "kid": "ok", "x": URL_SAFE_NO_PAD.encode([1u8; 32]) },
        ]});
        let set = KeySet::parse(doc.to_string().as_bytes()).unwrap();
        assert_eq!(set.len(), 1);
        assert!(set.find(Some("ok"), Algorithm::EdDSA).is_some());
        assert!(set.find(None, Algorithm::EdDSA).is_some());
        assert!(set.find(Some("hmac"), Algorithm::EdDSA).is_none());
    }

    #[test]
    fn documents_without_usable_keys_are_errors() {
        assert!(KeySet::parse(b"not json").is_err());
        assert!(KeySet::parse(b"{}").is_err());
        assert!(KeySet::parse(br#"{"keys":[]}"#).is_err());
    }
}
