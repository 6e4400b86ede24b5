extension Grant {
    /// A grant from validated parts (roles already sorted and distinct).
    init(snapshotPerson person: Person, roles: [SIAKRoleID], workUnit: String, position: String?) {
        self.person = person
        self.roles = roles
        self.workUnit = workUnit
        self.position = position
    }

    /// The grant's own presence bit, above the person's (see ``Person/snapshotFlags``).
    private static let positionPresent: UInt64 = 8

    /// Writes the grant as fields, without keys: the bulk of a large SK's snapshot.
    func write(to writer: inout SnapshotWriter) {
        writer.uint(person.snapshotFlags | (position != nil ? Self.positionPresent : 0))
        person.writeSnapshotFields(to: &writer)
        writer.strings(roles.map(\.rawValue))
        writer.string(workUnit)
        if let position { writer.string(position) }
    }

    /// Reads a grant ``write(to:)`` wrote; `roleLists` shares equal role lists between grants.
    static func read(from reader: inout SnapshotReader, roleLists: inout [[String]: [SIAKRoleID]]) throws(SnapshotError)
        -> Grant
    {
        let flags = try reader.uint()
        let person = try Person.readSnapshotFields(flags: flags, from: &reader)
        let roleNames = try reader.strings()
        let roles: [SIAKRoleID]
        if let shared = roleLists[roleNames] {
            roles = shared
        } else {
            roles = roleNames.map(SIAKRoleID.init(rawValue:))
            roleLists[roleNames] = roles
        }
        let workUnit = try reader.sharedString()
        let position = flags & positionPresent != 0 ? try reader.sharedString() : nil
        return Grant(snapshotPerson: person, roles: roles, workUnit: workUnit, position: position)
    }
}
