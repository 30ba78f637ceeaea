GENRE = ("outpatient laboratory requisition (patient block, insurance with member and group IDs, ordering "
         "provider NPI, ICD-10 diagnoses, test menu with CPT and LOINC codes, collection block); pasted by a "
         "front-desk coordinator asking why the insurer rejected the draw")
NOTES = ("Member ID gold, group number ambiguous; CPT and LOINC codes, the requisition/accession number and the "
         "fasting hours are negatives; the clinic's fax is ambiguous (business). The collection date with a "
         "clock time: the time is outside the span. Ordering NPI gold (make.py checks Luhn).")
def make(g):
    t = """The payer bounced this lab draw as 'invalid member'. What's wrong on the requisition?

LAB REQUISITION            Req # ⟦!requisition number|LR-2503-88417⟧
Patient: ⟦name|HOLLOWAY⟧, ⟦name|Dorothea⟧ "⟦name|Dottie⟧" M.     Sex: F
DOB: ⟦date|11/23/1934⟧   MRN: ⟦mrn|«mrn»⟧
Address: ⟦addr|2207 Larkspur Ln⟧, Bend, OR ⟦zip|97702⟧   Ph: ⟦phone|541-555-0126⟧
Insurance: Cascade Senior Advantage   Member ID: ⟦hpid|«mem»⟧   Group: ⟦?group number|«grp»⟧
Ordering: ⟦name|Priyanka Raghunathan⟧, MD   NPI ⟦npi|«npi»⟧   Fax ⟦?clinic fax|541-555-0188⟧
Dx: ⟦icd|E11.65⟧ type 2 DM w/ hyperglycemia; ⟦icd|D63.1⟧ anemia in CKD; ⟦icd|Z79.01⟧ long-term anticoagulant

Tests                        CPT     LOINC
[x] Hemoglobin A1c          ⟦!CPT code|83036⟧   ⟦!LOINC code|4548-4⟧
[x] CBC w/ diff             ⟦!CPT code|85025⟧   ⟦!LOINC code|57021-8⟧
[x] Comprehensive metabolic  ⟦!CPT code|80053⟧   ⟦!LOINC code|24323-8⟧
[x] PT/INR                   ⟦!CPT code|85610⟧   ⟦!LOINC code|34714-6⟧

Fasting: ⟦!hours fasting|12⟧ h     Collected: ⟦date|Thu, Mar 6, 2025⟧ 07:42 by J. Ochoa (initials JO)
Accession: ⟦!accession number|A25-0306-1147⟧

The card she showed has the ID starting with the letter, and our system dropped it. Her daughter ⟦name|Renata Holloway-Pike⟧ called from ⟦phone|541-555-0173⟧ to say the plan changed on ⟦date|January 1, 2025⟧. Do I re-bill with the new ID, or does the draw need a new order from Dr. ⟦name|Raghunathan⟧ first? Mrs. ⟦name|Holloway⟧ hates being stuck twice, so I'd rather not redraw. The old card had the same group number but a different RxBIN, which I left blank.
"""
    return t, {"mrn": "00" + g.digits(6), "mem": "H" + g.digits(9), "grp": g.digits(5) + "-OR", "npi": g.npi()}
