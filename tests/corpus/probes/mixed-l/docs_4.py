"""doc4: GEDCOM family-tree export with living persons."""
import re

GENRE = """GEDCOM 5.5.1 family-tree export (header with software and standard versions, a submitter with
e-mail, `INDI` records with `NAME` values in `Given /Surname/` form, `_MARNM`, `NICK`, `BIRT`/`DEAT`/`MARR`
dates in `DD MON YYYY` and `ABT` forms, a living 93-year-old's `RESI` address, phone and DNA-match URL, a
deceased ancestor's `SSN` from the Death Index, `_UID` GUIDs, `FAM` records); pasted with a question
about which records must be privatized before uploading the tree to a public site"""

NOTES = """In `NAME` values the slashes are delimiters: given names (`Ingrid Maren`) and the surname
(`Halvorsen`) are separate spans, every occurrence of the surname gold; `_MARNM` and `NICK` values are
names. Full `DD MON YYYY` dates of birth, death and marriage are gold, including the deceased
grandfather's death date; `ABT 1928` (year only) and `2001` are negatives; the header `DATE` is the
export date (document metadata, ambiguous). `93` in `age 93` is an age (born 14 MAR 1932, exported
2 JUN 2025). The deceased's SSN is gold (an SSN stays an SSN after death). The DNA-match URL naming her
is gold. Software and standard versions and the `_UID` GUIDs are negatives (32 hex characters: not
secrets); xref IDs (`@I1@`) and place names are unlabelled; `St. Louis County` is a negative (named for
a saint). `extra_check` checks the level numbers and that every xref pointer is defined."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "ph1": g.phone("218", "dash"),
        "uid1": g.hexkey(32).upper(),
        "uid2": g.hexkey(32).upper(),
        "ssn": g.ssn(),
    }
    t = r"""I'm about to upload my tree to a public genealogy site. Which of these records are living people I must privatize, and what else should I strip first?

0 HEAD
1 SOUR FamilyHearth
2 VERS ⟦!software version|7.3.1⟧
1 GEDC
2 VERS ⟦!GEDCOM standard version|5.5.1⟧
2 FORM LINEAGE-LINKED
1 CHAR UTF-8
1 DATE ⟦?file export date (document metadata)|2 JUN 2025⟧
1 SUBM @U1@
0 @U1@ SUBM
1 NAME ⟦name|Linnea⟧ /⟦name|Tanaka⟧/
1 EMAIL ⟦email|linnea.tanaka@example.com⟧
0 @I1@ INDI
1 NAME ⟦name|Ingrid Maren⟧ /⟦name|Halvorsen⟧/
1 SEX F
1 BIRT
2 DATE ⟦date|14 MAR 1932⟧
2 PLAC Stavanger, Rogaland, Norway
1 RESI
2 ADDR ⟦addr|3907 Kittiwake Drive⟧
3 CITY Duluth
3 STAE MN
3 POST ⟦zip|55803⟧
2 PHON ⟦phone|«ph1»⟧
1 NOTE Living, age ⟦age|93⟧. Shared DNA kit: ⟦url|https://dna.example.com/match/ingrid-halvorsen-1932⟧
1 _UID ⟦!record GUID, not a secret|«uid1»⟧
1 FAMS @F1@
0 @I2@ INDI
1 NAME ⟦name|Arne Olaf⟧ /⟦name|Halvorsen⟧/
1 SEX M
1 BIRT
2 DATE ⟦!approximate year only|ABT 1928⟧
1 DEAT
2 DATE ⟦date|3 NOV 1999⟧
1 SSN ⟦ssn|«ssn»⟧
1 NOTE SSN copied from the Social Security Death Index, ⟦!year only|2001⟧ download
1 _UID ⟦!record GUID, not a secret|«uid2»⟧
1 FAMS @F1@
0 @I3@ INDI
1 NAME ⟦name|Solveig Ann⟧ /⟦name|Halvorsen⟧/
2 _MARNM ⟦name|Tanaka⟧
1 SEX F
1 BIRT
2 DATE ⟦date|7 SEP 1961⟧
1 FAMC @F1@
1 FAMS @F2@
0 @I4@ INDI
1 NAME ⟦name|Kenji⟧ /⟦name|Tanaka⟧/
1 NICK ⟦name|Kenny⟧
1 BIRT
2 DATE ⟦date|22 JAN 1998⟧
1 FAMC @F2@
0 @F1@ FAM
1 HUSB @I2@
1 WIFE @I1@
1 MARR
2 DATE ⟦date|17 JUN 1955⟧
2 PLAC Duluth, ⟦!county named for a saint, not a person|St. Louis County⟧, Minnesota
1 CHIL @I3@
0 @F2@ FAM
1 WIFE @I3@
1 CHIL @I4@
0 TRLR
"""
    return t, v


def extra_check(text, values):
    lines = ("0 HEAD" + text.split("0 HEAD", 1)[1]).strip().split("\n")
    defined, used, prev = set(), set(), 0
    for ln in lines:
        m = re.match(r"(\d) (?:(@\w+@) )?(\w+)(?: (.*))?$", ln)
        assert m, ln
        level = int(m.group(1))
        assert level <= prev + 1, ln
        prev = level
        if m.group(2):
            defined.add(m.group(2))
        if m.group(4) and re.fullmatch(r"@\w+@", m.group(4)):
            used.add(m.group(4))
    assert used <= defined, used - defined
    assert lines[-1] == "0 TRLR"
