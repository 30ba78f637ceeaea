//! The audit log: append-only, hash-chained, with signed checkpoints.
//!
//! Decides how the gateway records what it did so that an auditor can prove
//! it later without trusting the operator or the database administrator:
//!
//! 1. every event becomes a canonical JSON record ([`record`], [`canonical`]);
//! 2. records are chained, `hash(n) = SHA-256(hash(n-1) || record(n))`, with
//!    gapless sequence numbers assigned under the chain-head lock ([`chain`], [`store`]);
//! 3. one writer task per process groups concurrent appends into one
//!    transaction (group commit); [`AuditLog::append`] returns only after the
//!    transaction holding the record has committed, so a caller that got a
//!    [`Receipt`] may forward the request and a caller that got an error must
//!    answer 503 and forward nothing;
//! 4. every N records or T seconds the head is signed with Ed25519 as a C2SP
//!    signed note and appended as a checkpoint record ([`checkpoint`], [`keys`]);
//! 5. [`verify`] recomputes the chain; [`export`] writes records with what is
//!    needed to verify them offline; [`cli`] wires both to `cordon audit`.
//!
//! `append` neither deduplicates nor retries: one call is one record. The
//! gateway is responsible for calling it exactly once with the decision and
//! exactly once with the completion of every request.
//! The format is specified in `docs/audit-log.md`.

pub mod canonical;
pub mod chain;
pub mod checkpoint;
pub mod cli;
mod error;
pub mod export;
pub mod keys;
pub mod record;
pub mod store;
pub mod verify;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, mpsc, oneshot};
use tokio::task::JoinHandle;

pub use error::AuditError;
pub use keys::{AuditKeys, NoteVerifier};
pub use record::{
    AuditEvent, AuthFailureRecord, ClassSummary, CompletionRecord, DecisionRecord, Outcome, PrincipalRef,
};
pub use store::{AuditStore, Backend, Receipt};
pub use verify::{Problem, ProblemKind, Report};

use record::PreparedEvent;
use store::CheckpointRule;

/// Tuning of the audit log. `Default` suits a single gateway process.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    /// Most records committed in one transaction.
    pub batch_max: usize,
    /// Append a signed checkpoint after this many records (0: never by count).
    pub checkpoint_every_records: u64,
    /// Append a signed checkpoint this often when records were added (zero: never by time).
    pub checkpoint_every: Duration,
    /// Keep `DecisionRecord::redacted_text` (off by default: digests only).
    pub store_redacted_text: bool,
    /// Appends that may wait for the writer before `append` waits for room.
    pub queue_capacity: usize,
    /// Apply embedded migrations on open (false when connecting as the writer role).
    pub run_migrations: bool,
    /// Also write each new signed checkpoint note to this file (replaced atomically),
    /// so that a copy lives outside the database.
    pub checkpoint_file: Option<PathBuf>,
    /// Database connections in the pool.
    pub max_connections: u32,
}

impl Default for AuditOptions {
    fn default() -> Self {
        AuditOptions {
            batch_max: 256,
            checkpoint_every_records: 1000,
            checkpoint_every: Duration::from_secs(60),
            store_redacted_text: false,
            queue_capacity: 8192,
            run_migrations: true,
            checkpoint_file: None,
            max_connections: 4,
        }
    }
}

enum Command {
    Append(PreparedEvent, oneshot::Sender<Result<Receipt, AuditError>>),
    Checkpoint(oneshot::Sender<Result<Receipt, AuditError>>),
    Close(oneshot::Sender<()>),
}

struct Shared {
    commands: mpsc::Sender<Command>,
    store: AuditStore,
    writer: Mutex<Option<JoinHandle<()>>>,
    store_redacted_text: bool,
    verifier: NoteVerifier,
}

/// Handle to the audit log; cheap to clone, one per process.
#[derive(Clone)]
pub struct AuditLog {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog").field("backend", &self.shared.store.backend()).finish_non_exhaustive()
    }
}

impl AuditLog {
    /// Connect (`sqlite://path?mode=rwc` or `postgres://...`), migrate, and start the
    /// batching writer and the checkpoint timer.
    pub async fn open(database_url: &str, keys: AuditKeys, opts: AuditOptions) -> Result<AuditLog, AuditError> {
        let store = AuditStore::connect(database_url, opts.max_connections, opts.run_migrations).await?;
        let (tx, rx) = mpsc::channel(opts.queue_capacity.max(1));
        let verifier = keys.verifier();
        let writer = Writer {
            store: store.clone(),
            keys,
            batch_max: opts.batch_max.max(1),
            every: opts.checkpoint_every_records,
            checkpoint_file: opts.checkpoint_file.clone(),
        };
        let handle = tokio::spawn(writer.run(rx, opts.checkpoint_every));
        Ok(AuditLog {
            shared: Arc::new(Shared {
                commands: tx,
                store,
                writer: Mutex::new(Some(handle)),
                store_redacted_text: opts.store_redacted_text,
                verifier,
            }),
        })
    }

    /// Append one record; returns after the transaction that holds it has committed.
    ///
    /// An error means the record may not be stored: the caller must fail closed.
    pub async fn append(&self, event: AuditEvent) -> Result<Receipt, AuditError> {
        let event = if self.shared.store_redacted_text { event } else { event.without_redacted_text() };
        let prepared = event.prepare()?;
        let (tx, rx) = oneshot::channel();
        self.shared.commands.send(Command::Append(prepared, tx)).await.map_err(|_| AuditError::Closed)?;
        rx.await.map_err(|_| AuditError::Closed)?
    }

    /// Check that the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), AuditError> {
        self.shared.store.ping().await
    }

    /// Sign the current head now and append the checkpoint; the receipt carries the note.
    pub async fn checkpoint_now(&self) -> Result<Receipt, AuditError> {
        let (tx, rx) = oneshot::channel();
        self.shared.commands.send(Command::Checkpoint(tx)).await.map_err(|_| AuditError::Closed)?;
        rx.await.map_err(|_| AuditError::Closed)?
    }

    /// The store, for verification and export in-process.
    pub fn store(&self) -> &AuditStore {
        &self.shared.store
    }

    /// The verifier for this log's checkpoints.
    pub fn verifier(&self) -> &NoteVerifier {
        &self.shared.verifier
    }

    /// Commit everything queued, stop the writer and close the pool.
    pub async fn close(self) -> Result<(), AuditError> {
        let (tx, rx) = oneshot::channel();
        if self.shared.commands.send(Command::Close(tx)).await.is_ok() {
            let _ = rx.await;
        }
        if let Some(handle) = self.shared.writer.lock().await.take() {
            let _ = handle.await;
        }
        self.shared.store.close().await;
        Ok(())
    }
}

struct Writer {
    store: AuditStore,
    keys: AuditKeys,
    batch_max: usize,
    every: u64,
    checkpoint_file: Option<PathBuf>,
}

type Waiter = oneshot::Sender<Result<Receipt, AuditError>>;

impl Writer {
    async fn run(self, mut rx: mpsc::Receiver<Command>, period: Duration) {
        let mut ticker = (!period.is_zero()).then(|| {
            let mut t = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
            t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            t
        });
        loop {
            let first = tokio::select! {
                command = rx.recv() => command,
                _ = async {
                    match ticker.as_mut() {
                        Some(t) => { t.tick().await; }
                        None => std::future::pending::<()>().await,
                    }
                } => {
                    // Failures are logged inside; the next tick tries again.
                    let _ = self.commit(Vec::new(), Vec::new(), CheckpointRule::IfNew).await;
                    continue;
                }
            };
            let Some(first) = first else { break };
            let mut records = Vec::new();
            let mut waiters: Vec<Waiter> = Vec::new();
            let mut checkpoint_waiters: Vec<Waiter> = Vec::new();
            let mut close: Option<oneshot::Sender<()>> = None;
            let mut next = Some(first);
            while let Some(command) = next.take() {
                match command {
                    Command::Append(record, waiter) => {
                        records.push(record);
                        waiters.push(waiter);
                    }
                    Command::Checkpoint(waiter) => checkpoint_waiters.push(waiter),
                    Command::Close(done) => {
                        close = Some(done);
                        break;
                    }
                }
                if records.len() < self.batch_max {
                    next = rx.try_recv().ok();
                }
            }
            if !records.is_empty() || !checkpoint_waiters.is_empty() {
                let rule = if checkpoint_waiters.is_empty() {
                    CheckpointRule::Every(self.every)
                } else {
                    CheckpointRule::Force
                };
                let outcome = self.commit(records, waiters, rule).await;
                for waiter in checkpoint_waiters {
                    let _ = waiter.send(match &outcome {
                        Ok(Some(receipt)) => Ok(receipt.clone()),
                        Ok(None) => Err(AuditError::Inconsistent("no checkpoint written".into())),
                        Err(e) => Err(batch_failed(e)),
                    });
                }
            }
            if let Some(done) = close {
                // Commit whatever was queued before the close request.
                while let Ok(command) = rx.try_recv() {
                    if let Command::Append(record, waiter) = command {
                        let _ = self.commit(vec![record], vec![waiter], CheckpointRule::Every(self.every)).await;
                    }
                }
                let _ = done.send(());
                break;
            }
        }
    }

    /// Commit one batch and answer its waiters; returns the checkpoint receipt, if any.
    async fn commit(
        &self,
        records: Vec<PreparedEvent>,
        waiters: Vec<Waiter>,
        rule: CheckpointRule,
    ) -> Result<Option<Receipt>, Arc<AuditError>> {
        match self.store.append_batch(records, &self.keys, rule).await {
            Ok(outcome) => {
                for (waiter, receipt) in waiters.into_iter().zip(outcome.receipts) {
                    let _ = waiter.send(Ok(receipt));
                }
                if let (Some(path), Some(receipt)) = (&self.checkpoint_file, &outcome.checkpoint)
                    && let Some(note) = &receipt.note
                {
                    publish_checkpoint(path, note).await;
                }
                Ok(outcome.checkpoint)
            }
            Err(error) => {
                tracing::error!(error = %error, source = ?std::error::Error::source(&error).map(ToString::to_string), "audit batch failed; callers will fail closed");
                let error = Arc::new(error);
                for waiter in waiters {
                    let _ = waiter.send(Err(batch_failed(&error)));
                }
                Err(error)
            }
        }
    }
}

fn batch_failed(error: &Arc<AuditError>) -> AuditError {
    AuditError::BatchFailed(Arc::clone(error))
}

/// Replace `path` with `note` (write a temporary file, then rename).
async fn publish_checkpoint(path: &std::path::Path, note: &str) {
    let tmp = path.with_extension("tmp");
    let result = async {
        tokio::fs::write(&tmp, note).await?;
        tokio::fs::rename(&tmp, path).await
    }
    .await;
    if let Err(error) = result {
        tracing::warn!(path = %path.display(), %error, "could not publish audit checkpoint");
    }
}
