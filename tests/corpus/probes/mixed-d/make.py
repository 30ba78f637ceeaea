#!/usr/bin/env python3
"""Build probe set D (mixed documents) for the sensitive-data detector.

Standard library only, fixed seed, deterministic: everything is built twice and
the two builds are compared before anything is written.

Templates carry labels inline:
    ⟦class|text⟧   gold (class id, or a short alias: N D P E A Z)
    ⟦!why|text⟧    negative (must NOT be flagged)
    ⟦?why|text⟧    ambiguous (left unscored)
«key» placeholders are replaced by generated values before the labels are read;
⇥ becomes a TAB character.
"""
import base64
import hashlib
import hmac
import ipaddress
import json
import os
import random
import re
import struct
import sys

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))

CLASSES = set("""
pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address
pii.us_passport pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id
phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker
""".split())
ALIAS = {"N": "pii.person_name", "D": "pii.date", "P": "pii.phone",
         "E": "pii.email", "A": "pii.street_address", "Z": "pii.zip_code"}

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
B64U = ALNUM + "-_"


# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(partial):
    for d in DIG:
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def dea_ok(s):
    if not re.fullmatch(r"[ABFGMPR][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    p = int(s[:2])
    if not (1 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LEN = {"DE": 22, "GB": 22, "ES": 24, "FR": 27, "PL": 28, "NL": 18}


def iban_ok(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_digit(v):
    t = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if t == 10 else str(t)


def vin_ok(v):
    return (len(v) == 17 and not set(v) & set("IOQ")
            and all(c in VIN_TR for c in v) and v[8] == vin_digit(v))


def nhs_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    t = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    c = 11 - t % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(s[9])


FAMOUS_SSN = {"078051120", "123456789", "219099999", "457555462", "111111111",
              "987654320", "987654321", "000000000", "999999999", "012345678"}


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"\d{9}", d) or d in FAMOUS_SSN:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def itin_ok(s):
    d = s.replace("-", "")
    if not re.fullmatch(r"9\d{8}", d):
        return False
    g = int(d[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


MBI_A = "ACDEFGHJKMNPQRTUVWXY"          # letters minus S L O I B Z
MBI_AN = MBI_A + DIG
MBI_PATTERN = ("C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N")


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    sets = {"C": "123456789", "A": MBI_A, "AN": MBI_AN, "N": DIG}
    return all(c in sets[k] for c, k in zip(s, MBI_PATTERN))


B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


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


def bech32_hrp(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, fb, tb):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << fb) | v
        bits += fb
        while bits >= tb:
            bits -= tb
            out.append((acc >> bits) & ((1 << tb) - 1))
    if bits:
        out.append((acc << (tb - bits)) & ((1 << tb) - 1))
    return out


def bech32_ok(addr):
    hrp, _, data = addr.rpartition("1")
    if hrp != "bc" or not data or any(c not in B32 for c in data):
        return False
    vals = [B32.index(c) for c in data]
    return bech32_polymod(bech32_hrp(hrp) + vals) == 1 and vals[0] == 0 and len(addr) == 42


# ---------------------------------------------------------------- generators
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def b(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def card(self, prefix, length=16):
        body = prefix + self.s(DIG, length - len(prefix) - 1)
        return body + luhn_digit(body)

    def npi(self):
        base = "1" + self.s(DIG, 8)
        return base + luhn_digit("80840" + base)

    def dea(self, reg, initial):
        d = [self.r.randrange(10) for _ in range(6)]
        c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return reg + initial + "".join(map(str, d)) + str(c)

    def aba(self, prefix):
        body = prefix + self.s(DIG, 6)
        d = [int(c) for c in body]
        t = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        return body + str((10 - t % 10) % 10)

    def iban_de(self):
        bban = self.s(DIG, 8) + self.s(DIG, 10)
        n = int("".join(str(int(c, 36)) for c in bban + "DE00"))
        iban = "DE%02d" % (98 - n % 97) + bban
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def vin(self, first8, year, plant):
        serial = self.s(DIG, 6)
        v = first8 + "0" + year + plant + serial
        return v[:8] + vin_digit(v) + v[9:]

    def nhs(self):
        while True:
            d = self.r.choice("46") + self.s(DIG, 8)
            t = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
            c = 11 - t % 11
            c = 0 if c == 11 else c
            if c != 10:
                s = d + str(c)
                return s[:3] + " " + s[3:6] + " " + s[6:]

    def ssn(self):
        while True:
            a = self.r.randrange(1, 900)
            if a == 666:
                continue
            s = "%03d%02d%04d" % (a, self.r.randrange(1, 100), self.r.randrange(1, 10000))
            if ssn_ok(s):
                return s

    def itin(self):
        g = self.r.choice(list(range(70, 89)))
        return "9%02d-%02d-%04d" % (self.r.randrange(100), g, self.r.randrange(1, 10000))

    def mbi(self):
        sets = {"C": "123456789", "A": MBI_A, "AN": MBI_AN, "N": DIG}
        return "".join(self.r.choice(sets[k]) for k in MBI_PATTERN)

    def bech32(self):
        prog = self.b(20)
        data = [0] + convertbits(prog, 8, 5)
        pm = bech32_polymod(bech32_hrp("bc") + data + [0] * 6) ^ 1
        data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(B32[d] for d in data)

    def jwt(self, payload):
        def b64u(x):
            return base64.urlsafe_b64encode(x).rstrip(b"=").decode()
        h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=(",", ":")).encode())
        sig = hmac.new(self.b(32), (h + "." + p).encode(), hashlib.sha256).digest()
        return h + "." + p + "." + b64u(sig)

    def openssh_key(self, comment):
        def st(x):
            return struct.pack(">I", len(x)) + x
        pub = self.b(32)
        priv = self.b(32) + pub
        chk = self.b(4)
        pubblob = st(b"ssh-ed25519") + st(pub)
        sec = chk + chk + st(b"ssh-ed25519") + st(pub) + st(priv) + st(comment.encode())
        i = 1
        while len(sec) % 8:
            sec += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\0" + st(b"none") + st(b"none") + st(b"")
                + struct.pack(">I", 1) + st(pubblob) + st(sec))
        b64 = base64.b64encode(blob).decode()
        lines = [b64[i:i + 70] for i in range(0, len(b64), 70)]
        return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)
                + "\n-----END OPENSSH PRIVATE KEY-----")


def dashed_ssn(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


def make_values(g):
    V = {}
    # doc 1 -- handoff
    for k in "abcd":
        while True:     # keep the ages (92, 94, 101) out of the MRNs
            m = "00" + g.s(DIG, 6)
            if not any(a in m for a in ("92", "94", "101")):
                V["mrn1" + k] = m
                break
    # doc 2 -- HL7
    V["mrn2"] = "E" + g.s("123456789", 1) + g.s(DIG, 6)
    s = g.ssn()
    V["ssn2"], V["ssn2d"] = s, dashed_ssn(s)
    V["npi2"] = g.npi()
    V["mbi2"] = g.mbi()
    # doc 3 -- PI demand
    V["vin3"] = g.vin("2HKRW2H8", "M", "H")
    V["hp3"] = "XOF" + g.s(DIG, 9)
    # doc 4 -- probate
    for k in "abc":
        V["ssn4" + k] = dashed_ssn(g.ssn())
    V["itin4"] = g.itin()
    V["iban4"] = g.iban_de()
    V["aba4a"] = g.aba("07")
    V["aba4b"] = g.aba("27")
    V["acct4a"] = g.s("123456789", 1) + g.s(DIG, 9)
    V["acct4b"] = g.s("123456789", 1) + g.s(DIG, 11)
    V["brok4"] = "Z" + g.s(DIG, 2) + "-" + g.s(DIG, 6)
    V["vin4"] = g.vin("4S4BSANC", "H", "3")
    V["btc4"] = g.bech32()
    m = g.mbi()
    V["mbi4"] = m[:4] + "-" + m[4:7] + "-" + m[7:]
    c = g.card("6011")
    V["cc4"] = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    # doc 5 -- telehealth chat
    V["nhs5"] = g.nhs()
    V["pp5"] = "A" + g.s(DIG, 8)
    c = g.card("4")
    V["cc5"] = " ".join(c[i:i + 4] for i in range(0, 16, 4))
    # doc 6 -- e-discovery
    V["sha6a"] = hashlib.sha256(g.b(64)).hexdigest()
    V["sha6b"] = hashlib.sha256(g.b(64)).hexdigest()
    V["slack6"] = "xoxb-" + g.s("123456789", 1) + g.s(DIG, 11) + "-" + g.s("123456789", 1) + g.s(DIG, 12) + "-" + g.s(ALNUM, 24)
    V["ssh6"] = g.openssh_key("hdc-sftp-collect")
    # doc 7 -- booking sheet
    s = g.ssn()
    V["ssn7"] = dashed_ssn(s)
    V["dl7"] = "E" + g.s(DIG, 3) + "-" + g.s(DIG, 4) + "-" + g.s(DIG, 4)
    V["vin7"] = g.vin("1G1ZE5ST", "G", "F")
    # doc 8 -- bilingual letter
    V["mrn8"] = "CF-" + g.s("123456789", 1) + g.s(DIG, 6)
    V["hp8a"] = g.s("123456789", 1) + g.s(DIG, 8)
    V["hp8b"] = "MHP" + g.s(DIG, 8)
    V["npi8"] = g.npi()
    # doc 9 -- workers' comp
    V["ssn9"] = dashed_ssn(g.ssn())
    V["npi9"] = g.npi()
    # doc 10 -- med rec
    V["mrn10"] = "M-" + g.s("123456789", 1) + g.s(DIG, 6)
    V["hp10"] = "LKR" + g.s(DIG, 9)
    V["npi10a"], V["npi10b"], V["npi10c"] = g.npi(), g.npi(), g.npi()
    V["dea10a"] = g.dea("B", "P")
    V["dea10b"] = g.dea("F", "S")
    V["dea10c"] = g.dea("M", "G")
    # doc 11 -- IT ticket
    last4 = g.s("123456789", 1) + g.s(DIG, 3)
    V["last4"] = last4
    V["mrn11a"] = "00" + g.s("123456789", 1) + g.s(DIG, 1) + last4
    while True:
        b = "00" + g.s("123456789", 1) + g.s(DIG, 1) + last4
        if b != V["mrn11a"]:
            V["mrn11b"] = b
            break
    V["csec11"] = g.s(B64U, 48)
    V["jwt11"] = g.jwt({"iss": "https://auth.ngfm.example.org", "sub": "sched-bridge-prod",
                        "aud": "https://ehr-int.ngfm.example.org/fhir/r4",
                        "scope": "system/Patient.read system/Appointment.read",
                        "iat": 1733233261, "exp": 1733236861, "jti": g.s(ALNUM, 16)})
    V["anth11"] = "sk-ant-api03-" + g.s(B64U, 93) + "AA"
    V["akia11"] = "AKIA" + g.s(UP + "234567", 16)
    V["awssec11"] = g.s(ALNUM + "+/", 40)
    V["uuid11"] = "%s-%s-4%s-%s%s-%s" % (g.s("0123456789abcdef", 8), g.s("0123456789abcdef", 4),
                                          g.s("0123456789abcdef", 3), g.r.choice("89ab"),
                                          g.s("0123456789abcdef", 3), g.s("0123456789abcdef", 12))
    return V


# ---------------------------------------------------------------- documents
DOCS = []


def doc(title):
    def deco(fn):
        DOCS.append((title, fn()))
        return fn
    return deco


@doc("nurse shift handoff (SBAR) for four patients on one med-surg ward, two aged over 89")
def _d1():
    return """6 WEST MED-SURG · NIGHT → DAY HANDOFF (SBAR) — pasted for a summary
Thu ⟦D|11/21/24⟧ 0645 · Off-going: ⟦N|Keisha Pruitt⟧, RN → On-coming: ⟦N|Tomasz Wróbel⟧, RN
Charge: ⟦N|Lo Abernathy⟧ (x⟦?internal extension without a phone number|4471⟧) · Nocturnist: Dr. ⟦N|Farouk⟧

RM ⟦!room/bed number|612-A⟧ | ⟦N|HOLLOWAY, EUNICE M⟧ | ⟦pii.age_over_89|92⟧ F | MRN ⟦phi.mrn|«mrn1a»⟧ | DOB ⟦D|02/09/1932⟧ | DNR/DNI signed ⟦D|11/19⟧
S: POD 2 s/p ORIF L intertrochanteric fx (⟦phi.icd10|S72.142A⟧) after a fall at home ⟦D|11/18⟧. Sundowning 0100–0400, pulled at her ⟦!eponym (catheter)|Foley⟧ x1, reoriented; no sitter available.
B: HTN, AFib on ⟦!drug brand name|Eliquis⟧ (held, ortho to restart), mild dementia. Lives alone.
A: T 37.9, BP ⟦!vital sign|148/66⟧, HR 88 irreg, SpO2 95% on 2 L. Hgb ⟦!lab value|8.1⟧ (was 9.4). Oxycodone 2.5 mg PRN x2. ⟦!eponym (fall-risk scale)|Morse⟧ 65, bed alarm on.
R: Repeat Hgb with AM labs; PT at 1000. Daughter ⟦N|Marisol Holloway-Reyes⟧ is HCPOA: call her cell ⟦P|(312) 555-0147⟧ with any change. Son ⟦N|Dale⟧ (⟦P|312.555.0193⟧) gets NO updates per pt.

RM ⟦!room/bed number|614-B⟧ | ⟦N|Adeyinka Balogun⟧ ("⟦N|Yinka⟧") | ⟦!age 89 or under|58⟧ M | MRN ⟦phi.mrn|«mrn1b»⟧ | DOB ⟦D|7-30-1966⟧
S: Admitted ⟦D|11/20⟧ with R lower-leg cellulitis (⟦phi.icd10|L03.115⟧); DM2 (⟦phi.icd10|E11.65⟧). Afebrile since 2200.
B: Vanc 1.25 g IV q12h, trough 14.2 at 0530. Glargine (⟦!drug brand name|Lantus⟧) 22 units HS; FSBG 212 → 4 units ⟦!drug brand name|Humalog⟧.
A: Erythema receding inside the marked border. Anxious about missing work.
R: Wife ⟦N|Funmilayo⟧ at bedside 0900 — cell ⟦P|+1 872 555 0139⟧. Wants case mgmt re: FMLA forms.

RM ⟦!room/bed number|617⟧ | ⟦N|DIMITRIOU, FRANK⟧ | ⟦!age 89 or under|74⟧ M | MRN ⟦phi.mrn|«mrn1c»⟧ | DOB ⟦D|1950-04-05⟧
S: CHF exacerbation (⟦phi.icd10|I50.23⟧), admitted ⟦D|Nov 17⟧. Net −2.1 L on ⟦!drug brand name|Lasix⟧ 40 mg IV BID. One episode of ⟦!clinical term (frank = gross), not the name|frank⟧ hematuria at 0300; urology aware.
B: CKD 3b, Cr 1.9. ⟦N|Frank⟧ is the full-time caregiver for his mother, ⟦pii.age_over_89|101⟧, who lives with him.
A: Crackles at bases, 1+ edema. K ⟦!lab value|3.3⟧ → KCl 20 mEq PO at 0500.
R: Daily weight done (81.4 kg). SW consult re: respite care for mom. Daughter-in-law ⟦N|Ivana Dimitriou⟧ ⟦P|773-555-0102⟧ is the contact.

RM ⟦!room/bed number|620⟧ | ⟦N|NGUYỄN THỊ HOA⟧ (goes by Bà ⟦N|Hoa⟧) | ⟦pii.age_over_89|94⟧ F | MRN ⟦phi.mrn|«mrn1d»⟧ | DOB ⟦D|03 Jan 1930⟧
S: Aspiration PNA (⟦phi.icd10|J69.0⟧), day 3 of ⟦!drug brand name|Unasyn⟧. Vietnamese-speaking — interpreter line ⟦?business phone (interpreter service)|1-800-555-0118⟧, access code ⟦!interpreter-line access code|7720⟧.
B: Post-stroke dysphagia; puree, meds crushed. Coughed on thin liquids at SLP eval ⟦D|11/20⟧.
A: SpO2 91% on 3 L, RR 22. ⟦!eponym (pressure-injury scale)|Braden⟧ 12, turned q2h.
R: CXR 0800. Grandson ⟦N|Kevin Tran⟧ ⟦P|(708) 555-0166⟧ interprets for family; family meeting Fri ⟦D|11/22⟧ at 1400.
"""


@doc("HL7 v2.5.1 ORU^R01 lab message pasted into a prompt with an interface question")
def _d2():
    return r"""Our Mirth Connect ⟦!software version|4.4.1⟧ channel LAB_IN_ORU rejects exactly one message with "AR: PID-7 invalid date/time"; every other result from the core lab goes through. What's wrong with it? As logged (MLLP framing stripped):

MSH|^~\&|⟦!sending application (vendor name)|SUNQUEST⟧|LKM_CORE_LAB|EPIC|LKM_MAIN|⟦?message/transport timestamp (like a log)|20241122083105⟧||ORU^R01^ORU_R01|⟦!message control ID|LKM0009187723⟧|P|2.5.1|||AL|NE
PID|1||⟦phi.mrn|«mrn2»⟧^^^LKM^MR~⟦pii.ssn|«ssn2»⟧^^^USSSA^SS||⟦N|VANTERPOOL⟧^⟦N|ROSALIND⟧^⟦N|ADELE⟧^^^^L||⟦D|1938113⟧|F||⟦!race code (CDC)|2106-3⟧^White^CDCREC|⟦A|2840 N Pine Grove Ave⟧^^Chicago^IL^⟦Z|60657⟧^USA^H||⟦P|(773)555-0128⟧^PRN^PH^^1^⟦P|773^5550128⟧~^NET^Internet^⟦E|rvanterpool38@example.net⟧|⟦P|(312)555-0175⟧^WPN^PH||W||⟦?patient account number|V000048821934⟧|⟦pii.ssn|«ssn2»⟧
NK1|1|⟦N|VANTERPOOL⟧^⟦N|CEDRIC⟧^^^^^L|SON^Son^HL70063|⟦A|1127 Judson Ave⟧^^Evanston^IL^⟦Z|60202⟧^USA|⟦P|(847)555-0151⟧
PV1|1|O|LKM_OP_LAB^^^LKM||||⟦phi.npi|«npi2»⟧^⟦N|NAKASHIMA⟧^⟦N|KENJI⟧^^^^MD^^^^NPI||||||||||||⟦?patient account number|V000048821934⟧|||||||||||||||||||||||||⟦D|202411210915⟧
IN1|1|MCRB^Medicare Part B|⟦!payer ID|00452⟧|CMS MEDICARE PART B|⟦?payer (business) address|PO BOX 3112⟧^^MECHANICSBURG^PA^⟦?payer (business) ZIP|17055⟧||⟦?payer (business) phone|(877)555-0190⟧|||||||||⟦N|VANTERPOOL⟧^⟦N|ROSALIND⟧|01|⟦D|19381103⟧|⟦A|2840 N Pine Grove Ave⟧^^Chicago^IL^⟦Z|60657⟧|||||||||||||||||⟦phi.mbi|«mbi2»⟧
ORC|RE|⟦!placer order number|ORD55120934⟧|⟦!accession number|LK24-326-00418⟧||CM
OBR|1|⟦!placer order number|ORD55120934⟧|⟦!accession number|LK24-326-00418⟧|⟦!CPT code|80048⟧^Basic Metabolic Panel^CPT4|||⟦D|202411210947⟧|||||||||⟦phi.npi|«npi2»⟧^⟦N|NAKASHIMA⟧^⟦N|KENJI⟧^^^^MD||||||⟦D|202411220812⟧|||F
OBX|1|NM|⟦!LOINC code|2345-7⟧^Glucose^LN||141|mg/dL|⟦!reference range|70-99⟧|H|||F|||⟦D|202411210947⟧
OBX|2|NM|⟦!LOINC code|2160-0⟧^Creatinine^LN||1.62|mg/dL|⟦!reference range|0.57-1.00⟧|H|||F
OBX|3|NM|⟦!LOINC code|33914-3⟧^eGFR^LN||31|mL/min/1.73m2|>59|L|||F
OBX|4|NM|⟦!LOINC code|2823-3⟧^Potassium^LN||5.4|mmol/L|⟦!reference range|3.5-5.2⟧|H|||F
DG1|1||⟦phi.icd10|N18.31⟧^Chronic kidney disease, stage 3a^I10||⟦D|202411210947⟧|W
NTE|1||K 5.4 phoned to Dr. ⟦N|Nakashima⟧ ⟦D|11/22⟧ 08:15 by ⟦N|M. Oyelaran⟧, CLS. Pt says she skipped her AM ⟦!drug name|lisinopril⟧.

Registration has her DOB as ⟦D|11/03/1938⟧ (she's ⟦!age 89 or under|86⟧), so PID-7 should read ⟦D|19381103⟧ like IN1-18 — is the sender dropping the leading zero of the day? Two more things:
1. Compliance says we must not send SSNs to the lab, but hers (⟦pii.ssn|«ssn2d»⟧) rides in PID-3 as a second identifier and again in PID-19. Which components should the transformer strip?
2. Is the MBI in IN1-36 where Epic expects it for Medicare Part B, and will her son ⟦N|Cedric⟧'s number in NK1-5 map to the emergency contact?
Please don't echo the whole message back in your answer.
"""


@doc("personal-injury demand letter to an insurer, with an attorney's privileged cover note and a medical-specials table")
def _d3():
    return """⟦legal.privilege_marker|PRIVILEGED & CONFIDENTIAL — ATTORNEY WORK PRODUCT⟧
⟦N|Bree⟧ — tighten the draft below for tone; keep the specials table and the demand figure exactly as they are, and check the PT dates against the Bridgeport ledger before it goes out ⟦D|Dec. 2⟧. — ⟦?initials of the attorney|RQ⟧

----- DRAFT -----
⟦?law-firm name containing surnames|QUINTANILLA & HSU, LLP⟧
⟦?law firm (business) address|400 N. LaSalle Street, Suite 2150⟧ · Chicago, Illinois ⟦?law firm (business) ZIP|60654⟧ · ⟦?law firm main line|(312) 555-0100⟧
⟦?settlement-communication legend, not a privilege marker|FOR SETTLEMENT PURPOSES ONLY — INADMISSIBLE UNDER FRE 408⟧

⟦D|November 25, 2024⟧

Via e-mail: ⟦E|tgarrity@example.com⟧
Ms. ⟦N|Theresa Garrity⟧, Senior Claims Adjuster
Prairie Mutual Insurance Company, ⟦?insurer (business) address|P.O. Box 8830⟧, Bloomington, IL ⟦?insurer (business) ZIP|61702-8830⟧

Re:  Our client: ⟦N|Marguerite Osei-Bonsu⟧ (DOB ⟦D|04/27/1979⟧)
     Your insured: ⟦N|Brandon T. Kessler⟧
     Claim no. ⟦?claim number|PMI-24-0716633⟧ · Policy no. ⟦?policy number|PAU 418 22 9071⟧
     Date of loss: ⟦D|July 12, 2024⟧

Dear Ms. ⟦N|Garrity⟧:

On ⟦D|July 12, 2024⟧, at about 5:40 p.m., Ms. ⟦N|Osei-Bonsu⟧ was stopped at a red light on Western Avenue at Belmont when your insured's ⟦!vehicle model year|2019⟧ Ram 1500 struck the rear of her ⟦!vehicle model year|2021⟧ Honda CR-V (VIN ⟦id.vin|«vin3»⟧). Chicago Police crash report ⟦?police report number|JH-418203⟧ cites Mr. ⟦N|Kessler⟧ for failure to reduce speed, ⟦!statute citation|625 ILCS 5/11-601(a)⟧. Liability is not in dispute.

She was taken by ambulance to Ridgeway Medical Center and diagnosed with cervical strain (⟦phi.icd10|S13.4XXA⟧) and lumbar strain (⟦phi.icd10|S33.5XXA⟧). Persistent right-shoulder pain led to an MRI on ⟦D|August 9, 2024⟧ showing a partial-thickness supraspinatus tear (⟦phi.icd10|S46.011A⟧). Dr. ⟦N|Imani Castellanos⟧ found positive ⟦!eponym (orthopaedic sign)|Neer⟧ and ⟦!eponym (orthopaedic sign)|Hawkins-Kennedy⟧ signs and injected the shoulder on ⟦D|09/16/2024⟧.

MEDICAL SPECIALS
Provider                                  | Dates of service          | Codes               | Billed
CFD Ambulance 41                          | ⟦D|07/12/2024⟧                | ⟦!HCPCS code|A0427⟧               | $1,842.00
Ridgeway Medical Center — ED              | ⟦D|07/12/2024⟧                | 99284, 72040        | $4,916.35
Northside Orthopaedic (Dr. ⟦N|Castellanos⟧)  | ⟦D|07/22/2024⟧–⟦D|10/14/2024⟧     | 99204, 99213 ×3, 20610 | $1,790.00
Lakeview Imaging                          | ⟦D|08/09/2024⟧                | ⟦!CPT code|73221⟧               | $2,250.00
Bridgeport Physical Therapy (24 visits)   | ⟦D|07/29/2024⟧–⟦D|11/01/2024⟧     | 97110, 97140        | $5,880.00
TOTAL                                                                                  | $16,678.35

Lost wages: 31 missed 12-hour shifts as a surgical technologist at $26.00/hr = $9,672.00. Blue Cross and Blue Shield of Illinois asserts a lien of $11,204.80 (member ID ⟦phi.health_plan_id|«hp3»⟧, group ⟦?group number|P57104⟧).

We demand $185,000.00, inclusive of liens, open through ⟦D|December 27, 2024⟧. The limitations period (⟦!statute citation|735 ILCS 5/13-202⟧) runs ⟦D|July 12, 2026⟧. Please direct all contact to this office, not to our client's home (⟦A|1948 W Roscoe St, Unit 3F⟧, Chicago ⟦Z|60618⟧).

Very truly yours,
⟦N|Rafael Quintanilla⟧ · direct ⟦P|(312) 555-0131⟧ · ⟦E|rquintanilla@example.org⟧ · ARDC No. ⟦!attorney registration number|6312284⟧
cc: ⟦N|Marguerite Osei-Bonsu⟧
"""


@doc("probate estate inventory draft with beneficiaries, full and masked SSNs, an ITIN, bank/brokerage/crypto accounts")
def _d4():
    return """Please check the Schedule A total, flag anything missing, and say whether the masked SSN for ⟦N|Andy⟧ is acceptable on a filed inventory. Filing deadline is ⟦D|Jan. 17, 2025⟧.

⟦legal.privilege_marker|ATTORNEY–CLIENT PRIVILEGED · DRAFT · NOT FOR FILING⟧
STATE OF WISCONSIN · CIRCUIT COURT · DANE COUNTY — PROBATE
In the Matter of the Estate of ⟦N|HAROLD EUGENE LINDGREN⟧, Deceased · Case No. ⟦?court case number|2024PR000812⟧
INVENTORY (Form ⟦!court form number|PR-1811⟧)

Decedent: ⟦N|Harold E. Lindgren⟧ · DOB ⟦D|03/14/1941⟧ · DOD ⟦D|September 2, 2024⟧ · SSN ⟦pii.ssn|«ssn4a»⟧
Domicile: ⟦A|4418 Hillcrest Dr.⟧, Madison, WI ⟦Z|53705⟧
Personal representative: ⟦N|Karen L. Lindgren-Pfaff⟧ (daughter), ⟦A|N2871 County Road K⟧, Poynette, WI ⟦Z|53955⟧ · ⟦P|608-555-0124⟧
Attorney for PR: ⟦N|Owen Marchetti⟧, State Bar No. ⟦!bar number|1098432⟧ · ⟦E|omarchetti@example.com⟧

BENEFICIARIES (Will dated ⟦D|June 3, 2019⟧)
 ⟦N|Karen L. Lindgren-Pfaff⟧ · daughter · SSN ⟦pii.ssn|«ssn4b»⟧ · 40%
 ⟦N|Anders G. Lindgren⟧ · son · SSN ⟦?masked SSN (last four only)|XXX-XX-4417⟧ · 40%
 ⟦N|Elias Pfaff⟧ (minor, DOB ⟦D|05/30/2012⟧) · grandson, UTMA c/o ⟦N|Karen⟧ · SSN ⟦pii.ssn|«ssn4c»⟧ · 10%
 ⟦N|Tobias Lindgren⟧ · nephew, Hamburg · ITIN ⟦pii.itin|«itin4»⟧ · 10%, by wire to IBAN ⟦fin.iban|«iban4»⟧ · ⟦E|tlindgren@example.net⟧
 ⟦!organisation name (Hope is not a person here)|Hope Lutheran Church⟧ · specific bequest $5,000 · EIN ⟦?tax ID (EIN)|39-0811452⟧

SCHEDULE A — ASSETS AT DATE OF DEATH
A-1 Residence, ⟦A|4418 Hillcrest Dr.⟧, parcel ⟦!tax parcel number|0709-202-1135-4⟧ (appraised ⟦D|10/08/2024⟧) ....... $412,000.00
A-2 Summit Credit Union checking, RTN ⟦fin.aba_routing|«aba4a»⟧, acct ⟦fin.bank_account|«acct4a»⟧ ....... 18,402.77
A-3 Associated Bank savings, ABA ⟦fin.aba_routing|«aba4b»⟧, acct no. ⟦fin.bank_account|«acct4b»⟧ ....... 61,250.10
A-4 Associated Bank 12-mo CD, acct ending ⟦?masked account number|••5520⟧ ....... 25,000.00
A-5 Fidelity brokerage account ⟦fin.bank_account|«brok4»⟧, DOD close ....... 233,918.44
A-6 ⟦!vehicle model year|2017⟧ Subaru Outback, VIN ⟦id.vin|«vin4»⟧, WI plate ⟦?license plate (no class)|AKN-4412⟧ ....... 14,300.00
A-7 Bitcoin, 0.4187 BTC, self-custody wallet ⟦fin.crypto_wallet|«btc4»⟧ ....... 23,996.73
A-8 Medicare Part B premium refund (MBI ⟦phi.mbi|«mbi4»⟧) ....... 174.70
A-9 Household goods, tools, ⟦!year only|1962⟧ ⟦!brand named after a person|Gibson⟧ J-45 guitar ....... 3,800.00
TOTAL ASSETS ....... $792,842.74

SCHEDULE B — DEBTS
B-1 Discover card ⟦fin.credit_card|«cc4»⟧ ....... 2,318.40
B-2 UW Health, final admission ⟦D|08/28/2024⟧–⟦D|09/02/2024⟧, acct ⟦?provider (business) account number|HB-88120417⟧ ....... 1,146.00
B-3 ⟦?organisation name containing a surname|Gunderson Funeral Home⟧, ⟦?business phone|(608) 555-0109⟧ ....... 9,850.00
"""


@doc("telehealth chat transcript with timestamps, handles, emoji, accented and non-Latin names, UK/French phones")
def _d5():
    return """VirtuCare · secure chat export · session ⟦?session ID|VC-5590-2281-QX⟧ · ⟦D|2024-11-19⟧ · times US/Central
Participants: ⟦?user handle containing a surname|@pt.lefevre⟧ (patient), ⟦?user handle containing a surname|@np.adeyemi⟧ (clinician), @rx-bot

[08:02:11] @pt.lefevre: hi!! 👋 it's ⟦N|Zoë Lefèvre⟧ — I'm in Manchester for study abroad and almost out of my sertraline 😬
[08:02:40] @np.adeyemi: Hi ⟦N|Zoë⟧, I'm ⟦N|Temitope Adeyemi⟧, NP, covering for Dr. ⟦N|Whelan⟧. Can you confirm your date of birth and where you are right now?
[08:03:05] @pt.lefevre: ⟦D|12/02/2003⟧ (oops US style: ⟦D|02/12/2003⟧ 🙃). I'm at ⟦A|Flat 5, 22 Wilmslow Road⟧, Manchester ⟦?UK postcode|M14 5TQ⟧. UK mobile ⟦P|+44 7700 900418⟧, my US cell ⟦P|(413) 555-0186⟧ only works on wifi
[08:04:19] @np.adeyemi: Thanks. How are mood and sleep on the 100 mg? Any thoughts of hurting yourself?
[08:05:02] @pt.lefevre: honestly ok, the ⟦!screening instrument name|PHQ-9⟧ on the app said 8. no thoughts like that. sleep meh. propranolol ⟦!dose|10 mg⟧ helps before presentations
[08:06:30] @np.adeyemi: Good. I can send a 90-day supply to a US pharmacy, but it can't be mailed abroad. Are you registered with a GP there?
[08:07:12] @pt.lefevre: yes!! Fallowfield surgery, NHS number ⟦id.uk_nhs|«nhs5»⟧. I fly home ⟦D|Dec 18⟧ so I need a travel letter for the meds — passport ⟦pii.us_passport|«pp5»⟧
[08:07:55] @np.adeyemi: Got it. Name exactly as on the passport?
[08:08:20] @pt.lefevre: ⟦N|ZOË MARIE LEFÈVRE⟧. pls cc my mom ⟦N|Hélène⟧ in Lyon, ⟦P|+33 6 39 98 41 27⟧, she does the insurance 🙏
[08:08:44] @pt.lefevre: can I just pay the self-pay fee here? ⟦fin.credit_card|«cc5»⟧ exp ⟦?card expiry date|09/27⟧ cvv ⟦?card security code|318⟧
[08:09:10] @rx-bot: ⚠️ Card numbers are not accepted in chat. Use the secure payment link sent to the e-mail on file (⟦E|zoe.lefevre03@example.com⟧).
[08:10:02] @np.adeyemi: Sorry about the bot tone 😅 but yes, please use the link. Emergency contact in Manchester?
[08:10:40] @pt.lefevre: my flatmate ⟦N|Ольга Петренко⟧ (⟦N|Olha Petrenko⟧) ⟦P|07700 900762⟧. my grandma ⟦N|王秀英⟧ (⟦N|Wáng Xiùyīng⟧) worries the most lol but she's in Chengdu, don't call her
[08:12:31] @np.adeyemi: Plan: sertraline 100 mg daily, 90-day Rx to CVS #⟦!pharmacy store number|2208⟧ Amherst (⟦?business phone (pharmacy)|(413) 555-0153⟧) for pickup ⟦D|Dec 19⟧; travel letter by ⟦D|11/22⟧; GP to bridge. Dx ⟦phi.icd10|F41.1⟧, ⟦phi.icd10|F33.0⟧. Home address still ⟦A|88 Orchard Hill Rd⟧, Amherst, MA ⟦Z|01002⟧?
[08:12:58] @pt.lefevre: yep ✅ thank youuu 💛
"""


@doc("e-discovery vendor e-mail: custodians, Bates ranges, Windows paths with user names, SHA-256 hashes, Slack export JSON, leaked bot token and SFTP key")
def _d6():
    return r"""From: ⟦N|Priyanka Rao⟧ <⟦E|priyanka.rao@example.com⟧>
Sent: Wednesday, ⟦D|November 20, 2024⟧ 5:42 PM
To: ⟦N|Daniel Okoro⟧ <⟦E|dokoro@example.org⟧>
Cc: ⟦?shared team mailbox|litsupport@example.org⟧; ⟦N|Sandra Whitcomb⟧ <⟦E|swhitcomb@example.org⟧>
Subject: ⟦?company name that may be a surname|Harlow Dynamics⟧ v. Crestline — PROD003 + Slack export problem

⟦legal.privilege_marker|PRIVILEGED & CONFIDENTIAL⟧
⟦legal.privilege_marker|ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT⟧

⟦N|Daniel⟧,
⟦!production volume name|PROD003⟧ finished overnight: 41,386 docs after global dedupe, 6,912 families held for privilege review. ⟦?Bates number|HDC-0041877⟧ through ⟦?Bates number|HDC-0049212⟧ are imaged and QC'd. Collection window per the ESI protocol: ⟦D|01/01/2022⟧ – ⟦D|06/30/2023⟧.

C-07 ⟦N|Marcus Delacroix-Obi⟧  \\hdc-fs01\users\⟦?user name in a file path|mdelacroix⟧\Documents\Supplier\   14,209
C-08 ⟦N|Linnea Sjöberg⟧        \\hdc-fs01\users\⟦?user name in a file path|lsjoberg⟧\Desktop\Crestline_RFQ\   6,877
C-11 ⟦N|Dmitri Volkov⟧         C:\Users\⟦?user name in a file path|dvolkov⟧\OneDrive - Harlow Dynamics\Plant 2\   11,540

Two files hash-match across custodians but carry different metadata — dupes or not?
  Supplier_Pricing_FY23_v4.xlsx  ⟦!file hash, not a secret|«sha6a»⟧
  Crestline quote 0412.pdf       ⟦!file hash, not a secret|«sha6b»⟧

The Slack export dropped most real_name fields. Sample record:
{"type":"message","user":"⟦?Slack member ID|U05KQ2R8ZLM⟧","user_profile":{"real_name":"⟦N|Dmitri Volkov⟧","display_name":"⟦?display handle|dima.v⟧"},"text":"<@⟦?Slack member ID|U04M7PNA3B2⟧> call my cell ⟦P|262-555-0143⟧, don't put Crestline pricing in here","ts":"⟦?Slack message timestamp|1678394521.002919⟧"}
U04M7PNA3B2 is ⟦N|Sjöberg⟧ per the users.json pulled ⟦D|11/18⟧.

Also: your IT pasted the collection bot token into our portal (⟦secret.slack_token|«slack6»⟧) and attached the SFTP key below. We deleted our copies; please revoke and rotate both.
⟦secret.private_key|«ssh6»⟧

> On ⟦D|Nov 19, 2024⟧, at 3:10 PM, ⟦N|Daniel Okoro⟧ wrote:
> Please also run "⟦N|Volkov⟧ w/5 (rebate OR kickback)" across C-07 and C-11.

⟦N|Priyanka Rao⟧ · Project Manager, Meridian eDiscovery · direct ⟦P|+1 (414) 555-0172⟧
"""


@doc("criminal booking sheet and docket entries: defendant identifiers, Illinois DL, VIN, judge and counsel")
def _d7():
    return """Summarize this for my bond-hearing memo (public defender's office):

LAKE COUNTY SHERIFF'S OFFICE — ADULT BOOKING SHEET
BOOKING #: ⟦?booking number|2024-0031877⟧   ARREST: ⟦D|11/16/2024⟧ 2317 hrs   AGENCY: Waukegan PD (ORI ⟦!agency ORI code|IL0490300⟧)
NAME (L, F M): ⟦N|ESTRADA-BLOOM, DESMOND RAY⟧   AKA: "⟦N|Dez⟧"
DOB: ⟦D|1990-08-22⟧   AGE: ⟦!age 89 or under|34⟧   SEX: M   HGT: 5'11"   WGT: 190   EYES: HAZ
SSN: ⟦pii.ssn|«ssn7»⟧   IL DL: ⟦pii.us_driver_license|«dl7»⟧ (SUSPENDED)   SID: ⟦?state identification number|IL61840927⟧   FBI: ⟦?FBI number|731442KD9⟧
ADDRESS: ⟦A|2207 Grand Ave Apt 4⟧, Waukegan IL ⟦Z|60085⟧   PHONE: ⟦P|847-555-0187⟧
EMERGENCY CONTACT: ⟦N|Yolanda Estrada⟧ (mother) ⟦P|(224) 555-0122⟧
VEHICLE: 2016 Chevrolet Malibu, IL plate ⟦?license plate (no class)|CN 48217⟧, VIN ⟦id.vin|«vin7»⟧ — towed, tow inv. ⟦!tow inventory number|T-77120⟧
ARRESTING OFFICER: Ofc. ⟦N|J. Whitacre⟧ #⟦?police badge number|1187⟧
CHARGES:
 1. ⟦!statute citation|625 ILCS 5/11-501(a)(2)⟧  DUI — alcohol            CLASS A MISD
 2. ⟦!statute citation|625 ILCS 5/6-303(a)⟧      Driving while suspended   CLASS A MISD
 3. ⟦!statute citation|720 ILCS 5/31-1(a)⟧       Resisting a peace officer CLASS A MISD
BREATH: ⟦!breath alcohol result|0.131⟧ (Intox EC/IR II, s/n ⟦!instrument serial number|010498⟧)
PROPERTY: wallet, $63.00 cash, Visa debit ending ⟦?masked card (last four)|9083⟧, Samsung phone, keys
MEDICAL SCREEN: type 1 diabetes (⟦phi.icd10|E10.9⟧), insulin pump; cleared by ⟦N|R. Castellano⟧, LPN, ⟦D|11/17/2024⟧ 0040
PRIOR: ⟦!year only|2019⟧ retail theft (supervision, terminated ⟦!year only|2020⟧)

DOCKET — People v. ⟦N|Desmond R. Estrada-Bloom⟧, No. ⟦?court case number|24 DT 04418⟧
⟦D|11/17/2024⟧  First appearance before Judge ⟦N|Lorna M. Szymanski⟧, Courtroom ⟦!courtroom number|C-109⟧. ASA ⟦N|Patrick Oduya⟧ for the People; APD ⟦N|Hannah Reyes-Whitfield⟧ for defendant. State's petition to deny pretrial release under ⟦!statute citation|725 ILCS 5/110-6.1⟧ DENIED; released with conditions (SCRAM, no driving). Next date ⟦D|December 10, 2024⟧, 9:00 a.m.
⟦D|11/18/24⟧  Appearance filed by APD ⟦N|Reyes-Whitfield⟧. Discovery request served on ASA ⟦N|Oduya⟧.
⟦D|11/20/24⟧  Summary suspension notice; hearing ⟦D|Dec 3⟧. Defendant's mother ⟦N|Yolanda⟧ posted nothing (no monetary bond).
"""


@doc("bilingual Spanish/English patient letter: Spanish dates, accented names, US address, Medicaid IDs")
def _d8():
    return """Centro de Salud Familiar La Villita · Family Health Center
⟦?clinic (business) address|1831 S. Blue Island Ave.⟧, Chicago, IL ⟦?clinic (business) ZIP|60608⟧ · Tel. ⟦?clinic main line|(773) 555-0160⟧

⟦D|12 de marzo de 2024⟧ / ⟦D|March 12, 2024⟧

Sr. ⟦N|José Ángel Ibáñez Muñoz⟧
⟦A|2231 S. Kedzie Ave., Apt. 2R⟧
Chicago, IL ⟦Z|60623-3117⟧
Expediente / MRN: ⟦phi.mrn|«mrn8»⟧ · Medicaid (HFS): ⟦phi.health_plan_id|«hp8a»⟧ · MCO: ⟦phi.health_plan_id|«hp8b»⟧
Fecha de nacimiento: ⟦D|17/08/1961⟧

Estimado Sr. ⟦N|Ibáñez⟧:

Le recordamos su cita de seguimiento el martes ⟦D|2 de abril de 2024⟧ a las 10:30 a. m. con la Dra. ⟦N|Rocío Santamaría⟧. Sus análisis del ⟦D|5 de marzo⟧ mostraron una HbA1c de ⟦!lab value|8,6 %⟧ (meta: menos de 7 %). Diagnóstico: diabetes tipo 2 con hiperglucemia (⟦phi.icd10|E11.65⟧). Siga con metformina 1000 mg dos veces al día y empiece ⟦!drug brand name|Jardiance⟧ 10 mg cada mañana. Use una ⟦!common noun (light), not the name|luz⟧ de noche para ir al baño sin caerse.

Si tiene ⟦!common noun (pains), not the name|dolores⟧ de cabeza, mareos o mucha sed, llámenos. En una emergencia, llame al ⟦!emergency number|911⟧.

Su esposa, la Sra. ⟦N|Dolores Ibáñez⟧, pidió copia de esta carta. Con su autorización firmada el ⟦D|28/02/2024⟧ también hablaremos con ella al ⟦P|(872) 555-0171⟧. Su teléfono en el expediente es ⟦P|773-555-0134⟧.

Atentamente,
Dra. ⟦N|Rocío Santamaría⟧ · NPI ⟦phi.npi|«npi8»⟧ · Intérprete: ⟦N|Luz Marina Ocampo⟧, CHI

— ENGLISH —
⟦N|IBANEZ MUNOZ, JOSE A⟧ (as printed on the Medicaid card) · DOB ⟦D|08/17/1961⟧
Dear Mr. ⟦N|Ibáñez⟧: This is a reminder of your follow-up visit on Tuesday, ⟦D|April 2, 2024⟧ at 10:30 a.m. with Dr. ⟦N|Santamaría⟧. Your ⟦D|March 5⟧ labs showed an HbA1c of ⟦!lab value|8.6%⟧ (goal: under 7%). Continue metformin 1000 mg twice a day and start Jardiance 10 mg every morning. If you have headaches, dizziness or strong thirst, call us. Your wife, ⟦N|Dolores⟧, will receive a copy as you authorized on ⟦D|February 28, 2024⟧.
"""


@doc("workers' compensation employer's first report of injury form with Field: value lines and checkboxes")
def _d9():
    return """Can you flag missing or inconsistent fields before I send this to the carrier?

EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (IWCC ⟦!form number|Form 45⟧)
[X] Original  [ ] Amended                               OSHA 300 case #: ⟦?OSHA log case number|2024-117⟧
EMPLOYER
Name: Midwest Precision Stamping, Inc.           FEIN: ⟦?employer tax ID (EIN)|36-4418207⟧
Address: ⟦?employer (business) address|1750 Elmhurst Rd⟧, Elk Grove Village, IL ⟦?employer (business) ZIP|60007⟧
Phone: ⟦?employer main line|(847) 555-0110⟧          NAICS: ⟦!industry code|332119⟧
Carrier: Great Lakes Casualty · Policy #: ⟦?policy number|WC 7 22 418906⟧ · Claim #: ⟦?claim number|GLC-WC-24-0093318⟧

EMPLOYEE
Name: ⟦N|Reyna Castañeda-Whitlow⟧                Employee ID: ⟦?employee ID|E-20931⟧
SSN: ⟦pii.ssn|«ssn9»⟧       DOB: ⟦D|06/04/1987⟧       Sex: [ ] M  [X] F
Home address: ⟦A|612 N Yale Ave⟧, Addison, IL ⟦Z|60101⟧
Phone: ⟦P|630-555-0178⟧    E-mail: ⟦E|reyna.cw87@example.net⟧
Date of hire: ⟦D|3/15/2019⟧   Occupation: Press Operator II   Wage: $24.80/hr, 40 hrs/wk
Marital status: [X] Married [ ] Single   Dependents under 18: 2

INJURY
Date of injury: ⟦D|10/28/2024⟧   Time: 10:40 [X] AM [ ] PM   Time began work: 06:00
Date employer notified: ⟦D|10/28/2024⟧   Last day worked: ⟦D|10/28/24⟧
On employer's premises? [X] Yes [ ] No
What happened: Left hand caught in Press 14 (⟦!machine brand (Minster), not a person|Minster⟧ 200-ton, s/n ⟦!machine serial number|P4-18833⟧) during a die change; light curtain had been bypassed. Lacerations and crush to L index/middle fingers.
WCIO codes (part-nature-cause): ⟦!WCIO injury codes|36-13-10⟧
Witness: ⟦N|Tran Van Hieu⟧ (setup tech), cell ⟦P|(630) 555-0129⟧
Supervisor: ⟦N|Gary Mendelsohn⟧, direct ⟦P|847-555-0182⟧

TREATMENT
[ ] First aid only  [X] Emergency room  [ ] Hospitalized overnight
Physician: Dr. ⟦N|Suresh Venkataraman⟧, MD — NPI ⟦phi.npi|«npi9»⟧
Facility: ⟦!hospital named after a saint|St. Casimir Medical Center⟧, ⟦?hospital (business) address|2100 W Higgins Rd⟧, Hoffman Estates, IL ⟦?hospital (business) ZIP|60169⟧
Diagnosis: ⟦phi.icd10|S61.412A⟧; external cause ⟦phi.icd10|W23.0XXA⟧. Sutures x9, splint.
Return to work: [ ] Full duty  [X] Restricted — no use of left hand until re-eval ⟦D|11/11/2024⟧

Prepared by: ⟦N|Alicia Brannigan⟧, HR Generalist · ⟦?employer main line|(847) 555-0110⟧ ext. ⟦?phone extension|318⟧ · ⟦E|abrannigan@example.com⟧
Date prepared: ⟦D|October 29, 2024⟧
"""


@doc("medication reconciliation pasted as tab-separated PBM claims with NDCs, lots, prescriber NPIs and DEAs")
def _d10():
    return """Pharmacist here, reconciling a discharge med list against PBM claims (TSV from the portal). Flag duplicates/interactions and tell me which prescriber to call first.

Patient:⇥⟦N|OKONKWO-BARNES, WINIFRED A⟧ ("⟦N|Winnie⟧")⇥DOB ⟦D|01/19/1952⟧⇥MRN ⟦phi.mrn|«mrn10»⟧
Plan:⇥Lakeshore Advantage Rx (PDP)⇥Member ID ⟦phi.health_plan_id|«hp10»⟧⇥RxBIN ⟦!pharmacy BIN (plan routing, not a person)|610649⟧⇥RxPCN ⟦!processor control number|03200000⟧⇥RxGrp ⟦?group number|LKSH0311⟧
Discharged ⟦D|11/08/2024⟧ from ⟦!hospital named after a saint|St. Brendan's⟧ (cardiology, Dr. ⟦N|Levente Szabó⟧)

drug⇥strength⇥sig⇥NDC⇥lot⇥lot exp⇥prescriber⇥NPI⇥DEA⇥last fill⇥days⇥Rx#
⟦!drug brand name|Eliquis⟧ (apixaban)⇥5 mg⇥1 PO BID⇥⟦!NDC product code|0003-0894-21⟧⇥⟦!lot number|HN4471Q⟧⇥⟦?lot expiry date|07/2026⟧⇥⟦N|Szabó, Levente⟧ DO⇥⟦phi.npi|«npi10b»⟧⇥⟦phi.dea|«dea10b»⟧⇥⟦D|10/30/2024⟧⇥30⇥⟦?prescription number|6620187⟧
⟦!drug brand name|Xarelto⟧ (rivaroxaban)⇥20 mg⇥1 PO qPM w/ food⇥⟦!NDC product code|50458-0579-30⟧⇥⟦!lot number|23J118⟧⇥⟦?lot expiry date|03/2026⟧⇥⟦N|Patel, Anjali⟧ MD⇥⟦phi.npi|«npi10a»⟧⇥⟦phi.dea|«dea10a»⟧⇥⟦D|11/12/2024⟧⇥30⇥⟦?prescription number|6614402⟧
⟦!drug brand name that is also a given name|Lyrica⟧ (pregabalin)⇥75 mg⇥1 PO BID⇥⟦!NDC product code|0071-1014-68⟧⇥⟦!lot number|FD9921⟧⇥⟦?lot expiry date|11/2025⟧⇥⟦N|Patel, Anjali⟧ MD⇥⟦phi.npi|«npi10a»⟧⇥⟦phi.dea|«dea10a»⟧⇥⟦D|10/02/2024⟧⇥30⇥⟦?prescription number|6598813⟧
⟦!drug brand name that is also a given name|Allegra⟧ (fexofenadine)⇥180 mg⇥1 PO daily PRN⇥OTC⇥—⇥—⇥(self)⇥—⇥—⇥—⇥—⇥—
⟦!drug brand name|Jardiance⟧ (empagliflozin)⇥10 mg⇥1 PO qAM⇥⟦!NDC product code|0597-0152-30⟧⇥⟦!lot number|E23K7701⟧⇥⟦?lot expiry date|01/2027⟧⇥⟦N|Greer, Dawn⟧ NP⇥⟦phi.npi|«npi10c»⟧⇥⟦phi.dea|«dea10c»⟧⇥⟦D|11/01/2024⟧⇥90⇥⟦?prescription number|6607745⟧
⟦!drug brand name|Lasix⟧ (furosemide)⇥40 mg⇥1 PO daily⇥⟦!NDC product code|0039-0067-10⟧⇥⟦!lot number|21C4418⟧⇥⟦?lot expiry date|09/2026⟧⇥⟦N|Szabó, Levente⟧ DO⇥⟦phi.npi|«npi10b»⟧⇥⟦phi.dea|«dea10b»⟧⇥⟦D|11/08/2024⟧⇥30⇥⟦?prescription number|6625530⟧
⟦!drug brand name|Percocet⟧ (oxycodone/APAP)⇥5/325⇥1 PO q6h PRN, max 4/day⇥⟦!NDC product code|59011-0100-10⟧⇥⟦!lot number|PC0092⟧⇥⟦?lot expiry date|05/2026⟧⇥⟦N|Patel, Anjali⟧ MD⇥⟦phi.npi|«npi10a»⟧⇥⟦phi.dea|«dea10a»⟧⇥⟦D|11/09/2024⟧⇥7⇥⟦?prescription number|6626214⟧
⟦!drug brand name|Synthroid⟧ (levothyroxine)⇥88 mcg⇥1 PO qAM⇥⟦!NDC product code|0074-7068-90⟧⇥⟦!lot number|1172903⟧⇥⟦?lot expiry date|12/2026⟧⇥⟦N|Greer, Dawn⟧ NP⇥⟦phi.npi|«npi10c»⟧⇥⟦phi.dea|«dea10c»⟧⇥⟦D|10/15/2024⟧⇥90⇥⟦?prescription number|6601120⟧

Dx on file: ⟦phi.icd10|I48.91⟧, ⟦phi.icd10|E11.9⟧, ⟦phi.icd10|M79.2⟧, ⟦phi.icd10|E03.9⟧. Allergy: sulfa (rash).
Dr. ⟦N|Szabó⟧'s office said on ⟦D|11/14⟧ that Xarelto was stopped at discharge, yet it filled ⟦D|11/12/2024⟧.
Caregiver: son ⟦N|Chidi Barnes⟧ ⟦P|(630) 555-0107⟧, ⟦A|1707 Cedar Glen Ct⟧, Naperville IL ⟦Z|60563⟧ (she moved in with him ⟦D|Oct 2024⟧).
— ⟦N|Mireille Dufresne⟧, PharmD · ⟦E|mdufresne@example.org⟧ · pager ⟦?pager number|4-2290⟧
"""


@doc("clinic IT ticket on a misconfigured scheduling integration: OAuth exchange, JWT, client secret, .env keys, IPv4/IPv6, MAC, patient URLs")
def _d11():
    return """[⟦!ticket number|INC0048813⟧] Kiosk check-in opens the wrong patient's chart — Northgate Family Medicine
Opened ⟦?ticket timestamp (like a log)|2024-12-03 07:52 CST⟧ by ⟦N|Renata Kowalski⟧ (front-desk lead, ⟦E|rkowalski@example.org⟧) · Assigned: ⟦N|Jamal Whitfield-Osei⟧ · P2
CI: sched-bridge ⟦!software version|v2.7.3⟧ on ⟦?internal host name|ngfm-int-app02⟧

⟦N|Renata⟧: At 07:41 ⟦N|Harriet Quaye⟧ (DOB ⟦D|5/2/1958⟧) scanned her card at the lobby kiosk and it opened ⟦N|Harold Quaynor⟧'s chart (his visit isn't until ⟦D|12/05⟧). Hers was ⟦D|12/03/2024⟧ 07:45 with Dr. ⟦N|Benedikt Aranda⟧. Third time since the ⟦!software release date, not about a person|Dec 1⟧ update. My workstation (⟦pii.ip_address|192.0.2.57⟧, MAC ⟦pii.mac_address|00-00-5E-00-53-4C⟧) shows the same wrong chart when I search by name.

Work notes (⟦N|Jamal⟧) — app02 log, UTC:
⟦?log timestamp|2024-12-03T13:41:07.204Z⟧ INFO checkin.scan mrn=⟦phi.mrn|«mrn11a»⟧ kiosk=LOBBY-1 src=⟦?RFC 1918 kiosk address, not a person's|10.40.2.31⟧
⟦?log timestamp|2024-12-03T13:41:07.388Z⟧ WARN cache.hit key=⟦?cache key holding the last four digits of an MRN|pt:«last4»⟧ -> mrn=⟦phi.mrn|«mrn11b»⟧
⟦?log timestamp|2024-12-03T13:41:08.019Z⟧ INFO GET ⟦pii.url|https://ehr-int.ngfm.example.org/fhir/r4/Patient?mrn=«mrn11b»&_format=json⟧ 200 trace=⟦!trace ID|«uuid11»⟧

Token exchange (client-credentials grant, ⟦!public documentation URL|https://datatracker.ietf.org/doc/html/rfc6749#section-4.4⟧):
POST /oauth2/token HTTP/1.1
Host: auth.ngfm.example.org
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=⟦!OAuth client ID (public identifier)|sched-bridge-prod⟧&client_secret=⟦secret.generic_api_key|«csec11»⟧&scope=system%2FPatient.read
-> 200 {"access_token":"⟦secret.jwt|«jwt11»⟧","token_type":"Bearer","expires_in":3600}

GET /fhir/r4/Appointment?actor=Practitioner/pr-2291&_count=50
Authorization: Bearer ⟦secret.jwt|«jwt11»⟧

Root cause: v2.7.3 keys the cache on the last 4 digits of the MRN, so ⟦N|Quaye⟧ (⟦phi.mrn|«mrn11a»⟧) and ⟦N|Quaynor⟧ (⟦phi.mrn|«mrn11b»⟧) collide. Fix in ⟦!software version|v2.7.4⟧ (key = full MRN + DOB). Ms. ⟦N|Quaye⟧ also saw ⟦N|Harold⟧'s appointment in the portal (login from ⟦pii.ip_address|2001:db8:4a1:9c00::1f3⟧); chart view was ⟦pii.url|https://ehr-int.ngfm.example.org/fhir/r4/Patient?mrn=«mrn11a»&_format=json⟧. Privacy office notified. The .env on the share also leaked (rotated):
ANTHROPIC_API_KEY=⟦secret.anthropic_api_key|«anth11»⟧
AWS_ACCESS_KEY_ID=⟦secret.aws_access_key|«akia11»⟧
AWS_SECRET_ACCESS_KEY=⟦?AWS secret access key|«awssec11»⟧
See ⟦!public documentation URL|https://hl7.org/fhir/R4/patient.html⟧ for the identifier search we should use instead.
"""


@doc("hard negative: revenue-cycle coding and compliance quick reference with no gold at all")
def _d12():
    return """Turn this into a one-page cheat sheet for new coders — keep every code and citation.

REVENUE CYCLE & COMPLIANCE QUICK REFERENCE (rev. ⟦!document version|2025.1⟧)

1. E/M office visits: new ⟦!CPT code range|99202–99205⟧, established ⟦!CPT code range|99211–99215⟧; add ⟦!HCPCS code|G2211⟧ for longitudinal care. Annual wellness visit ⟦!HCPCS code|G0439⟧; ECG ⟦!CPT code|93000⟧.
2. ICD-10-CM (⟦!code-set version|FY2025⟧, effective ⟦!code-set effective date, not about a person|October 1, 2024⟧):
   ⟦!ICD-10 code in a reference table, no patient|E11.9⟧ Type 2 DM w/o complications · ⟦!ICD-10 code in a reference table, no patient|E11.65⟧ with hyperglycemia
   ⟦!ICD-10 code in a reference table, no patient|I48.91⟧ Unspecified atrial fibrillation · ⟦!ICD-10 code in a reference table, no patient|N18.31⟧ CKD stage 3a
   ⟦!ICD-10 code in a reference table, no patient|J44.1⟧ COPD with acute exacerbation · ⟦!ICD-10 code in a reference table, no patient|F41.1⟧ Generalized anxiety disorder
   ⟦!ICD-10 code in a reference table, no patient|C81.90⟧ ⟦!eponym (disease)|Hodgkin⟧ lymphoma, unspecified · ⟦!ICD-10 code in a reference table, no patient|G20.A1⟧ ⟦!eponym (disease)|Parkinson's⟧ disease
3. Scores are documentation, not identifiers: ⟦!eponym (clinical scale)|Glasgow Coma Scale⟧ 3–15; ⟦!eponym (clinical score)|Apgar⟧ at 1 and 5 min; ⟦!eponym (clinical criteria)|Wells⟧ criteria for PE; ⟦!eponym (clinical score)|Child-Pugh⟧ class A–C.
4. Lab reference ranges: potassium ⟦!reference range|3.5–5.2 mmol/L⟧; HbA1c ⟦!reference range|5.7–6.4 %⟧ = prediabetes; eGFR < 60 for 3 months = CKD.
5. NDC: convert 10-digit to 11-digit for claims — ⟦!NDC product code|0003-0894-21⟧ → ⟦!NDC product code (11-digit)|00003-0894-21⟧. Bill units per the ⟦!standard version|NCPDP D.0⟧ / ⟦!standard version|X12 005010X222A1⟧ guides.
6. Identifier formats (test data only): NPI is 10 digits with a Luhn check over prefix ⟦!checksum prefix constant|80840⟧ — CMS's published example ⟦!published example NPI|1234567893⟧. Never use ⟦!famous invalid SSN (Woolworth wallet card)|078-05-1120⟧ or any real SSN in training decks; write ⟦!format mask|XXX-XX-XXXX⟧.
7. HIPAA de-identification (⟦!regulation citation|45 C.F.R. § 164.514(b)(2)⟧): ages over 89 are aggregated as ⟦!age category in a regulation|90 or older⟧; Privacy Rule compliance date ⟦!regulation date, not about a person|April 14, 2003⟧. Breach notice within ⟦!regulatory deadline|60 days⟧ (⟦!regulation citation|45 C.F.R. § 164.404⟧). EMTALA: ⟦!statute citation|42 U.S.C. § 1395dd⟧.
8. Privilege: put "⟦!quoted privilege legend in guidance, not a marker|Privileged & Confidential — Attorney-Client Communication⟧" only on genuine requests for legal advice (⟦!famous case|Upjohn Co. v. United States⟧, ⟦!case citation|449 U.S. 383 (1981)⟧). Psychotherapist privilege: ⟦!famous case|Jaffee v. Redmond⟧, ⟦!case citation|518 U.S. 1 (1996)⟧; duty to warn: ⟦!famous case|Tarasoff v. Regents of the University of California⟧ (Cal. 1976). Clawback: ⟦!rule citation|Fed. R. Evid. 502(b)⟧.
9. Who to call: ⟦?public agency phone number (vanity form)|1-800-MEDICARE⟧ (⟦?public agency phone number|1-800-633-4227⟧); HHS-OIG hotline ⟦?public agency phone number|1-800-447-8477⟧; CMS, ⟦?agency (business) address|7500 Security Boulevard⟧, Baltimore, MD ⟦?agency (business) ZIP|21244⟧. Forms: ⟦!form name and version|CMS-1500 (02/12)⟧, UB-04. Policy: ⟦!public URL|https://www.cms.gov/medicare/coding-billing/ncci-medicare⟧.
"""


# ---------------------------------------------------------------- rendering
MARK = re.compile(r"⟦([^|⟧]+)\|(.*?)⟧", re.S)


def render(tmpl, V):
    def sub(m):
        k = m.group(1)
        assert k in V, "unknown placeholder " + k
        return V[k]
    t = re.sub(r"«(\w+)»", sub, tmpl).replace("⇥", "\t")
    out, spans, pos = [], [], 0
    for m in MARK.finditer(t):
        out.append(t[pos:m.start()])
        label, text = m.group(1), m.group(2)
        assert "⟦" not in text, "nested marker: " + text[:40]
        start = sum(len(x) for x in out)
        out.append(text)
        if label.startswith("!"):
            kind, lab = "neg", label[1:].strip()
        elif label.startswith("?"):
            kind, lab = "amb", label[1:].strip()
        else:
            kind, lab = "gold", ALIAS.get(label, label)
            assert lab in CLASSES, "unknown class " + lab
        assert text and text == text.strip(), "span with edge whitespace: %r" % text
        spans.append((kind, lab, text, start, start + len(text)))
        pos = m.end()
    out.append(t[pos:])
    body = "".join(out)
    assert "⟦" not in body and "⟧" not in body and "«" not in body and "»" not in body
    for kind, lab, text, s, e in spans:
        assert body[s:e] == text
    return body, spans


def occurrences(body, text):
    res, i = [], body.find(text)
    while i >= 0:
        res.append((i, i + len(text)))
        i = body.find(text, i + 1)
    return res


def on_boundary(body, s, e):
    t = body[s:e]
    if t[0].isalnum() and s > 0 and body[s - 1].isalnum():
        return False
    if t[-1].isalnum() and e < len(body) and body[e].isalnum():
        return False
    return True


# ---------------------------------------------------------------- validation
US_FICTIONAL = re.compile(r"55501\d\d$")
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
WORD_NUM = {"ninety": 90, "ninety-one": 91, "ninety-two": 92, "ninety-three": 93,
            "ninety-four": 94, "one hundred": 100}


def check_value(cls, t):
    d = re.sub(r"\D", "", t)
    if cls == "fin.credit_card":
        assert re.fullmatch(r"[\d ]+", t) and len(d) in (15, 16) and luhn_ok(d), t
        assert re.match(r"4|5[1-5]|3[47]|6011|65", d), t
    elif cls == "phi.npi":
        assert re.fullmatch(r"[12]\d{9}", t) and luhn_ok("80840" + t), t
    elif cls == "phi.dea":
        assert dea_ok(t), t
    elif cls == "fin.aba_routing":
        assert aba_ok(t), t
    elif cls == "fin.iban":
        assert iban_ok(t), t
    elif cls == "id.vin":
        assert vin_ok(t), t
    elif cls == "id.uk_nhs":
        assert nhs_ok(t), t
    elif cls == "pii.ssn":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{9}", t) and ssn_ok(t), t
    elif cls == "pii.itin":
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", t) and itin_ok(t), t
    elif cls == "phi.mbi":
        assert re.fullmatch(r"[0-9A-Z]{11}|[0-9A-Z]{4}-[0-9A-Z]{3}-[0-9A-Z]{4}", t) and mbi_ok(t), t
    elif cls == "fin.crypto_wallet":
        assert bech32_ok(t), t
    elif cls == "pii.phone":
        if t.startswith("+44") or t.startswith("07700"):
            assert re.search(r"7700900\d{3}$", d), t
        elif t.startswith("+33"):
            assert d.startswith("33639"), t
        else:
            assert len(d) in (10, 11) and US_FICTIONAL.search(d), t
    elif cls == "pii.email":
        assert re.fullmatch(r"[\w.+-]+@([\w-]+\.)*example\.(com|net|org)", t), t
    elif cls == "pii.ip_address":
        a = ipaddress.ip_address(t)
        assert any(a in n for n in DOC_NETS), t
    elif cls == "pii.mac_address":
        assert re.fullmatch(r"00-00-5E-00-53-[0-9A-F]{2}", t), t
    elif cls == "pii.age_over_89":
        v = int(t) if t.isdigit() else WORD_NUM[t.lower()]
        assert v > 89, t
    elif cls == "pii.zip_code":
        assert re.fullmatch(r"\d{5}(-\d{4})?", t), t
    elif cls == "pii.us_passport":
        assert re.fullmatch(r"[A-Z]\d{8}|\d{9}", t), t
    elif cls == "pii.us_driver_license":
        assert re.fullmatch(r"[A-Z]\d{3}-\d{4}-\d{4}", t), t
    elif cls == "phi.icd10":
        assert re.fullmatch(r"[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", t), t
    elif cls == "secret.jwt":
        parts = t.split(".")
        assert len(parts) == 3
        for p in parts[:2]:
            json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))
        assert len(base64.urlsafe_b64decode(parts[2] + "=" * (-len(parts[2]) % 4))) == 32
    elif cls == "secret.anthropic_api_key":
        assert re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", t), t
    elif cls == "secret.aws_access_key":
        assert re.fullmatch(r"AKIA[A-Z2-7]{16}", t), t
    elif cls == "secret.slack_token":
        assert re.fullmatch(r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}", t), t
    elif cls == "secret.generic_api_key":
        assert re.fullmatch(r"[A-Za-z0-9_-]{48}", t), t
    elif cls == "secret.private_key":
        lines = t.split("\n")
        assert lines[0] == "-----BEGIN OPENSSH PRIVATE KEY-----"
        assert lines[-1] == "-----END OPENSSH PRIVATE KEY-----"
        assert base64.b64decode("".join(lines[1:-1])).startswith(b"openssh-key-v1\0")
    elif cls == "pii.url":
        assert t.startswith("https://") and ".example.org/" in t, t


def build():
    g = Gen(SEED)
    V = make_values(g)
    files, gold, negs, ambs = {}, [], [], []
    for i, (title, tmpl) in enumerate(DOCS, 1):
        name = "doc%d.txt" % i
        body, spans = render(tmpl, V)
        size = len(body.encode("utf-8"))
        assert 1536 <= size <= 4096, (name, size)
        files[name] = body
        gold_spans = [(s, e) for k, _, _, s, e in spans if k == "gold"]
        cls_of = {}
        seen = {"neg": {}, "amb": {}}
        for kind, lab, text, s, e in spans:
            if kind == "gold":
                assert cls_of.setdefault(text, lab) == lab, (name, text, "two classes")
            else:
                seen[kind].setdefault(text, lab)
        # gold/neg/amb texts disjoint
        assert not set(cls_of) & set(seen["neg"]), (name, set(cls_of) & set(seen["neg"]))
        assert not set(cls_of) & set(seen["amb"]), (name, set(cls_of) & set(seen["amb"]))
        assert not set(seen["neg"]) & set(seen["amb"]), (name, set(seen["neg"]) & set(seen["amb"]))
        gold_occ = []
        for text, lab in cls_of.items():
            occ = occurrences(body, text)
            assert occ, (name, text)
            for s, e in occ:
                assert on_boundary(body, s, e), (name, text, body[max(0, s - 15):e + 15])
                # every occurrence is marked or lies inside a marked gold span
                assert any(gs <= s and e <= ge for gs, ge in gold_spans), \
                    (name, "unmarked gold occurrence", text, body[max(0, s - 30):e + 30])
                gold_occ.append((s, e, text))
            check_value(lab, text)
        for kind in ("neg", "amb"):
            for text in seen[kind]:
                occ = occurrences(body, text)
                assert occ, (name, text)
                for s, e in occ:
                    for gs, ge, gt in gold_occ:
                        assert e <= gs or ge <= s, (name, kind, text, "overlaps gold", gt)
        # e-mail addresses anywhere use reserved domains only
        for m in re.finditer(r"[\w.+-]+@[\w.-]+\.\w+", body):
            assert re.search(r"@([\w-]+\.)*example\.(com|net|org)$", m.group(0)), m.group(0)
        if i == 12:
            assert not cls_of, "doc12 must have no gold"
        for text, lab in cls_of.items():
            gold.append({"doc": name, "class": lab, "text": text})
        for text, why in seen["neg"].items():
            negs.append({"doc": name, "text": text, "why": why})
        for text, why in seen["amb"].items():
            ambs.append({"doc": name, "text": text, "why": why})
    # cross-checks on generated identifiers that the story depends on
    assert V["dea10a"][1] == "P" and V["dea10b"][1] == "S" and V["dea10c"][1] == "G"
    assert V["mrn11a"][-4:] == V["mrn11b"][-4:] == V["last4"]
    assert V["dl7"][0] == "E"      # Illinois DL starts with the surname's initial
    assert luhn_ok("80840" + "1234567893")   # doc12's published example NPI is really valid

    def jl(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    files["gold.jsonl"] = jl(gold)
    files["negatives.jsonl"] = jl(negs)
    files["ambiguous.jsonl"] = jl(ambs)
    files["README.md"] = readme(gold, negs, ambs)
    return files


# ---------------------------------------------------------------- README
README_HEAD = """# Mixed documents, set D

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only set C's README,
whose conventions are kept, and the list of data classes).

`python3 make.py` (standard library only, fixed seed 20261207, output is deterministic: make.py
builds everything twice and asserts the two builds are identical) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |
| `gold.jsonl` | `{"doc","class","text"}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{"doc","text","why"}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{"doc","text","why"}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). Templates in make.py carry the labels inline
(`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous).

Genres (none used by the earlier sets):
"""

README_CONV = """
## Scoring conventions

Same as set C (every occurrence of a gold text counts; a gold span is only the value; names in
every written form; street line plus same-line unit; ZIP separate, foreign postcodes ambiguous;
business/provider contact data ambiguous, a named individual's direct line/e-mail gold; dates about
a person or their care/case in any format, statute/regulation/policy dates and year-only negative,
log timestamps and card/lot expiry ambiguous; only ages over 89 gold; only person-identifying URLs
gold; member IDs gold, group numbers ambiguous; privilege marker lines only; secrets value only,
PEM/OpenSSH block from `-----BEGIN` to the final `-----`, AWS secret key ambiguous; claim, case,
Bates, account-at-a-provider, EIN and masked/last-4 numbers ambiguous; CPT/HCPCS/LOINC/NDC/lot,
bar numbers, reference ranges and scores negative).

`make.py` asserts: every gold/negative/ambiguous text occurs verbatim in its document; every gold
occurrence sits on token boundaries; every occurrence of a gold text is either labelled or inside
another labelled gold span (no accidental unlabelled copies); no text carries two classes or is
both gold and negative/ambiguous; no negative or ambiguous occurrence overlaps a gold occurrence;
every e-mail uses `example.com/.net/.org`; each document is 1.5–4 KB; doc12 has no gold.

New or made explicit in set D:

* **HL7 v2** (doc2): each name component is its own span (`VANTERPOOL`, `ROSALIND`); the XTN
  phone components `773^5550128` are a phone, like `(773)555-0128`; HL7 `DTM` values about the
  patient's care (birth `19381103`, the malformed `1938113`, specimen collection, result, admit,
  diagnosis) are `pii.date`; the MSH-7 message timestamp is transport metadata like a log
  timestamp (ambiguous); race codes, LOINC codes, order/accession and message-control IDs are
  negatives; the patient account number is ambiguous.
* **User names and handles** (`@pt.lefevre`, `dvolkov` in `C:\\Users\\dvolkov\\...`, Slack member
  IDs such as `U05KQ2R8ZLM`, a display handle `dima.v`) are ambiguous: they point to a person but
  are not the name as written. `real_name` values in Slack JSON are gold names.
* **Non-Latin scripts and transliterations** (`王秀英`, `Wáng Xiùyīng`, `Ольга Петренко`,
  `Olha Petrenko`, `NGUYỄN THỊ HOA`) are gold; the Vietnamese honorific `Bà` is excluded like
  `Mrs.`. Unaccented ALL-CAPS card forms (`IBANEZ MUNOZ, JOSE A`) are gold too.
* Spanish dates (`12 de marzo de 2024`, `5 de marzo`) and month-year (`Oct 2024`) are `pii.date`;
  `dolores`/`luz` as common nouns are negatives next to the gold names `Dolores` and `Luz Marina
  Ocampo`.
* A **brokerage account number** is `fin.bank_account`. An ITIN next to SSNs is `pii.itin`.
* A **URL carrying a patient's MRN** in its query is `pii.url`; the MRN inside it is also gold
  (`phi.mrn`, nested). Public documentation URLs and service URLs are negatives.
* An OAuth **client secret** is `secret.generic_api_key`; the `client_id` is a negative; a bearer
  JWT is gold at every occurrence; an OpenSSH private key block is `secret.private_key`.
* A private (RFC 1918) kiosk address, internal host names, ticket-open timestamps and log
  timestamps are ambiguous; TEST-NET IPv4/IPv6 and documentation-block MACs tied to a named
  person's workstation or session are gold.
* No class exists for booking, SID/FBI, badge, licence-plate, Rx, pager, OSHA-log, employee,
  session and court case numbers, or for a card's CVV/expiry: ambiguous. Agency ORI codes, tow and
  instrument serial numbers, WCIO injury codes, NAICS, RxBIN/PCN, ticket numbers and
  software versions are negatives; the group number (RxGrp) is ambiguous; lot expiry is ambiguous.
* An attorney's initials sign-off (`RQ`) and a law firm, funeral home or company named after
  people (`Harlow Dynamics`) are ambiguous; a church named `Hope Lutheran Church`, drug brands
  that look like given names (`Lyrica`, `Allegra`), eponyms and brands (`Foley`, `Morse`,
  `Braden`, `Neer`, `Hawkins-Kennedy`, `Gibson` guitars, `Minster` presses, `St. Brendan's`) are
  negatives; vehicle model years and other year-only values are negatives.
* A **settlement-communication legend** ("FOR SETTLEMENT PURPOSES ONLY — INADMISSIBLE UNDER FRE
  408") is ambiguous; it is not a privilege marker.
* A software-release date in a ticket (`Dec 1` update) is a negative, like a policy date.
* doc12 is a hard-negative document with **no gold**: code tables without a patient, a published
  example NPI, the famous invalid SSN `078-05-1120`, regulation dates, `90 or older` as a
  Safe-Harbor category, famous cases, a quoted privilege legend; public agency phone numbers and
  the agency's street address/ZIP are ambiguous.

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Cards: Luhn + real network prefix (Visa 4, Discover 6011). NPI: Luhn over `80840`+NPI.
DEA: registrant letter (B, F, M) + surname letter + 7 digits with the DEA check digit.
ABA: 3-7-1 weighted mod 10 with a valid Fed prefix. IBAN (DE): mod-97 = 1, length 22.
VIN: position-9 check digit (Honda, Subaru, Chevrolet WMIs, model-year codes). NHS: mod 11.
SSN: no area 000/666/9xx, no group 00, no serial 0000, not a famous example. ITIN: area 9xx,
group 70–88. MBI: 11 chars in CMS character classes (with and without dashes). Illinois DL:
surname initial + 11 digits. US passport: letter + 8 digits (next-generation book).
Phones: US 555-01xx; UK mobile `07700 900xxx`; France `06 39 98 xx xx` (ARCEP fiction range).
IPs: 192.0.2.0/24 and 2001:db8::/32. MAC: IANA documentation block `00-00-5E-00-53-xx`.
BTC: valid bech32 P2WPKH. JWT: real HS256 with a random key. Anthropic key: `sk-ant-api03-` + 93
base64url + `AA`. AWS key ID: `AKIA` + 16 base32. Slack bot token `xoxb-` digits-digits-24
alphanumerics. OpenSSH key: genuine `openssh-key-v1` structure (ed25519, random bytes).
SHA-256 hashes are hashes of random bytes. E-mails: `example.com/.net/.org` only. Names,
addresses and member IDs are invented.
"""


def readme(gold, negs, ambs):
    genres = "".join("%d. %s\n" % (i, t) for i, (t, _) in enumerate(DOCS, 1))
    counts = {}
    for r in gold:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    order = [c for c in """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10 fin.credit_card
fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key secret.slack_token
secret.private_key secret.jwt secret.generic_api_key legal.privilege_marker""".split() if c in counts]
    table = "".join("| `%s` | %d |\n" % (c, counts[c]) for c in order)
    return (README_HEAD + genres + README_CONV
            + "\n## Counts\n%d gold values (distinct per document), %d negatives, %d ambiguous.\n\n"
            % (len(gold), len(negs), len(ambs))
            + "| class | gold values |\n|---|---|\n" + table)


def main():
    a = build()
    b = build()
    assert a == b, "non-deterministic build"
    for name, content in a.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    n = sum(1 for l in a["gold.jsonl"].splitlines())
    print("wrote %d files; %d gold, %d negatives, %d ambiguous" % (
        len(a), n, len(a["negatives.jsonl"].splitlines()), len(a["ambiguous.jsonl"].splitlines())))


if __name__ == "__main__":
    main()
