"""doc4: blood-bank transfusion-reaction investigation."""

import re

GENRE = """hospital transfusion service's suspected-transfusion-reaction investigation for a
94-year-old woman: report number, patient in `LAST, FIRST M` capitals, MRN, bed, ICD-10 codes
(including the ICD-10-CM `T80.A10A` with a letter in the fourth place), an antibody history on an NHS
Blood and Transplant card with her NHS number, the unit's ISBT 128 donation number, product code and
expiry, the transfusion timeline with the transfusing nurse and hospitalist, serology (`Jk(a)`, the
Kidd, Kell and Duffy blood-group systems named after patients), the daughter with a nickname, her
cell and e-mail, the medical director's NPI; pasted with a request for a hemovigilance-committee summary"""

NOTES = """`MCALLISTER-NWOSU, PHILIPPA J` is one span, `Philippa` alone gold; `Gwendolyn "Wendy" Nwosu`
is one span and `Wendy` gold; `Oduro-Lindqvist` alone is gold, as are the daughter's cell and e-mail. `Tue 10/14/2025` carries its weekday
(checked) and `10/14/2025` recurs without it (gold); clock times are outside; `14 Mar 2019` (antibody
first detected) is gold; the unit expiry is ambiguous (expiry rule). `94 y` is an age (`extra_check`
confirms 94 on the transfusion date). The NHS number (3-3-4, phone-shaped) is gold `id.uk_nhs`. The
report number, bed, donation identification number, ISBT 128 product code and the blood-group system
names `Kidd`, `Kell` and `Duffy` (eponyms, here not persons) are negatives. `D62`, `K92.2` and
`T80.A10A` are gold. The medical director's NPI passes Luhn; `Leeds` and the hospital are unlabelled."""

DATE_ORDER = 'MDY'


def make(g):
    v = dict(nhs=g.nhs(), npi=g.npi(), mrn=g.digits(7))
    t = """Please turn this transfusion-reaction workup into a half-page summary for the hemovigilance \
committee. Keep the key times.

TRANSFUSION SERVICE · SUSPECTED TRANSFUSION REACTION · report ⟦!report number (record ID)|TRX-25-0319⟧
Patient: ⟦N|MCALLISTER-NWOSU, PHILIPPA J⟧ · MRN ⟦MRN|«mrn»⟧ · DOB ⟦D|05/28/1931⟧ (⟦AGE|94 y⟧) · 6 North, \
bed ⟦!bed number|612-B⟧
Dx: ⟦ICD|D62⟧ acute blood-loss anemia; ⟦ICD|K92.2⟧ GI hemorrhage
History: moved from Leeds in 2023. Her NHS Blood and Transplant card (NHS no. ⟦NHS|«nhs»⟧) lists \
anti-Jk(a), first detected ⟦D|14 Mar 2019⟧; not in our system. Today's screen negative (evanescent \
⟦!blood-group system named after a patient (eponym)|Kidd⟧ antibody).

Unit: DIN ⟦!ISBT 128 donation identification number|W0417 25 088341⟧, RBC ⟦!ISBT 128 product code|E0382V00⟧, \
O POS, exp ⟦?blood unit expiry|10/21/2025⟧
Timeline: started ⟦D|Tue 10/14/2025⟧ 14:05 by RN ⟦N|Kwabena Oduro-Lindqvist⟧. At 14:32 (about 110 mL): \
T 38.9 °C (pre 36.8), rigors, flank pain, BP 168/94, SpO2 93%. Stopped 14:34, saline kept running; \
⟦N|Oduro-Lindqvist⟧ paged Dr. ⟦N|Harriet Solberg-Nakamura⟧ (hospitalist) at 14:36.
Workup: clerical check clean (tag, wristband, order). Post sample: plasma hemolyzed, DAT IgG 2+, C3 neg, \
eluate anti-Jk(a); unit segment Jk(a+). Bilirubin 3.4 mg/dL, LDH 612 U/L, haptoglobin <10 mg/dL, urine Hb 3+.
Interpretation: acute hemolytic transfusion reaction, non-ABO (anti-Jk(a)), ⟦ICD|T80.A10A⟧. Severity \
severe; imputability definite.
Actions: future red cells Jk(a−) and matched for Rh and ⟦!blood-group system named after a patient (eponym)|Kell⟧; \
⟦!blood-group system named after a patient (eponym)|Duffy⟧ typing sent; antibody card issued; NHSN \
hemovigilance entry done.
Family: daughter ⟦N|Gwendolyn "Wendy" Nwosu⟧ told ⟦D|10/14/2025⟧ 16:10 at ⟦P|312-555-0177⟧ (⟦E|wendy.nwosu@example.org⟧); ⟦N|Wendy⟧ \
asks that ⟦N|Philippa⟧'s UK card be scanned into the chart.
Reviewed: ⟦N|Anand Iyer-Castellanos⟧, MD, medical director, NPI ⟦NPI|«npi»⟧, ⟦D|10/15/2025⟧
"""
    return t, v


def extra_check(text, gold, H):
    born = H.to_date(re.search(r'DOB (\S+)', text).group(1))
    given = H.to_date(re.search(r'started (Tue \S+)', text).group(1))
    age = re.search(r'\((\d+) y\)', text).group(1)
    H.need(gold.get(age + ' y') == 'pii.age_over_89' and H.age_on(born, given) == int(age), 'age 94 on the transfusion date')
    nhs = re.search(r'NHS no\. (\d{3} \d{3} \d{4})', text).group(1)
    H.need(gold.get(nhs) == 'id.uk_nhs', 'NHS number gold')
    H.need(H.npi_ok(re.search(r'NPI (\d{10})', text).group(1)), 'NPI Luhn')


BROKEN = [
    ('birth year shifted so she would be 93', 'DOB 05/28/1931', 'DOB 05/28/1932'),
]
