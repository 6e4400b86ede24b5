/// The parts of a ``WorkflowError`` that are chosen from a fixed set: typed, so that each language can say them in
/// its own words. Each `description` is the English fragment the error's sentence embeds.
extension WorkflowError {
    /// An action named in a refusal: what needs a reason (``WorkflowError/emptyReason(action:)``), what the actor may
    /// not do (``WorkflowError/notPermitted(actor:action:allowed:)``) or what only the approver may do
    /// (``WorkflowError/notTheApprover(_:step:action:approver:)``).
    public enum Action: Sendable, Hashable, CustomStringConvertible {
        /// Rejecting a request (the noun).
        case rejection
        /// Returning a request for revision (the noun).
        case returning
        /// Cancelling a request (the noun).
        case cancellation
        /// Revoking access (the noun).
        case revocation
        /// A name struck from a proposal list (the noun).
        case struckName(PersonKey)
        /// Rejecting the request (the verb).
        case rejectRequest
        /// Striking names from the list (the verb).
        case strikeNames
        /// Cancelling a request another official filed (the verb).
        case cancelRequest(RequestID, filedBy: String)
        /// Importing an SK (the verb).
        case importDecree(DecreeNumber)
        /// Confirming an SK (the verb).
        case confirmDecree(DecreeNumber)
        /// Withdrawing an SK awaiting confirmation (the verb).
        case withdrawDecree(DecreeNumber)
        /// Withdrawing an SK (the noun).
        case withdrawal
        /// Revoking a person's access (the verb).
        case revokeAccess(PersonKey)

        public var description: String {
            switch self {
            case .rejection: "rejection"
            case .returning: "return"
            case .cancellation: "cancellation"
            case .revocation: "revocation"
            case .struckName(let person): "struck name (\(person))"
            case .rejectRequest: "reject the request"
            case .strikeNames: "strike names from the list"
            case let .cancelRequest(id, filedBy): "cancel request \(id), which \(filedBy) filed"
            case .importDecree(let number): "import SK \(number)"
            case .confirmDecree(let number): "confirm SK \(number)"
            case .withdrawDecree(let number): "withdraw SK \(number)"
            case .withdrawal: "withdrawal"
            case .revokeAccess(let person): "revoke access of \(person)"
            }
        }
    }

    /// What to do instead when the action does not fit the kind of the current step.
    public enum Hint: Sendable, Hashable, CustomStringConvertible {
        /// An SK step is done by issuing the SK.
        case issueDecree
        /// A review, provision or submit step is approved, not recorded as a handover.
        case approveInsteadOfHandover
        /// The last link of a paraf chain completes the step rather than initialling it.
        case completeInsteadOfInitialling
        /// A handover step is recorded as a handover.
        case recordHandover
        /// A step that is not the SK step is approved; no SK is issued there.
        case approveWithoutDecree
        /// The sign step is done by the Kadis signing the SK.
        case signDecree

        public var description: String {
            switch self {
            case .issueDecree: "issue the SK for it with issueDecree"
            case .approveInsteadOfHandover: "approve it instead of recording a handover"
            case .completeInsteadOfInitialling: "its last link completes it, so do the step instead of initialling it"
            case .recordHandover: "record it with recordHandover"
            case .approveWithoutDecree: "approve it; no SK is issued here"
            case .signDecree: "the Kadis signs the SK there with signDecree (hakakses decree sign)"
            }
        }
    }

    /// Why evidence given for a document is not taken.
    public enum EvidenceRefusal: Sendable, Hashable, CustomStringConvertible {
        /// The SOP names no such document; these are its documents.
        case unknownDocument(known: [DocumentID])
        /// Equipment needs no record.
        case equipment
        /// The SK is recorded by issuing or importing it.
        case decree
        /// Usernames and passwords are never recorded.
        case credentials

        public var description: String {
            switch self {
            case .unknownDocument(let known): "the SOP names no such document; use one of \(known.map(\.rawValue).listed)"
            case .equipment: "it is equipment, which needs no record; leave it out"
            case .decree: "the SK is recorded by issuing or importing it; leave it out"
            case .credentials: "usernames and passwords are never recorded in the workflow; leave it out"
            }
        }
    }

    /// How an SK fails to match the request it is issued for.
    public enum DecreeMismatch: Sendable, Hashable, CustomStringConvertible {
        /// The SK names another request (or none).
        case namesRequest(RequestID?)
        /// Its grants are not the request's candidates.
        case grantsDiffer
        /// An imported SK names a request.
        case importedWithRequest

        public var description: String {
            switch self {
            case .namesRequest(let id): "it names request \(id?.rawValue ?? "none"); issue it from this request"
            case .grantsDiffer: "its grants differ from the request's candidates; issue it from the request so they are copied"
            case .importedWithRequest: "an imported SK cannot be linked to a request; issue it at the request's decree step instead"
            }
        }
    }
}
