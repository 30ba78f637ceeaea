"""Doc 7: after-hours voicemail transcripts from a speech-to-text service."""


def spaced(p):
    return " ".join("".join(p))


def make(g):
    p1 = g.phone("414")
    p2 = g.phone("262")
    p3 = g.phone("414")
    p5 = g.phone("800")
    p6 = g.phone("414")
    mom = g.phone("414")
    dad = g.phone("414")
    words = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
             "7": "seven", "8": "eight", "9": "nine"}
    v = {
        "p1_cid": "+1 (%s) %s-%s" % p1,
        "p1_sp": spaced(p1),
        "p2_cid": "+1 (%s) %s-%s" % p2,
        "p2_sp": "%s %s %s" % p2,
        "p3_cid": "+1 (%s) %s-%s" % p3,
        "p3_sp": "%s %s %s" % p3,
        "p5_cid": "+1 (%s) %s-%s" % p5,
        "p5_sp": "1 %s %s %s" % p5,
        "p6_cid": "+1 (%s) %s-%s" % p6,
        "mom_words": " ".join(words[c] for c in "".join(mom)),
        "dad_mixed": "%s five five five %s" % (dad[0], " ".join(dad[2])),
        "dea": g.dea("B", "O"),
        "mrn_sp": " ".join(g.digits(7, "123456789")),
        "ssn_sp": g.ssn().replace("-", " "),
        "member": "QZ" + g.digits(8, "123456789"),
        "ref": g.digits(4, "123456789") + " a",
    }
    t = """These are last night's after-hours voicemail transcriptions for Dr. ⟦name|Okonkwo-Baptiste⟧'s panel. Triage them (who gets called first and why) and draft a one-line callback note for the nurse for each.

Visual Voicemail - Lakeshore Internal Medicine - after-hours box - exported ⟦?log timestamp|12/09/2025 07:02⟧ - 6 new

[1] From: ⟦phone|«p1_cid»⟧   Received: ⟦?log timestamp|Mon 12/08/2025 6:47 PM⟧   Duration: 0:52   Confidence: medium
"hi this is ⟦name|eulalia brightwater⟧ calling for doctor ⟦name|okonkwo-baptiste⟧ um my date of birth is ⟦date|march third nineteen forty one⟧ and i'm calling because my water pill the furosemide i ran out on saturday and the pharmacy says they need a new prescription my number is ⟦phone|«p1_sp»⟧ thank you"

[2] From: ⟦phone|«p2_cid»⟧   Received: ⟦?log timestamp|Mon 12/08/2025 9:15 PM⟧   Duration: 1:07   Confidence: high
"yeah hi it's ⟦name|bao ngoc⟧ calling about my mom ⟦name|nguyen thi hoa⟧ she's ⟦age|93 years⟧ old she fell in the bathroom tonight she says she's ok but her left wrist is really swollen her date of birth is ⟦date|4 12 32⟧ should i take her to the er or can it wait till morning call me back at ⟦phone|«p2_sp»⟧ thanks"

[3] From: ⟦?pharmacy line (business)|«p3_cid»⟧   Received: ⟦?log timestamp|Tue 12/09/2025 7:58 AM⟧   Duration: 0:44   Confidence: medium
"good morning this is ⟦name|kevin⟧ at capitol drive pharmacy calling to verify a prescription for ⟦name|aurelio san nicolás⟧ date of birth ⟦date|7 19 1958⟧ for hydrocodone acetaminophen ⟦!drug strength|5 325⟧ the dea number on the script is ⟦dea|«dea»⟧ and we just need a verbal ok from doctor ⟦name|okonkwo baptist⟧ please call the pharmacy at ⟦?pharmacy line (business)|«p3_sp»⟧ option 3 thank you"

[4] From: Unknown   Received: ⟦?log timestamp|Mon 12/08/2025 11:32 PM⟧   Duration: 0:58   Confidence: low
"hi um this is the mom of ⟦name|jaylen o'brien-mwangi⟧ his birthday is ⟦date|october 2nd 2019⟧ he's had a fever of 103 since this afternoon and he threw up twice his medical record number is ⟦mrn|«mrn_sp»⟧ please call me at ⟦?phone spelled in words|«mom_words»⟧ or my husband at ⟦?phone partly in words|«dad_mixed»⟧ thank you"

[5] From: ⟦?lab line (business)|«p5_cid»⟧   Received: ⟦?log timestamp|Tue 12/09/2025 2:06 AM⟧   Duration: 0:39   Confidence: high
"this is ⟦name|dana⟧ with great lakes reference lab calling with a critical value for patient ⟦name|harold whitcomb-jaramillo⟧ date of birth ⟦date|june 30th 1950⟧ potassium ⟦!lab value|6.8⟧ collected yesterday at 4 pm please call ⟦?lab line (business)|«p5_sp»⟧ with reference number ⟦!lab reference number (order-ID rule)|«ref»⟧ thank you"

[6] From: ⟦phone|«p6_cid»⟧   Received: ⟦?log timestamp|Tue 12/09/2025 6:40 AM⟧   Duration: 0:47   Confidence: medium
"hi this is for billing my name is ⟦name|rukhsana qureshi-lindqvist⟧ i got a bill for the ⟦?date without a year|october 17th⟧ visit but my insurance changed in ⟦date|november 2025⟧ my social is ⟦ssn|«ssn_sp»⟧ and the new member id is ⟦plan|«member»⟧ it's quartz please rebill thanks bye"
"""
    return t, v
