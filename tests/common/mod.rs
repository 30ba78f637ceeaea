//! Shared test harness: the real `cordon` binary on port 0, and a fake
//! OpenAI-compatible upstream on 127.0.0.1:0 that speaks the real wire format.
#![allow(dead_code)] // each test binary uses a different part of the harness
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures::StreamExt;
use serde_json::{Value, json};

/// The model file fetched by scripts/fetch-model.sh.
pub fn model_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("models/SmolLM2-135M-Instruct.Q4_1.gguf")
}

/// A running `cordon serve`.
pub struct Gateway {
    child: Child,
    pub url: String,
    stderr: Arc<Mutex<String>>,
    pub data_dir: PathBuf,
    _dir: tempfile::TempDir,
}

impl Gateway {
    /// Starts `cordon serve` with the given policy text and extra arguments,
    /// and waits until it reports its address.
    pub fn start(policy: &str, extra: &[&str], env: &[(&str, &str)]) -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let policy_path = dir.path().join("policy.yaml");
        std::fs::write(&policy_path, policy).unwrap();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cordon"));
        cmd.arg("serve")
            .arg("--policy")
            .arg(&policy_path)
            .arg("--listen")
            .arg("127.0.0.1:0")
            .arg("--data-dir")
            .arg(dir.path().join("data"))
            .args(extra)
            .env_remove("CORDON_CONFIG")
            .env("RUST_LOG", "info,cordon=debug,llama-cpp-2=warn")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start cordon");
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
        let out = child.stdout.take().unwrap();
        let mut lines = BufReader::new(out).lines();
        let url = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(rest) = line.strip_prefix("cordon listening on ") {
                        break rest.trim().to_string();
                    }
                }
                _ => {
                    let _ = child.wait();
                    panic!("cordon exited before listening; stderr:\n{}", stderr.lock().unwrap());
                }
            }
        };
        std::thread::spawn(move || for _ in lines {});
        let data_dir = dir.path().join("data");
        Gateway { child, url, stderr, data_dir, _dir: dir }
    }

    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr contains `needle`, failing after `limit`.
    pub fn wait_for_log(&self, needle: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if self.stderr().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("log line {needle:?} did not appear; stderr:\n{}", self.stderr());
    }

    /// Waits until `/readyz` answers 200.
    pub async fn ready(&self, limit: Duration) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + limit;
        loop {
            if let Ok(r) = client.get(format!("{}/readyz", self.url)).send().await
                && r.status() == 200
            {
                return;
            }
            assert!(Instant::now() < deadline, "gateway not ready; stderr:\n{}", self.stderr());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the process to exit and returns its status code.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let deadline = Instant::now() + limit;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `cordon` with arguments to completion.
pub fn run_cordon(args: &[&str]) -> std::process::Output {
    run_cordon_env(args, &[])
}

/// Runs `cordon` with arguments and environment variables to completion.
pub fn run_cordon_env(args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cordon"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// What the fake upstream saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub body: Value,
    pub authorization: Option<String>,
    pub request_id: Option<String>,
}

#[derive(Clone, Default)]
struct FakeState {
    seen: Arc<Mutex<Vec<Seen>>>,
    redirect_to: Arc<Mutex<Option<String>>>,
}

/// A fake OpenAI-compatible server. Its behaviour is chosen by the `model`
/// it receives:
/// - `echo`: answers "Hello from upstream" in chunks `Hello`, ` from`, ` upstream`;
/// - `fail-500`: 500 with an OpenAI error body;
/// - `rate-limited`: 429 with Retry-After: 7;
/// - `hang`: never answers;
/// - `cut-stream`: streams two chunks, then closes without `[DONE]`;
/// - `redirect`: 307 to the URL given to [`FakeUpstream::redirect_to`];
/// - `slow-stream`: like `echo`, with 300 ms between chunks;
/// - `script`: answers the request's `x_answer` (default: the last message's
///   text as the upstream received it), streamed in pieces cut at the byte
///   offsets in `x_split`; with `x_tool_args`, answers one tool call
///   `lookup` with those arguments instead, cut the same way.
pub struct FakeUpstream {
    pub base_url: String,
    state: FakeState,
}

pub const UPSTREAM_CHUNKS: [&str; 3] = ["Hello", " from", " upstream"];

impl FakeUpstream {
    pub async fn start() -> FakeUpstream {
        let state = FakeState::default();
        let app = Router::new().route("/v1/chat/completions", post(fake_chat)).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeUpstream { base_url: format!("http://{addr}/v1"), state }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.state.seen.lock().unwrap().clone()
    }

    pub fn redirect_to(&self, url: &str) {
        *self.state.redirect_to.lock().unwrap() = Some(url.to_string());
    }
}

fn chunk(id: &str, delta: Value, finish: Value) -> String {
    json!({"id": id, "object": "chat.completion.chunk", "created": 1, "model": "upstream-model",
           "system_fingerprint": "fp_fake",
           "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
    .to_string()
}

async fn fake_chat(State(state): State<FakeState>, headers: HeaderMap, Json(body): Json<Value>) -> Response {
    state.seen.lock().unwrap().push(Seen {
        body: body.clone(),
        authorization: headers.get("authorization").and_then(|v| v.to_str().ok()).map(str::to_string),
        request_id: headers.get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_string),
    });
    let model = body["model"].as_str().unwrap_or_default().to_string();
    let stream = body["stream"].as_bool().unwrap_or(false);
    match model.as_str() {
        "fail-500" => {
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                Json(json!({"error": {"message": "the upstream exploded", "type": "server_error"}})),
            )
                .into_response();
        }
        "rate-limited" => {
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "7")],
                Json(json!({"error": {"message": "slow down"}})),
            )
                .into_response();
        }
        "hang" => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
        "redirect" => {
            let to = state.redirect_to.lock().unwrap().clone().unwrap_or_default();
            return (StatusCode::TEMPORARY_REDIRECT, [("location", to)]).into_response();
        }
        _ => {}
    }
    if model == "script" {
        return scripted(&body, stream);
    }
    if !stream {
        return Json(json!({
            "id": "upstream-id", "object": "chat.completion", "created": 1, "model": "upstream-model",
            "system_fingerprint": "fp_fake",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": UPSTREAM_CHUNKS.concat()}, "finish_reason": "stop", "logprobs": null}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}
        }))
        .into_response();
    }
    let mut events: Vec<String> = vec![chunk("u", json!({"role": "assistant", "content": ""}), Value::Null)];
    for piece in UPSTREAM_CHUNKS {
        events.push(chunk("u", json!({"content": piece}), Value::Null));
    }
    let cut = model == "cut-stream";
    if cut {
        events.truncate(2);
    } else {
        events.push(chunk("u", json!({}), json!("stop")));
        if body["stream_options"]["include_usage"].as_bool() == Some(true) {
            events.push(json!({"id": "u", "object": "chat.completion.chunk", "created": 1, "model": "upstream-model", "choices": [],
                               "usage": {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}}).to_string());
        }
        events.push("[DONE]".into());
    }
    let slow = model == "slow-stream";
    let body_stream = futures::stream::iter(events).then(move |e| async move {
        if slow {
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
        Ok::<_, std::io::Error>(format!("data: {e}\n\n"))
    });
    Response::builder()
        .header("content-type", "text/event-stream")
        .body(axum::body::Body::from_stream(body_stream))
        .unwrap()
}

/// Cuts `text` at the given byte offsets (ignoring any off a character boundary).
pub fn cut_at(text: &str, offsets: &[usize]) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for &o in offsets {
        if o >= at && o <= text.len() && text.is_char_boundary(o) {
            pieces.push(text[at..o].to_string());
            at = o;
        }
    }
    pieces.push(text[at..].to_string());
    pieces
}

fn scripted(body: &Value, stream: bool) -> Response {
    let last = body["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or(Value::Null);
    let answer = body["x_answer"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| last["content"].as_str().unwrap_or_default().to_string());
    let split: Vec<usize> = body["x_split"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).map(|n| n as usize).collect())
        .unwrap_or_default();
    let tool_args = body["x_tool_args"].as_str().map(str::to_string);
    if !stream {
        let message = match &tool_args {
            Some(args) => json!({"role": "assistant", "content": null, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": args}}]}),
            None => json!({"role": "assistant", "content": answer}),
        };
        let finish = if tool_args.is_some() { "tool_calls" } else { "stop" };
        return Json(json!({
            "id": "upstream-id", "object": "chat.completion", "created": 1, "model": "upstream-model",
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": null}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}
        }))
        .into_response();
    }
    let mut events: Vec<String> = Vec::new();
    match &tool_args {
        Some(args) => {
            events.push(chunk(
                "u",
                json!({"role": "assistant", "content": null, "tool_calls": [
                {"index": 0, "id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": ""}}]}),
                Value::Null,
            ));
            for piece in cut_at(args, &split) {
                events.push(chunk(
                    "u",
                    json!({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}),
                    Value::Null,
                ));
            }
            events.push(chunk("u", json!({}), json!("tool_calls")));
        }
        None => {
            events.push(chunk("u", json!({"role": "assistant", "content": ""}), Value::Null));
            for piece in cut_at(&answer, &split) {
                events.push(chunk("u", json!({"content": piece}), Value::Null));
            }
            events.push(chunk("u", json!({}), json!("stop")));
        }
    }
    events.push("[DONE]".into());
    let body_stream =
        futures::stream::iter(events.into_iter().map(|e| Ok::<_, std::io::Error>(format!("data: {e}\n\n"))));
    Response::builder()
        .header("content-type", "text/event-stream")
        .body(axum::body::Body::from_stream(body_stream))
        .unwrap()
}

/// Reads an SSE response into the `data` payloads, in order.
pub async fn sse_data(response: reqwest::Response) -> Vec<String> {
    let text = response.text().await.unwrap();
    text.split("\n\n")
        .filter_map(|event| {
            let data: Vec<&str> =
                event.lines().filter_map(|l| l.strip_prefix("data:")).map(|d| d.trim_start()).collect();
            (!data.is_empty()).then(|| data.join("\n"))
        })
        .collect()
}

/// The PostgreSQL server tests use (`CORDON_TEST_PG_URL`, default the local one).
pub fn pg_admin_url() -> String {
    std::env::var("CORDON_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A URL for database `name` on the test server.
pub fn pg_database_url(name: &str) -> String {
    let admin = pg_admin_url();
    let (base, _) = admin.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

/// A fresh PostgreSQL database for one test: (name, URL).
pub async fn fresh_pg_database(tag: &str) -> (String, String) {
    use sqlx::{Connection, Executor};
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let name = format!("cordon_gw_{tag}_{}_{n}", std::process::id());
    let mut admin = sqlx::PgConnection::connect(&pg_admin_url()).await.unwrap();
    admin.execute(format!("CREATE DATABASE {name}").as_str()).await.unwrap();
    (name.clone(), pg_database_url(&name))
}

impl Gateway {
    /// Starts `cordon serve` with API keys in the database at `db` as its
    /// identity (a config file written to `dir`), and waits until it is ready.
    pub async fn start_with_api_keys(policy: &str, db: &str, dir: &Path) -> Gateway {
        let config = dir.join("cordon.yaml");
        std::fs::write(&config, format!("database_url: \"{db}\"\nauth: {{ api_keys: true }}\n")).unwrap();
        let g = Gateway::start(policy, &["--config", config.to_str().unwrap()], &[]);
        g.ready(Duration::from_secs(20)).await;
        g
    }

    /// Runs `cordon keys ARGS --database-url DB` with the gateway's data
    /// directory (its audit keys).
    pub fn keys_command(&self, args: &[&str], db: &str) -> std::process::Output {
        let data_dir = self.data_dir.to_str().unwrap().to_string();
        let mut all = vec!["keys"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--database-url", db]);
        run_cordon_env(&all, &[("CORDON_DATA_DIR", data_dir.as_str())])
    }

    /// `cordon keys create --name NAME --role ROLE --json`: (id, key).
    pub fn create_key(&self, db: &str, name: &str, role: &str) -> (String, String) {
        let out = self.keys_command(&["create", "--name", name, "--role", role, "--json"], db);
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let created: Value = serde_json::from_slice(&out.stdout).unwrap();
        (created["id"].as_str().unwrap().to_string(), created["key"].as_str().unwrap().to_string())
    }
}
