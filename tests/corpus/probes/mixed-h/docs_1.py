"""doc1: faxed cardiology referral as OCR output (two pages, fax banner, repeated header/footer)."""


def make(g):
    v = {}
    clinic_fax = g.phone("414")
    clinic_main = g.phone("414")
    v["fax"] = "⟦?sender fax number in the fax banner (business)|" + g.fmt(clinic_fax, "paren") + "⟧"
    v["to"] = "⟦?recipient fax number in the fax banner (business)|" + g.fmt(g.phone("414"), "run") + "⟧"
    v["main"] = "⟦?clinic switchboard (business)|" + g.fmt(clinic_main, "paren") + "⟧"
    v["home"] = g.fmt(g.phone("414"), "paren")
    v["dtr"] = g.fmt(g.phone("262"), "dash")
    v["direct"] = g.fmt(g.phone("414"), "dash")
    v["mbi"] = g.mbi()
    v["member"] = "XKW" + g.digits(9)
    v["grp"] = g.digits(7, "0")
    v["mrn"] = "LFM-00" + g.digits(5)
    v["npi"] = g.npi("1")
    v["banner1"] = ("⟦?fax transmission timestamp (log metadata)|NOV-03-2025 14:22⟧      FROM: LAKESHORE FAMILY MED  «fax»"
                    "      TO: «to»      P.1/2")
    v["banner2"] = ("⟦?fax transmission timestamp (log metadata)|NOV-03-2025 14:23⟧      FROM: LAKESHORE FAMILY MED  «fax»"
                    "      TO: «to»      P.2/2")
    v["rule"] = "-" * 80
    v["footer"] = "         CONFIDENTIAL: contains PHI. If received in error call «main»."
    v["hdr2"] = ("⟦name|GUNDERSEN, INGEBORG A.⟧   DOB ⟦date|04/17/1935⟧   MRN ⟦mrn|«mrn»⟧"
                 "                 Page 2 of 2")
    t = """Can you turn this faxed referral into a one-paragraph summary for our cardiology intake nurse, and list anything that is missing? It came through the e-fax as OCR text, sorry about the noise.

«banner1»
«rule»
LAKESHORE FAMILY MEDICINE, S.C. | ⟦?clinic street address (business)|2300 W Wisconsin Ave Ste 410⟧ | Milwaukee WI ⟦?clinic ZIP (business address)|53233⟧
Ph «main»   Fax «fax»

        REFERRAL F0R SPECIALTY C0NSULTATION

To: Mi1waukee Heart & Vascu1ar Associates
Attn: Dr. ⟦name|Rafael Quintanilla-Brandt⟧, Cardio1ogy          Date: ⟦date|11/03/2025⟧
Urgency: r0utine (within 2 weeks)

PATIENT: ⟦name|GUNDERSEN, INGEBORG A.⟧          DOB: ⟦date|04/17/1935⟧      Age: ⟦age|90 y⟧
MRN: ⟦mrn|«mrn»⟧        Sex: F     Lang: Eng1ish
Address: ⟦addr|3318 S Clement Ave⟧, Milwaukee WI ⟦zip|53207⟧
Home: ⟦phone|«home»⟧     Daughter (⟦name|Solveig Marsh⟧, HCPOA): ⟦phone|«dtr»⟧
Primary ins: Medicare Part B   MBI: ⟦mbi|«mbi»⟧
Secondary: Anthem BCBS Supp  ID ⟦plan|«member»⟧  Grp ⟦?group number|«grp»⟧

Reason for referra1: Mrs. ⟦name|Gundersen⟧ is a ⟦age|90-year-old⟧ woman with new-onset atria1 fibril-
lation (⟦icd|I48.91⟧) found on ECG ⟦date|10/27/2025⟧, ventricu1ar rate 112, BP 148/86. Also essential
hypertension (⟦icd|I10⟧) and CKD stage 3a (⟦icd|N18.31⟧), ⟦!lab value|eGFR 52⟧ on ⟦date|10/24/2025⟧. Started meto-
prolol tartrate ⟦!dosage|25 mg BID⟧. ⟦!risk score|CHA2DS2-VASc 5⟧, HAS-BLED 2. P1ease eva1uate for anticoagu-
lation and need for echocardiogram. She 1ives a1one; daughter he1ps with transp0rt.

«footer»
«rule»
«banner2»
«rule»
«hdr2»

Current medicati0ns: meto-
prolol tartrate ⟦!dosage|25 mg BID⟧; lisinopri1 10 mg dai1y; atorvastatin 20 mg qHS; vitamin D3
⟦!dosage|1000 IU⟧ dai1y. A11ergies: su1fa (rash).
Recent labs ⟦date|10/24/2025⟧: Hgb 12.1, P1t 214, ⟦!lab value|Cr 1.08⟧, K 4.6, TSH 1.9, ⟦!lab value|INR 1.0⟧.
Lab order # ⟦!order number|7741-2290⟧

Referring provider: ⟦name|Halvard Essien-Moore⟧, MD    NPI ⟦npi|«npi»⟧
Direct line for questi0ns: ⟦phone|«direct»⟧
E1ectronica1ly signed: ⟦name|H. Essien-Moore⟧ MD  ⟦date|11/03/2025⟧ 13:58

«footer»
"""
    return t, v
