//! Benchmark driver for the audit log (see scripts/bench-audit.sh).
//!
//! `audit_bench append URL BATCH RECORDS TASKS [PROCS]` — append RECORDS
//! records per process from TASKS concurrent tasks with `batch_max = BATCH`
//! (durable commits), in PROCS processes (default 1); prints records/s.
//! `audit_bench verify URL` — verify the whole chain; prints records/s.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark driver: fail loudly

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Instant;

use cordon::audit::{AuditEvent, AuditKeys, AuditLog, AuditOptions, ClassSummary, DecisionRecord, PrincipalRef};

fn keys() -> AuditKeys {
    AuditKeys::from_parts(vec![1; 32], [2; 32], "cordon-bench")
}

fn event(keys: &AuditKeys, i: u64) -> AuditEvent {
    let mut findings = BTreeMap::new();
    findings.insert("phi.mrn".to_owned(), ClassSummary::new(1, 0.93));
    findings.insert("pii.person_name".to_owned(), ClassSummary::new(2, 0.71));
    AuditEvent::Decision(DecisionRecord {
        request_id: format!("bench-{}-{i}", std::process::id()),
        principal: PrincipalRef {
            subject: "svc-ehr-summariser".into(),
            issuer: "https://login.example.org/tenant/v2.0".into(),
            roles: vec!["staff".into(), "clinical".into()],
        },
        model: "clinical-assistant".into(),
        destination: "local".into(),
        network: "internal".into(),
        action: "route".into(),
        rule_ids: vec!["phi-stays-inside".into()],
        shadow_rule_ids: vec![],
        policy_revision: "sha256:4f2a9c".into(),
        findings,
        request_digest: keys.digest(format!("request {i}").as_bytes()),
        forwarded_digest: Some(keys.digest(format!("forwarded {i}").as_bytes())),
        redacted_text: None,
    })
}

async fn append(url: &str, batch: usize, records: u64, tasks: u64) -> f64 {
    let options = AuditOptions { batch_max: batch, run_migrations: false, ..AuditOptions::default() };
    let log = AuditLog::open(url, keys(), options).await.unwrap();
    let started = Instant::now();
    let per_task = records / tasks;
    let handles: Vec<_> = (0..tasks)
        .map(|t| {
            let log = log.clone();
            tokio::spawn(async move {
                let keys = keys();
                for i in 0..per_task {
                    log.append(event(&keys, t * per_task + i)).await.unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.await.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    log.close().await.unwrap();
    (per_task * tasks) as f64 / elapsed
}

/// Nanoseconds this thread has spent on a CPU (Linux), to separate our cost
/// from time lost to other processes on a shared machine.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// User + system CPU of this process in clock ticks (Linux, 100 per second).
fn process_cpu_ticks() -> u64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let fields: Vec<&str> = s.rsplit_once(')')?.1.split_whitespace().collect();
            Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
        })
        .unwrap_or(0)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("append") => {
            let url = &args[2];
            let batch: usize = args[3].parse().unwrap();
            let records: u64 = args[4].parse().unwrap();
            let tasks: u64 = args[5].parse().unwrap();
            let procs: usize = args.get(6).map(|p| p.parse().unwrap()).unwrap_or(1);
            // Migrate once before the writers start.
            AuditLog::open(url, keys(), AuditOptions::default()).await.unwrap().close().await.unwrap();
            if procs == 1 {
                let cpu_started = process_cpu_ticks();
                let rate = append(url, batch, records, tasks).await;
                let cpu = (process_cpu_ticks() - cpu_started) as f64 / 100.0;
                println!(
                    "append batch={batch} tasks={tasks} procs=1 records={records}: {rate:.0} records/s; this process used {cpu:.2}s CPU ({:.0} records per CPU-second)",
                    records as f64 / cpu.max(0.01)
                );
            } else {
                let exe = std::env::current_exe().unwrap();
                let started = Instant::now();
                let children: Vec<_> = (0..procs)
                    .map(|_| {
                        Command::new(&exe)
                            .args(["child", url, &batch.to_string(), &records.to_string(), &tasks.to_string()])
                            .spawn()
                            .unwrap()
                    })
                    .collect();
                for mut c in children {
                    assert!(c.wait().unwrap().success());
                }
                let elapsed = started.elapsed().as_secs_f64();
                let total = records * procs as u64;
                println!(
                    "append batch={batch} tasks={tasks} procs={procs} records={total}: {:.0} records/s (wall clock incl. process start)",
                    total as f64 / elapsed
                );
            }
        }
        Some("child") => {
            let rate =
                append(&args[2], args[3].parse().unwrap(), args[4].parse().unwrap(), args[5].parse().unwrap()).await;
            eprintln!("  child {}: {rate:.0} records/s", std::process::id());
        }
        Some("verify") => {
            let store = cordon::audit::AuditStore::connect(&args[2], 2, false).await.unwrap();
            let verifier = keys().verifier();
            let process_cpu_started = process_cpu_ticks();
            let started = Instant::now();
            let report = cordon::audit::verify::verify_store(&store, Some(verifier.clone()), &[]).await.unwrap();
            let elapsed = started.elapsed().as_secs_f64();
            let cpu = (process_cpu_ticks() - process_cpu_started) as f64 / 100.0;
            assert!(report.is_intact(), "{:?}", report.first_problem());
            println!(
                "verify (database, end to end): {} records, {} checkpoints in {elapsed:.2}s: {:.0} records/s; this process used {cpu:.2}s CPU",
                report.records,
                report.checkpoints_verified,
                report.records as f64 / elapsed
            );
            // Reading alone, then the chain computation alone on rows in memory.
            let started = Instant::now();
            let rows = store.rows_after(0, u32::MAX).await.unwrap();
            println!(
                "read all rows in one query: {:.2}s: {:.0} rows/s",
                started.elapsed().as_secs_f64(),
                rows.len() as f64 / started.elapsed().as_secs_f64()
            );
            let cpu_started = thread_cpu_ns();
            let started = Instant::now();
            let mut chain =
                cordon::audit::verify::ChainVerifier::new(0, cordon::audit::chain::GENESIS, Some(verifier), &[]);
            for row in &rows {
                chain.push(row);
            }
            let report = chain.finish(None);
            let elapsed = started.elapsed().as_secs_f64();
            let cpu = (thread_cpu_ns() - cpu_started) as f64 / 1e9;
            assert!(report.is_intact());
            println!(
                "verify (in memory): {} records in {elapsed:.2}s wall: {:.0} records/s; {cpu:.2}s on-CPU: {:.0} records per CPU-second",
                report.records,
                report.records as f64 / elapsed,
                report.records as f64 / cpu
            );
            store.close().await;
        }
        _ => {
            eprintln!("usage: audit_bench append URL BATCH RECORDS TASKS [PROCS] | verify URL");
            std::process::exit(2);
        }
    }
}
