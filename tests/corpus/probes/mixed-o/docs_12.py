# -*- coding: utf-8 -*-
"""doc12: hard negative, no gold: an MRI scanner's weekly safety and QA log."""
import datetime
import re

GENRE = """hard negative, no gold: an MRI scanner's weekly safety and quality-control log (1.5 tesla magnet): the policy number and revision month, scanner serial (ZIP-shaped), a software build shaped like an IPv4 address, a 16-digit asset tag, the log week with weekdays, helium level, boil-off and compressor hours, the booked helium fill with its weekday and a ten-digit work order, the Larmor (centre) frequency, Faraday-cage attenuation, the re-marked 5-gauss line and its date, ACR phantom measurements, SNR, an error code shaped like an ICD-10 code, a part number shaped like an SSN, the ferromagnetic detector's firmware shaped like an IPv4 address, a contrast lot and expiry, a sedation rule for an age band, the data logger's private address and documentation MAC, the vendor's service line, a field-engineer ID, a phantom catalogue number shaped like an NPI, the standard and the QC manual's year; pasted by the MR safety officer with a request for a summary and a question about postponing the helium fill"""

NOTES = """No gold: no date, number or name is about a person. The log week `Mon 10/13/2025` – `Fri 10/17/2025`, the 5-gauss line's re-marking date and the helium fill `Tue 11/04/2025` are equipment dates (negatives; weekdays checked), the policy revision month `03/2024` a document date (negative) and the QC manual's `2015` year-only (negative); the contrast lot's expiry is ambiguous (expiry rule). `11.0.4.23` (software build) and `2.4.1.9` (detector firmware) are public-looking dotted quads and negatives whose reasons say they are not IPs. The serial `48112` is ZIP-shaped (negative); the 16-digit asset tag fails Luhn and the phantom catalogue number (`1` + 9 digits) fails the NPI check (`extra_check` verifies both; the catalogue number and the ten-digit work order are labelled as not phone numbers); `321-54-0987` is a part number shaped like an SSN (negative); `E20.4` is an error code shaped like an ICD-10 code (negative). Eponymous units and physics terms (new in set O): `tesla`, `gauss`, `Larmor` and `Faraday` are negatives, like eponymous scales. `90 years and older` is an age band in a policy rule (negative, not a person's age); `93.4 %` (uniformity), `102 dB`, the contrast dose and the eGFR threshold are measurements (unlabelled). The data logger's private address and its MAC are ambiguous (infrastructure, not a person), as are the vendor's service line and the field-engineer ID. `extra_check` checks that the helium loss over the week projects the 60% fill threshold more than a week past the booked fill (the question), that the booked fill falls after the log week, and the two failing checksums."""


def make(g):
    v = {'asset': g.bad_luhn(16, '7'), 'cat': g.bad_npi()}
    T = """Summarize this week's MRI 2 log for the imaging director, and tell me whether the helium fill booked for Tuesday can wait another week.

MR SAFETY & QUALITY LOG – MRI 2 (1.5 ⟦!eponymous SI unit|tesla⟧), Imaging Pavilion B
Policy ⟦!policy number|MR-SAF-014⟧ rev. ⟦!policy revision month (document date)|03/2024⟧ · serial ⟦!scanner serial number (ZIP-shaped)|48112⟧ · software ⟦!software build, not an IP address|11.0.4.23⟧ · asset tag ⟦!asset tag (fails Luhn)|«asset»⟧
Week: ⟦!equipment log date, not about a person|Mon 10/13/2025⟧ – ⟦!equipment log date, not about a person|Fri 10/17/2025⟧

CRYOGENS
Helium level 71.8 % (Mon) to 71.4 % (Fri); boil-off 0.00 L/h (zero boil-off system); compressor 48,213 h.
Fill threshold 60 %. Helium fill booked ⟦!equipment service date|Tue 11/04/2025⟧, work order ⟦!work order number, not a phone number|4100287765⟧.

FIELD AND RF
Centre (⟦!eponymous physics term|Larmor⟧) frequency 63.861 MHz, drift +0.4 ppm/week. ⟦!eponym (Faraday cage)|Faraday⟧ cage attenuation 102 dB at 64 MHz. 5-⟦!eponymous unit|gauss⟧ line re-marked after the floor refinish on ⟦!facility work date, not about a person|10/15/2025⟧.

ACR LARGE PHANTOM (head coil, 20 ch)
Geometric accuracy 190.2/147.6 mm; high-contrast resolution 0.9 mm; slice thickness 5.1 mm; slice position -1.2 mm; PIU 93.4 %; ghosting 0.6 %; low-contrast spokes 37; SNR 212 (baseline 219).

EVENTS
Error ⟦!error code shaped like an ICD-10 code|E20.4⟧ gradient amplifier over-temperature, cleared by chiller reset; filter part ⟦!part number shaped like an SSN|321-54-0987⟧ replaced. Ferromagnetic detector firmware ⟦!firmware version, not an IP address|2.4.1.9⟧. Zone IV door interlock and quench pipe checked.
Contrast: gadobutrol 0.1 mL/kg, lot ⟦!contrast lot number|84210537⟧, exp ⟦?lot expiry (expiry rule)|2027-03⟧; eGFR of 30 mL/min/1.73 m² or more, or a radiologist's approval.
Sedation rule: patients ⟦!age band in a policy rule, not a person's age|90 years and older⟧ need an anesthesia consult.
Data logger ⟦?logger address (infrastructure)|10.60.4.21⟧, MAC ⟦?logger MAC (infrastructure, not a person)|00:00:5E:00:53:91⟧. Vendor service line ⟦?vendor service line (business)|1-800-555-0199⟧, field engineer ⟦?field engineer ID|FE-2291⟧. Phantom catalogue no. ⟦!catalogue number (fails the NPI check), not a phone number|«cat»⟧.
Standard ⟦!standard|IEC 60601-2-33:2022⟧; ACR MRI QC Manual ⟦!year only|2015⟧.
"""
    return T, v


def extra_check(text):
    E = []
    lv = re.search(r'Helium level ([\d.]+) % \(Mon\) to ([\d.]+) % \(Fri\)', text)
    thr = re.search(r'Fill threshold (\d+) %', text)
    wk = re.search(r'Week: Mon (\d\d)/(\d\d)/(\d{4}) – Fri (\d\d)/(\d\d)/(\d{4})', text)
    fill = re.search(r'fill booked Tue (\d\d)/(\d\d)/(\d{4})', text)
    if not all([lv, thr, wk, fill]):
        return ['log fields missing']
    a, b = float(lv.group(1)), float(lv.group(2))
    start = datetime.date(int(wk.group(3)), int(wk.group(1)), int(wk.group(2)))
    end = datetime.date(int(wk.group(6)), int(wk.group(4)), int(wk.group(5)))
    f = datetime.date(int(fill.group(3)), int(fill.group(1)), int(fill.group(2)))
    per_day = (a - b) / (end - start).days
    if per_day <= 0:
        E.append('no helium loss to project')
    else:
        reach = end + datetime.timedelta(days=(b - int(thr.group(1))) / per_day)
        if reach <= f + datetime.timedelta(days=7):
            E.append('threshold reached before the postponed fill')
    if f <= end:
        E.append('fill is not after the log week')
    tag = re.search(r'asset tag (\d{16})', text)
    cat = re.search(r'catalogue no\. (\d{10})', text)
    if not tag or H.luhn_ok(tag.group(1)):
        E.append('asset tag passes Luhn')
    if not cat or H.npi_ok(cat.group(1)):
        E.append('catalogue number passes the NPI check')
    return E


def broken(text):
    tag = re.search(r'asset tag (\d{16})', text).group(1)
    fixed = tag[:-1] + [c for c in '0123456789' if H.luhn_ok(tag[:-1] + c)][0]
    cat = re.search(r'catalogue no\. (\d{10})', text).group(1)
    cfix = cat[:-1] + [c for c in '0123456789' if H.npi_ok(cat[:-1] + c)][0]
    return [
        ('asset tag passing Luhn', text.replace(tag, fixed, 1)),
        ('catalogue number passing the NPI check', text.replace(cat, cfix, 1)),
        ('helium falling fast', text.replace('to 71.4 % (Fri)', 'to 61.4 % (Fri)', 1)),
        ('wrong weekday', text.replace('Tue 11/04/2025', 'Wed 11/04/2025', 1)),
    ]
