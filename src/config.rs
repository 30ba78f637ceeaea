//! Server settings: everything that is not policy.
//!
//! Settings come from three layers, highest first: command-line flags,
//! `CORDON_*` environment variables (clap reads both), and the YAML config
//! file. The raw layers are merged into [`Settings`], which has no optional
//! value left where one is required; every problem is reported at once, with
//! the config file's line and column where one applies.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use crate::api::Limits;
use crate::audit::AuditOptions;
use crate::dispatch::llama::LlamaSettings;
use crate::dispatch::upstream::UpstreamTimeouts;
use crate::response::ResponseSettings;

/// The config file, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub policy: Option<PathBuf>,
    pub listen: Option<String>,
    pub tls: Option<FileTls>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    #[serde(default)]
    pub limits: FileLimits,
    #[serde(default)]
    pub upstream: FileUpstream,
    #[serde(default)]
    pub llama: FileLlama,
    #[serde(default)]
    pub secrets: FileSecrets,
    #[serde(default)]
    pub audit: FileAudit,
    #[serde(default)]
    pub response: FileResponse,
    /// Identity: API keys and OIDC issuers. Absent: every caller is
    /// anonymous, which is allowed only on a loopback address.
    pub auth: Option<crate::auth::AuthConfig>,
    pub log_format: Option<LogFormat>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileAudit {
    /// Most records committed in one transaction.
    pub batch_max: Option<usize>,
    /// Sign a checkpoint after this many records.
    pub checkpoint_every_records: Option<u64>,
    /// Sign a checkpoint this often (seconds) when records were added.
    pub checkpoint_every_secs: Option<u64>,
    /// Keep a masked copy of each request's text in decision records.
    pub store_redacted_text: Option<bool>,
    /// Also write each signed checkpoint to this file, outside the database.
    pub checkpoint_file: Option<PathBuf>,
    /// Apply migrations at startup (false when connecting as the writer role).
    pub run_migrations: Option<bool>,
}

/// Stage 6: inspection of what the caller receives.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileResponse {
    /// Scan responses and apply `direction: response` rules (default true).
    pub inspect: Option<bool>,
    /// Bytes a streamed response is held back for inspection (default 128).
    pub window_bytes: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileTls {
    pub cert: PathBuf,
    pub key: PathBuf,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLimits {
    pub max_body_bytes: Option<usize>,
    pub body_timeout_secs: Option<u64>,
    pub header_timeout_secs: Option<u64>,
    pub drain_secs: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileUpstream {
    pub connect_timeout_secs: Option<u64>,
    pub read_timeout_secs: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileLlama {
    pub threads: Option<u32>,
    pub parallel: Option<usize>,
    pub queue: Option<usize>,
    pub context: Option<u32>,
    pub batch: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSecrets {
    pub hmac_key_file: Option<PathBuf>,
    pub signing_key_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// Values given on the command line or in `CORDON_*` variables.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub policy: Option<PathBuf>,
    pub listen: Option<String>,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub max_body_bytes: Option<usize>,
    pub llama_threads: Option<u32>,
    pub llama_parallel: Option<usize>,
    pub llama_queue: Option<usize>,
    pub llama_context: Option<u32>,
    pub upstream_timeout_secs: Option<u64>,
    pub hmac_key_file: Option<PathBuf>,
    pub signing_key_file: Option<PathBuf>,
    pub log_format: Option<LogFormat>,
}

#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// Validated settings for `cordon serve`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub policy: PathBuf,
    pub listen: String,
    pub tls: Option<TlsFiles>,
    /// `None`: the embedded SQLite file in `data_dir`.
    pub database_url: Option<String>,
    pub data_dir: PathBuf,
    pub limits: Limits,
    pub header_timeout: Duration,
    pub drain: Duration,
    pub upstream: UpstreamTimeouts,
    pub llama: LlamaSettings,
    pub hmac_key_file: Option<PathBuf>,
    pub signing_key_file: Option<PathBuf>,
    pub audit: AuditOptions,
    pub response: ResponseSettings,
    pub auth: Option<crate::auth::AuthConfig>,
    pub log_format: LogFormat,
}

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "cordon-data";

/// Every problem found in the settings.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration:\n{}", .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct ConfigError(pub Vec<String>);

/// Reads a config file.
pub fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError(vec![format!("{}: cannot read config file: {e}", path.display())]))?;
    if text.trim().is_empty() {
        return Ok(FileConfig::default());
    }
    serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!("{}:{}:{}", path.display(), l.line(), l.column()))
            .unwrap_or_else(|| path.display().to_string());
        ConfigError(vec![format!("{at}: {e}")])
    })
}

impl Settings {
    /// Merges the layers and validates the result.
    pub fn resolve(cli: Overrides, file: FileConfig) -> Result<Settings, ConfigError> {
        let mut problems = Vec::new();
        let policy = cli.policy.or(file.policy);
        if policy.is_none() {
            problems
                .push("no policy file: give --policy FILE, CORDON_POLICY or `policy:` in the config file".to_string());
        }
        let tls =
            match (cli.tls_cert.or(file.tls.as_ref().map(|t| t.cert.clone())), cli.tls_key.or(file.tls.map(|t| t.key)))
            {
                (Some(cert), Some(key)) => Some(TlsFiles { cert, key }),
                (None, None) => None,
                _ => {
                    problems.push("TLS needs both a certificate and a key (--tls-cert and --tls-key)".to_string());
                    None
                }
            };
        let database_url = cli.database_url.or(file.database_url);
        if let Some(url) = &database_url
            && !(url.starts_with("postgres://") || url.starts_with("postgresql://") || url.starts_with("sqlite:"))
        {
            problems.push("database URL must start with postgres://, postgresql:// or sqlite:".to_string());
        }
        let positive = |problems: &mut Vec<String>, name: &str, value: u64| {
            if value == 0 {
                problems.push(format!("`{name}` must be greater than zero"));
            }
        };
        let max_body_bytes = cli.max_body_bytes.or(file.limits.max_body_bytes).unwrap_or(1024 * 1024);
        positive(&mut problems, "max_body_bytes", max_body_bytes as u64);
        let body_timeout = file.limits.body_timeout_secs.unwrap_or(30);
        positive(&mut problems, "limits.body_timeout_secs", body_timeout);
        let header_timeout = file.limits.header_timeout_secs.unwrap_or(10);
        positive(&mut problems, "limits.header_timeout_secs", header_timeout);
        let drain = file.limits.drain_secs.unwrap_or(30);
        let connect = file.upstream.connect_timeout_secs.unwrap_or(10);
        positive(&mut problems, "upstream.connect_timeout_secs", connect);
        let read = cli.upstream_timeout_secs.or(file.upstream.read_timeout_secs).unwrap_or(120);
        positive(&mut problems, "upstream.read_timeout_secs", read);

        let defaults = LlamaSettings::default();
        let parallel = cli.llama_parallel.or(file.llama.parallel).unwrap_or(defaults.parallel);
        positive(&mut problems, "llama.parallel", parallel as u64);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u32;
        let threads =
            cli.llama_threads.or(file.llama.threads).unwrap_or_else(|| (cores / parallel.max(1) as u32).max(1));
        positive(&mut problems, "llama.threads", u64::from(threads));
        let context = cli.llama_context.or(file.llama.context).unwrap_or(defaults.context);
        if context < 256 {
            problems.push("`llama.context` must be at least 256 tokens".to_string());
        }
        let batch = file.llama.batch.unwrap_or(defaults.batch);
        positive(&mut problems, "llama.batch", u64::from(batch));
        let queue = cli.llama_queue.or(file.llama.queue).unwrap_or(defaults.queue);

        let mut audit = AuditOptions::default();
        if let Some(n) = file.audit.batch_max {
            positive(&mut problems, "audit.batch_max", n as u64);
            audit.batch_max = n;
        }
        if let Some(n) = file.audit.checkpoint_every_records {
            audit.checkpoint_every_records = n;
        }
        if let Some(secs) = file.audit.checkpoint_every_secs {
            audit.checkpoint_every = Duration::from_secs(secs);
        }
        if let Some(on) = file.audit.store_redacted_text {
            audit.store_redacted_text = on;
        }
        if let Some(on) = file.audit.run_migrations {
            audit.run_migrations = on;
        }
        audit.checkpoint_file = file.audit.checkpoint_file;

        let mut response = ResponseSettings::default();
        if let Some(on) = file.response.inspect {
            response.inspect = on;
        }
        if let Some(bytes) = file.response.window_bytes {
            if !(16..=65_536).contains(&bytes) {
                problems.push("`response.window_bytes` must be between 16 and 65536".to_string());
            }
            response.window_bytes = bytes;
        }

        let Some(policy) = policy else {
            return Err(ConfigError(problems));
        };
        if !problems.is_empty() {
            return Err(ConfigError(problems));
        }
        Ok(Settings {
            policy,
            listen: cli.listen.or(file.listen).unwrap_or_else(|| DEFAULT_LISTEN.to_string()),
            tls,
            database_url,
            data_dir: cli.data_dir.or(file.data_dir).unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR)),
            limits: Limits { max_body_bytes, body_timeout: Duration::from_secs(body_timeout) },
            header_timeout: Duration::from_secs(header_timeout),
            drain: Duration::from_secs(drain),
            upstream: UpstreamTimeouts { connect: Duration::from_secs(connect), read: Duration::from_secs(read) },
            llama: LlamaSettings { threads: threads as i32, parallel, queue, context, batch },
            hmac_key_file: cli.hmac_key_file.or(file.secrets.hmac_key_file),
            signing_key_file: cli.signing_key_file.or(file.secrets.signing_key_file),
            audit,
            response,
            auth: file.auth,
            log_format: cli.log_format.or(file.log_format).unwrap_or(LogFormat::Text),
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;

    fn file(text: &str) -> Result<FileConfig, ConfigError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cordon.yaml");
        std::fs::write(&path, text).unwrap();
        read_file(&path)
    }

    #[test]
    fn command_line_wins_over_file() {
        let f = file("policy: p.yaml\nlisten: 0.0.0.0:1\nlimits: { max_body_bytes: 10 }\n").unwrap();
        let cli = Overrides { listen: Some("127.0.0.1:2".into()), ..Overrides::default() };
        let s = Settings::resolve(cli, f).unwrap();
        assert_eq!(s.listen, "127.0.0.1:2");
        assert_eq!(s.policy, PathBuf::from("p.yaml"));
        assert_eq!(s.limits.max_body_bytes, 10);
    }

    #[test]
    fn defaults_are_local_and_one_mebibyte() {
        let s =
            Settings::resolve(Overrides { policy: Some("p".into()), ..Overrides::default() }, FileConfig::default())
                .unwrap();
        assert_eq!(s.listen, DEFAULT_LISTEN);
        assert_eq!(s.limits.max_body_bytes, 1 << 20);
        assert!(s.tls.is_none());
        assert!(s.database_url.is_none());
        assert_eq!(s.data_dir, PathBuf::from("cordon-data"));
        assert_eq!(s.response, ResponseSettings::default());
    }

    #[test]
    fn response_section_is_read_and_checked() {
        let f = file("policy: p\nresponse: { inspect: false, window_bytes: 256 }\n").unwrap();
        let s = Settings::resolve(Overrides::default(), f).unwrap();
        assert!(!s.response.inspect);
        assert_eq!(s.response.window_bytes, 256);
        let f = file("policy: p\nresponse: { window_bytes: 2 }\n").unwrap();
        assert!(Settings::resolve(Overrides::default(), f).unwrap_err().to_string().contains("response.window_bytes"));
    }

    #[test]
    fn every_problem_is_reported() {
        let f =
            file("tls: { cert: a.pem, key: b.pem }\nllama: { parallel: 0, context: 10 }\ndatabase_url: mysql://x\n")
                .unwrap();
        let err = Settings::resolve(Overrides::default(), f).unwrap_err();
        let text = err.to_string();
        for expected in ["no policy file", "llama.parallel", "llama.context", "database URL"] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    #[test]
    fn tls_needs_both_files() {
        let cli = Overrides { policy: Some("p".into()), tls_cert: Some("c".into()), ..Overrides::default() };
        assert!(Settings::resolve(cli, FileConfig::default()).unwrap_err().to_string().contains("both"));
    }

    #[test]
    fn unknown_config_keys_are_errors_with_position() {
        let err = file("listen: x\nlisten_port: 3\n").unwrap_err().to_string();
        assert!(err.contains("cordon.yaml:2:1"), "{err}");
        assert!(err.contains("unknown field `listen_port`"), "{err}");
    }
}
