GENRE = """OASIS-style home-health start-of-care assessment form (M-item codes, patient and caregiver,
   address with driving directions, Medicare number, SSN, attending physician with NPI, ICD-10
   diagnoses, a 91-year-old patient), pasted with a request to check it before submission"""

NOTES = """* **OASIS form** (doc9). OASIS item codes (`M0020`, `M0066`, `M1021`, …) are negatives; single-digit
  response codes and functional scores are unlabelled; the Braden score is a negative. Name components
  in `(M0040)` (first, last) are separate name spans; the middle initial alone is unlabelled.
  `(M0030)`, `(M0066)`, `(M0090)` and `(M0102)` dates are gold, as are the discharge and next-visit
  dates. The street line is gold; the driving directions after it (route, landmarks, "third house")
  are unlabelled. `91 y/o` and `91-year-old` are ages; the hospital named for a saint is a negative.
  The agency's CMS certification number, branch ID and intake line are ambiguous (business); the
  caregiver's cell is gold."""


def make(g):
    v = {'mrn': 'HH-' + g.d(6), 'mbi': g.mbi(), 'ssn': g.ssn(), 'npi': g.npi(),
         'ccn': '22' + g.d(4), 'cg': g.phone('508'), 'agency': g.phone('508')}
    t = """Before I lock this start-of-care OASIS, can you check it for missing or inconsistent items? In particular, does the diagnosis sequencing in M1021/M1023 make sense for a CHF admission?

HOME HEALTH START OF CARE - OASIS-E (excerpt)
Agency CCN ⟦?agency CMS certification number (business)|«ccn»⟧ · Branch ⟦?agency branch ID (business)|B-02⟧ · Intake ⟦?agency intake line (business)|«agency»⟧

(⟦!OASIS item code|M0020⟧) Patient ID: ⟦mrn|«mrn»⟧
(⟦!OASIS item code|M0030⟧) Start of care date: ⟦date|10/07/2025⟧
(⟦!OASIS item code|M0040⟧) Patient name - First: ⟦name|Beatrice⟧  MI: L  Last: ⟦name|Okonkwo-Hale⟧
(⟦!OASIS item code|M0050⟧) State: MA   (⟦!OASIS item code|M0060⟧) ZIP: ⟦zip|01609⟧
(⟦!OASIS item code|M0063⟧) Medicare number: ⟦mbi|«mbi»⟧
(⟦!OASIS item code|M0064⟧) SSN: ⟦ssn|«ssn»⟧
(⟦!OASIS item code|M0066⟧) Birth date: ⟦date|02/14/1934⟧ (⟦age|91 y/o⟧)
(⟦!OASIS item code|M0069⟧) Gender: 2 - Female
(⟦!OASIS item code|M0018⟧) Attending physician NPI: ⟦npi|«npi»⟧ (Dr. ⟦name|Samuel Adeyemi-Kraus⟧)
(⟦!OASIS item code|M0090⟧) Date assessment completed: ⟦date|10/08/2025⟧
(⟦!OASIS item code|M0102⟧) Date of physician-ordered SOC: ⟦date|10/06/2025⟧

Address: ⟦addr|88 Quinsigamond Avenue, Apt 3R⟧, Worcester MA ⟦zip|01609⟧. Directions: from Route 146 take the Millbury St exit, left at the light, third house past the laundromat, green triple-decker; ramp at side door, ring twice.
Primary caregiver: daughter-in-law ⟦name|Nkechi Okonkwo-Hale⟧, lives downstairs, cell ⟦phone|«cg»⟧. Son ⟦name|Emmanuel⟧ works nights.

(⟦!OASIS item code|M1021⟧) Primary diagnosis: ⟦icd|I50.32⟧ chronic diastolic heart failure
(⟦!OASIS item code|M1023⟧) Other diagnoses: ⟦icd|N18.31⟧ CKD stage 3a; ⟦icd|E11.22⟧ type 2 diabetes with diabetic CKD; ⟦icd|Z79.01⟧ long-term anticoagulant use; ⟦icd|R26.81⟧ unsteadiness on feet
(⟦!OASIS item code|M1033⟧) Risk for hospitalization: 1, 2, 5 (history of falls, 2+ hospitalizations in 6 months, currently taking 5+ medications)
(⟦!OASIS item code|M1800⟧) Grooming: 1   (⟦!OASIS item code|M1860⟧) Ambulation: 3
⟦!clinical score|Braden score 15⟧; weight 61.2 kg (was 58.9 kg at discharge on ⟦date|10/03/2025⟧).

Narrative: ⟦age|91-year-old⟧ woman discharged from ⟦!hospital named for a saint|Saint Vincent⟧ after CHF exacerbation. Lives with son's family. Patient states "⟦name|Nkechi⟧ does my pills." Lasix 40 mg daily; daily weights taught; call MD if gain > 1 kg/day. Next visit ⟦date|10/10/2025⟧.
"""
    return t, v
