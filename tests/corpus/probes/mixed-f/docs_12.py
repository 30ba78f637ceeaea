# doc12: hard negative, no gold — specimen-collection manual excerpt + interface release note


def make(g):
    values = {
        "commit": g.hex(40),
        "short": g.hex(9),
    }
    t = """NORTH BAY REFERENCE LABORATORY — SPECIMEN COLLECTION MANUAL, section 4 (rev. ⟦!manual revision|4.7⟧, effective ⟦!document effective date (not about a person)|2025-10-01⟧)
CLIA ⟦?laboratory CLIA number|05D2091847⟧ · CAP ⟦?laboratory CAP number|7203915⟧ · Client Services ⟦?laboratory client-services number (business contact)|(510) 555-0190⟧

4.2 Order of draw (⟦!standard document number|CLSI GP41-Ed7⟧)
  1. blood culture bottles (aerobic, then anaerobic)     4. green — lithium heparin (plasma chemistry)
  2. light blue — 3.2% sodium citrate (fill to line!)    5. lavender — K2EDTA (CBC, HbA1c, ⟦!eponymous stain|Wright⟧-stained smear)
  3. red / gold SST — serum (invert 5×, clot 30 min)     6. gray — sodium fluoride / K oxalate (glucose, lactate)
4.3 Tests with special handling
  ⟦!eponymous test|Kleihauer-Betke⟧ — lavender, room temp, ≤ 72 h.   ⟦!eponymous method|Westergren⟧ ESR — black 3.8% citrate, ≤ 4 h.
  Direct ⟦!eponymous test|Coombs⟧ (DAT) — lavender.   AFB smear (⟦!eponymous stain|Ziehl-Neelsen⟧) — sterile cup, 3 first-morning sputa.
  ⟦!eponymous test|Cockcroft-Gault⟧ CrCl is NOT reported; eGFR uses ⟦!equation name|CKD-EPI 2021⟧.
  Ammonia — green on ice, analyse within 30 min. 24-h urine — keep refrigerated, record start/stop times on the jug.
4.4 Reference intervals (adult): K ⟦!reference range|3.5–5.1 mmol/L⟧ · Na ⟦!reference range|136–145 mmol/L⟧ · TSH ⟦!reference range|0.45–4.50 mIU/L⟧ · Hb (F) ⟦!reference range|12.0–15.5 g/dL⟧
  Critical values are phoned to the ordering location within 30 min; read-back required. Ages ⟦!age bracket, not a person|90 and over⟧: same intervals.
  Medical-necessity examples (generic, no patient): ⟦!ICD-10 code in a generic list, no patient|Z13.1⟧ diabetes screening, ⟦!ICD-10 code in a generic list, no patient|E78.5⟧ hyperlipidemia. CPT ⟦!CPT code|80053⟧, ⟦!CPT code|83036⟧.
  Tube lot in use: ⟦!tube lot number|Lot 3190417⟧, exp ⟦?tube lot expiry (expiry rule)|2026-06-30⟧.

─────────────────────────────────────────────
RELEASE NOTE — LabLink Interface Engine ⟦!software version|7.4.2⟧ (build ⟦!build number (dotted, not an IP)|7.4.2.1187⟧)
Released ⟦!software release date|November 18, 2025⟧ · build ⟦!build timestamp|2025-11-17T22:41:09Z⟧ · commit ⟦!commit hash|«commit»⟧
Applies to: analyzer bridge fw ⟦!firmware version that looks like a private IPv4 address|10.2.0.14⟧ and later; middleware ⟦!firmware/middleware version that looks like an IPv4 address|4.12.0.3⟧; HL7 ⟦!HL7 version|v2.5.1⟧; ASTM ⟦!standard document number|E1394-97⟧.
Fixed
  • ORU^R01 OBX-5 truncated at 200 chars for comments (⟦!ticket number|LL-4471⟧).
  • Sample ID with leading zeros lost on re-query (⟦!ticket number|LL-4502⟧); accession format ⟦!accession number format example|25-334-00871⟧ now kept.
  • PID-3 mapping when the test patient ⟦!HL7 test patient name|ZZTEST^PATIENT^QC⟧ is sent from the analyzer QC channel.
Known issues
  • Clock drift > 2 s on the bridge appliance; NTP server default ⟦!vendor default NTP address in a release note (documentation range)|192.0.2.123⟧.
  • Upgrade path from 6.x requires patch ⟦!patch number|P-7.3.9-02⟧ first (part no. ⟦!part number|04P65-10⟧, kit ⟦!part number|LL-KIT-220⟧).
Checksums: sha256 of installer ⟦!installer hash prefix|«short»⟧… · Support: ⟦?vendor support e-mail (business contact)|support@lablink.example.com⟧
"""
    return t, values
