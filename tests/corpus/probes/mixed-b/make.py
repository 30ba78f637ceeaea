#!/usr/bin/env python3
"""Generate probe documents + gold labels for a PII/PHI/secret detector.

Standard library only. Deterministic (fixed seed). Run:  python3 make.py
Writes doc1.txt..doc10.txt, gold.jsonl, negatives.jsonl, ambiguous.jsonl
in the directory containing this script.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20250318)
DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits

CLASSES = set("""pii.person_name pii.ssn pii.email pii.phone pii.street_address pii.zip_code
pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10
fin.credit_card fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin id.uk_nhs
secret.aws_access_key secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split())


def rd(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rs(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


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


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(prefix, length):
    return luhn_complete(prefix + rd(length - len(prefix) - 1))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def npi():
    first9 = R.choice("12") + rd(8)
    full = luhn_complete("80840" + first9)
    return full[5:]


def npi_ok(n):
    return len(n) == 10 and luhn_ok("80840" + n)


def dea(registrant, surname_initial):
    d = [int(c) for c in rd(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return registrant + surname_initial + "".join(map(str, d)) + str(chk)


def dea_ok(s):
    d = [int(c) for c in s[2:]]
    return len(d) == 7 and ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba(prefix):
    d = [int(c) for c in prefix + rd(8 - len(prefix))]
    part = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-part) % 10)
    return "".join(map(str, d))


def aba_ok(s):
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    out = f"{cc}{chk:02d}{bban}"
    assert len(out) == IBAN_LEN[cc]
    return out


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN[s[:2]] and iban_num(s[4:] + s[:4]) % 97 == 1


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_val(c):
    return int(c) if c.isdigit() else VIN_T[c]


def vin_check(v):
    s = sum(vin_val(c) * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def vin(wmi_vds, year_plant):
    # wmi_vds: 8 chars (pos 1-8); year_plant: 2 chars (pos 10-11); + 6-digit serial
    v = wmi_vds + "0" + year_plant + rd(6)
    return v[:8] + vin_check(v) + v[9:]


def vin_ok(v):
    return len(v) == 17 and not set(v) & set("IOQ") and v[8] == vin_check(v)


def nhs():
    while True:
        d = [int(c) for c in rd(9)]
        if d[0] == 0:
            continue
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return group(s, [3, 3, 4])


def nhs_ok(s):
    d = [int(c) for c in s.replace(" ", "")]
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    return (0 if c == 11 else c) == d[9]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{R.randint(1, 99):02d}", f"{R.randint(1, 9999):04d}"


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"  # letters excluding S L O I B Z
MBI_AN = MBI_A + DIG


def mbi():
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    pool = {"C": "123456789", "A": MBI_A, "AN": MBI_AN, "N": DIG}
    return "".join(R.choice(pool[p]) for p in pat)


def mbi_ok(s):
    s = s.replace("-", "")
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    pool = {"C": "123456789", "A": MBI_A, "AN": MBI_AN, "N": DIG}
    return len(s) == 11 and all(c in pool[p] for c, p in zip(s, pat))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    header = {"alg": "HS256", "typ": "JWT", "kid": "ie-2025-02"}
    payload = {"iss": "https://auth.sandbox-ehr.example.org", "sub": "svc-interface-engine",
               "aud": "fhir-r4", "scope": "system/Patient.read", "iat": 1741011727, "exp": 1741015327}
    si = b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(32), si.encode(), hashlib.sha256).digest()
    return si + "." + b64u(sig)


def pem_ec():
    body = base64.b64encode(rbytes(121)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


# ---------------------------------------------------------------- doc helper
class Doc:
    def __init__(self, name):
        self.name = name
        self.gold, self.neg, self.amb = [], [], []
        self.text = ""

    def G(self, cls, text):
        assert cls in CLASSES, cls
        if (cls, text) not in self.gold:
            self.gold.append((cls, text))
        return text

    def N(self, text, why):
        if (text, why) not in self.neg:
            self.neg.append((text, why))
        return text

    def A(self, text, why):
        if (text, why) not in self.amb:
            self.amb.append((text, why))
        return text


DOCS = []


def mk(name):
    d = Doc(name)
    DOCS.append(d)
    return d


# ================================================================ doc1
def doc1():
    d = mk("doc1.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    d.text = f"""CEDAR HOLLOW HOSPICE & PALLIATIVE CARE
RN Case Manager Visit Note -- routine SN visit

Patient: {G(P, 'OKONKWO-BELL, RUTH A.')}      MRN: {G('phi.mrn', 'CH' + rd(7))}
DOB: {G('pii.date', '02/11/1931')}   Age: {G('pii.age_over_89', '94')}   Sex: F
Medicare MBI: {G('phi.mbi', mbi())}   Benefit period 3, day 41
Terminal dx: {G('phi.icd10', 'G30.1')} Alzheimer's disease, late onset; comorbid {G('phi.icd10', 'I50.22')} chronic systolic HF
Hospice MD: Dr. {G(P, 'Malik Farouqi')}   NPI {G('phi.npi', npi())}   DEA {G('phi.dea', dea('B', 'F'))}
Visit date: {G('pii.date', '03/18/2025')}   Time in 1005 / out 1110
Location: pt home, {G('pii.street_address', '2731 Wyoming St, Apt 3B')}, Dayton OH {G('pii.zip_code', '45410-1738')}
Primary CG: daughter {G(P, 'Denise Okonkwo-Bell')}, cell {G('pii.phone', '937-555-0146')}

S: Per {G(P, 'Denise')}, pt slept most of past 48h, ate ~3 spoonfuls applesauce yesterday, refusing fluids since Sunday. "Mama keeps reaching for somebody who isn't there." {G(P, 'Ruth')} moaned w/ repositioning, no verbal response to name.
O: BP {N('98/56', 'blood pressure reading, not a date')}, HR 104 irreg, RR 24 w/ 10-15 sec apneic periods, SpO2 88% RA, T 99.1 ax. Mottling bilat knees & feet, cool extremities. PPS 20%, FAST 7f. PAINAD {N('4/10', 'pain score, not a date')} w/ turning, 1/10 after PRN. Sacral stage 2 unchanged 2 x 1.5 cm, foam dsg changed.
A: {G('pii.age_over_89', '94')} y/o F w/ advanced dementia, s/s of active dying. Family aware and at bedside.
P:
- Morphine sulfate oral soln {N('20 mg/mL', 'drug concentration')}: increase to 0.25 mL (5 mg) SL q2h PRN dyspnea/pain per Dr. {G(P, 'Farouqi')} verbal order 1040.
- Glycopyrrolate 0.2 mg SC q4h PRN secretions; lorazepam 0.5 mg SL q4h PRN agitation.
- Comfort kit verified, 3 of 6 items remain. Disposal log per {N('Policy CH-PH-07', 'internal policy number')}.
- Chaplain Rev. {G(P, 'Tobias Achterberg')} to visit today; SW {G(P, 'Ngozi')} to f/u re: funeral home choice.
- Continuous care eval if symptoms uncontrolled; {G(P, 'Denise')} educated on s/s and 24h line.
- Next RN visit Thu {G('pii.date', '3/20')} or sooner PRN.

{G(P, 'Teresa Quiñones')}, RN, CHPN   e-signed {G('pii.date', '03/18/2025')} 11:42
"""


# ================================================================ doc2
def doc2():
    d = mk("doc2.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    a, g, n = ssn()
    rt = aba("071")
    btc = b58check(bytes([0]) + rbytes(20))
    d.text = f"""{G('legal.privilege_marker', 'PRIVILEGED & CONFIDENTIAL')}
{G('legal.privilege_marker', 'ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT')}

MEMORANDUM - NEW CLIENT INTAKE
To: {G(P, 'Priya Raghunathan')} (supervising atty)
From: {G(P, "Kevin O'Sullivan")}, paralegal
Date: {G('pii.date', 'January 9, 2025')}
Re: {G(P, 'Vega-Lindqvist, Marisol')} - dissolution / allocation of parental responsibilities

1. CLIENT
{G(P, 'Marisol Vega-Lindqvist')} ("{G(P, 'Mimi')}"), DOB {G('pii.date', '7/23/1986')}, SSN {G('pii.ssn', f'{a}-{g}-{n}')}, IL DL {G('pii.us_driver_license', 'V' + group(rd(11), [3, 4, 4], '-'))}
Home: {G('pii.street_address', '918 Hinman Ave, Unit 12')}, Evanston, IL {G('pii.zip_code', '60202-1443')} (marital residence, titled jointly)
Cell {G('pii.phone', '(847) 555-0193')} - ok to text, do NOT leave voicemail (Erik checks the shared iPad). Personal email only: {G('pii.email', 'mvegalindqvist86@gmail.com')}
{N('Age 38', 'age under 90')}, part-time dental hygienist.

2. OPPOSING PARTY
{G(P, 'LINDQVIST, Erik Johan')}, DOB {G('pii.date', '11/02/1983')}, software architect (remote). Moved out ~{G('pii.date', '10/2024')} to {G('pii.street_address', '1550 N State Pkwy, Apt 2207')}, Chicago {G('pii.zip_code', '60610')}. Phone per client {G('pii.phone', '+1 312 555 0119')}. Instagram {G('pii.url', 'https://www.instagram.com/erik.lindqvist.83/')} (posts show new partner).
Married {G('pii.date', 'June 14, 2009')} in Goteborg, Sweden; no prenup.

3. CHILDREN
- {G(P, 'Sofia Elin Lindqvist')}, DOB {G('pii.date', '03/05/2012')} ({N('age 12', 'age under 90')})
- {G(P, 'Mateo Lindqvist')}, born {G('pii.date', '2015-08-19')}; IEP for dyslexia
US passports ({G(P, 'Sofia')} {G('pii.us_passport', R.choice('56') + rd(8))}, {G(P, 'Mateo')} {G('pii.us_passport', 'A' + rd(8))}) are held by {G(P, 'Erik')}. Client fears he will take kids to Sweden over spring break; consider relief under {N('750 ILCS 5/603.10', 'statute citation')}.

4. ASSETS (from statements client brought in)
- Joint checking, Lakefront Savings Bank, routing {G('fin.aba_routing', rt)}, acct {G('fin.bank_account', rd(12))}
- {G(P, 'Mimi')}'s pre-marital savings, same bank, acct {G('fin.bank_account', rd(10))} (tracing needed)
- {G(P, 'Erik')}'s UK account from secondment: IBAN {G('fin.iban', iban('GB', 'BARC' + '20' + rd(4) + rd(8)))}
- Joint Amex {G('fin.credit_card', group(card('37', 15), [4, 6, 5]))}, balance {N('$14,212.60', 'money amount')}
- Crypto: client photographed BTC address {G('fin.crypto_wallet', btc)} and ETH {G('fin.crypto_wallet', '0x' + rs('0123456789abcdef', 40))} on his desk
- 2019 Honda Pilot VIN {G('id.vin', vin('5FNYF6H5', 'KB'))} (client drives)
- 2022 Tesla Model 3 VIN {G('id.vin', vin('5YJ3E1EB', 'NF'))} ({G(P, 'Erik')})

Next: conflict check vs. {A('Halvorsen Logistics', 'employer/company name containing a surname')}; send engagement letter; {G(P, 'KO')} to calendar 30-day response deadline.
"""
    # "Erik" inside the parenthetical in section 1 is also gold (same text)
    d.G(P, 'Erik')


# ================================================================ doc3
def doc3():
    d = mk("doc3.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    hp = G('phi.health_plan_id', rd(11))
    biz = A('(708) 555-0134', 'dental office business phone (provider, not the patient)')
    d.text = f"""Messages - Brightwater Family Dental {biz}

Mon, {A('Apr 7', 'SMS thread timestamp (message date, not an appointment)')}  9:02 AM
Brightwater Family Dental: Hi {G(P, 'Thanh')}! Reminder that {G(P, 'Tien')} has a cleaning w/ Dr. {G(P, 'Abernathy-Cole')} on Tue {G('pii.date', '4/8')} at 3:40 PM. Reply C to confirm or R to reschedule. Txt STOP to opt out.

9:15 AM
R. can we do later in the week? he has soccer til 4:30

9:21 AM
Brightwater Family Dental: No problem! Openings: Thu {G('pii.date', 'Apr 10')} 4:45 PM (Dr. {G(P, 'Abernathy-Cole')}) or Mon {G('pii.date', '4/14')} 8:00 AM (Dr. {G(P, 'Sato')}). Which works?

9:40 AM
thu pls. also we switched insurance in jan its delta dental now member id {hp} grp {A('0447120', 'dental group number: plan-level, shared by many members')}

9:44 AM
Brightwater Family Dental: Got it, you're set for Thu {G('pii.date', 'Apr 10')} 4:45 PM. Prior balance $48.00 - pay here: {G('pii.url', 'https://pay.brightwaterdental.com/s/' + rs(ALNUM, 22))}

9:52 AM
link wont open on my phone lol. just put it on the card {G('fin.credit_card', group(card('4', 16), [4, 4, 4, 4]))} exp {A('08/27', 'card expiry date')}

9:55 AM
Brightwater Family Dental: For your security please don't text card numbers! We'll call you at {G('pii.phone', '708-555-0161')} to take payment.

----------------------------------------------------------------
BRIGHTWATER FAMILY DENTAL, LLC
{A('1120 Madison St, Suite 204', 'dental office (provider) address')}, Oak Park, IL {A('60302', 'ZIP of the dental office (provider)')}
STATEMENT   Date: {G('pii.date', '04/22/2025')}   Acct no. {A('BFD-0318842', 'practice-management account number; no matching class')}

Responsible party:           Patient:
{G(P, 'Thanh Nguyen')}                 {G(P, 'Tien Nguyen')} (DOB {G('pii.date', '09/30/2013')})
{G('pii.street_address', '745 S Humphrey Ave, Apt 2R')}
Oak Park, IL {G('pii.zip_code', '60304-1519')}

Provider: {G(P, 'Lauren Abernathy-Cole')}, DDS   NPI {G('phi.npi', npi())}
Primary ins: Delta Dental of IL   Subscriber ID {hp}

DOS         Code   Description                     Fee    Ins    Pt
{G('pii.date', '04/10/2025')}  {N('D0120', 'CDT dental procedure code, not ICD-10')}  Periodic oral evaluation      62.00  62.00   0.00
{G('pii.date', '04/10/2025')}  {N('D1120', 'CDT dental procedure code, not ICD-10')}  Prophylaxis - child           78.00  78.00   0.00
{G('pii.date', '04/10/2025')}  {N('D1206', 'CDT dental procedure code, not ICD-10')}  Topical fluoride varnish      41.00  32.80   8.20
{G('pii.date', '04/10/2025')}  {N('D0272', 'CDT dental procedure code, not ICD-10')}  Bitewings, two images         58.00  46.40  11.60
                   Previous balance                                    48.00
                   Payment received - thank you                       -48.00
AMOUNT DUE: {N('$19.80', 'money amount')}    Please pay by {A('05/15/2025', 'billing due date; arguably not a date about the person')}
"""


# ================================================================ doc4
def doc4():
    d = mk("doc4.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    d.text = f"""NORTHSHORE REGIONAL MEDICAL CENTER
Employee Health & Occupational Medicine
{A('CONFIDENTIAL - EMPLOYEE MEDICAL INFORMATION', 'confidentiality banner, not an attorney-client privilege marker')}

{G('pii.date', 'May 2, 2025')}

{G(P, 'Sandra K. Whitfield')}
Director, HR Business Partners

RE: Fitness-for-Duty Determination
Employee: {G(P, 'Adebayo, Oluwaseun T.')}   Employee ID: {A('0087421', 'employee ID; no matching class')}
Position: RN II, Cardiac Step-Down (4 West)
Date of evaluation: {G('pii.date', '04/29/2025')}

Dear Ms. {G(P, 'Whitfield')}:

Mr. {G(P, 'Adebayo')}, a {N('46-year-old', 'age under 90')} registered nurse, was referred under {N('Policy HR-207', 'internal policy number')} (Fitness for Duty) after an at-work injury on {G('pii.date', '03/31/2025')} while repositioning a patient. I evaluated him on {G('pii.date', 'April 29, 2025')} and reviewed records from his treating physician, Dr. {G(P, 'Gabriel Montoya-Reyes')}, and prior occupational health records from Leeds Teaching Hospitals NHS Trust (NHS No. {G('id.uk_nhs', nhs())}), where he worked before relocating in {N('2022', 'year only')}.

Relevant diagnoses (disclosed with the employee's signed authorization of {G('pii.date', '4/29/25')}): {G('phi.icd10', 'M54.16')} lumbar radiculopathy; {G('phi.icd10', 'G47.33')} obstructive sleep apnea, CPAP-compliant.

DETERMINATION: Fit for duty with temporary restrictions, {G('pii.date', '05/05/2025')} through {G('pii.date', '06/13/2025')}:
 - No lifting, pushing or pulling > {N('25 lb', 'weight limit')} without assist device or second staff member
 - Shifts limited to 8 hours; max 3 consecutive shifts
 - Not to be assigned to float pool during restriction period

Diagnoses above must not be placed in the personnel file. Re-evaluation is scheduled for {G('pii.date', '06/10/2025')}.

{G(P, 'Seun')} (preferred name) can be reached at {G('pii.phone', '(630) 555-0182')} or {G('pii.email', 'seun.adebayo@outlook.com')}. Mailing address: {G('pii.street_address', '1187 Tamarind Ct, Apt 5')}, Naperville, IL {G('pii.zip_code', '60540-2218')}.

Sincerely,

{G(P, 'Helena Marchetti-Sørensen')}, MD, MPH
Medical Director, Employee Health
cc: Employee; {G(P, 'K. Dubrowski')}, RN, Nurse Manager 4 West
"""


# ================================================================ doc5
def doc5():
    d = mk("doc5.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    a, g, n = ssn()
    aws = "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    awssec = rs(ALNUM + "/+", 40)
    slack = f"xoxb-{rd(11)}-{rd(13)}-{rs(ALNUM, 24)}"
    oai = "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    ant = "sk-ant-api03-" + rs(ALNUM + "-_", 93) + "AA"
    gh = "ghp_" + rs(ALNUM, 36)
    d.text = f"""INT-2291: $match returns 200 but empty bundle for some MRNs
Reporter: {G(P, 'Anjali Deshmukh')} (Clinical Apps)

Pasted from interface-engine debug log (prod):

[{A('2025-03-03T14:22:07.318Z', 'log timestamp (system event time, not a date about the person per se)')}] INFO http.out POST {N('https://fhir.sandbox-ehr.example.org/R4/Patient/$match', 'service endpoint URL, not personal')}
  Authorization: Bearer {G('secret.jwt', jwt())}
  x-api-key: {G('secret.generic_api_key', rs('0123456789abcdef', 32))}
  X-Forwarded-For: {G('pii.ip_address', '203.0.113.57')}
[{A('2025-03-03T14:22:07.912Z', 'log timestamp (system event time, not a date about the person per se)')}] INFO http.in 200 OK (594 ms) upstream={G('pii.ip_address', '198.51.100.14')}:443
{{
  "resourceType": "Patient",
  "id": "{A('7d1e9b40-2c7f-4a55-9c1e-3f0a8b6d2e11', 'FHIR logical id (UUID); no matching class')}",
  "identifier": [
    {{"type": {{"text": "MRN"}}, "system": "{N('urn:oid:2.16.840.1.113883.3.4471.1', 'OID of the assigning authority, not an IP/identifier of a person')}", "value": "{G('phi.mrn', 'E' + rd(7))}"}},
    {{"system": "{N('http://hl7.org/fhir/sid/us-ssn', 'public FHIR naming-system URL')}", "value": "{G('pii.ssn', a + g + n)}"}}
  ],
  "name": [{{"family": "{G(P, 'Castellanos')}", "given": ["{G(P, 'Jorge')}", "{G(P, 'Luis')}"]}}],
  "telecom": [
    {{"system": "phone", "value": "{G('pii.phone', '(614) 555-0172')}", "use": "mobile"}},
    {{"system": "email", "value": "{G('pii.email', 'jlcastellanos58@protonmail.com')}"}}
  ],
  "birthDate": "{G('pii.date', '1958-10-04')}",
  "address": [{{"line": ["{G('pii.street_address', '2290 Hollow Creek Rd')}", "{A('Apt 114', 'unit on a separate address line (JSON array element)')}"], "city": "Columbus", "state": "OH", "postalCode": "{G('pii.zip_code', '43229-1503')}"}}],
  "generalPractitioner": [{{"identifier": {{"value": "{G('phi.npi', npi())}"}}, "display": "{G(P, 'Chidi Eze')}, DO"}}]
}}

Also, env of the engine pod (kubectl exec ... env). PLEASE rotate:
AWS_ACCESS_KEY_ID={G('secret.aws_access_key', aws)}
AWS_SECRET_ACCESS_KEY={A(awssec, 'AWS secret access key: clearly a secret but class (aws_access_key vs generic) is convention-dependent')}
AWS_REGION={N('us-east-2', 'AWS region name')}
SLACK_BOT_TOKEN={G('secret.slack_token', slack)}
OPENAI_API_KEY={G('secret.openai_api_key', oai)}
ANTHROPIC_API_KEY={G('secret.anthropic_api_key', ant)}
GITHUB_TOKEN={G('secret.github_token', gh)}
LOG_LEVEL=debug
sftp key for lab drop (/etc/ie/keys/sftp_ecdsa):
{G('secret.private_key', pem_ec())}
"""


# ================================================================ doc6
def doc6():
    d = mk("doc6.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    d.text = f"""RIVERBEND POLICE DEPARTMENT - INCIDENT REPORT NARRATIVE
Case No.: {A('2025-00417', 'police case number; no matching class')}   Offense: injured person / possible neglect ({N('Wis. Stat. § 940.295', 'statute citation')})
Reporting officer: Ofc. {G(P, 'Daniel R. Kowalczyk')}, Badge {A('4471', 'officer badge number; no matching class')}
Date of report: {G('pii.date', '02/16/2025')}

On Sunday {G('pii.date', '02/16/2025')} at approx. {N('0712 hrs', 'time of day, not a date')} I was dispatched to Maple Terrace Nursing & Rehabilitation, {A('800 Orchard Ln', 'nursing facility (business) address; also the resident residence - convention-dependent')}, for an elderly resident found on the floor. I met charge nurse LPN {G(P, 'Rohan Mehta')}, who took me to Room {A('212B', 'facility room number of the resident')}.

The resident, {G(P, 'HALVERSON, Margaret E.')} (W/F, DOB {G('pii.date', '04/02/1933')}, {G('pii.age_over_89', '91')} yrs), was seated in a wheelchair with an ice pack on her L hip. Facility face sheet lists Medicare # {G('phi.mbi', group(mbi(), [4, 3, 4], '-'))} and Humana supplemental ID {G('phi.health_plan_id', 'H' + rd(8))}. {G(P, 'Margaret')} stated she "just wanted to use the bathroom" and pushed her call light "a long time." She was alert but could not tell me the date.

CNA {G(P, 'Keisha Thornton-Baptiste')} (cell {G('pii.phone', '262-555-0148')}) stated she found {G(P, 'Halverson')} on the floor beside the bed at approx. 0540 hrs during rounds and that the bed-exit alarm did not sound. Per {G(P, 'Mehta')}, night shift was short one aide. Roommate {G(P, 'Ida Kaczmarek')}, {N('age 89', 'age 89 is not over 89')}, stated she heard {G(P, 'Margaret')} calling "for a while" but could not get up herself.

At my request facility IT manager {G(P, 'Paul Oyelowo')} pulled the event log for the bed sensor (Posey Sitter, MAC {G('pii.mac_address', '00:1B:44:9A:3C:E7')}, IP {G('pii.ip_address', '192.0.2.45')}). The log shows the sensor offline from 2318 hrs on {G('pii.date', '02/15/2025')} until 0655 hrs. I photographed the screen ({N('evidence item #3', 'evidence item number')}).

I contacted the resident's son and POA, {G(P, 'Gregory Halverson')} (DOB {G('pii.date', '09/14/1961')}, WI DL {G('pii.us_driver_license', 'H' + group(rd(13), [3, 4, 4, 2], '-'))}), at {G('pii.phone', '(262) 555-0163')}. He resides at {G('pii.street_address', '2206 W Bluemound Rd, Apt 7')}, Waukesha, WI {G('pii.zip_code', '53186-3302')}. He stated he reported the alarm problem to the DON, {G(P, 'Patricia Nwankwo')}, on {G('pii.date', 'Feb. 10')}.

{G(P, 'Halverson')} was transported by Riverbend FD {N('Medic 12', 'ambulance unit designation')} to St. Anselm Memorial ER for possible hip fracture. Referred to APS and DHS Division of Quality Assurance. Approved: Sgt. {G(P, 'Amy Cheng')} #{A('3318', 'sergeant badge number; no matching class')}.
"""


# ================================================================ doc7
def doc7():
    d = mk("doc7.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    subj = A('0417-0093', 'clinical-trial subject number (pseudonymous); no matching class')
    d.text = f"""NORTHRIVER THERAPEUTICS - SERIOUS ADVERSE EVENT (SAE) REPORT
Protocol {N('NRX-4102-301', 'protocol number')} | EudraCT {N('2023-000417-22', 'EU trial registry number, not a date')} | Report type: Initial
Site 0417: Lakeshore Clinical Research Institute, {A('1450 Meridian Pkwy, Suite 300', 'research site (business) address')}, Madison, WI {A('53719-4410', 'ZIP of research site (business)')}
Principal Investigator: {G(P, 'Farida Haidari-Novak')}, MD   NPI {G('phi.npi', npi())}
Sub-Investigator: Dr. {G(P, 'Benjamin T. Okafor')}
Coordinator: {G(P, 'Liesel Brandstätter')}, CCRC  {G('pii.email', 'l.brandstaetter@lakeshorecri.org')}  direct {G('pii.phone', '608-555-0129')}

SUBJECT
Subject no. {subj}   Initials: {G(P, 'R-M-T')}   Sex: F   Year of birth: {N('1949', 'year of birth alone (permitted under Safe Harbor)')}   {N('Age at onset: 75', 'age under 90')}
Hospital MRN (St. Mary's Madison): {G('phi.mrn', rd(7))}
Randomized: {G('pii.date', '14-OCT-2024')}   Last dose of IP: {G('pii.date', '26-JAN-2025')} (Week 15, Day 3)

EVENT
Term: Acute kidney injury   ICD-10: {G('phi.icd10', 'N17.9')}   MedDRA {N('27.1', 'MedDRA version')} PT {N('10069339', 'MedDRA preferred-term code')}
Onset: {G('pii.date', '27-JAN-2025')}   Site aware: {G('pii.date', '28-JAN-2025')} 08:15   Hospitalized {G('pii.date', '28-JAN-2025')} to {G('pii.date', '03-FEB-2025')}
Seriousness: hospitalization   Severity: {N('CTCAE v5.0', 'grading scale version')} Grade 3   Outcome: recovering
Causality (PI): possibly related; alternative etiology volume depletion from viral gastroenteritis ({G('phi.icd10', 'A08.4')})

NARRATIVE
A {N('75-year-old', 'age under 90')} female with T2DM ({G('phi.icd10', 'E11.9')}), hypertension ({G('phi.icd10', 'I10')}) and stage 3a CKD (baseline creatinine 1.1 mg/dL) randomized on {G('pii.date', '14-OCT-2024')} to blinded IP 10 mg PO daily presented to the ED on {G('pii.date', '28JAN2025')} with 3 days of vomiting and diarrhea. Creatinine 2.9 mg/dL, K+ 5.8 mmol/L, eGFR 17 mL/min/1.73 m2. IP and lisinopril 20 mg held; metformin 1000 mg BID stopped. IV fluids given. Creatinine 1.6 mg/dL at discharge on {G('pii.date', '03-FEB-2025')}. Subject's daughter {G(P, 'Danielle Tremblay')} reports {G(P, 'RMT')} is eating and drinking normally at home.

Reported by: {G(P, 'F. Haidari-Novak')}   Date: {G('pii.date', '30JAN2025')}
Medical monitor: {G(P, 'Chen, Wei-Lin')}, MD, PhD
EDC record: {A('https://edc.northriver-trials.example.com/NRX-4102-301/site/0417/subject/0417-0093/ae/3', 'EDC URL embedding a pseudonymous subject number')}
"""


# ================================================================ doc8
def doc8():
    d = mk("doc8.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    ib = iban('IE', 'AIBK' + '93' + rd(4) + rd(8))
    d.text = f"""{A('HARTWELL, OYELARAN & BRANDT LLP', 'law firm name (organization) containing surnames')}
Counselors at Law
{A('301 Bloomfield Avenue, Suite 5', 'law firm (business) address')}, Montclair, New Jersey {A('07043', 'ZIP of law firm office')}

{G('legal.privilege_marker', 'PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION')}

{G('pii.date', 'June 3, 2025')}

Via e-mail only ({G('pii.email', 'declan.mcallister@icloud.com')}; {G('pii.email', 'aoife.mcallister.ni@gmail.com')})

{G(P, 'Declan and Aoife McAllister')}
{G('pii.street_address', '56 Whitcombe Street, Apt 4C')}
Hoboken, NJ {G('pii.zip_code', '07030-3318')}

Re: Purchase of {G('pii.street_address', '18 Larchmont Terrace')}, Montclair, NJ {G('pii.zip_code', '07042-4127')}
    {A('Block 2304, Lot 17', 'tax map block/lot (public parcel id)')} | Our File No. {N('25-0331', 'law firm internal matter number')}
    Seller: Estate of {G(P, 'Harold P. Vreeland')} ({G(P, 'Constance Vreeland-Ames')}, Executrix)

Dear {G(P, 'Declan')} and {G(P, 'Aoife')}:

Closing is confirmed for Friday, {G('pii.date', 'June 20, 2025')} at 10:00 a.m. at our office. The title company has a copy of {G(P, 'Declan')}'s NJ driver's license ({G('pii.us_driver_license', 'M' + group(rd(14), [4, 5, 5], ' '))}). Your lender has issued the clear-to-close for loan no. {A(rd(10), 'mortgage loan number; not a deposit account')}; cash due from borrowers per the final Closing Disclosure is {N('$187,442.19', 'money amount')}.

WIRE INSTRUCTIONS - CONFIRM BY PHONE BEFORE SENDING
Receiving bank: Bank of the Palisades
ABA/Routing no.: {G('fin.aba_routing', aba('0212'))}
Beneficiary: {A('Hartwell, Oyelaran & Brandt LLP', 'law firm name (organization) containing surnames')} Attorney Trust Account
Account no.: {G('fin.bank_account', rd(10))}
Reference: {G(P, 'McAllister')} / {G('pii.street_address', '18 Larchmont Terr.')} / File 25-0331

We will NEVER change wire instructions by e-mail. Before sending, call me at the number on our engagement letter, not any number in an e-mail.

You mentioned part of the deposit will come from {G(P, 'Aoife')}'s account in Ireland (IBAN {G('fin.iban', group(ib, [4, 4, 4, 4, 4, 2]))}). International wires can take 2-3 business days, so please initiate it no later than {G('pii.date', 'June 13')}.

After closing the deed will be recorded with the Essex County Clerk; the realty transfer fee under {N('N.J.S.A. 46:15-7', 'statute citation')} is the seller's obligation.

Very truly yours,

{G(P, 'Margaret A. Oyelaran')}
cc: {G(P, 'Rafael Domínguez-Ortiz')}, Esq. (seller's counsel); {G(P, 'Tamsin Okoro')}, closing paralegal
"""


# ================================================================ doc9
def doc9():
    d = mk("doc9.txt")
    G, N, A = d.G, d.N, d.A
    P = "pii.person_name"
    a, g, n = ssn()
    d.text = f"""From: {G('pii.email', 'jojo.pereira71@yahoo.com')}
To: {A('messages@lincolnparkim.com', 'clinic shared inbox (provider), not a person')}
Date: Sun, {G('pii.date', '9 Mar 2025')} 22:47:13 -0500
Subject: refills + new insurance + travel letter??

hi dr {G(P, 'ibrahim')},

sorry this is long, its {G(P, 'jo pereira')} ({G(P, 'joanna')}, dob {G('pii.date', '6-17-71')}). tried the portal msg thing but it keeps loggin me out so emailing insted.

1) need refills on levothyroxine {N('88mcg', 'drug dose')} (for the {N('hashimotos', 'disease eponym, not a person')}) and the sertraline 50. the walgreens on {A('3301 n broadway', 'pharmacy (business) address')} (chicago {A('60657', 'pharmacy ZIP')}) says they faxed u twice?? their # is {A('773-555-0102', 'pharmacy business phone')}. PLEASE not the old cvs

2) new insurance as of {G('pii.date', 'march 1')}. i just typed whats on the card:
   BlueCross BlueShield of Illinois     PPO
   {G(P, 'JOANNA M PEREIRA')}
   Identification No. {G('phi.health_plan_id', 'XOJ' + rd(9))}
   Group No. {A('027741', 'employer group number: plan-level')}   RxBIN {N('004336', 'pharmacy benefit routing BIN (public, payer-level)')}   RxPCN {N('ADV', 'processor control number (payer-level)')}
   PCP $30  Specialist $60  ER $250
the lady at the front desk also wanted my social, its {G('pii.ssn', f'{a} {g} {n}')} hope email is ok for that lol

3) the er paper from last tues ({G('pii.date', '3/4')}) said {G('phi.icd10', 'R07.89')} other chest pain, f/u w/ you in 1 wk. feeling better, prob anxiety. my husband {G(P, 'marco')} says i should ask about a stress test

4) we're going to portugal {G('pii.date', '4/2')} - {G('pii.date', '4/16')} for my moms {A('90th', "mother's 90th birthday: age >89 of a relative, but ordinal/celebration wording")}. can u write a letter for carrying my meds? passport no. {G('pii.us_passport', R.choice('56') + rd(8))}, name exactly {G(P, 'JOANNA MARIE PEREIRA')}

5) also we moved!! new address {G('pii.street_address', '4410 greenleaf ave unit 12')}, chicago il {G('pii.zip_code', '60640-3309')}. cell still {G('pii.phone', '773 555 0158')} or {G(P, 'marco')}'s {G('pii.phone', '773.555.0177')}

copay for today can go on my mastercard {G('fin.credit_card', card('53', 16))} (exp {A('11/28', 'card expiry date')}) or the discover {G('fin.credit_card', group(card('6011', 16), [4, 4, 4, 4], '-'))} if that one declines

thx so much!!
- {G(P, 'Joanna P.')}

sent from my iPhone
"""


# ================================================================ doc10
def doc10():
    d = mk("doc10.txt")
    N, A = d.N, d.A
    d.text = f"""MERCY VALLEY HEALTH SYSTEM - ADMINISTRATIVE POLICY MEMORANDUM
{N('Policy ADM-114', 'hospital policy number')} (rev. {N('4.2', 'revision number')}) | Supersedes ADM-114 rev. 4.1 | Effective {N('July 1, 2024', 'policy effective date, not about a person')}
Subject: Fall-risk reassessment, post-fall huddles, and medication review

1. Scope. All inpatient units (Towers A-C, floors 3-9) and the Observation Unit, {N('Rooms 1140-1162', 'room number range')}.
2. Requirements.
 2.1 Reassess {N('Morse Fall Scale', 'eponymous clinical scale')} within 4 hours of any fall, transfer, or change in condition; score of 45 or more = high risk.
 2.2 Post-fall huddle within 15 minutes; document on {N('Form QS-22 v3', 'internal form number')}.
 2.3 Pharmacist review for patients on 2 or more of: opioids, benzodiazepines, antihypertensives, anticoagulants (e.g., enoxaparin 40 mg SC daily; warfarin, goal INR 2.0-3.0; {N('heparin 5,000 units SC q8h', 'drug dose')}). Stock heparin is {N('NDC 0409-2720-01', 'National Drug Code of a product')}.
 2.4 Special populations: {N("Parkinson's disease", 'disease eponym')}, {N("Bell's palsy", 'disease eponym')} with ocular involvement, {N("Crohn's disease", 'disease eponym')} on steroids, {N("Hashimoto's thyroiditis", 'disease eponym')} after levothyroxine changes (e.g., 25 to 50 mcg), {N('Guillain-Barre syndrome', 'disease eponym')}.
 2.5 Use the {N('Glasgow Coma Scale', 'eponymous clinical scale')} and {N('Braden Scale', 'eponymous clinical scale')} per {N('Policy NUR-031', 'hospital policy number')}; {N('Apgar', 'eponymous clinical score')} only in L&D. Post-fall evaluations are not separately billable; do not add {N('CPT 99232', 'CPT procedure code (5 digits, not a ZIP)')} for huddles.
3. References: Joint Commission Sentinel Event Alert 55 (2015); CMS Conditions of Participation, {N('42 C.F.R. § 482.23', 'regulation citation')}; AHRQ Pub. No. {N('13-0015-EF', 'publication number')}. Fall dashboard runs on EHR {N('build 10.4.22.7', 'software build number, not an IP address')}. Approved by Policy Committee, vote 11-2.

LEGAL RESEARCH SUMMARY (Office of General Counsel - public sources only)
Q: Duty to supervise and informed consent in fall-prevention claims.
 - {N('Schloendorff v. Society of New York Hospital', 'famous case name')}, {N('211 N.Y. 125', 'reporter citation')}, 105 N.E. 92 (1914): patient autonomy.
 - {N('Canterbury v. Spence', 'famous case name')}, {N('464 F.2d 772', 'reporter citation')} (D.C. Cir. 1972): materiality standard for disclosure.
 - {N('Darling v. Charleston Community Memorial Hospital', 'famous case name')}, 33 Ill. 2d 326, {N('211 N.E.2d 253', 'reporter citation')} (1965): corporate negligence.
 - {N('Tarasoff v. Regents of the University of California', 'famous case name')}, {N('17 Cal. 3d 425', 'reporter citation')} (1976): duty to warn (distinguish).
 - HIPAA, {N('Pub. L. No. 104-191', 'public law number')}, 110 Stat. 1936 ({N('Aug. 21, 1996', 'statute enactment date')}); de-identification standard at {N('45 C.F.R. § 164.514(b)', 'regulation citation')}.
 - Nursing Home Reform Act (OBRA '87), {N('42 U.S.C. § 1395i-3', 'statute citation')}.
Conclusion: documented reassessment under ADM-114 is the strongest defense; see {N('Darling', 'short-form case name')}.
"""


# ================================================================ build + validate
def occurrences(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append((i, i + len(sub)))
        i = text.find(sub, i + 1)
    return out


def check_ids(cls, t):
    digits = "".join(c for c in t if c.isdigit())
    if cls == "fin.credit_card":
        assert luhn_ok(digits) and (digits[0] == "4" or digits[:2] in ("51", "52", "53", "54", "55", "34", "37")
                                    or digits[:4] == "6011"), t
        assert len(digits) == (15 if digits[:2] in ("34", "37") else 16), t
    elif cls == "phi.npi":
        assert npi_ok(t), t
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
        assert ssn_ok(t), t
    elif cls == "phi.mbi":
        assert mbi_ok(t), t
    elif cls == "pii.phone":
        assert "555" in t and digits[-4:-2] == "01", t
    elif cls == "pii.ip_address":
        assert t.startswith(("192.0.2.", "198.51.100.", "203.0.113.")), t


def main():
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10):
        f()
    gold_rows, neg_rows, amb_rows = [], [], []
    for d in DOCS:
        t = d.text
        size = len(t.encode("utf-8"))
        assert 1000 <= size <= 3072, (d.name, size)
        seen = {}
        gold_spans = []
        for cls, g in d.gold:
            assert g and g in t, (d.name, g)
            assert seen.setdefault(g, cls) == cls, (d.name, g, "two classes")
            check_ids(cls, g)
            for s, e in occurrences(t, g):
                # gold occurrences must sit on token boundaries
                if g[0].isalnum():
                    assert s == 0 or not t[s - 1].isalnum(), (d.name, g, t[max(0, s - 10):e + 10])
                if g[-1].isalnum():
                    assert e == len(t) or not t[e].isalnum(), (d.name, g, t[max(0, s - 10):e + 10])
                gold_spans.append((s, e))
            gold_rows.append({"doc": d.name, "class": cls, "text": g})
        for kind, items, rows in (("negative", d.neg, neg_rows), ("ambiguous", d.amb, amb_rows)):
            for txt, why in items:
                assert txt in t, (d.name, kind, txt)
                for s, e in occurrences(t, txt):
                    for gs, ge in gold_spans:
                        assert e <= gs or s >= ge, (d.name, kind, txt, "overlaps gold", t[gs:ge])
                rows.append({"doc": d.name, "text": txt, "why": why})
        if d.name == "doc10.txt":
            assert not d.gold
        with open(os.path.join(OUT, d.name), "w", encoding="utf-8") as fh:
            fh.write(t)
    for fn, rows in (("gold.jsonl", gold_rows), ("negatives.jsonl", neg_rows), ("ambiguous.jsonl", amb_rows)):
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    counts = {}
    for r in gold_rows:
        counts[r["class"]] = counts.get(r["class"], 0) + 1
    for d in DOCS:
        print(f"{d.name:10s} {len(d.text.encode('utf-8')):5d} bytes  gold={len(d.gold):3d} neg={len(d.neg):2d} amb={len(d.amb):2d}")
    print("gold total", len(gold_rows), "negatives", len(neg_rows), "ambiguous", len(amb_rows))
    for c in sorted(CLASSES):
        print(f"  {c:28s} {counts.get(c, 0)}")


if __name__ == "__main__":
    main()
