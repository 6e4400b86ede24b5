import AccessWorkflow
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import OfficeService

/// What a page handler knows about the request: the official (when logged in), the language, the CSRF token the
/// forms must echo, and the path to come back to.
struct WebRequest: Sendable {
    let session: StaffSession
    let csrfToken: String
    let language: Language
    let path: String
    /// The office's time for this call (the rehearsal clock when the office is a rehearsal).
    let now: Date

    var caller: OfficeCaller { .staff(session) }
}

/// Responses of the web pages: HTML that is never cached (it holds personal data; the handover page holds a
/// password), a strict content security policy (no scripts, no inline styles, no framing), redirects.
enum WebResponse {
    static let securityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
        ]
        headers[.contentSecurityPolicy] = securityPolicy
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }

    /// A page showing a refusal or failure: the status of its kind, and its kind in `Hakakses-Error-Kind` (so that a
    /// client or a test can tell the access policy's refusal from a rule of the workflow).
    static func html(_ page: HTML, failure error: OfficeError) -> Response {
        var response = html(page, status: HTTPResponse.Status(code: error.kind.httpStatus))
        response.headers[.errorKind] = error.kind.rawValue
        return response
    }

    /// 303 See Other: after a form is handled, the browser fetches `location` (so a reload does not post again).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    static func file(_ bytes: [UInt8], contentType: String, name: String) -> Response {
        let safe = name.filter { $0.isLetter || $0.isNumber || "._-".contains($0) }
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType, .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"\(safe.isEmpty ? "dokumen" : safe)\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
