#!/usr/bin/env python3
"""Build probe set E (mixed documents) for the sensitive-data detector.

Standard library only.  Fixed seed, deterministic: everything is built twice
and the two builds must be byte-identical before anything is written.

Templates live in docs_N.py (one module per document).  Each module defines
make(g) -> (template, values).  Labels are inline:

    ⟦class|text⟧   gold (class may be a short alias, see ALIASES)
    ⟦!why|text⟧    negative: must NOT be flagged
    ⟦?why|text⟧    ambiguous: left unscored
    «key»          placeholder, replaced by values[key] before labels are parsed

Labels may nest (a URL carrying an MRN).
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
import string
import sys
import zlib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = 20261221
DOC_MODULES = ["docs_%d" % i for i in range(1, 13)]

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address
pii.us_passport pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id
phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin",
    "email": "pii.email", "phone": "pii.phone", "addr": "pii.street_address",
    "zip": "pii.zip_code", "date": "pii.date", "age": "pii.age_over_89",
    "ip": "pii.ip_address", "url": "pii.url", "mac": "pii.mac_address",
    "passport": "pii.us_passport", "dl": "pii.us_driver_license",
    "mrn": "phi.mrn", "mbi": "phi.mbi", "plan": "phi.health_plan_id",
    "npi": "phi.npi", "dea": "phi.dea", "icd": "phi.icd10",
    "card": "fin.credit_card", "iban": "fin.iban", "aba": "fin.aba_routing",
    "acct": "fin.bank_account", "crypto": "fin.crypto_wallet", "vin": "id.vin",
    "nhs": "id.uk_nhs", "aws": "secret.aws_access_key",
    "github": "secret.github_token", "openai": "secret.openai_api_key",
    "anthropic": "secret.anthropic_api_key", "slack": "secret.slack_token",
    "pem": "secret.private_key", "jwt": "secret.jwt",
    "apikey": "secret.generic_api_key", "priv": "legal.privilege_marker",
}

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B32 = string.ascii_uppercase + "234567"

FAMOUS_SSNS = {"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462",
               "111-11-1111", "001-01-0001", "999-99-9999"}

# --------------------------------------------------------------------------
# P-256 arithmetic (for genuine EC private keys)
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_A = -3
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def _ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


EC_DER_PREFIX = bytes.fromhex("307702010104 20".replace(" ", ""))
EC_DER_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200 04".replace(" ", ""))


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# --------------------------------------------------------------------------
# validators (used on the final text)

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
    if re.match(r"5[1-5]", d) or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith("6011") or d.startswith("65"):
        return len(d) == 16
    return False


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


def dea_check(six):
    d = [int(c) for c in six]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(s):
    m = re.fullmatch(r"([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)", s)
    return bool(m) and dea_check(m.group(3)) == m.group(4)


def aba_prefix_ok(s):
    p = int(s[:2])
    return 1 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s) or not aba_prefix_ok(s):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "NL": 18, "FR": 27, "ES": 24,
            "IT": 27, "CH": 21, "PT": 25, "BE": 16, "AT": 20}


def iban_mod97(s):
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97


def iban_ok(s):
    t = s.replace(" ", "")
    return (bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", t))
            and IBAN_LEN.get(t[:2]) == len(t) and iban_mod97(t) == 1)


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return (bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and v[8] == vin_check(v))


def nhs_check(nine):
    s = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    c = 11 - s % 11
    if c == 11:
        return "0"
    if c == 10:
        return None
    return str(c)


def nhs_ok(s):
    d = s.replace(" ", "").replace("-", "")
    return bool(re.fullmatch(r"\d{10}", d)) and nhs_check(d[:9]) == d[9]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.replace(" ", "-"))
    if not m:
        return False
    a, g, n = m.groups()
    norm = "%s-%s-%s" % (a, g, n)
    return (a != "000" and a != "666" and a[0] != "9" and g != "00"
            and n != "0000" and norm not in FAMOUS_SSNS)


def itin_ok(s):
    m = re.fullmatch(r"(9\d{2})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    g = int(m.group(2))
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_RE = re.compile(
    r"[1-9][{a}][{a}0-9][0-9]-?[{a}][{a}0-9][0-9]-?[{a}][{a}][0-9][0-9]".format(a=MBI_ALPHA))


def mbi_ok(s):
    return bool(MBI_RE.fullmatch(s))


def us_phone_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[3:6] == "555" and d[6:8] == "01" and d[0] not in "01"


def uk_phone_ok(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}", d))


def phone_ok(s):
    return us_phone_ok(s) or uk_phone_ok(s)


DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    return any(a in n for n in DOC_NETS)


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def email_ok(s):
    return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)*example\.(com|net|org)", s))


def ghp_ok(s):
    m = re.fullmatch(r"ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", s)
    if not m:
        return False
    return m.group(2) == b62_6(zlib.crc32(m.group(1).encode()))


def b62_6(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def github_ok(s):
    return ghp_ok(s) or bool(re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", s))


def openai_ok(s):
    return bool(re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", s))


def anthropic_ok(s):
    return bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", s))


def slack_ok(s):
    return bool(re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", s)
                or re.fullmatch(r"xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}", s))


def aws_ok(s):
    return bool(re.fullmatch(r"AKIA[A-Z2-7]{16}", s))


def pem_ok(s):
    # a block may sit inside a diff: every line after the first then carries '+'
    lines = s.split("\n")
    if len(lines) > 1 and all(l.startswith("+") for l in lines[1:]):
        lines = [lines[0]] + [l[1:] for l in lines[1:]]
    m0 = re.fullmatch(r"-----BEGIN ([A-Z ]+)-----", lines[0])
    m1 = re.fullmatch(r"-----END ([A-Z ]+)-----", lines[-1])
    if not (m0 and m1 and m0.group(1) == m1.group(1)):
        return False
    body = "".join(lines[1:-1])
    if any(len(l) > 64 for l in lines[1:-1]):
        return False
    der = base64.b64decode(body, validate=True)
    if m0.group(1) == "EC PRIVATE KEY":
        if not (der.startswith(EC_DER_PREFIX) and der[39:57] == EC_DER_MID and len(der) == 121):
            return False
        d = int.from_bytes(der[7:39], "big")
        Q = _ec_mul(d, P256_G)
        return der[57:] == Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    return der[0] == 0x30


def jwt_ok(s, keys):
    parts = s.split(".")
    if len(parts) != 3 or s not in keys:
        return False
    hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
    if hdr.get("alg") != "HS256":
        return False
    sig = hmac.new(keys[s], (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest()
    return b64url(sig) == parts[2]


def age_ok(s):
    m = re.search(r"\d+", s)
    return bool(m) and int(m.group()) > 89


def zip_ok(s):
    return bool(re.fullmatch(r"\d{5}(-\d{4})?", s))


BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def _to5(data):
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def crypto_ok(s):
    """bech32 (BIP 173) P2WPKH mainnet address: bc1q + 20-byte program."""
    m = re.fullmatch(r"bc1([%s]+)" % BECH32, s)
    if not m or len(s) != 42:
        return False
    data = [BECH32.index(c) for c in m.group(1)]
    return data[0] == 0 and _bech32_polymod(_hrp_expand("bc") + data) == 1


def mac_ok(s):
    """IANA documentation block 00-00-5E-00-53-00/24 (RFC 7042), any separator."""
    return bool(re.fullmatch(r"00(?P<sep>[:-])00(?P=sep)5[Ee](?P=sep)00(?P=sep)53(?P=sep)[0-9A-Fa-f]{2}", s)
                or re.fullmatch(r"0000\.5[Ee]00\.53[0-9A-Fa-f]{2}", s))


def dl_ok(s):
    return bool(re.fullmatch(r"[A-Z0-9-]{7,17}", s))


def passport_ok(s):
    return bool(re.fullmatch(r"[A-Z]\d{8}|\d{9}", s))


def icd_ok(s):
    return bool(re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", s))


# --------------------------------------------------------------------------
# generators

class Gen:
    def __init__(self, rng):
        self.r = rng
        self.jwt_keys = {}

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            s = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
            if ssn_ok(s):
                return s

    def itin(self):
        return "9%02d-%02d-%04d" % (self.r.randint(0, 99), self.r.randint(70, 88),
                                    self.r.randint(1, 9999))

    def npi(self):
        base = self.r.choice("12") + self.digits(8)
        return base + luhn_check_digit("80840" + base)[-1]

    def dea(self, registrant, surname):
        six = self.digits(6)
        return registrant + surname[0].upper() + six + dea_check(six)

    def aba(self, prefix=None):
        while True:
            p = prefix or self.r.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73)))
            eight = "%02d" % p + self.digits(6)
            for c in "0123456789":
                if aba_ok(eight + c):
                    return eight + c

    def iban(self, cc, bank=None):
        if cc in ("GB", "IE"):
            bban = (bank or self.chars(string.ascii_uppercase, 4)) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "NL":
            bban = (bank or self.chars(string.ascii_uppercase, 4)) + self.digits(10)
        else:
            raise ValueError(cc)
        chk = 98 - iban_mod97(cc + "00" + bban)
        return cc + "%02d" % chk + bban

    def vin(self, wmi, year, vds=None):
        while True:
            v = wmi + (vds or self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 5)) + "0" + year \
                + self.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 1) + self.digits(6)
            v = v[:8] + vin_check(v) + v[9:]
            if vin_ok(v):
                return v

    def nhs(self):
        while True:
            nine = self.digits(9, "456789")
            c = nhs_check(nine)
            if c is not None:
                d = nine + c
                return "%s %s %s" % (d[:3], d[3:6], d[6:])

    def mbi(self, dashes=False):
        A, N = MBI_ALPHA, string.digits
        AN = A + N
        pat = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
        s = "".join(self.r.choice(p) for p in pat)
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s

    def card(self, network):
        if network == "visa":
            partial, n = "4" + self.digits(14), 16
        elif network == "mc":
            partial, n = self.r.choice(["51", "52", "53", "54", "55"]) + self.digits(13), 16
        elif network == "amex":
            partial, n = self.r.choice(["34", "37"]) + self.digits(12), 15
        elif network == "discover":
            partial, n = "6011" + self.digits(11), 16
        else:
            raise ValueError(network)
        return partial + luhn_check_digit(partial)

    def btc_p2wpkh(self):
        data = [0] + _to5(bytes(self.r.randrange(256) for _ in range(20)))
        pm = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
        data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(BECH32[d] for d in data)

    def aws_key(self):
        return "AKIA" + self.chars(B32, 16)

    def aws_secret(self):
        return self.chars(ALNUM + "+/", 40)

    def ghp(self):
        body = self.chars(ALNUM, 30)
        return "ghp_" + body + b62_6(zlib.crc32(body.encode()))

    def github_pat(self):
        return "github_pat_" + self.chars(ALNUM, 22) + "_" + self.chars(ALNUM, 59)

    def openai_key(self):
        return "sk-proj-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)

    def anthropic_key(self):
        return "sk-ant-api03-" + self.chars(B64URL, 93) + "AA"

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12, "123456789"), self.digits(13, "123456789"),
                                  self.chars(ALNUM, 24))

    def hex(self, n):
        return self.chars("0123456789abcdef", n)

    def ec_pem(self):
        d = self.r.randrange(1, P256_N)
        Q = _ec_mul(d, P256_G)
        der = (EC_DER_PREFIX + d.to_bytes(32, "big") + EC_DER_MID
               + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big"))
        b = base64.b64encode(der).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        return "\n".join(["-----BEGIN EC PRIVATE KEY-----"] + lines
                         + ["-----END EC PRIVATE KEY-----"])

    def jwt(self, payload):
        key = bytes(self.r.randrange(256) for _ in range(32))
        h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = b64url(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
        tok = h + "." + p + "." + sig
        self.jwt_keys[tok] = key
        return tok


# --------------------------------------------------------------------------
# template rendering

def substitute(tpl, values):
    for k, v in values.items():
        for ch in "⟦⟧«»":
            assert ch not in v, (k, v)

    def rep(m):
        assert m.group(1) in values, "unknown placeholder " + m.group(1)
        return values[m.group(1)]
    out = re.sub(r"«([A-Za-z0-9_]+)»", rep, tpl)
    assert "«" not in out and "»" not in out, "unresolved placeholder"
    return out


def parse(s):
    out, spans, stack = [], [], []
    i = pos = 0
    while i < len(s):
        c = s[i]
        if c == "⟦":
            j = s.index("|", i)
            header = s[i + 1:j]
            assert "⟦" not in header and "⟧" not in header and "\n" not in header, header
            stack.append((header, pos))
            i = j + 1
        elif c == "⟧":
            header, start = stack.pop()
            spans.append((start, pos, header))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    assert not stack, "unclosed label " + repr(stack)
    text = "".join(out)
    result = []
    for start, end, header in spans:
        if header.startswith("!"):
            kind, tag = "neg", header[1:]
        elif header.startswith("?"):
            kind, tag = "amb", header[1:]
        else:
            kind, tag = "gold", ALIASES.get(header, header)
            assert tag in CLASSES, "unknown class " + header
        assert tag, "empty why/class"
        result.append((start, end, kind, tag))
    result.sort(key=lambda x: (x[0], -x[1]))
    return text, result


def is_word(c):
    return c.isalnum() or c == "_"


def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


VALIDATORS = {
    "fin.credit_card": card_ok, "phi.npi": npi_ok, "phi.dea": dea_ok,
    "fin.aba_routing": aba_ok, "fin.iban": iban_ok, "id.vin": vin_ok,
    "id.uk_nhs": nhs_ok, "pii.ssn": ssn_ok, "pii.itin": itin_ok, "phi.mbi": mbi_ok,
    "pii.phone": phone_ok, "pii.ip_address": ip_ok, "pii.email": email_ok,
    "secret.aws_access_key": aws_ok, "secret.github_token": github_ok,
    "secret.openai_api_key": openai_ok, "secret.anthropic_api_key": anthropic_ok,
    "secret.slack_token": slack_ok, "secret.private_key": pem_ok,
    "pii.age_over_89": age_ok, "pii.us_driver_license": dl_ok, "pii.us_passport": passport_ok,
    "pii.zip_code": zip_ok, "phi.icd10": icd_ok, "fin.crypto_wallet": crypto_ok,
    "pii.mac_address": mac_ok,
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD_RE = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
MON_RE = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"


def check_weekdays(name, text):
    """Any weekday written next to a full date must be the right weekday."""
    pats = [
        (WD_RE + r" " + MON_RE + r" (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", "wmdy"),
        (WD_RE + r" (\d{1,2})(?:st|nd|rd|th)? " + MON_RE + r",? (\d{4})", "wdmy"),
        (WD_RE + r" (\d{1,2})/(\d{1,2})/(\d{4})", "wnum"),
        (WD_RE + r" (\d{4})-(\d{2})-(\d{2})", "wiso"),
        (r"(\d{4})-(\d{2})-(\d{2}) \(" + WD_RE[:-4] + r"[a-z]*\)", "isow"),
    ]
    found = 0
    for pat, kind in pats:
        for m in re.finditer(pat, text):
            g = m.groups()
            if kind == "wmdy":
                wd, mo, d, y = g[0], g[1], g[2], g[3]
                mo = [x[:3] for x in MONTHS].index(mo) + 1
            elif kind == "wdmy":
                wd, d, mo, y = g
                mo = [x[:3] for x in MONTHS].index(mo) + 1
            elif kind == "wnum":
                wd, mo, d, y = g
            elif kind == "wiso":
                wd, y, mo, d = g
            else:
                y, mo, d, wd = g
            real = datetime.date(int(y), int(mo), int(d)).weekday()
            assert WEEKDAYS[real][:3] == wd, "%s: wrong weekday in %r (%s)" % (
                name, m.group(0), WEEKDAYS[real])
            found += 1
    return found


def check_doc(name, text, spans, jwt_keys):
    gold = [s for s in spans if s[2] == "gold"]
    other = [s for s in spans if s[2] != "gold"]
    # labelled texts: non-empty, trimmed
    for s, e, kind, tag in spans:
        t = text[s:e]
        assert t and t == t.strip(), "%s: bad span %r" % (name, t)
    # gold on token boundaries
    for s, e, kind, tag in gold:
        t = text[s:e]
        if is_word(text[s]) and s > 0 and is_word(text[s - 1]):
            raise AssertionError("%s: gold %r starts inside a token" % (name, t))
        if is_word(text[e - 1]) and e < len(text) and is_word(text[e]):
            raise AssertionError("%s: gold %r ends inside a token" % (name, t))
    # one class per text, no gold/neg/amb mixing
    tags = {}
    for s, e, kind, tag in spans:
        t = text[s:e]
        key = tag if kind == "gold" else kind
        tags.setdefault(t, set()).add(key)
    for t, ks in tags.items():
        assert len(ks) == 1, "%s: %r carries %s" % (name, t, ks)
    # every occurrence of a gold text is labelled or inside another gold span
    gold_ranges = [(s, e) for s, e, _, _ in gold]
    gold_texts = {text[s:e] for s, e, _, _ in gold}
    for t in gold_texts:
        for a, b in occurrences(text, t):
            if not any(s <= a and b <= e for s, e in gold_ranges):
                ctx = text[max(0, a - 30):b + 30]
                raise AssertionError("%s: unlabelled copy of gold %r in %r" % (name, t, ctx))
    # no negative / ambiguous occurrence overlaps a gold occurrence
    for t in {text[s:e] for s, e, _, _ in other}:
        for a, b in occurrences(text, t):
            for s, e in gold_ranges:
                if a < e and s < b:
                    raise AssertionError("%s: non-gold %r overlaps gold %r" % (
                        name, t, text[s:e]))
    # class validators on every gold text
    for s, e, kind, tag in gold:
        t = text[s:e]
        if tag == "secret.jwt":
            assert jwt_ok(t, jwt_keys), "%s: bad JWT %r" % (name, t)
        elif tag in VALIDATORS:
            assert VALIDATORS[tag](t), "%s: %s fails validation: %r" % (name, tag, t)

    def covered(a, b, kinds=("gold", "neg", "amb")):
        return any(s <= a and b <= e for s, e, k, _ in spans if k in kinds)
    # scans of the whole text
    for m in EMAIL_RE.finditer(text):
        assert email_ok(m.group()), "%s: e-mail outside example domains %r" % (name, m.group())
        # a password@host inside a connection URL is e-mail-shaped: it must then be
        # covered by adjacent labels (the secret and the host)
        assert covered(*m.span()) or all(
            any(s <= i < e for s, e, _, _ in spans) or text[i] == "@"
            for i in range(*m.span())), "%s: unlabelled e-mail %r" % (name, m.group())
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        assert covered(*m.span()), "%s: unlabelled SSN-shaped %r" % (name, m.group())
    for m in re.finditer(r"(?<![\w])\d(?:[ -]?\d){12,18}(?!\w)", text):
        if card_ok(m.group()):
            assert covered(*m.span()), "%s: unlabelled card-like %r" % (name, m.group())
    for m in re.finditer(r"(?<![\w.])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}(?![\w])", text):
        non_phone = any(s <= m.start() and m.end() <= e and (
            k == "neg" or (k == "gold" and tag != "pii.phone")) for s, e, k, tag in spans)
        assert us_phone_ok(m.group()) or non_phone, \
            "%s: phone-shaped %r outside 555-01xx" % (name, m.group())
    for m in re.finditer(r"(?<![\w])(?:\+44 ?7\d{3}|07\d{3}) ?\d{3} ?\d{3}(?!\w)", text):
        assert uk_phone_ok(m.group()), "%s: UK mobile %r outside 07700 900xxx" % (name, m.group())
    for m in re.finditer(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])", text):
        ip = m.group()
        try:
            a = ipaddress.ip_address(ip)
        except ValueError:
            assert covered(*m.span(), kinds=("neg",)), "%s: dotted quad %r" % (name, ip)
            continue
        assert ip_ok(ip) or a.is_private or covered(*m.span(), kinds=("neg",)), \
            "%s: IPv4 %r outside documentation/private ranges" % (name, ip)
    for pat in (r"AKIA[A-Z2-7]{16}", r"ghp_\w+", r"github_pat_\w+", r"sk-(?:proj|ant)-[\w-]+",
                r"xox[bpas]-[\w-]+", r"-----BEGIN", r"eyJ[\w-]+\.[\w-]+\.[\w-]+",
                r"bc1q[a-z0-9]{38}"):
        for m in re.finditer(pat, text):
            assert covered(*m.span(), kinds=("gold",)), "%s: unlabelled secret %r" % (
                name, m.group())
    return check_weekdays(name, text)


# --------------------------------------------------------------------------

def build():
    g = Gen(random.Random(SEED))
    docs = []
    for i, modname in enumerate(DOC_MODULES, 1):
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as exc:
            if exc.name != modname:
                raise
            break
        tpl, values = mod.make(g)
        text, spans = parse(substitute(tpl, values))
        name = "doc%d.txt" % i
        check_doc(name, text, spans, g.jwt_keys)
        size = len(text.encode("utf-8"))
        assert 1536 <= size <= 4000, "%s: size %d outside 1.5-4 KB" % (name, size)
        docs.append((name, text, spans))
    return docs


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def render_files(docs):
    files = {}
    gold, neg, amb = [], [], []
    for name, text, spans in docs:
        seen = set()
        for s, e, kind, tag in spans:
            t = text[s:e]
            key = (kind, tag if kind == "gold" else "", t)
            if key in seen:
                continue
            seen.add(key)
            if kind == "gold":
                gold.append({"doc": name, "class": tag, "text": t})
            elif kind == "neg":
                neg.append({"doc": name, "text": t, "why": tag})
            else:
                amb.append({"doc": name, "text": t, "why": tag})
        files[name] = text
    if any(n == "doc12.txt" for n, _, _ in docs):
        assert not any(r["doc"] == "doc12.txt" for r in gold), "doc12 must have no gold"
    files["gold.jsonl"] = jsonl(gold)
    files["negatives.jsonl"] = jsonl(neg)
    files["ambiguous.jsonl"] = jsonl(amb)
    files["README.md"] = render_readme(gold, neg, amb)
    return files


README_HEAD = """# Mixed documents, set E

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only set D's README,
whose conventions are kept, and the list of data classes).

`python3 make.py` (standard library only, fixed seed 20261221, output is deterministic: make.py
builds everything twice and asserts the two builds are identical) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |
| `gold.jsonl` | `{"doc","class","text"}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{"doc","text","why"}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{"doc","text","why"}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). The templates live in `docs_1.py` …
`docs_12.py` (one module per document, imported by make.py) and carry the labels inline
(`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous, `«key»` for generated
values; labels may nest).
"""

README_BODY = """
Genres (none used by the earlier sets):
1. hospital discharge summary with medication reconciliation and follow-up appointments (patient aged 93, family contacts)
2. an OpenAI-format chat-completions request body pasted as JSON: tool definitions, `tool_calls` whose JSON-encoded `arguments` strings hold patient identifiers behind escaped quotes, a tool result message
3. CT angiography report: accession numbers, comparison studies, referring and reading physicians, a critical-result call-back log
4. dental periodontal charting note: tooth numbers, probing depths, CDT codes, dental insurance subscriber details
5. health-plan explanation of benefits: member and subscriber IDs, claim lines with CPT/HCPCS codes and amounts, provider NPIs and tax ID
6. subpoena duces tecum to a hospital records custodian: caption, case number, patient identifiers, HIPAA authorization, affidavit of service
7. residential closing disclosure: buyers, a UK seller, loan number, escrow wiring (ABA, account), seller IBAN, FIRPTA ITIN, parcel number
8. WhatsApp-style chat between a home-health aide and a patient's daughter: lower case, typos, emoji, map pins, a card number, a Medicare card typed from a photo
9. `git show` output and PR review that commits secrets (DB URL password, two GitHub tokens, OpenAI and Anthropic keys, JWT, EC private key; an AWS key and a Slack token on removed lines) next to commit hashes and eponymous code identifiers
10. genetic-counselling note with a text pedigree (relatives aged 94 and 97, deceased relatives) and variant nomenclature
11. law firm new-matter intake and conflict-check memo: client, adverse people and companies named after people, matter numbers, privilege markers, billing contact
12. hard negative: hospital patient-education leaflet with a price-transparency excerpt, no gold at all

## Scoring conventions

Same as set D (and so set C): every occurrence of a gold text counts; a gold span is only the
value; names in every written form; street line plus same-line unit; ZIP separate, foreign
postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct
line/e-mail gold; dates about a person or their care/case in any format, statute/regulation/policy
dates and year-only negative, log timestamps and card/lot expiry ambiguous; only ages over 89 gold;
only person-identifying URLs gold; member IDs gold, group numbers ambiguous; privilege marker lines
only; secrets value only, PEM block from `-----BEGIN` to the final `-----`, AWS secret key
ambiguous; claim, case, Bates, account-at-a-provider, EIN and masked/last-4 numbers ambiguous;
CPT/HCPCS/LOINC/NDC/lot, bar numbers, reference ranges and scores negative; handles ambiguous;
companies and law firms named after people ambiguous; eponyms, drug brands and saints' names
negative; accession/order IDs negative.

`make.py` asserts: every gold/negative/ambiguous text occurs verbatim in its document; every gold
occurrence sits on token boundaries; every occurrence of a gold text (plain substring search,
case-sensitive) is either labelled or inside another labelled gold span; no text carries two
classes or is both gold and negative/ambiguous; no occurrence of a negative or ambiguous text
overlaps a gold occurrence; every e-mail-shaped string uses `example.com/.net/.org` and is
labelled; every SSN-shaped string and every Luhn-valid card-shaped number is labelled; every
US phone-shaped string is in 555-01xx unless it is labelled as something else (an NHS number);
UK mobiles are `07700 900xxx`; every dotted quad is a documentation/private address or a labelled
negative; every secret-shaped string (`AKIA`, `ghp_`, `github_pat_`, `sk-proj-`, `sk-ant-`, `xox?-`,
`-----BEGIN`, `eyJ…`) lies inside a gold span; a weekday written next to a full date is the right
weekday; each document is 1.5–4 KB (1536–4000 bytes); doc12 has no gold; every checksum-bearing
gold value is re-verified from the final text (see below).

New or made explicit in set E:

* **Weekdays and times.** A weekday written with a date is part of the date span
  (`Tuesday, March 4, 2025`, `Fri 3/14/2025`, `Thursday 6/12`, `thurs 9/11`); a clock time next to a
  date is not (`04/18/2025` in `04/18/2025  02:47`). An ISO 8601 date-time about care is one span,
  time and offset included (`2025-06-12T09:30:00-05:00`), because the date alone does not end on a
  token boundary. Dates in a clinical call-back log (doc3) are about care and gold; chat-export
  stamps (`9/9/25` in `[9/9/25, 7:02 AM]`) and a git commit `Date:` line are log metadata and
  ambiguous. A system event such as the day an API key was disabled (`Oct 28`) is a negative, like
  a software-release date. A sentinel DOB in code (`1900-01-01`) is a negative.
* **Ages over 89.** The span is the number with its attached unit when there is one (`93 yrs`,
  `93-year-old`, `91 y/o`, `94 y`) and the bare number otherwise (`97` in a pedigree line). Ages
  under 90 are unlabelled or negative (`37 y`, `aged 71`). Year-only death and diagnosis years in a
  pedigree (`d. 1988`) are negatives; a full death date (`14 March 2009`) is gold.
* **Names.** Honorifics and credentials are outside the span (`Mrs.`, `Dr.`, `Mr`, `MD`, `RDH`,
  `Esq.`). A quoted nickname inside a full name stays in one span (`Desmond "Dez" Halloran`,
  `Priscilla "Cilla" Marchbanks`); the nickname alone is gold too (`Dez`). Lower-case chat forms
  (`shonda`, `darnell`, `pham-oduya`), a speaker label (`Graça N`), `Last, First M` forms without a
  final period, an intercom label (`PETTIGREW E`), a Catalan name with `i` (`Montserrat Puig i
  Ferrer`) and a surname used as a conflict-search term (`"Petrakis-Mayo"`) are gold. A search term
  that names a company (`"Keller-Brandt"`, `"Whitcombe"`) is ambiguous like the company. A
  business named like a surname (`Fenwick Pharmacy`) is ambiguous; a statute acronym that is also
  a given name (`GINA`), eponymous algorithms and data structures in code (`LevenshteinIndex`,
  `BloomFilter`, `jaro_winkler`), eponymous scales, syndromes and risk models (`Apgar`, `Glasgow
  Coma Scale`, `Lynch`, `Li-Fraumeni`, `Tyrer-Cuzick`, `Fleischner`, `Gleason 3+4`) and a bare street
  name that is also a surname (`Halsted`) are negatives.
* **JSON inside JSON** (doc2). Gold spans inside a JSON-encoded `arguments`/`content` string exclude
  the escaping `\\"`; the same value outside the escaped string is the same gold text. E.164 phones
  (`+13125550146`) are phones. Tool-call IDs (`call_…`), the model snapshot name
  (`gpt-4o-2024-08-06`), the `user` service label and `$OPENAI_API_KEY` are negatives; an
  appointment ID is ambiguous (booking-number rule).
* **Connection strings** (doc9). In `postgresql://user:password@host:5432/db` only the password is
  gold (`secret.generic_api_key`); the service user name is a negative and the internal host name
  ambiguous. The `password@host` part is e-mail-shaped; it is not an e-mail.
* **PEM blocks in a diff.** A key added in a diff has a `+` at the start of every line; the gold
  span still runs from `-----BEGIN` to the final `-----` and includes those `+` characters. The
  key is a genuine SEC1 P-256 `EC PRIVATE KEY` (public point = private scalar × G, checked).
* **Git artefacts.** Full and abbreviated commit and blob hashes are negatives, GitHub handles
  (`@kosei-appsec`) ambiguous, `Author:`/`Co-authored-by:` names and e-mails gold. A secret on a
  removed (`-`) line is still gold (it stays in history). Both GitHub token formats
  (`ghp_` classic with its CRC32 checksum, `github_pat_` fine-grained) are `secret.github_token`.
  A TEST-NET address and a documentation-block MAC that an audit log ties to a named person's
  home connection and laptop are gold (`pii.ip_address`, `pii.mac_address`); the CI runner's
  RFC 1918 address is ambiguous (as in set D).
* **Map pins** (doc8). A map URL whose coordinates are the patient's home is `pii.url` (gold); a
  pin for a walk-in clinic is ambiguous (business location).
* **Money and property** (doc7). An escrow trust account is `fin.bank_account` even though a
  business owns it; the routing number is gold; the loan number and assessor parcel number are
  ambiguous (no class), NMLS licence numbers negative (like bar numbers), the bank's BIC negative.
  A foreign street line (`Flat 3, 27 Albemarle Row`) is gold, its postcode ambiguous. A seller's
  ITIN on a FIRPTA block is `pii.itin`. A decedent's bitcoin receive address in an estate
  inventory is `fin.crypto_wallet`; the car's VIN is `id.vin`.
* **Plans and providers.** The dental chart number is `phi.mrn`. An old-style "Subscriber ID (SSN or
  ID#)" field holding an SSN is `pii.ssn`. Subscriber and dependent IDs that differ only by suffix
  are two gold values. An organisation's (type 2) billing NPI is `phi.npi` like an individual's.
  EDI payer IDs (5 digits, ZIP-shaped), CDT codes, claim adjustment and remark codes (`CO-45`,
  `N130`), tooth numbers with sites (`#3 DB`), probing-depth rows, recession and mobility rows,
  accession numbers, image references, radiation dose values and dosages are negatives. Pager,
  referral, prescription, authorization, pre-authorization, process-server, notary-commission,
  matter, client, receipt, escrow-file and building door-code numbers are ambiguous (no class); a
  notary commission expiry is ambiguous like a card expiry.
* **Genetics** (doc10). HGVS nomenclature (`c.5266dupC`, `p.Gln1756Profs*74`), transcript IDs
  (`NM_007294.4`), dbSNP IDs (`rs80357906`), genomic coordinates (`chr17:43057051`), genome build,
  ClinVar IDs and panel versions are negatives. An NHS number of a UK relative is `id.uk_nhs`.
* **Hard negative** (doc12). Public switchboard, nurse-line and billing numbers, the billing
  e-mail, the hospital's street address and ZIP and the EIN inside a CMS machine-readable file name
  are ambiguous; CMS's published sample MBI (`1EG4-TE5-MK73`), ICD-10 codes in a generic list with
  no patient, CPT/DRG codes, policy and statute dates, `90 or older`, `911`/`988`, drug brands and a
  famous case (`Canterbury v. Spence`) are negatives.

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Cards: Luhn + real network prefix and length (Visa 4…, 16 digits). NPI: Luhn over `80840`+NPI,
first digit 1 or 2. ABA: 3-7-1 weighted mod 10 with a valid Fed prefix (10, Kansas City, for a
Colorado bank). IBAN (GB): mod-97 = 1 with the country's length (22), bank code `NWBK`. VIN:
position-9 check digit, Honda `5J6` WMI, model-year code `K` (2019). NHS: mod 11 (check 10
rejected). SSN: no area 000/666/9xx, no group 00, no serial 0000, not a famous example (set
listed in make.py). ITIN: area 9xx, group 70–88. MBI: 11 characters in the CMS character classes
(with and without dashes). DEA: registrant letter F + the prescriber's surname initial + 6 digits + the DEA
check digit. CT driver's licence: 9 digits. US passport: letter + 8 digits. Phones: US 555-01xx, UK mobile `07700 900xxx`.
GitHub classic token: `ghp_` + 30 base62 + 6-character base62 CRC32 of the 30; fine-grained:
`github_pat_` + 22 + `_` + 59 alphanumerics. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url.
AWS key ID: `AKIA` + 16 base32 (secret key 40 characters, ambiguous). JWT: real HS256 with a random
32-byte key, verified with that key. EC private key: random scalar on P-256, public point computed,
SEC1 DER, PEM-wrapped at 64 columns. Anthropic key: `sk-ant-api03-` + 93 base64url + `AA`. Slack bot
token: `xoxb-` digits-digits-24 alphanumerics. BTC: bech32 (BIP 173) P2WPKH, checksum verified (the
BIP 173 test vector is in the self-test). Commit hashes are random hex. E-mails:
`example.com/.net/.org` (and their subdomains) only. IPs: 198.51.100.0/24 (TEST-NET-2) and one
RFC 1918 address. MAC: IANA documentation block `00:00:5E:00:53:xx`. Map-pin coordinates are made up. Names, addresses, member IDs, MRNs and every
other number are invented.
"""


def render_readme(gold, neg, amb):
    counts = {}
    for r in gold:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    rows = "".join("| `%s` | %d |\n" % (c, counts[c]) for c in CLASSES if c in counts)
    return (README_HEAD + README_BODY
            + "\n## Counts\n%d gold values (distinct per document), %d negatives, %d ambiguous.\n\n"
            % (len(gold), len(neg), len(amb))
            + "| class | gold values |\n|---|---|\n" + rows)


def self_test():
    assert npi_ok("1234567893")
    assert aba_ok("021000021") and aba_ok("011000015")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert vin_ok("1M8GDM9AXKP042788") and vin_ok("11111111111111111")
    assert nhs_ok("943 476 5919")
    assert card_ok("4111111111111111") and card_ok("378282246310005")
    assert dea_ok("AB1234563")
    assert not ssn_ok("078-05-1120") and not ssn_ok("666-12-3456") and ssn_ok("212-34-5678")
    assert mbi_ok("1EG4-TE5-MK73") and mbi_ok("1EG4TE5MK73")
    assert us_phone_ok("(608) 555-0117") and not us_phone_ok("608-555-1234")
    assert uk_phone_ok("07700 900461") and uk_phone_ok("+44 7700 900461")
    t = Gen(random.Random(1))
    for _ in range(50):
        assert npi_ok(t.npi()) and aba_ok(t.aba()) and nhs_ok(t.nhs()) and ssn_ok(t.ssn())
        assert itin_ok(t.itin()) and mbi_ok(t.mbi()) and mbi_ok(t.mbi(True))
        assert iban_ok(t.iban("GB")) and iban_ok(t.iban("DE")) and iban_ok(t.iban("NL"))
        assert vin_ok(t.vin("1HG", "M")) and dea_ok(t.dea("B", "Quist"))
        for nw in ("visa", "mc", "amex", "discover"):
            assert card_ok(t.card(nw))
        assert ghp_ok(t.ghp()) and github_ok(t.github_pat()) and openai_ok(t.openai_key())
        assert anthropic_ok(t.anthropic_key()) and slack_ok(t.slack_bot()) and aws_ok(t.aws_key())
    assert mac_ok("00:00:5E:00:53:2A") and mac_ok("00-00-5e-00-53-01") and not mac_ok("00:1A:2B:3C:4D:5E")
    assert crypto_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")  # BIP 173 test vector
    assert crypto_ok(t.btc_p2wpkh())
    assert pem_ok(t.ec_pem()) and pem_ok(t.ec_pem().replace("\n", "\n+"))
    tok = t.jwt({"sub": "x"})
    assert jwt_ok(tok, t.jwt_keys) and not jwt_ok(tok[:-2] + "AA", {tok[:-2] + "AA": b"k"})


def main():
    self_test()
    a = render_files(build())
    b = render_files(build())
    assert a == b, "build is not deterministic"
    for fn, content in a.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    ndocs = sum(1 for fn in a if fn.startswith("doc"))
    ng = a["gold.jsonl"].count("\n")
    print("wrote %d documents, %d gold, %d negatives, %d ambiguous" % (
        ndocs, ng, a["negatives.jsonl"].count("\n"), a["ambiguous.jsonl"].count("\n")))
    for fn in sorted((f for f in a if f.startswith("doc")), key=lambda x: int(x[3:-4])):
        print("  %-10s %5d bytes" % (fn, len(a[fn].encode("utf-8"))))


if __name__ == "__main__":
    main()
