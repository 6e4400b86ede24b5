/// Who may do one ``OfficeAction``: an audience (by the workflow roles of the SOP), and where it applies a relation to
/// the subject that the operation checks with the state in hand (``AccessPolicy`` holds those checks too).
public struct AccessRule: Sendable, Hashable {
    /// Who passes the gate, checked against the caller's roles as the directory says now.
    public let audience: Audience
    /// What must hold between the caller and the subject, beyond the roles.
    public let relation: Relation
    /// Whether the service user on the server host (local administration, no login) may do it: reads and the
    /// directory's maintenance, never a decision that needs a person.
    public let host: Bool
    /// Why, in a sentence for the docs.
    public let reason: String

    public init(_ audience: Audience, _ relation: Relation = .none, host: Bool = false, reason: String) {
        self.audience = audience
        self.relation = relation
        self.host = host
        self.reason = reason
    }

    /// A relation to the subject of a call.
    public enum Relation: String, Sendable, Hashable, CaseIterable {
        case none
        /// The request waits for them: a role of the awaited link, their turn, not their own request (as applicant
        /// or candidate), not initialled twice, not both of two consecutive steps where the SOP forbids it.
        case turnOnStep
        /// The official who filed the request, or a role of `permissions.cancel`.
        case filerOrCancelRole
        /// Within a request: a candidate of that request, at its handover step, by the step's executor under the
        /// workflow's rules. Outside a request (a reset, an imported SK): the account administrators only. Never for
        /// oneself.
        case handoverCandidate
        /// Not the official who imported the SK, not a person it names.
        case notImporterNorNamed
        /// The official who recorded the SK, or a role that confirms SKs.
        case recorderOrConfirmer
        /// A request's documents and files: any official; an SK's or a person's, or the whole archive: the identity
        /// readers.
        case requestScoped
        /// Not oneself.
        case notSelf
        /// The request's number and the last six digits of its applicant's NIK (or NIP); wrong answers throttled per
        /// request and per address, and told apart from an unknown number by nothing.
        case applicantProof
        /// The operator's own username and current password, bound as them; wrong passwords throttled per username and
        /// per address below the directory's lockout.
        case ownPassword
        /// The operator's username and the last six digits of their NIK (or NIP); the same answer whether or not they
        /// match, wrong ones throttled.
        case accountProof

        /// The relation in the docs' words.
        public var text: String {
            switch self {
            case .none: ""
            case .turnOnStep: "their turn on the request's step; never their own request"
            case .filerOrCancelRole: "the filer, or a role of permissions.cancel"
            case .handoverCandidate: "a candidate of that request at its handover step; a reset outside a request only by the account administrators; never oneself"
            case .notImporterNorNamed: "not the importer, not a person on the SK"
            case .recorderOrConfirmer: "who recorded it, or a role of permissions.confirmDecree"
            case .requestScoped: "a request's files: any official; an SK's, a person's or all: identity readers"
            case .notSelf: "not oneself"
            case .applicantProof: "the request number with the last 6 digits of the applicant's NIK or NIP; 5 wrong answers per request, 20 per address in 15 min"
            case .accountProof: "the username with the last 6 digits of the operator's NIK or NIP; the same answer whether they match or not; 5 wrong per username, 20 per address in 15 min"
            case .ownPassword: "the operator's own username and current password (a bind as them); 3 wrong passwords per username, 20 per address in 15 min, below the directory's lockout"
            }
        }
    }
}
