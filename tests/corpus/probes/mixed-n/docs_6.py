"""doc6: TOML config of an ambient AI-scribe service that fails to parse."""
import datetime
import re
import tomllib

import make as H

GENRE = ("TOML configuration (`scribe.toml`) of a clinic's ambient AI-scribe service, a developer's local "
         "copy: the owner's name and e-mail, an Anthropic key, an AWS key pair, a transcription vendor's "
         "hex key, a Slack bot token and channel, a PKCS#8 EC private key in a multi-line string with an "
         "ES256 smoke-test token signed by it, a second `[llm]` table header that breaks parsing, and a "
         "fixture encounter copied from production (patient `Last, First M.`, unquoted TOML birth date, "
         "MRN, E.164 phone, offset date-time of the visit, a `96F` note seed naming the daughter); pasted "
         "with Python's `TOMLDecodeError` and a question about what is wrong")

NOTES = ("TOML (new in set N): spans are the values without quotes; the PEM in the multi-line basic string "
         "runs from `-----BEGIN` to the final `-----` (the `\"\"\"` outside); an unquoted TOML local date "
         "(`1929-08-14`) is a gold date and the offset date-time `2025-10-20T09:40:00-05:00` one gold span "
         "(set E's `T` rule). `96F` (age-sex shorthand: 96-year-old female) is one age span, since `96` "
         "alone does not end on a token boundary (`extra_check` confirms 96 on the visit date). The "
         "Anthropic key, AWS key ID, 32-hex vendor key, Slack bot token, private key and smoke token are "
         "gold, the AWS secret key ambiguous; `extra_check` verifies the ES256 signature with the key "
         "in the same file, and that `tomllib` fails with exactly the quoted message and parses once the "
         "duplicate `[llm]` header is removed. The owner's name and e-mail are gold; the patient "
         "(`Thibodeaux, Evangeline R.`, `Thibodeaux` and `Evangeline` in the question), the daughter "
         "`Odile`, the MRN and the phone (span after the `+`) are gold. The Slack channel is a negative; "
         "the model name, bucket, host and key ID (`kid`) are unlabelled.")

DATE_ORDER = "MDY"


def make(g):
    d, pem = g.ec_key()
    header = {"alg": "ES256", "typ": "JWT", "kid": "scribe-dev-1"}
    payload = {"iss": "ambient-scribe", "sub": "ambient-scribe", "aud": "https://fhir.example.org/auth/token",
               "exp": 1761062400, "jti": g.hexkey(16)}
    v = {"ant": g.anthropic(), "akid": g.aws_id(), "asec": g.aws_secret(), "vkey": g.hexkey(),
         "slack": g.slack_bot(), "pem": pem, "jwt": H.jwt_es256(header, payload, d, g.ecdsa_k()),
         "mrn": g.digits(7), "phone": "1504555" + g.phone_tail()}
    toml = """# scribe.toml - local dev copy
[service]
name = "ambient-scribe"
owner = "⟦name|Marisol Etxeberria-Quinn⟧"
owner_email = "⟦email|m.etxeberria-quinn@example.net⟧"
listen = "localhost:8088"

[llm]
provider = "anthropic"
api_key = "⟦ant|«ant»⟧"
model = "claude-sonnet-4-5"

[aws]
access_key_id = "⟦aws|«akid»⟧"
secret_access_key = "⟦?AWS secret access key (ambiguous by convention)|«asec»⟧"
bucket = "scribe-audio-dev"

[transcribe]
vendor_api_key = "⟦key|«vkey»⟧"

[alerts]
slack_bot_token = "⟦slack|«slack»⟧"
channel = "⟦!Slack channel name|#scribe-alerts⟧"

[signing]
kid = "scribe-dev-1"
private_key = \"\"\"
⟦pem|«pem»⟧\"\"\"
smoke_token = "⟦jwt|«jwt»⟧"

[llm]
temperature = 0.2

[[fixtures.encounters]]
patient = "⟦name|Thibodeaux, Evangeline R.⟧"
dob = ⟦date|1929-08-14⟧
mrn = "⟦mrn|«mrn»⟧"
phone = "+⟦phone|«phone»⟧"
visit = ⟦date|2025-10-20T09:40:00-05:00⟧
seed = "⟦age|96F⟧, CHF, daughter ⟦name|Odile⟧ at bedside"
"""
    raw = H.KEY_RE.sub(lambda m: v[m.group(1)], re.sub(r"⟦[^|⟦⟧]*\|", "", toml).replace("⟧", ""))
    line = raw.split("\n").index("[llm]", raw.split("\n").index("[llm]") + 1) + 1
    tpl = ("Our AI scribe won't start on my laptop: `tomllib.TOMLDecodeError: Cannot declare ('llm',) twice "
           "(at line %d, column 5)`. I only added the temperature setting. What's wrong? (It's my local "
           "copy with the dev keys. The fixture is Mrs. ⟦name|Thibodeaux⟧ from last week's clinic, is "
           "that a problem? ⟦name|Evangeline⟧ gave consent for the pilot.)\n\n```toml\n%s```\n" % (line, toml))
    return tpl, v


def extra_check(text):
    errs = []
    m = re.search(r"```toml\n(.*?)```", text, re.S)
    q = re.search(r"TOMLDecodeError: (.*?)`", text)
    if not (m and q):
        return ["doc6: TOML block or error not found"]
    src = m.group(1)
    try:
        tomllib.loads(src)
        errs.append("the config parses: no error to ask about")
    except tomllib.TOMLDecodeError as ex:
        if str(ex) != q.group(1):
            errs.append("tomllib says %r, the question quotes %r" % (str(ex), q.group(1)))
    lines = src.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln == "[llm]"]
    if len(idx) != 2:
        return errs + ["expected two [llm] headers"]
    fixed = "\n".join(lines[:idx[1]] + lines[idx[1] + 1:])
    try:
        cfg = tomllib.loads(fixed)
    except tomllib.TOMLDecodeError as ex:
        return errs + ["still fails without the duplicate header: %s" % ex]
    try:
        _, Q = H.pem_key_point(cfg["signing"]["private_key"])
        tok = cfg["signing"]["smoke_token"]
        h, p, s = tok.split(".")
        if not H.ecdsa_verify(Q, (h + "." + p).encode(), H.b64u_dec(s)):
            errs.append("smoke token does not verify with the private key")
    except Exception as ex:  # noqa: BLE001
        errs.append("key or token: %s" % ex)
    enc = cfg["fixtures"]["encounters"][0]
    b, vd = enc["dob"], enc["visit"].date()
    age = vd.year - b.year - ((vd.month, vd.day) < (b.month, b.day))
    if not enc["seed"].startswith("%dF" % age):
        errs.append("seed age does not match the birth and visit dates (%d)" % age)
    return errs


def broken(text):
    out = [text.replace("\n[llm]\ntemperature = 0.2\n", "\ntemperature = 0.2\n")]
    m = re.search(r"at line (\d+), column 5", text)
    out.append(text.replace(m.group(0), "at line %d, column 5" % (int(m.group(1)) + 1)))
    m = re.search(r'smoke_token = "([^"]+)"', text)
    tok = m.group(1)
    h, p, s = tok.split(".")
    sig = bytearray(H.b64u_dec(s))
    sig[5] ^= 1
    out.append(text.replace(tok, h + "." + p + "." + H.b64u(bytes(sig))))
    out.append(text.replace('seed = "96F', 'seed = "95F'))
    return out
