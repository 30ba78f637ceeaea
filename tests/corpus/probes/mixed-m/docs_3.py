"""doc3: hospital financial-assistance (charity-care) application."""

import re

GENRE = """hospital financial-assistance (charity-care) application (North Carolina) reviewed by a
financial counselor: the patient-applicant's SSN, New Jersey driver's licence, address with unit and
move-in month, cell and e-mail; a Markdown household table (a spouse with an ITIN, two children with
Medicaid IDs) with monthly incomes; the denial date of her own Medicaid application; assets (credit-union
routing and account numbers, a minivan's VIN, a bitcoin address); a card for the deposit; the
counselor's call note; pasted with a question about eligibility at 200% of the poverty guideline"""

NOTES = """The children are minors (`Mateo Ajpop Cárdenas`, `Luz Ajpop Cárdenas` gold; their ages 9 and 4
unlabelled). `Itzel Cárdenas Whitlock`, `Eliseo Ajpop Tzul` and `Eliseo` are gold (the K'iche' surname
`Ajpop` is part of each span). Service, birth, denial, signature and call dates are gold, as is the
move-in month `05/2023`; the card expiry `08/28` is ambiguous. SSN, ITIN, ABA (`0531` prefix), the
ten-digit account number (phone-shaped, gold as `fin.bank_account`), VIN, bech32 address and card are
gold and checksum-verified. The New Jersey licence (surname initial + 14 digits) is gold
(`extra_check` matches the initial). The form number `FA-2` and the tax form `1099` are negatives. The children's Medicaid IDs are member IDs (gold); the guarantor
account and the Medicaid case number are ambiguous; the counselor's initials are ambiguous. The
poverty-guideline figures, incomes and balances are unlabelled; `extra_check` re-adds the household
income (annual $48,240, at or below 200% of $32,150) and checks the household size of four."""

DATE_ORDER = 'MDY'


def make(g):
    dl = 'C' + g.digits(14)
    v = dict(ssn=g.ssn(), njdl='%s %s %s' % (dl[:5], dl[5:10], dl[10:]), itin=g.itin(),
             mcaid1=g.digits(9) + 'S', mcaid2=g.digits(9) + 'S', case='MA-' + g.digits(7),
             aba=g.aba('0531'), acct=g.digits(10), vin=g.vin('5TD', 'YK3DC', 'E', 'S'), btc=g.bech32(),
             card=g.visa(), mrn='RRM-' + g.digits(7), acctg='G-' + g.digits(8))
    t = """Financial counselor here. Can you check whether this household qualifies for full charity care \
under our policy (household income at or below 200% of the federal poverty guideline; the guideline for a \
family of 4 is $32,150) and list anything missing before it goes to committee?

RIVERBEND REGIONAL MEDICAL CENTER · FINANCIAL ASSISTANCE APPLICATION (⟦!form number|FA-2⟧)
Received ⟦D|10/06/2025⟧ · guarantor acct ⟦?guarantor account (account at the provider)|«acctg»⟧ · MRN ⟦MRN|«mrn»⟧
Services: ED visit and admission ⟦D|08/22/2025⟧ to ⟦D|08/26/2025⟧, laparoscopic appendectomy (⟦ICD|K35.80⟧); \
balance $38,412.60

1. Applicant (patient)
Name: ⟦N|Itzel Cárdenas Whitlock⟧ · DOB ⟦D|02/17/1986⟧ · SSN ⟦SSN|«ssn»⟧
Address: ⟦A|1907 Ridgeview Ter, Unit 4⟧, Charlotte, NC ⟦Z|28205⟧ (since ⟦D|05/2023⟧; before that Newark, NJ)
Cell ⟦P|704-555-0126⟧ · e-mail ⟦E|itzel.cw@example.net⟧
Photo ID: New Jersey driver's licence ⟦DL|«njdl»⟧ (not yet converted)
Income: $1,240/month, school cafeteria, part-time

2. Household
| Name | Relation | DOB | Tax ID / coverage | Monthly income |
|---|---|---|---|---|
| ⟦N|Eliseo Ajpop Tzul⟧ | spouse | ⟦D|11/04/1983⟧ | ITIN ⟦ITIN|«itin»⟧ | $2,780 (landscaping, paid on a ⟦!tax form name, not a date or an ID|1099⟧) |
| ⟦N|Mateo Ajpop Cárdenas⟧ | son, 9 | ⟦D|06/30/2016⟧ | NC Medicaid ⟦HP|«mcaid1»⟧ | none |
| ⟦N|Luz Ajpop Cárdenas⟧ | daughter, 4 | ⟦D|01/12/2021⟧ | NC Medicaid ⟦HP|«mcaid2»⟧ | none |
Applicant's own Medicaid application denied ⟦D|09/12/2025⟧ (over income), case ⟦?Medicaid case number|«case»⟧.

3. Assets
Checking, Carolina Piedmont Credit Union: routing ⟦ABA|«aba»⟧, account ⟦ACCT|«acct»⟧, balance $1,906.44
Vehicle: 2014 Toyota Sienna, VIN ⟦VIN|«vin»⟧, owned outright
Bitcoin (Cash App), about $310: ⟦BTC|«btc»⟧

4. Deposit card (refunded if approved): Visa ⟦CC|«card»⟧, exp ⟦?card expiry|08/28⟧

Signed ⟦N|Itzel Cárdenas Whitlock⟧, ⟦D|10/03/2025⟧
Counselor note: pay stubs missing for ⟦N|Eliseo⟧; called him at ⟦P|704-555-0162⟧ on ⟦D|10/07/2025⟧, \
no answer. ⟦?counselor's initials|RMK⟧
"""
    return t, v


def extra_check(text, gold, H):
    guideline = int(re.search(r'family of (\d) is \$([\d,]+)', text).group(2).replace(',', ''))
    size = int(re.search(r'family of (\d)', text).group(1))
    rows = [r for r in text.splitlines() if r.startswith('| ') and not r.startswith('| Name')]
    H.need(1 + len(rows) == size, 'household of four: applicant plus three rows')
    incomes = [int(re.search(r'Income: \$([\d,]+)/month', text).group(1).replace(',', ''))]
    for r in rows:
        m = re.search(r'\| \$([\d,]+) ', r)
        incomes.append(int(m.group(1).replace(',', '')) if m else 0)
    annual = 12 * sum(incomes)
    H.need(annual == 48240 and annual <= 2 * guideline, 'household income at or below 200% FPL')
    dl = re.search(r"driver's licence (\S+ \S+ \S+)", text).group(1)
    H.need(re.fullmatch(r'[A-Z]\d{4} \d{5} \d{5}', dl), 'NJ licence shape')
    name = re.search(r'Name: ([^·]+?) ·', text).group(1)
    H.need(dl[0] == name.split()[1][0], 'NJ licence letter = surname initial')
    H.need(gold.get(dl) == 'pii.us_driver_license' and gold.get(name) == 'pii.person_name', 'licence and name gold')
    aba = [t for t, c in gold.items() if c == 'fin.aba_routing'][0]
    H.need(aba.startswith('0531') and H.aba_ok(aba), 'ABA with the 0531 prefix')


BROKEN = [
    ('licence letter not the surname initial', 'licence C', 'licence W'),
    ('spouse income changed', '| $2,780 (', '| $2,870 ('),
]
