import Foundation
public import Hummingbird
import NIOCore
import OfficeService

/// What a request carries through the server: the client's address (for login throttling), and once
/// authenticated, the session and how it was presented.
public struct OfficeRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address (behind a reverse proxy on the same host: the proxy's).
    public let address: String
    /// The staff member of the session, when authenticated.
    var staff: StaffSession?
    /// Set by the request log: who made the request, for the log line.
    var uid: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        address = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The largest body any route accepts (each route has its own limit: ``BodyLimit``).
    public var maxUploadSize: Int { BodyLimit.upload }
}
