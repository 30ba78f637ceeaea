"""doc8: retina-clinic visit note for a 91-year-old man."""

import datetime
import re

GENRE = """retina-clinic (ophthalmology) visit note for a 91-year-old man with wet macular degeneration:
practice line, the patient with a quoted nickname, DOB, MRN and Medicare-supplement member ID, the
visit date with weekday, the retina specialist's NPI, visual acuities written `20/40` (date-shaped),
`Goldmann` and `Amsler` eponyms, OCT thickness, ICD-10-CM codes with seventh characters, an
intravitreal injection with CPT/HCPCS codes and a lot, a treat-and-extend schedule with dates, the
daughter's cell, a church named for a saint; pasted by a grandchild with a request for a plain-English
explanation"""

NOTES = """Visual acuities (`20/40`, `20/200`, `20/100`) are negatives (not dates), as are the eponyms
`Goldmann` and `Amsler`, the CPT and HCPCS codes and the drug lot; the IOP and OCT numbers are
unlabelled. `Cornelius "Neil" Vandermolen` is one span; `Neil` alone and `Ingrid` alone are gold, as is
`Ingrid Vandermolen-Sato`. `91 y.o.` and `91 years old` (inside a quotation) are ages (`extra_check`
confirms 91 on the visit date). `Wed 10/22/2025` carries its weekday (checked) and `10/22/2025` recurs
at the signature (gold, time outside); the next injection dates are gold (`extra_check` checks the
4-week intervals). `H35.3221`, `H35.3111` and `Z96.1` are gold. The practice line is ambiguous
(business), the daughter's cell gold; the Medicare-supplement member ID gold; `St. Ansgar's` is a
negative (saint's name)."""

DATE_ORDER = 'MDY'


def make(g):
    v = dict(npi=g.npi(), mrn='LRA-' + g.digits(6), suppl='MS' + g.digits(9))
    t = """My grandfather's retina doctor gave us this visit note. Can you explain in plain English what is \
going on and what the injection schedule means?

LAKESHORE RETINA ASSOCIATES · Grand Rapids · ⟦?practice line (business)|616-555-0105⟧
Patient: ⟦N|Cornelius "Neil" Vandermolen⟧ · DOB ⟦D|04/02/1934⟧ (⟦AGE|91 y.o.⟧) · MRN ⟦MRN|«mrn»⟧
Medicare supplement member ID ⟦HP|«suppl»⟧
DOS: ⟦D|Wed 10/22/2025⟧ · Provider: ⟦N|Ngozi Adebayo-Farrell⟧, MD (NPI ⟦NPI|«npi»⟧)
CC: wavy, blurry vision left eye for 3 weeks. Accompanied by daughter ⟦N|Ingrid Vandermolen-Sato⟧ \
(cell ⟦P|616-555-0138⟧).
VA cc: OD ⟦!visual acuity, not a date|20/40⟧, OS ⟦!visual acuity, not a date|20/200⟧, pinhole OS \
⟦!visual acuity, not a date|20/100⟧
IOP (⟦!eponym (Goldmann tonometer)|Goldmann⟧): 14 / 17 mmHg. ⟦!eponym (Amsler grid)|Amsler⟧ grid: new \
distortion OS.
OCT: OS subretinal fluid, central subfield 412 µm; OD drusen, 268 µm.
Assessment
1. ⟦ICD|H35.3221⟧ exudative AMD, left eye, with active choroidal neovascularization
2. ⟦ICD|H35.3111⟧ nonexudative AMD, right eye, early dry stage
3. ⟦ICD|Z96.1⟧ pseudophakia, both eyes
Plan: aflibercept 2 mg intravitreal OS today (CPT ⟦!CPT code|67028⟧, ⟦!HCPCS code|J0178⟧, lot \
⟦!drug lot number|4Y20M1⟧). Treat-and-extend: every 4 weeks x 3, next ⟦D|11/19/2025⟧ and ⟦D|12/17/2025⟧, \
then extend by 2 weeks if dry.
⟦N|Neil⟧ says he is "⟦AGE|91 years old⟧ and still drives to ⟦!saint's name (church)|St. Ansgar's⟧ on \
Sundays". Advised no driving until the left eye improves; ⟦N|Ingrid⟧ will drive him.
Signed ⟦N|Ngozi Adebayo-Farrell⟧, MD, ⟦D|10/22/2025⟧ 17:41
"""
    return t, v


def extra_check(text, gold, H):
    born = H.to_date(re.search(r'DOB (\S+)', text).group(1))
    dos = H.to_date(re.search(r'DOS: (Wed \S+)', text).group(1))
    H.need(H.age_on(born, dos) == 91 and gold.get('91 y.o.') == 'pii.age_over_89', 'age 91 on the visit date')
    nxt = [H.to_date(x) for x in re.search(r'next (\S+) and (\S+),', text).groups()]
    H.need(nxt[0] - dos == nxt[1] - nxt[0] == datetime.timedelta(weeks=4), 'injections every 4 weeks')
    H.need(H.npi_ok(re.search(r'NPI (\d{10})', text).group(1)), 'NPI Luhn')


BROKEN = [
    ('second injection 5 weeks later', 'and 12/17/2025,', 'and 12/24/2025,'),
]
