"""doc5: title examiner's abstract of title for an estate sale."""

GENRE = """title examiner's abstract of title for an estate sale (Ohio): premises and parcel, a metes-and-
   bounds legal description, chain of title with grantors in capitals, joint tenants with accents and
   particles, a surviving-tenant affidavit reciting a death at 94, the probate certificate of
   transfer with the executor's nickname and passport, open mortgages (one to an individual lender),
   a judgment lien, a federal tax lien with a masked taxpayer number, easement and taxes; pasted with
   a request to list the clouds on title and who must be served"""

NOTES = """* **Abstract of title** (doc5). Recording, deed, death, note and lien dates are about the
  owners and their estate (gold), in long form, numeric form and the legal `14th day of February,
  2022` form; the notary's commission expiry is ambiguous (expiry rule); `1958` and the tax year are
  negatives, as is the county's generic second-half tax due date. Plat book/page, volume/page,
  survey bearings and distances, recording instrument numbers and the title order number are
  negatives; the parcel number, loan number, lien serial number and probate and court case numbers
  are ambiguous (no class / case rule), as is the masked taxpayer number. Names keep particles and
  accents inside the span (`Rosalind M. de la Peña`, `Leopold Van der Merwe`, `Étienne
  Doucet-Marchand`); capitals (`GERALD T. HAVERKAMP`) are gold; `Marguerite "Daisy" de la Peña-Holt` is
  one span and `Daisy` alone gold. The lender companies and the judgment creditor are unlabelled
  (not named after people); the individual lender is gold with his home street line and ZIP. The premises (the decedent's home) and the executor's address are gold
  street lines with ZIPs. `94 years` in `aged 94 years` is an age. The executor's US passport is gold."""

DATE_ORDER = "MDY"


def make(g):
    values = dict(passport=g.passport(), serial=g.digits(9, "123456789"),
                  loan="00" + g.digits(8, "123456789"))
    tpl = """We're closing the estate sale of ⟦addr|4127 Ridgeview Terrace⟧. The examiner's abstract is below. Before I draft the quiet-title complaint, list every cloud on title and who has to be served or has to sign a release. Short answer please.

ABSTRACT OF TITLE                                   Order No. ⟦!title order number|T-25-04412⟧
Summit County Title Agency, Inc. - Examiner: ⟦name|Leopold Van der Merwe⟧
Effective date: ⟦date|March 7, 2025⟧ at 8:00 a.m.

PREMISES: ⟦addr|4127 Ridgeview Terrace⟧, Akron, Ohio ⟦zip|44313⟧   Parcel No. ⟦?parcel number (no class)|67-04122-18⟧
Situated in the City of Akron, County of Summit and State of Ohio, known as Sublot No. 118 in Sand Run Estates Allotment No. 3 as recorded in ⟦!plat book and page|Plat Book 71, Page 22⟧ of Summit County Records, beginning at an iron pin on the northerly line of Ridgeview Terrace; thence ⟦!survey bearing and distance|N 87°14'30" E 124.50 feet⟧; thence ⟦!survey bearing and distance|S 02°45'30" E 180.00 feet⟧ to the place of beginning.

CHAIN OF TITLE
1. Warranty Deed dated ⟦date|April 30, 2004⟧, recorded ⟦date|May 18, 2004⟧, Instrument No. ⟦!recording instrument number|20040518-0031927⟧. Grantors: ⟦name|GERALD T. HAVERKAMP⟧ and ⟦name|RUTH A. HAVERKAMP⟧, husband and wife. Grantees: ⟦name|Étienne Doucet-Marchand⟧ and ⟦name|Rosalind M. de la Peña⟧, joint tenants with right of survivorship. Acknowledged before ⟦name|Frances Y. Oduya⟧, Notary Public, commission expires ⟦?notary commission expiry|June 2, 2007⟧.
2. Affidavit of Surviving Tenant, recorded this ⟦date|14th day of February, 2022⟧, Instrument No. ⟦!recording instrument number|20220214-0007731⟧, reciting the death of ⟦name|Étienne Doucet-Marchand⟧ on ⟦date|November 2, 2021⟧, aged ⟦age|94 years⟧.
3. Certificate of Transfer, Summit County Probate Court, Case No. ⟦?probate case number|2025 ES 00318⟧, Estate of ⟦name|Rosalind M. de la Peña⟧, died ⟦date|January 9, 2025⟧. Executor: ⟦name|Marguerite "Daisy" de la Peña-Holt⟧, ⟦addr|1902 Glenwood Ave, Unit 4⟧, Akron, Ohio ⟦zip|44320⟧, identified by U.S. passport no. ⟦passport|«passport»⟧.

MORTGAGES AND LIENS
4. Open-End Mortgage to Buckeye Federal Savings Bank recorded ⟦date|June 3, 2016⟧, loan no. ⟦?loan number (no class)|«loan»⟧, $62,000.00. No release of record.
5. Mortgage to ⟦name|Wendell Okafor-Pryce⟧, ⟦addr|88 Portage Path, Apt 3C⟧, Akron, Ohio ⟦zip|44303⟧, securing a note dated ⟦date|09/12/2019⟧ for $15,000.00. No release of record; Mr. ⟦name|Okafor-Pryce⟧ is believed to live at that address.
6. Judgment lien, Portage Roofing & Gutter LLC v. ⟦name|Rosalind de la Peña⟧, Case No. ⟦?court case number|CV-2023-06-2291⟧, $8,412.77, filed ⟦date|June 21, 2023⟧.
7. Notice of Federal Tax Lien, serial no. ⟦?lien serial number (no class)|«serial»⟧, taxpayer ⟦name|Rosalind M. de la Peña⟧, identifying number ⟦?masked taxpayer number|XXX-XX-4417⟧, recorded ⟦date|10/04/2023⟧.

EASEMENTS: Ohio Edison Company, ⟦!year only|1958⟧, Volume 3411, Page 118 (utility strip, rear 10 feet).
TAXES: ⟦!tax year|2024⟧ first half $2,318.40 paid; second half due ⟦!county-wide tax due date, not about a person|July 16, 2025⟧.
HEIRS per probate inventory: ⟦name|Daisy⟧ (daughter, executor), ⟦name|Tomás de la Peña⟧ (son, Tucson), ⟦name|Inés de la Peña Ruiz⟧ (granddaughter, a minor).
"""
    return tpl, values
