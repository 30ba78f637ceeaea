"""doc7: opioid treatment program guest-dosing (courtesy dosing) request."""

import datetime
import re

GENRE = """opioid treatment program (methadone clinic) guest-dosing request faxed from a Florida program to
one in North Carolina: the 42 CFR Part 2 redisclosure notice, the sending program's address, phones and
DEA registration, the medical director's NPI and DEA, the patient in `LAST, FIRST M` capitals with a
nickname, birth date, program ID, US passport as verified ID, home street line with a lot number, ZIP
and cell, ICD-10 codes, a 95 mg dose, last-dose and toxicology dates, the requested guest-dosing
window, the mother he is visiting (address and phone), the counselor's direct line, consent dates;
pasted by the receiving clinic's intake nurse with a request to draft the reply"""

NOTES = """The Part 2 notice is a confidentiality notice about health records, not an attorney-client or
work-product marker: a negative (as set F's fax notice). Both DEAs are gold: the program's own
registration (`R` + `H` for Harborview, like set J's pharmacy DEA) and the medical director's (`F` + `A`
for Ambrose-Thibault); `extra_check` matches the second letters and checks the window is 14 days. `95 mg`
is a dose (negative: not an age); the patient is 46 (unlabelled). `DELACROIX-SANDOVAL, ROBERTO A` is one
span and `Bobby` gold; `Fri 11/07/2025` carries its weekday (checked). The sending and receiving
programs' address, ZIP, main line and faxes are ambiguous (business); the counselor's direct line, the
patient's and his mother's phones and addresses are gold. The program ID is ambiguous
(account-at-a-provider). The US passport is gold. `F11.20` and `B18.2` are gold. The consent's end date
is about his case (gold)."""

DATE_ORDER = 'MDY'


def make(g):
    v = dict(dea_otp=g.dea('R', 'H'), dea_md=g.dea('F', 'A'), npi=g.npi(),
             passport=g.rnd.choice('ACEHKMNRSW') + g.digits(8), pid='HRC-' + g.digits(5))
    t = """Intake nurse at a methadone clinic here. Please draft a reply confirming we can guest-dose this \
patient, and list anything missing from the request.

⟦!42 CFR Part 2 redisclosure notice, not a privilege marker|CONFIDENTIAL: 42 CFR PART 2 PROTECTED RECORD. FEDERAL LAW PROHIBITS FURTHER DISCLOSURE⟧.
GUEST MEDICATION REQUEST (OTP to OTP)
From: Harborview Recovery Center, ⟦?sending program's address (business)|2210 Marsh Landing Pkwy⟧, Jacksonville, \
FL ⟦?business ZIP|32224⟧ · tel ⟦?program main line (business)|904-555-0110⟧ · fax ⟦?program fax (business)|904-555-0111⟧
Program DEA ⟦DEA|«dea_otp»⟧ · Medical director ⟦N|Keziah Ambrose-Thibault⟧, DO · NPI ⟦NPI|«npi»⟧ · DEA ⟦DEA|«dea_md»⟧
To: Cedar Hollow Treatment Services, Asheville, NC · fax ⟦?receiving program fax (business)|828-555-0102⟧

Patient: ⟦N|DELACROIX-SANDOVAL, ROBERTO A⟧ ("⟦N|Bobby⟧") · DOB ⟦D|03/09/1979⟧ · program ID ⟦?program ID (account at the provider)|«pid»⟧
ID verified: US passport ⟦PP|«passport»⟧
Home: ⟦A|118 Calloway Bluff Rd, Lot 7⟧, Jacksonville, FL ⟦Z|32226⟧ · cell ⟦P|904-555-0183⟧
Dx: ⟦ICD|F11.20⟧ opioid use disorder, severe, in treatment since 2021; ⟦ICD|B18.2⟧ hepatitis C (treated)
Medication: methadone oral solution ⟦!a dose, not an age|95 mg⟧ daily, stable 8 months. No take-homes \
during travel. Last dose here ⟦D|Fri 11/07/2025⟧ (observed). Urine drug screen ⟦D|10/30/2025⟧: \
methadone positive, fentanyl negative.
Guest dosing requested ⟦D|11/08/2025⟧ through ⟦D|11/21/2025⟧ while ⟦N|Bobby⟧ stays with his mother, \
⟦N|Marisol Sandoval⟧, ⟦A|44 Brevard Glen Ct⟧, Asheville, NC ⟦Z|28806⟧, ⟦P|828-555-0129⟧.
Counselor: ⟦N|Wynona Pettaway⟧, CADC, direct ⟦P|904-555-0148⟧
Part 2 consent signed ⟦D|11/03/2025⟧, valid until ⟦D|11/30/2025⟧. Please fax dosing confirmation daily.
"""
    return t, v


def extra_check(text, gold, H):
    m = re.search(r'Program DEA (\S+) .* Medical director ([^,]+), DO .* DEA (\S+)\n', text)
    otp, director, md = m.group(1), m.group(2), m.group(3)
    H.need(H.dea_ok(otp) and otp[0] == 'R' and otp[1] == 'Harborview'[0], 'program DEA letter H, type R')
    H.need(H.dea_ok(md) and md[1] == director.split()[-1][0], 'director DEA second letter = surname initial')
    H.need(gold.get(otp) == gold.get(md) == 'phi.dea', 'both DEAs gold')
    a, b = re.search(r'requested (\S+) through (\S+) ', text).groups()
    H.need((H.to_date(b) - H.to_date(a)).days + 1 == 14, 'a 14-day guest-dosing window')
    last = H.to_date(re.search(r'Last dose here (Fri \S+)', text).group(1))
    H.need(H.to_date(a) - last == datetime.timedelta(days=1), 'guest dosing starts the day after the last dose')


BROKEN = [
    ('window of 15 days', 'through 11/21/2025', 'through 11/22/2025'),
]


def broken(text):
    md = re.search(r' DEA (F\S+)\n', text).group(1)
    return [('director DEA letter not matching his surname', text.replace(md, md[0] + 'K' + md[2:]))]
