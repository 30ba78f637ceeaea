//! Tamper scenarios shared by PostgreSQL and SQLite: each edit made with the
//! store's own superuser powers must be reported by verify at the right
//! sequence number. Layout of the filled log: see `common::fill`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "audit_common/mod.rs"]
mod common;

use common::{Db, TestDb, first_problem};
use cordon::audit::ProblemKind;

async fn with_pg<F, Fut>(tag: &str, scenario: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let db = TestDb::create(tag).await;
    common::fill(&db.url, None).await;
    scenario(Db::Postgres(db.url.clone())).await;
    db.drop().await;
}

async fn with_sqlite<F, Fut>(scenario: F)
where
    F: FnOnce(Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("audit.db").display());
    common::fill(&url, None).await;
    scenario(Db::Sqlite(url)).await;
}

async fn intact(db: Db) {
    let report = db.verify(&[]).await;
    assert!(report.is_intact(), "{report:?}");
    assert_eq!(report.records, 24);
    assert_eq!(report.checkpoints_verified, 4);
    assert_eq!(report.anchored_seq, 23);
}

async fn update_a_field(db: Db) {
    db.tamper(&["UPDATE audit_records SET record = replace(record, '\"status\":200', '\"status\":500') WHERE seq = 7"])
        .await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (7, ProblemKind::Modified), "{p}");
}

async fn update_a_query_column(db: Db) {
    db.tamper(&["UPDATE audit_records SET action = 'allow' WHERE seq = 8"]).await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (8, ProblemKind::Modified), "{p}");
    assert!(p.detail.contains("action"), "{p}");
}

async fn delete_a_middle_row(db: Db) {
    db.tamper(&["DELETE FROM audit_records WHERE seq = 9"]).await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (9, ProblemKind::Missing), "{p}");
}

async fn swap_two_rows(db: Db) {
    db.tamper(&[&common::swap_sql(3, 4)]).await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (3, ProblemKind::Reordered), "{p}");
}

async fn delete_the_tail(db: Db) {
    // Naive: the head row still says 24.
    db.tamper(&["DELETE FROM audit_records WHERE seq >= 20"]).await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (20, ProblemKind::TailTruncated), "{p}");
}

async fn forge_insert_and_rehash(db: Db) {
    db.forge_insert_and_rehash(14).await;
    let p = first_problem(&db.verify(&[]).await);
    // The checkpoint at seq 12 (size 11) still verifies; the next one (size 17)
    // no longer matches, so the rewrite lies in 12..=18 (18: where that checkpoint now sits).
    assert_eq!(p.kind, ProblemKind::Rewritten, "{p}");
    assert_eq!(p.seq, 12, "{p}");
    assert!(p.until.is_some_and(|u| u >= 14), "{p}");
}

async fn append_a_forged_row_beyond_the_head(db: Db) {
    use cordon::audit::canonical::to_canonical_string;
    use cordon::audit::chain::{link, parse_hash};
    let store = db.store().await;
    let rows = store.rows_after(22, 10).await.unwrap();
    store.close().await;
    let mut value: serde_json::Value = serde_json::from_str(&rows[0].record).unwrap();
    value["seq"] = 25.into();
    let text = to_canonical_string(&value).unwrap();
    let hash = link(&parse_hash(&rows[1].hash).unwrap(), text.as_bytes());
    let cols = cordon::audit::record::ParsedRecord::parse(&text).unwrap().columns().unwrap();
    db.tamper(&[&format!(
        "INSERT INTO audit_records (seq, time_us, kind, request_id, record, hash) \
         VALUES (25, {}, '{}', '{}', '{}', '{}')",
        cols.time_us,
        cols.kind,
        cols.request_id.unwrap(),
        text,
        hex::encode(hash)
    )])
    .await;
    let p = first_problem(&db.verify(&[]).await);
    assert_eq!((p.seq, p.kind), (25, ProblemKind::Inserted), "{p}");
}

macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn postgres() {
                super::with_pg(stringify!($name), super::$name).await;
            }
            #[tokio::test]
            async fn sqlite() {
                super::with_sqlite(super::$name).await;
            }
        }
    };
}

both!(intact);
both!(update_a_field);
both!(update_a_query_column);
both!(delete_a_middle_row);
both!(swap_two_rows);
both!(delete_the_tail);
both!(forge_insert_and_rehash);
both!(append_a_forged_row_beyond_the_head);
