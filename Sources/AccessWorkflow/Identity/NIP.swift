/// An 18-digit civil-service number: the NIP (Nomor Induk Pegawai) of a civil servant (PNS), or the NI PPPK (Nomor
/// Induk PPPK) of a government employee with a work agreement (Pegawai Pemerintah dengan Perjanjian Kerja).
///
/// - NIP: birth date YYYYMMDD (8), appointment year-month YYYYMM (TMT CPNS, 6), sex (1: 1 male, 2 female),
///   sequence (3), e.g. "19650709 198603 1 020".
/// - NI PPPK: birth date YYYYMMDD (8), year of the work agreement YYYY (4), a two-digit code that is not a month
///   (BKN writes 21) where a NIP has the appointment month, sex (1), sequence (3), e.g. "19880715 2022 21 2 001".
///
/// Both kinds are accepted wherever a NIP is (a person's number, a signer's, a staff member's) and are told apart by
/// ``kind``. Accepts spaces, '-' or '.' between groups; encodes and prints as the 18 digits.
public struct NIP: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// Which number this is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// The NIP of a civil servant (PNS): digits 13–14 are the appointment month.
        case civilServant
        /// The NI PPPK of an employee with a work agreement: digits 13–14 are a code (not a month).
        case workAgreement

        /// "NIP" or "NI PPPK", as written on staff documents.
        public var label: String {
            switch self {
            case .civilServant: "NIP"
            case .workAgreement: "NI PPPK"
            }
        }

        /// ``label``.
        public var description: String { label }
    }

    /// The first year in which PPPK were appointed (PP 49/2018 on PPPK management; the first agreements date from
    /// 2019), so a NI PPPK cannot name an earlier agreement year.
    public static let firstAgreementYear = 2019

    /// The code BKN writes in digits 13–14 of a NI PPPK.
    public static let usualAgreementCode = 21

    /// The 18 digits (validated), kept as one integer (see ``DigitNumber``): the fields below are read from it.
    let number: DigitNumber
    /// The 18 digits.
    public var digits: String { number.text(width: 18) }
    /// Calls `body` with the ASCII byte of each of the 18 digits, without making a string of them.
    public func forEachDigitByte(_ body: (UInt8) -> Void) { number.forEachDigitByte(width: 18, body) }
    /// Date of birth (digits 1–8).
    public var birthDate: CivilDate {
        (try? CivilDate(year: field(0..<4), month: field(4..<6), day: field(6..<8))) ?? CivilDate(daysSinceEpoch: 0)  // try?: the digits were checked by init (a valid date); the epoch is never reached
    }
    /// A NIP or a NI PPPK: digits 13–14 above 12 (not a month) make a NI PPPK.
    public var kind: Kind { field(12..<14) > 12 ? .workAgreement : .civilServant }
    /// The year of appointment (TMT CPNS) of a NIP, or of the work agreement of a NI PPPK (digits 9–12).
    public var appointmentYear: Int { field(8..<12) }
    /// Month of appointment as candidate civil servant, TMT CPNS (digits 9–14); nil for a NI PPPK, which records
    /// only the year of its agreement.
    public var appointment: YearMonth? {
        kind == .civilServant ? try? YearMonth(year: field(8..<12), month: field(12..<14)) : nil  // try?: the appointment month of a civil servant's NIP was checked by init
    }
    /// The code in digits 13–14 of a NI PPPK (usually 21); nil for a NIP.
    public var agreementCode: Int? { kind == .workAgreement ? field(12..<14) : nil }
    /// Sex (digit 15).
    public var sex: Sex { field(14..<15) == 2 ? .female : .male }
    /// Sequence number among employees with the same birth date, appointment and sex (digits 16–18), 1...999.
    public var sequence: Int { field(15..<18) }

    private func field(_ range: Range<Int>) -> Int { number.field(range, width: 18) }

    /// Parses and validates a NIP or NI PPPK.
    public init(_ text: String) throws(IdentityError) {
        let digits: String
        switch NumberText.digits(of: text) {
        case .success(let value): digits = value
        case .failure(let bad): throw .nipCharacter(input: text, character: bad.character)
        }
        guard digits.utf8.count == 18 else { throw .nipLength(input: text, digits: digits.count) }
        // One pass over the 18 digits (a reconciliation parses 50,000 of them).
        var values = (year: 0, month: 0, day: 0, appointmentYear: 0, appointmentMonth: 0, sexDigit: 0, sequence: 0)
        var count = 0
        for byte in digits.utf8 {
            let digit = Int(byte) - 0x30
            guard digit >= 0 && digit <= 9 else { throw .nipLength(input: text, digits: digits.count) }
            switch count {
            case 0..<4: values.year = values.year * 10 + digit
            case 4..<6: values.month = values.month * 10 + digit
            case 6..<8: values.day = values.day * 10 + digit
            case 8..<12: values.appointmentYear = values.appointmentYear * 10 + digit
            case 12..<14: values.appointmentMonth = values.appointmentMonth * 10 + digit
            case 14: values.sexDigit = digit
            default: values.sequence = values.sequence * 10 + digit
            }
            count += 1
        }
        let (year, month, day, appointmentYear, appointmentMonth, sexDigit, sequence) = values
        guard let birth = try? CivilDate(year: year, month: month, day: day) else {  // try?: the guard's own error (invalid birth date) names the fault
            throw .nipBirthDate(input: text, field: String(digits.prefix(8)))
        }
        if appointmentMonth > 12, appointmentYear >= NIP.firstAgreementYear {
            // A NI PPPK: the year of the agreement and a code instead of a month.
            guard appointmentYear > birth.year else {
                throw .pppkAgreementBeforeBirth(input: text, year: appointmentYear, birth: birth)
            }
        } else {
            guard let appointment = try? YearMonth(year: appointmentYear, month: appointmentMonth) else {  // try?: the guard's own error (invalid appointment month) names the fault
                throw .nipAppointmentMonth(input: text, field: String(digits.dropFirst(8).prefix(6)))
            }
            guard appointment > YearMonth(birth) else {
                throw .nipAppointmentBeforeBirth(input: text, appointment: appointment, birth: birth)
            }
        }
        guard sexDigit == 1 || sexDigit == 2 else { throw .nipSexDigit(input: text, digit: sexDigit) }
        guard sequence >= 1 else { throw .nipSequence(input: text) }
        guard let number = DigitNumber(digits, width: 18) else { throw .nipLength(input: text, digits: digits.count) }
        self.number = number
    }

    /// The conventional grouping: "YYYYMMDD YYYYMM S NNN" for a NIP ("19650709 198603 1 020"), "YYYYMMDD YYYY CC S
    /// NNN" for a NI PPPK ("19880715 2022 21 2 001").
    public var formatted: String {
        let d = Array(digits)
        let middle = kind == .civilServant ? String(d[8..<14]) : String(d[8..<12]) + " " + String(d[12..<14])
        return String(d[0..<8]) + " " + middle + " " + String(d[14]) + " " + String(d[15..<18])
    }

    /// The number with its kind, as shown to people: "NIP 19650709 198603 1 020", "NI PPPK 19880715 2022 21 2 001".
    public var labelled: String { kind.label + " " + formatted }

    /// The 18 digits.
    public var description: String { digits }

    /// Equal when the digits are (the other fields follow from them).
    public static func == (lhs: NIP, rhs: NIP) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number.value) }

    /// Orders by digits.
    public static func < (lhs: NIP, rhs: NIP) -> Bool { lhs.number < rhs.number }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { digits }
}
