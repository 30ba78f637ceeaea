//! Many writers: four processes append concurrently to one PostgreSQL chain,
//! each with many concurrent callers, and the chain stays gapless and valid.
//!
//! The test re-runs its own binary as the child processes; `child_appender`
//! does the appending when `CORDON_AUDIT_CHILD_URL` is set and nothing otherwise.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "audit_common/mod.rs"]
mod common;

use std::process::Command;

use common::{Db, TestDb};
use cordon::audit::record::ParsedRecord;
use cordon::audit::{AuditLog, AuditOptions};

const CHILDREN: usize = 4;
const TASKS: u32 = 20;
const PER_TASK: u32 = 10;

#[tokio::test]
async fn child_appender() {
    let (Ok(url), Ok(id)) = (std::env::var("CORDON_AUDIT_CHILD_URL"), std::env::var("CORDON_AUDIT_CHILD_ID")) else {
        return; // not a child: nothing to do
    };
    let options =
        AuditOptions { batch_max: 16, checkpoint_every_records: 50, run_migrations: false, ..AuditOptions::default() };
    let log = AuditLog::open(&url, common::test_keys(), options).await.unwrap();
    let mut tasks = Vec::new();
    for t in 0..TASKS {
        let log = log.clone();
        let id = id.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..PER_TASK {
                let mut event = common::decision(t * 100 + i);
                if let cordon::audit::AuditEvent::Decision(d) = &mut event {
                    d.request_id = format!("child{id}-{t}-{i}");
                }
                log.append(event).await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    log.close().await.unwrap();
}

#[tokio::test]
async fn four_processes_append_one_gapless_valid_chain() {
    if std::env::var("CORDON_AUDIT_CHILD_URL").is_ok() {
        return;
    }
    let db = TestDb::create("concurrent").await;
    // Migrate once, as an owner would, before the writers start.
    AuditLog::open(&db.url, common::test_keys(), AuditOptions::default()).await.unwrap().close().await.unwrap();
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..CHILDREN)
        .map(|id| {
            Command::new(&exe)
                .args(["--exact", "child_appender", "--nocapture", "--test-threads=1"])
                .env("CORDON_AUDIT_CHILD_URL", &db.url)
                .env("CORDON_AUDIT_CHILD_ID", id.to_string())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }

    let pg = Db::Postgres(db.url.clone());
    let report = pg.verify(&[]).await;
    assert!(report.is_intact(), "{report:?}");
    let store = pg.store().await;
    let rows = store.rows_after(0, 1_000_000).await.unwrap();
    store.close().await;
    let decisions: Vec<ParsedRecord> =
        rows.iter().map(|r| ParsedRecord::parse(&r.record).unwrap()).filter(|p| p.kind == "decision").collect();
    let expected = CHILDREN * (TASKS * PER_TASK) as usize;
    assert_eq!(decisions.len(), expected);
    for id in 0..CHILDREN {
        let prefix = format!("child{id}-");
        let n = decisions.iter().filter(|d| d.data["request_id"].as_str().unwrap().starts_with(&prefix)).count();
        assert_eq!(n, (TASKS * PER_TASK) as usize, "child {id}");
    }
    // Gapless: seq i is the i-th row.
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.seq, i as i64 + 1);
    }
    // One checkpoint per 50 to 65 records (batches of up to 16 end with one).
    assert!(report.checkpoints_verified >= (expected / 66) as u64, "{report:?}");
    db.drop().await;
}
