"""doc6: SMS reminder gateway config and webhook log (URL-encoded form bodies, E.164 numbers)."""
import base64


def make(g):
    v = {}
    hx = g.hexs
    v["acsid"] = "⟦!account SID (identifier, not a credential)|AC" + hx(32) + "⟧"
    v["auth"] = g.hexs(32)
    v["gw"] = "⟦?the gateway's own SMS number (business)|" + g.fmt(g.phone("262"), "e164d") + "⟧"
    v["slack"] = g.slack()
    d, pem = g.ec_key(indent="    ")
    v["pem"] = pem
    v["jti"] = g.uuid()
    hdr = {"alg": "ES256", "typ": "JWT", "kid": "smsgw-2025-10"}
    payload = {"iss": "smsgw-prod", "sub": "smsgw-prod",
               "aud": "https://fhir.lakeview.example.org/oauth2/token",
               "jti": v["jti"], "exp": 1762178831}
    v["jwt"] = g.jwt_es256(d, hdr, payload)
    v["pa"] = g.fmt(g.phone("414"), "e164d")
    v["pb"] = g.fmt(g.phone("262"), "e164d")
    v["pc"] = g.fmt(g.phone("414"), "e164d")
    sid = lambda: "⟦!message SID (record ID)|SM" + g.hexs(32) + "⟧"
    v["sid1"] = sid()
    v["sid2"] = sid()
    v["sid3"] = sid()
    v["sid4"] = sid()
    v["pd"] = g.fmt(g.phone("414"), "e164d")
    v["mrn2"] = "⟦mrn|E22" + g.digits(5, "0123456789") + "⟧"
    v["idem"] = "⟦!idempotency token (request ID)|" + g.uuid() + "⟧"
    v["sig1"] = "⟦!webhook request signature (HMAC digest, not a credential)|" + base64.b64encode(bytes(g.r.randrange(256) for _ in range(20))).decode() + "⟧"
    v["src1"] = "⟦?webhook source IP (infrastructure)|" + g.ip("198.51.100") + "⟧"
    v["src2"] = "⟦?webhook source IP (infrastructure)|" + g.ip("198.51.100") + "⟧"
    v["mrn"] = "⟦mrn|E22" + g.digits(5, "0123456789") + "⟧"
    v["appt"] = "⟦!appointment ID (order ID)|A-7781203⟧"
    v["tok"] = g.b62s(8)
    t = """Our appointment-reminder gateway sometimes records two confirmations for one reply, and the second reply below never matched a patient. Config and a slice of the webhook log are below (Twilio-style form posts). Why the duplicates, and why no match?

# smsgw config.yaml (prod)
twilio:
  account_sid: «acsid»
  auth_token: ⟦apikey|«auth»⟧
  from_number: "+«gw»"
alerts:
  slack_bot_token: ⟦slack|«slack»⟧
  channel: "#reminders-alerts"
ehr:
  token_url: https://fhir.lakeview.example.org/oauth2/token
  client_id: smsgw-prod
  private_key: |
    ⟦pem|«pem»⟧

# log (UTC)
⟦?log timestamp|2025-11-03T14:02:11.482Z⟧ INFO ehr.auth POST /oauth2/token client_assertion=⟦jwt|«jwt»⟧ -> 200
⟦?log timestamp|2025-11-03T14:02:12.007Z⟧ INFO outbound to=+⟦phone|«pa»⟧ appt=«appt» link=⟦url|https://r.lakeview.example.org/c/«tok»⟧
  body="Reminder: appt with Dr ⟦name|Osei⟧ on ⟦date|11/05/2025⟧ at 9:30 AM. Reply C to confirm, R to reschedule."
⟦?log timestamp|2025-11-03T14:05:37.114Z⟧ INFO inbound POST /hooks/sms src=«src1» X-Twilio-Signature=«sig1»
  ToCountry=US&SmsMessageSid=«sid1»&NumMedia=0&From=%2B⟦phone|«pa»⟧&To=%2B«gw»&Body=C&AccountSid=«acsid»
⟦?log timestamp|2025-11-03T14:05:37.121Z⟧ INFO matched from=+⟦phone|«pa»⟧ mrn=«mrn» appt=«appt» -> CONFIRMED
⟦?log timestamp|2025-11-03T14:05:52.930Z⟧ INFO inbound POST /hooks/sms src=«src2» I-Twilio-Idempotency-Token=«idem»
  ToCountry=US&SmsMessageSid=«sid1»&NumMedia=0&From=%2B⟦phone|«pa»⟧&To=%2B«gw»&Body=C&AccountSid=«acsid»
⟦?log timestamp|2025-11-03T14:05:52.936Z⟧ INFO matched from=+⟦phone|«pa»⟧ mrn=«mrn» appt=«appt» -> CONFIRMED
⟦?log timestamp|2025-11-03T14:09:03.551Z⟧ INFO inbound POST /hooks/sms src=«src1»
  ToCountry=US&SmsMessageSid=«sid2»&NumMedia=0&From=%2B⟦phone|«pb»⟧&To=%2B«gw»&Body=this+is+⟦name|Wilhelmina+Achebe-Stroud⟧+confirming+for+my+mom+⟦name|Florence+Achebe⟧+dob+⟦date|2%2F9%2F1948⟧&AccountSid=«acsid»
⟦?log timestamp|2025-11-03T14:09:03.560Z⟧ WARN unmatched from=+⟦phone|«pb»⟧ hint="⟦name|Wilhelmina Achebe-Stroud⟧"
⟦?log timestamp|2025-11-03T14:10:18.774Z⟧ INFO inbound POST /hooks/sms src=«src2»
  ToCountry=US&SmsMessageSid=«sid4»&NumMedia=0&From=%2B⟦phone|«pd»⟧&To=%2B«gw»&Body=Yes+confirm.+⟦name|Gerald+Oyinlola⟧+DOB+⟦date|08%2F14%2F1957⟧&AccountSid=«acsid»
⟦?log timestamp|2025-11-03T14:10:18.781Z⟧ INFO matched from=+⟦phone|«pd»⟧ mrn=«mrn2» appt=⟦!appointment ID (order ID)|A-7781377⟧ -> CONFIRMED
⟦?log timestamp|2025-11-03T14:11:40.003Z⟧ INFO inbound POST /hooks/sms src=«src2»
  ToCountry=US&SmsMessageSid=«sid3»&NumMedia=0&From=%2B⟦phone|«pc»⟧&To=%2B«gw»&Body=Wrong%20number%2C%20I%20am%20not%20⟦name|Dorcas⟧.%20STOP&AccountSid=«acsid»
⟦?log timestamp|2025-11-03T14:11:40.010Z⟧ INFO opt-out from=+⟦phone|«pc»⟧ -> slack #reminders-alerts ok
"""
    return t, v
