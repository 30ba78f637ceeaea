"""doc2: hospice chaplain's spiritual-care visit note."""
import datetime

GENRE = """hospice chaplain's spiritual-care visit note (Ohio) for a 97-year-old man: MRN and MBI,
hospice diagnoses, benefit-period date, a FICA spiritual assessment, wife, exhausted daughter (named
Faith) with her cell, an estranged son, the home pastor's cell, scripture readings, the chaplain's
nickname; pasted with a request to condense it to four bullets for the interdisciplinary-team meeting"""

NOTES = """`97` in `age 97` (the word outside) and `ninety-seven` are ages; the wife's `87` is a negative.
The daughter `Faith` and `Faith Okoro-Brandt` are gold; the common noun `faith` (twice, lower case) is a
negative. `John 14:2` and `Psalm 23:4` are scripture references (negatives: not a person, not a time).
The pastor's own cell is a named individual's line (gold); `Second Baptist` and the hospice are
organisations (unlabelled). `Wednesday, June 18, 2025` and `Wed 6/25/2025` carry their weekdays
(checked); `March 2025` (month-year of the son's last visit) is gold; the benefit-period start is about
his care (gold). `extra_check` confirms that the DOB makes him 97 on the visit date. Nicknames `Tad` and
`Peg` are gold; `Marguerite "Peg" Solberg` is one span; `Rev.` and `BCC` stay outside."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "mrn": g.digits(8, False),
        "mbi": g.mbi(),
        "dob": "9/14/1927",
        "ph1": g.phone("937", "dash"),
        "ph2": g.phone("740", "paren"),
    }
    t = r"""Please condense this chaplain's note into four bullets for tomorrow's IDT meeting. Keep the family dynamics, drop the scripture.

SPIRITUAL CARE NOTE - Buckeye Valley Hospice
Patient: ⟦name|Thaddeus Abernathy-Okoro⟧ ("⟦name|Tad⟧")   MRN ⟦mrn|«mrn»⟧   MBI ⟦mbi|«mbi»⟧
DOB ⟦date|«dob»⟧, age ⟦age|97⟧. Hospice dx ⟦icd|I50.22⟧, ⟦icd|F03.90⟧. Benefit period 2 began ⟦date|5/29/2025⟧.
Visit: ⟦date|Wednesday, June 18, 2025⟧, 10:40-11:35, at home, ⟦addr|4471 Sycamore Hollow Rd⟧, Chillicothe OH ⟦zip|45601⟧
Present: patient; wife ⟦name|Rosalind⟧ (⟦!age under 90|87⟧); daughter ⟦name|Faith Okoro-Brandt⟧, up from Dayton (cell ⟦phone|«ph1»⟧).

S: ⟦name|Tad⟧, ⟦age|ninety-seven⟧ and "tired of being tired," asked if it is wrong to pray to die. Says he still has ⟦!common noun, not the daughter|faith⟧ but hates being a burden. Wants his pastor, ⟦name|Emeka Udeh⟧ of Second Baptist, to bring communion (pastor's cell ⟦phone|«ph2»⟧).
O: Alert, tearful twice. Held ⟦name|Rosalind⟧'s hand throughout. FICA: F lifelong Baptist; I "my ⟦!common noun, not the daughter|faith⟧ is the whole of me"; C Second Baptist Church; A communion, hymn "It Is Well".
A: Anticipatory grief; guilt about son ⟦name|Lucius⟧, estranged, no visit since ⟦date|March 2025⟧. ⟦name|Faith⟧ carries the caregiving and is exhausted; ⟦name|Rosalind⟧ defers to her.
P: Return ⟦date|Wed 6/25/2025⟧. Ask RN case manager ⟦name|Priya Venkataraman-Holt⟧ about respite. Called Pastor ⟦name|Udeh⟧ at 11:50, visit set. Read ⟦!scripture reference, not a time|Psalm 23:4⟧ and ⟦!scripture reference (Gospel of John), not a person|John 14:2⟧.
-- Rev. ⟦name|Marguerite "Peg" Solberg⟧, BCC (⟦name|Peg⟧ on the team board)
"""
    return t, v


def extra_check(text, values):
    dob = datetime.date(1927, 9, 14)
    visit = datetime.date(2025, 6, 18)
    age = visit.year - dob.year - ((visit.month, visit.day) < (dob.month, dob.day))
    assert age == 97, age
