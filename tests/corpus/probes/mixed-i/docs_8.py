GENRE = """hospital incident report and root-cause analysis of a heparin infusion error: staff named by
   role and name, the patient, MRN, event number, pump serial and a timeline table; pasted with a
   request for a blame-free five-bullet summary for the patient-safety committee"""

NOTES = """* **Incident report / RCA** (doc8). Staff names are gold in every form (`RN Jessica Thorne`,
  `Thorne`; role words and credentials outside). The event number, the pump serial, the room number,
  the NDC, the aPTT reference range and the heparin concentrations are negatives; the state
  patient-safety report number is ambiguous (case). The event date with its weekday (`Tuesday,
  September 16, 2025`, weekday checked) and its numeric forms are gold; clock times in the timeline
  table are unlabelled. The ICD-10 adverse-effect code `T45.515A` is gold. `age 78` is unlabelled. The action-item due date is ambiguous (a process date)."""


def make(g):
    v = {'mrn': 'E' + g.d(7), 'evt': 'EVT-25-' + g.d(5), 'serial': 'SN ' + g.d(4) + '-' + g.d(5),
         'ndc': '63323-' + g.d(3) + '-' + g.d(2), 'psrs': 'PSRS ' + g.d(7)}
    t = """Can you turn this RCA draft into a blame-free five-bullet summary for Thursday's patient-safety committee? Keep the action items.

INCIDENT REPORT / ROOT CAUSE ANALYSIS - CONFIDENTIAL PEER REVIEW
Event no. ⟦!event number|«evt»⟧   State report: ⟦?state patient-safety report number (case)|«psrs»⟧
Event date: ⟦date|Tuesday, September 16, 2025⟧   Unit: 5 North Cardiac Step-Down, Room ⟦!room number|5N-418⟧
Patient: ⟦name|Lionel Fairbanks⟧, MRN ⟦mrn|«mrn»⟧, DOB ⟦date|08/02/1947⟧ (age 78)
Event type: medication error, wrong rate (heparin infusion), harm category E
Diagnosis code: ⟦icd|T45.515A⟧ (adverse effect of anticoagulants, initial encounter)

Summary. Heparin 25,000 units in 250 mL (⟦!drug concentration|100 units/mL⟧, NDC ⟦!NDC|«ndc»⟧) was ordered at 18 units/kg/h (1,440 units/h = 14.4 mL/h). The infusion was programmed at 144 mL/h on pump ⟦!pump serial number|«serial»⟧ after a bag change. aPTT at 23:55 was ⟦!lab value|>150 s⟧ (ref ⟦!reference range|25-38 s⟧). The infusion was stopped; no bleeding occurred; the patient was monitored in the unit.

Timeline (⟦date|09/16/2025⟧ - ⟦date|09/17/2025⟧)
| time  | who                                  | what |
|-------|--------------------------------------|------|
| 21:40 | RN ⟦name|Jessica Thorne⟧              | hangs new bag; drug library bypassed ("basic mode") |
| 21:42 | RN ⟦name|Thorne⟧                      | programs 144 mL/h; independent double check not done |
| 22:30 | charge RN ⟦name|Marcus Oyelaran⟧      | rounds; pump rate not reviewed |
| 23:55 | lab                                  | aPTT critical, called to RN ⟦name|Thorne⟧ |
| 00:05 | Dr. ⟦name|Farah Siddiqui⟧ (hospitalist) | infusion held; protamine not indicated |
| 00:40 | ⟦name|Wei-Lin Chao⟧, PharmD            | pump history reviewed; rate error confirmed |
| 08:15 | risk manager ⟦name|Denise Albright⟧   | family (daughter ⟦name|Camille Fairbanks⟧) informed per disclosure policy |

Contributing factors: drug-library bypass allowed without override reason; bag change at shift handover; no second-nurse check required for rate changes; 10x keystroke pattern not flagged. The patient, Mr. ⟦name|Fairbanks⟧, was discharged on ⟦date|09/20/2025⟧ without sequelae.

Actions: (1) make the drug library mandatory for heparin (owner: pharmacy informatics, due ⟦?action-item due date (process, not about the patient)|October 31, 2025⟧); (2) hard stop at 50 mL/h for heparin; (3) two-nurse verification at every rate change; (4) share this case at the nursing grand round.

Report prepared by ⟦name|Denise Albright⟧, RN, CPHRM, on ⟦date|09/24/2025⟧.
"""
    return t, v
