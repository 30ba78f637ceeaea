#!/usr/bin/env python3
"""Probe documents + gold labels for a PII / PHI / secret detector.

Standard library only.  Run:  python3 make.py
Writes doc1.txt .. doc12.txt, gold.jsonl, negatives.jsonl, ambiguous.jsonl
next to this script.

Inline markup used in the templates below (stripped from the output):
    ⟦CLASS|text⟧   gold span (CLASS may be a short alias, see ALIAS)
    ⟦!why|text⟧    hard negative: must NOT be flagged
    ⟦?why|text⟧    deliberately unscored / ambiguous (neither gold nor negative)
Markers may nest (innermost first), e.g. a URL containing a token.
All identifiers are synthetic, generated from a fixed seed, and checksum-valid.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import string

import random

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(0x5EED2024)

CLASSES = """pii.person_name pii.ssn pii.email pii.phone pii.street_address pii.zip_code
pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10
fin.credit_card fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin
id.uk_nhs secret.aws_access_key secret.github_token secret.openai_api_key
secret.anthropic_api_key secret.slack_token secret.private_key secret.jwt
secret.generic_api_key legal.privilege_marker""".split()

ALIAS = {
    "name": "pii.person_name", "ssn": "pii.ssn", "email": "pii.email",
    "phone": "pii.phone", "addr": "pii.street_address", "zip": "pii.zip_code",
    "date": "pii.date", "age": "pii.age_over_89", "ip": "pii.ip_address",
    "url": "pii.url", "mac": "pii.mac_address", "passport": "pii.us_passport",
    "dl": "pii.us_driver_license", "mrn": "phi.mrn", "mbi": "phi.mbi",
    "hpid": "phi.health_plan_id", "npi": "phi.npi", "dea": "phi.dea",
    "icd": "phi.icd10", "cc": "fin.credit_card", "iban": "fin.iban",
    "aba": "fin.aba_routing", "acct": "fin.bank_account",
    "crypto": "fin.crypto_wallet", "vin": "id.vin", "nhs": "id.uk_nhs",
    "aws": "secret.aws_access_key", "gh": "secret.github_token",
    "openai": "secret.openai_api_key", "anthropic": "secret.anthropic_api_key",
    "slack": "secret.slack_token", "pkey": "secret.private_key",
    "jwt": "secret.jwt", "apikey": "secret.generic_api_key",
    "priv": "legal.privilege_marker",
}
for _c in CLASSES:
    ALIAS[_c] = _c
assert set(ALIAS.values()) == set(CLASSES)

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = UP + LOW + DIG


def rand(chars, n):
    return "".join(rng.choice(chars) for _ in range(n))


def rbytes(n):
    return bytes(rng.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- Luhn family
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(payload):
    for c in DIG:
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def card(prefix, length):
    return luhn_complete(prefix + rand(DIG, length - len(prefix) - 1))


def groups(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return sep.join(out)


def npi():
    base = rng.choice("12") + rand(DIG, 8)
    n = luhn_complete("80840" + base)[5:]
    assert len(n) == 10 and luhn_ok("80840" + n)
    return n


# ---------------------------------------------------------------- DEA
def dea_ok(s):
    if len(s) != 9 or not s[:2].isalpha() or not s[2:].isdigit():
        return False
    d = [int(c) for c in s[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def dea(surname, reg):
    d = [rng.randrange(10) for _ in range(6)]
    c = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    s = reg + surname[0].upper() + "".join(map(str, d)) + str(c)
    assert dea_ok(s)
    return s


# ---------------------------------------------------------------- ABA
def aba_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7])
                            + (d[2] + d[5] + d[8])) % 10 == 0


def aba(prefix):
    d = [int(c) for c in prefix + rand(DIG, 8 - len(prefix))]
    c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5])) % 10
    s = "".join(map(str, d)) + str(c)
    assert aba_ok(s)
    return s


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN[s[:2]] and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    return s


def fr_bban():
    bank, branch, account = "30004", rand(DIG, 5), rand(DIG, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return f"{bank}{branch}{account}{key:02d}"


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- VIN
VIN_T = {str(i): i for i in range(10)}
VIN_T.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4,
                  N=5, P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin_ok(v):
    return len(v) == 17 and not set(v) & set("IOQ") and v[8] == vin_check(v)


def vin(wmi_vds, year, plant):
    v = wmi_vds + "0" + year + plant + rand(DIG, 6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_ok(v)
    return v


# ---------------------------------------------------------------- NHS
def nhs_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 10:
        return False
    c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def nhs(first):
    while True:
        d = [first] + [rng.randrange(10) for _ in range(8)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        assert nhs_ok(s)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


# ---------------------------------------------------------------- SSN / MBI
def ssn_ok(s):
    a, g, n = s.split("-")
    a, g, n = int(a), int(g), int(n)
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        assert ssn_ok(s)
        return s


MBI_A = "ACDEFGHJKMNPQRTUVWXY"          # A-Z minus S L O I B Z
MBI_SETS = {"C": "123456789", "A": MBI_A, "AN": MBI_A + DIG, "N": DIG}
MBI_PAT = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]


def mbi_ok(s):
    s = s.replace("-", "")
    return len(s) == 11 and all(c in MBI_SETS[p] for c, p in zip(s, MBI_PAT))


def mbi():
    s = "".join(rng.choice(MBI_SETS[p]) for p in MBI_PAT)
    assert mbi_ok(s)
    return s


def mbi_dashed(s):
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


# ---------------------------------------------------------------- crypto
B32CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def _convertbits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32_p2wpkh(prog20):
    data = [0] + _convertbits(prog20, 8, 5)
    pm = _bech32_polymod(_hrp_expand("bc") + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return "bc1" + "".join(B32CH[d] for d in data + chk)


def bech32_ok(addr):
    data = [B32CH.find(c) for c in addr[3:]]
    return -1 not in data and _bech32_polymod(_hrp_expand("bc") + data) == 1


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, s = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + s


def b58check_ok(addr):
    n = 0
    for c in addr:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, "big")
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]


def _keccak_consts():
    def rc_bit(t):
        r = 1
        for _ in range(t % 255):
            r <<= 1
            if r & 0x100:
                r ^= 0x171
        return r & 1
    rc = []
    for ir in range(24):
        c = 0
        for j in range(7):
            if rc_bit(j + 7 * ir):
                c |= 1 << ((1 << j) - 1)
        rc.append(c)
    rot = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        rot[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rc, rot


_RC, _ROT = _keccak_consts()
_M64 = (1 << 64) - 1


def _rol(v, n):
    n %= 64
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = _rol(a[x][y], _ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a


def keccak256(data):
    rate = 136
    msg = bytearray(data) + b"\x01"
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [[0] * 5 for _ in range(5)]
    for off in range(0, len(msg), rate):
        blk = msg[off:off + rate]
        for i in range(rate // 8):
            st[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        st = _keccak_f(st)
    return b"".join(st[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(hex40):
    h = keccak256(hex40.lower().encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c
                          for i, c in enumerate(hex40.lower()))


assert keccak256(b"").hex() == ("c5d2460186f7233c927e7db2dcc703c0"
                                "e500b653ca82273b7bfad8045d85a470")
assert eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed") == \
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


# ---------------------------------------------------------------- secrets
B62 = DIG + UP + LOW


def base62(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s or "0"


def github_pat():
    body = rand(ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return "ghp_" + body + base62(crc).rjust(6, "0")


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(payload):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(32), f"{hdr}.{body}".encode(), hashlib.sha256).digest()
    tok = f"{hdr}.{body}.{b64u(sig)}"
    assert tok.startswith("eyJ")
    json.loads(base64.urlsafe_b64decode(hdr + "=" * (-len(hdr) % 4)))
    return tok


def rsa_pem():
    # DER-shaped (SEQUENCE len 0x25c, version 0, 1024-bit modulus) random body
    der = bytes.fromhex("3082025c020100028181" "00") + rbytes(608 - 11)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines)
            + "\n-----END RSA PRIVATE KEY-----")


# ================================================================ values
V = {}
# doc1
V["mbi1"] = mbi_dashed(mbi())
# doc2
V["npi_wis"] = npi()
V["dea_wis"] = dea("Wisniewski", "F")
# doc3
V["ssn3"] = ssn().replace("-", " ")
V["npi_oka"] = npi()
V["dea_oka"] = dea("Okafor", "B")
V["cc_mc"] = groups(card("5", 16), [4, 4, 4, 4])
V["jwt_chat"] = jwt({"sid": "cs_" + rand(LOW + DIG, 12), "aud": "qa-review",
                     "iat": 1712049120, "exp": 1712653920})
# doc4
V["mbi2"] = mbi()
V["npi_park"] = npi()
# doc5
V["aba1"] = aba("011")
V["acct1"] = rand("123456789", 1) + rand(DIG, 11)
V["iban_gb"] = spaced4(iban("GB", "EHBK" + "40" + rand(DIG, 4) + rand(DIG, 8)))
V["passport1"] = rand("123456789", 1) + rand(DIG, 8)
V["cc_amex"] = groups(card("37", 15), [4, 6, 5])
# doc6
V["vin_accord"] = vin("1HGCR2F3", "E", "A")
# doc7
V["aws_id"] = "AKIA" + rand(UP + "234567", 16)
V["aws_secret"] = rand(ALNUM + "/+", 40)
V["ghp"] = github_pat()
V["oai_proj"] = "sk-proj-" + rand(ALNUM + "_-", 74) + "T3BlbkFJ" + rand(ALNUM + "_-", 74)
V["oai_old"] = "sk-" + rand(ALNUM, 20) + "T3BlbkFJ" + rand(ALNUM, 20)
V["ant"] = "sk-ant-api03-" + rand(ALNUM + "_-", 93) + "AA"
V["slack"] = "xoxb-" + rand("123456789", 1) + rand(DIG, 11) + "-" + \
    rand("123456789", 1) + rand(DIG, 12) + "-" + rand(ALNUM, 24)
V["dd"] = rand("0123456789abcdef", 32)
V["acc_tok"] = rand(ALNUM, 40)
V["db_pw"] = rand(ALNUM, 14)
V["jwt_bearer"] = jwt({"sub": "svc_payouts_admin", "scope": "payouts:write payouts:read",
                       "iss": "auth.fernpay.io", "iat": 1714615200, "exp": 1714618800})
V["pem"] = rsa_pem()
V["btc_bech"] = bech32_p2wpkh(rbytes(20))
V["btc_legacy"] = b58check(b"\x00" + rbytes(20))
V["sha"] = rand("0123456789abcdef", 40)
# doc8
V["nhs1"] = nhs(4)
V["nhs2"] = nhs(6)
# doc9
V["ssn1"] = ssn()
V["passport2"] = rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + rand(DIG, 8)
V["npi_bank"] = npi()
V["cc_visa"] = groups(card("4", 16), [4, 4, 4, 4], "-")
# doc10
V["npi_yil"] = npi()
# doc11
V["iban_de"] = spaced4(iban("DE", "50040000" + rand(DIG, 10)))
V["iban_fr"] = spaced4(iban("FR", fr_bban()))
V["ssn2"] = ssn()
V["vin_van"] = vin("WD3PF1CD", "K", "P")
V["eth"] = eip55(rbytes(20).hex())
V["aba2"] = aba("021")
V["acct2"] = rand("123456789", 1) + rand(DIG, 8)
# doc12: numbers that look like identifiers but fail checksums
V["not_card"] = "4000 1234 5678 9011"
assert not luhn_ok(V["not_card"])

# self-checks on every generated id
assert mbi_ok(V["mbi1"]) and mbi_ok(V["mbi2"])
for k in ("npi_wis", "npi_oka", "npi_park", "npi_bank", "npi_yil"):
    assert luhn_ok("80840" + V[k]), k
assert dea_ok(V["dea_oka"]) and dea_ok(V["dea_wis"])
for k in ("cc_mc", "cc_amex", "cc_visa"):
    assert luhn_ok(V[k]), k
assert aba_ok(V["aba1"]) and aba_ok(V["aba2"])
for k in ("iban_gb", "iban_de", "iban_fr"):
    assert iban_ok(V[k]), k
assert vin_ok(V["vin_accord"]) and vin_ok(V["vin_van"])
assert nhs_ok(V["nhs1"]) and nhs_ok(V["nhs2"])
assert ssn_ok(V["ssn1"]) and ssn_ok(V["ssn2"]) and ssn_ok(V["ssn3"].replace(" ", "-"))
assert bech32_ok(V["btc_bech"]) and b58check_ok(V["btc_legacy"])
assert re.fullmatch(r"AKIA[A-Z0-9]{16}", V["aws_id"])
assert re.fullmatch(r"ghp_[A-Za-z0-9]{36}", V["ghp"])
assert re.fullmatch(r"xoxb-\d+-\d+-[A-Za-z0-9]+", V["slack"])

# ================================================================ documents
DOCS = {}

DOCS[1] = f"""ST. BRENDAN'S REGIONAL MEDICAL CENTER -- EMERGENCY DEPARTMENT
TRIAGE ASSESSMENT                                  ESI 2 / STEMI ALERT

Arrival: ⟦date|03/14/2024⟧ ⟦!clock time|02:47⟧ via EMS (⟦!ambulance unit, not an identifier|Medic 12⟧, ⟦?EMS run number (no class)|run #24-031407⟧)
Pt: ⟦name|ADEYEMI, Oluwaseun T.⟧    MRN ⟦mrn|004829173⟧    DOB ⟦date|11/02/1958⟧ (⟦!age under 90|65 y⟧, M)
Addr: ⟦addr|88 Whitcomb Ave, Apt 2⟧, Jamaica Plain MA ⟦zip|02130⟧
Ph: ⟦phone|(617) 555-0142⟧   EC: wife ⟦name|Folasade Adeyemi⟧ ⟦phone|617.555.0178⟧
Ins: Medicare A/B, MBI ⟦mbi|{V['mbi1']}⟧; suppl. BCBS-MA ID ⟦hpid|XKB904417263⟧
ID: MA DL ⟦dl|S48217733⟧ (scanned to chart)
Triage RN: ⟦name|K. Dombrowski⟧, RN     ED attending: Dr. ⟦name|Nakamura-Reyes⟧

CC: "crushing" substernal CP x ~40 min, radiates L arm + jaw, diaphoretic, nauseous.
HPI: 65M w/ HTN (⟦icd|I10⟧), HLD (⟦icd|E78.5⟧), T2DM (⟦icd|E11.9⟧), prior NSTEMI ⟦?bare year of a personal event|2019⟧ s/p DES to LAD.
Sx onset ~02:05 at rest while watching TV. EMS gave ASA ⟦!drug dose|324 mg⟧ PO + NTG 0.4 mg SL x2,
pain ⟦!pain score, not a date|8/10⟧ -> 6/10. Denies syncope, no SOB at rest. Denies PDE5i use.
VS: BP ⟦!blood pressure, not a date|168/94⟧  HR 112  RR 22  SpO2 93% RA -> 97% 2L NC  T 37.1 C  FSBG 214  Wt ⟦!body weight|97.4 kg⟧
ECG 02:51: STE 2-3 mm V2-V4, recip ST dep II/III/aVF. STEMI alert 02:53, cath lab ETA 20 min.
Allergies: NKDA.  Home meds: metformin 1000 mg BID, atorvastatin 80 mg qHS, lisinopril 20 mg daily,
clopidogrel 75 mg (stopped ~6 wk ago d/t cost per pt).
Working dx: acute anterior STEMI (⟦icd|I21.09⟧).
Plan: heparin 4000 U IV bolus (⟦!weight-based dose|60 U/kg⟧, max 4000), 2nd PIV 18g L AC, trop/BMP/CBC/coags, portable CXR.
Cards fellow Dr. ⟦name|Priya Venkataraman⟧ at bedside 03:02. Pt to cath lab 03:18.
Social: lives w/ wife + his mother (⟦age|96 y/o⟧, bedbound); daughter ⟦name|Adaeze⟧ (Atlanta) notified by wife. Valuables -> security bag ⟦!property bag number|#5512⟧.
RN sig: ⟦name|K. Dombrowski⟧  ⟦date|03/14/2024⟧ 03:20
"""

DOCS[2] = f"""LAKEVIEW PRESBYTERIAN HOSPITAL -- Department of Medicine
DISCHARGE SUMMARY

Patient: ⟦name|Marisol Gutiérrez-Ibarra⟧            MRN: ⟦mrn|LVP-2290417⟧
DOB: ⟦date|1931-07-22⟧        Admitted: ⟦date|2024-02-09⟧     Discharged: ⟦date|2024-02-16⟧   ⟦!length of stay|LOS 7 d⟧
Attending: ⟦name|Tomasz Wiśniewski⟧, MD (NPI ⟦npi|{V['npi_wis']}⟧)
PCP: Dr. ⟦name|Fionnuala Byrne⟧      HCP (daughter): ⟦name|Lucía Ibarra⟧, ⟦phone|(508) 555-0166⟧

DIAGNOSES
  Principal: sepsis due to E. coli (⟦icd|A41.51⟧), source acute pyelonephritis (⟦icd|N10⟧)
  Secondary: AKI on CKD 3b (⟦icd|N17.9⟧, ⟦icd|N18.32⟧); paroxysmal AF (⟦icd|I48.0⟧); hypokalemia (⟦icd|E87.6⟧)

HOSPITAL COURSE
⟦age|92-year-old⟧ woman, lives with daughter, presented with fever 39.2 C, rigors and new confusion.
Lactate 3.8 -> 1.4 after ⟦!fluid dose|30 mL/kg⟧ LR. Blood + urine cultures: E. coli, ESBL-neg, resistant
only to ampicillin. Ceftriaxone 1 g q24h x 5 d, then PO step-down. Cr peaked 2.4 (baseline 1.3), 1.6 at d/c.
AF with RVR (⟦!heart rate range|HR 140s⟧) on ⟦date|02/11/2024⟧ -> metoprolol; ⟦!risk score|CHA2DS2-VASc 5⟧, HAS-BLED 2 ->
apixaban started after goals-of-care talk. DNR/DNI confirmed with pt and HCP on ⟦date|02/12/2024⟧.

DISCHARGE MEDICATIONS
  1. Cefpodoxime 200 mg PO q12h x 4 more days (last dose ⟦date|02/20/2024⟧)
  2. Metoprolol succinate 25 mg PO daily
  3. Apixaban 2.5 mg PO BID (dose-reduced: ⟦!dosing criterion, not a person's age|age >= 80⟧ and Cr >= 1.5)
  4. Acetaminophen 650 mg PO q6h PRN (max ⟦!dose limit|3 g/day⟧)
  5. KCl 20 mEq PO daily x 5 days
  6. Oxycodone 2.5 mg PO q6h PRN severe pain, #6, no refills (DEA ⟦dea|{V['dea_wis']}⟧)
  HELD:    furosemide 20 mg daily -- resume only if told to after labs
  STOPPED: naproxen ⟦!OTC strength|220 mg⟧ -- avoid NSAIDs

FOLLOW-UP
  - PCP Dr. ⟦name|Byrne⟧: Tue ⟦date|March 5, 2024⟧ ⟦!clock time|10:40 AM⟧, Riverside Family Practice,
    ⟦addr|410 Commonwealth Rd, Suite 2B⟧, Natick, MA ⟦zip|01760-1534⟧, tel ⟦phone|(508) 555-0119⟧
  - Nephrology, Dr. ⟦name|Anil Raghunathan⟧: ⟦date|14 Mar 2024⟧ 2:15 PM; BMP 3 days prior
  - VNA of MetroWest RN visit within 48 h; intake line ⟦phone|1-800-555-0199⟧
Discharged to: home with daughter, ⟦addr|27 Pleasant St⟧, Framingham, MA ⟦zip|01702⟧

Electronically signed: ⟦name|T. Wiśniewski⟧, MD  ⟦date|02/16/2024⟧ 15:22   ⟦?transcription job number (no class)|Job #88120394⟧
"""

DOCS[3] = f"""CareRx Pharmacy ⟦!store number|#0417⟧ - Secure Messaging - conversation log  [Tue ⟦date|04/02/2024⟧]

[09:12] patient: hi is my refil ready?? the lisinopril + the metforman. also the tramadol
[09:13] ⟦name|Nadia H.⟧ (RPh): Good morning! Happy to check. Can you confirm your full name + date of birth?
[09:13] patient: ⟦name|zhang wei⟧ ⟦date|3/14/52⟧
[09:13] patient: sorry ⟦name|wei zhang⟧ lol, my son set up the account backwards
[09:14] ⟦name|Nadia H.⟧ (RPh): Thanks Mr. ⟦name|Zhang⟧! Lisinopril 10mg #90 and metformin 500mg #180 are filled, ready after 11am. Copay ⟦!price|$12.50⟧ total.
[09:15] ⟦name|Nadia H.⟧ (RPh): The tramadol is C-IV so we need a valid e-script. We got one from Dr. ⟦name|Okafor⟧'s office at 8:52 but the DEA # on it doesn't match, I'm calling them to verify.
[09:16] patient: ugh. dr ⟦name|okafor⟧ said she sent it monday. her nurse is ⟦name|chidi⟧ something, he's nice
[09:17] patient: can my daughter ⟦name|mei-ling⟧ pick up? her cell is ⟦phone|617 555 0163⟧
[09:17] ⟦name|Nadia H.⟧ (RPh): Yes, ⟦name|Mei-Ling⟧ just needs a photo ID at the window.
[09:18] patient: also i moved!! new addr ⟦addr|1420 beacon st apt 3b⟧ brookline ⟦zip|02446⟧
[09:19] patient: and pls use my new card ⟦cc|{V['cc_mc']}⟧ exp ⟦?card expiry (no class)|09/27⟧
[09:19] ⟦name|Nadia H.⟧ (RPh): Got the new address, thank you. Please don't send card numbers over chat - I've masked it on our side, we'll run it at the register.
[09:20] patient: oh sorry!! just email the receipt to ⟦email|weizhang.1952@yahoo.com⟧
[09:21] patient: my insurance card says member id ⟦hpid|TUF-88217460-02⟧ group ⟦?group number (no class)|41170⟧ if u need it
[09:21] patient: do u need my social too? ⟦ssn|{V['ssn3']}⟧
[09:22] ⟦name|Nadia H.⟧ (RPh): No need, please don't share that here! Member ID matches. ⟦?prescription numbers (no class)|Rx# 6120934 / 6120935⟧ ready. Window closes 9pm.
[09:23] patient: thx ⟦name|nadia⟧ ur the best

--- internal note (not visible to patient) ---
09:31 verified by phone w/ prescriber office (fax ⟦phone|617-555-0135⟧): ⟦name|Adaeze Okafor⟧, MD,
NPI ⟦npi|{V['npi_oka']}⟧, DEA ⟦dea|{V['dea_oka']}⟧. E-script re-sent 09:40. Dx on script: ⟦icd|E11.65⟧, ⟦icd|M54.50⟧.
QA link: ⟦url|https://chat.carerx-pharmacy.com/qa/review?session=⟦jwt|{V['jwt_chat']}⟧⟧
"""

DOCS[4] = f"""HARBORVIEW HEALTH PLAN
Utilization Management  |  ⟦addr|PO Box 30917⟧, Hartford, CT ⟦zip|06150-0917⟧
Member Services ⟦phone|1-888-555-0134⟧ (⟦!relay service number, not a phone number|TTY 711⟧)  |  Fax ⟦phone|860-555-0190⟧

⟦date|April 11, 2024⟧

⟦name|Kwame Asante-Boateng⟧
⟦addr|1187 Old Farm Rd⟧
Glastonbury, CT ⟦zip|06033-2214⟧

NOTICE OF PRIOR AUTHORIZATION DETERMINATION -- PARTIALLY APPROVED

Member name:          ⟦name|ASANTE-BOATENG, KWAME⟧
Member ID:            ⟦hpid|HHP-W44871203-01⟧
Group number:         ⟦?employer group number (no class)|0079214-A⟧
Subscriber:           ⟦name|Abena Asante-Boateng⟧ (spouse)
Date of birth:        ⟦date|02/29/1956⟧
Other coverage:       Medicare Part B, MBI ⟦mbi|{V['mbi2']}⟧
Reference no.:        ⟦?authorization reference (no class)|PA-2024-0411-77812⟧
Requesting provider:  ⟦name|Sun-Hee Park⟧, DO, Capitol Spine & Pain, NPI ⟦npi|{V['npi_park']}⟧
Diagnosis codes:      ⟦icd|M54.16⟧, ⟦icd|M51.26⟧

Dear Mr. ⟦name|Asante-Boateng⟧:

We reviewed the request we received on ⟦date|March 28, 2024⟧ for the services below.

  Service (CPT)                                  Units  Decision
  MRI lumbar spine w/o contrast (⟦!CPT code, not a ZIP code|72148⟧)          1      APPROVED, valid ⟦date|04/11/2024⟧ to ⟦date|07/10/2024⟧
  Lumbar epidural steroid inj. ⟦!spinal level|L4-L5⟧ (⟦!CPT code, not a ZIP code|62323⟧)     2      1 APPROVED / 1 DENIED
  Physical therapy evaluation (⟦!CPT code, not a ZIP code|97161⟧)           1      APPROVED

The second injection was denied under clinical policy ⟦!policy document number|UM-0417⟧ (rev. 2023), which requires
documented reassessment at least 2 weeks after the first injection. This decision was made by
⟦name|Rafael Domínguez⟧, MD, Associate Medical Director.

EXPLANATION OF BENEFITS -- recent claims
  Claim #           Svc date     Provider          Billed     Allowed   Plan paid  You owe
  ⟦?claim number (no class)|24093-881274-00⟧   ⟦date|03/18/2024⟧   ⟦name|S. Park⟧, DO       $1,240.00  ⟦!dollar amount|$612.44⟧   $489.95    $122.49
  ⟦?claim number (no class)|24081-550912-00⟧   ⟦date|03/06/2024⟧   Glastonbury PT    $310.00    $188.10   $158.10    $30.00

YOUR RIGHT TO APPEAL: you may appeal within 180 days of this notice. Call ⟦phone|1-888-555-0134⟧ or write to
Appeals Unit, ⟦addr|PO Box 30921⟧, Hartford, CT ⟦zip|06150-0921⟧. Reviewer: Dr. ⟦name|Domínguez⟧'s office, ext. 4471.
"""

DOCS[5] = f"""⟦priv|PRIVILEGED & CONFIDENTIAL⟧
⟦priv|ATTORNEY-CLIENT COMMUNICATION⟧

⟦?firm name built from surnames|HALLORAN KEANE LLP⟧
⟦addr|One Post Office Square, 31st Floor⟧ * Boston, Massachusetts ⟦zip|02109⟧
T ⟦phone|617-555-0140⟧ * F ⟦phone|617-555-0141⟧ * ⟦url|www.hallorankeane.com⟧

⟦date|March 4, 2024⟧

By email (⟦email|s.chaudhry@chaudhrytextiles.com⟧) and FedEx
Mr. ⟦name|Siddharth Chaudhry⟧
President, ⟦?organisation name built from a surname|Chaudhry Textiles Import Co.⟧
⟦addr|2250 Broadway, Suite 704⟧
New York, NY ⟦zip|10024⟧

Re: Terms of Engagement -- ⟦?client / matter numbers (no class)|Client No. 40771 / Matter No. 40771-0003⟧
    (CBP penalty notice under ⟦!statute citation|19 U.S.C. § 1592⟧)

Dear Mr. ⟦name|Chaudhry⟧:

Thank you for selecting ⟦?firm name built from surnames|Halloran Keane LLP⟧. I will be the responsible partner; ⟦name|Ngozi Eze⟧ will be the
principal associate. Our ⟦!year not about a person|2024 hourly rates⟧ are $865 (partner), $540 (associate) and $295 (paralegal).

Identity verification. Under our intake procedures we verified your identity on ⟦date|February 27, 2024⟧
against U.S. passport no. ⟦passport|{V['passport1']}⟧. Monthly top-ups of the retainer will be charged to the
corporate card you provided (American Express ⟦cc|{V['cc_amex']}⟧) unless you instruct otherwise.

Advance retainer. Please wire $25,000.00 to our IOLTA client trust account:
    Beneficiary:     Halloran Keane LLP - IOLTA Client Trust Account
    Bank:            Eastern Harbor Bank, N.A., ⟦addr|265 Franklin Street⟧, Boston, MA ⟦zip|02110⟧
    ABA routing:     ⟦aba|{V['aba1']}⟧
    Account number:  ⟦acct|{V['acct1']}⟧
    Reference:       ⟦name|CHAUDHRY⟧ ⟦?matter number (no class)|40771-0003⟧
For payments from your London entity, use our sterling account:
    IBAN:            ⟦iban|{V['iban_gb']}⟧
    SWIFT/BIC:       ⟦!bank BIC identifies a bank, not a person|EHBKGB2L⟧

WIRE FRAUD WARNING: we will never change wire instructions by email. Before sending funds, call me
directly at ⟦phone|617-555-0143⟧ to confirm.

Very truly yours,

⟦name|Ciarán Ó Briain⟧
Partner | ⟦?bar registration number (no class)|BBO No. 662817⟧ | ⟦email|cobriain@hallorankeane.com⟧

AGREED AND ACCEPTED:
______________________________   Date: ______________
⟦name|Siddharth Chaudhry⟧, for Chaudhry Textiles Import Co.
"""

DOCS[6] = f"""⟦name|Rebecca T. Mwangi⟧ (⟦?bar number (no class)|State Bar No. 291774⟧)
⟦email|rmwangi@mwangilawgroup.com⟧
⟦name|Diego Fernández-Lozano⟧ (⟦?bar number (no class)|State Bar No. 318820⟧)
⟦email|dfernandez@mwangilawgroup.com⟧
⟦?firm name built from a surname|MWANGI LAW GROUP, APC⟧
⟦addr|1999 Harrison Street, Suite 1800⟧
Oakland, California ⟦zip|94612⟧
Telephone: ⟦phone|(510) 555-0126⟧
Facsimile: ⟦phone|(510) 555-0127⟧

Attorneys for Plaintiff
⟦name|JOSÉ LUIS ECHEVARRÍA⟧

                        UNITED STATES DISTRICT COURT
                       NORTHERN DISTRICT OF CALIFORNIA
                              OAKLAND DIVISION

⟦name|JOSÉ LUIS ECHEVARRÍA⟧, an individual,          )  ⟦?court case number (no class)|Case No. 4:24-cv-01187-MKC⟧
                 Plaintiff,                   )
        v.                                    )  DECLARATION OF PLAINTIFF IN SUPPORT
PACIFIC CREST LOGISTICS, INC., a Delaware     )  OF MOTION FOR PRELIMINARY INJUNCTION
corporation; and ⟦!fictitious defendants|DOES 1-25⟧, inclusive,        )
                 Defendants.                  )  Date:  ⟦?hearing date (court event)|May 16, 2024⟧
                                              )  Time:  2:00 p.m.
                                              )  Ctrm:  2, 4th Floor
                                              )  Judge: Hon. ⟦name|Marguerite K. Calloway⟧

I, ⟦name|José Luis Echevarría⟧, declare as follows:

1. I am the Plaintiff in this action and am over ⟦!age under 90|18 years of age⟧. I have personal knowledge of
the facts below and could testify to them.
2. I was born on ⟦date|August 3, 1971⟧. I live at ⟦addr|4417 Foothill Blvd, Apt 12⟧, Oakland, California ⟦zip|94601⟧.
My cell phone number is ⟦phone|510-555-0182⟧.
3. I worked for Pacific Crest Logistics, Inc. ("Pacific Crest") as a night dispatcher at its Hayward yard
from ⟦date|June 6, 2016⟧ until I was terminated on ⟦date|January 17, 2023⟧.
4. On ⟦date|January 9, 2023⟧, I told my supervisor, ⟦name|Dmitri Volkov⟧, that drivers were being told to
falsify hours-of-service logs in violation of ⟦!regulation citation|49 C.F.R. Part 395⟧.
5. Eight days later Mr. ⟦name|Volkov⟧ and Ms. ⟦name|Haruka Tanaka⟧ of Human Resources met with me and handed
me a termination letter citing "restructuring."
6. Pacific Crest still holds my personal vehicle, a ⟦!vehicle model year|2014⟧ Honda Accord (VIN ⟦vin|{V['vin_accord']}⟧),
which was parked at the yard, and a photocopy of my California driver license, No. ⟦dl|D5521098⟧.
7. On ⟦date|February 2, 2023⟧, Ms. ⟦name|Tanaka⟧ emailed me at ⟦email|jl.echevarria71@gmail.com⟧ that the car would be
released "once the investigation is complete." I believe this violates ⟦!statute citation|Cal. Lab. Code § 1102.5⟧.

I declare under penalty of perjury under the laws of the United States of America that the foregoing is
true and correct. Executed on ⟦date|April 9, 2024⟧, at Oakland, California.

                                             /s/ ⟦name|José Luis Echevarría⟧
"""

DOCS[7] = f"""#inc-2291-payouts-leak  (Slack export, ⟦!incident/system timestamp, not a date about a person|2024-05-02⟧)

[03:14] ⟦name|Priya Raman⟧: heads up, the payouts-worker .env sat in a PUBLIC gist for ~6h. pasting so we know what to rotate
    AWS_ACCESS_KEY_ID=⟦aws|{V['aws_id']}⟧
    AWS_SECRET_ACCESS_KEY=⟦aws|{V['aws_secret']}⟧
    GITHUB_TOKEN=⟦gh|{V['ghp']}⟧
    OPENAI_API_KEY=⟦openai|{V['oai_proj']}⟧
    OPENAI_KEY_OLD=⟦openai|{V['oai_old']}⟧
    ANTHROPIC_API_KEY=⟦anthropic|{V['ant']}⟧
    SLACK_BOT_TOKEN=⟦slack|{V['slack']}⟧
    DD_API_KEY=⟦apikey|{V['dd']}⟧
    DATABASE_URL=⟦?connection-string URI (pii.url arguable)|postgres://payouts_svc:⟦?database password (no class)|{V['db_pw']}⟧@⟦ip|10.20.4.37⟧:5432/payouts⟧
[03:15] ⟦name|Tomás O'Connell⟧: rotating AWS + GH now. who pushed it?
[03:16] ⟦name|Priya Raman⟧: gist owner is ⟦name|Bartosz Kowalczyk⟧ <⟦email|b.kowalczyk@fernpay.io⟧>, commit ⟦!git commit SHA, not a secret|{V['sha']}⟧
[03:18] ⟦name|ifeoma⟧: CloudTrail: key used from ⟦ip|198.51.100.73⟧ and ⟦ip|2001:db8:85a3::8a2e:370:7334⟧ between ⟦!time range|02:41-02:58 UTC⟧
[03:19] ⟦name|ifeoma⟧: they also hit ⟦url|https://api.fernpay.io/v2/payouts?access_token=⟦apikey|{V['acc_tok']}⟧&limit=500⟧ (212 reqs, all 200)
[03:21] ⟦name|Tomás O'Connell⟧: bastion ⟦ip|10.20.4.11⟧, pay-worker-3 ⟦ip|172.16.9.201⟧ (eth0 ⟦mac|3c:22:fb:9a:0e:41⟧, ⟦ip|fe80::3e22:fbff:fe9a:e41⟧), 2nd NIC ⟦mac|00-1B-63-84-45-E6⟧. isolating both; core switch ARP has the NAT gw at ⟦mac|0050.56a3.1f2c⟧
[03:24] ⟦name|ifeoma⟧: bearer from the nginx log if anyone wants to decode it
    Authorization: Bearer ⟦jwt|{V['jwt_bearer']}⟧
[03:26] ⟦name|Priya Raman⟧: worse, the deploy bot key was in the same gist:
⟦pkey|{V['pem']}⟧
[03:31] ⟦name|Tomás O'Connell⟧: ransom note dropped in the bucket: "send 0.35 BTC to ⟦crypto|{V['btc_bech']}⟧ or ⟦crypto|{V['btc_legacy']}⟧ within 72h". looping in legal
[03:33] ⟦name|ifeoma⟧: timeline dash ⟦url|https://grafana.fernpay.io/d/pA7xQ2/payouts-api?orgId=1&from=now-6h⟧ (⟦!software version|nginx/1.25.3⟧, app build ⟦!build number, not an IP|4.18.2.1107⟧, req_id ⟦!request UUID, not a secret|7c9e6679-7425-40de-944b-e07fc1f90ae7⟧)
[03:40] ⟦name|Priya Raman⟧: all revoked 03:38. postmortem thurs. pls stop pasting secrets in here
"""

DOCS[8] = f"""ASHGROVE MEDICAL PRACTICE
⟦addr|14 Ashgrove Road⟧, Levenshulme, Manchester ⟦zip|M19 3AW⟧
Tel ⟦phone|0161 496 0732⟧  Fax ⟦phone|0161 496 0733⟧  ⟦email|ashgrove.referrals@nhs.net⟧

⟦date|3 March 2024⟧

Dr ⟦name|Eamon Gallagher⟧
Consultant Rheumatologist
Northfield Royal Infirmary, ⟦addr|252 Oxford Road⟧, Manchester ⟦zip|M13 9WL⟧

Dear Dr ⟦name|Gallagher⟧,

Re: Mrs ⟦name|Oksana Kovalenko⟧    DOB ⟦date|17/09/1949⟧    NHS No. ⟦nhs|{V['nhs1']}⟧
    ⟦addr|Flat 4, 22 Stanley Grove⟧, Longsight, Manchester ⟦zip|M12 4NL⟧
    Mobile ⟦phone|07700 900417⟧   Home ⟦phone|+44 161 496 0591⟧   NRI hospital no. ⟦mrn|K0293817⟧

Thank you for seeing this ⟦!age under 90|74-year-old⟧ retired nurse, originally from Lviv, with a 10-week history of
symmetrical small-joint polyarthritis of both hands and wrists and early-morning stiffness of about 2 hours.
When I examined her in surgery on ⟦date|28/02/2024⟧ she had 8 tender and 6 swollen joints (MCPs 2-4
bilaterally, both wrists); ⟦!disease activity score|DAS28-CRP 5.4⟧.

Bloods ⟦date|26/02/2024⟧: ⟦!lab value|CRP 48 mg/L⟧, ESR 62 mm/h, RF 84 IU/mL, anti-CCP >340 U/mL, ⟦!lab value|Hb 112 g/L⟧,
eGFR 71, ALT 22. Hand X-rays: periarticular osteopenia, no erosions.

I suspect seropositive rheumatoid arthritis (coded ⟦icd|M06.9⟧ pending your review). In line with NICE
⟦!guideline number|NG100⟧ (⟦!guideline year|2018⟧) I started prednisolone 10 mg od from ⟦date|28/02/2024⟧, reducing by 2.5 mg
each fortnight, with omeprazole 20 mg od. Other meds: amlodipine 5 mg, atorvastatin 20 mg. NKDA.

Social: she is the main carer for her husband, Mr ⟦name|Pavlo Kovalenko⟧, ⟦age|aged 91⟧, who has vascular
dementia (his NHS No. ⟦nhs|{V['nhs2']}⟧, for the carer's assessment), so she cannot attend
before 10:30. Her son ⟦name|Andriy⟧ can be reached on ⟦phone|020 7946 0381⟧.

I would be grateful for review within the 3-week early inflammatory arthritis standard.

Yours sincerely,

Dr ⟦name|Aisling Murphy⟧ MRCGP, GP Partner (⟦?GMC registration number (no class)|GMC 7012345⟧)
Dictated ⟦date|03/03/2024⟧ AM/ld   cc: patient
"""

DOCS[9] = f"""SUNRISE FAMILY MEDICINE -- NEW PATIENT REGISTRATION (scanned form, OCR)

Last name: ⟦name|Nguyen-Tran⟧
First name: ⟦name|Bao Anh⟧
Middle name: ⟦name|Thu⟧
Preferred name: ⟦name|Annie⟧
Date of birth: ⟦date|14 Mar 1987⟧
Sex assigned at birth: F          Pronouns: she/her
SSN: ⟦ssn|{V['ssn1']}⟧
Driver license # / State: ⟦dl|41873920⟧ / TX
US passport # (optional): ⟦passport|{V['passport2']}⟧
Street address: ⟦addr|6100 Westheimer Rd, Apt 1217⟧
City / State / ZIP: Houston / TX / ⟦zip|77057-5508⟧
Mailing address (if different): ⟦addr|PO Box 540281⟧, Houston, TX ⟦zip|77254⟧
Mobile: ⟦phone|713.555.0188⟧        Work: ⟦phone|713-555-0102 x203⟧
Email: ⟦email|baoanh.nt87@outlook.com⟧
Preferred language: Vietnamese / English
Emergency contact: ⟦name|Tran, Minh⟧ (father)  ⟦phone|(832) 555-0154⟧
Primary insurance: Lone Star Health Advantage PPO
   Member ID: ⟦hpid|LSH9920471835⟧      Group #: ⟦?group number (no class)|88102⟧      Subscriber: self
Referring provider: Dr. ⟦name|Olumide Bankole⟧ (NPI ⟦npi|{V['npi_bank']}⟧)
Card on file for copays: ⟦cc|{V['cc_visa']}⟧   exp ⟦?card expiry (no class)|08/26⟧
Known conditions: asthma (⟦icd|J45.909⟧), hypothyroidism (⟦icd|E03.9⟧)

Household members (family plan)
| Name             | Relationship | DOB        | Age    |
|------------------|--------------|------------|--------|
| ⟦name|Minh Tran⟧        | father       | ⟦date|02/11/1933⟧ | ⟦age|91 yrs⟧ |
| ⟦name|Hoa Nguyen⟧       | mother       | ⟦date|1936-04-30⟧ | ⟦!age under 90|87 yrs⟧ |
| ⟦name|Lily Nguyen-Tran⟧ | daughter     | ⟦date|7/9/15⟧     | ⟦!age under 90|8 yrs⟧  |

Current medications
| Drug                  | Dose            | Frequency          |
|-----------------------|-----------------|--------------------|
| levothyroxine         | 75 mcg          | daily before bkfst |
| albuterol HFA         | 90 mcg/puff     | 2 puffs ⟦!dosing interval|q4-6h⟧ PRN  |
| budesonide/formoterol | ⟦!inhaler strength, not a date|160/4.5⟧ mcg     | 2 puffs BID        |

Patient signature: ⟦name|Bao Anh Nguyen-Tran⟧            Date: ⟦date|04/02/2024⟧
"""

DOCS[10] = f"""NORTHFIELD DIAGNOSTIC IMAGING -- Department of Radiology
----------------------------------------------------------------------
Patient:   ⟦name|AL-MANSOURI, FARAH⟧             MRN: ⟦mrn|10048826⟧
DOB:       ⟦date|March 14, 1952⟧   Sex: F         Accession: ⟦?accession number (no class)|RAD24-0088213⟧
Exam:      CT ABDOMEN/PELVIS W IV CONTRAST (CPT ⟦!CPT code, not a ZIP code|74177⟧)
Exam date: ⟦date|04/08/2024⟧ ⟦!clock time|14:32⟧             Location: NDI-CT2
Referring: ⟦name|Mehmet Yılmaz⟧, MD (NPI ⟦npi|{V['npi_yil']}⟧)  Ph ⟦phone|617-555-0151⟧
Reading:   ⟦name|Svetlana Petrova⟧, MD
Clinical hx: RUQ pain, elevated ALP; hx breast ca s/p lumpectomy. Evaluate liver.

TECHNIQUE: Siemens SOMATOM Force, syngo CT VA50A; 1.0 mm axial, ⟦!tube voltage|120 kVp⟧, ref mAs 210,
CTDIvol 11.42 mGy, DLP ⟦!radiation dose|612.8 mGy-cm⟧. 100 mL iohexol 350 IV at 3.5 mL/s, portal venous phase 70 s.
Workstation build ⟦!software build number, not an IP address|5.12.0.144⟧.
COMPARISON: CT abdomen ⟦date|2022-11-03⟧.

FINDINGS:
Liver: 16.8 cm craniocaudal. ⟦!lesion size|1.2 x 0.9 cm⟧ hypoattenuating lesion in segment VII (⟦!image reference|series 3, image 42⟧),
18 HU, previously 0.7 cm. No biliary dilatation; CBD 4 mm.
Gallbladder: 2 layering stones up to 11 mm, no wall thickening.
Pancreas, adrenals: unremarkable. Spleen 10.4 cm.
Kidneys: 4 mm nonobstructing stone, right lower pole. No hydronephrosis.
Nodes: none enlarged; largest 0.8 cm short axis (portocaval).
Vessels: infrarenal aorta 2.9 cm.
Bones: degenerative change ⟦!spinal level|L4-L5⟧; small Schmorl node ⟦!vertebral level, not an ICD-10 code|T12⟧ superior endplate.

LABS (drawn ⟦date|04/08/2024⟧ 06:45):
Na 139 (⟦!reference range, not a phone number|135-145⟧)  K 4.1 (⟦!reference range|3.5-5.1⟧)  Cr 0.92 (⟦!reference range|0.57-1.00⟧)  eGFR 67
ALP 188 (44-121)  ALT 41  T bili 0.8  WBC 7.2  Hgb 12.1  Plt 241
CEA 2.1  ⟦!tumour marker name|CA 19-9⟧ 31 U/mL (0-35)  CA 15-3 28 U/mL

IMPRESSION:
1. Enlarging 1.2 cm indeterminate hepatic lesion (0.7 cm on prior). Given oncologic history, recommend
   MRI liver with gadoxetate in 4-6 weeks (⟦icd|K76.89⟧).
2. Cholelithiasis without cholecystitis (⟦icd|K80.20⟧).
3. Right nephrolithiasis, 4 mm (⟦icd|N20.0⟧).

Electronically signed by ⟦name|S. Petrova⟧, MD on ⟦date|04/08/2024⟧ 16:05 (PowerScribe 360 ⟦!software version|v4.0.12⟧)
"""

DOCS[11] = f"""From: ⟦name|Ngozi Eze⟧ <⟦email|neze@hallorankeane.com⟧>
Sent: Wednesday, ⟦date|March 13, 2024⟧ 4:52 PM
To: '⟦name|Yusuf Al-Khatib⟧' <⟦email|yalkhatib@khatibpartners.com⟧>
Cc: ⟦name|Ciarán Ó Briain⟧ <⟦email|cobriain@hallorankeane.com⟧>
Subject: RE: ⟦name|Chaudhry⟧ / ⟦name|Shevchenko⟧ - settlement funds flow [⟦priv|PRIVILEGED & CONFIDENTIAL⟧]

⟦name|Yusuf⟧,

Confirmed on our side. Once Mrs. ⟦name|Shevchenko⟧ countersigns we will release the first tranche (⟦!dollar amount|$180,000⟧)
from our IOLTA account. Per your note, the EUR portion goes to her Frankfurt account, IBAN
⟦iban|{V['iban_de']}⟧ (account holder ⟦name|Olena Shevchenko⟧), and the supplier escrow for the Lyon goods
to IBAN ⟦iban|{V['iban_fr']}⟧. The US balance can go to her checking account (ABA ⟦aba|{V['aba2']}⟧,
acct ⟦acct|{V['acct2']}⟧).

Two redactions before anything is filed: Exhibit C still shows her full SSN (⟦ssn|{V['ssn2']}⟧) from the
⟦!tax form name|W-9⟧, and § 4.2 lists the VIN of the Sprinter van (⟦vin|{V['vin_van']}⟧). A description is enough.

Best,
⟦name|Ngozi⟧

⟦name|Ngozi Eze⟧ | Associate
⟦?firm name built from surnames|Halloran Keane LLP⟧ | ⟦addr|One Post Office Square, 31st Floor⟧ | Boston, MA ⟦zip|02109⟧
d ⟦phone|+1 617 555 0144⟧ | ⟦email|neze@hallorankeane.com⟧
This e-mail may contain ⟦priv|ATTORNEY-CLIENT PRIVILEGED⟧ information or ⟦priv|ATTORNEY WORK PRODUCT⟧. If you are
not the intended recipient, please delete it and notify the sender.

-----Original Message-----
From: ⟦name|Yusuf Al-Khatib⟧ <⟦email|yalkhatib@khatibpartners.com⟧>
Date: Tue, ⟦date|12 Mar 2024⟧ 09:14:22 -0500
To: ⟦name|Ngozi Eze⟧ <⟦email|neze@hallorankeane.com⟧>
Subject: ⟦name|Chaudhry⟧ / ⟦name|Shevchenko⟧ - settlement funds flow

> ⟦name|Ngozi⟧ -
> Following up on our call. My client will sign on ⟦date|3/22/24⟧ at the notary.
> She has asked that part of the balance be sent in USDC to her wallet
> ⟦crypto|{V['eth']}⟧ rather than by wire; I said we'd need your firm's position.
> Her cell, for the notary appointment, is ⟦phone|+1 (646) 555-0193⟧. Notice address for the agreement:
> ⟦addr|310 East 86th Street, Apt 11C⟧, New York, NY ⟦zip|10028-4712⟧.
>
> ⟦name|Yusuf Al-Khatib⟧
> Partner, ⟦?firm name built from a surname|Khatib & Partners PLLC⟧
> ⟦addr|575 Lexington Avenue, 4th Floor⟧, New York, NY ⟦zip|10022⟧
> o. ⟦phone|212.555.0171⟧ | ⟦url|https://www.khatibpartners.com⟧
>
>> On Mon, ⟦date|Mar 11, 2024⟧ at 6:02 PM, ⟦name|Ngozi Eze⟧ <⟦email|neze@hallorankeane.com⟧> wrote:
>> ⟦name|Yusuf⟧, can you send the wiring details for Mrs. ⟦name|Shevchenko⟧'s accounts? ⟦name|Ciarán⟧ wants the
>> funds-flow memo finalised by Friday.
"""

DOCS[12] = f"""JOINT GRAND ROUNDS -- Neurology & Health Law
Capacity, consent and de-identification in neurodegenerative disease (handout)

1. Clinical background
⟦!eponymous disease name|Parkinson⟧'s disease affects roughly 1% of adults over 60 and was first described in ⟦!historical year|1817⟧.
⟦!eponymous disease name|Alzheimer⟧ disease remains the leading cause of dementia; donepezil, approved by the FDA in
⟦!drug approval date, not about a person|November 1996⟧, is started at 5 mg nightly and increased to 10 mg after 4-6 weeks. Survivors of
⟦!eponymous disease name|Hodgkin⟧ lymphoma treated with ABVD, and patients with ⟦!eponymous disease name|Cushing⟧ syndrome or ⟦!eponymous disease name|Lou Gehrig⟧'s
disease, raise similar capacity questions. Levodopa/carbidopa ⟦!tablet strength, not a date|25/100⟧ is titrated by 1/2 tablet every
3-4 days. Screen for reversible causes: sodium ⟦!reference range, not a phone number|135-145⟧ mmol/L, calcium 8.6-10.2 mg/dL, ⟦!vitamin name, not an ICD-10 code|vitamin B12⟧
above 200 pg/mL, TSH 0.4-4.0 mIU/L. A ⟦!test score, not a date|MoCA of 26/30⟧ does not by itself establish capacity; nor does
an ⟦!test score, not a date|MMSE of 24/30⟧ remove it. In the 2019 cohort (n = 1,206; ⟦!trial registry id|NCT04368728⟧) the hazard ratio
was 0.78 (⟦!confidence interval|95% CI 0.64-0.95⟧).

2. Legal framework
⟦!case name, not a person|Miranda v. Arizona⟧, ⟦!case citation|384 U.S. 436 (1966)⟧, is often misquoted in the capacity context;
⟦!case name, not a person|Cruzan v. Director⟧, Missouri Dept. of Health, 497 U.S. 261 (1990), is the better authority. The HIPAA
Privacy Rule (⟦!regulation citation|45 C.F.R. § 164.514(b)(2)⟧; compliance date ⟦!regulatory date, not about a person|April 14, 2003⟧) lists 18 identifiers
and requires ages over 89 to be aggregated into a single category of ⟦!regulatory category, not a person's age|90 or older⟧. Penalties sit in
⟦!statute citation|42 U.S.C. § 1320d-6⟧. Communications with counsel about a proxy dispute may attract the
⟦!legal doctrine discussed in prose, not a document marker|attorney-client privilege⟧ and the work-product doctrine (Fed. R. Civ. P. 26(b)(3)); neither
is waived merely by copying the treating team. Massachusetts ⟦!statute citation|G.L. c. 201D⟧ (⟦!statute year|enacted 1990⟧) governs health
care proxies; ICD-11 took effect on ⟦!effective date of a standard|1 January 2022⟧.

3. Logistics
Colleagues from ⟦!institution name, not a person|Johns Hopkins⟧, Rochester (Minnesota) and Galway will join by video. The AAN
practice guideline used in the case discussion was published ⟦!publication date, not about a person|2023-06-15⟧. Simulation supplies:
⟦!purchase order number, not a phone number|Order no. 800-4417-2291⟧ (Medline), ⟦!lot number|Lot 24B117⟧, ⟦!product expiry, not about a person|exp 2026-09⟧; ⟦!national drug code, not a phone number|NDC 0093-7146-56⟧;
⟦!catalog number failing Luhn, not a card|Catalog {V['not_card']}⟧; ⟦!ISBN|ISBN 978-0-323-61204-5⟧. Room 4-121, ⟦!time range|12:30-13:45⟧.
Slides ⟦!software version|v2.3.1⟧; feedback ratio last year was 3:1 positive.
"""


# ================================================================ parse + write
MARK = re.compile(r"⟦([^|⟦⟧]+)\|([^⟦⟧]*)⟧")


def render(src):
    gold, neg, amb = [], [], []
    while True:
        m = MARK.search(src)
        if not m:
            break
        tag, text = m.group(1), m.group(2)
        if tag.startswith("!"):
            neg.append((text, tag[1:]))
        elif tag.startswith("?"):
            amb.append((text, tag[1:]))
        else:
            gold.append((ALIAS[tag], text))
        src = src[:m.start()] + text + src[m.end():]
    assert "⟦" not in src and "⟧" not in src
    return src, gold, neg, amb


def spans(text, sub):
    out, i = [], text.find(sub)
    while i >= 0:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def main():
    gold_rows, neg_rows, amb_rows = [], [], []
    for n in range(1, 13):
        doc = f"doc{n}.txt"
        text, gold, neg, amb = render(DOCS[n])
        with open(os.path.join(OUT, doc), "w", encoding="utf-8") as fh:
            fh.write(text)
        seen = set()
        gspans = []
        for cls, val in gold:
            assert cls in CLASSES, cls
            assert val and val in text, (doc, val)
            gspans += spans(text, val)
            if (cls, val) in seen:
                continue
            seen.add((cls, val))
            gold_rows.append({"doc": doc, "class": cls, "text": val})
        for val, why in neg:
            assert val in text, (doc, val)
            for a, b in spans(text, val):
                for c, d in gspans:
                    assert b <= c or d <= a, f"negative overlaps gold in {doc}: {val!r}"
            neg_rows.append({"doc": doc, "text": val, "why": why})
        for val, why in amb:
            assert val in text
            amb_rows.append({"doc": doc, "text": val, "why": why})
        print(f"{doc}: {len(text.encode('utf-8'))} bytes, {len(seen)} gold, {len(neg)} negatives")
    for fname, rows in (("gold.jsonl", gold_rows), ("negatives.jsonl", neg_rows),
                        ("ambiguous.jsonl", amb_rows)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in gold_rows:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    missing = [c for c in CLASSES if c not in counts]
    assert not missing, missing
    print(f"gold: {len(gold_rows)}  negatives: {len(neg_rows)}  ambiguous: {len(amb_rows)}")
    for c in CLASSES:
        print(f"  {c:28s} {counts[c]}")


if __name__ == "__main__":
    main()
