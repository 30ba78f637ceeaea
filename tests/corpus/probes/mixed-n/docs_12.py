"""doc12: hard negative, no gold: a steam sterilizer's cycle printout and biological-indicator log."""
import re

import make as H

GENRE = ("hard negative, no gold: a sterile-processing department's steam sterilizer cycle printout and "
         "load record (sterilizer serial and a software version shaped like an IPv4 address, cycle and load "
         "numbers, the cycle date with its weekday, phase times, temperatures and pressures, a Bowie-Dick "
         "test, biological-indicator and integrator lots with expiry, a 16-digit load control number, an "
         "implant tray with a catalogue number shaped like an NPI, a part number shaped like an SSN, a "
         "ten-digit work order, an error code shaped like an ICD-10 code, the data logger's address and MAC, "
         "policy and standard dates, the next maintenance date, the manufacturer's service line and a "
         "technician ID, washer detergent dosing and rinse values); pasted with a request for the weekly "
         "log entry and an early-release question")

NOTES = ("No gold: no date, number or name is about a person. The cycle date `Tue 10/21/2025`, the last "
         "positive BI date and the maintenance date `Mon 11/17/2025` are equipment dates (negatives; "
         "weekdays checked), the policy "
         "date and `ST79:2017` negatives; the BI lot expiry is ambiguous (expiry rule). `5.2.0.41` is a "
         "software version (negative whose reason says it is not an IP). The serial number and the work "
         "order (ten digits) are negatives whose reasons say they are not phone numbers; the catalogue "
         "number (`1` + 9 digits) fails the NPI check and the 16-digit load control number fails Luhn "
         "(`extra_check` verifies both); the part number `102-55-0199` is SSN-shaped (negative, not an "
         "SSN); `E45.2` is an error code shaped like an ICD-10 code (negative); the cycle number is "
         "ZIP-shaped (negative). `Bowie-Dick` is an eponymous test (negative); detergent dosing, pH and rinse "
         "values are unlabelled (`90 °C` is a temperature, not an age). The data logger's private "
         "address and its MAC are ambiguous (infrastructure, not a person), as are the manufacturer's "
         "service line and the technician ID. `extra_check` also checks that the sterilize phase lasts the "
         "programmed 4:00 and that the phases run in order.")

DATE_ORDER = "MDY"


def make(g):
    while True:
        ctl = "47" + g.digits(14)
        if not H.luhn_ok(ctl):
            break
    while True:
        cat = "1" + g.digits(9)
        if not H.npi_ok(cat):
            break
    v = {"ctl": " ".join(ctl[i:i + 4] for i in range(0, 16, 4)), "cat": cat,
         "sn": "36" + g.digits(8), "wo": "71" + g.digits(8), "mac": g.mac(),
         "svc": "(800) 555-" + g.phone_tail()}
    tpl = """Can you turn this into our weekly sterilizer log entry, and tell me whether load 3 can be released before the biological indicator is read at 24 h? It has an implant tray.

STERILIZER 3 - CYCLE PRINTOUT (Vantor V-9 steam)
S/N ⟦!sterilizer serial number, not a phone number|«sn»⟧   Software ⟦!software version, not an IP address|5.2.0.41⟧
Date ⟦!cycle date (equipment record, not about a person)|Tue 10/21/2025⟧   Cycle ⟦!cycle number (ZIP-shaped)|04417⟧   Load L3
Program: PREVAC 270F, sterilize 4:00, dry 20:00
  08:14:02  CONDITION   1.9 PSIA
  08:21:47  STERILIZE   270.4 F  30.2 PSIG
  08:25:47  EXHAUST     271.3 F max, 270.1 F min
  08:46:02  COMPLETE    PASS
Daily air-removal test 06:45: ⟦!eponym (air-removal test)|Bowie-Dick⟧ PASS.
Biological indicator lot ⟦!BI lot number|2508117⟧, exp ⟦?BI lot expiry (expiry rule)|2026-08⟧; control vial same lot, incubated at 08:50.
Washer-disinfector before packing: enzymatic detergent 2 mL/L (1:500), pH 10.8, thermal rinse 90 °C for 1 min (A0 600).
Chemical integrator: Class 5, PASS. Load control number ⟦!load control number, fails Luhn, not a card|«ctl»⟧.
Implant tray: small-fragment plate set, catalogue ⟦!catalogue number, fails the NPI check, not a phone number|«cat»⟧; replacement drill guide part ⟦!part number, not an SSN|102-55-0199⟧ on work order ⟦!work order number, not a phone number|«wo»⟧.
Cleared alarm ⟦!sterilizer error code shaped like an ICD-10 code|E45.2⟧ (door gasket) at 06:30. Last positive BI on this sterilizer: ⟦!equipment event date (not about a person)|03/02/2024⟧ (wet pack). The case needing the tray starts at 14:00 in OR 6.
Data logger ⟦?equipment network address (infrastructure)|10.12.40.7⟧, MAC ⟦?equipment network adapter (infrastructure, not a person)|«mac»⟧.
Policy SPD-114, effective ⟦!policy effective date|01/15/2024⟧: implants are quarantined until the BI is negative; emergency release only with a passing Class 5 integrator and the exception form (⟦!standard citation|ANSI/AAMI ST79:2017⟧).
Next preventive maintenance ⟦!maintenance date (equipment, not about a person)|Mon 11/17/2025⟧. Vantor service ⟦?manufacturer service line (business)|«svc»⟧. Operator ⟦?technician ID (employee ID)|T-117⟧.
"""
    return tpl, v


def _sec(t):
    h, m, s = map(int, t.split(":"))
    return h * 3600 + m * 60 + s


def extra_check(text):
    errs = []
    ctl = re.search(r"Load control number ([\d ]+)\.", text)
    cat = re.search(r"catalogue (\d{10})", text)
    if not (ctl and cat):
        return ["doc12 fields not found"]
    if H.luhn_ok(ctl.group(1).replace(" ", "")):
        errs.append("load control number passes Luhn")
    if H.npi_ok(cat.group(1)):
        errs.append("catalogue number passes the NPI check")
    phases = re.findall(r"^  (\d\d:\d\d:\d\d)  (\w+)", text, re.M)
    secs = [_sec(t) for t, _ in phases]
    if secs != sorted(secs):
        errs.append("phases out of order")
    d = dict((p, _sec(t)) for t, p in phases)
    prog = re.search(r"sterilize (\d+):(\d\d)", text)
    if d.get("EXHAUST", 0) - d.get("STERILIZE", 0) != int(prog.group(1)) * 60 + int(prog.group(2)):
        errs.append("sterilize phase does not last the programmed time")
    return errs


def broken(text):
    out = [text.replace("08:25:47  EXHAUST", "08:24:47  EXHAUST"),
           text.replace("08:46:02  COMPLETE", "08:06:02  COMPLETE")]
    m = re.search(r"Load control number ([\d ]+)\.", text)
    digits = m.group(1).replace(" ", "")
    fixed = digits[:-1] + H.luhn_digit(digits[:-1])
    out.append(text.replace(m.group(1), " ".join(fixed[i:i + 4] for i in range(0, 16, 4))))
    m = re.search(r"catalogue (\d{10})", text)
    c = m.group(1)[:-1] + H.luhn_digit("80840" + m.group(1)[:-1])
    out.append(text.replace(m.group(1), c))
    return out
