#!/usr/bin/env python3
"""Build set M of the mixed held-out documents.

Standard library only.  Deterministic: fixed seed 20270715, every document module gets its own
generator seeded "20270715-<n>".  Run `python3 make.py` in this folder; it

  1. feeds its checker deliberately broken inputs (each must be refused) and good ones (each must
     be accepted),
  2. builds every document twice and asserts the two builds are byte-identical,
  3. writes doc1.txt ... doc12.txt, gold.jsonl, negatives.jsonl, ambiguous.jsonl and README.md,
  4. re-reads the written files and re-verifies every checksum-bearing gold value and every
     document's own extra check from the files.

Template syntax (in docs_<n>.py): ⟦class|text⟧ gold (class or an ALIASES key), ⟦!why|text⟧
negative, ⟦?why|text⟧ ambiguous, «key» a generated value from make(g); labels may nest.
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import hashlib
import importlib
import ipaddress
import json
import os
import random
import re
import types
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

SEED = 20270715
NDOCS = 12
MIN_BYTES, MAX_BYTES = 1200, 2600

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address
pii.us_passport pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id
phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

ALIASES = {
    'N': 'pii.person_name', 'SSN': 'pii.ssn', 'ITIN': 'pii.itin', 'E': 'pii.email',
    'P': 'pii.phone', 'A': 'pii.street_address', 'Z': 'pii.zip_code', 'D': 'pii.date',
    'AGE': 'pii.age_over_89', 'IP': 'pii.ip_address', 'URL': 'pii.url',
    'MAC': 'pii.mac_address', 'PP': 'pii.us_passport', 'DL': 'pii.us_driver_license',
    'MRN': 'phi.mrn', 'MBI': 'phi.mbi', 'HP': 'phi.health_plan_id', 'NPI': 'phi.npi',
    'DEA': 'phi.dea', 'ICD': 'phi.icd10', 'CC': 'fin.credit_card', 'IBAN': 'fin.iban',
    'ABA': 'fin.aba_routing', 'ACCT': 'fin.bank_account', 'BTC': 'fin.crypto_wallet',
    'VIN': 'id.vin', 'NHS': 'id.uk_nhs', 'AWS': 'secret.aws_access_key',
    'GH': 'secret.github_token', 'OAI': 'secret.openai_api_key',
    'ANT': 'secret.anthropic_api_key', 'SLACK': 'secret.slack_token',
    'PEM': 'secret.private_key', 'JWT': 'secret.jwt', 'KEY': 'secret.generic_api_key',
    'PRIV': 'legal.privilege_marker',
}

CHECKSUM_CLASSES = {
    'pii.ssn', 'pii.itin', 'fin.credit_card', 'phi.npi', 'phi.dea', 'fin.aba_routing',
    'fin.iban', 'id.vin', 'id.uk_nhs', 'phi.mbi', 'fin.crypto_wallet', 'secret.github_token',
    'secret.jwt', 'secret.private_key', 'secret.aws_access_key', 'secret.openai_api_key',
    'secret.anthropic_api_key', 'secret.slack_token', 'secret.generic_api_key',
}


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


# ----------------------------------------------------------------------------------------------
# checksums and formats
# ----------------------------------------------------------------------------------------------

def luhn_ok(digits):
    if not digits.isdigit():
        return False
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
    for c in '0123456789':
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_ok(t):
    d = re.sub(r'[ -]', '', t)
    return bool(re.fullmatch(r'4\d{15}', d)) and luhn_ok(d) and (
        re.fullmatch(r'\d{4}( \d{4}){3}', t) is not None or re.fullmatch(r'\d{16}', t) is not None)


def npi_ok(t):
    return bool(re.fullmatch(r'[12]\d{9}', t)) and luhn_ok('80840' + t)


def dea_check_digit(d6):
    d = [int(c) for c in d6]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def dea_ok(t):
    m = re.fullmatch(r'([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{6})(\d)', t)
    return bool(m) and dea_check_digit(m.group(3)) == m.group(4)


def aba_ok(t):
    if not re.fullmatch(r'\d{9}', t):
        return False
    p = int(t[:2])
    if not (0 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * x for c, x in zip(t, w)) % 10 == 0


IBAN_LEN = {'GB': 22, 'CZ': 24, 'DE': 22, 'ES': 24, 'PL': 28}
CZ_W_ACC = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
CZ_W_PRE = [10, 5, 8, 4, 2, 1]


def iban_mod97(s):
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97


def cz_national_ok(bban):
    pre, acc = bban[4:10], bban[10:]
    return (sum(int(c) * w for c, w in zip(pre, CZ_W_PRE)) % 11 == 0 and
            sum(int(c) * w for c, w in zip(acc, CZ_W_ACC)) % 11 == 0 and int(acc) > 0)


def iban_ok(t):
    if not re.fullmatch(r'[A-Z]{2}\d{2}( ?[A-Z0-9]{1,4})+', t):
        return False
    s = t.replace(' ', '')
    if ' ' in t and not re.fullmatch(r'([A-Z0-9]{4} )*[A-Z0-9]{1,4}', t):
        return False
    if IBAN_LEN.get(s[:2]) != len(s) or iban_mod97(s) != 1:
        return False
    if s[:2] == 'CZ':
        return s[4:].isdigit() and cz_national_ok(s[4:])
    return True


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))), 'P': 7, 'R': 9,
          **dict(zip('STUVWXYZ', range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return 'X' if s == 10 else str(s)


def vin_ok(t):
    return bool(re.fullmatch(r'[A-HJ-NPR-Z0-9]{17}', t)) and vin_check_char(t) == t[8]


def nhs_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    return None if c == 10 else (0 if c == 11 else c)


def nhs_ok(t):
    if not re.fullmatch(r'\d{3} \d{3} \d{4}|\d{10}', t):
        return False
    d = t.replace(' ', '')
    c = nhs_check(d[:9])
    return d[0] in '456' and c is not None and c == int(d[9])


FAMOUS_SSN = {'078051120', '219099999', '123456789', '111111111', '457555462', '987654320'}


def ssn_ok(t):
    if not re.fullmatch(r'\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}', t):
        return False
    d = re.sub(r'\D', '', t)
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ('000', '666') and a[0] != '9' and g != '00' and s != '0000' and d not in FAMOUS_SSN


def itin_ok(t):
    if not re.fullmatch(r'\d{3}-\d{2}-\d{4}|\d{9}', t):
        return False
    d = re.sub(r'\D', '', t)
    return d[0] == '9' and 70 <= int(d[3:5]) <= 88


MBI_ALPHA = 'ACDEFGHJKMNPQRTUVWXY'
MBI_RX = re.compile('[1-9][{a}][{a}0-9][0-9][{a}][{a}0-9][0-9][{a}][{a}][0-9][0-9]'.format(a=MBI_ALPHA))


def mbi_ok(t):
    s = t.replace('-', '')
    if '-' in t and not re.fullmatch(r'\w{4}-\w{3}-\w{4}', t):
        return False
    return bool(MBI_RX.fullmatch(s)) and s != '1EG4TE5MK73'


B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def b62(n, width):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')


def github_ok(t):
    m = re.fullmatch(r'ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})', t)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def aws_ok(t):
    return bool(re.fullmatch(r'AKIA[A-Z2-7]{16}', t))


def openai_ok(t):
    return bool(re.fullmatch(r'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}', t))


def anthropic_ok(t):
    return bool(re.fullmatch(r'sk-ant-api03-[A-Za-z0-9_-]{93}AA', t))


def slack_ok(t):
    return bool(re.fullmatch(r'xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}', t))


def generic_ok(t):
    return bool(re.fullmatch(r'[0-9a-f]{32}', t)) and len(set(t)) >= 12


# bech32 (BIP 173)
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
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
    if pad and bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_encode(hrp, data):
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    return hrp + '1' + ''.join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def bech32_ok(t):
    if t.lower() != t and t.upper() != t:
        return False
    s = t.lower()
    if not s.startswith('bc1') or not 14 <= len(s) <= 90:
        return False
    hrp, data = s[:2], s[3:]
    if any(c not in BECH for c in data):
        return False
    vals = [BECH.index(c) for c in data]
    if bech32_polymod(bech32_hrp_expand(hrp) + vals) != 1:
        return False
    prog = convertbits(vals[1:-6], 5, 8, False)
    return vals[0] == 0 and len(prog) in (20, 32)


B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def base58check_ok(t):
    if any(c not in B58 for c in t) or not 26 <= len(t) <= 35:
        return False
    n = 0
    for c in t:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes(25, 'big') if n.bit_length() <= 200 else b''
    if len(raw) != 25:
        return False
    return hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:] and raw[0] in (0, 5)


def wallet_ok(t):
    return bech32_ok(t) or base58check_ok(t)


# P-256
EC_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
EC_A = EC_P - 3
EC_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
EC_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)
EC_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    (x1, y1), (x2, y2) = P, Q
    if x1 == x2 and (y1 + y2) % EC_P == 0:
        return None
    if P == Q:
        lam = (3 * x1 * x1 + EC_A) * pow(2 * y1, -1, EC_P) % EC_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, EC_P) % EC_P
    x3 = (lam * lam - x1 - x2) % EC_P
    return x3, (lam * (x1 - x3) - y1) % EC_P


def ec_mul(k, P=EC_G):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def on_curve(P):
    x, y = P
    return (y * y - x * x * x - EC_A * x - EC_B) % EC_P == 0


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


OID_ECPUB = bytes.fromhex('2a8648ce3d0201')
OID_P256 = bytes.fromhex('2a8648ce3d030107')


def pkcs8_ec(d):
    X, Y = ec_mul(d)
    pub = b'\x00\x04' + X.to_bytes(32, 'big') + Y.to_bytes(32, 'big')
    ecpk = der(0x30, der(0x02, b'\x01') + der(0x04, d.to_bytes(32, 'big')) + der(0xa1, der(0x03, pub)))
    alg = der(0x30, der(0x06, OID_ECPUB) + der(0x06, OID_P256))
    return der(0x30, der(0x02, b'\x00') + alg + der(0x04, ecpk))


def der_read(b, i=0):
    tag = b[i]
    ln = b[i + 1]
    j = i + 2
    if ln & 0x80:
        k = ln & 0x7f
        ln = int.from_bytes(b[j:j + k], 'big')
        j += k
    return tag, b[j:j + ln], j + ln


def der_children(body):
    out, i = [], 0
    while i < len(body):
        tag, val, i = der_read(body, i)
        out.append((tag, val))
    return out


def pem_lines(label, raw):
    b = base64.b64encode(raw).decode()
    return ['-----BEGIN %s-----' % label] + [b[i:i + 64] for i in range(0, len(b), 64)] + ['-----END %s-----' % label]


def pem_normalize(span):
    """Strip transport artefacts from a PEM span: JSON \\n escapes, or a PEM split over the
    elements of a JSON string array (`",` newline indentation `"` between lines)."""
    s = span.replace('\\n', '\n')
    lines = []
    for ln in s.split('\n'):
        ln = ln.strip()
        if ln.startswith('"'):
            ln = ln[1:]
        if ln.endswith('",'):
            ln = ln[:-2]
        lines.append(ln)
    return lines


def pem_parse(span):
    """Return (d, (X, Y)) of a PKCS#8 or SEC1 P-256 key; raise CheckError when malformed."""
    lines = pem_normalize(span)
    m0 = re.fullmatch(r'-----BEGIN (PRIVATE KEY|EC PRIVATE KEY)-----', lines[0])
    need(m0 and lines[-1] == '-----END %s-----' % m0.group(1), 'PEM armour')
    body = lines[1:-1]
    need(all(len(x) == 64 for x in body[:-1]) and 0 < len(body[-1]) <= 64, 'PEM line width')
    raw = base64.b64decode(''.join(body), validate=True)
    tag, top, end = der_read(raw)
    need(tag == 0x30 and end == len(raw), 'PEM outer sequence')
    kids = der_children(top)
    if m0.group(1) == 'PRIVATE KEY':
        need(kids[0] == (0x02, b'\x00'), 'PKCS#8 version')
        alg = der_children(kids[1][1])
        need(alg == [(0x06, OID_ECPUB), (0x06, OID_P256)], 'PKCS#8 algorithm')
        need(kids[2][0] == 0x04, 'PKCS#8 octet string')
        t2, inner, e2 = der_read(kids[2][1])
        kids = der_children(inner)
    need(kids[0] == (0x02, b'\x01') and kids[1][0] == 0x04 and len(kids[1][1]) == 32, 'ECPrivateKey')
    d = int.from_bytes(kids[1][1], 'big')
    need(0 < d < EC_N, 'scalar range')
    pubs = [v for t, v in kids if t == 0xa1]
    need(pubs, 'public key present')
    t3, bits, _ = der_read(pubs[0])
    need(t3 == 0x03 and bits[:2] == b'\x00\x04' and len(bits) == 66, 'public point encoding')
    P = (int.from_bytes(bits[2:34], 'big'), int.from_bytes(bits[34:], 'big'))
    need(on_curve(P), 'public point on curve')
    need(ec_mul(d) == P, 'public point = scalar x G')
    return d, P


def pem_ok(t):
    try:
        pem_parse(t)
        return True
    except (CheckError, ValueError, IndexError, base64.binascii.Error):
        return False


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def ecdsa_sign(d, msg, k):
    z = int.from_bytes(hashlib.sha256(msg).digest(), 'big')
    R = ec_mul(k)
    r = R[0] % EC_N
    s = pow(k, -1, EC_N) * (z + r * d) % EC_N
    assert r and s
    return r, s


def ecdsa_verify(P, msg, r, s):
    if not (0 < r < EC_N and 0 < s < EC_N):
        return False
    z = int.from_bytes(hashlib.sha256(msg).digest(), 'big')
    w = pow(s, -1, EC_N)
    X = ec_add(ec_mul(z * w % EC_N), ec_mul(r * w % EC_N, P))
    return X is not None and X[0] % EC_N == r


def jwt_parts(t):
    m = re.fullmatch(r'(eyJ[A-Za-z0-9_-]+)\.(eyJ[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)', t)
    need(m, 'JWT shape')
    return json.loads(b64u_dec(m.group(1))), json.loads(b64u_dec(m.group(2))), m


def jwt_ok(t):
    try:
        h, p, m = jwt_parts(t)
        return h.get('alg') in ('HS256', 'ES256', 'RS256') and isinstance(p, dict)
    except (CheckError, ValueError):
        return False


def es256_verify(t, P):
    h, p, m = jwt_parts(t)
    sig = b64u_dec(m.group(3))
    if h.get('alg') != 'ES256' or len(sig) != 64:
        return False
    msg = (m.group(1) + '.' + m.group(2)).encode()
    return ecdsa_verify(P, msg, int.from_bytes(sig[:32], 'big'), int.from_bytes(sig[32:], 'big'))


ICD_RX = re.compile(r'[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?')
DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]


def doc_ip(t):
    try:
        a = ipaddress.ip_address(t)
    except ValueError:
        return False
    return any(a.version == n.version and a in n for n in DOC_NETS)


def mac_doc(t):
    return re.sub('[-:]', ':', t.upper()).startswith('00:00:5E:00:53:')


def us_phone_fiction(digits):
    d = digits[1:] if len(digits) == 11 and digits[0] == '1' else digits
    return len(d) == 10 and d[3:6] == '555' and d[6:8] == '01'


def phone_ok(t):
    if t.startswith('+'):
        return False  # E.164: the span starts after the plus sign
    if re.fullmatch(r'07700 900\d{3}', t):
        return True
    if re.fullmatch(r'420 \d{3} 555 0\d{2}', t):
        return True  # Czech numbers: invented, no fiction range exists
    d = re.sub(r'\D', '', t)
    if not re.fullmatch(r'(1[ -.]?)?(\(\d{3}\) ?|\d{3}[-. ]?)\d{3}[-. ]?\d{4}', t):
        return False
    return us_phone_fiction(d)


# ----------------------------------------------------------------------------------------------
# dates and ages
# ----------------------------------------------------------------------------------------------

EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
MONTHS = {}
for i, m in enumerate(EN_MONTHS, 1):
    MONTHS[m] = i
    MONTHS[m[:3]] = i
MONTHS['Sept'] = 9
CS_GEN = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října',
          'listopadu', 'prosince']
CS_NOM = ['leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen',
          'listopad', 'prosinec']
for i, m in enumerate(CS_GEN, 1):
    MONTHS[m] = i
for i, m in enumerate(CS_NOM, 1):
    MONTHS[m] = i
WEEKDAYS = {}
for i, w in enumerate(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']):
    WEEKDAYS[w] = i
    WEEKDAYS[w.upper()] = i
    WEEKDAYS[w[:3]] = i
    WEEKDAYS[w[:3].upper()] = i
WEEKDAYS.update({'Tues': 1, 'Thur': 3, 'Thurs': 3})
LANG_WEEKDAYS = {'cs': ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle']}
for lang, names in LANG_WEEKDAYS.items():
    for i, w in enumerate(names):
        WEEKDAYS[w] = i
        WEEKDAYS[w[0].upper() + w[1:]] = i


def alt(words):
    return '|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MON_ALT = alt(MONTHS)
WD_ALT = alt(WEEKDAYS)
DATE_ALT = '|'.join([
    r'\d{4}-\d{2}-\d{2}',
    r'\d{1,2}/\d{1,2}/\d{4}',
    r'\d{1,2}\.\s?\d{1,2}\.\s?\d{4}',
    r'(?:%s)\.?\s\d{1,2},?\s\d{4}' % MON_ALT,
    r'\d{1,2}\.?\s(?:%s)\s\d{4}' % MON_ALT,
])
WD_BEFORE_RX = re.compile(r'(?<!\w)(%s)\.?,?\s+(%s)(?!\d)' % (WD_ALT, DATE_ALT))
WD_AFTER_RX = re.compile(r'(?<![\d\w])(%s)\s*\((%s)\)' % (DATE_ALT, WD_ALT))
WD_TAIL_RX = re.compile(r'(?<!\w)(%s)\.?,?\s*$' % WD_ALT)


def parse_date(t, order='MDY'):
    """Return (y, m, d or None, weekday or None); raise CheckError if t is not a full date with a
    year (or a month-year)."""
    wd = None
    m = re.match(r'(%s)\.?,?\s+' % WD_ALT, t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        t = t[m.end():]
    y = mo = d = None
    if (m := re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?', t)):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif (m := re.fullmatch(r'(\d{4})(\d{2})(\d{2})', t)):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif (m := re.fullmatch(r'(\d{1,2})/(\d{1,2})/(\d{4})', t)):
        a, b = int(m[1]), int(m[2])
        y = int(m[3])
        mo, d = (a, b) if order == 'MDY' else (b, a)
    elif (m := re.fullmatch(r'(\d{1,2})/(\d{4})', t)):
        mo, y = int(m[1]), int(m[2])
    elif (m := re.fullmatch(r'(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})', t)):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif (m := re.fullmatch(r'(%s)\.?\s(\d{1,2}),?\s(\d{4})' % MON_ALT, t)):
        mo, d, y = MONTHS[m[1]], int(m[2]), int(m[3])
    elif (m := re.fullmatch(r'(\d{1,2})\.?\s(%s)\s(\d{4})' % MON_ALT, t)):
        d, mo, y = int(m[1]), MONTHS[m[2]], int(m[3])
    elif (m := re.fullmatch(r'(%s)\s(\d{4})' % MON_ALT, t)):
        mo, y = MONTHS[m[1]], int(m[2])
    else:
        raise CheckError('unparsed date %r' % t)
    try:
        datetime.date(y, mo, d or 1)
    except ValueError:
        raise CheckError('impossible date %r' % t)
    need(1850 <= y <= 2100, 'year out of range in %r' % t)
    need(wd is None or d is not None, 'weekday with a month-year %r' % t)
    if wd is not None:
        need(datetime.date(y, mo, d).weekday() == wd, 'wrong weekday in %r' % t)
    return y, mo, d, wd


def to_date(t, order='MDY'):
    y, m, d, _ = parse_date(t, order)
    return datetime.date(y, m, d)


def age_on(born, when):
    return when.year - born.year - ((when.month, when.day) < (born.month, born.day))


AGE_UNIT_RX = re.compile(
    r'(?<![\d.,/])(\d{2,3})(-year-old|-yr-old|-years-old| years old| years of age| y/o| y\.o\.| yrs\b| yo\b| y\b| Y\b|y\b'
    r'| let\b|letá\b|letý\b|letou\b|leté\b)')


def age_value(t):
    m = re.match(r'(\d{2,3})', t)
    need(m, 'age without digits %r' % t)
    return int(m.group(1))


# ----------------------------------------------------------------------------------------------
# template parsing
# ----------------------------------------------------------------------------------------------

class Span:
    __slots__ = ('s', 'e', 'kind', 'tag', 'text')

    def __init__(self, s, e, kind, tag):
        self.s, self.e, self.kind, self.tag, self.text = s, e, kind, tag, None

    def __repr__(self):
        return 'Span(%d,%d,%s,%s,%r)' % (self.s, self.e, self.kind, self.tag, self.text)


def substitute(template, values):
    def rep(m):
        need(m.group(1) in values, 'unresolved «%s»' % m.group(1))
        return values[m.group(1)]
    out = re.sub(r'«(\w+)»', rep, template)
    need('«' not in out and '»' not in out, 'stray guillemet')
    return out


def parse(template):
    buf, stack, spans = [], [], []
    pos = i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c == '⟦':
            j = template.find('|', i)
            need(j > 0, 'label without |')
            head = template[i + 1:j]
            need(head and not any(x in head for x in '⟦⟧\n'), 'bad label head %r' % head[:40])
            stack.append((head, pos))
            i = j + 1
        elif c == '⟧':
            need(stack, 'unbalanced ⟧')
            head, start = stack.pop()
            if head[0] == '!':
                sp = Span(start, pos, 'neg', head[1:])
            elif head[0] == '?':
                sp = Span(start, pos, 'amb', head[1:])
            else:
                cls = ALIASES.get(head, head)
                need(cls in CLASSES, 'unknown class %r' % head)
                sp = Span(start, pos, 'gold', cls)
            need(sp.tag, 'empty reason')
            spans.append(sp)
            i += 1
        else:
            buf.append(c)
            pos += 1
            i += 1
    need(not stack, 'unclosed label')
    text = ''.join(buf)
    for sp in spans:
        sp.text = text[sp.s:sp.e]
        need(sp.text and sp.text == sp.text.strip(), 'empty or padded span %r' % sp.text)
    spans.sort(key=lambda x: (x.s, -x.e))
    return text, spans


# ----------------------------------------------------------------------------------------------
# the checker
# ----------------------------------------------------------------------------------------------

ESC_RX = re.compile(r'(\\[ntr]|%[0-9A-Fa-f]{2})$')


def on_boundary(text, s, e):
    if s > 0 and text[s - 1].isalnum() and not ESC_RX.search(text[max(0, s - 3):s]):
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def occurrences(text, t):
    out, i = [], text.find(t)
    while i >= 0:
        if on_boundary(text, i, i + len(t)):
            out.append((i, i + len(t)))
        i = text.find(t, i + 1)
    return out


def covering(spans, s, e, kinds=None):
    return [sp for sp in spans if sp.s <= s and e <= sp.e and (kinds is None or sp.kind in kinds)]


EMAIL_RX = re.compile(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+')
EMAIL_DOMAIN_RX = re.compile(r'(^|\.)example\.(com|net|org)$|\.test$')
SSN_SHAPE_RX = re.compile(r'(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])')
CARD_SHAPE_RX = re.compile(r'(?<!\d)(?<!\d[ -])(?:\d{13,19}|\d{4}(?:[ -]\d{4}){3})(?!\d)(?![ -]\d)')
PHONE_RXS = [re.compile(r'(?<![\d])\(\d{3}\)\s?\d{3}[-. ]\d{4}(?!\d)'),
             re.compile(r'(?<![\d])\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)'),
             re.compile(r'(?<![\d])1?\d{10}(?!\d)'),
             re.compile(r'(?<![\d])\d(?: \d){9}(?!\d)')]
UK_MOBILE_RX = re.compile(r'(?<!\d)(?:\+44\s?7|07)\d{3}\s?\d{6}(?!\d)')
DOTTED_RX = re.compile(r'(?<![\d.])\d+(?:\.\d+){3,}(?![\d])')
IPV6_RX = re.compile(r'(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])')
MAC_RX = re.compile(r'(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:-])')
SECRET_RX = re.compile(r'AKIA[A-Z2-7]{16}|ghp_[A-Za-z0-9]{20,}|github_pat_\w+|sk-proj-[\w-]+|sk-ant-[\w-]+'
                       r'|xox[abposr]-[\w-]+|-----BEGIN|eyJ[\w-]+\.[\w-]+|glpat-[\w-]+')
SECRET_CLASSES = {c for c in CLASSES if c.startswith('secret.')}


def validate_gold(cls, t, order):
    """Format and checksum checks for one gold value."""
    v = {
        'pii.ssn': ssn_ok, 'pii.itin': itin_ok, 'fin.credit_card': card_ok, 'phi.npi': npi_ok,
        'phi.dea': dea_ok, 'fin.aba_routing': aba_ok, 'fin.iban': iban_ok, 'id.vin': vin_ok,
        'id.uk_nhs': nhs_ok, 'phi.mbi': mbi_ok, 'fin.crypto_wallet': wallet_ok,
        'secret.github_token': github_ok, 'secret.aws_access_key': aws_ok,
        'secret.openai_api_key': openai_ok, 'secret.anthropic_api_key': anthropic_ok,
        'secret.slack_token': slack_ok, 'secret.generic_api_key': generic_ok, 'secret.jwt': jwt_ok,
        'secret.private_key': pem_ok, 'pii.phone': phone_ok, 'pii.ip_address': doc_ip,
        'pii.mac_address': lambda x: bool(MAC_RX.fullmatch(x)) and mac_doc(x),
        'phi.icd10': lambda x: bool(ICD_RX.fullmatch(x)),
        'pii.zip_code': lambda x: bool(re.fullmatch(r'\d{5}(-\d{4})?', x)),
        'pii.us_passport': lambda x: bool(re.fullmatch(r'[A-Z]\d{8}|\d{9}', x)),
        'pii.us_driver_license': lambda x: bool(re.fullmatch(r'[A-Z0-9][A-Z0-9 -]{5,20}[0-9]', x)),
        'pii.email': lambda x: bool(EMAIL_RX.fullmatch(x)) and bool(EMAIL_DOMAIN_RX.search(x.split('@')[1])),
        'pii.url': lambda x: bool(re.match(r'https?://\S+$', x)),
        'legal.privilege_marker': lambda x: bool(re.search(r'PRIVILEGED|WORK PRODUCT|ATTORNEY', x)),
    }.get(cls)
    if cls == 'pii.date':
        parse_date(t, order)
        return
    if cls == 'pii.age_over_89':
        need(90 <= age_value(t) <= 120, 'gold age outside 90-120: %r' % t)
        return
    need(v is None or v(t), 'gold %s fails its format/checksum: %r' % (cls, t[:60]))


def check_doc(name, text, spans, order='MDY', hard_negative=False, extra=None, size=True):
    gold = [sp for sp in spans if sp.kind == 'gold']
    other = [sp for sp in spans if sp.kind != 'gold']
    if size:
        nb = len(text.encode('utf-8'))
        need(MIN_BYTES <= nb <= MAX_BYTES, '%s: %d bytes' % (name, nb))
    if hard_negative:
        need(not gold, '%s: gold in the hard-negative document' % name)
    # one class per text; gold never also negative/ambiguous; negative never also ambiguous
    cls_of, kind_of = {}, {}
    for sp in spans:
        key = sp.tag if sp.kind == 'gold' else sp.kind
        if sp.text in kind_of:
            need(kind_of[sp.text] == key, '%s: %r carries two labels (%s, %s)' % (name, sp.text, kind_of[sp.text], key))
        kind_of[sp.text] = key
    for sp in gold:
        cls_of[sp.text] = sp.tag
    # labelled spans on token boundaries
    for sp in spans:
        need(on_boundary(text, sp.s, sp.e), '%s: span %r not on token boundaries' % (name, sp.text[:40]))
    # every occurrence of a gold text is labelled or inside another labelled gold span
    for t in cls_of:
        for s, e in occurrences(text, t):
            need(covering(gold, s, e), '%s: unlabelled occurrence of gold %r at %d' % (name, t, s))
    # no negative/ambiguous occurrence overlaps a gold span; labelled ones neither
    for sp in other:
        for s, e in occurrences(text, sp.text) + [(sp.s, sp.e)]:
            for g in gold:
                need(not (s < g.e and g.s < e), '%s: %s %r overlaps gold %r' % (name, sp.kind, sp.text, g.text[:40]))
    # gold formats and checksums
    for sp in gold:
        validate_gold(sp.tag, sp.text, order)
    # e-mail-shaped strings
    for m in EMAIL_RX.finditer(text):
        cov = covering(spans, m.start(), m.end())
        if any(c.kind == 'gold' and c.tag in SECRET_CLASSES for c in cov):
            continue
        need(cov, '%s: unlabelled e-mail %r' % (name, m.group()))
        need(EMAIL_DOMAIN_RX.search(m.group().split('@')[1]), '%s: e-mail outside example.* %r' % (name, m.group()))
    # SSN-shaped strings
    for m in SSN_SHAPE_RX.finditer(text):
        need(covering(spans, m.start(), m.end()), '%s: unlabelled SSN-shaped %r' % (name, m.group()))
    # Luhn-valid card-shaped numbers
    for m in CARD_SHAPE_RX.finditer(text):
        d = re.sub(r'\D', '', m.group())
        if luhn_ok(d):
            need(covering(spans, m.start(), m.end()), '%s: unlabelled Luhn-valid number %r' % (name, m.group()))
    # US phone-shaped strings
    for rx in PHONE_RXS:
        for m in rx.finditer(text):
            cov = covering(spans, m.start(), m.end())
            need(cov, '%s: unlabelled phone-shaped %r' % (name, m.group()))
            inner = min(cov, key=lambda c: c.e - c.s)
            d = re.sub(r'\D', '', m.group())
            if any(c.kind == 'gold' and c.tag != 'pii.phone' for c in cov):
                continue
            if inner.kind == 'gold':
                need(us_phone_fiction(d), '%s: phone outside 555-01xx %r' % (name, m.group()))
            else:
                need(us_phone_fiction(d) or 'not a phone number' in inner.tag,
                     '%s: phone-shaped %s %r neither 555-01xx nor said not to be a phone' % (name, inner.kind, m.group()))
    for m in UK_MOBILE_RX.finditer(text):
        need(re.fullmatch(r'07700 900\d{3}', m.group()), '%s: UK mobile outside range %r' % (name, m.group()))
    # dotted quads and longer dotted runs
    for m in DOTTED_RX.finditer(text):
        cov = covering(spans, m.start(), m.end())
        need(cov, '%s: unlabelled dotted run %r' % (name, m.group()))
        parts = m.group().split('.')
        if len(parts) == 4 and all(int(p) <= 255 for p in parts):
            a = ipaddress.ip_address(m.group())
            if not (doc_ip(m.group()) or a.is_private):
                inner = min(cov, key=lambda c: c.e - c.s)
                need(inner.kind == 'neg' and 'not an IP' in inner.tag,
                     '%s: public IPv4 %r not a negative saying it is not an IP' % (name, m.group()))
    for m in IPV6_RX.finditer(text):
        g6 = m.group()
        if '::' not in g6 and g6.count(':') != 7:
            continue
        try:
            ipaddress.IPv6Address(g6)
        except ValueError:
            continue
        need(doc_ip(g6), '%s: IPv6 outside 2001:db8::/32 %r' % (name, g6))
        need(covering(spans, m.start(), m.end()), '%s: unlabelled IPv6 %r' % (name, g6))
    for m in MAC_RX.finditer(text):
        need(mac_doc(m.group()), '%s: MAC outside the documentation block %r' % (name, m.group()))
        need(covering(spans, m.start(), m.end()), '%s: unlabelled MAC %r' % (name, m.group()))
    # secret-shaped strings inside gold spans
    for m in SECRET_RX.finditer(text):
        need(covering(gold, m.start(), m.start() + 1), '%s: secret-shaped %r outside gold' % (name, m.group()[:20]))
    # weekdays written with full dates
    for m in WD_BEFORE_RX.finditer(text):
        parse_date(m.group(1) + ' ' + m.group(2), order)
    for m in WD_AFTER_RX.finditer(text):
        parse_date(m.group(2) + ' ' + m.group(1), order)
    for sp in gold:
        if sp.tag == 'pii.date':
            need(not WD_TAIL_RX.search(text[max(0, sp.s - 14):sp.s]), '%s: weekday left outside the date span %r' % (name, sp.text))
    # ages over 89 written with a unit are labelled
    for m in AGE_UNIT_RX.finditer(text):
        if int(m.group(1)) >= 90:
            need(any(c.tag == 'pii.age_over_89' for c in covering(gold, m.start(), m.end())),
                 '%s: unlabelled age %r' % (name, m.group()))
    if extra:
        extra(text, dict(cls_of), H)


# ----------------------------------------------------------------------------------------------
# generators handed to the document modules
# ----------------------------------------------------------------------------------------------

class Gen:
    def __init__(self, n):
        self.n = n
        self.rnd = random.Random('%d-%d' % (SEED, n))

    def digits(self, k):
        return ''.join(self.rnd.choice('0123456789') for _ in range(k))

    def chars(self, alphabet, k):
        return ''.join(self.rnd.choice(alphabet) for _ in range(k))

    def npi(self):
        p = '1' + self.digits(8)
        return p + luhn_digit('80840' + p)

    def dea(self, first, initial):
        d6 = self.digits(6)
        return first + initial + d6 + dea_check_digit(d6)

    def aba(self, prefix):
        while True:
            body = prefix + self.digits(8 - len(prefix))
            for c in '0123456789':
                if aba_ok(body + c):
                    return body + c

    def ssn(self):
        while True:
            t = '%03d-%02d-%04d' % (self.rnd.randint(1, 899), self.rnd.randint(1, 99), self.rnd.randint(1, 9999))
            if ssn_ok(t):
                return t

    def itin(self):
        return '9%02d-%02d-%04d' % (self.rnd.randint(0, 99), self.rnd.randint(70, 88), self.rnd.randint(1, 9999))

    def mbi(self):
        A, N = MBI_ALPHA, '0123456789'
        pat = ['123456789', A, A + N, N, A, A + N, N, A, A, N, N]
        while True:
            s = ''.join(self.rnd.choice(p) for p in pat)
            if mbi_ok(s):
                return s

    def visa(self):
        p = '4' + self.digits(14)
        d = p + luhn_digit(p)
        return ' '.join(d[i:i + 4] for i in range(0, 16, 4))

    def nhs(self):
        while True:
            d9 = '4' + self.digits(8)
            c = nhs_check(d9)
            if c is not None:
                d = d9 + str(c)
                return '%s %s %s' % (d[:3], d[3:6], d[6:])

    def vin(self, wmi, vds, year, plant):
        serial = self.digits(6)
        v = wmi + vds + '0' + year + plant + serial
        c = vin_check_char(v)
        return v[:8] + c + v[9:]

    def cz_account(self, w):
        while True:
            d = self.digits(len(w))
            if sum(int(c) * x for c, x in zip(d, w)) % 11 == 0 and int(d) > 0:
                return d

    def iban_cz(self, bank):
        bban = bank + '000000' + self.cz_account(CZ_W_ACC)
        chk = 98 - int(''.join(str(int(c, 36)) for c in bban + 'CZ00')) % 97
        s = 'CZ%02d' % chk + bban
        assert iban_ok(s)
        return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))

    def bech32(self):
        prog = bytes(self.rnd.randrange(256) for _ in range(20))
        return bech32_encode('bc', [0] + convertbits(prog, 8, 5))

    def github(self):
        body = self.chars(B62[10:] + B62[:10], 30)
        return 'ghp_' + body + b62(zlib.crc32(body.encode()), 6)

    def openai(self):
        return 'sk-proj-' + self.chars(B64URL, 74) + 'T3BlbkFJ' + self.chars(B64URL, 74)

    def anthropic(self):
        return 'sk-ant-api03-' + self.chars(B64URL, 93) + 'AA'

    def slack(self):
        return 'xoxb-%s-%s-%s' % ('1' + self.digits(11), '1' + self.digits(12), self.chars(B62, 24))

    def aws_id(self):
        return 'AKIA' + self.chars(B32, 16)

    def aws_secret(self):
        return self.chars(B62 + '/+', 40)

    def hex32(self):
        while True:
            h = self.chars('0123456789abcdef', 32)
            if generic_ok(h):
                return h

    def uuid4(self):
        h = list(self.chars('0123456789abcdef', 32))
        h[12] = '4'
        h[16] = self.rnd.choice('89ab')
        h = ''.join(h)
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ec_key(self):
        d = self.rnd.randrange(1, EC_N)
        return d, pem_lines('PRIVATE KEY', pkcs8_ec(d))

    def es256_jwt(self, header, payload, d):
        si = b64u(json.dumps(header, separators=(',', ':')).encode()) + '.' + \
            b64u(json.dumps(payload, separators=(',', ':')).encode())
        r, s = ecdsa_sign(d, si.encode(), self.rnd.randrange(1, EC_N))
        return si + '.' + b64u(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))


H = types.SimpleNamespace(
    need=need, CheckError=CheckError, parse_date=parse_date, to_date=to_date, age_on=age_on,
    luhn_ok=luhn_ok, npi_ok=npi_ok, dea_ok=dea_ok, aba_ok=aba_ok, iban_ok=iban_ok, ssn_ok=ssn_ok,
    mbi_ok=mbi_ok, cz_national_ok=cz_national_ok, pem_parse=pem_parse, es256_verify=es256_verify,
    jwt_parts=jwt_parts, b64u_dec=b64u_dec, age_value=age_value, validate_gold=validate_gold,
)


# ----------------------------------------------------------------------------------------------
# building
# ----------------------------------------------------------------------------------------------

def load_modules():
    return [importlib.import_module('docs_%d' % n) for n in range(1, NDOCS + 1)]


def build_one(n, mod):
    template, values = mod.make(Gen(n))
    text, spans = parse(substitute(template, values))
    check_doc('doc%d' % n, text, spans, order=getattr(mod, 'DATE_ORDER', 'MDY'),
              hard_negative=(n == NDOCS), extra=getattr(mod, 'extra_check', None))
    return text, spans


def first_seen(spans, kind):
    out = {}
    for sp in spans:
        if sp.kind == kind and sp.text not in out:
            out[sp.text] = sp.tag
    return out


def build(mods):
    files, docs = {}, []
    gold_lines, neg_lines, amb_lines = [], [], []
    for n, mod in enumerate(mods, 1):
        text, spans = build_one(n, mod)
        name = 'doc%d.txt' % n
        files[name] = text.encode('utf-8')
        g = first_seen(spans, 'gold')
        ng = first_seen(spans, 'neg')
        am = first_seen(spans, 'amb')
        occ = {t: len(occurrences(text, t)) for t in g}
        docs.append(dict(n=n, name=name, mod=mod, text=text, gold=g, neg=ng, amb=am, occ=occ))
        gold_lines += [json.dumps({'doc': name, 'class': c, 'text': t}, ensure_ascii=False) for t, c in g.items()]
        neg_lines += [json.dumps({'doc': name, 'text': t, 'why': w}, ensure_ascii=False) for t, w in ng.items()]
        amb_lines += [json.dumps({'doc': name, 'text': t, 'why': w}, ensure_ascii=False) for t, w in am.items()]
    have = {c for d in docs for c in d['gold'].values()}
    missing = [c for c in CLASSES if c not in have]
    need(not missing, 'classes without gold: %s' % missing)
    files['gold.jsonl'] = ('\n'.join(gold_lines) + '\n').encode('utf-8')
    files['negatives.jsonl'] = ('\n'.join(neg_lines) + '\n').encode('utf-8')
    files['ambiguous.jsonl'] = ('\n'.join(amb_lines) + '\n').encode('utf-8')
    files['README.md'] = readme(docs).encode('utf-8')
    return files


# ----------------------------------------------------------------------------------------------
# self-test of the checker
# ----------------------------------------------------------------------------------------------

FILLER = '\n' + ' '.join(['The remainder of this test note is ordinary prose without any values.'] * 20)


def run_case(tpl, order='MDY', hard=False, extra=None, pad=True, values=None):
    text, spans = parse(substitute(tpl, values or {}))
    if pad:
        text = text + FILLER
    check_doc('selftest', text, spans, order=order, hard_negative=hard, extra=extra)


def selftest(mods):
    g = Gen(0)
    npi = g.npi()
    bad_npi = npi[:-1] + str((int(npi[-1]) + 1) % 10)
    dea = g.dea('B', 'K')
    bad_dea = dea[:-1] + str((int(dea[-1]) + 3) % 10)
    aba = g.aba('0531')
    bad_aba = aba[:-1] + str((int(aba[-1]) + 1) % 10)
    iban = g.iban_cz('0800')
    bad_iban = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    # a CZ IBAN whose mod 97 holds but whose account number fails the Czech mod-11 check
    acc = '0000123456'
    assert sum(int(c) * w for c, w in zip(acc, CZ_W_ACC)) % 11 != 0
    bb = '0800' + '000000' + acc
    cz_bad_nat = 'CZ%02d' % (98 - int(''.join(str(int(c, 36)) for c in bb + 'CZ00')) % 97) + bb
    vin = g.vin('5TD', 'YK3DC', 'E', 'S')
    bad_vin = vin[:8] + ('1' if vin[8] != '1' else '2') + vin[9:]
    nhs = g.nhs()
    bad_nhs = nhs[:-1] + str((int(nhs[-1]) + 1) % 10)
    btc = g.bech32()
    bad_btc = btc[:-1] + ('q' if btc[-1] != 'q' else 'p')
    gh = g.github()
    bad_gh = gh[:-1] + ('A' if gh[-1] != 'A' else 'B')
    card = g.visa()
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    d, lines = g.ec_key()
    pem = '\n'.join(lines)
    jwt = g.es256_jwt({'alg': 'ES256', 'typ': 'JWT'}, {'iss': 'x', 'exp': 1}, d)
    d2, lines2 = g.ec_key()
    # a PEM whose stored public point belongs to another scalar
    raw = base64.b64decode(''.join(lines[1:-1]))
    raw2 = base64.b64decode(''.join(lines2[1:-1]))
    bad_pem = '\n'.join(pem_lines('PRIVATE KEY', raw[:-64] + raw2[-64:]))
    bad_jwt = jwt[:-2] + ('AA' if jwt[-2:] != 'AA' else 'BB')
    P = ec_mul(d)

    def jwt_check(sig_jwt):
        def f(text, gold, H_):
            need(es256_verify(sig_jwt, P), 'JWT signature')
        return f

    exec_pem = '\t"const k = `' + '",\n\t"'.join(lines) + '`;",\n'
    exec_pem_lab = '\t"const k = `⟦PEM|' + '",\n\t"'.join(lines) + '⟧`;",\n'
    ant = g.anthropic()
    slack = g.slack()
    aws = g.aws_id()
    broken = [
        ('unlabelled repeat of a gold name', '⟦N|Hollis Grant⟧ met Hollis Grant.', {}),
        ('Luhn-invalid card', 'card ⟦CC|%s⟧' % bad_card, {}),
        ('unlabelled Luhn-valid card, grouped', 'card %s' % card, {}),
        ('unlabelled Luhn-valid card, run together', 'card %s' % card.replace(' ', ''), {}),
        ('wrong full weekday', 'seen ⟦D|Monday, October 14, 2025⟧', {}),
        ('wrong abbreviated weekday', 'seen ⟦D|Wed 10/14/2025⟧', {}),
        ('wrong weekday in brackets', 'seen ⟦D|10/14/2025⟧ (Friday)', {}),
        ('wrong Czech weekday', 'operace ⟦D|pátek 11. září 2025⟧', {'order': 'DMY'}),
        ('wrong Czech weekday, numeric date', 'kontrola ⟦D|úterý 15. 9. 2025⟧', {'order': 'DMY'}),
        ('weekday right only in the other date order', 'seen ⟦D|Thu 11/09/2025⟧', {}),
        ('weekday left outside the date span', 'seen Tuesday, ⟦D|October 14, 2025⟧', {}),
        ('unlabelled e-mail', 'write to ana.ruiz@example.com', {}),
        ('gmail address', 'write to ⟦E|ana.ruiz@gmail.com⟧', {}),
        ('gold phone outside 555-01xx', 'call ⟦P|312-555-0200⟧', {}),
        ('unlabelled phone', 'call 312-555-0144', {}),
        ('unlabelled run-together phone', 'call 3125550144 now', {}),
        ('unlabelled E.164 phone', 'call +13125550144 now', {}),
        ('phone-shaped negative without the reason', 'order ⟦!order number|3127781234⟧', {}),
        ('gold phone span starting at the plus', 'call ⟦P|+1 312 555 0144⟧', {}),
        ('Czech phone outside the invented pattern', 'tel. +⟦P|420 605 123 456⟧', {}),
        ('UK mobile outside the drama range', 'mobile ⟦P|07700 901234⟧', {}),
        ('bare AWS key', 'key %s here' % aws, {}),
        ('Anthropic key labelled negative', 'key ⟦!example|%s⟧' % ant, {}),
        ('unlabelled Slack token', 'token %s' % slack, {}),
        ('unlabelled PEM block', exec_pem, {}),
        ('span inside a word', 'Mc⟦N|Gregor⟧ said so', {}),
        ('text both gold and negative', '⟦N|Faith⟧ kept ⟦!common noun|Faith⟧', {}),
        ('text both gold and ambiguous', '⟦N|Rosa⟧ wrote as ⟦?handle|Rosa⟧', {}),
        ('negative overlapping gold', '⟦N|Ann Lee⟧ and the ⟦!tree|Lee⟧ side', {}),
        ('text with two classes', '⟦N|Jordan⟧ moved to ⟦A|Jordan⟧', {}),
        ('public IPv4 as gold', 'from ⟦IP|8.8.8.8⟧', {}),
        ('public IPv4 negative without the reason', 'build ⟦!version|8.8.8.8⟧', {}),
        ('unlabelled dotted quad', 'host 192.0.2.4 up', {}),
        ('unlabelled OID', 'root 1.2.840.10045.2.1 used', {}),
        ('public IPv6', 'from ⟦IP|2607:f8b0::1⟧', {}),
        ('unlabelled IPv6', 'from 2001:db8::7 now', {}),
        ('non-documentation MAC', 'mac ⟦MAC|00:1A:2B:3C:4D:5E⟧', {}),
        ('unlabelled MAC', 'mac 00:00:5E:00:53:2A seen', {}),
        ('bad NPI', 'NPI ⟦NPI|%s⟧' % bad_npi, {}),
        ('bad DEA', 'DEA ⟦DEA|%s⟧' % bad_dea, {}),
        ('bad ABA', 'ABA ⟦ABA|%s⟧' % bad_aba, {}),
        ('bad IBAN', 'IBAN ⟦IBAN|%s⟧' % bad_iban, {}),
        ('CZ IBAN failing the national check', 'IBAN ⟦IBAN|%s⟧' % cz_bad_nat, {}),
        ('bad VIN', 'VIN ⟦VIN|%s⟧' % bad_vin, {}),
        ('bad NHS number', 'NHS ⟦NHS|%s⟧' % bad_nhs, {}),
        ('bad bech32', 'BTC ⟦BTC|%s⟧' % bad_btc, {}),
        ('bad GitHub CRC', 'tok ⟦GH|%s⟧' % bad_gh, {}),
        ('bad ES256 JWT signature', 'jwt ⟦JWT|%s⟧' % bad_jwt, {'extra': jwt_check(bad_jwt)}),
        ('PEM public point mismatch', 'key ⟦PEM|%s⟧' % bad_pem, {}),
        ('SSN area 666', 'SSN ⟦SSN|666-12-3456⟧', {}),
        ('famous SSN', 'SSN ⟦SSN|078-05-1120⟧', {}),
        ('unlabelled SSN', 'SSN 512-44-9031 here', {}),
        ('ITIN group out of range', 'ITIN ⟦ITIN|912-45-6789⟧', {}),
        ('MBI with a forbidden letter', 'MBI ⟦MBI|1SA4TE5MK72⟧', {}),
        ('age 89 as gold', 'aged ⟦AGE|89⟧', {}),
        ('age 121 as gold', 'aged ⟦AGE|121⟧', {}),
        ('unlabelled 94-year-old', 'a 94-year-old woman', {}),
        ('unlabelled Czech age', 'pacientka 91 let', {'order': 'DMY'}),
        ('malformed ICD-10', 'dx ⟦ICD|K9.22⟧', {}),
        ('impossible date', 'on ⟦D|02/30/2025⟧', {}),
        ('gold date without a year', 'on ⟦D|10/14⟧', {}),
        ('four-digit ZIP', 'ZIP ⟦Z|2134⟧', {}),
        ('unknown class', '⟦pii.fax|312⟧', {}),
        ('unbalanced label', '⟦N|Ann Lee', {}),
        ('unresolved generated value', 'ID «missing»', {}),
        ('gold in the hard-negative document', '⟦N|Ann Lee⟧', {'hard': True}),
        ('tiny document', '⟦N|Ann Lee⟧ only', {'pad': False}),
        ('oversized document', 'x' * 2700, {'pad': False}),
    ]
    # per-document checks fed broken copies of the real documents
    texts = {}
    for n, mod in enumerate(mods, 1):
        template, values = mod.make(Gen(n))
        texts[n] = parse(substitute(template, values))
    doc_broken = []
    for n, mod in enumerate(mods, 1):
        for why, old, new in getattr(mod, 'BROKEN', []):
            assert old in texts[n][0], (n, why, old)
            doc_broken.append(('doc%d: %s' % (n, why), n, texts[n][0].replace(old, new, 1)))
        if hasattr(mod, 'broken'):
            for why, bad in mod.broken(texts[n][0]):
                assert bad != texts[n][0], (n, why)
                doc_broken.append(('doc%d: %s' % (n, why), n, bad))
    refused = 0
    for why, tpl, kw in broken:
        try:
            run_case(tpl, order=kw.get('order', 'MDY'), hard=kw.get('hard', False), extra=kw.get('extra'),
                     pad=kw.get('pad', True))
        except CheckError:
            refused += 1
            continue
        raise AssertionError('self-test: broken input accepted: %s' % why)
    for why, n, bad in doc_broken:
        text, spans = texts[n]
        gold = {sp.text: sp.tag for sp in spans if sp.kind == 'gold'}
        try:
            mods[n - 1].extra_check(bad, gold, H)
        except (CheckError, ValueError, KeyError, IndexError, AttributeError, TypeError):
            refused += 1
            continue
        raise AssertionError('self-test: broken document accepted: %s' % why)
    good = [
        ('English weekdays', '⟦D|Tuesday, October 14, 2025⟧, ⟦D|Tue 10/14/2025⟧ and ⟦D|Oct 14, 2025⟧', {}),
        ('Czech weekday and dates', '⟦D|čtvrtek 11. září 2025⟧, ⟦D|11. 9. 2025⟧ and ⟦D|3. 11. 1933⟧', {'order': 'DMY'}),
        ('BIP 173 test vector', 'to ⟦BTC|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧', {}),
        ('ES256 JWT verified with its key', 'jwt ⟦JWT|%s⟧' % jwt, {'extra': jwt_check(jwt)}),
        ('PKCS#8 EC key', 'key ⟦PEM|%s⟧' % pem, {}),
        ('PEM split over a JSON string array', exec_pem_lab, {}),
        ('CZ IBAN test value', 'IBAN ⟦IBAN|CZ65 0800 0000 1920 0014 5399⟧', {}),
        ('URL with a nested MRN', 'see ⟦URL|https://portal.example.org/p/MRN-⟦MRN|00418277⟧/meds⟧', {}),
        ('escape boundary', '{\\"name\\":\\"⟦N|Margit⟧\\",\\"x\\":\\"a\\n⟦N|Ilona⟧\\"}', {}),
        ('E.164 span after the plus', 'call +⟦P|14145550172⟧ or +⟦P|1 773 555 0141⟧', {}),
        ('Czech invented mobile', 'tel. +⟦P|420 605 555 013⟧', {}),
        ('GitHub token', 'tok ⟦GH|%s⟧' % gh, {}),
        ('phone-shaped number that is not a phone', 'NDC ⟦!NDC digits, not a phone number|0641612725⟧', {}),
        ('UK mobile in range', 'mobile ⟦P|07700 900123⟧', {}),
        ('NHS number shaped like a phone', 'NHS ⟦NHS|%s⟧' % nhs, {}),
        ('EDI name components', 'NM1*IL*1*⟦N|VASQUEZ-ORTEGA⟧*⟦N|MARIBEL⟧*T~', {}),
        ('LEDES pipe-delimited fields', '|⟦D|20251003⟧|L120||A104|⟦N|Haugland, Signe R.⟧|PT[]', {}),
        ('Czech ages', '⟦AGE|91letá⟧ pacientka (⟦AGE|91 let⟧)', {'order': 'DMY'}),
        ('ITIN and month-year', 'ITIN ⟦ITIN|%s⟧ since ⟦D|05/2023⟧' % g.itin(), {}),
        ('checksummed financials', 'card ⟦CC|%s⟧ ABA ⟦ABA|%s⟧ IBAN ⟦IBAN|%s⟧ VIN ⟦VIN|%s⟧' % (card, aba, iban, vin), {}),
    ]
    accepted = 0
    for why, tpl, kw in good:
        try:
            run_case(tpl, order=kw.get('order', 'MDY'), extra=kw.get('extra'))
        except CheckError as exc:
            raise AssertionError('self-test: good input refused: %s (%s)' % (why, exc))
        accepted += 1
    return refused, accepted, len(broken), len(doc_broken)


# ----------------------------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------------------------

SELFTEST_COUNTS = {}

README_HEAD = """# Mixed documents, set M

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets
A-L, whose conventions are kept and whose genres are avoided, and the list of data classes).

`python3 make.py` (standard library only, fixed seed {seed}, output is deterministic: make.py runs a
self-test of its checker against {nbroken} deliberately broken inputs ({ngeneric} small ones and {ndoc}
broken copies of the real documents fed to their own checks) and {ngood} good ones, builds everything
twice and asserts the two builds are identical, then re-verifies every checksum-bearing gold value
and every document's own check from the written files) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.2–2.6 KB each |
| `gold.jsonl` | `{{"doc","class","text"}}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{{"doc","text","why"}}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{{"doc","text","why"}}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

Layout as in set L: templates in `docs_1.py` … `docs_12.py` (each defines `make(g) -> (template,
values)`, `GENRE`, `NOTES`, `DATE_ORDER` (`DMY` for the Czech document), optionally `LANG` (`cs`:
Czech weekday and month names the checker reads besides English), `extra_check` where the genre has
arithmetic, structure or check characters of its own, and `BROKEN` (replacements) or `broken(text)`:
broken copies of the document that `extra_check` must refuse); inline labels `⟦class|text⟧` gold, `⟦!why|text⟧` negative,
`⟦?why|text⟧` ambiguous, `«key»` generated values, labels may nest; short aliases in `ALIASES`. Each
module gets its own generator seeded with `"{seed}-<n>"`. make.py sets `sys.dont_write_bytecode`, so
no `__pycache__` is left behind. Every document is pasted into a chat prompt with a short question
or instruction around it.

Genres (none used by sets A-L):

"""

README_CONVENTIONS = """
## Scoring conventions

Exactly as set L (and so sets C-K): every occurrence of a gold text counts, on token boundaries
(case-sensitive); a gold span is only the value (labels, titles, credentials, `Bearer `, quotes and
trailing punctuation outside); names in every written form; street line plus same-line unit; ZIP
separate, foreign postcodes ambiguous; business/provider contact data ambiguous, a named
individual's direct line/e-mail gold; dates about a person or their care/case in any format,
statute/regulation/policy dates and year-only negative, log timestamps and card/lot expiry
ambiguous, dates without a year ambiguous, month-year dates about the person gold; a weekday written
with a date is inside the span, a clock time next to it is not; only ages over 89 gold (span = number
plus attached unit, `91 let`, `91 y.o.`); only person-identifying URLs gold, with an MRN inside nested
as `phi.mrn`; member IDs gold, group numbers ambiguous; privilege marker lines (or phrases) only;
secrets value only, PEM block from `-----BEGIN` to the final `-----`, AWS secret key and passwords
ambiguous; claim, case, matter, Bates, badge, account-at-a-provider, EIN and masked/last-4 numbers
ambiguous; national identifiers without a class (the Czech rodné číslo), foreign passports and
foreign postcodes ambiguous; CPT/HCPCS/LOINC/NDC/lot, licence numbers, hashes, reference ranges and
scores negative; handles and initials ambiguous; companies named after people ambiguous; eponyms,
drug and device brands and saints' names negative; infrastructure IPs ambiguous; E.164 phone spans
start after the `+`.

Points new in set M:

1. **X12 EDI** (doc1). `~` (segment terminator), `*` (element separator) and `:` are delimiters;
   each `NM1` name element is its own span (`VASQUEZ-ORTEGA`, `MARIBEL`, as set D's HL7 components),
   the middle-initial element alone is unlabelled. `DMG` and `DTP` dates in `CCYYMMDD` form are gold
   (birth, requested service date); the `ISA` (`YYMMDD`), `GS` and `BHT` dates are transport
   metadata (ambiguous, like HL7's MSH-7). An SSN sent in `REF*SY` as nine digits run together is
   gold `pii.ssn`, the `REF*EA` value an MRN. The five-digit payer ID is ZIP-shaped but a negative;
   the trace number (nine digits) and the originating company ID (`1` + EIN, ten digits) are
   negatives. make.py checks the fixed 106-character `ISA`, every segment count and control number.
2. **PEM split over a JSON string array** (doc6). In a Postman pre-request script each script line
   is its own element of the `exec` array, so the PEM's lines are separated by `",` + newline +
   indentation + `"`. The gold span still runs from `-----BEGIN` to the final `-----` and includes
   those JSON characters (as sets E and F included `+` and `> ` prefixes); the opening and closing
   JavaScript backticks are outside. make.py re-assembles the script with `json.loads`, parses the
   PKCS#8 key and checks its public point.
3. **ES256 client assertion** (doc6). The JWT is signed with ECDSA P-256 (raw `r||s`), not HMAC;
   make.py verifies it against the public key of the private key in the same collection.
4. **LEDES 1998B** (doc5). `|` separates fields and `[]` ends each line; both lie outside spans. The
   invoice-level fields repeat on every line, so the privilege phrase in `INVOICE_DESCRIPTION` is
   gold at each of its occurrences. `LINE_ITEM_DATE` values are dates of work on this claim (gold,
   as set L's DATESENT values); `INVOICE_DATE` and the billing period are billing metadata
   (ambiguous). UTBMS task, activity and expense codes (`L120`, `A104`, `E101`) look like ICD-10
   codes without the dot and are negatives; timekeeper IDs made of initials are ambiguous (even
   `CEO`); the `LAW_FIRM_ID` (an EIN) and the claim number are ambiguous.
5. **Czech** (doc2, `DATE_ORDER = DMY`, `LANG = cs`). `3. 11. 1933` (with spaces) is one span;
   `čtvrtek 11. září 2025` carries its weekday (checked); `91 let` is an age span. Czech feminine
   surnames are different texts from the same family's English forms (`Ludmila Reyesová` in the
   Czech report, `Ludmila Reyes` in the English prompt, the maiden name `Horáková`). Czech house
   numbers `1284/92` are part of the street span. The nine-digit rodné číslo of a woman born before
   1954 (month + 50, no check digit) is ambiguous; make.py checks it encodes her birth date.
6. **Logcat** (doc11). `threadtime` stamps (`10-27 09:14:02.870`) carry no year and are log
   metadata (ambiguous); process and thread IDs are unlabelled. A Wi-Fi network name built from the
   patient's surname is ambiguous (handle rule); her glucose meter's Bluetooth MAC, bonded to her
   phone, is gold `pii.mac_address` (as set G's monitoring cuff).

`make.py` asserts what set L's asserts: every gold/negative/ambiguous text occurs verbatim in its
document; every labelled span and every gold occurrence sits on token boundaries; every occurrence of
a gold text is labelled or inside another labelled gold span; no text carries two classes or is both
gold and negative/ambiguous (or both negative and ambiguous); no occurrence of a negative or
ambiguous text overlaps a gold span; every e-mail-shaped string uses `example.com/.net/.org` (or
`.test`) and is labelled; every SSN-shaped string and every Luhn-valid card-shaped number is
labelled; every US phone-shaped string (also ten or eleven digits run together and ten spaced single
digits) is labelled and in 555-01xx unless it is gold as another class (the NHS number written 3-3-4,
NPIs, a bank account) or a labelled negative/ambiguous whose reason says it is not a phone number;
no gold phone span starts with `+`; UK mobiles are `07700 900xxx`, Czech numbers follow the invented
`+420 ddd 555 0dd` pattern; every dotted quad or longer dotted run is labelled, and a public one only
as a negative whose reason says it is not an IP; every IPv6 address is in `2001:db8::/32`; every MAC
is in the documentation block and labelled; every secret-shaped string lies inside a gold span; a
weekday written next to a full date (English or Czech; before the date, or in brackets after it) is
the right weekday, read in the document's date order, and a weekday just before a gold date is inside
its span; every gold date parses to a real calendar date with a year (or a month-year); gold ages are
90-120 and every age over 89 written with a unit is labelled; each document is 1200–2600 bytes;
doc12 has no gold; every class has at least one gold value; every checksum-bearing gold value is
re-verified from the final text.

Notes per document:

"""

README_SYNTH = """
## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the files)

Card: Visa, Luhn, 16 digits in groups of four. NPI: Luhn over `80840`+NPI, first digit 1. DEA:
registrant letter + initial + 6 digits + the DEA check digit (`R` + `H` for the Harborview narcotic
treatment program, `F` + `A` for its medical director; doc7's `extra_check` matches each DEA to its
registrant). ABA: 3-7-1 weighted mod 10 with the Richmond-district prefix `0531` (a North Carolina
credit union). IBAN (CZ): bank `0800`, prefix and account number passing the Czech mod-11 checks
(weights 10-5-8-4-2-1 and 6-3-7-9-10-5-8-4-2-1), IBAN mod 97 = 1, length 24, groups of four. VIN:
position-9 check digit (Toyota `5TD` WMI, model-year code `E`). NHS: first digit 4, mod 11 (check 10
rejected), written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, no famous example;
one written with dashes, one as nine digits in an X12 `REF*SY` element. ITIN: area 9xx, group 70–88.
MBI: 11 characters in the CMS character classes (not CMS's published sample). New Jersey driver's
licence: surname initial + 14 digits written `A#### ##### #####` (doc3's `extra_check` matches the
initial). US passport: letter + 8 digits. Czech rodné číslo (ambiguous): nine digits for a woman born
before 1954, month + 50. Phones: US 555-01xx (also in E.164 form, span after the `+`); Czech numbers
invented (`+420 ddd 555 0dd`: no fiction range exists there). GitHub classic token: `ghp_` + 30
base62 + 6-character base62 CRC32. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url. Anthropic:
`sk-ant-api03-` + 93 base64url + `AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40 characters,
ambiguous). Slack bot token: `xoxb-` 12 digits-13 digits-24 alphanumerics. EC private key: random
scalar on P-256, PKCS#8 DER (`-----BEGIN PRIVATE KEY-----`) with the public point, PEM-wrapped at 64
columns (checked: public point = scalar × G, on the curve). JWT: ES256 with a real ECDSA P-256
signature over SHA-256, verified against that key (doc6). Generic API key: 32 random hex characters
(at least 12 distinct). BTC: bech32 (BIP 173) P2WPKH, checksum verified (the BIP 173 test vector is in
the self-test). E-mails: `example.com/.net/.org` only. IPs: 203.0.113.0/24. MAC:
`00:00:5E:00:53:xx`. Names, addresses, member IDs, MRNs and every other number are invented.
Negatives that look like identifiers fail their checksums where that matters (doc12's catalogue
number fails the NPI check; its NDC digits are checked against the dashed NDC).
"""


def readme(docs):
    out = [README_HEAD.format(seed=SEED, nbroken=SELFTEST_COUNTS['refused'], ngeneric=SELFTEST_COUNTS['generic'],
                              ndoc=SELFTEST_COUNTS['doc'], ngood=SELFTEST_COUNTS['good'])]
    for d in docs:
        out.append('%d. %s\n' % (d['n'], ' '.join(d['mod'].GENRE.split())))
    out.append(README_CONVENTIONS)
    for d in docs:
        out.append('* **doc%d.** %s\n' % (d['n'], ' '.join(d['mod'].NOTES.split())))
    out.append(README_SYNTH)
    ngold = sum(len(d['gold']) for d in docs)
    nocc = sum(sum(d['occ'].values()) for d in docs)
    nneg = sum(len(d['neg']) for d in docs)
    namb = sum(len(d['amb']) for d in docs)
    out.append('\n## Counts\n\n%d gold values (distinct per document), %d gold occurrences, %d negatives, %d ambiguous.\n'
               'Classes with no gold value in this set: none.\n\n' % (ngold, nocc, nneg, namb))
    out.append('| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n')
    for d in docs:
        out.append('| %s | %d | %d | %d | %d |\n' % (d['name'], len(d['gold']), len(d['neg']), len(d['amb']),
                                                     len(d['text'].encode('utf-8'))))
    out.append('\n| class | gold values | occurrences |\n|---|---|---|\n')
    for c in sorted(CLASSES):
        vals = [(d, t) for d in docs for t, k in d['gold'].items() if k == c]
        out.append('| `%s` | %d | %d |\n' % (c, len(vals), sum(d['occ'][t] for d, t in vals)))
    return ''.join(out)


# ----------------------------------------------------------------------------------------------
# re-verification from the written files
# ----------------------------------------------------------------------------------------------

def reverify(mods):
    golds = [json.loads(x) for x in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8')]
    texts = {}
    for n in range(1, NDOCS + 1):
        with open(os.path.join(HERE, 'doc%d.txt' % n), encoding='utf-8', newline='') as f:
            texts['doc%d.txt' % n] = f.read()
    nchk = 0
    for gl in golds:
        text = texts[gl['doc']]
        need(gl['text'] in text, 'reverify: %r missing from %s' % (gl['text'][:40], gl['doc']))
        mod = mods[int(gl['doc'][3:-4]) - 1]
        if gl['class'] in CHECKSUM_CLASSES:
            validate_gold(gl['class'], gl['text'], getattr(mod, 'DATE_ORDER', 'MDY'))
            nchk += 1
    for n, mod in enumerate(mods, 1):
        name = 'doc%d.txt' % n
        if hasattr(mod, 'extra_check'):
            gold = {g['text']: g['class'] for g in golds if g['doc'] == name}
            mod.extra_check(texts[name], gold, H)
    return nchk


def main():
    os.chdir(HERE)
    mods = load_modules()
    refused, accepted, ngeneric, ndoc = selftest(mods)
    SELFTEST_COUNTS.update(refused=refused, good=accepted, generic=ngeneric, doc=ndoc)
    first = build(mods)
    second = build(mods)
    assert first == second, 'two builds differ'
    for name, data in sorted(first.items()):
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    nchk = reverify(mods)
    print('self-test: %d broken inputs refused, %d good accepted; built twice, identical; '
          '%d checksum-bearing gold values re-verified from the files' % (refused, accepted, nchk))
    for name in sorted(first):
        print('  %-16s %6d bytes  sha256 %s' % (name, len(first[name]), hashlib.sha256(first[name]).hexdigest()[:16]))


if __name__ == '__main__':
    main()
