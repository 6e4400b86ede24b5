/// The data of an SK issued at a request's decree step; the grants are taken from the request's candidates.
public struct DecreeDraft: Sendable, Hashable, Codable {
    /// The SK number.
    public let number: DecreeNumber
    /// The title.
    public let title: String
    /// The date of signature; nil where the Kadis records it at the SOP's `sign` step.
    public let signedOn: CivilDate?
    /// The first day in force.
    public let effectiveFrom: CivilDate
    /// The last day in force, if limited.
    public let effectiveUntil: CivilDate?
    /// The signer; nil where the Kadis signs at the SOP's `sign` step (the signer is then never typed).
    public let signer: Decree.Signer?
    /// Earlier SKs replaced by this one.
    public let supersedes: [DecreeNumber]

    /// Creates a draft.
    public init(
        number: DecreeNumber, title: String, signedOn: CivilDate?, effectiveFrom: CivilDate,
        effectiveUntil: CivilDate? = nil, signer: Decree.Signer?, supersedes: [DecreeNumber] = []
    ) {
        self.number = number
        self.title = title
        self.signedOn = signedOn
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.signer = signer
        self.supersedes = supersedes
    }
}

extension Decree {
    /// The SK a draft becomes once its grants are known: the request's candidates, or the lines of an attachment.
    public init(draft: DecreeDraft, grants: [Grant], requestID: RequestID? = nil) throws(DecreeError) {
        try self.init(
            number: draft.number, title: draft.title, signedOn: draft.signedOn, effectiveFrom: draft.effectiveFrom,
            effectiveUntil: draft.effectiveUntil, signer: draft.signer, grants: grants, supersedes: draft.supersedes,
            requestID: requestID)
    }
}
