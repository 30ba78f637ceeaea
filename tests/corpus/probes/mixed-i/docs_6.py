GENRE = """draft last will and testament (Massachusetts) under the drafting attorney's privilege line:
   testator, executor and alternate, beneficiaries with relationships and addresses (one in Lisbon),
   specific bequests of a car by VIN, a bank account by number and routing number, an IBAN and a
   bitcoin wallet, two witnesses and a notary block; pasted with a request to proofread it"""

NOTES = """* **Will** (doc6). The privilege line is gold (the whole line, once). Every person is gold in every
  form (`Eleanor Marguerite Castellanos`, `Testator` is unlabelled); the executor, alternate,
  beneficiaries, witnesses, notary and drafting attorney are named individuals. The law firm named
  after its partners is ambiguous, the attorney's direct e-mail gold, the firm's main line
  ambiguous. The Portuguese postcode is ambiguous (foreign postcode), the Lisbon street line gold.
  The bank account number, routing number, PT IBAN, VIN and bech32 wallet are gold; the notary's
  commission number and the BBO number are negatives, the commission expiry ambiguous; the
  statute citation is a negative; blanks for the signing date are unlabelled; the matter number is
  ambiguous (case). The testator's birth date is gold."""


def make(g):
    v = {
        'vin': g.vin('JTM', 'RWRFV', 'L'), 'acct': '%s-%s-%s' % (g.d(4), g.d(4), g.d(3)),
        'aba': g.aba('2113'), 'iban': g.iban_pt(), 'btc': g.btc(), 'comm': g.d(6),
        'bbo': g.d(6), 'firm': g.phone('781'), 'matter': 'M-' + g.d(5),
    }
    t = """Can you proofread this draft will for internal consistency (names, addresses, bequests) and tell me what's still missing for execution in Massachusetts? Don't change the legal wording.

⟦priv|PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION - DRAFT FOR CLIENT REVIEW⟧
Matter ⟦?law-firm matter number (case)|«matter»⟧ · Prepared by ⟦?law firm named after people|Lindqvist & Moore LLP⟧

LAST WILL AND TESTAMENT OF ⟦name|ELEANOR MARGUERITE CASTELLANOS⟧

I, ⟦name|Eleanor Marguerite Castellanos⟧, born ⟦date|June 2, 1938⟧, of ⟦addr|19 Juniper Hill Road⟧, Wellesley, Massachusetts ⟦zip|02481⟧, being of sound mind, declare this to be my Last Will and revoke all earlier wills and codicils.

ARTICLE I - FAMILY. I have two children, my son ⟦name|Daniel Castellanos⟧ of ⟦addr|402 Marlborough Street, Apt 6⟧, Boston, MA ⟦zip|02116⟧, and my daughter ⟦name|Sofia Castellanos Brandt⟧ of ⟦addr|Rua da Prata, 118, 3.º Esq.⟧, ⟦?Portuguese postcode (foreign)|1100-419⟧ Lisboa, Portugal, and one grandchild, ⟦name|Mateo Brandt⟧.

ARTICLE II - SPECIFIC BEQUESTS.
(a) To my grandson ⟦name|Mateo Brandt⟧, my 2020 Toyota RAV4, VIN ⟦vin|«vin»⟧, and the contents of my bitcoin wallet ⟦btc|«btc»⟧, the recovery phrase for which is in my safe-deposit box.
(b) To my son ⟦name|Daniel⟧, the balance of my checking account no. ⟦acct|«acct»⟧ at Cape Ann Cooperative Bank (routing ⟦aba|«aba»⟧).
(c) To my daughter ⟦name|Sofia⟧, the sum of fifty thousand dollars ($50,000), to be transferred to her account ⟦iban|«iban»⟧.
(d) To my friend ⟦name|Ruth Abernathy-Cole⟧, my piano and my late husband ⟦name|Rafael⟧'s books.

ARTICLE III - RESIDUE. All the rest of my estate I give in equal shares to my children who survive me.

ARTICLE IV - PERSONAL REPRESENTATIVE. I nominate my son ⟦name|Daniel Castellanos⟧ as Personal Representative, and if he cannot serve, ⟦name|Ruth Abernathy-Cole⟧ of ⟦addr|7 Orchard Lane⟧, Needham, MA ⟦zip|02492⟧, as alternate, to serve without surety on any bond (⟦!statute citation|M.G.L. c. 190B, § 3-603⟧).

Signed on the ___ day of ____________, 20__.

_______________________ ⟦name|Eleanor Marguerite Castellanos⟧, Testator

WITNESSES: ⟦name|Jerome Whitfield⟧, ⟦addr|55 Cedar Street⟧, Wellesley, MA ⟦zip|02482⟧; ⟦name|Ana Lucía Porras⟧, ⟦addr|310 Worcester Street, Unit 12⟧, Wellesley, MA ⟦zip|02481⟧

COMMONWEALTH OF MASSACHUSETTS - Norfolk, ss.
Before me, the undersigned notary public, personally appeared the above-named ⟦name|Eleanor Marguerite Castellanos⟧ and the witnesses, proved to me through satisfactory evidence of identification.
_______________________ ⟦name|Gregory Tull⟧, Notary Public
Commission no. ⟦!notary commission number|«comm»⟧ · My commission expires ⟦?notary commission expiry|March 14, 2029⟧

Drafting attorney: ⟦name|Rebecca Lindqvist⟧, BBO ⟦!bar (BBO) number|«bbo»⟧, ⟦email|rlindqvist@lindqvist-moore.example.com⟧, firm line ⟦?law firm main line (business)|«firm»⟧
"""
    return t, v
