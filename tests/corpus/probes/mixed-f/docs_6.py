# doc6: Microsoft Teams channel export among hospital staff


def make(g):
    jwt = g.jwt({"iss": "https://idp.example.org/oauth2", "sub": "u-dragh-0412", "aud": "bedboard-api",
                 "scope": "units.read census.read", "iat": 1764929412, "exp": 1764933012})
    pem = "\n".join("> " + l for l in g.ec_pem_lines())[2:]
    values = {
        "jwt": jwt,
        "pem": pem,
        "nhs": (lambda n: f"{n[:3]} {n[3:6]} {n[6:]}")(g.nhs()),
        "barcode": g.bad_luhn(14, "20"),
    }
    t = """⟦!Teams channel name|#5West-Nursing⟧ · Microsoft Teams · exported Fri
──────────────────────────────────────────
**⟦name|Kateryna Hrytsenko⟧** (Charge RN) 7:02 AM
@⟦name|Marisol Ybarra⟧ can you print a new band for **⟦!room number|512-B⟧**? old one is smudged 😬 OCR'd it from the scanner:
```
⟦name|OKAFOR-LINDQVIST, CHIAMAKA E⟧
DOB: ⟦date|02/29/1940⟧   ⟦!age under 90|85Y⟧ F
MRN: ⟦mrn|E4410827⟧   FIN: ⟦?encounter number (account-at-a-provider rule)|70031855126⟧
ADM: ⟦date|12/01/2025⟧   ATT: ⟦name|PRZYBYLSKI, M⟧
||| |||| || ||||| *⟦mrn|E4410827⟧*  ⟦!wristband barcode digits (Luhn-invalid)|«barcode»⟧
ALLERGY: LATEX   ** FALL RISK **
```
**⟦name|Marisol Ybarra⟧** 7:05 AM
on it 👍 — bed board below is from the 0700 huddle, pls fix anything wrong

| Rm | Patient | Age | Att | Notes |
|---|---|---|---|---|
| ⟦!room number|512-B⟧ | ⟦name|Okafor-Lindqvist, C⟧ | ⟦!age under 90|85y⟧ | ⟦name|Przybylski⟧ | tele · DC pending PT |
| ⟦!room number|514-A⟧ | ⟦name|Fonoti, Tavita⟧ | ⟦age|91y⟧ | ⟦name|Haddad-Nasser⟧ | q2h turns · ⟦!eponymous pressure-injury scale|Braden⟧ 12 |
| ⟦!room number|516⟧ | ⟦name|Prothero-Hughes, Eleanor⟧ | ⟦!age under 90|88y⟧ | ⟦name|Haddad-Nasser⟧ | UK visitor · interpreter N/A |

**⟦name|Aoife Ní Bhriain⟧** (Case Mgmt) 7:11 AM
re 516 — Mrs ⟦name|Prothero-Hughes⟧ is here on holiday from Cardiff. NHS no. from her GP letter: ⟦nhs|«nhs»⟧. Son ⟦name|Gareth⟧ lands
tonight, mobile ⟦phone|07700 900417⟧. travel insurer wants the H&P faxed, I'll do it ✅

**⟦name|Dev Raghunathan⟧** (Clinical Informatics) 7:18 AM
bed-board tile blank again? it's the token refresh. Temporary workaround, run this on the unit PC:
`curl -H "Authorization: Bearer ⟦jwt|«jwt»⟧" https://bedboard.example.org/api/v2/units/5W`

**⟦name|Aoife Ní Bhriain⟧** 7:20 AM
@⟦name|Dev Raghunathan⟧ you just pasted your token in a 40-person channel 🙃 and yesterday's msg in ⟦!Teams channel name|#integration-dev⟧ had this:
> ⟦pem|«pem»⟧

**⟦name|Dev Raghunathan⟧** 7:22 AM
🤦 revoking both now. Thanks ⟦name|Aoife⟧. Please delete the quote.

**⟦name|Kateryna Hrytsenko⟧** 7:31 AM
⟦name|Tavita Fonoti⟧'s daughter ⟦name|Losa⟧ called, wants update before 10 — @⟦name|Joon-ho Baek⟧ can you call her back? ⟦phone|(808) 555-0139⟧
"""
    return t, values
