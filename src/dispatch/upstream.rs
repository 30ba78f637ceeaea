//! OpenAI-compatible upstreams: vLLM, Ollama, llama-server, cloud providers.
//!
//! Each destination gets its own HTTP client that can reach only that
//! destination: requests are built from the policy's `base_url` alone,
//! redirects are never followed (a redirect is an error), proxy settings from
//! the environment are ignored, and TLS is rustls with the platform's web
//! roots. The API key is read from the environment variable the policy names,
//! at request time, and sent as a sensitive header.
//!
//! Streaming responses are passed through chunk by chunk: each SSE event is
//! parsed, given the gateway's id and public model name, and re-emitted.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER};
use serde_json::Value;

use super::{Backend, BackendRequest, ChunkStream, DispatchError};
use crate::api::openai::{ChatChunk, ChatCompletion, StreamOptions};

/// The egress rules every outbound HTTP client of cordon follows (upstream
/// model servers and identity providers' JWKS endpoints alike): redirects
/// are never followed (a redirect is an error), proxy settings from the
/// environment are ignored, TLS is rustls, and
/// requests name cordon as the user agent. Callers add their timeouts.
pub fn egress_client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy()
        .use_rustls_tls()
        .user_agent(concat!("cordon/", env!("CARGO_PKG_VERSION")))
}
/// Timeouts for one upstream.
#[derive(Debug, Clone, Copy)]
pub struct UpstreamTimeouts {
    /// Establishing the TCP/TLS connection.
    pub connect: Duration,
    /// Waiting for the response head, and for each read of the body.
    pub read: Duration,
}

impl Default for UpstreamTimeouts {
    fn default() -> Self {
        UpstreamTimeouts { connect: Duration::from_secs(10), read: Duration::from_secs(120) }
    }
}

/// A `kind: openai` destination.
#[derive(Debug)]
pub struct UpstreamBackend {
    destination: String,
    endpoint: url::Url,
    api_key_env: Option<String>,
    client: reqwest::Client,
    timeouts: UpstreamTimeouts,
}

/// The longest upstream error message passed on to the client.
const MAX_UPSTREAM_MESSAGE: usize = 512;

impl UpstreamBackend {
    pub fn new(
        destination: &str,
        base_url: &url::Url,
        api_key_env: Option<String>,
        timeouts: UpstreamTimeouts,
    ) -> Result<UpstreamBackend, DispatchError> {
        let mut base = base_url.clone();
        if !base.path().ends_with('/') {
            base.set_path(&format!("{}/", base.path()));
        }
        let endpoint = base.join("chat/completions").map_err(|_| DispatchError::Internal("upstream"))?;
        let client = egress_client_builder()
            .connect_timeout(timeouts.connect)
            .read_timeout(timeouts.read)
            .build()
            .map_err(|_| DispatchError::Internal("upstream"))?;
        Ok(UpstreamBackend { destination: destination.to_string(), endpoint, api_key_env, client, timeouts })
    }

    async fn send(&self, request: &BackendRequest, stream: bool) -> Result<reqwest::Response, DispatchError> {
        let mut body = request.body.clone();
        body.model = request.upstream_model.clone();
        if stream {
            body.stream = Some(true);
            // Always ask for usage so the audit log has token counts; the API
            // layer removes the usage chunk for clients that did not ask.
            let mut options =
                body.stream_options.take().unwrap_or(StreamOptions { include_usage: None, extra: Default::default() });
            options.include_usage = Some(true);
            body.stream_options = Some(options);
        } else {
            body.stream = None;
            body.stream_options = None;
        }
        let payload = serde_json::to_vec(&body).map_err(|_| DispatchError::Internal("upstream"))?;
        let mut builder = self
            .client
            .post(self.endpoint.clone())
            .header(CONTENT_TYPE, "application/json")
            // Lets the upstream's logs be matched with the audit log.
            .header("x-request-id", &request.request_id)
            .body(payload);
        if let Some(env) = &self.api_key_env {
            let key = std::env::var(env).map_err(|_| DispatchError::MissingCredential {
                destination: self.destination.clone(),
                env: env.clone(),
            })?;
            let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
                DispatchError::MissingCredential { destination: self.destination.clone(), env: env.clone() }
            })?;
            value.set_sensitive(true);
            builder = builder.header(AUTHORIZATION, value);
        }
        let response = tokio::time::timeout(self.timeouts.read, builder.send())
            .await
            .map_err(|_| DispatchError::UpstreamTimeout { destination: self.destination.clone() })?
            .map_err(|e| self.transport_error(&e))?;
        let status = response.status();
        if status.is_redirection() {
            return Err(DispatchError::UpstreamRedirect {
                destination: self.destination.clone(),
                status: status.as_u16(),
            });
        }
        if !status.is_success() {
            let retry_after = response.headers().get(RETRY_AFTER).and_then(|v| v.to_str().ok()).map(str::to_string);
            let text = response.text().await.unwrap_or_default();
            return Err(DispatchError::UpstreamStatus {
                destination: self.destination.clone(),
                status: status.as_u16(),
                message: upstream_message(&text),
                retry_after,
            });
        }
        Ok(response)
    }

    fn transport_error(&self, e: &reqwest::Error) -> DispatchError {
        let destination = self.destination.clone();
        if e.is_timeout() {
            DispatchError::UpstreamTimeout { destination }
        } else if e.is_connect() {
            DispatchError::UpstreamConnect { destination }
        } else {
            DispatchError::UpstreamProtocol { destination, detail: "the connection failed".into() }
        }
    }

    fn protocol(&self, detail: &str) -> DispatchError {
        DispatchError::UpstreamProtocol { destination: self.destination.clone(), detail: detail.into() }
    }
}

/// The `error.message` of an OpenAI-style error body, or a generic message;
/// shortened so a misbehaving upstream cannot flood the client.
fn upstream_message(body: &str) -> String {
    let message = serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v.pointer("/error/message").and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| "the upstream returned an error".to_string());
    match message.char_indices().nth(MAX_UPSTREAM_MESSAGE) {
        Some((cut, _)) => format!("{}…", &message[..cut]),
        None => message,
    }
}

#[async_trait::async_trait]
impl Backend for UpstreamBackend {
    async fn complete(&self, request: BackendRequest) -> Result<ChatCompletion, DispatchError> {
        let response = self.send(&request, false).await?;
        let bytes = response.bytes().await.map_err(|e| self.transport_error(&e))?;
        let mut completion: ChatCompletion =
            serde_json::from_slice(&bytes).map_err(|_| self.protocol("the body is not a chat completion"))?;
        completion.id = request.request_id.clone();
        completion.model = request.public_model.clone();
        Ok(completion)
    }

    async fn stream(&self, request: BackendRequest) -> Result<ChunkStream, DispatchError> {
        let response = self.send(&request, true).await?;
        let destination = self.destination.clone();
        let mut body = response.bytes_stream();
        let timeouts = self.timeouts;
        let stream = async_stream::stream! {
            let mut parser = SseParser::default();
            let mut done = false;
            'read: while !done {
                let next = tokio::time::timeout(timeouts.read, body.next()).await;
                let bytes: Bytes = match next {
                    Err(_) => { yield Err(DispatchError::UpstreamTimeout { destination: destination.clone() }); break; }
                    Ok(None) => break,
                    Ok(Some(Err(e))) => {
                        yield Err(if e.is_timeout() {
                            DispatchError::UpstreamTimeout { destination: destination.clone() }
                        } else {
                            DispatchError::UpstreamProtocol { destination: destination.clone(), detail: "the stream was cut off".into() }
                        });
                        break;
                    }
                    Ok(Some(Ok(b))) => b,
                };
                for data in parser.push(&bytes) {
                    if data == "[DONE]" { done = true; break; }
                    match parse_chunk(&data, &request) {
                        Ok(chunk) => yield Ok(chunk),
                        Err(UpstreamChunkError::Error(message)) => {
                            yield Err(DispatchError::UpstreamStatus { destination: destination.clone(), status: 200, message, retry_after: None });
                            break 'read;
                        }
                        Err(UpstreamChunkError::Invalid) => {
                            yield Err(DispatchError::UpstreamProtocol { destination: destination.clone(), detail: "a stream event is not a chat completion chunk".into() });
                            break 'read;
                        }
                    }
                }
            }
            if !done {
                yield Err(DispatchError::UpstreamProtocol { destination: destination.clone(), detail: "the stream ended before [DONE]".into() });
            }
        };
        // Errors after a yield already ended the stream above; a stream that
        // ended without [DONE] gets one error at its end.
        Ok(Box::pin(stream.scan(false, |failed, item| {
            let stop = *failed;
            if item.is_err() {
                *failed = true;
            }
            futures::future::ready(if stop { None } else { Some(item) })
        })))
    }

    fn is_ready(&self) -> bool {
        true
    }
}

enum UpstreamChunkError {
    Error(String),
    Invalid,
}

fn parse_chunk(data: &str, request: &BackendRequest) -> Result<ChatChunk, UpstreamChunkError> {
    let value: Value = serde_json::from_str(data).map_err(|_| UpstreamChunkError::Invalid)?;
    if value.get("error").is_some() {
        return Err(UpstreamChunkError::Error(upstream_message(data)));
    }
    let mut chunk: ChatChunk = serde_json::from_value(value).map_err(|_| UpstreamChunkError::Invalid)?;
    chunk.id = request.request_id.clone();
    chunk.model = request.public_model.clone();
    Ok(chunk)
}

/// Splits a `text/event-stream` body into the `data` of each event.
#[derive(Debug, Default)]
pub struct SseParser {
    buffer: Vec<u8>,
}

impl SseParser {
    /// Feeds bytes; returns the data of every event completed by them.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.buffer.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some((end, sep)) = find_event_end(&self.buffer) {
            let raw: Vec<u8> = self.buffer.drain(..end + sep).take(end).collect();
            let text = String::from_utf8_lossy(&raw);
            let mut data: Vec<&str> = Vec::new();
            for line in text.lines() {
                if let Some(rest) = line.strip_prefix("data:") {
                    data.push(rest.strip_prefix(' ').unwrap_or(rest));
                }
            }
            if !data.is_empty() {
                events.push(data.join("\n"));
            }
        }
        events
    }
}

/// Position and length of the first blank-line separator.
fn find_event_end(buffer: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i + 1 < buffer.len() {
        if buffer[i] == b'\n' && buffer[i + 1] == b'\n' {
            return Some((i, 2));
        }
        if i + 3 < buffer.len() && &buffer[i..i + 4] == b"\r\n\r\n" {
            return Some((i, 4));
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sse_parser_reassembles_events_split_anywhere() {
        let body =
            b"data: {\"a\":1}\n\n: comment\n\ndata: x\r\n\r\nevent: e\ndata: line1\ndata: line2\n\ndata: [DONE]\n\n";
        for split in 0..body.len() {
            let mut p = SseParser::default();
            let mut got = p.push(&body[..split]);
            got.extend(p.push(&body[split..]));
            assert_eq!(got, vec!["{\"a\":1}", "x", "line1\nline2", "[DONE]"], "split at {split}");
        }
    }

    #[test]
    fn upstream_message_is_extracted_and_bounded() {
        assert_eq!(upstream_message(r#"{"error":{"message":"bad model"}}"#), "bad model");
        assert_eq!(upstream_message("<html>"), "the upstream returned an error");
        let long = format!(r#"{{"error":{{"message":"{}"}}}}"#, "x".repeat(2000));
        assert!(upstream_message(&long).chars().count() <= MAX_UPSTREAM_MESSAGE + 1);
    }
}
