/// The compact JSON form of a large SK's grants: the field names once (`grantFields`), then one array of values per
/// grant (`grantRows`), e.g. `["OPERATOR SIAK 1","196001012000011001",null,null,["operator"],"Bidang PIAK",null]`.
/// Read with unkeyed containers only, it decodes several times faster than an array of keyed objects, and it is a
/// quarter smaller. Every value is validated again when read, as in the keyed form.
enum GrantRows {
    /// SKs with at least this many grants are written as rows; smaller ones keep the keyed form.
    static let threshold = 64

    /// The fields this version writes, in row order.
    static let fields = ["name", "nip", "nik", "uid", "roles", "workUnit", "position"]

    private enum Field {
        case name, nip, nik, uid, roles, workUnit, position
    }

    static func encode(_ grants: [Grant], into rows: inout some UnkeyedEncodingContainer) throws {
        for grant in grants {
            var row = rows.nestedUnkeyedContainer()
            let person = grant.person
            try row.encode(person.name.displayName)
            try encodeOptional(person.nip?.digits, &row)
            try encodeOptional(person.nik?.digits, &row)
            try encodeOptional(person.uid, &row)
            try row.encode(grant.roles.map(\.rawValue))
            try row.encode(grant.workUnit)
            try encodeOptional(grant.position, &row)
        }
    }

    private static func encodeOptional(_ value: String?, _ row: inout some UnkeyedEncodingContainer) throws {
        if let value { try row.encode(value) } else { try row.encodeNil() }
    }

    /// The grants of `rows`, whose values come in the order `fields` names them.
    static func decode(fields: [String], rows: some UnkeyedDecodingContainer) throws -> [Grant] {
        let columns = try fields.map { name throws -> Field in
            switch name {
            case "name": .name
            case "nip": .nip
            case "nik": .nik
            case "uid": .uid
            case "roles": .roles
            case "workUnit": .workUnit
            case "position": .position
            default: throw GrantRowsError("unknown grant field '\(name)'; this SK was written by a newer version, so upgrade")
            }
        }
        for required in ["name", "roles", "workUnit"] where !fields.contains(required) {
            throw GrantRowsError("the grant fields do not include '\(required)'")
        }
        guard Set(fields).count == fields.count else { throw GrantRowsError("a grant field is listed twice") }
        var rows = rows
        var grants: [Grant] = []
        if let count = rows.count { grants.reserveCapacity(count) }
        while !rows.isAtEnd {
            var row = try rows.nestedUnkeyedContainer()
            var name = "", nip: String?, nik: String?, uid: String?, roles: [String] = [], workUnit = "", position: String?
            for column in columns {
                switch column {
                case .name: name = try row.decode(String.self)
                case .nip: nip = try row.decodeIfPresent(String.self)
                case .nik: nik = try row.decodeIfPresent(String.self)
                case .uid: uid = try row.decodeIfPresent(String.self)
                case .roles: roles = try row.decode([String].self)
                case .workUnit: workUnit = try row.decode(String.self)
                case .position: position = try row.decodeIfPresent(String.self)
                }
            }
            guard row.isAtEnd else { throw GrantRowsError("grant row \(grants.count + 1) has more values than fields") }
            let person = try Person(name: try PersonName(name), nip: try nip.map { text throws(IdentityError) in try NIP(text) },
                                    nik: try nik.map { text throws(IdentityError) in try NIK(text) }, uid: uid)
            grants.append(try Grant(person: person, roles: roles.map(SIAKRoleID.init(rawValue:)), workUnit: workUnit,
                                    position: position))
        }
        return grants
    }
}

/// A malformed `grantRows` table.
struct GrantRowsError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
