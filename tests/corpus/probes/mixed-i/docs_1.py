GENRE = """Brazilian Portuguese hospital discharge letter (Belo Horizonte) for a patient now living in
   Massachusetts, pasted with a request to translate it: Portuguese long and numeric dates, `Rua`/`Avenida`
   lines with the number after a comma, CPF and CNS numbers, an ITIN, a US and a Brazilian phone"""

NOTES = """* **Portuguese discharge letter** (doc1). Dates `24 de fevereiro de 2025` (with `segunda-feira, ` inside
  the span, weekday checked), `3 de março de 2025` and `DD/MM/YYYY` (`03/03/2025`, `14/07/1968`) are gold;
  the dosing interval `12/12 h` is a negative (not a date). Brazilian street lines keep the number
  after the comma and the same-line unit (`Rua Padre Eustáquio, 1874, apto 302`); the bairro and city
  are outside; the CEP is ambiguous (foreign postcode). The CPF (generated with valid mod-11 check
  digits) and the CNS card number are ambiguous (national identifiers with no class). The patient's
  own Brazilian mobile is gold `pii.phone`: the span starts after the `+` (as set H's E.164 rule),
  `55 31 9 9555-0142`-style; the hospital's Brazilian switchboard is ambiguous (business). The CRM
  licence number and the leito (bed) number are negatives; the hospital named for a saint is a
  negative."""


def cpf(g):
    d = [int(c) for c in g.d(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = ''.join(map(str, d))
    return '%s.%s.%s-%s' % (s[:3], s[3:6], s[6:9], s[9:])


def make(g):
    v = {
        'mrn': '%s-%s' % (g.d1(3), g.d(5)),
        'cpf': cpf(g),
        'cns': '7' + g.d(14),
        'itin': g.itin(),
        'usph': g.phone('508'),
        'brmob': '55 31 9 9555-' + g.line(),
        'brhosp': '55 31 3555-' + g.line(),
    }
    t = """Você pode traduzir esta carta de alta para o inglês? Minha tia se mudou para Massachusetts e o novo médico de família de lá precisa dela antes da consulta. Pode manter os números como estão.

-----
HOSPITAL ⟦!hospital named for a saint|Santa Rita de Cássia⟧ — Belo Horizonte, MG
Serviço de Clínica Médica · Tel. +⟦?hospital switchboard (business)|«brhosp»⟧

RELATÓRIO DE ALTA HOSPITALAR

Paciente: ⟦name|Luciana Aparecida Ferreira Gomes⟧
Nascimento: ⟦date|14/07/1968⟧        Prontuário nº ⟦mrn|«mrn»⟧
CPF: ⟦?Brazilian CPF (national identifier, no class)|«cpf»⟧    CNS: ⟦?Brazilian national health card number (no class)|«cns»⟧
ITIN (para faturamento nos EUA): ⟦itin|«itin»⟧
Internação: ⟦date|segunda-feira, 24 de fevereiro de 2025⟧ · Leito ⟦!bed number|4B-12⟧
Alta: ⟦date|3 de março de 2025⟧ (no sistema: ⟦date|03/03/2025⟧)

Endereço anterior (Brasil): ⟦addr|Rua Padre Eustáquio, 1874, apto 302⟧ — Bairro Caiçara, Belo Horizonte/MG, CEP ⟦?Brazilian CEP (foreign postcode)|30720-104⟧
Endereço atual (EUA): ⟦addr|58 Hawthorne Street, Apt 2⟧, Framingham, MA ⟦zip|01702⟧
Telefone EUA: ⟦phone|«usph»⟧ · WhatsApp (celular próprio): +⟦phone|«brmob»⟧
Contato: sobrinha ⟦name|Beatriz Gomes Andrade⟧, ⟦addr|Avenida do Contorno, 6061, sala 804⟧, Belo Horizonte

Diagnósticos:
1. Pneumonia adquirida na comunidade (⟦icd|J18.9⟧)
2. Diabetes mellitus tipo 2 descompensado (⟦icd|E11.65⟧)
3. Hipertensão arterial sistêmica (⟦icd|I10⟧)

Resumo: A Sra. ⟦name|Luciana⟧ foi internada com febre, tosse produtiva e saturação de 89% em ar ambiente. Raio-X com consolidação em base direita. Recebeu ceftriaxona 1 g/dia e azitromicina 500 mg/dia por 5 dias, com boa resposta. PCR caiu de ⟦!lab value|186 mg/L⟧ para ⟦!lab value|22 mg/L⟧. Glicemias elevadas no início (até 412 mg/dL); HbA1c ⟦!lab value|9,3 %⟧. Insulina NPH ajustada.

Prescrição de alta:
- Amoxicilina + clavulanato 875/125 mg, 1 comprimido de ⟦!dosing interval, not a date|12/12 h⟧ por mais 5 dias
- Metformina 850 mg, 1 comprimido 2x/dia
- Insulina NPH 18 UI antes do café e 8 UI ao deitar
- Losartana 50 mg/dia

Orientações: retorno com clínico geral nos EUA até ⟦date|17 de março de 2025⟧; repetir raio-X de tórax em 6 semanas. A paciente viaja em ⟦date|segunda-feira, 10 de março de 2025⟧ e foi orientada sobre sinais de alerta.

Médica responsável: Dra. ⟦name|Helena Martins Queiroz⟧ — CRM-MG ⟦!CRM medical licence number|58214⟧
Belo Horizonte, ⟦date|3 de março de 2025⟧
-----

Obrigada! Se algo estiver ilegível, me avise.
"""
    return t, v
