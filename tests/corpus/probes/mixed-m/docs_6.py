"""doc6: Postman collection (v2.1) export for a SMART backend-services integration."""

import json
import re

GENRE = """Postman collection v2.1 export (tab-indented JSON, trimmed) of a hospital integration team's
SMART backend-services workspace: the owner's name and e-mail, a pre-request script whose `exec`
array holds a PKCS#8 EC private key one line per element, the token request with the signed ES256
client assertion, a FHIR Patient search by MRN (percent-encoded `|`) with a saved response copied
from production (name, birth date, phone inside a JSON-encoded body), an OpenAI call with its bearer
key, collection variables with an AWS key pair, a GitHub token and a fax vendor's API key; pasted with a question about why the token endpoint answers `invalid_client`"""

NOTES = """The PEM span runs from `-----BEGIN` to the final `-----` across five `exec` elements and includes
the `",` + newline + tabs + `"` between them (new in set M); the backticks are outside. `extra_check`
parses the collection with `json.loads`, re-assembles the script, checks the key's public point and
verifies the ES256 signature of the client assertion with it; it also confirms the defect the question
is about (`aud` is the FHIR base, not the token endpoint). The OpenAI key is gold without `Bearer `;
the AWS key ID, GitHub token and 32-hex fax key are gold, the AWS secret key ambiguous. The search URL
is gold `pii.url` with the MRN nested (after the `%7C` escape, a token boundary). Inside the
JSON-encoded saved response, spans exclude the `\\"` quotes: `Szabó-Reinholt`, `Margit`, `1941-03-30`
and the phone are gold. The owner's name and e-mail are gold; `Sep 30` has no year (ambiguous); the
collection UUID is a negative; the client ID, `kid` and service URLs are unlabelled."""

DATE_ORDER = 'MDY'
TOKEN_URL = 'https://fhir-dev.example.org/auth/token'


def make(g):
    d, lines = g.ec_key()
    jti = g.chars('0123456789abcdef', 12)
    jwt = g.es256_jwt({'alg': 'ES256', 'typ': 'JWT', 'kid': 'ehr-dev-k3'},
                      {'iss': 'ehr-bulk-dev', 'sub': 'ehr-bulk-dev', 'aud': 'https://fhir-dev.example.org/r4',
                       'exp': 1759246200, 'jti': jti}, d)
    v = dict(uuid=g.uuid4(), jwt=jwt, mrn=g.digits(8), oai=g.openai(), aws=g.aws_id(), awss=g.aws_secret(),
             gh=g.github(), hex=g.hex32())
    T4 = '\t' * 4
    pem_exec = T4 + '"const pem = `⟦PEM|' + ('",\n' + T4 + '"').join(lines) + '⟧`; // signs the assertion (ES256)"]}}],\n'
    body = ('{\\"resourceType\\":\\"Patient\\",\\"name\\":[{\\"family\\":\\"⟦N|Szabó-Reinholt⟧\\",'
            '\\"given\\":[\\"⟦N|Margit⟧\\"]}],\\"birthDate\\":\\"⟦D|1941-03-30⟧\\",'
            '\\"telecom\\":[{\\"value\\":\\"⟦P|262-555-0119⟧\\"}]}')
    t = ("Exported our Postman collection (dev workspace, trimmed) for the SMART backend-services integration. "
         "The token call returns invalid_client. What is wrong with the client assertion?\n\n"
         '{\n'
         '\t"info": {\n'
         '\t\t"_postman_id": "⟦!collection UUID (record ID)|«uuid»⟧",\n'
         '\t\t"name": "SMART backend services (dev)",\n'
         '\t\t"description": "Owner: ⟦N|Priyanka Rao-Whitmore⟧ <⟦E|priyanka.rw@example.com⟧>. Token call '
         'failing since ⟦?date without a year|Sep 30⟧."\n'
                  '\t},\n'
         '\t"item": [\n'
         '\t\t{\n'
         '\t\t\t"name": "1 token",\n'
         '\t\t\t"event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [\n'
         + pem_exec +
         '\t\t\t"request": {"method": "POST", "url": "' + TOKEN_URL + '", "body": {"mode": "urlencoded", '
         '"urlencoded": [{"key": "grant_type", "value": "client_credentials"}, '
         '{"key": "client_assertion", "value": "⟦JWT|«jwt»⟧"}]}}\n'
         '\t\t},\n'
         '\t\t{\n'
         '\t\t\t"name": "2 Patient by MRN",\n'
         '\t\t\t"request": {"method": "GET", "url": "⟦URL|https://fhir-dev.example.org/r4/Patient?identifier=MRN%7C⟦MRN|«mrn»⟧⟧"},\n'
         '\t\t\t"response": [{"name": "200 (copied from prod)", "code": 200, "body": "' + body + '"}]\n'
         '\t\t},\n'
         '\t\t{\n'
         '\t\t\t"name": "3 summarize",\n'
         '\t\t\t"request": {"method": "POST", "url": "https://api.openai.com/v1/responses", '
         '"header": [{"key": "Authorization", "value": "Bearer ⟦OAI|«oai»⟧"}]}\n'
         '\t\t}\n'
         '\t],\n'
         '\t"variable": [\n'
         '\t\t{"key": "client_id", "value": "ehr-bulk-dev"},\n'
         '\t\t{"key": "kid", "value": "ehr-dev-k3"},\n'
         '\t\t{"key": "awsAccessKeyId", "value": "⟦AWS|«aws»⟧"},\n'
         '\t\t{"key": "awsSecretAccessKey", "value": "⟦?AWS secret access key|«awss»⟧"},\n'
         '\t\t{"key": "igToken", "value": "⟦GH|«gh»⟧"},\n'
         '\t\t{"key": "faxKey", "value": "⟦KEY|«hex»⟧"}\n'
         '\t]\n'
         '}\n')
    return t, v


def extra_check(text, gold, H):
    coll = json.loads(text[text.index('\n{\n') + 1:])
    script = '\n'.join(coll['item'][0]['event'][0]['script']['exec'])
    pem = re.search(r'`(-----BEGIN.*?-----END PRIVATE KEY-----)`', script, re.S).group(1)
    d, P = H.pem_parse(pem)
    span = [t for t, c in gold.items() if c == 'secret.private_key'][0]
    H.need(H.pem_parse(span)[1] == P, 'the gold PEM span (with JSON separators) is the same key')
    form = {x['key']: x['value'] for x in coll['item'][0]['request']['body']['urlencoded']}
    jwt = form['client_assertion']
    H.need(H.es256_verify(jwt, P), 'ES256 client assertion verifies')
    H.need(gold.get(jwt) == 'secret.jwt', 'the assertion is gold')
    hdr, pay, _ = H.jwt_parts(jwt)
    var = {x['key']: x['value'] for x in coll['variable']}
    H.need(hdr['kid'] == var['kid'] and pay['iss'] == pay['sub'] == var['client_id'], 'kid and client id')
    H.need(pay['aud'] != coll['item'][0]['request']['url'], 'the defect: aud is not the token endpoint')
    res = json.loads(coll['item'][1]['response'][0]['body'])
    H.need(gold.get(res['name'][0]['family']) == gold.get(res['name'][0]['given'][0]) == 'pii.person_name', 'names')
    H.need(gold.get(res['birthDate']) == 'pii.date', 'birth date')


def broken(text):
    jwt = re.search(r'eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+', text).group()
    sig = jwt.split('.')[2]
    flipped = sig[:10] + ('A' if sig[10] != 'A' else 'B') + sig[11:]
    out = [('ES256 signature altered', text.replace(sig, flipped))]
    out.append(('collection no longer valid JSON', text.replace('"name": "3 summarize",', '"name": "3 summarize"', 1)))
    return out
