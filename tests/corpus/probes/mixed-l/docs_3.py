"""doc3: Swedish emergency-department note for an American tourist."""
import datetime

GENRE = """Swedish emergency-department note (akutjournal) for a 91-year-old American tourist with a hip
fracture: Swedish long and ISO dates with weekdays, a Swedish reserve number, her US passport, US home
address and ZIP, her son's US number and her daughter's Swedish prepaid mobile, the travel insurer's
claim number, ICD-10 codes, the `Garden` fracture classification, two doctors; pasted by the travel
insurer's claims handler with a request for an English summary listing every date of service"""

NOTES = """Dates are day-first (`DATE_ORDER = DMY`, `LANG = sv`): `tisdag 15 juli 2025` and `onsdag 16 juli
2025` are single spans with their weekdays (checked), `8 juli 2025` and the ISO birth date are gold, `15/7`
(no year) is ambiguous. `91 år` and `91-årig` are ages (`extra_check` confirms 91 on the arrival date).
The Swedish reserve number (`reservnummer`, a temporary national identifier for foreigners) has no class:
ambiguous. The US passport, the Asheville street line with its unit and the ZIP are gold. `+1 828 555
01xx` is a phone (the span starts after the `+`, set H's E.164 rule); the daughter's Swedish mobile is in PTS's fiction range.
`Bettina (Betty) Whitcombe-Laine` is one span. The insurer's claim number is ambiguous (claim rule);
`Garden IV` is an eponymous classification (also an ordinary English word) and a negative, as is the
blood pressure `148/82` (not a date). `leg. läkare`/`ST-läkare` are titles outside the spans."""

DATE_ORDER = "DMY"
LANG = "sv"


def make(g):
    v = {
        "resnr": "19331104-R" + g.digits(3, False),
        "pass": g.choice("ABCEH") + g.digits(8),
        "ph1": g.phone("828", "space"),
        "ph2": "070-174 06 %02d" % g.randint(10, 99),
    }
    t = r"""Claim TRV-25-118374: please summarise this Swedish ER note in English for our medical reviewer and list every date of service.

AKUTJOURNAL - Akutmottagningen, Länssjukhuset i Norrvik
Patient: ⟦name|WHITCOMBE, Eleanor Grace⟧   Reservnr ⟦?Swedish reserve number for a foreign patient, no class|«resnr»⟧
Född ⟦date|1933-11-04⟧ (⟦age|91 år⟧)   Pass (USA) ⟦passport|«pass»⟧
Hemadress: ⟦addr|612 Larkspur Lane, Unit B⟧, Asheville NC ⟦zip|28804⟧, USA
Anhöriga: sonen ⟦name|Desmond Whitcombe⟧ (USA) +⟦phone|1 «ph1»⟧; dottern ⟦name|Bettina (Betty) Whitcombe-Laine⟧ reser med patienten, svenskt kontantkort ⟦phone|«ph2»⟧
Försäkring: Aurora Travel Assist, skadenummer ⟦?insurer's claim number|TRV-25-118374⟧
Ankomst: ⟦date|tisdag 15 juli 2025⟧ kl. 09:12, ambulans från hotellet.

Anamnes: ⟦age|91-årig⟧ kvinna på rundresa i Sverige sedan ⟦date|8 juli 2025⟧. Snubblade i hotellets trappa i morse och kunde inte resa sig. Tidigare förmaksflimmer (⟦icd|I48.9⟧), står på apixaban 5 mg x 2; hypertoni.
Status: Vaken, orienterad. BT ⟦!blood pressure, not a date|148/82⟧, puls 96 oregelbunden, SpO2 95 %. Vänster ben förkortat och utåtroterat.
Rtg: Dislocerad collumfraktur vänster, ⟦!fracture classification named after a surgeon (also an ordinary word)|Garden IV⟧ (⟦icd|S72.00⟧).
Åtgärd: Inläggning ortopedavdelning 12, hemiartroplastik planerad ⟦date|onsdag 16 juli 2025⟧. Apixaban utsatt ⟦?date without a year|15/7⟧ kl. 10. ⟦name|Desmond Whitcombe⟧ informerad per telefon, dottern på plats.
Läkare: ⟦name|Oskar Lindqvist-Mäkelä⟧, leg. läkare; ⟦name|Amira Haddad⟧, ST-läkare
"""
    return t, v


def extra_check(text, values):
    dob = datetime.date(1933, 11, 4)
    arrival = datetime.date(2025, 7, 15)
    assert arrival.year - dob.year - ((arrival.month, arrival.day) < (dob.month, dob.day)) == 91
    assert values["resnr"].startswith(dob.strftime("%Y%m%d"))
