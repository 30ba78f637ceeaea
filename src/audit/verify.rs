//! Verification: recompute the chain and check every checkpoint.
//!
//! Decides what counts as broken and how it is reported. The verifier walks
//! rows in sequence order and stops at the first failure, naming the first
//! bad sequence number and one of: modified, missing, inserted, reordered,
//! rewritten (a signed checkpoint disagrees with a chain that is internally
//! consistent, i.e. history was rewritten with recomputed hashes; the report
//! names the span since the previous good checkpoint because nothing signed
//! locates the change more precisely), tail truncated, or unanchored.
//! The same verifier serves the database and offline exports.

use std::collections::BTreeMap;
use std::fmt;

use super::chain::{link, parse_hash};
use super::checkpoint::{self, Checkpoint, NoteError};
use super::keys::NoteVerifier;
use super::record::{RecordColumns, RecordView};

/// One stored row as the verifier sees it.
#[derive(Debug, Clone)]
pub struct StoredRow {
    /// Sequence number the row is stored under.
    pub seq: i64,
    /// Query columns stored beside the record, when the source has them.
    pub columns: Option<RecordColumns>,
    /// The record's canonical text.
    pub record: String,
    /// The stored chain hash (hex).
    pub hash: String,
}

/// What is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A record's content or columns no longer match what was hashed.
    Modified,
    /// A sequence number has no record.
    Missing,
    /// A record is present that the writer did not append there.
    Inserted,
    /// A record sits at the wrong sequence number.
    Reordered,
    /// A signed checkpoint disagrees with a self-consistent chain (history rewritten).
    Rewritten,
    /// Records a checkpoint vouched for are gone from the end.
    TailTruncated,
    /// Records that must be covered by a signed checkpoint are not.
    Unanchored,
    /// The append-only protection of the store is not in force.
    ProtectionDisabled,
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProblemKind::Modified => "modified",
            ProblemKind::Missing => "missing",
            ProblemKind::Inserted => "inserted",
            ProblemKind::Reordered => "reordered",
            ProblemKind::Rewritten => "rewritten",
            ProblemKind::TailTruncated => "tail truncated",
            ProblemKind::Unanchored => "unanchored",
            ProblemKind::ProtectionDisabled => "protection disabled",
        })
    }
}

/// One finding of the verifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// First bad sequence number (0 when the problem is not about a record).
    pub seq: u64,
    /// Last sequence number of the affected span, when it is a span.
    pub until: Option<u64>,
    /// Category.
    pub kind: ProblemKind,
    /// Explanation without record contents.
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.until {
            Some(until) if until != self.seq => {
                write!(f, "seq {}..={}: {}: {}", self.seq, until, self.kind, self.detail)
            }
            _ => write!(f, "seq {}: {}: {}", self.seq, self.kind, self.detail),
        }
    }
}

/// The chain head as the store records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadState {
    /// Sequence number of the last record.
    pub seq: u64,
    /// Its chain hash (hex).
    pub hash: String,
}

/// The outcome of a verification.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Rows checked.
    pub records: u64,
    /// Checkpoints whose signature and hash were checked.
    pub checkpoints_verified: u64,
    /// Last sequence number seen.
    pub last_seq: u64,
    /// Chain hash after it (hex).
    pub last_hash: String,
    /// Highest size covered by a verified signed checkpoint.
    pub anchored_seq: u64,
    /// Failures; the first is the one reported as the verdict.
    pub problems: Vec<Problem>,
    /// Things an auditor should know that do not break the chain.
    pub warnings: Vec<String>,
}

impl Report {
    /// Whether no problem was found.
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problem with the lowest sequence number.
    pub fn first_problem(&self) -> Option<&Problem> {
        self.problems.iter().min_by_key(|p| (p.seq == 0, p.seq))
    }
}

/// Incremental chain verifier.
pub struct ChainVerifier {
    expected: u64,
    prev: [u8; 32],
    verifier: Option<NoteVerifier>,
    trusted: BTreeMap<u64, [u8; 32]>,
    report: Report,
    failed: bool,
    last_is_signed_checkpoint: bool,
}

impl ChainVerifier {
    /// Start after `start_seq` whose chain hash is `prev` (0 and GENESIS for a whole log).
    ///
    /// `trusted` are checkpoints the auditor already holds (signature checked by the caller).
    pub fn new(
        start_seq: u64,
        prev: [u8; 32],
        verifier: Option<NoteVerifier>,
        trusted: &[Checkpoint],
    ) -> ChainVerifier {
        let mut report =
            Report { last_seq: start_seq, last_hash: hex::encode(prev), anchored_seq: start_seq, ..Report::default() };
        if verifier.is_none() {
            report.warnings.push(
                "no public key given: checkpoint signatures were not checked, so rewritten history cannot be detected"
                    .into(),
            );
        }
        ChainVerifier {
            expected: start_seq + 1,
            prev,
            verifier,
            trusted: trusted.iter().map(|c| (c.size, c.hash)).collect(),
            report,
            failed: false,
            last_is_signed_checkpoint: false,
        }
    }

    /// Whether a failure was already found (further rows are ignored).
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Check the next row.
    pub fn push(&mut self, row: &StoredRow) {
        if self.failed {
            return;
        }
        if let Err(problem) = self.check(row) {
            self.report.problems.push(problem);
            self.failed = true;
        }
    }

    fn fail(&self, seq: u64, kind: ProblemKind, detail: impl Into<String>) -> Problem {
        Problem { seq, until: None, kind, detail: detail.into() }
    }

    fn rewritten(&self, until: u64, detail: String) -> Problem {
        Problem { seq: self.report.anchored_seq + 1, until: Some(until), kind: ProblemKind::Rewritten, detail }
    }

    fn check(&mut self, row: &StoredRow) -> Result<(), Problem> {
        let e = self.expected;
        let stored_seq = u64::try_from(row.seq).unwrap_or(0);
        if stored_seq > e {
            return Err(Problem {
                seq: e,
                until: Some(stored_seq - 1),
                kind: ProblemKind::Missing,
                detail: format!(
                    "no record stored at seq {e}{}",
                    if stored_seq - 1 > e { format!("..={}", stored_seq - 1) } else { String::new() }
                ),
            });
        }
        if stored_seq < e {
            return Err(self.fail(
                stored_seq,
                ProblemKind::Inserted,
                format!("a second record is stored at seq {stored_seq}"),
            ));
        }
        let parsed = RecordView::parse(&row.record).map_err(|why| self.fail(e, ProblemKind::Modified, why))?;
        if parsed.seq != e {
            return Err(self.fail(
                e,
                ProblemKind::Reordered,
                format!(
                    "the record stored at seq {e} says it is seq {} (moved, or renumbered after a deletion or insertion)",
                    parsed.seq
                ),
            ));
        }
        let computed = link(&self.prev, row.record.as_bytes());
        let stored_hash = parse_hash(&row.hash)
            .ok_or_else(|| self.fail(e, ProblemKind::Modified, "stored hash is not 64 lower-case hex digits"))?;
        if computed != stored_hash {
            return Err(self.fail(e, ProblemKind::Modified, "record content does not match its stored hash"));
        }
        if let Some(columns) = &row.columns
            && let Some(name) = parsed.differing_column(columns)
        {
            return Err(self.fail(e, ProblemKind::Modified, format!("column {name} disagrees with the hashed record")));
        }
        if let Some(trusted) = self.trusted.get(&e) {
            if *trusted != computed {
                return Err(self.rewritten(e, format!("a checkpoint you hold signs a different hash at seq {e}")));
            }
            self.report.checkpoints_verified += 1;
            self.report.anchored_seq = self.report.anchored_seq.max(e);
        }
        self.last_is_signed_checkpoint = false;
        if let Some(data) = &parsed.checkpoint_data {
            self.check_checkpoint(e, data)?;
        }
        self.prev = computed;
        self.expected = e + 1;
        self.report.records += 1;
        self.report.last_seq = e;
        Ok(())
    }

    fn check_checkpoint(&mut self, e: u64, data: &serde_json::Value) -> Result<(), Problem> {
        let note = data
            .get("note")
            .and_then(|n| n.as_str())
            .ok_or_else(|| self.fail(e, ProblemKind::Modified, "checkpoint record has no note"))?;
        let checkpoint = match &self.verifier {
            Some(v) => checkpoint::open(note, v),
            None => checkpoint::parse_unverified(note),
        }
        .map_err(|err| match err {
            NoteError::BadSignature => self.fail(
                e,
                ProblemKind::Modified,
                "checkpoint signature does not verify (forged or altered checkpoint)",
            ),
            other => self.fail(e, ProblemKind::Modified, other.to_string()),
        })?;
        let data_size = data.get("size").and_then(|s| s.as_u64());
        let data_hash = data.get("hash").and_then(|h| h.as_str());
        if data_size != Some(checkpoint.size) || data_hash != Some(&hex::encode(checkpoint.hash)) {
            return Err(self.fail(e, ProblemKind::Modified, "checkpoint fields disagree with its signed note"));
        }
        if checkpoint.size + 1 != e {
            return Err(self.rewritten(
                e - 1,
                format!(
                    "the checkpoint stored at seq {e} signs size {}: records were inserted or removed before it and later hashes recomputed",
                    checkpoint.size
                ),
            ));
        }
        if checkpoint.hash != self.prev {
            return Err(self.rewritten(
                checkpoint.size,
                format!(
                    "the checkpoint at seq {e} signs a different hash for size {}: records were changed and later hashes recomputed",
                    checkpoint.size
                ),
            ));
        }
        if self.verifier.is_some() {
            self.report.checkpoints_verified += 1;
            self.report.anchored_seq = checkpoint.size;
            self.last_is_signed_checkpoint = true;
        }
        Ok(())
    }

    /// Finish: compare with the store's head and the trusted checkpoints beyond the end.
    pub fn finish(mut self, head: Option<&HeadState>) -> Report {
        self.report.last_hash = hex::encode(self.prev);
        if !self.failed {
            let last = self.report.last_seq;
            if let Some((&size, _)) = self.trusted.range(last + 1..).next() {
                self.report.problems.push(Problem {
                    seq: last + 1,
                    until: Some(size),
                    kind: ProblemKind::TailTruncated,
                    detail: format!("a signed checkpoint covers size {size} but the log ends at seq {last}"),
                });
            } else if let Some(head) = head {
                if head.seq > last {
                    self.report.problems.push(Problem {
                        seq: last + 1,
                        until: Some(head.seq),
                        kind: ProblemKind::TailTruncated,
                        detail: format!("the chain head says seq {} but the log ends at seq {last}", head.seq),
                    });
                } else if head.seq < last {
                    self.report.problems.push(Problem {
                        seq: head.seq + 1,
                        until: Some(last),
                        kind: ProblemKind::Inserted,
                        detail: format!(
                            "records after the chain head (seq {}) were not appended by the writer",
                            head.seq
                        ),
                    });
                } else if head.hash != self.report.last_hash {
                    self.report.problems.push(Problem {
                        seq: last,
                        until: None,
                        kind: ProblemKind::Modified,
                        detail: "the chain head's hash differs from the last record's".into(),
                    });
                }
            }
        }
        let covered = self.report.last_seq == self.report.anchored_seq
            || (self.last_is_signed_checkpoint && self.report.last_seq == self.report.anchored_seq + 1);
        if !covered && !self.failed {
            self.report.warnings.push(format!(
                "records {}..={} are not yet covered by a signed checkpoint: their removal from the end could only be detected by the chain head",
                self.report.anchored_seq + 1,
                self.report.last_seq
            ));
        }
        self.report
    }
}

/// Rows read per query while verifying a database.
const PAGE: u32 = 10_000;

/// Verify the whole chain in `store`: every record, every checkpoint, the head
/// row and the append-only triggers. `trusted` are checkpoints the auditor
/// holds from outside the database (already signature-checked).
///
/// Records appended while verification runs (beyond the head read at the
/// start) are left for the next run.
pub async fn verify_store(
    store: &super::AuditStore,
    verifier: Option<NoteVerifier>,
    trusted: &[Checkpoint],
) -> Result<Report, super::AuditError> {
    let head = store.head().await?;
    let mut chain = ChainVerifier::new(0, super::chain::GENESIS, verifier, trusted);
    // Fetch page k + 1 while page k is being checked.
    let fetch = |after: u64| {
        let store = store.clone();
        tokio::spawn(async move { store.rows_after(after, PAGE).await })
    };
    let mut pending = (head.seq > 0).then(|| fetch(0));
    'pages: while let Some(page) = pending.take() {
        let rows = page.await.map_err(|_| super::AuditError::Inconsistent("verification reader stopped".into()))??;
        let Some(last) = rows.last() else { break };
        let last_seq = last.seq.max(0) as u64;
        if last_seq < head.seq {
            pending = Some(fetch(last_seq));
        }
        for row in &rows {
            if row.seq > head.seq as i64 {
                break 'pages;
            }
            chain.push(row);
            if chain.failed() {
                break 'pages;
            }
        }
    }
    if let Some(page) = pending {
        page.abort();
    }
    let mut report = chain.finish(Some(&head));
    if report.is_intact() {
        // Writers insert rows and advance the head in one transaction, so a
        // committed row beyond the current head was not appended by a writer.
        let now = store.head().await?;
        if let Some(row) = store.rows_after(now.seq, 1).await?.first() {
            report.problems.push(Problem {
                seq: row.seq.max(0) as u64,
                until: None,
                kind: ProblemKind::Inserted,
                detail: format!("a record is stored beyond the chain head (seq {})", now.seq),
            });
        }
    }
    for detail in store.protection_problems().await? {
        report.problems.push(Problem { seq: 0, until: None, kind: ProblemKind::ProtectionDisabled, detail });
    }
    Ok(report)
}
