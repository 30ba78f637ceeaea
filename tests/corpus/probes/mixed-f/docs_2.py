# doc2: C-CDA continuity-of-care XML pasted into a prompt


def make(g):
    values = {
        "oa": g.openai(),
        "mrn": "MV" + g.digits(7),
        "mbi": g.mbi(),
        "npi": g.npi("1"),
        "orgnpi": g.npi("2"),
    }
    t = """can you list the active problems w/ onset dates from this CCD and tell me if the MBI looks valid? my script
keeps returning an empty list:

client = OpenAI(api_key="⟦openai|«oa»⟧")
resp = client.responses.create(model="⟦!model snapshot name|gpt-4.1-mini⟧", input=prompt + ccd_xml)

<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
 <templateId root="⟦!C-CDA template OID|2.16.840.1.113883.10.20.22.1.2⟧" extension="⟦!template version date (not about a person)|2015-08-01⟧"/>
 <id root="⟦!document OID root|2.16.840.1.113883.19.5.99999.1⟧" extension="⟦!document ID|CCD-88104-3⟧"/>
 <effectiveTime value="⟦?document creation timestamp (log metadata)|20251203141522-0500⟧"/>
 <recordTarget><patientRole>
  <id root="⟦!MRN assigning-authority OID|2.16.840.1.113883.19.5.99999.2⟧" extension="⟦mrn|«mrn»⟧"/>
  <id root="⟦!CMS MBI OID|2.16.840.1.113883.4.927⟧" extension="⟦mbi|«mbi»⟧"/>
  <addr use="HP"><streetAddressLine>⟦addr|88 Pawtucket Blvd, Unit 3⟧</streetAddressLine><city>Lowell</city>
   <state>MA</state><postalCode>⟦zip|01854⟧</postalCode></addr>
  <telecom use="HP" value="tel:⟦phone|+1-978-555-0134⟧"/>
  <telecom use="MC" value="tel:⟦phone|+1-978-555-0161⟧"/>
  <telecom value="mailto:⟦email|sokhna.ndiaye.c@mail.example.net⟧"/>
  <patient>
   <name use="L"><given>⟦name|Sokhna⟧</given><given>⟦name|Awa⟧</given><family>⟦name|Ndiaye-Carvalho⟧</family></name>
   <administrativeGenderCode code="F" codeSystem="⟦!HL7 code-system OID|2.16.840.1.113883.5.1⟧"/>
   <birthTime value="⟦date|19470619⟧"/>
   <guardian><guardianPerson><name><given>⟦name|Ibrahima⟧</given><family>⟦name|Ndiaye⟧</family></name></guardianPerson></guardian>
  </patient>
 </patientRole></recordTarget>
 <author><assignedAuthor><id root="⟦!NPI OID|2.16.840.1.113883.4.6⟧" extension="⟦npi|«npi»⟧"/>
  <assignedPerson><name><prefix>Dr.</prefix><given>⟦name|Rafael⟧</given><family>⟦name|Quispe Mamani⟧</family></name></assignedPerson>
 </assignedAuthor></author>
 <custodian><assignedCustodian><representedCustodianOrganization>
  <id root="2.16.840.1.113883.4.6" extension="⟦npi|«orgnpi»⟧"/><name>Merrimack Valley Family Health</name>
  <telecom value="tel:⟦?clinic main number (business contact)|+1-978-555-0100⟧"/>
 </representedCustodianOrganization></assignedCustodian></custodian>
 <component><structuredBody><component><section>
  <code code="⟦!LOINC section code|11450-4⟧" codeSystem="⟦!LOINC OID|2.16.840.1.113883.6.1⟧"/><title>Problems</title>
  <entry><observation classCode="OBS" moodCode="EVN"><effectiveTime><low value="⟦date|20190314⟧"/></effectiveTime>
   <value xsi:type="CD" code="⟦icd|E11.65⟧" codeSystem="⟦!ICD-10-CM OID|2.16.840.1.113883.6.90⟧" displayName="Type 2 DM with hyperglycemia"/></observation></entry>
  <entry><observation classCode="OBS" moodCode="EVN"><effectiveTime><low value="⟦date|20211102⟧"/></effectiveTime>
   <value xsi:type="CD" code="⟦icd|N18.31⟧" codeSystem="2.16.840.1.113883.6.90" displayName="CKD stage 3a"/></observation></entry>
  <entry><observation classCode="OBS" moodCode="EVN"><effectiveTime><low nullFlavor="UNK"/></effectiveTime>
   <value xsi:type="CD" code="⟦icd|F32.A⟧" codeSystem="2.16.840.1.113883.6.90" displayName="Depression, unspecified"/></observation></entry>
  <entry><observation classCode="OBS" moodCode="EVN"><effectiveTime><low value="⟦date|20240827⟧"/></effectiveTime>
   <value xsi:type="CD" code="⟦!SNOMED CT code|38341003⟧" codeSystem="⟦!SNOMED CT OID|2.16.840.1.113883.6.96⟧" displayName="Hypertension"/></observation></entry>
 </section></component></structuredBody></component>
</ClinicalDocument>

(the hypertension one uses SNOMED not ICD — is that why it's dropped? also ⟦name|Ibrahima⟧ is her son, not a guardian.)
"""
    return t, values
