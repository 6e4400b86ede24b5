/// An SK (Surat Keputusan, decree) of the Kadis naming SIAK managers: the legal basis of access in offices whose
/// roster source is `decrees`.
public struct Decree: Sendable, Hashable, Codable {
    /// The SK number.
    public let number: DecreeNumber
    /// The title, e.g. "Pengelola Aplikasi SIAK Kabupaten Sukamara Tahun 2025".
    public let title: String
    /// The date of signature; nil while an SK drafted at a decree step awaits the Kadis's signature (an SOP with a
    /// `sign` step), never nil for an SK in the record.
    public let signedOn: CivilDate?
    /// The first day the SK is in force.
    public let effectiveFrom: CivilDate
    /// The last day the SK is in force, if limited (after ``effectiveFrom``).
    public let effectiveUntil: CivilDate?
    /// Who signed it (normally the Kadis); nil exactly when ``signedOn`` is.
    public let signer: Signer?
    /// Who gets which roles.
    public let grants: [Grant]
    /// Earlier SKs this one replaces entirely from its effective date.
    public let supersedes: [DecreeNumber]
    /// The request this SK was issued for, if it was issued through the workflow.
    public let requestID: RequestID?

    /// The signer of an SK.
    public struct Signer: Sendable, Hashable, Codable {
        /// The signer's name with titles.
        public let name: PersonName
        /// The signer's NIP.
        public let nip: NIP
        /// Set when the signer signed as Plt./Plh. of the post (an acting assignment); nil for the holder.
        public let acting: ActingKind?

        /// Creates a signer.
        public init(name: PersonName, nip: NIP, acting: ActingKind? = nil) {
            self.name = name
            self.nip = nip
            self.acting = acting
        }
    }

    /// The document id under which the scan of a signed SK is kept and recorded (`sk-bertanda-tangan`), in every
    /// office: with a confirmation, and with the Kadis's signature at a sign step.
    public static let signedScanDocument = DocumentID(rawValue: "sk-bertanda-tangan")

    /// True once the SK carries its signer and date of signature.
    public var isSigned: Bool { signer != nil && signedOn != nil }

    /// The same SK as signed by `signer` on `date` (the Kadis at an SOP's `sign` step): only the signature changes,
    /// given whole, so nothing needs checking again.
    public func signed(by signer: Signer, on date: CivilDate) -> Decree {
        Decree(snapshotNumber: number, title: title, signedOn: date, effectiveFrom: effectiveFrom,
               effectiveUntil: effectiveUntil, signer: signer, grants: grants, supersedes: supersedes, requestID: requestID)
    }

    /// Creates an SK, refusing an empty title, no grants, a person listed twice, a grant without roles, an end date
    /// not after the start date, a decree superseding itself, and a signer without a date of signature (or the
    /// reverse). An SK without both is a draft awaiting the Kadis's signature.
    public init(
        number: DecreeNumber, title: String, signedOn: CivilDate?, effectiveFrom: CivilDate,
        effectiveUntil: CivilDate? = nil, signer: Signer?, grants: [Grant], supersedes: [DecreeNumber] = [],
        requestID: RequestID? = nil
    ) throws(DecreeError) {
        let title = title.whitespaceNormalised
        guard !title.isEmpty, !title.containsControlCharacter else { throw .emptyTitle(number) }
        guard (signer == nil) == (signedOn == nil) else { throw .partlySigned(number, hasSigner: signer != nil) }
        if let effectiveUntil, effectiveUntil <= effectiveFrom {
            throw .endNotAfterStart(number, from: effectiveFrom, until: effectiveUntil)
        }
        guard !grants.isEmpty else { throw .noGrants(number) }
        var seen: Set<PersonKey> = []
        for grant in grants {
            guard seen.insert(grant.person.key).inserted else { throw .duplicateGrant(number, grant.person.key) }
            guard !grant.roles.isEmpty else { throw .grantWithoutRole(number, grant.person.key) }
        }
        guard !supersedes.contains(number) else { throw .supersedesItself(number) }
        self.number = number
        self.title = title
        self.signedOn = signedOn
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.signer = signer
        self.grants = grants
        self.supersedes = Array(Set(supersedes)).sorted()
        self.requestID = requestID
    }

    private enum CodingKeys: String, CodingKey {
        case number, title, signedOn, effectiveFrom, effectiveUntil, signer, grants, supersedes, requestID
        case grantFields, grantRows
    }

    /// Decodes and re-validates: the grants as keyed objects (`grants`) or, for a large SK, as rows of fields
    /// (`grantFields` and `grantRows`, see ``GrantRows``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let grants: [Grant]
        if c.contains(.grantRows) {
            grants = try GrantRows.decode(
                fields: try c.decode([String].self, forKey: .grantFields),
                rows: try c.nestedUnkeyedContainer(forKey: .grantRows))
        } else {
            grants = try c.decode([Grant].self, forKey: .grants)
        }
        try self.init(
            number: try c.decode(DecreeNumber.self, forKey: .number),
            title: try c.decode(String.self, forKey: .title),
            signedOn: try c.decodeIfPresent(CivilDate.self, forKey: .signedOn),
            effectiveFrom: try c.decode(CivilDate.self, forKey: .effectiveFrom),
            effectiveUntil: try c.decodeIfPresent(CivilDate.self, forKey: .effectiveUntil),
            signer: try c.decodeIfPresent(Signer.self, forKey: .signer),
            grants: grants,
            supersedes: try c.decodeIfPresent([DecreeNumber].self, forKey: .supersedes) ?? [],
            requestID: try c.decodeIfPresent(RequestID.self, forKey: .requestID))
    }

    /// Encodes the grants of an SK with at least ``GrantRows/threshold`` grants as rows of fields, others as keyed
    /// objects (as every SK was written before).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(signedOn, forKey: .signedOn)
        try c.encode(effectiveFrom, forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
        try c.encodeIfPresent(signer, forKey: .signer)
        if grants.count >= GrantRows.threshold {
            try c.encode(GrantRows.fields, forKey: .grantFields)
            var rows = c.nestedUnkeyedContainer(forKey: .grantRows)
            try GrantRows.encode(grants, into: &rows)
        } else {
            try c.encode(grants, forKey: .grants)
        }
        try c.encode(supersedes, forKey: .supersedes)
        try c.encodeIfPresent(requestID, forKey: .requestID)
    }
}
