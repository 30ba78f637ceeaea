//! `cordon audit verify|export|checkpoint|tail`.
//!
//! Decides the command-line surface for auditors and operators and the exit
//! codes: 0 intact / done, 1 the chain is broken (first bad sequence number
//! printed), 2 usage or configuration error. These are the only audit
//! functions that use `anyhow`; the binary's clap tree embeds the `Args`
//! structs and awaits the `run_*` functions.

use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use clap::Args;

use super::checkpoint::{self, Checkpoint};
use super::export::{ExportFormat, ExportQuery, export, verify_export};
use super::keys::{NoteVerifier, PUBLIC_KEY_FILE};
use super::record::{ParsedRecord, parse_time, unix_micros};
use super::verify::{Report, verify_store};
use super::{AuditKeys, AuditLog, AuditOptions, AuditStore};

/// Exit code: success, chain intact.
pub const EXIT_OK: i32 = 0;
/// Exit code: verification failed.
pub const EXIT_BROKEN: i32 = 1;
/// Exit code: usage or configuration error.
pub const EXIT_USAGE: i32 = 2;

/// Where cordon keeps generated keys and the default SQLite log.
pub const DEFAULT_DATA_DIR: &str = "./cordon-data";

/// The SQLite URL used when no `--database-url` is given (created if absent).
pub fn default_database_url(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data_dir.join("audit.db").display())
}

/// The same file for commands that only read: never creates an empty log.
fn default_existing_database_url(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rw", data_dir.join("audit.db").display())
}

/// `cordon audit verify`.
#[derive(Debug, Clone, Args)]
pub struct VerifyArgs {
    /// Database to verify (default: the SQLite file in the data directory).
    #[arg(long, env = "CORDON_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Verifier key file (`name+id+base64` line). Default for a database:
    /// `<data dir>/audit-signing.pub` when present. Required with `--export`.
    #[arg(long)]
    pub public_key: Option<PathBuf>,
    /// Verify this export file instead of a database (no database needed).
    #[arg(long)]
    pub export: Option<PathBuf>,
    /// Signed checkpoint notes you hold from outside the database (repeatable);
    /// the log must still contain what they cover (detects a truncated tail).
    #[arg(long = "checkpoint")]
    pub checkpoints: Vec<PathBuf>,
    /// Data directory (for the default database and public key).
    #[arg(long, env = "CORDON_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
}

/// `cordon audit export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// Database to export from.
    #[arg(long, env = "CORDON_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Records at or after this time (RFC 3339).
    #[arg(long)]
    pub since: Option<String>,
    /// Records before this time (RFC 3339).
    #[arg(long)]
    pub until: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExportFormat,
    /// Output file.
    #[arg(long)]
    pub out: PathBuf,
    /// Only decisions by this principal subject (and their completions).
    #[arg(long)]
    pub principal: Option<String>,
    /// Only decisions with this action.
    #[arg(long)]
    pub action: Option<String>,
    /// Only decisions determined by this rule id.
    #[arg(long)]
    pub rule_id: Option<String>,
    /// Data directory (for the default database).
    #[arg(long, env = "CORDON_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
}

/// `cordon audit checkpoint`.
#[derive(Debug, Clone, Args)]
pub struct CheckpointArgs {
    /// Database to checkpoint.
    #[arg(long, env = "CORDON_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Print the verifier key for the signing key and exit.
    #[arg(long)]
    pub public_key: bool,
    /// Data directory (keys are generated here when absent).
    #[arg(long, env = "CORDON_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
    /// HMAC key file (default: `<data dir>/audit-hmac.key`).
    #[arg(long, env = "CORDON_AUDIT_HMAC_KEY_FILE")]
    pub hmac_key_file: Option<PathBuf>,
    /// Signing key file (default: `<data dir>/audit-signing.key`).
    #[arg(long, env = "CORDON_AUDIT_SIGNING_KEY_FILE")]
    pub signing_key_file: Option<PathBuf>,
}

/// `cordon audit tail`.
#[derive(Debug, Clone, Args)]
pub struct TailArgs {
    /// Database to follow.
    #[arg(long, env = "CORDON_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Show this many existing records first.
    #[arg(long, short = 'n', default_value_t = 10)]
    pub lines: u64,
    /// Print and exit instead of following.
    #[arg(long)]
    pub no_follow: bool,
    /// Poll interval in milliseconds while following.
    #[arg(long, default_value_t = 500)]
    pub interval_ms: u64,
    /// Data directory (for the default database).
    #[arg(long, env = "CORDON_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
}

fn database_url(given: &Option<String>, data_dir: &Path) -> String {
    given.clone().unwrap_or_else(|| default_existing_database_url(data_dir))
}

async fn connect_existing(url: &str) -> Result<AuditStore, i32> {
    match AuditStore::connect(url, 2, false).await {
        Ok(store) => Ok(store),
        Err(error) => {
            eprintln!("error: cannot open the audit database: {error}");
            Err(EXIT_USAGE)
        }
    }
}

fn load_trusted(paths: &[PathBuf], verifier: Option<&NoteVerifier>) -> Result<Vec<Checkpoint>, String> {
    let mut out = Vec::new();
    for path in paths {
        let note =
            std::fs::read_to_string(path).map_err(|e| format!("cannot read checkpoint {}: {e}", path.display()))?;
        let verifier = verifier.ok_or_else(|| "--checkpoint needs a public key to check its signature".to_owned())?;
        let checkpoint =
            checkpoint::open(&note, verifier).map_err(|e| format!("checkpoint {}: {e}", path.display()))?;
        out.push(checkpoint);
    }
    Ok(out)
}

fn print_report(report: &Report, out: &mut impl Write) -> std::io::Result<i32> {
    for warning in &report.warnings {
        writeln!(out, "warning: {warning}")?;
    }
    if let Some(problem) = report.first_problem() {
        writeln!(out, "BROKEN: {problem}")?;
        for other in report.problems.iter().filter(|p| *p != problem) {
            writeln!(out, "also: {other}")?;
        }
        Ok(EXIT_BROKEN)
    } else {
        writeln!(
            out,
            "intact: {} records, {} checkpoints verified, anchored through seq {}, head seq {} hash {}",
            report.records, report.checkpoints_verified, report.anchored_seq, report.last_seq, report.last_hash
        )?;
        Ok(EXIT_OK)
    }
}

/// Run `cordon audit verify`; returns the exit code.
pub async fn run_verify(args: VerifyArgs) -> anyhow::Result<i32> {
    let public_key = args.public_key.clone().or_else(|| {
        let default = args.data_dir.join(PUBLIC_KEY_FILE);
        (args.export.is_none() && default.exists()).then_some(default)
    });
    let verifier = match &public_key {
        Some(path) => match NoteVerifier::from_file(path) {
            Ok(v) => Some(v),
            Err(e) => {
                eprintln!("error: {e}");
                return Ok(EXIT_USAGE);
            }
        },
        None => None,
    };
    let trusted = match load_trusted(&args.checkpoints, verifier.as_ref()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let report = if let Some(path) = &args.export {
        let Some(verifier) = verifier else {
            eprintln!("error: --export needs --public-key");
            return Ok(EXIT_USAGE);
        };
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("error: cannot open {}: {e}", path.display());
                return Ok(EXIT_USAGE);
            }
        };
        verify_export(BufReader::new(file), verifier, &trusted)
    } else {
        let url = database_url(&args.database_url, &args.data_dir);
        let store = match connect_existing(&url).await {
            Ok(s) => s,
            Err(code) => return Ok(code),
        };
        let report = verify_store(&store, verifier, &trusted).await.context("reading the audit log")?;
        store.close().await;
        report
    };
    Ok(print_report(&report, &mut std::io::stdout().lock())?)
}

fn parse_bound(text: &Option<String>, name: &str) -> Result<Option<i64>, String> {
    text.as_deref()
        .map(|t| {
            parse_time(t)
                .map(unix_micros)
                .map_err(|_| format!("--{name} must be an RFC 3339 time, e.g. 2026-01-31T00:00:00Z"))
        })
        .transpose()
}

/// Run `cordon audit export`; returns the exit code.
pub async fn run_export(args: ExportArgs) -> anyhow::Result<i32> {
    let (since_us, until_us) = match (parse_bound(&args.since, "since"), parse_bound(&args.until, "until")) {
        (Ok(s), Ok(u)) => (s, u),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let url = database_url(&args.database_url, &args.data_dir);
    let store = match connect_existing(&url).await {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    let query = ExportQuery {
        since_us,
        until_us,
        principal: args.principal.clone(),
        action: args.action.clone(),
        rule_id: args.rule_id.clone(),
    };
    let file = std::fs::File::create(&args.out).with_context(|| format!("creating {}", args.out.display()))?;
    let summary =
        export(&store, &query, args.format, std::io::BufWriter::new(file)).await.context("exporting the audit log")?;
    store.close().await;
    match summary.range {
        Some((first, last)) => {
            eprintln!("exported {} records (seq {first}..={last}), {} matching", summary.records, summary.matched)
        }
        None => eprintln!("no records in that range"),
    }
    if !summary.covered {
        eprintln!(
            "warning: the newest exported records are not yet covered by a signed checkpoint; run `cordon audit checkpoint` and export again for an offline-verifiable file"
        );
    }
    Ok(EXIT_OK)
}

/// Run `cordon audit checkpoint`; returns the exit code.
pub async fn run_checkpoint(args: CheckpointArgs) -> anyhow::Result<i32> {
    let (keys, notices) = match AuditKeys::load_or_generate(
        &args.data_dir,
        args.hmac_key_file.as_deref(),
        args.signing_key_file.as_deref(),
    ) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    for notice in notices {
        eprintln!("{notice}");
    }
    if args.public_key {
        println!("{}", keys.public_key_note_format());
        return Ok(EXIT_OK);
    }
    let url = args.database_url.clone().unwrap_or_else(|| default_database_url(&args.data_dir));
    let options = AuditOptions {
        checkpoint_every_records: 0,
        checkpoint_every: Duration::ZERO,
        max_connections: 1,
        ..AuditOptions::default()
    };
    let log = match AuditLog::open(&url, keys, options).await {
        Ok(log) => log,
        Err(e) => {
            eprintln!("error: cannot open the audit database: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let receipt = log.checkpoint_now().await.context("writing the checkpoint")?;
    log.close().await.context("closing the audit log")?;
    eprintln!("checkpoint appended at seq {}", receipt.seq);
    print!("{}", receipt.note.unwrap_or_default());
    Ok(EXIT_OK)
}

/// One record as a human-readable line.
pub fn describe(seq: i64, record: &str) -> String {
    let Ok(parsed) = ParsedRecord::parse(record) else {
        return format!("{seq:>8}  <unreadable record>");
    };
    let d = &parsed.data;
    let s = |key: &str| d.get(key).and_then(|v| v.as_str()).unwrap_or("-").to_owned();
    let summary = match parsed.kind.as_str() {
        "decision" => format!(
            "req={} principal={} model={} -> {} ({}) action={} rules=[{}]",
            s("request_id"),
            d.pointer("/principal/subject").and_then(|v| v.as_str()).unwrap_or("-"),
            s("model"),
            s("destination"),
            s("network"),
            s("action"),
            parsed.rule_ids().join(",")
        ),
        "completion" => format!(
            "req={} outcome={} status={} latency={}ms",
            s("request_id"),
            s("outcome"),
            d.get("status").map(ToString::to_string).unwrap_or_default(),
            d.get("latency_ms").map(ToString::to_string).unwrap_or_default()
        ),
        "checkpoint" => {
            format!("size={} hash={}", d.get("size").map(ToString::to_string).unwrap_or_default(), s("hash"))
        }
        _ => d.to_string(),
    };
    format!("{seq:>8}  {}  {:<15} {summary}", parsed.time, parsed.kind)
}

/// Run `cordon audit tail`; returns the exit code.
pub async fn run_tail(args: TailArgs) -> anyhow::Result<i32> {
    let url = database_url(&args.database_url, &args.data_dir);
    let store = match connect_existing(&url).await {
        Ok(s) => s,
        Err(code) => return Ok(code),
    };
    let head = store.head().await.context("reading the chain head")?;
    let mut after = head.seq.saturating_sub(args.lines);
    let interval = Duration::from_millis(args.interval_ms.max(50));
    loop {
        let rows = store.rows_after(after, 1000).await.context("reading records")?;
        {
            let mut out = std::io::stdout().lock();
            for row in &rows {
                writeln!(out, "{}", describe(row.seq, &row.record))?;
                after = row.seq.max(0) as u64;
            }
            out.flush()?;
        }
        if args.no_follow && rows.len() < 1000 {
            break;
        }
        if rows.is_empty() {
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = tokio::signal::ctrl_c() => break,
            }
        }
    }
    store.close().await;
    Ok(EXIT_OK)
}
