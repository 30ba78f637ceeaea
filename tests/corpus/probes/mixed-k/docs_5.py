GENRE = ("petition for adult guardianship (Pennsylvania Orphans' Court) under an elder-law attorney's "
         "privileged cover note: respondent aged 95, petitioner daughter, physician's evaluation date, "
         "estate schedule with a bank account, a car's VIN and a bitcoin wallet; pasted with a request to "
         "check the statutory elements")
NOTES = ("Both privilege lines are gold (whole line each). The docket number is ambiguous; 20 Pa.C.S. § 5511 "
         "and the rule's date are negatives. `95 years old` and `95-year-old` are ages. The bank account is "
         "gold, the bank's routing-free branch name unlabelled; VIN (check digit verified) and bech32 wallet "
         "(BIP 173 checksum verified) gold. The law firm named after a person is ambiguous.")
def make(g):
    t = """⟦priv|PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION⟧
Can you check this draft against 20 Pa.C.S. ⟦!statute section|§ 5511⟧ and tell me what's missing before we file?

IN THE COURT OF COMMON PLEAS OF LANCASTER COUNTY, PENNSYLVANIA – ORPHANS' COURT DIVISION
In re: ⟦name|Evangeline R. Stoltzfus⟧, an alleged incapacitated person      No. ⟦?docket number|2025-0418⟧

PETITION FOR APPOINTMENT OF A PLENARY GUARDIAN OF THE PERSON AND ESTATE
1. Petitioner ⟦name|Miriam Stoltzfus Kauffman⟧ resides at ⟦addr|88 Hollow Creek Rd⟧, Lititz, PA ⟦zip|17543⟧, tel. ⟦phone|717-555-0183⟧, and is the daughter of the Respondent.
2. Respondent ⟦name|Evangeline Stoltzfus⟧ (known as "⟦name|Vangie⟧"), born ⟦date|June 2, 1929⟧, is ⟦age|95 years old⟧ and resides at ⟦addr|412 Orchard View Dr, Unit 3⟧, Ephrata, PA ⟦zip|17522⟧.
3. Dr. ⟦name|Samuel Oyelaran-Fitch⟧ examined Respondent on ⟦date|02/21/2025⟧ and diagnosed Alzheimer's dementia, late onset (⟦icd|G30.1⟧).
4. Estate: checking account no. ⟦acct|«acct»⟧ at Conestoga Valley Bank (approx. $48,200); 2016 Buick LaCrosse VIN ⟦vin|«vin»⟧; bitcoin held at ⟦btc|«btc»⟧ (grandson ⟦name|Caleb Kauffman⟧ set it up in ⟦date|March 2021⟧).
5. Other interested persons: son ⟦name|Jonas Stoltzfus⟧, ⟦addr|19 Mill Race Ln⟧, Akron, OH ⟦zip|44313⟧.

Counsel: ⟦?law firm named after a person|Reinholt & Sauder, P.C.⟧, ⟦name|Leah M. Sauder⟧, Esq.
⟦priv|ATTORNEY WORK PRODUCT – DRAFT⟧

Note: the hearing can't be before the 20-day notice under Pa. O.C. Rule 14.2 (effective ⟦!rule effective date|September 1, 2016⟧). Is a ⟦age|95-year-old⟧ with no advance directive enough for plenary, or should we ask for limited?
"""
    return t, {"acct": g.digits(10), "vin": g.vin("1G4"), "btc": g.btc()}
