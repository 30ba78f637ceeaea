//! Chat request bodies from untrusted clients: parsing never panics, and a
//! body that parses survives a serialise/parse round trip unchanged.
#![no_main]

use cordon::api::openai::ChatRequest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(request) = serde_json::from_slice::<ChatRequest>(data) else { return };
    let text = serde_json::to_string(&request).expect("a parsed request serialises");
    let again: ChatRequest = serde_json::from_str(&text).expect("a serialised request parses");
    assert_eq!(serde_json::to_string(&again).expect("serialises"), text);
    for message in &request.messages {
        let _ = message.text();
    }
    let _ = (request.token_limit(), request.stop_sequences(), request.include_usage());
});
