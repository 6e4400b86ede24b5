/// Why a date, NIP, NIK, region code or personal name was refused.
///
/// Every `description` is one sentence saying what is wrong and how to fix it.
public enum IdentityError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The triple is not a real calendar day.
    case invalidDate(year: Int, month: Int, day: Int)
    /// The text is not in YYYY-MM-DD form.
    case malformedDate(String)
    /// The month is outside 1...12 (or the year outside 1...9999).
    case invalidYearMonth(year: Int, month: Int)
    /// The NIP contains a character that is neither a digit nor a separator.
    case nipCharacter(input: String, character: Character)
    /// The NIP does not have 18 digits.
    case nipLength(input: String, digits: Int)
    /// The NIP's first 8 digits are not a real date.
    case nipBirthDate(input: String, field: String)
    /// The NIP's digits 9–14 are not a real year-month.
    case nipAppointmentMonth(input: String, field: String)
    /// The NIP's appointment month is not after the birth month.
    case nipAppointmentBeforeBirth(input: String, appointment: YearMonth, birth: CivilDate)
    /// The NI PPPK's agreement year is not after the birth year.
    case pppkAgreementBeforeBirth(input: String, year: Int, birth: CivilDate)
    /// The NIP's digit 15 is neither 1 nor 2.
    case nipSexDigit(input: String, digit: Int)
    /// The NIP's sequence is 000.
    case nipSequence(input: String)
    /// The NIK contains a character that is neither a digit nor a separator.
    case nikCharacter(input: String, character: Character)
    /// The NIK does not have 16 digits.
    case nikLength(input: String, digits: Int)
    /// The NIK's first two digits are not a province code.
    case nikProvince(input: String, code: Int)
    /// The NIK's regency code is 00.
    case nikRegency(input: String)
    /// The NIK's district code is 00.
    case nikDistrict(input: String)
    /// The NIK's digits 7–12 are not a real DDMMYY date (day + 40 for women).
    case nikBirthDate(input: String, field: String)
    /// The NIK's sequence is 0000.
    case nikSequence(input: String)
    /// No century puts the NIK's birth date at or before the reference year.
    case nikNoCentury(nik: String, referenceYear: Int)
    /// A region code names a province that does not exist.
    case unknownProvince(code: Int)
    /// A region code's regency part is outside 01–99.
    case invalidRegency(province: Int, regency: Int)
    /// A region code is not "PP.RR" or "PPRR".
    case malformedRegion(String)
    /// The NIP and NIK of one person give different birth dates.
    case birthDateMismatch(nip: String, nipDate: CivilDate, nik: String, nikDate: String)
    /// The NIP and NIK of one person give different sexes.
    case sexMismatch(nip: String, nipSex: Sex, nik: String, nikSex: Sex)
    /// Nothing is left of the name once titles are removed.
    case emptyName(input: String)
    /// The name contains a control character.
    case nameControlCharacter(input: String)
    /// A person was given neither a NIP nor a NIK.
    case missingIdentifier(name: String)

    /// One sentence: what is wrong and how to fix it.
    public var description: String {
        let nipLayout = "birth date (8), appointment year-month (6), sex (1), sequence (3); a NI PPPK has agreement year (4) and code (2) instead of the year-month"
        switch self {
        case let .invalidDate(year, month, day):
            return "\(year)-\(month)-\(day) is not a real calendar date; check the day and month"
        case let .malformedDate(text):
            return "'\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-09"
        case let .invalidYearMonth(year, month):
            return "\(year)-\(month) is not a real year and month; the month must be 01 to 12"
        case let .nipCharacter(input, character):
            return "NIP '\(input)' contains '\(character)'; a NIP has only digits, optionally grouped by spaces, '-' or '.'"
        case let .nipLength(input, digits):
            return "NIP '\(input)' has \(digits) digits; a NIP has 18: \(nipLayout)"
        case let .nipBirthDate(input, field):
            return "NIP '\(input)' starts with \(field), which is not a real birth date YYYYMMDD; check the first 8 digits"
        case let .nipAppointmentMonth(input, field):
            return "NIP '\(input)' has appointment \(field), which is not a real year-month YYYYMM (NIP) nor an agreement year from \(NIP.firstAgreementYear) with a code such as 21 (NI PPPK); check digits 9 to 14"
        case let .nipAppointmentBeforeBirth(input, appointment, birth):
            return "NIP '\(input)' has appointment month \(appointment), not after birth date \(birth); check digits 1 to 14"
        case let .pppkAgreementBeforeBirth(input, year, birth):
            return "NI PPPK '\(input)' has agreement year \(year), not after birth date \(birth); check digits 1 to 12"
        case let .nipSexDigit(input, digit):
            return "NIP '\(input)' has sex digit \(digit); digit 15 must be 1 (male) or 2 (female)"
        case let .nipSequence(input):
            return "NIP '\(input)' ends in 000; the last 3 digits are a sequence from 001 to 999"
        case let .nikCharacter(input, character):
            return "NIK '\(input)' contains '\(character)'; a NIK has only digits, optionally grouped by spaces, '-' or '.'"
        case let .nikLength(input, digits):
            return "NIK '\(input)' has \(digits) digits; a NIK has 16: province, regency, district (2 each), birth date DDMMYY (6), sequence (4)"
        case let .nikProvince(input, code):
            return "NIK '\(input)' starts with province code \(code), which does not exist; valid codes are \(Province.codeRanges)"
        case let .nikRegency(input):
            return "NIK '\(input)' has regency code 00; digits 3 and 4 must be 01 to 99"
        case let .nikDistrict(input):
            return "NIK '\(input)' has district code 00; digits 5 and 6 must be 01 to 99"
        case let .nikBirthDate(input, field):
            return "NIK '\(input)' has birth date field \(field), which is not a real DDMMYY date (day 01–31, or 41–71 for women); check digits 7 to 12"
        case let .nikSequence(input):
            return "NIK '\(input)' ends in 0000; the last 4 digits are a sequence from 0001 to 9999"
        case let .nikNoCentury(nik, referenceYear):
            return "NIK '\(nik)' gives no real birth date in or before \(referenceYear); check digits 7 to 12 or the reference year"
        case let .unknownProvince(code):
            return "province code \(code) does not exist; valid codes are \(Province.codeRanges)"
        case let .invalidRegency(province, regency):
            return "region \(province).\(regency) has a regency code outside 01–99; use the Kemendagri code, e.g. 62.08"
        case let .malformedRegion(text):
            return "'\(text)' is not a Kemendagri region code; write province and regency as PP.RR, e.g. 62.08"
        case let .birthDateMismatch(nip, nipDate, nik, nikDate):
            return "NIP '\(nip)' gives birth date \(nipDate) but NIK '\(nik)' gives \(nikDate) (DD-MM-YY); correct whichever number was mistyped"
        case let .sexMismatch(nip, nipSex, nik, nikSex):
            return "NIP '\(nip)' says \(nipSex) but NIK '\(nik)' says \(nikSex); correct whichever number was mistyped"
        case let .emptyName(input):
            return "name '\(input)' has no name left once titles are removed; write the person's name, e.g. 'Drs. MUHAMMAD IMRON'"
        case let .nameControlCharacter(input):
            return "name '\(input.debugDescription)' contains a control character; retype it as plain text"
        case let .missingIdentifier(name):
            return "\(name) has neither NIP nor NIK; give at least one of them"
        }
    }
}
