import Foundation
import NIOHTTP1
import OfficeServer
import OfficeService
import Testing
import Yams

/// `openapi/hakakses.yaml` describes exactly the routes the server serves.
@Suite("Office server: the OpenAPI document")
struct OpenAPITests {
    static func documentedRoutes() throws -> Set<String> {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("openapi/hakakses.yaml"), encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        var routes = Set<String>()
        for (path, item) in paths {
            let methods = try #require(item as? [String: Any])
            for method in methods.keys where ["get", "post", "delete", "put", "patch"].contains(method) {
                routes.insert("\(method.uppercased()) \(path)")
            }
        }
        return routes
    }

    @Test("every route of the server is in the document, and every documented route is served")
    func sameRoutes() throws {
        let documented = try Self.documentedRoutes()
        let served = Set(OfficeAPI.routes.map(\.description))
        #expect(served.count == OfficeAPI.routes.count, "no route is registered twice")
        #expect(served.subtracting(documented).isEmpty, "served but not documented: \(served.subtracting(documented).sorted())")
        #expect(documented.subtracting(served).isEmpty, "documented but not served: \(documented.subtracting(served).sorted())")
    }

    @Test("each documented route answers on a running server (401 without a login, never 404 or 405)")
    func documentedRoutesAnswer() async throws {
        let documented = try Self.documentedRoutes()
        try await withOffice(.mojokerto, mode: .server) { office in
            let api = APIClient(base: try #require(office.serverURL))
            for route in documented.sorted() {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = HTTPMethod(rawValue: String(parts[0]))
                let path = String(parts[1]).replacingOccurrences(of: "{id}", with: "REQ-2026-0001")
                let reply = try await api.send(method, path, json: method == .GET ? nil : [String: String]())
                switch route {
                case "GET /api/v1/health": #expect(reply.status == 200, "\(route): \(reply)")
                case "POST /api/v1/session": #expect(reply.status == 400, "\(route): \(reply)")
                case "POST /api/v1/status", "POST /api/v1/account/password", "POST /api/v1/account/reset-request":
                    #expect(reply.status == 400 && reply.errorKind == "badInput", "open to anyone, refuses empty fields: \(route): \(reply)")
                default: #expect(reply.status == 401 && reply.errorKind == "unauthenticated", "\(route): \(reply)")
                }
            }
        }
    }
}
