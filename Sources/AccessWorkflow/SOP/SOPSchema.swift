import Yams

/// The allowed fields of an SOP file, so that a misspelt field ("mayRejet") is reported instead of ignored.
enum SOPSchema {
    indirect enum Shape: Sendable {
        case scalar
        case list(Shape)
        case mapping([String: Shape])
        case dictionary(Shape)
    }

    static let root: Shape = .mapping([
        "office": .mapping(["name": .scalar, "region": .scalar, "utcOffset": .scalar]),
        "sop": .mapping([
            "number": .scalar, "title": .scalar, "effective": .scalar, "created": .scalar, "revised": .scalar,
            "approvedBy": .mapping(["title": .scalar, "name": .scalar, "nip": .scalar]), "legalBasis": .list(.scalar),
            "qualifications": .list(.scalar), "related": .list(.scalar), "equipment": .list(.scalar), "warnings": .list(.scalar),
            "recordKeeping": .list(.scalar),
        ]),
        "rosterSource": .scalar,
        "requestKind": .scalar,
        "siakRoles": .list(.scalar),
        "roles": .list(.mapping(["id": .scalar, "title": .scalar, "ldapGroup": .scalar])),
        "documents": .list(.mapping(["id": .scalar, "title": .scalar, "kind": .scalar])),
        "steps": .list(.mapping([
            "id": .scalar, "title": .scalar, "executor": .scalar, "inputs": .list(.scalar), "output": .scalar,
            "time": .scalar, "timePer": .scalar, "perPerson": .scalar, "kind": .scalar, "mayReject": .scalar, "mayReturn": .scalar,
            "mayStrike": .scalar,
        ])),
        "segregation": .mapping(["distinctActorsOnConsecutiveSteps": .scalar, "sameOfficialAllowed": .list(.list(.scalar)),
                                 "distinctOfficials": .list(.list(.scalar))]),
        "permissions": .mapping(["cancel": .list(.scalar), "importDecree": .list(.scalar), "revoke": .list(.scalar),
                                   "confirmDecree": .list(.scalar), "review": .list(.scalar), "signReview": .list(.scalar)]),
        "review": .mapping(["everyMonths": .scalar]),
        "escalation": .dictionary(.scalar),
        "calendar": .mapping([
            "hours": .dictionary(.list(.scalar)), "holidays": .list(.scalar), "dayLength": .scalar,
        ]),
    ])

    /// Throws at the first field that the schema does not know.
    static func check(_ yaml: String) throws(ConfigError) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ConfigError.fromDecoding(error)
        }
        guard let node else { throw ConfigError("the SOP file is empty; start from config/sop/mojokerto.yaml") }
        try check(node, against: root, path: "")
    }

    private static func check(_ node: Node, against shape: Shape, path: String) throws(ConfigError) {
        switch shape {
        case .scalar:
            return
        case .list(let element):
            guard let sequence = node.sequence else { return }
            for (index, item) in sequence.enumerated() {
                try check(item, against: element, path: path + "[\(index)]")
            }
        case .dictionary(let value):
            guard let mapping = node.mapping else { return }
            for (key, item) in mapping {
                try check(item, against: value, path: join(path, key.string ?? ""))
            }
        case .mapping(let fields):
            guard let mapping = node.mapping else { return }
            for (key, item) in mapping {
                let name = key.string ?? ""
                guard let field = fields[name] else {
                    let known = fields.keys.sorted().listed
                    throw ConfigError("unknown field '\(name)'; known fields here: \(known)", at: path)
                }
                try check(item, against: field, path: join(path, name))
            }
        }
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
