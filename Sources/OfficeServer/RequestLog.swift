import AccessWorkflow
import CoreMetrics
import Foundation
import Hummingbird
import HTTPTypes
import Logging
import OfficeService

/// One log line per request — method, path without its query, status, duration, who, from where — and never a
/// header or a body (so no password, token or cookie reaches the log). Adds the rehearsal header and a few
/// protective headers to every response, and turns the router's own errors (404, 405) into the API's JSON errors.
struct RequestLog: RouterMiddleware {
    typealias Context = OfficeRequestContext
    let rehearsal: Bool
    let clock: OfficeClock
    /// Under TLS: browsers are told to use HTTPS only for a year.
    let hsts: Bool
    /// Where each request's time goes (`hakakses_http_request_duration_seconds`, by method, area and status).
    let metrics: OfficeMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            let kind: OfficeErrorKind = error.status == .notFound ? .notFound : .badInput
            let language = Language.of(request)
            let message = switch (error.status == .notFound, language) {
            case (true, .indonesian): "alamat ini tidak ada: \(request.method) \(request.uri.path)"
            case (true, .english): "no such address: \(request.method) \(request.uri.path)"
            case (false, _): "\(request.method) \(request.uri.path): \(error.status.reasonPhrase)"
            }
            response = APIResponse.error(.remote(kind, message), language)
            if error.status == .methodNotAllowed { response.status = .methodNotAllowed }
        } catch {
            response = APIResponse.error(.remote(.badInput, "the request failed: \(error)"))
        }
        if rehearsal {
            response.headers[.rehearsal] = "true; now=\(OfficeClock.format(clock.now()))"
        } else if request.headers[.rehearsalTime] != nil {
            response.headers[.rehearsal] = WireHeader.rehearsalIgnored
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        if hsts { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        let elapsed = ContinuousClock.now - started
        let area = request.uri.path.hasPrefix("/api/") ? "api" : request.uri.path == "/metrics" ? "metrics" : "web"
        CoreMetrics.Timer(
            label: "hakakses_http_request_duration_seconds",
            dimensions: [("method", request.method.rawValue), ("area", area), ("status", String(response.status.code))],
            factory: metrics.factory
        ).record(duration: elapsed)
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("request", metadata: [
            "method": "\(request.method)", "path": "\(request.uri.path)", "status": "\(response.status.code)",
            "ms": "\(String(format: "%.1f", milliseconds))", "address": "\(context.address)",
        ])
        return response
    }
}
