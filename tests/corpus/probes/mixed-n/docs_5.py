"""doc5: LDIF export of a hospital directory that ldapadd refuses."""
import base64
import hashlib
import re
import unicodedata

GENRE = ("LDIF export from a hospital's OpenLDAP directory (three entries: a charge nurse with her "
         "Wi-Fi-registered phone's MAC in an `ieee802Device` entry, a locum hospitalist whose accented name "
         "is base64-encoded in `cn::` with an NPI in a local attribute, and a fax-relay service account with "
         "a plaintext password): `dn` lines with `uid` handles, `cn`/`sn`/`givenName`/`displayName`, "
         "work and personal phones, `homePostalAddress` with `$` line separators, employee numbers, an "
         "SSHA password hash, operational timestamps; pasted by an identity engineer with ldapadd's "
         "`invalid per syntax` error and a question about storing home addresses")

NOTES = ("LDIF conventions (new in set N): a value is the span after `: ` (or `:: ` for base64); in "
         "`homePostalAddress` the `$` line separator is a delimiter, so the street line with its unit and "
         "the ZIP are separate gold spans and the city is unlabelled. A base64 value that decodes to "
         "personal data (`cn::` holding `Rocío Vásquez-Tellería`) is ambiguous: the detector is not "
         "expected to decode it (as set G's Kubernetes `data:`); the `{SSHA}` userPassword value is a "
         "salted hash (negative), the service account's plaintext `userPassword` ambiguous (passwords). "
         "`uid` values (also inside the `dn`) are handles (ambiguous); employee numbers and the "
         "`createTimestamp`/`pwdChangedTime` GeneralizedTime stamps are ambiguous (no class / log "
         "metadata). Names are gold in every attribute (`Chiamaka Okeke`, `Okeke`, `Chiamaka`, `Okeke, "
         "Chiamaka` and `Chi` from the `displayName`, the ASCII `Rocio Vasquez-Telleria`, `Rocio`, "
         "`Vasquez-Telleria`, and the accented `Vásquez-Tellería` in the question). Work mail addresses, "
         "the nurse's direct line and both mobiles are a named individual's (gold); the en-dash mobile "
         "`847–555–0176` is a phone. The registered device's MAC (lower case) is gold; the local `lhNPI` "
         "value is gold `phi.npi`. `extra_check` parses the LDIF, decodes the base64 values (the `cn::` "
         "value folds to the ASCII `cn`, the SSHA value holds a 20-byte digest and a 4-byte salt) and "
         "finds exactly one telephone value outside the PrintableString syntax: the second entry's "
         "`mobile`, the error the question quotes.")

DATE_ORDER = "MDY"

PRINTABLE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '()+,-./:=?")


def make(g):
    salt = bytes(g.randrange(256) for _ in range(4))
    digest = hashlib.sha1(b"%d" % g.getrandbits(64) + salt).digest()
    ssha = "{SSHA}" + base64.b64encode(digest + salt).decode()
    v = {"ssha": base64.b64encode(ssha.encode()).decode(),
         "cnb64": base64.b64encode("Rocío Vásquez-Tellería".encode()).decode(),
         "mac": g.mac().lower(), "npi": g.npi(),
         "work": "1 312 555 " + g.phone_tail(), "cell1": "1 773 555 " + g.phone_tail(),
         "cell2": "847–555–" + g.phone_tail(), "emp1": "00" + g.digits(5), "emp2": "L-" + g.digits(5),
         "pw": "Lakeshore#Fax%d" % g.randint(2024, 2025)}
    tpl = """ldapadd stops on the second entry with `ldap_add: Invalid syntax (21) additional info: mobile: value #0 invalid per syntax`. What is wrong with this export? Dr. ⟦name|Vásquez-Tellería⟧'s entry was typed in by HR. Also, should we be keeping home addresses in the directory at all?

version: 1

dn: uid=⟦?directory user ID (handle)|cokeke⟧,ou=People,dc=lakeshore-health,dc=example
objectClass: inetOrgPerson
objectClass: ieee802Device
uid: ⟦?directory user ID (handle)|cokeke⟧
cn: ⟦name|Chiamaka Okeke⟧
sn: ⟦name|Okeke⟧
givenName: ⟦name|Chiamaka⟧
displayName: ⟦name|Okeke, Chiamaka⟧ (⟦name|Chi⟧)
title: Charge Nurse, 6 North
mail: ⟦email|chiamaka.okeke@lakeshore-health.example.org⟧
telephoneNumber: +⟦phone|«work»⟧
mobile: +⟦phone|«cell1»⟧
homePostalAddress: ⟦addr|1420 W Larchmont Ave Apt 3⟧$Chicago, IL ⟦zip|60613⟧
employeeNumber: ⟦?employee number (no class)|«emp1»⟧
macAddress: ⟦mac|«mac»⟧
userPassword:: ⟦!SSHA salted password hash, base64 (a hash, not a credential)|«ssha»⟧
createTimestamp: ⟦?operational timestamp (log metadata)|20250914083012Z⟧

dn: uid=⟦?directory user ID (handle)|rvasquezt⟧,ou=People,dc=lakeshore-health,dc=example
objectClass: inetOrgPerson
objectClass: lhProvider
uid: ⟦?directory user ID (handle)|rvasquezt⟧
cn:: ⟦?base64 of a person's name (decodes to personal data)|«cnb64»⟧
cn: ⟦name|Rocio Vasquez-Telleria⟧
sn: ⟦name|Vasquez-Telleria⟧
givenName: ⟦name|Rocio⟧
title: Locum Hospitalist
lhNPI: ⟦npi|«npi»⟧
mail: ⟦email|rocio.vasquez-telleria@lakeshore-health.example.org⟧
mobile: ⟦phone|«cell2»⟧
homePostalAddress: ⟦addr|5133 N Kenmore Ave Unit 2⟧$Chicago, IL ⟦zip|60640⟧
employeeNumber: ⟦?employee number (no class)|«emp2»⟧
pwdChangedTime: ⟦?operational timestamp (log metadata)|20251020171544Z⟧

dn: uid=svc-faxrelay,ou=Services,dc=lakeshore-health,dc=example
objectClass: account
objectClass: simpleSecurityObject
uid: svc-faxrelay
userPassword: ⟦?plaintext password (passwords ambiguous)|«pw»⟧
description: fax relay bind account, owner it-identity
"""
    return tpl, v


def parse_ldif(text):
    body = text[text.index("version: 1"):]
    body = re.sub(r"\n ", "", body)
    entries = []
    for block in body.strip().split("\n\n")[1:]:
        attrs = []
        for line in block.split("\n"):
            m = re.match(r"([A-Za-z][\w-]*)(::?) ?(.*)$", line)
            if not m:
                raise ValueError("bad LDIF line %r" % line)
            name, sep, val = m.groups()
            attrs.append((name, base64.b64decode(val, validate=True) if sep == "::" else val.encode("utf-8"), sep))
        entries.append(attrs)
    return entries


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def extra_check(text):
    errs = []
    try:
        entries = parse_ldif(text)
    except Exception as ex:  # noqa: BLE001
        return ["LDIF does not parse: %s" % ex]
    if len(entries) != 3 or any(a[0][0] != "dn" for a in entries):
        return ["expected three entries starting with dn"]
    bad = []
    for i, attrs in enumerate(entries):
        for name, val, sep in attrs:
            if name in ("telephoneNumber", "mobile") and not set(val.decode("utf-8")) <= PRINTABLE:
                bad.append((i, name))
    if bad != [(1, "mobile")]:
        errs.append("telephone values outside PrintableString: %s (expected only entry 2 mobile)" % bad)
    cns = [(val, sep) for name, val, sep in entries[1] if name == "cn"]
    b64 = [v.decode("utf-8") for v, s in cns if s == "::"]
    plain = [v.decode("utf-8") for v, s in cns if s == ":"]
    if not (b64 and plain and fold(b64[0]) == plain[0] and b64[0] != plain[0]):
        errs.append("base64 cn does not fold to the plain cn")
    pw = [val for name, val, sep in entries[0] if name == "userPassword" and sep == "::"]
    if not pw or not pw[0].startswith(b"{SSHA}"):
        errs.append("no SSHA value")
    else:
        raw = base64.b64decode(pw[0][6:], validate=True)
        if len(raw) != 24:
            errs.append("SSHA value is not a 20-byte digest plus 4-byte salt")
    return errs


def broken(text):
    m = re.search(r"mobile: (847–555–\d{4})", text)
    out = [text.replace(m.group(1), m.group(1).replace("–", "-"))]
    m = re.search(r"cn:: (\S+)", text)
    out.append(text.replace(m.group(1), base64.b64encode("Rocío Vázquez-Tellería".encode()).decode()))
    m = re.search(r"userPassword:: (\S+)", text)
    out.append(text.replace(m.group(1), base64.b64encode(b"{SSHA}" + base64.b64encode(b"x" * 20)).decode()))
    out.append(text.replace("+1 773 555", "+1 (773) 555 ").replace("mobile: +", "mobile: ☎+", 1))
    return out
