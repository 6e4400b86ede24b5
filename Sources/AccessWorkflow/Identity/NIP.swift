/// A NIP (Nomor Induk Pegawai), the 18-digit number of an Indonesian civil servant (PNS):
/// birth date YYYYMMDD (8), appointment year-month YYYYMM (6), sex (1: 1 male, 2 female), sequence (3).
///
/// Accepts spaces, '-' or '.' between groups ("19650709 198603 1 020"); encodes and prints as the 18 digits.
public struct NIP: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// The 18 digits (validated; the fields below are read from them, so a NIP is as small as its text).
    public let digits: String
    /// Date of birth (digits 1–8).
    public var birthDate: CivilDate {
        (try? CivilDate(year: field(0..<4), month: field(4..<6), day: field(6..<8))) ?? CivilDate(daysSinceEpoch: 0)
    }
    /// Month of appointment as candidate civil servant, TMT CPNS (digits 9–14).
    public var appointment: YearMonth {
        (try? YearMonth(year: field(8..<12), month: field(12..<14))) ?? YearMonth(birthDate)
    }
    /// Sex (digit 15).
    public var sex: Sex { field(14..<15) == 2 ? .female : .male }
    /// Sequence number among civil servants with the same birth date, appointment and sex (digits 16–18), 1...999.
    public var sequence: Int { field(15..<18) }

    private func field(_ range: Range<Int>) -> Int { digits.digitValue(range) ?? 0 }

    /// Parses and validates a NIP.
    public init(_ text: String) throws(IdentityError) {
        let digits: String
        switch NumberText.digits(of: text) {
        case .success(let value): digits = value
        case .failure(let bad): throw .nipCharacter(input: text, character: bad.character)
        }
        guard digits.count == 18 else { throw .nipLength(input: text, digits: digits.count) }
        guard let year = digits.digitValue(0..<4), let month = digits.digitValue(4..<6),
              let day = digits.digitValue(6..<8),
              let appointmentYear = digits.digitValue(8..<12), let appointmentMonth = digits.digitValue(12..<14),
              let sexDigit = digits.digitValue(14..<15), let sequence = digits.digitValue(15..<18)
        else { throw .nipLength(input: text, digits: digits.count) }
        guard let birth = try? CivilDate(year: year, month: month, day: day) else {
            throw .nipBirthDate(input: text, field: String(digits.prefix(8)))
        }
        guard let appointment = try? YearMonth(year: appointmentYear, month: appointmentMonth) else {
            throw .nipAppointmentMonth(input: text, field: String(digits.dropFirst(8).prefix(6)))
        }
        guard appointment > YearMonth(birth) else {
            throw .nipAppointmentBeforeBirth(input: text, appointment: appointment, birth: birth)
        }
        let sex: Sex
        switch sexDigit {
        case 1: sex = .male
        case 2: sex = .female
        default: throw .nipSexDigit(input: text, digit: sexDigit)
        }
        guard sequence >= 1 else { throw .nipSequence(input: text) }
        _ = sex
        self.digits = digits
    }

    /// The conventional grouping "YYYYMMDD YYYYMM S NNN", e.g. "19650709 198603 1 020".
    public var formatted: String {
        let d = Array(digits)
        return String(d[0..<8]) + " " + String(d[8..<14]) + " " + String(d[14]) + " " + String(d[15..<18])
    }

    /// The 18 digits.
    public var description: String { digits }

    /// Equal when the digits are (the other fields follow from them).
    public static func == (lhs: NIP, rhs: NIP) -> Bool { lhs.digits == rhs.digits }
    public func hash(into hasher: inout Hasher) { hasher.combine(digits) }

    /// Orders by digits.
    public static func < (lhs: NIP, rhs: NIP) -> Bool { lhs.digits < rhs.digits }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { digits }
}
