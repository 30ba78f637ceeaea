import json

GENRE = """Slack channel export as JSON (an array of message objects with `user_profile` objects carrying
   `real_name`, `display_name` and `email`, `ts` fields, `<@U…>` mentions), with a pasted lab result,
   a bot's error message leaking its `xoxb-` token and a revoked GitHub token, pasted with a request
   to summarise the incident and say what must be scrubbed"""

NOTES = """* **Slack export** (doc3). make.py parses the array with `json.loads`. `real_name` values are gold
  names, `display_name` values and user/bot IDs (`U024BE7LH`, in `user` fields and in `<@…>` mentions)
  are handles (ambiguous). `ts` values (`1763474712.004100`) are message metadata (ambiguous, and their
  ten-digit integer part is labelled as not a phone number). Profile e-mails are gold (named
  individuals' own work addresses). In the pasted lab report, carried in the JSON string with `\\n`
  escapes, `DOUGHERTY, FRANCIS X` and `OKAFOR-BELL, CHIDI` are single name spans, the collection date
  is gold, the accession number and reference ranges are negatives. The Slack bot token and a GitHub
  token said to be revoked are gold secrets (value only); the channel ID is a negative."""


def extra_check(text, spans):
    start = text.index('[')
    end = text.rindex(']') + 1
    data = json.loads(text[start:end])
    assert len(data) == 6


def make(g):
    base = 1763474700
    ts = ['%d.%06d' % (base + o, g.r.randrange(1, 999) * 100) for o in (12, 95, 301, 412, 530, 688)]
    v = {'t%d' % i: x for i, x in enumerate(ts)}
    v.update({'tok': g.slack(), 'ghp': g.ghp(), 'mrn': g.d(8), 'acc': 'L25-' + g.d(7)})
    A = '⟦?message timestamp (log metadata), not a phone|«%s»⟧'
    for i in range(6):
        v['T%d' % i] = A % ('t%d' % i)
    t = """Export of #lab-interface from yesterday. Can you summarise what went wrong with the results feed, and list anything in here I must scrub before I forward it to the vendor?

[
 {"type":"message","user":"⟦?Slack user ID (handle)|U024BE7LH⟧","ts":"«T0»","user_profile":{"real_name":"⟦name|Priya Raghunathan⟧","display_name":"⟦?display name (handle)|priya_lab⟧","email":"⟦email|priya.raghunathan@example.org⟧"},
  "text":"Results feed to the EHR is rejecting ORU messages since ~06:30. <@⟦?Slack user ID (handle)|U07H3M2QX⟧> can you look?"},
 {"type":"message","user":"⟦?Slack user ID (handle)|U07H3M2QX⟧","ts":"«T1»","user_profile":{"real_name":"⟦name|Tomasz Wierzbicki⟧","display_name":"⟦?display name (handle)|tomw⟧","email":"⟦email|t.wierzbicki@example.org⟧"},
  "text":"<@⟦?Slack user ID (handle)|U024BE7LH⟧> this one bounced again:\\n```PATIENT: ⟦name|DOUGHERTY, FRANCIS X⟧   MRN: ⟦mrn|«mrn»⟧   DOB: ⟦date|09/30/1951⟧\\nCOLLECTED: ⟦date|11/18/2025⟧ 06:12   ACC#: ⟦!accession number|«acc»⟧\\nPOTASSIUM    6.1 H  (⟦!reference range|3.5-5.1⟧ mmol/L)\\nCREATININE   2.34 H (⟦!reference range|0.70-1.30⟧ mg/dL)\\nORDERING: ⟦name|OKAFOR-BELL, CHIDI⟧ MD```\\nOBX-5 has a comma decimal from the new analyzer, parser chokes."},
 {"type":"message","subtype":"bot_message","bot_id":"⟦?Slack bot ID (handle)|B06QK2L9PZA⟧","username":"hl7-relay","ts":"«T2»",
  "text":"relay error: auth failed posting to ⟦!Slack channel ID|C05LABIFX⟧ (token=⟦slack|«tok»⟧ scope missing chat:write)"},
 {"type":"message","user":"⟦?Slack user ID (handle)|U024BE7LH⟧","ts":"«T3»","user_profile":{"real_name":"⟦name|Priya Raghunathan⟧","display_name":"⟦?display name (handle)|priya_lab⟧","email":"⟦email|priya.raghunathan@example.org⟧"},
  "text":"ugh the bot just printed its token. Also is that Mr ⟦name|Dougherty⟧ from 6 West? his K is critical, paging the hospitalist now"},
 {"type":"message","user":"⟦?Slack user ID (handle)|U07H3M2QX⟧","ts":"«T4»","user_profile":{"real_name":"⟦name|Tomasz Wierzbicki⟧","display_name":"⟦?display name (handle)|tomw⟧","email":"⟦email|t.wierzbicki@example.org⟧"},
  "text":"Patched the parser (PR #412). FYI the old CI token I pasted last week was ⟦ghp|«ghp»⟧, it's revoked now."},
 {"type":"message","user":"⟦?Slack user ID (handle)|U024BE7LH⟧","ts":"«T5»","user_profile":{"real_name":"⟦name|Priya Raghunathan⟧","display_name":"⟦?display name (handle)|priya_lab⟧","email":"⟦email|priya.raghunathan@example.org⟧"},
  "text":"Feed green again. 14 results replayed incl. ⟦name|Dougherty⟧'s. Closing."}
]
"""
    return t, v
