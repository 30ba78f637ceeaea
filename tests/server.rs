//! The listener and the command line: TLS, graceful shutdown, exit codes,
//! configuration errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::time::Duration;

use common::{FakeUpstream, Gateway, run_cordon, sse_data};
use serde_json::{Value, json};

fn policy(base_url: &str) -> String {
    format!(
        r#"
version: 1
name: server-tests
destinations:
  fake: {{ kind: openai, base_url: "{base_url}", network: internal }}
models:
  echo: {{ destination: fake }}
  slow: {{ destination: fake, upstream_model: slow-stream }}
rules:
  - {{ id: everyone, when: {{}}, then: allow }}
"#
    )
}

#[tokio::test]
async fn serves_https_with_a_configured_certificate() {
    let upstream = FakeUpstream::start().await;
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cert_path = dir.path().join("tls.crt");
    let key_path = dir.path().join("tls.key");
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.key_pair.serialize_pem()).unwrap();

    let gateway = Gateway::start(
        &policy(&upstream.base_url),
        &["--tls-cert", cert_path.to_str().unwrap(), "--tls-key", key_path.to_str().unwrap()],
        &[],
    );
    assert!(gateway.url.starts_with("https://127.0.0.1:"), "{}", gateway.url);
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .build()
        .unwrap();
    let r = client.get(format!("{}/healthz", gateway.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = client
        .post(format!("{}/v1/chat/completions", gateway.url))
        .json(&json!({"model": "echo", "messages": [{"role": "user", "content": "hi"}]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["choices"][0]["message"]["content"], "Hello from upstream");

    // A client that does not trust the certificate is refused.
    let untrusting = reqwest::Client::new();
    assert!(untrusting.get(format!("{}/healthz", gateway.url)).send().await.is_err());
    // Plain HTTP to the TLS port does not get an answer.
    let plain = gateway.url.replace("https://", "http://");
    assert!(reqwest::Client::new().get(format!("{plain}/healthz")).send().await.is_err());
}

#[tokio::test]
async fn sigterm_finishes_in_flight_streams_then_exits() {
    let upstream = FakeUpstream::start().await;
    let mut gateway = Gateway::start(&policy(&upstream.base_url), &[], &[]);
    gateway.ready(Duration::from_secs(20)).await;
    let client = reqwest::Client::new();
    let mut response = client
        .post(format!("{}/v1/chat/completions", gateway.url))
        .json(&json!({"model": "slow", "stream": true, "messages": [{"role": "user", "content": "hi"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let first = response.chunk().await.unwrap().unwrap();
    assert!(String::from_utf8_lossy(&first).starts_with("data: "));

    let status = std::process::Command::new("kill").arg("-TERM").arg(gateway.pid().to_string()).status().unwrap();
    assert!(status.success());
    gateway.wait_for_log("shutting down", Duration::from_secs(10));

    // The in-flight stream still completes.
    let mut rest = String::from_utf8_lossy(&first).into_owned();
    while let Some(bytes) = response.chunk().await.unwrap() {
        rest.push_str(&String::from_utf8_lossy(&bytes));
    }
    assert!(rest.trim_end().ends_with("data: [DONE]"), "{rest}");
    assert!(rest.contains(" upstream"));
    assert_eq!(gateway.wait_exit(Duration::from_secs(20)), Some(0));
    // New connections are refused once it has stopped.
    assert!(client.get(format!("{}/healthz", gateway.url)).send().await.is_err());

    // It signed a final checkpoint: the whole log, its stop record
    // included, verifies with nothing left unanchored.
    let data_dir = gateway.data_dir.to_str().unwrap().to_string();
    let out = common::run_cordon_env(&["audit", "verify"], &[("CORDON_DATA_DIR", data_dir.as_str())]);
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert!(!report.contains("unanchored"), "{report}");
    let out = common::run_cordon_env(
        &["audit", "export", "--format", "jsonl", "--out", gateway.data_dir.join("x.jsonl").to_str().unwrap()],
        &[("CORDON_DATA_DIR", data_dir.as_str())],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let export = std::fs::read_to_string(gateway.data_dir.join("x.jsonl")).unwrap();
    let kinds: Vec<String> = export
        .lines()
        .skip(1)
        .map(|l| {
            let line: serde_json::Value = serde_json::from_str(l).unwrap();
            let record: serde_json::Value = match &line["record"] {
                serde_json::Value::String(text) => serde_json::from_str(text).unwrap(),
                other => other.clone(),
            };
            record["kind"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(kinds[kinds.len() - 2..], ["server_stopped", "checkpoint"], "{kinds:?}");
    let _ = sse_data; // shared helper, used by other test binaries
}

#[test]
fn help_explains_every_serve_option() {
    let out = run_cordon(&["serve", "--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "--policy",
        "CORDON_POLICY",
        "--config",
        "--listen",
        "CORDON_LISTEN",
        "--database-url",
        "--tls-cert",
        "--max-body-bytes",
        "--llama-parallel",
        "--llama-queue",
        "--upstream-timeout-secs",
    ] {
        assert!(help.contains(needle), "{needle} missing from serve --help");
    }
    let out = run_cordon(&["--help"]);
    assert!(String::from_utf8(out.stdout).unwrap().contains("serve"));
}

#[test]
fn configuration_errors_exit_2_with_locations() {
    let dir = tempfile::tempdir().unwrap();
    let bad_policy = dir.path().join("bad.yaml");
    std::fs::write(&bad_policy, "version: 1\nname: x\nmodels:\n  m: { destination: nowhere }\n").unwrap();
    let out = run_cordon(&["serve", "--policy", bad_policy.to_str().unwrap(), "--listen", "127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.yaml:4:") && err.contains("unknown destination `nowhere`"), "{err}");

    let out = run_cordon(&["serve", "--listen", "127.0.0.1:0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no policy file"));

    let config = dir.path().join("cordon.yaml");
    std::fs::write(&config, "listen: 127.0.0.1:0\nlimits:\n  max_body: 3\n").unwrap();
    let out = run_cordon(&["serve", "--config", config.to_str().unwrap(), "--policy", "policies/quickstart.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cordon.yaml:3:") && err.contains("unknown field `max_body`"), "{err}");

    let out = run_cordon(&["serve", "--policy", "/nonexistent/policy.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read policy file"));

    let out = run_cordon(&[
        "serve",
        "--policy",
        "policies/quickstart.yaml",
        "--tls-cert",
        "/nonexistent.pem",
        "--tls-key",
        "/nonexistent.key",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read TLS"));

    let out = run_cordon(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2), "clap usage errors exit 2");
}

#[tokio::test]
async fn settings_come_from_the_config_file_and_environment() {
    let upstream = FakeUpstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let policy_path = dir.path().join("p.yaml");
    std::fs::write(&policy_path, policy(&upstream.base_url)).unwrap();
    let config = dir.path().join("cordon.yaml");
    std::fs::write(&config, format!("policy: {}\nlimits: {{ max_body_bytes: 100 }}\n", policy_path.display())).unwrap();
    let gateway = Gateway::start(&policy(&upstream.base_url), &["--config", config.to_str().unwrap()], &[]);
    // The config file's 100-byte limit applies.
    let big = json!({"model": "echo", "messages": [{"role": "user", "content": "z".repeat(200)}]});
    let r =
        reqwest::Client::new().post(format!("{}/v1/chat/completions", gateway.url)).json(&big).send().await.unwrap();
    assert_eq!(r.status(), 413);
    drop(gateway);

    // The environment overrides the file.
    let gateway = Gateway::start(
        &policy(&upstream.base_url),
        &["--config", config.to_str().unwrap()],
        &[("CORDON_MAX_BODY_BYTES", "100000")],
    );
    let r =
        reqwest::Client::new().post(format!("{}/v1/chat/completions", gateway.url)).json(&big).send().await.unwrap();
    assert_eq!(r.status(), 200);
}
