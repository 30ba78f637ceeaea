"""doc10: genetic counselling note with a text pedigree and variant nomenclature."""

TEMPLATE = """CANCER GENETICS CLINIC — GENETIC COUNSELLING NOTE (results disclosure)
Proband: ⟦name|Rhiannon Castellví-Doyle⟧   DOB ⟦date|1981-06-19⟧   MRN ⟦mrn|«mrn»⟧
Visit: ⟦date|Thursday, 4 December 2025⟧ (telehealth)   Cell ⟦phone|(617) 555-0181⟧
Counsellor: ⟦name|Yusra Hallberg⟧, MS, CGC   Supervising geneticist: Dr. ⟦name|Emeka Lindqvist⟧
Referred by: ⟦name|Caroline Beaumont-Nakata⟧, MD (breast oncology)

Indication: triple-negative breast cancer, left, UOQ, dx age 41 (⟦icd|C50.412⟧); family history of breast
and ovarian cancer (⟦icd|Z80.3⟧, ⟦icd|Z80.41⟧). ⟦!eponymous syndrome name|Lynch⟧ and ⟦!eponymous syndrome name|Li-Fraumeni⟧ criteria not met.

PEDIGREE (generation-individual; maternal side first)
I-1   MGF ⟦name|Jordi Castellví⟧, d. ⟦!year only|1988⟧ ⟦!age under 90|aged 71⟧ (gastric cancer at 69)
I-2   MGM ⟦name|Montserrat Puig i Ferrer⟧, ⟦age|94 y⟧, living, Girona; ovarian ca at 68, treated ⟦!year only|1999⟧
II-1  Mother ⟦name|Núria Castellví⟧, died ⟦date|14 March 2009⟧ aged 58, ovarian ca dx ⟦!year only|2007⟧
II-2  Father ⟦name|Patrick Doyle⟧, 79, prostate ca at 70 (⟦!pathology score|Gleason 3+4⟧)
II-3  Maternal aunt ⟦name|Mercè Castellví⟧, 61, breast ca at 49, lives in Leeds, UK; BRCA1 positive
II-4  Paternal great-aunt ⟦name|Bridget "Bridie" Doyle⟧, ⟦age|97⟧, no cancer
III-1 Proband (↗), 44
III-2 Brother ⟦name|Liam Castellví-Doyle⟧, 39, untested
IV-1  Daughter ⟦name|Aoife⟧, 16; IV-2 son ⟦name|Oriol⟧, 12 (no testing before 18)

RESULT (lab accession ⟦!lab accession number|«acc»⟧, reported ⟦date|11/20/2025⟧, 84-gene panel ⟦!panel version|v4.2⟧)
PATHOGENIC: ⟦!variant nomenclature (transcript and HGVS), not an identifier|NM_007294.4(BRCA1):c.5266dupC⟧, ⟦!protein-level HGVS, not an identifier|p.Gln1756Profs*74⟧, heterozygous
  dbSNP ⟦!dbSNP reference id|rs80357906⟧; ⟦!genomic coordinate|chr17:43057051⟧ (⟦!genome build|GRCh38⟧); ClinVar ⟦!ClinVar variation id|VCV000017677⟧; ACMG PVS1, PM3, PS4
VUS: ATM ⟦!variant nomenclature, not an identifier|c.4388T>G⟧ (⟦!protein-level HGVS, not an identifier|p.Phe1463Cys⟧) — not used for management.
Coded: ⟦icd|Z15.01⟧ genetic susceptibility to malignant neoplasm of breast.

The aunt's result (same variant) came from the Leeds genetics laboratory; her letter lists NHS
number ⟦nhs|«nhs»⟧ and she agreed, by phone on ⟦date|28 Nov 2025⟧ (⟦phone|07700 900«uk»⟧), to share it.

DISCUSSION
Reviewed autosomal dominant inheritance (50% to each child), contralateral breast and ovarian
risks (⟦!eponymous risk model|Tyrer-Cuzick⟧ not applicable once a pathogenic variant is known; ⟦!risk model name|CanRisk⟧ v2 used),
and options: RRSO by 35–40 (already past), contralateral mastectomy, PARP inhibitor eligibility.
Cascade testing: family letters for ⟦name|Liam⟧ and for maternal cousin ⟦name|Jordi Castellví Puig⟧ (Girona);
⟦name|Rhiannon⟧ will tell ⟦name|Bridie⟧'s branch herself. ⟦!statute acronym (Genetic Information Nondiscrimination Act), not a given name|GINA⟧ protections explained.

Plan: gyn-onc referral to Dr. ⟦name|Saoirse Vandermeulen⟧ (⟦date|Jan 7, 2026⟧); breast MRI annually; return for
family session ⟦date|2026-02-11⟧. Time: 60 min, >50% counselling.
⟦name|Y. Hallberg⟧, MS, CGC — signed ⟦date|12/04/2025⟧
"""


def make(g):
    nhs = g.nhs()
    return TEMPLATE, {
        "mrn": g.digits(9, "123456789"),
        "acc": "25-GX-" + g.digits(6),
        "nhs": nhs,
        "uk": g.digits(3),
    }
