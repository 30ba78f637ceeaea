//! The built-in recognisers: which spans of a text are which built-in class,
//! and how sure we are.
//!
//! Design (the keyword-prefilter design secret scanners use, plus a word pass
//! for formats that have no literal prefix):
//!
//! * One word-keyed dictionary (`dictionary.rs`; ASCII case-insensitive, word
//!   bounded) holds every context word, honorific, role word, month name and
//!   privilege phrase. One pass over the words of the text records context
//!   hits (a bit mask of the context kinds each keyword supports) and the
//!   positions where keyword-driven recognisers must run; those recognisers
//!   then parse only from that position.
//! * One pass over ASCII words hands words that contain a digit to the
//!   numeric and identifier parsers (SSN, card, phone, date, IP, NPI, DEA, VIN,
//!   MBI, IBAN, ICD-10, ZIP, address, age), capitalised words to the name
//!   lexicon, and words that may start a vendor prefix or URL scheme to the
//!   secret and URL parsers; `@` and `-----BEGIN` start the email and PEM
//!   parsers. Both passes step over the text's `ByteMap` (`bytes.rs`), so
//!   words with nothing to check cost a bit test. Every parser is a
//!   hand-written shape check followed by its validator, so no regex runs per
//!   candidate.
//! * Context words raise a score, lower it (e.g. "published" near a date,
//!   "order" near a number) or are required (MRN, bank account, passport,
//!   driver's licence, health plan id, 9-digit SSN/ABA): a hit counts when it
//!   ends within a fixed byte window before the candidate.
//!
//! Scores: checksum-validated or vendor-prefixed values 0.9–0.99 (priority 3);
//! structurally specific values 0.8–0.9 (priority 2); context-dependent
//! values 0.6–0.95 (priority 1); names 0.6–0.9 (priority 1). Candidates under
//! the detector's minimum score (0.5 by default) are dropped.

use super::bytes::{self, ByteMap};
use super::dictionary::{WordDictionary, Words};
use super::names::{
    IS_AMBIGUOUS, IS_FIRST, IS_LAST, IS_NON_NAME, IS_PLACE, IS_STARTER, Names, accented_fold_at, is_combining_mark_at,
    is_non_letter_at, latin_ext_fold_at, latin_fold_at, may_open_nickname, nickname_mark_at, saint_or_place_before,
};
use super::records;
use super::validators as v;
use super::{Candidate, CandidateClass, DetectError};

// Context kinds (bit masks).
const SSN: u64 = 1 << 0;
const ITIN: u64 = 1 << 1;
const PHONE: u64 = 1 << 2;
const DATE_P: u64 = 1 << 3; // a date about a person (birth, visit, incident)
const DATE_N: u64 = 1 << 4; // a date not about a person (published, effective)
const MRN: u64 = 1 << 5;
const PASSPORT: u64 = 1 << 6;
const DL: u64 = 1 << 7;
const BANK: u64 = 1 << 8;
const ABA: u64 = 1 << 9;
const PLAN: u64 = 1 << 10;
const NPI: u64 = 1 << 11;
const DEA: u64 = 1 << 12;
const VIN: u64 = 1 << 13;
const MBI: u64 = 1 << 14;
const NHS: u64 = 1 << 15;
const CARD: u64 = 1 << 16;
const IBAN: u64 = 1 << 17;
const ICD: u64 = 1 << 18;
const AGE: u64 = 1 << 19;
const ZIP: u64 = 1 << 20;
const ADDR: u64 = 1 << 21;
const CRYPTO: u64 = 1 << 22;
const SECRET: u64 = 1 << 23;
const AWS: u64 = 1 << 24;
const IP: u64 = 1 << 25;
const NEG: u64 = 1 << 26; // order/invoice/lot/version numbers: not a person's identifier
const VERSION: u64 = 1 << 27;
const PASSWORD: u64 = 1 << 28;
const BIRTH: u64 = 1 << 29; // a birth: a year alone after it may show an age over 89

/// What a keyword starts, besides context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Special {
    None,
    Honorific,
    Role,
    /// A relative ("daughter", "cousin"): a role before which a name's one
    /// unlisted word is a name too ("his daughter Adaeze").
    Kin,
    /// A relative's word as often before a drug's or a brand's name
    /// ("child Amoxicillin 250 mg", "her mom Facebook messaged", "known as
    /// Zyrtec"): a relative's word, after which one unlisted word is no
    /// name.
    KinListed,
    /// "doctor" written out, as dictation writes the title: an honorific,
    /// but before a capitalised word only if that word is a listed name.
    Doctor,
    /// A maiden name's word ("n\u{e9}e", German "geb.", Czech "roz."): the
    /// one or two capitalised words after it are a name, a surname alone
    /// included ("roz. Hor\u{e1}kov\u{e1}").
    Maiden,
    /// "MRNs:" before a list of facilities' record numbers, one per item
    /// ("MRNs: Ashford Creek AC-4614082; County General CG-05886592").
    MrnList,
    /// A party's word that is a [`Special::Role`] only as a label, before
    /// a colon ("Seller: Dieter Hahn-Albers"): in prose it heads the
    /// names of terms and forms ("Seller Credits", "the buyer Good Faith
    /// Estimate").
    RoleLabel,
    /// A role that follows a name only ("RAFAEL GUTIERREZ, an individual").
    RoleAfter,
    /// "AM" or "PM" closing a chat export's stamp, before its speaker's
    /// name ([`Scan::chat_speaker`]).
    ChatStamp,
    /// A legal record of a person, whose name follows " of " ("the
    /// deposition of Imogen Okwuosa", "the Estate of Walter Krasinski",
    /// "In the Matter of Ana Ruiz") or, for an estate, a surname comes
    /// before ("the Kowalski estate").
    RoleOf,
    /// An age over 89 in words ("ninety-two years old", "aged one hundred").
    AgeWords,
    /// A professional credential after a name ("Anand Subramaniam, MD",
    /// "Jane Doe, Esq."); `true` for those that are also a state's code
    /// ("MD", "PA"), which after a city are not credentials at all.
    Credential(bool),
    /// The last word of a letter's or an e-mail's closing ("Thanks,",
    /// "Best regards,", "Sincerely,"): the line after it names the writer.
    SignOff,
    /// A greeting that opens a line ("Hi Priyanka,", "Dear Tavish:"): the
    /// words after it name the reader.
    Greeting,
    /// A caller's or a writer's introduction ("this is Dana calling",
    /// "my name is rukhsana qureshi-lindqvist"): the words after it name
    /// the speaker ([`Scan::introduction`]); `true` for "my name is".
    Intro(bool),
    /// "From:" opening a line, as a mail program's header block writes
    /// the sender, and the "To:", "Cc:" and "Bcc:" lines under it name the
    /// recipients ([`Scan::mail_header`]).
    MailHeader,
    Github,
    GithubPat,
    OpenAi,
    Anthropic,
    Slack,
    SlackWebhook,
    Jwt,
    Btc,
    Eth,
    Url,
    Month(u8),
    /// A month's name in Spanish, a date only in "12 de marzo (de 2024)".
    MesEs(u8),
    /// A month's name in German, a date only after its day and a dot ("3.
    /// M\u{e4}rz 1931").
    MonatDe,
    /// A French, Dutch or Italian month's name, written after its day
    /// ([`Scan::day_first_date`]).
    DayFirstMonth,
    /// A street's word in Spanish or Portuguese before its name ("Calle 5
    /// de Mayo 118", "Avenida Paulista 1578").
    Calle,
    /// The Polish street's abbreviation "ul." (ulica), before the street's
    /// name and its house number ("ul. Karmelicka 47 m. 12").
    Ulica,
    /// A Polish record's "c\u{f3}rka" or "syn" (daughter, son), before the
    /// parents' given names in the genitive ("c\u{f3}rka J\u{f3}zefa i
    /// Stanis\u{142}awy", [`Scan::parents_after`]).
    Parents,
    /// A Hungarian month's name, written after its year and before its
    /// day ("2025. okt\u{f3}ber 8.", [`Scan::year_first_date`]).
    HonapHu(u8),
    /// A Hungarian street's type, after its name and before its house
    /// number ("Tátra utca 5/B.", [`Scan::utca`]).
    Utca,
    Privilege,
    PoBox,
    /// A house number in words, as office towers are numbered ("One Post
    /// Office Square").
    NumberWord,
    /// An address's word: a street in lower case may follow ("new addr
    /// 1420 beacon st").
    Address,
    /// A word that may name a field of a structured record: a JSON key
    /// or a table's column header ([`records::json_field`],
    /// [`records::table_at`]).
    Field,
    /// An HL7 v2 segment's name ([`records::hl7_segment`]).
    Hl7,
    /// An X12 segment's name ([`records::x12_segment`]).
    X12,
    /// A DICOM element's value representation in a header dump
    /// ([`records::dicom_element`]).
    Dicom,
    /// `INDI` or `SUBM` opening a GEDCOM record ([`records::gedcom_record`]).
    Gedcom,
    /// `VCARD` or `VEVENT` in a `BEGIN:` line: a contact card or a
    /// calendar event ([`records::calendar_block`]).
    Calendar,
}

/// How the matched keyword's case is checked after the case-insensitive match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Any,
    /// First letter upper-case ("Dr", "March").
    Capital,
    /// Every letter upper-case ("DL", "AKIA").
    Upper,
    /// First letter upper-case, or in lower case with a dot right after
    /// it, as chat writes honorifics ("mr. nguyen").
    Dotted,
}

use Case::{Any, Capital, Dotted, Upper};
use Special as S;

/// The keyword table: pattern, context mask, special action, case rule.
const KEYWORDS: &[(&str, u64, Special, Case)] = &[
    // identity numbers
    ("ssn", SSN, S::None, Any),
    ("ss#", SSN, S::None, Upper),
    ("social security", SSN, S::None, Any),
    ("social security number", SSN, S::None, Any),
    ("soc sec", SSN, S::None, Any),
    ("itin", ITIN | SSN, S::None, Any),
    ("taxpayer identification number", ITIN | SSN, S::None, Any),
    ("tax id", ITIN | SSN, S::None, Any),
    ("passport", PASSPORT, S::None, Any),
    // Hungarian
    ("\u{fa}tlev\u{e9}l", PASSPORT, S::None, Any),
    ("passport number", PASSPORT, S::None, Any),
    // Spanish, Portuguese
    ("pasaporte", PASSPORT, S::None, Any),
    ("passaporte", PASSPORT, S::None, Any),
    ("passport no", PASSPORT, S::None, Any),
    ("passports", PASSPORT, S::None, Any),
    ("driver's license", DL, S::None, Any),
    ("driver’s license", DL, S::None, Any),
    ("drivers license", DL, S::None, Any),
    ("driver license", DL, S::None, Any),
    ("driver's licence", DL, S::None, Any),
    ("driving licence", DL, S::None, Any),
    ("license number", DL, S::None, Any),
    ("licence number", DL, S::None, Any),
    ("dl", DL, S::None, Upper),
    ("dln", DL, S::None, Upper),
    // phone
    ("phone", PHONE, S::None, Any),
    ("telephone", PHONE, S::None, Any),
    ("tel", PHONE, S::None, Any),
    ("cell", PHONE, S::None, Any),
    ("mobile", PHONE, S::None, Any),
    ("fax", PHONE, S::None, Any),
    ("call", PHONE, S::None, Any),
    ("text", PHONE, S::None, Any),
    ("pager", PHONE, S::None, Any),
    ("contact", PHONE, S::None, Any),
    ("reach", PHONE, S::None, Any),
    ("ph", PHONE, S::None, Any),
    // a call-back number, as call logs and messages abbreviate it ("cb 6175550129")
    ("cb", PHONE, S::None, Any),
    ("callback", PHONE, S::None, Any),
    // dates about a person
    ("dob", DATE_P | BIRTH, S::None, Any),
    ("d.o.b", DATE_P | BIRTH, S::None, Any),
    ("date of birth", DATE_P | BIRTH, S::None, Any),
    ("born", DATE_P | BIRTH, S::None, Any),
    ("birth", DATE_P | BIRTH, S::None, Any),
    ("yob", BIRTH, S::None, Any),
    ("birthday", DATE_P, S::None, Any),
    ("admitted", DATE_P, S::None, Any),
    ("fecha de nacimiento", DATE_P | BIRTH, S::None, Any),
    ("cita", DATE_P, S::None, Any),
    ("geboren", DATE_P | BIRTH, S::None, Any),
    ("geburtsdatum", DATE_P | BIRTH, S::None, Any),
    ("naissance", DATE_P | BIRTH, S::None, Any),
    ("n\u{e9} le", DATE_P | BIRTH, S::None, Any),
    ("n\u{e9}e le", DATE_P | BIRTH, S::None, Any),
    ("aufnahme", DATE_P, S::None, Any),
    ("entlassung", DATE_P, S::None, Any),
    ("signed", DATE_P, S::None, Any),
    ("drawn", DATE_P, S::None, Any),
    ("admission", DATE_P, S::None, Any),
    ("admit", DATE_P, S::None, Any),
    ("discharged", DATE_P, S::None, Any),
    ("discharge", DATE_P, S::None, Any),
    ("dos", DATE_P, S::None, Upper),
    ("date of service", DATE_P, S::None, Any),
    ("seen", DATE_P, S::None, Any),
    ("visit", DATE_P, S::None, Any),
    ("appointment", DATE_P, S::None, Any),
    ("appt", DATE_P, S::None, Any),
    ("surgery", DATE_P, S::None, Any),
    ("procedure", DATE_P, S::None, Any),
    ("died", DATE_P, S::None, Any),
    ("deceased", DATE_P, S::None, Any),
    ("death", DATE_P, S::None, Any),
    ("presented", DATE_P, S::None, Any),
    ("injury", DATE_P, S::None, Any),
    ("injured", DATE_P, S::None, Any),
    ("accident", DATE_P, S::None, Any),
    ("incident", DATE_P, S::None, Any),
    ("hired", DATE_P, S::None, Any),
    ("terminated", DATE_P, S::None, Any),
    ("deposed", DATE_P, S::None, Any),
    ("deposition", DATE_P, S::RoleOf, Any),
    ("married", DATE_P, S::None, Any),
    ("arrested", DATE_P, S::None, Any),
    ("last seen", DATE_P, S::None, Any),
    ("follow-up", DATE_P, S::None, Any),
    ("vaccinated", DATE_P, S::None, Any),
    ("collected", DATE_P, S::None, Any),
    // pregnancy dates and procedures a patient had ("LMP 10/28/2026",
    // "EDD 08/04/2027", "Last colonoscopy 10/2023")
    ("lmp", DATE_P, S::None, Any),
    ("menstrual period", DATE_P, S::None, Any),
    ("edd", DATE_P, S::None, Any),
    ("edc", DATE_P, S::None, Upper),
    ("colonoscopy", DATE_P, S::None, Any),
    ("mammogram", DATE_P, S::None, Any),
    ("biopsy", DATE_P, S::None, Any),
    ("endoscopy", DATE_P, S::None, Any),
    ("vaccination", DATE_P, S::None, Any),
    ("immunization", DATE_P, S::None, Any),
    ("transplant", DATE_P, S::None, Any),
    // dates not about a person
    ("published", DATE_N, S::None, Any),
    ("approved", DATE_N, S::None, Any),
    ("released", DATE_N | VERSION, S::None, Any),
    ("release", DATE_N | VERSION, S::None, Any),
    ("effective", DATE_N, S::None, Any),
    ("revised", DATE_N, S::None, Any),
    ("updated", DATE_N, S::None, Any),
    ("last updated", DATE_N, S::None, Any),
    ("guideline", DATE_N, S::None, Any),
    ("guidelines", DATE_N, S::None, Any),
    ("enacted", DATE_N, S::None, Any),
    ("amended", DATE_N, S::None, Any),
    ("founded", DATE_N, S::None, Any),
    ("established", DATE_N, S::None, Any),
    ("copyright", DATE_N, S::None, Any),
    ("launched", DATE_N, S::None, Any),
    ("announced", DATE_N, S::None, Any),
    ("expires", DATE_N, S::None, Any),
    ("deadline", DATE_N, S::None, Any),
    ("due", DATE_N, S::None, Any),
    ("recall", DATE_N, S::None, Any),
    ("fda", DATE_N, S::None, Any),
    ("valid through", DATE_N, S::None, Any),
    ("compliance date", DATE_N, S::None, Any),
    // a standard's: "USP <797> (official November 1, 2023)"
    ("official", DATE_N, S::None, Any),
    // a statute's date: "Pub. L. 110-322, Sept. 19, 2008"
    ("pub", DATE_N, S::None, Capital),
    ("statute", DATE_N, S::None, Any),
    ("codified", DATE_N, S::None, Any),
    // Polish: "ustawy z dnia 28 lipca 1983 r.", "rozporz\u{105}dzenia Ministra
    // Sprawiedliwo\u{15b}ci z dnia 28 czerwca 2004 r." (an act's, a regulation's)
    ("ustawa", DATE_N, S::None, Any),
    ("ustawy", DATE_N, S::None, Any),
    ("rozporz\u{105}dzenie", DATE_N, S::None, Any),
    ("rozporz\u{105}dzenia", DATE_N, S::None, Any),
    // a period of an organisation's accounts, not a person's
    ("quarterly", DATE_N, S::None, Any),
    // a leaflet's or a standard's edition ("VIS edition 08/06/2021")
    ("edition", DATE_N, S::None, Any),
    ("fiscal", DATE_N, S::None, Any),
    ("revenue", DATE_N, S::None, Any),
    // medical record and health plan
    ("mrn", MRN, S::None, Any),
    ("mrns", 0, S::MrnList, Any),
    ("mr#", MRN, S::None, Upper),
    ("medical record", MRN, S::None, Any),
    ("medical record number", MRN, S::None, Any),
    ("medical record no", MRN, S::None, Any),
    ("chart number", MRN, S::None, Any),
    ("chart #", MRN, S::None, Any),
    ("chart no", MRN, S::None, Any),
    ("patient id", MRN, S::None, Any),
    ("hospital number", MRN, S::None, Any),
    ("hospital no", MRN, S::None, Any),
    ("hospital #", MRN, S::None, Any),
    ("hosp no", MRN, S::None, Any),
    ("unit number", MRN, S::None, Any),
    ("record number", MRN, S::None, Any),
    ("med rec", MRN, S::None, Any),
    ("med rec no", MRN, S::None, Any),
    ("med rec #", MRN, S::None, Any),
    ("med rec number", MRN, S::None, Any),
    ("member id", PLAN, S::None, Any),
    ("member number", PLAN, S::None, Any),
    ("member #", PLAN, S::None, Any),
    ("subscriber id", PLAN, S::None, Any),
    ("subscriber number", PLAN, S::None, Any),
    ("policy number", PLAN, S::None, Any),
    ("policy no", PLAN, S::None, Any),
    ("insurance id", PLAN, S::None, Any),
    ("insurance number", PLAN, S::None, Any),
    ("health plan id", PLAN, S::None, Any),
    ("health plan", PLAN, S::None, Any),
    ("plan id", PLAN, S::None, Any),
    ("medicaid id", PLAN, S::None, Any),
    ("medicaid", PLAN, S::None, Any),
    // Arizona's Medicaid
    ("ahcccs", PLAN, S::None, Any),
    ("group number", PLAN, S::None, Any),
    // a German insurer's number for its member ("Versichertennr. M429926008")
    ("versichertennr", PLAN, S::None, Any),
    ("versichertennummer", PLAN, S::None, Any),
    ("krankenversichertennummer", PLAN, S::None, Any),
    // a health plan's name before its member's ID ("Aetna ID W467247528",
    // "BCBS XOF051512827")
    ("aetna", PLAN, S::None, Capital),
    ("cigna", PLAN, S::None, Capital),
    ("humana", PLAN, S::None, Capital),
    ("anthem", PLAN, S::None, Capital),
    ("bcbs", PLAN, S::None, Upper),
    ("uhc", PLAN, S::None, Upper),
    ("unitedhealthcare", PLAN, S::None, Capital),
    ("tricare", PLAN, S::None, Capital),
    ("molina", PLAN, S::None, Capital),
    ("ambetter", PLAN, S::None, Capital),
    ("wellcare", PLAN, S::None, Capital),
    ("highmark", PLAN, S::None, Capital),
    ("npi", NPI, S::None, Any),
    ("national provider identifier", NPI, S::None, Any),
    ("dea", DEA, S::None, Any),
    ("vin", VIN, S::None, Any),
    ("vehicle identification number", VIN, S::None, Any),
    ("mbi", MBI, S::None, Any),
    ("medicare", MBI, S::None, Any),
    ("medicare beneficiary identifier", MBI, S::None, Any),
    ("nhs", NHS, S::None, Any),
    ("nhs number", NHS, S::None, Any),
    ("nhs no", NHS, S::None, Any),
    // money
    ("card", CARD, S::None, Any),
    ("credit card", CARD, S::None, Any),
    ("card number", CARD, S::None, Any),
    ("visa", CARD, S::None, Any),
    ("mastercard", CARD, S::None, Any),
    ("amex", CARD, S::None, Any),
    ("iban", IBAN, S::None, Any),
    ("account number", BANK, S::None, Any),
    ("account no", BANK, S::None, Any),
    ("account #", BANK, S::None, Any),
    ("acct", BANK, S::None, Any),
    ("acct no", BANK, S::None, Any),
    ("bank account", BANK, S::None, Any),
    ("checking account", BANK, S::None, Any),
    ("savings account", BANK, S::None, Any),
    ("routing", ABA, S::None, Any),
    ("routing number", ABA, S::None, Any),
    ("routing no", ABA, S::None, Any),
    ("aba", ABA, S::None, Any),
    ("rtn", ABA, S::None, Any),
    ("transit number", ABA, S::None, Any),
    ("bitcoin", CRYPTO, S::None, Any),
    ("btc", CRYPTO, S::None, Any),
    ("wallet", CRYPTO, S::None, Any),
    ("ethereum", CRYPTO, S::None, Any),
    ("crypto", CRYPTO, S::None, Any),
    // clinical codes and ages
    ("icd", ICD, S::None, Any),
    ("icd-10", ICD, S::None, Any),
    ("icd10", ICD, S::None, Any),
    ("icd-10-cm", ICD, S::None, Any),
    ("dx", ICD, S::None, Any),
    ("diagnosis", ICD, S::None, Any),
    ("diagnoses", ICD, S::None, Any),
    ("diagnosed", ICD | DATE_P, S::None, Any),
    ("code", ICD, S::None, Any),
    ("codes", ICD, S::None, Any),
    ("coded", ICD, S::None, Any),
    ("billing", ICD, S::None, Any),
    ("billed", ICD, S::None, Any),
    ("assessment", ICD, S::None, Any),
    ("impression", ICD, S::None, Any),
    ("problem list", ICD, S::None, Any),
    ("age", AGE, S::None, Any),
    ("ninety", 0, S::AgeWords, Any),
    ("hundred", 0, S::AgeWords, Any),
    ("aged", AGE, S::None, Any),
    ("age of", AGE, S::None, Any),
    // location
    ("zip", ZIP, S::None, Any),
    ("zip code", ZIP, S::None, Any),
    ("zipcode", ZIP, S::None, Any),
    ("postal code", ZIP, S::None, Any),
    ("address", ADDR, S::Address, Any),
    ("lives at", ADDR, S::Address, Any),
    ("resides at", ADDR, S::Address, Any),
    ("residing at", ADDR, S::Address, Any),
    ("located at", ADDR, S::Address, Any),
    ("addr", ADDR, S::Address, Any),
    ("live at", ADDR, S::Address, Any),
    ("living at", ADDR, S::Address, Any),
    ("moved to", ADDR, S::Address, Any),
    ("ship to", ADDR, S::Address, Any),
    ("po box", ADDR, S::PoBox, Any),
    ("p.o. box", ADDR, S::PoBox, Any),
    ("post office box", ADDR, S::PoBox, Any),
    ("one", 0, S::NumberWord, Capital),
    ("two", 0, S::NumberWord, Capital),
    ("three", 0, S::NumberWord, Capital),
    ("four", 0, S::NumberWord, Capital),
    ("five", 0, S::NumberWord, Capital),
    ("ip", IP, S::None, Upper),
    ("ip address", IP, S::None, Any),
    ("host", IP, S::None, Any),
    ("server", IP, S::None, Any),
    // not a person's identifier
    ("order", NEG, S::None, Any),
    ("order number", NEG, S::None, Any),
    ("invoice", NEG, S::None, Any),
    ("tracking", NEG, S::None, Any),
    ("confirmation", NEG, S::None, Any),
    ("reference", NEG, S::None, Any),
    ("ref", NEG, S::None, Any),
    ("ticket", NEG, S::None, Any),
    ("lot", NEG, S::None, Any),
    ("batch", NEG, S::None, Any),
    ("serial", NEG, S::None, Any),
    ("sku", NEG, S::None, Any),
    ("isbn", NEG, S::None, Any),
    ("catalog", NEG, S::None, Any),
    ("part number", NEG, S::None, Any),
    ("model", NEG, S::None, Any),
    ("version", VERSION | DATE_N, S::None, Any),
    ("build", VERSION, S::None, Any),
    ("firmware", VERSION, S::None, Any),
    ("software", VERSION, S::None, Any),
    // generic secrets
    ("api_key", SECRET, S::None, Any),
    ("api-key", SECRET, S::None, Any),
    ("apikey", SECRET, S::None, Any),
    ("api key", SECRET, S::None, Any),
    ("secret", SECRET, S::None, Any),
    ("secret_key", SECRET, S::None, Any),
    ("client_secret", SECRET, S::None, Any),
    ("access_token", SECRET, S::None, Any),
    ("auth_token", SECRET, S::None, Any),
    ("token", SECRET, S::None, Any),
    ("password", PASSWORD, S::None, Any),
    ("passwd", PASSWORD, S::None, Any),
    ("pwd", PASSWORD, S::None, Any),
    ("passcode", PASSWORD, S::None, Any),
    ("bearer", SECRET, S::None, Any),
    ("aws_secret_access_key", AWS, S::None, Any),
    ("aws secret access key", AWS, S::None, Any),
    ("secret access key", AWS, S::None, Any),
    // honorifics
    ("dr", 0, S::Honorific, Dotted),
    ("mr", 0, S::Honorific, Dotted),
    ("mrs", 0, S::Honorific, Dotted),
    ("ms", 0, S::Honorific, Dotted),
    ("miss", 0, S::Honorific, Capital),
    ("mx", 0, S::Honorific, Capital),
    ("prof", 0, S::Honorific, Capital),
    ("professor", 0, S::Honorific, Capital),
    ("judge", 0, S::Honorific, Capital),
    ("justice", 0, S::Honorific, Capital),
    ("hon", 0, S::Honorific, Capital),
    // Czech and Slovak academic titles, which stand before a name as
    // "Dr." does ("MUDr. Ond\u{159}ej V\u{e1}vra", "JUDr. Jana Mare\u{161}ov\u{e1}")
    ("mudr", 0, S::Honorific, Capital),
    ("judr", 0, S::Honorific, Capital),
    ("mvdr", 0, S::Honorific, Capital),
    ("mddr", 0, S::Honorific, Capital),
    ("phdr", 0, S::Honorific, Capital),
    ("rndr", 0, S::Honorific, Capital),
    ("pharmdr", 0, S::Honorific, Capital),
    ("mgr", 0, S::Honorific, Capital),
    // Czech "Mrs.": "pan\u{ed} Reyesov\u{e1}"
    ("pan\u{ed}", 0, S::Honorific, Capital),
    // a maiden name's word: "(n\u{e9}e Hollis)", "geb. M\u{fc}ller", "roz. Hor\u{e1}kov\u{e1}"
    ("n\u{e9}e", 0, S::Maiden, Any),
    ("nee", 0, S::Maiden, Any),
    ("geb", 0, S::Maiden, Any),
    ("roz", 0, S::Maiden, Any),
    // Hungarian: "sz\u{fc}l. Bakos Erzs\u{e9}bet" (born), and "\u{f6}zv. Szab\u{f3}
    // Lajosn\u{e9}" (widow of), each with its dot
    ("sz\u{fc}l", 0, S::Maiden, Any),
    ("\u{f6}zv", 0, S::Maiden, Any),
    // German: "Frau Dr. med. Ebru Adeyemi-Schwarz", "Herr Jonas \u{d6}zt\u{fc}rk"
    // Dutch: "mevrouw" and "meneer" in lower case mid-sentence
    ("mevrouw", 0, S::Honorific, Any),
    ("meneer", 0, S::Honorific, Any),
    ("frau", 0, S::Honorific, Capital),
    ("herr", 0, S::Honorific, Capital),
    // French: "Mme Ginette Lapointe", "Dre \u{c9}lodie Saint-Onge"
    // Spanish and Portuguese: "Dra. Helena Martins Queiroz"
    ("dra", 0, S::Honorific, Dotted),
    ("mme", 0, S::Honorific, Capital),
    ("mlle", 0, S::Honorific, Capital),
    ("dre", 0, S::Honorific, Capital),
    // clergy
    ("rev", 0, S::Honorific, Capital),
    ("revd", 0, S::Honorific, Capital),
    ("reverend", 0, S::Honorific, Capital),
    ("fr", 0, S::Honorific, Capital),
    ("pastor", 0, S::Honorific, Capital),
    ("rabbi", 0, S::Honorific, Capital),
    // as dictation writes the title out ("doctor priya raghunathan")
    ("doctor", 0, S::Doctor, Any),
    ("imam", 0, S::Honorific, Capital),
    // police and military ranks, as reports write officers
    ("deputy", 0, S::Honorific, Capital),
    ("detective", 0, S::Honorific, Capital),
    ("det", 0, S::Honorific, Capital),
    ("sergeant", 0, S::Honorific, Capital),
    ("sgt", 0, S::Honorific, Capital),
    ("ofc", 0, S::Honorific, Capital),
    ("lieutenant", 0, S::Honorific, Capital),
    ("lt", 0, S::Honorific, Capital),
    ("captain", 0, S::Honorific, Capital),
    ("capt", 0, S::Honorific, Capital),
    ("trooper", 0, S::Honorific, Capital),
    ("corporal", 0, S::Honorific, Capital),
    ("cpl", 0, S::Honorific, Capital),
    ("constable", 0, S::Honorific, Capital),
    ("colonel", 0, S::Honorific, Capital),
    ("col", 0, S::Honorific, Capital),
    ("commander", 0, S::Honorific, Capital),
    ("cmdr", 0, S::Honorific, Capital),
    // roles that precede a name
    ("patient", 0, S::Role, Any),
    ("student", 0, S::Role, Any),
    ("pupil", 0, S::Role, Any),
    ("pt", 0, S::Role, Any),
    ("client", 0, S::Role, Any),
    ("plaintiff", 0, S::Role, Any),
    ("defendant", 0, S::Role, Any),
    ("witness", 0, S::Role, Any),
    ("deponent", 0, S::Role, Any),
    ("petitioner", 0, S::Role, Any),
    ("respondent", 0, S::Role, Any),
    ("claimant", 0, S::Role, Any),
    ("decedent", 0, S::Role, Any),
    ("appellant", 0, S::Role, Any),
    ("counsel", 0, S::Role, Any),
    ("attorney", 0, S::Role, Any),
    ("physician", 0, S::Role, Any),
    ("surgeon", 0, S::Role, Any),
    ("nurse", 0, S::Role, Any),
    ("practitioner", 0, S::Role, Any),
    ("pharmacist", 0, S::Role, Any),
    ("therapist", 0, S::Role, Any),
    ("midwife", 0, S::Role, Any),
    ("paralegal", 0, S::Role, Any),
    ("assistant", 0, S::Role, Any),
    ("technician", 0, S::Role, Any),
    ("chaplain", 0, S::Role, Any),
    ("coordinator", 0, S::Role, Any),
    ("interpreter", 0, S::Role, Any),
    ("supervisor", 0, S::Role, Any),
    ("adjuster", 0, S::Role, Any),
    ("informant", 0, S::Role, Any),
    ("officer", 0, S::Role, Any),
    ("director", 0, S::Role, Any),
    ("provider", 0, S::Role, Any),
    ("attending", 0, S::Role, Any),
    ("name", 0, S::Role, Any),
    ("surname", 0, S::Role, Any),
    ("forename", 0, S::Role, Any),
    ("referring", 0, S::Role, Any),
    ("ordering", 0, S::Role, Any),
    ("debtor", 0, S::Role, Any),
    ("debtors", 0, S::Role, Any),
    ("named", 0, S::Role, Any),
    ("seen by", 0, S::Role, Any),
    ("referred by", 0, S::Role, Any),
    ("signed by", 0, S::Role, Any),
    ("reported by", 0, S::Role, Any),
    ("prepared by", 0, S::Role, Any),
    ("reviewed by", 0, S::Role, Any),
    // what a person is called: "Everyone calls me Roz", "goes by Amaka"
    ("calls me", 0, S::Kin, Any),
    ("goes by", 0, S::Kin, Any),
    ("known as", 0, S::KinListed, Any),
    ("mother", 0, S::Kin, Any),
    ("father", 0, S::Kin, Any),
    ("wife", 0, S::Kin, Any),
    ("roommate", 0, S::Kin, Any),
    ("flatmate", 0, S::Kin, Any),
    ("housemate", 0, S::Kin, Any),
    ("grandma", 0, S::KinListed, Any),
    ("grandpa", 0, S::KinListed, Any),
    ("granny", 0, S::KinListed, Any),
    ("mum", 0, S::KinListed, Any),
    ("husband", 0, S::Kin, Any),
    ("son", 0, S::Kin, Any),
    ("daughter", 0, S::Kin, Any),
    ("spouse", 0, S::Kin, Any),
    ("sister", 0, S::Kin, Any),
    ("brother", 0, S::Kin, Any),
    ("grandson", 0, S::Kin, Any),
    ("granddaughter", 0, S::Kin, Any),
    ("grandmother", 0, S::Kin, Any),
    ("grandfather", 0, S::Kin, Any),
    ("niece", 0, S::Kin, Any),
    ("nephew", 0, S::Kin, Any),
    ("aunt", 0, S::Kin, Any),
    ("uncle", 0, S::Kin, Any),
    ("cousin", 0, S::Kin, Any),
    ("sibling", 0, S::KinListed, Any),
    ("child", 0, S::KinListed, Any),
    ("grandchild", 0, S::KinListed, Any),
    ("mom", 0, S::KinListed, Any),
    ("dad", 0, S::KinListed, Any),
    ("stepmother", 0, S::Kin, Any),
    ("stepfather", 0, S::Kin, Any),
    ("stepson", 0, S::Kin, Any),
    ("stepdaughter", 0, S::Kin, Any),
    // Dutch: "haar dochter Margriet", "echtgenoot Hendrik"
    ("dochter", 0, S::Kin, Any),
    ("zoon", 0, S::Kin, Any),
    ("echtgenoot", 0, S::Kin, Any),
    ("echtgenote", 0, S::Kin, Any),
    ("broer", 0, S::Kin, Any),
    ("fiance", 0, S::Kin, Any),
    ("fiancee", 0, S::Kin, Any),
    ("fiancé", 0, S::Kin, Any),
    ("fiancée", 0, S::Kin, Any),
    ("boyfriend", 0, S::Kin, Any),
    ("girlfriend", 0, S::Kin, Any),
    ("guardian", 0, S::Role, Any),
    ("insured", 0, S::Role, Any),
    ("subscriber", 0, S::Role, Any),
    ("policyholder", 0, S::Role, Any),
    ("guarantor", 0, S::Role, Any),
    // a chat export's stamp: "[9/9/25, 7:02 AM] Graça N:"
    ("am", 0, S::ChatStamp, Any),
    ("pm", 0, S::ChatStamp, Any),
    // a contact card's or a calendar event's block: "BEGIN:VCARD"
    ("vcard", 0, S::Calendar, Upper),
    ("vevent", 0, S::Calendar, Upper),
    // a mail's header block: "From: Whitcombe, Harriet" and the lines after it
    ("from", 0, S::MailHeader, Capital),
    // the parties of a sale or a loan, as a closing statement lists them
    // ("Seller: Dieter Hahn-Albers"), before a colon only
    ("borrower", 0, S::RoleLabel, Any),
    ("borrowers", 0, S::RoleLabel, Any),
    ("buyer", 0, S::RoleLabel, Any),
    ("buyers", 0, S::RoleLabel, Any),
    ("seller", 0, S::RoleLabel, Any),
    // a proxy's or a power of attorney's agent ("Agent: Pieter-Jan Van der
    // Berghe"); in prose the word heads terms ("Agent Orange exposure")
    ("agent", 0, S::RoleLabel, Any),
    // a trial's coordinator and monitor, as its logs label them ("CRC:
    // Bogdan Petrescu", "CRA: Haruka Ishikawa-Brandt")
    ("crc", 0, S::RoleLabel, Upper),
    ("cra", 0, S::RoleLabel, Upper),
    ("sellers", 0, S::RoleLabel, Any),
    ("purchaser", 0, S::RoleLabel, Any),
    ("grantor", 0, S::RoleLabel, Any),
    ("grantee", 0, S::RoleLabel, Any),
    ("grantors", 0, S::RoleLabel, Any),
    ("grantees", 0, S::RoleLabel, Any),
    ("employee", 0, S::Role, Any),
    ("tenant", 0, S::Role, Any),
    ("executor", 0, S::Role, Any),
    ("beneficiary", 0, S::Role, Any),
    ("victim", 0, S::Role, Any),
    ("caller", 0, S::Role, Any),
    ("emergency contact", 0, S::Role, Any),
    ("paralegal", 0, S::Role, Any),
    ("partner", 0, S::Role, Any),
    ("associate", 0, S::Role, Any),
    // roles that only follow a name, as a caption describes a party
    // (single words, so "a" and "an" are not keyword starts; the article
    // is read before them: "RAFAEL GUTIERREZ, an individual")
    ("individual", 0, S::RoleAfter, Any),
    ("minor", 0, S::RoleAfter, Any),
    ("deceased", 0, S::RoleAfter, Any),
    ("administrator", 0, S::RoleAfter, Any),
    ("administratrix", 0, S::RoleAfter, Any),
    ("executrix", 0, S::RoleAfter, Any),
    ("trustee", 0, S::RoleAfter, Any),
    ("conservator", 0, S::RoleAfter, Any),
    // credentials after a name (degrees and licences of clinicians and
    // lawyers), in capitals as signatures write them
    ("md", 0, S::Credential(true), Upper),
    ("m.d", 0, S::Credential(false), Upper),
    ("pa", 0, S::Credential(true), Upper),
    ("pa-c", 0, S::Credential(false), Upper),
    ("do", 0, S::Credential(false), Upper),
    ("d.o", 0, S::Credential(false), Upper),
    ("rn", 0, S::Credential(false), Upper),
    ("emt", 0, S::Credential(false), Upper),
    ("aemt", 0, S::Credential(false), Upper),
    ("emt-p", 0, S::Credential(false), Upper),
    ("nrp", 0, S::Credential(false), Upper),
    ("cls", 0, S::Credential(false), Upper),
    ("mlt", 0, S::Credential(false), Upper),
    ("testimony", 0, S::RoleOf, Any),
    ("affidavit", 0, S::RoleOf, Any),
    ("declaration", 0, S::RoleOf, Any),
    ("estate", 0, S::RoleOf, Any),
    ("matter", 0, S::RoleOf, Any), // "In the Matter of Ana Ruiz"
    ("guardianship", 0, S::RoleOf, Any),
    ("conservatorship", 0, S::RoleOf, Any),
    ("hi", 0, S::Greeting, Any),
    // a caller's introduction, as voicemail and its transcripts begin
    ("this is", 0, S::Intro(false), Any),
    ("my name is", 0, S::Intro(true), Any),
    ("hello", 0, S::Greeting, Any),
    ("hey", 0, S::Greeting, Any),
    ("dear", 0, S::Greeting, Any),
    ("thanks", 0, S::SignOff, Any),
    ("thank", 0, S::SignOff, Any),
    ("regards", 0, S::SignOff, Any),
    ("sincerely", 0, S::SignOff, Any),
    ("cheers", 0, S::SignOff, Any),
    ("best", 0, S::SignOff, Any),
    ("respectfully", 0, S::SignOff, Any),
    ("truly", 0, S::SignOff, Any),
    ("yours", 0, S::SignOff, Any),
    ("warmly", 0, S::SignOff, Any),
    ("faithfully", 0, S::SignOff, Any),
    ("bsn", 0, S::Credential(false), Upper),
    ("msn", 0, S::Credential(false), Upper),
    ("np", 0, S::Credential(false), Upper),
    ("fnp", 0, S::Credential(false), Upper),
    ("fnp-bc", 0, S::Credential(false), Upper),
    ("fnp-c", 0, S::Credential(false), Upper),
    ("pmhnp", 0, S::Credential(false), Upper),
    ("pmhnp-bc", 0, S::Credential(false), Upper),
    ("anp-bc", 0, S::Credential(false), Upper),
    ("agnp-c", 0, S::Credential(false), Upper),
    ("acnp-bc", 0, S::Credential(false), Upper),
    ("lmft", 0, S::Credential(false), Upper),
    ("lmhc", 0, S::Credential(false), Upper),
    ("lpc", 0, S::Credential(false), Upper),
    ("psyd", 0, S::Credential(false), Any),
    ("psy.d", 0, S::Credential(false), Any),
    ("facc", 0, S::Credential(false), Upper),
    ("frcpath", 0, S::Credential(false), Any),
    ("aprn", 0, S::Credential(false), Upper),
    ("dnp", 0, S::Credential(false), Upper),
    ("crna", 0, S::Credential(false), Upper),
    ("cnm", 0, S::Credential(false), Upper),
    ("lpn", 0, S::Credential(false), Upper),
    ("lvn", 0, S::Credential(false), Upper),
    ("lcsw", 0, S::Credential(false), Upper),
    ("licsw", 0, S::Credential(false), Upper),
    ("lisw", 0, S::Credential(false), Upper),
    ("lisw-s", 0, S::Credential(false), Upper),
    ("lmsw", 0, S::Credential(false), Upper),
    ("lcsw-c", 0, S::Credential(false), Upper),
    ("lpcc", 0, S::Credential(false), Upper),
    ("bcba", 0, S::Credential(false), Upper),
    ("msw", 0, S::Credential(false), Upper),
    ("dpt", 0, S::Credential(false), Upper),
    ("otr", 0, S::Credential(false), Upper),
    ("slp", 0, S::Credential(false), Upper),
    ("rdn", 0, S::Credential(false), Upper),
    ("rrt", 0, S::Credential(false), Upper),
    ("cna", 0, S::Credential(false), Upper),
    ("crnp", 0, S::Credential(false), Upper),
    ("dpm", 0, S::Credential(false), Upper),
    ("rph", 0, S::Credential(false), Any),
    ("dds", 0, S::Credential(false), Upper),
    ("dmd", 0, S::Credential(false), Upper),
    ("mbbs", 0, S::Credential(false), Upper),
    ("frcp", 0, S::Credential(false), Upper),
    ("facs", 0, S::Credential(false), Upper),
    ("facp", 0, S::Credential(false), Upper),
    ("rhia", 0, S::Credential(false), Upper),
    ("pharmd", 0, S::Credential(false), Any),
    ("phd", 0, S::Credential(false), Any),
    ("ph.d", 0, S::Credential(false), Any),
    ("esq", 0, S::Credential(false), Capital),
    ("jd", 0, S::Credential(false), Upper),
    ("j.d", 0, S::Credential(false), Upper),
    // months; a month's full name in lower case too, as chat writes dates
    // ("as of march 1"), but not "may"
    ("january", 0, S::Month(1), Any),
    ("jan", 0, S::Month(1), Capital),
    ("february", 0, S::Month(2), Any),
    ("feb", 0, S::Month(2), Capital),
    ("march", 0, S::Month(3), Any),
    ("mar", 0, S::Month(3), Capital),
    ("april", 0, S::Month(4), Any),
    ("apr", 0, S::Month(4), Capital),
    ("may", 0, S::Month(5), Capital),
    ("june", 0, S::Month(6), Any),
    ("jun", 0, S::Month(6), Capital),
    ("july", 0, S::Month(7), Any),
    ("jul", 0, S::Month(7), Capital),
    ("august", 0, S::Month(8), Any),
    ("aug", 0, S::Month(8), Capital),
    ("september", 0, S::Month(9), Any),
    ("sep", 0, S::Month(9), Capital),
    ("sept", 0, S::Month(9), Capital),
    ("october", 0, S::Month(10), Any),
    ("oct", 0, S::Month(10), Capital),
    ("november", 0, S::Month(11), Any),
    ("nov", 0, S::Month(11), Capital),
    ("december", 0, S::Month(12), Any),
    ("dec", 0, S::Month(12), Capital),
    // Spanish, as bilingual letters write dates ("12 de marzo de 2024")
    ("enero", 0, S::MesEs(1), Any),
    ("febrero", 0, S::MesEs(2), Any),
    ("marzo", 0, S::MesEs(3), Any),
    ("abril", 0, S::MesEs(4), Any),
    ("mayo", 0, S::MesEs(5), Any),
    ("junio", 0, S::MesEs(6), Any),
    ("julio", 0, S::MesEs(7), Any),
    ("agosto", 0, S::MesEs(8), Any),
    ("septiembre", 0, S::MesEs(9), Any),
    ("setiembre", 0, S::MesEs(9), Any),
    ("octubre", 0, S::MesEs(10), Any),
    ("noviembre", 0, S::MesEs(11), Any),
    ("diciembre", 0, S::MesEs(12), Any),
    // Portuguese, the same shape ("3 de mar\u{e7}o de 2025"); abril and
    // agosto are spelled as in Spanish
    ("janeiro", 0, S::MesEs(1), Any),
    ("fevereiro", 0, S::MesEs(2), Any),
    ("mar\u{e7}o", 0, S::MesEs(3), Any),
    ("maio", 0, S::MesEs(5), Any),
    ("junho", 0, S::MesEs(6), Any),
    ("julho", 0, S::MesEs(7), Any),
    ("setembro", 0, S::MesEs(9), Any),
    ("outubro", 0, S::MesEs(10), Any),
    ("novembro", 0, S::MesEs(11), Any),
    ("dezembro", 0, S::MesEs(12), Any),
    // German, as letters from German hospitals write dates ("3. M\u{e4}rz
    // 1931"); April, August, September and November are spelled as in
    // English and read by its month's rule
    // streets as Latin America and Iberia write them, the number last
    ("calle", 0, S::Calle, Capital),
    ("avenida", 0, S::Calle, Capital),
    ("rua", 0, S::Calle, Capital),
    ("carrera", 0, S::Calle, Capital),
    ("januar", 0, S::MonatDe, Any),
    ("februar", 0, S::MonatDe, Any),
    ("m\u{e4}rz", 0, S::MonatDe, Any),
    ("mai", 0, S::MonatDe, Any),
    ("juni", 0, S::MonatDe, Any),
    ("juli", 0, S::MonatDe, Any),
    ("oktober", 0, S::MonatDe, Any),
    ("dezember", 0, S::MonatDe, Any),
    // French, as letters from Qu\u{e9}bec, France, Belgium and
    // Switzerland write dates ("14 f\u{e9}vrier 1956", "le 1er mai
    // 2025"); "mai" is the German rule's keyword, which hands it on
    ("janvier", 0, S::DayFirstMonth, Any),
    ("f\u{e9}vrier", 0, S::DayFirstMonth, Any),
    ("mars", 0, S::DayFirstMonth, Any),
    ("avril", 0, S::DayFirstMonth, Any),
    ("juin", 0, S::DayFirstMonth, Any),
    ("juillet", 0, S::DayFirstMonth, Any),
    ("ao\u{fb}t", 0, S::DayFirstMonth, Any),
    ("septembre", 0, S::DayFirstMonth, Any),
    ("octobre", 0, S::DayFirstMonth, Any),
    ("novembre", 0, S::DayFirstMonth, Any),
    ("d\u{e9}cembre", 0, S::DayFirstMonth, Any),
    // Dutch, as letters from the Netherlands and Flanders write dates
    // ("dinsdag 11 februari 2025", "1 maart 2025"), read as French ones
    // are; juni, juli and oktober are the German rule's keywords, and
    // april, september, november and december the English rule's
    ("januari", 0, S::DayFirstMonth, Any),
    ("februari", 0, S::DayFirstMonth, Any),
    ("maart", 0, S::DayFirstMonth, Any),
    ("mei", 0, S::DayFirstMonth, Any),
    ("augustus", 0, S::DayFirstMonth, Any),
    // Italian, as letters from Italy write dates ("luned\u{ec} 3 marzo
    // 2025", "gennaio 2025"), read as French ones are; marzo and agosto
    // are the Spanish rule's keywords, which hand them on, and novembre
    // the French rule's
    ("gennaio", 0, S::DayFirstMonth, Any),
    ("febbraio", 0, S::DayFirstMonth, Any),
    ("aprile", 0, S::DayFirstMonth, Any),
    ("maggio", 0, S::DayFirstMonth, Any),
    ("giugno", 0, S::DayFirstMonth, Any),
    ("luglio", 0, S::DayFirstMonth, Any),
    ("settembre", 0, S::DayFirstMonth, Any),
    ("ottobre", 0, S::DayFirstMonth, Any),
    ("dicembre", 0, S::DayFirstMonth, Any),
    // Polish months as a date writes them, in the genitive ("poniedzia\u{142}ek,
    // 3 marca 2025"), and the Swedish ones no other language's rule reads
    // ("8 augusti 2025", "2 maj 2025")
    ("stycznia", 0, S::DayFirstMonth, Any),
    ("lutego", 0, S::DayFirstMonth, Any),
    ("marca", 0, S::DayFirstMonth, Any),
    ("kwietnia", 0, S::DayFirstMonth, Any),
    ("maja", 0, S::DayFirstMonth, Any),
    ("czerwca", 0, S::DayFirstMonth, Any),
    ("lipca", 0, S::DayFirstMonth, Any),
    ("sierpnia", 0, S::DayFirstMonth, Any),
    ("wrze\u{15b}nia", 0, S::DayFirstMonth, Any),
    ("pa\u{17a}dziernika", 0, S::DayFirstMonth, Any),
    ("listopada", 0, S::DayFirstMonth, Any),
    ("grudnia", 0, S::DayFirstMonth, Any),
    ("augusti", 0, S::DayFirstMonth, Any),
    ("maj", 0, S::DayFirstMonth, Any),
    // Czech months in the genitive, as a date writes them after the day
    // and its dot ("\u{10d}tvrtek 11. z\u{e1}\u{159}\u{ed} 2025")
    ("ledna", 0, S::DayFirstMonth, Any),
    ("\u{fa}nora", 0, S::DayFirstMonth, Any),
    ("b\u{159}ezna", 0, S::DayFirstMonth, Any),
    ("dubna", 0, S::DayFirstMonth, Any),
    ("kv\u{11b}tna", 0, S::DayFirstMonth, Any),
    ("\u{10d}ervna", 0, S::DayFirstMonth, Any),
    ("\u{10d}ervence", 0, S::DayFirstMonth, Any),
    ("srpna", 0, S::DayFirstMonth, Any),
    ("z\u{e1}\u{159}\u{ed}", 0, S::DayFirstMonth, Any),
    ("\u{159}\u{ed}jna", 0, S::DayFirstMonth, Any),
    ("listopadu", 0, S::DayFirstMonth, Any),
    ("prosince", 0, S::DayFirstMonth, Any),
    // Hungarian months, written after the year and before the day
    // ("2025. okt\u{f3}ber 8."); "november" and "december" are the
    // English rule's keywords, which hand them on
    ("janu\u{e1}r", 0, S::HonapHu(1), Any),
    ("febru\u{e1}r", 0, S::HonapHu(2), Any),
    ("m\u{e1}rcius", 0, S::HonapHu(3), Any),
    ("\u{e1}prilis", 0, S::HonapHu(4), Any),
    ("m\u{e1}jus", 0, S::HonapHu(5), Any),
    ("j\u{fa}nius", 0, S::HonapHu(6), Any),
    ("j\u{fa}lius", 0, S::HonapHu(7), Any),
    ("augusztus", 0, S::HonapHu(8), Any),
    ("szeptember", 0, S::HonapHu(9), Any),
    ("okt\u{f3}ber", 0, S::HonapHu(10), Any),
    // Hungarian streets' types, after the street's name ("Bart\u{f3}k B\u{e9}la
    // \u{fa}t 61.", "T\u{e1}tra utca 5/B.")
    ("utca", 0, S::Utca, Any),
    // Polish: "ul. Karmelicka 47 m. 12"; a record's "c\u{f3}rka J\u{f3}zefa i
    // Stanis\u{142}awy", "syn Piotra"; "z domu" before a maiden name; a
    // passport's word as its cases write it
    ("ul", 0, S::Ulica, Any),
    ("c\u{f3}rka", 0, S::Parents, Any),
    ("c\u{f3}rk\u{105}", 0, S::Parents, Any),
    ("syn", 0, S::Parents, Any),
    ("synem", 0, S::Parents, Any),
    ("z domu", 0, S::Maiden, Any),
    ("paszport", PASSPORT, S::None, Any),
    ("paszportem", PASSPORT, S::None, Any),
    ("paszportu", PASSPORT, S::None, Any),
    ("\u{fa}t", 0, S::Utca, Any),
    ("k\u{f6}r\u{fa}t", 0, S::Utca, Any),
    ("t\u{e9}r", 0, S::Utca, Any),
    ("fasor", 0, S::Utca, Any),
    ("rakpart", 0, S::Utca, Any),
    ("s\u{e9}t\u{e1}ny", 0, S::Utca, Any),
    // legal privilege markers
    ("attorney-client privileged", 0, S::Privilege, Any),
    ("attorney client privileged", 0, S::Privilege, Any),
    ("attorney-client privileged communication", 0, S::Privilege, Any),
    ("protected by the attorney-client privilege", 0, S::Privilege, Any),
    ("subject to attorney-client privilege", 0, S::Privilege, Any),
    ("attorney work product", 0, S::Privilege, Any),
    ("attorney work-product", 0, S::Privilege, Any),
    ("privileged & confidential", 0, S::Privilege, Any),
    ("privileged and confidential", 0, S::Privilege, Any),
    ("privileged/confidential", 0, S::Privilege, Any),
    ("confidential attorney-client communication", 0, S::Privilege, Any),
    ("prepared at the direction of counsel", 0, S::Privilege, Any),
    ("prepared in anticipation of litigation", 0, S::Privilege, Any),
    ("attorney-client communication", 0, S::Privilege, Any),
    ("attorney client communication", 0, S::Privilege, Any),
    ("privileged attorney-client communication", 0, S::Privilege, Any),
    ("protected by attorney-client privilege", 0, S::Privilege, Any),
    ("protected by attorney client privilege", 0, S::Privilege, Any),
    ("protected by the attorney client privilege", 0, S::Privilege, Any),
    ("subject to the attorney-client privilege", 0, S::Privilege, Any),
    ("subject to attorney client privilege", 0, S::Privilege, Any),
];

/// Bits whose recognisers read the value that follows the keyword.
const VALUE_FOLLOW: u64 = MRN | PASSPORT | DL | BANK | PLAN | SECRET | AWS | CRYPTO | PASSWORD;

/// Words that may name a field of a structured record, or be a word of
/// such a name ("birth" of "date_of_birth"; see [`records::field_of_key`]):
/// each brings [`Special::Field`] to its keyword, on top of what the
/// keyword does in prose. A record's key is written in camel case
/// ("lastName", "birthDate") as one word, in snake case as several.
///
/// Words of prose ("first", "service", "record", "street") that would
/// only repeat a key's other word ("first_name" has "name") or that
/// addresses and notes are full of are left out, and phrases stand for
/// their words ("member id", "policy number"): each field word costs the
/// keyword pass a look at its neighbours, and a word that is no keyword
/// otherwise costs it a dictionary lookup too.
#[rustfmt::skip]
const FIELD_WORDS: &[&str] = &[
    // names
    "patient", "name", "given", "surname", "family", "fname", "lname", "firstname", "lastname",
    "givenname", "familyname", "middlename", "fullname", "patientname", "guarantor", "insured",
    "subscriber", "policyholder", "emergencycontact", "kin", "nextofkin", "maiden", "physician",
    "attending", "provider", "doctor", "pcp", "client", "employee", "parent", "guardian", "spouse",
    "plaintiff", "defendant", "witness", "decedent", "deponent", "claimant", "clientname", "providername",
    "preferredname", "nickname",
    // dates
    "dob", "d.o.b", "date of birth", "birth", "birthdate", "birthtime", "dateofbirth", "birthday", "death", "deathdate",
    "admit", "admitdate", "admission", "discharge", "dischargedate", "date of service", "dos",
    "servicedate", "visitdate", "patientdob", "effectivetime", "patientrole",
    // identifiers
    "ssn", "social security number", "mrn", "medical record number", "chart", "patient id", "patientid",
    "npi", "mbi", "medicare", "medicareid", "member id", "member number", "memberid", "policy number",
    "policynumber", "insurance id", "insuranceid", "medicaid", "medicaidid", "subscriber id", "subscriberid",
    "driver's license", "drivers license", "license number", "driverslicense", "dl", "passport",
    "passport number", "passportnumber", "medicalrecordnumber", "socialsecuritynumber", "nhsnumber",
    // banks
    "aba", "routing", "bankaccount", "accountnumber",
    // contact and place
    "phone", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "phonenumber", "homephone",
    "mobilephone", "address", "streetaddress", "streetaddressline", "address1", "address2", "addressline1", "addressline2",
    "line", "zip", "zip code", "zipcode", "zip5", "postal code", "postalcode", "postcode", "age",
    // a FHIR Identifier's value, typed by the code before it
    "value",
];

/// The first words of keys in snake case whose later words are no field
/// words ("member_id", "social_security_number", "insurance_id",
/// "account_number"): common in prose, so they name a field only right
/// before a `_`.
#[rustfmt::skip]
const SNAKE_FIELD_WORDS: &[&str] = &[
    "member", "insurance", "policy", "social", "medical", "license", "licence", "driver", "drivers", "postal",
    "account", "acct",
    // LEDES 1998B's "TIMEKEEPER_NAME"
    "timekeeper",
];

#[derive(Clone, Copy)]
struct Trigger {
    ctx: u64,
    special: Special,
    case: Case,
    /// The word may name a record's field ([`FIELD_WORDS`]).
    field: bool,
    /// A field's name only right before a `_` ([`SNAKE_FIELD_WORDS`]).
    snake: bool,
}

#[derive(Clone, Copy, Debug)]
struct Hit {
    ctx: u64,
    start: usize,
    end: usize,
}

/// Buffers [`Builtin::scan`] reuses from one text to the next: context
/// hits and keyword-driven recognisers, as positions (no text).
#[derive(Default)]
pub(crate) struct ScanBuffers {
    hits: Vec<Hit>,
    specials: Vec<(Special, usize, usize)>,
    /// Where the words that may name a record's field are.
    fields: Vec<(usize, usize)>,
    /// Where the keyword-driven recognisers' findings end, sorted.
    keyword_ends: Vec<usize>,
}

impl ScanBuffers {
    /// Bytes of buffer held on to.
    pub(crate) fn capacity_bytes(&self) -> usize {
        self.hits.capacity() * std::mem::size_of::<Hit>()
            + self.specials.capacity() * std::mem::size_of::<(Special, usize, usize)>()
            + self.fields.capacity() * std::mem::size_of::<(usize, usize)>()
            + self.keyword_ends.capacity() * std::mem::size_of::<usize>()
    }
}

/// Compiled built-in recognisers.
pub(crate) struct Builtin {
    keywords: WordDictionary,
    triggers: Vec<Trigger>,
    names: Names,
    /// The latest year of birth that may show an age over 89: the year the
    /// detector was built, less 90 (see [`Scan::birth_year`]).
    oldest_birth_year: u32,
}

/// Per-scan state: the text, context hits, and the output list.
struct Scan<'t, 'o, 'd> {
    text: &'t str,
    b: &'t [u8],
    hits: Vec<Hit>,
    out: &'o mut Vec<Candidate<'d>>,
    map: &'t ByteMap,
    /// The last place [`Scan::hits_near`] was asked about, and its answer:
    /// a value's parsers ask about the same place many times.
    near: std::cell::Cell<(usize, usize)>,
    /// The last word looked up in the name lists by
    /// [`Scan::name_from_lexicon`] as (start, end, flags): the word after an
    /// unlisted capitalised word or a sentence opener is looked up there,
    /// and need not be again when the word pass reaches it.
    last_name_word: (usize, usize, u8),
    /// [`Builtin::oldest_birth_year`].
    oldest_birth_year: u32,
    /// The end of the last record read ([`Scan::record_field`]): the
    /// other words of its key or header need no second look.
    record_end: usize,
    /// The end of the last header line of a table aligned with spaces that
    /// was read, whether rows followed or not: what its other words would
    /// find is the same ([`records::aligned_table_at`]).
    aligned_header_end: usize,
    /// The delimiters of the HL7 v2 message being read, from its MSH segment.
    hl7: records::Hl7Delimiters,
    /// The delimiters of the X12 interchange being read, from its ISA segment.
    x12: records::X12Delimiters,
    /// Where a date found in brackets after a space opens its bracket
    /// ([`bracket_date_open`]): a name may come before it
    /// ([`Scan::caps_name_before_date`]).
    bracket_dates: Vec<usize>,
}

/// Context hits are searched from the first that starts at most this far
/// before a value: the widest context window (64 bytes) plus the longest
/// keyword (43 bytes, rounded up).
const CTX_REACH: usize = 64 + 48;

/// Whether a token may start at `b[i]`: not right after a letter, a digit
/// or `_`. A character outside ASCII counts only if it is a letter, digit or
/// mark: after a typographic quote, dash or no-break space a token starts
/// ("“536-22-1234”", "call—617-555-0142").
pub(crate) fn bound_before(b: &[u8], i: usize) -> bool {
    i == 0 || (b[i - 1] != b'_' && !bytes::word_char_before(b, i))
}

/// Whether a token may end right before `b[i]` (see [`bound_before`]).
fn bound_after(b: &[u8], i: usize) -> bool {
    i >= b.len() || (b[i] != b'_' && !bytes::word_char_at(b, i))
}

/// Nouns a person's name is given to ("Lou Gehrig's disease", "Hodgkin
/// lymphoma"): a name right before one names no one the text is about.
const EPONYM_NOUNS: &[&[u8]] = &[
    b"disease",
    b"diseases",
    b"syndrome",
    b"palsy",
    b"phenomenon",
    b"triad",
    b"lymphoma",
    b"sarcoma",
    b"ulcer",
    b"maneuver",
    b"manoeuvre",
    b"contracture",
    b"thyroiditis",
    b"encephalopathy",
    b"grade",
    b"classification",
    b"criteria",
    b"scale",
    b"staging",
    b"equation",
    b"formula",
    b"procedure",
];

/// Nouns that make an eponym only after a possessive ("Murphy's sign",
/// "Murphy's law"; "Did Johnson sign the consent?" is a person).
const POSSESSIVE_EPONYM_NOUNS: &[&[u8]] = &[b"sign", b"law", b"principle", b"theorem", b"reflex"];

/// Whether a name ending at `end` is an eponym: an optional "'s" or
/// typographic "’s", a space or a line break, then one of [`EPONYM_NOUNS`]
/// (or after the "'s", of [`POSSESSIVE_EPONYM_NOUNS`]) as a whole word,
/// in lower case or capitalised as a title writes it ("Hodgkin Lymphoma"),
/// and after one capitalised word when the noun is capitalised too ("Morse
/// Fall Scale", "Glasgow Coma Scale").
fn eponym_before(b: &[u8], end: usize) -> bool {
    let rest = &b[end..];
    let possessive = rest.strip_prefix(b"'s").or_else(|| rest.strip_prefix("\u{2019}s".as_bytes()));
    let rest = possessive.unwrap_or(rest);
    // A space or a line break ("Lou Gehrig's\ndisease").
    let Some(rest) = rest.strip_prefix(b" ").or_else(|| rest.strip_prefix(b"\n")) else {
        return false;
    };
    // The noun's length, if `w` starts with one of the lists' nouns.
    let noun_at = |w: &[u8], capital_only: bool| {
        let len = w.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let whole = w.get(len).is_none_or(|&c| c != b'-' && !c.is_ascii_alphanumeric());
        if !whole || len < 3 || w[1..len].iter().any(u8::is_ascii_uppercase) {
            return None;
        }
        if capital_only && !w[0].is_ascii_uppercase() {
            return None;
        }
        // Only the first letter may be a capital (checked above), and the
        // lists are in lower case.
        let listed = |nouns: &[&[u8]]| nouns.iter().any(|n| n.eq_ignore_ascii_case(&w[..len]));
        (listed(EPONYM_NOUNS) || possessive.is_some() && listed(POSSESSIVE_EPONYM_NOUNS)).then_some(len)
    };
    if noun_at(rest, false).is_some() {
        return true;
    }
    // One capitalised word between ("Morse Fall Scale").
    let len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    len >= 2
        && rest[0].is_ascii_uppercase()
        && rest.get(len) == Some(&b' ')
        && noun_at(&rest[len + 1..], true).is_some()
}

/// Whether the name at `start..end` is a party to a reported case: next to
/// " v. " (or " v ", " vs. ") in a caption that a reporter citation follows
/// on the same line ("Miranda v. Arizona, 384 U.S. 436", "Roe v. Wade,
/// 410 U.S. 113", "Canterbury v. Spence, 464 F.2d 772"). A published
/// opinion is public record; a case without one ("Chaudhry v.
/// Shevchenko, No. 1:24-cv-01234") may be the firm's own and keeps its
/// names.
fn reported_case_party(b: &[u8], start: usize, end: usize) -> bool {
    const VERSUS: [&[u8]; 4] = [b" v. ", b" vs. ", b" v ", b" vs "];
    let after = VERSUS.iter().any(|v| b[end..].starts_with(v));
    let before = VERSUS.iter().any(|v| b[..start].ends_with(v));
    (after || before) && reporter_citation_after(b, end)
}

/// Whether a reporter citation (", volume Reporter page": ", 384 U.S. 436",
/// ", 17 Cal. 3d 425", ", 2019 WL 1234567") follows `p` within 160 bytes on
/// its line.
fn reporter_citation_after(b: &[u8], p: usize) -> bool {
    let end = (p + 160).min(b.len());
    let line = &b[p..end];
    let line = &line[..line.iter().position(|&c| c == b'\n').unwrap_or(line.len())];
    let mut at = 0;
    while let Some(i) = line[at..].windows(2).position(|w| w == b", ") {
        let mut tokens = line[at + i + 2..].split(|&c| c == b' ');
        at += i + 2;
        let volume = tokens.next().unwrap_or_default();
        if volume.is_empty() || volume.len() > 4 || !volume.iter().all(u8::is_ascii_digit) {
            continue;
        }
        // Reporter words ("U.S.", "F. Supp. 2d", "Cal. 3d", "WL"), the
        // first capitalised, then the page.
        for (reporter_words, token) in tokens.take(5).enumerate() {
            if !token.is_empty() && token.iter().all(u8::is_ascii_digit) {
                if reporter_words > 0 {
                    return true;
                }
                break;
            }
            let word = !token.is_empty() && token.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'.');
            if !word || reporter_words == 0 && !token[0].is_ascii_uppercase() {
                break;
            }
        }
    }
    false
}

/// The end of the gap between an honorific or role word and a name: an
/// optional colon or comma (a space may stand before it), then up to 24
/// bytes of spaces and tabs, a no-break space counting as a space
/// ("Dr.\u{a0}Raman", as word processors join a title to a name).
fn name_gap(b: &[u8], mut p: usize) -> usize {
    // A space before the colon ("Patient : X"), the colon or comma, then
    // the spaces or tabs a form's columns are aligned with ("Patient:
    // AL-MANSOURI, FARAH"), on the same line.
    p += bytes::space_width_at(b, p);
    if matches!(b.get(p), Some(b':' | b',')) {
        p += 1;
    }
    let lim = p + 24;
    while p < lim {
        match b.get(p) {
            Some(b'\t') => p += 1,
            _ => match bytes::space_width_at(b, p) {
                0 => break,
                width => p += width,
            },
        }
    }
    p
}

/// Whether the gap `gap` after a role word ending at `e` may part it from
/// a name: a colon or a comma with any spaces, or one or two spaces; a
/// wider gap of spaces alone only when the word opens its line, as a
/// form's label does ("PATIENT        OKAFOR, CHIDINMA"). Elsewhere such a
/// gap parts columns: "…, Respondent            Case No. 2025 MH 004417".
fn aligned_label(b: &[u8], e: usize, gap: &[u8]) -> bool {
    if gap.len() <= 2 || gap.iter().any(|&c| matches!(c, b':' | b',')) {
        return true;
    }
    let word = b[..e].iter().rev().take(24).take_while(|c| c.is_ascii_alphabetic()).count();
    line_opens_after(b, e - word, |c| c == b' ' || c == b'\t')
}

/// Whether one unlisted word after a role word is a name by itself
/// ([`Scan::name_after`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lone {
    No,
    /// After a relative's word in lower case ("his daughter Adaeze").
    Kin,
    /// After a form's label for a name with no part named, at a line's
    /// start ("Name:"): "SURNAME, GIVEN" in capitals need not be listed;
    /// one word alone must be, and not an ambiguous one.
    Name,
    /// After a form's label for a part of a person's name ("First name:",
    /// "Surname:", "Preferred name:").
    Part,
}

/// The word before a name in lower case ([`Scan::lower_name_after`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lower {
    /// "mr.", "dr.": one listed surname, or two listed words.
    Honorific,
    /// "pt", "patient", "client": a listed given name and a listed surname.
    Role,
    /// "husband", "daughter": a listed given name that is not ambiguous,
    /// or a given name and a surname.
    Kin,
}

/// Whether `w`, after a form's label for a name, is what forms put there
/// when there is no name: "Unknown", "N/A", "Same", "Refused".
fn placeholder(w: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"unknown",
        b"unk",
        b"none",
        b"n/a",
        b"na",
        b"null",
        b"nil",
        b"tbd",
        b"pending",
        b"same",
        b"other",
        b"self",
        b"blank",
        b"empty",
        b"refused",
        b"declined",
        b"withheld",
        b"redacted",
        b"anonymous",
        b"unavailable",
        b"required",
        b"optional",
        b"test",
        b"not",
        b"see",
        b"as",
        b"confidential",
        b"private",
        b"baby",
        b"infant",
        b"newborn",
        b"male",
        b"female",
    ];
    WORDS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// The words before "name" in a form's label for (a part of) a person's
/// name: "First name:", "Patient name:", "Emergency contact name:".
const NAME_PARTS: &[&[u8]] = &[
    b"first",
    b"last",
    b"middle",
    b"given",
    b"family",
    b"full",
    b"legal",
    b"preferred",
    b"maiden",
    b"birth",
    b"patient",
    b"patient's",
    b"contact",
    b"person",
    b"nick",
    b"christian",
    b"sur",
    b"fore",
    b"client",
];

/// What a role word at `s..e` ("name", "surname") says of the one word
/// after it when it is a form's label, followed by a colon: "First name:"
/// and "Surname:" label a part of a person's name; "Name:" at a line's
/// start labels a name, but also a drug's or a file's. "Drug name:" and
/// other labels are no person's.
fn name_label(b: &[u8], s: usize, e: usize) -> Lone {
    if b.get(e) != Some(&b':') {
        return Lone::No;
    }
    let word = &b[s..e];
    if word.eq_ignore_ascii_case(b"surname") || word.eq_ignore_ascii_case(b"forename") {
        return Lone::Part;
    }
    if !word.eq_ignore_ascii_case(b"name") {
        return Lone::No;
    }
    // The word before "name", one space or `_` before it.
    if s >= 2 && matches!(b[s - 1], b' ' | b'_') {
        let mut ws = s - 1;
        while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] == b'\'') {
            ws -= 1;
        }
        if NAME_PARTS.iter().any(|p| b[ws..s - 1].eq_ignore_ascii_case(p)) {
            return Lone::Part;
        }
    }
    if line_opens_after(b, s, |c| c.is_ascii_whitespace()) { Lone::Name } else { Lone::No }
}

/// What stands on `s`'s line before it, the bytes from the line's start
/// (after the last line feed, or the text's start) up to `s`, if they are
/// at most `max`. Only `max + 1` bytes are looked at: a rule asked at
/// every keyword of a long line must not walk back to its start each time.
fn line_lead(b: &[u8], s: usize, max: usize) -> Option<&[u8]> {
    let from = s.saturating_sub(max + 1);
    let start = match b[from..s].iter().rposition(|&c| c == b'\n') {
        Some(i) => from + i + 1,
        None if s <= max => 0,
        None => return None,
    };
    Some(&b[start..s])
}

/// Whether only bytes that are `blank` stand on `s`'s line before it
/// (none is a line feed). Walks back over those bytes only.
fn line_opens_after(b: &[u8], s: usize, blank: impl Fn(u8) -> bool) -> bool {
    let mut i = s;
    while i > 0 && b[i - 1] != b'\n' && blank(b[i - 1]) {
        i -= 1;
    }
    i == 0 || b[i - 1] == b'\n'
}

/// Whether a space or no-break space ends right before `b[i]`
/// ([`bytes::space_width_at`]).
#[inline]
fn space_before(b: &[u8], i: usize) -> bool {
    i >= 1 && b[i - 1] == b' ' || i >= 2 && b[i - 1] == 0xA0 && bytes::space_width_at(b, i - 2) == 2
}

pub(crate) fn digits_value(w: &[u8]) -> u32 {
    w.iter().fold(0u32, |a, &c| a.saturating_mul(10).saturating_add(u32::from(c.wrapping_sub(b'0'))))
}

fn run(b: &[u8], mut i: usize, max: usize, pred: impl Fn(u8) -> bool) -> usize {
    let lim = (i + max).min(b.len());
    while i < lim && pred(b[i]) {
        i += 1;
    }
    i
}

impl Builtin {
    /// The name lists.
    pub(crate) fn names(&self) -> &Names {
        &self.names
    }

    pub(crate) fn new() -> Result<Builtin, DetectError> {
        let mut keywords = WordDictionary::default();
        let mut triggers = Vec::with_capacity(KEYWORDS.len());
        // Sets, so that matching the two tables is not a walk of one per
        // word of the other.
        let field_words: std::collections::HashSet<&str> = FIELD_WORDS.iter().copied().collect();
        let patterns: std::collections::HashSet<&str> = KEYWORDS.iter().map(|k| k.0).collect();
        for &(pat, ctx, special, case) in KEYWORDS {
            keywords.insert(pat, triggers.len() as u32)?;
            let snake = SNAKE_FIELD_WORDS.contains(&pat);
            triggers.push(Trigger { ctx, special, case, field: field_words.contains(pat) || snake, snake });
        }
        for &word in FIELD_WORDS {
            if !patterns.contains(word) {
                keywords.insert(word, triggers.len() as u32)?;
                triggers.push(Trigger { ctx: 0, special: S::None, case: Any, field: true, snake: false });
            }
        }
        for &word in SNAKE_FIELD_WORDS {
            if !patterns.contains(word) {
                keywords.insert(word, triggers.len() as u32)?;
                triggers.push(Trigger { ctx: 0, special: S::None, case: Any, field: true, snake: true });
            }
        }
        for &segment in records::HL7_SEGMENTS {
            keywords.insert(segment, triggers.len() as u32)?;
            triggers.push(Trigger { ctx: 0, special: S::Hl7, case: Upper, field: false, snake: false });
        }
        for &segment in records::X12_SEGMENTS {
            keywords.insert(segment, triggers.len() as u32)?;
            triggers.push(Trigger { ctx: 0, special: S::X12, case: Upper, field: false, snake: false });
        }
        for &vr in records::DICOM_VRS {
            keywords.insert(vr, triggers.len() as u32)?;
            triggers.push(Trigger { ctx: 0, special: S::Dicom, case: Upper, field: false, snake: false });
        }
        for &kind in records::GEDCOM_RECORDS {
            keywords.insert(kind, triggers.len() as u32)?;
            triggers.push(Trigger { ctx: 0, special: S::Gedcom, case: Upper, field: false, snake: false });
        }
        keywords.seal();
        // A detector lives as long as its policy; one built in December
        // and used in January is a year behind, and misses only the birth
        // years of those turning 90 that year.
        let year = u32::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(2026);
        Ok(Builtin { keywords, triggers, names: Names::new(), oldest_birth_year: year.saturating_sub(90) })
    }

    /// Built-in candidates in `text`, whose [`ByteMap`] is `map` and whose
    /// [`Words`] are `words`, marked by [`may_need_word_pass`].
    pub(crate) fn scan<'d>(
        &'d self,
        text: &str,
        map: &ByteMap,
        words: &Words,
        bufs: &mut ScanBuffers,
        out: &mut Vec<Candidate<'d>>,
    ) {
        let b = text.as_bytes();
        let mut hits = std::mem::take(&mut bufs.hits);
        let specials = &mut bufs.specials;
        let fields = &mut bufs.fields;
        hits.clear();
        specials.clear();
        fields.clear();
        // About one keyword in forty bytes of dense text.
        hits.reserve(8 + text.len() / 32);
        specials.reserve(8 + text.len() / 64);
        // Pass 1: keywords (word-bounded, ASCII-case-insensitive).
        self.keywords.scan(b, words, |s, e, id| {
            let t = self.triggers[id as usize];
            let ok_case = match t.case {
                Any => true,
                Capital => b[s].is_ascii_uppercase(),
                // "dr" in lower case goes without its dot in chat ("hi dr
                // ibrahim"); the lower-case reader asks the lists.
                Dotted => b[s].is_ascii_uppercase() || b.get(e) == Some(&b'.') || &b[s..e] == b"dr",
                Upper => !b[s..e].iter().any(u8::is_ascii_lowercase),
            };
            if !ok_case {
                return;
            }
            if t.ctx != 0 {
                hits.push(Hit { ctx: t.ctx, start: s, end: e });
            }
            if t.special != S::None {
                specials.push((t.special, s, e));
            }
            if t.field && (!t.snake || b.get(e) == Some(&b'_')) {
                fields.push((s, e));
            }
        });
        hits.sort_by_key(|h| (h.start, h.end));
        // Words that may name a record's field run in the order of the
        // specials, so that a record read at its first word is not read
        // again at its others; few pass the screen.
        specials
            .extend(fields.iter().filter(|&&(s, e)| records::may_name_field(b, s, e)).map(|&(s, e)| (S::Field, s, e)));
        specials.sort_by_key(|x| (x.1, x.2));
        let mut sc = Scan {
            text,
            b,
            hits,
            out,
            map,
            near: std::cell::Cell::new((usize::MAX, 0)),
            last_name_word: (usize::MAX, 0, 0),
            oldest_birth_year: self.oldest_birth_year,
            record_end: 0,
            aligned_header_end: 0,
            hl7: records::Hl7Delimiters::default(),
            x12: records::X12Delimiters::default(),
            bracket_dates: Vec::new(),
        };
        // Keyword-driven recognisers.
        for i in 0..sc.hits.len() {
            let h = sc.hits[i];
            if h.ctx & VALUE_FOLLOW != 0 {
                sc.value_follow(h);
            }
        }
        for &(sp, s, e) in specials.iter() {
            self.special(&mut sc, sp, s, e);
        }
        // Pass 2: words, literal prefixes, `@` and PEM armour.
        // Where the findings so far (the site detectors' and the keyword
        // pass's) end: pushed in no order (a name after a title may come
        // after the ZIP code a chain starts from), so the word pass looks
        // them up sorted.
        let keyword_ends = &mut bufs.keyword_ends;
        keyword_ends.clear();
        keyword_ends.extend(sc.out.iter().filter(|c| c.score >= super::DEFAULT_MIN_SCORE).map(|c| c.end));
        keyword_ends.sort_unstable();
        self.words(&mut sc, map, words, keyword_ends);
        for open in std::mem::take(&mut sc.bracket_dates) {
            sc.caps_name_before_date(&self.names, open);
        }
        bufs.hits = sc.hits;
    }

    /// Vendor prefixes and URL schemes at a word start `s`.
    fn prefixes(&self, sc: &mut Scan<'_, '_, '_>, s: usize) {
        let b = sc.b;
        let rest = &b[s..];
        let starts = |p: &[u8]| rest.len() >= p.len() && &rest[..p.len()] == p;
        let starts_ci = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if !bound_before(b, s) {
            return;
        }
        match b[s] {
            b'A' if rest.len() >= 20
                && [&b"AKIA"[..], b"ASIA", b"AGPA", b"AIDA", b"AROA", b"ANPA", b"ANVA", b"AIPA"]
                    .contains(&&rest[..4]) =>
            {
                sc.aws(s);
            }
            // Google API keys: "AIza" and 35 more characters.
            b'A' if starts(b"AIza") => sc.token_secret(s, s + 4, GENERIC_KEY, "google_api_key", 35, 35, 0.95, key_char),
            b'g' => {
                if [&b"ghp_"[..], b"gho_", b"ghu_", b"ghs_", b"ghr_"].iter().any(|p| starts(p)) {
                    self.special(sc, S::Github, s, s + 4);
                } else if starts(b"github_pat_") {
                    self.special(sc, S::GithubPat, s, s + 11);
                } else if starts(b"glpat-") {
                    sc.token_secret(s, s + 6, GENERIC_KEY, "gitlab_token", 20, 64, 0.95, key_char);
                }
            }
            b's' => {
                if starts(b"sk-ant-") {
                    self.special(sc, S::Anthropic, s, s + 7);
                } else if starts(b"sk-") {
                    self.special(sc, S::OpenAi, s, s + 3);
                } else if starts(b"sk_live_") || starts(b"sk_test_") {
                    sc.token_secret(s, s + 8, GENERIC_KEY, "stripe_key", 20, 255, 0.97, |c| c.is_ascii_alphanumeric());
                }
            }
            b'r' if starts(b"rk_live_") || starts(b"rk_test_") => {
                sc.token_secret(s, s + 8, GENERIC_KEY, "stripe_key", 20, 255, 0.97, |c| c.is_ascii_alphanumeric());
            }
            b'S' if starts(b"SG.") => sc.sendgrid(s),
            b'n' if starts(b"npm_") => {
                sc.token_secret(s, s + 4, GENERIC_KEY, "npm_token", 36, 36, 0.95, |c| c.is_ascii_alphanumeric());
            }
            b'x' if [&b"xoxb-"[..], b"xoxp-", b"xoxa-", b"xoxr-", b"xoxs-", b"xapp-"].iter().any(|p| starts(p)) => {
                self.special(sc, S::Slack, s, s + 5);
            }
            b'e' if starts(b"eyJ") => self.special(sc, S::Jwt, s, s + 3),
            b'b' if starts(b"bc1") => self.special(sc, S::Btc, s, s + 3),
            b'0' if starts(b"0x") => self.special(sc, S::Eth, s, s + 2),
            b'h' if starts(b"hf_") => {
                sc.token_secret(s, s + 3, GENERIC_KEY, "huggingface_token", 30, 64, 0.95, |c| {
                    c.is_ascii_alphanumeric()
                });
            }
            b'h' | b'H' => {
                if starts(b"https://hooks.slack.com/services/") {
                    self.special(sc, S::SlackWebhook, s, s + 33);
                }
                if starts_ci(b"https://") {
                    self.special(sc, S::Url, s, s + 8);
                } else if starts_ci(b"http://") {
                    self.special(sc, S::Url, s, s + 7);
                }
            }
            b'w' | b'W' if starts_ci(b"www.") => self.special(sc, S::Url, s, s + 4),
            _ => {}
        }
    }

    fn special(&self, sc: &mut Scan<'_, '_, '_>, sp: Special, s: usize, e: usize) {
        match sp {
            S::None => {}
            // "doctor Okafor", "Doctor Okafor", as dictation writes the
            // title out: only before a listed name, since "Doctor Visit
            // Summary" and "your doctor About it" are none.
            S::Doctor if sc.b.get(e + 1).is_some_and(u8::is_ascii_uppercase) => {
                let listed = name_word(sc.b, e + 1).is_some_and(|we| {
                    let f = self.names.flags_in(sc.b, e + 1, we);
                    f & (IS_FIRST | IS_LAST) != 0 && f & (IS_NON_NAME | IS_AMBIGUOUS) == 0
                });
                if listed {
                    sc.name_after(&self.names, e, false, false, Lone::No);
                }
            }
            S::Honorific | S::Doctor if sc.b[s].is_ascii_lowercase() => {
                let dot = usize::from(sc.b.get(e) == Some(&b'.'));
                sc.lower_name_after(&self.names, e + dot, Lower::Honorific);
            }
            S::Honorific | S::Doctor => match doctoral_degree_after(sc.b, e) {
                Some(d) => sc.name_after(&self.names, d, true, false, Lone::No),
                None => sc.name_after(&self.names, e, true, true, Lone::No),
            },
            // "n\u{e9}e" before its name, the abbreviations with their dot
            // ("geb. M\u{fc}ller"; "roz" and "geb" alone are other words),
            // all in lower case: "Nee" is a surname too ("Dr. Lisa Nee"),
            // and "Geb." opens a German form's "Geb.-Datum".
            S::Maiden if sc.b[s].is_ascii_lowercase() || sc.b[s..e] == *"\u{f6}zv".as_bytes() => {
                let dot = sc.b.get(e) == Some(&b'.');
                let word = &sc.b[s..e];
                let needs_dot = [&b"geb"[..], b"roz", "sz\u{fc}l".as_bytes(), "\u{f6}zv".as_bytes()].contains(&word);
                if dot || !needs_dot {
                    sc.name_after(&self.names, e, true, dot, Lone::No);
                }
            }
            S::Maiden => {}
            S::MrnList => sc.mrn_list(e),
            S::RoleLabel => {
                if sc.b.get(e) == Some(&b':') {
                    self.special(sc, S::Role, s, e);
                }
            }
            S::Role | S::Kin | S::KinListed => {
                sc.name_before_role(&self.names, role_lead(sc.b, s), role_closes_bracket(sc.b, e));
                // A dot after a role word ends its sentence ("...,
                // Defendant. Case No. 4417"), unless the word is an
                // abbreviation ("Pt. John Smith"; no relative's word is).
                let abbreviation = e - s <= 2;
                // A relative's word mid-sentence ("his daughter Adaeze"),
                // not a heading's; or a form's label for a name.
                let lower = sc.b[s].is_ascii_lowercase();
                // A relative's name in brackets is one in a heading's case too
                // ("Daughter (Priyanka) at bedside").
                let bracket = sc.b.get(e..e + 2) == Some(b" (");
                let lone = if sp == S::Kin && (lower || bracket) { Lone::Kin } else { name_label(sc.b, s, e) };
                if sp != S::Role && lower && sc.b.get(e + 1).is_some_and(|&c| c >= 0xE0) {
                    sc.han_name_after(e);
                }
                sc.name_after(&self.names, e, false, abbreviation, lone);
                if lower {
                    let kind = if sp == S::Role { Lower::Role } else { Lower::Kin };
                    sc.lower_name_after(&self.names, e, kind);
                }
            }
            S::Credential(state) => {
                sc.name_before_credential(&self.names, s, e, state);
                if !state {
                    sc.name_after_credential(&self.names, s, e);
                }
            }
            S::SignOff => sc.sign_off(&self.names, s, e),
            S::Greeting => sc.greeting(&self.names, s, e),
            S::Intro(named) => sc.introduction(&self.names, e, named),
            S::MailHeader => sc.mail_header(&self.names, s, e),
            // As after a role word: a listed first word, or two capitalised
            // words ("Declaration of Independence" is none).
            S::RoleOf if sc.b.get(e..e + 4) == Some(b" of ") => {
                sc.name_after(&self.names, e + 3, false, false, Lone::No);
            }
            // "the Hendricks matter" is as often a firm's as a person's.
            S::RoleOf if sc.b[s..e].eq_ignore_ascii_case(b"estate") => sc.surname_before_estate(&self.names, s),
            S::RoleOf => {}
            S::AgeWords => sc.age_in_words(s, e),
            S::RoleAfter => sc.name_before_role(&self.names, role_lead(sc.b, s), role_closes_bracket(sc.b, e)),
            S::ChatStamp => sc.chat_speaker(&self.names, s, e),
            S::Github => sc.token_secret(s, e, "secret.github_token", "github_token", 36, 255, 0.99, |c| {
                c.is_ascii_alphanumeric()
            }),
            S::GithubPat => sc.token_secret(s, e, "secret.github_token", "github_pat", 22, 255, 0.99, |c| {
                c.is_ascii_alphanumeric() || c == b'_'
            }),
            S::OpenAi => sc.openai(s, e),
            S::Anthropic => {
                sc.token_secret(s, e, "secret.anthropic_api_key", "anthropic_api_key", 32, 255, 0.99, |c| {
                    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
                })
            }
            S::Slack => sc.token_secret(s, e, "secret.slack_token", "slack_token", 10, 255, 0.97, |c| {
                c.is_ascii_alphanumeric() || c == b'-'
            }),
            S::SlackWebhook => sc.token_secret(s, e, "secret.slack_token", "slack_webhook", 20, 255, 0.97, |c| {
                c.is_ascii_alphanumeric() || c == b'/'
            }),
            S::Jwt => sc.jwt(s),
            S::Btc => sc.btc(s),
            S::Eth => sc.eth(s, e),
            S::Url => sc.url(s, e),
            S::Month(m) => sc.written_date(s, e, m),
            S::HonapHu(m) => {
                sc.year_first_date(s, e, u32::from(m));
            }
            S::Utca => sc.utca(s, e),
            // "Ul." opens a sentence as often as "ul." is mid-line.
            S::Ulica if sc.b.get(e) == Some(&b'.') => sc.calle(s, e + 1),
            S::Ulica => {}
            S::Parents if sc.b[s].is_ascii_lowercase() => sc.parents_after(e),
            S::Parents => {}
            S::MesEs(_) => {
                if !sc.fecha(s, e) {
                    sc.day_first_date(s, e);
                }
            }
            S::MonatDe => {
                if !sc.datum(s, e) {
                    sc.day_first_date(s, e);
                }
            }
            S::DayFirstMonth => sc.day_first_date(s, e),
            S::Calle => sc.calle(s, e),
            S::Privilege => {
                // "attorney work product" or a bare "attorney-client
                // communication" in lower case mid-sentence is usually a
                // discussion of the doctrine, not a label on a document.
                let span = &sc.b[s..e];
                let lower = !span.iter().any(u8::is_ascii_uppercase);
                let before = sc.b[..s].iter().rev().find(|&&c| c != b' ' && c != b'\t');
                let line_start = before.is_none() || before == Some(&b'\n');
                let privileged = span.windows(10).any(|w| w == b"privileged");
                let doctrinal = span.windows(4).any(|w| w == b"work") || span.starts_with(b"attorney") && !privileged;
                let doctrine = lower && !line_start && doctrinal;
                let score = if doctrine { 0.45 } else { 0.95 };
                sc.push("legal.privilege_marker", "legal_privilege_marker", s, e, score, 2);
            }
            S::PoBox => sc.po_box(s, e),
            S::NumberWord if sc.b.get(e) == Some(&b' ') => sc.street_address(s, e, Street::InWords),
            S::NumberWord => {}
            S::Address => sc.lower_case_street_after(e),
            S::Field => sc.record_field(s, e),
            S::Hl7 => sc.hl7_segment(s),
            S::X12 => sc.x12_segment(s),
            S::Dicom => sc.dicom_element(s, e),
            S::Gedcom => sc.gedcom_record(s, e),
            S::Calendar => sc.calendar_block(s, e),
        }
    }

    /// The word pass: hands digit-bearing words to the numeric parsers and
    /// capitalised words to the name lexicon.
    fn words(&self, sc: &mut Scan<'_, '_, '_>, map: &ByteMap, words: &Words, keyword_ends: &[usize]) {
        let b = sc.b;
        let n = b.len();
        // The words that may need the pass, screened without a branch per
        // word while they were hashed (see `may_need_word_pass`).
        let screened = words.marked();
        let mut i = 0;
        let mut covered = 0; // end of the last numeric candidate group
        let mut pem_end = 0; // end of the last private key block: nested BEGIN lines are inside it
        let mut digit_word_end = usize::MAX; // end of the last word of digits only
        // Whether an ASTM record may be here at all: one search by SIMD, so
        // that prose pays nothing per word of digits for it.
        let pipes = memchr::memchr(b'|', b).is_some();
        // The first of `keyword_ends` (the keyword-driven recognisers'
        // findings' ends, sorted) not before the place the pass asks about:
        // the places only grow, so the search walks the list once.
        let mut next_end = 0;
        // The pass stops only at screened word starts, digit-run starts, `@`
        // and `-`. `i` is where the pass has consumed the text up to; a stop
        // at a word with nothing to do moves only `at`, where the next
        // search begins.
        let mut at = 0;
        while let Some(p) = map.next_visit(screened, at.max(i)) {
            at = p + 1;
            let c = b[p];
            if !c.is_ascii_alphanumeric() {
                if c == b'@' && p == 0 {
                    sc.mention(&self.names, p);
                } else if c == b'@' {
                    if !sc.url_password(p) {
                        sc.email(&self.names, p);
                    }
                } else if c == b'-' && p >= pem_end && b.get(p + 1) == Some(&b'-') && b[p..].starts_with(b"-----BEGIN")
                {
                    let before = sc.out.len();
                    sc.pem(p, p + 10);
                    if let Some(k) = sc.out.get(before) {
                        pem_end = k.end;
                    }
                } else if c == b'-' && signature_separator_at(b, p) {
                    // An e-mail's signature separator: the writer's name follows.
                    sc.writer_line(&self.names, p + 2);
                }
                i = p + 1;
                continue;
            }
            let s = if c.is_ascii_digit() {
                // A digit run inside a word passed over at its start: the
                // word is handled from its start now (but never from before
                // where the pass resumed).
                let mut s = p;
                while s > i && b[s - 1].is_ascii_alphanumeric() {
                    s -= 1;
                }
                s
            } else if needs_word_pass(b, p) {
                p
            } else {
                // Nothing to do for this word unless it holds a digit, and
                // then the pass stops at that digit.
                continue;
            };
            if prefix_pair(b[s], b.get(s + 1).copied().unwrap_or(0)) {
                self.prefixes(sc, s);
            }
            // The word's end and which character kinds it has.
            let (e, digits, letters) = map.ascii_word(s);
            i = e;
            let prev_digit_word_end = digit_word_end;
            digit_word_end = if digits && !letters { e } else { usize::MAX };
            // Words glued to non-ASCII letters or underscores are not ASCII
            // tokens, but a capitalised word that goes on in accented Latin
            // letters is a name word ("José", "Martínez").
            if !bound_before(b, s) || !bound_after(b, e) {
                if e < n
                    && b[e] >= 0x80
                    && !digits
                    && b[s].is_ascii_uppercase()
                    && let Some(end) = sc.accented_name(&self.names, s)
                {
                    i = i.max(end);
                }
                continue;
            }
            if e < n
                && (b[e] == b':' || b[e] == b'-')
                && e - s <= 4
                && b[s..e].iter().all(u8::is_ascii_hexdigit)
                && let Some(end) = sc.ip6_or_mac(s)
            {
                covered = covered.max(end);
                i = i.max(end);
                continue;
            }
            // A MAC address as Cisco writes it: "0050.56a3.1f2c".
            if digits && e - s == 4 && e < n && b[e] == b'.' && dotted_mac_at(b, s) {
                sc.push("pii.mac_address", "mac_address", s, s + 14, 0.9, 2);
                covered = covered.max(s + 14);
                i = i.max(s + 14);
                continue;
            }
            // A digit word right after "digit word + '.', '-' or '/'" continues
            // a chain that was parsed from its first group (or cut at six
            // groups); starting again inside it would find values the chain
            // rules rejected (an "IP address" inside a longer dotted number).
            // Chains hold digit words only: "MK73-1EG4" is two identifiers;
            // and a dash, a dot or a slash right after a finding starts a new
            // value (a range, "10.1.2.3-10.1.2.9"; a sentence's full stop
            // with no space, "020 7946 0321.1961-04-12"; a code and a date,
            // "E11.9/1961-04-12"), as it would once the finding is masked.
            // The first three tests are combined without branches: whether
            // a digit word continues a chain is random to a predictor.
            let joined = (s >= 2)
                & !letters
                & (prev_digit_word_end == s.wrapping_sub(1))
                & matches!(b[s.saturating_sub(1)], b'.' | b'-' | b'/');
            let mut ends_finding = |at: usize| {
                while keyword_ends.get(next_end).is_some_and(|&end| end < at) {
                    next_end += 1;
                }
                sc.out.last().is_some_and(|c| c.end == at && c.score >= super::DEFAULT_MIN_SCORE)
                    || keyword_ends.get(next_end) == Some(&at)
            };
            let inside_chain = if joined {
                !ends_finding(s - 1)
            } else if !letters && s > 0 && b[s - 1] >= 0x80 {
                // The same after a dash outside ASCII ("555\u{2011}0142"),
                // which the chain's parse read as a `-`.
                matches!(bytes::wide_separator_before(b, s),
                    Some((b'-', w)) if prev_digit_word_end == s - w && !ends_finding(s - w))
            } else {
                false
            };
            // Digits read out one group at a time, as speech-to-text writes
            // a caller's numbers ("4 1 4 5 5 5 0 1 1 5", "4 12 32").
            if !letters
                && e - s <= 2
                && s >= covered
                && b.get(e) == Some(&b' ')
                && b.get(e + 1).is_some_and(u8::is_ascii_digit)
                && let Some(end) = sc.spoken_number(s, e)
            {
                covered = covered.max(end);
                i = i.max(end);
                continue;
            }
            // A NACHA (ACH) file's record: 94 characters on a line, its
            // type first ("6" for an entry, "1" for the file's header).
            if digits
                && matches!(b[s], b'1' | b'6')
                && e - s >= 3
                && (s == 0 || b[s - 1] == b'\n')
                && let Some(end) = sc.nacha_record(s)
            {
                covered = covered.max(end);
                i = i.max(end);
                continue;
            }
            // An ASTM E1394 record (an instrument's upload): its frame
            // number and type ("2P|"), or its sequence number after a type
            // at a line's start ("P|1|").
            if pipes && digits && (b.get(e) == Some(&b'|') || s >= 2 && b[s - 1] == b'|') && sc.astm_record(s, e) {
                // The catalogue reads on inside the record: a diagnosis's
                // ICD-10 code, a comment's words.
                continue;
            }
            if digits && !inside_chain {
                // A house number after its street, as Europe writes them.
                if e - s <= 4 && s >= 5 && b[s - 1] == b' ' && street_word_tail(b, s - 1) {
                    sc.street_before_number(s, e);
                }
                if s >= covered {
                    let end = if !letters { sc.numeric(s, e) } else { sc.alnum(s, e) };
                    covered = covered.max(end);
                }
            } else if b[s].is_ascii_uppercase()
                && e - s >= 2
                && b[s + 1].is_ascii_lowercase()
                && let Some(end) = sc.name_from_lexicon(&self.names, s, e)
            {
                i = i.max(end);
            }
        }
    }
}

/// Where a French street's word may start after a house number that ends
/// at `e`, past a comma and a space or a space: a screen by the word's
/// first two bytes for [`Scan::rue`] ("1187, rue", "12 rue", "7305,
/// boul."), so that "500 mg" and "10 am" cost a compare.
#[inline]
fn french_street_word_at(b: &[u8], e: usize) -> Option<usize> {
    let at = match b.get(e..e + 2)? {
        b", " => e + 2,
        [b' ', _] => e + 1,
        _ => return None,
    };
    let pair = b.get(at..at + 2)?;
    matches!(pair, b"ru" | b"av" | b"bo" | b"ch" | b"pl" | b"im" | b"qu" | b"al" | b"mo").then_some(at)
}

/// Whether `w` is a house number on a county grid: a direction letter and
/// digits, twice ("N27W23953", "W156N8480").
fn grid_house_number(w: &[u8]) -> bool {
    let ns = |c: u8| c == b'N' || c == b'S';
    let ew = |c: u8| c == b'E' || c == b'W';
    if !(ns(w[0]) || ew(w[0])) {
        return false;
    }
    let Some(second) = w.iter().skip(1).position(u8::is_ascii_alphabetic).map(|i| i + 1) else { return false };
    let digits = |r: &[u8]| !r.is_empty() && r.iter().all(u8::is_ascii_digit);
    (ns(w[0]) && ew(w[second]) || ew(w[0]) && ns(w[second])) && digits(&w[1..second]) && digits(&w[second + 1..])
}

/// The end of a day and a year read out in words after a month's name, the
/// day's word at `p`, as speech-to-text writes a date ("march third
/// nineteen forty one", "november fourteenth, twenty twenty six", "june
/// the first two thousand and five"). The year is required: "march
/// third" alone is no one's date for certain.
fn spoken_date_end(b: &[u8], p: usize) -> Option<usize> {
    const UNITS: &[&[u8]] = DIGIT_WORDS;
    const TEENS: &[&[u8]] = &[
        b"ten",
        b"eleven",
        b"twelve",
        b"thirteen",
        b"fourteen",
        b"fifteen",
        b"sixteen",
        b"seventeen",
        b"eighteen",
        b"nineteen",
    ];
    const TENS: &[&[u8]] = &[b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety"];
    const ORDINALS: &[&[u8]] = &[
        b"first",
        b"second",
        b"third",
        b"fourth",
        b"fifth",
        b"sixth",
        b"seventh",
        b"eighth",
        b"ninth",
        b"tenth",
        b"eleventh",
        b"twelfth",
        b"thirteenth",
        b"fourteenth",
        b"fifteenth",
        b"sixteenth",
        b"seventeenth",
        b"eighteenth",
        b"nineteenth",
        b"twentieth",
        b"thirtieth",
    ];
    // One of `words` as a whole word at `at`, in any case: its end.
    let word = |at: usize, words: &[&[u8]]| {
        words.iter().find_map(|w| {
            let end = at + w.len();
            (b.get(at..end)?.eq_ignore_ascii_case(w) && !b.get(end).is_some_and(u8::is_ascii_alphabetic)).then_some(end)
        })
    };
    // A space or a hyphen after `at`, and what follows it.
    let next = |at: usize| matches!(b.get(at), Some(b' ' | b'-')).then_some(at + 1);
    // 1 to 99 in words: "oh five", "twelve", "forty one", "forty-one".
    let two_digits = |at: usize| {
        if let Some(oh) = word(at, &[b"oh"]) {
            return next(oh).and_then(|q| word(q, UNITS));
        }
        word(at, TEENS).or_else(|| {
            let tens = word(at, TENS)?;
            Some(next(tens).and_then(|q| word(q, UNITS)).unwrap_or(tens))
        })
    };
    let p = if b.get(p..p + 4).is_some_and(|w| w.eq_ignore_ascii_case(b"the ")) { p + 4 } else { p };
    let day = word(p, ORDINALS)
        .or_else(|| word(p, &[b"twenty", b"thirty"]).and_then(next).and_then(|q| word(q, &ORDINALS[..9])))?;
    let ys = if b.get(day) == Some(&b',') { day + 1 } else { day };
    let ys = next(ys).filter(|_| b[ys] == b' ')?;
    // "nineteen forty one", "twenty twenty six", "two thousand (and) five".
    if let Some(century) = word(ys, &[b"nineteen", b"twenty"]) {
        return next(century).filter(|_| b[century] == b' ').and_then(two_digits);
    }
    let two = word(ys, &[b"two"])?;
    let thousand = next(two).filter(|_| b[two] == b' ').and_then(|q| word(q, &[b"thousand"]))?;
    let mut q = thousand + 1;
    if b.get(thousand) != Some(&b' ') {
        return Some(thousand);
    }
    if let Some(and) = word(q, &[b"and"]) {
        q = and + 1;
    }
    Some(two_digits(q).or_else(|| word(q, UNITS)).unwrap_or(thousand))
}

/// The numbers one to nine in words, as ages and dates are read out.
const DIGIT_WORDS: &[&[u8]] = &[b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine"];

/// Where a street's unit ends when one of `units` follows its line at
/// `at`, each with the comma before it (", apto 302", ", app. 4", as
/// French and Portuguese write them; [`unit_after`] reads English units):
/// up to six letters and digits, a whole token.
fn listed_unit_after(b: &[u8], at: usize, units: &[&[u8]]) -> Option<usize> {
    let unit = units.iter().find(|u| b[at..].starts_with(u))?;
    let us = at + unit.len();
    let ue = run(b, us, 6, |c| c.is_ascii_alphanumeric());
    (ue > us && bound_after(b, ue)).then_some(ue)
}

/// The end of a given name and its middle initial after a surname and
/// its comma ending at `e`, as a record writes a person surname first
/// ("HOLLOWAY-BANKS, Augusta M.", "MCALLISTER-NWOSU, PHILIPPA J"): a
/// capitalised word or one in capitals, of three letters or more with a
/// vowel, on no list (neither a listed name nor a word that is no name, a
/// place's or an ambiguous one), then a space and a capital alone (with
/// its dot or not).
fn given_before_initial(names: &Names, b: &[u8], e: usize) -> Option<usize> {
    let q = e.checked_add(2).filter(|_| b[e..].starts_with(b", "))?;
    let we = name_word(b, q).or_else(|| caps_word(b, q))?;
    let word = &b[q..we];
    let vowel = word.iter().any(|c| b"AEIOUYaeiouy".contains(c));
    // A listed given name is read by the rules for "SURNAME, Given".
    let listed_or_not_a_name = IS_FIRST | IS_LAST | IS_NON_NAME | IS_PLACE | IS_AMBIGUOUS;
    if we - q < 3 || !vowel || names.title_case_flags(word) & listed_or_not_a_name != 0 {
        return None;
    }
    let i = we + 1;
    if b.get(we) != Some(&b' ') || !b.get(i).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    // With its dot, as `initial` reads one; without, a capital standing alone.
    initial(b, i).or_else(|| matches!(b.get(i + 1), None | Some(b' ' | b'\n' | b'\r' | b',' | b'\t')).then_some(i + 1))
}

/// Whether the word right before `s` (a space apart) names goods, whose
/// number follows it: "part", "item", "catalogue".
fn goods_word_before(b: &[u8], s: usize) -> bool {
    let Some(we) = s.checked_sub(1).filter(|&p| b[p] == b' ') else { return false };
    let ws = letters_word_start(b, we);
    let word = &b[ws..we];
    [&b"part"[..], b"item", b"catalogue"].iter().any(|w| word.eq_ignore_ascii_case(w)) && bound_before(b, ws)
}

/// The end of a Hungarian weekday at `p` ("szerda"), as a date writes it
/// after the day ("2025. okt\u{f3}ber 8., szerda").
fn hungarian_weekday_at(b: &[u8], p: usize) -> Option<usize> {
    const DAYS: [&str; 7] =
        ["h\u{e9}tf\u{151}", "kedd", "szerda", "cs\u{fc}t\u{f6}rt\u{f6}k", "p\u{e9}ntek", "szombat", "vas\u{e1}rnap"];
    let rest = b.get(p..)?;
    DAYS.iter()
        .map(|d| d.as_bytes())
        .find(|d| rest.starts_with(d))
        .map(|d| p + d.len())
        .filter(|&we| bound_after(b, we))
}

/// The end of a floor or a door after a Hungarian house number ending at
/// `p`: " 2. emelet", " I. emelet", " 4. ajt\u{f3}", " fszt." (the ground floor).
fn hungarian_unit_after(b: &[u8], p: usize) -> Option<usize> {
    let rest = b.get(p..)?;
    if rest.starts_with(b" fszt.") {
        return Some(p + 6);
    }
    let rest = rest.strip_prefix(b" ")?;
    let n = rest.iter().take_while(|c| c.is_ascii_digit() || matches!(c, b'I' | b'V' | b'X')).count();
    if n == 0 || n > 4 || rest.get(n..n + 2) != Some(b". ") {
        return None;
    }
    let word = &rest[n + 2..];
    ["emelet", "em.", "ajt\u{f3}", "l\u{e9}pcs\u{151}h\u{e1}z"]
        .iter()
        .map(|w| w.as_bytes())
        .find(|w| word.starts_with(w))
        .map(|w| p + 1 + n + 2 + w.len())
        .filter(|&ue| bound_after(b, ue) || b[ue - 1] == b'.')
}

/// The start of a French, Dutch, Italian, Polish, Swedish or Czech
/// weekday's name written before a date's day at `ds` ("jeudi 15 janvier
/// 2026", "dinsdag 11 februari 2025", "luned\u{ec} 3 marzo 2025",
/// "\u{10d}tvrtek 11. z\u{e1}\u{159}\u{ed} 2025"), if one is there.
fn european_weekday_before(b: &[u8], ds: usize) -> Option<usize> {
    const DAYS: &[&[u8]] = &[
        b"lundi",
        b"mardi",
        b"mercredi",
        b"jeudi",
        b"vendredi",
        b"samedi",
        b"dimanche",
        b"maandag",
        b"dinsdag",
        b"woensdag",
        b"donderdag",
        b"vrijdag",
        b"zaterdag",
        b"zondag",
        "luned\u{ec}".as_bytes(),
        "marted\u{ec}".as_bytes(),
        "mercoled\u{ec}".as_bytes(),
        "gioved\u{ec}".as_bytes(),
        "venerd\u{ec}".as_bytes(),
        b"sabato",
        b"domenica",
        "poniedzia\u{142}ek".as_bytes(),
        b"wtorek",
        "\u{15b}roda".as_bytes(),
        b"czwartek",
        "pi\u{105}tek".as_bytes(),
        b"sobota",
        b"niedziela",
        "m\u{e5}ndag".as_bytes(),
        b"tisdag",
        b"onsdag",
        b"torsdag",
        b"fredag",
        "l\u{f6}rdag".as_bytes(),
        "s\u{f6}ndag".as_bytes(),
        "pond\u{11b}l\u{ed}".as_bytes(),
        "\u{fa}ter\u{fd}".as_bytes(),
        "st\u{159}eda".as_bytes(),
        "\u{10d}tvrtek".as_bytes(),
        "p\u{e1}tek".as_bytes(),
        "ned\u{11b}le".as_bytes(),
    ];
    let sp = ds.checked_sub(1).filter(|&sp| b[sp] == b' ')?;
    // "dinsdag 11 februari", and with a comma, as Polish writes it:
    // "poniedzia\u{142}ek, 3 marca".
    let sp = if sp > 0 && b[sp - 1] == b',' { sp - 1 } else { sp };
    DAYS.iter().find_map(|d| {
        let ws = sp.checked_sub(d.len())?;
        (b[ws..sp].eq_ignore_ascii_case(d) && bound_before(b, ws)).then_some(ws)
    })
}

/// Up to three name words ([`name_word`]) that end at `end`, parted by
/// single spaces, as [`name_words_before`] walks them back.
struct NameWords {
    /// Where the first of them starts (`end` when there are none).
    start: usize,
    words: usize,
    /// Whether one of them is a listed given name or surname.
    listed: bool,
    /// The name lists' flags of the first of them (0 when there are none).
    first_flags: u8,
}

/// The name words that end at `end` ([`NameWords`]); `None` when one of
/// them has a flag of `reject` ("Billing Department": a word that is no
/// name).
fn name_words_before(names: &Names, b: &[u8], end: usize, reject: u8) -> Option<NameWords> {
    let mut found = NameWords { start: end, words: 0, listed: false, first_flags: 0 };
    let mut at = end;
    while found.words < 3 {
        let ws = name_word_start(b, at);
        if ws == at || name_word(b, ws) != Some(at) {
            break;
        }
        let flags = names.flags_in(b, ws, at);
        if flags & reject != 0 {
            return None;
        }
        found.listed |= flags & (IS_FIRST | IS_LAST) != 0;
        found.first_flags = flags;
        found.words += 1;
        found.start = ws;
        match word_end_before(b, ws) {
            Some(e) => at = e,
            None => break,
        }
    }
    Some(found)
}

/// Whether the address whose local part starts at `ls` is in angle
/// brackets on a mail's header line that names a message, not a person:
/// "Message-ID: <07qtriffd6hsn1dz5ny3@mail.example.net>", "In-Reply-To:",
/// "References:".
fn message_id_at(b: &[u8], ls: usize) -> bool {
    if ls == 0 || b[ls - 1] != b'<' {
        return false;
    }
    let lo = ls.saturating_sub(200);
    let line = b[lo..ls].iter().rposition(|&c| c == b'\n').map_or(lo, |i| lo + i + 1);
    let head = &b[line..ls];
    [&b"message-id:"[..], b"in-reply-to:", b"references:"]
        .iter()
        .any(|h| head.len() >= h.len() && head[..h.len()].eq_ignore_ascii_case(h))
}

/// Where the bracket opens, after a space, that holds the date starting
/// at `ds` right after it ("(04/22/1958)") or after "DOB" ("(DOB
/// 11/30/1987)", "(DOB: 11/30/1987)"); or, for a date without a bracket,
/// the space before "DOB" ("OSEI, ABENA M   DOB 04/27/1986") or the bar
/// that opens a table's cell ("ACOSTA-REYES, DOLORES | 1949-08-23").
fn bracket_date_open(b: &[u8], ds: usize) -> Option<usize> {
    let open = if ds >= 2 && b[ds - 1] == b'(' {
        ds - 1
    } else if ds >= 7 && &b[ds - 4..ds] == b"DOB " && b[ds - 5] == b'(' {
        ds - 5
    } else if ds >= 8 && &b[ds - 5..ds] == b"DOB: " && b[ds - 6] == b'(' {
        ds - 6
    } else if ds >= 7 && &b[ds - 4..ds] == b"DOB " && b[ds - 5] == b' ' {
        ds - 5
    } else if ds >= 4 && &b[ds - 2..ds] == b"| " {
        ds - 2
    } else {
        return None;
    };
    (b[open - 1] == b' ').then_some(open)
}

/// The start of a surname in capitals ending at `e`, as records write
/// "SURNAME, Given" ("PEARSON, Margaret E.", "ADEYEMI, Oluwaseun T."):
/// three or more capitals (with `'` or `-` inside) and a vowel, at a
/// word's start, not a word that is no name or a place's ("NOTE, Maria"
/// is none), and a listed surname if it has three letters ("LEE, Ana";
/// "USA, Maria" is none).
fn caps_surname_before(names: &Names, b: &[u8], e: usize) -> Option<usize> {
    let len = b[..e].iter().rev().take(24).take_while(|&&c| c.is_ascii_uppercase() || c == b'-' || c == b'\'').count();
    let s = e - len;
    let word = &b[s..e];
    let shaped = len >= 3
        && word[0].is_ascii_uppercase()
        && word[len - 1].is_ascii_uppercase()
        && word.iter().any(|c| b"AEIOUY".contains(c))
        && bound_before(b, s)
        && caps_word(b, s) == Some(e);
    let flags = if shaped { names.title_case_flags(word) } else { IS_NON_NAME };
    // Three capitals are as often an acronym ("USA, Maria") unless listed ("LEE, Ana").
    let listed_if_short = len > 3 || flags & IS_LAST != 0;
    (flags & (IS_NON_NAME | IS_PLACE) == 0 && listed_if_short).then_some(s)
}

/// Whether a MAC address in three dotted groups of four hex digits starts
/// at `s` ("0050.56a3.1f2c", the shape [`v::mac`] checks), with a hex
/// letter among them (twelve digits in dots are as often some other
/// number) and no group before or after.
fn dotted_mac_at(b: &[u8], s: usize) -> bool {
    let Some(w) = b.get(s..s + 14) else { return false };
    let shape = v::mac(w);
    let letter = w.iter().any(u8::is_ascii_alphabetic);
    let before = s == 0 || !matches!(b[s - 1], b'.' | b':') && !b[s - 1].is_ascii_alphanumeric();
    let after = !(b.get(s + 14) == Some(&b'.') && b.get(s + 15).is_some_and(u8::is_ascii_alphanumeric));
    shape && letter && before && after && bound_after(b, s + 14)
}

/// Whether an e-mail's signature separator starts at `p`: a line of two
/// dashes, with or without the space after them that mail programs write.
fn signature_separator_at(b: &[u8], p: usize) -> bool {
    if p > 0 && b[p - 1] != b'\n' || !b[p..].starts_with(b"--") {
        return false;
    }
    let rest = &b[p + 2..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let rest = rest.strip_prefix(b"\r").unwrap_or(rest);
    rest.first() == Some(&b'\n')
}

/// The score of a name that its place alone vouches for (a mail's display
/// name or header entry, an @-mention): two or three words, 0.75, or 0.85
/// when one is listed; one word only when listed and not ambiguous.
fn placed_name_score(words: usize, listed: bool, ambiguous: bool) -> Option<f32> {
    let enough = words >= 2 || words == 1 && listed && !ambiguous;
    enough.then_some(if listed { 0.85 } else { 0.75 })
}

/// Whether an entry of a mail's header line ends at `p`: at the line's or
/// the text's end, a semicolon, or before an address in angle or square
/// brackets ([`Scan::mail_header`]).
fn mail_entry_ends(b: &[u8], p: usize) -> bool {
    let rest = &b[p..];
    let rest = &rest[run(rest, 0, 24, |c| c == b' ' || c == b'\t' || c == b'\r')..];
    matches!(rest.first(), None | Some(b'\n' | b';' | b'<' | b'['))
}

/// Words a greeting addresses that name no one, kept off the list of words
/// that are no name because some are names elsewhere ("Kitty") or role
/// words ("Client"): "Hi Mom,", "Dear Parents,", "Hey Siri,".
const GREETED_NO_ONE: &[&[u8]] = &[
    b"Mom",
    b"Mum",
    b"Dad",
    b"Parents",
    b"Parent",
    b"Guardian",
    b"Guardians",
    b"Client",
    b"Clients",
    b"Patient",
    b"Patients",
    b"Siri",
    b"Alexa",
    b"Kitty",
    b"Doc",
    b"Coach",
    b"Boss",
];

/// Whether the word pass has anything to do for a word that starts with the
/// letter at `s`, digits aside (a digit in the word brings the pass back to
/// it): a vendor prefix or URL scheme may start here, it may be the first
/// group of an IPv6 or MAC address (up to four hex digits, then `:` or `-`),
/// or it is capitalised like a name. Must hold for every word [`Builtin::words`]
/// would act on: a `false` here skips the word.
#[inline]
fn needs_word_pass(b: &[u8], s: usize) -> bool {
    let (c, next) = (b[s], b.get(s + 1).copied().unwrap_or(0));
    let prefix_or_name = prefix_pair(c, next) || lower_after_capital(next) && c.is_ascii_uppercase();
    if prefix_or_name {
        return true;
    }
    // Up to four hex digits and then `:` or `-`. A quarter of all words
    // start with a hex digit, at random to a predictor, but hardly any has
    // a `:` or `-` so close: screened for that first, without a branch.
    if bytes::may_end_hex_group(b, s) && c.is_ascii_hexdigit() {
        let hex_end = run(b, s, 5, |c| c.is_ascii_hexdigit());
        return hex_end - s <= 4 && matches!(b.get(hex_end), Some(b':' | b'-'));
    }
    false
}

/// Whether `n`, the byte after a word's capital, may start the rest of a
/// name: a lower-case letter, or the first byte of a Latin letter outside
/// ASCII ("H\u{e9}ctor", "\u{c1}lvarez" aside, "L\u{151}rinc").
const fn lower_after_capital(n: u8) -> bool {
    n.is_ascii_lowercase() || matches!(n, 0xC3..=0xC5)
}

/// A screen for [`needs_word_pass`] at the start `s` of a word, without a
/// branch on the text: `false` wherever that is `false` for an ASCII
/// letter, and for bytes that are not ASCII letters (digits bring the word
/// pass to a word by themselves). A `true` needs the exact check.
/// `v`: the eight bytes from the word's start on ([`bytes::load8_padded`]).
/// [`Builtin::scan`] needs the words of its text marked by this screen.
#[inline]
pub(crate) fn may_need_word_pass(v: u64) -> bool {
    // The word's first two bytes (a zero past the end of the text) pick a
    // bit of the table; a hex letter may start an IPv6 or MAC group.
    let pair = (v & 0xFFFF) as usize;
    let table = WORD_PASS_PAIRS[pair / 64] & (1 << (pair % 64)) != 0;
    let hex_letter = matches!((v as u8) | 0x20, b'a'..=b'f');
    table | (hex_letter & bytes::may_end_hex_group8(v))
}

/// For every pair of a word's first byte `c` and the byte after it `n`, at
/// bit `c + 256 * n`: does [`needs_word_pass`]'s prefix and name test hold
/// (a letter, and a [`prefix_pair`] or a capital and a lower-case letter)?
static WORD_PASS_PAIRS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let mut c = 0;
    while c < 256 {
        let mut n = 0;
        while n < 256 {
            let (cb, nb) = (c as u8, n as u8);
            let i = c + 256 * n;
            let prefix = PREFIX_PAIRS[i / 64] & (1 << (i % 64)) != 0;
            let hit = cb.is_ascii_alphabetic() && (prefix || lower_after_capital(nb) && cb.is_ascii_uppercase());
            if hit {
                t[i / 64] |= 1 << (i % 64);
            }
            n += 1;
        }
        c += 1;
    }
    t
};

/// Whether a word whose first two bytes are `c` and `next` (0 past the end
/// of the text) may start a vendor prefix or URL scheme
/// [`Builtin::prefixes`] looks for. A table lookup: a `match` on the first
/// byte mispredicts at nearly every word.
#[inline]
fn prefix_pair(c: u8, next: u8) -> bool {
    let i = usize::from(c) | usize::from(next) << 8;
    PREFIX_PAIRS[i / 64] & (1 << (i % 64)) != 0
}

/// The first two bytes of every vendor prefix and URL scheme
/// [`Builtin::prefixes`] looks for, as bits `c + 256 * next`.
static PREFIX_PAIRS: [u64; 1024] = {
    let pairs: &[(u8, &[u8])] = &[
        (b'A', b"KSGIRN"), // AKIA, ASIA, AGPA, AIDA, AIPA, AROA, ANPA, ANVA; AIza (Google)
        (b'g', b"hil"),    // ghp_ and the other GitHub tokens, github_pat_; glpat- (GitLab)
        (b's', b"k"),      // sk-, sk-ant-, sk_live_ (Stripe)
        (b'r', b"k"),      // rk_live_ (Stripe)
        (b'S', b"G"),      // SG. (SendGrid)
        (b'n', b"p"),      // npm_
        (b'h', b"f"),      // hf_ (Hugging Face)
        (b'x', b"oa"),     // xoxb- and the other Slack tokens, xapp-
        (b'e', b"y"),      // eyJ (JWT)
        (b'b', b"c"),      // bc1 (bech32)
        (b'0', b"x"),      // 0x (Ethereum)
        (b'h', b"tT"),     // http://, https:// in any case
        (b'H', b"tT"),
        (b'w', b"wW"), // www. in any case
        (b'W', b"wW"),
    ];
    let mut t = [0u64; 1024];
    let mut k = 0;
    while k < pairs.len() {
        let (c, nexts) = pairs[k];
        let mut j = 0;
        while j < nexts.len() {
            let i = c as usize | (nexts[j] as usize) << 8;
            t[i / 64] |= 1 << (i % 64);
            j += 1;
        }
        k += 1;
    }
    t
};

/// Capitalised name word (Smith, O'Brien, Smith-Jones, McDonald, and with
/// accented Latin letters: Martínez, Álvarez, Brontë-Smith) at `i`: its end.
fn name_word(b: &[u8], i: usize) -> Option<usize> {
    let capital = match b.get(i) {
        Some(c) if c.is_ascii_uppercase() => 1,
        Some(&c)
            if c >= 0x80
                && let Some((f, w)) = accented_fold_at(b, i)
                && f.is_ascii_uppercase() =>
        {
            w
        }
        Some(&c) if c >= 0x80 && cyrillic_case_at(b, i) == Some(true) => 2,
        _ => return None,
    };
    if !bound_before(b, i) {
        return None;
    }
    // The lower-case letters after the capital, eight at a time (the byte
    // loop below would mispredict where each name ends); the loop then
    // takes what follows them.
    let mut j = i + capital;
    let mut lowers = 0;
    loop {
        let run = bytes::ascii_lower_run8(b, j);
        j += run;
        lowers += run;
        if run < 8 {
            break;
        }
    }
    while j < b.len() {
        let c = b[j];
        if c.is_ascii_lowercase() {
            lowers += 1;
            j += 1;
        } else if c >= 0x80 && latin_fold_at(b, j).is_some_and(|c| c.is_ascii_lowercase()) {
            lowers += 1;
            j += 2; // é, ñ, ø: one character, two bytes
        } else if c == 0xE1 && latin_ext_fold_at(b, j).is_some_and(|c| c.is_ascii_lowercase()) {
            lowers += 1;
            j += 3; // ọ, ṣ, ễ: Yoruba's and Vietnamese's letters, three bytes
        } else if c >= 0x80 && cyrillic_case_at(b, j) == Some(false) {
            lowers += 1;
            j += 2; // "Ольга Петренко" after a relative's word or a title
        } else if is_combining_mark_at(b, j) {
            j += 2; // "José" written as "e" and a combining acute
        } else if c.is_ascii_uppercase() && j - i <= 3 && lowers > 0 {
            j += 1; // Mc/Mac/De prefix
        } else if (c == b'\'' || c == b'-') && j + 1 < b.len() && b[j + 1].is_ascii_uppercase() {
            j += 2; // O'Brien, Smith-Jones: the capital after the mark
        } else if c == b'-'
            && lowers > 0
            && j - i <= 4
            && let Some(tail) = syllable_after_hyphen(b, j + 1)
        {
            // "Hye-jin", "Ji-woo", "Wen-li": a given name of two syllables
            // in romanised Korean or Chinese, the second in lower case.
            lowers += tail;
            j += 1 + tail;
            break;
        } else if c == 0xE2 && bytes::is_wide_hyphen_at(b, j) && b.get(j + 3).is_some_and(u8::is_ascii_uppercase) {
            j += 4; // Smith-Jones with a (non-breaking) hyphen outside ASCII
        } else {
            break;
        }
    }
    if lowers == 0 || !ends_name_word(b, j) {
        return None;
    }
    Some(j)
}

/// The lists the name word `b[s..e]` ([`name_word`]) is on; a given name
/// of two syllables whose second is in lower case ("Hye-jin") is a given
/// name when its first syllable is on the lists as one.
#[inline]
/// Whether the character at `j` is a Cyrillic letter in capitals (`true`)
/// or in lower case (`false`): А–Я, Ѐ–Џ (Ё, Є, І, Ї, Ў …) and Ґ, and
/// their lower-case forms. Names in Cyrillic are read as Latin ones are
/// where context says a name follows; they are on no list.
fn cyrillic_case_at(b: &[u8], j: usize) -> Option<bool> {
    let (&lead, &next) = (b.get(j)?, b.get(j + 1)?);
    match (lead, next) {
        (0xD0, 0x80..=0xAF) | (0xD2, 0x90) => Some(true),
        (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) | (0xD2, 0x91) => Some(false),
        _ => None,
    }
}

fn name_word_flags(names: &Names, b: &[u8], s: usize, e: usize) -> u8 {
    let flags = names.flags_in(b, s, e);
    // Such a word is "Xx-yy" to "Xxxx-yyyy" (see `name_word`).
    if flags != 0 || e - s > 9 || e - s < 5 {
        return flags;
    }
    match (2..=4).find(|&k| b[s + k] == b'-') {
        Some(k) if b[s + k + 1].is_ascii_lowercase() => names.flags_in(b, s, s + k) & IS_FIRST,
        _ => 0,
    }
}

/// The length of a syllable of two to four lower-case letters at `at`
/// that ends a word ("jin" of "Hye-jin"), if one does.
fn syllable_after_hyphen(b: &[u8], at: usize) -> Option<usize> {
    let end = run(b, at, 5, |c| c.is_ascii_lowercase());
    let n = end - at;
    ((2..=4).contains(&n) && !b.get(end).is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)).then_some(n)
}

/// Hosts of standards and terminologies, whose addresses name code
/// systems and profiles ("http://hl7.org/fhir/sid/us-npi",
/// "http://terminology.hl7.org/CodeSystem/v2-0203", "http://loinc.org"),
/// as FHIR resources and C-CDA documents write them by the dozen: no one's.
const STANDARDS_HOSTS: &[&[u8]] = &[
    b"hl7.org",
    b"fhir.org",
    b"loinc.org",
    b"snomed.info",
    b"unitsofmeasure.org",
    b"nucc.org",
    b"ihe.net",
    b"w3.org",
    b"ietf.org",
];

/// Hosts whose addresses are people's own pages (profiles, payment links,
/// repositories).
const PERSONAL_HOSTS: &[&[u8]] = &[
    b"linkedin.com",
    b"facebook.com",
    b"instagram.com",
    b"twitter.com",
    b"x.com",
    b"tiktok.com",
    b"github.com",
    b"gitlab.com",
    b"venmo.com",
    b"paypal.me",
    b"cash.app",
    b"calendly.com",
    b"doximity.com",
];

/// Path words after which a segment names a person or their record.
const PERSONAL_PATH_WORDS: &[&[u8]] = &[
    b"in",
    b"u",
    b"user",
    b"users",
    b"profile",
    b"profiles",
    b"people",
    b"person",
    b"patient",
    b"patients",
    b"member",
    b"members",
    b"account",
    b"accounts",
    b"client",
    b"clients",
    b"employee",
    b"employees",
    b"staff",
    b"chart",
    b"charts",
    b"record",
    b"records",
    b"results",
    b"mrn",
    b"pay",
    b"invoice",
    b"invoices",
];

/// Whether a URL with `host` and `rest` (its path, query and fragment) may
/// identify someone: a query or fragment, credentials, a host of personal
/// pages, or a path segment that holds a number of three digits or more
/// (a year alone is none),
/// a mixed identifier of six characters or more ("7b21a4"), a `~` or `@`
/// handle, or a word of [`PERSONAL_PATH_WORDS`]. A bare site or a page of
/// generic words ("https://www.hhs.gov/hipaa/index.html",
/// "https://slack.com/api/chat.postMessage") is a public or service
/// address, reported below the default minimum score, and so is any
/// address on a host of [`STANDARDS_HOSTS`].
fn url_may_name_someone(host: &[u8], rest: &[u8]) -> bool {
    let host = host.split(|&c| c == b':').next().unwrap_or(host);
    let on_host = |h: &[u8]| {
        host.eq_ignore_ascii_case(h)
            || host.len() > h.len()
                && host[host.len() - h.len()..].eq_ignore_ascii_case(h)
                && host[host.len() - h.len() - 1] == b'.'
    };
    if STANDARDS_HOSTS.iter().any(|h| on_host(h)) {
        return false;
    }
    if rest.iter().any(|&c| matches!(c, b'?' | b'#' | b'@' | b'~')) {
        return true;
    }
    if PERSONAL_HOSTS.iter().any(|h| on_host(h)) {
        return true;
    }
    rest.split(|&c| c == b'/').any(|seg| {
        // A year alone is a dated page or a namespace's version
        // ("https://www.w3.org/2001/XMLSchema-instance", "/2023/05/"), no one's.
        let year = seg.len() == 4 && seg.iter().all(u8::is_ascii_digit) && (1900..=2099).contains(&digits_value(seg));
        let digits_run = !year && seg.split(|c| !c.is_ascii_digit()).any(|r| r.len() >= 3);
        let letters = seg.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let digits = seg.iter().filter(|c| c.is_ascii_digit()).count();
        let mixed_id = seg.len() >= 6 && letters > 0 && digits >= 2 && !seg.contains(&b'.');
        digits_run || mixed_id || PERSONAL_PATH_WORDS.iter().any(|w| seg.eq_ignore_ascii_case(w))
    })
}

/// Whether a name word may end before `b[j]`: at the end of the text, an
/// ASCII byte that is not a letter, digit or `_`, or a character outside
/// ASCII that is not a letter or digit either (a typographic apostrophe in
/// "Garcia’s", a no-break space, a dash).
#[inline]
fn ends_name_word(b: &[u8], j: usize) -> bool {
    if j >= b.len() || b[j] < 0x80 {
        return bound_after(b, j);
    }
    is_non_letter_at(b, j)
}

/// Is the word that ends at `i` the first of a firm's name ("Hollis &
/// Brandt") or a city before a state code and a ZIP code ("Cleveland OH
/// 44102", "Cleveland, OH 44102")? A lone given name there is not a person.
fn firm_or_place_after(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    if rest.starts_with(b" & ") {
        return true;
    }
    let rest = rest.strip_prefix(b",").unwrap_or(rest);
    rest.len() >= 5 && rest[0] == b' ' && is_state_code(&rest[1..3]) && rest[3] == b' ' && rest[4].is_ascii_digit()
}

/// Whether a word that makes a name a place's or an institution's follows
/// the name that ends at `e` ("Lincoln Elementary", "Washington Heights",
/// "Jackson Street", "Hayes Mott LLP"): the name is then no person.
fn place_after(names: &Names, b: &[u8], e: usize) -> bool {
    // A firm's legal form after a comma: "Midwest Precision Stamping, Inc."
    if b.get(e) == Some(&b',') && b.get(e + 1) == Some(&b' ') {
        let we = run(b, e + 2, 6, |c| c.is_ascii_alphabetic());
        return bound_after(b, we)
            && [&b"Inc"[..], b"LLC", b"LLP", b"Ltd", b"Corp", b"PLLC", b"PC", b"Co"].contains(&&b[e + 2..we]);
    }
    // A firm's other words after "&", then its legal form or a place's
    // word: "Flatirons Title & Escrow, LLC", "Hayes & Mott Associates".
    if b.get(e..e + 3) == Some(b" & ") {
        let mut p = e + 3;
        for _ in 0..3 {
            if !b.get(p).is_some_and(u8::is_ascii_uppercase) {
                return false;
            }
            let we = run(b, p, 20, |c| c.is_ascii_alphabetic());
            if place_after(names, b, we) {
                return true;
            }
            if b.get(we) != Some(&b' ') {
                return false;
            }
            p = we + 1;
        }
        return false;
    }
    let s = e + bytes::space_width_at(b, e);
    if s == e || !b.get(s).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let we = run(b, s, 17, |c| c.is_ascii_alphabetic());
    we - s <= 16 && bound_after(b, we) && names.flags_in(b, s, we) & IS_PLACE != 0
}

/// A nickname in quotes or brackets at `i`, as it is written between a
/// given name and a surname ("Marcus \"Mook\" Jenkins", "John “Jack”
/// Russo", "Terrell (T.J.) Washington", "Robert 'Bob' Hale", and with
/// escaped quotes in JSON text, "Marcus \\\"Mook\\\" Jenkins"): one or two
/// words opening with a capital, of letters and `.`, `'` or `-`, at most 24
/// bytes between the marks, which must pair. Its end after the closing mark.
#[cold]
#[inline(never)]
fn nickname(b: &[u8], i: usize) -> Option<usize> {
    let (open, close) = nickname_mark_at(b, i)?;
    let s = i + open;
    if !b.get(s).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let (mut j, mut spaces) = (s, 0);
    while j < b.len() && j - s <= 24 {
        let c = b[j];
        if c.is_ascii_alphabetic() || c == b'.' || c == b'-' || c == b'\'' && close != b"'" {
            j += 1;
        } else if c == b' ' && spaces == 0 && b.get(j + 1).is_some_and(u8::is_ascii_uppercase) {
            spaces += 1;
            j += 1;
        } else if let Some(w) = latin_fold_at(b, j).map(|_| 2) {
            j += w;
        } else {
            break;
        }
    }
    (j - s <= 24 && b[j..].starts_with(close) && b[j - 1] != b' ').then_some(j + close.len())
}

/// Whether a number follows `b[i]` across a `-` or `/` ("2024-11" after a
/// date that ends at `i`): the date is then part of a longer number.
fn glued_number_after(b: &[u8], i: usize) -> bool {
    matches!(b.get(i), Some(b'-' | b'/')) && b.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether a number precedes `b[i]` across a `-` or `/` ("44-" before a
/// date that starts at `i`): the date is then part of a longer number.
/// Whether the "ID" at `at` is an identifier's label, not Idaho's code:
/// after a word that names what is identified ("Payer ID 60054", "Member
/// ID 12345"), where Idaho's follows a city ("Boise, ID 83702").
fn identifier_label_id(b: &[u8], at: usize) -> bool {
    const NOUNS: &[&[u8]] = &[
        b"payer",
        b"member",
        b"patient",
        b"tax",
        b"employee",
        b"user",
        b"group",
        b"claim",
        b"subscriber",
        b"provider",
        b"account",
        b"client",
        b"order",
        b"record",
        b"student",
        b"session",
        b"transaction",
        b"device",
        b"vendor",
        b"plan",
        b"policy",
        b"customer",
        b"case",
        b"visit",
        b"encounter",
        b"facility",
        b"badge",
        b"staff",
        b"photo",
        b"national",
        b"insurance",
        b"payor",
        b"submitter",
        b"receiver",
    ];
    if &b[at..at + 2] != b"ID" || at < 2 || b[at - 1] != b' ' {
        return false;
    }
    let ws = b[..at - 1].iter().rposition(|c| !c.is_ascii_alphabetic()).map_or(0, |k| k + 1);
    NOUNS.iter().any(|n| n.eq_ignore_ascii_case(&b[ws..at - 1]))
}

/// Whether a dash before `i` ends a word of letters and digits with a
/// letter in it and a digit ("4o" of "gpt-4o-", "v2-", "rc1-"), as
/// software names its versions and snapshots.
fn snapshot_name_before(b: &[u8], i: usize) -> bool {
    if i < 3 || b[i - 1] != b'-' {
        return false;
    }
    let w = &b[b[..i - 1].iter().rposition(|c| !c.is_ascii_alphanumeric()).map_or(0, |k| k + 1)..i - 1];
    w.iter().any(u8::is_ascii_alphabetic) && w.iter().any(u8::is_ascii_digit)
}

fn glued_number_before(b: &[u8], i: usize) -> bool {
    i >= 2 && matches!(b[i - 1], b'-' | b'/') && b[i - 2].is_ascii_digit()
}

/// The width of the capital letter at `j`: 1 in ASCII, 2 for an accented
/// Latin one ("\u{c1}", "\u{160}"); 0 for any other byte or the text's end.
fn capital_width_at(b: &[u8], j: usize) -> usize {
    match b.get(j) {
        Some(c) if c.is_ascii_uppercase() => 1,
        Some(&c)
            if c >= 0x80
                && let Some((f, w)) = accented_fold_at(b, j)
                && f.is_ascii_uppercase() =>
        {
            w
        }
        _ => 0,
    }
}

/// Where the word of letters (ASCII, or any byte outside it) that ends at
/// `end` starts, looking back at most 40 bytes, as European streets' names
/// are read before their house numbers.
fn letters_word_start(b: &[u8], end: usize) -> usize {
    let mut ws = end;
    while ws > 0 && end - ws < 40 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] >= 0x80) {
        ws -= 1;
    }
    ws
}

/// A word of two or more capitals (O'BRIEN, SMITH-JONES, and with accented
/// Latin capitals ÁLVAREZ, GUTIÉRREZ-MORALES) at `i`: its end.
fn caps_word(b: &[u8], i: usize) -> Option<usize> {
    let capital = |j: usize| capital_width_at(b, j);
    let first = capital(i);
    if first == 0 || !bound_before(b, i) {
        return None;
    }
    let (mut j, mut letters) = (i + first, 1);
    while j < b.len() {
        let w = capital(j);
        if w > 0 {
            j += w;
            letters += 1;
        } else if (b[j] == b'\'' || b[j] == b'-') && capital(j + 1) > 0 {
            j += 1;
        } else {
            break;
        }
    }
    (letters >= 2 && ends_name_word(b, j)).then_some(j)
}

/// The lower-case particles of surnames ("de la Cruz", "van der Berg",
/// "bin Rashid"), each followed by a space, or the Arabic article by its
/// hyphen ("Karim al-Masri").
const PARTICLES: &[&[u8]] = &[
    b"de ", b"del ", b"della ", b"di ", b"da ", b"das ", b"dos ", b"du ", b"van ", b"von ", b"der ", b"den ", b"ter ",
    b"ten ", b"la ", b"le ", b"los ", b"las ", b"bin ", b"ibn ", b"al ", b"el ", b"al-", b"el-",
];

/// Whether a surname particle may start with the bytes `c` and `next`: a
/// gate before [`particles`] that "the", "and", "in", "is" or "born" after
/// a name do not pass.
#[inline]
fn may_open_particle(c: u8, next: u8) -> bool {
    matches!(
        (c, next),
        (b'd', b'e' | b'i' | b'a' | b'o' | b'u')
            | (b'v', b'a' | b'o')
            | (b't', b'e')
            | (b'l', b'a' | b'e' | b'o')
            | (b'b', b'i')
            | (b'i', b'b')
            | (b'a' | b'e', b'l')
    )
}

/// Where one or two surname particles from `q` end (after the space of the
/// last), if a word starts at `q` that is one.
#[cold]
#[inline(never)]
fn particles(b: &[u8], q: usize) -> Option<usize> {
    if !bound_before(b, q) {
        return None;
    }
    let one = |at: usize| PARTICLES.iter().find(|p| b[at..].starts_with(p)).map(|p| at + p.len());
    let first = one(q)?;
    Some(one(first).unwrap_or(first))
}

/// Whether the four digits at `s` may be an SSN's last four
/// ([`Scan::ssn_last_four`]), read from the bytes before them alone, so
/// that most four-digit numbers (years, codes) cost no context search:
/// a masked group ("xx-", "**-") or, after a space or colon, a word that
/// ends the phrases that introduce them ("ends in", "SSN:", "last four",
/// "last 4 of SSN", "are").
#[inline]
fn may_follow_last_four_words(b: &[u8], s: usize) -> bool {
    let masked = |c: u8| matches!(c, b'x' | b'X' | b'*' | b'#');
    if masked(b[s - 2]) {
        return true;
    }
    let mut w = s;
    while w > 0 && matches!(b[w - 1], b' ' | b':') {
        w -= 1;
    }
    if w == s {
        return false;
    }
    let mut ws = w;
    while ws > 0 && b[ws - 1].is_ascii_alphanumeric() && w - ws < 6 {
        ws -= 1;
    }
    let word = &b[ws..w];
    [&b"in"[..], b"ssn", b"four", b"4", b"is", b"are", b"number", b"digits"]
        .iter()
        .any(|x| word.eq_ignore_ascii_case(x))
}

/// The class of credentials with no class of their own.
const GENERIC_KEY: &str = "secret.generic_api_key";

/// A character of a base64url key body.
fn key_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// Honorifics written without their dot ("Dr Anand Subramaniam, MD"):
/// they open a name, they are no word of it.
const HONORIFICS: &[&[u8]] = &[b"Dr", b"Mr", b"Mrs", b"Ms", b"Miss", b"Mx", b"Prof"];

/// Whether the word before `s` (one space before it) is one that puts a
/// place after it ("in Silver Spring, MD", "from State College, PA").
fn place_word_before(b: &[u8], s: usize) -> bool {
    const WORDS: &[&[u8]] = &[
        b"in", b"from", b"to", b"near", b"at", b"of", b"and", b"outside", b"around", b"between", b"into", b"via",
        b"toward", b"towards",
    ];
    if s < 2 || b[s - 1] != b' ' {
        return false;
    }
    let mut ws = s - 1;
    while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    WORDS.iter().any(|w| b[ws..s - 1].eq_ignore_ascii_case(w))
}

/// Generational suffixes that end a name ("Robert L. Hughes Jr.",
/// "Thaddeus Q. Ravensworth III"): part of the name's finding, never a
/// word of it looked for alone.
pub(crate) const NAME_SUFFIXES: &[&[u8]] = &[b"Jr.", b"Sr.", b"Jr", b"Sr", b"III", b"II", b"IV"];

/// The end of a name that ends at `end`, taking in a generational suffix
/// after a space or ", " ([`NAME_SUFFIXES`]). "Jr" and "Sr" may be followed
/// by anything that ends a word. A Roman numeral must follow a space, not
/// ", ", and "IV" (intravenous, too) must be followed by the text's end or
/// punctuation that ends a name (`,`, `.`, `;`, `)`, a line break), so
/// "Dr. Patel IV fluids" and "Dr. Patel, IV vancomycin" keep their "IV";
/// "II" and "III" may also be followed by a space.
#[inline]
fn name_suffix_end(b: &[u8], end: usize) -> usize {
    if !matches!(b.get(end), Some(b' ' | b',')) || !matches!(b.get(end + 1), Some(b' ' | b'J' | b'S' | b'I')) {
        return end;
    }
    let comma = b[end] == b',';
    let p = end + 1 + usize::from(comma);
    if comma && b.get(p - 1) != Some(&b' ') {
        return end;
    }
    for suffix in NAME_SUFFIXES {
        let q = p + suffix.len();
        if !b[p..].starts_with(suffix) || !bound_after(b, q) {
            continue;
        }
        let roman = suffix[0] == b'I';
        let ends_name = match b.get(q) {
            None | Some(b',' | b'.' | b';' | b')' | b'\n' | b'\r') => true,
            Some(b' ') => *suffix != b"IV",
            _ => false,
        };
        if !roman || !comma && ends_name {
            return q;
        }
    }
    end
}

/// Where the word that ends at `at` starts, walking back over what a
/// name's word may hold: letters, ASCII or not ("GUTIÉRREZ"), `'` and `-`.
/// The backward name rules ([`Scan::name_before_role`],
/// [`Scan::name_before_credential`]) check the word itself afterwards.
fn name_word_start(b: &[u8], at: usize) -> usize {
    let mut ws = at;
    while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || matches!(b[ws - 1], b'\'' | b'-') || b[ws - 1] >= 0x80) {
        ws -= 1;
    }
    ws
}

/// Whether `w` is one of the credentials [`Scan::name_before_credential`]
/// reads names before ("RN" of "Chioma Eze RN BSN"), in any case. A walk
/// over the keyword table: asked only of words in capitals right before a
/// credential.
fn credential_word(w: &[u8]) -> bool {
    KEYWORDS.iter().any(|&(k, _, sp, _)| matches!(sp, S::Credential(_)) && k.as_bytes().eq_ignore_ascii_case(w))
}

/// The words that end a street's name before its house number, as German,
/// Dutch and Scandinavian addresses write them ([`Scan::street_before_number`]).
const STREET_WORDS: &[&str] = &[
    "stra\u{df}e",
    "strasse",
    "weg",
    "allee",
    "platz",
    "gasse",
    "damm",
    "ufer",
    "straat",
    "laan",
    "gracht",
    "plein",
    "gatan",
    "v\u{e4}gen",
    "veien",
];

/// Whether the word ending at `e` ends as one of [`STREET_WORDS`] does, by
/// its last three bytes: a screen that spares the word pass a walk back
/// over every word before a number (a test holds the two lists in step).
#[inline]
fn street_word_tail(b: &[u8], e: usize) -> bool {
    let t = [b[e - 3].to_ascii_lowercase(), b[e - 2].to_ascii_lowercase(), b[e - 1].to_ascii_lowercase()];
    matches!(
        &t,
        b"sse"
            | b"weg"
            | b"lee"
            | b"atz"
            | b"amm"
            | b"fer"
            | b"aat"
            | b"aan"
            | b"cht"
            | b"ein"
            | b"tan"
            | b"gen"
            | b"ien"
    ) || t == [0xC3, 0x9F, b'e']
}

/// The end of a German doctorate's field after "Dr" ending at `e`, as
/// letters and signatures write it before the name ("Dr. med. Matthias
/// K\u{fc}hnel", "Dr. rer. nat. Ute Lang").
fn doctoral_degree_after(b: &[u8], e: usize) -> Option<usize> {
    const FIELDS: &[&[u8]] =
        &[b". med. dent.", b". med. vet.", b". med.", b". rer. nat.", b". rer. pol.", b". phil.", b". jur.", b". iur."];
    let d = FIELDS.iter().find(|d| b[e..].starts_with(d))?;
    (b.get(e + d.len()) == Some(&b' ')).then_some(e + d.len())
}

/// Whether the role word ending at `e` is all or the head of what a
/// bracket says of the name before it: "(pharmacist)", "(son, 773-555-0190)",
/// "(brother of Debtor 2)".
fn role_closes_bracket(b: &[u8], e: usize) -> bool {
    matches!(b.get(e), Some(b')' | b',' | b';')) || b[e..].starts_with(b" of ")
}

/// Where the name before a role word at `s` ends, two bytes on (", "),
/// when a caption or signature puts words between them: an article ("an
/// individual", "the Executor") and "as" with one capitalised word ("as
/// Independent Administrator"). `s` when there are none.
fn role_lead(b: &[u8], s: usize) -> usize {
    // Nearly every role word: ", " right before it, no space at all, or
    // a word before that is none of the leads (which end in e, n, a or s)
    // nor, before a capitalised role, an adjective.
    let adjective = b[s].is_ascii_uppercase();
    if s < 4 || b[s - 1] != b' ' || b[s - 2] == b',' || !adjective && !matches!(b[s - 2], b'e' | b'n' | b'a' | b's') {
        return s;
    }
    let mut at = s;
    if adjective {
        let ws = name_word_start(b, at - 1);
        if ws + 1 < at && b[ws].is_ascii_uppercase() && (b[..ws].ends_with(b" as ") || b[..ws].ends_with(b" the ")) {
            at = ws;
        }
    }
    for lead in [&b" the "[..], b" an ", b" a "] {
        if b[..at].ends_with(lead) {
            at -= lead.len() - 1;
            break;
        }
    }
    if b[..at].ends_with(b" as ") {
        at -= 3;
    }
    at
}

/// The start of a hyphenated name word whose part after a hyphen starts
/// at `s` ("Jae-Hyun", read from "Hyun" because only that part is on the
/// lists), or `s` when no capitalised name word runs on to it.
fn hyphenated_start(b: &[u8], s: usize) -> usize {
    if s < 2 || b[s - 1] != b'-' {
        return s;
    }
    let ws = name_word_start(b, s - 1);
    match name_word(b, ws) {
        Some(we) if ws < s && we > s => ws,
        _ => s,
    }
}

/// Where the word before the word at `ws` ends, when one space (and no
/// more) separates the two: the next step of a backward walk over a
/// name's words.
fn word_end_before(b: &[u8], ws: usize) -> Option<usize> {
    (ws >= 2 && b[ws - 1] == b' ' && b[ws - 2] != b' ').then(|| ws - 1)
}

/// An age at `s..e` written with the person's sex in a table's cell, as
/// shift handoffs and census lists write them after the name: "| HOLLOWAY,
/// EUNICE M | 92 F |", "Hoa (goes by Bà Hoa) | 94 F |". The cell before
/// must end in a word, not a number, and no temperature's word may come
/// shortly before: "| 11/20 | 99 F |" and "| Temp | 101 F |" are
/// temperatures in degrees Fahrenheit.
fn age_with_sex(b: &[u8], s: usize, e: usize) -> bool {
    let p = if b.get(e) == Some(&b' ') { e + 1 } else { e };
    if !matches!(b.get(p), Some(b'F' | b'M')) || b.get(p + 1).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let mut q = s;
    while q > 0 && b[q - 1] == b' ' {
        q -= 1;
    }
    if q == 0 || b[q - 1] != b'|' {
        return false;
    }
    let mut r = q - 1;
    while r > 0 && b[r - 1] == b' ' {
        r -= 1;
    }
    if r == 0 || !(b[r - 1].is_ascii_alphabetic() || matches!(b[r - 1], b'.' | b')')) {
        return false;
    }
    let window = &b[s.saturating_sub(32)..s];
    let temperature = [&b"temp"[..], b"tmax", b"fever", b"febrile", b"t max"]
        .iter()
        .any(|w| window.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)));
    !temperature
}

/// An age at `s..e` set off by commas after a name or a word for a
/// person, as narratives write it: "Eunice Holloway, 92, was admitted",
/// "his mother, 101, who lives with him", "The decedent, 94, died". The
/// word before must be letters, a name's capitalised or in lower case,
/// and no measurement's ("Pulse, 92, regular"; "scores of 88, 92, 95"
/// has a number there). Commas set off a house number as often ("Rua da
/// Prata, 118, 3.\u{ba} Esq."), so above 110 it is none.
fn age_in_apposition(b: &[u8], s: usize, e: usize) -> bool {
    // A pedigree writes the years' unit: "Montserrat Puig, 94 y, living".
    let comma = b.get(e) == Some(&b',') || b.get(e..e + 3) == Some(b" y,");
    if !comma || s < 4 || &b[s - 2..s] != b", " || digits_value(&b[s..e]) > 110 {
        return false;
    }
    word_for_a_person_before(b, s - 2)
}

/// Whether the word ending at `we`, before an age set off by a comma, may
/// be a name or a word for a person ([`age_in_apposition`]): letters, a
/// name's capitalised or in lower case, and no measurement's.
fn word_for_a_person_before(b: &[u8], we: usize) -> bool {
    let mut ws = we;
    while ws > 0 && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] >= 0x80) {
        ws -= 1;
    }
    let word = &b[ws..we];
    if word.len() < 3 || !bound_before(b, ws) || word[1..].iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    const MEASURES: &[&[u8]] = &[
        b"pulse",
        b"rate",
        b"sat",
        b"sats",
        b"temp",
        b"weight",
        b"glucose",
        b"sugar",
        b"score",
        b"scores",
        b"level",
        b"levels",
        b"saturation",
        b"oxygen",
        b"heart",
        b"percent",
        b"grade",
        b"total",
        b"count",
    ];
    !MEASURES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether the number at `s..e` is someone's age as a sentence says it:
/// right after "he's", "she's", "he is" or "she is" (a typographic
/// apostrophe too), or "turned" or "turns", and then the sentence or
/// clause ends, or goes on with [`ends_age_clause`]'s words ("He's 93 and
/// lives alone", "she is 94.", "Babcia turned 93 in February"). A unit
/// after it ("she is 95 kg", "he's 92%", "turned 90 degrees") rules the
/// age out.
fn age_after_pronoun(b: &[u8], s: usize, e: usize) -> bool {
    const BEFORE: &[&[u8]] =
        &[b"he's ", b"she's ", b"he is ", b"she is ", b"he\xe2\x80\x99s ", b"she\xe2\x80\x99s ", b"turned ", b"turns "];
    let said = BEFORE.iter().any(|w| {
        s >= w.len()
            && b[s - w.len()..s].eq_ignore_ascii_case(w)
            && (s == w.len() || !b[s - w.len() - 1].is_ascii_alphanumeric())
    });
    said && ends_age_clause(b, e)
}

/// Whether the text after an age ending at `e` ends its clause: the
/// sentence's punctuation, or "and", "but", "now", "today", "in" or "on"
/// ("turned 93 in February"), not a unit.
fn ends_age_clause(b: &[u8], e: usize) -> bool {
    match b.get(e) {
        // A decimal ("he is 92.5 kg").
        Some(b'.') if b.get(e + 1).is_some_and(u8::is_ascii_digit) => false,
        None | Some(b'.' | b',' | b';' | b'!' | b'?' | b')' | b'\n' | b'\r') => true,
        Some(b' ') => {
            let rest = &b[e + 1..];
            [&b"and"[..], b"but", b"now", b"today", b"in", b"on"]
                .iter()
                .any(|w| rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric))
        }
        _ => false,
    }
}

/// An age over 89 right after a name ending at `end` and " is ", as a
/// sentence says it ("Mr. Fairbanks-Oyelowo is 96, so …"), when the clause
/// then ends ([`ends_age_clause`]); its span. "The rate is 96," has no name
/// before it.
fn age_after_name(b: &[u8], end: usize) -> Option<(usize, usize)> {
    if b.get(end..end + 4) != Some(b" is ") {
        return None;
    }
    let s = end + 4;
    let e = run(b, s, 4, |c| c.is_ascii_digit());
    let age = (2..=3).contains(&(e - s)) && (90..=125).contains(&digits_value(&b[s..e]));
    (age && ends_age_clause(b, e)).then_some((s, e))
}

/// Where a unit written before its house number starts, as UK addresses
/// write flats ("Flat 2, 17 Cromwell Gardens", "Apartment 4B, 12 Elm
/// Street"): a unit word ([`UNIT_WORDS`] or "Flat", in any case), a space,
/// one to four letters and digits with a digit or of one letter, and ", "
/// right before the number at `s`.
fn unit_before(b: &[u8], s: usize) -> Option<usize> {
    if s < 2 || &b[s - 2..s] != b", " {
        return None;
    }
    let id_end = s - 2;
    let mut id_start = id_end;
    while id_start > 0 && b[id_start - 1].is_ascii_alphanumeric() && id_end - id_start < 5 {
        id_start -= 1;
    }
    let id = &b[id_start..id_end];
    let id_ok = (1..=4).contains(&id.len()) && (id.iter().any(u8::is_ascii_digit) || id.len() == 1);
    if !id_ok || id_start < 2 || b[id_start - 1] != b' ' {
        return None;
    }
    let word_end = id_start - 1;
    let mut word_start = word_end;
    while word_start > 0 && b[word_start - 1].is_ascii_alphabetic() {
        word_start -= 1;
    }
    let word = &b[word_start..word_end];
    let unit = word.eq_ignore_ascii_case(b"flat") || UNIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
    (unit && bound_before(b, word_start)).then_some(word_start)
}

/// The UK's postcode areas (the letters that open a postcode), as the
/// Royal Mail lists them.
const UK_POSTCODE_AREAS: &[&[u8]] = &[
    b"AB", b"AL", b"B", b"BA", b"BB", b"BD", b"BH", b"BL", b"BN", b"BR", b"BS", b"BT", b"CA", b"CB", b"CF", b"CH",
    b"CM", b"CO", b"CR", b"CT", b"CV", b"CW", b"DA", b"DD", b"DE", b"DG", b"DH", b"DL", b"DN", b"DT", b"DY", b"E",
    b"EC", b"EH", b"EN", b"EX", b"FK", b"FY", b"G", b"GL", b"GU", b"GY", b"HA", b"HD", b"HG", b"HP", b"HR", b"HS",
    b"HU", b"HX", b"IG", b"IM", b"IP", b"IV", b"JE", b"KA", b"KT", b"KW", b"KY", b"L", b"LA", b"LD", b"LE", b"LL",
    b"LN", b"LS", b"LU", b"M", b"ME", b"MK", b"ML", b"N", b"NE", b"NG", b"NN", b"NP", b"NR", b"NW", b"OL", b"OX",
    b"PA", b"PE", b"PH", b"PL", b"PO", b"PR", b"RG", b"RH", b"RM", b"S", b"SA", b"SE", b"SG", b"SK", b"SL", b"SM",
    b"SN", b"SO", b"SP", b"SR", b"SS", b"ST", b"SW", b"SY", b"TA", b"TD", b"TF", b"TN", b"TQ", b"TR", b"TS", b"TW",
    b"UB", b"W", b"WA", b"WC", b"WD", b"WF", b"WN", b"WR", b"WS", b"WV", b"YO", b"ZE",
];

/// The start of a surname written before a given name and its comma, where
/// a column or a label opens the name, as a report's table writes a
/// prescriber: "Quist, Tobias MD", "Adeyemi-Brooks, Sade APRN" after two
/// spaces, a tab, a bar, a colon or a line's start. `gs`: the given name's
/// start. Words that are no name and places' names are none ("Hospital,
/// Tobias MD").
fn surname_first_in_a_column(names: &Names, b: &[u8], gs: usize) -> Option<usize> {
    if gs < 4 || &b[gs - 2..gs] != b", " {
        return None;
    }
    let se = gs - 2;
    let ss = name_word_start(b, se);
    if se - ss < 2 || name_word(b, ss).is_none() {
        return None;
    }
    if names.flags_in(b, ss, se) & (IS_NON_NAME | IS_PLACE) != 0 {
        return None;
    }
    let opens =
        ss == 0 || matches!(b[ss - 1], b'\n' | b'\t') || (ss >= 2 && matches!(&b[ss - 2..ss], b"  " | b": " | b"| "));
    opens.then_some(ss)
}

/// A middle initial "J." at `i`: its end.
fn initial(b: &[u8], i: usize) -> Option<usize> {
    if i + 1 < b.len() && b[i].is_ascii_uppercase() && b[i + 1] == b'.' && bound_before(b, i) {
        Some(i + 2)
    } else {
        None
    }
}

const STREET_SUFFIXES: &[&[u8]] = &[
    b"Street",
    b"St",
    b"Avenue",
    b"Ave",
    b"Road",
    b"Rd",
    b"Boulevard",
    b"Blvd",
    b"Lane",
    b"Ln",
    b"Drive",
    b"Dr",
    b"Court",
    b"Ct",
    b"Way",
    b"Place",
    b"Pl",
    b"Terrace",
    b"Ter",
    b"Terr",
    b"Circle",
    b"Cir",
    b"Parkway",
    b"Pkwy",
    b"Highway",
    b"Hwy",
    b"Square",
    b"Sq",
    b"Trail",
    b"Trl",
    b"Pike",
    b"Row",
    b"Alley",
    b"Plaza",
    b"Crescent",
    b"Close",
    b"Path",
    b"Loop",
    b"Run",
    b"Turnpike",
    // As UK addresses name streets.
    b"Gardens",
    b"Grove",
    b"Mews",
    b"Walk",
    b"Rise",
    b"Parade",
];

const DIRECTIONS: &[&[u8]] =
    &[b"N", b"S", b"E", b"W", b"NE", b"NW", b"SE", b"SW", b"North", b"South", b"East", b"West"];

const UNIT_WORDS: &[&[u8]] = &[b"Apt", b"Apartment", b"Suite", b"Ste", b"Unit", b"Floor", b"Fl", b"Room", b"Rm"];

const STATES: &[&[u8; 2]] = &[
    b"AL", b"AK", b"AZ", b"AR", b"CA", b"CO", b"CT", b"DE", b"DC", b"FL", b"GA", b"HI", b"ID", b"IL", b"IN", b"IA",
    b"KS", b"KY", b"LA", b"ME", b"MD", b"MA", b"MI", b"MN", b"MS", b"MO", b"MT", b"NE", b"NV", b"NH", b"NJ", b"NM",
    b"NY", b"NC", b"ND", b"OH", b"OK", b"OR", b"PA", b"RI", b"SC", b"SD", b"TN", b"TX", b"UT", b"VT", b"VA", b"WA",
    b"WV", b"WI", b"WY", b"PR",
];

/// Is `w` a US state's (or DC's, or Puerto Rico's) postal code?
fn is_state_code(w: &[u8]) -> bool {
    STATES.iter().any(|x| x.as_slice() == w)
}

/// US states (and DC and Puerto Rico) by name, as addresses write them in
/// full before a ZIP code ("Boston, Massachusetts 02116").
const STATE_NAMES: &[&[u8]] = &[
    b"Alabama",
    b"Alaska",
    b"Arizona",
    b"Arkansas",
    b"California",
    b"Colorado",
    b"Connecticut",
    b"Delaware",
    b"District of Columbia",
    b"Florida",
    b"Georgia",
    b"Hawaii",
    b"Idaho",
    b"Illinois",
    b"Indiana",
    b"Iowa",
    b"Kansas",
    b"Kentucky",
    b"Louisiana",
    b"Maine",
    b"Maryland",
    b"Massachusetts",
    b"Michigan",
    b"Minnesota",
    b"Mississippi",
    b"Missouri",
    b"Montana",
    b"Nebraska",
    b"Nevada",
    b"New Hampshire",
    b"New Jersey",
    b"New Mexico",
    b"New York",
    b"North Carolina",
    b"North Dakota",
    b"Ohio",
    b"Oklahoma",
    b"Oregon",
    b"Pennsylvania",
    b"Puerto Rico",
    b"Rhode Island",
    b"South Carolina",
    b"South Dakota",
    b"Tennessee",
    b"Texas",
    b"Utah",
    b"Vermont",
    b"Virginia",
    b"Washington",
    b"West Virginia",
    b"Wisconsin",
    b"Wyoming",
];

/// Does a US state's name, capitalised or in capitals, end right at `e`
/// ("Massachusetts" before " 02116")?
fn state_name_ends_at(b: &[u8], e: usize) -> bool {
    STATE_NAMES.iter().any(|name| {
        e >= name.len() && {
            let s = e - name.len();
            let w = &b[s..e];
            (w == *name || w.iter().zip(name.iter()).all(|(&c, &n)| c == n.to_ascii_uppercase())) && bound_before(b, s)
        }
    })
}

/// Whether `w` is a day, a month's three-letter abbreviation and a year
/// with nothing between them, as trial and lab systems print dates
/// ("28JAN2025", "05Jan1944").
fn compact_date(w: &[u8]) -> bool {
    const MONTHS: [&[u8; 3]; 12] =
        [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"];
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    if w.len() != 9 || !digits(&w[..2]) || !digits(&w[5..]) {
        return false;
    }
    let day = digits_value(&w[..2]);
    let year = digits_value(&w[5..]);
    let Some(month) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(&w[2..5])) else {
        return false;
    };
    (1900..=2099).contains(&year) && valid_month_day(month as u32 + 1, day)
}

/// Whether a weekday's name or abbreviation ends at `e`, as schedules
/// write one before a date ("Thu", "Tues.", "Monday"), capitalised or in
/// capitals.
fn weekday_ends_at(b: &[u8], e: usize) -> bool {
    const WEEKDAYS: [&[u8]; 17] = [
        b"mon",
        b"tue",
        b"tues",
        b"wed",
        b"thu",
        b"thur",
        b"thurs",
        b"fri",
        b"sat",
        b"sun",
        b"monday",
        b"tuesday",
        b"wednesday",
        b"thursday",
        b"friday",
        b"saturday",
        b"sunday",
    ];
    let e = if e > 0 && b[e - 1] == b'.' { e - 1 } else { e };
    let len = b[..e].iter().rev().take(10).take_while(|c| c.is_ascii_alphabetic()).count();
    let word = &b[e - len..e];
    // Most words before a date are no weekday: the first letter decides.
    // In lower case, as chat writes it ("thurs 9/11"), not the short
    // forms that are words too ("sat", "sun", "wed", "mon").
    let lower = matches!(word.first(), Some(b'm' | b't' | b'w' | b'f' | b's'))
        && !matches!(word, b"sat" | b"sun" | b"wed" | b"mon");
    len >= 3
        && (matches!(word[0], b'M' | b'T' | b'W' | b'F' | b'S') || lower)
        && bound_before(b, e - len)
        && WEEKDAYS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// How a street address's house number is written ([`Scan::street_address`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Street {
    /// In digits, the street's words capitalised.
    Digits,
    /// In words ("One Post Office Square").
    InWords,
    /// In digits, after an address's word, the street's words in any case.
    LowerCase,
}

/// A ZIP code after a street ending at `end`, on its line, with only a
/// city's one to three words before it and no state ("1420 beacon st apt
/// 3b brookline 02446", "12 Elm Street Apt 4 Brookline 02446"), or right
/// after the street's comma ("14 Ferncroft Rd, 02467"): five digits or
/// ZIP+4.
fn zip_after_street(b: &[u8], end: usize) -> Option<(usize, usize)> {
    // The city's words (their spans), then the ZIP code.
    let mut words = [(0, 0); 3];
    let mut count = 0;
    let mut p = end;
    while count < 3 {
        p += usize::from(b.get(p) == Some(&b','));
        if b.get(p) != Some(&b' ') {
            return None;
        }
        let we = run(b, p + 1, 24, |c| c.is_ascii_alphabetic());
        if we == p + 1 {
            break;
        }
        words[count] = (p + 1, we);
        count += 1;
        p = we;
    }
    let zs = p + 1;
    // With no city, only right after the street's comma ("14 Ferncroft
    // Rd, 02467", as a form's one line holds an address).
    let bare = count == 0 && b.get(end) == Some(&b',');
    if count == 0 && !bare || b.get(p) != Some(&b' ') {
        return None;
    }
    let ze = run(b, zs, 6, |c| c.is_ascii_digit());
    let ze = if ze == zs + 5 && b.get(ze) == Some(&b'-') && run(b, ze + 1, 5, |c| c.is_ascii_digit()) == ze + 5 {
        ze + 5
    } else {
        ze
    };
    if !matches!(ze - zs, 5 | 10) || !bound_after(b, ze) {
        return None;
    }
    // After a state the ZIP code rule of the word pass reads it.
    let state = words[..count].iter().any(|&(ws, we)| is_state_code(&b[ws..we]) || state_name_ends_at(b, we));
    (!state).then_some((zs, ze))
}

/// The end of a unit right after a street at `end`: ", Apt 4B", " Suite
/// 200", " #12", ", 31st Floor"; the unit's word in any case ("Road,
/// apartment 12", "beacon st apt 3b").
fn unit_after(b: &[u8], end: usize) -> Option<usize> {
    let mut q = end;
    if b.get(q) == Some(&b',') {
        q += 1;
    }
    if b.get(q) != Some(&b' ') {
        return None;
    }
    q += 1;
    // "31st Floor", "3rd Fl"
    let d = run(b, q, 3, |c| c.is_ascii_digit());
    if d > q && matches!(b.get(d..d + 2), Some(b"st" | b"nd" | b"rd" | b"th")) && b.get(d + 2) == Some(&b' ') {
        let fe = run(b, d + 3, 6, |c| c.is_ascii_alphabetic());
        let floor = &b[d + 3..fe];
        if (floor.eq_ignore_ascii_case(b"floor") || floor.eq_ignore_ascii_case(b"fl")) && bound_after(b, fe) {
            return Some(fe + usize::from(b.get(fe) == Some(&b'.')));
        }
    }
    let ue = run(b, q, 12, |c| c.is_ascii_alphabetic());
    let unit_word = UNIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(&b[q..ue]));
    let mut r = if unit_word { ue } else { q };
    if unit_word && b.get(r) == Some(&b'.') {
        r += 1;
    }
    if unit_word && b.get(r) == Some(&b' ') {
        r += 1;
    }
    if !unit_word && b.get(r) == Some(&b'#') {
        r += 1;
    }
    if r == q {
        return None;
    }
    // A unit's value ends the word ("Apt 4ﬀ" has none), however short.
    let ve = run(b, r, 8, |c| c.is_ascii_alphanumeric());
    let value = ve > r && bound_after(b, ve) && (b[r..ve].iter().any(u8::is_ascii_digit) || ve - r <= 2);
    value.then_some(ve)
}

/// Whether the unit after a street ending at `end`, up to `ue`, is named
/// by a word ("Suite 704", "Apt 3B", "31st Floor"), and not a room's ("4
/// West, Room 12" is a ward's) or a bare "#12".
fn unit_word_at(b: &[u8], end: usize, ue: usize) -> bool {
    let unit = &b[end..ue];
    let unit = unit.strip_prefix(b",").unwrap_or(unit).trim_ascii_start();
    let room = unit.len() >= 2 && unit[..2].eq_ignore_ascii_case(b"rm")
        || unit.len() >= 4 && unit[..4].eq_ignore_ascii_case(b"room");
    !room && unit.first().is_some_and(|&c| c != b'#')
}

/// Whether the line after `end` (where a street's line ends) is a city, a
/// state and a ZIP code: "New York, NY 10024", "Jamaica Plain, MA 02130".
fn city_line_after(b: &[u8], end: usize) -> bool {
    let mut p = end;
    if b.get(p) == Some(&b'\r') {
        p += 1;
    }
    if b.get(p) != Some(&b'\n') {
        return false;
    }
    p += 1;
    // The city's words, then what `city_after` reads after a street.
    let mut city_end = None;
    for _ in 0..3 {
        if !b.get(p).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        let we = run(b, p, 24, |c| c.is_ascii_alphabetic() || c == b'-' || c == b'.');
        city_end = Some(we);
        if b.get(we) != Some(&b' ') {
            break;
        }
        p = we + 1;
    }
    let Some(ce) = city_end else { return false };
    let Some(q) = b.get(ce..ce + 2).filter(|&x| x == b", ").map(|_| ce + 2) else { return false };
    let state = b.len() >= q + 2 && is_state_code(&b[q..q + 2]);
    let z = run(b, q + 2, 3, |c| c == b' ');
    state && z > q + 2 && b.len() >= z + 5 && b[z..z + 5].iter().all(u8::is_ascii_digit) && bound_after(b, z + 5)
}

/// Where the city ends in ", City, ST" or ", City ST" after an address
/// that ends at `e` ("1643 Highland Rd, Unit 7, Austin, TX 78701"): one to
/// three capitalised words ("St. Louis", "Ann Arbor", "Winston-Salem"), then
/// a state's code or name, then a ZIP code or no further word. A city is
/// as identifying as the street under HIPAA's Safe Harbor rule; the state
/// is not, and is left out.
fn city_after(b: &[u8], e: usize) -> Option<usize> {
    if b.get(e) != Some(&b',') || b.get(e + 1) != Some(&b' ') {
        return None;
    }
    let mut p = e + 2;
    let mut city_end = None;
    for _ in 0..3 {
        if !b.get(p).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        let we = run(b, p, 24, |c| c.is_ascii_alphabetic() || c == b'-');
        if we < p + 2 || !b[p + 1..we].iter().any(u8::is_ascii_lowercase) {
            break;
        }
        let we = if b.get(we) == Some(&b'.') { we + 1 } else { we };
        city_end = Some(we);
        if b.get(we) != Some(&b' ') {
            break;
        }
        p = we + 1;
    }
    let end = city_end?;
    let mut q = end;
    if b.get(q) == Some(&b',') {
        q += 1;
    }
    if b.get(q) != Some(&b' ') {
        return None;
    }
    q += 1;
    let state_end =
        if b.len() >= q + 2 && is_state_code(&b[q..q + 2]) && !b.get(q + 2).is_some_and(u8::is_ascii_alphanumeric) {
            q + 2
        } else {
            let name = STATE_NAMES.iter().find(|name| {
                b.len() >= q + name.len()
                    && b[q..q + name.len()].eq_ignore_ascii_case(name)
                    && !b.get(q + name.len()).is_some_and(u8::is_ascii_alphanumeric)
            })?;
            q + name.len()
        };
    // A ZIP code, or no word after the state ("Austin, TX." / "Austin, TX\n").
    let mut z = state_end;
    while b.get(z) == Some(&b' ') {
        z += 1;
    }
    let zip = b.len() >= z + 5 && b[z..z + 5].iter().all(u8::is_ascii_digit);
    let no_word = z == state_end || !b.get(z).is_some_and(u8::is_ascii_alphabetic);
    (zip || no_word).then_some(end)
}

/// Whether `tok` is a whole numeric date with a four-digit year, month or
/// day first or year first ("03-01-1999", "1999/03/01"), one separator
/// throughout.
/// Whether `tok`, with `nd` digits and `na` letters, has a medical record
/// number's shape: 5 to 12 letters and digits, at least four digits, up to
/// three letters anywhere or a facility's prefix of four ("BSMC6233152"),
/// and never a date ("03-01-1999" after "HOSPITAL (PART A)" on a Medicare
/// card).
fn mrn_shaped(tok: &[u8], nd: usize, na: usize) -> bool {
    let prefix4 = na == 4 && tok.len() > 4 && tok[..4].iter().all(u8::is_ascii_alphabetic);
    (5..=12).contains(&(nd + na)) && nd >= 4 && (na <= 3 || prefix4) && !numeric_date_shape(tok)
}

fn numeric_date_shape(tok: &[u8]) -> bool {
    let Some(&sep) = tok.iter().find(|&&c| c == b'-' || c == b'/') else { return false };
    let mut parts = tok.split(|&c| c == sep);
    let (Some(a), Some(m), Some(c), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let digits = |w: &[u8]| !w.is_empty() && w.len() <= 4 && w.iter().all(u8::is_ascii_digit);
    if !(digits(a) && digits(m) && digits(c)) {
        return false;
    }
    match (a.len(), c.len()) {
        (1 | 2, 4) => {
            let (y, a, m) = (digits_value(c), digits_value(a), digits_value(m));
            valid_date(y, a, m) || valid_date(y, m, a)
        }
        (4, 1 | 2) => valid_date(digits_value(a), digits_value(m), digits_value(c)),
        _ => false,
    }
}

/// Whether a Czech or Slovak postcode and its town's capital follow a
/// house number ending at `at`: ", 120 00 P".
fn czech_postcode_after(b: &[u8], at: usize) -> bool {
    let Some(t) = b.get(at..at + 10) else { return false };
    t[..2] == *b", "
        && t[2..5].iter().all(u8::is_ascii_digit)
        && t[5] == b' '
        && t[6..8].iter().all(u8::is_ascii_digit)
        && t[8] == b' '
        && (t[9].is_ascii_uppercase() || t[9] >= 0xC3)
        // the town's name, not a currency's ("100 00 K\u{10d}")
        && b[at + 10..].iter().take_while(|&&c| c.is_ascii_alphabetic() || c >= 0x80).count() >= 3
}

/// The second and third groups of a date written with a dot and a space
/// after each of its first two groups ("3. 11. 1933", "1958. 07. 19."),
/// whose first group ends at `e`: the month's one or two digits, and the
/// third group's digits (at most `third_max`, one at least).
fn spaced_dotted_groups(b: &[u8], e: usize, third_max: usize) -> Option<((usize, usize), (usize, usize))> {
    let ms = e + 2;
    if b.get(e..ms) != Some(b". ") {
        return None;
    }
    let me = run(b, ms, 2, |c| c.is_ascii_digit());
    let ts = me + 2;
    if me == ms || b.get(me..ts) != Some(b". ") {
        return None;
    }
    let te = run(b, ts, third_max, |c| c.is_ascii_digit());
    (te > ts).then_some(((ms, me), (ts, te)))
}

/// The end of a date written day first with a dot and a space after its
/// day and its month, as Czech, Slovak and German write it ("3. 11. 1933",
/// "V Praze 11. 9. 2025"), whose day is `s..e`.
fn spaced_dotted_date(b: &[u8], s: usize, e: usize) -> Option<usize> {
    let ((ms, me), (ys, ye)) = spaced_dotted_groups(b, e, 4)?;
    let whole = ye == ys + 4 && !b.get(ye).is_some_and(|c| c.is_ascii_alphanumeric());
    let (d, m, y) = (digits_value(&b[s..e]), digits_value(&b[ms..me]), digits_value(&b[ys..ye]));
    (whole && valid_date(y, m, d)).then_some(ye)
}

/// The end of a date written year first with a dot and a space after its
/// year and its month, as Hungarian writes it ("1958. 07. 19.", the day's
/// dot included), whose year is `s..e`.
fn spaced_year_first_date(b: &[u8], s: usize, e: usize) -> Option<usize> {
    let ((ms, me), (ds, de)) = spaced_dotted_groups(b, e, 2)?;
    if b.get(de).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (y, m, d) = (digits_value(&b[s..e]), digits_value(&b[ms..me]), digits_value(&b[ds..de]));
    let end = if b.get(de) == Some(&b'.') { de + 1 } else { de };
    ((1900..=2099).contains(&y) && valid_month_day(m, d)).then_some(end)
}

fn valid_date(y: u32, m: u32, d: u32) -> bool {
    valid_month_day(m, d) && (y < 100 || (1900..=2099).contains(&y))
}

/// Whether day `d` is in month `m` of some year (29 February is).
#[inline]
pub(crate) fn valid_month_day(m: u32, d: u32) -> bool {
    if !(1..=12).contains(&m) || d == 0 {
        return false;
    }
    let days = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    d <= days
}

/// Adds a built-in candidate to `out`, if its span is a non-empty part of `b`.
#[allow(clippy::too_many_arguments)] // a candidate's fields, as `Scan::push` takes them
fn push_candidate(
    out: &mut Vec<Candidate<'_>>,
    b: &[u8],
    class: &'static str,
    rec: &'static str,
    start: usize,
    end: usize,
    score: f32,
    priority: u8,
) {
    if start < end && end <= b.len() {
        out.push(Candidate { class: CandidateClass::Builtin(class), recognizer: rec, start, end, score, priority });
    }
}

/// [`push_candidate`] into `out` for the values a record reader
/// ([`records`]) emits from `b`.
fn candidate_emitter<'a, 'd>(
    out: &'a mut Vec<Candidate<'d>>,
    b: &'a [u8],
) -> impl FnMut(&'static str, &'static str, usize, usize, f32, u8) + 'a {
    move |class, rec, s, e, score, priority| push_candidate(out, b, class, rec, s, e, score, priority)
}

impl<'d> Scan<'_, '_, 'd> {
    /// End of the run of digits from `i` (at most 64 of them).
    fn digit_run(&self, i: usize) -> usize {
        self.map.digit_run(i, 64)
    }

    /// The end of a written date's year at `ys`: four digits, 1900–2099,
    /// and nothing of a word after them.
    fn written_year_at(&self, ys: usize) -> Option<usize> {
        let ye = self.digit_run(ys);
        (ye - ys == 4 && (1900..=2099).contains(&digits_value(&self.b[ys..ye])) && bound_after(self.b, ye))
            .then_some(ye)
    }

    fn push(&mut self, class: &'static str, rec: &'static str, start: usize, end: usize, score: f32, priority: u8) {
        push_candidate(self.out, self.b, class, rec, start, end, score, priority);
    }

    /// A person's name at `start..end`, taking in a generational suffix
    /// after it ([`name_suffix_end`]).
    fn push_name(&mut self, rec: &'static str, start: usize, end: usize, score: f32) {
        let end = name_suffix_end(self.b, end);
        let start = hyphenated_start(self.b, start);
        if eponym_before(self.b, end) || reported_case_party(self.b, start, end) {
            return;
        }
        self.push("pii.person_name", rec, start, end, score, 1);
        // Past a middle initial or two the name left out: "HARGREAVES,
        // Wilfred J. (\"Wilf\")".
        let b = self.b;
        let mut q = end;
        for _ in 0..2 {
            if b.get(q) == Some(&b' ')
                && b.get(q + 1).is_some_and(u8::is_ascii_uppercase)
                && b.get(q + 2) == Some(&b'.')
            {
                q += 3;
            }
        }
        if b.get(q) == Some(&b' ') && b.get(q + 1) == Some(&b'(') {
            self.nickname_after(rec, q + 1, start, end);
        }
        if let Some((s, e)) = age_after_name(b, end) {
            self.push("pii.age_over_89", "age_over_89", s, e, 0.9, 1);
        }
    }

    /// A name in capitals written surname first right before a date in
    /// brackets whose bracket is at `open`, as logs and lists write a
    /// patient with a date of birth: "LINDQVIST, ANNIKA (04/22/1958)",
    /// "O'DONNELL-BAPTISTE, CIAR\u{c1}N (03/08/1984)", "WHITFIELD, ELEANOR J
    /// (01/15/1933)". The surname must be one [`caps_surname_before`]
    /// takes, and the given names one or two words in capitals (letters
    /// outside ASCII too) that are not words that are no name; a middle
    /// initial may end them. One word must be a listed name: "ADDENDUM,
    /// SIGNED (03/02/2025)" names no one (0.8).
    ///
    /// With "DOB" in the bracket ("Anaïs Solís-Moreau (DOB 11/30/1987)"),
    /// two or three capitalised words before it are a name too, listed or
    /// not, unless one is a word that is no name.
    ///
    /// Without a bracket, the name in capitals may come before spaces and
    /// "DOB", as a search form writes it ("OSEI, ABENA M   DOB 04/27/1986":
    /// listed or not), or in the cell before a table's date ("ACOSTA-REYES,
    /// DOLORES | 1949-08-23 |": listed).
    #[cold]
    fn caps_name_before_date(&mut self, names: &Names, open: usize) {
        let b = self.b;
        let bracket = b[open] == b'(';
        if bracket && b[open + 1..].starts_with(b"DOB") {
            self.name_before_dob(names, open);
            return;
        }
        let dob = b[open + 1..].starts_with(b"DOB");
        let caps_byte = |c: u8| c.is_ascii_uppercase() || c >= 0x80 || c == b'-' || c == b'\'';
        // The space before the bracket, or the first of those before "DOB"
        // or a cell's bar.
        let end =
            if bracket { open - 1 } else { open - b[..open].iter().rev().take(8).take_while(|&&c| c == b' ').count() };
        if end == open || end < 4 {
            return;
        }
        // A middle initial, with or without its dot.
        let mut we = end;
        if we >= 3 && b[we - 1] == b'.' {
            we -= 1;
        }
        if we >= 2 && b[we - 1].is_ascii_uppercase() && b[we - 2] == b' ' {
            we -= 2;
        } else {
            we = end;
        }
        let mut given_start = None;
        let mut listed = false;
        for _ in 0..2 {
            let ws = we - b[..we].iter().rev().take(24).take_while(|&&c| caps_byte(c)).count();
            let word = &b[ws..we];
            if word.len() < 2
                || !word[0].is_ascii_uppercase()
                || word.iter().filter(|c| c.is_ascii_uppercase()).count() < 2
                || std::str::from_utf8(word).map_or(true, |w| w.chars().any(char::is_lowercase))
            {
                break;
            }
            let flags = names.title_case_flags(word);
            if flags & (IS_NON_NAME | IS_PLACE) != 0 {
                break;
            }
            listed |= flags & (IS_FIRST | IS_LAST) != 0;
            given_start = Some(ws);
            if ws >= 2 && &b[ws - 2..ws] == b", " {
                break;
            }
            if ws >= 1 && b[ws - 1] == b' ' {
                we = ws - 1;
            } else {
                break;
            }
        }
        let Some(gs) = given_start else { return };
        if gs < 2 || &b[gs - 2..gs] != b", " {
            return;
        }
        let Some(ss) = caps_surname_before(names, b, gs - 2) else { return };
        // One of the words must be on the lists: "ADDENDUM, SIGNED
        // (03/02/2025)" is a note's. "DOB" after it says it is a person's.
        if !dob && !listed && names.title_case_flags(&b[ss..gs - 2]) & IS_LAST == 0 {
            return;
        }
        self.push("pii.person_name", "name_before_date", ss, end, 0.8, 1);
    }

    /// Two or three capitalised words before " (DOB …", whose bracket is
    /// at `open` ([`Scan::caps_name_before_date`]).
    fn name_before_dob(&mut self, names: &Names, open: usize) {
        let b = self.b;
        let end = open - 1;
        let Some(NameWords { start, words, .. }) = name_words_before(names, b, end, IS_NON_NAME | IS_PLACE) else {
            return;
        };
        if words >= 2 && bound_before(b, start) {
            self.push("pii.person_name", "name_before_date", start, end, 0.8, 1);
        }
    }

    /// The nickname in quotes and brackets right after a name ("NWOSU,
    /// Chiamaka (\"Amaka\")"; in quotes alone it is as often a department
    /// or a title, "Dr. Maria Lopez \"Cardiology\""): a name too, so that
    /// the text's later "Amaka" is found as its repeat. In brackets alone,
    /// a nickname that starts one of the name's words ("Okeke, Chiamaka
    /// (Chi)", "Katherine Moss (Kate)").
    #[cold]
    fn nickname_after(&mut self, rec: &'static str, at: usize, name_start: usize, name_end: usize) {
        let b = self.b;
        if b[at] == b'(' && b.get(at + 1).is_some_and(u8::is_ascii_uppercase) {
            let ws = at + 1;
            let we = run(b, ws, 13, |c| c.is_ascii_alphabetic());
            let short = b[ws + 1..we].iter().all(u8::is_ascii_lowercase) && (2..=12).contains(&(we - ws));
            let starts_a_word = |w: &[u8]| {
                b[name_start..name_end]
                    .split(|c| !c.is_ascii_alphabetic())
                    .any(|x| x.len() > w.len() && x[..w.len()].eq_ignore_ascii_case(w))
            };
            if short && b.get(we) == Some(&b')') && starts_a_word(&b[ws..we]) {
                self.push("pii.person_name", rec, ws, we, 0.7, 1);
                return;
            }
        }
        // A quote inside the bracket: "(Pt)" after a name is as often no
        // nickname.
        if b[at] != b'(' || !b.get(at + 1).is_some_and(|&c| c != b'(' && may_open_nickname(c)) {
            return;
        }
        let p = at + 1;
        let Some((open, close)) = nickname_mark_at(b, p) else { return };
        let Some(ne) = nickname(b, p) else { return };
        if b.get(ne) == Some(&b')') && bound_after(b, ne + 1) {
            self.push("pii.person_name", rec, p + open, ne - close.len(), 0.7, 1);
        }
    }

    /// Is there a context hit of `mask` ending within `before` bytes before
    /// `s`, or starting within `after` bytes after `e`?
    fn ctx(&self, mask: u64, s: usize, e: usize, before: usize, after: usize) -> bool {
        debug_assert!(before + 48 <= CTX_REACH);
        for h in self.hits_near(s) {
            if h.start > e + after {
                break;
            }
            if h.ctx & mask == 0 {
                continue;
            }
            if (h.end <= s && s - h.end <= before) || (h.start >= e && h.start - e <= after) {
                return true;
            }
        }
        false
    }

    // ---------- value after a context keyword ----------

    /// Skips separators and filler words after a keyword; returns the value start.
    fn skip_filler(&self, mut p: usize) -> Option<usize> {
        let b = self.b;
        let lim = (p + 32).min(b.len());
        loop {
            while p < lim
                && matches!(
                    b[p],
                    b' ' | b'\t' | b':' | b'#' | b'=' | b'.' | b'\'' | b'"' | b'(' | b')' | b'/' | b'-' | b','
                )
            {
                p += 1;
            }
            if p >= lim {
                return None;
            }
            // A line folded or indented under its label: an iCalendar
            // description's "MRN \r\n RB-0025113", a form's "MRN:\n  4412378".
            let nl = match b[p] {
                b'\n' => p + 1,
                b'\r' if b.get(p + 1) == Some(&b'\n') => p + 2,
                _ => p,
            };
            if nl > p && p > 0 && b[p - 1] != b'\n' && matches!(b.get(nl), Some(b' ' | b'\t')) {
                p = nl;
                continue;
            }
            // A bracketed aside with no digit in it: "Hospital MRN (St.
            // Mary's Madison): 9321160".
            if p > 0 && b[p - 1] == b'(' {
                let close = b[p..lim].iter().position(|&c| c == b')' || c == b'\n');
                if let Some(k) = close.filter(|&k| b[p + k] == b')' && !b[p..p + k].iter().any(u8::is_ascii_digit)) {
                    p += k + 1;
                    continue;
                }
            }
            let w_end = run(b, p, 16, |c| c.is_ascii_alphabetic());
            let w = &b[p..w_end];
            let filler = [
                &b"no"[..],
                b"No",
                b"number",
                b"Number",
                b"num",
                b"nbr",
                b"is",
                b"was",
                b"of",
                b"id",
                b"ID",
                b"on",
                b"file",
                b"reads",
                b"are",
                b"as",
                // a form's asides: "Driver license # / State: 41873920 / TX",
                // "US passport # (optional): G20871462"
                b"optional",
                b"State",
                b"state",
            ];
            if w_end > p && bound_after(b, w_end) && filler.contains(&w) {
                p = w_end;
                continue;
            }
            // A FHIR search's system and value, URL-encoded:
            // "identifier=MRN%7C23887972".
            if b.get(p..p + 3).is_some_and(|x| x.eq_ignore_ascii_case(b"%7C")) {
                p += 3;
                continue;
            }
            return Some(p);
        }
    }

    /// The record numbers listed after "MRNs:" ending at `e`, each item
    /// of the list (up to the line's end, items parted by ";") ending in
    /// one after its facility's name: "MRNs: Ashford Creek AC-4614082;
    /// County General CG-05886592". A number has the shape an MRN has
    /// after "MRN" ([`mrn_shaped`]), without a facility's prefix of four
    /// letters.
    fn mrn_list(&mut self, e: usize) {
        let b = self.b;
        if b.get(e) != Some(&b':') {
            return;
        }
        let lim = (e + 240).min(b.len());
        let end = b[e..lim].iter().position(|&c| c == b'\n').map_or(lim, |i| e + i);
        for (is, ie) in records::split_spans(b, e + 1, end, b';') {
            let mut q = ie;
            while q > is && matches!(b[q - 1], b'.' | b' ' | b',') {
                q -= 1;
            }
            let p = b[is..q].iter().rposition(|&c| c == b' ').map_or(is, |i| is + i + 1);
            let tok = &b[p..q];
            let nd = tok.iter().filter(|c| c.is_ascii_digit()).count();
            let na = tok.iter().filter(|c| c.is_ascii_alphabetic()).count();
            let shaped = tok.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
                && tok.first().is_some_and(u8::is_ascii_alphanumeric)
                && tok.last().is_some_and(u8::is_ascii_digit);
            if shaped && na <= 3 && mrn_shaped(tok, nd, na) {
                self.push("phi.mrn", "mrn_context", p, q, 0.9, 1);
            }
        }
    }

    fn value_follow(&mut self, h: Hit) {
        let b = self.b;
        let env_value = if h.ctx & (SECRET | AWS) != 0 { env_value_after_name(b, h.end) } else { None };
        let Some(p) = env_value.or_else(|| self.skip_filler(h.end)) else {
            return;
        };
        if h.ctx & PASSWORD != 0 {
            self.password(p);
            return;
        }
        if h.ctx & (SECRET | AWS) != 0 {
            let q = run(b, p, 512, |c| c.is_ascii_alphanumeric() || b"_-+/=.".contains(&c));
            let mut q2 = q;
            while q2 > p && b[q2 - 1] == b'.' {
                q2 -= 1;
            }
            let tok = &b[p..q2];
            let has_d = tok.iter().any(u8::is_ascii_digit);
            let has_a = tok.iter().any(u8::is_ascii_alphabetic);
            if h.ctx & AWS != 0 && tok.len() == 40 && v::shannon_entropy(tok) >= 4.0 {
                self.push("secret.aws_access_key", "aws_secret_key", p, q2, 0.95, 3);
            } else if tok.len() >= 16 && has_d && has_a && v::shannon_entropy(tok) >= 3.5 {
                self.push("secret.generic_api_key", "generic_api_key", p, q2, 0.8, 1);
            }
            return;
        }
        // A driver's licence is often written after its state's code
        // ("DL: IL C530-4417-9921", "driver's license NY 123 456 789"):
        // the value is what follows the code.
        let mut p = p;
        if h.ctx & DL != 0
            && b.get(p + 2) == Some(&b' ')
            && is_state_code(&b[p..p + 2])
            && b.get(p + 3).is_some_and(u8::is_ascii_alphanumeric)
        {
            p += 3;
        }
        // Identifier token: alphanumerics with single inner dashes, and
        // single dots between digits ("MRN 12.345.678"; a dotted number is
        // one value, never an identifier and a number glued to it).
        let mut q = p;
        while q < b.len() && q - p < 24 {
            let inner_dash = b[q] == b'-' && q > p && q + 1 < b.len() && b[q + 1].is_ascii_alphanumeric();
            let inner_dot =
                b[q] == b'.' && q > p && b[q - 1].is_ascii_digit() && q + 1 < b.len() && b[q + 1].is_ascii_digit();
            if b[q].is_ascii_alphanumeric() || inner_dash || inner_dot {
                q += 1;
            } else {
                break;
            }
        }
        if q == p || !bound_after(b, q) {
            return;
        }
        let tok = &b[p..q];
        let nd = tok.iter().filter(|c| c.is_ascii_digit()).count();
        let na = tok.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let nalnum = nd + na;
        if h.ctx & MRN != 0 && mrn_shaped(tok, nd, na) {
            self.push("phi.mrn", "mrn_context", p, q, 0.9, 1);
        }
        if h.ctx & PASSPORT != 0 && ((nd == 9 && na == 0) || (tok.len() == 9 && tok[0].is_ascii_uppercase() && nd == 8))
        {
            self.push("pii.us_passport", "us_passport_context", p, q, 0.9, 1);
        }
        // A licence's number has no dots: "DL 2025.02.1" is a drug library's version.
        if h.ctx & DL != 0 && (5..=16).contains(&nalnum) && nd >= 4 && !tok.contains(&b'.') {
            self.push("pii.us_driver_license", "us_driver_license_context", p, q, 0.85, 1);
        }
        if h.ctx & BANK != 0 && na == 0 {
            let (q, nd) = self.spaced_digit_groups(q, nd);
            if (6..=17).contains(&nd) {
                self.push("fin.bank_account", "bank_account_context", p, q, 0.85, 1);
            }
        }
        if h.ctx & PLAN != 0 {
            let (q, nalnum, nd) = self.spaced_member_groups(p, q, nalnum, nd);
            if (6..=20).contains(&nalnum) && nd >= 3 {
                self.push("phi.health_plan_id", "health_plan_id_context", p, q, 0.85, 1);
            }
        }
        if h.ctx & CRYPTO != 0
            && (26..=35).contains(&tok.len())
            && (tok[0] == b'1' || tok[0] == b'3')
            && tok.iter().all(|c| c.is_ascii_alphanumeric() && !b"0OIl".contains(c))
        {
            self.push("fin.crypto_wallet", "btc_base58_context", p, q, 0.85, 2);
        }
    }

    /// A member ID printed in groups split by single spaces, as insurance
    /// cards print them ("XJH 8812 4409 31"): from the first token `p..q`
    /// (with `nalnum` letters and digits, `nd` of them digits), the end
    /// and counts of the whole ID. Only a first token of two to four
    /// capitals (the plan's prefix) or of three to six letters and digits
    /// starts groups, so a long ID keeps its own end ("88123456 30 days"),
    /// and each further group is two to six letters and digits with a
    /// digit, up to 20 in all.
    fn spaced_member_groups(&self, p: usize, mut q: usize, mut nalnum: usize, mut nd: usize) -> (usize, usize, usize) {
        let b = self.b;
        let prefix = nd == 0 && (2..=4).contains(&nalnum) && b[p..q].iter().all(u8::is_ascii_uppercase);
        if !(prefix || q - p == nalnum && (3..=6).contains(&nalnum) && nd > 0) {
            return (q, nalnum, nd);
        }
        while b.get(q) == Some(&b' ') {
            let r = run(b, q + 1, 7, |c| c.is_ascii_alphanumeric());
            let digits = b[q + 1..r].iter().filter(|c| c.is_ascii_digit()).count();
            if !(2..=6).contains(&(r - q - 1)) || digits == 0 || !bound_after(b, r) || nalnum + r - q - 1 > 20 {
                break;
            }
            nalnum += r - q - 1;
            nd += digits;
            q = r;
        }
        (q, nalnum, nd)
    }

    /// A year of birth alone that shows an age over 89 ("born in 1931",
    /// "Year of birth: 1928", "DOB: 1934", "YOB 1930"), at `s..e`: HIPAA's
    /// Safe Harbor rule allows a year alone, except a year that shows an
    /// age over 89. The year must be 1850 or later and at most the
    /// detector's [`Builtin::oldest_birth_year`], and the words of a birth
    /// end at most 16 bytes before it with no digit between. A year inside a written date
    /// ("born March 3, 1924") loses to the whole date.
    #[inline]
    fn birth_year(&mut self, s: usize, e: usize) {
        let year = digits_value(&self.b[s..e]);
        if !(1850..=self.oldest_birth_year).contains(&year) {
            return;
        }
        // The nearest birth word: if a digit stands between it and the
        // year, one does before any farther one too. Nor may a mask's
        // brackets or an e-mail's `@`: a placeholder is shorter than what
        // it masks, and must not bring a birth word within reach of a year
        // it was not near ("born in jane@mercy.orgborn in 1931").
        let after_birth = self
            .ctx_distance(BIRTH, s, 16)
            .is_some_and(|d| !self.b[s - d..s].iter().any(|&c| c.is_ascii_digit() || matches!(c, b'[' | b']' | b'@')));
        if after_birth {
            self.push("pii.date", "birth_year", s, e, 0.85, 1);
        }
    }

    /// A number written in groups of digits split by single spaces, as
    /// statements print account numbers ("4428 1190 3376"): from the end
    /// `q` of its first group of `nd` digits, the end and digit count of
    /// the whole number. Groups are three to six digits long; the first
    /// stands alone if it is longer.
    fn spaced_digit_groups(&self, mut q: usize, mut nd: usize) -> (usize, usize) {
        let b = self.b;
        if !(3..=6).contains(&nd) {
            return (q, nd);
        }
        while nd < 17 {
            let gap = bytes::group_space_width_at(b, q);
            if gap == 0 {
                break;
            }
            let r = run(b, q + gap, 7, |c| c.is_ascii_digit());
            if !(3..=6).contains(&(r - q - gap)) || !bound_after(b, r) {
                break;
            }
            nd += r - q - gap;
            q = r;
        }
        (q, nd)
    }

    // ---------- numbers ----------

    /// Digit groups from `s`: runs of digits separated by one of `-./ `
    /// (or a [`wide_separator_at`], recorded as the ASCII one it stands
    /// for), each group ending on a word boundary. Returns (starts, ends,
    /// seps, count).
    fn groups(&self, s: usize) -> ([usize; 6], [usize; 6], [u8; 6], usize) {
        let b = self.b;
        let (mut gs, mut ge, mut sep) = ([0; 6], [0; 6], [0u8; 6]);
        let mut k = 0;
        let mut p = s;
        while k < 6 {
            let e = self.digit_run(p);
            // An ISO 8601 timestamp's date ends in `T` and its time
            // ("1961-04-12T00:00:00Z"): the day is the chain's last group.
            let iso_day = k == 2
                && e == p + 2
                && b.get(e) == Some(&b'T')
                && b.get(e + 1).is_some_and(u8::is_ascii_digit)
                && sep[0] == b'-'
                && sep[1] == b'-'
                && ge[0] - gs[0] == 4;
            if iso_day {
                gs[k] = p;
                ge[k] = e;
                k += 1;
                break;
            }
            if e == p || !(bound_after(b, e) || (e < b.len() && matches!(b[e], b'-' | b'.' | b'/' | b' ' | b':'))) {
                break;
            }
            if e < b.len() && b[e].is_ascii_alphabetic() {
                break;
            }
            gs[k] = p;
            ge[k] = e;
            k += 1;
            if e + 1 < b.len() && matches!(b[e], b'-' | b'.' | b'/' | b' ') && b[e + 1].is_ascii_digit() {
                sep[k - 1] = b[e];
                p = e + 1;
            } else if let Some((c, width)) = bytes::wide_separator_at(b, e)
                && b.get(e + width).is_some_and(u8::is_ascii_digit)
            {
                // A hyphen, dash or no-break space outside ASCII stands
                // for its ASCII separator ("617\u{2011}555\u{2011}0142").
                sep[k - 1] = c;
                p = e + width;
            } else {
                break;
            }
        }
        (gs, ge, sep, k)
    }

    /// Numeric word at `s..e`: try every numeric format starting here.
    /// Returns the furthest end of anything emitted (or `e`).
    #[inline(never)] // one call site, but inlined it crowds the word loop
    fn numeric(&mut self, s: usize, e: usize) -> usize {
        let b = self.b;
        let start_len = self.out.len();
        let (gs, ge, sep, k) = self.groups(s);
        let len = |i: usize| ge[i] - gs[i];
        let mut lens = [0usize; 6];
        for (i, x) in lens.iter_mut().enumerate().take(k) {
            *x = len(i);
        }
        let l = |i: usize| if i < k { lens[i] } else { 0 };

        if k == 1
            && l(0) <= 2
            && b.get(e) == Some(&b'.')
            && let Some(end) = spaced_dotted_date(b, s, e)
        {
            let score = self.date_score(s, end);
            self.push("pii.date", "date_numeric", s, end, score, 1);
        }
        // Year first with a dot and a space after each part, as Hungarian
        // writes a date ("1958. 07. 19.").
        if k == 1
            && l(0) == 4
            && b.get(e) == Some(&b'.')
            && let Some(end) = spaced_year_first_date(b, s, e)
        {
            let score = self.date_score(s, end);
            self.push("pii.date", "date_numeric", s, end, score, 1);
        }
        // A Hungarian bank account's number: three groups of eight digits
        // (or two), each of the first two ending in its check digit.
        if k >= 2
            && sep[0] == b'-'
            && l(0) == 8
            && l(1) == 8
            && (k == 2 || sep[1] == b'-' && l(2) == 8 && k == 3)
            && v::hungarian_account(&b[s..ge[k - 1]])
        {
            self.push("fin.bank_account", "hungarian_account", s, ge[k - 1], 0.9, 2);
        }
        // A Czech or Slovak street, its house number last and the postcode
        // after it: "Korunn\u{ed} 1284/92, 120 00 Praha 2".
        if s >= 4
            && b[s - 1] == b' '
            && l(0) <= 4
            && (k == 1 || k == 2 && sep[0] == b'/' && l(1) <= 4)
            && czech_postcode_after(b, ge[k - 1])
        {
            self.street_before_postcode(s, ge[k - 1]);
        }
        if k == 1 && l(0) == 4 && s >= 7 && may_follow_last_four_words(b, s) {
            self.ssn_last_four(s, e);
        }
        // A year stands alone before a space whatever number follows it
        // ("born in 1931 10.1.2.3"): the chain after the space is read on
        // its own, so masking that number must not reveal the year.
        if l(0) == 4 && (k == 1 || sep[0] == b' ') {
            self.birth_year(s, ge[0]);
        }

        // International / parenthesised phone forms.
        if k == 1 && s > 0 && b[s - 1] == b'+' && (s == 1 || !b[s - 2].is_ascii_alphanumeric()) {
            self.e164(s - 1, s, e);
        }
        if s > 0 && b[s - 1] == b'+' && k >= 2 {
            let total: usize = lens[..k].iter().sum();
            if (1..=3).contains(&l(0))
                && (10..=15).contains(&total)
                && sep[..k - 1].iter().all(|&c| c == b' ' || c == b'-' || c == b'.')
            {
                let score = if self.ctx(PHONE, s, e, 40, 0) { 0.95 } else { 0.85 };
                self.push("pii.phone", "phone_international", s - 1, ge[k - 1], score, 1);
            }
        }
        if b[s] == b'0' && k >= 2 && b[s + 1] != b'0' {
            self.uk_phone(s, &lens[..k], &ge, &sep);
        }
        if s > 0 && b[s - 1] == b'(' && l(0) == 3 && k == 1 && b.get(e) == Some(&b')') {
            let mut p = e + 1;
            p += bytes::group_space_width_at(b, p);
            let (gs2, ge2, sep2, k2) = self.groups(p);
            if k2 >= 2 && ge2[0] - gs2[0] == 3 && ge2[1] - gs2[1] == 4 && matches!(sep2[0], b'-' | b'.' | b' ') {
                let area = digits_value(&b[s..e]);
                let exch = u32::from(b[gs2[0]] - b'0');
                if area >= 200 && exch >= 2 {
                    let score = if self.ctx(PHONE, s, e, 40, 0) { 0.95 } else { 0.85 };
                    self.push("pii.phone", "us_phone", s - 1, ge2[1], score, 1);
                }
            }
        }

        let mut i = 0;
        while i < k {
            let gi = gs[i];
            let uni =
                |a: usize, n: usize, allowed: &[u8]| (a..a + n).all(|j| sep[j] == sep[a]) && allowed.contains(&sep[a]);
            // SSN / ITIN: 3-2-4
            if i + 2 < k && l(i) == 3 && l(i + 1) == 2 && l(i + 2) == 4 && uni(i, 2, b"- ") {
                let span = &b[gi..ge[i + 2]];
                let ctx = self.ctx(SSN | ITIN, gi, ge[i + 2], 48, 0);
                // A part's, an item's or an order's number shaped like one
                // ("drill guide part 102-55-0199"), with no SSN's word near.
                let goods = !ctx && (self.ctx(NEG, gi, ge[i + 2], 16, 0) || goods_word_before(b, gi));
                if goods {
                    // neither
                } else if v::itin(span) {
                    self.push("pii.itin", "us_itin", gi, ge[i + 2], if ctx { 0.97 } else { 0.85 }, 2);
                } else if v::ssn(span) {
                    let score = match (ctx, sep[i]) {
                        (true, _) => 0.97,
                        (false, b'-') => 0.85,
                        _ => 0.6,
                    };
                    self.push("pii.ssn", "us_ssn", gi, ge[i + 2], score, 2);
                }
            }
            // Payment cards in groups.
            if i + 3 < k && (0..4).all(|j| l(i + j) == 4) && uni(i, 3, b"- ") {
                let end = if i + 4 < k && sep[i + 3] == sep[i] && (1..=3).contains(&l(i + 4)) {
                    ge[i + 4]
                } else {
                    ge[i + 3]
                };
                if v::credit_card(&b[gi..end]) {
                    self.push("fin.credit_card", "credit_card", gi, end, 0.95, 3);
                }
            }
            if i + 2 < k
                && l(i) == 4
                && l(i + 1) == 6
                && l(i + 2) == 5
                && uni(i, 2, b"- ")
                && v::credit_card(&b[gi..ge[i + 2]])
            {
                self.push("fin.credit_card", "credit_card", gi, ge[i + 2], 0.95, 3);
            }
            // NANP phone 3-3-4 (optionally led by a 1).
            if i + 2 < k
                && l(i) == 3
                && l(i + 1) == 3
                && l(i + 2) == 4
                && sep[i] != b'/'
                && sep[i + 1] != b'/'
                && sep[i + 1] != b' '
                || (i + 2 < k && l(i) == 3 && l(i + 1) == 3 && l(i + 2) == 4 && sep[i] == b' ' && sep[i + 1] == b' ')
            {
                let area = digits_value(&b[gi..ge[i]]);
                let exch = u32::from(b[gs[i + 1]] - b'0');
                let lead = i >= 1 && l(i - 1) == 1 && b[gs[i - 1]] == b'1';
                let start = if lead { gs[i - 1] } else { gi };
                let span = &b[gi..ge[i + 2]];
                let nhs_ctx = self.ctx(NHS, gi, ge[i + 2], 48, 0);
                if nhs_ctx && v::nhs(span) {
                    self.push("id.uk_nhs", "uk_nhs", gi, ge[i + 2], 0.97, 3);
                } else if area >= 200 && exch >= 2 {
                    let score = if self.ctx(PHONE, start, ge[i + 2], 40, 0) { 0.95 } else { 0.8 };
                    self.push("pii.phone", "us_phone", start, ge[i + 2], score, 1);
                }
            }
            // Seven-digit local numbers need phone context.
            if i + 1 < k
                && l(i) == 3
                && l(i + 1) == 4
                && sep[i] == b'-'
                && (i + 2 >= k)
                && (i == 0)
                && self.ctx(PHONE, gi, ge[i + 1], 24, 0)
            {
                self.push("pii.phone", "us_phone_local", gi, ge[i + 1], 0.8, 1);
            }
            // Numeric dates.
            if i + 2 < k && sep[i] == sep[i + 1] && b"/-.".contains(&sep[i]) {
                let (a, bb, c) = (
                    digits_value(&b[gi..ge[i]]),
                    digits_value(&b[gs[i + 1]..ge[i + 1]]),
                    digits_value(&b[gs[i + 2]..ge[i + 2]]),
                );
                let ok = if l(i) == 4 && l(i + 1) <= 2 && l(i + 2) <= 2 {
                    valid_date(a, bb, c)
                } else if l(i) <= 2
                    && l(i + 1) <= 2
                    && (l(i + 2) == 4
                        // A two-digit year after slashes, or after dashes or
                        // dots where a person's date word is near ("dob
                        // 6-17-71"; "6-17-71" alone is as often a code).
                        || l(i + 2) == 2 && (sep[i] == b'/' || self.ctx(DATE_P, gi, ge[i + 2], 24, 0)))
                {
                    valid_date(c, a, bb) || valid_date(c, bb, a)
                } else {
                    false
                };
                // `sep` after the last group is 0 unless the chain was cut at
                // six groups. A dash may join two dates of one shape (a range,
                // "03/14/2024-03/20/2024"); otherwise a glued number means the
                // groups are not a date.
                let range = sep[i + 2] == b'-'
                    && i + 5 < k
                    && (0..3).all(|j| l(i + 3 + j) == l(i + j))
                    && sep[i + 3] == sep[i]
                    && sep[i + 4] == sep[i];
                let after_ok = sep[i + 2] == 0 || sep[i + 2] == b' ' || range;
                // The same on the left: the second date of a range, or nothing glued.
                let range_end = i >= 3
                    && sep[i - 1] == b'-'
                    && (0..3).all(|j| l(i - 3 + j) == l(i + j))
                    && sep[i - 3] == sep[i]
                    && sep[i - 2] == sep[i];
                let before_ok = i == 0 || sep[i - 1] == b' ' || range_end;
                // A dash joins it to a name's word with a digit in it: a
                // model's or a build's snapshot ("gpt-4o-2024-08-06").
                let snapshot = i == 0 && sep[i] == b'-' && snapshot_name_before(b, gi);
                if ok && after_ok && before_ok && !snapshot {
                    let score = self.date_score(gi, ge[i + 2]);
                    self.push("pii.date", "date_numeric", gi, ge[i + 2], score, 1);
                    if let Some(open) = bracket_date_open(b, gi) {
                        self.bracket_dates.push(open);
                    }
                }
            }
            // A month and a year without a day, as two groups alone:
            // "04/1961", "4-1961", "1961-04".
            if i == 0
                && matches!((l(0), l(1)), (1..=2, 4) | (4, 2))
                && (k == 2 || sep[1] == b' ')
                && matches!(sep[0], b'/' | b'-')
                && !glued_number_before(b, gi)
                && !glued_number_after(b, ge[1])
            {
                let (first, second) = (digits_value(&b[gi..ge[0]]), digits_value(&b[gs[1]..ge[1]]));
                let month_year = if l(0) <= 2 {
                    (1..=12).contains(&first) && (1900..=2099).contains(&second)
                } else {
                    sep[0] == b'-' && (1900..=2099).contains(&first) && (1..=12).contains(&second)
                };
                if month_year {
                    self.month_year(gi, ge[1], "date_numeric_month_year", sep[0] == b'/' && l(0) == 2);
                }
            }
            // A month and a day without a year, as two groups alone: "11/05".
            if i == 0
                && matches!((l(0), l(1)), (1..=2, 1..=2))
                && sep[0] == b'/'
                && (k == 2 || sep[1] == b' ')
                && !glued_number_before(b, gi)
                && !glued_number_after(b, ge[1])
            {
                let (month, day) = (digits_value(&b[gi..ge[0]]), digits_value(&b[gs[1]..ge[1]]));
                if valid_date(2000, month, day) {
                    self.month_day(gi, ge[1], month, day);
                }
            }
            // IPv4: exactly four dotted groups, starting the chain (not right
            // after a '.') or separated from the previous group by a space.
            let clean_start = if i == 0 { gi == 0 || b[gi - 1] != b'.' } else { sep[i - 1] == b' ' };
            if i + 3 < k
                && clean_start
                && (0..3).all(|j| sep[i + j] == b'.')
                && (0..4).all(|j| (1..=3).contains(&l(i + j)))
                && sep[i + 3] != b'.'
            {
                let end = ge[i + 3];
                let version = (gi > 0 && matches!(b[gi - 1], b'v' | b'V')) || self.ctx(VERSION, gi, end, 32, 0);
                // "255.255.255.0" is a subnet's mask, no host's address.
                let mask = l(i) == 3 && &b[gi..gi + 3] == b"255";
                if !version && !mask && v::ipv4(&self.text[gi..end]) {
                    let score = if self.ctx(IP, gi, end, 40, 0) { 0.95 } else { 0.85 };
                    self.push("pii.ip_address", "ipv4", gi, end, score, 2);
                }
            }
            i += 1;
        }

        // Single-word formats.
        let wl = e - s;
        if wl == 5 && (k == 1 || sep[0] == b' ' || (l(1) == 4 && sep[0] == b'-')) {
            let end = if k >= 2 && l(1) == 4 && sep[0] == b'-' { ge[1] } else { e };
            if self.zip_context(s) {
                self.push("pii.zip_code", "us_zip", s, end, 0.9, 1);
            }
        }
        let w = &b[s..e];
        let single = k <= 1 || !matches!(sep[0], b'-' | b'.' | b'/');
        if single {
            if (13..=19).contains(&wl) && v::credit_card(w) {
                self.push("fin.credit_card", "credit_card", s, e, 0.9, 3);
            }
            if wl == 10 {
                let npi_ctx = self.ctx(NPI, s, e, 48, 0);
                if v::npi(w) {
                    let score = if npi_ctx {
                        0.99
                    } else if self.ctx(PHONE | NEG | NHS, s, e, 32, 0) {
                        0.4
                    } else {
                        0.7
                    };
                    self.push("phi.npi", "npi", s, e, score, 3);
                }
                if self.ctx(NHS, s, e, 48, 0) && v::nhs(w) {
                    self.push("id.uk_nhs", "uk_nhs", s, e, 0.97, 3);
                }
                if !npi_ctx && self.ctx(PHONE, s, e, 32, 0) && b[s] >= b'2' && b[s + 3] >= b'2' {
                    self.push("pii.phone", "us_phone", s, e, 0.85, 1);
                }
            }
            if wl == 9 {
                if self.ctx(SSN | ITIN, s, e, 40, 0) {
                    if v::itin(w) {
                        self.push("pii.itin", "us_itin", s, e, 0.95, 2);
                    } else if v::ssn(w) {
                        self.push("pii.ssn", "us_ssn", s, e, 0.95, 2);
                    }
                }
                if self.ctx(ABA, s, e, 40, 0) && v::aba_routing(w) {
                    self.push("fin.aba_routing", "aba_routing", s, e, 0.97, 3);
                }
                if self.ctx(PASSPORT, s, e, 40, 0) {
                    self.push("pii.us_passport", "us_passport_context", s, e, 0.9, 1);
                }
            }
            if (2..=3).contains(&wl) {
                let age = digits_value(w);
                if (90..=125).contains(&age)
                    && (self.age_suffix(e)
                        || self.ctx(AGE, s, e, 8, 0)
                        || age_after_pronoun(b, s, e)
                        || age_with_sex(b, s, e)
                        || age_in_apposition(b, s, e))
                {
                    self.push("pii.age_over_89", "age_over_89", s, e, 0.9, 1);
                }
            }
            // A street as French writes it: "1187, rue Beaubien Est".
            if (1..=5).contains(&wl)
                && let Some(at) = french_street_word_at(b, e)
            {
                self.rue(s, at);
            }
            // A street's first word is capitalised or an ordinal ("500 mg"
            // is no street, and most numbers are followed by such words).
            if (1..=6).contains(&wl)
                && b.get(e) == Some(&b' ')
                && b.get(e + 1).is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            {
                self.street_address(s, e, Street::Digits);
            }
        }
        self.out[start_len..].iter().map(|c| c.end).max().unwrap_or(e).max(e)
    }

    /// A phone number in E.164 form, its digits `s..e` run together after a
    /// plus at `plus` ("+14145550138", as SMS gateways, APIs and logs write
    /// them; `plus` is `s` where a URL encoded the plus as "%2B"): eleven
    /// digits from a 1 are a North American number, checked as one (area
    /// and exchange codes from 2); another country's are 10 to 15 digits
    /// from 2 to 9. The span runs from `plus`.
    #[cold]
    #[inline(never)]
    fn e164(&mut self, plus: usize, s: usize, e: usize) {
        let b = self.b;
        let w = &b[s..e];
        let north_american = w.len() == 11 && w[0] == b'1' && w[1] >= b'2' && w[4] >= b'2';
        let other = (10..=15).contains(&w.len()) && w[0] >= b'2';
        if !(north_american || other) || !bound_after(b, e) {
            return;
        }
        let score = if self.ctx(PHONE, s, e, 40, 0) {
            0.95
        } else if north_american {
            0.9
        } else {
            0.8
        };
        self.push("pii.phone", "phone_e164", plus, e, score, 1);
    }

    /// The last four digits of an SSN at `s..e`, as forms and letters show
    /// them: after a masked area and group ("xxx-xx-4417", "***-**-4417";
    /// the span takes in the mask, 0.85), or after the SSN's words and
    /// "ending in", "ends in", "last four" or "last 4" with no other number
    /// between ("Social Security number ends in 4417", "last 4 of SSN:
    /// 4417"; 0.8).
    #[cold]
    #[inline(never)]
    fn ssn_last_four(&mut self, s: usize, e: usize) {
        let b = self.b;
        if !bound_after(b, e) {
            return;
        }
        let masked = |c: u8| matches!(c, b'x' | b'X' | b'*' | b'#');
        let sep = b[s - 1];
        if matches!(sep, b'-' | b' ')
            && b[s - 4] == sep
            && b[s - 7..s - 4].iter().all(|&c| masked(c))
            && masked(b[s - 3])
            && masked(b[s - 2])
            && (s == 7 || !b[s - 8].is_ascii_alphanumeric())
        {
            // An invoice's or order's template ("Invoice XXX-XX-2024") is
            // no SSN, unless the SSN's words are near too.
            if !self.ctx(NEG, s - 7, e, 16, 0) || self.ctx(SSN, s - 7, e, 40, 0) {
                self.push("pii.ssn", "ssn_last_four", s - 7, e, 0.85, 1);
            }
            return;
        }
        if self.ctx(SSN, s, e, 40, 0) {
            // The phrase, and no other number between it and these digits,
            // nor a masked value's placeholder where one stood ("ends in
            // born in [DATE] 1931" reads as "ends in born in 1931 1931").
            let window = &b[s.saturating_sub(40)..s];
            let before = window.to_ascii_lowercase();
            let phrase_end = [&b"ending in"[..], b"ends in", b"last four", b"last 4"]
                .iter()
                .filter_map(|w| find(&before, w).map(|at| at + w.len()))
                .max();
            let placeholder = |at: usize| window[at] == b'[' && window.get(at + 1).is_some_and(u8::is_ascii_uppercase);
            if let Some(end) = phrase_end
                && !before[end..].iter().any(u8::is_ascii_digit)
                && !(end..window.len()).any(placeholder)
            {
                self.push("pii.ssn", "ssn_last_four", s, e, 0.8, 1);
            }
        }
    }

    /// The context hits from the first that starts [`CTX_REACH`] bytes
    /// before `s` on (hits are sorted by start).
    fn hits_near(&self, s: usize) -> &[Hit] {
        let (at, first) = self.near.get();
        let first = if at == s {
            first
        } else {
            let first = self.hits.partition_point(|h| h.start < s.saturating_sub(CTX_REACH));
            self.near.set((s, first));
            first
        };
        &self.hits[first..]
    }

    /// Distance from the end of the nearest `mask` hit before `s` (within
    /// `before` bytes) to `s`.
    fn ctx_distance(&self, mask: u64, s: usize, before: usize) -> Option<usize> {
        debug_assert!(before + 48 <= CTX_REACH);
        self.hits_near(s)
            .iter()
            .take_while(|h| h.start <= s)
            .filter(|h| h.ctx & mask != 0 && h.end <= s && s - h.end <= before)
            .map(|h| s - h.end)
            .min()
    }

    /// A date's score: person-date words raise it, non-person words
    /// ("published", "approved") lower it; when both are near, the nearer wins.
    fn date_score(&self, s: usize, _e: usize) -> f32 {
        let person = self.ctx_distance(DATE_P, s, 64);
        let non_person = self.ctx_distance(DATE_N, s, 64);
        match (person, non_person) {
            (Some(p), Some(n)) if n < p => 0.3,
            (None, Some(_)) => 0.3,
            (Some(_), _) => 0.9,
            (None, None) => 0.6,
        }
    }

    /// ZIP context: "zip" nearby, or a US state's code or name just before
    /// ("MA 02115", "Massachusetts 02115", "TX / 77057").
    fn zip_context(&self, s: usize) -> bool {
        let b = self.b;
        if s >= 3
            && b[s - 1] == b' '
            && is_state_code(&b[s - 3..s - 1])
            && bound_before(b, s - 3)
            && !identifier_label_id(b, s - 3)
        {
            return true;
        }
        // A form's columns: "City / State / ZIP: Houston / TX / 77057".
        if s >= 5 && &b[s - 3..s] == b" / " && is_state_code(&b[s - 5..s - 3]) && bound_before(b, s - 5) {
            return true;
        }
        if s >= 5 && b[s - 1] == b' ' && b[s - 2].is_ascii_alphabetic() && state_name_ends_at(b, s - 1) {
            return true;
        }
        self.ctx(ZIP, s, s + 5, 16, 0)
    }

    /// Age suffix right after the number: "-year-old", " years old", " yo",
    /// "y/o", " yrs" (as a table's cell or a form writes an age: "91 yrs |",
    /// "DOB 04/02/1933, 91 yrs)").
    fn age_suffix(&self, e: usize) -> bool {
        let rest = &self.b[e..self.b.len().min(e + 16)];
        let mut buf = [0u8; 16];
        buf[..rest.len()].copy_from_slice(rest);
        buf.make_ascii_lowercase();
        let lower = &buf[..rest.len()];
        let forms: &[&[u8]] = &[
            b"-year-old",
            b" year old",
            b" years old",
            b"-years-old",
            b" years of age",
            // an obituary's "93 years young"
            b" years young",
            b" yo ",
            b" yo,",
            b" y/o",
            b"-yo",
            b"yo ",
            b" y.o.",
            b"-yr-old",
            // a bracket's age after a birth date: "DOB 1934-07-22 (91 y)"
            b" y)",
            // German: "die 94-j\u{e4}hrige Patientin", "94 Jahre alt"
            "-j\u{e4}hrig".as_bytes(),
            b" jahre alt",
        ];
        // Whole words only: "91 yrs", and "91 YOA" (years of age) as
        // police reports write it.
        let word =
            |w: &[u8]| lower.strip_prefix(w).is_some_and(|r| r.first().is_none_or(|c| !c.is_ascii_alphanumeric()));
        // "93 jaar" (Dutch), "92 ans" (French), "91 a\u{f1}os" and "91 anos"
        // (Spanish and Portuguese), "92 anni" (Italian), "91 \u{e5}r",
        // "91-\u{e5}rig" and "91-\u{e5}ring" (Swedish, Norwegian, Danish),
        // "91 let" (Czech, Slovak), "93 \u{e9}ves" (Hungarian).
        let words: &[&[u8]] = &[
            b" let",
            " \u{e9}ves".as_bytes(),
            b" yrs",
            b" yoa",
            b" jaar",
            b" ans",
            " a\u{f1}os".as_bytes(),
            b" anos",
            b" anni",
            " \u{e5}r".as_bytes(),
            "-\u{e5}rig".as_bytes(),
            "-\u{e5}ring".as_bytes(),
        ];
        forms.iter().any(|f| lower.starts_with(f)) || matches!(lower, b" yo" | b"yo") || words.iter().any(|w| word(w))
    }

    /// An age over 89 written in words, at the keyword "ninety" or
    /// "hundred" at `s..e`: "ninety", "ninety-two" / "ninety two", and "one
    /// hundred" or "a hundred" with an optional "and one" … "and nine" or
    /// "-one" … "-nine" after it, followed by an age's suffix ("years old",
    /// "-year-old") or right after "age" / "aged".
    fn age_in_words(&mut self, s: usize, e: usize) {
        const UNITS: &[&[u8]] = DIGIT_WORDS;
        let b = self.b;
        let lower_at = |at: usize, w: &[u8]| b.len() >= at + w.len() && b[at..at + w.len()].eq_ignore_ascii_case(w);
        let unit_after = |at: usize| {
            UNITS.iter().find(|u| lower_at(at, u) && !b.get(at + u.len()).is_some_and(u8::is_ascii_alphanumeric))
        };
        let start = if b[s..e].eq_ignore_ascii_case(b"hundred") {
            // "one hundred", "a hundred"
            if s >= 4 && b[s - 4..s].eq_ignore_ascii_case(b"one ") {
                s - 4
            } else if s >= 2 && b[s - 2..s].eq_ignore_ascii_case(b"a ") {
                s - 2
            } else {
                return;
            }
        } else {
            s
        };
        if start > 0 && b[start - 1].is_ascii_alphanumeric() {
            return;
        }
        let mut end = e;
        if matches!(b.get(e), Some(b'-' | b' '))
            && let Some(u) = unit_after(e + 1)
        {
            end = e + 1 + u.len();
        } else if lower_at(e, b" and ")
            && let Some(u) = unit_after(e + 5)
        {
            end = e + 5 + u.len();
        }
        // Set off by a comma after a name: "Tad, ninety-seven and tired".
        let apposition = start >= 4
            && &b[start - 2..start] == b", "
            && (b.get(end) == Some(&b',') || lower_at(end, b" and "))
            && word_for_a_person_before(b, start - 2);
        if self.age_suffix(end) || self.ctx(AGE, start, end, 8, 0) || apposition {
            self.push("pii.age_over_89", "age_over_89", start, end, 0.9, 1);
        }
    }

    /// A street address whose house number is `s..e`: an optional
    /// direction, up to five street words and a street suffix ("1420
    /// Beacon Street"), then an optional unit (", Apt 3B", ", 31st Floor")
    /// and city ("…, Brookline, MA"). Without a suffix, one or two words
    /// are a street when a unit other than a room follows ("2250 Broadway,
    /// Suite 704") or the next line is a city, a state and a ZIP code
    /// ("2250 Broadway\nNew York, NY 10024"). In lower case, as chat
    /// writes one ("new addr 1420 beacon st apt 3b"), only after an
    /// address's word ([`Street::LowerCase`]). A house number in words
    /// ([`Street::InWords`]: "One Post Office Square") needs a unit, a city
    /// or an address's word too. A ZIP code a few words after the street
    /// on its line is one ("… apt 3b brookline 02446").
    /// A street as French writes it, its house number at `s` and the
    /// street's word at `at`, after a comma or a space: "rue", "avenue",
    /// "boulevard", "boul.", "chemin", "place", "impasse", "quai", "all\u{e9}e"
    /// or "mont\u{e9}e" in lower case, then the street's name in capitalised
    /// words with the particles between them ("1187, rue Beaubien Est",
    /// "12 rue de la Paix", "7305, boul. Saint-Laurent"), and a unit after a
    /// comma ("app. 4", "bureau 310"). A street's word with no capitalised
    /// name after it is none ("3 rue changes", "2 place settings").
    #[cold]
    #[inline(never)]
    fn rue(&mut self, s: usize, at: usize) {
        const WORDS: &[&str] = &[
            "rue ",
            "avenue ",
            "boulevard ",
            "boul. ",
            "chemin ",
            "place ",
            "impasse ",
            "quai ",
            "all\u{e9}e ",
            "mont\u{e9}e ",
        ];
        const PARTICLES: &[&[u8]] = &[b"de ", b"du ", b"des ", b"la ", b"le ", b"l'", b"d'"];
        const UNITS: &[&[u8]] = &[b", app. ", b", apt ", b", apt. ", b", bureau ", b", suite ", b", local "];
        let b = self.b;
        let Some(word) = WORDS.iter().find(|w| b[at..].starts_with(w.as_bytes())) else { return };
        let mut p = at + word.len();
        let mut end = None;
        for _ in 0..6 {
            // "de la Paix", "de l'\u{c9}glise"
            while let Some(particle) = PARTICLES.iter().find(|w| b[p..].starts_with(w)) {
                p += particle.len();
            }
            let Some(we) = name_word(b, p) else { break };
            end = Some(we);
            if b.get(we) != Some(&b' ') {
                break;
            }
            p = we + 1;
        }
        let Some(end) = end else { return };
        let end = listed_unit_after(b, end, UNITS).unwrap_or(end);
        self.push("pii.street_address", "street_fr", s, end, 0.85, 1);
    }

    fn street_address(&mut self, s: usize, e: usize, kind: Street) {
        let b = self.b;
        let mut p = e + 1;
        let mut words = 0;
        let mut end = 0;
        let mut last = 0; // end of the last street word read
        let lower = kind == Street::LowerCase;
        let mut caps = !lower;
        // Optional direction.
        let dir_end = run(b, p, 6, |c| c.is_ascii_alphabetic());
        if DIRECTIONS.contains(&&b[p..dir_end]) && b.get(dir_end).is_some_and(|&c| c == b' ' || c == b'.') {
            p = dir_end + if b[dir_end] == b'.' { 2 } else { 1 };
        }
        while words < 5 && p < b.len() {
            // Street name word: capitalised, or an ordinal like 5th / 42nd.
            let we = if b[p].is_ascii_uppercase() || lower && b[p].is_ascii_lowercase() {
                run(b, p, 24, |c| c.is_ascii_alphabetic())
            } else if b[p].is_ascii_digit() {
                let d = self.digit_run(p);
                let suf = &b[d..(d + 2).min(b.len())];
                if [&b"st"[..], b"nd", b"rd", b"th"].contains(&suf) {
                    d + 2
                } else {
                    return;
                }
            } else {
                break;
            };
            if !bound_after(b, we) {
                return;
            }
            let w = &b[p..we];
            // A street in capitals, as record headers write one ("58
            // FERNHILL RD APT 4"): its suffix in capitals too.
            let upper = w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase);
            caps &= upper || b[p].is_ascii_digit();
            let suffix = if lower || caps && upper && words > 0 {
                STREET_SUFFIXES.iter().any(|x| x.eq_ignore_ascii_case(w))
            } else {
                STREET_SUFFIXES.contains(&w)
            };
            if words > 0 && suffix {
                end = we;
                if b.get(we) == Some(&b'.') {
                    end = we + 1;
                }
                break;
            }
            words += 1;
            last = we;
            if b.get(we) != Some(&b' ') {
                break;
            }
            p = we + 1;
        }
        // A street without a suffix: "2250 Broadway, Suite 704", with a
        // house number of up to five digits and a unit's word ("Order
        // #88213094" is no unit).
        let may_be_bare = end == 0 && (1..=2).contains(&words) && !lower && e - s <= 5;
        let bare_unit = if may_be_bare { unit_after(b, last) } else { None };
        let bare = may_be_bare && (bare_unit.is_some_and(|ue| unit_word_at(b, last, ue)) || city_line_after(b, last));
        if bare {
            end = last;
        }
        if end == 0 {
            return;
        }
        // A bare street's unit was read above, from the same place.
        let unit = if bare { bare_unit } else { unit_after(b, end) };
        if let Some(ue) = unit {
            end = ue;
        }
        let after_city = city_after(b, end);
        let end = after_city.unwrap_or(end);
        let addr = self.ctx(ADDR, s, end, 48, 0);
        // In words or in capitals ("2 WKS DR JONES"), a street needs a
        // unit, a city or an address's word.
        if (kind == Street::InWords || caps) && !bare && after_city.is_none() && !addr && unit.is_none() {
            return;
        }
        let score = if addr { 0.95 } else { 0.85 };
        let s = unit_before(b, s).unwrap_or(s);
        self.push("pii.street_address", "us_street_address", s, end, score, 1);
        if let Some((zs, ze)) = zip_after_street(b, end) {
            self.push("pii.zip_code", "us_zip", zs, ze, 0.85, 1);
        }
    }

    /// A street in lower case after an address's word ending at `e`: the
    /// first number within 40 bytes, if a lower-case word follows it ("new
    /// addr 1420 beacon st apt 3b"; "moved to 12 elm street").
    fn lower_case_street_after(&mut self, e: usize) {
        let b = self.b;
        let lim = (e + 40).min(b.len());
        let Some(s) = b[e..lim].iter().position(u8::is_ascii_digit).map(|i| e + i) else {
            return;
        };
        let de = run(b, s, 7, |c| c.is_ascii_digit());
        if (1..=6).contains(&(de - s))
            && bound_before(b, s)
            && b.get(de) == Some(&b' ')
            && b.get(de + 1).is_some_and(u8::is_ascii_lowercase)
        {
            self.street_address(s, de, Street::LowerCase);
        }
    }

    /// A word at `s..e` that may name a field: the value of the JSON key
    /// or the column of the table header it is in, if it is in one.
    fn record_field(&mut self, s: usize, e: usize) {
        if s < self.record_end {
            return;
        }
        let b = self.b;
        let out = &mut *self.out;
        let mut emit = candidate_emitter(out, b);
        let json = records::json_field(b, s, e, &mut emit)
            .or_else(|| records::xml_field(b, s, e, &mut emit))
            .or_else(|| records::piped_field(b, s, e, &mut emit));
        // "value" names a field only as a FHIR Identifier's key. A table is
        // delimited, or aligned with spaces as pandas prints a DataFrame.
        let mut header_end = self.aligned_header_end;
        let table = json.or_else(|| {
            if b[s..e].eq_ignore_ascii_case(b"value") {
                return None;
            }
            records::table_at(b, s, e, &mut emit).or_else(|| {
                if s < header_end {
                    return None;
                }
                records::aligned_table_at(b, s, e, &mut emit, &mut header_end)
            })
        });
        self.aligned_header_end = header_end;
        if let Some(end) = table {
            self.record_end = end;
        }
    }

    /// Runs one of the structured records' readers ([`records`]) over the
    /// text, its values pushed as candidates.
    fn read_record<R>(&mut self, read: impl FnOnce(&[u8], &mut records::Emit<'_>) -> R) -> R {
        let b = self.b;
        let mut emit = candidate_emitter(&mut *self.out, b);
        read(b, &mut emit)
    }

    /// An HL7 v2 segment whose name starts at `s`.
    fn hl7_segment(&mut self, s: usize) {
        let mut delims = self.hl7;
        self.read_record(|b, emit| records::hl7_segment(b, s, &mut delims, emit));
        self.hl7 = delims;
    }

    /// A NACHA (ACH) file's record starting its line at `s`; its line's end.
    fn nacha_record(&mut self, s: usize) -> Option<usize> {
        self.read_record(|b, emit| records::nacha_record(b, s, emit))
    }

    /// An ASTM E1394 record whose frame or sequence number is at `s..e`:
    /// whether one is there.
    fn astm_record(&mut self, s: usize, e: usize) -> bool {
        self.read_record(|b, emit| records::astm_record(b, s, e, emit))
    }

    /// A vCard or a calendar event whose `BEGIN:` line's type is at `s..e`.
    fn calendar_block(&mut self, s: usize, e: usize) {
        self.read_record(|b, emit| records::calendar_block(b, s, e, emit));
    }

    /// A DICOM element whose value representation is at `s..e`.
    fn dicom_element(&mut self, s: usize, e: usize) {
        self.read_record(|b, emit| records::dicom_element(b, s, e, emit));
    }

    /// A GEDCOM record whose kind is at `s..e`.
    fn gedcom_record(&mut self, s: usize, e: usize) {
        self.read_record(|b, emit| records::gedcom_record(b, s, e, emit));
    }

    /// An X12 segment whose name starts at `s`.
    fn x12_segment(&mut self, s: usize) {
        let mut delims = self.x12;
        self.read_record(|b, emit| records::x12_segment(b, s, &mut delims, emit));
        self.x12 = delims;
    }

    fn po_box(&mut self, s: usize, e: usize) {
        let b = self.b;
        let p = run(b, e, 2, |c| c == b' ' || c == b'#');
        let q = self.digit_run(p);
        if q > p && bound_after(b, q) {
            let q = city_after(b, q).unwrap_or(q);
            self.push("pii.street_address", "us_po_box", s, q, 0.9, 1);
        }
    }

    /// A UK number in its national form, a 0 and ten more digits in the
    /// groups the UK writes them in, split by spaces or dashes: "020 7946
    /// 0321" (3-4-4), "0113 496 0000" (4-3-4), "01632 960 123" (5-3-3),
    /// "07700 900123" (5-6). `lens`: the chain's group lengths from `s`;
    /// `ge`, `sep`: their ends and separators.
    fn uk_phone(&mut self, s: usize, lens: &[usize], ge: &[usize; 6], sep: &[u8; 6]) {
        const SHAPES: &[&[usize]] = &[&[3, 4, 4], &[4, 3, 4], &[5, 3, 3], &[5, 6]];
        let Some(shape) = SHAPES.iter().find(|shape| lens.starts_with(shape)) else {
            return;
        };
        let n = shape.len();
        if !sep[..n - 1].iter().all(|&c| c == sep[0] && matches!(c, b' ' | b'-')) {
            return;
        }
        // A group joined on by a dash makes it a longer number: a parcel's
        // "0709-202-1135-4".
        if lens.len() > n && sep[n - 1] == b'-' {
            return;
        }
        let end = ge[n - 1];
        let score = if self.ctx(PHONE, s, end, 40, 0) {
            0.95
        } else if self.ctx(NEG, s, end, 24, 0) {
            return; // "Order no. 0113 496 0000": a number of the order's
        } else {
            0.85
        };
        self.push("pii.phone", "uk_phone", s, end, score, 1);
    }

    /// A UK postcode whose outward code is the word `s..e` ("LS6 2AB",
    /// "SW1A 1AA", "M1 1AE"), as NHS letters and UK addresses write them:
    /// a postcode area of the Royal Mail's list ([`UK_POSTCODE_AREAS`]), a
    /// district (a digit, two digits, or a digit and a capital), one space,
    /// and the inward code (a digit and two of the capitals inward codes
    /// use, none of C, I, K, M, O, V). The UK's ZIP code: `pii.zip_code`.
    fn uk_postcode(&mut self, s: usize, e: usize) {
        let b = self.b;
        let w = &b[s..e];
        let i = e + 1;
        let inward = |c: u8| c.is_ascii_uppercase() && !b"CIKMOV".contains(&c);
        if i + 3 > b.len() || !b[i].is_ascii_digit() || !inward(b[i + 1]) || !inward(b[i + 2]) || !bound_after(b, i + 3)
        {
            return;
        }
        let area = if w[1].is_ascii_uppercase() { 2 } else { 1 };
        let district = match w[area..] {
            [d] => d.is_ascii_digit(),
            [d, x] => d.is_ascii_digit() && (x.is_ascii_digit() || x.is_ascii_uppercase()),
            _ => false,
        };
        if district && UK_POSTCODE_AREAS.contains(&&w[..area]) {
            self.push("pii.zip_code", "uk_postcode", s, i + 3, 0.85, 2);
        }
    }

    /// Words with letters and digits: DEA, VIN, MBI, IBAN, ICD-10, "92yo".
    fn alnum(&mut self, s: usize, e: usize) -> usize {
        let b = self.b;
        let w = &b[s..e];
        let wl = w.len();
        let start_len = self.out.len();
        if (2..=4).contains(&wl) && w[0].is_ascii_uppercase() && b.get(e) == Some(&b' ') {
            self.uk_postcode(s, e);
        }
        // A date as trial and lab systems print it, without separators:
        // "28JAN2025".
        if wl == 9 && compact_date(w) {
            let score = self.date_score(s, e);
            self.push("pii.date", "date_written", s, e, score, 1);
        }
        // A passport's letter and eight digits, near a passport's word
        // (the number alone is as often an order's or a part's).
        if wl == 9
            && w[0].is_ascii_uppercase()
            && w[1..].iter().all(u8::is_ascii_digit)
            && self.ctx(PASSPORT, s, e, 40, 0)
        {
            self.push("pii.us_passport", "us_passport_context", s, e, 0.9, 1);
        }
        // A member ID as Blue Cross plans and others print them, a
        // three-letter prefix and its number, near a plan's word or an
        // insurer's name: "Anthem BCBS Supp  ID XKW449739450".
        if (11..=14).contains(&wl)
            && w[..3].iter().all(u8::is_ascii_uppercase)
            && w[3..].iter().all(u8::is_ascii_digit)
            && self.ctx(PLAN, s, e, 40, 0)
        {
            self.push("phi.health_plan_id", "health_plan_id_context", s, e, 0.85, 1);
        }
        // A house number on Wisconsin's and Illinois's county grids, a
        // direction before each coordinate: "N27W23953 Paul Rd".
        if (4..=12).contains(&wl) && grid_house_number(w) && b.get(e) == Some(&b' ') {
            self.street_address(s, e, Street::Digits);
        }
        // A plus a URL encoded ("From=%2B14145550138", a form's body).
        if wl >= 12
            && s > 0
            && b[s - 1] == b'%'
            && w[..2].eq_ignore_ascii_case(b"2B")
            && w[2..].iter().all(u8::is_ascii_digit)
        {
            self.e164(s + 2, s + 2, e);
        }
        if (26..=35).contains(&wl) && v::base58_btc(w) {
            self.push("fin.crypto_wallet", "btc_base58", s, e, 0.95, 3);
        }
        if wl == 9 && w[0].is_ascii_uppercase() && v::dea(w) {
            let score = if self.ctx(DEA, s, e, 48, 0) {
                0.99
            } else if self.ctx(NEG | MRN | PLAN | DL | PASSPORT | BANK, s, e, 24, 0) {
                0.4 // the keyword names another identifier; the check digit matched by chance
            } else {
                0.9
            };
            self.push("phi.dea", "dea", s, e, score, 3);
        }
        if wl == 17 && v::vin(w) {
            let score = if self.ctx(VIN, s, e, 48, 0) { 0.99 } else { 0.9 };
            self.push("id.vin", "vin", s, e, score, 3);
        }
        if wl == 11 && v::mbi(w) {
            let score = if self.ctx(MBI, s, e, 48, 0) { 0.97 } else { 0.85 };
            self.push("phi.mbi", "mbi", s, e, score, 2);
        }
        if wl == 4
            && e + 9 <= b.len()
            && b[e] == b'-'
            && b[e + 4] == b'-'
            && v::mbi(&b[s..e + 9])
            && bound_after(b, e + 9)
        {
            let score = if self.ctx(MBI, s, e, 48, 0) { 0.97 } else { 0.85 };
            self.push("phi.mbi", "mbi", s, e + 9, score, 2);
        } else if wl == 4
            && e < b.len()
            && b[e] >= 0x80
            && let Some(end) = self.mbi_wide_dashes(s, e)
        {
            let score = if self.ctx(MBI, s, e, 48, 0) { 0.97 } else { 0.85 };
            self.push("phi.mbi", "mbi", s, end, score, 2);
        }
        if wl >= 4
            && w[0].is_ascii_uppercase()
            && w[1].is_ascii_uppercase()
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && let Some(n) = v::iban_length(&w[..2])
        {
            if wl == n && v::iban(w) {
                self.push("fin.iban", "iban", s, e, 0.98, 3);
            } else if wl == 4 {
                // Printed form: groups of four separated by single spaces
                // (or no-break, narrow or thin spaces).
                let mut count = 4;
                let mut p = e;
                while count < n && p + 1 < b.len() {
                    let gap = bytes::group_space_width_at(b, p);
                    if gap == 0 {
                        break;
                    }
                    let q = run(b, p + gap, 4, |c| c.is_ascii_uppercase() || c.is_ascii_digit());
                    if q == p + gap || !bound_after(b, q) {
                        break;
                    }
                    count += q - p - gap;
                    p = q;
                }
                if count == n && v::iban(&b[s..p]) {
                    self.push("fin.iban", "iban", s, p, 0.98, 3);
                }
            }
        }
        // ICD-10-CM: letter, two digits/letter, optional .xxxx
        if (3..=7).contains(&wl)
            && w[0].is_ascii_uppercase()
            && w[0] != b'U'
            && w[1].is_ascii_digit()
            && (w[2].is_ascii_digit() || w[2] == b'A' || w[2] == b'B')
            && wl == 3
        {
            let mut end = e;
            let dotted = b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric);
            // A dotted tail that is not a code's extension ("B44.022222")
            // makes the whole token something else, not an undotted code.
            let mut malformed = false;
            if dotted {
                let q = run(b, e + 1, 5, |c| c.is_ascii_digit() || c.is_ascii_uppercase());
                if (e + 2..=e + 5).contains(&q) && bound_after(b, q) {
                    end = q;
                } else {
                    malformed = true;
                }
            }
            let vitamin = s >= 8 && b[s - 8..s - 1].eq_ignore_ascii_case(b"vitamin");
            // A device's code: "Analyzer logged error E72.1", "fault E04";
            // or a place on a shelf: "Refrigerator R2, shelf B20.1".
            let device_code = s >= 2 && b[s - 1] == b' ' && {
                let ws = s - 1 - b[..s - 1].iter().rev().take(8).take_while(|c| c.is_ascii_alphabetic()).count();
                [&b"error"[..], b"err", b"fault", b"alarm", b"shelf", b"bin", b"rack", b"drawer", b"slot"]
                    .iter()
                    .any(|w| b[ws..s - 1].eq_ignore_ascii_case(w))
            };
            let ctx = !vitamin
                && (self.ctx(ICD, s, end, 64, 0)
                    || self
                        .out
                        .iter()
                        .rev()
                        .take(4)
                        .any(|c| c.class.as_str() == "phi.icd10" && s >= c.end && s - c.end <= 12));
            // A diagnosis written with its code in brackets: "HTN (I10)",
            // "pyelonephritis (N10)" (but not "(B12)", a vitamin).
            let bracketed = end == e && s >= 2 && &b[s - 2..s] == b" (" && b.get(e) == Some(&b')') && w != b"B12" && {
                let ws = s - 2 - b[..s - 2].iter().rev().take(24).take_while(|c| c.is_ascii_alphabetic()).count();
                let word = &b[ws..s - 2];
                const FUNCTION_WORDS: [&[u8]; 10] =
                    [b"and", b"the", b"for", b"see", b"per", b"not", b"but", b"nor", b"are", b"was"];
                word.len() >= 3 && !FUNCTION_WORDS.iter().any(|x| x.eq_ignore_ascii_case(word))
            };
            let score = match (ctx, end > e) {
                _ if malformed || device_code => 0.0,
                (true, _) => 0.9,
                (false, true) => 0.55,
                (false, false) if bracketed => 0.7,
                (false, false) => 0.0,
            };
            if score > 0.0 {
                self.push("phi.icd10", "icd10_cm", s, end, score, 1);
            }
        }
        // "92yo", "92y/o"
        let dl = w.iter().take_while(|c| c.is_ascii_digit()).count();
        if (2..=3).contains(&dl) && (&w[dl..] == b"yo" || &w[dl..] == b"y") {
            let age = digits_value(&w[..dl]);
            if (90..=125).contains(&age) && (&w[dl..] == b"yo" || b.get(e) == Some(&b'/')) {
                self.push("pii.age_over_89", "age_over_89", s, s + dl, 0.9, 1);
            }
        }
        self.out[start_len..].iter().map(|c| c.end).max().unwrap_or(e).max(e)
    }

    fn ip6_or_mac(&mut self, s: usize) -> Option<usize> {
        let b = self.b;
        if s > 0 && (b[s - 1] == b':' || b[s - 1] == b'.') {
            return None;
        }
        if s + 17 <= b.len() && v::mac(&b[s..s + 17]) && bound_after(b, s + 17) {
            let score = 0.9;
            self.push("pii.mac_address", "mac_address", s, s + 17, score, 2);
            return Some(s + 17);
        }
        let mut q = run(b, s, 45, |c| c.is_ascii_hexdigit() || c == b':' || c == b'.');
        while q > s && b[q - 1] == b'.' {
            q -= 1;
        }
        if q > s + 1 && b[q - 1] == b':' && b[q - 2] != b':' {
            q -= 1;
        }
        if !bound_after(b, q) {
            return None;
        }
        if v::ipv6(&self.text[s..q]) {
            let score = if self.ctx(IP, s, q, 40, 0) { 0.95 } else { 0.9 };
            self.push("pii.ip_address", "ipv6", s, q, score, 2);
            return Some(q);
        }
        None
    }

    // ---------- dates in words ----------

    fn written_date(&mut self, s: usize, e: usize, month: u8) {
        let b = self.b;
        if self.datum(s, e) {
            return;
        }
        // "2025. november 3.", as Hungarian writes a date: a year's digit,
        // a dot and a space before the month.
        if s >= 6 && &b[s - 2..s] == b". " && b[s - 3].is_ascii_digit() && self.year_first_date(s, e, u32::from(month))
        {
            return;
        }
        // Forward: "March 3, 1954", "Mar. 3rd 1954", "March 3"
        let mut p = e;
        if b.get(p) == Some(&b'.') {
            p += 1;
        }
        let mut found: Option<(usize, usize, bool)> = None; // (start, end, has_year)
        if b.get(p) == Some(&b' ') {
            let ds = p + 1;
            let de = self.digit_run(ds);
            if (1..=2).contains(&(de - ds)) && (1..=31).contains(&digits_value(&b[ds..de])) {
                let mut q = de;
                let suf = &b[q..(q + 2).min(b.len())];
                if [&b"st"[..], b"nd", b"rd", b"th"].contains(&suf) {
                    q += 2;
                }
                // A day glued to a longer number is part of that number
                // ("Apr 10-1961-04-12", "Apr 10.1961-04-12"), not of a
                // range ("Apr 10-12").
                // A hyphen outside ASCII joins as one does ("Apr 1\u{2011}1961-…").
                let sep = match b.get(q) {
                    Some(b'-' | b'/' | b'.') => 1,
                    _ => bytes::wide_separator_at(b, q).filter(|&(c, _)| c == b'-').map_or(0, |(_, w)| w),
                };
                let glued = sep > 0 && self.digit_run(q + sep) - (q + sep) >= 3;
                if bound_after(b, q) && !glued {
                    let mut r = q;
                    if b.get(r) == Some(&b',') {
                        r += 1;
                    }
                    if b.get(r) == Some(&b' ')
                        && let Some(ye) = self.written_year_at(r + 1)
                    {
                        found = Some((s, ye, true));
                    }
                    if found.is_none() {
                        found = Some((s, q, false));
                    }
                }
            }
        }
        // A date read out in words: "march third nineteen forty one".
        if found.is_none()
            && b.get(e) == Some(&b' ')
            && let Some(end) = spoken_date_end(b, e + 1)
        {
            found = Some((s, end, true));
        }
        // A month in lower case only before its day ("as of march 1"):
        // "march" and "august" are words too, and a count after the
        // number makes one a verb ("we march 2 miles"). Another month in
        // lower case may have its year alone, as chat and transcripts
        // write one ("since november 2025").
        if b[s].is_ascii_lowercase() {
            let Some((_, fe, _)) = found else {
                // Day first with its year, as Dutch and French letters and
                // chat write one ("3 september 2024", "dinsdag 11 november
                // 2025"): a day and a year around it make it a date, a
                // verb's "march" too.
                let day = s.checked_sub(1).filter(|&sp| b[sp] == b' ').and_then(|sp| self.day_before(sp));
                let year = if b.get(e) == Some(&b' ') { self.written_year_at(e + 1) } else { None };
                if let (Some(ds), Some(ye)) = (day, year) {
                    let ds = european_weekday_before(b, ds).unwrap_or(ds);
                    self.push_day_first_date(ds, ye, true);
                } else if !matches!(month, 3 | 5 | 8) {
                    self.month_and_year(s, e);
                }
                return;
            };
            let next = run(b, fe + 1, 9, |c| c.is_ascii_lowercase());
            let counted = b.get(fe) == Some(&b' ')
                && [&b"miles"[..], b"km", b"times", b"days", b"hours", b"minutes", b"steps", b"blocks", b"of"]
                    .contains(&&b[fe + 1..next]);
            if counted {
                return;
            }
        }
        // Backward: "3 March 1954", "3rd of March, 1954", and as deeds,
        // wills and affidavits write a date, "this 3rd day of December, 2025".
        if found.is_none() && s >= 2 && b[s - 1] == b' ' {
            let mut p = s - 1;
            if p >= 7 && b[p - 7..p].eq_ignore_ascii_case(b" day of") {
                p -= 7;
            } else if p >= 3 && &b[p - 3..p] == b" of" {
                p -= 3;
            }
            let mut q = p;
            if q >= 2 && [&b"st"[..], b"nd", b"rd", b"th"].contains(&&b[q - 2..q]) {
                q -= 2;
            }
            let mut ds = q;
            while ds > 0 && b[ds - 1].is_ascii_digit() && q - ds < 3 {
                ds -= 1;
            }
            if (1..=2).contains(&(q - ds)) && bound_before(b, ds) && (1..=31).contains(&digits_value(&b[ds..q])) {
                let mut r = e;
                if b.get(r) == Some(&b',') {
                    r += 1;
                }
                let mut end = e;
                let mut has_year = false;
                if b.get(r) == Some(&b' ')
                    && let Some(ye) = self.written_year_at(r + 1)
                {
                    end = ye;
                    has_year = true;
                }
                found = Some((ds, end, has_year));
            }
        }
        // Hyphenated, as lab and record systems print dates: "05-JAN-2024",
        // "5-Jan-24". Both the day and the year are required.
        if found.is_none() && s >= 2 && b[s - 1] == b'-' && b.get(e) == Some(&b'-') {
            let de = s - 1;
            let mut ds = de;
            while ds > 0 && b[ds - 1].is_ascii_digit() && de - ds < 3 {
                ds -= 1;
            }
            let ys = e + 1;
            let ye = self.digit_run(ys);
            let year = match ye - ys {
                4 => (1900..=2099).contains(&digits_value(&b[ys..ye])),
                2 => true,
                _ => false,
            };
            if year
                && (1..=2).contains(&(de - ds))
                && bound_before(b, ds)
                && (1..=31).contains(&digits_value(&b[ds..de]))
                && bound_after(b, ye)
                && !glued_number_after(b, ye)
                && !glued_number_before(b, ds)
            {
                found = Some((ds, ye, true));
            }
        }
        if let Some((fs, fe, has_year)) = found {
            let mut score = self.date_score(fs, fe);
            if fs >= 4 && b[fs - 1] == b' ' && weekday_ends_at(b, fs - 1) {
                score = score.max(0.85); // a day on a calendar: "Thu Apr 10"
            } else if !has_year && score < 0.9 {
                score -= 0.05; // "March 3" with no year and no person context is weaker
            }
            self.push("pii.date", "date_written", fs, fe, score, 1);
            return;
        }
        self.month_and_year(s, p);
    }

    /// A month's name at `s` whose name (and dot) ends at `p`, and a year
    /// after it without a day: "March 2024", "Mar. 1961", "March of 2024"
    /// ([`Scan::month_year`] decides).
    fn month_and_year(&mut self, s: usize, p: usize) {
        let b = self.b;
        let ys = match b.get(p..p + 4) {
            Some(b" of ") => p + 4,
            Some([b' ', ..]) => p + 1,
            _ => return,
        };
        let ye = self.digit_run(ys);
        if ye - ys == 4
            && (1900..=2099).contains(&digits_value(&b[ys..ye]))
            && bound_after(b, ye)
            && !glued_number_after(b, ye)
        {
            self.month_year(s, ye, "date_written_month_year", true);
        }
    }

    /// A person mentioned by name in a workplace chat, at the `@` at `at`:
    /// "@Marisol Ybarra can you…", "@Joon-ho Baek". Two or three
    /// capitalised name words (0.75; 0.85 when the first is listed), or
    /// one listed, unambiguous name. Handles in lower case ("@kosei-appsec")
    /// and words that are no name ("@Everyone", "@Channel") give nothing.
    #[cold]
    #[inline(never)]
    fn mention(&mut self, names: &Names, at: usize) {
        let b = self.b;
        let opens = at == 0 || matches!(b[at - 1], b' ' | b'\t' | b'\n' | b'(' | b'>' | b'*');
        if !opens || !b.get(at + 1).is_some_and(u8::is_ascii_uppercase) {
            return;
        }
        let (end, count, first, stop) =
            self.name_words::<false>(names, at + 1, false, |flags, _| flags & IS_NON_NAME == 0);
        if count == 0 || stop & IS_PLACE != 0 || b.get(end) == Some(&b'@') {
            return;
        }
        let listed = first & (IS_FIRST | IS_LAST) != 0;
        if let Some(score) = placed_name_score(count, listed, first & IS_AMBIGUOUS != 0) {
            self.push_name("name_mention", at + 1, end, score);
        }
    }

    /// A workplace chat's speaker on the line that a message's time ends,
    /// whose "AM" or "PM" is at `s..e`: the name in bold, as an export
    /// writes it ("**Kateryna Hrytsenko** (Charge RN) 7:02 AM"), or two or
    /// three words whose first is a listed given name ("Dev Raghunathan
    /// 7:18 AM"), then a role in brackets if any, the time, and the
    /// line's end. A schedule's line ("Grand Rounds 7:00 AM") names no one.
    fn speaker_line(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        let close = e + usize::from(b.get(e) == Some(&b']'));
        if !matches!(b.get(close..close + 1), None | Some(b"\n" | b"\r")) {
            return;
        }
        let Some(lead) = line_lead(b, s, 96) else { return };
        let start = s - lead.len();
        let bold = lead.starts_with(b"**");
        let p = start + if bold { 2 } else { 0 };
        let (end, count, first, stop) = self.name_words::<false>(names, p, false, |flags, _| flags & IS_NON_NAME == 0);
        if count == 0 || stop & IS_PLACE != 0 || end >= s {
            return;
        }
        let mut q = end;
        if bold {
            if b.get(q..q + 2) != Some(b"**") {
                return;
            }
            q += 2;
        }
        // A role or a team in brackets: "(Charge RN)", "(Clinical Informatics)".
        if b.get(q..q + 2) == Some(b" (")
            && let Some(k) = b[q + 2..s].iter().position(|&c| c == b')')
        {
            q += 3 + k;
        }
        q = run(b, q, 8, |c| c == b' ' || c == b'\t');
        if b.get(q) == Some(&b'[') {
            q += 1;
        }
        // The time: "7:02 " or "10:45 ".
        let h = run(b, q, 2, |c| c.is_ascii_digit());
        let m = run(b, h + 1, 2, |c| c.is_ascii_digit());
        if h == q || b.get(h) != Some(&b':') || m != h + 3 || !matches!(&b[m..s], b" " | b"") {
            return;
        }
        let listed = first & IS_FIRST != 0 && first & IS_AMBIGUOUS == 0;
        if bold && (count >= 2 || listed) {
            self.push_name("name_chat_speaker", p, end, 0.8);
        } else if !bold && count >= 2 && listed {
            self.push_name("name_chat_speaker", p, end, 0.75);
        }
    }

    /// A chat export's speaker, after the stamp that opens the line, whose
    /// "AM" or "PM" is at `s..e`: "[9/9/25, 7:02 AM] Graça N: bom dia".
    /// One to four capitalised words or initials, then a colon; a line
    /// with no colon is the app's own ("[9/9/25, 7:00 AM] Messages and
    /// calls are end-to-end encrypted").
    #[cold]
    #[inline(never)]
    fn chat_speaker(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        if b.get(e..e + 2) != Some(b"] ") {
            self.speaker_line(names, s, e);
            return;
        }
        let Some(lead) = line_lead(b, s, 28) else { return };
        if lead.first() != Some(&b'[') || !lead.get(1).is_some_and(u8::is_ascii_digit) {
            return;
        }
        let start = e + 2;
        let mut p = start;
        for _ in 0..4 {
            let initial = b.get(p).is_some_and(u8::is_ascii_uppercase)
                && b.get(p + 1).is_none_or(|&c| matches!(c, b'.' | b':' | b' '));
            let mut q = if initial {
                p + 1 + usize::from(b.get(p + 1) == Some(&b'.'))
            } else {
                match name_word(b, p) {
                    Some(q) => q,
                    None => return,
                }
            };
            match b.get(q) {
                Some(b':') => {
                    if b.get(q - 1) == Some(&b'.') {
                        q -= 1;
                    }
                    self.push("pii.person_name", "name_chat_speaker", start, q, 0.8, 1);
                    return;
                }
                Some(b' ') => p = q + 1,
                _ => return,
            }
        }
    }

    /// A name in Chinese characters after a relative's word at `..e`: two
    /// to four Han characters, then none ("my grandma 王秀英 (Wáng
    /// Xiùyīng)"). Chinese has no capitals to tell a name by, and a
    /// relative's word before one is as sure a sign as it gets.
    #[cold]
    #[inline(never)]
    fn han_name_after(&mut self, e: usize) {
        let b = self.b;
        if b.get(e) != Some(&b' ') {
            return;
        }
        let (s, mut p, mut n) = (e + 1, e + 1, 0);
        while let Some(c) = b.get(p..p + 3).and_then(|w| std::str::from_utf8(w).ok()).and_then(|w| w.chars().next()) {
            if !('\u{4E00}'..='\u{9FFF}').contains(&c) {
                break;
            }
            p += 3;
            n += 1;
        }
        if (2..=4).contains(&n) {
            self.push_name("name_role", s, p, 0.7);
        }
    }

    /// A date written in Spanish, at the month's name `s..e`: its day and
    /// "de" before it, and a year after "de" or "del" if one follows ("12
    /// de marzo de 2024", "5 de marzo", "1 de mayo del 2023"). The month
    /// alone is no date ("Mayo Clinic"), nor a capitalised one without a
    /// year ("5 de Mayo Street"). Whether a day and "de" stood before it;
    /// without them an Italian date may ("3 marzo 2025", [`Scan::day_first_date`]).
    #[cold]
    fn fecha(&mut self, s: usize, e: usize) -> bool {
        let b = self.b;
        let Some(de) = s.checked_sub(4).filter(|&p| b[p..s].eq_ignore_ascii_case(b" de ")) else { return false };
        let Some(ds) = self.day_before(de) else { return false };
        let mut end = e;
        let mut has_year = false;
        for joint in [&b" de "[..], b" del "] {
            let ys = e + joint.len();
            if b.get(e..ys).is_some_and(|j| j.eq_ignore_ascii_case(joint))
                && let Some(ye) = self.written_year_at(ys)
            {
                (end, has_year) = (ye, true);
            }
        }
        // Spanish writes its months in lower case; a capital makes one a
        // name ("Cinco de Mayo", "Plaza de Mayo") unless a year follows.
        if !has_year && b[s].is_ascii_uppercase() && b[s + 1].is_ascii_lowercase() {
            return true;
        }
        self.push_day_first_date(ds, end, has_year);
        true
    }

    /// The start of a day of the month (1 to 31, one or two digits) that
    /// ends at `de`, as a date written day first has it before its month.
    fn day_before(&self, de: usize) -> Option<usize> {
        let b = self.b;
        let mut ds = de;
        while ds > 0 && b[ds - 1].is_ascii_digit() && de - ds < 3 {
            ds -= 1;
        }
        ((1..=2).contains(&(de - ds)) && bound_before(b, ds) && (1..=31).contains(&digits_value(&b[ds..de])))
            .then_some(ds)
    }

    /// A date written day first, its month in words ("12 de marzo de
    /// 2024", "3. M\u{e4}rz 1931"), at `ds..end`; one without a year scores
    /// less unless a person's date word is near.
    fn push_day_first_date(&mut self, ds: usize, end: usize, has_year: bool) {
        let mut score = self.date_score(ds, end);
        if !has_year && score < 0.9 {
            score -= 0.05;
        }
        self.push("pii.date", "date_written", ds, end, score, 1);
    }

    /// A number read out in short groups split by single spaces, whose
    /// first group is `s..e`, as speech-to-text writes what a caller
    /// says, with the caller's words before it saying what it is:
    /// - one digit at a time: a phone after a phone's word ("call me back
    ///   at 4 1 4 5 5 5 0 1 1 5", ten digits, or eleven from a 1), an MRN
    ///   after its word ("medical record number is 6 3 4 3 3 8 1");
    /// - a month, a day and a year after a birth's word ("date of birth
    ///   is 4 12 32", "7 19 1958").
    ///
    /// Returns the number's end when it was one.
    #[cold]
    fn spoken_number(&mut self, s: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let mut groups = [(s, e); 12];
        let mut n = 1;
        let mut p = e;
        while n < 12 && b.get(p) == Some(&b' ') {
            let ge = self.digit_run(p + 1);
            if ge == p + 1 || ge - p - 1 > 4 || !bound_after(b, ge) {
                break;
            }
            groups[n] = (p + 1, ge);
            n += 1;
            p = ge;
        }
        let groups = &groups[..n];
        let end = groups[n - 1].1;
        let singles = groups.iter().take_while(|(gs, ge)| ge - gs == 1).count();
        if singles >= 7 {
            let end = groups[singles - 1].1;
            if singles <= 10 && self.ctx(MRN, s, end, 40, 0) {
                self.push("phi.mrn", "mrn_spoken", s, end, 0.8, 1);
                return Some(end);
            }
            // Ten digits (eleven from a 1) whose area code and exchange
            // start at 2 to 9, as a North American number's do, after a
            // phone's word or the caller's "my number is".
            let national = usize::from(singles == 11 && b[s] == b'1');
            let digit = |k: usize| b[groups[national + k].0];
            let nanp = singles == 10 + national && digit(0) >= b'2' && digit(3) >= b'2';
            let said = b[..s].ends_with(b"number is ") || b[..s].ends_with(b"number ");
            if nanp && (said || self.ctx(PHONE, s, end, 40, 0)) {
                self.push("pii.phone", "phone_spoken", s, end, 0.8, 1);
                return Some(end);
            }
            return None;
        }
        if n == 3 {
            let (m, d, y) = (groups[0], groups[1], groups[2]);
            let month = digits_value(&b[m.0..m.1]);
            let day = digits_value(&b[d.0..d.1]);
            let year_len = y.1 - y.0;
            let year_ok = year_len == 2 || year_len == 4 && (1900..=2099).contains(&digits_value(&b[y.0..y.1]));
            if d.1 - d.0 <= 2 && year_ok && valid_month_day(month, day) && self.ctx(BIRTH, s, end, 24, 0) {
                self.push("pii.date", "date_spoken", s, end, 0.8, 1);
                return Some(end);
            }
        }
        None
    }

    /// A street whose house number `s..e` follows its one-word name and a
    /// postcode follows it ([`czech_postcode_after`]): "Korunn\u{ed}
    /// 1284/92, 120 00 Praha 2". The name is a capitalised word of letters.
    #[cold]
    fn street_before_postcode(&mut self, s: usize, e: usize) {
        let b = self.b;
        let we = s - 1;
        let ws = letters_word_start(b, we);
        if we - ws >= 3 && capital_width_at(b, ws) > 0 && bound_before(b, ws) {
            self.push("pii.street_address", "street_european", ws, e, 0.85, 1);
        }
    }

    /// A street as German, Dutch and Scandinavian addresses write it, its
    /// name before the house number at `s..e`: one word that ends in a
    /// street's word ("Lorettostra\u{df}e 44a", "Kortrijksesteenweg 211",
    /// "Sveavägen 12"), or a capitalised word and the street's word on its
    /// own ("Hugstetter Stra\u{df}e 71").
    #[cold]
    fn street_before_number(&mut self, s: usize, e: usize) {
        let b = self.b;
        // The number: digits and at most one letter ("44a").
        let d = b[s..e].iter().take_while(|c| c.is_ascii_digit()).count();
        if d == 0 || e - s - d > 1 || !bound_after(b, e) {
            return;
        }
        let we = s - 1;
        let ws = letters_word_start(b, we);
        let word = &b[ws..we];
        let Some(street) = STREET_WORDS
            .iter()
            .map(|t| t.as_bytes())
            .find(|t| word.len() >= t.len() && word[word.len() - t.len()..].eq_ignore_ascii_case(t))
        else {
            return;
        };
        if !bound_before(b, ws) || !word[0].is_ascii_uppercase() {
            return;
        }
        let start = if word.len() > street.len() {
            ws
        } else {
            // The street's word alone: the capitalised word before it names it.
            let pe = ws.checked_sub(1).filter(|&p| b[p] == b' ');
            let Some(pe) = pe else { return };
            let ps = letters_word_start(b, pe);
            if ps == pe || !b[ps].is_ascii_uppercase() || !bound_before(b, ps) {
                return;
            }
            ps
        };
        self.push("pii.street_address", "street_european", start, e, 0.8, 1);
    }

    /// A street whose Spanish or Portuguese word ("Calle", "Avenida",
    /// "Rua", "Carrera"), or Polish "ul." (`e` after its dot), is at
    /// `s..e`: its name's words (capitalised, a number first as in "Calle
    /// 5 de Mayo", and "de", "del", "la", "los" between) and then its house
    /// number, after a space or after ", casa", ", No.", ", n\u{ba}" or "#"
    /// ("Calle Principal, casa 14"), and a unit after it ("apto 302", Polish
    /// "m. 12"). A street named with no number after it is no address of
    /// anyone's.
    fn calle(&mut self, s: usize, e: usize) {
        const LINKS: &[&[u8]] = &[b"de", b"del", b"la", b"las", b"los", b"y", b"do", b"da", b"dos", b"das"];
        // ", " last: the others start with it. Portuguese writes the
        // number after a comma ("Rua Padre Eust\u{e1}quio, 1874").
        const BEFORE_NUMBER: &[&[u8]] =
            &[b" ", b", casa ", b", No. ", b", no. ", b", n\xc2\xba ", b" #", b", #", b" No. ", b", "];
        // Polish flats and premises: "47 m. 12", "17 lok. 4".
        const UNITS: &[&[u8]] =
            &[b", apto ", b", apt ", b", sala ", b", casa ", b", bloco ", b", piso ", b" m. ", b" lok. ", b", lok. "];
        let b = self.b;
        let mut p = e;
        let mut named = false;
        for k in 0..6 {
            if b.get(p) != Some(&b' ') {
                break;
            }
            let ws = p + 1;
            let we = run(b, ws, 24, |c| c.is_ascii_alphanumeric() || c >= 0x80);
            if we == ws || !bound_after(b, we) {
                break;
            }
            let w = &b[ws..we];
            let word = w[0].is_ascii_uppercase() && !w.iter().any(u8::is_ascii_digit);
            let first_number = k == 0 && w.len() <= 3 && w.iter().all(u8::is_ascii_digit);
            // A link may come first too: "Avenida do Contorno", "Rua da Prata".
            if word || first_number || LINKS.contains(&w) {
                named |= word;
                p = we;
            } else {
                break;
            }
        }
        if !named {
            return;
        }
        // A house number before it, as the United States write a street
        // with a Spanish name ("77 Calle Alegre", "1402 Avenida Sol"); a
        // year there is none ("in 2024 Calle Ocho").
        if s >= 2 && b[s - 1] == b' ' {
            let digits = b[..s - 1].iter().rev().take(6).take_while(|c| c.is_ascii_digit()).count();
            let ns = s - 1 - digits;
            let year = digits == 4 && (1900..=2099).contains(&digits_value(&b[ns..s - 1]));
            if (1..=5).contains(&digits) && b[ns] != b'0' && bound_before(b, ns) && !year {
                self.push("pii.street_address", "street_calle", ns, p, 0.8, 1);
                return;
            }
        }
        for sep in BEFORE_NUMBER {
            if !b[p..].starts_with(sep) {
                continue;
            }
            let ns = p + sep.len();
            let ne = self.digit_run(ns);
            if (1..=5).contains(&(ne - ns)) {
                let ne =
                    if b.get(ne).is_some_and(u8::is_ascii_alphabetic) && bound_after(b, ne + 1) { ne + 1 } else { ne };
                if bound_after(b, ne) {
                    // A unit after the number: "1874, apto 302", "6061, sala 804".
                    let end = listed_unit_after(b, ne, UNITS).unwrap_or(ne);
                    self.push("pii.street_address", "street_calle", s, end, 0.8, 1);
                }
            }
            return;
        }
    }

    /// The parents' given names after a Polish record's "c\u{f3}rka" or "syn"
    /// (daughter, son) ending at `e`: "c\u{f3}rka J\u{f3}zefa i
    /// Stanis\u{142}awy", "syn Piotra". They stand in the genitive, which no
    /// list holds: each is a capitalised word of three letters or more,
    /// the second after "i" (and).
    fn parents_after(&mut self, e: usize) {
        let b = self.b;
        let mut p = e;
        for k in 0..2 {
            if k == 1 {
                if !b[p..].starts_with(b" i ") {
                    return;
                }
                p += 2;
            }
            if b.get(p) != Some(&b' ') {
                return;
            }
            let Some(we) = name_word(b, p + 1) else { return };
            if we - (p + 1) < 3 || !bound_after(b, we) {
                return;
            }
            self.push("pii.person_name", "name_parents", p + 1, we, 0.8, 1);
            p = we;
        }
    }

    /// A date as German writes it, whose month's name is at `s..e`: its
    /// day and a dot before, and a year after or none ("3. M\u{e4}rz 1931",
    /// "28. Oktober"). Whether it pushed one.
    fn datum(&mut self, s: usize, e: usize) -> bool {
        let b = self.b;
        if s < 3 || &b[s - 2..s] != b". " {
            return false;
        }
        let Some(ds) = self.day_before(s - 2) else { return false };
        let year = if b.get(e) == Some(&b' ') { self.written_year_at(e + 1) } else { None };
        self.push_day_first_date(ds, year.unwrap_or(e), year.is_some());
        true
    }

    /// A date written year first with a month's name, as Hungarian writes
    /// it, whose month `m` is named at `s..e`: the year and its dot before
    /// ("2025. "), the day after, with its dot ("1931. szeptember 2."), and
    /// a weekday after a comma ("2025. okt\u{f3}ber 8., szerda"). A case
    /// ending after the day's hyphen stays out of the span ("2025. m\u{e1}jus
    /// 14-\u{e9}n"). Whether it was one.
    #[cold]
    #[inline(never)]
    fn year_first_date(&mut self, s: usize, e: usize, m: u32) -> bool {
        let b = self.b;
        if s < 6 || &b[s - 2..s] != b". " || b.get(e) != Some(&b' ') {
            return false;
        }
        let ys = s - 6;
        if !b[ys..s - 2].iter().all(u8::is_ascii_digit) || !bound_before(b, ys) {
            return false;
        }
        let ds = e + 1;
        let de = run(b, ds, 2, |c| c.is_ascii_digit());
        if de == ds || b.get(de).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return false;
        }
        let (y, d) = (digits_value(&b[ys..s - 2]), digits_value(&b[ds..de]));
        if !(1900..=2099).contains(&y) || !valid_month_day(m, d) {
            return false;
        }
        let mut end = de;
        if b.get(end) == Some(&b'.') {
            end += 1;
            if b.get(end..end + 2) == Some(b", ")
                && let Some(we) = hungarian_weekday_at(b, end + 2)
            {
                end = we;
            }
        }
        let score = self.date_score(ys, end);
        self.push("pii.date", "date_year_first", ys, end, score, 1);
        true
    }

    /// A Hungarian street whose type's word ("utca", "\u{fa}t", "t\u{e9}r" …)
    /// is at `s..e`, in lower case: one to three capitalised words before
    /// it name it ("Bart\u{f3}k B\u{e9}la \u{fa}t"), and its house number follows
    /// ("61.", "5/B.", "12A"), then the floor and the door as Hungarian
    /// writes them ("2. emelet 4. ajt\u{f3}", "I. emelet", "fszt."). A
    /// street with no number after it is no one's address.
    fn utca(&mut self, s: usize, e: usize) {
        let b = self.b;
        if b[s].is_ascii_uppercase() || b.get(e) != Some(&b' ') {
            return;
        }
        let mut start = s;
        for _ in 0..3 {
            if start < 2 || b[start - 1] != b' ' {
                break;
            }
            let ws = letters_word_start(b, start - 1);
            if ws == start - 1 || capital_width_at(b, ws) == 0 || !bound_before(b, ws) {
                break;
            }
            start = ws;
        }
        if start == s {
            return;
        }
        let ns = e + 1;
        let mut end = run(b, ns, 4, |c| c.is_ascii_digit());
        if end == ns {
            return;
        }
        if b.get(end) == Some(&b'/') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric) {
            end = run(b, end + 1, 4, |c| c.is_ascii_alphanumeric());
        } else if b.get(end).is_some_and(u8::is_ascii_uppercase) {
            end += 1;
        }
        if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80) {
            return;
        }
        if b.get(end) == Some(&b'.') {
            end += 1;
        }
        while let Some(ue) = hungarian_unit_after(b, end) {
            end = ue;
        }
        self.push("pii.street_address", "street_hungarian", start, end, 0.85, 1);
    }

    /// A date written in French, Dutch or Italian, at the month's name `s..e`: its day
    /// before it ("14 f\u{e9}vrier 1956", "1er mai 2025"), with the weekday
    /// before the day if one is written ("jeudi 15 janvier 2026"), and the
    /// year after it if one follows; or a month in lower case and its year
    /// alone ("depuis mai 2025"), as [`Scan::month_year`] reads one. A
    /// month with neither is none ("en mai", "Bruno Mars").
    #[cold]
    fn day_first_date(&mut self, s: usize, e: usize) {
        let b = self.b;
        let year = if b.get(e) == Some(&b' ') { self.written_year_at(e + 1) } else { None };
        let day = s.checked_sub(1).filter(|&sp| b[sp] == b' ').and_then(|sp| {
            // "1er", the first of the month
            if sp >= 3 && &b[sp - 3..sp] == b"1er" && bound_before(b, sp - 3) {
                Some(sp - 3)
            } else if sp >= 2 && b[sp - 1] == b'.' {
                // The day's dot, as Czech writes it ("11. z\u{e1}\u{159}\u{ed} 2025").
                self.day_before(sp - 1)
            } else {
                self.day_before(sp)
            }
        });
        match (day, year) {
            (Some(ds), _) => {
                let ds = european_weekday_before(b, ds).unwrap_or(ds);
                self.push_day_first_date(ds, year.unwrap_or(e), year.is_some());
            }
            (None, Some(ye)) if b[s].is_ascii_lowercase() => self.month_year(s, ye, "date_written_month_year", true),
            (None, _) => {}
        }
    }

    /// The end of a Medicare number written with hyphens or dashes outside
    /// ASCII ("1EG4\u{2011}TE5\u{2011}MK73", [`bytes::wide_separator_at`]),
    /// whose first group is `s..e`: read as its ASCII spelling.
    #[cold]
    fn mbi_wide_dashes(&self, s: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let mut ascii = [b'-'; 13];
        ascii[..4].copy_from_slice(&b[s..e]);
        let mut p = e;
        for (out, len) in [(5, 3), (9, 4)] {
            let (b'-', width) = bytes::wide_separator_at(b, p)? else {
                return None;
            };
            let group = b.get(p + width..p + width + len)?;
            ascii[out..out + len].copy_from_slice(group);
            p += width + len;
        }
        (v::mbi(&ascii) && bound_after(b, p)).then_some(p)
    }

    /// A month and a day without a year, `s..e` ("11/05"): a date element
    /// HIPAA counts, but written so it is as often a score or a fraction
    /// ("pain 7/10", "strength 5/5", "1/2 tab"). So it is a date only
    /// right after a person's date word ("Admitted 11/2", "seen on 11/18":
    /// 0.9), or after "on" (0.6, a document's date unless a person's date
    /// word is nearest), where it is no small fraction ("on 1/2 tab") and
    /// no count of something ("on 2/3 of days"); or right after a weekday
    /// ("Thu 3/20": 0.85).
    fn month_day(&mut self, s: usize, e: usize, month: u32, day: u32) {
        let b = self.b;
        // Only spaces, a colon or "on" between the person's date word and it.
        let right_after = |d: usize| {
            let gap = b[s - d..s].trim_ascii();
            let gap = gap.strip_prefix(b":").unwrap_or(gap).trim_ascii();
            gap.is_empty() || gap.eq_ignore_ascii_case(b"on")
        };
        if self.ctx_distance(DATE_P, s, 12).is_some_and(right_after) && !self.ctx(DATE_N, s, e, 12, 16) {
            self.push("pii.date", "date_numeric_month_day", s, e, 0.9, 1);
            return;
        }
        // A weekday before it makes it a day on a calendar: "Thu 3/20",
        // "Tue 4/8 at 3:40 PM".
        if s >= 4 && b[s - 1] == b' ' && weekday_ends_at(b, s - 1) {
            self.push("pii.date", "date_numeric_month_day", s, e, 0.85, 1);
            return;
        }
        let on = s >= 3 && b[s - 1] == b' ' && b[s - 3..s - 1].eq_ignore_ascii_case(b"on") && bound_before(b, s - 3);
        if !on || month <= 4 && day <= 4 {
            return;
        }
        let next = run(b, e + 1, 9, |c| c.is_ascii_alphabetic());
        let counted = b.get(e) == Some(&b' ')
            && [&b"of"[..], b"tab", b"tabs", b"tablet", b"tablets", b"dose", b"doses", b"pill", b"pills", b"days"]
                .contains(&&b[e + 1..next]);
        if !counted {
            let score = self.date_score(s, e);
            self.push("pii.date", "date_numeric_month_day", s, e, score.max(0.6), 1);
        }
    }

    /// A month and a year without a day, `s..e`: a date element HIPAA
    /// counts, and in a patient's record as often a person's ("unchanged
    /// since Jan 2023", "Last FMX 03/2022") as a report's, a guideline's
    /// or a period's ("the March 2024 update"). So it is a finding at 0.9
    /// with a person's date context nearest (birth, admission, discharge,
    /// a visit, a procedure: [`Scan::date_score`]), at 0.55 with neither a
    /// person's nor a document's date word near, when `plain` (a month's
    /// name, or a two-digit month and a slash: "09/2025", never "4-1961"),
    /// and never with a document's word right after it ("the March 2024
    /// ACC guideline").
    fn month_year(&mut self, s: usize, e: usize, id: &'static str, plain: bool) {
        if self.ctx(DATE_N, s, e, 0, 16) {
            return;
        }
        let score = self.date_score(s, e);
        if score >= 0.9 {
            self.push("pii.date", id, s, e, score, 1);
        } else if plain && score >= 0.6 {
            self.push("pii.date", id, s, e, 0.55, 1);
        }
    }

    // ---------- names ----------

    /// Name words starting at `p` (up to three, middle initials allowed):
    /// their end, their number, and whether a place or institution word
    /// follows them ([`place_after`]: "Lincoln Elementary"). `comma`: the
    /// first word may end in a comma if a listed given name follows
    /// ("Whitfield, Eleanor J." after "Patient:").
    fn name_span(&self, names: &Names, p: usize, comma: bool) -> Option<(usize, usize, bool)> {
        let (end, count, _, stop) = self.name_words::<false>(names, p, comma, |flags, _| flags & IS_NON_NAME == 0);
        // The word that ended the name was read already, unless three
        // words or no word did ("Flatirons Title & Escrow, LLC").
        let place = stop & IS_PLACE != 0 || (count == 3 || stop == 0) && place_after(names, self.b, end);
        (count > 0).then_some((end, count, place))
    }

    /// Up to three name words from `p`, with middle initials between them
    /// ("John A. Smith"): capitalised words ([`name_word`], looked up as
    /// written) or, with `CAPS`, words in capitals ([`caps_word`], looked
    /// up as the capitalised name). `takes(flags, n)` decides whether the
    /// word at index `n`, on the lists `flags`, belongs to the name. With
    /// `comma` the first word may end in a comma ("GARCIA, ROSA M.",
    /// "Whitfield, Eleanor J."), and a middle initial after the given name
    /// then ends the name; the word after a comma must be a listed given
    /// name, unless `CAPS` (whose `takes` decides). Returns the name's end,
    /// its number of words, the first word's flags and the flags of the
    /// word `takes` refused (0 if none was).
    #[inline]
    fn name_words<const CAPS: bool>(
        &self,
        names: &Names,
        p: usize,
        comma_ok: bool,
        takes: impl Fn(u8, usize) -> bool,
    ) -> (usize, usize, u8, u8) {
        let b = self.b;
        let word = |q| if CAPS { caps_word(b, q) } else { name_word(b, q) };
        let (mut q, mut count, mut end, mut first_flags, mut comma) = (p, 0, p, 0, false);
        let (mut nicknamed, mut stop, mut leading) = (false, 0, 0);
        while count < 3 {
            if let Some(we) = word(q) {
                let flags = if CAPS { names.title_case_flags(&b[q..we]) } else { name_word_flags(names, b, q, we) };
                // After "Surname, " the given name is a listed one, or any
                // word a middle initial follows ("HOLLOWAY-BANKS, Augusta
                // M.": a record's order, whatever the lists hold).
                let given_by_order = || {
                    flags & (IS_PLACE | IS_AMBIGUOUS) == 0 && b.get(we) == Some(&b' ') && initial(b, we + 1).is_some()
                };
                if !takes(flags, count) || !CAPS && comma && count == 1 && flags & IS_FIRST == 0 && !given_by_order() {
                    stop = flags;
                    break;
                }
                if count == 0 {
                    first_flags = flags;
                }
                count += 1;
                end = we;
                if comma_ok && count == 1 && b.get(we) == Some(&b',') && b.get(we + 1) == Some(&b' ') {
                    q = we + 2;
                    comma = true;
                    continue;
                }
            } else if let Some(ie) = initial(b, q) {
                if count == 0 {
                    // Initials before the first word ("Dr. J. Smith",
                    // "Officer J. R. Ramirez", "Dr. J.R. Smith"), two at most.
                    let gap = bytes::space_width_at(b, ie);
                    if leading == 2 || gap == 0 && initial(b, ie).is_none() {
                        break;
                    }
                    leading += 1;
                    q = ie + gap;
                    continue;
                }
                let gap = bytes::space_width_at(b, ie);
                if gap == 0 || word(ie + gap).is_none() {
                    if comma && count >= 2 {
                        end = ie;
                    }
                    break;
                }
                end = ie;
            } else if !CAPS
                && !comma
                && q + 1 < b.len()
                && may_open_particle(b[q], b[q + 1])
                && let Some(pe) = particles(b, q)
                && word(pe).is_some()
            {
                // "Maria de la Cruz", "Ms. van der Berg": the particles
                // belong to the surname after them.
                q = pe;
                continue;
            } else if count > 0
                && !comma
                && !nicknamed
                && b.get(q).is_some_and(|&c| may_open_nickname(c))
                && let Some(ne) = nickname(b, q)
            {
                // "Marcus \"Mook\" Jenkins": the nickname belongs to the name
                // if a name word follows it; `end` moves past it then.
                let gap = bytes::space_width_at(b, ne);
                if gap == 0 {
                    break;
                }
                nicknamed = true;
                q = ne + gap;
                continue;
            } else {
                break;
            }
            match bytes::space_width_at(b, end) {
                0 => break,
                gap => q = end + gap,
            }
        }
        (end, count, first_flags, stop)
    }

    /// A name after an honorific or role word that ends at `e`; `dot`: a
    /// `.` may come between them (after an honorific or an abbreviation).
    /// `lone`: whether one unlisted capitalised word is a name by itself
    /// here, where after most roles it is as often a product or a place
    /// ("patient Portal", "client Acme"): after a relative's word ("his
    /// daughter Adaeze", "her brother, Obinna, called") and after a form's
    /// label for a part of a name ("Last name: Abernathy-Kwon").
    fn name_after(&mut self, names: &Names, e: usize, honorific: bool, dot: bool, lone: Lone) {
        let b = self.b;
        let mut p = e;
        if dot && b.get(p) == Some(&b'.') {
            p += 1;
        }
        // No comma follows a title: "4418 Hillcrest Dr., Madison, WI" is
        // a street's Drive and its city.
        if honorific && b.get(p) == Some(&b',') {
            return;
        }
        // A numbered label: "Witness 1: Siosaia Fifita".
        if !honorific
            && b.get(p) == Some(&b' ')
            && b.get(p + 1).is_some_and(u8::is_ascii_digit)
            && b.get(p + 2) == Some(&b':')
        {
            p += 2;
        }
        // A relative's name in brackets: "daughter (Caitlin) at bedside".
        let bracketed = lone == Lone::Kin && b.get(p..p + 2) == Some(b" (");
        let q = if bracketed { p + 2 } else { name_gap(b, p) };
        if q == p || q >= b.len() || !aligned_label(b, e, &b[p..q]) {
            return;
        }
        let s = q;
        let Some((end, count, place)) = self.name_span(names, q, true) else {
            self.caps_name_after(names, q, honorific, lone);
            return;
        };
        // The first word, after any initials ("J. Smith").
        let mut fw = s;
        while let Some(ie) = initial(b, fw) {
            fw = ie + bytes::space_width_at(b, ie);
        }
        let first_end = name_word(b, fw).unwrap_or(end);
        let first = names.flags_in(b, fw, first_end);
        let known = first & (IS_FIRST | IS_LAST) != 0;
        let score = if honorific {
            0.9
        } else if known {
            0.85
        } else if count >= 2 || fw > s {
            // Two unlisted capitalised words, or one after an initial
            // ("Officer J. Okonkwo").
            0.6
        } else if lone == Lone::Kin
            && (&b[p..q] == b" "
                || &b[p..q] == b", " && b.get(end) == Some(&b',')
                || bracketed && b.get(end) == Some(&b')'))
        {
            // "his daughter Adaeze", set off by commas ("her brother,
            // Obinna, called") or in brackets ("daughter (Priya)"); not
            // after a colon, as family histories write conditions
            // ("Mother: Hypertension")
            0.7
        } else if lone == Lone::Part && !placeholder(&b[s..end]) {
            // "First name: Sunny", "Surname: Abernathy-Kwon"
            0.75
        } else {
            return;
        };
        // A form's label vouches for an ambiguous word ("First name: Will"),
        // and so does a relative's word mid-sentence for a given name ("her
        // sister Hope", "mother Dawn"), a little less.
        let kin_given = lone == Lone::Kin && first & IS_FIRST != 0 && &b[p..q] == b" ";
        let ambiguous = first & IS_AMBIGUOUS != 0 && count == 1 && lone != Lone::Part && !kin_given;
        if !honorific && (ambiguous || place) {
            return;
        }
        let score: f32 = if first & IS_AMBIGUOUS != 0 && count == 1 && kin_given { 0.65 } else { score };
        self.push_name(if honorific { "name_honorific" } else { "name_role" }, s, end, score);
        // A label's second name after "and": "Borrowers: Adaeze
        // Whitmore-Kovač and Florian Kovač", "Plaintiffs: Ana Ruiz and
        // Tomás Ruiz". Two words at least, or one listed.
        if !honorific && b.get(p) == Some(&b':') && b.get(end..end + 5) == Some(b" and ") {
            let s2 = end + 5;
            if let Some((end2, count2, place2)) = self.name_span(names, s2, false) {
                let flags = names.flags_in(b, s2, name_word(b, s2).unwrap_or(end2));
                let listed = flags & (IS_FIRST | IS_LAST) != 0 && flags & IS_AMBIGUOUS == 0;
                if !place2 && (count2 >= 2 || listed) {
                    self.push_name("name_role", s2, end2, score.min(0.85));
                }
            }
        }
    }

    /// A name in lower case, as chat and quick notes write one ("pt is
    /// maria gonzalez", "call mr. nguyen", "her husband jorge said"), after
    /// a role's, relative's or honorific's word in lower case that ends at
    /// `e`: one or two lower-case words, each on the name lists (looked up
    /// as capitalised) and none a word that is often no name. What the
    /// words must be depends on the word before them ([`Lower`]); most
    /// lower-case words after a role are no name ("pt is alert"), so every
    /// rule asks the lists.
    fn lower_name_after(&mut self, names: &Names, e: usize, kind: Lower) {
        let b = self.b;
        let mut q = e;
        match b.get(q) {
            Some(b' ') => q += 1,
            Some(b',' | b':') if kind != Lower::Honorific && b.get(q + 1) == Some(&b' ') => q += 2,
            _ => return,
        }
        // A role's link starts with `i` or `n`.
        let lead = b.get(q).copied().unwrap_or(0);
        if !lead.is_ascii_lowercase() || kind == Lower::Role && b[q - 2] != b':' && lead != b'i' && lead != b'n' {
            return;
        }
        // "pt is maria gonzalez", "patient named john smith", "pt: maria
        // gonzalez". A role word mid-sentence is followed by a lower-case
        // word nearly always ("the patient was seen"): without the link or
        // the colon, the lists are not asked.
        if kind == Lower::Role && b[q - 2] != b':' {
            if b[q..].starts_with(b"is ") {
                q += 3;
            } else if b[q..].starts_with(b"named ") {
                q += 6;
            } else {
                return;
            }
        }
        let word = |at: usize| {
            let end = run(b, at, 24, |c| c.is_ascii_lowercase() || c == b'\'' || c == b'-');
            let whole = end > at + 1 && b[end - 1].is_ascii_lowercase() && bound_after(b, end);
            whole.then(|| (end, names.title_case_flags(&b[at..end])))
        };
        let listed = |f: u8| f & (IS_FIRST | IS_LAST) != 0 && f & IS_NON_NAME == 0;
        let Some((first_end, first)) = word(q) else { return };
        if !listed(first) {
            return;
        }
        let second = (b.get(first_end) == Some(&b' ')).then(|| word(first_end + 1)).flatten();
        let surname = second.filter(|&(_, f)| f & IS_LAST != 0 && listed(f));
        let (end, score) = match (kind, surname) {
            // "mr. nguyen", "dr. john smith"
            (Lower::Honorific, Some((se, _))) => (se, 0.8),
            (Lower::Honorific, _) if first & IS_LAST != 0 => (first_end, 0.8),
            // "doctor priya raghunathan": the given name at least
            (Lower::Honorific, _) if first & IS_FIRST != 0 && first & IS_AMBIGUOUS == 0 => (first_end, 0.7),
            // "pt is maria gonzalez": a given name and a surname.
            (Lower::Role, Some((se, _))) if first & IS_FIRST != 0 => (se, 0.7),
            // "her husband jorge", "his wife ana ruiz"
            (Lower::Kin, Some((se, _))) if first & IS_FIRST != 0 => (se, 0.75),
            (Lower::Kin, _) if first & IS_FIRST != 0 && first & IS_AMBIGUOUS == 0 => (first_end, 0.65),
            _ => return,
        };
        self.push_name("name_lower_case", q, end, score);
    }

    /// The speaker's name after an introduction ending at `e`, as callers
    /// give it and speech-to-text writes it, in lower case as often as not:
    /// one to three words, then a pause (a comma, a full stop) or a word
    /// that goes on the sentence ("calling", "from", "and", "i").
    /// - After "this is" the first word must be a listed given name and
    ///   a caller's word must follow: "calling", "with", "from" or "at"
    ///   ("this is dana with great lakes reference lab", "this is Kevin at
    ///   Capitol Drive Pharmacy"). "This is Mercy Hospital calling" names
    ///   no one, nor does "this is fine";
    /// - after "my name is", any words but an article's or an adverb's,
    ///   and two when the first is on no list ("my name is rukhsana
    ///   qureshi-lindqvist i got a bill").
    fn introduction(&mut self, names: &Names, e: usize, named: bool) {
        const NOT_NAMES: &[&[u8]] = &[
            b"the",
            b"a",
            b"an",
            b"your",
            b"our",
            b"his",
            b"her",
            b"their",
            b"my",
            b"not",
            b"just",
            b"about",
            b"for",
            b"to",
            b"in",
            b"on",
            b"is",
            b"was",
            b"so",
            b"very",
            b"really",
            b"also",
            b"still",
            b"spelled",
            b"dr",
            b"doctor",
            b"nurse",
            b"mr",
            b"mrs",
            b"ms",
            b"regarding",
            b"re",
            b"urgent",
            b"important",
        ];
        const GOES_ON: &[&[u8]] = &[
            b"calling",
            b"with",
            b"from",
            b"at",
            b"and",
            b"i",
            b"i'm",
            b"im",
            b"my",
            b"date",
            b"dob",
            b"here",
            b"again",
            b"please",
            b"thank",
            b"thanks",
            b"um",
            b"uh",
            b"so",
            b"speaking",
            b"returning",
            b"the",
        ];
        const CALLER: &[&[u8]] = &[b"calling", b"with", b"from", b"at"];
        let b = self.b;
        if b.get(e) != Some(&b' ') {
            return;
        }
        let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80 || c == b'\'' || c == b'-';
        let one_of = |list: &[&[u8]], w: &[u8]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
        let q = e + 1;
        let (mut at, mut words, mut end) = (q, 0, q);
        let mut first = 0u8;
        let mut next = &b""[..];
        while words < 4 {
            let we = run(b, at, 24, letter);
            if we == at || !bound_after(b, we) {
                break;
            }
            let w = &b[at..we];
            if words == 0 && one_of(NOT_NAMES, w) || words > 0 && one_of(GOES_ON, w) {
                next = &b[at..we];
                break;
            }
            if words == 3 {
                return;
            }
            let flags = names.title_case_flags(&b[at..we]);
            if flags & (IS_NON_NAME | IS_PLACE) != 0 && !(words == 0 && flags & IS_FIRST != 0) {
                return;
            }
            if words == 0 {
                first = flags;
            }
            words += 1;
            end = we;
            if b.get(we) != Some(&b' ') {
                break;
            }
            at = we + 1;
        }
        if words == 0 {
            return;
        }
        let paused = next.is_empty() && matches!(b.get(end), Some(b',' | b'.' | b';' | b'!' | b'?' | b'"') | None);
        // An ambiguous given name is a name here: "this is June calling".
        let listed = first & IS_FIRST != 0;
        let ok =
            if named { (paused || !next.is_empty()) && (listed || words >= 2) } else { listed && one_of(CALLER, next) };
        if ok {
            self.push_name("name_introduction", q, end, if listed { 0.75 } else { 0.7 });
        }
    }

    /// An all-capitals name at `p`, right after an honorific or role word,
    /// as record headers write names ("Name: GARCIA, ROSA M.", "Dr.
    /// NGUYEN", "PATIENT: JOHN A. SMITH"): up to three words of capitals
    /// (with `'` and `-` inside), the first of which may end in a comma
    /// ("SURNAME, GIVEN"), and middle initials between them. Capitals are
    /// as often an acronym ("Patient: HTN, DM"), so every word but the
    /// first after an honorific must be on the name lists, written as a
    /// capitalised name, and a lone ambiguous name ("WILL") is not one; an
    /// unlisted surname before a comma is one when a listed given name
    /// follows ("Patient: HALVORSEN, MARIE"). After a form's label for a
    /// part of a name ([`Lone::Part`]) the words need not be listed
    /// ("Surname: ABERNATHY") unless the first is a placeholder; after
    /// "Name:" ([`Lone::Name`]) only "SURNAME, GIVEN" need not be ("Name:
    /// OKAFOR, CHIDINMA A"), and a word alone must be listed. A listed
    /// given name vouches for an unlisted surname after it
    /// ("PATIENT: WALTER J. KRASINSKI").
    fn caps_name_after(&mut self, names: &Names, p: usize, honorific: bool, lone: Lone) {
        let b = self.b;
        // Nearly every word after a role word is in lower case.
        let first = caps_word(b, p);
        if first.is_none() && initial(b, p).is_none() {
            return;
        }
        // "Surname: ABERNATHY"; "Name: OKAFOR, CHIDINMA" (but not "Name:
        // CT CHEST").
        let label = lone == Lone::Part && first.is_some_and(|we| !placeholder(&b[p..we]))
            || lone == Lone::Name && first.is_some_and(|we| b[we..].starts_with(b", "));
        // "HALVORSEN, MARIE": a listed given name after the comma vouches
        // for the surname before it, as in title case.
        let surname_comma = first.is_some_and(|we| {
            b[we..].starts_with(b", ")
                && caps_word(b, we + 2).is_some_and(|ge| names.title_case_flags(&b[we + 2..ge]) & IS_FIRST != 0)
        });
        // "PATIENT: WALTER KRASINSKI": a listed given name vouches for an
        // unlisted surname after it, if that is a word (with a vowel)
        // rather than an acronym.
        let given_first = first.is_some_and(|we| {
            let f = names.title_case_flags(&b[p..we]);
            let given = f & IS_FIRST != 0 && f & (IS_AMBIGUOUS | IS_NON_NAME) == 0;
            // The next word, after a middle initial if there is one.
            let mut q = we + bytes::space_width_at(b, we);
            if let Some(ie) = initial(b, q) {
                q = ie + bytes::space_width_at(b, ie);
            }
            let vowel = caps_word(b, q).is_some_and(|se| b[q..se].iter().any(|c| b"AEIOUY".contains(c)));
            given && vowel
        });
        let (end, count, first_flags, _) = self.name_words::<true>(names, p, true, |flags, n| {
            flags & IS_NON_NAME == 0
                && (flags & (IS_FIRST | IS_LAST) != 0
                    || label
                    || n == 0 && (honorific || surname_comma)
                    || n == 1 && given_first)
        });
        // "HOLLOWAY-BANKS, Augusta M.", "MCALLISTER-NWOSU, PHILIPPA J": after
        // the surname in capitals and its comma, a word that a middle
        // initial follows is the given name, listed or not.
        let (end, count) = match given_before_initial(names, b, end) {
            Some(ge) if count == 1 => (ge, 2),
            _ => (end, count),
        };
        let listed = first_flags & (IS_FIRST | IS_LAST) != 0;
        let lone_ok = match lone {
            Lone::Part => label,
            Lone::Name => listed && first_flags & IS_AMBIGUOUS == 0,
            _ => first_flags & IS_AMBIGUOUS == 0,
        };
        if count == 0 || count == 1 && !honorific && !lone_ok {
            return;
        }
        let (score, id) = if honorific { (0.9, "name_honorific") } else { (0.85, "name_role") };
        self.push_name(id, p, end, score);
    }

    /// A name right before ", " and a role word, as a caption or a
    /// signature block writes it ("MARIA ELENA RODRIGUEZ, Plaintiff",
    /// "Jennifer Liu, counsel", "WALTER KRASINSKI, Deceased"): up to three
    /// words, capitalised or in capitals, with middle initials between
    /// them. Every word must be on the name lists (written as a
    /// capitalised name), but the last may be an unlisted surname after a
    /// listed given name; a lone word must not be an ambiguous one. `role`
    /// is where the role word (or what leads to it, [`role_lead`]) starts.
    fn name_before_role(&mut self, names: &Names, role: usize, closed: bool) {
        let b = self.b;
        // A role in brackets after the name, as minutes and logs list
        // people: "Nomvula Dlamini (pharmacist)".
        let bracketed = role >= 4 && &b[role - 2..role] == b" (" && closed;
        if role < 4 || &b[role - 2..role] != b", " && !bracketed {
            return;
        }
        let end = role - 2;
        // `start`: where the name starts so far; `at`: where the word
        // before it ends.
        let (mut start, mut at, mut count, mut flags, mut unlisted) = (end, end, 0, 0, false);
        while count < 3 {
            // A middle initial between two words: "JOSEPHINE A. KRASINSKI".
            if count > 0
                && at >= 3
                && b[at - 1] == b'.'
                && initial(b, at - 2) == Some(at)
                && let Some(e) = word_end_before(b, at - 2)
            {
                at = e;
                continue;
            }
            let ws = name_word_start(b, at);
            let word = if name_word(b, ws) == Some(at) {
                names.flags_in(b, ws, at)
            } else if caps_word(b, ws) == Some(at) {
                names.title_case_flags(&b[ws..at])
            } else {
                break;
            };
            if word & IS_NON_NAME != 0 {
                break;
            }
            if word & (IS_FIRST | IS_LAST) == 0 {
                // The surname of "WALTER KRASINSKI": only as the last word
                // (any word before a bracketed role).
                if count > 0 && !bracketed || word & IS_PLACE != 0 {
                    break;
                }
                unlisted = true;
            }
            flags = word;
            count += 1;
            start = ws;
            match word_end_before(b, ws) {
                Some(e) => at = e,
                None => break,
            }
        }
        let vouched = !unlisted || count >= 2 && flags & IS_FIRST != 0 && flags & IS_AMBIGUOUS == 0;
        if count == 0 || count == 1 && flags & IS_AMBIGUOUS != 0 {
            return;
        }
        if vouched {
            self.push("pii.person_name", "name_role", start, end, 0.85, 1);
        } else if count >= 2
            && b[start].is_ascii_uppercase()
            && b[start + 1].is_ascii_lowercase()
            && (bracketed || !b[start..end].windows(2).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase()))
        {
            // Two capitalised words before a bracketed role, or set off by
            // a comma and in no capitals ("Hollis & Brandt LLP, counsel"
            // is a firm), need no list: the role says who they are
            // ("Intake by Fenwick Oduya, paralegal").
            self.push_name("name_role", start, end, 0.7);
        }
    }

    /// A name right before a professional credential at `cred..cred_end`,
    /// as signatures and reports write clinicians and lawyers ("Anand
    /// Subramaniam, MD", "Harriet K. Vance NP", "Jane Doe, Esq."): one to
    /// three capitalised words, with initials between or before them, set
    /// off by ", " or a space. Two words need not be on the lists (0.75; 0.85
    /// when the first is); one word must be a listed, unambiguous name.
    /// No word may be one that is often no name or a place's word. A
    /// credential that is also a state's code (`state`: "MD", "PA") is a
    /// state after a city ("Baltimore, MD 21201", "lives in Silver Spring,
    /// MD"): no number may follow it, and two unlisted words without an
    /// initial must not follow a word that places them ("in", "from" …).
    fn name_before_credential(&mut self, names: &Names, cred: usize, cred_end: usize, state: bool) {
        let b = self.b;
        let end = if cred >= 3 && &b[cred - 2..cred] == b", " {
            cred - 2
        } else if cred >= 2 && b[cred - 1] == b' ' {
            cred - 1
        } else {
            return;
        };
        // A ZIP code or other number after it: an address's state.
        let mut z = cred_end + usize::from(b.get(cred_end) == Some(&b'.'));
        while b.get(z) == Some(&b' ') {
            z += 1;
        }
        if b.get(z).is_some_and(u8::is_ascii_digit) {
            return;
        }
        let (mut start, mut at) = (end, end);
        let (mut words, mut initials, mut first_flags, mut listed_all) = (0, 0, 0u8, true);
        let (mut capitals, mut listed_any) = (false, false);
        while words + initials < 5 && words < 3 {
            let mut ws = name_word_start(b, at);
            if at >= 2 && b[at - 1] == b'.' && initial(b, at - 2) == Some(at) {
                initials += 1;
                start = at - 2;
                ws = at - 2;
            } else if ws < at
                && let caps = caps_word(b, ws) == Some(at)
                && !credential_word(&b[ws..at])
                && (caps || name_word(b, ws) == Some(at) && !HONORIFICS.contains(&&b[ws..at]))
            {
                // In capitals as a caption writes a party ("AMIT DESHPANDE,
                // M.D."), a word is looked up as the capitalised name.
                let flags = if caps { names.title_case_flags(&b[ws..at]) } else { names.flags_in(b, ws, at) };
                capitals |= caps;
                listed_any |= flags & (IS_FIRST | IS_LAST) != 0;
                // An initial before the word vouches for it ("J. Park RN"),
                // but not before a state's code ("N. Park, MD").
                let initialled = words == 0 && !state && ws >= 3 && initial(b, ws - 3) == Some(ws - 1);
                if flags & (IS_NON_NAME | IS_PLACE) != 0 && !initialled {
                    break;
                }
                words += 1;
                first_flags = flags;
                listed_all &= flags & (IS_FIRST | IS_LAST) != 0;
                start = ws;
            } else {
                break;
            }
            match word_end_before(b, ws) {
                Some(e) => at = e,
                None => break,
            }
        }
        let listed_first = first_flags & (IS_FIRST | IS_LAST) != 0;
        let enough = match words {
            0 => false,
            // "J. Park RN": an initial and a word, unless a state's code.
            1 if initials > 0 && !state => true,
            1 => listed_all && first_flags & IS_AMBIGUOUS == 0,
            _ => !state || listed_first || initials > 0 || !place_word_before(b, start),
        };
        // The name starts with a word or an initial, never with the text
        // of an unfinished initial run ("A. B. C."), and is not a lone initial
        // and credential ("J. MD").
        // Words in capitals are as often a heading's ("CALL MD", "NOTIFY
        // ATTENDING MD"): one of them must be on the lists.
        if !enough || initials > 0 && words == 0 || capitals && !listed_any {
            return;
        }
        let score = if listed_first { 0.85 } else { 0.75 };
        let start = if words == 1 && initials == 0 && end == cred - 1 {
            surname_first_in_a_column(names, b, start).unwrap_or(start)
        } else {
            start
        };
        self.push_name("name_credential", start, end, score);
    }

    /// A name after a nurse's or practitioner's credential written before
    /// it as a role ("Report given to RN T. Okonkwo", "seen by NP
    /// Alvarez"), the credential `b[s..e]`. An initial or a listed word
    /// must open the name: "RN Staffing Office" and "NP Clinic" are none.
    fn name_after_credential(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        if !matches!(&b[s..e], b"RN" | b"NP" | b"LPN" | b"LVN" | b"CNA" | b"RRT" | b"APRN" | b"CRNA") {
            return;
        }
        let q = name_gap(b, e);
        if q == e || q >= b.len() {
            return;
        }
        let vouched = initial(b, q).is_some()
            || name_word(b, q).is_some_and(|we| names.flags_in(b, q, we) & (IS_FIRST | IS_LAST) != 0);
        // "started by RN Kwabena Oduro-Lindqvist", "Found by RN Tavita
        // Faleolo": what a nurse did is signed with two capitalised words
        // that are no other words, listed or not.
        let signed = s >= 3 && b[s - 3..s].eq_ignore_ascii_case(b"by ") && {
            let plain = |ws: usize| {
                name_word(b, ws).filter(|&we| {
                    b[ws].is_ascii_uppercase() && names.flags_in(b, ws, we) & (IS_NON_NAME | IS_AMBIGUOUS) == 0
                })
            };
            plain(q).is_some_and(|we| b.get(we) == Some(&b' ') && plain(we + 1).is_some())
        };
        if vouched || signed {
            self.name_after(names, e, false, false, Lone::No);
        }
    }

    /// A listed surname between "the" and "estate" that starts at `s` ("the
    /// Kowalski estate"). Only a surname that is no other word: "the
    /// Medicare estate" and "the Apple estate" give nothing.
    fn surname_before_estate(&mut self, names: &Names, s: usize) {
        let b = self.b;
        let Some(we) = word_end_before(b, s) else { return };
        let ws = name_word_start(b, we);
        if ws < 4 || name_word(b, ws) != Some(we) || !b[ws - 4..ws].eq_ignore_ascii_case(b"the ") {
            return;
        }
        let flags = names.flags_in(b, ws, we);
        if flags & IS_LAST != 0 && flags & (IS_NON_NAME | IS_AMBIGUOUS) == 0 {
            self.push_name("name_role", ws, we, 0.7);
        }
    }

    /// The writer's name on the line after a letter's or an e-mail's
    /// closing, whose last word is `b[s..e]` ("Thanks,\nPriyanka", "Best
    /// regards,\n\nMarguerite Delacroix-Hale"). The closing is a line of
    /// its own that starts with a capital (at most a dozen bytes of words
    /// before its last: "Best", "Very truly"), "thank" only as "Thank
    /// you"; up to three blank lines may follow it, the room a printed
    /// letter leaves for the signature; and the name is the whole of the
    /// next line, up to a comma before a credential. Whatever line follows
    /// a closing is its writer's, so one unlisted or ambiguous word is a
    /// name here; a line that goes on after the name words is a sentence
    /// ("Thanks,\nPlease call"), and words that are no name ("Billing
    /// Team") give nothing.
    fn sign_off(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        let Some(lead) = line_lead(b, s, 12) else { return };
        if !lead.iter().all(|&c| c.is_ascii_alphabetic() || c == b' ') {
            return;
        }
        // A closing starts its line with a capital ("Best regards", "Thanks").
        if !lead.iter().chain(&b[s..e]).find(|&&c| c != b' ').is_some_and(u8::is_ascii_uppercase) {
            return;
        }
        let mut p = e;
        if b[s..e].eq_ignore_ascii_case(b"thank") {
            match b.get(p..p + 4) {
                Some(w) if w.eq_ignore_ascii_case(b" you") => p += 4,
                _ => return,
            }
        }
        if matches!(b.get(p), Some(b',' | b'!' | b'.')) {
            p += 1;
        }
        self.writer_line(names, p);
    }

    /// The reader's name after a greeting `b[s..e]` that opens its line
    /// ("Hi Priyanka,", "Hello Dana Whitfield!", "Dear Tavish:"): one to
    /// three name words after one space, and then a comma, "!", ":" or the
    /// line's end. Whoever a greeting addresses is named, so one unlisted
    /// or ambiguous word is a name here; words that are no name ("Dear
    /// Customer,", "Hi All,", "Dear Hiring Manager,") give nothing, and an
    /// honorific's name is its own rule's ("Dear Ms. Oyelaran,").
    fn greeting(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        if !line_opens_after(b, s, |c| c == b' ' || c == b'\t') || b.get(e) != Some(&b' ') {
            return;
        }
        let p = e + 1;
        // A span of two words or after an initial holds a space: no entry.
        let Some((end, first, q)) = self.line_name(names, p) else { return };
        if GREETED_NO_ONE.contains(&&b[p..end]) {
            return;
        }
        let closes = match b.get(q) {
            None | Some(b'\n') => true,
            Some(b',' | b'!' | b':') => q == end,
            _ => false,
        };
        if closes {
            let score = if first & (IS_FIRST | IS_LAST) != 0 { 0.85 } else { 0.75 };
            self.push_name("name_greeting", p, end, score);
        }
    }

    /// The people a mail's header block names, from its "From:" at `s..e`
    /// that opens a line: the sender, and the recipients on the "To:",
    /// "Cc:" and "Bcc:" lines up to its "Subject:" (at most six lines), as
    /// a mail program writes them when a thread is forwarded or pasted.
    /// Each of a line's entries (parted by semicolons) is one name when it
    /// is two or three name words ("Imogen Strand-Okafor"), one listed
    /// word, or "Surname, Given" ("Okonjo, Babatunde"), and ends there or
    /// before an address in angle brackets or a comma and a title ("From:
    /// Priyanka Deshmukh-Ward, Associate General Counsel"). Entries with a
    /// word that is no name ("Radiology Department", "All Staff") or a
    /// place's ("Mercy General Hospital") give nothing.
    #[cold]
    #[inline(never)]
    fn mail_header(&mut self, names: &Names, s: usize, e: usize) {
        let b = self.b;
        if b.get(e) != Some(&b':') || !line_opens_after(b, s, |c| c == b' ' || c == b'\t') {
            return;
        }
        let mut p = e + 1;
        let mut names_here = true;
        for _ in 0..6 {
            if names_here {
                self.mail_header_line(names, p);
            }
            // The next line, if the block goes on.
            let Some(nl) = b[p..].iter().position(|&c| c == b'\n').map(|i| p + i + 1) else { return };
            let label = run(b, nl, 8, |c| c.is_ascii_alphabetic());
            if b.get(label) != Some(&b':') {
                return;
            }
            let word = &b[nl..label];
            let recipients = [&b"To"[..], b"Cc", b"Bcc"].iter().any(|w| word.eq_ignore_ascii_case(w));
            let other = [&b"Sent"[..], b"Date"].iter().any(|w| word.eq_ignore_ascii_case(w));
            if !recipients && !other {
                return;
            }
            names_here = recipients;
            p = label + 1;
        }
    }

    /// The names on one header line from `p`, after its label's colon
    /// ([`Scan::mail_header`]).
    fn mail_header_line(&mut self, names: &Names, mut p: usize) {
        let b = self.b;
        let takes = |flags: u8, _| flags & IS_NON_NAME == 0;
        for _ in 0..16 {
            p = run(b, p, 24, |c| c == b' ' || c == b'\t');
            let (end, count, first, stop) = self.name_words::<false>(names, p, false, takes);
            if count == 0 || stop & IS_PLACE != 0 {
                return;
            }
            let mut span_end = end;
            let mut listed = first & (IS_FIRST | IS_LAST) != 0;
            let mut words = count;
            // "Surname, Given": one word before the comma, one or two after.
            if count == 1 && b.get(end..end + 2) == Some(b", ") {
                let (end2, count2, first2, stop2) = self.name_words::<false>(names, end + 2, false, takes);
                if count2 >= 1 && stop2 & IS_PLACE == 0 && mail_entry_ends(b, end2) {
                    span_end = end2;
                    listed |= first2 & (IS_FIRST | IS_LAST) != 0;
                    words = 2;
                }
            }
            let ends = mail_entry_ends(b, span_end) || span_end == end && b.get(end..end + 2) == Some(b", ");
            if !ends {
                return;
            }
            if let Some(score) = placed_name_score(words, listed, first & IS_AMBIGUOUS != 0) {
                self.push_name("name_mail_header", p, span_end, score);
            }
            // The next entry, after a semicolon; anything else ends the line's names.
            let q = run(b, span_end, 256, |c| c != b';' && c != b'\n');
            if b.get(q) != Some(&b';') {
                return;
            }
            p = q + 1;
        }
    }

    /// The name words that open `b[p..]` for [`Scan::greeting`] and
    /// [`Scan::writer_line`] ([`Scan::name_words`], none a word that is no
    /// name), unless there are none or a place's word ends them: their
    /// end, the first word's flags, and where the line goes on after them
    /// (spaces, tabs and a carriage return passed over).
    fn line_name(&self, names: &Names, p: usize) -> Option<(usize, u8, usize)> {
        let (end, count, first, stop) = self.name_words::<false>(names, p, false, |flags, _| flags & IS_NON_NAME == 0);
        if count == 0 || stop & IS_PLACE != 0 {
            return None;
        }
        let mut q = end;
        while matches!(self.b.get(q), Some(b' ' | b'\t' | b'\r')) {
            q += 1;
        }
        Some((end, first, q))
    }

    /// The writer's name on the line after `p`, the end of a closing or of
    /// an e-mail's signature separator ("--"): up to three blank lines may
    /// come first, and the name is the whole line, up to a comma before a
    /// credential (see [`Scan::sign_off`]).
    fn writer_line(&mut self, names: &Names, mut p: usize) {
        let b = self.b;
        let mut breaks = 0;
        while let Some(&c) = b.get(p) {
            match c {
                b'\n' => breaks += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => break,
            }
            p += 1;
        }
        if breaks == 0 || breaks > 4 || p >= b.len() {
            return;
        }
        let Some((end, first, q)) = self.line_name(names, p) else { return };
        if q < b.len() && b[q] != b'\n' && b[q] != b',' {
            return;
        }
        let score = if first & (IS_FIRST | IS_LAST) != 0 { 0.85 } else { 0.7 };
        self.push_name("name_sign_off", p, end, score);
    }

    /// [`Scan::name_from_lexicon`] at a capitalised word that goes on in
    /// accented letters, which the word pass meets rarely: kept apart, so
    /// the common call inlines.
    #[cold]
    #[inline(never)]
    fn accented_name(&mut self, names: &Names, s: usize) -> Option<usize> {
        let e = name_word(self.b, s)?;
        self.name_from_lexicon(names, s, e)
    }

    #[inline(always)]
    fn name_from_lexicon(&mut self, names: &Names, s: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let flags = match self.last_name_word {
            (ls, le, flags) if (ls, le) == (s, e) => flags,
            _ => names.flags_in(b, s, e),
        };
        if flags & IS_FIRST != 0 {
            let (end, count, place) = self.name_span(names, s, false)?;
            if saint_or_place_before(b, s) {
                return Some(end); // "St. Luke's", "San Jose"
            }
            // "PEARSON, Margaret": a surname in capitals before the comma.
            if !place
                && s >= 4
                && &b[s - 2..s] == b", "
                && let Some(ss) = caps_surname_before(names, b, s - 2)
            {
                self.push_name("name_lexicon", ss, end, 0.85);
                return Some(end);
            }
            if count >= 2 {
                if place {
                    return Some(end); // "Martin Luther King Street"
                }
                // Last word decides the confidence.
                let mut ls = end;
                while ls > s && !space_before(b, ls) {
                    ls -= 1;
                }
                let last = names.flags_in(b, ls, end);
                let score = if last & (IS_LAST | IS_FIRST) != 0 { 0.85 } else { 0.7 };
                self.push_name("name_lexicon", s, end, score);
                return Some(end);
            }
            // The name word may run on past the word ("Mei-ling").
            let e = end.max(e);
            if flags & IS_AMBIGUOUS == 0 && !place && !firm_or_place_after(b, e) {
                self.push_name("name_lexicon", s, e, 0.6);
            }
            return Some(e);
        }
        // A listed surname after an unlisted capitalised word is the second
        // word of a name ("Marisol Kowalski"); after a word that opens a
        // sentence or clause it is a name by itself ("When Smith arrived"),
        // unless it is also a given name, which is left to its own turn and
        // reads a surname after it ("When Thomas Smith arrived").
        let opener = flags & IS_STARTER != 0;
        let gap = bytes::space_width_at(b, e);
        if (opener || flags & (IS_NON_NAME | IS_LAST) == 0)
            && gap > 0
            && let Some(le) = name_word(b, e + gap)
        {
            let next = names.flags_in(b, e + gap, le);
            let no_surname = IS_NON_NAME | IS_AMBIGUOUS | if opener { IS_FIRST } else { 0 };
            if next & (IS_LAST | no_surname) == IS_LAST && !place_after(names, b, le) {
                self.push_name("name_lexicon", if opener { e + gap } else { s }, le, 0.7);
                return Some(le);
            }
            self.last_name_word = (e + gap, le, next);
        }
        // "Smith, John"
        if flags & IS_LAST != 0
            && b.get(e) == Some(&b',')
            && b.get(e + 1) == Some(&b' ')
            && let Some(fe) = name_word(b, e + 2)
            && name_word_flags(names, b, e + 2, fe) & IS_FIRST != 0
        {
            self.push_name("name_lexicon", s, fe, 0.8);
            return Some(fe);
        }
        // A nickname in quotes between two capitalised words makes them a
        // name, listed or not ("Ryszard \"Rich\" Kowalczyk").
        if b.get(e) == Some(&b' ')
            && b.get(e + 1).is_some_and(|&c| c != b'(' && may_open_nickname(c))
            && flags & IS_NON_NAME == 0
            && let Some(end) = self.nicknamed_name(names, s, e)
        {
            return Some(end);
        }
        None
    }

    /// "Ryszard \"Rich\" Kowalczyk": a capitalised word at `s..e`, a
    /// nickname in quotes and a capitalised word that is no place's or
    /// non-name's word; the whole is a name if the nickname or a word
    /// around it is on the name lists ("Click \"Save\" Button" is none).
    #[cold]
    fn nicknamed_name(&mut self, names: &Names, s: usize, e: usize) -> Option<usize> {
        let b = self.b;
        let ne = nickname(b, e + 1)?;
        let ws = ne + bytes::space_width_at(b, ne);
        if ws == ne {
            return None;
        }
        let we = name_word(b, ws)?;
        let last = names.flags_in(b, ws, we);
        if last & (IS_NON_NAME | IS_PLACE) != 0 {
            return None;
        }
        let (open, close) = nickname_mark_at(b, e + 1)?;
        let (ns, nn) = (e + 1 + open, ne - close.len());
        let listed = |f: u8| f & (IS_FIRST | IS_LAST) != 0;
        if !listed(names.flags_in(b, ns, nn)) && !listed(names.flags_in(b, s, e)) && !listed(last) {
            return None;
        }
        self.push_name("name_lexicon", s, we, 0.7);
        Some(we)
    }

    // ---------- email, URL, secrets ----------

    fn email(&mut self, names: &Names, at: usize) {
        let b = self.b;
        let local = |c: u8| c.is_ascii_alphanumeric() || b"._%+-_".contains(&c);
        let mut ls = at;
        // Two dashes end the local part from the left: a separator line or
        // PEM armour glued to the address ("-----jane@mercy.org").
        while ls > 0 && at - ls < 64 && local(b[ls - 1]) && !(ls >= 2 && b[ls - 1] == b'-' && b[ls - 2] == b'-') {
            ls -= 1;
        }
        // Dots and dashes do not start an address ("-----jane@mercy.org"
        // after PEM armour or a separator line).
        while ls < at && (b[ls] == b'.' || b[ls] == b'-') {
            ls += 1;
        }
        if ls == at {
            self.mention(names, at);
            return;
        }
        if !bound_before(b, ls) {
            return;
        }
        let mut de = run(b, at + 1, 253, |c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-');
        // Three dashes end the domain: an address glued to a separator line
        // or PEM armour ("jane@mercy.org-----BEGIN ...").
        if let Some(k) = b[at + 1..de].windows(3).position(|w| w == b"---") {
            de = at + 1 + k;
        }
        while de > at + 1 && (b[de - 1] == b'.' || b[de - 1] == b'-') {
            de -= 1;
        }
        if !bound_after(b, de) || b[at - 1] == b'.' || machine_id(&b[ls..at]) || message_id_at(b, ls) {
            return;
        }
        if v::email_domain(&b[at + 1..de]) {
            self.push("pii.email", "email", ls, de, 0.95, 2);
            if ls >= 3 && &b[ls - 2..ls] == b" (" {
                self.name_before_own_address(names, ls - 2, ls, at);
            }
            if ls >= 3 && &b[ls - 2..ls] == b" <" {
                self.display_name(names, ls - 2);
            }
            return;
        }
        // A sentence's full stop glued to a number ("jane@mercy.org.03/14"):
        // a last label of digits is not a top-level domain; try without it.
        if let Some(dot) = b[at + 1..de].iter().rposition(|&c| c == b'.')
            && b[at + 2 + dot..de].iter().all(u8::is_ascii_digit)
            && v::email_domain(&b[at + 1..at + 1 + dot])
        {
            self.push("pii.email", "email", ls, at + 1 + dot, 0.95, 2);
        }
    }

    /// The display name an e-mail header writes before an address in angle
    /// brackets, which ends at `end` ("From: Fenwick Kowalski
    /// <fk@firm.com>", "To: \"Priyanka Venkataraman\" <pv@firm.com>"): one
    /// to three capitalised words, in quotes or not, after a colon, a comma
    /// or the line's start, or two or three after a word in lower case
    /// ("deployed by Priyanka Raghunathan <p.r@example.org>", as a commit's
    /// or a log's author is written). Two or three words are a name whether listed
    /// or not; one only when it is a listed name that is not ambiguous
    /// ("Zoom <no-reply@zoom.us>" is none). Words that are no name rule it
    /// out ("Billing Department <billing@mercy.org>").
    fn display_name(&mut self, names: &Names, end: usize) {
        let b = self.b;
        let quoted = end >= 1 && b[end - 1] == b'"';
        let Some(NameWords { start, words, listed, first_flags: flags }) =
            name_words_before(names, b, end - usize::from(quoted), IS_NON_NAME)
        else {
            return;
        };
        if quoted && (start == 0 || b[start - 1] != b'"') {
            return;
        }
        let open = start - usize::from(quoted);
        let lead = b[..open].iter().rev().find(|&&c| c != b' ' && c != b'"');
        // Or two or three words after a word in lower case, as a commit's
        // or a log's line writes its author ("deploy f0272648 by Priyanka
        // Raghunathan <p.raghunathan@example.org>").
        let after_prose = words >= 2 && open >= 2 && b[open - 1] == b' ' && b[open - 2].is_ascii_lowercase();
        if !matches!(lead, None | Some(b':' | b',' | b'\n' | b';')) && !after_prose {
            return;
        }
        if let Some(score) = placed_name_score(words, listed, flags & IS_AMBIGUOUS != 0) {
            self.push_name("name_display", start, end - usize::from(quoted), score);
        }
    }

    /// Two or three capitalised words before an address in brackets whose
    /// local part `b[ls..at]` spells one of them, as a chat's or a
    /// report's line writes a person: "Negotiator: Wren Castellanos-Obi
    /// (wren.castellanos-obi@example.com)". The address vouches for the
    /// words, listed or not; "Billing Department (billing@…)" has a word
    /// that is no name. `end`: the space before the bracket.
    #[cold]
    fn name_before_own_address(&mut self, names: &Names, end: usize, ls: usize, at: usize) {
        let b = self.b;
        let Some(NameWords { start, words, .. }) = name_words_before(names, b, end, IS_NON_NAME | IS_PLACE) else {
            return;
        };
        if words < 2 || !bound_before(b, start) {
            return;
        }
        let local = &b[ls..at];
        let spelled = b[start..end]
            .split(|&c| c == b' ')
            .any(|w| w.len() >= 3 && local.windows(w.len()).any(|l| l.eq_ignore_ascii_case(w)));
        if spelled {
            self.push_name("name_display", start, end, 0.8);
        }
    }

    fn url(&mut self, s: usize, e: usize) {
        let b = self.b;
        if s > 0 && (b[s - 1] == b'/' || b[s - 1] == b'.') {
            return;
        }
        // Up to whitespace, a control character or a delimiter; non-ASCII
        // path characters ("/aß/x") belong to the URL like ASCII ones.
        let mut q = e;
        for (i, ch) in self.text[e..].char_indices() {
            if i >= 2048
                || ch.is_whitespace()
                || ch.is_control()
                || ch.is_ascii() && b"<>\"'`{}|\\^".contains(&(ch as u8))
            {
                break;
            }
            q = e + i + ch.len_utf8();
        }
        while q > e && b".,;:!?)]".contains(&b[q - 1]) {
            q -= 1;
        }
        let host_end = run(b, e, 255, |c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-' || c == b':');
        let host = &b[e..host_end];
        if q <= e + 3 || !host.contains(&b'.') && !host.starts_with(b"localhost") {
            return;
        }
        // Trailing punctuation trimmed from `q` may have ended the host
        // ("http://a.example.").
        let path_start = host_end.min(q);
        let score = if url_may_name_someone(&b[e..path_start], &b[path_start..q]) { 0.8 } else { 0.45 };
        self.push("pii.url", "url", s, q, score, 1);
        self.url_secret_params(path_start, q);
    }

    /// Credentials in a URL's query or fragment (`host_end..q`):
    /// "?access_token=…", "&api_key=…", "#id_token=…", "&sig=…",
    /// "&password=…". The value is a `secret.generic_api_key`, which wins
    /// over the URL around it (the URL's other parts stay URL findings), so
    /// a policy that lets URLs out still holds back the key in one. A
    /// token's value has 16 to 512 characters with a letter and a digit; a
    /// password's 6 or more with a letter and something else.
    fn url_secret_params(&mut self, host_end: usize, q: usize) {
        const TOKEN_PARAMS: &[&[u8]] = &[
            b"access_token",
            b"refresh_token",
            b"id_token",
            b"auth_token",
            b"token",
            b"api_key",
            b"apikey",
            b"api-key",
            b"key",
            b"secret",
            b"client_secret",
            b"sig",
            b"signature",
            b"x-amz-signature",
            b"x-goog-signature",
        ];
        const PASSWORD_PARAMS: &[&[u8]] = &[b"password", b"passwd", b"pwd", b"pass"];
        let b = self.b;
        let Some(query) = b[host_end..q].iter().position(|&c| c == b'?' || c == b'#') else {
            return;
        };
        let mut p = host_end + query + 1;
        while p < q {
            let pair_end = p + b[p..q].iter().position(|&c| c == b'&' || c == b'#' || c == b';').unwrap_or(q - p);
            if let Some(eq) = b[p..pair_end].iter().position(|&c| c == b'=') {
                let name = &b[p..p + eq];
                let (vs, ve) = (p + eq + 1, pair_end);
                let value = &b[vs..ve];
                let ok_char = value.iter().all(|&c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~' | b'%' | b'+' | b'/' | b'=')
                });
                let letter = value.iter().any(u8::is_ascii_alphabetic);
                let digit = value.iter().any(u8::is_ascii_digit);
                let token = TOKEN_PARAMS.iter().any(|t| t.eq_ignore_ascii_case(name))
                    && (16..=512).contains(&value.len())
                    && letter
                    && digit;
                let password = PASSWORD_PARAMS.iter().any(|t| t.eq_ignore_ascii_case(name))
                    && value.len() >= 6
                    && letter
                    && value.iter().any(|c| !c.is_ascii_alphabetic());
                if ok_char && (token || password) {
                    self.push(GENERIC_KEY, "url_secret_param", vs, ve, 0.9, 3);
                }
            }
            p = pair_end + 1;
        }
    }

    fn aws(&mut self, s: usize) {
        let b = self.b;
        let q = run(b, s + 4, 16, |c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if q - s == 20 && bound_after(b, q) && b[s + 4..q].iter().any(u8::is_ascii_digit) {
            self.push("secret.aws_access_key", "aws_access_key_id", s, q, 0.97, 3);
        }
    }

    #[allow(clippy::too_many_arguments)] // one call site per vendor; a struct would only rename the arguments
    fn token_secret(
        &mut self,
        s: usize,
        e: usize,
        class: &'static str,
        rec: &'static str,
        min: usize,
        max: usize,
        score: f32,
        pred: impl Fn(u8) -> bool,
    ) {
        let b = self.b;
        let q = run(b, e, max + 1, pred);
        let body = &b[e..q];
        if (min..=max).contains(&body.len()) && bound_after(b, q) && body.iter().any(u8::is_ascii_digit) {
            self.push(class, rec, s, q, score, 3);
        }
    }

    /// A password right after "password", "passwd", "pwd" or "passcode"
    /// and a filler (`: `, `=`, `is`, a quote): the characters up to a space
    /// or quote, less a sentence's closing punctuation, 6 to 128 of them,
    /// with a letter and a digit or symbol, or digits only ("password:
    /// Hunter2!Xq9", `"pwd": "s3cret-42"`, "passcode 482913"). A placeholder is none ("<password>", "${DB_PASSWORD}",
    /// "********", "[REDACTED]"), nor a word alone ("password: required").
    fn password(&mut self, p: usize) {
        let b = self.b;
        let mut q = run(b, p, 129, |c| c.is_ascii_graphic() && c != b'"' && c != b'\'' && c != b'`');
        while q > p && matches!(b[q - 1], b'.' | b',' | b';' | b':' | b')') {
            q -= 1;
        }
        let tok = &b[p..q];
        if !(6..=128).contains(&tok.len()) || matches!(tok[0], b'<' | b'[' | b'{' | b'$' | b'*' | b'%' | b'(') {
            return;
        }
        let letter = tok.iter().any(u8::is_ascii_alphabetic);
        let other = tok.iter().any(|c| !c.is_ascii_alphabetic());
        let one_char = tok.iter().all(|&c| c == tok[0]);
        let pin = tok.iter().all(u8::is_ascii_digit);
        if (letter && other || pin) && !one_char && !b[q..].starts_with(b"(") {
            self.push(GENERIC_KEY, "password_context", p, q, 0.85, 3);
        }
    }

    /// The password of a URL's user information ("postgres://admin:S3cr3t@db",
    /// "https://user:pass@host") whose `@` is at `at`: from after the first
    /// `:` following the scheme's `://` to the `@`; six characters at least,
    /// not a placeholder ("${PW}", "<password>"), not the user's name again.
    fn url_password(&mut self, at: usize) -> bool {
        let b = self.b;
        let lim = at.saturating_sub(256);
        let mut k = at;
        while k > lim && b[k - 1].is_ascii_graphic() && !matches!(b[k - 1], b'"' | b'\'' | b'<' | b'>' | b'@' | b'`') {
            k -= 1;
        }
        let Some(slashes) = find(&b[k..at], b"://") else { return false };
        // The scheme: the letters, digits, `+`, `.` and `-` right before
        // "://" ("DATABASE_URL=postgres://…"), starting with a letter.
        let mut scheme = k + slashes;
        while scheme > k && (b[scheme - 1].is_ascii_alphanumeric() || matches!(b[scheme - 1], b'+' | b'.' | b'-')) {
            scheme -= 1;
        }
        if scheme == k + slashes || !b[scheme].is_ascii_alphabetic() {
            return false;
        }
        let user_start = k + slashes + 3;
        let info = &b[user_start..at];
        if info.contains(&b'/') {
            return false;
        }
        let Some(colon) = info.iter().position(|&c| c == b':') else { return false };
        let ps = user_start + colon + 1;
        // Six characters at least, and not the user's name again (the
        // well-known defaults, "guest:guest").
        if at - ps < 6 || matches!(b[ps], b'<' | b'$' | b'{' | b'*' | b'[') || b[user_start..ps - 1] == b[ps..at] {
            return false;
        }
        self.push(GENERIC_KEY, "url_password", ps, at, 0.9, 3);
        true
    }

    /// A SendGrid key at `s`: "SG.", 22 key characters, ".", 43 more.
    fn sendgrid(&mut self, s: usize) {
        let b = self.b;
        let first = run(b, s + 3, 23, key_char);
        if first != s + 25 || b.get(first) != Some(&b'.') {
            return;
        }
        let second = run(b, first + 1, 44, key_char);
        if second == first + 44 && bound_after(b, second) {
            self.push(GENERIC_KEY, "sendgrid_key", s, second, 0.95, 3);
        }
    }

    fn openai(&mut self, s: usize, e: usize) {
        let b = self.b;
        let q = run(b, e, 300, |c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
        let body = &b[e..q];
        if !bound_after(b, q) || body.len() < 32 {
            return;
        }
        let legacy = body.windows(8).any(|w| w == b"T3BlbkFJ");
        let ent = v::shannon_entropy(body);
        if legacy || (ent >= 3.5 && body.iter().any(u8::is_ascii_digit) && body.iter().any(u8::is_ascii_uppercase)) {
            self.push("secret.openai_api_key", "openai_api_key", s, q, if legacy { 0.99 } else { 0.95 }, 3);
        }
    }

    fn pem(&mut self, s: usize, e: usize) {
        let b = self.b;
        let lim = (e + 64).min(b.len());
        let Some(close) = b[e..lim].windows(5).position(|w| w == b"-----") else {
            return;
        };
        let label = &b[e..e + close];
        if !(label.ends_with(b"PRIVATE KEY") || label.ends_with(b"PRIVATE KEY BLOCK")) {
            return;
        }
        let body_start = e + close + 5;
        // A key body is a few KB; bounding the search keeps many unterminated
        // BEGIN lines linear.
        let search_end = (body_start + (1 << 16)).min(b.len());
        let end = match find(&b[body_start..search_end], b"-----END") {
            Some(off) => {
                let after = body_start + off + 8;
                let lim2 = (after + 64).min(b.len());
                match find(&b[after..lim2], b"-----") {
                    Some(o2) => after + o2 + 5,
                    None => after,
                }
            }
            // Truncated key: take the base64 body.
            None => run(b, body_start, 1 << 16, |c| c.is_ascii_alphanumeric() || b"+/=\r\n :-".contains(&c)),
        };
        self.push("secret.private_key", "pem_private_key", s, end, 0.99, 3);
    }

    fn jwt(&mut self, s: usize) {
        let b = self.b;
        if !bound_before(b, s) {
            return;
        }
        let seg = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        let h_end = run(b, s, 4096, seg);
        if b.get(h_end) != Some(&b'.') {
            return;
        }
        let p_end = run(b, h_end + 1, 1 << 16, seg);
        if p_end - h_end < 4 || b.get(p_end) != Some(&b'.') || &b[h_end + 1..(h_end + 4).min(b.len())] != b"eyJ" {
            return;
        }
        let s_end = run(b, p_end + 1, 4096, seg);
        if bound_after(b, s_end) && v::jwt_header(&b[s..h_end]) {
            self.push("secret.jwt", "jwt", s, s_end, 0.95, 3);
        }
    }

    fn btc(&mut self, s: usize) {
        let b = self.b;
        if !bound_before(b, s) {
            return;
        }
        let q = run(b, s, 90, |c| c.is_ascii_alphanumeric());
        if bound_after(b, q) && v::bech32_btc(&b[s..q]) {
            self.push("fin.crypto_wallet", "btc_bech32", s, q, 0.95, 3);
        }
    }

    fn eth(&mut self, s: usize, e: usize) {
        let b = self.b;
        if !bound_before(b, s) {
            return;
        }
        let q = run(b, e, 41, |c| c.is_ascii_hexdigit());
        let body = &b[e..q];
        if q - e == 40
            && bound_after(b, q)
            && body.iter().any(u8::is_ascii_alphabetic)
            && body.iter().filter(|c| c.is_ascii_digit()).count() >= 8
        {
            let score = if self.ctx(CRYPTO, s, q, 48, 0) { 0.95 } else { 0.85 };
            self.push("fin.crypto_wallet", "eth_address", s, q, score, 2);
        }
    }
}

/// The start of the value an environment list gives the variable whose
/// name holds a key word ending at `e`, on the line after it, as
/// Kubernetes manifests, Compose files and CI workflows write them:
/// "- name: PAGER_API_KEY" then "  value: LyAZdofOrr…".
fn env_value_after_name(b: &[u8], e: usize) -> Option<usize> {
    // A variable's line is short; looking back no further keeps a text of
    // one long line from being read again at each of its key words.
    let from = e.saturating_sub(128);
    let ls = match b[from..e].iter().rposition(|&c| c == b'\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let lead = b[ls..e].trim_ascii_start();
    if !(lead.starts_with(b"- name:") || lead.starts_with(b"name:")) {
        return None;
    }
    let mut p = run(b, e, 64, |c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
    p = run(b, p, 4, |c| matches!(c, b'"' | b'\'' | b' ' | b'\t' | b'\r'));
    if b.get(p) == Some(&b'#') {
        p = run(b, p, 200, |c| c != b'\n');
    }
    if b.get(p) != Some(&b'\n') {
        return None;
    }
    p = run(b, p + 1, 32, |c| c == b' ' || c == b'\t');
    if !b[p..].starts_with(b"value:") {
        return None;
    }
    Some(run(b, p + 6, 8, |c| matches!(c, b' ' | b'"' | b'\'')))
}

/// Whether an address's local part is a machine's identifier, not a
/// mailbox: a UUID, as a calendar event's `UID` or a message's ID writes
/// it ("6948f656-dee2-418d-a662-b335026b6d75@clinic.example.org"), or a
/// run of 16 or more hexadecimal digits.
fn machine_id(local: &[u8]) -> bool {
    let uuid = local.len() == 36
        && local
            .iter()
            .enumerate()
            .all(|(i, &c)| if [8, 13, 18, 23].contains(&i) { c == b'-' } else { c.is_ascii_hexdigit() });
    let hex = local.len() >= 16 && local.iter().all(u8::is_ascii_hexdigit) && local.iter().any(u8::is_ascii_digit);
    uuid || hex
}

/// Where `needle` first stands in `hay`.
pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::{line_lead, line_opens_after, may_need_word_pass, needs_word_pass, prefix_pair};
    use crate::detect::Detector;

    fn found(t: &str) -> Vec<(String, String)> {
        let d = Detector::builtin().unwrap();
        d.scan(t).into_iter().map(|f| (f.class.to_string(), t[f.start..f.end].to_string())).collect()
    }

    /// The person names `d` finds in `t`, with their scores.
    fn person_names_scored(d: &Detector, t: &str) -> Vec<(String, f32)> {
        d.scan(t)
            .iter()
            .filter(|f| f.class == "pii.person_name")
            .map(|f| (t[f.start..f.end].to_string(), f.score))
            .collect()
    }

    /// The person names `d` finds in `t`.
    fn person_names(d: &Detector, t: &str) -> Vec<String> {
        person_names_scored(d, t).into_iter().map(|(name, _)| name).collect()
    }

    fn has(t: &str, class: &str, value: &str) {
        let f = found(t);
        assert!(f.iter().any(|(c, v)| c == class && v == value), "expected {class}={value:?} in {t:?}, got {f:?}");
    }

    fn none_of(t: &str, class: &str) {
        let f = found(t);
        assert!(!f.iter().any(|(c, _)| c == class), "unexpected {class} in {t:?}: {f:?}");
    }

    /// Every literal `Builtin::prefixes` looks for with its case as given
    /// (`0x` is reached through the digit it starts with).
    const EXACT_PREFIXES: &[&[u8]] = &[
        b"AIza",
        b"glpat-",
        b"sk_live_",
        b"rk_live_",
        b"SG.",
        b"npm_",
        b"hf_",
        b"AKIA",
        b"ASIA",
        b"AGPA",
        b"AIDA",
        b"AROA",
        b"ANPA",
        b"ANVA",
        b"AIPA",
        b"ghp_",
        b"gho_",
        b"ghu_",
        b"ghs_",
        b"ghr_",
        b"github_pat_",
        b"sk-ant-",
        b"sk-",
        b"xoxb-",
        b"xoxp-",
        b"xoxa-",
        b"xoxr-",
        b"xoxs-",
        b"xapp-",
        b"eyJ",
        b"bc1",
        b"https://hooks.slack.com/services/",
    ];

    /// The literals `Builtin::prefixes` matches ignoring case.
    const ANY_CASE_PREFIXES: &[&[u8]] = &[b"https://", b"http://", b"www."];

    #[test]
    fn word_pass_skips_no_word_it_would_act_on() {
        let (exact, any_case) = (EXACT_PREFIXES, ANY_CASE_PREFIXES);
        for c in (b'A'..=b'Z').chain(b'a'..=b'z') {
            for next in 0..=255u8 {
                let word = [c, next, b'x', b'x', b'x', b'x', b' '];
                let starts = |p: &[u8], ci: bool| {
                    if ci { p[..2].eq_ignore_ascii_case(&word[..2]) } else { p[..2] == word[..2] }
                };
                let prefix = exact.iter().any(|p| starts(p, false)) || any_case.iter().any(|p| starts(p, true));
                let name = c.is_ascii_uppercase() && next.is_ascii_lowercase();
                if prefix || name {
                    assert!(needs_word_pass(&word, 0), "{:?} skipped", String::from_utf8_lossy(&word[..2]));
                }
            }
        }
        // The first group of an IPv6 or MAC address: up to four hex digits, then ':' or '-'.
        for t in ["fe80::1", "dead:beef::1", "aa-bb-cc-dd-ee-ff", "c:d"] {
            assert!(needs_word_pass(t.as_bytes(), 0), "{t} skipped");
        }
        for t in ["the patient", "daily dose", "faced-", "of"] {
            assert!(!needs_word_pass(t.as_bytes(), 0), "{t} not skipped");
        }
    }

    #[test]
    fn the_branch_free_screen_passes_every_word_the_word_pass_needs() {
        // Every letter, every second byte, and tails that put a ':' or '-'
        // at each place a hex group could end, or none; and the text ending
        // right after the word.
        let tails: [&[u8]; 6] = [b"xxxxx ", b":", b"a:b", b"ab-cd", b"abc:1", b"a"];
        for c in (b'A'..=b'Z').chain(b'a'..=b'z') {
            for next in 0..=255u8 {
                for tail in tails {
                    let mut word = vec![c, next];
                    word.extend_from_slice(tail);
                    for len in 1..=word.len() {
                        let w = &word[..len];
                        if needs_word_pass(w, 0) {
                            let head = crate::detect::bytes::load8_padded(w, 0);
                            assert!(may_need_word_pass(head), "{:?} screened out", String::from_utf8_lossy(w));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn context_search_reaches_back_past_the_longest_keyword() {
        // `Scan::hits_near` starts CTX_REACH bytes before a value: the
        // widest window (64) plus the longest keyword must fit.
        let longest = super::KEYWORDS.iter().map(|k| k.0.len()).max().unwrap();
        assert!(64 + longest <= super::CTX_REACH, "longest keyword {longest} bytes");
    }

    #[test]
    fn every_vendor_prefix_and_scheme_passes_the_pair_table() {
        let upper = |p: &[u8]| p.to_ascii_uppercase();
        let capital = |p: &[u8]| [&upper(&p[..1])[..], &p[1..]].concat();
        let any_case = ANY_CASE_PREFIXES.iter().flat_map(|p| [p.to_vec(), upper(p), capital(p)]);
        for p in EXACT_PREFIXES.iter().map(|p| p.to_vec()).chain(any_case).chain([b"0x".to_vec()]) {
            assert!(prefix_pair(p[0], p[1]), "{}", String::from_utf8_lossy(&p));
        }
        assert!(!prefix_pair(b's', b'e') && !prefix_pair(b'A', b'l') && !prefix_pair(b'h', b'e'));
    }

    #[test]
    fn identifiers() {
        has("SSN: 536-22-1234.", "pii.ssn", "536-22-1234");
        has("social security number 536221234", "pii.ssn", "536221234");
        // The last four digits, after a masked area and group or the SSN's words.
        has("SSN xxx-xx-4417 on file", "pii.ssn", "xxx-xx-4417");
        has("SSN: ***-**-1234.", "pii.ssn", "***-**-1234");
        has("Your Social Security number ends in 4417, correct?", "pii.ssn", "4417");
        has("last 4 of SSN: 9921", "pii.ssn", "9921");
        none_of("Born in 1961, seen in 2024; room 4417.", "pii.ssn");
        none_of("Invoice XXX-XX-2024 is due.", "pii.ssn");
        has("Invoice for SSN xxx-xx-4417 attached", "pii.ssn", "xxx-xx-4417");
        none_of("SSN 666-22-1234", "pii.ssn");
        has("ITIN 912-70-1234", "pii.itin", "912-70-1234");
        has("card 4111 1111 1111 1111 exp 09/27", "fin.credit_card", "4111 1111 1111 1111");
        none_of("card 4111 1111 1111 1112", "fin.credit_card");
        has("NPI 1245319599", "phi.npi", "1245319599");
        has("MRN 12.345.678 on file", "phi.mrn", "12.345.678");
        has("Med Rec No. 00482931", "phi.mrn", "00482931");
        has("MRN 4355816. Next visit", "phi.mrn", "4355816");
        none_of("Passport no. 912345678.5 today", "pii.us_passport");
        has("DEA# AB1234563", "phi.dea", "AB1234563");
        has("routing 021000021", "fin.aba_routing", "021000021");
        has("IBAN GB82 WEST 1234 5698 7654 32 please", "fin.iban", "GB82 WEST 1234 5698 7654 32");
        has("VIN 1M8GDM9AXKP042788", "id.vin", "1M8GDM9AXKP042788");
        has("NHS number 943 476 5919", "id.uk_nhs", "943 476 5919");
        has("Medicare MBI 1EG4-TE5-MK73", "phi.mbi", "1EG4-TE5-MK73");
        has("hosts 10.1.2.3-10.1.2.9", "pii.ip_address", "10.1.2.9");
        // Two dashed identifiers joined by a dash are two identifiers.
        assert_eq!(found("1EG4-TE5-MK73-1EG4-TE5-MK73").len(), 2);
        has("MRN: A1234567", "phi.mrn", "A1234567");
        has("passport no. 912345678", "pii.us_passport", "912345678");
        has("driver's license D1234567", "pii.us_driver_license", "D1234567");
        has("Member ID: XJH123456789", "phi.health_plan_id", "XJH123456789");
        has("account number 000123456789", "fin.bank_account", "000123456789");
        // Groups of three to six digits split by single spaces, as statements print them.
        has("account 4428 1190 3376, call me", "fin.bank_account", "4428 1190 3376");
        has("account 442811903376 2 times", "fin.bank_account", "442811903376");
        none_of("account 4428 11 days", "fin.bank_account");
        has("his member ID as XGH884102937.", "phi.health_plan_id", "XGH884102937");
        has("member # XJH 8812 4409 31, group 00041872", "phi.health_plan_id", "XJH 8812 4409 31");
        has("Client SSN last 4: 4417; DL: IL C530-4417-9921", "pii.us_driver_license", "C530-4417-9921");
        has("of 14 Harrow Road, Leeds LS6 2AB.", "pii.zip_code", "LS6 2AB");
        has("fax results to 020 7946 0321 today", "pii.phone", "020 7946 0321");
        has("his GP, on 01632 960 123.", "pii.phone", "01632 960 123");
        has("mobile 07700 900123", "pii.phone", "07700 900123");
        has("tel 0113-496-0000", "pii.phone", "0113-496-0000");
        none_of("lot 00113 496 0000", "pii.phone");
        none_of("ref 020 7946-0321", "pii.phone");
        none_of("Order no. 0113 496 0000 shipped", "pii.phone");
        has("Order line: call 0113 496 0000", "pii.phone", "0113 496 0000");
        has("at Flat 2, 17 Cromwell Gardens, Hull", "pii.street_address", "Flat 2, 17 Cromwell Gardens");
        has("Apartment 4B, 12 Elm Street", "pii.street_address", "Apartment 4B, 12 Elm Street");
        has("on the flat, 12 Elm Street", "pii.street_address", "12 Elm Street");
        has("Room 101, 12 Elm Street", "pii.street_address", "Room 101, 12 Elm Street");
        has("Buckingham Palace, London SW1A 1AA", "pii.zip_code", "SW1A 1AA");
        has("Manchester M1 1AE, UK", "pii.zip_code", "M1 1AE");
        none_of("Grade T2 3AB; G6PD normal; QX1 2AB", "pii.zip_code");
        none_of("LS6 2AC", "pii.zip_code");
        has("driver's license no. CA D1234567 (exp 2028)", "pii.us_driver_license", "D1234567");
        has("Member ID: 4471 8802 19 (Aetna)", "phi.health_plan_id", "4471 8802 19");
        has("Member ID: 88123456 30 days ago", "phi.health_plan_id", "88123456");
        has("Member ID XJH123456789 Group 12345", "phi.health_plan_id", "XJH123456789");
    }

    #[test]
    fn contact_and_network() {
        has("call (617) 555-0123 today", "pii.phone", "(617) 555-0123");
        has("phone 617-555-0123", "pii.phone", "617-555-0123");
        has("+44 20 7946 0958", "pii.phone", "+44 20 7946 0958");
        has("mail jane.doe@mercy-hospital.org.", "pii.email", "jane.doe@mercy-hospital.org");
        none_of("user@localhost", "pii.email");
        // Glued to PEM armour or a separator line: three dashes end the domain.
        has("jane@mercy.org-----BEGIN PRIVATE KEY-----", "pii.email", "jane@mercy.org");
        has("jane@mercy.org---", "pii.email", "jane@mercy.org");
        has("mail jane@mercy.org.03/14/1954", "pii.email", "jane@mercy.org");
        has("-----END PRIVATE KEY-----jane@mercy.org", "pii.email", "jane@mercy.org");
        has("a@xn--bcher-kva.example", "pii.email", "a@xn--bcher-kva.example");
        has("see https://portal.example.com/p?id=3.", "pii.url", "https://portal.example.com/p?id=3");
        // Non-ASCII path characters anywhere in the path; Unicode spaces end it.
        has("at https://x.org/u/aßhttps://y.org/b? ok", "pii.url", "https://x.org/u/aßhttps://y.org/b");
        has("at https://x.org/u/Zoë\u{a0}today", "pii.url", "https://x.org/u/Zoë");
        has("host 10.20.30.40 down", "pii.ip_address", "10.20.30.40");
        none_of("version 1.2.3.4", "pii.ip_address");
        has("ip 2001:db8::1 blocked", "pii.ip_address", "2001:db8::1");
        has("mac 00:1A:2B:3C:4D:5E", "pii.mac_address", "00:1A:2B:3C:4D:5E");
        none_of("at 10:30:00 today", "pii.ip_address");
    }

    #[test]
    fn dates_ages_places() {
        has("DOB 03/14/1954", "pii.date", "03/14/1954");
        // An ISO 8601 timestamp's date, as records and APIs write them.
        has("Patient DOB 1961-04-12T00:00:00Z", "pii.date", "1961-04-12");
        has(r#"{"authoredOn":"2026-11-18T14:32:00-05:00"}"#, "pii.date", "2026-11-18");
        none_of("build 2026-13-45T00:00", "pii.date");
        none_of("ref 1961-04-123T00", "pii.date");
        // A dash joins the two dates of a range; a glued number is not a date.
        has("admitted 03/14/2024-03/20/2024", "pii.date", "03/14/2024");
        has("admitted 03/14/2024-03/20/2024", "pii.date", "03/20/2024");
        none_of("ref 03/14/2024-4411", "pii.date");
        none_of("ref 4411-03/14/2024", "pii.date");
        none_of("03/14/1954/03/14/1954", "pii.date");
        has("born March 3, 1954", "pii.date", "March 3, 1954");
        has("admitted on 3 March 2021", "pii.date", "3 March 2021");
        none_of("guideline published 2021-06-01", "pii.date");
        // Day, month and year joined by dashes, as lab systems print them.
        for (text, date) in [
            ("DOB 05-JAN-1944", "05-JAN-1944"),
            ("seen 5-Jan-24 in clinic", "5-Jan-24"),
            ("admitted 12-Mar-1954.", "12-Mar-1954"),
        ] {
            has(text, "pii.date", date);
        }
        // No such day or year, not a whole token, or glued to another number.
        for text in [
            "lot 32-Jan-2024",
            "lot 5-Jan-3024",
            "lot 123-Jan-2024",
            "lot A5-Jan-2024",
            "lot 5-Jan-2024x",
            "ref 05-JAN-2024-11",
            "ref 44-05-JAN-2024",
        ] {
            none_of(text, "pii.date");
        }
        has("a 92-year-old woman", "pii.age_over_89", "92");
        has("age 97, frail", "pii.age_over_89", "97");
        has("He's 93 and lives alone.", "pii.age_over_89", "93");
        has("Her mother? She is 94.", "pii.age_over_89", "94");
        has("he\u{2019}s 91 now", "pii.age_over_89", "91");
        none_of("She is 95 kg and he's 92% saturated; the rate is 93.", "pii.age_over_89");
        none_of("the she's 93 cohort", "pii.age_over_89");
        // In words.
        has("Patient is ninety-two years old.", "pii.age_over_89", "ninety-two");
        has("aged ninety, lives alone", "pii.age_over_89", "ninety");
        has("a Ninety Two-year-old", "pii.age_over_89", "Ninety Two");
        has("she is one hundred years old", "pii.age_over_89", "one hundred");
        has("a hundred and one years old", "pii.age_over_89", "a hundred and one");
        for text in ["ninety-two patients were seen", "one hundred mg", "the ninety days", "a hundred years ago"] {
            none_of(text, "pii.age_over_89");
        }
        none_of("HR 92, BP 120/80", "pii.age_over_89");
        has("lives at 42 Elm Street, Apt 4B in Boston", "pii.street_address", "42 Elm Street, Apt 4B");
        has(
            "A. 4417 North Sheridan Road, apartment 12, Chicago.",
            "pii.street_address",
            "4417 North Sheridan Road, apartment 12",
        );
        has("at 9 Oak Ave suite 200 today", "pii.street_address", "9 Oak Ave suite 200");
        // The city after an address is part of it when a state follows; the
        // state is not.
        for (text, address) in [
            (
                "2207 Larchmont Drive, Apartment 3B, Evanston, Illinois 60201.",
                "2207 Larchmont Drive, Apartment 3B, Evanston",
            ),
            ("Pharmacy: 1200 N Main St, Ann Arbor, MI 48104", "1200 N Main St, Ann Arbor"),
            ("Mailing address: PO Box 4471, St. Louis, MO 63101.", "PO Box 4471, St. Louis"),
            ("Home: 14 Elm Street, Winston-Salem, NC\n", "14 Elm Street, Winston-Salem"),
            ("Home address: 88 Oak Road, Austin, Texas, where she lives", "88 Oak Road, Austin"),
            // No state after it, or a word after the state: the street alone.
            ("Visit 14 Elm Street, Springfield today", "14 Elm Street"),
            ("Home: 5 Oak Rd, Boston, MA is listed", "5 Oak Rd"),
            ("Home: 5 Oak Rd, BOSTON, MA 02116", "5 Oak Rd"),
        ] {
            has(text, "pii.street_address", address);
        }
        has("Boston, MA 02115", "pii.zip_code", "02115");
        // A state's name written in full, capitalised or in capitals.
        has("Boston, Massachusetts 02116.", "pii.zip_code", "02116");
        has("Austin, TEXAS 78701-1234", "pii.zip_code", "78701-1234");
        has("Albany, New York 12207", "pii.zip_code", "12207");
        has("Charleston, West Virginia 25301", "pii.zip_code", "25301");
        has("Washington, District of Columbia 20001", "pii.zip_code", "20001");
        none_of("WBC 11000, platelets 25000", "pii.zip_code");
        // Not a state's name: glued to more letters, or not capitalised.
        none_of("the Virginiaa 22030 run", "pii.zip_code");
        none_of("in texas 78701 units", "pii.zip_code");
        none_of("Iowa78701 x", "pii.zip_code");
    }

    #[test]
    fn codes_and_names() {
        has("Dx: E11.9, I10", "phi.icd10", "E11.9");
        has("Dx: E11.9, I10", "phi.icd10", "I10");
        none_of("take vitamin B12 daily", "phi.icd10");
        none_of("Dx: B44.022222", "phi.icd10");
        none_of("Dx: E11.9x", "phi.icd10");
        // A slash separates codes.
        has("Dx: I10/E11.9", "phi.icd10", "I10");
        has("Dx: I10/E11.9", "phi.icd10", "E11.9");
        has("seen by Dr. Alan Whitaker today", "pii.person_name", "Alan Whitaker");
        has("patient Maria Gonzalez, 45F", "pii.person_name", "Maria Gonzalez");
        has("Then Robert Chen signed.", "pii.person_name", "Robert Chen");
        none_of("Mercy General Hospital", "pii.person_name");
    }

    #[test]
    fn context_phrases_and_values_with_typographic_spaces_and_quotes() {
        let d = Detector::builtin().unwrap();
        let t = "Date\u{a0}of\u{a0}Birth: 03/14/1954. PRIVILEGED\u{a0}&\u{a0}CONFIDENTIAL. \
                 SSN \u{201c}536-22-1234\u{201d}; call\u{2014}617-555-0142.";
        let f = d.scan(t);
        let score = |class: &str| f.iter().find(|x| x.class == class).map(|x| x.score);
        // The phrases are context: the date and the marker at full score.
        assert_eq!(score("pii.date"), Some(0.9), "{f:?}");
        assert!(score("legal.privilege_marker").is_some(), "{f:?}");
        assert!(score("pii.ssn").is_some() && score("pii.phone").is_some(), "{f:?}");
        // A no-break space after an honorific, as word processors keep a
        // title with its name.
        has("seen by Dr.\u{a0}Quillfeather today", "pii.person_name", "Quillfeather");
    }

    #[test]
    fn numbers_with_hyphens_dashes_and_spaces_outside_ascii() {
        let d = Detector::builtin().unwrap();
        let found = |t: &str| -> Vec<(String, String)> {
            let mut f: Vec<(String, String)> =
                d.scan(t).iter().map(|f| (f.class.to_string(), t[f.start..f.end].to_string())).collect();
            f.sort();
            f
        };
        let one = |class: &str, v: &str| vec![(class.to_string(), v.to_string())];
        // A non-breaking hyphen (U+2011), as word processors keep a number
        // on one line; a hyphen (U+2010), a figure dash (U+2012) and an
        // en dash (U+2013); a no-break, narrow no-break or thin space.
        for (sep, narrow) in [("\u{2011}", "\u{2011}"), ("\u{2010}", "\u{2012}"), ("\u{2013}", "\u{2013}")] {
            let ssn = format!("536{sep}22{narrow}1234");
            assert_eq!(found(&format!("SSN {ssn} on file")), one("pii.ssn", &ssn));
            let phone = format!("617{sep}555{narrow}0142");
            assert_eq!(found(&format!("Call {phone} today")), one("pii.phone", &phone));
            let local = format!("555{sep}0142");
            assert_eq!(found(&format!("phone {local} today")), one("pii.phone", &local));
            let date = format!("03{sep}14{sep}1954");
            assert_eq!(found(&format!("DOB {date}.")), one("pii.date", &date));
        }
        for space in ["\u{a0}", "\u{202f}", "\u{2009}"] {
            let card = ["4539", "1488", "0343", "6467"].join(space);
            assert_eq!(found(&format!("card {card} on file")), one("fin.credit_card", &card));
            let phone = format!("(617){space}555-0142");
            assert_eq!(found(&format!("call {phone} now")), one("pii.phone", &phone));
            let account = ["4428", "1190", "3376"].join(space);
            assert_eq!(found(&format!("account {account} on file")), one("fin.bank_account", &account));
            let iban = ["GB82", "WEST", "1234", "5698", "7654", "32"].join(space);
            assert_eq!(found(&format!("IBAN {iban} on file")), one("fin.iban", &iban));
        }
        for dash in ["\u{2010}", "\u{2011}", "\u{2013}"] {
            let mbi = ["1EG4", "TE5", "MK73"].join(dash);
            assert_eq!(found(&format!("MBI {mbi} on file")), one("phi.mbi", &mbi));
        }
        // A group too short, or glued to more, is no Medicare number.
        assert!(found("MBI 1EG4\u{2011}TE5\u{2011}MK7").is_empty());
        assert!(found("MBI 1EG4\u{2011}TE5\u{2011}MK73X").is_empty());
        assert!(found("MBI 1EG4\u{2011}TE\u{2011}MK73").is_empty());
        // A dash outside ASCII joins a chain as `-` does: no phone number
        // is read from the end of a longer dashed number.
        assert!(found("phone order 1234\u{2011}555\u{2011}0142 today").is_empty());
        assert!(found("phone order 1234-555-0142 today").is_empty());
        // Checksums still decide: a card number that fails Luhn is none.
        assert!(found("card 4539\u{a0}1488\u{a0}0343\u{a0}6468 on file").is_empty());
        // Other characters outside ASCII join no groups.
        assert!(found("SSN 536\u{2014}22\u{2014}1234 on file").iter().all(|(c, _)| c != "pii.ssn"));
    }

    #[test]
    fn a_date_without_its_day_or_year_with_a_persons_date_context() {
        let date = |t: &str| -> Vec<(String, f32)> {
            Detector::builtin()
                .unwrap()
                .scan(t)
                .iter()
                .filter(|f| f.class == "pii.date")
                .map(|f| (t[f.start..f.end].to_string(), f.score))
                .collect()
        };
        for (text, value) in [
            ("DOB: 04/1961", "04/1961"),
            ("Admitted 4-2025 for CHF.", "4-2025"),
            ("born 1961-04 in Lagos", "1961-04"),
            ("DOB 04/1961 123 Main St", "04/1961"),
            ("admitted in March 2024 with pneumonia", "March 2024"),
            ("Date of birth: Mar. 1961", "Mar. 1961"),
            ("discharged Sept 2025", "Sept 2025"),
            // Pregnancy dates and procedures a patient had.
            ("Last colonoscopy 10/2023, normal.", "10/2023"),
            ("LMP 09/2026, unsure of the day", "09/2026"),
            ("Diagnosed 03/2019 with T2DM", "03/2019"),
        ] {
            assert_eq!(date(text), vec![(value.to_string(), 0.9)], "{text}");
        }
        // Without either date word near, a month's name or two digits and
        // a slash are a weaker finding: a prior study, a test a patient had.
        for (text, value) in [
            ("Comparison: 04/2025.", "04/2025"),
            ("nodule unchanged since Jan 2023.", "Jan 2023"),
            ("perio maintenance from January 2026", "January 2026"),
        ] {
            assert_eq!(date(text), vec![(value.to_string(), 0.55)], "{text}");
        }
        // Nearer a document's date word, or with a document's word right
        // after it, a month and year is a report's or a guideline's; a
        // ratio, a month before 1900 or with a third group is none.
        for text in [
            "the guideline updated in March 2024",
            "admitted; see the guideline of March 2024",
            "pain 7/10 today",
            "quarterly revenue 04/2025",
            "DOB: 13/1961",
            "DOB: 04/1861",
            "DOB: 04/1961/22",
            "DOB: 04/1961/22x",
            "DOB: 2024-25",
            // A document's word right after it dates a document.
            "Last colonoscopy 2019; held per the March 2024 ACC guideline",
            "biopsy protocol 04/2025 revised",
        ] {
            assert!(date(text).is_empty(), "{text}: {:?}", date(text));
        }
        // A day still makes the whole date.
        assert_eq!(date("DOB: March 3, 1954"), vec![("March 3, 1954".to_string(), 0.9)]);
        // A month and a day without a year: right after a person's date
        // word, or after "on" where it is no small fraction or count.
        for (text, value, score) in [
            ("Admitted 11/2 with CHF.", "11/2", 0.9),
            ("DOS: 11/18. Labs pending.", "11/18", 0.9),
            ("Seen on 11/18 by cardiology.", "11/18", 0.9),
            ("Cr peaked at 1.9 on 11/05.", "11/05", 0.6),
        ] {
            assert_eq!(date(text), vec![(value.to_string(), score)], "{text}");
        }
        for text in [
            "Pain 7/10 since admitted. Strength 5/5.",
            "Admitted today, pain 7/10.",
            "Started on 1/2 tab daily.",
            "Improved on 10/12 of days.",
            "Murmur 2/6, Apgar 8/9, BP 128/82.",
            "on 13/05 and on 2/30",
            "on 11/05/2026x",
        ] {
            assert!(date(text).is_empty(), "{text}: {:?}", date(text));
        }
        // Pregnancy dates are a person's: 0.9, not a document's 0.6.
        assert_eq!(
            date("LMP 10/28/2026. EDD 08/04/2027."),
            vec![("10/28/2026".to_string(), 0.9), ("08/04/2027".to_string(), 0.9)]
        );
    }

    #[test]
    fn name_words_joined_by_a_no_break_space_are_one_name() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| -> Vec<(String, f32)> {
            d.scan(t)
                .iter()
                .filter(|f| f.class == "pii.person_name")
                .map(|f| (t[f.start..f.end].replace('\u{a0}', " ").replace(['\u{2010}', '\u{2011}'], "-"), f.score))
                .collect()
        };
        for text in [
            "Patient Ngozi Okafor came in today.",
            "Seen by Dr. Sunita Rao this morning.",
            "Signed, Thomas J. Smith for the firm.",
            "Consent from Marisol Kowalski on file.",
            "Plaintiff John Smith, an individual, alleges.",
        ] {
            // The same findings, spans and scores with a no-break space
            // between every two capitalised words (the name's words, and a
            // title or role word before them).
            let mut nbsp = String::new();
            let mut prev_cap = false;
            for word in text.split(' ') {
                if !nbsp.is_empty() {
                    nbsp.push(if prev_cap && word.starts_with(char::is_uppercase) { '\u{a0}' } else { ' ' });
                }
                nbsp.push_str(word);
                prev_cap = word.starts_with(char::is_uppercase) && !word.ends_with(',');
            }
            assert!(nbsp.contains('\u{a0}'), "{nbsp}");
            assert!(!names(text).is_empty(), "{text}");
            assert_eq!(names(&nbsp), names(text), "{nbsp:?}");
        }
        // A non-breaking hyphen inside a surname, as word processors keep
        // "Smith-Jones" on one line: the same name as with `-`.
        assert_eq!(names("Patient Mary Smith\u{2011}Jones came"), [("Mary Smith-Jones".into(), 0.85)]);
        assert_eq!(names("Patient Mary Smith\u{2010}Jones came"), [("Mary Smith-Jones".into(), 0.85)]);
        assert_eq!(names("Patient Mary Smith-Jones came"), [("Mary Smith-Jones".into(), 0.85)]);
        // A name's words are followed through the text from either spelling.
        let t = "Ngozi\u{a0}Okafor was admitted. Okafor was discharged.";
        assert_eq!(names(t).iter().map(|n| n.0.as_str()).collect::<Vec<_>>(), ["Ngozi Okafor", "Okafor"]);
    }

    #[test]
    fn a_nickname_between_given_name_and_surname_is_part_of_the_name() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            ("Defendant Marcus \"Mook\" Jenkins appeared.", "Marcus \"Mook\" Jenkins"),
            ("co-defendant Terrell (T.J.) Washington appeared", "Terrell (T.J.) Washington"),
            ("Client John \u{201c}Jack\u{201d} Russo called.", "John \u{201c}Jack\u{201d} Russo"),
            ("Ms. Rosa 'Rosie' Diaz said so.", "Rosa 'Rosie' Diaz"),
            ("Dr. Amy \"A.J.\" Lee signed.", "Amy \"A.J.\" Lee"),
            ("Mr. Robert \u{2018}Big Bob\u{2019} Hale left", "Robert \u{2018}Big Bob\u{2019} Hale"),
            ("PATIENT: JOHN \"JACK\" SMITH", "JOHN \"JACK\" SMITH"),
            // Escaped quotes, as a tool call's JSON arguments hold them.
            (r#"{"patient": "Marcus \"Mook\" Jenkins"}"#, r#"Marcus \"Mook\" Jenkins"#),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        // The nickname is a repeat of the name where it stands alone.
        assert_eq!(
            names("Defendant Marcus \"Mook\" Jenkins appeared. Later Mook testified."),
            vec!["Marcus \"Mook\" Jenkins", "Mook"]
        );
        // Quotes that open no nickname, or close none, or are followed by
        // no name word, leave the name where it was.
        for (text, name) in [
            ("Dr. Maria Lopez \"Cardiology\" said", "Maria Lopez"),
            ("Ms. Rosa 'Quill said' Diaz", "Rosa"),
            ("Dr. Rosa \"Quill' Diaz", "Rosa"),
            ("Dr. Rosa (Quill) and others", "Rosa"),
            ("Dr. Rosa (an internist) Diaz", "Rosa"),
            ("Dr. Rosa \"Averyveryveryverylongnickname\" Diaz", "Rosa"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
    }

    #[test]
    fn one_unlisted_word_after_a_relative_is_a_name() {
        // No relative's word is an abbreviation a dot may follow ("Pt.").
        assert!(
            super::KEYWORDS
                .iter()
                .filter(|k| matches!(k.2, super::Special::Kin | super::Special::KinListed))
                .all(|k| k.0.len() > 2)
        );
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names_scored(&d, t);
        for (text, name) in [
            ("picking up his daughter Adaeze at school", "Adaeze"),
            ("Her brother, Obinna, called.", "Obinna"),
            ("The nephew Chukwuemeka came.", "Chukwuemeka"),
            ("her fianc\u{e9} Thandiwe drove", "Thandiwe"),
        ] {
            assert_eq!(names(text), vec![(name.to_string(), 0.7)], "{text}");
        }
        // Not after other roles, nor after a relative's word in capitals (a
        // heading), a colon, or a comma the name does not close; and words
        // that are no names stay none.
        for text in [
            "the patient Portal is down",
            "client Acme signed",
            "Daughter Adaeze",
            "his daughter: Adaeze",
            "his son, Tobenna.",
            "the daughter Hospital wing",
            "his cousin The",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_name_before_a_place_or_institution_word_is_no_person() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for text in [
            "She teaches at Lincoln Elementary in Dorchester.",
            "referred by Washington Heights clinic",
            "Admitted to Lincoln Hospital overnight.",
            "Tickets for the Kennedy Center gala.",
            "She lives on Martin Luther King Street.",
            "Counsel at Hayes Mott LLP replied.",
            "Patient: Jackson County Jail transfer",
            "flights to the Marshall Islands",
            "exit at Wade Hampton Blvd.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // Surnames that are also place words stay names, and an honorific
        // makes a person whatever follows.
        for (text, name) in [
            ("Met Grace Park today.", "Grace Park"),
            ("Met Jane Hall today.", "Jane Hall"),
            ("Ask Dr. Lincoln Hospital staff", "Lincoln"),
            ("Maria Lopez, Hospital Medicine", "Maria Lopez"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
    }

    #[test]
    fn a_year_of_birth_that_shows_an_age_over_89_is_a_date() {
        let d = Detector::builtin().unwrap();
        let now = time::OffsetDateTime::now_utc().year();
        let (old, young) = (now - 95, now - 80);
        let dates = |t: &str| -> Vec<String> {
            d.scan(t).iter().filter(|f| f.class == "pii.date").map(|f| t[f.start..f.end].to_string()).collect()
        };
        for t in [
            format!("The patient was born in {old}."),
            format!("Year of birth: {old}"),
            format!("DOB: {old}"),
            format!("YOB {old}, widowed"),
        ] {
            assert_eq!(dates(&t), vec![old.to_string()], "{t}");
        }
        for t in [
            format!("The patient was born in {young}."),
            format!("In {old} the clinic opened."),
            format!("DOB: {young}; seen {old} times"),
            "born in 1849".to_string(),
        ] {
            assert!(dates(&t).iter().all(|v| v != &old.to_string() && v != "1849"), "{t}: {:?}", dates(&t));
        }
        assert_eq!(dates(&format!("born March 3, {old}")), vec![format!("March 3, {old}")]);
    }

    #[test]
    fn a_generational_suffix_belongs_to_the_name() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            ("Sincerely, Thaddeus Q. Ravensworth III, Partner", "Thaddeus Q. Ravensworth III"),
            ("Robert L. Hughes Jr., M.D., FACC", "Robert L. Hughes Jr."),
            ("Witness: Mr. Daniel O'Sullivan Sr.", "Daniel O'Sullivan Sr."),
            ("Plaintiff John Smith, Jr. appeared.", "John Smith, Jr."),
            ("Dr. Maria Lopez II", "Maria Lopez II"),
            ("Dr. Patel III", "Patel III"),
            // "IV" is also "intravenous".
            ("Dr. Patel IV fluids were started.", "Patel"),
            ("Seen by Dr. Patel, IV vancomycin given.", "Patel"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        // The suffix is no word of the name looked for alone.
        let t = "Thaddeus Q. Ravensworth III signed. Exhibit III is attached.";
        let found: Vec<&str> = d.scan(t).iter().map(|f| &t[f.start..f.end]).collect();
        assert_eq!(found, ["Thaddeus Q. Ravensworth III"]);
        // A ward is no person.
        assert!(names("Patient ID 00-4471-88, Bed 12, Ward 5B").is_empty());
    }

    #[test]
    fn initials_before_a_name_ranks_and_capitals_after_a_role() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            // Initials before the name, after an honorific or a role word.
            ("Seen by Dr. J. Smith today.", "J. Smith"),
            ("Dr. A. Okonkwo signed the note.", "A. Okonkwo"),
            ("Dr. J.R. Smith", "J.R. Smith"),
            ("Dr. J. R. Smith", "J. R. Smith"),
            ("Ms. E. Ortiz called.", "E. Ortiz"),
            ("Officer J. Ramirez #4471 responded.", "J. Ramirez"),
            ("Attorney M. Chen filed the motion.", "M. Chen"),
            // Police and military ranks are honorifics.
            ("Deputy Ramirez arrived.", "Ramirez"),
            ("Det. Okonkwo interviewed him.", "Okonkwo"),
            ("Sgt. J. Kowalski", "J. Kowalski"),
            ("Lt. Col. Smith", "Smith"),
            ("Trooper Kowalski #441", "Kowalski"),
            // A listed given name after the comma vouches for the surname.
            ("Patient: HALVORSEN, MARIE  DOB: 02/29/1944", "HALVORSEN, MARIE"),
            // A student is a role.
            ("Student: Aiyana Two Bears (Grade 3)", "Aiyana Two Bears"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        for text in [
            "Dr. J. and Dr. K.",
            "Plan A. Then B.",
            "Patient: HTN, DM",
            "Patient: COPD, ASTHMA",
            "Detective Division",
            "Major depressive disorder",
            "Major Trauma Center",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn form_labels_lower_case_names_and_initials_before_credentials() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, found) in [
            // A form's label for a part of a name vouches for one unlisted
            // word, in title case or capitals.
            ("Last name: Abernathy-Kwon\nFirst name: Soo-Jin", &["Abernathy-Kwon", "Soo-Jin"][..]),
            ("Preferred name: Sunny", &["Sunny"]),
            ("first_name: Sunny", &["Sunny"]),
            ("Forename: Sunny", &["Sunny"]),
            ("Surname: ABERNATHY", &["ABERNATHY"]),
            ("Patient name: Okwuosa", &["Okwuosa"]),
            ("First name: Will", &["Will"]),
            // "Name:" on its own line vouches for "SURNAME, GIVEN" in capitals.
            ("Name: OKAFOR, CHIDINMA A     Acc#: 4471", &["OKAFOR, CHIDINMA"]),
            ("Referring: BALASUBRAMANIAN, VIKRAM MD", &["BALASUBRAMANIAN, VIKRAM"]),
            // A name whose listed part follows a hyphen starts at the word's start.
            ("Emergency contact name: Jae-Hyun Kwon", &["Jae-Hyun Kwon"]),
            // An initial and one word before a credential that is no state's code.
            ("0700 Report received from J. Park RN. Pt resting.", &["J. Park"]),
            ("ambulated by K. Brennan, DPT, 50 ft", &["K. Brennan"]),
            // A caption's parties in capitals: an unlisted surname after a
            // listed given name, a middle initial, "as … Administrator",
            // and a credential after capitals.
            (
                "JOSEPHINE A. KRASINSKI, as Independent Administrator of the Estate of WALTER KRASINSKI, Deceased,",
                &["JOSEPHINE A. KRASINSKI", "WALTER KRASINSKI"],
            ),
            (
                "NORTHSHORE MEDICAL GROUP, an Illinois corporation, and AMIT DESHPANDE, M.D., Defendants.",
                &["AMIT DESHPANDE"],
            ),
            ("Patient: WALTER J. KRASINSKI  DOB: 01/02/1950", &["WALTER J. KRASINSKI"]),
            ("Ana Ruiz, as the Executor", &["Ana Ruiz"]),
            ("Patient: JOHN HTN", &["JOHN"]),
            // Lower case, as chat writes names.
            ("pt is maria gonzalez, 67yo", &["maria gonzalez"]),
            ("call back mr. nguyen re his a1c", &["nguyen"]),
            ("seen by dr. john smith today", &["john smith"]),
            ("her husband jorge said she fell", &["jorge"]),
            ("his wife ana ruiz called", &["ana ruiz"]),
        ] {
            assert_eq!(names(text), found.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text}");
        }
        for text in [
            // Placeholders and labels that are no person's.
            "Last name: Unknown",
            "First name: None",
            "Patient name: Refused",
            "Surname: UNKNOWN",
            "Drug name: Metformin",
            "File name: Report",
            "Name: CT CHEST W/O CONTRAST",
            "NAME: ASPIRIN",
            "Name: WILL",
            // A state's code after an initial and a place.
            "N. Park, MD 20850",
            // Capitals that are a heading's or an acronym.
            "PLEASE NOTIFY MD IF SBP > 160",
            "LIVES IN SILVER SPRING, MD",
            "KRASINSKI, Deceased",
            // Lower-case words after a role that the lists do not vouch for.
            "pt is alert and oriented",
            "pt is young and healthy",
            "her son will bring her",
            "drank a dr. pepper",
            "took 40 ms. then stopped",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn fourteenth_round_eponyms_cases_clergy_aligned_labels_streets_units_and_values() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        // A name given to a disease, a sign or a law names no one.
        for t in [
            "patients with Lou Gehrig's disease",
            "patients with Lou Gehrig's\ndisease",
            "Maria Lopez disease",
            "Positive Murphy\u{2019}s sign",
            "as Murphy's law predicts",
            // Parties to a reported case, before or after " v. ".
            "Miranda v. Arizona, 384 U.S. 436 (1966).",
            "See Roe v. Wade, 410 U.S. 113 (1973).",
            "Canterbury v. Spence, 464 F.2d 772 (D.C. Cir. 1972)",
            "Smith v. Jones, 2019 WL 1234567 (D. Mass. 2019)",
            // A title before a name is no part of it.
            "Judge: Hon.",
        ] {
            assert!(names(t).is_empty(), "{t:?} gave {:?}", names(t));
        }
        for (text, found) in [
            // "sign" and "law" make an eponym only after a possessive.
            ("Did Johnson sign the consent?", &["Johnson"][..]),
            ("Maria Lopez's chart was reviewed.", &["Maria Lopez"]),
            // A case with no reporter citation may be the firm's own.
            ("Maria Lopez v. Sterling Logistics, No. 1:24-cv-01234 (D. Mass.)", &["Maria Lopez"]),
            // Clergy and the bench.
            ("Judge: Hon. Marguerite K. Callahan", &["Marguerite K. Callahan"]),
            ("Officiant: Rev. Okafor", &["Okafor"]),
            ("Pastor Adeyemi led the service.", &["Adeyemi"]),
            ("Judge Justice Okafor", &["Okafor"]),
            // A form's columns aligned with spaces or tabs.
            ("Patient:   AL-MANSOURI, FARAH             MRN: 1002", &["AL-MANSOURI, FARAH"]),
            ("Patient:\tMaria Lopez", &["Maria Lopez"]),
        ] {
            assert_eq!(names(text), found, "{text:?}");
        }
        // Streets without a suffix, in lower case after an address's word,
        // and numbered in words; units of a floor.
        has("2250 Broadway, Suite 704\nNew York, NY 10024", "pii.street_address", "2250 Broadway, Suite 704");
        has("2250 Broadway\nNew York, NY 10024", "pii.street_address", "2250 Broadway");
        has("new addr 1420 beacon st apt 3b brookline 02446", "pii.street_address", "1420 beacon st apt 3b");
        has("new addr 1420 beacon st apt 3b brookline 02446", "pii.zip_code", "02446");
        has(
            "One Post Office Square, 31st Floor * Boston, Massachusetts 02109",
            "pii.street_address",
            "One Post Office Square, 31st Floor",
        );
        has("Two Liberty Plaza, New York, NY 10006", "pii.street_address", "Two Liberty Plaza, New York");
        for t in [
            "Patient on 4 West, Room 12",
            "One Superior Court judge ruled",
            "walked 2 miles down the road",
            "results/951662 Order #88213094 sent",
            "take 2 tablets by mouth at bedtime",
        ] {
            none_of(t, "pii.street_address");
        }
        // Values after a form's asides, and their context words.
        has("City / State / ZIP: Houston / TX / 77057-5508", "pii.zip_code", "77057-5508");
        has("Driver license # / State: 41873920 / TX", "pii.us_driver_license", "41873920");
        has("US passport # (optional): G20871462", "pii.us_passport", "G20871462");
        has("NRI hospital no. K0293817", "phi.mrn", "K0293817");
        has("| Hoa Nguyen | father | 02/11/1933 | 91 yrs |", "pii.age_over_89", "91");
        none_of("| Hoa Nguyen | father | 02/11/1953 | 71 yrs |", "pii.age_over_89");
        // A diagnosis with its code in brackets.
        has("HPI: 65M w/ HTN (I10), HLD (E78.5)", "phi.icd10", "I10");
        has("source acute pyelonephritis (N10)", "phi.icd10", "N10");
        for t in ["low vitamin levels (B12)", "Paper size (A4) and (A10)", "Dx: M54.5. Vitamin B12 1000 mcg daily."] {
            assert!(!found(t).iter().any(|(c, v)| c == "phi.icd10" && v != "M54.5"), "{t:?}: {:?}", found(t));
        }
        // Payment networks beyond the four: Maestro, UnionPay, Mir.
        has("new card 5624 6384 1503 0420 exp 09/27", "fin.credit_card", "5624 6384 1503 0420");
        has("card 6200 0000 0000 0005", "fin.credit_card", "6200 0000 0000 0005");
        none_of("card 5624 6384 1503 0421", "fin.credit_card");
        // Legacy Bitcoin addresses (Base58Check) and Cisco's MAC format.
        has(
            "send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now",
            "fin.crypto_wallet",
            "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        );
        has("or 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.", "fin.crypto_wallet", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy");
        none_of("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 now", "fin.crypto_wallet");
        has("ARP has the NAT gw at 0050.56a3.1f2c now", "pii.mac_address", "0050.56a3.1f2c");
        none_of("lot 1234.5678.9012 and 2019.", "pii.mac_address");
        // A credential in a URL's query is a key, the rest of the URL a URL.
        let t = "GET https://api.fernpay.io/v2/payouts?access_token=mgNMR7LrepVRN1v03sqGIUAqzNWMjJGOUFXBwT72&limit=500";
        has(t, "secret.generic_api_key", "mgNMR7LrepVRN1v03sqGIUAqzNWMjJGOUFXBwT72");
        has(t, "pii.url", "https://api.fernpay.io/v2/payouts?access_token=");
        has("https://db.example.org/login?user=ana&password=Hunter2!x", "secret.generic_api_key", "Hunter2!x");
        none_of("https://x.org/a?token=abc&page=2&key=value", "secret.generic_api_key");
        // A surname in capitals before a given name.
        assert_eq!(names("Resident PEARSON, Margaret E. (W/F, DOB 04/02/1933)"), ["PEARSON, Margaret"]);
        assert_eq!(names("Pt: ADEYEMI, Oluwaseun T.    MRN 004829173"), ["ADEYEMI, Oluwaseun"]);
        assert_eq!(names("Seen: LEE, Ana"), ["LEE, Ana"]);
        for t in ["NOTE, Maria called", "USA, Maria", "HTN, Maria"] {
            assert!(!names(t).iter().any(|n| n.contains(',')), "{t:?}: {:?}", names(t));
        }
        // "dr" without its dot in chat, and a bracketed aside between a
        // label and its value.
        assert_eq!(names("hi dr ibrahim, sorry this is long"), ["ibrahim"]);
        assert!(names("123 oak dr apt 3").is_empty());
        has("Hospital MRN (St. Mary's Madison): 9321160", "phi.mrn", "9321160");
        has("MRN (12345678)", "phi.mrn", "12345678");
        // A month's name in lower case before its day.
        has("new insurance as of march 1. i just typed it", "pii.date", "march 1");
        has("seen on october 3rd, 2024 by", "pii.date", "october 3rd, 2024");
        for t in ["we march 2 miles", "the march toward", "in august the clinic", "you may 5 times"] {
            none_of(t, "pii.date");
        }
        // Dates a schedule, a trial or a form writes.
        has("Next RN visit Thu 3/20 or sooner PRN.", "pii.date", "3/20");
        has("Openings: Thu Apr 10 4:45 PM or Mon 4/14 8:00 AM", "pii.date", "Apr 10");
        has("Openings: Thu Apr 10 4:45 PM or Mon 4/14 8:00 AM", "pii.date", "4/14");
        has("presented to the ED on 28JAN2025 with vomiting", "pii.date", "28JAN2025");
        none_of("lot 32JAN2025 and ABC2025", "pii.date");
        has("its jo (joanna, dob 6-17-71). tried", "pii.date", "6-17-71");
        none_of("lot 6-17-71 shipped", "pii.date");
        assert!(names("Openings: Thu Apr 10 4:45 PM").is_empty());
        has("PEARSON, Margaret E. (W/F, DOB 04/02/1933, 91 yrs), was seated", "pii.age_over_89", "91");
        has("Reference: McAllister / 18 Larchmont Terr. / File 25-0331", "pii.street_address", "18 Larchmont Terr.");
        // A compliance date is a rule's, not a person's.
        assert!(
            d.scan("HIPAA (compliance date April 14, 2003) lists 18 identifiers")
                .iter()
                .all(|f| f.class.as_str() != "pii.date"),
        );
    }
    #[test]
    fn fifteenth_round_syllables_relatives_nicknames_dictation_eponyms_fields_and_streets_in_capitals() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, found) in [
            // Given names of two syllables, the second in lower case.
            ("paralegal Ji-woo Han.", &["Ji-woo Han"][..]),
            ("Dr. Wen-li Zhao", &["Wen-li Zhao"]),
            ("O'Sullivan-Park, Hye-jin", &["O'Sullivan-Park, Hye-jin"]),
            // A relative's word before a given name that is also a word.
            ("Her sister Hope, who is 31, moved back.", &["Hope"]),
            ("her daughter Grace called", &["Grace"]),
            ("Child: Adanna Reinholt (U.S. citizen)", &["Adanna Reinholt"]),
            // A nickname in quotes and brackets after a name, and its repeat.
            (
                "Beneficiary: NWOSU, Chiamaka Ifeoma (\"Amaka\"), born 1988. Amaka called.",
                &["NWOSU, Chiamaka Ifeoma", "Amaka", "Amaka"],
            ),
            // What a person is called; who reported or prepared a text.
            ("Everyone calls me Roz.", &["Roz"]),
            ("she goes by Amaka", &["Amaka"]),
            ("Reported by: Nanami Kurosawa, CSR No. 14422", &["Nanami Kurosawa"]),
            ("Counsel for Debtors: Rania Haddad-Sleiman (ARDC No. 6329017)", &["Rania Haddad-Sleiman"]),
            ("Co-signed: G. Ortiz-Landa, LISW-S, clinical supervisor", &["G. Ortiz-Landa"]),
            // "doctor" written out, as dictation does.
            ("discussed with doctor priya raghunathan who", &["priya"]),
            ("pcp is doctor steven mcclure at", &["steven mcclure"]),
            ("seen by doctor Okafor today", &["Okafor"]),
            // A nickname in quotes between two words makes them a name.
            ("Office Services Manager Ryszard \"Rich\" Kowalczyk, who denies.", &["Ryszard \"Rich\" Kowalczyk"]),
        ] {
            assert_eq!(names(text), found, "{text:?}");
        }
        for t in [
            // Not after a relative's word as a family history's label.
            "Mother: Hypertension",
            "his daughter: Adaeze",
            "ask your doctor About it",
            "Doctor Visit Summary",
            "Doctor Orders: none",
            "Ask Your Doctor About Side Effects",
            "Ordering Provider Name",
            "child Amoxicillin 250 mg",
            "her mom Facebook messaged",
            "cetirizine, known as Zyrtec",
            "Click \"Save\" Button. Press \"Print\" Preview.",
            "see the doctor Monday",
            // Eponyms: grades, scales and classifications, titles in capitals.
            "Classical Hodgkin Lymphoma, Initial Work-up",
            "show Kellgren-Lawrence grade 4 change",
            "Reassess Morse Fall Scale within 4 hours",
            "the Ann Arbor classification",
            "the Lugano classification",
            // A syllable after a hyphen is no name by itself.
            "Pre-op check, Self-pay, X-ray",
        ] {
            assert!(names(t).is_empty(), "{t:?} gave {:?}", names(t));
        }
        // Quotes alone after a name are as often a department.
        assert_eq!(names("Dr. Maria Lopez \"Cardiology\" said"), ["Maria Lopez"]);
        // A repeat of a one-word name keeps its capital; an ambiguous given
        // name's word is no repeat ("Dawn is worried" may be a sentence
        // about the morning).
        assert_eq!(names("the child will be seen. my brother Will drives. Will is 40."), ["Will", "Will"]);
        assert_eq!(
            names("Mother Dawn Mensah-Thibodeaux called. Dawn is worried. Consent by Dawn."),
            ["Dawn Mensah-Thibodeaux"]
        );
        // A statute's date is none of a person's.
        none_of("(added by Pub. L. 110-322, Sept. 19, 2008)", "pii.date");
        none_of("HIPAA, Pub. L. No. 104-191, 110 Stat. 1936 (Aug. 21, 1996)", "pii.date");
        has("Patient seen at the pub on 3/4/2025", "pii.date", "3/4/2025");
        // Streets in capitals, with a unit, a city or an address's word.
        has("ADDRESS: 58 FERNHILL RD APT 4, BROOKLINE MA 02446", "pii.street_address", "58 FERNHILL RD APT 4");
        has("1420 BEACON ST APT 3, BOSTON MA 02446", "pii.street_address", "1420 BEACON ST APT 3");
        none_of("F/U 2 WKS DR JONES", "pii.street_address");
        none_of("GIVE 2 TABS ST", "pii.street_address");
        // A URL that may identify someone, and public or service addresses.
        for url in [
            "https://www.linkedin.com/in/ryszard-kowalczyk-7b21a4",
            "https://portal.mercyhealth.org/results/131179",
            "https://portal.example.org/view?visit=ab",
            "https://intranet.mercy.org/staff/jane-doe",
            "https://files.example.org/~jdoe/cv.pdf",
            "https://api.github.com/repos/acme/intake",
            "https://pay.example.com/i/8f3k2q9z",
        ] {
            has(&format!("see {url} today"), "pii.url", url);
        }
        for url in [
            "https://www.hhs.gov/hipaa/index.html",
            "https://slack.com/api/chat.postMessage",
            "http://hl7.org/fhir/sid/us-ssn",
            "https://www.nccn.org/guidelines",
            "https://erx-gw.staging.example.com/v2/submit",
        ] {
            none_of(&format!("see {url} today"), "pii.url");
        }
    }

    #[test]
    fn sixteenth_round_spanish_dates_ages_with_sex_scripts_and_relatives() {
        // Dates written in Spanish, with and without a year; a month's
        // name alone, or capitalised without a year, is none.
        has("12 de marzo de 2024 / March 12, 2024", "pii.date", "12 de marzo de 2024");
        has("su cita el martes 2 de abril de 2024 a las 10:30", "pii.date", "2 de abril de 2024");
        has("Sus análisis del 5 de marzo mostraron", "pii.date", "5 de marzo");
        has("nació el 1 de mayo del 1961", "pii.date", "1 de mayo del 1961");
        none_of("Referred to Mayo Clinic in March", "pii.date");
        none_of("Taqueria on 5 de Mayo Street", "pii.date");
        // An age with the person's sex in a table's cell after a word.
        has("RM 612-A | HOLLOWAY, EUNICE M | 92 F | MRN 00212254", "pii.age_over_89", "92");
        has("| Hoa (goes by Bà Hoa) | 94 F |", "pii.age_over_89", "94");
        // Temperatures in degrees Fahrenheit are none.
        none_of("| 11/20 | 99 F | 88 | 120/80 |", "pii.age_over_89");
        none_of("| Temp | 101 F |", "pii.age_over_89");
        none_of("Tmax 101 F overnight", "pii.age_over_89");
        // An age set off by commas after a name or a word for a person.
        has("Eunice Holloway, 92, was admitted", "pii.age_over_89", "92");
        has("Frank cares for his mother, 101, who lives with him", "pii.age_over_89", "101");
        has("The decedent, 94, died at home", "pii.age_over_89", "94");
        none_of("Pulse, 92, regular; sats, 95, on room air", "pii.age_over_89");
        none_of("scores of 88, 92, and 95", "pii.age_over_89");
        none_of("HR, 92, and BP, 118, stable", "pii.age_over_89");
        // A month and a day right after "signed" or "drawn".
        has("DNR/DNI signed 11/19", "pii.date", "11/19");
        has("Labs drawn 12/05 at 0600", "pii.date", "12/05");
        // "Dr." before a comma is a street's Drive.
        none_of("Domicile: 4418 Hillcrest Dr., Madison, WI 53705", "pii.person_name");
        has("Seen by Dr. Ama Owusu today", "pii.person_name", "Ama Owusu");
        // A UK-shaped number with another group joined by a dash is longer.
        none_of("parcel 0709-202-1135-4 (appraised 10/08/2024)", "pii.phone");
        has("call 0113 496 0000 today", "pii.phone", "0113 496 0000");
        // A firm's legal form after a comma, a church's denomination.
        none_of("Name: Midwest Precision Stamping, Inc.   FEIN: 36-4418207", "pii.person_name");
        none_of(" Hope Lutheran Church · specific bequest $5,000", "pii.person_name");
        none_of("First Baptist Church of Harlem", "pii.person_name");
        // Flatmates and roommates; grandparents and mum before a listed
        // name only.
        has("my roommate Jake drove me home", "pii.person_name", "Jake");
        has("pls cc my mum Hélène in Lyon", "pii.person_name", "Hélène");
        none_of("her grandma Tylenol every night", "pii.person_name");
        // Names in Cyrillic where context says a name follows, and in Han
        // characters after a relative's word.
        has("my flatmate Ольга Петренко (Olha Petrenko) 07700 900762", "pii.person_name", "Ольга Петренко");
        has("Seen by Dr. Иванов today", "pii.person_name", "Иванов");
        has("my grandma 王秀英 (Wáng Xiùyīng) worries", "pii.person_name", "王秀英");
        none_of("my grandma 做的饺子很好吃", "pii.person_name");
        none_of("the sister 中华人民共和国", "pii.person_name");
        // Officer's abbreviation; lab scientists' credentials.
        has("ARRESTING OFFICER: Ofc. J. Whitacre #1187", "pii.person_name", "J. Whitacre");
        has("phoned 08:15 by M. Oyelaran, CLS. Pt says", "pii.person_name", "M. Oyelaran");
    }

    /// A line's lead is what a walk back to the line's start would give,
    /// or none when that is longer than asked; only blanks before a place
    /// open its line.
    #[test]
    fn a_lines_lead_is_read_within_its_bound() {
        let naive = |b: &[u8], s: usize| {
            let start = b[..s].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
            b[start..s].to_vec()
        };
        for text in ["", "abc", "ab\ncd", "\n\n  x\n", " \t Name: x\nhi  \r\nThanks,\n[9/9/25, 7:02 AM] A:"] {
            let b = text.as_bytes();
            for s in 0..=b.len() {
                let lead = naive(b, s);
                for max in 0..8 {
                    let want = (lead.len() <= max).then_some(&lead[..]);
                    assert_eq!(line_lead(b, s, max), want, "{text:?} at {s}, max {max}");
                }
                let blanks = lead.iter().all(|&c| c == b' ' || c == b'\t');
                assert_eq!(line_opens_after(b, s, |c| c == b' ' || c == b'\t'), blanks, "{text:?} at {s}");
                let white = lead.iter().all(u8::is_ascii_whitespace);
                assert_eq!(line_opens_after(b, s, |c| c.is_ascii_whitespace()), white, "{text:?} at {s}");
            }
        }
        // A line longer than the bound is none, however far its start is.
        let long = format!("{}AM] x", "[9/9/25, 7:02 ".repeat(1000));
        assert_eq!(line_lead(long.as_bytes(), long.len() - 5, 28), None);
    }

    #[test]
    fn seventeenth_round_chat_exports_parties_month_years_and_snapshots() {
        // A chat export's speaker after its stamp; the app's own line has
        // no colon, and a stamp must open its line.
        has("[9/9/25, 7:02 AM] Graça N: bom dia!! at ur dads", "pii.person_name", "Graça N");
        has("[9/10/25, 6:59 PM] Shonda: morning", "pii.person_name", "Shonda");
        none_of("[9/9/25, 7:00 AM] Messages and calls are end-to-end encrypted.", "pii.person_name");
        none_of("the clinic closes at 5 PM] Front Desk: closed", "pii.person_name");
        // The parties of a sale or a loan, before a colon only; a second
        // name after "and" on a label's line.
        has("Seller: Dieter Hahn-Albers (foreign person)", "pii.person_name", "Dieter Hahn-Albers");
        has(
            "Borrowers: Adaeze Whitmore-Kovač and Florian Kovač, 3318 Pinebrook Cir",
            "pii.person_name",
            "Florian Kovač",
        );
        none_of("the buyer Closing Costs", "pii.person_name");
        none_of("Seller Credits  $4,200", "pii.person_name");
        let t = "Patient: Maria Lopez and Hypertension Clinic";
        assert_eq!(found(t), [("pii.person_name".to_string(), "Maria Lopez".to_string())], "{t}");
        // A firm's words after "&" before its legal form.
        none_of("Settlement Agent: Flatirons Title & Escrow, LLC", "pii.person_name");
        // A month and a year: with a person's date word at 0.9, alone at
        // 0.55 (a month's name, or two digits and a slash), never with a
        // document's word after it or a document's date word near.
        has("nodule unchanged since Jan 2023.", "pii.date", "Jan 2023");
        has("Last FMX 03/2022.", "pii.date", "03/2022");
        none_of("see the March 2024 ACC guideline", "pii.date");
        none_of("Policy revised January 2026", "pii.date");
        none_of("dose 1-2000 mg", "pii.date");
        // A weekday in lower case before a month and day, but not the short
        // forms that are words.
        has("podiatry is thurs 9/11 @ 2:15", "pii.date", "9/11");
        none_of("she sat 2/3 of the way", "pii.date");
        // An MRN with a facility's four-letter prefix; never a date.
        has("DOB: 04-27-1979  MRN: BSMC6233152", "phi.mrn", "BSMC6233152");
        none_of("HOSPITAL MRN 03-01-1999", "phi.mrn");
        none_of("MRN 27-04-1999", "phi.mrn");
        // A model's snapshot is no date.
        none_of(r#"{"model": "gpt-4o-2024-08-06", "temperature": 0.1}"#, "pii.date");
        has("admitted 2024-08-06 via ED", "pii.date", "2024-08-06");
        // A pedigree's age with its unit.
        has("I-2 MGM Montserrat Puig i Ferrer, 94 y, living, Girona", "pii.age_over_89", "94");
        none_of("Pulse, 94 y, regular", "pii.age_over_89");
        // "ID" after what it identifies is no Idaho.
        none_of("BrightArc Dental PPO   Payer ID 18969", "pii.zip_code");
        none_of("Member ID 60054 on file", "pii.zip_code");
        has("Boise, ID 83702", "pii.zip_code", "83702");
        has("Coeur d'Alene ID 83814", "pii.zip_code", "83814");
    }

    #[test]
    fn eighteenth_round_mail_headers_workplace_chats_legal_dates_and_plans() {
        // A mail's header block: the sender and the recipients, up to its
        // subject; entries that name no one give nothing.
        let block = "From: Whitcombe, Harriet\nSent: Tuesday, March 4, 2025 10:32 AM\n\
                     To: Okonjo, Babatunde; Imogen Strand-Okafor\nCc: Priya Raghunathan\nSubject: RE: Smith";
        has(block, "pii.person_name", "Whitcombe, Harriet");
        has(block, "pii.person_name", "Okonjo, Babatunde");
        has(block, "pii.person_name", "Imogen Strand-Okafor");
        has(block, "pii.person_name", "Priya Raghunathan");
        has("From: Priyanka Deshmukh-Ward, Associate General Counsel", "pii.person_name", "Priyanka Deshmukh-Ward");
        none_of("From: Radiology Department\nTo: All Staff", "pii.person_name");
        none_of("From: Mercy General Hospital", "pii.person_name");
        none_of("Transfer From: Outside Facility", "pii.person_name");
        // A workplace chat's speaker before the message's time, and a
        // person mentioned with "@"; a schedule's line names no one.
        has("**Kateryna Hrytsenko** (Charge RN) 7:02 AM\nhi", "pii.person_name", "Kateryna Hrytsenko");
        has("Priya Raghunathan  10:45 AM\nok", "pii.person_name", "Priya Raghunathan");
        has("@Joon-ho Baek can you call her back?", "pii.person_name", "Joon-ho Baek");
        none_of("Grand Rounds 7:00 AM\nTeam Huddle 8:15 AM\n", "pii.person_name");
        none_of("ping @Everyone and @kosei-appsec", "pii.person_name");
        // A name before a role in brackets, after a numbered label, after
        // an interpreter's or a supervisor's word; a wide gap with no colon
        // parts a role from what follows unless the role opens its line.
        has("Nomvula Dlamini (pharmacist)", "pii.person_name", "Nomvula Dlamini");
        has("Witness 1: Siosaia Fifita, 4909 N. Sheridan Rd.", "pii.person_name", "Siosaia Fifita");
        has("interpreter Jimena Ruiz-Tagle, ID INT-3381", "pii.person_name", "Jimena Ruiz-Tagle");
        has("CRC: Bogdan Petrescu · log v4", "pii.person_name", "Bogdan Petrescu");
        has("Reserve raised. Supervisor D. Nakashima agrees.", "pii.person_name", "D. Nakashima");
        // Each of these is found by its role or credential word alone (the
        // names are on no list).
        has("Inspected by adjuster Tavita Fonoti-Leaupepe today.", "pii.person_name", "Tavita Fonoti-Leaupepe");
        has("Informant: Siosaia Fifita", "pii.person_name", "Siosaia Fifita");
        has("2. Agent: Siosaia Fifita, Gent", "pii.person_name", "Siosaia Fifita");
        let crew = "Crew: R. Castañeda, EMT-P and K. Tran, NRP and T. Ruiz, AEMT";
        for name in ["R. Castañeda", "K. Tran", "T. Ruiz"] {
            has(crew, "pii.person_name", name);
        }
        none_of("IN RE: ZHENYA KOVALENKO, Respondent            Case No. 2025 MH 004417", "pii.person_name");
        none_of("Agent Orange exposure, 1968", "pii.person_name");
        // Letters of Latin Extended Additional, as Yoruba and Vietnamese
        // names have them, are read by their ASCII spelling.
        has("PCP: Dr. Olúwaṣeun Adébáyọ̀ ", "pii.person_name", "Olúwaṣeun Adébáyọ̀");
        has("Patient Nguyễn Văn Thành was seen.", "pii.person_name", "Nguyễn Văn Thành");
        has("R. Castañeda, EMT (driver)", "pii.person_name", "R. Castañeda");
        // A date as deeds and affidavits write one.
        has("Signed this 3rd day of December, 2025.", "pii.date", "3rd day of December, 2025");
        has("on the 14th day of March 2024 the court", "pii.date", "14th day of March 2024");
        // A CDA entry's care dates.
        let cda = r#"<effectiveTime><low value="20190314"/><high value="20211102"/></effectiveTime>"#;
        has(cda, "pii.date", "20190314");
        has(cda, "pii.date", "20211102");
        none_of(r#"<low value="20190314"/>"#, "pii.date");
        // A CDA patient's identifiers, typed by their assigning authority.
        let role = r#"<recordTarget><patientRole>
  <id root="2.16.840.1.113883.19.5.99999.2" extension="MV9482666"/>
  <id root="2.16.840.1.113883.4.1" extension="219-45-6781"/>
  <addr use="HP"><streetAddressLine>88 Pawtucket Blvd</streetAddressLine></addr>
  <id root="2.16.840.1.113883.19.5" extension="NOTME123"/>"#;
        has(role, "phi.mrn", "MV9482666");
        has(role, "pii.ssn", "219-45-6781");
        none_of(role.replace("MV9482666", "X").replace("219-45-6781", "Y").as_str(), "phi.mrn");
        // A table's age with its unit, and its attending's column.
        let table = "| Rm | Patient | Age | Att |\n|---|---|---|---|\n| 514-A | Fonoti, Tavita | 91y | Haddad-Nasser |\n| 516 | Prothero-Hughes, Eleanor | 88y | Przybylski |";
        has(table, "pii.age_over_89", "91y");
        has(table, "pii.person_name", "Haddad-Nasser");
        has(table, "pii.person_name", "Przybylski");
        none_of(&table.replace("91y", "89y"), "pii.age_over_89");
        // A call-back number, a plan's name before its member's ID, a ZIP
        // code right after a street's comma.
        has("cb 6175550130.", "pii.phone", "6175550130");
        has("Aetna ID W467247528, group 086412-011.", "phi.health_plan_id", "W467247528");
        has("read back: BCBS XOF051512827 ok", "phi.health_plan_id", "XOF051512827");
        none_of("Aetna 2024 annual report; Cigna revenue 2500000", "phi.health_plan_id");
        has("14 Ferncroft Rd, 02467 on file", "pii.zip_code", "02467");
        // Countries and cities that are also given names are none alone.
        none_of("What is the capital of France?", "pii.person_name");
        none_of("flights from Denver to Orlando via Sydney", "pii.person_name");
        has("Patient France Nguyen, seen today", "pii.person_name", "France Nguyen");
        // A URL whose only number is a year is no one's page.
        let url = |t: &str| {
            let d = Detector::builtin().unwrap();
            d.scan(t).iter().any(|f| f.class == "pii.url")
        };
        assert!(!url("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""));
        assert!(url("https://portal.example.org/patients/4471"));
    }

    #[test]
    fn the_street_screen_passes_every_street_word() {
        for word in super::STREET_WORDS {
            let text = format!("Linden{word}");
            assert!(super::street_word_tail(text.as_bytes(), text.len()), "{text}");
        }
    }

    #[test]
    fn nineteenth_round_cards_calendars_german_letters_and_brackets() {
        // A vCard: the name's parts, the full name, a nickname, the birthday,
        // the street and ZIP code of its address, its phone.
        let card = "BEGIN:VCARD\nVERSION:3.0\nN:Faleolo;Tavita;Sina;;\nFN:Tavita Sina Faleolo\nNICKNAME:Tavi\n\
                    TEL;TYPE=cell:8085550142\nADR;TYPE=home:;;94-1032 Waipahu St;Waipahu;HI;96797;USA\n\
                    BDAY:19580218\nEND:VCARD";
        has(card, "pii.person_name", "Faleolo");
        has(card, "pii.person_name", "Tavita");
        has(card, "pii.person_name", "Tavita Sina Faleolo");
        has(card, "pii.person_name", "Tavi");
        has(card, "pii.phone", "8085550142");
        has(card, "pii.street_address", "94-1032 Waipahu St");
        has(card, "pii.zip_code", "96797");
        has(card, "pii.date", "19580218");
        // A business's card names no one: its N is empty.
        none_of("BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Aloha Hands Home Care\nEND:VCARD", "pii.person_name");
        // A card cut short ends where the next begins: the business's name
        // is not read under the person's card before it.
        let cut = "BEGIN:VCARD\nN:Ruiz;Ana;;;\nBEGIN:VCARD\nN:;;;;\nFN:Aloha Hands Home Care\nEND:VCARD";
        has(cut, "pii.person_name", "Ruiz");
        let f = found(cut);
        assert!(!f.iter().any(|(_, v)| v.contains("Aloha")), "{f:?}");
        // Outside a BEGIN line the same properties are nothing.
        none_of("FN:Aloha Hands Home Care\nN:Hands;Aloha", "pii.person_name");
        // A calendar event: the visit's start and end, its people by CN.
        let event = "BEGIN:VEVENT\nUID:6948f656-dee2-418d-a662-b335026b6d75@clinic.example.org\n\
                     DTSTAMP:20251113T221507Z\nDTSTART;TZID=America/Chicago:20251114T104500\n\
                     DTEND:20251114T160000Z\nORGANIZER;CN=Dr. Camila Ferreira-Okafor:mailto:cfo@example.org\n\
                     ATTENDEE;CN=Zoltan Brightwater;RSVP=TRUE:mailto:zb@example.com\n\
                     ATTENDEE;CUTYPE=ROOM;CN=Exam Room Four:mailto:room4@example.org\nEND:VEVENT";
        has(event, "pii.date", "20251114T104500");
        has(event, "pii.date", "20251114T160000Z");
        has(event, "pii.person_name", "Camila Ferreira-Okafor");
        has(event, "pii.person_name", "Zoltan Brightwater");
        let f = found(event);
        assert!(!f.iter().any(|(c, v)| c == "pii.date" && v.starts_with("20251113")), "DTSTAMP: {f:?}");
        assert!(!f.iter().any(|(c, v)| c == "pii.person_name" && v.contains("Room")), "a room: {f:?}");
        // An event's UID is no one's address; a mailbox still is.
        none_of("UID:6948f656-dee2-418d-a662-b335026b6d75@clinic.example.org", "pii.email");
        none_of("Message-ID: 0f3a9c41d2e8b7a6c5d4@mail.example.com", "pii.email");
        has("write to dnb.1988@example.com", "pii.email", "dnb.1988@example.com");
        // A table's provider is a person beside a patient's column.
        let csv = "appt,provider,patient,dob,phone_primary\n\
                   A-1,\"Mbeki, Thandiwe\",\"Young, Grant\",07/04/1996,3125550163\n";
        has(csv, "pii.person_name", "Mbeki, Thandiwe");
        has(csv, "pii.phone", "3125550163");
        none_of("provider,plan,copay\nQuest Diagnostics,PPO,25\n", "pii.person_name");
        // German letters: a doctorate's field, Frau and Herr, dates, ages.
        has("Chefarzt: Prof. Dr. med. Zoltan Brightwater", "pii.person_name", "Zoltan Brightwater");
        has("Frau Ebru Adeyemi-Schwarz kommt", "pii.person_name", "Ebru Adeyemi-Schwarz");
        has("Herr Zoltan Brightwater kommt", "pii.person_name", "Zoltan Brightwater");
        has("geboren am 3. M\u{e4}rz 1931 in Breslau", "pii.date", "3. M\u{e4}rz 1931");
        has("seit dem 9. August 2024 stabil", "pii.date", "9. August 2024");
        none_of("Kapitel 3. Mai Ling Chen", "pii.date");
        has("Die 94-j\u{e4}hrige Patientin", "pii.age_over_89", "94");
        has("Sie ist 94 Jahre alt.", "pii.age_over_89", "94");
        has("DOB 1934-07-22 (91 y)", "pii.age_over_89", "91");
        // A relative's word heading a bracket after two capitalised words.
        has("Zoltan Brightwater (son, 773-555-0190) drives her.", "pii.person_name", "Zoltan Brightwater");
        has("4.7 Zoltan Brightwater (brother of Debtor 2)", "pii.person_name", "Zoltan Brightwater");
        none_of("Acute Care (son of a patient asked)", "pii.person_name");
        // Places and a brand that are given names are none alone.
        none_of("born in El Salvador, she moved to Leeds", "pii.person_name");
        none_of("VIS edition 08/06/2021", "pii.date");
        // An environment list's value on the line after its name.
        let env =
            "        env:\n        - name: PAGER_API_KEY\n          value: LyAZdofOrrnSCcrEWwmBnxj48gLMgUVJUUVVpplO\n";
        has(env, "secret.generic_api_key", "LyAZdofOrrnSCcrEWwmBnxj48gLMgUVJUUVVpplO");
        let env = "- name: JWT_HS256_SECRET  # rotate\n  value: \"e39df6f96eab943720a1c0c63157a64b665bb284eb1676be\"\n";
        has(env, "secret.generic_api_key", "e39df6f96eab943720a1c0c63157a64b665bb284eb1676be");
        none_of("- name: PAGER_API_KEY\n  valueFrom:\n    secretKeyRef: {name: pager}", "secret.generic_api_key");
        none_of("- name: LOG_LEVEL\n  value: 7f3a9c1d5e8b2a4f6c0d9e1b", "secret.generic_api_key");
        // A caller's introduction.
        has("hi this is eulalia brightwater calling for the doctor", "pii.person_name", "eulalia brightwater");
        has("good morning this is kevin at capitol drive pharmacy", "pii.person_name", "kevin");
        has("my name is rukhsana qureshi-lindqvist i got a bill", "pii.person_name", "rukhsana qureshi-lindqvist");
        has("Hello, my name is Priya.", "pii.person_name", "Priya");
        none_of("This is Mercy Hospital calling about your bill", "pii.person_name");
        none_of("this is the lab calling with results", "pii.person_name");
        none_of("this is fine, my name is not important", "pii.person_name");
        none_of("This is urgent from the front desk", "pii.person_name");
        // Streets with the house number last.
        has("wohnhaft Lorettostra\u{df}e 44a, 79100 Freiburg", "pii.street_address", "Lorettostra\u{df}e 44a");
        has("Hugstetter Stra\u{df}e 71 \u{b7} 79106 Freiburg", "pii.street_address", "Hugstetter Stra\u{df}e 71");
        has("Kortrijksesteenweg 211, 8530 Harelbeke", "pii.street_address", "Kortrijksesteenweg 211");
        none_of("the Stra\u{df}e 5 and \u{ab} Weg 12", "pii.street_address");
        none_of("Spring 2024 and Allee 5", "pii.street_address");
        has("lives at Calle 5 de Mayo 118, Tapachula", "pii.street_address", "Calle 5 de Mayo 118");
        has(
            "our house at Calle Principal, casa 14, Barrio El Centro",
            "pii.street_address",
            "Calle Principal, casa 14",
        );
        none_of("the Calle Ocho festival in 2024", "pii.street_address");
        // A German insurer's member number; an MRN on an indented line.
        has("Versichertennr. M429926008 (AOK)", "phi.health_plan_id", "M429926008");
        has("DOB 1934-07-22\\, MRN \r\n RB-0025113\\nMBI", "phi.mrn", "RB-0025113");
        none_of("MRN:\n\nSee chart", "phi.mrn");
        // Numbers read out in groups, as speech-to-text writes them.
        has("my number is 4 1 4 5 5 5 0 1 1 5 thank you", "pii.phone", "4 1 4 5 5 5 0 1 1 5");
        has("please call 1 3 1 2 5 5 5 0 1 4 7", "pii.phone", "1 3 1 2 5 5 5 0 1 4 7");
        none_of("the grid reads 3 4 1 2 0 9 8 7 6 5 across", "pii.phone");
        has("his medical record number is 6 3 4 3 3 8 1 please", "phi.mrn", "6 3 4 3 3 8 1");
        none_of("steps 6 3 4 3 3 8 1 in order", "phi.mrn");
        has("her date of birth is 4 12 32 should i", "pii.date", "4 12 32");
        has("date of birth 7 19 1958 for", "pii.date", "7 19 1958");
        none_of("set 4 12 32 reps of squats", "pii.date");
        none_of("date of birth is 13 40 32", "pii.date");
    }

    #[test]
    fn twentieth_round_e164_french_letters_passports_and_standards() {
        // E.164 numbers run together after a plus, as gateways log them,
        // and with the plus a URL encoded in a form's body.
        has("outbound to=+14145550138 appt=A-7781203", "pii.phone", "+14145550138");
        has("From=%2B14145550138&To=%2B12625550196&Body=C", "pii.phone", "14145550138");
        has("From=%2B14145550138&To=%2B12625550196&Body=C", "pii.phone", "12625550196");
        has("UK office: +442079460321", "pii.phone", "+442079460321");
        // A North American number must have its area and exchange codes;
        // a plus glued to a word is arithmetic; too few digits are no phone.
        none_of("call +10005550138 now", "pii.phone");
        none_of("x+14145550138", "pii.phone");
        none_of("delta +123456789 bytes", "pii.phone");
        none_of("From=%2B0145550138&To=x", "pii.phone");
        // French dates: day first, "1er", a weekday before the day, and a
        // month in lower case with its year.
        has("n\u{e9} le 14 f\u{e9}vrier 1956 - RAMQ", "pii.date", "14 f\u{e9}vrier 1956");
        has("Montr\u{e9}al, le 3 novembre 2025", "pii.date", "3 novembre 2025");
        has("je le reverrai le jeudi 15 janvier 2026 \u{e0} 9 h 30", "pii.date", "jeudi 15 janvier 2026");
        has("revu le 1er mai 2025", "pii.date", "1er mai 2025");
        has("polyarthralgies depuis mai 2025 avec raideur", "pii.date", "mai 2025");
        // A month alone, or a capitalised one without a day, is none; the
        // German rule still reads its own "Mai".
        none_of("en mai, puis en juin", "pii.date");
        none_of("Bruno Mars 2020 tour", "pii.date");
        has("Aufnahme am 9. Mai 2024", "pii.date", "9. Mai 2024");
        // French titles name the person after them and are no name
        // themselves; a letter's greeting is no name.
        has(
            "Dre \u{c9}lodie Saint-Onge-Lavall\u{e9}e\nGMF Villeray",
            "pii.person_name",
            "\u{c9}lodie Saint-Onge-Lavall\u{e9}e",
        );
        let f = found("Dre \u{c9}lodie Saint-Onge-Lavall\u{e9}e\n\nCh\u{e8}re consoeur,\nMerci.");
        assert!(!f.iter().any(|(_, v)| v.starts_with("Dre") || v.starts_with("Ch")), "{f:?}");
        // French streets, the number first: a comma or a space, the
        // street's word, its capitalised name, and a unit.
        has("1187, rue Beaubien Est, app. 4, Montr\u{e9}al", "pii.street_address", "1187, rue Beaubien Est, app. 4");
        has("au 12 rue de la Paix, Paris", "pii.street_address", "12 rue de la Paix");
        has("GMF, 7305, boul. Saint-Laurent, Montr\u{e9}al", "pii.street_address", "7305, boul. Saint-Laurent");
        none_of("we made 3 rue changes and 2 place settings", "pii.street_address");
        // A county grid's house number.
        has("residence, N27W23953 Paul Rd, Pewaukee, WI 53072", "pii.street_address", "N27W23953 Paul Rd, Pewaukee");
        none_of("part N27W23953 ships today", "pii.street_address");
        // A passport's letter and eight digits near "passports".
        has("keeps the children's U.S. passports (Imani A43749058, Jomo 552402911)", "pii.us_passport", "A43749058");
        has("keeps the children's U.S. passports (Imani A43749058, Jomo 552402911)", "pii.us_passport", "552402911");
        none_of("order A43749058 shipped", "pii.us_passport");
        // A member ID's prefix and number near an insurer's name.
        has("Secondary: Anthem BCBS Supp  ID XKW449739450  Grp 0252913", "phi.health_plan_id", "XKW449739450");
        none_of("Shipment XKW449739450 left the dock", "phi.health_plan_id");
        // A police report's age.
        has("SOKOLOWSKI, OTTILIE M  DOB 01/29/1934  91 YOA  INJ: A", "pii.age_over_89", "91");
        none_of("unit 91 yoast", "pii.age_over_89");
        // Code systems on standards' hosts are no one's address; the same
        // path elsewhere still may be.
        let fhir = r#"{ "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR" },
                      { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.65" }"#;
        none_of(fhir, "pii.url");
        has(
            "see https://portal.example.org/CodeSystem/v2-0203",
            "pii.url",
            "https://portal.example.org/CodeSystem/v2-0203",
        );
        // A region's word, a town that is a given name, and a dog's breed.
        none_of("Prior care: NHS Greater Manchester Mental Health 2019-2022", "pii.person_name");
        none_of("Quincy PD non-emergency 617-555-0114", "pii.person_name");
        none_of("Breed: Cavalier King Charles Spaniel", "pii.person_name");
        // Dates read out in words, as speech-to-text writes them, with
        // their year; a month in lower case with its year, unless the
        // month is also a word; a month "of" its year.
        has("date of birth is march third nineteen forty one thanks", "pii.date", "march third nineteen forty one");
        has("dob november fourteenth, twenty twenty six", "pii.date", "november fourteenth, twenty twenty six");
        has("born june the first two thousand and five", "pii.date", "june the first two thousand and five");
        has("born june the twenty-first two thousand", "pii.date", "june the twenty-first two thousand");
        none_of("on march third we met", "pii.date");
        none_of("march third twenty people came", "pii.date");
        has("seen in november 2025 for follow up", "pii.date", "november 2025");
        none_of("we march 2025 steps", "pii.date");
        has("admitted March of 2024 with chest pain", "pii.date", "March of 2024");
        // Portuguese dates and streets.
        has("alta em 17 de mar\u{e7}o de 2025 para casa", "pii.date", "17 de mar\u{e7}o de 2025");
        has(
            "Rua Padre Eust\u{e1}quio, 1874, apto 302, Belo Horizonte",
            "pii.street_address",
            "Rua Padre Eust\u{e1}quio, 1874, apto 302",
        );
        none_of("a Rua Augusta, onde fica o museu", "pii.street_address");
        has(
            "sobrinha, Avenida do Contorno, 6061, sala 804, Belo Horizonte",
            "pii.street_address",
            "Avenida do Contorno, 6061, sala 804",
        );
        has(
            "M\u{e9}dica respons\u{e1}vel: Dra. Helena Martins Queiroz \u{2014} CRM",
            "pii.person_name",
            "Helena Martins Queiroz",
        );
        // A row in psql's expanded display: a key at the line's start, a
        // bar, its value.
        let row = "-[ RECORD 1 ]--+------------\nid             | 1188\nmrn            | M00749365\n\
                   last_name      | Ruiz Calder\u{f3}n\nfirst_name     | Xqztl\n";
        has(row, "phi.mrn", "M00749365");
        has(row, "pii.person_name", "Ruiz Calder\u{f3}n");
        has(row, "pii.person_name", "Xqztl");
        // A bar mid-line, or a key with no padding before its bar, is none.
        none_of("we set first_name | Xqztl by hand", "pii.person_name");
        none_of("first_name| Xqztl", "pii.person_name");
        // Two capitalised words set off before a role by a comma, the
        // first on the lists.
        has("Intake by Fenwick Oduya, paralegal.", "pii.person_name", "Fenwick Oduya");
        none_of("Hollis & Brandt LLP, counsel for the estate", "pii.person_name");
        // A found name's word again in lower case, as a client's quoted
        // words write it; not where the name is an ordinary word, nor
        // inside an address or a handle.
        let notes = "Ex-partner Tyler Brennan-Shaw moved out.\nD: \"i haven't slept since tyler moved back.\"";
        has(notes, "pii.person_name", "tyler");
        let words =
            "Seen by Amber Cook, NP, and Dolores Vega.\nthe cook said the amber light is on; tiene dolores de cabeza";
        let f = found(words);
        assert!(!f.iter().any(|(c, v)| c == "pii.person_name" && v.starts_with(|c: char| c.is_lowercase())), "{f:?}");
        let handles = "Contact: Losa Devi, losa.devi@example.net, in #integration-devi and losa-devi.example.net";
        let f = found(handles);
        assert!(!f.iter().any(|(c, v)| c == "pii.person_name" && v.starts_with(|c: char| c.is_lowercase())), "{f:?}");
    }

    #[test]
    fn twenty_fourth_round_hungarian_accents_particles_and_nicknames() {
        let d = Detector::builtin().unwrap();
        // Hungarian dates: year first, the month named or in digits, the
        // day's dot and a weekday after it inside the span, a case ending
        // outside it; "november" is the English rule's keyword.
        has("sz\u{fc}letett 1931. szeptember 2.; anyja", "pii.date", "1931. szeptember 2.");
        has("Elhunyt 2025. m\u{e1}jus 14-\u{e9}n, 93", "pii.date", "2025. m\u{e1}jus 14");
        has("2025. okt\u{f3}ber 8., szerda napj\u{e1}n", "pii.date", "2025. okt\u{f3}ber 8., szerda");
        has("Budapest, 2025. november 3.", "pii.date", "2025. november 3.");
        has("(sz\u{fc}l. 1958. 07. 19.; anyja", "pii.date", "1958. 07. 19.");
        // Not dates: a statute's year, a month's day that is none, a list.
        none_of("a 2010. \u{e9}vi XXXVIII. t\u{f6}rv\u{e9}ny alapj\u{e1}n", "pii.date");
        none_of("2025. febru\u{e1}r 30.", "pii.date");
        none_of("steps 2024. 13. 40.", "pii.date");
        // Ages.
        has("Elhunyt 93 \u{e9}ves kor\u{e1}ban.", "pii.age_over_89", "93");
        none_of("Elhunyt 63 \u{e9}ves kor\u{e1}ban.", "pii.age_over_89");
        // Born as, and widow of, with their dots.
        let names = person_names(
            &d,
            "\u{d6}r\u{f6}khagy\u{f3}: \u{f6}zv. Szab\u{f3} Lajosn\u{e9} (sz\u{fc}l. Bakos Erzs\u{e9}bet), sz\u{fc}letett",
        );
        assert!(names.contains(&"Szab\u{f3} Lajosn\u{e9}".to_string()), "{names:?}");
        assert!(names.contains(&"Bakos Erzs\u{e9}bet".to_string()), "{names:?}");
        assert!(person_names(&d, "a sz\u{fc}l Bakos").is_empty());
        // Streets, with the floor and the door; a road with no name or no
        // number is none.
        has(
            "1117 Budapest, Bart\u{f3}k B\u{e9}la \u{fa}t 61. 2. emelet 4. ajt\u{f3}; mobil",
            "pii.street_address",
            "Bart\u{f3}k B\u{e9}la \u{fa}t 61. 2. emelet 4. ajt\u{f3}",
        );
        has(
            "1136 Budapest, T\u{e1}tra utca 5/B. 3. emelet 12. ajt\u{f3};",
            "pii.street_address",
            "T\u{e1}tra utca 5/B. 3. emelet 12. ajt\u{f3}",
        );
        none_of("az \u{fa}t 5 km hossz\u{fa}", "pii.street_address");
        none_of("a Kossuth utca sarka", "pii.street_address");
        // A passport after its Hungarian word; a Hungarian account by its
        // check digits.
        has("USA \u{fa}tlev\u{e9}l: N13029230", "pii.us_passport", "N13029230");
        has("sz\u{e1}mlasz\u{e1}m: 11708960-06704678-00000000 (IBAN", "fin.bank_account", "11708960-06704678-00000000");
        none_of("ref 11708961-06704678-00000000", "fin.bank_account");
        // Given names with an accent after their capital.
        assert_eq!(person_names(&d, "H\u{e9}ctor Quintanilla, hq@example.com"), vec!["H\u{e9}ctor Quintanilla"]);
        assert_eq!(person_names(&d, "met H\u{e9}ctor Smith today"), vec!["H\u{e9}ctor Smith"]);
        // The Arabic article before a surname.
        assert_eq!(person_names(&d, "endoscopist Dr. Karim al-Masri, then"), vec!["Karim al-Masri"]);
        assert_eq!(person_names(&d, "Dr. al-Masri agrees."), vec!["al-Masri"]);
        // A nickname in brackets that starts a word of the name before it.
        let names = person_names(&d, "displayName: Okeke, Chiamaka (Chi)\nChi called back.");
        assert_eq!(names.iter().filter(|n| *n == "Chi").count(), 2, "{names:?}");
        assert_eq!(person_names(&d, "Patient John Smith (Pt) seen"), vec!["John Smith"]);
        // Surname first in a record: a given name a middle initial follows,
        // listed or not; not an acronym, nor a word with no initial after it.
        assert_eq!(
            person_names(&d, "Patient: HOLLOWAY-BANKS, Augusta M.   DOB 04/22/1930"),
            vec!["HOLLOWAY-BANKS, Augusta M."]
        );
        assert_eq!(
            person_names(&d, "Patient: MCALLISTER-NWOSU, PHILIPPA J   DOB 04/22/1930"),
            vec!["MCALLISTER-NWOSU, PHILIPPA J"]
        );
        assert_eq!(person_names(&d, "Patient: Whitfield, Augusta M. seen"), vec!["Whitfield, Augusta M."]);
        assert!(person_names(&d, "Patient: HTN, DM A lot").is_empty());
        assert_eq!(person_names(&d, "Patient: SMITH, CT A. done"), vec!["SMITH"]);
        // A part's number shaped like an SSN; an SSN's word still wins.
        none_of("replacement drill guide part 102-55-0199 on work order", "pii.ssn");
        none_of("Item 102-55-0199 is back-ordered", "pii.ssn");
        has("her SSN is 102-55-0199", "pii.ssn", "102-55-0199");
        has("the department 102-55-0199", "pii.ssn", "102-55-0199");
    }

    #[test]
    fn twenty_fifth_round_polish_records_ages_and_passports() {
        let d = Detector::builtin().unwrap();
        // Polish streets after "ul.", the flat or premises after the number;
        // a street named with no number is none.
        has(
            "zamieszka\u{142}a: 31-128 Krak\u{f3}w, ul. Floria\u{144}ska 12 m. 3, legitymuj\u{105}ca",
            "pii.street_address",
            "ul. Floria\u{144}ska 12 m. 3",
        );
        has("przy ul. D\u{142}ugiej 7 w Krakowie", "pii.street_address", "ul. D\u{142}ugiej 7");
        has("Ul. Basztowa 17 lok. 4", "pii.street_address", "Ul. Basztowa 17 lok. 4");
        none_of("na ul. Floria\u{144}skiej w Krakowie", "pii.street_address");
        // Parents' given names in the genitive after "c\u{f3}rka" and "syn";
        // a maiden name after "z domu".
        let names = person_names(
            &d,
            "Halina Kowalczyk z domu D\u{105}browska, c\u{f3}rka J\u{f3}zefa i Stanis\u{142}awy, oraz Jan Nowak, syn Piotra, urodzony",
        );
        for name in ["D\u{105}browska", "J\u{f3}zefa", "Stanis\u{142}awy", "Piotra"] {
            assert!(names.contains(&name.to_string()), "{name}: {names:?}");
        }
        assert!(person_names(&d, "c\u{f3}rka ma 5 lat; SYN Flood, ACK").is_empty());
        // An act's and a regulation's dates are none of a person's; a
        // birth date beside them still is.
        none_of("art. 4a ustawy z dnia 28 lipca 1983 r. o podatku", "pii.date");
        none_of("(rozporz\u{105}dzenie Ministra Sprawiedliwo\u{15b}ci z dnia 28 czerwca 2004 r.)", "pii.date");
        has("urodzona 2 lutego 1932 r., PESEL", "pii.date", "2 lutego 1932");
        // Passports after their words in Polish, Spanish and Portuguese;
        // Arizona's Medicaid ID.
        has("legitymuj\u{105}ca si\u{119} paszportem USA nr N58571694.", "pii.us_passport", "N58571694");
        has("Pasaporte EUA: A09741864", "pii.us_passport", "A09741864");
        has("passaporte americano n\u{ba} 552402911", "pii.us_passport", "552402911");
        none_of("pedido N58571694 enviado", "pii.us_passport");
        has("her AHCCCS ID A51003789.", "phi.health_plan_id", "A51003789");
        // Ages after "turned" and after a name and "is"; a unit, a decimal
        // or a measurement's word rules them out.
        has("Babcia turned 93 in February.", "pii.age_over_89", "93");
        has("Mr. Fairbanks-Oyelowo is 96, so the plan", "pii.age_over_89", "96");
        none_of("the valve turned 90 degrees", "pii.age_over_89");
        none_of("The rate is 96, so we", "pii.age_over_89");
        none_of("Mr. Fairbanks-Oyelowo is 96.5 kg", "pii.age_over_89");
    }

    #[test]
    fn twenty_third_round_czech_ledes_nurses_and_record_lists() {
        let d = Detector::builtin().unwrap();
        // Czech dates: day and month with a dot and a space, and the month
        // in the genitive after the day's dot, with a weekday before it.
        has("nar. 3. 11. 1933 (91 let)", "pii.date", "3. 11. 1933");
        has("V Praze 11. 9. 2025, MUDr.", "pii.date", "11. 9. 2025");
        has(
            "Datum operace: \u{10d}tvrtek 11. z\u{e1}\u{159}\u{ed} 2025, 08:40",
            "pii.date",
            "\u{10d}tvrtek 11. z\u{e1}\u{159}\u{ed} 2025",
        );
        has(
            "propu\u{161}t\u{11b}n\u{ed}: pond\u{11b}l\u{ed} 15. z\u{e1}\u{159}\u{ed} 2025.",
            "pii.date",
            "pond\u{11b}l\u{ed} 15. z\u{e1}\u{159}\u{ed} 2025",
        );
        has("narozen 2. b\u{159}ezna 1931", "pii.date", "2. b\u{159}ezna 1931");
        // Not a date: a list's numbers, a day and month without a year, a
        // year out of range, a version.
        none_of("see items 1. 2. and 3.", "pii.date");
        none_of("p\u{159}evaz 18. 9., extrakce", "pii.date");
        none_of("kroky 3. 4. 12345", "pii.date");
        none_of("section 4. 13. 2025", "pii.date");
        // Czech ages.
        has("Ludmila Reyesov\u{e1} (91 let)", "pii.age_over_89", "91");
        none_of("(45 let)", "pii.age_over_89");
        // Czech and Slovak titles, Mrs., and maiden names in three languages.
        assert_eq!(
            person_names(&d, "anestezie: MUDr. Ond\u{159}ej V\u{e1}vra (spin\u{e1}ln\u{ed})"),
            vec!["Ond\u{159}ej V\u{e1}vra"]
        );
        assert_eq!(person_names(&d, "pro JUDr. Janu Mare\u{161}ovou"), vec!["Janu Mare\u{161}ovou"]);
        assert_eq!(person_names(&d, "Pan\u{ed} Reyesov\u{e1} p\u{159}i\u{161}la"), vec!["Reyesov\u{e1}"]);
        assert_eq!(person_names(&d, "Ludmila R., roz. Hor\u{e1}kov\u{e1}, nar."), vec!["Hor\u{e1}kov\u{e1}"]);
        assert!(person_names(&d, "Margaret Hollis (n\u{e9}e Quarrington) called").contains(&"Quarrington".to_string()));
        assert_eq!(person_names(&d, "Frau Anna Weber, geb. M\u{fc}ller"), vec!["Anna Weber", "M\u{fc}ller"]);
        // "roz" and "geb" without their dot are other words, and "Nee" is a
        // surname.
        assert!(person_names(&d, "the roz Kettle report").is_empty());
        assert_eq!(person_names(&d, "Seen by Dr. Lisa Nee. Follow up in May."), vec!["Lisa Nee"]);
        assert!(person_names(&d, "Geb. Datum 01.02.1950").is_empty());
        // A Czech or Slovak woman's surname is one, listed or not.
        assert_eq!(
            person_names(&d, "instrument\u{e1}\u{159}ka: Lenka Holubov\u{e1}, DiS."),
            vec!["Lenka Holubov\u{e1}"]
        );
        // A nurse who signs what she did: "by RN" and two capitalised words.
        assert_eq!(person_names(&d, "Found by RN Tavita Faleolo: unresponsive"), vec!["Tavita Faleolo"]);
        assert_eq!(
            person_names(&d, "started 14:05 by RN Kwabena Oduro-Lindqvist. At 14:32"),
            vec!["Kwabena Oduro-Lindqvist"]
        );
        assert!(person_names(&d, "Reviewed by RN Case Manager today").is_empty());
        // Record numbers listed after "MRNs:" with their facilities.
        let t = "MRNs: Ashford Creek AC-4614082; County General CG-05886592.";
        has(t, "phi.mrn", "AC-4614082");
        has(t, "phi.mrn", "CG-05886592");
        none_of("MRNs: none on file; see chart 2024-01-15.", "phi.mrn");
        // A FHIR search's MRN after its URL-encoded bar.
        has("GET /r4/Patient?identifier=MRN%7C23887972", "phi.mrn", "23887972");
        // A Czech street, its house number last and its postcode after it.
        has(
            "dcera Eva Nov\u{e1}kov\u{e1}, Korunn\u{ed} 1284/92, 120 00 Praha 2, tel.",
            "pii.street_address",
            "Korunn\u{ed} 1284/92",
        );
        has("Hlavn\u{ed} 5, 602 00 Brno", "pii.street_address", "Hlavn\u{ed} 5");
        none_of("Table 12, 100 00 K\u{10d}", "pii.street_address");
        none_of("Seats 12, 100 00 left", "pii.street_address");
        // A code on a shelf and a standard's official date are no one's.
        none_of("Refrigerator R2, shelf B20.1.", "phi.icd10");
        none_of("under USP <797> (official November 1, 2023).", "pii.date");
    }

    #[test]
    fn twenty_second_round_swedish_polish_gedcom_load_files_and_columns() {
        let d = Detector::builtin().unwrap();
        // Swedish and Polish dates, with a weekday before the day (Polish
        // puts a comma after it); Swedish and Norwegian ages.
        has("Ankomst: tisdag 15 juli 2025 kl. 09:12", "pii.date", "tisdag 15 juli 2025");
        has("rundresa sedan 8 augusti 2025.", "pii.date", "8 augusti 2025");
        has("opererad 2 maj 2025", "pii.date", "2 maj 2025");
        has("Data porodu: poniedzia\u{142}ek, 3 marca 2025 r.", "pii.date", "poniedzia\u{142}ek, 3 marca 2025");
        has("wizyta domowa \u{15b}roda, 19 marca 2025:", "pii.date", "\u{15b}roda, 19 marca 2025");
        has("ur. 1 wrze\u{15b}nia 1931", "pii.date", "1 wrze\u{15b}nia 1931");
        none_of("Maja Kowalska przyjecha\u{142}a", "pii.date");
        has("F\u{f6}dd 1933-11-04 (91 \u{e5}r)", "pii.age_over_89", "91");
        has("Anamnes: 91-\u{e5}rig kvinna", "pii.age_over_89", "91");
        has("en 93-\u{e5}ring fra Bergen", "pii.age_over_89", "93");
        none_of("91 \u{e5}rsringar", "pii.age_over_89");
        // An age in words set off by a comma after a name.
        has("S: Tad, ninety-seven and tired of being tired", "pii.age_over_89", "ninety-seven");
        has("Her aunt, ninety-two, lives alone", "pii.age_over_89", "ninety-two");
        none_of("Pulse, ninety-two, regular", "pii.age_over_89");
        // A device's error code is no diagnosis.
        none_of("Analyzer logged error E72.1 three times", "phi.icd10");
        none_of("pump alarm E04.1 cleared", "phi.icd10");
        has("Dx: hypothyroidism E03.9", "phi.icd10", "E03.9");
        // A street with a Spanish name after its house number, as the
        // United States write it; a year there is none.
        has("lives at 77 Calle Alegre, Santa Fe", "pii.street_address", "77 Calle Alegre");
        none_of("the 2024 Calle Ocho festival was loud", "pii.street_address");
        // A name in capitals, surname first, before "DOB" without a bracket
        // (listed or not), or in the cell before a table's date (listed).
        assert_eq!(person_names(&d, "Search: OSEI, ABENA M   DOB 04/27/1986"), vec!["OSEI, ABENA M".to_string()]);
        let t = "  ACOSTA-REYES, DOLORES | 1949-08-23 | 390-01-4328";
        assert_eq!(person_names(&d, t), vec!["ACOSTA-REYES, DOLORES".to_string()], "{:?}", found(t));
        assert!(person_names(&d, "  ADDENDUM, SIGNED | 2025-03-02 |").is_empty());
        // A prescriber written surname first in a report's column.
        let t = "05/09/2025  oxycodone  20  Quist, Tobias MD (FQ3665570)  Main St Pharmacy\nNPIs: Quist 1764188946";
        assert_eq!(person_names(&d, t), vec!["Quist, Tobias".to_string(), "Quist".to_string()], "{:?}", found(t));
        let t = "Billing Department\n  Hospital, Tobias MD";
        assert!(!person_names(&d, t).iter().any(|n| n.starts_with("Hospital")), "{:?}", found(t));
        // A name before an address in brackets that spells it.
        let t = "Negotiator: Wren Castellanos-Obi (wren.castellanos-obi@example.com)";
        assert_eq!(person_names(&d, t), vec!["Wren Castellanos-Obi".to_string()], "{:?}", found(t));
        let t = "Contact Night Desk (support@example.com) anytime";
        assert!(person_names(&d, t).is_empty(), "{:?}", found(t));
        // JSON's "name" is a person's in an object with a person's key,
        // escaped or not; not a drug's.
        has(r#"{"name":"Oyelowo, Temperance J.","dob":"1958-10-02"}"#, "pii.person_name", "Oyelowo, Temperance J.");
        has(
            r#""text": "{\"name\":\"Oyelowo, Temperance J.\",\"mbi\":\"2RX4GJ9CP93\"}""#,
            "pii.person_name",
            "Oyelowo, Temperance J.",
        );
        none_of(r#"{"name":"Lisinopril Tablets","dose":"10 mg"}"#, "pii.person_name");
        // A travel insurer's name is no person's.
        assert!(person_names(&d, "F\u{f6}rs\u{e4}kring: Aurora Travel Assist, skadenummer").is_empty());
        assert!(person_names(&d, "Booked through Jordan Travel Assistance").is_empty());
        // Another person's key does not name the parts of this one's.
        has(
            r#"{"name":"Oyelowo, Temperance J.","dob":"1958-10-02","pcp":"Ifeoma Grant-Lucero, MD"}"#,
            "pii.person_name",
            "Oyelowo, Temperance J.",
        );
        // Load-file rows: the thorn quotes a field, so values beside it stand
        // alone; offsets are the caller's.
        let t = "\u{fe}BEGBATES\u{fe}\u{b6}\u{fe}FROM\u{fe}\n\u{fe}MHC0004514\u{fe}\u{b6}\u{fe}doyelaran-fitch@example.org\u{fe}\u{b6}\u{fe}Re: Tomasz Wr\u{f3}blewski, MRN 5130027\u{fe}";
        has(t, "pii.email", "doyelaran-fitch@example.org");
        has(t, "phi.mrn", "5130027");
        let t = "\u{fe}A\u{fe}\u{14}\u{fe}hquinlan@example.org\u{fe}";
        has(t, "pii.email", "hquinlan@example.org");
        // Not on other lines: an Icelandic line keeps its thorns and its
        // findings.
        let line = "Sj\u{fa}klingur: \u{de}\u{f3}r\u{f0}ur \u{fe}orsteinsson, 11.02.1938, s\u{ed}mi 555-0142";
        let t = format!("\u{fe}A\u{fe}\u{b6}\u{fe}B\u{fe}\n{line}");
        let shift = t.len() - line.len();
        let alone: Vec<_> = d.scan(line).into_iter().map(|f| (f.class, f.start + shift, f.end + shift)).collect();
        let within: Vec<_> = d.scan(&t).into_iter().map(|f| (f.class, f.start, f.end)).collect();
        assert!(!alone.is_empty());
        assert_eq!(within, alone);
    }

    #[test]
    fn twenty_first_round_dutch_letters_authors_and_masks() {
        // Dutch dates: day first, a weekday before the day, a month in
        // lower case with its year; English months in lower case with a
        // day and a year, as Dutch letters and chat write them.
        has("Utrecht, dinsdag 11 februari 2025", "pii.date", "dinsdag 11 februari 2025");
        has("die per 1 maart 2025 bij haar dochter", "pii.date", "1 maart 2025");
        has("overleden op 7 juni 2019 thuis", "pii.date", "7 juni 2019");
        has("MMSE 22/30 in januari 2025", "pii.date", "januari 2025");
        has("vastgelegd op 3 september 2024.", "pii.date", "3 september 2024");
        has("seen again on 12 november 2025 in clinic", "pii.date", "12 november 2025");
        // A verb's "march" with a count is still none, and a Dutch month
        // alone is none.
        none_of("we march 2 miles a day", "pii.date");
        none_of("in mei of juni", "pii.date");
        // Italian dates, with a weekday before the day; "marzo" through the
        // Spanish rule's keyword, which still reads its own dates.
        has("Bologna, luned\u{ec} 3 marzo 2025\n", "pii.date", "luned\u{ec} 3 marzo 2025");
        has("dal 9 dicembre 2024 al 17/12/2024", "pii.date", "9 dicembre 2024");
        has("eGFR 24 ml/min a gennaio 2025", "pii.date", "gennaio 2025");
        has("il 4 febbraio 2025: non desidera", "pii.date", "4 febbraio 2025");
        has("naci\u{f3} el 12 de marzo de 2024", "pii.date", "12 de marzo de 2024");
        none_of("in marzo e aprile", "pii.date");
        has("nata a Imola il 02/09/1932, 92 anni, C.F.", "pii.age_over_89", "92");
        // Ages in Dutch, French, Spanish and Portuguese words.
        has("mevrouw Van den Bosch-Kuipers, 93 jaar, die", "pii.age_over_89", "93");
        has("patiente de 92 ans, autonome", "pii.age_over_89", "92");
        has("paciente de 91 a\u{f1}os de edad", "pii.age_over_89", "91");
        has("paciente de 94 anos, lúcida", "pii.age_over_89", "94");
        none_of("93 jaarlijks", "pii.age_over_89");
        // Dutch titles and relatives name the person after them; the
        // United States' Dutch name is no one's.
        has("verwijs ik mevrouw Van den Bosch-Kuipers, 93 jaar", "pii.person_name", "Van den Bosch-Kuipers");
        has("van haar echtgenoot Hendrik van den Bosch op 7 juni 2019", "pii.person_name", "Hendrik van den Bosch");
        has(
            "Contactpersoon: dochter Margriet van den Bosch, Grand Rapids",
            "pii.person_name",
            "Margriet van den Bosch",
        );
        none_of("bij haar dochter in de Verenigde Staten gaat wonen", "pii.person_name");
        // An author before an address in angle brackets after a word in
        // lower case, as a log writes a commit's author; one word there is
        // none, and words that are no name rule it out.
        has(
            "deploy f0272648 by Priyanka Raghunathan <p.raghunathan@example.org>",
            "pii.person_name",
            "Priyanka Raghunathan",
        );
        none_of("mail sent by Billing Department <billing@mercy.org>", "pii.person_name");
        none_of("notified via Zoom <no-reply@zoom.us>", "pii.person_name");
        // A deed's parties in the plural, the first with an accented capital.
        has(
            "Grantees: \u{c9}tienne Doucet-Marchand and Rosalind M. de la Pe\u{f1}a, joint tenants",
            "pii.person_name",
            "\u{c9}tienne Doucet-Marchand",
        );
        // A number's abbreviation and a deed's parties are no names.
        none_of("known as Sublot No. 118 in Sand Run Estates", "pii.person_name");
        none_of("C. Donor SSN or Employee I.D. No.: 436-86-6540", "pii.person_name");
        none_of("2. Affidavit of Surviving Tenant, recorded", "pii.person_name");
        // A subnet's mask is no address; a software's version is none; a
        // licence's number has no dots.
        none_of("factory default mask 255.255.255.0 on the pump", "pii.ip_address");
        has("laptop at 10.12.9.7 and mask 255.255.0.0", "pii.ip_address", "10.12.9.7");
        none_of("Software 4.2.1.17 | Drug library", "pii.ip_address");
        none_of("Drug library format DL 2025.02.1", "pii.us_driver_license");
        has("DL: IL C530-4417-9921", "pii.us_driver_license", "C530-4417-9921");
        // A nickname the name gives in quotes stands for the person alone
        // later, even when it is an ordinary word's name; without the
        // quotes, "Will" alone stays none.
        let t = "contact: daughter Penelope \"Penny\" Hargreaves-Oyelowo, UK mobile. Penny asks that";
        assert_eq!(person_names(&Detector::builtin().unwrap(), t).len(), 2, "{:?}", found(t));
        let t = "Will Smith and May Jones met. Will said";
        assert_eq!(person_names(&Detector::builtin().unwrap(), t), vec!["Will Smith".to_string()]);
        // A nickname in brackets after a middle initial the name left out.
        let t = "Patient: HARGREAVES, Wilfred J. (\"Wilf\")   90 y/o M. Wilf says hi";
        let names = person_names(&Detector::builtin().unwrap(), t);
        assert_eq!(names.iter().filter(|n| *n == "Wilf").count(), 2, "{names:?}");
        // A name in capitals, surname first, before a date in brackets,
        // as a dispensing log writes a patient; one word must be listed.
        let d = Detector::builtin().unwrap();
        let log = "Mon 02/03/2025  Rx 6104442  LINDQVIST, ANNIKA (04/22/1958)     BF8021456\n\
                   Tue 02/25/2025  Rx 6104619  O'DONNELL-BAPTISTE, CIAR\u{c1}N (03/08/1984)  MN4051532\n\
                   Wed 02/26/2025  Rx 6104620  WHITFIELD, ELEANOR J (01/15/1933)  MN4051532\n";
        let names = person_names(&d, log);
        for n in ["LINDQVIST, ANNIKA", "O'DONNELL-BAPTISTE, CIAR\u{c1}N", "WHITFIELD, ELEANOR J"] {
            assert!(names.iter().any(|x| x == n), "{n}: {names:?}");
        }
        // With "DOB" in the bracket, two or three capitalised words before
        // it, listed or not; an institution's words or one word are none.
        has(
            "Patient is Ana\u{ef}s Sol\u{ed}s-Moreau (DOB 11/30/1987), admitted",
            "pii.person_name",
            "Ana\u{ef}s Sol\u{ed}s-Moreau",
        );
        has("pt: Okwuosa Brightwater (DOB: 1/2/1950).", "pii.person_name", "Okwuosa Brightwater");
        for t in ["The Mercy Hospital (DOB 11/30/1987)", "see Brightwater (DOB 11/30/1987)", "CBC Panel (03/02/2025)"] {
            assert!(person_names(&d, t).is_empty(), "{t}: {:?}", found(t));
        }
        // An obituary's age; a house number set off by commas is no age
        // above 110; a message's ID is no one's address; a name's word in
        // a saint's or a place's name is no repeat of it.
        has("Walt was 93 years young, never missed", "pii.age_over_89", "93");
        has("Eunice Holloway, 104, was admitted", "pii.age_over_89", "104");
        none_of("my daughter of Rua da Prata, 118, 3.\u{ba} Esq., Lisboa", "pii.age_over_89");
        none_of(
            "Message-ID: <07qtriffd6hsn1dz5ny3@mail.example.net>\nIn-Reply-To: <a1b2c3@mx.example.org>",
            "pii.email",
        );
        has("From: Oliver <oliver.pennington@example.org>", "pii.email", "oliver.pennington@example.org");
        let t = "Paul Brzezinski of Tucson, Arizona. Services at St. Paul Lutheran; Paul spoke.";
        let names = person_names(&d, t);
        assert_eq!(names, vec!["Paul Brzezinski".to_string(), "Paul".to_string()], "{:?}", found(t));
        // The repeat walk asks the name pass's list of saints' and places'
        // words: a surname after "Fort ", "Mount " or "Ste. " is a place's.
        for (t, want) in [
            ("Eleanor Worth moved from the Fort Worth office; Worth called.", &["Eleanor Worth", "Worth"][..]),
            ("Vernon Achebe-Hale lives near Mount Vernon. Vernon agreed.", &["Vernon Achebe-Hale", "Vernon"]),
            ("Marie Delacroix-Okonkwo visited Ste. Marie today.", &["Marie Delacroix-Okonkwo"]),
        ] {
            assert_eq!(
                person_names(&d, t),
                want.iter().map(|n| n.to_string()).collect::<Vec<_>>(),
                "{t}: {:?}",
                found(t)
            );
        }
        for t in ["ADDENDUM, SIGNED (03/02/2025) by the attending", "see NOTE, ATTACHED (03/02/2025)"] {
            assert!(person_names(&d, t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn closings_display_names_records_of_a_person_credentials_before_a_name_and_census_names() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, found) in [
            // The line after a closing names its writer, listed or not.
            ("Can we talk before the call?\n\nThanks,\nPriyanka\n", &["Priyanka"][..]),
            ("Best regards,\n\nMarguerite Delacroix-Hale\nAttorney at Law", &["Marguerite Delacroix-Hale"]),
            ("Very truly yours,\n\n\n\nTavish Oyelaran, Esq.", &["Tavish Oyelaran"]),
            ("Thank you!\r\nTavish", &["Tavish"]),
            ("Sincerely,\nOluwaseun Adebayo-Smith, RN", &["Oluwaseun Adebayo-Smith"]),
            ("Cheers,\nWill", &["Will"]),
            // A nurse's or practitioner's credential before a name.
            ("Report given to RN T. Okonkwo at 0700.", &["T. Okonkwo"]),
            ("Seen by NP Alvarez this morning.", &["Alvarez"]),
            // A relative's name in brackets.
            ("Daughter (Priyanka) at bedside overnight.", &["Priyanka"]),
            // The person a legal record is "of".
            ("Summarize the deposition of Imogen Okwuosa. Retainer paid.", &["Imogen Okwuosa"]),
            ("the Estate of Walter Krasinski", &["Walter Krasinski"]),
            ("IN THE MATTER OF the guardianship of Ana Ruiz", &["Ana Ruiz"]),
            ("the Kowalski estate", &["Kowalski"]),
            // The reader after a greeting that opens a line.
            ("Hi Priyanka,\nFollowing up on the lease.", &["Priyanka"]),
            ("Hello Dana Whitfield!", &["Dana Whitfield"]),
            ("Dear Tavish:\n", &["Tavish"]),
            ("  Hey Will,", &["Will"]),
            // An e-mail's signature after its separator.
            (
                "Thanks,\nPriyanka\n\n-- \nPriyanka Venkataraman\nSenior Paralegal",
                &["Priyanka", "Priyanka Venkataraman"],
            ),
            // An e-mail header's display name before the address.
            ("From: Fenwick Kowalski <fk@firm.com>", &["Fenwick Kowalski"]),
            (
                "To: \"Priyanka Venkataraman\" <pv@firm.com>, Dana Whitfield <dw@firm.com>",
                &["Priyanka Venkataraman", "Dana Whitfield"],
            ),
            ("Cc: Caitlin <c@firm.com>", &["Caitlin"]),
            // Names from the Census files that the hand-written lists lack.
            ("Caitlin called about the refill.", &["Caitlin"]),
            ("Spoke with Deshawn Maddox about the lease.", &["Deshawn Maddox"]),
            ("Tavish McCrory has an appointment.", &["Tavish McCrory"]),
        ] {
            assert_eq!(names(text), found.iter().map(|s| s.to_string()).collect::<Vec<_>>(), "{text}");
        }
        for text in [
            // Lines after a closing that are no name.
            "Thanks,\nPlease call the clinic to reschedule.",
            "Regards,\nThe Billing Team",
            "Best,\nCustomer Service",
            "We thank the court.\nNext hearing is set.",
            "Thanks for the update, will review\nTomorrow",
            "the best\nOutcome",
            "Thank goodness,\nNothing broke",
            // A closing's word inside a sentence.
            "She did her best, and\nMonday we meet.",
            "Thanks,\n\n\n\n\nPriyanka",
            // Greetings that name no one, or are not a line's opening.
            "Dear Customer,",
            "Hi All,",
            "Dear Hiring Manager,",
            "Dear Sir or Madam,",
            "Hello World",
            "Hi Priyanka how are you",
            "Hi Mom,",
            "Dear Parents,",
            "Hey Siri,",
            "She said hi Priyanka,",
            "Hi there, Priyanka",
            // Display names that are no person's, or not a header's.
            "From: Zoom <no-reply@zoom.us>",
            "From: Billing Department <billing@mercy.org>",
            "x\"Priyanka Venkataraman\" <pv@firm.com>",
            "see the notes at <notes@firm.com>",
            // What a record is "of" when it is no person.
            "the Declaration of Independence",
            "Deposition of Corporate Representative",
            "the estate of the deceased",
            "the Medicare estate",
            "a Kowalski estate",
            "the Apple estate",
            // A matter's name is as often a firm's.
            "Following up on the Hendricks matter.",
            "--\nSee attached.",
            "a -- b\nPriyanka",
            // Credentials before words the lists do not vouch for.
            "RN Staffing Office called.",
            "NP Clinic hours are 8 to 5.",
            // Eponyms, scales and places that the Census lists hold as names.
            "Holter monitor placed. Apgar scores 8 and 9. Gleason 3+4.",
            "Removed Foley catheter. Positive Murphy sign. Epley maneuver done.",
            "Office in Alexandria. Loch Ness.",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_staff_title_is_a_role_word_and_no_name() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            ("Seen by Nurse Practitioner O'Connor.", "O'Connor"),
            ("Physician Assistant Brennan reviewed the chart.", "Brennan"),
            ("Lab Technician Kowalski drew blood.", "Kowalski"),
            ("Pharmacist Delgado called back.", "Delgado"),
            ("Officer Jones responded.", "Jones"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        for text in ["The Director of Nursing approved.", "Practitioner notes attached.", "Chaplain visited."] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn a_name_before_a_credential_is_a_name() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            ("Ordering: Anand Subramaniam, MD (NPI 1679576722)", "Anand Subramaniam"),
            ("Electronically signed: Anand K. Subramaniam MD", "Anand K. Subramaniam"),
            ("Regards,\nJane Doe, Esq.", "Jane Doe"),
            ("Signed, Marcus Whitfield, PA-C", "Marcus Whitfield"),
            ("Reviewed by Olusegun Adeyemi-Brandt, Ph.D. today", "Olusegun Adeyemi-Brandt"),
            ("Chioma Eze RN BSN on shift", "Chioma Eze"),
            ("cc: Smith, MD", "Smith"),
            ("Dr Anand Subramaniam, MD", "Anand Subramaniam"),
            ("Prescriber: Alana Kapoor, PMHNP-BC, DEA MK1234563", "Alana Kapoor"),
            ("Therapist: Oksana Bilyk LMFT", "Oksana Bilyk"),
            ("Reviewed by Tomasz Wierzbicki, PsyD", "Tomasz Wierzbicki"),
            ("Pathologist: Ngozi Adebayo-Eze, FRCPath", "Ngozi Adebayo-Eze"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        // A state after a city, capitals that are no credential, and words
        // that are no names.
        for text in [
            "She lives in Silver Spring, MD and works in Baltimore, MD.",
            "Silver Spring, MD 20910",
            "moved from State College, PA last year",
            "Hershey Medical Center, PA",
            "PLEASE, DO NOT RESUSCITATE",
            "Please DO NOT call",
            "J. MD",
            "Will, MD",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
    }

    #[test]
    fn every_surname_particle_passes_its_gate() {
        for p in super::PARTICLES {
            assert!(super::may_open_particle(p[0], p[1]), "{}", String::from_utf8_lossy(p));
        }
        let gate = super::may_open_particle;
        assert!(!gate(b't', b'h') && !gate(b'a', b'n') && !gate(b'i', b's'));
    }

    #[test]
    fn a_given_name_after_saint_or_a_place_word_is_no_person() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for text in [
            "Transferred from St. Luke's Medical Center.",
            "St Mary's Hospital and Saint Joseph clinic",
            "flew to San Jose on Monday",
            "Mount Sinai cardiology",
            "the Fort Worth office",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        // Not before a given name: "Luke" is a person here.
        assert_eq!(names("Call Luke Bennett today."), vec!["Luke Bennett".to_string()]);
    }

    #[test]
    fn a_surname_after_a_sentence_opener_is_a_name_without_it() {
        let d = Detector::builtin().unwrap();
        let names = |t: &str| person_names(&d, t);
        for (text, name) in [
            ("When Smith arrived, the nurse called.", "Smith"),
            ("Because Okafor objected, we paused.", "Okafor"),
            ("Did Johnson sign the consent?", "Johnson"),
            ("Ask Garcia for the films.", "Garcia"),
            ("When Thomas Smith arrived, we began.", "Thomas Smith"),
            ("If Maria Lopez calls, page me.", "Maria Lopez"),
        ] {
            assert_eq!(names(text), vec![name.to_string()], "{text}");
        }
        // The opener is no name's word, so it is no repeat of one either.
        let t = "When Smith arrived, the nurse called. When the doctor came, Smith left.";
        assert_eq!(names(t), vec!["Smith", "Smith"]);
        // Openers are no names on their own, and a word after one that is
        // no listed surname is not taken.
        assert!(names("When Quillfeather arrived, Because we said so.").is_empty());
        assert!(names("Hello Hospital staff.").is_empty());
    }

    #[test]
    fn person_names_in_record_and_legal_formats() {
        // (text, the name found in it)
        let found: &[(&str, &str)] = &[
            ("Judge Rebecca Stein ruled.", "Rebecca Stein"),
            ("Ask Marisol Kowalski about it.", "Marisol Kowalski"),
            // Surname particles belong to the name.
            ("Dear Ms. de la Cruz,", "de la Cruz"),
            ("Mr. van der Berg called", "van der Berg"),
            ("Patient Maria de la Cruz was seen.", "Maria de la Cruz"),
            ("Dr. Ahmed bin Rashid agreed", "Ahmed bin Rashid"),
            // Insurance forms' roles.
            ("Insured: Rodriguez Maria; plan B", "Rodriguez Maria"),
            ("Subscriber: Okafor, Ngozi.", "Okafor, Ngozi"),
            ("Guarantor: Thomas Reilly.", "Thomas Reilly"),
            // Names in capitals after an honorific or role word, as record
            // headers write them.
            ("Name: GARCIA, ROSA M.   DOB 1944-02-29", "GARCIA, ROSA M."),
            ("PATIENT: JOHN A. SMITH", "JOHN A. SMITH"),
            ("Dr. OKAFOR called", "OKAFOR"),
            ("Patient: JOHN SMITH MRN 4412378", "JOHN SMITH"),
            // Accented capitals, and compounds of listed names.
            ("Plaintiff JOSÉ NÚÑEZ appeared.", "JOSÉ NÚÑEZ"),
            ("Dr. ÁLVAREZ called", "ÁLVAREZ"),
            ("Patient: MARÍA LÓPEZ", "MARÍA LÓPEZ"),
            ("RAFAEL GUTIÉRREZ-MORALES, an individual,", "RAFAEL GUTIÉRREZ-MORALES"),
            ("RAFAEL GUTIERREZ-MORALES, an individual,", "RAFAEL GUTIERREZ-MORALES"),
            // A name before ", " and a role word, as captions write parties.
            ("MARIA ELENA RODRIGUEZ, Plaintiff, v. ACME", "MARIA ELENA RODRIGUEZ"),
            ("v. JOHN SMITH, Defendant.", "JOHN SMITH"),
            ("Smith, Defendant.", "Smith"),
            ("Pt. John Smith, 45M", "John Smith"),
            // ... or after ", " and an article and a word that describes a party.
            ("RAFAEL GUTIERREZ, an individual,", "RAFAEL GUTIERREZ"),
            ("EMILY HOLLOWAY, a minor, by and through", "EMILY HOLLOWAY"),
            ("In re the Estate of MARGARET HOLLOWAY, Deceased.", "MARGARET HOLLOWAY"),
            // Capitalised "Surname, Given I." after a role word, and a
            // comma that ends a name where no given name follows.
            ("Patient: Whitfield, Eleanor J.    DOB: 03/14/1941", "Whitfield, Eleanor J."),
            ("Name: Whitfield, Eleanor", "Whitfield, Eleanor"),
            ("seen by Dr. Patel, Internal Medicine", "Patel"),
            // Accented Latin letters: the lists spell names in ASCII.
            ("Seen with José Martínez today.", "José Martínez"),
            ("María José Hernández, 61F", "María José Hernández"),
            ("patient Zoë Brontë-Smith", "Zoë Brontë-Smith"),
            ("Carlos Álvarez signed.", "Carlos Álvarez"),
            ("per Dr. Müller", "Müller"),
            ("Dr. Łukasz Nowak", "Łukasz Nowak"),
            // Decomposed: a letter and a combining acute (U+0301).
            ("NFD: Jose\u{301} Marti\u{301}nez came.", "Jose\u{301} Marti\u{301}nez"),
            // A typographic apostrophe or a no-break space ends a name word.
            ("Maria Garcia\u{2019}s chart", "Maria Garcia"),
            ("Dr. Nguyen\u{a0}called", "Nguyen"),
            // Two capitals before a number are a place only if they are a
            // state's code ("BP" is a blood pressure).
            ("Cleveland BP 120/80 at triage", "Cleveland"),
        ];
        for (text, name) in found {
            has(text, "pii.person_name", name);
        }
        let not_names: &[&str] = &[
            // A court officer's title after "Judge" is not a name, and a
            // citation signal is not a given name before a cited party.
            "a Judge Advocate General opinion",
            "See Smith v. Jones, 512 U.S. 218 (1994).",
            "Cf. Brown v. Board of Education.",
            // Prepositions and verbs that are also names open legal phrases.
            "Per Curiam opinion; Per Diem rates.",
            "The Court should Grant Summary Judgment.",
            "Per Smith et al. (2019)",
            // Acronyms and ordinary words in capitals after a role word.
            "Patient: HTN, DM, CKD",
            "Name: WILL",
            "patient ER VISIT today",
            "Dr. HOSPITAL",
            "Name: \u{c9}T\u{c9}",
            "Patient: HTN-DM",
            // Before ", " and a role word: not listed, or one ambiguous word.
            "PACIFIC COAST LOGISTICS, INC., Defendant.",
            "The Hospital, Respondent.",
            "as to Mark, patient.",
            "HTN, patient",
            // Committee and service names after a role word.
            "The Patient Safety Committee met.",
            "Ask Patient Financial Services.",
            // Company names made of name-list words.
            "Okonkwo v. Sterling Logistics",
            "the Feldman Properties lease",
            // A describing word without a name before it.
            "The Hospital, an individual provider",
            "HTN, a minor finding",
            // A given name that starts a firm's name or names a city.
            "opposing counsel at Hollis & Brandt",
            "Cleveland OH 44102",
            "Cleveland, OH 44102",
            // A role word that ends a sentence does not lead into the next.
            "ACME, INC., Defendant. Case No. 23STCV04417",
            // Other letters still continue a word: no name is cut out of one.
            "Jose\u{3b1}bc Martinez\u{3b2}",
            "MariaßGarcia",
        ];
        for text in not_names {
            none_of(text, "pii.person_name");
        }
    }

    #[test]
    fn secrets() {
        has("key AKIAIOSFODNN7EXAMPL2 here", "secret.aws_access_key", "AKIAIOSFODNN7EXAMPL2");
        // More vendors' prefixes, as generic keys.
        for key in [
            "sk_live_51H8xYzAbCdEfGhIjKlMnOpQrStUvWx",
            "rk_test_4eC39HqLyjWDarjtT1zdp7dc",
            "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
            "SG.aBcDeFgHiJkLmNoPqRsTu1.wXyZaBcDeFgHiJkLmNoPqRsTuVwXyZaBcDeFgHi2kLm",
            "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
            "glpat-xK3mP9qR2sT5vW8yZ1bC",
            "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ12345678",
        ] {
            has(&format!("use {key} here"), "secret.generic_api_key", key);
        }
        for text in ["sk_test_short", "SG.x", "hf_ha", "AIzaTooShort1"] {
            none_of(text, "secret.generic_api_key");
        }
        // Passwords after their word, and in a URL's user information.
        has("password: Hunter2!Xq9#pLm", "secret.generic_api_key", "Hunter2!Xq9#pLm");
        has(r#"{"user":"jdoe","password":"s3cret-42"}"#, "secret.generic_api_key", "s3cret-42");
        has("passcode 482913.", "secret.generic_api_key", "482913");
        has(
            "DATABASE_URL=postgres://admin:S3cr3tPassw0rd!@db.internal:5432/prod",
            "secret.generic_api_key",
            "S3cr3tPassw0rd!",
        );
        has("redis://:hunter2pass@cache:6379", "secret.generic_api_key", "hunter2pass");
        for text in [
            "password: required. Password is incorrect.",
            "password: ******** and pwd: <your password>",
            "password: ${DB_PASSWORD}",
            "Reset your password (min 8 chars).",
            "amqp://guest:guest@localhost:5672/",
            "mongodb+srv://svc:${MONGO_PW}@cluster0.mongodb.net",
        ] {
            none_of(text, "secret.generic_api_key");
        }
        has(
            "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 ok",
            "secret.github_token",
            "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
        );
        has(
            "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
            "secret.openai_api_key",
            "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
        );
        has(
            "sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3dEf6h",
            "secret.anthropic_api_key",
            "sk-ant-api03-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3dEf6h",
        );
        has("xoxb-123456789012-abcdefABCDEF", "secret.slack_token", "xoxb-123456789012-abcdefABCDEF");
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK\n-----END RSA PRIVATE KEY-----";
        has(&format!("key:\n{pem}\n"), "secret.private_key", pem);
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        has(&format!("Bearer {jwt}"), "secret.jwt", jwt);
        has("api_key=q8Zt3LmX0pWv7RkB2nYc", "secret.generic_api_key", "q8Zt3LmX0pWv7RkB2nYc");
        none_of("the token count was 4096", "secret.generic_api_key");
        has("ATTORNEY-CLIENT PRIVILEGED", "legal.privilege_marker", "ATTORNEY-CLIENT PRIVILEGED");
        none_of("What is the attorney-client privilege?", "legal.privilege_marker");
        for (text, marker) in [
            ("Attorney-Client Communication - Do Not Forward", "Attorney-Client Communication"),
            ("This email is protected by attorney-client privilege.", "protected by attorney-client privilege"),
            ("This is an attorney-client privileged communication.", "attorney-client privileged communication"),
        ] {
            has(text, "legal.privilege_marker", marker);
        }
        // The doctrine discussed, not a document labelled.
        none_of("An attorney-client communication is privileged when made for advice.", "legal.privilege_marker");
        has(
            "send to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "fin.crypto_wallet",
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        );
    }
}
