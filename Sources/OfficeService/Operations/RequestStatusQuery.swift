import AccessStore
import AccessWorkflow
public import Foundation

/// `POST /api/v1/status`: where a request stands, for its applicant (pemohon), without a login — UU 25/2009 gives a
/// service user a decision within the published standard and a written answer; Mojokerto's step 4 is "memberikan
/// jawaban". The applicant proves the request is theirs with its number and the last six digits of their NIK (or NIP,
/// for an applicant without a NIK on record). A wrong answer and an unknown number get the same reply; wrong answers
/// are throttled per request and per client address (``Office/statusThrottle``). The answer names no person and no
/// number of anyone: the status in plain words, the step and the office role it waits for, since when and within what
/// standard, and the reason of a refusal or return. A POST, so the digits never stand in a URL or a server log.
public struct RequestStatusQuery: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/status")
    public static let action = OfficeAction.readRequestStatus
    /// The request number, e.g. REQ-2025-0001.
    public var request: String
    /// The last six digits of the applicant's NIK (or NIP).
    public var digits: String

    public init(request: String, digits: String) {
        self.request = request
        self.digits = digits
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestStatusView {
        let id = RequestID(rawValue: request.trimmingCharacters(in: .whitespaces).uppercased())
        let given = digits.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        guard given.count == 6, given.allSatisfy(\.isASCII), given.allSatisfy(\.isNumber) else {
            throw .badInput(.said(Phrase(id: "isi 6 digit terakhir NIK Anda (atau NIP bila tidak ber-NIK), misalnya 150001", en: "give the last 6 digits of your NIK (or NIP if you have no NIK), e.g. 150001")))
        }
        let address = call.caller.throttleKey
        let ticket = try await office.statusThrottle.reserve(user: "status:\(id.rawValue)", address: address)
        let state: WorkflowState
        do throws(OfficeError) { state = try await office.state() } catch {
            await office.statusThrottle.settle(ticket, .other)
            throw error
        }
        guard id.isWellFormed, let found = state.requests[id], Self.matches(given, found.applicant) else {
            await office.statusThrottle.settle(ticket, .wrongPassword)
            throw .notFound(.said(Phrase(
                id: "nomor permohonan dan 6 digit terakhir NIK tidak cocok dengan permohonan mana pun; periksa nomor pada tanda terima Anda, atau tanyakan ke loket",
                en: "the request number and the last 6 digits of the NIK match no request; check the number on your receipt, or ask at the front desk")))
        }
        await office.statusThrottle.settle(ticket, .success)
        return RequestStatusView(found, state: state, now: call.now, language: call.language)
    }

    /// True if `digits` are the last six of the applicant's NIK or NIP (compared in constant time).
    static func matches(_ digits: String, _ applicant: Person) -> Bool {
        var matched = false
        for number in [applicant.nik?.digits, applicant.nip?.digits].compactMap({ $0 }) where number.count >= 6 {
            if Digests.equal(String(number.suffix(6)), digits) { matched = true }
        }
        return matched
    }
}

/// Where a request stands, for its applicant: no name or number of anyone.
public struct RequestStatusView: Codable, Sendable, Hashable {
    public let request: String
    public let filedOn: String
    /// `inProgress`, `returned`, `rejected`, `cancelled` or `completed`.
    public let state: String
    /// The status in plain words.
    public let status: String
    /// The step it waits at and the office role that acts there (in progress only).
    public let step: String?, waitingFor: String?
    /// Since when it waits there, and the SOP's time standard for the step (in progress only).
    public let since: Date?, standard: String?
    /// The reason of a refusal, return or cancellation, as recorded.
    public let reason: String?
    /// What the applicant does next, in a sentence.
    public let next: String

    init(_ request: AccessRequest, state workflow: WorkflowState, now: Date, language: Language) {
        let sop = workflow.sop(of: request.id)
        let office = sop.office.name
        self.request = request.id.rawValue
        filedOn = CivilDate(request.filedAt, offset: sop.office.utcOffset).description
        status = request.status.text(in: language)
        var step: String?, waitingFor: String?, standard: String?, since: Date?, reason: String?
        let next: Phrase
        switch request.status {
        case .inProgress(let current):
            state = "inProgress"
            let definition = sop.step(current)
            step = definition?.title
            waitingFor = definition.map { sop.executorTitles($0) }
            standard = definition?.time.description
            since = request.lastActivity
            next = Phrase(id: "permohonan sedang diproses di \(office); tidak ada yang perlu Anda lakukan sekarang",
                          en: "the request is being processed at \(office); nothing for you to do now")
        case .returned(let why):
            state = "returned"
            reason = why
            next = Phrase(id: "permohonan dikembalikan untuk diperbaiki; lengkapi sesuai alasan di atas dan serahkan kembali ke loket",
                          en: "the request was returned for revision; complete it as the reason says and hand it in again at the front desk")
        case .rejected(let why):
            state = "rejected"
            reason = why
            next = Phrase(id: "permohonan ditolak; surat jawaban dengan alasannya dapat Anda minta di loket",
                          en: "the request was refused; ask at the front desk for the written answer with the reason")
        case .cancelled(let why):
            state = "cancelled"
            reason = why
            next = Phrase(id: "permohonan dibatalkan", en: "the request was cancelled")
        case .completed:
            state = "completed"
            next = Phrase(id: "permohonan selesai; username dan kata sandi awal diserahkan langsung kepada petugas yang bersangkutan, tidak melalui halaman ini",
                          en: "the request is complete; the username and initial password are handed to the person in person, never through this page")
        }
        self.step = step
        self.waitingFor = waitingFor
        self.standard = standard
        self.since = since
        self.reason = reason
        self.next = next.text(in: language)
    }
}
