#!/usr/bin/env python3
"""Generator and checker for probe set K (standard library only)."""
import sys
sys.dont_write_bytecode = True
import base64, binascii, datetime, hashlib, hmac, importlib, json, os, random, re, string

SEED = "20270501"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
NDOCS = 12
MIN_BYTES, MAX_BYTES = 1200, 2600

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
CLASSES = sorted(set(ALIASES.values()))

# ---------------------------------------------------------------- checksums
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        s += n
    return s % 10 == 0

def luhn_digit(d):
    for c in "0123456789":
        if luhn_ok(d + c):
            return c

def npi_ok(v):
    return bool(re.fullmatch(r"[12]\d{9}", v)) and luhn_ok("80840" + v)

def dea_ok(v):
    m = re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})", v)
    if not m:
        return False
    d = [int(c) for c in m.group(1)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]

def aba_ok(v):
    if not re.fullmatch(r"\d{9}", v) or not (0 <= int(v[:2]) <= 12 or 21 <= int(v[:2]) <= 32):
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0

def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    if v[:2] == "GB" and not re.fullmatch(r"GB\d{2}[A-Z]{4}\d{14}", v):
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_T = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}

def vin_check(v):
    s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = s % 11
    return "X" if r == 10 else str(r)

def vin_ok(v):
    return bool(re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)) and vin_check(v) == v[8]

def nhs_ok(v):
    d = v.replace(" ", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def bech32_polymod(vals):
    g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in vals:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= g[i] if (b >> i) & 1 else 0
    return chk

def hrp_exp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]

def bech32_ok(a):
    if a.lower() != a and a.upper() != a:
        return False
    a = a.lower()
    if not a.startswith("bc1"):
        return False
    hrp, data = a[:2], a[3:]
    if any(c not in BECH for c in data) or len(data) < 6:
        return False
    return bech32_polymod(hrp_exp(hrp) + [BECH.index(c) for c in data]) == 1

def convertbits(data, f, t):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << f) | v
        bits += f
        while bits >= t:
            bits -= t
            out.append((acc >> bits) & ((1 << t) - 1))
    if bits:
        out.append((acc << (t - bits)) & ((1 << t) - 1))
    return out

def bech32_make(prog):
    data = [0] + convertbits(prog, 8, 5)
    pm = bech32_polymod(hrp_exp("bc") + data + [0] * 6) ^ 1
    return "bc1" + "".join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])

def b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")

def gh_ok(t):
    m = re.fullmatch(r"(ghp|gho|ghs|ghu)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", t)
    return bool(m) and b62(binascii.crc32(m.group(2).encode()), 6) == m.group(3)

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))

def jwt_ok(tok, keys):
    try:
        h, p, s = tok.split(".")
        json.loads(b64u_dec(h)); json.loads(b64u_dec(p))
    except Exception:
        return False
    return any(hmac.compare_digest(b64u(hmac.new(k.encode(), (h + "." + p).encode(), hashlib.sha256).digest()), s) for k in keys)

P256 = 2**256 - 2**224 + 2**192 + 2**96 - 1
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)

def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256 == 0:
        return None
    if P == Q:
        l = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, P256) % P256
    else:
        l = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256) % P256
    x = (l * l - P[0] - Q[0]) % P256
    return (x, (l * (P[0] - x) - P[1]) % P256)

def ec_mul(k):
    R, Q = None, P256_G
    while k:
        if k & 1:
            R = ec_add(R, Q)
        Q = ec_add(Q, Q)
        k >>= 1
    return R

EC_HEAD = bytes.fromhex("30770201010420")
EC_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")

def pem_make(d):
    X, Y = ec_mul(d)
    der = EC_HEAD + d.to_bytes(32, "big") + EC_MID + b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    b = base64.b64encode(der).decode()
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END EC PRIVATE KEY-----"

def pem_ok(p):
    m = re.fullmatch(r"-----BEGIN EC PRIVATE KEY-----\n([A-Za-z0-9+/=\n]+)\n-----END EC PRIVATE KEY-----", p)
    if not m:
        return False
    try:
        der = base64.b64decode(m.group(1).replace("\n", ""), validate=True)
    except Exception:
        return False
    if len(der) != 121 or der[:7] != EC_HEAD or der[39:56] != EC_MID or der[56] != 4:
        return False
    d = int.from_bytes(der[7:39], "big")
    if not 0 < d < P256_N:
        return False
    X, Y = ec_mul(d)
    return der[57:] == X.to_bytes(32, "big") + Y.to_bytes(32, "big")

MBI_L = "ACDEFGHJKMNPQRTUVWXY"

def mbi_ok(v):
    v = v.replace("-", "")
    a, n, an = "[%s]" % MBI_L, "[0-9]", "[0-9%s]" % MBI_L
    return bool(re.fullmatch("[1-9]" + a + an + n + a + an + n + a + a + n + n, v))

FAMOUS_SSN = {"078-05-1120", "219-09-9999", "123-45-6789"}

def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
    if not m or v in FAMOUS_SSN:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0

def itin_ok(v):
    m = re.fullmatch(r"9\d{2}-?(\d{2})-?\d{4}", v)
    return bool(m) and (50 <= int(m.group(1)) <= 65 or 70 <= int(m.group(1)) <= 88
                        or 90 <= int(m.group(1)) <= 92 or 94 <= int(m.group(1)) <= 99)

def icd_ok(v):
    return bool(re.fullmatch(r"[A-TV-Z][0-9][0-9AB](\.[0-9A-TV-Z]{1,4})?", v))

CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))

def cf_char(s15):
    t = 0
    for i, c in enumerate(s15):
        t += CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + t % 26)

def cf_ok(v):
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v)) and cf_char(v[:15]) == v[15]

def phone_ok(v):
    if re.fullmatch(r"(?:\+?44 ?7700|07700) ?900\d{3}", v):
        return True
    d = re.sub(r"\D", "", v)
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[3:6] == "555" and d[6:8] == "01"

CHECKS = {
    "phi.npi": npi_ok, "phi.dea": dea_ok, "fin.aba_routing": aba_ok, "fin.iban": iban_ok, "id.vin": vin_ok,
    "id.uk_nhs": nhs_ok, "fin.crypto_wallet": bech32_ok, "secret.github_token": gh_ok, "phi.mbi": mbi_ok,
    "pii.ssn": ssn_ok, "pii.itin": itin_ok, "phi.icd10": icd_ok, "fin.credit_card": lambda v: luhn_ok(re.sub(r"[ -]", "", v)) and 13 <= len(re.sub(r"[ -]", "", v)) <= 19,
    "secret.private_key": pem_ok, "pii.zip_code": lambda v: bool(re.fullmatch(r"\d{5}(-\d{4})?", v)),
    "pii.us_driver_license": lambda v: bool(re.fullmatch(r"[A-Z]{2}\d{6}", v)),
    "pii.us_passport": lambda v: bool(re.fullmatch(r"[A-Z]?\d{8,9}", v)) and len(v) == 9,
    "pii.phone": phone_ok, "secret.aws_access_key": lambda v: bool(re.fullmatch(r"AKIA[A-Z2-7]{16}", v)),
    "secret.anthropic_api_key": lambda v: bool(re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", v)),
    "secret.openai_api_key": lambda v: bool(re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{40,}", v)),
    "secret.slack_token": lambda v: bool(re.fullmatch(r"xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", v)),
}
CHECKSUM_CLASSES = ["phi.npi", "phi.dea", "fin.aba_routing", "fin.iban", "id.vin", "id.uk_nhs", "fin.crypto_wallet",
                    "secret.github_token", "fin.credit_card", "secret.private_key", "secret.jwt"]

# ---------------------------------------------------------------- dates
MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
MONTHS_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
WD_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

def weekday_index(w):
    w = w.lower().rstrip(".")
    for i, x in enumerate(WD_EN):
        if w == x or (len(w) >= 3 and x.startswith(w)):
            return i
    for i, x in enumerate(WD_IT):
        if w == x:
            return i
    return None

def month_index(m):
    m = m.lower().rstrip(".")
    for lst in (MONTHS_EN, MONTHS_IT, MONTHS_ES):
        for i, x in enumerate(lst):
            if m == x or (len(m) >= 3 and x.startswith(m) and lst is MONTHS_EN):
                return i + 1
    return None

def mkdate(y, m, d):
    try:
        if y < 100:
            y += 1900 if y > 30 else 2000
        return datetime.date(y, m, d)
    except (ValueError, TypeError):
        return None

def parse_date(s, order="MDY"):
    """Return (date or None, weekday index or None, partial) for a gold date text."""
    wd = None
    m = re.match(r"([A-Za-zì]+)\.?,?\s+(.*)$", s)
    if m and weekday_index(m.group(1)) is not None:
        wd, s = weekday_index(m.group(1)), m.group(2)
    s = re.sub(r"T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$", "", s)
    pats = [
        (r"(\d{4})-(\d{2})-(\d{2})", lambda g: mkdate(int(g[0]), int(g[1]), int(g[2]))),
        (r"(\d{4})(\d{2})(\d{2})", lambda g: mkdate(int(g[0]), int(g[1]), int(g[2]))),
        (r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", lambda g: mkdate(int(g[2]), int(g[0]), int(g[1])) if order == "MDY" else mkdate(int(g[2]), int(g[1]), int(g[0]))),
        (r"(\d{1,2})-(\d{1,2})-(\d{4})", lambda g: mkdate(int(g[2]), int(g[0]), int(g[1])) if order == "MDY" else mkdate(int(g[2]), int(g[1]), int(g[0]))),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", lambda g: mkdate(int(g[2]), int(g[1]), int(g[0]))),
        (r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", lambda g: mkdate(int(g[2]), month_index(g[0]), int(g[1]))),
        (r"(\d{1,2}) (?:de )?([A-Za-z]+)\.?,? (?:de )?(\d{4})", lambda g: mkdate(int(g[2]), month_index(g[1]), int(g[0]))),
        (r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})", lambda g: mkdate(int(g[2]), month_index(g[1]), int(g[0]))),
        (r"([A-Za-z]+) (\d{4})", lambda g: mkdate(int(g[1]), month_index(g[0]), 1)),
        (r"(\d{1,2})/(\d{4})", lambda g: mkdate(int(g[1]), int(g[0]), 1)),
    ]
    for p, f in pats:
        mm = re.fullmatch(p, s)
        if mm:
            try:
                return f(mm.groups()), wd
            except (TypeError, ValueError):
                return None, wd
    return None, wd

# ---------------------------------------------------------------- generator helpers
class Gen(random.Random):
    def digits(self, n):
        return "".join(self.choice("0123456789") for _ in range(n))

    def alnum(self, n, alpha=string.ascii_letters + string.digits):
        return "".join(self.choice(alpha) for _ in range(n))

    def npi(self):
        b = self.choice("12") + self.digits(8)
        return b + luhn_digit("80840" + b)

    def dea(self, surname, kind="B"):
        d = [self.randrange(10) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return kind + surname[0].upper() + "".join(map(str, d)) + str(c)

    def aba(self):
        while True:
            v = "%02d" % self.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 21, 22, 26, 31]) + self.digits(7)
            if aba_ok(v):
                return v

    def iban_gb(self):
        bban = "".join(self.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + self.digits(14)
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + "GB00")) % 97
        return "GB%02d%s" % (chk, bban)

    def vin(self, wmi):
        while True:
            v = wmi + "".join(self.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14 - len(wmi))) + "X" * 0
            v = v[:8] + "0" + self.choice("RSTV") + self.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self.digits(6)
            v = v[:8] + vin_check(v) + v[9:]
            if vin_ok(v):
                return v

    def nhs(self):
        while True:
            d = self.choice("4569") + self.digits(8)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return d + str(c)

    def btc(self):
        return bech32_make([self.randrange(256) for _ in range(20)])

    def card(self, prefix, n=16):
        b = prefix + self.digits(n - 1 - len(prefix))
        return b + luhn_digit(b)

    def ssn(self):
        while True:
            v = "%03d-%02d-%04d" % (self.randint(1, 899), self.randint(1, 99), self.randint(1, 9999))
            if ssn_ok(v):
                return v

    def itin(self):
        return "9%02d-%02d-%04d" % (self.randint(0, 99), self.choice([70, 71, 72, 73, 78, 80, 88, 90]), self.randint(1, 9999))

    def mbi(self):
        a, an = MBI_L, "0123456789" + MBI_L
        c = [self.choice("123456789"), self.choice(a), self.choice(an), self.choice("0123456789"), self.choice(a), self.choice(an),
             self.choice("0123456789"), self.choice(a), self.choice(a), self.choice("0123456789"), self.choice("0123456789")]
        return "".join(c)

    def gh(self):
        body = self.alnum(30)
        return "ghp_" + body + b62(binascii.crc32(body.encode()), 6)

    def aws(self):
        return "AKIA" + self.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    def aws_secret(self):
        return self.alnum(40, string.ascii_letters + string.digits + "/+")

    def anthropic(self):
        return "sk-ant-api03-" + self.alnum(93, string.ascii_letters + string.digits + "-_") + "AA"

    def openai(self):
        return "sk-proj-" + self.alnum(48, string.ascii_letters + string.digits + "-_")

    def slack(self):
        return "xoxb-" + self.digits(12) + "-" + self.digits(13) + "-" + self.alnum(24)

    def hexs(self, n):
        return "".join(self.choice("0123456789abcdef") for _ in range(n))

    def jwt(self, payload, key):
        h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        return h + "." + p + "." + b64u(hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest())

    def pem(self):
        return pem_make(self.randrange(1, P256_N))

    def cf(self, s15):
        return s15 + cf_char(s15)

# ---------------------------------------------------------------- label parsing
def render(template, values):
    def sub(m):
        if m.group(1) not in values:
            raise ValueError("missing value «%s»" % m.group(1))
        return values[m.group(1)]
    t = re.sub(r"«([A-Za-z0-9_]+)»", sub, template)
    out, spans, stack, i = [], [], [], 0
    pos = 0
    while i < len(t):
        c = t[i]
        if c == "⟦":
            j = t.index("|", i)
            stack.append((t[i + 1:j], pos))
            i = j + 1
        elif c == "⟧":
            if not stack:
                raise ValueError("unbalanced ⟧")
            head, start = stack.pop()
            spans.append((head, start, pos))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise ValueError("unbalanced ⟦")
    text = "".join(out)
    res = []
    for head, s, e in spans:
        if head.startswith("!"):
            res.append(("neg", head[1:], s, e, text[s:e]))
        elif head.startswith("?"):
            res.append(("amb", head[1:], s, e, text[s:e]))
        else:
            cls = ALIASES.get(head, head)
            if cls not in CLASSES:
                raise ValueError("unknown class %s" % head)
            res.append(("gold", cls, s, e, text[s:e]))
    return text, sorted(res, key=lambda r: (r[2], -r[3]))

# ---------------------------------------------------------------- checker
def is_tok(text, s, e):
    before_ok = s == 0 or not text[s - 1].isalnum() or (s >= 3 and re.fullmatch(r"%[0-9A-Fa-f]{2}", text[s - 3:s])) \
        or (s >= 2 and text[s - 2] == "\\")
    after_ok = e == len(text) or not text[e].isalnum()
    return bool(before_ok and after_ok)

def check_doc(name, text, spans, order="MDY", extra=None):
    errs = []
    E = errs.append
    n = len(text.encode("utf-8"))
    if not MIN_BYTES <= n <= MAX_BYTES:
        E("%s: size %d out of range" % (name, n))
    gold = [s for s in spans if s[0] == "gold"]
    other = [s for s in spans if s[0] != "gold"]
    if name == "doc12.txt" and gold:
        E("doc12 has gold")
    cls_of = {}
    for k, c, s, e, t in spans:
        key = "gold:" + c if k == "gold" else k
        if not t or t != t.strip():
            E("%s: empty or padded span %r" % (name, t))
        if t in cls_of and cls_of[t] != key and not (cls_of[t] in ("neg", "amb") and key in ("neg", "amb")):
            E("%s: %r carries %s and %s" % (name, t, cls_of[t], key))
        cls_of.setdefault(t, key)
    def covered(s, e, kinds=("gold", "neg", "amb")):
        return any(k in kinds and ss <= s and e <= ee for k, _, ss, ee, _ in spans)
    for k, c, s, e, t in gold:
        if not is_tok(text, s, e):
            E("%s: gold %r not on token boundaries" % (name, t))
        for m in re.finditer(re.escape(t), text):
            if is_tok(text, m.start(), m.end()) and not covered(m.start(), m.end(), ("gold",)):
                E("%s: unlabelled occurrence of gold %r at %d" % (name, t, m.start()))
        if c in CHECKS and not CHECKS[c](t):
            E("%s: %s %r fails its check" % (name, c, t))
        if c == "secret.jwt" and not jwt_ok(t, [x[4] for x in gold if x[1] == "secret.generic_api_key"]):
            E("%s: JWT %r signature not verified" % (name, t[:20]))
        if c == "pii.age_over_89":
            m = re.match(r"\d+", t)
            if not m or int(m.group()) <= 89:
                E("%s: age %r not over 89" % (name, t))
        if c == "pii.date":
            d, wd = parse_date(t, order)
            if d is None:
                E("%s: date %r not a real date in a known format" % (name, t))
            elif wd is not None and d.weekday() != wd:
                E("%s: weekday wrong in %r" % (name, t))
            else:
                m = re.match(r"\s*\(([A-Za-zì]+)\.?\)", text[e:])
                if d and m and weekday_index(m.group(1)) is not None and weekday_index(m.group(1)) != d.weekday():
                    E("%s: bracketed weekday wrong after %r" % (name, t))
        if c == "pii.ip_address" and not ip_allowed(t):
            E("%s: gold IP %r not documentation/private" % (name, t))
    for k, why, s, e, t in other:
        for m in re.finditer(re.escape(t), text):
            if not is_tok(text, m.start(), m.end()):
                continue
            for gk, gc, gs, ge, gt in gold:
                if m.start() < ge and gs < m.end():
                    E("%s: %s %r overlaps gold %r" % (name, k, t, gt))
    # shapes
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", text):
        dom = m.group().split("@")[1].lower()
        in_secret_url = any(k == "gold" and c.startswith("secret.") and s <= m.start() < e for k, c, s, e, _ in spans)
        if in_secret_url:
            continue
        if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
            E("%s: e-mail %r not on example domain" % (name, m.group()))
        if not covered(m.start(), m.end()):
            E("%s: e-mail %r unlabelled" % (name, m.group()))
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if not covered(m.start(), m.end()):
            E("%s: SSN-shaped %r unlabelled" % (name, m.group()))
    for m in re.finditer(r"(?<![\d])(?:\d{13,19}|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4})(?![\d])", text):
        if luhn_ok(re.sub(r"\D", "", m.group())) and not covered(m.start(), m.end()):
            E("%s: Luhn-valid card-shaped %r unlabelled" % (name, m.group()))
    for m in re.finditer(r"(?<![\d\w])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)|(?<!\d)1?\d{10}(?!\d)|(?<!\d)\d(?: \d){9}(?!\d)", text):
        s, e = m.start(), m.end()
        ok_other = any(ss <= s and e <= ee and ((k == "gold" and c != "pii.phone") or (k != "gold" and "not a phone" in c))
                       for k, c, ss, ee, _ in spans)
        if ok_other:
            continue
        if not covered(s, e):
            E("%s: phone-shaped %r unlabelled" % (name, m.group()))
        elif not covered(s, e, ("gold", "amb")):
            E("%s: phone-shaped negative %r without 'not a phone' reason" % (name, m.group()))
        elif not phone_ok(m.group()):
            E("%s: phone %r not 555-01xx" % (name, m.group()))
    for m in re.finditer(r"(?<![\d.])\d+(?:\.\d+){3,}(?![\d])", text):
        if not (ip_allowed(m.group()) or covered(m.start(), m.end(), ("neg", "amb"))):
            E("%s: dotted run %r neither documentation/private IP nor labelled" % (name, m.group()))
    for m in re.finditer(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])", text):
        g = m.group()
        if re.fullmatch(r"(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}", g) or re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", g):
            continue
        if ("::" in g or g.count(":") >= 5) and not g.lower().startswith("2001:db8:"):
            E("%s: IPv6 %r outside 2001:db8::/32" % (name, g))
    for m in re.finditer(r"(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])", text):
        if not re.match(r"00[:-]00[:-]5e[:-]00[:-]53", m.group().lower()):
            E("%s: MAC %r outside documentation block" % (name, m.group()))
    for m in re.finditer(r"AKIA[A-Z0-9]{12,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w+|sk-proj-[\w-]+|sk-ant-[\w-]+|xox[abpr]-[\w-]+|-----BEGIN|eyJ[\w-]+\.eyJ[\w-]*|glpat-[\w-]+", text):
        if not covered(m.start(), m.end(), ("gold",)):
            E("%s: secret-shaped %r not inside gold" % (name, m.group()[:24]))
    for m in re.finditer(r"(?<!\d)(\d{2,3})(?:-year-old|-years-old| ?y/o| years old| years| yrs| anni| años)\b", text):
        if int(m.group(1)) > 89 and not covered(m.start(), m.end(), ("gold",)):
            E("%s: age %r unlabelled" % (name, m.group()))
    if extra:
        for x in extra(text, spans) or []:
            E("%s: %s" % (name, x))
    return errs

def ip_allowed(ip):
    if ":" in ip:
        return ip.lower().startswith("2001:db8:")
    p = ip.split(".")
    if len(p) != 4 or not all(x.isdigit() and int(x) < 256 and str(int(x)) == x for x in p):
        return False
    a, b, c = int(p[0]), int(p[1]), int(p[2])
    return a == 10 or (a == 172 and 16 <= b < 32) or (a == 192 and b == 168) or (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113))

# ---------------------------------------------------------------- self-test
FILL = "\nFiller prose for the checker self-test, with nothing sensitive in it at all. " * 20

def probe(body, extra=None, order="MDY", name="doc1.txt", fill=True):
    text, spans = render(body + (FILL if fill else ""), {})
    return check_doc(name, text, spans, order, extra)

def selftest():
    g = Gen("selftest")
    c0 = g.card("4111")
    bad_luhn = c0[:-1] + str((int(c0[-1]) + 1) % 10)
    c1 = g.card("4539")
    grouped = " ".join(c1[i:i + 4] for i in range(0, 16, 4))
    key = "k" * 32
    j = g.jwt({"sub": "x"}, key)
    pem = g.pem()
    pem_bad = pem.replace(pem.split("\n")[3][:4], "AAAA", 1)
    gh = g.gh()
    broken = [
        ("repeat of gold name", "⟦name|Ilaria Fenwick⟧ saw Ilaria Fenwick."),
        ("Luhn-invalid card", "card ⟦card|%s⟧" % bad_luhn),
        ("unlabelled card run", "card %s" % c1),
        ("unlabelled card grouped", "card %s" % grouped),
        ("wrong weekday full", "⟦date|Tuesday, March 3, 2025⟧"),
        ("wrong weekday abbr", "⟦date|Wed Mar 3, 2025⟧"),
        ("wrong bracket weekday", "⟦date|03/03/2025⟧ (Fri)"),
        ("wrong Italian weekday", "⟦date|martedì 3 marzo 2025⟧"),
        ("weekday right only DMY", "⟦date|Monday 03/02/2025⟧"),
        ("unlabelled email", "write to ops@example.org"),
        ("gmail email", "⟦email|rosa.keane@gmail.com⟧"),
        ("phone outside 555-01xx", "call ⟦phone|(312) 555-0199⟧ or ⟦phone|312-555-2101⟧"),
        ("unlabelled phone", "call 312-555-0144"),
        ("unlabelled run-together phone", "call 3125550144"),
        ("phone-shaped negative without reason", "ref ⟦!reference number|312-555-0144⟧"),
        ("bare AWS key", "key %s" % g.aws()),
        ("anthropic key as negative", "⟦!example key|%s⟧" % g.anthropic()),
        ("unlabelled slack token", "tok %s" % g.slack()),
        ("span inside word", "x⟦name|Ilaria⟧s"),
        ("gold and negative", "⟦name|Ilaria⟧ and ⟦!not her|Ilaria⟧"),
        ("negative overlapping gold", "⟦name|Ilaria Fenwick⟧ ⟦!file|Fenwick⟧"),
        ("two classes", "⟦name|Jordan⟧ ⟦addr|Jordan⟧"),
        ("public IPv4", "from ⟦ip|8.8.4.4⟧"),
        ("public IPv6", "from 2607:f8b0:4005::200e"),
        ("non-doc MAC", "mac 3c:22:fb:01:02:03"),
        ("bad NPI", "⟦npi|1234567890⟧"),
        ("bad DEA", "⟦dea|BF1234567⟧"),
        ("bad ABA", "⟦aba|021000022⟧"),
        ("bad IBAN", "⟦iban|GB82WEST12345698765431⟧"),
        ("bad VIN", "⟦vin|1HGCM82633A004353⟧"),
        ("bad NHS", "⟦nhs|943 476 5918⟧"),
        ("bad bech32", "⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5⟧"),
        ("bad GitHub CRC", "⟦gh|%s⟧" % (gh[:-1] + ("A" if gh[-1] != "A" else "B"))),
        ("bad JWT signature", "⟦apikey|%s⟧ ⟦jwt|%s⟧" % ("z" * 32, j)),
        ("bad EC point", "⟦pem|%s⟧" % pem_bad),
        ("SSN area 666", "⟦ssn|666-12-3456⟧"),
        ("famous SSN", "⟦ssn|078-05-1120⟧"),
        ("unlabelled SSN", "ssn 512-44-9031"),
        ("ITIN group out of range", "⟦itin|912-68-4410⟧"),
        ("MBI forbidden letter", "⟦mbi|1SG4TE5MK73⟧"),
        ("age 89 as gold", "⟦age|89-year-old⟧"),
        ("unlabelled 94-year-old", "a 94-year-old woman"),
        ("unlabelled Italian age", "una paziente di 93 anni"),
        ("unlabelled OID", "oid 2.16.840.1.113883.19.5"),
        ("malformed ICD-10", "⟦icd|U07⟧ and ⟦icd|I1O.9⟧"),
        ("impossible date", "⟦date|02/30/2025⟧"),
        ("malformed Ohio licence", "⟦dl|RT12345⟧"),
        ("four-digit ZIP", "⟦zip|2134⟧"),
        ("UK mobile outside range", "⟦phone|07700 912412⟧"),
        ("bad passport", "⟦passport|12345678⟧"),
        ("bad codice fiscale check (extra)", "CF RSSMRA80A01H501X", lambda t, s: [] if cf_ok("RSSMRA80A01H501X") else ["bad CF"]),
    ]
    n = 0
    for item in broken:
        why, body = item[0], item[1]
        extra = item[2] if len(item) > 2 else None
        if not probe(body, extra):
            raise SystemExit("self-test: broken input accepted: " + why)
        n += 1
    if not check_doc("doc12.txt", *render("⟦name|Ilaria Fenwick⟧" + FILL, {})):
        raise SystemExit("self-test: gold in doc12 accepted")
    n += 1
    if not probe("tiny", fill=False):
        raise SystemExit("self-test: tiny document accepted")
    n += 1
    for label, fn in EXTRA_BROKEN:
        if fn():
            raise SystemExit("self-test: per-document broken input accepted: " + label)
        n += 1
    good = [
        ("English weekday", "⟦date|Monday, March 3, 2025⟧ and ⟦date|03/03/2025⟧ (Mon)"),
        ("Italian weekday", "⟦date|lunedì 3 marzo 2025⟧"),
        ("DMY weekday", "⟦date|Monday 03/02/2025⟧", None, "DMY"),
        ("BIP 173 vector", "⟦btc|BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4⟧"),
        ("JWT with key", "⟦apikey|%s⟧ ⟦jwt|%s⟧" % (key, j)),
        ("EC key", "⟦pem|%s⟧" % pem),
        ("GB IBAN test value", "⟦iban|GB82WEST12345698765432⟧"),
        ("GitHub token", "⟦gh|%s⟧" % gh),
        ("URL with nested MRN", "⟦url|https://ehr.example.org/chart/⟦mrn|88231907⟧⟧"),
        ("escape boundary", "q=\\n⟦name|Ilaria⟧ and x%20⟦name|Fenwick⟧"),
        ("E.164 span", "+⟦phone|13125550144⟧"),
        ("phone-shaped not a phone", "form ⟦!envelope number, not a phone number|3125552101⟧"),
        ("UK mobile in range", "⟦phone|07700 900412⟧"),
        ("NHS shaped like a phone", "⟦nhs|943 476 5919⟧"),
        ("valid CF", "CF ⟦?national identifier|RSSMRA80A01H501U⟧", lambda t, s: [] if cf_ok("RSSMRA80A01H501U") else ["bad CF"]),
    ]
    for item in good:
        why, body = item[0], item[1]
        extra = item[2] if len(item) > 2 else None
        order = item[3] if len(item) > 3 else "MDY"
        errs = probe(body, extra, order)
        if errs:
            raise SystemExit("self-test: good input rejected: %s: %s" % (why, errs))
    return n, len(good)

EXTRA_BROKEN = []

# ---------------------------------------------------------------- build
def load(i):
    return importlib.import_module("docs_%d" % i)

def build():
    files, gold, negs, ambs, stats, rows = {}, [], [], [], [], []
    errs = []
    for i in range(1, NDOCS + 1):
        mod = load(i)
        g = Gen("%s-%d" % (SEED, i))
        tmpl, vals = mod.make(g)
        text, spans = render(tmpl, vals)
        name = "doc%d.txt" % i
        errs += check_doc(name, text, spans, getattr(mod, "DATE_ORDER", "MDY"), getattr(mod, "extra_check", None))
        files[name] = text.encode("utf-8")
        seen = set()
        occ = 0
        for k, c, s, e, t in spans:
            if k == "gold":
                inner = any(kk == "gold" and cc == c and ss <= s and e <= ee and (ss, ee) != (s, e) for kk, cc, ss, ee, _ in spans)
                if not inner or c == "phi.mrn":
                    occ += 1
                if (c, t) not in seen:
                    seen.add((c, t))
                    gold.append({"doc": name, "class": c, "text": t})
            else:
                if (k, t) not in seen:
                    seen.add((k, t))
                    (negs if k == "neg" else ambs).append({"doc": name, "text": t, "why": c})
        rows.append((name, sum(1 for x in gold if x["doc"] == name), sum(1 for x in negs if x["doc"] == name),
                     sum(1 for x in ambs if x["doc"] == name), len(files[name]), occ))
        stats.append((mod.GENRE, mod.NOTES))
    if errs:
        raise SystemExit("checker errors:\n" + "\n".join(errs))
    occ_by = {}
    for i in range(1, NDOCS + 1):
        name = "doc%d.txt" % i
        _, spans = render(*load(i).make(Gen("%s-%d" % (SEED, i))))
        for k, c, s, e, t in spans:
            if k == "gold":
                inner = any(kk == "gold" and cc == c and ss <= s and e <= ee and (ss, ee) != (s, e) for kk, cc, ss, ee, _ in spans)
                if not inner or c == "phi.mrn":
                    occ_by[c] = occ_by.get(c, 0) + 1
    jl = lambda rs: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)
    files["gold.jsonl"] = jl(gold).encode()
    files["negatives.jsonl"] = jl(negs).encode()
    files["ambiguous.jsonl"] = jl(ambs).encode()
    files["README.md"] = readme(stats, rows, gold, negs, ambs, occ_by).encode()
    return files

def readme(stats, rows, gold, negs, ambs, occ_by):
    n_sel, n_good = SELFTEST_COUNTS
    L = ["# Mixed documents, set K", "",
         "Twelve documents written as a held-out test of the detector. Their author read neither the",
         "detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets",
         "A-J, whose conventions are kept and whose genres are avoided, and the list of data classes).", "",
         "`python3 make.py` (standard library only, fixed seed %s, output is deterministic: make.py runs a" % SEED,
         "self-test of its checker against %d deliberately broken inputs and %d good ones, builds everything" % (n_sel, n_good),
         "twice and asserts the two builds are identical, then re-verifies every checksum-bearing gold value",
         "from the written files) writes:", "",
         "| file | content |", "|---|---|",
         "| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.2–2.6 KB each |",
         "| `gold.jsonl` | `{\"doc\",\"class\",\"text\"}`: one line per distinct sensitive value per document |",
         "| `negatives.jsonl` | `{\"doc\",\"text\",\"why\"}`: tricky strings that must NOT be flagged |",
         "| `ambiguous.jsonl` | `{\"doc\",\"text\",\"why\"}`: values left unscored on purpose (neither TP nor FP) |",
         "| `README.md` | this file (also written by make.py) |", "",
         "Layout as in set J: templates in `docs_1.py` … `docs_12.py` (each defines `make(g) -> (template,",
         "values)`, `GENRE`, `NOTES`, `DATE_ORDER` (`DMY` for the Italian letter) and, where the genre has",
         "arithmetic or check characters of its own, `extra_check`); inline labels `⟦class|text⟧` gold,",
         "`⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous, `«key»` generated values, labels may nest; short",
         "aliases in `ALIASES`. Each module gets its own generator seeded with `\"%s-<n>\"`. make.py sets" % SEED,
         "`sys.dont_write_bytecode`, so no `__pycache__` is left behind. Every document is pasted into a chat",
         "prompt with a short question or instruction around it.", "",
         "Genres (none used by sets A-J):", ""]
    for i, (gn, _) in enumerate(stats, 1):
        L.append("%d. %s" % (i, gn))
    L += ["", "## Scoring conventions", "",
          "Exactly as set J (and so sets C-I). The checker's 'every occurrence of a gold text' counts",
          "occurrences on token boundaries (so a gold `Teo` inside `Teodoro` is not a further occurrence), and",
          "so does the rule that no occurrence of a negative or ambiguous text overlaps a gold span.",
          "Ages written `NN anni` count as ages with a unit, like `jaar` in set J.", "",
          "Notes per document:", ""]
    for i, (_, nt) in enumerate(stats, 1):
        L.append("* **doc%d.** %s" % (i, nt))
    L += ["", "## Counts", "",
          "%d gold values (distinct per document), %d gold occurrences, %d negatives, %d ambiguous." % (
              len(gold), sum(occ_by.values()), len(negs), len(ambs)),
          "Classes with no gold value in this set: %s." % (", ".join("`%s`" % c for c in CLASSES if c not in occ_by) or "none"), "",
          "| document | gold | negatives | ambiguous | bytes |", "|---|---|---|---|---|"]
    for name, ng, nn, na, nb, _ in rows:
        L.append("| %s | %d | %d | %d | %d |" % (name, ng, nn, na, nb))
    L += ["", "| class | gold values | occurrences |", "|---|---|---|"]
    for c in CLASSES:
        if c in occ_by:
            L.append("| `%s` | %d | %d |" % (c, sum(1 for x in gold if x["class"] == c), occ_by[c]))
    return "\n".join(L) + "\n"

def reverify():
    n = 0
    for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        text = open(os.path.join(HERE, r["doc"]), encoding="utf-8").read()
        assert r["text"] in text, r
        c = r["class"]
        if c == "secret.jwt":
            keys = [json.loads(l)["text"] for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")
                    if json.loads(l)["doc"] == r["doc"] and json.loads(l)["class"] == "secret.generic_api_key"]
            assert jwt_ok(r["text"], keys), r
            n += 1
        elif c in CHECKS and c in CHECKSUM_CLASSES + ["pii.ssn", "pii.itin", "phi.mbi"]:
            assert CHECKS[c](r["text"]), r
            n += 1
    for line in open(os.path.join(HERE, "ambiguous.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        if r["why"].startswith("codice fiscale"):
            assert cf_ok(r["text"]), r
            n += 1
    return n

SELFTEST_COUNTS = (0, 0)

def main():
    global SELFTEST_COUNTS
    for i in range(1, NDOCS + 1):
        EXTRA_BROKEN.extend(getattr(load(i), "BROKEN", []))
    SELFTEST_COUNTS = selftest()
    a = build()
    b = build()
    assert a == b, "builds differ"
    for name, data in a.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    n = reverify()
    print("self-test: %d broken inputs rejected, %d good accepted; wrote %d files; %d checksum values re-verified"
          % (SELFTEST_COUNTS[0], SELFTEST_COUNTS[1], len(a), n))

if __name__ == "__main__":
    main()
