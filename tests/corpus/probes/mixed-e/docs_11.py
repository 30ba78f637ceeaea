"""doc11: law firm conflict check and new-matter intake memo."""

TEMPLATE = """⟦priv|PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT⟧

⟦?law firm named after people|HARTWELL LOCKE LLP⟧ — NEW MATTER INTAKE AND CONFLICT CHECK
To: Conflicts Committee; New Business Intake
From: ⟦name|Imogen Strand-Okafor⟧, Partner, Health Care Litigation
Date: ⟦date|Monday, October 20, 2025⟧
Matter: ⟦?firm matter number; no class|«matter»⟧ (client no. ⟦?firm client number; no class|«client»⟧)

1. PROSPECTIVE CLIENT
⟦name|Beatriz L. Anand-Quiroga⟧ ("⟦name|Bea⟧"), individually and as executrix of the Estate of ⟦name|Rohan Anand⟧
DOB ⟦date|02/11/1968⟧; ⟦addr|58 Wexley Commons, Unit 4F⟧, Hartford, CT ⟦zip|06105⟧; cell ⟦phone|(860) 555-0131⟧; ⟦email|bea.anandq@example.com⟧
Identity verified ⟦date|10/17/2025⟧: CT driver's license ⟦dl|«dl»⟧ and U.S. passport ⟦passport|«passport»⟧ (copies in DMS).
Referred by ⟦name|Ezekiel Moravec⟧, formerly of this firm, now at ⟦?law firm named after people|Moravec Kline PLLC⟧.

2. MATTER
Wrongful death / medical negligence: delayed diagnosis of perforated appendicitis in Mr. ⟦name|Anand⟧
at St. Aldric Hospital, ED visits ⟦date|May 3⟧ and ⟦date|May 5, 2025⟧; died ⟦date|9 May 2025⟧. Death certificate: septic
shock (⟦icd|R65.21⟧) due to ⟦icd|K35.32⟧. Limitations (⟦!statute citation|Conn. Gen. Stat. § 52-555⟧, two years from death)
runs ⟦date|May 9, 2027⟧; the good-faith opinion letter under ⟦!statute citation|§ 52-190a⟧ is needed before filing.
Estate assets to value: decedent's 2019 Honda CR-V, VIN ⟦vin|«vin»⟧; a self-custody bitcoin wallet,
receive address ⟦crypto|«btc»⟧ (seed phrase in a safe-deposit box, per client).

3. ADVERSE AND RELATED PARTIES (all searched)
Adverse:  St. Aldric Health System, Inc.; St. Aldric Hospital
          ⟦name|Konstantin Petrakis-Mayo⟧, MD (ED attending, both visits)
          ⟦name|Tamsin Greaves⟧, RN (triage, ⟦date|5/3/25⟧)
          ⟦?company named after people|Whitcombe Emergency Physicians, P.C.⟧ (ED staffing group)
Insurer:  ⟦?company named after people|Keller-Brandt Mutual Insurance Co.⟧ (claims rep ⟦name|Odalys Fenwick⟧)
Likely opposing counsel: ⟦name|Gideon Farraday⟧ of ⟦?law firm named after people|Farraday & Muir LLP⟧
Related:  son ⟦name|Dev Anand-Quiroga⟧ (witness); probate counsel ⟦name|Marguerite Osei⟧, Esq.

4. CONFLICT SEARCH RESULTS (run ⟦date|10/20/2025⟧ by ⟦name|K. Thibodeaux⟧)
"⟦name|Petrakis-Mayo⟧": 1 hit, closed matter ⟦?firm matter number; no class|«oldmatter»⟧ in which Dr. ⟦name|Petrakis-Mayo⟧ was a
treating-physician witness for our client; not adverse then, no conflict.
"⟦?company named after people (search term)|Keller-Brandt⟧": 4 hits, all as insurer of adverse parties; no conflict.
"⟦!saint's name in a hospital name|St. Aldric⟧": none. "⟦?company named after people (search term)|Whitcombe⟧": none. "⟦name|Anand-Quiroga⟧": none.

5. BILLING
Contingent fee 33⅓% on the death claim; costs advanced. Probate work hourly (partner $640/hr).
Billing contact: ⟦name|Dev Anand-Quiroga⟧, ⟦email|dev.aq@example.net⟧, ⟦phone|860-555-0174⟧.
Probate retainer paid by card ending ⟦?masked card number (last 4)|«last4»⟧; receipt ⟦?receipt number; no class|«receipt»⟧.

Approved: ____ Conflicts Committee   ⟦?staff initials|ISO/kt⟧
⟦priv|Confidential — Attorney-Client Privileged — Prepared at the Direction of Counsel⟧
"""


def make(g):
    return TEMPLATE, {
        "matter": "2025-" + g.digits(4, "123456789") + "-HC",
        "client": "C" + g.digits(6, "123456789"),
        "dl": g.digits(9, "123456789"),
        "passport": g.r.choice("ACEFGHJKLMNPRSTUVWXYZ") + g.digits(8, "123456789"),
        "vin": g.vin("5J6", "K", "RW2H5"),
        "oldmatter": "2019-" + g.digits(4, "123456789") + "-ML",
        "last4": g.digits(4, "123456789"),
        "receipt": "R-" + g.digits(6, "123456789"),
        "btc": g.btc_p2wpkh(),
    }
