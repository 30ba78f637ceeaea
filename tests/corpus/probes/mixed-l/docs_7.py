"""doc7: Polish home-birth midwife's register page."""

GENRE = """Polish community midwife's home-birth register page (rejestr porodów, Gdańsk): two births with
Polish long and numeric dates and a weekday, mothers with birth dates, PESEL numbers, `ul.`/`al.` street
lines with `m.` flat numbers, postcodes and `+48` phones, fathers, newborns' names, weights and Apgar
scores, ICD-10 codes, a Ukrainian mother's UK NHS number from her pregnancy care in Leeds, a transfer to
hospital, the midwife's licence number and signature; pasted with a request to turn it into a CSV"""

NOTES = """Dates are day-first (`DATE_ORDER = DMY`, `LANG = pl`): `poniedziałek, 3 marca 2025` and `środa, 19
marca 2025` are single spans with their weekdays (checked), without the trailing `r.`; `11.03.2025`, `12.03.2025` and the mothers'
birth dates are gold. Newborns are persons (`Lena`, `Maksym` gold). PESEL numbers are ambiguous (national
identifier with no class); `extra_check` verifies their check digits and that they encode the mothers'
birth dates. Polish postcodes are ambiguous (foreign postcodes); the street lines with `m.` are gold.
The NHS number is gold `id.uk_nhs` although it is spaced 3-3-4 like a US phone number. Apgar scores
`9/10` and `8/9` are negatives (look like dates), as is the page reference `14/2025`; the eponymous screening test (`Guthriego`, genitive of Guthrie)
and the screening-card number are negatives; the midwife's
licence number (PWZ) is a negative (licence rule). `H. Wiśniewska-Kurek` and `Halina Wiśniewska-Kurek`
are both gold. The `+48` numbers are invented (no Polish fiction range exists); their spans start after the `+` (set H's E.164 rule)."""

DATE_ORDER = "DMY"
LANG = "pl"


def make(g):
    v = {
        "pwz": g.digits(7) + "A",
        "pesel1": g.pesel(1994, 6, 14),
        "ph1": "48 601 555 0%02d" % g.randint(10, 99),
        "pesel2": g.pesel(1989, 9, 2),
        "nhs": g.nhs(),
        "ph2": "48 733 555 0%02d" % g.randint(10, 99),
    }
    t = r"""Convert this page of my register into a CSV, one row per birth (date, mother, child, weight, Apgar). Keep the Polish diacritics.

REJESTR PORODÓW DOMOWYCH - położna ⟦name|Halina Wiśniewska-Kurek⟧, Gdańsk
PWZ ⟦!midwife's licence number|«pwz»⟧, strona ⟦!page reference of the register, not a date|14/2025⟧

Poz. 41
Data porodu: ⟦date|poniedziałek, 3 marca 2025⟧ r., godz. 04:12
Matka: ⟦name|Zofia Kowalczyk-Adamczyk⟧, ur. ⟦date|14.06.1994⟧, PESEL ⟦?Polish national identifier (PESEL), no class|«pesel1»⟧
Adres: ⟦addr|ul. Ogarna 17 m. 4⟧, ⟦?foreign postcode|80-826⟧ Gdańsk, tel. +⟦phone|«ph1»⟧
Ojciec: ⟦name|Bartosz Adamczyk⟧
Dziecko: dziewczynka ⟦name|Lena⟧, 3420 g, 54 cm, Apgar ⟦!Apgar score, not a date|9/10⟧
Przebieg: poród w wodzie, krocze całe, łożysko kompletne o 04:31 (⟦icd|O80⟧).
Wizyta patronażowa ⟦date|5.03.2025⟧: ⟦name|Lena⟧ 3310 g, żółtaczka fizjologiczna, karmiona piersią; krew na test ⟦!eponymous newborn screening test (Guthrie)|Guthriego⟧ pobrana, bibuła nr ⟦!screening card number|PL-25-0311842⟧.

Poz. 42
Data porodu: ⟦date|11.03.2025⟧ r., godz. 22:50
Matka: ⟦name|Kateryna Bondarenko⟧, ur. ⟦date|02.09.1989⟧, PESEL ⟦?Polish national identifier (PESEL), no class|«pesel2»⟧; do 2024 r. mieszkała w Leeds, karta ciąży z NHS nr ⟦nhs|«nhs»⟧
Adres: ⟦addr|al. Grunwaldzka 212 m. 7⟧, ⟦?foreign postcode|80-266⟧ Gdańsk, tel. +⟦phone|«ph2»⟧
Partner: ⟦name|Taras Bondarenko⟧
Dziecko: chłopiec ⟦name|Maksym⟧, 3980 g, 56 cm, Apgar ⟦!Apgar score, not a date|8/9⟧
Uwagi: krwawienie po porodzie (⟦icd|O72.1⟧), matka przewieziona do szpitala ⟦date|12.03.2025⟧ o 00:15; matka i ⟦name|Maksym⟧ stabilni.
Wypis ze szpitala ⟦date|14.03.2025⟧; wizyta domowa ⟦date|środa, 19 marca 2025⟧: ⟦name|Kateryna⟧ w dobrym stanie, ⟦name|Taras⟧ przejął nocne karmienia butelką.

Podpis: ⟦name|H. Wiśniewska-Kurek⟧
"""
    return t, v


def extra_check(text, values):
    from datetime import date
    for key, dob in (("pesel1", date(1994, 6, 14)), ("pesel2", date(1989, 9, 2))):
        p = values[key]
        assert len(p) == 11 and p.isdigit()
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        assert (10 - sum(int(c) * x for c, x in zip(p[:10], w)) % 10) % 10 == int(p[10]), key
        assert p[:6] == dob.strftime("%y%m%d"), key
        assert int(p[9]) % 2 == 0, "female serial digit"
