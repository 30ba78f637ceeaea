//! Shared test fixtures: a fresh PostgreSQL database per test, a filled log,
//! and superuser tampering.
#![allow(dead_code)] // each test binary uses a different subset
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use cordon::audit::{
    AuditEvent, AuditKeys, AuditLog, AuditOptions, ClassSummary, CompletionRecord, DecisionRecord, NoteVerifier,
    Outcome, PrincipalRef,
};
use sqlx::{AnyConnection, Connection, Executor};

pub fn pg_admin_url() -> String {
    std::env::var("CORDON_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// Replace the database name in a postgres URL.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let prefix = match base.rfind('/') {
        Some(i) if i > "postgres://".len() => &base[..i],
        _ => base,
    };
    match query {
        Some(q) => format!("{prefix}/{name}?{q}"),
        None => format!("{prefix}/{name}"),
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A uniquely named PostgreSQL database, dropped by `drop()`.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    pub async fn create(tag: &str) -> TestDb {
        sqlx::any::install_default_drivers();
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let name =
            format!("cordon_audit_{tag}_{}_{}_{nanos}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        let mut admin = AnyConnection::connect(&pg_admin_url()).await.unwrap();
        admin.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
        admin.close().await.unwrap();
        let url = with_database(&pg_admin_url(), &name);
        TestDb { name, url }
    }

    pub async fn drop(self) {
        let mut admin = AnyConnection::connect(&pg_admin_url()).await.unwrap();
        admin.execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name).as_str()).await.unwrap();
        admin.close().await.unwrap();
    }
}

pub fn test_keys() -> AuditKeys {
    AuditKeys::from_parts(vec![0x42; 32], [7; 32], "cordon-test")
}

pub fn verifier() -> NoteVerifier {
    NoteVerifier::parse(&test_keys().public_key_note_format()).unwrap()
}

pub fn decision(i: u32) -> AuditEvent {
    let keys = test_keys();
    let mut findings = BTreeMap::new();
    findings.insert("phi.mrn".to_owned(), ClassSummary::new(1, 0.9));
    AuditEvent::Decision(DecisionRecord {
        request_id: format!("req-{i}"),
        principal: PrincipalRef {
            subject: if i.is_multiple_of(2) { "alice" } else { "bob" }.into(),
            issuer: "cordon".into(),
            roles: vec!["staff".into()],
        },
        model: "gpt-4o".into(),
        destination: "local".into(),
        network: "internal".into(),
        action: if i.is_multiple_of(3) { "deny" } else { "route" }.into(),
        rule_ids: vec![if i.is_multiple_of(3) { "no-secrets" } else { "phi-stays-inside" }.into()],
        shadow_rule_ids: vec![],
        policy_revision: "rev-1".into(),
        findings,
        request_digest: keys.digest(format!("request {i}").as_bytes()),
        forwarded_digest: Some(keys.digest(format!("forwarded {i}").as_bytes())),
        redacted_text: Some("should not be stored by default".into()),
    })
}

pub fn completion(i: u32) -> AuditEvent {
    AuditEvent::Completion(CompletionRecord {
        request_id: format!("req-{i}"),
        outcome: Outcome::Served,
        status: 200,
        prompt_tokens: Some(12),
        completion_tokens: Some(34),
        latency_ms: 56,
        response_findings: BTreeMap::new(),
        response_digest: Some(test_keys().digest(b"response")),
        response_inspected: true,
        response_masked: Default::default(),
        response_rule_ids: Vec::new(),
        response_shadow_rule_ids: Vec::new(),
        stop_reason: None,
    })
}

/// Options used by the tamper tests: a checkpoint after every 5 records, no timer.
pub fn every_five(checkpoint_file: Option<PathBuf>) -> AuditOptions {
    AuditOptions {
        checkpoint_every_records: 5,
        checkpoint_every: Duration::ZERO,
        checkpoint_file,
        ..AuditOptions::default()
    }
}

/// Append 10 decision/completion pairs one at a time. With `every_five` the
/// layout is: 1-5 records, 6 checkpoint(size 5), 7-11, 12 cp(11), 13-17,
/// 18 cp(17), 19-23, 24 cp(23).
pub async fn fill(url: &str, checkpoint_file: Option<PathBuf>) {
    let log = AuditLog::open(url, test_keys(), every_five(checkpoint_file)).await.unwrap();
    for i in 0..10 {
        log.append(decision(i)).await.unwrap();
        log.append(completion(i)).await.unwrap();
    }
    log.close().await.unwrap();
}

/// Run statements as the PostgreSQL superuser with the append-only triggers
/// switched off, then switch them back on.
pub async fn pg_tamper(url: &str, statements: &[&str]) {
    let mut conn = AnyConnection::connect(url).await.unwrap();
    conn.execute("ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_update_delete").await.unwrap();
    conn.execute("ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_truncate").await.unwrap();
    for s in statements {
        conn.execute(*s).await.unwrap();
    }
    conn.execute("ALTER TABLE audit_records ENABLE ALWAYS TRIGGER audit_records_no_update_delete").await.unwrap();
    conn.execute("ALTER TABLE audit_records ENABLE ALWAYS TRIGGER audit_records_no_truncate").await.unwrap();
    conn.close().await.unwrap();
}

/// Run statements on SQLite with the append-only triggers dropped, then recreate them.
pub async fn sqlite_tamper(url: &str, statements: &[&str]) {
    let mut conn = AnyConnection::connect(url).await.unwrap();
    conn.execute("DROP TRIGGER audit_records_no_update").await.unwrap();
    conn.execute("DROP TRIGGER audit_records_no_delete").await.unwrap();
    for s in statements {
        conn.execute(*s).await.unwrap();
    }
    conn.execute(
        "CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records \
         BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: UPDATE is not allowed'); END",
    )
    .await
    .unwrap();
    conn.execute(
        "CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records \
         BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: DELETE is not allowed'); END",
    )
    .await
    .unwrap();
    conn.close().await.unwrap();
}

/// SQL that swaps the stored record and hash of two rows.
pub fn swap_sql(a: u64, b: u64) -> String {
    format!(
        "UPDATE audit_records SET \
           record = CASE seq WHEN {a} THEN (SELECT record FROM audit_records WHERE seq = {b}) \
                             ELSE (SELECT record FROM audit_records WHERE seq = {a}) END, \
           hash = CASE seq WHEN {a} THEN (SELECT hash FROM audit_records WHERE seq = {b}) \
                           ELSE (SELECT hash FROM audit_records WHERE seq = {a}) END, \
           kind = CASE seq WHEN {a} THEN (SELECT kind FROM audit_records WHERE seq = {b}) \
                           ELSE (SELECT kind FROM audit_records WHERE seq = {a}) END, \
           request_id = CASE seq WHEN {a} THEN (SELECT request_id FROM audit_records WHERE seq = {b}) \
                           ELSE (SELECT request_id FROM audit_records WHERE seq = {a}) END, \
           principal = CASE seq WHEN {a} THEN (SELECT principal FROM audit_records WHERE seq = {b}) \
                           ELSE (SELECT principal FROM audit_records WHERE seq = {a}) END, \
           action = CASE seq WHEN {a} THEN (SELECT action FROM audit_records WHERE seq = {b}) \
                           ELSE (SELECT action FROM audit_records WHERE seq = {a}) END \
         WHERE seq IN ({a}, {b})"
    )
}

/// A database under test and how to tamper with it as its superuser.
pub enum Db {
    Postgres(String),
    Sqlite(String),
}

impl Db {
    pub fn url(&self) -> &str {
        match self {
            Db::Postgres(u) | Db::Sqlite(u) => u,
        }
    }

    pub async fn tamper(&self, statements: &[&str]) {
        match self {
            Db::Postgres(u) => pg_tamper(u, statements).await,
            Db::Sqlite(u) => sqlite_tamper(u, statements).await,
        }
    }

    /// The store, connected without migrating.
    pub async fn store(&self) -> cordon::audit::AuditStore {
        cordon::audit::AuditStore::connect(self.url(), 2, false).await.unwrap()
    }

    /// Verify with the test public key and `trusted` checkpoints.
    pub async fn verify(&self, trusted: &[cordon::audit::checkpoint::Checkpoint]) -> cordon::audit::Report {
        let store = self.store().await;
        let report = cordon::audit::verify::verify_store(&store, Some(verifier()), trusted).await.unwrap();
        store.close().await;
        report
    }

    /// Insert a forged record at `at`, renumber everything after it and
    /// recompute every later hash and the head: the best a superuser without
    /// the signing key can do. Checkpoint notes are kept (they cannot be re-signed).
    pub async fn forge_insert_and_rehash(&self, at: u64) {
        use cordon::audit::canonical::to_canonical_string;
        use cordon::audit::chain::{GENESIS, link, parse_hash};
        use cordon::audit::record::ParsedRecord;

        let store = self.store().await;
        let rows = store.rows_after(0, 1_000_000).await.unwrap();
        store.close().await;
        let mut prev = GENESIS;
        let mut texts: Vec<(u64, String)> = Vec::new();
        for row in &rows {
            let seq = row.seq as u64;
            if seq < at {
                prev = parse_hash(&row.hash).unwrap();
                continue;
            }
            let mut value: serde_json::Value = serde_json::from_str(&row.record).unwrap();
            if seq == at {
                let mut forged = value.clone();
                forged["data"]["request_id"] = "forged-request".into();
                texts.push((at, to_canonical_string(&forged).unwrap()));
            }
            value["seq"] = (seq + 1).into();
            texts.push((seq + 1, to_canonical_string(&value).unwrap()));
        }
        let mut statements = vec![format!("DELETE FROM audit_records WHERE seq >= {at}")];
        for (seq, text) in &texts {
            prev = link(&prev, text.as_bytes());
            let cols = ParsedRecord::parse(text).unwrap().columns().unwrap();
            let opt = |v: &Option<String>| {
                v.as_ref().map(|s| format!("'{}'", s.replace('\'', "''"))).unwrap_or_else(|| "NULL".into())
            };
            statements.push(format!(
                "INSERT INTO audit_records (seq, time_us, kind, request_id, principal, action, record, hash) \
                 VALUES ({seq}, {}, '{}', {}, {}, {}, '{}', '{}')",
                cols.time_us,
                cols.kind,
                opt(&cols.request_id),
                opt(&cols.principal),
                opt(&cols.action),
                text.replace('\'', "''"),
                hex::encode(prev)
            ));
        }
        let last = texts.last().map(|t| t.0).unwrap_or(at);
        statements.push(format!("UPDATE audit_head SET seq = {last}, hash = '{}' WHERE id = 1", hex::encode(prev)));
        let refs: Vec<&str> = statements.iter().map(String::as_str).collect();
        self.tamper(&refs).await;
    }
}

/// The first problem of a report, which must exist.
pub fn first_problem(report: &cordon::audit::Report) -> cordon::audit::Problem {
    report.first_problem().cloned().unwrap_or_else(|| panic!("verify found nothing wrong: {report:?}"))
}
