"""doc1: DICOM header dump (dcmdump) of an outside CT, pasted with a PACS rejection question."""
import datetime
import re

GENRE = """radiology DICOM header dump (`dcmdump` output of an outside hospital's head CT: meta header,
   UIDs, `PN` values with `^` components, `DA` dates, a wrong `AS` patient age, the patient's address,
   phone, mother's birth name, an SSN in `OtherPatientIDs` and an MBI in `InsurancePlanIdentification`),
   pasted with the PACS's rejection message and a question about which tag is wrong; patient aged 91"""

NOTES = """* **DICOM dump** (doc1). Values are spans without the brackets; dcmdump's length/VM comments
  and tag names are unlabelled (make.py checks that every `# len` matches its value). Each `^`
  component of a `PN` value is its own name span (`WOJCIECHOWSKA`, `HALINA`, as set H's PID
  components); a middle initial alone and the `DR` prefix component are unlabelled; the operator
  login `mkrause` is a handle (ambiguous). `DA` values about the study and the birth date
  (`20250304`, `19331107`) are gold; `StudyTime` is unlabelled. The wrong `AS` value `019Y` is a
  negative (an age under 90, even though it is this patient's field); `091Y` in the question and
  `91 years` are ages (make.py checks that 091 follows from the birth and study dates and that the
  tag is its transposition). `PatientAddress` is `^`-separated: street line and ZIP gold, city and
  state unlabelled; the institution's address is ambiguous (business). `OtherPatientIDs` holding an
  SSN is `pii.ssn`; `InsurancePlanIdentification` holding an MBI is `phi.mbi`; the admission ID is
  ambiguous (encounter number). Study, series and instance UIDs and the implementation class UID are
  negatives (dotted runs; the SOP class is shown by name); the accession number, station name, software version and
  the five-digit device serial (ZIP-shaped) are negatives. The PACS and modality IPs are
  infrastructure (ambiguous). ICD-10 codes in `AdditionalPatientHistory` are gold."""

DATE_ORDER = "MDY"


def strip_labels(s):
    return re.sub(r"⟦[^|⟦⟧]*\|", "", s).replace("⟧", "")


def line(tag, vr, val, name, bracket=True, vm=1, n=None):
    shown = "[%s]" % val if bracket else val
    raw = strip_labels(val)
    if n is None:
        n = len(raw) + (len(raw) % 2)
    head = "(%s) %s %s" % (tag, vr, shown)
    pad = max(1, 56 - len(strip_labels(head)))
    return "%s%s# %3d, %d %s" % (head, " " * pad, n, vm, name)


def make(g):
    root = "1.2.826.0.1.3680043.8.498."
    study_uid = root + g.digits(11, "123456789") + "." + g.digits(6, "123456789")
    series_uid = study_uid + ".2"
    sop_uid = series_uid + "." + g.digits(3, "123456789")
    mrn = "LRM" + g.digits(7)
    ssn = g.ssn()
    mbi = g.mbi()
    adm = "V" + g.digits(10, "123456789")
    acc = "CT" + g.digits(11, "123456789")
    ph = "(419) 555-" + g.phone_line()
    neg_uid = "⟦!DICOM UID, not an IP address|%s⟧"
    L = []
    L.append("# Dicom-File-Format")
    L.append("")
    L.append("# Dicom-Meta-Information-Header")
    L.append("# Used TransferSyntax: Little Endian Explicit")
    L.append(line("0002,0000", "UL", "196", "FileMetaInformationGroupLength", bracket=False, n=4))
    L.append(line("0002,0002", "UI", "=CTImageStorage", "MediaStorageSOPClassUID", bracket=False, n=26))
    L.append(line("0002,0003", "UI", neg_uid % sop_uid, "MediaStorageSOPInstanceUID"))
    L.append(line("0002,0010", "UI", "=LittleEndianExplicit", "TransferSyntaxUID", bracket=False, n=20))
    L.append(line("0002,0012", "UI", neg_uid % "1.2.276.0.7230010.3.0.3.6.8", "ImplementationClassUID"))
    L.append(line("0002,0013", "SH", "⟦!software version|OFFIS_DCMTK_368⟧", "ImplementationVersionName"))
    L.append("")
    L.append("# Dicom-Data-Set")
    L.append("# Used TransferSyntax: Little Endian Explicit")
    L.append(line("0008,0012", "DA", "⟦date|20250304⟧", "InstanceCreationDate"))
    L.append(line("0008,0016", "UI", "=CTImageStorage", "SOPClassUID", bracket=False, n=26))
    L.append(line("0008,0018", "UI", neg_uid % sop_uid, "SOPInstanceUID"))
    L.append(line("0008,0020", "DA", "⟦date|20250304⟧", "StudyDate"))
    L.append(line("0008,0030", "TM", "141502", "StudyTime"))
    L.append(line("0008,0050", "SH", "⟦!accession number|%s⟧" % acc, "AccessionNumber"))
    L.append(line("0008,0080", "LO", "Lakeshore Regional Medical Center", "InstitutionName"))
    L.append(line("0008,0081", "ST", "⟦?institution address (business)|2200 Marina Blvd⟧^^Sandusky^OH^"
                  "⟦?institution ZIP (business)|44870⟧", "InstitutionAddress"))
    L.append(line("0008,0090", "PN", "⟦name|NAKAMURA-REYES⟧^⟦name|DANIELA⟧^^DR", "ReferringPhysicianName"))
    L.append(line("0008,1010", "SH", "⟦!station name|CTAWP71843⟧", "StationName"))
    L.append(line("0008,1030", "LO", "CT HEAD WO CONTRAST", "StudyDescription"))
    L.append(line("0008,1050", "PN", "⟦name|OYELARAN⟧^⟦name|BABATUNDE⟧^A", "PerformingPhysicianName"))
    L.append(line("0008,1070", "PN", "⟦?operator login (handle)|mkrause⟧", "OperatorsName"))
    L.append(line("0010,0010", "PN", "⟦name|WOJCIECHOWSKA⟧^⟦name|HALINA⟧^T", "PatientName"))
    L.append(line("0010,0020", "LO", "⟦mrn|%s⟧" % mrn, "PatientID"))
    L.append(line("0010,0030", "DA", "⟦date|19331107⟧", "PatientBirthDate"))
    L.append(line("0010,0040", "CS", "F", "PatientSex"))
    L.append(line("0010,1000", "LO", "⟦ssn|%s⟧" % ssn, "OtherPatientIDs"))
    L.append(line("0010,1010", "AS", "⟦!wrong DICOM age string, under 90|019Y⟧", "PatientAge"))
    L.append(line("0010,1030", "DS", "58.5", "PatientWeight"))
    L.append(line("0010,1040", "LO", "⟦addr|1187 Sawmill Creek Rd Apt 2B⟧^^Huron^OH^⟦zip|44839⟧",
                  "PatientAddress"))
    L.append(line("0010,1050", "LO", "⟦mbi|%s⟧" % mbi, "InsurancePlanIdentification"))
    L.append(line("0010,1060", "PN", "⟦name|SZYMANSKA⟧^⟦name|ZOFIA⟧", "PatientMotherBirthName"))
    L.append(line("0010,2154", "SH", "⟦phone|%s⟧" % ph, "PatientTelephoneNumbers"))
    L.append(line("0010,21b0", "LT", "Fall at home ⟦date|03/02/2025⟧, on apixaban for ⟦icd|I48.91⟧; "
                  "r/o ⟦icd|S06.5X0A⟧", "AdditionalPatientHistory"))
    L.append(line("0018,0060", "DS", "120", "KVP"))
    L.append(line("0018,1000", "LO", "⟦!device serial number, not a ZIP code|74122⟧", "DeviceSerialNumber"))
    L.append(line("0018,1020", "LO", "⟦!software version|syngo CT VA40A⟧", "SoftwareVersions"))
    L.append(line("0020,000d", "UI", neg_uid % study_uid, "StudyInstanceUID"))
    L.append(line("0020,000e", "UI", neg_uid % series_uid, "SeriesInstanceUID"))
    L.append(line("0038,0010", "LO", "⟦?admission/encounter number (no class)|%s⟧" % adm, "AdmissionID"))
    dump = "\n".join(L)
    tpl = (
        "hey, our PACS keeps bouncing this outside CT from Lakeshore Regional. storescu says:\n\n"
        "E: Store SCU Failed: 0xa900 (PatientAge inconsistent with PatientBirthDate) peer "
        "⟦?PACS server address (infrastructure)|10.40.12.31⟧:104, calling AE CT_RECV_02 "
        "(⟦?modality address (infrastructure)|10.40.18.7⟧)\n\n"
        "dcmdump of slice 1 below. Mrs. ⟦name|Wojciechowska⟧ is ⟦age|91 years⟧ old per our registration, "
        "so the AS tag should read ⟦age|091Y⟧, right? Is that the only thing wrong? And which tags do I "
        "have to blank before this goes to the research archive?\n\n"
        "```\n" + dump + "\n```\n"
    )
    return tpl, {}


def extra_check(text, spans):
    errs = []
    dob = re.search(r"\(0010,0030\) DA \[(\d{8})\]", text)
    study = re.search(r"\(0008,0020\) DA \[(\d{8})\]", text)
    tag = re.search(r"\(0010,1010\) AS \[(\d{3})Y\]", text)
    said = re.search(r"should read (\d{3})Y", text)
    if not (dob and study and tag and said):
        return ["DICOM birth date, study date, AS tag or stated age missing"]
    b = datetime.datetime.strptime(dob.group(1), "%Y%m%d").date()
    s = datetime.datetime.strptime(study.group(1), "%Y%m%d").date()
    age = s.year - b.year - ((s.month, s.day) < (b.month, b.day))
    if int(said.group(1)) != age:
        errs.append("stated age %s is not %d" % (said.group(1), age))
    if tag.group(1) == said.group(1) or sorted(tag.group(1)) != sorted(said.group(1)):
        errs.append("AS tag %s is not a transposition of %s" % (tag.group(1), said.group(1)))
    for m in re.finditer(r"^\([0-9a-f]{4},[0-9a-f]{4}\) [A-Z]{2} \[(.*)\] +# +(\d+), 1 \w+$", text, re.M):
        n = len(m.group(1))
        if int(m.group(2)) != n + n % 2:
            errs.append("dcmdump length %s does not match %r" % (m.group(2), m.group(1)))
    return errs
