"""Doc 12: hard negative, no gold. Drug monograph excerpt plus a public statistics table."""


def make(g):
    v = {
        "medinfo": "1-%s-%s-%s" % g.phone("855"),
        "gtin": g.card_bad("003000308942", 14),
        "monoid": g.npi_bad("1"),
    }
    t = """Summarize the renal-impairment dosing for apixaban from this monograph excerpt as a short table, and check the interaction section against the strong CYP3A4 inhibitor list I pasted at the bottom. Is anything missing?

APIXABAN - Drug Monograph (excerpt)       ClinRef ⟦!database version (dotted run)|2025.4.1.0⟧ · Monograph ID ⟦!record ID, NPI-shaped but fails Luhn|«monoid»⟧
Brand: ⟦!drug brand|Eliquis⟧ (⟦?company named after people|Bristol-Myers Squibb⟧ / ⟦?company named after a person|Pfizer⟧). Class: direct factor Xa inhibitor.

DOSING (ADULTS)
| Indication                        | Usual dose                          | Adjustment |
| Nonvalvular AF                    | 5 mg twice daily                    | 2.5 mg twice daily if at least 2 of: ⟦!age threshold (under 90)|age ≥ 80 years⟧, weight ≤ 60 kg, serum creatinine ≥ 1.5 mg/dL |
| DVT/PE treatment                  | 10 mg twice daily × 7 days, then 5 mg twice daily | none |
| DVT/PE prophylaxis, hip replacement | 2.5 mg twice daily for 35 days    | none |

Renal impairment (CrCl by ⟦!eponym|Cockcroft-Gault⟧): no adjustment for renal function alone, including CrCl ⟦!CrCl cut-off|15-29 mL/min⟧. ESRD on dialysis: 5 mg twice daily; 2.5 mg twice daily if age ≥ 80 years or weight ≤ 60 kg. Limited data below CrCl 15 mL/min.

INTERACTIONS
Substrate of CYP3A4 and P-gp.
- Combined strong CYP3A4 and P-gp inhibitors (ketoconazole, itraconazole, ritonavir, clarithromycin): reduce the dose by 50% when the dose is 5 mg or 10 mg twice daily; avoid if already on 2.5 mg twice daily.
- Combined strong CYP3A4 and P-gp inducers (rifampin, carbamazepine, phenytoin, ⟦!saint's name (herbal product)|St. John's wort⟧): avoid.
- Antiplatelets, NSAIDs, SSRIs/SNRIs: increased bleeding risk.

KEY TRIALS: ⟦!trial acronym|ARISTOTLE⟧ (n = 18,201), AVERROES, AMPLIFY, ADVANCE-2.

HOW SUPPLIED
| Strength | NDC          | Tablet |
| 2.5 mg   | ⟦!NDC|0003-0893-21⟧ | yellow, round, "893" / "2½" |
| 5 mg     | ⟦!NDC|0003-0894-21⟧ | pink, oval, "894" / "5" |
Carton GTIN ⟦!GTIN-length number, Luhn-invalid|«gtin»⟧. Store at 20 °C to 25 °C. Label revised ⟦!label revision date|4/2025⟧.
Medical information: ⟦?manufacturer line (business)|«medinfo»⟧

REFERENCES
1. ⟦?public author names (citation)|Granger CB, Alexander JH, McMurray JJV⟧, et al. Apixaban versus warfarin in patients with atrial fibrillation. N Engl J Med. ⟦!citation year and pages|2011;365(11):981-992⟧.
2. ⟦?public author names (citation)|Agnelli G, Buller HR, Cohen A⟧, et al. Oral apixaban for the treatment of acute venous thromboembolism. N Engl J Med. 2013;369(9):799-808.
3. ⟦?public author names (citation)|Siontis KC, Zhang X, Eckard A⟧, et al. Outcomes associated with apixaban use in patients with end-stage kidney disease and atrial fibrillation in the United States. Circulation. 2018;138(15):1519-1529.

STROKE DEATHS BY AGE GROUP, ONE STATE, ⟦!year only|2023⟧ (public vital-statistics extract; rates per 100,000)
| Age group | Deaths | Crude rate |
| 65-74     | 1,148  | 61.2       |
| 75-84     | 2,087  | 231.9      |
| ⟦!population age band|85-89⟧     | 1,402  | 688.4      |
| ⟦!population age band|90+⟧       | 1,731  | 1,392.5    |

My list (strong CYP3A4 inhibitors): clarithromycin, itraconazole, ketoconazole, nefazodone, posaconazole, ritonavir, voriconazole.
"""
    return t, v
