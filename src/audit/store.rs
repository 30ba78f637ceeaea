//! The database behind the log: PostgreSQL in production, an SQLite file by default.
//!
//! Decides how a batch becomes durable. One code path serves both backends
//! through sqlx's `Any` driver; only the embedded migrations (one folder per
//! backend) and the protection check differ. A batch is one transaction that
//! first writes the single `audit_head` row — which takes PostgreSQL's row
//! lock or SQLite's write lock — so that sequence numbers and the previous
//! hash are read and advanced by one writer at a time across all processes.
//! The transaction commits with the backend's durable settings
//! (`synchronous_commit` as configured in PostgreSQL; WAL with
//! `synchronous=FULL` in SQLite) before any caller is answered.

use std::str::FromStr;

use serde_json::json;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Connection, Executor, Row};

use super::AuditError;
use super::chain::{link, parse_hash};
use super::checkpoint::Checkpoint;
use super::keys::AuditKeys;
use super::record::{PreparedEvent, RecordColumns, encode_record, format_time, now_micros, seal, unix_micros};
use super::verify::{HeadState, StoredRow};

static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");

/// Rows per INSERT statement (8 parameters each, well under both backends' limits).
const ROWS_PER_INSERT: usize = 256;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// PostgreSQL (`postgres://`, `postgresql://`).
    Postgres,
    /// SQLite (`sqlite:`).
    Sqlite,
}

impl Backend {
    /// Pick the backend from a database URL.
    pub fn from_url(url: &str) -> Result<Backend, AuditError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else {
            Err(AuditError::UnsupportedUrl)
        }
    }
}

/// One committed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// Its sequence number.
    pub seq: u64,
    /// Its chain hash (hex).
    pub hash: String,
    /// For checkpoint records: the signed note.
    pub note: Option<String>,
}

/// When a batch should end with a checkpoint.
#[derive(Debug, Clone, Copy)]
pub(crate) enum CheckpointRule {
    /// Only when `every` records have accumulated since the last one (0: never).
    Every(u64),
    /// Now, if anything was appended since the last checkpoint (timer).
    IfNew,
    /// Now, unconditionally (`checkpoint_now`).
    Force,
}

/// Result of a committed batch.
#[derive(Debug)]
pub(crate) struct BatchOutcome {
    pub receipts: Vec<Receipt>,
    pub checkpoint: Option<Receipt>,
}

/// A connection pool to the audit tables.
#[derive(Debug, Clone)]
pub struct AuditStore {
    pool: AnyPool,
    backend: Backend,
    /// PostgreSQL only: a native pool for bulk reads (verification, export),
    /// which decodes rows without the `Any` driver's per-value conversions.
    /// Connects on first use.
    pg_reader: Option<sqlx::PgPool>,
}

struct Prepared {
    seq: i64,
    columns: RecordColumns,
    record: String,
    hash: String,
}

impl AuditStore {
    /// Connect, and apply the embedded migrations when `migrate` is true.
    ///
    /// Processes that connect as the writer role (INSERT/SELECT only) pass
    /// `migrate = false`; an owner role runs migrations once beforehand.
    pub async fn connect(url: &str, max_connections: u32, migrate: bool) -> Result<AuditStore, AuditError> {
        let backend = Backend::from_url(url)?;
        sqlx::any::install_default_drivers();
        let options = AnyConnectOptions::from_str(url).map_err(AuditError::store("parse URL"))?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.max(1))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA busy_timeout = 30000").await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(AuditError::store("connect"))?;
        if migrate {
            let migrator = match backend {
                Backend::Postgres => &POSTGRES_MIGRATIONS,
                Backend::Sqlite => &SQLITE_MIGRATIONS,
            };
            migrator.run(&pool).await.map_err(AuditError::Migrate)?;
        }
        let pg_reader = match backend {
            Backend::Postgres => Some(
                sqlx::postgres::PgPoolOptions::new()
                    .max_connections(2)
                    .connect_lazy(url)
                    .map_err(AuditError::store("parse URL"))?,
            ),
            Backend::Sqlite => None,
        };
        Ok(AuditStore { pool, backend, pg_reader })
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool (for tests and tools that inspect the tables).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Close the pool.
    pub async fn close(&self) {
        if let Some(pg) = &self.pg_reader {
            pg.close().await;
        }
        self.pool.close().await;
    }

    /// Round trip to the database.
    pub async fn ping(&self) -> Result<(), AuditError> {
        let mut conn = self.pool.acquire().await.map_err(AuditError::store("ping"))?;
        conn.ping().await.map_err(AuditError::store("ping"))
    }

    /// Chain `records` onto the head, maybe add a checkpoint, and commit.
    pub(crate) async fn append_batch(
        &self,
        records: Vec<PreparedEvent>,
        keys: &AuditKeys,
        rule: CheckpointRule,
    ) -> Result<BatchOutcome, AuditError> {
        let op = AuditError::store("append batch");
        let mut tx = self.pool.begin().await.map_err(op)?;
        // Writing the head row first takes the chain lock (row lock / SQLite
        // write lock) and reads the head in the same round trip.
        let head = sqlx::query(
            "UPDATE audit_head SET seq = seq WHERE id = 1 \
             RETURNING seq, hash, checkpoint_seq, time_us",
        )
        .fetch_one(&mut *tx)
        .await
        .map_err(AuditError::store("lock chain head"))?;
        let mut seq: i64 = head.try_get(0).map_err(AuditError::store("read chain head"))?;
        let head_hash: String = head.try_get(1).map_err(AuditError::store("read chain head"))?;
        let mut checkpoint_seq: i64 = head.try_get(2).map_err(AuditError::store("read chain head"))?;
        let head_time: i64 = head.try_get(3).map_err(AuditError::store("read chain head"))?;
        let mut prev =
            parse_hash(&head_hash).ok_or_else(|| AuditError::Inconsistent("chain head hash is not hex".into()))?;

        // Record times never go backwards along the chain, even across replicas.
        let mut time = now_micros();
        let head_time = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(head_time) * 1000)
            .map_err(|_| AuditError::Inconsistent("chain head time out of range".into()))?;
        if time < head_time {
            time = head_time;
        }

        let time_text = format_time(time)?;
        let time_us = unix_micros(time);
        let mut prepared = Vec::with_capacity(records.len() + 1);
        for record in &records {
            seq += 1;
            let (text, columns) = seal(seq as u64, &time_text, time_us, record)?;
            prev = link(&prev, text.as_bytes());
            prepared.push(Prepared { seq, columns, record: text, hash: hex::encode(prev) });
        }
        let appended = prepared.len();

        // Records after the last checkpoint record (which sits at checkpoint_seq + 1).
        let since_checkpoint = if checkpoint_seq == 0 { seq } else { seq - checkpoint_seq - 1 };
        let want_checkpoint = match rule {
            CheckpointRule::Every(0) => false,
            CheckpointRule::Every(n) => since_checkpoint >= n as i64,
            CheckpointRule::IfNew => since_checkpoint > 0,
            CheckpointRule::Force => true,
        };
        let mut note = None;
        if want_checkpoint {
            let checkpoint = Checkpoint { origin: keys.key_name().to_owned(), size: seq as u64, hash: prev };
            let signed = checkpoint.sign(keys);
            let data = json!({
                "size": seq,
                "hash": hex::encode(prev),
                "note": signed,
            });
            checkpoint_seq = seq;
            seq += 1;
            let (text, columns) = encode_record(seq as u64, time, "checkpoint", data)?;
            prev = link(&prev, text.as_bytes());
            prepared.push(Prepared { seq, columns, record: text, hash: hex::encode(prev) });
            note = Some(signed);
        }

        for chunk in prepared.chunks(ROWS_PER_INSERT) {
            let mut sql = String::from(
                "INSERT INTO audit_records (seq, time_us, kind, request_id, principal, action, record, hash) VALUES ",
            );
            for i in 0..chunk.len() {
                let b = i * 8;
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "(${},${},${},${},${},${},${},${})",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4,
                    b + 5,
                    b + 6,
                    b + 7,
                    b + 8
                ));
            }
            let mut query = sqlx::query(&sql);
            for row in chunk {
                query = query
                    .bind(row.seq)
                    .bind(row.columns.time_us)
                    .bind(row.columns.kind.clone())
                    .bind(row.columns.request_id.clone())
                    .bind(row.columns.principal.clone())
                    .bind(row.columns.action.clone())
                    .bind(row.record.clone())
                    .bind(row.hash.clone());
            }
            query.execute(&mut *tx).await.map_err(AuditError::store("insert records"))?;
        }
        sqlx::query("UPDATE audit_head SET seq = $1, hash = $2, checkpoint_seq = $3, time_us = $4 WHERE id = 1")
            .bind(seq)
            .bind(hex::encode(prev))
            .bind(checkpoint_seq)
            .bind(time_us)
            .execute(&mut *tx)
            .await
            .map_err(AuditError::store("advance chain head"))?;
        tx.commit().await.map_err(AuditError::store("commit batch"))?;

        let mut receipts: Vec<Receipt> =
            prepared.into_iter().map(|p| Receipt { seq: p.seq as u64, hash: p.hash, note: None }).collect();
        let checkpoint = if receipts.len() > appended {
            receipts.pop().map(|mut r| {
                r.note = note;
                r
            })
        } else {
            None
        };
        Ok(BatchOutcome { receipts, checkpoint })
    }

    /// The head row.
    pub async fn head(&self) -> Result<HeadState, AuditError> {
        let row = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await
            .map_err(AuditError::store("read chain head"))?;
        let seq: i64 = row.try_get(0).map_err(AuditError::store("read chain head"))?;
        Ok(HeadState { seq: seq.max(0) as u64, hash: row.try_get(1).map_err(AuditError::store("read chain head"))? })
    }

    /// Up to `limit` rows with `seq > after`, in order.
    pub async fn rows_after(&self, after: u64, limit: u32) -> Result<Vec<StoredRow>, AuditError> {
        if let Some(pg) = &self.pg_reader {
            type PgRecordRow = (i64, i64, String, Option<String>, Option<String>, Option<String>, String, String);
            let rows: Vec<PgRecordRow> = sqlx::query_as(
                "SELECT seq, time_us, kind, request_id, principal, action, record, hash \
                 FROM audit_records WHERE seq > $1 ORDER BY seq LIMIT $2",
            )
            .bind(after as i64)
            .bind(i64::from(limit))
            .fetch_all(pg)
            .await
            .map_err(AuditError::store("read records"))?;
            return Ok(rows
                .into_iter()
                .map(|(seq, time_us, kind, request_id, principal, action, record, hash)| StoredRow {
                    seq,
                    columns: Some(RecordColumns { time_us, kind, request_id, principal, action }),
                    record,
                    hash,
                })
                .collect());
        }
        let rows = sqlx::query(
            "SELECT seq, time_us, kind, request_id, principal, action, record, hash \
             FROM audit_records WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after as i64)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(AuditError::store("read records"))?;
        rows.into_iter()
            .map(|row| {
                let get = AuditError::store("decode record row");
                Ok(StoredRow {
                    seq: row.try_get(0).map_err(get)?,
                    columns: Some(RecordColumns {
                        time_us: row.try_get(1).map_err(AuditError::store("decode record row"))?,
                        kind: row.try_get(2).map_err(AuditError::store("decode record row"))?,
                        request_id: row.try_get(3).map_err(AuditError::store("decode record row"))?,
                        principal: row.try_get(4).map_err(AuditError::store("decode record row"))?,
                        action: row.try_get(5).map_err(AuditError::store("decode record row"))?,
                    }),
                    record: row.try_get(6).map_err(AuditError::store("decode record row"))?,
                    hash: row.try_get(7).map_err(AuditError::store("decode record row"))?,
                })
            })
            .collect()
    }

    /// The stored hash of record `seq` (GENESIS for 0).
    pub async fn hash_at(&self, seq: u64) -> Result<Option<String>, AuditError> {
        if seq == 0 {
            return Ok(Some(hex::encode(super::chain::GENESIS)));
        }
        let row = sqlx::query("SELECT hash FROM audit_records WHERE seq = $1")
            .bind(seq as i64)
            .fetch_optional(&self.pool)
            .await
            .map_err(AuditError::store("read record hash"))?;
        row.map(|r| r.try_get(0).map_err(AuditError::store("read record hash"))).transpose()
    }

    /// Lowest and highest seq with `since_us <= time_us < until_us`.
    pub async fn seq_bounds(&self, since_us: i64, until_us: i64) -> Result<Option<(u64, u64)>, AuditError> {
        let row = sqlx::query("SELECT MIN(seq), MAX(seq) FROM audit_records WHERE time_us >= $1 AND time_us < $2")
            .bind(since_us)
            .bind(until_us)
            .fetch_one(&self.pool)
            .await
            .map_err(AuditError::store("find time range"))?;
        let low: Option<i64> = row.try_get(0).map_err(AuditError::store("find time range"))?;
        let high: Option<i64> = row.try_get(1).map_err(AuditError::store("find time range"))?;
        Ok(low.zip(high).map(|(l, h)| (l as u64, h as u64)))
    }

    /// The first checkpoint record with `seq > after`, if any.
    pub async fn next_checkpoint_after(&self, after: u64) -> Result<Option<u64>, AuditError> {
        let row =
            sqlx::query("SELECT seq FROM audit_records WHERE kind = 'checkpoint' AND seq > $1 ORDER BY seq LIMIT 1")
                .bind(after as i64)
                .fetch_optional(&self.pool)
                .await
                .map_err(AuditError::store("find checkpoint"))?;
        row.map(|r| r.try_get::<i64, _>(0).map(|s| s as u64).map_err(AuditError::store("find checkpoint"))).transpose()
    }

    /// Describe every way the append-only protection is not in force (empty: all good).
    pub async fn protection_problems(&self) -> Result<Vec<String>, AuditError> {
        let mut problems = Vec::new();
        match self.backend {
            Backend::Postgres => {
                let rows = sqlx::query(
                    "SELECT tgname::text, tgenabled::text FROM pg_trigger \
                     WHERE tgrelid = 'audit_records'::regclass AND NOT tgisinternal",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(AuditError::store("inspect triggers"))?;
                for name in ["audit_records_no_update_delete", "audit_records_no_truncate"] {
                    let state = rows.iter().find_map(|r| {
                        let n: String = r.try_get(0).ok()?;
                        (n == name).then(|| r.try_get::<String, _>(1).ok())?
                    });
                    match state.as_deref() {
                        Some("A") => {}
                        Some("D") => problems.push(format!("trigger {name} is disabled")),
                        Some(_) => problems.push(format!(
                            "trigger {name} is not ENABLE ALWAYS (session_replication_role can silence it)"
                        )),
                        None => problems.push(format!("trigger {name} is missing")),
                    }
                }
            }
            Backend::Sqlite => {
                let rows =
                    sqlx::query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_records'")
                        .fetch_all(&self.pool)
                        .await
                        .map_err(AuditError::store("inspect triggers"))?;
                let names: Vec<String> = rows.iter().filter_map(|r| r.try_get(0).ok()).collect();
                for name in ["audit_records_no_update", "audit_records_no_delete"] {
                    if !names.iter().any(|n| n == name) {
                        problems.push(format!("trigger {name} is missing"));
                    }
                }
            }
        }
        Ok(problems)
    }
}
