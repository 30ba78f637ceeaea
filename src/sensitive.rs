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
