"""doc4: federal drug-testing custody and control form transcribed by an employment lawyer."""

GENRE = """employment lawyer's transcription of a Federal Drug Testing Custody and Control Form (Copy 5,
   steps 1-5: employer, MRO, donor SSN, collection site, temperature box, collector, donor phones
   and birth date, specimen and accession numbers), the MRO's verification letter and the
   associate's intake notes, under a work-product line; pasted with a question about collection
   errors under 49 CFR Part 40"""

NOTES = """* **Custody and control form** (doc4). The work-product line is gold once. The specimen ID,
  lab accession, courier tracking number, confirmation and cutoff levels, the `90-100 F` temperature
  range and `49 CFR Part 40` are negatives; the matter number and the associate's initials are
  ambiguous; the law firm named after its partners is ambiguous. Employer, MRO office and collection
  site addresses, ZIPs and phones are business data (ambiguous); the MRO, collector, NP prescriber and
  the employer's DER are named individuals (gold). The donor SSN in step 1C is gold, as is the Ohio
  driver's licence (two letters and six digits) noted as her ID in the remarks. The donor is gold in
  every form: `PHAM, THUY-LINH` (one span), `Thuy-Linh Pham`, `Pham` in the caption and lower-case
  `linh` in the notes. Collection, interview, letter and fill dates are gold; `since 2019` is year-only
  (negative). `F90.2` is gold (her diagnosis)."""

DATE_ORDER = "MDY"


def make(g):
    ssn = g.ssn()
    dl = g.ohio_dl("TP")
    spec = g.digits(7, "123456789")
    acc = "LA" + g.digits(7, "123456789")
    track = "%s %s %s" % (g.digits(4, "789"), g.digits(4), g.digits(4))
    values = dict(ssn=ssn, dl=dl, spec=spec, acc=acc, track=track,
                  p1="(937) 555-" + g.phone_line(), p2="937.555." + g.phone_line())
    tpl = """⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT⟧
⟦?law firm named after people|Holloway & Strand LLP⟧ | ⟦name|Pham⟧ v. Tri-County Freight Lines, Inc. | file ⟦?matter number|2025-0412⟧

Can you look at this for us? Our client lost a CDL driving offer after a pre-employment DOT test. Below is what I transcribed from her Copy 5 of the custody and control form, the MRO's letter and my intake notes. Does anything point to a collection error under ⟦!regulation citation|49 CFR Part 40⟧ that supports a fatal-flaw or cancellation argument?

--- CCF, Copy 5 (Donor) ---
FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM    SPECIMEN ID NO. ⟦!specimen ID|«spec»⟧
STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE
A. Employer: Tri-County Freight Lines, Inc., ⟦?employer address (business)|880 Industrial Pkwy⟧, Dayton OH ⟦?employer ZIP (business)|45414⟧, ⟦?employer phone (business)|(937) 555-0110⟧
B. MRO: ⟦name|Harold Ekwueme-Briggs⟧, MD, Clearpath MRO Services, ⟦?MRO office address (business)|4100 Wilmington Pike, Ste 210⟧, Kettering OH ⟦?MRO office ZIP (business)|45429⟧
C. Donor SSN or Employee I.D. No.: ⟦ssn|«ssn»⟧
D. Testing Authority: DOT - FMCSA    E. Reason: Pre-employment
F. Drug tests: THC, COC, PCP, OPI, AMP
G. Collection site: QuickDraw Occupational Health, ⟦?collection site address (business)|1350 N Main St⟧, Dayton OH ⟦?collection site ZIP (business)|45405⟧, collector phone ⟦?collection site phone (business)|(937) 555-0117⟧
STEP 2: Temperature read within 4 minutes, ⟦!specimen temperature range|90-100 F⟧: [X] Yes   Split: [X]   Observed: [ ]
  Remarks: donor ID verified - Ohio driver license ⟦dl|«dl»⟧
STEP 4: Collector ⟦name|Dwayne R. Castellano-Whitby⟧   Date ⟦date|02/11/2025⟧   Time 07:42 AM
  Released to FedEx, tracking ⟦!courier tracking number|«track»⟧
STEP 5: Donor ⟦name|PHAM, THUY-LINH⟧   Daytime phone ⟦phone|«p1»⟧   Evening ⟦phone|«p2»⟧   DOB ⟦date|09/14/1991⟧   Date ⟦date|02/11/2025⟧
  Lab accession ⟦!lab accession number|«acc»⟧

--- MRO letter dated ⟦date|February 18, 2025⟧ ---
Donor: ⟦name|Thuy-Linh Pham⟧. Verified POSITIVE - amphetamine (⟦!confirmation level|1,240 ng/mL⟧; cutoff ⟦!cutoff level|250 ng/mL⟧). Interview ⟦date|02/14/2025⟧: donor reported Adderall XR 20 mg prescribed by ⟦name|Keisha Abernathy-Vance⟧, NP; prescriber's office did not return calls by ⟦date|02/17/2025⟧; no legitimate medical explanation established. Reported to DER ⟦name|Marcy Holcombe⟧ on ⟦date|2/18/25⟧.

--- intake notes (⟦?associate's initials|RQL⟧) ---
- ⟦name|linh⟧ says the collector left the room during the temperature window and came back with a different bottle; she signed step 5 before he sealed it.
- her NP faxed the Rx history on ⟦date|02/20/2025⟧: dx ⟦icd|F90.2⟧ ⟦!year only|since 2019⟧, Adderall last filled ⟦date|01/27/2025⟧. The MRO never asked for it.
- reach her at ⟦email|tl.pham91@example.net⟧ or the daytime number; not at work.
- ⟦name|Rebecca Quist-Lindgren⟧, associate
"""
    return tpl, values
