//! End-to-end through the real SmolLM2 model, in process in the real binary.
//! Needs `scripts/fetch-model.sh` to have run (the test script does it).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::time::Duration;

use common::{Gateway, model_path, sse_data};
use serde_json::{Value, json};

fn policy() -> String {
    format!(
        r#"
version: 1
name: local
destinations:
  local: {{ kind: llama, model_file: "{}", network: internal }}
models:
  smollm: {{ destination: local }}
rules:
  - {{ id: everyone, when: {{}}, then: allow }}
"#,
        model_path().display()
    )
}

async fn gateway(extra: &[&str]) -> Gateway {
    gateway_with(&policy(), extra).await
}

async fn gateway_with(policy: &str, extra: &[&str]) -> Gateway {
    assert!(model_path().is_file(), "run scripts/fetch-model.sh first");
    let mut args = vec!["--llama-context", "1024"];
    args.extend_from_slice(extra);
    let g = Gateway::start(policy, &args, &[]);
    g.ready(Duration::from_secs(120)).await;
    g
}

fn request(stream: bool, max_tokens: u32) -> Value {
    json!({
        "model": "smollm",
        "stream": stream,
        "temperature": 0,
        "max_tokens": max_tokens,
        "messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": [{"type": "text", "text": "What is the capital of France?"}]}
        ]
    })
}

async fn post(g: &Gateway, body: &Value) -> reqwest::Response {
    reqwest::Client::new().post(format!("{}/v1/chat/completions", g.url)).json(body).send().await.unwrap()
}

#[tokio::test]
async fn local_model_answers_and_streams_the_same_text() {
    let g = gateway(&[]).await;

    let whole: Value = post(&g, &request(false, 24)).await.json().await.unwrap();
    let text = whole["choices"][0]["message"]["content"].as_str().unwrap().to_string();
    assert!(!text.trim().is_empty(), "{whole}");
    assert_eq!(whole["model"], "smollm");
    assert_eq!(whole["object"], "chat.completion");
    let usage = &whole["usage"];
    assert!(usage["prompt_tokens"].as_u64().unwrap() > 5);
    let completion_tokens = usage["completion_tokens"].as_u64().unwrap();
    assert!((1..=24).contains(&completion_tokens), "{usage}");
    assert_eq!(usage["total_tokens"].as_u64().unwrap(), usage["prompt_tokens"].as_u64().unwrap() + completion_tokens);
    let finish = whole["choices"][0]["finish_reason"].as_str().unwrap();
    assert!(finish == "stop" || finish == "length");

    let mut body = request(true, 24);
    body["stream_options"] = json!({"include_usage": true});
    let events = sse_data(post(&g, &body).await).await;
    assert_eq!(events.last().unwrap(), "[DONE]");
    let chunks: Vec<Value> = events[..events.len() - 1].iter().map(|e| serde_json::from_str(e).unwrap()).collect();
    assert_eq!(chunks[0]["choices"][0]["delta"]["role"], "assistant");
    assert!(chunks.len() > 3, "tokens arrive as separate chunks: {events:?}");
    let streamed: String = chunks.iter().filter_map(|c| c["choices"].get(0)?["delta"]["content"].as_str()).collect();
    assert_eq!(streamed, text, "greedy streaming gives the non-streaming text");
    let finish_chunk =
        chunks.iter().find(|c| c["choices"].get(0).is_some_and(|c| !c["finish_reason"].is_null())).unwrap();
    assert_eq!(finish_chunk["choices"][0]["finish_reason"], finish);
    assert_eq!(chunks.last().unwrap()["usage"]["completion_tokens"].as_u64().unwrap(), completion_tokens);
}

#[tokio::test]
async fn max_tokens_and_stop_are_respected() {
    let g = gateway(&[]).await;
    let mut body = request(false, 5);
    body["messages"][1]["content"] = json!("Write a long story about a dragon.");
    let whole: Value = post(&g, &body).await.json().await.unwrap();
    assert_eq!(whole["usage"]["completion_tokens"], 5, "{whole}");
    assert_eq!(whole["choices"][0]["finish_reason"], "length");

    body["max_completion_tokens"] = json!(3);
    let whole: Value = post(&g, &body).await.json().await.unwrap();
    assert_eq!(whole["usage"]["completion_tokens"], 3, "max_completion_tokens wins");

    // Find the first word of the greedy answer and use it as a stop string.
    body["max_completion_tokens"] = json!(20);
    let first: Value = post(&g, &body).await.json().await.unwrap();
    let text = first["choices"][0]["message"]["content"].as_str().unwrap().to_string();
    let word = text.split_whitespace().nth(2).unwrap_or("the").to_string();
    body["stop"] = json!([word.clone()]);
    let stopped: Value = post(&g, &body).await.json().await.unwrap();
    let out = stopped["choices"][0]["message"]["content"].as_str().unwrap();
    assert!(!out.contains(&word), "stop string {word:?} must not appear in {out:?}");
    assert_eq!(stopped["choices"][0]["finish_reason"], "stop");
    assert!(text.starts_with(out), "{text:?} / {out:?}");
}

#[tokio::test]
async fn prompt_larger_than_context_is_a_400() {
    let g = gateway(&[]).await;
    let mut body = request(false, 5);
    body["messages"][1]["content"] = json!("word ".repeat(3000));
    let r = post(&g, &body).await;
    assert_eq!(r.status(), 400);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "context_length_exceeded");
}

#[tokio::test]
async fn client_disconnect_stops_generation() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let g = gateway(&[]).await;
    let mut body = request(true, 900);
    body["temperature"] = json!(0.8);
    body["seed"] = json!(7);
    body["messages"][1]["content"] = json!("Write a very long story about a dragon and a knight.");
    let body = body.to_string();
    // A raw connection, so that hanging up really closes the socket.
    let addr = g.url.trim_start_matches("http://").to_string();
    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    socket.write_all(head.as_bytes()).await.unwrap();
    socket.write_all(body.as_bytes()).await.unwrap();
    // Read until the first content chunk has arrived, then hang up.
    let mut received = Vec::new();
    let mut buffer = [0u8; 4096];
    while received.windows(6).filter(|w| w == b"data: ").count() < 3 {
        let n = socket.read(&mut buffer).await.unwrap();
        assert!(n > 0, "the stream ended early: {}", String::from_utf8_lossy(&received));
        received.extend_from_slice(&buffer[..n]);
    }
    assert!(String::from_utf8_lossy(&received).starts_with("HTTP/1.1 200"));
    drop(socket);
    g.wait_for_log("local generation stopped: client went away", Duration::from_secs(60));
    g.wait_for_log("outcome=\"client_cancelled\"", Duration::from_secs(10));
    assert!(!g.stderr().contains("completion_tokens=900"), "generation must stop early");
}

#[tokio::test]
async fn a_full_queue_answers_503_with_retry_after() {
    let g = gateway(&["--llama-parallel", "1", "--llama-queue", "1"]).await;
    let mut body = request(true, 600);
    body["temperature"] = json!(0.8);
    body["messages"][1]["content"] = json!("Write a very long story about a dragon.");
    // One request generating, one queued; the third finds the queue full.
    let mut busy = post(&g, &body).await;
    assert_eq!(busy.status(), 200);
    assert!(busy.chunk().await.unwrap().is_some());
    // Three more at once: one fits in the queue, the others are refused
    // immediately rather than left waiting.
    let client = reqwest::Client::new();
    let url = format!("{}/v1/chat/completions", g.url);
    let mut pending: futures::stream::FuturesUnordered<_> = (0..3)
        .map(|_| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move { client.post(url).json(&request(false, 1)).send().await.unwrap() })
        })
        .collect();
    use futures::StreamExt;
    for _ in 0..2 {
        let refused = pending.next().await.unwrap().unwrap();
        assert_eq!(refused.status(), 503);
        assert_eq!(refused.headers()["retry-after"], "1");
        let e: Value = refused.json().await.unwrap();
        assert_eq!(e["error"]["code"], "overloaded");
    }
    // Hanging up on the running stream frees the sequence for the queued one.
    drop(busy);
    let served = pending.next().await.unwrap().unwrap();
    assert_eq!(served.status(), 200);
}

/// A response rule masks a word the model is all but sure to write; the
/// streamed tokens, inspected through the window, give exactly the masked
/// whole answer.
#[tokio::test]
async fn response_rules_mask_the_local_models_tokens_streamed_or_not() {
    let policy = format!(
        r#"
version: 1
name: local-masking
destinations:
  local: {{ kind: llama, model_file: "{}", network: internal }}
models:
  smollm: {{ destination: local }}
detectors:
  - {{ class: custom.article, regex: '(?i)\bthe\b' }}
rules:
  - {{ id: everyone, when: {{}}, then: allow }}
  - {{ id: no-articles, when: {{ direction: response }}, then: {{ redact: [custom.article] }} }}
"#,
        model_path().display()
    );
    let g = gateway_with(&policy, &[]).await;
    let body = |stream: bool| {
        json!({
            "model": "smollm", "stream": stream, "temperature": 0, "max_tokens": 48,
            "messages": [{"role": "user", "content": "Describe the city of Paris and the river that runs through it."}]
        })
    };
    let whole: Value = post(&g, &body(false)).await.json().await.unwrap();
    let text = whole["choices"][0]["message"]["content"].as_str().unwrap().to_string();
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).map(|w| w.to_ascii_lowercase()).collect();
    assert!(!words.iter().any(|w| w == "the"), "an article got through: {text}");
    assert!(text.contains("[ARTICLE]"), "the model wrote no article to mask: {text}");

    let events = sse_data(post(&g, &body(true)).await).await;
    assert_eq!(events.last().unwrap(), "[DONE]");
    let streamed: String = events[..events.len() - 1]
        .iter()
        .map(|e| serde_json::from_str::<Value>(e).unwrap())
        .filter_map(|c| c["choices"].get(0)?["delta"]["content"].as_str().map(str::to_string))
        .collect();
    assert_eq!(streamed, text, "tokens inspected through the window give the whole answer");
}
