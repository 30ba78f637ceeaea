//! What an audit record says.
//!
//! Decides the event kinds and their fields, and the envelope every stored
//! record shares: `{"data":{..},"kind":"..","seq":N,"time":"..","v":1}`.
//! Records never carry raw request or response text: only keyed digests
//! (see [`super::AuditKeys::digest`]), finding classes with counts, and the
//! redacted text when an operator turns that on. Scores are integers in
//! thousandths so canonical JSON never has to format a float.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::AuditError;
use super::canonical::to_canonical_string;

/// Format version written into every record's `v` field.
pub const RECORD_VERSION: u64 = 1;

/// Who made a request, as the audit log remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrincipalRef {
    /// Subject: API key id or the token's `sub`.
    pub subject: String,
    /// Issuer: `cordon` for API keys, the OIDC issuer URL otherwise.
    pub issuer: String,
    /// Roles the principal held when the request was decided.
    pub roles: Vec<String>,
}

/// Summary of the findings of one data class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassSummary {
    /// Number of findings of the class.
    pub count: u32,
    /// Highest score among them, in thousandths (0..=1000).
    pub max_score_milli: u16,
}

impl ClassSummary {
    /// Build a summary from a count and a score in `0.0..=1.0` (clamped, rounded to thousandths).
    pub fn new(count: u32, max_score: f32) -> ClassSummary {
        let milli = (max_score.clamp(0.0, 1.0) * 1000.0).round();
        // The clamp above keeps the value in 0..=1000, which fits u16.
        ClassSummary { count, max_score_milli: milli as u16 }
    }
}

/// The decision taken for one request (written before anything is forwarded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecisionRecord {
    /// Request id, shared with the completion record of the same request.
    pub request_id: String,
    /// Who asked.
    pub principal: PrincipalRef,
    /// The model the client requested.
    pub model: String,
    /// The destination finally chosen (after routing rules).
    pub destination: String,
    /// That destination's network (`internal`, `external`).
    pub network: String,
    /// `allow`, `deny`, `redact`, `pseudonymize`, `route`.
    pub action: String,
    /// Ids of the rules that determined the action.
    pub rule_ids: Vec<String>,
    /// Ids of shadow rules that would have matched.
    pub shadow_rule_ids: Vec<String>,
    /// Revision (content hash) of the policy in force.
    pub policy_revision: String,
    /// Findings in the request: class → summary.
    pub findings: BTreeMap<String, ClassSummary>,
    /// Keyed digest of the request text as received.
    pub request_digest: String,
    /// Keyed digest of the text as forwarded (None when nothing was forwarded).
    pub forwarded_digest: Option<String>,
    /// Redacted request text; only when `AuditOptions::store_redacted_text` is on.
    pub redacted_text: Option<String>,
}

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The model answered and the answer went back to the client.
    Served,
    /// Policy denied the request.
    Denied,
    /// The backend failed.
    UpstreamError,
    /// The client went away before the end.
    ClientCancelled,
    /// cordon itself failed.
    InternalError,
    /// A response rule stopped the answer (withheld, or cut off mid-stream).
    StoppedByPolicy,
}

impl Outcome {
    /// The stable name, as stored in records.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Served => "served",
            Outcome::Denied => "denied",
            Outcome::UpstreamError => "upstream_error",
            Outcome::ClientCancelled => "client_cancelled",
            Outcome::InternalError => "internal_error",
            Outcome::StoppedByPolicy => "stopped_by_policy",
        }
    }
}

/// The end of one request (exactly one per decision record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionRecord {
    /// Request id of the matching decision record.
    pub request_id: String,
    /// How the request ended.
    pub outcome: Outcome,
    /// HTTP status returned to the client.
    pub status: u16,
    /// Prompt tokens, when the backend reported them.
    pub prompt_tokens: Option<u32>,
    /// Completion tokens, when the backend reported them.
    pub completion_tokens: Option<u32>,
    /// Wall time from request to end, in milliseconds.
    pub latency_ms: u64,
    /// Findings in the response: class → summary.
    pub response_findings: BTreeMap<String, ClassSummary>,
    /// Keyed digest of the response text returned.
    pub response_digest: Option<String>,
    /// Whether every byte of the response the caller received was
    /// inspected (false when inspection is off, nothing came back, or the
    /// stream ended early).
    pub response_inspected: bool,
    /// Values masked in the response by response rules: class → count.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub response_masked: BTreeMap<String, u32>,
    /// Response rules that masked or stopped something.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub response_rule_ids: Vec<String>,
    /// Shadow response rules (`mode: shadow`) that would have applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub response_shadow_rule_ids: Vec<String>,
    /// Why a response rule stopped the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_reason: Option<String>,
}

/// A failed authentication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthFailureRecord {
    /// Request id.
    pub request_id: String,
    /// `api_key`, `oidc` or `none`.
    pub method: String,
    /// Stable reason code (`missing_credentials`, `unknown_key`, `expired`, ...), never the credential.
    pub reason: String,
    /// Token issuer when one could be read.
    pub issuer: Option<String>,
    /// Client address.
    pub client_addr: Option<String>,
}

/// Something worth recording. Checkpoint records are produced by the log itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "data", rename_all = "snake_case")]
#[allow(clippy::large_enum_variant)] // moved once into `append`; boxing would add an allocation per request
pub enum AuditEvent {
    /// A request's decision; append it and wait for the receipt before forwarding anything.
    Decision(DecisionRecord),
    /// A request's end; append exactly one per decision.
    Completion(CompletionRecord),
    /// A failed authentication.
    AuthFailure(AuthFailureRecord),
    /// A policy was loaded and is now in force.
    PolicyLoaded {
        /// Policy name.
        name: String,
        /// Policy revision (content hash).
        revision: String,
    },
    /// A policy was rejected; the previous one stays in force.
    PolicyRejected {
        /// Revision (content hash) of the rejected file.
        revision: String,
        /// Number of errors found.
        errors: u32,
    },
    /// An API key was created.
    KeyCreated {
        /// Key id (never the key).
        key_id: String,
        /// Key name.
        name: String,
        /// Role granted.
        role: String,
    },
    /// An API key was revoked.
    KeyRevoked {
        /// Key id.
        key_id: String,
    },
    /// A server process started.
    ServerStarted {
        /// cordon version.
        version: String,
        /// Instance name (host name or replica id).
        instance: String,
    },
    /// A server process stopped.
    ServerStopped {
        /// Instance name.
        instance: String,
        /// Why (`signal`, `error`...).
        reason: String,
    },
}

impl AuditEvent {
    /// The `kind` string written for this event.
    pub fn kind(&self) -> &'static str {
        match self {
            AuditEvent::Decision(_) => "decision",
            AuditEvent::Completion(_) => "completion",
            AuditEvent::AuthFailure(_) => "auth_failure",
            AuditEvent::PolicyLoaded { .. } => "policy_loaded",
            AuditEvent::PolicyRejected { .. } => "policy_rejected",
            AuditEvent::KeyCreated { .. } => "key_created",
            AuditEvent::KeyRevoked { .. } => "key_revoked",
            AuditEvent::ServerStarted { .. } => "server_started",
            AuditEvent::ServerStopped { .. } => "server_stopped",
        }
    }

    /// The `{"kind":..,"data":..}` object for this event.
    pub(crate) fn to_kind_and_data(&self) -> Result<(String, Value), AuditError> {
        let value = serde_json::to_value(self).map_err(|_| AuditError::Canonical("event does not serialize"))?;
        split_kind_data(value)
    }

    /// Encode this event for the writer (done by the caller, outside the chain lock).
    pub(crate) fn prepare(&self) -> Result<PreparedEvent, AuditError> {
        let (kind, data) = self.to_kind_and_data()?;
        prepare(&kind, &data)
    }

    /// Drop the redacted text unless the operator asked to keep it.
    pub(crate) fn without_redacted_text(mut self) -> AuditEvent {
        if let AuditEvent::Decision(d) = &mut self {
            d.redacted_text = None;
        }
        self
    }
}

fn split_kind_data(value: Value) -> Result<(String, Value), AuditError> {
    let Value::Object(mut map) = value else {
        return Err(AuditError::Canonical("event is not an object"));
    };
    let kind = match map.remove("kind") {
        Some(Value::String(k)) => k,
        _ => return Err(AuditError::Canonical("event has no kind")),
    };
    let data = map.remove("data").unwrap_or(Value::Object(Map::new()));
    Ok((kind, data))
}

/// The columns kept beside each record for querying; verify checks them against the record.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecordColumns {
    /// Record time, microseconds since the Unix epoch (UTC).
    pub time_us: i64,
    /// Event kind.
    pub kind: String,
    /// `data.request_id`, if any.
    pub request_id: Option<String>,
    /// `data.principal.subject`, if any.
    pub principal: Option<String>,
    /// `data.action`, if any.
    pub action: Option<String>,
}

/// An event encoded ahead of sequencing: canonical `data` and the query
/// columns (time still unset). Callers prepare their own events so the
/// writer, which holds the chain lock, only has to splice in seq and time.
#[derive(Debug, Clone)]
pub(crate) struct PreparedEvent {
    pub kind: String,
    pub data_text: String,
    pub columns: RecordColumns,
}

/// Encode `data` canonically and extract its query columns.
pub(crate) fn prepare(kind: &str, data: &Value) -> Result<PreparedEvent, AuditError> {
    Ok(PreparedEvent {
        kind: kind.to_owned(),
        data_text: to_canonical_string(data)?,
        columns: columns_from_data(0, kind, data),
    })
}

/// Complete a prepared event into the record text with `seq` and `time`.
///
/// The envelope's members are already in canonical order (data, kind, seq, time, v),
/// so splicing canonical parts yields canonical text.
pub(crate) fn seal(
    seq: u64,
    time_text: &str,
    time_us: i64,
    event: &PreparedEvent,
) -> Result<(String, RecordColumns), AuditError> {
    if seq > super::canonical::MAX_SAFE_INTEGER {
        return Err(AuditError::Canonical("sequence number out of the exact double range"));
    }
    let kind = to_canonical_string(&Value::String(event.kind.clone()))?;
    let time = to_canonical_string(&Value::String(time_text.to_owned()))?;
    let text = format!(
        "{{\"data\":{},\"kind\":{kind},\"seq\":{seq},\"time\":{time},\"v\":{RECORD_VERSION}}}",
        event.data_text
    );
    let mut columns = event.columns.clone();
    columns.time_us = time_us;
    Ok((text, columns))
}

/// Build the canonical text of a record and its query columns.
pub(crate) fn encode_record(
    seq: u64,
    time: OffsetDateTime,
    kind: &str,
    data: Value,
) -> Result<(String, RecordColumns), AuditError> {
    let prepared = prepare(kind, &data)?;
    seal(seq, &format_time(time)?, unix_micros(time), &prepared)
}

fn columns_from_data(time_us: i64, kind: &str, data: &Value) -> RecordColumns {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    RecordColumns {
        time_us,
        kind: kind.to_owned(),
        request_id: text(data.get("request_id")),
        principal: text(data.get("principal").and_then(|p| p.get("subject"))),
        action: text(data.get("action")),
    }
}

/// A stored record, parsed back for verification, export and display.
#[derive(Debug, Clone)]
pub struct ParsedRecord {
    /// `seq` inside the record.
    pub seq: u64,
    /// `kind` inside the record.
    pub kind: String,
    /// `time` inside the record.
    pub time: String,
    /// `v` inside the record.
    pub version: u64,
    /// The `data` object.
    pub data: Value,
}

impl ParsedRecord {
    /// Parse a stored record's text. Fails when the envelope is malformed.
    pub fn parse(text: &str) -> Result<ParsedRecord, &'static str> {
        let value: Value = serde_json::from_str(text).map_err(|_| "record is not valid JSON")?;
        let Value::Object(mut map) = value else {
            return Err("record is not a JSON object");
        };
        let seq = map.get("seq").and_then(Value::as_u64).ok_or("record has no integer seq")?;
        let version = map.get("v").and_then(Value::as_u64).ok_or("record has no version")?;
        let kind = match map.remove("kind") {
            Some(Value::String(k)) => k,
            _ => return Err("record has no kind"),
        };
        let time = match map.remove("time") {
            Some(Value::String(t)) => t,
            _ => return Err("record has no time"),
        };
        let data = map.remove("data").ok_or("record has no data")?;
        Ok(ParsedRecord { seq, kind, time, version, data })
    }

    /// The query columns this record implies.
    pub fn columns(&self) -> Result<RecordColumns, &'static str> {
        let time_us = record_time_micros(&self.time).ok_or("record time is not RFC 3339")?;
        Ok(columns_from_data(time_us, &self.kind, &self.data))
    }

    /// Rule ids of a decision record (empty for other kinds).
    pub fn rule_ids(&self) -> Vec<&str> {
        self.data
            .get("rule_ids")
            .and_then(Value::as_array)
            .map(|ids| ids.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }
}

/// A borrowed, quickly parsed view of a stored record: what verification needs.
#[derive(Debug)]
pub struct RecordView<'a> {
    /// `seq` inside the record.
    pub seq: u64,
    /// `kind` inside the record.
    pub kind: Cow<'a, str>,
    /// The query columns the record implies.
    pub time_us: i64,
    /// `data.request_id`.
    pub request_id: Option<Cow<'a, str>>,
    /// `data.principal.subject`.
    pub principal: Option<Cow<'a, str>>,
    /// `data.action`.
    pub action: Option<Cow<'a, str>>,
    /// The `data` object, parsed only for checkpoint records.
    pub checkpoint_data: Option<Value>,
}

#[derive(Deserialize)]
struct EnvelopeRef<'a> {
    seq: u64,
    #[allow(dead_code)] // presence is required; the value is checked by the version match below
    v: u64,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    time: Cow<'a, str>,
    #[serde(borrow)]
    data: DataColumnsRef<'a>,
}

#[derive(Deserialize)]
struct DataColumnsRef<'a> {
    #[serde(borrow, default)]
    request_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    principal: Option<SubjectRef<'a>>,
    #[serde(borrow, default)]
    action: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct SubjectRef<'a> {
    #[serde(borrow, default)]
    subject: Option<Cow<'a, str>>,
}

impl<'a> RecordView<'a> {
    /// Parse a stored record; same results as [`ParsedRecord`], without building a tree.
    pub fn parse(text: &'a str) -> Result<RecordView<'a>, &'static str> {
        if let Some(view) = Self::parse_fast(text) {
            return Ok(view);
        }
        // Unusual shapes (a non-string request_id, say): the general path decides.
        let parsed = ParsedRecord::parse(text)?;
        let columns = parsed.columns()?;
        Ok(RecordView {
            seq: parsed.seq,
            kind: Cow::Owned(parsed.kind.clone()),
            time_us: columns.time_us,
            request_id: columns.request_id.map(Cow::Owned),
            principal: columns.principal.map(Cow::Owned),
            action: columns.action.map(Cow::Owned),
            checkpoint_data: (parsed.kind == "checkpoint").then_some(parsed.data),
        })
    }

    fn parse_fast(text: &'a str) -> Option<RecordView<'a>> {
        let envelope: EnvelopeRef<'a> = serde_json::from_str(text).ok()?;
        let data = envelope.data;
        let time_us = record_time_micros(&envelope.time)?;
        let checkpoint_data = if envelope.kind == "checkpoint" {
            // Rare: parse again for the whole data object.
            let mut full: Value = serde_json::from_str(text).ok()?;
            Some(full.get_mut("data")?.take())
        } else {
            None
        };
        Some(RecordView {
            seq: envelope.seq,
            kind: envelope.kind,
            time_us,
            request_id: data.request_id,
            principal: data.principal.and_then(|p| p.subject),
            action: data.action,
            checkpoint_data,
        })
    }

    /// The first stored column that disagrees with this record, if any.
    pub fn differing_column(&self, stored: &RecordColumns) -> Option<&'static str> {
        if stored.time_us != self.time_us {
            Some("time_us")
        } else if stored.kind != self.kind {
            Some("kind")
        } else if stored.request_id.as_deref() != self.request_id.as_deref() {
            Some("request_id")
        } else if stored.principal.as_deref() != self.principal.as_deref() {
            Some("principal")
        } else if stored.action.as_deref() != self.action.as_deref() {
            Some("action")
        } else {
            None
        }
    }
}

/// Record times: RFC 3339, UTC, always six fractional digits, e.g. `2026-11-21T15:57:57.123456Z`.
pub fn format_time(time: OffsetDateTime) -> Result<String, AuditError> {
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");
    time.to_offset(time::UtcOffset::UTC).format(&format).map_err(|_| AuditError::Canonical("time out of range"))
}

/// Microseconds since the epoch of a record time; fast for the format records
/// use (`YYYY-MM-DDTHH:MM:SS.ffffffZ`), any RFC 3339 time otherwise.
pub fn record_time_micros(text: &str) -> Option<i64> {
    fast_record_time(text).or_else(|| parse_time(text).ok().map(unix_micros))
}

fn fast_record_time(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    if b.len() != 27
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || b[19] != b'.'
        || b[26] != b'Z'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<i64> {
        b[from..to].iter().try_fold(0i64, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + i64::from(c - b'0')))
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second, micros) = (num(11, 13)?, num(14, 16)?, num(17, 19)?, num(20, 26)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days from civil (proleptic Gregorian), Howard Hinnant's algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 86_400 + hour * 3600 + minute * 60 + second) * 1_000_000) + micros)
}

/// Parse an RFC 3339 time (any offset).
pub fn parse_time(text: &str) -> Result<OffsetDateTime, time::error::Parse> {
    OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
}

/// Microseconds since the Unix epoch.
pub fn unix_micros(time: OffsetDateTime) -> i64 {
    // i64 microseconds cover ±292,000 years; record times are near now.
    (time.unix_timestamp_nanos() / 1000) as i64
}

/// The current time truncated to microseconds (what records store).
pub(crate) fn now_micros() -> OffsetDateTime {
    let now = OffsetDateTime::now_utc();
    let micros = now.nanosecond() / 1000 * 1000;
    now.replace_nanosecond(micros).unwrap_or(now)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly by design
    use super::*;

    #[test]
    fn envelope_is_canonical_and_parses_back() {
        let event = AuditEvent::KeyRevoked { key_id: "k1".into() };
        let (kind, data) = event.to_kind_and_data().unwrap();
        let t = parse_time("2026-01-02T03:04:05.000006Z").unwrap();
        let (text, cols) = encode_record(7, t, &kind, data).unwrap();
        assert_eq!(
            text,
            r#"{"data":{"key_id":"k1"},"kind":"key_revoked","seq":7,"time":"2026-01-02T03:04:05.000006Z","v":1}"#
        );
        assert!(crate::audit::canonical::is_canonical(&text));
        let parsed = ParsedRecord::parse(&text).unwrap();
        assert_eq!(parsed.seq, 7);
        assert_eq!(parsed.columns().unwrap(), cols);
        let view = RecordView::parse(&text).unwrap();
        assert_eq!(view.differing_column(&cols), None);
        let odd = r#"{"data":{"request_id":5},"kind":"x","seq":1,"time":"2026-01-02T03:04:05.000006Z","v":1}"#;
        let view = RecordView::parse(odd).unwrap();
        assert!(view.request_id.is_none());
    }

    #[test]
    fn fast_time_parsing_agrees_with_rfc3339() {
        for t in [
            "1970-01-01T00:00:00.000000Z",
            "2000-02-29T23:59:59.999999Z",
            "2026-11-21T15:57:57.123456Z",
            "1969-12-31T23:59:59.000001Z",
        ] {
            assert_eq!(fast_record_time(t), Some(unix_micros(parse_time(t).unwrap())), "{t}");
        }
        assert_eq!(record_time_micros("2026-01-01T01:00:00+01:00"), record_time_micros("2026-01-01T00:00:00.000000Z"));
    }

    #[test]
    fn class_summary_scores_are_thousandths() {
        assert_eq!(ClassSummary::new(2, 0.8765).max_score_milli, 877);
        assert_eq!(ClassSummary::new(1, 7.0).max_score_milli, 1000);
    }
}
