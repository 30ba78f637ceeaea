"""doc8: Terraform state file leaking secrets, with a plan line."""
import json

GENRE = """trimmed `terraform.tfstate` (JSON) of a hospital's EHR infrastructure with the plan line that
forces a database replacement: outputs holding a JWT signing key and a minted HS256 smoke-test token, an
IAM access key pair, a `tls_private_key` EC key JSON-escaped in the state, a GitHub Actions secret, an
Anthropic key in an SSM parameter, a security-group rule opening SSH to an engineer's home address,
the replica's endpoint, password, dated snapshot names and the owner's e-mail; pasted with a question
about why `terraform plan` wants to replace the replica"""

NOTES = """make.py parses the state with `json.loads` (`extra_check`) and verifies the JWT's HS256
signature with the 32-hex `jwt_signing_key` (gold `secret.generic_api_key`). The EC key is JSON-escaped:
the span runs from `-----BEGIN` to the final `-----` with the literal `\\n` escapes inside and the
trailing `\\n` outside; make.py un-escapes it and checks the public point. The AWS key ID is gold, the
secret key and the database password ambiguous; the RDS endpoint is infrastructure (ambiguous). The
engineer's home IPv4 is gold without the `/32`; her name in the rule description and her e-mail in the
`Owner` tag are gold. The state lineage UUID, `terraform_version` and the dated snapshot identifiers
are negatives (the dates are about backups, not a person)."""

DATE_ORDER = "MDY"


def make(g):
    key = g.hexkey(32)
    v = {
        "uuid": g.uuid4(),
        "key": key,
        "jwt": g.jwt({"sub": "svc-smoke", "iss": "ehr-infra", "aud": "ehr-api", "iat": 1749772800, "exp": 1749859200}, key),
        "akia": g.aws_key(),
        "awss": g.aws_secret(),
        "pem": g.ec_pem().replace("\n", "\\n"),
        "ghp": g.ghp(),
        "ant": g.anthropic(),
        "dbpw": g.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20),
    }
    t = r"""`terraform plan` wants to replace aws_db_instance.ehr_replica and I can't see why. Trimmed state and the plan line below. What changed?

{"version": 4, "terraform_version": "⟦!Terraform version|1.8.5⟧", "serial": 142, "lineage": "⟦!state lineage UUID, not a secret|«uuid»⟧",
 "outputs": {
  "jwt_signing_key": {"value": "⟦key|«key»⟧", "type": "string", "sensitive": true},
  "smoke_token": {"value": "⟦jwt|«jwt»⟧", "type": "string", "sensitive": true}},
 "resources": [
  {"type": "aws_iam_access_key", "name": "ci", "instances": [{"attributes": {"id": "⟦aws|«akia»⟧", "secret": "⟦?AWS secret access key|«awss»⟧", "user": "ci-deployer"}}]},
  {"type": "tls_private_key", "name": "bastion", "instances": [{"attributes": {"algorithm": "ECDSA", "private_key_pem": "⟦pem|«pem»⟧\n"}}]},
  {"type": "github_actions_secret", "name": "deploy", "instances": [{"attributes": {"repository": "ehr-infra", "plaintext_value": "⟦ghp|«ghp»⟧"}}]},
  {"type": "aws_ssm_parameter", "name": "llm", "instances": [{"attributes": {"name": "/ehr/anthropic", "value": "⟦anthropic|«ant»⟧"}}]},
  {"type": "aws_security_group_rule", "name": "ssh_tmp", "instances": [{"attributes": {"cidr_blocks": ["⟦ip|203.0.113.42⟧/32"], "description": "ssh from ⟦name|Nadia Okonjo⟧ home"}}]},
  {"type": "aws_db_instance", "name": "ehr_replica", "instances": [{"attributes": {"address": "⟦?database endpoint (infrastructure)|ehr-replica.c9x2ab.us-east-2.rds.amazonaws.com⟧", "password": "⟦?database password|«dbpw»⟧", "snapshot_identifier": "⟦!backup snapshot name with a date, not about a person|ehr-prod-2025-06-01⟧", "tags": {"Owner": "⟦email|nadia.okonjo@example.com⟧"}}}]}]}

-/+ resource "aws_db_instance" "ehr_replica" {
      ~ snapshot_identifier = "ehr-prod-2025-06-01" -> "⟦!backup snapshot name with a date, not about a person|ehr-prod-2025-06-15⟧" # forces replacement
"""
    return t, v


def extra_check(text, values):
    start = text.index('{"version"')
    end = text.index("\n\n-/+")
    state = json.loads(text[start:end])
    attrs = {r["type"]: r["instances"][0]["attributes"] for r in state["resources"]}
    assert attrs["tls_private_key"]["private_key_pem"].startswith("-----BEGIN EC PRIVATE KEY-----\n")
    assert state["outputs"]["jwt_signing_key"]["value"] == values["key"]
    assert attrs["aws_iam_access_key"]["id"] == values["akia"]
