"""Doc 10: paediatric immunization certificate and kindergarten entry form."""


def make(g):
    lots = [g.pick("ABCDEFGHJKLMNPRSTUVWXY") + g.digits(2) + g.pick("ABCDEFGHJK") + g.pick("LMNPRSTUVWXY")
            + g.digits(3) for _ in range(5)]
    cvx = ("146", "163", "133", "150", "140", "83")

    def phone(area):
        # keep the CVX negatives from colliding with a phone's digits
        while True:
            p = g.phone(area)
            if not any(c in "".join(p) for c in cvx):
                return p
    v = {
        "mom": "%s-%s-%s" % phone("617"),
        "dad": "(%s) %s-%s" % phone("857"),
        "nana": g.uk_mobile(),
        "nhs": g.nhs(),
        "clinic_ph": "(%s) %s-%s" % phone("617"),
        "npi": g.npi("2"),
    }
    for i, lot in enumerate(lots):
        v["lot%d" % i] = lot
    t = """I'm the school nurse. Is this child complete for kindergarten entry in Massachusetts? Compare with the state's K requirements and list exactly which doses are missing and the earliest date each can be given. Some of his shots were given in England.

CERTIFICATE OF IMMUNIZATION - SCHOOL / CHILD CARE ENTRY (clinic printout)
Child: ⟦name|OYELARAN-CASTILLO, AMARU INTI⟧      DOB: ⟦date|06/30/2020⟧      Sex: M
Entering: Kindergarten, Mission Hill K-8, school year ⟦!school year|2025-2026⟧
Home: ⟦addr|74 Wachusett St, Apt 1⟧, Jamaica Plain, MA ⟦zip|02130⟧
Parent/guardian 1: ⟦name|Rocío Castillo Huamán⟧ (mother), cell ⟦phone|«mom»⟧
Parent/guardian 2: ⟦name|Babatunde Oyelaran⟧ (father), cell ⟦phone|«dad»⟧, ⟦email|b.oyelaran@example.net⟧
Emergency contact abroad: ⟦name|Folake Oyelaran⟧ (grandmother, Leeds), ⟦phone|«nana»⟧
Prior record: UK Personal Child Health Record ("Red Book"), NHS number ⟦nhs|«nhs»⟧, registered with a Leeds GP until ⟦date|March 2023⟧
Clinic: Hyde Square Pediatrics, ⟦?clinic address (business)|3368 Washington St⟧, Boston, MA ⟦?clinic ZIP (business)|02119⟧, ⟦?clinic main line (business)|«clinic_ph»⟧, NPI ⟦npi|«npi»⟧

Vaccine               CVX  Date given   Lot         Exp         By    Source
DTaP-IPV-Hib-HepB     ⟦!CVX code|146⟧  ⟦date|08/25/2020⟧   (Red Book)  -           -     UK GP
MenB                  ⟦!CVX code|163⟧  ⟦date|08/25/2020⟧   (Red Book)  -           -     UK GP
DTaP-IPV-Hib-HepB     ⟦!CVX code|146⟧  ⟦date|09/22/2020⟧   (Red Book)  -           -     UK GP
PCV13                 ⟦!CVX code|133⟧  ⟦date|09/22/2020⟧   (Red Book)  -           -     UK GP
DTaP-IPV-Hib-HepB     ⟦!CVX code|146⟧  ⟦date|10/20/2020⟧   (Red Book)  -           -     UK GP *
MMR                   03   ⟦date|07/06/2021⟧   (Red Book)  -           -     UK GP
PCV13                 ⟦!CVX code|133⟧  ⟦date|07/06/2021⟧   (Red Book)  -           -     UK GP
Varicella             21   ⟦date|08/14/2023⟧   ⟦!vaccine lot number|«lot0»⟧   ⟦?lot expiry|2024-11-30⟧  ⟦?vaccinator initials|RMQ⟧   Hyde Sq
Hepatitis A           ⟦!CVX code|83⟧   ⟦date|08/14/2023⟧   ⟦!vaccine lot number|«lot1»⟧   ⟦?lot expiry|2025-02-28⟧  ⟦?vaccinator initials|RMQ⟧   Hyde Sq
Hepatitis A           ⟦!CVX code|83⟧   ⟦date|02/20/2024⟧   ⟦!vaccine lot number|«lot2»⟧   ⟦?lot expiry|2025-06-30⟧  ⟦?vaccinator initials|JTW⟧   Hyde Sq
Influenza, quadriv.   ⟦!CVX code|150⟧  ⟦date|10/02/2024⟧   ⟦!vaccine lot number|«lot3»⟧   ⟦?lot expiry|2025-06-30⟧  ⟦?vaccinator initials|JTW⟧   Hyde Sq
Influenza, trivalent  ⟦!CVX code|140⟧  ⟦date|09/29/2025⟧   ⟦!vaccine lot number|«lot4»⟧   ⟦?lot expiry|2026-06-30⟧  ⟦?vaccinator initials|RMQ⟧   Hyde Sq
* Red Book page reads "⟦date|20/10/2020⟧" (UK day-first), transcribed as above.
VIS given for each US dose (Varicella VIS edition ⟦!VIS edition date (publication)|08/06/2021⟧, HepA VIS edition ⟦!VIS edition date (publication)|07/28/2020⟧).

History of disease: none reported. Medical/religious exemption: none on file.
TB risk screen (⟦date|08/14/2023⟧): no risk factors.

Reviewed for school entry by ⟦name|Georgia Winslow-Achebe⟧, BSN, RN, School Nurse, on ⟦date|Tuesday, September 2, 2025⟧. Parent notified by phone (⟦name|Rocío⟧) the same day.
"""
    return t, v
