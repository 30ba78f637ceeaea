"""doc3: a pharmacy's CII perpetual-inventory log with a count discrepancy."""
import re

GENRE = """retail pharmacy's Schedule II perpetual-inventory log for one NDC (fixed-width columns:
   date, Rx or receipt reference, patient `LAST, FIRST (DOB)`, prescriber DEA, in/out/balance,
   pharmacist initials), a prescriber legend with NPIs and DEAs, and the pharmacist-in-charge's notes
   on a suspected forged prescription (address, phone, member ID) and a hospice patient aged 92;
   pasted with a question about where a 20-tablet discrepancy starts"""

NOTES = """* **CII log** (doc3). Dispensing dates and patients' birth dates are gold (this patient's care);
  the balance-forward, wholesaler-receipt and physical-count dates are negatives (inventory events,
  not about a person); the print stamp is ambiguous (log metadata). Rx numbers are ambiguous (no
  class); the NDC, the NCPDP ID, CSOS order and invoice numbers and the tablet counts are negatives.
  Pharmacist initials in the log (`KMO`, `JTA`) are ambiguous (initials); the pharmacist-in-charge is
  gold in full and as `K. Morioka-Ortiz`. Patients in `LAST, FIRST` capitals are single name spans,
  accents kept (`GUTIÉRREZ SOLANO, MARÍA JOSÉ`). The pharmacy's own DEA registration is gold
  `phi.dea` (as an organisation's NPI is gold); its address, ZIP and phone are ambiguous (business).
  Prescriber DEAs are gold in the log and the legend (make.py checks each DEA's second letter
  against the registrant's name and re-adds the running balance, which must break exactly once, by
  20, on the line the question is about). `92 y/o` is an age. The forged prescription's address,
  ZIP, phone and member ID are gold (they name a person, real or not); the date of death is gold."""

DATE_ORDER = "MDY"


def strip_labels(s):
    return re.sub(r"⟦[^|⟦⟧]*\|", "", s).replace("⟧", "")


def pad(s, w):
    return s + " " * max(1, w - len(strip_labels(s)))


def row(date, ref, pt, dea, qin, qout, bal, rph):
    return (pad(date, 16) + pad(ref, 12) + pad(pt, 44) + pad(dea, 11) + pad(qin, 5) + pad(qout, 5)
            + pad(bal, 5) + rph)


def make(g):
    dea_ph = g.dea("F", "R")
    dea_fl = g.dea("B", "F")
    dea_ns = g.dea("M", "N")
    dea_hv = g.dea("F", "H")
    npi_fl, npi_ns, npi_hv = g.npi(), g.npi(), g.npi()
    rx = [str(6104427 + i * 31 + g.rng.randint(0, 20)) for i in range(7)]
    member = "M" + g.digits(10, "123456789")
    ph = "(937) 555-" + g.phone_line()
    D = lambda s: "⟦dea|%s⟧" % s
    R = lambda s: "⟦?Rx number (no class)|Rx %s⟧" % s
    KMO = "⟦?pharmacist initials|KMO⟧"
    JTA = "⟦?pharmacist initials|JTA⟧"
    rows = [
        row("⟦!inventory date, not about a person|Sat 02/01/2025⟧", "OPEN", "balance forward (biennial inventory)",
            "", "-", "-", "340", KMO),
        row("⟦date|Mon 02/03/2025⟧", R(rx[0]), "⟦name|LINDQVIST, ANNIKA⟧ (⟦date|04/22/1958⟧)", D(dea_fl),
            "-", "60", "280", KMO),
        row("⟦date|Tue 02/04/2025⟧", R(rx[1]), "⟦name|OSTROWSKI, BERNARD⟧ (⟦date|01/15/1933⟧)", D(dea_ns),
            "-", "30", "250", KMO),
        row("⟦!wholesaler receipt date, not about a person|Thu 02/06/2025⟧", "RECEIPT",
            "CSOS ⟦!CSOS order number|250206-00417⟧ inv ⟦!invoice number|40918823⟧", "", "200", "-", "450", JTA),
        row("⟦date|Fri 02/07/2025⟧", R(rx[2]), "⟦name|WHITCOMBE, DELROY⟧ (⟦date|09/30/1979⟧)", D(dea_fl),
            "-", "90", "360", JTA),
        row("⟦date|Tue 02/11/2025⟧", R(rx[3]), "⟦name|PHAM-ADEYEMI, GRACE⟧ (⟦date|11/02/1990⟧)", D(dea_hv),
            "-", "20", "340", KMO),
        row("⟦date|Tue 02/18/2025⟧", R(rx[4]), "⟦name|GUTIÉRREZ SOLANO, MARÍA JOSÉ⟧ (⟦date|07/19/1968⟧)",
            D(dea_hv), "-", "40", "280", JTA),
        row("⟦date|Fri 02/21/2025⟧", R(rx[5]), "⟦name|LINDQVIST, ANNIKA⟧ (⟦date|04/22/1958⟧)", D(dea_fl),
            "-", "60", "220", KMO),
        row("⟦date|Tue 02/25/2025⟧", R(rx[6]), "⟦name|O'DONNELL-BAPTISTE, CIARÁN⟧ (⟦date|03/08/1984⟧)",
            D(dea_ns), "-", "30", "190", KMO),
        row("⟦!wholesaler receipt date, not about a person|Thu 02/27/2025⟧", "RECEIPT",
            "CSOS ⟦!CSOS order number|250227-00233⟧ inv ⟦!invoice number|40923107⟧", "", "100", "-", "290", JTA),
    ]
    head = row("Date", "Ref", "Patient (DOB)", "Presc DEA", "In", "Out", "Bal", "RPh")
    tpl = ("Our oxycodone 5 mg count is off by 20 tablets. Perpetual log export below - where does the "
           "discrepancy start, and does anything here mean we should file a DEA 106 or call the police?\n\n"
           "RIVERBEND COMMUNITY PHARMACY #0217 | ⟦?pharmacy address (business)|4410 Riverside Dr⟧, Dayton OH "
           "⟦?pharmacy ZIP (business)|45405⟧ | ⟦?pharmacy phone (business)|(937) 555-0105⟧\n"
           "DEA reg. ⟦dea|" + dea_ph + "⟧  NCPDP ⟦!NCPDP pharmacy ID|3698214⟧\n"
           "CII PERPETUAL INVENTORY - oxycodone HCl 5 mg tab, NDC ⟦!NDC|59011-0105-10⟧ (100 ct)\n"
           "Printed ⟦?report print stamp (log metadata)|03/10/2025 07:52⟧ by " + KMO + "\n\n"
           + head + "\n" + "\n".join(rows) + "\n"
           "PHYSICAL COUNT ⟦!inventory count date, not about a person|03/03/2025⟧: 270 (perpetual 290, "
           "difference -20)\n\n"
           "Prescribers: Dr. ⟦name|Tobias Ferreira-Lund⟧ NPI ⟦npi|" + npi_fl + "⟧ DEA " + D(dea_fl) + "; "
           "⟦name|Amara Nwachukwu-Stein⟧, NP, NPI ⟦npi|" + npi_ns + "⟧ DEA " + D(dea_ns) + "; "
           "Dr. ⟦name|Solveig Halvorsen⟧ NPI ⟦npi|" + npi_hv + "⟧ DEA " + D(dea_hv) + "\n\n"
           "Notes (⟦name|K. Morioka-Ortiz⟧):\n"
           "- " + R(rx[2]) + " for ⟦name|Delroy Whitcombe⟧: hard copy on file. Address on the Rx, "
           "⟦addr|4471 Orchard Hill Ln, Apt 12⟧, Dayton OH ⟦zip|45424⟧, is not in the USPS database and "
           "⟦phone|" + ph + "⟧ is disconnected. Billed to Buckeye Community Health, member ID "
           "⟦member|" + member + "⟧; the plan says that ID belongs to someone with a different DOB. "
           "Dr. ⟦name|Ferreira-Lund⟧'s office says he has never seen this patient.\n"
           "- ⟦name|Bernard Ostrowski⟧ (⟦age|92 y/o⟧, hospice) died ⟦date|02/12/2025⟧; his family brought "
           "back 12 tabs for destruction on ⟦date|Fri 02/14/2025⟧, logged on the waste sheet, not returned "
           "to stock.\n"
           "- Pharmacist-in-charge: ⟦name|Kenji Morioka-Ortiz⟧, RPh.\n")
    return tpl, {}


def extra_check(text, spans):
    errs = []
    names = {}
    for m in re.finditer(r"(?:Dr\. )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)(?:, NP)? NPI \d{10} DEA ([A-Z]{2}\d{7})", text):
        names[m.group(2)] = m.group(1)
    for dea, who in names.items():
        if dea[1] != who.split()[-1][0]:
            errs.append("DEA %s does not match %s" % (dea, who))
    m = re.search(r"DEA reg\. ([A-Z]{2}\d{7})", text)
    if m and m.group(1)[1] != "R":
        errs.append("pharmacy DEA %s does not match RIVERBEND" % m.group(1))
    if not names and not m:
        for m2 in re.finditer(r"Dr\. (?:\w+ )?([A-Z][\w-]+) DEA ([A-Z]{2}\d{7})", text):
            if m2.group(2)[1] != m2.group(1)[0]:
                errs.append("DEA %s does not match %s" % (m2.group(2), m2.group(1)))
    bal = None
    breaks = []
    for line in text.splitlines():
        m = re.search(r"\s(\d+|-)\s+(\d+|-)\s+(\d+)\s+[A-Z]{3}$", line)
        if not m or not re.match(r"[A-Z][a-z]{2} \d\d/\d\d/\d{4}", line):
            continue
        qin = 0 if m.group(1) == "-" else int(m.group(1))
        qout = 0 if m.group(2) == "-" else int(m.group(2))
        b = int(m.group(3))
        if bal is not None and bal + qin - qout != b:
            breaks.append((line[:14], bal + qin - qout - b))
        bal = b
    if "DEA reg." in text:
        if breaks != [("Tue 02/18/2025", 20)]:
            errs.append("running balance should break once, by 20, on 02/18: %r" % breaks)
        m = re.search(r"PHYSICAL COUNT [\d/]+: (\d+) \(perpetual (\d+)", text)
        if not m or int(m.group(2)) != bal or bal - int(m.group(1)) != 20:
            errs.append("physical count line does not match the log")
    return errs
