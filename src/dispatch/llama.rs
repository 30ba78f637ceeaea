//! The local model: llama.cpp in process, through llama-cpp-2.
//!
//! The GGUF file is loaded once. A fixed number of worker threads (the
//! "parallel sequences") each own a llama.cpp context and take jobs from one
//! bounded queue; decoding never runs on the async executor. A full queue is
//! refused at once with a retry hint instead of making the client wait
//! without bound. Each job streams text back over a channel; when the client
//! goes away the channel closes and the worker stops generating at the next
//! token.
//!
//! Text is produced UTF-8 safe: bytes of a character split across tokens are
//! held until the character is complete. Stop strings are matched on the
//! generated text, holding back only the tail that could still become one.

use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaChatMessage, LlamaChatTemplate, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use serde_json::Map;
use tokio::sync::mpsc;

use super::{Backend, BackendRequest, ChunkStream, DispatchError};
use crate::api::openai::{ChatCompletion, ChatRequest, Delta, Usage, unix_now};

/// How the engine runs; from the server configuration, not the policy.
#[derive(Debug, Clone)]
pub struct LlamaSettings {
    /// CPU threads each sequence uses for decoding.
    pub threads: i32,
    /// Sequences decoded at the same time (one context each).
    pub parallel: usize,
    /// Requests that may wait for a free sequence before new ones are refused.
    pub queue: usize,
    /// Context size in tokens (prompt plus completion).
    pub context: u32,
    /// Prompt tokens decoded per batch.
    pub batch: u32,
}

impl Default for LlamaSettings {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        LlamaSettings { threads: cores as i32, parallel: 1, queue: 16, context: 4096, batch: 512 }
    }
}

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("model file {} does not exist (run scripts/fetch-model.sh)", .0.display())]
    Missing(PathBuf),
    #[error("cannot initialise llama.cpp: {0}")]
    Backend(String),
    #[error("cannot load model {}: {detail}", path.display())]
    Model { path: PathBuf, detail: String },
    #[error("cannot create a llama.cpp context: {0}")]
    Context(String),
}

fn llama_backend() -> Result<&'static LlamaBackend, LoadError> {
    static BACKEND: OnceLock<Result<LlamaBackend, String>> = OnceLock::new();
    BACKEND
        .get_or_init(|| {
            // llama.cpp's own log lines go to tracing (target `llama-cpp-2`),
            // filtered like every other target.
            llama_cpp_2::send_logs_to_tracing(llama_cpp_2::LogOptions::default());
            LlamaBackend::init().map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| LoadError::Backend(e.clone()))
}

/// What a worker reports about one job.
#[derive(Debug)]
enum GenEvent {
    /// The prompt was decoded; generation begins.
    Started {
        prompt_tokens: usize,
    },
    /// Newly generated text (complete UTF-8 characters).
    Text(String),
    Finished {
        finish_reason: &'static str,
        usage: Usage,
    },
    Failed(DispatchError),
}

#[derive(Debug, Clone, PartialEq)]
struct Sampling {
    temperature: f32,
    top_p: f32,
    seed: u32,
    max_tokens: Option<u32>,
    stop: Vec<String>,
}

struct Job {
    messages: Vec<(String, String)>,
    sampling: Sampling,
    events: mpsc::Sender<GenEvent>,
}

/// A loaded model and its decoding threads.
pub struct LlamaEngine {
    path: PathBuf,
    jobs: SyncSender<Job>,
    context: u32,
}

impl std::fmt::Debug for LlamaEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LlamaEngine").field("path", &self.path).finish_non_exhaustive()
    }
}

impl LlamaEngine {
    /// Loads the model and starts the worker threads. Blocking: call it from
    /// `spawn_blocking` or before the runtime starts serving.
    pub fn load(path: &Path, settings: &LlamaSettings) -> Result<LlamaEngine, LoadError> {
        if !path.is_file() {
            return Err(LoadError::Missing(path.to_path_buf()));
        }
        let backend = llama_backend()?;
        let model = LlamaModel::load_from_file(backend, path, &LlamaModelParams::default())
            .map_err(|e| LoadError::Model { path: path.to_path_buf(), detail: e.to_string() })?;
        // The model lives as long as the process: workers borrow it for
        // their contexts, and a gateway never unloads its model.
        let model: &'static LlamaModel = Box::leak(Box::new(model));
        let template = model
            .chat_template(None)
            .or_else(|_| LlamaChatTemplate::new("chatml"))
            .map_err(|e| LoadError::Model { path: path.to_path_buf(), detail: e.to_string() })?;
        let template: &'static LlamaChatTemplate = Box::leak(Box::new(template));

        let (jobs, queue) = sync_channel::<Job>(settings.queue);
        let queue = Arc::new(Mutex::new(queue));
        let mut started = Vec::new();
        for worker in 0..settings.parallel.max(1) {
            // Contexts are created one at a time, here: llama.cpp does not
            // allow creating contexts of one model concurrently.
            let params = LlamaContextParams::default()
                .with_n_ctx(NonZeroU32::new(settings.context))
                .with_n_batch(settings.batch)
                .with_n_threads(settings.threads)
                .with_n_threads_batch(settings.threads);
            let ctx = model.new_context(backend, params).map_err(|e| LoadError::Context(e.to_string()))?;
            let queue = Arc::clone(&queue);
            let batch = settings.batch as usize;
            let handle = std::thread::Builder::new()
                .name(format!("llama-seq-{worker}"))
                .spawn(move || run_worker(model, template, ctx, &queue, batch))
                .map_err(|e| LoadError::Context(e.to_string()))?;
            started.push(handle);
        }
        tracing::info!(model = %path.display(), parallel = started.len(), threads = settings.threads, context = settings.context, "local model loaded");
        Ok(LlamaEngine { path: path.to_path_buf(), jobs, context: settings.context })
    }

    fn submit(&self, body: &ChatRequest) -> Result<mpsc::Receiver<GenEvent>, DispatchError> {
        let messages = chat_messages(body)?;
        let sampling = sampling_of(body)?;
        let (events, receiver) = mpsc::channel(64);
        match self.jobs.try_send(Job { messages, sampling, events }) {
            Ok(()) => Ok(receiver),
            Err(TrySendError::Full(_)) => Err(DispatchError::QueueFull { retry_after_secs: 1 }),
            Err(TrySendError::Disconnected(_)) => Err(DispatchError::Unavailable),
        }
    }

    /// Context size in tokens.
    pub fn context_size(&self) -> u32 {
        self.context
    }
}

fn chat_messages(body: &ChatRequest) -> Result<Vec<(String, String)>, DispatchError> {
    body.messages
        .iter()
        .map(|m| {
            let role = match m.role.as_str() {
                "developer" => "system",
                other => other,
            };
            let text = m.text();
            if text.contains('\0') || role.contains('\0') {
                return Err(DispatchError::InvalidRequest("message text must not contain NUL characters".into()));
            }
            Ok((role.to_string(), text))
        })
        .collect()
}

fn sampling_of(body: &ChatRequest) -> Result<Sampling, DispatchError> {
    let temperature = body.temperature.unwrap_or(1.0);
    let top_p = body.top_p.unwrap_or(1.0);
    if !(0.0..=2.0).contains(&temperature) {
        return Err(DispatchError::InvalidRequest("`temperature` must be between 0 and 2".into()));
    }
    if !(top_p > 0.0 && top_p <= 1.0) {
        return Err(DispatchError::InvalidRequest("`top_p` must be in (0, 1]".into()));
    }
    if let Some(n) = body.extra.get("n").and_then(|v| v.as_u64())
        && n != 1
    {
        return Err(DispatchError::InvalidRequest("the local model returns one choice; `n` must be 1".into()));
    }
    let stop = body.stop_sequences();
    if stop.len() > 4 || stop.iter().any(String::is_empty) {
        return Err(DispatchError::InvalidRequest("`stop` takes up to 4 non-empty strings".into()));
    }
    Ok(Sampling {
        temperature,
        top_p,
        // llama.cpp treats u32::MAX as "pick a random seed".
        seed: body.seed.map_or(u32::MAX, |s| s as u32),
        max_tokens: body.token_limit(),
        stop,
    })
}

fn run_worker(
    model: &'static LlamaModel,
    template: &'static LlamaChatTemplate,
    mut ctx: LlamaContext<'static>,
    queue: &Mutex<Receiver<Job>>,
    batch: usize,
) {
    loop {
        let job = match queue.lock() {
            Ok(queue) => queue.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        if job.events.is_closed() {
            continue; // the client left while the job was queued
        }
        run_job(&job, || generate(model, template, &mut ctx, batch, &job));
    }
}

/// Runs one job's generation and tells its client how it ended. A panic in
/// generation (a fault in cordon or in the bindings; llama.cpp's own C++
/// cannot unwind into Rust) fails that job with an internal error, and the
/// worker lives on: without this its thread would end, and once every
/// worker had, queued requests would wait forever. The next job starts from
/// a cleared context (see [`generate`]).
fn run_job(job: &Job, generate: impl FnOnce() -> Result<Option<(&'static str, Usage)>, DispatchError>) {
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(generate)).unwrap_or_else(|_| {
        tracing::error!("local generation panicked; the request fails with an internal error");
        Err(DispatchError::Internal("llama"))
    });
    match outcome {
        Ok(Some((finish_reason, usage))) => {
            tracing::debug!(
                elapsed_ms = started.elapsed().as_millis() as u64,
                completion_tokens = usage.completion_tokens,
                "local generation finished"
            );
            let _ = job.events.blocking_send(GenEvent::Finished { finish_reason, usage });
        }
        Ok(None) => tracing::debug!("local generation stopped: client went away"),
        Err(e) => {
            let _ = job.events.blocking_send(GenEvent::Failed(e));
        }
    }
}

/// Runs one job. `Ok(None)` means the client went away mid-generation.
fn generate(
    model: &LlamaModel,
    template: &LlamaChatTemplate,
    ctx: &mut LlamaContext<'static>,
    batch_size: usize,
    job: &Job,
) -> Result<Option<(&'static str, Usage)>, DispatchError> {
    let chat = job
        .messages
        .iter()
        .map(|(role, content)| LlamaChatMessage::new(role.clone(), content.clone()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| DispatchError::InvalidRequest("a message cannot be passed to the model".into()))?;
    let prompt = model
        .apply_chat_template(template, &chat, true)
        .map_err(|_| DispatchError::InvalidRequest("the messages do not fit the model's chat template".into()))?;
    let vocab = model.vocab();
    let tokens = vocab.tokenize(prompt.as_bytes(), true, true);
    let n_ctx = ctx.n_ctx() as usize;
    let wanted = job.sampling.max_tokens.unwrap_or(1) as usize;
    if tokens.is_empty() || tokens.len() + wanted > n_ctx {
        return Err(DispatchError::ContextOverflow { prompt_tokens: tokens.len(), context: n_ctx });
    }

    ctx.clear_kv_cache();
    let mut batch = LlamaBatch::new(batch_size.max(1), 1);
    let last = tokens.len() - 1;
    for (start, piece) in tokens.chunks(batch_size.max(1)).enumerate().map(|(i, c)| (i * batch_size.max(1), c)) {
        batch.clear();
        for (offset, token) in piece.iter().enumerate() {
            let pos = start + offset;
            batch.add(*token, pos as i32, &[0], pos == last).map_err(|_| DispatchError::Internal("llama"))?;
        }
        ctx.decode(&mut batch).map_err(|_| DispatchError::Internal("llama"))?;
    }
    if job.events.blocking_send(GenEvent::Started { prompt_tokens: tokens.len() }).is_err() {
        return Ok(None);
    }

    let mut sampler = sampler_for(&job.sampling);
    let mut text = Utf8Assembler::default();
    let mut stops = StopMatcher::new(job.sampling.stop.clone());
    let limit = job.sampling.max_tokens.map_or(usize::MAX, |m| m as usize);
    let mut position = tokens.len();
    let mut produced = 0usize;
    let mut logits_index = batch.n_tokens() - 1;
    let finish_reason = loop {
        if produced >= limit || position >= n_ctx {
            break "length";
        }
        let token = sampler.sample(ctx, logits_index);
        if vocab.is_eog(token) {
            break "stop";
        }
        produced += 1;
        let piece = vocab.token_to_piece(token, false, None);
        let (emit, stopped) = stops.push(&text.push(&piece));
        if !emit.is_empty() && job.events.blocking_send(GenEvent::Text(emit)).is_err() {
            return Ok(None);
        }
        if stopped {
            break "stop";
        }
        if job.events.is_closed() {
            return Ok(None);
        }
        batch.clear();
        batch.add(token, position as i32, &[0], true).map_err(|_| DispatchError::Internal("llama"))?;
        ctx.decode(&mut batch).map_err(|_| DispatchError::Internal("llama"))?;
        position += 1;
        logits_index = 0;
    };
    if finish_reason != "stop" || !stops.hit {
        let rest = stops.finish(&text.finish());
        if !rest.is_empty() && job.events.blocking_send(GenEvent::Text(rest)).is_err() {
            return Ok(None);
        }
    }
    Ok(Some((finish_reason, Usage::new(tokens.len() as u32, produced as u32))))
}

fn sampler_for(s: &Sampling) -> LlamaSampler {
    if s.temperature <= 0.0 {
        return LlamaSampler::greedy();
    }
    let mut chain = Vec::new();
    if s.top_p < 1.0 {
        chain.push(LlamaSampler::top_p(s.top_p, 1));
    }
    chain.push(LlamaSampler::temp(s.temperature));
    chain.push(LlamaSampler::dist(s.seed));
    LlamaSampler::chain_simple(chain)
}

/// Turns token bytes into text without splitting a character: bytes of an
/// incomplete character wait for the next token; invalid bytes become U+FFFD.
#[derive(Debug, Default)]
pub(crate) struct Utf8Assembler {
    pending: Vec<u8>,
}

impl Utf8Assembler {
    pub(crate) fn push(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let mut out = String::new();
        loop {
            match std::str::from_utf8(&self.pending) {
                Ok(s) => {
                    out.push_str(s);
                    self.pending.clear();
                    return out;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    out.push_str(&String::from_utf8_lossy(&self.pending[..valid]));
                    match e.error_len() {
                        // Incomplete character at the end: keep it for later.
                        None => {
                            self.pending.drain(..valid);
                            return out;
                        }
                        Some(bad) => {
                            out.push(char::REPLACEMENT_CHARACTER);
                            self.pending.drain(..valid + bad);
                        }
                    }
                }
            }
        }
    }

    /// Whatever is left at the end of generation.
    pub(crate) fn finish(&mut self) -> String {
        let rest = String::from_utf8_lossy(&self.pending).into_owned();
        self.pending.clear();
        rest
    }
}

/// Finds stop strings in streamed text, holding back only a tail that could
/// still grow into one.
#[derive(Debug, Default)]
pub(crate) struct StopMatcher {
    stops: Vec<String>,
    held: String,
    hit: bool,
}

impl StopMatcher {
    pub(crate) fn new(stops: Vec<String>) -> StopMatcher {
        StopMatcher { stops, held: String::new(), hit: false }
    }

    /// Returns the text that is safe to emit and whether a stop string was
    /// found (text from the stop string on is discarded).
    pub(crate) fn push(&mut self, text: &str) -> (String, bool) {
        if self.hit {
            return (String::new(), true);
        }
        self.held.push_str(text);
        if let Some(at) = self.stops.iter().filter_map(|s| self.held.find(s.as_str())).min() {
            let out = self.held[..at].to_string();
            self.held.clear();
            self.hit = true;
            return (out, true);
        }
        let keep = self.longest_partial_suffix();
        let cut = self.held.len() - keep;
        let out = self.held[..cut].to_string();
        self.held.drain(..cut);
        (out, false)
    }

    fn longest_partial_suffix(&self) -> usize {
        let mut best = 0;
        for (start, _) in self.held.char_indices() {
            let tail = &self.held[start..];
            if self.stops.iter().any(|s| s.starts_with(tail)) {
                best = best.max(tail.len());
                break; // char_indices ascend, so the first hit is the longest
            }
        }
        best
    }

    pub(crate) fn finish(&mut self, text: &str) -> String {
        let (mut out, hit) = self.push(text);
        if !hit {
            out.push_str(&self.held);
            self.held.clear();
        }
        out
    }
}

/// The `kind: llama` backend: one loaded engine.
pub struct LlamaBackendHandle {
    engine: OnceLock<Arc<LlamaEngine>>,
    failed: AtomicBool,
}

impl Default for LlamaBackendHandle {
    fn default() -> Self {
        LlamaBackendHandle { engine: OnceLock::new(), failed: AtomicBool::new(false) }
    }
}

impl LlamaBackendHandle {
    /// A handle whose model is still loading; [`Self::set`] completes it.
    pub fn pending() -> Arc<LlamaBackendHandle> {
        Arc::new(LlamaBackendHandle::default())
    }

    pub fn set(&self, engine: Arc<LlamaEngine>) {
        let _ = self.engine.set(engine);
    }

    pub fn mark_failed(&self) {
        self.failed.store(true, Ordering::SeqCst);
    }

    fn engine(&self) -> Result<&Arc<LlamaEngine>, DispatchError> {
        self.engine.get().ok_or(DispatchError::Unavailable)
    }
}

/// Waits for the prompt to be decoded so that errors found before generation
/// (context overflow, bad input) become HTTP errors rather than stream errors.
async fn started(events: &mut mpsc::Receiver<GenEvent>) -> Result<(), DispatchError> {
    match events.recv().await {
        Some(GenEvent::Started { prompt_tokens }) => {
            tracing::debug!(prompt_tokens, "local prompt decoded");
            Ok(())
        }
        Some(GenEvent::Failed(e)) => Err(e),
        Some(_) | None => Err(DispatchError::Internal("llama")),
    }
}

#[async_trait::async_trait]
impl Backend for LlamaBackendHandle {
    async fn complete(&self, request: BackendRequest) -> Result<ChatCompletion, DispatchError> {
        let mut events = self.engine()?.submit(&request.body)?;
        started(&mut events).await?;
        let mut content = String::new();
        loop {
            match events.recv().await {
                Some(GenEvent::Text(t)) => content.push_str(&t),
                Some(GenEvent::Finished { finish_reason, usage }) => {
                    return Ok(request.completion(content, finish_reason, usage));
                }
                Some(GenEvent::Failed(e)) => return Err(e),
                Some(GenEvent::Started { .. }) | None => return Err(DispatchError::Internal("llama")),
            }
        }
    }

    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError> {
        let mut events = self.engine()?.submit(&request.body)?;
        started(&mut events).await?;
        let created = unix_now();
        let stream = async_stream::stream! {
            yield Ok(request.chunk(created, Delta { role: Some("assistant".into()), content: Some(String::new()), extra: Map::new() }, None));
            loop {
                match events.recv().await {
                    Some(GenEvent::Text(t)) => {
                        yield Ok(request.chunk(created, Delta { role: None, content: Some(t), extra: Map::new() }, None));
                    }
                    Some(GenEvent::Finished { finish_reason, usage }) => {
                        yield Ok(request.chunk(created, Delta::default(), Some(finish_reason)));
                        yield Ok(request.usage_chunk(created, usage));
                        break;
                    }
                    Some(GenEvent::Failed(e)) => { yield Err(e); break; }
                    Some(GenEvent::Started { .. }) | None => { yield Err(DispatchError::Internal("llama")); break; }
                }
            }
        };
        Ok(Box::pin(stream))
    }

    fn is_ready(&self) -> bool {
        self.engine.get().is_some() && !self.failed.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job() -> (Job, mpsc::Receiver<GenEvent>) {
        let (events, receiver) = mpsc::channel(4);
        let sampling = Sampling { temperature: 0.0, top_p: 1.0, seed: 1, max_tokens: Some(4), stop: Vec::new() };
        (Job { messages: vec![("user".into(), "hi".into())], sampling, events }, receiver)
    }

    #[test]
    fn a_panic_in_generation_fails_the_job_and_the_worker_lives_on() {
        let (failing, mut failed) = job();
        run_job(&failing, || panic!("fault in generation"));
        match failed.try_recv() {
            Ok(GenEvent::Failed(DispatchError::Internal("llama"))) => {}
            other => panic!("expected an internal failure, got {:?}", other.map(|_| "another event")),
        }
        // The same thread takes the next job.
        let (next, mut finished) = job();
        run_job(&next, || Ok(Some(("stop", Usage::new(1, 1)))));
        assert!(matches!(finished.try_recv(), Ok(GenEvent::Finished { finish_reason: "stop", .. })));
    }

    #[test]
    fn utf8_assembler_holds_split_characters() {
        let mut a = Utf8Assembler::default();
        let bytes = "é😀".as_bytes();
        assert_eq!(a.push(&bytes[..1]), "");
        assert_eq!(a.push(&bytes[1..3]), "é");
        assert_eq!(a.push(&bytes[3..5]), "");
        assert_eq!(a.push(&bytes[5..]), "😀");
        assert_eq!(a.finish(), "");
    }

    #[test]
    fn utf8_assembler_replaces_invalid_bytes() {
        let mut a = Utf8Assembler::default();
        assert_eq!(a.push(b"a\xffb"), "a\u{FFFD}b");
        assert_eq!(a.push(b"\xe2\x82"), "");
        assert_eq!(a.finish(), "\u{FFFD}");
    }

    #[test]
    fn stop_matcher_finds_stop_split_across_pushes() {
        let mut m = StopMatcher::new(vec!["END".into()]);
        assert_eq!(m.push("hello E"), ("hello ".to_string(), false));
        assert_eq!(m.push("N"), (String::new(), false));
        assert_eq!(m.push("D and more"), (String::new(), true));
        assert_eq!(m.push("ignored"), (String::new(), true));
    }

    #[test]
    fn stop_matcher_releases_false_starts() {
        let mut m = StopMatcher::new(vec!["END".into()]);
        assert_eq!(m.push("EN"), (String::new(), false));
        assert_eq!(m.push("x"), ("ENx".to_string(), false));
        assert_eq!(m.finish("E"), "E");
    }

    #[test]
    fn stop_matcher_without_stops_passes_everything() {
        let mut m = StopMatcher::new(vec![]);
        assert_eq!(m.push("abc"), ("abc".to_string(), false));
        assert_eq!(m.finish("d"), "d");
    }

    #[test]
    fn stop_matcher_handles_multibyte_text() {
        let mut m = StopMatcher::new(vec!["ßtop".into()]);
        assert_eq!(m.push("grüße ß"), ("grüße ".to_string(), false));
        assert_eq!(m.push("to"), (String::new(), false));
        assert_eq!(m.push("p!"), (String::new(), true));
    }
}
