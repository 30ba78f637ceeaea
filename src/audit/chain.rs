//! The hash chain.
//!
//! Decides how records are linked: `hash(n) = SHA-256(hash(n-1) || record(n))`
//! where `record(n)` is the canonical JSON text exactly as stored and
//! `hash(0)` is the genesis value, 32 zero bytes. Hashes are written as 64
//! lower-case hex digits. Sequence numbers start at 1 and have no gaps; the
//! writer assigns them while holding the lock on the chain head, never from
//! a clock or a database sequence.

use sha2::{Digest, Sha256};

/// `hash(0)`: the value the first record is chained to.
pub const GENESIS: [u8; 32] = [0u8; 32];

/// `SHA-256(prev || record)`.
pub fn link(prev: &[u8; 32], record: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(prev);
    h.update(record);
    h.finalize().into()
}

/// Parse a stored hash: exactly 64 lower-case hex digits.
pub fn parse_hash(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly by design
    use super::*;

    #[test]
    fn link_is_sha256_of_concatenation() {
        let h = link(&GENESIS, b"{}");
        let mut manual = Vec::from(GENESIS);
        manual.extend_from_slice(b"{}");
        assert_eq!(h, <[u8; 32]>::from(Sha256::digest(&manual)));
    }

    #[test]
    fn hashes_must_be_lower_case() {
        let lower = hex::encode([0xab; 32]);
        assert!(parse_hash(&lower).is_some());
        assert!(parse_hash(&lower.to_uppercase()).is_none());
        assert!(parse_hash("ab").is_none());
    }
}
