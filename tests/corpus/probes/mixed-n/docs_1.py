"""doc1: NACHA ACH file (PPD credit batch of patient refunds) with an entry-hash rejection."""
import re

import make as H

GENRE = ("NACHA ACH file (a PPD credit batch of patient credit-balance refunds) from a hospital's "
         "revenue-cycle system: 94-character fixed-width records (file header with the bank's routing "
         "number, batch header with the company ID, entry details with receiving routing numbers, account "
         "numbers, amounts, patient account numbers and names in capitals surname-first, two cut off at 22 "
         "characters, an addenda record quoting a date of service, batch and file control with entry hash "
         "and totals, 9-filled block padding); pasted by a revenue-cycle analyst with the bank's entry-hash "
         "rejection and the entry she deleted before sending")

NOTES = ("No separators: the record layout's field boundaries are token boundaries (`BOUNDARIES`, new in "
         "set N). Each receiving routing number is the 8-digit RDFI ID plus its check digit, one 9-digit "
         "gold span (checksum verified), and the account number that follows it is gold without its "
         "padding; the bank's routing number in the file header is gold too. The 8-digit ODFI inside the "
         "batch records and trace numbers is a partial number (unlabelled); trace numbers and the batch "
         "number are negatives. Names are single spans without padding: `NGUYEN THI BICH NGOC` (surname "
         "first), `OKONKWO-BRANDT PHILIPP`, `DELGADO-FIGUEROA J R` (initials), and the cut-off "
         "`MACALLISTER-ROYCE MARG` and `WHITFIELD-AYODELE DOLO` (gold as written); `Dolores "
         "Whitfield-Ayodele` and `Margaret MacAllister-Royce` in the question are further gold texts. "
         "Amount fields (ten digits run together) are negatives whose reason says they are not phone "
         "numbers, as is the company ID (`1` + EIN) in the header and batch records. Patient account "
         "numbers in the individual-ID field and in the addenda are ambiguous (account-at-a-provider); "
         "the file creation and effective entry dates (`YYMMDD`) are batch metadata (ambiguous); the "
         "addenda's date of service `08/14/2025` is gold. `extra_check` checks every record is 94 "
         "characters, the record order and 9-padding to a multiple of ten, entry and block counts, the "
         "credit totals, every RDFI check digit, ascending trace numbers and the addenda's sequence, and "
         "that the stated entry hash equals the file's own hash plus the deleted entry's RDFI ID (the "
         "defect the question is about).")

DATE_ORDER = "MDY"

FIELDS = {
    "1": [1, 2, 4, 14, 24, 30, 34, 35, 38, 40, 41, 64, 87],
    "5": [1, 2, 5, 21, 41, 51, 54, 64, 70, 76, 79, 80, 88],
    "6": [1, 2, 4, 12, 13, 30, 40, 55, 77, 79, 80],
    "7": [1, 2, 4, 84, 88],
    "8": [1, 2, 5, 11, 21, 33, 45, 55, 74, 80, 88],
    "9": [1, 2, 8, 14, 22, 32, 44, 56],
}
REC_RE = re.compile(r"(?m)^[156789][0-9].{92}$")


def BOUNDARIES(text):
    out = set()
    for m in REC_RE.finditer(text):
        line = m.group()
        if line == "9" * 94:
            continue
        for p in FIELDS[line[0]]:
            out.add(m.start() + p - 1)
        out.add(m.end())
    return out


def L(val, width, label=None):
    assert len(val) <= width, (val, width)
    core = "⟦%s|%s⟧" % (label, val) if label else val
    return core + " " * (width - len(val))


def Z(num, width, label=None):
    val = str(num).rjust(width, "0")
    assert len(val) == width
    return "⟦%s|%s⟧" % (label, val) if label else val


def raw(tpl):
    return re.sub(r"⟦[^|⟦⟧]*\|", "", tpl).replace("⟧", "")


AMT = "!amount field in cents (ten digits), not a phone number"
TRACE = "!ACH trace number (ODFI + sequence)"
PTACCT = "?patient account number at the hospital (account-at-a-provider)"


def make(g):
    people = [
        # (name field, transaction code, rdfi prefix, account length, amount cents, pt account, seq)
        ("NGUYEN THI BICH NGOC", "22", "0530", 10, 4250, "PT0041287", 1),
        ("OKONKWO-BRANDT PHILIPP", "32", "2514", 12, 31806, "PT0052210", 2),
        ("MACALLISTER-ROYCE MARG", "22", "0540", 8, 7719, "PT0038876", 4),
        ("DELGADO-FIGUEROA J R", "22", "0519", 13, 104000, "PT0060431", 5),
    ]
    removed = ("WHITFIELD-AYODELE DOLO", "22", "0560", 11, 21540, "PT0047715", 3)
    ein = "1" + g.digits(9)
    batch = "0000417"
    while True:
        odfi = g.aba("0514")
        if odfi[8] == "0":
            continue
        runs = ["1" + odfi[:8] + batch] + ["0" + odfi[:8] + "%07d" % p[6] for p in people + [removed]]
        runs += ["1" + odfi[:8] + "%07d" % p[6] for p in people]
        if not any(H.luhn_ok(r) for r in runs):
            break
    entries = []
    for p in people + [removed]:
        rdfi = g.aba(p[2])
        acct = str(g.randint(1, 9)) + g.digits(p[3] - 1)
        entries.append((p, rdfi, acct))

    def entry(p, rdfi, acct, addenda):
        return ("6" + p[1] + "⟦aba|%s⟧" % rdfi + L(acct, 17, "acct") + Z(p[4], 10, AMT)
                + L(p[5], 15, PTACCT) + L(p[0], 22, "name") + "  " + ("1" if addenda else "0")
                + "⟦%s|%s⟧" % (TRACE, odfi[:8] + "%07d" % p[6]))

    fh = ("101 " + "⟦aba|%s⟧" % odfi + "⟦!company ID (1 + EIN), not a phone number|%s⟧" % ein
          + "⟦?file creation date (YYMMDD, batch metadata)|251021⟧" + "0614" + "A094101"
          + L("FIRST PIEDMONT BANK", 23) + L("HARMON VALLEY HEALTH", 23) + L("RFND1021", 8))
    bh = ("5220" + L("HARMON VALLEY HL", 16) + " " * 20
          + "⟦!company ID (1 + EIN), not a phone number|%s⟧" % ein + "PPD" + L("PT REFUND", 10) + " " * 6
          + "⟦?effective entry date (YYMMDD, batch settlement metadata)|251022⟧" + "   " + "1" + odfi[:8] + batch)
    lines = [fh, bh]
    total = 0
    hsum = 0
    for (p, rdfi, acct) in entries[:4]:
        has_add = p[6] == 2
        lines.append(entry(p, rdfi, acct, has_add))
        total += p[4]
        hsum += int(rdfi[:8])
        if has_add:
            info = ("CREDIT BALANCE REFUND DOS ⟦date|08/14/2025⟧ ACCT ⟦%s|%s⟧ OVERPAYMENT" % (PTACCT, p[5]))
            lines.append("705" + info + " " * (80 - len(raw(info))) + "0001" + "%07d" % p[6])
    rp, rrdfi, racct = entries[4]
    stated_hash = (hsum + int(rrdfi[:8])) % 10 ** 10
    n_ea = 5
    lines.append("8220" + "%06d" % n_ea + "%010d" % stated_hash + "0" * 12 + "%012d" % total + ein
                 + " " * 25 + odfi[:8] + batch)
    nlines = len(lines) + 1
    blocks = (nlines + 9) // 10
    lines.append("9" + "%06d" % 1 + "%06d" % blocks + "%08d" % n_ea + "%010d" % stated_hash + "0" * 12
                 + "%012d" % total + " " * 39)
    while len(lines) % 10:
        lines.append("9" * 94)
    for ln in lines:
        assert len(raw(ln)) == 94, (len(raw(ln)), raw(ln))
    removed_line = entry(rp, rrdfi, racct, False)
    tpl = (
        "Our bank rejected this morning's patient-refund ACH file: \"⟦!batch number|%s⟧: entry hash does "
        "not match sum of RDFI IDs\". Before sending I deleted ⟦name|Dolores Whitfield-Ayodele⟧'s refund "
        "because she asked for a paper check; this is the line I took out:\n\n%s\n\n"
        "I fixed the entry count and the credit total in the 8 and 9 records. What else has to change? "
        "And is ⟦name|Margaret MacAllister-Royce⟧'s name cut off on purpose? The file as sent:\n\n```\n%s\n```\n"
        % (batch, removed_line, "\n".join(lines)))
    return tpl, {}


def _block(text):
    m = re.search(r"```\n(.*?)\n```", text, re.S)
    return m.group(1).split("\n") if m else []


def extra_check(text):
    errs = []
    lines = _block(text)
    if not lines or len(lines) % 10:
        return ["file is not padded to a multiple of ten records"]
    if any(len(ln) != 94 for ln in lines):
        return ["a record is not 94 characters"]
    removed = [m.group() for m in REC_RE.finditer(text.split("```")[0])]
    if len(removed) != 1 or removed[0][0] != "6":
        return ["the deleted entry is not quoted once"]
    types = "".join(ln[0] for ln in lines)
    if not re.fullmatch(r"156(?:6|7)*89+", types) or "77" in types or "57" in types:
        errs.append("record order %s" % types)
    bh = lines[1]
    odfi8 = bh[79:87]
    if not H.aba_ok(lines[0][4:13]) or lines[0][4:12] != odfi8:
        errs.append("file header routing does not match the ODFI")
    ents = [ln for ln in lines if ln[0] == "6"]
    adds = [ln for ln in lines if ln[0] == "7"]
    ctl8 = next(ln for ln in lines if ln[0] == "8")
    ctl9 = next(ln for ln in lines if ln[0] == "9" and ln != "9" * 94)
    for i, ln in enumerate(lines):
        if ln[0] == "6":
            nxt = lines[i + 1][0]
            if (ln[78] == "1") != (nxt == "7"):
                errs.append("addenda indicator wrong on %s" % ln[54:76].strip())
            if nxt == "7" and lines[i + 1][87:94] != ln[87:94]:
                errs.append("addenda entry sequence does not match its entry")
    for ln in ents + removed:
        if not H.aba_ok(ln[3:12]):
            errs.append("RDFI check digit wrong: %s" % ln[3:12])
        if ln[79:87] != odfi8:
            errs.append("trace number does not start with the ODFI")
    seqs = [int(ln[87:94]) for ln in ents]
    if seqs != sorted(seqs) or len(set(seqs)) != len(seqs):
        errs.append("trace numbers not ascending")
    n_ea = len(ents) + len(adds)
    if int(ctl8[4:10]) != n_ea or int(ctl9[13:21]) != n_ea:
        errs.append("entry/addenda count wrong")
    if int(ctl9[1:7]) != 1 or int(ctl9[7:13]) != len(lines) // 10:
        errs.append("batch or block count wrong")
    total = sum(int(ln[29:39]) for ln in ents)
    if int(ctl8[32:44]) != total or int(ctl9[43:55]) != total or int(ctl8[20:32]) or int(ctl9[31:43]):
        errs.append("credit/debit totals wrong")
    stated8, stated9 = int(ctl8[10:20]), int(ctl9[21:31])
    own = sum(int(ln[3:11]) for ln in ents) % 10 ** 10
    if stated8 != stated9:
        errs.append("batch and file entry hash differ")
    if own == stated8:
        errs.append("entry hash matches: no defect to ask about")
    if (own + int(removed[0][3:11])) % 10 ** 10 != stated8:
        errs.append("stated hash is not the hash before the deletion")
    if ctl8[44:54] != bh[40:50] or ctl8[79:94] != bh[79:94]:
        errs.append("batch control company ID / ODFI / batch number differ from the header")
    return errs


def broken(text):
    head, block, tail = text.split("```")
    lines = block.strip("\n").split("\n")
    out = []

    def rebuild(ls):
        return head + "```\n" + "\n".join(ls) + "\n```" + tail

    i8 = next(i for i, ln in enumerate(lines) if ln[0] == "8")
    i9 = i8 + 1
    ls = list(lines)
    d = str((int(ls[i8][19]) + 1) % 10)
    ls[i8] = ls[i8][:19] + d + ls[i8][20:]
    ls[i9] = ls[i9][:30] + d + ls[i9][31:]
    out.append(rebuild(ls))                                   # hash no longer explained by the deletion
    ls = list(lines)
    ls[2] = ls[2][:60] + ls[2][61:]
    out.append(rebuild(ls))                                   # a 93-character record
    ls = list(lines)
    ls[i8] = ls[i8][:4] + "000006" + ls[i8][10:]
    out.append(rebuild(ls))                                   # wrong entry/addenda count
    ls = list(lines)
    ls[2] = ls[2][:38] + str((int(ls[2][38]) + 1) % 10) + ls[2][39:]
    out.append(rebuild(ls))                                   # amount no longer adds up
    ls = list(lines)
    i6 = next(i for i, ln in enumerate(lines) if ln[0] == "7") - 1
    ls[i6] = ls[i6][:78] + "0" + ls[i6][79:]
    out.append(rebuild(ls))                                   # addenda indicator off
    return out
