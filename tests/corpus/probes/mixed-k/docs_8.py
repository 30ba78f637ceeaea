GENRE = ("HIPAA breach four-factor risk assessment drafted by a hospital privacy office at counsel's "
         "direction (workforce member snooping on neighbours' charts: access table with MRNs and birth dates, "
         "the employee's home IP and laptop MAC from the VPN log, the chart URL she opened, her e-mail); pasted "
         "with a question about whether HHS notification is required")
NOTES = ("The privilege line is gold. The 60-day rule's citation and the regulation's date are negatives; the "
         "incident and discovery dates and access timestamps' dates are gold (`2025-02-11T22:14` one span). "
         "Her home IPv4 (documentation range), IPv6 (2001:db8::/32) and MAC are gold; the VPN concentrator is "
         "infrastructure (ambiguous). The chart URL naming the patient's MRN is gold with the MRN nested. "
         "Employee ID ambiguous.")
def make(g):
    m1, m2 = g.digits(8), g.digits(8)
    t = """⟦priv|CONFIDENTIAL – PREPARED AT THE DIRECTION OF COUNSEL – ATTORNEY-CLIENT PRIVILEGED⟧
Is this reportable under 45 CFR ⟦!regulation section|164.402⟧? Be concise; I need a yes/no and why.

BREACH RISK ASSESSMENT – Incident PRV-25-031
Workforce member: ⟦name|Tamsin Okwuosa-Grant⟧, patient access rep, employee ID ⟦?employee ID|E204571⟧, ⟦email|t.okwuosa-grant@example.org⟧
Discovered: ⟦date|February 19, 2025⟧ (proactive audit). Last access: ⟦date|2025-02-11T22:14⟧ from home via VPN.

| patient | MRN | DOB | accessed |
|---|---|---|---|
| ⟦name|Lindqvist, Björn⟧ | ⟦mrn|«m1»⟧ | ⟦date|07/04/1961⟧ | 14 times |
| ⟦name|Lindqvist, Ingrid⟧ | ⟦mrn|«m2»⟧ | ⟦date|12/19/1963⟧ | 6 times |

Both patients are her next-door neighbours on Fairmount Ave. Session source: ⟦ip|203.0.113.77⟧ and ⟦ip|2001:db8:4a1:7::19⟧, laptop MAC ⟦mac|00-00-5E-00-53-A4⟧, through concentrator ⟦?infrastructure IP|10.8.0.1⟧. She opened ⟦url|https://ehr.example.org/chart/⟦mrn|«m1»⟧/notes?section=psych⟧ four times.

Factor 1: psychiatric notes and HIV status (⟦icd|B20⟧, ⟦icd|F33.1⟧) – high sensitivity.
Factor 2: unauthorized person known to the patients.
Factor 3: screenshots? unknown; she denies.
Factor 4: not mitigated; no attestation of destruction.

Under the 2013 Omnibus Rule (effective ⟦!rule date|March 26, 2013⟧) the presumption is breach unless low probability of compromise. Notification clock runs from ⟦date|2/19/2025⟧. ⟦name|Ms. Okwuosa-Grant⟧ was placed on leave ⟦date|Feb 20, 2025⟧.
"""
    t = t.replace("⟦name|Ms. Okwuosa-Grant⟧", "Ms. ⟦name|Okwuosa-Grant⟧")
    return t, {"m1": m1, "m2": m2}
