GENRE = """obituary / death-notice draft sent by the deceased's daughter to a funeral home: birth and death
   dates, age 93, spouse with maiden name, children and grandchildren with their cities, military
   service and career years, visitation and funeral with the church's address; the e-mail asks for
   edits to fit a newspaper's word limit"""

NOTES = """* **Obituary** (doc10). The deceased, the spouse (first name, maiden name in parentheses and married
  surname as three spans), children, their spouses in parentheses and grandchildren (first names
  alone) are gold; cities of residence are unlabelled, `St. Paul` a negative (city named for a saint)
  and the church named for a saint a negative. Birth, death, visitation and funeral dates are about
  this person (gold, weekdays checked). `93` in `age 93` (the word outside) and `93 years` are ages. Year-only career and service
  years are negatives. The church's street address and the funeral home's phone, e-mail and case
  number are ambiguous (business/case), as is the funeral home named after its family; the daughter's own cell and e-mail are gold. The disease
  eponym in the memorials line is a negative."""


def make(g):
    v = {'fh': g.phone('651'), 'cell': g.phone('218'), 'case': 'FH-' + g.d(5)}
    t = """From: ⟦name|Teresa Brzezinski-Lund⟧ <⟦email|teresa.lund@example.net⟧>
To: ⟦?funeral home arrangements mailbox (business)|arrangements@kowalczyk-fh.example.com⟧
Subject: Obituary draft for Dad - case ⟦?funeral home case number|«case»⟧

Hi Ms. ⟦name|Nowicki⟧, below is our draft for Dad. Could you tidy the wording and cut it to fit the Pioneer Press limit of 300 words? Please keep the grandchildren's names. You can reach me on my cell, ⟦phone|«cell»⟧, anytime.

---
⟦name|Walter Anselm Brzezinski⟧, age ⟦age|93⟧, of Roseville, died peacefully at home on ⟦date|Saturday, November 22, 2025⟧, surrounded by family. He was born ⟦date|March 9, 1932⟧, in Wilno, Minnesota, the youngest of seven children of ⟦name|Józef⟧ and ⟦name|Helena Brzezinski⟧.

⟦name|Walt⟧ served in the U.S. Army from ⟦!year only|1951⟧ to ⟦!year only|1953⟧, including a winter in Korea he never talked about. He worked 38 years at 3M as a machinist and retired in ⟦!year only|1994⟧. He married ⟦name|Dorothy⟧ (⟦name|Mrozek⟧) ⟦name|Brzezinski⟧ on ⟦date|June 14, 1958⟧; they were married 67 years.

He is survived by his wife ⟦name|Dorothy⟧; children ⟦name|Teresa Brzezinski-Lund⟧ (⟦name|Erik⟧) of Duluth and ⟦name|Paul Brzezinski⟧ (⟦name|Anne-Marie⟧) of Tucson, Arizona; grandchildren ⟦name|Kacper⟧, ⟦name|Olivia⟧, ⟦name|Nathan⟧ and ⟦name|Greta⟧; and his sister ⟦name|Irene Sobczak⟧ of ⟦!city named for a saint|St. Paul⟧. He was preceded in death by his brother ⟦name|Stanley⟧ and his infant son ⟦name|Michael⟧.

Visitation ⟦date|Friday, November 28, 2025⟧, 4-7 p.m., and funeral Mass ⟦date|Saturday, November 29, 2025⟧, 10:30 a.m., both at ⟦!church named for a saint|St. Hedwig⟧ Catholic Church, ⟦?church address (business)|1510 Wabasha Street⟧, Roseville. Burial at Fort Snelling National Cemetery with military honors. In lieu of flowers, memorials to the ⟦!disease eponym|Alzheimer's⟧ Association.

⟦name|Walt⟧ was ⟦age|93 years⟧ young, never missed a Twins home opener until ⟦!year only|2019⟧, and taught every grandchild to fish on Lake Vermilion.
---

Funeral home line for the notice: ⟦?company named after people|Kowalczyk Family Funeral Home⟧, ⟦?funeral home phone (business)|«fh»⟧.

Thanks so much,
⟦name|Teresa⟧
"""
    return t, v
