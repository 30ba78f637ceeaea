//! Dispatch: the backends that actually answer a chat request.
//!
//! A [`Backend`] takes the request as the policy allowed it to be forwarded
//! and returns an OpenAI-shaped completion, whole or as a stream of chunks.
//! Backends know nothing about HTTP handlers, principals or policy; the
//! pipeline decides *whether* and *where* to send, a backend only *sends*.
//!
//! - [`llama`]: llama.cpp in process, decoding on dedicated threads.
//! - [`upstream`]: an OpenAI-compatible server over HTTPS (or HTTP).
//! - [`fake`]: a scripted backend for tests.

pub mod fake;
pub mod llama;
pub mod upstream;

use std::pin::Pin;

use futures::Stream;

use serde_json::Map;

use crate::api::openai::{
    ChatChunk, ChatCompletion, ChatRequest, Choice, ChunkChoice, Content, Delta, Message, Usage, unix_now,
};

/// What the pipeline hands a backend.
#[derive(Debug, Clone)]
pub struct BackendRequest {
    /// The gateway's id for this request (also the response id).
    pub request_id: String,
    /// The model name the client asked for; responses carry it.
    pub public_model: String,
    /// The model name the destination knows.
    pub upstream_model: String,
    /// The body to forward, after any transformation the policy required.
    pub body: ChatRequest,
}

impl BackendRequest {
    /// A one-choice assistant completion answering this request.
    pub fn completion(&self, content: String, finish_reason: &str, usage: Usage) -> ChatCompletion {
        ChatCompletion {
            id: self.request_id.clone(),
            object: "chat.completion".into(),
            created: unix_now(),
            model: self.public_model.clone(),
            choices: vec![Choice {
                index: 0,
                message: Message {
                    role: "assistant".into(),
                    content: Some(Content::Text(content)),
                    name: None,
                    extra: Map::new(),
                },
                finish_reason: Some(finish_reason.into()),
                extra: Map::new(),
            }],
            usage: Some(usage),
            extra: Map::new(),
        }
    }

    /// One `chat.completion.chunk` of a streamed answer to this request.
    pub fn chunk(&self, created: u64, delta: Delta, finish_reason: Option<&str>) -> ChatChunk {
        ChatChunk {
            id: self.request_id.clone(),
            object: "chat.completion.chunk".into(),
            created,
            model: self.public_model.clone(),
            choices: vec![ChunkChoice {
                index: 0,
                delta,
                finish_reason: finish_reason.map(str::to_string),
                extra: Map::new(),
            }],
            usage: None,
            extra: Map::new(),
        }
    }

    /// The closing chunk of a stream: no choices, only usage.
    pub fn usage_chunk(&self, created: u64, usage: Usage) -> ChatChunk {
        let mut chunk = self.chunk(created, Delta::default(), None);
        chunk.choices.clear();
        chunk.usage = Some(Some(usage));
        chunk
    }
}

/// A streamed response. Backends always end a successful stream with a chunk
/// that carries `usage` (choices empty), whether or not the client asked for
/// it; the API layer drops it for clients that did not.
pub type ChunkStream = Pin<Box<dyn Stream<Item = Result<ChatChunk, DispatchError>> + Send>>;

/// A model server.
#[async_trait::async_trait]
pub trait Backend: Send + Sync {
    /// Answers the request in one piece.
    async fn complete(&self, request: BackendRequest) -> Result<ChatCompletion, DispatchError>;

    /// Answers the request as a stream. Errors detected before the first byte
    /// (queue full, upstream refused) are returned here, not in the stream.
    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError>;

    /// Whether the backend can take requests now (a local model is loaded).
    fn is_ready(&self) -> bool;
}

/// Why a backend could not answer.
///
/// Messages are safe to show to the client and to log: they never contain
/// request or response text.
#[derive(Debug, thiserror::Error)]
pub enum DispatchError {
    #[error("the local model is busy: its request queue is full")]
    QueueFull { retry_after_secs: u64 },
    #[error("the local model is not available")]
    Unavailable,
    #[error(
        "the prompt has {prompt_tokens} tokens; with the requested completion it does not fit the model's context of {context} tokens"
    )]
    ContextOverflow { prompt_tokens: usize, context: usize },
    #[error("{0}")]
    InvalidRequest(String),
    #[error("upstream {destination} answered {status}: {message}")]
    UpstreamStatus { destination: String, status: u16, message: String, retry_after: Option<String> },
    #[error("upstream {destination} answered with a redirect ({status}), which cordon does not follow")]
    UpstreamRedirect { destination: String, status: u16 },
    #[error("upstream {destination} did not answer in time")]
    UpstreamTimeout { destination: String },
    #[error("cannot reach upstream {destination}")]
    UpstreamConnect { destination: String },
    #[error("upstream {destination} sent an invalid response: {detail}")]
    UpstreamProtocol { destination: String, detail: String },
    #[error("the credential for upstream {destination} is not configured (environment variable {env} is unset)")]
    MissingCredential { destination: String, env: String },
    #[error("internal error in the {0} backend")]
    Internal(&'static str),
}

/// A short, content-free label for logs and the audit completion record.
impl DispatchError {
    pub fn kind(&self) -> &'static str {
        match self {
            DispatchError::QueueFull { .. } => "queue_full",
            DispatchError::Unavailable => "unavailable",
            DispatchError::ContextOverflow { .. } => "context_overflow",
            DispatchError::InvalidRequest(_) => "invalid_request",
            DispatchError::UpstreamStatus { .. } => "upstream_status",
            DispatchError::UpstreamRedirect { .. } => "upstream_redirect",
            DispatchError::UpstreamTimeout { .. } => "upstream_timeout",
            DispatchError::UpstreamConnect { .. } => "upstream_connect",
            DispatchError::UpstreamProtocol { .. } => "upstream_protocol",
            DispatchError::MissingCredential { .. } => "missing_credential",
            DispatchError::Internal(_) => "internal",
        }
    }
}
