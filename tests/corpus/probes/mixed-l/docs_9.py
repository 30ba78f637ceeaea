"""doc9: browser HAR export from a patient-portal support case."""
import json

GENRE = """browser HAR export (Chrome, trimmed) sent by a patient to portal support: a `GET` whose URL carries
her MRN and whose JSON-encoded response body holds her name, birth date, MBI, phone, street, ZIP, PCP and
last-login IP, then the "Ask a nurse" widget's direct `POST` to a public LLM API with the OpenAI key in
the `Authorization` header and her message in the JSON-encoded `postData`, answered `401`; pasted by a
support engineer asking why the chat spins"""

NOTES = """make.py parses the HAR and both JSON-encoded bodies with `json.loads` (`extra_check`). Spans inside
escaped JSON exclude the `\\"` quotes. The portal URL is gold `pii.url` with the MRN nested (`MRN-`
outside the MRN span); the MRN in the question is the same gold text. `startedDateTime` values are log
timestamps (ambiguous); the portal's `serverIPAddress` is infrastructure (ambiguous); her own
`lastLoginIp` is gold. The public API endpoint is a negative (service URL). The OpenAI key is gold
without `Bearer `. `june 2` in her message has no year (ambiguous). `Temperance` (a given name that is
also an ordinary word) and `Oyelowo, Temperance J.` are gold, as is the PCP without `MD`. The model name
and the HAR/creator versions are unlabelled."""

DATE_ORDER = "MDY"


def make(g):
    v = {"mbi": g.mbi(), "ph": g.phone("505", "paren"), "oai": g.openai()}
    t = r"""A patient says the "Ask a nurse" chat in our portal just spins. She exported this HAR from Chrome (trimmed). What's going wrong? Her MRN is ⟦mrn|4471982⟧ if you need it.

{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
 "entries": [
  {"startedDateTime": "⟦?HAR log timestamp|2025-06-20T14:03:11.482Z⟧",
   "request": {"method": "GET", "url": "⟦url|https://portal.example.org/api/v2/patients/MRN-⟦mrn|4471982⟧/summary⟧"},
   "response": {"status": 200, "content": {"mimeType": "application/json",
     "text": "{\"name\":\"⟦name|Oyelowo, Temperance J.⟧\",\"dob\":\"⟦date|1958-10-02⟧\",\"mbi\":\"⟦mbi|«mbi»⟧\",\"phone\":\"⟦phone|«ph»⟧\",\"street\":\"⟦addr|77 Calle Alegre⟧\",\"zip\":\"⟦zip|87501⟧\",\"pcp\":\"⟦name|Ifeoma Grant-Lucero⟧, MD\",\"lastLoginIp\":\"⟦ip|198.51.100.23⟧\"}"}},
   "serverIPAddress": "⟦?portal server address (infrastructure)|192.0.2.10⟧"},
  {"startedDateTime": "⟦?HAR log timestamp|2025-06-20T14:03:19.907Z⟧",
   "request": {"method": "POST", "url": "⟦!public API endpoint, not a person's URL|https://api.openai.com/v1/chat/completions⟧",
     "headers": [{"name": "Authorization", "value": "Bearer ⟦openai|«oai»⟧"}],
     "postData": {"mimeType": "application/json", "text": "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi its ⟦name|Temperance⟧, ankle still swollen since my fall on ⟦?date without a year|june 2⟧, can i walk on it\"}]}"}},
   "response": {"status": 401, "content": {"mimeType": "application/json", "text": "{\"error\":{\"code\":\"invalid_api_key\"}}"}}}]}}
"""
    return t, v


def extra_check(text, values):
    har = json.loads(text[text.index('{"log"'):])
    e1, e2 = har["log"]["entries"]
    body = json.loads(e1["response"]["content"]["text"])
    assert body["mbi"] == values["mbi"] and body["phone"] == values["ph"]
    msg = json.loads(e2["request"]["postData"]["text"])
    assert "Temperance" in msg["messages"][0]["content"]
    assert e2["request"]["headers"][0]["value"] == "Bearer " + values["oai"]
    assert "4471982" in e1["request"]["url"]
