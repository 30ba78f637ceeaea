GENRE = ("middle-school nurse's health-office visit log for one week (Markdown table of visits, an allergy "
         "action note, a student transferred from Leeds with an NHS number from her UK records, parent "
         "contacts), pasted with a request to draft the parent letters")
NOTES = ("Students are minors: names gold in every form (nickname `Teo`). Visit dates without a year (`3/10`) "
         "are ambiguous; full dates gold. EpiPen (brand) and the school's phone are negative/ambiguous. The NHS "
         "number is gold (mod 11 checked) even though it is spaced like a phone number; the UK mobile is "
         "`07700 900xxx`. Grade and room numbers are negatives.")
def make(g):
    nhs = g.nhs()
    nhs_s = nhs[:3] + " " + nhs[3:6] + " " + nhs[6:]
    t = """Please draft short parent letters for these two, friendly tone, English and Spanish.

## Health Office Log – Ridgeview Middle School, week of ⟦date|March 10, 2025⟧
Nurse: ⟦name|Colleen Abernathy-Ruiz⟧, RN  ·  office ⟦?school office phone, business|(503) 555-0100⟧

| date | student | grade | complaint | action |
|---|---|---|---|---|
| ⟦?date without a year|3/10⟧ | ⟦name|Villalobos, Mateo⟧ ("⟦name|Teo⟧") | ⟦!grade|7⟧ | hives after lunch | Benadryl per plan, mom called |
| ⟦?date without a year|3/12⟧ | ⟦name|Teo⟧ again | ⟦!grade|7⟧ | lip swelling | ⟦!drug brand|EpiPen⟧ 0.3 mg given 12:14, 911, to ER |
| ⟦?date without a year|3/13⟧ | ⟦name|Imogen Thwaite⟧ | ⟦!grade|6⟧ | wheeze at PE | albuterol 2 puffs, improved |

**⟦name|Teo⟧**: DOB ⟦date|08/14/2012⟧. Peanut anaphylaxis (⟦icd|T78.01XA⟧). Mother ⟦name|Araceli Ruiz⟧ ⟦phone|503-555-0154⟧, works nights; father ⟦name|Hector Villalobos⟧ ⟦phone|503.555.0119⟧. Transported to St. Vincent ED on ⟦date|Wednesday, March 12, 2025⟧.

**⟦name|Imogen⟧**: DOB ⟦date|2 May 2013⟧, moved from Leeds in January. UK records list NHS No. ⟦nhs|«nhs»⟧; mild persistent asthma (⟦icd|J45.30⟧). Guardian ⟦name|Bethan Thwaite⟧, mobile ⟦phone_uk|07700 900412⟧, home ⟦addr|1840 NE Klickitat St⟧, Portland, OR ⟦zip|97212⟧, ⟦email|bethan.thwaite@example.net⟧.

Room ⟦!room number|114⟧ inhaler cabinet restocked. Please don't mention the other kids by name in each letter. For ⟦name|Teo⟧'s letter, remind mom the second auto-injector in his backpack expired and the new allergy action plan needs a doctor's signature before spring break. For ⟦name|Imogen⟧, ask Ms. ⟦name|Thwaite⟧ for a US asthma plan; the UK one is fine until then.
"""
    t = t.replace("⟦phone_uk|", "⟦phone|")
    return t, {"nhs": nhs_s}
