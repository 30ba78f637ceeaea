# -*- coding: utf-8 -*-
"""doc11: draft suspicious activity report narrative on elder financial exploitation."""
import re

GENRE = """community bank's draft suspicious activity report (SAR) narrative on elder financial exploitation, written by a BSA/AML investigator: the statutory SAR confidentiality legend, the investigation case number and the prior SAR's BSA ID, the 91-year-old customer (birth date, home street line and ZIP), his live-in caregiver with a quoted nickname (birth date, SSN, Illinois driver's licence, street line with unit, ZIP, cell, e-mail), his ten-digit checking account, her account and its bank's routing number, monthly counts and totals of online transfers, the online-banking IP and device first-seen date, his debit card used for a car down payment with the car's VIN, a bitcoin purchase to an exchange deposit address, the branch manager's visit date, his nephew and his phone, the Adult Protective Services referral date and report number, the activity period and the total; pasted by the investigator asking for a tighter narrative and a check of the totals"""

NOTES = """The `CONFIDENTIAL SAR MATERIAL – DISCLOSURE PROHIBITED (31 U.S.C. 5318(g)(2))` line is a statutory confidentiality legend, not an attorney-client or work-product marker (negative, new in set O); the investigation case number, the prior SAR's BSA ID (14 digits) and the APS report number are ambiguous (case numbers / record ID with no class). `Walter J. Brzezinski`, `Brzezinski` after `Mr.` (every occurrence), `Shaniqua "Nikki" Dorsey-Vance` (one span), `Dorsey-Vance`, `Nikki`, `Megan O'Sullivan-Price` (apostrophe inside the span), `Gregory Brzezinski` and the investigator `Owen Castellano` are gold. `91` after `age` and in `Mr. Brzezinski, 91,` is an age (`extra_check` confirms it on the branch visit date). Birth dates, the activity period, the transfer, card, crypto, visit and referral dates and the device's first-seen date are gold. The SSN, the Illinois licence (`extra_check` matches its first letter to `Dorsey-Vance`), both street lines with their ZIPs, her cell and e-mail, his nephew's phone, the online-banking IP (her home connection), his ten-digit checking account (phone-shaped, gold as `fin.bank_account`), her account and its routing number (`0719`, Chicago district), the debit card (Luhn, `fin.credit_card`), the VIN and the bech32 deposit address are gold. The month-years of the transfer table (`July 2025`, `August 2025`, `September 2025`) are about his account (gold). Bank, dealership and exchange names are unlabelled; the model year `2022` is a negative (year only). `extra_check` re-adds the monthly transfers (4 + 6 + 4 = 14, $48,600.00) and the total suspicious amount (transfers plus the card payment, $61,500.00; the $9,500.00 bitcoin purchase came out of the transferred funds and is not added again)."""


def make(g):
    v = {
        'ssn': g.ssn(), 'dl': 'D%s-%s-%s' % (g.digits(3), g.digits(4), g.digits(4)),
        'acct1': '44' + g.digits(8), 'acct2': g.digits(11), 'aba2': g.aba('0719'),
        'card': g.card('4'), 'vin': g.vin('2T3', 'P1RFV', 'N', 'W'), 'btc': g.btc(),
        'ip': '198.51.100.%d' % g.randrange(20, 250), 'bsa': '3100021' + g.digits(7),
    }
    T = """Please tighten this SAR narrative (who, what, when, where, why, how) and check that the totals add up before it goes to QA.

LAKESHORE COMMUNITY BANK – BSA/AML INVESTIGATIONS
⟦!statutory SAR confidentiality legend, not a privilege marker|CONFIDENTIAL SAR MATERIAL – DISCLOSURE PROHIBITED (31 U.S.C. 5318(g)(2))⟧
Case ⟦?investigation case number|INV-2025-0843⟧ · Continuing activity; prior SAR BSA ID ⟦?prior filing ID (record ID, no class)|«bsa»⟧ · Draft 2

Lakeshore Community Bank is filing this SAR to report suspected elder financial exploitation of its customer ⟦name|Walter J. Brzezinski⟧ (DOB ⟦date|06/11/1934⟧, age ⟦age|91⟧), of ⟦addr|2231 W Argyle St⟧, Chicago, IL ⟦zip|60625⟧, by his live-in caregiver ⟦name|Shaniqua "Nikki" Dorsey-Vance⟧ (DOB ⟦date|02/27/1988⟧, SSN ⟦ssn|«ssn»⟧, Illinois DL ⟦dl|«dl»⟧, ⟦addr|5018 N Kenmore Ave, Apt 2F⟧, Chicago, IL ⟦zip|60640⟧, cell ⟦phone|312-555-0181⟧, ⟦email|nikki.dv88@example.com⟧).

Between ⟦date|07/15/2025⟧ and ⟦date|09/30/2025⟧, online transfers moved funds from Mr. ⟦name|Brzezinski⟧'s checking account ⟦acct|«acct1»⟧ to account ⟦acct|«acct2»⟧ at Northbrook Digital Bank (routing ⟦aba|«aba2»⟧), held solely by ⟦name|Dorsey-Vance⟧:
  ⟦date|July 2025⟧: 4 transfers, $12,400.00
  ⟦date|August 2025⟧: 6 transfers, $19,750.00
  ⟦date|September 2025⟧: 4 transfers, $16,450.00
  Total: 14 transfers, $48,600.00
Every session came from IP ⟦ip|«ip»⟧ on a device first seen ⟦date|07/12/2025⟧; Mr. ⟦name|Brzezinski⟧ has never enrolled in online banking. On ⟦date|08/21/2025⟧ his debit card ⟦card|«card»⟧ paid a $12,900.00 down payment at Lakeview Motors on a ⟦!vehicle model year (year only)|2022⟧ Toyota RAV4, VIN ⟦vin|«vin»⟧, titled to ⟦name|Dorsey-Vance⟧. On ⟦date|09/12/2025⟧, $9,500.00 left the Northbrook account for the CoinVault deposit address ⟦btc|«btc»⟧ in her name.
Branch manager ⟦name|Megan O'Sullivan-Price⟧ met Mr. ⟦name|Brzezinski⟧, ⟦age|91⟧, on ⟦date|09/30/2025⟧; ⟦name|Nikki⟧ answered every question for him. His nephew, ⟦name|Gregory Brzezinski⟧ (⟦phone|(773) 555-0119⟧), reported the car. Adult Protective Services referral made ⟦date|10/01/2025⟧, report ⟦?APS report number (case)|APS-25-118204⟧.
Total suspicious amount: $61,500.00 (transfers plus the card payment; the bitcoin purchase was made with transferred funds).

Prepared by ⟦name|Owen Castellano⟧, BSA Investigator
"""
    return T, v


def _m(s):
    return float(s.replace(',', ''))


def extra_check(text):
    E = []
    rows = re.findall(r'^  \w+ 2025: (\d+) transfers, \$([\d,]+\.\d\d)$', text, re.M)
    tot = re.search(r'Total: (\d+) transfers, \$([\d,]+\.\d\d)', text)
    if len(rows) != 3 or not tot:
        return ['monthly rows or total missing']
    if sum(int(n) for n, _ in rows) != int(tot.group(1)) or abs(sum(_m(a) for _, a in rows) - _m(tot.group(2))) > 0.005:
        E.append('monthly transfers do not add up to the total')
    card = re.search(r'paid a \$([\d,]+\.\d\d) down payment', text)
    sus = re.search(r'Total suspicious amount: \$([\d,]+\.\d\d)', text)
    if not card or not sus or abs(_m(tot.group(2)) + _m(card.group(1)) - _m(sus.group(1))) > 0.005:
        E.append('total suspicious amount is not transfers plus card payment')
    dl = re.search(r'Illinois DL ([A-Z])\d{3}-\d{4}-\d{4}', text)
    if not dl or dl.group(1) != 'D':
        E.append("licence letter does not match Dorsey-Vance")
    import datetime
    dob = re.search(r'Brzezinski \(DOB (\d\d)/(\d\d)/(\d{4}), age (\d+)\)', text)
    visit = re.search(r'Brzezinski, (\d+), on (\d\d)/(\d\d)/(\d{4})', text)
    if not dob or not visit:
        return E + ['age lines missing']
    born = datetime.date(int(dob.group(3)), int(dob.group(1)), int(dob.group(2)))
    on = datetime.date(int(visit.group(4)), int(visit.group(2)), int(visit.group(3)))
    if not (H.age_on(born, on) == int(dob.group(4)) == int(visit.group(1))):
        E.append('ages differ from the birth date')
    return E


BROKEN = [
    ('6 transfers, $19,750.00', '6 transfers, $19,570.00'),
    ('Total suspicious amount: $61,500.00', 'Total suspicious amount: $71,000.00'),
    ('age 91)', 'age 90)'),
]
