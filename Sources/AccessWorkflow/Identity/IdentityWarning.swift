/// The id of an identity warning, stable across runs so that an official can confirm it:
/// "<kind>:<person key>", e.g. "birth-date-mismatch:nip:199203202018012001".
public struct WarningID: StringIdentifier {
    /// The id.
    public let rawValue: String

    /// Wraps an id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A soft identity check that failed: data that is probably mistyped but can be right (a birth date corrected after
/// the NIK was issued, for instance). It does not refuse the person; it blocks the command that records them until
/// an official confirms it with a note, and the confirmation is stored in the workflow event (the audit log).
public struct IdentityWarning: Sendable, Hashable, CustomStringConvertible {
    /// What the check found.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The NIP (or NI PPPK) and the NIK give different birth dates.
        case birthDateMismatch = "birth-date-mismatch"
        /// The NIP (or NI PPPK) and the NIK give different sexes.
        case sexMismatch = "sex-mismatch"
        /// The NIP's appointment (or the NI PPPK's agreement) falls before the person's 18th birthday.
        case youngAtAppointment = "young-at-appointment"
        /// The NI PPPK has another code than the 21 BKN writes in digits 13–14.
        case unusualAgreementCode = "unusual-pppk-code"
    }

    /// What was found.
    public let kind: Kind
    /// Whose data.
    public let person: PersonKey
    /// One sentence: what looks wrong, how to correct it, or that it may be confirmed.
    public let message: String

    /// Creates a warning.
    public init(kind: Kind, person: PersonKey, message: String) {
        self.kind = kind
        self.person = person
        self.message = message
    }

    /// "<kind>:<person key>".
    public var id: WarningID { WarningID(rawValue: "\(kind.rawValue):\(person)") }

    /// "[id] message".
    public var description: String { "[\(id)] \(message)" }
}
