//! OIDC / JWT validation against a JWKS server on 127.0.0.1:0, with keys
//! generated per run. One test per refusal the issue lists, plus the happy
//! paths, caching, refresh, rate limiting and provider outage.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

#[path = "auth_common/mod.rs"]
mod common;

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::*;
use cordon::auth::{AuthConfig, AuthError, Authenticator, OidcIssuerConfig, Principal};
use http::{HeaderMap, HeaderValue};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

fn bearer(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(http::header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    h
}

fn issuer(url: &str) -> OidcIssuerConfig {
    let mut cfg = OidcIssuerConfig::new(ISSUER, AUDIENCE, url);
    cfg.roles_claim = "realm_access.roles".into();
    cfg.groups_claim = Some("groups".into());
    cfg.group_roles = BTreeMap::from([("/radiology".to_owned(), vec!["radiology".to_owned()])]);
    cfg
}

async fn authenticator(issuers: Vec<OidcIssuerConfig>) -> Authenticator {
    let config = AuthConfig { api_keys: false, oidc: issuers, allow_anonymous: false };
    Authenticator::new(&config, None).await.unwrap()
}

async fn refused(auth: &Authenticator, token: &str) -> AuthError {
    let err = auth.authenticate(&bearer(token)).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid credentials", "client message must stay generic");
    err
}

#[tokio::test]
async fn accepts_rs256_es256_and_eddsa_and_maps_claims() {
    let (rsa, ec, ed) = (TestKey::rsa("r1"), TestKey::es256("e1"), TestKey::ed25519("d1"));
    let server = JwksServer::start(&[&rsa, &ec, &ed]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    for key in [&rsa, &ec, &ed] {
        let p = auth.authenticate(&bearer(&key.sign(&good_claims()))).await.unwrap();
        assert_eq!(
            p,
            Principal {
                subject: "user-42".into(),
                issuer: ISSUER.into(),
                roles: vec!["clinician".into(), "radiology".into(), "staff".into()],
                groups: vec!["/radiology".into()],
                display_name: Some("Dana Scully".into()),
                email: Some("dscully@hospital.test".into()),
            },
            "{:?}",
            key.alg
        );
    }
    assert_eq!(server.hits(), 1, "one fetch at start-up, then the cache");
}

#[tokio::test]
async fn expired_token() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let mut claims = good_claims();
    claims["exp"] = json!(now() - 120); // beyond the 60 s leeway
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::Expired);
    claims["exp"] = json!(now() - 30); // within the leeway
    assert!(auth.authenticate(&bearer(&key.sign(&claims))).await.is_ok());
}

#[tokio::test]
async fn token_not_yet_valid() {
    let key = TestKey::es256("e1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let mut claims = good_claims();
    claims["nbf"] = json!(now() + 600);
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::NotYetValid);
}

#[tokio::test]
async fn wrong_issuer() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let mut claims = good_claims();
    claims["iss"] = json!("https://evil.test/");
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::WrongIssuer);
    claims.as_object_mut().unwrap().remove("iss");
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::WrongIssuer);
}

#[tokio::test]
async fn wrong_audience() {
    let key = TestKey::ed25519("d1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let mut claims = good_claims();
    claims["aud"] = json!(["some-other-app"]);
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::WrongAudience);
    claims["aud"] = json!(["some-other-app", AUDIENCE]);
    assert!(auth.authenticate(&bearer(&key.sign(&claims))).await.is_ok());
}

#[tokio::test]
async fn bad_signature() {
    let key = TestKey::rsa("r1");
    let impostor = TestKey::other_rsa("r1"); // same kid, different key
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    assert_eq!(refused(&auth, &impostor.sign(&good_claims())).await, AuthError::BadSignature);

    // A genuine token whose payload was edited after signing.
    let token = key.sign(&good_claims());
    let parts: Vec<&str> = token.split('.').collect();
    let mut claims = good_claims();
    claims["realm_access"]["roles"] = json!(["admin"]);
    let forged = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(claims.to_string()), parts[2]);
    assert_eq!(refused(&auth, &forged).await, AuthError::BadSignature);
}

#[tokio::test]
async fn alg_none() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let header = URL_SAFE_NO_PAD.encode(json!({"alg": "none", "typ": "JWT", "kid": "r1"}).to_string());
    let payload = URL_SAFE_NO_PAD.encode(good_claims().to_string());
    assert_eq!(refused(&auth, &format!("{header}.{payload}.")).await, AuthError::AlgNone);
    let header = URL_SAFE_NO_PAD.encode(json!({"alg": "NoNe"}).to_string());
    assert_eq!(refused(&auth, &format!("{header}.{payload}.")).await, AuthError::AlgNone);
}

#[tokio::test]
async fn hs256_signed_with_the_rsa_public_key() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    let pem = key.public_pem.clone().unwrap();
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some("r1".into());
    for secret in [pem.as_bytes().to_vec(), key.jwk["n"].as_str().unwrap().as_bytes().to_vec()] {
        let token = jsonwebtoken::encode(&header, &good_claims(), &EncodingKey::from_secret(&secret)).unwrap();
        assert_eq!(refused(&auth, &token).await, AuthError::HmacAlgorithm);
    }
}

#[tokio::test]
async fn algorithm_not_accepted_by_the_issuer() {
    let ec = TestKey::es256("e1");
    let server = JwksServer::start(&[&ec]).await;
    let mut cfg = issuer(&server.url);
    cfg.algorithms = vec!["RS256".into()];
    let auth = authenticator(vec![cfg]).await;
    assert_eq!(refused(&auth, &ec.sign(&good_claims())).await, AuthError::DisallowedAlgorithm);
}

#[tokio::test]
async fn key_type_must_match_alg() {
    // An ES256 header naming an RSA kid is refused before any verification.
    let rsa = TestKey::rsa("r1");
    let mut ec = TestKey::es256("e1");
    ec.kid = "r1".into();
    let server = JwksServer::start(&[&rsa]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    assert_eq!(refused(&auth, &ec.sign(&good_claims())).await, AuthError::DisallowedAlgorithm);
}

#[tokio::test]
async fn required_claims() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let mut cfg = issuer(&server.url);
    cfg.required_claims = vec!["email".into(), "realm_access.roles".into()];
    let auth = authenticator(vec![cfg]).await;
    assert!(auth.authenticate(&bearer(&key.sign(&good_claims()))).await.is_ok());
    let mut claims = good_claims();
    claims.as_object_mut().unwrap().remove("email");
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::MissingClaim);
    let mut claims = good_claims();
    claims.as_object_mut().unwrap().remove("sub");
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::MissingClaim);
    let mut claims = good_claims();
    claims.as_object_mut().unwrap().remove("exp");
    assert_eq!(refused(&auth, &key.sign(&claims)).await, AuthError::MissingClaim);
}

#[tokio::test]
async fn unknown_kid_triggers_a_refresh_then_is_refused() {
    let old = TestKey::rsa("old");
    let new = TestKey::ed25519("new");
    let server = JwksServer::start(&[&old]).await;
    let mut cfg = issuer(&server.url);
    cfg.jwks_refresh_min_interval_secs = 0;
    let auth = authenticator(vec![cfg]).await;
    assert_eq!(server.hits(), 1);

    // The provider rotates: the new key is found by a refresh.
    server.set_keys(&[&old, &new]);
    assert!(auth.authenticate(&bearer(&new.sign(&good_claims()))).await.is_ok());
    assert_eq!(server.hits(), 2);

    // A kid the provider does not publish: refreshed once more, still unknown.
    let stranger = TestKey::ed25519("stranger");
    assert_eq!(refused(&auth, &stranger.sign(&good_claims())).await, AuthError::UnknownKid);
    assert_eq!(server.hits(), 3);
}

#[tokio::test]
async fn a_flood_of_bogus_kids_does_not_hammer_the_provider() {
    let key = TestKey::ed25519("k1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await; // 30 s between refreshes
    assert_eq!(server.hits(), 1);
    let tasks: Vec<_> = (0..200)
        .map(|i| {
            let auth = auth.clone();
            let token = TestKey::ed25519(&format!("bogus-{i}")).sign(&good_claims());
            tokio::spawn(async move { auth.authenticate(&bearer(&token)).await })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), Err(AuthError::UnknownKid));
    }
    assert_eq!(server.hits(), 1, "no fetch within the minimum interval");
    // Genuine tokens keep working meanwhile.
    assert!(auth.authenticate(&bearer(&key.sign(&good_claims()))).await.is_ok());
}

#[tokio::test]
async fn served_from_cache_while_the_provider_is_down() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let mut cfg = issuer(&server.url);
    cfg.jwks_refresh_min_interval_secs = 0;
    let auth = authenticator(vec![cfg]).await;
    server.set_failing(true);
    // An unknown kid makes it try the provider, which fails; the cache stays.
    let stranger = TestKey::ed25519("stranger");
    assert_eq!(refused(&auth, &stranger.sign(&good_claims())).await, AuthError::UnknownKid);
    assert_eq!(server.hits(), 2);
    assert!(auth.authenticate(&bearer(&key.sign(&good_claims()))).await.is_ok());
}

#[tokio::test]
async fn jwks_unreachable_with_an_empty_cache() {
    let key = TestKey::rsa("r1");
    let auth = authenticator(vec![issuer(&unreachable_url().await)]).await;
    assert_eq!(refused(&auth, &key.sign(&good_claims())).await, AuthError::JwksUnavailable);
}

#[tokio::test]
async fn jwks_redirects_are_not_followed() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let redirecting = server.url.replace("/jwks", "/redirect");
    let auth = authenticator(vec![issuer(&redirecting)]).await;
    assert_eq!(refused(&auth, &key.sign(&good_claims())).await, AuthError::JwksUnavailable);
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn static_jwks_file_for_air_gapped_sites() {
    let key = TestKey::es256("e1");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jwks.json");
    std::fs::write(&path, json!({"keys": [key.jwk]}).to_string()).unwrap();
    let mut cfg = issuer("https://unused.test/jwks");
    cfg.jwks_url = None;
    cfg.jwks_file = Some(path);
    let auth = authenticator(vec![cfg]).await;
    assert!(auth.authenticate(&bearer(&key.sign(&good_claims()))).await.is_ok());
    let stranger = TestKey::es256("e2");
    assert_eq!(refused(&auth, &stranger.sign(&good_claims())).await, AuthError::UnknownKid);
}

#[tokio::test]
async fn several_issuers_are_told_apart_by_iss() {
    let a = TestKey::rsa("a");
    let b = TestKey::ed25519("b");
    let server_a = JwksServer::start(&[&a]).await;
    let server_b = JwksServer::start(&[&b]).await;
    let mut cfg_b = OidcIssuerConfig::new("https://okta.test", "api://cordon", &server_b.url);
    cfg_b.roles_claim = "groups".into();
    let auth = authenticator(vec![issuer(&server_a.url), cfg_b]).await;
    let mut claims = good_claims();
    claims["iss"] = json!("https://okta.test");
    claims["aud"] = json!("api://cordon");
    let p = auth.authenticate(&bearer(&b.sign(&claims))).await.unwrap();
    assert_eq!(p.issuer, "https://okta.test");
    assert_eq!(p.roles, vec!["/radiology"]);
    // Issuer A's key does not vouch for issuer B's tokens.
    assert_eq!(refused(&auth, &a.sign(&claims)).await, AuthError::UnknownKid);
    let mut rsa_named_b = TestKey::rsa("b");
    rsa_named_b.kid = "b".into();
    assert_eq!(refused(&auth, &rsa_named_b.sign(&claims)).await, AuthError::DisallowedAlgorithm);
}

#[tokio::test]
async fn malformed_tokens_and_headers() {
    let key = TestKey::rsa("r1");
    let server = JwksServer::start(&[&key]).await;
    let auth = authenticator(vec![issuer(&server.url)]).await;
    assert_eq!(refused(&auth, "a.b.c").await, AuthError::MalformedToken);
    assert_eq!(auth.authenticate(&HeaderMap::new()).await, Err(AuthError::MissingHeader));
    let mut basic = HeaderMap::new();
    basic.insert(http::header::AUTHORIZATION, HeaderValue::from_static("Basic dXNlcjpwYXNz"));
    let err = auth.authenticate(&basic).await.unwrap_err();
    assert_eq!(err, AuthError::MalformedHeader);
    assert_eq!(err.to_string(), "missing or malformed Authorization header");
}

#[test]
fn reasons_are_distinct_and_messages_generic() {
    let all = [
        AuthError::MissingHeader,
        AuthError::MalformedHeader,
        AuthError::UnrecognisedToken,
        AuthError::UnknownKey,
        AuthError::RevokedKey,
        AuthError::ExpiredKey,
        AuthError::ApiKeysDisabled,
        AuthError::MalformedToken,
        AuthError::Expired,
        AuthError::NotYetValid,
        AuthError::WrongIssuer,
        AuthError::WrongAudience,
        AuthError::BadSignature,
        AuthError::AlgNone,
        AuthError::HmacAlgorithm,
        AuthError::DisallowedAlgorithm,
        AuthError::UnknownKid,
        AuthError::JwksUnavailable,
        AuthError::MissingClaim,
    ];
    let reasons: std::collections::BTreeSet<_> = all.iter().map(AuthError::reason).collect();
    assert_eq!(reasons.len(), all.len());
    for e in all {
        assert!(e.is_credential_failure());
        assert!(["invalid credentials", "missing or malformed Authorization header"].contains(&e.to_string().as_str()));
    }
    assert!(!AuthError::StoreUnavailable.is_credential_failure());
}
