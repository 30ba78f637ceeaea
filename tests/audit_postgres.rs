//! PostgreSQL-specific guarantees: triggers and the writer role, truncation
//! caught by a checkpoint held outside the database, exports, the CLI.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "audit_common/mod.rs"]
mod common;

use common::{Db, TestDb, first_problem};
use cordon::audit::checkpoint;
use cordon::audit::cli::{VerifyArgs, run_verify};
use cordon::audit::export::{ExportFormat, ExportQuery, export, verify_export};
use cordon::audit::{AuditLog, AuditOptions, ProblemKind};
use sqlx::{AnyConnection, Connection, Executor};

#[tokio::test]
async fn tail_deletion_with_a_rolled_back_head_is_caught_by_a_held_checkpoint() {
    let db = TestDb::create("tail").await;
    let dir = tempfile::tempdir().unwrap();
    let published = dir.path().join("latest-checkpoint.note");
    common::fill(&db.url, Some(published.clone())).await;
    // What the auditor kept from the last published checkpoint (size 23).
    let note = std::fs::read_to_string(&published).unwrap();
    let held = checkpoint::open(&note, &common::verifier()).unwrap();
    assert_eq!(held.size, 23);

    let pg = Db::Postgres(db.url.clone());
    let store = pg.store().await;
    let hash19 = store.hash_at(19).await.unwrap().unwrap();
    store.close().await;
    pg.tamper(&[
        "DELETE FROM audit_records WHERE seq >= 20",
        &format!("UPDATE audit_head SET seq = 19, hash = '{hash19}' WHERE id = 1"),
    ])
    .await;
    // The database alone now looks consistent up to 19 (records 19 are not anchored)...
    let alone = pg.verify(&[]).await;
    assert!(alone.is_intact(), "{alone:?}");
    assert!(!alone.warnings.is_empty());
    // ...but not against the checkpoint the auditor holds.
    let p = first_problem(&pg.verify(&[held]).await);
    assert_eq!((p.seq, p.kind), (20, ProblemKind::TailTruncated), "{p}");
    db.drop().await;
}

#[tokio::test]
async fn disabled_triggers_are_reported_along_with_the_edit_they_allowed() {
    let db = TestDb::create("disabled").await;
    common::fill(&db.url, None).await;
    let mut conn = AnyConnection::connect(&db.url).await.unwrap();
    conn.execute("ALTER TABLE audit_records DISABLE TRIGGER audit_records_no_update_delete").await.unwrap();
    conn.execute("UPDATE audit_records SET record = replace(record, 'alice', 'mallory') WHERE seq = 5").await.unwrap();
    conn.close().await.unwrap();
    let report = Db::Postgres(db.url.clone()).verify(&[]).await;
    let p = first_problem(&report);
    assert_eq!((p.seq, p.kind), (5, ProblemKind::Modified), "{p}");
    assert!(
        report.problems.iter().any(|p| p.kind == ProblemKind::ProtectionDisabled && p.detail.contains("disabled")),
        "{report:?}"
    );
    db.drop().await;
}

#[tokio::test]
async fn triggers_reject_changes_even_from_the_superuser_and_replica_mode() {
    let db = TestDb::create("triggers").await;
    common::fill(&db.url, None).await;
    let mut conn = AnyConnection::connect(&db.url).await.unwrap();
    for sql in [
        "UPDATE audit_records SET action = 'allow' WHERE seq = 1",
        "DELETE FROM audit_records WHERE seq = 1",
        "TRUNCATE audit_records",
    ] {
        let err = conn.execute(sql).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    conn.execute("SET session_replication_role = replica").await.unwrap();
    let err = conn.execute("DELETE FROM audit_records WHERE seq = 1").await.unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    conn.close().await.unwrap();
    assert!(Db::Postgres(db.url.clone()).verify(&[]).await.is_intact());
    db.drop().await;
}

#[tokio::test]
async fn the_writer_role_can_append_but_not_change_history() {
    let db = TestDb::create("writer").await;
    common::fill(&db.url, None).await;
    let login = format!("{}_w", db.name);
    let mut admin = AnyConnection::connect(&db.url).await.unwrap();
    admin.execute(format!("CREATE ROLE {login} LOGIN IN ROLE cordon_audit_writer").as_str()).await.unwrap();
    admin.close().await.unwrap();

    let writer_url =
        common::with_database(&common::pg_admin_url().replacen("postgres@", &format!("{login}@"), 1), &db.name);
    let mut conn = AnyConnection::connect(&writer_url).await.unwrap();
    for sql in [
        "UPDATE audit_records SET action = 'allow' WHERE seq = 1",
        "DELETE FROM audit_records WHERE seq = 1",
        "TRUNCATE audit_records",
        "ALTER TABLE audit_records DISABLE TRIGGER ALL",
    ] {
        let err = conn.execute(sql).await.unwrap_err();
        let text = err.to_string();
        assert!(text.contains("permission denied") || text.contains("must be owner"), "{sql}: {text}");
    }
    conn.close().await.unwrap();

    let options = AuditOptions { run_migrations: false, ..common::every_five(None) };
    let log = AuditLog::open(&writer_url, common::test_keys(), options).await.unwrap();
    let receipt = log.append(common::decision(99)).await.unwrap();
    assert_eq!(receipt.seq, 25);
    log.close().await.unwrap();
    assert!(Db::Postgres(db.url.clone()).verify(&[]).await.is_intact());

    db.drop().await;
    let mut admin = AnyConnection::connect(&common::pg_admin_url()).await.unwrap();
    admin.execute(format!("DROP ROLE IF EXISTS {login}").as_str()).await.unwrap();
    admin.close().await.unwrap();
}

#[tokio::test]
async fn export_round_trips_offline_and_any_flipped_byte_is_caught() {
    let db = TestDb::create("export").await;
    common::fill(&db.url, None).await;
    let store = Db::Postgres(db.url.clone()).store().await;

    for format in [ExportFormat::Jsonl, ExportFormat::Csv] {
        let mut out = Vec::new();
        let summary = export(&store, &ExportQuery::default(), format, &mut out).await.unwrap();
        assert_eq!(summary.records, 24);
        assert!(summary.covered);
        let report = verify_export(out.as_slice(), common::verifier(), &[]);
        assert!(report.is_intact(), "{format:?}: {report:?}");
        assert_eq!(report.anchored_seq, 23);
    }

    // A filtered export from the middle: starts after seq 1, keeps the chain
    // contiguous up to the covering checkpoint, and verifies offline.
    let mut out = Vec::new();
    let query = ExportQuery { principal: Some("bob".into()), ..ExportQuery::default() };
    let summary = export(&store, &query, ExportFormat::Jsonl, &mut out).await.unwrap();
    assert_eq!(summary.matched, 10, "5 decisions by bob and their completions");
    assert!(verify_export(out.as_slice(), common::verifier(), &[]).is_intact());

    // Flip one bit at many positions of a JSONL export: every change is caught.
    let mut out = Vec::new();
    export(&store, &ExportQuery::default(), ExportFormat::Jsonl, &mut out).await.unwrap();
    for i in (0..out.len()).step_by(23) {
        let mut flipped = out.clone();
        flipped[i] ^= 0x01;
        let report = verify_export(flipped.as_slice(), common::verifier(), &[]);
        assert!(!report.is_intact(), "flip at byte {i} went unnoticed");
    }
    store.close().await;
    db.drop().await;
}

#[tokio::test]
async fn cli_verify_exit_codes() {
    let db = TestDb::create("cli").await;
    common::fill(&db.url, None).await;
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("audit.pub");
    std::fs::write(&key, common::test_keys().public_key_note_format()).unwrap();
    let args = |url: &str| VerifyArgs {
        database_url: Some(url.into()),
        public_key: Some(key.clone()),
        export: None,
        checkpoints: vec![],
        data_dir: dir.path().into(),
    };
    assert_eq!(run_verify(args(&db.url)).await.unwrap(), 0);
    Db::Postgres(db.url.clone()).tamper(&["DELETE FROM audit_records WHERE seq = 3"]).await;
    assert_eq!(run_verify(args(&db.url)).await.unwrap(), 1);
    assert_eq!(run_verify(args("mysql://nowhere")).await.unwrap(), 2);
    db.drop().await;
}
