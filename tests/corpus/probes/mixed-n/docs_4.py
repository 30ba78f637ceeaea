"""doc4: plaintiff's draft interrogatory answers in an Arizona medical-malpractice case."""
import datetime
import re

import make as H

GENRE = ("plaintiff's draft answers to a defendant's first set of non-uniform interrogatories in an Arizona "
         "medical-malpractice case, under a work-product banner: caption and case number, the plaintiff's "
         "full and former names, birth date, SSN and Arizona driver's licence, ten years of residences with "
         "move-in and move-out months, treating providers (a practice address and phone, the defendant "
         "surgeon, a hospital named for a saint), injuries with ICD-10 codes and the surgery date, witnesses "
         "with phones, foreign travel with a US passport, a privilege objection, the verification in legal "
         "date form and the notary with her commission expiry; pasted by a paralegal with a request to "
         "check the answers against the intake sheet")

NOTES = ("The `PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT - DRAFT` line is gold; the objection phrase "
         "`protected by the attorney-client privilege` is ambiguous (an objection, as set C's deposition "
         "objections). The Arizona driver's licence and the US passport have the same shape (letter + 8 "
         "digits, new in set N): both gold, told apart only by their labels. Names in every form: "
         "`Desmond Ray Achterberg-Lowe`, the former `Desmond Ray Lowe`, the caption's `Desmond "
         "Achterberg-Lowe`, `Desmond` in the question, `Ana Lucía Achterberg-Lowe`, `Terrence \"T.J.\" "
         "Obuya` (one span), the treating and defendant physicians and the notary. Month-year residence "
         "dates (`06/2019`, `08/2015`, `05/2019`) and `June 2019`/`June 2024` are gold; `2011` is year-only "
         "(negative); the birth date, the surgery date (`March 14, 2024` in the answer, `3/12/24` in the "
         "question: the inconsistency the paralegal should catch) and `14th day of October, 2025` are gold; "
         "the commission expiry is ambiguous. Both home street lines with their units and ZIPs are gold; "
         "the hand practice's address, ZIP and phone are ambiguous (business); the witnesses' phones are "
         "gold. `St. Joseph's` is a saint's name (negative); the case number is ambiguous. `G56.21` and "
         "`T81.49XA` are gold. `extra_check` confirms the surgery-date mismatch, that the residences are "
         "contiguous and reach back ten years from the verification date, and that licence and passport "
         "are distinct letter + 8 digit numbers.")

DATE_ORDER = "MDY"


def make(g):
    v = {"ssn": g.ssn(), "dl": "D" + g.digits(8), "pass": g.passport(),
         "wife": "(480) 555-" + g.phone_tail(), "cowork": "(623) 555-" + g.phone_tail(),
         "office": "(602) 555-" + g.phone_tail()}
    while v["pass"][0] == "D":
        v["pass"] = g.passport()
    tpl = """Can you check these draft answers against the intake sheet? The intake says the surgery was ⟦date|3/12/24⟧ and that ⟦name|Desmond⟧ moved to Phoenix in ⟦date|June 2019⟧. Flag anything inconsistent, and anything we should not be disclosing.

⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT - DRAFT⟧

⟦name|Desmond Achterberg-Lowe⟧ v. Valle Verde Surgical Associates, P.C., et al., No. ⟦?case number (case rule)|CV2025-004187⟧ (Maricopa County Superior Court)
PLAINTIFF'S ANSWERS TO DEFENDANT'S FIRST SET OF NON-UNIFORM INTERROGATORIES

1. State your full name, other names used, date of birth, Social Security number and driver's license number.
ANSWER: ⟦name|Desmond Ray Achterberg-Lowe⟧, formerly ⟦name|Desmond Ray Lowe⟧ (until ⟦!year only|2011⟧); born ⟦date|February 9, 1979⟧; SSN ⟦ssn|«ssn»⟧; Arizona driver's license ⟦dl|«dl»⟧.

2. List every residence during the past ten years.
ANSWER: ⟦addr|2417 W Cactus Wren Dr, Unit 8⟧, Phoenix, AZ ⟦zip|85021⟧ (⟦date|06/2019⟧ to present); ⟦addr|88 E Rio Salado Pkwy, Apt 1104⟧, Tempe, AZ ⟦zip|85281⟧ (⟦date|08/2015⟧ to ⟦date|05/2019⟧).

4. Identify each health care provider who treated the injuries claimed.
ANSWER: Dr. ⟦name|Farida Nasser-Holm⟧, Sonoran Hand Center, ⟦?business address (medical practice)|4410 N 32nd St⟧, Phoenix, AZ ⟦?business ZIP (medical practice)|85018⟧, ⟦?practice main line (business)|«office»⟧; Dr. ⟦name|Lionel Vance-Okafor⟧ (defendant); ⟦!saint's name (hospital)|St. Joseph's⟧ emergency department.

6. Describe each injury.
ANSWER: Right ulnar nerve injury (⟦icd|G56.21⟧) after right elbow surgery on ⟦date|March 14, 2024⟧, and a postoperative wound infection (⟦icd|T81.49XA⟧) treated with IV antibiotics.

9. Identify every witness.
ANSWER: My wife, ⟦name|Ana Lucía Achterberg-Lowe⟧, ⟦phone|«wife»⟧; my coworker ⟦name|Terrence "T.J." Obuya⟧, ⟦phone|«cowork»⟧.

11. Have you traveled outside the United States since the surgery?
ANSWER: Yes, to Guadalajara in ⟦date|June 2024⟧ (U.S. passport ⟦pass|«pass»⟧).

12. Identify all communications about the surgery.
ANSWER: Plaintiff objects to the extent the interrogatory seeks communications ⟦?privilege objection (discusses the privilege, not a marker)|protected by the attorney-client privilege⟧. Subject to the objection: text messages with his wife.

VERIFICATION
I, ⟦name|Desmond Ray Achterberg-Lowe⟧, declare under penalty of perjury that the foregoing answers are true and correct. Dated this ⟦date|14th day of October, 2025⟧.
⟦name|Graciela Tso-Benally⟧, Notary Public; my commission expires ⟦?notary commission expiry (expiry rule)|02/28/2028⟧.
"""
    return tpl, v


def _my(s):
    m, y = s.split("/")
    return int(y) * 12 + int(m) - 1


def extra_check(text):
    errs = []
    intake = re.search(r"surgery was (\d+/\d+/\d+)", text)
    ans = re.search(r"elbow surgery on (\w+ \d+, \d{4})", text)
    ver = re.search(r"Dated this (\d+)\w\w day of (\w+), (\d{4})", text)
    if not (intake and ans and ver):
        return ["doc4 fields not found"]
    a = H.parse_core(intake.group(1), "MDY")[1]
    b = H.parse_core(ans.group(1), "MDY")[1]
    vd = datetime.date(int(ver.group(3)), H.EN_MONTHS[ver.group(2).lower()], int(ver.group(1)))
    if a == b:
        errs.append("no surgery-date inconsistency to catch")
    if not b < vd:
        errs.append("verification before the surgery")
    res = re.search(r"\((\d\d/\d{4}) to present\);.*?\((\d\d/\d{4}) to (\d\d/\d{4})\)", text)
    if not res:
        return errs + ["residences not found"]
    cur, old_s, old_e = (_my(x) for x in res.groups())
    if not 0 < cur - old_e <= 1:
        errs.append("gap or overlap between residences")
    if old_s > (vd.year - 10) * 12 + vd.month - 1:
        errs.append("residences do not reach back ten years")
    dl = re.search(r"driver's license ([A-Z]\d{8})\.", text)
    pp = re.search(r"passport ([A-Z]\d{8})\)", text)
    if not (dl and pp) or dl.group(1) == pp.group(1):
        errs.append("licence and passport not distinct letter + 8 digit numbers")
    return errs


def broken(text):
    out = [text.replace("on March 14, 2024", "on March 12, 2024"),
           text.replace("(08/2015 to", "(11/2015 to"),
           text.replace("(06/2019 to present)", "(09/2019 to present)")]
    dl = re.search(r"driver's license ([A-Z]\d{8})\.", text).group(1)
    pp = re.search(r"passport ([A-Z]\d{8})\)", text).group(1)
    out.append(text.replace(pp, dl))
    return out
