# -*- coding: utf-8 -*-
"""doc1: Spanish-language (Mexico) physical-medicine and rehabilitation progress report."""
import datetime
import re

GENRE = """Mexican physical-medicine and rehabilitation progress report (informe de evolución, a rehabilitation centre on Lake Chapala, Jalisco) for a 92-year-old American retiree after a stroke: the patient in `SURNAME, Given` form with a particle-free hyphenated surname and a quoted nickname, the expediente number, a day-first birth date, her CURP as a foreign resident, US passport, Ajijic street line (a street named after a person) and Mexican postcode, an invented `+52` mobile, her Medicare MBI, the daughter in Tucson with her `+1` number and e-mail, CIE-10 (ICD-10) codes, the stroke date and the programme dates with Spanish weekdays, Monday-Wednesday-Friday session counts, eponymous scales (Barthel, Berg, Ashworth), pain and naming scores written like day-first dates, the physiotherapist and the physiatrist with his cédulas; pasted by the daughter with a request for an English translation for the neurologist"""

NOTES = """Dates are day-first (`DATE_ORDER = DMY`, `LANG = es`): `martes 14 de octubre de 2025` and `lunes 8 de septiembre de 2025` carry their Spanish weekdays inside the span (checked); `03/02/1933` (3 February), `29 de agosto de 2025`, `10/10/2025` and `11/11/2025` are gold, as are `November 20, 2025` in the daughter's English question. `92 años` and `92 years old` are ages (`extra_check` confirms 92 on the report date). Names: `VAN HOUTEN-AMES, Dorothy Jean` (one span), the nickname `Dottie`, `Van Houten-Ames` after `Sra.`, `Dorothy` and `Marisa` in the question, `Marisa Ames-Caldwell`, `Ximena Robles Ibarra` and `José Luis Quintero Mejía` (Spanish double surnames; `Lic.` and `Dr.` outside). The CURP is ambiguous (a national identifier without a class; `extra_check` rebuilds its first 16 characters from the name, birth date, sex and `NE` by RENAPO's rules and verifies its check digit); the US passport and the MBI are gold. `Ramón Corona 27, int. 4` is the street line (a street named after a general, not a name); the Mexican postcode `45920` is ZIP-shaped but ambiguous (foreign postcode), as are the centre's own address and line (business). Both mobiles are gold, spans after the `+` (the `+52 376 555 01dd` number is invented). `I63.5`, `R47.0` and `I48.9` are gold. `Barthel`, `Berg` and `Ashworth` (eponymous scales), the saint's name `San Javier` (a hospital) and the cédula numbers (licences) are negatives; `EVA 3/10`, `7/10` and `8/10` are scores written like day-first dates (negatives). `extra_check` counts the Mondays, Wednesdays and Fridays from the first session to the last (15, the number of physiotherapy sessions stated)."""

DATE_ORDER = 'DMY'
LANG = 'es'


def make(g):
    v = {}
    v['mrn'] = 'CRI-' + g.digits(7)
    # RENAPO: first surname HOUTEN-AMES (particle VAN skipped): H + first inner vowel O;
    # no second surname: X; first given name D; birth 330203; M (mujer); NE (born abroad);
    # inner consonants T (HOUTEN), X (no second surname), R (DOROTHY)
    v['curp'] = g.curp('HOXD330203MNETXR')
    v['passport'] = g.choice('ACEKNRS') + g.digits(8)
    v['cel'] = '52 376 555 01%02d' % g.randrange(20, 99)
    v['mbi'] = g.mbi()
    v['hija_tel'] = '1 520 555 01%02d' % g.randrange(20, 99)
    v['hija_mail'] = 'marisa.caldwell@example.net'
    T = """Hola! Can you translate this rehab report into English for my mom's neurologist in Tucson? ⟦name|Dorothy⟧ is ⟦age|92 years old⟧ and we fly her home on ⟦date|November 20, 2025⟧. Thanks, ⟦name|Marisa⟧

CENTRO DE REHABILITACIÓN INTEGRAL RIBERA DE CHAPALA
⟦?rehabilitation centre's address (business)|Carretera Chapala-Jocotepec km 6.5⟧, Ajijic, Jal., C.P. ⟦?foreign postcode (Mexican código postal)|45920⟧ · Tel. ⟦?centre's main line (business)|376 555 0100⟧

INFORME DE EVOLUCIÓN – MEDICINA FÍSICA Y REHABILITACIÓN
Fecha: ⟦date|martes 14 de octubre de 2025⟧

Paciente: ⟦name|VAN HOUTEN-AMES, Dorothy Jean⟧ (prefiere "⟦name|Dottie⟧")
Expediente: ⟦mrn|«mrn»⟧   Nacimiento: ⟦date|03/02/1933⟧ (⟦age|92 años⟧)
CURP: ⟦?national identifier without a class (Mexican CURP)|«curp»⟧   Pasaporte EUA: ⟦passport|«passport»⟧
Domicilio: ⟦addr|Ramón Corona 27, int. 4⟧, Ajijic, Jal., C.P. ⟦?foreign postcode (Mexican código postal)|45920⟧   Cel. +⟦phone|«cel»⟧
Medicare (no aplica en México), MBI: ⟦mbi|«mbi»⟧
Responsable: ⟦name|Marisa Ames-Caldwell⟧ (hija), Tucson, AZ, +⟦phone|«hija_tel»⟧, ⟦email|«hija_mail»⟧

Diagnósticos (CIE-10): ⟦icd|I63.5⟧ infarto cerebral por oclusión de la arteria cerebral media izquierda, el ⟦date|29 de agosto de 2025⟧ (atendida en el Hospital ⟦!saint's name (a hospital)|San Javier⟧, Guadalajara); ⟦icd|R47.0⟧ afasia motora leve; ⟦icd|I48.9⟧ fibrilación auricular, con apixabán 2.5 mg c/12 h.

Programa: del ⟦date|lunes 8 de septiembre de 2025⟧ al ⟦date|10/10/2025⟧, lunes, miércoles y viernes: 15 sesiones de fisioterapia, 15 de terapia ocupacional y 10 de terapia de lenguaje con la Lic. ⟦name|Ximena Robles Ibarra⟧.

Evolución de la Sra. ⟦name|Van Houten-Ames⟧:
- Índice de ⟦!eponymous scale|Barthel⟧: 45/100 al ingreso, 75/100 hoy.
- Escala de equilibrio de ⟦!eponymous scale|Berg⟧: 24/56 a 41/56; riesgo de caída moderado.
- Espasticidad ⟦!eponymous scale|Ashworth⟧ modificada 1+ en flexores del codo derecho.
- Dolor de hombro derecho EVA ⟦!pain score written like a day-first date|3/10⟧ (antes ⟦!pain score written like a day-first date|7/10⟧).
- Marcha con andadera 40 m con supervisión; sube 4 escalones con barandal.
- Lenguaje: nomina ⟦!naming score written like a day-first date|8/10⟧ objetos; comprensión conservada.

Plan: programa de ejercicios en casa; próxima valoración ⟦date|11/11/2025⟧ o teleconsulta antes del viaje.

Dr. ⟦name|José Luis Quintero Mejía⟧
Medicina de Rehabilitación · Céd. Prof. ⟦!professional licence number (cédula)|4829173⟧ · Céd. Esp. ⟦!specialty licence number (cédula)|9381047⟧
"""
    return T, v


def extra_check(text):
    E = []
    m = re.search(r'CURP: ([A-Z0-9Ñ]{18})', text)
    if not m or not H.curp_ok(m.group(1)):
        E.append('CURP missing or check digit wrong')
    elif m.group(1)[:16] != 'HOXD330203MNETXR':
        E.append('CURP does not encode name, birth date, sex and NE')
    dob = re.search(r'Nacimiento: (\d{2})/(\d{2})/(\d{4}) \((\d+) años\)', text)
    rep = re.search(r'Fecha: martes (\d+) de octubre de (\d{4})', text)
    if not dob or not rep:
        return E + ['birth or report date missing']
    born = datetime.date(int(dob.group(3)), int(dob.group(2)), int(dob.group(1)))
    on = datetime.date(int(rep.group(2)), 10, int(rep.group(1)))
    if m and m.group(1)[4:10] != born.strftime('%y%m%d'):
        E.append('CURP birth date differs from the stated one')
    if H.age_on(born, on) != int(dob.group(4)):
        E.append('stated age %s is not the age on the report date' % dob.group(4))
    if not re.search(r'is %d years old' % H.age_on(born, datetime.date(2025, 11, 20)), text):
        E.append('age in the question wrong')
    p = re.search(r'del lunes (\d+) de septiembre de 2025 al (\d{2})/(\d{2})/(\d{4}), lunes, miércoles y viernes: (\d+) sesiones de fisioterapia', text)
    if not p:
        return E + ['programme line missing']
    a = datetime.date(2025, 9, int(p.group(1)))
    b = datetime.date(int(p.group(4)), int(p.group(3)), int(p.group(2)))
    n = sum(1 for k in range((b - a).days + 1) if (a + datetime.timedelta(k)).weekday() in (0, 2, 4))
    if n != int(p.group(5)):
        E.append('%d Mon/Wed/Fri sessions in the programme, %s stated' % (n, p.group(5)))
    return E


BROKEN = [
    ('15 sesiones de fisioterapia', '16 sesiones de fisioterapia'),
    ('(92 años)', '(93 años)'),
    ('al 10/10/2025', 'al 13/10/2025'),
]
