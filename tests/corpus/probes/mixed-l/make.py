#!/usr/bin/env python3
"""Build set L of the mixed probe documents (held-out test for the detector).

Standard library only, fixed seed, deterministic output.  The templates live in
docs_1.py ... docs_12.py; each defines make(g) -> (template, values), GENRE,
NOTES, DATE_ORDER, optionally LANG, HARD_NEGATIVE and extra_check(text, values).

Labels inside templates:  ⟦class|text⟧ gold, ⟦!why|text⟧ negative,
⟦?why|text⟧ ambiguous, «key» a generated value; labels may nest.

Run:  python3 make.py
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import hashlib
import hmac
import importlib.util
import ipaddress
import json
import os
import random
import re
import zlib

SEED = "20270601"
HERE = os.path.dirname(os.path.abspath(__file__))
N_DOCS = 12
HARD_NEGATIVE_DOC = 12
MIN_BYTES, MAX_BYTES = 1200, 2600

CLASSES = [
    "pii.person_name", "pii.ssn", "pii.itin", "pii.email", "pii.phone",
    "pii.street_address", "pii.zip_code", "pii.date", "pii.age_over_89",
    "pii.ip_address", "pii.url", "pii.mac_address", "pii.us_passport",
    "pii.us_driver_license", "phi.mrn", "phi.mbi", "phi.health_plan_id",
    "phi.npi", "phi.dea", "phi.icd10", "fin.credit_card", "fin.iban",
    "fin.aba_routing", "fin.bank_account", "fin.crypto_wallet", "id.vin",
    "id.uk_nhs", "secret.aws_access_key", "secret.github_token",
    "secret.openai_api_key", "secret.anthropic_api_key", "secret.slack_token",
    "secret.private_key", "secret.jwt", "secret.generic_api_key",
    "legal.privilege_marker",
]

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin",
    "email": "pii.email", "phone": "pii.phone", "addr": "pii.street_address",
    "zip": "pii.zip_code", "date": "pii.date", "age": "pii.age_over_89",
    "ip": "pii.ip_address", "url": "pii.url", "mac": "pii.mac_address",
    "passport": "pii.us_passport", "dl": "pii.us_driver_license",
    "mrn": "phi.mrn", "mbi": "phi.mbi", "plan": "phi.health_plan_id",
    "npi": "phi.npi", "dea": "phi.dea", "icd": "phi.icd10",
    "card": "fin.credit_card", "iban": "fin.iban", "aba": "fin.aba_routing",
    "acct": "fin.bank_account", "wallet": "fin.crypto_wallet", "vin": "id.vin",
    "nhs": "id.uk_nhs", "aws": "secret.aws_access_key",
    "ghp": "secret.github_token", "openai": "secret.openai_api_key",
    "anthropic": "secret.anthropic_api_key", "slack": "secret.slack_token",
    "pem": "secret.private_key", "jwt": "secret.jwt",
    "key": "secret.generic_api_key", "priv": "legal.privilege_marker",
}

FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "457-55-5462", "123-45-6789", "111-11-1111"}

# Characters that the checker treats as delimiters although str.isalnum() is
# true for þ: the Concordance DAT text qualifier.  ¶ is not alphanumeric anyway.
DELIMS = {"\u00fe", "\u00b6"}

# ---------------------------------------------------------------- checksums


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
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", dea):
        return False
    d = [int(c) for c in dea[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


ABA_PREFIXES = set(range(0, 13)) | set(range(21, 33)) | {61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 80}


def aba_ok(aba):
    if not re.fullmatch(r"\d{9}", aba):
        return False
    d = [int(c) for c in aba]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return s % 10 == 0 and int(aba[:2]) in ABA_PREFIXES


IBAN_LENGTHS = {"GB": 22, "DE": 22, "IE": 22, "PL": 28, "SE": 24, "NO": 15, "ES": 24, "PT": 25}


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(vin):
    total = 0
    for ch, w in zip(vin, VIN_WEIGHTS):
        total += (int(ch) if ch.isdigit() else VIN_MAP[ch]) * w
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_ok(vin):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin)) and vin[8] == vin_check_char(vin)


def nhs_ok(nhs):
    s = nhs.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(s[9])


def ssn_ok(ssn):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", ssn)
    if not m:
        return False
    a, g, s = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or s == "0000":
        return False
    return "%s-%s-%s" % (a, g, s) not in FAMOUS_SSNS


ITIN_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))


def itin_ok(itin):
    m = re.fullmatch(r"(9\d{2})[- ]?(\d{2})[- ]?(\d{4})", itin)
    return bool(m) and int(m.group(2)) in ITIN_GROUPS


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi_ok(mbi):
    s = mbi.replace("-", "")
    if len(s) != 11:
        return False
    if "-" in mbi and not re.fullmatch(r"\w{4}-\w{3}-\w{4}", mbi):
        return False
    classes = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    for ch, c in zip(s, classes):
        if c == "C" and ch not in "123456789":
            return False
        if c == "A" and ch not in MBI_ALPHA:
            return False
        if c == "AN" and ch not in MBI_ALPHA + "0123456789":
            return False
        if c == "N" and not ch.isdigit():
            return False
    return True


def gtin_ok(gtin):
    d = [int(c) for c in gtin]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    return (10 - s % 10) % 10 == d[-1]


def pesel_check(first10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(c) * x for c, x in zip(first10, w)) % 10) % 10


# bech32 (BIP 173)
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


def convertbits(data, frombits, tobits, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (tobits - bits)) & maxv)
    elif bits >= frombits or ((acc << (tobits - bits)) & maxv):
        return None
    return ret


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(B32[d] for d in data + chk)


def segwit_ok(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return False
    a = addr.lower()
    pos = a.rfind("1")
    hrp, rest = a[:pos], a[pos + 1:]
    if hrp != "bc" or len(rest) < 7 or any(c not in B32 for c in rest):
        return False
    data = [B32.index(c) for c in rest]
    if bech32_polymod(bech32_hrp_expand(hrp) + data) != 1:
        return False
    prog = convertbits(data[1:-6], 5, 8, False)
    return data[0] == 0 and prog is not None and len(prog) in (20, 32)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check_ok(addr):
    if not addr or any(c not in B58 for c in addr):
        return False
    n = 0
    for c in addr:
        n = n * 58 + B58.index(c)
    pad = len(addr) - len(addr.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    raw = b"\0" * pad + body
    if len(raw) != 25 or raw[0] not in (0, 5):
        return False
    return hashlib.sha256(hashlib.sha256(raw[:-4]).digest()).digest()[:4] == raw[-4:]


def wallet_ok(w):
    if w.lower().startswith("bc1"):
        return segwit_ok(w)
    if w[:1] in ("1", "3"):
        return b58check_ok(w)
    return False


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62_6(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def ghp_ok(tok):
    m = re.fullmatch(r"ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62_6(zlib.crc32(m.group(1).encode())) == m.group(2)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_problem(tok, keys):
    parts = tok.split(".")
    if len(parts) != 3:
        return "JWT does not have three parts"
    try:
        header = json.loads(b64url_dec(parts[0]))
        payload = json.loads(b64url_dec(parts[1]))
    except Exception:
        return "JWT header/payload is not base64url JSON"
    if header.get("alg") != "HS256" or not isinstance(payload, dict):
        return "JWT is not HS256"
    signing_input = (parts[0] + "." + parts[1]).encode()
    for k in keys:
        sig = b64url(hmac.new(k.encode(), signing_input, hashlib.sha256).digest())
        if hmac.compare_digest(sig, parts[2]):
            return None
    return "JWT signature does not verify with any gold generic key of the document"


# P-256
EC_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
EC_A = EC_P - 3
EC_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
EC_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
        0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
EC_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def ec_on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + EC_A * x + EC_B)) % EC_P == 0


def ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    if p1[0] == p2[0] and (p1[1] + p2[1]) % EC_P == 0:
        return None
    if p1 == p2:
        lam = (3 * p1[0] * p1[0] + EC_A) * pow(2 * p1[1], -1, EC_P) % EC_P
    else:
        lam = (p2[1] - p1[1]) * pow(p2[0] - p1[0], -1, EC_P) % EC_P
    x3 = (lam * lam - p1[0] - p2[0]) % EC_P
    return (x3, (lam * (p1[0] - x3) - p1[1]) % EC_P)


def ec_mul(k, pt):
    acc = None
    while k:
        if k & 1:
            acc = ec_add(acc, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return acc


EC_DER_HEAD = bytes.fromhex("30770201010420")
EC_DER_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")


def ec_der(d):
    x, y = ec_mul(d, EC_G)
    return EC_DER_HEAD + d.to_bytes(32, "big") + EC_DER_MID + b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")


def pem_problem(text):
    t = text.replace("\\n", "\n")
    m = re.fullmatch(r"-----BEGIN EC PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END EC PRIVATE KEY-----", t)
    if not m:
        return "PEM block is not an EC PRIVATE KEY block"
    lines = m.group(1).split("\n")
    if any(len(l) > 64 for l in lines) or any(len(l) != 64 for l in lines[:-1]):
        return "PEM body is not wrapped at 64 columns"
    try:
        der = base64.b64decode(m.group(1).replace("\n", ""), validate=True)
    except Exception:
        return "PEM body is not base64"
    if len(der) != 121 or der[:7] != EC_DER_HEAD or der[39:56] != EC_DER_MID or der[56] != 4:
        return "PEM DER is not SEC1 P-256"
    d = int.from_bytes(der[7:39], "big")
    q = (int.from_bytes(der[57:89], "big"), int.from_bytes(der[89:121], "big"))
    if not (0 < d < EC_N) or not ec_on_curve(q) or ec_mul(d, EC_G) != q:
        return "PEM public point is not d x G"
    return None


# ---------------------------------------------------------------- generator


class Gen:
    """Random synthetic identifiers; one instance per document."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_lines = set()

    def randint(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=True):
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = self.r.choice("123456789") + s[1:]
        return s

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            s = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
            if s not in FAMOUS_SSNS:
                return s

    def itin(self):
        return "9%02d-%02d-%04d" % (self.r.randint(0, 99), self.r.choice(range(70, 89)), self.r.randint(1, 9999))

    def npi(self):
        base = "1" + self.digits(8, False)
        return base + luhn_digit("80840" + base)

    def dea(self, first, second):
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + second + "".join(map(str, d)) + str(chk)

    def aba(self, prefix):
        while True:
            s = prefix + self.digits(8 - len(prefix), False)
            d = [int(c) for c in s]
            c9 = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5])) % 10
            if aba_ok(s + str(c9)):
                return s + str(c9)

    def card_visa(self):
        partial = "4" + self.digits(14, False)
        n = partial + luhn_digit(partial)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def not_luhn(self, n, prefix=""):
        while True:
            s = prefix + self.digits(n - len(prefix), False)
            if not luhn_ok(s):
                return s

    def iban_gb(self, bank):
        bban = bank + self.digits(6, False) + self.digits(8, False)
        chk = 98 - int(iban_numeric(bban + "GB00")) % 97
        s = "GB%02d" % chk + bban
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def vin(self, wmi, vds, year, plant):
        v = wmi + vds + "0" + year + plant + self.digits(6, False)
        return v[:8] + vin_check_char(v) + v[9:]

    def nhs(self):
        while True:
            s = self.r.choice("456") + self.digits(8, False)
            total = sum(int(c) * w for c, w in zip(s, range(10, 1, -1)))
            chk = 11 - total % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                s += str(chk)
                return "%s %s %s" % (s[:3], s[3:6], s[6:])

    def mbi(self, dashes=False):
        an = MBI_ALPHA + "0123456789"
        s = (self.r.choice("123456789") + self.r.choice(MBI_ALPHA) + self.r.choice(an)
             + self.digits(1, False) + self.r.choice(MBI_ALPHA) + self.r.choice(an)
             + self.digits(1, False) + self.r.choice(MBI_ALPHA) + self.r.choice(MBI_ALPHA)
             + self.digits(2, False))
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s

    def line(self):
        while True:
            ln = "01%02d" % self.r.randint(0, 99)
            if ln not in self.used_lines:
                self.used_lines.add(ln)
                return ln

    def phone(self, area, style="dash"):
        ln = self.line()
        return {
            "dash": "%s-555-%s", "paren": "(%s) 555-%s", "dot": "%s.555.%s",
            "space": "%s 555 %s", "plus1": "+1 %s 555 %s", "run": "%s555%s",
        }[style] % (area, ln)

    def aws_key(self):
        return "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        return self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40)

    def ghp(self):
        body = self.chars(B62, 30)
        return "ghp_" + body + b62_6(zlib.crc32(body.encode()))

    URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

    def openai(self):
        return "sk-proj-" + self.chars(self.URLSAFE, 74) + "T3BlbkFJ" + self.chars(self.URLSAFE, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(self.URLSAFE, 93) + "AA"

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.chars(B62, 24))

    def hexkey(self, n=32):
        while True:
            k = self.chars("0123456789abcdef", n)
            if len(set(k)) >= 12:
                return k

    def jwt(self, payload, key):
        h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = b64url(hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest())
        return h + "." + p + "." + sig

    def ec_pem(self):
        d = self.r.randint(1, EC_N - 1)
        b = base64.b64encode(ec_der(d)).decode()
        body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
        return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"

    def bech32_p2wpkh(self):
        prog = bytes(self.r.randint(0, 255) for _ in range(20))
        return bech32_encode("bc", [0] + convertbits(prog, 8, 5))

    def base58_p2pkh(self):
        payload = b"\0" + bytes(self.r.randint(0, 255) for _ in range(20))
        return b58encode(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4])

    def uuid4(self):
        h = self.hexkey(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def md5(self):
        return hashlib.md5(bytes(self.r.randint(0, 255) for _ in range(16))).hexdigest()

    def pesel(self, y, m, d, female=True):
        mm = m + (20 if y >= 2000 else 0)
        serial = self.digits(3, False) + self.r.choice("02468" if female else "13579")
        s = "%02d%02d%02d%s" % (y % 100, mm, d, serial)
        return s + str(pesel_check(s))

    def gtin14(self):
        while True:
            s = "0" + self.digits(12, False)
            for c in "0123456789":
                if gtin_ok(s + c) and not luhn_ok(s + c):
                    return s + c

    def mac(self, sep=":"):
        return sep.join(["00", "00", "5E", "00", "53", "%02X" % self.r.randint(0, 255)])


# ---------------------------------------------------------------- templates


class Span:
    __slots__ = ("start", "end", "kind", "cls", "why", "text")

    def __init__(self, start, end, kind, cls, why):
        self.start, self.end, self.kind, self.cls, self.why = start, end, kind, cls, why
        self.text = None

    def __repr__(self):
        return "Span(%r,%s,%s)" % (self.text, self.kind, self.cls or self.why)


class TemplateError(Exception):
    pass


def render(template, values):
    used = set()
    for k, v in values.items():
        if any(c in v for c in "⟦⟧«»"):
            raise TemplateError("value %s contains a marker character" % k)

    def sub(m):
        k = m.group(1)
        if k not in values:
            raise TemplateError("no value for key %s" % k)
        used.add(k)
        return values[k]

    t = re.sub(r"«([A-Za-z0-9_]+)»", sub, template)
    if set(values) - used:
        raise TemplateError("unused values: %s" % sorted(set(values) - used))
    out, spans, stack = [], [], []
    i = 0
    while i < len(t):
        c = t[i]
        if c == "⟦":
            j = t.find("|", i)
            if j < 0:
                raise TemplateError("label without |")
            header = t[i + 1:j]
            if not header or any(x in header for x in "⟦⟧\n"):
                raise TemplateError("bad label header %r" % header[:40])
            stack.append((header, len(out)))
            i = j + 1
            continue
        if c == "⟧":
            if not stack:
                raise TemplateError("unbalanced ⟧")
            header, start = stack.pop()
            if header[0] == "!":
                sp = Span(start, len(out), "neg", None, header[1:])
            elif header[0] == "?":
                sp = Span(start, len(out), "amb", None, header[1:])
            else:
                sp = Span(start, len(out), "gold", ALIASES.get(header, header), None)
            spans.append(sp)
            i += 1
            continue
        out.append(c)
        i += 1
    if stack:
        raise TemplateError("unclosed label %r" % stack[-1][0])
    text = "".join(out)
    for sp in spans:
        sp.text = text[sp.start:sp.end]
        if not sp.text:
            raise TemplateError("empty label")
    spans.sort(key=lambda s: (s.start, -s.end))
    return text, spans


# ---------------------------------------------------------------- dates

MONTHS = {}
for _i, _n in enumerate("january february march april may june july august september october november december".split()):
    MONTHS[_n] = _i + 1
    MONTHS[_n[:3]] = _i + 1
MONTHS["sept"] = 9
for _i, _n in enumerate("januari februari mars april maj juni juli augusti september oktober november december".split()):
    MONTHS[_n] = _i + 1
for _i, _n in enumerate("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split()):
    MONTHS[_n] = _i + 1
for _i, _n in enumerate("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień".split()):
    MONTHS[_n] = _i + 1

WEEKDAYS = {
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
           "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6},
    "sv": {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
           "mån": 0, "tis": 1, "ons": 2, "tors": 3, "fre": 4, "lör": 5, "sön": 6},
    "pl": {"poniedziałek": 0, "wtorek": 1, "środa": 2, "czwartek": 3, "piątek": 4, "sobota": 5, "niedziela": 6,
           "pon": 0, "wt": 1, "śr": 2, "czw": 3, "pt": 4, "sob": 5, "niedz": 6},
}

_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")),
    ("num", re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")),
    ("dmony", re.compile(r"(\d{1,2})(?:st|nd|rd|th|\.)?\s+(" + _MON + r")\.?,?\s+(\d{4})", re.I)),
    ("mondy", re.compile(r"(" + _MON + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I)),
    ("mony", re.compile(r"(" + _MON + r")\.?\s+(\d{4})", re.I)),
    ("my", re.compile(r"(\d{1,2})/(\d{4})")),
    ("md", re.compile(r"(\d{1,2})/(\d{1,2})")),
    ("dmon", re.compile(r"(\d{1,2})(?:st|nd|rd|th|\.)?\s+(" + _MON + r")", re.I)),
    ("mond", re.compile(r"(" + _MON + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?", re.I)),
]


def _year(s):
    y = int(s)
    if len(s) == 2:
        y += 2000 if y <= 30 else 1900
    return y


def _interpret(kind, g, order):
    """-> (granularity, y, m, d) with granularity full / monthyear / monthday."""
    if kind == "iso":
        return "full", int(g[0]), int(g[1]), int(g[2])
    if kind == "num":
        a, b = int(g[0]), int(g[2])
        m, d = (a, b) if order == "MDY" else (b, a)
        return "full", _year(g[3]), m, d
    if kind == "dmony":
        return "full", int(g[2]), MONTHS[g[1].lower()], int(g[0])
    if kind == "mondy":
        return "full", int(g[2]), MONTHS[g[0].lower()], int(g[1])
    if kind == "mony":
        return "monthyear", int(g[1]), MONTHS[g[0].lower()], 1
    if kind == "my":
        return "monthyear", int(g[1]), int(g[0]), 1
    if kind == "md":
        a, b = int(g[0]), int(g[1])
        m, d = (a, b) if order == "MDY" else (b, a)
        return "monthday", 2000, m, d
    if kind == "dmon":
        return "monthday", 2000, MONTHS[g[1].lower()], int(g[0])
    if kind == "mond":
        return "monthday", 2000, MONTHS[g[0].lower()], int(g[1])
    raise AssertionError(kind)


def weekday_names(lang):
    names = dict(WEEKDAYS["en"])
    if lang != "en":
        names.update(WEEKDAYS[lang])
    return names


def parse_date(s, order, lang):
    """Parse a whole date span. -> (granularity, date or None, weekday or None) or None."""
    names = weekday_names(lang)
    wd = None
    m = re.match(r"(" + "|".join(sorted(names, key=len, reverse=True)) + r")\.?,?\s+", s, re.I)
    if m:
        wd = names[m.group(1).lower()]
        s = s[m.end():]
    for kind, pat in DATE_PATTERNS:
        mm = pat.fullmatch(s)
        if mm:
            gran, y, mo, d = _interpret(kind, mm.groups(), order)
            try:
                dt = datetime.date(y, mo, d)
            except ValueError:
                return gran, None, wd
            return gran, dt, wd
    return None


def full_date_at(text, pos, order):
    best = None
    for kind, pat in DATE_PATTERNS[:4]:
        mm = pat.match(text, pos)
        if mm and (best is None or mm.end() > best[0]):
            try:
                _, y, mo, d = _interpret(kind, mm.groups(), order)
                best = (mm.end(), datetime.date(y, mo, d))
            except ValueError:
                best = (mm.end(), None)
    return best


def weekday_errors(text, spans, order, lang):
    errs = []
    names = weekday_names(lang)
    alt = "|".join(sorted(names, key=len, reverse=True))
    for m in re.finditer(r"(?<!\w)(" + alt + r")(?!\w)\.?,?\s+", text, re.I):
        hit = full_date_at(text, m.end(), order)
        if hit and hit[1] is not None and hit[1].weekday() != names[m.group(1).lower()]:
            errs.append("wrong weekday %r before %s" % (m.group(1), hit[1]))
    for sp in spans:
        if sp.kind == "gold" and sp.cls == "pii.date":
            mm = re.match(r"\s*\((" + alt + r")\.?\)", text[sp.end:], re.I)
            p = parse_date(sp.text, order, lang)
            if mm and p and p[1] is not None and p[1].weekday() != names[mm.group(1).lower()]:
                errs.append("wrong weekday %r after %s" % (mm.group(1), sp.text))
    return errs


SPELLED_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}


def age_value(s):
    m = re.match(r"(\d{2,3})(?!\d)", s)
    if m:
        return int(m.group(1))
    m = re.fullmatch(r"(ninety|one hundred)(?:[- ](\w+))?", s.lower())
    if m:
        base = 90 if m.group(1) == "ninety" else 100
        return base + (SPELLED_UNITS.get(m.group(2), 99) if m.group(2) else 0)
    return None


# ---------------------------------------------------------------- value checks


def phone_problem(text):
    d = re.sub(r"\D", "", text)
    if re.match(r"(?:48|46|44) ", text):
        text = "+" + text
    if text.startswith("+48"):
        return None if re.fullmatch(r"48\d{3}5550\d{2}", d) else "Polish phone not in the invented 555 0xx block"
    if text.startswith("+46") or re.match(r"07\d[- ]", text):
        nat = "0" + d[2:] if text.startswith("+46") else d
        return None if re.fullmatch(r"07017406(0[5-9]|[1-9]\d)", nat) else "Swedish mobile outside PTS fiction range"
    if text.startswith("+44") or d.startswith("07"):
        nat = "0" + d[2:] if text.startswith("+44") else d
        return None if re.fullmatch(r"07700900\d{3}", nat) else "UK mobile outside 07700 900xxx"
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) == 10 and d[3:8] == "55501":
        return None
    return "US phone not in 555-01xx"


def email_domain_ok(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    for base in ("example.com", "example.net", "example.org"):
        if dom == base or dom.endswith("." + base):
            return True
    return dom.endswith(".test")


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_is_doc(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in DOC_NETS)


def mac_ok(s):
    h = re.sub(r"[^0-9A-Fa-f]", "", s).upper()
    return len(h) == 12 and h.startswith("00005E0053")


def verify_gold(cls, text, ctx):
    """Return a problem string for a gold value, or None.  ctx: keys, order, lang."""
    digits = re.sub(r"\D", "", text)
    if cls == "fin.credit_card":
        if not re.fullmatch(r"[\d -]+", text) or not 13 <= len(digits) <= 19 or not luhn_ok(digits):
            return "card fails Luhn"
        ok = ((digits[0] == "4" and len(digits) == 16) or (digits[:2] in ("34", "37") and len(digits) == 15)
              or (51 <= int(digits[:2]) <= 55 and len(digits) == 16) or (digits[:4] == "6011" and len(digits) == 16))
        return None if ok else "card prefix/length is not a real network's"
    if cls == "phi.npi":
        return None if npi_ok(text) else "NPI fails Luhn over 80840"
    if cls == "phi.dea":
        if not dea_ok(text):
            return "DEA check digit wrong"
        if ctx.get("initials") is not None and text[1] not in ctx["initials"]:
            return "DEA second letter matches no gold surname initial"
        return None
    if cls == "fin.aba_routing":
        return None if aba_ok(text) else "ABA checksum or prefix wrong"
    if cls == "fin.iban":
        return None if iban_ok(text) else "IBAN fails mod 97 or length"
    if cls == "id.vin":
        return None if vin_ok(text) else "VIN check digit wrong"
    if cls == "id.uk_nhs":
        return None if nhs_ok(text) else "NHS number fails mod 11"
    if cls == "pii.ssn":
        return None if ssn_ok(text) else "SSN breaks area/group/serial rules"
    if cls == "pii.itin":
        return None if itin_ok(text) else "ITIN area or group out of range"
    if cls == "phi.mbi":
        return None if mbi_ok(text) else "MBI breaks the CMS character classes"
    if cls == "fin.crypto_wallet":
        return None if wallet_ok(text) else "wallet checksum fails"
    if cls == "secret.github_token":
        return None if ghp_ok(text) else "GitHub token CRC32 tail wrong"
    if cls == "secret.aws_access_key":
        return None if re.fullmatch(r"AKIA[A-Z2-7]{16}", text) else "AWS key ID malformed"
    if cls == "secret.openai_api_key":
        return None if re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", text) else "OpenAI key malformed"
    if cls == "secret.anthropic_api_key":
        return None if re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", text) else "Anthropic key malformed"
    if cls == "secret.slack_token":
        return None if re.fullmatch(r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}", text) else "Slack token malformed"
    if cls == "secret.jwt":
        return jwt_problem(text, ctx.get("keys", []))
    if cls == "secret.private_key":
        return pem_problem(text)
    if cls == "secret.generic_api_key":
        return None if len(text) >= 32 and len(set(text)) >= 12 and " " not in text else "generic key too short or low entropy"
    if cls == "pii.zip_code":
        return None if re.fullmatch(r"\d{5}(?:-\d{4})?", text) else "ZIP malformed"
    if cls == "pii.email":
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text):
            return "e-mail malformed"
        return None if email_domain_ok(text) else "e-mail outside example.com/.net/.org/.test"
    if cls == "pii.phone":
        return phone_problem(text)
    if cls == "pii.ip_address":
        return None if ip_is_doc(text) else "IP outside documentation ranges"
    if cls == "pii.mac_address":
        return None if mac_ok(text) else "MAC outside 00-00-5E-00-53-xx"
    if cls == "pii.us_passport":
        return None if re.fullmatch(r"[A-Z]\d{8}|\d{9}", text) else "US passport malformed"
    if cls == "pii.us_driver_license":
        return None if re.fullmatch(r"[A-Z0-9-]{6,}", text) and len(digits) >= 6 else "driver's licence malformed"
    if cls == "phi.icd10":
        return None if re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?", text) else "ICD-10 malformed"
    if cls == "pii.age_over_89":
        a = age_value(text)
        return None if a is not None and 90 <= a <= 120 else "age is not over 89"
    if cls == "pii.date":
        p = parse_date(text, ctx.get("order", "MDY"), ctx.get("lang", "en"))
        if p is None:
            return "date not parseable"
        gran, dt, wd = p
        if dt is None:
            return "not a calendar date"
        if gran == "monthday":
            return "gold date without a year"
        if wd is not None and dt.weekday() != wd:
            return "wrong weekday inside date span"
        return None
    if cls == "pii.url":
        return None if re.fullmatch(r"https?://\S+", text) else "URL malformed"
    if cls == "phi.mrn":
        return None if re.fullmatch(r"[A-Z0-9-]{5,}", text) else "MRN malformed"
    if cls == "phi.health_plan_id":
        return None if re.fullmatch(r"[A-Z0-9-]{6,}", text) else "member ID malformed"
    if cls == "fin.bank_account":
        return None if re.fullmatch(r"\d{6,17}", text) else "account number malformed"
    if cls == "legal.privilege_marker":
        return None if re.search(r"PRIVILEGED|WORK PRODUCT|ATTORNEY", text) else "privilege marker without a marker phrase"
    if cls in ("pii.person_name", "pii.street_address"):
        return None if text.strip() == text and len(text) >= 2 else "name/address padded"
    return "unknown class %s" % cls


CHECKSUM_CLASSES = {"fin.credit_card", "phi.npi", "phi.dea", "fin.aba_routing", "fin.iban", "id.vin",
                    "id.uk_nhs", "pii.ssn", "pii.itin", "phi.mbi", "fin.crypto_wallet",
                    "secret.github_token", "secret.jwt", "secret.private_key"}

# ---------------------------------------------------------------- the checker


def is_word(ch):
    return (ch.isalnum() or ch == "_") and ch not in DELIMS


def left_ok(text, i):
    if i == 0 or not is_word(text[i - 1]):
        return True
    return i >= 2 and text[i - 2] == "\\" and text[i - 1] in "ntr"


def right_ok(text, j):
    return j >= len(text) or not is_word(text[j])


def boundary_occurrences(text, t):
    out = []
    i = text.find(t)
    while i != -1:
        if left_ok(text, i) and right_ok(text, i + len(t)):
            out.append((i, i + len(t)))
        i = text.find(t, i + 1)
    return out


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
SSN_RE = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
CARD_RE = re.compile(r"(?<!\w)(?:\d[ -]?){12,18}\d(?!\w)")
PHONE_RES = [
    re.compile(r"(?<![\w.+-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])"),
    re.compile(r"(?<![\w.+-])\+?1?\d{10}(?![\w-])"),
]
UK_MOBILE_RE = re.compile(r"(?<![\w+])(?:\+44\s?7\d{3}|07\d{3})\s?\d{3}\s?\d{3}(?!\w)")
SE_MOBILE_RE = re.compile(r"(?<![\w+])(?:\+46\s?7\d|07\d)-?\s?\d{3}\s?\d{2}\s?\d{2}(?!\w)")
DOTTED_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+){3,}(?!\w)(?!\.\d)")
IPV6_RE = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
SECRET_RES = [
    re.compile(r"(?:AKIA|ASIA)[A-Z0-9]{12,}"),
    re.compile(r"gh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"github_pat_\w+"),
    re.compile(r"sk-(?:proj|ant)-[\w-]+"),
    re.compile(r"(?<![\w-])sk-[A-Za-z0-9]{20,}"),
    re.compile(r"xox[abposr]-[\w-]+"),
    re.compile(r"-----BEGIN [A-Z ]*-----"),
    re.compile(r"eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*"),
]


class Cfg:
    def __init__(self, order="MDY", lang="en", hard_negative=False, extra_check=None, values=None):
        self.order, self.lang, self.hard_negative = order, lang, hard_negative
        self.extra_check, self.values = extra_check, values or {}


def check_doc(text, spans, cfg):
    """Return a list of problems (empty when the document is acceptable)."""
    errs = []
    gold = [s for s in spans if s.kind == "gold"]
    other = [s for s in spans if s.kind != "gold"]
    for ch in "⟦⟧«»":
        if ch in text:
            errs.append("marker character %s left in the text" % ch)
    size = len(text.encode("utf-8"))
    if not MIN_BYTES <= size <= MAX_BYTES:
        errs.append("document is %d bytes" % size)
    if cfg.hard_negative and gold:
        errs.append("hard-negative document has gold")
    if not cfg.hard_negative and not gold:
        errs.append("document has no gold")
    # classes, conflicts
    by_text = {}
    for s in gold:
        if s.cls not in CLASSES:
            errs.append("unknown class %s" % s.cls)
        by_text.setdefault(s.text, set()).add(s.cls)
    for t, cl in by_text.items():
        if len(cl) > 1:
            errs.append("text %r has two classes %s" % (t, sorted(cl)))
    kinds = {}
    for s in other:
        kinds.setdefault(s.text, set()).add(s.kind)
        if s.text in by_text:
            errs.append("text %r is gold and %s" % (s.text, s.kind))
    for t, k in kinds.items():
        if len(k) > 1:
            errs.append("text %r is both negative and ambiguous" % t)
    # token boundaries of labelled gold spans
    for s in gold:
        if not (left_ok(text, s.start) and right_ok(text, s.end)):
            errs.append("gold %r is not on token boundaries" % s.text)
        if s.text != s.text.strip():
            errs.append("gold %r has surrounding whitespace" % s.text)
    # every occurrence of a gold text is labelled or inside a labelled gold span
    for t in by_text:
        for a, b in boundary_occurrences(text, t):
            if not any(s.start <= a and b <= s.end for s in gold):
                errs.append("unlabelled occurrence of gold %r at %d" % (t, a))
    # negatives / ambiguous never overlap gold
    for t in kinds:
        for a, b in boundary_occurrences(text, t):
            if any(a < s.end and s.start < b for s in gold):
                errs.append("negative/ambiguous %r overlaps gold at %d" % (t, a))

    def holders(a, b):
        return [s for s in spans if s.start <= a and b <= s.end]

    # pattern scans
    for m in EMAIL_RE.finditer(text):
        if not email_domain_ok(m.group()):
            errs.append("e-mail %r outside example domains" % m.group())
        if not holders(*m.span()):
            errs.append("unlabelled e-mail %r" % m.group())
    for m in SSN_RE.finditer(text):
        if not holders(*m.span()):
            errs.append("unlabelled SSN-shaped %r" % m.group())
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not holders(*m.span()):
            errs.append("unlabelled Luhn-valid number %r" % m.group())
    def phone_holders(m):
        a, b = m.span()
        if text[a] == "+":
            a += 1  # E.164: the span starts after the +
        return holders(a, b)

    for rx in PHONE_RES:
        for m in rx.finditer(text):
            hs = phone_holders(m)
            if not hs:
                errs.append("unlabelled phone-shaped %r" % m.group())
                continue
            gh = [s for s in hs if s.kind == "gold"]
            if any(s.cls == "pii.phone" for s in gh):
                if phone_problem(m.group()):
                    errs.append("phone %r: %s" % (m.group(), phone_problem(m.group())))
            elif gh:
                pass
            elif not any("not a phone" in s.why for s in hs) and phone_problem(m.group()):
                errs.append("labelled phone-shaped %r outside 555-01xx" % m.group())
    for rx in (UK_MOBILE_RE, SE_MOBILE_RE):
        for m in rx.finditer(text):
            hs = phone_holders(m)
            if not hs:
                errs.append("unlabelled mobile %r" % m.group())
            elif not any(s.why and "not a phone" in s.why for s in hs) and phone_problem(m.group()):
                errs.append("mobile %r: %s" % (m.group(), phone_problem(m.group())))
    for m in DOTTED_RE.finditer(text):
        hs = holders(*m.span())
        if not hs:
            errs.append("unlabelled dotted run %r" % m.group())
            continue
        try:
            ip = ipaddress.ip_address(m.group())
        except ValueError:
            ip = None
        gh = [s for s in hs if s.kind == "gold"]
        if gh:
            if not ip_is_doc(m.group()):
                errs.append("gold dotted run %r is not a documentation address" % m.group())
        elif ip is not None and ip.is_global and not any("not an IP" in s.why for s in hs):
            errs.append("public IPv4 %r" % m.group())
    for m in IPV6_RE.finditer(text):
        s6 = m.group()
        if "::" not in s6 and s6.count(":") != 7:
            continue
        try:
            ipaddress.IPv6Address(s6)
        except ValueError:
            continue
        if not ip_is_doc(s6):
            errs.append("IPv6 %r outside 2001:db8::/32" % s6)
        if not holders(*m.span()):
            errs.append("unlabelled IPv6 %r" % s6)
    for m in MAC_RE.finditer(text):
        if not mac_ok(m.group()):
            errs.append("MAC %r outside the documentation block" % m.group())
        if not holders(*m.span()):
            errs.append("unlabelled MAC %r" % m.group())
    for rx in SECRET_RES:
        for m in rx.finditer(text):
            if not any(s.kind == "gold" and s.start <= m.start() and m.end() <= s.end for s in spans):
                errs.append("secret-shaped %r outside gold" % m.group()[:24])
    errs += weekday_errors(text, spans, cfg.order, cfg.lang)
    # value checks
    names = [s.text for s in gold if s.cls == "pii.person_name"]
    initials = set()
    for n in names:
        for w in re.split(r"[\s,]+", n):
            if w[:1].isalpha():
                initials.add(w[0].upper())
    ctx = {"keys": [s.text for s in gold if s.cls == "secret.generic_api_key"],
           "order": cfg.order, "lang": cfg.lang, "initials": initials}
    seen = set()
    for s in gold:
        if (s.cls, s.text) in seen or s.cls not in CLASSES:
            continue
        seen.add((s.cls, s.text))
        p = verify_gold(s.cls, s.text, ctx)
        if p:
            errs.append("%s %r: %s" % (s.cls, s.text[:40], p))
    if cfg.extra_check:
        try:
            cfg.extra_check(text, cfg.values)
        except Exception as e:  # noqa: BLE001 - any failure of the genre check is a problem
            errs.append("extra_check: %s: %s" % (type(e).__name__, e))
    return errs


# ---------------------------------------------------------------- self-test

SELFTEST_PAD = (" Routine follow-up text without identifiers continues here so that the sample"
                " reaches the minimum size that the checker demands of every document.")


def selftest_values(g):
    key = g.hexkey()
    return {
        "card": g.card_visa(), "npi": g.npi(), "dea": g.dea("B", "O"), "aba": g.aba("0110"),
        "iban": g.iban_gb("NWBK"), "vin": g.vin("4S4", "BSANC", "K", "3"), "nhs": g.nhs(),
        "ssn": g.ssn(), "itin": g.itin(), "mbi": g.mbi(), "phone": g.phone("617", "paren"),
        "w1": g.bech32_p2wpkh(), "w2": g.base58_p2pkh(), "ghp": g.ghp(), "aws": g.aws_key(),
        "slack": g.slack_bot(), "key": key, "jwt": g.jwt({"sub": "svc"}, key), "pem": g.ec_pem(),
        "oai": g.openai(), "ant": g.anthropic(),
    }


SELFTEST_A = (
    "Patient ⟦name|Juniper Okafor⟧ was seen ⟦date|Tue 06/03/2025⟧ by Dr. ⟦name|Okafor⟧. "
    "Card ⟦card|«card»⟧, NPI ⟦npi|«npi»⟧, DEA ⟦dea|«dea»⟧, routing ⟦aba|«aba»⟧, IBAN ⟦iban|«iban»⟧, "
    "VIN ⟦vin|«vin»⟧, NHS ⟦nhs|«nhs»⟧, SSN ⟦ssn|«ssn»⟧, ITIN ⟦itin|«itin»⟧, MBI ⟦mbi|«mbi»⟧. "
    "Call ⟦phone|«phone»⟧ or write ⟦email|jo@example.org⟧. Home IP ⟦ip|203.0.113.9⟧ and "
    "⟦ip|2001:db8::17⟧, laptop ⟦mac|00:00:5E:00:53:2A⟧. Wallets ⟦wallet|«w1»⟧ and ⟦wallet|«w2»⟧. "
    "Age ⟦age|94⟧, ZIP ⟦zip|02134⟧, ⟦icd|I50.22⟧, passport ⟦passport|A12345678⟧, MRN ⟦mrn|4471982⟧. "
    "Build ⟦!software version, not an IP|4.2.0.118⟧; the word ⟦!common noun|hope⟧ is not a name."
    + SELFTEST_PAD * 5)

SELFTEST_B = (
    "Leaked: GitHub ⟦ghp|«ghp»⟧, AWS ⟦aws|«aws»⟧, Slack ⟦slack|«slack»⟧, signing key ⟦key|«key»⟧, "
    "token ⟦jwt|«jwt»⟧, OpenAI ⟦openai|«oai»⟧, Anthropic ⟦anthropic|«ant»⟧, key\n⟦pem|«pem»⟧\n"
    "⟦priv|PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT⟧" + SELFTEST_PAD * 4)


def selftest():
    g = Gen(SEED + "-selftest")
    vals = selftest_values(g)
    # primitive sanity: known-good and known-bad reference values
    assert ec_on_curve(EC_G) and ec_mul(EC_N, EC_G) is None, "P-256 constants"
    assert segwit_ok("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"), "BIP 173 test vector"
    assert not segwit_ok("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T5")
    assert b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2") and not b58check_ok("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert npi_ok("1234567893") and not npi_ok("1234567890"), "NPI reference"
    assert aba_ok("011000015") and iban_ok("GB82 WEST 1234 5698 7654 32") and vin_ok("1M8GDM9AXKP042788")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")

    def run(tpl, values, cfg):
        values = {k: x for k, x in values.items() if "«%s»" % k in tpl}
        try:
            text, spans = render(tpl, values)
        except TemplateError as e:
            return ["template: %s" % e]
        return check_doc(text, spans, cfg)

    def rep(tpl, old, new):
        assert old in tpl, old
        return tpl.replace(old, new, 1)

    def swap(tpl, key, new):
        v = dict(vals)
        v[key] = new
        return tpl, v

    A, B = SELFTEST_A, SELFTEST_B
    good = [
        ("sample A", A, vals, Cfg()),
        ("sample B", B, vals, Cfg()),
        ("sample A, day-first order", rep(A, "Tue 06/03/2025", "Thu 06/03/2025"), vals, Cfg(order="DMY")),
        ("Swedish weekday", rep(A, "Tue 06/03/2025", "tisdag 15 juli 2025"), vals, Cfg(lang="sv", order="DMY")),
        ("Polish weekday", rep(A, "Tue 06/03/2025", "poniedziałek, 3 marca 2025"), vals, Cfg(lang="pl", order="DMY")),
        ("weekday in brackets", rep(A, "Tue 06/03/2025⟧", "06/03/2025⟧ (Tue)"), vals, Cfg()),
        ("spelled age", rep(A, "⟦age|94⟧", "⟦age|ninety-four⟧"), vals, Cfg()),
        ("month-year date", rep(A, "Tue 06/03/2025", "March 2025"), vals, Cfg()),
        ("E.164 phone, span after the +", rep(A, "Call ⟦phone|«phone»⟧", "Call +⟦phone|1 617 555 0177⟧ or ⟦phone|«phone»⟧"), vals, Cfg()),
        ("UK mobile", rep(A, "Call ⟦phone|«phone»⟧", "Call ⟦phone|07700 900123⟧ or ⟦phone|«phone»⟧"), vals, Cfg()),
        ("Swedish mobile", rep(A, "Call ⟦phone|«phone»⟧", "Call ⟦phone|070-174 06 38⟧ or ⟦phone|«phone»⟧"), vals, Cfg()),
        ("NHS number shaped like a phone", A, vals, Cfg()),
        ("amex card", *swap(A, "card", "3714 496353 98431"), Cfg()),
        ("hard negative", "Only a ⟦!version|v2.1⟧ here, lot ⟦!lot|K2504⟧." + SELFTEST_PAD * 9, {}, Cfg(hard_negative=True)),
        ("not-a-phone negative", rep(A, "Build", "PO ⟦!purchase order, not a phone number|4400128861⟧. Build"), vals, Cfg()),
        ("business phone ambiguous", rep(A, "Build", "Clinic ⟦?business line|(617) 555-0100⟧. Build"), vals, Cfg()),
    ]
    bad = [
        ("unlabelled repeat of a gold name", rep(A, "Build", "Okafor again. Build"), vals, Cfg()),
        ("Luhn-invalid card", *swap(A, "card", vals["card"][:-1] + str((int(vals["card"][-1]) + 1) % 10)), Cfg()),
        ("unlabelled Luhn-valid card", rep(A, "Build", "ref 4111 1111 1111 1111. Build"), vals, Cfg()),
        ("wrong English weekday", rep(A, "Tue 06/03/2025", "Wed 06/03/2025"), vals, Cfg()),
        ("wrong English weekday in brackets", rep(A, "Tue 06/03/2025⟧", "06/03/2025⟧ (Thu)"), vals, Cfg()),
        ("wrong weekday in unlabelled text", rep(A, "Build", "Friday, June 3, 2025 was noted. Build"), vals, Cfg()),
        ("wrong Swedish weekday", rep(A, "Tue 06/03/2025", "onsdag 15 juli 2025"), vals, Cfg(lang="sv", order="DMY")),
        ("wrong Polish weekday", rep(A, "Tue 06/03/2025", "wtorek, 3 marca 2025"), vals, Cfg(lang="pl", order="DMY")),
        ("unlabelled e-mail", rep(A, "Build", "cc ann@example.com. Build"), vals, Cfg()),
        ("gmail address", rep(A, "jo@example.org", "jo@gmail.com"), vals, Cfg()),
        ("gold phone outside 555-01xx", *swap(A, "phone", "(617) 555-0212"), Cfg()),
        ("unlabelled phone", rep(A, "Build", "fax 617-555-0199. Build"), vals, Cfg()),
        ("bare AWS key", rep(A, "Build", "AKIAABCDEFGHIJKLMNOP. Build"), vals, Cfg()),
        ("gold span inside a word", rep(A, "⟦name|Okafor⟧.", "X⟦name|Okafor⟧."), vals, Cfg()),
        ("text gold and negative", rep(A, "Build", "⟦!eponym|Okafor⟧ sign. Build"), vals, Cfg()),
        ("negative overlapping gold", rep(A, "⟦name|Juniper Okafor⟧", "⟦name|Juniper ⟦!x|Okafor⟧⟧"), vals, Cfg()),
        ("ambiguous overlapping gold", rep(A, "Build", "⟦?handle|Juniper⟧ Build"), vals, Cfg()),
        ("text with two classes", rep(A, "MRN ⟦mrn|4471982⟧", "MRN ⟦mrn|4471982⟧ acct ⟦acct|4471982⟧"), vals, Cfg()),
        ("public IPv4 as gold", rep(A, "203.0.113.9", "8.8.4.4"), vals, Cfg()),
        ("public IPv6", rep(A, "2001:db8::17", "2606:4700::1111"), vals, Cfg()),
        ("non-documentation MAC", rep(A, "00:00:5E:00:53:2A", "3C:22:FB:11:22:33"), vals, Cfg()),
        ("unlabelled MAC", rep(A, "Build", "mac 00:00:5E:00:53:99. Build"), vals, Cfg()),
        ("NPI failing Luhn", *swap(A, "npi", vals["npi"][:-1] + str((int(vals["npi"][-1]) + 1) % 10)), Cfg()),
        ("DEA with a wrong check digit", *swap(A, "dea", vals["dea"][:-1] + str((int(vals["dea"][-1]) + 1) % 10)), Cfg()),
        ("DEA whose second letter is no surname", *swap(A, "dea", "BZ" + vals["dea"][2:]), Cfg()),
        ("ABA with a wrong checksum", *swap(A, "aba", vals["aba"][:-1] + str((int(vals["aba"][-1]) + 1) % 10)), Cfg()),
        ("IBAN failing mod 97", *swap(A, "iban", vals["iban"][:-1] + str((int(vals["iban"][-1]) + 1) % 10)), Cfg()),
        ("VIN with a wrong check digit", *swap(A, "vin", vals["vin"][:8] + ("1" if vals["vin"][8] != "1" else "2") + vals["vin"][9:]), Cfg()),
        ("NHS number failing mod 11", *swap(A, "nhs", vals["nhs"][:-1] + str((int(vals["nhs"][-1]) + 1) % 10)), Cfg()),
        ("SSN with area 666", *swap(A, "ssn", "666" + vals["ssn"][3:]), Cfg()),
        ("famous SSN", *swap(A, "ssn", "078-05-1120"), Cfg()),
        ("ITIN group out of range", *swap(A, "itin", vals["itin"][:4] + "93" + vals["itin"][6:]), Cfg()),
        ("MBI with a forbidden letter", *swap(A, "mbi", vals["mbi"][:1] + "S" + vals["mbi"][2:]), Cfg()),
        ("age 89 as gold", rep(A, "⟦age|94⟧", "⟦age|89⟧"), vals, Cfg()),
        ("unlabelled dotted run (OID)", rep(A, "Build", "oid 2.16.840.1.113883. Build"), vals, Cfg()),
        ("UK mobile outside range", rep(A, "Build", "mob ⟦phone|07700 912345⟧. Build"), vals, Cfg()),
        ("Swedish mobile outside fiction range", rep(A, "Build", "mob ⟦phone|070-123 45 67⟧. Build"), vals, Cfg()),
        ("bech32 wallet with a bad checksum", *swap(A, "w1", vals["w1"][:-1] + ("q" if vals["w1"][-1] != "q" else "p")), Cfg()),
        ("Base58Check wallet with a bad checksum", *swap(A, "w2", vals["w2"][:-1] + ("a" if vals["w2"][-1] != "a" else "b")), Cfg()),
        ("GitHub token with a bad CRC", *swap(B, "ghp", vals["ghp"][:-1] + ("A" if vals["ghp"][-1] != "A" else "B")), Cfg()),
        ("JWT with a bad signature", *swap(B, "jwt", vals["jwt"][:-2] + ("AA" if vals["jwt"][-2:] != "AA" else "BB")), Cfg()),
        ("JWT without its signing key", rep(B, "signing key ⟦key|«key»⟧, ", "signing key «key», "), vals, Cfg()),
        ("PEM whose public point does not match", *swap(B, "pem", Gen("x").ec_pem()[:70] + vals["pem"][70:]), Cfg()),
        ("unlabelled Slack token", rep(B, "⟦slack|«slack»⟧", "«slack»"), vals, Cfg()),
        ("OpenAI key without its marker", *swap(B, "oai", vals["oai"].replace("T3BlbkFJ", "T3BlbkFK")), Cfg()),
        ("Anthropic key without the AA tail", *swap(B, "ant", vals["ant"][:-2] + "AB"), Cfg()),
        ("tiny document", "Patient ⟦name|Ann Lee⟧.", {}, Cfg()),
        ("oversized document", A + SELFTEST_PAD * 20, vals, Cfg()),
        ("gold in the hard-negative document", A, vals, Cfg(hard_negative=True)),
        ("no gold in an ordinary document", "Only ⟦!version|v2.1⟧." + SELFTEST_PAD * 9, {}, Cfg()),
        ("impossible calendar date", rep(A, "Tue 06/03/2025", "02/30/2025"), vals, Cfg()),
        ("gold date without a year", rep(A, "Tue 06/03/2025", "6/3"), vals, Cfg()),
        ("unlabelled SSN-shaped number", rep(A, "Build", "ref 219-44-1234. Build"), vals, Cfg()),
        ("unknown class", rep(A, "⟦zip|02134⟧", "⟦pii.postcode|02134⟧"), vals, Cfg()),
        ("unbalanced label", rep(A, "⟦zip|02134⟧", "⟦zip|02134"), vals, Cfg()),
        ("four-digit ZIP", rep(A, "⟦zip|02134⟧", "⟦zip|2134⟧"), vals, Cfg()),
        ("malformed ICD-10", rep(A, "⟦icd|I50.22⟧", "⟦icd|150.22⟧"), vals, Cfg()),
        ("failing extra_check", A, vals, Cfg(extra_check=lambda t, v: (_ for _ in ()).throw(AssertionError("boom")))),
        ("unlabelled e-mail on a real domain", rep(A, "Build", "see a@hospital.org. Build"), vals, Cfg()),
        ("phone-shaped ambiguous outside 555-01xx", rep(A, "Build", "Clinic ⟦?business line|(617) 555-0234⟧. Build"), vals, Cfg()),
    ]
    for name, tpl, v, cfg in good:
        errs = run(tpl, v, cfg)
        assert not errs, "self-test: good input %r rejected: %s" % (name, errs)
    for name, tpl, v, cfg in bad:
        errs = run(tpl, v, cfg)
        assert errs, "self-test: broken input %r accepted" % name
    return len(bad), len(good)


# ---------------------------------------------------------------- build


def load_modules():
    mods = []
    for n in range(1, N_DOCS + 1):
        path = os.path.join(HERE, "docs_%d.py" % n)
        spec = importlib.util.spec_from_file_location("docs_%d" % n, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for attr in ("make", "GENRE", "NOTES", "DATE_ORDER"):
            assert hasattr(mod, attr), "docs_%d.py lacks %s" % (n, attr)
        assert mod.DATE_ORDER in ("MDY", "DMY")
        assert bool(getattr(mod, "HARD_NEGATIVE", False)) == (n == HARD_NEGATIVE_DOC)
        mods.append(mod)
    return mods


def first_pos(text, t):
    return text.find(t)


def build(mods):
    files = {}
    gold_rows, neg_rows, amb_rows, stats = [], [], [], []
    for n, mod in enumerate(mods, 1):
        doc = "doc%d.txt" % n
        g = Gen("%s-%d" % (SEED, n))
        template, values = mod.make(g)
        text, spans = render(template, values)
        cfg = Cfg(mod.DATE_ORDER, getattr(mod, "LANG", "en"), getattr(mod, "HARD_NEGATIVE", False),
                  getattr(mod, "extra_check", None), values)
        errs = check_doc(text, spans, cfg)
        if errs:
            raise SystemExit("%s:\n  %s" % (doc, "\n  ".join(errs)))
        files[doc] = text
        g_seen, n_seen, a_seen = {}, {}, {}
        for s in spans:
            if s.kind == "gold":
                g_seen.setdefault((s.cls, s.text), None)
            elif s.kind == "neg":
                n_seen.setdefault((s.text, s.why), None)
            else:
                a_seen.setdefault((s.text, s.why), None)
        occ = {}
        for cls, t in g_seen:
            occ[(cls, t)] = len(boundary_occurrences(text, t))
        for cls, t in sorted(g_seen, key=lambda k: (first_pos(text, k[1]), k[1])):
            gold_rows.append({"doc": doc, "class": cls, "text": t})
        for t, why in sorted(n_seen, key=lambda k: (first_pos(text, k[0]), k[0])):
            neg_rows.append({"doc": doc, "text": t, "why": why})
        for t, why in sorted(a_seen, key=lambda k: (first_pos(text, k[0]), k[0])):
            amb_rows.append({"doc": doc, "text": t, "why": why})
        stats.append({"doc": doc, "gold": len(g_seen), "neg": len(n_seen), "amb": len(a_seen),
                      "bytes": len(text.encode("utf-8")), "occ": occ})
    covered = {r["class"] for r in gold_rows}
    missing = [c for c in CLASSES if c not in covered]
    if missing:
        raise SystemExit("classes without gold: %s" % missing)

    def jl(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

    files["gold.jsonl"] = jl(gold_rows)
    files["negatives.jsonl"] = jl(neg_rows)
    files["ambiguous.jsonl"] = jl(amb_rows)
    return files, stats, gold_rows, neg_rows, amb_rows


README_HEAD = """# Mixed documents, set L

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets
A-K, whose conventions are kept and whose genres are avoided, and the list of data classes).

`python3 make.py` (standard library only, fixed seed {seed}, output is deterministic: make.py runs a
self-test of its checker against {nbad} deliberately broken inputs and {ngood} good ones, builds everything
twice and asserts the two builds are identical, then re-verifies every checksum-bearing gold value
from the written files) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.2–2.6 KB each |
| `gold.jsonl` | `{{"doc","class","text"}}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{{"doc","text","why"}}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{{"doc","text","why"}}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

Layout as in set K: templates in `docs_1.py` … `docs_12.py` (each defines `make(g) -> (template,
values)`, `GENRE`, `NOTES`, `DATE_ORDER` (`DMY` for the Swedish and Polish documents), optionally
`LANG` (`sv`, `pl`: weekday and month names the checker reads besides English) and, where the genre
has arithmetic, structure or check characters of its own, `extra_check`); inline labels
`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous, `«key»` generated values,
labels may nest; short aliases in `ALIASES`. Each module gets its own generator seeded with
`"{seed}-<n>"`. make.py sets `sys.dont_write_bytecode`, so no `__pycache__` is left behind. Every
document is pasted into a chat prompt with a short question or instruction around it.

Genres (none used by sets A-K):

"""

README_CONVENTIONS = """
## Scoring conventions

Exactly as set K (and so sets C-J): every occurrence of a gold text counts, on token boundaries
(case-sensitive); a gold span is only the value (labels, titles, credentials, `Bearer `, quotes and
trailing punctuation outside); names in every written form; street line plus same-line unit; ZIP
separate, foreign postcodes ambiguous; business/provider contact data ambiguous, a named
individual's direct line/e-mail gold; dates about a person or their care/case in any format,
statute/regulation/policy dates and year-only negative, log timestamps and card/lot expiry
ambiguous, dates without a year ambiguous, month-year dates about the person gold; a weekday written
with a date is inside the span, a clock time next to it is not; only ages over 89 gold (span = number
plus attached unit, `91 år`, `91-årig`); only person-identifying URLs gold, with an MRN inside nested
as `phi.mrn`; member IDs gold, group numbers ambiguous; privilege marker lines (or phrases) only;
secrets value only, PEM block from `-----BEGIN` to the final `-----`, AWS secret key and passwords
ambiguous; claim, case, Bates, badge, account-at-a-provider and masked/last-4 numbers ambiguous;
national identifiers without a class (PESEL, Swedish reserve number), foreign passports and
foreign postcodes ambiguous; CPT/HCPCS/LOINC/NDC/lot, licence numbers, hashes, reference ranges and
scores negative; handles ambiguous; companies named after people ambiguous; eponyms, drug brands
and saints' names negative; infrastructure IPs ambiguous.

Two points are new in set L. (1) The Concordance DAT text qualifier `þ` is a letter to
`str.isalnum()`, but the checker treats it (and `¶`) as a delimiter, so `þQuinlan, Harriet A.þ`
holds the gold name `Quinlan, Harriet A.` on token boundaries. (2) In GEDCOM `NAME` values the
slashes around the surname are delimiters: `Ingrid Maren /Halvorsen/` holds two name spans,
`Ingrid Maren` and `Halvorsen`.

`make.py` asserts what set K's asserts: every gold/negative/ambiguous text occurs verbatim in its
document; every gold occurrence sits on token boundaries; every occurrence of a gold text is
labelled or inside another labelled gold span; no text carries two classes or is both gold and
negative/ambiguous; no occurrence of a negative or ambiguous text overlaps a gold span; every
e-mail-shaped string uses `example.com/.net/.org` (or `.test`) and is labelled; every SSN-shaped
string and every Luhn-valid card-shaped number is labelled; every US phone-shaped string (also ten
or eleven digits run together) is labelled and in 555-01xx unless it is gold as another class (the
NHS number written 3-3-4, NPIs) or a labelled negative/ambiguous whose reason says it is not a
phone number; UK mobiles are `07700 900xxx`, Swedish mobiles are in the regulator's fiction range
`070-174 06 05`…`070-174 06 99`; every dotted quad or longer dotted run is labelled, and a public
one only as a negative whose reason says it is not an IP; every IPv6 address is in `2001:db8::/32`;
every MAC is in the documentation block and labelled; every secret-shaped string lies inside a gold
span; a weekday written next to a full date (English, Swedish or Polish; before the date, or in
brackets after it) is the right weekday; every gold date parses to a real calendar date with a year;
gold ages are 90-120; each document is 1200–2600 bytes; doc12 has no gold; every class has at least
one gold value; every checksum-bearing gold value is re-verified from the final text.

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the files)

Card: Visa, Luhn, 16 digits in groups of four. NPI: Luhn over `80840`+NPI, first digit 1. DEA:
registrant letter + the prescriber's surname initial + 6 digits + the DEA check digit (doc11's
`extra_check` matches each DEA to its prescriber). ABA: 3-7-1 weighted mod 10 with the Minneapolis
Fed prefix `0910`. IBAN (GB): mod 97 = 1, length 22, groups of four. VIN: position-9 check digit
(Subaru `4S4` WMI, model-year code `K`). NHS: first digit 4–6, mod 11 (check 10 rejected), written
3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, no famous example. ITIN: area 9xx,
group 70–88. MBI: 11 characters in the CMS character classes. Colorado driver's licence `NN-NNN-NNNN`;
Minnesota driver's licence: surname initial + 12 digits. US passport: letter + 8 digits. Phones: US
555-01xx; Swedish mobile in PTS's fiction range; Polish numbers invented (`+48 ddd 555 0dd`, no
fiction range exists). E.164 numbers follow set H's rule: the span starts after the `+`. PESEL numbers carry their check digit and the mother's birth date (checked in
doc7's `extra_check`). GitHub classic token: `ghp_` + 30 base62 + 6-character base62 CRC32. OpenAI:
`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic: `sk-ant-api03-` + 93 base64url + `AA`. AWS
key ID: `AKIA` + 16 base32. Slack bot token: `xoxb-` 12 digits-13 digits-24 alphanumerics. JWT: HS256
with a real HMAC-SHA256 signature, verified against the 32-hex signing key stored in the same
document (doc8). EC private key: random scalar on P-256, SEC1 DER with the public point computed,
PEM-wrapped at 64 columns and JSON-escaped in the Terraform state (checked: public point = scalar ×
G). BTC: one bech32 P2WPKH (BIP 173 checksum; the BIP 173 test vector is in the self-test) and one
Base58Check P2PKH address. E-mails: `example.com/.net/.org` only. IPs: 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24. MAC: `00:00:5E:00:53:xx`. Names, addresses, member IDs, MRNs and
every other number are invented. Negatives that look like identifiers fail their checksums where that
matters (the microchip and GTIN fail Luhn, the catalogue number fails the NPI check).
"""


def readme(mods, stats, gold_rows, neg_rows, amb_rows, nbad, ngood):
    out = [README_HEAD.format(seed=SEED, nbad=nbad, ngood=ngood)]
    for n, mod in enumerate(mods, 1):
        out.append("%d. %s\n" % (n, " ".join(mod.GENRE.split())))
    conventions, synthetic = README_CONVENTIONS.split("## Synthetic identifiers", 1)
    out.append(conventions.rstrip("\n") + "\n")
    out.append("\nNotes per document:\n\n")
    for n, mod in enumerate(mods, 1):
        out.append("* **doc%d.** %s\n" % (n, " ".join(mod.NOTES.split())))
    out.append("\n## Synthetic identifiers" + synthetic.rstrip("\n") + "\n")
    total_occ = sum(sum(s["occ"].values()) for s in stats)
    out.append("\n## Counts\n\n%d gold values (distinct per document), %d gold occurrences, %d negatives, %d ambiguous.\n"
               % (len(gold_rows), total_occ, len(neg_rows), len(amb_rows)))
    covered = {r["class"] for r in gold_rows}
    missing = [c for c in CLASSES if c not in covered]
    out.append("Classes with no gold value in this set: %s.\n\n" % (", ".join(missing) if missing else "none"))
    out.append("| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n")
    for s in stats:
        out.append("| %s | %d | %d | %d | %d |\n" % (s["doc"], s["gold"], s["neg"], s["amb"], s["bytes"]))
    out.append("\n| class | gold values | occurrences |\n|---|---|---|\n")
    for c in sorted(covered):
        vals = sum(1 for r in gold_rows if r["class"] == c)
        occ = sum(v for s in stats for (cls, _), v in s["occ"].items() if cls == c)
        out.append("| `%s` | %d | %d |\n" % (c, vals, occ))
    return "".join(out)


def build_all(mods, nbad, ngood):
    files, stats, gold_rows, neg_rows, amb_rows = build(mods)
    files["README.md"] = readme(mods, stats, gold_rows, neg_rows, amb_rows, nbad, ngood)
    return files


def reverify(mods):
    """Re-read the written files and re-verify every checksum-bearing gold value."""
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    docs = {}
    for n in range(1, N_DOCS + 1):
        with open(os.path.join(HERE, "doc%d.txt" % n), encoding="utf-8") as f:
            docs["doc%d.txt" % n] = f.read()
    checked = 0
    for r in rows:
        text = docs[r["doc"]]
        assert r["text"] in text, "gold text missing from %s: %r" % (r["doc"], r["text"])
        n = int(r["doc"][3:-4])
        mod = mods[n - 1]
        keys = [x["text"] for x in rows if x["doc"] == r["doc"] and x["class"] == "secret.generic_api_key"]
        ctx = {"keys": keys, "order": mod.DATE_ORDER, "lang": getattr(mod, "LANG", "en"), "initials": None}
        p = verify_gold(r["class"], r["text"], ctx)
        assert p is None, "re-verification failed in %s: %s %r: %s" % (r["doc"], r["class"], r["text"], p)
        if r["class"] in CHECKSUM_CLASSES:
            checked += 1
    for n, mod in enumerate(mods, 1):
        if getattr(mod, "HARD_NEGATIVE", False):
            assert not any(r["doc"] == "doc%d.txt" % n for r in rows)
    return checked, len(rows)


def main():
    nbad, ngood = selftest()
    print("self-test: %d broken inputs rejected, %d good inputs accepted" % (nbad, ngood))
    mods = load_modules()
    first = build_all(mods, nbad, ngood)
    second = build_all(mods, nbad, ngood)
    assert first == second, "two builds differ"
    print("two builds identical (%d files)" % len(first))
    for name, content in first.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    checked, total = reverify(mods)
    print("re-verified %d gold values from the written files (%d checksum-bearing)" % (total, checked))
    print(first["README.md"].split("## Counts", 1)[1].split("\n\n")[1])


if __name__ == "__main__":
    main()
