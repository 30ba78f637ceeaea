//! A scripted backend for tests: answers every request with fixed text, split
//! into the given chunks, and counts how many requests reached it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Map;

use super::{Backend, BackendRequest, ChunkStream, DispatchError};
use crate::api::openai::{ChatChunk, ChatCompletion, Choice, ChunkChoice, Content, Delta, Message, Usage, unix_now};

/// Answers with `chunks` joined (non-streaming) or one chunk each (streaming).
#[derive(Debug, Clone, Default)]
pub struct FakeBackend {
    pub chunks: Vec<String>,
    /// Requests received, including those later cancelled.
    pub received: Arc<AtomicUsize>,
    /// The message text of the last request, as forwarded.
    last: Arc<Mutex<Option<String>>>,
}

impl FakeBackend {
    pub fn new(chunks: &[&str]) -> FakeBackend {
        FakeBackend {
            chunks: chunks.iter().map(|s| s.to_string()).collect(),
            received: Arc::default(),
            last: Arc::default(),
        }
    }

    /// The message text of the last request received.
    pub fn last_request(&self) -> Option<String> {
        self.last.lock().ok().and_then(|l| l.clone())
    }

    fn note(&self, request: &BackendRequest) {
        self.received.fetch_add(1, Ordering::SeqCst);
        let text = request.body.messages.iter().map(|m| m.text()).collect::<Vec<_>>().join("\n");
        if let Ok(mut last) = self.last.lock() {
            *last = Some(text);
        }
    }

    fn usage(&self, request: &BackendRequest) -> Usage {
        let prompt: usize = request.body.messages.iter().map(|m| m.text().split_whitespace().count()).sum();
        Usage::new(prompt as u32, self.chunks.len() as u32)
    }
}

#[async_trait::async_trait]
impl Backend for FakeBackend {
    async fn complete(&self, request: BackendRequest) -> Result<ChatCompletion, DispatchError> {
        self.note(&request);
        Ok(ChatCompletion {
            id: request.request_id.clone(),
            object: "chat.completion".into(),
            created: unix_now(),
            model: request.public_model.clone(),
            choices: vec![Choice {
                index: 0,
                message: Message {
                    role: "assistant".into(),
                    content: Some(Content::Text(self.chunks.concat())),
                    name: None,
                    extra: Map::new(),
                },
                finish_reason: Some("stop".into()),
                extra: Map::new(),
            }],
            usage: Some(self.usage(&request)),
            extra: Map::new(),
        })
    }

    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError> {
        self.note(&request);
        let chunk = |delta: Delta, finish: Option<&str>| ChatChunk {
            id: request.request_id.clone(),
            object: "chat.completion.chunk".into(),
            created: unix_now(),
            model: request.public_model.clone(),
            choices: vec![ChunkChoice {
                index: 0,
                delta,
                finish_reason: finish.map(str::to_string),
                extra: Map::new(),
            }],
            usage: None,
            extra: Map::new(),
        };
        let mut out = vec![chunk(
            Delta { role: Some("assistant".into()), content: Some(String::new()), extra: Map::new() },
            None,
        )];
        for text in &self.chunks {
            out.push(chunk(Delta { role: None, content: Some(text.clone()), extra: Map::new() }, None));
        }
        out.push(chunk(Delta::default(), Some("stop")));
        let mut usage = chunk(Delta::default(), None);
        usage.choices.clear();
        usage.usage = Some(Some(self.usage(&request)));
        out.push(usage);
        Ok(Box::pin(futures::stream::iter(out.into_iter().map(Ok))))
    }

    fn is_ready(&self) -> bool {
        true
    }
}
