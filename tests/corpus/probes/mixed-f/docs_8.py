# doc8: clinical-trial screening & enrollment log + monitor's visit note


def make(g):
    values = {}
    t = """## Protocol ⟦!protocol number|NVX-4417-203⟧ — Site 112 (Dayton Renal Research) — Screening & Enrollment Log
PI: ⟦name|Zainab Al-Khatib⟧, MD · CRC: ⟦name|Bogdan Petrescu⟧ · log v4, exported ⟦?export timestamp (log metadata)|2025-12-05 08:14⟧

| Scr # | Subj ID | Init | DOB | ICF signed / ver. | Key eligibility labs | Status |
|---|---|---|---|---|---|---|
| ⟦?screening number|S112-007⟧ | ⟦?subject ID|112-0041⟧ | ⟦?subject initials|A-O-K⟧ | ⟦date|14-Jun-1958⟧ | ⟦date|02-Sep-2025⟧ / ⟦!ICF version|v3.0⟧ | eGFR 38, UACR 612 | Rand. ⟦date|16-Sep-2025⟧ |
| ⟦?screening number|S112-008⟧ | — | ⟦?subject initials|L-M-F⟧ | ⟦date|03-Jan-1949⟧ | ⟦date|04-Sep-2025⟧ / v3.0 | eGFR 22 | SF: eGFR < 25 |
| ⟦?screening number|S112-009⟧ | ⟦?subject ID|112-0042⟧ | ⟦?subject initials|T-N-W⟧ | ⟦date|27-Nov-1966⟧ | ⟦date|11-Sep-2025⟧ / v3.0 | eGFR 41, K+ 5.0 | Rand. ⟦date|25-Sep-2025⟧ |
| ⟦?screening number|S112-010⟧ | — | ⟦?subject initials|R-J-Q⟧ | ⟦date|19-Feb-1971⟧ | ⟦date|18-Sep-2025⟧ / v3.0 | HbA1c 11.2% | SF: HbA1c > 10.5% |
| ⟦?screening number|S112-011⟧ | ⟦?subject ID|112-0044⟧ | ⟦?subject initials|M-J-R⟧ | ⟦date|08-Aug-1962⟧ | ⟦date|30-Sep-2025⟧ / ⟦!ICF version|v2.1⟧ (!) | eGFR 33 | Rand. ⟦date|14-Oct-2025⟧ |
| ⟦?screening number|S112-012⟧ | — | ⟦?subject initials|S-A-D⟧ | ⟦date|22-Apr-1955⟧ | ⟦date|21-Oct-2025⟧ / v3.0 | K+ 5.9 | SF: hyperkalemia ⟦icd|E87.5⟧ |

Key I/E: T2DM with CKD stage 3b–4 (⟦!ICD-10 code in a generic eligibility criterion, no patient|N18.32⟧, ⟦!ICD-10 code in a generic eligibility criterion, no patient|N18.4⟧); eGFR 25–60 mL/min/1.73m²; UACR ≥ 200 mg/g;
K+ ≤ 5.5 mmol/L; HbA1c ≤ 10.5%; no dialysis; no SGLT2i change within 8 wks. Kit #s: ⟦!drug kit number|K-100417⟧, ⟦!drug kit number|K-100452⟧.

---
### Interim monitoring visit — ⟦?monitoring visit date (about the site, not a subject)|Thursday, December 4, 2025⟧ (on-site)
CRA: ⟦name|Haruka Ishikawa-Brandt⟧ (Northvale CRO) · Site staff present: Dr. ⟦name|Al-Khatib⟧ (PI, exit mtg only), ⟦name|B. Petrescu⟧ (CRC),
⟦name|Nomvula Dlamini⟧ (pharmacist)

1. **Consent version (major).** Subj 112-0044 signed ICF v2.1 on ⟦date|30-Sep-2025⟧, but v3.0 had IRB approval on
   ⟦!IRB approval date (not about a person)|05-Aug-2025⟧. Re-consented on v3.0 ⟦date|03-Oct-2025⟧ — before randomisation, so
   eligibility stands. Note-to-file by CRC dated ⟦date|10/06/2025⟧. PD logged (⟦!protocol deviation number|PD-112-006⟧).
2. **PII on source copies.** The certified copy of the local lab report for 112-0042 in the sponsor binder shows the full name
   ⟦name|Thabo Ngcobo-Wright⟧ and DOB ⟦date|11/27/1966⟧ unredacted. CRC to redact and re-file; retraining on GCP/ALCOA+.
3. **Eligibility.** Screening eGFR for 112-0041 (38) computed with CKD-EPI 2021 (race-free) — consistent with protocol amendment 2.
   S112-008 screen fail (eGFR 22) correctly not randomised.
4. **IP accountability.** Temp log excursion 26.1 °C on ⟦!equipment event date (not about a person)|11/19⟧ pharmacy fridge log (not subject-related; ⟦!temperature excursion ticket|TE-0093⟧).
Follow-up letter to Dr. ⟦name|Al-Khatib⟧ within 10 business days. Next IMV tentatively ⟦?next monitoring visit date (site, not subject)|Jan 15, 2026⟧.
"""
    return t, values
