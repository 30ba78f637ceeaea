//! SIGHUP reloads the running policy. In its own test binary: a signal
//! reaches the whole process, so it must not race other watchers.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::sync::Arc;
use std::time::Duration;

use cordon::policy::{PolicyHandle, ReloadOutcome, ReloadTrigger, watch};
use tokio::sync::mpsc;

#[tokio::test]
async fn sighup_reloads_the_policy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.yaml");
    let text = "version: 1\nname: v1\ndestinations:\n  local: { kind: llama, model_file: m.gguf, network: internal }\nmodels:\n  small: { destination: local }\n";
    std::fs::write(&path, text).unwrap();
    let handle = Arc::new(PolicyHandle::load(&path).unwrap());
    // Our own listener replaces SIGHUP's default action (terminate) before
    // any signal is sent.
    let mut own = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()).unwrap();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let _task = tokio::spawn(watch(Arc::clone(&handle), Duration::from_secs(3600), tx));
    // The file is not changed (a change could be picked up by the polling
    // first): the event must come from the signal. Replacement on a signal
    // is covered by `watch_reloads_on_request` in `policy::reload`.
    // The watcher registers its listener when it first runs: signal until it
    // answers, a bounded number of times.
    for _ in 0..50 {
        let status =
            std::process::Command::new("kill").args(["-HUP", &std::process::id().to_string()]).status().unwrap();
        assert!(status.success());
        own.recv().await;
        if let Ok(Some(event)) = tokio::time::timeout(Duration::from_millis(200), rx.recv()).await {
            assert_eq!(event.trigger, ReloadTrigger::Signal);
            assert!(matches!(event.result, Ok(ReloadOutcome::Unchanged { .. })));
            assert_eq!(event.running_revision, handle.current().revision);
            return;
        }
    }
    panic!("no reload after SIGHUP");
}
