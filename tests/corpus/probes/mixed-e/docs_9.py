"""doc9: git show / PR review that commits secrets, with code identifiers and commit hashes."""

TEMPLATE = """Can you review PR #482 ("sync worker: prod config + signing key") before I merge? Output of git show:

commit ⟦!git commit hash, not a secret|«commit»⟧
Author: ⟦name|Lorena Hernández-Ruiz⟧ <⟦email|lorena.hr@example.com⟧>
Date:   ⟦?commit timestamp (log metadata)|Mon Nov 3 14:22:07 2025 -0600⟧

    Add prod config for the sync worker; pin fuzzy matcher

    Co-authored-by: ⟦name|Baptiste Oyelowo-Grant⟧ <⟦email|b.oyelowo@example.net⟧>

diff --git a/config/production.yaml b/config/production.yaml
index ⟦!abbreviated blob hashes|«i1»..«i2»⟧ 100644
--- a/config/production.yaml
+++ b/config/production.yaml
@@ -4,8 +4,7 @@ sync:
   batch_size: 250
   timezone: America/Chicago
-  database_url: ⟦!environment variable reference|${DATABASE_URL}⟧
-  github_token: ${GH_TOKEN}
+  database_url: postgresql://⟦!database user name (service account)|sched_app⟧:⟦apikey|«dbpw»⟧@⟦?internal host name|db-prod-02.internal.example.net⟧:5432/scheduling
+  github_token: ⟦github|«ghp»⟧
+  openai_api_key: ⟦openai|«openai»⟧
   retry_backoff_ms: [100, 400, 1600]
-  aws_access_key_id: ⟦aws|«akia»⟧
-  aws_secret_access_key: ⟦?AWS secret access key (no class of its own)|«awssecret»⟧
-  slack_bot_token: ⟦slack|«slack»⟧
+  aws_profile: sched-sync
diff --git a/.env.production b/.env.production
new file mode 100644
--- /dev/null
+++ b/.env.production
@@ -0,0 +1,5 @@
+SERVICE_JWT=⟦jwt|«jwt»⟧
+GH_PAT_READONLY=⟦github|«pat»⟧
+ANTHROPIC_API_KEY=⟦anthropic|«anthropic»⟧
+LOG_LEVEL=info
+SENTRY_RELEASE=⟦!software version|sched-sync@2.14.0⟧
diff --git a/deploy/keys/sync-signing.pem b/deploy/keys/sync-signing.pem
new file mode 100644
--- /dev/null
+++ b/deploy/keys/sync-signing.pem
@@ -0,0 +1,5 @@
+⟦pem|«pem»⟧
diff --git a/sync/match.py b/sync/match.py
--- a/sync/match.py
+++ b/sync/match.py
@@ -31,2 +31,4 @@ from .phonetics import soundex, jaro_winkler
-def match_patient(first, last, dob):
-    return ⟦!code identifier (eponymous algorithm)|LevenshteinIndex⟧.lookup(last, dob)
+def match_patient(first_name, last_name, dob, seen=⟦!code identifier (eponymous data structure)|BloomFilter⟧(capacity=50_000)):
+    if dob == date(1900, 1, 1):  # sentinel DOB from the legacy feed, not a real birth date
+        return None
+    return ⟦!code identifier (eponymous algorithm)|jaro_winkler⟧(last_name.upper(), seen, threshold=0.92)

--- review comments ---
⟦?GitHub handle|@kosei-appsec⟧ (⟦name|Kwame Osei-Mensah⟧) on config/production.yaml, line 8:
> Blocking. This commits live GitHub, OpenAI and Anthropic keys and a DB password, and adds a
> signing key in plain text. They are in the history of ⟦!abbreviated commit hash|«short»⟧ now, so reverting is not
> enough: rotate all of them, move them to Vault (path kv/sched-sync/prod), and rewrite history.
> The AWS key and Slack bot token removed above were disabled on ⟦!credential rotation date (system event, not about a person)|Oct 28⟧, but they are still in ⟦!abbreviated commit hash|«old»⟧.
> Also, the audit log shows this push from ⟦ip|198.51.100.23⟧ (⟦name|Lorena⟧'s home connection, laptop MAC ⟦mac|00:00:5E:00:53:«mac»⟧), not from the CI runner ⟦?private (RFC 1918) address of a build machine|10.20.4.17⟧.
⟦?GitHub handle|@lhernandez-ops⟧ (⟦name|Lorena⟧): ugh, sorry. The pem was for local testing only. Rotating now.
⟦?GitHub handle|@b-oyelowo⟧: the matcher change is fine; ⟦!code identifier|test_match_patient_sentinel_dob⟧ covers the ⟦!sentinel placeholder date, not a birth date|1900-01-01⟧ case.
"""


def make(g):
    commit = g.hex(40)
    jwt = g.jwt({"iss": "https://auth.example.org", "sub": "svc-sched-sync", "aud": "sched-api",
                 "scope": "appointments:write", "iat": 1762201327, "exp": 1793737327})
    return TEMPLATE, {
        "commit": commit,
        "short": commit[:7],
        "old": g.hex(7),
        "i1": g.hex(7),
        "i2": g.hex(7),
        "dbpw": g.chars(__import__("string").ascii_letters + "0123456789", 24),
        "ghp": g.ghp(),
        "openai": g.openai_key(),
        "akia": g.aws_key(),
        "awssecret": g.aws_secret(),
        "jwt": jwt,
        "pat": g.github_pat(),
        "slack": g.slack_bot(),
        "anthropic": g.anthropic_key(),
        "mac": g.chars("0123456789ABCDEF", 2),
        "pem": g.ec_pem().replace("\n", "\n+"),
    }
