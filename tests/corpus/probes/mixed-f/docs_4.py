# doc4: auto-insurance claim adjuster's file notes


def make(g):
    values = {
        "vin": g.vin("4T1B11HK", "M", "U"),
        "dl": "B" + g.digits(3) + "-" + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(3) + "-" + g.digits(1),
        "itin": g.itin(),
        "aba": g.aba(2),
        "acct": g.digits(10),
        "tow": " ".join(g.bad_luhn(16, "4") [i:i + 4] for i in range(0, 16, 4)),
    }
    t = """CLAIM FILE NOTES — Claim ⟦?claim number|CL-25-0487716⟧ | Policy ⟦?auto policy number (no class)|PAP 7730218-04⟧ | Line: Auto BI/PD
⟦priv|PRIVILEGED AND CONFIDENTIAL — PREPARED IN ANTICIPATION OF LITIGATION⟧
DOL ⟦date|10/29/2025⟧ ~17:40, I-95 SB between exits 27 and 26, Bridgeport CT. Police rpt ⟦?police report number (case-number rule)|BPD 25-061733⟧.

PARTIES
NI / driver V1: ⟦name|Seo, Hyun-woo⟧ — 2021 Toyota Camry SE, VIN ⟦vin|«vin»⟧, CT plate ⟦?licence plate (no class)|AK 81402⟧
Pass. V1: ⟦name|Sione Tupou⟧ (no injury claimed)
Claimant / driver V2: ⟦name|Mariana Lucía Benítez Ocampo⟧, DOB ⟦date|07/14/1979⟧, FL DL ⟦dl|«dl»⟧ (moved to CT 2024, FL lic. still valid)
  ⟦addr|312 Glenbrook Rd, Apt 4⟧, Stamford, CT ⟦zip|06906⟧ · cell ⟦phone|203-555-0147⟧ · ⟦email|mlbenitez79@example.com⟧
  Rep'd by atty ⟦name|Giselle Ortiz⟧ of ⟦?law firm named after people|Ferrante & Koh LLP⟧ (LOR rec'd ⟦date|11/05/2025⟧)

FILE NOTES
⟦?file-note entry stamp (log metadata)|2025-10-30 08:52⟧ ⟦name|K. Abernathy-Lowe⟧: 1st contact w/ NI. Liability: NI admits he looked down at nav, rear-ended V2 at
  ~25 mph in slowing traffic. Liab 100% NI. Camry drivable; tow by Harbor Towing, receipt ⟦!tow receipt number (16 digits, Luhn-invalid)|«tow»⟧.
⟦?file-note entry stamp (log metadata)|2025-11-03 14:10⟧ ⟦?initials-only sign-off|KAL⟧: Recorded statement of claimant (Spanish; interpreter ⟦name|Jimena Ruiz-Tagle⟧, ID ⟦?interpreter ID (no class)|INT-3381⟧), 22 min.
  Summary: stopped in traffic, hit from behind, head struck headrest, "neck locked up" that night. Went to Bridgeport Hosp ED by
  private car same evening. No prior neck injuries; MVA in ⟦!year-only date|2016⟧ with no claim. Works as a dental assistant,
  missed 9 shifts (⟦date|10/30⟧–⟦date|11/11⟧). Wage verification req'd from employer.
⟦?file-note entry stamp (log metadata)|2025-11-20 10:31⟧ KAL: BI medical summary (records rec'd):
  - ED ⟦date|10/29/2025⟧: cervical strain ⟦icd|S16.1XXA⟧, L shoulder contusion ⟦icd|S40.012A⟧; CT head neg. Rx cyclobenzaprine ⟦!dose|10 mg⟧ qhs.
  - PT eval ⟦date|11/04/2025⟧, 12 visits auth'd; lumbar sprain ⟦icd|S33.5XXA⟧ added ⟦date|11/12/2025⟧ (pre-existing? — ask for PCP records).
  - Specials to date $6,812.40; MRI C-spine ⟦date|11/18⟧ pending report.
⟦?file-note entry stamp (log metadata)|2025-11-24 16:05⟧ KAL: Claimant has no SSN; W-9 rec'd w/ ITIN ⟦itin|«itin»⟧ (1099 for BI settlement).
  Settlement pymt by ACH requested by atty: ABA ⟦aba|«aba»⟧ acct ⟦acct|«acct»⟧ (claimant's own checking, Nutmeg State CU) —
  HOLD until release signed; confirm acct by call-back to ⟦name|Giselle Ortiz⟧ at ⟦?law firm main line (business contact)|(203) 555-0190⟧.
⟦?file-note entry stamp (log metadata)|2025-11-25 09:02⟧ KAL: PD V1 — pymt #2 to ⟦?business named after a person|DeLuca Brothers Collision⟧ $6,418.77, check ⟦!check number|004127⟧, estimate
  ⟦!estimate number|EST-88213⟧ (rear bumper cover OEM ⟦!OEM part number|52159-06983⟧, R tail lamp, ADAS radar recal). Supplement $912.10 approved.
  Reserve BI $18,500 → $22,000. Diary ⟦?adjuster diary follow-up date (workflow metadata)|12/26⟧. Supervisor ⟦name|D. Nakashima⟧ agrees.
"""
    return t, values
