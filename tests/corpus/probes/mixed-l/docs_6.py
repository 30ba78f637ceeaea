"""doc6: e-discovery Concordance DAT load file and OPT image cross-reference."""

GENRE = """e-discovery Concordance DAT load file (`þ` text qualifier, `¶` field separator; Bates range,
custodian `Last, First`, from/to addresses, subject, date sent, privilege code, MD5) for a hospital's
fall case, with the OPT image cross-reference; one subject line is a privilege marker, others name the
patient, his MRN, fall date and daughter; record 3 is missing a separator; pasted with a question about
why the review platform shifts the fields from record 3 on"""

NOTES = """`þ` and `¶` are delimiters for the token-boundary rule (see above). Custodians (`Quinlan, Harriet
A.`, `Oyelaran-Fitch, Desmond`, `Sato, Keiko`) and their own mailboxes are gold; the risk-management
and firm intake mailboxes are ambiguous (shared/business), as are the vendor's processing stamp (log
metadata) and user name (handle). Bates numbers (also in the OPT lines) are
ambiguous; MD5 hashes are negatives (32 hex: not secrets). `PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT
COMMUNICATION` inside a subject is the privilege marker (the phrase only); the privilege code `AC;WP` is
ambiguous. DATESENT values are correspondence dates between named custodians about the patient's claim
(gold, like a privilege log's dates); the fall date is gold, `3/22` without a year ambiguous. The
patient `Tomasz Wróblewski`, `Wróblewski` and `Tomasz` and his daughter `Agnieszka` are gold; the MRN is
gold. `extra_check` counts fields: nine in the header and records 1-2, eight in record 3 (the defect
the question is about)."""

DATE_ORDER = "MDY"


def make(g):
    v = {"md5a": g.md5(), "md5b": g.md5(), "md5c": g.md5(), "mrn": g.digits(7)}
    t = r"""Relativity keeps shifting fields from the third record on when I load this. Head of the DAT and the OPT below. What is wrong with record 3? Load settings: UTF-8, column ¶ (020), quote þ (254), newline ® (174). The vendor's export note says "⟦?processing timestamp (log metadata)|2025-05-30 17:22⟧, user ⟦?processing user name (handle)|kfsato⟧".

þBEGBATESþ¶þENDBATESþ¶þCUSTODIANþ¶þFROMþ¶þTOþ¶þSUBJECTþ¶þDATESENTþ¶þPRIVþ¶þMD5HASHþ
þ⟦?Bates number|MHC0004512⟧þ¶þ⟦?Bates number|MHC0004513⟧þ¶þ⟦name|Quinlan, Harriet A.⟧þ¶þ⟦email|hquinlan@example.org⟧þ¶þ⟦?shared department mailbox|risk.mgmt@example.org⟧þ¶þRe: fall ⟦date|03/22/2024⟧ - ⟦name|Tomasz Wróblewski⟧, MRN ⟦mrn|«mrn»⟧þ¶þ⟦date|04/02/2024⟧þ¶þþ¶þ⟦!document hash, not a secret|«md5a»⟧þ
þ⟦?Bates number|MHC0004514⟧þ¶þ⟦?Bates number|MHC0004516⟧þ¶þ⟦name|Oyelaran-Fitch, Desmond⟧þ¶þ⟦email|doyelaran-fitch@example.org⟧þ¶þ⟦?law firm intake mailbox (business)|intake@example.com⟧þ¶þ⟦priv|PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION⟧: ⟦name|Wróblewski⟧ claimþ¶þ⟦date|04/09/2024⟧þ¶þ⟦?privilege log code (arguable)|AC;WP⟧þ¶þ⟦!document hash, not a secret|«md5b»⟧þ
þ⟦?Bates number|MHC0004517⟧þ¶þ⟦?Bates number|MHC0004518⟧þþ⟦name|Sato, Keiko⟧þ¶þ⟦email|ksato@example.org⟧þ¶þ⟦email|hquinlan@example.org⟧þ¶þfwd: incident report ⟦?date without a year|3/22⟧ (⟦name|Tomasz⟧'s daughter ⟦name|Agnieszka⟧ called again)þ¶þ⟦date|04/11/2024⟧þ¶þþ¶þ⟦!document hash, not a secret|«md5c»⟧þ

MHC0004512,VOL001,IMAGES\001\MHC0004512.TIF,Y,,,2
MHC0004513,VOL001,IMAGES\001\MHC0004513.TIF,,,,
MHC0004514,VOL001,IMAGES\001\MHC0004514.TIF,Y,,,3
MHC0004517,VOL001,IMAGES\001\MHC0004517.TIF,Y,,,2
"""
    return t, v


def extra_check(text, values):
    rows = [ln for ln in text.split("\n") if ln.startswith("þ")]
    assert len(rows) == 4
    counts = [len(r.split("¶")) for r in rows]
    assert counts == [9, 9, 9, 8], counts
    for r in rows:
        for field in r.split("¶"):
            assert field.startswith("þ") and field.endswith("þ"), field
