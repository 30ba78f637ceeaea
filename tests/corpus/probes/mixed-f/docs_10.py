# doc10: durable power of attorney for health care with witness and notary blocks


def make(g):
    values = {
        "passport": g.r.choice("ACEFGHJKLMNPRSTUVWXYZ") + g.digits(8),
        "commission": g.digits(6),
    }
    t = """ILLINOIS STATUTORY SHORT FORM POWER OF ATTORNEY FOR HEALTH CARE
(⟦!statute citation|755 ILCS 45/4-10⟧, as amended by P.A. ⟦!public act number|101-0163⟧, eff. ⟦!statute effective date|January 1, 2020⟧)

1. I, ⟦name|Marguerite-Odile Van der Berghe⟧, born ⟦date|11 January 1934⟧ and now ⟦age|91 years⟧ of age, residing at
⟦addr|3350 N. Lakeview Ave., Apt. 12F⟧, Chicago, Illinois ⟦zip|60657⟧, appoint the following person as my health care agent:
   ⟦name|Thandiwe Nkosi-Van der Berghe⟧ (daughter-in-law), ⟦addr|1410 Judson Avenue⟧, Evanston, IL ⟦zip|60201⟧,
   cell ⟦phone|847-555-0114⟧, e-mail ⟦email|thandiwe.nvdb@example.com⟧.
2. SUCCESSOR AGENT. If my agent is not available, willing or competent to act, I appoint my son
   ⟦name|Pieter-Jan Van der Berghe⟧, ⟦addr|Kortrijksesteenweg 211⟧, ⟦?foreign postcode|9000⟧ Gent, Belgium, tel. ⟦phone|+32 9 555 01 27⟧.
3. MY AGENT'S POWERS. My agent may make all health care decisions for me, including decisions to accept or refuse any
   treatment, to obtain and disclose my medical records (this is a HIPAA authorization under ⟦!regulation citation|45 CFR 164.508⟧), to
   choose and discharge providers, and to authorize an autopsy and disposition of remains.
4. LIFE-SUSTAINING TREATMENT (initial one):  ⟦?principal's initials on the form|M-O.VdB⟧  The quality of my life is more important than the length
   of my life. If I am unconscious and my attending physician believes, in accordance with reasonable medical standards, that I
   will not wake up or recover my ability to think, communicate with my family and friends, and experience my surroundings,
   I do not want treatments to prolong my life or delay my death.
5. My physician is Dr. ⟦name|Sun-Hee Kwon⟧, Northside Geriatrics, ⟦?physician office number (business contact)|(773) 555-0181⟧.

Signed this ⟦date|3rd day of December, 2025⟧.   ⟦name|Marguerite-Odile Van der Berghe⟧ (signature)

WITNESS. I am at least 18 years old, I am not the agent, not related to the principal by blood or marriage, not the
principal's physician or a person who may inherit. I saw the principal sign this form.
 Witness 1: ⟦name|Siosaia Fifita⟧, ⟦addr|4909 N. Sheridan Rd., #3⟧, Chicago IL ⟦zip|60640⟧     Date: ⟦date|12/03/2025⟧
 Witness 2: ⟦name|Rukhsana Chaudhry⟧, ⟦addr|2231 W. Devon Ave⟧, Chicago IL ⟦zip|60659⟧           Date: ⟦date|12/03/2025⟧

NOTARY (optional in Illinois; obtained at principal's request)
State of Illinois  )
County of Cook     ) ss.
This instrument was acknowledged before me on ⟦date|December 3, 2025⟧ by ⟦name|Marguerite-Odile Van der Berghe⟧, who proved her
identity by U.S. passport no. ⟦passport|«passport»⟧.
 ______________________ Notary Public ⟦name|Dolores Ybáñez-Whitlock⟧   Commission no. ⟦?notary commission number|«commission»⟧
 My commission expires ⟦?notary commission expiry (expiry rule)|04/17/2028⟧   (SEAL)
Prepared by: ⟦name|Hamza El-Amin⟧, Elder Law Clinic, ⟦?law clinic address (business contact)|25 E. Pearson St.⟧, Chicago ⟦?law clinic ZIP (business contact)|60611⟧
"""
    return t, values
