# doc5: pharmacy prior-authorization request sent by fax


def make(g):
    values = {
        "npi": g.npi("1"),
        "dea": g.dea("B", "R"),
        "member": "W" + g.digits(9),
        "group": g.digits(6),
        "badnpi": g.bad_npi(),
    }
    t = """═══════════════════════ FAX COVER SHEET ═══════════════════════
⟦?fax header timestamp (log metadata)|Dec. 2. 2025 4:48PM⟧  FROM: ⟦?clinic fax number (business contact)|773 555 0171⟧  LAKESHORE RHEUMATOLOGY   P. 1/4

TO:    Prior Authorization Dept., CareRx Pharmacy Benefits    FAX: ⟦?PBM fax number (business contact)|1-866-555-0107⟧
FROM:  Lakeshore Rheumatology Associates, ⟦?clinic street address (business contact)|6 N Michigan Ave, Ste 1400⟧, Chicago IL      PH: ⟦?clinic main number (business contact)|(773) 555-0170⟧
RE:    URGENT — PA request, ⟦!drug brand|Rinvoq⟧ (upadacitinib)            Pages: 4 incl. cover
Contact: ⟦name|Wanjiru Kamau⟧, RN (PA nurse) — direct ⟦phone|773-555-0183⟧, ⟦email|w.kamau@lakeshore-rheum.example.org⟧

⟦!HIPAA fax confidentiality notice (not a legal privilege marker)|CONFIDENTIALITY NOTICE⟧: This facsimile contains protected health information. If received in error,
notify the sender and destroy all copies.
────────────────────────────────────────────────────────────────
PHARMACY PRIOR AUTHORIZATION REQUEST — Commercial / Exchange plans
Date of request: ⟦date|Dec 2, 2025⟧          ☑ Expedited (delay may jeopardize function)   ☐ Standard
MEMBER   Name: ⟦name|TRAN, THI BICH NGOC⟧ (pref. name "⟦name|Ngọc⟧")   DOB: ⟦date|1961-05-23⟧   Sex: F
         Member ID: ⟦hpid|«member»⟧   Group #: ⟦?group number|«group»⟧   RxBIN ⟦!pharmacy BIN|610014⟧  PCN ⟦!pharmacy PCN|CRXCOMM⟧
         Address: ⟦addr|5539 N Kenmore Ave #2⟧, Chicago, IL ⟦zip|60640-1127⟧      Phone: ⟦phone|(312) 555-0126⟧
PRESCRIBER  ⟦name|Ramón A. Reyes-Akinola⟧, MD      NPI ⟦npi|«npi»⟧   DEA ⟦dea|«dea»⟧   Specialty: rheumatology
            (prior auth ref. on old form listed NPI ⟦!NPI-shaped number that fails the Luhn check|«badnpi»⟧ — typo, please disregard)
DRUG     upadacitinib ER 15 mg tab, 1 PO daily, #30 / 30 days, refills 5   NDC ⟦!NDC|0074-2306-30⟧
DIAGNOSIS  ⟦icd|M05.79⟧ RA w/ rheumatoid factor, multiple sites, w/o organ involvement;  ⟦icd|Z79.899⟧ long-term drug therapy
STEP THERAPY / PRIOR TREATMENT
  1. methotrexate PO → SC ⟦!dose|20 mg⟧ weekly   ⟦date|03/2022⟧ – ⟦date|11/2023⟧   stopped: transaminitis (ALT 3.4× ULN)
  2. hydroxychloroquine ⟦!dose|200 mg⟧ BID       ⟦date|03/2022⟧ – present     partial response
  3. adalimumab-adaz (⟦!drug brand|Hyrimoz⟧) ⟦!dose|40 mg⟧ SC q2wk   ⟦date|Jan 8, 2024⟧ – ⟦date|Sep 30, 2025⟧   secondary failure (ADA Ab +)
  4. etanercept-szzs (⟦!drug brand|Erelzi⟧) — plan-preferred TNFi; trial ⟦date|10/06/2025⟧ – ⟦date|11/21/2025⟧: inj-site reactions, no response
CLINICAL  CDAI ⟦!disease-activity score|31.5⟧ (high) on ⟦date|11/24/2025⟧; 11 swollen / 14 tender joints; CRP 2.8 mg/dL (ref < 0.5)
  QuantiFERON-TB Gold neg ⟦date|10/14/2025⟧; HBsAg neg, anti-HBc neg; lipids WNL; no hx VTE, no malignancy; non-smoker.
  Pt counselled re: boxed warning (MACE, thrombosis, malignancy); consented ⟦date|11/24/2025⟧.
Ship to: pt home (specialty pharmacy: ⟦!specialty pharmacy brand|Accredo⟧? — member to confirm). Rx # ⟦?prescription number|7730412⟧.
I attest the above is accurate and supported by the medical record.
Prescriber signature: ⟦name|R. Reyes-Akinola⟧, MD        Date: ⟦date|12/02/2025⟧
"""
    return t, values
