"""Doc 8: German hospital discharge letter (Arztbrief) for a patient who has moved to the US."""


def make(g):
    blz = g.digits(8, "678")
    acct = g.digits(10)
    iban = g.iban("DE", blz + acct)
    v = {
        "kvnr": g.kvnr(g.pick("BHKM")),
        "case": "2025-" + g.digits(6, "123456789"),
        "iban": g.iban_grouped(iban),
        "us_ph": "+1 %s %s %s" % g.phone("617"),
    }
    t = """Please translate this discharge letter from my grandmother's hospital stay in Freiburg into English for her new cardiologist in Boston. Keep the medication table as a table and leave drug names as they are.

Klinikum ⟦!saint's name|St. Hedwig⟧ Freiburg · Medizinische Klinik III - Kardiologie und Angiologie
Chefarzt: Prof. Dr. med. ⟦name|Matthias Kühnel⟧
⟦?hospital address (business)|Hugstetter Straße 71⟧ · ⟦?German postcode (hospital)|79106⟧ Freiburg im Breisgau
Tel. ⟦?hospital switchboard (business)|+49 761 555410-0⟧ · Fax ⟦?hospital fax (business)|+49 761 555410-109⟧

Frau Dr. med. ⟦name|Ebru Adeyemi-Schwarz⟧ (Hausärztin)
⟦?practice address (business)|Habsburgerstraße 12⟧, ⟦?German postcode (practice)|79104⟧ Freiburg

Freiburg, den ⟦date|28.10.2025⟧                      Fall-Nr. ⟦?hospital case number (account at provider)|«case»⟧

Sehr geehrte Frau Kollegin ⟦name|Adeyemi-Schwarz⟧,

wir berichten über Ihre Patientin Frau ⟦name|Hannelore Brückner-Obi⟧, geb. ⟦date|03.03.1931⟧,
wohnhaft ⟦addr|Lorettostraße 44a⟧, ⟦?German postcode|79100⟧ Freiburg, Versichertennr. ⟦plan|«kvnr»⟧ (AOK),
die sich vom ⟦date|12.10.2025⟧ bis zum ⟦date|24.10.2025⟧ in unserer stationären Behandlung befand.

Diagnosen:
- Akut dekompensierte Herzinsuffizienz bei HFpEF, NYHA III (⟦icd|I50.13⟧ G)
- Vorhofflimmern, permanent, ⟦!risk score|CHA2DS2-VASc 5⟧ (⟦icd|I48.2⟧ G)
- Chronische Nierenkrankheit, Stadium 3 (⟦icd|N18.3⟧ G)
- Arterielle Hypertonie (⟦icd|I10.90⟧ G)
- Z. n. Hüft-TEP rechts ⟦!year only|2019⟧ (⟦icd|Z96.64⟧ G)

Anamnese: Die ⟦age|94-jährige⟧ Patientin (geboren am ⟦date|3. März 1931⟧ in Breslau) stellte sich mit seit zwei Wochen zunehmender Belastungsdyspnoe, Orthopnoe und Beinödemen vor.

Befunde: NT-proBNP ⟦!lab value (German thousands point)|4.812 pg/ml⟧ (Ref. ⟦!reference range|< 450 pg/ml⟧), Kreatinin 1,6 mg/dl, eGFR 29 ml/min/1,73 m², Kalium 4,9 mmol/l. TTE: LVEF 55 %, E/e' 18, sPAP 48 mmHg.

Verlauf: Unter intravenöser Diurese mit Furosemid Gewichtsabnahme um 6,2 kg, Ödeme rückläufig. Umstellung auf Torasemid. Frequenzkontrolle mit Bisoprolol.

Medikation bei Entlassung:
| Wirkstoff     | Handelsname | Dosis  | Schema |
| Apixaban      | ⟦!drug brand|Eliquis®⟧    | 2,5 mg | ⟦!dosing scheme|1-0-1⟧  |
| Torasemid     | Torem®      | 10 mg  | 1-0-0  |
| Bisoprolol    | -           | 2,5 mg | 1-0-0  |
| Empagliflozin | Jardiance®  | 10 mg  | 1-0-0  |

Procedere: Kontrolle von Kreatinin und Kalium beim Hausarzt am ⟦date|Montag, 03.11.2025⟧. Die Patientin zieht am ⟦date|01.12.2025⟧ zu ihrer Tochter in die USA; neue Anschrift: ⟦addr|18 Pondview Terrace, Apt 2⟧, Brookline, MA ⟦zip|02445⟧, Tel. ⟦phone|«us_ph»⟧. Wir bitten um Weiterleitung an die weiterbehandelnden Kollegen.

Die Rückerstattung der Zuzahlung (130,00 €) erfolgt auf das Konto der Tochter, Frau ⟦name|Ingeborg Brückner-Obi⟧, IBAN ⟦iban|«iban»⟧.

Mit freundlichen kollegialen Grüßen
Prof. Dr. med. ⟦name|M. Kühnel⟧      Dr. med. ⟦name|Leyla Aydın-Hoffmann⟧      ⟦name|Jonas Öztürk⟧
Chefarzt                  Oberärztin                         Assistenzarzt
"""
    return t, v
