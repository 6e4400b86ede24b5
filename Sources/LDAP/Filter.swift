/// A search filter built from parts, printed per RFC 4515 with every value
/// escaped, so that a value like `*)(uid=*` matches only itself.
public indirect enum Filter: Hashable, Sendable, CustomStringConvertible {
    case and([Filter])
    case or([Filter])
    case not(Filter)
    /// `(attr=value)`: equality.
    case equal(String, LDAPValue)
    /// `(attr~=value)`: approximate match.
    case approximately(String, LDAPValue)
    /// `(attr>=value)`.
    case greaterOrEqual(String, LDAPValue)
    /// `(attr<=value)`.
    case lessOrEqual(String, LDAPValue)
    /// `(attr=*)`: the attribute is present.
    case present(String)
    /// `(attr=initial*any*…*final)`; each part is escaped.
    case substrings(String, initial: LDAPValue?, any: [LDAPValue], final: LDAPValue?)

    /// `(objectClass=*)`: every entry.
    public static let all = Filter.present("objectClass")

    /// Equality on text.
    public static func equal(_ attribute: String, _ value: String) -> Filter {
        .equal(attribute, LDAPValue(value))
    }

    /// `(attr=*text*)` on text.
    public static func contains(_ attribute: String, _ text: String) -> Filter {
        .substrings(attribute, initial: nil, any: [LDAPValue(text)], final: nil)
    }

    public var description: String {
        switch self {
        case .and(let parts): return "(&" + parts.map(\.description).joined() + ")"
        case .or(let parts): return "(|" + parts.map(\.description).joined() + ")"
        case .not(let inner): return "(!" + inner.description + ")"
        case .equal(let a, let v): return "(\(a)=\(Self.escape(v.bytes)))"
        case .approximately(let a, let v): return "(\(a)~=\(Self.escape(v.bytes)))"
        case .greaterOrEqual(let a, let v): return "(\(a)>=\(Self.escape(v.bytes)))"
        case .lessOrEqual(let a, let v): return "(\(a)<=\(Self.escape(v.bytes)))"
        case .present(let a): return "(\(a)=*)"
        case .substrings(let a, let initial, let any, let final):
            var text = "(\(a)="
            text += initial.map { Self.escape($0.bytes) } ?? ""
            text += "*"
            for part in any { text += Self.escape(part.bytes) + "*" }
            text += final.map { Self.escape($0.bytes) } ?? ""
            return text + ")"
        }
    }

    /// RFC 4515 §3 escaping: `*`, `(`, `)`, `\`, NUL, and any byte that is
    /// not part of valid UTF-8 become `\XX`.
    public static func escape(_ bytes: [UInt8]) -> String {
        let valid = LDAPValue(bytes: bytes).string != nil
        var out = ""
        out.reserveCapacity(bytes.count)
        if valid, let text = LDAPValue(bytes: bytes).string {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "*", "(", ")", "\\", "\u{0}": out += DNEscaping.hexPair(UInt8(scalar.value))
                default: out.unicodeScalars.append(scalar)
                }
            }
        } else {
            for byte in bytes {
                if byte < 0x80, byte != 0x2A, byte != 0x28, byte != 0x29, byte != 0x5C, byte != 0 {
                    out.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    out += DNEscaping.hexPair(byte)
                }
            }
        }
        return out
    }
}
