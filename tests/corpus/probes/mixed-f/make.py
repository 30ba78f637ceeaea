#!/usr/bin/env python3
"""Build probe set F: doc1.txt … doc12.txt, gold.jsonl, negatives.jsonl, ambiguous.jsonl, README.md.

Standard library only.  Fixed seed.  The whole set is built twice and the two builds must be
byte-identical before anything is written.  Every assertion of set E is kept (see README).
"""
import base64
import datetime as dt
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

SEED = 20261228
HERE = os.path.dirname(os.path.abspath(__file__))
NDOCS = 12

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address pii.zip_code pii.date
pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport pii.us_driver_license phi.mrn
phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key secret.github_token
secret.openai_api_key secret.anthropic_api_key secret.slack_token secret.private_key secret.jwt
secret.generic_api_key legal.privilege_marker""".split()

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin", "email": "pii.email",
    "phone": "pii.phone", "addr": "pii.street_address", "zip": "pii.zip_code", "date": "pii.date",
    "age": "pii.age_over_89", "ip": "pii.ip_address", "url": "pii.url", "mac": "pii.mac_address",
    "passport": "pii.us_passport", "dl": "pii.us_driver_license", "mrn": "phi.mrn", "mbi": "phi.mbi",
    "hpid": "phi.health_plan_id", "npi": "phi.npi", "dea": "phi.dea", "icd": "phi.icd10",
    "card": "fin.credit_card", "iban": "fin.iban", "aba": "fin.aba_routing", "acct": "fin.bank_account",
    "btc": "fin.crypto_wallet", "vin": "id.vin", "nhs": "id.uk_nhs", "aws": "secret.aws_access_key",
    "gh": "secret.github_token", "openai": "secret.openai_api_key", "anthropic": "secret.anthropic_api_key",
    "slack": "secret.slack_token", "pem": "secret.private_key", "jwt": "secret.jwt",
    "apikey": "secret.generic_api_key", "priv": "legal.privilege_marker",
}
for c in CLASSES:
    ALIASES[c] = c

# --------------------------------------------------------------------------------------------
# checksum helpers
# --------------------------------------------------------------------------------------------
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def npi_ok(n):
    return bool(re.fullmatch(r"[12]\d{9}", n)) and luhn_ok("80840" + n)


def dea_ok(d):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", d):
        return False
    x = [int(c) for c in d[2:]]
    return (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10 == x[6]


ABA_PREFIXES = set(range(1, 13)) | set(range(21, 33)) | set(range(61, 73)) | {80}


def aba_ok(a):
    if not re.fullmatch(r"\d{9}", a) or int(a[:2]) not in ABA_PREFIXES:
        return False
    d = [int(c) for c in a]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LEN = {"GB": 22, "DE": 22, "PL": 28, "FR": 27, "NL": 18, "BE": 16, "IE": 22, "ES": 24}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(i):
    i = i.replace(" ", "")
    if i[:2] not in IBAN_LEN or len(i) != IBAN_LEN[i[:2]]:
        return False
    return iban_num(i[4:] + i[:4]) % 97 == 1


VIN_TR = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
          **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and v[8] == vin_check(v)


def nhs_ok(n):
    n = n.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", n):
        return False
    c = 11 - sum(int(n[i]) * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(n[9])


FAMOUS_SSN = {"078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", "457-55-5462", "987-65-4320"}


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.replace(" ", "-"))
    if not m:
        return False
    a, g, n = m.groups()
    return (a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"
            and f"{a}-{g}-{n}" not in FAMOUS_SSN)


ITIN_GROUPS = set(range(50, 66)) | set(range(70, 89)) | set(range(90, 93)) | set(range(94, 100))


def itin_ok(s):
    m = re.fullmatch(r"(9\d{2})-?(\d{2})-?(\d{4})", s.replace(" ", "-"))
    return bool(m) and int(m.group(2)) in ITIN_GROUPS


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"
MBI_AN = MBI_A + MBI_N
MBI_CLASSES = ["123456789", MBI_A, MBI_AN, MBI_N, MBI_A, MBI_AN, MBI_N, MBI_A, MBI_A, MBI_N, MBI_N]


def mbi_ok(m):
    m = m.replace("-", "")
    return len(m) == 11 and all(c in cls for c, cls in zip(m, MBI_CLASSES))


def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def ghp_ok(t):
    m = re.fullmatch(r"ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", t)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


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


def hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


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
    elif not pad and (bits >= frm or ((acc << (to - bits)) & maxv)):
        raise ValueError
    return out


def bech32_encode_segwit(hrp, ver, prog):
    data = [ver] + convertbits(prog, 8, 5)
    pm = bech32_polymod(hrp_expand(hrp) + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def bech32_decode_segwit(addr):
    a = addr.lower()
    hrp, _, rest = a.rpartition("1")
    data = [BECH.index(c) for c in rest]
    if bech32_polymod(hrp_expand(hrp) + data) != 1:
        return None
    prog = convertbits(data[1:-6], 5, 8, False)
    return hrp, data[0], bytes(prog)


# P-256
P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
A = P - 3
GX = 0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296
GY = 0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5


def ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2 and (y1 + y2) % P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + A) * pow(2 * y1, -1, P) % P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P) % P
    x3 = (lam * lam - x1 - x2) % P
    return x3, (lam * (x1 - x3) - y1) % P


def ec_mul(k, pt=(GX, GY)):
    r = None
    while k:
        if k & 1:
            r = ec_add(r, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return r


SEC1_HEAD = bytes.fromhex("30770201010420")
SEC1_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")


def pem_ok(block):
    body = block.replace("\\n", "\n")
    body = "\n".join(re.sub(r"^(?:\+|> ?)", "", l).rstrip() for l in body.split("\n"))
    m = re.fullmatch(r"-----BEGIN EC PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+?)\n?-----END EC PRIVATE KEY-----", body.strip())
    if not m:
        return False
    der = base64.b64decode(m.group(1).replace("\n", ""))
    if der[:7] != SEC1_HEAD or der[39:56] != SEC1_MID or len(der) != 121:
        return False
    k = int.from_bytes(der[7:39], "big")
    pub = der[56:]
    x, y = ec_mul(k)
    return pub == b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big") and (y * y - x ** 3 - A * x) % P == 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B % P


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


# --------------------------------------------------------------------------------------------
# generator passed to docs_N.make(g)
# --------------------------------------------------------------------------------------------
class G:
    def __init__(self, seed, registry):
        self.r = random.Random(seed)
        self.reg = registry  # jwt keys etc.

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def ssn(self):
        while True:
            s = f"{self.r.randint(1, 899):03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"
            if ssn_ok(s):
                return s

    def itin(self):
        return f"9{self.r.randint(0, 99):02d}-{self.r.randint(70, 88)}-{self.r.randint(1, 9999):04d}"

    def npi(self, first="1"):
        while True:
            base = first + self.digits(8)
            for c in "0123456789":
                if luhn_ok("80840" + base + c):
                    return base + c

    def bad_npi(self):
        while True:
            n = "1" + self.digits(9)
            if not npi_ok(n):
                return n

    def dea(self, reg, surname_initial):
        d = [self.r.randint(0, 9) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return reg + surname_initial + "".join(map(str, d)) + str(c)

    def aba(self, prefix):
        while True:
            a = f"{prefix:02d}" + self.digits(6)
            for c in "0123456789":
                if aba_ok(a + c):
                    return a + c

    def iban(self, cc, bban):
        chk = 98 - iban_num(bban + cc + "00") % 97
        return f"{cc}{chk:02d}{bban}"

    def vin(self, wmi_vds, year, plant):
        while True:
            v = wmi_vds[:8] + "0" + year + plant + self.digits(6)
            v = v[:8] + vin_check(v) + v[9:]
            if vin_ok(v):
                return v

    def nhs(self):
        while True:
            n = self.r.choice("456") + self.digits(8)
            c = 11 - sum(int(n[i]) * (10 - i) for i in range(9)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return n + str(c)

    def mbi(self):
        return "".join(self.r.choice(c) for c in MBI_CLASSES)

    def card(self, prefix, length):
        return luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    def bad_luhn(self, length, prefix=""):
        while True:
            n = prefix + self.digits(length - len(prefix))
            if not luhn_ok(n):
                return n

    def ghp(self):
        body = self.chars(ALNUM, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)

    def openai(self):
        return "sk-proj-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(B64URL, 93) + "AA"

    def aws_id(self):
        return "AKIA" + self.chars(string.ascii_uppercase + "234567", 16)

    def aws_secret(self):
        return self.chars(ALNUM + "+/", 40)

    def slack_bot(self):
        return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.chars(ALNUM, 24)}"

    def hex(self, n):
        return self.chars("0123456789abcdef", n)

    def jwt(self, payload):
        key = bytes(self.r.randrange(256) for _ in range(32))
        h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        s = b64u(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
        tok = f"{h}.{p}.{s}"
        self.reg.setdefault("jwt", {})[tok] = key
        return tok

    def ec_pem_lines(self):
        k = self.r.randrange(1, N)
        x, y = ec_mul(k)
        der = SEC1_HEAD + k.to_bytes(32, "big") + SEC1_MID + b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
        b = base64.b64encode(der).decode()
        return ["-----BEGIN EC PRIVATE KEY-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END EC PRIVATE KEY-----"]

    def btc(self):
        prog = bytes(self.r.randrange(256) for _ in range(20))
        return bech32_encode_segwit("bc", 0, prog)


# --------------------------------------------------------------------------------------------
# template parsing
# --------------------------------------------------------------------------------------------
def render(template, values):
    used = set()

    def sub(m):
        k = m.group(1)
        assert k in values, f"missing value {k}"
        used.add(k)
        return values[k]

    t = re.sub(r"«([A-Za-z0-9_]+)»", sub, template)
    assert set(values) == used, f"unused values {set(values) - used}"
    assert "«" not in t and "»" not in t
    out = []
    stack = []
    spans = []
    i = 0
    pos = 0
    while i < len(t):
        ch = t[i]
        if ch == "⟦":
            j = t.index("|", i)
            head = t[i + 1:j]
            assert "⟦" not in head and "⟧" not in head and "\n" not in head, head
            stack.append((head, pos))
            i = j + 1
        elif ch == "⟧":
            head, start = stack.pop()
            spans.append((head, start, pos))
            i += 1
        else:
            out.append(ch)
            pos += 1
            i += 1
    assert not stack, "unclosed label"
    text = "".join(out)
    labelled = []
    for head, s, e in spans:
        val = text[s:e]
        assert val and val == val.strip(), f"empty or padded label {head!r}: {val!r}"
        if head.startswith("!"):
            labelled.append(("neg", head[1:], s, e, val))
        elif head.startswith("?"):
            labelled.append(("amb", head[1:], s, e, val))
        else:
            assert head in ALIASES, f"unknown class {head}"
            labelled.append(("gold", ALIASES[head], s, e, val))
    return text, labelled


def occurrences(text, sub):
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
WD_RE = r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
DATE_FORMS = [
    (r"([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})", lambda m: (int(m[3]), MONTHS.get(m[1][:3].lower()), int(m[2]))),
    (r"(\d{1,2}) ([A-Z][a-z]{2,8}),? (\d{4})", lambda m: (int(m[3]), MONTHS.get(m[2][:3].lower()), int(m[1]))),
    (r"(\d{1,2})/(\d{1,2})/(\d{4})", lambda m: (int(m[3]), int(m[1]), int(m[2]))),
    (r"(\d{1,2})/(\d{1,2})/(\d{2})\b", lambda m: (2000 + int(m[3]), int(m[1]), int(m[2]))),
    (r"(\d{4})-(\d{2})-(\d{2})", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
    (r"(\d{1,2})-([A-Z][a-z]{2})-(\d{4})", lambda m: (int(m[3]), MONTHS.get(m[2].lower()), int(m[1]))),
]


def check_weekdays(name, text):
    n = 0
    for m in re.finditer(WD_RE, text):
        rest = text[m.end():]
        for pat, conv in DATE_FORMS:
            mm = re.match(pat, rest)
            if mm:
                y, mo, d = conv(mm)
                if mo is None:
                    continue
                real = dt.date(y, mo, d).weekday()
                assert real == WD[m.group(1).lower()], f"{name}: wrong weekday {m.group(0)}{mm.group(0)}"
                n += 1
                break
    return n


DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                               "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
SECRET_SHAPES = r"AKIA[A-Z2-7]{16}|ghp_\w+|github_pat_\w+|sk-proj-|sk-ant-|\bxox[abprs]-|-----BEGIN|\beyJ[\w-]+\.[\w-]+"


def covered(spans, s, e, kinds=("gold", "neg", "amb"), exclude_class=None):
    for k, c, S, E, _ in spans:
        if k in kinds and S <= s and e <= E and (exclude_class is None or c != exclude_class):
            return True
    return False


def verify_value(cls, v, reg):
    d = re.sub(r"[ -]", "", v)
    if cls == "fin.credit_card":
        assert re.fullmatch(r"\d{13,19}", d) and luhn_ok(d) and re.match(r"4|5[1-5]|2[2-7]|3[47]|6011", d), v
    elif cls == "phi.npi":
        assert npi_ok(v), v
    elif cls == "phi.dea":
        assert dea_ok(v), v
    elif cls == "fin.aba_routing":
        assert aba_ok(v), v
    elif cls == "fin.iban":
        assert iban_ok(v), v
    elif cls == "id.vin":
        assert vin_ok(v), v
    elif cls == "id.uk_nhs":
        assert nhs_ok(v), v
    elif cls == "pii.ssn":
        assert ssn_ok(v), v
    elif cls == "pii.itin":
        assert itin_ok(v), v
    elif cls == "phi.mbi":
        assert mbi_ok(v), v
    elif cls == "secret.jwt":
        h, p, s = v.split(".")
        key = reg["jwt"][v]
        want = b64u(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest())
        assert hmac.compare_digest(want, s), v
        json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
    elif cls == "secret.github_token":
        assert ghp_ok(v) or re.fullmatch(r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", v), v
    elif cls == "fin.crypto_wallet":
        r = bech32_decode_segwit(v)
        assert r and r[0] == "bc" and r[1] == 0 and len(r[2]) in (20, 32), v
    elif cls == "secret.private_key":
        assert pem_ok(v), v
    elif cls == "secret.aws_access_key":
        assert re.fullmatch(r"AKIA[A-Z2-7]{16}", v), v
    elif cls == "secret.openai_api_key":
        assert re.fullmatch(r"sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}", v), v
    elif cls == "secret.anthropic_api_key":
        assert re.fullmatch(r"sk-ant-api03-[\w-]{93}AA", v), v
    elif cls == "secret.slack_token":
        assert re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", v), v
    elif cls == "pii.email":
        assert re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(com|net|org)", v), v
    elif cls == "pii.ip_address":
        a = ipaddress.ip_address(v)
        assert any(a in n for n in DOC_NETS) or a in ipaddress.ip_network("2001:db8::/32"), v
    elif cls == "pii.mac_address":
        assert re.fullmatch(r"00[:-]00[:-]5E[:-]00[:-]53[:-][0-9A-F]{2}", v.upper()), v
    elif cls == "pii.us_passport":
        assert re.fullmatch(r"[A-Z]\d{8}|\d{9}", v), v
    elif cls == "pii.us_driver_license":
        assert re.fullmatch(r"[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d", v), v  # Florida layout
    elif cls == "pii.zip_code":
        assert re.fullmatch(r"\d{5}(-\d{4})?", v), v
    elif cls == "pii.phone":
        dd = re.sub(r"\D", "", v)
        assert re.search(r"555(01\d\d)$", dd) or re.fullmatch(r"(07700|447700)900\d{3}", dd), v
    elif cls == "phi.icd10":
        assert re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", v), v


# --------------------------------------------------------------------------------------------
def build():
    reg = {}
    docs, gold, negs, ambs = {}, [], [], []
    per_doc = {}
    for k in range(1, NDOCS + 1):
        mod = importlib.import_module(f"docs_{k}")
        g = G(SEED * 100 + k, reg)
        template, values = mod.make(g)
        text, spans = render(template, values)
        name = f"doc{k}.txt"
        check_doc(name, k, text, spans, reg)
        docs[name] = text
        per_doc[name] = spans
        seen = set()
        for kind, c, s, e, v in spans:
            key = (kind, v)
            if key in seen:
                continue
            seen.add(key)
            if kind == "gold":
                gold.append({"doc": name, "class": c, "text": v})
            elif kind == "neg":
                negs.append({"doc": name, "text": v, "why": c})
            else:
                ambs.append({"doc": name, "text": v, "why": c})
    out = {}
    for n, t in docs.items():
        out[n] = t.encode("utf-8")
    jl = lambda rows: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    out["gold.jsonl"] = jl(gold)
    out["negatives.jsonl"] = jl(negs)
    out["ambiguous.jsonl"] = jl(ambs)
    out["README.md"] = readme(docs, per_doc, gold, negs, ambs).encode("utf-8")
    return out


def check_doc(name, k, text, spans, reg):
    size = len(text.encode("utf-8"))
    assert 1536 <= size <= 4000, f"{name}: size {size}"
    golds = [s for s in spans if s[0] == "gold"]
    if k == 12:
        assert not golds, f"{name}: doc12 must have no gold"
    # one class per text; never both gold and neg/amb; never both neg and amb
    kind_of, cls_of = {}, {}
    for kind, c, s, e, v in spans:
        if kind == "gold":
            assert cls_of.setdefault(v, c) == c, f"{name}: {v!r} has two classes"
        assert kind_of.setdefault(v, kind) == kind, f"{name}: {v!r} is both {kind_of[v]} and {kind}"
        assert text[s:e] == v and v in text
    gold_spans = [(s, e) for _, _, s, e, _ in golds]
    # token boundaries
    for _, c, s, e, v in golds:
        if v[0].isalnum() and s > 0:
            assert not text[s - 1].isalnum(), f"{name}: gold {v!r} starts mid-token"
        if v[-1].isalnum() and e < len(text):
            assert not text[e].isalnum(), f"{name}: gold {v!r} ends mid-token ({text[e]!r})"
    # every occurrence of a gold text labelled or inside another gold span
    for _, c, s, e, v in golds:
        for (a, b) in occurrences(text, v):
            ok = any(S <= a and b <= E for S, E in gold_spans)
            assert ok, f"{name}: unlabelled occurrence of gold {v!r} at {a}: {text[max(0,a-30):b+30]!r}"
    # neg/amb never overlap gold
    for kind, c, s, e, v in spans:
        if kind == "gold":
            continue
        for (a, b) in occurrences(text, v):
            for S, E in gold_spans:
                assert not (a < E and S < b), f"{name}: {kind} {v!r} overlaps gold {text[S:E]!r}"
    labelled_text = {v for _, _, _, _, v in spans}

    def cov(s, e, exclude_class=None):
        if covered(spans, s, e, exclude_class=exclude_class):
            return True
        return exclude_class is None and text[s:e] in labelled_text

    # e-mails
    for m in re.finditer(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}", text):
        dom = m.group(0).split("@", 1)[1]
        local_end = m.start() + m.group(0).index("@")
        if dom == "github.com" and covered(spans, m.start(), local_end, kinds=("gold",)):
            continue  # git+https://TOKEN@github.com/...: the token is a gold secret, not an e-mail
        assert re.fullmatch(r"([\w-]+\.)*example\.(com|net|org)", dom), f"{name}: e-mail domain {m.group(0)}"
        assert cov(m.start(), m.end()), f"{name}: unlabelled e-mail {m.group(0)}"
    # SSN-shaped
    for m in re.finditer(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", text):
        assert cov(m.start(), m.end()), f"{name}: unlabelled SSN-shaped {m.group(0)}"
    # Luhn-valid card-shaped
    for m in re.finditer(r"(?<![\w-])(?:\d{4}[ -]){3}\d{1,7}(?![\w-])|(?<![\w-])\d{4}[ -]\d{6}[ -]\d{5}(?![\w-])|(?<![\w.-])\d{13,19}(?![\w-])", text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            assert cov(m.start(), m.end()), f"{name}: unlabelled Luhn-valid number {m.group(0)}"
    # US phone-shaped
    for m in re.finditer(r"(?<![\w.-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])|(?<![\w])\+1\d{10}(?!\w)|(?<![\w-])1-\d{3}-\d{3}-\d{4}(?![\w-])", text):
        d = re.sub(r"\D", "", m.group(0))[-10:]
        if d[3:6] == "555" and d[6:8] == "01":
            assert cov(m.start(), m.end()), f"{name}: unlabelled phone {m.group(0)}"
        else:
            assert covered(spans, m.start(), m.end(), exclude_class="pii.phone"), f"{name}: phone-shaped not 555-01xx: {m.group(0)}"
    # UK mobiles
    for m in re.finditer(r"(?<!\d)(?:07\d{3}|\+44 ?7\d{3}) ?\d{3} ?\d{3}(?!\d)", text):
        d = re.sub(r"\D", "", m.group(0))
        assert re.fullmatch(r"(07700|447700)900\d{3}", d), f"{name}: UK mobile {m.group(0)}"
        assert cov(m.start(), m.end()), f"{name}: unlabelled UK mobile {m.group(0)}"
    # dotted quads / dotted runs
    for m in re.finditer(r"(?<![\w.])\d+(?:\.\d+){3,}(?![\w]|\.\d)", text):
        parts = m.group(0).split(".")
        if len(parts) == 4 and all(int(p) <= 255 for p in parts):
            a = ipaddress.ip_address(m.group(0))
            if any(a in n for n in DOC_NETS):
                assert cov(m.start(), m.end()), f"{name}: unlabelled IP {m.group(0)}"
                continue
        assert cov(m.start(), m.end()) and not covered(spans, m.start(), m.end(), kinds=("gold",)), \
            f"{name}: dotted quad {m.group(0)} not a documentation address nor a labelled negative"
    # MACs
    for m in re.finditer(r"(?<![\w:])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:])", text):
        assert m.group(0).upper().replace("-", ":").startswith("00:00:5E:00:53:"), f"{name}: MAC {m.group(0)}"
        assert cov(m.start(), m.end()), f"{name}: unlabelled MAC"
    # secret shapes
    for m in re.finditer(SECRET_SHAPES, text):
        assert covered(spans, m.start(), m.end(), kinds=("gold",)), f"{name}: secret-shaped outside gold: {m.group(0)[:20]}"
    # weekdays
    check_weekdays(name, text)
    # checksums re-verified from the final text
    for _, c, s, e, v in golds:
        verify_value(c, text[s:e], reg)


GENRES = [
    "EMS prehospital care report (ambulance run sheet): unit, incident and PCR numbers, CAD times, scene at the patient's home with GPS fix and map link, patient aged 93, crew with certification numbers, receiving ED, narrative and impression codes",
    "C-CDA continuity-of-care XML pasted into a prompt after the user's Python snippet (with an OpenAI key): OIDs and `extension` identifiers, `birthTime`, `<addr>` parts, `tel:`/`mailto:` telecoms, `<given>`/`<family>` names, problem list with ICD-10 `code` attributes, author and custodian",
    "petition for emergency involuntary psychiatric admission with the court's notice of hearing, under a hospital counsel's privileged cover note: respondent, petitioner mother, examining physician, docket, hearing date, facts (a bitcoin transfer)",
    "auto-insurance claim adjuster's file notes: insured and claimant, VIN, plate, Florida driver's licence, claimant ITIN, bodily-injury summary with ICD-10, recorded-statement summary, ACH settlement details, body-shop payment",
    "pharmacy prior-authorization request sent by fax: cover sheet, member and group IDs, BIN/PCN, prescriber NPI and DEA, NDC, diagnosis codes, step-therapy history with dates",
    "Microsoft Teams channel export among hospital staff: @mentions, markdown, emoji, OCR of a wristband, a bed-board table, a UK visitor's NHS number, and an informatics analyst pasting a bearer JWT and a private key",
    "funeral home arrangement conference / death-certificate worksheet: decedent SSN, DOB, DOD, age 94, birthplace, parents with the mother's maiden name, spouse, informant, veteran's service number, burial permit, clergy, card and IBAN payment",
    "clinical-trial screening and enrollment log (Markdown table) with a monitor's visit note: screening numbers, subject IDs, initials, DOBs, consent dates and versions, eligibility labs, PI and coordinator",
    "patient-access call-centre quality-review log: several calls, agents, identity verification, callback numbers in mixed forms, appointments, member IDs, MBI, a portal IP, and a tooling note with leaked credentials",
    "durable power of attorney for health care (Illinois-style) with witness and notary blocks: principal aged 91, agent, alternate agent abroad, addresses, execution date in legal form, notary commission, passport as ID",
    "Jupyter notebook (.ipynb JSON) pasted into a prompt: `source` arrays with `\\n` escapes, a pip install from a private GitHub repo with a token, Anthropic and AWS keys, a printed DataFrame of patients (name, DOB, MRN, ZIP, phone, wearable MAC), a traceback with ANSI escapes",
    "hard negative, no gold: a reference lab's specimen-collection manual excerpt plus a release note for its instrument-interface software",
]

NEW_CONVENTIONS = r"""
* **Coordinates and map links** (doc1). Bare GPS coordinates of a patient's home have no class and are
  ambiguous; a map URL carrying them is `pii.url` (gold), as in set E. CAD/ePCR clock times without a
  date are unlabelled; the incident and PCR numbers are ambiguous (case-number rule); unit designators
  (`Medic 14`), cardiac-monitor serials and EMS/funeral-director certification numbers are negatives
  (licence-number rule, like bar and NMLS numbers).
* **XML** (doc2). A value inside an XML attribute or element is only the value (`extension="…"`,
  `<given>…</given>`): quotes and tags are outside the span. Each `<given>` and `<family>` element is
  its own name span; a multi-word family name (`Quispe Mamani`) is one span. `birthTime`/`low` values
  in `YYYYMMDD` form are dates. Template, code-system and assigning-authority OIDs, LOINC/SNOMED/RxNorm
  codes and the document ID are negatives; the document `effectiveTime` (creation stamp) is ambiguous
  (log metadata). In `tel:+1-978-555-0134` and `mailto:x@example.org` the scheme is outside the span.
  An organisation's contact data and its type-2 NPI follow set E (ambiguous contact, gold NPI).
* **Phones read out** (doc9). A callback number written with digits in any grouping is gold
  (`6175550129`, `(617)555.0142`); the same number spelled out in words in a transcript summary
  (`six one seven, five five five, oh one three eight`, `857, triple-five, oh-one-six-four`) is
  ambiguous.
* **Teams @mentions** (doc6). `@Display Name` is a person name; the span excludes `@`. A bare channel
  name (`#5West-Nursing`) is a negative. Room/bed numbers (`512-B`) are negatives. In a bed-board row
  a surname-comma-initial (`Okafor-Lindqvist, C`) is a name; an age written `91y` is `pii.age_over_89`
  and `85y` a negative. The wristband's FIN (encounter number) is ambiguous (account-at-a-provider rule);
  barcode digits that repeat the MRN inside `*…*` are the MRN.
* **Trial logs** (doc8). Screening numbers and subject IDs are ambiguous (as the brief says); subject
  initials standing alone in a log column (`A-O-K`) are ambiguous; a full name found on a source
  document is gold. Protocol numbers, ICF/protocol versions (`v3.0`), kit numbers, lab values and
  eligibility thresholds are negatives; an ICD-10 code quoted in a generic eligibility criterion is a
  negative, one recorded for a screened subject is gold. The IRB approval date is a negative; the
  monitoring-visit date (about the site, not a subject) is ambiguous; consent, screening, randomisation
  dates and DOBs are gold.
* **Legal dates and ages** (doc3, doc10). `3rd day of December, 2025` is one date span; `91 years` in
  `91 years of age` is the age span. Statute citations (`755 ILCS 45/4-10`, `R.C. 5122.10`) and court
  form numbers are negatives; the docket number is ambiguous; an attorney registration number is a
  negative (bar-number rule). A fax or e-mail `CONFIDENTIALITY NOTICE` about PHI is not a privilege
  marker and is a negative; `PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION` and
  `PREPARED IN ANTICIPATION OF LITIGATION` lines are gold.
* **Funeral records** (doc7). The veteran's service number, burial permit number and funeral-home file
  number have no class and are ambiguous; cemetery section/lot/grave numbers and casket model names are
  negatives. Service dates with weekdays (`Tue 12/9/2025`) are about the decedent's case and gold. A
  mother's maiden name written as a full name is a name. The funeral home named after people is ambiguous.
* **Initials and nicknames.** Initials-only sign-offs in notes (`PDW`, `KAL`) are ambiguous like log
  initials; `K. Abernathy-Lowe`, `L. Mokoena` and `Okafor-Lindqvist, C` are gold names. A quoted nickname
  inside a full name stays in one span (`Guadalupe "Lupe" Arriaga`, `Oluwadamilare "Dami" Ogunleye`) and
  the nickname alone is gold where it appears alone (`Dami`, `Zhenya`, `Teddy`, `Ngọc`).
* **Quoted PEM** (doc6). A PEM block quoted in a chat reply has `> ` at the start of every line; as with
  set E's diff `+`, the span runs from `-----BEGIN` to the final `-----` and includes the `> ` markers.
* **Foreign numbers.** A named relative's Belgian phone (`+32 9 555 01 27`) is gold; the Belgian postcode
  is ambiguous and the street line (`Kortrijksesteenweg 211`) gold, as for set E's UK address.
* **Ages under 90** stay negatives in every form (`85Y`, `88y`, `age 89`), even for a 1936 birth date.
* **Month-year dates** of a person's treatment (`03/2022`) are gold; year-only ranges stay negative.
* **Auto claims** (doc4). The licence plate and policy number have no class and are ambiguous; the
  claimant's Florida driver's licence (`L###-###-##-###-#`) is `pii.us_driver_license`; adjuster
  file-note entry stamps (`2025-11-03 14:10`) are log metadata and ambiguous; the date of loss and
  treatment dates are gold; estimate, check and OEM part numbers and a Luhn-invalid tow-receipt number
  are negatives.
* **Notebooks** (doc11). Inside JSON strings, spans exclude the escaping `\"` and the trailing `\n`.
  A GitHub token inside a `git+https://TOKEN@github.com/...` URL is the token only (the URL is not a
  person's URL). An RFC 1918 database host is ambiguous, the user name in a `/home/…` path is ambiguous
  (handle rule), library versions, file paths and line numbers are negatives. Wearable MACs in a
  DataFrame row are `pii.mac_address`.
* **Hard negative** (doc12). The lab's CLIA and CAP numbers, its client-services phone and the
  interface vendor's support e-mail are ambiguous; dotted build numbers that look like private IPv4
  addresses (`10.2.0.14`), build hashes, release dates and build timestamps, tube lot numbers, part
  numbers, eponymous tests and stains, reference ranges and the HL7 test patient are negatives; a tube
  lot expiry is ambiguous (expiry rule).
"""


def readme(docs, per_doc, gold, negs, ambs):
    from collections import Counter
    vals = Counter(r["class"] for r in gold)
    occ = Counter()
    for name, spans in per_doc.items():
        for kind, c, s, e, v in spans:
            if kind == "gold":
                occ[c] += 0
        text = docs[name]
        for r in gold:
            if r["doc"] == name:
                occ[r["class"]] += len(occurrences(text, r["text"]))
    lines = []
    lines.append("# Mixed documents, set F\n")
    lines.append("Twelve documents written as a held-out test of the detector. Their author read neither the\n"
                 "detector's code nor the earlier sets' documents, gold files or generators (only set E's README,\n"
                 "whose conventions are kept, and the list of data classes).\n")
    lines.append(f"`python3 make.py` (standard library only, fixed seed {SEED}, output is deterministic: make.py\n"
                 "builds everything twice and asserts the two builds are identical) writes:\n")
    lines.append("| file | content |\n|---|---|\n"
                 "| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |\n"
                 "| `gold.jsonl` | `{\"doc\",\"class\",\"text\"}`: one line per distinct sensitive value per document |\n"
                 "| `negatives.jsonl` | `{\"doc\",\"text\",\"why\"}`: tricky strings that must NOT be flagged |\n"
                 "| `ambiguous.jsonl` | `{\"doc\",\"text\",\"why\"}`: values left unscored on purpose (neither TP nor FP) |\n"
                 "| `README.md` | this file (also written by make.py) |\n")
    lines.append("The `doc` field holds the file name (`\"doc1.txt\"`). The templates live in `docs_1.py` …\n"
                 "`docs_12.py` (one module per document, imported by make.py; each defines `make(g) -> (template,\n"
                 "values)`) and carry the labels inline (`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧`\n"
                 "ambiguous, `«key»` for generated values; labels may nest). Short aliases (`name`, `date`, `addr`,\n"
                 "`zip`, `icd`, …) map to the class names listed in `ALIASES` in make.py.\n")
    lines.append("Genres (none used by the earlier sets):\n")
    for i, gdesc in enumerate(GENRES, 1):
        lines.append(f"{i}. {gdesc}")
    lines.append("")
    lines.append("## Scoring conventions\n")
    lines.append("Same as set E (and so sets D and C): every occurrence of a gold text counts; a gold span is only\n"
                 "the value; names in every written form; street line plus same-line unit; ZIP separate, foreign\n"
                 "postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct\n"
                 "line/e-mail gold; dates about a person or their care/case in any format, statute/regulation/policy\n"
                 "dates and year-only negative, log timestamps and card/lot expiry ambiguous; only ages over 89 gold\n"
                 "(span = number plus attached unit); only person-identifying URLs gold; member IDs gold, group\n"
                 "numbers ambiguous; privilege marker lines only; secrets value only, PEM block from `-----BEGIN` to\n"
                 "the final `-----`, AWS secret key ambiguous; claim, case, Bates, account-at-a-provider, EIN and\n"
                 "masked/last-4 numbers ambiguous; CPT/HCPCS/LOINC/NDC/lot, bar and licence numbers, reference\n"
                 "ranges and scores negative; handles ambiguous; companies and law firms named after people\n"
                 "ambiguous; eponyms, drug brands and saints' names negative; accession/order IDs negative;\n"
                 "honorifics and credentials outside name spans; a weekday written with a date is inside the date\n"
                 "span, a clock time next to it is not.\n")
    lines.append("`make.py` asserts: every gold/negative/ambiguous text occurs verbatim in its document; every gold\n"
                 "occurrence sits on token boundaries; every occurrence of a gold text (plain substring search,\n"
                 "case-sensitive) is either labelled or inside another labelled gold span; no text carries two\n"
                 "classes or is both gold and negative/ambiguous; no occurrence of a negative or ambiguous text\n"
                 "overlaps a gold occurrence; every e-mail-shaped string uses `example.com/.net/.org` and is\n"
                 "labelled; every SSN-shaped string and every Luhn-valid card-shaped number is labelled; every\n"
                 "US phone-shaped string is labelled and in 555-01xx unless it is labelled as something else (an\n"
                 "NHS number); UK mobiles are `07700 900xxx`; every dotted quad (and longer dotted run, e.g. an OID)\n"
                 "is a documentation/private address or a labelled negative/ambiguous; every MAC is in the\n"
                 "documentation block; every secret-shaped string (`AKIA`, `ghp_`, `github_pat_`, `sk-proj-`,\n"
                 "`sk-ant-`, `xox?-`, `-----BEGIN`, `eyJ…`) lies inside a gold span; a weekday written next to a full\n"
                 "date is the right weekday; each document is 1.5–4 KB (1536–4000 bytes); doc12 has no gold; every\n"
                 "checksum-bearing gold value is re-verified from the final text (see below).\n")
    lines.append("New or made explicit in set F:\n" + NEW_CONVENTIONS)
    lines.append("## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)\n")
    lines.append(
        "Cards: Luhn + real network prefix and length (Mastercard 51–55, 16 digits, grouped 4-4-4-4).\n"
        "NPI: Luhn over `80840`+NPI, first digit 1 (individual) or 2 (organisation). DEA: registrant letter\n"
        "(`B`) + the prescriber's surname initial + 6 digits + the DEA check digit. ABA: 3-7-1\n"
        "weighted mod 10 with a valid Fed prefix (02, New York, for a Connecticut credit union). IBAN (PL):\n"
        "mod-97 = 1 with the country's length (28). VIN: position-9 check digit, Toyota `4T1` WMI, model-year\n"
        "code `M` (2021). NHS: first digit 4–6, mod 11 (check 10 rejected), written 3-3-4 like a phone number. SSN: no area 000/666/9xx, no group 00, no serial\n"
        "0000, not a famous example (set listed in make.py). ITIN: area 9xx, group 70–88. MBI: 11 characters\n"
        "in the CMS character classes (with and without dashes). Florida driver's licence: surname initial +\n"
        "12 digits as `L###-###-##-###-#`. US passport: letter + 8 digits. Phones: US 555-01xx, UK mobile\n"
        "`07700 900xxx`. GitHub classic token: `ghp_` + 30 base62 + 6-character base62 CRC32 of the 30.\n"
        "OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic: `sk-ant-api03-` + 93 base64url +\n"
        "`AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40 characters, ambiguous). Slack bot token:\n"
        "`xoxb-` 12 digits-13 digits-24 alphanumerics. JWT: real HS256 with a random 32-byte key, verified\n"
        "with that key. EC private key: random scalar on P-256, public point computed, SEC1 DER,\n"
        "PEM-wrapped at 64 columns (checked: public point = scalar × G and on the curve). BTC: bech32\n"
        "(BIP 173) P2WPKH, checksum verified (the BIP 173 test vector is in the self-test). Generic API key:\n"
        "random hex. Negatives that look like identifiers fail their checksums on purpose (an NPI-shaped\n"
        "number that fails Luhn, a 16-digit Luhn-invalid receipt number). E-mails: `example.com/.net/.org`\n"
        "(and subdomains) only. IPs: 198.51.100.0/24, 203.0.113.0/24 and RFC 1918. MACs: IANA documentation\n"
        "block `00:00:5E:00:53:xx`. Coordinates are made up. Names, addresses, member IDs, MRNs and every\n"
        "other number are invented.\n")
    lines.append("## Counts\n")
    lines.append(f"{len(gold)} gold values (distinct per document), {sum(occ.values())} gold occurrences, "
                 f"{len(negs)} negatives, {len(ambs)} ambiguous.\n")
    lines.append("| class | gold values | occurrences |\n|---|---|---|")
    for c in CLASSES:
        lines.append(f"| `{c}` | {vals.get(c, 0)} | {occ.get(c, 0)} |")
    return "\n".join(lines) + "\n"


def selftest():
    r = bech32_decode_segwit("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")
    assert r and r[2].hex() == "751e76e8199196d454941c45d1b3a323f1433bd6"
    assert bech32_encode_segwit("bc", 0, r[2]) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    assert luhn_ok("4111111111111111") and npi_ok("1234567893") and aba_ok("011000015")
    assert iban_ok("GB82WEST12345698765432") and vin_ok("1M8GDM9AXKP042788") and nhs_ok("9434765919")
    assert dea_ok("AB1234563") and not ssn_ok("078-05-1120") and mbi_ok("1EG4-TE5-MK73")
    x, y = ec_mul(N - 1)
    assert (x, (P - y) % P) == (GX, GY)


def main():
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    selftest()
    a = build()
    for k in list(sys.modules):
        if k.startswith("docs_"):
            del sys.modules[k]
    b = build()
    assert a == b, "non-deterministic build"
    for n, data in a.items():
        with open(os.path.join(HERE, n), "wb") as f:
            f.write(data)
    print(a["README.md"].decode().split("## Counts")[1])


if __name__ == "__main__":
    main()
