"""doc12: hard negative - an infusion pump operator's manual excerpt (no gold)."""
import re

GENRE = """hard negative, no gold: a large-volume infusion pump's operator manual excerpt (document
   number and revision date, software and drug-library versions, an alarm-code table with an alarm
   code shaped like an ICD-10 code and a ten-digit event code, a worked weight-based heparin example,
   a geriatric caution by age band, specifications, network defaults with a private address, subnet
   mask and the documentation example MAC, a default service PIN, the UDI with its GTIN, expiry and
   lot, standards and FCC ID, the manufacturer named after its founders with its German address and
   postcode, the US support line and mailbox, a field safety notice date), pasted with a request for a
   laminated quick card"""

NOTES = """* **Hard negative** (doc12). No gold. The revision date with its weekday (checked) and the field
  safety notice date are document dates (negative); the software version `4.2.1.17` (a dotted quad
  that is a public-looking IPv4), the subnet mask and the factory-default private address are
  negatives, as is the documentation MAC used in the manual's screenshots and the default service
  PIN. Alarm codes, including `E11.2` (shaped like an ICD-10 category) and the ten-digit example event
  code (phone-shaped, labelled as not a phone number), are negatives; so are the flow rates, the dose
  example, the specifications, the UDI with its GTIN (its own GS1 check digit is valid; make.py
  checks it), the standard, the FCC ID, the example serial number and the placeholder test patient.
  `90 years and older` is a population age band (negative, not a person's age). Eponyms (`Luer-lock`,
  `Murphy drip chamber`, `Trendelenburg`) are negatives. The manufacturer named after people, its
  address and German postcode (five digits, ZIP-shaped), the support line and the support mailbox are
  ambiguous (business)."""

DATE_ORDER = "MDY"


def gs1_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def make(g):
    body = "0081234" + g.digits(6)
    gtin = body + gs1_check(body)
    values = dict(gtin=gtin, lot="A24K" + g.digits(3), event=g.digits(10, "7"),
                  serial="SN 3000-%s-%s" % (g.digits(4), g.digits(4)))
    tpl = """From the pump's operator manual (section 7 troubleshooting and section 9 specifications). Summarise the alarm codes into a laminated quick card for the med-surg floors, one line per alarm, plus the three specs nurses actually ask about.

VoluMed LVP-300 Large-Volume Infusion Pump - Operator's Manual
Document ⟦!document part number|OM-LVP300-EN⟧ Rev. F, ⟦!document revision date, not about a person|Monday, November 18, 2024⟧
Software ⟦!software version (a dotted quad, not an IP address)|4.2.1.17⟧ | Drug library format ⟦!drug library version|DL 2025.02.1⟧

7 TROUBLESHOOTING
Code     Message               Cause / action
⟦!pump alarm code|E-107⟧    DOWNSTREAM OCCLUSION  Clamp closed or tubing kinked below the pump. Open the clamp, check the ⟦!eponym (connector type)|Luer-lock⟧ connection, press RESUME.
⟦!pump alarm code|E-112⟧    UPSTREAM OCCLUSION    ⟦!eponym (device part)|Murphy drip chamber⟧ overfilled or roller clamp closed above the pump.
⟦!pump alarm code shaped like an ICD-10 code|E11.2⟧    AIR-IN-LINE           Single bubble over ⟦!specification|50 microliters⟧. Prime the line, do not tap the cassette.
⟦!pump alarm code|W-04⟧     INFUSION NEAR END     Less than 5 mL or 5 minutes left.
⟦!pump alarm code|W-09⟧     BATTERY LOW           About 30 minutes left at ⟦!flow rate|125 mL/h⟧. Plug in.
⟦!pump alarm code|E-301⟧    DOOR OPEN             Close the door fully until it clicks.
⟦!pump alarm code|E-900⟧    SYSTEM ERROR          Note the 10-digit event code on the screen (for example ⟦!example event code, not a phone number|«event»⟧), remove the pump from service and call Biomedical Engineering.

Worked example, weight-based heparin: ⟦!example dose calculation|18 units/kg/h x 70 kg = 1,260 units/h⟧; with 25,000 units in 250 mL the pump runs at ⟦!flow rate|12.6 mL/h⟧. The pump does not use patient age; the geriatric caution in section 3 applies to patients ⟦!population age band, not a person's age|90 years and older⟧. Do not hang the pump below the patient in ⟦!eponym (position)|Trendelenburg⟧ position.

9 SPECIFICATIONS
Flow rate ⟦!specification|0.1-999 mL/h⟧, accuracy +/-5%; VTBI 0.1-9999 mL; KVO 1 mL/h
Occlusion pressure: 3 levels, 6-20 psi. Battery: Li-ion, ⟦!specification|6 h at 125 mL/h⟧
Network: 802.11 a/b/g/n; factory default ⟦!factory default address, not a person's|192.168.0.50⟧, mask ⟦!subnet mask|255.255.255.0⟧; screenshots show MAC ⟦!documentation example MAC in a manual|00:00:5E:00:53:00⟧
Default service PIN ⟦!factory default service PIN|7410⟧ (change it at installation). Example label: ⟦!example serial number|«serial»⟧, patient ID ⟦!placeholder test patient|TEST, PATIENT⟧
UDI ⟦!UDI string (GTIN, expiry, lot)|(01)«gtin»(17)270331(10)«lot»⟧
Complies with ⟦!standard designation|IEC 60601-2-24:2012⟧. FCC ID ⟦!FCC ID|2AB9Q-LVP300⟧. Field safety notice ⟦!field safety notice number|FSN-2024-011⟧ of ⟦!document date, not about a person|2024-09-30⟧ is included in this revision.
Manufacturer: ⟦?manufacturer named after people|Hoffmann-Kessler Medical GmbH⟧, ⟦?manufacturer address (business)|Industriestrasse 14⟧, ⟦?German postcode (foreign, business)|78532⟧ Tuttlingen, Germany. US technical support ⟦?manufacturer support line (business)|1-800-555-0143⟧, ⟦?manufacturer support mailbox (business)|lvp-support@example.com⟧.
"""
    return tpl, values


def extra_check(text, spans):
    m = re.search(r"\(01\)(\d{14})\(17\)", text)
    if not m:
        return ["no UDI with a GTIN found"]
    if gs1_check(m.group(1)[:13]) != m.group(1)[13]:
        return ["GTIN %s fails its GS1 check digit" % m.group(1)]
    return []
