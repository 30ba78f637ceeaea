"""doc1: hospital discharge summary, patient over 89, med reconciliation, family contacts."""

TEMPLATE = """MERCY RIDGE REGIONAL MEDICAL CENTER
Hospital Medicine Service — DISCHARGE SUMMARY

Patient: ⟦name|HALLORAN, WINIFRED M⟧            MRN: ⟦mrn|«mrn»⟧
DOB: ⟦date|02/14/1932⟧   Age: ⟦age|93 yrs⟧   Sex: F   Medicare MBI: ⟦mbi|«mbi»⟧
Encounter/FIN: ⟦?hospital encounter (account) number; no class|«fin»⟧
Admitted: ⟦date|Tuesday, March 4, 2025⟧ (via ED)     Discharged: ⟦date|03/11/2025⟧
Attending: ⟦name|Tobias Ekwueme-Hart⟧, MD (NPI ⟦npi|«npi_att»⟧)
PCP: Dr. ⟦name|Priya Venkataraman⟧, DO (NPI ⟦npi|«npi_pcp»⟧), Cedar Hollow Family Medicine

DISCHARGE DIAGNOSES
1. Right lower lobe pneumonia, community-acquired — ⟦icd|J18.1⟧
2. Acute kidney injury, prerenal, resolving — ⟦icd|N17.9⟧
3. Paroxysmal atrial fibrillation, new onset — ⟦icd|I48.0⟧ (⟦!risk score, not an identifier|CHA2DS2-VASc 5⟧)
4. Hypothyroidism — ⟦icd|E03.9⟧
5. Long-term (current) use of anticoagulant — ⟦icd|Z79.01⟧

HOSPITAL COURSE
Mrs. ⟦name|Halloran⟧ is a ⟦age|93-year-old⟧ retired schoolteacher who lives with her daughter.
She presented on ⟦date|3/4/25⟧ with three days of productive cough, fever to 38.6 °C and new
confusion; CXR showed RLL consolidation. Ceftriaxone/azithromycin, then oral
amoxicillin-clavulanate from hospital day 4. Creatinine peaked at ⟦!lab value|2.1 mg/dL⟧ (baseline
⟦!lab value|0.9 mg/dL⟧) and was 1.3 on discharge. Telemetry on ⟦date|March 6th⟧ caught AF with RVR
that converted on its own; TSH ⟦!lab value|3.82 mIU/L⟧. Weight ⟦!vital sign|52 kg⟧, so apixaban is
dose-reduced. Goals-of-care meeting ⟦date|05-Mar-2025⟧ with the patient and daughter ⟦name|Colleen⟧:
DNR/DNI, POLST signed.

MEDICATION RECONCILIATION (home list checked with daughter and pharmacy fill history)
Medication               Before admission     At discharge          Action
apixaban                 —                    ⟦!dose|2.5 mg PO BID⟧         NEW
metoprolol tartrate      —                    12.5 mg PO BID        NEW
amoxicillin-clavulanate  —                    ⟦!dose|875-125 mg⟧ BID        NEW, last dose ⟦date|3/14⟧ PM
levothyroxine            75 mcg daily         75 mcg daily          CONTINUE
lisinopril               10 mg daily          —                     HOLD until BMP reviewed
alendronate              70 mg weekly (Sun)   70 mg weekly (Sun)    CONTINUE
acetaminophen            650 mg q6h PRN       650 mg q6h PRN        CONTINUE
tramadol                 —                    50 mg q8h PRN, #9     NEW, C-IV, no refills
E-prescribed to ⟦?business named like a surname|Fenwick Pharmacy⟧ ⟦?pharmacy line, business contact|(608) 555-0184⟧, Rx ⟦?prescription number; no class|«rx»⟧;
tramadol signed with prescriber DEA ⟦dea|«dea»⟧ (EPCS two-factor).

FOLLOW-UP APPOINTMENTS
• PCP, Dr. ⟦name|Venkataraman⟧: ⟦date|Monday, 17 March 2025⟧, 10:40 a.m., ⟦?clinic address, business|2290 Fenwick Parkway, Suite 110⟧,
  Fitchburg; clinic line ⟦?clinic main line, business contact|(608) 555-0117⟧
• Cardiology, ⟦name|Lucien Abernathy-Osei⟧, MD: ⟦date|2025-04-02⟧ at 1:15 pm, Heart & Vascular, 3rd floor
• BMP + CBC by home-health draw ⟦date|Fri 3/14/2025⟧; start of care ⟦date|3/12⟧, referral ⟦?referral number; no class|«ref»⟧

FAMILY / CONTACTS
Health-care POA: daughter ⟦name|Colleen Halloran-Boyce⟧, cell ⟦phone|608-555-0162⟧,
⟦email|colleen.hboyce@example.net⟧, ⟦addr|4417 Larkspur Ct, Apt 2B⟧, Fitchburg, WI ⟦zip|53711⟧ (patient lives here)
Son: ⟦name|Desmond "Dez" Halloran⟧, Milwaukee, ⟦phone|(414) 555-0139⟧; ⟦name|Dez⟧ prefers texts after 5 pm
Neighbour with house key: Mr. ⟦name|Okafor⟧ (ask ⟦name|Colleen⟧ for number)

Electronically signed: ⟦name|Tobias Ekwueme-Hart⟧, MD  ⟦date|03/11/2025⟧ 16:52 CST
cc: ⟦name|P. Venkataraman⟧, DO; ⟦name|L. Abernathy-Osei⟧, MD   Transcribed: ⟦?transcriptionist initials|kmw⟧
"""


def make(g):
    return TEMPLATE, {
        "mrn": g.digits(8, "123456789"),
        "mbi": g.mbi(dashes=True),
        "fin": g.digits(10, "123456789"),
        "npi_att": g.npi(),
        "npi_pcp": g.npi(),
        "rx": "RX" + g.digits(7, "123456789"),
        "ref": "HH-" + g.digits(6, "123456789"),
        "dea": g.dea("F", "Ekwueme-Hart"),
    }
