//! The audit log end to end, against the real binary and a real PostgreSQL:
//! fail closed when the database is gone, and a valid chain with a decision
//! record for every request an upstream received, even when the gateway is
//! killed under load.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::{FakeUpstream, Gateway, run_cordon};
use serde_json::{Value, json};
use sqlx::{Connection, Executor, Row};

fn admin_url() -> String {
    common::pg_admin_url()
}

async fn fresh_database(tag: &str) -> (String, String) {
    common::fresh_pg_database(tag).await
}

fn policy(base_url: &str) -> String {
    format!(
        "version: 1\nname: audit-e2e\ndestinations:\n  fake: {{ kind: openai, base_url: \"{base_url}\", network: internal }}\nmodels:\n  echo: {{ destination: fake, upstream_model: echo }}\nrules:\n  - id: everyone\n    when: {{}}\n    then: allow\n"
    )
}

fn ask() -> Value {
    json!({"model": "echo", "messages": [{"role": "user", "content": "hello"}]})
}

#[tokio::test]
async fn a_database_that_is_down_fails_closed_with_503() {
    let upstream = FakeUpstream::start().await;
    let (name, url) = fresh_database("down").await;
    let gateway = Gateway::start(&policy(&upstream.base_url), &["--database-url", &url], &[]);
    gateway.ready(Duration::from_secs(30)).await;
    let client = reqwest::Client::new();
    let r = client.post(format!("{}/v1/chat/completions", gateway.url)).json(&ask()).send().await.unwrap();
    assert_eq!(r.status(), 200, "served while the database is up");
    assert_eq!(upstream.seen().len(), 1);

    // Take the database away: no new connections, existing ones terminated.
    let mut admin = sqlx::PgConnection::connect(&admin_url()).await.unwrap();
    admin.execute(format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false").as_str()).await.unwrap();
    admin
        .execute(format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'").as_str())
        .await
        .unwrap();

    for stream in [false, true] {
        let mut body = ask();
        body["stream"] = json!(stream);
        let r = client.post(format!("{}/v1/chat/completions", gateway.url)).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 503);
        assert!(r.headers().get("retry-after").is_some());
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["code"], "audit_unavailable");
    }
    assert_eq!(upstream.seen().len(), 1, "nothing reached the upstream while the audit log was down");
    let r = client.get(format!("{}/readyz", gateway.url)).send().await.unwrap();
    assert_eq!(r.status(), 503, "not ready without the audit log");

    admin.execute(format!("ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true").as_str()).await.unwrap();
}

#[tokio::test]
async fn killing_the_gateway_under_load_leaves_a_valid_chain_covering_every_forwarded_request() {
    let upstream = FakeUpstream::start().await;
    let (_name, url) = fresh_database("kill").await;
    let gateway = Gateway::start(&policy(&upstream.base_url), &["--database-url", &url], &[]);
    gateway.ready(Duration::from_secs(30)).await;
    let target = format!("{}/v1/chat/completions", gateway.url);
    let load: Vec<_> = (0..16)
        .map(|_| {
            let target = target.clone();
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                loop {
                    if client.post(&target).json(&ask()).send().await.is_err() {
                        break;
                    }
                }
            })
        })
        .collect();
    // Kill once a good number of requests went through.
    while upstream.seen().len() < 200 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let status = std::process::Command::new("kill").arg("-KILL").arg(gateway.pid().to_string()).status().unwrap();
    assert!(status.success());
    for task in load {
        let _ = task.await;
    }

    let forwarded: BTreeSet<String> = upstream.seen().into_iter().filter_map(|s| s.request_id).collect();
    assert!(forwarded.len() >= 200);
    let mut db = sqlx::PgConnection::connect(&url).await.unwrap();
    let rows = db.fetch_all("SELECT request_id FROM audit_records WHERE kind = 'decision'").await.unwrap();
    let decided: BTreeSet<String> =
        rows.iter().filter_map(|r| r.try_get::<Option<String>, _>(0).ok().flatten()).collect();
    let missing: Vec<&String> = forwarded.difference(&decided).collect();
    assert!(missing.is_empty(), "forwarded without a decision record: {missing:?}");

    let data_dir = gateway.data_dir.to_str().unwrap().to_string();
    let out = run_cordon(&["audit", "verify", "--database-url", &url, "--data-dir", &data_dir]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("intact"), "{stdout}");
}
