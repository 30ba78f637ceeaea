"""doc9: code-blue (in-hospital cardiac arrest) record."""

import re

GENRE = """in-hospital cardiac-arrest (code blue) record for a 93-year-old woman: the event date spelled out
with its weekday, room number, the patient with a quoted nickname, MRN, DOB, a goals-of-care date, a
Markdown resuscitation timeline (clock times, rhythms, drugs, joules, initials), the airway therapist,
team leader, recorder and pharmacist, a chest-compression device brand that reads like a surname, an
eponymous suction tip, the son's cell, ICD-10 codes; pasted with a request for a debrief narrative for
the resuscitation committee"""

NOTES = """`Saturday, August 16, 2025` is one span with its weekday (checked); `08/16/2025` recurs at the
signature (gold, time outside); the goals-of-care date is gold; clock times in the table are
unlabelled. `93 y` is an age (`extra_check` confirms 93 on the event date and that the timeline's
clock times increase). `Ottoline "Lina" Brzezinski-Achebe` is one span and `Lina` gold; `Casimir
Brzezinski` and `Casimir` are gold. Initials in the table (`TF`, `MR`) are ambiguous; `LUCAS` (a
compression device) and `Yankauer` (eponymous suction tip) are negatives, as is the room number.
`I46.9`, `I49.01` and `E87.5` are gold. Credentials (`RN`, `RRT`, `MD`, `PharmD`) and `Dr.` are outside
the spans."""

DATE_ORDER = 'MDY'


def make(g):
    v = dict(mrn=g.digits(8))
    t = """Please turn this code record into a short narrative for the resuscitation committee's debrief. \
Keep the times.

LAKELAND GENERAL · CODE BLUE RECORD · 4 West
Event: ⟦D|Saturday, August 16, 2025⟧ · called 03:12 · room ⟦!room number|4W-418⟧
Patient: ⟦N|Ottoline "Lina" Brzezinski-Achebe⟧ · MRN ⟦MRN|«mrn»⟧ · DOB ⟦D|12/30/1931⟧ (⟦AGE|93 y⟧) · 52 kg
Code status: full code (goals-of-care meeting ⟦D|08/14/2025⟧; son undecided)
Found by RN ⟦N|Tavita Faleolo⟧: unresponsive, no pulse. Monitor: PEA.

| Time | Rhythm | Action | By |
|---|---|---|---|
| 03:12 | PEA | CPR started; ⟦!device brand, not a person|LUCAS⟧ device on at 03:15 | ⟦?initials|TF⟧ |
| 03:14 | PEA | epinephrine 1 mg IV | ⟦?initials|MR⟧ |
| 03:18 | VF | shock 200 J biphasic | ⟦?initials|MR⟧ |
| 03:20 | VF | amiodarone 300 mg IV; shock 200 J | ⟦?initials|MR⟧ |
| 03:22 | VF | epinephrine 1 mg IV; calcium chloride 1 g (K 6.8) | ⟦?initials|MR⟧ |
| 03:26 | ROSC | HR 112, BP 88/54, EtCO2 38 | ⟦?initials|MR⟧ |

Airway: ⟦N|Deshawn Pickett⟧, RRT, ETT 7.5 at 22 cm, ⟦!eponym (suction tip)|Yankauer⟧ suction.
Team leader Dr. ⟦N|Matthias Røed-Ilunga⟧; recorder ⟦N|Meera Rao⟧, RN; pharmacist ⟦N|Joaquín Ybarra-Lenz⟧, PharmD.
Family: son ⟦N|Casimir Brzezinski⟧ called 03:35 at ⟦P|414-555-0191⟧, arrived 04:10; ⟦N|Casimir⟧ asks to revisit \
code status.
Dx: ⟦ICD|I46.9⟧ cardiac arrest; ⟦ICD|I49.01⟧ ventricular fibrillation; ⟦ICD|E87.5⟧ hyperkalemia
Post-ROSC to MICU bed 12. Debrief points: first epinephrine 2 min after PEA; shocks on time; \
⟦N|Lina⟧'s potassium was not sent until 03:22.
Signed ⟦N|Matthias Røed-Ilunga⟧, MD, ⟦D|08/16/2025⟧ 04:45
"""
    return t, v


def extra_check(text, gold, H):
    born = H.to_date(re.search(r'DOB (\S+)', text).group(1))
    ev = H.to_date(re.search(r'Event: (.+?) ·', text).group(1))
    H.need(H.age_on(born, ev) == 93 and gold.get('93 y') == 'pii.age_over_89', 'age 93 on the event date')
    times = re.findall(r'^\| (\d\d:\d\d) \|', text, re.M)
    H.need(len(times) == 6 and times == sorted(times), 'timeline in order')


BROKEN = [
    ('timeline out of order', '| 03:20 | VF', '| 03:13 | VF'),
]
