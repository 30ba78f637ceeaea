//! Upstream SSE bodies: the parser yields the same events however the bytes
//! are split into reads.
#![no_main]

use cordon::dispatch::upstream::SseParser;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.is_empty() {
        return;
    }
    let split = data[0] as usize % data.len();
    let body = &data[1..];
    let split = split.min(body.len());
    let mut whole = SseParser::default();
    let expected = whole.push(body);
    let mut parts = SseParser::default();
    let mut got = parts.push(&body[..split]);
    got.extend(parts.push(&body[split..]));
    assert_eq!(got, expected);
    let mut bytewise = SseParser::default();
    let mut one_by_one = Vec::new();
    for b in body {
        one_by_one.extend(bytewise.push(std::slice::from_ref(b)));
    }
    assert_eq!(one_by_one, expected);
});
