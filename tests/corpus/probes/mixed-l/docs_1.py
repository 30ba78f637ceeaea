"""doc1: county animal-bite / rabies-exposure report (human bitten by a dog)."""
import re

GENRE = """county public-health animal-bite / rabies-exposure report (Colorado): a child bitten by a
neighbour's dog, the parent, insurance member and group IDs, wound ICD-10 codes, the ED physician's NPI,
post-exposure prophylaxis dose dates, the dog's tag, microchip and vaccination, the owner's Colorado
driver's licence, address, phone and e-mail, the animal-control officer's notes; pasted with a request to
draft the 10-day home-quarantine order letter"""

NOTES = """The child is a minor: `CALLOWAY, Juniper R.` and `Juniper` are gold, her age `9 y` a negative.
`Tue 06/03/2025` is one span with its weekday; the fax receipt stamp `2025-06-03 16:42` is log metadata
(ambiguous); the remaining PEP doses `6/6`, `6/10`, `6/17` have no year (ambiguous); the quarantine end
date is about the case (gold). The dog's name `Biscuit` is a negative (an animal), its rabies tag and
vaccine lot negatives, its microchip a 15-digit negative that fails Luhn; the dog's vaccination date is
ambiguous (about the animal, on the owner's record). The place of the bite on a public trail is ambiguous
(not a home address). The report number and the officer's badge are ambiguous (case / badge rule); the
veterinary clinic's line is ambiguous (business). The owner's Colorado licence `NN-NNN-NNNN` is gold
(`extra_check` checks the shape). `Bartholomew "Bart" Nwankwo-Hale` is one span and `Bart` alone gold;
`Ms.`/`Dr.`/`MD` stay outside."""

DATE_ORDER = "MDY"


def make(g):
    v = {
        "dob": "02/11/2016",
        "ph1": g.phone("970", "paren"),
        "member": "RMH" + g.digits(8),
        "group": "0091-CO",
        "npi": g.npi(),
        "chip": g.not_luhn(15, "985112"),
        "dl": "%s-%s-%s" % (g.digits(2), g.digits(3, False), g.digits(4, False)),
        "ph2": g.phone("970", "dot"),
        "ph3": g.phone("970", "dash"),
    }
    t = r"""Can you turn this into the 10-day home-quarantine order letter to the dog's owner? Plain language, one page, and leave the child's medical details out of it.

RIDGEWAY COUNTY PUBLIC HEALTH - ANIMAL BITE / RABIES EXPOSURE REPORT
Report ⟦?case number, no class|AB-25-0417⟧    Faxed by ED: ⟦?fax receipt stamp (log metadata)|2025-06-03 16:42⟧

VICTIM: ⟦name|CALLOWAY, Juniper R.⟧   DOB ⟦date|«dob»⟧ (⟦!age under 90|9 y⟧), F
Parent: ⟦name|Dashiell Calloway⟧ (father), cell ⟦phone|«ph1»⟧
Home: ⟦addr|2218 W Mulberry St, Apt 4⟧, Fort Collins CO ⟦zip|80521⟧
Insurance: Front Range Health Plan, member ⟦plan|«member»⟧, group ⟦?group number|«group»⟧

EXPOSURE: ⟦date|Tue 06/03/2025⟧ about 14:15 on ⟦?public place of the bite, not a home address|Spring Creek Trail at the Lemay Ave underpass⟧. Unprovoked per father; ⟦name|Juniper⟧ was walking ahead on the trail.
Wounds: category III, two punctures dorsal left hand ⟦icd|S61.451A⟧; bitten by dog ⟦icd|W54.0XXA⟧.
Seen at Ridgeway Memorial ED by ⟦name|Anneliese Moreau-Whitfield⟧, MD, NPI ⟦npi|«npi»⟧.
PEP: HRIG + vaccine dose 1 on ⟦date|06/03/2025⟧; doses 2-4 due ⟦?date without a year|6/6⟧, ⟦?date without a year|6/10⟧ and ⟦?date without a year|6/17⟧.

ANIMAL: dog, Australian shepherd mix, "⟦!the dog's name, not a person|Biscuit⟧", about 3 yrs, neutered male
Rabies tag ⟦!rabies tag number|2024-11873⟧, vaccinated ⟦?the dog's vaccination date (about the animal)|08/19/2024⟧, 3-yr vaccine lot ⟦!vaccine lot|398C2⟧
Microchip ⟦!microchip number, not a card (fails Luhn)|«chip»⟧
OWNER: ⟦name|Marisol Etxeberria-Quint⟧, Colorado DL ⟦dl|«dl»⟧
⟦addr|1147 Peachtree Ct⟧, Fort Collins CO ⟦zip|80525⟧ - ⟦phone|«ph2»⟧ - ⟦email|metxeberria.q@example.net⟧

Officer notes (ACO ⟦name|Bartholomew "Bart" Nwankwo-Hale⟧, badge ⟦?badge number, no class|3317⟧): reached Ms. ⟦name|Etxeberria-Quint⟧ by phone at 18:05. She says ⟦!the dog's name, not a person|Biscuit⟧ is current on shots and was off leash "two minutes, tops". Home quarantine through ⟦date|06/13/2025⟧; release exam by Dr. ⟦name|Pruitt⟧ at Horsetooth Veterinary, ⟦?veterinary clinic's line (business)|«ph3»⟧. ⟦name|Bart⟧ rechecks on day 10.
"""
    return t, v


def extra_check(text, values):
    assert re.fullmatch(r"\d{2}-\d{3}-\d{4}", values["dl"]), "Colorado licence shape"
    assert "Tue 06/03/2025" in text and "06/13/2025" in text  # 10 days after the bite
