//! A scripted backend for tests: answers every request with fixed text, split
//! into the given chunks, and counts how many requests reached it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Map;

use super::{Backend, BackendRequest, ChunkStream, DispatchError};
use crate::api::openai::{ChatCompletion, Delta, Usage, unix_now};

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
        Ok(request.completion(self.chunks.concat(), "stop", self.usage(&request)))
    }

    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError> {
        self.note(&request);
        let created = unix_now();
        let mut out = vec![request.chunk(
            created,
            Delta { role: Some("assistant".into()), content: Some(String::new()), extra: Map::new() },
            None,
        )];
        for text in &self.chunks {
            out.push(request.chunk(
                created,
                Delta { role: None, content: Some(text.clone()), extra: Map::new() },
                None,
            ));
        }
        out.push(request.chunk(created, Delta::default(), Some("stop")));
        out.push(request.usage_chunk(created, self.usage(&request)));
        Ok(Box::pin(futures::stream::iter(out.into_iter().map(Ok))))
    }

    fn is_ready(&self) -> bool {
        true
    }
}
