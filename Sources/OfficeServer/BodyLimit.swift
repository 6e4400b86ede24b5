import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import OfficeService

/// How large a request body may be, by what it is: a login (16 KiB), a JSON command or a web form without files
/// (1 MiB), and what carries files (proposal lists and SK attachments in JSON, scans sent alone or with a web form:
/// 64 MiB). A body over its limit is refused with 413 from its `Content-Length` before a byte of it is read, or as
/// soon as a body without one passes the limit.
enum BodyLimit {
    static let login = 16 * 1024
    static let json = 1024 * 1024
    static let upload = 64 * 1024 * 1024

    /// The limit of an API body sent for `action`: the operations whose JSON carries a file (a proposal list, an SK
    /// attachment, a scan) take uploads; a step's scans go to `/api/v1/evidence` first, so approving is plain JSON.
    static func of(_ action: OfficeAction) -> Int {
        switch action {
        case .fileRequest, .resubmitRequest, .importDecree, .storeEvidence: upload
        case .login, .logout: login
        default: json
        }
    }

    /// The limit of a web form posted for `action`: the forms with a file field take uploads.
    static func ofForm(_ action: OfficeAction) -> Int {
        switch action {
        case .fileRequest, .approveStep, .importDecree, .confirmDecree, .signDecree: upload
        case .login, .logout: login
        default: json
        }
    }

    /// The body of `request`, refused (413) when it is, or says it is, larger than `limit`.
    static func collect(_ request: inout Request, upTo limit: Int) async throws(OfficeError) -> ByteBuffer {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw .tooLarge(.bodyTooLarge(limitKiB: limit / 1024))
        }
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw .tooLarge(.bodyTooLarge(limitKiB: limit / 1024))
        } catch {
            throw .badInput(.bodyUnreadable(maxMiB: max(1, limit / 1024 / 1024), detail: "\(error)"))
        }
    }
}
