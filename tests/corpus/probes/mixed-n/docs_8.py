"""doc8: R-mini-CHOP chemotherapy order for a 90-year-old man, one dose wrong."""
import datetime
import math
import re

GENRE = ("oncology chemotherapy-immunotherapy order (R-mini-CHOP, cycle 1 of 6) for a 90-year-old man with "
         "diffuse large B-cell lymphoma: the patient with a quoted nickname, MRN, DOB, Medicare Advantage "
         "member and group numbers, ICD-10 codes, a staging system named after a city and a prognostic "
         "score, height, weight and Mosteller BSA, an eponymous creatinine-clearance formula, the echo date, "
         "per-m² doses with calculated doses (a biosimilar brand), the cycle day 1 and day 2 dates with "
         "weekdays and the next cycle, the consent date and the son's cell, the ordering oncologist's NPI and the verifying pharmacist by "
         "initial and surname; pasted by the oncology nurse after pharmacy flagged a dose")

NOTES = ("`Ignatius \"Iggy\" Fairweather-Oduya` is one span, `Iggy` gold alone; `Y. Nakashima-Reyes` "
         "(initial + surname) and `Helena Marchetti-Oyelaran` are gold (credentials outside). `90 y/o` and "
         "`90-year-old` are ages (`extra_check` confirms 90 on cycle day 1). `Mon 11/10/2025` and `Tue "
         "11/11/2025` carry their weekdays (checked); the DOB, echo, consent and next-cycle dates are gold; the son's name and cell are gold. The "
         "member ID is gold `phi.health_plan_id`, the group number ambiguous (it is also ZIP-shaped). `Ann "
         "Arbor` (a staging system named after a city, with a given name in it) and `Cockcroft-Gault` "
         "(eponym) are negatives, as are `IPI 3` (score) and the brand `Truxima`; heights, weights, BSA, "
         "doses and LVEF are unlabelled. `C83.38` and `Z51.11` are gold. `extra_check` recomputes the "
         "Mosteller BSA (rounded to 0.01 m²) and every dose (IV doses to the nearest mg, prednisone to 5 "
         "mg), finds exactly one wrong line (cyclophosphamide: 400 mg/m² x 1.77 m² is 708 mg, ordered 780 "
         "mg, the flag the question is about) and checks the 21-day cycle.")

DATE_ORDER = "MDY"


def make(g):
    v = {"mrn": g.digits(7), "member": "W" + g.digits(9), "npi": g.npi(), "son": "(614) 555-" + g.phone_tail()}
    tpl = """Pharmacy paged me that one dose in ⟦name|Iggy⟧'s first cycle is wrong. Can you recheck the BSA and every dose? He is a frail ⟦age|90-year-old⟧, which is why we chose R-mini-CHOP.

CHEMOTHERAPY ORDER - R-mini-CHOP, cycle 1 of 6 (every 21 days)
Patient: ⟦name|Ignatius "Iggy" Fairweather-Oduya⟧   MRN ⟦mrn|«mrn»⟧   DOB ⟦date|02/11/1935⟧ (⟦age|90 y/o⟧)
Coverage: Medicare Advantage, member ID ⟦plan|«member»⟧, group ⟦?group number (group rule; ZIP-shaped)|00471⟧
Diagnosis: diffuse large B-cell lymphoma, lymph nodes of multiple sites (⟦icd|C83.38⟧), ⟦!staging system named after a city|Ann Arbor⟧ stage III, ⟦!prognostic score|IPI 3⟧; encounter for chemotherapy (⟦icd|Z51.11⟧)
Height 170 cm, weight 66.2 kg, BSA (Mosteller) 1.77 m2. CrCl (⟦!eponym (formula)|Cockcroft-Gault⟧) 41 mL/min. Echo ⟦date|10/28/2025⟧: LVEF 58%.

Cycle 1 day 1, ⟦date|Mon 11/10/2025⟧:
  riTUXimab-abbs (⟦!drug brand|Truxima⟧) 375 mg/m2 = 664 mg IV
  cyclophosphamide 400 mg/m2 = 780 mg IV
  DOXOrubicin 25 mg/m2 = 44 mg IV
  vinCRIStine 1 mg IV (flat dose)
  predniSONE 40 mg/m2 = 70 mg PO daily, days 1-5
Premedication: acetaminophen 650 mg PO, diphenhydramine 25 mg IV.
Day 2, ⟦date|Tue 11/11/2025⟧: pegfilgrastim 6 mg SC.
Next cycle: ⟦date|12/01/2025⟧ if ANC above 1.0 and platelets above 75.
Consent signed ⟦date|11/03/2025⟧; his son ⟦name|Kwabena Fairweather-Oduya⟧ (cell ⟦phone|«son»⟧) drives him to every visit.

Ordered by ⟦name|Helena Marchetti-Oyelaran⟧, MD, NPI ⟦npi|«npi»⟧. Verified by ⟦name|Y. Nakashima-Reyes⟧, PharmD: cyclophosphamide flagged.
"""
    return tpl, v


def _d(s):
    m, d, y = s.split("/")
    return datetime.date(int(y), int(m), int(d))


def extra_check(text):
    errs = []
    hw = re.search(r"Height (\d+) cm, weight ([\d.]+) kg, BSA \(Mosteller\) ([\d.]+) m2", text)
    dob = re.search(r"DOB (\d\d/\d\d/\d{4}) \((\d+) y/o\)", text)
    d1 = re.search(r"Cycle 1 day 1, \w{3} (\d\d/\d\d/\d{4})", text)
    nxt = re.search(r"Next cycle: (\d\d/\d\d/\d{4})", text)
    if not (hw and dob and d1 and nxt):
        return ["doc8 fields not found"]
    bsa = round(math.sqrt(int(hw.group(1)) * float(hw.group(2)) / 3600), 2)
    if bsa != float(hw.group(3)):
        errs.append("BSA is %.2f" % bsa)
    wrong = []
    for drug, per, dose in re.findall(r"^  (\w[\w-]*)[^\n]*? (\d+) mg/m2 = (\d+) mg", text, re.M):
        exact = int(per) * bsa
        want = 5 * round(exact / 5) if drug.lower() == "prednisone" else round(exact)
        if want != int(dose):
            wrong.append(drug)
    if wrong != ["cyclophosphamide"]:
        errs.append("wrong doses: %s (expected only cyclophosphamide)" % wrong)
    b, c1 = _d(dob.group(1)), _d(d1.group(1))
    age = c1.year - b.year - ((c1.month, c1.day) < (b.month, b.day))
    if age != int(dob.group(2)):
        errs.append("age on C1D1 is %d" % age)
    if (_d(nxt.group(1)) - c1).days != 21:
        errs.append("next cycle is not 21 days after day 1")
    return errs


BROKEN = [("= 780 mg IV", "= 708 mg IV"),
          ("= 44 mg IV", "= 45 mg IV"),
          ("1.77 m2", "1.80 m2"),
          ("Next cycle: 12/01/2025", "Next cycle: 12/02/2025"),
          ("(90 y/o)", "(91 y/o)")]
