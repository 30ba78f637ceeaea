"""doc3: CT angiography report with comparison studies and a critical-result call-back log."""

TEMPLATE = """NORTHGATE REGIONAL HOSPITAL — DEPARTMENT OF RADIOLOGY
CT ANGIOGRAPHY CHEST, PULMONARY EMBOLISM PROTOCOL, WITH IV CONTRAST

Patient: ⟦name|Szabó-Lindqvist, Eszter⟧      MRN: ⟦mrn|«mrn»⟧      DOB: ⟦date|1987-11-03⟧ (⟦!age under 90, not sensitive on its own|37 y⟧)
Accession: ⟦!accession number (order id)|«acc1»⟧      Exam: ⟦date|04/18/2025⟧ 02:14      Location: ED bay 12
Referring: ⟦name|Marcus T. Ilunga⟧, MD, Emergency Medicine, NPI ⟦npi|«npi_ref»⟧, pager ⟦?pager number; no class|«pager»⟧
Reading: ⟦name|Siobhán Ní Bhriain⟧, MD, NPI ⟦npi|«npi_rad»⟧

CLINICAL INDICATION: 6 weeks postpartum, acute pleuritic chest pain, HR 118, D-dimer
⟦!lab value|2,340 ng/mL FEU⟧. Evaluate for PE. Order diagnoses: ⟦icd|R07.81⟧ pleurodynia; ⟦icd|R00.0⟧ tachycardia.

TECHNIQUE: Helical CT of the chest after 75 mL iohexol 350 IV (lot ⟦!contrast lot number|«lot»⟧), bolus-tracked
on the main pulmonary artery. ⟦!radiation dose|CTDIvol 9.8 mGy⟧, ⟦!radiation dose|DLP 412 mGy·cm⟧. Dose-reduction software used.

COMPARISON: CT chest ⟦date|January 9, 2023⟧ (accession ⟦!accession number (order id)|«acc2»⟧); portable chest radiograph
⟦date|4/17/2025⟧ 23:50; MRI lumbar spine ⟦!year only|2019⟧ (report only, images unavailable).

FINDINGS:
Pulmonary arteries: Occlusive and non-occlusive filling defects in the right interlobar artery
extending into the RLL segmental and subsegmental branches (⟦!image reference|series 4, image 112⟧). No saddle
embolus. ⟦!measurement ratio|RV/LV ratio 0.9⟧; no septal bowing or contrast reflux into the IVC.
Lungs: Peripheral wedge-shaped opacity in the posterior basal RLL, ⟦!measurement|1.8 x 1.2 cm⟧ (⟦!image reference|series 4, image 188⟧),
compatible with infarct. A 6 mm solid nodule in the LUL, unchanged since ⟦date|Jan 2023⟧.
Pleura: trace right effusion. Heart/mediastinum: normal size; no adenopathy.

IMPRESSION:
1. Acute right lower lobe segmental and subsegmental pulmonary emboli without CT evidence of
   right heart strain. Coded: ⟦icd|O88.23⟧ thromboembolism in the puerperium; ⟦icd|I26.99⟧.
2. Small RLL pulmonary infarct.
3. Stable 6 mm LUL nodule; no follow-up per ⟦!eponym (guideline society)|Fleischner⟧ criteria (⟦!guideline year|2017⟧ edition).

CRITICAL RESULT COMMUNICATION LOG
Date        Time   From                   To                                 Number               Outcome
⟦date|04/18/2025⟧  02:41  Dr. ⟦name|S. Ní Bhriain⟧      Dr. ⟦name|M. Ilunga⟧, ED physician line   ⟦?hospital department line, business contact|(651) 555-0172 x4⟧   no answer
⟦date|04/18/2025⟧  02:47  Dr. ⟦name|S. Ní Bhriain⟧      ⟦name|Marcus Ilunga⟧, MD (personal cell)   ⟦phone|651-555-0109⟧         read back, confirmed
⟦date|2025-04-18⟧  08:05  reading room            PCP Dr. ⟦name|Rafael Quiñones-Marte⟧ (office)  ⟦?clinic main line, business contact|651.555.0155⟧         message left with MA
Husband ⟦name|Tomasz Wiśniewski⟧ at bedside, informed by ED team; his number ⟦phone|+1 651 555 0193⟧.
Anticoagulation started 02:58 (heparin per ED protocol).

Electronically signed: ⟦name|Siobhán Ní Bhriain⟧, MD, ⟦date|Fri 04/18/2025⟧ 02:52
Reading workstation: ⟦?internal host name|NGR-RDG-07⟧
"""


def make(g):
    return TEMPLATE, {
        "mrn": "N" + g.digits(7, "123456789"),
        "acc1": "CT25-" + g.digits(7),
        "acc2": "CT23-" + g.digits(7),
        "npi_ref": g.npi(),
        "npi_rad": g.npi(),
        "pager": g.digits(4, "23456789"),
        "lot": "L" + g.digits(4) + "-" + g.digits(2),
    }
