import Foundation
import NIOHTTP1
import OfficeServer
import OfficeService
import Testing
import Yams

/// The server honours its OpenAPI document where a contract test (scripts/contract-test, Schemathesis) found it did
/// not: optional query parameters take their documented defaults, a required one left out is said in Bahasa
/// Indonesia naming it, a method an address does not have is 405 with `Allow`, and the statuses it answers are
/// documented for the operation.
@Suite("Office server: the OpenAPI contract")
struct ContractTests {
    /// The statuses the document lists for `method path`.
    static func documentedStatuses(_ method: String, _ path: String) throws -> Set<Int> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("openapi/hakakses.yaml"), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        let item = try #require(paths[path] as? [String: Any], "\(path) is not documented")
        let operation = try #require(item[method.lowercased()] as? [String: Any], "\(method) \(path) is not documented")
        let responses = try #require(operation["responses"] as? [String: Any])
        return Set(responses.keys.compactMap { Int($0) })
    }

    @Test("optional query parameters left out take the document's defaults; a required one left out is said in Bahasa Indonesia")
    func queryDefaults() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let bearer = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kadis.uid)))")]
            let sla = try await api.send(.GET, "/api/v1/sla", headers: bearer)
            #expect(sla.status == 200, "all defaults to false: \(sla)")
            let audit = try await api.send(.GET, "/api/v1/audit", headers: bearer)
            #expect(audit.status == 200, "from defaults to 1, limit to 200: \(audit)")
            let records = try JSONSerialization.jsonObject(with: audit.body) as? [Any]
            #expect((records?.count ?? 0) > 0 && (records?.count ?? 0) <= 200, "\(audit)")
            let limited = try await api.send(.GET, "/api/v1/audit?limit=1", headers: bearer)
            let limitedRecords = try JSONSerialization.jsonObject(with: limited.body) as? [Any]
            #expect(limited.status == 200 && limitedRecords?.count == 1, "\(limited)")

            let decree = try await api.send(.GET, "/api/v1/decree", headers: bearer)
            #expect(decree.status == 400 && decree.errorKind == "badInput", "\(decree)")
            #expect(decree.errorMessage == "parameter number wajib diisi: tambahkan ?number=… pada alamat", "\(decree)")
            let notANumber = try await api.send(.GET, "/api/v1/audit?limit=banyak", headers: bearer)
            #expect(notANumber.status == 400, "\(notANumber)")
            #expect(notANumber.errorMessage?.hasPrefix("parameter limit=banyak bukan bilangan bulat") == true, "\(notANumber)")
            let notABoolean = try await api.send(.GET, "/api/v1/sla?all=mungkin", headers: bearer)
            #expect(notABoolean.status == 400 && notABoolean.errorMessage?.contains("all=true atau all=false") == true, "\(notABoolean)")
            for reply in [decree, notANumber, notABoolean] {
                #expect(reply.errorMessage?.contains("kesalahan teknis") == false, "no technical leak: \(reply)")
                #expect(reply.errorMessage?.contains("missing") == false && reply.errorMessage?.contains("parameter the") == false, "\(reply)")
            }
            let english = try await api.send(.GET, "/api/v1/decree", headers: bearer + [("Accept-Language", "en")])
            #expect(english.errorMessage == "the query parameter number is missing: add ?number=… to the address", "\(english)")
        }
    }

    @Test("a method an address does not have is 405 with Allow listing the methods it has; an unknown address stays 404")
    func methodNotAllowed() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let cases: [(HTTPMethod, String, String)] = [
                (.DELETE, "/api/v1/sla", "GET"),
                (.PUT, "/api/v1/session", "DELETE, GET, POST"),
                (.DELETE, "/api/v1/requests/REQ-2026-0001", "GET"),
                (.GET, "/api/v1/requests/REQ-2026-0001/approve", "POST"),
                (.PATCH, "/api/v1/requests", "GET, POST"),
            ]
            for (method, path, allowed) in cases {
                let reply = try await api.send(method, path)
                #expect(reply.status == 405, "\(method) \(path): \(reply)")
                #expect(reply.headers["Allow"].first == allowed, "\(method) \(path): \(reply.headers)")
                #expect(reply.errorMessage?.contains("tidak menerima metode \(method.rawValue)") == true, "\(reply)")
            }
            let unknown = try await api.send(.GET, "/api/v1/nothing-here")
            #expect(unknown.status == 404, "\(unknown)")
            #expect(unknown.errorMessage == "alamat ini tidak ada: GET /api/v1/nothing-here", "\(unknown)")
            let served = try await api.send(.GET, "/api/v1/sla")
            #expect(served.status == 401, "a method the address has is routed as before: \(served)")
        }
    }

    @Test("the statuses the server answers are documented for their operation")
    func statusesDocumented() async throws {
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let bearer = [("Authorization", "Bearer \(APIClient.token(try await api.login(Staff.kadis.uid)))")]
            let cases: [(path: String, documented: String, headers: [(String, String)], status: Int)] = [
                // 401 without a login: GET /api/v1/requests did not list it.
                ("/api/v1/requests", "/api/v1/requests", [], 401),
                // 400 for a limit out of range, and for a required parameter left out: neither was listed.
                ("/api/v1/audit?limit=100001", "/api/v1/audit", bearer, 400),
                ("/api/v1/decree", "/api/v1/decree", bearer, 400),
                ("/api/v1/roster?date=", "/api/v1/roster", bearer, 400),
            ]
            for item in cases {
                let reply = try await api.send(.GET, item.path, headers: item.headers)
                #expect(reply.status == item.status, "GET \(item.path): \(reply)")
                let documented = try Self.documentedStatuses("GET", item.documented)
                #expect(documented.contains(reply.status), "GET \(item.path) answers \(reply.status), undocumented")
            }
        }
    }
}
