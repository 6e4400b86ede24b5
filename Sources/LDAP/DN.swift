import CLDAP

/// A distinguished name: a sequence of RDNs, leaf first (RFC 4514).
///
/// Build one from RDNs and it is escaped correctly when printed; parse one
/// with libldap's `ldap_str2dn`. Equality and hashing use ``normalized``:
/// attribute types and values compared without regard to case, which is the
/// matching rule of the naming attributes used in directories (`cn`, `uid`,
/// `ou`, `dc`, `o`).
public struct DN: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The RDNs, leaf first: `uid=a,ou=b,dc=c` has `uid=a` at index 0.
    public var rdns: [RDN]

    public init(_ rdns: [RDN]) { self.rdns = rdns }
    public init(arrayLiteral elements: RDN...) { self.rdns = elements }

    /// The empty DN (the root DSE).
    public static let root = DN([])

    /// Parses an RFC 4514 string with libldap.
    /// - Throws: `invalidDNSyntax` naming the string when libldap rejects it.
    public init(parsing string: String) throws(LDAPError) {
        var parsed: LDAPDN? = nil
        let rc = ldap_str2dn(string, &parsed, UInt32(LDAP_DN_FORMAT_LDAPV3))
        defer { if let parsed { ldap_dnfree(parsed) } }
        guard rc == LDAP_SUCCESS else {
            throw LDAPError(
                code: .invalidDNSyntax,
                diagnostic: "'\(string)' is not a valid DN (RFC 4514); check for unescaped , + \" \\ < > ; characters",
                operation: "parse DN")
        }
        var rdns: [RDN] = []
        if let parsed {
            var i = 0
            while let rdn = parsed[i] {
                var avas: [AVA] = []
                var j = 0
                while let ava = rdn[j] {
                    let type = String(berval: ava.pointee.la_attr)
                    let value = [UInt8](berval: ava.pointee.la_value)
                    avas.append(AVA(type: type, value: LDAPValue(bytes: value)))
                    j += 1
                }
                rdns.append(RDN(avas))
                i += 1
            }
        }
        self.rdns = rdns
    }

    /// The leaf RDN (nil for the root).
    public var rdn: RDN? { rdns.first }
    /// The DN one level up (nil for the root).
    public var parent: DN? { rdns.isEmpty ? nil : DN(Array(rdns.dropFirst())) }
    /// A child of this DN.
    public func child(_ rdn: RDN) -> DN { DN([rdn] + rdns) }
    /// A child named `type=value`.
    public func child(_ type: String, _ value: String) -> DN { child(RDN(type, value)) }

    /// True when `self` is `ancestor` or lies below it.
    public func isWithin(_ ancestor: DN) -> Bool {
        guard ancestor.rdns.count <= rdns.count else { return false }
        let tail = DN(Array(rdns.suffix(ancestor.rdns.count)))
        return tail == ancestor
    }

    /// RFC 4514 string with the required escapes.
    public var description: String { rdns.map(\.description).joined(separator: ",") }

    /// Lower-cased types and values, escaped: the comparison key.
    public var normalized: String { rdns.map(\.normalized).joined(separator: ",") }

    public static func == (lhs: DN, rhs: DN) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }
}

/// A relative distinguished name: one or more attribute-value assertions
/// joined by `+`.
public struct RDN: Hashable, Sendable, CustomStringConvertible {
    public var avas: [AVA]
    public init(_ avas: [AVA]) { self.avas = avas }
    public init(_ type: String, _ value: String) { self.avas = [AVA(type: type, value: LDAPValue(value))] }

    /// The value of the first AVA as text (e.g. the uid of `uid=budi`).
    public var value: String? { avas.first?.value.string }
    public var description: String { avas.map(\.description).joined(separator: "+") }
    var normalized: String { avas.map(\.normalized).sorted().joined(separator: "+") }
}

/// One `type=value` pair of an RDN.
public struct AVA: Hashable, Sendable, CustomStringConvertible {
    public var type: String
    public var value: LDAPValue
    public init(type: String, value: LDAPValue) {
        self.type = type
        self.value = value
    }
    public var description: String { "\(type)=\(DNEscaping.escape(value.bytes))" }
    var normalized: String {
        let folded = value.string.map { LDAPValue($0.lowercased()) } ?? value
        return "\(type.lowercased())=\(DNEscaping.escape(folded.bytes))"
    }
}

/// RFC 4514 §2.4 escaping of attribute values in DN strings.
public enum DNEscaping {
    /// Escapes a value so that it can stand in a DN string.
    public static func escape(_ bytes: [UInt8]) -> String {
        guard !bytes.isEmpty else { return "" }
        var out = ""
        let valid = LDAPValue(bytes: bytes).string
        if let text = valid {
            let scalars = Array(text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                let first = index == 0, last = index == scalars.count - 1
                switch scalar {
                case "\"", "+", ",", ";", "<", ">", "\\", "=":
                    out += "\\" + String(scalar)
                case "#" where first:
                    out += "\\#"
                case " " where first || last:
                    out += "\\ "
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        out += hexPair(UInt8(scalar.value))
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        } else {
            // Not UTF-8: every byte as a hex pair, which ldap_str2dn reads back exactly.
            for byte in bytes { out += hexPair(byte) }
        }
        return out
    }

    static func hexPair(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return "\\" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
