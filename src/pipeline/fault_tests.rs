//! The gateway when its own code fails: a panic in the detector, in the
//! response inspection or in a backend is answered with a JSON error, fails
//! closed, and still leaves exactly one decision and one completion record.
//!
//! The detector's panic is injected by [`crate::detect::test_fault`], which
//! exists in test builds only.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

use super::*;
use crate::api::{AppState, Limits, router};
use crate::audit::AuditOptions;
use crate::detect::test_fault;
use crate::dispatch::fake::FakeBackend;
use crate::policy::{Policy, PolicyHandle};

const POLICY: &str = r#"
version: 1
name: fault-tests
default: deny
destinations:
  inside: { kind: openai, base_url: "http://127.0.0.1:9/v1", network: internal }
  broken: { kind: openai, base_url: "http://127.0.0.1:10/v1", network: internal }
models:
  echo: { destination: inside }
  broken: { destination: broken }
rules:
  - id: no-credentials-in-answers
    when: { direction: response, found: ["secret.*"] }
    then: deny
  - id: everyone
    when: {}
    then: allow
"#;

/// A backend that panics: in `complete`, and in its stream after one chunk.
struct Panicking;

#[async_trait::async_trait]
impl Backend for Panicking {
    async fn complete(&self, _: BackendRequest) -> Result<ChatCompletion, DispatchError> {
        panic!("backend fault")
    }

    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError> {
        let first =
            request.chunk(0, crate::api::openai::Delta { content: Some("partial".into()), ..Default::default() }, None);
        let mut sent = false;
        Ok(Box::pin(futures::stream::poll_fn(move |_| {
            if sent {
                panic!("backend fault mid-stream");
            }
            sent = true;
            std::task::Poll::Ready(Some(Ok(first.clone())))
        })))
    }

    fn is_ready(&self) -> bool {
        true
    }
}

struct Harness {
    backend: FakeBackend,
    log: AuditLog,
    app: axum::Router,
    _dir: tempfile::TempDir,
}

/// A gateway whose `echo` model answers `answer` in those pieces.
async fn harness(answer: &[&str]) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let policy = Policy::from_bytes(&dir.path().join("p.yaml"), POLICY.as_bytes()).unwrap();
    let keys = AuditKeys::from_parts(vec![1; 32], [2; 32], "fault-tests");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("audit.db").display());
    let log = AuditLog::open(&url, keys.clone(), AuditOptions::default()).await.unwrap();
    let backend = FakeBackend::new(answer);
    let backends: BTreeMap<String, Arc<dyn Backend>> = BTreeMap::from([
        ("inside".to_string(), Arc::new(backend.clone()) as Arc<dyn Backend>),
        ("broken".to_string(), Arc::new(Panicking) as Arc<dyn Backend>),
    ]);
    let gateway = Arc::new(Gateway {
        policy: Arc::new(PolicyHandle::new(Path::new("p.yaml"), policy)),
        backends,
        authenticator: crate::auth::Authenticator::open(),
        recorder: Arc::new(Recorder::new(log.clone(), keys, false)),
        response: Default::default(),
    });
    let app = router(AppState { gateway, limits: Limits::default() });
    Harness { backend, log, app, _dir: dir }
}

impl Harness {
    async fn send(&self, model: &str, text: &str, stream: bool) -> (StatusCode, String) {
        let body = json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": text}]});
        let request = Request::post("/v1/chat/completions")
            .header("content-type", "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, String::from_utf8(bytes.to_vec()).unwrap())
    }

    /// The audit records of one kind, as JSON `data` objects, oldest first.
    async fn records(&self, kind: &str) -> Vec<Value> {
        let rows = self.log.store().rows_after(0, 10_000).await.unwrap();
        rows.iter()
            .map(|r| serde_json::from_str::<Value>(&r.record).unwrap())
            .filter(|v| v["kind"] == kind)
            .map(|v| v["data"].clone())
            .collect()
    }

    /// Waits for the completion records a stream writes as it ends.
    async fn completions(&self, n: usize) -> Vec<Value> {
        for _ in 0..200 {
            let found = self.records("completion").await;
            if found.len() >= n {
                return found;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        self.records("completion").await
    }
}

fn error_of(body: &str) -> Value {
    serde_json::from_str::<Value>(body).unwrap()["error"].clone()
}

/// The `data:` payloads of an SSE body.
fn events(body: &str) -> Vec<String> {
    body.lines().filter_map(|l| l.strip_prefix("data: ")).map(str::to_string).collect()
}

#[tokio::test]
async fn a_request_whose_inspection_panics_is_refused_and_recorded() {
    let h = harness(&["fine"]).await;
    let text = format!("Patient Jane Roe, SSN 536-22-8147. {}", test_fault::PANIC);
    let (status, body) = h.send("echo", &text, false).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{body}");
    let error = error_of(&body);
    assert_eq!(error["code"], "inspection_failed");
    assert_eq!(error["type"], "server_error");
    assert_eq!(error["message"], ApiError::REQUEST_NOT_INSPECTED);
    assert!(!body.contains("536-22-8147") && !body.contains("Roe"), "{body}");
    assert_eq!(h.backend.received.load(Ordering::SeqCst), 0, "nothing may be forwarded");

    let decisions = h.records("decision").await;
    assert_eq!(decisions.len(), 1, "{decisions:?}");
    assert_eq!(decisions[0]["action"], "deny");
    assert_eq!(decisions[0]["destination"], "inside");
    assert_eq!(decisions[0]["forwarded_digest"], Value::Null);
    assert_eq!(decisions[0]["rule_ids"], json!([]));
    let completions = h.records("completion").await;
    assert_eq!(completions.len(), 1, "{completions:?}");
    assert_eq!(completions[0]["request_id"], decisions[0]["request_id"]);
    assert_eq!(completions[0]["outcome"], "internal_error");
    assert_eq!(completions[0]["status"], 500);

    // The thread's scan buffers were lost with the panic, not corrupted:
    // the next request on the same gateway is inspected and served.
    let (status, body) = h.send("echo", "Patient Jane Roe, SSN 536-22-8147.", false).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let decisions = h.records("decision").await;
    assert_eq!(decisions.len(), 2);
    assert_eq!(decisions[1]["action"], "allow");
    for class in ["pii.person_name", "pii.ssn"] {
        assert!(decisions[1]["findings"].get(class).is_some(), "{class}: {:?}", decisions[1]);
    }
}

#[tokio::test]
async fn a_whole_answer_whose_inspection_panics_is_withheld() {
    let h = harness(&["The record says ", test_fault::PANIC]).await;
    let (status, body) = h.send("echo", "Summarise the record.", false).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{body}");
    let error = error_of(&body);
    assert_eq!(error["code"], "inspection_failed");
    assert_eq!(error["message"], ApiError::ANSWER_NOT_INSPECTED);
    assert!(!body.contains("The record says"), "the answer must not be delivered: {body}");
    assert_eq!(h.backend.received.load(Ordering::SeqCst), 1);

    let decisions = h.records("decision").await;
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0]["action"], "allow");
    let completions = h.records("completion").await;
    assert_eq!(completions.len(), 1, "{completions:?}");
    assert_eq!(completions[0]["outcome"], "internal_error");
    assert_eq!(completions[0]["status"], 500);
}

#[tokio::test]
async fn a_streamed_answer_whose_inspection_panics_ends_with_an_error_event() {
    let h = harness(&["The record ", "says ", test_fault::PANIC, " and more"]).await;
    let (status, body) = h.send("echo", "Summarise the record.", true).await;
    assert_eq!(status, StatusCode::OK, "a stream's status is sent before its first chunk");
    let events = events(&body);
    let last = events.last().unwrap();
    let error = error_of(last);
    assert_eq!(error["code"], "inspection_failed", "{body}");
    assert_eq!(error["message"], ApiError::ANSWER_NOT_INSPECTED);
    assert!(!events.iter().any(|e| e == "[DONE]"), "{body}");
    // A response rule is enforced, so text is held back until inspected:
    // none of this short answer reaches the caller.
    assert!(!body.contains("The record") && !body.contains(test_fault::PANIC), "{body}");

    let completions = h.completions(1).await;
    assert_eq!(completions.len(), 1, "{completions:?}");
    assert_eq!(completions[0]["outcome"], "internal_error");
    assert_eq!(completions[0]["status"], 500);
}

#[tokio::test]
async fn a_backend_that_panics_is_an_internal_error_and_recorded() {
    let h = harness(&["fine"]).await;
    let (status, body) = h.send("broken", "Hello", false).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR, "{body}");
    assert_eq!(error_of(&body)["code"], "internal_error");
    let completions = h.records("completion").await;
    assert_eq!(completions.len(), 1, "{completions:?}");
    assert_eq!(completions[0]["outcome"], "internal_error");

    let (status, body) = h.send("broken", "Hello", true).await;
    assert_eq!(status, StatusCode::OK);
    // The chunk before the panic is held back by the response rule, and
    // never settled, so the caller gets the error alone.
    let events = events(&body);
    assert_eq!(events.len(), 1, "{body}");
    assert_eq!(error_of(&events[0])["code"], "internal_error", "{body}");

    let completions = h.completions(2).await;
    assert_eq!(completions.len(), 2, "{completions:?}");
    assert_eq!(completions[1]["outcome"], "internal_error");
    assert_eq!(h.records("decision").await.len(), 2);
}
