# doc7: funeral home arrangement conference / death-certificate worksheet


def make(g):
    card = g.card("5" + str(g.r.randint(1, 5)), 16)
    bban = "1020" + g.digits(4) + g.digits(16)
    iban = g.iban("PL", bban)
    values = {
        "ssn": g.ssn(),
        "card": " ".join(card[i:i + 4] for i in range(0, 16, 4)),
        "iban": " ".join(iban[i:i + 4] for i in range(0, 28, 4)),
        "svc": g.digits(7),
        "permit": "25-" + g.digits(6),
    }
    t = """⟦?funeral home named after people|HOLLOWAY–AMADI FUNERAL SERVICE⟧ · Vallejo, CA   Lic. ⟦!funeral establishment licence number (licence-number rule)|FD-1873⟧
ARRANGEMENT CONFERENCE WORKSHEET  (death certificate VS-11 worksheet attached)      File # ⟦?funeral home file number (no class)|F25-0391⟧
Conference: ⟦date|Thursday, December 4, 2025⟧, 10:00   Arranging director: ⟦name|Lerato Mokoena⟧ (lic. ⟦!funeral director licence number (licence-number rule)|FDR 4410⟧)

DECEDENT
  Legal name ........ ⟦name|Teodoro Bayani de los Santos⟧     AKA "⟦name|Teddy⟧" (used by family and parish)
  SSN ............... ⟦ssn|«ssn»⟧          Sex M          Race/ethnicity: Filipino
  DOB ............... ⟦date|May 30, 1931⟧   Birthplace: Lipa, Batangas, Philippines
  DOD ............... ⟦date|December 2, 2025⟧ 21:40   Age ⟦age|94 years⟧   Place: home hospice
  Residence ......... ⟦addr|1187 Alder Creek Dr⟧, Vallejo, CA ⟦zip|94591⟧ (inside city limits: Y; 41 yrs at address)
  Marital ........... Married — spouse ⟦name|Remedios "Medy" de los Santos⟧ (maiden: ⟦name|Remedios Villanueva Garcia⟧)
  Father ............ ⟦name|Crisanto de los Santos⟧
  Mother (maiden) ... ⟦name|Pacita Lualhati Macaraeg⟧
  Education ......... HS grad   Occupation: machinist, Mare Island Naval Shipyard (38 yrs)
  Veteran ........... Y — U.S. Navy ⟦!year-only dates|1951–1955⟧, Korea; Service No. ⟦?military service number (no class)|«svc»⟧; DD-214 copy rec'd
                      Flag: Y; VA burial allowance + headstone (VA 40-1330) — ⟦name|Lerato⟧ to file
  Cause (hospice MD, Dr. ⟦name|Imran Qureshi⟧): a) metastatic prostate cancer ⟦icd|C61⟧ (yrs); b) bone mets ⟦icd|C79.51⟧
  Physician signature expected ⟦date|12/05/2025⟧ via EDRS.

INFORMANT  ⟦name|Marisa de los Santos-Whitaker⟧ (daughter) · ⟦addr|77 Carquinez Heights Ct⟧, Benicia, CA ⟦zip|94510⟧
           ⟦phone|(707) 555-0153⟧ · ⟦email|marisa.dlsw@example.net⟧
Other family: son ⟦name|Jerome de los Santos⟧ (Gdańsk, Poland), granddaughter ⟦name|Kaimana Whitaker⟧

DISPOSITION  Burial — Holy Cross Catholic Cemetery, Section ⟦!cemetery section/lot/grave|14-C, Lot 221, Grave 3⟧ (pre-owned, deed #
             ⟦!cemetery deed number|HC-6120⟧). Burial permit ⟦?burial permit number (no class)|«permit»⟧ (issued on EDRS registration).
SERVICES     Rosary ⟦date|Tue 12/9/2025⟧ 7 pm, chapel. Funeral Mass ⟦date|Wed 12/10/2025⟧ 10 am, ⟦!saint's name in a parish name|St. Catherine of Siena⟧,
             celebrant Fr. ⟦name|Emmanuel Nwachukwu⟧; committal to follow. Military honors: Navy detail requested.
MERCHANDISE  Casket ⟦!casket model name|Batesville "Lexington"⟧ 18 ga, ⟦!casket model/SKU|LX-18-SLV⟧; vault ⟦!vault model|Wilbert Monticello⟧; 12 certified copies DC.
PAYMENT      Contract total $14,386.00. Deposit $5,000 on Mastercard ⟦card|«card»⟧ exp ⟦?card expiry|09/28⟧ (cardholder:
             ⟦name|Marisa de los Santos-Whitaker⟧, auth. code ⟦!card authorization code|0Q4K7M⟧). Balance $9,386.00 by wire from
             ⟦name|Jerome de los Santos⟧, IBAN ⟦iban|«iban»⟧, expected ⟦date|12/08/2025⟧.
Signed: ⟦name|M. de los Santos-Whitaker⟧ (informant)   ⟦name|L. Mokoena⟧ (director)   ⟦date|12/04/2025⟧
"""
    return t, values
