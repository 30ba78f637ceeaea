//! Values in structured records, found by the name of their field rather
//! than by their shape alone: JSON objects (`"mrn": "4412378"`, FHIR's
//! `"family": "Ortiz"`), delimited tables with a header row (CSV, TSV,
//! pipe-separated and Markdown tables exported from a spreadsheet or an
//! EHR report), XML elements as CDA documents write them
//! (`<family>Ortiz</family>`), HL7 v2 segments
//! (`PID|1||4412378^^^MGH^MR||ORTIZ^ELLEN`) and X12 (HIPAA EDI) segments
//! (`NM1*IL*1*ORTIZ*ELLEN****MI*XJH881244093`).
//!
//! A record states what each value is, so a bare "4412378" under "mrn",
//! "19520417" in PID-7 or "Ortiz" under "last_name" is found where the
//! catalogue's own rules, which need a keyword beside the value or a name
//! list, find nothing. Every value is still checked against its field's
//! shape (a date must be a valid date, an SSN must pass the SSN rules, a
//! name must be capitalised words), so a mislabelled or empty field gives
//! nothing.
//!
//! The passes cost nothing on prose: the keyword pass calls
//! [`json_field`], [`xml_field`] and [`table_at`] only at a word that may name a field
//! (see `FIELD_WORDS` in `recognizers.rs`), and [`hl7_segment`] and
//! [`x12_segment`] only at a segment's name in capitals where a segment
//! starts.

use super::bytes::{ascii_lower8, load8_padded, low_bytes};
use super::recognizers::{NAME_SUFFIXES, digits_value, find, valid_month_day};
use super::validators as v;

/// What a field holds, from its name ([`field_of_key`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    /// A person's name, by a field that says so ("last_name", "patient").
    Name,
    /// "name" alone: a person's name only in a table that also has a
    /// column about a person (a date of birth, an MRN, a sex).
    BareName,
    /// A date about a person (birth, death, admission, service).
    Date,
    Ssn,
    Mrn,
    Phone,
    Street,
    Zip,
    Npi,
    Mbi,
    Plan,
    License,
    Passport,
    Age,
    /// A bank's routing number (ABA).
    Aba,
    /// A bank account's number.
    Account,
    /// Both, as "routing / account" ("Original ABA / account").
    AbaAccount,
    /// A column about a person that holds no identifier (sex, gender).
    Marker,
    /// A UK NHS number.
    Nhs,
    /// A secret, by the name a list of variables gives it in a key beside
    /// its value (Postman's `{"key": "faxKey", "value": "…"}`).
    Secret,
}

/// The longest field name looked up, normalised.
const MAX_KEY: usize = 40;

/// A key's ASCII letters and digits, lower-cased, in `buf`, every other
/// ASCII byte dropped; `None` for a key with a byte outside ASCII or more
/// than [`MAX_KEY`] letters and digits.
fn folded_key<'b>(key: &[u8], buf: &'b mut [u8; MAX_KEY]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &c in key {
        if c.is_ascii_alphanumeric() {
            if n == MAX_KEY {
                return None;
            }
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        } else if c >= 0x80 {
            return None;
        }
    }
    Some(&buf[..n])
}

/// The field a record's key or column header names: its ASCII letters and
/// digits, lower-cased, with every other byte dropped ("Date of Birth",
/// "date_of_birth", "dateOfBirth" and "DOB" alike), looked up in a fixed
/// vocabulary.
pub(crate) fn field_of_key(key: &[u8]) -> Option<Field> {
    let mut buf = [0u8; MAX_KEY];
    use Field as F;
    let field = match folded_key(key, &mut buf)? {
        b"patientname"
        | b"patient"
        | b"patientfullname"
        | b"fullname"
        | b"firstname"
        | b"first"
        | b"fname"
        | b"givenname"
        | b"given"
        | b"middlename"
        | b"lastname"
        | b"last"
        | b"lname"
        | b"surname"
        | b"familyname"
        | b"family"
        | b"patientfirstname"
        | b"patientlastname"
        | b"guarantor"
        | b"guarantorname"
        | b"insuredname"
        | b"subscribername"
        | b"policyholder"
        | b"policyholdername"
        | b"contactname"
        | b"emergencycontact"
        | b"emergencycontactname"
        | b"nextofkin"
        | b"mothersmaidenname"
        | b"maidenname"
        | b"physician"
        | b"physicianname"
        | b"attending"
        | b"att"
        | b"attendingphysician"
        | b"referringphysician"
        | b"orderingphysician"
        | b"orderingprovider"
        | b"providername"
        | b"doctor"
        | b"pcp"
        | b"clientname"
        | b"employeename"
        | b"employee"
        | b"parentname"
        | b"guardianname"
        | b"spousename"
        | b"plaintiff"
        | b"defendant"
        | b"witness"
        | b"decedent"
        | b"deponent"
        | b"claimant"
        | b"preferredname"
        // LEDES 1998B's lawyer or paralegal who billed the line
        | b"timekeepername" => F::Name,
        // A table's provider is a clinician or a clinic, a person only
        // beside a column about a patient.
        // So is a home-care visit's client, worker or aide.
        b"name" | b"provider" | b"renderingprovider" | b"client" | b"worker" | b"aide" | b"caregiver" | b"nickname" => {
            F::BareName
        }
        b"dob"
        | b"dateofbirth"
        | b"birthdate"
        | b"birthtime"
        | b"birthday"
        | b"patientdob"
        | b"patientdateofbirth"
        | b"dateofdeath"
        | b"deathdate"
        | b"deceaseddate"
        | b"admitdate"
        | b"admissiondate"
        | b"dischargedate"
        | b"dateofservice"
        | b"servicedate"
        | b"visitdate"
        | b"encounterdate"
        // LEDES 1998B's date of a line's work on a client's matter
        | b"lineitemdate" => F::Date,
        b"ssn" | b"socialsecuritynumber" | b"socialsecurity" | b"socialsecurityno" | b"patientssn" => F::Ssn,
        b"mrn"
        | b"medicalrecordnumber"
        | b"medicalrecord"
        | b"medicalrecordno"
        | b"chartnumber"
        | b"chartno"
        | b"patientid"
        | b"patientnumber"
        | b"patientno"
        | b"hospitalnumber"
        | b"recordnumber"
        | b"patientmrn" => F::Mrn,
        b"phone" | b"phonenumber" | b"phoneno" | b"telephone" | b"telephonenumber" | b"tel" | b"mobile"
        | b"mobilenumber" | b"mobilephone" | b"cell" | b"cellphone" | b"cellnumber" | b"homephone" | b"workphone"
        | b"fax" | b"faxnumber" | b"contactnumber" | b"contactphone" | b"patientphone" | b"phoneprimary"
        | b"primaryphone" | b"phonealt" | b"altphone" | b"alternatephone" | b"secondaryphone" | b"phone1"
        | b"phone2" | b"phonehome" | b"phonecell" | b"phonemobile" | b"phonework" => F::Phone,
        b"address" | b"streetaddress" | b"street" | b"address1" | b"address2" | b"addressline1" | b"addressline2"
        | b"line" | b"streetaddressline" | b"homeaddress" | b"mailingaddress" | b"patientaddress" => F::Street,
        b"zip" | b"zipcode" | b"postalcode" | b"postcode" | b"zip5" => F::Zip,
        b"npi" | b"npinumber" | b"providernpi" => F::Npi,
        b"mbi" | b"medicareid" | b"medicarenumber" | b"medicarebeneficiaryidentifier" => F::Mbi,
        b"memberid" | b"membernumber" | b"memberno" | b"subscriberid" | b"subscribernumber" | b"policynumber"
        | b"policyno" | b"policyid" | b"insuranceid" | b"insurancenumber" | b"medicaidid" | b"medicaidnumber"
        | b"healthplanid" => F::Plan,
        b"driverslicense"
        | b"driverslicensenumber"
        | b"driverlicense"
        | b"driverlicensenumber"
        | b"dlnumber"
        | b"licensenumber"
        | b"dl" => F::License,
        b"passport" | b"passportnumber" | b"passportno" => F::Passport,
        b"nhsnumber" | b"nhsno" => F::Nhs,
        b"age" | b"patientage" => F::Age,
        b"sex" | b"gender" | b"race" | b"ethnicity" => F::Marker,
        b"aba" | b"abanumber" | b"routing" | b"routingnumber" | b"routingno" | b"abarouting" | b"abaroutingnumber"
        | b"bankrouting" | b"bankroutingnumber" | b"rtn" => F::Aba,
        b"accountnumber" | b"accountno" | b"acctno" | b"acctnumber" | b"bankaccount" | b"bankaccountnumber"
        | b"depositaccount" | b"checkingaccount" | b"savingsaccount" => F::Account,
        // "Original ABA / account", "Routing and account no."
        k if (find(k, b"aba").is_some() || find(k, b"routing").is_some()) && find(k, b"acc").is_some() => F::AbaAccount,
        _ => return None,
    };
    Some(field)
}

/// A value found in a record: class, recogniser id, span, score, priority.
pub(crate) type Emit<'a> = dyn FnMut(&'static str, &'static str, usize, usize, f32, u8) + 'a;

/// Checks `b[s..e]`, a value of `field`, against the field's shape, and
/// emits it under recogniser `rec` if it passes.
pub(crate) fn value(field: Field, b: &[u8], s: usize, e: usize, rec: &'static str, emit: &mut Emit<'_>) {
    let (s, e) = trim(b, s, e);
    if s >= e || e - s > 120 {
        return;
    }
    let w = &b[s..e];
    let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
    let alnum_id = |min: usize, max: usize| {
        (min..=max).contains(&w.len())
            && digits > 0
            && w.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
            && w[0].is_ascii_alphanumeric()
    };
    let ssn_or_itin = || {
        let nine = digits == 9
            && w.len() <= 11
            && w.iter().all(|&c| c.is_ascii_digit() || c == b'-' || c == b' ')
            && w[0].is_ascii_digit();
        if !nine {
            return None;
        }
        let d: Vec<u8> = w.iter().copied().filter(u8::is_ascii_digit).collect();
        if v::itin(&d) { Some(("pii.itin", 0.97, 2)) } else { v::ssn(&d).then_some(("pii.ssn", 0.97, 2)) }
    };
    let phone = || {
        w.iter().all(|&c| c.is_ascii_digit() || b" ()+-./x".contains(&c))
            && (7..=15).contains(&digits)
            && (w[0].is_ascii_digit() || w[0] == b'(' || w[0] == b'+')
    };
    // An age's cell may carry its unit: "91", "91y", "91 y", "91 yo".
    let age_over_89 = || {
        let years = w.iter().take_while(|c| c.is_ascii_digit()).count();
        let unit = w[years..].trim_ascii_start();
        (2..=3).contains(&years)
            && digits == years
            && (90..=125).contains(&digits_value(&w[..years]))
            && [&b""[..], b"y", b"Y", b"yo", b"yrs", b"y/o"].contains(&unit)
    };
    // (class, score, priority) of a value that has its field's shape.
    let found: Option<(&'static str, f32, u8)> = match field {
        Field::Name | Field::BareName => person_name(w).then_some(("pii.person_name", 0.9, 2)),
        Field::Date => date_value(w).then_some(("pii.date", 0.95, 2)),
        Field::Ssn => ssn_or_itin(),
        Field::Mrn => alnum_id(4, 20).then_some(("phi.mrn", 0.95, 2)),
        Field::Phone => phone().then_some(("pii.phone", 0.95, 2)),
        Field::Street => street_value(w).then_some(("pii.street_address", 0.9, 2)),
        Field::Zip => zip_value(w).then_some(("pii.zip_code", 0.95, 2)),
        Field::Npi => (w.len() == 10 && digits == 10 && v::npi(w)).then_some(("phi.npi", 0.99, 3)),
        Field::Mbi => v::mbi(w).then_some(("phi.mbi", 0.97, 3)),
        // A Medicare member's ID is their MBI, the more specific class.
        Field::Plan if v::mbi(w) => Some(("phi.mbi", 0.97, 3)),
        Field::Plan => alnum_id(5, 25).then_some(("phi.health_plan_id", 0.95, 2)),
        // A licence's field holding a valid SSN written as one is the SSN,
        // as some states once numbered licences and as data entry errs.
        Field::License => ssn_shaped(w)
            .then(ssn_or_itin)
            .flatten()
            .or_else(|| alnum_id(4, 20).then_some(("pii.us_driver_license", 0.95, 2))),
        Field::Passport => alnum_id(6, 12).then_some(("pii.us_passport", 0.95, 2)),
        Field::Age => age_over_89().then_some(("pii.age_over_89", 0.95, 2)),
        Field::Aba => aba(w).then_some(("fin.aba_routing", 0.97, 3)),
        Field::Account => bank_account(w).then_some(("fin.bank_account", 0.9, 2)),
        Field::AbaAccount => {
            // "258008139 / 8276468574": the routing number, then the account's.
            let Some(slash) = w.iter().position(|&c| c == b'/') else { return };
            let (rs, re) = trim(b, s, s + slash);
            let (as_, ae) = trim(b, s + slash + 1, e);
            if aba(&b[rs..re]) && bank_account(&b[as_..ae]) {
                emit("fin.aba_routing", rec, rs, re, 0.97, 3);
                emit("fin.bank_account", rec, as_, ae, 0.9, 2);
            }
            None
        }
        Field::Nhs => {
            let d: Vec<u8> = w.iter().copied().filter(u8::is_ascii_digit).collect();
            let shape = w.iter().all(|&c| c.is_ascii_digit() || c == b' ' || c == b'-');
            (shape && v::nhs(&d)).then_some(("id.uk_nhs", 0.97, 3))
        }
        Field::Marker => None,
        Field::Secret => secret_value(w).then_some(("secret.generic_api_key", 0.85, 1)),
    };
    if let Some((class, score, priority)) = found {
        emit(class, rec, s, e, score, priority);
    }
}

/// Whether `w` is a routing number: nine digits that pass the ABA checksum.
fn aba(w: &[u8]) -> bool {
    w.len() == 9 && w.iter().all(u8::is_ascii_digit) && v::aba_routing(w)
}

/// Whether `w` may be a bank account's number: 6 to 17 digits, in groups
/// joined by single spaces or hyphens.
fn bank_account(w: &[u8]) -> bool {
    let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
    (6..=17).contains(&digits)
        && w.first().is_some_and(u8::is_ascii_digit)
        && w.last().is_some_and(u8::is_ascii_digit)
        && w.iter().all(|&c| c.is_ascii_digit() || c == b' ' || c == b'-')
        && !w.windows(2).any(|p| !p[0].is_ascii_digit() && !p[1].is_ascii_digit())
}

/// `s..e` without the spaces, tabs and quotes around it.
fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'\t' | b'"' | b'\'') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t' | b'"' | b'\'' | b'\r') {
        e -= 1;
    }
    (s, e)
}

/// Whether `w` (whole characters) starts with a letter, in ASCII or not
/// ("Élodie"; not a no-break space or a dash outside ASCII, whose first
/// bytes are no letter's).
fn starts_with_letter(w: &[u8]) -> bool {
    match w.first() {
        Some(c) if c.is_ascii() => c.is_ascii_alphabetic(),
        Some(_) => std::str::from_utf8(w).ok().and_then(|t| t.chars().next()).is_some_and(char::is_alphabetic),
        None => false,
    }
}

/// Words a surname may start with in lower case ("van der Berg").
const PARTICLES: &[&[u8]] =
    &[b"van", b"von", b"der", b"den", b"de", b"del", b"della", b"da", b"di", b"la", b"le", b"du", b"bin", b"al", b"y"];

/// Whether `w` reads as a person's name: one to five words of letters
/// (accented ones too), each capitalised or in capitals except surname
/// particles, with `.`, `'` and `-` inside words and spaces, commas or
/// other punctuation between them
/// ("Ortiz", "ORTIZ, ELLEN M", "Mary-Kate O'Neil", "van der Berg, Anna").
/// A field that says it holds a name still gives nothing for "N/A",
/// "unknown" or a sentence.
fn person_name(w: &[u8]) -> bool {
    if w.len() > 60 || !starts_with_letter(w) {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    // Words are split at spaces, commas and any other ASCII punctuation
    // but a name's own (an HL7 message's component separators included).
    let split = |c: &u8| c.is_ascii() && !c.is_ascii_alphanumeric() && !matches!(c, b'.' | b'\'' | b'-');
    for word in w.split(split).filter(|x| !x.is_empty()) {
        words += 1;
        let letters = word.iter().all(|&c| c.is_ascii_alphabetic() || c >= 0x80 || matches!(c, b'.' | b'\'' | b'-'));
        if !letters || !starts_with_letter(word) {
            return false;
        }
        if word[0].is_ascii_uppercase() || word[0] >= 0xC0 {
            capitalised += 1;
        } else if !PARTICLES.contains(&word) {
            return false;
        }
    }
    let placeholder =
        [&b"N/A"[..], b"NA", b"NONE", b"UNKNOWN", b"NULL", b"TBD", b"YES", b"NO", b"TRUE", b"FALSE", b"OTHER", b"SELF"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p));
    (1..=5).contains(&words) && capitalised > 0 && !placeholder
}

/// Whether `w` is a date written with digits: `YYYY-MM-DD` (and `/`, and
/// an ISO time after it), `MM/DD/YYYY` (and `-`, `.`), `M/D/YY`, or eight
/// digits `YYYYMMDD` (HL7's form, with a time after it up to 14 digits).
pub(crate) fn date_value(w: &[u8]) -> bool {
    let w = match w.iter().position(|&c| c == b'T' || c == b' ') {
        Some(t) if t >= 8 => &w[..t],
        _ => w,
    };
    // An HL7 timestamp's zone: "20241121094700-0500".
    let w = match w.iter().position(|&c| c == b'-' || c == b'+') {
        Some(t) if t >= 8 && w[..t].iter().all(u8::is_ascii_digit) => &w[..t],
        _ => w,
    };
    let num = |x: &[u8]| (!x.is_empty() && x.len() <= 4 && x.iter().all(u8::is_ascii_digit)).then(|| digits_value(x));
    if w.len() >= 8 && w.iter().all(u8::is_ascii_digit) {
        return [8, 10, 12, 14].contains(&w.len())
            && matches!((num(&w[..4]), num(&w[4..6]), num(&w[6..8])), (Some(y), Some(m), Some(d)) if valid_ymd(y, m, d));
    }
    let Some(&sep) = w.iter().find(|c| matches!(c, b'-' | b'/' | b'.')) else {
        return false;
    };
    let parts: Vec<&[u8]> = w.split(|&c| c == sep).collect();
    if parts.len() != 3 {
        return false;
    }
    match (num(parts[0]), num(parts[1]), num(parts[2])) {
        (Some(y), Some(m), Some(d)) if parts[0].len() == 4 => valid_ymd(y, m, d),
        (Some(m), Some(d), Some(y)) if parts[2].len() == 4 => valid_ymd(y, m, d) || valid_ymd(y, d, m),
        (Some(m), Some(d), Some(y)) if parts[2].len() == 2 && parts[0].len() <= 2 => {
            valid_ymd(2000 + y, m, d) || valid_ymd(2000 + y, d, m)
        }
        _ => false,
    }
}

fn valid_ymd(y: u32, m: u32, d: u32) -> bool {
    (1850..=2099).contains(&y) && valid_month_day(m, d)
}

/// Whether `w` reads as a street address or its second line: a house
/// number and a word ("4417 N Sheridan Rd"), a unit ("Apt 12", "Suite
/// 300B", "#4"), or a post office box. An address field holding an email,
/// a URL or free text gives nothing.
fn street_value(w: &[u8]) -> bool {
    if w.contains(&b'@') || w.windows(3).any(|x| x == b"://") {
        return false;
    }
    let first_end = w.iter().position(|&c| c == b' ').unwrap_or(w.len());
    let first = &w[..first_end];
    let rest = w.get(first_end + 1..).unwrap_or(&[]);
    let has_letter_word = rest.iter().any(u8::is_ascii_alphabetic);
    let house = !first.is_empty()
        && first[0].is_ascii_digit()
        // Hawaii's and Queens' house numbers hold a dash ("94-1032").
        && (first.len() <= 6 || first.len() <= 8 && first.contains(&b'-'))
        && first.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-');
    let unit =
        [&b"apt"[..], b"apartment", b"unit", b"suite", b"ste", b"flat", b"room", b"rm", b"bldg"].iter().any(|u| {
            first.eq_ignore_ascii_case(u)
                || first.len() == u.len() + 1 && first[..u.len()].eq_ignore_ascii_case(u) && first[u.len()] == b'.'
        }) && rest.iter().any(u8::is_ascii_alphanumeric);
    let hash_unit = first.len() >= 2 && first[0] == b'#' && first[1].is_ascii_alphanumeric();
    let po_box = {
        let lower: Vec<u8> = w.iter().filter(|c| c.is_ascii_alphanumeric()).map(u8::to_ascii_lowercase).collect();
        lower.starts_with(b"pobox") && lower.len() > 5
    };
    house && has_letter_word || unit || hash_unit || po_box
}

/// A US ZIP code (five digits, or ZIP+4) or a UK postcode's shape (an
/// outward code of letters and digits, a space, a digit and two letters).
fn zip_value(w: &[u8]) -> bool {
    let us = (w.len() == 5 || w.len() == 10 && w[5] == b'-')
        && w.iter().enumerate().all(|(i, c)| i == 5 || c.is_ascii_digit());
    let uk = (6..=8).contains(&w.len()) && w[0].is_ascii_uppercase() && {
        let sp = w.len() - 4;
        w[sp] == b' '
            && w[..sp].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && w[..sp].iter().any(u8::is_ascii_digit)
            && w[sp + 1].is_ascii_digit()
            && w[sp + 2..].iter().all(u8::is_ascii_uppercase)
    };
    us || uk
}

/// The longest vCard or calendar event read, from its `BEGIN:` line.
const MAX_CARD: usize = 16 * 1024;

/// A vCard (RFC 6350) or an iCalendar event (RFC 5545) whose `VCARD` or
/// `VEVENT` in its `BEGIN:` line is at `s..e`, as contacts and calendars
/// export them. Each property states what its value is, so the values
/// are read by property, up to the block's `END:` line:
/// - a card's `N` (family, given and middle names, each its own span),
///   `FN` and `NICKNAME` are names, `BDAY` a date, `ADR` a street and a
///   ZIP code (its third and sixth components) and `TEL` a phone. `FN`
///   and `NICKNAME` are a person's only when the card's `N` names one: a
///   business's card leaves `N` empty ("N:;;;;", "FN:Aloha Home Care");
/// - an event's `DTSTART`, `DTEND`, `DUE` and `RECURRENCE-ID` are dates
///   (a visit's, "20251114T153000Z", time and all, being one token), and
///   the `CN` parameter of its `ATTENDEE` and `ORGANIZER` is a name unless
///   `CUTYPE` says the attendee is a room, a resource or a group. The
///   stamps the calendar writes itself (`DTSTAMP`, `CREATED`,
///   `LAST-MODIFIED`) are no one's dates.
///
/// A value folded onto the next line (one that starts with a space) is
/// read up to the fold. A block ends at its `END:` line or at the next
/// `BEGIN:` line (an alarm's inside an event, another card after a card
/// cut short). Returns where the block ends.
pub(crate) fn calendar_block(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    if s < 6 || !b[s - 6..s].eq_ignore_ascii_case(b"BEGIN:") || (s > 6 && !matches!(b[s - 7], b'\n' | b'\r')) {
        return None;
    }
    let card = b[s..e].eq_ignore_ascii_case(b"VCARD");
    let limit = (e + MAX_CARD).min(b.len());
    let end_line: &[u8] = if card { b"END:VCARD" } else { b"END:VEVENT" };
    // The block ends at its END line, or where another block begins, so
    // that no byte is read by more than one block however many BEGIN
    // lines a text holds without their ENDs.
    let stop = find(&b[e..limit], b"\nBEGIN:").map_or(limit, |i| e + i);
    let end = find(&b[e..stop], end_line).map_or(stop, |i| e + i);
    let lines = || split_spans(b, e, end, b'\n').map(|(ls, le)| (ls, le - usize::from(le > ls && b[le - 1] == b'\r')));
    // A property's name, its parameters and its value's span.
    let property = |ls: usize, le: usize| -> Option<(&[u8], &[u8], usize)> {
        let line = &b[ls..le];
        let name_end = line.iter().position(|&c| c == b':' || c == b';')?;
        // A parameter's quoted value may hold a colon ("CN=\"Ruiz: RN\"").
        let mut quoted = false;
        let colon = name_end
            + line[name_end..].iter().position(|&c| {
                quoted ^= c == b'"';
                c == b':' && !quoted
            })?;
        Some((&line[..name_end], &line[name_end..colon], ls + colon + 1))
    };
    let is = |name: &[u8], want: &[u8]| name.eq_ignore_ascii_case(want);
    // The components of a structured value ("Faleolo;Tavita;Sina;;").
    let components = |vs: usize, le: usize| split_spans(b, vs, le, b';');
    let person_card = card
        && lines().any(|(ls, le)| {
            property(ls, le).is_some_and(|(name, _, vs)| {
                is(name, b"N") && components(vs, le).take(3).any(|(ps, pe)| !b[ps..pe].trim_ascii().is_empty())
            })
        });
    const REC: &str = "calendar_field";
    for (ls, le) in lines() {
        let Some((name, params, vs)) = property(ls, le) else { continue };
        if card && (is(name, b"FN") || is(name, b"NICKNAME")) && person_card {
            for (ps, pe) in components(vs, le) {
                for part in split_spans(b, ps, pe, b',') {
                    value(Field::Name, b, part.0, part.1, REC, emit);
                }
            }
        } else if card && is(name, b"N") {
            for (ps, pe) in components(vs, le).take(3) {
                value(Field::Name, b, ps, pe, REC, emit);
            }
        } else if card && is(name, b"BDAY") {
            value(Field::Date, b, vs, le, REC, emit);
        } else if card && is(name, b"ADR") {
            for (i, (ps, pe)) in components(vs, le).enumerate() {
                match i {
                    2 => value(Field::Street, b, ps, pe, REC, emit),
                    5 => value(Field::Zip, b, ps, pe, REC, emit),
                    _ => {}
                }
            }
        } else if card && is(name, b"TEL") {
            let vs = if b[vs..le].starts_with(b"tel:") { vs + 4 } else { vs };
            value(Field::Phone, b, vs, le, REC, emit);
        } else if !card
            && (is(name, b"DTSTART") || is(name, b"DTEND") || is(name, b"DUE") || is(name, b"RECURRENCE-ID"))
        {
            value(Field::Date, b, vs, le, REC, emit);
        } else if !card && (is(name, b"ATTENDEE") || is(name, b"ORGANIZER")) {
            let resource = [&b"CUTYPE=ROOM"[..], b"CUTYPE=RESOURCE", b"CUTYPE=GROUP"]
                .iter()
                .any(|p| params.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p)));
            let ps = ls + name.len();
            let Some(cn) = find(params, b";CN=").map(|i| ps + i + 4).filter(|_| !resource) else { continue };
            let ce = cn + b[cn..vs - 1].iter().position(|&c| c == b';').unwrap_or(vs - 1 - cn);
            let cn = skip_honorific(b, cn, ce);
            value(Field::Name, b, cn, ce, REC, emit);
        }
    }
    Some(end)
}

/// The spans of `b[s..e]` between separators `sep`.
pub(crate) fn split_spans(b: &[u8], s: usize, e: usize, sep: u8) -> impl Iterator<Item = (usize, usize)> + '_ {
    b[s..e].split(move |&c| c == sep).scan(s, |at, part| {
        let ps = *at;
        *at += part.len() + 1;
        Some((ps, ps + part.len()))
    })
}

/// Past a courtesy title that opens `b[s..e]` ("Dr. Camila Ruiz"), if any.
fn skip_honorific(b: &[u8], s: usize, e: usize) -> usize {
    let s = trim(b, s, e).0;
    for title in [&b"Dr. "[..], b"Mr. ", b"Mrs. ", b"Ms. ", b"Prof. ", b"Dr ", b"Mr ", b"Mrs ", b"Ms "] {
        if b[s..e].starts_with(title) {
            return s + title.len();
        }
    }
    s
}

/// Bytes a JSON key may hold besides letters and digits (`first_name`,
/// `d.o.b`, `zip-code`).
fn json_key_byte(c: u8) -> bool {
    KEY_BYTES[usize::from(c)] & JSON_KEY != 0
}

/// Bytes a table's header cell may hold besides letters and digits ("Date
/// of Birth", "MRN #", "Phone (home)", "D.O.B.", "Acct/Policy").
fn header_byte(c: u8) -> bool {
    KEY_BYTES[usize::from(c)] & HEADER != 0
}

const JSON_KEY: u8 = 1;
const HEADER: u8 = 2;

/// [`json_key_byte`] and [`header_byte`] as bits of a table, one load a byte.
static KEY_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-') {
            t[c] |= JSON_KEY;
        }
        if b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'.' | b'-' | b'#' | b'/' | b'(' | b')') {
            t[c] |= HEADER;
        }
        c += 1;
    }
    t
};

/// The end of the run of bytes `part` accepts from `e` on (after a word
/// that may name a field and starts at `s`): at most `max` bytes from `s`,
/// never across a full stop and a space, nor across more than two spaces.
/// Where a key or header cell holding the word ends.
fn run_end(b: &[u8], s: usize, e: usize, max: usize, part: fn(u8) -> bool) -> usize {
    let mut spaces = 0;
    let mut ke = e;
    let end = b.len().min(s + max);
    while ke < end && part(b[ke]) {
        if b[ke] == b' ' {
            spaces += 1;
            if spaces > 2 {
                break;
            }
        } else if b[ke] == b'.' && b.get(ke + 1) == Some(&b' ') {
            break;
        }
        ke += 1;
    }
    ke
}

/// The start of the run that [`run_end`] ended at `ke`, back from the
/// word's start `s`: at most `max` bytes in all, never across a full stop
/// and a space, nor across more than three spaces in all.
fn run_start(b: &[u8], s: usize, ke: usize, max: usize, part: fn(u8) -> bool) -> usize {
    let mut spaces = b[s..ke].iter().filter(|&&c| c == b' ').count();
    let mut ks = s;
    while ks > 0 && ke - ks < max && part(b[ks - 1]) {
        if b[ks - 1] == b' ' {
            spaces += 1;
            if spaces > 3 {
                break;
            }
        } else if b[ks - 1] == b'.' && b[ks] == b' ' {
            break;
        }
        ks -= 1;
    }
    ks
}

/// Whether the word at `s..e` may be part of a JSON key or a header cell,
/// by the bytes on either side of it: a screen in constant time that the
/// keyword pass runs before it asks for [`json_field`] or [`table_at`].
/// Most words of prose and forms that could name a field are followed by
/// a colon ("Phone: …", "DOB:"), which no key or cell is, or by a word
/// that no field's name goes on with ("the patient was seen").
#[inline]
pub(crate) fn may_name_field(b: &[u8], s: usize, e: usize) -> bool {
    let after = match b.get(e) {
        None => true,
        Some(b' ' | b'_' | b'-') => continues_key(b, e + 1),
        // A JavaScript object's bare key before a quoted value
        // (`lastName: 'Ortiz'`), as mongosh and Node print one.
        Some(b':') => {
            let q = e + 1 + usize::from(b.get(e + 1) == Some(&b' '));
            matches!(b.get(q), Some(b'\'' | b'"'))
        }
        Some(&c) => KEY_EDGES[usize::from(c)] & AFTER_KEY != 0,
    };
    after && s.checked_sub(1).is_none_or(|i| KEY_EDGES[usize::from(b[i])] & BEFORE_KEY != 0)
}

const BEFORE_KEY: u8 = 1;
const AFTER_KEY: u8 = 2;

/// The bytes that may stand right before ([`BEFORE_KEY`]) or right after
/// ([`AFTER_KEY`]; a space, `_` and `-` aside) a word of a JSON key, a
/// header cell or an XML element's name.
static KEY_EDGES: [u8; 256] = {
    let mut t = [0u8; 256];
    // `{` opens a JavaScript object whose first key is bare (`{lastName:`).
    let before = b"\"'_-. \t,|;\r\n#/(<{";
    // `\` ends a key in JSON written inside a JSON string (`\"mrn\":`).
    let after = b"\"'.\t,|;\r\n#/()>\\";
    let mut k = 0;
    while k < before.len() {
        t[before[k] as usize] |= BEFORE_KEY;
        k += 1;
    }
    k = 0;
    while k < after.len() {
        t[after[k] as usize] |= AFTER_KEY;
        k += 1;
    }
    t
};

/// The words [`continues_key`] accepts, each as its eight bytes (zeros
/// after the word), in an open-addressed table of 64 slots keyed by
/// [`continuation_slot`]: one multiply and, nearly always, one compare.
static KEY_CONTINUATIONS: [u64; 64] = {
    #[rustfmt::skip]
    let words: [&[u8]; 30] = [
        b"name", b"number", b"no", b"num", b"nbr", b"id", b"date", b"code", b"address", b"line", b"of",
        b"security", b"record", b"dob", b"mrn", b"ssn", b"phone", b"1", b"2", b"5", b"first", b"last",
        b"full", b"given", b"family", b"middle", b"contact", b"value", b"license", b"licence",
    ];
    let mut table = [0u64; 64];
    let mut k = 0;
    while k < words.len() {
        let mut packed = 0u64;
        let mut j = 0;
        while j < words[k].len() {
            packed |= (words[k][j] as u64) << (8 * j);
            j += 1;
        }
        let mut slot = continuation_slot(packed);
        while table[slot] != 0 {
            slot = (slot + 1) % 64;
        }
        table[slot] = packed;
        k += 1;
    }
    table
};

/// The first slot of [`KEY_CONTINUATIONS`] for a word's eight bytes.
const fn continuation_slot(packed: u64) -> usize {
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize
}

/// Whether the word at `at` may go on a field's name after one of
/// the keyword pass's field words: "Phone Number", "member_id",
/// "Date of Birth", "Address Line 1", "SSN (last 4)".
fn continues_key(b: &[u8], mut at: usize) -> bool {
    // Spaces before a pipe table's delimiter ("| MRN | Name |") or a note;
    // two or more (one before `at`) part the cells of a table aligned with
    // spaces ("mrn        patient").
    let from = at;
    while b.get(at) == Some(&b' ') {
        at += 1;
    }
    if at > from && b.get(at).is_some_and(|&c| c != b'\n' && c != b'\r') {
        return true;
    }
    match b.get(at) {
        None => return true,
        Some(&c) if !c.is_ascii_alphanumeric() => {
            return matches!(c, b'"' | b'\'' | b'\t' | b',' | b'|' | b';' | b'\r' | b'\n' | b'#' | b'(' | b'\\');
        }
        Some(_) => {}
    }
    let mut n = 0;
    while n < 9 && at + n < b.len() && b[at + n].is_ascii_alphanumeric() {
        n += 1;
    }
    if n > 8 {
        return false;
    }
    let word = ascii_lower8(load8_padded(b, at)) & low_bytes(n.max(1));
    let mut slot = continuation_slot(word);
    loop {
        match KEY_CONTINUATIONS[slot] {
            0 => return false,
            w if w == word => return true,
            _ => slot = (slot + 1) % 64,
        }
    }
}

/// Reads a header line a byte at a time: every cell at most [`MAX_CELL`]
/// header bytes ([`header_byte`]) and quotes, and no number of three
/// digits or more (a label, not a value).
struct HeaderWalk {
    delimiter: u8,
    cell: usize,
    digits: usize,
}

impl HeaderWalk {
    fn new(delimiter: u8) -> HeaderWalk {
        HeaderWalk { delimiter, cell: 0, digits: 0 }
    }

    /// Whether the header may go on with `c`.
    fn step(&mut self, c: u8) -> bool {
        if c == self.delimiter {
            self.cell = 0;
            self.digits = 0;
            return true;
        }
        self.cell += 1;
        self.digits = if c.is_ascii_digit() { self.digits + 1 } else { 0 };
        (header_byte(c) || c == b'"') && self.cell <= MAX_CELL && self.digits < 3
    }
}

/// Whether `at` holds the "[]" that ends every line of a LEDES 1998B
/// billing file, right before the line's end.
fn ledes_line_end(b: &[u8], at: usize) -> bool {
    b.get(at..at + 2) == Some(b"[]") && b.get(at + 2).is_none_or(|&c| matches!(c, b'\n' | b'\r'))
}

/// The line around a header cell `ks..ke` whose delimiter is `d`, if the
/// whole line reads as a header ([`HeaderWalk`]), at most [`MAX_HEADER`]
/// bytes each way. It walks out from the cell and gives up at the first
/// byte no header holds, so a line of prose costs a few bytes.
fn header_line(b: &[u8], ks: usize, ke: usize, d: u8) -> Option<(usize, usize)> {
    let mut walk = HeaderWalk::new(d);
    let mut ls = ks;
    while ls > 0 && b[ls - 1] != b'\n' {
        if ks - ls >= MAX_HEADER || !walk.step(b[ls - 1]) {
            return None;
        }
        ls -= 1;
    }
    let mut walk = HeaderWalk::new(d);
    let mut le = ke;
    while le < b.len() && !matches!(b[le], b'\n' | b'\r') {
        if ledes_line_end(b, le) {
            break;
        }
        if le - ke >= MAX_HEADER || !walk.step(b[le]) {
            return None;
        }
        le += 1;
    }
    Some((ls, le))
}

/// A JSON key (or a Python dict's, in single quotes) that holds the word
/// at `s..e` and names a [`Field`]: emits the value after it (a string, a
/// number, or an array of them, as FHIR writes `"given": ["Ellen",
/// "Marie"]`). Returns where the key's value ends, so the caller can skip
/// the other words of the same key.
///
/// JSON written inside a JSON string, as a tool call's arguments are when
/// a request body is pasted into a prompt, escapes its quotes
/// (`{\"mrn\": \"36688101\"}`): a key and its string values are read
/// between escaped quotes alike.
pub(crate) fn json_field(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    let ke = run_end(b, s, e, MAX_KEY, json_key_byte);
    // An escaped key's quotes are `\"`, and so are its values'.
    let escaped = b.get(ke) == Some(&b'\\');
    // A JavaScript object's key goes without quotes: an identifier after a
    // line's start, a brace or a comma.
    let bare = b.get(ke) == Some(&b':');
    let q = *b.get(ke + usize::from(escaped))?;
    if !bare && (!matches!(q, b'"' | b'\'') || escaped && q != b'"') {
        return None;
    }
    let ks = run_start(b, s, ke, MAX_KEY, json_key_byte);
    let opened = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'{' | b',');
    if bare && (ks == 0 || !opened(b[ks - 1]) || !b[ks..ke].iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_')) {
        return None;
    }
    if !bare && (ks == 0 || b[ks - 1] != q || escaped && (ks < 2 || b[ks - 2] != b'\\')) {
        return None;
    }
    let mut p = if bare { ke } else { ke + 1 + usize::from(escaped) };
    while b.get(p).is_some_and(|c| matches!(c, b' ' | b'\t')) {
        p += 1;
    }
    if b.get(p) != Some(&b':') {
        return None;
    }
    let field = match field_of_key(&b[ks..ke]) {
        Some(field) => field,
        None if b[ks..ke].eq_ignore_ascii_case(b"value") => {
            fhir_identifier_type(b, ks).or_else(|| variable_named_secret(b, ks))?
        }
        None => return None,
    };
    p += 1;
    while b.get(p).is_some_and(|c| c.is_ascii_whitespace()) {
        p += 1;
    }
    let array = b.get(p) == Some(&b'[');
    if array {
        p += 1;
    }
    // At most a few values of an array: FHIR's given names and address lines.
    for _ in 0..8 {
        while b.get(p).is_some_and(|c| c.is_ascii_whitespace()) {
            p += 1;
        }
        let (vs, ve, next) = match *b.get(p)? {
            b'\\' if escaped && b.get(p + 1) == Some(&b'"') => {
                let mut j = p + 2;
                while j + 1 < b.len() && !(b[j] == b'\\' && b[j + 1] == b'"') && b[j] != b'\n' && j - p <= 200 {
                    j += 1;
                }
                if b.get(j..j + 2) != Some(b"\\\"") {
                    return None;
                }
                (p + 2, j, j + 2)
            }
            c @ (b'"' | b'\'') => {
                let mut j = p + 1;
                while j < b.len() && b[j] != c && b[j] != b'\n' && j - p <= 200 {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                if b.get(j) != Some(&c) {
                    return None;
                }
                (p + 1, j, j + 1)
            }
            c if c.is_ascii_digit() => {
                let mut j = p;
                while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.') && j - p <= 20 {
                    j += 1;
                }
                (p, j, j)
            }
            _ => return Some(p),
        };
        // "name" alone names a drug, a site or a file as often as a
        // person: a person's only in an object with a key about one.
        if field != Field::BareName || json_object_about_person(b, ks) {
            value(field, b, vs, ve, "json_field", emit);
        }
        p = next;
        while b.get(p).is_some_and(|c| c.is_ascii_whitespace()) {
            p += 1;
        }
        if !array || b.get(p) != Some(&b',') {
            return Some(p);
        }
        p += 1;
    }
    Some(p)
}

/// Whether `w`, a value a variable's name says is a secret, looks like one:
/// 16 to 120 letters, digits and `-_./+=`, with letters and digits mixed
/// at random (a Shannon entropy of at least 3.3 bits a byte), so that a
/// placeholder (`{{apiKey}}`, "changeme", "your-key-here") is none.
fn secret_value(w: &[u8]) -> bool {
    (16..=120).contains(&w.len())
        && w.iter().all(|&c| c.is_ascii_alphanumeric() || b"-_./+=".contains(&c))
        && w.iter().any(u8::is_ascii_digit)
        && w.iter().any(u8::is_ascii_alphabetic)
        && v::shannon_entropy(w) >= 3.3
}

/// A `"value"` key at `ks` whose object names it in a `"key"` before it, as
/// Postman's collections and environments list variables: `{"key":
/// "faxKey", "value": "a54342b6…"}`. The name must end in a word "key",
/// "token" or "secret" ("faxKey", "api_key", "AUTH_TOKEN", "secret"; not
/// "monkey").
fn variable_named_secret(b: &[u8], ks: usize) -> Option<Field> {
    // Up to the value key's opening quote.
    let lo = ks.saturating_sub(160);
    let before = &b[lo..ks.saturating_sub(1).max(lo)];
    let at = before.windows(5).rposition(|w| w == b"\"key\"")? + 5;
    let rest = &before[at..];
    let open = rest.iter().position(|&c| c == b'"')?;
    if !rest[..open].iter().all(|&c| c == b':' || c.is_ascii_whitespace()) {
        return None;
    }
    let len = rest[open + 1..].iter().position(|&c| c == b'"')?;
    let name = &rest[open + 1..open + 1 + len];
    // Between the name's closing quote and the value's key: a comma and spaces.
    let between = &rest[open + 2 + len..];
    if !between.iter().all(|&c| c == b',' || c.is_ascii_whitespace()) || !between.contains(&b',') {
        return None;
    }
    let names_a_secret = [&b"key"[..], b"token", b"secret"].iter().any(|word| {
        let Some(at) = name.len().checked_sub(word.len()) else { return false };
        name[at..].eq_ignore_ascii_case(word)
            && (at == 0
                || matches!(name[at - 1], b'_' | b'-' | b'.')
                || name[at].is_ascii_uppercase() && name[at - 1].is_ascii_lowercase())
    });
    names_a_secret.then_some(Field::Secret)
}

/// How far around a key its object's other keys are looked for.
const JSON_OBJECT_REACH: usize = 400;

/// Whether the JSON object around the key at `ks` has a key only a
/// person's record has (a date about a person, `"dob"`; `"ssn"`, `"mrn"`,
/// `"mbi"`, `"sex"` …: [`field_of_key`]), so that its `"name"` is a
/// person's: `{"name":"Oyelowo, Temperance J.","dob":"1958-10-02"}`,
/// escaped or not. An object that names its person with keys for the
/// name's parts (`"last_name"`, `"firstName"`, `"family"` …) has its
/// `"name"` for something else, a drug's or a file's; a key naming another
/// person (`"pcp"`) does not count. The object is read from the
/// nearest `{` before the key to the nearest `}` after it, at most
/// [`JSON_OBJECT_REACH`] bytes each way, in one pass over its quotes.
fn json_object_about_person(b: &[u8], ks: usize) -> bool {
    let lo = ks.saturating_sub(JSON_OBJECT_REACH);
    let hi = (ks + JSON_OBJECT_REACH).min(b.len());
    let Some(open) = b[lo..ks].iter().rposition(|&c| c == b'{').map(|i| lo + i) else { return false };
    let close = b[ks..hi].iter().position(|&c| c == b'}').map_or(hi, |i| ks + i);
    let mut person = false;
    let mut at = open;
    while let Some(q) = b[at..close].iter().position(|&c| c == b'"') {
        let key_start = at + q + 1;
        let key_end = key_start + b[key_start..close].iter().take(MAX_KEY).take_while(|&&c| json_key_byte(c)).count();
        if key_end > key_start && matches!(b.get(key_end), Some(b'"' | b'\\')) {
            let key = &b[key_start..key_end];
            match field_of_key(key) {
                Some(Field::Name) if names_the_parts(key) => return false,
                Some(Field::Date | Field::Ssn | Field::Mrn | Field::Mbi | Field::Marker | Field::Age) => person = true,
                // A payment's card: the name beside it is its holder's.
                None if card_key(key) => person = true,
                _ => {}
            }
        }
        at = key_end.max(key_start);
    }
    person
}

/// Whether a JSON key names a payment card's number ("cc", "cardNumber",
/// "pan"), whose object's "name" is the card holder's.
fn card_key(key: &[u8]) -> bool {
    let mut buf = [0u8; MAX_KEY];
    matches!(
        folded_key(key, &mut buf),
        Some(b"cc" | b"ccnumber" | b"ccnum" | b"card" | b"cardnumber" | b"cardno" | b"pan")
    )
}

/// Whether a key names a part of a person's own name ("last_name",
/// "firstName", "family"), not another person ("pcp", "guarantor").
fn names_the_parts(key: &[u8]) -> bool {
    const PARTS: &[&[u8]] = &[
        b"last",
        b"lname",
        b"first",
        b"fname",
        b"given",
        b"family",
        b"surname",
        b"middle",
        b"fullname",
        b"patientname",
    ];
    let mut buf = [0u8; MAX_KEY];
    let Some(lower) = folded_key(key, &mut buf) else { return false };
    PARTS.iter().any(|p| lower.starts_with(p) || lower.strip_prefix(b"patient").is_some_and(|r| r.starts_with(p)))
}

/// How far before an identifier's `"value"` its type's code is looked for.
const FHIR_TYPE_REACH: usize = 400;

/// The field of a FHIR Identifier's `"value"` whose key starts at `ks`,
/// from the HL7 v2 identifier type (table 0203) coded in its `"type"`
/// before it: `{"type": {"coding": [{"system":
/// "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
/// "value": "4412378"}`. Only a code after the table's name and with no
/// other `"value"` between counts.
fn fhir_identifier_type(b: &[u8], ks: usize) -> Option<Field> {
    let from = ks.saturating_sub(FHIR_TYPE_REACH);
    let before = &b[from..ks];
    let table = before.windows(7).rposition(|w| w == b"v2-0203")?;
    let after = &before[table..];
    if after.windows(7).any(|w| w == b"\"value\"") {
        return None;
    }
    let code_key = after.windows(6).rposition(|w| w == b"\"code\"")?;
    let rest = &after[code_key + 6..];
    let open = rest.iter().position(|&c| c == b'"')?;
    if !rest[..open].iter().all(|&c| c == b':' || c.is_ascii_whitespace()) {
        return None;
    }
    let code_len = rest[open + 1..].iter().position(|&c| c == b'"')?;
    let field = match &rest[open + 1..open + 1 + code_len] {
        b"MR" | b"MRN" | b"PI" | b"PT" | b"AN" | b"VN" => Field::Mrn,
        b"SS" | b"SB" => Field::Ssn,
        b"DL" => Field::License,
        b"PPN" => Field::Passport,
        b"NPI" => Field::Npi,
        b"MC" => Field::Mbi,
        b"MB" | b"MA" | b"SN" | b"MCD" => Field::Plan,
        _ => return None,
    };
    Some(field)
}

/// A field of a record printed one field to a line, whose key holds the
/// word at `s..e`: the key at the line's start, padding, a bar and the
/// value to the line's end, as psql's expanded display (`\x`) prints a
/// row ("last_name      | Ruiz Calder\u{f3}n"). Returns where the value ends.
pub(crate) fn piped_field(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    let ke = run_end(b, s, e, MAX_KEY, json_key_byte);
    let ks = run_start(b, s, ke, MAX_KEY, json_key_byte);
    if ks > 0 && b[ks - 1] != b'\n' {
        return None;
    }
    let pad = b[ke..].iter().take(MAX_KEY).take_while(|&&c| c == b' ').count();
    let vs = ke + pad + 2;
    if pad == 0 || b.get(ke + pad..vs) != Some(b"| ") {
        return None;
    }
    let field = field_of_key(&b[ks..ke])?;
    let line = b[vs..].iter().take(MAX_PIPED_VALUE + 1).position(|&c| c == b'\n' || c == b'\r');
    let ve = vs + line.unwrap_or(b.len() - vs);
    if ve - vs > MAX_PIPED_VALUE {
        return None;
    }
    // "name" alone names a drug, a site or a file as often as a person.
    if field != Field::BareName {
        value(field, b, vs, ve, "piped_field", emit);
    }
    Some(ve)
}

/// The longest value [`piped_field`] reads.
const MAX_PIPED_VALUE: usize = 200;

/// An XML element (a CDA document's, as EHRs exchange them) whose name is
/// the word at `s..e` and names a [`Field`]: emits its text
/// (`<family>Ortiz</family>`, `<postalCode>60640</postalCode>`) or, for an
/// empty element, its `value` attribute (`<birthTime value="19520417"/>`).
/// Returns where the element's value ends.
pub(crate) fn xml_field(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    if s == 0 || b[s - 1] != b'<' {
        return None;
    }
    if b[s..e].eq_ignore_ascii_case(b"effectiveTime") {
        return effective_time(b, e, emit);
    }
    if b[s..e].eq_ignore_ascii_case(b"patientRole") {
        return patient_role_ids(b, e, emit);
    }
    let field = field_of_key(&b[s..e])?;
    if field == Field::BareName {
        return None;
    }
    let tag_end = s + b[s..(s + 400).min(b.len())].iter().position(|&c| c == b'>')?;
    if b[tag_end - 1] == b'/' {
        // An empty element: its value attribute.
        let (vs, ve) = quoted_attr(b, e, tag_end, b"value=\"")?;
        value(field, b, vs, ve, "xml_field", emit);
        return Some(ve);
    }
    if tag_end != e && b[e] != b' ' {
        return None;
    }
    let vs = tag_end + 1;
    let ve = vs + b[vs..(vs + 200).min(b.len())].iter().position(|&c| c == b'<')?;
    value(field, b, vs, ve, "xml_field", emit);
    Some(ve)
}

/// The value of the first attribute `name` (its name, `=` and opening
/// quote: `value="`) in `b[from..to]`, up to its closing quote before `to`.
fn quoted_attr(b: &[u8], from: usize, to: usize, name: &[u8]) -> Option<(usize, usize)> {
    let vs = from + b[from..to].windows(name.len()).position(|w| w == name)? + name.len();
    let ve = vs + b[vs..to].iter().position(|&c| c == b'"')?;
    Some((vs, ve))
}

/// A CDA entry's `<effectiveTime>` whose name ends at `e`: when its care
/// happened, a date about the patient. Its `value` attribute, or those of
/// the `<low>` and `<high>` elements inside it (`<effectiveTime><low
/// value="20190314"/></effectiveTime>`, a problem's onset). Returns where
/// the last value ends.
fn effective_time(b: &[u8], e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    let tag_end = e + b[e..(e + 200).min(b.len())].iter().position(|&c| c == b'>')?;
    let element_end = if b[tag_end - 1] == b'/' {
        tag_end
    } else {
        let rest = &b[tag_end..(tag_end + 300).min(b.len())];
        tag_end + rest.windows(16).position(|w| w == b"</effectiveTime>")?
    };
    let mut last = None;
    let mut at = e;
    while let Some((vs, ve)) = quoted_attr(b, at, element_end, b"value=\"") {
        value(Field::Date, b, vs, ve, "xml_field", emit);
        last = Some(ve);
        at = ve;
    }
    last
}

/// The identifiers of a CDA document's patient, in the `<id>` elements
/// that open its `<patientRole>` (whose name ends at `e`), typed by their
/// `root`, the assigning authority's OID: HL7's for the SSN
/// (`2.16.840.1.113883.4.1`), the NPI (`.4.6`) and the MBI (`.4.927`), a
/// state's driver's licence (`.4.3.N`), a passport (`.4.330.N`), and for
/// any other root the facility's record number, an MRN. Returns where the
/// last one ends.
fn patient_role_ids(b: &[u8], e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    const HL7: &[u8] = b"2.16.840.1.113883.4.";
    let region = &b[e..(e + 1200).min(b.len())];
    // The ids come before the patient's address, telecom and name.
    let stop = [&b"<addr"[..], b"<patient>", b"<patient ", b"</patientRole>"]
        .iter()
        .filter_map(|t| region.windows(t.len()).position(|w| w == *t))
        .min()
        .unwrap_or(region.len());
    let mut last = None;
    let mut at = e;
    let end = e + stop;
    while let Some(k) = b[at..end].windows(4).position(|w| w == b"<id ") {
        let ts = at + k + 4;
        let te = ts + b[ts..end].iter().position(|&c| c == b'>')?;
        if let (Some((rs, re)), Some((vs, ve))) =
            (quoted_attr(b, ts, te, b"root=\""), quoted_attr(b, ts, te, b"extension=\""))
        {
            let root = &b[rs..re];
            let field = match root.strip_prefix(HL7) {
                Some(b"1") => Field::Ssn,
                Some(b"6") => Field::Npi,
                Some(b"927") => Field::Mbi,
                Some(rest) if rest.starts_with(b"3.") => Field::License,
                Some(rest) if rest.starts_with(b"330.") => Field::Passport,
                _ => Field::Mrn,
            };
            value(field, b, vs, ve, "xml_field", emit);
            last = Some(ve);
        }
        at = te;
    }
    last
}

/// The delimiters of a table's cells.
const DELIMITERS: &[u8] = b",\t|;";

/// The cells of the line `s..e` split at `d`, as spans; a cell in double
/// quotes may hold `d` (CSV's quoting). A pipe table's outer pipes open
/// and close the row, not empty cells.
fn cells(b: &[u8], s: usize, e: usize, d: u8, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let (mut s, mut e) = (s, e);
    if d == b'|' {
        let (ts, te) = trim(b, s, e);
        if ts < te && b[ts] == b'|' {
            s = ts + 1;
            e = if te > s && b[te - 1] == b'|' { te - 1 } else { te };
        }
    }
    let mut start = s;
    let mut quoted = false;
    let mut i = s;
    while i < e {
        let c = b[i];
        if c == b'"' && d != b'|' {
            quoted = !quoted;
        } else if c == d && !quoted {
            out.push((start, i));
            start = i + 1;
        }
        i += 1;
    }
    out.push((start, e));
}

/// Whether a pipe table's row is its header's rule (`|---|:--:|`).
fn rule_row(b: &[u8], s: usize, e: usize) -> bool {
    let row = &b[s..e];
    row.contains(&b'-') && row.iter().all(|c| matches!(c, b'|' | b'-' | b':' | b' ' | b'\t' | b'+' | b'='))
}

/// What a table's header says of its rows: `Some(true)` when a column
/// holds something about a person besides a name (so that a bare "Name"
/// column is a person's), `Some(false)` when only names are, `None` when
/// no column holds a value.
fn about_a_person(fields: &[Option<Field>]) -> Option<bool> {
    if !fields.iter().any(|f| matches!(f, Some(f) if *f != Field::Marker)) {
        return None;
    }
    Some(fields.iter().any(|f| matches!(f, Some(f) if *f != Field::BareName && *f != Field::Name)))
}

/// The line after a line's end at `p` (a line feed, after a carriage
/// return if there is one): its start and where its line feed or the text
/// ends; `None` when no line feed is there.
fn next_line(b: &[u8], p: usize) -> Option<(usize, usize)> {
    let p = if b.get(p) == Some(&b'\r') { p + 1 } else { p };
    if b.get(p) != Some(&b'\n') {
        return None;
    }
    let rs = p + 1;
    Some((rs, b[rs..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| rs + i)))
}

/// Longest header cell read ("Patient Date of Birth", "Emergency Contact Name").
const MAX_CELL: usize = 32;

/// Longest header line looked at, and most rows read after one.
const MAX_HEADER: usize = 2000;
const MAX_ROWS: usize = 100_000;

/// A table whose header row holds the word at `s..e` as a cell naming a
/// [`Field`]: emits the values in every column whose header names one,
/// row by row until the table ends (a line with another number of cells,
/// a blank line, or the text's end). Returns the table's end, so the
/// caller can skip the header's other words and the rows.
pub(crate) fn table_at(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> Option<usize> {
    // The cell's delimiter is right after it or right before it (spaces
    // and quotes aside), and the cell is all that lies between its
    // delimiters or the line's ends: looked at before the line is, and
    // after the cell first.
    let ke = run_end(b, s, e, MAX_CELL, header_byte);
    let mut after = ke;
    while after < b.len() && matches!(b[after], b' ' | b'"') {
        after += 1;
    }
    let line_end = after == b.len() || matches!(b[after], b'\r' | b'\n') || ledes_line_end(b, after);
    if !line_end && !DELIMITERS.contains(&b[after]) {
        return None;
    }
    let ks = run_start(b, s, ke, MAX_CELL, header_byte);
    let mut before = ks;
    while before > 0 && matches!(b[before - 1], b' ' | b'"') {
        before -= 1;
    }
    let line_start = before == 0 || b[before - 1] == b'\n';
    let d = if !line_end {
        b[after]
    } else if !line_start && DELIMITERS.contains(&b[before - 1]) {
        b[before - 1]
    } else {
        return None;
    };
    if !(line_end || b[after] == d) || !(line_start || b[before - 1] == d) {
        return None;
    }
    let (ls, le) = header_line(b, ks, ke, d)?;
    let mut header = Vec::new();
    cells(b, ls, le, d, &mut header);
    if header.len() < 2 || header.len() > 200 {
        return None;
    }
    // A header is short labels, not a sentence cut at its commas.
    let mut fields = Vec::with_capacity(header.len());
    for &(cs, ce) in &header {
        let (cs, ce) = trim(b, cs, ce);
        let cell = &b[cs..ce];
        if cell.len() > MAX_CELL {
            return None;
        }
        fields.push(field_of_key(cell));
    }
    let person = about_a_person(&fields)?;
    let mut row = Vec::new();
    let mut p = if ledes_line_end(b, le) { le + 2 } else { le };
    let mut rows = 0;
    let mut first = true;
    while rows < MAX_ROWS {
        let Some((rs, re)) = next_line(b, p) else { break };
        let re = if re > rs && b[re - 1] == b'\r' { re - 1 } else { re };
        if rs >= re {
            break;
        }
        if first && d == b'|' && rule_row(b, rs, re) {
            first = false;
            p = re;
            continue;
        }
        first = false;
        let cells_end = if re >= rs + 2 && ledes_line_end(b, re - 2) { re - 2 } else { re };
        cells(b, rs, cells_end, d, &mut row);
        if row.len() != header.len() {
            break;
        }
        for (k, &(cs, ce)) in row.iter().enumerate() {
            match fields[k] {
                Some(Field::BareName) if !person => {}
                Some(f) => value(f, b, cs, ce, "table_column", emit),
                None => {}
            }
        }
        rows += 1;
        p = re;
    }
    (rows > 0).then_some(p.max(le))
}

/// A cell of a table aligned with spaces: its bytes and its columns
/// (characters from the line's start, as a terminal shows them).
#[derive(Clone, Copy)]
struct AlignedCell {
    start: usize,
    end: usize,
    col_start: usize,
    col_end: usize,
}

/// The cells of the line `s..e` of a table aligned with spaces, as pandas
/// prints a DataFrame, `column -t` a list or a report its fixed-width
/// columns: runs of text between two or more spaces (a single space stays
/// inside a cell: "OKAFOR, Chidinma"). `false` for a line with a tab,
/// which is a delimited table's.
fn aligned_cells(b: &[u8], s: usize, e: usize, out: &mut Vec<AlignedCell>) -> bool {
    out.clear();
    let mut col = 0;
    let mut open: Option<(usize, usize)> = None;
    let mut i = s;
    while i < e {
        let c = b[i];
        if c == b'\t' {
            return false;
        }
        let gap = c == b' ' && b.get(i + 1).is_none_or(|&n| n == b' ') || c == b'\r';
        match open {
            Some((start, col_start)) if gap => {
                out.push(AlignedCell { start, end: i, col_start, col_end: col });
                open = None;
            }
            None if c != b' ' && c != b'\r' => open = Some((i, col)),
            _ => {}
        }
        // A column is a character: UTF-8's continuation bytes take none.
        if c & 0xC0 != 0x80 {
            col += 1;
        }
        i += 1;
    }
    if let Some((start, col_start)) = open {
        out.push(AlignedCell { start, end: e, col_start, col_end: col });
    }
    true
}

/// A table aligned with spaces whose header line holds the word at `s..e`
/// as a cell naming a [`Field`] (pandas' `df.head()`, a fixed-width
/// report): emits the values of every column whose header names one, row
/// by row until the table ends (a blank line, a line whose cells do not
/// sit under the header's, or the text's end). A row with as many cells
/// as the header (and an index) is read in order; in any other row a cell
/// belongs to the header cell whose columns it shares, whichever way the
/// table aligns its columns, a cell left of the first header cell is an
/// index, and a cell under two header cells or none ends the table. Returns the
/// table's end, as [`table_at`] does, and sets `header_end` to the header
/// line's end once that line is read, rows or none: another word of the
/// same line would find the same.
pub(crate) fn aligned_table_at(
    b: &[u8],
    s: usize,
    e: usize,
    emit: &mut Emit<'_>,
    header_end: &mut usize,
) -> Option<usize> {
    // The word's cell first: it ends at two spaces or the line's end and
    // starts after two spaces or at the line's start, within a cell's
    // length each way, with two spaces on one side at least. Prose runs
    // on in single spaces, so that it costs a few dozen bytes.
    let gap_at = |i: usize| b[i] == b' ' && b.get(i + 1) == Some(&b' ');
    let mut ce = e;
    while ce < b.len() && !gap_at(ce) && !matches!(b[ce], b'\n' | b'\r') {
        if ce - s >= MAX_CELL || !header_byte(b[ce]) {
            return None;
        }
        ce += 1;
    }
    let mut cs = s;
    while cs > 0 && !(cs >= 2 && gap_at(cs - 2)) && b[cs - 1] != b'\n' {
        if e - cs >= MAX_CELL || !header_byte(b[cs - 1]) {
            return None;
        }
        cs -= 1;
    }
    let gap_after = ce < b.len() && gap_at(ce);
    let gap_before = cs >= 2 && gap_at(cs - 2);
    if !gap_after && !gap_before {
        return None;
    }
    // The header line: header bytes only, walked out from the word.
    let mut ls = s;
    while ls > 0 && b[ls - 1] != b'\n' {
        if s - ls >= MAX_HEADER || !header_byte(b[ls - 1]) {
            return None;
        }
        ls -= 1;
    }
    let mut le = e;
    while le < b.len() && !matches!(b[le], b'\n' | b'\r') {
        if le - e >= MAX_HEADER || !header_byte(b[le]) {
            return None;
        }
        le += 1;
    }
    let mut header = Vec::new();
    aligned_cells(b, ls, le, &mut header);
    *header_end = le;
    // The word is a cell's, or part of one, and so are two others at least.
    if header.len() < 3 || header.len() > 200 || !header.iter().any(|c| c.start <= s && e <= c.end) {
        return None;
    }
    let mut fields = Vec::with_capacity(header.len());
    for c in &header {
        let cell = &b[c.start..c.end];
        let long_number = cell.windows(3).any(|w| w.iter().all(u8::is_ascii_digit));
        if cell.len() > MAX_CELL || long_number {
            return None;
        }
        fields.push(field_of_key(cell));
    }
    let person = about_a_person(&fields)?;
    let mut row = Vec::new();
    let mut owners: Vec<usize> = Vec::new();
    let mut p = le;
    let mut rows = 0;
    let mut first = true;
    while rows < MAX_ROWS {
        let Some((rs, re)) = next_line(b, p) else { break };
        if b[rs..re].iter().all(|&c| matches!(c, b' ' | b'\r')) {
            break;
        }
        // A rule under the header ("-----  ---------").
        if first && b[rs..re].iter().all(|&c| matches!(c, b'-' | b'=' | b'+' | b' ' | b'\r')) {
            first = false;
            p = re;
            continue;
        }
        first = false;
        if !aligned_cells(b, rs, re, &mut row) {
            break;
        }
        owners.clear();
        let mut fits = true;
        // A row with a cell for each header cell (and an index, under a
        // header indented to leave room for it) is read in order, however
        // loosely its columns line up, as a table typed by hand does.
        let mut index = header[0].col_start > 0 && row.len() == header.len() + 1;
        if row.len() != header.len() && !index {
            split_at_header_columns(b, &mut row, &header);
            index = header[0].col_start > 0 && row.len() == header.len() + 1;
        }
        if row.len() == header.len() || index {
            owners.extend(index.then_some(usize::MAX));
            owners.extend(0..header.len());
        }
        for c in row.iter().skip(owners.len()) {
            let mut under =
                header.iter().enumerate().filter(|(_, h)| c.col_start < h.col_end && h.col_start < c.col_end);
            match (under.next(), under.next()) {
                (Some((k, _)), None) if !owners.contains(&k) => owners.push(k),
                // An index, left of the first header cell.
                (None, _) if c.col_end <= header[0].col_start => owners.push(usize::MAX),
                _ => {
                    fits = false;
                    break;
                }
            }
        }
        if !fits || owners.iter().filter(|&&k| k != usize::MAX).count() < 2 {
            break;
        }
        for (c, &k) in row.iter().zip(&owners) {
            match fields.get(k) {
                Some(Some(Field::BareName)) if !person => {}
                Some(&Some(f)) => value(f, b, c.start, c.end, "table_column", emit),
                _ => {}
            }
        }
        rows += 1;
        p = re;
    }
    (rows > 0).then_some(p)
}

/// Splits each cell of `row` that runs on under a later header cell at
/// that header cell's first column, where the row has a space right
/// before it and a character on it: PowerShell's `Format-Table` and
/// fixed-width reports part columns filled to their width by one space
/// only ("10/14/2025 16:02:11 614-555-0160 DELACROIX-ABARA, SIMONE"). A
/// row with a cell under more than eight header cells is prose, and is
/// left as it is.
fn split_at_header_columns(b: &[u8], row: &mut Vec<AlignedCell>, header: &[AlignedCell]) {
    const MAX_SPLIT_CELLS: usize = 8;
    let mut k = 0;
    while k < row.len() && row.len() <= header.len() + 1 {
        let c = row[k];
        let mut split = None;
        // The byte at each header cell's first column, walked to in one
        // pass over the cell (header cells are in their columns' order).
        let mut at = c.start;
        let mut col = c.col_start;
        let first = header.partition_point(|h| h.col_start <= c.col_start + 1);
        let under = header[first..].iter().take_while(|h| h.col_start < c.col_end).take(MAX_SPLIT_CELLS + 1).count();
        // A cell running on under more than a few header cells is prose,
        // not full columns.
        if under > MAX_SPLIT_CELLS {
            return;
        }
        for h in &header[first..first + under] {
            while col < h.col_start {
                at += 1;
                while at < c.end && b[at] & 0xC0 == 0x80 {
                    at += 1;
                }
                col += 1;
            }
            if b[at - 1] == b' ' && b[at] != b' ' {
                split = Some((at, h.col_start));
                break;
            }
        }
        if let Some((at, col)) = split {
            row[k] = AlignedCell { start: c.start, end: at - 1, col_start: c.col_start, col_end: col - 1 };
            row.insert(k + 1, AlignedCell { start: at, end: c.end, col_start: col, col_end: c.col_end });
        }
        k += 1;
    }
}

/// Every record of a NACHA (ACH) file is 94 characters long.
const NACHA_RECORD: usize = 94;

/// The recogniser id of values read from a NACHA file's records.
const NACHA_REC: &str = "nacha_record";

/// A NACHA (ACH) file's record that starts a line at `s`, as a hospital's
/// revenue cycle writes patients' refunds or a payroll its deposits: 94
/// fixed-width characters, the first the record's type. An entry detail
/// ("6") gives the receiving bank's routing number (positions 4–12), the
/// account's number (13–29) and, in a consumer's batch, the receiver's
/// name (55–76); the file header ("1") gives the destination bank's
/// routing number (5–13). Every other field is a code, an amount, a
/// count or a trace number. The record must hold its fixed fields as
/// their digits (the transaction code, the amount and the trace number),
/// and the routing number must pass its checksum. Returns the line's end.
pub(crate) fn nacha_record(b: &[u8], s: usize, emit: &mut Emit<'_>) -> Option<usize> {
    let le = b[s..].iter().position(|&c| c == b'\n').map_or(b.len(), |i| s + i);
    let end = if le > s && b[le - 1] == b'\r' { le - 1 } else { le };
    let r = &b[s..end];
    if r.len() != NACHA_RECORD || !r.is_ascii() {
        return None;
    }
    let digits = |a: usize, z: usize| r[a..z].iter().all(u8::is_ascii_digit);
    match r[0] {
        // The file header: priority code "01", then the destination's
        // routing number after a space, and the origin (the company's ID,
        // not a bank's).
        b'1' if &r[1..4] == b"01 " && aba(&r[4..13]) && digits(23, 33) => {
            emit("fin.aba_routing", NACHA_REC, s + 4, s + 13, 0.95, 3);
        }
        // An entry detail: transaction code (checking, savings, ledger or
        // loan: 2x to 5x), routing number with its check digit, account,
        // amount, individual ID, name, discretionary data, addenda flag and
        // trace number.
        b'6' if (b'2'..=b'5').contains(&r[1])
            && digits(1, 12)
            && digits(29, 39)
            && digits(79, 94)
            && aba(&r[3..12]) =>
        {
            emit("fin.aba_routing", NACHA_REC, s + 3, s + 12, 0.95, 3);
            let (as_, ae) = trim(b, s + 12, s + 29);
            let account = &b[as_..ae];
            if account.len() >= 4
                && account.iter().any(u8::is_ascii_digit)
                && account.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
            {
                emit("fin.bank_account", NACHA_REC, as_, ae, 0.9, 2);
            }
            let (ns, ne) = trim(b, s + 54, s + 76);
            if ns < ne && person_name(&b[ns..ne]) && !company_batch(b, s) {
                emit("pii.person_name", NACHA_REC, ns, ne, 0.85, 2);
            }
        }
        _ => return None,
    }
    Some(le)
}

/// Whether the NACHA batch that an entry at `s` belongs to pays companies
/// (its header's standard entry class is CCD or CTX), whose receivers'
/// names are no person's. Looks back over at most 64 records for the
/// batch's header ("5"); an entry with none in sight is a consumer's.
fn company_batch(b: &[u8], s: usize) -> bool {
    let mut ls = s;
    for _ in 0..64 {
        if ls < NACHA_RECORD + 1 {
            return false;
        }
        let prev = b[..ls - 1].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
        let r = &b[prev..ls - 1];
        let r = r.strip_suffix(b"\r").unwrap_or(r);
        if r.len() == NACHA_RECORD && r[0] == b'5' {
            return matches!(&r[50..53], b"CCD" | b"CTX");
        }
        if r.len() != NACHA_RECORD {
            return false;
        }
        ls = prev;
    }
    false
}

/// What an HL7 v2 field holds ([`HL7_FIELDS`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hl7 {
    /// A list of identifiers (CX), each classed by its type code
    /// (component 5); `Field` is the class of an untyped one.
    Ids(Field),
    /// A person's name (XPN): family name to suffix.
    Name,
    /// A clinician (XCN): an identifier (an NPI when it validates), then
    /// the name.
    Clinician,
    /// A date or timestamp (TS, DT).
    Date,
    /// An address (XAD): street, other line, city and state; then the ZIP.
    Address,
    /// A phone number (XTN): as written, or area code and number; an email.
    Phone,
    /// One value of the given field, in the first component.
    Value(Field),
}

/// A segment's fields that carry identifiers: (field number, what it holds).
type SegmentFields = &'static [(usize, Hl7)];

/// The fields of the segments that carry identifiers, by HL7 v2.5.1's
/// numbering (PID-5 is the patient's name).
const HL7_FIELDS: &[(&[u8; 3], SegmentFields)] = &[
    (
        b"PID",
        &[
            (2, Hl7::Ids(Field::Mrn)),
            (3, Hl7::Ids(Field::Mrn)),
            (4, Hl7::Ids(Field::Mrn)),
            (5, Hl7::Name),
            (6, Hl7::Name),
            (7, Hl7::Date),
            (9, Hl7::Name),
            (11, Hl7::Address),
            (13, Hl7::Phone),
            (14, Hl7::Phone),
            (18, Hl7::Ids(Field::Mrn)),
            (19, Hl7::Value(Field::Ssn)),
            (20, Hl7::Value(Field::License)),
            (21, Hl7::Ids(Field::Mrn)),
            (29, Hl7::Date),
        ],
    ),
    (b"PD1", &[(4, Hl7::Clinician)]),
    (
        b"NK1",
        &[
            (2, Hl7::Name),
            (4, Hl7::Address),
            (5, Hl7::Phone),
            (6, Hl7::Phone),
            (16, Hl7::Date),
            (30, Hl7::Name),
            (31, Hl7::Phone),
            (32, Hl7::Address),
            (33, Hl7::Ids(Field::Mrn)),
            (37, Hl7::Value(Field::Ssn)),
        ],
    ),
    (
        b"PV1",
        &[
            (7, Hl7::Clinician),
            (8, Hl7::Clinician),
            (9, Hl7::Clinician),
            (17, Hl7::Clinician),
            (19, Hl7::Ids(Field::Mrn)),
            // Admitted and discharged: dates of the patient's care.
            (44, Hl7::Date),
            (45, Hl7::Date),
        ],
    ),
    (
        b"GT1",
        &[
            (2, Hl7::Ids(Field::Mrn)),
            (3, Hl7::Name),
            (5, Hl7::Address),
            (6, Hl7::Phone),
            (7, Hl7::Phone),
            (8, Hl7::Date),
            (12, Hl7::Value(Field::Ssn)),
        ],
    ),
    (
        b"IN1",
        &[
            (16, Hl7::Name),
            (18, Hl7::Date),
            (19, Hl7::Address),
            (36, Hl7::Value(Field::Plan)),
            (49, Hl7::Ids(Field::Plan)),
        ],
    ),
    (b"IN2", &[(2, Hl7::Value(Field::Ssn))]),
    // Orders and results carry the dates of the patient's care: ordered,
    // requested, observed (collected), received, reported, analysed.
    (b"ORC", &[(9, Hl7::Date), (10, Hl7::Clinician), (11, Hl7::Clinician), (12, Hl7::Clinician), (15, Hl7::Date)]),
    (
        b"OBR",
        &[
            (6, Hl7::Date),
            (7, Hl7::Date),
            (8, Hl7::Date),
            (10, Hl7::Clinician),
            (14, Hl7::Date),
            (16, Hl7::Clinician),
            (22, Hl7::Date),
            (28, Hl7::Clinician),
        ],
    ),
    (b"OBX", &[(14, Hl7::Date), (16, Hl7::Clinician), (19, Hl7::Date)]),
    (b"MRG", &[(1, Hl7::Ids(Field::Mrn)), (3, Hl7::Ids(Field::Mrn)), (7, Hl7::Name)]),
    // A charge's transaction and posting dates (its dates of service), who
    // performed and who ordered it; a procedure's and a diagnosis's date
    // and their clinicians.
    (b"FT1", &[(4, Hl7::Date), (5, Hl7::Date), (20, Hl7::Clinician), (21, Hl7::Clinician)]),
    (b"PR1", &[(5, Hl7::Date), (11, Hl7::Clinician), (12, Hl7::Clinician)]),
    (b"DG1", &[(5, Hl7::Date), (16, Hl7::Clinician)]),
];

/// The segment names [`hl7_segment`] reads, for the keyword pass.
pub(crate) const HL7_SEGMENTS: &[&str] =
    &["MSH", "PID", "PD1", "NK1", "PV1", "GT1", "IN1", "IN2", "ORC", "OBR", "OBX", "MRG", "FT1", "PR1", "DG1"];

/// The delimiters of an HL7 v2 message, from its MSH segment: field,
/// component, repetition and subcomponent separators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hl7Delimiters {
    field: u8,
    component: u8,
    repetition: u8,
}

impl Default for Hl7Delimiters {
    fn default() -> Self {
        Hl7Delimiters { field: b'|', component: b'^', repetition: b'~' }
    }
}

/// An HL7 v2 segment whose three-letter name is at `s..s + 3`, at a
/// line's start (HL7 ends segments with a carriage return; a pasted
/// message has line feeds): emits the identifiers in the fields
/// [`HL7_FIELDS`] lists. An MSH segment sets `delims` for the segments
/// after it. Returns whether `s` held a segment.
pub(crate) fn hl7_segment(b: &[u8], s: usize, delims: &mut Hl7Delimiters, emit: &mut Emit<'_>) -> bool {
    let line_start = s == 0 || matches!(b[s - 1], b'\n' | b'\r');
    if !line_start || s + 4 > b.len() {
        return false;
    }
    let name = &b[s..s + 3];
    if name == b"MSH" {
        // MSH-1 is the field separator, MSH-2 the other encoding characters.
        let enc = &b[s + 3..(s + 8).min(b.len())];
        if enc.len() < 3 || enc[0].is_ascii_alphanumeric() || enc[0].is_ascii_whitespace() {
            return false;
        }
        *delims = Hl7Delimiters { field: enc[0], component: enc[1], repetition: enc[2] };
        return true;
    }
    if b[s + 3] != delims.field {
        return false;
    }
    let Some(&(_, fields)) = HL7_FIELDS.iter().find(|(n, _)| &n[..] == name) else {
        return false;
    };
    let end = b[s..].iter().position(|&c| c == b'\r' || c == b'\n').map_or(b.len(), |i| s + i);
    for (k, (fs, fe)) in split_spans(b, s + 4, end, delims.field).enumerate() {
        if let Some(&(_, kind)) = fields.iter().find(|(n, _)| *n == k + 1) {
            hl7_field(b, fs, fe, kind, *delims, "hl7_field", emit);
        }
    }
    true
}

/// The components of `s..e` split at `sep`, at most `N` of them (the
/// rest stay in the last), as spans.
fn split_n<const N: usize>(b: &[u8], s: usize, e: usize, sep: u8) -> [(usize, usize); N] {
    let mut out = [(e, e); N];
    let mut start = s;
    for (k, slot) in out.iter_mut().enumerate() {
        if start > e {
            break;
        }
        let end = if k + 1 == N { e } else { b[start..e].iter().position(|&c| c == sep).map_or(e, |i| start + i) };
        *slot = (start, end);
        start = end + 1;
    }
    out
}

/// The values of an HL7 field of `kind` at `s..e` (an ASTM record's
/// field too, whose values go under `rec`).
fn hl7_field(b: &[u8], s: usize, e: usize, kind: Hl7, d: Hl7Delimiters, rec: &'static str, emit: &mut Emit<'_>) {
    let mut rs = s;
    while rs <= e {
        let re = b[rs..e].iter().position(|&c| c == d.repetition).map_or(e, |i| rs + i);
        let comps: [(usize, usize); 8] = split_n(b, rs, re, d.component);
        let nonempty = |k: usize| comps[k].0 < comps[k].1;
        // From the start of component `a` to the end of the last non-empty one up to `z`.
        let span = |a: usize, z: usize| (a..=z).rev().find(|&k| nonempty(k)).map(|k| (comps[a].0, comps[k].1));
        match kind {
            Hl7::Ids(default) => {
                let (is, ie) = comps[0];
                let code = &b[comps[4].0..comps[4].1];
                let field = match code {
                    b"SS" => Field::Ssn,
                    b"DL" => Field::License,
                    b"PPN" => Field::Passport,
                    b"NPI" => Field::Npi,
                    // A Medicare number that is no MBI is still the member's.
                    b"MC" if v::mbi(&b[is..ie]) => Field::Mbi,
                    b"MC" | b"MB" | b"MA" | b"SN" | b"MCD" => Field::Plan,
                    _ => default,
                };
                value(field, b, is, ie, rec, emit);
            }
            Hl7::Name => {
                if nonempty(0)
                    && let Some((ns, ne)) = span(0, 3)
                {
                    value(Field::Name, b, ns, ne, rec, emit);
                }
            }
            Hl7::Clinician => {
                let (is, ie) = comps[0];
                value(Field::Npi, b, is, ie, rec, emit);
                if nonempty(1)
                    && let Some((ns, ne)) = span(1, 4)
                {
                    value(Field::Name, b, ns, ne, rec, emit);
                }
            }
            Hl7::Date => {
                let (ds, de) = comps[0];
                value(Field::Date, b, ds, de, rec, emit);
            }
            // Street, other designation, city, state, ZIP.
            Hl7::Address => address_components(b, &comps, 4, rec, emit),
            Hl7::Phone => {
                // As written (component 1), and as area code and number
                // (components 5 to 7), which may both be filled in.
                if nonempty(0) {
                    value(Field::Phone, b, comps[0].0, comps[0].1, rec, emit);
                }
                if nonempty(6)
                    && let Some(start) = (4..=6).find(|&k| nonempty(k))
                {
                    let digits = b[comps[start].0..comps[6].1].iter().filter(|c| c.is_ascii_digit()).count();
                    if (7..=15).contains(&digits) {
                        emit("pii.phone", rec, comps[start].0, comps[6].1, 0.95, 2);
                    }
                }
            }
            Hl7::Value(field) => {
                let (vs, ve) = comps[0];
                value(field, b, vs, ve, rec, emit);
            }
        }
        rs = re + 1;
    }
}

/// An address's components as HL7 (XAD) and ASTM write them: the street
/// line first, then the address's other parts up to the ZIP, which is
/// component `zip`. The street line decides whether it is an address; the
/// parts after it up to the ZIP (a second line, city, state) go with it
/// as one, and the ZIP is read on its own.
fn address_components(b: &[u8], comps: &[(usize, usize)], zip: usize, rec: &'static str, emit: &mut Emit<'_>) {
    let (ss, se) = trim(b, comps[0].0, comps[0].1);
    if ss < se && street_value(&b[ss..se]) {
        let last = (0..zip).rev().find(|&k| comps[k].0 < comps[k].1).unwrap_or(0);
        emit("pii.street_address", rec, comps[0].0, comps[last].1, 0.9, 2);
    }
    value(Field::Zip, b, comps[zip].0, comps[zip].1, rec, emit);
}

/// The fields of an ASTM E1394 (CLSI LIS2-A2) record that carry
/// identifiers, by the standard's numbering (P-6 is the patient's name),
/// read as HL7's fields of the same kind are.
const ASTM_FIELDS: &[(u8, SegmentFields)] = &[
    (
        b'P',
        &[
            // Practice's, laboratory's and a third patient ID.
            (3, Hl7::Ids(Field::Mrn)),
            (4, Hl7::Ids(Field::Mrn)),
            (5, Hl7::Ids(Field::Mrn)),
            (6, Hl7::Name),
            // The mother's maiden name.
            (7, Hl7::Name),
            (8, Hl7::Date),
            (11, Hl7::Address),
            (13, Hl7::Phone),
            (14, Hl7::Clinician),
            // Admission and discharge.
            (24, Hl7::Date),
        ],
    ),
    // Ordered, collected (from and to), received and reported; the
    // ordering physician.
    (b'O', &[(7, Hl7::Date), (8, Hl7::Date), (9, Hl7::Date), (15, Hl7::Date), (17, Hl7::Clinician), (23, Hl7::Date)]),
    // The test's start and its completion.
    (b'R', &[(12, Hl7::Date), (13, Hl7::Date)]),
];

/// Where an ASTM record's text ends: at the line's end, or at its
/// carriage return, its frame's end or the next frame's start, written as
/// a byte or, as a serial line's capture shows control characters, as
/// `<CR>`, `<ETX>`, `<ETB>`, `<STX>`. A record ends before the next one
/// starts, so that each byte is read for one record at most.
fn astm_record_end(b: &[u8], s: usize) -> usize {
    let mut at = s;
    while at < b.len() {
        match b[at] {
            b'\n' | b'\r' | 0x02 | 0x03 | 0x17 => return at,
            b'<' if [&b"<CR>"[..], b"<LF>", b"<ETX>", b"<ETB>", b"<STX>"].iter().any(|m| b[at..].starts_with(m)) => {
                return at;
            }
            _ => at += 1,
        }
    }
    at
}

/// An ASTM E1394 record, as a laboratory instrument uploads its results
/// to the laboratory's system, whose word of digits starts at `s..e`:
/// either its frame number and type (`2P|1|0520208|||OYELARAN^BEATRICE^A|…`)
/// or its sequence number after a type at a line's start (`P|1|…`). The
/// frame may follow a start-of-text byte or its capture's `<STX>`. Emits
/// the identifiers in the fields [`ASTM_FIELDS`] lists for patient, order
/// and result records; returns whether a record is here. A record with a
/// frame number is read at that number's word, one without at its
/// sequence number's, so that each is read once.
pub(crate) fn astm_record(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> bool {
    const REC: &str = "astm_record";
    // The record type's letter, and where its frame number starts.
    let (t, p) = if e - s == 2 && b.get(e) == Some(&b'|') && matches!(b[s], b'0'..=b'7') {
        (s + 1, s)
    } else if s >= 2 && b[s - 1] == b'|' && b[s..e].iter().all(u8::is_ascii_digit) {
        (s - 2, s - 2)
    } else {
        return false;
    };
    let Some(&(_, fields)) = ASTM_FIELDS.iter().find(|(kind, _)| *kind == b[t]) else { return false };
    // What may stand before the record: a line's start, a start-of-text
    // byte or its mnemonic.
    if !(p == 0 || matches!(b[p - 1], b'\n' | b'\r' | 0x02) || b[..p].ends_with(b"<STX>")) {
        return false;
    }
    let end = astm_record_end(b, t);
    // The sequence number: digits, as the standard numbers records.
    let seq_end = b[t + 2..end].iter().position(|&c| c == b'|').map_or(end, |i| t + 2 + i);
    if !(1..=4).contains(&(seq_end - (t + 2))) || !b[t + 2..seq_end].iter().all(u8::is_ascii_digit) {
        return false;
    }
    // The standard's delimiters: fields `|`, repeats `\`, components `^`.
    let d = Hl7Delimiters { field: b'|', component: b'^', repetition: b'\\' };
    // Fields from the sequence number's, the second, on.
    for (k, (fs, fe)) in split_spans(b, t + 2, end, b'|').enumerate() {
        match fields.iter().find(|(n, _)| *n == k + 2).map(|&(_, kind)| kind) {
            // Street, city, state, ZIP, country.
            Some(Hl7::Address) => {
                let comps: [(usize, usize); 5] = split_n(b, fs, fe, b'^');
                address_components(b, &comps, 3, REC, emit);
            }
            // Free text, its area code as a component of its own or not.
            Some(Hl7::Phone) => {
                let w = &b[fs..fe];
                let digits = w.iter().filter(|c| c.is_ascii_digit()).count();
                if (7..=15).contains(&digits) && w.iter().all(|&c| c.is_ascii_digit() || b"^ ()+-.".contains(&c)) {
                    let (ps, pe) = trim(b, fs, fe);
                    emit("pii.phone", REC, ps, pe, 0.95, 2);
                }
            }
            Some(kind) => hl7_field(b, fs, fe, kind, d, REC, emit),
            None => {}
        }
    }
    true
}

/// The delimiters of an X12 interchange, from its ISA segment: element
/// and component separators and the segment terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct X12Delimiters {
    element: u8,
    component: u8,
    segment: u8,
}

impl Default for X12Delimiters {
    fn default() -> Self {
        X12Delimiters { element: b'*', component: b':', segment: b'~' }
    }
}

/// The segment names [`x12_segment`] starts at, for the keyword pass.
pub(crate) const X12_SEGMENTS: &[&str] = &["ISA", "NM1"];

/// The most segments read after one NM1: an entity's address, dates,
/// references and contacts follow it.
const X12_LOOP_SEGMENTS: usize = 12;

/// Whether `s` starts a segment of an X12 interchange: the text's start,
/// a line's, or right after a segment terminator (and line breaks).
fn x12_segment_start(b: &[u8], s: usize, d: X12Delimiters) -> bool {
    let mut i = s;
    while i > 0 && matches!(b[i - 1], b'\r' | b'\n') {
        i -= 1;
    }
    i == 0 || i < s || b[i - 1] == d.segment
}

/// An X12 (HIPAA EDI: 837 claims, 270/271 eligibility, 835 remittance)
/// segment whose name starts at `s`. ISA sets `delims` from its fixed
/// layout. NM1 names an entity: a person's name (NM103–NM107) and its
/// identifier by qualifier (NM108: MI member ID, XX NPI, 34 SSN, MR
/// medical record number); the segments after it up to the next NM1 carry
/// a person's address (N3, N4's ZIP code), birth date (DMG), dates (DTP), references
/// (REF: SY SSN, 1W and 0F member IDs, EA medical record number) and
/// phones (PER). An organisation's name and address are not read, its NPI
/// is. Returns whether `s` held a segment.
pub(crate) fn x12_segment(b: &[u8], s: usize, delims: &mut X12Delimiters, emit: &mut Emit<'_>) -> bool {
    let name = &b[s..(s + 3).min(b.len())];
    if name == b"ISA" {
        // ISA is 106 bytes: the element separator at 3, the component
        // separator at 104 and the segment terminator at 105.
        let element = *b.get(s + 3).unwrap_or(&b'A');
        if element.is_ascii_alphanumeric() || element.is_ascii_whitespace() {
            return false;
        }
        // An ISA whose padding was trimmed has its terminator elsewhere:
        // the defaults stand then.
        let fixed = s + 106 <= b.len() && b[s + 103] == element && !b[s + 105].is_ascii_alphanumeric();
        *delims = if fixed {
            X12Delimiters { element, component: b[s + 104], segment: b[s + 105] }
        } else {
            X12Delimiters { element, ..X12Delimiters::default() }
        };
        return true;
    }
    let d = *delims;
    if b.get(s + 3) != Some(&d.element) || !x12_segment_start(b, s, d) {
        return false;
    }
    let segment_end =
        |from: usize| b[from..].iter().position(|&c| c == d.segment || c == b'\n').map_or(b.len(), |i| from + i);
    let elements = |from: usize, to: usize| -> [(usize, usize); 10] { split_n(b, from, to, d.element) };
    // NM1*IL*1*ORTIZ*ELLEN*M***MI*XJH881244093
    let end = segment_end(s);
    let e: [(usize, usize); 10] = elements(s + 4, end);
    let text = |k: usize| &b[e[k].0..e[k].1];
    let person = text(1) == b"1";
    if person
        && e[2].0 < e[2].1
        && let Some(k) = (2..=6).rev().find(|&k| e[k].0 < e[k].1)
    {
        value(Field::Name, b, e[2].0, e[k].1, X12_REC, emit);
    }
    let id_field = match text(7) {
        b"XX" => Some(Field::Npi),
        b"MI" | b"II" if person => Some(Field::Plan),
        b"34" if person => Some(Field::Ssn),
        b"MR" if person => Some(Field::Mrn),
        _ => None,
    };
    if let Some(field) = id_field {
        value(field, b, e[8].0, e[8].1, X12_REC, emit);
    }
    // The segments of the entity's loop.
    let mut p = end;
    for _ in 0..X12_LOOP_SEGMENTS {
        while p < b.len() && (b[p] == d.segment || matches!(b[p], b'\r' | b'\n' | b' ')) {
            p += 1;
        }
        let id_end = (p..b.len().min(p + 4)).find(|&i| !b[i].is_ascii_alphanumeric()).unwrap_or(b.len());
        if id_end == p || b.get(id_end) != Some(&d.element) {
            break;
        }
        let id = &b[p..id_end];
        if id == b"NM1" || id == b"ISA" {
            break;
        }
        let end = segment_end(id_end);
        let e: [(usize, usize); 10] = elements(id_end + 1, end);
        let text = |k: usize| &b[e[k].0..e[k].1];
        match id {
            b"N3" if person => {
                for &(vs, ve) in &e[..2] {
                    value(Field::Street, b, vs, ve, X12_REC, emit);
                }
            }
            b"N4" if person => value(Field::Zip, b, e[2].0, e[2].1, X12_REC, emit),
            b"DMG" if person && text(0) == b"D8" => value(Field::Date, b, e[1].0, e[1].1, X12_REC, emit),
            // DTP*291*D8*20250915: a date of the person's service,
            // eligibility or plan; RD8 gives a range of two.
            b"DTP" if person => {
                let (vs, ve) = e[2];
                match text(1) {
                    b"D8" => value(Field::Date, b, vs, ve, X12_REC, emit),
                    b"RD8" => {
                        for (ds, de) in split_spans(b, vs, ve, b'-') {
                            value(Field::Date, b, ds, de, X12_REC, emit);
                        }
                    }
                    _ => {}
                }
            }
            b"REF" if person => {
                let field = match text(0) {
                    b"SY" => Some(Field::Ssn),
                    b"1W" | b"0F" | b"IG" => Some(Field::Plan),
                    b"EA" => Some(Field::Mrn),
                    _ => None,
                };
                if let Some(field) = field {
                    value(field, b, e[1].0, e[1].1, X12_REC, emit);
                }
            }
            b"PER" => {
                // PER*IC*name*TE*number*EM*address: numbers after TE, HP, WP, CP.
                for k in [2, 4, 6] {
                    if matches!(text(k), b"TE" | b"HP" | b"WP" | b"CP" | b"FX") {
                        value(Field::Phone, b, e[k + 1].0, e[k + 1].1, X12_REC, emit);
                    }
                }
            }
            _ => {}
        }
        p = end;
    }
    true
}

/// The recogniser id of values read from X12 segments.
const X12_REC: &str = "x12_field";

/// The value representations [`dicom_element`] starts at, for the keyword
/// pass: a person's name, a date, a date and time, an age, and the long
/// and short strings that hold a patient's identifiers, address and phone.
pub(crate) const DICOM_VRS: &[&str] = &["PN", "DA", "DT", "AS", "LO", "SH"];

/// The longest DICOM value read.
const MAX_DICOM_VALUE: usize = 256;

const DICOM_REC: &str = "dicom_element";

/// The tag `(gggg,eeee)` (or `(gggg, eeee)`, as pydicom prints it) that
/// opens the line at `ls` after its indentation (a sequence's items are
/// indented): its group, its element and where it ends.
fn dicom_tag(b: &[u8], ls: usize) -> Option<(u16, u16, usize)> {
    let mut t = ls;
    while t < b.len() && t - ls < 16 && matches!(b[t], b' ' | b'\t' | b'>') {
        t += 1;
    }
    let hex4 = |at: usize| -> Option<u16> {
        let w = b.get(at..at + 4)?;
        let mut n = 0u16;
        for &c in w {
            let d = match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                b'A'..=b'F' => c - b'A' + 10,
                _ => return None,
            };
            n = (n << 4) | u16::from(d);
        }
        Some(n)
    };
    if b.get(t) != Some(&b'(') || b.get(t + 5) != Some(&b',') {
        return None;
    }
    let group = hex4(t + 1)?;
    let es = if b.get(t + 6) == Some(&b' ') { t + 7 } else { t + 6 };
    let element = hex4(es)?;
    (b.get(es + 4) == Some(&b')')).then_some((group, element, es + 5))
}

/// A DICOM element as a header dump writes it, whose value representation
/// (two capitals) is at `s..e`: dcmdump's and gdcmdump's
/// `(0010,0010) PN [WOJCIECHOWSKA^HALINA^T]   # 22, 1 PatientName`, and
/// pydicom's `(0010, 0010) Patient's Name    PN: 'WOJCIECHOWSKA^HALINA^T'`.
/// The representation says what a value is, whatever the tag:
/// - `PN`, a person's name (a patient's, a referring or performing
///   physician's, an operator's): its family, given and middle names,
///   each its own span (`^` parts them); an initial is left alone, and
///   so are a prefix and a suffix ("DR");
/// - `DA` and `DT`, a date ("20250304": a study's, an instance's, a
///   birth's);
/// - `AS`, an age ("091Y"), when it is over 89 years;
/// - and by the tag, the patient's `LO` and `SH` values: the patient's ID
///   and other IDs (0010,0020 and 0010,1000) are record numbers, the
///   address (0010,1040: street `^` … city `^` state `^` ZIP) a street and
///   a ZIP code, the phone numbers (0010,2154) phones, and the insurance
///   plan's identification (0010,1050) a member ID.
///
/// Returns whether `s` held an element's representation.
pub(crate) fn dicom_element(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> bool {
    // The tag opens the line, at most 120 bytes before (pydicom pads the
    // element's name to a column); only that far is looked back.
    let lo = s.saturating_sub(120);
    let ls = match b[lo..s].iter().rposition(|&c| c == b'\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let Some((group, element, tag_end)) = dicom_tag(b, ls) else {
        return false;
    };
    let limit = (e + MAX_DICOM_VALUE + 64).min(b.len());
    let line_end = b[e..limit].iter().position(|&c| c == b'\n' || c == b'\r').map_or(limit, |i| e + i);
    let (vs, ve) = if s == tag_end + 1 && b[tag_end] == b' ' && b[e..].starts_with(b" [") {
        // dcmdump: the representation right after the tag, the value in brackets.
        let vs = e + 2;
        match b[vs..line_end].iter().position(|&c| c == b']') {
            Some(i) => (vs, vs + i),
            None => return false,
        }
    } else if b.get(e) == Some(&b':') && b[s - 1] == b' ' {
        // pydicom: the element's name between, a colon after, the value
        // quoted or bare.
        let mut vs = e + 1;
        while vs < line_end && b[vs] == b' ' {
            vs += 1;
        }
        match b.get(vs) {
            Some(&q) if q == b'\'' || q == b'"' => match b[vs + 1..line_end].iter().position(|&c| c == q) {
                Some(i) => (vs + 1, vs + 1 + i),
                None => return false,
            },
            _ => trim(b, vs, line_end),
        }
    } else {
        return false;
    };
    if ve <= vs || ve - vs > MAX_DICOM_VALUE {
        return true;
    }
    // A value of several, parted by backslashes: each is read.
    for (ps, pe) in split_spans(b, vs, ve, b'\\') {
        dicom_value(b, &b[s..e], (group, element), ps, pe, emit);
    }
    true
}

/// Record kinds whose record is a person in a GEDCOM family tree, as
/// genealogy programs export it: an individual and the file's submitter.
pub(crate) const GEDCOM_RECORDS: &[&str] = &["INDI", "SUBM"];

/// The most a GEDCOM record is read for its values; a longer one is read
/// that far.
const MAX_GEDCOM_RECORD: usize = 8 << 10;

const GEDCOM_REC: &str = "gedcom_record";

/// A GEDCOM record whose kind (`INDI`, `SUBM`) is at `s..e`, as in
///
/// ```text
/// 0 @I1@ INDI
/// 1 NAME Ingrid Maren /Halvorsen/
/// 2 _MARNM Tanaka
/// 1 NICK Inga
/// 2 ADDR 3907 Kittiwake Drive
/// 3 POST 55803
/// 2 PHON 218-555-0103
/// ```
///
/// Every line up to the next record (a line at level 0) is read by its
/// tag: a name's given names and its surname between slashes are each a
/// person's name, as are a married name, a nickname and the given-name and
/// surname parts; an address's first line is a street, a postcode a ZIP and
/// a phone a phone, each checked against its field's shape. Dates, e-mail
/// addresses and SSNs are found by the catalogue's own rules. Returns
/// whether a record opens at `s`.
pub(crate) fn gedcom_record(b: &[u8], s: usize, e: usize, emit: &mut Emit<'_>) -> bool {
    // "0 @I1@ INDI": level 0 and a cross-reference before the kind.
    let ls = b[..s].iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
    let head = &b[ls..s];
    let xref = head.len() >= 6 && head.starts_with(b"0 @") && head.ends_with(b"@ ");
    if !xref || head[3..head.len() - 2].iter().any(|&c| c == b'@' || c == b' ' || c == b'\n') {
        return false;
    }
    if b.get(e).is_some_and(|&c| c != b'\n' && c != b'\r') {
        return false;
    }
    let end = (e + MAX_GEDCOM_RECORD).min(b.len());
    let mut at = e;
    while at < end {
        let line_start = at + usize::from(b[at] == b'\r') + 1;
        if line_start >= end {
            break;
        }
        let line_end = b[line_start..end].iter().position(|&c| c == b'\n').map_or(end, |i| line_start + i);
        at = line_end;
        let Some((level, ts, te)) = gedcom_tag(b, line_start, line_end) else { continue };
        if level == 0 {
            break;
        }
        let (vs, ve) = trim(b, (te + 1).min(line_end), line_end);
        if vs >= ve {
            continue;
        }
        match &b[ts..te] {
            b"NAME" => {
                // "Given Names /Surname/ Suffix": each part is a name.
                let parts: [(usize, usize); 3] = split_n(b, vs, ve, b'/');
                for (ps, pe) in parts {
                    let (ps, pe) = trim(b, ps, pe);
                    if pe > ps && !NAME_SUFFIXES.contains(&&b[ps..pe]) {
                        value(Field::Name, b, ps, pe, GEDCOM_REC, emit);
                    }
                }
            }
            b"GIVN" | b"SURN" | b"NICK" | b"_MARNM" | b"_AKA" => value(Field::Name, b, vs, ve, GEDCOM_REC, emit),
            b"ADDR" | b"ADR1" if street_value(&b[vs..ve]) => {
                emit("pii.street_address", GEDCOM_REC, vs, ve, 0.9, 2);
            }
            b"POST" => value(Field::Zip, b, vs, ve, GEDCOM_REC, emit),
            b"PHON" => value(Field::Phone, b, vs, ve, GEDCOM_REC, emit),
            _ => {}
        }
    }
    true
}

/// A GEDCOM line's level and tag (`2 DATE 14 MAR 1932`: 2 and `DATE`; `0
/// @I2@ INDI`: 0 and `INDI`), the tag's span; `None` for a line of another
/// shape.
fn gedcom_tag(b: &[u8], s: usize, e: usize) -> Option<(u32, usize, usize)> {
    let digits = b[s..e].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 || s + digits >= e || b[s + digits] != b' ' {
        return None;
    }
    let mut ts = s + digits + 1;
    // A cross-reference before the tag: "0 @I2@ INDI", "0 @F1@ FAM".
    if b.get(ts) == Some(&b'@') {
        let close = b[ts + 1..e].iter().take(24).position(|&c| c == b'@')?;
        ts += close + 2;
        if ts >= e || b[ts] != b' ' {
            return None;
        }
        ts += 1;
    }
    let len = b[ts..e].iter().take_while(|&&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_').count();
    let te = ts + len;
    if len < 3 || (te < e && !matches!(b[te], b' ' | b'\r')) {
        return None;
    }
    Some((digits_value(&b[s..s + digits]), ts, te))
}

/// Whether `w` has the written shape of a social security number ("246-55-6319").
fn ssn_shaped(w: &[u8]) -> bool {
    w.len() == 11
        && w[3] == b'-'
        && w[6] == b'-'
        && w.iter().enumerate().all(|(i, c)| i == 3 || i == 6 || c.is_ascii_digit())
}

/// One value `b[s..e]` of a DICOM element of representation `vr` and tag
/// `(group, element)` ([`dicom_element`]).
fn dicom_value(b: &[u8], vr: &[u8], tag: (u16, u16), s: usize, e: usize, emit: &mut Emit<'_>) {
    let (s, e) = trim(b, s, e);
    if s >= e {
        return;
    }
    match (vr, tag) {
        (b"PN", _) => {
            // The ideographic and phonetic forms after "=" are left alone.
            let alphabetic = b[s..e].iter().position(|&c| c == b'=').map_or(e, |i| s + i);
            let parts: [(usize, usize); 5] = split_n(b, s, alphabetic, b'^');
            for &(ps, pe) in &parts[..3] {
                let (ps, pe) = trim(b, ps, pe);
                let letters = b[ps..pe].iter().filter(|&&c| c.is_ascii_alphabetic() || c >= 0x80).count();
                if letters >= 2 {
                    value(Field::Name, b, ps, pe, DICOM_REC, emit);
                }
            }
        }
        (b"DA" | b"DT", _) => {
            // A time's fraction is no part of the date's shape.
            let end = b[s..e].iter().position(|&c| c == b'.').map_or(e, |i| s + i);
            if date_value(&b[s..end]) {
                emit("pii.date", DICOM_REC, s, e, 0.95, 2);
            }
        }
        (b"AS", _) => {
            // "nnnY" in years; days, weeks and months ("nnnD") are no age over 89.
            let w = &b[s..e];
            if w.len() == 4 && w[3] == b'Y' && w[..3].iter().all(u8::is_ascii_digit) && digits_value(&w[..3]) >= 90 {
                emit("pii.age_over_89", DICOM_REC, s, e, 0.95, 2);
            }
        }
        // Other IDs hold a social security number as often as a record
        // number from elsewhere.
        (_, (0x0010, 0x1000)) if ssn_shaped(&b[s..e]) => value(Field::Ssn, b, s, e, DICOM_REC, emit),
        (_, (0x0010, 0x0020 | 0x1000)) => value(Field::Mrn, b, s, e, DICOM_REC, emit),
        (_, (0x0010, 0x1050)) => value(Field::Plan, b, s, e, DICOM_REC, emit),
        (_, (0x0010, 0x2154)) => value(Field::Phone, b, s, e, DICOM_REC, emit),
        (_, (0x0010, 0x1040)) => {
            // Street, other designation, city, state, ZIP, as HL7 writes an address.
            let parts: [(usize, usize); 6] = split_n(b, s, e, b'^');
            let (ss, se) = trim(b, parts[0].0, parts[0].1);
            if se > ss && street_value(&b[ss..se]) {
                emit("pii.street_address", DICOM_REC, ss, se, 0.9, 2);
            }
            for &(zs, ze) in &parts[2..] {
                if ze > zs {
                    value(Field::Zip, b, zs, ze, DICOM_REC, emit);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)] // tests: a panic is the failure report
mod tests {
    use super::*;
    use crate::detect::Detector;

    /// (class, value, recogniser) of every finding of `text`.
    fn found(text: &str) -> Vec<(String, String, String)> {
        let d = Detector::builtin().unwrap();
        d.scan(text)
            .into_iter()
            .map(|f| (f.class.to_string(), text[f.start..f.end].to_string(), f.recognizer.to_string()))
            .collect()
    }

    fn has(text: &str, class: &str, value: &str, rec: &str) {
        let all = found(text);
        assert!(
            all.iter().any(|(c, v, r)| c == class && v == value && r == rec),
            "{class} {value:?} by {rec} not found in {text:?}: {all:?}"
        );
    }

    fn none_by(text: &str, rec: &str) {
        let all = found(text);
        assert!(!all.iter().any(|(_, _, r)| r == rec), "{rec} found something in {text:?}: {all:?}");
    }

    #[test]
    fn a_key_names_its_field_however_it_is_written() {
        for key in ["dob", "DOB", "Date of Birth", "date_of_birth", "dateOfBirth", "birth-date", "D.O.B."] {
            assert_eq!(field_of_key(key.as_bytes()), Some(Field::Date), "{key}");
        }
        for (key, field) in [
            ("last_name", Field::Name),
            ("firstName", Field::Name),
            ("family", Field::Name),
            ("Name", Field::BareName),
            ("MRN", Field::Mrn),
            ("Medical Record Number", Field::Mrn),
            ("ssn", Field::Ssn),
            ("phone_number", Field::Phone),
            ("postalCode", Field::Zip),
            ("Member ID", Field::Plan),
            ("NPI", Field::Npi),
            ("sex", Field::Marker),
        ] {
            assert_eq!(field_of_key(key.as_bytes()), Some(field), "{key}");
        }
        for key in
            ["diagnosis", "medication", "dose", "city", "notes", "Straße", "a_key_far_longer_than_any_field_name_is"]
        {
            assert_eq!(field_of_key(key.as_bytes()), None, "{key}");
        }
    }

    #[test]
    fn the_screen_passes_every_key_and_cell_and_little_prose() {
        for (text, word) in [
            ("\"phone\": 1", "phone"),
            ("Phone Number,DOB", "Phone"),
            ("member_id", "member"),
            ("| MRN | Name |", "MRN"),
            ("Date of Birth\t", "Birth"),
            ("SSN (last 4)", "SSN"),
            ("Address Line 1,", "Address"),
            ("zip", "zip"),
        ] {
            let s = text.find(word).unwrap();
            assert!(may_name_field(text.as_bytes(), s, s + word.len()), "{text}");
        }
        for (text, word) in [
            ("Phone: 555", "Phone"),
            ("the patient was seen", "patient"),
            ("name=Ellen", "name"),
            ("DOB:", "DOB"),
            ("his phone numbers", "phone"),
        ] {
            let s = text.find(word).unwrap();
            assert!(!may_name_field(text.as_bytes(), s, s + word.len()), "{text}");
        }
        for word in ["name", "NUMBER", "Id", "of", "security", "1", "contact", "family"] {
            assert!(continues_key(format!("{word} x").as_bytes(), 0), "{word}");
        }
        for word in ["was", "names", "identity", "nam", "securities", "12"] {
            assert!(!continues_key(format!("{word} x").as_bytes(), 0), "{word}");
        }
    }

    #[test]
    fn a_value_must_have_its_fields_shape() {
        for good in ["1952-04-17", "04/17/1952", "4/7/52", "19520417", "195204170830", "1952-04-17T08:30:00Z"] {
            assert!(date_value(good.as_bytes()), "{good}");
        }
        for bad in ["1952-13-17", "02/30/1952", "19521317", "1234567", "yesterday", "1952-04", "2024.1.1.1"] {
            assert!(!date_value(bad.as_bytes()), "{bad}");
        }
        for good in ["Ortiz", "ORTIZ^ELLEN^M", "Ortiz, Ellen", "Mary-Kate O'Neil", "van der Berg, Anna", "Álvarez"] {
            assert!(person_name(good.as_bytes()), "{good}");
        }
        for bad in ["N/A", "unknown", "Yes", "Self", "Mother had breast cancer", "12 Elm", "see chart", "A B C D E F"] {
            assert!(!person_name(bad.as_bytes()), "{bad}");
        }
        for good in ["4417 N Sheridan Rd", "Apt 12", "Suite 300B", "#4B", "PO Box 1122", "12B Elm Street"] {
            assert!(street_value(good.as_bytes()), "{good}");
        }
        for bad in ["ellen@example.com", "https://example.com/1", "same as patient", "12", "Chicago"] {
            assert!(!street_value(bad.as_bytes()), "{bad}");
        }
        for good in ["60640", "60640-1234", "LS6 2AB", "SW1A 1AA"] {
            assert!(zip_value(good.as_bytes()), "{good}");
        }
        for bad in ["6064", "606401", "60640-12", "ls6 2ab", "LS6 2A"] {
            assert!(!zip_value(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn json_values_are_found_by_their_keys() {
        let text = r#"{"mrn": "4412378", "last_name": "Ortiz", "firstName": "Ellen", "dob": "1952-04-17",
            "zip": 60640, "phone": "773.555.0142", "ssn": "536221234", "memberId": "XJH881244093",
            "age": 93, "diagnosis": "E11.9", "name": "Metformin"}"#;
        has(text, "phi.mrn", "4412378", "json_field");
        has(text, "pii.person_name", "Ortiz", "json_field");
        has(text, "pii.person_name", "Ellen", "json_field");
        has(text, "pii.date", "1952-04-17", "json_field");
        has(text, "pii.zip_code", "60640", "json_field");
        has(text, "pii.phone", "773.555.0142", "json_field");
        has(text, "pii.ssn", "536221234", "json_field");
        has(text, "phi.health_plan_id", "XJH881244093", "json_field");
        has(text, "pii.age_over_89", "93", "json_field");
        // "name" alone is no person's field in JSON.
        assert!(!found(text).iter().any(|(_, v, _)| v == "Metformin"));
        // A Python dict's repr, in single quotes.
        has("{'mrn': '4412378', 'dob': '04/17/1952'}", "phi.mrn", "4412378", "json_field");
        has("{'mrn': '4412378', 'dob': '04/17/1952'}", "pii.date", "04/17/1952", "json_field");
        // A value that is not of its field's shape gives nothing.
        none_by(r#"{"dob": "unknown", "mrn": "n/a", "ssn": "123", "phone": "ext", "zip": "none"}"#, "json_field");
        // A key in prose, or a word that is no key, gives nothing.
        none_by(r#"She said "phone" twice; the "mrn" field: empty. Her name: unknown."#, "json_field");
    }

    #[test]
    fn fhir_resources_give_names_dates_addresses_and_typed_identifiers() {
        let text = r#"{"resourceType": "Patient",
  "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                  "value": "4412378"},
                 {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                  "value": "C530-4417-9921"},
                 {"system": "urn:example:visits", "value": "V0012345"}],
  "name": [{"use": "official", "family": "Ortiz", "given": ["Ellen", "Marie"]}],
  "birthDate": "1952-04-17",
  "address": [{"line": ["4417 North Sheridan Road", "Apt 12"], "city": "Chicago", "postalCode": "60640"}]}"#;
        has(text, "phi.mrn", "4412378", "json_field");
        has(text, "pii.us_driver_license", "C530-4417-9921", "json_field");
        has(text, "pii.person_name", "Ortiz", "json_field");
        has(text, "pii.person_name", "Ellen", "json_field");
        has(text, "pii.person_name", "Marie", "json_field");
        has(text, "pii.date", "1952-04-17", "json_field");
        has(text, "pii.street_address", "4417 North Sheridan Road", "json_field");
        has(text, "pii.street_address", "Apt 12", "json_field");
        has(text, "pii.zip_code", "60640", "json_field");
        // A value whose identifier has no type is not guessed at.
        assert!(!found(text).iter().any(|(_, v, _)| v == "V0012345"));
    }

    #[test]
    fn cda_elements_give_their_text_or_value() {
        let cda = r#"<recordTarget><patientRole><id extension="4412378" root="2.16.840.1.113883.19.5"/>
<addr use="HP"><streetAddressLine>4417 N Sheridan Rd</streetAddressLine><city>Chicago</city><postalCode>60640</postalCode></addr>
<patient><name><given>Ellen</given><given>Marie</given><family>Ortiz</family></name>
<birthTime value="19520417"/></patient></patientRole></recordTarget>"#;
        has(cda, "pii.street_address", "4417 N Sheridan Rd", "xml_field");
        has(cda, "pii.zip_code", "60640", "xml_field");
        has(cda, "pii.person_name", "Ellen", "xml_field");
        has(cda, "pii.person_name", "Marie", "xml_field");
        has(cda, "pii.person_name", "Ortiz", "xml_field");
        has(cda, "pii.date", "19520417", "xml_field");
        // An element of another name, or a field's name in text, gives nothing.
        none_by("<city>Chicago</city><family>history of diabetes</family> family <given> 2 mg", "xml_field");
    }

    #[test]
    fn table_columns_are_classed_by_their_header() {
        let csv = "mrn,last_name,first_name,dob,sex,phone,zip,diagnosis\n\
                   4412378,Ortiz,Ellen,1952-04-17,F,773-555-0142,60640,E11.9\r\n\
                   4412379,\"Nguyen-Tran\",Thanh,03/02/1948,M,312-555-0187,60614,I10\n\
                   \n\
                   Totals,,,,,,,\n";
        has(csv, "phi.mrn", "4412378", "table_column");
        has(csv, "pii.person_name", "Ortiz", "table_column");
        has(csv, "pii.person_name", "Ellen", "table_column");
        has(csv, "pii.date", "1952-04-17", "table_column");
        has(csv, "pii.phone", "773-555-0142", "table_column");
        has(csv, "pii.zip_code", "60640", "table_column");
        has(csv, "phi.mrn", "4412379", "table_column");
        has(csv, "pii.person_name", "Nguyen-Tran", "table_column");
        has(csv, "pii.date", "03/02/1948", "table_column");
        // A quoted cell may hold the delimiter.
        has("Patient,MRN\n\"Ortiz, Ellen\",4412378\n", "pii.person_name", "Ortiz, Ellen", "table_column");
        // Tabs, semicolons and Markdown's pipes.
        has("MRN\tName\tDOB\n4412378\tEllen Ortiz\t1952-04-17\n", "pii.person_name", "Ellen Ortiz", "table_column");
        has("MRN;Surname\n4412378;Ortiz\n", "pii.person_name", "Ortiz", "table_column");
        let md = "| MRN | Name | DOB |\n|-----|:----:|-----|\n| 4412378 | Ellen Ortiz | 04/17/1952 |\n";
        has(md, "phi.mrn", "4412378", "table_column");
        has(md, "pii.person_name", "Ellen Ortiz", "table_column");
        has(md, "pii.date", "04/17/1952", "table_column");
        // A home-care visit export's client and aide, beside a date of
        // birth; a "Client" column with nothing about a person is a firm's.
        let evv = "VisitID|Client|DOB|Worker\nV88231|KOVALENKO, NADIA|03/02/1931|Lashonda Pruitt-Gaines\n";
        has(evv, "pii.person_name", "KOVALENKO, NADIA", "table_column");
        has(evv, "pii.person_name", "Lashonda Pruitt-Gaines", "table_column");
        none_by("Client|Matter|Hours\nAcme Holdings|2025-0041|3.5\n", "table_column");
        // "Name" alone with no column about a person: a drug's name.
        none_by("| Name | Dose |\n|---|---|\n| Metformin XR | 500 mg |\n", "table_column");
        // Prose with commas is no table, and a header with no row gives nothing.
        none_by("Record the name, phone and date of birth,\nthen call, write, or fax the clinic.\n", "table_column");
        none_by("mrn,name,dob\n", "table_column");
    }

    #[test]
    fn tables_aligned_with_spaces_are_read_by_their_columns() {
        // pandas' `df.head()`: right-aligned columns, an index left of an
        // indented header, names outside ASCII counted as characters.
        let df = "        mrn            patient         dob  age    zip\n\
                  0  52727628   OKAFOR, Chidinma  1958-04-11   67  60614\n\
                  1  72414295  Szyma\u{144}ska, Bo\u{17c}ena  1930-12-02   94  60630\n\
                  \n\
                  2  58842586     Lan Nguyen  1943-07-30   82  02134\n";
        has(df, "phi.mrn", "52727628", "table_column");
        has(df, "pii.person_name", "OKAFOR, Chidinma", "table_column");
        has(df, "pii.date", "1958-04-11", "table_column");
        has(df, "pii.zip_code", "60614", "table_column");
        has(df, "pii.person_name", "Szyma\u{144}ska, Bo\u{17c}ena", "table_column");
        has(df, "pii.age_over_89", "94", "table_column");
        // The table ended at the blank line.
        assert!(!found(df).iter().any(|(_, v, r)| v == "58842586" && r == "table_column"), "{:?}", found(df));
        // Left-aligned fixed-width columns under a rule, and a row with a
        // cell left empty, read by the columns its cells share.
        let report = "PATIENT NAME     DOB         PHONE          NOTE\n\
                      ---------------  ----------  -------------  ----\n\
                      Ellen Ortiz      04/17/1952  773-555-0142   ok\n\
                      Thanh Nguyen                 312-555-0187   ok\n";
        has(report, "pii.person_name", "Ellen Ortiz", "table_column");
        has(report, "pii.date", "04/17/1952", "table_column");
        has(report, "pii.person_name", "Thanh Nguyen", "table_column");
        has(report, "pii.phone", "312-555-0187", "table_column");
        // Typed by hand, its columns loose: a row with a cell for each
        // header cell is read in order.
        let typed = "MRN   Name   DOB\n4412378  Ellen Ortiz  1952-04-17\n";
        has(typed, "pii.person_name", "Ellen Ortiz", "table_column");
        // Not tables: prose with two spaces after a field's word, a header
        // of two cells, a header with no row, a row of prose.
        none_by("The patient  was seen today.  Her phone  is on file.\n", "table_column");
        none_by("mrn             object\npatient         object\n", "table_column");
        none_by("mrn   patient   dob\n", "table_column");
        none_by("mrn   patient   dob\nWe will call the patient back on Monday about it.\n", "table_column");
    }

    #[test]
    fn astm_records_give_the_patients_identifiers_and_the_dates_of_the_tests() {
        // A serial line's capture, control characters as mnemonics.
        let capture = "\u{2192} <STX>1H|\\^&|||AX-100^2.3|||||LIS||P|LIS2-A2|20250301101500<CR><ETX>4A\n\
            \u{2192} <STX>2P|1|4471203|||HALVORSEN^INGRID^M|OKAFOR|19310422|F||77 Birchwood Ln^Duluth^MN^55803||\
            218^5550103|1245319599^PATEL^ARJUN|||||I48.91|APIXABAN<CR><ETX>3F\n\
            \u{2192} <STX>3O|1|S2503010042||^^^INR|R||20250301081500|||||||20250301083000|CITRATE<CR><ETX>11\n\
            \u{2192} <STX>4R|1|^^^INR|2.4||0.9-1.1|H||F||||20250301092000<CR><ETX>22\n";
        has(capture, "phi.mrn", "4471203", "astm_record");
        has(capture, "pii.person_name", "HALVORSEN^INGRID^M", "astm_record");
        // The mother's maiden name, the birth date, the address and phone.
        has(capture, "pii.person_name", "OKAFOR", "astm_record");
        has(capture, "pii.date", "19310422", "astm_record");
        has(capture, "pii.street_address", "77 Birchwood Ln^Duluth^MN", "astm_record");
        has(capture, "pii.zip_code", "55803", "astm_record");
        has(capture, "pii.phone", "218^5550103", "astm_record");
        // The attending physician: an NPI that validates, and the name.
        has(capture, "phi.npi", "1245319599", "astm_record");
        has(capture, "pii.person_name", "PATEL^ARJUN", "astm_record");
        // Collected, received, completed.
        has(capture, "pii.date", "20250301081500", "astm_record");
        has(capture, "pii.date", "20250301083000", "astm_record");
        has(capture, "pii.date", "20250301092000", "astm_record");
        // The catalogue reads on inside a record: the diagnosis's code.
        assert!(found(capture).iter().any(|(c, v, _)| c == "phi.icd10" && v == "I48.91"), "{:?}", found(capture));
        // The header's timestamp and the specimen's ID are none.
        assert!(!found(capture).iter().any(|(_, v, _)| v == "20250301101500" || v == "S2503010042"));
        // Without framing, each record on its line.
        let bare = "H|\\^&|||AX-100\nP|1|4471203|||HALVORSEN^INGRID^M||19310422|F\nL|1|N\n";
        has(bare, "phi.mrn", "4471203", "astm_record");
        has(bare, "pii.date", "19310422", "astm_record");
        // Frames run together on one line: each record ends where the next
        // frame starts.
        let run_on = "<STX>2P|1|4471203|||HALVORSEN^INGRID^M<STX>3O|1|S1||^^^INR|R||20250301081500\n";
        has(run_on, "pii.person_name", "HALVORSEN^INGRID^M", "astm_record");
        has(run_on, "pii.date", "20250301081500", "astm_record");
        // Not records: inside a line of prose, a frame number past 7, a
        // sequence that is no number, a type the reader has no fields for.
        none_by("the P|1|4471203|||HALVORSEN^INGRID^M record", "astm_record");
        none_by("<STX>8P|1|4471203|||HALVORSEN^INGRID^M|\n", "astm_record");
        none_by("<STX>2P|A|4471203|||HALVORSEN^INGRID^M|\n", "astm_record");
        none_by("<STX>5C|1|I|HALVORSEN^INGRID^M|G\n", "astm_record");
    }

    #[test]
    fn hl7_charges_procedures_and_diagnoses_give_their_dates_and_clinicians() {
        let msg = "FT1|1|CL1||20250301|20250302|CG|93458^LHC^C4|||1|100.00|100.00|CATH||||||I25.110^ASHD^I10|\
                   1245319599^PATEL^ARJUN\n\
                   PR1|1||92928^PCI^C4||20250301093000||||||1604123855^OKAFOR^ADA\n\
                   DG1|1||I25.110^ASHD^I10||20250228\n";
        has(msg, "pii.date", "20250301", "hl7_field");
        has(msg, "pii.date", "20250302", "hl7_field");
        has(msg, "phi.npi", "1245319599", "hl7_field");
        has(msg, "pii.person_name", "PATEL^ARJUN", "hl7_field");
        has(msg, "pii.date", "20250301093000", "hl7_field");
        has(msg, "pii.person_name", "OKAFOR^ADA", "hl7_field");
        has(msg, "pii.date", "20250228", "hl7_field");
        // The amounts and the procedure's code are none.
        assert!(!found(msg).iter().any(|(_, v, _)| v == "100.00" || v == "93458"), "{:?}", found(msg));
    }

    #[test]
    fn javascript_objects_bare_keys_name_their_fields() {
        let shell = "  {\n    mrn: 'QX-5518230',\n    profile: {\n      firstName: 'Ingrid',\n      \
                     lastName: 'Halvorsen-Okafor',\n      preferredName: 'Inga',\n      nhsNumber: '943 476 5919',\n      \
                     dob: ISODate('1931-04-22T00:00:00.000Z')\n    }\n  }\n";
        has(shell, "phi.mrn", "QX-5518230", "json_field");
        has(shell, "pii.person_name", "Ingrid", "json_field");
        has(shell, "pii.person_name", "Halvorsen-Okafor", "json_field");
        has(shell, "pii.person_name", "Inga", "json_field");
        has(shell, "id.uk_nhs", "943 476 5919", "json_field");
        // Glued to its value; in double quotes.
        has("{lastName:'Ortiz'}", "pii.person_name", "Ortiz", "json_field");
        has("{ lastName: \"Ortiz\" }", "pii.person_name", "Ortiz", "json_field");
        // A service's name, a query's regular expression, a key inside a
        // word, an NHS number failing its check: none.
        none_by("{ name: 'triage-summarizer', kind: 'bp_cuff' }", "json_field");
        none_by("db.patients.find({ 'profile.lastName': /^Ortiz/ })", "json_field");
        none_by("x.lastName: 'Ortiz'", "json_field");
        none_by("{ nhsNumber: '943 476 5918' }", "json_field");
    }

    #[test]
    fn full_columns_parted_by_one_space_are_split_at_the_headers_columns() {
        // PowerShell's Format-Table: a column filled to its width is
        // parted from the next by one space.
        let table = "Received            FromFax      Patient                  DOB        MRN\n\
                     --------            -------      -------                  ---        ---\n\
                     03/01/2025 16:02:11 218-555-0160 HALVORSEN-OKAFOR, INGRID 04/22/1931 4471203\n\
                     03/01/2025 16:47:53 218-555-0171 Ortiz, Ellen             11/02/1948 3735769\n";
        has(table, "pii.person_name", "HALVORSEN-OKAFOR, INGRID", "table_column");
        has(table, "pii.date", "04/22/1931", "table_column");
        has(table, "phi.mrn", "4471203", "table_column");
        has(table, "pii.person_name", "Ortiz, Ellen", "table_column");
        has(table, "phi.mrn", "3735769", "table_column");
        // A row whose text runs on over a column's start ends the table.
        let ragged = "Patient                  DOB        MRN\n\
                      -------                  ---        ---\n\
                      HALVORSEN-OKAFOR, INGRIDX4/22/1931 4471203\n";
        none_by(ragged, "table_column");
        // A row that runs on under more than eight header cells is prose,
        // even where its words stand at the header's columns.
        let header = "mrn  dob  age  zip  sex  c06  c07  c08  c09  c10\n";
        let prose = "4412 1952 0091 6061 Fem. ward note wing left side\n";
        none_by(&format!("{header}{prose}"), "table_column");
    }

    #[test]
    fn nacha_files_give_routing_numbers_accounts_and_consumers_names() {
        let entry = "62205605243969680763449      0000021540PT0047715      WHITFIELD-AYODELE DOLO  0051461390000003";
        assert_eq!(entry.len(), 94);
        has(entry, "fin.aba_routing", "056052439", "nacha_record");
        has(entry, "fin.bank_account", "69680763449", "nacha_record");
        has(entry, "pii.person_name", "WHITFIELD-AYODELE DOLO", "nacha_record");
        // The amount, the individual ID and the trace number are no values.
        let all = found(entry);
        assert_eq!(all.len(), 3, "{all:?}");
        let header = "101 05146139712358811532510210614A094101FIRST PIEDMONT BANK    HARMON VALLEY HEALTH   RFND1021";
        assert_eq!(header.len(), 94);
        has(header, "fin.aba_routing", "051461397", "nacha_record");
        // A batch that pays companies: their names are no person's.
        let ccd = format!(
            "5220HARMON VALLEY HL                    1235881153CCDSUPPLIES        251022   1051461390000417\n{}",
            entry.replace("WHITFIELD-AYODELE DOLO", "ACME SURGICAL SUPPLY  ")
        );
        has(&ccd, "fin.aba_routing", "056052439", "nacha_record");
        assert!(!found(&ccd).iter().any(|(c, _, _)| c == "pii.person_name"), "{:?}", found(&ccd));
        // A line one short, a routing number failing its checksum, a
        // transaction code that is none: no record.
        none_by(&entry[..93], "nacha_record");
        none_by(&entry.replacen("056052439", "056052438", 1), "nacha_record");
        none_by(&entry.replacen("622", "692", 1), "nacha_record");
    }

    #[test]
    fn a_card_beside_a_json_name_makes_it_its_holders() {
        let body = r#"POST /api/pay body={"cc":"4420769480254998","exp":"08/28","zip":"60614","name":"DARIUSZ KOWALCZYK-FERRO"}"#;
        has(body, "pii.person_name", "DARIUSZ KOWALCZYK-FERRO", "json_field");
        none_by(r#"{"sku":"A-12","name":"Blue Widget","price":3}"#, "json_field");
    }

    #[test]
    fn x12_segments_give_a_persons_identifiers_and_an_organisations_npi() {
        let isa = "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240314*0830*^*00501*000000001*0*P*:~";
        assert_eq!(isa.len(), 106);
        let claim = format!(
            "{isa}\nNM1*85*2*MERCY CLINIC*****XX*1234567893~N3*100 MAIN ST~N4*CHICAGO*IL*60601~\
             NM1*IL*1*ORTIZ*ELLEN*M***MI*XJH881244093~N3*4417 N SHERIDAN RD*APT 12~N4*CHICAGO*IL*606401234~\
             DMG*D8*19520417*F~REF*SY*536221234~PER*IC*ELLEN ORTIZ*TE*7735550142~\
             NM1*QC*1*ORTIZ*RAFAEL~DMG*D8*19500102*M~"
        );
        let all = found(&claim);
        has(&claim, "phi.npi", "1234567893", "x12_field");
        has(&claim, "pii.person_name", "ORTIZ*ELLEN*M", "x12_field");
        has(&claim, "phi.health_plan_id", "XJH881244093", "x12_field");
        has(&claim, "pii.street_address", "4417 N SHERIDAN RD", "x12_field");
        has(&claim, "pii.street_address", "APT 12", "x12_field");
        has(&claim, "pii.date", "19520417", "x12_field");
        has(&claim, "pii.ssn", "536221234", "x12_field");
        has(&claim, "pii.phone", "7735550142", "x12_field");
        has(&claim, "pii.person_name", "ORTIZ*RAFAEL", "x12_field");
        has(&claim, "pii.date", "19500102", "x12_field");
        // A date of the person's service, and a range of two.
        let dtp = format!(
            "{isa}\nNM1*IL*1*ORTIZ*ELLEN*M***MI*XJH881244093~DTP*291*D8*20250915~DTP*307*RD8*20250101-20251231~"
        );
        has(&dtp, "pii.date", "20250915", "x12_field");
        has(&dtp, "pii.date", "20250101", "x12_field");
        has(&dtp, "pii.date", "20251231", "x12_field");
        // An organisation's loop gives no dates.
        none_by(&format!("{isa}\nNM1*PR*2*LAKESHORE HMO*****PI*77014~DTP*291*D8*20250915~"), "x12_field");
        // The clinic's name and address are no one's.
        assert!(!all.iter().any(|(_, v, _)| v.contains("MERCY") || v.contains("100 MAIN")), "{all:?}");
        // The ISA's delimiters hold for what follows.
        let piped = "ISA|00|          |00|          |ZZ|SUBMITTERID    |ZZ|RECEIVERID     |240314|0830|^|00501|000000001|0|P|>\n\
                     NM1|IL|1|DOE|JANE||||MI|W123456789\n";
        has(piped, "pii.person_name", "DOE|JANE", "x12_field");
        has(piped, "phi.health_plan_id", "W123456789", "x12_field");
        // NM1 in prose is no segment.
        none_by("The NM1*IL segment names the subscriber; see NM1 x*1*DOE", "x12_field");
    }

    #[test]
    fn hl7_segments_give_their_identifiers_by_field() {
        let msg = "MSH|^~\\&|EPIC|MGH|LAB|MGH|20240314083000||ADT^A01|MSG00001|P|2.5.1\r\
PID|1||4412378^^^MGH^MR~536221234^^^SSA^SS||ORTIZ^ELLEN^M^^MS||19520417|F||2106-3|4417 N SHERIDAN RD^APT 12^CHICAGO^IL^60640^USA||^PRN^PH^^1^773^5550142|(312)555-0199\r\
NK1|1|ORTIZ^RAFAEL^^^MR|SPO^Spouse\r\
PV1|1|I|5B^512^01^MGH||||1234567893^PATEL^ANJALI^^^DR^MD\r\
IN1|1|BCBS001|12345|BLUE CROSS||||||||||||ORTIZ^ELLEN|SEL|19520417\r";
        has(msg, "phi.mrn", "4412378", "hl7_field");
        has(msg, "pii.ssn", "536221234", "hl7_field");
        has(msg, "pii.person_name", "ORTIZ^ELLEN^M", "hl7_field");
        has(msg, "pii.date", "19520417", "hl7_field");
        has(msg, "pii.street_address", "4417 N SHERIDAN RD^APT 12^CHICAGO^IL", "hl7_field");
        has(msg, "pii.zip_code", "60640", "hl7_field");
        has(msg, "pii.phone", "1^773^5550142", "hl7_field");
        has(msg, "pii.phone", "(312)555-0199", "hl7_field");
        has(msg, "pii.person_name", "ORTIZ^RAFAEL", "hl7_field");
        has(msg, "phi.npi", "1234567893", "hl7_field");
        has(msg, "pii.person_name", "PATEL^ANJALI", "hl7_field");
        has(msg, "pii.person_name", "ORTIZ^ELLEN", "hl7_field");
        // Both forms of a phone in one field.
        let two =
            "MSH|^~\\&|A\rPID|1||4412378^^^MGH^MR||DOE^JANE||19520417|F|||||(773)555-0128^PRN^PH^^1^773^5550128\r";
        has(two, "pii.phone", "(773)555-0128", "hl7_field");
        has(two, "pii.phone", "1^773^5550128", "hl7_field");
        // The dates of the patient's care in orders, results and visits,
        // with a time and a zone or without.
        let care = "MSH|^~\\&|LAB\rOBR|1|ORD1|F1|80048^BMP^CPT4|||202411210947|||||||||||||||202411220812|||F\r\
OBX|1|NM|2345-7^Glucose^LN||141|mg/dL|70-99|H|||F|||20241121094700-0600\r\
PV1|1|O|LAB||||||||||||||||||||||||||||||||||||||||||20241121\r";
        has(care, "pii.date", "202411210947", "hl7_field");
        has(care, "pii.date", "202411220812", "hl7_field");
        has(care, "pii.date", "20241121094700-0600", "hl7_field");
        has(care, "pii.date", "20241121", "hl7_field");
        // The message's own timestamp and control id are no one's.
        let all = found(msg);
        assert!(!all.iter().any(|(_, v, _)| v.contains("20240314") || v == "MSG00001"), "{all:?}");
        // Other delimiters, as MSH declares them; segments on their own lines.
        has("MSH#$~\\&#A\nPID#1##4412378$$$MGH$MR##DOE$JANE\n", "pii.person_name", "DOE$JANE", "hl7_field");
        // A segment's name in prose, or not at a line's start, is no segment.
        none_by("The PID|1 field and the MSH header; see PID 4412378 and x PID|1||4412378", "hl7_field");
    }

    #[test]
    fn dicom_dumps_give_names_dates_ages_and_the_patients_identifiers() {
        const R: &str = "dicom_element";
        let dcmdump = "# Dicom-Data-Set\n\
            (0008,0020) DA [20250304]                               #   8, 1 StudyDate\n\
            (0008,0090) PN [NAKAMURA-REYES^DANIELA^^DR]             #  26, 1 ReferringPhysicianName\n\
            (0008,1070) PN [mkrause]                                #   8, 1 OperatorsName\n\
            (0010,0010) PN [WOJCIECHOWSKA^HALINA^T]                 #  22, 1 PatientName\n\
            (0010,0020) LO [LRM2519476]                             #  10, 1 PatientID\n\
            (0010,0030) DA [19331107]                               #   8, 1 PatientBirthDate\n\
            (0010,1000) LO [246-55-6319]                            #  12, 1 OtherPatientIDs\n\
            (0010,1010) AS [091Y]                                   #   4, 1 PatientAge\n\
            (0010,1040) LO [1187 Sawmill Creek Rd Apt 2B^^Huron^OH^44839] #  44, 1 PatientAddress\n\
            (0010,2154) SH [(419) 555-0134]                         #  14, 1 PatientTelephoneNumbers\n\
            (0018,1000) LO [74122]                                  #   6, 1 DeviceSerialNumber\n\
            (0008,0080) LO [Lakeshore Regional Medical Center]      #  34, 1 InstitutionName\n\
              (0040,a123) PN [Okafor^Chidinma]                      #  14, 1 PersonName\n";
        has(dcmdump, "pii.date", "20250304", R);
        has(dcmdump, "pii.person_name", "NAKAMURA-REYES", R);
        has(dcmdump, "pii.person_name", "DANIELA", R);
        has(dcmdump, "pii.person_name", "WOJCIECHOWSKA", R);
        has(dcmdump, "pii.person_name", "HALINA", R);
        has(dcmdump, "pii.person_name", "Okafor", R);
        has(dcmdump, "phi.mrn", "LRM2519476", R);
        has(dcmdump, "pii.date", "19331107", R);
        has(dcmdump, "pii.ssn", "246-55-6319", R);
        has(dcmdump, "pii.age_over_89", "091Y", R);
        has(dcmdump, "pii.street_address", "1187 Sawmill Creek Rd Apt 2B", R);
        has(dcmdump, "pii.zip_code", "44839", R);
        has(dcmdump, "pii.phone", "(419) 555-0134", R);
        let all = found(dcmdump);
        // An initial, a prefix, a login, a device's serial number and the
        // institution are no one's.
        for v in ["T", "DR", "mkrause", "74122", "Lakeshore Regional Medical Center"] {
            assert!(!all.iter().any(|(_, x, _)| x == v), "{v}: {all:?}");
        }
        // pydicom's form: the element's name, then the representation and a colon.
        let pydicom = "(0010, 0010) Patient's Name                      PN: 'DOE^JANE^M'\n\
            (0010, 0030) Patient's Birth Date                DA: '19520417'\n\
            (0010, 1010) Patient's Age                       AS: '093Y'\n\
            (0008, 0021) Series Date                         DA: 20250304\n";
        has(pydicom, "pii.person_name", "DOE", R);
        has(pydicom, "pii.person_name", "JANE", R);
        has(pydicom, "pii.date", "19520417", R);
        has(pydicom, "pii.age_over_89", "093Y", R);
        has(pydicom, "pii.date", "20250304", R);
        // Ages under 90 or in days, invalid dates, representations in
        // prose or after no tag give nothing.
        none_by(
            "(0010,1010) AS [045Y]\n(0010,1010) AS [095D]\n(0008,0020) DA [20251340]\n\
             The PN [DOE^JANE] value and DA [20250304]\nx (0010,0010) PN [DOE^JANE]\n",
            R,
        );
    }

    #[test]
    fn gedcom_records_give_their_peoples_names_and_contacts() {
        const R: &str = "gedcom_record";
        let tree = "0 HEAD\n1 SOUR FamilyHearth\n2 VERS 7.3.1\n1 SUBM @U1@\n\
            0 @U1@ SUBM\n1 NAME Linnea /Tanaka/\n\
            0 @I1@ INDI\n1 NAME Ingrid Maren /Halvorsen/\n2 GIVN Ingrid Maren\n2 _MARNM Okonjo\n1 NICK Inga\n\
            1 BIRT\n2 DATE 14 MAR 1932\n1 RESI\n2 ADDR 3907 Kittiwake Drive\n3 CITY Duluth\n3 POST 55803\n\
            2 PHON 218-555-0103\n1 FAMS @F1@\n\
            0 @F1@ FAM\n1 HUSB @I2@\n1 NOTE Brother of /Smith/ line\n\
            0 @I2@ INDI\r\n1 NAME Arne /HALVORSEN/ Jr.\r\n0 TRLR\n";
        has(tree, "pii.person_name", "Linnea", R);
        has(tree, "pii.person_name", "Tanaka", R);
        has(tree, "pii.person_name", "Ingrid Maren", R);
        has(tree, "pii.person_name", "Halvorsen", R);
        has(tree, "pii.person_name", "Okonjo", R);
        has(tree, "pii.person_name", "Inga", R);
        has(tree, "pii.street_address", "3907 Kittiwake Drive", R);
        has(tree, "pii.zip_code", "55803", R);
        has(tree, "pii.phone", "218-555-0103", R);
        has(tree, "pii.person_name", "Arne", R);
        has(tree, "pii.person_name", "HALVORSEN", R);
        let all = found(tree);
        // The header, a family record and the software's name give nothing
        // of their own.
        for v in ["FamilyHearth", "Smith", "Duluth", "7.3.1"] {
            assert!(!all.iter().any(|(_, x, r)| x == v && r == R), "{v}: {all:?}");
        }
        // A record ends at the next level 0 line, a cross-reference before
        // its tag: a source's name after it is read by no person's record.
        let t = "0 @I1@ INDI\n1 NAME Ann /Okonjo/\n0 @S1@ SOUR\n1 NAME Mercy Archive /Records/\n";
        has(t, "pii.person_name", "Okonjo", R);
        assert!(!found(t).iter().any(|(_, v, r)| v == "Mercy Archive" && r == R), "{:?}", found(t));
        // A record longer than the reader reads, cut right after a line's
        // level, gives what it read and no panic.
        let head = "0 @I1@ INDI\n1 NAME Ann /Okonjo/\n1 NOTE ";
        let cut = "0 @I1@ INDI".len() + MAX_GEDCOM_RECORD;
        let long = format!("{head}{}\n1 NAME Bea /Lindqvist/\n", "a".repeat(cut - 2 - head.len()));
        assert_eq!(&long[cut - 1..cut + 1], "1 ");
        has(&long, "pii.person_name", "Okonjo", R);
        // "INDI" in prose, or without its cross-reference, opens no record.
        none_by("The INDI record\n1 NAME Ingrid /Halvorsen/\n0 INDI\n1 NAME Ingrid /Halvorsen/\n", R);
    }

    #[test]
    fn json_inside_a_json_string_is_read_between_escaped_quotes() {
        // A tool call's arguments pasted with the request body around them.
        let text = r#""arguments": "{\"patient\": {\"mrn\": \"36688101\", \"dob\": \"1958-07-22\", \"member_id\": \"LKH741981897\", \"phone\": \"+13125550146\"}}""#;
        has(text, "phi.mrn", "36688101", "json_field");
        has(text, "pii.date", "1958-07-22", "json_field");
        has(text, "phi.health_plan_id", "LKH741981897", "json_field");
        has(text, "pii.phone", "+13125550146", "json_field");
        // An escaped key's value needs its escaped quotes; a key escaped on
        // one side only is none.
        none_by(r#"{\"mrn\": \"36688101}"#, "json_field");
        none_by(r#"{"mrn\": \"36688101\"}"#, "json_field");
    }

    #[test]
    fn postman_variables_named_as_secrets_give_their_values() {
        let t = r#"{"key": "faxKey", "value": "a54342b6d3fd3cb2febc60c12fb38770"}"#;
        has(t, "secret.generic_api_key", "a54342b6d3fd3cb2febc60c12fb38770", "json_field");
        let t = r#"{"key":"AUTH_TOKEN","value":"tok_9f8e7d6c5b4a39281706f5e4","enabled":true}"#;
        has(t, "secret.generic_api_key", "tok_9f8e7d6c5b4a39281706f5e4", "json_field");
        // A name that only ends in the letters, another variable, and
        // placeholders are none.
        none_by(r#"{"key": "monkey", "value": "a54342b6d3fd3cb2febc60c12fb38770"}"#, "json_field");
        none_by(r#"{"key": "baseUrl", "value": "a54342b6d3fd3cb2febc60c12fb38770"}"#, "json_field");
        none_by(r#"{"key": "apiKey", "value": "{{apiKey}}"}"#, "json_field");
        none_by(r#"{"key": "secret", "value": "changeme-changeme-changeme"}"#, "json_field");
        // The key must name this value: another object's key does not.
        none_by(r#"{"key": "apiKey"}, {"name": "x", "value": "a54342b6d3fd3cb2febc60c12fb38770"}"#, "json_field");
    }

    #[test]
    fn ledes_billing_lines_give_their_dates_of_work_and_timekeepers() {
        // LEDES 1998B: "|" parts the fields and "[]" ends every line.
        let ledes = "LEDES1998B[]\n\
                     INVOICE_DATE|LINE_ITEM_DATE|TIMEKEEPER_ID|TIMEKEEPER_NAME|LINE_ITEM_TASK_CODE|CLIENT_MATTER_ID[]\n\
                     20251031|20251003|SRH|Haugland, Signe R.|L120|CLM-8558103[]\n\
                     20251031|20251009|CEO|Okonjo, Chidinma|L120|CLM-8558103[]\n";
        has(ledes, "pii.date", "20251003", "table_column");
        has(ledes, "pii.date", "20251009", "table_column");
        has(ledes, "pii.person_name", "Haugland, Signe R.", "table_column");
        has(ledes, "pii.person_name", "Okonjo, Chidinma", "table_column");
        // The invoice's date is the firm's, not a date of work.
        let all = found(ledes);
        assert!(!all.iter().any(|(_, v, _)| v == "20251031"), "{all:?}");
        // Brackets elsewhere than at the line's end are no LEDES line's end,
        // and no header holds them.
        none_by("NAME|DOB[] \nAnn Lee|1950-01-02[] \n", "table_column");
        has("NAME|DOB[]\nAnn Lee|1950-01-02[]\n", "pii.date", "1950-01-02", "table_column");
        // The header's last cell before its "[]" names a field too.
        has(
            "LINE_ITEM_DATE|TIMEKEEPER_NAME[]\n20251003|Okonjo, Chidinma[]",
            "pii.person_name",
            "Okonjo, Chidinma",
            "table_column",
        );
    }

    #[test]
    fn keys_in_snake_case_bank_columns_and_an_mbi_in_a_plan_column() {
        // Keys in snake case whose later words are no field words.
        has(r#"{"social_security_number": "536221234"}"#, "pii.ssn", "536221234", "json_field");
        has(r#"{"medical_record_number": "E2458563"}"#, "phi.mrn", "E2458563", "json_field");
        has(r#"{"member_id": "MXH633118505"}"#, "phi.health_plan_id", "MXH633118505", "json_field");
        has(r#"{"insurance_id": "W202790254"}"#, "phi.health_plan_id", "W202790254", "json_field");
        has(r#"{"drivers_license": "41477800"}"#, "pii.us_driver_license", "41477800", "json_field");
        // A licence's field holding a valid SSN written as one is the SSN.
        has(r#"{"drivers_license": "664-71-5928"}"#, "pii.ssn", "664-71-5928", "json_field");
        has("PID|1||E2922130^^^LRH^MR||DOE^JANE|||||||||||||||664-71-5928\n", "pii.ssn", "664-71-5928", "hl7_field");
        has(r#"{"drivers_license": "000-71-5928"}"#, "pii.us_driver_license", "000-71-5928", "json_field");
        // A Medicare member's ID in a plan's column is their MBI.
        has("name,insurance_id\n\"Thornton, William\",2MU6-TQ2-AA29\n", "phi.mbi", "2MU6-TQ2-AA29", "table_column");
        // Routing and account columns, apart or in one cell.
        let table = "| # | Employee | SSN | Original ABA / account |\n|---|---|---|---|\n\
                     | 1 | Nguyễn Thị Lan | 676 73 3394 | 258008139 / 8276468574 |\n";
        has(table, "pii.person_name", "Nguyễn Thị Lan", "table_column");
        has(table, "fin.aba_routing", "258008139", "table_column");
        has(table, "fin.bank_account", "8276468574", "table_column");
        has(
            r#"{"account_number": "8276468574", "routing": "258008139"}"#,
            "fin.bank_account",
            "8276468574",
            "json_field",
        );
        // A routing number must pass the checksum; an account is digits.
        let bad = found("| Employee | ABA / account |\n|---|---|\n| Ana Ruiz | 258008138 / 8276468574 |\n");
        assert!(!bad.iter().any(|(c, _, _)| c.starts_with("fin.")), "{bad:?}");
        none_by(r#"{"account_number": "on file"}"#, "json_field");
    }
}
