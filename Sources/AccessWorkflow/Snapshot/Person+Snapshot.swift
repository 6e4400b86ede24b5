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
