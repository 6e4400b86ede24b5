import AccessStore
import AccessWorkflow
public import Foundation

/// One acting assignment (Plt./Plh.).
public struct ActingRow: Codable, Sendable, Hashable {
    public let uid: String, role: String, roleTitle: String, kind: String, from: String, until: String, letter: String
    public let recordedBy: String, recordedAt: Date
    /// In force today.
    public let current: Bool
}

/// `POST /api/v1/acting`: record that official `uid` acts (Plt./Plh.) in `role` from `from` to `until`, by letter
/// `letter`; it ends by itself. The acting official's steps are recorded as acting, printed as "Plh. Kepala Dinas"
/// with their own name; segregation of duties applies to the person.
public struct AssignActingCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/acting")
    public static let action = OfficeAction.assignActing
    public var uid: String
    public var role: String
    /// `plt` or `plh`.
    public var kind: String
    public var from: String
    public var until: String
    public var letter: String

    public init(uid: String, role: String, kind: String, from: String, until: String, letter: String) {
        self.uid = uid
        self.role = role
        self.kind = kind
        self.from = from
        self.until = until
        self.letter = letter
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ActingRow {
        let staff = try call.caller.staff(for: .acting)
        guard let kind = ActingKind(rawValue: kind.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ". "))) else {
            throw .badInput(.said(Phrase(id: "--kind harus plt atau plh, bukan '\(kind)'", en: "--kind is plt or plh, not '\(kind)'")))
        }
        let login = try StaffLogin.loginKey(uid)
        let result = try await office.execute(
            .assignActing(uid: login, role: WorkflowRole(rawValue: role.trimmingCharacters(in: .whitespaces).lowercased()), kind: kind,
                          from: try InputParsing.date(from, "--from"), until: try InputParsing.date(until, "--until"), letter: letter),
            by: staff.actor, at: call.now)
        guard let assignment = result.state.actingAssignments.last else {
            throw .refused(.said(Phrase(id: "penunjukan tercatat tetapi tidak terbaca kembali; jalankan `hakakses audit verify`",
                                        en: "the assignment was recorded but does not read back; run `hakakses audit verify`")))
        }
        return ActingViews.row(assignment, state: result.state, today: office.today(call.now))
    }
}

/// `GET /api/v1/acting`: every acting assignment, newest first.
public struct ActingListQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/acting")
    public static let action = OfficeAction.listActing
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [ActingRow] {
        let state = try await office.state()
        let today = office.today(call.now)
        return state.actingAssignments.reversed().map { ActingViews.row($0, state: state, today: today) }
    }
}

enum ActingViews {
    static func row(_ a: ActingAssignment, state: WorkflowState, today: CivilDate) -> ActingRow {
        ActingRow(
            uid: a.uid, role: a.role.rawValue, roleTitle: state.sop.role(a.role)?.title ?? a.role.rawValue, kind: a.kind.rawValue, from: a.from.description,
            until: a.until.description, letter: a.letter, recordedBy: a.recordedBy.uid, recordedAt: a.at,
            current: a.from <= today && today <= a.until)
    }
}
