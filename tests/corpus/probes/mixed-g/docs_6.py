"""Doc 6: deposition transcript excerpt with margin line numbers."""


def make(g):
    firm_ph = "(%s) %s-%s" % g.phone("312")
    v = {
        "firm_ph": firm_ph,
        "ardc1": "63" + g.digits(5),
        "ardc2": "62" + g.digits(5),
        "dl": "T%s-%s-%s" % (g.digits(3), g.digits(4), g.digits(4)),
        "last4": g.digits(4, "123456789"),
        "csr": "084-00" + g.digits(4),
        "case": "1:25-cv-0" + g.digits(4),
        "b1": "LFM000" + g.digits(3, "1"),
    }
    b = int(v["b1"][3:])
    v["b2"] = "LFM%06d" % (b + 4)
    W = "ANH THƯ TRẦN"
    t = """Summarize this deposition excerpt in five bullets for the case file, then list every exhibit referenced with its Bates range.

UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF ILLINOIS
⟦name|%(W)s⟧, Plaintiff, v. LAKESHORE FRESH MARKETS, INC., Defendant.
Case No. ⟦?case number|«case»⟧
Deposition of ⟦name|%(W)s⟧, taken ⟦date|Tuesday, December 2, 2025⟧
                                                                 Page 2
 1   APPEARANCES:
 2     On behalf of the Plaintiff:
 3       ⟦?law firm named after people|OYELOWO & BRANDT-ZIELIŃSKI, LLC⟧, by
 4       MR. ⟦name|KWAME ABIODUN⟧ (⟦!attorney registration number|ARDC No. «ardc1»⟧)
 5       ⟦?firm address (business)|161 N. Clark Street, Suite 1700⟧, Chicago, Illinois ⟦?firm ZIP (business)|60601⟧
 6       ⟦?firm main line (business)|«firm_ph»⟧ · ⟦email|kabiodun@obzlaw.example.com⟧
 7     On behalf of the Defendant:
 8       ⟦?law firm named after people|KESSLER AMADI LLP⟧, by
 9       MS. ⟦name|RENATA VILLALOBOS-STRAND⟧ (⟦!attorney registration number|ARDC No. «ardc2»⟧)
10       ⟦email|rvillalobos-strand@kesleramadi.example.com⟧
11     Also present: ⟦name|Dwayne Pruitt⟧, store manager
                                                                 Page 6
 1               ⟦name|%(W)s⟧,
 2   called as a witness herein, having been first duly sworn,
 3   was examined and testified as follows:
 4                       EXAMINATION
 5   BY MS. ⟦name|VILLALOBOS-STRAND⟧:
 6       Q.  Please state your full name for the record.
 7       A.  ⟦name|Anh Thư Trần⟧. The last name is ⟦?name spelled letter by letter|T-R-A-N⟧.
 8       Q.  Have you used any other names?
 9       A.  ⟦name|Annie Tran⟧, at work.
10       Q.  What is your date of birth?
11       A.  ⟦date|August 9th, 1979⟧.
12       Q.  And your current address?
13       A.  ⟦addr|2219 West Cullerton Street, apartment 2R⟧, Chicago, ⟦zip|60608⟧.
14       Q.  How long have you lived there?
15       A.  Since ⟦!year only|2016⟧.
16       Q.  Do you hold an Illinois driver's license?
17       A.  Yes. ⟦dl|«dl»⟧.
18       Q.  And the last four of your Social Security number?
19       A.  ⟦?last four of SSN|«last4»⟧.
20       Q.  On ⟦date|March 14th of 2024⟧ you were at the Lakeshore Fresh store
21   on Western Avenue?
22       A.  Yes, around 6:30 in the evening.
23       Q.  I'm handing you Exhibit 4, Bates ⟦?Bates number|«b1»⟧ through
24   ⟦?Bates number|«b2»⟧. Do you recognize it?
25       A.  It's the incident report. ⟦name|Dwayne⟧ wrote it.
                                                                 Page 7
 1           MR. ⟦name|ABIODUN⟧:  Objection, foundation.
 2   BY MS. ⟦name|VILLALOBOS-STRAND⟧:
 3       Q.  Ms. ⟦name|Trần⟧, who treated you after the fall?
 4       A.  Dr. ⟦name|Olumide Sørensen⟧, at the clinic on Ogden.
 5       Q.  When did you first see Dr. ⟦name|Sørensen⟧?
 6       A.  The next morning, ⟦?date without a year|March 15⟧. He sent me for an MRI.
                                                                 Page 48
 1                    REPORTER'S CERTIFICATE
 2   I, ⟦name|GWENDOLYN M. TARKINGTON⟧, a Certified Shorthand Reporter of
 3   the State of Illinois, ⟦!CSR licence number|CSR No. «csr»⟧, certify that the
 4   witness was first duly sworn and that the foregoing is a true
 5   record of the testimony given.
 6   IN WITNESS WHEREOF, I have set my hand this ⟦date|12th day of December, 2025⟧.
 7                 ⟦name|Gwendolyn M. Tarkington⟧, ⟦!CSR licence number|CSR No. «csr»⟧
""" % {"W": W}
    return t, v
