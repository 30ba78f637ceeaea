"""doc6: subpoena duces tecum to a hospital records custodian, HIPAA authorization, affidavit of service."""

TEMPLATE = """IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT IN AND FOR MIAMI-DADE COUNTY, FLORIDA

⟦name|DELPHINE ARSENAULT-MBEKI⟧,                         CASE NO. ⟦?court case number|«case»⟧
      Plaintiff,
v.
CORALWAY TRANSIT PARTNERS, LLC, and
⟦name|REYNALDO SOTOMAYOR-DÍAZ⟧,
      Defendants.
_____________________________________/

SUBPOENA DUCES TECUM WITHOUT DEPOSITION

TO: Records Custodian, Biscayne Shores Medical Center, ⟦?hospital's own address, business|7100 Coral Reef Blvd⟧, Miami, FL ⟦?hospital's own ZIP, business|33157⟧

YOU ARE COMMANDED to produce on or before ⟦date|Friday, September 12, 2025⟧, at 10:00 a.m., certified
copies of the records below at the office of the undersigned. Compliance may be made by mail
with the attached records-custodian certificate, under ⟦!statute citation|§ 90.902(11), Fla. Stat.⟧

Records of:   ⟦name|Delphine Arsenault-Mbeki⟧ (a/k/a ⟦name|Delphine Mbeki⟧)
  DOB: ⟦date|04-27-1979⟧     SSN: ⟦ssn|«ssn»⟧     MRN: ⟦mrn|«mrn»⟧
  Dates of service: ⟦date|March 2, 2025⟧ to the present (ED visit after the bus collision of ⟦date|3/2/2025⟧)
Produce: complete chart, ED and trauma records, imaging reports and images (DICOM), itemized
bills (UB-04), and payment ledgers. Do NOT produce psychotherapy notes or ⟦!regulation citation|42 CFR Part 2⟧ records.

Issued by: ⟦name|Graciela Montalbán-Reyes⟧, Esq., Florida Bar No. ⟦!bar number|«bar»⟧
⟦?law firm named after people|Montalbán & Whitcombe, P.A.⟧, Counsel for Plaintiff
Direct: ⟦phone|(305) 555-0147⟧   ⟦email|gmontalban@example.com⟧

AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION (⟦!regulation citation|45 CFR 164.508⟧)
Patient: ⟦name|Delphine Arsenault-Mbeki⟧   DOB: ⟦date|04/27/1979⟧   MRN: ⟦mrn|«mrn»⟧
Address: ⟦addr|930 SW 14th Ter, Apt 5⟧, Miami, FL ⟦zip|33135⟧   Phone: ⟦phone|786-555-0118⟧
Release to: ⟦?law firm named after people|Montalbán & Whitcombe, P.A.⟧    Purpose: litigation
[x] entire record   [ ] psychotherapy notes   [x] HIV/STI results   [x] mental-health records
Expires: one year from signing. I may revoke this in writing; treatment is not conditioned on signing.
Signature: /s/ ⟦name|Delphine Arsenault-Mbeki⟧      Date: ⟦date|08/14/2025⟧
Witness: ⟦name|Tobias Renwick⟧, paralegal

AFFIDAVIT OF SERVICE
State of Florida, County of Miami-Dade
I, ⟦name|Horace Quintanilla-Bates⟧, certified process server no. ⟦?process server certification number; no class|«cps»⟧, being sworn, say I am
over 18 and not a party. On ⟦date|Tuesday, August 26, 2025⟧ at 10:18 a.m. I served this subpoena with
a witness fee of $5.00 by delivering it to ⟦name|Yesenia Okonkwo-Pratt⟧, HIM supervisor, who said she
is authorized to accept service, at the hospital's records office, 2nd floor.
/s/ ⟦name|Horace Quintanilla-Bates⟧
Sworn to and subscribed before me on ⟦date|08/27/2025⟧ by ⟦name|H. Quintanilla-Bates⟧, personally known to me.
Notary: ⟦name|Wilhelmina Castellano-Ford⟧, commission ⟦?notary commission number; no class|«notary»⟧, expires ⟦?notary commission expiry|03/09/2028⟧
"""


def make(g):
    return TEMPLATE, {
        "case": "2025-" + g.digits(6) + "-CA-01",
        "ssn": g.ssn(),
        "mrn": "BSMC" + g.digits(7, "123456789"),
        "bar": g.digits(7, "123456789"),
        "cps": g.digits(4, "123456789"),
        "notary": "HH " + g.digits(6, "123456789"),
    }
