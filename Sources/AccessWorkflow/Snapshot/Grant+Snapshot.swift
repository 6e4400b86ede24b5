extension Grant {
    /// A grant from validated parts (roles already sorted and distinct).
    init(snapshotPerson person: Person, roles: [SIAKRoleID], workUnit: String, position: String?) {
        self.person = person
        self.roles = roles
        self.workUnit = workUnit
        self.position = position
    }

    private enum Present {
        static let nip: UInt64 = 1, nik: UInt64 = 2, uid: UInt64 = 4, position: UInt64 = 8
    }

    /// Writes the grant as fields, without keys: the bulk of a large SK's snapshot.
    func write(to writer: inout SnapshotWriter) {
        var flags: UInt64 = 0
        if person.nip != nil { flags |= Present.nip }
        if person.nik != nil { flags |= Present.nik }
        if person.uid != nil { flags |= Present.uid }
        if position != nil { flags |= Present.position }
        writer.uint(flags)
        writer.string(person.name.name)
        writer.strings(person.name.frontTitles)
        writer.strings(person.name.backTitles)
        if let nip = person.nip { writer.uint(nip.number.value) }
        if let nik = person.nik { writer.uint(nik.number.value) }
        if let uid = person.uid { writer.string(uid) }
        writer.strings(roles.map(\.rawValue))
        writer.string(workUnit)
        if let position { writer.string(position) }
    }

    /// Reads a grant ``write(to:)`` wrote; `roleLists` shares equal role lists between grants.
    static func read(from reader: inout SnapshotReader, roleLists: inout [[String]: [SIAKRoleID]]) throws(SnapshotError)
        -> Grant
    {
        let flags = try reader.uint()
        let name = try PersonName(
            snapshotName: try reader.string(), frontTitles: try reader.strings(), backTitles: try reader.strings())
        let nip = flags & Present.nip != 0 ? try NIP(snapshotNumber: try reader.uint()) : nil
        let nik = flags & Present.nik != 0 ? try NIK(snapshotNumber: try reader.uint()) : nil
        let uid = flags & Present.uid != 0 ? try reader.string() : nil
        let roleNames = try reader.strings()
        let roles: [SIAKRoleID]
        if let shared = roleLists[roleNames] {
            roles = shared
        } else {
            roles = roleNames.map(SIAKRoleID.init(rawValue:))
            roleLists[roleNames] = roles
        }
        let workUnit = try reader.sharedString()
        let position = flags & Present.position != 0 ? try reader.sharedString() : nil
        return Grant(snapshotPerson: try Person(snapshotName: name, nip: nip, nik: nik, uid: uid), roles: roles,
                     workUnit: workUnit, position: position)
    }
}
