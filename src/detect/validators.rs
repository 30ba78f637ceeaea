//! Check digits and structural rules for identifier formats.
//!
//! A shape match alone ("nine digits") is weak evidence; these functions decide
//! whether a candidate is a *possible* value of its format. Each takes the raw
//! candidate bytes (separators allowed where the format writes them) and
//! answers yes or no without allocating, so recognisers can call them on every
//! candidate. They never see more than the candidate and never log it.

use std::sync::LazyLock;

use super::bytes::{group_space_width_at, wide_separator_at};

/// ASCII digit values of `s`, skipping the separators `-`, space and `.`
/// and the hyphens, dashes and no-break spaces that stand for them
/// ([`wide_separator_at`]). Returns `None` when anything else appears or
/// there are more than `N` digits.
fn digits<const N: usize>(s: &[u8]) -> Option<([u8; N], usize)> {
    let mut out = [0u8; N];
    let mut n = 0;
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        match c {
            b'0'..=b'9' => {
                if n == N {
                    return None;
                }
                out[n] = c - b'0';
                n += 1;
            }
            b'-' | b' ' | b'.' => {}
            0x80.. => {
                let (_, width) = wide_separator_at(s, i)?;
                i += width;
                continue;
            }
            _ => return None,
        }
        i += 1;
    }
    Some((out, n))
}

/// Luhn (mod 10) over a digit slice, rightmost digit being the check digit.
pub fn luhn_digits(d: &[u8]) -> bool {
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = u32::from(x);
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum.is_multiple_of(10)
}

/// Payment card: 13–19 digits, Luhn-valid, with an issuer prefix (IIN) of a
/// card network (Visa, Mastercard, American Express, Discover, Diners, JCB,
/// UnionPay, Maestro in its 16- to 19-digit numbers, Mir). Separators `-` and space are allowed.
pub fn credit_card(s: &[u8]) -> bool {
    let Some((d, n)) = digits::<19>(s) else {
        return false;
    };
    if !(13..=19).contains(&n) {
        return false;
    }
    let d = &d[..n];
    if d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let p2 = u32::from(d[0]) * 10 + u32::from(d[1]);
    let p4 = p2 * 100 + u32::from(d[2]) * 10 + u32::from(d[3]);
    let p3 = p4 / 10;
    let network = match d[0] {
        4 => matches!(n, 13 | 16 | 19), // Visa
        5 => {
            (51..=55).contains(&p2) && n == 16 // Mastercard
            || ((56..=58).contains(&p2) || matches!(p4, 5018 | 5020 | 5038 | 5893)) && (16..=19).contains(&n)
        } // Maestro
        2 => ((2221..=2720).contains(&p4) || (2200..=2204).contains(&p4)) && n == 16, // Mastercard 2-series, Mir
        3 => {
            ((p2 == 34 || p2 == 37) && n == 15)                          // Amex
            || ((3528..=3589).contains(&p4) && (16..=19).contains(&n))    // JCB
            || ((p2 == 36 || p2 == 38 || (300..=305).contains(&p3)) && (14..=19).contains(&n))
        } // Diners
        // Discover, UnionPay (62), Maestro
        6 => {
            (p4 == 6011 || p2 == 65 || p2 == 62 || (644..=649).contains(&p3) || matches!(p4, 6304 | 6759 | 6761..=6763))
                && (16..=19).contains(&n)
        }
        _ => false,
    };
    network && luhn_digits(d)
}

/// US National Provider Identifier: 10 digits starting with 1 or 2, Luhn-valid
/// when prefixed with the health-industry issuer prefix `80840`.
pub fn npi(s: &[u8]) -> bool {
    let Some((d, n)) = digits::<10>(s) else {
        return false;
    };
    if n != 10 || !(d[0] == 1 || d[0] == 2) {
        return false;
    }
    let mut full = [0u8; 15];
    full[..5].copy_from_slice(&[8, 0, 8, 4, 0]);
    full[5..].copy_from_slice(&d);
    luhn_digits(&full)
}

/// DEA registration number: two letters and seven digits. The first letter is a
/// registrant type, the second a letter (or `9` for business activity codes);
/// the last digit is `(d1+d3+d5 + 2*(d2+d4+d6)) mod 10`.
pub fn dea(s: &[u8]) -> bool {
    if s.len() != 9 {
        return false;
    }
    let t = s[0].to_ascii_uppercase();
    if !b"ABCDEFGHJKLMPRSTUX".contains(&t) {
        return false;
    }
    if !(s[1].is_ascii_alphabetic() || s[1] == b'9') {
        return false;
    }
    let mut d = [0u32; 7];
    for (k, &c) in s[2..].iter().enumerate() {
        if !c.is_ascii_digit() {
            return false;
        }
        d[k] = u32::from(c - b'0');
    }
    (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
}

/// A Hungarian bank account's number (GIRO): 16 or 24 digits, written
/// in groups of eight. The first eight (the bank and branch) and the rest
/// each end in a check digit, so that the digits weighted 9, 7, 3, 1 in
/// turn sum to a multiple of ten.
pub fn hungarian_account(s: &[u8]) -> bool {
    let Some((d, n)) = digits::<24>(s) else {
        return false;
    };
    if n != 16 && n != 24 {
        return false;
    }
    let ok = |part: &[u8]| {
        let w = [9u32, 7, 3, 1];
        part.iter().enumerate().map(|(i, &x)| w[i % 4] * u32::from(x)).sum::<u32>() % 10 == 0
    };
    ok(&d[..8]) && ok(&d[8..n]) && d[..8].iter().any(|&x| x != 0)
}

/// ABA routing transit number: nine digits, a Federal Reserve routing symbol
/// prefix (00–12, 21–32, 61–72, 80) and the 3-7-1 weighted checksum.
pub fn aba_routing(s: &[u8]) -> bool {
    let Some((d, n)) = digits::<9>(s) else {
        return false;
    };
    if n != 9 {
        return false;
    }
    let p = d[0] * 10 + d[1];
    if !matches!(p, 0..=12 | 21..=32 | 61..=72 | 80) || d.iter().all(|&x| x == 0) {
        return false;
    }
    let w = [3u32, 7, 1];
    let sum: u32 = d.iter().enumerate().map(|(i, &x)| w[i % 3] * u32::from(x)).sum();
    sum.is_multiple_of(10)
}

/// IBAN registry lengths by country code (ISO 13616 registry).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NL", 18),
    (b"NO", 15),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"SA", 24),
    (b"SC", 31),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
];

/// [`IBAN_LENGTHS`] indexed by the two capitals of the country code (0:
/// no IBANs there): one load per lookup, where a search of the list cost
/// several hundred instructions for every capitalised word it was asked about.
const IBAN_LENGTH_BY_CODE: [u8; 26 * 26] = {
    let mut table = [0u8; 26 * 26];
    let mut i = 0;
    while i < IBAN_LENGTHS.len() {
        let (cc, n) = IBAN_LENGTHS[i];
        table[(cc[0] - b'A') as usize * 26 + (cc[1] - b'A') as usize] = n as u8;
        i += 1;
    }
    table
};

/// Registered IBAN length for a country code, if the country issues IBANs.
pub fn iban_length(cc: &[u8]) -> Option<usize> {
    let [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] = *cc else {
        return None;
    };
    match IBAN_LENGTH_BY_CODE[usize::from(a - b'A') * 26 + usize::from(b - b'A')] {
        0 => None,
        n => Some(usize::from(n)),
    }
}

/// IBAN: upper-case country code with its registered length, two check digits,
/// and the whole string ≡ 1 (mod 97) after moving the first four characters to
/// the end. Spaces between groups are allowed (no-break, narrow and thin
/// spaces too).
pub fn iban(s: &[u8]) -> bool {
    let mut buf = [0u8; 34];
    let mut n = 0;
    let mut i = 0;
    while let Some(&c) = s.get(i) {
        // A space, or a no-break, narrow or thin space, between groups.
        let gap = group_space_width_at(s, i);
        if gap > 0 {
            i += gap;
            continue;
        }
        i += 1;
        if n == 34 || !(c.is_ascii_uppercase() || c.is_ascii_digit()) {
            return false;
        }
        buf[n] = c;
        n += 1;
    }
    if n < 15 || !buf[0].is_ascii_uppercase() || !buf[1].is_ascii_uppercase() {
        return false;
    }
    if !buf[2].is_ascii_digit() || !buf[3].is_ascii_digit() {
        return false;
    }
    if iban_length(&buf[..2]) != Some(n) {
        return false;
    }
    let mut rem = 0u32;
    for &c in buf[4..n].iter().chain(buf[..4].iter()) {
        if c.is_ascii_digit() {
            rem = (rem * 10 + u32::from(c - b'0')) % 97;
        } else {
            let v = u32::from(c - b'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    rem == 1
}

/// VIN transliteration value of a character (ISO 3779 / 49 CFR 565).
fn vin_value(c: u8) -> Option<u32> {
    Some(match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A' | b'J' => 1,
        b'B' | b'K' | b'S' => 2,
        b'C' | b'L' | b'T' => 3,
        b'D' | b'M' | b'U' => 4,
        b'E' | b'N' | b'V' => 5,
        b'F' | b'W' => 6,
        b'G' | b'P' | b'X' => 7,
        b'H' | b'Y' => 8,
        b'R' | b'Z' => 9,
        _ => return None, // I, O, Q and everything else are not VIN characters
    })
}

/// Vehicle identification number: 17 characters without I, O, Q, with the
/// North American check digit in position 9, containing letters and digits.
pub fn vin(s: &[u8]) -> bool {
    if s.len() != 17 {
        return false;
    }
    const W: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let mut sum = 0;
    let (mut letters, mut digit_count) = (0, 0);
    for (i, &c) in s.iter().enumerate() {
        let Some(v) = vin_value(c) else {
            return false;
        };
        if c.is_ascii_digit() {
            digit_count += 1;
        } else {
            letters += 1;
        }
        sum += v * W[i];
    }
    if letters == 0 || digit_count < 4 {
        return false;
    }
    let check = sum % 11;
    let expected = if check == 10 { b'X' } else { b'0' + check as u8 };
    s[8] == expected
}

/// NHS number: ten digits; weights 10..2 over the first nine, check digit
/// `11 - (sum mod 11)` (11 → 0, 10 → invalid). Spaces or dashes allowed.
pub fn nhs(s: &[u8]) -> bool {
    let Some((d, n)) = digits::<10>(s) else {
        return false;
    };
    if n != 10 || d.iter().all(|&x| x == d[0]) {
        return false;
    }
    let sum: u32 = d[..9].iter().enumerate().map(|(i, &x)| (10 - i as u32) * u32::from(x)).sum();
    let check = 11 - (sum % 11);
    match check {
        11 => d[9] == 0,
        10 => false,
        c => u32::from(d[9]) == c,
    }
}

/// Splits an SSN-shaped value (`AAA-GG-SSSS`, spaces, or nine digits) into
/// (area, group, serial).
fn ssn_parts(s: &[u8]) -> Option<(u32, u32, u32)> {
    let (d, n) = digits::<9>(s)?;
    if n != 9 {
        return None;
    }
    let num = |r: &[u8]| r.iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
    Some((num(&d[..3]), num(&d[3..5]), num(&d[5..])))
}

/// US Social Security number: area not 000, 666 or 900–999; group not 00;
/// serial not 0000; and not one of the publicised invalid examples
/// (078-05-1120 from the Woolworth wallet card, 219-09-9999 from an SSA ad,
/// 123-45-6789 used in examples).
pub fn ssn(s: &[u8]) -> bool {
    let Some((a, g, sr)) = ssn_parts(s) else {
        return false;
    };
    if a == 0 || a == 666 || a >= 900 || g == 0 || sr == 0 {
        return false;
    }
    !matches!((a, g, sr), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789))
}

/// US Individual Taxpayer Identification Number: area 900–999 and group in
/// 50–65, 70–88, 90–92 or 94–99 (IRS ranges).
pub fn itin(s: &[u8]) -> bool {
    let Some((a, g, _)) = ssn_parts(s) else {
        return false;
    };
    (900..=999).contains(&a) && matches!(g, 50..=65 | 70..=88 | 90..=92 | 94..=99)
}

/// Medicare Beneficiary Identifier: 11 characters (dashes after 4th and 7th
/// allowed) `C A AN N A AN N A A N N` where C is 1–9, N a digit, A a letter
/// other than S, L, O, I, B, Z, and AN either.
pub fn mbi(s: &[u8]) -> bool {
    let mut buf = [0u8; 11];
    let mut n = 0;
    for (i, &c) in s.iter().enumerate() {
        if c == b'-' {
            if !(i == 4 || i == 8) {
                return false;
            }
            continue;
        }
        if n == 11 {
            return false;
        }
        buf[n] = c;
        n += 1;
    }
    if n != 11 {
        return false;
    }
    let alpha = |c: u8| c.is_ascii_uppercase() && !b"SLOIBZ".contains(&c);
    let num = |c: u8| c.is_ascii_digit();
    let an = |c: u8| alpha(c) || num(c);
    (b'1'..=b'9').contains(&buf[0])
        && alpha(buf[1])
        && an(buf[2])
        && num(buf[3])
        && alpha(buf[4])
        && an(buf[5])
        && num(buf[6])
        && alpha(buf[7])
        && alpha(buf[8])
        && num(buf[9])
        && num(buf[10])
}

/// IPv4 dotted quad, parsed (each octet 0–255, no leading zeros) and not the
/// unspecified address.
pub fn ipv4(s: &str) -> bool {
    match s.parse::<std::net::Ipv4Addr>() {
        Ok(a) => !a.is_unspecified(),
        Err(_) => false,
    }
}

/// IPv6 address, parsed by the standard library; at least two colons and
/// at least two non-empty groups (so "e::" or "::" alone is not an address).
pub fn ipv6(s: &str) -> bool {
    s.bytes().filter(|&c| c == b':').count() >= 2
        && s.split(':').filter(|g| !g.is_empty()).count() >= 2
        && s.parse::<std::net::Ipv6Addr>().is_ok()
}

/// MAC-48: six hex pairs with one uniform `:` or `-` separator, or Cisco
/// `xxxx.xxxx.xxxx`; not all zeros or all ones (broadcast).
pub fn mac(s: &[u8]) -> bool {
    let hex = |c: &u8| c.is_ascii_hexdigit();
    let ok_shape = if s.len() == 17 {
        let sep = s[2];
        (sep == b':' || sep == b'-') && s.iter().enumerate().all(|(i, c)| if i % 3 == 2 { *c == sep } else { hex(c) })
    } else if s.len() == 14 {
        s.iter().enumerate().all(|(i, c)| if i % 5 == 4 { *c == b'.' } else { hex(c) })
    } else {
        false
    };
    if !ok_shape {
        return false;
    }
    let body: Vec<u8> = s.iter().copied().filter(u8::is_ascii_hexdigit).collect();
    !(body.iter().all(|&c| c == b'0') || body.iter().all(|&c| c == b'f' || c == b'F'))
}

/// Email domain plausibility: at least two labels, each 1–63 of
/// `[A-Za-z0-9-]` not starting or ending with `-`, and an alphabetic top-level
/// label of 2–24 letters.
pub fn email_domain(d: &[u8]) -> bool {
    if d.is_empty() || d.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in d.split(|&c| c == b'.') {
        if label.is_empty() || label.len() > 63 {
            return false;
        }
        if label[0] == b'-' || label[label.len() - 1] == b'-' {
            return false;
        }
        if !label.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-') {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && (2..=24).contains(&last.len()) && last.iter().all(u8::is_ascii_alphabetic)
}

/// Shannon entropy of `s` in bits per byte.
///
/// Computed as `log2(n) - Σ c·log2(c) / n` over the byte counts `c`, with
/// `c·log2(c)` read from a table for counts up to 256: the generic-key
/// gate runs it on every long mixed token, and a `log2` per distinct byte
/// cost more than the rest of the check.
pub fn shannon_entropy(s: &[u8]) -> f32 {
    static C_LOG2_C: LazyLock<[f32; 257]> =
        LazyLock::new(|| std::array::from_fn(|c| if c == 0 { 0.0 } else { (c as f64 * (c as f64).log2()) as f32 }));
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    // The distinct bytes, in the order first seen: appended without a
    // branch (the slot is overwritten until a new byte keeps it).
    let mut distinct = [0u8; 257];
    let mut k = 0;
    for &c in s {
        distinct[k] = c;
        k += usize::from(counts[usize::from(c)] == 0);
        counts[usize::from(c)] += 1;
    }
    let table = &*C_LOG2_C;
    let sum: f32 = distinct[..k]
        .iter()
        .map(|&c| {
            let n = counts[usize::from(c)] as usize;
            table.get(n).copied().unwrap_or_else(|| n as f32 * (n as f32).log2())
        })
        .sum();
    let n = s.len() as f32;
    n.log2() - sum / n
}

/// A legacy Bitcoin address in Base58Check (`1…` pay-to-public-key-hash,
/// `3…` pay-to-script-hash): 26 to 35 characters of the Base58 alphabet
/// that decode to 25 bytes, a version byte matching the first character
/// (0 or 5), a 20-byte hash and the first four bytes of the payload's
/// double SHA-256.
pub fn base58_btc(s: &[u8]) -> bool {
    use sha2::{Digest, Sha256};
    const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if !(26..=35).contains(&s.len()) || !matches!(s[0], b'1' | b'3') {
        return false;
    }
    let mut bytes = [0u8; 25];
    for &c in s {
        let Some(digit) = ALPHABET.iter().position(|&a| a == c) else {
            return false;
        };
        let mut carry = digit as u32;
        for byte in bytes.iter_mut().rev() {
            carry += 58 * u32::from(*byte);
            *byte = carry as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let version = if s[0] == b'1' { 0 } else { 5 };
    // Each leading '1' stands for a leading zero byte, and only they do.
    let ones = s.iter().take_while(|&&c| c == b'1').count();
    let zeros = bytes.iter().take_while(|&&x| x == 0).count();
    if bytes[0] != version || ones != zeros {
        return false;
    }
    let check = Sha256::digest(Sha256::digest(&bytes[..21]));
    check[..4] == bytes[21..]
}

/// Bech32 / Bech32m checksum of a `bc1…` Bitcoin segwit address.
pub fn bech32_btc(s: &[u8]) -> bool {
    const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    if !(14..=90).contains(&s.len()) {
        return false;
    }
    let lower: Vec<u8> = s.iter().map(u8::to_ascii_lowercase).collect();
    if s.iter().any(u8::is_ascii_lowercase) && s.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(sep) = lower.iter().rposition(|&c| c == b'1') else {
        return false;
    };
    if &lower[..sep] != b"bc" || lower.len() - sep < 7 {
        return false;
    }
    let mut values = Vec::with_capacity(lower.len());
    for &c in &lower[sep + 1..] {
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => values.push(v as u32),
            None => return false,
        }
    }
    let mut chk: u32 = 1;
    let mut step = |v: u32| {
        const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
        let top = chk >> 25;
        chk = ((chk & 0x1ff_ffff) << 5) ^ v;
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    };
    for &c in &lower[..sep] {
        step(u32::from(c) >> 5);
    }
    step(0);
    for &c in &lower[..sep] {
        step(u32::from(c) & 31);
    }
    for v in values {
        step(v);
    }
    chk == 1 || chk == 0x2bc8_30a3
}

/// Decodes unpadded base64url (the JWT alphabet) into bytes; `None` on any
/// character outside the alphabet.
pub fn base64url_decode(s: &[u8]) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        })
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in s {
        if c == b'=' {
            break;
        }
        acc = (acc << 6) | val(c)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// JWT header check: base64url that decodes to a JSON object naming `alg`.
pub fn jwt_header(s: &[u8]) -> bool {
    match base64url_decode(s) {
        Some(h) => h.first() == Some(&b'{') && h.windows(5).any(|w| w == b"\"alg\""),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_cards() {
        for good in [
            "4111 1111 1111 1111",
            "5500-0000-0000-0004",
            "378282246310005",
            "6011111111111117",
            "2223000048400011",
            "3530111333300000",
        ] {
            assert!(credit_card(good.as_bytes()), "{good}");
        }
        for bad in [
            "4111 1111 1111 1112",
            "1234567812345678",
            "0000000000000000",
            "4111",
            "9111111111111111",
            "37828224631000",
        ] {
            assert!(!credit_card(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn npi_check() {
        assert!(npi(b"1234567893"));
        assert!(npi(b"1245319599"));
        assert!(!npi(b"1234567890"));
        assert!(!npi(b"3234567893")); // wrong leading digit
        assert!(!npi(b"123456789"));
    }

    #[test]
    fn dea_check() {
        assert!(dea(b"AB1234563"));
        assert!(dea(b"BJ6125341"));
        assert!(!dea(b"AB1234567"));
        assert!(!dea(b"ZB1234563")); // Z is not a registrant type
        assert!(!dea(b"AB123456"));
    }

    #[test]
    fn hungarian_account_check() {
        assert!(hungarian_account(b"11708960-06704678-00000000"));
        assert!(hungarian_account(b"1170896006704678"));
        assert!(hungarian_account(b"11773016-11111018"));
        // A digit changed in either part, a length that is none, all zeros.
        assert!(!hungarian_account(b"11708961-06704678-00000000"));
        assert!(!hungarian_account(b"11708960-06704679-00000000"));
        assert!(!hungarian_account(b"11708960-0670467"));
        assert!(!hungarian_account(b"00000000-00000000"));
    }

    #[test]
    fn aba_check() {
        assert!(aba_routing(b"011000015"));
        assert!(aba_routing(b"021000021"));
        assert!(aba_routing(b"122105155"));
        assert!(!aba_routing(b"021000022"));
        assert!(!aba_routing(b"991000021")); // prefix 99 not assigned
        assert!(!aba_routing(b"000000000"));
    }

    #[test]
    fn iban_check() {
        assert!(iban(b"GB82WEST12345698765432"));
        assert!(iban(b"GB82 WEST 1234 5698 7654 32"));
        assert!(iban(b"DE89370400440532013000"));
        assert!(iban(b"NO9386011117947"));
        assert!(!iban(b"GB82WEST12345698765433"));
        assert!(!iban(b"DE8937040044053201300")); // wrong length for DE
        assert!(!iban(b"XX89370400440532013000")); // unknown country
        assert!(!iban(b"gb82west12345698765432")); // lower case is not the printed form
    }

    #[test]
    fn vin_check() {
        assert!(vin(b"1M8GDM9AXKP042788"));
        assert!(!vin(b"11111111111111111")); // no letters
        assert!(!vin(b"1M8GDM9A1KP042788"));
        assert!(!vin(b"1M8GDM9AXKP04278O")); // O is not allowed
        assert!(!vin(b"1M8GDM9AXKP04278"));
    }

    #[test]
    fn nhs_check() {
        assert!(nhs(b"943 476 5919"));
        assert!(nhs(b"9434765919"));
        assert!(nhs(b"401-023-2137"));
        assert!(!nhs(b"9434765918"));
        assert!(!nhs(b"1111111111"));
        assert!(!nhs(b"943476591"));
    }

    #[test]
    fn ssn_rules() {
        assert!(ssn(b"536-22-1234"));
        assert!(ssn(b"536 22 1234"));
        assert!(ssn(b"536221234"));
        for bad in [
            "000-12-3456",
            "666-12-3456",
            "912-34-5678",
            "536-00-1234",
            "536-22-0000",
            "078-05-1120",
            "219-09-9999",
            "123-45-6789",
        ] {
            assert!(!ssn(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn itin_rules() {
        assert!(itin(b"912-70-1234"));
        assert!(itin(b"999-94-0001"));
        assert!(!itin(b"912-93-1234"));
        assert!(!itin(b"812-70-1234"));
    }

    #[test]
    fn mbi_rules() {
        assert!(mbi(b"1EG4TE5MK73"));
        assert!(mbi(b"1EG4-TE5-MK73"));
        assert!(!mbi(b"0EG4TE5MK73")); // leading 0
        assert!(!mbi(b"1SG4TE5MK73")); // S excluded
        assert!(!mbi(b"1EG4TE5MK7")); // short
        assert!(!mbi(b"1EG-4TE5-MK73")); // dashes misplaced
    }

    #[test]
    fn ip_parse() {
        assert!(ipv4("192.168.1.20"));
        assert!(ipv4("8.8.8.8"));
        assert!(!ipv4("256.1.1.1"));
        assert!(!ipv4("01.2.3.4"));
        assert!(!ipv4("0.0.0.0"));
        assert!(ipv6("2001:db8::1"));
        assert!(ipv6("fe80::1ff:fe23:4567:890a"));
        assert!(!ipv6("10:30:00"));
        assert!(!ipv6("Dec:12"));
        assert!(!ipv6("e::"));
        assert!(ipv6("fe80::1"));
    }

    #[test]
    fn mac_shapes() {
        assert!(mac(b"00:1A:2B:3C:4D:5E"));
        assert!(mac(b"00-1a-2b-3c-4d-5e"));
        assert!(mac(b"001a.2b3c.4d5e"));
        assert!(!mac(b"00:1A-2B:3C:4D:5E"));
        assert!(!mac(b"FF:FF:FF:FF:FF:FF"));
        assert!(!mac(b"00:1G:2B:3C:4D:5E"));
    }

    #[test]
    fn email_domains() {
        assert!(email_domain(b"example.org"));
        assert!(email_domain(b"mail.general-hospital.co.uk"));
        assert!(!email_domain(b"localhost"));
        assert!(!email_domain(b"-bad.com"));
        assert!(!email_domain(b"host.c0m"));
        assert!(!email_domain(b"a..com"));
    }

    #[test]
    fn iban_lengths_by_code_agree_with_the_list() {
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let listed = IBAN_LENGTHS.iter().find(|(c, _)| **c == [a, b]).map(|&(_, n)| n);
                assert_eq!(iban_length(&[a, b]), listed, "{}{}", a as char, b as char);
            }
        }
        assert_eq!(iban_length(b"GB"), Some(22));
        assert_eq!(iban_length(b"gb"), None);
        assert_eq!(iban_length(b"G"), None);
        assert_eq!(iban_length(b"GBR"), None);
    }

    #[test]
    fn separators_outside_ascii_stand_for_their_ascii_ones() {
        assert!(ssn("536\u{2011}22\u{2011}1234".as_bytes()));
        assert!(credit_card("4539\u{a0}1488\u{202f}0343\u{2009}6467".as_bytes()));
        assert!(!credit_card("4539\u{a0}1488\u{a0}0343\u{a0}6468".as_bytes()));
        assert!(iban("GB82\u{a0}WEST\u{202f}1234\u{2009}5698 7654 32".as_bytes()));
        assert!(!iban("GB82\u{a0}WEST\u{a0}1234\u{a0}5698\u{a0}7654\u{a0}33".as_bytes()));
        // A dash is no space between an IBAN's groups.
        assert!(!iban("GB82\u{2011}WEST\u{2011}1234\u{2011}5698\u{2011}7654\u{2011}32".as_bytes()));
        // Anything else outside ASCII is no separator, nor a cut sequence.
        assert!(!ssn("536\u{2014}22\u{2014}1234".as_bytes()));
        assert!(!ssn("536\u{e9}22-1234".as_bytes()));
        assert!(!ssn(b"536\xe2\x80-22-1234"));
    }

    #[test]
    fn entropy() {
        assert!(shannon_entropy(b"aaaaaaaaaaaaaaaa") < 0.1);
        assert!(shannon_entropy(b"q8Zt3LmX0pWv7RkB2nYc") > 4.0);
        // Against the textbook sum over probabilities, with counts inside
        // and past the table (a byte seen more than 256 times), and every
        // byte value at once.
        let naive = |s: &[u8]| -> f64 {
            let mut counts = [0usize; 256];
            s.iter().for_each(|&c| counts[usize::from(c)] += 1);
            let n = s.len() as f64;
            counts.iter().filter(|&&c| c > 0).map(|&c| -(c as f64 / n) * (c as f64 / n).log2()).sum()
        };
        let all_bytes: Vec<u8> = (0..=255u8).chain(0..=255u8).collect();
        let long: Vec<u8> = b"ab".repeat(300).into_iter().chain(*b"xyz").collect();
        for s in
            [&b"a"[..], b"ab", b"aab", b"q8Zt3LmX0pWv7RkB2nYc", b"AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMI", &all_bytes, &long]
        {
            let got = f64::from(shannon_entropy(s));
            assert!((got - naive(s)).abs() < 1e-4, "{:?}: {got} vs {}", String::from_utf8_lossy(s), naive(s));
        }
        assert_eq!(shannon_entropy(b"0123456789abcdef"), 4.0);
        assert_eq!(shannon_entropy(b""), 0.0);
    }

    #[test]
    fn bech32() {
        assert!(bech32_btc(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        assert!(!bech32_btc(b"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"));
        assert!(!bech32_btc(b"tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"));
    }

    #[test]
    fn jwt() {
        assert!(jwt_header(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"));
        assert!(!jwt_header(b"eyJmb28iOiJiYXIifQ")); // {"foo":"bar"}
        assert_eq!(base64url_decode(b"aGk").as_deref(), Some(&b"hi"[..]));
    }
}
