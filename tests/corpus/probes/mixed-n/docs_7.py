"""doc7: pre-anesthesia evaluation for a 101-year-old woman before ERCP."""
import datetime
import re

GENRE = ("pre-anesthesia evaluation before an ERCP for a 101-year-old woman born in Leeds: the patient with "
         "a lower-case particle (`de Courcy-Ballantyne, Edith M.`), MRN, DOB, the procedure date with its "
         "weekday and the endoscopist with an Arabic particle (`al-Masri`), her UK NHS number from an old "
         "hospital record, ICD-10 codes, an anticoagulant hold date and labs, an eponymous airway class and "
         "ASA status, code status agreed with the health-care proxy whose surname is `St. John`, the "
         "anesthetic plan and the anesthesiologist's NPI and DEA; pasted with a request for a summary for "
         "the endoscopist")

NOTES = ("Particles stay inside name spans: `de Courcy-Ballantyne, Edith M.`, `de Courcy-Ballantyne` (lower-case "
         "`de`), `Karim al-Masri` and `al-Masri`; `Edith` alone is gold. `Priya St. John` and `St. John` are a "
         "person's surname (gold, new in set N), whereas `St James's` (the Leeds hospital) is a saint's name "
         "(negative). `101 years old` in the question and `101 y` in the header are ages (ages over 100, "
         "new in set N; `extra_check` confirms 101 on the procedure date). `Tue 11/04/2025` carries its "
         "weekday (checked); the DOB, the apixaban hold date, the lab date and the signature date are gold, "
         "clock times outside; `1947` and `2019` are year-only (negatives). The NHS number (3-3-4, "
         "phone-shaped) is gold `id.uk_nhs`. `Mallampati` (eponym) and `ASA IV` are negatives; lab values, "
         "doses and echo numbers are unlabelled. `I35.0`, `I48.21`, `N18.32` and `K80.51` are gold. The "
         "anesthesiologist's NPI (Luhn) and DEA are gold; `extra_check` matches the DEA's second letter to "
         "`Ekström-Adeyemi` and checks that at least 72 hours separate the last apixaban dose (the evening before the hold date) from the procedure (eGFR under 30).")

DATE_ORDER = "MDY"


def make(g):
    nhs = g.nhs()
    v = {"mrn": g.digits(8), "nhs": "%s %s %s" % (nhs[:3], nhs[3:6], nhs[6:]), "npi": g.npi(),
         "dea": g.dea("B", "E"), "proxy": "(317) 555-" + g.phone_tail()}
    tpl = """Please turn this pre-anesthesia note into a two-paragraph summary for the endoscopist. She is ⟦age|101 years old⟧ and the family wants the risks spelled out.

PRE-ANESTHESIA EVALUATION - ENDOSCOPY
Patient: ⟦name|de Courcy-Ballantyne, Edith M.⟧   MRN ⟦mrn|«mrn»⟧   DOB ⟦date|05/17/1924⟧ (⟦age|101 y⟧)
Procedure: ERCP with sphincterotomy and stone extraction, ⟦date|Tue 11/04/2025⟧ 07:30; endoscopist Dr. ⟦name|Karim al-Masri⟧
Background: born in Leeds, moved to the US in ⟦!year only|1947⟧. UK records (hip fracture, ⟦!year only|2019⟧, ⟦!saint's name (hospital)|St James's⟧ in Leeds) give NHS number ⟦nhs|«nhs»⟧.
History: aortic stenosis (⟦icd|I35.0⟧; AVA 0.9 cm2, mean gradient 38 mmHg); permanent AF (⟦icd|I48.21⟧) on apixaban 2.5 mg BID, held since ⟦date|11/01/2025⟧; CKD stage 3b (⟦icd|N18.32⟧); choledocholithiasis with obstruction (⟦icd|K80.51⟧).
Labs ⟦date|11/03/2025⟧: Cr 1.6, eGFR 28, INR 1.3, K 4.1, Hb 10.8.
Airway: ⟦!eponym (airway class)|Mallampati⟧ III, TMD 6 cm, upper denture. ⟦!ASA physical status|ASA IV⟧.
Code status: DNR; with the health-care proxy (daughter-in-law ⟦name|Priya St. John⟧, ⟦phone|«proxy»⟧) resuscitation is limited to procedure-related events. Ms. ⟦name|St. John⟧ will wait in the family lounge; Dr. ⟦name|al-Masri⟧ agrees.
Plan: MAC with low-dose propofol; arterial line; phenylephrine infusion ready; avoid tachycardia and hypotension; fentanyl in 25 mcg increments only. ⟦name|Edith⟧ asks to keep her hearing aids in. Mrs. ⟦name|de Courcy-Ballantyne⟧ understands and consents.
Anesthesiologist: ⟦name|Yusuf Ekström-Adeyemi⟧, MD, NPI ⟦npi|«npi»⟧, DEA ⟦dea|«dea»⟧. Signed ⟦date|11/03/2025⟧ 16:40.
"""
    return tpl, v


def _d(s):
    m, d, y = s.split("/")
    return datetime.date(int(y), int(m), int(d))


def extra_check(text):
    errs = []
    dob = re.search(r"DOB (\d\d/\d\d/\d{4}) \((\d+) y\)", text)
    proc = re.search(r"and stone extraction, \w{3} (\d\d/\d\d/\d{4}) (\d\d):(\d\d)", text)
    hold = re.search(r"held since (\d\d/\d\d/\d{4})", text)
    dea = re.search(r"Anesthesiologist: ([^,]+), MD, NPI \d+, DEA ([A-Z]{2}\d{7})", text)
    q = re.search(r"She is (\d+) years old", text)
    if not (dob and proc and hold and dea and q):
        return ["doc7 fields not found"]
    b, p = _d(dob.group(1)), _d(proc.group(1))
    age = p.year - b.year - ((p.month, p.day) < (b.month, b.day))
    if age != int(dob.group(2)) or age != int(q.group(1)):
        errs.append("age on the procedure date is %d" % age)
    hrs = (datetime.datetime(p.year, p.month, p.day, int(proc.group(2)), int(proc.group(3)))
           - datetime.datetime.combine(_d(hold.group(1)) - datetime.timedelta(days=1), datetime.time(20, 0))
           ).total_seconds() / 3600   # last dose: the evening before the hold date
    if hrs < 72:
        errs.append("apixaban held only %.0f hours" % hrs)
    surname = dea.group(1).split()[-1]
    if dea.group(2)[1] != surname[0]:
        errs.append("DEA second letter does not match %s" % surname)
    return errs


def broken(text):
    m = re.search(r"DEA (B[A-Z])(\d{7})", text)
    return [text.replace(m.group(0), "DEA BA" + m.group(2)),
            text.replace("(101 y)", "(100 y)"),
            text.replace("held since 11/01/2025", "held since 11/02/2025")]
