//! Local model speed: llama.cpp called directly versus through the gateway.
//!
//! Direct: prompt-processing and generation tokens per second with SmolLM2 on
//! the same thread count, context and greedy sampling the gateway uses.
//! Gateway: time to first token and generation tokens per second of a
//! streamed request through the full HTTP stack.
//!
//! Run: `cargo bench --bench llama` (needs scripts/fetch-model.sh).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark fails loudly

mod common;

use std::num::NonZeroU32;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cordon::dispatch::Backend;
use cordon::dispatch::llama::{LlamaBackendHandle, LlamaEngine, LlamaSettings};
use cordon::pipeline::Recorder;
use cordon::policy::Policy;
use futures::StreamExt;
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;

const MODEL: &str = "models/SmolLM2-135M-Instruct.Q4_1.gguf";
const GENERATE: usize = 128;
const THREADS: i32 = 2;
const CONTEXT: u32 = 2048;

fn prompt_text() -> String {
    format!(
        "Summarise the following note for a colleague. {} Then list three follow-up questions.",
        "The patient reports intermittent chest pain over two weeks, worse on exertion, relieved by rest. ".repeat(6)
    )
}

/// Direct llama.cpp: returns (prompt tokens, prompt tok/s, generation tok/s, tokens generated).
fn direct() -> (usize, f64, f64, usize) {
    // The gateway initialises the backend in the same process later; do the
    // direct measurement in a child process so both get a clean llama.cpp.
    let backend = LlamaBackend::init().unwrap();
    let model = LlamaModel::load_from_file(&backend, MODEL, &LlamaModelParams::default()).unwrap();
    let template = model.chat_template(None).unwrap();
    let chat = [
        LlamaChatMessage::new("system".into(), "You are a helpful assistant.".into()).unwrap(),
        LlamaChatMessage::new("user".into(), prompt_text()).unwrap(),
    ];
    let prompt = model.apply_chat_template(&template, &chat, true).unwrap();
    let tokens = model.vocab().tokenize(prompt.as_bytes(), true, true);
    let params = LlamaContextParams::default()
        .with_n_ctx(NonZeroU32::new(CONTEXT))
        .with_n_batch(512)
        .with_n_threads(THREADS)
        .with_n_threads_batch(THREADS);
    let mut ctx = model.new_context(&backend, params).unwrap();
    let mut batch = LlamaBatch::new(512, 1);
    let t = Instant::now();
    for (i, tok) in tokens.iter().enumerate() {
        batch.add(*tok, i as i32, &[0], i == tokens.len() - 1).unwrap();
    }
    ctx.decode(&mut batch).unwrap();
    let pp = tokens.len() as f64 / t.elapsed().as_secs_f64();
    let mut sampler = LlamaSampler::greedy();
    let mut pos = tokens.len();
    let mut idx = batch.n_tokens() - 1;
    let t = Instant::now();
    let mut produced = 0;
    while produced < GENERATE {
        let token = sampler.sample(&ctx, idx);
        // Greedy decoding gives the gateway the same tokens: stop where it
        // stops, so both measure the same work.
        if model.vocab().is_eog(token) {
            break;
        }
        produced += 1;
        let _ = model.vocab().token_to_piece(token, false, None);
        batch.clear();
        batch.add(token, pos as i32, &[0], true).unwrap();
        ctx.decode(&mut batch).unwrap();
        pos += 1;
        idx = 0;
    }
    let tg = produced as f64 / t.elapsed().as_secs_f64();
    (tokens.len(), pp, tg, produced)
}

async fn through_gateway() -> (Duration, f64, usize) {
    let policy_text = format!(
        "version: 1\nname: bench\ndestinations:\n  local: {{ kind: llama, model_file: {MODEL}, network: internal }}\nmodels:\n  smollm: {{ destination: local }}\nrules:\n  - {{ id: everyone, when: {{}}, then: allow }}\n"
    );
    let policy = Policy::from_bytes(Path::new("bench.yaml"), policy_text.as_bytes()).unwrap();
    let settings = LlamaSettings { threads: THREADS, parallel: 1, queue: 4, context: CONTEXT, batch: 512 };
    let engine =
        tokio::task::spawn_blocking(move || LlamaEngine::load(Path::new(MODEL), &settings)).await.unwrap().unwrap();
    let handle = LlamaBackendHandle::pending();
    handle.set(Arc::new(engine));
    let backend: Arc<dyn Backend> = handle;
    let base =
        common::serve_gateway(policy, "local", backend, Arc::new(Recorder::without_audit_log()), Default::default())
            .await;
    let body = serde_json::json!({
        "model": "smollm", "stream": true, "temperature": 0, "max_tokens": GENERATE,
        "stream_options": {"include_usage": true},
        "messages": [{"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": prompt_text()}]
    });
    let client = reqwest::Client::new();
    // One warm-up request, then the measured one.
    for round in 0..2 {
        let t = Instant::now();
        let response = client.post(format!("{base}/v1/chat/completions")).json(&body).send().await.unwrap();
        let mut stream = response.bytes_stream();
        let mut first: Option<Instant> = None;
        let mut text = String::new();
        while let Some(bytes) = stream.next().await {
            let bytes = bytes.unwrap();
            text.push_str(&String::from_utf8_lossy(&bytes));
            if first.is_none() && text.contains("\"content\":\"") && text.matches("data: ").count() >= 2 {
                first = Some(Instant::now());
            }
        }
        let end = Instant::now();
        if round == 1 {
            let completion: usize = text
                .split("\"completion_tokens\":")
                .nth(1)
                .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse().ok())
                .unwrap();
            let first = first.unwrap();
            let tg = (completion.saturating_sub(1)) as f64 / (end - first).as_secs_f64();
            return (first - t, tg, completion);
        }
    }
    unreachable!()
}

fn main() {
    if std::env::args().any(|a| a == "--direct-child") {
        let (n, pp, tg, produced) = direct();
        println!("{n} {pp} {tg} {produced}");
        return;
    }
    assert!(Path::new(MODEL).is_file(), "run scripts/fetch-model.sh first");
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe).arg("--direct-child").output().unwrap();
    let line = String::from_utf8_lossy(&out.stdout);
    let fields: Vec<f64> = line.split_whitespace().filter_map(|s| s.parse().ok()).collect();
    let (prompt_tokens, pp, tg_direct, produced) = (fields[0] as usize, fields[1], fields[2], fields[3] as usize);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let (ttft, tg_gateway, completion) = runtime.block_on(through_gateway());
    println!("SmolLM2-135M-Instruct Q4_1, {THREADS} threads, context {CONTEXT}, greedy");
    println!(
        "direct llama.cpp : prompt {prompt_tokens} tokens at {pp:.0} tok/s; generation {tg_direct:.1} tok/s ({produced} tokens)"
    );
    println!(
        "through gateway  : time to first token {:.1} ms; generation {tg_gateway:.1} tok/s ({completion} tokens)",
        ttft.as_secs_f64() * 1e3
    );
    println!("generation speed through the gateway: {:.1}% of direct", tg_gateway / tg_direct * 100.0);
}
