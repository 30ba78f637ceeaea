# -*- coding: utf-8 -*-
"""doc10: OCR of a faxed CMS-484 oxygen certificate of medical necessity."""
import datetime
import re

GENRE = """OCR text of a faxed CMS-484 oxygen certificate of medical necessity received by a home-respiratory (DME) supplier: the fax banner (stamp, sending office in capitals, its fax number run together, page count), OCR damage in form captions, Section A (certification type and date in `MM/DD/YY`, the patient in `SURNAME, GIVEN M` capitals, street line, ZIP, phone, MBI, the supplier's address, phone and type-2 NPI, place of service, HCPCS codes shaped like ICD-10 codes, birth date, height, weight, the physician with an accented surname, office address and phone, NPI), Section B (length of need `99`, ICD-10 codes, oxygen saturation and test date, test conditions, flow rate) and Section D (the signature without the accent and its date); pasted by the supplier's intake coordinator asking whether the CMN is complete enough to bill"""

NOTES = """OCR convention (new in set O): OCR damage (`0F`, `SERVlCES`, `MEDlCARE`, `SUPPLlER`, `PHYSlClAN`, `TUCS0N`) occurs only in unlabelled words, never inside a gold value. The fax banner's stamp `OCT-08-2025 16:41` is log metadata (ambiguous); the sending office's fax number (ten digits run together) and the physician office's address, ZIP and phone are ambiguous (business), as are the supplier's address, ZIP and phone; the banner's `SZYMANSKA-ODUYA` (capitals, no accent), the form's `RENATA SZYMAŃSKA-ODUYA` and the signature's `R. Szymanska-Oduya` are three gold name texts (`DR` and `MD` outside). `QUINTERO-HALLORAN, AUGUSTINE M` is one span; `Augustine` in the question is gold. The certification date `10/08/25` (two-digit year), the test date `10/06/25` and the birth date `01/22/1933` are gold; `92 years old` is an age (`extra_check` confirms 92 on the certification date). The patient's street line, ZIP, phone and MBI are gold; the physician's NPI and the supplier's type-2 NPI are gold. `J44.1`, `J96.11` and `I27.23` are gold; `E1390` and `E0431` are HCPCS codes shaped like ICD-10 codes without the dot (negatives); the OMB control number is a negative; `99` as the length of need (99 = lifetime) is a negative (not an age); `86 %`, `2 LPM`, height and weight are unlabelled. `extra_check` applies the group I oxygen rules the coordinator asks about: saturation at or below 88% at rest, test within 30 days before the certification date and not after it, a flow of at most 4 LPM leaving question 6 not applicable, and the signature date not before the certification date."""


def make(g):
    v = {'mbi': g.mbi(dashed=False), 'npi_sup': g.npi(), 'npi_md': g.npi()}
    T = """Intake OCR'd this faxed oxygen CMN. Is it complete enough to bill E1390 and E0431? His daughter says ⟦name|Augustine⟧ is ⟦age|92 years old⟧ and has been on oxygen since the hospital stay.

⟦?fax banner stamp (log metadata)|OCT-08-2025 16:41⟧   FROM: DR ⟦name|SZYMANSKA-ODUYA⟧ OFFICE   ⟦?sending office fax (business)|5205550122⟧   P.001/002

DEPARTMENT 0F HEALTH AND HUMAN SERVlCES                 FORM APPROVED
CENTERS FOR MEDlCARE & MEDICAID SERVICES                OMB NO. ⟦!OMB control number|0938-0534⟧
CERTIFICATE 0F MEDICAL NECESSITY   CMS-484 — OXYGEN
SECTION A  Certification Type/Date: INITIAL ⟦date|10/08/25⟧  REVISED __/__/__  RECERTIFICATION __/__/__
PATIENT NAME, ADDRESS, TELEPHONE and MEDICARE ID
⟦name|QUINTERO-HALLORAN, AUGUSTINE M⟧
⟦addr|2817 W Via Tranquila Dr⟧
TUCS0N AZ ⟦zip|85745⟧   ⟦phone|(520) 555-0164⟧   MBI ⟦mbi|«mbi»⟧
SUPPLlER NAME, ADDRESS, TELEPHONE and NPI
SONORAN HOME RESPIRATORY LLC, ⟦?supplier address (business)|1450 N Oracle Rd Ste 120⟧, Tucson AZ ⟦?supplier ZIP (business)|85705⟧
⟦?supplier phone (business)|(520) 555-0110⟧   NPI ⟦npi|«npi_sup»⟧
PLACE OF SERVICE 12   HCPCS ⟦!HCPCS code shaped like an ICD-10 code without the dot|E1390⟧  ⟦!HCPCS code shaped like an ICD-10 code without the dot|E0431⟧
PT DOB ⟦date|01/22/1933⟧   HT 68 (in)   WT 141 (lbs)   SEX M
PHYSlClAN NAME, ADDRESS, TELEPHONE: ⟦name|RENATA SZYMAŃSKA-ODUYA⟧, MD
⟦?physician office address (business)|2202 N Campbell Ave Ste 4⟧, Tucson AZ ⟦?physician office ZIP (business)|85719⟧   ⟦?physician office phone (business)|(520) 555-0121⟧   NPI ⟦npi|«npi_md»⟧

SECTION B  EST. LENGTH OF NEED (# OF MONTHS): ⟦!length-of-need code (99 = lifetime), not an age|99⟧
DIAGNOSIS CODES (ICD-10): ⟦icd|J44.1⟧   ⟦icd|J96.11⟧   ⟦icd|I27.23⟧
1. a) ___ mm Hg   b) 86 %   c) ⟦date|10/06/25⟧
2. Test performed: (1) outpatient, chronic stable state  (2) within two days prior to discharge   ANSWER: 2
3. Test condition: (1) exercising  (2) during sleep  (3) at rest   ANSWER: 3
4. Portable oxygen required? Y
5. Max flow rate (LPM): 2
6. If >4 LPM: ___
SECTION D  PHYSICIAN ATTESTATION AND SIGNATURE/DATE
Signature: /s/ ⟦name|R. Szymanska-Oduya⟧   Date: ⟦date|10/08/25⟧
"""
    return T, v


def _d(s):
    m, d, y = s.split('/')
    return datetime.date(2000 + int(y), int(m), int(d))


def extra_check(text):
    E = []
    cert = re.search(r'INITIAL (\d\d/\d\d/\d\d)', text)
    test = re.search(r'b\) (\d+) %   c\) (\d\d/\d\d/\d\d)', text)
    sign = re.search(r'Date: (\d\d/\d\d/\d\d)', text)
    cond = re.search(r'at rest   ANSWER: (\d)', text)
    flow = re.search(r'Max flow rate \(LPM\): (\d+)', text)
    q6 = re.search(r'If >4 LPM: (\S+)', text)
    dob = re.search(r'PT DOB (\d\d)/(\d\d)/(\d{4})', text)
    if not all([cert, test, sign, cond, flow, q6, dob]):
        return ['CMN fields missing']
    c, t, s = _d(cert.group(1)), _d(test.group(2)), _d(sign.group(1))
    if int(test.group(1)) > 88:
        E.append('saturation above 88% does not qualify')
    if not (0 <= (c - t).days <= 30):
        E.append('test date not within 30 days before certification')
    if cond.group(1) != '3':
        E.append('test not at rest')
    if int(flow.group(1)) > 4 or q6.group(1) != '___':
        E.append('flow above 4 LPM needs question 6')
    if s < c:
        E.append('signed before the certification date')
    born = datetime.date(int(dob.group(3)), int(dob.group(1)), int(dob.group(2)))
    a = re.search(r'is (\d+) years old', text)
    if not a or H.age_on(born, c) != int(a.group(1)):
        E.append('age in the question wrong')
    return E


BROKEN = [
    ('b) 86 %', 'b) 89 %'),
    ('Max flow rate (LPM): 2', 'Max flow rate (LPM): 5'),
    ('c) 10/06/25', 'c) 10/09/25'),
    ('is 92 years old', 'is 93 years old'),
]
