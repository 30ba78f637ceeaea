# -*- coding: utf-8 -*-
"""doc6: Windows PowerShell transcript on a clinic's fax-to-EHR bridge server."""
import configparser
import re

GENRE = """Windows PowerShell transcript (`Start-Transcript` output) from a cardiology practice's fax-to-EHR bridge server: the transcript header (start stamp, `DOMAIN\\user`, machine with the Windows build, PowerShell version), `Get-Content` of the bridge's INI file (owner's name and e-mail, an OCR vendor's hex key, an Anthropic key under an OpenAI endpoint, an AWS key pair, the SMTP relay address, a shared mailbox and password, a git update URL carrying a GitHub token), `Import-Csv | Format-Table` of the failed faxes (receive stamps, referring offices' fax numbers, patients surname-first with a quoted nickname, birth dates, MRNs), `Get-ADUser` of the analyst (direct line and mobile), the VPN connection table with her home IP, the bridge's 401 warning and the transcript end; pasted by the analyst asking why the 401 and what to rotate before sending the transcript to the vendor"""

NOTES = """PowerShell transcript conventions (new in set O): the `Start time`/`End time` stamps and the VPN `ConnectionStartTime` are log metadata (ambiguous); the `MERCYVALE\\jtranvu` handle is ambiguous at every occurrence (also after `Get-ADUser`); the machine name, host application path and process ID are unlabelled; the Windows build `10.0.20348.0` and the PowerShell version `5.1.20348.2849` are dotted runs labelled as negatives that are not IPs. INI values are spans after `= `: the 32-hex OCR key, the Anthropic key, the AWS key ID and the GitHub token inside the update URL (token only; `token@github.com` is not an e-mail) are gold, the AWS secret key and the SMTP password ambiguous, the SMTP relay's RFC 1918 address ambiguous (infrastructure), the shared fax mailbox ambiguous. The owner `Julie Tran-Vu`, `Tran-Vu, Julie` (the AD `Name`), her e-mail, direct office line and mobile (dotted) are gold; her VPN session's home address `203.0.113.x` is gold. In the `Format-Table` rows, the receive stamps are log metadata (ambiguous, whole value), the referring offices' fax numbers ambiguous (business), `DELACROIX-ABARA, SIMONE` and `Whitt, Loretta "Lolly"` single name spans, the birth dates and MRNs gold. `extra_check` parses the INI block with `configparser`, finds the defect (provider `anthropic`, endpoint on `api.openai.com`, so the Anthropic key is sent to OpenAI and refused with 401), checks that the warning's count equals the failed rows and that the transcript ends after it starts."""


def make(g):
    v = {
        'ocr': g.hex32(), 'ant': g.anthropic(), 'akid': g.aws_key_id(), 'asak': g.aws_secret(),
        'pw': 'Winter2025!Fax', 'ghp': g.ghp(), 'mrn1': g.digits(7), 'mrn2': g.digits(7),
        'ip': '203.0.113.%d' % g.randrange(20, 250),
    }
    T = """The fax bridge stopped summarizing referrals last night. Transcript below. Why the 401, and what must I rotate or scrub before I attach this to the vendor ticket?

**********************
Windows PowerShell transcript start
Start time: ⟦?transcript stamp (log metadata)|20251015081944⟧
Username: MERCYVALE\\⟦?account handle|jtranvu⟧
Machine: FAXBRG01 (Microsoft Windows NT ⟦!Windows build number, not an IP address|10.0.20348.0⟧)
Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe
Process ID: 7312
PSVersion: ⟦!PowerShell version, not an IP address|5.1.20348.2849⟧
**********************
PS C:\\FaxBridge> Get-Content .\\faxbridge.ini
[general]
owner = ⟦name|Julie Tran-Vu⟧ <⟦email|julie.tranvu@mercyvale.example.org⟧>
[ocr]
api_key = ⟦key|«ocr»⟧
[llm]
provider = anthropic
endpoint = https://api.openai.com/v1/chat/completions
api_key = ⟦anthropic|«ant»⟧
[s3]
aws_access_key_id = ⟦aws|«akid»⟧
aws_secret_access_key = ⟦?AWS secret access key|«asak»⟧
[smtp]
host = ⟦?internal mail relay (infrastructure)|10.40.2.15⟧
user = ⟦?shared service mailbox (business)|faxbridge@mercyvale.example.org⟧
password = ⟦?password|«pw»⟧
[updates]
repo = https://⟦ghp|«ghp»⟧@github.com/mercyvale-it/faxbridge.git
PS C:\\FaxBridge> Import-Csv .\\failed.csv | Format-Table

Received            FromFax      Patient                  DOB        MRN
--------            -------      -------                  ---        ---
⟦?fax receive stamp (log metadata)|10/14/2025 16:02:11⟧ ⟦?referring office fax (business)|614-555-0160⟧ ⟦name|DELACROIX-ABARA, SIMONE⟧  ⟦date|05/30/1931⟧ ⟦mrn|«mrn1»⟧
⟦?fax receive stamp (log metadata)|10/14/2025 16:47:53⟧ ⟦?referring office fax (business)|614-555-0171⟧ ⟦name|Whitt, Loretta "Lolly"⟧   ⟦date|11/02/1948⟧ ⟦mrn|«mrn2»⟧

PS C:\\FaxBridge> Get-ADUser ⟦?account handle|jtranvu⟧ -Properties EmailAddress,OfficePhone,MobilePhone | Format-List Name,EmailAddress,OfficePhone,MobilePhone
Name         : ⟦name|Tran-Vu, Julie⟧
EmailAddress : ⟦email|julie.tranvu@mercyvale.example.org⟧
OfficePhone  : ⟦phone|(614) 555-0130⟧
MobilePhone  : ⟦phone|614.555.0129⟧

PS C:\\FaxBridge> Get-RemoteAccessConnectionStatistics | Format-Table UserName,ClientIPv4Address,ConnectionStartTime
UserName          ClientIPv4Address ConnectionStartTime
--------          ----------------- -------------------
MERCYVALE\\⟦?account handle|jtranvu⟧ ⟦ip|«ip»⟧      ⟦?VPN connection stamp (log metadata)|10/15/2025 7:58:02 AM⟧

PS C:\\FaxBridge> .\\Invoke-FaxBridge.ps1 -Retry
WARNING: summarize failed for 2 faxes: 401 Unauthorized (invalid_api_key) from api.openai.com
**********************
Windows PowerShell transcript end
End time: ⟦?transcript stamp (log metadata)|20251015082517⟧
**********************
"""
    return T, v


def extra_check(text):
    E = []
    m = re.search(r'Get-Content \.\\faxbridge\.ini\n(.*?)\nPS ', text, re.S)
    if not m:
        return ['INI block missing']
    cp = configparser.ConfigParser(interpolation=None)
    cp.read_string(m.group(1))
    if set(cp.sections()) != {'general', 'ocr', 'llm', 's3', 'smtp', 'updates'}:
        E.append('INI sections %s' % cp.sections())
        return E
    llm = cp['llm']
    if not (llm.get('provider') == 'anthropic' and 'api.openai.com' in llm.get('endpoint', '')
            and llm.get('api_key', '').startswith('sk-ant-')):
        E.append('no provider/endpoint mismatch: nothing explains the 401')
    rows = re.findall(r'^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d \d{3}-\d{3}-\d{4} ', text, re.M)
    w = re.search(r'summarize failed for (\d+) faxes', text)
    if not w or int(w.group(1)) != len(rows):
        E.append('warning count differs from the failed rows (%d)' % len(rows))
    st = re.findall(r'(?:Start|End) time: (\d{14})', text)
    if len(st) != 2 or st[0] >= st[1]:
        E.append('transcript ends before it starts')
    return E


BROKEN = [
    ('endpoint = https://api.openai.com/v1/chat/completions', 'endpoint = https://api.anthropic.com/v1/messages'),
    ('failed for 2 faxes', 'failed for 3 faxes'),
    ('End time: 20251015082517', 'End time: 20251015071517'),
]
