//! Pass-through overhead of the gateway against a fake upstream on loopback.
//!
//! Measures, in one run and with the same client, latency percentiles and
//! throughput of (a) calling the fake upstream directly and (b) calling it
//! through the gateway's full HTTP stack, at concurrency 1 and 64.
//!
//! A third target adds the audit log: SQLite in a temporary directory, or
//! PostgreSQL when `CORDON_BENCH_DATABASE_URL` names a database.
//!
//! Run: `cargo bench --bench passthrough` (optionally `-- SECONDS` per phase).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::post;
use cordon::audit::{AuditKeys, AuditLog, AuditOptions};
use cordon::dispatch::Backend;
use cordon::dispatch::upstream::{UpstreamBackend, UpstreamTimeouts};
use cordon::pipeline::Recorder;
use cordon::policy::Policy;

const COMPLETION: &str = r#"{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hello from upstream"},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":3,"total_tokens":8}}"#;
const REQUEST: &str = r#"{"model":"echo","messages":[{"role":"user","content":"Say hello"}]}"#;

async fn serve_fake() -> String {
    let app = Router::new()
        .route("/v1/chat/completions", post(|| async { ([("content-type", "application/json")], COMPLETION) }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/v1")
}

async fn serve_gateway(upstream: &str, recorder: Arc<Recorder>) -> String {
    let policy_text = format!(
        "version: 1\nname: bench\ndestinations:\n  fake: {{ kind: openai, base_url: \"{upstream}\", network: internal }}\nmodels:\n  echo: {{ destination: fake }}\nrules:\n  - {{ id: everyone, when: {{}}, then: allow }}\n"
    );
    let policy = Policy::from_bytes(Path::new("bench.yaml"), policy_text.as_bytes()).unwrap();
    let destination = &policy.destinations["fake"];
    let cordon::policy::DestinationKind::OpenAi { base_url, .. } = &destination.kind else { unreachable!() };
    let backend: Arc<dyn Backend> =
        Arc::new(UpstreamBackend::new("fake", base_url, None, UpstreamTimeouts::default()).unwrap());
    let url = common::serve_gateway(policy, "fake", backend, recorder, Default::default()).await;
    format!("{url}/v1")
}

struct Run {
    latencies: Vec<Duration>,
    elapsed: Duration,
}

impl Run {
    fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.latencies.clone();
        sorted.sort();
        sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
    }
    fn rps(&self) -> f64 {
        self.latencies.len() as f64 / self.elapsed.as_secs_f64()
    }
}

async fn load(base: &str, concurrency: usize, duration: Duration) -> Run {
    let client = reqwest::Client::builder().pool_max_idle_per_host(concurrency).build().unwrap();
    let url = format!("{base}/chat/completions");
    // Warm up connections.
    for _ in 0..concurrency.min(8) {
        client
            .post(&url)
            .header("content-type", "application/json")
            .body(REQUEST)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
    }
    let started = Instant::now();
    let deadline = started + duration;
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let client = client.clone();
            let url = url.clone();
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while Instant::now() < deadline {
                    let t = Instant::now();
                    let r = client
                        .post(&url)
                        .header("content-type", "application/json")
                        .body(REQUEST)
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(r.status(), 200);
                    r.bytes().await.unwrap();
                    latencies.push(t.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    Run { latencies, elapsed: started.elapsed() }
}

fn main() {
    let seconds: u64 = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(5);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let upstream = serve_fake().await;
        let gateway = serve_gateway(&upstream, Arc::new(Recorder::without_audit_log())).await;
        let dir = tempfile::tempdir().unwrap();
        let database_url = std::env::var("CORDON_BENCH_DATABASE_URL")
            .unwrap_or_else(|_| format!("sqlite://{}?mode=rwc", dir.path().join("audit.db").display()));
        let keys = AuditKeys::from_parts(vec![3; 32], [4; 32], "bench");
        let log = AuditLog::open(&database_url, keys.clone(), AuditOptions::default()).await.unwrap();
        let audited = serve_gateway(&upstream, Arc::new(Recorder::new(log, keys, false))).await;
        let store = if database_url.starts_with("postgres") { "postgres" } else { "sqlite" };
        println!(
            "pass-through benchmark, {seconds}s per phase, {} cores",
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!("{:<16} {:>5} {:>10} {:>10} {:>10}", "target", "conc", "p50 µs", "p99 µs", "req/s");
        for concurrency in [1usize, 64] {
            let direct = load(&upstream, concurrency, Duration::from_secs(seconds)).await;
            let through = load(&gateway, concurrency, Duration::from_secs(seconds)).await;
            let with_audit = load(&audited, concurrency, Duration::from_secs(seconds)).await;
            let audit_name = format!("+audit/{store}");
            for (name, run) in [("direct", &direct), ("gateway", &through), (audit_name.as_str(), &with_audit)] {
                println!(
                    "{:<16} {:>5} {:>10.1} {:>10.1} {:>10.0}",
                    name,
                    concurrency,
                    run.percentile(0.5).as_secs_f64() * 1e6,
                    run.percentile(0.99).as_secs_f64() * 1e6,
                    run.rps()
                );
            }
            println!(
                "added latency at concurrency {concurrency}: p50 {:.1} µs, p99 {:.1} µs",
                (through.percentile(0.5).as_secs_f64() - direct.percentile(0.5).as_secs_f64()) * 1e6,
                (through.percentile(0.99).as_secs_f64() - direct.percentile(0.99).as_secs_f64()) * 1e6
            );
            println!(
                "added latency with the audit log ({store}) at concurrency {concurrency}: p50 {:.1} µs, p99 {:.1} µs",
                (with_audit.percentile(0.5).as_secs_f64() - direct.percentile(0.5).as_secs_f64()) * 1e6,
                (with_audit.percentile(0.99).as_secs_f64() - direct.percentile(0.99).as_secs_f64()) * 1e6
            );
        }
    });
}
