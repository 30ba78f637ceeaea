//! The `cordon` command line.
//!
//! Each subcommand is a thin layer over the library: it resolves settings,
//! reports problems in plain words, and returns an exit code: 0 success,
//! 1 a check failed, 2 a usage or configuration error.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};

use crate::api::{self, AppState};
use crate::audit::{self, AuditEvent, AuditKeys, AuditLog};
use crate::auth::Authenticator;
use crate::config::{self, LogFormat, Overrides, Settings};
use crate::dispatch::Backend;
use crate::dispatch::llama::{LlamaBackendHandle, LlamaEngine};
use crate::dispatch::upstream::UpstreamBackend;
use crate::pipeline::{Gateway, Recorder};
use crate::policy::{self, DestinationKind, Policy, PolicyHandle};
use crate::server;

/// Exit code for a usage or configuration error.
pub const EXIT_USAGE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "cordon",
    version,
    about = "An audited inference gateway: every request authenticated, inspected, decided by policy, recorded, then served.",
    long_about = None,
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gateway: OpenAI-compatible API on --listen, models from --policy.
    Serve(ServeArgs),
    /// Find PII, PHI and secrets in text: a table for people, JSON lines for tools.
    Scan(ScanArgs),
    /// Review policy files: check, test, explain a decision, diff two revisions.
    #[command(subcommand)]
    Policy(policy::cli::PolicyCommand),
    /// Verify, export, checkpoint and follow the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Create, list and revoke API keys (stored hashed in the audit database).
    Keys(crate::auth::cli::KeysArgs),
}

/// Runs `cordon keys ...`: opens the database the audit log lives in (and
/// applies its migrations), runs the command, and records key creation and
/// revocation in the audit log.
pub async fn keys(args: crate::auth::cli::KeysArgs) -> anyhow::Result<i32> {
    use crate::auth::cli::KeyEvent;
    let data_dir =
        std::env::var_os("CORDON_DATA_DIR").map_or_else(|| PathBuf::from(config::DEFAULT_DATA_DIR), PathBuf::from);
    let url = args.command.database().url_or(&audit::cli::default_database_url(&data_dir));
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&data_dir).with_context(|| format!("creating {}", data_dir.display()))?;
    }
    let (audit_keys, notices) = AuditKeys::load_or_generate(&data_dir, None, None)?;
    for notice in notices {
        eprintln!("cordon: {notice}");
    }
    let log = match AuditLog::open(&url, audit_keys, audit::AuditOptions::default()).await {
        Ok(log) => log,
        Err(e) => {
            eprintln!("cordon: cannot open the database: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let mut out = std::io::stdout();
    let store = crate::auth::KeyStore::open(log.store().pool().clone(), &url);
    let outcome = crate::auth::cli::run(&args, store, &mut out).await?;
    let event = match outcome.event {
        Some(KeyEvent::Created { id, name, roles, .. }) => {
            Some(AuditEvent::KeyCreated { key_id: id, name, role: roles.join(",") })
        }
        Some(KeyEvent::Revoked { id }) => Some(AuditEvent::KeyRevoked { key_id: id }),
        None => None,
    };
    if let Some(event) = event {
        log.append(event).await.context("recording the key change in the audit log")?;
    }
    log.close().await.context("closing the audit log")?;
    Ok(outcome.exit_code)
}

/// `cordon scan`: the built-in recognisers, plus a policy's site detectors
/// with `--policy`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Text to scan; without it, --file or standard input is read.
    pub text: Option<String>,
    /// Read the text from this file.
    #[arg(long, value_name = "FILE", conflicts_with = "text")]
    pub file: Option<PathBuf>,
    /// Batch mode: read {"id","text"} JSON lines on stdin, write
    /// {"id","findings":[{"class","start","end","score"}]} lines (byte offsets).
    #[arg(long, conflicts_with_all = ["text", "file"])]
    pub jsonl: bool,
    /// Also apply this policy's site detectors (term lists, regexes, allow-lists).
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Show class placeholders instead of the matched values in the table.
    #[arg(long)]
    pub mask: bool,
}

/// Runs `cordon scan`.
pub fn scan(args: ScanArgs) -> anyhow::Result<i32> {
    use std::io::{Read, Write};
    let detector = match &args.policy {
        Some(path) => match Policy::load(path) {
            Ok(p) => Arc::clone(p.detector()),
            Err(e) => {
                eprintln!("cordon: {e}");
                return Ok(EXIT_USAGE);
            }
        },
        None => Arc::new(crate::detect::Detector::builtin().context("building the detector")?),
    };
    if args.jsonl {
        let scan = |text: &str| crate::inspect::scan_field(&detector, text);
        let stats = crate::detect::scan_jsonl_with(std::io::stdin().lock(), std::io::stdout().lock(), &scan)?;
        eprintln!("scanned {} records: {} findings, {} bad lines", stats.records, stats.findings, stats.errors);
        return Ok(if stats.errors > 0 { EXIT_USAGE } else { 0 });
    }
    let text = match (&args.text, &args.file) {
        (Some(t), _) => {
            if !t.contains(char::is_whitespace) && std::path::Path::new(t).is_file() {
                eprintln!("cordon: scanning the text {t:?} itself; to scan the file it names, use --file {t}");
            }
            t.clone()
        }
        (None, Some(path)) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => {
                    eprintln!("cordon: {} is not valid UTF-8 text", path.display());
                    return Ok(EXIT_USAGE);
                }
            },
            Err(e) => {
                eprintln!("cordon: cannot read {}: {e}", path.display());
                return Ok(EXIT_USAGE);
            }
        },
        (None, None) => {
            let mut t = String::new();
            if std::io::stdin().read_to_string(&mut t).is_err() {
                eprintln!("cordon: standard input is not valid UTF-8 text");
                return Ok(EXIT_USAGE);
            }
            t
        }
    };
    let findings = crate::inspect::scan_field(&detector, &text);
    let options = crate::detect::TableOptions { show_values: !args.mask, ..Default::default() };
    std::io::stdout().write_all(crate::detect::render_table_with(&text, &findings, &options).as_bytes())?;
    Ok(0)
}

/// `cordon audit ...`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the hash chain and check every signed checkpoint (exit 1 if broken).
    Verify(audit::cli::VerifyArgs),
    /// Write records (and what is needed to verify them offline) to a file.
    Export(audit::cli::ExportArgs),
    /// Sign the current head now, or print the verification key (--public-key).
    Checkpoint(audit::cli::CheckpointArgs),
    /// Follow new records, human-readable.
    Tail(audit::cli::TailArgs),
}

/// Runs `cordon audit ...`.
pub async fn audit(command: AuditCommand) -> anyhow::Result<i32> {
    match command {
        AuditCommand::Verify(args) => audit::cli::run_verify(args).await,
        AuditCommand::Export(args) => audit::cli::run_export(args).await,
        AuditCommand::Checkpoint(args) => audit::cli::run_checkpoint(args).await,
        AuditCommand::Tail(args) => audit::cli::run_tail(args).await,
    }
}

/// Every option can also be set in the config file or with the `CORDON_*`
/// environment variable shown; the command line wins, then the environment,
/// then the config file.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Policy file (YAML) naming the destinations and models to expose.
    #[arg(long, env = "CORDON_POLICY", value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Server config file (YAML): listen address, TLS, database, limits, secrets.
    #[arg(long, env = "CORDON_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080]; port 0 picks a free port.
    #[arg(long, env = "CORDON_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// Audit database: postgres://... for PostgreSQL; default is an embedded SQLite file in --data-dir.
    #[arg(long, env = "CORDON_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,
    /// Where cordon keeps its generated keys and the embedded database [default: ./cordon-data].
    #[arg(long, env = "CORDON_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// TLS certificate chain (PEM). With --tls-key, the gateway speaks HTTPS only.
    #[arg(long, env = "CORDON_TLS_CERT", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, env = "CORDON_TLS_KEY", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
    /// Largest accepted request body in bytes; larger bodies get 413 [default: 1048576].
    #[arg(long, env = "CORDON_MAX_BODY_BYTES", value_name = "BYTES")]
    pub max_body_bytes: Option<usize>,
    /// CPU threads per local-model sequence [default: cores / parallel].
    #[arg(long, env = "CORDON_LLAMA_THREADS", value_name = "N")]
    pub llama_threads: Option<u32>,
    /// Local-model sequences decoded in parallel [default: 1].
    #[arg(long, env = "CORDON_LLAMA_PARALLEL", value_name = "N")]
    pub llama_parallel: Option<usize>,
    /// Local-model requests that may wait for a free sequence; more get 503 with Retry-After [default: 16].
    #[arg(long, env = "CORDON_LLAMA_QUEUE", value_name = "N")]
    pub llama_queue: Option<usize>,
    /// Local-model context size in tokens, prompt plus completion [default: 4096].
    #[arg(long, env = "CORDON_LLAMA_CONTEXT", value_name = "TOKENS")]
    pub llama_context: Option<u32>,
    /// Seconds to wait for an upstream's response and for each read of its stream [default: 120].
    #[arg(long, env = "CORDON_UPSTREAM_TIMEOUT_SECS", value_name = "SECS")]
    pub upstream_timeout_secs: Option<u64>,
    /// File holding the audit log's HMAC key [default: generated in --data-dir].
    #[arg(long, env = "CORDON_AUDIT_HMAC_KEY_FILE", value_name = "FILE")]
    pub hmac_key_file: Option<PathBuf>,
    /// File holding the Ed25519 checkpoint signing key [default: generated in --data-dir].
    #[arg(long, env = "CORDON_AUDIT_SIGNING_KEY_FILE", value_name = "FILE")]
    pub signing_key_file: Option<PathBuf>,
    /// Log line format on stderr [default: text].
    #[arg(long, env = "CORDON_LOG_FORMAT", value_enum)]
    pub log_format: Option<LogFormat>,
}

impl ServeArgs {
    fn settings(&self) -> anyhow::Result<Settings> {
        let file = match &self.config {
            Some(path) => config::read_file(path)?,
            None => config::FileConfig::default(),
        };
        let overrides = Overrides {
            policy: self.policy.clone(),
            listen: self.listen.clone(),
            tls_cert: self.tls_cert.clone(),
            tls_key: self.tls_key.clone(),
            database_url: self.database_url.clone(),
            data_dir: self.data_dir.clone(),
            max_body_bytes: self.max_body_bytes,
            llama_threads: self.llama_threads,
            llama_parallel: self.llama_parallel,
            llama_queue: self.llama_queue,
            llama_context: self.llama_context,
            upstream_timeout_secs: self.upstream_timeout_secs,
            hmac_key_file: self.hmac_key_file.clone(),
            signing_key_file: self.signing_key_file.clone(),
            log_format: self.log_format,
        };
        Ok(Settings::resolve(overrides, file)?)
    }
}

/// Sets up logging on stderr. `RUST_LOG` overrides the default filter.
pub fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,llama-cpp-2=warn,llama_cpp_2=warn"));
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(colour).with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

/// `cordon serve`.
pub async fn serve(args: ServeArgs) -> anyhow::Result<i32> {
    let settings = match args.settings() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cordon: {e:#}");
            return Ok(EXIT_USAGE);
        }
    };
    init_tracing(settings.log_format);
    let policy = match PolicyHandle::load(&settings.policy) {
        Ok(p) => Arc::new(p),
        Err(e) => {
            eprintln!("cordon: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let current = policy.current();
    for warning in &current.warnings {
        tracing::warn!(warning = %warning, "policy warning");
    }
    tracing::info!(policy = %current.name, revision = %current.revision, models = current.models.len(), "policy loaded");

    let tls = match &settings.tls {
        Some(files) => match server::tls_acceptor(&files.cert, &files.key) {
            Ok(acceptor) => Some(acceptor),
            Err(e) => {
                eprintln!("cordon: {e}");
                return Ok(EXIT_USAGE);
            }
        },
        None => None,
    };

    // The audit log: keys from files or generated on first run.
    if let Err(e) = std::fs::create_dir_all(&settings.data_dir) {
        eprintln!("cordon: cannot create data directory {}: {e}", settings.data_dir.display());
        return Ok(EXIT_USAGE);
    }
    let (keys, notices) = match AuditKeys::load_or_generate(
        &settings.data_dir,
        settings.hmac_key_file.as_deref(),
        settings.signing_key_file.as_deref(),
    ) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("cordon: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    for notice in notices {
        eprintln!("cordon: {notice}");
    }
    let database_url =
        settings.database_url.clone().unwrap_or_else(|| audit::cli::default_database_url(&settings.data_dir));
    let log = match AuditLog::open(&database_url, keys.clone(), settings.audit.clone()).await {
        Ok(log) => log,
        Err(e) => {
            eprintln!("cordon: cannot open the audit log: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let instance = instance_name();
    if let Err(e) =
        log.append(AuditEvent::PolicyLoaded { name: current.name.clone(), revision: current.revision.clone() }).await
    {
        eprintln!("cordon: cannot write to the audit log: {e}");
        return Ok(EXIT_USAGE);
    }
    let _ = log
        .append(AuditEvent::ServerStarted {
            version: env!("CARGO_PKG_VERSION").to_string(),
            instance: instance.clone(),
        })
        .await;

    let backends = match build_backends(&current, &settings) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cordon: {e:#}");
            return Ok(EXIT_USAGE);
        }
    };
    drop(current);
    tokio::spawn(watch_policy(Arc::clone(&policy), log.clone()));
    let recorder = Arc::new(Recorder::new(log.clone(), keys, settings.audit.store_redacted_text));
    let authenticator = match &settings.auth {
        Some(auth) => match Authenticator::for_database(auth, log.store().pool().clone(), &database_url).await {
            Ok(a) => a,
            Err(e) => {
                eprintln!("cordon: {e}");
                return Ok(EXIT_USAGE);
            }
        },
        None => {
            if !listen_is_loopback(&settings.listen) {
                eprintln!(
                    "cordon: no `auth:` section is configured, so every caller would be anonymous; \
                     that is allowed only on a loopback address, not {}. Configure API keys or OIDC \
                     (docs/sso.md) or listen on 127.0.0.1.",
                    settings.listen
                );
                return Ok(EXIT_USAGE);
            }
            tracing::warn!("no identity configured: every caller is the anonymous principal (loopback only)");
            Authenticator::open()
        }
    };
    let gateway = Arc::new(Gateway { policy, backends, authenticator, recorder, response: settings.response });
    let app = api::router(AppState { gateway, limits: settings.limits });

    let listener = match server::bind(&settings.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cordon: {e}");
            return Ok(EXIT_USAGE);
        }
    };
    let local = listener.local_addr().context("reading the bound address")?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    // Tests and scripts read this line to find the port when listening on :0.
    println!("cordon listening on {scheme}://{local}");
    tracing::info!(address = %local, tls = tls.is_some(), audit = %redact_url(&database_url), "listening");
    server::serve(listener, tls, app, settings.header_timeout, settings.drain, server::shutdown_signal()).await;
    let _ = log.append(AuditEvent::ServerStopped { instance, reason: "signal".into() }).await;
    // Sign the final head, so that everything this process wrote (its stop
    // record included) is covered by a checkpoint and a later truncation of
    // the tail is detectable.
    if let Err(e) = log.checkpoint_now().await {
        tracing::warn!(error = %e, "could not sign the final checkpoint");
    }
    if let Err(e) = log.close().await {
        tracing::warn!(error = %e, "closing the audit log");
    }
    tracing::info!("stopped");
    Ok(0)
}

/// Reloads the policy on SIGHUP and when its files change; records each
/// outcome in the audit log. An invalid new version never replaces the
/// running one.
async fn watch_policy(handle: Arc<PolicyHandle>, log: AuditLog) {
    let (events, mut received) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(policy::watch(Arc::clone(&handle), std::time::Duration::from_secs(1), events));
    while let Some(event) = received.recv().await {
        match event.result {
            Ok(policy::ReloadOutcome::Replaced { new_revision, warnings, .. }) => {
                let name = handle.current().name.clone();
                tracing::info!(revision = %new_revision, warnings = warnings.len(), "policy reloaded");
                let _ = log.append(AuditEvent::PolicyLoaded { name, revision: new_revision }).await;
            }
            Ok(policy::ReloadOutcome::Unchanged { .. }) => {}
            Err(e) => {
                let errors = match &e {
                    policy::PolicyError::Invalid(issues) => issues.len() as u32,
                    policy::PolicyError::Read { .. } => 1,
                };
                let revision = std::fs::read(handle.path()).map(|b| policy::revision_of(&b)).unwrap_or_default();
                tracing::error!(error = %e, running = %event.running_revision, "policy reload rejected; the running policy stays");
                let _ = log.append(AuditEvent::PolicyRejected { revision, errors }).await;
            }
        }
    }
}

/// Whether a listen address only accepts connections from this machine.
fn listen_is_loopback(listen: &str) -> bool {
    use std::net::ToSocketAddrs;
    match listen.to_socket_addrs() {
        Ok(mut addrs) => addrs.all(|a| a.ip().is_loopback()),
        Err(_) => false,
    }
}

fn instance_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("pid-{}", std::process::id()))
}

/// A database URL without its password, for logs.
fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// One backend per destination. Local models load in the background;
/// `/readyz` reports them not ready until they are.
fn build_backends(policy: &Policy, settings: &Settings) -> anyhow::Result<BTreeMap<String, Arc<dyn Backend>>> {
    let mut backends: BTreeMap<String, Arc<dyn Backend>> = BTreeMap::new();
    for (name, destination) in &policy.destinations {
        let backend: Arc<dyn Backend> = match &destination.kind {
            DestinationKind::Llama { model_file } => {
                if !model_file.is_file() {
                    anyhow::bail!(
                        "destination `{name}`: model file {} does not exist (run scripts/fetch-model.sh)",
                        model_file.display()
                    );
                }
                let handle = LlamaBackendHandle::pending();
                let loading = Arc::clone(&handle);
                let path = model_file.clone();
                let llama = settings.llama.clone();
                let name = name.clone();
                tokio::task::spawn_blocking(move || match LlamaEngine::load(&path, &llama) {
                    Ok(engine) => loading.set(Arc::new(engine)),
                    Err(e) => {
                        tracing::error!(destination = %name, error = %e, "local model failed to load");
                        loading.mark_failed();
                    }
                });
                handle
            }
            DestinationKind::OpenAi { base_url, api_key_env } => {
                if let Some(env) = api_key_env
                    && std::env::var_os(env).is_none()
                {
                    tracing::warn!(destination = %name, env = %env, "upstream API key variable is not set; requests to this destination will fail");
                }
                Arc::new(
                    UpstreamBackend::new(name, base_url, api_key_env.clone(), settings.upstream)
                        .map_err(|e| anyhow::anyhow!("destination `{name}`: {e}"))?,
                )
            }
        };
        backends.insert(name.clone(), backend);
    }
    Ok(backends)
}
