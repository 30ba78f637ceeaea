# doc1: EMS prehospital care report (ambulance run sheet)


def make(g):
    values = {
        "monitor": "LP15-" + g.digits(8),
    }
    t = """MIAMI VALLEY FIRE-RESCUE DISTRICT — PREHOSPITAL CARE REPORT (ePCR print, NEMSIS ⟦!data-standard version|v3.5.0⟧)
Unit: ⟦!unit designator|Medic 14⟧ (ALS)   Incident #: ⟦?incident number (case-number rule)|25-118472⟧   PCR #: ⟦?PCR number (case-number rule)|PCR-0069213⟧
Date of service: ⟦date|Sat 11/08/2025⟧   Response: 911 / Priority 1   Nature: FALL - POSS SYNCOPE

TIMES   PSAP 02:41:07 | Disp 02:42:30 | Enrt 02:43:55 | OnScn 02:51:12 | PtCt 02:52 | Dep 03:14:40 | AtDest 03:29:05 | Avail 04:02
SCENE   Private residence — ⟦addr|4471 Old Quarry Rd, Apt 2B⟧, Harlan Springs OH ⟦zip|45322⟧ (side door, key in lockbox)
        GPS (CAD fix): ⟦?bare GPS coordinates of the home (no class)|39.874120 N, 84.192650 W⟧  map: ⟦url|https://maps.google.com/?q=39.87412,-84.19265⟧

PATIENT ⟦name|WHITFIELD-OYELARAN, Beatrice M⟧   DOB ⟦date|03/02/1932⟧   Age ⟦age|93 Y⟧   Sex F   Wt 48 kg (est)
        PCP: Dr. ⟦name|Olúwaṣeun Adébáyọ̀⟧   Ins: Medicare / AARP supp (cards not located)
CREW    ⟦name|Tomasz Wiśniewski⟧, Paramedic, cert ⟦!EMS certification number (licence-number rule)|P-118842⟧ (lead / attending)
        ⟦name|Ngozi Eze-Balogun⟧, AEMT, cert ⟦!EMS certification number (licence-number rule)|A-207315⟧
        ⟦name|R. Castañeda⟧, EMT (driver)   Engine 9 first on scene
DEST    ⟦!saint's name in a hospital name|St. Brendan⟧ Regional Medical Center ED — bed ⟦!ED bed number|ED-7⟧; report to ⟦name|Farida Haddad⟧ RN;
        ED physician Dr. ⟦name|Kenji Morimoto⟧

NARRATIVE
Dispatched to above address for ⟦age|93 yo⟧ F, fall in bathroom, ? syncope. Caller is grandson ⟦name|Malik Whitfield⟧
(cb ⟦phone|(937) 555-0162⟧) who lives with pt. Found pt supine on bathroom floor, A&Ox4, GCS 15, c/o dizziness on standing
approx 0215 and L forearm skin tear ~4 cm. Denies CP, HA, neck/back pain; +brief LOC per grandson (< 1 min). Last known
well ⟦date|11/07/2025⟧ ~2300 when he checked on her. Hx per med list on fridge (Vial of Life): HTN, AFib on ⟦!drug brand|Eliquis⟧
5 mg BID, CHF, hypothyroid. NKDA per pt; grandson says "sulfa?".
Assess: skin pale/cool; ⟦!eponymous stroke scale|Cincinnati⟧ stroke scale neg; no midline C-spine tenderness (⟦!eponymous decision rule|Canadian C-Spine Rule⟧ low risk);
pelvis stable; L forearm lac, bleeding controlled w/ direct pressure.
Vitals 02:58  BP 92/54  HR 118 irreg  RR 20  SpO2 94% RA  BGL 142  EtCO2 33
       03:12  BP 104/60 HR 109 irreg  RR 18  SpO2 97% 2L NC
12-lead (monitor ⟦!cardiac monitor serial number|«monitor»⟧): AFib w/ RVR 110-120s, no STE/STD.
Tx: O2 2 L NC; IV 20g L AC, NS ⟦!fluid dose|250 mL bolus⟧; diltiazem withheld (SBP < 100, med control Dr. ⟦name|Morimoto⟧ concurs);
lac dressed. Moved to stair chair then stretcher, 3 straps + rails. Daughter/HCPOA ⟦name|Adaeze Whitfield-Oyelaran⟧ notified by
grandson, meeting us at ED, ⟦phone|+1 937-555-0188⟧.
Impression: syncope ⟦icd|R55⟧; fall same level ⟦icd|W18.30XA⟧; AFib w/ RVR ⟦icd|I48.91⟧; lac L forearm ⟦icd|S51.812A⟧.
Transfer of care to ⟦name|F. Haddad⟧ RN 03:31, verbal report given. Belongings: glasses, hearing aids (2), wedding ring — to grandson.

Pt signature: unable (tremor) — signed by ⟦name|Malik Whitfield⟧, grandson.   Refusal: N/A
Crew signature: ⟦name|T. Wiśniewski⟧, NRP   ⟦date|2025-11-08⟧ 04:11   Supply lot IV start kit ⟦!supply lot number|Lot 24K118⟧
"""
    return t, values
