GENRE = ("litigation hold notice from a defence law firm to a hospital's general counsel in a wrongful-death "
         "case (privilege banner, custodians with direct e-mails and extensions, the decedent's MRN and "
         "admission dates, systems and date ranges to preserve); pasted with a request to tighten it")
NOTES = ("The privilege banner is gold once. Custodians' direct e-mails and direct lines are gold; the "
         "firm's main number and the hospital's records mailbox are ambiguous; the case number ambiguous. The "
         "preservation range's dates are about the decedent's care and gold. The plaintiff estate's "
         "administrator and the decedent are gold. `Epic` and `Teams` are negatives (product names).")
def make(g):
    t = """Tighten this hold notice – too long, and I'm not sure the date range is right.

⟦priv|PRIVILEGED AND CONFIDENTIAL / ATTORNEY-CLIENT COMMUNICATION⟧
To: ⟦name|Gwendolyn Ashby-Noor⟧, General Counsel, Mercy Ridge Medical Center
From: ⟦name|Rafael Quintanilla⟧, ⟦?law firm named after people|Harrow Quintanilla LLP⟧ (main ⟦?firm main line|415-555-0100⟧)
Re: Estate of ⟦name|Lorenzo "Enzo" Bellweather⟧ v. Mercy Ridge, No. ⟦?case number|CGC-25-611904⟧
Date: ⟦date|March 7, 2025⟧

The estate, through administrator ⟦name|Celestine Bellweather⟧, alleges a missed sepsis diagnosis (⟦icd|A41.51⟧) during the admission of ⟦date|11/02/2024⟧ – ⟦date|11/05/2024⟧. Decedent MRN ⟦mrn|«mrn»⟧, DOB ⟦date|9/9/1952⟧.

Preserve, from ⟦date|October 28, 2024⟧ forward:
1. ⟦!product name|Epic⟧ audit trail, flowsheets and BPA firings for MRN ⟦mrn|«mrn»⟧;
2. e-mail and ⟦!product name|Teams⟧ chats of these custodians:
   - ⟦name|Harlan Voss⟧, RN – ⟦email|hvoss@mercyridge.example.org⟧, ext. 4471
   - ⟦name|Dr. Nkechi Abara⟧ – ⟦email|nabara@mercyridge.example.org⟧, direct ⟦phone|415-555-0142⟧
   - ⟦name|Julien Marchetti-Pryce⟧, charge nurse – ⟦email|jmpryce@mercyridge.example.org⟧
3. telemetry strips and pager logs, ⟦!policy reference|Policy RM-112⟧.

Requests to produce go to ⟦?records mailbox, business|legal.records@mercyridge.example.org⟧. Do not delete, edit or move anything, even if routine retention schedules would otherwise purge it; suspend auto-delete on the custodians' mailboxes. If any custodian has left, image the device before it is reissued. Please confirm receipt by ⟦date|March 14, 2025⟧.
"""
    t = t.replace("⟦name|Dr. Nkechi Abara⟧", "Dr. ⟦name|Nkechi Abara⟧").replace('⟦name|Lorenzo "Enzo" Bellweather⟧', '⟦name|Lorenzo⟧ "⟦name|Enzo⟧" ⟦name|Bellweather⟧')
    return t, {"mrn": "MR" + g.digits(7)}
