"""doc10: apartment rental application with two applicants."""
import re

GENRE = """apartment rental application (Minneapolis) with two applicants: an Irish-born nurse with a
nickname (DOB, SSN, Minnesota driver's licence, current address with ZIP+4 and move-in month, employer
supervisor and individual landlord with phones, car with VIN and plate) and a Chinese doctoral student
(name in pinyin and characters, ITIN, PRC passport, a guarantor aunt in London with a GB IBAN), the
application fee on a card, the deposit by ACH (routing and account); pasted by the property manager with
a question about whether they meet the written screening criteria"""

NOTES = """`Ruairí Ó Dálaigh-Mercer` (with fadas), `Rory`, `Wu Meixin` and `吴美欣` are gold; the supervisor
`Joy Okonkwo` and the individual landlord with their phones are gold. The property's own address is
ambiguous (business). `04/2021` (move-in month) and `08/2019` are gold month-year dates; the Galway street line is gold and its
Eircode ambiguous (foreign postcode); the cat's name is a negative; the signature date is gold. The
Minnesota licence (surname initial + 12 digits, checked in `extra_check`) is gold; the PRC passport
(`E` + 8 digits, the same shape as a US passport) is ambiguous (foreign passport); the plate is
ambiguous (no class). SSN, ITIN, VIN, card, ABA (`0910` Minneapolis prefix), account and GB IBAN are
gold and checksum-verified; the card expiry `09/28` is ambiguous. Rent and income amounts and `2.5×` are
unlabelled; `Hennepin Healthcare` (an employer named after a person) is unlabelled."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "ssn": g.ssn(),
        "dl": "O" + g.digits(12, False),
        "ph": g.phone("763", "paren"),
        "ph2": g.phone("651", "dot"),
        "vin": g.vin("4S4", "BSANC", "K", "3"),
        "plate": "KJT 418",
        "itin": g.itin(),
        "cnpass": "E" + g.digits(8),
        "iban": g.iban_gb("BARC"),
        "card": g.card_visa(),
        "aba": g.aba("0910"),
        "acct": g.digits(10),
    }
    t = r"""Our written policy: gross income at least 2.5× rent, no evictions in 5 years, same criteria for everyone. Do these two applicants for unit 3C ($1,875/mo) meet it? Ignore anything about national origin or immigration status.

RENTAL APPLICATION - Larch & Vine Apartments, ⟦?the rental property's address (business)|400 Harmon Pl, Unit 3C⟧
Applicant 1: ⟦name|Ruairí Ó Dálaigh-Mercer⟧ ("⟦name|Rory⟧")   DOB ⟦date|11/30/1990⟧   SSN ⟦ssn|«ssn»⟧
  MN driver's licence ⟦dl|«dl»⟧
  Current: ⟦addr|1820 Lyndale Ave S, Apt 207⟧, Minneapolis MN ⟦zip|55403-2218⟧, since ⟦date|04/2021⟧
  Previous: ⟦addr|14 Ashgrove Terrace⟧, Galway ⟦?foreign postcode (Eircode)|H91 E5F2⟧, Ireland, until ⟦date|08/2019⟧. Evictions: none. Pet: one cat, ⟦!the cat's name, not a person|Tansy⟧.
  Emergency contact: his mother ⟦name|Siobhán Mercer⟧, ⟦phone|«ph2»⟧
  Employer: Hennepin Healthcare, RN, $6,850/mo gross; supervisor ⟦name|Joy Okonkwo⟧, ⟦phone|612-555-0148⟧
  Landlord reference: ⟦name|Stanislav Brennan⟧ (owner), ⟦phone|«ph»⟧
  Vehicle: 2019 Subaru Outback, VIN ⟦vin|«vin»⟧, plate ⟦?licence plate, no class|«plate»⟧
Applicant 2: ⟦name|Wu Meixin⟧ (⟦name|吴美欣⟧)   DOB ⟦date|1993-07-08⟧   ITIN ⟦itin|«itin»⟧
  Passport (PRC) ⟦?foreign passport, no class|«cnpass»⟧; PhD stipend $2,950/mo
  Current: university housing, ⟦addr|1017 Como Ave SE, Apt 3⟧, Minneapolis MN ⟦zip|55414⟧. Reference: her advisor, Prof. ⟦name|Ngozi Abara⟧, ⟦email|n.abara@math.example.org⟧
  Guarantor: her aunt ⟦name|Lihua Wu⟧, London; refund of deposit to ⟦iban|«iban»⟧
Application fee $55 x 2 on card ⟦card|«card»⟧, exp ⟦?card expiry|09/28⟧
Deposit by ACH: routing ⟦aba|«aba»⟧, account ⟦acct|«acct»⟧ (⟦name|Rory⟧'s checking)
Signed by both on ⟦date|6/12/2025⟧.
"""
    return t, v


def extra_check(text, values):
    assert re.fullmatch(r"O\d{12}", values["dl"]), "Minnesota licence: surname initial + 12 digits"
    assert values["iban"].startswith("GB") and " BARC " in values["iban"]
