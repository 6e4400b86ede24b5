import AccessStore
import AccessWorkflow
import Foundation

/// `POST /api/v1/requests`: file a request (the SOP's first step): one candidate, or a proposal list.
public struct FileRequestCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests")
    /// A proposal list (CSV with Nama, NIP, NIK, Peran, Unit Kerja, Jabatan) …
    public var candidateList: CSVUpload?
    /// … or one candidate.
    public var candidate: CandidateInput?
    /// The applicant (pemohon) when it is not the one filing; default: the candidate of a single request, else
    /// the official filing.
    public var applicant: PersonInput?
    public var note: String
    public var evidence: [EvidenceInput]

    public init(candidateList: CSVUpload? = nil, candidate: CandidateInput? = nil, applicant: PersonInput? = nil,
                note: String = "", evidence: [EvidenceInput] = []) {
        self.candidateList = candidateList
        self.candidate = candidate
        self.applicant = applicant
        self.note = note
        self.evidence = evidence
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> FiledRequest {
        let candidates = try InputParsing.candidates(candidateList, candidate, catalogue: office.catalogue)
        let evidence = try InputParsing.evidence(self.evidence, sop: office.sop)
        let staff = try call.caller.staff(for: "filing a request")
        let person: Person
        if let applicant {
            person = try InputParsing.person(applicant, label: "applicant")
        } else if office.sop.requestKind == .single, candidates.count == 1 {
            person = candidates[0].person
        } else {
            do {
                person = try Person(name: try PersonName(staff.actor.displayName), nip: staff.actor.nip, nik: nil, uid: staff.uid)
            } catch {
                throw .badInput("you have no NIP on record to stand as applicant; give --applicant-name and --applicant-nip")
            }
        }
        let filing = FileRequest(
            id: RequestIDPolicy.placeholder, applicant: person, candidates: candidates, note: note, evidence: evidence)
        let result = try await office.execute(.file(filing), by: staff.actor, at: call.now)
        guard let id = result.requestID else { throw .badInput("the request was filed without an id") }
        let next = result.state.currentStep(of: id)
        return FiledRequest(
            request: id.rawValue, nextStep: next?.id.rawValue ?? "", candidates: candidates.count,
            next: next.map { Views.step($0, office.sop) })
    }
}

/// `POST /api/v1/requests/{id}/resubmit`: file a returned request again, optionally with a new candidate list.
public struct ResubmitCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/resubmit")
    public var id: String
    public var candidateList: CSVUpload?
    public var candidate: CandidateInput?
    public var note: String
    public var evidence: [EvidenceInput]

    public init(id: String, candidateList: CSVUpload? = nil, candidate: CandidateInput? = nil, note: String = "",
                evidence: [EvidenceInput] = []) {
        self.id = id
        self.candidateList = candidateList
        self.candidate = candidate
        self.note = note
        self.evidence = evidence
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        let candidates = candidateList == nil && candidate == nil
            ? nil : try InputParsing.candidates(candidateList, candidate, catalogue: office.catalogue)
        let evidence = try InputParsing.evidence(self.evidence, sop: office.sop)
        let staff = try call.caller.staff(for: "resubmitting a request")
        let request = RequestID(rawValue: id)
        let result = try await office.execute(
            .resubmit(request: request, candidates: candidates, note: note, evidence: evidence), by: staff.actor, at: call.now)
        return Views.progress(request, result.state)
    }
}

/// `POST /api/v1/requests/{id}/cancel`: withdraw a request (final).
public struct CancelCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/requests/{id}/cancel")
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestProgress {
        let staff = try call.caller.staff(for: "cancelling a request")
        let request = RequestID(rawValue: id)
        let result = try await office.execute(.cancel(request: request, reason: reason), by: staff.actor, at: call.now)
        return Views.progress(request, result.state)
    }
}
