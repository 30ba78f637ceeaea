//! The process's panic hook reports where a panic happened, never what it
//! said: panic messages quote the data they fail on. A test binary of its
//! own, as the hook is global to the process.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

use std::sync::{Arc, Mutex};

#[test]
fn a_panic_is_reported_without_its_message() {
    let reports = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = Arc::clone(&reports);
    std::panic::set_hook(cordon::sensitive::panic_hook(move |report| sink.lock().unwrap().push(report.to_string())));
    let text = "Patient Jane Roe, SSN 123-45-6789";
    let line = line!() + 1;
    let outcome = std::thread::Builder::new().name("scan-worker".into()).spawn(move || &text[..200]).unwrap().join();
    // A string slice out of range quotes the string in its message.
    let payload = outcome.unwrap_err();
    let message = payload.downcast_ref::<String>().unwrap();
    assert!(message.contains("123-45-6789"), "the panic's own message quotes the text: {message}");
    let _ = std::panic::take_hook();

    let reports = reports.lock().unwrap();
    assert_eq!(reports.len(), 1, "{reports:?}");
    let report = &reports[0];
    assert!(report.contains(&format!("tests/panic_hook.rs:{line}:")), "{report}");
    assert!(report.contains("thread 'scan-worker'"), "{report}");
    assert!(report.contains("withheld"), "{report}");
    assert!(!report.contains("123-45-6789") && !report.contains("Roe"), "{report}");
}
