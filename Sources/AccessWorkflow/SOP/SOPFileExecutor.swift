/// The `executor:` of a step as written: a role id, `{anyOf: [roles]}` or `{chain: [links]}`, where each link of a
/// chain is a role id or `{anyOf: [roles]}`. Validated against the SOP's roles by ``SOPLoader``.
enum SOPFileExecutor: Decodable {
    /// One role.
    case role(String)
    /// Alternatives.
    case anyOf([String])
    /// Links in order; each link's alternatives.
    case chain([[String]])

    private enum Key: String, CodingKey { case anyOf, chain }

    /// One link of a chain: a role or alternatives.
    private struct Link: Decodable {
        let roles: [String]

        init(from decoder: any Decoder) throws {
            if let role = try? decoder.singleValueContainer().decode(String.self) {  // try?: not a plain role name: read below as the object form, whose errors are thrown
                roles = [role]
                return
            }
            try SOPFileExecutor.refuseUnknownKeys(decoder, allowed: ["anyOf"])
            roles = try decoder.container(keyedBy: Key.self).decode([String].self, forKey: .anyOf)
        }
    }

    init(from decoder: any Decoder) throws {
        if let role = try? decoder.singleValueContainer().decode(String.self) {  // try?: not a plain role name: read below as the object form, whose errors are thrown
            self = .role(role)
            return
        }
        try SOPFileExecutor.refuseUnknownKeys(decoder, allowed: ["anyOf", "chain"])
        let container = try decoder.container(keyedBy: Key.self)
        if container.contains(.anyOf), container.contains(.chain) {
            throw DecodingError.dataCorruptedError(
                forKey: .chain, in: container,
                debugDescription: "give either anyOf (alternatives) or chain (in order), not both; put alternatives inside the chain as {anyOf: [...]}")
        }
        if container.contains(.chain) {
            self = .chain(try container.decode([Link].self, forKey: .chain).map(\.roles))
        } else {
            self = .anyOf(try container.decode([String].self, forKey: .anyOf))
        }
    }

    /// The links of the executors as role ids.
    var links: [[String]] {
        switch self {
        case .role(let role): [[role]]
        case .anyOf(let roles): [roles]
        case .chain(let links): links
        }
    }

    /// Throws for a key other than `allowed` (a misspelt "chian" would otherwise be ignored).
    private static func refuseUnknownKeys(_ decoder: any Decoder, allowed: Set<String>) throws {
        let container = try decoder.container(keyedBy: IdentifierKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "unknown field '\(key.stringValue)'; an executor is a role id, {anyOf: [roles]} or {chain: [roles]}")
        }
    }
}
