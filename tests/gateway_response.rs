//! The response side end to end: the real binary, a fake cloud upstream
//! that answers with placeholders (reordered and reformatted), streamed in
//! pieces split at every byte position; response rules that mask for one
//! role and not another; a stream stopped by policy; tool-call arguments.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

mod common;

use common::{FakeUpstream, Gateway, run_cordon_env, sse_data};
use serde_json::{Value, json};

const PROMPT: &str = "Patient Ann Lee, MRN 4412378, SSN 212-64-3490, asks about her results.";

fn policy(base_url: &str) -> String {
    format!(
        r#"
version: 1
name: response-e2e
default: deny
destinations:
  cloud: {{ kind: openai, base_url: "{base_url}", network: external }}
models:
  assistant: {{ destination: cloud, upstream_model: script }}
classes:
  phi: ["pii.person_name", "pii.ssn", "phi.*"]
rules:
  - id: phi-pseudonymized-outside
    when: {{ found: [phi], destination: {{ network: external }} }}
    then: {{ pseudonymize: [phi] }}
  - id: clerks-see-no-ssn
    when: {{ direction: response, principal: {{ roles: [clerk] }} }}
    then: {{ redact: [pii.ssn] }}
  - id: no-credentials-in-answers
    when: {{ direction: response, found: ["secret.*"] }}
    then: deny
    message: The answer contained a credential and was withheld.
  - id: staff
    when: {{ principal: {{ roles: [clerk, doctor] }} }}
    then: allow
"#
    )
}

struct Setup {
    upstream: FakeUpstream,
    gateway: Gateway,
    db: String,
    doctor: String,
    clerk: String,
    dir: tempfile::TempDir,
}

async fn setup() -> Setup {
    let upstream = FakeUpstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cordon.db").display());
    let gateway = Gateway::start_with_api_keys(&policy(&upstream.base_url), &db, dir.path()).await;
    let (_, doctor) = gateway.create_key(&db, "doctor", "doctor");
    let (_, clerk) = gateway.create_key(&db, "clerk", "clerk");
    Setup { upstream, gateway, db, doctor, clerk, dir }
}

impl Setup {
    async fn post(&self, key: &str, body: Value) -> reqwest::Response {
        reqwest::Client::new()
            .post(format!("{}/v1/chat/completions", self.gateway.url))
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// The whole (non-streamed) answer's content.
    async fn whole(&self, key: &str, extra: Value) -> String {
        let mut body = json!({"model": "assistant", "messages": [{"role": "user", "content": PROMPT}]});
        merge(&mut body, extra);
        let r = self.post(key, body).await;
        assert_eq!(r.status(), 200);
        let v: Value = r.json().await.unwrap();
        v["choices"][0]["message"]["content"].as_str().unwrap().to_string()
    }

    /// The streamed answer: concatenated content, and whether `[DONE]` came.
    async fn streamed(&self, key: &str, extra: Value) -> (String, Vec<String>) {
        let mut body = json!({"model": "assistant", "stream": true, "messages": [{"role": "user", "content": PROMPT}]});
        merge(&mut body, extra);
        let r = self.post(key, body).await;
        assert_eq!(r.status(), 200);
        let events = sse_data(r).await;
        let mut text = String::new();
        for e in &events {
            if e == "[DONE]" {
                continue;
            }
            let v: Value = serde_json::from_str(e).unwrap();
            if let Some(piece) = v["choices"][0]["delta"]["content"].as_str() {
                text.push_str(piece);
            }
        }
        (text, events)
    }

    /// Completion records, newest last.
    fn completions(&self) -> Vec<Value> {
        let out_file = self.dir.path().join(format!("export-{}.jsonl", rand_suffix()));
        let data_dir = self.gateway.data_dir.to_str().unwrap().to_string();
        let out = run_cordon_env(
            &["audit", "export", "--database-url", &self.db, "--format", "jsonl", "--out", out_file.to_str().unwrap()],
            &[("CORDON_DATA_DIR", data_dir.as_str())],
        );
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(&out_file)
            .unwrap()
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .map(|line| match &line["record"] {
                // Records are exported as their canonical JSON text.
                Value::String(text) => serde_json::from_str::<Value>(text).unwrap(),
                other => other.clone(),
            })
            .filter(|r| r["kind"] == "completion")
            .map(|r| r["data"].clone())
            .collect()
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
}

fn merge(body: &mut Value, extra: Value) {
    if let (Value::Object(b), Value::Object(e)) = (body, extra) {
        b.extend(e);
    }
}

#[tokio::test]
async fn placeholders_split_at_every_byte_are_restored_exactly_as_in_the_whole_answer() {
    let s = setup().await;

    // What the upstream sees: placeholders only.
    let mirrored = s.whole(&s.doctor, json!({})).await;
    let seen = s.upstream.seen();
    let sent = seen.last().unwrap().body["messages"][0]["content"].as_str().unwrap().to_string();
    for raw in ["Ann Lee", "4412378", "212-64-3490"] {
        assert!(!sent.contains(raw), "{raw} reached the upstream: {sent}");
    }
    for placeholder in ["[PERSON_1]", "[MRN_1]", "[SSN_1]"] {
        assert!(sent.contains(placeholder), "{placeholder} missing from {sent}");
    }
    assert_eq!(mirrored, PROMPT, "the upstream's echo is re-identified for the caller");

    // The model reorders and reformats the placeholders.
    let answer = "Record [MRN_1] is [Person 1]'s; SSN [ssn_1]. PERSON_1 should call back.";
    let expected = "Record 4412378 is Ann Lee's; SSN 212-64-3490. Ann Lee should call back.";
    assert_eq!(s.whole(&s.doctor, json!({"x_answer": answer})).await, expected);
    for k in 0..=answer.len() {
        let (text, events) = s.streamed(&s.doctor, json!({"x_answer": answer, "x_split": [k]})).await;
        assert_eq!(text, expected, "split at byte {k}");
        assert_eq!(events.last().map(String::as_str), Some("[DONE]"));
    }
    let every: Vec<usize> = (1..answer.len()).collect();
    let (text, _) = s.streamed(&s.doctor, json!({"x_answer": answer, "x_split": every})).await;
    assert_eq!(text, expected, "one byte per chunk");

    // Completion records say the whole response was inspected.
    let completions = s.completions();
    assert!(!completions.is_empty());
    assert!(completions.iter().all(|c| c["outcome"] == "served" && c["response_inspected"] == true), "{completions:?}");
}

#[tokio::test]
async fn a_response_rule_masks_ssns_for_clerks_and_not_for_doctors() {
    let s = setup().await;
    let answer = "Confirmed: [PERSON_1], SSN [SSN_1], MRN [MRN_1].";
    let doctor = s.whole(&s.doctor, json!({"x_answer": answer})).await;
    assert_eq!(doctor, "Confirmed: Ann Lee, SSN 212-64-3490, MRN 4412378.");
    let clerk = s.whole(&s.clerk, json!({"x_answer": answer})).await;
    assert_eq!(clerk, "Confirmed: Ann Lee, SSN [SSN], MRN 4412378.");
    for k in 0..=answer.len() {
        let (text, _) = s.streamed(&s.clerk, json!({"x_answer": answer, "x_split": [k]})).await;
        assert_eq!(text, clerk, "split at byte {k}");
    }
    let completions = s.completions();
    let masked: Vec<&Value> = completions.iter().filter(|c| c["response_masked"]["pii.ssn"] == 1).collect();
    assert_eq!(masked.len(), answer.len() + 2, "every clerk answer records its mask: {completions:?}");
    assert!(masked.iter().all(|c| c["response_rule_ids"] == json!(["clerks-see-no-ssn"])));
    let doctors = completions.iter().filter(|c| c.get("response_masked").is_none()).count();
    assert_eq!(doctors, 1);
}

#[tokio::test]
async fn a_stream_stopped_by_policy_ends_with_an_error_event_and_a_recorded_reason() {
    let s = setup().await;
    let preamble = "Here is a summary of the discharge plan for the patient, written for the ward team. \
                    Medication is unchanged and the follow-up visit is in two weeks. ";
    let key = "AKIAQ3EGUJ7NMR4WXZ2K";
    let answer = format!("{preamble}The deploy key is {key} and it works.");
    let split: Vec<usize> = (1..answer.len()).step_by(7).collect();
    let (text, events) = s.streamed(&s.doctor, json!({"x_answer": answer, "x_split": split})).await;
    assert!(!text.contains(key) && !text.contains("AKIA"), "{text}");
    assert!(!text.is_empty(), "the beginning of the answer streamed before the stop");
    assert!(preamble.starts_with(&text), "{text}");
    let last: Value = serde_json::from_str(events.last().unwrap()).unwrap();
    assert_eq!(last["error"]["code"], "response_withheld", "{events:?}");
    assert_eq!(last["error"]["type"], "permission_error");
    assert_eq!(last["error"]["message"], "The answer contained a credential and was withheld.");
    assert_eq!(last["error"]["rules"], json!(["no-credentials-in-answers"]));
    assert!(!events.iter().any(|e| e == "[DONE]"));

    // Whole: nothing of the answer, a 403 naming the rule.
    let mut body = json!({"model": "assistant", "messages": [{"role": "user", "content": "hi"}]});
    merge(&mut body, json!({"x_answer": answer}));
    let r = s.post(&s.doctor, body).await;
    assert_eq!(r.status(), 403);
    let e: Value = r.json().await.unwrap();
    assert_eq!(e["error"]["code"], "response_withheld");
    assert!(!e.to_string().contains(key));

    let completions = s.completions();
    let stopped: Vec<&Value> = completions.iter().filter(|c| c["outcome"] == "stopped_by_policy").collect();
    assert_eq!(stopped.len(), 2, "{completions:?}");
    for c in stopped {
        assert_eq!(c["response_rule_ids"], json!(["no-credentials-in-answers"]));
        assert!(c["stop_reason"].as_str().unwrap().contains("no-credentials-in-answers"), "{c}");
        assert_eq!(c["status"], 403);
        assert!(c["response_findings"]["secret.aws_access_key"]["count"].as_u64() == Some(1), "{c}");
        assert_eq!(c["response_inspected"], true);
    }
}

#[tokio::test]
async fn tool_call_arguments_are_pseudonymized_and_restored_across_deltas() {
    let s = setup().await;
    // The conversation history carries a tool call with the patient's name.
    let history = json!([
        {"role": "user", "content": PROMPT},
        {"role": "assistant", "content": null, "tool_calls": [{"id": "call_0", "type": "function",
            "function": {"name": "lookup", "arguments": "{\"patient\":\"Ann Lee\",\"mrn\":\"4412378\"}"}}]},
        {"role": "tool", "tool_call_id": "call_0", "content": "Ann Lee: no allergies"}
    ]);
    let args = r#"{"patient":"[PERSON_1]","mrn":"[MRN_1]"}"#;
    let expected = r#"{"patient":"Ann Lee","mrn":"4412378"}"#;
    let whole = s
        .post(&s.doctor, json!({"model": "assistant", "messages": history, "x_tool_args": args}))
        .await
        .json::<Value>()
        .await
        .unwrap();
    let sent = s.upstream.seen().last().unwrap().body.to_string();
    assert!(!sent.contains("Ann Lee") && !sent.contains("4412378"), "{sent}");
    assert!(sent.contains("[PERSON_1]"), "{sent}");
    assert_eq!(whole["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"], expected);
    for k in 0..=args.len() {
        let r = s
            .post(
                &s.doctor,
                json!({"model": "assistant", "stream": true, "messages": history, "x_tool_args": args, "x_split": [k]}),
            )
            .await;
        let mut got = String::new();
        let mut names = Vec::new();
        for e in sse_data(r).await.iter().filter(|e| *e != "[DONE]") {
            let v: Value = serde_json::from_str(e).unwrap();
            if let Some(calls) = v["choices"][0]["delta"]["tool_calls"].as_array() {
                for call in calls {
                    assert_eq!(call["index"], 0);
                    got.push_str(call["function"]["arguments"].as_str().unwrap_or(""));
                    if let Some(name) = call["function"]["name"].as_str() {
                        names.push(name.to_string());
                    }
                }
            }
        }
        assert_eq!(got, expected, "split at byte {k}");
        assert_eq!(names, ["lookup"]);
    }
}

#[tokio::test]
async fn a_tool_result_written_with_unicode_escapes_is_pseudonymized_and_restored_as_characters() {
    // A tool's result serialised with only ASCII spells "José Martínez" with
    // `\u` escapes: the name is found, leaves as a pseudonym, and comes back
    // as the characters, not as the escapes.
    let s = setup().await;
    let tool_result = r#"{"patient":"Jos\u00e9 Mart\u00ednez","note":"seen by Dr.\u00a0Lee"}"#;
    let history = json!([
        {"role": "user", "content": "Summarise the lookup."},
        {"role": "assistant", "content": null, "tool_calls": [{"id": "call_0", "type": "function",
            "function": {"name": "lookup", "arguments": "{\"q\":\"today\"}"}}]},
        {"role": "tool", "tool_call_id": "call_0", "content": tool_result}
    ]);
    let r = s
        .post(&s.doctor, json!({"model": "assistant", "messages": history, "x_answer": "Call [PERSON_1] today."}))
        .await;
    assert_eq!(r.status(), 200);
    let whole: Value = r.json().await.unwrap();
    let sent = s.upstream.seen().last().unwrap().body.to_string();
    assert!(!sent.contains("Mart") && !sent.contains("Jos"), "{sent}");
    // The tool result the model saw is still JSON, with the pseudonyms in it.
    let seen_result: Value =
        serde_json::from_str(s.upstream.seen().last().unwrap().body["messages"][2]["content"].as_str().unwrap())
            .unwrap();
    assert_eq!(seen_result["patient"], "[PERSON_1]", "{seen_result}");
    assert_eq!(whole["choices"][0]["message"]["content"], "Call José Martínez today.");
}

#[tokio::test]
async fn a_value_the_request_held_is_found_in_the_answer_without_context() {
    // An on-premises model may see the name; the answer names the patient
    // by her surname alone, which no recogniser finds by itself: the
    // request's finding makes it one, so the clerks' rule masks it.
    let upstream = FakeUpstream::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cordon.db").display());
    let policy = format!(
        r#"
version: 1
name: response-known-values
default: deny
destinations:
  onprem: {{ kind: openai, base_url: "{}", network: internal }}
models:
  assistant: {{ destination: onprem, upstream_model: script }}
rules:
  - id: clerks-see-no-names
    when: {{ direction: response, principal: {{ roles: [clerk] }} }}
    then: {{ redact: [pii.person_name] }}
  - id: staff
    when: {{ principal: {{ roles: [clerk, doctor] }} }}
    then: allow
"#,
        upstream.base_url
    );
    let gateway = Gateway::start_with_api_keys(&policy, &db, dir.path()).await;
    let (_, doctor) = gateway.create_key(&db, "doctor", "doctor");
    let (_, clerk) = gateway.create_key(&db, "clerk", "clerk");
    let answer = "Okafor's potassium is 5.9; recheck tomorrow.";
    let ask = |key: String, stream: bool| {
        let url = format!("{}/v1/chat/completions", gateway.url);
        async move {
            let body = json!({"model": "assistant", "stream": stream, "x_answer": answer,
                "messages": [{"role": "user", "content": "Patient Ngozi Okafor: what do her labs show?"}]});
            let r = reqwest::Client::new().post(url).bearer_auth(key).json(&body).send().await.unwrap();
            assert_eq!(r.status(), 200);
            if !stream {
                let v: Value = r.json().await.unwrap();
                return v["choices"][0]["message"]["content"].as_str().unwrap().to_string();
            }
            let mut text = String::new();
            for e in sse_data(r).await.iter().filter(|e| *e != "[DONE]") {
                let v: Value = serde_json::from_str(e).unwrap();
                text.push_str(v["choices"][0]["delta"]["content"].as_str().unwrap_or(""));
            }
            text
        }
    };
    assert_eq!(ask(doctor.clone(), false).await, answer);
    for stream in [false, true] {
        let masked = ask(clerk.clone(), stream).await;
        assert!(!masked.contains("Okafor"), "{masked}");
        assert!(masked.ends_with("'s potassium is 5.9; recheck tomorrow."), "{masked}");
    }
}
