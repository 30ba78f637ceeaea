"""Doc 3: iCalendar export of a clinic day (folded per RFC 5545, escaped text values)."""


def make(g):
    def uid():
        h = g.hexkey(32)
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])

    p1, p2, p3 = g.phone("773"), g.phone("773"), g.phone("312")
    son = "%s-%s-%s" % p1
    cb = "(%s) %s-%s" % p2
    dau = "%s.%s.%s" % p3
    mrn1 = "RB-00" + g.digits(5)
    mrn2 = "RB-00" + g.digits(5)
    mrn3 = "RB-00" + g.digits(5)
    mbi = g.mbi()
    member = "W" + g.digits(9, "12345")
    group = g.digits(7) + "-010"
    lines = []
    add = lines.append

    def ev(parts):
        add("BEGIN:VEVENT")
        for p in parts:
            add(g.fold(p))
        add("END:VEVENT")

    ORG = "ORGANIZER;CN=Dr. ⟦name|Camila Ferreira-Okafor⟧:mailto:⟦email|cferreira-okafor@riverbend.example.org⟧"
    CLINIC = ("LOCATION:Riverbend Family Medicine\\, Suite 210\\, ⟦?clinic street (business)|4410 N Sheridan Rd⟧"
              "\\, Chicago\\, IL ⟦?clinic ZIP (business)|60613⟧")
    add("Front desk exported tomorrow's bookings from the shared calendar. Turn this into a table "
        "(local time, patient, visit type, where) and flag any double-booking or missing info.")
    add("")
    add("BEGIN:VCALENDAR")
    add("VERSION:2.0")
    add("PRODID:-//Zimbra-Lite//Calendar Export ⟦!software version|9.4.2⟧//EN")
    add("METHOD:PUBLISH")
    add("X-WR-CALNAME:Riverbend FM - Dr. ⟦name|Ferreira-Okafor⟧")
    add("X-WR-TIMEZONE:America/Chicago")
    ev([
        "UID:⟦!calendar record ID|%s@riverbend.example.org⟧" % uid(),
        "DTSTAMP:⟦?log timestamp|20251113T221507Z⟧",
        "DTSTART:⟦date|20251114T153000Z⟧",
        "DTEND:⟦date|20251114T160000Z⟧",
        "SUMMARY:AWV - Medicare (⟦name|Guðrún Þórsdóttir⟧)",
        ORG,
        "ATTENDEE;CN=⟦name|Guðrún Þórsdóttir⟧;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:"
        "⟦email|gudrun.thors@example.net⟧",
        CLINIC,
        "DESCRIPTION:Pt: ⟦name|Guðrún Þórsdóttir⟧\\, DOB ⟦date|1934-07-22⟧ (⟦age|91 y⟧)\\, MRN ⟦mrn|%s⟧\\n"
        "MBI ⟦mbi|%s⟧\\nNeeds AWV + PHQ-9\\; hearing aids - face her and speak slowly.\\n"
        "⟦name|Einar Þórsson⟧ (son\\, ⟦phone|%s⟧) drives her." % (mrn1, mbi, son),
    ])
    ev([
        "UID:⟦!calendar record ID|%s@riverbend.example.org⟧" % uid(),
        "DTSTAMP:⟦?log timestamp|20251113T221508Z⟧",
        "DTSTART;TZID=America/Chicago:⟦date|20251114T104500⟧",
        "DTEND;TZID=America/Chicago:⟦date|20251114T110000⟧",
        "SUMMARY:Video visit - HTN f/u - ⟦name|Deshawn O'Neal-Baptiste⟧",
        ORG,
        "ATTENDEE;CN=⟦name|Deshawn O'Neal-Baptiste⟧;RSVP=TRUE:mailto:⟦email|dnb.1988@example.com⟧",
        "DESCRIPTION:Self-scheduled in portal from ⟦ip|198.51.100.77⟧.\\nJoin: "
        "⟦url|https://telehealth.example.com/rbfm/j/⟦mrn|%s⟧?n=DONeal⟧\\nIf video fails call "
        "⟦phone|%s⟧. Home BP log: 148/92\\, 151/95 on amlodipine 10 mg." % (mrn2, cb),
    ])
    ev([
        "UID:⟦!calendar record ID|%s@riverbend.example.org⟧" % uid(),
        "DTSTAMP:⟦?log timestamp|20251113T221509Z⟧",
        "DTSTART:⟦date|20251114T180000Z⟧",
        "DTEND:⟦date|20251114T190000Z⟧",
        "SUMMARY:Admin / lunch - no pts",
        "TRANSP:OPAQUE",
    ])
    ev([
        "UID:⟦!calendar record ID|%s@riverbend.example.org⟧" % uid(),
        "DTSTAMP:⟦?log timestamp|20251113T221510Z⟧",
        "DTSTART:⟦date|20251114T200000Z⟧",
        "DTEND:⟦date|20251114T210000Z⟧",
        "SUMMARY:HOME VISIT - ⟦name|Tranquilino Bautista Cruz⟧",
        ORG,
        "LOCATION:⟦addr|1127 W Argyle St Apt 3B⟧\\, Chicago\\, IL ⟦zip|60640⟧",
        "DESCRIPTION:MRN ⟦mrn|%s⟧. Dx ⟦icd|I50.32⟧\\, ⟦icd|E11.22⟧\\, ⟦icd|N18.31⟧. Daughter "
        "⟦name|Rosario⟧ (⟦phone|%s⟧) will let you in\\; gate code ⟦?door code (no class)|4471#⟧. "
        "Bring INR meter\\, last INR 3.4." % (mrn3, dau),
    ])
    ev([
        "UID:⟦!calendar record ID|%s@riverbend.example.org⟧" % uid(),
        "CREATED:⟦?log timestamp|20251102T173344Z⟧",
        "LAST-MODIFIED:⟦?log timestamp|20251110T141205Z⟧",
        "DTSTART:⟦date|20251114T223000Z⟧",
        "DTEND:⟦date|20251114T230000Z⟧",
        "SUMMARY:NEW PT - ⟦name|Brooklyn Nakamura-Reyes⟧",
        ORG,
        "ATTENDEE;CN=⟦name|Brooklyn Nakamura-Reyes⟧:mailto:⟦email|brooklyn.nr@example.com⟧",
        CLINIC,
        "DESCRIPTION:DOB ⟦date|09/11/2002⟧. Aetna member ⟦plan|%s⟧ (grp ⟦?group number|%s⟧). "
        "Transfer of care\\, wants IUD consult." % (member, group),
    ])
    add("END:VCALENDAR")
    return "\n".join(lines) + "\n", {}
