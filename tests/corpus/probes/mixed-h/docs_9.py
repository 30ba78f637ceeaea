"""doc9: family-law parenting plan draft (children, schedule, holidays, support and disclosure)."""


def make(g):
    v = {}
    v["pp1"] = "A" + g.digits(8, "0123456789")
    v["pp2"] = g.digits(9, "5")
    v["aba"] = g.aba("2759")
    v["acct"] = g.digits(10, "3")
    v["iban"] = g.iban("IE", "BOFI9000" + g.digits(2, "0123456789") + g.digits(8))
    v["btc"] = g.btc()
    v["m_ph"] = g.fmt(g.phone("262"), "paren")
    v["f_ph"] = g.fmt(g.phone("414"), "paren")
    v["bar"] = "10" + g.digits(5, "0123456789")
    t = """Please proofread this draft parenting plan for internal inconsistencies (children's ages vs. birth dates, weekdays vs. dates, who has which holiday) before it goes to opposing counsel. Don't touch the legal language.

⟦priv|ATTORNEY WORK PRODUCT - PRIVILEGED AND CONFIDENTIAL⟧
DRAFT 3 - ⟦date|11/05/2025⟧

STATE OF WISCONSIN          CIRCUIT COURT          WAUKESHA COUNTY
In re the Marriage of ⟦name|ANNELIESE VOSS-KARIUKI⟧, Petitioner, and ⟦name|THADDEUS KARIUKI⟧, Respondent.
Case No. ⟦?court case number|2025FA000412⟧
PARENTING PLAN (Exhibit B to Marital Settlement Agreement; ⟦!statute citation|Wis. Stat. § 767.41⟧)

1. CHILDREN
   a. ⟦name|Imani Voss-Kariuki⟧, born ⟦date|May 2, 2013⟧ (age 12), ⟦?school (business data)|Horning Middle School⟧, grade 7
   b. ⟦name|Jomo Kariuki⟧, born ⟦date|09/17/2016⟧ (age 9), ⟦?school (business data)|Hadfield Elementary⟧, grade 4
   c. ⟦name|Saoirse Voss-Kariuki⟧, born ⟦date|2019-12-05⟧ (age 4), ⟦?school (business data)|Hadfield Elementary⟧, 4K
2. LEGAL CUSTODY: joint.
3. PLACEMENT: Mother primary. Father: alternate weekends, Friday 5:00 p.m. to Sunday 6:00 p.m., beginning
   ⟦date|Friday, January 9, 2026⟧, and every Wednesday 4:30-7:30 p.m.
4. EXCHANGES: curbside at Mother's residence, ⟦addr|N27W23953 Paul Rd⟧, Pewaukee, WI ⟦zip|53072⟧, or on request in the
   lobby of the Waukesha Police Department, ⟦?public building address (business)|1901 Delafield St⟧. Father resides at
   ⟦addr|1408 E Brady St Apt 5⟧, Milwaukee, WI ⟦zip|53202⟧ until ⟦date|06/30/2026⟧ (see 7).
5. HOLIDAYS (override the regular schedule):
   - Thanksgiving: odd years Father, even years Mother; in 2026 Mother has ⟦date|Wednesday, November 25, 2026⟧
     6 p.m. to ⟦date|Friday, November 27, 2026⟧ 6 p.m.
   - Christmas Eve (⟦!public holiday, not about a person|December 24⟧) and Christmas Day (⟦!public holiday, not about a person|December 25⟧) alternate; Mother has Christmas Eve in 2026.
   - Independence Day (⟦!public holiday, not about a person|July 4⟧) and New Year's Day (⟦!public holiday, not about a person|January 1⟧) follow the weekend schedule.
   - Spring break 2026: ⟦date|03/28/2026⟧ through ⟦date|04/05/2026⟧ with Father.
   - Each child's birthday: the other parent may have two hours.
   - Summer: Father two non-consecutive weeks, chosen in writing by ⟦!generic annual deadline, not about a person|April 1⟧ each year.
6. TRAVEL: Mother keeps the children's U.S. passports (⟦name|Imani⟧ ⟦passport|«pp1»⟧, ⟦name|Jomo⟧ ⟦passport|«pp2»⟧; ⟦name|Saoirse⟧'s
   application pending). International travel needs 30 days' written notice and an itinerary.
7. RELOCATION: Father's employer transfers him to Dublin on ⟦date|07/01/2026⟧; new address ⟦addr|14 Grattan Crescent⟧,
   Inchicore, Dublin 8, ⟦?Irish Eircode (foreign postcode)|D08 X2Y3⟧. Placement in 3 is to be revisited before then.
8. CHILD SUPPORT: Father pays ⟦!support amount|$1,412.00⟧ per month by direct deposit to Mother's checking at Lake Country
   Credit Union, routing ⟦aba|«aba»⟧, account ⟦acct|«acct»⟧, due the 1st of each month from ⟦date|12/01/2025⟧.
   Father's disclosed assets (Exhibit C): Bank of Ireland current account ⟦iban|«iban»⟧;
   bitcoin wallet ⟦btc|«btc»⟧.
9. COMMUNICATION: OurFamilyWizard only, except emergencies. Mother ⟦email|anneliese.vk@example.com⟧, ⟦phone|«m_ph»⟧;
   Father ⟦email|thad.kariuki@example.net⟧, ⟦phone|«f_ph»⟧.

Drafted by ⟦name|Fenella Ødegaard⟧, attorney for Petitioner, State Bar No. ⟦!bar number|«bar»⟧
"""
    return t, v
