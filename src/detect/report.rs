//! Output of `cordon scan`: the JSON Lines batch contract and the
//! human-readable table.
//!
//! Decides the exact wire shape of `cordon scan --jsonl` (DESIGN.md,
//! Contracts): each input line `{"id": <string|number>, "text": <string>}`
//! yields exactly one output line `{"id": <as given>, "findings": [{"class",
//! "start", "end", "score"}]}` with byte offsets into `text`. A line that is not
//! such an object yields one error line instead,
//! `{"id": <id or null>, "error": {"line": N, "message": "..."}}`, and the
//! batch goes on, so output lines stay one-to-one with non-blank input lines
//! and one bad record cannot hide the rest; [`ScanStats::errors`] counts them
//! (the CLI should exit 2 when it is non-zero). Blank lines are skipped. Only
//! I/O failures abort. Error messages never quote the input.

use std::io::{BufRead, Write};

use serde::Serialize;
use serde_json::Value;

use super::redact::class_label;
use super::{Detector, Finding};

/// Counts from one `scan_jsonl` run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ScanStats {
    /// Records scanned successfully.
    pub records: usize,
    /// Findings written.
    pub findings: usize,
    /// Lines answered with an error object.
    pub errors: usize,
}

/// I/O failure during a JSONL batch (the only thing that aborts it).
#[derive(Debug, thiserror::Error)]
pub enum JsonlError {
    #[error("reading input line {line}: {source}")]
    Read { line: usize, source: std::io::Error },
    #[error("writing output for input line {line}: {source}")]
    Write { line: usize, source: std::io::Error },
}

#[derive(Serialize)]
struct OutFinding<'a> {
    class: &'a str,
    start: usize,
    end: usize,
    score: f32,
}

#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a Value,
    findings: Vec<OutFinding<'a>>,
}

#[derive(Serialize)]
struct ErrBody {
    line: usize,
    message: &'static str,
}

#[derive(Serialize)]
struct ErrLine<'a> {
    id: &'a Value,
    error: ErrBody,
}

fn parse_line(line: &str) -> Result<(Value, String), (Value, &'static str)> {
    let v: Value = serde_json::from_str(line).map_err(|_| (Value::Null, "line is not valid JSON"))?;
    let Value::Object(mut obj) = v else {
        return Err((Value::Null, "line is not a JSON object"));
    };
    let id = match obj.remove("id") {
        Some(id @ (Value::String(_) | Value::Number(_))) => id,
        Some(_) => return Err((Value::Null, "\"id\" must be a string or a number")),
        None => return Err((Value::Null, "missing \"id\"")),
    };
    match obj.remove("text") {
        Some(Value::String(t)) => Ok((id, t)),
        Some(_) => Err((id, "\"text\" must be a string")),
        None => Err((id, "missing \"text\"")),
    }
}

/// Runs the `cordon scan --jsonl` contract from `input` to `output`.
pub fn scan_jsonl(input: impl BufRead, output: impl Write, detector: &Detector) -> Result<ScanStats, JsonlError> {
    scan_jsonl_with(input, output, &|text| detector.scan(text))
}

/// [`scan_jsonl`] with the findings of each record's text from `scan`
/// (`cordon scan --jsonl` reads JSON text decoded, as the gateway does).
pub fn scan_jsonl_with(
    input: impl BufRead,
    mut output: impl Write,
    scan: &dyn Fn(&str) -> Vec<Finding>,
) -> Result<ScanStats, JsonlError> {
    let mut stats = ScanStats::default();
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(|source| JsonlError::Read { line: n, source })?;
        if line.trim().is_empty() {
            continue;
        }
        // A panic in the detector is a fault in cordon: it costs this line,
        // answered like a bad one, not the rest of the batch.
        let scanned = parse_line(&line).and_then(|(id, text)| {
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| scan(&text))) {
                Ok(findings) => Ok((id, findings)),
                Err(_) => Err((id, "internal error: the detector failed on this text, which was not scanned")),
            }
        });
        let rendered = match scanned {
            Ok((id, findings)) => {
                stats.records += 1;
                stats.findings += findings.len();
                let out = OutLine {
                    id: &id,
                    findings: findings
                        .iter()
                        .map(|f| OutFinding { class: &f.class, start: f.start, end: f.end, score: f.score })
                        .collect(),
                };
                serde_json::to_string(&out)
            }
            Err((id, message)) => {
                stats.errors += 1;
                serde_json::to_string(&ErrLine { id: &id, error: ErrBody { line: n, message } })
            }
        };
        let rendered = rendered.map_err(|e| JsonlError::Write { line: n, source: std::io::Error::other(e) })?;
        writeln!(output, "{rendered}").map_err(|source| JsonlError::Write { line: n, source })?;
    }
    output.flush().map_err(|source| JsonlError::Write { line: 0, source })?;
    Ok(stats)
}

/// Options for [`render_table_with`].
#[derive(Clone, Copy, Debug)]
pub struct TableOptions {
    /// Show the matched text (it is the user's own input). When false the
    /// value column shows the class placeholder instead.
    pub show_values: bool,
    /// Longest value shown, in characters, before it is cut with `…`.
    pub max_value_chars: usize,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions { show_values: true, max_value_chars: 40 }
    }
}

/// A value as the table shows it, cut after `max_chars` characters (with
/// `…`): control, format and other unprintable characters (a newline, a
/// right-to-left override) are escaped as Rust writes them (`\n`,
/// `\u{202e}`), and so is a backslash, so a value can neither break the
/// table nor hide what it holds. Quotes and apostrophes are shown as they
/// are: "O'Brien" is a name, not `O\'Brien`.
fn shown_value(raw: &str, max_chars: usize) -> String {
    let mut shown = Vec::new();
    for c in raw.chars() {
        match c {
            '\'' | '"' => shown.push(c),
            _ => shown.extend(c.escape_debug()),
        }
    }
    let mut v: String = shown.iter().take(max_chars).collect();
    if shown.len() > max_chars {
        v.push('…');
    }
    v
}

/// The `cordon scan` table with values shown (see [`render_table_with`]).
pub fn render_table(text: &str, findings: &[Finding]) -> String {
    render_table_with(text, findings, &TableOptions::default())
}

/// A fixed-width table: class, byte span, score, recogniser, value, then a
/// per-class summary line. Values are shown as [`shown_value`] writes them.
pub fn render_table_with(text: &str, findings: &[Finding], opts: &TableOptions) -> String {
    if findings.is_empty() {
        return "no findings\n".to_string();
    }
    let rows: Vec<[String; 5]> = findings
        .iter()
        .map(|f| {
            let value = if opts.show_values {
                let raw = text.get(f.start..f.end).unwrap_or("");
                shown_value(raw, opts.max_value_chars)
            } else {
                format!("[{}]", class_label(&f.class))
            };
            [
                f.class.to_string(),
                format!("{}..{}", f.start, f.end),
                format!("{:.2}", f.score),
                f.recognizer.to_string(),
                value,
            ]
        })
        .collect();
    let header = ["CLASS", "SPAN", "SCORE", "RECOGNIZER", "VALUE"];
    let mut widths = header.map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let line = |cells: &[&str], out: &mut String| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                l.push_str(c);
            } else {
                l.push_str(c);
                l.extend(std::iter::repeat_n(' ', widths[i] - c.chars().count() + 2));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    line(&header, &mut out);
    for r in &rows {
        let cells: Vec<&str> = r.iter().map(String::as_str).collect();
        line(&cells, &mut out);
    }
    let summary = super::summarize(findings);
    let parts: Vec<String> = summary.iter().map(|(c, n)| format!("{c}={n}")).collect();
    out.push_str(&format!("{} finding(s): {}\n", findings.len(), parts.join(", ")));
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn jsonl_contract() {
        let d = Detector::builtin().unwrap();
        let input = "{\"id\":\"a\",\"text\":\"SSN 536-22-1234\"}\n\n{\"id\":7,\"text\":\"nothing here\"}\nnot json\n{\"id\":[1],\"text\":\"x\"}\n{\"id\":3}\n";
        let mut out = Vec::new();
        let stats = scan_jsonl(input.as_bytes(), &mut out, &d).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[0], r#"{"id":"a","findings":[{"class":"pii.ssn","start":4,"end":15,"score":0.97}]}"#);
        assert_eq!(lines[1], r#"{"id":7,"findings":[]}"#);
        assert_eq!(lines[2], r#"{"id":null,"error":{"line":4,"message":"line is not valid JSON"}}"#);
        assert!(lines[3].contains("must be a string or a number"));
        assert_eq!(lines[4], r#"{"id":3,"error":{"line":6,"message":"missing \"text\""}}"#);
        assert_eq!(stats, ScanStats { records: 2, findings: 1, errors: 3 });
    }

    #[test]
    fn a_line_the_detector_fails_on_is_an_error_line_and_the_batch_goes_on() {
        let d = Detector::builtin().unwrap();
        let scan = |text: &str| {
            assert!(!text.contains("boom"), "a fault in the detector");
            d.scan(text)
        };
        let input = "{\"id\":1,\"text\":\"boom SSN 536-22-1234\"}\n{\"id\":2,\"text\":\"SSN 536-22-1234\"}\n";
        let mut out = Vec::new();
        let stats = scan_jsonl_with(input.as_bytes(), &mut out, &scan).unwrap();
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert_eq!(
            lines[0],
            r#"{"id":1,"error":{"line":1,"message":"internal error: the detector failed on this text, which was not scanned"}}"#
        );
        assert!(!lines[0].contains("536-22-1234"), "{out}");
        assert_eq!(lines[1], r#"{"id":2,"findings":[{"class":"pii.ssn","start":4,"end":15,"score":0.97}]}"#);
        assert_eq!(stats, ScanStats { records: 1, findings: 1, errors: 1 });
    }

    #[test]
    fn table_shows_or_masks_values() {
        let d = Detector::builtin().unwrap();
        let t = "SSN 536-22-1234\tcall 617-555-0123";
        let f = d.scan(t);
        let table = render_table(t, &f);
        assert!(table.contains("536-22-1234") && table.contains("pii.phone"), "{table}");
        let masked = render_table_with(t, &f, &TableOptions { show_values: false, max_value_chars: 10 });
        assert!(!masked.contains("536-22-1234") && masked.contains("[SSN]"), "{masked}");
        assert!(masked.ends_with("2 finding(s): pii.phone=1, pii.ssn=1\n"), "{masked}");
        assert_eq!(render_table(t, &[]), "no findings\n");
    }

    #[test]
    fn table_values_escape_what_could_hide_or_break_a_row_only() {
        assert_eq!(shown_value("Siobhan O'Connell \"Shiv\"", 80), "Siobhan O'Connell \"Shiv\"");
        assert_eq!(shown_value("a\nb\tc\\d", 80), "a\\nb\\tc\\\\d");
        assert_eq!(shown_value("ab\u{202e}cd", 80), "ab\\u{202e}cd");
        // Cut after the escaped characters shown, with a mark that it was cut.
        assert_eq!(shown_value("abcdef", 4), "abcd…");
        assert_eq!(shown_value("ab\ncd", 3), "ab\\…");
        assert_eq!(shown_value("abcd", 4), "abcd");
        // In the table: a name with an apostrophe reads as written.
        let d = Detector::builtin().unwrap();
        let t = "Seen by Dr. Aoife O'Brien today.";
        let table = render_table(t, &d.scan(t));
        assert!(table.contains("Aoife O'Brien"), "{table}");
    }
}
