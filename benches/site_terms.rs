//! Deterministic synthetic site dictionaries shared by the benchmark and the
//! memory example.
//!
//! `synthetic_terms` is the realistic case: staff/patient names ("Maria
//! Gonzalez", "Maria L. Gonzalez"), client firms ("Gonzalez, Okafor & Chen
//! LLP") and matter labels ("Project Kalomir"), built from the detector's
//! public-domain name lists. `syllable_terms` is a stress case: every term is
//! a string of 30 syllables, so nearly every suffix is also a term prefix,
//! which is the worst case for Aho-Corasick failure-link construction.

const FIRST: &str = include_str!("../src/detect/data/first_names.txt");
const LAST: &str = include_str!("../src/detect/data/surnames.txt");

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

fn list(src: &'static str) -> Vec<&'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

const SYL: &[&str] = &[
    "ka", "lo", "mi", "ren", "sa", "tor", "vel", "quin", "dra", "mor", "bel", "tan", "sor", "gar", "lin", "vos", "pra",
    "hel", "dun", "mar", "cor", "fen", "ril", "zan", "oth", "ward", "ley", "ton", "berg", "ska",
];

fn syllable_word(r: &mut Rng) -> String {
    let k = 2 + (r.next() % 3) as usize;
    let w: String = (0..k).map(|_| r.pick(SYL)).collect();
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
        None => w,
    }
}

/// `n` distinct realistic site terms (names, firms, matter labels).
pub fn synthetic_terms(n: usize) -> Vec<String> {
    let (first, last) = (list(FIRST), list(LAST));
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let mut seen = std::collections::HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let t = match r.next() % 10 {
            0..=5 => format!("{} {}", r.pick(&first), r.pick(&last)),
            6 => format!("{} {}. {}", r.pick(&first), (b'A' + (r.next() % 26) as u8) as char, r.pick(&last)),
            7 => format!("{}, {} & {} LLP", r.pick(&last), r.pick(&last), r.pick(&last)),
            8 => format!("{} {} Holdings", r.pick(&last), syllable_word(&mut r)),
            _ => format!("Project {}", syllable_word(&mut r)),
        };
        if seen.insert(t.to_ascii_lowercase()) {
            out.push(t);
        }
    }
    out
}

/// `n` distinct worst-case terms made only of syllables.
#[allow(dead_code)] // used by the memory example only
pub fn syllable_terms(n: usize) -> Vec<String> {
    let mut r = Rng(0x2545_f491_4f6c_dd1d);
    let mut seen = std::collections::HashSet::with_capacity(n);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let words = 1 + (r.next() % 3) as usize;
        let t: Vec<String> = (0..words).map(|_| syllable_word(&mut r)).collect();
        let t = t.join(" ");
        if seen.insert(t.to_ascii_lowercase()) {
            out.push(t);
        }
    }
    out
}
