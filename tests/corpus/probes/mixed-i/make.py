#!/usr/bin/env python3
"""Build set I of the mixed-document probes (standard library only, deterministic).

Templates live in docs_1.py ... docs_12.py. Each defines make(g) -> (template, values),
optionally extra_check(text, spans), and the strings GENRE and NOTES used for the README.
Labels: ⟦class|text⟧ gold, ⟦!why|text⟧ negative, ⟦?why|text⟧ ambiguous, «key» generated value.
"""
import base64
import datetime
import hashlib
import hmac
import importlib
import json
import os
import random
import re
import sys
import zlib

SEED = 20270301
NDOCS = 12
HERE = os.path.dirname(os.path.abspath(__file__))

CLASSES = """pii.person_name pii.ssn pii.itin pii.email pii.phone pii.street_address pii.zip_code
pii.date pii.age_over_89 pii.ip_address pii.url pii.mac_address pii.us_passport
pii.us_driver_license phi.mrn phi.mbi phi.health_plan_id phi.npi phi.dea phi.icd10
fin.credit_card fin.iban fin.aba_routing fin.bank_account fin.crypto_wallet id.vin id.uk_nhs
secret.aws_access_key secret.github_token secret.openai_api_key secret.anthropic_api_key
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
    'pem': 'secret.private_key', 'jwt': 'secret.jwt', 'apikey': 'secret.generic_api_key',
    'priv': 'legal.privilege_marker',
}


class CheckError(Exception):
    pass


def fail(msg):
    raise CheckError(msg)


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
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def npi_ok(s):
    return bool(re.fullmatch(r'[12]\d{9}', s)) and luhn_ok('80840' + s)


def dea_ok(s):
    if not re.fullmatch(r'[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}', s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def aba_ok(s):
    if not re.fullmatch(r'\d{9}', s):
        return False
    p = int(s[:2])
    if not (p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


IBAN_LEN = {'PT': 25, 'DE': 22, 'IE': 22, 'GB': 22, 'FR': 27, 'ES': 24, 'NL': 18, 'BR': 29}


def iban_ok(s):
    s = s.replace(' ', '')
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


VIN_MAP = dict(zip('ABCDEFGHJKLMNPRSTUVWXYZ', [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    return 'X' if r == 10 else str(r)


def vin_ok(v):
    return bool(re.fullmatch(r'[A-HJ-NPR-Z0-9]{17}', v)) and vin_check(v) == v[8]


def nhs_ok(s):
    s = s.replace(' ', '').replace('-', '')
    if not re.fullmatch(r'\d{10}', s):
        return False
    tot = sum(int(c) * w for c, w in zip(s[:9], range(10, 1, -1)))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(s[9])


FAMOUS_SSN = {'078051120', '219099999', '123456789', '111111111', '457555462', '987654320'}


def ssn_ok(s):
    d = re.sub(r'[- ]', '', s)
    if not re.fullmatch(r'\d{9}', d) or d in FAMOUS_SSN:
        return False
    a, g_, n = d[:3], d[3:5], d[5:]
    return a not in ('000', '666') and a[0] != '9' and g_ != '00' and n != '0000'


def itin_ok(s):
    d = re.sub(r'[- ]', '', s)
    if not re.fullmatch(r'9\d{8}', d):
        return False
    g_ = int(d[3:5])
    return 50 <= g_ <= 65 or 70 <= g_ <= 88 or 90 <= g_ <= 92 or 94 <= g_ <= 99


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'
MBI_AN = '0123456789' + MBI_A


def mbi_ok(s):
    s = s.replace('-', '')
    if len(s) != 11:
        return False
    classes = ['123456789', MBI_A, MBI_AN, '0123456789', MBI_A, MBI_AN, '0123456789',
               MBI_A, MBI_A, '0123456789', '0123456789']
    return all(c in cl for c, cl in zip(s, classes))


B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def b62_encode(n, width):
    out = ''
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, '0')


def ghp_ok(s):
    m = re.fullmatch(r'ghp_([A-Za-z0-9]{30})([A-Za-z0-9]{6})', s)
    return bool(m) and b62_encode(zlib.crc32(m.group(1).encode()), 6) == m.group(2)


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


def bech32_hrp_expand(h):
    return [ord(x) >> 5 for x in h] + [0] + [ord(x) & 31 for x in h]


def bech32_ok(addr):
    a = addr.lower()
    if addr != a and addr != addr.upper():
        return False
    if '1' not in a:
        return False
    pos = a.rfind('1')
    hrp, data = a[:pos], a[pos + 1:]
    if hrp not in ('bc', 'tb') or len(data) < 6 or any(c not in BECH for c in data):
        return False
    vals = [BECH.index(c) for c in data]
    if bech32_polymod(bech32_hrp_expand(hrp) + vals) != 1:
        return False
    prog = convertbits(vals[1:-6], 5, 8, False)
    return prog is not None and vals[0] == 0 and len(prog) in (20, 32)


def convertbits(data, frm, to, pad=True):
    acc = bits = 0
    ret = []
    maxv = (1 << to) - 1
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            ret.append((acc >> bits) & maxv)
    if pad:
        if bits:
            ret.append((acc << (to - bits)) & maxv)
    elif bits >= frm or ((acc << (to - bits)) & maxv):
        return None
    return ret


def bech32_encode_p2wpkh(prog):
    data = [0] + convertbits(list(prog), 8, 5)
    values = bech32_hrp_expand('bc') + data
    pm = bech32_polymod(values + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return 'bc1' + ''.join(BECH[d] for d in data + chk)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def b64u_dec(s):
    return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))


def jwt_ok(tok, text):
    parts = tok.split('.')
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64u_dec(parts[0]))
        json.loads(b64u_dec(parts[1]))
        sig = b64u_dec(parts[2])
    except Exception:
        return False
    if hdr.get('alg') != 'HS256':
        return False
    msg = (parts[0] + '.' + parts[1]).encode()
    for cand in set(re.findall(r'[A-Za-z0-9_\-]{16,}', text)):
        if hmac.compare_digest(hmac.new(cand.encode(), msg, hashlib.sha256).digest(), sig):
            return True
    return False


SHAPES = {
    'secret.aws_access_key': r'AKIA[A-Z2-7]{16}',
    'secret.openai_api_key': r'sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}',
    'secret.anthropic_api_key': r'sk-ant-api03-[A-Za-z0-9_-]{93}AA',
    'secret.slack_token': r'xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}',
    'secret.generic_api_key': r'[0-9a-f]{32}',
    'pii.us_passport': r'[A-Z]\d{8}|\d{9}',
    'pii.us_driver_license': r'[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d',
    'pii.mac_address': r'00([:-])00\1[5][Ee]\1 ?00\1 ?53\1[0-9A-Fa-f]{2}',
    'legal.privilege_marker': r'.*(PRIVILEGED|Privileged|privileged|WORK PRODUCT).*',
}


def verify_value(cls, v, text):
    """Re-verify a gold value taken from the final text."""
    digits = re.sub(r'\D', '', v)
    if cls == 'fin.credit_card':
        ok = 13 <= len(digits) <= 19 and luhn_ok(digits) and re.match(r'4|5[1-5]|3[47]|6011', digits)
    elif cls == 'phi.npi':
        ok = npi_ok(v)
    elif cls == 'phi.dea':
        ok = dea_ok(v)
    elif cls == 'fin.aba_routing':
        ok = aba_ok(v)
    elif cls == 'fin.iban':
        ok = iban_ok(v)
    elif cls == 'id.vin':
        ok = vin_ok(v)
    elif cls == 'id.uk_nhs':
        ok = nhs_ok(v)
    elif cls == 'pii.ssn':
        ok = ssn_ok(v)
    elif cls == 'pii.itin':
        ok = itin_ok(v)
    elif cls == 'phi.mbi':
        ok = mbi_ok(v)
    elif cls == 'secret.github_token':
        ok = ghp_ok(v)
    elif cls == 'fin.crypto_wallet':
        ok = bech32_ok(v)
    elif cls == 'secret.jwt':
        ok = jwt_ok(v, text)
    elif cls == 'pii.age_over_89':
        m = re.match(r'\d+', v)
        ok = bool(m) and int(m.group()) >= 90
    elif cls in SHAPES:
        ok = re.fullmatch(SHAPES[cls], v)
        if cls == 'secret.generic_api_key':
            ok = ok and len(set(v)) >= 12
    else:
        ok = True
    if not ok:
        fail('checksum/shape failed for %s %r' % (cls, v))


# ---------------------------------------------------------------- generator
class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used_lines = set()

    def d(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def d1(self, n):
        return self.r.choice('123456789') + self.d(n - 1)

    def pick(self, alphabet, n):
        return ''.join(self.r.choice(alphabet) for _ in range(n))

    def line(self):
        while True:
            x = '01%02d' % self.r.randrange(100)
            if x not in self.used_lines:
                self.used_lines.add(x)
                return x

    def phone(self, area, fmt='({a}) 555-{l}'):
        return fmt.format(a=area, l=self.line())

    def visa(self):
        n = luhn_complete('4' + self.d(14))
        return ' '.join(n[i:i + 4] for i in range(0, 16, 4))

    def npi(self):
        while True:
            body = '1' + self.d(8)
            for c in '0123456789':
                if npi_ok(body + c):
                    return body + c

    def dea(self, initial, first='B'):
        d = [int(c) for c in self.d(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return first + initial + ''.join(map(str, d)) + str(chk)

    def aba(self, prefix):
        body = prefix + self.d(8 - len(prefix))
        for c in '0123456789':
            if aba_ok(body + c):
                return body + c

    def iban_pt(self):
        bank, branch, acct = '0035', self.d(4), self.d(11)
        nib = 98 - (int(bank + branch + acct) * 100) % 97
        bban = bank + branch + acct + '%02d' % nib
        num = int(''.join(str(int(c, 36)) for c in bban + 'PT00'))
        iban = 'PT%02d' % (98 - num % 97) + bban
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def vin(self, wmi, vds, year):
        body = wmi + vds + '0' + year + self.pick('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + self.d(6)
        return body[:8] + vin_check(body) + body[9:]

    def nhs(self):
        while True:
            s = self.r.choice('456') + self.d(8)
            for c in '0123456789':
                if nhs_ok(s + c):
                    return '%s %s %s' % (s[:3], s[3:6], s[6:] + c)

    def ssn(self, sep='-'):
        while True:
            a = '%03d' % self.r.randrange(1, 900)
            s = a + '%02d' % self.r.randrange(1, 100) + '%04d' % self.r.randrange(1, 10000)
            if ssn_ok(s):
                return s[:3] + sep + s[3:5] + sep + s[5:]

    def itin(self):
        return '9%s-%d-%s' % (self.d(2), self.r.randrange(70, 89), self.d(4))

    def mbi(self):
        cl = ['123456789', MBI_A, MBI_AN, '0123456789', MBI_A, MBI_AN, '0123456789',
              MBI_A, MBI_A, '0123456789', '0123456789']
        return ''.join(self.r.choice(c) for c in cl)

    def ghp(self):
        body = self.pick(B62, 30)
        return 'ghp_' + body + b62_encode(zlib.crc32(body.encode()), 6)

    def b64u_chars(self, n):
        return self.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', n)

    def openai(self):
        return 'sk-proj-' + self.b64u_chars(74) + 'T3BlbkFJ' + self.b64u_chars(74)

    def anthropic(self):
        return 'sk-ant-api03-' + self.b64u_chars(93) + 'AA'

    def aws(self):
        return 'AKIA' + self.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)

    def aws_secret(self):
        return self.pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40)

    def slack(self):
        return 'xoxb-%s-%s-%s' % (self.d1(12), self.d1(13), self.pick(B62, 24))

    def hexkey(self, n=32):
        while True:
            k = self.pick('0123456789abcdef', n)
            if len(set(k)) >= 12:
                return k

    def jwt(self, payload, key):
        h = b64u(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
        p = b64u(json.dumps(payload, separators=(',', ':')).encode())
        sig = hmac.new(key.encode(), (h + '.' + p).encode(), hashlib.sha256).digest()
        return h + '.' + p + '.' + b64u(sig)

    def btc(self):
        return bech32_encode_p2wpkh(bytes(self.r.randrange(256) for _ in range(20)))


# ---------------------------------------------------------------- parsing
def render(template, values):
    def sub(m):
        return values[m.group(1)]
    t = re.sub(r'«([A-Za-z_][A-Za-z0-9_]*)»', sub, template)
    out, stack, spans, pos, i = [], [], [], 0, 0
    while i < len(t):
        c = t[i]
        if c == '⟦':
            j = t.index('|', i)
            stack.append((t[i + 1:j], pos))
            i = j + 1
        elif c == '⟧':
            head, start = stack.pop()
            if head.startswith('!'):
                spans.append((start, pos, 'neg', head[1:]))
            elif head.startswith('?'):
                spans.append((start, pos, 'amb', head[1:]))
            else:
                cls = ALIASES.get(head, head)
                if cls not in CLASSES:
                    fail('unknown class %r' % head)
                spans.append((start, pos, 'gold', cls))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        fail('unclosed label')
    return ''.join(out), sorted(spans)


# ---------------------------------------------------------------- checker
WD = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'ea': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    'ps': ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
}
WD_INDEX = {}
for _l in WD.values():
    for _i, _n in enumerate(_l):
        WD_INDEX[_n] = _i
WD_RE = '|'.join(sorted(map(re.escape, WD_INDEX), key=len, reverse=True))
MONTHS = {}
for _names in (['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
               ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
               ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
               ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
               ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']):
    for _i, _n in enumerate(_names):
        MONTHS.setdefault(_n, _i + 1)
MON_RE = '|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
DATE_RES = [
    (re.compile(r'(?<![\w])(?P<m>%s)\.? (?P<d>\d{1,2}),? (?P<y>\d{4})(?!\d)' % MON_RE), 'mdy'),
    (re.compile(r'(?<![\w])(?P<d>\d{1,2})\.? (?:de )?(?P<m>%s)\.?,? (?:de )?(?P<y>\d{4})(?!\d)' % MON_RE), 'dmy'),
    (re.compile(r'(?<![\w-])(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?![\d])'), 'iso'),
]


def check_weekdays(text):
    for rx, _ in DATE_RES:
        for m in rx.finditer(text):
            try:
                mo = int(m.group('mo')) if 'mo' in m.groupdict() and m.group('mo') else MONTHS[m.group('m')]
                dt = datetime.date(int(m.group('y')), mo, int(m.group('d')))
            except (ValueError, KeyError):
                continue
            before = text[max(0, m.start() - 20):m.start()]
            after = text[m.end():m.end() + 20]
            found = []
            mb = re.search(r'(?<![\w-])(%s)\.?,?\s+(?:de\s+|le\s+|den\s+)?$' % WD_RE, before)
            if mb:
                found.append(mb.group(1))
            ma = re.match(r'\s*\((%s)\)' % WD_RE, after) or re.match(r',\s+(%s)\b' % WD_RE, after)
            if ma:
                found.append(ma.group(1))
            for w in found:
                if WD_INDEX[w] != dt.weekday():
                    fail('wrong weekday %s for %s' % (w, dt))


def is_word(c):
    return c.isalnum() or c == '_'


def left_ok(text, s):
    if s == 0 or not is_word(text[s]) or not is_word(text[s - 1]):
        return True
    if s >= 2 and text[s - 2] == '\\' and text[s - 1] in 'ntr':
        return True
    if s >= 3 and text[s - 3] == '%' and re.fullmatch('[0-9A-F]{2}', text[s - 2:s]):
        return True
    return False


def right_ok(text, e):
    return e == len(text) or not is_word(text[e - 1]) or not is_word(text[e])


def covered(spans, a, b, kinds=('gold', 'neg', 'amb')):
    return [sp for sp in spans if sp[2] in kinds and sp[0] <= a and b <= sp[1]]


def occurrences(text, sub):
    i = text.find(sub)
    while i >= 0:
        yield i, i + len(sub)
        i = text.find(sub, i + 1)


def ip_allowed(q):
    p = [int(x) for x in q.split('.')]
    return (p[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or p[0] == 10
            or (p[0] == 172 and 16 <= p[1] <= 31) or p[:2] == [192, 168])


def check_doc(name, text, spans, no_gold=False, extra=None):
    size = len(text.encode('utf-8'))
    if not 1536 <= size <= 4000:
        fail('%s: size %d' % (name, size))
    gold = [s for s in spans if s[2] == 'gold']
    if no_gold and gold:
        fail('%s: gold in hard-negative document' % name)
    cls_of = {}
    for s, e, k, lab in gold:
        v = text[s:e]
        if v != v.strip() or not v:
            fail('%s: gold with surrounding space %r' % (name, v))
        if not (left_ok(text, s) and right_ok(text, e)):
            fail('%s: gold not on token boundary %r' % (name, v))
        if '=\n' in v or re.search(r'=[0-9A-F]{2}', v) and lab not in ('secret.jwt', 'pii.url'):
            fail('%s: quoted-printable escape inside gold %r' % (name, v))
        if cls_of.setdefault(v, lab) != lab:
            fail('%s: %r has two classes' % (name, v))
        verify_value(lab, v, text)
    other = {text[s:e] for s, e, k, _ in spans if k != 'gold'}
    for v in other:
        if v in cls_of:
            fail('%s: %r is both gold and negative/ambiguous' % (name, v))
        for a, b in occurrences(text, v):
            if any(a < e and s < b for s, e, _, _ in gold):
                fail('%s: negative/ambiguous %r overlaps gold' % (name, v))
    gold_ranges = {(s, e) for s, e, k, _ in gold}
    for v in cls_of:
        for a, b in occurrences(text, v):
            if (a, b) in gold_ranges:
                continue
            if not any(s <= a and b <= e for s, e, _, _ in gold):
                fail('%s: unlabelled occurrence of gold %r at %d' % (name, v, a))
    # e-mails
    for m in re.finditer(r'[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}', text):
        dom = m.group().split('@')[1].lower()
        if not re.search(r'(^|\.)example\.(com|net|org)$', dom):
            fail('%s: e-mail outside example domains %r' % (name, m.group()))
        if not covered(spans, m.start(), m.end()):
            fail('%s: unlabelled e-mail %r' % (name, m.group()))
    # SSN-shaped
    for m in re.finditer(r'(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])', text):
        if not covered(spans, m.start(), m.end()):
            fail('%s: unlabelled SSN-shaped %r' % (name, m.group()))
    # card-shaped
    for m in re.finditer(r'(?<!\d)(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4})(?!\d)', text):
        if luhn_ok(re.sub(r'\D', '', m.group())) and not covered(spans, m.start(), m.end()):
            fail('%s: unlabelled Luhn-valid card-shaped %r' % (name, m.group()))
    # US phones
    phone_res = [r'(?<![\w.+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\w)',
                 r'(?<!\d)1?\d{10}(?!\d)', r'(?<![\d ])\d(?: \d){9}(?! ?\d)']
    for rx in phone_res:
        for m in re.finditer(rx, text):
            d = re.sub(r'\D', '', m.group())
            if len(d) == 11:
                d = d[1:]
            cov = covered(spans, m.start(), m.end())
            if not cov:
                fail('%s: unlabelled phone-shaped %r' % (name, m.group()))
            if any(k == 'gold' and lab != 'pii.phone' for _, _, k, lab in cov):
                continue
            if any(k != 'gold' and 'not a phone' in lab for _, _, k, lab in cov):
                continue
            if not (d[3:6] == '555' and d[6:8] == '01'):
                fail('%s: phone outside 555-01xx %r' % (name, m.group()))
    for m in re.finditer(r'(?<!\d)(?:\+44 ?7|07)\d{3} ?\d{6}(?!\d)', text):
        d = re.sub(r'\D', '', m.group())
        d = '0' + d[2:] if d.startswith('44') else d
        if not d.startswith('07700900'):
            fail('%s: UK mobile outside 07700 900xxx %r' % (name, m.group()))
    # dotted runs
    for m in re.finditer(r'(?<![\w.])\d+(?:\.\d+){3,}(?!\w|\.\d)', text):
        q = m.group()
        parts = q.split('.')
        if len(parts) == 4 and all(int(x) < 256 for x in parts) and ip_allowed(q):
            continue
        if not covered(spans, m.start(), m.end(), ('neg', 'amb')):
            fail('%s: dotted run not allowed %r' % (name, q))
    # IPv6
    for m in re.finditer(r'(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])', text):
        q = m.group()
        groups = q.split(':')
        if '::' not in q and all(len(x) <= 2 for x in groups):
            continue
        if len(groups) == 6 and all(len(x) == 2 for x in groups):
            continue
        if not re.match(r'(?i)2001:0?db8:|f[cd]', q):
            fail('%s: IPv6 outside documentation %r' % (name, q))
    # MACs
    for m in re.finditer(r'(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])', text):
        if not re.match(r'(?i)00([:-])00\1 ?5e\1 ?00\1 ?53', m.group()):
            fail('%s: MAC outside documentation block %r' % (name, m.group()))
    # secrets
    for m in re.finditer(r'AKIA[A-Z0-9]{16}|ghp_\w+|github_pat_\w+|sk-proj-[\w-]+|sk-ant-[\w-]+|'
                         r'xox[abpers]-[\w-]+|-----BEGIN|eyJ[\w-]+\.[\w-]+(?:\.[\w-]*)?', text):
        if not covered(spans, m.start(), m.end(), ('gold',)):
            fail('%s: secret-shaped string outside gold %r' % (name, m.group()[:20]))
    check_weekdays(text)
    if extra:
        extra(text, spans)


# ---------------------------------------------------------------- self-test
PAD = '\n' + ('Filler sentence with nothing sensitive in it at all. ' * 40)


def selftest():
    g = G('selftest')
    card = luhn_complete('4' + '1' * 14)
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    npi = G('n').npi()
    bad_npi = npi[:-1] + str((int(npi[-1]) + 1) % 10)
    key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
    tok = g.jwt({'sub': 'x'}, key)
    bad_tok = tok[:-2] + ('AA' if tok[-2:] != 'AA' else 'BB')
    ghp = g.ghp()
    bad_ghp = ghp[:-1] + ('A' if ghp[-1] != 'A' else 'B')
    iban = g.iban_pt()
    bad_iban = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    vin = g.vin('1HG', 'CV1F3', 'S')
    bad_vin = vin[:8] + ('1' if vin[8] != '1' else '2') + vin[9:]
    dea = g.dea('K')
    bad_dea = dea[:-1] + str((int(dea[-1]) + 1) % 10)
    aba = g.aba('2113')
    bad_aba = aba[:-1] + str((int(aba[-1]) + 1) % 10)
    btc = g.btc()
    bad_btc = btc[:-1] + ('q' if btc[-1] != 'q' else 'p')
    nhs = g.nhs()
    bad_nhs = nhs[:-1] + str((int(nhs[-1]) + 1) % 10)
    bad = [
        ('repeat name', '⟦name|Ana Lima⟧ saw Ana Lima.'),
        ('luhn-invalid card', '⟦card|%s⟧' % bad_card),
        ('unlabelled card', 'card %s' % card),
        ('wrong EN weekday', '⟦date|Tuesday, March 3, 2025⟧'),
        ('wrong EN abbr weekday', 'Date: Tue, 3 Mar 2025 10:00'),
        ('wrong EN bracket weekday', '⟦date|2025-03-03⟧ (Friday)'),
        ('wrong PT weekday', '⟦date|terça-feira, 3 de março de 2025⟧'),
        ('wrong FR weekday', 'le mardi 3 mars 2025'),
        ('wrong DE weekday', 'am Dienstag, 3. März 2025'),
        ('unlabelled email', 'write to ana@example.org'),
        ('gmail', '⟦email|ana@gmail.com⟧'),
        ('phone outside range', '⟦phone|(617) 555-0200⟧'),
        ('unlabelled phone', 'call (617) 555-0123'),
        ('unlabelled run-together phone', 'tel=16175550123'),
        ('bare aws key', 'key AKIAIOSFODNN7EXAMPL2'),
        ('span inside a word', 'xx⟦name|Ana⟧ya'),
        ('gold and negative', '⟦name|Ana⟧ and ⟦!word|Ana⟧'),
        ('negative overlapping gold', '⟦date|2025-03-03⟧ ⟦!year|2025⟧'),
        ('two classes', '⟦name|Lima⟧ ⟦addr|Lima⟧'),
        ('public IP', 'from 8.8.8.8 today'),
        ('public IPv6', 'from 2600:1f18::1 today'),
        ('non-doc MAC', '⟦mac|00:1A:2B:3C:4D:5E⟧'),
        ('NPI failing Luhn', '⟦npi|%s⟧' % bad_npi),
        ('unlabelled SSN', 'ssn 123-45-6780'),
        ('SSN area 666', '⟦ssn|666-12-3456⟧'),
        ('ITIN bad group', '⟦itin|912-40-1234⟧'),
        ('JWT bad signature', 'key %s ⟦jwt|%s⟧' % (key, bad_tok)),
        ('age 89 gold', '⟦age|89 years⟧'),
        ('unlabelled OID', 'oid 2.16.840.1.113883'),
        ('GitHub bad CRC', '⟦ghp|%s⟧' % bad_ghp),
        ('IBAN bad mod 97', '⟦iban|%s⟧' % bad_iban),
        ('VIN bad check', '⟦vin|%s⟧' % bad_vin),
        ('DEA bad check', '⟦dea|%s⟧' % bad_dea),
        ('ABA bad check', '⟦aba|%s⟧' % bad_aba),
        ('bech32 bad', '⟦btc|%s⟧' % bad_btc),
        ('NHS bad', '⟦nhs|%s⟧' % bad_nhs),
        ('MBI forbidden letter', '⟦mbi|1SA4-B67-CD89⟧'),
        ('UK mobile outside range', 'mob 07700 123456'),
        ('QP escape in gold', '⟦name|Jos=E9 Lima⟧'),
        ('unlabelled slack token', 'xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx'),
    ]
    for why, t in bad:
        text, spans = render(t + PAD, {})
        try:
            check_doc('selftest', text, spans)
        except CheckError:
            continue
        raise SystemExit('self-test: checker accepted broken input: ' + why)
    for why, t, ng in [('tiny document', 'short', False), ('gold in hard negative', '⟦name|Ana Lima⟧' + PAD, True)]:
        text, spans = render(t, {})
        try:
            check_doc('selftest', text, spans, no_gold=ng)
        except CheckError:
            continue
        raise SystemExit('self-test: checker accepted broken input: ' + why)
    good = [
        ('PT weekday', '⟦date|segunda-feira, 3 de março de 2025⟧ and ⟦date|Monday, March 3, 2025⟧'),
        ('HS256 JWT', 'secret ⟦apikey|%s⟧ token ⟦jwt|%s⟧' % (key, tok)),
        ('BIP 173 vector', '⟦btc|bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧'),
        ('URL with nested MRN', '⟦url|https://portal.example.org/chart/⟦mrn|MR4471902⟧⟧'),
        ('backslash boundary', '"note":"seen\\n⟦name|Ana Lima⟧ today"'),
        ('NPI, valid card, DEA', '⟦npi|%s⟧ ⟦card|%s⟧ ⟦dea|%s⟧ ⟦vin|%s⟧ ⟦nhs|%s⟧ ⟦iban|%s⟧ ⟦aba|%s⟧ ⟦ghp|%s⟧'
         % (npi, card, dea, vin, nhs, iban, aba, ghp)),
        ('epoch not a phone', '⟦?message timestamp, not a phone|1741012345⟧'),
    ]
    for why, t in good:
        text, spans = render(t + PAD, {})
        try:
            check_doc('selftest', text, spans)
        except CheckError as e:
            raise SystemExit('self-test: checker rejected good input %s: %s' % (why, e))
    return len(bad) + 2, len(good)


# ---------------------------------------------------------------- build
def build():
    sys.path.insert(0, HERE)
    files = {}
    gold_lines, neg_lines, amb_lines = [], [], []
    stats, genres, notes = [], [], []
    occ = {}
    for n in range(1, NDOCS + 1):
        mod = importlib.import_module('docs_%d' % n)
        g = G('%d-%d' % (SEED, n))
        template, values = mod.make(g)
        text, spans = render(template, values)
        name = 'doc%d.txt' % n
        try:
            check_doc(name, text, spans, no_gold=(n == 12), extra=getattr(mod, 'extra_check', None))
        except CheckError as e:
            raise SystemExit('CHECK FAILED: %s' % e)
        files[name] = text.encode('utf-8')
        seen = set()
        cnt = {'gold': 0, 'neg': 0, 'amb': 0}
        gold_ranges = [(s, e, lab) for s, e, k, lab in spans if k == 'gold']
        for s, e, k, lab in spans:
            v = text[s:e]
            if k == 'gold':
                inner = any(a <= s and e <= b and (a, b) != (s, e) and c == lab for a, b, c in gold_ranges)
                if not inner:
                    occ[lab] = occ.get(lab, 0) + 1
            key = (k, lab if k == 'gold' else '', v)
            if key in seen:
                continue
            seen.add(key)
            cnt[k] += 1
            if k == 'gold':
                gold_lines.append({'doc': name, 'class': lab, 'text': v})
            elif k == 'neg':
                neg_lines.append({'doc': name, 'text': v, 'why': lab})
            else:
                amb_lines.append({'doc': name, 'text': v, 'why': lab})
        stats.append((name, cnt['gold'], cnt['neg'], cnt['amb'], len(files[name])))
        genres.append(mod.GENRE)
        notes.append(mod.NOTES)
    for fn, lines in (('gold.jsonl', gold_lines), ('negatives.jsonl', neg_lines), ('ambiguous.jsonl', amb_lines)):
        files[fn] = ''.join(json.dumps(x, ensure_ascii=False) + '\n' for x in lines).encode('utf-8')
    files['README.md'] = readme(stats, genres, notes, gold_lines, occ).encode('utf-8')
    return files


def readme(stats, genres, notes, gold_lines, occ):
    per_class = {}
    for x in gold_lines:
        per_class[x['class']] = per_class.get(x['class'], 0) + 1
    out = [README_HEAD.strip() + '\n\n']
    out.append('Genres (none used by the earlier sets):\n\n')
    for i, gtxt in enumerate(genres, 1):
        out.append('%d. %s\n' % (i, gtxt.strip()))
    out.append('\n' + README_CONV.strip() + '\n\nNew or made explicit in set I:\n\n')
    for nt in notes:
        out.append(nt.strip() + '\n')
    out.append('\n' + README_IDS.strip() + '\n\n## Counts\n\n')
    tg = sum(s[1] for s in stats)
    out.append('%d gold values (distinct per document), %d gold occurrences (labelled gold spans; a value\n'
               'that also sits inside a longer gold span of the same class, such as a surname inside a full\n'
               'name, is not counted again there; an MRN nested in a URL is), %d negatives, %d ambiguous.\n' % (tg, sum(occ.values()), sum(s[2] for s in stats), sum(s[3] for s in stats)))
    missing = [c for c in CLASSES if c not in per_class]
    out.append('Classes with no gold value in this set: %s.\n\n' % (', '.join('`%s`' % c for c in missing) or 'none'))
    out.append('| document | gold | negatives | ambiguous | bytes |\n|---|---|---|---|---|\n')
    for s in stats:
        out.append('| %s | %d | %d | %d | %d |\n' % s)
    out.append('\n| class | gold values | occurrences |\n|---|---|---|\n')
    for c in CLASSES:
        if c in per_class:
            out.append('| `%s` | %d | %d |\n' % (c, per_class[c], occ.get(c, 0)))
    return ''.join(out)


README_HEAD = """
# Mixed documents, set I

Twelve documents written as a held-out test of the detector. Their author read neither the
detector's code nor the earlier sets' documents, gold files or generators (only set H's README,
whose conventions are kept, and the list of data classes).

`python3 make.py` (standard library only, fixed seed 20270301, output is deterministic: make.py
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
values)`, the README strings `GENRE` and `NOTES`, and doc2 and doc7 also an `extra_check`) and
carry the labels inline (`⟦class|text⟧` gold, `⟦!why|text⟧` negative, `⟦?why|text⟧` ambiguous,
`«key»` for generated values; labels may nest). Short aliases (`name`, `date`, `addr`, `zip`,
`icd`, …) map to the class names listed in `ALIASES` in make.py. Each module gets its own random
generator seeded with `"20270301-<n>"`.

Every document is written as it would be pasted into a chat prompt, with a short question or
instruction around it.
"""

README_CONV = """
## Scoring conventions

Same as set H (and so sets G, F, E, D and C): every occurrence of a gold text counts; a gold span is
only the value; names in every written form; street line plus same-line unit; ZIP separate, foreign
postcodes ambiguous; business/provider contact data ambiguous, a named individual's direct
line/e-mail gold; dates about a person or their care/case in any format, statute/regulation/policy
dates and year-only negative, log timestamps and card/lot expiry ambiguous, dates without a year
ambiguous, month-year dates about the person gold; only ages over 89 gold (span = number plus
attached unit); only person-identifying URLs gold; member IDs gold, group numbers ambiguous;
privilege marker lines only; secrets value only, AWS secret key ambiguous; claim, case, Bates,
account-at-a-provider, EIN and masked/last-4 numbers ambiguous; CPT/HCPCS/LOINC/NDC/lot, bar and
licence numbers, reference ranges and scores negative; handles ambiguous; companies and law firms
named after people ambiguous; eponyms, drug brands and saints' names negative; accession/order IDs
negative; honorifics and credentials outside name spans; a weekday written with a date is inside
the date span, a clock time next to it is not; backslash escapes (`\\n`, `\\t`, `\\r`) and URL
percent-escapes in front of a span are token boundaries; ISO and basic-format date-times joined by
`T` are one span; infrastructure IPs (servers, nodes, relays) ambiguous; passwords ambiguous.

`make.py` asserts the same things as set H's: every gold/negative/ambiguous text occurs verbatim in
its document; every gold occurrence sits on token boundaries; every occurrence of a gold text
(plain, case-sensitive substring search) is labelled or inside another labelled gold span; no text
carries two classes or is both gold and negative/ambiguous; no occurrence of a negative or
ambiguous text overlaps a gold span; every e-mail-shaped string uses `example.com/.net/.org` and is
labelled; every SSN-shaped string and every Luhn-valid card-shaped number is labelled; every US
phone-shaped string (also ten or eleven digits run together and ten spaced single digits) is
labelled and in 555-01xx unless it is gold as another class or a labelled negative/ambiguous whose
reason says it is not a phone number; UK mobiles are `07700 900xxx`; every dotted quad or longer
dotted run is a documentation/private address or a labelled negative/ambiguous; every IPv6 address
is in `2001:db8::/32`; every MAC is in the documentation block; every secret-shaped string lies
inside a gold span; a weekday written next to a full date (English, Portuguese, French or German;
before the date, or in brackets after it) is the right weekday; no quoted-printable escape or soft
line break lies inside a gold value; each document is 1536–4000 bytes; doc12 has no gold; every
checksum-bearing gold value is re-verified from the final text. Before building, make.py feeds its
checker about forty deliberately broken inputs (listed in `selftest()`: an unlabelled repeat of a
gold name, Luhn-invalid and unlabelled Luhn-valid cards, wrong weekdays in English, Portuguese,
French and German, an unlabelled or gmail e-mail, phones outside 555-01xx or unlabelled, a bare AWS
key, a span inside a word, gold-and-negative, negative overlapping gold, two classes, public IPv4
and IPv6, a non-documentation MAC, bad NPI/DEA/ABA/IBAN/VIN/NHS/bech32/GitHub CRC/JWT signature, SSN
area 666, an ITIN group out of range, an MBI with a forbidden letter, an age of 89, an unlabelled OID,
a UK mobile outside range, a QP escape inside a name, an unlabelled Slack token, a tiny document,
gold in doc12) and stops if any is accepted; it also checks that some good inputs are accepted.
"""

README_IDS = """
## Synthetic identifiers (all generated, checksum-valid, re-verified by `make.py` from the text)

Card: Visa, Luhn, 16 digits grouped 4-4-4-4. NPI: Luhn over `80840`+NPI, first digit 1. DEA:
registrant letter `B` + the prescriber's surname initial + 6 digits + the DEA check digit (make.py
checks the second letter against the surname). ABA: 3-7-1 weighted mod 10 with the prefix `2113`
(21 = Boston district thrift). IBAN (PT): bank `0035` + branch + account + the NIB's own mod-97
check digits, IBAN mod 97 = 1, length 25, written in groups of four. VIN: position-9 check digit
(Toyota `JTM` WMI, model-year code `L` = 2020). NHS: first digit 4–6, mod 11 (check 10 rejected),
written 3-3-4. SSN: no area 000/666/9xx, no group 00, no serial 0000, not a famous example (listed
in make.py). ITIN: area 9xx, group 70–88. MBI: 11 characters in the CMS character classes.
Florida driver's licence: surname initial + 12 digits as `L###-###-##-###-#`. US passport: letter +
8 digits. Phones: US 555-01xx everywhere; UK mobile `07700 900xxx`; the Brazilian numbers are
invented (`+55 21 9 9555-01xx`/`+55 31 3555-01xx`, no reserved fictitious range exists there). GitHub
classic token: `ghp_` + 30 base62 + 6-character base62 CRC32 of the 30. OpenAI: `sk-proj-` + 74 +
`T3BlbkFJ` + 74 base64url. Anthropic: `sk-ant-api03-` + 93 base64url + `AA`. AWS key ID: `AKIA` + 16
base32 (secret key 40 characters, ambiguous). Slack bot token: `xoxb-` 12 digits-13 digits-24
alphanumerics. JWT: HS256 with a real HMAC-SHA256 signature; make.py verifies it against the
signing key quoted in the same document (doc4). BTC: bech32 (BIP 173) P2WPKH, checksum verified
(the BIP 173 test vector is in the self-test). Generic API key: 32 random hex characters (at least
12 distinct). No PEM private key in this set. The CPF in doc1 (ambiguous) carries valid mod-11
check digits.
Negatives that look like identifiers fail their checksums or shapes where that matters. E-mails:
`example.com/.net/.org` (and subdomains) only. IPs: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
RFC 1918 and 2001:db8::/32. MACs: IANA documentation block `00:00:5E:00:53:xx`. Names, addresses,
member IDs, MRNs and every other number are invented.
"""


def main():
    os.chdir(HERE)
    nb, ng = selftest()
    print('self-test: %d broken inputs rejected, %d good inputs accepted' % (nb, ng))
    a = build()
    for k in [k for k in sys.modules if k.startswith('docs_')]:
        del sys.modules[k]
    b = build()
    assert a == b, 'builds differ'
    for fn, data in a.items():
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(data)
    print('wrote %d files' % len(a))


if __name__ == '__main__':
    main()
