#!/usr/bin/env python3
"""Build set N of the mixed held-out probe documents (standard library only).

Run from anywhere: `python3 make.py`.  The script self-tests its checker, builds the
twelve documents twice (asserting identical output), writes doc1.txt ... doc12.txt,
gold.jsonl, negatives.jsonl, ambiguous.jsonl and README.md, then re-reads the written
files and re-verifies every checksum-bearing gold value and every document's own check.
"""
import sys

sys.dont_write_bytecode = True
if __name__ == "__main__":
    # docs_*.py modules do `import make as H`; let that resolve to this very module.
    sys.modules.setdefault("make", sys.modules["__main__"])

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
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20270801
NDOCS = 12
SIZE_MIN, SIZE_MAX = 1200, 2600

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
    "mac": "pii.mac_address", "pass": "pii.us_passport", "dl": "pii.us_driver_license",
    "mrn": "phi.mrn", "mbi": "phi.mbi", "plan": "phi.health_plan_id", "npi": "phi.npi",
    "dea": "phi.dea", "icd": "phi.icd10", "card": "fin.credit_card", "iban": "fin.iban",
    "aba": "fin.aba_routing", "acct": "fin.bank_account", "btc": "fin.crypto_wallet",
    "vin": "id.vin", "nhs": "id.uk_nhs", "aws": "secret.aws_access_key",
    "gh": "secret.github_token", "oai": "secret.openai_api_key",
    "ant": "secret.anthropic_api_key", "slack": "secret.slack_token",
    "pem": "secret.private_key", "jwt": "secret.jwt", "key": "secret.generic_api_key",
    "priv": "legal.privilege_marker",
}

# ---------------------------------------------------------------------------
# P-256 and ECDSA (pure Python)
# ---------------------------------------------------------------------------
P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], p - 2, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], p - 2, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def on_curve(Q):
    x, y = Q
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def ecdsa_sign(d, msg, k):
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    R = ec_mul(k, P256_G)
    r = R[0] % P256_N
    s = pow(k, P256_N - 2, P256_N) * (e + r * d) % P256_N
    assert r and s
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def ecdsa_verify(Q, msg, sig):
    if len(sig) != 64:
        return False
    r, s = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big")
    if not (0 < r < P256_N and 0 < s < P256_N):
        return False
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, P256_N - 2, P256_N)
    X = ec_add(ec_mul(e * w % P256_N, P256_G), ec_mul(r * w % P256_N, Q))
    return X is not None and X[0] % P256_N == r


def der(tag, body):
    n = len(body)
    if n < 0x80:
        ln = bytes([n])
    elif n < 0x100:
        ln = bytes([0x81, n])
    else:
        ln = bytes([0x82, n >> 8, n & 0xFF])
    return bytes([tag]) + ln + body


OID_EC = bytes.fromhex("2a8648ce3d0201")
OID_P256 = bytes.fromhex("2a8648ce3d030107")


def pkcs8_ec(d):
    Q = ec_mul(d, P256_G)
    pub = b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    inner = der(0x30, der(0x02, b"\x01") + der(0x04, d.to_bytes(32, "big"))
                + der(0xA1, der(0x03, b"\x00" + pub)))
    alg = der(0x30, der(0x06, OID_EC) + der(0x06, OID_P256))
    return der(0x30, der(0x02, b"\x00") + alg + der(0x04, inner))


def pem_wrap(label, blob):
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def der_read(buf, i=0):
    tag = buf[i]
    n = buf[i + 1]
    j = i + 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(buf[j:j + k], "big")
        j += k
    return tag, buf[j:j + n], j + n


def der_children(body):
    out, i = [], 0
    while i < len(body):
        t, v, i = der_read(body, i)
        out.append((t, v))
    return out


def pem_key_point(pem):
    """Parse a PKCS#8 or SEC1 P-256 private key PEM; return (d, Q) or raise."""
    m = re.search(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", pem, re.S)
    if not m:
        raise ValueError("no PEM block")
    body = re.sub(r"[^A-Za-z0-9+/=]", "", m.group(2))
    blob = base64.b64decode(body, validate=True)
    t, v, end = der_read(blob)
    if t != 0x30 or end != len(blob):
        raise ValueError("bad outer DER")
    kids = der_children(v)
    if m.group(1) == "PRIVATE KEY":
        if kids[1][1] != der(0x06, OID_EC) + der(0x06, OID_P256):
            raise ValueError("not a P-256 key")
        t, v, _ = der_read(kids[2][1])
        kids = der_children(v)
    d = int.from_bytes(kids[1][1], "big")
    pub = None
    for t, v in kids[2:]:
        if t == 0xA1:
            _, bits, _ = der_read(v)
            pub = bits[1:]
    if pub is None or pub[0] != 4:
        raise ValueError("no public point")
    Q = (int.from_bytes(pub[1:33], "big"), int.from_bytes(pub[33:65], "big"))
    if not (0 < d < P256_N) or not on_curve(Q) or ec_mul(d, P256_G) != Q:
        raise ValueError("public point does not match the private scalar")
    return d, Q


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_es256(header, payload, d, k):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = ecdsa_sign(d, (h + "." + p).encode(), k)
    return h + "." + p + "." + b64u(sig)


def jwt_hs256(header, payload, key):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u(sig)


# ---------------------------------------------------------------------------
# bech32 (BIP 173)
# ---------------------------------------------------------------------------
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def convertbits(data, frm, to, pad=True):
    acc = bits = 0
    out = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to - bits)) & maxv)
    return out


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    return hrp + "1" + "".join(B32[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return False
    a = addr.lower()
    pos = a.rfind("1")
    if pos < 1 or pos + 7 > len(a):
        return False
    hrp, data = a[:pos], a[pos + 1:]
    if hrp not in ("bc", "tb") or any(c not in B32 for c in data):
        return False
    vals = [B32.index(c) for c in data]
    if bech32_polymod(bech32_hrp_expand(hrp) + vals) != 1:
        return False
    prog = convertbits(vals[1:-6], 5, 8, False)
    return vals[0] == 0 and len(prog) in (20, 32)


# ---------------------------------------------------------------------------
# Check digits and shapes
# ---------------------------------------------------------------------------
def luhn_sum(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot


def luhn_ok(s):
    return s.isdigit() and luhn_sum(s) % 10 == 0


def luhn_digit(s):
    return str((10 - luhn_sum(s + "0") % 10) % 10)


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


def dea_digit(d6):
    d = [int(c) for c in d6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(s):
    return bool(re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s)) and dea_digit(s[2:8]) == s[8]


ABA_W = [3, 7, 1] * 3


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    pre = int(s[:2])
    if not (pre <= 12 or 21 <= pre <= 32 or 61 <= pre <= 72 or pre == 80):
        return False
    return sum(int(c) * w for c, w in zip(s, ABA_W)) % 10 == 0


def aba_digit(s8):
    return str((10 - sum(int(c) * w for c, w in zip(s8, ABA_W)) % 10) % 10)


IBAN_LEN = {"HU": 28, "GB": 22, "DE": 22, "CZ": 24, "PL": 28, "ES": 24, "PT": 25, "IE": 22}


def iban_mod97(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_check_digits(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


HU_W = [9, 7, 3, 1]


def hu_block_ok(b):
    tot = sum(int(c) * HU_W[i % 4] for i, c in enumerate(b[:-1]))
    return (10 - tot % 10) % 10 == int(b[-1])


def hu_block_digit(b):
    tot = sum(int(c) * HU_W[i % 4] for i, c in enumerate(b))
    return str((10 - tot % 10) % 10)


def hu_account_ok(digits):
    if not re.fullmatch(r"\d{16}|\d{24}", digits):
        return False
    if not hu_block_ok(digits[:8]):
        return False
    if len(digits) == 16 or digits[16:] == "00000000":
        return hu_block_ok(digits[8:16])
    return hu_block_ok(digits[8:24])


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s) or iban_mod97(s) != 1:
        return False
    if s[:2] == "HU":
        return hu_account_ok(s[4:])
    return True


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_digit(v):
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_digit(v) == v[8]


def nhs_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d[:9])) % 11
    if r == 11:
        r = 0
    return r != 10 and r == int(d[9])


FAMOUS_SSN = {"078051120", "219099999", "123456789", "111111111", "333333333", "457555462",
              "001010001", "042103580", "062360749", "111223333", "123121234"}


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, sr = d[:3], d[3:5], d[5:]
    if a in ("000", "666") or a[0] == "9" or g == "00" or sr == "0000":
        return False
    return d not in FAMOUS_SSN and not d.startswith("98765432")


def itin_ok(s):
    d = re.sub(r"[ -]", "", s)
    return bool(re.fullmatch(r"9\d{8}", d)) and 70 <= int(d[3:5]) <= 88


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(s):
    m = s.replace("-", "")
    if len(m) != 11 or m == "1EG4TE5MK73":
        return False
    cls = ["1-9", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for c, k in zip(m, cls):
        if k == "1-9" and not (c.isdigit() and c != "0"):
            return False
        if k == "N" and not c.isdigit():
            return False
        if k == "A" and c not in MBI_ALPHA:
            return False
        if k == "AN" and not (c.isdigit() or c in MBI_ALPHA):
            return False
    return True


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_ok(s):
    m = re.fullmatch(r"ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", s)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def openai_ok(s):
    return bool(re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", s))


def anthropic_ok(s):
    return bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", s))


def aws_ok(s):
    return bool(re.fullmatch(r"AKIA[A-Z2-7]{16}", s))


def slack_ok(s):
    return bool(re.fullmatch(r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}", s))


def generic_ok(s):
    return bool(re.fullmatch(r"[0-9a-f]{32}|[A-Za-z0-9]{32,64}", s)) and len(set(s)) >= 12


ICD_RE = re.compile(r"[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
PRIV_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8")]


def ip_kind(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return None
    if any(a in n for n in DOC_NETS if n.version == a.version):
        return "doc"
    if any(a in n for n in PRIV_NETS if n.version == a.version):
        return "private"
    return "public"


def mac_doc(s):
    return bool(re.fullmatch(r"00[:-]00[:-]5[Ee][:-]00[:-]53[:-][0-9A-Fa-f]{2}", s))


def us_phone_fiction(digits):
    d = digits[-10:]
    return len(d) == 10 and d[3:6] == "555" and d[6:8] == "01"


def hu_phone_fiction(s):
    return bool(re.fullmatch(r"36 \d{1,2} 555 01\d\d", s))


# ---------------------------------------------------------------------------
# Hungarian national identifiers (ambiguous in the set; checked by doc2)
# ---------------------------------------------------------------------------
def hu_szemelyi_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{11}", d):
        return False
    return sum(int(c) * (i + 1) for i, c in enumerate(d[:10])) % 11 == int(d[10])


def hu_adoazonosito_ok(s):
    if not re.fullmatch(r"8\d{9}", s):
        return False
    return sum(int(c) * (i + 1) for i, c in enumerate(s[:9])) % 11 == int(s[9])


def hu_adoazonosito_birth(s):
    return datetime.date(1867, 1, 1) + datetime.timedelta(days=int(s[1:6]))


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------
class Gen(random.Random):
    """random.Random with helpers for synthetic, checksum-valid identifiers."""

    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def pick(self, alphabet, n):
        return "".join(self.choice(alphabet) for _ in range(n))

    def npi(self):
        while True:
            s = "1" + self.digits(8)
            s += luhn_digit("80840" + s)
            if npi_ok(s):
                return s

    def dea(self, reg, initial):
        d6 = self.digits(6)
        return reg + initial + d6 + dea_digit(d6)

    def aba(self, prefix4):
        s8 = prefix4 + self.digits(4)
        return s8 + aba_digit(s8)

    def visa(self):
        s = "4" + self.digits(14)
        return s + luhn_digit(s)

    def ssn(self):
        while True:
            a = self.randint(1, 899)
            if a == 666:
                continue
            s = "%03d-%02d-%04d" % (a, self.randint(1, 99), self.randint(1, 9999))
            if ssn_ok(s):
                return s

    def itin(self):
        return "9%02d-%02d-%04d" % (self.randint(0, 99), self.randint(70, 88), self.randint(1, 9999))

    def mbi(self):
        A, N = MBI_ALPHA, "0123456789"
        AN = A + N
        while True:
            s = (self.choice("123456789") + self.choice(A) + self.choice(AN) + self.choice(N)
                 + self.choice(A) + self.choice(AN) + self.choice(N) + self.choice(A)
                 + self.choice(A) + self.choice(N) + self.choice(N))
            if mbi_ok(s):
                return s

    def vin(self, wmi, vds, year, plant):
        body = wmi + vds + "0" + year + plant + self.digits(6)
        return body[:8] + vin_digit(body) + body[9:]

    def nhs(self):
        while True:
            s = "4" + self.digits(8)
            r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s)) % 11
            r = 0 if r == 11 else r
            if r != 10:
                return s + str(r)

    def hu_account(self, bank3):
        b1 = bank3 + self.digits(4)
        b1 += hu_block_digit(b1)
        b2 = self.digits(7)
        b2 += hu_block_digit(b2)
        return b1 + b2 + "00000000"

    def passport(self):
        return self.choice("ACEFGHJKLMNPRSTUVWXYZ") + self.digits(8)

    def phone_tail(self):
        return "01%02d" % self.randint(10, 99)

    def bech32(self):
        prog = [self.randrange(256) for _ in range(20)]
        return bech32_encode("bc", [0] + convertbits(prog, 8, 5))

    def github(self):
        body = self.pick(B62, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)

    def openai(self):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "sk-proj-" + self.pick(a, 74) + "T3BlbkFJ" + self.pick(a, 74)

    def anthropic(self):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        return "sk-ant-api03-" + self.pick(a, 93) + "AA"

    def aws_id(self):
        return "AKIA" + self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        return self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13),
                                  self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 24))

    def hexkey(self, n=32):
        while True:
            s = self.pick("0123456789abcdef", n)
            if len(set(s)) >= 12:
                return s

    def ec_key(self):
        d = self.randrange(1, P256_N)
        return d, pem_wrap("PRIVATE KEY", pkcs8_ec(d))

    def ecdsa_k(self):
        return self.randrange(1, P256_N)

    def mac(self):
        return "00:00:5E:00:53:%02X" % self.randrange(256)

    def uuid(self):
        h = self.pick("0123456789abcdef", 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.choice("89ab"), h[17:20], h[20:32])

    def hu_szemelyi(self, sex_digit, bd):
        while True:
            s = "%d%s%03d" % (sex_digit, bd.strftime("%y%m%d"), self.randint(1, 999))
            c = sum(int(ch) * (i + 1) for i, ch in enumerate(s)) % 11
            if c != 10:
                return s + str(c)

    def hu_adoazonosito(self, bd):
        days = (bd - datetime.date(1867, 1, 1)).days
        while True:
            s = "8%05d%03d" % (days, self.randint(0, 999))
            c = sum(int(ch) * (i + 1) for i, ch in enumerate(s)) % 11
            if c != 10:
                return s + str(c)


# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
KEY_RE = re.compile(r"«([A-Za-z_][A-Za-z0-9_]*)»")


def render(template, values):
    """Substitute «key» values, strip ⟦label|text⟧ markers; return (text, spans)."""
    def sub(m):
        k = m.group(1)
        if k not in values:
            raise KeyError("template key without value: " + k)
        v = values[k]
        assert not any(c in v for c in "⟦⟧«»"), k
        return v

    t = KEY_RE.sub(sub, template)
    out, stack, spans = [], [], []
    i = 0
    while i < len(t):
        c = t[i]
        if c == "⟦":
            j = t.index("|", i)
            stack.append((t[i + 1:j], len(out)))
            i = j + 1
        elif c == "⟧":
            header, start = stack.pop()
            spans.append([header, start, len(out)])
            i += 1
        else:
            out.append(c)
            i += 1
    if stack:
        raise ValueError("unclosed label " + stack[-1][0])
    text = "".join(out)
    res = []
    for header, s, e in spans:
        if header.startswith("!"):
            kind, lab = "neg", header[1:]
        elif header.startswith("?"):
            kind, lab = "amb", header[1:]
        else:
            kind, lab = "gold", ALIASES.get(header, header)
        res.append({"kind": kind, "label": lab, "s": s, "e": e, "text": text[s:e]})
    res.sort(key=lambda d: (d["s"], -d["e"]))
    return text, res


# ---------------------------------------------------------------------------
# Dates and weekdays
# ---------------------------------------------------------------------------
EN_MONTHS = {m.lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
EN_MONTHS.update({m[:3].lower(): v for m, v in list(EN_MONTHS.items())})
EN_MONTHS["sept"] = 9
HU_MONTHS = {m: i + 1 for i, m in enumerate(
    "január február március április május június július augusztus szeptember október november december".split())}
EN_WD = {}
for _i, _w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split()):
    EN_WD[_w] = _i
    EN_WD[_w[:3]] = _i
EN_WD.update({"tues": 1, "thur": 3, "thurs": 3})
HU_WD = {w: i for i, w in enumerate("hétfő kedd szerda csütörtök péntek szombat vasárnap".split())}
WEEKDAYS = {"en": EN_WD, "hu": HU_WD}

ENM = "|".join(sorted(EN_MONTHS, key=len, reverse=True))
HUM = "|".join(sorted(HU_MONTHS, key=len, reverse=True))
ENW = "|".join(sorted(EN_WD, key=len, reverse=True))
HUW = "|".join(sorted(HU_WD, key=len, reverse=True))


def _ymd(y, m, d):
    try:
        return datetime.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _year2(y):
    y = int(y)
    if y < 100:
        y += 2000 if y <= 30 else 1900
    return y


def parse_core(s, order):
    """Return ('d', date) / ('m', (y, m)) / None for a date text without weekday."""
    f = lambda p: re.fullmatch(p, s, re.I)
    m = f(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
    if m:
        return ("d", _ymd(*m.groups()))
    m = f(r"(\d{4})(\d{2})(\d{2})")
    if m:
        return ("d", _ymd(*m.groups()))
    m = f(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?")
    if m:
        return ("d", _ymd(*m.groups()))
    m = f(r"(\d{4})\. (%s) (\d{1,2})\.?" % HUM)
    if m:
        return ("d", _ymd(m.group(1), HU_MONTHS[m.group(2).lower()], m.group(3)))
    m = f(r"(\d{4})\. (%s)" % HUM)
    if m:
        return ("m", (int(m.group(1)), HU_MONTHS[m.group(2).lower()]))
    m = f(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})")
    if m:
        a, _, b, y = m.groups()
        mo, d = (a, b) if order == "MDY" else (b, a)
        return ("d", _ymd(_year2(y), mo, d))
    m = f(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
    if m:
        return ("d", _ymd(m.group(3), m.group(2), m.group(1)))
    m = f(r"(%s)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})" % ENM)
    if m:
        return ("d", _ymd(m.group(3), EN_MONTHS[m.group(1).lower()], m.group(2)))
    m = f(r"(\d{1,2})(?:st|nd|rd|th)?(?: day of)? (%s)\.?,? (\d{4})" % ENM)
    if m:
        return ("d", _ymd(m.group(3), EN_MONTHS[m.group(2).lower()], m.group(1)))
    m = f(r"(\d{1,2})/(\d{4})")
    if m and 1 <= int(m.group(1)) <= 12:
        return ("m", (int(m.group(2)), int(m.group(1))))
    m = f(r"(%s) (\d{4})" % ENM)
    if m:
        return ("m", (int(m.group(2)), EN_MONTHS[m.group(1).lower()]))
    return None


def parse_date(s, order):
    """Parse a gold date text; return (kind, value, weekday or None) or None."""
    wd = None
    m = re.match(r"(%s)\.?,? " % ENW, s, re.I)
    if m:
        wd, s = EN_WD[m.group(1).lower()], s[m.end():]
    m = re.search(r",? \((%s)\)$" % ENW, s, re.I)
    if m:
        wd, s = EN_WD[m.group(1).lower()], s[:m.start()]
    m = re.search(r", (%s)$" % HUW, s)
    if m:
        wd, s = HU_WD[m.group(1)], s[:m.start()]
    r = parse_core(s, order)
    if not r or r[1] is None:
        return None
    return r[0], r[1], wd


DATE_SCAN_EN = (r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}|(?:%s)\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
                r"|\d{1,2} (?:%s)\.? \d{4}") % (ENM, ENM)
DATE_SCAN_HU = r"\d{4}\. ?(?:\d{1,2}\. ?\d{1,2}\.|(?:%s) \d{1,2}\.)" % HUM


def weekday_errors(text, order, lang):
    errs = []

    def chk(wdname, wdmap, datestr, where):
        r = parse_core(datestr.rstrip(".") if lang != "hu" else datestr, order)
        if r and r[0] == "d" and r[1] is not None:
            if r[1].weekday() != wdmap[wdname.lower()]:
                errs.append("wrong weekday %r for %r at %d" % (wdname, datestr, where))

    for m in re.finditer(r"(?<!\w)(%s)\.?,?\s+(%s)" % (ENW, DATE_SCAN_EN), text, re.I):
        chk(m.group(1), EN_WD, m.group(2), m.start())
    for m in re.finditer(r"(%s),? \((%s)\)" % (DATE_SCAN_EN, ENW), text, re.I):
        chk(m.group(2), EN_WD, m.group(1), m.start())
    if lang == "hu":
        for m in re.finditer(r"(%s),\s+(%s)(?!\w)" % (DATE_SCAN_HU, HUW), text):
            chk(m.group(2), HU_WD, m.group(1), m.start())
    return errs


# ---------------------------------------------------------------------------
# Checker
# ---------------------------------------------------------------------------
def _word(c):
    return c.isalnum() or c == "_"


def make_boundary(text, extra):
    def ok(i):
        if i <= 0 or i >= len(text) or i in extra:
            return True
        if not (_word(text[i - 1]) and _word(text[i])):
            return True
        if i >= 2 and text[i - 2] == "\\" and text[i - 1] in "ntr":
            return True
        if i >= 3 and re.fullmatch(r"%[0-9A-Fa-f]{2}", text[i - 3:i]):
            return True
        return False
    return ok


def occurrences(text, sub, bnd):
    out, i = [], text.find(sub)
    while i >= 0:
        if bnd(i) and bnd(i + len(sub)):
            out.append(i)
        i = text.find(sub, i + 1)
    return out


AGE_UNIT_RE = re.compile(
    r"(?<![\d.,])(\d{2,3})(?:-year-old| years? old| years of age| y/o| y\.o\.| yo\b| yrs?\b| years\b| y\b| Y\b"
    r"| éves| évesen)")
SECRET_RES = [r"AKIA[A-Z0-9]{16}", r"ghp_[A-Za-z0-9]{20,}", r"github_pat_\w+", r"sk-proj-[\w-]+",
              r"sk-ant-[\w-]+", r"xox[abposr]-[\w-]+", r"-----BEGIN", r"eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*",
              r"glpat-[\w-]+", r"hooks\.slack\.com/services/"]
US_PHONE_RE = re.compile(r"(?<![\w+])(?:\+?1[ .\-–]?)?\(?\d{3}\)?[ .\-–]?\d{3}[ .\-–]\d{4}(?![\d])")
RUN_PHONE_RE = re.compile(r"(?<!\d)(?:1\d{10}|\d{10})(?!\d)")
SPACED_PHONE_RE = re.compile(r"(?<![\d ])\d(?: \d){9}(?![\d])")
HU_PHONE_RE = re.compile(r"\+36 \d{1,2} \d{3} \d{3,4}(?!\d)")
UK_MOB_RE = re.compile(r"(?<!\d)07\d{3} ?\d{6}(?!\d)")
SSN_RE = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
CARD_RUN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
CARD_GRP_RE = re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
DOTTED_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+){3,}(?!\.?\d)")
MAC_RE = re.compile(r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])")
IPV6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])")


def email_domain_ok(addr):
    dom = addr.rsplit("@", 1)[1].lower()
    return any(dom == d or dom.endswith("." + d) for d in ("example.com", "example.net", "example.org")) \
        or dom.endswith(".test")


def gold_value_errors(cls, v, doc_gold, order):
    """Checksum/shape checks for one gold value; doc_gold: list of (cls, text) of its document."""
    e = []
    digits = re.sub(r"\D", "", v)
    if cls == "fin.credit_card":
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            e.append("card fails Luhn: " + v)
    elif cls == "phi.npi":
        if not npi_ok(v):
            e.append("NPI fails check: " + v)
    elif cls == "phi.dea":
        if not dea_ok(v):
            e.append("DEA fails check: " + v)
    elif cls == "fin.aba_routing":
        if not aba_ok(v):
            e.append("ABA fails check: " + v)
    elif cls == "fin.iban":
        if not iban_ok(v):
            e.append("IBAN fails check: " + v)
    elif cls == "id.vin":
        if not vin_ok(v):
            e.append("VIN fails check: " + v)
    elif cls == "id.uk_nhs":
        if not nhs_ok(v):
            e.append("NHS fails check: " + v)
    elif cls == "pii.ssn":
        if not ssn_ok(v):
            e.append("SSN invalid: " + v)
    elif cls == "pii.itin":
        if not itin_ok(v):
            e.append("ITIN invalid: " + v)
    elif cls == "phi.mbi":
        if not mbi_ok(v):
            e.append("MBI invalid: " + v)
    elif cls == "pii.us_passport":
        if not re.fullmatch(r"[A-Z]\d{8}|\d{9}", v):
            e.append("passport shape: " + v)
    elif cls == "pii.us_driver_license":
        if not re.fullmatch(r"[A-Z0-9-]{6,17}", v):
            e.append("licence shape: " + v)
    elif cls == "pii.zip_code":
        if not re.fullmatch(r"\d{5}(?:-\d{4})?", v):
            e.append("ZIP shape: " + v)
    elif cls == "pii.phone":
        if v.startswith("+"):
            e.append("gold phone span starts with +: " + v)
        elif v.startswith("36 "):
            if not hu_phone_fiction(v):
                e.append("HU phone outside invented range: " + v)
        elif not us_phone_fiction(digits) or len(digits) not in (10, 11):
            e.append("phone outside 555-01xx: " + v)
    elif cls == "pii.email":
        if not EMAIL_RE.fullmatch(v) or not email_domain_ok(v):
            e.append("e-mail domain: " + v)
    elif cls == "pii.ip_address":
        if ip_kind(v) != "doc":
            e.append("gold IP outside documentation ranges: " + v)
    elif cls == "pii.mac_address":
        if not mac_doc(v):
            e.append("MAC outside documentation block: " + v)
    elif cls == "pii.url":
        if not re.match(r"https?://", v):
            e.append("URL shape: " + v)
    elif cls == "fin.crypto_wallet":
        if not bech32_ok(v):
            e.append("bech32 fails: " + v)
    elif cls == "secret.github_token":
        if not github_ok(v):
            e.append("GitHub token CRC: " + v)
    elif cls == "secret.openai_api_key":
        if not openai_ok(v):
            e.append("OpenAI key shape: " + v)
    elif cls == "secret.anthropic_api_key":
        if not anthropic_ok(v):
            e.append("Anthropic key shape: " + v)
    elif cls == "secret.aws_access_key":
        if not aws_ok(v):
            e.append("AWS key shape: " + v)
    elif cls == "secret.slack_token":
        if not slack_ok(v):
            e.append("Slack token shape: " + v)
    elif cls == "secret.generic_api_key":
        if not generic_ok(v):
            e.append("generic key shape: " + v)
    elif cls == "secret.private_key":
        try:
            pem_key_point(v)
        except Exception as ex:  # noqa: BLE001
            e.append("PEM: %s" % ex)
    elif cls == "secret.jwt":
        e += jwt_errors(v, doc_gold)
    elif cls == "phi.icd10":
        if not ICD_RE.fullmatch(v):
            e.append("ICD-10 shape: " + v)
    elif cls == "pii.date":
        r = parse_date(v, order)
        if not r:
            e.append("gold date does not parse to a real date with a year: " + v)
        elif r[2] is not None and (r[0] != "d" or r[1].weekday() != r[2]):
            e.append("gold date with wrong weekday: " + v)
    elif cls == "pii.age_over_89":
        m = re.match(r"\d+", v)
        if not m or not 90 <= int(m.group()) <= 120:
            e.append("gold age outside 90-120: " + v)
    return e


def jwt_errors(tok, doc_gold):
    parts = tok.split(".")
    if len(parts) != 3:
        return ["JWT shape: " + tok]
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:  # noqa: BLE001
        return ["JWT does not decode"]
    msg = (parts[0] + "." + parts[1]).encode()
    if hdr.get("alg") == "ES256":
        for c, t in doc_gold:
            if c == "secret.private_key":
                try:
                    _, Q = pem_key_point(t)
                except Exception:  # noqa: BLE001
                    continue
                if ecdsa_verify(Q, msg, sig):
                    return []
        return ["ES256 JWT does not verify with any private key in the document"]
    if hdr.get("alg") == "HS256":
        for c, t in doc_gold:
            if c == "secret.generic_api_key":
                for key in (t.encode(), bytes.fromhex(t) if re.fullmatch(r"(?:[0-9a-f]{2})+", t) else b""):
                    if key and hmac.compare_digest(hmac.new(key, msg, hashlib.sha256).digest(), sig):
                        return []
        return ["HS256 JWT does not verify with any key in the document"]
    return ["JWT alg not verifiable: %r" % hdr.get("alg")]


def check_doc(text, spans, meta, full=True, docno=None):
    """Return a list of convention violations for one rendered document."""
    errs = []
    order = meta.get("DATE_ORDER", "MDY")
    lang = meta.get("LANG", "en")
    extra = set(meta["BOUNDARIES"](text)) if meta.get("BOUNDARIES") else set()
    bnd = make_boundary(text, extra)
    gold = [s for s in spans if s["kind"] == "gold"]
    labelled = spans

    def inside(a, b, kinds=("gold", "neg", "amb")):
        best = None
        for s in labelled:
            if s["kind"] in kinds and s["s"] <= a and b <= s["e"]:
                if best is None or s["e"] - s["s"] < best["e"] - best["s"]:
                    best = s
        return best

    for s in spans:
        if s["kind"] == "gold" and s["label"] not in CLASSES:
            errs.append("unknown class %r" % s["label"])
        if not s["text"] or s["text"] != s["text"].strip():
            errs.append("empty or padded span %r" % s["text"])
        if not (bnd(s["s"]) and bnd(s["e"])):
            errs.append("span not on token boundaries: %r" % s["text"])

    cls_of, kind_of = {}, {}
    for s in spans:
        t = s["text"]
        if s["kind"] == "gold":
            if cls_of.setdefault(t, s["label"]) != s["label"]:
                errs.append("text with two classes: %r" % t)
        k = kind_of.setdefault(t, s["kind"])
        if k != s["kind"]:
            errs.append("text labelled both %s and %s: %r" % (k, s["kind"], t))

    for t in dict.fromkeys(s["text"] for s in gold):
        occ = occurrences(text, t, bnd)
        if not occ:
            errs.append("gold text not found on token boundaries: %r" % t)
        for o in occ:
            if not inside(o, o + len(t), ("gold",)):
                errs.append("unlabelled occurrence of gold text %r at %d" % (t, o))
    for s in spans:
        if s["kind"] == "gold":
            continue
        for o in occurrences(text, s["text"], bnd):
            for gsp in gold:
                if o < gsp["e"] and gsp["s"] < o + len(s["text"]):
                    errs.append("%s text %r overlaps gold %r" % (s["kind"], s["text"], gsp["text"]))
                    break

    doc_gold = [(s["label"], s["text"]) for s in gold]
    seen = set()
    for s in gold:
        key = (s["label"], s["text"])
        if key in seen:
            continue
        seen.add(key)
        errs += gold_value_errors(s["label"], s["text"], doc_gold, order)

    secret_spans = [s for s in gold if s["label"].startswith("secret.")]
    for m in EMAIL_RE.finditer(text):
        if any(m.start() < s["e"] and s["s"] < m.end() for s in secret_spans):
            continue
        if not email_domain_ok(m.group()):
            errs.append("e-mail outside example domains: " + m.group())
        if not inside(m.start(), m.end()):
            errs.append("unlabelled e-mail: " + m.group())

    for m in SSN_RE.finditer(text):
        if not inside(m.start(), m.end()):
            errs.append("unlabelled SSN-shaped string: " + m.group())
    for rx in (CARD_RUN_RE, CARD_GRP_RE):
        for m in rx.finditer(text):
            if luhn_ok(re.sub(r"\D", "", m.group())) and not inside(m.start(), m.end()):
                errs.append("unlabelled Luhn-valid card-shaped number: " + m.group())

    def phone_check(a, b, s_txt, hu=False):
        sp = inside(a, b)
        if sp is None:
            errs.append("unlabelled phone-shaped string: " + s_txt)
            return
        if sp["kind"] == "gold" and sp["label"] != "pii.phone":
            return
        if sp["kind"] != "gold" and "not a phone" in sp["label"].lower():
            return
        d = re.sub(r"\D", "", s_txt)
        ok = hu_phone_fiction(s_txt.lstrip("+")) if hu else us_phone_fiction(d)
        if not ok:
            errs.append("phone outside fiction range: " + s_txt)

    for rx in (US_PHONE_RE, RUN_PHONE_RE, SPACED_PHONE_RE):
        for m in rx.finditer(text):
            a = m.start() + (1 if m.group().startswith("+") else 0)
            phone_check(a, m.end(), m.group())
    for m in HU_PHONE_RE.finditer(text):
        phone_check(m.start() + 1, m.end(), m.group(), hu=True)
    for m in UK_MOB_RE.finditer(text):
        if not re.fullmatch(r"07700 ?900\d{3}", m.group()):
            errs.append("UK mobile outside 07700 900xxx: " + m.group())
        elif not inside(m.start(), m.end()):
            errs.append("unlabelled UK mobile: " + m.group())

    for m in DOTTED_RE.finditer(text):
        sp = inside(m.start(), m.end())
        if sp is None:
            errs.append("unlabelled dotted run: " + m.group())
            continue
        if ip_kind(m.group()) == "public" and not (sp["kind"] == "neg" and "not an ip" in sp["label"].lower()):
            errs.append("public IPv4 not labelled as a not-an-IP negative: " + m.group())
    for m in IPV6_RE.finditer(text):
        c = m.group()
        if MAC_RE.fullmatch(c) or not re.search(r"[0-9A-Fa-f]", c):
            continue
        if "::" not in c and c.count(":") < 7:
            continue
        try:
            ipaddress.IPv6Address(c)
        except ValueError:
            continue
        if ip_kind(c) == "public":
            errs.append("IPv6 outside 2001:db8::/32: " + c)
        if not inside(m.start(), m.end()):
            errs.append("unlabelled IPv6: " + c)
    for m in MAC_RE.finditer(text):
        if not mac_doc(m.group()):
            errs.append("MAC outside documentation block: " + m.group())
        if not inside(m.start(), m.end()):
            errs.append("unlabelled MAC: " + m.group())

    for rx in SECRET_RES:
        for m in re.finditer(rx, text):
            if not inside(m.start(), m.end(), ("gold",)):
                errs.append("secret-shaped string outside gold: " + m.group()[:24])

    errs += weekday_errors(text, order, lang)
    for s in gold:
        if s["label"] != "pii.date":
            continue
        before = text[max(0, s["s"] - 14):s["s"]]
        if re.search(r"(?<!\w)(%s)\.?,?\s+$" % ENW, before, re.I):
            errs.append("weekday left outside the date span: %r" % s["text"])
        after = text[s["e"]:s["e"] + 14]
        if re.match(r",?\s+\((%s)\)" % ENW, after, re.I) or (lang == "hu" and re.match(r",\s+(%s)(?!\w)" % HUW, after)):
            errs.append("weekday after the date left outside its span: %r" % s["text"])

    for m in AGE_UNIT_RE.finditer(text):
        if int(m.group(1)) >= 90 and not inside(m.start(), m.end()):
            errs.append("unlabelled age over 89: " + m.group())

    if full:
        n = len(text.encode("utf-8"))
        if not SIZE_MIN <= n <= SIZE_MAX:
            errs.append("document size %d outside %d-%d bytes" % (n, SIZE_MIN, SIZE_MAX))
        if docno == NDOCS and gold:
            errs.append("the hard-negative document has gold")
    return errs


# ---------------------------------------------------------------------------
# Self-test of the checker
# ---------------------------------------------------------------------------
def _t(template, values=None, **meta):
    text, spans = render(template, values or {})
    return check_doc(text, spans, meta, full=False)


def selftest():
    g = Gen("selftest-%d" % SEED)
    card = g.visa()
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    npi = g.npi()
    bad_npi = npi[:-1] + str((int(npi[-1]) + 1) % 10)
    dea = g.dea("B", "K")
    bad_dea = dea[:-1] + str((int(dea[-1]) + 3) % 10)
    aba = g.aba("0610")
    bad_aba = aba[:-1] + str((int(aba[-1]) + 1) % 10)
    acct = g.hu_account("117")
    iban = "HU" + iban_check_digits("HU", acct) + acct
    bad_iban = iban[:-1] + "7"
    # HU IBAN whose mod 97 holds but whose national check digit does not
    wrong_nat = acct[:7] + str((int(acct[7]) + 1) % 10) + acct[8:]
    nat_iban = "HU" + iban_check_digits("HU", wrong_nat) + wrong_nat
    vin = g.vin("TSM", "MZC21", "G", "0")
    bad_vin = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
    nhs = g.nhs()
    bad_nhs = nhs[:-1] + str((int(nhs[-1]) + 1) % 10)
    btc = g.bech32()
    bad_btc = btc[:-1] + ("q" if btc[-1] != "q" else "p")
    gh = g.github()
    bad_gh = gh[:-1] + ("A" if gh[-1] != "A" else "B")
    d, pem = g.ec_key()
    d2, pem2 = g.ec_key()
    jwt = jwt_es256({"alg": "ES256", "typ": "JWT"}, {"sub": "t", "iat": 1760000000}, d, g.ecdsa_k())
    bad_jwt = jwt_es256({"alg": "ES256", "typ": "JWT"}, {"sub": "t", "iat": 1760000000}, d2, g.ecdsa_k())
    hexkey = g.hexkey()
    hs = jwt_hs256({"alg": "HS256", "typ": "JWT"}, {"sub": "u"}, hexkey.encode())
    # PEM whose embedded public point belongs to another scalar
    blob = bytearray(pkcs8_ec(d))
    good_pub = pkcs8_ec(d2)[-64:]
    blob[-64:] = good_pub
    bad_pem = pem_wrap("PRIVATE KEY", bytes(blob))
    ant = g.anthropic()
    aws = g.aws_id()
    slack = g.slack_bot()
    mac = g.mac()
    ssn = g.ssn()
    acct_nat = "11773016-11111018-00000000"

    def nacha_b(text):
        return {text.index("0610")}

    broken = [
        ("unlabelled repeat of a gold name", "⟦name|Ada Quist⟧ called; Ada Quist again."),
        ("Luhn-invalid gold card", "card ⟦card|%s⟧" % bad_card),
        ("unlabelled Luhn-valid card, run together", "ref %s" % card),
        ("unlabelled Luhn-valid card, grouped", "ref %s %s %s %s" % (card[:4], card[4:8], card[8:12], card[12:])),
        ("wrong English weekday (full)", "Seen Monday, October 21, 2025."),
        ("wrong English weekday (abbreviated)", "Seen Wed 10/21/2025."),
        ("wrong English weekday (in brackets)", "Seen 10/21/2025 (Mon)."),
        ("wrong Hungarian weekday (long date)", "Tárgyalás: 2025. október 21., szerda.", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("wrong Hungarian weekday (numeric date)", "Tárgyalás: 2025. 10. 21., hétfő.", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("weekday right only in the other order", "Seen Tue 04/03/2025.", {"DATE_ORDER": "MDY"}),
        ("weekday outside a gold date span", "Seen Tuesday, ⟦date|October 21, 2025⟧."),
        ("Hungarian weekday after a gold date outside its span", "⟦date|2025. október 21.⟧, kedd", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("unlabelled e-mail", "write to ada.quist@example.org today"),
        ("gmail e-mail labelled gold", "⟦email|ada.quist@gmail.com⟧"),
        ("gold phone outside 555-01xx", "cell ⟦phone|(312) 555-2231⟧"),
        ("unlabelled formatted phone", "cell (312) 555-0142"),
        ("unlabelled ten-digit phone run", "cell 3125550142"),
        ("phone-shaped negative without a not-a-phone reason", "order ⟦!order number|3124471199⟧"),
        ("gold phone span starting with +", "cell ⟦phone|+1 312 555 0142⟧"),
        ("Hungarian phone outside the invented range", "mobil: +⟦phone|36 30 123 4567⟧", {"LANG": "hu"}),
        ("unlabelled Hungarian phone", "mobil: +36 30 555 0142", {"LANG": "hu"}),
        ("bare AWS key", "key " + aws),
        ("Anthropic key labelled negative", "⟦!looks like a key|%s⟧" % ant),
        ("unlabelled Slack token", "token " + slack),
        ("unlabelled GitHub token", "token " + gh),
        ("span inside a word", "⟦name|Ann⟧a arrived"),
        ("text gold and negative", "⟦name|Hope⟧ and ⟦!ordinary word|Hope⟧"),
        ("text negative and ambiguous", "⟦!x|Lot 7⟧ and ⟦?y|Lot 7⟧"),
        ("negative overlapping gold", "⟦name|Mary Bell⟧ ⟦!eponym|Bell⟧ palsy"),
        ("text with two classes", "⟦mrn|4471029⟧ and ⟦plan|4471029⟧"),
        ("public IPv4 as gold", "from ⟦ip|8.8.4.4⟧"),
        ("unlabelled private dotted quad", "host 10.2.3.4 down"),
        ("public dotted quad negative without not-an-IP reason", "⟦!firmware|5.2.0.41⟧"),
        ("public IPv6", "from ⟦ip|2606:4700::1111⟧"),
        ("non-documentation MAC", "⟦mac|3C:22:FB:01:02:03⟧"),
        ("unlabelled MAC", "meter " + mac),
        ("NPI failing Luhn", "⟦npi|%s⟧" % bad_npi),
        ("DEA with a bad check digit", "⟦dea|%s⟧" % bad_dea),
        ("ABA failing its checksum", "⟦aba|%s⟧" % bad_aba),
        ("IBAN failing mod 97", "⟦iban|%s⟧" % bad_iban),
        ("HU IBAN with a bad national check digit", "⟦iban|%s⟧" % nat_iban),
        ("IBAN with the wrong length for its country", "⟦iban|%s⟧" % (iban + "0")),
        ("VIN with a bad check digit", "⟦vin|%s⟧" % bad_vin),
        ("NHS number failing mod 11", "⟦nhs|%s⟧" % bad_nhs),
        ("bech32 with a bad checksum", "⟦btc|%s⟧" % bad_btc),
        ("GitHub token with a bad CRC", "⟦gh|%s⟧" % bad_gh),
        ("ES256 JWT not signed by the document's key", "⟦pem|%s⟧\n⟦jwt|%s⟧" % (pem, bad_jwt)),
        ("HS256 JWT without its key", "⟦jwt|%s⟧" % hs),
        ("PEM whose public point does not match", "⟦pem|%s⟧" % bad_pem),
        ("SSN in area 666", "⟦ssn|666-12-3456⟧"),
        ("famous SSN", "⟦ssn|078-05-1120⟧"),
        ("SSN in area 9xx", "⟦ssn|912-34-5678⟧"),
        ("unlabelled SSN", "SSN " + ssn),
        ("ITIN group out of range", "⟦itin|912-45-6789⟧"),
        ("MBI with a forbidden letter", "⟦mbi|1SB2-AB3-CD45⟧"),
        ("age of 89 as gold", "⟦age|89-year-old⟧ man"),
        ("unlabelled 94-year-old", "a 94-year-old woman"),
        ("unlabelled 101 y", "age 101 y"),
        ("unlabelled Hungarian age", "93 éves korában", {"LANG": "hu"}),
        ("Hungarian age 89 as gold", "⟦age|89 éves⟧", {"LANG": "hu"}),
        ("malformed ICD-10 code", "⟦icd|U5.123⟧"),
        ("impossible date", "⟦date|02/30/2025⟧"),
        ("gold date without a year", "⟦date|October 21⟧"),
        ("four-digit ZIP", "⟦zip|4413⟧"),
        ("OpenAI key without its marker", "⟦oai|sk-proj-%s⟧" % ("A" * 156)),
        ("Anthropic key of the wrong length", "⟦ant|%s⟧" % (ant[:-3] + "AA")),
        ("AWS key ID outside base32", "⟦aws|AKIA1BCDEFGHIJKLMNO0⟧"),
        ("Slack token of the wrong shape", "⟦slack|xoxb-123-456-abc⟧"),
        ("generic key with too few distinct characters", "⟦key|%s⟧" % ("ab" * 16)),
        ("unknown class", "⟦pii.shoe_size|44⟧"),
        ("URL not starting with a scheme", "⟦url|portal.example.org/p/1⟧"),
        ("gold MAC outside the documentation block", "⟦mac|00:1A:2B:3C:4D:5E⟧"),
        ("US passport of the wrong shape", "⟦pass|AB1234567⟧"),
        ("unlabelled phone with en dashes", "mobile: 847–555–0176"),
        ("fixed-width span without a layout boundary", "62206101234" + "4471029384       "),
        ("padded span", "⟦name| Ada⟧ x"),
    ]
    # fixed-width case needs a label to be meaningful
    broken[-2] = ("fixed-width span without a layout boundary", "622⟦aba|%s⟧4471029384       " % aba)
    good = [
        ("English weekday, full", "Seen ⟦date|Tuesday, October 21, 2025⟧."),
        ("English weekday, abbreviated", "Seen ⟦date|Tue 10/21/2025⟧ 09:12."),
        ("Hungarian weekday after a comma inside the span", "Tárgyalás: ⟦date|2025. október 21., kedd⟧.", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("Hungarian date with the suffix outside", "⟦date|2025. május 14⟧-én hunyt el, ⟦age|93 éves⟧ korában.", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("Hungarian numeric date with final period", "szül. ⟦date|1958. 07. 19.⟧; anyja", {"LANG": "hu", "DATE_ORDER": "YMD"}),
        ("BIP 173 test vector", "⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧"),
        ("HU IBAN registry example", "⟦iban|HU42 1177 3016 1111 1018 0000 0000⟧ ⟦acct|%s⟧" % acct_nat),
        ("generated HU IBAN", "⟦iban|%s⟧" % iban),
        ("ES256 JWT with its key", "⟦pem|%s⟧\n⟦jwt|%s⟧" % (pem, jwt)),
        ("HS256 JWT with its key", "⟦key|%s⟧ ⟦jwt|%s⟧" % (hexkey, hs)),
        ("URL with nested MRN", "⟦url|https://portal.example.org/chart/⟦mrn|66104827⟧/summary⟧"),
        ("percent-escape boundary", "q=%2B⟦phone|15045550162⟧&x=1"),
        ("backslash-escape boundary", "note\\n⟦name|Ada Quist⟧\\n"),
        ("E.164 span after the plus", "cell +⟦phone|1 312 555 0142⟧"),
        ("NHS number shaped like a phone", "NHS ⟦nhs|%s %s %s⟧" % (nhs[:3], nhs[3:6], nhs[6:])),
        ("phone-shaped negative with a not-a-phone reason", "⟦!amount in cents, not a phone number|0000004250⟧PT", {"BOUNDARIES": lambda t: {10}}),
        ("fixed-width span with a layout boundary", "622⟦aba|%s⟧⟦acct|4471029384⟧       " % aba, {"BOUNDARIES": lambda t: {3, 12}}),
        ("token@host inside a gold secret is not an e-mail", "https://x-access-token:⟦gh|%s⟧@github.com/a/b" % gh),
        ("LDIF postal address with $", "homePostalAddress: ⟦addr|1420 W Larchmont Ave Apt 3⟧$Chicago, IL ⟦zip|60613⟧"),
        ("Luhn-valid number inside a negative", "ctl ⟦!load control number, not a card|%s⟧" % card),
        ("ages over 100", "a ⟦age|101-year-old⟧ and ⟦age|103 y⟧"),
        ("en-dash phone labelled gold", "mobile: ⟦phone|847–555–0176⟧"),
        ("gold SSN and unlabelled-free text", "SSN ⟦ssn|%s⟧" % ssn),
    ]
    for item in broken:
        name, tpl = item[0], item[1]
        meta = item[2] if len(item) > 2 else {}
        errs = _t(tpl, **meta)
        if not errs:
            raise SystemExit("self-test: checker accepted a broken input: " + name)
    for item in good:
        name, tpl = item[0], item[1]
        meta = item[2] if len(item) > 2 else {}
        errs = _t(tpl, **meta)
        if errs:
            raise SystemExit("self-test: checker refused a good input: %s: %s" % (name, errs))
    # size and hard-negative rules on full documents
    text, spans = render("⟦name|Ada Quist⟧ " + "x" * 1300, {})
    if not check_doc(text, spans, {}, full=True, docno=NDOCS):
        raise SystemExit("self-test: gold in the hard-negative document accepted")
    text, spans = render("tiny", {})
    if not check_doc(text, spans, {}, full=True, docno=1):
        raise SystemExit("self-test: tiny document accepted")
    # national identifiers used by doc2
    assert hu_account_ok("117730161111101800000000") and not hu_account_ok("117730171111101800000000")
    return len(broken) + 2, len(good)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def load_module(n):
    name = "docs_%d" % n
    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    if name in sys.modules:
        return importlib.reload(sys.modules[name])
    return importlib.import_module(name)


def meta_of(mod):
    return {"DATE_ORDER": getattr(mod, "DATE_ORDER", "MDY"), "LANG": getattr(mod, "LANG", "en"),
            "BOUNDARIES": getattr(mod, "BOUNDARIES", None)}


def broken_copies(mod, text):
    out = []
    for old, new in getattr(mod, "BROKEN", []):
        assert text.count(old) >= 1, "BROKEN replacement target missing: %r" % old
        out.append(text.replace(old, new, 1))
    if hasattr(mod, "broken"):
        out += mod.broken(text)
    return out


def build():
    files, info = {}, []
    gold_lines, neg_lines, amb_lines = [], [], []
    broken_refused = 0
    for n in range(1, NDOCS + 1):
        mod = load_module(n)
        g = Gen("%d-%d" % (SEED, n))
        template, values = mod.make(g)
        text, spans = render(template, values)
        meta = meta_of(mod)
        errs = check_doc(text, spans, meta, full=True, docno=n)
        if hasattr(mod, "extra_check"):
            errs += ["extra_check: " + e for e in mod.extra_check(text)]
        if errs:
            raise SystemExit("doc%d fails its checks:\n  " % n + "\n  ".join(errs))
        copies = broken_copies(mod, text)
        if hasattr(mod, "extra_check") and not copies:
            raise SystemExit("doc%d has an extra_check but no broken copies" % n)
        for i, bt in enumerate(copies):
            if bt == text or not mod.extra_check(bt):
                raise SystemExit("doc%d: extra_check accepted broken copy %d" % (n, i + 1))
            broken_refused += 1
        fname = "doc%d.txt" % n
        files[fname] = text
        golds, negs, ambs = {}, {}, {}
        occ = 0
        for s in spans:
            if s["kind"] == "gold":
                golds.setdefault((s["label"], s["text"]), 0)
                golds[(s["label"], s["text"])] += 1
                occ += 1
            elif s["kind"] == "neg":
                negs.setdefault(s["text"], s["label"])
            else:
                ambs.setdefault(s["text"], s["label"])
        for (c, t) in golds:
            gold_lines.append({"doc": fname, "class": c, "text": t})
        for t, w in negs.items():
            neg_lines.append({"doc": fname, "text": t, "why": w})
        for t, w in ambs.items():
            amb_lines.append({"doc": fname, "text": t, "why": w})
        info.append({"n": n, "file": fname, "mod": mod, "text": text, "gold": len(golds), "occ": golds,
                     "neg": len(negs), "amb": len(ambs), "bytes": len(text.encode("utf-8"))})
    present = {l["class"] for l in gold_lines}
    missing = [c for c in CLASSES if c not in present]
    if missing:
        raise SystemExit("classes without gold: %s" % missing)
    dump = lambda rows: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    files["gold.jsonl"] = dump(gold_lines)
    files["negatives.jsonl"] = dump(neg_lines)
    files["ambiguous.jsonl"] = dump(amb_lines)
    return files, info, gold_lines, broken_refused


CHECKSUM_CLASSES = {"fin.credit_card", "phi.npi", "phi.dea", "fin.aba_routing", "fin.iban", "id.vin",
                    "id.uk_nhs", "pii.ssn", "pii.itin", "phi.mbi", "fin.crypto_wallet",
                    "secret.github_token", "secret.private_key", "secret.jwt", "secret.openai_api_key",
                    "secret.anthropic_api_key", "secret.aws_access_key", "secret.slack_token",
                    "secret.generic_api_key", "pii.us_passport", "pii.phone", "pii.ip_address",
                    "pii.mac_address", "pii.email", "pii.date", "pii.age_over_89", "phi.icd10",
                    "pii.zip_code"}


def reverify():
    """Re-read the written files and re-verify checksum-bearing gold values and extra checks."""
    rows = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
    texts = {}
    for n in range(1, NDOCS + 1):
        with open(os.path.join(HERE, "doc%d.txt" % n), encoding="utf-8") as f:
            texts["doc%d.txt" % n] = f.read()
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc"], []).append((r["class"], r["text"]))
    count = 0
    for r in rows:
        doc = r["doc"]
        assert r["text"] in texts[doc], "gold text missing from %s: %r" % (doc, r["text"])
        if r["class"] in CHECKSUM_CLASSES:
            mod = load_module(int(doc[3:-4]))
            errs = gold_value_errors(r["class"], r["text"], by_doc[doc], getattr(mod, "DATE_ORDER", "MDY"))
            if errs:
                raise SystemExit("re-verification failed in %s: %s" % (doc, errs))
            count += 1
    for n in range(1, NDOCS + 1):
        mod = load_module(n)
        if hasattr(mod, "extra_check"):
            errs = mod.extra_check(texts["doc%d.txt" % n])
            if errs:
                raise SystemExit("re-verification: doc%d extra_check: %s" % (n, errs))
    return count


README_HEAD = """# Mixed documents, set N

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets
A-M, whose conventions are kept and whose genres are avoided, and the list of data classes).

`python3 make.py` (standard library only, fixed seed {seed}, output is deterministic: make.py runs a
self-test of its checker against {nbroken} deliberately broken inputs ({nsmall} small ones and {ndocb}
broken copies of the real documents fed to their own checks) and {ngood} good ones, builds everything
twice and asserts the two builds are identical, then re-verifies every checksum-bearing gold value
and every document's own check from the written files) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.2–2.6 KB each |
| `gold.jsonl` | `{{"doc","class","text"}}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{{"doc","text","why"}}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{{"doc","text","why"}}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). Layout as in set M: templates in `docs_1.py` …
`docs_12.py` (each defines `make(g) -> (template, values)`, `GENRE`, `NOTES`, `DATE_ORDER` (`YMD` for
the Hungarian document), optionally `LANG` (`hu`: Hungarian weekday and month names the checker reads
besides English), `extra_check` where the genre has arithmetic, structure or check characters of its
own, and `BROKEN` (replacements) or `broken(text)`: broken copies of the document that `extra_check`
must refuse; new in set N, doc1 also defines `BOUNDARIES(text)`, the extra token boundaries of its
fixed-width record layout); inline labels `⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧`
ambiguous, `«key»` generated values, labels may nest; short aliases in `ALIASES`. The generator `g`
is a seeded `random.Random` with helpers for checksum-valid identifiers; each module gets its own,
seeded with `"{seed}-<n>"`. make.py sets `sys.dont_write_bytecode`, so no `__pycache__` is left
behind. Every document is pasted into a chat prompt with a short question or instruction around it.

Genres (none used by sets A-M):

{genres}

## Scoring conventions

Exactly as set M (and so sets C-L): every occurrence of a gold text counts, on token boundaries
(case-sensitive); a gold span is only the value (labels, titles, credentials, `Bearer `, quotes and
trailing punctuation outside); names in every written form; street line plus same-line unit; ZIP
separate, foreign postcodes ambiguous; business/provider contact data ambiguous, a named
individual's direct line/e-mail gold; dates about a person or their care/case in any format,
statute/regulation/policy dates and year-only negative, log timestamps and card/lot expiry
ambiguous, dates without a year ambiguous, month-year dates about the person gold; a weekday written
with a date is inside the span, a clock time next to it is not; only ages over 89 gold (span = number
plus attached unit, `93 éves`, `101 y`); only person-identifying URLs gold, with an MRN inside nested
as `phi.mrn`; member IDs gold, group numbers ambiguous; privilege marker lines (or phrases) only;
secrets value only, PEM block from `-----BEGIN` to the final `-----`, AWS secret key and passwords
ambiguous; claim, case, matter, Bates, badge, account-at-a-provider, EIN and masked/last-4 numbers
ambiguous; national identifiers without a class (the Hungarian personal and tax IDs), foreign
identity documents and foreign postcodes ambiguous; CPT/HCPCS/LOINC/NDC/lot, licence numbers,
hashes, reference ranges and scores negative; handles and initials ambiguous; companies named after
people ambiguous; eponyms, drug and device brands and saints' names negative; infrastructure IPs
ambiguous; E.164 phone spans start after the `+`.

Points new in set N:

{newpoints}

`make.py` asserts what set M's asserts: every gold/negative/ambiguous text occurs verbatim in its
document; every labelled span and every gold occurrence sits on token boundaries (a document's
`BOUNDARIES` add the field boundaries of a fixed-width layout); no span is empty or padded; every
occurrence of a gold text is labelled or inside another labelled gold span; no text carries two
classes or is both gold and negative/ambiguous (or both negative and ambiguous); no occurrence of a
negative or ambiguous text overlaps a gold span; every e-mail-shaped string uses
`example.com/.net/.org` (or `.test`) and is labelled (a `token@host` inside a gold secret excepted);
every SSN-shaped string and every Luhn-valid card-shaped number (13-19 digits run together or
grouped 4-4-4-4) is labelled; every US phone-shaped string (also with en dashes, ten or eleven digits
run together and ten spaced single digits) is labelled and in 555-01xx unless it is gold as another
class (the NHS number written 3-3-4, NPIs, bank accounts) or a labelled negative/ambiguous whose
reason says it is not a phone number; no gold phone span starts with `+`; Hungarian numbers follow
the invented `+36 dd 555 01dd` pattern; UK mobiles are `07700 900xxx`; every dotted quad or longer
dotted run is labelled, and a public one only as a negative whose reason says it is not an IP; every
IPv6 address is in `2001:db8::/32`; every MAC is in the documentation block and labelled; every
secret-shaped string lies inside a gold span; a weekday written next to a full date (English before
the date or in brackets after it, Hungarian after a comma) is the right weekday, read in the
document's date order, and a weekday just before (or, in Hungarian, just after) a gold date is
inside its span; every gold date parses to a real calendar date with a year (or a month-year); gold
ages are 90-120 and every age over 89 written with a unit is labelled; each document is 1200-2600
bytes; doc12 has no gold; every class has at least one gold value; every checksum-bearing gold value
is re-verified from the final text.

Notes per document:

{notes}

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the files)

{synth}

## Counts

{ngold} gold values (distinct per document), {nocc} gold occurrences (labelled gold spans), {nneg} negatives, {namb} ambiguous.
Classes with no gold value in this set: {missing}.

| document | gold | negatives | ambiguous | bytes |
|---|---|---|---|---|
{doctable}

| class | gold values | occurrences |
|---|---|---|
{classtable}
"""

NEW_POINTS = [
    "**Fixed-width records without separators** (doc1, NACHA ACH). Adjacent fields run together "
    "(`{entry_start}…`: record type, transaction code, routing number, account number), so the field boundaries of the record layout are token boundaries "
    "(the module's `BOUNDARIES`, as set L's `þ`/`¶` delimiters): the receiving routing number is the "
    "8-digit RDFI ID plus its check digit, one 9-digit gold span, and the account number after it is a "
    "gold span without its padding; the name field is a span without padding, and a name cut off at the "
    "field's 22 characters (`MACALLISTER-ROYCE MARG`) is gold as written. Ten-digit amount fields are "
    "negatives whose reason says they are not phone numbers; the file creation and effective entry dates "
    "(`YYMMDD`) are batch metadata (ambiguous), the date of service in an addenda record gold.",
    "**Hungarian** (doc2, `DATE_ORDER = YMD`, `LANG = hu`). Year-first dates (`1931. szeptember 2.`, "
    "`1958. 07. 19.`, `1962.11.03.`) keep their final period, the day's ordinal mark (as set M's "
    "`18. 9.`); a case suffix replaces that period and stays outside (`2025. május 14` in `2025. május "
    "14-én`); the weekday follows the date after a comma and is inside the span (`2025. október 8., "
    "szerda`, checked). Names are surname-first; the married form `Szabó Lajosné` (\u201cMrs Lajos "
    "Szabó\u201d), the birth name and the husband's name are separate gold texts; `özv.`, `dr.`, `szül.` "
    "stay outside. `93 éves` is an age. Personal and tax IDs are ambiguous (no class); a street named "
    "after a person (`Bartók Béla út`) is part of the street span, not a name.",
    "**LDIF** (doc5). A value is the span after `: `; in `homePostalAddress` the `$` line separator is a "
    "delimiter (street line and ZIP are separate spans). A base64 value (`::`) that decodes to personal "
    "data is ambiguous (the detector is not expected to decode it, as set G's Kubernetes `data:`); an "
    "`{SSHA}` password hash is a negative, a plaintext `userPassword` ambiguous; `uid` handles (also "
    "inside the `dn`) and GeneralizedTime operational stamps are ambiguous.",
    "**TOML** (doc6). Values without quotes; the PEM in a `\"\"\"` multi-line string spans `-----BEGIN` "
    "to the final `-----`; unquoted TOML local dates and offset date-times are gold date spans (whole "
    "value, set E's `T` rule).",
    "**Age-sex shorthand** (doc6). `96F` (96-year-old female) is one age span, since `96` alone does not "
    "end on a token boundary.",
    "**Ages over 100** (doc7, doc11). `101 y`, `101 years old` and `103 years old` are ages; the checker "
    "accepts gold ages up to 120.",
    "**E-signature certificates** (doc9). Sent/viewed/signed event stamps are audit-log metadata "
    "(ambiguous, whole value with the time); a signer's signing IP is gold `pii.ip_address`, the "
    "originating law firm's office IP ambiguous (infrastructure); envelope and disclosure IDs negatives.",
    "**RFC 5424 syslog** (doc10). Header timestamps are log metadata (ambiguous); PRI, version, host, "
    "app and proc IDs unlabelled; structured-data values are spans without quotes; the documentation "
    "enterprise number `32473` in an SD-ID is ZIP-shaped and a negative.",
    "**EVV rows** (doc11). Visit dates in an electronic-visit-verification export are dates of care "
    "(gold, clock times outside), not log stamps; bare GPS fixes are ambiguous; an IVR clock-in number "
    "that is the client's home landline is gold; HCPCS codes shaped like ICD-10 codes without the dot "
    "(`T1019`, `S5125`) are negatives.",
    "**Identifiers of the same shape** (doc4). An Arizona driver's licence and a US passport are both a "
    "letter + 8 digits; both are gold, each with its own class.",
    "**Saint-like surnames** (doc7). `St. John` as a person's surname (`Priya St. John`) is a gold name; "
    "`St James's` naming a hospital is a saint's name (negative).",
]

SYNTH = (
    "Card: Visa, Luhn, 16 digits run together (doc10). NPI: Luhn over `80840`+NPI, first digit 1. DEA: "
    "`B` + `E` (the anesthesiologist's surname initial) + 6 digits + the DEA check digit (doc7's "
    "`extra_check` matches the letter). ABA: 3-7-1 weighted mod 10 with Federal Reserve prefixes (`0514` "
    "for the hospital's bank; `0530`, `2514`, `0540`, `0519`, `0560` for the receiving banks); doc1's "
    "generator also makes sure no run of 13-19 digits in the NACHA records passes Luhn. Hungarian bank "
    "account: OTP bank code `117` + branch + check digit, a second 8-digit block with its check digit "
    "(weights 9-7-3-1), then eight zeros; IBAN (HU) carries those 24 digits, mod 97 = 1, length 28, groups "
    "of four (the IBAN registry's Hungarian example is in the self-test). VIN: position-9 check digit "
    "(Magyar Suzuki `TSM` WMI, model-year code `G`). NHS: first digit 4, mod 11 (check 10 rejected), "
    "written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, no famous or advertising "
    "example. ITIN: area 9xx, group 70-88. MBI: 11 characters in the CMS character classes (not CMS's "
    "published sample). Arizona driver's licence: `D` + 8 digits; US passports: letter + 8 digits. "
    "Hungarian personal ID (ambiguous): sex/century digit `2` + `YYMMDD` + 3-digit serial + check digit "
    "(weights 1-10, mod 11); tax ID (ambiguous): `8` + days since 1 January 1867 + 3 digits + check digit "
    "(weights 1-9, mod 11); doc2's `extra_check` verifies both against her birth date. Phones: US "
    "555-01xx everywhere (also in E.164 form with the span after the `+`, run together, and with en "
    "dashes); Hungarian numbers invented (`+36 dd 555 01dd`: no fiction range exists there). GitHub "
    "classic token: `ghp_` + 30 base62 + 6-character base62 CRC32. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` "
    "+ 74 base64url. Anthropic: `sk-ant-api03-` + 93 base64url + `AA`. AWS key ID: `AKIA` + 16 base32 "
    "(secret key 40 characters, ambiguous). Slack bot token: `xoxb-` 12 digits-13 digits-24 "
    "alphanumerics. EC private key: random scalar on P-256, PKCS#8 DER (`-----BEGIN PRIVATE KEY-----`) "
    "with the public point, PEM-wrapped at 64 columns (checked: public point = scalar x G, on the "
    "curve). JWT: ES256 with a real ECDSA P-256 signature over SHA-256, verified against that key "
    "(doc6). Generic API key: 32 random hex characters (at least 12 distinct). BTC: bech32 (BIP 173) "
    "P2WPKH, checksum verified (the BIP 173 test vector is in the self-test). SSHA value: base64 of "
    "`{SSHA}` + base64 of a SHA-1 digest and a 4-byte salt of random bytes. E-mails: "
    "`example.com/.net/.org` (and subdomains) only. IPs: 192.0.2.0/24 and 203.0.113.0/24 (gold), "
    "198.51.100.0/24 and RFC 1918 (ambiguous). MACs: IANA documentation block `00:00:5E:00:53:xx`. "
    "Names, addresses, member IDs, MRNs, Medicaid IDs and every other number are invented. Negatives "
    "that look like identifiers fail their checksums where that matters (doc12's load control number "
    "fails Luhn and its catalogue number the NPI check).")


def wrap(text, width=100, indent=""):
    """Greedy wrap that never breaks inside a `code span`."""
    prot, inside = [], False
    for c in text:
        if c == "`":
            inside = not inside
        prot.append("\x00" if (c == " " and inside) else c)
    words, lines, cur = "".join(prot).split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = indent + w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n".join(lines).replace("\x00", " ")


def readme(info, gold_lines, counts):
    genres = "\n".join("%d. %s" % (d["n"], d["mod"].GENRE) for d in info)
    notes = "\n".join("* **doc%d.** %s" % (d["n"], d["mod"].NOTES) for d in info)
    first_entry = re.search(r"(?m)^6\d{21}", info[0]["text"]).group()
    newpoints = "\n".join(wrap("%d. %s" % (i + 1, p.replace("{entry_start}", first_entry)), 100,
                                "   " if i < 9 else "    ") for i, p in enumerate(NEW_POINTS))
    occ_by_class, val_by_class = {}, {}
    for d in info:
        for (c, t), k in d["occ"].items():
            occ_by_class[c] = occ_by_class.get(c, 0) + k
            val_by_class[c] = val_by_class.get(c, 0) + 1
    doctable = "\n".join("| %s | %d | %d | %d | %d |" % (d["file"], d["gold"], d["neg"], d["amb"], d["bytes"])
                         for d in info)
    classtable = "\n".join("| `%s` | %d | %d |" % (c, val_by_class[c], occ_by_class[c])
                           for c in sorted(val_by_class))
    missing = [c for c in CLASSES if c not in val_by_class]
    return README_HEAD.format(
        seed=SEED, nbroken=counts["small"] + counts["docs"], nsmall=counts["small"], ndocb=counts["docs"],
        ngood=counts["good"], genres=genres, newpoints=newpoints, notes=notes, synth=wrap(SYNTH),
        ngold=len(gold_lines), nocc=sum(occ_by_class.values()), nneg=sum(d["neg"] for d in info),
        namb=sum(d["amb"] for d in info), missing=", ".join("`%s`" % c for c in missing) or "none",
        doctable=doctable, classtable=classtable)


def main():
    nsmall, ngood = selftest()
    files1, info, gold_lines, refused = build()
    files2, _, _, refused2 = build()
    assert files1 == files2 and refused == refused2, "the two builds differ"
    counts = {"small": nsmall, "docs": refused, "good": ngood}
    files1["README.md"] = readme(info, gold_lines, counts)
    assert readme(info, gold_lines, counts) == files1["README.md"]
    for name, content in files1.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    nver = reverify()
    print("set N: %d documents, %d gold values, self-test %d broken (%d small + %d document copies) "
          "and %d good inputs, builds identical, %d checksum-bearing gold values re-verified from the files"
          % (NDOCS, len(gold_lines), nsmall + refused, nsmall, refused, ngood, nver))


if __name__ == "__main__":
    main()
