"""doc5: health-plan explanation of benefits with claim lines."""

TEMPLATE = """CASCADIA MUTUAL HEALTH PLAN                 EXPLANATION OF BENEFITS — THIS IS NOT A BILL
⟦?health plan's own mailing address, business|PO Box 4410⟧, Tacoma, WA ⟦?health plan's own ZIP, business|98401-4410⟧        Statement date: ⟦date|November 14, 2025⟧

⟦name|KENJI TANAKA⟧
⟦addr|2208 NE Marrowstone Dr⟧
BOTHELL WA ⟦zip|98011-3319⟧

Subscriber: ⟦name|Kenji Tanaka⟧                  Subscriber ID: ⟦plan|«sub»⟧
Patient: ⟦name|Lucía Ferreira-Tanaka⟧ (dependent)    Member ID: ⟦plan|«mem»⟧
Group: ⟦?group number|«group»⟧ (Puget Orthotics LLC)   Plan: Cascadia Choice PPO 2000

CLAIM ⟦?claim number|«claim»⟧   received ⟦date|10/29/2025⟧, processed ⟦date|11/12/2025⟧
Provider: Evergreen Sports Medicine & Orthopedics PLLC (billing NPI ⟦npi|«npi_org»⟧, Tax ID ⟦?EIN of a practice|«ein»⟧)
Rendering: ⟦name|Oluwaseun Pettersson⟧, MD (NPI ⟦npi|«npi_md»⟧)   Patient account no.: ⟦?account number at the provider|«acct»⟧
Diagnoses on claim: ⟦icd|S83.241A⟧ (tear of medial meniscus, right knee, initial), ⟦icd|M25.561⟧

Ln DOS         Code       Service                    Billed    Allowed  Ded      Copay  Coins  Plan paid  Adj
1  ⟦date|10/21/2025⟧ ⟦!CPT code|99204⟧      New patient visit          385.00    212.47   0.00     40.00  0.00   172.47     ⟦!claim adjustment reason code|CO-45⟧
2  ⟦date|10/21/2025⟧ ⟦!CPT code|73721⟧      MRI knee w/o contrast      1,940.00  618.30   618.30   0.00   0.00   0.00       CO-45
3  ⟦date|10/21/2025⟧ ⟦!CPT code with modifier|20610-RT⟧   Arthrocentesis, major jt   260.00    96.12    0.00     0.00   19.22  76.90      CO-45
4  ⟦date|10/21/2025⟧ ⟦!HCPCS drug code|J3301⟧ x4   Triamcinolone 10 mg        88.00     7.36     0.00     0.00   1.47   5.89       CO-45, ⟦!remittance remark code|N130⟧
   TOTAL                                         2,673.00  934.25   618.30   40.00  20.69  255.26

Amount not covered (provider write-off, CO-45): ⟦!dollar amount|$1,738.75⟧. YOU MAY OWE THE PROVIDER: ⟦!dollar amount|$678.99⟧
Accumulators, ⟦!plan year|plan year 2025⟧: deductible $1,868.30 of $2,000.00 met; out-of-pocket $2,411.15 of $6,500.00.

NOTES
• Line 2: MRI was pre-authorized (auth ⟦?authorization number; no class|«auth»⟧, approved ⟦date|10/17/2025⟧).
• Line 4: drug units billed in 10 mg increments.
• A second claim for ⟦name|Lucía⟧ (physical therapy, DOS ⟦date|11/03/2025⟧) is pending and will appear on a later EOB.

YOUR RIGHT TO APPEAL: you may file an appeal within 180 days of receiving this notice. See
⟦!regulation citation|29 CFR 2560.503-1⟧ and the member handbook, version ⟦!document version|v2025.2⟧. Questions: Member Services
⟦?health plan toll-free line, business contact|1-800-555-0136⟧ (TTY 711), Mon–Fri 8 a.m.–6 p.m. Pacific.
"""


def make(g):
    base = g.digits(9, "123456789")
    return TEMPLATE, {
        "sub": "CMH" + base + "01",
        "mem": "CMH" + base + "02",
        "group": "G" + g.digits(6, "123456789"),
        "claim": "2025" + g.digits(3) + "E" + g.digits(6),
        "npi_org": g.npi(),
        "ein": g.digits(2, "123456789") + "-" + g.digits(7),
        "npi_md": g.npi(),
        "acct": "ES" + g.digits(7, "123456789"),
        "auth": "UM" + g.digits(8, "123456789"),
    }
