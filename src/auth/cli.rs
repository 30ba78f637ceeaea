//! `cordon keys create|list|revoke`.
//!
//! Decides the command-line surface for API keys and what each command prints.
//! The binary opens the database (and runs migrations) and records audit
//! events; these runners only talk to the [`KeyStore`] and report what they
//! changed as a [`KeyEvent`], so that creation and revocation are audited by
//! the caller without this module knowing the audit log. A new key is printed
//! exactly once, to the given writer; `--json` prints exactly
//! `{"id": …, "key": …}`.

use std::io::Write;
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, Subcommand};

use super::apikey::reveal;
use super::keystore::{KeyInfo, KeyStore, unix_now};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: the command ran but did not do what was asked (unknown key id).
pub const EXIT_FAILED: i32 = 1;

/// `cordon keys …`
#[derive(Debug, Clone, Args)]
pub struct KeysArgs {
    /// What to do with API keys.
    #[command(subcommand)]
    pub command: KeysCommand,
}

/// The `keys` subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum KeysCommand {
    /// Create an API key and print it once.
    Create(CreateArgs),
    /// List API keys (never their secrets), with last use.
    List(ListArgs),
    /// Revoke an API key by id; it is refused from the next request on.
    Revoke(RevokeArgs),
}

/// Where the key table lives: the audit log's database.
#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// Database URL (`sqlite://…` or `postgres://…`); the embedded SQLite file by default.
    #[arg(long, env = "CORDON_DATABASE_URL")]
    pub database_url: Option<String>,
}

impl DatabaseArgs {
    /// The URL given, or `default` (the embedded SQLite file) when none was.
    pub fn url_or(&self, default: &str) -> String {
        self.database_url.clone().unwrap_or_else(|| default.to_owned())
    }
}

/// `cordon keys create`
#[derive(Debug, Clone, Args)]
pub struct CreateArgs {
    /// A label for the key (who or what uses it).
    #[arg(long)]
    pub name: String,
    /// A role granted to callers presenting the key; repeat for several.
    #[arg(long = "role", required = true)]
    pub roles: Vec<String>,
    /// Lifetime, e.g. `90d`, `12h`, `30m`, `2w`; no expiry when absent.
    #[arg(long, value_parser = parse_duration)]
    pub expires: Option<Duration>,
    /// Print `{"id": …, "key": …}` instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

/// `cordon keys list`
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

/// `cordon keys revoke`
#[derive(Debug, Clone, Args)]
pub struct RevokeArgs {
    /// The key id shown by `keys create` and `keys list`.
    pub id: String,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

impl KeysCommand {
    /// The database selection of whichever subcommand this is.
    pub fn database(&self) -> &DatabaseArgs {
        match self {
            KeysCommand::Create(a) => &a.database,
            KeysCommand::List(a) => &a.database,
            KeysCommand::Revoke(a) => &a.database,
        }
    }
}

/// A change to the key table, for the caller to append to the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyEvent {
    /// A key was created (its secret is not here).
    Created { id: String, name: String, roles: Vec<String>, expires_at: Option<i64> },
    /// A key was revoked.
    Revoked { id: String },
}

/// What a runner did: the process exit code and the change to audit, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeysOutcome {
    pub exit_code: i32,
    pub event: Option<KeyEvent>,
}

/// Parse `90d`, `12h`, `30m`, `45s`, `2w`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().map_err(|_| format!("{text:?} is not a duration like 90d, 12h, 30m"))?;
    let unit_secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(format!("{text:?}: the unit must be one of s, m, h, d, w")),
    };
    if number == 0 {
        return Err("a duration must be greater than zero".to_owned());
    }
    number
        .checked_mul(unit_secs)
        .filter(|s| *s <= 100 * 365 * 86_400)
        .map(Duration::from_secs)
        .ok_or_else(|| format!("{text:?} is too long"))
}

fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| unix.to_string())
}

/// Run any `keys` subcommand.
pub async fn run<W: Write>(args: &KeysArgs, store: KeyStore, out: &mut W) -> anyhow::Result<KeysOutcome> {
    match &args.command {
        KeysCommand::Create(a) => run_create(a, store, out).await,
        KeysCommand::List(a) => run_list(a, store, out).await,
        KeysCommand::Revoke(a) => run_revoke(a, store, out).await,
    }
}

/// `cordon keys create`: prints the key once.
pub async fn run_create<W: Write>(args: &CreateArgs, store: KeyStore, out: &mut W) -> anyhow::Result<KeysOutcome> {
    let (info, key) =
        store.create(&args.name, &args.roles, args.expires).await.context("could not create the API key")?;
    if args.json {
        let line = serde_json::json!({ "id": info.id, "key": reveal(&key) });
        writeln!(out, "{line}")?;
    } else {
        let expiry = info.expires_at.map_or_else(|| "never".to_owned(), rfc3339);
        writeln!(
            out,
            "Created API key {} (name {:?}, roles {}, expires {expiry}).\n\
             Store it now; it cannot be shown again:\n\n{}",
            info.id,
            info.name,
            info.roles.join(", "),
            reveal(&key)
        )?;
    }
    out.flush()?;
    Ok(KeysOutcome {
        exit_code: EXIT_OK,
        event: Some(KeyEvent::Created { id: info.id, name: info.name, roles: info.roles, expires_at: info.expires_at }),
    })
}

fn status(info: &KeyInfo, now: i64) -> &'static str {
    if info.revoked_at.is_some() {
        "revoked"
    } else if info.expires_at.is_some_and(|at| now >= at) {
        "expired"
    } else {
        "active"
    }
}

/// `cordon keys list`: never prints secrets.
pub async fn run_list<W: Write>(args: &ListArgs, store: KeyStore, out: &mut W) -> anyhow::Result<KeysOutcome> {
    let keys = store.list().await.context("could not list API keys")?;
    let now = unix_now();
    if args.json {
        let rows: Vec<serde_json::Value> = keys
            .iter()
            .map(|k| {
                serde_json::json!({
                    "id": k.id,
                    "name": k.name,
                    "roles": k.roles,
                    "status": status(k, now),
                    "created_at": rfc3339(k.created_at),
                    "expires_at": k.expires_at.map(rfc3339),
                    "revoked_at": k.revoked_at.map(rfc3339),
                    "last_used_at": k.last_used_at.map(rfc3339),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::Value::Array(rows))?;
    } else {
        writeln!(
            out,
            "{:<16}  {:<8}  {:<20}  {:<20}  {:<20}  {:<20}  ROLES",
            "ID", "STATUS", "NAME", "CREATED", "EXPIRES", "LAST USED"
        )?;
        for k in &keys {
            writeln!(
                out,
                "{:<16}  {:<8}  {:<20}  {:<20}  {:<20}  {:<20}  {}",
                k.id,
                status(k, now),
                k.name,
                rfc3339(k.created_at),
                k.expires_at.map_or_else(|| "never".to_owned(), rfc3339),
                k.last_used_at.map_or_else(|| "never".to_owned(), rfc3339),
                k.roles.join(",")
            )?;
        }
    }
    out.flush()?;
    Ok(KeysOutcome { exit_code: EXIT_OK, event: None })
}

/// `cordon keys revoke ID`: exit 1 when no active key has that id.
pub async fn run_revoke<W: Write>(args: &RevokeArgs, store: KeyStore, out: &mut W) -> anyhow::Result<KeysOutcome> {
    let revoked = store.revoke(&args.id).await.context("could not revoke the API key")?;
    if revoked {
        writeln!(out, "Revoked API key {}.", args.id)?;
        Ok(KeysOutcome { exit_code: EXIT_OK, event: Some(KeyEvent::Revoked { id: args.id.clone() }) })
    } else {
        writeln!(out, "No active API key has id {:?}.", args.id)?;
        Ok(KeysOutcome { exit_code: EXIT_FAILED, event: None })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90d").unwrap(), Duration::from_secs(90 * 86_400));
        assert_eq!(parse_duration("12h").unwrap(), Duration::from_secs(12 * 3600));
        assert_eq!(parse_duration("30m").unwrap(), Duration::from_secs(1800));
        assert_eq!(parse_duration("2w").unwrap(), Duration::from_secs(14 * 86_400));
        for bad in ["", "d", "12", "0d", "1y", "-1d", "99999999999999999999d", "1.5h"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn clap_surface() {
        use clap::Parser;
        #[derive(Parser)]
        struct Top {
            #[command(subcommand)]
            keys: KeysCommand,
        }
        let t = Top::try_parse_from([
            "keys",
            "create",
            "--name",
            "ehr",
            "--role",
            "a",
            "--role",
            "b",
            "--expires",
            "90d",
            "--json",
            "--database-url",
            "sqlite://x",
        ])
        .unwrap();
        let KeysCommand::Create(c) = t.keys else { panic!("not create") };
        assert_eq!(c.roles, vec!["a", "b"]);
        assert!(c.json);
        assert_eq!(c.database.url_or("d"), "sqlite://x");
        assert!(Top::try_parse_from(["keys", "create", "--name", "x"]).is_err(), "role is required");
        assert!(Top::try_parse_from(["keys", "revoke", "abc"]).is_ok());
    }
}
