"""doc10: draft privilege log in a medical-malpractice defence."""

GENRE = """draft privilege log in a hospital's medical-malpractice defence (work-product banner, caption,
   a Markdown table of withheld documents with Bates ranges, dates, authors and recipients as names
   and as e-mail addresses, privilege bases, descriptions that leak the patient's MRN and birth date
   and the substance of counsel's advice, and one e-mail to the plaintiff's daughter that is not
   privileged at all), pasted with a request to check the log before it is served"""

NOTES = """* **Privilege log** (doc10). The `DRAFT - ATTORNEY WORK PRODUCT` banner is gold; the privilege
  bases in the log's column (`Attorney-Client`, `Work Product`, `Patient Safety Work Product`) are
  ambiguous: they name the privilege claimed for a withheld document and do not mark this text. The
  patient-safety statute is a negative. Bates ranges and the case number are ambiguous; the incident
  report number is a negative (record ID). Entry dates (dates of communications in this case), the
  fall date and the patient's birth date are gold; the service deadline `Friday` alone is unlabelled.
  Authors and recipients are gold as names (`Gretchen Albrecht-Moss`, `G. Albrecht-Moss`) and as work
  e-mail addresses of named individuals; the committee is unlabelled; the law firms named after
  people are ambiguous. `B. Kowalski` and `Bogdan Kowalski` are gold; the MRN in a description is gold."""

DATE_ORDER = "MDY"


def make(g):
    values = dict(mrn=g.digits(7, "123456789"))
    tpl = """Draft privilege log for the ⟦name|Kowalski⟧ case is below. Before we serve it Friday, check that every entry has an author, recipients, a date and a basis, and flag any description that gives away the substance of the advice or says more about the patient than it needs to.

⟦priv|DRAFT - ATTORNEY WORK PRODUCT - DO NOT SERVE IN THIS FORM⟧
Estate of ⟦name|Bogdan Kowalski⟧ v. Mercy Lakeside Hospital, et al., Case No. ⟦?court case number|24-CV-011873⟧
Defendant Mercy Lakeside Hospital's Privilege Log, First Production

| No. | Bates | Date | Author | Recipient(s) | Type | Basis | Description |
|---|---|---|---|---|---|---|---|
| 1 | ⟦?Bates range|MLH-PRIV-000001-0004⟧ | ⟦date|03/15/2024⟧ | ⟦name|Gretchen Albrecht-Moss⟧ (Risk Mgmt) | ⟦name|Nadia Farouk⟧, Esq. | E-mail | ⟦?privilege claimed for a withheld document|Attorney-Client⟧ | Request for legal advice about a patient fall on ⟦date|03/12/2024⟧ |
| 2 | ⟦?Bates range|MLH-PRIV-000005-0009⟧ | ⟦date|03/18/2024⟧ | ⟦name|Nadia Farouk⟧ | ⟦name|G. Albrecht-Moss⟧; Dr. ⟦name|Desmond Achterberg⟧ | Memo | ⟦?privilege claimed for a withheld document|Attorney-Client⟧; ⟦?privilege claimed for a withheld document|Work Product⟧ | Counsel's advice that the bed alarm on 4 West had been switched off by the night nurse and that the fall is likely indefensible |
| 3 | ⟦?Bates range|MLH-PRIV-000010-0031⟧ | ⟦date|04/02/2024⟧ | Dr. ⟦name|Desmond Achterberg⟧ | Patient Safety Committee | RCA | ⟦?privilege claimed for a withheld document|Patient Safety Work Product⟧ (⟦!statute citation|42 U.S.C. 299b-22⟧) | Root cause analysis of the fall of ⟦name|B. Kowalski⟧, MRN ⟦mrn|«mrn»⟧, DOB ⟦date|07/30/1941⟧, incident report ⟦!incident report number (record ID)|IR-2024-0318⟧ |
| 4 | ⟦?Bates range|MLH-PRIV-000032-0033⟧ | ⟦date|04/09/2024⟧ | ⟦email|nadia.farouk@mercylakeside.example.org⟧ | ⟦email|gretchen.albrecht-moss@mercylakeside.example.org⟧ | E-mail | ⟦?privilege claimed for a withheld document|Attorney-Client⟧ | Follow-up on staffing records |
| 5 | ⟦?Bates range|MLH-PRIV-000034⟧ | ⟦date|05/20/2024⟧ | ⟦email|nadia.farouk@mercylakeside.example.org⟧ | ⟦email|joanna.kowalski.brandt@example.net⟧ | E-mail | ⟦?privilege claimed for a withheld document|Attorney-Client⟧ | E-mail to the patient's daughter, ⟦name|Joanna Kowalski-Brandt⟧, about release of her father's records |
| 6 | ⟦?Bates range|MLH-PRIV-000035-0041⟧ | ⟦date|06/11/2024⟧ | ⟦name|Hollis E. Tran⟧ | ⟦name|Nadia Farouk⟧; ⟦name|Gretchen Albrecht-Moss⟧ | Draft | ⟦?privilege claimed for a withheld document|Work Product⟧ | Draft answer to the complaint |

Plaintiff's counsel: ⟦name|Oluwadamilola Grant-Whitfield⟧, ⟦?law firm named after people|Grant Whitfield Trial Lawyers⟧. Prepared by ⟦name|Hollis E. Tran⟧, ⟦?law firm named after people|Tran & Maddox LLP⟧, for ⟦name|Nadia Farouk⟧, Associate General Counsel.
"""
    return tpl, values
