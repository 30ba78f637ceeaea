GENRE = ("`history` output from a clinic sysadmin's laptop (exports of cloud and AI keys, a Slack webhook test, "
         "`curl` with a minted bearer JWT, `psql` lookups of a patient, `ssh`/`scp` to internal hosts and to "
         "a contractor's home IP, an EC key `cat` to the terminal); pasted with a question about what must be rotated")
NOTES = ("History line numbers are unlabelled. Secrets are gold, value only (the `VAR=` and quotes outside); "
         "the AWS secret key is ambiguous; the 32-hex `SIGNING_KEY` is `secret.generic_api_key` and make.py "
         "verifies the JWT's HS256 signature with it. The EC key is one span from `-----BEGIN` to the final "
         "`-----` (public point verified). Internal RFC 1918 hosts are ambiguous (infrastructure); the contractor's "
         "home IPv4 in 203.0.113.0/24 and the laptop's Wi-Fi MAC are gold. The patient's name in the SQL is gold.")
def make(g):
    key = g.hexs(32)
    jwt = g.jwt({"sub": "svc-fax-bridge", "iss": "clinic-auth", "iat": 1740990000, "exp": 1740993600}, key)
    v = {"aws": g.aws(), "awss": g.aws_secret(), "oa": g.openai(), "an": g.anthropic(), "gh": g.gh(),
         "sl": g.slack(), "key": key, "jwt": jwt, "pem": g.pem()}
    t = """I pasted my shell history into a gist by accident (deleted after ~20 min). What has to be rotated, in what order?

  501  export AWS_ACCESS_KEY_ID=⟦aws|«aws»⟧
  502  export AWS_SECRET_ACCESS_KEY=⟦?AWS secret key|«awss»⟧
  503  export OPENAI_API_KEY="⟦openai|«oa»⟧"
  504  export ANTHROPIC_API_KEY=⟦anthropic|«an»⟧
  505  git clone https://⟦gh|«gh»⟧@github.com/example-clinic/fax-bridge.git
  506  curl -s -H "Authorization: Bearer ⟦slack|«sl»⟧" https://slack.com/api/auth.test
  507  export SIGNING_KEY=⟦apikey|«key»⟧
  508  curl -H "Authorization: Bearer ⟦jwt|«jwt»⟧" https://⟦?internal host|10.40.2.15⟧:8443/v1/faxes
  509  psql -h ⟦?internal DB host|10.40.2.21⟧ -U faxbridge -c "select * from inbound where patient_name ilike '%⟦name|Papadakis⟧%'"
  510  psql -h ⟦?internal DB host|10.40.2.21⟧ -U faxbridge -c "select mrn,dob from patients where mrn='⟦mrn|«mrn»⟧'"
  511  scp fax_dump.tgz ⟦ip|203.0.113.58⟧:/srv/drop/
  512  ip link show wlp2s0 | grep ether   # ⟦mac|00:00:5e:00:53:2c⟧
  513  cat ~/.keys/fax-bridge.pem
⟦pem|«pem»⟧
  514  history

203.0.113.58 is ⟦name|Dana Whitcombe⟧'s home box (contractor). Also the patient in 509 was ⟦name|Eleni Papadakis⟧, born ⟦date|1948-01-30⟧.
"""
    t = t.replace("dana@⟦ip|203.0.113.58⟧", "dana@⟦ip|203.0.113.58⟧").replace("\n203.0.113.58 is", "\n⟦ip|203.0.113.58⟧ is")
    v["mrn"] = "E" + g.digits(7)
    return t, v
