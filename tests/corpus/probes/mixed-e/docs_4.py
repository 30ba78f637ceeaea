"""doc4: dental periodontal charting and progress note with insurance subscriber details."""

TEMPLATE = """WILLOW CREEK DENTAL GROUP — PERIODONTAL CHARTING / PROGRESS NOTE
Patient: ⟦name|Oyelaran, Temitope A⟧ ("⟦name|Tope⟧")   Chart #: ⟦mrn|«chart»⟧   DOB: ⟦date|Sept. 30, 1971⟧
Visit: ⟦date|Wed, Oct 8, 2025⟧   Dentist: ⟦name|Ingrid Solvang⟧, DDS   Hygienist: ⟦name|Jolene Marchetti⟧, RDH
Address: ⟦addr|1186 Quillfeather Ln⟧, Nashville, TN ⟦zip|37211⟧   Cell: ⟦phone|(615) 555-0128⟧   ⟦email|tope.oyelaran@example.com⟧

Med hx: type 2 diabetes (⟦icd|E11.9⟧) on metformin (⟦icd|Z79.84⟧), ⟦!dose|1000 mg BID⟧; last A1c ⟦!lab value|7.4%⟧ (pt report,
⟦date|09/2025⟧). BP ⟦!vital sign|138/86⟧, pulse 72. NKDA. Last FMX ⟦date|03/2022⟧.
Dx: generalized chronic periodontitis, moderate — ⟦icd|K05.322⟧ (stage III, grade B).

PERIODONTAL CHART (probing depths in mm, 3 sites per surface; #1 missing)
UR tooth       #2   #3   #4   #5   #6   #7   #8
PD facial      ⟦!probing depths (mm), not identifiers|434  535  323  323  212  212  212⟧
PD lingual     ⟦!probing depths (mm), not identifiers|545  646  323  324  212  212  213⟧
Recession      ⟦!gingival recession (mm)|1    2    0    0    0    0    1⟧
Mobility/furc  ⟦!mobility and furcation grades|0/I  1/II 0/-  0/-  0/-  0/-  0/-⟧
LL tooth       #17  #18  #19  #20  #21  #22  #23  #24
PD facial      ⟦!probing depths (mm), not identifiers|--   435  546  323  212  212  212  212⟧
PD lingual     ⟦!probing depths (mm), not identifiers|--   536  657  334  223  212  212  212⟧
BOP: #2, #3, #18, #19 (⟦!percentage of sites|31%⟧ of sites). Plaque score ⟦!score|42%⟧.

PROCEDURES TODAY
⟦!CDT procedure code|D4341⟧ SRP, 4+ teeth, UR quadrant; ⟦!CDT procedure code|D4342⟧ SRP, 1-3 teeth, LL (#18, #19, #20).
Local: lidocaine 2% with epi 1:100,000, 2 carpules, lot ⟦!anesthetic lot number|«lot»⟧, exp ⟦?lot expiry|11/2026⟧.
Minocycline microspheres placed ⟦!tooth and site, not an identifier|#3 DB⟧ and ⟦!tooth and site, not an identifier|#19 ML⟧ (sites ≥ 6 mm).
OHI: interdental brushes size 2-3; pt demonstrated. Re-eval in 6 weeks, then 3-month perio
maintenance (⟦!CDT procedure code|D4910⟧) from ⟦date|January 2026⟧. Referral to periodontist ⟦name|Amani Whitlock-Barros⟧, DMD,
⟦?specialist office line, business contact|(615) 555-0190⟧, if #3 and #19 stay ≥ 6 mm.

DENTAL INSURANCE (from card, verified ⟦date|10/06/2025⟧)
Carrier: BrightArc Dental PPO   Payer ID ⟦!EDI payer id|«payer»⟧
Subscriber: ⟦name|Chukwuemeka N. Oyelaran⟧ (spouse)   Subscriber DOB: ⟦date|02/02/1969⟧
Subscriber ID (SSN or ID#), old-format field: ⟦ssn|«ssn»⟧
Member ID: ⟦plan|«member»⟧   Group: ⟦?group number|«group»⟧   Employer: Hallbrook Freight Lines
Annual max $1,500.00, used $412.00; pre-authorization ⟦?pre-authorization number, claim-like|«preauth»⟧ for D4341 x1.

Signed: ⟦name|Jolene Marchetti⟧, RDH / ⟦name|Ingrid Solvang⟧, DDS   ⟦date|10/08/2025⟧ 11:42
"""


def make(g):
    return TEMPLATE, {
        "chart": "WCD-" + g.digits(6, "123456789"),
        "lot": g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + g.digits(5),
        "payer": g.digits(5, "123456789"),
        "ssn": g.ssn(),
        "member": "BAD" + g.digits(9, "123456789"),
        "group": g.digits(6, "123456789"),
        "preauth": "PA" + g.digits(8, "123456789"),
    }
