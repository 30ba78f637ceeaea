"""doc7: French-language (Quebec) rheumatology consultation letter."""


def make(g):
    v = {}
    v["c_tel"] = "⟦?clinic line (business)|" + g.fmt(g.phone("514"), "fr") + "⟧"
    v["c_fax"] = "⟦?clinic fax (business)|" + g.fmt(g.phone("514"), "fr") + "⟧"
    v["p_home"] = g.fmt(g.phone("514"), "paren")
    v["p_cell"] = g.fmt(g.phone("438"), "fr")
    v["p_wife"] = g.fmt(g.phone("514"), "fr")
    v["dossier"] = "%s-%s-%s" % (g.digits(2, "0"), g.digits(3), g.digits(4))
    v["lic"] = "1-" + g.digits(5, "0")
    t = """Can you translate this consultation letter into English for the patient's new family doctor in Ottawa? Keep the dates, codes and numbers exactly as they are.

CLINIQUE DE RHUMATOLOGIE DU PLATEAU
⟦?clinic address (business)|4200, rue Saint-Denis, bureau 310⟧, Montréal (Québec)  ⟦?Canadian postal code (foreign postcode, business)|H2J 2K8⟧
Tél.\u00a0: «c_tel»   Téléc.\u00a0: «c_fax»

Montréal, le ⟦date|3 novembre 2025⟧

Dre ⟦name|Élodie Saint-Onge-Lavallée⟧
GMF Villeray, ⟦?clinic address (business)|7305, rue Saint-Hubert⟧, Montréal (Québec)  ⟦?Canadian postal code (foreign postcode, business)|H2R 2N3⟧

Objet\u00a0: M. ⟦name|Jean-Baptiste de la Fontaine-Roy⟧
        né le ⟦date|14 février 1956⟧ - RAMQ\u00a0: ⟦?provincial health insurance number (no class)|FONJ 5602 1418⟧ - dossier\u00a0: ⟦mrn|«dossier»⟧
        ⟦addr|1187, rue Beaubien Est, app. 4⟧, Montréal (Québec)  ⟦?Canadian postal code (foreign postcode)|H2S 1T2⟧
        Tél.\u00a0: ⟦phone|«p_home»⟧ · cell.\u00a0: ⟦phone|«p_cell»⟧

Chère consœur,

Merci de m'avoir adressé M. ⟦name|de la Fontaine-Roy⟧, ⟦!age under 90|69 ans⟧, que j'ai vu le ⟦date|2025-11-03⟧ pour des
polyarthralgies inflammatoires depuis ⟦date|mai 2025⟧ («\u00a0je n'arrive plus à fermer le poing le matin\u00a0»). Raideur
matinale de deux heures, synovites des MCP 2-3 et des poignets. Il était accompagné de sa conjointe,
Mme ⟦name|Ghislaine Du Tremblay⟧ (⟦phone|«p_wife»⟧), qui souhaite être jointe pour les résultats.

Bilan du ⟦date|2025-10-27⟧\u00a0: FR 128 UI/mL, anti-CCP > 250 U/mL, VS 42 mm/h, ⟦!lab value (decimal comma)|CRP 18,4 mg/L⟧, créatinine 84 µmol/L.
Radiographies des mains\u00a0: érosions débutantes à la 2e MCP droite.

Impression\u00a0: polyarthrite rhumatoïde séropositive (⟦icd|M05.79⟧); hypothyroïdie connue (⟦icd|E03.9⟧), stable.

Plan\u00a0:
 - ⟦!dosage|méthotrexate 15 mg⟧ PO une fois par semaine (le lundi), acide folique 1 mg die sauf le lundi;
 - prednisone 10 mg die × 2 semaines puis diminuer de 2,5 mg aux 7 jours;
 - vaccins zona et pneumocoque avant d'intensifier; radiographie pulmonaire faite le ⟦date|2025-11-03⟧.
Bilan sanguin (FSC, ALT, créatinine) le ⟦date|2026-01-08⟧ et je le reverrai le ⟦date|jeudi 15 janvier 2026⟧ à 9 h 30.

Veuillez agréer, chère consœur, mes salutations distinguées.

Dre ⟦name|Anaïs Kouassi-Bérubé⟧, MD, FRCPC
Rhumatologue - permis CMQ ⟦!medical licence number|«lic»⟧
c. c.\u00a0: Dr ⟦name|Mathieu Lévesque-Dion⟧ (GMF Villeray); patient
"""
    return t, v
