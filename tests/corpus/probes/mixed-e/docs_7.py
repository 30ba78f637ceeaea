"""doc7: residential closing disclosure with escrow wiring details and a foreign seller."""

TEMPLATE = """CLOSING DISCLOSURE — excerpt (pages 1 and 5) with settlement agent's wiring sheet

Closing Information
  Date Issued: ⟦date|11/18/2025⟧     Closing Date: ⟦date|Friday, November 21, 2025⟧     Disbursement: ⟦date|11/21/2025⟧
  Settlement Agent: Flatirons Title & Escrow, LLC      File #: ⟦?escrow file number; no class|«file»⟧
  Property: ⟦addr|1290 Sagebrush Ridge Ct⟧, Louisville, CO ⟦zip|80027⟧     Parcel No.: ⟦?assessor parcel number; no class|«apn»⟧
  Sale Price: $842,500
Transaction Information
  Borrowers: ⟦name|Adaeze Whitmore-Kovač⟧ and ⟦name|Florian Kovač⟧, ⟦addr|3318 Pinebrook Cir, Unit 12⟧, Boulder, CO ⟦zip|80304⟧
  Seller: ⟦name|Nigel Ashcombe-Pryce⟧, ⟦addr|Flat 3, 27 Albemarle Row⟧, Bristol ⟦?foreign postcode|BS8 4LT⟧, United Kingdom
  Lender: Front Range Community Bank
Loan Information
  Loan Term: 30 years   Purpose: Purchase   Product: Fixed Rate   Loan Type: Conventional
  Loan ID #: ⟦?loan number; account at a lender, no class|«loan»⟧    MIC #: none
Loan Terms
  Loan Amount ⟦!dollar amount|$674,000⟧   Interest Rate ⟦!interest rate|6.125%⟧   Monthly Principal & Interest ⟦!dollar amount|$4,095.30⟧
  Cash to Close ⟦!dollar amount|$156,942.17⟧ (after the $25,000 earnest-money deposit wired ⟦date|10/24/2025⟧
  from the borrowers' account ending ⟦?masked account number (last 4)|«emd4»⟧)

Contact Information (page 5)
  Lender           Front Range Community Bank, NMLS ID ⟦!licence number (NMLS), like a bar number|«nmls_co»⟧
                   Loan officer ⟦name|Dana Whitfield-Ortiz⟧, NMLS ⟦!licence number (NMLS), like a bar number|«nmls_lo»⟧, ⟦email|dana.wo@example.com⟧, ⟦phone|303.555.0121⟧
  Buyer's agent    ⟦name|Priscilla "Cilla" Marchbanks⟧, Summit Key Realty, ⟦phone|720-555-0168⟧
  Seller's agent   ⟦name|Tomás Echeverría⟧, Foothill Homes Group, ⟦email|tomas.e@example.org⟧
  Settlement agent ⟦name|Rosalind Achterberg⟧ (escrow officer), ⟦email|r.achterberg@example.net⟧, direct ⟦phone|(303) 555-0126⟧

WIRING INSTRUCTIONS — verify by calling ⟦name|Rosalind⟧ at the number above; we never change
instructions by e-mail.
  Beneficiary bank:  Alpine Peak Bank, Boulder, CO      ABA/routing: ⟦aba|«aba»⟧
  Beneficiary:       Flatirons Title & Escrow, LLC — Escrow Trust Account
  Account no.:       ⟦acct|«acct»⟧
  Reference:         File «file» / ⟦name|Whitmore-Kovač⟧

SELLER PROCEEDS (foreign person — FIRPTA)
  Withheld under ⟦!statute citation|IRC § 1445⟧: 15% of $842,500 = $126,375.00, remitted with Forms 8288/8288-A.
  Seller ITIN: ⟦itin|«itin»⟧ (issued ⟦date|June 2025⟧)
  Net proceeds by international wire to: ⟦name|NIGEL ASHCOMBE-PRYCE⟧
    IBAN ⟦iban|«iban»⟧   BIC ⟦!bank identifier code (public, identifies a bank)|NWBKGB2L⟧
  Seller's mobile for call-back verification: ⟦phone|+44 7700 900418⟧

Borrower signatures: ⟦name|A. Whitmore-Kovač⟧ ⟦date|11/21/25⟧   ⟦name|F. Kovač⟧ ⟦date|11/21/25⟧
This form is based on the ⟦!regulation name and date|TRID rule (effective October 3, 2015)⟧.
"""


def make(g):
    iban = g.iban("GB", "NWBK")
    iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return TEMPLATE, {
        "file": "FTE-25-" + g.digits(5, "123456789"),
        "apn": g.digits(4, "1") + "-" + g.digits(2) + "-" + g.digits(1) + "-" + g.digits(2) + "-" + g.digits(3),
        "loan": g.digits(10, "123456789"),
        "emd4": g.digits(4, "123456789"),
        "nmls_co": g.digits(6, "123456789"),
        "nmls_lo": g.digits(7, "123456789"),
        "aba": g.aba(10),
        "acct": g.digits(12, "123456789"),
        "itin": g.itin(),
        "iban": iban,
    }
