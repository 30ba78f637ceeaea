"""doc1: X12 005010X279A1 270 eligibility inquiry and the 271 rejection."""

GENRE = """X12 005010X279A1 eligibility exchange pasted by a geriatrics practice's front desk: the 270
inquiry (fixed-width `ISA`, `GS`/`ST`/`BHT`, payer and provider `NM1` loops with the physician's NPI,
the subscriber `NM1` carrying her MBI, `REF*SY` with her SSN run together, `REF*EA` with the clinic
MRN, `N3`/`N4` address and ZIP, `DMG` birth date, `DTP` service date) and the Medicare Advantage plan's
271 answering `AAA*N**72*C`; pasted with a question about why the check keeps bouncing (she is 92 and
her new plan card's member ID is quoted)"""

NOTES = """`~`, `*` and `:` are delimiters: `NM1` elements are separate name spans (`ABERNATHY`,
`COLETTE`, `VASQUEZ-ORTEGA`, `MARIBEL`), the initial `T` is unlabelled, and `Abernathy` and
`Vasquez-Ortega` in the question are further gold texts. `19330214` (DMG) and `20250915` (DTP, the
appointment) are gold; the `ISA` date `250909` and the `GS`/`BHT` date `20250909` are transport
metadata (ambiguous), times unlabelled. `92` in the question is an age (`extra_check` derives it from
the DMG and BHT dates). The MBI is gold in both transactions; the SSN in `REF*SY` (nine digits run
together) is gold; the `REF*EA` value is the MRN. The plan member ID in the question is gold
`phi.health_plan_id`, the group number ambiguous. The payer ID `77014` (ZIP-shaped), the trace number
`930025114` (SSN-length), the originating company ID `1364827155` (ten digits, `1` + EIN, labelled as
not a phone number), the submitter/receiver IDs and the BHT reference are negatives; the payer's
provider-services line in `PER` is ambiguous (business). `extra_check` verifies the 106-character
ISA, segment counts (`SE01`), control numbers (`ST02`/`SE02`, `GS06`/`GE02`, `ISA13`/`IEA02`), and that
the 271 rejects with reason 72."""

DATE_ORDER = 'MDY'


def _isa(sender, receiver, ctrl):
    return ('ISA*00*          *00*          *ZZ*⟦!submitter/receiver ID|%s⟧%s*ZZ*⟦!submitter/receiver ID|%s⟧%s'
            '*⟦?interchange date (transport metadata)|250909⟧*1412*^*00501*%s*0*P*:~'
            % (sender, ' ' * (15 - len(sender)), receiver, ' ' * (15 - len(receiver)), ctrl))


def _transaction(kind, body):
    segs = ['ST*%s*0001*005010X279A1~' % kind] + body
    segs.append('SE*%d*0001~' % (len(segs) + 1))
    return segs


def make(g):
    v = dict(npi=g.npi(), mbi=g.mbi(), ssn=g.ssn().replace('-', ''), mrn='GA' + g.digits(6),
             member='LKA' + g.digits(9) + '01', group=g.digits(5))
    prov = 'NM1*1P*1*⟦N|ABERNATHY⟧*⟦N|COLETTE⟧****XX*⟦NPI|«npi»⟧~'
    sub = 'NM1*IL*1*⟦N|VASQUEZ-ORTEGA⟧*⟦N|MARIBEL⟧*T***MI*⟦MBI|«mbi»⟧~'
    payer = 'NM1*PR*2*LAKESHORE ADVANTAGE HMO*****PI*⟦!payer ID (ZIP-shaped), not a ZIP code|77014⟧~'
    trn = '*⟦!trace number, not an SSN|930025114⟧*⟦!originating company ID (1 + EIN), not a phone number|1364827155⟧~'
    q = _transaction('270', [
        'BHT*0022*13*⟦!transaction reference ID|ELG88301⟧*⟦?transaction creation date (transport metadata)|20250909⟧*1412~',
        'HL*1**20*1~', payer, 'HL*2*1*21*1~', prov, 'HL*3*2*22*0~', 'TRN*1' + trn, sub,
        'REF*SY*⟦SSN|«ssn»⟧~', 'REF*EA*⟦MRN|«mrn»⟧~', 'N3*⟦A|2217 W ARGYLE ST APT 3⟧~', 'N4*CHICAGO*IL*⟦Z|60625⟧~',
        'DMG*D8*⟦D|19330214⟧*F~', 'DTP*291*D8*⟦D|20250915⟧~', 'EQ*30~'])
    r = _transaction('271', [
        'BHT*0022*11*⟦!transaction reference ID|ELG88301⟧*⟦?transaction creation date (transport metadata)|20250909⟧*141203~',
        'HL*1**20*1~', payer, 'PER*IC*PROVIDER SERVICES*TE*⟦?payer provider-services line (business)|8005550143⟧~',
        'HL*2*1*21*1~', prov, 'HL*3*2*22*0~', 'TRN*2' + trn, sub, 'AAA*N**72*C~', 'DMG*D8*⟦D|19330214⟧*F~'])
    i270 = [_isa('CLRHSE4471', 'LKADV77014', '000004417'),
            'GS*HS*CLRHSE4471*LKADV77014*⟦?transaction creation date (transport metadata)|20250909⟧*1412*4417*X*005010X279A1~'] \
        + q + ['GE*1*4417~', 'IEA*1*000004417~']
    i271 = [_isa('LKADV77014', 'CLRHSE4471', '000918826'),
            'GS*HB*LKADV77014*CLRHSE4471*⟦?transaction creation date (transport metadata)|20250909⟧*1412*918826*X*005010X279A1~'] \
        + r + ['GE*1*918826~', 'IEA*1*000918826~']
    t = ("We're Dr. ⟦N|Abernathy⟧'s geriatrics practice. Our clearinghouse keeps bouncing the eligibility "
         "check for a new patient, Mrs. ⟦N|Vasquez-Ortega⟧. Below are the 270 we sent and the 271 that came "
         "back. What is wrong with the request? She is ⟦AGE|92⟧ and moved from Original Medicare to an "
         "Advantage plan this year; her new card shows member ID ⟦HP|«member»⟧, group "
         "⟦?group number|«group»⟧.\n\n--- 270 sent ---\n" + '\n'.join(i270) +
         "\n\n--- 271 received ---\n" + '\n'.join(i271) + "\n")
    return t, v


def _interchanges(text):
    start = text.index('ISA*')
    edi = text[start:text.rindex('~') + 1]
    isas = [i for i in range(len(edi)) if edi.startswith('ISA*', i)]
    out = []
    for k, i in enumerate(isas):
        chunk = edi[i:isas[k + 1] if k + 1 < len(isas) else len(edi)]
        chunk = chunk[:chunk.rindex('~') + 1]
        out.append(chunk)
    return out


def extra_check(text, gold, H):
    inters = _interchanges(text)
    H.need(len(inters) == 2, 'two interchanges')
    kinds = []
    for chunk in inters:
        H.need(len(chunk.split('~')[0]) + 1 == 106, 'ISA must be 106 characters')
        segs = [s.strip() for s in chunk.split('~') if s.strip()]
        els = [s.split('*') for s in segs]
        H.need(els[0][0] == 'ISA' and els[-1][0] == 'IEA' and els[1][0] == 'GS' and els[-2][0] == 'GE', 'envelope')
        H.need(els[0][13] == els[-1][2], 'ISA13 = IEA02')
        H.need(els[1][6] == els[-2][2], 'GS06 = GE02')
        st = [i for i, e in enumerate(els) if e[0] == 'ST']
        se = [i for i, e in enumerate(els) if e[0] == 'SE']
        H.need(len(st) == len(se) == 1 and els[-2][1] == '1' and els[-1][1] == '1', 'one transaction')
        H.need(int(els[se[0]][1]) == se[0] - st[0] + 1, 'SE01 segment count')
        H.need(els[st[0]][2] == els[se[0]][2], 'ST02 = SE02')
        kinds.append((els[st[0]][1], els))
    (k1, q), (k2, r) = kinds
    H.need(k1 == '270' and k2 == '271', 'a 270 then a 271')
    dmg = [e for e in q if e[0] == 'DMG'][0]
    bht = [e for e in q if e[0] == 'BHT'][0]
    born, asked = H.to_date(dmg[2]), H.to_date(bht[4])
    ages = [t for t, c in gold.items() if c == 'pii.age_over_89']
    H.need(ages == [str(H.age_on(born, asked))], 'age in the question follows from DMG and BHT')
    ref = {e[1]: e[2] for e in q if e[0] == 'REF'}
    H.need(H.ssn_ok(ref['SY']) and gold.get(ref['SY']) == 'pii.ssn', 'REF*SY holds the gold SSN')
    H.need(gold.get(ref['EA']) == 'phi.mrn', 'REF*EA holds the gold MRN')
    nm1 = [e for e in q + r if e[0] == 'NM1' and e[1] == 'IL']
    H.need(all(e[8] == 'MI' and H.mbi_ok(e[9]) for e in nm1), 'subscriber ID is an MBI')
    H.need(['AAA', 'N', '', '72', 'C'] in r, '271 rejects with reason 72')


BROKEN = [
    ('SE01 off by one', 'SE*17*0001~', 'SE*16*0001~'),
    ('GS06 and GE02 disagree', 'GE*1*4417~', 'GE*1*4418~'),
    ('ISA shortened', '*ZZ*CLRHSE4471     *ZZ*LKADV77014     *', '*ZZ*CLRHSE4471    *ZZ*LKADV77014     *'),
    ('birth date no longer matching the age', 'DMG*D8*19330214*F~', 'DMG*D8*19320214*F~'),
]
