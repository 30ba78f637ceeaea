#!/usr/bin/env python3
"""Mixed documents, set C: generator and self-check.

Python 3 standard library only.  Fixed seed 20261206; the output is deterministic
(make.py builds everything twice from fresh RNGs and asserts byte equality).

Writes doc1.txt ... doc12.txt, gold.jsonl, negatives.jsonl, ambiguous.jsonl, README.md
next to this file, after asserting:
  * every document is 1.5-4 KB of UTF-8 (1536..4000 bytes);
  * every gold / negative / ambiguous text occurs in its document;
  * every gold occurrence sits on token boundaries (no hit inside a longer word or number);
  * no text carries two classes (across the whole set);
  * no negative or ambiguous occurrence overlaps a gold occurrence;
  * every synthetic identifier passes its checksum / reserved-range rule again,
    re-read from the document text (Luhn, NPI, DEA, ABA, IBAN, VIN, NHS, SSN, ITIN, MBI,
    555-01xx / Ofcom drama phones, TEST-NET IPs, documentation MACs, Base58Check/bech32,
    HS256 JWT signature, GitHub token CRC32, PEM DER structure, key formats);
  * document 12 has no gold at all.
"""
import base64
import hashlib
import hmac
import ipaddress
import json
import os
import random
import re
import sys
import zlib

SEED = 20261206
HERE = os.path.dirname(os.path.abspath(__file__))

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address pii.zip_code
pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10
fin.credit_card fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin id.uk_nhs
secret.aws_access_key secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

DIGITS = "0123456789"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
AWS32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"          # A-Z minus S L O I B Z
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
VIN_VAL = dict(zip("0123456789", range(10)))
VIN_VAL.update({"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
                "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
                "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "PL": 28}
EC_P256_HEAD = bytes.fromhex("30770201010420")
EC_P256_MID = bytes.fromhex("a00a06082a8648ce3d030107a144034200")


# ----------------------------------------------------------------- checksums
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


def luhn_complete(body):
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def npi_ok(n):
    return re.fullmatch(r"[12]\d{9}", n) is not None and luhn_ok("80840" + n)


def dea_ok(s):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_ok(s):
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    p = int(s[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def vin_check_char(v):
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_ok(v):
    return re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v) is not None and v[8] == vin_check_char(v)


def nhs_ok(s):
    d = re.sub(r"\s", "", s)
    if not re.fullmatch(r"\d{10}", d):
        return False
    r = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def ssn_parts(s):
    d = re.sub(r"\D", "", s)
    assert len(d) == 9, s
    return d[:3], d[3:5], d[5:]


def ssn_ok(s):
    a, g, n = ssn_parts(s)
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def itin_ok(s):
    a, g, n = ssn_parts(s)
    gi = int(g)
    return a[0] == "9" and (50 <= gi <= 65 or 70 <= gi <= 88 or 90 <= gi <= 92 or 94 <= gi <= 99)


def mbi_ok(s):
    m = s.replace("-", "")
    if len(m) != 11:
        return False
    A, N = MBI_ALPHA, DIGITS
    AN = A + N
    pattern = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    return all(c in p for c, p in zip(m, pattern))


def b58decode(s):
    n = 0
    for c in s:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(s) - len(s.lstrip("1"))) + raw


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(b) - len(b.lstrip(b"\0"))) + out


def dsha(b):
    return hashlib.sha256(hashlib.sha256(b).digest()).digest()


def btc_p2pkh_ok(s):
    b = b58decode(s)
    return len(b) == 25 and b[0] == 0 and dsha(b[:21])[:4] == b[21:]


def bech32_polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if (b >> i) & 1 else 0
    return chk


def bech32_hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def convertbits(data, frm, to):
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


def btc_bech32_ok(s):
    if not s.startswith("bc1"):
        return False
    data = [BECH32.index(c) for c in s[3:]]
    return bech32_polymod(bech32_hrp_expand("bc") + data) == 1 and data[0] == 0 and len(s) == 42


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_ok(tok, key):
    h, p, sig = tok.split(".")
    head = json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
    good = b64url(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
    return head.get("alg") == "HS256" and hmac.compare_digest(good, sig)


def b62(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def github_ok(t):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", t)
    return m is not None and b62(zlib.crc32(m.group(1).encode())) == m.group(2)


def pem_ok(t):
    lines = t.split("\n")
    if lines[0] != "-----BEGIN EC PRIVATE KEY-----" or lines[-1] != "-----END EC PRIVATE KEY-----":
        return False
    der = base64.b64decode("".join(lines[1:-1]))
    return (len(der) == 121 and der[:7] == EC_P256_HEAD and der[39:56] == EC_P256_MID
            and der[56] == 4)


SPELLED = {"ninety": 90, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "hundred": 100}


def age_value(t):
    if t.isdigit():
        return int(t)
    words = t.replace("-", " ").split()
    return sum(SPELLED[w] for w in words)


TESTNETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def phone_ok(t):
    d = re.sub(r"\D", "", t)
    if d.startswith("44"):                      # Ofcom drama range 07700 900000-900999
        return len(d) == 12 and d[2:9] == "7700900"
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    return len(d) == 10 and d[3:8] == "55501"


def dl_ok(t, doc):
    i = doc.find(t)
    ctx = doc[max(0, i - 40):i]
    if re.fullmatch(r"\d{8}", t):
        return "Texas" in ctx or "TX" in ctx
    if re.fullmatch(r"[A-Z]\d{7}", t):
        return "California" in ctx or "CA" in ctx
    if re.fullmatch(r"[A-Z]\d{3}-\d{4}-\d{4}", t):
        return "Illinois" in ctx or "IL" in ctx
    return False


# ----------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.jwt_keys = {}

    def d(self, n, first=DIGITS):
        return self.r.choice(first) + "".join(self.r.choice(DIGITS) for _ in range(n - 1))

    def pick(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def card(self, prefix, length):
        return luhn_complete(prefix + self.d(length - len(prefix) - 1))

    def npi(self):
        return luhn_complete("80840" + "1" + self.d(8))[5:]

    def dea(self, l1, l2):
        six = self.d(6)
        a = [int(c) for c in six]
        return l1 + l2 + six + str((a[0] + a[2] + a[4] + 2 * (a[1] + a[3] + a[5])) % 10)

    def aba(self):
        p = "%02d" % self.r.choice(list(range(1, 13)) + list(range(21, 33)))
        d = [int(c) for c in p + self.d(6)]
        c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5])) % 10
        return "".join(map(str, d)) + str(c)

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d" % a, "%02d" % self.r.randint(1, 99), "%04d" % self.r.randint(1, 9999)

    def itin(self):
        g = self.r.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
        return "9" + self.d(2), "%02d" % g, "%04d" % self.r.randint(1, 9999)

    def mbi(self):
        A, N = MBI_ALPHA, DIGITS
        pattern = ["123456789", A, A + N, N, A, A + N, N, A, A, N, N]
        return "".join(self.r.choice(p) for p in pattern)

    def nhs(self):
        while True:
            b = self.d(9, "456")
            r = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
            r = 0 if r == 11 else r
            if r != 10:
                s = b + str(r)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def vin(self, first8, year, plant):
        rest = year + plant + self.d(6)
        v = first8 + "0" + rest
        return first8 + vin_check_char(v) + rest

    def pl_iban(self, bank4):
        branch = bank4 + self.d(3)
        w = [3, 9, 7, 1, 3, 9, 7]
        sc = branch + str((10 - sum(int(c) * x for c, x in zip(branch, w)) % 10) % 10)
        bban = sc + self.d(16)
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + "PL00")) % 97
        s = "PL%02d%s" % (chk, bban)
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

    def btc_p2pkh(self):
        payload = b"\x00" + self.rbytes(20)
        return b58encode(payload + dsha(payload)[:4])

    def btc_bech32(self):
        data = [0] + convertbits(self.rbytes(20), 8, 5)
        pm = bech32_polymod(bech32_hrp_expand("bc") + data + [0] * 6) ^ 1
        data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        return "bc1" + "".join(BECH32[x] for x in data)

    def aws_key_id(self):
        return "AKIA" + self.pick(AWS32, 16)

    def aws_secret(self):
        return self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40)

    def github(self):
        body = self.pick(B62, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()))

    def openai(self):
        return "sk-proj-" + self.pick(B64URL, 74) + "T3BlbkFJ" + self.pick(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.pick(B64URL, 93) + "AA"

    def slack(self):
        return "xoxb-" + self.d(12, "123456789") + "-" + self.d(13, "123456789") + "-" + self.pick(B62, 24)

    def hexs(self, n):
        return self.pick("0123456789abcdef", n)

    def jwt(self, payload):
        key = self.rbytes(32)
        h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url(json.dumps(payload, separators=(",", ":")).encode())
        tok = h + "." + p + "." + b64url(hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest())
        self.jwt_keys[tok] = key
        return tok

    def ec_pem(self):
        der = EC_P256_HEAD + self.rbytes(32) + EC_P256_MID + b"\x04" + self.rbytes(64)
        b = base64.b64encode(der).decode()
        body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
        return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"


# ----------------------------------------------------------------- documents
# Each builder returns (text, gold[(class, text)], negatives[(text, why)], ambiguous[(text, why)])

def doc1(g):
    mrn = "E" + g.d(7, "123456789")
    mbi = g.mbi()
    text = f"""ED PHYSICIAN NOTE - SPEECH RECOGNITION DRAFT - PENDING REVIEW AND SIGNATURE
job 88213-B | audio received 2026-11-14T02:47:19Z | Lakeshore General ED, bay 14
Dictating: Olumide Bankole-Hart, MD

this is doctor olumide bankole-hart dictating an emergency department note on patient adeyemi comma florence date of birth is march third nineteen thirty four i repeat 03/03/1934 medical record number {mrn} date of service november fourteenth twenty twenty six. chief complaint fall with left hip pain. history of present illness this is a ninety two year old female brought in by chicago fire ambulance 41 from her home at 2250 north kedzie boulevard apartment 3R zip 60647 where she lives alone since her husband died at age 89. her daughter yewande adeyemi-cole found her on the bathroom floor around eleven thirty last night new paragraph patient states she tripped on the bath mat comma did not hit her head comma no loss of consciousness but was on the floor maybe two hours. takes eliquis five milligrams twice a day for a fib. denies chest pain denies shortness of breath. past medical history atrial fibrillation hypertension hypothyroidism osteoporosis. past surgical history right hip replaced in 2009 per daughter. social widowed never smoked one glass of wine on sundays. insurance medicare m b i {mbi} per the face sheet.
physical exam vital signs blood pressure one fifty eight over ninety pulse one hundred four irregular respirations eighteen temp ninety eight point one pulse ox ninety one percent on room air up to ninety six percent on two liters. awake alert oriented times three pleasant very hard of hearing. left lower extremity shortened and externally rotated tender over the greater trochanter distal pulses intact. no midline c spine tenderness.
results CT head without contrast no acute intracranial process. x-ray left hip displaced femoral neck fracture. hemoglobin eleven point two INR one point one creatinine one point zero four.
ED course fentanyl 25 micrograms IV times two and a fascia iliaca block which i performed with ropivacaine. discussed with ortho doctor priya raghunathan who will see her in the morning hold eliquis. spoke with yewande at 773-555-0141 she is health care power of attorney and confirms DNR slash DNI per the polst dated 6/2/2025.
impression number one displaced left femoral neck fracture S72.002A number two atrial fibrillation on anticoagulation I48.91 number three fall at home initial encounter W19.XXXA.
disposition admit to hospitalist doctor wen-li zhao med surg telemetry. pcp is doctor steven mcclure at northside family medicine 773 555 0198 will be notified.
end of dictation. O. Bankole-Hart 11/14/26
"""
    gold = [
        ("pii.person_name", "Olumide Bankole-Hart"), ("pii.person_name", "olumide bankole-hart"),
        ("pii.person_name", "adeyemi"), ("pii.person_name", "florence"),
        ("pii.person_name", "yewande adeyemi-cole"), ("pii.person_name", "yewande"),
        ("pii.person_name", "priya raghunathan"), ("pii.person_name", "wen-li zhao"),
        ("pii.person_name", "steven mcclure"), ("pii.person_name", "O. Bankole-Hart"),
        ("pii.date", "march third nineteen thirty four"), ("pii.date", "03/03/1934"),
        ("pii.date", "november fourteenth twenty twenty six"), ("pii.date", "6/2/2025"),
        ("pii.date", "11/14/26"),
        ("pii.age_over_89", "ninety two"),
        ("phi.mrn", mrn), ("phi.mbi", mbi),
        ("pii.street_address", "2250 north kedzie boulevard apartment 3R"), ("pii.zip_code", "60647"),
        ("pii.phone", "773-555-0141"),
        ("phi.icd10", "S72.002A"), ("phi.icd10", "I48.91"), ("phi.icd10", "W19.XXXA"),
    ]
    neg = [
        ("ninety one percent", "SpO2 reading spelled out, not an age"),
        ("ninety six percent", "SpO2 reading spelled out, not an age"),
        ("ninety eight point one", "temperature spelled out"),
        ("one fifty eight over ninety", "blood pressure spelled out"),
        ("one hundred four", "pulse spelled out"),
        ("age 89", "age <= 89 (boundary case)"),
        ("replaced in 2009", "year only"),
        ("ambulance 41", "ambulance unit number"),
        ("job 88213-B", "dictation job id"),
        ("25 micrograms", "dose"),
    ]
    amb = [
        ("2026-11-14T02:47:19Z", "system/audio timestamp (log timestamps are ambiguous)"),
        ("773 555 0198", "PCP practice (business) phone"),
    ]
    return text, gold, neg, amb


def doc2(g):
    member = "BMH" + g.d(9, "123456789")
    mbi = g.mbi()
    mbi_f = f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"
    npi = g.npi()
    text = f"""RIVERBEND ORTHOPAEDIC & SPINE ASSOCIATES, P.C.
Patient Financial Services | Appeals Unit
1180 Commerce Park Dr, Suite 400, Dayton, OH 45414 | Tel (937) 555-0110 | Fax (937) 555-0111 | TIN 31-1849207

September 22, 2026

Buckeye Mutual Health Plan
Attn: Provider Appeals & Grievances
P.O. Box 182260, Columbus, OH 43218-2260

RE: Level I provider appeal, claim denied CARC CO-50 (not medically necessary)
  Patient/member:     Grace Nakamura-Reyes
  Date of birth:      07/19/1958
  Member ID:          {member}  (Group 0041772-OH)
  Secondary payer:    Medicare Part B, MBI {mbi_f}
  Claim number:       26223E07731-00
  Dates of service:   08/04/2026 - 08/06/2026
  Rendering provider: Tomasz Wiśniewski, MD, NPI {npi}
  Denial notice:      dated August 19, 2026, ref. DN-55820917

Dear Appeals Reviewer:

We request reconsideration of the claim above. Mrs. Nakamura-Reyes underwent a right total knee arthroplasty on Aug. 4, 2026 and was discharged on 8/6. The plan denied every line as "not medically necessary" under Medical Policy ORTH-114 (effective 01/01/2025). The record shows that each criterion of that policy was met:

1. Standing radiographs dated 03/12/2026 show Kellgren-Lawrence grade 4 change of the right knee (M17.11).
2. More than 12 weeks of supervised physical therapy (Jan 15 through May 30, 2026) and two corticosteroid injections (HCPCS J3301) gave no lasting relief.
3. A WOMAC function score of 71 and BMI 34.2 (Z68.34) were documented by Dr. Wiśniewski on 6/17/2026; her husband, Arturo Reyes, now helps her with stairs and bathing.

| Ln | DOS        | CPT   | Mod | ICD-10-CM       | Units | Billed     | Adj.  |
|----|------------|-------|-----|-----------------|-------|------------|-------|
| 1  | 08/04/2026 | 27447 | RT  | M17.11, Z68.34  | 1     | $38,450.00 | CO-50 |
| 2  | 08/04/2026 | 20985 |     | M17.11          | 1     | $1,120.00  | CO-50 |
| 3  | 08/05/2026 | 97163 | GP  | Z96.651         | 1     | $295.00    | CO-50 |
| 4  | 08/06/2026 | 97116 | GP  | Z96.651, M17.11 | 2     | $184.00    | CO-50 |

This appeal is filed within the 180-day window; no grace period extension is requested. Enclosed: operative report (8/4/2026), PT notes, radiology report, and the member's signed appointment-of-representative form.

For questions or records, contact me directly at 937-555-0117 ext. 2214 or dlindqvist@riverbendortho.example.com. Mrs. Nakamura-Reyes can be reached at (937) 555-0163.

Sincerely,
Deborah "Deb" Lindqvist, CPC
Senior Appeals Specialist

cc: Grace Nakamura-Reyes, 5521 Shiloh Springs Rd, Apt 12C, Dayton, OH 45426
"""
    gold = [
        ("pii.person_name", "Grace Nakamura-Reyes"), ("pii.person_name", "Nakamura-Reyes"),
        ("pii.person_name", "Tomasz Wiśniewski"), ("pii.person_name", "Wiśniewski"),
        ("pii.person_name", "Arturo Reyes"), ("pii.person_name", 'Deborah "Deb" Lindqvist'),
        ("pii.date", "September 22, 2026"), ("pii.date", "07/19/1958"), ("pii.date", "08/04/2026"),
        ("pii.date", "08/06/2026"), ("pii.date", "August 19, 2026"), ("pii.date", "Aug. 4, 2026"),
        ("pii.date", "8/6"), ("pii.date", "03/12/2026"), ("pii.date", "Jan 15"),
        ("pii.date", "May 30, 2026"), ("pii.date", "6/17/2026"), ("pii.date", "08/05/2026"),
        ("pii.date", "8/4/2026"),
        ("phi.health_plan_id", member), ("phi.mbi", mbi_f), ("phi.npi", npi),
        ("phi.icd10", "M17.11"), ("phi.icd10", "Z68.34"), ("phi.icd10", "Z96.651"),
        ("pii.phone", "937-555-0117"), ("pii.phone", "(937) 555-0163"),
        ("pii.email", "dlindqvist@riverbendortho.example.com"),
        ("pii.street_address", "5521 Shiloh Springs Rd, Apt 12C"), ("pii.zip_code", "45426"),
    ]
    neg = [
        ("27447", "CPT code"), ("20985", "CPT code"), ("97163", "CPT code"), ("97116", "CPT code"),
        ("J3301", "HCPCS code (letter + 4 digits, looks like ICD-10 without the dot)"),
        ("01/01/2025", "policy-effective date"),
        ("grace period", "ordinary phrase ('Grace' is a first name elsewhere in this letter)"),
        ("Kellgren-Lawrence", "eponymous grading scale"),
        ("WOMAC function score of 71", "clinical score"),
        ("180-day", "filing window"),
        ("CARC CO-50", "claim adjustment reason code"),
        ("ORTH-114", "medical policy number"),
    ]
    amb = [
        ("1180 Commerce Park Dr, Suite 400", "billing office (business) address"),
        ("45414", "business ZIP"), ("(937) 555-0110", "business phone"), ("(937) 555-0111", "business fax"),
        ("31-1849207", "business tax ID (EIN); no class"),
        ("P.O. Box 182260", "insurer (business) address"), ("43218-2260", "insurer ZIP+4"),
        ("0041772-OH", "group number"), ("26223E07731-00", "claim number; no class"),
        ("DN-55820917", "denial reference; no class"),
        ("ext. 2214", "phone extension; span may or may not include it"),
    ]
    return text, gold, neg, amb


def doc3(g):
    dea = g.dea("F", "V")
    text = f"""CEDAR HOLLOW COUNSELING COLLECTIVE
Individual Psychotherapy Progress Note (SOAP)

Client: Quispe-Huamán, María de los Ángeles ("Angie")   DOB: 1994-02-11   Chart #: CHC-20931
Address: 1417 Calle Lorca, Apt B, Santa Fe, NM 87505   Cell: (505) 555-0132 (texts OK)
Session: 10/07/2026, 53 min, CPT 90837, in person
Clinician: Ifeoma Nwachukwu, LCSW
Dx: F33.1 MDD, recurrent, moderate; F41.1 GAD; Z63.0 problems in relationship with partner

S: Angie describes "a rough two weeks." Her sister Hope, who is 31, moved back in after losing her restaurant job; Angie is glad for the company but says "Hope takes over the couch, the kitchen, everything." Mother (Rosa) calls daily "to check if I'm eating." Partner Deniz has been supportive, though arguments about money resumed. Ex-husband Kyle Brandt texted on 9/28 demanding changes to the custody schedule for their son Mateo (age 6); client reports "no hope he'll ever follow the parenting plan" and two nights of under 4 h sleep afterward. The anniversary of her father Efraín's death (Oct 2, 2019) passed last week; she visited the grave with Rosa. Denies SI/HI. Alcohol 1-2 drinks/week.

O: Casually dressed, good hygiene, tearful when speaking of her father. Speech normal rate and volume. Mood "tired"; affect constricted, congruent. Thought process linear; no psychotic features. PHQ-9 = 16 (19 on 09/09/2026). GAD-7 = 13. C-SSRS screen negative.

A: Moderate depressive symptoms, modestly improved; grief reaction around the anniversary; co-parenting conflict with Kyle is the main stressor. Protective factors: son, sister, partner, engaged in care. Suicide risk: low.

P: 1) Continue CBT; behavioral activation: evening walk with Hope 3x/week. 2) Practise the TIPP skill (Linehan) when texts from Kyle escalate; reply only through the co-parenting app. 3) Medication management continues with Dr. Anjali Venkataraman (letter 09/15/2026: sertraline 150 mg daily, hydroxyzine 25 mg PRN; prescriber DEA {dea}). 4) Safety plan reviewed; supports are Hope (cell 505-555-0176) and Deniz; crisis line 988. 5) Next session Wed 10/21/2026, 4:00 PM.

Signed: Ifeoma Nwachukwu, LCSW, 10/07/2026
Co-signed: G. Ortiz-Landa, LISW-S, clinical supervisor, 10/08/2026
"""
    gold = [
        ("pii.person_name", "Quispe-Huamán, María de los Ángeles"), ("pii.person_name", "Angie"),
        ("pii.person_name", "Hope"), ("pii.person_name", "Rosa"), ("pii.person_name", "Deniz"),
        ("pii.person_name", "Kyle Brandt"), ("pii.person_name", "Kyle"), ("pii.person_name", "Mateo"),
        ("pii.person_name", "Efraín"), ("pii.person_name", "Ifeoma Nwachukwu"),
        ("pii.person_name", "Anjali Venkataraman"), ("pii.person_name", "G. Ortiz-Landa"),
        ("pii.date", "1994-02-11"), ("pii.date", "10/07/2026"), ("pii.date", "9/28"),
        ("pii.date", "Oct 2, 2019"), ("pii.date", "09/09/2026"), ("pii.date", "09/15/2026"),
        ("pii.date", "10/21/2026"), ("pii.date", "10/08/2026"),
        ("phi.mrn", "CHC-20931"), ("phi.dea", dea),
        ("pii.street_address", "1417 Calle Lorca, Apt B"), ("pii.zip_code", "87505"),
        ("pii.phone", "(505) 555-0132"), ("pii.phone", "505-555-0176"),
        ("phi.icd10", "F33.1"), ("phi.icd10", "F41.1"), ("phi.icd10", "Z63.0"),
    ]
    neg = [
        ("no hope", "ordinary word ('Hope' is the sister's name)"),
        ("who is 31", "age <= 89"), ("age 6", "age <= 89"),
        ("PHQ-9 = 16", "screening score"), ("GAD-7 = 13", "screening score"),
        ("CPT 90837", "CPT code"), ("crisis line 988", "public crisis line short code"),
        ("Linehan", "eponymous therapy skill (famous clinician), not a person in the case"),
        ("150 mg", "dose"), ("53 min", "session length"),
    ]
    amb = []
    return text, gold, neg, amb


def transcript_page(num, lines):
    out = [" " * 56 + str(num)]
    for i, ln in enumerate(lines, 1):
        out.append(f"{i:2d}  {ln}".rstrip())
    return "\n".join(out)


def doc4(g):
    p2 = transcript_page(2, [
        "APPEARANCES:",
        "",
        "For Plaintiff YOLANDA BAPTISTE-FAIRWEATHER:",
        "     Halvorsen & Mbeki LLP",
        "     BY: CAROLINE J. HALVORSEN, ESQ. (SBN 241877)",
        "     2100 Harbor Blvd., Suite 900",
        "     Long Beach, California 90802",
        "     (562) 555-0100",
        "     chalvorsen@halvorsenmbeki.example.com",
        "",
        "For Defendant PACIFIC CREST LOGISTICS, INC.:",
        "     Stroud Whitcombe LLP",
        "     BY: DMITRI A. VOLKOV, ESQ. (SBN 198340)",
        "     dvolkov@stroudwhitcombe.example.com",
        "",
        "Also present:",
        "     Hannelore Vance, in-house counsel",
        "     Jae-won Seo, videographer",
        "",
        "Reported by: Nanami Kurosawa, CSR No. 14422",
    ])
    p47 = transcript_page(47, [
        "BY MS. HALVORSEN:",
        "     Q.  Please state your full name for the record.",
        "     A.  Rosalind Abernathy-Quaye. Everyone calls me Roz.",
        "     Q.  Your date of birth?",
        "     A.  June 2nd, 1979.",
        "     Q.  And your current address?",
        "     A.  8812 Ocean View Terrace, Unit 5, Signal Hill,",
        "California 90755.",
        "     Q.  In March of 2024 you were the dispatch",
        "supervisor at the Carson yard, correct?",
        "     A.  Yes.",
        "     Q.  On or about March 9th, 2024, did you receive a",
        "text message from Mr. Lindahl?",
        "     A.  From Garrett, yes. On my personal cell,",
        "562-555-0158.",
        "     Q.  What did it say?",
        "     A.  That Yolanda was \"done\" and Sunita in HR would",
        "handle the paperwork.",
        "     Q.  Before that text, had you spoken with the",
        "company's lawyers about Ms. Baptiste-Fairweather?",
        "          MR. VOLKOV:  Objection.  Calls for",
        "attorney-client privileged communications and work",
        "product.  I instruct the witness not to answer.",
        "          MS. HALVORSEN:  I'm asking whether, not what.",
        "     Q.  Did you meet with counsel?",
    ])
    p48 = transcript_page(48, [
        "     A.  Once, with Ms. Vance.",
        "     Q.  When?",
        "     A.  The Monday after. March 11th, I think.",
        "     Q.  Was anyone else there?",
        "          MR. VOLKOV:  Same objection; privileged.  You",
        "may answer yes or no.",
        "     A.  No. Just the two of us.",
        "     Q.  Earlier you said you felt privileged to be",
        "promoted in 2021. Who promoted you?",
        "     A.  Garrett Lindahl. He was regional manager.",
        "     Q.  How old were you then?",
        "     A.  Forty-two.",
        "     Q.  Did Sunita Ramaswamy ever tell you why",
        "Yolanda's route was reassigned?",
        "          MR. VOLKOV:  Objection.  Foundation.",
        "     A.  Not to me.",
    ])
    text = ("CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER\n"
            "Baptiste-Fairweather v. Pacific Crest Logistics, Inc., No. 2:25-cv-04417\n"
            "Deposition of ROSALIND ABERNATHY-QUAYE, taken 10/16/2026 (excerpt)\n\n"
            + p2 + "\n\n" + p47 + "\n\n" + p48 + "\n")
    gold = [
        ("pii.person_name", "YOLANDA BAPTISTE-FAIRWEATHER"), ("pii.person_name", "Baptiste-Fairweather"),
        ("pii.person_name", "Yolanda"), ("pii.person_name", "CAROLINE J. HALVORSEN"),
        ("pii.person_name", "HALVORSEN"), ("pii.person_name", "DMITRI A. VOLKOV"),
        ("pii.person_name", "VOLKOV"), ("pii.person_name", "Hannelore Vance"),
        ("pii.person_name", "Vance"), ("pii.person_name", "Jae-won Seo"),
        ("pii.person_name", "Nanami Kurosawa"), ("pii.person_name", "ROSALIND ABERNATHY-QUAYE"),
        ("pii.person_name", "Rosalind Abernathy-Quaye"), ("pii.person_name", "Roz"),
        ("pii.person_name", "Lindahl"), ("pii.person_name", "Garrett"),
        ("pii.person_name", "Garrett Lindahl"), ("pii.person_name", "Sunita"),
        ("pii.person_name", "Sunita Ramaswamy"),
        ("pii.email", "chalvorsen@halvorsenmbeki.example.com"),
        ("pii.email", "dvolkov@stroudwhitcombe.example.com"),
        ("pii.date", "10/16/2026"), ("pii.date", "June 2nd, 1979"), ("pii.date", "March of 2024"),
        ("pii.date", "March 9th, 2024"), ("pii.date", "March 11th"),
        ("pii.street_address", "8812 Ocean View Terrace, Unit 5"), ("pii.zip_code", "90755"),
        ("pii.phone", "562-555-0158"),
    ]
    neg = [
        ("SBN 241877", "State Bar number"), ("SBN 198340", "State Bar number"),
        ("CSR No. 14422", "court reporter licence number (5 digits, ZIP-like)"),
        ("Forty-two", "age <= 89"), ("promoted in 2021", "year only"),
        ("felt privileged", "ordinary use of 'privileged'"),
        ("PACIFIC CREST LOGISTICS, INC.", "company"),
    ]
    amb = [
        ("CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER", "confidentiality designation, not a privilege marker"),
        ("2:25-cv-04417", "case number"),
        ("Halvorsen & Mbeki LLP", "law firm name containing surnames"),
        ("Stroud Whitcombe LLP", "law firm name containing surnames"),
        ("2100 Harbor Blvd., Suite 900", "law firm (business) address"), ("90802", "business ZIP"),
        ("(562) 555-0100", "law firm main line"),
        ("attorney-client privileged communications", "privilege objection in testimony, not a document marker"),
        ("Same objection; privileged", "privilege objection in testimony, not a document marker"),
    ]
    return text, gold, neg, amb


def doc5(g):
    mbi_t = g.mbi()
    mbi_t_f = f"{mbi_t[:4]}-{mbi_t[4:7]}-{mbi_t[7:]}"
    mbi_p = g.mbi()
    mrns = []
    while len(mrns) < 11:              # keep the age "92" (gold) out of every MRN
        m = g.d(8, "0")
        if "92" not in m:
            mrns.append(m)
    ids = {
        "uhc": g.d(9, "9"), "aet": "W" + g.d(9, "2"), "ant": "XKZ" + g.d(9, "4"),
        "mcd": g.d(12, "1"), "osc": "OSC" + g.d(8, "8"), "hum": "H" + g.d(8, "4"),
        "bcbs": "ZGP" + g.d(9, "5"),
    }
    rows = [
        f'"Okonkwo, Chidinma A.",1988-04-23,{mrns[0]},(614) 555-0121,chidinma.okonkwo@example.com,"77 Lindenwood Rd, Apt 2",43214,{ids["uhc"]}',
        f'"Thornton, William",1951-11-02,{mrns[1]},614.555.0188,bthornton51@example.net,3390 Sawmill Pkwy,43235,{mbi_t_f}',
        f'"Nguyễn, Thị Hoa",1979-08-30,{mrns[2]},+1 614 555 0104,hoa.nguyen79@example.com,"1250 Kenny Rd, Unit 305",43212,{ids["aet"]}',
        f'"Al-Masri, Youssef",01/17/1993,{mrns[3]},614-555-0153,yalmasri@example.org,"48 W Frambes Ave, Apt C",43201,{ids["ant"]}',
        f'BILL THORNTON,11/02/1951,{mrns[1]},6145550188,,3390 Sawmill Pkwy,43235,',
        f'"Kowalski-Drummond, Zofia",1966-05-09,{mrns[4]},(614)555-0177,zofia.kd@example.com,"5021 Olentangy River Rd, Apt 14B",43214,{ids["mcd"]}',
        f'"Ramírez Cárdenas, José Luis",1983-12-28,{mrns[5]},614-55-0107,jl.ramirez@example.net,2744 Cleveland Ave,43211,SELF PAY',
        f'Faith Adebayo-Lawson,2001-07-04,{mrns[6]},614 555 0166 ext 2,faith.al@example.com,190 E Northwood Ave,43201,{ids["osc"]}',
        f'"Sørensen, Mikkel",3/14/1958,{mrns[7]},614-555-0149,msorensen@example.org,"6410 Riverside Dr, Unit 3",43017,{ids["hum"]}',
        f'"Chen, Wei-Ling",1990-09-21,{mrns[8]},(614) 555-0112,weiling.chen@example.com,"901 Neil Ave, Apt 7D",43215,{ids["bcbs"]}',
        f'"Mensah, Kwabena",1975-02-06,{mrns[9]},614.555.0195,kmensah75@example.net,2210 Tremont Rd,43221,',
        f'"Petrović, Dragana",1934-10-30,{mrns[10]},614-555-0130,d.petrovic@example.com,"4400 Reed Rd, Apt 210",43220,{mbi_p}',
    ]
    text = ("hey, pasting an export from our scheduling system (report \"ACTIVE PTS - NO PCP ASSIGNED\"). can you:\n"
            "1) flag rows where insurance_id is missing or looks wrong\n"
            "2) tell me which phone numbers are malformed\n"
            "3) find duplicates (same person entered twice)\n"
            "we're calling everyone next week to assign a PCP. I'm taking the export in good faith but intake got sloppy this fall.\n\n"
            "```csv\npatient_name,dob,mrn,phone,email,address,zip,insurance_id\n"
            + "\n".join(rows) +
            "\n```\n\nalso: Dragana Petrović's daughter called, her mom is 92 and hard of hearing so use the "
            "daughter's number instead, 614-555-0138. and I think row 5 is the same guy as row 2? "
            "the MBI-looking ids are Medicare, the rest are commercial or Medicaid.\n")
    gold = [
        ("pii.person_name", "Okonkwo, Chidinma A."), ("pii.person_name", "Thornton, William"),
        ("pii.person_name", "Nguyễn, Thị Hoa"), ("pii.person_name", "Al-Masri, Youssef"),
        ("pii.person_name", "BILL THORNTON"), ("pii.person_name", "Kowalski-Drummond, Zofia"),
        ("pii.person_name", "Ramírez Cárdenas, José Luis"), ("pii.person_name", "Faith Adebayo-Lawson"),
        ("pii.person_name", "Sørensen, Mikkel"), ("pii.person_name", "Chen, Wei-Ling"),
        ("pii.person_name", "Mensah, Kwabena"), ("pii.person_name", "Petrović, Dragana"),
        ("pii.person_name", "Dragana Petrović"),
        ("pii.date", "1988-04-23"), ("pii.date", "1951-11-02"), ("pii.date", "1979-08-30"),
        ("pii.date", "01/17/1993"), ("pii.date", "11/02/1951"), ("pii.date", "1966-05-09"),
        ("pii.date", "1983-12-28"), ("pii.date", "2001-07-04"), ("pii.date", "3/14/1958"),
        ("pii.date", "1990-09-21"), ("pii.date", "1975-02-06"), ("pii.date", "1934-10-30"),
    ] + [("phi.mrn", m) for m in mrns] + [
        ("pii.phone", "(614) 555-0121"), ("pii.phone", "614.555.0188"), ("pii.phone", "+1 614 555 0104"),
        ("pii.phone", "614-555-0153"), ("pii.phone", "6145550188"), ("pii.phone", "(614)555-0177"),
        ("pii.phone", "614 555 0166"), ("pii.phone", "614-555-0149"), ("pii.phone", "(614) 555-0112"),
        ("pii.phone", "614.555.0195"), ("pii.phone", "614-555-0130"), ("pii.phone", "614-555-0138"),
        ("pii.email", "chidinma.okonkwo@example.com"), ("pii.email", "bthornton51@example.net"),
        ("pii.email", "hoa.nguyen79@example.com"), ("pii.email", "yalmasri@example.org"),
        ("pii.email", "zofia.kd@example.com"), ("pii.email", "jl.ramirez@example.net"),
        ("pii.email", "faith.al@example.com"), ("pii.email", "msorensen@example.org"),
        ("pii.email", "weiling.chen@example.com"), ("pii.email", "kmensah75@example.net"),
        ("pii.email", "d.petrovic@example.com"),
        ("pii.street_address", "77 Lindenwood Rd, Apt 2"), ("pii.street_address", "3390 Sawmill Pkwy"),
        ("pii.street_address", "1250 Kenny Rd, Unit 305"), ("pii.street_address", "48 W Frambes Ave, Apt C"),
        ("pii.street_address", "5021 Olentangy River Rd, Apt 14B"), ("pii.street_address", "2744 Cleveland Ave"),
        ("pii.street_address", "190 E Northwood Ave"), ("pii.street_address", "6410 Riverside Dr, Unit 3"),
        ("pii.street_address", "901 Neil Ave, Apt 7D"), ("pii.street_address", "2210 Tremont Rd"),
        ("pii.street_address", "4400 Reed Rd, Apt 210"),
        ("pii.zip_code", "43214"), ("pii.zip_code", "43235"), ("pii.zip_code", "43212"),
        ("pii.zip_code", "43201"), ("pii.zip_code", "43211"), ("pii.zip_code", "43017"),
        ("pii.zip_code", "43215"), ("pii.zip_code", "43221"), ("pii.zip_code", "43220"),
        ("phi.mbi", mbi_t_f), ("phi.mbi", mbi_p),
    ] + [("phi.health_plan_id", v) for v in ids.values()] + [
        ("pii.age_over_89", "92"),
    ]
    neg = [
        ("good faith", "ordinary phrase ('Faith' is a first name in row 8)"),
        ("SELF PAY", "no insurance"),
        ("ACTIVE PTS - NO PCP ASSIGNED", "report name"),
        ("row 5", "row reference"),
    ]
    amb = [
        ("614-55-0107", "malformed phone (9 digits); the user asks about it"),
        ("ext 2", "phone extension; span may or may not include it"),
    ]
    return text, gold, neg, amb


def doc6(g):
    ssn_a, ssn_b, ssn_c, ssn_d = g.ssn(), g.ssn(), g.ssn(), g.ssn()
    s_a = " ".join(ssn_a)
    s_b = "".join(ssn_b)
    s_c = "-".join(ssn_c)
    s_d = "-".join(ssn_d)
    aba_a, aba_b, aba_c, aba_d, aba_x, aba_y = (g.aba() for _ in range(6))
    acct = [g.d(n, "123456789") for n in (10, 12, 9, 11, 11, 10)]
    amex = g.card("37", 15)
    amex_f = f"{amex[:4]} {amex[4:10]} {amex[10:]}"
    text = f"""PRIVILEGED & CONFIDENTIAL
ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT
Prepared at the direction of counsel in anticipation of litigation

# Investigation IR-26-031: payroll direct-deposit diversion

**Firm:** Marrowstone Keane LLP, Office of General Counsel
**To:** Beatriz Alcântara-Lowe, General Counsel
**From:** Samuel K. Adjei-Boateng, Senior Associate
**Date:** 12 October 2026

## 1. Summary
Between 30 June and 18 September 2026 the direct-deposit instructions of three staff members were changed in Workday to accounts none of them recognise. Every change came from a session at {'198.51.100.77'} (device MAC 00-00-5E-00-53-A7, not a firm laptop) signed in with the credentials of Office Services Manager Ryszard "Rich" Kowalczyk, who denies making them. Payroll lead Mei-Ling Takahashi spotted the pattern on 19 Sept. The audit trail is rich in detail and is preserved at MK-INV-000231 to MK-INV-000244.

## 2. Affected employees (Workday export; SSNs needed for W-2c corrections)

| # | Employee | Role | SSN | Original ABA / account | Diverted to ABA / account | Changed |
|---|---|---|---|---|---|---|
| 1 | Nguyễn Thị Lan | Paralegal | {s_a} | {aba_a} / {acct[0]} | {aba_x} / {acct[4]} | 2026-06-30 |
| 2 | O'Sullivan-Park, Hye-jin | Billing Coord. | SSN {s_b} | {aba_b} / {acct[1]} | {aba_x} / {acct[4]} | 2026-08-14 |
| 3 | DOUGLAS, Kwame A. | Records Clerk | {s_c} | {aba_c} / {acct[2]} | {aba_y} / {acct[5]} | 2026-09-18 |

Control: Kowalczyk, Ryszard (Office Svcs Mgr), SSN {s_d}; his own deposit ({aba_d} / {acct[3]}) is unchanged.

## 3. Notes
- Hye-jin noticed the missing pay on 8/28 and e-mailed HR from her personal address, hyejin.osp@example.com.
- Kwame confirms his phone, (312) 555-0186, got a fake "Workday MFA reset" text on Sept 17.
- Rich's firm Amex ({amex_f}) bought $4,800 in gift cards on 2026-08-02; his LinkedIn (https://www.linkedin.com/in/ryszard-kowalczyk-7b21a4) advertises a side business.
- Employee IDs E-10442, E-10517, E-10603 and E-10211 are for the HRIS team only.
- Next step: interview Rich with Ms. Alcântara-Lowe present on 10/16/2026.

Prepared by SKA-B; reviewed by BAL.
"""
    gold = [
        ("legal.privilege_marker", "PRIVILEGED & CONFIDENTIAL"),
        ("legal.privilege_marker", "ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT"),
        ("legal.privilege_marker", "Prepared at the direction of counsel in anticipation of litigation"),
        ("pii.person_name", "Beatriz Alcântara-Lowe"), ("pii.person_name", "Alcântara-Lowe"),
        ("pii.person_name", "Samuel K. Adjei-Boateng"), ("pii.person_name", 'Ryszard "Rich" Kowalczyk'),
        ("pii.person_name", "Kowalczyk, Ryszard"), ("pii.person_name", "Rich"),
        ("pii.person_name", "Mei-Ling Takahashi"), ("pii.person_name", "Nguyễn Thị Lan"),
        ("pii.person_name", "O'Sullivan-Park, Hye-jin"), ("pii.person_name", "Hye-jin"),
        ("pii.person_name", "DOUGLAS, Kwame A."), ("pii.person_name", "Kwame"),
        ("pii.person_name", "SKA-B"), ("pii.person_name", "BAL"),
        ("pii.date", "12 October 2026"), ("pii.date", "30 June"), ("pii.date", "18 September 2026"),
        ("pii.date", "19 Sept"), ("pii.date", "2026-06-30"), ("pii.date", "2026-08-14"),
        ("pii.date", "2026-09-18"), ("pii.date", "8/28"), ("pii.date", "Sept 17"),
        ("pii.date", "2026-08-02"), ("pii.date", "10/16/2026"),
        ("pii.ip_address", "198.51.100.77"), ("pii.mac_address", "00-00-5E-00-53-A7"),
        ("pii.ssn", s_a), ("pii.ssn", s_b), ("pii.ssn", s_c), ("pii.ssn", s_d),
    ] + [("fin.aba_routing", a) for a in (aba_a, aba_b, aba_c, aba_d, aba_x, aba_y)] + [
        ("fin.bank_account", a) for a in acct] + [
        ("pii.email", "hyejin.osp@example.com"), ("pii.phone", "(312) 555-0186"),
        ("fin.credit_card", amex_f),
        ("pii.url", "https://www.linkedin.com/in/ryszard-kowalczyk-7b21a4"),
    ]
    neg = [
        ("rich in detail", "ordinary word ('Rich' is a nickname here)"),
        ("W-2c", "tax form name"), ("$4,800", "amount"),
    ]
    amb = [
        ("Marrowstone Keane LLP", "law firm name containing surnames"),
        ("IR-26-031", "investigation number; no class"),
        ("MK-INV-000231", "Bates number"), ("MK-INV-000244", "Bates number"),
        ("E-10442", "employee ID"), ("E-10517", "employee ID"), ("E-10603", "employee ID"),
        ("E-10211", "employee ID"),
    ]
    return text, gold, neg, amb


def doc7(g):
    npi = g.npi()
    bc = g.d(10, "9")
    text = f"""MAPLEWOOD PEDIATRICS - WELL-CHILD VISIT (4 YEARS)
Patient: MENSAH-THIBODEAUX, Kofi Elijah    DOB: 05/09/2022    MRN: MP-0772419
Visit: Tue, Nov 3, 2026    Provider: Yuki Tanabe-Ross, MD (NPI {npi})
Coverage: BadgerCare Plus, member ID {bc}
Home: 3306 Birchwood Ct, Unit 2B, Madison, WI 53705
Guardians: mother Dawn Mensah-Thibodeaux, cell 608-555-0139; father Wilson "Will" Thibodeaux, work (608) 555-0172 x318
Sibling: Ama, age 8 (also our patient)

INTERVAL HISTORY: Kofi came with both parents. Will works nights and says Kofi wakes before dawn most days but naps at preschool. Attends Little Acorns Montessori (4 mornings/week); teacher reports he shares and follows 2-step directions. Dawn is worried about picky eating (mostly rice, plantain, yogurt); drinks 16 oz milk/day. Stools normal. No snoring. Sleeps 10 h. Lives with both parents and Ama; no smokers; smoke and CO detectors present; no firearms in the home.

DEVELOPMENT (ASQ-3): all domains above cutoff. Hops on one foot, draws a person with 4 parts, tells a story, names 4 colors. Speech fully intelligible.

GROWTH: Wt 16.4 kg (48th %ile) | Ht 103.1 cm (55th %ile) | BMI 15.4 (44th %ile) | BP 96/58
SCREENING: Vision 20/25 OU, pass | Hearing 20 dB pass bilat | Lead: not indicated | TB risk: low

EXAM: Well-appearing, interactive. TMs clear. Teeth: no caries. Heart RRR, no murmur. Lungs clear. Abdomen soft. GU normal, testes descended bilaterally. Skin: two cafe-au-lait macules under 5 mm. Gait normal.

IMMUNIZATIONS TODAY (VIS given, DTaP/IPV VIS ed. 8/6/2021; consent by Dawn):
- DTaP-IPV (Kinrix) 0.5 mL IM L deltoid, lot 7N3K9, exp 03/2027
- MMRV (ProQuad) 0.5 mL SC R arm, lot Y014296
- Influenza (Fluzone, 2026-27 season) 0.5 mL IM R deltoid, lot UT8144AA

ASSESSMENT / PLAN
1. Z00.129 Routine child health exam without abnormal findings
2. Z23 Encounter for immunization
3. Picky eating, growth normal: reassurance; offer one new food alongside a preferred one; will recheck weight at the 5-year visit.
Guidance: booster seat, water safety, screen time under 1 h/day. Dental home: Dr. Farah Siddiqui (Smile Harbor Pediatric Dentistry), last cleaning 08/2026. Parents will call for fever over 102 F lasting more than 24 h.

Yuki Tanabe-Ross, MD  11/03/2026
"""
    gold = [
        ("pii.person_name", "MENSAH-THIBODEAUX, Kofi Elijah"), ("pii.person_name", "Kofi"),
        ("pii.person_name", "Yuki Tanabe-Ross"), ("pii.person_name", "Dawn Mensah-Thibodeaux"),
        ("pii.person_name", "Dawn"), ("pii.person_name", 'Wilson "Will" Thibodeaux'),
        ("pii.person_name", "Will"), ("pii.person_name", "Ama"), ("pii.person_name", "Farah Siddiqui"),
        ("pii.date", "05/09/2022"), ("pii.date", "Nov 3, 2026"), ("pii.date", "08/2026"),
        ("pii.date", "11/03/2026"),
        ("phi.mrn", "MP-0772419"), ("phi.npi", npi), ("phi.health_plan_id", bc),
        ("pii.street_address", "3306 Birchwood Ct, Unit 2B"), ("pii.zip_code", "53705"),
        ("pii.phone", "608-555-0139"), ("pii.phone", "(608) 555-0172"),
        ("phi.icd10", "Z00.129"), ("phi.icd10", "Z23"),
    ]
    neg = [
        ("before dawn", "ordinary word ('Dawn' is the mother's name)"),
        ("will recheck", "ordinary word ('Will' is the father's nickname)"),
        ("Parents will call", "ordinary word"),
        ("Little Acorns Montessori", "school name"),
        ("lot 7N3K9", "vaccine lot number"), ("lot Y014296", "vaccine lot number"),
        ("lot UT8144AA", "vaccine lot number"),
        ("48th %ile", "growth percentile"), ("55th %ile", "growth percentile"),
        ("44th %ile", "growth percentile"),
        ("20/25", "visual acuity (date-like)"), ("96/58", "blood pressure (date-like)"),
        ("8/6/2021", "VIS edition date (publication date, not about the patient)"),
        ("age 8", "age <= 89"), ("2026-27 season", "influenza season"),
        ("Smile Harbor Pediatric Dentistry", "business name"),
    ]
    amb = [
        ("03/2027", "vaccine lot expiry (like card expiry)"),
        ("x318", "phone extension; span may or may not include it"),
    ]
    return text, gold, neg, amb


def doc8(g):
    ssn = g.ssn()
    itin = g.itin()
    s_ssn, s_itin = "-".join(ssn), "-".join(itin)
    vin1 = g.vin("4T3RWRFV", "M", "U")
    vin2 = g.vin("1FTFW1EF", "E", "K")
    acct = g.d(10, "3")
    aba = g.aba()
    iban = g.pl_iban("1020")
    btc1 = g.btc_p2pkh()
    btc2 = g.btc_bech32()
    sx = g.d(3, "1")
    ildl = f"K552-{g.d(4)}-{g.d(4)}"
    text = f"""UNITED STATES BANKRUPTCY COURT, NORTHERN DISTRICT OF ILLINOIS (EASTERN DIVISION)
In re: Dariusz Kamiński and Lucía Ferreira-Kamińska, Debtors.   Case No. 26-18442, Chapter 7
Petition filed 10/30/2026. Counsel for Debtors: Rania Haddad-Sleiman (ARDC No. 6329017), Haddad Sleiman & Petraitis, P.C.
Debtor 1 SSN xxx-xx-{ssn[2]} | Debtor 2 ITIN 9xx-xx-{itin[2]}
Residence: 5138 W. Belmont Ave, Apt 3F, Chicago, IL 60641 | (773) 555-0127 | dkaminski.home@example.net

SCHEDULE A/B: PROPERTY (excerpt)
3.1  2021 Toyota RAV4 Hybrid XLE, VIN {vin1}, 48,210 mi; lien Toyota Motor Credit | $21,400.00
3.2  2014 Ford F-150 XLT, VIN {vin2}, 131,900 mi; no lien | $9,800.00
17.1 Checking, Lakefront Community Bank, acct {acct}, routing {aba} | $1,284.19
17.2 Savings, Lakefront Community Bank, acct ending 4411 | $310.00
17.3 Checking (Debtor 1, opened before marriage), PKO Bank Polski, Kraków, IBAN {iban} | $1,552.00
17.4 Venmo balance, https://venmo.com/u/Lucia-FerreiraK | $46.12
18.  Bitcoin, 0.0417 BTC, self-custody wallets {btc1} (legacy) and {btc2} | $3,870.00
21.  401(k), Fidelity, acct ending 0082 | $18,940.00

SCHEDULE E/F: NONPRIORITY UNSECURED CLAIMS (creditor matrix excerpt)
4.1  Capital One Bank (USA), N.A., P.O. Box 30285, Salt Lake City, UT 84130-0285; Visa ending 7781 | $6,412.55
4.2  Discover Bank, P.O. Box 30943, Salt Lake City, UT 84130-0943; card ending 0316 | $3,090.00
4.3  Northwestern Memorial HealthCare, 251 E Huron St, Chicago, IL 60611; ER visit 02/11/2026 | $2,875.00
4.4  Halina Kamińska (mother of Debtor 1), ul. Długa 14 m. 7, 31-{sx} Kraków, Poland; personal loan 03/2024 | $8,000.00
4.5  Bogdan Nowicki (former landlord), 2950 N. Milwaukee Ave, Unit 2, Chicago, IL 60618; rent 11/2025-01/2026 | $3,600.00
4.6  Midland Credit Management, Inc., 350 Camino de la Reina, Suite 100, San Diego, CA 92108 (assignee of Comenity Bank) | $1,118.40

FOR TRUSTEE ONLY (Form 121 and 341-meeting ID check; not for public filing)
Debtor 1: SSN {s_ssn}; photo ID Illinois DL {ildl}
Debtor 2: ITIN {s_itin}; photo ID Brazilian passport FX904213

We declare under penalty of perjury that the foregoing is true and correct.
/s/ Dariusz Kamiński    /s/ Lucía Ferreira-Kamińska    Date: 10/28/2026
"""
    gold = [
        ("pii.person_name", "Dariusz Kamiński"), ("pii.person_name", "Lucía Ferreira-Kamińska"),
        ("pii.person_name", "Rania Haddad-Sleiman"), ("pii.person_name", "Halina Kamińska"),
        ("pii.person_name", "Bogdan Nowicki"),
        ("pii.date", "10/30/2026"), ("pii.date", "02/11/2026"), ("pii.date", "03/2024"),
        ("pii.date", "11/2025"), ("pii.date", "01/2026"), ("pii.date", "10/28/2026"),
        ("pii.street_address", "5138 W. Belmont Ave, Apt 3F"), ("pii.zip_code", "60641"),
        ("pii.phone", "(773) 555-0127"), ("pii.email", "dkaminski.home@example.net"),
        ("id.vin", vin1), ("id.vin", vin2),
        ("fin.bank_account", acct), ("fin.aba_routing", aba), ("fin.iban", iban),
        ("pii.url", "https://venmo.com/u/Lucia-FerreiraK"),
        ("fin.crypto_wallet", btc1), ("fin.crypto_wallet", btc2),
        ("pii.street_address", "ul. Długa 14 m. 7"),
        ("pii.street_address", "2950 N. Milwaukee Ave, Unit 2"), ("pii.zip_code", "60618"),
        ("pii.ssn", s_ssn), ("pii.itin", s_itin), ("pii.us_driver_license", ildl),
    ]
    neg = [
        ("ARDC No. 6329017", "attorney registration number"),
        ("2021 Toyota", "model year"), ("2014 Ford", "model year"),
        ("Capital One Bank (USA), N.A.", "creditor is a business"), ("Discover Bank", "creditor is a business"),
        ("Midland Credit Management, Inc.", "creditor is a business"),
        ("Northwestern Memorial HealthCare", "creditor is a business"),
        ("Lakefront Community Bank", "bank name"), ("401(k)", "plan type"),
        ("48,210 mi", "odometer"), ("0.0417 BTC", "amount"),
    ]
    amb = [
        ("Case No. 26-18442", "case number"),
        ("Haddad Sleiman & Petraitis, P.C.", "law firm name containing surnames"),
        (f"xxx-xx-{ssn[2]}", "masked SSN (last four only)"),
        (f"9xx-xx-{itin[2]}", "masked ITIN (last four only)"),
        ("acct ending 4411", "last-4 account reference"), ("acct ending 0082", "last-4 account reference"),
        ("Visa ending 7781", "last-4 card reference"), ("card ending 0316", "last-4 card reference"),
        ("P.O. Box 30285", "creditor (business) address"), ("84130-0285", "business ZIP+4"),
        ("P.O. Box 30943", "creditor (business) address"), ("84130-0943", "business ZIP+4"),
        ("251 E Huron St", "creditor (business) address"), ("60611", "business ZIP"),
        ("350 Camino de la Reina, Suite 100", "creditor (business) address"), ("92108", "business ZIP"),
        (f"31-{sx}", "Polish postal code (not a US ZIP)"),
        ("Brazilian passport FX904213", "foreign passport number; no class"),
    ]
    return text, gold, neg, amb


def doc9(g):
    aws_id, aws_sec = g.aws_key_id(), g.aws_secret()
    oai, ant, gh, slack = g.openai(), g.anthropic(), g.github(), g.slack()
    dd = g.hexs(32)
    sha = g.hexs(40)
    jwt = g.jwt({"iss": "https://auth.staging.example.com", "sub": "svc-erx-sync", "aud": "erx-gateway",
                 "scope": "rx.submit", "iat": 1795165200, "exp": 1795251600})
    pem = g.ec_pem()
    member = "MXH" + g.d(9, "6")
    npi = g.npi()
    dea = g.dea("F", "W")
    text = f"""ugh, need help. our erx-sync worker (python 3.11.6, slack_sdk 3.27.1) dies on staging every time it posts an alert. pasting the .env, the config and the trace. what's wrong with the slack auth? (these are staging keys, I'll rotate them after... probably)

--- .env.staging ---
AWS_ACCESS_KEY_ID={aws_id}
AWS_SECRET_ACCESS_KEY={aws_sec}
OPENAI_API_KEY={oai}
ANTHROPIC_API_KEY={ant}
GITHUB_TOKEN={gh}
SLACK_BOT_TOKEN={slack}
DD_API_KEY={dd}
DATABASE_URL=postgresql://erx_svc:Hk7!wq2Lm-p@10.40.2.17:5432/erx_stg
GIT_SHA={sha}

--- config/worker.yaml ---
service: erx-sync
owner: "Ravi Shankar Iyer <ravi.iyer@dev.example.com>"
gateway:
  url: https://erx-gw.staging.example.com/v2/submit
  auth_header: "Bearer {jwt}"
alerts:
  slack_channel: "#erx-alerts"
  slack_token: ${{SLACK_BOT_TOKEN}}
signing_key_file: keys/deploy_ec.pem

--- keys/deploy_ec.pem (yes it's in the repo, I know) ---
{pem}

--- trace ---
2026-11-20 09:14:03,902 WARNING db.pool retrying 10.40.2.17:5432 after timeout
2026-11-20 09:14:04,117 ERROR erx.submit failed req=3f1c9a2e-7b4d-4c11-9a0e-5d2e8b6f1a44 payload={{"patient": {{"name": "Villalobos, Esperanza", "dob": "1949-06-12", "member_id": "{member}"}}, "prescriber": {{"name": "Kenji Watanabe-Brooks", "npi": "{npi}", "dea": "{dea}"}}, "drug": "oxycodone 5 mg tab", "qty": 20}}
Traceback (most recent call last):
  File "/home/rsiyer/src/erx-sync/erx/alerts.py", line 88, in post_alert
    resp = client.chat_postMessage(channel=cfg.slack_channel, text=msg)
  File "/home/rsiyer/.venv/lib/python3.11/site-packages/slack_sdk/web/client.py", line 2431, in chat_postMessage
    return self.api_call("chat.postMessage", json=kwargs)
slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)
The server responded with: {{'ok': False, 'error': 'invalid_auth'}}
context: host=rsiyer-mbp.local client_ip=203.0.113.58 iface=en0 mac=00:00:5e:00:53:3a

thx. Ravi
"""
    gold = [
        ("secret.aws_access_key", aws_id), ("secret.openai_api_key", oai),
        ("secret.anthropic_api_key", ant), ("secret.github_token", gh), ("secret.slack_token", slack),
        ("secret.generic_api_key", dd), ("secret.jwt", jwt), ("secret.private_key", pem),
        ("pii.person_name", "Ravi Shankar Iyer"), ("pii.person_name", "Ravi"),
        ("pii.email", "ravi.iyer@dev.example.com"),
        ("pii.person_name", "Villalobos, Esperanza"), ("pii.date", "1949-06-12"),
        ("phi.health_plan_id", member), ("pii.person_name", "Kenji Watanabe-Brooks"),
        ("phi.npi", npi), ("phi.dea", dea),
        ("pii.ip_address", "203.0.113.58"), ("pii.mac_address", "00:00:5e:00:53:3a"),
    ]
    neg = [
        ("python 3.11.6", "version string"), ("slack_sdk 3.27.1", "version string"),
        (sha, "git commit hash (40 hex)"), ("3f1c9a2e-7b4d-4c11-9a0e-5d2e8b6f1a44", "request UUID"),
        ("https://slack.com/api/chat.postMessage", "public API URL"),
        ("https://erx-gw.staging.example.com/v2/submit", "service URL"),
        ("line 2431", "source line number"), ("oxycodone 5 mg", "drug and dose"),
    ]
    amb = [
        (aws_sec, "AWS secret access key (class depends on convention)"),
        ("postgresql://erx_svc:Hk7!wq2Lm-p@10.40.2.17:5432/erx_stg",
         "database URL with embedded password; no password class; RFC 1918 host"),
        ("10.40.2.17", "RFC 1918 internal database host, not a person's address"),
        ("rsiyer", "OS user name / host name fragment; no class"),
        ("2026-11-20 09:14:04,117", "log timestamp"), ("2026-11-20 09:14:03,902", "log timestamp"),
    ]
    return text, gold, neg, amb, {"jwt": jwt}


def doc10(g):
    npi = g.npi()
    nhs = g.nhs()
    text = f"""NORTHGATE REGIONAL LABORATORY SERVICES | 400 Quarry Ln, Woburn, MA 01801 | CLIA 22D2093377 | CAP 7190233
SURGICAL PATHOLOGY AND LABORATORY REPORT                                  Page 1 of 1

PATIENT: O'BRIEN-MAGUIRE, SIOBHÁN M.     DOB: 22-AUG-1961 (AGE 65)    SEX: F
ADDRESS: 58 FERNHILL RD APT 4, BROOKLINE MA 02446     PHONE: 617.555.0119
MRN: 20-448-1937     ACCESSION: SP26-041877 / CH26-339102
COLLECTED: 09-OCT-2026 10:42     RECEIVED: 09-OCT-2026 13:05     REPORTED: 11-OCT-2026 16:20
ORDERING: KRISHNAMURTHY, RAJESH V., MD   NPI {npi}
COPY TO: Helen Ashworth-Patel, MRCGP (UK GP, see referral section)

SPECIMEN A: Breast, left, 2:00, 4 cm FN, US-guided core biopsy, 4 cores
DIAGNOSIS:
A. INVASIVE DUCTAL CARCINOMA, NO SPECIAL TYPE, Nottingham grade 2 (tubules 3 + nuclei 2 + mitoses 1 = 6/9).
   Ductal carcinoma in situ, intermediate nuclear grade, present. No lymphovascular invasion identified.
BIOMARKERS (block A2): ER positive (95%, strong), Allred 8/8; PR positive (40%, moderate), Allred 6/8;
   HER2 IHC 2+ (equivocal), FISH reflex sent as CH26-339102-F; Ki-67 25%.
ICD-10-CM: C50.412

PRE-PROCEDURE LABS (CH26-339102)    Result   Flag   Reference range
WBC                                 7.2             4.0-10.5 x10^3/uL
Hemoglobin                          11.6     L      12.0-15.5 g/dL
Platelets                           268             150-400 x10^3/uL
INR                                 1.0             0.9-1.1
Creatinine                          0.84            0.57-1.00 mg/dL
Glucose, fasting                    104      H      70-99 mg/dL

REFERRAL / CONTINUITY OF CARE
Ms. O'Brien-Maguire relocates to Manchester on 30 Nov 2026 and asks that results go to her NHS GP.
Registered GP: Dr Helen Ashworth-Patel, Didsbury Village Surgery, Manchester M20 6LR
NHS number: {nhs}   UK address: Flat 2, 17 Lapwing Lane, Manchester M20 2NT   UK mobile: +44 7700 900481
Tumour board discussion requested; surgical consult with Dr. Owusu-Ansah pending.

Electronically signed: Marguerite Delacroix, MD, pathologist, 11-OCT-2026 16:20
"""
    gold = [
        ("pii.person_name", "O'BRIEN-MAGUIRE, SIOBHÁN M."), ("pii.person_name", "O'Brien-Maguire"),
        ("pii.person_name", "KRISHNAMURTHY, RAJESH V."), ("pii.person_name", "Helen Ashworth-Patel"),
        ("pii.person_name", "Owusu-Ansah"), ("pii.person_name", "Marguerite Delacroix"),
        ("pii.date", "22-AUG-1961"), ("pii.date", "09-OCT-2026"), ("pii.date", "11-OCT-2026"),
        ("pii.date", "30 Nov 2026"),
        ("pii.street_address", "58 FERNHILL RD APT 4"), ("pii.zip_code", "02446"),
        ("pii.phone", "617.555.0119"), ("pii.phone", "+44 7700 900481"),
        ("phi.mrn", "20-448-1937"), ("phi.npi", npi), ("id.uk_nhs", nhs),
        ("pii.street_address", "Flat 2, 17 Lapwing Lane"), ("phi.icd10", "C50.412"),
    ]
    neg = [
        ("CLIA 22D2093377", "laboratory CLIA number"), ("CAP 7190233", "laboratory CAP number"),
        ("SP26-041877", "specimen accession number"), ("CH26-339102", "specimen accession number"),
        ("CH26-339102-F", "reflex test accession"), ("(AGE 65)", "age <= 89"),
        ("6/9", "Nottingham score (date-like)"), ("Allred 8/8", "Allred score (date-like)"),
        ("Allred 6/8", "Allred score (date-like)"), ("2:00", "clock-face biopsy position"),
        ("4.0-10.5", "reference range"), ("12.0-15.5", "reference range"), ("150-400", "reference range"),
        ("0.9-1.1", "reference range"), ("0.57-1.00", "reference range"), ("70-99", "reference range"),
        ("Nottingham grade 2", "eponymous grading system"), ("Ki-67 25%", "biomarker"),
        ("Page 1 of 1", "page number"),
    ]
    amb = [
        ("400 Quarry Ln", "laboratory (business) address"), ("01801", "business ZIP"),
        ("M20 6LR", "UK postcode of a GP surgery (business; not a US ZIP)"),
        ("M20 2NT", "UK postcode (not a US ZIP)"),
    ]
    return text, gold, neg, amb


def doc11(g):
    ssn = "-".join(g.ssn())
    itin = "-".join(g.itin())
    pp1 = g.d(9, "56")
    pp2 = "A" + g.d(8, "3")
    txdl1, txdl2 = g.d(8, "4"), g.d(8, "3")
    cadl = "Y" + g.d(7, "1")
    mc = g.card("53", 16)
    mc_f = " ".join(mc[i:i + 4] for i in range(0, 16, 4))
    text = f"""PRIVILEGED & CONFIDENTIAL
ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT
Obradović Castellanos Immigration Law PLLC, Houston

CASE NOTE, file OCI-2026-0417: I-130 / I-485 adjustment (spouse of U.S. citizen)

Beneficiary: NWOSU, Chiamaka Ifeoma ("Amaka"), born 14.03.1988 in Enugu, Nigeria
Petitioner: Tobias Reinholt (U.S. citizen by birth), born 3 March 1985, SSN {ssn}
Child: Adanna Reinholt (U.S. citizen), born 27/01/2023 in Houston
Home: 7714 Bellfort Ave, Apt 1207, Houston, TX 77061
Amaka: +1 (713) 555-0145, amaka.nwosu@example.com | Tobias: 713.555.0191, t.reinholt@example.net

IDENTITY DOCUMENTS (copies in file)
- Amaka: Nigerian passport B07761432; Texas DL {txdl1}; ITIN {itin} (used on the 2022 and 2023 joint returns); A-Number A 219-884-107
- Tobias: U.S. passport {pp1}; Texas DL {txdl2}; expired California DL {cadl} (moved to TX in 2022)
- Adanna: U.S. passport {pp2}

TIMELINE
22.07.2019  Amaka enters at IAH in F-1 status (SEVIS N0029384711).
05.06.2021  Civil marriage, Harris County.
14.10.2026  Intake call with Amaka and Tobias (M. Obradović; paralegal Ji-woo Han).
20.10.2026  I-130, I-485, I-765 and I-131 filed together; I-797C receipt IOE0917345521.
            Fees ($2,365) paid on G-1450 signed by Tobias: Mastercard {mc_f}, exp 08/29, billing ZIP 77061.
18 Nov 2026 Biometrics appointment, Houston ASC.

ISSUES / TO DO
- Confirm Amaka kept F-1 status through OPT; INA 245(c) bars do not apply to immediate relatives, but check 8 CFR 245.1 anyway.
- I-864: Tobias's 2025 return; household size 3. Ask whether his California record shows the 2021 speeding citation.
- Interview prep: bring wedding photos and the joint lease.

Milica Obradović, Esq., 16.10.2026
"""
    gold = [
        ("legal.privilege_marker", "PRIVILEGED & CONFIDENTIAL"),
        ("legal.privilege_marker", "ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT"),
        ("pii.person_name", "NWOSU, Chiamaka Ifeoma"), ("pii.person_name", "Amaka"),
        ("pii.person_name", "Tobias Reinholt"), ("pii.person_name", "Tobias"),
        ("pii.person_name", "Adanna Reinholt"), ("pii.person_name", "Adanna"),
        ("pii.person_name", "M. Obradović"), ("pii.person_name", "Ji-woo Han"),
        ("pii.person_name", "Milica Obradović"),
        ("pii.date", "14.03.1988"), ("pii.date", "3 March 1985"), ("pii.date", "27/01/2023"),
        ("pii.date", "22.07.2019"), ("pii.date", "05.06.2021"), ("pii.date", "14.10.2026"),
        ("pii.date", "20.10.2026"), ("pii.date", "18 Nov 2026"), ("pii.date", "16.10.2026"),
        ("pii.street_address", "7714 Bellfort Ave, Apt 1207"), ("pii.zip_code", "77061"),
        ("pii.phone", "+1 (713) 555-0145"), ("pii.phone", "713.555.0191"),
        ("pii.email", "amaka.nwosu@example.com"), ("pii.email", "t.reinholt@example.net"),
        ("pii.ssn", ssn), ("pii.itin", itin), ("pii.us_passport", pp1), ("pii.us_passport", pp2),
        ("pii.us_driver_license", txdl1), ("pii.us_driver_license", txdl2),
        ("pii.us_driver_license", cadl), ("fin.credit_card", mc_f),
    ]
    neg = [
        ("I-130", "form number"), ("I-485", "form number"), ("I-864", "form number"),
        ("INA 245(c)", "statute"), ("8 CFR 245.1", "regulation"), ("$2,365", "amount"),
        ("household size 3", "count"), ("2022 and 2023", "years only"),
        ("2021 speeding citation", "year only"), ("moved to TX in 2022", "year only"),
        ("G-1450", "form number"),
    ]
    amb = [
        ("Obradović Castellanos Immigration Law PLLC", "law firm name containing surnames"),
        ("OCI-2026-0417", "firm file number"),
        ("B07761432", "foreign (Nigerian) passport number; class is U.S. passports only"),
        ("A 219-884-107", "USCIS A-Number; no class"),
        ("N0029384711", "SEVIS number; no class"),
        ("IOE0917345521", "USCIS receipt number; no class"),
        ("08/29", "card expiry"),
    ]
    return text, gold, neg, amb


def doc12(g):
    text = """ST. BRENDAN REGIONAL CANCER INSTITUTE
Clinical Practice Guideline CPG-ONC-017: Classical Hodgkin Lymphoma, Initial Work-up
Version 4.2 | approved by the P&T Committee 2025-09-18 | next review 09/2027 | supersedes v3.9

1. Background. Thomas Hodgkin described the disease in 1832; Reed-Sternberg cells define it. Stage with the Lugano modification of the Ann Arbor classification and read PET-CT with the Deauville 5-point scale (1-3 = complete metabolic response).
2. Risk factors (IPS, 1 point each): albumin < 4 g/dL; hemoglobin < 10.5 g/dL; male sex; age >= 45 years; stage IV; WBC >= 15,000/mm3; lymphocytes < 600/mm3 or < 8%.
3. Regimen. ABVD on days 1 and 15 of a 28-day cycle: doxorubicin 25 mg/m2, bleomycin 10 units/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2. Order set ORD-4471-2219; dacarbazine NDC 0703-5075-03. Patients aged 60 and older, and patients 90 years and older, follow the geriatric pathway (CPG-GER-004).
4. Toxicity. New facial weakness during vinblastine must be distinguished from Bell's palsy; report Raynaud phenomenon, and Cushingoid change on prednisone. ICD-O-3 morphology 9650/3.
5. Fertility. Offer referral before cycle 1; the hope is to avoid delaying treatment beyond 14 days.
6. References: https://www.nccn.org/guidelines ; NCT02166463 ; PMID 30226414. EHR build 10.2.0.117; FHIR R4 (4.0.1).

LEGAL RESEARCH MEMORANDUM
From: Research Desk | To: Litigation Group | Re: privilege over internal incident reviews
- Jaffee v. Redmond, 518 U.S. 1 (1996) (Justice Stevens): psychotherapist-patient privilege under Fed. R. Evid. 501.
- Upjohn Co. v. United States, 449 U.S. 383 (1981): attorney-client privilege reaches employee communications with corporate counsel.
- Tarasoff v. Regents of the University of California, 17 Cal. 3d 425 (1976): duty to protect identifiable victims.
- Brown v. Board of Education, 347 U.S. 483 (1954) (Chief Justice Earl Warren), cited only on remedial scope.
- HIPAA, Pub. L. 104-191, enacted August 21, 1996; Privacy Rule compliance date April 14, 2003; see 45 C.F.R. 164.512(j) and https://www.hhs.gov/hipaa/index.html.
- Fed. R. Evid. 502 (added by Pub. L. 110-322, Sept. 19, 2008).
- Senate Bill 1122 (2025) would add a 30-day grace period for records requests; a will or trust is not a medical record.
Note: stamping a routine report "attorney work product" does not make it privileged, and the Florence Nightingale pledge creates no legal privilege either. Frank discussion of near misses is protected only under the state patient-safety statute.
Docket No. 2024-0311 | PO 4500183377 | fax cover form 86-1102-3344 | ISBN 978-0-12-809314-6
"""
    neg = [
        ("ST. BRENDAN REGIONAL CANCER INSTITUTE", "institution named for a saint"),
        ("Hodgkin Lymphoma", "eponymous disease"), ("Thomas Hodgkin", "historical figure (1798-1866)"),
        ("Reed-Sternberg", "eponym"), ("Ann Arbor", "staging system / city, not a person"),
        ("Lugano", "classification named for a city"), ("Deauville", "scale named for a town"),
        ("Bell's palsy", "eponymous disease"), ("Raynaud", "eponym"), ("Cushingoid", "eponym"),
        ("2025-09-18", "guideline approval date"), ("09/2027", "guideline review date"),
        ("Version 4.2", "version string"), ("v3.9", "version string"), ("in 1832", "historical year"),
        ("age >= 45 years", "age threshold, not a person"),
        ("90 years and older", "age threshold, not a person (looks like age_over_89)"),
        ("Patients aged 60", "age threshold"),
        ("hemoglobin < 10.5 g/dL", "lab threshold"), ("WBC >= 15,000/mm3", "lab threshold"),
        ("doxorubicin 25 mg/m2", "dose"), ("dacarbazine 375 mg/m2", "dose"),
        ("ORD-4471-2219", "order-set number"), ("CPG-ONC-017", "guideline number"), ("NDC 0703-5075-03", "drug code (phone-like)"),
        ("9650/3", "ICD-O morphology code (date-like)"),
        ("https://www.nccn.org/guidelines", "public organisation URL"),
        ("NCT02166463", "trial registry number"), ("PMID 30226414", "PubMed id"),
        ("10.2.0.117", "software build number (IP-like)"), ("4.0.1", "version string"),
        ("Jaffee v. Redmond, 518 U.S. 1 (1996)", "famous case name and citation"),
        ("Justice Stevens", "public historical figure"),
        ("Upjohn Co. v. United States, 449 U.S. 383 (1981)", "famous case name and citation"),
        ("attorney-client privilege reaches", "discussion of privilege, not a marker"),
        ("Tarasoff v. Regents of the University of California, 17 Cal. 3d 425 (1976)", "famous case"),
        ("Brown v. Board of Education, 347 U.S. 483 (1954)", "famous case name and citation"),
        ("Earl Warren", "public historical figure"),
        ("Pub. L. 104-191", "public law number"), ("August 21, 1996", "statute enactment date"),
        ("April 14, 2003", "regulatory compliance date"), ("45 C.F.R. 164.512(j)", "regulation"),
        ("https://www.hhs.gov/hipaa/index.html", "public organisation URL"),
        ("Sept. 19, 2008", "statute date"), ("Pub. L. 110-322", "public law number"),
        ("Senate Bill 1122", "bill number ('Bill' is not a person)"),
        ("grace period", "ordinary phrase"), ("a will or trust", "ordinary word"),
        ("the hope is", "ordinary word"),
        ('"attorney work product"', "quoted legend discussed in a memo, not a marker on this document"),
        ("Florence Nightingale", "historical figure"), ("Frank discussion", "ordinary word"),
        ("Docket No. 2024-0311", "docket number"), ("PO 4500183377", "purchase order number"),
        ("86-1102-3344", "form number (phone-like, 10 digits)"),
        ("ISBN 978-0-12-809314-6", "book number"),
    ]
    return text, [], neg, []


BUILDERS = [doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10, doc11, doc12]


def build():
    g = Gen(SEED)
    docs, jwt_keys = [], {}
    for b in BUILDERS:
        res = b(g)
        docs.append(res[:4])
    return docs, dict(g.jwt_keys)


# ----------------------------------------------------------------- checks
def is_word(c):
    return c.isalnum() or c == "_"


def occurrences(doc, t):
    out, i = [], doc.find(t)
    while i != -1:
        out.append((i, i + len(t)))
        i = doc.find(t, i + 1)
    return out


def verify_value(cls, t, doc, jwt_keys):
    """Checksum / reserved-range / format rule for one gold value; returns True if it passes."""
    digits = re.sub(r"\D", "", t)
    if cls == "fin.credit_card":
        return luhn_ok(digits) and (
            (digits[0] == "4" and len(digits) in (13, 16)) or (digits[:2] == "53" and len(digits) == 16)
            or (digits[:2] == "37" and len(digits) == 15) or (digits[:4] == "6011" and len(digits) == 16))
    if cls == "phi.npi":
        return npi_ok(t)
    if cls == "phi.dea":
        return dea_ok(t)
    if cls == "fin.aba_routing":
        return aba_ok(t)
    if cls == "fin.iban":
        return iban_ok(t)
    if cls == "id.vin":
        return vin_ok(t)
    if cls == "id.uk_nhs":
        return nhs_ok(t)
    if cls == "pii.ssn":
        return ssn_ok(t) and t not in ("078-05-1120", "123-45-6789")
    if cls == "pii.itin":
        return itin_ok(t)
    if cls == "phi.mbi":
        return mbi_ok(t)
    if cls == "pii.phone":
        return phone_ok(t)
    if cls == "pii.ip_address":
        return any(ipaddress.ip_address(t) in n for n in TESTNETS)
    if cls == "pii.mac_address":
        return t.lower().replace("-", ":").startswith("00:00:5e:00:53:") and len(t) == 17
    if cls == "fin.crypto_wallet":
        return btc_p2pkh_ok(t) if t.startswith("1") else btc_bech32_ok(t)
    if cls == "secret.jwt":
        return jwt_ok(t, jwt_keys[t])
    if cls == "secret.github_token":
        return github_ok(t)
    if cls == "secret.private_key":
        return pem_ok(t)
    if cls == "secret.aws_access_key":
        return re.fullmatch(r"AKIA[A-Z2-7]{16}", t) is not None
    if cls == "secret.openai_api_key":
        return re.fullmatch(r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", t) is not None
    if cls == "secret.anthropic_api_key":
        return re.fullmatch(r"sk-ant-api03-[A-Za-z0-9_-]{93}AA", t) is not None
    if cls == "secret.slack_token":
        return re.fullmatch(r"xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}", t) is not None
    if cls == "secret.generic_api_key":
        return re.fullmatch(r"[0-9a-f]{32}", t) is not None
    if cls == "pii.email":
        return re.fullmatch(r"[^@\s]+@([a-z0-9-]+\.)*example\.(com|net|org)", t) is not None
    if cls == "pii.zip_code":
        return re.fullmatch(r"\d{5}(-\d{4})?", t) is not None
    if cls == "pii.us_passport":
        return re.fullmatch(r"\d{9}|[A-Z]\d{8}", t) is not None
    if cls == "pii.us_driver_license":
        return dl_ok(t, doc)
    if cls == "phi.icd10":
        return re.fullmatch(r"[A-TV-Z]\d[0-9AB](\.[0-9A-TV-Z]{1,4})?", t) is not None
    if cls == "pii.age_over_89":
        return age_value(t) > 89
    if cls == "pii.url":
        return t.startswith("https://")
    return True          # names, dates, street addresses, MRNs, plan ids, privilege markers


def check(docs, jwt_keys):
    text_class = {}
    for n, (text, gold, neg, amb) in enumerate(docs, 1):
        name = f"doc{n}.txt"
        size = len(text.encode("utf-8"))
        assert 1536 <= size <= 4000, (name, size)
        assert len(set(t for _, t in gold)) == len(gold), (name, "duplicate gold text")
        gold_spans = []
        for cls, t in gold:
            assert cls in CLASSES, (name, cls)
            prev = text_class.setdefault(t, cls)
            assert prev == cls, (name, t, "two classes", prev, cls)
            occ = occurrences(text, t)
            assert occ, (name, "gold text missing", t)
            for s, e in occ:
                assert s == 0 or not (is_word(text[s - 1]) and is_word(t[0])), (name, "boundary", t, text[s - 5:e + 5])
                assert e == len(text) or not (is_word(text[e]) and is_word(t[-1])), (name, "boundary", t, text[s - 5:e + 5])
            gold_spans += occ
            assert verify_value(cls, t, text, jwt_keys), (name, "checksum/format", cls, t)
        for kind, lst in (("negative", neg), ("ambiguous", amb)):
            for t, why in lst:
                assert why, (name, t)
                occ = occurrences(text, t)
                assert occ, (name, kind + " text missing", t)
                for s, e in occ:
                    for gs, ge in gold_spans:
                        assert e <= gs or s >= ge, (name, kind, t, "overlaps gold", text[gs:ge])
        if n == 12:
            assert not gold, "doc12 must have no gold"
        else:
            assert gold, name
    return True


# ----------------------------------------------------------------- README
README_HEAD = """# Mixed documents, set C

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets (only set B's README, whose conventions are kept).
Their first scan, by the detector as it stood after sets A and B, is the round's unseen measurement
(recall 0.842, precision 0.948 over 448 gold occurrences; names 0.741 / 0.929); the fixes after it
make them a regression test (`tests/detect_probes.rs`) too.

`python3 make.py` (standard library only, fixed seed 20261206, output is deterministic: make.py
builds everything twice and asserts the two builds are identical) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.5–4 KB each |
| `gold.jsonl` | `{"doc","class","text"}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{"doc","text","why"}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{"doc","text","why"}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`).

Genres (none used by the earlier sets): (1) speech-to-text ED physician dictation, patient aged 92,
numbers and dates partly spelled out; (2) billing-office claim-denial appeal letter with a claim-line
table; (3) behavioral-health SOAP progress note with relatives named by first name; (4) deposition
transcript excerpt (appearances, margin line numbers, privilege objections); (5) a CSV export pasted into
a prompt with a question about it; (6) privileged HR-investigation memo at a law firm with a markdown
table of SSNs and payroll routing/account numbers; (7) pediatric 4-year well-child note; (8) bankruptcy
schedules and creditor matrix; (9) a developer's LLM prompt pasting `.env`, YAML config, a PEM key and a
stack trace; (10) surgical pathology / lab report with ALL-CAPS header and a UK NHS referral section;
(11) immigration case note at a law firm (passports, driver licences, European date order);
(12) a hard-negative document (clinical guideline + legal research memo) with **no gold at all**.

## Scoring conventions

Same as set B:

* **Every occurrence** of a gold `text` in its document counts as gold (exact, case-sensitive
  substring). A short gold value nested inside a longer gold value (e.g. `Kyle` inside
  `Kyle Brandt`) is therefore covered twice; score by character/span union.
  `make.py` asserts that every gold occurrence sits on token boundaries (no hits inside longer words
  or numbers), that no text carries two classes, and that no negative or ambiguous occurrence
  overlaps a gold occurrence.
* A gold span is **only the value**: titles (Dr., Mr., Ms.), labels (`MRN:`, `NPI`, `SSN`,
  `Bearer `, `AWS_ACCESS_KEY_ID=`), credentials (MD, LCSW, CPC, Esq.) and trailing punctuation are
  excluded. Phone extensions (`ext. 2214`, `x318`, `ext 2`) are left out of the phone span and listed
  as ambiguous.
* **Names** (`pii.person_name`): every mention of a real person (patients, relatives, clinicians,
  attorneys, witnesses, staff, creditors who are individuals), in the form written:
  `Last, First M.`, ALL CAPS, lowercase dictation (`yewande adeyemi-cole`), surname-only,
  first-name-only, nicknames (`Roz`, `Amaka`, `Angie`), quoted-nickname forms as one span
  (`Ryszard "Rich" Kowalczyk`). First names that are also common words (`Hope`, `Faith`, `Dawn`,
  `Will`, `Rich`, `Grace`) are gold where they name the person; the ordinary words (`no hope`,
  `good faith`, `before dawn`, `will recheck`, `rich in detail`, `grace period`) are negatives.
  Organisation names containing surnames (law firms) are ambiguous; eponyms, famous cases and
  historical figures are negatives.
* **Street address**: the street line with its unit when written on the same line
  (`7714 Bellfort Ave, Apt 1207`, `ul. Długa 14 m. 7`, `Flat 2, 17 Lapwing Lane`). City/state are not
  labelled. **ZIP** (5 or ZIP+4) is labelled separately as `pii.zip_code`; foreign postcodes
  (UK `M20 2NT`, Polish `31-xxx`) are ambiguous.
* Addresses, phones, ZIPs and e-mail inboxes belonging to **businesses/providers** (billing office,
  insurer, law firm main line, laboratory, creditors that are companies, PCP practice) are
  **ambiguous**; contact details of a named individual (including an attorney's or appeals
  specialist's direct line/e-mail, or an individual landlord) are gold.
* **Dates** (`pii.date`): any calendar date about a person or their care/case (birth, visit, letter,
  service, marriage, entry, filing, debt incurred, appointment), in any format, including spelled-out
  dictation (`march third nineteen thirty four`), European order (`14.03.1988`, `27/01/2023`) and
  partial dates (`9/28`, `8/6`, `03/2024`, `March of 2024`). Not labelled: statute, regulation,
  guideline, VIS-edition and policy-effective dates (negatives); year-only (negative); log and
  audio timestamps, card expiry and vaccine-lot expiry (ambiguous).
* **Age**: only ages over 89 are `pii.age_over_89` (`ninety two`, `92`); ages ≤ 89 are negatives
  (`age 89` included as a boundary case); `90 years and older` in a guideline is a negative.
* **URL** (`pii.url`): only URLs that identify a person (LinkedIn profile, Venmo link). Public/service
  URLs are negatives; a database connection URL with an embedded password is ambiguous.
* **Health plan ID**: member IDs are gold (commercial, Medicaid, BadgerCare); group numbers are
  ambiguous. An MBI is `phi.mbi` even when it sits in an `insurance_id` column.
* **NPI**: individual (type 1) NPIs only appear; all are gold.
* **Privilege marker**: the marker line(s) only, each line its own span. Privilege *objections*
  spoken in a deposition and a "CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER" designation are
  ambiguous; discussion of privilege in a research memo is a negative.
* **Secrets**: the token value only. The PEM private key span is the whole block from `-----BEGIN`
  to the final `-----`. The AWS *secret* access key is ambiguous; the `AKIA…` key ID is
  `secret.aws_access_key`. A 32-hex vendor key (`DD_API_KEY`) is `secret.generic_api_key`.
* **IP addresses**: TEST-NET addresses tied to a person's session are gold; the RFC 1918 database
  host appears only inside the (ambiguous) database URL.
* No class exists for employee IDs, practice account numbers, case/file/claim/denial numbers,
  Bates numbers, A-Numbers, USCIS receipt numbers, SEVIS numbers, foreign passports, tax IDs (EIN),
  masked/last-4 references: those are ambiguous. CPT/HCPCS codes, bar/ARDC/CSR numbers,
  accession numbers, CLIA/CAP numbers, vaccine lots, reference ranges, percentiles and scores are
  negatives.

## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Cards: Luhn + real network prefix (Mastercard 53, Amex 37). NPI: Luhn over `80840`+NPI.
DEA: registrant letter + surname letter + 7 digits with the DEA check digit. ABA: 3-7-1 weighted
mod 10 with a valid Fed prefix. IBAN (PL): mod-97 = 1, length 28 (Polish sort-code check digit too).
VIN: position-9 check digit. NHS: mod 11. SSN: no area 000/666/9xx, no group 00, no serial 0000.
ITIN: area 9xx, group 50–65/70–88/90–92/94–99. MBI: 11 chars in CMS character classes.
Phones: US 555-01xx; UK mobile in Ofcom's drama range `07700 900xxx`. IPs: 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24. MAC: IANA documentation block `00-00-5E-00-53-xx`.
BTC: valid Base58Check P2PKH and bech32 P2WPKH. JWT: real HS256 with a random key.
GitHub token: `ghp_` + 30 base62 + base62 CRC32. PEM: EC P-256 DER structure with random bytes.
E-mails: `example.com/.net/.org` only. Names, addresses and member IDs are invented.

## Differences from set B

Set B's conventions are kept; these points are new or made explicit:

* twelve documents of 1.5–4 KB (set B: ten of 1–3 KB); the `doc` field holds the file name;
* phone extensions are outside the phone span and listed as ambiguous;
* foreign postcodes (UK, Poland) and foreign passport numbers are ambiguous (the classes are US ZIP
  and US passport);
* an RFC 1918 internal IP and a database URL with an embedded password are ambiguous;
* privilege objections spoken in a deposition and a protective-order "CONFIDENTIAL" designation are
  ambiguous; discussion of privilege in a research memo (including a quoted legend) is a negative;
* new synthetic-identifier rules: UK mobile in Ofcom's drama range, MAC in the IANA documentation
  block, ITIN group ranges, Polish IBAN (length 28), bech32 wallet, GitHub token CRC32, EC PEM DER;
* a spelled-out age (`ninety two`) is `pii.age_over_89`, the span being the words.

## Counts
"""


def readme(docs):
    counts = {}
    for _, gold, _, _ in docs:
        for cls, _ in gold:
            counts[cls] = counts.get(cls, 0) + 1
    total = sum(counts.values())
    nneg = sum(len(d[2]) for d in docs)
    namb = sum(len(d[3]) for d in docs)
    lines = [f"{total} gold values (distinct per document), {nneg} negatives, {namb} ambiguous.", "",
             "| class | gold values |", "|---|---|"]
    for cls in CLASSES:
        lines.append(f"| `{cls}` | {counts.get(cls, 0)} |")
    return README_HEAD + "\n".join(lines) + "\n", counts


def render(docs):
    files = {}
    gold_l, neg_l, amb_l = [], [], []
    for n, (text, gold, neg, amb) in enumerate(docs, 1):
        name = f"doc{n}.txt"
        files[name] = text
        for cls, t in sorted(gold, key=lambda x: text.find(x[1])):
            gold_l.append(json.dumps({"doc": name, "class": cls, "text": t}, ensure_ascii=False))
        for t, why in neg:
            neg_l.append(json.dumps({"doc": name, "text": t, "why": why}, ensure_ascii=False))
        for t, why in amb:
            amb_l.append(json.dumps({"doc": name, "text": t, "why": why}, ensure_ascii=False))
    files["gold.jsonl"] = "\n".join(gold_l) + "\n"
    files["negatives.jsonl"] = "\n".join(neg_l) + "\n"
    files["ambiguous.jsonl"] = "\n".join(amb_l) + "\n"
    files["README.md"], counts = readme(docs)
    return files, counts


def main():
    docs, keys = build()
    docs2, keys2 = build()
    files, counts = render(docs)
    assert render(docs2)[0] == files and keys == keys2, "non-deterministic output"
    check(docs, keys)
    for name, content in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    for n, d in enumerate(docs, 1):
        print(f"doc{n}.txt  {len(d[0].encode('utf-8')):5d} bytes  gold={len(d[1]):3d}  neg={len(d[2]):3d}  amb={len(d[3]):3d}")
    print("total gold", sum(counts.values()))
    for cls in CLASSES:
        print(f"  {cls:28s} {counts.get(cls, 0)}")
    print("OK: all assertions passed")


if __name__ == "__main__":
    main()
