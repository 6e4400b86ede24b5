/// How directory usernames (LDAP `uid`) are formed from a person's name and numbers.
///
/// The pattern mixes literal text with tokens: `{first}` first word of the name, `{last}` last word (empty for
/// one-word names, so "{first}.{last}" gives "zainuddin"), `{given}` all words but the last, `{surname}` the last
/// word (the whole name for one-word names), `{f}` the first letter, `{nip}` and `{nik}` the digits.
/// Titles and honorifics are never part of a username. With ``NameParticles/drop`` (the default) the words are the
/// name's ``PersonName/usernameWords``: Balinese gender prefixes and caste titles and stray initials are left out,
/// so "I PUTU GEDE ARSANA" gives "putu.arsana" rather than "i.arsana".
/// The result is lowercase ASCII with diacritics folded, only `[a-z0-9._-]`, runs of separators collapsed and
/// trimmed, at most `maxLength` characters. If nothing is left (a non-Latin name), the NIP, else the NIK, is used.
///
/// A username that is taken is made unique readably first (``Collisions/middleNames``: the middle words are added
/// one by one, "siti.nur.aminah" before "siti.aminah2"), then by appending 2, 3, …
public struct UsernameRule: Sendable, Hashable, Codable {
    /// Which words of a name usernames are made of.
    public enum NameParticles: String, Sendable, Hashable, Codable, CaseIterable {
        /// Leave out Balinese gender prefixes (I, Ni, Ni Luh), caste titles and stray initials.
        case drop
        /// Use every word of the name (titles and honorifics are still left out).
        case keep
    }

    /// How a taken username is made unique.
    public enum Collisions: String, Sendable, Hashable, Codable, CaseIterable {
        /// First add the middle words of the name one by one, then append 2, 3, …
        case middleNames = "middle-names"
        /// Append 2, 3, … at once.
        case number
    }

    /// The pattern, e.g. "{first}.{last}" or "{nip}".
    public let pattern: String
    /// The maximum length of a username, 18...256.
    public let maxLength: Int
    /// Which words of a name are used.
    public let nameParticles: NameParticles
    /// How a taken username is made unique.
    public let collisions: Collisions

    /// Tokens a pattern may use.
    public static let tokens: Set<String> = ["first", "last", "given", "surname", "f", "nip", "nik"]

    /// The default rule "{first}.{last}", at most 32 characters, particles dropped, middle names before numbers.
    public static let standard = UsernameRule(checkedPattern: "{first}.{last}", maxLength: 32)

    private init(checkedPattern: String, maxLength: Int) {
        self.pattern = checkedPattern
        self.maxLength = maxLength
        self.nameParticles = .drop
        self.collisions = .middleNames
    }

    /// Creates a rule, refusing unknown tokens, unbalanced braces and patterns without any token.
    public init(pattern: String = "{first}.{last}", maxLength: Int = 32, nameParticles: NameParticles = .drop,
                collisions: Collisions = .middleNames) throws(UsernameError) {
        guard (18...256).contains(maxLength) else { throw .maxLength(maxLength) }
        let parts = try UsernameRule.parse(pattern)
        guard parts.contains(where: { if case .token = $0 { true } else { false } }) else {
            throw .noToken(pattern: pattern)
        }
        self.pattern = pattern
        self.maxLength = maxLength
        self.nameParticles = nameParticles
        self.collisions = collisions
    }

    /// The username before collision handling (already folded, sanitised, trimmed, and with the NIP/NIK fallback).
    public func base(for name: PersonName, nip: NIP?, nik: NIK?) throws(UsernameError) -> String {
        let cleaned = render(words(of: name), name: name, nip: nip, nik: nik)
        if !cleaned.isEmpty { return cleaned }
        if let nip { return nip.digits }
        if let nik { return nik.digits }
        throw .nothingUsable(name: name.displayName)
    }

    /// The readable alternatives tried after the base when it is taken: with ``Collisions/middleNames``, the first
    /// word followed by one, two, … of the middle words ("siti.nur.aminah"); none with ``Collisions/number``.
    public func alternatives(for name: PersonName, nip: NIP?, nik: NIK?) -> [String] {
        guard collisions == .middleNames else { return [] }
        let words = words(of: name)
        guard words.count >= 3 else { return [] }
        let middle = words.dropFirst().dropLast()
        var result: [String] = []
        for count in 1...middle.count {
            let first = [words[0]] + middle.prefix(count)
            let candidate = render(words, name: name, nip: nip, nik: nik, first: first)
            if !candidate.isEmpty, !result.contains(candidate) { result.append(candidate) }
        }
        return result
    }

    /// The first free username: the base, else the readable alternatives, else the base with 2, 3, … appended
    /// (shortened to fit `maxLength`).
    public func username(
        for name: PersonName, nip: NIP?, nik: NIK?, isTaken: (String) -> Bool
    ) throws(UsernameError) -> String {
        let base = try base(for: name, nip: nip, nik: nik)
        if !isTaken(base) { return base }
        for candidate in alternatives(for: name, nip: nip, nik: nik) where candidate != base && !isTaken(candidate) {
            return candidate
        }
        let limit = 10_000
        for number in 2...limit {
            let suffix = String(number)
            let candidate = truncate(base, to: maxLength - suffix.count) + suffix
            if !isTaken(candidate) { return candidate }
        }
        throw .exhausted(base: base, attempts: limit)
    }

    /// The words the tokens use.
    private func words(of name: PersonName) -> [String] {
        nameParticles == .drop ? name.usernameWords : name.words
    }

    /// The pattern filled in, sanitised and shortened; `first` replaces the first word (for the alternatives).
    private func render(_ words: [String], name: PersonName, nip: NIP?, nik: NIK?, first: [String]? = nil) -> String {
        var raw = ""
        for part in (try? UsernameRule.parse(pattern)) ?? [] {  // try?: the pattern was parsed when the rule was made; an unparsable one was refused there
            switch part {
            case .literal(let text): raw += text
            case .token(let token): raw += value(of: token, words: words, first: first, name: name, nip: nip, nik: nik)
            }
        }
        return truncate(UsernameRule.sanitise(raw), to: maxLength)
    }

    private func value(of token: String, words: [String], first: [String]?, name: PersonName, nip: NIP?, nik: NIK?)
        -> String
    {
        func initial(_ word: String) -> String {
            String(ASCIIFolding.fold(word).filter { $0.isLetter || $0.isNumber }.prefix(1))
        }
        switch token {
        case "first": return first?.joined(separator: separator) ?? words.first ?? ""
        case "last": return words.count > 1 ? (words.last ?? "") : ""
        case "given": return words.dropLast().joined()
        case "surname": return words.last ?? name.surname
        case "f": return (first ?? Array(words.prefix(1))).map(initial).joined()
        case "nip": return nip?.digits ?? ""
        case "nik": return nik?.digits ?? ""
        default: return ""
        }
    }

    /// The separator placed between the first and middle words of an alternative: the first of ".", "_", "-" in the
    /// pattern's literal text, else ".".
    private var separator: String {
        let literals = ((try? UsernameRule.parse(pattern)) ?? []).compactMap { part -> String? in  // try?: the pattern was parsed when the rule was made; an unparsable one was refused there
            if case .literal(let text) = part { return text } else { return nil }
        }.joined()
        return literals.first(where: { UsernameRule.separators.contains($0) }).map(String.init) ?? "."
    }

    /// Shortens to `length` characters and drops separators left at the end.
    private func truncate(_ text: String, to length: Int) -> String {
        var result = String(text.prefix(max(0, length)))
        while let last = result.last, UsernameRule.separators.contains(last) { result.removeLast() }
        return result
    }

    static let separators: Set<Character> = [".", "_", "-"]

    /// Folds to ASCII, keeps `[a-z0-9._-]`, collapses runs of separators to their first, trims separators.
    static func sanitise(_ raw: String) -> String {
        var result = ""
        for character in ASCIIFolding.fold(raw) {
            let allowed = ("a"..."z").contains(character) || ("0"..."9").contains(character)
            if allowed {
                result.append(character)
            } else if separators.contains(character), let last = result.last, !separators.contains(last) {
                result.append(character)
            }
        }
        while let last = result.last, separators.contains(last) { result.removeLast() }
        return result
    }

    enum Part: Equatable {
        case literal(String)
        case token(String)
    }

    static func parse(_ pattern: String) throws(UsernameError) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var token: String?
        for character in pattern {
            switch (character, token) {
            case ("{", nil):
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                token = ""
            case ("}", let name?):
                guard tokens.contains(name) else { throw .unknownToken(pattern: pattern, token: name) }
                parts.append(.token(name))
                token = nil
            case ("{", _?), ("}", nil):
                throw .unbalancedBrace(pattern: pattern)
            case (_, let name?):
                token = name + String(character)
            case (_, nil):
                literal.append(character)
            }
        }
        guard token == nil else { throw .unbalancedBrace(pattern: pattern) }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// Decodes `pattern`, and optional `maxLength`, `nameParticles` ("drop" or "keep") and `collisions`
    /// ("middle-names" or "number"), validating them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pattern = try container.decodeIfPresent(String.self, forKey: .pattern) ?? "{first}.{last}"
        let maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength) ?? 32
        let particles = try container.decodeIfPresent(NameParticles.self, forKey: .nameParticles) ?? .drop
        let collisions = try container.decodeIfPresent(Collisions.self, forKey: .collisions) ?? .middleNames
        do {
            try self.init(pattern: pattern, maxLength: maxLength, nameParticles: particles, collisions: collisions)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .pattern, in: container, debugDescription: error.description)
        }
    }

    private enum CodingKeys: String, CodingKey { case pattern, maxLength, nameParticles, collisions }
}
