"""doc12: hard negative, no gold: a sterile-compounding master formulation record."""

import re

GENRE = """hard negative, no gold: a hospital pharmacy's sterile-compounding master formulation record
(USP 797 category 2 morphine PCA cassette): document number, revision and effective dates, the
chapter's official date, an NDC dashed and run together (ten digits, phone-shaped), a part number, a
pump firmware version shaped like an IPv4 address, a drug-library version, worked concentration
arithmetic, eponymous equipment and references (`Luer`, `Trissel's`, `King`), a shelf location shaped
like an ICD-10 code, a population age band, a catalogue number shaped like an NPI, the compounding
line, NABP and permit numbers, blank label placeholders, a review month; pasted with a request to
reformat it into a new template"""

NOTES = """No gold: no date, number or name is about a person. The effective, superseded and review dates
and USP 797's official date are negatives (document and regulation dates). `3.1.0.22` is a firmware
version (negative whose reason says it is not an IP); the NDC digits run together and the catalogue
number are ten-digit negatives whose reasons say they are not phone numbers; the catalogue number
(`1` + 9 digits) fails the NPI check and the run-together NDC matches the dashed one (`extra_check`).
`B20.1` is a shelf location shaped like an ICD-10 code (negative); `Luer`, `Trissel's` and `King` are
eponyms (negatives); `90 years and older` is a population age band in a dosing note (negative). The
compounding line and the NABP number are ambiguous (business identifiers); the state permit is a
negative (licence rule). Label placeholders (`__/__/____`) are unlabelled. `extra_check` re-does the
concentration arithmetic."""

DATE_ORDER = 'MDY'


def make(g):
    t = """Please reformat this master formulation record into our new template (Ingredients / Equipment / \
Compounding steps / Quality control / BUD and storage). There is no patient information in it.

MASTER FORMULATION RECORD ⟦!document number|MFR-0142⟧ rev. C · effective ⟦!document effective date, not about a person|09/02/2025⟧ \
· supersedes rev. B of ⟦!superseded revision date, not about a person|03/17/2024⟧
Preparation: morphine sulfate 1 mg/mL in 0.9% sodium chloride, 100 mL PCA cassette. CSP category 2 \
under USP <797> (official ⟦!regulation date|November 1, 2023⟧).

Ingredients
- Morphine sulfate injection 25 mg/mL, 4 mL (NDC ⟦!NDC product code|0641-6127-25⟧; the scanner reads \
⟦!NDC digits run together, not a phone number|0641612725⟧)
- 0.9% sodium chloride 100 mL bag; remove 4 mL before adding the morphine (final 100 mL)

Equipment: ISO Class 5 biological safety cabinet in an ISO Class 7 buffer room; CADD-Solis cassette \
100 mL (part ⟦!part number|21-7002-24⟧); 5 mL ⟦!eponym (Luer connector)|Luer⟧-lock syringes; 0.2 µm \
filter not needed. Pump firmware ⟦!firmware version, not an IP address|3.1.0.22⟧, drug library \
⟦!drug-library version|HL-2025.3⟧. Filter catalogue no. \
⟦!catalogue number shaped like an NPI (fails the check), not a phone number|1830027741⟧.

Compounding steps
1. Check concentration: 25 mg/mL x 4 mL = 100 mg; 100 mg / 100 mL = 1 mg/mL.
2. Second-person verification of the 4 mL before injection into the bag port.
3. Transfer to the cassette, purge air, cap, label.

Quality control: volume and label double-check; visual inspection against black and white \
backgrounds; no sterility test (category 2).
BUD and storage: 10 days refrigerated, 4 days at room temperature. Refrigerator R2, shelf \
⟦!shelf location shaped like an ICD-10 code|B20.1⟧.
References: ⟦!eponymous reference (Trissel's Handbook)|Trissel's⟧ Handbook on Injectable Drugs; \
⟦!eponymous reference (King Guide)|King⟧ Guide to Parenteral Admixtures.
PCA protocol note (not patient-specific): for adults ⟦!population age band, not a person's age|90 years and older⟧ \
the pharmacy dispenses 0.5 mg/mL instead.
Label: "Patient: ________  DOB: __/__/____  Rx: ______  BUD: __/__/____"
Compounding line ⟦?pharmacy compounding line (business)|704-555-0190⟧ · NABP \
⟦?pharmacy NABP number (business identifier)|3412873⟧ · permit ⟦!pharmacy permit (licence number)|PHY.0012231⟧
Review due ⟦!document review month, not about a person|09/2026⟧. Approved by the Director of Pharmacy \
(signature on file).
"""
    return t, {}


def extra_check(text, gold, H):
    H.need(not gold, 'no gold in the hard negative')
    ndc = re.search(r'NDC (\d{4})-(\d{4})-(\d{2});', text)
    H.need(''.join(ndc.groups()) in text, 'run-together NDC matches the dashed one')
    cat = re.search(r'catalogue no\. (\d{10})', text).group(1)
    H.need(not H.npi_ok(cat), 'catalogue number fails the NPI check')
    m = re.search(r'(\d+) mg/mL x (\d+) mL = (\d+) mg; (\d+) mg / (\d+) mL = (\d+) mg/mL', text)
    a, b, c, d, e, f = map(int, m.groups())
    H.need(a * b == c == d and d // e == f and d % e == 0, 'concentration arithmetic')
