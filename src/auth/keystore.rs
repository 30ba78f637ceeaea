//! The API key store: the `api_keys` table, in the audit log's database.
//!
//! Decides how keys are created, listed, revoked and verified through one
//! `sqlx::AnyPool`, so the same code serves the embedded SQLite file and the
//! production PostgreSQL. `last_used_at` is written at most once a minute per
//! key, off the request path.
//!
//! ## Revocation without a database read per request
//!
//! `cordon keys revoke` runs in another process, and replicas share the
//! database, so a plain in-memory cache would keep honouring a revoked key.
//! A store opened with [`KeyStore::watching`] (what `cordon serve` uses)
//! caches verified rows and drops the whole cache as soon as it hears of a
//! change made anywhere:
//!
//! * **SQLite** (one machine): every change replaces a signal file beside the
//!   database (`<database>.keys-changed`); verification compares the file's
//!   identity (inode, mtime, size) with the last one seen, one `stat` call.
//!   The writer replaces the file before it exits, so the next request after
//!   `cordon keys revoke` returns is already refused.
//! * **PostgreSQL** (any number of hosts): every change sends
//!   `NOTIFY cordon_api_keys`; a listener connection per process drops the
//!   cache when one arrives. While the listener is not connected, nothing is
//!   served from the cache: every request reads its row.
//!
//! Cached rows are also re-read after [`MAX_CACHE_AGE`], so a change made
//! behind cordon's back (an `UPDATE` by hand) takes effect within that time;
//! expiry is always checked against the clock. Stores made with
//! [`KeyStore::new`] read the row on every request.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use secrecy::SecretString;
use serde::Serialize;
use sqlx::{AnyPool, Row};

use super::apikey::{self, PresentedKey};
use super::error::AuthError;
use super::principal::{API_KEY_ISSUER, Principal, normalise_names};

/// How often `last_used_at` is written for one key, at most.
const LAST_USED_GRANULARITY_SECS: i64 = 60;

/// Longest a watched store serves a row from memory without re-reading it.
pub const MAX_CACHE_AGE: Duration = Duration::from_secs(60);

/// The PostgreSQL notification channel key changes are announced on.
pub const CHANGE_CHANNEL: &str = "cordon_api_keys";

/// What `cordon keys list` shows about a key. Never holds the secret or its digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    /// The key's id (the part after `cdn_`), used to revoke it.
    pub id: String,
    /// Operator-chosen label.
    pub name: String,
    /// Roles granted to callers that present the key.
    pub roles: Vec<String>,
    /// Unix seconds.
    pub created_at: i64,
    /// Unix seconds; `None` for a key that does not expire.
    pub expires_at: Option<i64>,
    /// Unix seconds; `None` while the key is active.
    pub revoked_at: Option<i64>,
    /// Unix seconds, to the minute; `None` if never used.
    pub last_used_at: Option<i64>,
}

/// Problems creating, listing or revoking keys (the operator's side; request
/// verification reports [`AuthError`] instead).
#[derive(Debug, thiserror::Error)]
pub enum KeyStoreError {
    /// The database refused or failed the query.
    #[error("key store database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored row could not be read back (corrupt roles column).
    #[error("key store row for key {id} is corrupt")]
    CorruptRow {
        /// The key id whose row is corrupt.
        id: String,
    },
    /// The operating system's random number generator failed.
    #[error("could not generate a random key")]
    Random,
    /// The key name or a role is empty.
    #[error("{0}")]
    Invalid(&'static str),
}

/// One row as verification needs it.
#[derive(Clone)]
struct KeyRow {
    name: String,
    roles: Vec<String>,
    secret_sha256: String,
    expires_at: Option<i64>,
    revoked_at: Option<i64>,
    last_used_at: Option<i64>,
}

struct CachedRow {
    row: KeyRow,
    fetched: Instant,
    /// The change generation the row was read under.
    generation: u64,
}

/// Where changes to the keys are announced (see the module docs).
#[derive(Debug, Clone)]
enum Signal {
    /// Nothing: a store without a known database location.
    None,
    /// The signal file beside an SQLite database.
    File(PathBuf),
    /// `NOTIFY` on PostgreSQL.
    Notify,
}

impl Signal {
    fn for_url(url: &str) -> Signal {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Signal::Notify;
        }
        let Some(rest) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) else {
            return Signal::None;
        };
        let path = rest.split('?').next().unwrap_or_default();
        if path.is_empty() || path == ":memory:" {
            return Signal::None;
        }
        let mut file = PathBuf::from(path).into_os_string();
        file.push(".keys-changed");
        Signal::File(PathBuf::from(file))
    }
}

/// The identity of the signal file: it is replaced (new inode) on every change.
type Stamp = Option<(u64, u64, i64, i64, u64)>;

fn stamp_of(path: &std::path::Path) -> Result<Stamp, std::io::Error> {
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(path) {
        Ok(m) => Ok(Some((m.dev(), m.ino(), m.mtime(), m.mtime_nsec(), m.size()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// What a watching store knows about changes.
struct Watch {
    generation: AtomicU64,
    /// PostgreSQL: the listener is connected (nothing is missed).
    listening: AtomicBool,
    /// SQLite: the signal file as last seen.
    last_stamp: Mutex<Stamp>,
}

/// API keys in the audit database. Cheap to clone.
#[derive(Clone)]
pub struct KeyStore {
    pool: AnyPool,
    inner: Arc<KeyStoreInner>,
}

struct KeyStoreInner {
    cache_ttl: Option<Duration>,
    signal: Signal,
    /// Set for stores that cache rows until a change is announced.
    watch: Option<Watch>,
    cache: RwLock<HashMap<String, CachedRow>>,
    /// Last `last_used_at` write issued by this process, per key id.
    last_used_written: Mutex<HashMap<String, i64>>,
}

impl std::fmt::Debug for KeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyStore").field("cache_ttl", &self.inner.cache_ttl).finish_non_exhaustive()
    }
}

pub(crate) fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}

impl KeyStore {
    /// A store over `pool`, whose migrations (including `0002_api_keys`) have run.
    /// Every verification reads the key's row.
    pub fn new(pool: AnyPool) -> KeyStore {
        KeyStore::build(pool, Signal::None, None)
    }

    /// A store for the database at `database_url`: every change it makes is
    /// announced to watching stores (other processes included). Verification
    /// reads the row on every request.
    pub fn open(pool: AnyPool, database_url: &str) -> KeyStore {
        KeyStore::build(pool, Signal::for_url(database_url), None)
    }

    /// A store for the database at `database_url` that caches verified rows
    /// and drops them as soon as a change is announced (see the module docs).
    /// On PostgreSQL it starts a listener task on the current runtime.
    pub fn watching(pool: AnyPool, database_url: &str) -> KeyStore {
        let signal = Signal::for_url(database_url);
        let watch = match &signal {
            Signal::None => None,
            Signal::File(path) => Some(Watch {
                generation: AtomicU64::new(0),
                listening: AtomicBool::new(true),
                last_stamp: Mutex::new(stamp_of(path).ok().flatten()),
            }),
            Signal::Notify => Some(Watch {
                generation: AtomicU64::new(0),
                listening: AtomicBool::new(false),
                last_stamp: Mutex::new(None),
            }),
        };
        let store = KeyStore::build(pool, signal, watch);
        if matches!(store.inner.signal, Signal::Notify)
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(listen_for_changes(database_url.to_owned(), Arc::downgrade(&store.inner)));
        }
        store
    }

    fn build(pool: AnyPool, signal: Signal, watch: Option<Watch>) -> KeyStore {
        KeyStore {
            pool,
            inner: Arc::new(KeyStoreInner {
                cache_ttl: None,
                signal,
                watch,
                cache: RwLock::new(HashMap::new()),
                last_used_written: Mutex::new(HashMap::new()),
            }),
        }
    }

    /// A store that keeps verified rows in memory for `ttl`. Revocations made
    /// through this `KeyStore` take effect at once; revocations made by another
    /// process (the CLI, another replica) take effect within `ttl`. Expiry is
    /// always checked against the clock. Only for deployments that accept that
    /// window in exchange for skipping the database on hot keys.
    pub fn with_cache_ttl(pool: AnyPool, ttl: Duration) -> KeyStore {
        let mut store = KeyStore::new(pool);
        if let Some(inner) = Arc::get_mut(&mut store.inner) {
            inner.cache_ttl = Some(ttl);
        }
        store
    }

    /// Whether verified rows may be served from memory right now (a watching
    /// store whose change signal is working).
    pub fn is_caching(&self) -> bool {
        self.inner.cache_ttl.is_some() || self.cache_generation().is_some()
    }

    /// The pool this store uses.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Create a key. Returns what `list` will show and the key itself, which
    /// exists nowhere else afterwards: show it to the operator once.
    pub async fn create(
        &self,
        name: &str,
        roles: &[String],
        expires: Option<Duration>,
    ) -> Result<(KeyInfo, SecretString), KeyStoreError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(KeyStoreError::Invalid("key name must not be empty"));
        }
        if roles.iter().any(|r| r.trim().is_empty()) {
            return Err(KeyStoreError::Invalid("roles must not be empty"));
        }
        let mut roles: Vec<String> = roles.iter().map(|r| r.trim().to_owned()).collect();
        normalise_names(&mut roles);
        let generated = apikey::generate().map_err(|_| KeyStoreError::Random)?;
        let now = unix_now();
        let expires_at = expires.map(|d| now.saturating_add(i64::try_from(d.as_secs()).unwrap_or(i64::MAX)));
        let roles_json =
            serde_json::to_string(&roles).map_err(|_| KeyStoreError::CorruptRow { id: generated.id.clone() })?;
        sqlx::query(
            "INSERT INTO api_keys (id, name, roles, secret_sha256, created_at, expires_at, revoked_at, last_used_at) \
             VALUES ($1, $2, $3, $4, $5, $6, NULL, NULL)",
        )
        .bind(&generated.id)
        .bind(name)
        .bind(&roles_json)
        .bind(&generated.secret_sha256)
        .bind(now)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        self.announce_change(&generated.id).await;
        let info = KeyInfo {
            id: generated.id,
            name: name.to_owned(),
            roles,
            created_at: now,
            expires_at,
            revoked_at: None,
            last_used_at: None,
        };
        Ok((info, generated.key))
    }

    /// Every key, oldest first, without secrets.
    pub async fn list(&self) -> Result<Vec<KeyInfo>, KeyStoreError> {
        let rows = sqlx::query(
            "SELECT id, name, roles, created_at, expires_at, revoked_at, last_used_at \
             FROM api_keys ORDER BY created_at, id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let roles_json: String = row.try_get("roles")?;
                let roles =
                    serde_json::from_str(&roles_json).map_err(|_| KeyStoreError::CorruptRow { id: id.clone() })?;
                Ok(KeyInfo {
                    name: row.try_get("name")?,
                    roles,
                    created_at: row.try_get("created_at")?,
                    expires_at: row.try_get("expires_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                    last_used_at: row.try_get("last_used_at")?,
                    id,
                })
            })
            .collect()
    }

    /// Revoke a key. `false` when no active key has that id.
    pub async fn revoke(&self, id: &str) -> Result<bool, KeyStoreError> {
        let done = sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(unix_now())
            .bind(id)
            .execute(&self.pool)
            .await?;
        if let Ok(mut cache) = self.inner.cache.write() {
            cache.remove(id);
        }
        if done.rows_affected() > 0 {
            self.announce_change(id).await;
        }
        Ok(done.rows_affected() > 0)
    }

    /// Tells every watching store, in this process and others, that the
    /// keys changed. Failures are logged: the writer's change is committed,
    /// and watching stores still re-read rows after [`MAX_CACHE_AGE`].
    async fn announce_change(&self, id: &str) {
        if let Some(watch) = &self.inner.watch {
            watch.generation.fetch_add(1, Ordering::SeqCst);
        }
        match &self.inner.signal {
            Signal::None => {}
            Signal::File(path) => {
                if let Err(e) = replace_signal_file(path) {
                    tracing::warn!(error = %e, file = %path.display(), "could not announce the key change");
                }
            }
            Signal::Notify => {
                let sent =
                    sqlx::query("SELECT pg_notify($1, $2)").bind(CHANGE_CHANNEL).bind(id).execute(&self.pool).await;
                if let Err(e) = sent {
                    tracing::warn!(error = %e, "could not announce the key change");
                }
            }
        }
    }

    /// The change generation rows may be served from memory under, or
    /// `None` when the cache must not be used (no watch, listener down,
    /// signal file unreadable).
    fn cache_generation(&self) -> Option<u64> {
        let watch = self.inner.watch.as_ref()?;
        match &self.inner.signal {
            Signal::None => return None,
            Signal::Notify => {
                if !watch.listening.load(Ordering::SeqCst) {
                    return None;
                }
            }
            Signal::File(path) => {
                let now = stamp_of(path).ok()?;
                let mut last = watch.last_stamp.lock().ok()?;
                if *last != now {
                    *last = now;
                    watch.generation.fetch_add(1, Ordering::SeqCst);
                }
            }
        }
        Some(watch.generation.load(Ordering::SeqCst))
    }

    /// Check a presented key and turn it into a [`Principal`].
    pub async fn verify(&self, presented: &str) -> Result<Principal, AuthError> {
        let key = PresentedKey::parse(presented).ok_or(AuthError::UnknownKey)?;
        let row = self.row(key.id).await?.ok_or(AuthError::UnknownKey)?;
        // The secret is checked first so that an attacker who only knows an id
        // learns nothing about that key's state.
        if !key.matches(&row.secret_sha256) {
            return Err(AuthError::UnknownKey);
        }
        if row.revoked_at.is_some() {
            return Err(AuthError::RevokedKey);
        }
        let now = unix_now();
        if row.expires_at.is_some_and(|at| now >= at) {
            return Err(AuthError::ExpiredKey);
        }
        self.note_use(key.id, row.last_used_at, now);
        Ok(Principal {
            subject: key.id.to_owned(),
            issuer: API_KEY_ISSUER.to_owned(),
            roles: row.roles,
            groups: Vec::new(),
            display_name: Some(row.name),
            email: None,
        })
    }

    async fn row(&self, id: &str) -> Result<Option<KeyRow>, AuthError> {
        let generation = self.cache_generation();
        let max_age = match (self.inner.cache_ttl, generation) {
            (Some(ttl), _) => Some(ttl),
            (None, Some(_)) => Some(MAX_CACHE_AGE),
            (None, None) => None,
        };
        if let Some(max_age) = max_age
            && let Ok(cache) = self.inner.cache.read()
            && let Some(hit) = cache.get(id)
            && hit.fetched.elapsed() < max_age
            && (self.inner.cache_ttl.is_some() || Some(hit.generation) == generation)
        {
            return Ok(Some(hit.row.clone()));
        }
        let row = sqlx::query(
            "SELECT name, roles, secret_sha256, expires_at, revoked_at, last_used_at FROM api_keys WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "api key lookup failed");
            AuthError::StoreUnavailable
        })?;
        let Some(row) = row else { return Ok(None) };
        let read = || -> Result<KeyRow, sqlx::Error> {
            let roles_json: String = row.try_get("roles")?;
            Ok(KeyRow {
                name: row.try_get("name")?,
                roles: serde_json::from_str(&roles_json).unwrap_or_default(),
                secret_sha256: row.try_get("secret_sha256")?,
                expires_at: row.try_get("expires_at")?,
                revoked_at: row.try_get("revoked_at")?,
                last_used_at: row.try_get("last_used_at")?,
            })
        };
        let key_row = read().map_err(|e| {
            tracing::error!(error = %e, "api key row unreadable");
            AuthError::StoreUnavailable
        })?;
        if let Some(max_age) = max_age
            && let Ok(mut cache) = self.inner.cache.write()
        {
            if cache.len() >= 10_000 {
                cache.retain(|_, c| c.fetched.elapsed() < max_age);
            }
            let generation = generation.unwrap_or(0);
            cache.insert(id.to_owned(), CachedRow { row: key_row.clone(), fetched: Instant::now(), generation });
        }
        Ok(Some(key_row))
    }

    /// Record use at minute granularity, in the background.
    fn note_use(&self, id: &str, stored: Option<i64>, now: i64) {
        let due = |last: i64| now - last >= LAST_USED_GRANULARITY_SECS;
        if !stored.is_none_or(due) {
            return;
        }
        {
            let Ok(mut written) = self.inner.last_used_written.lock() else {
                return;
            };
            if written.get(id).is_some_and(|&last| !due(last)) {
                return;
            }
            if written.len() >= 10_000 {
                written.retain(|_, last| !due(*last));
            }
            written.insert(id.to_owned(), now);
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let pool = self.pool.clone();
        let id = id.to_owned();
        runtime.spawn(async move {
            let result = sqlx::query(
                "UPDATE api_keys SET last_used_at = $1 WHERE id = $2 AND (last_used_at IS NULL OR last_used_at < $1)",
            )
            .bind(now)
            .bind(&id)
            .execute(&pool)
            .await;
            if let Err(e) = result {
                tracing::warn!(key_id = %id, error = %e, "could not record api key use");
            }
        });
    }
}

/// Replaces the signal file with a new one (a new inode), atomically.
fn replace_signal_file(path: &std::path::Path) -> std::io::Result<()> {
    let nonce: u64 = rand::random();
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}-{nonce:016x}", std::process::id()));
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, format!("{nonce:016x}\n"))?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// Listens for key changes on PostgreSQL for as long as the store lives,
/// reconnecting after failures; the cache is off while disconnected.
async fn listen_for_changes(url: String, inner: std::sync::Weak<KeyStoreInner>) {
    loop {
        let connected = async {
            let mut listener = sqlx::postgres::PgListener::connect(&url).await?;
            listener.listen(CHANGE_CHANNEL).await?;
            Ok::<_, sqlx::Error>(listener)
        }
        .await;
        let Some(store) = inner.upgrade() else { return };
        let Some(watch) = &store.watch else { return };
        match connected {
            Ok(mut listener) => {
                // Anything announced before now may have been missed.
                watch.generation.fetch_add(1, Ordering::SeqCst);
                watch.listening.store(true, Ordering::SeqCst);
                drop(store);
                loop {
                    let received = listener.try_recv().await;
                    let Some(store) = inner.upgrade() else { return };
                    let Some(watch) = &store.watch else { return };
                    watch.generation.fetch_add(1, Ordering::SeqCst);
                    match received {
                        Ok(Some(_)) => continue,
                        Ok(None) => tracing::warn!("api key change listener lost its connection; reconnecting"),
                        Err(e) => tracing::warn!(error = %e, "api key change listener failed; reconnecting"),
                    }
                    watch.listening.store(false, Ordering::SeqCst);
                    break;
                }
            }
            Err(e) => {
                watch.listening.store(false, Ordering::SeqCst);
                tracing::warn!(error = %e, "cannot listen for api key changes; reading keys from the database");
            }
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}
