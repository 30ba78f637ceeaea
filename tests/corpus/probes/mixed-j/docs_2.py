"""doc2: GitLab CI job log of a failed deploy that leaks secrets."""
import re

import make as M

GENRE = """GitLab CI raw job log of a failed deploy (runner banner, section names with durations,
   `$` command echo, an `env | grep | sort` dump where unmasked variables leak an Anthropic key, an
   OpenAI key, an AWS key pair, a Slack bot token and a JWT signing secret next to `[MASKED]` ones, a
   `git clone` with a GitHub token in the URL, `openssl ec` writing an EC private key to the log, a
   minted HS256 service JWT, and a smoke test that prints a fixture patient taken from production),
   pasted with a question about why it failed and what must be rotated"""

NOTES = """* **CI log** (doc2). Runner and GitLab versions, the image tag, pipeline and job IDs, the
  commit SHA, the runner's system ID and token prefix, section durations (`00:14`) and HTTP status
  codes are negatives or unlabelled; `[MASKED]` values are unlabelled. Every unmasked secret is gold,
  value only (the `NAME=` outside): the Anthropic and OpenAI keys, the AWS key ID (the 40-character
  secret key ambiguous), the Slack bot token, the 32-hex `JWT_SIGNING_SECRET` (`secret.generic_api_key`),
  the GitHub token inside `https://x-access-token:…@github.com/…` (token only; the URL is not a
  person's, and the `token@host` part is not an e-mail) and the EC private key written by `openssl ec`
  (from `-----BEGIN` to the final `-----`). make.py verifies the minted JWT's HS256 signature with
  the signing secret found in the same log and the PEM's public point. The committer's name (also
  lower case in the question) and e-mail are gold, her GitLab handle ambiguous. The runner's RFC
  1918 address and the staging host are infrastructure (ambiguous). The fixture patient copied from
  production (`Okonjo-Hartley, Ngozi`, one name span, and her ISO birth date) is gold; the extract's
  file name with its date is ambiguous (as set H's dump file name)."""


def make(g):
    anth = g.anthropic()
    oai = g.openai()
    akid = g.aws_key_id()
    asec = g.aws_secret()
    slack = g.slack_bot()
    jkey = g.hexkey(32)
    ghp = g.ghp()
    pem = g.ec_pem()
    jwt = g.jwt_hs256({"iss": "ci.example.org", "sub": "svc-portal-deploy", "aud": "portal-prod",
                       "iat": 1741269731, "exp": 1741270631}, jkey)
    sha = g.chars("0123456789abcdef", 8)
    sysid = "s_" + g.chars("0123456789abcdef", 12)
    rtok = "t3_" + g.chars(M.B62, 6)
    values = dict(anth=anth, oai=oai, akid=akid, asec=asec, slack=slack, jkey=jkey, ghp=ghp,
                  pem=pem, jwt=jwt, sha=sha, sysid=sysid, rtok=rtok)
    tpl = """deploy job on patient-portal failed again (pipeline ⟦!pipeline ID|#118420⟧, job ⟦!job ID|6604913⟧). raw log below, I didn't have time to scrub it. why did it fail, and what do we have to rotate? ⟦name|priyanka⟧ (⟦?GitLab handle|@praghunathan⟧) is asking whether the openssl step is even needed.

Running with gitlab-runner ⟦!runner version|17.6.1⟧ (⟦!runner build hash|a2d3e4f1⟧)
  on hc-docker-runner-03 ⟦!runner token prefix|«rtok»⟧, system ID: ⟦!runner system ID|«sysid»⟧
Preparing the "docker" executor 00:02
Using Docker executor with image registry.example.org/platform/deploy-tools:⟦!image tag|2.14.0⟧ ...
Running on runner-t3zk9lq-project-412-concurrent-0 via hc-docker-runner-03 (⟦?runner address (infrastructure)|10.20.4.17⟧)...
Getting source from Git repository 00:01
Fetching changes with git depth set to 20...
Checking out ⟦!commit SHA|«sha»⟧ as detached HEAD (ref is release/3.8)...
Executing "step_script" stage of the job script 00:14
$ echo "deploy $CI_COMMIT_SHORT_SHA by $GITLAB_USER_NAME <$GITLAB_USER_EMAIL>"
deploy «sha» by ⟦name|Priyanka Raghunathan⟧ <⟦email|p.raghunathan@example.org⟧>
$ env | grep -E '_(KEY|TOKEN|SECRET)' | sort
ANTHROPIC_API_KEY=⟦anthropic|«anth»⟧
AWS_ACCESS_KEY_ID=⟦aws|«akid»⟧
AWS_SECRET_ACCESS_KEY=⟦?AWS secret access key (convention)|«asec»⟧
CI_JOB_TOKEN=[MASKED]
CI_REGISTRY_PASSWORD=[MASKED]
JWT_SIGNING_SECRET=⟦apikey|«jkey»⟧
OPENAI_API_KEY=⟦openai|«oai»⟧
SLACK_BOT_TOKEN=⟦slack|«slack»⟧
$ git clone -q https://x-access-token:⟦ghtok|«ghp»⟧@github.com/hc-platform/fhir-mappers.git vendor/fhir-mappers
$ openssl ec -in "$APNS_AUTH_KEY"
read EC key
writing EC key
⟦pem|«pem»⟧
$ TOKEN=$(node scripts/mint-service-token.js --aud portal-prod) && echo "minted $TOKEN"
minted ⟦jwt|«jwt»⟧
$ ./scripts/smoke.sh ⟦?staging host (infrastructure)|https://portal-staging.example.org⟧
GET /api/health -> 200
GET /api/patients/me -> 401 {"error":"invalid audience","expected":"portal-staging"}
seed check: fixture patient '⟦name|Okonjo-Hartley, Ngozi⟧' (DOB ⟦date|1961-05-23⟧) from ⟦?extract file name with its date|prod_extract_2025-02-28.csv⟧ not found
Cleaning up project directory and file based variables 00:00
ERROR: Job failed: exit code 1
"""
    return tpl, values


def extra_check(text, spans):
    errs = []
    key = re.search(r"^JWT_SIGNING_SECRET=([0-9a-f]{32})$", text, re.M)
    tok = re.search(r"^minted (\S+)$", text, re.M)
    if not key or not tok or not M.jwt_hs256_ok(tok.group(1), key.group(1)):
        errs.append("minted JWT does not verify with JWT_SIGNING_SECRET")
    else:
        import json
        payload = json.loads(M.b64url_dec(tok.group(1).split(".")[1]))
        if payload.get("aud") != "portal-prod" or '"expected":"portal-staging"' not in text:
            errs.append("the audience mismatch that fails the job is not in the log")
    return errs
