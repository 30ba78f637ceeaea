# -*- coding: utf-8 -*-
"""doc3: ASTM E1394 (LIS2-A2) records in E1381 frames, captured from a coagulation analyzer."""
import re

GENRE = """serial-line capture of a coagulation analyzer's ASTM E1394 / LIS2-A2 upload in E1381 low-level frames (control characters shown as `<STX>`, `<CR>`, `<ETX>`, `<ACK>`, `<NAK>` mnemonics, frame numbers and two-character checksums) from an anticoagulation clinic: the header record with instrument model, software version, serial and message stamp; a patient record (clinic MRN, name components, mother's maiden name, birth date, address components with ZIP, phone as area^number, attending physician NPI and name components, ICD-10 codes with the repeat delimiter, warfarin dose), the order record with specimen ID and collection and receipt stamps, PT and INR result records with completion stamps, a reagent-lot comment; then the second patient's record, whose Vietnamese mother's maiden name makes the analyzer's checksum (computed over characters) differ from the LIS's (over UTF-8 bytes), NAKed six times until the analyzer gives up; pasted by the LIS analyst asking why the second patient's INR never posts"""

NOTES = """ASTM conventions (new in set O): `|`, `^` and `\\` are delimiters and the control-character mnemonics are outside every span. Each `^` name component is its own span (`OYELARAN`, `BEATRICE`, `NGUYEN-TALBOT`, `KEVIN`, the physician's `HWANG`, `DANIEL`); the middle initials are unlabelled; the mother's maiden names in field 7 (`ADEBAYO`, and `TRƯƠNG` with its Vietnamese letters) are gold; `Oyelaran` and `Nguyen-Talbot` in the question are further gold texts. Birth dates (`YYYYMMDD`) and the collection, receipt and result-completion stamps (`YYYYMMDDHHMMSS`, care of the patient) are gold whole values; the `H`-record message stamp is transport metadata (ambiguous). The practice-assigned patient IDs are MRNs (gold). The street component and ZIP are gold, city and state unlabelled; `773^5550126` and `312^5550188` are phones (one span each). The attending physician's NPI is gold; `I48.91`, `Z79.01` and `I26.99` are gold ICD-10 codes. The instrument serial and the reagent lot are negatives; the specimen ID (`C` + ten digits) is a negative whose reason says it is not a phone number. `92-year-old` is an age (`extra_check` confirms 92 on the collection date). `extra_check` recomputes every frame's checksum (the byte sum from the frame number through `<ETX>`, modulo 256): all ACKed frames match over UTF-8 bytes, and the NAKed frame's sent checksum equals the sum over Unicode code points, the analyzer's bug the question is about; the LIS log's `received`/`computed` pair must be the sent checksum and the byte sum; it also checks the frame numbers run 1-7, the record order H-P-O-R-R-C-P, and that the INR is (PT / MNPT) ^ ISI rounded to 0.1 (31.8 s, 10.7 s, 0.98: 2.9). The LIS log's stamps are log metadata (ambiguous)."""


def _frame(fn, rec_plain, sent=None):
    data = (str(fn) + rec_plain + '\r\x03').encode('utf-8')
    good = '%02X' % (sum(data) % 256)
    return good if sent is None else sent


def make(g):
    npi = g.npi()
    mrn1, mrn2 = g.digits(7), g.digits(7)
    spec = 'C2510140' + g.digits(3)
    recs = [
        'H|\\^&|||CS-2400^4.1.7^⟦!instrument serial number|SN58213⟧|||||LIS01||P|LIS2-A2|⟦?message header stamp (transport metadata)|20251014091522⟧',
        'P|1|⟦mrn|%s⟧|||⟦name|OYELARAN⟧^⟦name|BEATRICE⟧^A|⟦name|ADEBAYO⟧|⟦date|19330918⟧|F||⟦addr|3309 N Kedzie Ave⟧^Chicago^IL^⟦zip|60618⟧||⟦phone|773^5550126⟧|⟦npi|%s⟧^⟦name|HWANG⟧^⟦name|DANIEL⟧|||||⟦icd|I48.91⟧\\⟦icd|Z79.01⟧|WARFARIN 5 MG' % (mrn1, npi),
        'O|1|⟦!specimen ID, not a phone number|%s⟧||^^^PT\\^^^INR|R||⟦date|20251014083000⟧|||||||⟦date|20251014084512⟧|CITRATE||||||||||F' % spec,
        'R|1|^^^PT|31.8|s|9.4-12.5|H||F||||⟦date|20251014091420⟧',
        'R|2|^^^INR|2.9||0.9-1.1|H||F||||⟦date|20251014091420⟧',
        'C|1|I|RGT LOT ⟦!reagent lot number|41827C⟧ ISI 0.98 MNPT 10.7|G',
        'P|2|⟦mrn|%s⟧|||⟦name|NGUYEN-TALBOT⟧^⟦name|KEVIN⟧^R|⟦name|TRƯƠNG⟧|⟦date|19580611⟧|M||||⟦phone|312^5550188⟧|⟦npi|%s⟧^⟦name|HWANG⟧^⟦name|DANIEL⟧|||||⟦icd|I26.99⟧|WARFARIN 7.5 MG' % (mrn2, npi),
    ]
    lines = ['→ <ENQ>   ← <ACK>']
    for k, rec in enumerate(recs, 1):
        plain = g.strip(rec)
        if k < 7:
            cs = _frame(k, plain)
            lines.append('→ <STX>%d%s<CR><ETX>%s<CR><LF>   ← <ACK>' % (k, rec, cs))
        else:
            # the analyzer sums code points, not UTF-8 bytes
            cs = '%02X' % (sum(ord(c) for c in str(k) + plain + '\r\x03') % 256)
            assert cs != _frame(k, plain)
            lines.append('→ <STX>%d%s<CR><ETX>%s<CR><LF>   ← <NAK>' % (k, rec, cs))
    lines.append('(frame 7 resent 5 more times, <NAK> each time)   → <EOT>')
    calc = _frame(7, g.strip(recs[6]))
    lines.append('')
    lines.append('LIS interface log:')
    lines.append('⟦?LIS log stamp (log metadata)|2025-10-14 09:15:23.087⟧ RX frame 6 C ok, ACK')
    lines.append('⟦?LIS log stamp (log metadata)|2025-10-14 09:15:23.342⟧ RX frame 7 checksum mismatch (received %s, computed %s), NAK 1/6' % (cs, calc))
    lines.append('⟦?LIS log stamp (log metadata)|2025-10-14 09:15:31.519⟧ sender aborted transfer (EOT after 6 NAKs); patient 2 records discarded')
    T = """Our LIS keeps NAKing the coag analyzer on frame 7, and after six tries the analyzer sends EOT, so Mr. ⟦name|Nguyen-Talbot⟧'s INR never posts. Our ⟦age|92-year-old⟧ Mrs. ⟦name|Oyelaran⟧ went through fine just before him. Capture from the serial sniffer below. Is it the checksum, and whose side is wrong?

""" + '\n'.join(lines) + '\n'
    return T, {}


def _frames(text):
    return re.findall(r'<STX>(\d)(.*?)<CR><ETX>([0-9A-F]{2})<CR><LF>   ← <(ACK|NAK)>', text)


def extra_check(text):
    E = []
    fr = _frames(text)
    if [int(f[0]) for f in fr] != list(range(1, 8)):
        E.append('frame numbers are not 1-7')
    if ''.join(f[1][0] for f in fr) != 'HPORRCP':
        E.append('record order is not H-P-O-R-R-C-P')
    for fn, rec, cs, reply in fr:
        byte_sum = '%02X' % (sum((fn + rec + '\r\x03').encode('utf-8')) % 256)
        cp_sum = '%02X' % (sum(ord(c) for c in fn + rec + '\r\x03') % 256)
        if reply == 'ACK' and cs != byte_sum:
            E.append('ACKed frame %s has a wrong checksum' % fn)
        if reply == 'NAK' and not (cs != byte_sum and cs == cp_sum):
            E.append('NAKed frame %s is not the code-point checksum bug' % fn)
    if sum(1 for f in fr if f[3] == 'NAK') != 1:
        E.append('exactly one NAKed frame expected')
    log = re.search(r'RX frame 7 checksum mismatch \(received ([0-9A-F]{2}), computed ([0-9A-F]{2})\)', text)
    nak = [f for f in fr if f[3] == 'NAK']
    if not log or not nak or log.group(1) != nak[0][2] or \
            log.group(2) != '%02X' % (sum((nak[0][0] + nak[0][1] + '\r\x03').encode('utf-8')) % 256):
        E.append('LIS log does not show the received and the byte-sum checksum of frame 7')
    pt = re.search(r'\^\^\^PT\|([\d.]+)\|s\|', text)
    inr = re.search(r'\^\^\^INR\|([\d.]+)\|', text)
    isi = re.search(r'ISI ([\d.]+) MNPT ([\d.]+)', text)
    if not (pt and inr and isi) or round((float(pt.group(1)) / float(isi.group(2))) ** float(isi.group(1)), 1) != float(inr.group(1)):
        E.append('INR is not (PT / MNPT) ^ ISI')
    dob = re.search(r'\|OYELARAN\^BEATRICE\^A\|ADEBAYO\|(\d{4})(\d{2})(\d{2})\|', text)
    col = re.search(r'\|R\|\|(\d{4})(\d{2})(\d{2})\d{6}\|', text)
    if not dob or not col:
        return E + ['birth or collection date missing']
    import datetime
    a = H.age_on(datetime.date(*map(int, dob.groups())), datetime.date(*map(int, col.groups())))
    if not re.search(r'Our %d-year-old' % a, text):
        E.append('age in the question is not %d' % a)
    return E


def broken(text):
    fr = _frames(text)
    out = []
    # an ACKed frame whose checksum is off by one
    fn, rec, cs, _ = fr[2]
    bad = '%02X' % ((int(cs, 16) + 1) % 256)
    out.append(('ACKed frame with a wrong checksum', text.replace('<ETX>%s<CR><LF>   ← <ACK>' % cs, '<ETX>%s<CR><LF>   ← <ACK>' % bad, 1)))
    # the NAKed frame carrying the byte checksum (no bug left to explain)
    fn, rec, cs, _ = fr[6]
    good = '%02X' % (sum((fn + rec + '\r\x03').encode('utf-8')) % 256)
    out.append(('NAKed frame without the code-point bug', text.replace('<ETX>%s<CR><LF>   ← <NAK>' % cs, '<ETX>%s<CR><LF>   ← <NAK>' % good, 1)))
    out.append(('frame numbers out of sequence', text.replace('<STX>5R|2', '<STX>6R|2', 1)))
    out.append(('wrong age', text.replace('Our 92-year-old', 'Our 93-year-old', 1)))
    out.append(('INR not matching PT, MNPT and ISI', text.replace('^^^INR|2.9|', '^^^INR|3.1|', 1)))
    return out
