// Rebuilding identities from a checkpoint snapshot without parsing them again. A snapshot is written by this
// module from values that were validated when they entered the workflow, and the store authenticates it with the
// office's audit key before it is read, so the checks are only structural (they guard against a bug, not an
// attacker).

extension PersonName {
    /// A name from its parts, as ``name``, ``frontTitles`` and ``backTitles`` hold them.
    init(snapshotName name: String, frontTitles: [String], backTitles: [String]) throws(SnapshotError) {
        guard !name.isEmpty else { throw .malformed("an empty name") }
        self.name = name
        self.frontTitles = frontTitles
        self.backTitles = backTitles
    }
}

extension NIP {
    /// A NIP from the value of its 18 digits as stored (``DigitNumber/value``).
    init(snapshotNumber value: UInt64) throws(SnapshotError) {
        guard value < 1_000_000_000_000_000_000 else { throw .malformed("NIP number \(value) has more than 18 digits") }
        number = DigitNumber(value: value)
    }
}

extension NIK {
    /// A NIK from the value of its 16 digits as stored (``DigitNumber/value``).
    init(snapshotNumber value: UInt64) throws(SnapshotError) {
        guard value < 10_000_000_000_000_000 else { throw .malformed("NIK number \(value) has more than 16 digits") }
        number = DigitNumber(value: value)
    }
}

extension Person {
    /// A person from validated parts.
    init(snapshotName name: PersonName, nip: NIP?, nik: NIK?, uid: String?) throws(SnapshotError) {
        if let nip {
            key = .nip(nip)
        } else if let nik {
            key = .nik(nik)
        } else {
            throw .malformed("a person without NIP and NIK")
        }
        self.name = name
        self.nip = nip
        self.nik = nik
        self.uid = uid
    }
}

extension Person {
    /// The bits of a snapshot record's flags that say which of NIP (1), NIK (2) and uid (4) follow; a record's own
    /// presence bits start at 8.
    var snapshotFlags: UInt64 {
        (nip != nil ? 1 : 0) | (nik != nil ? 2 : 0) | (uid != nil ? 4 : 0)
    }

    /// Writes the name, titles, NIP, NIK and uid (those present), after the flags the caller wrote.
    func writeSnapshotFields(to writer: inout SnapshotWriter) {
        writer.string(name.name)
        writer.strings(name.frontTitles)
        writer.strings(name.backTitles)
        if let nip { writer.uint(nip.number.value) }
        if let nik { writer.uint(nik.number.value) }
        if let uid { writer.string(uid) }
    }

    /// Reads what ``writeSnapshotFields(to:)`` wrote, under the flags read before it.
    static func readSnapshotFields(flags: UInt64, from reader: inout SnapshotReader) throws(SnapshotError) -> Person {
        let name = try PersonName(
            snapshotName: try reader.string(), frontTitles: try reader.strings(), backTitles: try reader.strings())
        let nip = flags & 1 != 0 ? try NIP(snapshotNumber: try reader.uint()) : nil
        let nik = flags & 2 != 0 ? try NIK(snapshotNumber: try reader.uint()) : nil
        let uid = flags & 4 != 0 ? try reader.string() : nil
        return try Person(snapshotName: name, nip: nip, nik: nik, uid: uid)
    }
}
