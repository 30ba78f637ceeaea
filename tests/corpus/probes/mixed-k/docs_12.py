GENRE = ("hard negative, no gold: a county superior court's e-filing quick reference and local-rules excerpt "
         "(rule numbers, effective dates, fee table, case-number format, the clerk's phone and mailbox, the "
         "courthouse address and ZIP, filing envelope numbers, form numbers, Daubert hearings, statute "
         "citations, a sample bar number), pasted by a paralegal with a request for a filing checklist")
NOTES = ("No gold. Rule and policy dates, statutes, fees, form numbers, the sample case number and bar "
         "number are negatives; the clerk's public phone, mailbox and courthouse address/ZIP are ambiguous "
         "(business); a ten-digit envelope number and a 3-3-4 transaction ID are negatives whose reason says they "
         "are not phone numbers. `Daubert` and `Frye` are eponyms (negatives).")
def make(g):
    t = """Make me a one-page filing checklist from this for the new paralegals.

SUPERIOR COURT OF ALAMEDA VISTA COUNTY – E-FILING QUICK REFERENCE (rev. ⟦!policy revision date|January 1, 2025⟧)

1. Mandatory e-filing applies to all civil cases under Local Rule ⟦!rule number|3.30⟧ (effective ⟦!rule effective date|July 1, 2023⟧) and Cal. Rules of Court, rule ⟦!rule number|2.253⟧.
2. Case numbers use the format ⟦!sample case number format|25CV012345⟧ (two-digit year, case type, six digits).
3. Each submission gets an envelope number such as ⟦!envelope number, not a phone number|4820193657⟧ and a transaction ID such as ⟦!transaction ID, not a phone number|310-448-2291⟧. Keep both.
4. Attorneys must include their bar number (e.g., SBN ⟦!sample bar number|123456⟧) in the caption.
5. Fees (Gov. Code § ⟦!statute section|70611⟧): first paper ⟦!fee|$435⟧; motion ⟦!fee|$60⟧; ex parte ⟦!fee|$60⟧.
6. Motions to exclude experts (⟦!eponym|Daubert⟧ / ⟦!eponym|Sargon⟧; ⟦!eponym|Frye⟧ no longer applies) must be set at least 16 court days out; see Code Civ. Proc. § ⟦!statute section|1005⟧(b).
7. Use form ⟦!form number|MC-030⟧ for declarations and ⟦!form number|CM-010⟧ for the civil cover sheet.
8. Filings received after 11:59 p.m. are deemed filed the next court day (rule effective ⟦!rule effective date|March 1, 2024⟧).
9. Redact SSNs to the last four digits and birth dates to the year (CRC ⟦!rule number|1.201⟧).

Clerk's Office, ⟦?courthouse address, business|1225 Fallon Street⟧, Room ⟦!room number|109⟧, Oakland Vista, CA ⟦?courthouse ZIP, business|94612⟧
Help desk ⟦?court help desk, business|(510) 555-0100⟧ · ⟦?court mailbox, business|efiling.help@courts.example.org⟧
Hours 8:30 a.m.–4:00 p.m.; closed on court holidays (2025 list at the clerk's site).
"""
    return t, {}
