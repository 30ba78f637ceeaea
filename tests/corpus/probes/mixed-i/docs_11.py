GENRE = """research data-sharing request: a YAML front-matter block (request ID, requester, ORCID, IRB
   protocol, DUA version, field list) and a CSV sample of supposedly de-identified rows that still
   carry dates of birth, five-digit ZIP codes, admission dates and a free-text note naming a patient
   and linking her chart; pasted with a Safe Harbor question"""

NOTES = """* **Data-sharing request** (doc11). In the YAML block the requester's and the data steward's names and e-mails are gold, the
  ORCID iD is ambiguous (a researcher handle), the request ID, IRB protocol, DUA version and dataset
  version are negatives, the submission date is ambiguous (a document date, not about a patient).
  In the CSV, study IDs are negatives, `dob`, `admit`/`discharge` values and five-digit ZIPs are
  gold, ejection fractions and lengths of stay unlabelled, the Safe Harbor age band `90+` a
  negative. The notes' patient names (a full name, a wife's first name), a clinician's surname and the chart URL (gold `pii.url` with the
  MRN nested inside as `phi.mrn`) are gold."""


def make(g):
    v = {'mrn': g.d(8), 'orcid': '0000-0002-%s-%s' % (g.d(4), g.d(4)),
         's1': 'R-%05d' % g.r.randrange(100, 999), 's2': 'R-%05d' % g.r.randrange(1000, 1999),
         's3': 'R-%05d' % g.r.randrange(2000, 2999), 's4': 'R-%05d' % g.r.randrange(3000, 3999),
         's5': 'R-%05d' % g.r.randrange(4000, 4999), 's6': 'R-%05d' % g.r.randrange(5000, 5999)}
    t = """I'm the honest broker for this request. Is the sample below actually de-identified under HIPAA Safe Harbor? If not, list every field or value that must go, and suggest a fix for the note column.

---
request_id: ⟦!request ID|DSR-0193⟧
title: "30-day readmission after CHF discharge, 2019-2024"
requester:
  name: ⟦name|Hannah Okoro-Lindqvist⟧, PhD
  email: ⟦email|h.okoro-lindqvist@research.example.org⟧
  orcid: ⟦?ORCID iD (researcher handle)|«orcid»⟧
irb_protocol: ⟦!IRB protocol number|IRB-24-1187⟧
dua_version: ⟦!document version|DUA v2.3⟧
dataset_version: ⟦!dataset version|cohort-v5⟧
submitted: ⟦?document date (not about a patient)|2025-12-01⟧
deidentification: safe_harbor
purpose: >
  Estimate 30-day readmission risk after CHF discharge and validate a
  nurse-led follow-up call model across four community hospitals.
retention: destroy 24 months after project close
data_steward: ⟦name|Marcus Feldt⟧ (⟦email|mfeldt@research.example.org⟧)
fields: [study_id, dob, zip, admit, discharge, los_days, ef_pct, age_band, note]
---

study_id,dob,zip,admit,discharge,los_days,ef_pct,age_band,note
⟦!study ID|«s1»⟧,⟦date|1949-03-22⟧,⟦zip|01610⟧,⟦date|2023-02-14⟧,⟦date|2023-02-19⟧,5,35,70-79,"lives w/ daughter; HHC referral"
⟦!study ID|«s2»⟧,⟦date|1931-11-02⟧,⟦zip|01545⟧,⟦date|2022-08-30⟧,⟦date|2022-09-06⟧,7,25,⟦!Safe Harbor age band|90+⟧,"readmitted day 12, see ⟦url|https://chart.example.org/patient/⟦mrn|«mrn»⟧/encounters⟧"
⟦!study ID|«s3»⟧,⟦date|1957-06-09⟧,⟦zip|01604⟧,⟦date|2024-01-03⟧,⟦date|2024-01-08⟧,5,50,60-69,"per Dr. ⟦name|Lindahl⟧, Mrs. ⟦name|Gwendolyn Iversen⟧ fell at home post-discharge"
⟦!study ID|«s4»⟧,⟦date|1962-12-30⟧,⟦zip|01606⟧,⟦date|2021-04-17⟧,⟦date|2021-04-20⟧,3,40,50-59,""
⟦!study ID|«s5»⟧,⟦date|1940-07-04⟧,⟦zip|01520⟧,⟦date|2020-11-25⟧,⟦date|2020-12-02⟧,7,30,80-89,"Spanish interpreter; wife ⟦name|Rosa⟧ manages meds"
⟦!study ID|«s6»⟧,⟦date|1975-01-18⟧,⟦zip|01602⟧,⟦date|2024-05-06⟧,⟦date|2024-05-09⟧,3,55,50-59,"no issues"

(Full extract: 4,812 rows. The note column is free text copied from the discharge summary.)

We'd planned to drop `note` only for rows with a name in them, using a regex. Is that enough, or does the whole column have to go? And are `dob` and `zip` allowed if we keep them for the linkage step only?
"""
    return t, v
