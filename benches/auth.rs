//! Per-request authentication cost.
//!
//! - `api_key/sqlite_uncached`: the default key store — one primary-key read
//!   of the key's row from the embedded SQLite database per request (so
//!   revocation by another process takes effect at once) + SHA-256 +
//!   constant-time compare.
//! - `api_key/cached_ttl_60s`: the opt-in in-memory row cache.
//! - `jwt/cached_token`: a token seen before (the accepted-token cache).
//! - `jwt/first_sight_{rs256,es256,eddsa}`: a fresh token every iteration,
//!   keys from the cached JWKS, full signature and claim checks.
//!
//! Run: `cargo bench --bench auth`
#![allow(clippy::unwrap_used, clippy::expect_used)] // benchmark set-up fails loudly

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cordon::auth::{AuthConfig, Authenticator, KeyStore, OidcIssuerConfig};
use criterion::{Criterion, criterion_group, criterion_main};
use http::{HeaderMap, HeaderValue};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use secrecy::ExposeSecret;
use serde_json::{Value, json};

fn bearer(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(http::header::AUTHORIZATION, HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    h
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64
}

struct Signer {
    kid: &'static str,
    alg: Algorithm,
    key: EncodingKey,
    jwk: Value,
}

fn signers() -> Vec<Signer> {
    let rng = SystemRandom::new();
    let rsa = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
    let public = rsa.to_public_key();
    let ec_pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
    let ec = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, ec_pkcs8.as_ref(), &rng).unwrap();
    let point = ec.public_key().as_ref().to_vec();
    let ed_pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
    let ed = Ed25519KeyPair::from_pkcs8(ed_pkcs8.as_ref()).unwrap();
    vec![
        Signer {
            kid: "rs256",
            alg: Algorithm::RS256,
            key: EncodingKey::from_rsa_der(rsa.to_pkcs1_der().unwrap().as_bytes()),
            jwk: json!({"kty": "RSA", "kid": "rs256", "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()), "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be())}),
        },
        Signer {
            kid: "es256",
            alg: Algorithm::ES256,
            key: EncodingKey::from_ec_der(ec_pkcs8.as_ref()),
            jwk: json!({"kty": "EC", "crv": "P-256", "kid": "es256", "x": URL_SAFE_NO_PAD.encode(&point[1..33]), "y": URL_SAFE_NO_PAD.encode(&point[33..65])}),
        },
        Signer {
            kid: "eddsa",
            alg: Algorithm::EdDSA,
            key: EncodingKey::from_ed_der(ed_pkcs8.as_ref()),
            jwk: json!({"kty": "OKP", "crv": "Ed25519", "kid": "eddsa", "x": URL_SAFE_NO_PAD.encode(ed.public_key().as_ref())}),
        },
    ]
}

fn token(signer: &Signer, nonce: u64) -> String {
    let mut header = Header::new(signer.alg);
    header.kid = Some(signer.kid.to_owned());
    let claims = json!({
        "iss": "https://idp.bench", "aud": "cordon", "sub": "user-1", "exp": now() + 3600,
        "iat": now(), "jti": nonce, "roles": ["staff", "clinician"], "name": "Bench User",
    });
    jsonwebtoken::encode(&header, &claims, &signer.key).unwrap()
}

/// A watched key store on a fresh database of the local PostgreSQL, if any.
async fn postgres_watched() -> Option<(Authenticator, HeaderMap)> {
    let admin_url = std::env::var("CORDON_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let admin = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&admin_url).await.ok()?;
    let name = format!("cordon_bench_auth_{}", std::process::id());
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.ok()?;
    let (prefix, _) = admin_url.rsplit_once('/')?;
    let url = format!("{prefix}/{name}");
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(4).connect(&url).await.ok()?;
    migrator("postgres").await.run(&pool).await.ok()?;
    let store = KeyStore::watching(pool, &url);
    let (_, key) = store.create("bench", &["service".into()], None).await.ok()?;
    for _ in 0..500 {
        if store.is_caching() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Some((Authenticator::with_key_store(store, false), bearer(key.expose_secret())))
}

fn benches(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();

    // API keys on SQLite.
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.db").display());
    let pool = rt.block_on(async {
        let pool = sqlx::any::AnyPoolOptions::new().max_connections(4).connect(&url).await.unwrap();
        migrator("sqlite").await.run(&pool).await.unwrap();
        pool
    });
    let store = KeyStore::new(pool.clone());
    let (_, key) = rt.block_on(store.create("bench", &["service".into()], None)).unwrap();
    let key_headers = bearer(key.expose_secret());
    let uncached = Authenticator::with_key_store(store, false);
    let cached = Authenticator::with_key_store(KeyStore::with_cache_ttl(pool.clone(), Duration::from_secs(60)), false);
    // What `cordon serve` uses: rows cached until a change is announced.
    let watched = rt.block_on(async { Authenticator::with_key_store(KeyStore::watching(pool, &url), false) });
    // The same on PostgreSQL (NOTIFY), when the local server answers.
    let pg_watched = rt.block_on(postgres_watched());
    let mut group = c.benchmark_group("api_key");
    group.bench_function("sqlite_watched_serve_default", |b| {
        b.to_async(&rt).iter(|| async { watched.authenticate(&key_headers).await.unwrap() })
    });
    if let Some((auth, headers)) = &pg_watched {
        group.bench_function("postgres_watched_serve_default", |b| {
            b.to_async(&rt).iter(|| async { auth.authenticate(headers).await.unwrap() })
        });
    }
    group.bench_function("sqlite_uncached", |b| {
        b.to_async(&rt).iter(|| async { uncached.authenticate(&key_headers).await.unwrap() })
    });
    group.bench_function("cached_ttl_60s", |b| {
        b.to_async(&rt).iter(|| async { cached.authenticate(&key_headers).await.unwrap() })
    });
    group.finish();

    // JWTs from a static JWKS file (the same code path as a cached remote JWKS).
    let signers = signers();
    let jwks_path = dir.path().join("jwks.json");
    std::fs::write(&jwks_path, json!({"keys": signers.iter().map(|s| s.jwk.clone()).collect::<Vec<_>>()}).to_string())
        .unwrap();
    let mut issuer = OidcIssuerConfig::new("https://idp.bench", "cordon", "https://unused.bench/");
    issuer.jwks_url = None;
    issuer.jwks_file = Some(jwks_path);
    let config = AuthConfig { api_keys: false, oidc: vec![issuer], allow_anonymous: false };
    let auth = rt.block_on(Authenticator::new(&config, None)).unwrap();

    let mut group = c.benchmark_group("jwt");
    let repeat = bearer(&token(&signers[0], 0));
    rt.block_on(auth.authenticate(&repeat)).unwrap();
    group.bench_function("cached_token", |b| {
        b.to_async(&rt).iter(|| async { auth.authenticate(&repeat).await.unwrap() })
    });
    for signer in &signers {
        // Pre-signed distinct tokens, so only verification is timed; a new
        // authenticator (empty token cache) for each pass over them, built
        // outside the timed region, keeps every timed call a first sight.
        let fresh: Vec<HeaderMap> = (1..=2_000).map(|n| bearer(&token(signer, n))).collect();
        group.bench_function(format!("first_sight_{}", signer.kid), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                let mut done = 0u64;
                while done < iters {
                    let auth = rt.block_on(Authenticator::new(&config, None)).unwrap();
                    for h in fresh.iter().take((iters - done) as usize) {
                        let started = std::time::Instant::now();
                        rt.block_on(auth.authenticate(h)).unwrap();
                        total += started.elapsed();
                        done += 1;
                    }
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = auth;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = benches
}
criterion_main!(auth);

/// The scratch crate's migrations, read at run time (the main repository
/// embeds the same folders with `sqlx::migrate!`).
async fn migrator(backend: &str) -> sqlx::migrate::Migrator {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
    sqlx::migrate::Migrator::new(dir).await.unwrap()
}
