"""Doc 5: CSV export of a day's clinic schedule."""


def make(g):
    v = {}
    ph = [g.phone("312") for _ in range(10)]
    v["p1"] = "(%s) %s-%s" % ph[0]
    v["p1b"] = "%s.%s.%s" % ph[1]
    v["p2"] = "%s%s%s" % ph[2]
    v["p3"] = "+1 %s-%s-%s" % ph[3]
    v["p4"] = "%s-%s-%s" % ph[4]
    v["p4b"] = "(%s)%s-%s" % ph[5]
    v["p5"] = "%s %s %s" % ph[6]
    v["p6"] = "%s-%s-%s" % ph[7]
    v["p7"] = "1-%s-%s-%s" % ph[8]
    v["p8"] = "%s.%s.%s" % ph[9]
    for i in range(1, 9):
        v["id%d" % i] = "A-77%04d" % (1200 + i * 3)
    v["m1"] = "XOF" + g.digits(9, "123456789")
    v["m2"] = "MCD" + g.digits(8, "123456789")
    v["m3"] = "XOF" + g.digits(9, "123456789")
    v["m5"] = "U" + g.digits(10, "123456789")
    v["m7"] = "H" + g.digits(8, "123456789") + "01"
    v["mbi3"] = g.mbi(dashes=False)
    v["mbi6"] = g.mbi()
    v["mbi8"] = g.mbi(dashes=False)
    v["grp1"] = g.digits(6, "123456789")
    v["mac"] = g.mac()
    t = '''Here's today's schedule export from our EHR (CSV). Can you write a Python snippet that reads it with the csv module, skips the blocked slots and counts visits by insurance? Also tell me what in this file would break a naive line.split(",").

appt_id,time,provider,patient,dob,age,phone_primary,phone_alt,insurance,member_id,group_no,mbi,visit_type,room,notes
⟦!appointment ID (order-ID rule)|«id1»⟧,08:00,"⟦name|Mbeki, Thandiwe⟧ MD","⟦name|O'Sullivan-Reyes, Dara⟧",⟦date|1961-02-14⟧,64 y.o.,⟦phone|«p1»⟧,⟦phone|«p1b»⟧,BCBS IL PPO,⟦plan|«m1»⟧,⟦?group number|«grp1»⟧,,"Follow-up, HTN",3,
⟦!appointment ID (order-ID rule)|«id2»⟧,08:20,"⟦name|Mbeki, Thandiwe⟧ MD","⟦name|Castañeda Ruiz, José Luis⟧",⟦date|3/9/1978⟧,47 y.o.,⟦phone|«p2»⟧,,IL Medicaid (Meridian),⟦plan|«m2»⟧,,,"New pt, interpreter: Spanish",5,"Pt says ""call cell only, not work"""
⟦!appointment ID (order-ID rule)|«id3»⟧,08:40,"⟦name|Mbeki, Thandiwe⟧ MD","⟦name|Vo, Thi Kim Lien⟧",⟦date|12-Aug-1933⟧,⟦age|92 y.o.⟧,⟦phone|«p3»⟧,,Medicare A/B,,,⟦mbi|«mbi3»⟧,"AWV, falls risk",2,"Daughter ⟦name|Lien Tran⟧ translates; wheelchair"
⟦!appointment ID (order-ID rule)|«id4»⟧,09:00,"⟦name|Grünewald, Lukas⟧ DO","⟦name|Young, Grant⟧",⟦date|07/04/1996⟧,29 y.o.,⟦phone|«p4»⟧,⟦phone|«p4b»⟧,Aetna Choice POS II,⟦plan|«m3»⟧,,,"Sports physical, knee",4,
⟦!appointment ID (order-ID rule)|«id5»⟧,09:20,"⟦name|Grünewald, Lukas⟧ DO",,,,,,,,,,BLOCK,,"Staff huddle, no pts"
⟦!appointment ID (order-ID rule)|«id6»⟧,09:40,"⟦name|Grünewald, Lukas⟧ DO","⟦name|Abdi, Hodan Farah⟧",⟦date|1955-11-30⟧,⟦!age under 90|89 y.o.⟧,⟦phone|«p5»⟧,,UnitedHealthcare MA,⟦plan|«m5»⟧,,⟦mbi|«mbi6»⟧,"RPM review, CHF",6,"BP cuff ⟦mac|«mac»⟧ stopped syncing ⟦?month/day without year|11/28⟧"
⟦!appointment ID (order-ID rule)|«id7»⟧,10:00,"⟦name|Mbeki, Thandiwe⟧ MD","⟦name|de Souza-Pereira, Ana Beatriz⟧",⟦date|02/29/1988⟧,37 y.o.,⟦phone|«p6»⟧,⟦phone|«p7»⟧,Humana Gold Plus,⟦plan|«m7»⟧,,,"Telehealth, anxiety f/u",VIRT,"Prefers ""⟦name|Bia⟧"""
⟦!appointment ID (order-ID rule)|«id8»⟧,10:20,"⟦name|Grünewald, Lukas⟧ DO","⟦name|Paris, Hope⟧",⟦date|5/1/2001⟧,24 y.o.,⟦phone|«p8»⟧,,Self-pay,,,,"Rash x2 wks, ""worse at night""",1,
,,,,,,,,,,,,,,
Total scheduled: 7   No-shows yesterday: 2   Exported by ⟦?user handle|mbeki.t⟧ ⟦?export timestamp (log)|12/01/2025 07:58⟧
'''
    return t, v
