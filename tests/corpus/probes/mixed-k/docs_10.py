GENRE = ("workers' compensation settlement term sheet with a Medicare set-aside, drafted by claimant's counsel "
         "(claimant's MBI, masked SSN, spouse's ITIN, disbursement table that must add up, wire details with ABA "
         "and account, a GB IBAN for the claimant's daughter in Manchester, a card for the mediator's fee); pasted "
         "with a request to check the arithmetic")
NOTES = ("The privilege line is gold. `xxx-xx-4417` is ambiguous (last four); the spouse's full ITIN gold. The "
         "claim number and WCAB case number are ambiguous; the MSA allocation and dollar amounts are unlabelled. "
         "make.py re-adds the disbursement table (must equal the gross). ABA, IBAN (mod 97), card (Luhn), MBI "
         "(format) verified.")
import re

def extra_check(text, spans):
    amts = [int(x.replace(",", "")) for x in re.findall(r"^[ ]+[A-Za-z' ()-]+:[ ]+\$([\d,]+)$", text, re.M)]
    gross = re.search(r"Gross settlement:\s+\$([\d,]+)", text)
    if not gross or not amts or sum(amts) != int(gross.group(1).replace(",", "")):
        return ["disbursement table does not add up"]
    return []

BROKEN = [("disbursement table off by 100", lambda: not extra_check("Gross settlement: $1,000\n  Fees: $600\n  Net: $500\n", []))]

def make(g):
    t = """⟦priv|ATTORNEY-CLIENT PRIVILEGED – SETTLEMENT DRAFT⟧
Check the math and the wire block before I send this to the carrier?

TERM SHEET – ⟦name|Marisol Echeverría-Batts⟧ v. Tri-County Logistics (WCAB ⟦?case number|ADJ11842276⟧; claim ⟦?claim number|WC-24-0081553⟧)
Claimant: ⟦name|Marisol Echeverría-Batts⟧, DOB ⟦date|5/30/1959⟧, SSN ⟦?masked SSN, last four|xxx-xx-4417⟧, Medicare MBI ⟦mbi|«mbi»⟧
Spouse (loss of consortium waiver): ⟦name|Delroy Batts⟧, ITIN ⟦itin|«itin»⟧
Date of injury: ⟦date|08-14-2022⟧ (lumbar fusion L4-5; ⟦icd|M51.16⟧, ⟦icd|M96.1⟧)

Gross settlement:          $185,000
  Attorney fee:            $27,750
  Costs:                   $3,412
  MSA (professional admin): $61,980
  Net to claimant:         $91,858

Net wire to claimant: First Sierra Credit Union, ABA ⟦aba|«aba»⟧, acct ⟦acct|«acct»⟧, name on account ⟦name|Marisol E. Batts⟧.
$5,000 gift from net to daughter ⟦name|Yesenia Batts⟧ in Manchester: IBAN ⟦iban|«iban»⟧.
Mediator fee (claimant's half, $1,150) paid by card ⟦card|«card»⟧ exp ⟦?card expiry|09/27⟧.

Release signing set for ⟦date|Friday, April 11, 2025⟧ at ⟦addr|2550 Fresno St, Suite 300⟧, Fresno, CA ⟦zip|93721⟧.

Notes to self: carrier's adjuster ⟦name|Brent Kowalski⟧ (⟦phone|559-555-0124⟧) wants the MSA approved by CMS before funding; Ms. ⟦name|Echeverría-Batts⟧ turned 65 on ⟦date|May 30, 2024⟧ so the Medicare-beneficiary threshold applies. Her future-care report is dated ⟦date|January 9, 2025⟧. Does the fee percentage (15%) match the fee agreement, and is the gift to ⟦name|Yesenia⟧ better done after funding?
"""
    c = g.card("4556")
    ib = g.iban_gb()
    return t, {"mbi": g.mbi(), "itin": g.itin(), "aba": g.aba(), "acct": g.digits(11), "iban": " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)),
               "card": " ".join(c[i:i + 4] for i in range(0, 16, 4))}
