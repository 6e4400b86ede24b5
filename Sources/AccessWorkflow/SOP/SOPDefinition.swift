/// One office's SOP for SIAK access, as data: who does what, in which order, with which documents and time
/// standards. Loaded from YAML (see `config/sop/*.yaml`); a new office is a new file, not new code.
public struct SOPDefinition: Sendable, Hashable {
    /// The office.
    public let office: OfficeInfo
    /// The SOP number, e.g. "000.8.3.3/240/Dukcapil/2025".
    public let number: String
    /// The SOP title, e.g. "SOP Hak Akses SIAK".
    public let title: String
    /// The date the SOP took effect (tanggal efektif).
    public let effectiveDate: CivilDate
    /// What decides who holds access: effective SKs or completed requests.
    public let rosterSource: RosterSource
    /// Whether a request carries a list of candidates or exactly one.
    public let requestKind: RequestKind
    /// The office's workflow roles (``WorkflowRole/pemohon`` is built in and never listed).
    public let roles: [WorkflowRoleDefinition]
    /// Documents, equipment and outputs named in the table.
    public let documents: [DocumentDefinition]
    /// The steps in order; the first is the `submit` step.
    public let steps: [StepDefinition]
    /// Segregation-of-duties settings.
    public let segregation: SegregationPolicy
    /// Who may cancel, import decrees and revoke.
    public let permissions: SOPPermissions
    /// Office hours, holidays and day length.
    public let calendar: OfficeCalendar
    /// Who is the next official up from each role (atasan langsung): a step past its time standard is escalated to
    /// them once. Roles without an entry are not escalated.
    public let escalation: [WorkflowRole: WorkflowRole]
    /// The SIAK roles this SOP covers (e.g. Mojokerto's "operator SIAK"): requests and SKs naming another role are
    /// refused. Nil: every role of the office's catalogue.
    public let siakRoles: [SIAKRoleID]?
    /// The SOP's header as written (dates, approval, legal basis, qualifications, equipment, warnings, records).
    public let metadata: SOPMetadata
    /// How often each holder's access must be confirmed in a signed access review (`review.everyMonths`); nil when
    /// the SOP sets no interval (reviews are then held when the office decides).
    public let reviewEveryMonths: Int?

    init(
        office: OfficeInfo, number: String, title: String, effectiveDate: CivilDate, rosterSource: RosterSource,
        requestKind: RequestKind, roles: [WorkflowRoleDefinition], documents: [DocumentDefinition],
        steps: [StepDefinition], segregation: SegregationPolicy, permissions: SOPPermissions, calendar: OfficeCalendar,
        escalation: [WorkflowRole: WorkflowRole] = [:], siakRoles: [SIAKRoleID]? = nil, metadata: SOPMetadata = .none,
        reviewEveryMonths: Int? = nil
    ) {
        self.office = office
        self.number = number
        self.title = title
        self.effectiveDate = effectiveDate
        self.rosterSource = rosterSource
        self.requestKind = requestKind
        self.roles = roles
        self.documents = documents
        self.steps = steps
        self.segregation = segregation
        self.permissions = permissions
        self.calendar = calendar
        self.escalation = escalation
        self.siakRoles = siakRoles
        self.metadata = metadata
        self.reviewEveryMonths = reviewEveryMonths
    }

    /// Whether this SOP covers the SIAK role `role` (see ``siakRoles``).
    public func covers(_ role: SIAKRoleID) -> Bool { siakRoles?.contains(role) ?? true }

    /// The first step, done by filing the request. Validation guarantees it exists and has kind `submit`.
    public var submitStep: StepDefinition { steps[0] }

    /// The step with this id.
    public func step(_ id: StepID) -> StepDefinition? { steps.first { $0.id == id } }

    /// The position of a step in the table (0-based).
    public func index(of id: StepID) -> Int? { steps.firstIndex { $0.id == id } }

    /// The step after `id`, or nil if `id` is the last step.
    public func step(after id: StepID) -> StepDefinition? {
        guard let index = index(of: id), index + 1 < steps.count else { return nil }
        return steps[index + 1]
    }

    /// The step before `id`, or nil if `id` is the first step.
    public func step(before id: StepID) -> StepDefinition? {
        guard let index = index(of: id), index > 0 else { return nil }
        return steps[index - 1]
    }

    /// The first step of a kind (e.g. the `provision` step), if any.
    public func firstStep(ofKind kind: StepKind) -> StepDefinition? { steps.first { $0.kind == kind } }

    /// The step where the Kadis signs the SK drafted at the decree step, if the SOP has one: SKs issued for requests
    /// then take effect only when signed there.
    public var signStep: StepDefinition? { firstStep(ofKind: .sign) }

    /// The document with this id.
    public func document(_ id: DocumentID) -> DocumentDefinition? { documents.first { $0.id == id } }

    /// The role definition with this id.
    public func role(_ id: WorkflowRole) -> WorkflowRoleDefinition? { roles.first { $0.id == id } }

    /// Who executes a step, for people: "Kepala Dinas (kadis)", "Kasi SIAK (kasi) or Administrator Database (adb)",
    /// "Kabid … (kabid) → Sekretaris (sekretaris) → Kepala Dinas (kadis)".
    public func executorTitles(_ step: StepDefinition) -> String {
        step.executors.links.map { $0.map(roleTitle).joined(separator: " or ") }.joined(separator: " → ")
    }

    /// The title of a role for messages: the office's title, "pemohon (applicant)", or the raw id.
    public func roleTitle(_ id: WorkflowRole) -> String {
        if id == .pemohon { return "pemohon (the applicant)" }
        return role(id).map { "\($0.title) (\(id))" } ?? id.rawValue
    }
}
