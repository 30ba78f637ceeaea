#!/usr/bin/env python3
"""Generator for mixed-document set J (held-out test documents for the detector).

Standard library only, fixed seed 20270401, deterministic output.  The templates live in
docs_1.py ... docs_12.py (one module per document); each defines make(g) -> (template, values),
the README strings GENRE and NOTES, optionally DATE_ORDER ("MDY" or "DMY") and extra_check(text,
spans) -> list of error strings.

Inline labels:  ⟦class|text⟧ gold,  ⟦!why|text⟧ negative,  ⟦?why|text⟧ ambiguous,  «key» value.
Labels may nest.  Short aliases (ALIASES) map to class names.

Run:  python3 make.py   (self-test of the checker, two builds compared, files written, every
checksum-bearing gold value re-verified from the written text).
"""
import base64
import datetime
import hashlib
import hmac
import importlib
import ipaddress
import json
import os
import random
import re
import sys
import zlib

sys.dont_write_bytecode = True

SEED = 20270401
HERE = os.path.dirname(os.path.abspath(__file__))
NDOCS = 12

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address
pii.us_passport pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id
phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin", "email": "pii.email",
    "phone": "pii.phone", "addr": "pii.street_address", "zip": "pii.zip_code",
    "date": "pii.date", "age": "pii.age_over_89", "ip": "pii.ip_address", "url": "pii.url",
    "mac": "pii.mac_address", "passport": "pii.us_passport", "dl": "pii.us_driver_license",
    "mrn": "phi.mrn", "mbi": "phi.mbi", "member": "phi.health_plan_id", "npi": "phi.npi",
    "dea": "phi.dea", "icd": "phi.icd10", "card": "fin.credit_card", "iban": "fin.iban",
    "aba": "fin.aba_routing", "acct": "fin.bank_account", "btc": "fin.crypto_wallet",
    "vin": "id.vin", "nhs": "id.uk_nhs", "aws": "secret.aws_access_key",
    "ghtok": "secret.github_token", "openai": "secret.openai_api_key",
    "anthropic": "secret.anthropic_api_key", "slack": "secret.slack_token",
    "pem": "secret.private_key", "jwt": "secret.jwt", "apikey": "secret.generic_api_key",
    "priv": "legal.privilege_marker",
}

FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789", "111-11-1111",
               "666-66-6666", "987-65-4320", "001-01-0001"}

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"

# --------------------------------------------------------------------------------------------
# checksum helpers
# --------------------------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def npi_ok(npi):
    return bool(re.fullmatch(r"[12]\d{9}", npi)) and luhn_ok("80840" + npi)


def dea_ok(dea):
    m = re.fullmatch(r"([ABFGM])([A-Z9])(\d{7})", dea)
    if not m:
        return False
    d = [int(c) for c in m.group(3)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_ok(aba):
    if not re.fullmatch(r"\d{9}", aba):
        return False
    pre = int(aba[:2])
    if not (0 <= pre <= 12 or 21 <= pre <= 32 or 61 <= pre <= 72 or pre == 80):
        return False
    d = [int(c) for c in aba]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_mod97(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    v = 11 - sum(int(c) * w for c, w in zip(ten, ES_W)) % 11
    return {11: 0, 10: 1}.get(v, v)


def iban_ok(iban):
    s = iban.replace(" ", "")
    lengths = {"ES": 24, "NL": 18, "DE": 22, "GB": 22}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lengths.get(s[:2]) != len(s):
        return False
    if iban_mod97(s) != 1:
        return False
    if s[:2] == "ES":
        bank, branch, dc, acct = s[4:8], s[8:12], s[12:14], s[14:]
        if dc != "%d%d" % (es_dc("00" + bank + branch), es_dc(acct)):
            return False
    if " " in iban and not re.fullmatch(r"[A-Z]{2}\d{2}( [A-Z0-9]{4})*( [A-Z0-9]{1,4})?", iban):
        return False
    return True


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
          "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(vin):
    r = sum(VIN_TR[c] * w for c, w in zip(vin, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin)) and vin[8] == vin_check(vin)


def nhs_ok(nhs):
    s = nhs.replace(" ", "")
    if not re.fullmatch(r"[4-6]\d{9}", s):
        return False
    if " " in nhs and not re.fullmatch(r"\d{3} \d{3} \d{4}", nhs):
        return False
    c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


def ssn_ok(ssn):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", ssn)
    if not m:
        return False
    a, g, s = m.group(1), m.group(3), m.group(4)
    if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
        return False
    return "%s-%s-%s" % (a, g, s) not in FAMOUS_SSNS


def itin_ok(itin):
    m = re.fullmatch(r"9\d\d([- ]?)(\d\d)\1\d{4}", itin)
    return bool(m) and 70 <= int(m.group(2)) <= 88


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def mbi_ok(mbi):
    s = mbi.replace("-", "")
    if "-" in mbi and not re.fullmatch(r"\w{4}-\w{3}-\w{4}", mbi):
        return False
    if len(s) != 11:
        return False
    classes = ["N1", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, cl in zip(s, classes):
        if cl == "N1" and ch not in "123456789":
            return False
        if cl == "N" and ch not in "0123456789":
            return False
        if cl == "A" and ch not in MBI_ALPHA:
            return False
        if cl == "AN" and ch not in MBI_AN:
            return False
    return True


def bsn_ok(bsn):
    s = bsn.replace(" ", "").replace(".", "")
    if not re.fullmatch(r"\d{9}", s) or s.startswith("00"):
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(c) * x for c, x in zip(s, w)) % 11 == 0


# bech32 (BIP 173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_segwit_ok(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return False
    a = addr.lower()
    pos = a.rfind("1")
    hrp, data = a[:pos], a[pos + 1:]
    if hrp != "bc" or len(data) < 6 or any(c not in BECH for c in data):
        return False
    d = [BECH.index(c) for c in data]
    if bech32_polymod(bech32_hrp_expand(hrp) + d) != 1:
        return False
    prog = convertbits(d[1:-6], 5, 8, False)
    return d[0] == 0 and prog is not None and len(prog) in (20, 32)


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ghp_ok(tok):
    m = re.fullmatch(r"ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_hs256_ok(tok, key):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_dec(parts[0]))
        json.loads(b64url_dec(parts[1]))
    except Exception:
        return False
    if hdr.get("alg") != "HS256":
        return False
    sig = hmac.new(key.encode(), (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest()
    return hmac.compare_digest(b64url(sig), parts[2])


# P-256
EC_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
EC_A = EC_P - 3
EC_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
EC_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
EC_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
        0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def ec_add(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0] and (p[1] + q[1]) % EC_P == 0:
        return None
    if p == q:
        lam = (3 * p[0] * p[0] + EC_A) * pow(2 * p[1], -1, EC_P) % EC_P
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], -1, EC_P) % EC_P
    x = (lam * lam - p[0] - q[0]) % EC_P
    return (x, (lam * (p[0] - x) - p[1]) % EC_P)


def ec_mul(k, p=EC_G):
    r = None
    while k:
        if k & 1:
            r = ec_add(r, p)
        p = ec_add(p, p)
        k >>= 1
    return r


EC_DER_HEAD = bytes.fromhex("30770201010420")
EC_DER_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")


def ec_pem(d):
    x, y = ec_mul(d)
    der = EC_DER_HEAD + d.to_bytes(32, "big") + EC_DER_MID + b"\x04" + x.to_bytes(32, "big") \
        + y.to_bytes(32, "big")
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def ec_pem_ok(pem):
    m = re.fullmatch(r"-----BEGIN EC PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END EC PRIVATE KEY-----",
                     pem)
    if not m:
        return False
    lines = m.group(1).split("\n")
    if any(len(l) != 64 for l in lines[:-1]) or not 0 < len(lines[-1]) <= 64:
        return False
    try:
        der = base64.b64decode("".join(lines), validate=True)
    except Exception:
        return False
    if len(der) != 121 or der[:7] != EC_DER_HEAD or der[39:56] != EC_DER_MID or der[56] != 4:
        return False
    d = int.from_bytes(der[7:39], "big")
    x, y = int.from_bytes(der[57:89], "big"), int.from_bytes(der[89:121], "big")
    if not 0 < d < EC_N or (y * y - x * x * x - EC_A * x - EC_B) % EC_P:
        return False
    return ec_mul(d) == (x, y)


def doc_ip(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    if ip.version == 4:
        nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "10.0.0.0/8",
                "172.16.0.0/12", "192.168.0.0/16"]
    else:
        nets = ["2001:db8::/32"]
    return any(ip in ipaddress.ip_network(n) for n in nets)


def doc_mac(s):
    return bool(re.fullmatch(r"00([:-])00(?:\1)5[Ee](?:\1)00(?:\1)53(?:\1)[0-9A-Fa-f]{2}", s))


def example_domain(dom):
    dom = dom.lower()
    return any(dom == d or dom.endswith("." + d) for d in ("example.com", "example.net", "example.org"))


# --------------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------------

EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
EN_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
EN_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
              "fri": 4, "sat": 5, "sun": 6}


def month_index(word):
    w = word.lower().rstrip(".")
    for lst in (EN_MONTHS, NL_MONTHS):
        if w in lst:
            return lst.index(w) + 1
    for i, m in enumerate(EN_MONTHS):
        if len(w) >= 3 and m.startswith(w) and (w in (m[:3], "sept")):
            return i + 1
    return None


def weekday_index(word):
    w = word.lower().rstrip(".")
    if w in EN_WD:
        return EN_WD.index(w)
    if w in NL_WD:
        return NL_WD.index(w)
    return EN_WD_ABBR.get(w)


MONTH_RE = r"(?:" + "|".join(EN_MONTHS + NL_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WD_RE = r"(?:" + "|".join(EN_WD + NL_WD) + r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?"
DATE_RE = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}"
           r"|" + MONTH_RE + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
           r"|\d{1,2} " + MONTH_RE + r",? \d{4})")


def parse_date(s, order="MDY"):
    """Return (date or None if no year/day, weekday index or None).  Raises ValueError."""
    s = s.strip()
    wd = None
    m = re.fullmatch(r"(" + WD_RE + r"),? (.+)", s, re.I)
    if m:
        wd = weekday_index(m.group(1))
        s = m.group(2)
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), wd
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?", s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), wd
    m = re.fullmatch(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if y < 100:
            y += 1900 if y > 30 else 2000
        mo, dd = (a, b) if order == "MDY" else (b, a)
        return datetime.date(y, mo, dd), wd
    m = re.fullmatch(r"(" + MONTH_RE + r") (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", s, re.I)
    if m:
        return datetime.date(int(m.group(3)), month_index(m.group(1)), int(m.group(2))), wd
    m = re.fullmatch(r"(\d{1,2}) (" + MONTH_RE + r"),? (\d{4})", s, re.I)
    if m:
        return datetime.date(int(m.group(3)), month_index(m.group(2)), int(m.group(1))), wd
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) day of (" + MONTH_RE + r"),? (\d{4})", s, re.I)
    if m:
        return datetime.date(int(m.group(3)), month_index(m.group(2)), int(m.group(1))), wd
    m = re.fullmatch(r"(\d{1,2})/(\d{4})", s)
    if m and 1 <= int(m.group(1)) <= 12:
        return None, wd
    m = re.fullmatch(r"(" + MONTH_RE + r") (\d{4})", s, re.I)
    if m:
        return None, wd
    raise ValueError("unparsed date %r" % s)


# --------------------------------------------------------------------------------------------
# the generator object handed to each template module
# --------------------------------------------------------------------------------------------


class Gen:
    def __init__(self, rng):
        self.rng = rng

    def digits(self, n, first="0123456789"):
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def chars(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def phone_line(self):
        return "01" + self.digits(2)

    def visa(self):
        body = "4" + self.digits(14)
        n = body + luhn_digit(body)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def npi(self, first="1"):
        body = first + self.digits(8)
        for c in "0123456789":
            if npi_ok(body + c):
                return body + c

    def dea(self, reg, second):
        d = [int(c) for c in self.digits(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return reg + second + "".join(map(str, d)) + str(chk)

    def aba(self, prefix):
        while True:
            body = prefix + self.digits(8 - len(prefix))
            for c in "0123456789":
                if aba_ok(body + c):
                    return body + c

    def iban_es(self, bank, branch):
        acct = self.digits(10)
        dc = "%d%d" % (es_dc("00" + bank + branch), es_dc(acct))
        bban = bank + branch + dc + acct
        chk = 98 - iban_mod97("ES00" + bban)
        s = "ES%02d" % chk + bban
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def vin(self, first8, year, plant):
        while True:
            v = first8 + "0" + year + plant + self.digits(6)
            v = v[:8] + vin_check(v) + v[9:]
            if vin_ok(v):
                return v

    def nhs(self):
        while True:
            s = self.digits(9, "456")
            c = 11 - sum(int(s[i]) * (10 - i) for i in range(9)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                s += str(c)
                return "%s %s %s" % (s[:3], s[3:6], s[6:])

    def ssn(self):
        while True:
            a = self.rng.randint(1, 899)
            if a == 666:
                continue
            s = "%03d-%02d-%04d" % (a, self.rng.randint(1, 99), self.rng.randint(1, 9999))
            if ssn_ok(s):
                return s

    def itin(self):
        return "9%s-%d-%s" % (self.digits(2), self.rng.randint(70, 88), self.digits(4))

    def mbi(self):
        cl = ["123456789", MBI_ALPHA, MBI_AN, "0123456789", MBI_ALPHA, MBI_AN, "0123456789",
              MBI_ALPHA, MBI_ALPHA, "0123456789", "0123456789"]
        return "".join(self.rng.choice(c) for c in cl)

    def btc(self):
        prog = [self.rng.randrange(256) for _ in range(20)]
        return bech32_encode("bc", [0] + convertbits(prog, 8, 5))

    def ghp(self):
        body = self.chars(B62, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)

    def openai(self):
        return "sk-proj-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(B64URL, 93) + "AA"

    def aws_key_id(self):
        return "AKIA" + self.chars(B32, 16)

    def aws_secret(self):
        return self.chars(B62 + "+/", 40)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12, "123456789"), self.digits(13, "123456789"),
                                  self.chars(B62, 24))

    def hexkey(self, n=32):
        while True:
            k = self.chars(HEX, n)
            if len(set(k)) >= 12:
                return k

    def jwt_hs256(self, payload, key):
        h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
        return h + "." + p + "." + b64url(sig)

    def ec_pem(self):
        d = self.rng.getrandbits(256) % (EC_N - 1) + 1
        return ec_pem(d)

    def bsn(self):
        while True:
            s = self.digits(8, "123456789")
            w = [9, 8, 7, 6, 5, 4, 3, 2]
            r = sum(int(c) * x for c, x in zip(s, w)) % 11
            if r < 10:
                return s + str(r)

    def passport(self):
        return self.rng.choice("ACE") + self.digits(8)

    def ohio_dl(self, letters):
        return letters + self.digits(6)


# --------------------------------------------------------------------------------------------
# template parsing
# --------------------------------------------------------------------------------------------

KEY_RE = re.compile(r"«([a-z][a-z0-9_]*)»")


class Span:
    __slots__ = ("start", "end", "kind", "label", "text")

    def __init__(self, start, end, kind, label, text):
        self.start, self.end, self.kind, self.label, self.text = start, end, kind, label, text

    def __repr__(self):
        return "Span(%d,%d,%s,%s,%r)" % (self.start, self.end, self.kind, self.label, self.text)


def parse(template, values):
    def sub(m):
        if m.group(1) not in values:
            raise KeyError("template key %s has no value" % m.group(1))
        return values[m.group(1)]

    src = KEY_RE.sub(sub, template)
    out = []
    pos = 0
    stack = []
    spans = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "⟦":
            j = src.index("|", i)
            head = src[i + 1:j]
            stack.append((head, pos))
            i = j + 1
            continue
        if ch == "⟧":
            if not stack:
                raise ValueError("unbalanced ⟧ at %d" % i)
            head, start = stack.pop()
            text = "".join(out)[start:pos]
            if head.startswith("!"):
                spans.append(Span(start, pos, "neg", head[1:], text))
            elif head.startswith("?"):
                spans.append(Span(start, pos, "amb", head[1:], text))
            else:
                cls = ALIASES.get(head, head)
                spans.append(Span(start, pos, "gold", cls, text))
            i += 1
            continue
        out.append(ch)
        pos += 1
        i += 1
    if stack:
        raise ValueError("unclosed label %r" % (stack[-1][0],))
    return "".join(out), sorted(spans, key=lambda s: (s.start, -s.end))


# --------------------------------------------------------------------------------------------
# checker
# --------------------------------------------------------------------------------------------


def is_word(ch):
    return ch.isalnum() or ch == "_"


def left_boundary(text, s):
    if s == 0 or not is_word(text[s - 1]):
        return True
    if s >= 2 and text[s - 2] == "\\" and text[s - 1] in "ntr":
        return True
    if s >= 3 and text[s - 3] == "%" and all(c in "0123456789ABCDEFabcdef" for c in text[s - 2:s]):
        return True
    return False


def right_boundary(text, e):
    return e >= len(text) or not is_word(text[e])


def occurrences(text, sub):
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + 1)
    return out


def inside(spans, s, e, kinds=("gold", "neg", "amb"), exclude=None):
    return [sp for sp in spans if sp.kind in kinds and sp.start <= s and e <= sp.end and sp is not exclude]


PHONE_RE = re.compile(r"(?<![\w.+/-])(?:\+?1[-. ]?)?\(?([2-9]\d{2})\)?[-. ]?([2-9]\d{2})[-. ]?(\d{4})(?![\w-])")
PHONE_SPACED_RE = re.compile(r"(?<![\w ])\d(?: \d){9}(?![\w])")
UKMOB_RE = re.compile(r"(?<![\w+])(?:\+44 ?7\d{3}|07\d{3}) ?\d{3} ?\d{3}(?!\w)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
SSN_RE = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
CARD_RUN_RE = re.compile(r"(?<![\w-])\d{13,19}(?![\w-])")
CARD_GRP_RE = re.compile(r"(?<![\w-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\w-])")
DOTTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+){3,}")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])")
MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
SECRET_RE = re.compile(r"AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_\w+|sk-proj-[\w-]+|"
                       r"sk-ant-[\w-]+|xox[abposr]-[\w-]+|-----BEGIN|eyJ[\w-]+\.[\w-]+\.[\w-]*|glpat-[\w-]{20}")
AGE_RE = re.compile(r"(?<![\w.])(\d{2,3})(?:-year-old| ?y/o| years? old| ?yrs?\b| jaar| years of age|Y\b)")
WD_DATE_RE = re.compile(r"(?<!\w)(" + WD_RE + r"),? (" + DATE_RE + r")(?!\w)", re.I)
DATE_WD_RE = re.compile(r"(?<!\w)(" + DATE_RE + r") ?\((" + WD_RE + r")\)", re.I)


def verify_value(cls, val, text, spans):
    """Return None if the value passes its class check, else a reason."""
    ok = True
    if cls == "pii.ssn":
        ok = ssn_ok(val)
    elif cls == "pii.itin":
        ok = itin_ok(val)
    elif cls == "pii.email":
        m = re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", val)
        ok = bool(m) and example_domain(m.group(1))
    elif cls == "pii.phone":
        d = re.sub(r"\D", "", val)
        if len(d) == 11 and d[0] == "1":
            d = d[1:]
        if len(d) == 10 and d[0] != "0":
            ok = d[3:6] == "555" and d[6:8] == "01"
        else:
            ok = d.startswith("07700900") and len(d) == 11 or d.startswith("447700900") and len(d) == 12
    elif cls == "pii.street_address":
        ok = bool(re.search(r"\d", val))
    elif cls == "pii.zip_code":
        ok = bool(re.fullmatch(r"\d{5}(-\d{4})?", val))
    elif cls == "pii.age_over_89":
        m = re.match(r"(\d{2,3})", val)
        ok = bool(m) and 90 <= int(m.group(1)) <= 120 and bool(
            re.fullmatch(r"\d{2,3}(?:-year-old| y/o| years| yrs| jaar|Y)?", val))
    elif cls == "pii.ip_address":
        ok = doc_ip(val)
    elif cls == "pii.url":
        m = re.fullmatch(r"https?://([A-Za-z0-9.-]+)(/\S*)?", val)
        ok = bool(m) and example_domain(m.group(1))
    elif cls == "pii.mac_address":
        ok = doc_mac(val)
    elif cls == "pii.us_passport":
        ok = bool(re.fullmatch(r"[A-Z]\d{8}|\d{9}", val))
    elif cls == "pii.us_driver_license":
        ok = bool(re.fullmatch(r"[A-Z]{2}\d{6}", val))  # Ohio
    elif cls == "phi.mrn":
        ok = bool(re.search(r"\d{5}", val))
    elif cls == "phi.mbi":
        ok = mbi_ok(val)
    elif cls == "phi.health_plan_id":
        ok = bool(re.fullmatch(r"[A-Z0-9-]{6,20}", val)) and bool(re.search(r"\d{4}", val))
    elif cls == "phi.npi":
        ok = npi_ok(val)
    elif cls == "phi.dea":
        ok = dea_ok(val)
    elif cls == "phi.icd10":
        ok = bool(re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?", val))
    elif cls == "fin.credit_card":
        d = val.replace(" ", "").replace("-", "")
        ok = bool(re.fullmatch(r"4\d{15}", d)) and luhn_ok(d)
    elif cls == "fin.iban":
        ok = iban_ok(val)
    elif cls == "fin.aba_routing":
        ok = aba_ok(val)
    elif cls == "fin.bank_account":
        ok = bool(re.fullmatch(r"\d{6,17}", val))
    elif cls == "fin.crypto_wallet":
        ok = bech32_segwit_ok(val)
    elif cls == "id.vin":
        ok = vin_ok(val)
    elif cls == "id.uk_nhs":
        ok = nhs_ok(val)
    elif cls == "secret.aws_access_key":
        ok = bool(re.fullmatch(r"AKIA[A-Z2-7]{16}", val))
    elif cls == "secret.github_token":
        ok = ghp_ok(val)
    elif cls == "secret.openai_api_key":
        ok = bool(re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", val))
    elif cls == "secret.anthropic_api_key":
        ok = bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", val))
    elif cls == "secret.slack_token":
        ok = bool(re.fullmatch(r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}", val))
    elif cls == "secret.private_key":
        ok = ec_pem_ok(val)
    elif cls == "secret.jwt":
        keys = [sp.text for sp in spans if sp.kind == "gold" and sp.label == "secret.generic_api_key"]
        ok = any(jwt_hs256_ok(val, k) for k in keys)
    elif cls == "secret.generic_api_key":
        ok = len(val) >= 20 and len(set(val)) >= 12 and not re.search(r"\s", val)
    elif cls == "legal.privilege_marker":
        ok = bool(re.search(r"PRIVILEGE|WORK PRODUCT", val, re.I)) and "\n" not in val
    elif cls == "pii.person_name":
        ok = not re.search(r"\d", val)
    return None if ok else "checksum/shape check failed for %s %r" % (cls, val)


def check_doc(docname, text, spans, order="MDY", extra=None, size_check=True):
    """Return a list of (code, message) errors."""
    errs = []

    def err(code, msg):
        errs.append((code, msg))

    gold = [s for s in spans if s.kind == "gold"]
    other = [s for s in spans if s.kind != "gold"]
    # labels sane
    for s in spans:
        if not s.text or s.text != s.text.strip():
            err("EMPTY", "empty or padded span %r" % s)
        if s.kind == "gold" and s.label not in CLASSES:
            err("CLASS", "unknown class %r" % s.label)
        if s.kind != "gold" and not s.label.strip():
            err("WHY", "negative/ambiguous without a reason %r" % s)
    # one class per text, not both gold and other
    by_text = {}
    for s in gold:
        by_text.setdefault(s.text, set()).add(s.label)
    for t, cl in by_text.items():
        if len(cl) > 1:
            err("TWO_CLASSES", "%r carries %s" % (t, sorted(cl)))
    for s in other:
        if s.text in by_text:
            err("GOLD_AND_OTHER", "%r is gold and %s" % (s.text, s.kind))
    neg_t = {s.text for s in other if s.kind == "neg"}
    amb_t = {s.text for s in other if s.kind == "amb"}
    for t in neg_t & amb_t:
        err("NEG_AND_AMB", "%r is negative and ambiguous" % t)
    # boundaries and unlabelled occurrences of gold text
    for t in by_text:
        for p in occurrences(text, t):
            e = p + len(t)
            labelled = any(s.start == p and s.end == e for s in gold)
            covered = any(s.start <= p and e <= s.end and (s.end - s.start) > len(t) for s in gold)
            if not labelled and not covered:
                err("UNLABELLED_GOLD", "unlabelled occurrence of gold %r at %d" % (t, p))
            if labelled and not (left_boundary(text, p) and right_boundary(text, e)):
                err("BOUNDARY", "gold %r at %d is not on token boundaries" % (t, p))
    # negatives / ambiguous never overlap gold
    for t in neg_t | amb_t:
        for p in occurrences(text, t):
            e = p + len(t)
            for g in gold:
                if p < g.end and g.start < e:
                    err("NEG_OVERLAP", "%r at %d overlaps gold %r" % (t, p, g.text))
    # value checks
    for s in gold:
        if s.label == "pii.date":
            try:
                parse_date(s.text, order)
            except ValueError:
                try:  # a date written in the other numeric order (a UK date in a US chart)
                    parse_date(s.text, "DMY" if order == "MDY" else "MDY")
                except ValueError as ex:
                    err("CHECKSUM", str(ex))
            continue
        r = verify_value(s.label, s.text, text, spans)
        if r:
            err("CHECKSUM", r)
    # e-mail-shaped strings
    for m in EMAIL_RE.finditer(text):
        if any(g.label.startswith("secret.") and m.start() < g.end and g.start < m.end() for g in gold):
            continue  # token@host userinfo in a URL
        dom = m.group(0).split("@", 1)[1]
        if not example_domain(dom):
            err("EMAIL_DOMAIN", "e-mail-shaped %r outside example domains" % m.group(0))
        if not inside(spans, m.start(), m.end()):
            err("EMAIL_UNLABELLED", "unlabelled e-mail-shaped %r" % m.group(0))
    # SSN-shaped
    for m in SSN_RE.finditer(text):
        if not inside(spans, m.start(), m.end()):
            err("SSN_UNLABELLED", "unlabelled SSN-shaped %r" % m.group(0))
    # card-shaped
    for rx in (CARD_RUN_RE, CARD_GRP_RE):
        for m in rx.finditer(text):
            d = re.sub(r"\D", "", m.group(0))
            if luhn_ok(d) and not inside(spans, m.start(), m.end()):
                err("CARD_UNLABELLED", "unlabelled Luhn-valid card-shaped %r" % m.group(0))
    # US phone-shaped
    for m in list(PHONE_RE.finditer(text)) + list(PHONE_SPACED_RE.finditer(text)):
        if m.re is PHONE_RE:
            s0 = m.start(1) - (1 if m.start(1) > 0 and text[m.start(1) - 1] == "(" else 0)
            e0, digits = m.end(3), m.group(1) + m.group(2) + m.group(3)
        else:
            s0, e0, digits = m.start(), m.end(), m.group(0).replace(" ", "")
        cov = inside(spans, s0, e0)
        if any(c.kind == "gold" and c.label != "pii.phone" for c in cov):
            continue
        if any(c.kind != "gold" and "not a phone" in c.label for c in cov):
            continue
        if not cov:
            err("PHONE_UNLABELLED", "unlabelled phone-shaped %r" % m.group(0))
        elif not (digits[3:6] == "555" and digits[6:8] == "01"):
            err("PHONE_RANGE", "phone-shaped %r outside 555-01xx" % m.group(0))
    for m in UKMOB_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if not (d.startswith("07700900") or d.startswith("447700900")):
            err("UK_MOBILE", "UK mobile %r outside 07700 900xxx" % m.group(0))
        if not inside(spans, m.start(), m.end()):
            err("PHONE_UNLABELLED", "unlabelled UK mobile %r" % m.group(0))
    # dotted runs
    for m in DOTTED_RE.finditer(text):
        t = m.group(0)
        parts = t.split(".")
        if len(parts) == 4 and all(int(p) <= 255 and (p == "0" or not p.startswith("0")) for p in parts) \
                and doc_ip(t):
            continue
        if not inside(spans, m.start(), m.end(), ("neg", "amb")):
            err("DOTTED", "dotted run %r is neither a documentation/private IP nor labelled" % t)
    # MACs
    macs = []
    for m in MAC_RE.finditer(text):
        macs.append((m.start(), m.end()))
        if not doc_mac(m.group(0)):
            err("MAC", "MAC %r outside the documentation block" % m.group(0))
    # IPv6
    for m in IPV6_RE.finditer(text):
        t = m.group(0)
        if any(a <= m.start() and m.end() <= b for a, b in macs) or len(re.sub(r"[^0-9A-Fa-f]", "", t)) < 2:
            continue
        try:
            ip = ipaddress.IPv6Address(t)
        except ValueError:
            continue
        if ip not in ipaddress.ip_network("2001:db8::/32"):
            err("IPV6", "IPv6 %r outside 2001:db8::/32" % t)
    # secrets
    for m in SECRET_RE.finditer(text):
        if not inside(spans, m.start(), m.end(), ("gold",)):
            err("SECRET_SHAPE", "secret-shaped %r outside a gold span" % m.group(0)[:24])
    # ages
    for m in AGE_RE.finditer(text):
        n = int(m.group(1))
        if 90 <= n <= 120 and not inside(spans, m.start(1), m.end(1)):
            err("AGE", "age over 89 %r not labelled (gold, or negative/ambiguous when not a person's age)"
                % m.group(0))
    # weekdays next to full dates
    for rx, wi, di in ((WD_DATE_RE, 1, 2), (DATE_WD_RE, 2, 1)):
        for m in rx.finditer(text):
            try:
                d, _ = parse_date(m.group(di), order)
            except ValueError:
                continue  # no year: nothing to check
            if d is not None and d.weekday() != weekday_index(m.group(wi)):
                err("WEEKDAY", "%r is a %s" % (m.group(0), EN_WD[d.weekday()]))
    # size and doc12
    if size_check:
        n = len(text.encode("utf-8"))
        if not 1536 <= n <= 4000:
            err("SIZE", "%s is %d bytes" % (docname, n))
    if docname == "doc12.txt" and gold:
        err("DOC12_GOLD", "doc12 must have no gold")
    if extra:
        for e in extra(text, spans):
            err("EXTRA", e)
    return errs


# --------------------------------------------------------------------------------------------
# self-test
# --------------------------------------------------------------------------------------------

FILL = "\n" + "Filler line for the self-test, nothing sensitive here at all. " * 30


def selftest():
    g = Gen(random.Random("%d-selftest" % SEED))
    card = g.visa()
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    npi = g.npi()
    dea = g.dea("B", "K")
    aba = g.aba("0412")
    iban = g.iban_es("2100", "0418")
    vin = g.vin("3TMCZ5AN", "N", "X")
    nhs = g.nhs()
    ghp = g.ghp()
    key = g.hexkey()
    jwt = g.jwt_hs256({"sub": "svc"}, key)
    pem = g.ec_pem()
    btc = g.btc()
    ssn = g.ssn()

    def bump(s, i):
        c = s[i]
        if c.isdigit():
            return s[:i] + str((int(c) + 1) % 10) + s[i + 1:]
        return s[:i] + ("B" if c != "B" else "C") + s[i + 1:]

    # an ES IBAN with wrong national check digits but a valid mod-97
    raw = iban.replace(" ", "")
    bban = raw[4:12] + ("%02d" % ((int(raw[12:14]) + 1) % 100)) + raw[14:]
    bad_dc = "ES%02d" % (98 - iban_mod97("ES00" + bban)) + bban
    # a PEM whose public point does not match its scalar
    der = bytearray(base64.b64decode("".join(pem.split("\n")[1:-1])))
    der[100] ^= 1
    b = base64.b64encode(bytes(der)).decode()
    bad_pem = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) \
        + "\n-----END EC PRIVATE KEY-----"
    bad_jwt = jwt[:-2] + ("A" if jwt[-2] != "A" else "B") + jwt[-1]
    bad_ghp = ghp[:-1] + ("0" if ghp[-1] != "0" else "1")
    bad_btc = btc[:-1] + ("q" if btc[-1] != "q" else "p")

    broken = [
        ("unlabelled repeat of a gold name", "x", "⟦name|Odile Brassard⟧ called; Odile Brassard again.", "UNLABELLED_GOLD"),
        ("Luhn-invalid card", "x", "card ⟦card|%s⟧" % bad_card, "CHECKSUM"),
        ("unlabelled Luhn-valid card, grouped", "x", "card %s" % card, "CARD_UNLABELLED"),
        ("unlabelled Luhn-valid card, run together", "x", "card %s" % card.replace(" ", ""), "CARD_UNLABELLED"),
        ("wrong English weekday, full", "x", "seen ⟦date|Tuesday, March 3, 2025⟧", "WEEKDAY"),
        ("wrong English weekday, abbreviated", "x", "seen ⟦date|Wed 03/03/2025⟧", "WEEKDAY"),
        ("wrong weekday in brackets", "x", "seen ⟦date|03/03/2025⟧ (Fri)", "WEEKDAY"),
        ("wrong Dutch weekday", "x", "Utrecht, ⟦date|maandag 11 februari 2025⟧", "WEEKDAY"),
        ("weekday right only in month-first order, in a day-first document", "x",
         "⟦date|Thursday 04/03/2025⟧", "WEEKDAY"),
        ("unlabelled e-mail", "x", "write to ana.ruiz@example.org", "EMAIL_UNLABELLED"),
        ("gmail address", "x", "write to ⟦email|ana.ruiz@gmail.com⟧", "EMAIL_DOMAIN"),
        ("phone outside 555-01xx", "x", "call ⟦phone|(419) 555-0263⟧", "PHONE_RANGE"),
        ("unlabelled phone", "x", "call (419) 555-0163 now", "PHONE_UNLABELLED"),
        ("unlabelled ten digits run together", "x", "call 4195550163 now", "PHONE_UNLABELLED"),
        ("unlabelled phone-shaped number in a negative without a reason", "x", "ref ⟦!order number|4195550263⟧", "PHONE_RANGE"),
        ("bare AWS key", "x", "key %s" % g.aws_key_id(), "SECRET_SHAPE"),
        ("secret labelled negative", "x", "key ⟦!example|%s⟧" % g.anthropic(), "SECRET_SHAPE"),
        ("unlabelled Slack token", "x", "token %s" % g.slack_bot(), "SECRET_SHAPE"),
        ("span inside a word", "x", "⟦name|Anna⟧bel", "BOUNDARY"),
        ("gold and negative", "x", "⟦name|Parkinson⟧ and ⟦!eponym|Parkinson⟧", "GOLD_AND_OTHER"),
        ("negative overlapping gold", "x", "⟦date|03/03/2025⟧ ⟦!year|2025⟧", "NEG_OVERLAP"),
        ("two classes", "x", "⟦mrn|4471029⟧ and ⟦acct|4471029⟧", "TWO_CLASSES"),
        ("public IPv4", "x", "from 8.8.4.4 today", "DOTTED"),
        ("public IPv6", "x", "from 2607:f8b0:4004:800::200e today", "IPV6"),
        ("non-documentation MAC", "x", "mac ⟦mac|3C:22:FB:10:20:30⟧", "MAC"),
        ("NPI failing Luhn", "x", "NPI ⟦npi|%s⟧" % bump(npi, 9), "CHECKSUM"),
        ("DEA bad check digit", "x", "DEA ⟦dea|%s⟧" % bump(dea, 8), "CHECKSUM"),
        ("ABA bad checksum", "x", "ABA ⟦aba|%s⟧" % bump(aba, 8), "CHECKSUM"),
        ("IBAN failing mod 97", "x", "IBAN ⟦iban|%s⟧" % bump(iban, 6), "CHECKSUM"),
        ("ES IBAN with wrong national check digits", "x",
         "IBAN ⟦iban|%s⟧" % " ".join(bad_dc[i:i + 4] for i in range(0, 24, 4)), "CHECKSUM"),
        ("VIN bad check digit", "x", "VIN ⟦vin|%s⟧" % bump(vin, 8), "CHECKSUM"),
        ("NHS bad mod 11", "x", "NHS ⟦nhs|%s⟧" % bump(nhs, 11), "CHECKSUM"),
        ("bech32 bad checksum", "x", "wallet ⟦btc|%s⟧" % bad_btc, "CHECKSUM"),
        ("GitHub token bad CRC", "x", "token ⟦ghtok|%s⟧" % bad_ghp, "CHECKSUM"),
        ("JWT bad signature", "x", "key ⟦apikey|%s⟧ jwt ⟦jwt|%s⟧" % (key, bad_jwt), "CHECKSUM"),
        ("PEM public point mismatch", "x", "⟦pem|%s⟧" % bad_pem, "CHECKSUM"),
        ("SSN area 666", "x", "SSN ⟦ssn|666-%s⟧" % ssn[4:], "CHECKSUM"),
        ("famous SSN", "x", "SSN ⟦ssn|078-05-1120⟧", "CHECKSUM"),
        ("unlabelled SSN", "x", "SSN %s" % ssn, "SSN_UNLABELLED"),
        ("ITIN group out of range", "x", "ITIN ⟦itin|912-65-4471⟧", "CHECKSUM"),
        ("MBI with forbidden letter", "x", "MBI ⟦mbi|1SA2C34DE56⟧", "CHECKSUM"),
        ("age of 89 as gold", "x", "⟦age|89-year-old⟧ man", "CHECKSUM"),
        ("unlabelled age over 89", "x", "a 94-year-old woman", "AGE"),
        ("unlabelled OID", "x", "root 1.2.840.10008.5.1.4.1.1.2 here", "DOTTED"),
        ("UK mobile outside range", "x", "mob ⟦phone|07700 912345⟧", "UK_MOBILE"),
        ("malformed ICD-10 (lower-case l for I)", "x", "dx ⟦icd|l50.9⟧", "CHECKSUM"),
        ("impossible date", "x", "on ⟦date|02/30/2025⟧", "CHECKSUM"),
        ("Ohio licence of the wrong shape", "x", "DL ⟦dl|T6042189⟧", "CHECKSUM"),
        ("four-digit ZIP", "x", "ZIP ⟦zip|4431⟧", "CHECKSUM"),
        ("gold in doc12", "doc12.txt", "⟦name|Odile Brassard⟧", "DOC12_GOLD"),
    ]
    n = 0
    for why, doc, tpl, code in broken:
        text, spans = parse(tpl + FILL, {})
        order = "DMY" if "04/03/2025" in tpl else "MDY"
        codes = {c for c, _ in check_doc(doc, text, spans, order, size_check=False)}
        if code not in codes:
            raise SystemExit("self-test: broken input accepted (%s): got %s" % (why, sorted(codes)))
        n += 1
    # tiny document
    text, spans = parse("short", {})
    if "SIZE" not in {c for c, _ in check_doc("x", text, spans)}:
        raise SystemExit("self-test: tiny document accepted")
    n += 1
    # per-document extra checks get broken inputs too
    for modname, tpl, why in EXTRA_BROKEN:
        mod = importlib.import_module(modname)
        text, spans = parse(tpl + FILL, {})
        codes = {c for c, _ in check_doc("x", text, spans, getattr(mod, "DATE_ORDER", "MDY"),
                                         extra=mod.extra_check, size_check=False)}
        if "EXTRA" not in codes:
            raise SystemExit("self-test: broken input accepted by %s.extra_check (%s)" % (modname, why))
        n += 1
    good = [
        ("correct English weekday", "⟦date|Thursday, February 20, 2025⟧ and ⟦date|Mon 03/03/2025⟧"),
        ("correct Dutch weekday", "Utrecht, ⟦date|dinsdag 11 februari 2025⟧"),
        ("BIP 173 test vector", "⟦btc|BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4⟧"),
        ("HS256 JWT with its key", "key ⟦apikey|%s⟧ jwt ⟦jwt|%s⟧" % (key, jwt)),
        ("EC private key", "⟦pem|%s⟧" % pem),
        ("ES IBAN test value", "⟦iban|ES91 2100 0418 4502 0005 1332⟧"),
        ("URL with nested MRN", "⟦url|https://ehr.example.org/chart/⟦mrn|60218834⟧?s=demo⟧"),
        ("escape boundary", "\"note\":\"seen by\\n⟦name|Odile Brassard⟧\""),
        ("E.164 span after the plus", "tel +⟦phone|1 616 555 0172⟧"),
        ("GitHub token", "⟦ghtok|%s⟧" % ghp),
        ("phone-shaped number that is not a phone", "BIG ⟦!licence number, not a phone|19012345601⟧"),
        ("UK mobile in range", "⟦phone|07700 900418⟧"),
        ("NHS number shaped like a phone", "⟦nhs|%s⟧" % nhs),
    ]
    for why, tpl in good:
        text, spans = parse(tpl + FILL, {})
        errs = check_doc("x", text, spans, size_check=False)
        if errs:
            raise SystemExit("self-test: good input rejected (%s): %s" % (why, errs))
    return n, len(good)


EXTRA_BROKEN = [
    ("docs_1", "should read 092Y\n(0010,0030) DA [19331107]\n(0008,0020) DA [20250304]\n(0010,1010) AS [029Y]\n",
     "a stated DICOM age that does not follow from the birth and study dates"),
    ("docs_1", "should read 091Y\n(0010,0030) DA [19331107]                   #   8, 1 PatientBirthDate\n"
     "(0008,0020) DA [20250304]\n(0010,1010) AS [019Y]                       #   6, 1 PatientAge\n",
     "a dcmdump length comment that does not match its value"),
    ("docs_3", "Dr. ⟦name|Tobias Ferreira-Lund⟧ DEA ⟦dea|BK1234563⟧\n", "DEA second letter not the surname's"),
    ("docs_6", "Date,Description,Amount,Balance\n01/02/2025,OPENING,0.00,100.00\n01/03/2025,X,-10.00,80.00\n",
     "bank statement running balance that does not add up"),
    ("docs_9", "BSN: 1234 56 789\n", "BSN failing the 11-proef"),
]


# --------------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------------


def build():
    docs = []
    for n in range(1, NDOCS + 1):
        mod = importlib.import_module("docs_%d" % n)
        g = Gen(random.Random("%d-%d" % (SEED, n)))
        template, values = mod.make(g)
        text, spans = parse(template, values)
        name = "doc%d.txt" % n
        order = getattr(mod, "DATE_ORDER", "MDY")
        errs = check_doc(name, text, spans, order, getattr(mod, "extra_check", None))
        if errs:
            raise SystemExit("%s:\n  " % name + "\n  ".join("%s: %s" % e for e in errs))
        docs.append((name, mod, text, spans))
    files = {}
    gold_lines, neg_lines, amb_lines = [], [], []
    stats = []
    for name, mod, text, spans in docs:
        seen = set()
        g_vals = n_vals = a_vals = 0
        for s in spans:
            key = (s.kind, s.label if s.kind == "gold" else "", s.text)
            if key in seen:
                continue
            seen.add(key)
            if s.kind == "gold":
                gold_lines.append({"doc": name, "class": s.label, "text": s.text})
                g_vals += 1
            else:
                obj = {"doc": name, "text": s.text, "why": s.label}
                (neg_lines if s.kind == "neg" else amb_lines).append(obj)
                if s.kind == "neg":
                    n_vals += 1
                else:
                    a_vals += 1
        stats.append((name, g_vals, n_vals, a_vals, len(text.encode("utf-8")),
                      sum(1 for s in spans if s.kind == "gold")))
        files[name] = text.encode("utf-8")

    def jl(lines):
        return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines).encode("utf-8")

    files["gold.jsonl"] = jl(gold_lines)
    files["negatives.jsonl"] = jl(neg_lines)
    files["ambiguous.jsonl"] = jl(amb_lines)
    occ = {}
    for name, mod, text, spans in docs:
        for s in spans:
            if s.kind == "gold":
                occ[s.label] = occ.get(s.label, 0) + 1
    files["README.md"] = readme(docs, gold_lines, neg_lines, amb_lines, stats, occ).encode("utf-8")
    return files


README_TEXT = """# Mixed documents, set J

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets
A-I, whose conventions are kept and whose genres are avoided, and the list of data classes).

`python3 make.py` (standard library only, fixed seed 20270401, output is deterministic: make.py
runs a self-test of its checker against deliberately broken inputs, builds everything twice and
asserts the two builds are identical, then re-verifies every checksum-bearing gold value from the
written files) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |
| `gold.jsonl` | `{"doc","class","text"}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{"doc","text","why"}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{"doc","text","why"}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). The templates live in `docs_1.py` …
`docs_12.py` (one module per document, imported by make.py; each defines `make(g) -> (template,
values)`, the README strings `GENRE` and `NOTES`, `DATE_ORDER` (`MDY`, or `DMY` for the Dutch letter)
and, where the genre has internal arithmetic or checksums of its own, an `extra_check`: docs 1, 2,
3, 6, 9 and 12) and carry the labels inline (`⟦class|text⟧` gold, `⟦!why|text⟧` negative,
`⟦?why|text⟧` ambiguous, `«key»` for generated values; labels may nest). Short aliases (`name`,
`date`, `addr`, `zip`, `icd`, …) map to the class names listed in `ALIASES` in make.py. Each module
gets its own random generator seeded with `"20270401-<n>"`. make.py sets `sys.dont_write_bytecode`,
so running it leaves no `__pycache__` behind.

Every document is written as it would be pasted into a chat prompt, with a short question or
instruction around it.

Genres (none used by the earlier sets):

@GENRES@

## Scoring conventions

Same as set I (and so sets H, G, F, E, D and C): every occurrence of a gold text counts; a gold span
is only the value; names in every written form; street line plus same-line unit; ZIP separate,
foreign postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct
line/e-mail gold; dates about a person or their care/case in any format, statute/regulation/policy
dates and year-only negative, log timestamps and card/lot expiry ambiguous, dates without a year
ambiguous, month-year dates about the person gold; only ages over 89 gold (span = number plus
attached unit); only person-identifying URLs gold; member IDs gold, group numbers ambiguous;
privilege marker lines only; secrets value only, PEM block from `-----BEGIN` to the final `-----`,
AWS secret key ambiguous; claim, case, Bates, account-at-a-provider, EIN and masked/last-4 numbers
ambiguous; CPT/HCPCS/LOINC/NDC/lot, bar and licence numbers, reference ranges and scores negative;
handles ambiguous; companies and law firms named after people ambiguous; eponyms, drug brands and
saints' names negative; accession/order IDs negative; honorifics and credentials outside name spans;
a weekday written with a date is inside the date span, a clock time next to it is not; backslash
escapes and URL percent-escapes in front of a span are token boundaries; ISO date-times joined by
`T` are one span; infrastructure IPs (servers, nodes, relays, shared workstations) ambiguous;
passwords ambiguous; E.164 phone spans start after the `+`; national identifiers with no class (the
Dutch BSN) ambiguous.

`make.py` asserts the same things as set I's: every gold/negative/ambiguous text occurs verbatim in
its document; every gold occurrence sits on token boundaries; every occurrence of a gold text
(plain, case-sensitive substring search) is labelled or inside another labelled gold span; no text
carries two classes or is both gold and negative/ambiguous; no occurrence of a negative or ambiguous
text overlaps a gold span; every e-mail-shaped string uses `example.com/.net/.org` and is labelled
(a `token@host` userinfo inside a gold secret's URL excepted); every SSN-shaped string and every
Luhn-valid card-shaped number (13–19 digits run together or grouped 4-4-4-4) is labelled; every US
phone-shaped string (also ten or eleven digits run together and ten spaced single digits) is
labelled and in 555-01xx unless it is gold as another class or a labelled negative/ambiguous whose
reason says it is not a phone number; UK mobiles are `07700 900xxx`; every dotted quad or longer
dotted run is a documentation/private address or a labelled negative/ambiguous; every IPv6 address
is in `2001:db8::/32`; every MAC is in the documentation block; every secret-shaped string (`AKIA`,
`ghp_`, `github_pat_`, `sk-proj-`, `sk-ant-`, `xox?-`, `-----BEGIN`, `eyJ…`, `glpat-`) lies inside a
gold span; every age over 89 written with a unit (`-year-old`, `y/o`, `years old`, `yrs`, `jaar`,
DICOM `NNNY`) is labelled; every gold date is a real calendar date in a known format; a weekday
written next to a full date (English or Dutch; before the date, or in brackets after it) is the
right weekday, read in the document's date order; each document is 1536–4000 bytes; doc12 has no
gold; every checksum-bearing gold value is re-verified from the final text. Before building, make.py
feeds its checker @NBROKEN@ deliberately broken inputs (listed in `selftest()` and `EXTRA_BROKEN`: an
unlabelled repeat of a gold name, Luhn-invalid and unlabelled Luhn-valid cards in both shapes, wrong
weekdays in English (full, abbreviated, in brackets) and Dutch, a weekday right only in the other
date order, an unlabelled or gmail e-mail, phones outside 555-01xx or unlabelled (formatted and run
together), a phone-shaped negative whose reason does not say it is not a phone, a bare AWS key, an
Anthropic key labelled negative, an unlabelled Slack token, a span inside a word, gold-and-negative,
negative overlapping gold, two classes, public IPv4 and IPv6, a non-documentation MAC, bad
NPI/DEA/ABA/IBAN/VIN/NHS/bech32/GitHub CRC/JWT signature/EC public point, a Spanish IBAN whose
mod 97 holds but whose national check digits do not, SSN area 666 and a famous SSN, an unlabelled
SSN, an ITIN group out of range, an MBI with a forbidden letter, an age of 89 as gold, an unlabelled
94-year-old, an unlabelled OID, a UK mobile outside range, a malformed ICD-10 code, an impossible
date, a malformed Ohio licence, a four-digit ZIP, gold in doc12, a tiny document, and for the
per-document checks a wrong DICOM age, a wrong dcmdump length, a DEA letter that does not match the
prescriber, a bank statement whose running balance breaks and a BSN failing the 11-proef) and stops
if any is accepted; it also checks that @NGOOD@ good inputs are accepted (English and Dutch weekdays,
the BIP 173 test vector, an HS256 JWT with its key, an EC key, the ES IBAN test value, a URL with a
nested MRN, an escape boundary, an E.164 span, a GitHub token, a phone-shaped licence number that is
not a phone, a UK mobile in range, an NHS number shaped like a phone).

New or made explicit in set J:

@NOTES@

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Card: Visa, Luhn, 16 digits grouped 4-4-4-4. NPI: Luhn over `80840`+NPI, first digit 1. DEA:
registrant letter + the registrant's initial + 6 digits + the DEA check digit: `B`/`F` for
physicians, `M` for the nurse practitioner, `F` + `R` for the Riverbend pharmacy (make.py checks the
second letter against the name). ABA: 3-7-1 weighted mod 10 with the prefix `0412` (04 = Cleveland
district, for an Ohio bank). IBAN (ES): bank `2100` + branch `0418` + the two Spanish national check
digits (mod 11, weights 1-2-4-8-5-10-9-7-3-6) + a 10-digit account; IBAN mod 97 = 1, length 24;
written compact inside the wire description and in groups of four in the notes. VIN: position-9
check digit (Toyota truck WMI `3TM`, model-year code `N` = 2022). NHS: first digit 4–6, mod 11
(check 10 rejected), written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, not a
famous example (listed in make.py). ITIN: area 9xx, group 70–88. MBI: 11 characters in the CMS
character classes. Ohio driver's licence: two letters + 6 digits. US passport: letter + 8 digits.
Dutch BSN (ambiguous): 9 digits passing the 11-proef. GTIN in doc12's UDI (negative): GS1 mod-10
check digit. Phones: US 555-01xx everywhere (also the Michigan number written `+1 616 555 01xx` in the
Dutch letter); UK mobile `07700 900xxx`; the Utrecht practice number `030 555 0147` is invented (no
reserved fictitious range is used there). GitHub classic token: `ghp_` + 30 base62 + 6-character
base62 CRC32 of the 30. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic:
`sk-ant-api03-` + 93 base64url + `AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40 characters,
ambiguous). Slack bot token: `xoxb-` 12 digits-13 digits-24 alphanumerics. JWT: HS256 with a real
HMAC-SHA256 signature, verified against the `JWT_SIGNING_SECRET` printed in the same log (doc2).
EC private key: random scalar on P-256, public point computed, SEC1 DER (the layout `openssl ec`
writes), PEM-wrapped at 64 columns; make.py checks public point = scalar × G and on the curve. BTC:
bech32 (BIP 173) P2WPKH, checksum verified (the BIP 173 test vector is in the self-test). Generic
API key: 32 random hex characters (at least 12 distinct). DICOM UIDs: random digits under the
`1.2.826.0.1.3680043.8.498` root, plus DCMTK's public implementation class UID. Negatives that look
like identifiers fail their checksums or shapes where that matters. E-mails: `example.com/.net/.org`
(and subdomains) only. IPs: 203.0.113.0/24, RFC 1918 and 2001:db8::/32. MACs: IANA documentation
block `00:00:5E:00:53:xx`. Names, addresses, member IDs, MRNs and every other number are invented.

## Counts

@COUNTS@"""


def readme(docs, gold_lines, neg_lines, amb_lines, stats, occ):
    by_class = {}
    for o in gold_lines:
        by_class[o["class"]] = by_class.get(o["class"], 0) + 1
    genres = "\n".join("%d. %s" % (i + 1, d[1].GENRE.strip()) for i, d in enumerate(docs))
    notes = "\n".join(d[1].NOTES.strip() for d in docs)
    missing = [c for c in CLASSES if c not in by_class]
    doc_rows = "\n".join("| %s | %d | %d | %d | %d |" % (n, g, ne, a, b) for n, g, ne, a, b, _ in stats)
    class_rows = "\n".join("| `%s` | %d | %d |" % (c, by_class.get(c, 0), occ.get(c, 0))
                           for c in CLASSES if c in by_class)
    counts = ("%d gold values (distinct per document), %d gold occurrences (labelled gold spans; a value\n"
              "that also sits inside a longer gold span of the same class, such as a surname inside a full\n"
              "name, is not counted again there; an MRN nested in a URL is), %d negatives, %d ambiguous.\n"
              "Classes with no gold value in this set: %s.\n\n"
              "| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n%s\n\n"
              "| class | gold values | occurrences |\n|---|---|---|\n%s\n"
              % (len(gold_lines), sum(occ.values()), len(neg_lines), len(amb_lines),
                 ", ".join("`%s`" % c for c in missing) if missing else "none", doc_rows, class_rows))
    return (README_TEXT.replace("@GENRES@", genres).replace("@NOTES@", notes)
            .replace("@COUNTS@", counts).replace("@NBROKEN@", str(SELFTEST_COUNTS[0]))
            .replace("@NGOOD@", str(SELFTEST_COUNTS[1])))


SELFTEST_COUNTS = (0, 0)


def reverify(files_dir, gold_path):
    """Re-verify every checksum-bearing gold value from the written text."""
    n = 0
    texts = {}
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(l) for l in f]
    for o in gold:
        if o["doc"] not in texts:
            with open(os.path.join(files_dir, o["doc"]), encoding="utf-8") as f:
                texts[o["doc"]] = f.read()
    for o in gold:
        text = texts[o["doc"]]
        if o["text"] not in text:
            raise SystemExit("re-verify: %r not in %s" % (o["text"], o["doc"]))
        if o["class"] in ("pii.person_name", "pii.date", "pii.street_address", "legal.privilege_marker"):
            continue
        spans = [Span(0, 0, "gold", g["class"], g["text"]) for g in gold if g["doc"] == o["doc"]]
        r = verify_value(o["class"], o["text"], text, spans)
        if r:
            raise SystemExit("re-verify %s: %s" % (o["doc"], r))
        n += 1
    return n


def main():
    global SELFTEST_COUNTS
    os.chdir(HERE)
    sys.path.insert(0, HERE)
    SELFTEST_COUNTS = selftest()
    print("self-test: %d broken inputs rejected, %d good inputs accepted" % SELFTEST_COUNTS)
    a = build()
    b = build()
    if a != b:
        raise SystemExit("two builds differ")
    for name, data in a.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    n = reverify(HERE, os.path.join(HERE, "gold.jsonl"))
    gold = a["gold.jsonl"].decode().count("\n")
    print("built %d files twice, identical; %d gold values, %d negatives, %d ambiguous; "
          "%d checksum-bearing gold values re-verified from the written text"
          % (len(a), gold, a["negatives.jsonl"].decode().count("\n"),
             a["ambiguous.jsonl"].decode().count("\n"), n))


if __name__ == "__main__":
    main()
