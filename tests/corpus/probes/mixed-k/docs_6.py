GENRE = ("hospital medical-staff credentialing application (practitioner's personal block with other names "
         "used, SSN, birth date, home address, cell and personal e-mail, NPI, DEA, state licence, US passport, "
         "Ohio driver's licence, ECFMG number, work history gap); pasted with a request to list red flags for "
         "the credentials committee")
NOTES = ("Maiden name and both name orders are gold. State licence and board certificate numbers are "
         "negatives; ECFMG number and malpractice policy number ambiguous; the NPDB query date is about her "
         "file and gold. NPI (Luhn) and DEA (checksum, second letter = surname initial) are verified.")
import make as _m

def extra_check(text, spans):
    deas = [t for k, c, s, e, t in spans if c == "phi.dea"]
    return [] if deas and all(d[1] == "K" for d in deas) else ["DEA letter does not match Kowalczyk"]

BROKEN = [("DEA second letter not matching the registrant", lambda: not extra_check("", [("gold", "phi.dea", 0, 0, "BM1234563")]))]

def make(g):
    t = """Can you list red flags for the committee? Initial appointment, hospitalist.

MEDICAL STAFF CREDENTIALING APPLICATION – Section A: Practitioner
Legal name: ⟦name|KOWALCZYK, Agnieszka Maria⟧        Other names used: ⟦name|Agnieszka Brandt⟧ (until ⟦date|2019-06-08⟧)
Date of birth: ⟦date|04-17-1981⟧     SSN: ⟦ssn|«ssn»⟧
Home: ⟦addr|3390 Edgewater Dr, Apt 1407⟧, Cleveland, OH ⟦zip|44102-4418⟧
Cell: ⟦phone|(216) 555-0139⟧   Personal e-mail: ⟦email|a.kowalczyk.md@example.net⟧
NPI: ⟦npi|«npi»⟧   DEA: ⟦dea|«dea»⟧   Ohio medical licence: ⟦!state licence number|35.148822⟧
US passport: ⟦passport|«pp»⟧   Ohio driver licence: ⟦dl|«dl»⟧
ECFMG certificate: ⟦?ECFMG number|0-712-448-3⟧   ABIM certificate: ⟦!board certificate number|288104⟧
Professional liability: Buckeye Physicians Mutual, policy ⟦?policy number|BPM-22-0917734⟧

Section D: Work history
2014–2017 residency, Case Western; 2017–2022 hospitalist, Akron; ⟦date|October 2022⟧ – ⟦date|May 2023⟧: gap ("family leave, father ⟦name|Tadeusz Kowalczyk⟧ ill in Kraków").
NPDB query run ⟦date|3/4/2025⟧: one paid claim, ⟦date|Nov. 14, 2021⟧.

Attestation signed: ⟦name|Agnieszka M. Kowalczyk⟧, MD, ⟦date|February 27, 2025⟧.

Dr. ⟦name|Kowalczyk⟧'s DEA still shows her old Akron address. Is that a flag, or just something to fix at onboarding? Also her reference from Akron, Dr. ⟦name|Desmond Achterberg⟧, wrote that she "left on good terms" but the chair there won't return calls, and the paid claim isn't on her attestation. I need this summary before Thursday's meeting; keep it to bullet points.
"""
    return t, {"ssn": g.ssn(), "npi": g.npi(), "dea": g.dea("Kowalczyk", "F"), "pp": "5" + g.digits(8), "dl": "SK" + g.digits(6)}
