"""doc11: EHR access-audit report pasted from Excel (tab-separated, merged header lines)."""

GENRE = """EHR access-audit report for a VIP patient pasted from an Excel export as tab-separated text
   with merged header cells (title, run and window lines padded with tabs, a merged group-header row),
   rows with log timestamps, employee IDs, `LAST, FIRST` user names, departments, workstation IDs,
   internal IPs and a VPN user's home IPv4 and IPv6, followed by the privacy analyst's notes (her
   e-mail, her laptop's MAC, the chart link she opened); pasted with a question about which accesses
   lack a treatment relationship"""

NOTES = """* **Access audit** (doc11). Tabs separate cells; a tab before or after a value is a token boundary.
  Row timestamps (`03/04/2025 22:41:07`) and the report run stamp are log metadata (ambiguous, whole
  value); the audit window dates and the patient's birth and admission dates are gold. Employee IDs
  and the requester's login are ambiguous (no class / handle); workstation IDs and the interface
  account (`INTERFACE, HL7`, not a person) are negatives. Hospital workstation and interface-engine
  addresses (RFC 1918) are infrastructure (ambiguous); the VPN user's home IPv4 and IPv6 addresses
  and her personal laptop's MAC are gold (tied to a named person). User names in `LAST, FIRST`
  capitals and in the notes' mixed case are gold; the chart URL is gold `pii.url` with the MRN nested
  as `phi.mrn`; the employee's work e-mail is gold. The TV channel is unlabelled."""

DATE_ORDER = "MDY"

T = "\t"


def make(g):
    values = dict(mrn="60218834", ip4="203.0.113." + str(g.rng.randint(20, 230)),
                  ip6="2001:db8:4a1f:7c00::" + g.chars("0123456789abcdef", 2),
                  mac="00:00:5E:00:53:" + g.chars("0123456789ABCDEF", 2))
    ts = lambda s: "⟦?access log timestamp (log metadata)|%s⟧" % s
    emp = lambda s: "⟦?employee ID (no class)|%s⟧" % s
    ws = lambda s: "⟦!workstation ID|%s⟧" % s
    lan = lambda s: "⟦?hospital workstation address (infrastructure)|%s⟧" % s
    rows = [
        [ts("03/04/2025 22:41:07"), "View", "Demographics", emp("E104482"), "⟦name|GRZELAK, MONIKA⟧",
         "Food & Nutrition", "VPN-REMOTE", "⟦ip|«ip4»⟧"],
        [ts("03/04/2025 22:43:51"), "View", "Notes", emp("E104482"), "⟦name|GRZELAK, MONIKA⟧",
         "Food & Nutrition", "VPN-REMOTE", "⟦ip|«ip6»⟧"],
        [ts("03/05/2025 07:12:30"), "View", "MAR", emp("E088213"), "⟦name|ABERNATHY-OKORO, JAMAL⟧",
         "Nursing 6 East", ws("WS6E-014"), lan("10.12.6.114")],
        [ts("03/05/2025 07:15:02"), "Print", "AVS", emp("E088213"), "⟦name|ABERNATHY-OKORO, JAMAL⟧",
         "Nursing 6 East", ws("WS6E-014"), lan("10.12.6.114")],
        [ts("03/06/2025 02:00:00"), "Extract", "All", "SVC_HL7", "⟦!interface account, not a person|INTERFACE, HL7⟧",
         "IT", ws("IFACE01"), "⟦?interface engine address (infrastructure)|10.1.0.20⟧"],
        [ts("03/07/2025 13:22:18"), "View", "Results", emp("E112907"), "⟦name|LINDGREN-PAEZ, SOFIA⟧",
         "Radiology Scheduling", ws("WSRAD-03"), lan("10.12.3.41")],
        [ts("03/09/2025 19:05:44"), "View", "Demographics", emp("E130045"), "⟦name|DUBOIS, JEAN-PAUL⟧",
         "Parking Services", ws("WSPKG-01"), lan("10.12.9.7")],
    ]
    sheet = "\n".join([
        "ACCESS AUDIT REPORT - PATIENT: ⟦name|SOLÍS-MOREAU, ANAÏS⟧ (MRN ⟦mrn|«mrn»⟧)" + T * 7,
        "Requested by: Privacy Office (⟦?requester login (handle)|jbranford⟧)" + T * 3
        + "Run: ⟦?report run stamp (log metadata)|03/12/2025 09:14⟧" + T * 4,
        "Window: ⟦date|03/01/2025⟧ - ⟦date|03/11/2025⟧" + T * 7,
        T + "ACCESS" + T * 2 + "USER" + T * 3 + "SOURCE" + T,
        T.join(["Timestamp", "Action", "Section", "User ID", "Name", "Dept", "Workstation", "IP / Device"]),
    ] + [T.join(r) for r in rows])
    tpl = ("Privacy office. I pasted the Excel export of the access audit on our VIP patient below. Which "
           "accesses look inappropriate (no treatment relationship)? Ignore the interface row. And can we use "
           "the VPN details in ⟦name|Monika⟧'s HR meeting?\n\n"
           + sheet + "\n\n"
           "My notes:\n"
           "- Patient is ⟦name|Anaïs Solís-Moreau⟧ (DOB ⟦date|11/30/1987⟧), the Channel 8 anchor, admitted "
           "⟦date|03/03/2025⟧ to 6 East.\n"
           "- ⟦name|Monika Grzelak⟧ (⟦email|monika.grzelak@example.org⟧) is the patient's former sister-in-law "
           "per HR. Her VPN profile registers home IP ⟦ip|«ip4»⟧ and her personal laptop "
           "⟦mac|«mac»⟧ (posture-check log). Gateway history shows she opened "
           "⟦url|https://ehr.example.org/chart/⟦mrn|«mrn»⟧/demographics⟧ at 22:41.\n"
           "- ⟦name|Jamal Abernathy-Okoro⟧ is her 6 East nurse, fine. ⟦name|Sofia Lindgren-Paez⟧ was scheduling "
           "her MRI, probably fine.\n"
           "- ⟦name|Jean-Paul Dubois⟧ (parking) has no reason to be in her chart at all.\n")
    return tpl, values
