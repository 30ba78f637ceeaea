"""doc2: Czech operative report (operační protokol), Prague, for a Chicago patient."""

import re

GENRE = """Czech operative report (operační protokol, Prague teaching hospital) for a 91-year-old Chicago
woman who broke her hip while visiting her daughter: Czech long and numeric dates (`D. M. YYYY` with
spaces) with weekdays, the rodné číslo of a woman born before 1954, her Chicago address and ZIP and
`+1` phone, the daughter's Prague street line with a `1284/92` house number and her `+420` mobile,
MKN-10 (ICD-10) codes, the AO/OTA classification, the surgical team with `MUDr.`/`Ph.D.`/`DiS.`
titles, an implant lot and an eponymous K-wire, and a refund to the daughter's Czech IBAN; pasted by
the US clinic's medical assistant with a request for an English translation"""

NOTES = """Dates are day-first (`DATE_ORDER = DMY`, `LANG = cs`): `čtvrtek 11. září 2025` and
`pondělí 15. září 2025` are single spans with their weekdays (checked); `3. 11. 1933`, `10. 9. 2025`
and `11. 9. 2025` are gold; `18. 9.` (no year) is ambiguous. `91 let` and `91-year-old` are ages
(`extra_check` confirms 91 on the operation date). `Ludmila Reyesová` (Czech feminine form),
`Ludmila Reyes` (the English prompt) and her maiden name `Horáková` are three gold texts; titles
(`MUDr.`, `Ph.D.`, `DiS.`, `Dr.`) stay outside. The rodné číslo has no class (ambiguous; `extra_check`
confirms it encodes her birth date with month + 50 and has nine digits, as for anyone born before
1954). The Chicago street line with its unit and the ZIP are gold; the daughter's Prague street line
`Korunní 1284/92` is gold and the Czech postcodes (`120 00`, the hospital's `100 34`) are ambiguous, the
hospital's own address too (business). Both phones are E.164 (span after the `+`); the Czech mobile
is invented (no fiction range exists). The travel-insurance policy number is ambiguous; the protocol
number, the AO/OTA code `31A2.2`, `ASA III`, the implant lot and the eponym `Kirschnerovým` (K-wire)
are negatives. `S72.10`, `W10.0` and `I48.9` are gold ICD-10 (MKN-10) codes. The daughter's IBAN is
gold (`extra_check` verifies the Czech national check digits as well as mod 97)."""

DATE_ORDER = 'DMY'
LANG = 'cs'


def make(g):
    v = dict(rc='336103/' + g.digits(3), iban=g.iban_cz('0800'))
    t = """Pasted from the PDF the Prague hospital sent. Please translate this operative report into English \
for Dr. ⟦N|Whitfield⟧'s follow-up clinic. The patient is our ⟦AGE|91-year-old⟧ ⟦N|Ludmila Reyes⟧; she fell \
while visiting her daughter.

Fakultní nemocnice Královské Vinohrady, Ortopedicko-traumatologická klinika
⟦?hospital address (business)|Šrobárova 1150/50⟧, ⟦?Czech postcode (foreign postcode, business)|100 34⟧ Praha 10

OPERAČNÍ PROTOKOL č. ⟦!protocol number (document ID)|OP-25-14877⟧
Pacientka: ⟦N|Ludmila Reyesová⟧, roz. ⟦N|Horáková⟧, nar. ⟦D|3. 11. 1933⟧ (⟦AGE|91 let⟧), \
RČ ⟦?Czech birth number (national identifier with no class)|«rc»⟧
Bydliště: ⟦A|4418 N Kedvale Ave, Apt 2B⟧, Chicago, IL ⟦Z|60630⟧, USA; tel. +⟦P|1 773 555 0141⟧
Pojištění: cestovní, pojistka č. ⟦?travel-insurance policy number|TRV-8830147⟧
Kontakt: dcera ⟦N|Eva Nováková⟧, ⟦A|Korunní 1284/92⟧, ⟦?Czech postcode (foreign postcode)|120 00⟧ Praha 2, \
tel. +⟦P|420 605 555 013⟧

Přijata: ⟦D|10. 9. 2025⟧ po pádu ze schodů v bytě dcery.
Dg.: ⟦ICD|S72.10⟧ pertrochanterická zlomenina femuru vlevo (AO/OTA ⟦!fracture classification|31A2.2⟧), \
⟦ICD|W10.0⟧; fibrilace síní ⟦ICD|I48.9⟧ na warfarinu (INR při přijetí 2,6, korigováno).
Datum operace: ⟦D|čtvrtek 11. září 2025⟧, 08:40–09:25
Operatér: MUDr. ⟦N|Tomáš Kratochvíl⟧, Ph.D.; asistence: MUDr. ⟦N|Petra Šimková⟧; anestezie: \
MUDr. ⟦N|Ondřej Vávra⟧ (spinální, ⟦!anaesthesia risk class (score)|ASA III⟧); instrumentářka: \
⟦N|Lenka Holubová⟧, DiS.
Výkon: zavřená repozice na extenčním stole pod RTG, dočasná fixace ⟦!eponym (Kirschner wire), not a person|Kirschnerovým⟧ \
drátem, osteosyntéza hřebem PFNA 10 × 200 mm, 130° (⟦!implant lot number|LOT 2411873⟧), distální jisticí \
šroub. Krevní ztráta 250 ml. RTG: postavení anatomické.
Doporučení: enoxaparin 40 mg s.c. 1× denně 35 dní, vertikalizace 1. pooperační den, převaz \
⟦?date without a year|18. 9.⟧, extrakce stehů 14. den (v USA). Plánované propuštění: ⟦D|pondělí 15. září 2025⟧.
Záloha 60 000 Kč uhrazena dcerou; přeplatek 12 450 Kč bude vrácen na její účet ⟦IBAN|«iban»⟧.

V Praze ⟦D|11. 9. 2025⟧, MUDr. ⟦N|Tomáš Kratochvíl⟧, Ph.D.
"""
    return t, v


def extra_check(text, gold, H):
    dob = re.search(r'nar\. (\d{1,2}\. \d{1,2}\. \d{4})', text).group(1)
    born = H.to_date(dob, 'DMY')
    op = H.to_date(re.search(r'Datum operace: (.+?), \d', text).group(1), 'DMY')
    H.need(H.age_on(born, op) == 91, 'age 91 on the operation date')
    rc = re.search(r'RČ (\d{6})/(\d+)', text)
    yy, mm, dd = int(rc.group(1)[:2]), int(rc.group(1)[2:4]), int(rc.group(1)[4:])
    H.need(mm > 50 and (1900 + yy, mm - 50, dd) == (born.year, born.month, born.day), 'rodné číslo encodes her birth date')
    H.need(len(rc.group(2)) == 3 and born.year < 1954, 'nine-digit rodné číslo before 1954')
    H.need(gold.get(dob) == 'pii.date' and gold.get('91 let') == 'pii.age_over_89', 'birth date and age gold')
    iban = [t for t, c in gold.items() if c == 'fin.iban'][0]
    s = iban.replace(' ', '')
    H.need(s.startswith('CZ') and H.iban_ok(iban) and H.cz_national_ok(s[4:]), 'CZ IBAN national checks')
    for t, c in gold.items():
        if c == 'pii.phone' and t.startswith('420'):
            H.need(re.fullmatch(r'420 \d{3} 555 0\d{2}', t), 'Czech number in the invented pattern')


BROKEN = [
    ('rodné číslo month without +50', 'RČ 336103/', 'RČ 331103/'),
    ('birth date moved so she is 92', 'nar. 3. 11. 1933', 'nar. 3. 11. 1932'),
]
