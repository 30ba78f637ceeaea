"""doc9: Dutch GP referral letter (verwijsbrief) for a patient moving to the US."""
import re

import make as M

GENRE = """Dutch GP referral letter (verwijsbrief, Utrecht) for a 93-year-old woman moving in with her
   daughter in Michigan: practice letterhead with AGB code, Dutch dates (`dinsdag 11 februari 2025`,
   `14-02-1932`, `januari 2025`), initials and particles (`J.C.M. van den Bosch-Kuipers`, capital `Van`
   when the surname stands alone), a roepnaam, BSN and insurance policy number, ICPC and ICD-10 codes,
   decimal commas, a do-not-resuscitate declaration, the daughter's US address, phone and e-mail, the
   GP's BIG number; pasted by a grandchild with a request to translate it"""

NOTES = """* **Dutch letter** (doc9, day-first dates). `dinsdag 11 februari 2025` is one gold span with its
  weekday (checked in Dutch); `14-02-1932`, `12-09-2024`, `28-01-2025`, `1 maart 2025`, `7 juni 2019`, `3 september
  2024` and the month-year `januari 2025` are gold; `sinds 1998` and `2009` are year-only negatives.
  `J.C.M. van den Bosch-Kuipers`, `Van den Bosch-Kuipers` (Dutch capitalises the particle when no
  initial or first name precedes it), `Johanna`, the roepnaam `Joke`, `Margriet van den Bosch`, `Hendrik van den Bosch` and
  `P.H.J. Dijkstra` are gold. `93 jaar` is an age. The BSN is ambiguous (a national identifier with no
  class; make.py checks its 11-proef); the health-insurance policy number is gold
  `phi.health_plan_id` (member-ID rule, as set G's German insurance number). The ICPC code `K77` is a
  negative (an ICPC code shaped like an ICD-10 category, not ICD-10); `I50.2` and `E11.9` are gold.
  The practice's address, postcode and phone are ambiguous (business), the patient's Dutch postcode
  ambiguous (foreign postcode) and her street line `Biltstraat 212-bis` gold. The AGB code and the
  11-digit BIG number (phone-shaped, labelled as not a phone number) are negatives; lab values with
  decimal commas, the MMSE score and `Ziekte van Dupuytren` (eponym) are negatives. The daughter's US
  phone is written `+1 616 555 01xx` (span after the plus, as set H's E.164 rule)."""

DATE_ORDER = "DMY"


def make(g):
    values = dict(bsn=g.bsn(), polis=g.digits(9, "123456789"), phone="1 616 555 " + g.phone_line())
    tpl = """My grandmother's GP in Utrecht gave us this referral letter before she moved in with us in Grand Rapids. Could you translate it into English for her new geriatrician? Please keep the medical terms precise.

Huisartsenpraktijk Lombok-West
⟦?practice address (business)|Kanaalstraat 118⟧, ⟦?practice postcode (foreign, business)|3531 CK⟧ Utrecht
Tel. ⟦?practice phone (business)|030 555 0147⟧ | AGB-code ⟦!AGB provider code|01054321⟧

Utrecht, ⟦date|dinsdag 11 februari 2025⟧

Betreft: mevrouw ⟦name|J.C.M. van den Bosch-Kuipers⟧ (⟦name|Johanna⟧, roepnaam ⟦name|Joke⟧), geboren ⟦date|14-02-1932⟧
BSN ⟦?Dutch citizen service number (no class)|«bsn»⟧ | polisnummer ⟦member|«polis»⟧ (Zorgverzekeraar Noordhoven)
Adres: ⟦addr|Biltstraat 212-bis⟧, ⟦?Dutch postcode (foreign)|3572 BK⟧ Utrecht

Geachte collega,

Hierbij verwijs ik mevrouw ⟦name|Van den Bosch-Kuipers⟧, ⟦age|93 jaar⟧, die per ⟦date|1 maart 2025⟧ bij haar dochter in de Verenigde Staten gaat wonen. Ik ken haar ⟦!year only|sinds 1998⟧. Sinds het overlijden van haar echtgenoot ⟦name|Hendrik van den Bosch⟧ op ⟦date|7 juni 2019⟧ woonde zij zelfstandig met thuiszorg (drie keer per dag).

Voorgeschiedenis
- ⟦!year only|2009⟧ CVA links, restloos hersteld
- hartfalen met verminderde ejectiefractie (ICPC ⟦!ICPC code, not ICD-10|K77⟧; ⟦icd|I50.2⟧), LVEF 35% bij echo ⟦date|12-09-2024⟧
- diabetes mellitus type 2 (⟦icd|E11.9⟧)
- ⟦!eponym|ziekte van Dupuytren⟧ aan beide handen
- cognitieve achteruitgang, MMSE ⟦!score|22/30⟧ in ⟦date|januari 2025⟧

Medicatie: metoprolol 50 mg 1dd, furosemide 40 mg 1dd, metformine 500 mg 2dd, apixaban 2,5 mg 2dd.

Laboratorium ⟦date|28-01-2025⟧: eGFR ⟦!lab value|38 ml/min/1,73m²⟧, NT-proBNP ⟦!lab value|1840 ng/l⟧, HbA1c ⟦!lab value|54 mmol/mol⟧, kalium ⟦!lab value|4,6 mmol/l⟧.

Allergie: penicilline (exantheem).
Wilsverklaring: niet reanimeren, vastgelegd op ⟦date|3 september 2024⟧.

Vraagstelling: graag overname van de behandeling, evaluatie van de cognitie en beoordeling van de diuretica bij wisselend gewicht (thuis gewogen 61-64 kg). Zij is slechthorend links; spreek haar rustig aan, zij verstaat redelijk Engels.

Contactpersoon: dochter ⟦name|Margriet van den Bosch⟧, ⟦addr|2418 Burton St SE, Apt 5⟧, Grand Rapids, MI ⟦zip|49506⟧, tel. +⟦phone|«phone»⟧, ⟦email|margriet.vandenbosch@example.com⟧.

Met collegiale groet,

⟦name|P.H.J. Dijkstra⟧, huisarts
BIG-nummer ⟦!BIG registration number, not a phone number|19012345601⟧
"""
    return tpl, values


def extra_check(text, spans):
    errs = []
    found = False
    for m in re.finditer(r"BSN:? (\d{9}|\d{4} \d{2} \d{3}|\d{4}\.\d{2}\.\d{3})", text):
        found = True
        if not M.bsn_ok(m.group(1)):
            errs.append("BSN %s fails the 11-proef" % m.group(1))
    if not found:
        errs.append("no BSN found")
    return errs
