//! The one error type of the HTTP surface.
//!
//! Every stage's error converts into [`ApiError`], and one exhaustive match
//! gives each a status, an OpenAI error `type` and a stable `code`. Clients
//! see a plain message that never contains request or response text; details
//! stay in structured logs.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::auth::AuthError;
use crate::dispatch::DispatchError;

/// An error answered to the client.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    BadRequest(String),
    #[error("the request body must be JSON (Content-Type: application/json)")]
    UnsupportedMediaType,
    #[error("the request body is larger than the limit of {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the model `{0}` does not exist or is not available to you")]
    UnknownModel(String),
    #[error(transparent)]
    Auth(#[from] AuthError),
    #[error("{message}")]
    PolicyDenied { message: String, rules: Vec<String> },
    #[error("{message}")]
    ResponseWithheld { message: String, rules: Vec<String> },
    #[error("the audit log cannot be written, so the request was not forwarded")]
    AuditUnavailable,
    #[error(transparent)]
    Dispatch(#[from] DispatchError),
    #[error("not found")]
    NotFound,
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The detector failed (panicked) on a request or an answer: the text
    /// was neither forwarded nor delivered. The message is one of
    /// [`ApiError::REQUEST_NOT_INSPECTED`] and [`ApiError::ANSWER_NOT_INSPECTED`].
    #[error("{0}")]
    InspectionFailed(&'static str),
    #[error("internal error")]
    Internal,
}

impl ApiError {
    pub const REQUEST_NOT_INSPECTED: &'static str =
        "the gateway could not inspect the request, so it was not forwarded; the failure is recorded";
    pub const ANSWER_NOT_INSPECTED: &'static str =
        "the gateway could not inspect the answer, so it was withheld; the failure is recorded";

    /// Status, OpenAI error type and stable code.
    pub fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        use DispatchError as D;
        match self {
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "invalid_request_error", "invalid_request"),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "invalid_request_error", "unsupported_media_type")
            }
            ApiError::PayloadTooLarge { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, "invalid_request_error", "request_too_large")
            }
            ApiError::UnknownModel(_) => (StatusCode::NOT_FOUND, "invalid_request_error", "model_not_found"),
            ApiError::Auth(e) if !e.is_credential_failure() => {
                (StatusCode::SERVICE_UNAVAILABLE, "server_error", "auth_unavailable")
            }
            ApiError::Auth(_) => (StatusCode::UNAUTHORIZED, "authentication_error", "invalid_api_key"),
            ApiError::PolicyDenied { .. } => (StatusCode::FORBIDDEN, "permission_error", "policy_denied"),
            ApiError::ResponseWithheld { .. } => (StatusCode::FORBIDDEN, "permission_error", "response_withheld"),
            ApiError::AuditUnavailable => (StatusCode::SERVICE_UNAVAILABLE, "server_error", "audit_unavailable"),
            ApiError::NotFound => (StatusCode::NOT_FOUND, "invalid_request_error", "not_found"),
            ApiError::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, "invalid_request_error", "method_not_allowed")
            }
            ApiError::InspectionFailed(_) => (StatusCode::INTERNAL_SERVER_ERROR, "server_error", "inspection_failed"),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "server_error", "internal_error"),
            ApiError::Dispatch(e) => match e {
                D::QueueFull { .. } => (StatusCode::SERVICE_UNAVAILABLE, "server_error", "overloaded"),
                D::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "server_error", "model_unavailable"),
                D::ContextOverflow { .. } => {
                    (StatusCode::BAD_REQUEST, "invalid_request_error", "context_length_exceeded")
                }
                D::InvalidRequest(_) => (StatusCode::BAD_REQUEST, "invalid_request_error", "invalid_request"),
                D::UpstreamStatus { status: 429, .. } => {
                    (StatusCode::TOO_MANY_REQUESTS, "rate_limit_error", "upstream_rate_limited")
                }
                D::UpstreamStatus { status: 400 | 404 | 413 | 422, .. } => {
                    (StatusCode::BAD_REQUEST, "invalid_request_error", "upstream_rejected")
                }
                D::UpstreamStatus { .. } => (StatusCode::BAD_GATEWAY, "upstream_error", "upstream_error"),
                D::UpstreamRedirect { .. } => (StatusCode::BAD_GATEWAY, "upstream_error", "upstream_redirect"),
                D::UpstreamTimeout { .. } => (StatusCode::GATEWAY_TIMEOUT, "upstream_error", "upstream_timeout"),
                D::UpstreamConnect { .. } => (StatusCode::BAD_GATEWAY, "upstream_error", "upstream_unreachable"),
                D::UpstreamProtocol { .. } => (StatusCode::BAD_GATEWAY, "upstream_error", "upstream_invalid_response"),
                D::MissingCredential { .. } => {
                    (StatusCode::BAD_GATEWAY, "upstream_error", "upstream_credential_missing")
                }
                D::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "server_error", "internal_error"),
            },
        }
    }

    pub fn status(&self) -> StatusCode {
        self.parts().0
    }

    /// `Retry-After` seconds, for errors a client should retry.
    fn retry_after(&self) -> Option<String> {
        match self {
            ApiError::Dispatch(DispatchError::QueueFull { retry_after_secs }) => Some(retry_after_secs.to_string()),
            ApiError::Dispatch(DispatchError::UpstreamStatus { status: 429, retry_after, .. }) => {
                Some(retry_after.clone().unwrap_or_else(|| "1".into()))
            }
            ApiError::Dispatch(DispatchError::Unavailable) | ApiError::AuditUnavailable => Some("5".into()),
            _ => None,
        }
    }

    /// The JSON error object, as sent in a body or an SSE error event.
    pub fn body(&self) -> serde_json::Value {
        let (_, kind, code) = self.parts();
        let mut error = json!({ "message": self.to_string(), "type": kind, "code": code, "param": null });
        if let ApiError::PolicyDenied { rules, .. } | ApiError::ResponseWithheld { rules, .. } = self {
            error["rules"] = json!(rules);
        }
        json!({ "error": error })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, _, code) = self.parts();
        if status.is_server_error() {
            tracing::warn!(status = status.as_u16(), code, error = %self, "request failed");
        } else {
            tracing::debug!(status = status.as_u16(), code, "request rejected");
        }
        let mut response = (status, axum::Json(self.body())).into_response();
        if let Some(seconds) = self.retry_after()
            && let Ok(value) = HeaderValue::from_str(&seconds)
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
