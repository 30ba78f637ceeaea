//! Detector throughput, tail latency and build time.
//!
//! * `scan_4k/builtin`: all built-in recognisers over 4 KB prompts assembled
//!   from the labelled corpus (clinical, legal and ops prompts, dense with
//!   identifiers), reported as bytes/s.
//! * `scan_4k/builtin+100k_terms`: the same with a 100,000-term site dictionary.
//! * `scan_4k_realistic/*`: the same over 4 KB prompts at the density of
//!   real notes and letters (narrative paragraphs from
//!   `tests/corpus/prose.txt` with a corpus document after every second one,
//!   about 18 findings per prompt instead of 85).
//! * `build/100k_terms`: compiling a detector with that dictionary.
//! * Before criterion runs, p50/p90/p99/p99.9/max latency per 4 KB prompt
//!   is measured directly (20,000 timed scans per configuration, with the
//!   slowest prompt's median, and the same for fixed work as long as a scan
//!   to show what the machine itself adds to the tail) and printed, and the
//!   same bytes are scanned as 272-byte windows (what response inspection
//!   scans per step).
//!
//! Run: `cargo bench --bench detect`
#![allow(clippy::unwrap_used, clippy::expect_used)] // bench code: a panic is the failure report

use std::hint::black_box;
use std::time::Instant;

use cordon::detect::Detector;
use criterion::{Criterion, Throughput};

#[path = "site_terms.rs"]
mod site_terms;

const CORPUS: &str = include_str!("../tests/corpus/corpus.jsonl");
const PROSE: &str = include_str!("../tests/corpus/prose.txt");

/// Up to 64 prompts of 4 KB: `pieces` concatenated and cut at a character
/// boundary (the rest of a piece that crosses the cut is dropped).
fn cut_4k(pieces: impl Iterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for piece in pieces {
        cur.push_str(&piece);
        if cur.len() >= 4096 {
            let mut cut = 4096;
            while !cur.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push(cur[..cut].to_string());
            cur.clear();
        }
        if out.len() == 64 {
            break;
        }
    }
    out
}

/// 4 KB prompts: corpus documents concatenated.
fn prompts() -> Vec<String> {
    let texts: Vec<String> = CORPUS
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string())
        .collect();
    cut_4k(texts.iter().cycle().take(texts.len() * 2).map(|t| format!("{t}\n")))
}

/// 4 KB prompts at the density of real notes and letters: the narrative
/// paragraphs of `tests/corpus/prose.txt` (no identifiers of their own, but
/// doses, lab values and vital signs), with one corpus document after every
/// second paragraph, about 18 findings per 4 KB instead of 85.
fn realistic_prompts() -> Vec<String> {
    let docs: Vec<String> = CORPUS
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|d| d["kind"] != "negative")
        .map(|d| d["text"].as_str().unwrap().to_string())
        .collect();
    let mut docs = docs.iter().cycle();
    cut_4k(PROSE.split("\n\n").cycle().enumerate().map(|(i, para)| {
        let mut piece = format!("{}\n\n", para.trim_end());
        if i % 2 == 1 {
            piece.push_str(docs.next().unwrap());
            piece.push_str("\n\n");
        }
        piece
    }))
}

/// Response inspection scans windows of about 272 bytes (128 behind, 16
/// step, 128 ahead): the same bytes cut into such windows.
fn windows(prompts: &[String]) -> Vec<String> {
    prompts
        .iter()
        .flat_map(|p| {
            let mut out = Vec::new();
            let mut at = 0;
            while at < p.len() {
                let mut end = (at + 272).min(p.len());
                while !p.is_char_boundary(end) {
                    end -= 1;
                }
                out.push(p[at..end].to_string());
                at = end;
            }
            out
        })
        .collect()
}

fn with_terms(terms: &[String]) -> Detector {
    Detector::builder().site_terms("custom.site_term", terms.iter().cloned()).build().unwrap()
}

/// CPU time this thread has run, from /proc/thread-self/schedstat (ns).
/// The machine is shared, so wall-clock numbers include time spent waiting
/// for a core; CPU time does not.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Throughput by wall clock and by thread CPU time over `rounds` passes.
fn throughput(name: &str, prompts: &[String], rounds: usize, mut f: impl FnMut(&str)) {
    let bytes: usize = prompts.iter().map(String::len).sum::<usize>() * rounds;
    let cpu0 = thread_cpu_ns();
    let t = Instant::now();
    for _ in 0..rounds {
        for p in prompts {
            f(p);
        }
    }
    let wall = t.elapsed().as_secs_f64();
    let cpu = match (cpu0, thread_cpu_ns()) {
        (Some(a), Some(b)) => (b - a) as f64 / 1e9,
        _ => f64::NAN,
    };
    println!(
        "throughput [{name}]: {:.1} MB/s wall, {:.1} MB/s per CPU-second ({:.2} s wall, {:.2} s CPU)",
        bytes as f64 / wall / 1e6,
        bytes as f64 / cpu / 1e6,
        wall,
        cpu
    );
}

/// Times 20,000 calls of `f`, the prompts taking turns, and prints the
/// percentiles; returns the median in nanoseconds.
fn latency(name: &str, prompts: &[String], mut f: impl FnMut(&str)) -> u64 {
    let mut samples = Vec::with_capacity(20_000);
    // Each prompt's own times, taken in the same rotation.
    let mut by_prompt: Vec<Vec<u64>> = vec![Vec::new(); prompts.len()];
    for i in 0..20_000 {
        let p = &prompts[i % prompts.len()];
        let t = Instant::now();
        f(p);
        let ns = t.elapsed().as_nanos() as u64;
        samples.push(ns);
        by_prompt[i % prompts.len()].push(ns);
    }
    samples.sort_unstable();
    let pct = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize] as f64 / 1000.0;
    // The slowest prompt's median: what the p99 would be if nothing but
    // the prompts' content set it (no interrupts, no other load).
    let slowest_median = by_prompt
        .iter_mut()
        .map(|t| {
            t.sort_unstable();
            t[t.len() / 2]
        })
        .max()
        .unwrap_or(0) as f64
        / 1000.0;
    println!(
        "latency per 4 KB prompt [{name}]: p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, p99.9 {:.1} µs, max {:.1} µs; slowest prompt's median {slowest_median:.1} µs",
        pct(0.50),
        pct(0.90),
        pct(0.99),
        pct(0.999),
        pct(1.0)
    );
    samples[samples.len() / 2]
}

/// Calibration for the tail: the same number of timed calls of work that
/// takes the same time whatever the prompt (counting ASCII digits, repeated
/// until the median matches `p50_ns`). Percentiles above its median are what
/// this machine adds (interrupts, other load), not the detector.
fn calibrate_tail(name: &str, prompts: &[String], p50_ns: u64) {
    let count = |p: &str| black_box(black_box(p).bytes().filter(u8::is_ascii_digit).count());
    let t = Instant::now();
    for p in prompts.iter().cycle().take(2_000) {
        count(p);
    }
    let one = (t.elapsed().as_nanos() as u64 / 2_000).max(1);
    let reps = (p50_ns / one).max(1);
    latency(name, prompts, |p| {
        for _ in 0..reps {
            count(p);
        }
    });
}

/// Median time of 201 scans of each prompt, slowest first, with the
/// prompt's findings and its most frequent classes.
fn per_prompt(d: &Detector, prompts: &[String]) {
    let mut rows: Vec<(u64, usize)> = prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut t: Vec<u64> = (0..201)
                .map(|_| {
                    let t = Instant::now();
                    black_box(d.scan(black_box(p)));
                    t.elapsed().as_nanos() as u64
                })
                .collect();
            t.sort_unstable();
            (t[100], i)
        })
        .collect();
    rows.sort_unstable_by(|a, b| b.cmp(a));
    for (ns, i) in rows {
        let found = d.scan(&prompts[i]);
        let mut classes = std::collections::BTreeMap::<&str, usize>::new();
        for f in &found {
            *classes.entry(f.class.as_str()).or_default() += 1;
        }
        let mut top: Vec<_> = classes.into_iter().collect();
        top.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        let top: Vec<String> = top.iter().take(4).map(|(c, n)| format!("{c} {n}")).collect();
        println!("prompt {i:2}: {:6.1} µs, {:3} findings ({})", ns as f64 / 1000.0, found.len(), top.join(", "));
    }
}

/// Writes every finding over every corpus document and every prompt to the
/// file named by `CORDON_DETECT_DUMP`, so two builds' outputs can be diffed.
fn dump(path: &str, dets: &[(&str, &Detector)], prompts: &[String]) {
    use std::fmt::Write as _;
    let mut out = String::new();
    let docs = CORPUS
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string());
    for (name, d) in dets {
        for (i, t) in docs.clone().chain(prompts.iter().cloned()).enumerate() {
            for f in d.scan(&t) {
                writeln!(out, "{name} {i} {} {} {} {:?} {}", f.class, f.start, f.end, f.score, f.recognizer).unwrap();
            }
        }
    }
    std::fs::write(path, out).unwrap();
}

fn main() {
    let prompts = prompts();
    let realistic = realistic_prompts();
    let builtin = Detector::builtin().unwrap();
    let terms = site_terms::synthetic_terms(100_000);
    let t = Instant::now();
    let big = with_terms(&terms);
    println!("build with 100,000 site terms: {:.1} ms (one-shot)", t.elapsed().as_secs_f64() * 1000.0);
    if let Ok(path) = std::env::var("CORDON_DETECT_DUMP") {
        let all: Vec<String> = prompts.iter().chain(&realistic).cloned().collect();
        dump(&path, &[("builtin", &builtin), ("big", &big)], &all);
        return;
    }
    // Tail aid: `CORDON_DETECT_PER_PROMPT=1` prints each dense prompt's
    // median scan time (slowest first), the prompts that set the p99.
    if std::env::var_os("CORDON_DETECT_PER_PROMPT").is_some() {
        per_prompt(&builtin, &prompts);
        return;
    }
    // Profiling aid: `CORDON_DETECT_PROFILE=dense|realistic|windows` scans
    // only that set with the built-ins (with the 100,000 site terms as well
    // when `CORDON_DETECT_PROFILE_TERMS=1`), for about five seconds (or
    // `CORDON_DETECT_PROFILE_MS`), so a profiler sees nothing else.
    if let Ok(set) = std::env::var("CORDON_DETECT_PROFILE") {
        let texts: Vec<String> = match set.as_str() {
            "dense" => prompts.clone(),
            "realistic" => realistic.clone(),
            "windows" => windows(&prompts),
            other => panic!("CORDON_DETECT_PROFILE: unknown set {other} (dense, realistic, windows)"),
        };
        // `CORDON_DETECT_PROFILE_MS` shortens the run, so two builds can be
        // compared in many short alternating runs on a noisy machine.
        let ms: u128 = std::env::var("CORDON_DETECT_PROFILE_MS").map_or(5000, |v| v.parse().unwrap());
        let d = if std::env::var_os("CORDON_DETECT_PROFILE_TERMS").is_some() { &big } else { &builtin };
        let t = Instant::now();
        let mut scans = 0usize;
        while t.elapsed().as_millis() < ms {
            for p in &texts {
                black_box(d.scan(black_box(p)));
            }
            scans += texts.len();
        }
        // The count lets a profiler's totals be divided per scan.
        let ns = t.elapsed().as_nanos() as f64 / scans as f64;
        println!("profile [{set}]: {scans} scans, {ns:.0} ns per scan");
        return;
    }
    for (name, set) in [("dense", &prompts), ("realistic", &realistic)] {
        let findings: usize = set.iter().map(|p| builtin.scan(p).len()).sum();
        println!(
            "{name}: {} prompts, {} bytes, {} built-in findings ({:.1} per prompt)",
            set.len(),
            set.iter().map(String::len).sum::<usize>(),
            findings,
            findings as f64 / set.len() as f64
        );
    }
    // Calibration: the same bytes through a trivial loop (count ASCII digits),
    // to show what this machine does per byte while the benchmark runs.
    throughput("baseline: count digits", &prompts, 200, |p| {
        black_box(p.bytes().filter(u8::is_ascii_digit).count());
    });
    let detectors = [("builtin", &builtin), ("builtin+100k_terms", &big)];
    for (prefix, set) in [("", &prompts), ("realistic: ", &realistic)] {
        for (name, d) in detectors {
            throughput(&format!("{prefix}{name}"), set, 20, |p| {
                black_box(d.scan(black_box(p)));
            });
        }
        for (name, d) in detectors {
            let p50 = latency(&format!("{prefix}{name}"), set, |p| {
                black_box(d.scan(black_box(p)));
            });
            if name == "builtin" {
                calibrate_tail(&format!("{prefix}fixed work as long as {name}"), set, p50);
            }
        }
    }
    let windows = windows(&prompts);
    throughput("builtin, 272-byte windows", &windows, 20, |w| {
        black_box(builtin.scan(black_box(w)));
    });

    let mut c = Criterion::default().configure_from_args();
    for (group, set) in [("scan_4k", &prompts), ("scan_4k_realistic", &realistic)] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Bytes(set.iter().map(String::len).sum::<usize>() as u64));
        for (name, d) in detectors {
            g.bench_function(name, |b| {
                b.iter(|| {
                    for p in set.iter() {
                        black_box(d.scan(black_box(p)));
                    }
                })
            });
        }
        g.finish();
    }
    {
        let mut g = c.benchmark_group("build");
        g.sample_size(10);
        g.bench_function("builtin", |b| b.iter(|| black_box(Detector::builtin().unwrap())));
        g.bench_function("100k_terms", |b| b.iter(|| black_box(with_terms(&terms))));
        g.finish();
    }
    c.final_summary();
}
