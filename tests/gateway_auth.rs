//! Identity end to end: API keys created with `cordon keys`, checked by the
//! running gateway, revoked without a restart; anonymous access only on
//! loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::time::Duration;

use common::{FakeUpstream, Gateway, run_cordon, run_cordon_env};
use serde_json::{Value, json};

fn policy(base_url: &str) -> String {
    format!(
        "version: 1\nname: auth-e2e\ndestinations:\n  fake: {{ kind: openai, base_url: \"{base_url}\", network: internal }}\nmodels:\n  echo: {{ destination: fake, upstream_model: echo }}\nrules:\n  - id: staff-only\n    when: {{ principal: {{ roles: [staff] }} }}\n    then: allow\n"
    )
}

#[tokio::test]
async fn api_keys_are_checked_and_revocation_is_immediate() {
    let upstream = FakeUpstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cordon.db").display());
    let g = Gateway::start_with_api_keys(&policy(&upstream.base_url), &db, dir.path()).await;
    // The key commands share the gateway's data directory (its audit keys).
    let data_dir = g.data_dir.to_str().unwrap().to_string();
    let env = [("CORDON_DATA_DIR", data_dir.as_str())];
    let (id, key) = g.create_key(&db, "ward-7-app", "staff");
    assert!(key.starts_with("cdn_"));

    let client = reqwest::Client::new();
    let url = format!("{}/v1/chat/completions", g.url);
    let body = json!({"model": "echo", "messages": [{"role": "user", "content": "hi"}]});

    let r = client.post(&url).bearer_auth(&key).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 200);

    for bad in [None, Some("cdn_0000000000000000_nottherightsecretnottherightsecretnottherig"), Some("garbage")] {
        let mut request = client.post(&url).json(&body);
        if let Some(token) = bad {
            request = request.bearer_auth(token);
        }
        let r = request.send().await.unwrap();
        assert_eq!(r.status(), 401);
        assert_eq!(r.headers()["www-authenticate"], "Bearer");
        let e: Value = r.json().await.unwrap();
        assert_eq!(e["error"]["type"], "authentication_error");
    }

    let out = run_cordon_env(&["keys", "revoke", &id, "--database-url", &db], &env);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let r = client.post(&url).bearer_auth(&key).json(&body).send().await.unwrap();
    assert_eq!(r.status(), 401, "a revoked key is refused without a restart");
    assert_eq!(upstream.seen().len(), 1);

    let out = run_cordon_env(&["keys", "list", "--database-url", &db], &env);
    let listing = String::from_utf8_lossy(&out.stdout);
    assert!(listing.contains("ward-7-app") && !listing.contains(&key), "{listing}");

    // Every refusal and both key changes are in the audit log.
    let out = run_cordon_env(
        &[
            "audit",
            "export",
            "--database-url",
            &db,
            "--format",
            "jsonl",
            "--out",
            dir.path().join("x.jsonl").to_str().unwrap(),
        ],
        &env,
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let export = std::fs::read_to_string(dir.path().join("x.jsonl")).unwrap();
    assert_eq!(export.matches("auth_failure").count(), 4, "{export}");
    assert!(export.contains("key_created") && export.contains("key_revoked"));
    assert!(!export.contains(&key), "the key never reaches the audit log");
}

/// The same on PostgreSQL, where the running gateway caches verified keys
/// and hears of the revocation through `NOTIFY`.
#[tokio::test]
async fn a_key_revoked_on_postgres_is_refused_by_the_running_gateway() {
    let upstream = FakeUpstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (_, db) = common::fresh_pg_database("keys").await;
    let g = Gateway::start_with_api_keys(&policy(&upstream.base_url), &db, dir.path()).await;
    let (id, key) = g.create_key(&db, "svc", "staff");

    let client = reqwest::Client::new();
    let url = format!("{}/v1/chat/completions", g.url);
    let body = json!({"model": "echo", "messages": [{"role": "user", "content": "hi"}]});
    for _ in 0..3 {
        let r = client.post(&url).bearer_auth(&key).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 200);
    }
    let out = g.keys_command(&["revoke", &id], &db);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // The notification is delivered asynchronously; it has always arrived
    // by the time the CLI has exited, but allow a moment rather than flake.
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    let status = loop {
        let r = client.post(&url).bearer_auth(&key).json(&body).send().await.unwrap();
        if r.status() != 200 || std::time::Instant::now() > deadline {
            break r.status();
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert_eq!(status, 401);
    assert_eq!(upstream.seen().len(), 3);
}

#[test]
fn anonymous_access_is_refused_off_loopback() {
    let dir = tempfile::tempdir().unwrap();
    let policy_path = dir.path().join("p.yaml");
    std::fs::write(&policy_path, policy("http://127.0.0.1:9/v1")).unwrap();
    let out = run_cordon(&[
        "serve",
        "--policy",
        policy_path.to_str().unwrap(),
        "--listen",
        "0.0.0.0:0",
        "--data-dir",
        dir.path().join("data").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("allowed only on a loopback address"));
}
