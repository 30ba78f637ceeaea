"""doc3: remote pacemaker transmission report for a 95-year-old woman."""
import datetime
import re

GENRE = ("cardiac device clinic's remote pacemaker transmission report for a 95-year-old woman: clinic "
         "line, the patient in `LAST, First M.` form, DOB, MRN and MBI, the transmission date with its "
         "weekday, the bedside transmitter's serial and Bluetooth MAC, device and lead models and serials, "
         "the implant date and implanting physician, battery and lead measurements, an episode log with "
         "dates and clock times, AT/AF burden, ICD-10 codes, a risk score, an eponymous AV-block pattern, "
         "a link to the episode EGMs carrying her MRN, the reviewing nurse and interpreting physician's "
         "NPI, follow-up dates and the daughter with a quoted nickname; pasted by the device nurse with a "
         "request for a letter to the PCP")

NOTES = ("`HOLLOWAY-BANKS, Augusta M.` is one span and `Augusta` gold alone; `Rosalind \"Roz\" Banks` is one "
         "span and `Roz` gold alone; the PCP `Okoye`, the implanting and interpreting physicians and the "
         "nurse are gold (credentials outside). `Thu 10/16/2025` carries its weekday (checked); the "
         "episode dates are about her care (gold, clock times outside), as are the implant, last "
         "transmission and next remote dates and the month-year `04/2026`. `95 y` is an age (`extra_check` "
         "confirms 95 on the transmission date). The transmitter's Bluetooth MAC, paired to her home unit, "
         "is gold `pii.mac_address`; transmitter, device and lead serials and the device model are "
         "negatives; battery and lead values are unlabelled. The EGM link is gold `pii.url` with the MRN "
         "nested. `Wenckebach` (eponym) and the CHA2DS2-VASc score are negatives; the clinic line is "
         "ambiguous (business); `I48.0`, `I49.5` and `Z95.0` are gold. `extra_check` checks that the "
         "episodes fall between the two transmissions in order and re-computes the AT/AF burden (233 "
         "minutes over 91 days, 0.2%).")

DATE_ORDER = "MDY"


def make(g):
    v = {"mbi": g.mbi(), "npi": g.npi(), "mac": g.mac(), "mrn": "00" + g.digits(6),
         "cell": "(216) 555-" + g.phone_tail(), "clinic": "(216) 555-" + g.phone_tail(),
         "txsn": "TX%s-%s" % (g.digits(4), g.digits(5)), "devsn": "PKM%s%s" % (g.digits(6), g.choice("RS")),
         "ra": "PJN" + g.digits(7), "rv": "PJN" + g.digits(7)}
    tpl = """I'm the device-clinic nurse. Please draft a short letter to her PCP, Dr. ⟦name|Okoye⟧, about the new AF and the anticoagulation question. Report below.

LAKESHORE HEART RHYTHM CENTER - REMOTE PACEMAKER TRANSMISSION
Clinic line ⟦?device clinic's main line (business)|«clinic»⟧
Patient: ⟦name|HOLLOWAY-BANKS, Augusta M.⟧   DOB ⟦date|04/22/1930⟧ (⟦age|95 y⟧)   MRN ⟦mrn|«mrn»⟧   MBI ⟦mbi|«mbi»⟧
Transmission: ⟦date|Thu 10/16/2025⟧ 03:12, scheduled; bedside transmitter SN ⟦!transmitter serial number|«txsn»⟧, Bluetooth ⟦mac|«mac»⟧ (paired to her home unit)
Device: dual-chamber pacemaker, model ⟦!device model number|DR-2140⟧, SN ⟦!device serial number|«devsn»⟧, implanted ⟦date|03/09/2021⟧ by Dr. ⟦name|Rafael Ibarra-Quintero⟧
Leads: RA SN ⟦!lead serial number|«ra»⟧, RV SN ⟦!lead serial number|«rv»⟧ (model 5076, 52 and 58 cm)
Battery 2.98 V, longevity about 6.5 years, RRT not reached. RA sensing 2.8 mV, 532 ohm, threshold 0.75 V @ 0.4 ms; RV sensing 9.6 mV, 611 ohm, threshold 1.00 V @ 0.4 ms. AP 41%, VP 3%. No ⟦!eponym (AV-block pattern)|Wenckebach⟧ behaviour at the upper rate.

Episodes since the last transmission (⟦date|07/17/2025⟧):
  ⟦date|10/03/2025⟧ 02:41  AT/AF  3 h 12 min  max A rate 310 bpm
  ⟦date|10/09/2025⟧ 23:05  AT/AF  0 h 41 min
  ⟦date|10/12/2025⟧ 06:18  VHR    4 beats, 182 bpm
AT/AF burden 0.2% (233 min over 91 days).

Impression: new paroxysmal AF (⟦icd|I48.0⟧) with sinus node dysfunction (⟦icd|I49.5⟧) and pacemaker in situ (⟦icd|Z95.0⟧). ⟦!risk score|CHA2DS2-VASc 5⟧; not on anticoagulation. ⟦name|Augusta⟧ reports two nights of palpitations, no syncope.
EGMs: ⟦url|https://rhythm.example.org/clinic/pt/⟦mrn|«mrn»⟧/episodes⟧
Reviewed: ⟦name|Soo-ah Pemberton⟧, RN, CCDS. Interpreting: ⟦name|Tobias Lindqvist-Amadi⟧, MD, NPI ⟦npi|«npi»⟧
Plan: PCP to address anticoagulation; next remote ⟦date|01/15/2026⟧; in-clinic check ⟦date|04/2026⟧.
Contact: daughter ⟦name|Rosalind "Roz" Banks⟧, cell ⟦phone|«cell»⟧; ⟦name|Roz⟧ fills her pill box.
"""
    return tpl, v


def _d(s):
    m, d, y = s.split("/")
    return datetime.date(int(y), int(m), int(d))


def extra_check(text):
    errs = []
    dob = re.search(r"DOB (\d\d/\d\d/\d{4}) \((\d+) y\)", text)
    tx = re.search(r"Transmission: \w{3} (\d\d/\d\d/\d{4}) (\d\d):(\d\d)", text)
    last = re.search(r"since the last transmission \((\d\d/\d\d/\d{4})\)", text)
    if not (dob and tx and last):
        return ["doc3 fields not found"]
    b, t, l = _d(dob.group(1)), _d(tx.group(1)), _d(last.group(1))
    age = t.year - b.year - ((t.month, t.day) < (b.month, b.day))
    if age != int(dob.group(2)):
        errs.append("age is %d on the transmission date" % age)
    eps = re.findall(r"^  (\d\d/\d\d/\d{4}) (\d\d:\d\d)  (\S+) +(.*)$", text, re.M)
    stamps = [(_d(d), tm) for d, tm, _, _ in eps]
    if stamps != sorted(stamps) or not all(l < d <= t for d, _ in stamps):
        errs.append("episodes out of order or outside the monitoring window")
    af = 0
    for _, _, kind, rest in eps:
        if kind == "AT/AF":
            h, mi = re.match(r"(\d+) h (\d+) min", rest).groups()
            af += int(h) * 60 + int(mi)
    days = (t - l).days
    bur = re.search(r"burden ([\d.]+)% \((\d+) min over (\d+) days\)", text)
    if not bur or int(bur.group(2)) != af or int(bur.group(3)) != days:
        errs.append("burden minutes/days do not match the log (%d min, %d days)" % (af, days))
    elif round(100 * af / (days * 1440), 1) != float(bur.group(1)):
        errs.append("burden percentage wrong")
    return errs


BROKEN = [("AT/AF burden 0.2%", "AT/AF burden 0.9%"),
          ("(95 y)", "(94 y)"),
          ("  10/09/2025 23:05", "  07/09/2025 23:05"),
          ("0 h 41 min", "0 h 14 min")]
