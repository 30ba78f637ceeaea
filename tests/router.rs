//! In-process router tests: the whole HTTP surface and pipeline against a
//! fake backend and a real (SQLite) audit log, without sockets.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use cordon::api::{AppState, Limits, router};
use cordon::audit::{AuditKeys, AuditLog, AuditOptions};
use cordon::auth::Authenticator;
use cordon::dispatch::Backend;
use cordon::dispatch::fake::FakeBackend;
use cordon::pipeline::{Gateway, Recorder};
use cordon::policy::{Policy, PolicyHandle};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const POLICY: &str = r#"
version: 1
name: router-tests
default: deny
destinations:
  inside: { kind: openai, base_url: "http://127.0.0.1:9/v1", network: internal }
  cloud: { kind: openai, base_url: "http://127.0.0.1:10/v1", network: external, attributes: [baa] }
  nobaa: { kind: openai, base_url: "http://127.0.0.1:11/v1", network: external }
models:
  echo: { destination: inside }
  cloud-model: { destination: cloud }
  cheap-cloud: { destination: nobaa }
classes:
  secrets: ["secret.*"]
  ids: ["pii.ssn", "pii.email"]
rules:
  - id: no-secrets
    when: { found: [secrets] }
    then: deny
    message: Credentials must never be sent to a model.
  - id: ids-masked-outside
    when: { found: [ids], destination: { network: external } }
    then: { redact: [ids] }
  - id: cloud-needs-baa
    when: { model: [cheap-cloud] }
    then: { require: [baa] }
  - id: everyone
    when: {}
    then: allow
"#;

struct Harness {
    fakes: BTreeMap<&'static str, FakeBackend>,
    log: AuditLog,
    app: axum::Router,
    _dir: tempfile::TempDir,
}

async fn harness() -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let policy = Policy::from_bytes(&dir.path().join("p.yaml"), POLICY.as_bytes()).unwrap();
    let handle = PolicyHandle::new(Path::new("p.yaml"), policy);
    let keys = AuditKeys::from_parts(vec![1; 32], [2; 32], "router-tests");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("audit.db").display());
    let log = AuditLog::open(&url, keys.clone(), AuditOptions::default()).await.unwrap();
    let fakes: BTreeMap<&'static str, FakeBackend> =
        ["inside", "cloud", "nobaa"].into_iter().map(|d| (d, FakeBackend::new(&["a", "b"]))).collect();
    let backends: BTreeMap<String, Arc<dyn Backend>> =
        fakes.iter().map(|(k, v)| (k.to_string(), Arc::new(v.clone()) as Arc<dyn Backend>)).collect();
    let gateway = Arc::new(Gateway {
        policy: Arc::new(handle),
        backends,
        authenticator: Authenticator::open(),
        recorder: Arc::new(Recorder::new(log.clone(), keys, false)),
        response: Default::default(),
    });
    let app = router(AppState { gateway, limits: Limits { max_body_bytes: 2048, ..Limits::default() } });
    Harness { fakes, log, app, _dir: dir }
}

impl Harness {
    fn received(&self, destination: &str) -> usize {
        self.fakes[destination].received.load(Ordering::SeqCst)
    }

    /// The audit records of one kind, as JSON `data` objects.
    async fn records(&self, kind: &str) -> Vec<Value> {
        let rows = self.log.store().rows_after(0, 10_000).await.unwrap();
        rows.iter()
            .map(|r| serde_json::from_str::<Value>(&r.record).unwrap())
            .filter(|v| v["kind"] == kind)
            .map(|v| v["data"].clone())
            .collect()
    }
}

fn chat(body: Value) -> Request<Body> {
    Request::post("/v1/chat/completions")
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn ask(model: &str, text: &str) -> Value {
    json!({"model": model, "messages": [{"role": "user", "content": text}]})
}

async fn body_text(response: axum::response::Response) -> String {
    String::from_utf8(response.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap()
}

#[tokio::test]
async fn whole_response_is_served_and_recorded_once() {
    let h = harness().await;
    let response = h.app.clone().oneshot(chat(ask("echo", "x y z"))).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["choices"][0]["message"]["content"], "ab");
    assert_eq!(h.received("inside"), 1);

    let decisions = h.records("decision").await;
    let completions = h.records("completion").await;
    assert_eq!(decisions.len(), 1);
    assert_eq!(completions.len(), 1);
    assert_eq!(decisions[0]["request_id"], body["id"]);
    assert_eq!(completions[0]["request_id"], body["id"]);
    assert_eq!(decisions[0]["action"], "allow");
    assert_eq!(decisions[0]["rule_ids"], json!(["everyone"]));
    assert_eq!(decisions[0]["destination"], "inside");
    assert!(decisions[0]["policy_revision"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(completions[0]["outcome"], "served");
    assert_eq!(completions[0]["status"], 200);
    assert_eq!(completions[0]["response_inspected"], true);
    let record_text =
        h.log.store().rows_after(0, 100).await.unwrap().iter().map(|r| r.record.clone()).collect::<String>();
    assert!(!record_text.contains("x y z"), "raw request text is never stored");
}

#[tokio::test]
async fn stream_usage_only_when_asked_and_completion_recorded() {
    let h = harness().await;
    let request = json!({"model": "echo", "stream": true, "messages": [{"role": "user", "content": "hi"}]});
    let text = body_text(h.app.clone().oneshot(chat(request.clone())).await.unwrap()).await;
    assert!(!text.contains("usage"), "{text}");
    assert!(text.trim_end().ends_with("data: [DONE]"));

    let mut with_usage = request;
    with_usage["stream_options"] = json!({"include_usage": true});
    let text = body_text(h.app.clone().oneshot(chat(with_usage)).await.unwrap()).await;
    let events: Vec<&str> = text.split("\n\n").filter(|e| !e.is_empty()).collect();
    assert_eq!(events.len(), 6, "role, a, b, finish, usage, DONE: {text}");
    let usage: Value = serde_json::from_str(events[4].trim_start_matches("data: ")).unwrap();
    assert_eq!(usage["choices"], json!([]));
    assert_eq!(usage["usage"]["completion_tokens"], 2);
    let first: Value = serde_json::from_str(events[0].trim_start_matches("data: ")).unwrap();
    assert!(first["usage"].is_null() && first.get("usage").is_some());

    let completions = h.records("completion").await;
    assert_eq!(completions.len(), 2);
    assert!(completions.iter().all(|c| c["outcome"] == "served"));
    assert_eq!(completions[1]["completion_tokens"], 2);
}

#[tokio::test]
async fn rejected_requests_never_reach_the_backend() {
    let h = harness().await;
    let cases: Vec<(Request<Body>, StatusCode)> = vec![
        (chat(ask("nope", "x")), StatusCode::NOT_FOUND),
        (chat(json!({"model": "echo"})), StatusCode::BAD_REQUEST),
        (chat(json!({"model": "echo", "messages": "not a list"})), StatusCode::BAD_REQUEST),
        (chat(ask("echo", &"x".repeat(4000))), StatusCode::PAYLOAD_TOO_LARGE),
        (
            Request::post("/v1/chat/completions")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from("a=b"))
                .unwrap(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            Request::post("/v1/chat/completions")
                .header("content-type", "application/json")
                .body(Body::from(""))
                .unwrap(),
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (request, status) in cases {
        let response = h.app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), status);
        let body: Value = serde_json::from_str(&body_text(response).await).unwrap();
        assert!(body["error"]["message"].is_string() && body["error"]["code"].is_string(), "{body}");
    }
    assert_eq!(h.received("inside"), 0);
    // The unknown model was a request the pipeline saw: recorded as a denial.
    let decisions = h.records("decision").await;
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0]["action"], "deny");
    assert_eq!(h.records("completion").await[0]["status"], 404);
}

#[tokio::test]
async fn policy_deny_is_403_with_message_and_rule_ids() {
    let h = harness().await;
    let response =
        h.app.clone().oneshot(chat(ask("cloud-model", "use key AKIAIOSFODNN7EXAMPLF to upload"))).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["error"]["code"], "policy_denied");
    assert_eq!(body["error"]["message"], "Credentials must never be sent to a model.");
    assert_eq!(body["error"]["rules"], json!(["no-secrets"]));
    assert_eq!(h.received("cloud"), 0);
    let decisions = h.records("decision").await;
    assert_eq!(decisions[0]["action"], "deny");
    assert!(decisions[0]["forwarded_digest"].is_null(), "nothing was forwarded");
    assert_eq!(h.records("completion").await[0]["outcome"], "denied");
}

#[tokio::test]
async fn redact_sends_only_placeholders_upstream() {
    let h = harness().await;
    let fake = h.fakes["cloud"].clone();
    let text = "Write to jane.doe@example.org about SSN 536-22-8410 today";
    let response = h.app.clone().oneshot(chat(ask("cloud-model", text))).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(fake.received.load(Ordering::SeqCst), 1);
    let forwarded = fake.last_request().expect("the backend saw the request");
    assert!(!forwarded.contains("jane.doe@example.org"), "{forwarded}");
    assert!(!forwarded.contains("536-22-8410"), "{forwarded}");
    assert!(forwarded.contains("[EMAIL]") && forwarded.contains("[SSN]"), "{forwarded}");
    let decisions = h.records("decision").await;
    assert_eq!(decisions[0]["action"], "redact");
    assert_ne!(decisions[0]["request_digest"], decisions[0]["forwarded_digest"]);
    assert_eq!(decisions[0]["findings"]["pii.ssn"]["count"], 1);

    // The same text to an internal model is forwarded unchanged.
    let response = h.app.clone().oneshot(chat(ask("echo", text))).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(h.fakes["inside"].last_request().unwrap().contains("536-22-8410"));
}

#[tokio::test]
async fn require_denies_a_destination_without_the_attributes() {
    let h = harness().await;
    let response = h.app.clone().oneshot(chat(ask("cheap-cloud", "hello"))).await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["error"]["code"], "policy_denied");
    assert!(body["error"]["rules"].as_array().unwrap().contains(&json!("cloud-needs-baa")), "{body}");
    assert_eq!(h.received("nobaa"), 0);
}
