/// The office that an SOP belongs to.
public struct OfficeInfo: Sendable, Hashable, Codable {
    /// The office's name, e.g. "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamara".
    public let name: String
    /// The Kemendagri region code of the regency or city.
    public let region: RegionCode
    /// The office's offset from UTC.
    public let utcOffset: UTCOffset
}

/// Segregation-of-duties settings beyond the rules that always apply (an applicant or candidate never acts on their
/// own request beyond filing it).
public struct SegregationPolicy: Sendable, Hashable, Codable {
    /// If true, one person may not act on two consecutive steps when neither is the `submit` step.
    public let distinctActorsOnConsecutiveSteps: Bool
    /// Pairs of steps one official may both do although they are consecutive, where the SOP has the same executor
    /// do both (Mojokerto: the ADB who makes the username and password hands them to the applicant).
    public let sameOfficialAllowed: [[StepID]]
    /// Sets of steps that must each be done by a different official, consecutive or not (Mojokerto: the officials
    /// who approve are not the one who creates the account) — except for a pair of ``sameOfficialAllowed``.
    public let distinctOfficials: [[StepID]]

    /// Creates a policy.
    public init(distinctActorsOnConsecutiveSteps: Bool, sameOfficialAllowed: [[StepID]] = [], distinctOfficials: [[StepID]] = []) {
        self.distinctActorsOnConsecutiveSteps = distinctActorsOnConsecutiveSteps
        self.sameOfficialAllowed = sameOfficialAllowed
        self.distinctOfficials = distinctOfficials
    }

    /// Whether one official may do both steps (a pair of ``sameOfficialAllowed``, in either order).
    public func allowsSameOfficial(_ first: StepID, _ second: StepID) -> Bool {
        sameOfficialAllowed.contains { Set($0) == Set([first, second]) }
    }

    /// The steps that must be done by another official than `step`'s.
    public func steps(distinctFrom step: StepID) -> [StepID] {
        distinctOfficials.filter { $0.contains(step) }.flatMap { $0 }.filter { $0 != step && !allowsSameOfficial($0, step) }
    }
}

/// Which workflow roles may do things that are not steps of the SOP table.
public struct SOPPermissions: Sendable, Hashable, Codable {
    /// Roles that may cancel any request (the filer may always cancel their own). Default: `kadis`.
    public let cancel: [WorkflowRole]
    /// Roles that may enter an existing SK from its spreadsheet attachment. Default: `sekretaris`, `adb`.
    public let importDecree: [WorkflowRole]
    /// Roles that may revoke a person's access. Default: `kadis`, `adb`.
    public let revoke: [WorkflowRole]
    /// Roles of which a second official must confirm an imported SK, with its signed scan, before it takes effect
    /// (four eyes: never the official who imported it, never a person it names). Default: `kadis`. Never empty.
    public let confirmDecree: [WorkflowRole]
    /// Roles that start an access review and confirm or remove its holders. Default: `kasi`, `kabid`.
    public let review: [WorkflowRole]
    /// Roles that sign an access review off, making its removals take effect. Default: `kadis`.
    public let signReview: [WorkflowRole]

    /// The defaults described on each property.
    public static let standard = SOPPermissions(
        cancel: ["kadis"], importDecree: ["sekretaris", "adb"], revoke: ["kadis", "adb"], confirmDecree: ["kadis"],
        review: ["kasi", "kabid"], signReview: ["kadis"])

    /// Creates permissions.
    public init(cancel: [WorkflowRole], importDecree: [WorkflowRole], revoke: [WorkflowRole],
                confirmDecree: [WorkflowRole] = ["kadis"], review: [WorkflowRole] = ["kasi", "kabid"],
                signReview: [WorkflowRole] = ["kadis"]) {
        self.cancel = cancel
        self.importDecree = importDecree
        self.revoke = revoke
        self.confirmDecree = confirmDecree
        self.review = review
        self.signReview = signReview
    }
}
