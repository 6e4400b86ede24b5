/// Why a username rule or a username could not be produced.
public enum UsernameError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pattern contains a `{token}` that is not known.
    case unknownToken(pattern: String, token: String)
    /// The pattern has an unclosed or stray brace.
    case unbalancedBrace(pattern: String)
    /// The pattern has no token at all, so every person would get the same name.
    case noToken(pattern: String)
    /// The maximum length is outside the accepted range.
    case maxLength(Int)
    /// The name gave nothing usable and the person has neither NIP nor NIK.
    case nothingUsable(name: String)
    /// Every candidate up to the attempt limit is taken.
    case exhausted(base: String, attempts: Int)

    /// One sentence: what is wrong and how to fix it.
    public var description: String {
        switch self {
        case let .unknownToken(pattern, token):
            return "username pattern '\(pattern)' uses unknown token {\(token)}; use {first}, {last}, {given}, {surname}, {f}, {nip} or {nik}"
        case let .unbalancedBrace(pattern):
            return "username pattern '\(pattern)' has an unmatched brace; write tokens as {first}, {last} and so on"
        case let .noToken(pattern):
            return "username pattern '\(pattern)' has no token, so everyone would get the same name; add a token such as {first}"
        case let .maxLength(value):
            return "username maxLength \(value) is outside 18...256; it must fit an 18-digit NIP, the fallback username"
        case let .nothingUsable(name):
            return "cannot form a username for '\(name)': the name has no Latin letters and there is no NIP or NIK; add a NIP or NIK"
        case let .exhausted(base, attempts):
            return "usernames '\(base)' to '\(base)\(attempts)' are all taken; choose the username by hand or change the pattern"
        }
    }
}
