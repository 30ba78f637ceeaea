# -*- coding: utf-8 -*-
"""doc8: IOLTA client trust ledger of a personal-injury settlement."""
import re

GENRE = """law firm's IOLTA client trust ledger for a personal-injury settlement, exported from the accounting system with a bookkeeper's privileged note: the trust account's credit union, routing and account numbers, the client in `Surname, Given` form with a Spanish compound surname and particles, matter and court case numbers, the date of injury, the client's ITIN from her W-9, ledger rows (settlement wire in with the insurer's claim number, attorney's fee and costs checks to the firm, a hospital lien check with the hospital's account number, a chiropractic lien to a practice named after its owners, the Medicare conditional-payment wire quoting her MBI and the recovery contractor's case ID, the net wire to the client's own credit-union routing and account numbers) with running balances that carry one $100 error, and the note on the settlement-statement signature date, the husband's consortium waiver and the client's phone; pasted by the responsible attorney asking why the bank says the matter is $100 short"""

NOTES = """Ledger rows are pipe-separated; row dates are dates of this client's matter (gold, as set J's bank-statement transaction dates), as are the date of injury and the signature date. The bookkeeper's `PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION` line is gold. The firm's trust account and the client's own account are gold `fin.bank_account` with their routing numbers (`1221` prefix, Arizona; the trust account although a business owns it, as set E's escrow account); the ITIN and the MBI are gold. `Villaseñor de la Cruz, Esperanza`, `Esperanza Villaseñor de la Cruz`, `Villaseñor de la Cruz` in the case caption, `E. Villaseñor de la Cruz`, `Esperanza`, `Rafael de la Cruz`, `Samir Haddad`, `Trish Lundqvist` and `Trish` are gold (particles inside the spans). The firm and the chiropractic practice named after people are ambiguous; `St. Agnes` (a hospital named for a saint) is a negative. The matter number, the court case number, the insurer's claim number, the hospital account number and the recovery contractor's case ID are ambiguous; check numbers are negatives; amounts and balances are unlabelled; the attorney's sign-off `SH` is initials (ambiguous). `extra_check` re-adds the running balance, checks the one-third fee, and finds exactly one wrong balance (the chiropractic row, 100.00 too high), which carries through to a ledger showing 0.00 while the account is 100.00 short."""


def make(g):
    v = {
        'aba1': g.aba('1221'), 'acct1': g.digits(10), 'aba2': g.aba('1221'), 'acct2': g.digits(9),
        'itin': g.itin(), 'mbi': g.mbi(), 'claim': '7781-33-' + g.digits(4),
        'bcrc': '20251' + g.digits(9), 'lien': g.digits(8),
    }
    while v['acct1'][0] == '0' or v['acct2'][0] == '0':
        v['acct1'], v['acct2'] = g.digits(10), g.digits(9)
    T = """The bank says the trust account is $100.00 short on this matter, but our ledger shows zero. Which line is off, and what should I tell ⟦name|Trish⟧? – ⟦?initials sign-off|SH⟧

⟦?law firm named after people|HADDAD & OYELARAN PLLC⟧ – IOLTA CLIENT TRUST LEDGER
Trust account: Saguaro Federal Credit Union, ABA ⟦aba|«aba1»⟧, acct ⟦acct|«acct1»⟧
Client: ⟦name|Villaseñor de la Cruz, Esperanza⟧   Matter ⟦?matter number|2024-0117⟧   Attorney: ⟦name|Samir Haddad⟧
Case: ⟦name|Villaseñor de la Cruz⟧ v. Redline Freight LLC, Maricopa Co. Sup. Ct. ⟦?court case number|CV2024-012345⟧; DOI ⟦date|03/14/2024⟧
W-9 on file: ITIN ⟦itin|«itin»⟧

Date       | Ref      | Payee / payor                  | Memo                                  | In         | Out       | Balance
⟦date|09/22/2025⟧ | WIRE IN  | Great Basin Casualty Ins. Co.  | Settlement, claim ⟦?insurer claim number|«claim»⟧        | 185,000.00 |           | 185,000.00
⟦date|09/29/2025⟧ | ⟦!check number|CHK 4518⟧ | ⟦?law firm named after people|Haddad & Oyelaran PLLC⟧         | Attorney fee 1/3                      |            | 61,666.67 | 123,333.33
⟦date|09/29/2025⟧ | ⟦!check number|CHK 4519⟧ | ⟦?law firm named after people|Haddad & Oyelaran PLLC⟧         | Costs advanced                        |            | 4,812.40  | 118,520.93
⟦date|10/03/2025⟧ | ⟦!check number|CHK 4520⟧ | ⟦!saint's name (a hospital)|St. Agnes⟧ Regional Medical Ctr | Hospital lien, acct ⟦?account at a provider|«lien»⟧         |            | 21,400.00 | 97,120.93
⟦date|10/03/2025⟧ | ⟦!check number|CHK 4521⟧ | ⟦?practice named after people|Rivera-Stokes Chiropractic PC⟧  | Chiropractic lien                     |            | 6,350.00  | 90,870.93
⟦date|10/06/2025⟧ | WIRE OUT | Medicare BCRC                  | Conditional payment, MBI ⟦mbi|«mbi»⟧, case ⟦?recovery contractor case ID|«bcrc»⟧ |  | 9,118.52  | 81,752.41
⟦date|10/08/2025⟧ | WIRE OUT | ⟦name|Esperanza Villaseñor de la Cruz⟧ | Net to client, ABA ⟦aba|«aba2»⟧ acct ⟦acct|«acct2»⟧ |  | 81,752.41 | 0.00

⟦priv|PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION⟧
Note: ⟦name|E. Villaseñor de la Cruz⟧ signed the settlement statement on ⟦date|10/07/2025⟧; her husband ⟦name|Rafael de la Cruz⟧ waived his consortium claim. ⟦name|Esperanza⟧ prefers calls in Spanish at ⟦phone|602-555-0147⟧. – ⟦name|Trish Lundqvist⟧
"""
    return T, v


def _money(s):
    return round(float(s.replace(',', '')), 2) if s.strip() else 0.0


def extra_check(text):
    rows = [r for r in text.splitlines() if re.match(r'\d\d/\d\d/\d{4} \|', r)]
    if len(rows) != 7:
        return ['7 ledger rows expected, %d found' % len(rows)]
    bal = 0.0
    bad = []
    shown = 0.0
    for r in rows:
        c = [x.strip() for x in r.split('|')]
        if len(c) != 7:
            return ['row with %d cells' % len(c)]
        inc, out, shown = _money(c[4]), _money(c[5]), _money(c[6])
        bal = round(bal + inc - out, 2)
        if abs(bal - shown) > 0.005:
            bad.append((c[1], round(shown - bal, 2)))
            bal = shown  # the ledger carries its own figure forward
    E = []
    if bad != [('CHK 4521', 100.0)]:
        E.append('expected one balance 100.00 too high on CHK 4521: %s' % bad)
    true_final = round(sum(_money(r.split('|')[4]) - _money(r.split('|')[5]) for r in rows), 2)
    if shown != 0.0 or true_final != -100.0:
        E.append('ledger should show 0.00 with the account 100.00 short (true %.2f)' % true_final)
    fee = _money(rows[1].split('|')[5])
    if abs(fee - round(_money(rows[0].split('|')[4]) / 3, 2)) > 0.005:
        E.append('fee is not one third')
    return E


BROKEN = [
    ('| 6,350.00  | 90,870.93', '| 6,350.00  | 90,770.93'),
    ('| 61,666.67 | 123,333.33', '| 61,666.76 | 123,333.24'),
    ('| 9,118.52  | 81,752.41', '| 9,118.52  | 81,762.41'),
]
