# -*- coding: utf-8 -*-
"""doc5: HL7 v2.5 DFT^P03 charge message from a cath lab."""
import datetime
import re

GENRE = """HL7 v2.5 DFT^P03 (detailed financial transaction) sent by a hospital cath lab's charge-capture system to the professional-billing system for a 96-year-old man's left-heart catheterisation and stent: MSH and EVN with message stamps and control ID, PID with MRN, name components, birth date, street and unit in separate components, ZIP, phone, visit number, SSN in PID-19 and Ohio driver's licence in PID-20 with its expiry, PV1 with the attending cardiologist's NPI and name components, GT1 naming his wife as guarantor (her birth date and phone), IN1 with the Medicare Advantage payer ID, P.O. box, phone, group number, the insured's name and birth date and the member ID in IN1-36, and three FT1 charge lines (transaction IDs, service and posting dates, CPT and HCPCS codes with the `C4` system, quantities and amounts, ICD-10 diagnosis in a CE triplet whose coding-system name `I10` looks like a code); pasted by the interface analyst with the billing system's rejection of FT1 set 3"""

NOTES = """HL7 conventions as set D's (components are separate spans); new in set O: PID-19 `SSN` and PID-20 `driver's licence` (an Ohio licence, two letters + 6 digits) are gold, the licence's expiry component ambiguous (expiry rule); the unit `Apt 9` sits in its own address component and is ambiguous (as set B's separate address line), the street component `4416 Larchmont Blvd` and the ZIP gold. `FAIRBANKS-OYELOWO`, `CORNELIUS`, `MARGUERITE`, `OKONKWO-BRANDT` and `ADAEZE` are gold components (middle initials unlabelled); `Fairbanks-Oyelowo` in the question is a further gold text. `19290707`, `19340212` and the service and posting date `20251016` are gold; the MSH-7 and EVN-2 stamps are transport metadata (ambiguous). `96` in the question is his age (`extra_check` confirms it on the service date). The MRN is gold; the visit number (`V` + ten digits) is ambiguous and labelled as not a phone number; the message control ID and the FT1 transaction IDs are negatives, as is the event type `P03` (an ICD-10 category in shape: newborn affected by complications of labour). The attending's NPI and the patient's and wife's phones are gold; the plan's P.O. box, ZIP and phone are ambiguous (business); the group number `30417` (ZIP-shaped) ambiguous; the payer ID `87726` (ZIP-shaped) a negative; the member ID in IN1-36 is gold. CPT codes `93458` and `92928` (ZIP-shaped), the HCPCS code `C1874` (shaped like an ICD-10 code without the dot) and the coding-system name `I10` are negatives; `I25.110` is gold at each occurrence. `extra_check` splits the segments, checks the field positions, recomputes every FT1 extended amount (FT1-10 x FT1-12) and finds exactly one wrong line, set 3 (2 x 1315.00 is 2630.00, sent 2360.00: transposed digits), the rejection the question quotes."""


def seg(*fields):
    return '|'.join(fields)


def make(g):
    v = {}
    npi = g.npi()
    ssn = g.ssn()
    dl = g.choice('RST') + 'B' + g.digits(6)
    member = 'YHB' + g.digits(9)
    visit = 'V25101600' + g.digits(2)
    mrn = '00' + g.digits(6)
    name_pt = '⟦name|FAIRBANKS-OYELOWO⟧^⟦name|CORNELIUS⟧^T'
    addr = '⟦addr|4416 Larchmont Blvd⟧^⟦?unit in its own address component|Apt 9⟧^Columbus^OH^⟦zip|43214⟧'
    md = '⟦npi|%s⟧^⟦name|OKONKWO-BRANDT⟧^⟦name|ADAEZE⟧^^^DR^MD' % npi
    dx = '⟦icd|I25.110⟧^ASHD NATIVE CORONARY W UNSTABLE ANGINA^⟦!coding-system name, not a diagnosis code|I10⟧'
    stamp = '⟦?message stamp (transport metadata)|20251016154210⟧'
    day = '⟦date|20251016⟧'
    msh = seg('MSH', '^~\\&', 'CATHLAB', 'MVH', 'PBS', 'MVH', stamp, '', 'DFT^⟦!HL7 event type code shaped like an ICD-10 code|P03⟧^DFT_P03',
              '⟦!message control ID|CL2510161542100047⟧', 'P', '2.5')
    evn = seg('EVN', '⟦!HL7 event type code shaped like an ICD-10 code|P03⟧', stamp)
    pid = ['PID', '1', '', '⟦mrn|%s⟧^^^MVH^MR' % mrn, '', name_pt + '^^^^L', '', '⟦date|19290707⟧', 'M',
           '', '', addr, '', '⟦phone|(614)555-0137⟧', '', '', 'M', '',
           '⟦?visit number (account at a provider), not a phone number|%s⟧^^^MVH^AN' % visit,
           '⟦ssn|%s⟧' % ssn, '⟦dl|%s⟧^OH^⟦?licence expiry (expiry rule)|20290707⟧' % dl]
    pv1 = seg('PV1', '1', 'O', 'CATH^LAB2^^MVH', '', '', '', md, '', '', 'CAR')
    gt1 = seg('GT1', '1', '', '⟦name|FAIRBANKS-OYELOWO⟧^⟦name|MARGUERITE⟧^L', '', addr,
              '⟦phone|(614)555-0138⟧', '', '⟦date|19340212⟧', 'F', '', 'SPO')
    in1 = ['IN1', '1', 'MCRADV01', '⟦!payer ID (ZIP-shaped)|87726⟧', 'BUCKEYE SENIOR ADVANTAGE',
           '⟦?plan mailing address (business)|PO Box 182374⟧^^Columbus^OH^⟦?plan ZIP (business)|43218⟧',
           '', '⟦?plan phone (business)|(800)555-0192⟧', '⟦?group number|30417⟧'] + [''] * 7 + \
          [name_pt, 'SEL', '⟦date|19290707⟧'] + [''] * 17 + ['⟦plan|%s⟧' % member]
    lines = [
        ('01', '⟦!CPT code (ZIP-shaped)|93458⟧^LHC W CORONARY ANGIO^C4', '1', '4850.00', '4850.00'),
        ('02', '⟦!CPT code (ZIP-shaped)|92928⟧^PCI STENT SINGLE VESSEL^C4', '1', '7240.00', '7240.00'),
        ('03', '⟦!HCPCS code shaped like an ICD-10 code without the dot|C1874⟧^STENT COATED W DELIVERY SYS^C4', '2', '2360.00', '1315.00'),
    ]
    ft1 = []
    for k, (tid, code, qty, ext, unit) in enumerate(lines, 1):
        ft1.append(seg('FT1', str(k), '⟦!transaction ID (record ID)|CL251016-%s⟧' % tid, '', day, day, 'CG',
                       code, '', '', qty, ext, unit, 'CATH', '', '', '', '', '', dx))
    msg = '\n'.join([msh, evn, '|'.join(pid), pv1, gt1, '|'.join(in1)] + ft1)
    T = """PBS keeps rejecting this charge message from the cath lab: "AR0417 FT1[3]: FT1-11 <> FT1-10 x FT1-12". Which value is wrong, and will anything else bounce? Mr. ⟦name|Fairbanks-Oyelowo⟧ is ⟦age|96⟧, so the Medicare Advantage plan is primary.

""" + msg + '\n'
    return T, v


def _segs(text):
    return [l.split('|') for l in text.splitlines() if re.match(r'[A-Z][A-Z0-9]{2}\|', l)]


def extra_check(text):
    E = []
    segs = _segs(text)
    names = [s[0] for s in segs]
    if names != ['MSH', 'EVN', 'PID', 'PV1', 'GT1', 'IN1', 'FT1', 'FT1', 'FT1']:
        return ['segment order %s' % names]
    pid = segs[2]
    if len(pid) != 21 or not re.fullmatch(r'\d{3}-\d{2}-\d{4}', pid[19]) or not re.fullmatch(r'[A-Z]{2}\d{6}\^OH\^\d{8}', pid[20]):
        E.append('PID-19/PID-20 not SSN and Ohio licence')
    in1 = segs[5]
    if len(in1) != 37 or not re.fullmatch(r'YHB\d{9}', in1[36]):
        E.append('IN1-36 is not the member ID')
    if in1[18] != pid[7]:
        E.append('insured birth date differs from PID-7')
    bad = []
    for f in segs[6:]:
        qty, ext, unit = int(f[10]), float(f[11]), float(f[12])
        if abs(qty * unit - ext) > 0.005:
            bad.append((f[1], qty * unit, ext))
    if len(bad) != 1 or bad[0][0] != '3':
        E.append('expected exactly one wrong FT1 amount, set 3: %s' % bad)
    elif sorted('%.2f' % bad[0][1]) != sorted('%.2f' % bad[0][2]):
        E.append('set 3 is not a digit transposition')
    born = datetime.datetime.strptime(pid[7], '%Y%m%d').date()
    on = datetime.datetime.strptime(segs[6][4], '%Y%m%d').date()
    m = re.search(r'is (\d+), so', text)
    if not m or H.age_on(born, on) != int(m.group(1)):
        E.append('age in the question wrong')
    return E


BROKEN = [
    ('|2|2360.00|1315.00|', '|2|2630.00|1315.00|'),
    ('|1|7240.00|7240.00|', '|1|7420.00|7240.00|'),
    ('is 96, so', 'is 95, so'),
]
