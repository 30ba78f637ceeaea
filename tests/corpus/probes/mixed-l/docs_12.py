"""doc12: hard negative - clinical chemistry QC and proficiency-testing monthly summary."""

GENRE = """hard negative, no gold: a hospital core laboratory's monthly chemistry quality-control and
proficiency-testing summary (analyzer model, serial and a software version shaped like an IPv4 address,
the lab's CLIA number, QC levels with targets and SDs, Westgard and Levey-Jennings, reagent lot and
expiry, a ten-digit purchase order, a GTIN, an instrument error code shaped like an ICD-10 code, a
catalogue number shaped like an NPI, PT survey IDs and dates, an age band in a reference interval, the
state public-health laboratory's phone and a public URL); pasted with a request for a memo to the lab
director"""

NOTES = """No gold: no date, number or name is about a person. The reporting month, run dates, survey
shipping and due dates and the corrective-action date are negatives (process dates). `4.2.0.118` is a
software version (negative whose reason says it is not an IP); the ten-digit purchase order is a negative
whose reason says it is not a phone number; the catalogue number (`1` + 9 digits) fails the NPI check and
the GTIN fails Luhn (both negatives, `extra_check` verifies); `E72.1` is an instrument error code shaped
like an ICD-10 code (negative). `Westgard`, `Levey-Jennings` and `Cushing` are eponyms (negatives). `90
years and older` is an age band in a reference interval (negative). The lab's CLIA number, the
public-health laboratory's phone and the reagent lot expiry are ambiguous (business identifiers, expiry
rule); the CDC page is a public URL (negative)."""

DATE_ORDER = "MDY"
HARD_NEGATIVE = True


def _luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def make(g):
    while True:
        cat = "1" + g.digits(9, False)
        if not _luhn_ok("80840" + cat):
            break
    v = {"cat": cat, "gtin": g.gtin14(), "po": "44" + g.digits(8, False)}
    t = r"""Draft a short memo to the lab director summarising June QC and proficiency testing, and list the corrective actions that are due. No patient data is involved.

CORE LAB - CHEMISTRY QC & PT SUMMARY - ⟦!reporting month, not about a person|June 2025⟧
Analyzer ⟦!instrument model|Vantera C-700⟧, s/n ⟦!instrument serial number|C7-44018-23⟧, software ⟦!software version that looks like an IPv4 address, not an IP|4.2.0.118⟧, CLIA ⟦?laboratory CLIA number (business identifier)|19D0123456⟧

1. Glucose L1: target 98 mg/dL, SD 2.9. Run of ⟦!QC run date, not about a person|06/14/2025⟧ read 107 mg/dL, a 1-3s violation under the ⟦!quality-control rules named after a person (eponym)|Westgard⟧ rules; repeat in range.
2. Potassium L2: shift on the ⟦!eponymous QC chart|Levey-Jennings⟧ chart since ⟦!QC event date, not about a person|06/09/2025⟧ (mean 4.1 to 4.3 mmol/L). Reagent lot ⟦!reagent lot number|K2504-118⟧, exp ⟦?reagent lot expiry|2025-11-30⟧, GTIN ⟦!GTIN-14 barcode number, not a card (fails Luhn)|«gtin»⟧. Replacement ordered on PO ⟦!purchase order number, not a phone number|«po»⟧, catalogue ⟦!catalogue number shaped like an NPI (fails the check), not a phone number|«cat»⟧.
3. Analyzer logged error ⟦!instrument error code shaped like an ICD-10 code|E72.1⟧ three times; service ticket ⟦!service ticket number|SR-0098812⟧.
4. PT: survey ⟦!proficiency-testing survey ID|CHM-A 2025⟧ shipped ⟦!survey shipping date, not about a person|05/12/2025⟧, results due ⟦!survey due date, not about a person|06/02/2025⟧. 24 of 25 analytes acceptable; cortisol (the ⟦!eponym (Cushing syndrome screen)|Cushing⟧ screen) scored SDI -2.4, investigation open.
5. Reference intervals: the TSH interval for adults ⟦!age band in a reference interval, not a person's age|90 years and older⟧ is under review.
6. Calibration verification for creatinine passed across 0.2-24.5 mg/dL; next due ⟦!process due date, not about a person|09/15/2025⟧. Reagent refrigerator R-3 held 2-8 °C except one excursion to 9.1 °C on ⟦!equipment event date, not about a person|06/21/2025⟧ (14 minutes, reagents kept).
7. Competency assessments: 11 of 12 technologists complete; the twelfth is scheduled after leave.

Corrective actions are due ⟦!process due date, not about a person|06/30/2025⟧. Questions go to the state public health laboratory, ⟦?public agency phone (business)|(502) 555-0100⟧, or see ⟦!public documentation URL|https://www.cdc.gov/clia/⟧.

Lab director sign-off: ____________   Date: ________
"""
    return t, v


def extra_check(text, values):
    assert not _luhn_ok("80840" + values["cat"]), "catalogue number must fail the NPI check"
    d = [int(c) for c in values["gtin"]]
    s = sum(x * (3 if i % 2 == 0 else 1) for i, x in enumerate(reversed(d[:-1])))
    assert (10 - s % 10) % 10 == d[-1], "GTIN check digit"
    assert not _luhn_ok(values["gtin"]), "GTIN must fail Luhn"
