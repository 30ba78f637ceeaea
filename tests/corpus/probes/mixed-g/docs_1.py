"""Doc 1: surgical pathology report pasted by a nurse navigator."""


def make(g):
    v = {
        "mrn": "00" + g.digits(6, "1234567"),
        "fin": "77" + g.digits(8),
        "npi_att": g.npi("1"),
        "clia": "50D0" + g.digits(6),
        "cap": g.digits(7, "123456789"),
        "acc": "S25-0" + g.digits(5),
        "core": "S25-0" + g.digits(5),
    }
    t = """Can you rewrite the final diagnosis below in plain language for the patient's daughter, ⟦name|Siobhán⟧? She's asking what "⟦!pTNM stage|pT2 pN1a(sn)⟧" means and whether an Oncotype ⟦!recurrence score|RS 14⟧ is good. Under 150 words, no jargon.

----
MERIDIAN VALLEY HEALTH · DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE
⟦?lab address (business)|1400 Harborview Pkwy, Tacoma, WA 98402⟧ · CLIA ⟦?CLIA number (business)|«clia»⟧ · CAP ⟦?CAP number (business)|«cap»⟧

SURGICAL PATHOLOGY REPORT                       Accession: ⟦!accession number|«acc»⟧
Patient: ⟦name|NÍ BHRAONÁIN, PHILOMENA T⟧           MRN: ⟦mrn|«mrn»⟧
DOB: ⟦date|02/11/1933⟧   Age/Sex: ⟦age|92 Y⟧ / F          FIN: ⟦?encounter FIN (account at provider)|«fin»⟧
Collected: ⟦date|11/06/2025⟧ 10:42               Received: ⟦date|11/06/2025⟧ 13:15
Surgeon: ⟦name|Tomasz Wiśniewski-Hale⟧, MD         Copy to: ⟦name|Adaeze N. Okoro⟧, MD (PCP)

SPECIMENS
A. Sentinel lymph node #1, left axilla
B. Sentinel lymph node #2, left axilla
C. Left breast, partial mastectomy, oriented (short stitch superior, long lateral)

CLINICAL HISTORY
⟦age|92-year-old⟧ woman, left breast mass at 2 o'clock; core biopsy ⟦!accession number|«core»⟧ (⟦date|10/14/2025⟧): invasive ductal carcinoma. Pre-op diagnosis ⟦icd|C50.412⟧.

GROSS DESCRIPTION
Received in three formalin-filled containers, each labeled "⟦name|Philomena Ní Bhraonáin⟧" and "⟦mrn|«mrn»⟧".
A. "SLN #1, hot, ex vivo 312 counts": a 1.6 x 1.1 x 0.7 cm tan lymph node, bisected, entirely submitted in ⟦!block label|A1⟧.
B. "SLN #2, blue": two nodes, 0.9 and 0.5 cm, entirely submitted in B1-B2.
C. Oriented fibrofatty excision, 7.2 x 5.8 x 3.4 cm, 61 g. Inks: superior blue, inferior green, anterior red, posterior black, medial yellow, lateral orange. A firm stellate mass, 2.4 x 2.1 x 1.9 cm, lies 0.3 cm from the posterior margin. Representative sections in C1-C14. Cold ischemia < 1 h; fixation 6-72 h met.
Gross by ⟦name|Rahul Venkataraman⟧, MD (PGY-3).

MICROSCOPIC DESCRIPTION
A. Metastatic carcinoma, 3.1 mm, confined to the node. B. Two benign nodes (0/2); keratin stain negative. C. Infiltrating nests and cords of carcinoma with desmoplasia; intermediate-grade cribriform DCIS at the periphery.

FINAL DIAGNOSIS
A. Lymph node, sentinel #1, excision: METASTATIC CARCINOMA in 1 of 1 node (3.1 mm), no extranodal extension.
B. Lymph nodes, sentinel #2, excision: two lymph nodes, negative for carcinoma (0/2).
C. Breast, left, partial mastectomy: INVASIVE DUCTAL CARCINOMA, ⟦!eponym (grading system)|Nottingham⟧ grade 2, 2.4 cm; margins negative (posterior 3 mm).

SYNOPTIC REPORT - Invasive Carcinoma of the Breast (CAP protocol v⟦!protocol version (dotted quad)|4.10.0.0⟧; ⟦!staging manual edition|AJCC 8th ed.⟧)
Procedure: Excision less than total mastectomy | Laterality: Left
Tumor site: Upper outer quadrant, 2 o'clock, 6 cm from nipple
Histologic type: Invasive carcinoma of no special type | ICD-O-3: ⟦!ICD-O-3 morphology code|8500/3⟧
Histologic grade: G2 (tubules 3, nuclei 2, mitoses 1; score ⟦!score|6/9⟧)
Tumor size: 24 mm | LVI: not identified | Margins: negative, closest posterior 3 mm
Regional lymph nodes: 1/3 positive, macrometastasis; ENE not identified
Pathologic stage: ⟦!pTNM stage|pT2 pN1a(sn)⟧
Biomarkers (core ⟦!accession number|«core»⟧): ER ⟦!receptor percentage|95%⟧ strong, PR 40% moderate, HER2 1+ (negative), Ki-67 15%
Diagnosis codes: ⟦icd|C50.412⟧; ⟦icd|C77.3⟧ (secondary, axillary nodes)

Resident: ⟦name|Rahul Venkataraman⟧, MD
I have personally examined the slides and agree with the findings above.
Electronically signed: ⟦name|Ingrid Halvorsen-Mbeki⟧, MD, Attending Pathologist, NPI ⟦npi|«npi_att»⟧, ⟦date|Mon 11/10/2025⟧ 16:22

ADDENDUM (⟦date|11/17/2025⟧): ⟦!drug/test brand|Oncotype DX⟧ Breast Recurrence Score, sent ⟦date|11/12/2025⟧ at the request of Dr. ⟦name|Okoro⟧: result ⟦!recurrence score|RS 14⟧. Called to Dr. ⟦name|Okoro⟧ 09:05. - ⟦name|I. Halvorsen-Mbeki⟧
"""
    return t, v
