"""doc6: a bank statement CSV produced in divorce discovery, with a paralegal's notes."""
import csv
import io
import re

GENRE = """CSV bank statement produced in divorce discovery (header rows with the account holder, his
   address, account and routing numbers, then dated transactions: Zelle transfers naming people, a
   Venmo handle, an international wire quoting a Spanish IBAN, a crypto-exchange debit, checks, card
   purchases, a masked transfer account, payroll), with a paralegal's work-product notes naming the
   girlfriend's social profile URL, her ITIN from a 1099, a bitcoin address, an undisclosed card and a
   truck's VIN; pasted with a request to total the transfers and flag dissipation"""

NOTES = """* **Bank statement** (doc6). make.py parses the CSV block with `csv` and re-adds every running
  balance. Transaction dates are about this party's finances in a pending case (gold), the
  statement period too; the card expiry `09/28` is ambiguous. In the CSV, names are in capitals
  without accents (`MARISOL ECHEVERRIA`, `TERESA VEGA`, `DARIO A VEGA`: gold); in the notes the same
  woman is `Marisol Echeverría` (gold, a different text). The Venmo handle is ambiguous; the profile
  URL naming her is gold `pii.url`. The account number and routing number are gold; the masked
  savings account (`XXXXXX7712`), the Bates numbers and the case number are ambiguous. The IBAN is
  gold in both its compact form (inside the wire description) and grouped in fours in the notes
  (make.py verifies mod 97 and the Spanish national check digits). The ITIN, the bech32 address, the
  Visa card and the VIN are gold. Check numbers, the Zelle confirmation codes, the wire reference,
  amounts and the BTC amount are negatives or unlabelled; the ATM's street location, the exchange's
  phone and the fast-food chain named after a person are ambiguous (business). The work-product line
  is gold once."""

DATE_ORDER = "MDY"


def make(g):
    acct = g.digits(10, "3456789")
    aba = g.aba("0412")
    iban = g.iban_es("2100", "0418")
    iban_c = iban.replace(" ", "")
    itin = g.itin()
    btc = g.btc()
    card = g.visa()
    vin = g.vin("3TMCZ5AN", "N", "M")
    phone = "(937) 555-" + g.phone_line()
    tx = [
        ("01/03/2025", "ZELLE TO ⟦name|MARISOL ECHEVERRIA⟧ CONF ⟦!Zelle confirmation code|QX7K2P⟧", -1500.00),
        ("01/03/2025", "PAYROLL ACH MIAMI VALLEY HVAC SUPPLY", 2846.19),
        ("01/06/2025", "VENMO *⟦?Venmo handle|jess-ruiz-88⟧", -400.00),
        ("01/09/2025", "ATM WITHDRAWAL ⟦?ATM location (business)|5514 CEDAR POINT RD⟧ SANDUSKY OH", -500.00),
        ("01/10/2025", "WIRE OUT INTL REF ⟦!wire reference|0110HX55⟧ BENEF ⟦name|MARISOL ECHEVERRIA⟧ IBAN ⟦iban|"
         + iban_c + "⟧", -6000.00),
        ("01/10/2025", "INTL WIRE FEE", -45.00),
        ("01/14/2025", "COINBASE.COM ⟦?exchange's phone (business)|855-555-0106⟧", -3000.00),
        ("01/15/2025", "CHECK ⟦!check number|1043⟧", -2200.00),
        ("01/17/2025", "POS DEBIT ⟦?restaurant chain named after a person|WENDYS⟧ #1887 DAYTON OH", -14.62),
        ("01/17/2025", "PAYROLL ACH MIAMI VALLEY HVAC SUPPLY", 2846.19),
        ("01/21/2025", "ONLINE TRANSFER TO SAV ⟦?masked account number|XXXXXX7712⟧", -1000.00),
        ("01/24/2025", "TOYOTA MOTOR CREDIT AUTOPAY", -612.40),
        ("01/27/2025", "ZELLE TO ⟦name|MARISOL ECHEVERRIA⟧ CONF ⟦!Zelle confirmation code|RT4M8N⟧", -750.00),
        ("01/28/2025", "ZELLE FROM ⟦name|TERESA VEGA⟧", 500.00),
        ("01/31/2025", "INTEREST PAID", 0.41),
    ]
    bal = 14412.55
    rows = ["⟦date|01/02/2025⟧,BEGINNING BALANCE,,%.2f" % bal]
    for d, desc, amt in tx:
        bal = round(bal + amt, 2)
        rows.append("⟦date|%s⟧,%s,%.2f,%.2f" % (d, desc, amt, bal))
    csv_block = ("Account Name,⟦name|DARIO A VEGA⟧\n"
                 "Address,⟦addr|2716 SHROYER RD⟧ DAYTON OH ⟦zip|45419⟧\n"
                 "Account Number,⟦acct|" + acct + "⟧\n"
                 "Routing Number,⟦aba|" + aba + "⟧\n"
                 "Statement Period,⟦date|01/01/2025⟧ - ⟦date|01/31/2025⟧\n"
                 "Date,Description,Amount,Balance\n" + "\n".join(rows) + "\n")
    tpl = ("⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT⟧\n"
           "In re Marriage of ⟦name|Isabel Castellanos-Vega⟧ and ⟦name|Dario Vega⟧, case ⟦?case number|2024 DR 01187⟧\n\n"
           "Opposing counsel produced the January statement below as ⟦?Bates number|VEGA-000412⟧. Please total the "
           "transfers out to anyone other than our client and flag anything that looks like dissipation of marital "
           "assets. My notes are under the CSV.\n\n"
           "```csv\n" + csv_block + "```\n\n"
           "Notes:\n"
           "1. ⟦name|Marisol Echeverría⟧ is the girlfriend named in the PI report (her profile: "
           "⟦url|https://social.example.com/marisol.echeverria.77⟧). Two Zelles plus the ⟦date|01/10/2025⟧ wire.\n"
           "2. Wire beneficiary account ⟦iban|" + iban + "⟧ is in her name in Valencia.\n"
           "3. ⟦name|Dario⟧ issued her a 1099-NEC as a \"consultant\" (⟦?Bates number|VEGA-000447⟧) under her ITIN "
           "⟦itin|" + itin + "⟧.\n"
           "4. His Coinbase statement (⟦?Bates number|VEGA-000433⟧) shows 0.0412 BTC sent on ⟦date|01/16/2025⟧ to "
           "⟦btc|" + btc + "⟧; not on his financial affidavit.\n"
           "5. Undisclosed Visa ⟦card|" + card + "⟧, exp ⟦?card expiry|09/28⟧, from an Amazon receipt "
           "(⟦?Bates number|VEGA-000451⟧).\n"
           "6. Toyota autopay is the 2022 Tacoma, VIN ⟦vin|" + vin + "⟧, titled to him alone.\n"
           "Client: ⟦name|Isabel⟧, ⟦phone|" + phone + "⟧ (cell, texts OK).\n")
    return tpl, {}


def extra_check(text, spans):
    m = re.search(r"Date,Description,Amount,Balance\n(.*?)(?:```|\Z)", text, re.S)
    if not m:
        return ["no CSV transactions found"]
    errs = []
    bal = None
    for rec in csv.reader(io.StringIO(m.group(1))):
        if len(rec) != 4:
            errs.append("CSV row with %d fields: %r" % (len(rec), rec))
            continue
        b = float(rec[3])
        if bal is not None and round(bal + float(rec[2] or 0), 2) != b:
            errs.append("running balance breaks at %r" % rec)
        bal = b
    return errs
