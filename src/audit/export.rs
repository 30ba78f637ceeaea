//! Exports for auditors, and their offline verification.
//!
//! Decides what an export must contain to be verified with nothing but the
//! public key: a `start` line with the sequence number and chain hash just
//! before the first record, then every record of a contiguous range, exactly
//! as stored, extended forward to the first checkpoint that covers the last
//! record in the requested window. Filters (principal, action, rule id) do not
//! remove records from that range — a chain cannot be checked across a hole —
//! they set each line's `matched` flag; completions match when the decision of
//! the same request does; checkpoint records are never `matched`. Two formats: JSON lines and CSV with the same fields.

use std::collections::HashSet;
use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::chain::parse_hash;
use super::checkpoint::Checkpoint;
use super::keys::NoteVerifier;
use super::record::{ParsedRecord, RecordColumns, format_time, parse_time};
use super::verify::{ChainVerifier, Problem, ProblemKind, Report, StoredRow};
use super::{AuditError, AuditStore};

/// Format tag written in the start line.
pub const EXPORT_FORMAT: &str = "cordon-audit-export/1";

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// Which records an export is about.
#[derive(Debug, Clone, Default)]
pub struct ExportQuery {
    /// Records at or after this time (microseconds since the epoch).
    pub since_us: Option<i64>,
    /// Records before this time.
    pub until_us: Option<i64>,
    /// Only decisions by this principal subject (and their completions).
    pub principal: Option<String>,
    /// Only decisions with this action.
    pub action: Option<String>,
    /// Only decisions determined by this rule id.
    pub rule_id: Option<String>,
}

impl ExportQuery {
    fn has_filters(&self) -> bool {
        self.principal.is_some() || self.action.is_some() || self.rule_id.is_some()
    }
}

/// What an export wrote.
#[derive(Debug, Clone, Default)]
pub struct ExportSummary {
    /// Records written (matched or not).
    pub records: u64,
    /// Records matching the filters.
    pub matched: u64,
    /// First and last sequence numbers written.
    pub range: Option<(u64, u64)>,
    /// Whether the last record in the window is covered by an included checkpoint.
    pub covered: bool,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
enum Line {
    Start { format: String, first_seq: u64, prev_hash: String },
    Record { seq: u64, hash: String, matched: bool, record: String },
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CsvRow {
    #[serde(rename = "type")]
    line_type: String,
    seq: u64,
    time: String,
    kind: String,
    request_id: String,
    principal: String,
    action: String,
    matched: String,
    hash: String,
    record: String,
}

/// Write an export of `query` from `store` to `out`.
pub async fn export<W: Write>(
    store: &AuditStore,
    query: &ExportQuery,
    format: ExportFormat,
    out: W,
) -> Result<ExportSummary, AuditError> {
    let head = store.head().await?;
    let bounds = store.seq_bounds(query.since_us.unwrap_or(i64::MIN), query.until_us.unwrap_or(i64::MAX)).await?;
    let mut summary = ExportSummary::default();
    let (first, window_end) = match bounds {
        Some((lo, hi)) => (lo, hi.min(head.seq)),
        None => (head.seq + 1, head.seq),
    };
    // The first checkpoint at or after the window's end covers it (a checkpoint
    // record at seq C signs the chain through C - 1).
    let (last, covered) = match store.next_checkpoint_after(window_end.saturating_sub(1)).await? {
        Some(checkpoint) if checkpoint <= head.seq && first <= window_end => (checkpoint, true),
        _ => (window_end, first > window_end),
    };
    summary.covered = covered;
    let prev_seq = first.saturating_sub(1);
    let prev_hash = store
        .hash_at(prev_seq)
        .await?
        .ok_or_else(|| AuditError::Inconsistent(format!("no record at seq {prev_seq}")))?;

    let mut writer = ExportWriter::new(format, out)?;
    writer.start(first, &prev_hash)?;
    let mut matched_requests: HashSet<String> = HashSet::new();
    let mut after = prev_seq;
    while after < last {
        let rows = store.rows_after(after, 10_000).await?;
        if rows.is_empty() {
            break;
        }
        for row in rows {
            let seq = row.seq.max(0) as u64;
            if seq > last {
                break;
            }
            let parsed = ParsedRecord::parse(&row.record)
                .map_err(|why| AuditError::Inconsistent(format!("seq {seq}: {why}")))?;
            let matched = seq <= window_end && record_matches(query, &parsed, &mut matched_requests);
            writer.record(&row, matched)?;
            summary.records += 1;
            summary.matched += u64::from(matched);
            summary.range = Some((summary.range.map_or(seq, |r| r.0), seq));
            after = seq;
        }
    }
    writer.finish()?;
    Ok(summary)
}

fn record_matches(query: &ExportQuery, parsed: &ParsedRecord, matched_requests: &mut HashSet<String>) -> bool {
    if parsed.kind == "checkpoint" {
        // Verification material, not a record anyone asks for.
        return false;
    }
    if !query.has_filters() {
        return true;
    }
    let text = |path: &[&str]| {
        let mut v = &parsed.data;
        for key in path {
            v = v.get(*key)?;
        }
        v.as_str()
    };
    match parsed.kind.as_str() {
        "decision" => {
            let ok = query.principal.as_deref().is_none_or(|p| text(&["principal", "subject"]) == Some(p))
                && query.action.as_deref().is_none_or(|a| text(&["action"]) == Some(a))
                && query.rule_id.as_deref().is_none_or(|r| parsed.rule_ids().contains(&r));
            if ok && let Some(id) = text(&["request_id"]) {
                matched_requests.insert(id.to_owned());
            }
            ok
        }
        "completion" => text(&["request_id"]).is_some_and(|id| matched_requests.contains(id)),
        _ => false,
    }
}

enum ExportWriter<W: Write> {
    Jsonl(W),
    Csv(Box<csv::Writer<W>>),
}

fn io_error(e: std::io::Error) -> AuditError {
    AuditError::Key { what: "cannot write export", path: "<export>".into(), source: Some(e) }
}

impl<W: Write> ExportWriter<W> {
    fn new(format: ExportFormat, out: W) -> Result<Self, AuditError> {
        Ok(match format {
            ExportFormat::Jsonl => ExportWriter::Jsonl(out),
            ExportFormat::Csv => ExportWriter::Csv(Box::new(csv::Writer::from_writer(out))),
        })
    }

    fn start(&mut self, first_seq: u64, prev_hash: &str) -> Result<(), AuditError> {
        match self {
            ExportWriter::Jsonl(out) => write_json_line(
                out,
                &Line::Start { format: EXPORT_FORMAT.into(), first_seq, prev_hash: prev_hash.into() },
            ),
            ExportWriter::Csv(out) => out
                .serialize(CsvRow {
                    line_type: "start".into(),
                    seq: first_seq,
                    time: String::new(),
                    kind: String::new(),
                    request_id: String::new(),
                    principal: String::new(),
                    action: String::new(),
                    matched: String::new(),
                    hash: prev_hash.into(),
                    record: EXPORT_FORMAT.into(),
                })
                .map_err(csv_error),
        }
    }

    fn record(&mut self, row: &StoredRow, matched: bool) -> Result<(), AuditError> {
        let seq = row.seq.max(0) as u64;
        match self {
            ExportWriter::Jsonl(out) => {
                write_json_line(out, &Line::Record { seq, hash: row.hash.clone(), matched, record: row.record.clone() })
            }
            ExportWriter::Csv(out) => {
                let columns = row.columns.clone().unwrap_or_default();
                let time = time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(columns.time_us) * 1000)
                    .map_err(|_| AuditError::Inconsistent(format!("seq {seq}: time out of range")))
                    .and_then(format_time)?;
                out.serialize(CsvRow {
                    line_type: "record".into(),
                    seq,
                    time,
                    kind: columns.kind,
                    request_id: columns.request_id.unwrap_or_default(),
                    principal: columns.principal.unwrap_or_default(),
                    action: columns.action.unwrap_or_default(),
                    matched: matched.to_string(),
                    hash: row.hash.clone(),
                    record: row.record.clone(),
                })
                .map_err(csv_error)
            }
        }
    }

    fn finish(self) -> Result<(), AuditError> {
        match self {
            ExportWriter::Jsonl(mut out) => out.flush().map_err(io_error),
            ExportWriter::Csv(mut out) => out.flush().map_err(io_error),
        }
    }
}

fn csv_error(e: csv::Error) -> AuditError {
    io_error(std::io::Error::other(e.to_string()))
}

fn write_json_line<W: Write>(out: &mut W, line: &Line) -> Result<(), AuditError> {
    serde_json::to_writer(&mut *out, line).map_err(|e| io_error(std::io::Error::other(e)))?;
    out.write_all(b"\n").map_err(io_error)
}

/// Verify an export (either format) with the public key and any checkpoints
/// the auditor holds. Every matched record must be covered by a checkpoint.
pub fn verify_export<R: BufRead>(input: R, verifier: NoteVerifier, trusted: &[Checkpoint]) -> Report {
    let mut input = input;
    let broken = |detail: String| Report {
        problems: vec![Problem { seq: 0, until: None, kind: ProblemKind::Modified, detail }],
        ..Report::default()
    };
    let mut text = String::new();
    if let Err(e) = input.read_to_string(&mut text) {
        return broken(format!("cannot read export: {e}"));
    }
    let parsed = if text.starts_with('{') { parse_jsonl(&text) } else { parse_csv(&text) };
    let (first_seq, prev_hash, rows) = match parsed {
        Ok(parts) => parts,
        Err(detail) => return broken(detail),
    };
    let Some(prev) = parse_hash(&prev_hash) else {
        return broken("start line: prev_hash is not 64 lower-case hex digits".into());
    };
    let Some(start_seq) = first_seq.checked_sub(1) else {
        return broken("start line: first_seq must be at least 1".into());
    };
    let mut chain = ChainVerifier::new(start_seq, prev, Some(verifier), trusted);
    let mut last_matched = None;
    let mut first_unanchored_candidates = Vec::new();
    for (row, matched) in &rows {
        chain.push(row);
        if *matched {
            last_matched = Some(row.seq.max(0) as u64);
            first_unanchored_candidates.push(row.seq.max(0) as u64);
        }
    }
    let mut report = chain.finish(None);
    if report.is_intact()
        && let Some(last) = last_matched
        && last > report.anchored_seq
    {
        let first = first_unanchored_candidates.into_iter().find(|s| *s > report.anchored_seq).unwrap_or(last);
        report.problems.push(Problem {
                    seq: first,
                    until: Some(last),
                    kind: ProblemKind::Unanchored,
                    detail: "exported records are not covered by a signed checkpoint in the export (run `cordon audit checkpoint` and export again)".into(),
                });
    }
    report
}

type ParsedExport = (u64, String, Vec<(StoredRow, bool)>);

fn parse_jsonl(text: &str) -> Result<ParsedExport, String> {
    let mut lines = text.split_inclusive('\n');
    let bad = |n: usize, why: &str| format!("export line {n}: {why}");
    let first = lines.next().ok_or_else(|| bad(1, "empty export"))?;
    let first = first.strip_suffix('\n').ok_or_else(|| bad(1, "missing newline"))?;
    let (first_seq, prev_hash) = match serde_json::from_str::<Line>(first) {
        Ok(Line::Start { format, first_seq, prev_hash }) if format == EXPORT_FORMAT => (first_seq, prev_hash),
        _ => return Err(bad(1, "not a cordon export start line")),
    };
    let mut rows = Vec::new();
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        let line = line.strip_suffix('\n').ok_or_else(|| bad(n, "missing newline"))?;
        match serde_json::from_str::<Line>(line) {
            Ok(Line::Record { seq, hash, matched, record }) => rows.push((
                StoredRow {
                    seq: i64::try_from(seq).map_err(|_| bad(n, "seq out of range"))?,
                    columns: None,
                    record,
                    hash,
                },
                matched,
            )),
            _ => return Err(bad(n, "not a record line")),
        }
    }
    Ok((first_seq, prev_hash, rows))
}

fn parse_csv(text: &str) -> Result<ParsedExport, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut start = None;
    for (i, result) in reader.deserialize::<CsvRow>().enumerate() {
        let n = i + 2;
        let bad = |why: &str| format!("export row {n}: {why}");
        let row = result.map_err(|_| bad("malformed CSV row"))?;
        if i == 0 {
            if row.line_type != "start" || row.record != EXPORT_FORMAT {
                return Err(bad("not a cordon export start row"));
            }
            start = Some((row.seq, row.hash));
            continue;
        }
        if row.line_type != "record" {
            return Err(bad("not a record row"));
        }
        let matched = match row.matched.as_str() {
            "true" => true,
            "false" => false,
            _ => return Err(bad("matched must be true or false")),
        };
        let time = parse_time(&row.time).map_err(|_| bad("time is not RFC 3339"))?;
        let none_if_empty = |s: String| (!s.is_empty()).then_some(s);
        rows.push((
            StoredRow {
                seq: i64::try_from(row.seq).map_err(|_| bad("seq out of range"))?,
                columns: Some(RecordColumns {
                    time_us: super::record::unix_micros(time),
                    kind: row.kind,
                    request_id: none_if_empty(row.request_id),
                    principal: none_if_empty(row.principal),
                    action: none_if_empty(row.action),
                }),
                record: row.record,
                hash: row.hash,
            },
            matched,
        ));
    }
    let (first_seq, prev_hash) = start.ok_or("empty export")?;
    Ok((first_seq, prev_hash, rows))
}
