/// The identity under which a person is tracked: the NIP if they have one, else the NIK.
///
/// Encodes as "nip:196507091986031020" or "nik:3576014507900001".
public enum PersonKey: Sendable, Hashable, Comparable, TextCodable, CustomStringConvertible {
    /// Tracked by NIP (civil servants).
    case nip(NIP)
    /// Tracked by NIK (non-civil-servant staff such as contract workers).
    case nik(NIK)

    /// Parses "nip:…" or "nik:…".
    public init(_ text: String) throws(RequestError) {
        let body = String(text.dropFirst(4))
        if text.hasPrefix("nip:") {
            do {
                self = .nip(try NIP(body))
            } catch {
                throw .identity(error)
            }
        } else if text.hasPrefix("nik:") {
            do {
                self = .nik(try NIK(body))
            } catch {
                throw .identity(error)
            }
        } else {
            throw .malformedPersonKey(text)
        }
    }

    /// "nip:DIGITS" or "nik:DIGITS".
    public var description: String {
        switch self {
        case .nip(let nip): "nip:\(nip.digits)"
        case .nik(let nik): "nik:\(nik.digits)"
        }
    }

    /// True if this key identifies a person with the given numbers.
    public func matches(nip: NIP?, nik: NIK?) -> Bool {
        switch self {
        case .nip(let value): value == nip
        case .nik(let value): value == nik
        }
    }

    /// Orders as the encoded text would ("nik:…" before "nip:…", then by digits), without building it: by
    /// ``ordinal``, the one definition of the order.
    public static func < (lhs: PersonKey, rhs: PersonKey) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The key as one integer that orders as the key does (NIKs before NIPs, then by digits): the top bit says
    /// NIP, the rest are the digits' value (below 10^18 < 2^63). For finding people among 50,000 by binary search
    /// over a plain array of integers.
    public var ordinal: UInt64 {
        switch self {
        case .nik(let nik): nik.number.value
        case .nip(let nip): 1 << 63 | nip.number.value
        }
    }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { description }
}
