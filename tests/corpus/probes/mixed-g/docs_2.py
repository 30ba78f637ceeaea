"""Doc 2: asylum applicant's I-589 declaration, legal-aid draft under a privilege line."""


def make(g):
    a = "2" + g.digits(8)
    ph_int = g.phone("617")
    v = {
        "anum_sp": "A %s-%s-%s" % (a[:3], a[3:6], a[6:]),
        "anum": "A" + a,
        "sv_pp": "B" + g.digits(8, "0"),
        "us_pp": g.pick("ACEFH") + g.digits(8, "0123456789"),
        "mom_ph": "+503 7555-01" + g.digits(2),
        "int_ph": "(%s) %s-%s" % ph_int,
        "bbo": "7" + g.digits(5),
    }
    t = """I'm a DOJ-accredited rep at a legal aid clinic. Please tighten the chronology in paragraphs 3-6 of this declaration without adding facts or changing her voice, and flag any date that conflicts with the I-213 note at the end.

⟦priv|PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT⟧
DRAFT 3 - not for filing

DECLARATION OF ⟦name|YESENIA MARISOL ARGUETA DE LA O⟧ IN SUPPORT OF HER FORM ⟦!form number|I-589⟧ APPLICATION FOR ASYLUM AND WITHHOLDING OF REMOVAL
In the Matter of: ⟦name|Yesenia Marisol Argueta de la O⟧       File No.: ⟦?A-number (no class; sensitive government ID)|«anum_sp»⟧
Immigration Court: Boston, MA     Next hearing: ⟦date|Thursday, February 12, 2026⟧, 8:30 a.m.

I, ⟦name|Yesenia Marisol Argueta de la O⟧, declare as follows:

1. I was born on ⟦date|17/08/1994⟧ in Nueva Concepción, Chalatenango, El Salvador. My Salvadoran passport is number ⟦?foreign passport (no class)|«sv_pp»⟧. I now live with my cousin at ⟦addr|58 Marginal St, Apt 3⟧, East Boston, MA ⟦zip|02128⟧.

2. In El Salvador I lived with my partner, ⟦name|Wilber Antonio Chicas⟧, and our son at ⟦addr|Calle Principal, casa 14⟧, Barrio El Centro. I sold pupusas from our house. My mother, ⟦name|María Auxiliadora de la O Menjívar⟧, still lives there; her phone is ⟦phone|«mom_ph»⟧.

3. In ⟦date|March 2022⟧ a man the neighbours called "⟦?nickname only (handle rule)|El Chele⟧" began coming to the house to collect "renta" of $40 each week. When ⟦name|Wilber⟧ refused to pay in May, two men beat him outside the school.

4. On ⟦date|3 de enero de 2023⟧ they came back, put a gun to my head and said that if we did not pay they would take my son. ⟦name|Wilber⟧ went to the police station in Chalatenango the next day. Three days later he was found dead near the river.

5. I left with my son on ⟦date|2 June 2023⟧. We crossed into the United States near Hidalgo, Texas on ⟦date|June 22, 2023⟧, and I told the officers I was afraid to go back.

6. My brother, ⟦name|Kevin Alexander Argueta⟧, fled to Mexico and lives at ⟦addr|Calle 5 de Mayo 118⟧, Tapachula. I am afraid that if I return, the same men will kill me.

I declare under penalty of perjury under the laws of the United States of America (⟦!statute citation|28 U.S.C. § 1746⟧) that the foregoing is true and correct.

Signed: ______________________   Date: ____________
⟦name|Yesenia Marisol Argueta de la O⟧ (born ⟦date|17 de agosto de 1994⟧), ⟦?A-number (no class; sensitive government ID)|«anum»⟧

CERTIFICATE OF INTERPRETATION
I, ⟦name|Lucía Ferreira-Domínguez⟧, certify that I am competent to interpret from Spanish into English and that I read the foregoing declaration to the declarant in Spanish; she told me she understood it and that it is true.
Phone: ⟦phone|«int_ph»⟧   E-mail: ⟦email|lferreira.interp@example.org⟧

EXHIBIT LIST (draft)
A. Salvadoran passport, biographic page
B. Death certificate of ⟦name|Wilber Antonio Chicas⟧ (date of death ⟦date|07/01/2023⟧, day-first as on the original)
F. U.S. passport of cousin ⟦name|Jonathan Argueta-Rivas⟧, No. ⟦passport|«us_pp»⟧, with his letter of support

[NK: her account says she entered ⟦date|June 22, 2023⟧; the ⟦!form number|I-213⟧ says ⟦date|06/21/2023⟧. Ask her. Cite ⟦!regulation citation|8 C.F.R. § 1208.13⟧ for the past-persecution presumption.]
Prepared by ⟦name|Naledi Khumalo-Brandt⟧, accredited representative (⟦!bar number|BBO «bbo»⟧)
"""
    return t, v
