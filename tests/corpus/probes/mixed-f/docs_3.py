# doc3: petition for involuntary psychiatric hold + notice of hearing, under counsel's cover note


def make(g):
    values = {
        "npi": g.npi("1"),
        "btc": g.btc(),
    }
    t = """⟦priv|PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION⟧
From: ⟦name|Priyanka Deshmukh-Ward⟧, Associate General Counsel   To: PES attending group
Summarise the two filings below for tonight's on-call team (what we must do before the hearing). Thx — ⟦?initials-only sign-off|PDW⟧

IN THE PROBATE COURT OF FRANKLIN COUNTY, OHIO — MENTAL HEALTH DIVISION
IN RE: ⟦name|YEVGENIA "ZHENYA" MARCHETTI-KOVALENKO⟧, Respondent            Case No. ⟦?docket number (case-number rule)|2025 MH 004417⟧

AFFIDAVIT / PETITION FOR EMERGENCY ADMISSION (R.C. ⟦!statute citation|5122.10⟧; Form ⟦!court form number|MH-1A⟧)
1. Respondent: ⟦name|Yevgenia "Zhenya" Marchetti-Kovalenko⟧, DOB ⟦date|April 9, 1988⟧, residing at ⟦addr|2208 Linwood Terrace, Unit 5⟧,
   Columbus, OH ⟦zip|43206⟧.
2. Petitioner: ⟦name|Oksana Kovalenko⟧ (mother), ⟦addr|951 Birchfield Ct⟧, Worthington, OH ⟦zip|43085⟧, tel. ⟦phone|614.555.0119⟧.
3. Facts: Since about ⟦date|Oct. 20, 2025⟧ respondent has stopped olanzapine (⟦!drug brand|Zyprexa⟧) and lithium, sleeps 1–2 h a night,
   and believes her neighbours transmit "instructions" through the smoke detector. On ⟦date|Sunday, November 16, 2025⟧ she drove the
   wrong way on I-670 and told officers she was "following the signal". She has sent about $9,400 to the bitcoin address
   ⟦btc|«btc»⟧ because "the voice needs the fee". She has eaten little for 5 days; weight 47 kg (BMI 16.9).
   ⟦name|Zhenya⟧ refused voluntary admission at the ED on ⟦date|11/17/2025⟧ and attempted to leave AMA.
4. Examining physician: ⟦name|Anjali Venkataraman⟧, MD, NPI ⟦npi|«npi»⟧, Psychiatric Emergency Services, Riverside University Hospital.
   Dx: schizoaffective disorder, bipolar type ⟦icd|F25.0⟧; cannabis abuse ⟦icd|F12.10⟧. Respondent represents a substantial risk of
   physical impairment to self (R.C. ⟦!statute citation|5122.01(B)(3)⟧) and would benefit from treatment in a hospital.
Sworn to before me ⟦date|11/17/2025⟧.   /s/ ⟦name|Oksana Kovalenko⟧   Deputy Clerk ⟦name|L. Ferreira-Mbeki⟧

NOTICE OF HEARING AND OF RIGHTS (R.C. ⟦!statute citation|5122.141⟧)
To ⟦name|Y. Marchetti-Kovalenko⟧, Respondent, now detained at Riverside University Hospital, Unit 5 North:
A full hearing on the petition is set for ⟦date|Monday, November 24, 2025⟧ at 9:00 a.m. before Magistrate ⟦name|Hollis T. Brannigan⟧,
Courtroom 6B. You have the right to attend, to counsel (appointed: ⟦name|Esperanza Villalobos⟧, Esq., Franklin County Public
Defender, Atty Reg. No. ⟦!attorney registration number (bar-number rule)|0091472⟧), to an independent expert evaluation (court
appointee: ⟦name|Kwabena Asante-Mensah⟧, PhD), to a closed hearing, and to a verbatim record. The hospital must produce the
respondent and the treatment records from ⟦date|11/17/2025⟧ forward at least 24 hours before the hearing.
Served ⟦date|11/18/2025⟧ 14:20 by Deputy ⟦name|Luis Ortega-Ruiz⟧, badge ⟦!deputy badge number|D-4471⟧.
Copies: petitioner; respondent's counsel; Dr. ⟦name|A. Venkataraman⟧; patient-rights advocate (⟦?public agency hotline (business contact)|1-800-555-0176⟧)
"""
    return t, values
