//! Cost of response inspection (stage 6), streamed.
//!
//! 1. Per chunk, in process: one `ResponseGuard` fed a 4 KB clinical answer
//!    (placeholders to restore, values to mask) in 4-byte chunks, timing
//!    every `inspect_chunk` call, for three set-ups: inspection off,
//!    inspection on with no response rule (observe only), and inspection on
//!    with response rules (the window holds text back).
//! 2. End to end, over HTTP: a fake upstream streams the same answer in
//!    16-byte SSE chunks as fast as it can; the gateway (no audit log, to
//!    isolate stage 6) forwards it with inspection off and on. The client
//!    measures time to the first content byte and to the end of the stream.
//!
//! Run: `cargo bench --bench response` (optionally `-- ITERATIONS`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::post;
use axum::serve::ListenerExt;
use cordon::api::openai::ChatChunk;
use cordon::auth::Principal;
use cordon::detect::PseudonymMap;
use cordon::dispatch::Backend;
use cordon::dispatch::upstream::{UpstreamBackend, UpstreamTimeouts};
use cordon::pipeline::Recorder;
use cordon::policy::Policy;
use cordon::response::{ResponseGuard, ResponseSettings};
use futures::StreamExt;
use serde_json::{Value, json};

const PARAGRAPH: &str = "[PERSON_1] (MRN [MRN_1]) was reviewed on the ward today. Vital signs are stable and \
the wound is healing well. Follow-up with the clinic in two weeks; call 617-555-0142 with questions. ";

fn answer() -> String {
    let mut text = String::new();
    while text.len() < 4096 {
        text.push_str(PARAGRAPH);
    }
    text
}

fn policy_text(upstream: &str, response_rules: bool) -> String {
    let rules = if response_rules {
        "  - { id: no-phones-in-answers, when: { direction: response }, then: { redact: [pii.phone] } }\n  - { id: no-keys, when: { direction: response, found: [\"secret.*\"] }, then: deny }\n"
    } else {
        ""
    };
    format!(
        "version: 1\nname: bench\ndestinations:\n  fake: {{ kind: openai, base_url: \"{upstream}\", network: internal }}\nmodels:\n  echo: {{ destination: fake }}\nrules:\n  - {{ id: everyone, when: {{}}, then: allow }}\n  - {{ id: phi-placeholders, when: {{ found: [\"phi.*\", pii.person_name] }}, then: {{ pseudonymize: [\"phi.*\", pii.person_name] }} }}\n{rules}"
    )
}

fn chunk(content: &str) -> ChatChunk {
    serde_json::from_value(json!({"id": "x", "object": "chat.completion.chunk", "created": 1, "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": null}]}))
    .unwrap()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Per-chunk cost of the guard alone.
fn per_chunk(label: &str, policy: &Arc<Policy>, settings: ResponseSettings, iterations: usize) {
    let text = answer();
    let pieces: Vec<String> = text.as_bytes().chunks(4).map(|c| String::from_utf8(c.to_vec()).unwrap()).collect();
    let mut map = PseudonymMap::new();
    map.placeholder("pii.person_name", "Ann Lee");
    map.placeholder("phi.mrn", "4412378");
    let mut times = Vec::with_capacity(iterations * pieces.len());
    let mut first_output = Vec::with_capacity(iterations);
    for _ in 0..iterations {
        let mut guard =
            ResponseGuard::new(Arc::clone(policy), Principal::anonymous(), "echo".into(), map.clone(), settings);
        let mut chunks: Vec<ChatChunk> = pieces.iter().map(|p| chunk(p)).collect();
        let mut seen_output = false;
        let start = Instant::now();
        for c in &mut chunks {
            let t = Instant::now();
            guard.inspect_chunk(c).unwrap();
            times.push(t.elapsed());
            if !seen_output && c.choices[0].delta.content.as_deref().is_some_and(|s| !s.is_empty()) {
                seen_output = true;
                first_output.push(start.elapsed());
            }
        }
        guard.finish_stream(&chunk("")).unwrap();
    }
    times.sort();
    first_output.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    println!(
        "  {label:<34} per chunk p50 {:>6.2} µs  p99 {:>6.2} µs  mean {:>6.2} µs  | CPU to first output p50 {:>7.1} µs",
        percentile(&times, 0.5).as_secs_f64() * 1e6,
        percentile(&times, 0.99).as_secs_f64() * 1e6,
        mean.as_secs_f64() * 1e6,
        first_output.get(first_output.len() / 2).map_or(0.0, |d| d.as_secs_f64() * 1e6),
    );
}

async fn serve_fake() -> String {
    let app = Router::new().route(
        "/v1/chat/completions",
        post(|| async {
            let text = answer();
            let mut events: Vec<String> = text
                .as_bytes()
                .chunks(16)
                .map(|c| {
                    let piece = String::from_utf8(c.to_vec()).unwrap();
                    format!(
                        "data: {}\n\n",
                        json!({"id": "u", "object": "chat.completion.chunk", "created": 1, "model": "m",
                            "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": null}]})
                    )
                })
                .collect();
            events.push(format!(
                "data: {}\n\n",
                json!({"id": "u", "object": "chat.completion.chunk", "created": 1, "model": "m",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
            ));
            events.push("data: [DONE]\n\n".into());
            let body = futures::stream::iter(events.into_iter().map(Ok::<_, std::io::Error>));
            ([("content-type", "text/event-stream")], axum::body::Body::from_stream(body))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // Each SSE event leaves at once, as from a real streaming server.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/v1")
}

async fn serve_gateway(upstream: &str, response_rules: bool, response: ResponseSettings) -> String {
    let text = policy_text(upstream, response_rules);
    let policy = Policy::from_bytes(Path::new("bench.yaml"), text.as_bytes()).unwrap();
    let cordon::policy::DestinationKind::OpenAi { base_url, .. } = &policy.destinations["fake"].kind else {
        unreachable!()
    };
    let backend: Arc<dyn Backend> =
        Arc::new(UpstreamBackend::new("fake", base_url, None, UpstreamTimeouts::default()).unwrap());
    let url = common::serve_gateway(policy, "fake", backend, Arc::new(Recorder::without_audit_log()), response).await;
    format!("{url}/v1")
}

struct Timings {
    ttft: Vec<Duration>,
    total: Vec<Duration>,
    chunks: usize,
}

async fn stream_requests(base: &str, iterations: usize) -> Timings {
    let client = reqwest::Client::new();
    let url = format!("{base}/chat/completions");
    let body = json!({"model": "echo", "stream": true,
        "messages": [{"role": "user", "content": "Summarise the stay of patient Ann Lee, MRN 4412378."}]});
    let mut out = Timings { ttft: Vec::new(), total: Vec::new(), chunks: 0 };
    for i in 0..iterations + 20 {
        let start = Instant::now();
        let response = client.post(&url).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let mut stream = response.bytes_stream();
        let mut buffer = String::new();
        let mut first = None;
        let mut content = String::new();
        while let Some(bytes) = stream.next().await {
            buffer.push_str(std::str::from_utf8(&bytes.unwrap()).unwrap());
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                let data = event.trim().trim_start_matches("data:").trim();
                if data == "[DONE]" {
                    continue;
                }
                let v: Value = serde_json::from_str(data).unwrap();
                if let Some(piece) = v["choices"][0]["delta"]["content"].as_str()
                    && !piece.is_empty()
                {
                    first.get_or_insert_with(|| start.elapsed());
                    content.push_str(piece);
                }
            }
        }
        let total = start.elapsed();
        assert!(content.contains("Ann Lee"), "placeholders restored");
        if i >= 20 {
            out.ttft.push(first.unwrap());
            out.total.push(total);
        }
    }
    out.chunks = answer().len().div_ceil(16) + 1;
    out.ttft.sort();
    out.total.sort();
    out
}

fn main() {
    let iterations: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(300);
    println!(
        "response inspection benchmark, {} cores, answer {} bytes",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        answer().len()
    );

    println!("1. per chunk (4-byte chunks, guard only, {} streams each):", iterations / 10);
    let observe = Arc::new(
        Policy::from_bytes(Path::new("p.yaml"), policy_text("http://127.0.0.1:9/v1", false).as_bytes()).unwrap(),
    );
    let rules = Arc::new(
        Policy::from_bytes(Path::new("p.yaml"), policy_text("http://127.0.0.1:9/v1", true).as_bytes()).unwrap(),
    );
    let off = ResponseSettings { inspect: false, ..ResponseSettings::default() };
    per_chunk("inspection off (restore only)", &observe, off, iterations / 10);
    per_chunk("inspection on, no response rule", &observe, ResponseSettings::default(), iterations / 10);
    per_chunk("inspection on, response rules", &rules, ResponseSettings::default(), iterations / 10);

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let upstream = serve_fake().await;
        let gateway_off = serve_gateway(&upstream, true, off).await;
        let gateway_on = serve_gateway(&upstream, true, ResponseSettings::default()).await;
        println!("2. end to end over a fake upstream (16-byte SSE chunks, {iterations} streams each):");
        let a = stream_requests(&gateway_off, iterations).await;
        let b = stream_requests(&gateway_on, iterations).await;
        for (label, t) in [("inspection off", &a), ("inspection on (response rules)", &b)] {
            println!(
                "  {label:<34} TTFT p50 {:>7.1} µs  p99 {:>7.1} µs | stream p50 {:>7.1} µs ({} chunks)",
                percentile(&t.ttft, 0.5).as_secs_f64() * 1e6,
                percentile(&t.ttft, 0.99).as_secs_f64() * 1e6,
                percentile(&t.total, 0.5).as_secs_f64() * 1e6,
                t.chunks
            );
        }
        let added_ttft = percentile(&b.ttft, 0.5).as_secs_f64() - percentile(&a.ttft, 0.5).as_secs_f64();
        let added_chunk =
            (percentile(&b.total, 0.5).as_secs_f64() - percentile(&a.total, 0.5).as_secs_f64()) / a.chunks as f64;
        println!(
            "  added TTFT (p50): {:.1} µs; added per chunk (p50 stream / chunks): {:.2} µs",
            added_ttft * 1e6,
            added_chunk * 1e6
        );
    });
}
