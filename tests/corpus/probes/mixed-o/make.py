#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build set O of the mixed-document probes.

Standard library only.  Writes doc1.txt ... doc12.txt, gold.jsonl, negatives.jsonl,
ambiguous.jsonl and README.md next to this file.  Before writing, the checker is run against
deliberately broken inputs (it must refuse every one) and some good ones (it must accept every
one); the whole set is built twice and the two builds compared; after writing, every
checksum-bearing gold value and every document's own check is verified again from the files.
"""
import sys

sys.dont_write_bytecode = True

import base64
import configparser
import datetime
import hashlib
import hmac
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

SEED = 20270815
N_DOCS = 12
MIN_BYTES, MAX_BYTES = 1200, 2800

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address
pii.zip_code pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address
pii.us_passport pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id
phi.npi phi.dea phi.icd10 fin.credit_card fin.iban fin.aba_routing
fin.bank_account fin.crypto_wallet id.vin id.uk_nhs secret.aws_access_key
secret.github_token secret.openai_api_key secret.anthropic_api_key
secret.slack_token secret.private_key secret.jwt secret.generic_api_key
legal.privilege_marker""".split()

ALIASES = {
    'name': 'pii.person_name', 'ssn': 'pii.ssn', 'itin': 'pii.itin', 'email': 'pii.email',
    'phone': 'pii.phone', 'addr': 'pii.street_address', 'zip': 'pii.zip_code',
    'date': 'pii.date', 'age': 'pii.age_over_89', 'ip': 'pii.ip_address', 'url': 'pii.url',
    'mac': 'pii.mac_address', 'passport': 'pii.us_passport', 'dl': 'pii.us_driver_license',
    'mrn': 'phi.mrn', 'mbi': 'phi.mbi', 'plan': 'phi.health_plan_id', 'npi': 'phi.npi',
    'dea': 'phi.dea', 'icd': 'phi.icd10', 'card': 'fin.credit_card', 'iban': 'fin.iban',
    'aba': 'fin.aba_routing', 'acct': 'fin.bank_account', 'btc': 'fin.crypto_wallet',
    'vin': 'id.vin', 'nhs': 'id.uk_nhs', 'aws': 'secret.aws_access_key',
    'ghp': 'secret.github_token', 'openai': 'secret.openai_api_key',
    'anthropic': 'secret.anthropic_api_key', 'slack': 'secret.slack_token',
    'pem': 'secret.private_key', 'jwt': 'secret.jwt', 'key': 'secret.generic_api_key',
    'priv': 'legal.privilege_marker',
}

CHECKSUM_CLASSES = {'fin.credit_card', 'phi.npi', 'phi.dea', 'fin.aba_routing', 'fin.iban',
                    'id.vin', 'id.uk_nhs', 'pii.ssn', 'pii.itin', 'phi.mbi', 'fin.crypto_wallet',
                    'secret.github_token', 'secret.jwt', 'secret.private_key',
                    'secret.openai_api_key', 'secret.anthropic_api_key',
                    'secret.aws_access_key', 'secret.slack_token', 'secret.generic_api_key',
                    'pii.date', 'pii.age_over_89', 'pii.phone', 'pii.email', 'pii.ip_address',
                    'pii.mac_address', 'phi.icd10', 'pii.zip_code', 'pii.us_passport'}

# ----------------------------------------------------------------------------------------------
# checksums and identifier helpers
# ----------------------------------------------------------------------------------------------

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(payload):
    for c in '0123456789':
        if luhn_ok(payload + c):
            return c
    raise AssertionError


def npi_ok(t):
    return bool(re.fullmatch(r'[12]\d{9}', t)) and luhn_ok('80840' + t)


def dea_ok(t):
    m = re.fullmatch(r'([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})', t)
    if not m:
        return False
    d = [int(c) for c in m.group(3)]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


ABA_PREFIXES = set(range(0, 13)) | set(range(21, 33)) | set(range(61, 73)) | {80}


def aba_ok(t):
    if not re.fullmatch(r'\d{9}', t) or int(t[:2]) not in ABA_PREFIXES:
        return False
    d = [int(c) for c in t]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


IBAN_LENGTHS = {'PL': 28, 'DE': 22, 'GB': 22, 'ES': 24, 'NO': 15, 'NL': 18, 'HU': 28, 'CZ': 24,
                'FR': 27, 'PT': 25, 'IE': 22, 'SE': 24, 'DK': 18}


def iban_mod97(t):
    s = t[4:] + t[:4]
    num = ''.join(str(int(c, 36)) for c in s)
    return int(num) % 97


def pl_sortcode_ok(code8):
    w = [3, 9, 7, 1, 3, 9, 7]
    return (10 - sum(int(a) * b for a, b in zip(code8[:7], w)) % 10) % 10 == int(code8[7])


def iban_errors(t):
    c = t.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', c):
        return ['IBAN shape']
    cc = c[:2]
    if cc not in IBAN_LENGTHS:
        return ['IBAN country %s unknown' % cc]
    if len(c) != IBAN_LENGTHS[cc]:
        return ['IBAN length %d, %s needs %d' % (len(c), cc, IBAN_LENGTHS[cc])]
    if iban_mod97(c) != 1:
        return ['IBAN mod 97 fails']
    if ' ' in t and t != ' '.join(c[i:i + 4] for i in range(0, len(c), 4)):
        return ['IBAN not grouped in fours']
    if cc == 'PL' and not pl_sortcode_ok(c[4:12]):
        return ['PL sort-code check digit fails']
    return []


VIN_MAP = {**{str(i): i for i in range(10)},
           'A': 1, 'B': 2, 'C': 3, 'D': 4, 'E': 5, 'F': 6, 'G': 7, 'H': 8, 'J': 1, 'K': 2, 'L': 3,
           'M': 4, 'N': 5, 'P': 7, 'R': 9, 'S': 2, 'T': 3, 'U': 4, 'V': 5, 'W': 6, 'X': 7, 'Y': 8,
           'Z': 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check_char(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    return 'X' if r == 10 else str(r)


def vin_ok(v):
    return bool(re.fullmatch(r'[A-HJ-NPR-Z0-9]{17}', v)) and vin_check_char(v) == v[8]


def nhs_ok(t):
    d = t.replace(' ', '')
    if not re.fullmatch(r'\d{10}', d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        return False
    return chk == int(d[9])


FAMOUS_SSNS = {'078051120', '219099999', '123456789', '457555462', '111111111', '987654320'}


def ssn_errors(t):
    m = re.fullmatch(r'(\d{3})-(\d{2})-(\d{4})|(\d{3})(\d{2})(\d{4})', t)
    if not m:
        return ['SSN shape']
    a, g, s = [x for x in m.groups() if x is not None]
    e = []
    if a == '000' or a == '666' or a[0] == '9':
        e.append('SSN area %s invalid' % a)
    if g == '00':
        e.append('SSN group 00')
    if s == '0000':
        e.append('SSN serial 0000')
    if a + g + s in FAMOUS_SSNS:
        e.append('famous SSN')
    return e


def itin_errors(t):
    m = re.fullmatch(r'(9\d{2})-?(\d{2})-?(\d{4})', t)
    if not m:
        return ['ITIN shape']
    if not 70 <= int(m.group(2)) <= 88:
        return ['ITIN group %s out of 70-88' % m.group(2)]
    return []


MBI_LET = 'ACDEFGHJKMNPQRTUVWXY'


def mbi_ok(t):
    c = t.replace('-', '')
    if '-' in t and not re.fullmatch(r'\w{4}-\w{3}-\w{4}', t):
        return False
    if c == '1EG4TE5MK73':  # CMS's published sample
        return False
    if len(c) != 11:
        return False
    L, D, AN = MBI_LET, '0123456789', MBI_LET + '0123456789'
    classes = ['123456789', L, AN, D, L, AN, D, L, L, D, D]
    return all(ch in cl for ch, cl in zip(c, classes))


BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


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
    elif not pad and (bits >= frombits or ((acc << (tobits - bits)) & maxv)):
        return None
    return ret


def bech32_encode_segwit(hrp, prog):
    data = [0] + convertbits(prog, 8, 5)
    values = bech32_hrp_expand(hrp) + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(BECH32_CHARSET[d] for d in data + chk)


def bech32_ok(addr):
    if addr.lower() != addr and addr.upper() != addr:
        return False
    a = addr.lower()
    pos = a.rfind('1')
    if pos < 1 or pos + 7 > len(a):
        return False
    hrp, rest = a[:pos], a[pos + 1:]
    if hrp != 'bc' or any(c not in BECH32_CHARSET for c in rest):
        return False
    data = [BECH32_CHARSET.find(c) for c in rest]
    if bech32_polymod(bech32_hrp_expand(hrp) + data) != 1:
        return False
    prog = convertbits(data[1:-6], 5, 8, False)
    return prog is not None and data[0] == 0 and len(prog) in (20, 32)


B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def b62(n, width):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, '0')


def ghp_ok(t):
    m = re.fullmatch(r'ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})', t)
    return bool(m) and b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


# ---- P-256 -----------------------------------------------------------------------------------
EC_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
EC_A = EC_P - 3
EC_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
EC_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EC_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1), (x2, y2) = p1, p2
    if x1 == x2:
        if (y1 + y2) % EC_P == 0:
            return None
        lam = (3 * x1 * x1 + EC_A) * pow(2 * y1, EC_P - 2, EC_P) % EC_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, EC_P - 2, EC_P) % EC_P
    x3 = (lam * lam - x1 - x2) % EC_P
    return x3, (lam * (x1 - x3) - y1) % EC_P


def ec_mul(k, pt):
    r = None
    while k:
        if k & 1:
            r = ec_add(r, pt)
        pt = ec_add(pt, pt)
        k >>= 1
    return r


def on_curve(pt):
    x, y = pt
    return (y * y - (x * x * x + EC_A * x + EC_B)) % EC_P == 0


PKCS8_HEAD = bytes.fromhex('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420')
PKCS8_MID = bytes.fromhex('a144034200')
SEC1_HEAD = bytes.fromhex('30770201010420')
SEC1_MID = bytes.fromhex('a00a06082a8648ce3d030107a144034200')


def pkcs8_der(d):
    x, y = ec_mul(d, EC_G)
    return PKCS8_HEAD + d.to_bytes(32, 'big') + PKCS8_MID + b'\x04' + x.to_bytes(32, 'big') + y.to_bytes(32, 'big')


def pem_wrap(der, label='PRIVATE KEY'):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


def normalize_pem(span):
    """Undo the display forms a PEM can take inside a document (here: a JavaScript string
    concatenation as mongosh/Node prints it, with literal \\n escapes)."""
    s = span
    if "' +" in s:
        pieces = re.findall(r"'((?:[^'\\]|\\.)*)'", "'" + s + "'")
        s = ''.join(pieces)
    if '\\n' in s and '\n' not in s:
        s = s.replace('\\n', '\n')
    return s


def parse_ec_pem(span):
    """Return (d, (x, y)) or raise ValueError."""
    s = normalize_pem(span)
    m = re.fullmatch(r'-----BEGIN (PRIVATE KEY|EC PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----', s)
    if not m:
        raise ValueError('PEM armour')
    lines = m.group(2).split('\n')
    if any(len(x) != 64 for x in lines[:-1]) or not 0 < len(lines[-1]) <= 64:
        raise ValueError('PEM not wrapped at 64 columns')
    der = base64.b64decode(m.group(2).replace('\n', ''), validate=True)
    if m.group(1) == 'PRIVATE KEY':
        head, mid = PKCS8_HEAD, PKCS8_MID
    else:
        head, mid = SEC1_HEAD, SEC1_MID
    if not der.startswith(head) or len(der) != len(head) + 32 + len(mid) + 65:
        raise ValueError('DER layout')
    d = int.from_bytes(der[len(head):len(head) + 32], 'big')
    rest = der[len(head) + 32:]
    if not rest.startswith(mid + b'\x04'):
        raise ValueError('DER public key')
    pt = (int.from_bytes(rest[len(mid) + 1:len(mid) + 33], 'big'),
          int.from_bytes(rest[len(mid) + 33:], 'big'))
    if not 0 < d < EC_N:
        raise ValueError('scalar out of range')
    if not on_curve(pt):
        raise ValueError('public point not on curve')
    if ec_mul(d, EC_G) != pt:
        raise ValueError('public point != d x G')
    return d, pt


def ecdsa_sign(d, msg, rng):
    z = int.from_bytes(hashlib.sha256(msg).digest(), 'big')
    while True:
        k = rng.randrange(1, EC_N)
        r = ec_mul(k, EC_G)[0] % EC_N
        s = pow(k, EC_N - 2, EC_N) * (z + r * d) % EC_N
        if r and s:
            return r.to_bytes(32, 'big') + s.to_bytes(32, 'big')


def ecdsa_verify(pt, msg, sig):
    if len(sig) != 64:
        return False
    r, s = int.from_bytes(sig[:32], 'big'), int.from_bytes(sig[32:], 'big')
    if not (0 < r < EC_N and 0 < s < EC_N):
        return False
    z = int.from_bytes(hashlib.sha256(msg).digest(), 'big')
    w = pow(s, EC_N - 2, EC_N)
    X = ec_add(ec_mul(z * w % EC_N, EC_G), ec_mul(r * w % EC_N, pt))
    return X is not None and X[0] % EC_N == r


def jwt_parts(t):
    m = re.fullmatch(r'([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)', t)
    if not m:
        raise ValueError('JWT shape')
    head = json.loads(b64u_dec(m.group(1)))
    body = json.loads(b64u_dec(m.group(2)))
    return head, body, (m.group(1) + '.' + m.group(2)).encode(), b64u_dec(m.group(3))


def jwt_verify(t, ec_points=(), hmac_keys=()):
    head, body, signing, sig = jwt_parts(t)
    if head.get('alg') == 'ES256':
        return any(ecdsa_verify(p, signing, sig) for p in ec_points)
    if head.get('alg') == 'HS256':
        return any(hmac.compare_digest(hmac.new(k.encode(), signing, hashlib.sha256).digest(), sig)
                   for k in hmac_keys)
    return False


# ----------------------------------------------------------------------------------------------
# national identifiers used by the documents' own checks (no class: ambiguous in the gold)
# ----------------------------------------------------------------------------------------------

def pesel_ok(t, birth=None, female=None):
    if not re.fullmatch(r'\d{11}', t):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    if (10 - sum(int(a) * b for a, b in zip(t, w)) % 10) % 10 != int(t[10]):
        return False
    if birth is not None:
        yy, mm, dd = int(t[:2]), int(t[2:4]), int(t[4:6])
        century = {0: 1900, 1: 2000, 2: 2100, 3: 2200, 4: 1800}[mm // 20]
        try:
            if datetime.date(century + yy, mm % 20, dd) != birth:
                return False
        except ValueError:
            return False
    if female is not None and (int(t[9]) % 2 == 0) != female:
        return False
    return True


def pl_idcard_ok(t):
    c = t.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{3}\d{6}', c):
        return False
    vals = [ord(x) - 55 for x in c[:3]] + [int(x) for x in c[3:]]
    w = [7, 3, 1, 0, 7, 3, 1, 7, 3]
    return sum(v * x for v, x in zip(vals, w)) % 10 == vals[3]


KW_VAL = {**{str(i): i for i in range(10)}, 'X': 10, 'A': 11, 'B': 12, 'C': 13, 'D': 14,
          'E': 15, 'F': 16, 'G': 17, 'H': 18, 'I': 19, 'J': 20, 'K': 21, 'L': 22, 'M': 23,
          'N': 24, 'O': 25, 'P': 26, 'R': 27, 'S': 28, 'T': 29, 'U': 30, 'W': 31, 'Y': 32, 'Z': 33}


def kw_check_digit(court, number):
    s = court + number
    w = [1, 3, 7] * 4
    return sum(KW_VAL[c] * x for c, x in zip(s, w)) % 10


def kw_ok(t):
    m = re.fullmatch(r'([A-Z0-9]{4})/(\d{8})/(\d)', t)
    return bool(m) and kw_check_digit(m.group(1), m.group(2)) == int(m.group(3))


CURP_ALPHA = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'


def curp_check_digit(c17):
    s = sum(CURP_ALPHA.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return str((10 - s % 10) % 10)


def curp_ok(t):
    return bool(re.fullmatch(r'[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d', t)) and curp_check_digit(t[:17]) == t[17]


# ----------------------------------------------------------------------------------------------
# generator
# ----------------------------------------------------------------------------------------------

class Gen(random.Random):
    """Seeded random generator with helpers for checksum-valid synthetic identifiers."""

    def digits(self, n):
        return ''.join(self.choice('0123456789') for _ in range(n))

    def alnum(self, n, alphabet=B62):
        return ''.join(self.choice(alphabet) for _ in range(n))

    def card(self, prefix='4', length=16, grouped=True):
        body = prefix + self.digits(length - len(prefix) - 1)
        n = body + luhn_digit(body)
        return ' '.join(n[i:i + 4] for i in range(0, len(n), 4)) if grouped else n

    def bad_luhn(self, length=16, prefix=''):
        while True:
            n = prefix + self.digits(length - len(prefix))
            if not luhn_ok(n) and n[0] != '0':
                return n

    def npi(self):
        body = '1' + self.digits(8)
        return body + luhn_digit('80840' + body)

    def bad_npi(self):
        while True:
            n = '1' + self.digits(9)
            if not npi_ok(n):
                return n

    def dea(self, first, second):
        d = [self.randrange(10) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + second + ''.join(map(str, d)) + str(chk)

    def aba(self, prefix4):
        while True:
            t = prefix4 + self.digits(4)
            for c in '0123456789':
                if aba_ok(t + c):
                    return t + c

    def ssn(self):
        while True:
            a = self.randrange(1, 900)
            if a == 666:
                continue
            t = '%03d-%02d-%04d' % (a, self.randrange(1, 100), self.randrange(1, 10000))
            if not ssn_errors(t):
                return t

    def itin(self):
        return '9%02d-%02d-%04d' % (self.randrange(0, 100), self.randrange(70, 89), self.randrange(1, 10000))

    def mbi(self, dashed=False):
        L, D = MBI_LET, '0123456789'
        AN = L + D
        classes = ['123456789', L, AN, D, L, AN, D, L, L, D, D]
        c = ''.join(self.choice(cl) for cl in classes)
        return c[:4] + '-' + c[4:7] + '-' + c[7:] if dashed else c

    def vin(self, wmi, vds, year, plant):
        serial = self.digits(6)
        v = wmi + vds + '0' + year + plant + serial
        return v[:8] + vin_check_char(v) + v[9:]

    def nhs(self, first='4'):
        while True:
            d = first + self.digits(8)
            s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
            chk = 11 - s % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            t = d + str(chk)
            return t[:3] + ' ' + t[3:6] + ' ' + t[6:]

    def iban(self, cc, bban, grouped=True):
        chk = 98 - iban_mod97(cc + '00' + bban)
        c = '%s%02d%s' % (cc, chk, bban)
        return ' '.join(c[i:i + 4] for i in range(0, len(c), 4)) if grouped else c

    def pl_sortcode(self, bank3, branch4):
        w = [3, 9, 7, 1, 3, 9, 7]
        s = bank3 + branch4
        return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)

    def btc(self):
        return bech32_encode_segwit('bc', [self.randrange(256) for _ in range(20)])

    def ghp(self):
        body = self.alnum(30)
        return 'ghp_' + body + b62(zlib.crc32(body.encode()), 6)

    def openai(self):
        a = B62 + '-_'
        return 'sk-proj-' + self.alnum(74, a) + 'T3BlbkFJ' + self.alnum(74, a)

    def anthropic(self):
        return 'sk-ant-api03-' + self.alnum(93, B62 + '-_') + 'AA'

    def aws_key_id(self):
        return 'AKIA' + self.alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')

    def aws_secret(self):
        return self.alnum(40, B62 + '+/')

    def slack_bot(self):
        return 'xoxb-%s-%s-%s' % (self.digits(12), self.digits(13), self.alnum(24))

    def hex32(self):
        while True:
            h = ''.join(self.choice('0123456789abcdef') for _ in range(32))
            if len(set(h)) >= 12 and not re.search(r'\d{10}', h):
                return h

    def ec_key(self):
        d = self.randrange(1, EC_N)
        return d, pem_wrap(pkcs8_der(d))

    def jwt_es256(self, d, header, payload):
        h = b64u(json.dumps(header, separators=(',', ':')).encode())
        p = b64u(json.dumps(payload, separators=(',', ':')).encode())
        sig = ecdsa_sign(d, (h + '.' + p).encode(), self)
        return h + '.' + p + '.' + b64u(sig)

    def jwt_hs256(self, key, payload):
        h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
        p = b64u(json.dumps(payload, separators=(',', ':')).encode())
        sig = hmac.new(key.encode(), (h + '.' + p).encode(), hashlib.sha256).digest()
        return h + '.' + p + '.' + b64u(sig)

    def pesel(self, birth, female):
        mm = birth.month + (20 if birth.year >= 2000 else 0)
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        while True:
            serial = self.digits(3)
            sex = self.choice('02468' if female else '13579')
            body = '%02d%02d%02d%s%s' % (birth.year % 100, mm, birth.day, serial, sex)
            chk = (10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10
            return body + str(chk)

    def pl_idcard(self):
        letters = ''.join(self.choice('ABCDEFGHIJKLMNOPRSTUWXYZ') for _ in range(3))
        rest = self.digits(5)
        vals = [ord(x) - 55 for x in letters] + [0] + [int(x) for x in rest]
        w = [7, 3, 1, 0, 7, 3, 1, 7, 3]
        chk = sum(v * x for v, x in zip(vals, w)) % 10
        return letters + ' ' + str(chk) + rest

    def kw(self, court):
        num = self.digits(8)
        return '%s/%s/%d' % (court, num, kw_check_digit(court, num))

    def curp(self, stem16):
        c17 = stem16 + self.choice('0123456789')
        return c17 + curp_check_digit(c17)

    # template helper: the plain text of a labelled fragment
    @staticmethod
    def strip(s):
        return re.sub(r'⟦[^|⟦⟧]*\|', '', s).replace('⟧', '')


# ----------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------

class TemplateError(Exception):
    pass


def render(template, values):
    def sub(m):
        k = m.group(1)
        if k not in values:
            raise TemplateError('unknown value key %r' % k)
        v = str(values[k])
        if any(c in v for c in '⟦⟧«»'):
            raise TemplateError('value %r carries markup' % k)
        return v
    t = re.sub(r'«([^«»\n]+)»', sub, template)
    if '«' in t or '»' in t:
        raise TemplateError('stray value marker')
    out, spans, stack = [], [], []
    pos, i = 0, 0
    while i < len(t):
        c = t[i]
        if c == '⟦':
            j = t.find('|', i)
            if j < 0 or '⟦' in t[i + 1:j] or '⟧' in t[i + 1:j] or '\n' in t[i + 1:j]:
                raise TemplateError('bad label near %r' % t[i:i + 40])
            stack.append((t[i + 1:j], pos))
            i = j + 1
        elif c == '⟧':
            if not stack:
                raise TemplateError('unbalanced ⟧ near %r' % t[max(0, i - 40):i])
            label, start = stack.pop()
            spans.append(make_span(label, start, pos))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise TemplateError('unclosed label %r' % stack[-1][0])
    text = ''.join(out)
    for s in spans:
        s['text'] = text[s['start']:s['end']]
    spans.sort(key=lambda s: (s['start'], -s['end']))
    return text, spans


def make_span(label, start, end):
    if label.startswith('!'):
        if not label[1:].strip():
            raise TemplateError('negative without a reason')
        return {'kind': 'neg', 'why': label[1:], 'start': start, 'end': end}
    if label.startswith('?'):
        if not label[1:].strip():
            raise TemplateError('ambiguous without a reason')
        return {'kind': 'amb', 'why': label[1:], 'start': start, 'end': end}
    cls = ALIASES.get(label, label)
    if cls not in CLASSES:
        raise TemplateError('unknown class %r' % label)
    return {'kind': 'gold', 'cls': cls, 'start': start, 'end': end}


# ----------------------------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------------------------

EN_MONTHS = {'january': 1, 'jan': 1, 'february': 2, 'feb': 2, 'march': 3, 'mar': 3, 'april': 4,
             'apr': 4, 'may': 5, 'june': 6, 'jun': 6, 'july': 7, 'jul': 7, 'august': 8, 'aug': 8,
             'september': 9, 'sept': 9, 'sep': 9, 'october': 10, 'oct': 10, 'november': 11,
             'nov': 11, 'december': 12, 'dec': 12}
ES_MONTHS = {'enero': 1, 'febrero': 2, 'marzo': 3, 'abril': 4, 'mayo': 5, 'junio': 6, 'julio': 7,
             'agosto': 8, 'septiembre': 9, 'setiembre': 9, 'octubre': 10, 'noviembre': 11,
             'diciembre': 12}
PL_MONTHS = {'stycznia': 1, 'lutego': 2, 'marca': 3, 'kwietnia': 4, 'maja': 5, 'czerwca': 6,
             'lipca': 7, 'sierpnia': 8, 'września': 9, 'października': 10, 'listopada': 11,
             'grudnia': 12}
WEEKDAYS = {
    'en': {'monday': 0, 'mon': 0, 'tuesday': 1, 'tues': 1, 'tue': 1, 'wednesday': 2, 'wed': 2,
           'thursday': 3, 'thurs': 3, 'thur': 3, 'thu': 3, 'friday': 4, 'fri': 4,
           'saturday': 5, 'sat': 5, 'sunday': 6, 'sun': 6},
    'es': {'lunes': 0, 'martes': 1, 'miércoles': 2, 'jueves': 3, 'viernes': 4, 'sábado': 5,
           'domingo': 6},
    'pl': {'poniedziałek': 0, 'wtorek': 1, 'środa': 2, 'czwartek': 3, 'piątek': 4, 'sobota': 5,
           'niedziela': 6},
}
PL_ORD = {'pierwszego': 1, 'drugiego': 2, 'trzeciego': 3, 'czwartego': 4, 'piątego': 5,
          'szóstego': 6, 'siódmego': 7, 'ósmego': 8, 'dziewiątego': 9, 'dziesiątego': 10,
          'jedenastego': 11, 'dwunastego': 12, 'trzynastego': 13, 'czternastego': 14,
          'piętnastego': 15, 'szesnastego': 16, 'siedemnastego': 17, 'osiemnastego': 18,
          'dziewiętnastego': 19, 'dwudziestego': 20, 'trzydziestego': 30, 'czterdziestego': 40,
          'pięćdziesiątego': 50, 'sześćdziesiątego': 60, 'siedemdziesiątego': 70,
          'osiemdziesiątego': 80, 'dziewięćdziesiątego': 90}


def _alt(words):
    return '|'.join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _pl_ordinal(words):
    """Genitive ordinal of 1-99 written in one or two words."""
    if not words or not all(w in PL_ORD for w in words):
        return None
    vals = [PL_ORD[w] for w in words]
    if len(vals) == 1:
        return vals[0]
    if len(vals) == 2 and vals[0] >= 20 and vals[0] % 10 == 0 and vals[1] < 10:
        return vals[0] + vals[1]
    return None


def parse_pl_words(s):
    w = s.split()
    if 'roku' not in w:
        return None
    r = w.index('roku')
    month = [i for i, x in enumerate(w[:r]) if x in PL_MONTHS]
    if len(month) != 1 or month[0] != r - 1:
        return None
    day = _pl_ordinal(w[:month[0]])
    yw = w[r + 1:]
    if yw[:2] != ['dwa', 'tysiące']:
        return None
    yo = _pl_ordinal(yw[2:])
    if day is None or yo is None:
        return None
    return 2000 + yo, PL_MONTHS[w[month[0]]], day


class DateParser:
    def __init__(self, order='MDY', langs=('en',)):
        self.order = order
        self.langs = tuple(langs)
        en = _alt(EN_MONTHS)
        P = []
        P.append((r'(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?', 'ymd'))
        P.append((r'(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?', 'ymd'))
        P.append((r'(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})', 'num'))
        P.append((r'(\d{1,2})(?:st|nd|rd|th) day of (%s),? (\d{4})' % en, 'd_en_y'))
        P.append((r'(%s)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})' % en, 'en_d_y'))
        P.append((r'(\d{1,2}) (%s)\.?,? (\d{4})' % en, 'd_en_y'))
        P.append((r'(%s)\.?,? (\d{4})' % en, 'en_y'))
        P.append((r'(\d{1,2})/(\d{4})', 'm_y'))
        if 'es' in self.langs:
            es = _alt(ES_MONTHS)
            P.append((r'(\d{1,2}) de (%s) de (\d{4})' % es, 'd_es_y'))
            P.append((r'(%s) de (\d{4})' % es, 'es_y'))
        if 'pl' in self.langs:
            P.append((r'(\d{1,2}) (%s) (\d{4})' % _alt(PL_MONTHS), 'd_pl_y'))
        self.patterns = [(re.compile(p, re.I), k) for p, k in P]
        wds = {}
        for lang in ('en',) + self.langs:
            wds.update(WEEKDAYS.get(lang, {}))
        self.wd = wds
        self.wd_re = re.compile(r'(?<!\w)(%s)(?!\w)\.?' % _alt(wds), re.I)

    def _make(self, kind, g):
        try:
            if kind == 'ymd':
                y, m, d = int(g[0]), int(g[1]), int(g[2])
            elif kind == 'num':
                a, b, y = int(g[0]), int(g[2]), g[3]
                y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 30 else 1900 + int(y))
                m, d = (a, b) if self.order == 'MDY' else (b, a)
            elif kind == 'en_d_y':
                m, d, y = EN_MONTHS[g[0].lower()], int(g[1]), int(g[2])
            elif kind == 'd_en_y':
                d, m, y = int(g[0]), EN_MONTHS[g[1].lower()], int(g[2])
            elif kind == 'en_y':
                return int(g[1]), EN_MONTHS[g[0].lower()], None
            elif kind == 'm_y':
                if not 1 <= int(g[0]) <= 12:
                    return None
                return int(g[1]), int(g[0]), None
            elif kind == 'd_es_y':
                d, m, y = int(g[0]), ES_MONTHS[g[1].lower()], int(g[2])
            elif kind == 'es_y':
                return int(g[1]), ES_MONTHS[g[0].lower()], None
            elif kind == 'd_pl_y':
                d, m, y = int(g[0]), PL_MONTHS[g[1].lower()], int(g[2])
            else:
                return None
            datetime.date(y, m, d)
            return y, m, d
        except (ValueError, KeyError):
            return None

    def parse(self, s):
        """Parse a whole gold date text.  Returns ((y, m, d|None), weekday|None) or None."""
        wd = None
        m = self.wd_re.match(s)
        if m:
            rest = s[m.end():]
            m2 = re.match(r',?\s+', rest)
            if m2:
                wd = self.wd[m.group(1).lower()]
                s = rest[m2.end():]
        for rx, kind in self.patterns:
            mm = rx.fullmatch(s)
            if mm:
                r = self._make(kind, mm.groups())
                if r:
                    return r, wd
        if 'pl' in self.langs:
            r = parse_pl_words(s)
            if r:
                try:
                    datetime.date(*r)
                    return r, wd
                except ValueError:
                    return None
        return None

    def match_at(self, text, pos):
        """Longest full date (with day) starting at pos and ending on a token boundary."""
        best = None
        for rx, kind in self.patterns:
            mm = rx.match(text, pos)
            if not mm:
                continue
            e = mm.end()
            if e < len(text) and text[e].isalnum():
                continue
            r = self._make(kind, mm.groups())
            if r and r[2] is not None and (best is None or e > best[0]):
                best = (e, r)
        return best


# ----------------------------------------------------------------------------------------------
# checker
# ----------------------------------------------------------------------------------------------

def bound_before(text, i, extra=()):
    if i <= 0 or i in extra:
        return True
    if not text[i - 1].isalnum():
        return True
    if i >= 2 and text[i - 2] == '\\' and text[i - 1] in 'ntr':
        return True
    if i >= 3 and text[i - 3] == '%' and re.fullmatch(r'[0-9A-Fa-f]{2}', text[i - 2:i]):
        return True
    return False


def bound_after(text, j, extra=()):
    return j >= len(text) or j in extra or not text[j].isalnum()


def occurrences(text, s, extra=()):
    res, k = [], 0
    while True:
        i = text.find(s, k)
        if i < 0:
            return res
        j = i + len(s)
        if bound_before(text, i, extra) and bound_after(text, j, extra):
            res.append((i, j))
        k = i + 1


def ipv4_parts(t):
    p = t.split('.')
    if len(p) != 4 or not all(re.fullmatch(r'\d{1,3}', x) and int(x) < 256 for x in p):
        return None
    return [int(x) for x in p]


def ip_kind(t):
    p = ipv4_parts(t)
    if p is None:
        return None
    a, b, c = p[0], p[1], p[2]
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return 'doc'
    if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return 'private'
    if a in (0, 127) or a >= 224 or (a == 169 and b == 254) or (a == 100 and 64 <= b <= 127):
        return 'special'
    return 'public'


EMAIL_RE = re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+')
SSN_RE = re.compile(r'(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])')
CARD_RUN_RE = re.compile(r'(?<!\d)\d{13,19}(?!\d)')
CARD_GRP_RE = re.compile(r'(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)')
US_PHONE_RES = [
    re.compile(r'(?<![\w])(?:\+?1[ .\-–])?(?:\(\d{3}\) ?|\d{3}[ .\-–])\d{3}[ .\-–]\d{4}(?!\d)'),
    re.compile(r'(?<!\d)1?\d{10}(?!\d)'),
    re.compile(r'(?<!\d)\d(?: \d){9}(?!\d)'),
    re.compile(r'(?<!\d)\d{3}\^\d{7}(?!\d)'),
]
PLUS_PHONE_RE = re.compile(r'\+(\d[\d \-().]{6,}\d)')
UK_MOBILE_RE = re.compile(r'(?<!\d)07\d{3} ?\d{6}(?!\d)')
DOTTED_RE = re.compile(r'(?<![\w.])\d+(?:\.\d+){3,}(?![\w])(?!\.\d)')
MAC_RE = re.compile(r'(?<![\w:-])[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])')
IPV6_RE = re.compile(r'(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(?![\w:])')
SECRET_RES = [re.compile(p) for p in (
    r'AKIA[A-Z2-7]{16}', r'ghp_[A-Za-z0-9]{20,}', r'github_pat_\w{20,}', r'sk-proj-[\w-]{20,}',
    r'sk-ant-[\w-]{20,}', r'xox[abposr]-[\w-]{10,}', r'-----BEGIN [A-Z ]*PRIVATE KEY-----',
    r'eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*', r'glpat-[\w-]{20}')]
AGE_RE = re.compile(r'(?<![\w.,])(\d{2,3})(-year-old|-years-old|-yr-old| years old| year old| years|'
                    r' yrs\.?| yr| y/o| y\.o\.| yo| y| años| lat| lata| år|-letni\w*)(?!\w)', re.I)
ICD_RE = re.compile(r'[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?')
FOREIGN_PHONE = {
    '44': r'447700900\d{3}',
    '48': r'48\d{3}5550\d{2}',
    '52': r'5237655501\d{2}',
}


def email_domain_ok(e):
    dom = e.split('@', 1)[1].lower()
    return any(dom == d or dom.endswith('.' + d) for d in ('example.com', 'example.net', 'example.org')) \
        or dom.endswith('.test')


def phone_gold_errors(t):
    if t.startswith('+'):
        return ['gold phone span starts with +']
    d = re.sub(r'\D', '', t)
    if re.fullmatch(r'07700900\d{3}', d):
        return []
    if not (len(d) == 10 or (len(d) == 11 and d[0] == '1')):
        for cc, rx in FOREIGN_PHONE.items():
            if d.startswith(cc):
                return [] if re.fullmatch(rx, d) else ['foreign phone %s outside the invented range' % t]
        return ['phone %s: unknown country or length' % t]
    if len(d) == 11:
        d = d[1:]
    if d[3:6] != '555' or d[6:8] != '01':
        return ['phone %s outside 555-01xx' % t]
    return []


def validate_gold(cls, t, ctx):
    """Format and checksum checks of one gold value; returns a list of errors."""
    E = []
    if cls == 'pii.person_name':
        if not re.search(r'[^\W\d_]', t) or re.search(r'\d', t):
            E.append('name %r' % t)
    elif cls == 'pii.ssn':
        E += ssn_errors(t)
    elif cls == 'pii.itin':
        E += itin_errors(t)
    elif cls == 'pii.email':
        if not EMAIL_RE.fullmatch(t) or not email_domain_ok(t):
            E.append('e-mail %r not on a reserved domain' % t)
    elif cls == 'pii.phone':
        E += phone_gold_errors(t)
    elif cls == 'pii.street_address':
        if not (re.search(r'\d', t) and re.search(r'[^\W\d_]', t)):
            E.append('street %r' % t)
    elif cls == 'pii.zip_code':
        if not re.fullmatch(r'\d{5}(-\d{4})?', t):
            E.append('ZIP %r' % t)
    elif cls == 'pii.date':
        r = ctx['dates'].parse(t)
        if r is None:
            E.append('date %r does not parse to a real date with a year' % t)
        else:
            (y, m, d), wd = r
            if wd is not None and d is not None and datetime.date(y, m, d).weekday() != wd:
                E.append('weekday wrong in %r' % t)
    elif cls == 'pii.age_over_89':
        m = re.match(r'\d+', t)
        if not m or not 90 <= int(m.group()) <= 120:
            E.append('age %r not 90-120' % t)
    elif cls == 'pii.ip_address':
        if ':' in t:
            if not t.lower().startswith('2001:db8:'):
                E.append('IPv6 %r outside 2001:db8::/32' % t)
        elif ip_kind(t) != 'doc':
            E.append('IP %r not in a documentation range' % t)
    elif cls == 'pii.url':
        if not re.fullmatch(r'https?://\S+', t):
            E.append('URL %r' % t)
    elif cls == 'pii.mac_address':
        if not re.fullmatch(r'00[:-]00[:-]5E[:-]00[:-]53[:-][0-9A-F]{2}', t.upper()):
            E.append('MAC %r outside the documentation block' % t)
    elif cls == 'pii.us_passport':
        if not re.fullmatch(r'[A-Z]\d{8}|\d{9}', t):
            E.append('US passport %r' % t)
    elif cls == 'pii.us_driver_license':
        if not re.fullmatch(r'[A-Z0-9][A-Z0-9\- ]{4,18}\d', t) or not re.search(r'\d', t):
            E.append('licence %r' % t)
    elif cls == 'phi.mrn':
        if not re.fullmatch(r'[A-Z0-9][A-Z0-9\-]{3,}', t) or not re.search(r'\d', t):
            E.append('MRN %r' % t)
    elif cls == 'phi.mbi':
        if not mbi_ok(t):
            E.append('MBI %r fails the CMS character classes' % t)
    elif cls == 'phi.health_plan_id':
        if not re.fullmatch(r'[A-Z0-9\-]{6,}', t) or not re.search(r'\d', t):
            E.append('member ID %r' % t)
    elif cls == 'phi.npi':
        if not npi_ok(t):
            E.append('NPI %r fails Luhn over 80840' % t)
    elif cls == 'phi.dea':
        if not dea_ok(t):
            E.append('DEA %r check digit' % t)
    elif cls == 'phi.icd10':
        if not ICD_RE.fullmatch(t):
            E.append('ICD-10 %r malformed' % t)
    elif cls == 'fin.credit_card':
        d = re.sub(r'[ -]', '', t)
        if not re.fullmatch(r'\d{13,19}', d) or not luhn_ok(d):
            E.append('card %r fails Luhn' % t)
        elif not re.match(r'4|5[1-5]|2[2-7]|3[47]|6011|65', d):
            E.append('card %r network prefix' % t)
    elif cls == 'fin.iban':
        E += iban_errors(t)
    elif cls == 'fin.aba_routing':
        if not aba_ok(t):
            E.append('ABA %r fails' % t)
    elif cls == 'fin.bank_account':
        if not re.fullmatch(r'\d[\d \-]{4,20}\d', t):
            E.append('account %r' % t)
    elif cls == 'fin.crypto_wallet':
        if not bech32_ok(t):
            E.append('bech32 %r fails' % t)
    elif cls == 'id.vin':
        if not vin_ok(t):
            E.append('VIN %r check digit' % t)
    elif cls == 'id.uk_nhs':
        if not nhs_ok(t):
            E.append('NHS %r fails mod 11' % t)
    elif cls == 'secret.aws_access_key':
        if not re.fullmatch(r'AKIA[A-Z2-7]{16}', t):
            E.append('AWS key ID %r' % t)
    elif cls == 'secret.github_token':
        if not ghp_ok(t):
            E.append('GitHub token %r CRC' % t)
    elif cls == 'secret.openai_api_key':
        if not re.fullmatch(r'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}', t):
            E.append('OpenAI key shape')
    elif cls == 'secret.anthropic_api_key':
        if not re.fullmatch(r'sk-ant-api03-[A-Za-z0-9_-]{93}AA', t):
            E.append('Anthropic key shape')
    elif cls == 'secret.slack_token':
        if not re.fullmatch(r'xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}', t):
            E.append('Slack token shape')
    elif cls == 'secret.generic_api_key':
        if not re.fullmatch(r'[0-9a-f]{32}', t) or len(set(t)) < 12:
            E.append('generic key %r' % t)
    elif cls == 'secret.private_key':
        try:
            parse_ec_pem(t)
        except ValueError as ex:
            E.append('private key: %s' % ex)
    elif cls == 'secret.jwt':
        try:
            if not jwt_verify(t, ctx['ec_points'], ctx['hmac_keys']):
                E.append('JWT signature does not verify with a key in the document')
        except (ValueError, KeyError) as ex:
            E.append('JWT: %s' % ex)
    elif cls == 'legal.privilege_marker':
        if not re.search(r'PRIVILEGED|WORK PRODUCT|ATTORNEY[- ]CLIENT', t, re.I):
            E.append('privilege marker %r' % t)
    return E


def _inside(spans, i, j, pred=lambda s: True):
    return [s for s in spans if s['start'] <= i and j <= s['end'] and pred(s)]


def _secretish(s):
    return (s['kind'] == 'gold' and s['cls'].startswith('secret.')) or \
        (s['kind'] != 'gold' and re.search(r'secret|password', s['why'], re.I))


def check_doc(name, text, spans, info=None, size=True, doc12=False):
    """All checks of one document.  info: dict with order, langs, boundaries, extra_check."""
    info = info or {}
    E = []
    extra = set(info.get('boundaries', ()))
    dates = DateParser(info.get('order', 'MDY'), info.get('langs', ('en',)))
    gold = [s for s in spans if s['kind'] == 'gold']
    # spans themselves
    for s in spans:
        t = s['text']
        if not t or t != t.strip():
            E.append('%s: empty or padded span %r' % (name, t))
            continue
        if not (bound_before(text, s['start'], extra) and bound_after(text, s['end'], extra)):
            E.append('%s: span %r not on token boundaries' % (name, t))
    # one label per text
    labels = {}
    for s in spans:
        key = ('gold', s['cls']) if s['kind'] == 'gold' else (s['kind'], None)
        labels.setdefault(s['text'], set()).add(key)
    for t, ks in labels.items():
        kinds = {k for k, _ in ks}
        if len({c for k, c in ks if k == 'gold'}) > 1:
            E.append('%s: %r carries two classes' % (name, t))
        if 'gold' in kinds and len(kinds) > 1:
            E.append('%s: %r is gold and negative/ambiguous' % (name, t))
        if 'neg' in kinds and 'amb' in kinds:
            E.append('%s: %r is negative and ambiguous' % (name, t))
    # every occurrence of a gold text is labelled or inside another gold span
    for t in {s['text'] for s in gold if s['text']}:
        for i, j in occurrences(text, t, extra):
            if not _inside(gold, i, j):
                E.append('%s: unlabelled occurrence of gold %r at %d' % (name, t, i))
    # negatives/ambiguous never overlap gold
    for t in {s['text'] for s in spans if s['kind'] != 'gold' and s['text']}:
        for i, j in occurrences(text, t, extra):
            for g in gold:
                if i < g['end'] and g['start'] < j:
                    E.append('%s: negative/ambiguous %r overlaps gold %r' % (name, t, g['text']))
                    break
    if doc12 and gold:
        E.append('%s: hard-negative document has gold' % name)
    # gold value formats and checksums
    ec_points, hmac_keys = [], []
    for s in gold:
        if s['cls'] == 'secret.private_key':
            try:
                ec_points.append(parse_ec_pem(s['text'])[1])
            except Exception:
                pass
        if s['cls'] == 'secret.generic_api_key':
            hmac_keys.append(s['text'])
    ctx = {'dates': dates, 'ec_points': ec_points, 'hmac_keys': hmac_keys}
    seen = set()
    for s in gold:
        if (s['cls'], s['text']) in seen:
            continue
        seen.add((s['cls'], s['text']))
        E += ['%s: %s' % (name, e) for e in validate_gold(s['cls'], s['text'], ctx)]
    labelled = lambda i, j: _inside(spans, i, j)
    # e-mail shapes
    for m in EMAIL_RE.finditer(text):
        i, j = m.span()
        if any(g['start'] <= i < g['end'] and _secretish(g) for g in spans):
            continue
        if not email_domain_ok(m.group()):
            E.append('%s: e-mail %r not on a reserved domain' % (name, m.group()))
        if not labelled(i, j):
            E.append('%s: unlabelled e-mail %r' % (name, m.group()))
    # SSN shapes
    for m in SSN_RE.finditer(text):
        if not labelled(*m.span()):
            E.append('%s: unlabelled SSN-shaped %r' % (name, m.group()))
    # card shapes
    for rx in (CARD_RUN_RE, CARD_GRP_RE):
        for m in rx.finditer(text):
            d = re.sub(r'\D', '', m.group())
            if luhn_ok(d) and not labelled(*m.span()):
                E.append('%s: unlabelled Luhn-valid card-shaped %r' % (name, m.group()))
    # US phone shapes
    for rx in US_PHONE_RES:
        for m in rx.finditer(text):
            i, j = m.span()
            if m.group().startswith('+'):
                i += 1
            d = re.sub(r'\D', '', m.group())
            if len(d) == 11:
                if d[0] != '1':
                    continue
                d = d[1:]
            if len(d) != 10:
                continue
            inner = labelled(i, j)
            if not inner:
                E.append('%s: unlabelled phone-shaped %r' % (name, m.group()))
                continue
            inner.sort(key=lambda s: s['end'] - s['start'])
            s = inner[0]
            if any(_secretish(x) for x in inner):
                continue
            fiction = d[3:6] == '555' and d[6:8] == '01'
            if s['kind'] == 'gold':
                if s['cls'] == 'pii.phone' and not fiction:
                    E.append('%s: phone %r outside 555-01xx' % (name, m.group()))
            elif not fiction and 'not a phone' not in s['why'].lower():
                E.append('%s: phone-shaped %r labelled without saying it is not a phone number' % (name, m.group()))
    # plus-prefixed and UK numbers
    for m in PLUS_PHONE_RE.finditer(text):
        i = m.start()
        if any(s['start'] <= i < s['end'] and _secretish(s) for s in spans):
            continue
        d = re.sub(r'\D', '', m.group(1))
        if d.startswith('1'):
            continue
        ok = any(d.startswith(cc) and re.fullmatch(rx, d) for cc, rx in FOREIGN_PHONE.items())
        if not ok:
            E.append('%s: foreign number %r outside the invented ranges' % (name, m.group()))
        if not labelled(m.start(1), m.end()):
            E.append('%s: unlabelled phone %r' % (name, m.group()))
    for m in UK_MOBILE_RE.finditer(text):
        if re.sub(r'\D', '', m.group())[:8] != '07700900':
            E.append('%s: UK mobile %r outside 07700 900xxx' % (name, m.group()))
        if not labelled(*m.span()):
            E.append('%s: unlabelled UK mobile %r' % (name, m.group()))
    # dotted runs and IPs
    for m in DOTTED_RE.finditer(text):
        inner = labelled(*m.span())
        if not inner:
            E.append('%s: unlabelled dotted run %r' % (name, m.group()))
            continue
        if ip_kind(m.group()) == 'public':
            if not any(s['kind'] == 'neg' and 'not an ip' in s['why'].lower() for s in inner):
                E.append('%s: public IPv4-shaped %r must be a negative saying it is not an IP' % (name, m.group()))
    for m in IPV6_RE.finditer(text):
        g = m.group()
        if MAC_RE.fullmatch(g) or ('::' not in g and g.count(':') < 7):
            continue
        try:
            ipaddress.IPv6Address(g)
        except ValueError:
            continue
        if not g.lower().startswith('2001:db8:'):
            E.append('%s: IPv6 %r outside 2001:db8::/32' % (name, g))
        if not labelled(*m.span()):
            E.append('%s: unlabelled IPv6 %r' % (name, g))
    for m in MAC_RE.finditer(text):
        if not re.fullmatch(r'00:00:5E:00:53:[0-9A-F]{2}', m.group().upper().replace('-', ':')):
            E.append('%s: MAC %r outside the documentation block' % (name, m.group()))
        if not labelled(*m.span()):
            E.append('%s: unlabelled MAC %r' % (name, m.group()))
    # secrets
    for rx in SECRET_RES:
        for m in rx.finditer(text):
            if not _inside(gold, m.start(), m.end(), lambda s: s['cls'].startswith('secret.') or s['cls'] == 'pii.url'):
                E.append('%s: secret-shaped %r outside a gold secret span' % (name, m.group()[:24]))
    # weekdays
    for m in dates.wd_re.finditer(text):
        a = m.start()
        k = m.end()
        mm = re.match(r',?\s+', text[k:])
        if not mm:
            continue
        r = dates.match_at(text, k + mm.end())
        if not r:
            continue
        e, (y, mo, d) = r
        ds = k + mm.end()
        if datetime.date(y, mo, d).weekday() != dates.wd[m.group(1).lower()]:
            E.append('%s: wrong weekday in %r' % (name, text[a:e]))
        if _inside(gold, ds, e) and not _inside(gold, a, e):
            E.append('%s: weekday outside the gold date span %r' % (name, text[a:e]))
    for m in re.finditer(r'\((%s)\.?\)' % _alt(dates.wd), text, re.I):
        k = m.start()
        while k > 0 and text[k - 1] == ' ':
            k -= 1
        for st in range(max(0, k - 45), k):
            if not bound_before(text, st):
                continue
            r = dates.match_at(text, st)
            if r and r[0] == k:
                y, mo, d = r[1]
                if datetime.date(y, mo, d).weekday() != dates.wd[m.group(1).lower()]:
                    E.append('%s: wrong weekday in brackets after %r' % (name, text[st:k]))
                break
    # ages
    for m in AGE_RE.finditer(text):
        if int(m.group(1)) >= 90 and not labelled(*m.span()):
            E.append('%s: unlabelled age %r' % (name, m.group()))
    # size
    if size:
        n = len(text.encode('utf-8'))
        if not MIN_BYTES <= n <= MAX_BYTES:
            E.append('%s: %d bytes, outside %d-%d' % (name, n, MIN_BYTES, MAX_BYTES))
    if info.get('extra_check'):
        try:
            E += ['%s: %s' % (name, e) for e in info['extra_check'](text)]
        except Exception as ex:  # a broken document may break the parser of its own check
            E.append('%s: extra_check raised %s: %s' % (name, type(ex).__name__, ex))
    return E


# ----------------------------------------------------------------------------------------------
# helpers handed to the document modules (their extra_check functions use them)
# ----------------------------------------------------------------------------------------------

H = types.SimpleNamespace(
    luhn_ok=luhn_ok, npi_ok=npi_ok, dea_ok=dea_ok, aba_ok=aba_ok, iban_errors=iban_errors,
    pl_sortcode_ok=pl_sortcode_ok, vin_ok=vin_ok, nhs_ok=nhs_ok, pesel_ok=pesel_ok,
    pl_idcard_ok=pl_idcard_ok, kw_ok=kw_ok, curp_ok=curp_ok, parse_ec_pem=parse_ec_pem,
    normalize_pem=normalize_pem, jwt_verify=jwt_verify, jwt_parts=jwt_parts,
    parse_pl_words=parse_pl_words, DateParser=DateParser, bech32_ok=bech32_ok,
    age_on=lambda born, on: on.year - born.year - ((on.month, on.day) < (born.month, born.day)),
)


def load_modules():
    mods = []
    for n in range(1, N_DOCS + 1):
        mod = importlib.import_module('docs_%d' % n)
        mod.H = H
        mods.append(mod)
    return mods


def doc_info(mod):
    return {'order': getattr(mod, 'DATE_ORDER', 'MDY'),
            'langs': ('en',) + tuple(x for x in [getattr(mod, 'LANG', None)] if x),
            'boundaries': (),
            'extra_check': getattr(mod, 'extra_check', None)}


def build_docs(mods):
    docs = []
    for n, mod in enumerate(mods, 1):
        g = Gen('%d-%d' % (SEED, n))
        template, values = mod.make(g)
        text, spans = render(template, values)
        docs.append({'n': n, 'name': 'doc%d.txt' % n, 'text': text, 'spans': spans, 'mod': mod})
    return docs


# ----------------------------------------------------------------------------------------------
# self-test
# ----------------------------------------------------------------------------------------------

def selftest(mods, docs):
    g = Gen('%d-selftest' % SEED)
    d_key, pem = g.ec_key()
    jwt_ok = g.jwt_es256(d_key, {'alg': 'ES256', 'typ': 'JWT'}, {'sub': 'svc', 'iat': 1760000000})
    head, body, sig = jwt_ok.split('.')
    jwt_bad = head + '.' + body + '.' + b64u(b'\x01' * 64)
    d2, pem2 = g.ec_key()
    # swap the public half of the DER: take the key of pem, public point of pem2
    der1 = base64.b64decode(''.join(pem.split('\n')[1:-1]))
    der2 = base64.b64decode(''.join(pem2.split('\n')[1:-1]))
    pem_bad = pem_wrap(der1[:len(PKCS8_HEAD) + 32] + der2[len(PKCS8_HEAD) + 32:])
    hs_key = g.hex32()
    hs_jwt = g.jwt_hs256(hs_key, {'sub': 'x', 'iat': 1760000000})
    npi, card, ghp = g.npi(), g.card(), g.ghp()
    ghp_bad = ghp[:-1] + ('A' if ghp[-1] != 'A' else 'B')
    ssn = g.ssn()
    aws = g.aws_key_id()
    ant = g.anthropic()
    slack = g.slack_bot()
    btc = g.btc()
    btc_bad = btc[:-1] + ('q' if btc[-1] != 'q' else 'p')
    vin = g.vin('2T3', 'P1RFV', 'N', 'W')
    vin_bad = vin[:8] + str((int(vin[8]) + 1) % 10 if vin[8].isdigit() else 1) + vin[9:]
    nhs = g.nhs()
    nhs10 = None
    while nhs10 is None:
        dd = '4' + g.digits(8)
        s = sum(int(c) * w for c, w in zip(dd, range(10, 1, -1)))
        if 11 - s % 11 == 10:
            nhs10 = dd + '0'
    dea = g.dea('F', 'A')
    dea_bad = dea[:-1] + str((int(dea[-1]) + 1) % 10)
    aba = g.aba('0719')
    aba_bad = aba[:-1] + str((int(aba[-1]) + 1) % 10)
    pl_iban = g.iban('PL', g.pl_sortcode('109', '0101') + g.digits(16))
    pl_c = pl_iban.replace(' ', '')
    # a PL IBAN whose mod 97 holds but whose sort-code check digit does not
    bad_sort = pl_c[4:11] + str((int(pl_c[11]) + 1) % 10) + pl_c[12:]
    pl_iban_badsort = g.iban('PL', bad_sort)
    iban_bad = pl_iban[:-1] + str((int(pl_iban[-1]) + 1) % 10)
    mbi = g.mbi()
    mbi_bad = mbi[:1] + 'S' + mbi[2:]
    mbi_bad2 = mbi[:3] + 'K' + mbi[4:]

    def run(tpl, vals=None, **kw):
        try:
            text, spans = render(tpl, vals or {})
        except TemplateError as ex:
            return ['template: %s' % ex]
        info = {'order': kw.get('order', 'MDY'), 'langs': kw.get('langs', ('en', 'es', 'pl')),
                'extra_check': kw.get('extra_check')}
        return check_doc('selftest', text, spans, info, size=kw.get('size', False),
                         doc12=kw.get('doc12', False))

    P = 'Patient ⟦name|Ada Kowalski-Brandt⟧ was seen. '
    bad = [
        ('unlabelled repeat of a gold name', P + 'Ada Kowalski-Brandt left.'),
        ('unlabelled repeat of a gold MRN', 'MRN ⟦mrn|CC-4471820⟧; chart CC-4471820.'),
        ('Luhn-invalid card', 'Card ⟦card|4111 1111 1111 1112⟧.'),
        ('unlabelled Luhn-valid card run together', 'Card %s.' % card.replace(' ', '')),
        ('unlabelled Luhn-valid card grouped', 'Card %s.' % card),
        ('card with a bad network prefix', 'Card ⟦card|%s⟧.' % ('9' * 15 + luhn_digit('9' * 15))),
        ('wrong English weekday (full)', 'Seen ⟦date|Wednesday, October 14, 2025⟧.'),
        ('wrong English weekday (abbreviated)', 'Seen ⟦date|Mon 10/14/2025⟧.'),
        ('wrong English weekday in brackets', 'Seen ⟦date|10/14/2025⟧ (Wed).'),
        ('wrong unlabelled weekday', 'Cycle Tue 10/13/2025 done.'),
        ('wrong Spanish weekday', 'Fecha: ⟦date|lunes 14 de octubre de 2025⟧.'),
        ('wrong Polish weekday', 'Dnia ⟦date|środa, 14 października 2025⟧.'),
        ('weekday right only in the other date order', 'Seen ⟦date|Tue 10/14/2025⟧.', {'order': 'DMY'}),
        ('weekday outside the gold date span', 'Seen Tue ⟦date|10/14/2025⟧.'),
        ('unlabelled e-mail', 'Write to ada.k@example.com today.'),
        ('gmail e-mail', 'Write to ⟦email|ada.k@gmail.com⟧ today.'),
        ('unlabelled gmail e-mail', 'Write to ada.k@gmail.com today.'),
        ('phone outside 555-01xx', 'Call ⟦phone|(614) 555-0230⟧.'),
        ('phone outside the fiction exchange', 'Call ⟦phone|(614) 482-0130⟧.'),
        ('unlabelled phone', 'Call (614) 555-0130.'),
        ('unlabelled phone run together', 'Call 6145550130.'),
        ('unlabelled eleven-digit phone', 'Call 16145550130.'),
        ('unlabelled spaced digits', 'Call 6 1 4 5 5 5 0 1 3 0.'),
        ('unlabelled en-dash phone', 'Call 614–555–0130.'),
        ('unlabelled HL7 phone components', 'PID|||773^5550126|'),
        ('phone-shaped negative without reason', 'Order ⟦!order number|6144820130⟧.'),
        ('gold phone span starting with +', 'Cell ⟦phone|+1 614 555 0130⟧.'),
        ('Polish number outside the invented pattern', 'Tel. +⟦phone|48 601 234 567⟧.'),
        ('Mexican number outside the invented pattern', 'Cel. +⟦phone|52 33 1234 5678⟧.'),
        ('unlabelled Mexican number', 'Cel. +52 376 555 0143.'),
        ('UK mobile outside the drama range', 'Mobile ⟦phone|07700 123456⟧.'),
        ('unknown country code', 'Tel. +⟦phone|47 412 55 012⟧.'),
        ('bare AWS key', 'key=%s' % aws),
        ('Anthropic key labelled negative', 'key=⟦!example|%s⟧' % ant),
        ('unlabelled Slack token', 'token %s' % slack),
        ('unlabelled GitHub token', 'git clone https://%s@github.com/x/y' % ghp),
        ('unlabelled JWT', 'Bearer %s' % jwt_ok),
        ('unlabelled PEM', pem),
        ('span inside a word', '⟦name|Ann⟧a came.'),
        ('span padded with a space', '⟦name| Anna⟧ came.'),
        ('empty span', '⟦name|⟧Anna came.'),
        ('gold and negative', '⟦name|Morse⟧ fell; ⟦!eponym|Morse⟧ scale.'),
        ('negative and ambiguous', '⟦!x|ABC-1⟧ and ⟦?y|ABC-1⟧.'),
        ('negative overlapping gold', '⟦name|Hope Ruiz⟧ and ⟦!word|Hope⟧ less.'),
        ('two classes', '⟦mrn|4471902⟧ and ⟦plan|4471902⟧.'),
        ('public IPv4 as gold', 'From ⟦ip|8.8.8.8⟧.'),
        ('public IPv6 as gold', 'From ⟦ip|2600:1f18::1⟧.'),
        ('unlabelled IPv6', 'From 2001:db8::42 today.'),
        ('non-documentation MAC', 'MAC ⟦mac|00:1A:2B:3C:4D:5E⟧.'),
        ('unlabelled MAC', 'MAC 00:00:5E:00:53:3C.'),
        ('NPI failing Luhn', 'NPI ⟦npi|%s⟧.' % (npi[:-1] + str((int(npi[-1]) + 1) % 10))),
        ('DEA check digit', 'DEA ⟦dea|%s⟧.' % dea_bad),
        ('ABA checksum', 'ABA ⟦aba|%s⟧.' % aba_bad),
        ('ABA prefix', 'ABA ⟦aba|991234560⟧.'),
        ('IBAN mod 97', 'IBAN ⟦iban|%s⟧.' % iban_bad),
        ('IBAN length for its country', 'IBAN ⟦iban|%s⟧.' % g.iban('PL', g.pl_sortcode('109', '0101') + g.digits(15))),
        ('PL IBAN whose sort-code check digit fails', 'IBAN ⟦iban|%s⟧.' % pl_iban_badsort),
        ('VIN check digit', 'VIN ⟦vin|%s⟧.' % vin_bad),
        ('NHS mod 11', 'NHS ⟦nhs|%s⟧.' % (nhs[:-1] + str((int(nhs[-1]) + 1) % 10))),
        ('NHS check 10', 'NHS ⟦nhs|%s %s %s⟧.' % (nhs10[:3], nhs10[3:6], nhs10[6:])),
        ('bech32 checksum', 'BTC ⟦btc|%s⟧.' % btc_bad),
        ('GitHub token CRC', 'repo https://⟦ghp|%s⟧@github.com/x/y' % ghp_bad),
        ('JWT with a bad signature', '%s\ntoken ⟦jwt|%s⟧' % ('⟦pem|' + pem + '⟧', jwt_bad)),
        ('JWT with no key in the document', 'token ⟦jwt|%s⟧' % jwt_ok),
        ('EC PEM whose public point does not match', '⟦pem|%s⟧' % pem_bad),
        ('PEM not wrapped at 64 columns', '⟦pem|%s⟧' % pem.replace('\n', '', 2).replace('-----BEGIN PRIVATE KEY-----', '-----BEGIN PRIVATE KEY-----\n', 1)),
        ('SSN area 666', 'SSN ⟦ssn|666-12-3456⟧.'),
        ('SSN area 9xx', 'SSN ⟦ssn|912-12-3456⟧.'),
        ('SSN group 00', 'SSN ⟦ssn|312-00-3456⟧.'),
        ('SSN serial 0000', 'SSN ⟦ssn|312-12-0000⟧.'),
        ('famous SSN', 'SSN ⟦ssn|078-05-1120⟧.'),
        ('unlabelled SSN', 'SSN %s.' % ssn),
        ('unlabelled SSN with spaces', 'SSN %s.' % ssn.replace('-', ' ')),
        ('ITIN group out of range', 'ITIN ⟦itin|912-65-3456⟧.'),
        ('ITIN area not 9xx', 'ITIN ⟦itin|812-75-3456⟧.'),
        ('MBI with a forbidden letter', 'MBI ⟦mbi|%s⟧.' % mbi_bad),
        ('MBI with a letter where a digit belongs', 'MBI ⟦mbi|%s⟧.' % mbi_bad2),
        ("CMS's published sample MBI", 'MBI ⟦mbi|1EG4-TE5-MK73⟧.'),
        ('age of 89 as gold', 'She is ⟦age|89 years old⟧.'),
        ('age of 121 as gold', 'She is ⟦age|121 years old⟧.'),
        ('unlabelled 94-year-old', 'A 94-year-old woman.'),
        ('unlabelled 93 años', 'Paciente de 93 años.'),
        ('unlabelled 97 y', 'Age: 97 y.'),
        ('unlabelled dotted quad', 'Build 4.2.1.17 shipped.'),
        ('public dotted quad without not-an-IP reason', 'Build ⟦!version|4.2.1.17⟧ shipped.'),
        ('malformed ICD-10 code', 'Dx ⟦icd|I4891⟧.'),
        ('ICD-10 code with U', 'Dx ⟦icd|U071⟧.'),
        ('impossible date', 'DOB ⟦date|02/30/1931⟧.'),
        ('date without a year as gold', 'Seen ⟦date|March 3⟧.'),
        ('impossible Polish words date', 'Dnia ⟦date|trzydziestego pierwszego listopada roku dwa tysiące dwudziestego piątego⟧.'),
        ('four-digit ZIP', 'ZIP ⟦zip|4321⟧.'),
        ('OpenAI key without its marker', 'key ⟦openai|sk-proj-%s⟧' % g.alnum(156)),
        ('Anthropic key with a wrong tail', 'key ⟦anthropic|%s⟧' % (ant[:-2] + 'AB')),
        ('AWS key ID with a forbidden digit', 'key ⟦aws|AKIA%s⟧' % ('1' * 16)),
        ('generic key with few distinct characters', 'key ⟦key|%s⟧' % ('ab' * 16)),
        ('Slack token of the wrong shape', 'token ⟦slack|xoxb-123-456-abc⟧'),
        ('US passport of the wrong shape', 'passport ⟦passport|AB1234567⟧'),
        ('name with digits', 'Patient ⟦name|Ada 2⟧.'),
        ('privilege marker without marker words', '⟦priv|CONFIDENTIAL⟧'),
        ('gold in the hard-negative document', 'Tech ⟦name|Ada Brandt⟧.', {'doc12': True}),
        ('tiny document', 'Seen ⟦date|10/14/2025⟧.', {'size': True}),
        ('oversize document', ('Seen ⟦date|10/14/2025⟧. ' + 'x' * 3000), {'size': True}),
        ('unknown class', '⟦pii.nickname|Ada⟧'),
        ('unbalanced label', '⟦name|Ada'),
        ('unknown value key', 'Hi «nobody».'),
        ('negative without a reason', '⟦!|Ada⟧'),
        ('unlabelled secret inside a non-secret span', '⟦?note|key %s⟧' % aws),
        ('unlabelled Luhn-valid card run inside prose', 'Ref %s paid.' % g.card(grouped=False)),
    ]
    rejected = 0
    for item in bad:
        desc, tpl = item[0], item[1]
        kw = item[2] if len(item) > 2 else {}
        errs = run(tpl, **kw)
        if not errs:
            raise SystemExit('self-test: broken input accepted: %s' % desc)
        rejected += 1
    small = rejected
    # broken copies of the real documents fed to their own checks
    real = 0
    for doc in docs:
        mod = doc['mod']
        info = doc_info(mod)
        variants = []
        for old, new in getattr(mod, 'BROKEN', []):
            if old not in doc['text']:
                raise SystemExit('self-test: BROKEN text %r not in %s' % (old, doc['name']))
            variants.append(('replace %r' % old, doc['text'].replace(old, new, 1), doc['spans']))
        if hasattr(mod, 'broken'):
            for desc, t in mod.broken(doc['text']):
                variants.append((desc, t, doc['spans']))
        for desc, t, spans in variants:
            if len(t) != len(doc['text']):
                errs = info['extra_check'](t) if info['extra_check'] else []
                if not errs:
                    raise SystemExit('self-test: %s accepted by its own check: %s' % (doc['name'], desc))
            else:
                sp = [dict(s, text=t[s['start']:s['end']]) for s in spans]
                errs = check_doc(doc['name'], t, sp, info, doc12=(doc['n'] == 12))
                if not errs:
                    raise SystemExit('self-test: %s accepted: %s' % (doc['name'], desc))
            real += 1
        # generic mutations of the real document: drop one label of a repeated gold text, and
        # flip one character of a checksum-bearing gold value (same length, labels kept)
        gold = [s for s in doc['spans'] if s['kind'] == 'gold']
        counts = {}
        for s in gold:
            counts[s['text']] = counts.get(s['text'], 0) + 1
        rep = [s for s in gold if counts[s['text']] > 1 and
               not any(o is not s and o['kind'] == 'gold' and o['start'] <= s['start'] and s['end'] <= o['end'] for o in gold)]
        if rep:
            s = rep[0]
            sp = [x for x in doc['spans'] if x is not s]
            if not check_doc(doc['name'], doc['text'], sp, info, doc12=(doc['n'] == 12)):
                raise SystemExit('self-test: %s accepted with a gold label dropped' % doc['name'])
            real += 1
        flips = [s for s in gold if s['cls'] in ('phi.npi', 'fin.aba_routing', 'fin.iban', 'id.vin',
                                                   'id.uk_nhs', 'fin.credit_card', 'phi.dea',
                                                   'fin.crypto_wallet', 'secret.github_token',
                                                   'secret.jwt', 'pii.date', 'phi.mbi')]
        for cls in sorted({s['cls'] for s in flips}):
            s = [x for x in flips if x['cls'] == cls][0]
            t = doc['text']
            ctx = {'dates': DateParser(info['order'], info['langs']), 'ec_points': [], 'hmac_keys': []}
            for x in doc['spans']:
                if x['kind'] == 'gold' and x['cls'] == 'secret.private_key':
                    ctx['ec_points'].append(parse_ec_pem(x['text'])[1])
            nt = None
            for k in range(s['end'] - 1, s['start'] - 1, -1):
                ch = t[k]
                if cls == 'pii.date':
                    if not (ch.isdigit() and k + 1 < s['end'] and t[k + 1].isdigit()):
                        continue
                    cand = t[:k] + '99' + t[k + 2:]
                    if validate_gold(cls, cand[s['start']:s['end']], ctx):
                        nt = cand
                        break
                    continue
                alphabet = '0123456789' if ch.isdigit() else B62 if ch.isalpha() else ''
                for c in alphabet:
                    if c == ch:
                        continue
                    cand = t[:k] + c + t[k + 1:]
                    if validate_gold(cls, cand[s['start']:s['end']], ctx):
                        nt = cand
                        break
                if nt:
                    break
            if nt is None:
                raise SystemExit('self-test: no corruption found for %s in %s' % (cls, doc['name']))
            sp = [dict(x, text=nt[x['start']:x['end']]) for x in doc['spans']]
            errs = check_doc(doc['name'], nt, sp, info, doc12=(doc['n'] == 12))
            if not errs:
                raise SystemExit('self-test: %s accepted with a corrupted %s' % (doc['name'], cls))
            real += 1
    good = [
        ('English weekday', 'Seen ⟦date|Tuesday, October 14, 2025⟧ and ⟦date|Tue 10/14/2025⟧ (Tue).'),
        ('weekday in brackets after a labelled date', 'Seen ⟦date|10/14/2025⟧ (Tue).'),
        ('Spanish weekday', 'Fecha: ⟦date|martes 14 de octubre de 2025⟧.', {'order': 'DMY'}),
        ('Polish weekday and a words date', 'Dnia ⟦date|wtorek, 14 października 2025⟧, tj. ⟦date|czternastego października roku dwa tysiące dwudziestego piątego⟧.', {'order': 'DMY'}),
        ('BIP 173 test vector', 'BTC ⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧.'),
        ('IBAN registry examples', 'IBAN ⟦iban|PL61109010140000071219812874⟧ / ⟦iban|DE89 3704 0044 0532 0130 00⟧.'),
        ('PL IBAN with its sort code', 'IBAN ⟦iban|%s⟧.' % pl_iban),
        ('ES256 JWT with its key', '⟦pem|%s⟧\nBearer ⟦jwt|%s⟧' % (pem, jwt_ok)),
        ('HS256 JWT with its key', 'SECRET=⟦key|%s⟧ token=⟦jwt|%s⟧' % (hs_key, hs_jwt)),
        ('URL with a nested MRN', 'See ⟦url|https://app.example.com/p/⟦mrn|CC-4471820⟧/chart⟧ now.'),
        ('escape boundary', 'Line\\n⟦name|Ada Brandt⟧\\n'),
        ('E.164 span after the plus', 'Cell +⟦phone|16145550130⟧, +⟦phone|447700900461⟧.'),
        ('invented Mexican and Polish numbers', 'Cel. +⟦phone|52 376 555 0143⟧, tel. +⟦phone|48 601 555 014⟧.'),
        ('GitHub token in a URL', 'git clone https://⟦ghp|%s⟧@github.com/x/y.git' % ghp),
        ('phone-shaped negative that says it is not a phone', 'WO ⟦!work order, not a phone number|4100287765⟧.'),
        ('UK mobile in range', 'Mobile ⟦phone|07700 900461⟧.'),
        ('NHS number shaped like a phone', 'NHS ⟦nhs|%s⟧.' % nhs),
        ('ten-digit bank account', 'Acct ⟦acct|4410027718⟧.'),
        ('HL7 phone components', 'PID|||⟦phone|773^5550126⟧|'),
        ('age in Spanish and Polish', 'Paciente de ⟦age|93 años⟧; ⟦age|93 lata⟧.'),
        ('age band labelled negative', 'Patients ⟦!age band, not a person|90 years and older⟧.'),
        ('public dotted quad as negative', 'Build ⟦!software version, not an IP|4.2.1.17⟧.'),
        ('Luhn-invalid 16-digit number unlabelled', 'Tag %s.' % g.bad_luhn()),
        ('lower-case copy of a gold name is not an occurrence', 'User ⟦name|Ada⟧ (login ada).'),
        ('gold inside a longer gold span', '⟦name|⟦name|Ada⟧ Brandt⟧ and ⟦name|Ada⟧.'),
        ('valid SSN, ITIN, MBI, DEA, ABA, VIN, NPI', 'SSN ⟦ssn|%s⟧ ITIN ⟦itin|%s⟧ MBI ⟦mbi|%s⟧ DEA ⟦dea|%s⟧ ABA ⟦aba|%s⟧ VIN ⟦vin|%s⟧ NPI ⟦npi|%s⟧' % (ssn, g.itin(), mbi, dea, aba, vin, npi)),
    ]
    accepted = 0
    for item in good:
        desc, tpl = item[0], item[1]
        kw = item[2] if len(item) > 2 else {}
        errs = run(tpl, **kw)
        if errs:
            raise SystemExit('self-test: good input refused: %s: %s' % (desc, errs))
        accepted += 1
    return small, real, accepted


# ----------------------------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------------------------

def distinct(items, key):
    seen, out = set(), []
    for x in items:
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def build(mods, selftest_numbers):
    docs = build_docs(mods)
    errors = []
    for d in docs:
        errors += check_doc(d['name'], d['text'], d['spans'], doc_info(d['mod']), doc12=(d['n'] == 12))
    all_gold = [s['cls'] for d in docs for s in d['spans'] if s['kind'] == 'gold']
    for c in CLASSES:
        if c not in all_gold:
            errors.append('class %s has no gold value' % c)
    if errors:
        raise SystemExit('checker refused the documents:\n  ' + '\n  '.join(errors))
    files = {}
    gold_lines, neg_lines, amb_lines = [], [], []
    for d in docs:
        files[d['name']] = d['text'].encode('utf-8')
        sp = sorted(d['spans'], key=lambda s: (s['start'], -s['end']))
        for s in distinct([s for s in sp if s['kind'] == 'gold'], lambda s: (s['cls'], s['text'])):
            gold_lines.append({'doc': d['name'], 'class': s['cls'], 'text': s['text']})
        for s in distinct([s for s in sp if s['kind'] == 'neg'], lambda s: s['text']):
            neg_lines.append({'doc': d['name'], 'text': s['text'], 'why': s['why']})
        for s in distinct([s for s in sp if s['kind'] == 'amb'], lambda s: s['text']):
            amb_lines.append({'doc': d['name'], 'text': s['text'], 'why': s['why']})
    dump = lambda rows: ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows).encode('utf-8')
    files['gold.jsonl'] = dump(gold_lines)
    files['negatives.jsonl'] = dump(neg_lines)
    files['ambiguous.jsonl'] = dump(amb_lines)
    files['README.md'] = readme(mods, docs, gold_lines, neg_lines, amb_lines, selftest_numbers).encode('utf-8')
    return files, docs


def reverify(mods):
    """Re-read the written files and re-check every checksum-bearing gold value and every
    document's own check."""
    gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8')]
    others = [json.loads(l) for f in ('negatives.jsonl', 'ambiguous.jsonl')
              for l in open(os.path.join(HERE, f), encoding='utf-8')]
    texts = {}
    for n in range(1, N_DOCS + 1):
        with open(os.path.join(HERE, 'doc%d.txt' % n), encoding='utf-8') as f:
            texts['doc%d.txt' % n] = f.read()
    n_checked = 0
    errors = []
    for n, mod in enumerate(mods, 1):
        name = 'doc%d.txt' % n
        t = texts[name]
        rows = [r for r in gold if r['doc'] == name]
        for r in others:
            if r['doc'] == name and r['text'] not in t:
                errors.append('%s: %r not in the file' % (name, r['text']))
        pts, keys = [], []
        for r in rows:
            if r['class'] == 'secret.private_key':
                pts.append(parse_ec_pem(r['text'])[1])
            if r['class'] == 'secret.generic_api_key':
                keys.append(r['text'])
        ctx = {'dates': DateParser(doc_info(mod)['order'], doc_info(mod)['langs']),
               'ec_points': pts, 'hmac_keys': keys}
        for r in rows:
            if r['text'] not in t:
                errors.append('%s: gold %r not in the file' % (name, r['text']))
            if r['class'] in CHECKSUM_CLASSES:
                errors += ['%s: %s' % (name, e) for e in validate_gold(r['class'], r['text'], ctx)]
                n_checked += 1
        if getattr(mod, 'extra_check', None):
            errors += ['%s: %s' % (name, e) for e in mod.extra_check(t)]
    if errors:
        raise SystemExit('re-verification failed:\n  ' + '\n  '.join(errors))
    return n_checked


# ----------------------------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------------------------

README_HEAD = """# Mixed documents, set O

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only the READMEs of sets
A-N, whose conventions are kept and whose genres are avoided, and the list of data classes).

`python3 make.py` (standard library only, fixed seed {seed}, output is deterministic: make.py runs a
self-test of its checker against {nbad} deliberately broken inputs ({nsmall} small ones and {nreal}
broken copies of the real documents fed to their own checks) and {ngood} good ones, builds everything
twice and asserts the two builds are identical, then re-verifies every checksum-bearing gold value
and every document's own check from the written files) writes:

| file | content |
|---|---|
| `doc1.txt` … `doc12.txt` | documents, UTF-8, 1.2–2.8 KB each |
| `gold.jsonl` | `{{"doc","class","text"}}`: one line per distinct sensitive value per document |
| `negatives.jsonl` | `{{"doc","text","why"}}`: tricky strings that must NOT be flagged |
| `ambiguous.jsonl` | `{{"doc","text","why"}}`: values left unscored on purpose (neither TP nor FP) |
| `README.md` | this file (also written by make.py) |

The `doc` field holds the file name (`"doc1.txt"`). Layout as in set N: templates in `docs_1.py` …
`docs_12.py` (each defines `make(g) -> (template, values)`, `GENRE`, `NOTES`, `DATE_ORDER` (`DMY` for
the Spanish and Polish documents), optionally `LANG` (`es`, `pl`: Spanish and Polish weekday and
month names the checker reads besides English), `extra_check` where the genre has arithmetic,
structure or check characters of its own, and `BROKEN` (replacements) or `broken(text)`: broken
copies of the document that `extra_check` must refuse; make.py hands the modules its checksum
helpers as `H`); inline labels `⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧`
ambiguous, `«key»` generated values, labels may nest; short aliases in `ALIASES`. The generator `g`
is a seeded `random.Random` with helpers for checksum-valid identifiers; each module gets its own,
seeded with `"{seed}-<n>"`. make.py sets `sys.dont_write_bytecode`, so no `__pycache__` is left
behind. Every document is pasted into a chat prompt with a short question or instruction around it.

Genres (none used by sets A-N):

"""

README_CONVENTIONS = """## Scoring conventions

Exactly as set N (and so sets C-M): every occurrence of a gold text counts, on token boundaries
(case-sensitive); a gold span is only the value (labels, titles, credentials, `Bearer `, quotes and
trailing punctuation outside); names in every written form; street line plus same-line unit; ZIP
separate, foreign postcodes ambiguous; business/provider contact data ambiguous, a named
individual's direct line/e-mail gold; dates about a person or their care/case in any format,
statute/regulation/policy dates and year-only negative, log timestamps and card/lot expiry
ambiguous, dates without a year ambiguous, month-year dates about the person gold; a weekday written
with a date is inside the span, a clock time next to it is not; only ages over 89 gold (span = number
plus attached unit, `92 años`, `97 y`); only person-identifying URLs gold, with an MRN inside nested
as `phi.mrn`; member IDs gold, group numbers ambiguous; privilege marker lines (or phrases) only;
secrets value only, PEM block from `-----BEGIN` to the final `-----`, AWS secret key and passwords
ambiguous; claim, case, matter, Bates, badge, account-at-a-provider, EIN and masked/last-4 numbers
ambiguous; national identifiers without a class (the Polish PESEL, the Mexican CURP), foreign
identity documents and foreign postcodes ambiguous; CPT/HCPCS/LOINC/NDC/lot, licence numbers,
hashes, reference ranges and scores negative; handles and initials ambiguous; companies named after
people ambiguous; eponyms, drug and device brands and saints' names negative; infrastructure IPs
ambiguous; E.164 phone spans start after the `+`.

(Only the examples in brackets are this set's; the rules are set N's, word for word.)

Points new in set O:

1. **Polish notarial deed** (doc2, `DATE_ORDER = DMY`, `LANG = pl`). The deed's own date written
   out in words (`czternastego października roku dwa tysiące dwudziestego piątego`) is one gold span
   (as set C's spelled-out dictation dates and set G's rule that a date with a month name is gold
   whatever form its day and year take); the numeric form after it (`14.10.2025`) is a further gold
   text, the abbreviation `r.` (roku, "year") outside every span. Polish inflects names, and each
   inflected form is a gold name as written: the notary in the instrumental (`Agnieszką
   Wróblewską-Nowak`) and the nominative at the signature, the donee in the dative (`Natalii
   Kowalczyk-Reyes`), and parents' given names in the genitive after `córka` (`Józefa`,
   `Stanisławy`, `Piotra`, `Elżbiety`); the maiden name after `z domu` is a name. The street of the
   donated flat in the locative (`ul. Karmelickiej 47`) is a gold street line like the nominative
   `ul. Karmelicka 47 m. 12`. PESEL numbers, the identity card, the land-register number and the
   notarial register number are ambiguous (no class); the card's validity date is ambiguous (expiry
   rule); the dates of the statutes and regulations cited are negatives.
2. **Mexican Spanish** (doc1, `DATE_ORDER = DMY`, `LANG = es`). `martes 14 de octubre de 2025` and
   `lunes 8 de septiembre de 2025` carry their weekdays inside the span (checked); `92 años` is an
   age. Mexican postcodes (`C.P. 45920`, five digits, ZIP-shaped) are foreign postcodes (ambiguous),
   the CURP a national identifier without a class (ambiguous), the cédula profesional a licence
   number (negative). A street named after a person (`Ramón Corona`) is part of the street span.
   Pain and naming scores written like day-first dates (`3/10`, `7/10`, `8/10`) are negatives.
3. **ASTM E1394 / LIS2-A2 over E1381 framing** (doc3). `|`, `^` and `\\` are delimiters and the
   sniffer's control-character mnemonics (`<STX>`, `<CR>`, `<ETX>`) stand outside every span; each
   `^` component of a name is its own span (as set D's HL7 components), the middle initial alone is
   unlabelled, and `P`-record field 7 (mother's maiden name) is a name. A `773^5550126` phone
   (area code and number in components) is one span. Specimen collection, receipt and
   result-completion stamps (`YYYYMMDDHHMMSS`, about the patient's care) are gold whole values, as set
   D's HL7 `DTM` values; the `H`-record message stamp is transport metadata (ambiguous). Frame numbers
   and the two-character checksums are unlabelled.
4. **CM/ECF Notice of Electronic Filing** (doc4). Entry, filing and hearing dates, and the date in
   the electronic document stamp, are dates of the case (gold, times outside); the e-mail `Sent:`
   line is message metadata (ambiguous). The stamp's ID and hash and the file number are negatives,
   the case number and the court's document link are ambiguous (a case, not a person), the minor's,
   the clerk's, the partner's and the declarant's initials (`D.W.`, `ATD`, `PRH`, `LOW`) ambiguous.
   `Rule 5.2` and `Fed. R. Civ. P. 5.2(a)` are negatives.
5. **HL7 v2.5 DFT^P03** (doc5). PID-19 (SSN) and PID-20 (driver's licence) are gold; the unit in
   its own address component (`Apt 9`) is ambiguous (as set B's separate address line), the
   licence's expiry component ambiguous (expiry rule), PID-18 (visit/account number) ambiguous. The
   coding-system name `I10` in a `CE` triplet looks like an ICD-10 code but is a negative; CPT codes
   (five digits, ZIP-shaped) and the HCPCS code `C1874` (shaped like an ICD-10 code without its dot)
   are negatives, as is the five-digit payer ID.
6. **PowerShell transcript** (doc6). The transcript header's `Start time`/`End time` stamps and
   the VPN connection stamp are log metadata (ambiguous); `DOMAIN\\user` handles are ambiguous; the
   Windows and PowerShell build numbers are four-part dotted runs and negatives whose reasons say they
   are not IPs. INI values are spans after `= `; in `https://TOKEN@github.com/...` only the token is
   gold and the `token@host` part is not an e-mail. `Format-Table` cells are spans without padding.
7. **mongosh output** (doc9). Values are spans without their quotes; in `ISODate('…')` the whole ISO
   date-time is one span (set E's `T` rule): a birth date gold, `createdAt`/`pairedAt` stamps
   ambiguous (log metadata). Node prints a multi-line string as a concatenation (`'…\\n' +` at each
   line end, the next line indented and opened with `'`); the PEM span still runs from `-----BEGIN`
   to the final `-----` and includes those characters (as set M's JSON array elements). `ObjectId`
   values and external record IDs are negatives; a search regex naming the patient (`/^Abernathy/`)
   holds a gold name (as set E's conflict-search terms).
8. **OCR'd CMN** (doc10). OCR damage (`0F`, `SERVlCES`, `TUCS0N`) lies only in unlabelled words,
   never inside a gold value; the fax banner stamp is log metadata (ambiguous) and the sending
   office's fax number business data (ambiguous). `99` as the length-of-need code (99 = lifetime) is
   a negative (not an age), HCPCS codes `E1390`/`E0431` are negatives, the OMB control number a
   negative. The supplier's type-2 NPI is gold (as set E's organisational NPI).
9. **SAR narrative** (doc11). The `CONFIDENTIAL SAR MATERIAL` legend with its statute is a
   negative: it is a statutory confidentiality legend, not an attorney-client or work-product marker
   (as set F's fax confidentiality notice). The investigation case number, the prior filing's BSA ID
   and the APS report number are ambiguous. A debit card is `fin.credit_card` (a payment card
   number); a ten-digit checking account (phone-shaped) is gold `fin.bank_account`.
10. **Eponymous units and physics terms** (doc12). `tesla`, `gauss`, `Larmor` and `Faraday` are
    eponyms (negatives), like scales and syndromes named after people.
"""


def readme(mods, docs, gold_lines, neg_lines, amb_lines, st):
    nsmall, nreal, ngood = st
    out = README_HEAD.format(seed=SEED, nbad=nsmall + nreal, nsmall=nsmall, nreal=nreal, ngood=ngood)
    for n, mod in enumerate(mods, 1):
        out += '%d. %s\n' % (n, mod.GENRE.strip())
    out += '\n' + README_CONVENTIONS
    out += """
`make.py` asserts what set N's asserts: every gold/negative/ambiguous text occurs verbatim in its
document; every labelled span and every gold occurrence sits on token boundaries; no span is empty
or padded; every occurrence of a gold text is labelled or inside another labelled gold span; no text
carries two classes or is both gold and negative/ambiguous (or both negative and ambiguous); no
occurrence of a negative or ambiguous text overlaps a gold span; every e-mail-shaped string uses
`example.com/.net/.org` (or `.test`) and is labelled (a `token@host` inside a gold secret excepted);
every SSN-shaped string and every Luhn-valid card-shaped number (13-19 digits run together or
grouped 4-4-4-4) is labelled; every US phone-shaped string (also with en dashes, in `^`-separated
components, ten or eleven digits run together and ten spaced single digits) is labelled and in
555-01xx unless it is gold as another class (the NHS number written 3-3-4, NPIs, bank accounts) or a
labelled negative/ambiguous whose reason says it is not a phone number; no gold phone span starts
with `+`; numbers after a `+` other than `+1` follow the invented patterns (`+52 376 555 01dd`,
`+48 ddd 555 0dd`) or UK's `+44 7700 900xxx`, and UK mobiles are `07700 900xxx`; every dotted quad
or longer dotted run is labelled, and a public one only as a negative whose reason says it is not
an IP; every IPv6 address is in `2001:db8::/32`; every MAC is in the documentation block and
labelled; every secret-shaped string lies inside a gold span; a weekday written next to a full date
(English, Spanish or Polish; before the date, or in brackets after it) is the right weekday, read
in the document's date order, and a weekday just before a gold date is inside its span; every gold
date parses to a real calendar date with a year (or a month-year); gold ages are 90-120 and every
age over 89 written with a unit (also `años`, `lat`) is labelled; each document is 1200-2800 bytes;
doc12 has no gold; every class has at least one gold value; every checksum-bearing gold value is
re-verified from the final text.

Notes per document:

"""
    for n, mod in enumerate(mods, 1):
        out += '* **doc%d.** %s\n' % (n, ' '.join(mod.NOTES.split()))
    out += '\n' + SYNTHETIC + '\n'
    # counts
    occ = sum(1 for d in docs for s in d['spans'] if s['kind'] == 'gold')
    out += '## Counts\n\n'
    out += '%d gold values (distinct per document), %d gold occurrences (labelled gold spans), %d negatives, %d ambiguous.\n' % (
        len(gold_lines), occ, len(neg_lines), len(amb_lines))
    missing = [c for c in CLASSES if not any(r['class'] == c for r in gold_lines)]
    out += 'Classes with no gold value in this set: %s.\n\n' % (', '.join(missing) if missing else 'none')
    out += '| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n'
    for d in docs:
        nm = d['name']
        out += '| %s | %d | %d | %d | %d |\n' % (
            nm, sum(r['doc'] == nm for r in gold_lines), sum(r['doc'] == nm for r in neg_lines),
            sum(r['doc'] == nm for r in amb_lines), len(d['text'].encode('utf-8')))
    out += '\n| class | gold values | occurrences |\n|---|---|---|\n'
    for c in sorted(CLASSES):
        nv = sum(r['class'] == c for r in gold_lines)
        no = sum(1 for d in docs for s in d['spans'] if s['kind'] == 'gold' and s['cls'] == c)
        if nv:
            out += '| `%s` | %d | %d |\n' % (c, nv, no)
    return out


SYNTHETIC = """## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the files)

Card: Visa debit, Luhn, 16 digits grouped 4-4-4-4 (doc11). NPI: Luhn over `80840`+NPI, first digit
1 (the oxygen supplier's type-2 NPI too). DEA: `F` + `A` (the Mohs surgeon's surname initial) + 6
digits + the DEA check digit (doc7's `extra_check` matches the letter). ABA: 3-7-1 weighted mod 10
with Federal Reserve prefixes (`1221` for the Arizona trust account and the client's Arizona credit
union, `0719` for the Illinois bank). IBAN (PL): sort code = bank `109` + branch + the sort-code
check digit (weights 3-9-7-1-3-9-7), then a 16-digit account; mod 97 = 1, length 28, groups of four
(the IBAN registry's Polish example is in the self-test). VIN: position-9 check digit (Toyota
Canada `2T3` WMI, model-year code `N` = 2022). NHS: first digit 4, mod 11 (check 10 rejected),
written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, no famous or advertising
example. ITIN: area 9xx, group 70-88. MBI: 11 characters in the CMS character classes (not CMS's
published sample). Ohio driver's licence: two letters + 6 digits (doc5); Illinois: surname initial
+ 11 digits written `A###-####-####` (doc11's `extra_check` matches the initial). US passports:
letter + 8 digits; the Arizona Medicaid (AHCCCS) member ID has the same shape. Polish PESEL
(ambiguous): `YYMMDD` + serial + sex digit (even for women) + check digit (weights 1-3-7-9), doc2's
`extra_check` verifies both against the birth dates; Polish identity card (ambiguous): three
letters + check digit + five digits (weights 7-3-1-7-3-1-7-3); land-register number (ambiguous):
court code `KR1P` + 8 digits + check digit (weights 1-3-7 over the court code and number, letters
valued `X`=10, `A`=11 … `Z`=33). Mexican CURP (ambiguous): built by RENAPO's rules from the
patient's name, birth date, sex and `NE` (born abroad), with the check digit (weights 18…2 over
`0-9A-NÑO-Z`). Phones: US 555-01xx everywhere (also in E.164 form with the span after the `+`,
run together, dotted, and as `^` components); the Mexican numbers are invented (`+52 376 555 01dd`:
no fiction range exists there); the UK mobile is `+44 7700 900xxx`. GitHub classic token: `ghp_` +
30 base62 + 6-character base62 CRC32. OpenAI: `sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url.
Anthropic: `sk-ant-api03-` + 93 base64url + `AA`. AWS key ID: `AKIA` + 16 base32 (secret key 40
characters, ambiguous). Slack bot token: `xoxb-` 12 digits-13 digits-24 alphanumerics. EC private
key: random scalar on P-256, PKCS#8 DER (`-----BEGIN PRIVATE KEY-----`) with the public point,
PEM-wrapped at 64 columns (checked: public point = scalar x G, on the curve). JWT: ES256 with a real
ECDSA P-256 signature over SHA-256, verified against that key (doc9). Generic API key: 32 random hex
characters (at least 12 distinct). BTC: bech32 (BIP 173) P2WPKH, checksum verified (the BIP 173 test
vector is in the self-test). E-mails: `example.com/.net/.org` (and subdomains) only. IPs:
198.51.100.0/24 and 203.0.113.0/24 (gold), RFC 1918 (ambiguous). MACs: IANA documentation block
`00:00:5E:00:53:xx`. ASTM frame checksums: sum of the frame's bytes from the frame number through
`<ETX>`, modulo 256, two upper-case hex digits. Names, addresses, member IDs, MRNs and every other
number are invented. Negatives that look like identifiers fail their checksums where that matters
(doc12's asset tag fails Luhn and its catalogue number the NPI check).
"""


def main():
    mods = load_modules()
    docs = build_docs(mods)
    st = selftest(mods, docs)
    files1, docs1 = build(mods, st)
    files2, _ = build(load_modules_fresh(), st)
    if files1 != files2:
        diff = [k for k in files1 if files1[k] != files2.get(k)]
        raise SystemExit('the two builds differ: %s' % diff)
    for name, data in files1.items():
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
    n = reverify(mods)
    gold = [json.loads(l) for l in files1['gold.jsonl'].decode('utf-8').splitlines()]
    neg = files1['negatives.jsonl'].decode('utf-8').count('\n')
    amb = files1['ambiguous.jsonl'].decode('utf-8').count('\n')
    print('self-test: %d broken inputs rejected (%d small, %d broken copies of the real documents), %d good inputs accepted'
          % (st[0] + st[1], st[0], st[1], st[2]))
    print('built twice, identical; wrote %d files' % len(files1))
    print('%d gold values, %d negatives, %d ambiguous; %d checksum-bearing gold values re-verified from the files'
          % (len(gold), neg, amb, n))
    for d in docs1:
        print('  %-10s %5d bytes' % (d['name'], len(d['text'].encode('utf-8'))))


def load_modules_fresh():
    for n in range(1, N_DOCS + 1):
        sys.modules.pop('docs_%d' % n, None)
    return load_modules()


if __name__ == '__main__':
    main()
