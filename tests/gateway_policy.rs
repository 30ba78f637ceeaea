//! Policy enforcement end to end: the real binary, two fake upstreams (one
//! inside the network, one outside) and the decisions they lead to.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use std::time::Duration;

use common::{FakeUpstream, Gateway};
use serde_json::{Value, json};

fn policy(inside: &str, cloud: &str, extra_rule: &str) -> String {
    format!(
        r#"
version: 1
name: enforcement
default: deny
destinations:
  inside: {{ kind: openai, base_url: "{inside}", network: internal }}
  cloud: {{ kind: openai, base_url: "{cloud}", network: external, attributes: [baa] }}
  cloud-nobaa: {{ kind: openai, base_url: "{cloud}", network: external }}
models:
  onprem: {{ destination: inside, upstream_model: echo }}
  gpt-test: {{ destination: cloud, upstream_model: echo }}
  cheap: {{ destination: cloud-nobaa, upstream_model: echo }}
classes:
  phi: ["phi.*"]
  secrets: ["secret.*"]
rules:
  - id: no-secrets
    when: {{ found: [secrets] }}
    then: deny
    message: Credentials must never be sent to a model.
  - id: phi-stays-inside
    when: {{ found: [phi], destination: {{ network: external }} }}
    then: {{ route: inside }}
  - id: emails-masked-outside
    when: {{ found: [pii.email], destination: {{ network: external }} }}
    then: {{ redact: [pii.email] }}
  - id: external-needs-baa
    when: {{ destination: {{ network: external }} }}
    then: {{ require: [baa] }}
{extra_rule}  - id: everyone
    when: {{}}
    then: allow
"#
    )
}

async fn ask(g: &Gateway, model: &str, text: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{}/v1/chat/completions", g.url))
        .json(&json!({"model": model, "messages": [{"role": "user", "content": text}]}))
        .send()
        .await
        .unwrap()
}

fn last_text(upstream: &FakeUpstream) -> String {
    upstream.seen().last().unwrap().body["messages"][0]["content"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn deny_route_redact_and_require_are_enforced() {
    let inside = FakeUpstream::start().await;
    let cloud = FakeUpstream::start().await;
    let g = Gateway::start(&policy(&inside.base_url, &cloud.base_url, ""), &[], &[]);
    g.ready(Duration::from_secs(20)).await;

    // deny: 403 with the rule's message and id; nothing forwarded.
    let r = ask(&g, "gpt-test", "deploy with AKIAZ4QX7PLM3RT8WQ2N now").await;
    assert_eq!(r.status(), 403);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "policy_denied");
    assert_eq!(e["error"]["message"], "Credentials must never be sent to a model.");
    assert_eq!(e["error"]["rules"], json!(["no-secrets"]));
    assert!(inside.seen().is_empty() && cloud.seen().is_empty());

    // route: PHI asked of the cloud model is served inside.
    let r = ask(&g, "gpt-test", "Patient MRN 4412378 needs a discharge letter").await;
    assert_eq!(r.status(), 200);
    assert_eq!(inside.seen().len(), 1);
    assert!(cloud.seen().is_empty(), "PHI never reached the external destination");
    assert!(last_text(&inside).contains("4412378"), "inside sees the text as written");

    // The same for a record whose values have no keyword beside them: an
    // HL7 message's patient identifier is PHI by its field.
    let r = ask(&g, "gpt-test", "Summarise this ADT message:\nPID|1||4412378^^^MGH^MR||ORTIZ^ELLEN||19520417").await;
    assert_eq!(r.status(), 200);
    assert_eq!(inside.seen().len(), 2);
    assert!(cloud.seen().is_empty(), "an HL7 message's MRN never reached the external destination");

    // redact: the external destination sees placeholders only.
    let r = ask(&g, "gpt-test", "Reply to jane.doe@example.org about the invoice").await;
    assert_eq!(r.status(), 200);
    assert_eq!(cloud.seen().len(), 1);
    let forwarded = last_text(&cloud);
    assert!(!forwarded.contains("jane.doe@example.org"), "{forwarded}");
    assert!(forwarded.contains("[EMAIL]"), "{forwarded}");

    // require: an external destination without a BAA is refused.
    let r = ask(&g, "cheap", "Explain the CAP theorem").await;
    assert_eq!(r.status(), 403);
    let e: Value = r.json().await.unwrap();
    assert!(e["error"]["rules"].as_array().unwrap().contains(&json!("external-needs-baa")), "{e}");
    assert_eq!(cloud.seen().len(), 1, "nothing more reached the cloud");

    // allow: clean text goes where asked.
    let r = ask(&g, "gpt-test", "Explain the CAP theorem").await;
    assert_eq!(r.status(), 200);
    assert_eq!(cloud.seen().len(), 2);
}

#[tokio::test]
async fn policy_reload_applies_valid_changes_and_keeps_the_running_policy_on_errors() {
    let inside = FakeUpstream::start().await;
    let cloud = FakeUpstream::start().await;
    let g = Gateway::start(&policy(&inside.base_url, &cloud.base_url, ""), &[], &[]);
    g.ready(Duration::from_secs(20)).await;
    assert_eq!(ask(&g, "onprem", "hello there").await.status(), 200);

    // A valid change: a rule that denies the on-prem model.
    let path = g.data_dir.parent().unwrap().join("policy.yaml");
    let extra =
        "  - id: onprem-closed\n    when: { model: [onprem] }\n    then: deny\n    message: Closed for maintenance.\n";
    std::fs::write(&path, policy(&inside.base_url, &cloud.base_url, extra)).unwrap();
    g.wait_for_log("policy reloaded", Duration::from_secs(20));
    let r = ask(&g, "onprem", "hello there").await;
    assert_eq!(r.status(), 403);
    assert_eq!(r.json::<Value>().await.unwrap()["error"]["message"], "Closed for maintenance.");

    // An invalid change is rejected; the previous policy keeps running.
    std::fs::write(&path, "version: 1\nname: broken\nmodels:\n  x: { destination: nowhere }\n").unwrap();
    g.wait_for_log("policy reload rejected", Duration::from_secs(20));
    let r = ask(&g, "onprem", "hello there").await;
    assert_eq!(r.status(), 403, "the last valid policy still decides");
    assert_eq!(ask(&g, "gpt-test", "Explain the CAP theorem").await.status(), 200);
}
