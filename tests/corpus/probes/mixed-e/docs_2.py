"""doc2: OpenAI chat-completions request body pasted as JSON, with tool calls and a tool result."""

TEMPLATE = r"""Our scheduling bot moved the wrong visit again. This is the exact body we POST to
/v1/chat/completions (pretty-printed from the proxy log; auth comes from ⟦!environment variable reference, not a key|$OPENAI_API_KEY⟧):

{
  "model": "⟦!model snapshot name; the date is a release, not a person|gpt-4o-2024-08-06⟧",
  "temperature": 0.1,
  "user": "⟦!service account label|sched-bot-lpa⟧",
  "tools": [
    {"type": "function", "function": {
      "name": "lookup_patient",
      "description": "Find a patient by last name + DOB (YYYY-MM-DD), or by 8-digit MRN.",
      "parameters": {"type": "object", "properties": {
        "mrn": {"type": "string", "pattern": "^[0-9]{8}$"},
        "last_name": {"type": "string"}, "dob": {"type": "string", "format": "date"}},
        "required": ["last_name", "dob"]}}},
    {"type": "function", "function": {
      "name": "reschedule", "description": "Move an appointment to a new start time.",
      "parameters": {"type": "object", "properties": {
        "appt_id": {"type": "string"}, "new_start": {"type": "string", "format": "date-time"}},
        "required": ["appt_id", "new_start"]}}}
  ],
  "messages": [
    {"role": "system", "content": "You schedule visits for Lakeshore Pulmonary Associates. Confirm last name and DOB before changing anything. Never read back a full SSN or member ID."},
    {"role": "user", "content": "This is ⟦name|Marisol Boateng⟧ calling for my husband ⟦name|Ignatius Boateng-Whitfield⟧, born ⟦date|July 22 1958⟧. His breathing test on ⟦date|Thursday 6/12⟧ has to move to the week after, same time if possible. Call me back at ⟦phone|312-555-0146⟧."},
    {"role": "assistant", "content": null, "tool_calls": [
      {"id": "⟦!API call id, random but not a credential|call_«call1»⟧", "type": "function", "function": {
        "name": "lookup_patient",
        "arguments": "{\"last_name\": \"⟦name|Boateng-Whitfield⟧\", \"dob\": \"⟦date|1958-07-22⟧\", \"caller\": \"⟦name|Marisol Boateng⟧\"}"}}]},
    {"role": "tool", "tool_call_id": "call_«call1»", "content": "{\"match\": true, \"patient\": {\"name\": \"⟦name|BOATENG-WHITFIELD, IGNATIUS K⟧\", \"mrn\": \"⟦mrn|«mrn»⟧\", \"dob\": \"⟦date|1958-07-22⟧\", \"member_id\": \"⟦plan|«member»⟧\", \"group\": \"⟦?group number|«group»⟧\", \"ssn_last4\": \"⟦?last four of an SSN|«last4»⟧\", \"phone\": \"⟦phone|+13125550146⟧\", \"email\": \"⟦email|iggy.bw58@example.com⟧\", \"address\": \"⟦addr|7730 S Brambleton Ave Apt 3⟧\", \"zip\": \"⟦zip|60619⟧\", \"dx\": [\"⟦icd|J44.1⟧\", \"⟦icd|R06.02⟧\"], \"chart\": \"⟦url|https://emr.lakeshore-pulm.example.org/pt/⟦mrn|«mrn»⟧/summary⟧\", \"appointments\": [{\"appt_id\": \"⟦?appointment id; no class|«appt»⟧\", \"type\": \"PFT\", \"start\": \"⟦date|2025-06-12T09:30:00-05:00⟧\", \"provider\": \"Dr. ⟦name|Haruto Nakagawa-Reyes⟧\"}]}}"},
    {"role": "assistant", "content": null, "tool_calls": [
      {"id": "⟦!API call id, random but not a credential|call_«call2»⟧", "type": "function", "function": {
        "name": "reschedule",
        "arguments": "{\"appt_id\": \"«appt»\", \"new_start\": \"⟦date|2025-06-19T09:30:00-05:00⟧\", \"note\": \"per wife ⟦name|Marisol⟧, ⟦phone|312-555-0146⟧\"}"}}]}
  ],
  "tool_choice": "auto",
  "parallel_tool_calls": false
}

It did move «appt», but the PFT lab is closed on ⟦date|6/19⟧ (⟦!holiday name|Juneteenth⟧). Should the model
check a holiday calendar, or is our tool description the problem?
"""


def make(g):
    return TEMPLATE, {
        "mrn": g.digits(8, "123456789"),
        "member": "LKH" + g.digits(9, "123456789"),
        "group": "GRP-" + g.digits(5, "123456789"),
        "last4": g.digits(4, "123456789"),
        "appt": "A-" + g.digits(7, "123456789"),
        "call1": g.chars(__import__("string").ascii_letters + "0123456789", 16),
        "call2": g.chars(__import__("string").ascii_letters + "0123456789", 16),
    }
