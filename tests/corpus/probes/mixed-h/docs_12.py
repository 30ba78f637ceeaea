"""doc12: hard negative, no gold: hospital IT runbook for an interface-engine upgrade."""
import hashlib


def make(g):
    v = {}
    ip = lambda s: "⟦?server IP (infrastructure)|%s⟧" % s
    v["ip1"], v["ip2"], v["ip3"], v["ipdb"] = ip("10.40.12.21"), ip("10.40.12.22"), ip("172.20.8.15"), ip("10.40.12.30")
    v["chg"] = "⟦!change ticket number|CHG0031947⟧"
    v["sha"] = hashlib.sha256(b"mirthconnect-4.5.2.b344-unix.tar.gz").hexdigest()
    v["vendor"] = "⟦?vendor support line (business)|" + g.fmt(g.phone("800"), "paren") + "⟧"
    v["ver_old"] = "⟦!software version|4.4.2⟧"
    v["ver_new"] = "⟦!software version|4.5.2⟧"
    t = """Turn this runbook into a checklist for tonight's change window and flag any step that looks risky or out of order.

RUNBOOK - Interface engine upgrade (Mirth Connect «ver_old» -> «ver_new», build ⟦!build number (dotted run)|4.5.2.344⟧)
Change: «chg» (CAB approved ⟦!change approval date, not about a person|2025-11-12⟧)   Related: ⟦!incident ticket number|INC0718823⟧, ⟦!problem ticket number|PRB0004410⟧
Window: ⟦!maintenance window, not about a person|Sat 2025-11-15⟧ 22:00 - ⟦!maintenance window, not about a person|Sun 2025-11-16⟧ 02:00 CT
Owner: Integration Engineering (team). Vendor case ⟦!vendor case number|NG-2025-440917⟧. Release notes dated ⟦!software release date|2024-09-19⟧.

ENVIRONMENT
  ie-prod-01.lrh.internal   «ip1»   primary
  ie-prod-02.lrh.internal   «ip2»   standby
  ie-dr-01.lrh.internal     «ip3»    DR (Madison)
  mirthdb (PostgreSQL ⟦!software version|15.8⟧)  «ipdb»:5432
  Ports: ⟦!port number|6661⟧ ADT in (MLLP), 6662 ORM, 6670 ORU out, 8443 admin, 8080 API (disabled)
  Java: Temurin ⟦!software version|17.0.12+7⟧
  Installer SHA-256: ⟦!file checksum, not a secret|«sha»⟧

PRE-CHECKS (T-60)
  1. «chg» is in "Implement" state; bridge line opened in #ie-change.
  2. Export channels: mccommand -a https://ie-prod-01.lrh.internal:8443 -u <ADMIN_USER> -p <ADMIN_PASSWORD> -s export.txt
  3. Queue depth < 500 on every outbound channel; pause the ADT feed at the source (Bridges), not in Mirth.
  4. Backup: pg_dump -h «ipdb» -U mirth_svc -Fc mirthdb > /backup/⟦?backup file name with its date (log metadata)|mirthdb_20251115.dump⟧

CONFIG (mirth.properties after upgrade)
  database.url = jdbc:postgresql://«ipdb»:5432/mirthdb
  database.username = mirth_svc
  database.password = <DB_PASSWORD>
  keystore.storepass = <KEYSTORE_PASS>
  keystore.keypass = <KEY_PASS>
  https.port = 8443
  alerts.webhook = https://hooks.example.org/services/<WEBHOOK_PATH>
  api.key = ⟦!placeholder, not a secret|<API_KEY>⟧

SMOKE TEST
  MSH|^~\\&|TESTSYS|LRH|MIRTH|LRH|⟦!test message timestamp, not about a person|20251115223000⟧||ADT^A08|⟦!message control ID|TEST000001⟧|P|2.5.1
  PID|1||ZZTEST0001^^^LRH^MR||⟦!placeholder test patient|ZZTEST^PATIENT^ONE⟧||⟦!placeholder birth date of a test patient|19000101⟧|U
  Expect ACK AA within 2 s. If no ACK by 00:30, roll back: stop service, revert VM snapshot "pre-CHG", restore DB from dump.

Certificate CN=ie-prod.lrh.internal expires ⟦!certificate expiry, not about a person|2026-03-31⟧ (separate change).

ON-CALL (teams only; names live in the paging schedule "Interfaces-Primary", service ⟦!paging service ID|P7QX2LM⟧)
  Week 46: Integration-A    Week 47: Integration-B    Escalation: Clinical Apps on-call manager -> IT Duty Director
  Vendor support «vendor» option 3; team mailbox ⟦?team mailbox (not a person)|ie-oncall@lakeviewhealth.example.org⟧
"""
    return t, v
