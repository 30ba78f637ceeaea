#!/usr/bin/env python3
"""Build probe set G (mixed documents) for the cordon PII/PHI/secret detector.

Standard library only. Deterministic: everything is built twice from the fixed seed and the two
builds are compared byte for byte before anything is written.

Templates live in docs_1.py ... docs_12.py. Each defines make(g) -> (template, values). Labels are
inline:  ⟦class|text⟧ gold,  ⟦!why|text⟧ negative,  ⟦?why|text⟧ ambiguous,  «key» generated value.
Labels may nest. Short aliases for class names are in ALIASES.
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

SEED = 20270104
NDOCS = 12
HERE = os.path.dirname(os.path.abspath(__file__))
MIN_BYTES, MAX_BYTES = 1536, 4000

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address pii.zip_code
pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10
fin.credit_card fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin id.uk_nhs
secret.aws_access_key secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

ALIASES = {
    "name": "pii.person_name", "ssn": "pii.ssn", "itin": "pii.itin", "email": "pii.email",
    "phone": "pii.phone", "addr": "pii.street_address", "zip": "pii.zip_code", "date": "pii.date",
    "age": "pii.age_over_89", "ip": "pii.ip_address", "url": "pii.url", "mac": "pii.mac_address",
    "passport": "pii.us_passport", "dl": "pii.us_driver_license", "mrn": "phi.mrn",
    "mbi": "phi.mbi", "plan": "phi.health_plan_id", "npi": "phi.npi", "dea": "phi.dea",
    "icd": "phi.icd10", "card": "fin.credit_card", "iban": "fin.iban", "aba": "fin.aba_routing",
    "acct": "fin.bank_account", "btc": "fin.crypto_wallet", "vin": "id.vin", "nhs": "id.uk_nhs",
    "aws": "secret.aws_access_key", "ghp": "secret.github_token", "openai": "secret.openai_api_key",
    "anthropic": "secret.anthropic_api_key", "slack": "secret.slack_token",
    "pem": "secret.private_key", "jwt": "secret.jwt", "apikey": "secret.generic_api_key",
    "priv": "legal.privilege_marker",
}
for _c in CLASSES:
    ALIASES[_c] = _c

# strings that look like secrets: every occurrence must sit inside a gold span
SECRET_MARKERS = re.compile(r"AKIA|ghp_|github_pat_|sk-proj-|sk-ant-|xox[a-z]-|-----BEGIN|eyJ")
FAMOUS_SSNS = {"078051120", "219099999", "123456789", "457555462", "111111111", "333333333",
               "666666666", "999999999", "987654320", "987654321"}
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"          # A-Z without S L O I B Z
MBI_ALNUM = "0123456789" + MBI_ALPHA

# ---------------------------------------------------------------------------------------------
# checksums and format validators (used by the generator and, independently, by the checker)
# ---------------------------------------------------------------------------------------------

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


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def card_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit() or not luhn_ok(d):
        return False
    if d[0] == "4":
        return len(d) in (13, 16, 19)
    if d[:2] in ("51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720:
        return len(d) == 16
    if d[:2] in ("34", "37"):
        return len(d) == 15
    if d.startswith("6011") or d.startswith("65"):
        return len(d) == 16
    return False


def npi_ok(s):
    return bool(re.fullmatch(r"[12]\d{9}", s)) and luhn_ok("80840" + s)


def dea_check(digits6):
    d = [int(c) for c in digits6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(s):
    m = re.fullmatch(r"([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)", s)
    return bool(m) and dea_check(m.group(3)) == m.group(4)


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    p = int(s[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LEN = {"DE": 22, "PL": 28, "GB": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
           "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    r = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]


def nhs_ok(s):
    d = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def ssn_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"\d{9}", d) or d in FAMOUS_SSNS:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_ok(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return 70 <= g <= 88 or 50 <= g <= 65 or 90 <= g <= 92 or 94 <= g <= 99


def mbi_ok(s):
    d = s.replace("-", "")
    if len(d) != 11:
        return False
    cls = ["19", "A", "N", "09", "A", "N", "09", "A", "A", "09", "09"]
    for ch, k in zip(d, cls):
        if k == "19" and ch not in "123456789":
            return False
        if k == "09" and ch not in "0123456789":
            return False
        if k == "A" and ch not in MBI_ALPHA:
            return False
        if k == "N" and ch not in MBI_ALNUM:
            return False
    return True


def kvnr_check(letter, digits8):
    n = "%02d" % (ord(letter) - 64) + digits8
    total = 0
    for i, ch in enumerate(n):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_ok(s):
    m = re.fullmatch(r"([A-Z])(\d{8})(\d)", s)
    return bool(m) and kvnr_check(m.group(1), m.group(2)) == m.group(3)


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def ghp_ok(s):
    m = re.fullmatch(r"ghp_([0-9A-Za-z]{30})([0-9A-Za-z]{6})", s)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(token, keys):
    parts = token.split(".")
    if len(parts) != 3:
        return False
    hdr = json.loads(b64u_dec(parts[0]))
    json.loads(b64u_dec(parts[1]))
    if hdr.get("alg") != "HS256":
        return False
    for k in keys:
        sig = hmac.new(k.encode(), (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest()
        if hmac.compare_digest(b64u(sig), parts[2]):
            return True
    return False


# --- P-256 ------------------------------------------------------------------------------------
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)
P256_OID = bytes.fromhex("06082a8648ce3d030107")


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


def on_curve(P):
    x, y = P
    return (y * y - (x * x * x + P256_A * x + P256_B)) % P256_P == 0


def der_tlv(tag, body):
    n = len(body)
    ln = bytes([n]) if n < 128 else bytes([0x81, n])
    return bytes([tag]) + ln + body


def der_read(buf, i):
    tag = buf[i]
    n = buf[i + 1]
    j = i + 2
    if n & 0x80:
        k = n & 0x7f
        n = int.from_bytes(buf[j:j + k], "big")
        j += k
    return tag, buf[j:j + n], j + n


def pem_ok(block):
    lines = [re.sub(r"^[ >]*", "", ln).strip() for ln in block.split("\n")]
    if lines[0] != "-----BEGIN EC PRIVATE KEY-----" or lines[-1] != "-----END EC PRIVATE KEY-----":
        return False
    der = base64.b64decode("".join(lines[1:-1]), validate=True)
    tag, body, end = der_read(der, 0)
    if tag != 0x30 or end != len(der):
        return False
    t1, ver, i = der_read(body, 0)
    t2, priv, i = der_read(body, i)
    t3, params, i = der_read(body, i)
    t4, pub, i = der_read(body, i)
    if (t1, ver, t2, t3, t4) != (0x02, b"\x01", 0x04, 0xa0, 0xa1) or params != P256_OID:
        return False
    t5, bits, _ = der_read(pub, 0)
    if t5 != 0x03 or bits[:2] != b"\x00\x04" or len(bits) != 66:
        return False
    d = int.from_bytes(priv, "big")
    Q = (int.from_bytes(bits[2:34], "big"), int.from_bytes(bits[34:66], "big"))
    return 0 < d < P256_N and on_curve(Q) and ec_mul(d, P256_G) == Q


# --- bech32 (BIP 173) --------------------------------------------------------------------------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
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


def segwit_encode(hrp, witver, prog):
    data = [witver] + convertbits(prog, 8, 5)
    pm = bech32_polymod(bech32_hrp_expand(hrp) + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def segwit_decode(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return None
    addr = addr.lower()
    pos = addr.rfind("1")
    hrp, data = addr[:pos], addr[pos + 1:]
    if any(c not in BECH for c in data) or len(data) < 6:
        return None
    vals = [BECH.index(c) for c in data]
    if bech32_polymod(bech32_hrp_expand(hrp) + vals) != 1:
        return None
    prog = convertbits(vals[1:-6], 5, 8, False)
    return hrp, vals[0], bytes(prog) if prog is not None else None


def btc_ok(s):
    r = segwit_decode(s)
    return bool(r) and r[0] == "bc" and r[1] == 0 and r[2] is not None and len(r[2]) in (20, 32)


def ip_allowed(s):
    try:
        ip = ipaddress.ip_address(s)
    except ValueError:
        return False
    nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "127.0.0.0/8"]
    return any(ip in ipaddress.ip_network(n) for n in nets)


def us_phone_digits_ok(digits):
    d = digits[-10:]
    return d[3:6] == "555" and d[6:8] == "01"


# ---------------------------------------------------------------------------------------------
# generator handed to the templates
# ---------------------------------------------------------------------------------------------

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_phones = set()

    # plain helpers
    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def pick(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def clean(self, alphabet, n):
        """random string that carries no secret marker (for negative/ambiguous material)"""
        while True:
            s = self.chars(alphabet, n)
            if not SECRET_MARKERS.search(s):
                return s

    # people and accounts
    def phone(self, area):
        """US number in 555-01xx, never the same number twice within a document"""
        while True:
            p = (area, "555", "01" + self.digits(2))
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def uk_mobile(self):
        return "07700 900" + self.digits(3)

    def ssn(self):
        while True:
            s = "%03d%02d%04d" % (self.randint(1, 899), self.randint(1, 99), self.randint(1, 9999))
            if ssn_ok(s):
                return "%s-%s-%s" % (s[:3], s[3:5], s[5:])

    def itin(self):
        return "9%s-%d-%s" % (self.digits(2), self.randint(70, 88), self.digits(4))

    def mbi(self, dashes=True):
        r = self.r
        s = (r.choice("123456789") + r.choice(MBI_ALPHA) + r.choice(MBI_ALNUM) + r.choice("0123456789")
             + r.choice(MBI_ALPHA) + r.choice(MBI_ALNUM) + r.choice("0123456789") + r.choice(MBI_ALPHA)
             + r.choice(MBI_ALPHA) + self.digits(2))
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashes else s

    def card(self, prefix, length=16):
        return luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    def card_bad(self, prefix, length=16):
        while True:
            s = prefix + self.digits(length - len(prefix))
            if not luhn_ok(s):
                return s

    def npi(self, first="1"):
        body = first + self.digits(8)
        return luhn_complete("80840" + body)[5:]

    def npi_bad(self, first="1"):
        while True:
            s = first + self.digits(9)
            if not npi_ok(s):
                return s

    def dea(self, registrant, initial):
        d = self.digits(6)
        return registrant + initial + d + dea_check(d)

    def aba(self, prefix2):
        while True:
            s = prefix2 + self.digits(6)
            for c in "0123456789":
                if aba_ok(s + c):
                    return s + c

    def iban(self, cc, bban):
        chk = 98 - iban_num(bban + cc + "00") % 97
        s = "%s%02d%s" % (cc, chk, bban)
        assert iban_ok(s)
        return s

    def iban_grouped(self, s):
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def vin(self, wmi, vds, year, plant):
        body = wmi + vds + "0" + year + plant + self.digits(6)
        v = body[:8] + vin_check(body) + body[9:]
        assert vin_ok(v)
        return v

    def nhs(self):
        while True:
            d = self.r.choice("456") + self.digits(8)
            c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
            c = 0 if c == 11 else c
            if c != 10:
                s = d + str(c)
                return "%s %s %s" % (s[:3], s[3:6], s[6:])

    def kvnr(self, letter):
        d = self.digits(8)
        return letter + d + kvnr_check(letter, d)

    def btc(self):
        prog = bytes(self.r.randrange(256) for _ in range(20))
        return segwit_encode("bc", 0, list(prog))

    def mac(self):
        return "00:00:5E:00:53:%02X" % self.randint(0, 255)

    # secrets
    def aws_key_id(self):
        return "AKIA" + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)

    def aws_secret(self):
        return self.clean("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)

    def slack_bot(self):
        return "xoxb-%s-%s-%s" % (self.digits(12, "123456789"), self.digits(13, "123456789"),
                                  self.chars(B62, 24))

    def ghp(self):
        body = self.chars(B62, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()), 6)

    def anthropic(self):
        return "sk-ant-api03-" + self.chars(B64URL, 93) + "AA"

    def openai(self):
        return "sk-proj-" + self.chars(B64URL, 74) + "T3BlbkFJ" + self.chars(B64URL, 74)

    def hexkey(self, n):
        return self.chars("0123456789abcdef", n)

    def jwt(self, payload, key):
        h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        s = b64u(hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest())
        return h + "." + p + "." + s

    def ec_pem(self, indent=""):
        d = self.r.randrange(1, P256_N)
        Q = ec_mul(d, P256_G)
        assert on_curve(Q)
        pub = b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
        body = (der_tlv(0x02, b"\x01") + der_tlv(0x04, d.to_bytes(32, "big"))
                + der_tlv(0xa0, P256_OID) + der_tlv(0xa1, der_tlv(0x03, b"\x00" + pub)))
        b64 = base64.b64encode(der_tlv(0x30, body)).decode()
        lines = ["-----BEGIN EC PRIVATE KEY-----"] + [b64[i:i + 64] for i in range(0, len(b64), 64)]
        lines.append("-----END EC PRIVATE KEY-----")
        return ("\n" + indent).join(lines)

    # RFC 5545 / RFC 6350 line folding that never splits a label
    def fold(self, line, width=75):
        atoms = []
        i = 0
        while i < len(line):
            if line[i] == "⟦":
                depth, j = 0, i
                while True:
                    if line[j] == "⟦":
                        depth += 1
                    elif line[j] == "⟧":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                atom = line[i:j + 1]
                atoms.append((atom, len(strip_labels(atom).encode())))
                i = j + 1
            else:
                atoms.append((line[i], len(line[i].encode())))
                i += 1
        out, cur, used = [], "", 0
        for a, n in atoms:
            if used + n > width:
                assert n <= width - 1, "label too long to fold: %r" % a
                out.append(cur)
                cur, used = " ", 1
            cur += a
            used += n
        out.append(cur)
        return "\n".join(out)


def strip_labels(s):
    return re.sub(r"⟦[^|⟦⟧]*\|", "", s).replace("⟧", "")


# ---------------------------------------------------------------------------------------------
# template parsing
# ---------------------------------------------------------------------------------------------

class Span:
    __slots__ = ("kind", "tag", "start", "end", "text")

    def __init__(self, kind, tag, start, end, text):
        self.kind, self.tag, self.start, self.end, self.text = kind, tag, start, end, text

    def __repr__(self):
        return "Span(%s,%s,%d,%d,%r)" % (self.kind, self.tag, self.start, self.end, self.text)


def substitute(template, values):
    def rep(m):
        k = m.group(1)
        assert k in values, "template uses unknown value «%s»" % k
        return str(values[k])
    out = re.sub(r"«([A-Za-z0-9_]+)»", rep, template)
    assert "«" not in out and "»" not in out, "stray guillemet"
    return out


def parse(template):
    out, stack, spans = [], [], []
    i = 0
    while i < len(template):
        c = template[i]
        if c == "⟦":
            j = template.index("|", i)
            head = template[i + 1:j]
            assert "⟦" not in head and "⟧" not in head and "\n" not in head, "bad label head %r" % head
            if head.startswith("!"):
                kind, tag = "neg", head[1:].strip()
            elif head.startswith("?"):
                kind, tag = "amb", head[1:].strip()
            else:
                kind = "gold"
                assert head in ALIASES, "unknown class %r" % head
                tag = ALIASES[head]
            assert tag, "empty why"
            stack.append((kind, tag, len(out)))
            i = j + 1
        elif c == "⟧":
            assert stack, "unbalanced ⟧"
            kind, tag, st = stack.pop()
            text = "".join(out[st:])
            assert text, "empty label"
            spans.append(Span(kind, tag, st, len(out), text))
            i += 1
        else:
            out.append(c)
            i += 1
    assert not stack, "unclosed label"
    return "".join(out), sorted(spans, key=lambda s: (s.start, -s.end))


# ---------------------------------------------------------------------------------------------
# the checker
# ---------------------------------------------------------------------------------------------

def occurrences(text, sub):
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


def is_tok(ch):
    return ch.isalnum() or ch == "_"


def boundary_ok(text, s, e):
    if s > 0 and is_tok(text[s - 1]) and is_tok(text[s]):
        # a literal escape such as \n or \t before the span ends the previous token
        if not (s >= 2 and text[s - 2] == "\\" and text[s - 1] in "ntr"):
            return False
    if e < len(text) and is_tok(text[e]) and is_tok(text[e - 1]):
        return False
    return True


MONTHS = {m.lower(): i + 1 for i, m in enumerate(
    "January February March April May June July August September October November December".split())}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTHS.update({"januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
               "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12})
WEEKDAYS = {}
for _i, _w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split()):
    WEEKDAYS[_w] = _i
    WEEKDAYS[_w[:3]] = _i
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
for _i, _w in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split()):
    WEEKDAYS[_w] = _i
    WEEKDAYS[_w[:2]] = _i
WD_RE = r"(?<![\w])(?P<wd>%s)\.?,?\s+" % "|".join(sorted(WEEKDAYS, key=len, reverse=True))
MON_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_FORMS = [
    r"(?P<mon>%s)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" % MON_RE,
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<mon>%s)\.?,?\s+(?P<y>\d{4})" % MON_RE,
    r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})",
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})",
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
]


def weekday_problems(text):
    bad = []
    for form in DATE_FORMS:
        for m in re.finditer(WD_RE + "(?:" + form + ")", text, re.I):
            g = m.groupdict()
            mon = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
            try:
                dt = datetime.date(int(g["y"]), mon, int(g["d"]))
            except ValueError:
                bad.append(m.group(0))
                continue
            if dt.weekday() != WEEKDAYS[g["wd"].lower()]:
                bad.append(m.group(0))
        for m in re.finditer("(?:" + form + r")\s*\((?P<wd>[A-Za-zä]+)\.?\)", text, re.I):
            g = m.groupdict()
            if g["wd"].lower() not in WEEKDAYS:
                continue
            mon = MONTHS[g["mon"].lower()] if g.get("mon") else int(g["m"])
            dt = datetime.date(int(g["y"]), mon, int(g["d"]))
            if dt.weekday() != WEEKDAYS[g["wd"].lower()]:
                bad.append(m.group(0))
    return bad


US_PHONE_RES = [
    re.compile(r"(?<![\w+.-])(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-]?)\d{3}[ .-]\d{4}(?![\w-])"),
    re.compile(r"(?<![\w+-])(?:\+?1[ .-]?)?\d{10}(?![\w-])"),
    re.compile(r"(?<![\w-])\d(?: \d){9}(?![\w-]| \d)"),
]
SSN_RE = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
CARD_RE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DOTTED_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+){3,}(?![\d])")
MAC_RE = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
KVNR_CONTEXT = []
PHONE_WHY = re.compile(r"phone|line|fax|tel|call", re.I)
UK_MOBILE_RE = re.compile(r"^(?:07700 900\d{3}|\+44 7700 900\d{3})$")


def check_value(cls, v, doc_text_keys):
    """format / checksum re-verification of one gold value, taken from the final text"""
    def digits(x):
        return re.sub(r"\D", "", x)
    if cls == "fin.credit_card":
        return card_ok(v)
    if cls == "phi.npi":
        return npi_ok(v)
    if cls == "phi.dea":
        return dea_ok(v)
    if cls == "fin.aba_routing":
        return aba_ok(v)
    if cls == "fin.iban":
        return iban_ok(v)
    if cls == "id.vin":
        return vin_ok(v)
    if cls == "id.uk_nhs":
        return nhs_ok(v)
    if cls == "pii.ssn":
        return ssn_ok(v) and len(digits(v)) == 9
    if cls == "pii.itin":
        return itin_ok(v)
    if cls == "phi.mbi":
        return mbi_ok(v)
    if cls == "secret.github_token":
        return ghp_ok(v)
    if cls == "secret.jwt":
        return jwt_ok(v, doc_text_keys)
    if cls == "secret.private_key":
        return pem_ok(v)
    if cls == "fin.crypto_wallet":
        return btc_ok(v)
    if cls == "secret.aws_access_key":
        return bool(re.fullmatch(r"AKIA[A-Z2-7]{16}", v))
    if cls == "secret.slack_token":
        return bool(re.fullmatch(r"xoxb-\d{12}-\d{13}-[0-9A-Za-z]{24}", v))
    if cls == "secret.anthropic_api_key":
        return bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", v))
    if cls == "secret.openai_api_key":
        return bool(re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", v))
    if cls == "secret.generic_api_key":
        return bool(re.fullmatch(r"[0-9a-f]{32,64}|[0-9A-Za-z]{32,64}", v)) and len(set(v)) >= 12
    if cls == "pii.us_passport":
        return bool(re.fullmatch(r"[A-Z]\d{8}|\d{9}", v))
    if cls == "pii.us_driver_license":
        return bool(re.fullmatch(r"[A-Z]\d{3}-\d{4}-\d{4}", v))
    if cls == "phi.health_plan_id" and doc_text_keys is KVNR_CONTEXT:
        return kvnr_ok(v)
    if cls == "pii.email":
        return bool(re.fullmatch(r"[^@\s]+@(?:[\w-]+\.)*example\.(?:com|net|org)", v))
    if cls == "pii.ip_address":
        return ip_allowed(v)
    if cls == "pii.mac_address":
        return bool(re.fullmatch(r"00([:-])00\1(?:5E|5e)\1(?:00)\1(?:53)\1[0-9A-Fa-f]{2}", v))
    if cls == "pii.zip_code":
        return bool(re.fullmatch(r"\d{5}(?:-\d{4})?", v))
    if cls == "pii.age_over_89":
        m = re.match(r"\d+", v)
        return bool(m) and int(m.group(0)) >= 90
    if cls == "pii.phone":
        d = digits(v)
        if v.startswith("+") and not v.startswith("+1"):
            return True                       # foreign number of a named person
        if v.startswith("07700") or v.startswith("+44"):
            return bool(UK_MOBILE_RE.match(v))
        return len(d) in (10, 11) and us_phone_digits_ok(d)
    return True


def check_doc(name, text, spans):
    """raise AssertionError on the first problem found"""
    def fail(msg):
        raise AssertionError("%s: %s" % (name, msg))

    n = len(text.encode("utf-8"))
    if not (MIN_BYTES <= n <= MAX_BYTES):
        fail("size %d bytes outside %d..%d" % (n, MIN_BYTES, MAX_BYTES))
    for ch in "⟦⟧«»":
        if ch in text:
            fail("label character %r left in text" % ch)
    gold = [s for s in spans if s.kind == "gold"]
    other = [s for s in spans if s.kind != "gold"]
    if name == "doc12.txt" and gold:
        fail("doc12 must have no gold, found %r" % gold[0])
    # verbatim and boundaries
    for s in spans:
        if text[s.start:s.end] != s.text:
            fail("span text mismatch %r" % s)
        if s.text != s.text.strip():
            fail("span with outer whitespace %r" % s)
    for s in gold:
        if not boundary_ok(text, s.start, s.end):
            fail("gold span not on token boundaries: %r (context %r)"
                 % (s.text, text[max(0, s.start - 10):s.end + 10]))
    # one class per text; not gold and negative/ambiguous at once
    cls_of = {}
    for s in gold:
        if cls_of.setdefault(s.text, s.tag) != s.tag:
            fail("text %r has two classes: %s and %s" % (s.text, cls_of[s.text], s.tag))
    kinds = {}
    for s in other:
        if s.text in cls_of:
            fail("text %r is gold and %s" % (s.text, s.kind))
        if kinds.setdefault(s.text, s.kind) != s.kind:
            fail("text %r is both negative and ambiguous" % s.text)
    # every occurrence of a gold text is labelled or inside another gold span
    gold_ranges = [(s.start, s.end) for s in gold]
    labelled = {(s.start, s.end) for s in gold}
    for t in cls_of:
        for i in occurrences(text, t):
            j = i + len(t)
            if (i, j) in labelled:
                continue
            if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in gold_ranges):
                fail("unlabelled occurrence of gold text %r at %d (context %r)"
                     % (t, i, text[max(0, i - 20):j + 20]))
    # no occurrence of a negative/ambiguous text overlaps a gold occurrence
    for t in kinds:
        for i in occurrences(text, t):
            j = i + len(t)
            for a, b in gold_ranges:
                if i < b and a < j:
                    fail("negative/ambiguous text %r overlaps gold %r" % (t, text[a:b]))
    all_ranges = [(s.start, s.end, s) for s in spans]

    def covering(i, j):
        return [s for a, b, s in all_ranges if a <= i and j <= b]

    def gold_covering(i, j):
        return [s for s in covering(i, j) if s.kind == "gold"]
    # e-mails
    for m in EMAIL_RE.finditer(text):
        dom = m.group(0).rsplit("@", 1)[1].lower()
        if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|net|org)", dom):
            fail("e-mail outside example domains: %r" % m.group(0))
        if not covering(m.start(), m.end()):
            fail("unlabelled e-mail %r" % m.group(0))
    # SSN-shaped
    for m in SSN_RE.finditer(text):
        if not covering(m.start(), m.end()):
            fail("unlabelled SSN-shaped string %r" % m.group(0))
    # Luhn-valid card-shaped
    for m in CARD_RE.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d) and not covering(m.start(), m.end()):
            fail("unlabelled Luhn-valid card-shaped number %r" % m.group(0))
    # US phone-shaped
    for rx in US_PHONE_RES:
        for m in rx.finditer(text):
            cov = covering(m.start(), m.end())
            if not cov:
                fail("unlabelled phone-shaped string %r" % m.group(0))
            if any(s.kind == "gold" and s.tag != "pii.phone" for s in cov):
                continue                      # labelled as something else (NPI, NHS, account)
            if any(s.kind != "gold" and not PHONE_WHY.search(s.tag) for s in cov):
                continue                      # a negative/ambiguous that is not a phone number
            if not us_phone_digits_ok(re.sub(r"\D", "", m.group(0))):
                fail("phone-shaped string not in 555-01xx: %r" % m.group(0))
    # dotted quads and longer dotted runs
    for m in DOTTED_RE.finditer(text):
        parts = m.group(0).split(".")
        is_ok_ip = len(parts) == 4 and all(int(p) <= 255 for p in parts) and ip_allowed(m.group(0))
        if not is_ok_ip and not any(s.kind != "gold" for s in covering(m.start(), m.end())):
            fail("dotted run %r is neither a documentation/private address nor labelled" % m.group(0))
        if not is_ok_ip and gold_covering(m.start(), m.end()):
            fail("dotted run %r inside gold" % m.group(0))
    # MACs
    for m in MAC_RE.finditer(text):
        if not m.group(0).upper().replace("-", ":").startswith("00:00:5E:00:53:"):
            fail("MAC outside the documentation block: %r" % m.group(0))
    # secret-shaped strings
    for m in SECRET_MARKERS.finditer(text):
        if not gold_covering(m.start(), m.end()):
            fail("secret-shaped string outside gold: %r" % text[m.start():m.start() + 30])
    # weekdays
    bad = weekday_problems(text)
    if bad:
        fail("wrong weekday: %r" % bad)
    # checksum and format re-verification of every gold value from the final text
    keys = [s.text for s in gold if s.tag == "secret.generic_api_key"]
    for s in gold:
        v = text[s.start:s.end]
        ctx = keys
        if s.tag == "phi.health_plan_id" and "Versichertennr" in text[max(0, s.start - 20):s.start]:
            ctx = KVNR_CONTEXT                # German statutory-insurance number: check digit
        if not check_value(s.tag, v, ctx):
            fail("gold value fails its format/checksum check: %s %r" % (s.tag, v))
    return True


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------

def load(n):
    sys.dont_write_bytecode = True            # leave no __pycache__ next to the probe set
    sys.path.insert(0, HERE)
    try:
        mod = importlib.import_module("docs_%d" % n)
    finally:
        sys.path.pop(0)
    return mod


def build_doc(n):
    g = Gen("%d/doc%d" % (SEED, n))
    template, values = load(n).make(g)
    text, spans = parse(substitute(template, values))
    return text, spans


def build_all():
    docs = []
    for n in range(1, NDOCS + 1):
        name = "doc%d.txt" % n
        text, spans = build_doc(n)
        check_doc(name, text, spans)
        docs.append((name, text, spans))
    gold_lines, neg_lines, amb_lines = [], [], []
    stats = {}
    for name, text, spans in docs:
        seen = set()
        for s in spans:
            if s.kind == "gold":
                if (s.tag, s.text) in seen:
                    continue
                seen.add((s.tag, s.text))
                gold_lines.append({"doc": name, "class": s.tag, "text": s.text})
                st = stats.setdefault(s.tag, [0, 0])
                st[0] += 1
                st[1] += sum(1 for _ in occurrences(text, s.text))
        for kind, sink in (("neg", neg_lines), ("amb", amb_lines)):
            seen = set()
            for s in spans:
                if s.kind == kind and s.text not in seen:
                    seen.add(s.text)
                    sink.append({"doc": name, "text": s.text, "why": s.tag})
    files = {}
    for name, text, _ in docs:
        files[name] = text.encode("utf-8")

    def jl(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    files["gold.jsonl"] = jl(gold_lines)
    files["negatives.jsonl"] = jl(neg_lines)
    files["ambiguous.jsonl"] = jl(amb_lines)
    files["README.md"] = readme(stats, len(gold_lines), len(neg_lines), len(amb_lines)).encode()
    return files


# ---------------------------------------------------------------------------------------------
# self-test: the checker must reject deliberately broken inputs
# ---------------------------------------------------------------------------------------------

FILLER = ("The remainder of this note is routine text about scheduling, supplies and follow-up "
          "that carries no identifiers at all. ") * 20


def _selftest_doc(body):
    return body + "\n" + FILLER


def self_test():
    # reference vectors for the validators
    assert segwit_decode("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")[2].hex() == \
        "751e76e8199196d454941c45d1b3a323f1433bd6"
    assert btc_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert not btc_ok("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")
    assert npi_ok("1234567893") and not npi_ok("1234567890")
    assert dea_ok("AB1234563") and not dea_ok("AB1234564")
    assert aba_ok("011000015") and not aba_ok("011000016")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB82 WEST 1234 5698 7654 33")
    assert vin_ok("1M8GDM9AXKP042788") and not vin_ok("1M8GDM9A1KP042788")
    assert nhs_ok("943 476 5919") and not nhs_ok("943 476 5918")
    assert kvnr_ok("A123456780") and not kvnr_ok("A123456781")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert mbi_ok("1EG4-TE5-MK73") and not mbi_ok("1SG4-TE5-MK73")
    assert not ssn_ok("078-05-1120") and not ssn_ok("666-12-3456") and ssn_ok("212-41-7789")
    g = Gen("selftest")
    assert ghp_ok(g.ghp())
    pem = g.ec_pem()
    assert pem_ok(pem)
    key = g.hexkey(64)
    tok = g.jwt({"sub": "t"}, key)
    assert jwt_ok(tok, [key]) and not jwt_ok(tok, [key[:-1] + "0" if key[-1] != "0" else key[:-1] + "1"])

    base = ("Patient ⟦name|Ingrid Solberg⟧, DOB ⟦date|03/14/1950⟧, call ⟦phone|(617) 555-0123⟧, "
            "mail ⟦email|ingrid.s@example.org⟧, seen ⟦date|Friday, November 14, 2025⟧.")
    text, spans = parse(_selftest_doc(base))
    assert check_doc("selftest.txt", text, spans)
    broken = {
        "unlabelled repeat of a gold name": base + " Ingrid Solberg called back.",
        "Luhn-invalid card": base + " Card ⟦card|4111 1111 1111 1112⟧.",
        "unlabelled Luhn-valid card": base + " Ref 4111 1111 1111 1111.",
        "wrong weekday": base.replace("Friday, November 14", "Thursday, November 14"),
        "wrong weekday (German)": base + " Termin am Dienstag, 14.11.2025.",
        "wrong weekday (abbreviated)": base + " seen ⟦date|Tue 12/08/2025⟧",
        "wrong weekday (in brackets)": base + " seen ⟦date|12/08/2025 (Sunday)⟧",
        "non-example e-mail": base + " cc ⟦email|ingrid@gmail.com⟧",
        "unlabelled e-mail": base + " cc nobody@example.com",
        "phone outside 555-01xx": base + " alt ⟦phone|(617) 555-2368⟧",
        "unlabelled phone": base + " alt 617-555-0188",
        "secret outside span": base + " key AKIAIOSFODNN7EXAMPLQ",
        "token boundary": base + " ⟦name|Ingrid⟧s",
        "gold and negative": base + " ⟦!eponym|Solberg⟧ test; ⟦name|Solberg⟧",
        "negative overlapping gold": base + " ⟦!year|1950⟧",
        "two classes": base + " ⟦mrn|03/14/1950⟧",
        "public IP": base + " from 8.8.8.8",
        "MAC outside doc block": base + " dev 3C:22:FB:01:02:03",
        "NPI failing Luhn": base + " NPI ⟦npi|1234567890⟧",
        "unlabelled SSN": base + " SSN 212-41-7789",
        "bad JWT signature": base + " key ⟦apikey|" + key + "⟧ tok ⟦jwt|" + tok[:-2] + "AA⟧",
        "bad PEM": base + " ⟦pem|" + pem.replace(pem.split("\n")[2][:4], "AAAA", 1) + "⟧",
        "age under 90 as gold": base + " aged ⟦age|89 years⟧",
        "dotted run unlabelled": base + " protocol 4.10.0.0 used",
    }
    for why, body in broken.items():
        text, spans = parse(_selftest_doc(body))
        try:
            check_doc("selftest.txt", text, spans)
        except AssertionError:
            continue
        raise AssertionError("checker accepted a broken input: " + why)
    text, spans = parse("⟦name|Tiny⟧ doc")
    try:
        check_doc("selftest.txt", text, spans)
        raise RuntimeError("size check")
    except AssertionError:
        pass
    text, spans = parse(_selftest_doc(base))
    try:
        check_doc("doc12.txt", text, spans)
        raise RuntimeError("doc12 check")
    except AssertionError:
        pass


# ---------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------

GENRES = """\
1. surgical pathology report: accession and part numbers, specimens A/B/C, gross and microscopic description, synoptic breast-cancer checklist with ICD-10, ICD-O-3 and pTNM, resident and attending sign-out with the attending's NPI, a dated addendum; patient aged 92
2. immigration law: an asylum applicant's I-589 declaration drafted by a legal-aid representative under a privilege line, with the A-number, a foreign passport, a birth date in day-first and Spanish form, relatives abroad, US and Salvadoran addresses, an exhibit list with a US-citizen cousin's passport, and an interpreter's certificate
3. iCalendar (.ics) export of a family-medicine clinic's day: VEVENT blocks with `ATTENDEE;CN=…:mailto:…`, `ORGANIZER`, basic-format `DTSTART`/`DTEND`, `DESCRIPTION` lines escaped and folded per RFC 5545, a telehealth link, a home-visit `LOCATION`; patient aged 91
4. vCard (.vcf) export of patient and family contacts from a care coordinator's phone: `N`/`FN`, `TEL;TYPE=…`, `ADR;TYPE=home`, `BDAY` (with and without year), `EMAIL`, `URL`, `NICKNAME`, `NOTE` with MRNs, a folded base64 `PHOTO`; patient aged 91
5. CSV export of a day's clinic schedule: header row, quoted fields with commas and doubled quotes, "Last, First" names, mixed DOB and phone formats, member IDs and MBIs, a remote-monitoring cuff's MAC, an empty blocked-slot row; patient aged 92
6. deposition transcript excerpt (personal-injury case): page and line numbers in the left margin, appearances of counsel, the witness's name, spelling, birth date, address and driver's licence in testimony, Bates-numbered exhibits, and the court reporter's certificate with a CSR number
7. after-hours voicemail transcripts from a speech-to-text service: lower-case names, dates and phone numbers spoken as digits, partly or wholly in words, a pharmacy verifying a DEA number, an SSN left for billing; patient aged 93
8. German hospital discharge letter (Arztbrief) for a patient who has since moved to Massachusetts: German dates in both forms, German street and postcodes, a statutory-insurance number, ICD-10-GM codes with certainty suffixes, a medication table, a daughter's DE IBAN for a refund, the new US address and phone; patient aged 94
9. Kubernetes manifests from `helm template` pasted for debugging: a Secret with base64 `data` and an Anthropic key in plain `stringData`, a TLS Secret with an EC private key, Deployment env vars with AWS, Slack, OpenAI and GitHub (git-sync) keys, a JWT with its HS256 signing key and a second high-entropy generic key, a ConfigMap with a database URL carrying a password, node IPs and an engineer's name and e-mail in an annotation
10. paediatric immunization certificate and kindergarten entry form: child, two guardians, UK grandmother, the child's UK NHS number from an earlier Red Book, vaccine table with CVX codes, lots, expiries, VIS dates and dates given, school nurse, the clinic's number and NPI
11. Chapter 7 bankruptcy schedules (A/B and E/F) in a paralegal's draft: debtor's last four, joint debtor's full ITIN, vehicle with VIN, bank accounts with routing numbers, a bitcoin wallet, creditors that are people and companies, a full card number at a creditor
12. hard negative, no gold: an anticoagulant monograph excerpt (dosing tables, CYP3A4/P-gp interactions, trial names, references, NDCs, storage) plus a public mortality-statistics table by age band"""

NEW_CONVENTIONS = """\
* **Escapes.** The checker treats a literal backslash escape (`\\n`, `\\t`, `\\r`) in front of a span
  as a token boundary (iCalendar and vCard text values), as set F did inside JSON strings; an escaped
  `\\,` or `\\;` after a value is outside the span.
* **Dates without a year** (`March 15` in testimony, `october 17th` in a voicemail, `11/28` in a CSV note)
  are ambiguous: they are about the person's care, but carry no year. Month-year dates about the person
  (`March 2022`, `03/2021`, `november 2025`) are gold, as in set F.
* **Pathology** (doc1). The accession number and the core-biopsy accession, block and cassette labels,
  the CAP protocol version `4.10.0.0` (a dotted quad), ICD-O-3 morphology `8500/3`, pTNM stage, AJCC
  edition, Nottingham score, receptor percentages and the Oncotype recurrence score are negatives;
  the encounter FIN (ten digits, phone-shaped) is ambiguous (account-at-a-provider); the laboratory's
  CLIA and CAP numbers and its address are ambiguous (business data). Collection, receipt, sign-out, biomarker and addendum dates
  are gold (the patient's care); clock times next to them are outside the span. `92 Y` in the header
  and `92-year-old` in the history are both ages.
* **Immigration** (doc2). The A-number (`A ###-###-###` and the run-together `A#########`) is **ambiguous**: it is a
  government identifier for one person, so it is sensitive, but no class covers it (like set F's
  veteran's service number). A *foreign* passport number is ambiguous for the same reason
  (`pii.us_passport` is for US passports only); the US-citizen cousin's US passport is gold. A birth
  date in day-first (`17/08/1994`) or Spanish form (`17 de agosto de 1994`) is gold. Relatives' and
  the applicant's addresses abroad are gold street lines (no ZIP); the court, the hearing date
  (about her case: gold), Form numbers (`I-589`, `I-213`), `8 C.F.R.` and `28 U.S.C.` citations and the
  representative's BBO number follow set E (court data unlabelled, citations and bar numbers negative).
  A gang member known only by a nickname (`El Chele`) is ambiguous (handle rule). The interpreter's
  own line and e-mail are a named individual's and gold. A day-first date of death (`07/01/2023`, 7
  January) is gold like any other date format; `in May` (no year) is unlabelled.
* **iCalendar** (doc3). `DTSTART`/`DTEND` values are the patient's appointments and gold; in basic
  format (`20251114T153000Z`) the date and time are one token, so the span is the whole value
  including the time (an exception to the clock-time rule forced by token boundaries). `DTSTAMP`,
  `CREATED` and `LAST-MODIFIED` are log metadata and ambiguous. `UID` values are negatives (record
  IDs). `CN=` values are names (span without `CN=`, without `Dr.`); `mailto:` stays outside the e-mail
  span. The organiser is a named physician, so her calendar address is gold. A home-visit `LOCATION`
  is a patient's address (gold street and ZIP); the clinic's `LOCATION` is business data
  (ambiguous). Folded lines: make.py folds at 75 octets but never inside a labelled span (RFC 5545
  allows a fold anywhere), so every gold value is contiguous; unlabelled words may be split across a
  fold, as real exporters do. A portal booking IP of the patient is gold; the telehealth join URL
  carrying the patient's MRN and initials is `pii.url` with the MRN nested inside it as `phi.mrn`;
  a door/gate code is ambiguous (no class); the `X-WR-CALNAME` surname is a name.
* **vCard** (doc4). Each `N:` component is its own name span; `FN:` is one span. `ADR` street
  component is the street line (with its unit); city and state are unlabelled; the ZIP is gold. A
  `BDAY` with year is gold; a year-less `BDAY:--0415` is ambiguous (a birth date without a year).
  A personal `URL` is gold; `REV:` timestamps are ambiguous; the base64 `PHOTO` is unlabelled. A home
  health aide's agency line is business data (ambiguous); her own cell is gold. `NICKNAME:` is a name.
  Hawaiian street numbers with a hyphen (`94-1032`) are part of the street span.
* **CSV** (doc5). A `"Last, First"` cell is one name span (quotes outside); the provider column's name
  is gold without `MD`/`DO`; a nickname in a doubled-quote note (`""Bia""`) is a name without the
  quotes. Appointment IDs are negatives (order IDs); member IDs and MBIs gold; group numbers
  ambiguous; an age cell `92 y.o.` is gold and `89 y.o.` negative; a remote-monitoring cuff's MAC is
  `pii.mac_address` (as set F's wearable). The exporting user's handle and the export stamp are
  ambiguous (handle and log rules). Room numbers and visit types are unlabelled.
* **Deposition** (doc6). Margin line numbers are never part of a span. Counsel and the reporter are
  gold names in every form (`MR. ABIODUN` speaker labels included), firms named after people and
  firm addresses ambiguous; the case number and Bates numbers ambiguous; the Illinois CSR licence
  number and attorney ARDC numbers negatives. A name spelled letter by letter on the record
  (`T-R-A-N`) is ambiguous; an alias used at work (`Annie Tran`) is a name; the last four of the
  witness's SSN are ambiguous (last-4 rule). The witness's Illinois driver's licence is
  `pii.us_driver_license`. The deposition date and the certificate date (`12th day of December,
  2025`) are about the case and gold; `Since 2016` is year-only (negative).
* **Voicemail transcripts** (doc7). Which spoken forms are gold:
  - a number whose every digit is written as a numeral is gold whatever the grouping: a phone read
    digit by digit (`4 1 4 5 5 5 0 1 x x`) or in groups (`262 555 01xx`), an MRN read digit by digit
    (`# # # # # # #`), an SSN in groups with spaces, a DOB as `4 12 32` or `7 19 1958`;
  - a date with a month name is gold whatever form its day and year take
    (`march third nineteen forty one`, `october 2nd 2019`, `june 30th 1950`);
  - a number with any digit spelled as a word and no month name is ambiguous
    (`four one four five five five oh one …`, `414 five five five 0 1 x x`), as set F did for
    spelled-out phones;
  - names as transcribed are gold: lower case (`eulalia brightwater`), and the speech engine's
    misspelling of the doctor's name (`okonkwo baptist`) as well as the correct `okonkwo-baptiste`;
    `93 years` (in `93 years old`) is the age span; a DEA number read out is `phi.dea`.
  Caller-ID numbers of patients and family are gold; caller ID and callback numbers of a pharmacy
  or lab are ambiguous; `Received:` stamps (with their weekday) and the export stamp are log metadata
  and ambiguous; the lab's reference number is a negative (order-ID rule), `5 325` (drug strength)
  and `6.8` (lab value) are negatives.
* **German letter** (doc8). `3. März 1931`, `03.03.1931`, `12.10.2025` and `Montag, 03.11.2025` are dates
  (weekday inside the span). `94-jährige` is one age span, like `92-year-old`. German postcodes are
  ambiguous (foreign postcode rule), the street lines (`Lorettostraße 44a`) gold; the hospital's own
  address, switchboard and fax are ambiguous; `St. Hedwig` is a saint's name (negative). ICD-10-GM
  codes are gold without the certainty suffix (`I50.13`, not `I50.13 G`). The statutory-insurance
  number (Krankenversicherten-ID) is `phi.health_plan_id` (member-ID rule); the hospital case number
  (`Fall-Nr.`) ambiguous. German decimal commas, thousands points (`4.812 pg/ml`) and `1-0-1` dosing
  schemes are negatives where labelled.
* **Kubernetes** (doc9). Plain-text secrets (`stringData`, env `value:`) are gold by shape. Base64
  values under a Secret's `data:` are kept simple: **ambiguous if they decode to a credential, negative
  if they decode to something harmless** (a user name); the detector is not expected to decode them.
  The database password inside `DATABASE_URL` is ambiguous (a password, no class, like the AWS secret
  key); the URL itself is not a person's URL. Node and pod IPs (RFC 1918 or documentation ranges) are
  ambiguous (infrastructure, not a person). The JWT is verified against the HS256 signing key that is
  itself in the document (`JWT_HS256_SECRET`, a gold `secret.generic_api_key`, hex); `PAGER_API_KEY`
  (40 base62 characters) is a second generic key. Image tags and chart versions are negatives; the
  GitHub repository URL and the internal upstream URL are unlabelled (not a person's URL). The
  engineer's name and e-mail in the owner annotation are gold.
* **Immunizations** (doc10). CVX codes, lot numbers, manufacturer codes and VIS edition dates (a
  publication date, not about the child) are negatives; lot expiries ambiguous (expiry rule); dates
  given are gold; the vaccinators' initials ambiguous. The clinic's main number is ambiguous (business)
  and its type-2 NPI gold. The child's NHS number written 3-3-4 is `id.uk_nhs` (exempt from the phone
  rule), the UK grandmother's mobile gold. The school year `2025-2026` is a negative. The two-digit
  CVX codes (`03`, `21`) are left unlabelled because the same digits occur inside gold dates (a
  labelled negative may not overlap gold); the three-digit ones are labelled. A UK day-first date
  quoted from the Red Book (`20/10/2020`) is gold.
* **Bankruptcy** (doc11). `xxx-xx-####` (last four) is ambiguous, the full ITIN gold. Account numbers at
  creditors follow set E: a full card number is `fin.credit_card`, a last-four (`ending ####`)
  ambiguous, an account at a medical provider, a collection agency or a student-loan servicer
  ambiguous (account-at-a-provider rule). Bank account numbers with their
  routing numbers are gold. Creditors that are individuals are gold names with gold home addresses;
  companies named after people and business addresses are ambiguous; a creditor that is a hospital
  named for a saint is a negative. The `03/2021` month-year a debt was incurred is gold (about the
  debtor's case); the credit-counselling certificate number and the Venmo handle are ambiguous; a
  Ukrainian postcode is ambiguous (foreign postcode) and the Kyiv street line gold; the statute
  citation is a negative.
* **Hard negative** (doc12). Reference authors (public bibliographic names) are ambiguous; trial acronyms,
  NDCs, the product GTIN, label revision dates, reference years, the monograph database version
  (a dotted quad), CYP/P-gp names, St. John's wort, drug brands, doses, CrCl cut-offs and the
  population age bands (`85-89`, `90+`: not a person's age) are negatives; a monograph ID shaped like an
  NPI but failing Luhn is a negative; the manufacturer's medical-information line and the drug
  companies named after people are ambiguous."""

SYNTHETIC = """\
Cards: Luhn + real network prefix and length (Visa 4, 16 digits). NPI: Luhn over `80840`+NPI, first
digit 1 (individual) or 2 (organisation). DEA: registrant letter + the prescriber's surname initial +
6 digits + the DEA check digit (`B` + `O` for Dr. Okonkwo-Baptiste). ABA: 3-7-1 weighted mod 10 with
a Fed prefix (02, New York district, for a northern New Jersey bank). IBAN (DE): mod-97 = 1, length
22. VIN: position-9 check digit, Kia `5XY` WMI, model-year code `K` (2019). NHS: first digit 4–6, mod 11 (check 10 rejected), written 3-3-4. SSN:
no area 000/666/9xx, no group 00, no serial 0000, not a famous example (listed in make.py). ITIN: area
9xx, group 70–88. MBI: 11 characters in the CMS character classes. German Krankenversicherten-ID:
letter + 8 digits + check digit (letter as 01–26, weights 1-2-1-2…, digit sums, mod 10; `A123456780`
is in the self-test). Illinois driver's licence: surname initial + 11 digits as `L###-####-####`. US
passport: letter + 8 digits. Phones: US 555-01xx, UK mobile `07700 900xxx`; the German and Salvadoran
numbers use 555 too. GitHub classic token: `ghp_` + 30 base62 + 6-character base62 (0-9A-Za-z) CRC32
of the 30. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic: `sk-ant-api03-` + 93
base64url + `AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40 characters, ambiguous). Slack bot
token: `xoxb-` 12 digits-13 digits-24 alphanumerics. JWT: real HS256, verified with the hex signing
key found in the same document. EC private key: random scalar on P-256, public point computed, SEC1
DER, PEM-wrapped at 64 columns (checked: public point = scalar × G and on the curve). BTC: bech32
(BIP 173) P2WPKH, checksum verified (the BIP 173 test vector is in the self-test). Generic API key:
random hex or base62 (at least 12 distinct characters). Negatives that look like identifiers fail their checksums on purpose (an NPI-shaped
number in doc12 that fails Luhn, a Luhn-invalid GTIN-length number). E-mails: `example.com/.net/.org`
(and subdomains) only. IPs: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and RFC 1918. MACs: IANA
documentation block `00:00:5E:00:53:xx`. Names, addresses, member IDs, MRNs and every other number are
invented."""


def readme(stats, ngold, nneg, namb):
    occ = sum(v[1] for v in stats.values())
    rows = "\n".join("| `%s` | %d | %d |" % (c, stats[c][0], stats[c][1]) for c in CLASSES if c in stats)
    absent = ", ".join("`%s`" % c for c in CLASSES if c not in stats) or "none"
    return """# Mixed documents, set G

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only set F's README,
whose conventions are kept, and the list of data classes).

`python3 make.py` (standard library only, fixed seed %d, output is deterministic: make.py
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
values)`) and carry the labels inline (`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧`
ambiguous, `«key»` for generated values; labels may nest). Short aliases (`name`, `date`, `addr`,
`zip`, `icd`, …) map to the class names listed in `ALIASES` in make.py.

Every document is written as it would be pasted into a chat prompt, with a short question or
instruction around it.

Genres (none used by the earlier sets):

%s

## Scoring conventions

Same as set F (and so sets E, D and C): every occurrence of a gold text counts; a gold span is only
the value; names in every written form; street line plus same-line unit; ZIP separate, foreign
postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct
line/e-mail gold; dates about a person or their care/case in any format, statute/regulation/policy
dates and year-only negative, log timestamps and card/lot expiry ambiguous; only ages over 89 gold
(span = number plus attached unit); only person-identifying URLs gold; member IDs gold, group
numbers ambiguous; privilege marker lines only; secrets value only, PEM block from `-----BEGIN` to
the final `-----`, AWS secret key ambiguous; claim, case, Bates, account-at-a-provider, EIN and
masked/last-4 numbers ambiguous; CPT/HCPCS/LOINC/NDC/lot, bar and licence numbers, reference
ranges and scores negative; handles ambiguous; companies and law firms named after people
ambiguous; eponyms, drug brands and saints' names negative; accession/order IDs negative;
honorifics and credentials outside name spans; a weekday written with a date is inside the date
span, a clock time next to it is not.

`make.py` asserts (as for set F): every gold/negative/ambiguous text occurs verbatim in its
document; every gold occurrence sits on token boundaries; every occurrence of a gold text (plain
substring search, case-sensitive) is either labelled or inside another labelled gold span; no text
carries two classes or is both gold and negative/ambiguous; no occurrence of a negative or
ambiguous text overlaps a gold occurrence; every e-mail-shaped string uses `example.com/.net/.org`
and is labelled; every SSN-shaped string (dashes or spaces) and every Luhn-valid card-shaped number
is labelled; every US phone-shaped string (including ten digits run together and ten single digits
separated by spaces) is labelled and in 555-01xx unless it is labelled gold as something else (an
NPI, the NHS number, a bank account) or is a labelled negative/ambiguous that is not a phone number
(the encounter FIN, an NPI-shaped monograph ID); UK mobiles are `07700 900xxx`; every dotted quad (and longer dotted run) is a
documentation/private address or a labelled negative/ambiguous; every MAC is in the documentation
block; every secret-shaped string (`AKIA`, `ghp_`, `github_pat_`, `sk-proj-`, `sk-ant-`, `xox?-`,
`-----BEGIN`, `eyJ…`) lies inside a gold span; a weekday written next to a full date (English or
German, before the date or in brackets after it) is the right weekday; each document is 1.5–4 KB
(1536–4000 bytes); doc12 has no gold; every checksum-bearing gold value is re-verified from the
final text (see below). Before building, make.py feeds its checker some two dozen deliberately broken
inputs (an unlabelled repeat of a gold name, a Luhn-invalid card, an unlabelled Luhn-valid card,
wrong weekdays in English (full, abbreviated, in brackets) and German, an unlabelled e-mail, a
gmail address, a phone outside 555-01xx, an unlabelled phone, a bare AWS key, a span inside a word,
a text that is gold and negative, a negative overlapping gold, a text with two classes, a public IP, a non-documentation MAC, an NPI failing Luhn, an unlabelled SSN,
a JWT with a bad signature, a PEM whose public point does not match, an age of 89 as gold, an
unlabelled dotted quad, a tiny document, gold in doc12) and stops if any is accepted.

New or made explicit in set G:

%s

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

%s

## Counts

%d gold values (distinct per document), %d gold occurrences, %d negatives, %d ambiguous.
Classes with no gold value in this set: %s.

| class | gold values | occurrences |
|---|---|---|
%s
""" % (SEED, GENRES, NEW_CONVENTIONS, SYNTHETIC, ngold, occ, nneg, namb, absent, rows)


def main():
    self_test()
    first = build_all()
    second = build_all()
    assert first == second, "build is not deterministic"
    for name, data in first.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    ngold = first["gold.jsonl"].count(b"\n")
    print("wrote %d files; %d gold lines, %d negatives, %d ambiguous" % (
        len(first), ngold, first["negatives.jsonl"].count(b"\n"), first["ambiguous.jsonl"].count(b"\n")))


if __name__ == "__main__":
    main()
