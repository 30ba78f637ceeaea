"""doc8: psychotherapist's DAP progress notes over three sessions, with a safety plan."""


def make(g):
    v = {}
    v["nhs"] = g.nhs()
    v["member"] = "BSH" + g.digits(8)
    v["sis"] = g.fmt(g.phone("617"), "paren")
    v["nana"] = g.fmt(g.phone("617"), "dash")
    v["ex"] = g.fmt(g.phone("781"), "dash")
    v["office"] = "⟦?practice line (business)|" + g.fmt(g.phone("617"), "paren") + "⟧"
    v["pd"] = "⟦?police non-emergency line (business)|" + g.fmt(g.phone("617"), "dash") + "⟧"
    v["lic"] = g.digits(6)
    t = """Please condense these three DAP notes into a short treatment summary for the insurer's utilization review: diagnoses, dates of service, progress and plan only. Leave out anything they don't need.

HARBOR LIGHT COUNSELING, PLLC - PROGRESS NOTES
Client: ⟦name|Rosalind Mbeki-Harcourt⟧   DOB: ⟦date|07/22/1991⟧   Client ID: ⟦mrn|HLC-20931⟧
Dx: ⟦icd|F43.10⟧ PTSD, unspecified; ⟦icd|F33.1⟧ MDD, recurrent, moderate
Payer: Bay State Health, member ⟦plan|«member»⟧
Prior care: NHS Greater Manchester Mental Health 2019-2022, NHS no. ⟦nhs|«nhs»⟧; records requested ⟦date|10/06/2025⟧.
Telehealth link goes to ⟦email|rmbekiharcourt@example.net⟧.

SESSION 1 - ⟦date|Mon 10/06/2025⟧, 53 min, ⟦!CPT code|90837⟧, telehealth
D: Client reports "i haven't slept right since ⟦name|tyler⟧ moved back to quincy." Ex-partner ⟦name|Tyler Brennan-Shaw⟧
   was released in August; "he keeps driving past my mom's house." Describes her grandmother ⟦name|Oona Mbeki⟧,
   a ⟦age|94-year-old⟧ retired midwife, as "the only one who gets it. nana ⟦name|oona⟧ doesn't ask questions."
A: ⟦!screening score|PCL-5 = 52⟧, ⟦!screening score|PHQ-9 = 17⟧. Hypervigilance, avoidance, sleep onset ~2 h. Denies SI/HI.
P: Begin cognitive processing therapy, weekly. Build safety plan next session.

SESSION 2 - ⟦date|Mon 10/13/2025⟧, 55 min, ⟦!CPT code|90837⟧
D: "my sister ⟦name|kezia⟧ said i can stay with her in braintree if it gets bad." Brought the notice for the
   protective-order hearing on ⟦date|11/04/2025⟧. Safety plan completed (below).
A: ⟦!screening score|PHQ-9 = 15⟧. Engaged, tearful when discussing the hearing.
P: Continue CPT protocol; impact statement as homework.
   SAFETY PLAN (copy given to client)
   1. Warning signs: seeing his truck, 2+ nights without sleep, isolating.
   2. Coping: box breathing, running the Neponset trail, cold water on face.
   3. People: sister ⟦name|Kezia Mbeki-Harcourt⟧ ⟦phone|«sis»⟧; Nana ⟦name|Oona Mbeki⟧ (⟦age|94 yrs⟧) ⟦phone|«nana»⟧ (landline).
   4. Professionals: this office «office»; ⟦!national crisis line|988⟧ Suicide & Crisis Lifeline;
      Quincy PD non-emergency «pd».
   5. Safe environment: sister holds spare keys; no firearms in the home.
   6. Reason for living: "my cat. finishing my nursing degree."

SESSION 3 - ⟦date|Mon 10/20/2025⟧, 52 min, ⟦!CPT code|90837⟧
D: ⟦name|tyler⟧ texted from a new number, ⟦phone|«ex»⟧, "just want to talk." She did not reply and saved a
   screenshot for the hearing. "⟦name|kezia⟧'s been amazing, she drove me to work all week."
A: ⟦!screening score|PHQ-9 = 12⟧, ⟦!screening score|PCL-5 = 44⟧. Sleep improving; avoidance decreasing.
P: Continue weekly CPT; review safety plan ⟦date|10/27/2025⟧.

⟦name|Margarethe Solberg-Adeyinka⟧, LICSW (lic. ⟦!clinician licence number|«lic»⟧)
"""
    return t, v
