"""doc11: state prescription-drug-monitoring-program (PDMP) patient report."""
import re

GENRE = """state prescription-drug-monitoring-program patient report (Kentucky-style) run from the ED:
request number and run stamp, the requesting physician's DEA, the search and matched patient (name in
capitals and in full, DOB, address, ZIP, cell), a fixed-width fill table (dates, drug and strength, quantity,
days, MME per day, prescriber `Last, First` with credential and DEA, pharmacy), a prescriber NPI legend,
the ED MRN and ICD-10 codes; pasted by the ED physician with a question about red flags"""

NOTES = """Fill dates are about her care (gold); the report run stamp is log metadata (ambiguous); the
request number is a negative (report ID). `OSEI, ABENA M` and `Abena Maame Osei` are gold; prescribers
are gold in both forms (`Hollis, Marguerite` in two rows and `Hollis` in the legend); credentials (DDS,
MD, APRN) are outside. All four DEAs are gold and their second letters match the surnames
(`extra_check`); all three NPIs pass Luhn. The tablet strength `5/325` is a negative (looks like a date),
MME values, quantities and days are unlabelled; `extra_check` recomputes MME/day (oxycodone ×1.5,
tramadol ×0.2). Pharmacies are organisations (unlabelled); the pharmacy's phone is ambiguous (business);
the patient's cell is gold."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "dea0": g.dea("F", "F"),
        "ph1": g.phone("859", "dash"),
        "dea1": g.dea("B", "H"),
        "dea2": g.dea("F", "Q"),
        "dea3": g.dea("M", "A"),
        "npi1": g.npi(), "npi2": g.npi(), "npi3": g.npi(),
        "mrn": g.digits(8),
        "ph2": g.phone("859", "paren"),
    }
    t = r"""ED, 23:40. Patient wants more oxycodone for a tooth abscess, says she "lost" the last script. Does this PDMP history show red flags (several prescribers or pharmacies, overlapping fills, benzo plus opioid)? Keep it factual for the chart.

BLUEGRASS PDMP - PATIENT RX HISTORY REPORT
Request ⟦!PDMP report request number|25-0618-773194⟧, run ⟦?report run stamp (log metadata)|2025-06-18 21:47⟧
Requestor: ⟦name|Callum Fairweather-Ng⟧, MD, DEA ⟦dea|«dea0»⟧
Search: ⟦name|OSEI, ABENA M⟧   DOB ⟦date|04/27/1986⟧   ZIP ⟦zip|40517⟧
Match: ⟦name|Abena Maame Osei⟧, ⟦addr|3308 Tates Creek Rd, Apt 12⟧, Lexington KY ⟦zip|40517⟧, cell ⟦phone|«ph1»⟧

Filled      Drug                     Qty Days MME/d  Prescriber (DEA)                   Pharmacy
⟦date|05/02/2025⟧  oxycodone-APAP ⟦!tablet strength, not a date|5/325⟧     20    5    30  ⟦name|Hollis, Marguerite⟧ DDS (⟦dea|«dea1»⟧)  Bluegrass Rx #112
⟦date|05/09/2025⟧  oxycodone-APAP 5/325     20    5    30  ⟦name|Quist, Tobias⟧ MD (⟦dea|«dea2»⟧)      Main St Pharmacy
⟦date|05/21/2025⟧  tramadol 50 mg           28    7    40  ⟦name|Hollis, Marguerite⟧ DDS (⟦dea|«dea1»⟧)  Bluegrass Rx #112
⟦date|06/03/2025⟧  alprazolam 0.5 mg        60   30     -  ⟦name|Adeyemi-Brooks, Sade⟧ APRN (⟦dea|«dea3»⟧)  Main St Pharmacy

NPIs: ⟦name|Hollis⟧ ⟦npi|«npi1»⟧, ⟦name|Quist⟧ ⟦npi|«npi2»⟧, ⟦name|Adeyemi-Brooks⟧ ⟦npi|«npi3»⟧
ED today: MRN ⟦mrn|«mrn»⟧; dx ⟦icd|K04.7⟧ periapical abscess, ⟦icd|Z79.891⟧ long-term opiate use. Main St Pharmacy, ⟦?pharmacy phone (business)|«ph2»⟧, says the second oxycodone fill was paid in cash.
"""
    return t, v


FACTORS = {"oxycodone-APAP": 1.5, "tramadol": 0.2}


def extra_check(text, values):
    rows = re.findall(r"^\d{2}/\d{2}/\d{4}\s+(\S+)\s+(\d+(?:\.\d+)?)(?:/\d+)?(?: mg)?\s+(\d+)\s+(\d+)\s+(\S+)\s", text, re.M)
    assert len(rows) == 4, rows
    for drug, strength, qty, days, mme in rows:
        if drug in FACTORS:
            assert round(int(qty) / int(days) * float(strength) * FACTORS[drug]) == int(mme), (drug, mme)
        else:
            assert mme == "-"
    for key, surname in (("dea0", "Fairweather-Ng"), ("dea1", "Hollis"), ("dea2", "Quist"), ("dea3", "Adeyemi-Brooks")):
        assert values[key][1] == surname[0], key
    assert values["dea3"][0] == "M", "mid-level practitioner registrant letter"
