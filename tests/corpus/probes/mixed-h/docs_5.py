"""doc5: database debugging question: pg_dump INSERT, psql aligned result, psql expanded record."""


def psql_table(cols, rows, numeric):
    """cols: names; rows: list of lists of (plain, labelled); psql aligned format."""
    w = [max([len(c)] + [len(r[i][0]) for r in rows]) for i, c in enumerate(cols)]
    def center(s, n):
        left = (n - len(s)) // 2
        return " " * left + s + " " * (n - len(s) - left)
    head = "|".join(" " + center(c, w[i]) + " " for i, c in enumerate(cols)).rstrip()
    sep = "+".join("-" * (w[i] + 2) for i in range(len(cols)))
    lines = [head, sep]
    for r in rows:
        cells = []
        for i, (plain, lab) in enumerate(r):
            pad = " " * (w[i] - len(plain))
            cells.append(" " + (pad + lab if numeric[i] else lab + pad) + " ")
        lines.append("|".join(cells).rstrip())
    lines.append("(%d rows)" % len(rows))
    return "\n".join(lines)


def psql_expanded(pairs):
    kw = max(len(k) for k, _ in pairs)
    vw = max(len(p) for _, (p, _) in pairs)
    title = "-[ RECORD 1 ]"
    first = title + "-" * max(0, kw + 1 - len(title)) + "+" + "-" * (vw + 1)
    lines = [first]
    for k, (plain, lab) in pairs:
        lines.append((k.ljust(kw) + " | " + lab).rstrip())
    return "\n".join(lines)


def make(g):
    v = {}
    L = lambda cls, s: (s, "⟦%s|%s⟧" % (cls, s))
    N = lambda why, s: (s, "⟦%s|%s⟧" % (why, s))
    p1 = g.fmt(g.phone("414"), "dash")
    p2 = g.fmt(g.phone("262"), "paren")
    p3 = g.fmt(g.phone("414"), "run")
    mrn1, mrn2, mrn3 = "M00%s" % g.digits(6), None, None
    base = int(mrn1[1:])
    mrn2 = "M%08d" % (base + 1)
    mrn3 = "M%08d" % (base + 6)
    ssn1, itin2, ssn3 = g.ssn(), g.itin(), g.ssn()
    mac = g.mac(":", upper=False)
    v.update(p1=p1, p2=p2, p3=p3, mrn1=mrn1, mrn2=mrn2, mrn3=mrn3, ssn1=ssn1, itin2=itin2, ssn3=ssn3, mac=mac)
    v["aws"] = g.aws_key()
    v["awssec"] = g.aws_secret()
    v["ip"] = g.ip("10.20.4")
    rowid = lambda s: "⟦!row ID|%s⟧" % s
    v["id1"], v["id2"], v["id3"] = rowid("1187"), rowid("1188"), rowid("1189")
    ts = lambda s: "⟦?row timestamp (log metadata)|%s⟧" % s
    v["ts1"], v["ts2"], v["ts3"] = ts("2025-06-02 10:14:07+00"), ts("2025-06-02 10:14:09+00"), ts("2025-06-02 10:14:11+00")
    v["dump"] = "⟦?backup file name with its date (log metadata)|ehr_2025-11-03.dump⟧"
    r1 = [N("!row ID", "1187"), L("mrn", mrn1), L("name", "Featherstonehaugh"), L("name", "Imogen"),
          L("date", "1948-02-29"), L("phone", p1)]
    r3 = [N("!row ID", "1189"), L("mrn", mrn3), L("name", "Ekwueme"), L("name", "Chidubem"),
          L("date", "1939-12-31"), L("phone", p3)]
    v["table"] = psql_table(["id", "mrn", "last_name", "first_name", "dob", "phone"], [r1, r1, r3],
                            [True, False, False, False, False, False])
    v["expanded"] = psql_expanded([
        ("id", N("!row ID", "1188")), ("mrn", L("mrn", mrn2)), ("last_name", L("name", "Ruiz Calderón")),
        ("first_name", L("name", "Ximena")), ("dob", L("date", "1983-07-03")), ("phone", L("phone", p2)),
        ("email", L("email", "xruizc@example.org")), ("ssn", L("itin", itin2)),
        ("rpm_device_mac", L("mac", mac)), ("created_at", N("?row timestamp (log metadata)", "2025-06-02 10:14:09+00")),
    ])
    t = """⟦!software version|Postgres 16.4⟧ on staging. After restoring last night's dump, `patients` has duplicate rows and one DOB came back a day early. Dump excerpt, my queries and the restore env are below. What's going on, and how do I dedupe safely without losing the newer row?

-- from «dump» (pg_dump 16.4, --inserts, restored twice by the cron + me?)
INSERT INTO public.patients (id, mrn, last_name, first_name, dob, phone, email, ssn, rpm_device_mac, created_at) VALUES
(«id1», '⟦mrn|«mrn1»⟧', '⟦name|Featherstonehaugh⟧', '⟦name|Imogen⟧', '⟦date|1948-02-29⟧', '⟦phone|«p1»⟧', '⟦email|imogen.f@example.com⟧', '⟦ssn|«ssn1»⟧', NULL, '«ts1»'),
(«id2», '⟦mrn|«mrn2»⟧', '⟦name|Ruiz Calderón⟧', '⟦name|Ximena⟧', '⟦date|1983-07-04⟧', '⟦phone|«p2»⟧', '⟦email|xruizc@example.org⟧', '⟦itin|«itin2»⟧', '⟦mac|«mac»⟧', '«ts2»'),
(«id3», '⟦mrn|«mrn3»⟧', '⟦name|Ekwueme⟧', '⟦name|Chidubem⟧', '⟦date|1939-12-31⟧', '⟦phone|«p3»⟧', NULL, '⟦ssn|«ssn3»⟧', NULL, '«ts3»');

staging=> SELECT id, mrn, last_name, first_name, dob, phone FROM patients WHERE id IN («id1», «id3») ORDER BY id;
«table»

staging=> \\x on
Expanded display is on.
staging=> SELECT * FROM patients WHERE id = «id2»;
«expanded»

staging=> \\d patients   -- no PK, no unique index on mrn (dropped during the v2 migration)

restore.env (used by the cron job):
PGHOST=⟦?database host IP (infrastructure)|«ip»⟧
PGDATABASE=staging
PGUSER=ehr_restore
PGPASSWORD=⟦?database password (no class)|Tr0ub4dor-ehr-2025⟧
PGTZ=America/Chicago
AWS_ACCESS_KEY_ID=⟦aws|«aws»⟧
AWS_SECRET_ACCESS_KEY=⟦?AWS secret access key|«awssec»⟧
DUMP_URI=s3://lrh-ehr-backups/nightly/«dump»
"""
    return t, v
