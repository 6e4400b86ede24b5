/// A personal name with its titles (gelar) separated, as needed for LDAP `cn`, `givenName` and `sn`.
///
/// Front titles (Drs., Hj., dr., Prof.Dr., …) are taken from the start; everything after the first comma is a list
/// of back titles ("ZAINUDDIN, S.Sos" → name "ZAINUDDIN", back title "S.Sos"); well-known back titles written with
/// a dot at the end without a comma are recognised too ("BUDI SANTOSO S.Kom"). Whitespace is normalised; letter case
/// and scripts are preserved. Encodes as ``displayName``.
public struct PersonName: Sendable, Hashable, TextCodable, CustomStringConvertible {
    /// The name without titles, e.g. "SITI AMINAH".
    public let name: String
    /// Titles before the name, as written, e.g. ["Hj."].
    public let frontTitles: [String]
    /// Titles after the name, as written, e.g. ["S.E.", "M.Si."].
    public let backTitles: [String]

    /// Parses a written name such as "Hj. SITI AMINAH, S.E., M.Si.".
    public init(_ text: String) throws(IdentityError) {
        guard !text.containsNonWhitespaceControlCharacter else { throw .nameControlCharacter(input: text) }
        let commaParts = text.utf8.contains(UInt8(ascii: ","))
            ? text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).whitespaceNormalised }
            : [text.whitespaceNormalised]
        var tokens = (commaParts.first ?? "").split(separator: " ").map(String.init)
        var front: [String] = []
        while let token = tokens.first {
            if NameTitles.isFrontTitle(token) {
                front.append(token)
            } else if let joined = NameTitles.splitJoinedFrontTitles(token) {
                front += joined
            } else {
                break
            }
            tokens.removeFirst()
        }
        var trailing: [String] = []
        while tokens.count > 1, let last = tokens.last, NameTitles.isTrailingBackTitle(last) {
            trailing.insert(last, at: 0)
            tokens.removeLast()
        }
        var back = trailing
        for part in commaParts.dropFirst() where !part.isEmpty {
            let pieces = part.split(separator: " ").map(String.init)
            if pieces.count > 1, pieces.allSatisfy({ NameTitles.backKeys.contains(NameTitles.key($0)) }) {
                back += pieces
            } else {
                back.append(part)
            }
        }
        guard !tokens.isEmpty else { throw .emptyName(input: text) }
        self.name = tokens.joined(separator: " ")
        self.frontTitles = front
        self.backTitles = back
    }

    /// The words of the name without titles.
    public var words: [String] { name.split(separator: " ").map(String.init) }

    /// All words but the last (LDAP `givenName`); nil for a one-word name.
    public var givenName: String? {
        guard let space = name.lastIndex(of: " ") else { return nil }
        return String(name[..<space])
    }

    /// The last word (LDAP `sn`, which is mandatory); the whole name for a one-word name.
    public var surname: String {
        guard let space = name.lastIndex(of: " ") else { return name }
        return String(name[name.index(after: space)...])
    }

    /// The name with its titles: "Hj. SITI AMINAH, S.E., M.Si.".
    public var displayName: String {
        if frontTitles.isEmpty && backTitles.isEmpty { return name }
        let head = (frontTitles + [name]).joined(separator: " ")
        return backTitles.isEmpty ? head : head + ", " + backTitles.joined(separator: ", ")
    }

    /// The name folded for comparing whether two records name the same person: titles dropped, lowercased.
    public var comparisonKey: String { name.lowercased() }

    /// ``displayName``.
    public var description: String { displayName }

    /// Parses and validates the written form (see ``TextCodable``).
    public init(codableText text: String) throws {
        try self.init(text)
    }

    /// The written form.
    public var codableText: String { displayName }
}
