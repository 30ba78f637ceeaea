//! End-to-end: the real binary on port 0 in front of a fake OpenAI-compatible
//! upstream on loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::time::Duration;

use common::{FakeUpstream, Gateway, UPSTREAM_CHUNKS, sse_data};
use serde_json::{Value, json};

fn policy(base_url: &str, redirect_base: &str) -> String {
    format!(
        r#"
version: 1
name: e2e
default: deny
destinations:
  fake: {{ kind: openai, base_url: "{base_url}", api_key_env: CORDON_TEST_UPSTREAM_KEY, network: external }}
  fake-redirecting: {{ kind: openai, base_url: "{redirect_base}", network: external }}
models:
  gpt-test: {{ destination: fake, upstream_model: echo }}
  broken: {{ destination: fake, upstream_model: fail-500 }}
  limited: {{ destination: fake, upstream_model: rate-limited }}
  slow: {{ destination: fake, upstream_model: hang }}
  cut: {{ destination: fake, upstream_model: cut-stream }}
  moved: {{ destination: fake-redirecting, upstream_model: redirect }}
rules:
  - {{ id: everyone, when: {{}}, then: allow }}
"#
    )
}

struct Setup {
    upstream: FakeUpstream,
    elsewhere: FakeUpstream,
    gateway: Gateway,
    client: reqwest::Client,
}

async fn setup() -> Setup {
    let upstream = FakeUpstream::start().await;
    let redirector = FakeUpstream::start().await;
    let elsewhere = FakeUpstream::start().await;
    redirector.redirect_to(&format!("{}/chat/completions", elsewhere.base_url));
    let gateway = Gateway::start(
        &policy(&upstream.base_url, &redirector.base_url),
        &["--upstream-timeout-secs", "2", "--max-body-bytes", "4096"],
        &[("CORDON_TEST_UPSTREAM_KEY", "sk-test-upstream")],
    );
    gateway.ready(Duration::from_secs(20)).await;
    // The redirector must stay alive for the redirect test.
    std::mem::forget(redirector);
    Setup { upstream, elsewhere, gateway, client: reqwest::Client::new() }
}

fn chat_body(model: &str, stream: bool) -> Value {
    json!({"model": model, "stream": stream, "messages": [{"role": "user", "content": "Say hello"}]})
}

async fn post(s: &Setup, body: &Value) -> reqwest::Response {
    s.client.post(format!("{}/v1/chat/completions", s.gateway.url)).json(body).send().await.unwrap()
}

async fn expect_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status().as_u16(), status);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], code, "{body}");
    assert!(body["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{body}");
    assert!(body["error"]["type"].is_string(), "{body}");
    body
}

#[tokio::test]
async fn non_streaming_chat_passes_through() {
    let s = setup().await;
    let response = post(&s, &chat_body("gpt-test", false)).await;
    assert_eq!(response.status(), 200);
    let request_id = response.headers()["x-request-id"].to_str().unwrap().to_string();
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["object"], "chat.completion");
    assert_eq!(body["model"], "gpt-test");
    assert_eq!(body["id"], request_id);
    assert_eq!(body["choices"][0]["message"]["content"], "Hello from upstream");
    assert_eq!(body["choices"][0]["finish_reason"], "stop");
    assert_eq!(body["usage"], json!({"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14}));
    assert_eq!(body["system_fingerprint"], "fp_fake", "unknown fields pass through");

    let seen = s.upstream.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].body["model"], "echo", "upstream model name is sent");
    assert_eq!(seen[0].authorization.as_deref(), Some("Bearer sk-test-upstream"));
    assert!(seen[0].body.get("stream_options").is_none());
}

#[tokio::test]
async fn streaming_chat_passes_chunks_in_order_with_usage() {
    let s = setup().await;
    let mut body = chat_body("gpt-test", true);
    body["stream_options"] = json!({"include_usage": true});
    let response = post(&s, &body).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/event-stream"));
    let events = sse_data(response).await;
    assert_eq!(events.last().unwrap(), "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(|e| serde_json::from_str(e).unwrap()).collect();
    // role chunk, three content chunks, finish chunk, usage chunk
    assert_eq!(chunks.len(), 6, "{events:?}");
    assert_eq!(chunks[0]["choices"][0]["delta"]["role"], "assistant");
    let contents: Vec<&str> =
        chunks[1..4].iter().map(|c| c["choices"][0]["delta"]["content"].as_str().unwrap()).collect();
    assert_eq!(contents, UPSTREAM_CHUNKS);
    assert_eq!(chunks[4]["choices"][0]["finish_reason"], "stop");
    assert_eq!(chunks[5]["choices"], json!([]));
    assert_eq!(chunks[5]["usage"]["total_tokens"], 14);
    for c in &chunks[..5] {
        assert_eq!(c["object"], "chat.completion.chunk");
        assert_eq!(c["model"], "gpt-test");
        assert!(c["usage"].is_null(), "usage is null on content chunks when requested: {c}");
    }
    let ids: Vec<&Value> = chunks.iter().map(|c| &c["id"]).collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "one id per stream");
}

#[tokio::test]
async fn streaming_without_include_usage_omits_usage() {
    let s = setup().await;
    let events = sse_data(post(&s, &chat_body("gpt-test", true)).await).await;
    assert_eq!(events.last().unwrap(), "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(|e| serde_json::from_str(e).unwrap()).collect();
    assert_eq!(chunks.len(), 5, "{events:?}");
    assert!(chunks.iter().all(|c| c.get("usage").is_none()));
    let text: String = chunks.iter().filter_map(|c| c["choices"][0]["delta"]["content"].as_str()).collect();
    assert_eq!(text, "Hello from upstream");
    // The gateway asked the upstream for usage anyway, for its own records.
    assert_eq!(s.upstream.seen()[0].body["stream_options"]["include_usage"], true);
}

#[tokio::test]
async fn models_lists_the_policy_models() {
    let s = setup().await;
    let body: Value = s.client.get(format!("{}/v1/models", s.gateway.url)).send().await.unwrap().json().await.unwrap();
    assert_eq!(body["object"], "list");
    let mut ids: Vec<&str> = body["data"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    ids.sort();
    assert_eq!(ids, ["broken", "cut", "gpt-test", "limited", "moved", "slow"]);
    assert!(body["data"].as_array().unwrap().iter().all(|m| m["object"] == "model"));
}

#[tokio::test]
async fn bad_requests_get_openai_errors() {
    let s = setup().await;
    let url = format!("{}/v1/chat/completions", s.gateway.url);
    let send = |body: Vec<u8>, content_type: &'static str| {
        let client = s.client.clone();
        let url = url.clone();
        async move { client.post(url).header("content-type", content_type).body(body).send().await.unwrap() }
    };

    let r = send(b"{\"model\": \"gpt-test\", \"messages\": [".to_vec(), "application/json").await;
    let body = expect_error(r, 400, "invalid_request").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("not valid JSON"));

    let r = send(br#"{"model": "gpt-test"}"#.to_vec(), "application/json").await;
    let body = expect_error(r, 400, "invalid_request").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("missing field `messages`"));

    let r = send(br#"{"model": "gpt-test", "messages": []}"#.to_vec(), "application/json").await;
    expect_error(r, 400, "invalid_request").await;

    let r = send(
        b"{\"model\": \"gpt-test\", \"messages\": [{\"role\":\"user\",\"content\":\"\xff\xfe\"}]}".to_vec(),
        "application/json",
    )
    .await;
    let body = expect_error(r, 400, "invalid_request").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("UTF-8"));

    let r = send(serde_json::to_vec(&chat_body("no-such-model", false)).unwrap(), "application/json").await;
    let body = expect_error(r, 404, "model_not_found").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("no-such-model"));

    let big = json!({"model": "gpt-test", "messages": [{"role": "user", "content": "x".repeat(5000)}]});
    let r = send(serde_json::to_vec(&big).unwrap(), "application/json").await;
    expect_error(r, 413, "request_too_large").await;

    let r = send(serde_json::to_vec(&chat_body("gpt-test", false)).unwrap(), "text/plain").await;
    expect_error(r, 415, "unsupported_media_type").await;

    let r = s.client.get(&url).send().await.unwrap();
    expect_error(r, 405, "method_not_allowed").await;
    let r = s.client.get(format!("{}/v1/nothing", s.gateway.url)).send().await.unwrap();
    expect_error(r, 404, "not_found").await;

    assert!(s.upstream.seen().is_empty(), "no bad request reached the upstream");
}

#[tokio::test]
async fn oversized_body_without_content_length_is_refused() {
    let s = setup().await;
    let big = serde_json::to_vec(
        &json!({"model": "gpt-test", "messages": [{"role": "user", "content": "y".repeat(10_000)}]}),
    )
    .unwrap();
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = big.chunks(1000).map(|c| Ok(c.to_vec())).collect();
    let r = s
        .client
        .post(format!("{}/v1/chat/completions", s.gateway.url))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .unwrap();
    expect_error(r, 413, "request_too_large").await;
}

#[tokio::test]
async fn upstream_failures_map_to_gateway_errors() {
    let s = setup().await;
    let body = expect_error(post(&s, &chat_body("broken", false)).await, 502, "upstream_error").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("the upstream exploded"));
    expect_error(post(&s, &chat_body("broken", true)).await, 502, "upstream_error").await;

    let r = post(&s, &chat_body("limited", false)).await;
    assert_eq!(r.headers()["retry-after"], "7");
    expect_error(r, 429, "upstream_rate_limited").await;

    let started = std::time::Instant::now();
    expect_error(post(&s, &chat_body("slow", false)).await, 504, "upstream_timeout").await;
    expect_error(post(&s, &chat_body("slow", true)).await, 504, "upstream_timeout").await;
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn upstream_closing_mid_stream_ends_with_an_error_event() {
    let s = setup().await;
    let response = post(&s, &chat_body("cut", true)).await;
    assert_eq!(response.status(), 200, "the stream had started");
    let events = sse_data(response).await;
    assert!(!events.contains(&"[DONE]".to_string()), "{events:?}");
    let last: Value = serde_json::from_str(events.last().unwrap()).unwrap();
    assert_eq!(last["error"]["code"], "upstream_invalid_response", "{last}");
    let first: Value = serde_json::from_str(&events[0]).unwrap();
    assert_eq!(first["choices"][0]["delta"]["role"], "assistant");
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let s = setup().await;
    let body = expect_error(post(&s, &chat_body("moved", false)).await, 502, "upstream_redirect").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("redirect"));
    expect_error(post(&s, &chat_body("moved", true)).await, 502, "upstream_redirect").await;
    assert!(s.elsewhere.seen().is_empty(), "the redirect target must receive nothing");
}

#[tokio::test]
async fn missing_upstream_credential_is_a_clear_error() {
    let upstream = FakeUpstream::start().await;
    let gateway = Gateway::start(&policy(&upstream.base_url, &upstream.base_url), &[], &[]);
    gateway.ready(Duration::from_secs(20)).await;
    let r = reqwest::Client::new()
        .post(format!("{}/v1/chat/completions", gateway.url))
        .json(&chat_body("gpt-test", false))
        .send()
        .await
        .unwrap();
    let body = expect_error(r, 502, "upstream_credential_missing").await;
    assert!(body["error"]["message"].as_str().unwrap().contains("CORDON_TEST_UPSTREAM_KEY"));
    assert!(upstream.seen().is_empty());
}

#[tokio::test]
async fn health_and_readiness() {
    let s = setup().await;
    let r = s.client.get(format!("{}/healthz", s.gateway.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let r = s.client.get(format!("{}/readyz", s.gateway.url)).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.json::<Value>().await.unwrap()["status"], "ready");
}
