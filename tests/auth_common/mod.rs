//! Shared fixtures for the auth integration tests: signing keys generated per
//! run, a JWKS server on 127.0.0.1:0, token minting, and fresh databases.
#![allow(dead_code)] // each test binary uses a different subset
#![allow(clippy::unwrap_used, clippy::expect_used)] // test fixtures fail loudly

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde_json::{Value, json};
use sqlx::AnyPool;

pub const ISSUER: &str = "https://idp.test/realms/hospital";
pub const AUDIENCE: &str = "cordon";

pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

/// A signing key and its public JWK.
pub struct TestKey {
    pub kid: String,
    pub alg: Algorithm,
    pub encoding: EncodingKey,
    pub jwk: Value,
    /// PEM of the public key (RSA only), for the HS256 confusion attack.
    pub public_pem: Option<String>,
}

impl TestKey {
    pub fn rsa(kid: &str) -> TestKey {
        let private = rsa_private();
        TestKey::from_rsa(kid, private)
    }

    /// A second, unrelated RSA key (for bad-signature tests).
    pub fn other_rsa(kid: &str) -> TestKey {
        static OTHER: OnceLock<rsa::RsaPrivateKey> = OnceLock::new();
        let private = OTHER.get_or_init(|| rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap());
        TestKey::from_rsa(kid, private)
    }

    fn from_rsa(kid: &str, private: &rsa::RsaPrivateKey) -> TestKey {
        let der = private.to_pkcs1_der().unwrap();
        let public = private.to_public_key();
        TestKey {
            kid: kid.to_owned(),
            alg: Algorithm::RS256,
            encoding: EncodingKey::from_rsa_der(der.as_bytes()),
            jwk: json!({
                "kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
                "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
            }),
            public_pem: Some(public.to_public_key_pem(LineEnding::LF).unwrap()),
        }
    }

    pub fn es256(kid: &str) -> TestKey {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).unwrap();
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).unwrap();
        let point = pair.public_key().as_ref();
        TestKey {
            kid: kid.to_owned(),
            alg: Algorithm::ES256,
            encoding: EncodingKey::from_ec_der(pkcs8.as_ref()),
            jwk: json!({
                "kty": "EC", "crv": "P-256", "use": "sig", "kid": kid,
                "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
                "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
            }),
            public_pem: None,
        }
    }

    pub fn ed25519(kid: &str) -> TestKey {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).unwrap();
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).unwrap();
        TestKey {
            kid: kid.to_owned(),
            alg: Algorithm::EdDSA,
            encoding: EncodingKey::from_ed_der(pkcs8.as_ref()),
            jwk: json!({
                "kty": "OKP", "crv": "Ed25519", "kid": kid,
                "x": URL_SAFE_NO_PAD.encode(pair.public_key().as_ref()),
            }),
            public_pem: None,
        }
    }

    /// Sign `claims` with this key, naming this key's kid.
    pub fn sign(&self, claims: &Value) -> String {
        let mut header = Header::new(self.alg);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.encoding).unwrap()
    }
}

fn rsa_private() -> &'static rsa::RsaPrivateKey {
    static KEY: OnceLock<rsa::RsaPrivateKey> = OnceLock::new();
    KEY.get_or_init(|| rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap())
}

/// Claims of a valid token for [`ISSUER`] / [`AUDIENCE`].
pub fn good_claims() -> Value {
    let now = now();
    json!({
        "iss": ISSUER, "aud": AUDIENCE, "sub": "user-42",
        "iat": now, "nbf": now - 5, "exp": now + 600,
        "name": "Dana Scully", "email": "dscully@hospital.test",
        "realm_access": { "roles": ["staff", "clinician"] },
        "groups": ["/radiology"],
    })
}

/// A JWKS endpoint on 127.0.0.1:0 whose document and availability the test
/// controls, counting requests. `/jwks` serves the document (or 503 while
/// failing); `/redirect` answers 302 to `/jwks`. One request per connection.
#[derive(Clone)]
pub struct JwksServer {
    pub url: String,
    pub hits: Arc<AtomicUsize>,
    pub failing: Arc<AtomicBool>,
    pub document: Arc<Mutex<Value>>,
}

impl JwksServer {
    pub async fn start(keys: &[&TestKey]) -> JwksServer {
        let document = Arc::new(Mutex::new(json!({ "keys": keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() })));
        let hits = Arc::new(AtomicUsize::new(0));
        let failing = Arc::new(AtomicBool::new(false));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = JwksServer { url: format!("http://{addr}/jwks"), hits, failing, document };
        let state = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = state.clone();
                tokio::spawn(async move { state.answer(stream).await });
            }
        });
        server
    }

    async fn answer(&self, mut stream: tokio::net::TcpStream) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut request = Vec::new();
        let mut buf = [0u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => request.extend_from_slice(&buf[..n]),
            }
        }
        let text = String::from_utf8_lossy(&request);
        let path = text.split_whitespace().nth(1).unwrap_or("").to_owned();
        let response = if path == "/jwks" {
            self.hits.fetch_add(1, Ordering::SeqCst);
            if self.failing.load(Ordering::SeqCst) {
                "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned()
            } else {
                let body = self.document.lock().unwrap().to_string();
                format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                )
            }
        } else if path == "/redirect" {
            "HTTP/1.1 302 Found\r\nlocation: /jwks\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned()
        } else {
            "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_owned()
        };
        let _ = stream.write_all(response.as_bytes()).await;
        let _ = stream.shutdown().await;
    }

    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    pub fn set_keys(&self, keys: &[&TestKey]) {
        *self.document.lock().unwrap() = json!({ "keys": keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>() });
    }

    pub fn set_failing(&self, failing: bool) {
        self.failing.store(failing, Ordering::SeqCst);
    }
}

/// A URL on loopback where nothing listens.
pub async fn unreachable_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/jwks")
}

/// A fresh SQLite database with the API key migration applied. Keep the
/// `TempDir` alive for the test's duration.
pub async fn sqlite_pool() -> (AnyPool, tempfile::TempDir) {
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("cordon.db").display());
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(4).connect(&url).await.unwrap();
    migrator("sqlite").await.run(&pool).await.unwrap();
    (pool, dir)
}

/// A fresh, uniquely named PostgreSQL database with the migration applied.
pub async fn postgres_pool() -> AnyPool {
    postgres_pool_with_url().await.0
}

/// [`postgres_pool`], with the database's URL.
pub async fn postgres_pool_with_url() -> (AnyPool, String) {
    sqlx::any::install_default_drivers();
    let base = std::env::var("CORDON_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned());
    let admin = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(&base).await.unwrap();
    let mut suffix = [0u8; 6];
    ring::rand::SecureRandom::fill(&SystemRandom::new(), &mut suffix).unwrap();
    let name = format!("cordon_auth_{}", hex::encode(suffix));
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await.unwrap();
    admin.close().await;
    let (prefix, _) = base.rsplit_once('/').unwrap();
    let url = format!("{prefix}/{name}");
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(4).connect(&url).await.unwrap();
    migrator("postgres").await.run(&pool).await.unwrap();
    (pool, url)
}

/// The scratch crate's migrations, read at run time (the main repository
/// embeds the same folders with `sqlx::migrate!`).
async fn migrator(backend: &str) -> sqlx::migrate::Migrator {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
    sqlx::migrate::Migrator::new(dir).await.unwrap()
}
