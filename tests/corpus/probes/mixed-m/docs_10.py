"""doc10: legal nurse consultant's medical chronology (Markdown) for a wrongful-death claim."""

import re

GENRE = """legal nurse consultant's medical chronology in Markdown, sent to a plaintiff's law firm in a
nursing-home wrongful-death case under a work-product line: the consultant's direct e-mail and phone,
the firm named after its partners, the matter number, the decedent's birth and death dates and age 91,
two MRNs, a table of dated events with physicians, nurses and a nursing assistant, ICD-10 codes, Bates
numbers, an eponymous fall-risk scale, the daughter who held the health-care power of attorney;
pasted by a paralegal with a request to check it against the complaint"""

NOTES = """The `ATTORNEY WORK PRODUCT – PREPARED AT THE REQUEST OF COUNSEL` line is gold (the `**` outside);
`peer-review privileged` in the notes discusses another protection (negative). Table dates and the
birth and death dates are gold; the complaint's `March 1` and `March 19` and the note's `3/2` have no
year (ambiguous). `91` in `age 91` is an age (`extra_check` confirms it, that every table row has four cells and that
the table's dates run in order up to the death). Bates numbers and the matter number
are ambiguous; the law firm named after people is ambiguous; `Morse` (the fall scale) is a negative
each time. People are gold in every form (`Winifred A. Okafor-Pryce`, `Tamsin Hale-Oduya`, `Pieter
Vogelsang`, `Vogelsang`, `Devontae Greer`, `Greer`, `Maribel Tso`, `Adaeze Okafor`); `Okafor-Pryce` in the
question is gold too. The consultant's e-mail and phone are a named individual's (gold). `N39.0`, `F05`
and `S06.5X0A` are gold; the facilities are unlabelled."""

DATE_ORDER = 'MDY'


def make(g):
    v = dict(mrn1='AC-' + g.digits(7), mrn2='CG-' + g.digits(8))
    t = """Paralegal here. Our legal nurse consultant sent this chronology for the ⟦N|Okafor-Pryce⟧ \
wrongful-death matter. Please check it against the complaint (fall on the night of \
⟦?date without a year|March 1⟧, death on ⟦?date without a year|March 19⟧) and flag anything inconsistent.

**⟦PRIV|ATTORNEY WORK PRODUCT – PREPARED AT THE REQUEST OF COUNSEL⟧**

## Medical chronology: Estate of ⟦N|Winifred A. Okafor-Pryce⟧
Prepared by ⟦N|Tamsin Hale-Oduya⟧, BSN, RN, LNCC · ⟦E|thale-oduya@example.com⟧ · ⟦P|919-555-0156⟧ · for \
⟦?law firm named after people|Beaumont & Reyes LLP⟧, matter ⟦?matter number|24-0871-MM⟧

Decedent: DOB ⟦D|09/14/1933⟧; died ⟦D|03/19/2025⟧, age ⟦AGE|91⟧. MRNs: Ashford Creek ⟦MRN|«mrn1»⟧; \
County General ⟦MRN|«mrn2»⟧.

| Date | Facility / author | Event | Bates |
|---|---|---|---|
| ⟦D|02/27/2025⟧ | County General ED, Dr. ⟦N|Pieter Vogelsang⟧ | UTI (⟦ICD|N39.0⟧), delirium (⟦ICD|F05⟧); discharged to rehab | ⟦?Bates number|CGH 000114⟧ |
| ⟦D|03/01/2025⟧ | Ashford Creek, RN ⟦N|Devontae Greer⟧ | ⟦!eponym (Morse Fall Scale)|Morse⟧ 65 (high risk); no bed alarm ordered | ⟦?Bates number|ACR 000388⟧ |
| ⟦D|03/02/2025⟧ | Ashford Creek, CNA ⟦N|Maribel Tso⟧ | unwitnessed fall 02:40; first neuro check charted 06:15 | ⟦?Bates number|ACR 000402⟧ |
| ⟦D|03/03/2025⟧ | County General ED | CT head: acute subdural hematoma (⟦ICD|S06.5X0A⟧) | ⟦?Bates number|CGH 000233⟧ |
| ⟦D|03/19/2025⟧ | County General | death; cause subdural hematoma | ⟦?Bates number|CGH 000390⟧ |

Notes
- Daughter ⟦N|Adaeze Okafor⟧ (health-care POA) phoned the facility on ⟦D|03/01/2025⟧ asking for a bed alarm \
(⟦?Bates number|ACR 000388⟧).
- Fall time: the complaint says the night of March 1; the chart says 02:40 on ⟦?date without a year|3/2⟧.
- ⟦N|Greer⟧'s ⟦!eponym (Morse Fall Scale)|Morse⟧ score was not repeated after the fall.
- To request: Dr. ⟦N|Vogelsang⟧'s deposition; Ashford Creek's incident report (likely claimed as \
⟦!discussion of a protection, not a marker|peer-review privileged⟧).
"""
    return t, v


def extra_check(text, gold, H):
    born = H.to_date(re.search(r'DOB (\S+);', text).group(1))
    died = H.to_date(re.search(r'died (\S+),', text).group(1))
    age = re.search(r'age (\d+)\.', text).group(1)
    H.need(gold.get(age) == 'pii.age_over_89' and H.age_on(born, died) == int(age), 'age at death')
    rows = [r for r in text.splitlines() if r.startswith('| ') and not r.startswith('| Date')]
    H.need(all(r.count(' | ') == 3 and r.endswith(' |') for r in rows), 'four cells per row')
    dates = [H.to_date(r.split(' | ')[0][2:]) for r in rows]
    H.need(dates == sorted(dates) and dates[-1] == died, 'chronology in order, ending at death')


BROKEN = [
    ('rows out of order', '| 03/03/2025 |', '| 02/26/2025 |'),
]
