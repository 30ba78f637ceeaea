"""Doc 11: Chapter 7 bankruptcy schedules A/B and E/F, paralegal's draft."""


def make(g):
    card = g.card("4" + g.digits(5, "0123456789"))
    v = {
        "last4": g.digits(4, "123456789"),
        "itin": g.itin(),
        "cc_cert": "%s-NJ-CC-%s" % (g.digits(5, "1"), g.digits(9)),
        "vin": g.vin("5XY", "PG4LC", "K", "G"),
        "aba": g.aba("02"),
        "chk": g.digits(11, "123456789"),
        "sav": g.digits(11, "123456789"),
        "btc": g.btc(),
        "card": " ".join(card[i:i + 4] for i in range(0, 16, 4)),
        "store4": g.digits(4, "123456789"),
        "prov_acct": "V00" + g.digits(6),
        "orig4": g.digits(4, "123456789"),
        "pra_acct": g.digits(16, "3"),
        "mohela": g.digits(10, "8") + "-0",
    }
    t = """Paralegal here. Before Ms. ⟦name|Ferreira-Kahn⟧ reviews, check these draft Schedule A/B and E/F entries for internal consistency (totals, creditor addresses, account numbers) and flag anything that looks off.

⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION - DRAFT FOR ATTORNEY REVIEW⟧
In re: ⟦name|Rafael Ignacio Villarreal-Tanaka⟧ and ⟦name|Svetlana Kovalenko-Villarreal⟧, Debtors
U.S. Bankruptcy Court, District of New Jersey - Chapter 7 - Case No. (if known): ________
Debtor 1 SSN: ⟦?last four of SSN|xxx-xx-«last4»⟧     Debtor 2 ITIN: ⟦itin|«itin»⟧ (full number for the counseling certificate; the petition shows last 4 only)
Residence (rented): ⟦addr|1188 Bergenline Ave, Apt 4C⟧, Union City, NJ ⟦zip|07087⟧
Credit counseling certificate ⟦?certificate number|«cc_cert»⟧, completed ⟦date|11/21/2025⟧ (both debtors)

SCHEDULE A/B - PROPERTY
1. Real property: none.
3.1 2019 Kia Sorento LX, VIN ⟦vin|«vin»⟧, 61,240 miles. Value $17,850.00 (lien: Kia Motors Finance, $11,402.66).
17.1 Checking, Hudson River Community Bank, routing ⟦aba|«aba»⟧, acct ⟦acct|«chk»⟧ (joint): $1,204.18
17.2 Savings, same bank, acct ⟦acct|«sav»⟧: $310.00
17.3 Venmo balance (⟦?payment-app handle|@rafa-vt⟧): $42.10
18. Bitcoin, self-custody wallet ⟦btc|«btc»⟧, 0.0412 BTC: about $3,900.00
21. 401(k) through Debtor 1's employer: $8,930.00, exempt under ⟦!statute citation|11 U.S.C. § 522(d)(12)⟧
28. Expected 2025 federal tax refund: $2,100.00

SCHEDULE E/F - CREDITORS WHO HAVE UNSECURED CLAIMS
Part 1 (priority)
2.1 Internal Revenue Service, ⟦?business address|P.O. Box 7346⟧, Philadelphia, PA ⟦?business ZIP|19101-7346⟧. Income tax ⟦!year only|2023⟧: $2,614.00
Part 2 (nonpriority)
4.1 Keystone Card Services, Visa acct ⟦card|«card»⟧, opened ⟦date|03/2021⟧: $9,842.17
4.2 Keystone Card Services, store card ending ⟦?last four of card|«store4»⟧: $1,206.40
4.3 ⟦name|Hyacinth Oduya-Marsh⟧, DDS (crown and root canal, Debtor 2), ⟦?business address|401 Palisade Ave, Suite 2⟧, Jersey City, NJ ⟦?business ZIP|07307⟧. Incurred ⟦date|08/2024⟧: $3,150.00
4.4 ⟦!saint's name|St. Barnabas⟧ Medical Center, ER visit ⟦date|01/14/2025⟧, patient acct ⟦?account at provider|«prov_acct»⟧: $2,488.90
4.5 Portfolio Recovery Associates, LLC, for Synchrony (orig. acct ending ⟦?masked account|«orig4»⟧), their acct ⟦?account at collection agency|«pra_acct»⟧: $1,905.33
4.6 ⟦name|Aurelio Bianchi⟧ (former landlord), ⟦addr|52 Hauxhurst Ave⟧, Weehawken, NJ ⟦zip|07086⟧. Rent for ⟦date|June 2025⟧ and ⟦date|July 2025⟧, disputed: $3,300.00
4.7 ⟦name|Taras Kovalenko⟧ (brother of Debtor 2), ⟦addr|vul. Saksahanskoho 41, kv. 9⟧, Kyiv, Ukraine ⟦?foreign postcode|01033⟧. Personal loan: $6,000.00
4.8 U.S. Department of Education / MOHELA, acct ⟦?account at creditor|«mohela»⟧: $21,477.12
Total Part 2: $49,366.56 (please re-add; I think 4.5 was double-counted)
"""
    return t, v
