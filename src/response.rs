//! Stage 6, inspect response: what the caller receives, whole or streamed.
//!
//! Every text-bearing field of an answer (message content and its text parts,
//! refusals, reasoning text, tool-call and function-call arguments) goes
//! through two steps, in this order:
//!
//! 1. **re-identification**: placeholders the request side put in place of
//!    the caller's values (`[PERSON_1]`, `[MRN_1]`) are mapped back, including
//!    when the model reformats them (`[Person 1]`, `[person_1]`, `[PERSON1]`,
//!    or a bare `PERSON_1`). In tool-call arguments (JSON text) the restored
//!    value is JSON-escaped.
//! 2. **inspection**: the detector scans the restored text and the policy's
//!    response rules (`direction: response` or `both`) decide, on every
//!    finding so far, to let it pass, to mask classes (`redact`,
//!    `pseudonymize`), or to stop the answer (`deny`).
//!
//! ## Streams
//!
//! A streamed answer arrives as fragments cut at arbitrary places: a value or
//! a placeholder may be split across SSE chunks or tokens. Each field is
//! therefore processed as one growing text:
//!
//! * the re-identifier holds back only a possible placeholder at the end of
//!   what has arrived (at most [`MAX_PLACEHOLDER_BYTES`]);
//! * the inspector decides the text in steps at fixed byte offsets of the
//!   field's text (every [`STEP_BYTES`]). The step at offset `p` runs once
//!   the text reaches `p + window`; it scans the text from
//!   `previous step - LEFT_CONTEXT_BYTES` to `p + window`, and settles every
//!   finding that starts before `p`. So a value that fits in the window is
//!   seen whole, with its left context, whatever the chunking.
//!
//! A value that runs to the edge of a step's window (a PEM private key, a
//! long JWT) makes that step look twice as far, and again, up to
//! [`MAX_REACH_BYTES`], so that it too is seen whole before anything of it is
//! sent.
//!
//! Where the steps fall and what each scans depends only on the text, never
//! on how it was cut into chunks, and a whole answer is processed by the very
//! same steps (one fragment, then the end). So for any chunking the streamed
//! output concatenates to exactly the non-streamed output; the property test
//! in `tests/response_props.rs` checks it. The first bytes reach the client
//! as soon as `STEP_BYTES + window` bytes have arrived, not at the end.
//!
//! The placeholder mapping lives in this module's [`ResponseGuard`], in
//! memory, for the lifetime of the request; it is never logged or stored.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

use serde_json::Value;

use crate::api::openai::{ChatChunk, ChatCompletion, ChunkChoice, Content, Delta};
use crate::audit::ClassSummary;
use crate::auth::Principal;
use crate::detect::{Finding, PseudonymMap, class_label};
use crate::policy::{Action, Direction, EvalInput, Policy};

/// Default bytes of look-ahead: the longest value (plus its right context)
/// that is guaranteed to be seen whole. Covers every built-in recogniser
/// except PEM private keys and long JWTs, whose opening is still found.
pub const DEFAULT_WINDOW_BYTES: usize = 128;
/// Distance between inspection steps.
pub const STEP_BYTES: usize = 16;
/// Text kept before a step's first undecided byte, for context words
/// ("MRN", "SSN", "Dr.") that precede a value; the recognisers look back at
/// most 64 bytes from the value to the end of a keyword of at most 48.
pub const LEFT_CONTEXT_BYTES: usize = 128;
/// The furthest a step looks ahead for a value that runs past its window
/// (a PEM private key, a long JWT or URL): the look-ahead doubles until the
/// value ends inside it or this is reached.
pub const MAX_REACH_BYTES: usize = 64 * 1024;
/// The longest placeholder form the re-identifier waits for.
pub const MAX_PLACEHOLDER_BYTES: usize = 64;

/// How responses are inspected (the `response:` section of the config).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseSettings {
    /// Scan responses and apply response rules. When off, responses are only
    /// re-identified and completion records say `response_inspected: false`.
    pub inspect: bool,
    /// Look-ahead in bytes (see [`DEFAULT_WINDOW_BYTES`]).
    pub window_bytes: usize,
}

impl Default for ResponseSettings {
    fn default() -> Self {
        ResponseSettings { inspect: true, window_bytes: DEFAULT_WINDOW_BYTES }
    }
}

/// A response rule stopped the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    /// The message for the caller (the rule's, or a default).
    pub message: String,
    /// Ids of the rules that stopped it.
    pub rules: Vec<String>,
    /// The engine's explanation, for the audit record.
    pub explanation: String,
}

/// What the completion record says about the answer.
#[derive(Debug, Clone, Default)]
pub struct ResponseReport {
    /// Whether the detector saw every byte of the answer the caller received.
    pub inspected: bool,
    /// Findings by class (after re-identification).
    pub findings: BTreeMap<String, ClassSummary>,
    /// Values masked by response rules, by class.
    pub masked: BTreeMap<String, u32>,
    /// Response rules that masked or stopped something.
    pub rules: Vec<String>,
    /// Shadow response rules that would have applied (`mode: shadow`).
    pub shadow_rules: Vec<String>,
    /// Why the answer was stopped, when it was.
    pub stop_reason: Option<String>,
    /// The text the caller received, for the keyed digest.
    pub text: String,
}

/// Which text of one choice a field stream carries.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Field {
    Content,
    /// The `j`-th part of an array content (whole responses only).
    Part(usize),
    Refusal,
    Reasoning,
    /// `tool_calls[*].function.arguments` of the call with this `index`.
    ToolArguments(u64),
    /// The legacy `function_call.arguments`.
    FunctionArguments,
}

impl Field {
    /// Arguments are JSON text: restored values must be escaped.
    fn is_json(self) -> bool {
        matches!(self, Field::ToolArguments(_) | Field::FunctionArguments)
    }
}

/// Delta and message keys that hold free text besides `content`.
const REASONING_KEYS: [&str; 2] = ["reasoning_content", "reasoning"];

/// Per-request response inspection: re-identification, detection, response
/// rules. Create one per request with [`ResponseGuard::new`]; feed it chunks
/// ([`ResponseGuard::inspect_chunk`], then [`ResponseGuard::finish_stream`])
/// or a whole answer ([`ResponseGuard::inspect_completion`]).
pub struct ResponseGuard {
    pseudonyms: PseudonymMap,
    settings: ResponseSettings,
    judge: Judge,
    fields: BTreeMap<(u32, Field), FieldStream>,
    stopped: Option<Stop>,
    finished: bool,
    text: String,
}

impl std::fmt::Debug for ResponseGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseGuard")
            .field("pseudonyms", &self.pseudonyms)
            .field("fields", &self.fields.len())
            .field("stopped", &self.stopped.is_some())
            .finish_non_exhaustive()
    }
}

impl ResponseGuard {
    /// A guard for one request. `pseudonyms` is the request side's mapping;
    /// it is moved here and dropped with the guard.
    pub fn new(
        policy: Arc<Policy>,
        principal: Principal,
        model: String,
        pseudonyms: PseudonymMap,
        settings: ResponseSettings,
    ) -> ResponseGuard {
        let observe_only = !policy.restricts_responses();
        let mut judge = Judge {
            observe_only,
            shadow_only: observe_only && policy.judges_responses(),
            policy,
            principal,
            model,
            seen: Vec::new(),
            known: Vec::new(),
            masked: BTreeMap::new(),
            rules: BTreeSet::new(),
            shadow_rules: BTreeSet::new(),
            placeholders: PseudonymMap::new(),
        };
        // A response rule that needs no finding (e.g. "this role gets no
        // answers from this model") stops the answer before its first byte.
        let stopped = if settings.inspect { judge.judge(&[]).err() } else { None };
        ResponseGuard {
            pseudonyms,
            settings,
            judge,
            fields: BTreeMap::new(),
            stopped,
            finished: false,
            text: String::new(),
        }
    }

    /// Values the request held, each with its finding there: the answer
    /// is searched for them as for the values it has itself shown, so an
    /// answer that writes the patient's surname with no context at all
    /// ("Okafor's potassium is 5.9") still has it found, with the class of
    /// the request's finding, for the response rules to judge.
    pub fn know_request_values(&mut self, values: Vec<(String, Finding)>) {
        self.judge.known.extend(values);
    }

    /// True when the guard changes nothing and can be skipped: nothing to
    /// re-identify and inspection off.
    pub fn is_passthrough(&self) -> bool {
        self.pseudonyms.is_empty() && !self.settings.inspect
    }

    /// Rewrites one streamed chunk in place: the text of every field is
    /// replaced by the part of it that is settled (possibly empty). A choice
    /// that finishes in this chunk has all of its held-back text appended.
    pub fn inspect_chunk(&mut self, chunk: &mut ChatChunk) -> Result<(), Stop> {
        if let Some(stop) = &self.stopped {
            return Err(stop.clone());
        }
        for choice in &mut chunk.choices {
            let ci = choice.index;
            hide_logprobs(&mut choice.extra);
            if let Some(content) = choice.delta.content.as_mut() {
                *content = self.push((ci, Field::Content), content)?;
            }
            visit_extras(&mut choice.delta.extra, &mut |field, text| {
                *text = self.push((ci, field), text)?;
                Ok(())
            })?;
            if choice.finish_reason.is_some() {
                let flushed = self.finish_choice(ci)?;
                merge_into_delta(&mut choice.delta, flushed);
            }
        }
        Ok(())
    }

    /// Ends a stream: returns a chunk with whatever text is still held back
    /// for choices that never sent a `finish_reason`, or `None`.
    pub fn finish_stream(&mut self, template: &ChatChunk) -> Result<Option<ChatChunk>, Stop> {
        if let Some(stop) = &self.stopped {
            return Err(stop.clone());
        }
        let choices: BTreeSet<u32> = self.fields.keys().map(|(ci, _)| *ci).collect();
        let mut out = Vec::new();
        for ci in choices {
            let flushed = self.finish_choice(ci)?;
            if flushed.iter().all(|(_, text)| text.is_empty()) {
                continue;
            }
            let mut delta = Delta::default();
            merge_into_delta(&mut delta, flushed);
            out.push(ChunkChoice { index: ci, delta, finish_reason: None, extra: serde_json::Map::new() });
        }
        self.finished = true;
        if out.is_empty() {
            return Ok(None);
        }
        Ok(Some(ChatChunk {
            id: template.id.clone(),
            object: template.object.clone(),
            created: template.created,
            model: template.model.clone(),
            choices: out,
            usage: None,
            extra: serde_json::Map::new(),
        }))
    }

    /// Rewrites a whole answer in place, by the same steps as a stream.
    pub fn inspect_completion(&mut self, completion: &mut ChatCompletion) -> Result<(), Stop> {
        if let Some(stop) = &self.stopped {
            return Err(stop.clone());
        }
        for choice in &mut completion.choices {
            let ci = choice.index;
            hide_logprobs(&mut choice.extra);
            let message = &mut choice.message;
            match &mut message.content {
                None => {}
                Some(Content::Text(text)) => *text = self.whole((ci, Field::Content), text)?,
                Some(Content::Parts(parts)) => {
                    for (j, part) in parts.iter_mut().enumerate() {
                        if let Some(text) = &mut part.text {
                            *text = self.whole((ci, Field::Part(j)), text)?;
                        }
                    }
                }
            }
            visit_extras(&mut message.extra, &mut |field, text| {
                *text = self.whole((ci, field), text)?;
                Ok(())
            })?;
        }
        self.finished = true;
        Ok(())
    }

    /// What the completion record says. `inspected` is true only when
    /// inspection is on and the answer was seen to its end (or stopped).
    pub fn report(&self) -> ResponseReport {
        let judge = &self.judge;
        let mut findings: BTreeMap<String, ClassSummary> = BTreeMap::new();
        let mut counts: BTreeMap<&str, (u32, f32)> = BTreeMap::new();
        for f in &judge.seen {
            let entry = counts.entry(f.class.as_str()).or_insert((0, 0.0));
            entry.0 += 1;
            entry.1 = entry.1.max(f.score);
        }
        for (class, (count, score)) in counts {
            findings.insert(class.to_string(), ClassSummary::new(count, score));
        }
        ResponseReport {
            inspected: self.settings.inspect && (self.finished || self.stopped.is_some()),
            findings,
            masked: judge.masked.clone(),
            rules: judge.rules.iter().cloned().collect(),
            shadow_rules: judge.shadow_rules.iter().cloned().collect(),
            stop_reason: self.stopped.as_ref().map(|s| s.explanation.clone()),
            text: self.text.clone(),
        }
    }

    /// A whole field: one fragment, then the end.
    fn whole(&mut self, key: (u32, Field), text: &str) -> Result<String, Stop> {
        let mut out = self.push(key, text)?;
        out.push_str(&self.finish_field(key)?);
        Ok(out)
    }

    fn push(&mut self, key: (u32, Field), fragment: &str) -> Result<String, Stop> {
        self.run(key, fragment, false)
    }

    fn finish_field(&mut self, key: (u32, Field)) -> Result<String, Stop> {
        self.run(key, "", true)
    }

    fn finish_choice(&mut self, ci: u32) -> Result<Vec<(Field, String)>, Stop> {
        let keys: Vec<(u32, Field)> = self.fields.keys().filter(|(c, _)| *c == ci).copied().collect();
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let text = self.finish_field(key)?;
            out.push((key.1, text));
        }
        Ok(out)
    }

    fn run(&mut self, key: (u32, Field), fragment: &str, at_end: bool) -> Result<String, Stop> {
        if let Some(stop) = &self.stopped {
            return Err(stop.clone());
        }
        let inspect = self.settings.inspect;
        let window = self.settings.window_bytes;
        let state = self.fields.entry(key).or_insert_with(|| FieldStream::new(window, key.1.is_json()));
        if state.done {
            if fragment.is_empty() {
                return Ok(String::new());
            }
            // Text after the field ended (after its `finish_reason`) starts
            // a fresh pass.
            *state = FieldStream::new(window, key.1.is_json());
        }
        let mut restored = String::new();
        state.reidentifier.push(&self.pseudonyms, fragment, key.1.is_json(), at_end, &mut restored);
        let mut out = String::new();
        let result = if !inspect {
            out = restored;
            Ok(())
        } else if self.judge.observe_only {
            // Nothing can change the text: pass it on now, count findings.
            state.window.push(&restored);
            out = restored;
            state.window.drain(&mut self.judge, at_end, &mut String::new())
        } else {
            state.window.push(&restored);
            state.window.drain(&mut self.judge, at_end, &mut out)
        };
        if at_end {
            state.done = true;
        }
        match result {
            Ok(()) => {
                self.text.push_str(&out);
                Ok(out)
            }
            Err(stop) => {
                tracing::info!(rules = ?stop.rules, "response stopped by policy");
                self.stopped = Some(stop.clone());
                Err(stop)
            }
        }
    }
}

/// Calls `visit` with every free-text member of a message's or delta's
/// other members: `refusal`, reasoning text, and tool-call and legacy
/// function-call arguments.
fn visit_extras(
    extra: &mut serde_json::Map<String, Value>,
    visit: &mut dyn FnMut(Field, &mut String) -> Result<(), Stop>,
) -> Result<(), Stop> {
    if let Some(Value::String(text)) = extra.get_mut("refusal") {
        visit(Field::Refusal, text)?;
    }
    for key in REASONING_KEYS {
        if let Some(Value::String(text)) = extra.get_mut(key) {
            visit(Field::Reasoning, text)?;
        }
    }
    if let Some(Value::Array(calls)) = extra.get_mut("tool_calls") {
        for (pos, call) in calls.iter_mut().enumerate() {
            let index = call.get("index").and_then(Value::as_u64).unwrap_or(pos as u64);
            if let Some(Value::String(args)) = call.pointer_mut("/function/arguments") {
                visit(Field::ToolArguments(index), args)?;
            }
        }
    }
    if let Some(Value::String(args)) = extra.get_mut("function_call").and_then(|f| f.get_mut("arguments")) {
        visit(Field::FunctionArguments, args)?;
    }
    Ok(())
}

/// Log probabilities carry the model's raw tokens, which may hold values
/// the guard restores or masks; they are not passed on.
fn hide_logprobs(extra: &mut serde_json::Map<String, Value>) {
    if let Some(value) = extra.get_mut("logprobs")
        && !value.is_null()
    {
        *value = Value::Null;
    }
}

/// Appends flushed field text to a delta, creating the fields it needs.
fn merge_into_delta(delta: &mut Delta, flushed: Vec<(Field, String)>) {
    for (field, text) in flushed {
        if text.is_empty() {
            continue;
        }
        match field {
            Field::Content | Field::Part(_) => delta.content.get_or_insert_with(String::new).push_str(&text),
            Field::Refusal => append_string(&mut delta.extra, "refusal", &text),
            Field::Reasoning => {
                let key = REASONING_KEYS.iter().find(|k| delta.extra.contains_key(**k)).unwrap_or(&REASONING_KEYS[0]);
                append_string(&mut delta.extra, key, &text);
            }
            Field::ToolArguments(index) => {
                let calls = delta.extra.entry("tool_calls").or_insert_with(|| Value::Array(Vec::new()));
                if !calls.is_array() {
                    *calls = Value::Array(Vec::new());
                }
                let Value::Array(calls) = calls else { continue };
                let existing = calls
                    .iter_mut()
                    .enumerate()
                    .find(|(pos, c)| c.get("index").and_then(Value::as_u64).unwrap_or(*pos as u64) == index);
                match existing {
                    Some((_, call)) => {
                        if !call.is_object() {
                            *call = serde_json::json!({ "index": index });
                        }
                        let function =
                            call.as_object_mut().map(|c| c.entry("function").or_insert_with(|| serde_json::json!({})));
                        if let Some(Value::Object(function)) = function {
                            append_string(function, "arguments", &text);
                        }
                    }
                    None => calls.push(serde_json::json!({ "index": index, "function": { "arguments": text } })),
                }
            }
            Field::FunctionArguments => {
                let call = delta.extra.entry("function_call").or_insert_with(|| serde_json::json!({}));
                if let Value::Object(call) = call {
                    append_string(call, "arguments", &text);
                }
            }
        }
    }
}

fn append_string(map: &mut serde_json::Map<String, Value>, key: &str, text: &str) {
    match map.get_mut(key) {
        Some(Value::String(s)) => s.push_str(text),
        _ => {
            map.insert(key.to_string(), Value::String(text.to_string()));
        }
    }
}

/// True when a rewritten chunk carries nothing for the client: only text
/// fields, all of them empty now (their text is held back).
pub fn is_empty_chunk(chunk: &ChatChunk) -> bool {
    !chunk.choices.is_empty()
        && matches!(chunk.usage, None | Some(None))
        && chunk.choices.iter().all(|c| {
            c.finish_reason.is_none()
                && c.extra.values().all(Value::is_null)
                && c.delta.role.is_none()
                && c.delta.content.as_deref().is_none_or(str::is_empty)
                && c.delta.extra.iter().all(|(k, v)| match v {
                    Value::Null => true,
                    Value::String(s) => s.is_empty() && (k == "refusal" || REASONING_KEYS.contains(&k.as_str())),
                    _ => false,
                })
        })
}

/// One field's text on its way to the caller.
struct FieldStream {
    reidentifier: Reidentifier,
    window: Window,
    done: bool,
}

impl FieldStream {
    fn new(window_bytes: usize, json: bool) -> FieldStream {
        FieldStream { reidentifier: Reidentifier::default(), window: Window::new(window_bytes, json), done: false }
    }
}

/// Decides findings: evaluates the response rules on every finding so far
/// and says what replaces each new one.
struct Judge {
    /// No enforced response rule can apply: findings are only counted.
    observe_only: bool,
    /// ... but shadow response rules exist: evaluate them for the record.
    shadow_only: bool,
    policy: Arc<Policy>,
    principal: Principal,
    model: String,
    seen: Vec<Finding>,
    /// Each value found so far (not repeats of one), with its first
    /// finding, the request's values first.
    known: Vec<(String, Finding)>,
    masked: BTreeMap<String, u32>,
    rules: BTreeSet<String>,
    shadow_rules: BTreeSet<String>,
    /// Numbered placeholders for response-side `pseudonymize` (never mapped back).
    placeholders: PseudonymMap,
}

impl Judge {
    fn detector(&self) -> &crate::detect::Detector {
        self.policy.detector()
    }

    /// The decision on `seen` plus `new`: the replacement for each new
    /// finding (`None` keeps it), or the stop.
    fn judge(&mut self, new: &[(Finding, &str)]) -> Result<Vec<Option<String>>, Stop> {
        self.seen.extend(new.iter().map(|(f, _)| f.clone()));
        for (f, value) in new {
            if f.recognizer != crate::detect::REPEAT_RECOGNIZER {
                self.known.push((value.to_string(), f.clone()));
            }
        }
        if self.observe_only {
            if self.shadow_only && !new.is_empty() {
                let decision = self.policy.evaluate(&EvalInput {
                    principal: &self.principal,
                    model: &self.model,
                    direction: Direction::Response,
                    findings: &self.seen,
                });
                self.shadow_rules.extend(decision.shadow_rules);
            }
            return Ok(vec![None; new.len()]);
        }
        let decision = self.policy.evaluate(&EvalInput {
            principal: &self.principal,
            model: &self.model,
            direction: Direction::Response,
            findings: &self.seen,
        });
        self.shadow_rules.extend(decision.shadow_rules.iter().cloned());
        if decision.action == Action::Deny {
            self.rules.extend(decision.rules.iter().cloned());
            return Err(Stop {
                message: decision.message.unwrap_or_else(|| "the policy does not allow this response".into()),
                rules: decision.rules,
                explanation: decision.explanation,
            });
        }
        let mut out = Vec::with_capacity(new.len());
        for (finding, value) in new {
            let replacement = if decision.redact.iter().any(|c| *c == finding.class) {
                Some(format!("[{}]", class_label(&finding.class)))
            } else if decision.pseudonymize.iter().any(|c| *c == finding.class) {
                Some(self.placeholders.placeholder(&finding.class, value))
            } else {
                None
            };
            if replacement.is_some() {
                *self.masked.entry(finding.class.to_string()).or_insert(0) += 1;
                self.rules.extend(decision.rules.iter().cloned());
            }
            out.push(replacement);
        }
        Ok(out)
    }
}

/// The inspection window of one field (see the module docs): text from the
/// left context of the last step to what has arrived, and how far it has
/// been settled. All positions are byte offsets in the field's whole text.
struct Window {
    buf: String,
    /// Offset of `buf[0]`.
    base: usize,
    /// Everything before this offset has been written out.
    settled: usize,
    /// The next step's offset.
    next: usize,
    /// The previous step's offset (its left context anchor).
    prev: usize,
    hold: usize,
    /// The current step's look-ahead is `hold << reach_shift`.
    reach_shift: u32,
    ended: bool,
    /// The field is JSON text (a tool call's arguments): it is read with
    /// its escapes decoded ([`crate::inspect::JsonRead`]).
    json: bool,
}

impl Window {
    fn new(hold: usize, json: bool) -> Window {
        Window {
            json,
            buf: String::new(),
            base: 0,
            settled: 0,
            next: STEP_BYTES,
            prev: 0,
            hold,
            reach_shift: 0,
            ended: false,
        }
    }

    fn len(&self) -> usize {
        self.base + self.buf.len()
    }

    fn push(&mut self, text: &str) {
        self.buf.push_str(text);
    }

    /// The first character boundary at or after `at` (clamped to the text).
    fn ceil(&self, at: usize) -> usize {
        let mut i = at.saturating_sub(self.base).min(self.buf.len());
        while !self.buf.is_char_boundary(i) {
            i += 1;
        }
        self.base + i
    }

    /// The last character boundary at or before `at` (not before `base`).
    fn floor(&self, at: usize) -> usize {
        let mut i = at.saturating_sub(self.base).min(self.buf.len());
        while !self.buf.is_char_boundary(i) {
            i -= 1;
        }
        self.base + i
    }

    /// Runs every step the text now allows (all remaining ones at the end),
    /// appending settled text to `out`.
    fn drain(&mut self, judge: &mut Judge, at_end: bool, out: &mut String) -> Result<(), Stop> {
        if self.ended {
            return Ok(());
        }
        loop {
            let len = self.len();
            let p = self.next;
            let reach =
                self.hold.checked_shl(self.reach_shift).unwrap_or(usize::MAX).min(MAX_REACH_BYTES.max(self.hold));
            let last = if p + reach <= len {
                let (cut, right) = (self.ceil(p), self.ceil(p + reach));
                if !self.step(cut, right, reach < MAX_REACH_BYTES, judge, out)? {
                    // A value runs to the edge of the window: look further.
                    self.reach_shift += 1;
                    continue;
                }
                false
            } else if !at_end {
                return Ok(());
            } else if p < len {
                let cut = self.ceil(p);
                self.step(cut, len, false, judge, out)?;
                false
            } else {
                self.step(len, len, false, judge, out)?;
                true
            };
            self.reach_shift = 0;
            if last {
                self.ended = true;
                return Ok(());
            }
            self.prev = p;
            self.next = p + STEP_BYTES;
            // Keep the next step's left context; drop the rest.
            let keep = self.floor(self.prev.saturating_sub(LEFT_CONTEXT_BYTES));
            if keep > self.base {
                self.buf.drain(..keep - self.base);
                self.base = keep;
            }
        }
    }

    /// Settles `[settled, cut)` (extended to the end of a value that starts
    /// before `cut`), scanning `[prev - LEFT_CONTEXT, right)`. Returns false,
    /// settling nothing, when `may_extend` and a value to settle reaches the
    /// window's right edge (it may go on beyond it).
    fn step(
        &mut self,
        cut: usize,
        right: usize,
        may_extend: bool,
        judge: &mut Judge,
        out: &mut String,
    ) -> Result<bool, Stop> {
        if self.settled >= cut {
            return Ok(true);
        }
        let left = self.floor(self.prev.saturating_sub(LEFT_CONTEXT_BYTES));
        let window = &self.buf[left - self.base..right - self.base];
        let view = if self.json { crate::inspect::JsonRead::of_piece(window) } else { None };
        let read = view.as_ref().map_or(window, crate::inspect::JsonRead::text);
        let mut found = judge.detector().scan(read);
        if !judge.known.is_empty() {
            // A value settled in an earlier step is a finding here too, with or without its context.
            let known: Vec<(&str, &Finding)> = judge.known.iter().map(|(v, f)| (v.as_str(), f)).collect();
            judge.detector().add_repeats_of(&known, read, &mut found);
        }
        // Each finding with its value as read, its span mapped back to
        // whole escapes of the window and then to the field.
        let picked: Vec<(Finding, &str)> = found
            .into_iter()
            .map(|f| {
                let value = &read[f.start..f.end];
                let (start, end) = view.as_ref().map_or((f.start, f.end), |v| v.raw_span(f.start, f.end));
                (Finding { start: start + left, end: end + left, ..f }, value)
            })
            .filter(|(f, _)| f.start >= self.settled && f.start < cut)
            .collect();
        if may_extend && picked.iter().any(|(f, _)| f.end >= right) {
            return Ok(false);
        }
        let end = picked.iter().map(|(f, _)| f.end).fold(cut, usize::max);
        let base = self.base;
        let mut at = self.settled;
        if !picked.is_empty() {
            let replacements = judge.judge(&picked)?;
            for ((finding, _), replacement) in picked.iter().zip(replacements) {
                if let Some(replacement) = replacement {
                    out.push_str(&self.buf[at - base..finding.start - base]);
                    out.push_str(&replacement);
                    at = finding.end;
                }
            }
        }
        out.push_str(&self.buf[at - base..end - base]);
        self.settled = end;
        Ok(true)
    }
}

/// Streaming re-identification of placeholders (see the module docs).
#[derive(Default)]
struct Reidentifier {
    pending: String,
    /// Whether the last byte passed on was part of a word (for bare forms).
    after_word: bool,
}

impl Reidentifier {
    fn push(&mut self, map: &PseudonymMap, fragment: &str, json: bool, at_end: bool, out: &mut String) {
        if map.is_empty() {
            out.push_str(fragment);
            return;
        }
        self.pending.push_str(fragment);
        let consumed = restore(map, &self.pending, self.after_word, at_end, json, out);
        if consumed > 0 {
            self.after_word = self.pending[..consumed].chars().next_back().is_some_and(is_word_char);
            self.pending.drain(..consumed);
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Restores placeholders in `text`, writing to `out`; returns how many bytes
/// were consumed (the rest may be the start of a placeholder and waits for
/// more text, unless `at_end`).
fn restore(map: &PseudonymMap, text: &str, after_word: bool, at_end: bool, json: bool, out: &mut String) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut copied = 0;
    let mut prev_word = after_word;
    while i < bytes.len() {
        let b = bytes[i];
        let candidate = b == b'[' || (b.is_ascii_uppercase() && !prev_word);
        if !candidate {
            // Advance one character.
            let c = text[i..].chars().next().unwrap_or(' ');
            prev_word = is_word_char(c);
            i += c.len_utf8();
            continue;
        }
        match match_placeholder(map, &text[i..], at_end) {
            Match::Found(len, value) => {
                out.push_str(&text[copied..i]);
                if json {
                    push_json_escaped(out, value);
                } else {
                    out.push_str(value);
                }
                i += len;
                copied = i;
                prev_word = text[..i].chars().next_back().is_some_and(is_word_char);
            }
            Match::NeedMore => {
                out.push_str(&text[copied..i]);
                return i;
            }
            Match::No(skip) => {
                prev_word = text[i..i + skip].chars().next_back().is_some_and(is_word_char);
                i += skip;
            }
        }
    }
    out.push_str(&text[copied..]);
    text.len()
}

enum Match<'m> {
    /// A placeholder of this many bytes, standing for this value.
    Found(usize, &'m str),
    /// The text ends inside what may still become a placeholder.
    NeedMore,
    /// Not a placeholder; skip this many bytes.
    No(usize),
}

/// Matches a placeholder at the start of `s` (which starts with `[` or an
/// upper-case letter not preceded by a word character).
fn match_placeholder<'m>(map: &'m PseudonymMap, s: &str, at_end: bool) -> Match<'m> {
    let bytes = s.as_bytes();
    if bytes[0] == b'[' {
        // `[` label separator number `]`, any case, spaces tolerated.
        let mut j = 1;
        while j < bytes.len()
            && j <= MAX_PLACEHOLDER_BYTES
            && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'_' | b' ' | b'-'))
        {
            j += 1;
        }
        if j == bytes.len() && j <= MAX_PLACEHOLDER_BYTES {
            return if at_end { Match::No(1) } else { Match::NeedMore };
        }
        if j < bytes.len()
            && bytes[j] == b']'
            && let Some(key) = normalize(&s[1..j])
            && let Some(value) = map.original(&key)
        {
            return Match::Found(j + 1, value);
        }
        return Match::No(1);
    }
    // A bare `LABEL_N`, exactly as issued but without brackets.
    let mut j = 0;
    while j < bytes.len()
        && j <= MAX_PLACEHOLDER_BYTES
        && (bytes[j].is_ascii_uppercase() || bytes[j].is_ascii_digit() || bytes[j] == b'_')
    {
        j += 1;
    }
    if j == bytes.len() && j <= MAX_PLACEHOLDER_BYTES && !at_end {
        return Match::NeedMore;
    }
    let word_ends = j == bytes.len() || !s[j..].chars().next().is_some_and(is_word_char);
    if word_ends {
        let run = &s[..j];
        if let Some((label, n)) = run.rsplit_once('_')
            && !label.is_empty()
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
            && let Some(value) = map.original(&format!("[{run}]"))
        {
            return Match::Found(j, value);
        }
    }
    Match::No(j.max(1))
}

/// `Person 1`, `person_1`, `PERSON-1`, `PERSON1`, ` PERSON_1 ` → `[PERSON_1]`.
fn normalize(inner: &str) -> Option<String> {
    let inner = inner.trim();
    let digits = inner.len() - inner.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits == inner.len() {
        return None;
    }
    let (label, number) = inner.split_at(inner.len() - digits);
    let label = label.trim_end_matches([' ', '_', '-']);
    if label.is_empty() {
        return None;
    }
    let mut key = String::with_capacity(inner.len() + 3);
    key.push('[');
    let mut gap = false;
    for c in label.chars() {
        if matches!(c, ' ' | '_' | '-') {
            gap = true;
            continue;
        }
        if gap {
            key.push('_');
            gap = false;
        }
        key.push(c.to_ascii_uppercase());
    }
    let _ = write!(key, "_{number}]");
    Some(key)
}

fn push_json_escaped(out: &mut String, value: &str) {
    match serde_json::to_string(value) {
        Ok(quoted) => out.push_str(&quoted[1..quoted.len() - 1]),
        Err(_) => out.push_str(value),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    fn map() -> PseudonymMap {
        let mut m = PseudonymMap::new();
        m.placeholder("pii.person_name", "Ann Lee");
        m.placeholder("phi.mrn", "4412378");
        m.placeholder("custom.matter_number", "M-123456");
        m.placeholder("pii.person_name", "Bo \"B\" Chu");
        m
    }

    fn restore_all(text: &str, json: bool) -> String {
        let mut out = String::new();
        let n = restore(&map(), text, false, true, json, &mut out);
        assert_eq!(n, text.len());
        out
    }

    #[test]
    fn restores_reformatted_placeholders() {
        assert_eq!(restore_all("[PERSON_1] has [MRN_1].", false), "Ann Lee has 4412378.");
        assert_eq!(
            restore_all("[Person 1], [person_1], [PERSON1], [ PERSON-1 ]", false),
            "Ann Lee, Ann Lee, Ann Lee, Ann Lee"
        );
        assert_eq!(restore_all("PERSON_1 and MRN_1.", false), "Ann Lee and 4412378.");
        assert_eq!(restore_all("[matter number 1]", false), "M-123456");
        // Unknown, partial or embedded forms are left alone.
        assert_eq!(
            restore_all("[PERSON_9] xPERSON_1 PERSON_12 MRN_1x", false),
            "[PERSON_9] xPERSON_1 PERSON_12 MRN_1x"
        );
        // An unclosed bracket still leaves a bare placeholder to restore.
        assert_eq!(restore_all("[PERSON_1", false), "[Ann Lee");
        assert_eq!(restore_all("[[PERSON_2]]", true), "[Bo \\\"B\\\" Chu]");
    }

    #[test]
    fn holds_back_only_a_possible_placeholder() {
        let m = map();
        let mut out = String::new();
        assert_eq!(restore(&m, "see [PERS", false, false, false, &mut out), 4);
        assert_eq!(out, "see ");
        out.clear();
        assert_eq!(restore(&m, "see MRN", false, false, false, &mut out), 4);
        out.clear();
        let aside = "see [a long bracketed aside that is not a placeholder at all, clearly]";
        assert_eq!(restore(&m, aside, false, false, false, &mut out), aside.len());
    }

    #[test]
    fn normalizes_forms() {
        assert_eq!(normalize("Person 1").as_deref(), Some("[PERSON_1]"));
        assert_eq!(normalize("MATTER-NUMBER_12").as_deref(), Some("[MATTER_NUMBER_12]"));
        assert_eq!(normalize("12"), None);
        assert_eq!(normalize("PERSON"), None);
    }
}
