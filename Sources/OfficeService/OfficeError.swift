public import AccessStore
public import AccessWorkflow
public import DirectorySync

/// Why the office refused or failed a call. In process the cause stays typed (a store, bridge or workflow error);
/// across the HTTP boundary it travels as its ``kind`` and ``description`` (``remote(_:_:)``), which is all a
/// client acts on: the exit status of the CLI and the status code of the API follow the kind.
public enum OfficeError: Error, Sendable, CustomStringConvertible {
    /// The workflow refused the command (role, step, documents, segregation of duties); nothing was written.
    case workflow(WorkflowError)
    /// The database failed or refused (busy, broken log, …).
    case store(StoreError)
    /// The bridge failed (directory unreachable, broken log, anchor mismatch, …).
    case bridge(BridgeError)
    /// A handover could not be done.
    case handover(Handover.Failure)
    /// The input is wrong; the message says what to fix.
    case badInput(OfficeMessage)
    /// A rule of the office refused the call (a relation to the subject, a rule of the office); the message says why.
    case refused(OfficeMessage)
    /// The access policy refused the caller: none of the roles the action needs, as the directory says now (or the
    /// account is locked or gone); see ``AccessPolicy``.
    case forbidden(OfficeMessage)
    /// No such request, SK or person.
    case notFound(OfficeMessage)
    /// A request body larger than its route accepts (HTTP 413), refused before it was read.
    case tooLarge(OfficeMessage)
    /// The database is not the one the directory's anchor names: nothing is recorded until the office is recovered.
    case recoveryNeeded(OfficeMessage)
    /// Not logged in, or the session ended.
    case unauthenticated(OfficeMessage)
    /// Too many failed logins; try again after this many seconds.
    case throttled(retryAfterSeconds: Int)
    /// The directory, the database or the office server cannot be reached now.
    case unavailable(OfficeMessage)
    /// An error that crossed the HTTP boundary: its kind and sentence.
    case remote(OfficeErrorKind, String)

    /// What kind of failure this is, for exit statuses and HTTP status codes.
    public var kind: OfficeErrorKind {
        switch self {
        case .workflow: .refused
        case .store(let error): Self.kind(of: error)
        case .bridge(let error): Self.kind(of: error)
        case .handover(let failure):
            if case .bridge(let error) = failure { Self.kind(of: error) } else { .refused }
        case .badInput: .badInput
        case .refused: .refused
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .tooLarge: .tooLarge
        case .recoveryNeeded: .recoveryNeeded
        case .unauthenticated: .unauthenticated
        case .throttled: .throttled
        case .unavailable: .unavailable
        case .remote(let kind, _): kind
        }
    }

    /// One sentence for the person at the desk.
    public var description: String {
        switch self {
        case .workflow(let error): error.description
        case .store(let error): Self.describe(error)
        case .bridge(let error): error.description
        case .handover(let failure): failure.description
        case .badInput(let message), .refused(let message), .forbidden(let message), .notFound(let message),
             .tooLarge(let message), .recoveryNeeded(let message), .unauthenticated(let message), .unavailable(let message):
            message.description
        case .remote(_, let message):
            message
        case .throttled(let seconds):
            "too many failed logins; wait \(seconds) seconds before trying again (the directory also locks an account after repeated failures)"
        }
    }

    private static func kind(of error: StoreError) -> OfficeErrorKind {
        switch error {
        case .workflow: .refused
        case .busy, .cannotOpen, .folderMissing: .unavailable
        case .replayRefused, .undecodableRecord, .auditBroken, .anchorMismatch, .sealRefused: .refused
        case .unknownDecree: .notFound
        default: .badInput
        }
    }

    private static func kind(of error: BridgeError) -> OfficeErrorKind {
        switch error {
        case .directoryUnavailable: .unavailable
        case .store(let inner): kind(of: inner)
        case .auditBroken, .anchorMismatch, .anchorEntryMissing: .refused
        case .directory, .inconsistent: .badInput
        }
    }

    private static func describe(_ error: StoreError) -> String {
        switch error {
        case .replayRefused, .undecodableRecord: "\(error.description); run `hakakses audit verify`"
        default: error.description
        }
    }
}

/// The classes of failure a client acts on.
public enum OfficeErrorKind: String, Sendable, Codable, CaseIterable {
    /// Refused by a rule (workflow, a relation to the subject, a broken log): exit status 1.
    case refused
    /// Refused by the access policy (the caller's roles, a locked or removed account): exit status 1.
    case forbidden
    /// Wrong input or configuration: exit status 2.
    case badInput
    /// No such thing: exit status 2.
    case notFound
    /// A request body over its route's limit: exit status 2, HTTP 413.
    case tooLarge
    /// Refused until the office is recovered (the database is not the one the directory's anchor names): exit status
    /// 4, HTTP 409.
    case recoveryNeeded
    /// Not logged in or the session ended: exit status 1.
    case unauthenticated
    /// Too many failed logins: exit status 1.
    case throttled
    /// Directory, database or server unreachable now: exit status 3.
    case unavailable

    /// The CLI's exit status: refused 1, bad input 2, unreachable 3.
    public var exitStatus: Int32 {
        switch self {
        case .refused, .forbidden, .unauthenticated, .throttled: 1
        case .badInput, .notFound, .tooLarge: 2
        case .unavailable: 3
        case .recoveryNeeded: 4
        }
    }

    /// The HTTP status code of the API.
    public var httpStatus: Int {
        switch self {
        case .refused, .forbidden: 403
        case .badInput: 400
        case .notFound: 404
        case .tooLarge: 413
        case .recoveryNeeded: 409
        case .unauthenticated: 401
        case .throttled: 429
        case .unavailable: 503
        }
    }
}
