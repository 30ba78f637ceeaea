"""doc8: WhatsApp-style chat between a home-health aide and a patient's daughter."""

TEMPLATE = """WhatsApp chat with "Dad 🏠 care" — exported ⟦?chat export / message log timestamp|9/10/25⟧
[⟦?chat export / message log timestamp|9/9/25⟧, 7:02 AM] {G}: bom dia!! at ur dads, he slept ok. bp ⟦!vital sign|142/88⟧ this am, sugar ⟦!glucose reading|131⟧
[9/9/25, 7:05 AM] {S}: morning 🙏 did he take the eliquis
[9/9/25, 7:06 AM] {G}: yes ⟦!dose|2.5mg⟧ w breakfast + metoprolol. refused the stool softner again lol
[9/9/25, 7:31 AM] {S}: ok. pls remind him podiatry is ⟦date|thurs 9/11⟧ @ 2:15 w dr ⟦name|pham-oduya⟧, he keeps saying its friday
[9/9/25, 7:32 AM] {G}: 👍 writing it on the fridge
[9/9/25, 9:12 AM] {G}: pharmacy says copay for the new inhaler is $47.20, they need a card on file
[9/9/25, 9:14 AM] {S}: use mine ⟦card|«card»⟧ exp ⟦?card expiry|08/28⟧ cvv ⟦?card security code|«cvv»⟧ name on card ⟦name|SHONDA R PETTIGREW-LYLE⟧
[9/9/25, 9:14 AM] {S}: and delete that after pls 😅
[9/9/25, 11:48 AM] {G}: his L ankle is swollen again, taking him to the walk in on ⟦!street name alone (a clinic's location), also a surname|Halsted⟧
[9/9/25, 11:49 AM] {G}: 📍 Northside Walk-In Care: ⟦?map pin of a business|https://maps.google.com/?q=41.939820,-87.649310⟧
[9/9/25, 11:52 AM] {S}: ok!! call me after ⟦phone|773 555 0153⟧. work line is ⟦phone|312-555-0177⟧ but dont leave msgs there
[9/9/25, 1:20 PM] {G}: they said edema not a clot. dr wants cardio this wk, they will call u
[9/9/25, 1:21 PM] {G}: front desk wants his medicare card, i only have the pic in the binder
[9/9/25, 1:24 PM] {S}: ⟦!attachment file name|IMG_«img».jpg⟧ (file attached)
[9/9/25, 1:24 PM] {S}: typing it from my photo in case its blurry 📷
MEDICARE HEALTH INSURANCE
⟦name|ELIAS J PETTIGREW⟧
Medicare Number ⟦mbi|«mbi»⟧
Entitled to   HOSPITAL (PART A) ⟦date|03-01-1999⟧   MEDICAL (PART B) ⟦date|03-01-1999⟧
dob ⟦date|3/1/34⟧, hes ⟦age|91 y/o⟧ so pls dont let them rush him
[9/9/25, 1:25 PM] {S}: his medigap is lakeview plan G, id ⟦plan|«medigap»⟧ grp ⟦?group number|«grp»⟧
[9/9/25, 1:26 PM] {G}: got it tnx ❤️
[⟦?chat export / message log timestamp|9/10/25⟧, 6:58 AM] {S}: btw he moved into the new place sat, heres the pin for tmrw
[9/10/25, 6:58 AM] {S}: 📍 ⟦addr|4120 N Calloway Ave Apt 6C⟧ ⟦url|https://maps.google.com/?q=41.956123,-87.654712⟧
[9/10/25, 6:59 AM] {S}: buzzer says ⟦name|PETTIGREW E⟧. door code ⟦?building entry code; no class|«door»⟧#
[9/10/25, 7:01 AM] {G}: 👌 see u there. ⟦name|shonda⟧ can u email the cardio referral to me ⟦email|graca.nogueira@example.org⟧
[9/10/25, 7:03 AM] {S}: sent! cc'd my brother ⟦name|darnell⟧ too (⟦email|darnell.pettigrew@example.net⟧), he has POA when im traveling
[9/10/25, 7:04 AM] {G}: ok. Mr ⟦name|Elias⟧ says hi 😂 and that the fridge note is "bossy"
"""


def make(g):
    tpl = TEMPLATE.replace("{G}", "⟦name|Graça N⟧").replace("{S}", "⟦name|Shonda⟧")
    card = g.card("visa")
    v = {
        "card": " ".join(card[i:i + 4] for i in range(0, 16, 4)),
        "mbi": g.mbi(),
        "medigap": "LVM" + g.digits(9, "123456789") + "-01",
    }
    longs = (card, v["medigap"], v["mbi"])
    # short codes must not occur inside the longer generated values
    for key, n in (("cvv", 3), ("img", 4), ("grp", 4), ("door", 4)):
        while True:
            x = g.digits(n, "123456789")
            if not any(x in y for y in longs) and x not in v.values():
                v[key] = x
                break
    return tpl, v
