/// How directory usernames (LDAP `uid`) are formed from a person's name and numbers.
///
/// The pattern mixes literal text with tokens: `{first}` first word of the name, `{last}` last word (empty for
/// one-word names, so "{first}.{last}" gives "zainuddin"), `{given}` all words but the last, `{surname}` the last
/// word (the whole name for one-word names), `{f}` the first letter, `{nip}` and `{nik}` the digits.
/// The result is lowercase ASCII with diacritics folded, only `[a-z0-9._-]`, runs of separators collapsed and
/// trimmed, at most `maxLength` characters. If nothing is left (a non-Latin name), the NIP, else the NIK, is used.
public struct UsernameRule: Sendable, Hashable, Codable {
    /// The pattern, e.g. "{first}.{last}" or "{nip}".
    public let pattern: String
    /// The maximum length of a username, 18...256.
    public let maxLength: Int

    /// Tokens a pattern may use.
    public static let tokens: Set<String> = ["first", "last", "given", "surname", "f", "nip", "nik"]

    /// The default rule "{first}.{last}", at most 32 characters.
    public static let standard = UsernameRule(checkedPattern: "{first}.{last}", maxLength: 32)

    private init(checkedPattern: String, maxLength: Int) {
        self.pattern = checkedPattern
        self.maxLength = maxLength
    }

    /// Creates a rule, refusing unknown tokens, unbalanced braces and patterns without any token.
    public init(pattern: String = "{first}.{last}", maxLength: Int = 32) throws(UsernameError) {
        guard (18...256).contains(maxLength) else { throw .maxLength(maxLength) }
        let parts = try UsernameRule.parse(pattern)
        guard parts.contains(where: { if case .token = $0 { true } else { false } }) else {
            throw .noToken(pattern: pattern)
        }
        self.pattern = pattern
        self.maxLength = maxLength
    }

    /// The username before collision handling (already folded, sanitised, trimmed, and with the NIP/NIK fallback).
    public func base(for name: PersonName, nip: NIP?, nik: NIK?) throws(UsernameError) -> String {
        let words = name.words
        var raw = ""
        for part in (try? UsernameRule.parse(pattern)) ?? [] {
            switch part {
            case .literal(let text): raw += text
            case .token(let token): raw += value(of: token, words: words, name: name, nip: nip, nik: nik)
            }
        }
        let cleaned = truncate(UsernameRule.sanitise(raw), to: maxLength)
        if !cleaned.isEmpty { return cleaned }
        if let nip { return nip.digits }
        if let nik { return nik.digits }
        throw .nothingUsable(name: name.displayName)
    }

    /// The first free username: the base, else the base with 2, 3, … appended (shortened to fit `maxLength`).
    public func username(
        for name: PersonName, nip: NIP?, nik: NIK?, isTaken: (String) -> Bool
    ) throws(UsernameError) -> String {
        let base = try base(for: name, nip: nip, nik: nik)
        if !isTaken(base) { return base }
        let limit = 10_000
        for number in 2...limit {
            let suffix = String(number)
            let candidate = truncate(base, to: maxLength - suffix.count) + suffix
            if !isTaken(candidate) { return candidate }
        }
        throw .exhausted(base: base, attempts: limit)
    }

    private func value(of token: String, words: [String], name: PersonName, nip: NIP?, nik: NIK?) -> String {
        switch token {
        case "first": words.first ?? ""
        case "last": words.count > 1 ? (words.last ?? "") : ""
        case "given": words.dropLast().joined()
        case "surname": name.surname
        case "f": String(ASCIIFolding.fold(words.first ?? "").filter { $0.isLetter || $0.isNumber }.prefix(1))
        case "nip": nip?.digits ?? ""
        case "nik": nik?.digits ?? ""
        default: ""
        }
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

    /// Decodes `pattern` and optional `maxLength`, validating them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let pattern = try container.decodeIfPresent(String.self, forKey: .pattern) ?? "{first}.{last}"
        let maxLength = try container.decodeIfPresent(Int.self, forKey: .maxLength) ?? 32
        do {
            try self.init(pattern: pattern, maxLength: maxLength)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .pattern, in: container, debugDescription: error.description)
        }
    }

    private enum CodingKeys: String, CodingKey { case pattern, maxLength }
}
