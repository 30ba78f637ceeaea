# doc9: patient-access call-centre quality-review log


def make(g):
    values = {
        "ssn": g.ssn(),
        "bcbs": "XOF" + g.digits(9),
        "aetna": "W" + g.digits(9),
        "mbi": (lambda m: f"{m[:4]}-{m[4:7]}-{m[7:]}")(g.mbi()),
        "apikey": g.hex(40),
        "slack": g.slack_bot(),
        "ma": "CMA" + g.digits(8) + "01",
    }
    t = """PATIENT ACCESS CENTER — QA CALL REVIEW LOG · Reviewer: ⟦name|Yolanda Betancourt-Sauer⟧ · batch ⟦!QA batch number|QA-49⟧
Scoring: greeting 10 / verification 30 / accuracy 30 / HIPAA 20 / close 10. Calls sampled from ⟦!review period (not about a person)|Dec 1–5⟧.

CALL 1 · rec ⟦?call recording ID|CR-20251201-00917⟧ · ⟦?call timestamp (log metadata)|12/01 08:12⟧ · agent ⟦name|Tevita Havili⟧ · score 92
  Caller: pt ⟦name|Rosalind Achterberg⟧. Verified name + DOB (⟦date|9/17/1954⟧) + street (⟦addr|62 Wexford Ln⟧) ✔. Resched. MRI
  to ⟦date|Thu 12/11⟧ 2:40 pm, Imaging Ctr B. Cb # confirmed as ⟦phone|(617)555.0142⟧. Member ID read back: BCBS ⟦hpid|«bcbs»⟧ ✔.
  Coaching: none.

CALL 2 · rec ⟦?call recording ID|CR-20251202-01133⟧ · ⟦?call timestamp (log metadata)|12/02 13:47⟧ · agent ⟦name|Priya Raman⟧ · score 61 ✖ HIPAA
  Caller said she was the daughter (⟦name|Leilani Kahananui⟧) of pt ⟦name|Keoni Kahananui⟧; agent disclosed appt time before
  verifying caller was on the release. Release on file lists son ⟦name|Makoa⟧ only. Pt DOB given ⟦date|March 3, 1941⟧ ✔; last-4
  SSN ⟦?last 4 of SSN|•••-••-4471⟧ ✔. Caller gave cb # as "⟦?phone number read out in words|six one seven, five five five, oh one three eight⟧";
  agent typed ⟦phone|617-555-0138⟧. Medicare MBI ⟦mbi|«mbi»⟧ on file. Escalated to privacy office (⟦!privacy incident number|PRV-2025-318⟧).

CALL 3 · rec ⟦?call recording ID|CR-20251203-00402⟧ · ⟦?call timestamp (log metadata)|12/03 09:05⟧ · agent ⟦name|Tevita Havili⟧ · score 70 ✖
  Caller: pt ⟦name|Dariusz Zając⟧ re: portal lockout. Agent asked for full SSN and READ IT BACK aloud (⟦ssn|«ssn»⟧) — SOP
  is last-4 only. IT notes lockout from repeated logins at ⟦ip|203.0.113.58⟧ (pt's home ISP, he confirmed). New appt
  ⟦date|12/15/2025⟧ 8:00 w/ Dr. ⟦name|Chukwuemeka Obi⟧ (neuro). Aetna ID ⟦hpid|«aetna»⟧, group ⟦?group number|086412-011⟧. cb ⟦phone|6175550129⟧.

CALL 4 · rec ⟦?call recording ID|CR-20251204-01876⟧ · ⟦?call timestamp (log metadata)|12/04 16:22⟧ · agent ⟦name|Guadalupe "Lupe" Arriaga⟧ · score 96
  Caller: ⟦name|Mai Linh Nguyen⟧ (self). DOB ⟦date|1988-10-02⟧, ZIP ⟦zip|02145⟧ ✔. Booked new-pt OB visit
  ⟦date|Mon, Jan 5, 2026⟧. ⟦!product brand|Glucola⟧ instructions sent to ⟦email|mailinh.ng88@example.org⟧.

CALL 5 · rec ⟦?call recording ID|CR-20251205-00233⟧ · ⟦?call timestamp (log metadata)|12/05 11:58⟧ · agent ⟦name|Oluwadamilare "Dami" Ogunleye⟧ · score 84
  Caller: ⟦name|Bartholomew Okonjo-Reyes⟧ (husband, on release ✔) for pt ⟦name|Inés Okonjo-Reyes⟧, DOB ⟦date|02/14/1936⟧ (⟦!age under 90|age 89⟧),
  ⟦addr|14 Ferncroft Rd⟧, ⟦zip|02467⟧ ✔. Dialysis chair change → ⟦date|Tue 12/16⟧ 6:15 am. Caller gave cb as "⟦?phone number read out in words|857, triple-five, oh-one-six-four⟧";
  ⟦name|Dami⟧ entered ⟦phone|857-555-0164⟧ ✔. Commonwealth MA member ID ⟦hpid|«ma»⟧. Referral dx ⟦icd|N18.6⟧, ⟦icd|Z99.2⟧.
  Coaching: spell surnames back with the phonetic alphabet ("O as in Oscar…").

TOOLING (for QA leads — ⟦name|Kofi Boateng⟧): the transcript export job failed again. Whoever pasted the vendor config into
last week's log: `SPEECHIQ_API_KEY=⟦apikey|«apikey»⟧` and the alert bot token `⟦slack|«slack»⟧` — both were
rotated by IT on ⟦!system event date (credential rotation)|12/03⟧; please never paste credentials here.
"""
    return t, values
