/// A NIK (Nomor Induk Kependudukan), the 16-digit population number on the KTP:
/// province, regency and district codes (2 digits each), birth date DDMMYY with 40 added to the day for women,
/// and a 4-digit sequence 0001–9999.
///
/// Accepts spaces, '-' or '.' between groups; encodes and prints as the 16 digits.
public struct NIK: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// The 16 digits (validated), kept as one integer (see ``DigitNumber``): the fields below are read from it.
    let number: DigitNumber
    /// The 16 digits.
    public var digits: String { number.text(width: 16) }
    /// Calls `body` with the ASCII byte of each of the 16 digits, without making a string of them.
    public func forEachDigitByte(_ body: (UInt8) -> Void) { number.forEachDigitByte(width: 16, body) }
    /// Province and regency of registration.
    public var region: RegionCode { RegionCode(validatedProvince: field(0..<2), regency: field(2..<4)) }
    /// District (kecamatan) code within the regency, 1...99.
    public var district: Int { field(4..<6) }
    /// Sex: female when 40 was added to the birth day.
    public var sex: Sex { field(6..<8) > 40 ? .female : .male }
    /// Day of birth, 1...31 (40 already subtracted for women).
    public var birthDay: Int { field(6..<8) > 40 ? field(6..<8) - 40 : field(6..<8) }
    /// Month of birth, 1...12.
    public var birthMonth: Int { field(8..<10) }
    /// The last two digits of the birth year; the century is not recorded.
    public var birthYearSuffix: Int { field(10..<12) }
    /// Sequence number, 1...9999.
    public var sequence: Int { field(12..<16) }

    private func field(_ range: Range<Int>) -> Int { number.field(range, width: 16) }

    /// Parses and validates a NIK.
    public init(_ text: String) throws(IdentityError) {
        let digits: String
        switch NumberText.digits(of: text) {
        case .success(let value): digits = value
        case .failure(let bad): throw .nikCharacter(input: text, character: bad.character)
        }
        guard digits.count == 16, let province = digits.digitValue(0..<2), let regency = digits.digitValue(2..<4),
              let district = digits.digitValue(4..<6), let rawDay = digits.digitValue(6..<8),
              let month = digits.digitValue(8..<10), let yearSuffix = digits.digitValue(10..<12),
              let sequence = digits.digitValue(12..<16)
        else { throw .nikLength(input: text, digits: digits.count) }
        guard Province.named(code: province) != nil else { throw .nikProvince(input: text, code: province) }
        guard regency >= 1 else { throw .nikRegency(input: text) }
        guard district >= 1 else { throw .nikDistrict(input: text) }
        let sex: Sex = rawDay > 40 ? .female : .male
        let day = sex == .female ? rawDay - 40 : rawDay
        let field = String(digits.dropFirst(6).prefix(6))
        guard (1...31).contains(day),
              CivilDate.isValid(year: 1900 + yearSuffix, month: month, day: day)
                || CivilDate.isValid(year: 2000 + yearSuffix, month: month, day: day)
        else { throw .nikBirthDate(input: text, field: field) }
        guard sequence >= 1 else { throw .nikSequence(input: text) }
        _ = try RegionCode(province: province, regency: regency)
        guard let number = DigitNumber(digits, width: 16) else { throw .nikLength(input: text, digits: digits.count) }
        self.number = number
    }

    /// The birth date in the latest century (1900s or 2000s) that is not after `referenceYear` and makes the date
    /// real (29 February 2000 exists, 29 February 1900 does not).
    public func birthDate(referenceYear: Int) throws(IdentityError) -> CivilDate {
        for century in [2000, 1900] where century + birthYearSuffix <= referenceYear {
            if let date = try? CivilDate(year: century + birthYearSuffix, month: birthMonth, day: birthDay) {  // try?: a day that does not exist in this century is tried in the next one; none found is an error below
                return date
            }
        }
        throw .nikNoCentury(nik: digits, referenceYear: referenceYear)
    }

    /// True if `date` has this NIK's day, month and two-digit year.
    public func matches(birthDate date: CivilDate) -> Bool {
        date.day == birthDay && date.month == birthMonth && date.year % 100 == birthYearSuffix
    }

    /// The birth date field as written in the NIK for messages: "DD-MM-YY" with the real day.
    var birthFieldDescription: String {
        func two(_ value: Int) -> String { (value < 10 ? "0" : "") + String(value) }
        return "\(two(birthDay))-\(two(birthMonth))-\(two(birthYearSuffix))"
    }

    /// The 16 digits.
    public var description: String { digits }

    /// Equal when the digits are (the other fields follow from them).
    public static func == (lhs: NIK, rhs: NIK) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number.value) }

    /// Orders by digits.
    public static func < (lhs: NIK, rhs: NIK) -> Bool { lhs.number < rhs.number }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { digits }
}
