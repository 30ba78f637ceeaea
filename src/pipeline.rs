//! The request path: the one place where the stages of a chat request are
//! put in order.
//!
//! [`Gateway::chat`] runs, for every `POST /v1/chat/completions` whose body
//! parsed:
//!
//! 1. **authenticate**: headers → [`Principal`]; failure is a 401 and an
//!    authentication-failure audit record.
//! 2. **inspect request**: every text-bearing field (see [`inspect`]) is
//!    scanned by the policy's detector → findings with field paths.
//! 3. **decide**: (principal, model, destination, findings) → [`Decision`]
//!    from the policy in force: allow, deny, route, redact, pseudonymize.
//! 4. **record decision**: the decision record is durably committed before
//!    any byte leaves for a backend; if it cannot be, the request fails
//!    closed with 503 and nothing is forwarded. Denials are enforced here
//!    (403), after they are recorded; redaction and pseudonymisation rewrite
//!    the request so the backend sees only placeholders.
//! 5. **dispatch**: the decided [`Backend`] answers, whole or streamed.
//! 6. **inspect response**: pseudonyms are mapped back to the caller's
//!    values, the output is scanned and the response rules may mask classes
//!    or stop the answer; streams are inspected as they flow, holding back
//!    only a small window (see [`crate::response`]).
//! 7. **record completion**: exactly one completion record per decision
//!    record: served, denied, upstream error, client cancelled or internal
//!    error, with status, token counts, latency and the response's findings.
//!    For streams it is written when the stream ends, fails, or is dropped
//!    because the client went away, whichever happens first.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Instant;

use axum::http::{HeaderMap, StatusCode};
use futures::{FutureExt, StreamExt};

use crate::api::error::ApiError;
use crate::api::openai::{ChatChunk, ChatCompletion, ChatRequest, Usage};
use crate::audit::{
    AuditEvent, AuditKeys, AuditLog, AuthFailureRecord, ClassSummary, CompletionRecord, DecisionRecord, Outcome,
    PrincipalRef,
};
use crate::auth::{Authenticator, Principal};
use crate::detect::{self, Finding, PseudonymMap};
use crate::dispatch::{Backend, BackendRequest, ChunkStream, DispatchError};
use crate::inspect::{self, FieldFinding};
use crate::policy::{Action, Decision, Direction, EvalInput, PolicyHandle};
use crate::response::{ResponseGuard, ResponseReport, ResponseSettings, Stop};

/// Everything known about one request, filled in stage by stage.
pub struct RequestContext {
    pub id: String,
    pub received: Instant,
    pub model: String,
    pub stream: bool,
    /// Stage 1.
    pub principal: Option<Principal>,
    /// Stage 2.
    pub findings: Vec<FieldFinding>,
    /// Stage 3.
    pub decision: Option<Decision>,
    /// Stage 4: values replaced by pseudonyms, for re-identification.
    pseudonyms: PseudonymMap,
}

impl std::fmt::Debug for RequestContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestContext")
            .field("id", &self.id)
            .field("model", &self.model)
            .field("stream", &self.stream)
            .field("findings", &self.findings.len())
            .finish_non_exhaustive()
    }
}

/// The shared state of a running gateway.
pub struct Gateway {
    pub policy: Arc<PolicyHandle>,
    /// One backend per destination name.
    pub backends: BTreeMap<String, Arc<dyn Backend>>,
    pub authenticator: Authenticator,
    pub recorder: Arc<Recorder>,
    /// How answers are inspected (stage 6).
    pub response: ResponseSettings,
}

/// A response ready for the API layer.
pub enum Answer {
    Whole(ChatCompletion),
    Stream(Box<RecordedStream>),
}

impl Gateway {
    /// Runs stages 1-7 for one chat request (see the module docs).
    pub async fn chat(&self, headers: &HeaderMap, mut body: ChatRequest) -> Result<Answer, ApiError> {
        let mut cx = RequestContext {
            id: format!("chatcmpl-{}", uuid::Uuid::now_v7().simple()),
            received: Instant::now(),
            model: body.model.clone(),
            stream: body.is_stream(),
            principal: None,
            findings: Vec::new(),
            decision: None,
            pseudonyms: PseudonymMap::new(),
        };

        // 1. authenticate
        let principal = match self.authenticator.authenticate(headers).await {
            Ok(p) => p,
            Err(e) => {
                self.recorder.auth_failure(&cx, &e).await;
                return Err(e.into());
            }
        };
        cx.principal = Some(principal);
        if body.messages.is_empty() {
            return Err(ApiError::BadRequest("`messages` must contain at least one message".into()));
        }

        let policy = self.policy.current();
        // 2. inspect request
        let received_text = inspect::request_text(&mut body);
        match inspection(&cx.id, ApiError::REQUEST_NOT_INSPECTED, || {
            inspect::scan_request(policy.detector(), &mut body)
        }) {
            Ok(findings) => cx.findings = findings,
            Err(error) => {
                // Fail closed: nothing is forwarded, and the attempt is
                // recorded as a denial that ended in an internal error.
                let route = policy.route(&cx.model).map(|(route, to)| (route.destination.clone(), to.network));
                cx.decision = Some(uninspected_decision(route, &policy.revision));
                self.recorder.decision(&cx, &received_text, None, None).await?;
                self.recorder.completion(&cx, Outcome::InternalError, &error.status(), None, None).await;
                return Err(error);
            }
        }
        // What the answer is searched for besides its own findings.
        let request_values = inspect::finding_values(&mut body, &cx.findings);
        let redacted = self.recorder.store_redacted_text.then(|| masked_request_text(&body, &cx.findings));

        // 3. decide
        let decision = {
            let findings: Vec<Finding> = cx.findings.iter().map(|f| f.finding.clone()).collect();
            let principal = cx.principal.as_ref().ok_or(ApiError::Internal)?;
            if policy.route(&cx.model).is_none() {
                None
            } else {
                Some(policy.evaluate(&EvalInput {
                    principal,
                    model: &cx.model,
                    direction: Direction::Request,
                    findings: &findings,
                }))
            }
        };
        let Some(decision) = decision else {
            // Unknown models are answered like the OpenAI API does (404);
            // the attempt is still recorded, as a denial.
            let denial = unknown_model_decision(&cx.model, &policy.revision);
            cx.decision = Some(denial);
            self.recorder.decision(&cx, &received_text, None, redacted).await?;
            let error = ApiError::UnknownModel(cx.model.clone());
            self.recorder.completion(&cx, Outcome::Denied, &error.status(), None, None).await;
            return Err(error);
        };
        let forwarded = (decision.action != Action::Deny).then(|| {
            transform_request(&mut body, &cx.findings, &decision, &mut cx.pseudonyms);
            inspect::request_text(&mut body)
        });
        cx.decision = Some(decision);

        // 4. record decision, durably, before egress.
        self.recorder.decision(&cx, &received_text, forwarded.as_deref(), redacted).await?;
        let decision = cx.decision.clone().ok_or(ApiError::Internal)?;
        if decision.action == Action::Deny {
            let error = ApiError::PolicyDenied {
                message: decision.message.clone().unwrap_or_else(|| "the policy does not allow this request".into()),
                rules: decision.rules.clone(),
            };
            self.recorder.completion(&cx, Outcome::Denied, &error.status(), None, None).await;
            return Err(error);
        }
        let Some(backend) = self.backends.get(&decision.destination).cloned() else {
            let error = ApiError::Internal;
            self.recorder.completion(&cx, Outcome::InternalError, &error.status(), None, None).await;
            return Err(error);
        };
        let mut guard = ResponseGuard::new(
            Arc::clone(&policy),
            cx.principal.clone().unwrap_or_else(Principal::anonymous),
            cx.model.clone(),
            std::mem::take(&mut cx.pseudonyms),
            self.response,
        );
        guard.know_request_values(request_values);
        let request = BackendRequest {
            request_id: cx.id.clone(),
            public_model: cx.model.clone(),
            upstream_model: decision.upstream_model.clone(),
            body,
        };

        // 5. dispatch
        if cx.stream {
            match caught(backend.stream(request)).await {
                Ok(stream) => Ok(Answer::Stream(Box::new(RecordedStream::new(
                    caught_stream(stream),
                    cx.id.clone(),
                    Completion::new(&self.recorder, cx),
                    guard,
                )))),
                Err(e) => {
                    let error = ApiError::from(e);
                    self.recorder.completion(&cx, outcome_of(&error), &error.status(), None, None).await;
                    Err(error)
                }
            }
        } else {
            match caught(backend.complete(request)).await {
                Ok(mut completion) => {
                    // 6. inspect response
                    let inspected = inspection(&cx.id, ApiError::ANSWER_NOT_INSPECTED, || {
                        guard.inspect_completion(&mut completion)
                    });
                    // 7. record completion
                    match inspected {
                        Err(error) => {
                            self.recorder
                                .completion(&cx, Outcome::InternalError, &error.status(), completion.usage, None)
                                .await;
                            Err(error)
                        }
                        Ok(Ok(())) => {
                            self.recorder
                                .completion(
                                    &cx,
                                    Outcome::Served,
                                    &StatusCode::OK,
                                    completion.usage,
                                    Some(guard.report()),
                                )
                                .await;
                            Ok(Answer::Whole(completion))
                        }
                        Ok(Err(stop)) => {
                            let error = withheld(&stop);
                            self.recorder
                                .completion(
                                    &cx,
                                    Outcome::StoppedByPolicy,
                                    &error.status(),
                                    completion.usage,
                                    Some(guard.report()),
                                )
                                .await;
                            Err(error)
                        }
                    }
                }
                Err(e) => {
                    let error = ApiError::from(e);
                    self.recorder.completion(&cx, outcome_of(&error), &error.status(), None, None).await;
                    Err(error)
                }
            }
        }
    }

    /// Reasons the gateway cannot serve: local models still loading, or the
    /// audit log unreachable.
    pub async fn not_ready_reasons(&self) -> Vec<String> {
        let mut reasons: Vec<String> = self
            .backends
            .iter()
            .filter(|(_, b)| !b.is_ready())
            .map(|(name, _)| format!("destination `{name}` is not ready"))
            .collect();
        if !self.recorder.is_reachable().await {
            reasons.push("the audit log is not reachable".to_string());
        }
        reasons
    }
}

/// Awaits a backend's future. A panic inside it becomes an internal
/// dispatch error, so the request is answered with a JSON 500 and its
/// completion record is written like any other failure's.
async fn caught<T>(dispatch: impl std::future::Future<Output = Result<T, DispatchError>>) -> Result<T, DispatchError> {
    std::panic::AssertUnwindSafe(dispatch).catch_unwind().await.unwrap_or_else(|_| Err(backend_panicked()))
}

/// A backend's stream whose panic, while producing a chunk, becomes an
/// internal dispatch error: the stream's last item (see [`caught`]).
fn caught_stream(stream: ChunkStream) -> ChunkStream {
    Box::pin(
        std::panic::AssertUnwindSafe(stream)
            .catch_unwind()
            .map(|item| item.unwrap_or_else(|_| Err(backend_panicked()))),
    )
}

fn backend_panicked() -> DispatchError {
    tracing::error!("the backend panicked; the request fails with an internal error");
    DispatchError::Internal("dispatch")
}

/// Runs one inspection step. A panic inside it (a fault in the detector or
/// the response inspection) becomes [`ApiError::InspectionFailed`], so that
/// the request fails closed with a JSON error and its audit records are
/// still written, instead of the connection being dropped. The panic's
/// message is not logged here: it may quote the text being inspected (the
/// process's panic hook logs only where it happened).
/// `failure` is the caller's message: [`ApiError::REQUEST_NOT_INSPECTED`]
/// or [`ApiError::ANSWER_NOT_INSPECTED`].
fn inspection<T>(request_id: &str, failure: &'static str, step: impl FnOnce() -> T) -> Result<T, ApiError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(step)).map_err(|_| {
        tracing::error!(request_id, failure, "inspection failed; failing closed");
        ApiError::InspectionFailed(failure)
    })
}

/// The decision recorded for a request whose inspection failed: a denial
/// that no rule made, toward the destination the model would have used.
fn uninspected_decision(route: Option<(String, crate::policy::Network)>, revision: &str) -> Decision {
    let (destination, network) = route.unwrap_or((String::new(), crate::policy::Network::Internal));
    Decision {
        destination,
        network,
        explanation: "the request could not be inspected, so it was denied (fail closed)".into(),
        ..unknown_model_decision("", revision)
    }
}

fn unknown_model_decision(model: &str, revision: &str) -> Decision {
    Decision {
        action: Action::Deny,
        destination: String::new(),
        network: crate::policy::Network::Internal,
        upstream_model: String::new(),
        redact: Vec::new(),
        pseudonymize: Vec::new(),
        rules: Vec::new(),
        shadow_rules: Vec::new(),
        message: None,
        explanation: format!("the policy exposes no model `{model}`"),
        policy_revision: revision.to_string(),
        error: None,
    }
}

/// The error a caller gets when a response rule stops the answer.
fn withheld(stop: &Stop) -> ApiError {
    ApiError::ResponseWithheld { message: stop.message.clone(), rules: stop.rules.clone() }
}

fn outcome_of(error: &ApiError) -> Outcome {
    match error {
        ApiError::Dispatch(DispatchError::Internal(_)) | ApiError::Internal | ApiError::InspectionFailed(_) => {
            Outcome::InternalError
        }
        ApiError::Dispatch(_) => Outcome::UpstreamError,
        _ => Outcome::Denied,
    }
}

/// Applies the decision's `redact` and `pseudonymize` lists to every field
/// the findings came from.
fn transform_request(body: &mut ChatRequest, findings: &[FieldFinding], decision: &Decision, map: &mut PseudonymMap) {
    if decision.redact.is_empty() && decision.pseudonymize.is_empty() {
        return;
    }
    rewrite_fields(body, findings, &mut |finding, value| {
        if decision.redact.iter().any(|c| *c == finding.class) {
            Some(format!("[{}]", detect::class_label(&finding.class)))
        } else if decision.pseudonymize.iter().any(|c| *c == finding.class) {
            Some(map.placeholder(&finding.class, value))
        } else {
            None
        }
    });
}

/// The request's text with every finding masked, for the audit log's
/// optional redacted copy.
fn masked_request_text(body: &ChatRequest, findings: &[FieldFinding]) -> String {
    let mut copy = body.clone();
    rewrite_fields(&mut copy, findings, &mut |finding, _| Some(format!("[{}]", detect::class_label(&finding.class))));
    inspect::request_text(&mut copy)
}

/// Replaces finding spans field by field: `replace` returns the new text for
/// a span, or `None` to keep it.
fn rewrite_fields(
    body: &mut ChatRequest,
    findings: &[FieldFinding],
    replace: &mut dyn FnMut(&Finding, &str) -> Option<String>,
) {
    let mut by_field: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for f in findings {
        by_field.entry(f.field.as_str()).or_default().push(&f.finding);
    }
    inspect::visit_request_texts(body, &mut |field, text| {
        let Some(spans) = by_field.get_mut(field) else { return };
        spans.sort_by_key(|f| f.start);
        let json_text = inspect::is_json_text(text);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for f in spans.iter() {
            // Spans are disjoint and on character boundaries (the detector
            // resolves overlaps); anything else is skipped, never sliced.
            let Some(value) = text.get(f.start..f.end) else { continue };
            if f.start < at {
                continue;
            }
            // A pseudonym maps back to the value as the detector read it
            // (a JSON text's escapes decoded), which is what the answer holds.
            if let Some(replacement) = replace(f, &inspect::read_value_in(json_text, value)) {
                out.push_str(&text[at..f.start]);
                out.push_str(&replacement);
                at = f.end;
            }
        }
        out.push_str(&text[at..]);
        *text = out;
    });
}

fn class_summaries(findings: &[FieldFinding]) -> BTreeMap<String, ClassSummary> {
    inspect::summarize(findings)
        .into_iter()
        .map(|(class, c)| (class, ClassSummary::new(c.count, c.max_score)))
        .collect()
}

/// Writes the audit records of requests.
pub struct Recorder {
    log: Option<AuditLog>,
    keys: AuditKeys,
    /// Whether decision records keep a masked copy of the request text.
    pub store_redacted_text: bool,
}

impl Recorder {
    /// Records to the audit log.
    pub fn new(log: AuditLog, keys: AuditKeys, store_redacted_text: bool) -> Recorder {
        Recorder { log: Some(log), keys, store_redacted_text }
    }

    /// Records nothing durable: decisions and completions go to the process
    /// log only. Used to measure the gateway's own overhead without the
    /// audit log; `cordon serve` always records to the audit log.
    pub fn without_audit_log() -> Recorder {
        Recorder {
            log: None,
            keys: AuditKeys::from_parts(vec![0; 32], [7; 32], "measurement"),
            store_redacted_text: false,
        }
    }

    async fn is_reachable(&self) -> bool {
        match &self.log {
            Some(log) => log.ping().await.is_ok(),
            None => true,
        }
    }

    async fn append(&self, event: AuditEvent) -> Result<(), ApiError> {
        let Some(log) = &self.log else { return Ok(()) };
        match log.append(event).await {
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::error!(error = %e, "audit log append failed");
                Err(ApiError::AuditUnavailable)
            }
        }
    }

    async fn auth_failure(&self, cx: &RequestContext, error: &crate::auth::AuthError) {
        let record = AuthFailureRecord {
            request_id: cx.id.clone(),
            method: "bearer".into(),
            reason: error.reason().into(),
            issuer: None,
            client_addr: None,
        };
        tracing::info!(request_id = %cx.id, reason = error.reason(), "authentication failed");
        let _ = self.append(AuditEvent::AuthFailure(record)).await;
    }

    async fn decision(
        &self,
        cx: &RequestContext,
        received: &str,
        forwarded: Option<&str>,
        redacted: Option<String>,
    ) -> Result<(), ApiError> {
        let decision = cx.decision.as_ref().ok_or(ApiError::Internal)?;
        let principal = cx.principal.clone().unwrap_or_else(Principal::anonymous);
        tracing::info!(
            request_id = %cx.id,
            model = %cx.model,
            destination = %decision.destination,
            action = decision.action.as_str(),
            rules = ?decision.rules,
            findings = cx.findings.len(),
            "decision"
        );
        let record = DecisionRecord {
            request_id: cx.id.clone(),
            principal: PrincipalRef { subject: principal.subject, issuer: principal.issuer, roles: principal.roles },
            model: cx.model.clone(),
            destination: decision.destination.clone(),
            network: decision.network.to_string(),
            action: decision.action.as_str().to_string(),
            rule_ids: decision.rules.clone(),
            shadow_rule_ids: decision.shadow_rules.clone(),
            policy_revision: decision.policy_revision.clone(),
            findings: class_summaries(&cx.findings),
            request_digest: self.keys.digest(received.as_bytes()),
            forwarded_digest: forwarded.map(|t| self.keys.digest(t.as_bytes())),
            redacted_text: redacted,
        };
        self.append(AuditEvent::Decision(record)).await
    }

    async fn completion(
        &self,
        cx: &RequestContext,
        outcome: Outcome,
        status: &StatusCode,
        usage: Option<Usage>,
        response: Option<ResponseReport>,
    ) {
        let latency_ms = cx.received.elapsed().as_millis() as u64;
        tracing::info!(
            request_id = %cx.id,
            outcome = outcome.as_str(),
            status = status.as_u16(),
            prompt_tokens = usage.map(|u| u.prompt_tokens),
            completion_tokens = usage.map(|u| u.completion_tokens),
            latency_ms,
            "completion"
        );
        let record = CompletionRecord {
            request_id: cx.id.clone(),
            outcome,
            status: status.as_u16(),
            prompt_tokens: usage.map(|u| u.prompt_tokens),
            completion_tokens: usage.map(|u| u.completion_tokens),
            latency_ms,
            response_digest: response.as_ref().map(|r| self.keys.digest(r.text.as_bytes())),
            response_inspected: response.as_ref().is_some_and(|r| r.inspected),
            response_masked: response.as_ref().map(|r| r.masked.clone()).unwrap_or_default(),
            response_rule_ids: response.as_ref().map(|r| r.rules.clone()).unwrap_or_default(),
            response_shadow_rule_ids: response.as_ref().map(|r| r.shadow_rules.clone()).unwrap_or_default(),
            stop_reason: response.as_ref().and_then(|r| r.stop_reason.clone()),
            response_findings: response.map(|r| r.findings).unwrap_or_default(),
        };
        // A completion that cannot be recorded is logged; the caller has
        // already been served or refused and the decision record exists.
        let _ = self.append(AuditEvent::Completion(record)).await;
    }
}

/// Records the completion of a streamed request exactly once: when the
/// stream ends, fails, or is dropped because the client went away.
pub struct Completion {
    pending: Option<(Arc<Recorder>, RequestContext)>,
}

impl Completion {
    fn new(recorder: &Arc<Recorder>, cx: RequestContext) -> Completion {
        Completion { pending: Some((Arc::clone(recorder), cx)) }
    }

    async fn finish(&mut self, outcome: Outcome, status: StatusCode, usage: Option<Usage>, report: ResponseReport) {
        if let Some((recorder, cx)) = self.pending.take() {
            recorder.completion(&cx, outcome, &status, usage, Some(report)).await;
        }
    }
}

impl Drop for Completion {
    fn drop(&mut self) {
        // The client went away mid-stream: record it without blocking the
        // dropping task. The audit log's writer commits it; shutdown drains.
        if let Some((recorder, cx)) = self.pending.take()
            && let Ok(handle) = tokio::runtime::Handle::try_current()
        {
            handle.spawn(async move {
                recorder
                    .completion(
                        &cx,
                        Outcome::ClientCancelled,
                        &StatusCode::from_u16(499).unwrap_or(StatusCode::OK),
                        None,
                        None,
                    )
                    .await;
            });
        }
    }
}

/// Why stage 6 ended a stream before the backend did.
#[derive(Debug)]
pub enum Halt {
    /// A response rule stopped the answer.
    Stopped(Stop),
    /// The inspection itself failed (see [`inspection`]); the rest of the
    /// answer is withheld.
    InspectionFailed,
}

/// A backend stream, the response inspection it goes through, and the
/// completion record it owes.
pub struct RecordedStream {
    pub inner: ChunkStream,
    request_id: String,
    completion: Completion,
    usage: Option<Usage>,
    guard: ResponseGuard,
    /// Identity of the stream's chunks, for a closing chunk of held-back text.
    template: Option<ChatChunk>,
}

impl RecordedStream {
    fn new(inner: ChunkStream, request_id: String, completion: Completion, guard: ResponseGuard) -> RecordedStream {
        RecordedStream { inner, request_id, completion, usage: None, guard, template: None }
    }

    /// Notes the usage seen in the stream.
    pub fn observe_usage(&mut self, usage: Usage) {
        self.usage = Some(usage);
    }

    /// Stage 6 for one chunk: re-identifies and inspects its text in place,
    /// holding back what is not settled yet. `Ok(false)`: the chunk carries
    /// nothing now and is not sent.
    pub fn inspect(&mut self, chunk: &mut ChatChunk) -> Result<bool, Halt> {
        if self.template.is_none() {
            self.template = Some(ChatChunk { choices: Vec::new(), usage: None, ..chunk.clone() });
        }
        if self.guard.is_passthrough() {
            return Ok(true);
        }
        let guard = &mut self.guard;
        inspection(&self.request_id, ApiError::ANSWER_NOT_INSPECTED, || guard.inspect_chunk(chunk))
            .map_err(|_| Halt::InspectionFailed)?
            .map_err(Halt::Stopped)?;
        Ok(!crate::response::is_empty_chunk(chunk))
    }

    /// The end of the backend stream: a last chunk with held-back text of
    /// choices that never finished, if any.
    pub fn finish(&mut self) -> Result<Option<ChatChunk>, Halt> {
        let template = self.template.clone();
        let guard = &mut self.guard;
        let finished = inspection(&self.request_id, ApiError::ANSWER_NOT_INSPECTED, || match &template {
            Some(template) => guard.finish_stream(template),
            None => guard.finish_stream(&empty_chunk()).map(|_| None),
        });
        finished.map_err(|_| Halt::InspectionFailed)?.map_err(Halt::Stopped)
    }

    /// The stream ended normally.
    pub async fn served(&mut self) {
        let usage = self.usage;
        let report = self.guard.report();
        self.completion.finish(Outcome::Served, StatusCode::OK, usage, report).await;
    }

    /// The stream failed after it started.
    pub async fn failed(&mut self, error: &ApiError) {
        let usage = self.usage;
        let report = self.guard.report();
        self.completion.finish(outcome_of(error), error.status(), usage, report).await;
    }

    /// A response rule stopped the stream, or its inspection failed:
    /// records why and returns the error event for the client.
    pub async fn stopped(&mut self, halt: &Halt) -> ApiError {
        let (error, outcome) = match halt {
            Halt::Stopped(stop) => (withheld(stop), Outcome::StoppedByPolicy),
            Halt::InspectionFailed => {
                (ApiError::InspectionFailed(ApiError::ANSWER_NOT_INSPECTED), Outcome::InternalError)
            }
        };
        let usage = self.usage;
        let report = self.guard.report();
        self.completion.finish(outcome, error.status(), usage, report).await;
        error
    }
}

fn empty_chunk() -> ChatChunk {
    ChatChunk {
        id: String::new(),
        object: "chat.completion.chunk".into(),
        created: 0,
        model: String::new(),
        choices: Vec::new(),
        usage: None,
        extra: serde_json::Map::new(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design
mod fault_tests;
