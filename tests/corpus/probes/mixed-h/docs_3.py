"""doc3: FHIR R4 transaction Bundle pasted with a question about an identifier-mapping bug."""
import json


def make(g):
    v = {}
    v["u1"] = g.uuid()
    v["u2"] = g.uuid()
    v["u3"] = g.uuid()
    v["u4"] = g.uuid()
    v["ssn"] = "⟦ssn|" + g.ssn() + "⟧"
    v["mrn"] = "⟦mrn|E" + g.digits(7) + "⟧"
    v["member"] = "QHW" + g.digits(9)
    ph = g.phone("414")
    v["ph_json"] = "⟦phone|" + g.fmt(ph, "paren") + "⟧"
    v["ph_v2"] = "⟦phone|" + g.fmt(ph, "paren_nospace") + "⟧"
    v["clinic"] = "⟦?clinic main line (business)|" + g.fmt(g.phone("414"), "dash") + "⟧"
    v["npi"] = "⟦npi|" + g.npi("1") + "⟧"
    v["oid"] = "⟦!organisation OID (dotted run, not an IP)|1.2.840.114350.1.13.4471.2.7.5.737384.14⟧"
    v["zip"] = "⟦zip|53208⟧"
    v["ant"] = g.anthropic()
    t = """Our HL7 v2 -> FHIR R4 mapper puts the wrong identifier into Coverage.subscriberId. It should be the plan member ID from IN1-36 (⟦plan|«member»⟧ for this patient, which does land in Coverage.identifier) but we get the SSN from PID-19. Source PID and one output bundle below, plus how we call the validator. What in the mapping would cause this, and is anything else off?

PID|1||«mrn»^^^LRH^MR||⟦name|ABERNATHY-OSEI⟧^⟦name|LUCINDA⟧^⟦name|MARIE⟧||⟦date|19610923⟧|F|||⟦addr|4127 W LISBON AVE APT 2B⟧^^MILWAUKEE^WI^«zip»||«ph_v2»|||||||«ssn»

{
  "resourceType": "Bundle",
  "type": "transaction",
  "meta": { "lastUpdated": "⟦?bundle timestamp (log metadata)|2025-11-04T08:02:17Z⟧" },
  "entry": [
    { "fullUrl": "urn:uuid:⟦!resource UUID (record ID)|«u1»⟧",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          { "type": { "coding": [ { "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR" } ] },
            "system": "urn:oid:«oid»", "value": "«mrn»" },
          { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "«ssn»" }
        ],
        "name": [
          { "use": "official", "family": "⟦name|Abernathy-Osei⟧", "given": [ "⟦name|Lucinda⟧", "⟦name|Marie⟧" ] },
          { "use": "nickname", "given": [ "⟦name|Lulu⟧" ] }
        ],
        "telecom": [
          { "system": "phone", "value": "«ph_json»", "use": "mobile" },
          { "system": "email", "value": "⟦email|lulu.abernathy@example.net⟧" }
        ],
        "gender": "female",
        "birthDate": "⟦date|1961-09-23⟧",
        "address": [ { "use": "home", "line": [ "⟦addr|4127 W Lisbon Ave Apt 2B⟧" ],
                       "city": "Milwaukee", "state": "WI", "postalCode": "«zip»" } ]
      },
      "request": { "method": "POST", "url": "Patient" } },
    { "fullUrl": "urn:uuid:⟦!resource UUID (record ID)|«u2»⟧",
      "resource": {
        "resourceType": "Coverage",
        "identifier": [ { "type": { "coding": [ { "code": "MB" } ] },
                          "system": "https://members.greatlakeshp.example.com", "value": "⟦plan|«member»⟧" } ],
        "status": "active",
        "subscriberId": "«ssn»",
        "beneficiary": { "reference": "urn:uuid:«u1»" },
        "relationship": { "coding": [ { "code": "self" } ] },
        "payor": [ { "display": "Great Lakes Health Plan" } ],
        "class": [ { "type": { "coding": [ { "code": "group" } ] }, "value": "⟦?group number|GLH-20814⟧" } ]
      },
      "request": { "method": "POST", "url": "Coverage" } },
    { "fullUrl": "urn:uuid:«u3»",
      "resource": {
        "resourceType": "Encounter",
        "status": "finished",
        "class": { "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB" },
        "subject": { "reference": "urn:uuid:«u1»" },
        "participant": [ { "individual": { "reference": "urn:uuid:«u4»" } } ],
        "period": { "start": "⟦date|2025-10-30T13:40:00-05:00⟧", "end": "⟦date|2025-10-30T14:05:00-05:00⟧" },
        "reasonCode": [ { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "⟦icd|E11.65⟧" } ] } ]
      },
      "request": { "method": "POST", "url": "Encounter" } },
    { "fullUrl": "urn:uuid:«u4»",
      "resource": {
        "resourceType": "Practitioner",
        "identifier": [ { "system": "http://hl7.org/fhir/sid/us-npi", "value": "«npi»" } ],
        "name": [ { "family": "⟦name|Nakagawa-Reyes⟧", "given": [ "⟦name|Tomasz⟧" ], "prefix": [ "Dr." ] } ],
        "telecom": [ { "system": "phone", "value": "«clinic»", "use": "work" } ]
      },
      "request": { "method": "POST", "url": "Practitioner" } }
  ]
}

validator: client = anthropic.Anthropic(api_key="⟦anthropic|«ant»⟧")
"""
    return t, v


def extra_check(text, spans):
    start = text.index("\n{\n") + 1
    end = text.index("\n}\n", start) + 2
    try:
        b = json.loads(text[start:end])
    except ValueError as e:
        return ["doc3: bundle is not valid JSON: %s" % e]
    kinds = [e["resource"]["resourceType"] for e in b["entry"]]
    if kinds != ["Patient", "Coverage", "Encounter", "Practitioner"]:
        return ["doc3: unexpected resources %s" % kinds]
    return []
