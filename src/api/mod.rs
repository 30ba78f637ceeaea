//! The HTTP surface: OpenAI-compatible endpoints plus health checks.
//!
//! Handlers here only translate between HTTP and the pipeline: they read and
//! validate the body (size limit, content type, UTF-8, JSON shape), call
//! [`Gateway::chat`], and write JSON or server-sent events. Every error leaves
//! through [`error::ApiError`] as an OpenAI-style error body.

pub mod error;
pub mod openai;

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use futures::StreamExt;
use serde_json::json;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;

use crate::pipeline::{Answer, Gateway, RecordedStream};
use error::ApiError;
use openai::{ChatRequest, ModelObject, unix_now};

/// Limits applied to every request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest accepted request body.
    pub max_body_bytes: usize,
    /// Longest time allowed for receiving a request body.
    pub body_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_body_bytes: 1024 * 1024, body_timeout: Duration::from_secs(30) }
    }
}

/// What handlers share.
#[derive(Clone)]
pub struct AppState {
    pub gateway: Arc<Gateway>,
    pub limits: Limits,
}

/// The complete router.
pub fn router(state: AppState) -> Router {
    let body_timeout = state.limits.body_timeout;
    Router::new()
        .route("/v1/chat/completions", post(chat_completions))
        .route("/v1/models", get(list_models))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .fallback(|| async { ApiError::NotFound })
        .method_not_allowed_fallback(|| async { ApiError::MethodNotAllowed })
        .layer(RequestBodyTimeoutLayer::new(body_timeout))
        .layer(SetSensitiveRequestHeadersLayer::new([header::AUTHORIZATION, header::COOKIE]))
        .layer(CatchPanicLayer::custom(panic_response))
        .with_state(state)
}

/// The last resort for a panic in a handler that nothing nearer caught
/// (inspection and dispatch catch their own, see [`crate::pipeline`]): the
/// client gets a JSON 500 instead of a dropped connection. The payload is
/// not read: it may quote request text.
fn panic_response(_payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked; answered 500");
    ApiError::Internal.into_response()
}

async fn chat_completions(State(state): State<AppState>, headers: HeaderMap, body: Body) -> Response {
    match chat(&state, &headers, body).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn chat(state: &AppState, headers: &HeaderMap, body: Body) -> Result<Response, ApiError> {
    let request = read_chat_request(headers, body, state.limits.max_body_bytes).await?;
    let include_usage = request.include_usage();
    match state.gateway.chat(headers, request).await? {
        Answer::Whole(completion) => {
            let id = completion.id.clone();
            let mut response = Json(completion).into_response();
            set_request_id(&mut response, &id);
            Ok(response)
        }
        Answer::Stream(stream) => Ok(sse_response(*stream, include_usage)),
    }
}

/// Reads, checks and parses a chat request body.
async fn read_chat_request(headers: &HeaderMap, body: Body, limit: usize) -> Result<ChatRequest, ApiError> {
    if let Some(content_type) = headers.get(header::CONTENT_TYPE) {
        let essence = content_type.to_str().unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if essence != "application/json" && !essence.ends_with("+json") {
            return Err(ApiError::UnsupportedMediaType);
        }
    }
    let declared =
        headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::PayloadTooLarge { limit });
    }
    let bytes = axum::body::to_bytes(body, limit).await.map_err(|e| body_error(e, limit))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        ApiError::BadRequest(format!(
            "the request body is not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(ApiError::BadRequest("the request body is empty; expected a JSON object".into()));
    }
    serde_json::from_str::<ChatRequest>(text).map_err(|e| ApiError::BadRequest(json_error_message(&e)))
}

fn body_error(error: axum::Error, limit: usize) -> ApiError {
    let inner = error.into_inner();
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(inner.as_ref());
    while let Some(e) = source {
        if e.is::<http_body_util::LengthLimitError>() {
            return ApiError::PayloadTooLarge { limit };
        }
        if e.is::<tower_http::timeout::TimeoutError>() {
            return ApiError::BadRequest("timed out reading the request body".into());
        }
        source = e.source();
    }
    ApiError::BadRequest("the request body could not be read".into())
}

/// A JSON error message that names the problem and its position but never
/// quotes the offending text (it may be sensitive).
fn json_error_message(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let position = format!("line {} column {}", e.line(), e.column());
    match e.classify() {
        Category::Syntax | Category::Eof => format!("the request body is not valid JSON ({position})"),
        Category::Data => {
            // serde's data errors name fields and expected types, e.g.
            // "missing field `messages`"; keep the part before any quoted value.
            let message = e.to_string();
            let message = message.split(" at line ").next().unwrap_or("invalid request");
            let message = if message.contains("invalid type") || message.contains("invalid value") {
                message.split(':').next().unwrap_or(message)
            } else {
                message
            };
            format!("invalid chat request: {message} ({position})")
        }
        Category::Io => "the request body could not be read".into(),
    }
}

fn set_request_id(response: &mut Response, id: &str) {
    if let Ok(value) = HeaderValue::from_str(id) {
        response.headers_mut().insert("x-request-id", value);
    }
}

/// Writes a stream as server-sent events in the OpenAI format: one
/// `data: {chunk}` per chunk, then `data: [DONE]`. Each chunk first goes
/// through response inspection, which may hold text back until it is
/// settled. A failure after the stream started, or a response rule stopping
/// it, becomes one `data: {"error": ...}` event, and the stream ends without
/// `[DONE]`.
fn sse_response(mut stream: RecordedStream, include_usage: bool) -> Response {
    let events = async_stream::stream! {
        while let Some(item) = stream.inner.next().await {
            let mut chunk = match item {
                Ok(chunk) => chunk,
                Err(e) => {
                    let error = ApiError::from(e);
                    stream.failed(&error).await;
                    yield Ok::<Event, Infallible>(error_event(&error));
                    return;
                }
            };
            if let Some(Some(usage)) = chunk.usage {
                stream.observe_usage(usage);
            }
            match stream.inspect(&mut chunk) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(halt) => {
                    let error = stream.stopped(&halt).await;
                    yield Ok(error_event(&error));
                    return;
                }
            }
            let usage_only = chunk.choices.is_empty() && chunk.usage.is_some();
            if usage_only && !include_usage {
                continue;
            }
            chunk.usage = if include_usage { Some(chunk.usage.flatten()) } else { None };
            match serde_json::to_string(&chunk) {
                Ok(data) => yield Ok(Event::default().data(data)),
                Err(_) => {
                    let error = ApiError::Internal;
                    stream.failed(&error).await;
                    yield Ok(error_event(&error));
                    return;
                }
            }
        }
        match stream.finish() {
            Ok(None) => {}
            Ok(Some(mut last)) => {
                last.usage = include_usage.then_some(None);
                if let Ok(data) = serde_json::to_string(&last) {
                    yield Ok(Event::default().data(data));
                }
            }
            Err(halt) => {
                let error = stream.stopped(&halt).await;
                yield Ok(error_event(&error));
                return;
            }
        }
        stream.served().await;
        yield Ok(Event::default().data("[DONE]"));
    };
    let mut response = Sse::new(events).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn error_event(error: &ApiError) -> Event {
    Event::default().data(error.body().to_string())
}

async fn list_models(State(state): State<AppState>) -> Json<serde_json::Value> {
    let created = unix_now();
    let data: Vec<ModelObject> = state
        .gateway
        .policy
        .current()
        .models
        .keys()
        .map(|id| ModelObject { id: id.clone(), object: "model", created, owned_by: "cordon".into() })
        .collect();
    Json(json!({ "object": "list", "data": data }))
}

async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

async fn readyz(State(state): State<AppState>) -> Response {
    let reasons = state.gateway.not_ready_reasons().await;
    if reasons.is_empty() {
        (StatusCode::OK, Json(json!({ "status": "ready" }))).into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "not_ready", "reasons": reasons }))).into_response()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_handler_that_panics_is_answered_with_a_json_500() {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let app: Router = Router::new()
            .route(
                "/boom",
                get(|| async {
                    if std::hint::black_box(true) {
                        panic!("SSN 536-22-8147")
                    }
                    "not reached"
                }),
            )
            .layer(CatchPanicLayer::custom(panic_response));
        let request = axum::http::Request::get("/boom").body(Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["error"]["code"], "internal_error");
        assert!(!body.to_string().contains("536-22-8147"), "{body}");
    }

    #[test]
    fn json_errors_do_not_quote_values() {
        let e = serde_json::from_str::<ChatRequest>(r#"{"model":"m","messages":"SSN 123-45-6789"}"#).unwrap_err();
        let message = json_error_message(&e);
        assert!(!message.contains("123-45-6789"), "{message}");
        assert!(message.starts_with("invalid chat request: invalid type"), "{message}");

        let e = serde_json::from_str::<ChatRequest>(r#"{"model":"m"}"#).unwrap_err();
        assert!(json_error_message(&e).contains("missing field `messages`"));

        let e = serde_json::from_str::<ChatRequest>(r#"{"model":"#).unwrap_err();
        assert!(json_error_message(&e).starts_with("the request body is not valid JSON"));
    }
}
