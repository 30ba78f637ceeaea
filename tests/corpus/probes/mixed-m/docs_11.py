"""doc11: Android logcat from a patient app's beta tester (a real patient)."""

import json
import re

GENRE = """Android `adb logcat` (threadtime format) from a clinic's patient app on a beta tester's phone,
the tester being a real patient: her sign-in e-mail, an OkHttp request whose URL carries her MRN, the
JSON response with her name, birth date, E.164 phone, ZIP and medication schedule (one `times` null),
her glucose meter's Bluetooth MAC, the app calling the Anthropic API directly with its key and a prompt
naming her by nickname, the `NullPointerException` stack, a feedback hook posting the crash with a
Slack bot token, and the phone's home Wi-Fi address and network name; pasted by the app developer with
a question about the crash"""

NOTES = """Logcat `threadtime` stamps (`10-27 09:14:02.870`: no year) are log metadata (ambiguous, new in set
M); PIDs and TIDs, the package name, class names and line numbers are unlabelled. The portal URL is gold
`pii.url` with the MRN nested (`MRN-` outside). In the JSON bodies `Beatriz Okonkwo-Lindgren`,
`1961-08-30`, the E.164 phone (span after the `+`) and ZIP are gold; `Bea` and `08/30/1961` in the
prompt to the model are gold. The e-mail, the meter's MAC (bonded to her phone, documentation block)
and her home IPv4 are gold; the SSID spelled from her surname is ambiguous (handle rule). The
Anthropic key and the Slack bot token are gold (value only, `x-api-key: ` outside). The public API
endpoint is unlabelled (not a person's URL); the model name and meter brand are unlabelled; the channel name `#beta-crashes` is a negative.
`extra_check` parses both JSON bodies and confirms the null `times` list that `getItemCount` trips on."""

DATE_ORDER = 'MDY'


def _ts(t):
    return '⟦?logcat timestamp (log metadata, no year)|10-27 %s⟧' % t


def make(g):
    v = dict(ant=g.anthropic(), slack=g.slack(), mrn=g.digits(8))
    body = ('{"patient":{"name":"⟦N|Beatriz Okonkwo-Lindgren⟧","dob":"⟦D|1961-08-30⟧","phone":"+⟦P|14145550172⟧",'
            '"zip":"⟦Z|53211⟧"},"meds":[{"name":"metformin 500 mg","times":["08:00","20:00"]},'
            '{"name":"insulin glargine 18 units","times":null}]}')
    prompt = ('{"model":"claude-haiku-4-5","max_tokens":300,"messages":[{"role":"user","content":'
              '"Write today\'s reminders for ⟦N|Bea⟧ (DOB ⟦D|08/30/1961⟧), friendly tone."}]}')
    rows = [
        ('09:14:01.977', '8841', '8841', 'I', 'Auth    ', 'session restored for ⟦E|bea.okonkwo.l@example.net⟧'),
        ('09:14:02.870', '8841', '8902', 'D', 'OkHttp  ',
         '--> GET ⟦URL|https://portal.example.org/api/v2/patients/MRN-⟦MRN|«mrn»⟧/meds⟧'),
        ('09:14:03.105', '8841', '8902', 'D', 'OkHttp  ', '<-- 200 OK (235ms) ' + body),
        ('09:14:03.220', '8841', '8955', 'D', 'BleGlucose', 'bonded ⟦MAC|00:00:5E:00:53:4C⟧ (Contour Next One), last 142 mg/dL'),
        ('09:14:03.402', '8841', '8931', 'D', 'OkHttp  ', '--> POST https://api.anthropic.com/v1/messages'),
        ('09:14:03.403', '8841', '8931', 'D', 'OkHttp  ', 'x-api-key: ⟦ANT|«ant»⟧'),
        ('09:14:03.404', '8841', '8931', 'D', 'OkHttp  ', prompt),
        ('09:14:03.958', '8841', '8841', 'E', 'AndroidRuntime', 'FATAL EXCEPTION: main'),
        ('09:14:03.958', '8841', '8841', 'E', 'AndroidRuntime',
         "java.lang.NullPointerException: Attempt to invoke interface method 'int java.util.List.size()' on a null object reference"),
        ('09:14:03.958', '8841', '8841', 'E', 'AndroidRuntime',
         '\tat org.example.carebridge.meds.ReminderAdapter.getItemCount(ReminderAdapter.kt:41)'),
        ('09:14:04.112', '8841', '8990', 'I', 'Feedback', 'crash posted to ⟦!Slack channel name, not a person|#beta-crashes⟧ with token ⟦SLACK|«slack»⟧'),
        ('09:14:04.115', '8841', '8990', 'D', 'NetInfo ',
         'wlan0 ip=⟦IP|203.0.113.58⟧ ssid="⟦?Wi-Fi network name built from her surname (handle)|OKONKWO-LINDGREN⟧"'),
    ]
    lines = ['--------- beginning of main']
    for ts, pid, tid, lvl, tag, msg in rows:
        lines.append('%s %5s %5s %s %s: %s' % (_ts(ts), pid, tid, lvl, tag, msg))
    t = ("Our patient app crashes on the medication-reminder screen for one beta tester (she's a real "
         "patient who volunteered, I know). Here is logcat from her phone. Why does it crash?\n\n"
         + '\n'.join(lines) + '\n')
    return t, v


def extra_check(text, gold, H):
    m = re.search(r'<-- 200 OK \(\d+ms\) (\{.*\})\n', text)
    H.need(m, 'the response body is one JSON object on its line')
    resp = json.loads(m.group(1))
    H.need(any(m['times'] is None for m in resp['meds']), 'a null times list')
    H.need(gold.get(resp['patient']['name']) == 'pii.person_name' and gold.get(resp['patient']['dob']) == 'pii.date', 'patient')
    H.need(gold.get(resp['patient']['phone'].lstrip('+')) == 'pii.phone', 'E.164 phone gold after the plus')
    req = json.loads(re.search(r'OkHttp  : (\{"model".*\})\n', text).group(1))
    H.need('Bea' in req['messages'][0]['content'], 'prompt names her')
    H.need('getItemCount' in text and 'List.size()' in text, 'the stack names the adapter')
    url = [t for t, c in gold.items() if c == 'pii.url'][0]
    H.need(gold.get(url.split('MRN-')[1].split('/')[0]) == 'phi.mrn', 'MRN nested in the URL')


BROKEN = [
    ('response body no longer JSON', '"times":null}]}', '"times":null}]'),
]
