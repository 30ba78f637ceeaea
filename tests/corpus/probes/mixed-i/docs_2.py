import quopri
import re

GENRE = """raw MIME e-mail as exported from the clinic's mail server (`Received:` chain, `Message-ID`,
   `multipart/mixed` with a 7-bit plain part from the patient's son and a quoted-printable
   ISO-8859-1 part holding the former UK GP's summary: soft line breaks, `=3D`, `=E9`), asking for the
   patient's details to be pulled into a new-patient form"""

NOTES = """* **Raw MIME e-mail** (doc2). Header values are spans like body values: the `From:` display name and
  address are gold (the son writes from his own mailbox), `To:` is a shared clinic mailbox
  (ambiguous), `Date:` and the `Received:` stamps are message metadata (ambiguous, weekdays
  checked). The first `Received:` hop's client address is the son's home IP (gold `pii.ip_address`);
  the relay and MX addresses are infrastructure (ambiguous). `Message-ID` and the Postfix queue ID are negatives (e-mail-shaped but not mailboxes); the MIME boundary is
  unlabelled. In the quoted-printable part soft line breaks (`=` at line end) and escapes (`=E9` in
  `n=E9e`, `=3D`) only ever fall in unlabelled words or between values, never inside a gold value
  (make.py asserts this, that every line is at most 76 characters and that each gold value of the
  part survives `quopri` decoding). The maiden name after `n=E9e ` is a name. The UK NHS number,
  the US passport and the UK mobile `07700 900xxx` are gold; the practice's phone (UK drama range) is
  ambiguous (business) and its ODS code a negative."""


def extra_check(text, spans):
    head, _, rest = text.partition('Content-Transfer-Encoding: quoted-printable\n')
    assert rest, 'no QP part'
    body = rest.split('\n--', 1)[0]
    for ln in body.split('\n'):
        assert len(ln) <= 76, 'QP line too long: %r' % ln
        assert not re.search(r'=(?![0-9A-F]{2}|$)', ln), 'raw = in QP: %r' % ln
    dec = quopri.decodestring(body.encode('latin-1')).decode('latin-1')
    assert 'née' in dec and 'BMI = 24' in dec
    off = len(head) + len('Content-Transfer-Encoding: quoted-printable\n')
    for s, e, k, lab in spans:
        if k == 'gold' and off <= s < off + len(body):
            assert text[s:e] in dec, 'gold value broken by QP: %r' % text[s:e]


def make(g):
    v = {
        'nhs': g.nhs(), 'pp': 'A' + g.d(8), 'mob': '07700 900' + g.d(3),
        'mrn': 'BV' + g.d(7), 'qid': g.pick('0123456789BCDFGHJKLMNPQRSTVWXZ', 13),
        'mid': g.pick('abcdefghijklmnopqrstuvwxyz0123456789', 20),
        'gpph': '0117 496 0' + g.d(3),
    }
    t = """Below is the raw .eml our mail server exported. Can you pull the patient's details (name, DOB, address, IDs, contacts, appointment) into a table for our new-patient form? Ignore the headers unless something matters.

Return-Path: <⟦email|oliver.pennington@example.net⟧>
Received: from mx1.bayview-clinic.example.com (mx1.bayview-clinic.example.com [⟦?MX server IP (infrastructure)|10.20.0.15⟧])
	by mail.bayview-clinic.example.com (Postfix) with ESMTPS id ⟦!mail queue ID|«qid»⟧;
	⟦?message metadata timestamp|Mon, 17 Nov 2025 22:14:09 +0000⟧
Received: from smtp.example.net (relay7.example.net [⟦?mail relay IP (infrastructure)|198.51.100.23⟧])
	by mx1.bayview-clinic.example.com; ⟦?message metadata timestamp|Mon, 17 Nov 2025 22:14:07 +0000⟧
Received: from [⟦ip|192.0.2.41⟧] (home-router) by relay7.example.net; ⟦?message metadata timestamp|Mon, 17 Nov 2025 22:14:05 +0000⟧
Message-ID: <⟦!Message-ID, not a mailbox|«mid»@mail.example.net⟧>
From: ⟦name|Oliver Pennington⟧ <⟦email|oliver.pennington@example.net⟧>
To: ⟦?shared clinic mailbox (business)|newpatients@bayview-clinic.example.com⟧
Subject: New patient - my mother ⟦name|Margaret Pennington⟧ (transfer from UK)
Date: ⟦?message metadata timestamp|Mon, 17 Nov 2025 22:14:05 +0000⟧
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1_5f2c9e"

--b1_5f2c9e
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

My mother, ⟦name|Margaret Ellen Pennington⟧, born ⟦date|2 February 1941⟧, has moved from Bristol to live near me. Her new address is ⟦addr|27 Larkspur Lane, Unit 4B⟧, Portland, ME ⟦zip|04103⟧. She is a US citizen (passport ⟦passport|«pp»⟧) but was registered with the NHS for 40 years, NHS number ⟦nhs|«nhs»⟧. Your front desk gave her the number ⟦mrn|«mrn»⟧ at pre-registration and the first appointment on ⟦date|Tuesday, 25 November 2025⟧ at 10:30.

Please call me rather than Mum: ⟦phone|«mob»⟧ (UK mobile, I'm back and forth). Her old GP's summary is below.

Thanks,
⟦name|Oliver⟧

--b1_5f2c9e
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

HARBOURSIDE MEDICAL PRACTICE - PATIENT SUMMARY (ODS ⟦!practice ODS code|L81094⟧)
Patient: ⟦name|Margaret Ellen Pennington⟧ (n=E9e ⟦name|Ashdown⟧)   DOB: ⟦date|02/02/1941⟧
NHS no: ⟦nhs|«nhs»⟧   Usual GP: Dr ⟦name|Anjali Rao⟧
Problems: hypertension (since 2009), osteoarthritis of both knees, atrial =
fibrillation on apixaban. Last review ⟦date|14 October 2025⟧: BP 138/82, =
BMI =3D 24, eGFR 61. Allergy: penicillin (rash). She prefers tea to =
caf=E9 drinks.
Next of kin: son ⟦name|Oliver Pennington⟧, tel ⟦phone|«mob»⟧.
Practice tel ⟦?GP practice phone (business)|«gpph»⟧.

--b1_5f2c9e--
"""
    return t, v
