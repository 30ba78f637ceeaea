# -*- coding: utf-8 -*-
"""doc7: Mohs micrographic surgery report for a 97-year-old woman."""
import datetime
import re

GENRE = """dermatologic surgery practice's Mohs micrographic surgery report for a 97-year-old woman with a basal cell carcinoma of the nasal ala: practice address and line, the patient in `SURNAME, Given M.` form, DOB, age, MRN, Medicare Advantage member and group numbers, the surgery date with its weekday, the Mohs surgeon with her NPI, the referring physician assistant, an eponymous skin-type scale, ICD-10 codes, a prior cancer's month-year, the biopsy date and pathology accession, stages and blocks, CPT codes, an eponymous flap design and triangle, suture brands, the daughter-in-law's cell, a post-operative opioid prescription with the surgeon's DEA, the suture-removal date with its weekday and the next skin check's month-year, a stage-map link carrying the MRN and the electronic signature; pasted by the surgeon's medical assistant with a request for a letter to the referring PA"""

NOTES = """`WEXFORD-AMADI, Rosalind P.` is one span; `Wexford-Amadi` in the question and `Rosalind` are further gold texts; `Isabelle N. Achterberg` (credentials outside), `Tomasz Wierzbicki-Lyle` (`PA-C` outside), `Keiko Amadi` and `Keiko` alone are gold. `Thu 10/09/2025` and `Thu 10/16/2025` carry their weekdays (checked); `10/09/2025` recurs at the signature (gold, time outside); the DOB, the biopsy date and the month-years `March 2022` (prior SCC) and `April 2026` (next skin check) are gold. `97 y`, `97-year-old` and `97` in `She is 97` are ages (`extra_check` confirms 97 on the surgery date). The member ID is gold, the four-digit group number ambiguous; the practice's address, ZIP and line are ambiguous (business). The surgeon's NPI (Luhn) and DEA are gold (`extra_check` matches the DEA's second letter to `Achterberg` and checks the 7-day suture interval). The stage-map link is gold `pii.url` with the MRN nested. `C44.311`, `I48.20` and the history code `Z85.828` are gold. `Mohs` (eponymous technique, also in the practice name), `Fitzpatrick` (skin-type scale), `Zitelli` (flap design) and `Burow's` (triangle) are eponyms, `Monocryl` and `Prolene` brands, the CPT codes (`17311`, `17312`, `14060`, ZIP-shaped) and the pathology accession negatives; the dose `5-325 mg` and the dilution `1:100,000` are unlabelled."""


def make(g):
    v = {
        'mrn': 'DS-' + g.digits(7),
        'member': 'CSX' + g.digits(8),
        'npi': g.npi(),
        'dea': g.dea('F', 'A'),
    }
    T = """Please draft a short letter to the referring PA about Mrs. ⟦name|Wexford-Amadi⟧ from this op note. She is ⟦age|97⟧ and sharp as a tack.

DESERT SKY DERMATOLOGY – ⟦!eponymous technique in the practice name|MOHS⟧ SURGERY
⟦?practice address (business)|9180 E Shea Blvd, Suite 210⟧, Scottsdale, AZ ⟦?practice ZIP (business)|85260⟧ · ⟦?practice line (business)|(480) 555-0115⟧

MOHS MICROGRAPHIC SURGERY REPORT
Patient: ⟦name|WEXFORD-AMADI, Rosalind P.⟧   DOB: ⟦date|04/19/1928⟧   Age: ⟦age|97 y⟧
MRN: ⟦mrn|«mrn»⟧   Copper State Senior PPO, Member ID ⟦plan|«member»⟧, Group ⟦?group number|7720⟧
Date of surgery: ⟦date|Thu 10/09/2025⟧
Surgeon: ⟦name|Isabelle N. Achterberg⟧, MD (NPI ⟦npi|«npi»⟧)
Referring: ⟦name|Tomasz Wierzbicki-Lyle⟧, PA-C   Skin type: ⟦!eponymous skin-type scale|Fitzpatrick⟧ II

Diagnosis: nodular basal cell carcinoma, left nasal ala, ⟦icd|C44.311⟧; SCC right forearm excised ⟦date|March 2022⟧ (⟦icd|Z85.828⟧); on apixaban for ⟦icd|I48.20⟧, continued.
History: ⟦age|97-year-old⟧ woman; shave biopsy ⟦date|08/28/2025⟧ (path ⟦!pathology accession number|DSD25-18842⟧).
Procedure: ⟦!eponymous technique|Mohs⟧ micrographic surgery (⟦!CPT code (ZIP-shaped)|17311⟧ x1, ⟦!CPT code (ZIP-shaped)|17312⟧ x1); lidocaine 1% with epinephrine 1:100,000, 4.5 mL.
Stage I: 4 blocks, tumor at the 2-3 o'clock deep margin. Stage II: 1 block, clear. Final defect 1.4 x 1.1 cm.
Repair: bilobed transposition flap (⟦!CPT code (ZIP-shaped)|14060⟧), ⟦!eponymous flap design|Zitelli⟧ modification; ⟦!eponym (Burow's triangle)|Burow's⟧ triangle excised. 5-0 ⟦!suture brand|Monocryl⟧ deep, 6-0 ⟦!suture brand|Prolene⟧ running.
Tolerated well. Escorted by daughter-in-law ⟦name|Keiko Amadi⟧, cell ⟦phone|480-555-0162⟧. ⟦name|Rosalind⟧ asked that ⟦name|Keiko⟧ get all calls.
Rx: hydrocodone-acetaminophen 5-325 mg #8, no refills. DEA ⟦dea|«dea»⟧.
Suture removal ⟦date|Thu 10/16/2025⟧; full skin check ⟦date|April 2026⟧.
Stage maps: ⟦url|https://maps.desertskyderm.example.com/mohs/⟦mrn|«mrn»⟧/stages⟧
Electronically signed: ⟦name|Isabelle N. Achterberg⟧, MD ⟦date|10/09/2025⟧ 15:42
"""
    return T, v


def extra_check(text):
    E = []
    dob = re.search(r'DOB: (\d\d)/(\d\d)/(\d{4})   Age: (\d+) y', text)
    surg = re.search(r'Date of surgery: Thu (\d\d)/(\d\d)/(\d{4})', text)
    rem = re.search(r'Suture removal Thu (\d\d)/(\d\d)/(\d{4})', text)
    if not dob or not surg or not rem:
        return ['DOB, surgery or suture-removal date missing']
    born = datetime.date(int(dob.group(3)), int(dob.group(1)), int(dob.group(2)))
    on = datetime.date(int(surg.group(3)), int(surg.group(1)), int(surg.group(2)))
    off = datetime.date(int(rem.group(3)), int(rem.group(1)), int(rem.group(2)))
    age = H.age_on(born, on)
    if age != int(dob.group(4)) or not re.search(r'She is %d and' % age, text) or '%d-year-old' % age not in text:
        E.append('ages differ from %d' % age)
    if (off - on).days != 7:
        E.append('suture removal is not 7 days after surgery')
    dea = re.search(r'DEA ([A-Z]{2}\d{7})', text)
    surgeon = re.search(r'Surgeon: \w+ \w\. (\w+)', text)
    if not dea or not surgeon or dea.group(1)[1] != surgeon.group(1)[0]:
        E.append("DEA's second letter does not match the surgeon's surname")
    return E


BROKEN = [
    ('Age: 97 y', 'Age: 96 y'),
    ('Suture removal Thu 10/16/2025', 'Suture removal Thu 10/23/2025'),
    ('Surgeon: Isabelle N. Achterberg', 'Surgeon: Isabelle N. Bchterberg'),
]
