//! The running policy and its hot reload.
//!
//! [`PolicyHandle`] holds the policy every request reads (an `ArcSwap`, so a
//! request keeps the revision it started with while a reload swaps in the
//! next). A reload decides one thing: whether the file on disk replaces the
//! running policy. It does only if the new text loads without errors; an
//! invalid version is rejected and the running one stays.
//!
//! [`watch`] reloads on SIGHUP and when the policy (or a file it includes)
//! changes. Changes are found by polling every `interval` (one second is
//! the suggested value): the SHA-256 of the policy file and its included
//! files, computed as the revision is, compared with the last revision seen.
//! Content hashing, unlike modification times, misses no edit made within
//! the same second and ignores a `touch`. Polling was chosen over inotify because
//! it also sees the atomic symlink swaps used by Kubernetes ConfigMaps and
//! edits on network file systems, costs one small read per second, and
//! needs no extra dependency.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use tokio::sync::mpsc;

use super::{Policy, PolicyError};

/// What a successful reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReloadOutcome {
    /// The files on disk have the running revision.
    Unchanged { revision: String },
    /// A new revision now runs.
    Replaced {
        old_revision: String,
        new_revision: String,
        /// Load warnings of the new revision (rules that can never fire).
        warnings: Vec<String>,
    },
}

/// What made a reload happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadTrigger {
    Signal,
    FileChanged,
}

/// One reload attempt, for the gateway to log and audit.
#[derive(Debug)]
pub struct ReloadEvent {
    pub trigger: ReloadTrigger,
    /// The revision running after the attempt (the old one on error).
    pub running_revision: String,
    pub result: Result<ReloadOutcome, PolicyError>,
}

/// The policy in force, replaceable at run time.
pub struct PolicyHandle {
    path: PathBuf,
    current: ArcSwap<Policy>,
}

impl std::fmt::Debug for PolicyHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PolicyHandle")
            .field("path", &self.path)
            .field("revision", &self.current.load().revision)
            .finish()
    }
}

impl PolicyHandle {
    /// Loads the policy at `path`; fails if it is invalid.
    pub fn load(path: &Path) -> Result<PolicyHandle, PolicyError> {
        let policy = Policy::load(path)?;
        Ok(PolicyHandle::new(path, policy))
    }

    /// Wraps an already loaded policy; reloads read `path`.
    pub fn new(path: &Path, policy: Policy) -> PolicyHandle {
        PolicyHandle { path: path.to_path_buf(), current: ArcSwap::from_pointee(policy) }
    }

    /// The policy in force. Hold the `Arc` for the whole request.
    pub fn current(&self) -> Arc<Policy> {
        self.current.load_full()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the file again and swaps it in if it is valid and different.
    /// On error the running policy is kept and the error returned.
    pub fn reload(&self) -> Result<ReloadOutcome, PolicyError> {
        let next = Policy::load(&self.path)?;
        let old = self.current.load();
        if old.revision == next.revision {
            return Ok(ReloadOutcome::Unchanged { revision: next.revision });
        }
        let outcome = ReloadOutcome::Replaced {
            old_revision: old.revision.clone(),
            new_revision: next.revision.clone(),
            warnings: next.warnings.iter().map(ToString::to_string).collect(),
        };
        self.current.store(Arc::new(next));
        Ok(outcome)
    }

    /// The revision the files on disk would have, using the running
    /// policy's list of included files; `None` when the policy file cannot
    /// be read. Equal to the running revision while nothing changed.
    fn disk_revision(&self) -> Option<String> {
        let policy = self.current.load();
        let bytes = std::fs::read(&self.path).ok()?;
        let included: Vec<Vec<u8>> =
            policy.included_files.iter().map(|f| std::fs::read(f).unwrap_or_default()).collect();
        Some(super::revision_of_files(&bytes, &included))
    }
}

/// Reloads `handle` on SIGHUP and whenever its files change (polled every
/// `interval`), sending one [`ReloadEvent`] per attempt. Returns when the
/// receiver of `events` is dropped.
pub async fn watch(handle: Arc<PolicyHandle>, interval: Duration, events: mpsc::UnboundedSender<ReloadEvent>) {
    let (hangup_tx, hangups) = mpsc::channel(1);
    #[cfg(unix)]
    match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(mut signal) => {
            // Forwards SIGHUP until `watch_with` returns and drops `hangups`.
            tokio::spawn(async move {
                loop {
                    tokio::select! {
                        got = signal.recv() => {
                            if got.is_none() || hangup_tx.send(()).await.is_err() {
                                return;
                            }
                        }
                        _ = hangup_tx.closed() => return,
                    }
                }
            });
        }
        Err(_) => drop(hangup_tx),
    }
    #[cfg(not(unix))]
    drop(hangup_tx);
    watch_with(handle, interval, events, hangups).await;
}

/// [`watch`] with the reload requests (SIGHUP) coming from `hangups`.
pub async fn watch_with(
    handle: Arc<PolicyHandle>,
    interval: Duration,
    events: mpsc::UnboundedSender<ReloadEvent>,
    mut hangups: mpsc::Receiver<()>,
) {
    let mut ticker = tokio::time::interval(interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // Starting from the running revision (not from the disk) means a change
    // made before this task first runs is still seen.
    let mut last = Some(handle.current().revision.clone());
    let mut signals_open = true;
    loop {
        let trigger = tokio::select! {
            got = hangups.recv(), if signals_open => match got {
                Some(()) => ReloadTrigger::Signal,
                None => {
                    signals_open = false;
                    continue;
                }
            },
            _ = ticker.tick() => ReloadTrigger::FileChanged,
            _ = events.closed() => return,
        };
        let now = handle.disk_revision();
        if trigger == ReloadTrigger::FileChanged && (now == last || now.is_none()) {
            continue;
        }
        last = now;
        let result = handle.reload();
        // A replaced policy may include other files: fingerprint again.
        if matches!(result, Ok(ReloadOutcome::Replaced { .. })) {
            last = handle.disk_revision();
        }
        let event = ReloadEvent { trigger, running_revision: handle.current().revision.clone(), result };
        if events.send(event).is_err() {
            return;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design
mod tests {
    use super::*;

    const V1: &str = "version: 1\nname: v1\ndestinations:\n  local: { kind: llama, model_file: m.gguf, network: internal }\nmodels:\n  small: { destination: local }\nrules:\n  - { id: all, then: allow }\n";

    fn setup() -> (tempfile::TempDir, PathBuf, PolicyHandle) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("policy.yaml");
        std::fs::write(&path, V1).unwrap();
        let handle = PolicyHandle::load(&path).unwrap();
        (dir, path, handle)
    }

    #[test]
    fn a_valid_new_version_replaces_the_running_one() {
        let (_dir, path, handle) = setup();
        let before = handle.current();
        assert_eq!(handle.reload().unwrap(), ReloadOutcome::Unchanged { revision: before.revision.clone() });
        std::fs::write(&path, V1.replace("name: v1", "name: v2")).unwrap();
        let ReloadOutcome::Replaced { old_revision, new_revision, .. } = handle.reload().unwrap() else {
            panic!("expected a replacement")
        };
        assert_eq!(old_revision, before.revision);
        assert_eq!(new_revision, handle.current().revision);
        assert_eq!(handle.current().name, "v2");
        // A request that started before the reload keeps its revision.
        assert_eq!(before.name, "v1");
    }

    #[test]
    fn an_invalid_new_version_is_rejected_and_the_old_one_stays() {
        let (_dir, path, handle) = setup();
        let before = handle.current().revision.clone();
        std::fs::write(&path, V1.replace("destination: local", "destination: mars")).unwrap();
        let err = handle.reload().unwrap_err();
        assert!(err.to_string().contains("unknown destination `mars`"));
        assert_eq!(handle.current().revision, before);
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(handle.reload(), Err(PolicyError::Read { .. })));
        assert_eq!(handle.current().revision, before);
    }

    async fn next(rx: &mut mpsc::UnboundedReceiver<ReloadEvent>) -> ReloadEvent {
        tokio::time::timeout(Duration::from_secs(20), rx.recv())
            .await
            .expect("a reload event in time")
            .expect("watch is running")
    }

    #[tokio::test]
    async fn watch_reloads_when_the_file_changes() {
        let (_dir, path, handle) = setup();
        let handle = Arc::new(handle);
        let (tx, mut rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(watch(Arc::clone(&handle), Duration::from_millis(20), tx));

        std::fs::write(&path, V1.replace("destination: local", "destination: mars")).unwrap();
        let event = next(&mut rx).await;
        assert_eq!(event.trigger, ReloadTrigger::FileChanged);
        assert!(event.result.is_err());
        assert_eq!(handle.current().name, "v1");

        std::fs::write(&path, V1.replace("name: v1", "name: v3")).unwrap();
        let event = next(&mut rx).await;
        assert!(matches!(event.result, Ok(ReloadOutcome::Replaced { .. })));
        assert_eq!(event.running_revision, handle.current().revision);
        assert_eq!(handle.current().name, "v3");

        drop(rx);
        tokio::time::timeout(Duration::from_secs(5), task).await.expect("watch ends when nobody listens").unwrap();
    }

    #[tokio::test]
    async fn watch_reloads_on_request() {
        let (_dir, path, handle) = setup();
        let handle = Arc::new(handle);
        let (tx, mut rx) = mpsc::unbounded_channel();
        let (hangup, hangups) = mpsc::channel(1);
        let _task = tokio::spawn(watch_with(Arc::clone(&handle), Duration::from_secs(3600), tx, hangups));
        hangup.send(()).await.unwrap();
        let event = rx.recv().await.unwrap();
        assert_eq!(event.trigger, ReloadTrigger::Signal);
        assert!(matches!(event.result, Ok(ReloadOutcome::Unchanged { .. })));
        std::fs::write(&path, "not: [a policy").unwrap();
        hangup.send(()).await.unwrap();
        let event = rx.recv().await.unwrap();
        assert!(event.result.is_err());
        assert_eq!(event.running_revision, handle.current().revision);
    }
}
