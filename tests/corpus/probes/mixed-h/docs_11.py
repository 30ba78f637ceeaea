"""doc11: CMS-1500 claim form rendered as fixed-width text by a clearinghouse portal."""


def make(g):
    v = {}
    v["mbi"] = g.mbi(dashes=True)
    v["medigap"] = "XMG" + g.digits(9)
    v["tel"] = g.fmt(g.phone("414"), "paren")
    v["bill"] = "⟦?billing provider line (business)|" + g.fmt(g.phone("414"), "paren") + "⟧"
    v["npi_ref"] = "⟦npi|" + g.npi("1") + "⟧"
    v["npi_r"] = "⟦npi|" + g.npi("1") + "⟧"
    v["npi_org"] = "⟦npi|" + g.npi("1") + "⟧"
    v["dos"] = "⟦date|10 07 25⟧"
    v["acct"] = "⟦?patient account number at the provider|000" + g.digits(7) + "⟧"
    v["ein"] = "⟦?federal tax ID (EIN)|39-" + g.digits(7) + "⟧"
    v["fac"] = "⟦?facility address (business)|3003 W GOOD HOPE RD⟧"
    v["faczip"] = "⟦?facility ZIP (business address)|53209⟧"
    v["pt"] = "⟦name|HOLLOWAY-NAKASHIMA, BEATRIX, R⟧"
    t = """Our clearinghouse rejected this claim with "2010BA NM109 subscriber primary identifier invalid" and "DMG02 date of birth does not match payer file". Below is the CMS-1500 as their portal renders it. What do we need to correct before resubmitting?

HEALTH INSURANCE CLAIM FORM                                     APPROVED BY NUCC (⟦!form version date|02/12⟧)
1. MEDICARE [X] MEDICAID [ ] TRICARE [ ] CHAMPVA [ ] GROUP [ ] FECA [ ] OTHER [ ]
                                              1a. INSURED'S I.D. NUMBER (For Program in Item 1)
                                                  ⟦mbi|«mbi»⟧
2. PATIENT'S NAME (Last, First, MI)   3. PATIENT'S BIRTH DATE  SEX   4. INSURED'S NAME
   «pt»          ⟦date|09 21 34⟧         F [X]    SAME
5. PATIENT'S ADDRESS (No., Street)    6. PATIENT RELATIONSHIP  7. INSURED'S ADDRESS
   ⟦addr|2207 E CAPITOL DR APT 3⟧               SELF [X]                 SAME
   CITY SHOREWOOD            STATE WI
   ZIP CODE ⟦zip|53211⟧    TELEPHONE ⟦phone|«tel»⟧
9. OTHER INSURED'S NAME               11. INSURED'S POLICY GROUP OR FECA NUMBER
   «pt»         NONE
9a. OTHER INSURED'S POLICY OR GROUP NUMBER   11d. IS THERE ANOTHER HEALTH BENEFIT PLAN? YES [X]
   ⟦plan|«medigap»⟧
9d. INSURANCE PLAN NAME OR PROGRAM NAME: WPS MEDIGAP PLAN G
12. PATIENT'S SIGNATURE: SIGNATURE ON FILE   DATE ⟦date|10 06 25⟧    13. SIGNATURE ON FILE
14. DATE OF CURRENT ILLNESS ⟦date|09 29 25⟧  QUAL 431
17. DN ⟦name|ALISTAIR M FONTENOT-KRUSE⟧             17b. NPI «npi_ref»
21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY   ICD Ind. 0
    A. ⟦icd|M17.11⟧       B. ⟦icd|M25.561⟧      C. ⟦icd|E11.9⟧        D.
22. RESUBMISSION CODE                  23. PRIOR AUTHORIZATION NUMBER
24. A. DATE(S) OF SERVICE    B.   D. PROCEDURES         E.     F.          G.     J.
    FROM     TO              POS  CPT/HCPCS  MOD      DX PTR  $ CHARGES   UNITS  RENDERING NPI
 1  «dos» «dos»    11   ⟦!CPT code|99214⟧      25       ABC       185 00     1    «npi_r»
 2  «dos» «dos»    11   ⟦!CPT code|20610⟧      RT       A         240 00     1    «npi_r»
 3  «dos» «dos»    11   ⟦!HCPCS code|J3301⟧               A          18 40     4    «npi_r»
25. FEDERAL TAX I.D. NUMBER «ein»  SSN [ ] EIN [X]   26. PATIENT'S ACCOUNT NO. «acct»
27. ACCEPT ASSIGNMENT? YES [X]   28. TOTAL CHARGE $ 443 40   29. AMOUNT PAID $ 0 00
31. SIGNATURE OF PHYSICIAN: ⟦name|GRETCHEN A OYELOWO-STRAND⟧ MD   DATE ⟦date|10 08 25⟧
32. SERVICE FACILITY LOCATION INFORMATION   33. BILLING PROVIDER INFO & PH # «bill»
    MILWAUKEE ORTHO & SPORTS MED                MILWAUKEE ORTHO & SPORTS MED SC
    «fac»                         «fac»
    GLENDALE WI «faczip»                           GLENDALE WI «faczip»
32a. «npi_org»                              33a. «npi_org»

(Payer file has the beneficiary as ⟦name|Beatrix R. Holloway-Nakashima⟧, DOB ⟦date|09/12/1934⟧.)
"""
    return t, v
