"""doc7: Markdown minutes of a hospital clinical ethics committee case consultation."""

GENRE = """Markdown minutes of a hospital clinical-ethics committee case consultation (bold field
   labels, attendee list with credentials, a 97-year-old patient with a nickname, MRN, MBI and ICD-10
   codes, POLST and code-status dates, estranged family with phones, a counsel's privileged section, a
   peer-review legend with its statute) followed by a pasted lower-case Teams message; pasted with a
   request for a one-page summary for the CMO"""

NOTES = """* **Ethics minutes** (doc7). Markdown markup (`**`, `#`, list bullets) is outside every span. The
  meeting date with its weekday, the admission date, the POLST month-year (`August 2023`), the prior
  admission month-year (`11/2023`) and the family-meeting date are gold (about this patient's case);
  `2016` is year-only (negative). The counsel's `ATTORNEY-CLIENT PRIVILEGED` line is gold; the
  peer-review confidentiality legend is ambiguous (a different protection, not the attorney-client or
  work-product marker) and its statute citation a negative, as is the surrogate statute. `97-year-old` is
  an age; the FAST stage is a negative (score). Names in every form: `Augustin "Gus" Thibodeaux`
  one span, `Gus`, lower-case `gus` and `remy` in the Teams message, `Claudette "Dette" Abernathy`
  and `Dette`, surnames alone after honorifics (`Dr. Venkataraman`, `Ms. Goldfarb`), and an initial
  plus surname (`T. Wierzbicki`). The pavilion named for a saint and the eponyms (`Alzheimer's`,
  `Cheyne-Stokes`) are negatives. Family members' phones are gold (named individuals)."""

DATE_ORDER = "MDY"


def make(g):
    values = dict(mrn=g.digits(8, "123456789"), mbi=g.mbi(),
                  p1="(614) 555-" + g.phone_line(), p2="225-555-" + g.phone_line())
    tpl = """Can you turn these draft minutes into a one-page summary for the CMO? Leave out what she doesn't need, especially the legal-advice part.

# Clinical Ethics Committee - Case Consultation (DRAFT)

**Date:** ⟦date|Thursday, February 20, 2025⟧, 12:00-13:15
**Place:** ⟦!building named for a saint|St. Brigid⟧ Pavilion, conference room 4B
**Legend:** ⟦?peer-review legend (not an attorney-client or work-product marker)|CONFIDENTIAL PEER REVIEW DOCUMENT⟧ - ⟦!statute citation|Ohio Rev. Code 2305.252⟧
**Present:** Dr. ⟦name|Ingrid Solberg-Achterberg⟧ (chair), Rev. ⟦name|Samuel Otieno⟧ (chaplain), ⟦name|Maribel Quiñones-Figueroa⟧, RN, Dr. ⟦name|Arjun Venkataraman⟧ (attending), ⟦name|Leah Goldfarb⟧, JD (associate general counsel), ⟦name|Tomasz Wierzbicki⟧, MSW

## 1. Case
- **Patient:** ⟦name|Augustin "Gus" Thibodeaux⟧, MRN ⟦mrn|«mrn»⟧, ⟦age|97-year-old⟧ man admitted ⟦date|02/14/2025⟧ from home with aspiration pneumonia (⟦icd|J69.0⟧) on late-onset ⟦!eponym|Alzheimer's⟧ dementia (⟦icd|G30.1⟧, ⟦icd|F02.C0⟧), FAST ⟦!FAST stage (score)|7c⟧. Medicare MBI ⟦mbi|«mbi»⟧ (hospice eligibility raised).
- **Code status:** full code at the son's request. A POLST he signed in ⟦date|August 2023⟧ says DNR, comfort-focused treatment. No health-care power of attorney on file.
- **Family:** son ⟦name|Remy Thibodeaux⟧ (lives with him, ⟦phone|«p1»⟧); daughter ⟦name|Claudette "Dette" Abernathy⟧ (Baton Rouge, ⟦phone|«p2»⟧), estranged ⟦!year only|since 2016⟧.

## 2. Discussion
- Dr. ⟦name|Venkataraman⟧: ⟦!eponym|Cheyne-Stokes⟧ breathing overnight; a PEG tube is not recommended.
- Chaplain ⟦name|Otieno⟧: ⟦name|Gus⟧ told him during an admission in ⟦date|11/2023⟧ that he "did not want to be kept going on machines."
- ⟦name|Maribel Quiñones-Figueroa⟧: son at bedside daily, visibly distressed; daughter has not visited.

⟦priv|ATTORNEY-CLIENT PRIVILEGED - LEGAL ADVICE FOLLOWS, DO NOT FORWARD⟧
- Ms. ⟦name|Goldfarb⟧: without a health-care POA the surrogate order in ⟦!statute citation|R.C. 2133.08⟧ applies only once he is terminal or permanently unconscious; the signed POLST is his own expressed wish and should control. Document both children's positions verbatim.

## 3. Recommendations
1. Honor the POLST; palliative care consult today.
2. Offer a time-limited trial of antibiotics only; no intubation, no PEG.
3. Chaplain and social work to support ⟦name|Remy⟧.

## 4. Follow-up
Family meeting ⟦date|Mon 2/24/2025⟧ at 14:00 with ⟦name|Remy⟧ in person and ⟦name|Dette⟧ by phone. Minutes: ⟦name|T. Wierzbicki⟧.

Teams message the chair pasted in afterwards:
> fyi ⟦name|remy⟧ called again, says ⟦name|gus⟧ "wanted everything done". also wants copies of the whole chart, I told him HIM handles that
"""
    return tpl, values
