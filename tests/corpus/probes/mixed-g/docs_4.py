"""Doc 4: vCard export of patient and family contacts from a care coordinator's phone."""

PHOTO = ("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwg"
         "JC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAAQABABAREA/8QAFgABAQEAAAAAAAAAAAAAAAAA"
         "BQYH/8QAIxAAAgEDAwUBAAAAAAAAAAAAAQIDBAURABIhBhMxQVFh")


def make(g):
    tel = lambda p, f: f % p
    v = {}
    t_cell = tel(g.phone("808"), "+1-%s-%s-%s")
    t_home = tel(g.phone("808"), "(%s) %s-%s")
    l_cell = tel(g.phone("808"), "+1 %s %s %s")
    jb_cell = tel(g.phone("808"), "%s.%s.%s")
    gr_cell = tel(g.phone("808"), "%s%s%s")
    fl_cell = tel(g.phone("808"), "%s-%s-%s")
    agency = tel(g.phone("808"), "%s-%s-%s")
    mrn = [g.digits(7, "3456789") for _ in range(3)]
    L = []
    add = L.append

    def card(parts):
        add("BEGIN:VCARD")
        add("VERSION:3.0")
        for p in parts:
            add(g.fold(p))
        add("END:VCARD")

    add("These are exported from our care coordinator's work phone before she left. Sort them into "
        "patients vs family/caregivers, say who is whose emergency contact, and return JSON "
        "(name, role, best phone, linked patient).")
    add("")
    card([
        "N:⟦name|Faleolo⟧;⟦name|Tavita⟧;⟦name|Sina⟧;;",
        "FN:⟦name|Tavita Sina Faleolo⟧",
        "TEL;TYPE=cell:⟦phone|%s⟧" % t_cell,
        "TEL;TYPE=home:⟦phone|%s⟧" % t_home,
        "ADR;TYPE=home:;;⟦addr|94-1032 Waipahu St⟧;Waipahu;HI;⟦zip|96797⟧;USA",
        "BDAY:⟦date|1958-10-03⟧",
        "EMAIL;TYPE=INTERNET:⟦email|tavita.faleolo@example.com⟧",
        "NOTE:Patient - MRN ⟦mrn|%s⟧. Dialysis M/W/F at Kapolei unit. Daughter ⟦name|Losa⟧ is "
        "emergency contact. Prefers Samoan interpreter." % mrn[0],
        "CATEGORIES:Patients",
        "REV:⟦?log timestamp|2025-10-30T18:22:04Z⟧",
    ])
    card([
        "N:⟦name|Faleolo-Kealoha⟧;⟦name|Losa⟧;;;",
        "FN:⟦name|Losa Faleolo-Kealoha⟧",
        "TEL;TYPE=cell:⟦phone|%s⟧" % l_cell,
        "EMAIL;TYPE=INTERNET:⟦email|losa.fk@example.net⟧",
        "URL:⟦url|https://losa-faleolo-kealoha.example.net/⟧",
        "NOTE:Daughter of ⟦name|Tavita⟧. Works nights\\, text first.",
        "CATEGORIES:Family",
    ])
    card([
        "N:⟦name|N'Dour⟧;⟦name|Jean-Baptiste⟧;;;",
        "FN:⟦name|Jean-Baptiste N'Dour⟧",
        "TEL;TYPE=cell:⟦phone|%s⟧" % jb_cell,
        "ADR;TYPE=home:;;⟦addr|1550 Kapiolani Blvd Apt 1807⟧;Honolulu;HI;⟦zip|96814⟧;USA",
        "BDAY:⟦?birthday without year|--0415⟧",
        "NOTE:Patient - MRN ⟦mrn|%s⟧\\, ⟦age|91 y/o⟧\\, lives alone. Wolof/French. Neighbor "
        "⟦name|Florence Adebayo-Hart⟧ has a key." % mrn[1],
        "PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO,
        "CATEGORIES:Patients",
        "REV:⟦?log timestamp|2025-11-02T09:14:51Z⟧",
    ])
    card([
        "N:⟦name|Kwon⟧;⟦name|Ah-young⟧;;;",
        "FN:⟦name|Ah-young Kwon⟧",
        "NICKNAME:⟦name|Grace⟧",
        "TEL;TYPE=cell:⟦phone|%s⟧" % gr_cell,
        "EMAIL;TYPE=INTERNET:⟦email|grace.kwon.hnl@example.org⟧",
        "BDAY:⟦date|19890221⟧",
        "NOTE:Patient - MRN ⟦mrn|%s⟧. GDM follow-up\\, postpartum visit due. Husband "
        "⟦name|Min-jun Kwon⟧ is EC." % mrn[2],
        "CATEGORIES:Patients",
    ])
    card([
        "N:⟦name|Adebayo-Hart⟧;⟦name|Florence⟧;;;",
        "FN:⟦name|Florence Adebayo-Hart⟧",
        "ORG:Aloha Hands Home Care",
        "TEL;TYPE=cell:⟦phone|%s⟧" % fl_cell,
        "TEL;TYPE=work:⟦?agency line (business)|%s⟧ ext 4" % agency,
        "NOTE:HHA for ⟦name|Jean-Baptiste⟧ (Tu/Th) and neighbor.",
        "CATEGORIES:Caregivers",
    ])
    return "\n".join(L) + "\n", v
