//! Behaviour of `AuditLog` itself: group commit, redaction default, the
//! checkpoint timer, fail-closed errors, SQLite triggers, CLI commands.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "audit_common/mod.rs"]
mod common;

use std::collections::HashSet;
use std::time::Duration;

use cordon::audit::cli::{
    CheckpointArgs, ExportArgs, TailArgs, VerifyArgs, run_checkpoint, run_export, run_tail, run_verify,
};
use cordon::audit::export::ExportFormat;
use cordon::audit::record::ParsedRecord;
use cordon::audit::{AuditError, AuditLog, AuditOptions};
use sqlx::{AnyConnection, Connection, Executor};

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("audit.db").display())
}

#[tokio::test]
async fn concurrent_appends_share_transactions_and_get_distinct_receipts() {
    let db = common::TestDb::create("group").await;
    let options = AuditOptions { batch_max: 64, ..AuditOptions::default() };
    let log = AuditLog::open(&db.url, common::test_keys(), options).await.unwrap();
    let tasks: Vec<_> = (0..500)
        .map(|i| {
            let log = log.clone();
            tokio::spawn(async move { log.append(common::decision(i)).await.unwrap() })
        })
        .collect();
    let mut seqs = HashSet::new();
    for task in tasks {
        assert!(seqs.insert(task.await.unwrap().seq));
    }
    assert_eq!(seqs.len(), 500);
    let store = log.store().clone();
    let rows = store.rows_after(0, 10_000).await.unwrap();
    let times: HashSet<String> = rows.iter().map(|r| ParsedRecord::parse(&r.record).unwrap().time).collect();
    assert!(times.len() < 100, "{} transactions for 500 records", times.len());
    log.close().await.unwrap();
    db.drop().await;
}

#[tokio::test]
async fn redacted_text_is_dropped_unless_enabled() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    let log = AuditLog::open(&url, common::test_keys(), AuditOptions::default()).await.unwrap();
    log.append(common::decision(1)).await.unwrap();
    log.close().await.unwrap();
    let options = AuditOptions { store_redacted_text: true, ..AuditOptions::default() };
    let log = AuditLog::open(&url, common::test_keys(), options).await.unwrap();
    log.append(common::decision(2)).await.unwrap();
    let rows = log.store().rows_after(0, 10).await.unwrap();
    assert!(rows[0].record.contains("\"redacted_text\":null"));
    assert!(rows[1].record.contains("should not be stored by default"));
    log.close().await.unwrap();
}

#[tokio::test]
async fn the_timer_writes_a_checkpoint_when_records_were_added() {
    let dir = tempfile::tempdir().unwrap();
    let options = AuditOptions {
        checkpoint_every: Duration::from_millis(100),
        checkpoint_every_records: 0,
        ..AuditOptions::default()
    };
    let log = AuditLog::open(&sqlite_url(&dir), common::test_keys(), options).await.unwrap();
    log.append(common::decision(1)).await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let head = log.store().head().await.unwrap();
        if head.seq == 2 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "no timed checkpoint");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Nothing new since: further ticks add nothing.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(log.store().head().await.unwrap().seq, 2);
    log.close().await.unwrap();
}

#[tokio::test]
async fn appends_fail_closed_when_the_database_goes_away_or_the_log_is_closed() {
    let db = common::TestDb::create("gone").await;
    let log = AuditLog::open(&db.url, common::test_keys(), AuditOptions::default()).await.unwrap();
    log.append(common::decision(1)).await.unwrap();
    let mut admin = AnyConnection::connect(&common::pg_admin_url()).await.unwrap();
    admin.execute(format!("DROP DATABASE {} WITH (FORCE)", db.name).as_str()).await.unwrap();
    admin.close().await.unwrap();
    let err = log.append(common::decision(2)).await.unwrap_err();
    assert!(matches!(err, AuditError::BatchFailed(_)), "{err:?}");
    assert!(log.ping().await.is_err());
    let other = log.clone();
    log.close().await.unwrap();
    assert!(matches!(other.append(common::decision(3)).await, Err(AuditError::Closed)));
}

#[tokio::test]
async fn sqlite_triggers_reject_update_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(&dir);
    common::fill(&url, None).await;
    let mut conn = AnyConnection::connect(&url).await.unwrap();
    for sql in [
        "UPDATE audit_records SET action = 'allow' WHERE seq = 1",
        "DELETE FROM audit_records WHERE seq = 1",
        "DELETE FROM audit_records",
    ] {
        let err = conn.execute(sql).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    conn.close().await.unwrap();
}

#[tokio::test]
async fn cli_commands_work_end_to_end_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let url = sqlite_url(&dir);
    // `checkpoint` generates keys into the data dir on first run.
    let checkpoint_args = CheckpointArgs {
        database_url: Some(url.clone()),
        public_key: false,
        data_dir: data_dir.clone(),
        hmac_key_file: None,
        signing_key_file: None,
    };
    assert_eq!(run_checkpoint(checkpoint_args.clone()).await.unwrap(), 0);
    assert!(data_dir.join("audit-signing.pub").exists());
    let keys = cordon::audit::AuditKeys::load_or_generate(&data_dir, None, None).unwrap().0;
    let log = AuditLog::open(&url, keys, AuditOptions::default()).await.unwrap();
    for i in 0..6 {
        log.append(common::decision(i)).await.unwrap();
        log.append(common::completion(i)).await.unwrap();
    }
    log.close().await.unwrap();
    assert_eq!(run_checkpoint(checkpoint_args).await.unwrap(), 0);

    let verify = VerifyArgs {
        database_url: Some(url.clone()),
        public_key: None, // found in the data dir
        export: None,
        checkpoints: vec![],
        data_dir: data_dir.clone(),
    };
    assert_eq!(run_verify(verify.clone()).await.unwrap(), 0);

    for format in [ExportFormat::Jsonl, ExportFormat::Csv] {
        let out = dir.path().join(format!("export-{format:?}"));
        let export = ExportArgs {
            database_url: Some(url.clone()),
            since: Some("2000-01-01T00:00:00Z".into()),
            until: None,
            format,
            out: out.clone(),
            principal: None,
            action: Some("deny".into()),
            rule_id: Some("no-secrets".into()),
            data_dir: data_dir.clone(),
        };
        assert_eq!(run_export(export).await.unwrap(), 0);
        let offline = VerifyArgs {
            database_url: None,
            public_key: Some(data_dir.join("audit-signing.pub")),
            export: Some(out.clone()),
            checkpoints: vec![],
            data_dir: dir.path().join("elsewhere"),
        };
        assert_eq!(run_verify(offline.clone()).await.unwrap(), 0, "{format:?}");
        let mut bytes = std::fs::read(&out).unwrap();
        let at = bytes.len() / 2;
        bytes[at] ^= 0x01;
        std::fs::write(&out, bytes).unwrap();
        assert_eq!(run_verify(offline).await.unwrap(), 1, "{format:?}");
    }
    let bad_time = ExportArgs {
        database_url: Some(url.clone()),
        since: Some("yesterday".into()),
        until: None,
        format: ExportFormat::Jsonl,
        out: dir.path().join("x"),
        principal: None,
        action: None,
        rule_id: None,
        data_dir: data_dir.clone(),
    };
    assert_eq!(run_export(bad_time).await.unwrap(), 2);

    let tail = TailArgs { database_url: Some(url.clone()), lines: 5, no_follow: true, interval_ms: 100, data_dir };
    assert_eq!(run_tail(tail).await.unwrap(), 0);
}
