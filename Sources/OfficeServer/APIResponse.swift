import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import AccessWorkflow
import OfficeService

/// The API's answers: JSON bodies, and errors as `{"error": {"kind": …, "message": …}}` with the status of their
/// kind. Nothing here ever contains a password or a token except the login answer itself.
enum APIResponse {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        do {
            let data = try OperationTransport.encoder().encode(value)
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return self.error(.badInput(.answerUnencodable("\(error)")))
        }
    }

    /// The error said in `language` (the caller's, from `Accept-Language`; the office's own, Indonesian, by default);
    /// its `kind` is the same in every language.
    static func error(_ error: OfficeError, _ language: Language = .indonesian) -> Response {
        let body = WireErrorBody(kind: error.kind.rawValue, message: error.text(in: language))
        let data = (try? OperationTransport.encoder().encode(body)) ?? Data(#"{"error":{"kind":"badInput","message":"error"}}"#.utf8)  // try?: encoding a plain error body cannot fail; the fixed body stands in if it ever did
        var headers: HTTPFields = [
            .contentType: "application/json; charset=utf-8", .cacheControl: "no-store", .contentLanguage: language.rawValue,
        ]
        headers[.errorKind] = error.kind.rawValue
        if case .throttled(let seconds) = error { headers[.retryAfter] = String(seconds) }
        if error.kind == .unauthenticated { headers[.wwwAuthenticate] = "Bearer realm=\"hak-akses\"" }
        return Response(
            status: HTTPResponse.Status(code: error.kind.httpStatus), headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

}

extension HTTPField.Name {
    /// Request: the time a rehearsal caller names for its call. Response: whether the server honoured it.
    static let rehearsalTime = HTTPField.Name(WireHeader.rehearsalTime)!
    static let rehearsal = HTTPField.Name(WireHeader.rehearsal)!
    static let csrfToken = HTTPField.Name(WireHeader.csrfToken)!
    /// Response: the kind of a refusal or failure (`forbidden`, `refused`, …), on API errors and on web pages that
    /// show one, so that a client or a test can tell the access policy's refusal from a rule of the workflow.
    static let errorKind = HTTPField.Name(WireHeader.errorKind)!
}
