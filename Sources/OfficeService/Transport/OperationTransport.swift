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
        let fields: [String: Any]
        do {
            let data = try encoder().encode(operation)
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw OfficeError.badInput(.operationNotObject("\(Operation.self)"))
            }
            fields = object
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .badInput(.operationUnencodable("\(Operation.self)", detail: "\(error)"))
        }
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
            let query = rest.keys.sorted().compactMap { key -> URLQueryItem? in
                switch rest[key] {
                case let text as String: return URLQueryItem(name: key, value: text)
                case let number as NSNumber: return URLQueryItem(name: key, value: number.stringValue)
                default: return nil
                }
            }
            return (path, query, nil)
        case .post:
            do {
                return (path, [], try encoder().encode(operation))
            } catch {
                throw .badInput(.operationUnencodable("\(Operation.self)", detail: "\(error)"))
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
            do {
                return try QueryDecoder().decode(Operation.self, from: query.merging(path) { _, fromPath in fromPath })
            } catch let error as QueryDecodingError {
                throw .badInput(.detail(error.description))
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
