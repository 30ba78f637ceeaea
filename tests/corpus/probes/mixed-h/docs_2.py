"""doc2: e-mail thread between a hospital privacy office and outside counsel (quoted replies, forward)."""


def make(g):
    v = {}
    v["ma"] = "⟦name|Marisol Achterberg⟧"
    v["mae"] = "⟦email|machterberg@lakeviewhealth.example.org⟧"
    v["do"] = "⟦name|Desmond Okafor-Lind⟧"
    v["doe"] = "⟦email|dokaforlind@hartwellcrane.example.com⟧"
    v["yb"] = "⟦name|Yuki Brannigan⟧"
    v["ybe"] = "⟦email|ybrannigan@hartwellcrane.example.com⟧"
    v["tw"] = "⟦name|Tobias Wren⟧"
    v["twe"] = "⟦email|twren@lakeviewhealth.example.org⟧"
    v["priv"] = "⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION⟧"
    v["firm"] = "⟦?law firm named after people|Hartwell Crane LLP⟧"
    v["ssn"] = g.ssn()
    v["mrn"] = g.digits(8, "2")
    v["m_cell"] = g.fmt(g.phone("262"), "paren")
    v["d_direct"] = g.fmt(g.phone("414"), "dash")
    v["ip_home"] = g.ip("203.0.113")
    v["ip_host"] = g.ip("198.51.100")
    v["openai"] = g.openai()
    v["ghp"] = g.ghp()
    t = """Please summarise this thread for our incident log: what happened, who owns each open item, and the deadlines. Keep patient identifiers out of the summary.

From: «ma» <«mae»>
Sent: ⟦?e-mail header timestamp (message metadata)|Tuesday, November 4, 2025 9:41 AM⟧
To: «do» <«doe»>
Cc: «yb» <«ybe»>
Subject: RE: Lakeview / public GitHub repo - follow-up

«priv»

⟦name|Desmond⟧ - answers below; ⟦name|Tobias⟧ has the full clone log if you need it. ⟦name|Yuki⟧, could
you start the HHS notice draft?
1. Full SSNs: 41 of 1,284 rows. Age and ZIP in all rows, no addresses.
2. Clones: ⟦ip|«ip_home»⟧ is ⟦name|Caleb⟧'s home connection (matches his VPN logs);
   ⟦?IP of a hosting provider, unknown party|«ip_host»⟧ is a hosting provider, unknown party. We sent an abuse report.
3. Credentials: yes, two, both revoked the same afternoon (see ⟦name|Tobias⟧'s note).
Discovery date is ⟦date|10/30/2025⟧, so the 60-day outer limit under ⟦!regulation citation|45 C.F.R. § 164.404(b)⟧ is ⟦date|12/29/2025⟧.

«ma», CHPC
Privacy Officer, Lakeview Regional Health
M: ⟦phone|«m_cell»⟧

On ⟦?e-mail header timestamp (message metadata)|Mon, Nov 3, 2025 at 5:02 PM⟧ «do» <«doe»> wrote:
> «priv»
>
> ⟦name|Marisol⟧ - thanks. Before Tuesday's call: (1) how many rows carry full SSNs,
> (2) do we know who cloned the repo, (3) were any credentials exposed?
> Please do not repeat patient identifiers by e-mail; row numbers are enough.
>
> «do» | Partner
> «firm» | ⟦?law firm address (business)|777 N Van Buren St, Suite 1400⟧, Milwaukee, WI ⟦?law firm ZIP (business address)|53202⟧
> Direct ⟦phone|«d_direct»⟧
>
> On ⟦?e-mail header timestamp (message metadata)|Fri, Oct 31, 2025 at 8:15 AM⟧ «ma» <«mae»> wrote:
> > ⟦name|Desmond⟧, ⟦name|Yuki⟧ - forwarding the security write-up. Example of what was in
> > the file, row 17: ⟦name|Hollis Vandermeer⟧, MRN ⟦mrn|«mrn»⟧, SSN ⟦ssn|«ssn»⟧,
> > DOB ⟦date|06/02/1958⟧. Can we talk Tuesday?
> >
> > ---------- Forwarded message ---------
> > From: «tw» <«twe»>
> > Date: ⟦?e-mail header timestamp (message metadata)|Thu, Oct 30, 2025 at 4:12 PM⟧
> > Subject: Public repo with patient extract
> > To: «ma» <«mae»>
> >
> > ⟦name|Caleb Ostrowski⟧ (analytics) pushed readmit_cohort.csv to
> > ⟦url|https://github.com/costrowski-data/readmit-lgbm⟧ on ⟦date|10/21/2025⟧; it stayed
> > public until 15:41 today. config.py in the same commit held
> > OPENAI_API_KEY="⟦openai|«openai»⟧"
> > and a classic PAT ⟦ghp|«ghp»⟧ for the team org.
> > Both revoked at 15:50. His laptop (asset ⟦!asset tag|LRH-NB-2291⟧) is with us.
> >
> > «tw» | Security Engineering | ext. ⟦!internal extension|4471⟧
"""
    return t, v
