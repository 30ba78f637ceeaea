"""doc5: ransomware negotiation transcript with a proof pack and an analyst note."""

GENRE = """ransomware negotiation chat exported by an incident-response firm under counsel's privilege
line: the threat actor's leak-portal address, timestamped messages, a "proof pack" with patients' names,
birth dates, SSNs and MRNs and the clinic's AWS key pair and Slack bot token, two ransom wallets
(bech32 and Base58Check), and the analyst's note on initial access (a named IT director's home IP and
laptop MAC, VPN user name); pasted with a request for a five-bullet summary for the carrier's breach
coach"""

NOTES = """The privilege line is gold (whole line). Chat timestamps are log metadata (ambiguous); the VPN
login and password-reset dates in the analyst note are about a named person (gold). The onion portal
address is a negative (a criminal service, not a person's URL); `KRAKEN` (the gang's name) is a
negative; `support`/`client` speaker labels are unlabelled. Proof-pack rows: `ACOSTA-REYES, DOLORES`
and `PHAM, QUANG MINH` are single name spans, ISO birth dates, SSNs and MRNs gold. The AWS key ID and
the Slack token are gold, the AWS secret key ambiguous. Both wallets are gold `fin.crypto_wallet`
(checksums verified) although they belong to the criminals. The IT director's home IPv4 and his
laptop's MAC are gold; his VPN user name `gmarsh` is a handle (ambiguous). The negotiator's work
e-mail is a named individual's (gold); the incident number is ambiguous (case)."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "onion": g.chars("abcdefghijklmnopqrstuvwxyz234567", 56),
        "ssn1": g.ssn(), "ssn2": g.ssn(),
        "mrn1": "SD" + g.digits(6), "mrn2": "SD" + g.digits(6),
        "aws": g.aws_key(), "awss": g.aws_secret(),
        "slack": g.slack_bot(),
        "w1": g.bech32_p2wpkh(), "w2": g.base58_p2pkh(),
        "mac": g.mac(),
    }
    t = r"""Summarise this negotiation for the carrier's breach coach in five bullets. Do not repeat the sample patient rows.

⟦priv|PRIVILEGED & CONFIDENTIAL - PREPARED AT THE DIRECTION OF COUNSEL⟧
Client: Saguaro Dermatology Associates, incident ⟦?incident number (case)|IR-2025-0611⟧
Negotiator: ⟦name|Wren Castellanos-Obi⟧ (⟦email|wren.castellanos-obi@example.com⟧)
Portal: ⟦!threat actor's leak portal, not a person's URL|http://«onion».onion/c/8f3a⟧

[⟦?chat timestamp (log metadata)|2025-06-11 02:14⟧] support: hello. ⟦!ransomware gang's name, not a person|KRAKEN⟧ here. your network is encrypted, 212 GB taken incl. patients. proof:
  ⟦name|ACOSTA-REYES, DOLORES⟧ | ⟦date|1949-08-23⟧ | ⟦ssn|«ssn1»⟧ | ⟦mrn|«mrn1»⟧
  ⟦name|PHAM, QUANG MINH⟧ | ⟦date|1962-01-30⟧ | ⟦ssn|«ssn2»⟧ | ⟦mrn|«mrn2»⟧
  your backup creds: ⟦aws|«aws»⟧ / ⟦?AWS secret access key|«awss»⟧
  your slack bot: ⟦slack|«slack»⟧
[⟦?chat timestamp (log metadata)|2025-06-11 02:31⟧] client: We are reviewing the sample. What is your price?
[⟦?chat timestamp (log metadata)|2025-06-11 02:40⟧] support: 38 BTC. 48h, then x2. wallet ⟦wallet|«w1»⟧
[⟦?chat timestamp (log metadata)|2025-06-12 19:05⟧] client: We need proof you can delete the data. We can discuss 6 BTC.
[⟦?chat timestamp (log metadata)|2025-06-12 19:22⟧] support: 20 final. new wallet ⟦wallet|«w2»⟧

Analyst note (⟦name|W. Castellanos-Obi⟧): initial access was a VPN login as ⟦?VPN user name (handle)|gmarsh⟧ from ⟦ip|203.0.113.77⟧, device ⟦mac|«mac»⟧, the home laptop of IT director ⟦name|Gideon Marsh-Adeyemi⟧, on ⟦date|June 9, 2025⟧. ⟦name|Gideon⟧ reset his password ⟦date|June 10, 2025⟧ after the alert.
"""
    return t, v


def extra_check(text, values):
    import re
    assert re.fullmatch(r"[a-z2-7]{56}", values["onion"])
    assert values["w1"].startswith("bc1q") and values["w2"].startswith("1")
