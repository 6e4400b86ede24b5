/// Why an SK (decree) or its number was refused.
public enum DecreeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The number is not "segments/…/YYYY".
    case malformedNumber(String, reason: NumberProblem)
    /// The title is empty.
    case emptyTitle(DecreeNumber)
    /// The end date is not after the start date.
    case endNotAfterStart(DecreeNumber, from: CivilDate, until: CivilDate)
    /// The decree grants nothing.
    case noGrants(DecreeNumber)
    /// A person appears in two grants.
    case duplicateGrant(DecreeNumber, PersonKey)
    /// A grant has no role.
    case grantWithoutRole(DecreeNumber, PersonKey)
    /// A decree lists itself as superseded.
    case supersedesItself(DecreeNumber)
    /// A grant's data is invalid.
    case invalidGrant(RequestError)
    /// A signer without a date of signature, or a date without a signer.
    case partlySigned(DecreeNumber, hasSigner: Bool)

    /// What is wrong with an SK number's form.
    public enum NumberProblem: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        case controlCharacter, noSlash, emptySegment, noYear, tooLong

        /// The English clause after "SK number '…'".
        public var description: String {
            switch self {
            case .controlCharacter: "contains a control character"
            case .noSlash: "has no '/' between its segments"
            case .emptySegment: "has an empty segment"
            case .noYear: "does not end with a 4-digit year"
            case .tooLong: "is longer than 128 characters"
            }
        }
    }

    /// One sentence: what is wrong and how to fix it.
    public var description: String {
        switch self {
        case let .malformedNumber(text, reason):
            return "SK number '\(text)' \(reason); write it like 000.8.3.3/240/Dukcapil/2025"
        case .emptyTitle(let number):
            return "SK \(number) has no title; copy the title (tentang …) from the SK"
        case let .endNotAfterStart(number, from, until):
            return "SK \(number) ends on \(until), not after it takes effect on \(from); check both dates"
        case .noGrants(let number):
            return "SK \(number) grants access to nobody; add the names listed in its attachment (lampiran)"
        case let .duplicateGrant(number, key):
            return "SK \(number) lists \(key) twice; merge the rows into one grant with several roles"
        case let .grantWithoutRole(number, key):
            return "SK \(number) gives \(key) no SIAK role; add the role from the attachment"
        case .supersedesItself(let number):
            return "SK \(number) lists itself as superseded; list only earlier SKs"
        case .invalidGrant(let error):
            return error.description
        case let .partlySigned(number, hasSigner):
            return hasSigner
                ? "SK \(number) names a signer but no date of signature; give both (--signed) or neither"
                : "SK \(number) has a date of signature but no signer; give both (--signer-name, --signer-nip) or neither"
        }
    }
}
