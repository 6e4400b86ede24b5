// A day roster as bytes, for the store to keep beside a checkpoint (authenticated with the audit key there).
//
// Layout (integers are unsigned LEB128, strings length-prefixed UTF-8, see ``SnapshotWriter``): the version; the
// date (days since 1970-01-01); three tables of the distinct role sets, work-unit lists and basis lists; the entries,
// each naming its role set, work units and basis by table index (an SK of 50,000 people has a handful of each); the
// conflicts; the departures in key order.

extension DayRoster {
    /// The version of the layout above and of the roster and departure rules that made it: raise it when either
    /// changes, so that a day roster an older program wrote is not used (the store then rebuilds from the state).
    public static let snapshotVersion: UInt32 = 1

    /// An entry's own presence bit, above the person's (see ``Person/snapshotFlags``).
    private static let endPresent: UInt64 = 8

    /// The bytes of this day roster.
    public func snapshot() -> [UInt8] {
        var writer = SnapshotWriter(capacity: roster.entries.count * 64)
        writer.uint(UInt64(Self.snapshotVersion))
        writer.int(roster.date.daysSinceEpoch)
        var roleSets = Table<Set<SIAKRoleID>>(), unitLists = Table<[String]>(), basisLists = Table<[RosterBasis]>()
        let indexes = roster.entries.map { entry in
            (roleSets.index(entry.roles), unitLists.index(entry.workUnits), basisLists.index(entry.basis))
        }
        writer.uint(UInt64(roleSets.values.count))
        for roles in roleSets.values { writer.strings(roles.map(\.rawValue).sorted()) }
        writer.uint(UInt64(unitLists.values.count))
        for units in unitLists.values { writer.strings(units) }
        writer.uint(UInt64(basisLists.values.count))
        for list in basisLists.values {
            writer.uint(UInt64(list.count))
            for basis in list { Self.write(basis, to: &writer) }
        }
        writer.uint(UInt64(roster.entries.count))
        for (entry, index) in zip(roster.entries, indexes) {
            writer.uint(entry.person.snapshotFlags | (entry.endDate != nil ? Self.endPresent : 0))
            entry.person.writeSnapshotFields(to: &writer)
            writer.uint(UInt64(index.0))
            writer.uint(UInt64(index.1))
            writer.uint(UInt64(index.2))
            if let end = entry.endDate { writer.int(end.daysSinceEpoch) }
        }
        writer.uint(UInt64(roster.conflicts.count))
        for conflict in roster.conflicts {
            switch conflict {
            case let .nipWithSeveralNIKs(nip, niks):
                writer.uint(0)
                writer.uint(nip.number.value)
                writer.uint(UInt64(niks.count))
                for nik in niks { writer.uint(nik.number.value) }
            case let .nipWithSeveralNames(nip, names):
                writer.uint(1)
                writer.uint(nip.number.value)
                writer.strings(names)
            case let .nikWithSeveralNIPs(nik, nips):
                writer.uint(2)
                writer.uint(nik.number.value)
                writer.uint(UInt64(nips.count))
                for nip in nips { writer.uint(nip.number.value) }
            }
        }
        let departures = departures.reasons.sorted { $0.key < $1.key }
        writer.uint(UInt64(departures.count))
        for (key, departure) in departures {
            Self.write(key, to: &writer)
            switch departure {
            case let .revoked(reason, text):
                writer.uint(0)
                writer.string(reason.rawValue)
                writer.string(text)
            case let .expired(number, date):
                writer.uint(1)
                writer.string(number.rawValue)
                writer.int(date.daysSinceEpoch)
            case let .superseded(number, by):
                writer.uint(2)
                writer.string(number.rawValue)
                writer.string(by.rawValue)
            case let .notYetEffective(number, date):
                writer.uint(3)
                writer.string(number.rawValue)
                writer.int(date.daysSinceEpoch)
            case .withdrawn(let request):
                writer.uint(4)
                writer.string(request.rawValue)
            }
        }
        return writer.bytes
    }

    /// Reads what ``snapshot()`` wrote. The store reads only bytes it authenticated, so the checks are structural:
    /// they guard against a bug or another layout, never trust anything unauthenticated.
    public init(snapshot bytes: UnsafeRawBufferPointer) throws(SnapshotError) {
        var reader = SnapshotReader(bytes)
        let version = try reader.uint()
        guard version == UInt64(Self.snapshotVersion) else {
            throw .version(found: UInt32(truncatingIfNeeded: version), expected: Self.snapshotVersion)
        }
        let date = CivilDate(daysSinceEpoch: try reader.int())
        var numbers = DecreeNumbers()
        var roleSets: [Set<SIAKRoleID>] = []
        for _ in 0..<(try reader.count()) {
            roleSets.append(Set(try reader.strings().map(SIAKRoleID.init(rawValue:))))
        }
        var unitLists: [[String]] = []
        for _ in 0..<(try reader.count()) { unitLists.append(try reader.strings()) }
        var basisLists: [[RosterBasis]] = []
        for _ in 0..<(try reader.count()) {
            var list: [RosterBasis] = []
            for _ in 0..<(try reader.count()) {
                switch try reader.uint() {
                case 0: list.append(.decree(try numbers.read(&reader)))
                case 1: list.append(.request(RequestID(rawValue: try reader.string())))
                case let kind: throw .malformed("basis kind \(kind)")
                }
            }
            basisLists.append(list)
        }
        func item<T>(_ table: [T], _ index: UInt64) throws(SnapshotError) -> T {
            guard index < UInt64(table.count) else { throw .malformed("table index \(index) of \(table.count)") }
            return table[Int(index)]
        }
        let count = try reader.count()
        var entries: [RosterEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let flags = try reader.uint()
            let person = try Person.readSnapshotFields(flags: flags, from: &reader)
            let roles = try item(roleSets, try reader.uint())
            let units = try item(unitLists, try reader.uint())
            let basis = try item(basisLists, try reader.uint())
            let end = flags & Self.endPresent != 0 ? CivilDate(daysSinceEpoch: try reader.int()) : nil
            entries.append(RosterEntry(key: person.key, person: person, roles: roles, workUnits: units, basis: basis,
                                       endDate: end))
        }
        var conflicts: [RosterConflict] = []
        for _ in 0..<(try reader.count()) {
            switch try reader.uint() {
            case 0:
                let nip = try NIP(snapshotNumber: try reader.uint())
                var niks: [NIK] = []
                for _ in 0..<(try reader.count()) { niks.append(try NIK(snapshotNumber: try reader.uint())) }
                conflicts.append(.nipWithSeveralNIKs(nip, niks))
            case 1:
                conflicts.append(.nipWithSeveralNames(try NIP(snapshotNumber: try reader.uint()), try reader.strings()))
            case 2:
                let nik = try NIK(snapshotNumber: try reader.uint())
                var nips: [NIP] = []
                for _ in 0..<(try reader.count()) { nips.append(try NIP(snapshotNumber: try reader.uint())) }
                conflicts.append(.nikWithSeveralNIPs(nik, nips))
            case let kind:
                throw .malformed("conflict kind \(kind)")
            }
        }
        let departureCount = try reader.count()
        var reasons: [PersonKey: Departure] = [:]
        reasons.reserveCapacity(departureCount)
        for _ in 0..<departureCount {
            let key = try Self.readKey(&reader)
            let departure: Departure
            switch try reader.uint() {
            case 0:
                let raw = try reader.string()
                guard let reason = RevocationReason(rawValue: raw) else { throw .malformed("revocation reason \(raw)") }
                departure = .revoked(reason, try reader.string())
            case 1: departure = .expired(try numbers.read(&reader), CivilDate(daysSinceEpoch: try reader.int()))
            case 2: departure = .superseded(try numbers.read(&reader), by: try numbers.read(&reader))
            case 3: departure = .notYetEffective(try numbers.read(&reader), CivilDate(daysSinceEpoch: try reader.int()))
            case 4: departure = .withdrawn(RequestID(rawValue: try reader.string()))
            case let kind: throw .malformed("departure kind \(kind)")
            }
            guard reasons.updateValue(departure, forKey: key) == nil else { throw .malformed("departure of \(key) twice") }
        }
        guard reader.isAtEnd else { throw .malformed("bytes after the departures") }
        self.init(roster: try Roster(snapshotDate: date, entries: entries, conflicts: conflicts),
                  departures: Departures(reasons: reasons))
    }

    private static func write(_ basis: RosterBasis, to writer: inout SnapshotWriter) {
        switch basis {
        case .decree(let number):
            writer.uint(0)
            writer.string(number.rawValue)
        case .request(let id):
            writer.uint(1)
            writer.string(id.rawValue)
        }
    }

    private static func write(_ key: PersonKey, to writer: inout SnapshotWriter) {
        switch key {
        case .nip(let nip):
            writer.uint(0)
            writer.uint(nip.number.value)
        case .nik(let nik):
            writer.uint(1)
            writer.uint(nik.number.value)
        }
    }

    private static func readKey(_ reader: inout SnapshotReader) throws(SnapshotError) -> PersonKey {
        switch try reader.uint() {
        case 0: .nip(try NIP(snapshotNumber: try reader.uint()))
        case 1: .nik(try NIK(snapshotNumber: try reader.uint()))
        case let kind: throw .malformed("person key kind \(kind)")
        }
    }

    /// Distinct values in the order first met, each with its index.
    private struct Table<Value: Hashable> {
        private(set) var values: [Value] = []
        private var positions: [Value: Int] = [:]

        mutating func index(_ value: Value) -> Int {
            if let known = positions[value] { return known }
            values.append(value)
            positions[value] = values.count - 1
            return values.count - 1
        }
    }

    /// SK numbers parsed once each (a superseded SK names thousands of departures).
    private struct DecreeNumbers {
        private var parsed: [String: DecreeNumber] = [:]

        mutating func read(_ reader: inout SnapshotReader) throws(SnapshotError) -> DecreeNumber {
            let text = try reader.string()
            if let known = parsed[text] { return known }
            do {
                let number = try DecreeNumber(text)
                parsed[text] = number
                return number
            } catch {
                throw .malformed("SK number \(text): \(error)")
            }
        }
    }
}
