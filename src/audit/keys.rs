//! The audit log's two secrets: the HMAC key for digests and the Ed25519 key
//! that signs checkpoints.
//!
//! Decides where keys live and how they are written: files named in the
//! configuration win; otherwise `<data dir>/audit-hmac.key` and
//! `<data dir>/audit-signing.key`, generated on first run with mode 0600 and
//! announced through the returned notices. The signing key file uses the
//! signed-note private key encoding (`PRIVATE+KEY+name+id+base64`) and a
//! matching verifier key line is written beside it (`audit-signing.pub`) for
//! auditors. A named file that does not exist is an error, never generated:
//! a typo in a path must not silently start a new chain of trust.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use hmac::{Hmac, Mac};
use rand::RngCore;
use rand::rngs::OsRng;
use secrecy::{ExposeSecret, SecretSlice};
use sha2::{Digest, Sha256};

use super::AuditError;

/// Default key name (and checkpoint origin) for generated keys.
pub const DEFAULT_KEY_NAME: &str = "cordon-audit";
/// File name of the generated HMAC key inside the data directory.
pub const HMAC_KEY_FILE: &str = "audit-hmac.key";
/// File name of the generated signing key inside the data directory.
pub const SIGNING_KEY_FILE: &str = "audit-signing.key";
/// File name of the verifier key written beside a generated signing key.
pub const PUBLIC_KEY_FILE: &str = "audit-signing.pub";

/// Signature algorithm byte for Ed25519 in the signed-note format.
const ALG_ED25519: u8 = 0x01;

/// The audit secrets. `Debug` never prints key material.
pub struct AuditKeys {
    hmac_key: SecretSlice<u8>,
    signing_key: SigningKey,
    key_name: String,
}

/// The gateway holds the keys twice: the log signs checkpoints, the request
/// path computes digests. Cloning copies the secrets into a new zeroizing box.
impl Clone for AuditKeys {
    fn clone(&self) -> Self {
        AuditKeys {
            hmac_key: SecretSlice::from(self.hmac_key.expose_secret().to_vec()),
            signing_key: self.signing_key.clone(),
            key_name: self.key_name.clone(),
        }
    }
}

impl std::fmt::Debug for AuditKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditKeys")
            .field("key_name", &self.key_name)
            .field("verifier", &self.public_key_note_format())
            .finish_non_exhaustive()
    }
}

impl AuditKeys {
    /// Load the keys, generating missing default-location keys into `data_dir`.
    ///
    /// Returns human-readable notices (e.g. "generated a new audit signing key
    /// at ...") that the caller should print or log.
    pub fn load_or_generate(
        data_dir: &Path,
        hmac_key_file: Option<&Path>,
        signing_key_file: Option<&Path>,
    ) -> Result<(AuditKeys, Vec<String>), AuditError> {
        let mut notices = Vec::new();
        let hmac_key = match hmac_key_file {
            Some(path) => read_hmac_key(path)?,
            None => {
                let path = data_dir.join(HMAC_KEY_FILE);
                if path.exists() {
                    read_hmac_key(&path)?
                } else {
                    let mut key = vec![0u8; 32];
                    OsRng.fill_bytes(&mut key);
                    ensure_dir(data_dir)?;
                    write_new_secret(&path, format!("{}\n", hex::encode(&key)).as_bytes())?;
                    notices.push(format!(
                        "generated a new audit HMAC key at {} (keep it secret and backed up)",
                        path.display()
                    ));
                    key
                }
            }
        };
        let (signing_key, key_name) = match signing_key_file {
            Some(path) => read_signing_key(path)?,
            None => {
                let path = data_dir.join(SIGNING_KEY_FILE);
                if path.exists() {
                    read_signing_key(&path)?
                } else {
                    let key = SigningKey::generate(&mut OsRng);
                    ensure_dir(data_dir)?;
                    let name = DEFAULT_KEY_NAME.to_owned();
                    write_new_secret(&path, encode_private_key(&name, &key).as_bytes())?;
                    let public_path = data_dir.join(PUBLIC_KEY_FILE);
                    let line = verifier_key_line(&name, &key.verifying_key());
                    std::fs::write(&public_path, format!("{line}\n")).map_err(|e| AuditError::Key {
                        what: "cannot write public key file",
                        path: public_path.clone(),
                        source: Some(e),
                    })?;
                    notices.push(format!(
                        "generated a new audit checkpoint signing key at {}; give auditors the verifier key in {}: {line}",
                        path.display(),
                        public_path.display()
                    ));
                    (key, name)
                }
            }
        };
        Ok((AuditKeys { hmac_key: SecretSlice::from(hmac_key), signing_key, key_name }, notices))
    }

    /// Keys from raw material (tests, benchmarks, embedding).
    pub fn from_parts(hmac_key: Vec<u8>, signing_key: [u8; 32], key_name: &str) -> AuditKeys {
        AuditKeys {
            hmac_key: SecretSlice::from(hmac_key),
            signing_key: SigningKey::from_bytes(&signing_key),
            key_name: key_name.to_owned(),
        }
    }

    /// HMAC-SHA256 of `text` under the audit HMAC key, lower-case hex.
    pub fn digest(&self, text: &[u8]) -> String {
        // HMAC accepts keys of any length, so new_from_slice cannot fail here.
        match <Hmac<Sha256> as Mac>::new_from_slice(self.hmac_key.expose_secret()) {
            Ok(mut mac) => {
                mac.update(text);
                hex::encode(mac.finalize().into_bytes())
            }
            Err(_) => String::new(),
        }
    }

    /// The verifier key line (`name+keyid+base64(0x01||pubkey)`) auditors pass as `--public-key`.
    pub fn public_key_note_format(&self) -> String {
        verifier_key_line(&self.key_name, &self.signing_key.verifying_key())
    }

    /// The key name, which is also the checkpoint origin line.
    pub fn key_name(&self) -> &str {
        &self.key_name
    }

    /// The public half of the signing key, as a note verifier.
    pub fn verifier(&self) -> NoteVerifier {
        NoteVerifier {
            name: self.key_name.clone(),
            key_id: key_id(&self.key_name, &self.signing_key.verifying_key()),
            key: self.signing_key.verifying_key(),
        }
    }

    /// Sign `message`; returns the 4-byte key id and the 64-byte signature.
    pub(crate) fn sign(&self, message: &[u8]) -> ([u8; 4], [u8; 64]) {
        let signature = self.signing_key.sign(message);
        (key_id(&self.key_name, &self.signing_key.verifying_key()), signature.to_bytes())
    }
}

/// A public key able to check signed-note signatures.
#[derive(Debug, Clone)]
pub struct NoteVerifier {
    /// Key name.
    pub name: String,
    /// Key id (first four bytes of SHA-256(name || "\n" || 0x01 || key)).
    pub key_id: [u8; 4],
    /// The Ed25519 public key.
    pub key: VerifyingKey,
}

impl NoteVerifier {
    /// Parse a verifier key line `name+hexid+base64(0x01||key)`.
    pub fn parse(line: &str) -> Result<NoteVerifier, &'static str> {
        let line = line.trim();
        let mut parts = line.splitn(3, '+');
        let (Some(name), Some(id_hex), Some(key_b64)) = (parts.next(), parts.next(), parts.next()) else {
            return Err("verifier key must look like name+keyid+base64key");
        };
        if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c == '+') {
            return Err("verifier key name is empty or contains spaces or '+'");
        }
        let id = hex::decode(id_hex).map_err(|_| "verifier key id is not hex")?;
        let raw = BASE64.decode(key_b64).map_err(|_| "verifier key is not base64")?;
        if raw.len() != 33 || raw[0] != ALG_ED25519 {
            return Err("verifier key is not an Ed25519 key");
        }
        let mut key_bytes = [0u8; 32];
        key_bytes.copy_from_slice(&raw[1..]);
        let key = VerifyingKey::from_bytes(&key_bytes).map_err(|_| "invalid Ed25519 key")?;
        let computed = key_id(name, &key);
        if id.as_slice() != computed.as_slice() {
            return Err("verifier key id does not match the key");
        }
        Ok(NoteVerifier { name: name.to_owned(), key_id: computed, key })
    }

    /// Read a verifier key line from a file.
    pub fn from_file(path: &Path) -> Result<NoteVerifier, AuditError> {
        let text = std::fs::read_to_string(path).map_err(|e| AuditError::Key {
            what: "cannot read public key file",
            path: path.to_owned(),
            source: Some(e),
        })?;
        NoteVerifier::parse(&text).map_err(|what| AuditError::Key { what, path: path.to_owned(), source: None })
    }
}

/// Key id per the signed-note spec: SHA-256(name || 0x0A || alg || public key)[..4].
fn key_id(name: &str, key: &VerifyingKey) -> [u8; 4] {
    let mut h = Sha256::new();
    h.update(name.as_bytes());
    h.update([b'\n', ALG_ED25519]);
    h.update(key.as_bytes());
    let digest = h.finalize();
    [digest[0], digest[1], digest[2], digest[3]]
}

fn verifier_key_line(name: &str, key: &VerifyingKey) -> String {
    let mut raw = Vec::with_capacity(33);
    raw.push(ALG_ED25519);
    raw.extend_from_slice(key.as_bytes());
    format!("{name}+{}+{}", hex::encode(key_id(name, key)), BASE64.encode(raw))
}

fn encode_private_key(name: &str, key: &SigningKey) -> String {
    let mut raw = Vec::with_capacity(33);
    raw.push(ALG_ED25519);
    raw.extend_from_slice(&key.to_bytes());
    format!("PRIVATE+KEY+{name}+{}+{}\n", hex::encode(key_id(name, &key.verifying_key())), BASE64.encode(raw))
}

fn read_signing_key(path: &Path) -> Result<(SigningKey, String), AuditError> {
    let bad = |what| AuditError::Key { what, path: path.to_owned(), source: None };
    let text = std::fs::read_to_string(path).map_err(|e| AuditError::Key {
        what: "cannot read signing key file",
        path: path.to_owned(),
        source: Some(e),
    })?;
    let rest = text.trim().strip_prefix("PRIVATE+KEY+").ok_or(bad("signing key file must start with PRIVATE+KEY+"))?;
    let mut parts = rest.splitn(3, '+');
    let (Some(name), Some(_id), Some(key_b64)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad("signing key must look like PRIVATE+KEY+name+keyid+base64"));
    };
    let raw = BASE64.decode(key_b64).map_err(|_| bad("signing key is not base64"))?;
    if raw.len() != 33 || raw[0] != ALG_ED25519 {
        return Err(bad("signing key is not an Ed25519 key"));
    }
    let mut seed = [0u8; 32];
    seed.copy_from_slice(&raw[1..]);
    Ok((SigningKey::from_bytes(&seed), name.to_owned()))
}

fn read_hmac_key(path: &Path) -> Result<Vec<u8>, AuditError> {
    let text = std::fs::read_to_string(path).map_err(|e| AuditError::Key {
        what: "cannot read HMAC key file",
        path: path.to_owned(),
        source: Some(e),
    })?;
    let text = text.trim();
    let key = hex::decode(text).or_else(|_| BASE64.decode(text)).map_err(|_| AuditError::Key {
        what: "HMAC key file must hold hex or base64",
        path: path.to_owned(),
        source: None,
    })?;
    if key.len() < 32 {
        return Err(AuditError::Key {
            what: "HMAC key must be at least 32 bytes",
            path: path.to_owned(),
            source: None,
        });
    }
    Ok(key)
}

fn ensure_dir(dir: &Path) -> Result<(), AuditError> {
    std::fs::create_dir_all(dir).map_err(|e| AuditError::Key {
        what: "cannot create data directory",
        path: dir.to_owned(),
        source: Some(e),
    })
}

/// Create `path` (failing if it exists) readable by the owner only, and write `contents`.
fn write_new_secret(path: &PathBuf, contents: &[u8]) -> Result<(), AuditError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let io = |e| AuditError::Key { what: "cannot write new key file", path: path.clone(), source: Some(e) };
    let mut file = options.open(path).map_err(io)?;
    file.write_all(contents).map_err(io)?;
    file.sync_all().map_err(io)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly by design
    use super::*;

    #[test]
    fn generates_then_reloads_the_same_keys() {
        let dir = tempfile::tempdir().unwrap();
        let (a, notices) = AuditKeys::load_or_generate(dir.path(), None, None).unwrap();
        assert_eq!(notices.len(), 2);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(SIGNING_KEY_FILE)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let (b, notices) = AuditKeys::load_or_generate(dir.path(), None, None).unwrap();
        assert!(notices.is_empty());
        assert_eq!(a.digest(b"x"), b.digest(b"x"));
        assert_eq!(a.public_key_note_format(), b.public_key_note_format());
        let written = std::fs::read_to_string(dir.path().join(PUBLIC_KEY_FILE)).unwrap();
        assert_eq!(written.trim(), a.public_key_note_format());
        NoteVerifier::parse(&written).unwrap();
    }

    #[test]
    fn a_named_missing_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.key");
        assert!(AuditKeys::load_or_generate(dir.path(), Some(&missing), None).is_err());
    }

    #[test]
    fn debug_hides_secrets() {
        let keys = AuditKeys::from_parts(vec![7; 32], [9; 32], "t");
        let shown = format!("{keys:?}");
        assert!(!shown.contains("0707"));
    }
}
