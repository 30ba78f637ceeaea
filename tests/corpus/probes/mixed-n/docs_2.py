"""doc2: Hungarian notary's probate order (hagyatékátadó végzés), pasted for translation."""
import datetime
import re

import make as H

GENRE = ("Hungarian notary's probate order (hagyatékátadó végzés, Budapest) for a 93-year-old widow's "
         "estate: the notary's office and case number, the deceased in the married-name form "
         "(`Szabó Lajosné`) with her birth name, mother's name, birth and death dates, personal ID and tax "
         "ID and last address, the hearing date with its weekday after the date, the two heirs (a son in "
         "Budapest with a Hungarian mobile and ID card, a daughter in Ohio with her US address, phone and "
         "US passport), the estate (the flat with its land-registry number, an OTP account and its HU "
         "IBAN, a car with its VIN and plate, a bitcoin address), statute citations and the appeal "
         "period; pasted by a Cleveland estate paralegal with a request for a translation")

NOTES = ("Dates are year-first (`DATE_ORDER = YMD`, `LANG = hu`, new in set N): `1931. szeptember 2.`, "
         "`1958. 07. 19.` and `1962.11.03.` are gold with their final period, which is the day's "
         "ordinal mark (as set M's `18. 9.`); in `2025. május 14-én` the case suffix replaces that period "
         "and stays outside, so the span is `2025. május 14`; `2025. október 8., szerda` carries its "
         "weekday after a comma inside the span (checked), and the bare `2025. október 8.` at the "
         "signature is a further gold text. `93 éves` is an age (`extra_check` confirms 93 at death). "
         "Names are surname-first (`Szabó Péter`, `Fekete Margit`, `Kertész-Vámos Judit`); the married "
         "form `Szabó Lajosné` (Mrs Lajos Szabó), her birth name `Bakos Erzsébet` and her late husband "
         "`Szabó Lajos` are three gold texts; `özv.` (widow), `Dr.`, `szül.` and `közjegyző` stay outside. "
         "`Szabó-Moore Katalin`, `Kathleen Moore` and, in the English question, `Kathleen (Katalin) "
         "Szabó-Moore` (one span) and `Péter` are gold. The personal ID (személyi azonosító) and tax ID "
         "(adóazonosító jel, ten digits, labelled as not a phone number) are ambiguous (national "
         "identifiers without a class); `extra_check` verifies both check digits and that both encode her "
         "birth date. The son's ID-card number is ambiguous (foreign ID). Hungarian postcodes (`1117`, "
         "`1136`, `1052`) are ambiguous; the street lines end with the flat (`... 2. emelet 4. ajtó`) and "
         "are gold; `Bartók Béla út` is a street named after a composer, part of the street span and not "
         "a name. The notary's office address and phone are ambiguous (business), as are the case number, "
         "the land-registry lot number and the plate. The daughter's Ohio street line, ZIP, phone (E.164, "
         "span after the `+`) and US passport are gold; the son's `+36` mobile is gold (invented number). "
         "The OTP account (three blocks of eight digits) and the HU IBAN are gold (`extra_check` verifies "
         "the Hungarian block check digits, mod 97 and that the IBAN carries the account); the VIN and the "
         "bech32 address are gold. The statute citations and the year `1998` are negatives; forint "
         "amounts are unlabelled.")

DATE_ORDER = "YMD"
LANG = "hu"

BIRTH = datetime.date(1931, 9, 2)


def make(g):
    v = {}
    v["szemelyi"] = s = g.hu_szemelyi(2, BIRTH)
    v["szemelyi_f"] = "%s-%s-%s" % (s[0], s[1:7], s[7:])
    v["ado"] = g.hu_adoazonosito(BIRTH)
    acct = g.hu_account("117")
    v["acct"] = "%s-%s-%s" % (acct[:8], acct[8:16], acct[16:])
    iban = "HU" + H.iban_check_digits("HU", acct) + acct
    v["iban"] = " ".join(iban[i:i + 4] for i in range(0, 28, 4))
    v["vin"] = g.vin("TSM", "AZH72", "G", "0")
    v["btc"] = g.bech32()
    v["pass"] = g.passport()
    v["hu_cell"] = "36 30 555 " + g.phone_tail()
    v["us_cell"] = "1 440 555 " + g.phone_tail()
    v["office"] = "36 1 555 " + g.phone_tail()
    v["idcard"] = g.digits(6) + g.pick("ABCDEFGHJKLMNPRSTUVZ", 2)
    v["hrsz"] = "%d/%d/A/%d" % (g.randint(5000, 7999), g.randint(1, 9), g.randint(10, 40))
    v["case"] = "%d/Ü/2025/%d" % (g.randint(11000, 15999), g.randint(3, 9))
    tpl = """Please translate this Hungarian probate order for our file. Our client ⟦name|Kathleen (Katalin) Szabó-Moore⟧ in Parma, Ohio is one of the heirs: what does she receive, and is there a deadline she has to meet? Her brother ⟦name|Péter⟧ says the appeal period runs from delivery.

---
Dr. ⟦name|Kertész-Vámos Judit⟧ közjegyző
⟦?business postcode (notary's office; foreign postcode)|1052⟧ Budapest, ⟦?business address (notary's office)|Petőfi Sándor utca 11. I. emelet⟧, tel.: +⟦?business line (notary's office)|«office»⟧
Ügyszám: ⟦?case number (case rule)|«case»⟧

HAGYATÉKÁTADÓ VÉGZÉS

Örökhagyó: özv. ⟦name|Szabó Lajosné⟧ (szül. ⟦name|Bakos Erzsébet⟧), született Kecskeméten, ⟦date|1931. szeptember 2.⟧; anyja neve: ⟦name|Fekete Margit⟧; személyi azonosító: ⟦?Hungarian personal ID (national identifier without a class), not a phone number|«szemelyi_f»⟧; adóazonosító jel: ⟦?Hungarian tax ID (national identifier without a class), not a phone number|«ado»⟧; utolsó lakóhelye: ⟦?Hungarian postcode (foreign postcode)|1117⟧ Budapest, ⟦addr|Bartók Béla út 61. 2. emelet 4. ajtó⟧. Elhunyt ⟦date|2025. május 14⟧-én, ⟦age|93 éves⟧ korában. Férje, ⟦name|Szabó Lajos⟧ ⟦!year only|1998⟧-ban elhunyt.

A közjegyző a ⟦!statute citation|2010. évi XXXVIII. törvény⟧ alapján ⟦date|2025. október 8., szerda⟧ napján hagyatéki tárgyalást tartott.

Törvényes örökösök (gyermekek):
1. ⟦name|Szabó Péter⟧ (szül. ⟦date|1958. 07. 19.⟧; anyja neve: ⟦name|Bakos Erzsébet⟧), ⟦?Hungarian postcode (foreign postcode)|1136⟧ Budapest, ⟦addr|Tátra utca 5/B. 3. emelet 12. ajtó⟧; mobil: +⟦phone|«hu_cell»⟧; személyi igazolvány: ⟦?Hungarian ID card number (foreign identity document)|«idcard»⟧
2. ⟦name|Szabó-Moore Katalin⟧ (⟦name|Kathleen Moore⟧; szül. ⟦date|1962.11.03.⟧), ⟦addr|6120 Ridgewood Dr⟧, Parma, OH ⟦zip|44130⟧, USA; tel.: +⟦phone|«us_cell»⟧; USA útlevél: ⟦pass|«pass»⟧

A hagyaték:
a) ⟦?Hungarian postcode (foreign postcode)|1117⟧ Budapest, ⟦addr|Bartók Béla út 61. 2. emelet 4. ajtó⟧ alatti lakás (helyrajzi szám: ⟦?land-registry lot number (parcel rule)|«hrsz»⟧), forgalmi érték 68 500 000 Ft;
b) OTP Bank Nyrt., számlaszám: ⟦acct|«acct»⟧ (IBAN: ⟦iban|«iban»⟧), egyenleg 4 212 380 Ft;
c) Suzuki Swift személygépkocsi, rendszám: ⟦?licence plate (no class)|MKT-417⟧, alvázszám: ⟦vin|«vin»⟧;
d) kriptoeszköz: ⟦btc|«btc»⟧ (0,0415 BTC).

A közjegyző a hagyatékot a ⟦!statute citation|2013. évi V. törvény⟧ (Ptk.) törvényes öröklési szabályai szerint a két gyermeknek fele-fele arányban átadja. A végzés ellen a kézbesítéstől számított 15 napon belül fellebbezésnek van helye.

Budapest, ⟦date|2025. október 8.⟧
⟦name|Kertész-Vámos Judit⟧ s.k. közjegyző
---
"""
    return tpl, v


def extra_check(text):
    errs = []
    m = re.search(r"személyi azonosító: (\d)-(\d{6})-(\d{4})", text)
    a = re.search(r"adóazonosító jel: (8\d{9})", text)
    b = re.search(r"szül\. Bakos Erzsébet\), született Kecskeméten, (\d{4})\. (\w+) (\d{1,2})\.", text)
    d = re.search(r"Elhunyt (\d{4})\. (\w+) (\d{1,2})-én, (\d+) éves", text)
    if not (m and a and b and d):
        return ["doc2 fields not found"]
    birth = datetime.date(int(b.group(1)), H.HU_MONTHS[b.group(2)], int(b.group(3)))
    death = datetime.date(int(d.group(1)), H.HU_MONTHS[d.group(2)], int(d.group(3)))
    sid = "".join(m.groups())
    if not H.hu_szemelyi_ok(sid):
        errs.append("personal ID check digit")
    if m.group(1) != "2" or m.group(2) != birth.strftime("%y%m%d"):
        errs.append("personal ID does not encode a woman born on the birth date")
    if not H.hu_adoazonosito_ok(a.group(1)) or H.hu_adoazonosito_birth(a.group(1)) != birth:
        errs.append("tax ID check digit or birth date")
    age = death.year - birth.year - ((death.month, death.day) < (birth.month, birth.day))
    if age != int(d.group(4)):
        errs.append("age at death is %d, not %s" % (age, d.group(4)))
    acc = re.search(r"számlaszám: (\d{8})-(\d{8})-(\d{8}) \(IBAN: (HU[\d ]+)\)", text)
    if not acc:
        return errs + ["account not found"]
    digits = "".join(acc.group(1, 2, 3))
    iban = acc.group(4).replace(" ", "")
    if not H.hu_account_ok(digits):
        errs.append("Hungarian account block check digits")
    if not H.iban_ok(iban) or iban[4:] != digits:
        errs.append("IBAN does not verify or does not carry the account")
    return errs


def broken(text):
    out = []
    m = re.search(r"adóazonosító jel: (8\d{9})", text)
    a = m.group(1)
    out.append(text.replace(a, a[:-1] + str((int(a[-1]) + 1) % 10)))
    m = re.search(r"személyi azonosító: \d-(\d{6})-", text)
    out.append(text.replace(m.group(1), "310903", 1))
    out.append(text.replace("93 éves", "94 éves"))
    m = re.search(r"számlaszám: (\d{8})-(\d{8})", text)
    blk = m.group(2)
    out.append(text.replace(blk, blk[:3] + blk[4] + blk[3] + blk[5:], 1))
    return out
