//! The API key format.
//!
//! Decides what a cordon API key looks like and how it is checked without the
//! database ever holding it: `cdn_<id>_<secret>`, where
//!
//! - `cdn_` is a fixed prefix so that keys are recognisable to people, to
//!   secret scanners and to [`crate::auth::Authenticator`] (which routes on it);
//! - `<id>` is 16 lower-case hex digits (64 random bits), the lookup key and
//!   the name shown by `cordon keys list` / used by `cordon keys revoke`;
//! - `<secret>` is 32 random bytes (256 bits) in unpadded base64url.
//!
//! Only SHA-256 of the secret is stored. A fast unsalted hash is enough here
//! because the secret is uniformly random and far too large to guess; slow
//! password hashes exist for low-entropy human secrets. The stored and the
//! presented digests are compared in constant time.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Every cordon API key starts with this.
pub const API_KEY_PREFIX: &str = "cdn_";
const ID_BYTES: usize = 8;
const SECRET_BYTES: usize = 32;
/// Length of the base64url text of `SECRET_BYTES` bytes without padding.
const SECRET_CHARS: usize = 43;

/// A freshly generated key: the id, the full key text (shown to the operator
/// once) and the digest that is stored.
pub(crate) struct GeneratedKey {
    pub id: String,
    pub key: SecretString,
    pub secret_sha256: String,
}

/// Generate a new key from the operating system's CSPRNG.
pub(crate) fn generate() -> Result<GeneratedKey, ring::error::Unspecified> {
    let rng = SystemRandom::new();
    let mut id = [0u8; ID_BYTES];
    let mut secret = [0u8; SECRET_BYTES];
    rng.fill(&mut id)?;
    rng.fill(&mut secret)?;
    let id = hex::encode(id);
    let secret_text = URL_SAFE_NO_PAD.encode(secret);
    let secret_sha256 = digest_hex(&secret_text);
    let key = SecretString::from(format!("{API_KEY_PREFIX}{id}_{secret_text}"));
    Ok(GeneratedKey { id, key, secret_sha256 })
}

/// A presented key split into its parts. `Debug` never shows the secret.
pub(crate) struct PresentedKey<'a> {
    pub id: &'a str,
    secret: &'a str,
}

impl std::fmt::Debug for PresentedKey<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PresentedKey").field("id", &self.id).field("secret", &"[redacted]").finish()
    }
}

impl<'a> PresentedKey<'a> {
    /// Split `cdn_<id>_<secret>`; `None` when the text does not have the shape
    /// of a cordon key (the caller answers "unknown key").
    pub fn parse(text: &'a str) -> Option<PresentedKey<'a>> {
        let rest = text.strip_prefix(API_KEY_PREFIX)?;
        let (id, secret) = rest.split_once('_')?;
        let id_ok = id.len() == ID_BYTES * 2 && id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        let secret_ok =
            secret.len() == SECRET_CHARS && secret.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        (id_ok && secret_ok).then_some(PresentedKey { id, secret })
    }

    /// Constant-time comparison of this key's secret with a stored digest.
    pub fn matches(&self, stored_sha256_hex: &str) -> bool {
        let presented = Sha256::digest(self.secret.as_bytes());
        let Ok(stored) = hex::decode(stored_sha256_hex) else {
            return false;
        };
        stored.len() == presented.len() && bool::from(presented.as_slice().ct_eq(&stored))
    }
}

/// True when `text` claims to be a cordon API key (routing only, no validation).
pub(crate) fn looks_like_api_key(text: &str) -> bool {
    text.starts_with(API_KEY_PREFIX)
}

fn digest_hex(secret_text: &str) -> String {
    hex::encode(Sha256::digest(secret_text.as_bytes()))
}

/// Expose the full key text; kept in one place so that every disclosure of a
/// key is easy to find.
pub(crate) fn reveal(key: &SecretString) -> &str {
    key.expose_secret()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

    use super::*;

    #[test]
    fn generated_keys_parse_and_match_their_digest() {
        let g = generate().unwrap();
        let text = reveal(&g.key);
        assert!(text.starts_with("cdn_"));
        let p = PresentedKey::parse(text).unwrap();
        assert_eq!(p.id, g.id);
        assert!(p.matches(&g.secret_sha256));
        let other = generate().unwrap();
        assert!(!p.matches(&other.secret_sha256));
        assert!(!p.matches("not hex"));
    }

    #[test]
    fn malformed_keys_are_rejected() {
        let g = generate().unwrap();
        let text = reveal(&g.key).to_owned();
        for bad in [
            "",
            "cdn_",
            "cdn_0123",
            &text[..text.len() - 1],
            &format!("{text}x"),
            &text.replace("cdn_", "cdx_"),
            &format!("cdn_{}_{}", "G".repeat(16), "a".repeat(43)),
            &format!("cdn_{}_{}", "a".repeat(16), "!".repeat(43)),
        ] {
            assert!(PresentedKey::parse(bad).is_none(), "accepted {bad:?}");
        }
    }

    #[test]
    fn debug_redacts_the_secret() {
        let g = generate().unwrap();
        let text = reveal(&g.key);
        let p = PresentedKey::parse(text).unwrap();
        let shown = format!("{p:?} {:?}", g.key);
        assert!(!shown.contains(p.secret));
    }
}
