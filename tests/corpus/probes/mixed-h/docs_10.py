"""doc10: veterinary clinic record for a dog (owner data gold, animal data negative)."""
import re


def make(g):
    v = {}
    v["hosp"] = "⟦?hospital main line (business)|" + g.fmt(g.phone("414"), "paren") + "⟧"
    v["cell"] = g.fmt(g.phone("414"), "paren")
    v["work"] = g.fmt(g.phone("414"), "dash")
    v["card"] = g.card("4", 16)
    v["dea"] = g.dea("B", "V")
    while True:
        chip = "985112" + g.digits(9, "0123456789")
        if not luhn(chip):
            break
    v["chip"] = chip
    v["lic"] = g.digits(4) + "-VM"
    pet = lambda s: "⟦!date about the animal, not a person|%s⟧" % s
    v["dob"] = pet("04/12/2018")
    v["rab_given"] = pet("11/02/2022")
    v["rab_due"] = pet("11/02/2025")
    v["dhpp"] = pet("03/14/2025")
    v["dhpp_due"] = pet("03/14/2026")
    v["visit"] = pet("09/22/2025")
    v["biscuit"] = "⟦!pet's name|Biscuit⟧"
    v["vet"] = "⟦name|Henrike Vasquez-Lindqvist⟧"
    t = """Can you write a friendly reminder e-mail to this client about «biscuit»'s overdue rabies booster and the open balance? Obviously leave the card number out.

NORTHSHORE ANIMAL HOSPITAL | ⟦?hospital address (business)|5320 N Port Washington Rd⟧, Glendale WI ⟦?hospital ZIP (business address)|53209⟧ | «hosp»
CLIENT / PATIENT RECORD                          printed ⟦?print timestamp (log metadata)|11/04/2025 16:12⟧ by front desk

CLIENT
  Name:      ⟦name|Beaumont-Adeyemi, Clarissa⟧          Client #: ⟦?client account number at the clinic|C-10482⟧
  Co-owner:  ⟦name|Tobiah Adeyemi⟧ (authorized for treatment decisions)
  Address:   ⟦addr|6731 N Santa Monica Blvd⟧, Fox Point, WI ⟦zip|53217⟧
  Phone:     ⟦phone|«cell»⟧ (cell)     Work: ⟦phone|«work»⟧
  Email:     ⟦email|clarissa.b.adeyemi@example.com⟧
  Card:      VISA ⟦card|«card»⟧  exp ⟦?card expiry|08/28⟧
             (called in by ⟦name|Clarissa⟧ on ⟦date|10/02/2025⟧ - entered in the terminal, shred the sticky note)
  Balance:   ⟦!invoice amount|$286.40⟧ (inv. ⟦!invoice number|INV-558213⟧)

PATIENT
  Name: «biscuit»     Species: Canine     Breed: ⟦!dog breed (eponym)|Cavalier King Charles Spaniel⟧
  Sex: MN     DOB: «dob»     Weight: ⟦!animal weight|8.4 kg⟧     Color: Blenheim
  Microchip: ⟦!animal microchip number (ISO 11784, not a card)|«chip»⟧     Rabies tag: ⟦!rabies tag number|2023-11874⟧
  Pet insurance: Trupanion, policy ⟦?pet insurance policy number|TP-4471-0923⟧

VACCINES
  Rabies (3 yr)   given «rab_given»   lot ⟦!vaccine lot|471A2⟧    due «rab_due»   ** OVERDUE **
  DHPP            given «dhpp»   lot ⟦!vaccine lot|DH2290K⟧   due «dhpp_due»
  Leptospirosis   given «dhpp»   lot ⟦!vaccine lot|LP0716⟧

VISIT «visit» - Dr. «vet», DVM
  S: limping L hind x 3 days, owner (⟦name|Tobiah⟧) reports "skipping" on walks.
  O: T 101.8 F, HR 110, BCS 6/9, grade II/IV medial patellar luxation L.
  A: patellar luxation, L; mild OA.
  P: carprofen 25 mg 1/2 tab PO BID x 10 d (#10); tramadol 50 mg 1/2 tab PO q12h PRN pain (#20, C-IV).
     Controlled-substance log: prescriber «vet», DEA ⟦dea|«dea»⟧, WI vet lic. ⟦!veterinary licence number|«lic»⟧.
     Recheck 2-3 wk; discuss surgical referral if no better.
"""
    return t, v


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch) * (2 if i % 2 else 1)
        t += x - 9 if x > 9 else x
    return t % 10 == 0


def extra_check(text, spans):
    errs = []
    for s in spans:
        if s["kind"] == "neg" and s["why"].startswith("animal microchip"):
            if not re.fullmatch(r"\d{15}", s["text"]) or luhn(s["text"]):
                errs.append("doc10: microchip must be 15 digits and fail Luhn")
    for s in spans:
        if s["kind"] == "gold" and s["cls"] == "phi.dea" and s["text"][1] != "V":
            errs.append("doc10: DEA second letter must be the prescriber's surname initial")
    return errs
