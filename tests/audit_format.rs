//! docs/audit-log.md is a specification: this file re-implements verification
//! from the document alone (its own canonical JSON, chain and signed-note
//! code, using only serde_json, sha2, base64 and ed25519-dalek) and checks it
//! against what cordon stores.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[path = "audit_common/mod.rs"]
mod common;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::Value;
use sha2::{Digest, Sha256};

/// §2 of the document.
fn jcs(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            assert!(n.is_i64() || n.is_u64(), "integers only");
            out.push_str(&n.to_string());
        }
        Value::String(s) => {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\u{8}' => out.push_str("\\b"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\u{c}' => out.push_str("\\f"),
                    '\r' => out.push_str("\\r"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs(x, out);
            }
            out.push(']');
        }
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort_by_key(|k| k.encode_utf16().collect::<Vec<u16>>());
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                jcs(&Value::String(k.clone()), out);
                out.push(':');
                jcs(&m[k], out);
            }
            out.push('}');
        }
    }
}

/// §4: check a note with a verifier key line; returns (size, hash).
fn open_note(note: &str, key_line: &str) -> (u64, Vec<u8>) {
    let parts: Vec<&str> = key_line.trim().splitn(3, '+').collect();
    let (name, id_hex, key_b64) = (parts[0], parts[1], parts[2]);
    let raw = B64.decode(key_b64).unwrap();
    assert_eq!(raw[0], 0x01);
    let mut idh = Sha256::new();
    idh.update(name.as_bytes());
    idh.update([0x0a, 0x01]);
    idh.update(&raw[1..]);
    let key_id = idh.finalize()[..4].to_vec();
    assert_eq!(hex::encode(&key_id), id_hex);
    let key = ed25519_dalek::VerifyingKey::from_bytes(&raw[1..].try_into().unwrap()).unwrap();

    let (body, sigs) = note.split_once("\n\n").unwrap();
    let body = format!("{body}\n");
    let sig_line = sigs.lines().next().unwrap();
    let rest = sig_line.strip_prefix("\u{2014} ").unwrap();
    let (sig_name, sig_b64) = rest.split_once(' ').unwrap();
    assert_eq!(sig_name, name);
    let blob = B64.decode(sig_b64).unwrap();
    assert_eq!(&blob[..4], key_id.as_slice());
    let sig = ed25519_dalek::Signature::from_bytes(&blob[4..].try_into().unwrap());
    key.verify_strict(body.as_bytes(), &sig).unwrap();

    let lines: Vec<&str> = body.lines().collect();
    assert_eq!(lines[0], name, "origin is the key name");
    (lines[1].parse().unwrap(), B64.decode(lines[2]).unwrap())
}

#[tokio::test]
async fn an_independent_implementation_of_the_document_agrees_with_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("a.db").display());
    common::fill(&url, None).await;
    let log = cordon::audit::AuditLog::open(&url, common::test_keys(), common::every_five(None)).await.unwrap();
    log.append(cordon::audit::AuditEvent::PolicyLoaded {
        name: "naïve \"quoted\"\n\u{1}\u{7f}/\u{1F600}".into(),
        revision: "r".into(),
    })
    .await
    .unwrap();
    let cp = log.checkpoint_now().await.unwrap();
    log.close().await.unwrap();

    let store = cordon::audit::AuditStore::connect(&url, 1, false).await.unwrap();
    let rows = store.rows_after(0, 10_000).await.unwrap();
    store.close().await;
    assert_eq!(rows.last().unwrap().seq as u64, cp.seq);

    let key_line = common::test_keys().public_key_note_format();
    let mut prev = vec![0u8; 32];
    let mut hashes = vec![prev.clone()];
    let mut checkpoints = 0;
    for (i, row) in rows.iter().enumerate() {
        let n = i as u64 + 1;
        assert_eq!(row.seq as u64, n);
        let value: Value = serde_json::from_str(&row.record).unwrap();
        let mut canonical = String::new();
        jcs(&value, &mut canonical);
        assert_eq!(canonical, row.record, "stored text is canonical at seq {n}");
        assert_eq!(value["seq"].as_u64(), Some(n));
        assert_eq!(value["v"].as_u64(), Some(1));
        let mut h = Sha256::new();
        h.update(&prev);
        h.update(row.record.as_bytes());
        prev = h.finalize().to_vec();
        assert_eq!(hex::encode(&prev), row.hash, "hash at seq {n}");
        if value["kind"] == "checkpoint" {
            let (size, hash) = open_note(value["data"]["note"].as_str().unwrap(), &key_line);
            assert_eq!(size, n - 1);
            assert_eq!(hash, hashes[size as usize]);
            assert_eq!(value["data"]["hash"].as_str(), Some(hex::encode(&hash).as_str()));
            checkpoints += 1;
        }
        hashes.push(prev.clone());
    }
    assert_eq!(checkpoints, 5);
}
