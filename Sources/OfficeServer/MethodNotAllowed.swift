import AccessWorkflow
import Hummingbird
import HTTPTypes
import OfficeService

/// A request to an address of the API with a method the address does not have answers 405 with `Allow` listing the
/// methods it has, instead of the router's 404: the routes (``OfficeAPI/routes``) are the one list of what exists,
/// so no route repeats this.
struct MethodNotAllowed: RouterMiddleware {
    typealias Context = OfficeRequestContext
    /// Each route's path split into segments (`{…}` matches any one segment), with its methods.
    private let patterns: [(segments: [Substring], methods: Set<String>)]

    init(routes: [OfficeRoute]) {
        var methods: [String: Set<String>] = [:]
        for route in routes { methods[route.path, default: []].insert(route.method.rawValue) }
        patterns = methods.keys.sorted().map { path in (path.split(separator: "/"), methods[path] ?? []) }
    }

    /// The methods the address has, sorted; empty if there is no such address.
    func allowed(at path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        var methods: Set<String> = []
        for pattern in patterns where pattern.segments.count == segments.count {
            let matches = zip(pattern.segments, segments).allSatisfy { expected, given in
                (expected.hasPrefix("{") && expected.hasSuffix("}")) || expected == given
            }
            if matches { methods.formUnion(pattern.methods) }
        }
        return methods.sorted()
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = allowed(at: request.uri.path)
            guard !allowed.isEmpty, !allowed.contains(request.method.rawValue) else { throw error }
            let list = allowed.joined(separator: ", ")
            let message = switch Language.of(request) {
            case .english: "\(request.uri.path) does not take \(request.method.rawValue); use \(list)"
            case .indonesian: "\(request.uri.path) tidak menerima metode \(request.method.rawValue); gunakan \(list)"
            }
            var response = APIResponse.error(.remote(.badInput, message), Language.of(request))
            response.status = .methodNotAllowed
            response.headers[.allow] = list
            return response
        }
    }
}
