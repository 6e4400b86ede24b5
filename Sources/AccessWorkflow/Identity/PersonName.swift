/// A personal name with its titles (gelar) and honorifics separated, as needed for LDAP `cn`, `givenName` and `sn`.
///
/// Written forms offices use are all understood:
/// - front titles and honorifics, with or without dots and spaces and in any case, also glued to each other or to
///   the name: "Drs.", "Hj.SITI AMINAH", "H.M. ZAINUDDIN", "Prof.Dr.Ir.", "drh.", "R. AJENG" (see ``NameTitles``,
///   ``NameHonorifics``);
/// - back titles after the first comma, one per comma or several separated by spaces ("ZAINUDDIN, S.Sos",
///   "Rina, S.Kep., Ns."), and at the end without a comma: with dots ("BUDI SANTOSO S.Kom"), without dots when they
///   are not also names ("BUDI SANTOSO ST", "AGUS SALIM SE"), run together ("AGUS SE.MM"), or with a space after
///   the first dot ("HARI WIBOWO S. Kom");
/// - an initial glued to the next word ("M.ZAINUDDIN" → "M. ZAINUDDIN").
///
/// Balinese caste and birth-order names stay in the name (they are part of it); usernames leave some out (see
/// ``usernameWords``). Whitespace is normalised; letter case and scripts are preserved. Encodes as ``displayName``,
/// which parses back to the same name.
public struct PersonName: Sendable, Hashable, TextCodable, CustomStringConvertible {
    /// The name without titles, e.g. "SITI AMINAH".
    public let name: String
    /// Titles and honorifics before the name, as written (one per element), e.g. ["Hj."] or ["R.", "AJENG"].
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
        let front = PersonName.takeFront(&tokens)
        var back: [String] = []
        while tokens.count > 1, let last = tokens.last {
            if NameTitles.isTrailingBackTitle(last) {
                back.insert(last, at: 0)
                tokens.removeLast()
            } else if tokens.count > 2, let split = NameTitles.splitTrailingTitle(tokens[tokens.count - 2], last) {
                back.insert(split, at: 0)
                tokens.removeLast(2)
            } else {
                break
            }
        }
        for part in commaParts.dropFirst() where !part.isEmpty {
            let pieces = part.split(separator: " ").map(String.init)
            if pieces.count > 1, pieces.allSatisfy(NameTitles.isBackTitle) {
                back += pieces
            } else {
                back.append(part)
            }
        }
        guard !tokens.isEmpty else { throw .emptyName(input: text) }
        self.name = tokens.flatMap(PersonName.splitGluedInitial).joined(separator: " ")
        self.frontTitles = front
        self.backTitles = back
    }

    /// Removes and returns the titles and honorifics at the start of `tokens`.
    private static func takeFront(_ tokens: inout [String]) -> [String] {
        var front: [String] = []
        while let token = tokens.first {
            if NameTitles.isFrontTitle(token) {
                front.append(token)
                tokens.removeFirst()
            } else if let glued = NameTitles.splitGluedFrontTitles(token) {
                front += glued.titles
                tokens.removeFirst()
                if let rest = glued.rest { tokens.insert(rest, at: 0) }
            } else {
                let honorific = NameHonorifics.length(at: tokens[...])
                guard honorific > 0 else { break }
                front += tokens.prefix(honorific)
                tokens.removeFirst(honorific)
            }
        }
        return front
    }

    /// "M.ZAINUDDIN" → ["M.", "ZAINUDDIN"]: a one-letter initial glued to a word of at least two more letters
    /// (but not a title such as "S.Kom" that is all that is left of a name).
    private static func splitGluedInitial(_ token: String) -> [String] {
        guard token.hasDot, token.count >= 4, !NameTitles.backKeys.contains(NameTitles.key(token)) else { return [token] }
        let characters = Array(token)
        guard characters[0].isLetter, characters[1] == ".", characters[2...].allSatisfy({ $0 != "." }),
              characters[2...].contains(where: \.isLetter)
        else { return [token] }
        return [String(characters[0...1]), String(characters[2...])]
    }

    /// The words of the name without titles.
    public var words: [String] { name.split(separator: " ").map(String.init) }

    /// The words usernames are made of: the name's words without Balinese gender prefixes and caste titles, and
    /// without initials when two other words are left (see ``UsernameWords``).
    public var usernameWords: [String] { UsernameWords.of(words) }

    /// All words but the last (LDAP `givenName`); nil for a one-word name.
    public var givenName: String? {
        guard let space = lastSpace else { return nil }
        return String(name[..<space])
    }

    /// The last word (LDAP `sn`, which is mandatory); the whole name for a one-word name.
    public var surname: String {
        guard let space = lastSpace else { return name }
        return String(name[name.index(after: space)...])
    }

    /// Where the last word begins, less one: the index `name.lastIndex(of: " ")` gives. When the space and its
    /// neighbours are ASCII (nearly every name) it is found by scanning bytes, which is exact there (an ASCII space
    /// between ASCII bytes is a character of its own) and spares the character breaking that 50,000 names cost.
    public var lastSpace: String.Index? {
        let utf8 = name.utf8
        var index = utf8.endIndex
        while index > utf8.startIndex {
            index = utf8.index(before: index)
            let byte = utf8[index]
            if byte >= 0x80 { return name.lastIndex(of: " ") }
            guard byte == 0x20 else { continue }
            if index == utf8.startIndex || utf8[utf8.index(before: index)] < 0x80 { return index }
            return name.lastIndex(of: " ")
        }
        return nil
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
