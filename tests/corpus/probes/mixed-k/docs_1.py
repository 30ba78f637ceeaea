GENRE = ("Italian GP's accompanying letter (lettera di accompagnamento, Bologna) for a 92-year-old woman "
         "moving in with her daughter in New Jersey: Italian dates with weekday, codice fiscale, ICD-10 codes, "
         "the daughter's US address, phone and e-mail; pasted by the daughter with a request to translate it")
NOTES = ("Dates are day-first (`DATE_ORDER = DMY`); `lunedì 3 marzo 2025` is one span with its weekday, "
         "`gennaio 2025` (month-year about her care) is gold, the date of Legge 219/2017 is a negative. "
         "`92 anni` is an age. The codice fiscale is ambiguous (national identifier with no class; make.py "
         "checks its check character). The Bologna street line is gold, the postcode 40126 ambiguous (foreign "
         "postcode); the GP's studio address, phone and PEC mailbox are ambiguous (business). `Pina` is a nickname (gold).")
DATE_ORDER = "DMY"
import make as _m

def extra_check(text, spans):
    return [] if any(_m.cf_ok(t) for k, w, s, e, t in spans if w.startswith("codice fiscale")) else ["codice fiscale invalid"]

BROKEN = [("codice fiscale with wrong check character", lambda: _m.cf_ok("FRRGPP32P42A944Z"))]

def make(g):
    cf = g.cf("FRRGPP32P42E289")
    t = """Can you translate this into English? My mother's new doctor in New Jersey needs it before her first visit.

---
Studio Medico Associato ⟦?business address|Via Saragozza 112⟧ – ⟦?foreign postcode|40135⟧ Bologna
Tel. ⟦?business phone, not a phone number in the US sense|+39 051 614 2278⟧ – PEC ⟦?business mailbox|studio.saragozza@pec.example.org⟧

Bologna, ⟦date|lunedì 3 marzo 2025⟧

Gentile Collega,

Le presento la Sig.ra ⟦name|Giuseppina⟧ (detta «⟦name|Pina⟧») ⟦name|FERRARESI⟧ ved. ⟦name|Montanari⟧, nata a Imola il ⟦date|02/09/1932⟧, ⟦age|92 anni⟧, C.F. ⟦?codice fiscale, national identifier with no class|«cf»⟧, residente in ⟦addr|Via dell'Indipendenza 58⟧, ⟦?foreign postcode|40126⟧ Bologna, che dal ⟦date|15.03.2025⟧ si trasferirà presso la figlia.

Diagnosi:
- fibrillazione atriale permanente (⟦icd|I48.21⟧), in terapia con apixaban 2,5 mg x 2
- malattia renale cronica stadio 4 (⟦icd|N18.4⟧), eGFR 24 ml/min a ⟦date|gennaio 2025⟧
- decadimento cognitivo lieve (⟦icd|G31.84⟧), MMSE ⟦!score|23/30⟧

Ricovero presso l'Ospedale Maggiore dal ⟦date|9 dicembre 2024⟧ al ⟦date|17/12/2024⟧ per scompenso cardiaco. La paziente ha sottoscritto le DAT ai sensi della Legge 219/2017 (⟦!statute date|22 dicembre 2017⟧) il ⟦date|4 febbraio 2025⟧: non desidera rianimazione cardiopolmonare.

Recapito della figlia, Sig.ra ⟦name|Laura Montanari Russo⟧: ⟦addr|41 Orchard Terrace, Apt 2B⟧, Montclair, NJ ⟦zip|07042⟧, tel. ⟦phone|(973) 555-0147⟧, e-mail ⟦email|laura.russo@example.com⟧.

Resto a disposizione per ogni chiarimento.
Cordiali saluti,
Dott.ssa ⟦name|Marta Bellandi⟧, medico di medicina generale
---

Please keep the drug doses exactly as written. Mamma (⟦name|Pina⟧) will bring the original.
"""
    return t, {"cf": cf}
