import Crypto
import Foundation
import Testing

/// Issue 22, item 4: `/metrics` answers the server host itself, or a Prometheus elsewhere that presents a token
/// whose SHA-256 is configured; anyone else (here: a client behind the office's trusted proxy) gets 404.
@Suite("Office server: who may read /metrics")
struct MetricsAccessTests {
    @Test("loopback yes; a remote client no, even with a wrong token; with the configured token yes")
    func access() async throws {
        let token = "prometheus-di-server-pusat"
        let digest = SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
        let configure: (String) -> String = {
            Hostile.setting(Hostile.setting($0, "trustedProxies: [127.0.0.1]"), "metricsTokens: [\(digest)]")
        }
        try await withOffice(.sukamara, mode: .server, configure: configure) { office in
            let api = APIClient(base: try #require(office.serverURL))
            let local = try await api.send(.GET, "/metrics")
            #expect(local.status == 200 && local.text.contains("hakakses_outbox_pending"), "\(local.status)")
            let remote = [("X-Forwarded-For", "203.0.113.9")]
            let refused = try await api.send(.GET, "/metrics", headers: remote)
            #expect(refused.status == 404 && !refused.text.contains("hakakses_"), "\(refused.status)")
            let wrong = try await api.send(.GET, "/metrics", headers: remote + [("Authorization", "Bearer salah")])
            #expect(wrong.status == 404)
            let allowed = try await api.send(.GET, "/metrics", headers: remote + [("Authorization", "Bearer \(token)")])
            #expect(allowed.status == 200 && allowed.text.contains("hakakses_bridge_passes_total"), "\(allowed.status)")
        }
    }
}
