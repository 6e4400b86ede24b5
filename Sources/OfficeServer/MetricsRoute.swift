import AccessStore
import Crypto
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import OfficeService

/// `GET /metrics`: the office's figures in the Prometheus text format, for a Prometheus on the server host
/// (loopback, as the client address says after trusted proxies) or one that presents a token whose SHA-256 is in
/// `api.metricsTokens`. Anyone else gets 404, as if there were nothing here. The figures name no person.
struct MetricsRoute: Sendable {
    let office: Office
    let clientAddress: ClientAddress

    func register(on router: Router<OfficeRequestContext>) {
        router.get("/metrics") { request, context in await answer(request, context) }
    }

    func answer(_ request: Request, _ context: OfficeRequestContext) async -> Response {
        let address = clientAddress.of(request, peer: context.address)
        guard OfficeServerApp.isLoopback(address) || presentsToken(request) else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "not found\n")))
        }
        do throws(OfficeError) {
            let text = try await office.metrics.render(office, now: office.clock.now())
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: text)))
        } catch {
            return APIResponse.error(error)
        }
    }

    private func presentsToken(_ request: Request) -> Bool {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return false }
        let token = String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { return false }
        let digest = SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
        return (office.settings.raw.api?.metricsTokens ?? []).contains { Digests.equal($0.lowercased(), digest) }
    }
}
