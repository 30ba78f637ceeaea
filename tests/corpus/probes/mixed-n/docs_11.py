"""doc11: electronic visit verification (EVV) export of a home-care agency, pipe-delimited."""
import math
import re

GENRE = ("electronic visit verification (EVV) export of an Ohio home-care agency, pipe-delimited: the "
         "agency's Medicaid provider number and NPI, clients' geocoded home addresses on file, then visit "
         "rows (visit ID, client `LAST, FIRST`, Medicaid ID, DOB, HCPCS service code, aide name with a quoted "
         "nickname, worker ID, date, clock-in/out times, billed units, GPS fix, method, exception), one "
         "clock-in by telephone from the client's landline, one GPS fix far from the home and one missing "
         "clock-out; clients aged 94 and 103; pasted by the scheduling coordinator asking which visits the "
         "state aggregator will reject and how many units she can bill")

NOTES = ("EVV rows (new in set N): `|` separates fields; visit dates are dates of care (gold; clock-in/out "
         "times unlabelled), unlike audit-log stamps; birth dates gold. Bare GPS fixes and the clients' "
         "geocodes are ambiguous (coordinates, as set F), the street lines and ZIPs gold. The IVR clock-in "
         "number is the client's home landline (gold `pii.phone`, ten digits run together). Medicaid IDs "
         "are member IDs (gold) at every occurrence; worker IDs are ambiguous (employee IDs); visit IDs "
         "are negatives (record IDs). The HCPCS codes `T1019` and `S5125` look like ICD-10 codes without "
         "the dot and are negatives. Clients in `LAST, FIRST` capitals, `Mbeki-Holland` in the question, "
         "the aides `Lashonda Pruitt-Gaines` and `Mateus \"Matt\" Carvalho` (one span) and `Matt` are gold; "
         "`the 7th` (a day alone) is unlabelled. `103 years old` is an age (`extra_check` confirms 103 on "
         "the visit dates). The agency's Medicaid provider number is ambiguous (business identifier), its "
         "type-2 NPI gold. `extra_check` re-computes the 15-minute units of every complete visit, the "
         "haversine distance of each GPS fix from the client's geocode (only the visit flagged `GPS "
         "OUTSIDE RADIUS` is beyond 0.25 mile) and checks that the row without a clock-out carries its "
         "exception.")

DATE_ORDER = "MDY"

GEO = "?GPS coordinates (no class; coordinates ambiguous)"


def make(g):
    kov = ("KOVALENKO, NADIA", "1" + g.digits(11), "03/02/1931")
    mbe = ("MBEKI-HOLLAND, CLEMENTINE", "1" + g.digits(11), "11/19/1921")
    lash = ("Lashonda Pruitt-Gaines", "W2207")
    matt = ('Mateus "Matt" Carvalho', "W2311")
    ivr = "216555" + g.phone_tail()
    rows = [
        ("V88231", kov, "T1019", lash, "10/06/2025", "08:02", "11:04", "41.4604,-81.7238", "GPS", ""),
        ("V88232", kov, "T1019", lash, "10/07/2025", "08:05", "11:01", "41.4601,-81.7243", "GPS", ""),
        ("V88240", mbe, "S5125", matt, "10/06/2025", "13:30", "17:35", "41.5085,-81.6249", "GPS", ""),
        ("V88241", mbe, "S5125", matt, "10/07/2025", "13:31", "17:29", "41.4719,-81.5374", "GPS", "GPS OUTSIDE RADIUS"),
        ("V88242", mbe, "S5125", matt, "10/08/2025", "13:34", "", "", "IVR ⟦phone|%s⟧" % ivr, "MISSING CLOCK-OUT"),
    ]
    out = []
    for vid, cl, svc, wk, date, tin, tout, gps, meth, exc in rows:
        if tout:
            h1, m1 = map(int, tin.split(":"))
            h2, m2 = map(int, tout.split(":"))
            units = str(((h2 * 60 + m2) - (h1 * 60 + m1)) // 15)
        else:
            units = ""
        out.append("|".join([
            "⟦!visit record ID|%s⟧" % vid, "⟦name|%s⟧" % cl[0], "⟦plan|%s⟧" % cl[1], "⟦date|%s⟧" % cl[2],
            "⟦!HCPCS service code (looks like an ICD-10 code without the dot)|%s⟧" % svc,
            "⟦name|%s⟧" % wk[0], "⟦?worker ID (employee ID, no class)|%s⟧" % wk[1], "⟦date|%s⟧" % date,
            tin, tout, units, ("⟦%s|%s⟧" % (GEO, gps)) if gps else "", meth, exc]))
    tpl = """Which of these visits will the state EVV aggregator reject, and how many units can I bill this week for Mrs. ⟦name|Mbeki-Holland⟧? She is ⟦age|103 years old⟧, and ⟦name|Matt⟧ says he clocked in from her driveway on the 7th.

Riverside Home Care LLC - Ohio Medicaid provider ⟦?agency Medicaid provider number (business identifier)|0385417⟧ - NPI ⟦npi|«npi»⟧
Client geocodes on file:
⟦name|KOVALENKO, NADIA⟧ - ⟦addr|3318 W 54th St⟧, Cleveland, OH ⟦zip|44102⟧ - ⟦%s|41.4602,-81.7240⟧
⟦name|MBEKI-HOLLAND, CLEMENTINE⟧ - ⟦addr|1907 E 86th St, Apt 3⟧, Cleveland, OH ⟦zip|44106⟧ - ⟦%s|41.5083,-81.6251⟧

VisitID|Client|MedicaidID|DOB|Svc|Worker|WorkerID|Date|In|Out|Units|GPS|Method|Exception
%s
""" % (GEO, GEO, "\n".join(out))
    return tpl, {"npi": g.npi()}


def hav(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 3958.8 * math.asin(math.sqrt(h))


def extra_check(text):
    errs = []
    geo = {m.group(1): tuple(map(float, m.group(2, 3)))
           for m in re.finditer(r"^([A-Z-]+, [A-Z]+) - .*? - (-?[\d.]+),(-?[\d.]+)$", text, re.M)}
    rows = [ln.split("|") for ln in text.split("\n") if re.match(r"V\d{5}\|", ln)]
    if len(geo) != 2 or len(rows) != 5:
        return ["doc11: geocodes or rows not found"]
    for r in rows:
        if len(r) != 14:
            errs.append("row %s has %d fields" % (r[0], len(r)))
            continue
        vid, client, _, dob, _, _, _, date, tin, tout, units, gps, meth, exc = r
        if tout:
            h1, m1 = map(int, tin.split(":"))
            h2, m2 = map(int, tout.split(":"))
            if ((h2 * 60 + m2) - (h1 * 60 + m1)) // 15 != int(units or -1):
                errs.append("%s: units do not match the visit length" % vid)
        elif exc != "MISSING CLOCK-OUT" or units:
            errs.append("%s: open visit without its exception" % vid)
        if gps:
            d = hav(geo[client], tuple(map(float, gps.split(","))))
            if (d > 0.25) != (exc == "GPS OUTSIDE RADIUS"):
                errs.append("%s: GPS %.2f mi from home but exception %r" % (vid, d, exc))
        elif not meth.startswith("IVR"):
            errs.append("%s: no GPS and no IVR" % vid)
    q = re.search(r"She is (\d+) years old", text)
    mbe = [r for r in rows if r[1].startswith("MBEKI")]
    if q:
        mo, dd, yy = map(int, mbe[0][3].split("/"))
        vm, vd, vy = map(int, mbe[0][7].split("/"))
        age = vy - yy - ((vm, vd) < (mo, dd))
        if age != int(q.group(1)):
            errs.append("Mrs. Mbeki-Holland is %d on the visit dates" % age)
    return errs


BROKEN = [("|13:31|17:29|15|", "|13:31|17:29|16|"),
          ("|41.4719,-81.5374|GPS|GPS OUTSIDE RADIUS", "|41.4719,-81.5374|GPS|"),
          ("|41.4601,-81.7243|GPS|", "|41.4301,-81.7243|GPS|"),
          ("|MISSING CLOCK-OUT", "|"),
          ("She is 103 years old", "She is 104 years old")]
