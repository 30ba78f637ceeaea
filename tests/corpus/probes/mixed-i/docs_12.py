GENRE = """hard negative, no gold: a phase 2 clinical trial protocol synopsis (NCT and EU CT numbers,
   protocol version dates, investigational product codes, eligibility criteria with ages and lab
   thresholds, a visit schedule in study days with windows, a statistical plan), pasted with a request
   to draft the eligibility checklist"""

NOTES = """* **Hard negative** (doc12). No gold. The NCT number, EU CT number, IND number, protocol ID and
  version, product and comparator codes, MedDRA version, eligibility ages (`18 to 85 years`, `age ≥ 86`), lab thresholds, study days and windows, sample size and statistical
  values are negatives. Protocol version dates and the amendment date are document dates (negative,
  weekdays checked); no date is about a person. The sponsor's address and the IWRS help-desk line
  are ambiguous (business); the CRO's generic mailbox and the sponsor
  named after a person are ambiguous; the eponymous stopping boundary is a negative."""


def make(g):
    v = {'nct': 'NCT0' + g.d(7), 'ind': g.d(6), 'iwrs': '1-866-555-' + g.line()}
    t = """Using the synopsis below, draft a one-page eligibility checklist (inclusion/exclusion, yes/no boxes) that site coordinators can use at screening. Flag anything ambiguous.

PROTOCOL SYNOPSIS - ⟦!protocol ID|KLR-207-02⟧
A Phase 2, randomized, double-blind, placebo-controlled study of ⟦!investigational product code|KLR-207⟧ in adults with chronic kidney disease and hyperkalemia
Registry: ⟦!trial registry number|«nct»⟧ · EU CT ⟦!EU CT number|2024-518833-27-00⟧ · IND ⟦!IND number|«ind»⟧
Version ⟦!protocol version|4.0⟧, ⟦!document date (protocol version)|Monday, 12 May 2025⟧ (supersedes v3.1 of ⟦!document date (protocol version)|3 February 2025⟧); Amendment 2 effective ⟦!document date (amendment)|2025-06-02⟧
Sponsor: ⟦?company named after a person|Kellerman Renal Therapeutics⟧, ⟦?sponsor address (business)|400 Technology Square⟧, Cambridge, MA · IWRS help desk ⟦?IWRS help-desk line (business)|«iwrs»⟧ · CRO mailbox ⟦?CRO generic mailbox (business)|klr207.sites@cro.example.com⟧

Objectives: primary - change in serum potassium from baseline to ⟦!study day|Day 28⟧; secondary - proportion with K+ < 5.1 mmol/L at ⟦!study day|Day 56⟧, time to rescue therapy, safety.

Inclusion: (1) age ⟦!eligibility age range|18 to 85 years⟧; (2) eGFR ⟦!lab threshold|15-59 mL/min/1.73 m²⟧; (3) serum K+ ⟦!lab threshold|≥ 5.5 mmol/L⟧ on two occasions ≥ 24 h apart; (4) stable RAAS inhibitor dose ≥ 4 weeks; (5) signed consent.
Exclusion: (1) K+ ⟦!lab threshold|> 6.5 mmol/L⟧ or ECG changes; (2) dialysis or expected within 3 months; (3) HbA1c ⟦!lab threshold|> 10%⟧; (4) ALT or AST ⟦!lab threshold|> 3 × ULN⟧; (5) platelets ⟦!lab threshold|< 100 × 10^9/L⟧; (6) pregnancy; (7) participation in another trial within 30 days; (8) age ≥ 86 at screening.

Treatment: ⟦!investigational product code|KLR-207⟧ 8.4 g or placebo, once daily with breakfast, 56 days; rescue with ⟦!comparator code|SZC-10⟧ per site standard.

Visit schedule (study days, windows):
Screening ⟦!study day|Day -14 to -1⟧ | Randomization ⟦!study day|Day 1⟧ | ⟦!study day|Day 3 ±1⟧ | ⟦!study day|Day 7 ±2⟧ | ⟦!study day|Day 14 ±3⟧ | ⟦!study day|Day 28 ±3⟧ | ⟦!study day|Day 56 ±3⟧ (EOT) | Follow-up ⟦!study day|Day 84 ±7⟧
Labs at every visit: BMP, Mg; ECG at Day 1, 28, 56; PK sampling at Day 1 (pre-dose, 2 h, 6 h) and Day 28 trough.

Statistics: ⟦!sample size|n = 168⟧ (84 per arm) gives 90% power to detect a 0.4 mmol/L difference (SD 0.8), two-sided ⟦!statistical value|α = 0.05⟧, allowing 12% dropout. Primary analysis: MMRM on the mITT set; sensitivity with multiple imputation. Adverse events coded with ⟦!MedDRA version|MedDRA 27.1⟧. Interim futility look after 50% reach Day 28 (non-binding, ⟦!statistical method eponym|O'Brien-Fleming⟧).
"""
    return t, v
