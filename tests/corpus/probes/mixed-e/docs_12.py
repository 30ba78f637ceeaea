"""doc12: hard negative, no gold. Patient-education leaflet plus a price-transparency excerpt."""

TEMPLATE = """BELLHAVEN GENERAL HOSPITAL — PATIENT & FAMILY EDUCATION
Going home after a hospital stay: what to expect, and what it costs   (leaflet ⟦!document version|PE-114 rev. 7⟧)

Main switchboard: ⟦?hospital's public switchboard, business contact|(614) 555-0100⟧ · 24-hour nurse advice line: ⟦?hospital's public nurse line, business contact|1-800-555-0199⟧
⟦?hospital's own street address, public|1500 Meridian Way⟧, Bellhaven, OH ⟦?hospital's own ZIP, public|43215⟧ · ⟦!public web address of the hospital|https://www.bellhavenhealth.example.org/going-home⟧
In an emergency call ⟦!emergency number|911⟧. Crisis support: call or text ⟦!national crisis line|988⟧.

BEFORE YOU LEAVE
• Ask for your medication list. If you take ⟦!drug brand|Eliquis⟧, ⟦!drug brand|Aricept⟧, ⟦!drug brand|Namenda⟧ or ⟦!drug brand|Sinemet⟧, bring the
  bottles to your first clinic visit. Never double a missed dose.
• Family caregivers of people with ⟦!eponymous disease name|Alzheimer's⟧ or ⟦!eponymous disease name|Parkinson's⟧ disease can join our free
  class on the first Tuesday of each month.
• New parents: your baby's ⟦!eponymous score|Apgar⟧ scores (for example ⟦!example score|8 and 9⟧) are in the discharge packet;
  they are not a prediction of future health.
• After a head injury, staff use the ⟦!eponymous scale|Glasgow Coma Scale⟧ (⟦!example score|GCS 15⟧ is normal). Learn the ⟦!eponymous manoeuvre|Heimlich⟧
  manoeuvre before going home with a young child.
• Patients 65 and older: ask about fall-risk screening. We record ages over 89 as "⟦!Safe Harbor age category, not an age|90 or older⟧".

YOUR MEDICARE CARD
Your card shows a Medicare Beneficiary Identifier. The sample card on the CMS website shows
⟦!CMS's published sample MBI, not a person's|1EG4-TE5-MK73⟧; your number is different. Never give it to someone who calls you.

YOUR RIGHT TO AGREE OR REFUSE
Informed consent is a conversation, not a form (see ⟦!famous case citation; party names are not people in this document|Canterbury v. Spence, 464 F.2d 772 (D.C. Cir. 1972)⟧).

PRICE TRANSPARENCY — SHOPPABLE SERVICES (excerpt, effective ⟦!policy effective date|January 1, 2025⟧)
Machine-readable file: ⟦?hospital EIN inside a public file name|«ein»⟧_bellhaven-general_standardcharges.json (CMS template ⟦!schema version|v2.2.0⟧)
Code           Description                           Gross charge   Cash price   Min/max negotiated
⟦!CPT code|70551⟧ (CPT)    MRI brain without contrast            $3,412.00      $1,150.00    $612.40 / $2,275.00
⟦!CPT code|45378⟧ (CPT)    Diagnostic colonoscopy                $4,980.00      $1,640.00    $889.00 / $3,310.00
⟦!CPT code|59400⟧ (CPT)    Routine obstetric care, vaginal birth $9,870.00      $6,200.00    $4,015.00 / $7,700.00
⟦!DRG code|MS-DRG 470⟧     Major hip or knee joint replacement   $58,300.00     $31,900.00   $18,744.00 / $41,020.00
⟦!ICD-10 code in a generic list, no patient|I10⟧ / ⟦!ICD-10 code in a generic list, no patient|E11.9⟧ are the most common diagnoses billed with visit code ⟦!CPT code|99214⟧ ($312.00 gross).
Estimates follow ⟦!regulation citation|45 CFR 180.50⟧ and the No Surprises Act good-faith-estimate rules
(effective ⟦!statute effective date|1/1/2022⟧). Ask for an estimate at ⟦?hospital billing office e-mail, business contact|pricing@bellhavenhealth.example.org⟧ or ⟦?hospital billing office line, business contact|614-555-0142⟧.

Financial assistance: households up to ⟦!policy threshold|400% FPL⟧ qualify for discounts (policy ⟦!policy number|FA-02⟧, approved
⟦!policy approval date|March 18, 2024⟧, next review ⟦!policy review date|03/2026⟧). Interpreters are free: Español, Soomaali, 中文, العربية.
Leaflet reviewed by the Patient Education Committee, ⟦!document review date|October 2025⟧. Printed on recycled paper.
"""


def make(g):
    return TEMPLATE, {"ein": g.digits(9, "123456789")}
