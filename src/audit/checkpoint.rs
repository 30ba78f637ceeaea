//! Signed checkpoints in the C2SP signed-note format.
//!
//! Decides the text that is signed: a tlog-checkpoint body adapted to a hash
//! chain — origin line (the key name), the size (sequence number of the last
//! record covered) and the base64 chain hash at that size — followed by a
//! blank line and one Ed25519 signature line `— name base64(keyid||sig)`.
//! Using the standard note format means generic note tools can check the
//! signature; the meaning of size and hash is specified in docs/audit-log.md.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::Signature;

use super::keys::{AuditKeys, NoteVerifier};

/// A checkpoint body: the chain head at `size`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// Origin line (the signing key's name).
    pub origin: String,
    /// Sequence number of the last record covered.
    pub size: u64,
    /// Chain hash after that record.
    pub hash: [u8; 32],
}

impl Checkpoint {
    /// The note body (ends with a newline, as the spec requires).
    pub fn body(&self) -> String {
        format!("{}\n{}\n{}\n", self.origin, self.size, BASE64.encode(self.hash))
    }

    /// Sign the body and return the whole note text.
    pub fn sign(&self, keys: &AuditKeys) -> String {
        let body = self.body();
        let (id, sig) = keys.sign(body.as_bytes());
        let mut blob = Vec::with_capacity(68);
        blob.extend_from_slice(&id);
        blob.extend_from_slice(&sig);
        format!("{body}\n\u{2014} {} {}\n", keys.key_name(), BASE64.encode(blob))
    }
}

/// What went wrong reading a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteError {
    /// Not shaped like a signed note with a checkpoint body.
    Malformed(&'static str),
    /// No signature line by the expected key.
    NoSignatureByKey,
    /// A signature by the expected key that does not verify.
    BadSignature,
}

impl std::fmt::Display for NoteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoteError::Malformed(why) => write!(f, "malformed checkpoint note: {why}"),
            NoteError::NoSignatureByKey => f.write_str("checkpoint note is not signed by the given key"),
            NoteError::BadSignature => f.write_str("checkpoint signature does not verify"),
        }
    }
}

/// Parse a note's checkpoint body without checking signatures.
pub fn parse_unverified(note: &str) -> Result<Checkpoint, NoteError> {
    let (body, _) = split_note(note)?;
    parse_body(body)
}

/// Parse a note and check its signature by `verifier`.
pub fn open(note: &str, verifier: &NoteVerifier) -> Result<Checkpoint, NoteError> {
    let (body, signatures) = split_note(note)?;
    let mut found = false;
    for line in signatures.lines() {
        let rest =
            line.strip_prefix("\u{2014} ").ok_or(NoteError::Malformed("signature line must start with an em dash"))?;
        let (name, b64) =
            rest.split_once(' ').ok_or(NoteError::Malformed("signature line needs a name and a signature"))?;
        let blob = BASE64.decode(b64).map_err(|_| NoteError::Malformed("signature is not base64"))?;
        if name != verifier.name || blob.len() < 4 || blob[..4] != verifier.key_id {
            continue;
        }
        found = true;
        let sig_bytes: [u8; 64] =
            blob[4..].try_into().map_err(|_| NoteError::Malformed("Ed25519 signature must be 64 bytes"))?;
        verifier
            .key
            .verify_strict(body.as_bytes(), &Signature::from_bytes(&sig_bytes))
            .map_err(|_| NoteError::BadSignature)?;
    }
    if !found {
        return Err(NoteError::NoSignatureByKey);
    }
    let checkpoint = parse_body(body)?;
    if checkpoint.origin != verifier.name {
        return Err(NoteError::Malformed("origin line does not match the key name"));
    }
    Ok(checkpoint)
}

/// Split a note into (body including its final newline, signature block).
fn split_note(note: &str) -> Result<(&str, &str), NoteError> {
    let at = note.find("\n\n").ok_or(NoteError::Malformed("no blank line before the signatures"))?;
    let body = &note[..at + 1];
    let signatures = &note[at + 2..];
    if signatures.is_empty() || !signatures.ends_with('\n') {
        return Err(NoteError::Malformed("signature block must end with a newline"));
    }
    Ok((body, signatures))
}

fn parse_body(body: &str) -> Result<Checkpoint, NoteError> {
    let mut lines = body.lines();
    let origin = lines.next().filter(|l| !l.is_empty()).ok_or(NoteError::Malformed("missing origin line"))?;
    let size_text = lines.next().ok_or(NoteError::Malformed("missing size line"))?;
    if size_text.is_empty()
        || !size_text.bytes().all(|b| b.is_ascii_digit())
        || (size_text.len() > 1 && size_text.starts_with('0'))
    {
        return Err(NoteError::Malformed("size must be a decimal number"));
    }
    let size: u64 = size_text.parse().map_err(|_| NoteError::Malformed("size out of range"))?;
    let hash_b64 = lines.next().ok_or(NoteError::Malformed("missing hash line"))?;
    let hash: [u8; 32] = BASE64
        .decode(hash_b64)
        .ok()
        .and_then(|h| h.try_into().ok())
        .ok_or(NoteError::Malformed("hash must be 32 bytes of base64"))?;
    if lines.next().is_some() {
        return Err(NoteError::Malformed("unexpected extra body lines"));
    }
    Ok(Checkpoint { origin: origin.to_owned(), size, hash })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests fail loudly by design
    use super::*;

    #[test]
    fn signs_and_verifies_round_trip() {
        let keys = AuditKeys::from_parts(vec![1; 32], [2; 32], "example.org/audit");
        let cp = Checkpoint { origin: keys.key_name().into(), size: 42, hash: [3; 32] };
        let note = cp.sign(&keys);
        assert!(note.starts_with("example.org/audit\n42\n"));
        let verifier = NoteVerifier::parse(&keys.public_key_note_format()).unwrap();
        assert_eq!(open(&note, &verifier).unwrap(), cp);

        let forged = note.replace("\n42\n", "\n43\n");
        assert_eq!(open(&forged, &verifier), Err(NoteError::BadSignature));

        let other = AuditKeys::from_parts(vec![1; 32], [5; 32], "example.org/audit");
        let other_verifier = other.verifier();
        assert!(open(&note, &other_verifier).is_err());
    }
}
