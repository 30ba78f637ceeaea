GENRE = """call-centre transcript of a Medicare Advantage appeal call (speaker labels `AGENT:` / `CALLER:`,
   recording offsets), a daughter calling for her 96-year-old father: identity verification (date of
   birth twice, last four of the SSN, member ID, MBI, address), her own driver's licence for the power
   of attorney, a premium paid by card; pasted with a request for a grievance-file summary"""

NOTES = """* **Call transcript** (doc5). Speaker labels and `[mm:ss]` recording offsets are unlabelled. The
  call header date is the date of this member's appeal call (gold); the call ID and the appeal and
  claim numbers are ambiguous (case/claim rule); the agent ID and the CPT code are negatives. The
  agent's first name alone (`Tamika`) is a name. `96 years old` and `96-year-old` are ages. The SSN's
  last four digits (`ending in …`) are ambiguous (last-4 rule). The member ID and the MBI are gold. The
  daughter's Florida driver's licence (`L###-###-##-###-#`, first letter checked against her surname
  by make.py) is gold; the card is gold, its expiry ambiguous; the plan's toll-free line is business
  (ambiguous). Dates of birth spoken as `April 3rd, 1929` and restated `04/03/1929` are both gold."""


def extra_check(text, spans):
    for s, e, k, lab in spans:
        if lab == 'pii.us_driver_license':
            assert text[s] == 'W', 'licence initial'


def make(g):
    v = {
        'call': 'CX-' + g.d(8), 'agent': 'A' + g.d(5), 'mem': 'SUN' + g.d(9), 'mbi': g.mbi(),
        'last4': g.d(4), 'dl': 'W%s-%s-%s-%s-%s' % (g.d(3), g.d(3), g.d(2), g.d(3), g.d(1)),
        'card': g.visa(), 'ph': g.phone('941'), 'appeal': 'APL-' + g.d(7), 'claim': g.d(11),
        'tf': '1-800-555-' + g.line(),
    }
    t = """Please summarise this appeal call for the grievance file (3-4 sentences) and list which identity checks the agent actually completed.

Call ID: ⟦?call reference (case number)|«call»⟧ | Date: ⟦date|11/25/2025⟧ | Queue: Appeals | Agent ID ⟦!agent ID|«agent»⟧

[00:00] AGENT: Thank you for calling Sunward Health Advantage, this is ⟦name|Tamika⟧. Who am I speaking with?
[00:04] CALLER: Hi, my name is ⟦name|Carol Whitcombe-Ruiz⟧. I'm calling for my father, ⟦name|Harold Vance Whitcombe⟧. He's ⟦age|96 years old⟧ and can't really do the phone anymore.
[00:15] AGENT: I'm sorry to hear that. Are you listed as his authorized representative?
[00:19] CALLER: Yes, I have power of attorney. You should have it on file from September.
[00:24] AGENT: I see a POA on file. I'll need to verify you too. Can you give me your driver's license number?
[00:31] CALLER: Florida, ⟦dl|«dl»⟧.
[00:44] AGENT: Thank you, that matches. Now for the member: date of birth?
[00:47] CALLER: ⟦date|April 3rd, 1929⟧.
[00:50] AGENT: So ⟦date|04/03/1929⟧. And the last four of his Social?
[00:54] CALLER: ⟦?last four of SSN (masked rule)|«last4»⟧.
[00:57] AGENT: And his member ID from the card?
[01:01] CALLER: ⟦plan|«mem»⟧. There's also the red-white-and-blue card, ⟦mbi|«mbi»⟧.
[01:12] AGENT: Perfect. Address on file?
[01:15] CALLER: ⟦addr|1420 Heron Bay Drive, Apartment 311⟧, Sarasota, Florida ⟦zip|34231⟧.
[01:22] AGENT: Verified. How can I help today?
[01:25] CALLER: You denied his physical therapy after the fall. Dr. ⟦name|Nnamdi Okafor⟧ ordered it, twelve sessions, code ⟦!CPT code|97110⟧. The denial letter is dated ⟦date|November 10, 2025⟧, claim ⟦?claim number (claim rule), not a phone|«claim»⟧.
[01:41] AGENT: I see it. Denied as not medically necessary. I can open an expedited appeal since he's a ⟦age|96-year-old⟧ member with a recent fall.
[01:52] AGENT: Your appeal number is ⟦?appeal number (case)|«appeal»⟧. A decision comes within 72 hours. Best callback number?
[01:58] CALLER: My cell, ⟦phone|«ph»⟧.
[02:03] CALLER: Also there's a past-due premium, $38.40. Can I pay that now?
[02:07] AGENT: Sure. Card number?
[02:09] CALLER: ⟦card|«card»⟧, expires ⟦?card expiry|09/28⟧.
[02:20] AGENT: I can't take the security code on a recorded line, I'll transfer you to the secure IVR for that. If anything changes, call us at ⟦?plan toll-free line (business)|«tf»⟧.
[02:31] CALLER: Thank you, ⟦name|Tamika⟧.
"""
    return t, v
