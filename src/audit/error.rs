//! The audit module's error type.
//!
//! Decides what a failure of the audit log says about itself: an operation
//! name and a cause, never the contents of a record. Callers (the gateway)
//! map every variant to a 503 because a request that cannot be audited must
//! not be forwarded.

use std::path::PathBuf;

/// Everything that can go wrong while writing, reading or verifying the log.
///
/// Messages name the operation, the file or the sequence number involved and
/// never include record contents, digests of request text or key material.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The database could not be reached or rejected a statement.
    #[error("audit store: {operation} failed")]
    Store {
        /// What the store was doing, e.g. "append batch".
        operation: &'static str,
        /// The driver error (sqlx reports statements and codes, not bound values).
        #[source]
        source: sqlx::Error,
    },
    /// Embedded migrations could not be applied.
    #[error("audit store: migrations failed")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// The database URL names a backend this build does not support.
    #[error("audit store: unsupported database URL scheme (expected sqlite: or postgres:)")]
    UnsupportedUrl,
    /// A key file could not be read, written or parsed.
    #[error("audit keys: {what} ({path})")]
    Key {
        /// What was wrong with the file.
        what: &'static str,
        /// The file concerned.
        path: PathBuf,
        /// The I/O error, if any.
        #[source]
        source: Option<std::io::Error>,
    },
    /// A record could not be encoded as canonical JSON.
    #[error("audit record: cannot encode canonical JSON: {0}")]
    Canonical(&'static str),
    /// The stored state is not what this code wrote (corrupt head row, bad hash text...).
    #[error("audit store: inconsistent state: {0}")]
    Inconsistent(String),
    /// The batch holding this record failed to commit; the record is not stored.
    #[error("audit append failed")]
    BatchFailed(#[source] std::sync::Arc<AuditError>),
    /// The writer task has stopped (the log was closed or the task panicked).
    #[error("audit log is closed")]
    Closed,
}

impl AuditError {
    pub(crate) fn store(operation: &'static str) -> impl FnOnce(sqlx::Error) -> AuditError {
        move |source| AuditError::Store { operation, source }
    }
}
