import AccessWorkflow
import Foundation
import NIOHTTP1
import OfficeServer
import OfficeService
import Testing
import WorkflowFixtures

/// Every route of the API and every page of the web, called by every kind of official a hostile office has — each
/// workflow role, a login typed in capitals, an official in no workflow group, one removed from his group after he
/// logged in, one locked after he logged in, and nobody — against a running server, each answer checked against the
/// access policy's table: admitted means neither 401 nor `forbidden`; refused means exactly that.
@Suite("Authorization: the hostile-official matrix")
struct AuthorizationMatrixTests {
    /// Who calls.
    enum Caller: CustomStringConvertible {
        case role(StaffMember)
        case capitalised(StaffMember)
        case noRole, removed, locked, noSession

        var description: String {
            switch self {
            case .role(let member): member.uid
            case .capitalised(let member): member.uid.uppercased()
            case .noRole: "no role (\(Hostile.pegawai.uid))"
            case .removed: "removed mid-session (\(Hostile.removed.uid))"
            case .locked: "locked (\(Hostile.locked.uid))"
            case .noSession: "no session"
            }
        }

        /// The login typed, if any.
        var login: String? {
            switch self {
            case .role(let member): member.uid
            case .capitalised(let member): member.uid.uppercased()
            case .noRole: Hostile.pegawai.uid
            case .removed: Hostile.removed.uid
            case .locked: Hostile.locked.uid
            case .noSession: nil
            }
        }

        /// Its workflow roles as the directory says once the matrix runs.
        var roles: Set<WorkflowRole> {
            switch self {
            case .role(let member), .capitalised(let member): Set(member.roles.map { WorkflowRole(rawValue: $0) })
            case .noRole, .removed, .locked, .noSession: []
            }
        }

        var hasSession: Bool {
            switch self {
            case .noRole, .noSession: false
            default: true
            }
        }
    }

    /// Whether the policy admits `caller` to `action`, and the route is `route` (logout ends any session).
    static func admitted(_ caller: Caller, _ action: OfficeAction, sop: SOPDefinition) -> Bool {
        let rule = AccessPolicy.rule(for: action)
        if rule.audience == .anyone { return true }
        guard caller.hasSession else { return false }
        if action == .logout { return true }
        if case .locked = caller { return false }
        guard let roles = rule.audience.roles(in: sop) else { return true }
        return !roles.isDisjoint(with: caller.roles)
    }

    @Test("every API route and every web page × every kind of caller answers as the policy says")
    func matrix() async throws {
        let documented = try OpenAPITests.documentedRoutes()
        for route in documented {
            #expect(Hostile.action(of: route) != nil, "\(route) is served but has no action in the access policy")
        }
        try await withOffice(
            .sukamara, mode: .server, extraStaff: [Hostile.pegawai, Hostile.removed, Hostile.locked],
            configure: Hostile.freshAuthority
        ) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let sop = try Fixtures.sukamara()
            var callers: [Caller] = OfficeKind.sukamara.staff.map { .role($0) }
            callers += [.capitalised(Staff.kasi), .noRole, .removed, .locked, .noSession]

            // Log everyone in first, twice (a session for the API, one for the web pages); the one in no workflow
            // group is refused at the door.
            var sessions: [String: (token: String, csrf: String, cookie: String)] = [:]
            var webSessions: [String: (token: String, csrf: String, cookie: String)] = [:]
            for caller in callers {
                guard let login = caller.login else { continue }
                for web in [false, true] {
                    let reply = try await api.login(login)
                    if case .noRole = caller {
                        #expect(reply.status == 403 && reply.errorKind == "forbidden", "a login with no workflow role: \(reply)")
                        continue
                    }
                    try #require(reply.status == 200, "\(caller): \(reply)")
                    if case .capitalised(let member) = caller {
                        #expect((reply.json["staff"] as? [String: Any])?["uid"] as? String == member.uid, "the session is the entry's own uid")
                    }
                    let session = (APIClient.token(reply), APIClient.csrf(reply), reply.cookie("hakakses_session") ?? "")
                    if web { webSessions[caller.description] = session } else { sessions[caller.description] = session }
                }
            }
            // Then the directory changes under two of them.
            try await Hostile.removeFromGroup(Hostile.removed.uid, role: "kasi", in: office.directory)
            try await Hostile.lock(Hostile.locked.uid, in: office.directory)

            var allowed = 0, denied = 0
            // API: logout last (it ends the session).
            let routes = documented.sorted { ($0 == "DELETE /api/v1/session" ? 1 : 0, $0) < ($1 == "DELETE /api/v1/session" ? 1 : 0, $1) }
            for caller in callers {
                for route in routes where route != "POST /api/v1/session" {
                    let action = try #require(Hostile.action(of: route))
                    let parts = route.split(separator: " ", maxSplits: 1)
                    let method = HTTPMethod(rawValue: String(parts[0]))
                    let path = String(parts[1]).replacingOccurrences(of: "{id}", with: "REQ-2026-0001")
                    let headers = sessions[caller.description].map { [("Authorization", "Bearer \($0.token)")] } ?? []
                    let reply = try await api.send(method, path, headers: headers, json: method == .POST ? [String: String]() : nil)
                    if case .locked = caller, action == .logout {
                        // Logging out is any session's; the lock already ended his.
                        allowed += 1
                        #expect(reply.status == 204 || reply.status == 401, "\(caller) \(route): \(reply)")
                    } else if Self.admitted(caller, action, sop: sop) {
                        allowed += 1
                        #expect(reply.status != 401 && reply.errorKind != "forbidden", "\(caller) \(route) should pass the gate: \(reply)")
                    } else {
                        denied += 1
                        if case .locked = caller {
                            // The first call that finds the lock ends every session of the official; then 401.
                            #expect((reply.status == 403 && reply.errorKind == "forbidden") || (reply.status == 401 && reply.errorKind == "unauthenticated"),
                                    "\(caller) \(route) should be refused: \(reply)")
                            continue
                        }
                        let expected = caller.hasSession ? (403, "forbidden") : (401, "unauthenticated")
                        #expect(reply.status == expected.0 && reply.errorKind == expected.1, "\(caller) \(route) should be refused: \(reply)")
                    }
                }
            }
            // Web: by cookie, with the second sessions (the API's logout ended the first).
            var pagesAllowed = 0, pagesDenied = 0
            for caller in callers {
                for page in WebPage.allCases {
                    let path = page.path.replacingOccurrences(of: "{id}", with: "REQ-2026-0001")
                    let session = webSessions[caller.description]
                    var headers = session.map { [("Cookie", "hakakses_session=\($0.cookie)")] } ?? []
                    var body: String?
                    if page.method == .post {
                        headers.append(("Content-Type", "application/x-www-form-urlencoded"))
                        body = "csrf_token=\(session?.csrf ?? "")"
                    }
                    let method: HTTPMethod = page.method == .post ? .POST : .GET
                    let reply = try await api.send(method, path, headers: headers, body: body)
                    let kind = reply.headers.first(name: "Hakakses-Error-Kind")
                    if Self.admitted(caller, page.action, sop: sop) {
                        pagesAllowed += 1
                        #expect(reply.status != 303 && kind != "forbidden", "\(caller) \(page.method) \(path) should pass the gate: \(reply.status) \(kind ?? "")")
                    } else {
                        pagesDenied += 1
                        if case .locked = caller {
                            // The lock ended his web session too: back to the login page.
                            #expect(reply.status == 303 && reply.headers.first(name: "Location") == "/login", "\(caller) \(path): \(reply.status)")
                        } else if caller.hasSession {
                            #expect(reply.status == 403 && kind == "forbidden", "\(caller) \(page.method) \(path) should be refused: \(reply.status) \(kind ?? "")")
                        } else {
                            #expect(reply.status == 303 && reply.headers.first(name: "Location") == "/login", "\(caller) \(path): \(reply.status)")
                        }
                    }
                }
            }
            print("authorization matrix: \(routes.count - 1) API routes × \(callers.count) callers: \(allowed) admitted, \(denied) refused; "
                + "\(WebPage.allCases.count) web pages × \(callers.count) callers: \(pagesAllowed) admitted, \(pagesDenied) refused")
            #expect(allowed > 0 && denied > 0 && pagesAllowed > 0 && pagesDenied > 0)
        }
    }
}
