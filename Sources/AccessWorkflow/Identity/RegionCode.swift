/// A Kemendagri regency/city code (kode wilayah kabupaten/kota): province (2 digits) and regency (2 digits).
///
/// Parsed from "62.08" or "6208"; printed and encoded as "62.08".
public struct RegionCode: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// The province code, e.g. 62 (Kalimantan Tengah).
    public let province: Int
    /// The regency/city code within the province, 1...99, e.g. 8 (Kabupaten Sukamara).
    public let regency: Int

    /// Creates a code for a real province and a regency 01–99.
    public init(province: Int, regency: Int) throws(IdentityError) {
        guard Province.named(code: province) != nil else { throw .unknownProvince(code: province) }
        guard (1...99).contains(regency) else { throw .invalidRegency(province: province, regency: regency) }
        self.province = province
        self.regency = regency
    }

    /// A code already validated elsewhere (the digits of a NIK).
    init(validatedProvince province: Int, regency: Int) {
        self.province = province
        self.regency = regency
    }

    /// Parses "62.08" or "6208".
    public init(_ text: String) throws(IdentityError) {
        let compact = String(text.trimmed.filter { $0 != "." })
        guard compact.count == 4, compact.isASCIIDigits,
              let province = compact.digitValue(0..<2), let regency = compact.digitValue(2..<4)
        else { throw .malformedRegion(text) }
        try self.init(province: province, regency: regency)
    }

    /// Names of regencies and cities known to this module (add offices here as they join).
    static let knownRegencies: [RegionKey: String] = [
        RegionKey(province: 62, regency: 8): "Kabupaten Sukamara",
        RegionKey(province: 35, regency: 76): "Kota Mojokerto",
    ]

    /// The province's name; always present because only real provinces are accepted.
    public var provinceName: String { Province.named(code: province)?.name ?? "" }

    /// The regency's or city's name, if it is in the built-in table.
    public var name: String? { RegionCode.knownRegencies[RegionKey(province: province, regency: regency)] }

    /// "62.08".
    public var description: String {
        (province < 10 ? "0" : "") + String(province) + "." + (regency < 10 ? "0" : "") + String(regency)
    }

    /// Orders by province, then regency.
    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool {
        (lhs.province, lhs.regency) < (rhs.province, rhs.regency)
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { description }
}

/// A hashable pair used to key the regency name table.
struct RegionKey: Hashable {
    let province: Int
    let regency: Int
}
