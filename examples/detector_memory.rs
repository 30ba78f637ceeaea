//! Resident memory of a detector with a 100,000-term site dictionary.
//!
//! Reads resident set size from `/proc/self/statm` (Linux) before and after
//! building the detector and after a scan.
//! Run: `cargo run --release --example detector_memory [-- --syllables]`

use std::time::Instant;

use cordon::detect::Detector;

#[path = "../benches/site_terms.rs"]
mod site_terms;

/// Resident set size in bytes, from the second field of /proc/self/statm.
fn rss_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `--syllables` measures the worst-case dictionary instead of realistic names.
    let worst = std::env::args().any(|a| a == "--syllables");
    let terms = if worst { site_terms::syllable_terms(100_000) } else { site_terms::synthetic_terms(100_000) };
    let term_bytes: usize = terms.iter().map(String::len).sum();
    let before = rss_bytes().ok_or("no /proc/self/statm")?;
    let t = Instant::now();
    let d = Detector::builder().site_terms("custom.site_term", terms).build()?;
    let built = t.elapsed();
    let after = rss_bytes().ok_or("no /proc/self/statm")?;
    let n = d.scan("Acme Holdings and Kalomi Renvel met Dr. Maria Gonzalez, MRN 4412378.").len();
    let after_scan = rss_bytes().ok_or("no /proc/self/statm")?;
    println!(
        "terms: 100000 {} ({term_bytes} bytes of text)",
        if worst { "syllable (worst case)" } else { "realistic" }
    );
    println!("build time: {:.1} ms", built.as_secs_f64() * 1000.0);
    println!("RSS before build: {:.1} MB", before as f64 / 1e6);
    println!(
        "RSS after build:  {:.1} MB (detector + dropped term list: +{:.1} MB)",
        after as f64 / 1e6,
        (after.saturating_sub(before)) as f64 / 1e6
    );
    println!("RSS after a scan: {:.1} MB ({n} findings)", after_scan as f64 / 1e6);
    Ok(())
}
