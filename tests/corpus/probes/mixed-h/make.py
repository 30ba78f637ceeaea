#!/usr/bin/env python3
"""Build set H of the mixed-document probes (standard library only).

Usage: python3 make.py

Runs a self-test of the checker against deliberately broken inputs, builds all twelve
documents twice from docs_1.py ... docs_12.py (fixed seed), asserts the two builds are
identical and every check passes, then writes doc1.txt ... doc12.txt, gold.jsonl,
negatives.jsonl, ambiguous.jsonl and README.md next to this file.
"""
import sys

sys.dont_write_bytecode = True

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
import string
import zlib

SEED = 20270201
HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS = 12
MIN_BYTES, MAX_BYTES = 1536, 4000

CLASSES = [
    "pii.person_name", "pii.ssn", "pii.itin", "pii.email", "pii.phone", "pii.street_address",
    "pii.zip_code", "pii.date", "pii.age_over_89", "pii.ip_address", "pii.url", "pii.mac_address",
    "pii.us_passport", "pii.us_driver_license", "phi.mrn", "phi.mbi", "phi.health_plan_id",
    "phi.npi", "phi.dea", "phi.icd10", "fin.credit_card", "fin.iban", "fin.aba_routing",
    "fin.bank_account", "fin.crypto_wallet", "id.vin", "id.uk_nhs", "secret.aws_access_key",
    "secret.github_token", "secret.openai_api_key", "secret.anthropic_api_key",
    "secret.slack_token", "secret.private_key", "secret.jwt", "secret.generic_api_key",
    "legal.privilege_marker",
]

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin", "email": "pii.email",
    "phone": "pii.phone", "addr": "pii.street_address", "zip": "pii.zip_code", "date": "pii.date",
    "age": "pii.age_over_89", "ip": "pii.ip_address", "url": "pii.url", "mac": "pii.mac_address",
    "passport": "pii.us_passport", "dl": "pii.us_driver_license", "mrn": "phi.mrn",
    "mbi": "phi.mbi", "plan": "phi.health_plan_id", "npi": "phi.npi", "dea": "phi.dea",
    "icd": "phi.icd10", "card": "fin.credit_card", "iban": "fin.iban", "aba": "fin.aba_routing",
    "acct": "fin.bank_account", "btc": "fin.crypto_wallet", "vin": "id.vin", "nhs": "id.uk_nhs",
    "aws": "secret.aws_access_key", "ghp": "secret.github_token",
    "openai": "secret.openai_api_key", "anthropic": "secret.anthropic_api_key",
    "slack": "secret.slack_token", "pem": "secret.private_key", "jwt": "secret.jwt",
    "apikey": "secret.generic_api_key", "priv": "legal.privilege_marker",
}

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64U = string.ascii_letters + string.digits + "-_"

# ---------------------------------------------------------------------------------------------
# checksum helpers


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


def luhn_check_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if re.match(r"5[1-5]|2(2[2-9][1-9]|[3-6]\d\d|7[01]\d|720)", d):
        return len(d) == 16
    if re.match(r"3[47]", d):
        return len(d) == 15
    if re.match(r"6011|65", d):
        return len(d) == 16
    return False


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


DEA_FIRST = set("ABCDEFGHJKLMPRSTUX")


def dea_check(d6):
    d = [int(c) for c in d6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z9])(\d{6})(\d)", s)
    return bool(m) and m.group(1) in DEA_FIRST and dea_check(m.group(3)) == m.group(4)


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    p = int(s[:2])
    if not (1 <= p <= 12 or 21 <= p <= 32):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LEN = {"DE": 22, "IE": 22, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return iban_num(s) % 97 == 1


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    t = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def nhs_ok(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    t = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
    if t == 11:
        t = 0
    return t != 10 and t == int(d[9])


FAMOUS_SSN = {
    "078051120", "219099999", "457555462", "123456789", "111111111", "222222222", "333333333",
    "444444444", "555555555", "777777777", "888888888", "001010001", "042103580", "062360749",
    "078052120", "095073645", "128036045", "135016629", "141186941", "165167999", "165187999",
    "165207999", "165227999", "165247999", "189092294", "212097694", "212099999", "306302348",
    "308125070", "468288779", "549241889",
} | {"98765432%d" % i for i in range(10)}


def ssn_parts(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    return m.groups() if m else None


def ssn_ok(s):
    p = ssn_parts(s)
    if not p:
        return False
    a, g, n = p
    return (a != "000" and a != "666" and a[0] != "9" and g != "00" and n != "0000"
            and "".join(p) not in FAMOUS_SSN)


def itin_ok(s):
    p = ssn_parts(s)
    return bool(p) and p[0][0] == "9" and 70 <= int(p[1]) <= 88 and p[2] != "0000"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"
MBI_AN = MBI_A + MBI_N
MBI_PATTERN = ["123456789", MBI_A, MBI_AN, MBI_N, MBI_A, MBI_AN, MBI_N, MBI_A, MBI_A, MBI_N, MBI_N]


def mbi_ok(s):
    if re.fullmatch(r"\w{4}-\w{3}-\w{4}", s):
        s = s.replace("-", "")
    return len(s) == 11 and all(c in cls for c, cls in zip(s, MBI_PATTERN))


ICD_RE = re.compile(r"[A-TV-Z]\d[0-9AB](\.[0-9A-TV-Z]{1,4})?")


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ghp_ok(s):
    m = re.fullmatch(r"ghp_([0-9A-Za-z]{30})([0-9A-Za-z]{6})", s)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()) & 0xFFFFFFFF, 6) == m.group(2)


SECRET_SHAPES = {
    "secret.aws_access_key": r"AKIA[A-Z2-7]{16}",
    "secret.openai_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "secret.anthropic_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "secret.slack_token": r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}",
}

# bech32 (BIP 173)
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_ok(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return False
    addr = addr.lower()
    pos = addr.rfind("1")
    if pos < 1 or pos + 7 > len(addr) or len(addr) > 90:
        return False
    hrp, data = addr[:pos], addr[pos + 1:]
    if any(c not in BECH for c in data):
        return False
    return bech32_polymod(bech32_hrp_expand(hrp) + [BECH.index(c) for c in data]) == 1


def convertbits(data, frombits, tobits):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frombits) | v
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            out.append((acc >> bits) & ((1 << tobits) - 1))
    if bits:
        out.append((acc << (tobits - bits)) & ((1 << tobits) - 1))
    return out


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def wallet_ok(s):
    return s.startswith("bc1q") and len(s) == 42 and bech32_ok(s)


# P-256
EC_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
EC_A = EC_P - 3
EC_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
EC_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
        0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
EC_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_OID = bytes.fromhex("06082a8648ce3d030107")


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


def ec_mul(k, p):
    r = None
    while k:
        if k & 1:
            r = ec_add(r, p)
        p = ec_add(p, p)
        k >>= 1
    return r


def on_curve(p):
    return p is not None and (p[1] * p[1] - p[0] ** 3 - EC_A * p[0] - EC_B) % EC_P == 0


def der_tlv(buf, i):
    tag = buf[i]
    ln = buf[i + 1]
    i += 2
    if ln & 0x80:
        nb = ln & 0x7F
        ln = int.from_bytes(buf[i:i + nb], "big")
        i += nb
    return tag, buf[i:i + ln], i + ln


def sec1_der(d):
    q = ec_mul(d, EC_G)
    pub = b"\x04" + q[0].to_bytes(32, "big") + q[1].to_bytes(32, "big")
    body = (b"\x02\x01\x01" + b"\x04\x20" + d.to_bytes(32, "big")
            + b"\xa0\x0a" + P256_OID + b"\xa1\x44\x03\x42\x00" + pub)
    return b"\x30" + bytes([len(body)]) + body


def pem_wrap(der, label, indent=""):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ("-----BEGIN %s-----\n" % label + "".join(indent + ln + "\n" for ln in lines)
            + indent + "-----END %s-----" % label)


def pem_parse(pem):
    """Return (d, Q) of an EC P-256 SEC1 PEM; raise if malformed or inconsistent."""
    m = re.fullmatch(r"-----BEGIN EC PRIVATE KEY-----(.*?)-----END EC PRIVATE KEY-----", pem, re.S)
    if not m:
        raise ValueError("not an EC PRIVATE KEY PEM")
    der = base64.b64decode("".join(m.group(1).split()), validate=True)
    tag, body, end = der_tlv(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("bad DER")
    i = 0
    tag, ver, i = der_tlv(body, i)
    tag2, priv, i = der_tlv(body, i)
    tag3, params, i = der_tlv(body, i)
    tag4, pubw, i = der_tlv(body, i)
    if (tag, ver, tag2, tag3, tag4) != (2, b"\x01", 4, 0xA0, 0xA1) or params != P256_OID:
        raise ValueError("bad SEC1 structure")
    t, bits, _ = der_tlv(pubw, 0)
    if t != 3 or bits[0] != 0 or bits[1] != 4 or len(bits) != 66:
        raise ValueError("bad public key")
    q = (int.from_bytes(bits[2:34], "big"), int.from_bytes(bits[34:66], "big"))
    d = int.from_bytes(priv, "big")
    if not (1 <= d < EC_N) or not on_curve(q) or ec_mul(d, EC_G) != q:
        raise ValueError("public point does not match private scalar")
    return d, q


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def ecdsa_sign(d, msg, k):
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    r = ec_mul(k, EC_G)[0] % EC_N
    s = pow(k, -1, EC_N) * (e + r * d) % EC_N
    assert r and s
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def ecdsa_verify(q, msg, sig):
    if len(sig) != 64:
        return False
    r, s = int.from_bytes(sig[:32], "big"), int.from_bytes(sig[32:], "big")
    if not (1 <= r < EC_N and 1 <= s < EC_N):
        return False
    e = int.from_bytes(hashlib.sha256(msg).digest(), "big")
    w = pow(s, -1, EC_N)
    p = ec_add(ec_mul(e * w % EC_N, EC_G), ec_mul(r * w % EC_N, q))
    return p is not None and p[0] % EC_N == r


def jwt_ok(tok, pems, keys):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    msg = (parts[0] + "." + parts[1]).encode()
    if header.get("alg") == "ES256":
        for pem in pems:
            try:
                _, q = pem_parse(pem)
            except ValueError:
                continue
            if ecdsa_verify(q, msg, sig):
                return True
    if header.get("alg") == "HS256":
        for k in keys:
            cands = [k.encode()]
            if re.fullmatch(r"(?:[0-9a-f]{2})+", k):
                cands.append(bytes.fromhex(k))
            for kb in cands:
                if hmac.compare_digest(hmac.new(kb, msg, hashlib.sha256).digest(), sig):
                    return True
    return False


DOC_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
PRIV_NETS = [ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fe80::/10", "127.0.0.0/8")]


def ip_allowed(s, allow_private=True):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    nets = DOC_NETS + (PRIV_NETS if allow_private else [])
    return any(a in n for n in nets)


MAC_RE = re.compile(r"(?<![0-9A-Fa-f:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])")


def mac_ok(s):
    return bool(re.fullmatch(r"00(?P<s>[:-])00(?P=s)5[Ee](?P=s)00(?P=s)53(?P=s)[0-9A-Fa-f]{2}", s))


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def email_ok(s):
    m = re.fullmatch(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|net|org)", s)
    return bool(m)


# ---------------------------------------------------------------------------------------------
# generator handed to the document modules


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def _fresh(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise AssertionError("could not draw a fresh value")

    def digits(self, n, first="123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def chars(self, n, alphabet):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # phones: ten digits, exchange 555, line 01xx
    def phone(self, area):
        return self._fresh(lambda: area + "55501" + "%02d" % self.r.randint(0, 99))

    @staticmethod
    def fmt(d, style):
        a, x, l = d[:3], d[3:6], d[6:]
        return {
            "paren": "(%s) %s-%s" % (a, x, l), "dash": "%s-%s-%s" % (a, x, l),
            "dot": "%s.%s.%s" % (a, x, l), "space": "%s %s %s" % (a, x, l), "run": d,
            "e164": "+1" + d, "e164d": "1" + d, "fr": "%s %s-%s" % (a, x, l),
            "paren_nospace": "(%s)%s-%s" % (a, x, l),
        }[style]

    def card(self, prefix, length, group=True):
        def draw():
            p = prefix + "".join(self.r.choice(string.digits) for _ in range(length - len(prefix) - 1))
            return p + luhn_check_digit(p)
        d = self._fresh(draw)
        if group and length == 16:
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))
        return d

    def npi(self, first="1"):
        def draw():
            p = first + self.digits(8, string.digits)
            return p + luhn_check_digit("80840" + p)
        return self._fresh(draw)

    def dea(self, reg, initial):
        d6 = self.digits(6, string.digits)
        return reg + initial + d6 + dea_check(d6)

    def aba(self, prefix):
        def draw():
            p = prefix + self.digits(8 - len(prefix), string.digits)
            for c in "0123456789":
                if aba_ok(p + c):
                    return p + c
        return self._fresh(draw)

    def iban(self, cc, bban):
        n = iban_num(cc + "00" + bban)
        chk = 98 - n % 97
        s = cc + "%02d" % chk + bban
        assert iban_ok(s)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def vin(self, wmi, vds, year, plant):
        serial = self.digits(6, string.digits)
        v = wmi + vds + "0" + year + plant + serial
        v = v[:8] + vin_check(v) + v[9:]
        assert vin_ok(v)
        return v

    def nhs(self):
        while True:
            d = self.r.choice("456") + self.digits(8, string.digits)
            t = 11 - sum(int(c) * w for c, w in zip(d, range(10, 1, -1))) % 11
            t = 0 if t == 11 else t
            if t != 10:
                d += str(t)
                return "%s %s %s" % (d[:3], d[3:6], d[6:])

    def ssn(self, sep="-"):
        while True:
            a = "%03d" % self.r.randint(1, 899)
            g = "%02d" % self.r.randint(1, 99)
            n = "%04d" % self.r.randint(1, 9999)
            s = sep.join((a, g, n))
            if ssn_ok(s):
                return s

    def itin(self):
        return "9%02d-%02d-%04d" % (self.r.randint(0, 99), self.r.randint(70, 88), self.r.randint(1, 9999))

    def mbi(self, dashes=False):
        s = "".join(self.r.choice(c) for c in MBI_PATTERN)
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s

    def aws_key(self):
        return "AKIA" + self.chars(16, string.ascii_uppercase + "234567")

    def aws_secret(self):
        return self.chars(40, string.ascii_letters + string.digits + "/+")

    def ghp(self):
        body = self.chars(30, B62)
        return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def openai(self):
        return "sk-proj-" + self.chars(74, B64U) + "T3BlbkFJ" + self.chars(74, B64U)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(93, B64U) + "AA"

    def slack(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.chars(24, string.ascii_letters + string.digits))

    def hexs(self, n):
        while True:
            s = self.chars(n, "0123456789abcdef")
            if len(set(s)) >= min(12, n - 2) and not re.search(r"\d{8}", s):
                return s

    def b62s(self, n):
        while True:
            s = self.chars(n, B62)
            if len(set(s)) >= min(12, n - 2) and not re.search(r"\d{6}", s):
                return s

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ec_key(self, indent=""):
        d = self.r.randrange(1, EC_N)
        return d, pem_wrap(sec1_der(d), "EC PRIVATE KEY", indent)

    def jwt_es256(self, d, header, payload):
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        sig = ecdsa_sign(d, (h + "." + p).encode(), self.r.randrange(1, EC_N))
        return h + "." + p + "." + b64u(sig)

    def jwt_hs256(self, key, header, payload):
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        return h + "." + p + "." + b64u(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())

    def btc(self):
        prog = [self.r.randrange(256) for _ in range(20)]
        return bech32_encode("bc", [0] + convertbits(prog, 8, 5))

    def mac(self, sep=":", upper=True):
        last = "%02x" % self.r.randrange(256)
        s = sep.join(["00", "00", "5e", "00", "53", last])
        return s.upper() if upper else s

    def ip(self, net):
        return self._fresh(lambda: "%s.%d" % (net, self.r.randint(2, 250)))


# ---------------------------------------------------------------------------------------------
# template rendering


KEY_RE = re.compile(r"«([A-Za-z_][A-Za-z0-9_]*)»")


def render(template, values):
    s = template
    for _ in range(6):
        s2 = KEY_RE.sub(lambda m: str(values[m.group(1)]), s)
        if s2 == s:
            break
        s = s2
    assert not KEY_RE.search(s), "unresolved key"
    out = []
    pos = 0
    spans = []
    stack = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "⟦":
            j = s.index("|", i)
            header = s[i + 1:j]
            if "⟦" in header or "⟧" in header or not header:
                raise ValueError("bad label header %r" % header)
            stack.append((pos, header))
            i = j + 1
            continue
        if c == "⟧":
            if not stack:
                raise ValueError("unbalanced ⟧")
            start, header = stack.pop()
            spans.append(make_span(header, start, pos, "".join(out)[start:pos]))
            i += 1
            continue
        out.append(c)
        pos += 1
        i += 1
    if stack:
        raise ValueError("unclosed ⟦")
    spans.sort(key=lambda sp: (sp["start"], -sp["end"]))
    return "".join(out), spans


def make_span(header, start, end, text):
    if header.startswith("!"):
        return {"kind": "neg", "why": header[1:], "start": start, "end": end, "text": text}
    if header.startswith("?"):
        return {"kind": "amb", "why": header[1:], "start": start, "end": end, "text": text}
    cls = ALIASES.get(header, header)
    if cls not in CLASSES:
        raise ValueError("unknown class %r" % header)
    return {"kind": "gold", "cls": cls, "start": start, "end": end, "text": text}


# ---------------------------------------------------------------------------------------------
# checker


def is_word(c):
    return c.isalnum() or c == "_"


def left_ok(t, i):
    if i == 0 or not is_word(t[i - 1]):
        return True
    if i >= 2 and t[i - 2] == "\\" and t[i - 1] in "ntr":
        return True
    if i >= 3 and t[i - 3] == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", t[i - 2:i]):
        return True
    return False


def right_ok(t, j):
    return j == len(t) or not is_word(t[j])


def occurrences(text, sub):
    res = []
    i = text.find(sub)
    while i != -1:
        res.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return res


def covering(spans, a, b):
    return [s for s in spans if s["start"] <= a and b <= s["end"]]


PHONE_WHY = re.compile(r"phone|fax|line|caller|callback|tel|number of the|switchboard|sender|recipient|gateway number|sms number", re.I)
PHONE_RES = [
    re.compile(r"(?<![\d])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)"),
    re.compile(r"(?<!\d)1?\d{10}(?!\d)"),
    re.compile(r"(?<!\d)\d(?: \d){9}(?!\d)"),
    re.compile(r"(?<![\d])\(\s\d{3}\s\)\s?\d{3}[ .-]\d{4}(?!\d)"),
]
UK_MOBILE_RE = re.compile(r"(?<!\d)(?:\+44 ?7|07)\d{3} ?\d{6}(?!\d)")
SSN_SHAPE_RE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
CARD_SHAPE_RE = re.compile(r"(?<![\d-])(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1?\d{1,3})?|3[47]\d{2}([ -])\d{6}\2\d{5})(?![\d-])")
DOTTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+){3,}")
IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])")
SECRET_RES = [
    re.compile(r"AKIA[A-Z2-7]{4,}"), re.compile(r"ghp_\w+"), re.compile(r"github_pat_\w+"),
    re.compile(r"sk-proj-[\w-]+"), re.compile(r"sk-ant-[\w-]+"), re.compile(r"xox[abprs]-[\w-]+"),
    re.compile(r"-----BEGIN"), re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]*"),
]

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "dezember"]
WD_EN = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_DE = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
WD_DE_ABBR = ["mo", "di", "mi", "do", "fr", "sa", "so"]

EN_WD = r"(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
EN_MON = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
EN_DATE = (r"(?:" + EN_MON + r"\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})"
           r"|(\d{1,2}) " + EN_MON + r"\.? (\d{4})"
           r"|(\d{1,2})/(\d{1,2})/(\d{4})"
           r"|(\d{4})-(\d{2})-(\d{2}))")


def _mon(name, table):
    name = name.lower().rstrip(".")
    for i, m in enumerate(table):
        if m.startswith(name[:3]) and (len(name) <= len(m)):
            return i + 1
    raise ValueError(name)


def _en_date(g):
    if g[0]:
        return datetime.date(int(g[2]), _mon(g[0], MONTHS_EN), int(g[1]))
    if g[3]:
        return datetime.date(int(g[5]), _mon(g[4], MONTHS_EN), int(g[3]))
    if g[6]:
        return datetime.date(int(g[8]), int(g[6]), int(g[7]))
    return datetime.date(int(g[9]), int(g[10]), int(g[11]))


def weekday_errors(text):
    errs = []
    before = re.compile(r"(?<![A-Za-z])" + EN_WD + r"\.?,?\s+(?:the\s+)?" + EN_DATE, re.I)
    after = re.compile(EN_DATE + r"\s*\(" + EN_WD + r"\.?\)", re.I)
    for m in before.finditer(text):
        wd = m.group(1).lower()[:3]
        try:
            d = _en_date(m.groups()[1:])
        except ValueError:
            errs.append("unparseable date after weekday: %r" % m.group(0))
            continue
        if WD_EN[d.weekday()] != wd:
            errs.append("wrong weekday: %r" % m.group(0))
    for m in after.finditer(text):
        wd = m.groups()[-1].lower()[:3]
        try:
            d = _en_date(m.groups()[:-1])
        except ValueError:
            errs.append("unparseable date before weekday: %r" % m.group(0))
            continue
        if WD_EN[d.weekday()] != wd:
            errs.append("wrong weekday: %r" % m.group(0))
    fr = re.compile(r"(?<![A-Za-zÀ-ÿ])(" + "|".join(WD_FR) + r"),?\s+(\d{1,2}|1er)\s+(" + "|".join(MONTHS_FR) + r")\s+(\d{4})", re.I)
    for m in fr.finditer(text):
        day = 1 if m.group(2) == "1er" else int(m.group(2))
        d = datetime.date(int(m.group(4)), MONTHS_FR.index(m.group(3).lower()) + 1, day)
        if WD_FR[d.weekday()] != m.group(1).lower():
            errs.append("wrong French weekday: %r" % m.group(0))
    de = re.compile(r"(?<![A-Za-zÄÖÜäöüß])(" + "|".join(WD_DE) + r"|Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+(\d{1,2})\.\s?(?:(\d{1,2})\.|(" + "|".join(MONTHS_DE) + r")\s)\s?(\d{4})", re.I)
    for m in de.finditer(text):
        mon = int(m.group(3)) if m.group(3) else MONTHS_DE.index(m.group(4).lower()) + 1
        d = datetime.date(int(m.group(5)), mon, int(m.group(2)))
        w = m.group(1).lower()
        ok = WD_DE[d.weekday()] == w or WD_DE_ABBR[d.weekday()] == w
        if not ok:
            errs.append("wrong German weekday: %r" % m.group(0))
    return errs


def value_errors(cls, v, text, spans):
    """Checksum/shape verification of one gold value, from the final text."""
    if cls == "fin.credit_card":
        return [] if card_ok(v) else ["card fails Luhn/prefix/length: %r" % v]
    if cls == "phi.npi":
        return [] if npi_ok(v) else ["NPI fails Luhn over 80840: %r" % v]
    if cls == "phi.dea":
        return [] if dea_ok(v) else ["DEA check digit/registrant: %r" % v]
    if cls == "fin.aba_routing":
        return [] if aba_ok(v) else ["ABA checksum/prefix: %r" % v]
    if cls == "fin.iban":
        return [] if iban_ok(v) else ["IBAN mod 97/length: %r" % v]
    if cls == "id.vin":
        return [] if vin_ok(v) else ["VIN check digit: %r" % v]
    if cls == "id.uk_nhs":
        return [] if nhs_ok(v) and v.replace(" ", "")[0] in "456" else ["NHS mod 11: %r" % v]
    if cls == "pii.ssn":
        return [] if ssn_ok(v) else ["invalid SSN: %r" % v]
    if cls == "pii.itin":
        return [] if itin_ok(v) else ["invalid ITIN: %r" % v]
    if cls == "phi.mbi":
        return [] if mbi_ok(v) else ["invalid MBI: %r" % v]
    if cls == "phi.icd10":
        return [] if ICD_RE.fullmatch(v) else ["invalid ICD-10 shape: %r" % v]
    if cls == "secret.github_token":
        return [] if ghp_ok(v) else ["GitHub token CRC32: %r" % v]
    if cls in SECRET_SHAPES:
        return [] if re.fullmatch(SECRET_SHAPES[cls], v) else ["bad %s shape: %r" % (cls, v)]
    if cls == "secret.private_key":
        try:
            pem_parse(v)
            return []
        except (ValueError, IndexError, base64.binascii.Error) as e:
            return ["bad PEM: %s" % e]
    if cls == "secret.jwt":
        pems = [s["text"] for s in spans if s["kind"] == "gold" and s["cls"] == "secret.private_key"]
        keys = [s["text"] for s in spans if s["kind"] == "gold" and s["cls"] == "secret.generic_api_key"]
        return [] if jwt_ok(v, pems, keys) else ["JWT signature does not verify: %r" % v[:40]]
    if cls == "secret.generic_api_key":
        return [] if len(set(v)) >= 12 and len(v) >= 20 else ["weak generic key: %r" % v]
    if cls == "fin.crypto_wallet":
        return [] if wallet_ok(v) else ["bech32 checksum: %r" % v]
    if cls == "pii.us_driver_license":
        return [] if re.fullmatch(r"[A-Z]\d{3}-\d{4}-\d{4}(-\d{2})?", v) else ["bad licence shape: %r" % v]
    if cls == "pii.us_passport":
        return [] if re.fullmatch(r"[A-Z]\d{8}|\d{9}", v) else ["bad passport shape: %r" % v]
    if cls == "pii.zip_code":
        return [] if re.fullmatch(r"\d{5}(-\d{4})?", v) else ["bad ZIP: %r" % v]
    if cls == "pii.age_over_89":
        m = re.match(r"\d+", v)
        return [] if m and int(m.group()) > 89 else ["age not over 89: %r" % v]
    if cls == "pii.ip_address":
        return [] if ip_allowed(v, allow_private=False) else ["IP outside documentation ranges: %r" % v]
    if cls == "pii.mac_address":
        return [] if mac_ok(v) else ["MAC outside documentation block: %r" % v]
    if cls == "pii.email":
        return [] if email_ok(v) else ["e-mail outside example domains: %r" % v]
    if cls == "fin.bank_account":
        return [] if re.fullmatch(r"\d{6,17}", v) else ["bad account: %r" % v]
    if cls == "pii.phone":
        d = re.sub(r"\D", "", v)
        if d.startswith("447700900") or d.startswith("07700900"):
            return []
        d = d[-10:]
        return [] if len(d) == 10 and d[3:8] == "55501" else ["phone outside 555-01xx: %r" % v]
    return []


def check(doc, text, spans):
    errs = []
    nbytes = len(text.encode("utf-8"))
    if not MIN_BYTES <= nbytes <= MAX_BYTES:
        errs.append("%s: size %d bytes outside %d-%d" % (doc, nbytes, MIN_BYTES, MAX_BYTES))
    gold = [s for s in spans if s["kind"] == "gold"]
    other = [s for s in spans if s["kind"] != "gold"]
    if doc == "doc12.txt" and gold:
        errs.append("doc12 must have no gold")
    for s in spans:
        if text[s["start"]:s["end"]] != s["text"] or not s["text"].strip() or s["text"] != s["text"].strip():
            errs.append("bad span text %r" % s["text"])
    # one label per text
    seen = {}
    for s in spans:
        key = s["cls"] if s["kind"] == "gold" else s["kind"]
        seen.setdefault(s["text"], set()).add(key)
    for t, ks in seen.items():
        if len(ks) > 1:
            errs.append("text %r carries %s" % (t, sorted(ks)))
    # gold spans on token boundaries
    for s in gold:
        if not left_ok(text, s["start"]) or not right_ok(text, s["end"]):
            errs.append("gold %r not on token boundaries" % s["text"])
    # every occurrence of a gold text is labelled or inside a labelled gold span
    for t in sorted({s["text"] for s in gold}):
        for a, b in occurrences(text, t):
            if not covering(gold, a, b):
                errs.append("unlabelled occurrence of gold %r at %d" % (t, a))
    # no occurrence of a negative/ambiguous text overlaps gold
    for t in sorted({s["text"] for s in other}):
        for a, b in occurrences(text, t):
            for g in gold:
                if a < g["end"] and g["start"] < b:
                    errs.append("negative/ambiguous %r overlaps gold %r" % (t, g["text"]))
                    break
    # e-mails
    for m in EMAIL_RE.finditer(text):
        if not email_ok(m.group()):
            errs.append("e-mail outside example domains: %r" % m.group())
        if not covering(spans, m.start(), m.end()):
            errs.append("unlabelled e-mail %r" % m.group())
    # SSN-shaped
    for m in SSN_SHAPE_RE.finditer(text):
        if not covering(spans, m.start(), m.end()):
            errs.append("unlabelled SSN-shaped %r" % m.group())
    # Luhn-valid card-shaped
    for m in CARD_SHAPE_RE.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group())) and not covering(spans, m.start(), m.end()):
            errs.append("unlabelled Luhn-valid card-shaped %r" % m.group())
    # phones
    done = set()
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            if (m.start(), m.end()) in done:
                continue
            done.add((m.start(), m.end()))
            cov = covering(spans, m.start(), m.end())
            if not cov:
                errs.append("unlabelled phone-shaped %r" % m.group())
                continue
            exempt = any((s["kind"] == "gold" and s["cls"] != "pii.phone")
                         or (s["kind"] != "gold" and not PHONE_WHY.search(s["why"])) for s in cov)
            d = re.sub(r"\D", "", m.group())[-10:]
            if not exempt and d[3:8] != "55501":
                errs.append("phone outside 555-01xx: %r" % m.group())
    for m in UK_MOBILE_RE.finditer(text):
        if not re.fullmatch(r"07700 ?900\d{3}|\+44 ?7700 ?900\d{3}", m.group()):
            errs.append("UK mobile outside 07700 900xxx: %r" % m.group())
        if not covering(spans, m.start(), m.end()):
            errs.append("unlabelled UK mobile %r" % m.group())
    # dotted quads and longer dotted runs
    for m in DOTTED_RE.finditer(text):
        v = m.group()
        if v.count(".") == 3 and ip_allowed(v):
            continue
        if not [s for s in covering(spans, m.start(), m.end()) if s["kind"] != "gold"]:
            errs.append("dotted run %r is not a documentation/private IP and not labelled" % v)
    for m in IPV6_RE.finditer(text):
        v = m.group()
        if "::" not in v and v.count(":") < 5:
            continue
        if MAC_RE.fullmatch(v):
            continue
        if ip_allowed(v):
            continue
        if not [s for s in covering(spans, m.start(), m.end()) if s["kind"] != "gold"]:
            errs.append("IPv6-shaped %r outside documentation/private ranges" % v)
    for m in MAC_RE.finditer(text):
        if not mac_ok(m.group()):
            errs.append("MAC outside documentation block: %r" % m.group())
    # secret shapes inside gold
    for rx in SECRET_RES:
        for m in rx.finditer(text):
            if not covering(gold, m.start(), m.end()):
                errs.append("secret-shaped string outside gold: %r" % m.group()[:30])
    errs += weekday_errors(text)
    for s in gold:
        errs += value_errors(s["cls"], s["text"], text, gold)
    return errs


# ---------------------------------------------------------------------------------------------
# self-test: the checker must reject every one of these


FILL = ("\n" + "The interface team met on the usual day and reviewed the queue; nothing else "
        "of note was recorded in this paragraph, which only pads the test document. ") * 16


def selftest():
    g = Gen(SEED + 999)
    good_card = g.card("4", 16)
    bad_card = good_card[:-1] + str((int(good_card[-1]) + 1) % 10)
    npi = g.npi()
    bad_npi = npi[:-1] + str((int(npi[-1]) + 3) % 10)
    d, pem = g.ec_key()
    d2, pem2 = g.ec_key()
    jwt = g.jwt_es256(d, {"alg": "ES256", "typ": "JWT"}, {"sub": "x", "exp": 1})
    bad_jwt = jwt[:-3] + ("AAA" if not jwt.endswith("AAA") else "BBB")
    # a PEM whose embedded public point is another key's
    der = bytearray(sec1_der(d))
    der[-64:] = sec1_der(d2)[-64:]
    bad_pem = pem_wrap(bytes(der), "EC PRIVATE KEY")
    hs_key = g.hexs(64)
    hs_jwt = g.jwt_hs256(bytes.fromhex(hs_key), {"alg": "HS256", "typ": "JWT"}, {"sub": "y"})
    ghp = g.ghp()
    bad_ghp = ghp[:-1] + ("A" if ghp[-1] != "A" else "B")
    iban = g.iban("IE", "KNGB93115212345678")
    bad_iban = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    vin = g.vin("1HG", "CV1F3", "L", "A")
    nhs = g.nhs()
    bad_nhs = nhs[:-1] + str((int(nhs[-1]) + 1) % 10)
    assert nhs_ok(nhs) and not nhs_ok(bad_nhs)
    assert npi_ok(npi) and card_ok(good_card) and ghp_ok(ghp) and iban_ok(iban) and vin_ok(vin)
    assert wallet_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4") and dea_ok("BV1234563")
    assert aba_ok("075911603") and not aba_ok("075911604") and not dea_ok("BV1234564")
    bad_vin = vin[:8] + ("X" if vin[8] != "X" else "0") + vin[9:]
    good_ok = {
        "base": ("⟦name|Ida Quell⟧ was seen on ⟦date|Monday, November 3, 2025⟧ (⟦phone|(414) 555-0142⟧).", True),
        "pct-boundary": ("From=%2B⟦phone|14145550142⟧&Body=I%20am%20⟦name|Dorcas⟧%2C%20thanks", True),
        "fr-weekday": ("Revoir le ⟦date|jeudi 15 janvier 2026⟧ à 9 h.", True),
        "es256": ("⟦pem|" + pem + "⟧\nassertion=⟦jwt|" + jwt + "⟧", True),
        "hs256": ("key=⟦apikey|" + hs_key + "⟧ token=⟦jwt|" + hs_jwt + "⟧", True),
        "bip173": ("wallet ⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧", True),
        "nested": ("⟦url|https://t.example.org/j/⟦mrn|4417702⟧⟧ for ⟦name|Ida Quell⟧", True),
    }
    broken = {
        "unlabelled repeat of a gold name": "⟦name|Ida Quell⟧ called; Ida Quell again.",
        "Luhn-invalid card": "card ⟦card|" + bad_card + "⟧",
        "unlabelled Luhn-valid card": "card " + good_card,
        "wrong weekday (full)": "seen ⟦date|Tuesday, November 3, 2025⟧",
        "wrong weekday (abbreviated)": "seen ⟦date|Wed 11/03/2025⟧",
        "wrong weekday (brackets)": "seen ⟦date|2025-11-03⟧ (Fri)",
        "wrong weekday (French)": "le ⟦date|mercredi 15 janvier 2026⟧",
        "wrong weekday (German)": "am ⟦date|Dienstag, 03.11.2025⟧",
        "unlabelled e-mail": "write to ida.quell@example.com",
        "gmail address": "write to ⟦email|ida.quell@gmail.com⟧",
        "phone outside 555-01xx": "call ⟦phone|(414) 555-0942⟧",
        "unlabelled phone": "call (414) 555-0142",
        "unlabelled percent-encoded E.164 phone": "From=%2B14145550142&Body=C",
        "bare AWS key": "key " + g.aws_key(),
        "span inside a word": "Mr ⟦name|Quell⟧ed the noise",
        "gold and negative": "⟦name|Ida Quell⟧ and ⟦!pet name|Ida Quell⟧",
        "negative overlapping gold": "⟦date|11/03/2025⟧ and ⟦!year|2025⟧",
        "two classes": "⟦name|Quell⟧ and ⟦addr|Quell⟧",
        "public IP": "from ⟦ip|8.8.8.8⟧",
        "non-documentation MAC": "device ⟦mac|3C:22:FB:10:AA:01⟧",
        "NPI failing Luhn": "NPI ⟦npi|" + bad_npi + "⟧",
        "unlabelled SSN": "SSN 512-48-3307",
        "JWT with bad signature": "⟦pem|" + pem + "⟧\n⟦jwt|" + bad_jwt + "⟧",
        "PEM public point mismatch": "⟦pem|" + bad_pem + "⟧",
        "age 89 as gold": "aged ⟦age|89-year-old⟧",
        "unlabelled dotted quad": "version 4.10.0.300 installed",
        "GitHub token with bad CRC": "⟦ghp|" + bad_ghp + "⟧",
        "IBAN failing mod 97": "⟦iban|" + bad_iban + "⟧",
        "VIN with bad check digit": "⟦vin|" + bad_vin + "⟧",
        "DEA with bad check digit": "⟦dea|BV1234564⟧",
        "ABA failing checksum": "⟦aba|075911604⟧",
        "bech32 with bad checksum": "⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5⟧",
        "NHS failing mod 11": "⟦nhs|" + bad_nhs + "⟧",
        "SSN with area 666": "⟦ssn|666-12-3456⟧",
        "MBI with a forbidden letter": "⟦mbi|1SG4TE5MK73⟧",
        "UK mobile outside 07700 900xxx": "⟦phone|07712 345678⟧",
    }
    for name, (tmpl, _) in good_ok.items():
        text, spans = render(tmpl + FILL, {})
        errs = check("doc1.txt", text, spans)
        assert not errs, "self-test: good input %r rejected: %s" % (name, errs)
    for name, tmpl in broken.items():
        text, spans = render(tmpl + FILL, {})
        errs = check("doc1.txt", text, spans)
        assert errs, "self-test: broken input %r was accepted" % name
    text, spans = render("⟦name|Ida Quell⟧ tiny", {})
    assert check("doc1.txt", text, spans), "self-test: tiny document accepted"
    text, spans = render("⟦name|Ida Quell⟧" + FILL, {})
    assert check("doc12.txt", text, spans), "self-test: gold in doc12 accepted"
    return len(broken) + 2


# ---------------------------------------------------------------------------------------------
# build


def build():
    outputs = {}
    gold_lines, neg_lines, amb_lines = [], [], []
    stats = {"per_doc": {}, "classes": {}, "gold_values": 0, "gold_occ": 0}
    for n in range(1, N_DOCS + 1):
        doc = "doc%d.txt" % n
        mod = importlib.import_module("docs_%d" % n)
        tmpl, values = mod.make(Gen(SEED * 100 + n))
        text, spans = render(tmpl, values)
        errs = check(doc, text, spans)
        if hasattr(mod, "extra_check"):
            errs += mod.extra_check(text, spans)
        if errs:
            raise AssertionError("%s:\n  " % doc + "\n  ".join(errs))
        outputs[doc] = text.encode("utf-8")
        gold = [s for s in spans if s["kind"] == "gold"]
        ng, nn, na = 0, 0, 0
        seen = set()
        for s in sorted(spans, key=lambda s: s["start"]):
            if s["text"] in seen:
                continue
            seen.add(s["text"])
            if s["kind"] == "gold":
                gold_lines.append({"doc": doc, "class": s["cls"], "text": s["text"]})
                occ = sum(1 for x in gold if x["text"] == s["text"])
                c = stats["classes"].setdefault(s["cls"], [0, 0])
                c[0] += 1
                c[1] += occ
                stats["gold_occ"] += occ
                ng += 1
            elif s["kind"] == "neg":
                neg_lines.append({"doc": doc, "text": s["text"], "why": s["why"]})
                nn += 1
            else:
                amb_lines.append({"doc": doc, "text": s["text"], "why": s["why"]})
                na += 1
        stats["per_doc"][doc] = (ng, nn, na, len(outputs[doc]))
        stats["gold_values"] += ng

    def jl(lines):
        return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines).encode("utf-8")

    outputs["gold.jsonl"] = jl(gold_lines)
    outputs["negatives.jsonl"] = jl(neg_lines)
    outputs["ambiguous.jsonl"] = jl(amb_lines)
    stats["neg"] = len(neg_lines)
    stats["amb"] = len(amb_lines)
    outputs["README.md"] = readme(stats).encode("utf-8")
    return outputs, stats


README_TEXT = r"""# Mixed documents, set H

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only set G's README,
whose conventions are kept, and the list of data classes).

`python3 make.py` (standard library only, fixed seed {SEED}, output is deterministic: make.py
runs a self-test of its checker against deliberately broken inputs, builds everything twice and
asserts the two builds are identical) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |
| `gold.jsonl` | `{"doc","class","text"}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{"doc","text","why"}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{"doc","text","why"}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). The templates live in `docs_1.py` …
`docs_12.py` (one module per document, imported by make.py; each defines `make(g) -> (template,
values)`, and doc3 and doc10 also an `extra_check`) and carry the labels inline (`⟦class|text⟧`
gold, `⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous, `«key»` for generated values; labels may
nest). A `«key»` is an identifier in guillemets; French quotation marks in doc7 carry no-break
spaces inside and are never read as keys. Short aliases (`name`, `date`, `addr`, `zip`, `icd`, …)
map to the class names listed in `ALIASES` in make.py.

Every document is written as it would be pasted into a chat prompt, with a short question or
instruction around it.

Genres (none used by the earlier sets):

1. faxed cardiology referral as OCR output: two pages, each with the fax banner (timestamp, sender
   fax, recipient fax, page n/2), the repeated patient header on page 2 and the repeated
   confidentiality footer; l/1 and O/0 swaps and line-end hyphenation in ordinary words only;
   Medicare MBI and a Medigap member ID; patient aged 90
2. e-mail thread between a hospital privacy officer and outside counsel about an analyst's public
   GitHub repository holding a patient extract: newest message first, inline-quoted replies (`> `
   and `> > `), a forwarded security write-up quoting the leaked OpenAI key and GitHub token,
   signature blocks, the privilege line at each level
3. FHIR R4 transaction Bundle (Patient with identifier/name/telecom/address/birthDate, Coverage,
   Encounter, Practitioner with NPI) plus the source HL7 v2 PID segment, asking why the SSN lands in
   `Coverage.subscriberId`; an Anthropic key in the validator call
4. police crash-report narrative (Wisconsin MV4000 style) and a personal-injury firm's intake summary
   of it: drivers, a passenger aged 91, witnesses, WI and IL driver's licences, plates, VINs,
   policy and claim numbers, badge numbers, deliberate discrepancies (time, a misspelt surname, a
   transposed plate)
5. database debugging question: a pg_dump `INSERT`, a psql aligned result with `(3 rows)`, a psql
   expanded record (`-[ RECORD 1 ]-`), and the restore job's env file with an AWS key; an ITIN in
   the `ssn` column and a monitoring device's MAC
6. SMS reminder gateway: YAML config (Twilio-style auth token, Slack bot token, an EC private key for
   SMART backend-services auth) and a webhook log with URL-encoded form bodies, E.164 numbers,
   message SIDs, a replayed webhook, an ES256 client-assertion JWT and patients' free-text replies
   with names and dates of birth
7. French-language (Québec) rheumatology consultation letter: French and ISO dates, Canadian postal
   codes, `514`/`438` numbers, names with particles and `Saint-`, honorifics `M.`, `Mme`, `Dr`,
   `Dre`, a RAMQ number, decimal commas
8. psychotherapist's DAP progress notes over three sessions: lower-case names in client quotes, an
   ex-partner, a safety plan with family contacts, a UK NHS number from earlier care, a
   grandmother aged 94
9. parenting-plan draft in a Wisconsin divorce: two parents, three children's birth dates in three
   formats, schools, exchange locations (one a Wisconsin grid address), holiday schedule with
   family-specific dates and generic public holidays, children's passports, relocation to Dublin,
   child-support routing and account, the father's Irish IBAN and bitcoin wallet
10. veterinary record for a dog: the owner's name, address, phones, e-mail and a phoned-in card; the
    dog's name, breed, microchip, rabies tag and dates; the veterinarian's name and DEA number
11. CMS-1500 claim as a clearinghouse renders it in fixed-width text: box 1a MBI (with dashes), box 2
    `LAST, FIRST, MI`, box 3 `MM DD YY`, box 5, box 9a Medigap member ID, box 21 ICD-10, box 24
    service lines with CPT/HCPCS and 24J NPI, box 25 EIN, boxes 32/33 facility and billing provider
12. hard negative, no gold: hospital IT runbook for an interface-engine upgrade (hostnames, RFC 1918
    IPs, ports, versions, a SHA-256, config with `<PLACEHOLDER>` secrets, ticket numbers, change
    window, an HL7 test message with a placeholder patient, on-call rotation by team name only)

## Scoring conventions

Same as set G (and so sets F, E, D and C): every occurrence of a gold text counts; a gold span is only
the value; names in every written form; street line plus same-line unit; ZIP separate, foreign
postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct
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
escapes (`\n`, `\t`, `\r`) in front of a span are token boundaries; ISO and basic-format date-times
joined by `T` are one span; infrastructure IPs (servers, nodes) ambiguous; passwords ambiguous.

`make.py` asserts (as for set G): every gold/negative/ambiguous text occurs verbatim in its
document; every gold occurrence sits on token boundaries; every occurrence of a gold text (plain
substring search, case-sensitive) is either labelled or inside another labelled gold span; no text
carries two classes or is both gold and negative/ambiguous; no occurrence of a negative or
ambiguous text overlaps a gold span; every e-mail-shaped string uses `example.com/.net/.org` and is
labelled; every SSN-shaped string (dashes or spaces) and every Luhn-valid card-shaped number
(13–19 digits run together, or grouped 4-4-4-4) is labelled; every US phone-shaped string
(including ten or eleven digits run together, as after `%2B`, and ten single digits separated by
spaces) is labelled and in 555-01xx unless it is labelled gold as something else (an NPI, the NHS
number, a bank account) or is a labelled negative/ambiguous that is not a phone number (the claim's
patient account number); UK mobiles are `07700 900xxx`; every dotted quad (and longer dotted run:
OIDs, four-part versions) is a documentation/private address or a labelled negative/ambiguous; every
MAC is in the documentation block; every secret-shaped string (`AKIA`, `ghp_`, `github_pat_`,
`sk-proj-`, `sk-ant-`, `xox?-`, `-----BEGIN`, `eyJ…`) lies inside a gold span; a weekday written next
to a full date (English, German or French, before the date or in brackets after it) is the right
weekday; each document is 1.5–4 KB (1536–4000 bytes); doc12 has no gold; every checksum-bearing gold
value is re-verified from the final text (see below). Before building, make.py feeds its checker
some three dozen deliberately broken inputs (an unlabelled repeat of a gold name, a Luhn-invalid
card, an unlabelled Luhn-valid card, wrong weekdays in English (full, abbreviated, in brackets),
French and German, an unlabelled e-mail, a gmail address, a phone outside 555-01xx, an unlabelled
phone, an unlabelled percent-encoded E.164 phone, a bare AWS key, a span inside a word, a text that
is gold and negative, a negative overlapping gold, a text with two classes, a public IP, a
non-documentation MAC, an NPI failing Luhn, an unlabelled SSN, a JWT with a bad signature, a PEM
whose public point does not match, an age of 89 as gold, an unlabelled dotted run, a GitHub token
with a bad CRC, an IBAN failing mod 97, a VIN, DEA, ABA, bech32 and NHS number with a bad check, an
SSN in area 666, an MBI with a forbidden letter, a UK mobile outside `07700 900xxx`, a tiny
document, gold in doc12) and stops if any is accepted; it also checks that a handful of good inputs
(percent-escape boundaries, a French weekday, an ES256 and an HS256 JWT, the BIP 173 test vector, a
URL with a nested MRN) are accepted.

New or made explicit in set H:

* **Percent-escapes and form encoding** (doc6). The checker treats a URL percent-escape (`%2B`,
  `%20`, `%2C`) in front of a span as a token boundary, as set G did for backslash escapes. In a
  form-encoded body `+` and `%20` are spaces: a multi-word name is one span with its encoded
  separators (`Wilhelmina+Achebe-Stroud`), a date `2%2F9%2F1948` is one span with its encoded
  slashes, and an escape after a value (`%2C`, `.%20`) is outside it.
* **E.164 numbers** (doc6). The span is the digits after the plus sign, `14145550138`, whether the
  plus is written `+` or `%2B`; the sign stays outside the span in every form, so the encoded and
  plain forms are the same gold text.
* **OCR fax** (doc1). OCR noise (`referra1`, `C0NSULTATION`, `Mi1waukee`) and line-end hyphenation
  (`fibril-` / `lation`, `meto-` / `prolol`) occur only in unlabelled words, never in a gold value.
  The fax banner is on both pages and every value in it is labelled each time: its timestamp
  `NOV-03-2025 14:22` is log metadata (ambiguous), the sender and recipient fax numbers and the
  switchboard in the repeated footer are business data (ambiguous). The page-2 header repeats the
  patient's name, birth date and MRN (gold each time). `90 y` and `90-year-old` are ages; lab values,
  dosages, the CHA2DS2-VASc score and the lab order number are negatives.
* **E-mail thread** (doc2). The `> ` / `> > ` quote prefixes are outside every span; the privilege
  line is gold at every quoting level. Names are gold in headers, signatures, quoted text and as
  first names alone (`Desmond`, `Caleb`'s). `Sent:`, `On … wrote:` and forwarded `Date:` stamps are
  message metadata (ambiguous; their weekdays are checked). The repository's push date, the
  discovery date and the computed 60-day notification limit are about this incident (gold). The
  analyst's home IP is gold, a hosting provider's IP ambiguous; the analyst's personal GitHub
  repository URL is a person-identifying `pii.url`. Leaked keys are gold although revoked. The laptop
  asset tag and a phone extension are negatives; the regulation citation is negative.
* **FHIR and HL7 v2** (doc3). make.py parses the Bundle with `json.loads`. Each `family` and `given`
  string is its own name span (as set G's vCard `N:` components), as is each `^`-separated PID name
  component; HL7's `19610923` is a gold date. The organisation OID in the MRN identifier system is a
  negative (dotted run, not an IP); resource UUIDs are negatives (record IDs). An SSN stored in the
  wrong field (`subscriberId`) is still `pii.ssn`; the member ID is gold in `Coverage.identifier`
  (type `MB`) and in the question. `meta.lastUpdated` is ambiguous (log metadata);
  Encounter `period` date-times are gold whole values. The Practitioner's work telecom is business
  data (ambiguous).
* **Crash report** (doc4). Licence plates are ambiguous (a vehicle identifier with no class);
  insurers' policy and claim numbers, the report number and the citation number are ambiguous
  (case/claim rule); officer badges, the transit employee number and the bus number are negatives;
  the statute is negative. `91 YOA` ("years of age", police style) is an age span like `92 Y`. The
  intake's misspelling `Marcus Delacroix-Heywood` is a name. Wisconsin (`S###-####-####-##`) and
  Illinois (`D###-####-####`) licences are `pii.us_driver_license`. The crash location (an
  intersection) is unlabelled; the hospital named for a saint is a negative.
* **psql output** (doc5). Cell values are spans without quotes or padding. The dump's `1983-07-04`
  and the restored `1983-07-03` are both gold (both are the person's birth date as recorded). An
  ITIN stored in the `ssn` column is `pii.itin`; the remote-monitoring device's MAC is
  `pii.mac_address`. Row IDs are negatives; `created_at` values and the dump file name with its
  date are ambiguous (log metadata); the database host IP and password and the AWS secret key are
  ambiguous; the Postgres version is negative.
* **SMS gateway** (doc6). Message SIDs, the account SID, the idempotency token, the appointment ID
  and the `X-Twilio-Signature` value (a base64 HMAC digest of one request, not a credential) are
  negatives; the 32-hex auth token is `secret.generic_api_key`. The gateway's own number is business
  data and the webhook source IPs infrastructure (both ambiguous). The per-patient confirmation link
  is a person-identifying URL (gold). The JWT is an ES256 client assertion, verified by make.py
  against the public point of the EC private key in the same config; the PEM span inside the YAML
  block scalar runs from `-----BEGIN` to the final `-----` and includes the indentation of its inner
  lines. Log timestamps are ambiguous.
* **French letter** (doc7). Dates: `3 novembre 2025` (the preposition `le` outside), `14 février
  1956`, `mai 2025` (month-year about the person, gold), ISO `2025-11-03`, and `jeudi 15 janvier 2026`
  with its weekday inside the span (checked). Particles are inside the name span (`Jean-Baptiste de la
  Fontaine-Roy`, `de la Fontaine-Roy`, `Ghislaine Du Tremblay`); `Saint-` opening a surname
  (`Saint-Onge-Lavallée`) is part of a name, not a saint's-name negative; `M.`, `Mme`, `Dr`, `Dre` are
  outside. Canadian postal codes are ambiguous (foreign postcode rule), the patient's street line
  (`1187, rue Beaubien Est, app. 4`) gold. The RAMQ health-insurance number is ambiguous (a
  provincial identifier with no class); the clinic file number (`dossier`) is `phi.mrn`; the CMQ
  licence number is a negative, `69 ans` a negative (age under 90), `CRP 18,4 mg/L` a negative.
* **Therapy notes** (doc8). Lower-case names in client quotes are gold (`tyler`, `kezia`,
  `kezia`'s, and `oona` in `nana oona`, the kinship word outside). `94-year-old` and `94 yrs` are
  ages. Family contacts in the safety plan are gold; the practice line and the police non-emergency
  line are ambiguous (business); `988` is a negative (a national crisis line). CPT codes and PHQ-9
  and PCL-5 scores are negatives. The UK NHS number from earlier care (3-3-4) is `id.uk_nhs`.
  `released in August` (no day, no year) is unlabelled.
* **Parenting plan** (doc9). Dates tied to this family's schedule (first alternate weekend, 2026
  Thanksgiving, 2026 spring break, the move, support start, draft date) are case dates (gold, with
  weekdays checked). Public holidays given as generic calendar dates without a year (`December 24`,
  `December 25`, `July 4`, `January 1`) and the generic yearly deadline `April 1` are negatives (not
  about a person). Schools and the police-department lobby are business data (ambiguous). The
  Wisconsin grid address `N27W23953 Paul Rd` is a street line (gold). The Irish Eircode is ambiguous
  (foreign postcode), the Dublin street line gold. Children's passports in both US formats are
  `pii.us_passport`. The support amount, the statute and the bar number are negatives; the case
  number ambiguous. `(age 12)` etc. are unlabelled (under 90).
* **Veterinary record** (doc10). Everything about the animal is a negative: its name, its breed (an
  eponym), its microchip number (15 digits, generated to fail Luhn, checked by make.py), rabies tag,
  weight, vaccine lots and **every date in the animal's record** (its birth date, vaccinations, due
  dates, the visit), because none is about a person. The owner's and co-owner's names, address,
  phones, e-mail and full card are gold, and so is the date the owner phoned the card in. Card expiry
  ambiguous; the client number and the pet-insurance policy ambiguous (account-at-a-provider); the
  invoice number and amount negatives; the print stamp ambiguous. The veterinarian's name and DEA
  number are gold (make.py checks the DEA's second letter against her surname); the state
  veterinary licence is a negative.
* **CMS-1500** (doc11). `MM DD YY` dates with spaces (`09 21 34`, `10 07 25`) are gold date spans;
  `LAST, FIRST, MI` is one name span; the `DN` qualifier of box 17 is outside. The box 1a MBI is gold
  with its dashes (the dashes are why the claim was rejected); the box 9a Medigap ID is a member ID.
  The referring, rendering and type-2 facility NPIs are gold. CPT/HCPCS codes and the form version
  `(02/12)` are negatives; charges are unlabelled; the EIN and the patient account number are
  ambiguous; the facility and billing provider's address and phone are ambiguous (business).
* **Hard negative** (doc12). No gold. Server IPs (RFC 1918), the vendor line and the team mailbox are
  ambiguous; ticket, case and paging-service numbers, versions (including the dotted run
  `4.5.2.344`), ports, the installer SHA-256, `<PLACEHOLDER>` values, the HL7 test-message timestamp
  (14 digits), the placeholder test patient and its `19000101` birth date, the change-window dates
  (weekdays checked), the CAB date, the release date and the certificate expiry are negatives; the
  backup file name with its date is ambiguous, as in doc5.

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Cards: Luhn + real network prefix and length (Visa 4, 16 digits, grouped 4-4-4-4). NPI: Luhn over
`80840`+NPI, first digit 1. DEA: registrant letter `B` + the veterinarian's surname initial `V` + 6
digits + the DEA check digit. ABA: 3-7-1 weighted mod 10 with a thrift-institution prefix `2759`
(27 = Chicago district thrift, for a Wisconsin credit union). IBAN (IE): `BOFI` + sort code +
account, mod-97 = 1, length 22. VINs: position-9 check digit; Honda `5J6` WMI with model-year code
`K` (2019) and Ford `1FT` with `G` (2016). NHS: first digit 4–6, mod 11 (check 10 rejected),
written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, not a famous example (listed
in make.py). ITIN: area 9xx, group 70–88. MBI: 11 characters in the CMS character classes, written
plain (doc1) and `XXXX-XXX-XXXX` (doc11). Wisconsin driver's licence: surname initial + 13 digits as
`S###-####-####-##`; Illinois: surname initial + 11 digits as `D###-####-####`. US passports:
letter + 8 digits and 9 digits. Phones: US 555-01xx everywhere, Canadian `514`/`438` numbers too;
E.164 as `+1` + ten digits. GitHub classic token: `ghp_` + 30 base62 + 6-character base62 CRC32 of
the 30. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic: `sk-ant-api03-` + 93
base64url + `AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40 characters, ambiguous). Slack bot
token: `xoxb-` 12 digits-13 digits-24 alphanumerics. EC private key: random scalar on P-256, public
point computed, SEC1 DER, PEM-wrapped at 64 columns (checked: public point = scalar × G and on the
curve). JWT: real ES256 (ECDSA P-256 over SHA-256, `r‖s`), verified against that key's public point.
BTC: bech32 (BIP 173) P2WPKH, checksum verified (the BIP 173 test vector is in the self-test).
Generic API key: 32 random hex characters (at least 12 distinct). Negatives that look like
identifiers fail their checksums or shapes on purpose (the 15-digit microchip fails Luhn). E-mails:
`example.com/.net/.org` (and subdomains) only. IPs: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24
and RFC 1918. MACs: IANA documentation block `00:00:5E:00:53:xx`. Names, addresses, member IDs, MRNs
and every other number are invented.
"""


def readme(stats):
    rows = []
    missing = []
    for c in CLASSES:
        v = stats["classes"].get(c)
        if v:
            rows.append("| `%s` | %d | %d |" % (c, v[0], v[1]))
        else:
            missing.append("`%s`" % c)
    per_doc = ["| doc%d.txt | %d | %d | %d | %d |" % ((n,) + stats["per_doc"]["doc%d.txt" % n])
               for n in range(1, N_DOCS + 1)]
    counts = (
        "## Counts\n\n"
        "%d gold values (distinct per document), %d gold occurrences (labelled gold spans; a value\n"
        "that also sits inside a longer gold span, such as a surname inside a full name, is not counted\n"
        "again there), %d negatives, %d ambiguous.\n"
        "Classes with no gold value in this set: %s.\n\n"
        "| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n%s\n\n"
        "| class | gold values | occurrences |\n|---|---|---|\n%s\n"
        % (stats["gold_values"], stats["gold_occ"], stats["neg"], stats["amb"],
           ", ".join(missing) if missing else "none", "\n".join(per_doc), "\n".join(rows)))
    return README_TEXT.replace("{SEED}", str(SEED)) + "\n" + counts


def main():
    sys.path.insert(0, HERE)
    n = selftest()
    print("self-test: checker rejected all %d broken inputs" % n)
    first, stats = build()
    second, _ = build()
    assert first == second, "two builds differ"
    for name, data in first.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print("built twice, identical; wrote %d files" % len(first))
    for doc, (ng, nn, na, nb) in stats["per_doc"].items():
        print("  %-10s gold %3d  neg %3d  amb %3d  %5d bytes" % (doc, ng, nn, na, nb))
    print("gold values %d, occurrences %d, negatives %d, ambiguous %d"
          % (stats["gold_values"], stats["gold_occ"], stats["neg"], stats["amb"]))


if __name__ == "__main__":
    main()
