"""doc4: police crash-report narrative plus a personal-injury firm's intake summary of it."""


def make(g):
    v = {}
    v["vin1"] = g.vin("5J6", "RW2H5", "K", "L")
    v["vin2"] = g.vin("1FT", "EW1EF", "G", "F")
    v["dl1"] = "S%s-%s-%s-%s" % (g.digits(3), g.digits(4, "0123456789"), g.digits(4, "0123456789"), g.digits(2, "0123456789"))
    v["dl2"] = "D%s-%s-%s" % (g.digits(3), g.digits(4, "0123456789"), g.digits(4, "0123456789"))
    v["p1"] = g.fmt(g.phone("414"), "paren")
    v["p2"] = g.fmt(g.phone("773"), "dash")
    v["pw"] = g.fmt(g.phone("414"), "dash")
    v["pc"] = g.fmt(g.phone("414"), "paren")
    v["d1"] = "⟦name|Dwayne Kessler⟧"
    v["badge"] = "⟦!officer badge number|2286⟧"
    v["pol1"] = "⟦?insurance policy number|BMX 44 1900772⟧"
    t = """I'm a paralegal. Check our intake summary against the police narrative below and list every discrepancy (names, times, vehicles, injuries). Don't rewrite anything else.

=== MILWAUKEE POLICE DEPT - WI MV4000 CRASH REPORT (NARRATIVE EXCERPT) ===
Document No.: ⟦?police report number (case number)|25-3081447⟧     District: 3     Rptg Officer: P.O. «d1» #«badge»
Crash Date: ⟦date|10/18/2025⟧   Time: 1742 hrs   Day: SAT   Light: DUSK   Road: DRY
Location: W NORTH AVE at N 60TH ST

UNIT 1  2019 HONDA CR-V  SIL  WI plate ⟦?licence plate (vehicle identifier, no class)|AKN-6614⟧  VIN ⟦vin|«vin1»⟧
  DRV: ⟦name|SOKOLOWSKI, RENATA J⟧  DOB ⟦date|03/08/1979⟧  WI DL ⟦dl|«dl1»⟧ CL D
       ⟦addr|2840 N 58TH ST⟧, MILWAUKEE WI ⟦zip|53210⟧  PH ⟦phone|«p1»⟧
       INS: Badger Mutual  POL «pol1»
  OCC 1 (front R): ⟦name|SOKOLOWSKI, OTTILIE M⟧  DOB ⟦date|01/29/1934⟧  ⟦age|91 YOA⟧  INJ: A  RESTR: belt
UNIT 2  2016 FORD F-150  BLK  IL plate ⟦?licence plate (vehicle identifier, no class)|BV 48213⟧  VIN ⟦vin|«vin2»⟧
  DRV: ⟦name|DELACROIX-HEYWARD, MARCUS T⟧  DOB ⟦date|11/30/1990⟧  IL DL ⟦dl|«dl2»⟧
       ⟦addr|1412 W TOUHY AVE APT 3⟧, CHICAGO IL ⟦zip|60626⟧  PH ⟦phone|«p2»⟧
       INS: Prairie State Casualty  POL ⟦?insurance policy number|PSC-7718-22904⟧
WITNESSES
  W1 ⟦name|NWANKWO-BARROS, PRISCILLA⟧ (pedestrian, NE corner)  PH ⟦phone|«pw»⟧
  W2 ⟦name|FERREIRA, GILBERTO⟧, MCTS operator, emp# ⟦!transit employee number|30418⟧, Route 21, bus ⟦!bus fleet number|5312⟧

NARRATIVE: On ⟦date|10/18/2025⟧ at approx 1742 hrs I responded to a 2-vehicle crash. Unit 2
(⟦name|Delacroix-Heyward⟧) was EB on W North Ave and struck Unit 1 (⟦name|Sokolowski⟧), which was
turning L onto N 60th St. Driver 2 stated "the light was yellow when I went." W1 ⟦name|Nwankwo-Barros⟧
stated Unit 2 entered on red; W2 ⟦name|Ferreira⟧ agreed. Driver 1 c/o neck pain, refused transport.
Occ 1 (⟦age|91 YOA⟧) c/o R hip pain, conveyed by MFD Med 12 to ⟦!saint's name (hospital)|St. Adalbert⟧ Medical Center.
Unit 2 cited ⟦!statute citation|346.37(1)(c)3 Wis. Stats.⟧, citation # ⟦?citation number (case number)|L5520917-3⟧.
P.O. «d1» #«badge» / approved Sgt. ⟦name|Aurelio Banda⟧ #⟦!officer badge number|1190⟧

--- our intake summary ---
⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY WORK PRODUCT⟧
⟦?law firm named after people|Brandvold & Mirza, S.C.⟧ - New Matter Intake (auto)
Intake date: ⟦date|Monday, October 27, 2025⟧
Client: ⟦name|Renata Sokolowski⟧ (driver, Unit 1), DOB ⟦date|3/8/1979⟧, cell ⟦phone|«pc»⟧,
  ⟦email|renata.sokolowski@example.com⟧. Home ⟦addr|2840 N 58th St⟧, ⟦zip|53210⟧.
Also representing: her grandmother ⟦name|Ottilie Sokolowski⟧, a ⟦age|91-year-old⟧ front-seat passenger;
  R hip fracture, ORIF at ⟦!saint's name (hospital)|St. Adalbert⟧ on ⟦date|10/19/2025⟧.
Date/time of loss: ⟦date|Sat 10/18/2025⟧, approx. 5:45 PM, W North Ave at N 60th St.
Adverse driver: ⟦name|Marcus Delacroix-Heywood⟧, 2016 Ford F-150, IL plate ⟦?licence plate (vehicle identifier, no class)|BV 48231⟧.
Adverse carrier: Prairie State Casualty, claim # ⟦?insurance claim number|PSC-C-25-118830⟧.
Client carrier: Badger Mutual, policy «pol1» (med-pay $5,000).
Witness: ⟦name|Priscilla Nwankwo-Barros⟧ - called ⟦?date without a year|10/24⟧, left voicemail.
MPD report requested ⟦date|10/20/2025⟧. Intake by ⟦name|Fenwick Oduya⟧, paralegal.
"""
    return t, v
