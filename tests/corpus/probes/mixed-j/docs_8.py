"""doc8: hemodialysis treatment flowsheet for a visiting (transient) patient from England."""

GENRE = """outpatient hemodialysis flowsheet for a transient patient visiting from England (header with
   a US MRN and a UK NHS number, birth date in US and UK order, holiday address, UK GP, travel insurer,
   daughter with a UK mobile and a US cell, ESRD ICD-10 codes, nephrologist NPI, dialysis
   prescription, a three-treatment table with weights, blood pressures and Kt/V, labs and nursing
   notes); patient aged 90; pasted with a request for a handover e-mail to the home unit"""

NOTES = """* **Dialysis flowsheet** (doc8). The birth date is gold in both orders (`06/22/1934` and the UK
  chart's `22/06/1934`); treatment dates with weekdays (`Mon 03/03/2025`), the lab date and the next
  UK treatment date are gold. `90 y/o` is an age. The NHS number (3-3-4, phone-shaped) is `id.uk_nhs`
  and the facility MRN `phi.mrn`; the travel-insurance policy number is ambiguous (no class). The
  home unit's hospital is named for a saint (negative) and its UK postcode ambiguous (foreign
  postcode); the holiday street line with its unit and the ZIP are gold. The daughter's UK mobile
  (`07700 900xxx`) and her US cell, typed as ten digits run together, are gold. Dialyzer model, machine serial, blood and dialysate flows,
  heparin doses, bath, dry weight, weights, blood pressures, Kt/V, URR and lab values are negatives
  where labelled and otherwise unlabelled; the nurse's initials in the table are ambiguous, her full
  name gold. `HARGREAVES, Wilfred J.` is one name span and the nickname `Wilf` gold wherever it occurs."""

DATE_ORDER = "MDY"


def make(g):
    values = dict(nhs=g.nhs(), npi=g.npi(), mrn="LDC-" + g.digits(6, "123456789"),
                  pol="TRV-" + g.digits(8, "123456789"), ukm="07700 900" + g.digits(3),
                  cell="614555" + g.phone_line(), serial="8TBS" + g.digits(6, "123456789"))
    tpl = """Visiting patient from England finished three treatments with us. Please check this flowsheet for anything his home unit in Leeds will need and draft a short handover e-mail to them.

LAKEVIEW DIALYSIS CENTER - HEMODIALYSIS TREATMENT RECORD (TRANSIENT)
Patient: ⟦name|HARGREAVES, Wilfred J.⟧ ("⟦name|Wilf⟧")   ⟦age|90 y/o⟧ M   Facility MRN ⟦mrn|«mrn»⟧
DOB ⟦date|06/22/1934⟧ (UK chart: ⟦date|22/06/1934⟧)   NHS No. ⟦nhs|«nhs»⟧
Local address while visiting: ⟦addr|2290 Lakeshore Dr, Unit 7⟧, Marblehead OH ⟦zip|43440⟧
Home unit: Renal Unit, ⟦!hospital named for a saint|St James's⟧ University Hospital, Leeds ⟦?UK postcode (foreign)|LS9 7QN⟧
UK GP: Dr. ⟦name|Fiona MacAllister-Greaves⟧, Harehills Lane Surgery
Travel insurer policy: ⟦?travel insurance policy number (no class)|«pol»⟧
Emergency contact: daughter ⟦name|Penelope "Penny" Hargreaves-Oyelowo⟧, UK mobile ⟦phone|«ukm»⟧, US cell while travelling ⟦phone|«cell»⟧
Dx: ⟦icd|N18.6⟧ ESRD; ⟦icd|I12.0⟧ hypertensive CKD; ⟦icd|E11.22⟧ T2DM with CKD; ⟦icd|Z99.2⟧ dialysis dependence
Nephrologist: Dr. ⟦name|Oluwaseun Adebayo-Kern⟧, NPI ⟦npi|«npi»⟧
Access: L brachiocephalic AVF, 15G needles, thrill and bruit present.
Rx: ⟦!dialyzer model|Optiflux F180NR⟧, Qb ⟦!blood flow rate|400 mL/min⟧, Qd ⟦!dialysate flow rate|600 mL/min⟧, bath K 2 / Ca 2.5, heparin ⟦!heparin dose|1,000 units⟧ bolus then ⟦!heparin dose|500 units/h⟧, EDW ⟦!dry weight|68.5 kg⟧. Machine serial ⟦!machine serial number|«serial»⟧.

Date            Pre-wt  Post-wt  UF     Pre-BP  Post-BP  Kt/V  RN
⟦date|Mon 03/03/2025⟧  71.2    68.9     2.4 L  158/84  132/70   1.42  ⟦?nurse initials|JK⟧
⟦date|Wed 03/05/2025⟧  71.9    69.6     2.2 L  164/88  118/62   1.38  ⟦?nurse initials|JK⟧
⟦date|Fri 03/07/2025⟧  71.4    68.8     2.6 L  152/80  128/68   1.45  ⟦?nurse initials|TRB⟧

Labs ⟦date|03/03/2025⟧: K ⟦!lab value|5.8 mmol/L⟧, Hgb ⟦!lab value|10.4 g/dL⟧, albumin ⟦!lab value|3.6 g/dL⟧, URR ⟦!lab value|72%⟧.
Notes:
- ⟦date|03/05/2025⟧: cramps in the last 30 minutes, UF goal reduced, post-BP 118/62; ⟦name|Wilf⟧ says "I'm fine, love, it's the flight."
- ⟦name|Penny⟧ asks that the Leeds unit phone her on arrival; next UK treatment ⟦date|Tue 03/11/2025⟧.
- RN: ⟦name|Jolene Kraszewski-Doyle⟧
"""
    return tpl, values
