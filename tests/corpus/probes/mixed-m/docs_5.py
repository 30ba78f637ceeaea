"""doc5: LEDES 1998B e-billing invoice from a defence firm."""

from decimal import Decimal

GENRE = """LEDES 1998B e-billing invoice from a medical-malpractice defence firm to the insurer (24
pipe-separated fields per line, `[]` line ends, invoice-level fields repeated on every line, a
privilege phrase as the invoice description, UTBMS task/activity/expense codes, timekeeper initials,
the firm's EIN, the claim number, `Last, First` timekeeper names, line descriptions naming the
plaintiff with his MRN, birth date and ICD-10 code, the defence expert, the plaintiff's wife and a
hospital named for a saint); pasted with the e-billing portal's total-mismatch rejection"""

NOTES = """The privilege phrase is gold at each of its five occurrences (one per line, LEDES repeats the
invoice fields). Line-item dates are gold (work on this claim, as set L's DATESENT); `20251031` and
`20251001` (invoice date, billing period) are ambiguous. Timekeepers `Haugland, Signe R.` and
`Okonjo, Chidinma` are single name spans; their IDs `SRH` and `CEO` are initials (ambiguous, even
though `CEO` is also a word). `Gunnar Brandvold`, `Brandvold`, `Karin Brandvold`, `Ines Faraday-Obi` and
`Faraday-Obi` are gold; `St. Olaf` is a saint's name (negative). UTBMS codes shaped like ICD-10 codes
without the dot (`L120`, `L160`, `L310`, `A104`, `A106`, `A103`, `A108`, `E101`) are negatives; `K91.89` is
gold. The invoice number `10417` is ZIP-shaped (negative). The matter number, the firm's EIN in `LAW_FIRM_ID` and the claim number in `CLIENT_MATTER_ID` are
ambiguous; amounts, units and rates are unlabelled. `extra_check` splits every line into 24 fields,
recomputes units × rate and finds exactly one wrong line (line 2: 1.30 × 310.00 is 403.00, billed
430.00), which accounts for the whole difference between the invoice total and the line totals."""

DATE_ORDER = 'MDY'

FIELDS = ('INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|'
          'BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|'
          'LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|'
          'LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|'
          'LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|'
          'TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID')

UT = '!UTBMS code shaped like an ICD-10 code without the dot, not a diagnosis'
PT_NAME = '⟦N|Haugland, Signe R.⟧'
AS_NAME = '⟦N|Okonjo, Chidinma⟧'
SRH = '⟦?timekeeper initials|SRH⟧'
CEO = '⟦?timekeeper initials|CEO⟧'

ITEMS = [
    # type, units, total as billed, date, task, expense, activity, tk id, description, rate, name, class
    ('F', '2.40', '1068.00', '20251003', 'L120', '', 'A104', SRH,
     'Review ED and OR records of ⟦N|Gunnar Brandvold⟧ (MRN ⟦MRN|«mrn»⟧, DOB ⟦D|07/12/1958⟧): anastomotic leak, ⟦ICD|K91.89⟧',
     '445.00', PT_NAME, 'PT'),
    ('F', '1.30', '430.00', '20251009', 'L120', '', 'A108', CEO,
     "Call with Dr. ⟦N|Ines Faraday-Obi⟧ re standard of care; she needs ⟦N|Brandvold⟧'s path slides",
     '310.00', AS_NAME, 'AS'),
    ('F', '0.80', '356.00', '20251016', 'L160', '', 'A106', SRH,
     "Call with client's risk manager re reserve; plaintiff's wife ⟦N|Karin Brandvold⟧ posted OR photos online",
     '445.00', PT_NAME, 'PT'),
    ('E', '1', '86.50', '20251020', '', 'E101', '', CEO,
     'Certified copies of ⟦!saint\'s name (hospital)|St. Olaf⟧ Hospital records for ⟦N|Gunnar Brandvold⟧',
     '86.50', AS_NAME, 'AS'),
    ('F', '3.10', '1379.50', '20251024', 'L310', '', 'A103', SRH,
     "Draft answers to interrogatories; outline critique of Dr. ⟦N|Faraday-Obi⟧'s opinion",
     '445.00', PT_NAME, 'PT'),
]


def _code(c):
    return '⟦%s|%s⟧' % (UT, c) if c else ''


def make(g):
    v = dict(mrn=g.digits(7), ein=g.digits(9), claim='CLM-' + g.digits(7))
    correct = sum(Decimal(u) * Decimal(r) for _, u, _, _, _, _, _, _, _, r, _, _ in ITEMS)
    head = ['⟦?invoice date (billing metadata)|20251031⟧', '⟦!invoice number (ZIP-shaped), not a ZIP code|10417⟧', 'LKSURG', '⟦?law-firm matter number|2291-0044⟧',
            '%.2f' % correct, '⟦?billing period (billing metadata)|20251001⟧',
            '⟦?billing period (billing metadata)|20251031⟧',
            '⟦PRIV|PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION⟧']
    lines = ['LEDES1998B[]', FIELDS + '[]']
    for i, (typ, units, total, date, task, exp, act, tk, desc, rate, name, cls) in enumerate(ITEMS, 1):
        f = head + [str(i), typ, units, '0', total, '⟦D|%s⟧' % date, _code(task), _code(exp), _code(act), tk, desc,
                    '⟦?law-firm ID (EIN)|«ein»⟧', rate, name, cls, '⟦?claim number|«claim»⟧']
        lines.append('|'.join(f) + '[]')
    t = ("Our carrier's e-billing portal rejected this LEDES file with \"INVOICE_TOTAL does not equal the sum of "
         "LINE_ITEM_TOTAL\". Which line is off, and what should it say? (Defense of Lakeview Surgical "
         "Associates in the ⟦N|Brandvold⟧ claim.)\n\n" + '\n'.join(lines) + '\n')
    return t, v


def extra_check(text, gold, H):
    start = text.index('LEDES1998B[]')
    rows = [r for r in text[start:].split('\n') if r]
    H.need(all(r.endswith('[]') for r in rows), 'every LEDES line ends with []')
    names = rows[1][:-2].split('|')
    H.need(len(names) == 24, 'header has 24 fields')
    items = [dict(zip(names, r[:-2].split('|'))) for r in rows[2:]]
    H.need(all(len(r[:-2].split('|')) == 24 for r in rows[2:]), 'every line has 24 fields')
    wrong = []
    for it in items:
        calc = Decimal(it['LINE_ITEM_NUMBER_OF_UNITS']) * Decimal(it['LINE_ITEM_UNIT_COST'])
        if calc != Decimal(it['LINE_ITEM_TOTAL']):
            wrong.append((it['LINE_ITEM_NUMBER'], calc, Decimal(it['LINE_ITEM_TOTAL'])))
    H.need(len(wrong) == 1 and wrong[0][0] == '2', 'exactly one miscomputed line, line 2')
    total = Decimal(items[0]['INVOICE_TOTAL'])
    H.need(all(Decimal(it['INVOICE_TOTAL']) == total for it in items), 'invoice total repeated')
    billed = sum(Decimal(it['LINE_ITEM_TOTAL']) for it in items)
    H.need(billed - total == wrong[0][2] - wrong[0][1] != 0, 'the wrong line explains the whole difference')
    for it in items:
        H.need(gold.get(it['LINE_ITEM_DATE']) == 'pii.date', 'line-item dates gold')
        H.need(gold.get(it['INVOICE_DESCRIPTION']) == 'legal.privilege_marker', 'privilege phrase gold')


BROKEN = [
    ('a second miscomputed line', '|356.00|', '|365.00|'),
    ('a field dropped', '|L160||A106|', '|L160|A106|'),
]
