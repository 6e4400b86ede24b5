/// Sex as recorded in a NIP (digit 15: 1 male, 2 female) and a NIK (birth day + 40 for women).
public enum Sex: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Laki-laki.
    case male
    /// Perempuan.
    case female

    /// "male" or "female".
    public var description: String { rawValue }
}
