//! Types that keep sensitive values out of logs by construction.
//!
//! Request and response text may hold patient data, client names or
//! credentials. Anything that carries such text implements `Debug` by
//! printing [`REDACTED`], so a stray `{:?}` in a log line or a panic message
//! cannot leak it.

/// What `Debug` prints in place of sensitive text.
pub const REDACTED: &str = "<redacted>";

/// Text that must never be printed.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SensitiveText(String);

impl SensitiveText {
    pub fn new(text: impl Into<String>) -> SensitiveText {
        SensitiveText(text.into())
    }

    /// The text itself, for scanning and forwarding.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for SensitiveText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{REDACTED}({} bytes)", self.0.len())
    }
}

/// Replaces the process's panic hook with one that reports where a panic
/// happened but never what it said. Rust's own messages quote the data they
/// fail on (a string slice out of range prints the string), and a panic in
/// the detector would print the request text it was scanning. The report
/// goes to the process log when one is set up, else to stderr; a backtrace
/// follows when `RUST_BACKTRACE` asks for one (frames name code, not data).
pub fn install_panic_hook() {
    std::panic::set_hook(panic_hook(|report| {
        if tracing::dispatcher::has_been_set() {
            tracing::error!("{report}");
        } else {
            eprintln!("cordon: {report}");
        }
    }));
}

/// The hook [`install_panic_hook`] installs, with the report handed to
/// `sink` (one line, then a backtrace if one was asked for).
pub fn panic_hook(
    sink: impl Fn(&str) + Send + Sync + 'static,
) -> Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Send + Sync + 'static> {
    Box::new(move |info| {
        let location = info.location().map_or_else(|| "an unknown place".to_string(), |l| l.to_string());
        let thread = std::thread::current();
        let mut report = format!(
            "internal error: a panic at {location} in thread '{}'; its message is withheld, as it may quote request data",
            thread.name().unwrap_or("unnamed")
        );
        let backtrace = std::backtrace::Backtrace::capture();
        if backtrace.status() == std::backtrace::BacktraceStatus::Captured {
            report.push_str(&format!("\n{backtrace}"));
        }
        sink(&report);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_the_text() {
        let t = SensitiveText::new("MRN 4412378");
        let shown = format!("{t:?}");
        assert!(!shown.contains("4412378"));
        assert_eq!(shown, "<redacted>(11 bytes)");
        assert_eq!(t.expose(), "MRN 4412378");
    }
}
