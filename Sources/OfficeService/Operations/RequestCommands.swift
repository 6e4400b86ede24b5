import AccessStore
import AccessWorkflow
import Foundation

/// `POST /api/v1/requests`: file a request (the SOP's first step): one candidate, or a proposal list.
public struct FileRequestCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests")
    public static let action = OfficeAction.fileRequest
    /// A proposal list (CSV with Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) …
    public var candidateList: CSVUpload?
    /// … or one candidate.
    public var candidate: CandidateInput?
    /// The applicant (pemohon) when it is not the one filing; default: the candidate of a single request, else
    /// the official filing.
    public var applicant: PersonInput?
    public var note: String
    public var evidence: [EvidenceInput]
    /// Identity warnings confirmed by the filer: warning id → note (recorded).
    public var confirmations: [String: String]?
    /// File as a draft: step 1 stays open (and timed) until submitted.
    public var draft: Bool?
    /// The date of the letter (YYYY-MM-DD): step 1 is timed from the start of that office day.
    public var letterDate: String?
    /// The letter's agenda number in the office (buku agenda surat masuk), with ``registeredAt``.
    public var agendaNumber: String?
    /// When the letter was registered ("YYYY-MM-DD HH:MM", office time): step 1 is timed from it.
    public var registeredAt: String?
    /// Only check: refused as the filing would be, nothing recorded (the answer's `request` is empty); evidence given
    /// by SHA-256 need not be kept yet. A client checks before it sends its scans.
    public var checkOnly: Bool?

    public init(candidateList: CSVUpload? = nil, candidate: CandidateInput? = nil, applicant: PersonInput? = nil,
                note: String = "", evidence: [EvidenceInput] = [], confirmations: [String: String] = [:], draft: Bool = false,
                letterDate: String? = nil, agendaNumber: String? = nil, registeredAt: String? = nil, checkOnly: Bool? = nil) {
        self.checkOnly = checkOnly
        self.candidateList = candidateList
        self.candidate = candidate
        self.applicant = applicant
        self.note = note
        self.evidence = evidence
        self.confirmations = confirmations
        self.draft = draft
        self.letterDate = letterDate
        self.agendaNumber = agendaNumber
        self.registeredAt = registeredAt
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> FiledRequest {
        let candidates = try InputParsing.candidates(candidateList, candidate, catalogue: office.catalogue)
        let evidence = try InputParsing.evidence(self.evidence, sop: office.sop)
        let staff = try call.caller.staff(for: .file)
        if checkOnly != true { try await office.requireKeptFiles(self.evidence, for: nil, by: staff.actor) }
        let person: Person
        if let applicant {
            person = try InputParsing.person(applicant, label: "applicant")
        } else if office.sop.requestKind == .single, candidates.count == 1 {
            person = candidates[0].person
        } else {
            do {
                person = try Person(name: try PersonName(staff.actor.displayName), nip: staff.actor.nip, nik: nil, uid: staff.uid)
            } catch {
                throw .badInput(.noApplicantNIP)
            }
        }
        let letter = try letterDate.map { text throws(OfficeError) in try InputParsing.date(text, "letter date") }
        let registration = try self.registration(offset: office.sop.office.utcOffset)
        let filing = FileRequest(
            id: RequestIDPolicy.placeholder, applicant: person, candidates: candidates, note: note, evidence: evidence,
            confirmations: InputParsing.confirmations(confirmations), draft: draft ?? false, letterDate: letter,
            registration: registration)
        if checkOnly == true {
            try await office.check(.file(filing), by: staff.actor, at: call.now)
            return FiledRequest(request: "", nextStep: "", candidates: candidates.count, next: nil, confirmed: [], draft: draft ?? false)
        }
        let result = try await office.execute(.file(filing), by: staff.actor, at: call.now)
        guard let id = result.requestID else { throw .badInput(.filedWithoutID) }
        let progress = Views.progress(id, result.state, call.language)
        return FiledRequest(
            request: id.rawValue, nextStep: progress.next?.id ?? "", candidates: candidates.count, next: progress.next,
            confirmed: filing.warnings.map { Views.warning($0, call.language) }, draft: draft ?? false)
    }

    /// The agenda number and registration time, both or neither.
    private func registration(offset: UTCOffset) throws(OfficeError) -> LetterRegistration? {
        func given(_ text: String?) -> String? {
            guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        let agenda = given(agendaNumber), time = given(registeredAt)
        switch (agenda, time) {
        case (nil, nil): return nil
        case let (agenda?, time?):
            let at = try InputParsing.officeTime(time, offset: offset, "registered at")
            do throws(RequestError) { return try LetterRegistration(agenda: agenda, at: at) } catch { throw .badInput(.request(error)) }
        default: throw .badInput(.registrationIncomplete)
        }
    }
}

/// `POST /api/v1/requests/{id}/resubmit`: file a returned request again, optionally with a new candidate list.
public struct ResubmitCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/resubmit")
    public static let action = OfficeAction.resubmitRequest
    public var id: String
    public var candidateList: CSVUpload?
    public var candidate: CandidateInput?
    public var note: String
    public var evidence: [EvidenceInput]
    /// Identity warnings of a new candidate list, confirmed: warning id → note.
    public var confirmations: [String: String]?
    /// Only check, as ``FileRequestCommand/checkOnly``.
    public var checkOnly: Bool?

    public init(id: String, candidateList: CSVUpload? = nil, candidate: CandidateInput? = nil, note: String = "",
                evidence: [EvidenceInput] = [], confirmations: [String: String] = [:], checkOnly: Bool? = nil) {
        self.checkOnly = checkOnly
        self.id = id
        self.candidateList = candidateList
        self.candidate = candidate
        self.note = note
        self.evidence = evidence
        self.confirmations = confirmations
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        let candidates = candidateList == nil && candidate == nil
            ? nil : try InputParsing.candidates(candidateList, candidate, catalogue: office.catalogue)
        let evidence = try InputParsing.evidence(self.evidence, sop: office.sop)
        let staff = try call.caller.staff(for: .resubmit)
        let request = RequestID(rawValue: id)
        try Self.requireFilerOrCancelRole(request, staff.actor, try await office.state())
        if checkOnly != true { try await office.requireKeptFiles(self.evidence, for: id, by: staff.actor) }
        let command = WorkflowCommand.resubmit(
            request: request, candidates: candidates, note: note, evidence: evidence,
            confirmations: InputParsing.confirmations(confirmations))
        if checkOnly == true {
            try await office.check(command, by: staff.actor, at: call.now)
            return Views.progress(request, try await office.state(), call.language)
        }
        let result = try await office.execute(command, by: staff.actor, at: call.now)
        return Views.progress(request, result.state, call.language)
    }

    /// Only the official who filed a returned request, or a role that may cancel any request, files it again: nobody
    /// puts another candidate behind someone else's letter.
    static func requireFilerOrCancelRole(_ id: RequestID, _ actor: WorkflowActor, _ state: WorkflowState) throws(OfficeError) {
        guard let request = state.requests[id] else { return }
        let sop = state.sop
        guard LoginName.same(request.filedBy, actor.uid) || sop.permissions.cancel.contains(where: actor.holds) else {
            throw .refused(.access(.notFiler(request: id.rawValue, filedBy: request.filedBy)))
        }
    }
}

/// `POST /api/v1/requests/{id}/cancel`: withdraw a request (final).
public struct CancelCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/cancel")
    public static let action = OfficeAction.cancelRequest
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        let staff = try call.caller.staff(for: .cancel)
        let request = RequestID(rawValue: id)
        let result = try await office.execute(.cancel(request: request, reason: reason), by: staff.actor, at: call.now)
        return Views.progress(request, result.state, call.language)
    }
}
