"""doc9: e-signature certificate of completion for a med-mal settlement release."""
import datetime
import re

GENRE = ("e-signature certificate of completion (DocuSign-style) for a release of all claims in an "
         "obstetric malpractice settlement: envelope ID, subject naming the case, page, signature and "
         "initial counts, the originator at the defence firm with her e-mail and the office IP, two signer "
         "blocks (e-mail, SMS authentication number, signature adoption, signing IP, sent/viewed/signed "
         "stamps), disclosure ID, envelope summary events, a release excerpt (claimants, the mother's DOB, "
         "their newborn, the delivery date, the husband's ITIN as payee TIN, the claim number) and the "
         "partner's privileged note; pasted by a defence paralegal asking whether the envelope is complete")

NOTES = ("Certificate event stamps (`10/14/2025 9:04:37 AM`) are audit-log metadata: ambiguous as whole "
         "values, time included (new in set N; as set J's access-audit rows). Signing IPs of the claimants "
         "are gold `pii.ip_address`; the originator's office IP is ambiguous (a firm's network, "
         "infrastructure). The envelope and disclosure IDs (UUIDs) are negatives. Signers' e-mails, the "
         "originator's work e-mail and the SMS-authentication number (E.164, span after the `+`) are gold. "
         "The release's DOB and delivery date are gold; the claim number is ambiguous; the husband's ITIN "
         "is gold `pii.itin`. Names in every form (`Rosa Quintanilla-Reyes`, `Rosa`, `Héctor Quintanilla`, "
         "`Héctor`, the newborn `Ximena`, `Margaux Delacroix-Whitney`, `Lydia Hollister`); `Quintanilla-Reyes` "
         "inside the case name in the subject is gold too; the firm named after its partners is ambiguous, "
         "the defendant clinic unlabelled. The `PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION` "
         "line is gold. `extra_check` parses the signer blocks and checks sent <= viewed <= signed for each, "
         "that the envelope's sent and completed events equal the first send and the last signature, that "
         "the signature count equals the number of signers, and that the two signing IPs differ (what the "
         "question is about).")

DATE_ORDER = "MDY"

AMB_TS = "?e-signature audit stamp (log metadata)"


def make(g):
    v = {"env": g.uuid().upper(), "disc": g.uuid(), "sms": "1 520-555-" + g.phone_tail(),
         "ip1": "203.0.113.%d" % g.randint(20, 240), "ip2": "192.0.2.%d" % g.randint(20, 240),
         "office": "198.51.100.%d" % g.randint(2, 60), "itin": g.itin()}

    def ts(s):
        return "⟦%s|%s⟧" % (AMB_TS, s)

    tpl = """Counsel wants to know whether this envelope is complete and whether anything suggests the release was not signed by the claimants themselves: the husband signed from a different address hours later. Her note is at the bottom.

Certificate Of Completion
Envelope Id: ⟦!envelope ID (UUID, record identifier)|«env»⟧   Status: Completed
Subject: Please sign: Release of All Claims - ⟦name|Quintanilla-Reyes⟧ v. Desert Bloom Women's Health
Document Pages: 9   Signatures: 2   Initials: 12
Envelope Originator: ⟦name|Margaux Delacroix-Whitney⟧, ⟦email|mdelacroix-whitney@hollisterwade.example.com⟧, IP Address: ⟦?law firm office IP (infrastructure)|«office»⟧

Signer Events
⟦name|Rosa Quintanilla-Reyes⟧, ⟦email|rosa.qreyes@example.net⟧
  Security Level: Email, SMS authentication (+⟦phone|«sms»⟧)
  Signature Adoption: Drawn on Device; Using IP Address: ⟦ip|«ip1»⟧; Signed using mobile
  Sent: %s  Viewed: %s  Signed: %s
⟦name|Héctor Quintanilla⟧, ⟦email|hquintanilla.az@example.com⟧
  Security Level: Email
  Signature Adoption: Pre-selected Style; Using IP Address: ⟦ip|«ip2»⟧
  Sent: %s  Viewed: %s  Signed: %s
Electronic Record and Signature Disclosure: accepted by both signers, disclosure ID ⟦!disclosure record ID (UUID)|«disc»⟧
Envelope Summary Events: Envelope Sent %s; Completed %s

Release, page 1 (excerpt): ⟦name|Rosa Quintanilla-Reyes⟧ (DOB ⟦date|07/02/1986⟧) and ⟦name|Héctor Quintanilla⟧ release all claims arising from the delivery of their daughter ⟦name|Ximena⟧ on ⟦date|January 19, 2024⟧. Payment of $185,000 to the claimants; payee TIN for ⟦name|Héctor⟧: ITIN ⟦itin|«itin»⟧. Claim ⟦?insurer claim number (claim rule)|DBW-24-00317⟧.

From ⟦name|Lydia Hollister⟧ (⟦?law firm named after people|Hollister Wade LLP⟧):
⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION⟧
Before we release funds, confirm each claimant signed personally. If ⟦name|Héctor⟧ signed on ⟦name|Rosa⟧'s phone we need a wet-ink signature.
""" % (ts("10/14/2025 9:04:37 AM"), ts("10/14/2025 7:41:02 PM"), ts("10/14/2025 7:52:19 PM"),
       ts("10/14/2025 9:04:38 AM"), ts("10/15/2025 5:58:10 AM"), ts("10/15/2025 6:03:44 AM"),
       ts("10/14/2025 9:04:37 AM"), ts("10/15/2025 6:03:44 AM"))
    return tpl, v


def _ts(s):
    return datetime.datetime.strptime(s, "%m/%d/%Y %I:%M:%S %p")


TS = r"(\d\d/\d\d/\d{4} \d{1,2}:\d\d:\d\d [AP]M)"


def extra_check(text):
    errs = []
    blocks = re.findall(r"Using IP Address: ([\d.]+).*?\n  Sent: %s  Viewed: %s  Signed: %s" % (TS, TS, TS), text, re.S)
    summ = re.search(r"Envelope Sent %s; Completed %s" % (TS, TS), text)
    cnt = re.search(r"Signatures: (\d+)", text)
    if not (summ and cnt) or len(blocks) < 2:
        return ["doc9 certificate not parsed"]
    signers = blocks[-2:]
    for ip, s, vw, sg in signers:
        if not _ts(s) <= _ts(vw) <= _ts(sg):
            errs.append("signer %s: sent/viewed/signed out of order" % ip)
    if _ts(summ.group(1)) != min(_ts(b[1]) for b in signers):
        errs.append("envelope sent is not the first send")
    if _ts(summ.group(2)) != max(_ts(b[3]) for b in signers):
        errs.append("completed is not the last signature")
    if int(cnt.group(1)) != len(signers):
        errs.append("signature count does not match the signers")
    if signers[0][0] == signers[1][0]:
        errs.append("both claimants signed from the same IP: nothing to ask about")
    return errs


def broken(text):
    ip2 = re.findall(r"Using IP Address: ([\d.]+)", text)
    return [text.replace("Signatures: 2", "Signatures: 3"),
            text.replace("Completed 10/15/2025 6:03:44 AM", "Completed 10/15/2025 5:58:10 AM"),
            text.replace("Viewed: 10/15/2025 5:58:10 AM", "Viewed: 10/15/2025 6:13:10 AM"),
            text.replace(ip2[1], ip2[0])]
