"""doc10: RFC 5424 syslog lines from a patient portal's SSO loop, flagged by a PCI scanner."""
import datetime
import re

GENRE = ("RFC 5424 syslog lines from a hospital patient portal (gateway, OIDC proxy, billing and AI-assist "
         "services, a deploy hook): `<PRI>1` headers with ISO timestamps, host, app, proc and msg IDs, "
         "structured-data elements (`[origin ip=…]`, `[req@32473 client=… user=…]`), a referer URL with "
         "the patient's MRN, an id_token rejected for a future `iat`, a debug line logging a card payment "
         "body (card, expiry, ZIP, name in capitals), an upstream LLM call with its bearer key and a prompt "
         "naming the patient with his birth date, and a `git fetch` with a token in the URL; pasted by the "
         "on-call engineer asking why the login loops and what to purge or rotate")

NOTES = ("Syslog conventions (new in set N): the header timestamps are log metadata (ambiguous, whole value), "
         "PRI, version, host, app and proc IDs are unlabelled; structured-data parameter values are spans "
         "without their quotes. `32473` (the documentation enterprise number of RFC 5612 in the SD-ID) is "
         "ZIP-shaped and a negative; the `origin` address (RFC 1918) is infrastructure (ambiguous). The "
         "client address is the patient's home IP (gold each time), `user=` his e-mail (gold). The referer "
         "is gold `pii.url` with the MRN nested. The token's `iat` stamp is ambiguous (token metadata). In "
         "the logged payment body the card is gold (Luhn), the expiry ambiguous, the ZIP gold and "
         "`DARIUSZ KOWALCZYK-FERRO` gold (capitals); `Dariusz Kowalczyk-Ferro`, `Dariusz` and the ISO birth "
         "date in the prompt are gold. The OpenAI key (without `Bearer `) and the GitHub token inside the "
         "fetch URL (token only; the `token@github.com` part is not an e-mail) are gold; the public API and "
         "repository URLs are unlabelled. `extra_check` parses every line as RFC 5424 (version 1, facility "
         "local0, timestamps in order) and re-computes the clock skew the OIDC proxy reports (338 s), the "
         "cause of the loop.")

DATE_ORDER = "MDY"

TSR = "?syslog header timestamp (log metadata)"
PEN = "!IANA documentation enterprise number (RFC 5612) in the SD-ID, not a ZIP code"


def make(g):
    v = {"ip": "203.0.113.%d" % g.randint(20, 240), "mrn": g.digits(8), "card": g.visa(),
         "oai": g.openai(), "gh": g.github()}
    req = '[req@⟦%s|32473⟧ client="⟦ip|«ip»⟧"' % PEN
    lines = [
        '<134>1 ⟦%s|2025-10-21T13:58:02.114Z⟧ portal-gw-02 nginx 2231 ACCESS [origin ip="⟦?internal gateway address (infrastructure)|10.40.2.17⟧"]'
        '%s user="⟦email|dkowalczyk.ferro@example.com⟧" status="302"] GET /sso/callback '
        'referer="⟦url|https://portal.lakeshore.example.org/chart/⟦mrn|«mrn»⟧/summary?tab=meds⟧"' % (TSR, req),
        '<131>1 ⟦%s|2025-10-21T13:58:02.301Z⟧ portal-sso-01 oidc-proxy 877 AUTHFAIL %s] id_token rejected: '
        'iat ⟦?token issued-at stamp (token metadata)|2025-10-21T14:03:40Z⟧ is in the future (skew 338 s); '
        'redirect to /sso/login' % (TSR, req),
        '<134>1 ⟦%s|2025-10-21T13:58:03.020Z⟧ portal-api-03 billing 4410 PAYDEBUG %s] POST /api/pay '
        'body={"cc":"⟦card|«card»⟧","exp":"⟦?card expiry (expiry rule)|08/28⟧","zip":"⟦zip|60614⟧",'
        '"name":"⟦name|DARIUSZ KOWALCZYK-FERRO⟧"}' % (TSR, req),
        '<133>1 ⟦%s|2025-10-21T13:58:04.772Z⟧ portal-api-03 ai-assist 4415 UPSTREAM %s] POST '
        'https://api.openai.com/v1/chat/completions auth="Bearer ⟦oai|«oai»⟧" prompt="Summarize labs for '
        '⟦name|Dariusz Kowalczyk-Ferro⟧, DOB ⟦date|1968-03-11⟧"' % (TSR, req),
        '<134>1 ⟦%s|2025-10-21T13:58:05.009Z⟧ deploy-01 deploy-hook 912 FETCH - git fetch '
        'https://x-access-token:⟦gh|«gh»⟧@github.com/lakeshore-health/portal-config.git' % TSR,
    ]
    tpl = ("The patient portal keeps bouncing one user, ⟦name|Dariusz⟧, back to the login page since 9 this "
           "morning, and the PCI scanner flagged these lines in our syslog. Why the loop, and what do we have "
           "to purge or rotate?\n\n```\n%s\n```\n" % "\n".join(lines))
    return tpl, v


LINE_RE = re.compile(r"^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[[^\]]*\])+)(?: (.*))?$")


def _iso(s):
    return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))


def extra_check(text):
    errs = []
    m = re.search(r"```\n(.*?)\n```", text, re.S)
    if not m:
        return ["doc10 log block not found"]
    stamps = []
    skew_ok = False
    for line in m.group(1).split("\n"):
        p = LINE_RE.match(line)
        if not p:
            errs.append("not an RFC 5424 line: %s" % line[:40])
            continue
        pri = int(p.group(1))
        if pri // 8 != 16:
            errs.append("facility is not local0 in %s" % line[:12])
        t = _iso(p.group(2))
        stamps.append(t)
        s = re.search(r"iat (\S+) is in the future \(skew (\d+) s\)", p.group(8) or "")
        if s:
            skew_ok = round((_iso(s.group(1)) - t).total_seconds()) == int(s.group(2))
    if stamps != sorted(stamps):
        errs.append("timestamps out of order")
    if not skew_ok:
        errs.append("reported skew does not match iat minus the log timestamp")
    return errs


BROKEN = [("(skew 338 s)", "(skew 283 s)"),
          ("<131>1 ", "<131>2 "),
          ("<133>1 2025-10-21T13:58:04.772Z", "<133>1 2025-10-21T13:57:04.772Z"),
          ("<134>1 2025-10-21T13:58:05.009Z", "<30>1 2025-10-21T13:58:05.009Z")]
