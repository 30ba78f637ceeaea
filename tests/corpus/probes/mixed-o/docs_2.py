# -*- coding: utf-8 -*-
"""doc2: Polish notarial deed of gift (akt notarialny, umowa darowizny), Kraków."""
import datetime
import re

GENRE = """Polish notarial deed of gift (akt notarialny – umowa darowizny, a notary's office in Kraków, the `wypis` copy) by which a 93-year-old widow gives her flat and a sum of money to her granddaughter living in Chicago: the notarial register number, the deed's date written out in words and in figures, the notary in the instrumental case, the donor with her maiden name, her parents' given names in the genitive, birth date, PESEL, Polish identity card and its validity date, postcode and street line with flat number; the donee with her parents' names, PESEL, Chicago street line and ZIP and US passport; the flat's building in the locative and its land-register number, the donee's Polish IBAN for the money, the tax-group statement citing a statute by its date, the notary's fee under a regulation cited by its date with VAT, and the notary's signature; pasted by the granddaughter with a request for a translation for her US tax preparer"""

NOTES = """Dates are day-first (`DATE_ORDER = DMY`, `LANG = pl`). The deed's date written in words, `czternastego października roku dwa tysiące dwudziestego piątego`, is one gold span (new in set O; the checker parses Polish genitive ordinals), `14.10.2025`, `2 lutego 1932`, `19 lipca 1996` and the transfer deadline `31.10.2025` are gold with `r.` outside; `Tuesday, October 14, 2025` in the question carries its weekday (checked). `93` in `turned 93` is an age (`extra_check` confirms it on the deed date). Inflected names are gold as written: `Agnieszką Wróblewską-Nowak` (instrumental) and `Agnieszka Wróblewska-Nowak` (signature), `Halina Zofia Kowalczyk`, `Halina Kowalczyk`, the maiden name `Dąbrowska`, the parents' given names in the genitive (`Józefa`, `Stanisławy`, `Piotra`, `Elżbiety`), `Natalia Kowalczyk-Reyes`, the dative `Natalii Kowalczyk-Reyes`, and `Natalie` in the question. The PESEL numbers (`extra_check` verifies their check digits, birth dates and female sex digit), the identity card (check digit verified), the land-register number (check digit verified) and the notarial register number are ambiguous (no class); the card's validity date is ambiguous (expiry rule). The Polish postcode `31-128` is ambiguous, the street lines `ul. Karmelicka 47 m. 12` and its locative `ul. Karmelickiej 47` gold; the notary's office address is ambiguous (business). The Chicago street line with its unit, the ZIP and the US passport are gold. The IBAN is gold (`extra_check` verifies the sort-code check digit, mod 97 and length). The dates of the gift-tax act (`28 lipca 1983`) and of the notarial-fee regulation (`28 czerwca 2004`) are negatives; the gift amount `40000` (ZIP-shaped) is a negative, other złoty amounts are unlabelled. `extra_check` recomputes the maximum notarial fee for the stated value (1,010 zł + 0.4% of the excess over 60,000 zł) and the 23% VAT on it and on the copies."""

DATE_ORDER = 'DMY'
LANG = 'pl'


def make(g):
    v = {}
    v['pesel1'] = g.pesel(datetime.date(1932, 2, 2), True)
    v['pesel2'] = g.pesel(datetime.date(1996, 7, 19), True)
    v['dowod'] = g.pl_idcard()
    v['passport'] = g.choice('ACEKNRS') + g.digits(8)
    v['kw'] = g.kw('KR1P')
    v['iban'] = g.iban('PL', g.pl_sortcode('109', g.digits(4)) + g.digits(16))
    T = """Could you translate this wypis of the deed my grandmother signed in Kraków on ⟦date|Tuesday, October 14, 2025⟧? It is for my US tax preparer. Babcia turned ⟦age|93⟧ in February. – ⟦name|Natalie⟧

Repertorium A nr ⟦?notarial register number (record number, no class)|4817/2025⟧
WYPIS
AKT NOTARIALNY

Dnia ⟦date|czternastego października roku dwa tysiące dwudziestego piątego⟧ (⟦date|14.10.2025⟧ r.) przed notariuszem ⟦name|Agnieszką Wróblewską-Nowak⟧, prowadzącą Kancelarię Notarialną w Krakowie przy ⟦?notary's office address (business)|ul. Basztowej 17 lok. 4⟧, stawiły się:
1. ⟦name|Halina Zofia Kowalczyk⟧ z domu ⟦name|Dąbrowska⟧, córka ⟦name|Józefa⟧ i ⟦name|Stanisławy⟧, urodzona ⟦date|2 lutego 1932⟧ r., PESEL ⟦?national identifier without a class (PESEL)|«pesel1»⟧, zamieszkała: ⟦?foreign postcode (Polish)|31-128⟧ Kraków, ⟦addr|ul. Karmelicka 47 m. 12⟧, legitymująca się dowodem osobistym ⟦?foreign identity document (Polish identity card)|«dowod»⟧ ważnym do ⟦?identity card validity date (expiry rule)|15.03.2029⟧ r.,
2. ⟦name|Natalia Kowalczyk-Reyes⟧, córka ⟦name|Piotra⟧ i ⟦name|Elżbiety⟧, urodzona ⟦date|19 lipca 1996⟧ r., PESEL ⟦?national identifier without a class (PESEL)|«pesel2»⟧, zamieszkała: ⟦addr|1847 W. Cortland St., Apt 3R⟧, Chicago, IL ⟦zip|60622⟧, USA, legitymująca się paszportem USA nr ⟦passport|«passport»⟧.
Tożsamość stawających notariusz ustaliła na podstawie okazanych dokumentów.

UMOWA DAROWIZNY
§ 1. ⟦name|Halina Kowalczyk⟧ oświadcza, że jest właścicielką lokalu mieszkalnego nr 12 w budynku przy ⟦addr|ul. Karmelickiej 47⟧ w Krakowie, dla którego Sąd Rejonowy dla Krakowa-Podgórza prowadzi księgę wieczystą ⟦?land-register number (no class)|«kw»⟧.
§ 2. ⟦name|Halina Kowalczyk⟧ daruje wnuczce ⟦name|Natalii Kowalczyk-Reyes⟧ opisany lokal oraz kwotę ⟦!amount in złoty (ZIP-shaped)|40000⟧ zł, którą przeleje do dnia ⟦date|31.10.2025⟧ r. na rachunek obdarowanej nr ⟦iban|«iban»⟧, a ⟦name|Natalia Kowalczyk-Reyes⟧ darowiznę przyjmuje.
§ 3. Wartość przedmiotu darowizny strony określają na 690000 zł. Stawające oświadczają, że należą do grupy zerowej w rozumieniu art. 4a ustawy z dnia ⟦!date of a statute|28 lipca 1983⟧ r. o podatku od spadków i darowizn.
§ 4. Koszty ponosi obdarowana. Pobrano: taksę notarialną (§ 3 pkt 5 rozporządzenia Ministra Sprawiedliwości z dnia ⟦!date of a regulation|28 czerwca 2004⟧ r.) 3530,00 zł, VAT 23% 811,90 zł, za wypisy 36,00 zł + VAT 8,28 zł.
Akt ten został odczytany, przyjęty i podpisany.
⟦name|Agnieszka Wróblewska-Nowak⟧, notariusz
"""
    return T, v


def _zl(s):
    return round(float(s.replace(',', '.')), 2)


def extra_check(text):
    E = []
    deed = H.parse_pl_words(re.search(r'Dnia (.+?) \(', text).group(1))
    num = re.search(r'\((\d{2})\.(\d{2})\.(\d{4}) r\.\)', text)
    if not deed or not num or deed != (int(num.group(3)), int(num.group(2)), int(num.group(1))):
        E.append('deed date in words differs from the figures')
        return E
    on = datetime.date(*deed)
    p = re.findall(r'urodzona (\d+) (\w+) (\d{4}) r\., PESEL (\d{11})', text)
    if len(p) != 2:
        return E + ['two PESEL lines expected']
    births = []
    for d, mo, y, pesel in p:
        born = datetime.date(int(y), H.DateParser('DMY', ('pl',)).parse('%s %s %s' % (d, mo, y))[0][1], int(d))
        births.append(born)
        if not H.pesel_ok(pesel, born, True):
            E.append('PESEL %s does not match %s or its check digit' % (pesel, born))
    age = re.search(r'turned (\d+)', text)
    if not age or H.age_on(births[0], on) != int(age.group(1)):
        E.append('donor age in the question wrong')
    card = re.search(r'dowodem osobistym ([A-Z]{3} \d{6})', text)
    if not card or not H.pl_idcard_ok(card.group(1)):
        E.append('identity card check digit')
    kw = re.search(r'księgę wieczystą (\S+?)\.\n', text)
    if not kw or not H.kw_ok(kw.group(1)):
        E.append('land-register check digit')
    iban = re.search(r'rachunek obdarowanej nr (PL[\d ]+\d)', text)
    if not iban or H.iban_errors(iban.group(1)):
        E.append('IBAN: %s' % (H.iban_errors(iban.group(1)) if iban else 'missing'))
    value = int(re.search(r'określają na (\d+) zł', text).group(1))
    fee = _zl(re.search(r'r\.\) (\d+,\d{2}) zł', text).group(1))
    vat = _zl(re.search(r'VAT 23% (\d+,\d{2}) zł', text).group(1))
    copies = re.search(r'za wypisy (\d+,\d{2}) zł \+ VAT (\d+,\d{2}) zł', text)
    want = round(1010 + 0.004 * (value - 60000), 2) if 60000 < value <= 1000000 else None
    if want is None or abs(fee - want) > 0.005:
        E.append('notarial fee %.2f, regulation maximum %s' % (fee, want))
    if abs(vat - round(fee * 0.23, 2)) > 0.005:
        E.append('VAT on the fee wrong')
    if not copies or abs(_zl(copies.group(2)) - round(_zl(copies.group(1)) * 0.23, 2)) > 0.005:
        E.append('VAT on the copies wrong')
    return E


BROKEN = [
    ('3530,00 zł', '3350,00 zł'),
    ('811,90 zł', '818,90 zł'),
    ('(14.10.2025 r.)', '(15.10.2025 r.)'),
    ('turned 93', 'turned 92'),
]
