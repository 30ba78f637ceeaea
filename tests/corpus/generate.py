#!/usr/bin/env python3
"""Generates the labelled detection corpus (tests/corpus/corpus.jsonl).

Each line: {"id": N, "kind": "clinical"|"legal"|"ops"|"negative",
            "text": "...", "labels": [{"class", "start", "end"}]}
with UTF-8 *byte* offsets. Identifiers are synthetic and checksum-valid
(the check-digit code here is written independently of the Rust validators,
so the corpus also cross-checks them). Hard negatives are mixed into the same
documents and into negative-only documents: values that fail their checksum,
order/lot/invoice numbers, lab values, dosages, vitals, version strings,
dates that are not about a person, generic uses of legal words.

The name pools deliberately include given names and surnames that are NOT in
the detector's lexicon (src/detect/data), so name recall measures context
handling, not list lookup.

Run:  python3 tests/corpus/generate.py  (deterministic: fixed seed)
"""
import base64
import json
import random
import string
import os

R = random.Random(20261121)

# ---------------------------------------------------------------- checksums

def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))

def card():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_check_digit(body)
    return num

def fmt_card(num):
    style = R.choice(["space", "dash", "plain"])
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(parts)
    if style == "dash":
        return "-".join(parts)
    return num

def bad_luhn(num):
    last = int(num[-1])
    return num[:-1] + str((last + R.randint(1, 9)) % 10)

def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_check_digit("80840" + body)

def dea(surname):
    first = R.choice("ABFGM")
    d = [R.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + surname[0].upper() + "".join(map(str, d)) + str(check)

def aba():
    while True:
        prefix = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31", "32"])
        body = prefix + digits(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(c) * w[i] for i, c in enumerate(body))
        check = (10 - s % 10) % 10
        return body + str(check)

IBAN_SPECS = {"GB": ("WEST", 14), "DE": ("", 18), "FR": ("", 23), "NL": ("ABNA", 10), "ES": ("", 20), "IT": ("X", 22)}

def iban():
    cc = R.choice(list(IBAN_SPECS))
    bank, ndig = IBAN_SPECS[cc]
    bban = bank + digits(ndig)
    rearranged = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearranged))
    check = 98 - num % 97
    return cc + "%02d" % check + bban

def fmt_iban(s):
    if R.random() < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

def vin():
    while True:
        chars = [R.choice(VIN_CHARS) for _ in range(17)]
        chars[0] = R.choice("12345JKLSW")
        for i in range(11, 17):
            chars[i] = R.choice(string.digits)
        s = sum(VIN_VAL[c] * VIN_W[i] for i, c in enumerate(chars))
        r = s % 11
        chars[8] = "X" if r == 10 else str(r)
        v = "".join(chars)
        if any(c.isalpha() for c in v):
            return v

def nhs():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        d[0] = R.randint(4, 9)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)

def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = string.digits
    AN = A + N
    spec = ["C", A, AN, N, A, AN, N, A, A, N, N]
    out = []
    for s in spec:
        out.append(R.choice("123456789") if s == "C" else R.choice(s))
    m = "".join(out)
    return m if R.random() < 0.5 else m[:4] + "-" + m[4:7] + "-" + m[7:]

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))

def bad_ssn():
    a = R.choice([0, 666]) if R.random() < 0.6 else R.randint(1, 899)
    g = 0 if a not in (0, 666) else R.randint(1, 99)
    return "%03d-%02d-%04d" % (a, g, R.randint(1, 9999))

def itin():
    return "9%02d-%02d-%04d" % (R.randint(0, 99), R.choice([50, 55, 63, 70, 75, 81, 88, 90, 92, 94, 99]), R.randint(1, 9999))

def phone():
    area = R.randint(201, 989)
    exch = R.randint(200, 999)
    line = R.randint(0, 9999)
    style = R.choice(["paren", "dash", "dot", "intl", "space"])
    if style == "paren":
        return "(%d) %d-%04d" % (area, exch, line)
    if style == "dash":
        return "%d-%d-%04d" % (area, exch, line)
    if style == "dot":
        return "%d.%d.%04d" % (area, exch, line)
    if style == "space":
        return "%d %d %04d" % (area, exch, line)
    return "+1 %d %d %04d" % (area, exch, line)

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk

def btc():
    hrp = "bc"
    data = [0] + [R.randint(0, 31) for _ in range(32)]
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data
    polymod = bech32_polymod(values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + checksum)

def eth():
    while True:
        h = "".join(R.choice("0123456789abcdef") for _ in range(40))
        if sum(c.isdigit() for c in h) >= 8 and any(c.isalpha() for c in h):
            return "0x" + h

def rand_alnum(n, alphabet=string.ascii_letters + string.digits):
    while True:
        s = "".join(R.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s

def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

def jwt():
    header = b64url({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
    payload = b64url({"sub": digits(8), "iat": 1700000000 + R.randint(0, 10**7)})
    sig = rand_alnum(43, string.ascii_letters + string.digits + "-_")
    return header + "." + payload + "." + sig

def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = "\n".join(rand_alnum(64, string.ascii_letters + string.digits + "+/") for _ in range(R.randint(2, 4)))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)

# ---------------------------------------------------------------- names

# Given names and surnames: some from common US lists, some deliberately rarer.
FIRST = ["Maria", "James", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "William", "Elizabeth",
         "Aisha", "Wei", "Priya", "Carlos", "Fatima", "Olumide", "Siobhan", "Dmitri", "Mei", "Tariq",
         "Harold", "Dorothy", "Eleanor", "Walter", "Gladys", "Ernest", "Beatrice", "Raymond", "Mildred", "Clarence",
         "Anjali", "Kwame", "Ingrid", "Mateo", "Yusuf", "Keiko", "Rosalind", "Thaddeus", "Imogen", "Lorcan",
         "Zofia", "Bartholomew", "Esperanza", "Ngozi", "Hiroshi", "Svetlana", "Declan", "Marisol", "Ottilie", "Fenwick"]
LAST = ["Gonzalez", "Smith", "Nguyen", "Patel", "Johnson", "O'Brien", "Whitaker", "Chen", "Okafor", "Kowalski",
        "Rodriguez", "Thompson", "Haddad", "Yamamoto", "Fitzgerald", "Brennan", "Moreau", "Lindqvist", "Abernathy", "Castellanos",
        "Huang", "Sullivan", "Ramirez", "Mensah", "Delacroix", "Vasquez", "Harrington", "Achebe", "Novak", "Pemberton",
        "Quiroga", "Tremblay", "Okwuosa", "Szymanski", "Van Buren", "Oyelaran", "Ferreira", "Kaczmarek", "Albright", "Winterbottom"]

def person():
    return R.choice(FIRST) + " " + R.choice(LAST)

# ---------------------------------------------------------------- document builder

class Doc:
    def __init__(self, kind):
        self.kind = kind
        self.parts = []  # (text, class or None)

    def t(self, s):
        self.parts.append((s, None))
        return self

    def v(self, s, cls):
        self.parts.append((s, cls))
        return self

    def render(self, did):
        text = ""
        labels = []
        for s, cls in self.parts:
            if cls:
                start = len(text.encode())
                end = start + len(s.encode())
                labels.append({"class": cls, "start": start, "end": end})
            text += s
        return {"id": did, "kind": self.kind, "text": text, "labels": labels}

def date_person():
    y, m, d = R.randint(1925, 2024), R.randint(1, 12), R.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    style = R.choice(["us", "iso", "long", "dmy_long", "short_us"])
    if style == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "long":
        return "%s %d, %d" % (months[m - 1], d, y)
    if style == "dmy_long":
        return "%d %s %d" % (d, months[m - 1], y)
    return "%d/%d/%02d" % (m, d, y % 100)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def street():
    names = ["Elm", "Maple", "Oak", "Washington", "Lincoln", "Cedar", "Park", "Highland", "Harbor View", "Chestnut", "Beacon", "Commonwealth"]
    sfx = ["Street", "St.", "Avenue", "Ave", "Road", "Rd", "Drive", "Lane", "Boulevard", "Court", "Way", "Place"]
    s = "%d %s%s %s" % (R.randint(2, 9899), R.choice(["", "", "N ", "West "]), R.choice(names), R.choice(sfx))
    if R.random() < 0.3:
        s += R.choice([", Apt 4B", " Suite 210", ", Unit 7"])
    return s

CITIES = [("Boston", "MA"), ("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"), ("Tampa", "FL")]

def zipc():
    return "%05d" % R.randint(1001, 99950) + ("" if R.random() < 0.8 else "-%04d" % R.randint(1, 9999))

ICD = ["E11.9", "I10", "J45.909", "N18.3", "F32.1", "M54.5", "K21.9", "E78.5", "Z79.4", "I25.10", "C50.911", "S72.001A", "G20", "R07.9", "J44.1"]

# ---------------------------------------------------------------- templates

def clinical():
    d = Doc("clinical")
    name = person()
    age_old = R.random() < 0.25
    d.t(R.choice(["Summarize this note: ", "Draft a discharge letter for ", "Please rewrite for the patient portal: ", ""]))
    d.t("Patient ").v(name, "pii.person_name").t(", ")
    if age_old:
        age = str(R.randint(90, 104))
        form = R.choice(["-year-old", " years old", " yo", " y/o"])
        d.t("a ").v(age, "pii.age_over_89").t(form + R.choice([" woman", " man", " female", " male"]) + ", ")
    else:
        d.t("a %d-year-old %s, " % (R.randint(19, 88), R.choice(["woman", "man"])))
    d.t("DOB ").v(date_person(), "pii.date").t(", MRN ").v(R.choice(["", "", "A", "MR"]) + digits(R.randint(6, 9)), "phi.mrn").t(". ")
    d.t(R.choice(["Presented with chest pain; troponin 0.04 ng/mL, BP 142/88, HR 92. ",
                  "Glucose 182 mg/dL, A1c 8.1%, creatinine 1.4. ",
                  "Started metformin 500 mg BID and lisinopril 10 mg daily. ",
                  "WBC 11.2, Hgb 9.8, platelets 250000; INR 1.1. "]))
    if R.random() < 0.7:
        d.t("Dx: ").v(R.choice(ICD), "phi.icd10")
        if R.random() < 0.5:
            d.t(", ").v(R.choice(ICD), "phi.icd10")
        d.t(". ")
    if R.random() < 0.5:
        d.t("Seen by Dr. ").v(R.choice(LAST), "pii.person_name").t(" (NPI ").v(npi(), "phi.npi").t("). ")
    if R.random() < 0.3:
        d.t("Prescriber DEA ").v(dea(R.choice(LAST)), "phi.dea").t(". ")
    if R.random() < 0.4:
        d.t("Admitted on ").v(date_person(), "pii.date").t(R.choice([" to the cardiology ward. ", " for observation. "]))
    if R.random() < 0.4:
        city, st = R.choice(CITIES)
        # The city is part of the address (a Safe Harbor identifier); the state is not.
        d.t("Home address: ").v(street() + ", " + city, "pii.street_address").t(", %s " % st).v(zipc(), "pii.zip_code").t(". ")
    if R.random() < 0.4:
        d.t(R.choice(["Contact daughter at ", "Call back number ", "Cell: "])).v(phone(), "pii.phone").t(". ")
    if R.random() < 0.3:
        d.t("Medicare MBI ").v(mbi(), "phi.mbi").t(". ")
    if R.random() < 0.3:
        d.t(R.choice(["Member ID: ", "Insurance policy number "])).v(R.choice(["XJH", "W", "BCB"]) + digits(R.randint(7, 10)), "phi.health_plan_id").t(". ")
    if R.random() < 0.2:
        d.t("Email: ").v(name.split()[0].lower().replace("'", "") + "." + R.choice(["r", "k", "m"]) + "@" + R.choice(["gmail.com", "outlook.com", "mercyhealth.org"]), "pii.email").t(". ")
    if R.random() < 0.15:
        d.t("SSN ").v(ssn(), "pii.ssn").t(" on file. ")
    if R.random() < 0.1:
        d.t("NHS number ").v(" ".join([x for x in (lambda n: [n[:3], n[3:6], n[6:]])(nhs())]), "id.uk_nhs").t(". ")
    if R.random() < 0.2:
        d.t("Results portal: ").v("https://portal.%s.org/results/%s" % (R.choice(["mercyhealth", "stlukes", "northside"]), digits(6)), "pii.url").t(" ")
    # hard negatives
    d.t(R.choice(["Lot 4417823 of the vaccine was used. ", "Order #88213094 sent to pharmacy. ", "Follow up in 90 days. ",
                  "Take 2 tablets every 6 hours, max 4000 mg/day. ", "Guideline published 2019-03-01 recommends annual screening. ",
                  "Temp 98.6 F, SpO2 97%, RR 18. ", "Vitamin B12 1000 mcg daily. ", "Room 4112, bed 2. "]))
    return d

def legal():
    d = Doc("legal")
    client = person()
    if R.random() < 0.5:
        marker = R.choice(["PRIVILEGED & CONFIDENTIAL", "ATTORNEY-CLIENT PRIVILEGED", "Attorney Work Product", "Privileged and Confidential", "ATTORNEY WORK PRODUCT"])
        d.v(marker, "legal.privilege_marker").t("\n")
    d.t(R.choice(["Summarize the deposition of ", "Draft a demand letter on behalf of our client ", "Review the intake notes for ", "Client "]))
    d.v(client, "pii.person_name").t(". ")
    if R.random() < 0.5:
        d.t("Opposing counsel is ")
        hon = R.choice(["Mr. ", "Ms. ", "Mrs. "])
        d.t(hon).v(R.choice(LAST), "pii.person_name").t(" of Harlow & Finch LLP. ")
    if R.random() < 0.5:
        d.t("The incident occurred on ").v(date_person(), "pii.date").t(" at ").v(street(), "pii.street_address").t(". ")
    if R.random() < 0.35:
        d.t("Settlement to be wired to account number ").v(digits(R.randint(8, 12)), "fin.bank_account").t(", routing number ").v(aba(), "fin.aba_routing").t(". ")
    if R.random() < 0.25:
        d.t("International transfer IBAN ").v(fmt_iban(iban()), "fin.iban").t(". ")
    if R.random() < 0.3:
        d.t("Client's driver's license ").v(R.choice(["D", "S", "B"]) + digits(R.randint(7, 8)), "pii.us_driver_license").t(" and passport number ").v(digits(9), "pii.us_passport").t(" were copied. ")
    if R.random() < 0.3:
        d.t("Vehicle VIN ").v(vin(), "id.vin").t(" was impounded. ")
    if R.random() < 0.25:
        d.t("Retainer paid by card ").v(fmt_card(card()), "fin.credit_card").t(". ")
    if R.random() < 0.2:
        d.t("Her ITIN is ").v(itin(), "pii.itin").t(". ")
    if R.random() < 0.3:
        d.t(R.choice(["Reach her at ", "Phone: "])).v(phone(), "pii.phone").t(" or ").v(client.split()[1].lower().replace("'", "").replace(" ", "") + "@" + R.choice(["yahoo.com", "protonmail.com", "firm-mail.net"]), "pii.email").t(". ")
    if R.random() < 0.2:
        d.t("Witness ").v(person(), "pii.person_name").t(" was " + str(R.randint(90, 99)) + " days late filing. ")
    if R.random() < 0.15:
        d.t("The ransom was paid to wallet ").v(R.choice([btc(), eth()]), "fin.crypto_wallet").t(". ")
    d.t(R.choice(["Matter M-204551 is billed to invoice 20240117. ", "See Fed. R. Civ. P. 26(b)(3) on the work product doctrine. ",
                  "The statute was amended on January 1, 2020. ", "Explain the attorney-client privilege to a new associate. ",
                  "Case No. 2:21-cv-04417 is pending in the Supreme Court of New York. ", "Exhibit 14, page 203, paragraph 7. "]))
    return d

def ops():
    d = Doc("ops")
    d.t(R.choice(["Why does this config fail? ", "Debug this log: ", "Review this script: "]))
    for _ in range(R.randint(1, 2)):
        ops_secret(d)
    if R.random() < 0.5:
        d.t("The EHR server at ").v("10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "pii.ip_address").t(" rejects the request")
        if R.random() < 0.4:
            d.t(" from ").v(R.choice(["2001:db8:%x::%x" % (R.randint(1, 65535), R.randint(1, 65535)), "fe80::%x:%x:%x:%x" % tuple(R.randint(1, 65535) for _ in range(4))]), "pii.ip_address")
        d.t(". ")
    if R.random() < 0.3:
        mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
        d.t("Device MAC ").v(mac, "pii.mac_address").t(" is the infusion pump. ")
    # hard negatives
    d.t(R.choice(["We run version 4.2.1.7 of the agent, build 20231104. ", "Use sk-learn 1.3.2 and numpy 1.26.4. ",
                  "The token count was 4096 and the timeout 30 s. ", "Set password: changeme in dev only. ",
                  "Firmware v10.2.0.44 was released on 2023-08-14. ", "Commit 3f9a2c1 fixed ticket 4471. "]))
    return d

def ops_secret(d):
    r = R.random()
    if r < 0.15:
        d.t("aws_access_key_id = ").v(R.choice(["AKIA", "ASIA"]) + "".join(R.choice(string.ascii_uppercase + "234567") for _ in range(15)) + R.choice("234567"), "secret.aws_access_key").t("\n")
    elif r < 0.28:
        d.t("export GITHUB_TOKEN=").v("ghp_" + rand_alnum(36), "secret.github_token").t("\n")
    elif r < 0.41:
        d.t("OPENAI_API_KEY=").v("sk-proj-" + rand_alnum(48, string.ascii_letters + string.digits + "_-"), "secret.openai_api_key").t("\n")
    elif r < 0.54:
        d.t("client = Anthropic(api_key=\"").v("sk-ant-api03-" + rand_alnum(86, string.ascii_letters + string.digits + "_-") + "AA", "secret.anthropic_api_key").t("\")\n")
    elif r < 0.64:
        d.t("SLACK_BOT_TOKEN=").v("xoxb-" + digits(12) + "-" + digits(13) + "-" + rand_alnum(24), "secret.slack_token").t("\n")
    elif r < 0.74:
        d.t("key file:\n").v(pem(), "secret.private_key").t("\n")
    elif r < 0.86:
        d.t("Authorization: Bearer ").v(jwt(), "secret.jwt").t("\n")
    else:
        d.t(R.choice(["api_key: ", "client_secret=", "password: "])).v(rand_alnum(R.randint(20, 40), string.ascii_letters + string.digits + "_-"), "secret.generic_api_key").t("\n")

def negative():
    d = Doc("negative")
    choices = [
        lambda: d.t("Card ending %s was declined; the number %s failed validation. " % (digits(4), fmt_card(bad_luhn(card())))),
        lambda: d.t("The SSN field contained %s, which is not a valid number. " % bad_ssn()),
        lambda: d.t("NPI %s failed the check digit. " % (lambda n: n[:-1] + str((int(n[-1]) + 3) % 10))(npi())),
        lambda: d.t("Routing number %s is invalid. " % (lambda a: a[:-1] + str((int(a[-1]) + 4) % 10))(aba())),
        lambda: d.t("Order %s shipped; tracking %s. " % (digits(10), digits(12))),
        lambda: d.t("Potassium 4.1 mmol/L, sodium 138, glucose 104 mg/dL, LDL 130. "),
        lambda: d.t("Give amoxicillin 875 mg PO q12h for 10 days; dose 1-2-1. "),
        lambda: d.t("BP 128/82, HR 96, weight 92 kg, height 170 cm. "),
        lambda: d.t("Upgrade from v2.14.3 to 3.0.1; Python 3.11.4 required. "),
        lambda: d.t("The FDA approved the drug on June 3, 2014, and the label was revised 2021-11-09. "),
        lambda: d.t("Version 10.0.19045.3570 of Windows was released in 2023. "),
        lambda: d.t("The ACC/AHA guideline published in May 2019 changed thresholds. "),
        lambda: d.t("Mercy General Hospital and Johns Hopkins Medicine share a Blue Cross plan. "),
        lambda: d.t("Type 2 Diabetes Mellitus management in the Emergency Department. "),
        lambda: d.t("The Supreme Court of the United States ruled in Marbury v. Madison. "),
        lambda: d.t("Explain the attorney-client privilege and the work product doctrine. "),
        lambda: d.t("Invoice 20240117 for lot 88213094 totals $4,512.50. "),
        lambda: d.t("Take vitamin B12 and vitamin D3 daily; route I95 closed. "),
        lambda: d.t("Ask the patient to call the front desk. "),
        lambda: d.t("Reference ID 4471-2209-11, catalog number 88-1123-4. "),
        lambda: d.t("VIN %s failed its check digit. " % (lambda v: v[:8] + ("0" if v[8] != "0" else "1") + v[9:])(vin())),
        lambda: d.t("IBAN %s has a bad checksum. " % (lambda s: s[:2] + "%02d" % ((int(s[2:4]) + 1) % 100) + s[4:])(iban())),
        lambda: d.t("The meeting is at 10:30 in room 214; dial extension 4417. "),
        lambda: d.t("Dosage: 0.5 mg/kg, max 40 mg; titrate over 90 minutes. "),
        lambda: d.t("Patients over 90 days post-op were excluded (n=125). "),
        lambda: d.t("Population of ZIP-level data: 2,114 sites across 5 states. "),
        lambda: d.t("Results: sensitivity 0.92, specificity 0.88, AUC 0.91. "),
        lambda: d.t("Naïve Bayes scored 97.5% — café results, façade effect. "),
    ]
    for _ in range(R.randint(2, 4)):
        R.choice(choices)()
    return d

def hard():
    """Phrasings and formats the templates above do not use: shorthand,
    punctuation-heavy labels, names after commas and roles, mixed notes."""
    d = Doc("hard")
    r = R.random()
    name = person()
    if r < 0.2:
        d.t("Pt. ").v(name, "pii.person_name").t(" is a ")
        d.v(str(R.randint(90, 101)), "pii.age_over_89").t(R.choice([" y.o. female", " year old male", "-yo F"]))
        d.t(" admitted ").v(date_person(), "pii.date").t(" w/ CHF exacerbation; BNP 1840, EF 25%. MRN#: ").v("%08d" % R.randint(10**5, 10**8), "phi.mrn").t(".\n")
        d.t("ICD-10 codes: ").v(R.choice(ICD), "phi.icd10").t(", ").v(R.choice(ICD), "phi.icd10").t("; furosemide 40 mg IV BID.\n")
    elif r < 0.4:
        d.t("Her husband, ").v(person(), "pii.person_name").t(", is the health care proxy; reach him on ").v(phone(), "pii.phone").t(".\n")
        d.t("cc: Dr. ").v(R.choice(FIRST) + " " + R.choice(LAST), "pii.person_name").t(", PCP. Mailing address: ")
        box = "PO Box %d" % R.randint(10, 99999)
        city, st = R.choice(CITIES)
        d.v(box + ", " + city, "pii.street_address").t(", %s " % st).v(zipc(), "pii.zip_code").t(".\n")
    elif r < 0.6:
        d.t("Deponent ").v(person(), "pii.person_name").t(" testified that on the ")
        day = R.randint(1, 28)
        suffix = "th" if 4 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        d.v("%d%s of %s, %d" % (day, suffix, R.choice(MONTHS), R.randint(1990, 2023)), "pii.date").t(" she was injured at ").v(street(), "pii.street_address").t(".\n")
        d.t("Wire fees to acct. ").v(digits(R.randint(9, 12)), "fin.bank_account").t(", routing/ABA ").v(aba(), "fin.aba_routing").t(".\n")
    elif r < 0.8:
        d.t("From: ").v(person(), "pii.person_name").t(" <").v("%s.%s@%s" % (R.choice(FIRST).lower(), R.choice(LAST).lower().replace("'", "").replace(" ", ""), R.choice(["lawfirm.com", "hospital.org"])), "pii.email").t(">\n")
        d.t("Re: claim for our client, Ms. ").v(R.choice(LAST), "pii.person_name").t(" (DOB ").v(date_person(), "pii.date").t(", SSN ").v(ssn(), "pii.ssn").t(")\n")
        d.t("Card on file: ").v(fmt_card(card()), "fin.credit_card").t(", Medicare ID ").v(mbi(), "phi.mbi").t(".\n")
    else:
        d.t("Access log: user ").v(name.split()[0].lower() + "_" + name.split()[1].lower().replace("'", "").replace(" ", "") + "@example-health.org", "pii.email")
        d.t(" from ").v("192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "pii.ip_address").t(" at 10:42:07 opened chart ").v(digits(7), "phi.mrn").t(".\n")
        d.t("Token: ").v("eyJhbGciOiJSUzI1NiJ9." + b64url({"sub": digits(6)}) + "." + rand_alnum(40, string.ascii_letters + string.digits + "-_"), "secret.jwt").t("\n")
    d.t(R.choice(["Call 911 if symptoms worsen. ", "ISBN 978-0-306-40615-7 is cited. ", "See 42 U.S.C. § 1983 and Section 1981. ",
                  "Apple released iOS 17.2.1 on December 11, 2023. ", "The trial enrolled 1,245 patients between 2019 and 2021. ",
                  "Ref: 2023-11-15-004. ", "Use port 8080; retry after 30 s. ", "Mayo Clinic and St. Jude Children's Research Hospital agreed. ",
                  "Sample ID 20231104-A7 was hemolyzed. ", "Dose: 92 mg/m2 on day 1. "]))
    return d

def handwritten(path, first_id):
    """Compiles hand-written prompts with {{class|value}} markup into labelled docs."""
    import re
    out = []
    mark = re.compile(r"\{\{([a-z0-9_.]+)\|(.*?)\}\}", re.S)
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    for i, line in enumerate(lines):
        line = line.replace("\\n", "\n")
        d = Doc("handwritten")
        pos = 0
        for m in mark.finditer(line):
            d.t(line[pos:m.start()])
            if m.group(2):
                d.v(m.group(2), m.group(1))
            pos = m.end()
        d.t(line[pos:])
        out.append(d.render(first_id + i))
    return out

def main():
    docs = []
    for i in range(1000):
        r = R.random()
        if r < 0.38:
            doc = clinical()
        elif r < 0.66:
            doc = legal()
        elif r < 0.80:
            doc = ops()
        elif r < 0.90:
            doc = hard()
        else:
            doc = negative()
        docs.append(doc.render(i))
    here = os.path.dirname(os.path.abspath(__file__))
    docs.extend(handwritten(os.path.join(here, "handwritten.txt"), len(docs)))
    with open(os.path.join(here, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    counts = {}
    for d in docs:
        for l in d["labels"]:
            counts[l["class"]] = counts.get(l["class"], 0) + 1
    for k in sorted(counts):
        print("%-28s %d" % (k, counts[k]))

if __name__ == "__main__":
    main()
