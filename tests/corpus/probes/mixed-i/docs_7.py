import xml.etree.ElementTree as ET

GENRE = """NCPDP SCRIPT-style NewRx XML (header IDs, pharmacy, prescriber with NPI and DEA, patient with
   name, birth date, address and phone, benefits with BIN/PCN and member ID, drug with NDC, sig and
   ICD-10 diagnosis), pasted with the pharmacy system's rejection message"""

NOTES = """* **NewRx XML** (doc7). make.py parses the message with `xml.etree` and checks the DEA's second
  letter against the prescriber's `LastName`. Each `LastName`/`FirstName`/`MiddleName` element value is
  its own name span (as set H's FHIR `family`/`given`); `<Date>` values inside `DateOfBirth` and
  `WrittenDate` are gold; `SentTime` is message metadata (ambiguous). The pharmacy (store name,
  NCPDP ID, address, phone) and the prescriber's clinic line are business data (ambiguous). The
  patient's ten-digit phone written run together is gold. The message ID, the prescriber order
  number, the NDC, BIN and PCN are negatives; the cardholder ID is gold `phi.health_plan_id`, the
  group ID ambiguous. The rejection reason quoted in the question repeats the DEA (gold)."""


def extra_check(text, spans):
    x = text[text.index('<Message'):text.index('</Message>') + len('</Message>')]
    root = ET.fromstring(x)
    ns = {'n': 'http://www.ncpdp.org/schema/SCRIPT'}
    pres = root.find('.//n:Prescriber', ns)
    last = pres.find('.//n:LastName', ns).text
    dea = pres.find('.//n:DEANumber', ns).text
    assert dea[1] == last[0], 'DEA letter'


def make(g):
    v = {
        'npi': g.npi(), 'dea': g.dea('R'), 'msg': g.pick('0123456789abcdef', 24),
        'ord': 'RX' + g.d(9), 'ncpdp': g.d(7), 'pharm': g.phone('413', '413555{l}'),
        'clin': g.phone('413', '413555{l}'), 'ph': g.phone('413', '413555{l}'),
        'mem': 'ZRX' + g.d(9), 'grp': 'G' + g.d(5), 'ndc': '00003' + g.d(6),
    }
    t = """Our pharmacy system rejected this NewRx with "PRESCRIBER DEA ⟦dea|«dea»⟧ NOT FOUND IN ELEMENT Prescriber/Identification/DEANumber". The DEA looks right to me. What is actually wrong in the XML?

<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" version="2017071">
 <Header>
  <To Qualifier="P">⟦?pharmacy NCPDP ID (business)|«ncpdp»⟧</To>
  <From Qualifier="C">EHR-CONNECT</From>
  <MessageID>⟦!message ID|«msg»⟧</MessageID>
  <SentTime>⟦?message timestamp (log metadata)|2025-10-08T13:02:44Z⟧</SentTime>
 </Header>
 <Body>
  <NewRx>
   <Pharmacy>
    <Identification><NCPDPID>⟦?pharmacy NCPDP ID (business)|«ncpdp»⟧</NCPDPID></Identification>
    <BusinessName>⟦?pharmacy (business)|Pioneer Valley Apothecary⟧</BusinessName>
    <Address><AddressLine1>⟦?pharmacy address (business)|211 Main Street⟧</AddressLine1><City>Northampton</City><StateProvince>MA</StateProvince><PostalCode>⟦?pharmacy ZIP (business)|01060⟧</PostalCode></Address>
    <CommunicationNumbers><PrimaryTelephone><Number>⟦?pharmacy phone (business)|«pharm»⟧</Number></PrimaryTelephone></CommunicationNumbers>
   </Pharmacy>
   <Prescriber>
    <NonVeterinarian>
     <Identification><NPI>⟦npi|«npi»⟧</NPI></Identification>
     <DEANumber>⟦dea|«dea»⟧</DEANumber>
     <Name><LastName>⟦name|Renteria⟧</LastName><FirstName>⟦name|Gabriela⟧</FirstName></Name>
     <CommunicationNumbers><PrimaryTelephone><Number>⟦?clinic line (business)|«clin»⟧</Number></PrimaryTelephone></CommunicationNumbers>
    </NonVeterinarian>
   </Prescriber>
   <Patient>
    <HumanPatient>
     <Name><LastName>⟦name|Szymanski⟧</LastName><FirstName>⟦name|Dolores⟧</FirstName><MiddleName>⟦name|Jean⟧</MiddleName></Name>
     <Gender>F</Gender>
     <DateOfBirth><Date>⟦date|1947-05-19⟧</Date></DateOfBirth>
     <Address><AddressLine1>⟦addr|36 Bridge Road, Apt 5⟧</AddressLine1><City>Florence</City><StateProvince>MA</StateProvince><PostalCode>⟦zip|01062⟧</PostalCode></Address>
     <CommunicationNumbers><PrimaryTelephone><Number>⟦phone|«ph»⟧</Number></PrimaryTelephone></CommunicationNumbers>
    </HumanPatient>
   </Patient>
   <BenefitsCoordination>
    <PayerIdentification><IINNumber>⟦!pharmacy BIN|610279⟧</IINNumber><ProcessorIdentificationNumber>⟦!PCN|MA2X⟧</ProcessorIdentificationNumber></PayerIdentification>
    <CardholderID>⟦plan|«mem»⟧</CardholderID>
    <GroupID>⟦?group number|«grp»⟧</GroupID>
   </BenefitsCoordination>
   <MedicationPrescribed>
    <DrugDescription>Apixaban 5 MG Oral Tablet</DrugDescription>
    <DrugCoded><ProductCode><Code>⟦!NDC|«ndc»⟧</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>
    <Quantity><Value>60</Value></Quantity>
    <WrittenDate><Date>⟦date|2025-10-07⟧</Date></WrittenDate>
    <Substitutions>0</Substitutions><NumberOfRefills>5</NumberOfRefills>
    <Diagnosis><Primary><Code>⟦icd|I48.91⟧</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis>
    <Sig><SigText>Take 1 tablet by mouth twice daily</SigText></Sig>
    <PrescriberOrderNumber>⟦!prescriber order number|«ord»⟧</PrescriberOrderNumber>
   </MedicationPrescribed>
  </NewRx>
 </Body>
</Message>
"""
    return t, v
