# -*- coding: utf-8 -*-
"""doc9: mongosh session on a remote-monitoring start-up's production database."""
import re

GENRE = """mongosh session against a remote-monitoring start-up's production MongoDB (Atlas prompt): `db.patients.find()` with a surname regex, printing two patient documents (ObjectId, external ID, MRN, first, last and preferred names, `ISODate` birth dates, a Safe Harbor age band, e-mail, E.164 phones (a UK mobile and a US number), a UK NHS number, a Bath flat with its postcode and a Scottsdale street line with ZIP, a blood-pressure cuff's MAC with its pairing stamp, the sign-up IP, a clinician chart link carrying the MRN, record stamps), then `db.integrations.findOne()` printing an OpenAI key, a Slack bot token and channel, an ES256 signing key as Node prints a multi-line string (one `'…\\n' +` piece per PEM line) and a service token signed with it, and an `aggregate` with a `$lookup` that returns 0; pasted by the developer asking why the join is empty"""

NOTES = """mongosh conventions (new in set O): values are spans without their quotes; inside `ISODate('…')` the whole ISO date-time is one span: the birth dates `1934-02-11T00:00:00.000Z` and `1931-12-05T00:00:00.000Z` are gold, `createdAt` and `pairedAt` stamps ambiguous (log metadata). The PEM is printed as a JavaScript concatenation; its span runs from `-----BEGIN` to the final `-----` and includes the `\\n' +`, line break, indentation and `'` between the pieces (as set M's JSON array); the `\\n'` after it is outside. `extra_check` re-assembles the string, checks the key's public point and verifies the ES256 service token with it, and confirms the defect: `$lookup` joins `_id` (an ObjectId) to `patientId`, which the question says holds the `externalId` string. `ObjectId` values and the `pt_…` external IDs are negatives, as are the `90+` age bands (Safe Harbor categories, not a person's age) and the Slack channel name. `/^Abernathy/` is a surname used as a search term (gold, as set E's conflict-search terms); `Imogen`, `Abernathy-Sowande`, the preferred name `Immy`, `Thaddeus` and `Abernathy` are gold. Both e-mails, the UK mobile `447700900xxx` and the US number (spans after the `+`), the NHS number, the Bath street line (`Flat 6, 19 Ravensbourne Terrace`), the Scottsdale street line with its unit and ZIP, the cuff's MAC (bonded to her home cuff, as set F's wearable), the sign-up IP and the chart link (gold `pii.url`, MRN nested) are gold; the UK postcode is ambiguous (foreign postcode). The OpenAI key, Slack token, private key and service token are gold; the key ID and the API audience are unlabelled."""


def make(g):
    d, pem = g.ec_key()
    lines = pem.split('\n')
    js = ("\\n' +\n      '").join(lines)
    jwt = g.jwt_es256(d, {'alg': 'ES256', 'typ': 'JWT', 'kid': 'ts-2025-09'},
                      {'iss': 'triage-summarizer', 'sub': 'svc-triage',
                       'aud': 'https://api.careconnect.example.com', 'iat': 1759276800, 'exp': 1790812800})
    v = {
        'oid1': '6710c3e9' + ''.join(g.choice('0123456789abcdef') for _ in range(16)),
        'oid2': '6712a1f3' + ''.join(g.choice('0123456789abcdef') for _ in range(16)),
        'mrn1': 'CC-' + g.digits(7), 'mrn2': 'CC-' + g.digits(7), 'nhs': g.nhs(),
        'ip': '198.51.100.%d' % g.randrange(20, 250), 'oai': g.openai(), 'slack': g.slack_bot(),
        'pem_js': js, 'jwt': jwt,
    }
    T = """Why does this $lookup come back empty? encounters.patientId holds the externalId string. mongosh output below.

careconnect> db.patients.find({ 'profile.lastName': /^⟦name|Abernathy⟧/ }).limit(2)
[
  {
    _id: ObjectId('⟦!ObjectId (record ID)|«oid1»⟧'),
    externalId: '⟦!external record ID|pt_01J9ZK4V7NQ2⟧',
    mrn: '⟦mrn|«mrn1»⟧',
    profile: {
      firstName: '⟦name|Imogen⟧',
      lastName: '⟦name|Abernathy-Sowande⟧',
      preferredName: '⟦name|Immy⟧',
      dob: ISODate('⟦date|1934-02-11T00:00:00.000Z⟧'),
      ageBand: '⟦!Safe Harbor age band, not a person's age|90+⟧',
      email: '⟦email|imogen.as@example.org⟧',
      phone: '+⟦phone|447700900461⟧',
      nhsNumber: '⟦nhs|«nhs»⟧',
      address: { line1: '⟦addr|Flat 6, 19 Ravensbourne Terrace⟧', city: 'Bath', postcode: '⟦?foreign postcode (UK)|BA2 4QF⟧' }
    },
    device: { kind: 'bp_cuff', mac: '⟦mac|00:00:5E:00:53:3C⟧', pairedAt: ISODate('⟦?device pairing stamp (log metadata)|2025-09-30T18:22:41.118Z⟧') },
    signupIp: '⟦ip|«ip»⟧',
    chartUrl: '⟦url|https://app.careconnect.example.com/patients/⟦mrn|«mrn1»⟧/timeline⟧',
    createdAt: ISODate('⟦?record stamp (log metadata)|2025-09-30T18:04:09.552Z⟧')
  },
  {
    _id: ObjectId('⟦!ObjectId (record ID)|«oid2»⟧'),
    externalId: '⟦!external record ID|pt_01J9ZQ8M2RC5⟧',
    mrn: '⟦mrn|«mrn2»⟧',
    profile: {
      firstName: '⟦name|Thaddeus⟧',
      lastName: '⟦name|Abernathy⟧',
      dob: ISODate('⟦date|1931-12-05T00:00:00.000Z⟧'),
      ageBand: '⟦!Safe Harbor age band, not a person's age|90+⟧',
      email: '⟦email|thad.abernathy@example.net⟧',
      phone: '+⟦phone|16025550143⟧',
      address: { line1: '⟦addr|7702 E Camelback Rd, Unit 114⟧', city: 'Scottsdale', state: 'AZ', zip: '⟦zip|85251⟧' }
    },
    createdAt: ISODate('⟦?record stamp (log metadata)|2025-10-02T15:11:47.208Z⟧')
  }
]
careconnect> db.integrations.findOne({ name: 'triage-summarizer' }, { _id: 0 })
{
  name: 'triage-summarizer',
  openaiKey: '⟦openai|«oai»⟧',
  slack: { botToken: '⟦slack|«slack»⟧', channel: '⟦!Slack channel name|#triage-alerts⟧' },
  signing: {
    kid: 'ts-2025-09',
    privateKeyPem: '⟦pem|«pem_js»⟧\\n'
  },
  serviceToken: '⟦jwt|«jwt»⟧'
}
careconnect> db.patients.aggregate([{ $lookup: { from: 'encounters', localField: '_id', foreignField: 'patientId', as: 'enc' } }, { $match: { 'enc.0': { $exists: true } } }]).itcount()
0
"""
    return T, v


def extra_check(text):
    E = []
    m = re.search(r"privateKeyPem: '(-----BEGIN.*?-----END PRIVATE KEY-----)\\n'", text, re.S)
    t = re.search(r"serviceToken: '([\w.-]+)'", text)
    if not m or not t:
        return ['key or token missing']
    try:
        d, pt = H.parse_ec_pem(m.group(1))
    except ValueError as ex:
        return ['private key: %s' % ex]
    if not H.jwt_verify(t.group(1), [pt]):
        E.append('service token does not verify with the signing key')
    lk = re.search(r"localField: '(\w+)', foreignField: '(\w+)'", text)
    if not lk or lk.groups() != ('_id', 'patientId') or 'patientId holds the externalId string' not in text \
            or not re.search(r"externalId: 'pt_", text) or not text.rstrip().endswith('itcount()\n0'):
        E.append('the $lookup defect (ObjectId joined to an external-ID string) is not shown')
    return E


def broken(text):
    m = re.search(r"serviceToken: '([\w.-]+)'", text)
    tok = m.group(1)
    h, p, s = tok.split('.')
    s2 = s[:10] + ('A' if s[10] != 'A' else 'B') + s[11:]
    out = [('service token with a corrupted signature', text.replace(tok, h + '.' + p + '.' + s2, 1))]
    k = text.index("      'MIG") + 20
    out.append(('private key with a changed character', text[:k] + ('A' if text[k] != 'A' else 'B') + text[k + 1:]))
    out.append(('join on the external ID', text.replace("localField: '_id'", "localField: 'externalId'", 1)))
    return out
