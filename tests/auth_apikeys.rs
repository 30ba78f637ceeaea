//! API keys against both stores: SQLite (tempfile) and a real PostgreSQL
//! (`CORDON_TEST_PG_URL`, a fresh database per test). Also the `keys` CLI runners.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

#[path = "auth_common/mod.rs"]
mod common;

use std::time::Duration;

use cordon::auth::cli::{self, CreateArgs, DatabaseArgs, KeyEvent, ListArgs, RevokeArgs};
use cordon::auth::{API_KEY_ISSUER, AuthConfig, AuthError, Authenticator, KeyStore};
use http::{HeaderMap, HeaderValue};
use secrecy::ExposeSecret;
use sqlx::AnyPool;

fn bearer(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(http::header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    h
}

async fn authenticator(pool: &AnyPool) -> Authenticator {
    Authenticator::new(&AuthConfig::default(), Some(pool.clone())).await.unwrap()
}

async fn refused(auth: &Authenticator, token: &str) -> AuthError {
    let err = auth.authenticate(&bearer(token)).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid credentials");
    err
}

/// The whole lifecycle, run against each backend.
async fn lifecycle(pool: AnyPool) {
    let store = KeyStore::new(pool.clone());
    let auth = authenticator(&pool).await;
    let (info, key) =
        store.create("ehr-integration", &["service".into(), "clinical".into(), "service".into()], None).await.unwrap();
    let key = key.expose_secret().to_owned();
    assert!(key.starts_with("cdn_"));
    assert!(key.contains(&info.id));
    assert_eq!(info.roles, vec!["clinical", "service"]);
    assert!(!format!("{info:?}").contains(&key[21..]), "KeyInfo must not hold the secret");

    // Accepted.
    let p = auth.authenticate(&bearer(&key)).await.unwrap();
    assert_eq!(p.subject, info.id);
    assert_eq!(p.issuer, API_KEY_ISSUER);
    assert_eq!(p.roles, vec!["clinical", "service"]);
    assert_eq!(p.display_name.as_deref(), Some("ehr-integration"));

    // Unknown key: a well-formed key that was never issued, and a wrong secret for a real id.
    let (_, other) = KeyStore::new(pool.clone()).create("other", &["x".into()], None).await.unwrap();
    let stranger = format!("cdn_0123456789abcdef_{}", &other.expose_secret()[21..]);
    assert_eq!(refused(&auth, &stranger).await, AuthError::UnknownKey);
    let wrong_secret = format!("{}_{}", &key[..20], &other.expose_secret()[21..]);
    assert_eq!(refused(&auth, &wrong_secret).await, AuthError::UnknownKey);
    assert_eq!(refused(&auth, "cdn_garbage").await, AuthError::UnknownKey);

    // last_used is recorded (in the background, at most once a minute).
    let mut used = None;
    for _ in 0..200 {
        used = store.list().await.unwrap().into_iter().find(|k| k.id == info.id).unwrap().last_used_at;
        if used.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(used.is_some(), "last_used_at was never written");

    // Revoked: refused at once, by an authenticator that already accepted it.
    assert!(store.revoke(&info.id).await.unwrap());
    assert!(!store.revoke(&info.id).await.unwrap(), "second revoke is a no-op");
    assert_eq!(refused(&auth, &key).await, AuthError::RevokedKey);

    // Expired: refused at once.
    let (exp_info, exp_key) = store.create("temp", &["x".into()], Some(Duration::from_secs(3600))).await.unwrap();
    assert!(auth.authenticate(&bearer(exp_key.expose_secret())).await.is_ok());
    sqlx::query("UPDATE api_keys SET expires_at = $1 WHERE id = $2")
        .bind(common::now() - 1)
        .bind(&exp_info.id)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(refused(&auth, exp_key.expose_secret()).await, AuthError::ExpiredKey);

    // The list never shows secrets or digests.
    let listed = store.list().await.unwrap();
    assert_eq!(listed.len(), 3);
    let text = format!("{listed:?}");
    assert!(!text.contains(&key[21..]));
}

#[tokio::test]
async fn sqlite_lifecycle() {
    let (pool, _dir) = common::sqlite_pool().await;
    lifecycle(pool).await;
}

#[tokio::test]
async fn postgres_lifecycle() {
    let pool = common::postgres_pool().await;
    lifecycle(pool).await;
}

#[tokio::test]
async fn a_cached_store_sees_its_own_revocations_at_once() {
    let (pool, _dir) = common::sqlite_pool().await;
    let cached = KeyStore::with_cache_ttl(pool.clone(), Duration::from_secs(60));
    let (info, key) = cached.create("svc", &["service".into()], None).await.unwrap();
    assert!(cached.verify(key.expose_secret()).await.is_ok());
    assert!(cached.verify(key.expose_secret()).await.is_ok()); // from the cache
    assert!(cached.revoke(&info.id).await.unwrap());
    assert_eq!(cached.verify(key.expose_secret()).await, Err(AuthError::RevokedKey));
}

#[tokio::test]
async fn api_keys_disabled_in_config() {
    let (pool, _dir) = common::sqlite_pool().await;
    let (_, key) = KeyStore::new(pool.clone()).create("svc", &["service".into()], None).await.unwrap();
    let config = AuthConfig { api_keys: false, ..AuthConfig::default() };
    let auth = Authenticator::new(&config, Some(pool)).await.unwrap();
    assert_eq!(refused(&auth, key.expose_secret()).await, AuthError::ApiKeysDisabled);
}

#[tokio::test]
async fn store_failure_is_not_a_credential_failure() {
    let (pool, _dir) = common::sqlite_pool().await;
    let (_, key) = KeyStore::new(pool.clone()).create("svc", &["service".into()], None).await.unwrap();
    let auth = authenticator(&pool).await;
    pool.close().await;
    let err = auth.authenticate(&bearer(key.expose_secret())).await.unwrap_err();
    assert_eq!(err, AuthError::StoreUnavailable);
    assert!(!err.is_credential_failure());
}

fn db() -> DatabaseArgs {
    DatabaseArgs { database_url: None }
}

#[tokio::test]
async fn cli_create_list_revoke() {
    let (pool, _dir) = common::sqlite_pool().await;
    let auth = authenticator(&pool).await;

    let mut out = Vec::new();
    let create = CreateArgs {
        name: "ehr".into(),
        roles: vec!["service".into()],
        expires: Some(Duration::from_secs(90 * 86_400)),
        json: true,
        database: db(),
    };
    let outcome = cli::run_create(&create, KeyStore::new(pool.clone()), &mut out).await.unwrap();
    assert_eq!(outcome.exit_code, 0);
    let printed: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let obj = printed.as_object().unwrap();
    assert_eq!(obj.len(), 2, "exactly id and key");
    let id = obj["id"].as_str().unwrap().to_owned();
    let key = obj["key"].as_str().unwrap().to_owned();
    let Some(KeyEvent::Created { id: event_id, name, roles, expires_at }) = outcome.event else { panic!("no event") };
    assert_eq!((event_id.as_str(), name.as_str(), roles), (id.as_str(), "ehr", vec!["service".to_owned()]));
    assert!(expires_at.unwrap() > common::now() + 89 * 86_400);
    assert!(auth.authenticate(&bearer(&key)).await.is_ok());

    // Text mode prints the key once as its last line.
    let mut out = Vec::new();
    let text = CreateArgs { json: false, expires: None, ..create.clone() };
    cli::run_create(&text, KeyStore::new(pool.clone()), &mut out).await.unwrap();
    let printed = String::from_utf8(out).unwrap();
    assert!(printed.trim_end().lines().last().unwrap().starts_with("cdn_"));

    for json in [true, false] {
        let mut out = Vec::new();
        let outcome =
            cli::run_list(&ListArgs { json, database: db() }, KeyStore::new(pool.clone()), &mut out).await.unwrap();
        assert_eq!(outcome.event, None);
        let listed = String::from_utf8(out).unwrap();
        assert!(listed.contains(&id));
        assert!(!listed.contains(&key[21..]), "list must never show a secret");
    }

    let mut out = Vec::new();
    let outcome =
        cli::run_revoke(&RevokeArgs { id: id.clone(), database: db() }, KeyStore::new(pool.clone()), &mut out)
            .await
            .unwrap();
    assert_eq!(outcome.exit_code, 0);
    assert_eq!(outcome.event, Some(KeyEvent::Revoked { id: id.clone() }));
    assert_eq!(refused(&auth, &key).await, AuthError::RevokedKey);

    let mut out = Vec::new();
    let outcome =
        cli::run_revoke(&RevokeArgs { id, database: db() }, KeyStore::new(pool.clone()), &mut out).await.unwrap();
    assert_eq!(outcome.exit_code, 1);
    assert_eq!(outcome.event, None);

    let mut out = Vec::new();
    let listed = cli::run_list(&ListArgs { json: true, database: db() }, KeyStore::new(pool), &mut out).await.unwrap();
    assert_eq!(listed.exit_code, 0);
    let rows: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(rows.as_array().unwrap().iter().any(|r| r["status"] == "revoked"));
}

/// A watching store (what `cordon serve` uses) serves verified keys from
/// memory and drops them the moment another store announces a change.
async fn watched_cache_hears_announced_changes(pool: AnyPool, url: &str) {
    let writer = KeyStore::open(pool.clone(), url); // as `cordon keys` does, in its own process
    let server = KeyStore::watching(pool.clone(), url);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !server.is_caching() {
        assert!(std::time::Instant::now() < deadline, "the change listener never connected");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let (info, key) = writer.create("svc", &["service".into()], None).await.unwrap();
    let key = key.expose_secret().to_owned();
    if url.starts_with("postgres") {
        // Let the creation's own notification arrive before filling the cache.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(server.verify(&key).await.unwrap().roles, ["service"]);

    // Served from memory: a change made behind cordon's back is not seen...
    sqlx::query("UPDATE api_keys SET roles = '[\"changed\"]' WHERE id = $1")
        .bind(&info.id)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(server.verify(&key).await.unwrap().roles, ["service"], "the row came from the cache");

    // ...but a change announced by another store is, at once.
    assert!(writer.revoke(&info.id).await.unwrap());
    let mut result = server.verify(&key).await;
    // PostgreSQL delivers the notification asynchronously; allow it a moment.
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    while result.is_ok() && url.starts_with("postgres") && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
        result = server.verify(&key).await;
    }
    assert_eq!(result.unwrap_err(), AuthError::RevokedKey);

    // A new key is usable at once too (its creation was announced).
    let (_, second) = writer.create("svc2", &["service".into()], None).await.unwrap();
    assert!(server.verify(second.expose_secret()).await.is_ok());
}

#[tokio::test]
async fn sqlite_watched_cache_hears_announced_changes() {
    let (pool, dir) = common::sqlite_pool().await;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cordon.db").display());
    watched_cache_hears_announced_changes(pool, &url).await;
    assert!(dir.path().join("cordon.db.keys-changed").is_file());
}

#[tokio::test]
async fn postgres_watched_cache_hears_announced_changes() {
    let (pool, url) = common::postgres_pool_with_url().await;
    watched_cache_hears_announced_changes(pool, &url).await;
}

/// When the PostgreSQL change listener cannot connect, the watching store
/// serves nothing from memory: every request reads its row, so another
/// process's revocation still takes effect at once.
#[tokio::test]
async fn without_its_change_listener_a_watched_store_reads_every_row() {
    let (pool, _) = common::postgres_pool_with_url().await;
    // The listener is pointed at a port where nothing answers.
    let unreachable = "postgres://postgres@127.0.0.1:1/cordon";
    let server = KeyStore::watching(pool.clone(), unreachable);
    let writer = KeyStore::new(pool.clone()); // announces nothing
    let (info, key) = writer.create("svc", &["service".into()], None).await.unwrap();
    let key = key.expose_secret().to_owned();
    for _ in 0..3 {
        assert!(!server.is_caching());
        assert!(server.verify(&key).await.is_ok());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(writer.revoke(&info.id).await.unwrap());
    assert_eq!(server.verify(&key).await.unwrap_err(), AuthError::RevokedKey);
}
