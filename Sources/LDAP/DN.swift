import CLDAP

/// A distinguished name: a sequence of RDNs, leaf first (RFC 4514).
///
/// Build one from RDNs and it is escaped correctly when printed; parse one
/// with libldap's `ldap_str2dn`. Equality and hashing use ``normalized``:
/// attribute types and values compared without regard to case, which is the
/// matching rule of the naming attributes used in directories (`cn`, `uid`,
/// `ou`, `dc`, `o`).
///
/// A DN is kept as two strings (its RFC 4514 form and its comparison form),
/// so that tens of thousands of them — group members, entries — stay small
/// and hash fast; ``rdns`` is parsed from the string when asked for.
public struct DN: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The RFC 4514 string, escaped.
    public let description: String
    /// Lower-cased types and values, escaped: the comparison key.
    public let normalized: String

    public init(_ rdns: [RDN]) {
        self.description = rdns.map(\.description).joined(separator: ",")
        self.normalized = rdns.map(\.normalized).joined(separator: ",")
    }

    private init(description: String, normalized: String) {
        self.description = description
        self.normalized = normalized
    }

    public init(arrayLiteral elements: RDN...) { self.init(elements) }

    /// The empty DN (the root DSE).
    public static let root = DN([])

    /// Parses an RFC 4514 string (with libldap unless it is a plain one).
    /// - Throws: `invalidDNSyntax` naming the string when libldap rejects it.
    public init(parsing string: String) throws(LDAPError) {
        if Self.isPlain(string) {
            let lower = string.lowercased()
            // Share one string when the DN is lower-case already (as the bridge writes them).
            self.init(description: string, normalized: lower == string ? string : lower)
        } else {
            self.init(try Self.libldapRDNs(string))
        }
    }

    /// Parses a DN as received (UTF-8 bytes), making one string of it when it is plain (see ``isPlain(_:)``) and
    /// already lower-case ASCII: what the bridge writes, read back 50,000 times in a reconciliation.
    /// - Throws: `invalidDNSyntax` when the bytes are not UTF-8 or not a DN.
    public init(parsing bytes: UnsafeRawBufferPointer) throws(LDAPError) {
        guard let string = String(validating: bytes, as: UTF8.self) else {
            throw LDAPError(code: .invalidDNSyntax, diagnostic: "a DN that is not UTF-8 text", operation: "parse DN")
        }
        guard Self.isPlain(bytes) else {
            try self.init(parsing: string)
            return
        }
        let lowerASCII = bytes.allSatisfy { $0 < 0x80 && ($0 < 0x41 || $0 > 0x5A) }
        self.init(description: string, normalized: lowerASCII ? string : string.lowercased())
    }

    /// The RDNs, leaf first: `uid=a,ou=b,dc=c` has `uid=a` at index 0.
    public var rdns: [RDN] {
        if Self.isPlain(description) { return Self.plainRDNs(description) }
        return (try? Self.libldapRDNs(description)) ?? []  // try?: a DN's text was accepted by libldap when it was made; it reads back the same
    }

    /// The leaf RDN (nil for the root).
    public var rdn: RDN? { rdns.first }
    /// The DN one level up (nil for the root).
    public var parent: DN? {
        let all = rdns
        return all.isEmpty ? nil : DN(Array(all.dropFirst()))
    }
    /// A child of this DN.
    public func child(_ rdn: RDN) -> DN {
        description.isEmpty
            ? DN(description: rdn.description, normalized: rdn.normalized)
            : DN(description: rdn.description + "," + description, normalized: rdn.normalized + "," + normalized)
    }
    /// A child named `type=value`.
    public func child(_ type: String, _ value: String) -> DN { child(RDN(type, value)) }

    /// True when `self` is `ancestor` or lies below it.
    public func isWithin(_ ancestor: DN) -> Bool {
        let mine = rdns, theirs = ancestor.rdns
        guard theirs.count <= mine.count else { return false }
        return Array(mine.suffix(theirs.count)) == theirs
    }

    public static func == (lhs: DN, rhs: DN) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    /// True for a DN with no escapes, quotes, `#`, `+`, `;`, `<`, `>`, control
    /// characters or spaces around separators: its string needs no parsing
    /// beyond splitting, and lower-casing it gives the comparison form.
    static func isPlain(_ string: String) -> Bool { isPlain(string.utf8) }

    /// ``isPlain(_:)`` of UTF-8 bytes.
    static func isPlain<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var expectType = true, start = true, last: UInt8 = 0
        for c in bytes {
            if expectType {
                if c == UInt8(ascii: "=") {
                    if start { return false }
                    expectType = false
                    start = true
                    continue
                }
                let isTypeChar = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
                guard isTypeChar else { return false }
                start = false
            } else {
                if c == UInt8(ascii: ",") {
                    if start || last == 0x20 { return false }
                    expectType = true
                    start = true
                    continue
                }
                switch c {
                case 0x5C, 0x22, 0x2B, 0x3B, 0x3C, 0x3E, 0x23, 0x3D, 0x7F: return false
                case ..<0x20: return false
                case 0x20 where start: return false
                default: start = false
                }
                last = c
            }
        }
        // Empty string (the root), or a complete last RDN with a non-empty value.
        return bytes.isEmpty || (!expectType && !start && last != 0x20)
    }

    /// Splits a plain DN (see ``isPlain(_:)``).
    static func plainRDNs(_ string: String) -> [RDN] {
        guard !string.isEmpty else { return [] }
        return string.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let equals = part.firstIndex(of: "=") ?? part.endIndex
            let value = equals < part.endIndex ? part[part.index(after: equals)...] : ""
            return RDN(String(part[..<equals]), String(value))
        }
    }

    /// Parses any RFC 4514 string with `ldap_str2dn`.
    static func libldapRDNs(_ string: String) throws(LDAPError) -> [RDN] {
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
        return rdns
    }
}

/// A relative distinguished name: one or more attribute-value assertions
/// joined by `+`.
public struct RDN: Hashable, Sendable, CustomStringConvertible {
    public let avas: [AVA]
    /// The comparison form (computed once).
    let normalized: String
    public init(_ avas: [AVA]) {
        self.avas = avas
        self.normalized = avas.map(\.normalized).sorted().joined(separator: "+")
    }
    public init(_ type: String, _ value: String) { self.init([AVA(type: type, value: LDAPValue(value))]) }

    /// The value of the first AVA as text (e.g. the uid of `uid=budi`).
    public var value: String? { avas.first?.value.string }
    public var description: String { avas.map(\.description).joined(separator: "+") }
    public static func == (lhs: RDN, rhs: RDN) -> Bool { lhs.normalized == rhs.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }
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
