import AccessWorkflow
import Foundation

/// `POST /api/v1/sessions/end`: end every session of another official at once (a lost laptop, a removed official):
/// their tokens and cookies stop working; they log in again if they still may.
public struct EndSessionsCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/sessions/end")
    public static let action = OfficeAction.endSessions
    /// The official's login.
    public var uid: String

    public init(uid: String) { self.uid = uid }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> EndedSessions {
        let key = try StaffLogin.loginKey(uid)
        if case .staff(let staff) = call.caller, LoginName.same(staff.uid, key) {
            throw .refused(.access(.ownSessions))
        }
        let ended = await office.sessions.endAll(uid: key)
        return EndedSessions(uid: key, ended: ended)
    }
}

/// How many sessions of an official were ended.
public struct EndedSessions: Codable, Sendable {
    public let uid: String
    public let ended: Int
}
