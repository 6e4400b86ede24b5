public import Foundation

/// How an operation travels over HTTP: path parameters from its properties of the same name, the other properties
/// as the query string (GET) or as a JSON body (POST). Shared by the server and the client so the two cannot drift.
public enum OperationTransport {
    /// JSON on the wire: ISO 8601 dates, sorted keys.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// The client's side: the path with its parameters filled in (percent-encoded), the query (GET) and the body
    /// (POST).
    public static func request<Operation: OfficeOperation>(_ operation: Operation) throws(OfficeError)
        -> (path: String, query: [URLQueryItem], body: Data?)
    {
        let fields = try self.fields(of: operation)
        var path = Operation.route.path
        var rest = fields
        for name in Operation.route.parameters {
            guard let value = fields[name] as? String, !value.isEmpty else {
                throw .badInput(.parameterMissing(name))
            }
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "/?#")
            path = path.replacingOccurrences(
                of: "{\(name)}", with: value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)
            rest[name] = nil
        }
        switch Operation.route.method {
        case .get, .delete:
            let flat = Self.flat(rest)
            return (path, flat.keys.sorted().map { URLQueryItem(name: $0, value: flat[$0]) }, nil)
        case .post:
            do {
                return (path, [], try encoder().encode(operation))
            } catch {
                throw .badInput(.operationUnencodable("\(Operation.self)", detail: "\(error)"))
            }
        }
    }

    /// The properties of an operation as JSON values.
    private static func fields(of operation: some Encodable) throws(OfficeError) -> [String: Any] {
        let name = "\(type(of: operation))"
        do {
            let data = try encoder().encode(operation)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw OfficeError.badInput(.operationNotObject(name))
            }
            return object
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .badInput(.operationUnencodable(name, detail: "\(error)"))
        }
    }

    /// The text, number and boolean fields as query parameters; other values have no place in a query.
    private static func flat(_ fields: [String: Any]) -> [String: String] {
        fields.compactMapValues { value -> String? in
            switch value {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            case let flag as Bool: flag ? "true" : "false"
            default: nil
            }
        }
    }

    /// The server's side: the operation from the path parameters, the query (GET) or the JSON body (POST); path
    /// parameters win over the same names in the body.
    public static func operation<Operation: OfficeOperation>(
        _ type: Operation.Type, path: [String: String], query: [String: String], body: Data?
    ) throws(OfficeError) -> Operation {
        switch Operation.route.method {
        case .get, .delete:
            var parameters = query.merging(path) { _, fromPath in fromPath }
            if let defaulted = Operation.self as? any DefaultedQuery.Type {
                // A parameter the request leaves out has the default the OpenAPI document gives it.
                for (name, value) in flat(try fields(of: defaulted.defaults)) where parameters[name] == nil {
                    parameters[name] = value
                }
            }
            do {
                return try QueryDecoder().decode(Operation.self, from: parameters)
            } catch let error as QueryDecodingError {
                switch error {
                case .missing(let name): throw .badInput(.queryParameterMissing(name))
                case let .wrongType(name, value, expected):
                    throw .badInput(.queryParameterType(name: name, value: value, expected: expected))
                case .unsupported(let name): throw .badInput(.queryParameterUnsupported(name))
                }
            } catch {
                throw .badInput(.queryUnreadable("\(error)"))
            }
        case .post:
            var object: [String: Any] = [:]
            if let body, !body.isEmpty {
                guard let parsed = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {  // try?: the guard's own bad-input error answers the caller
                    throw .badInput(.bodyNotObject)
                }
                object = parsed
            }
            for (name, value) in path { object[name] = value }
            do {
                let data = try JSONSerialization.data(withJSONObject: object)
                return try decoder().decode(Operation.self, from: data)
            } catch let DecodingError.keyNotFound(key, _) {
                throw .badInput(.fieldMissing(key.stringValue))
            } catch let DecodingError.typeMismatch(_, context) {
                throw .badInput(.fieldType(context.codingPath.map(\.stringValue).joined(separator: ".")))
            } catch {
                throw .badInput(.requestUnreadable("\(error)"))
            }
        }
    }
}

/// A GET operation some of whose query parameters may be left out: ``defaults`` holds the values the OpenAPI document
/// gives them, which the server applies to each parameter a request does not send. Operations whose parameters are
/// optional (`String?`) need none of this: left out, they are nil.
public protocol DefaultedQuery: OfficeOperation {
    static var defaults: Self { get }
}
