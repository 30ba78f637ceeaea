GENRE = ("attended polysomnography (sleep study) report for a 91-year-old man: study date with weekday, AHI and "
         "oxygen indices, CPT code, ICD-10 codes, referring and interpreting physicians with NPIs, the patient "
         "portal link naming him; pasted by his son asking for a plain-language explanation")
NOTES = ("AHI, ODI, sleep efficiency, Epworth score and the CPT code are negatives; the lab's own phone is "
         "ambiguous. `91-year-old` and `91 y/o` are ages. The portal URL carrying his name and MRN is gold (MRN "
         "nested). Both NPIs are Luhn-checked. The son's address is gold.")
def make(g):
    mrn = g.digits(7)
    t = """Can you explain this to me like I'm not a doctor? It's my dad's. What does 'severe' mean at his age?

NORTHLAKE SLEEP DISORDERS CENTER – ATTENDED POLYSOMNOGRAPHY (⟦!CPT code|95810⟧)
Patient: ⟦name|Thorvald Engebretsen⟧   DOB: ⟦date|01/05/1934⟧   MRN: ⟦mrn|«mrn»⟧
Study date: ⟦date|Tuesday, February 18, 2025⟧   Lab ph. ⟦?lab phone, business|(651) 555-0110⟧
Referring: ⟦name|Ingrid Solheim-Baptiste⟧, MD (NPI ⟦npi|«npi1»⟧)
Interpreting: ⟦name|Kwame Adjei-Lindahl⟧, DO, D.ABSM (NPI ⟦npi|«npi2»⟧)

History: ⟦age|91-year-old⟧ man, witnessed apneas, nocturia x3, Epworth ⟦!score|14⟧/24.
Results: TST 5.1 h, sleep efficiency ⟦!percentage|68%⟧. AHI ⟦!index value|38.6⟧/h (supine 52.0), ODI ⟦!index value|31.2⟧, SpO2 nadir 79%.
Impression: severe obstructive sleep apnea (⟦icd|G47.33⟧); nocturnal hypoxemia (⟦icd|G47.36⟧).
Plan: CPAP titration; consider APAP 6–14 cmH2O given age. Follow-up ⟦date|03/25/2025⟧.

Report released to portal: ⟦url|https://myhealth.example.org/patients/⟦name|thorvald-engebretsen⟧-⟦mrn|«mrn»⟧/results⟧

Dad (⟦name|Thor⟧) is ⟦age|91 y/o⟧ and lives with me at ⟦addr|7716 Birchwood Ct⟧, Woodbury, MN ⟦zip|55125⟧. He says the mask will never stay on. Is APAP different from CPAP? Should we ask Dr. ⟦name|Adjei-Lindahl⟧ about the tongue implant instead? He had a hip replaced in ⟦date|August 2023⟧ and the anesthesiologist then said his oxygen dropped a lot, so maybe this was going on for years. My sister ⟦name|Solveig⟧ thinks a ⟦age|91-year-old⟧ shouldn't bother with any of it. What would you ask at the follow-up?
"""
    return t, {"mrn": mrn, "npi1": g.npi(), "npi2": g.npi()}
