public import AccessWorkflow
public import Foundation
public import LDAP

/// Turns a roster entry into the directory entry it should be.
public struct OperatorMapping: Sendable {
    public let layout: DirectoryLayout
    public let catalogue: RoleCatalogue
    public let office: OfficeInfo
    /// The group of each SIAK role of the catalogue.
    private let groupOfRole: [SIAKRoleID: DN]
    /// The position of each role's group in ``managedGroups``.
    private let groupIndexOfRole: [SIAKRoleID: Int]
    /// The office's region code as written on entries.
    let region: String

    public init(layout: DirectoryLayout, catalogue: RoleCatalogue, office: OfficeInfo) {
        self.layout = layout
        self.catalogue = catalogue
        self.office = office
        self.groupOfRole = Dictionary(catalogue.roles.map { ($0.id, layout.siakGroup($0.ldapGroup)) }, uniquingKeysWith: { a, _ in a })
        self.groupIndexOfRole = Dictionary(catalogue.roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.region = office.region.description
    }

    /// The attributes hak-akses keeps equal to the roster (besides objectClass, uid and the marker).
    public static let managedAttributes = [
        "cn", "sn", "givenName", "displayName", "siakNIP", "siakNIK", "siakRegionCode", "siakWorkUnit",
        "siakDecreeNumber", "siakAccessEnd",
    ]

    /// Position of each managed attribute, by lower-cased name.
    static let slotByLowercasedName: [String: Int] = Dictionary(
        uniqueKeysWithValues: managedAttributes.enumerated().map { ($1.lowercased(), $0) })

    /// Position of a managed attribute (as spelled in ``managedAttributes``). The names come from this module's own
    /// code, never from outside: a name that is not managed is a programming error, stopped here rather than
    /// quietly read as `cn` (slot 0).
    static func slot(_ name: String) -> Int {
        guard let slot = slotByLowercasedName[name.lowercased()] else {
            preconditionFailure("'\(name)' is not one of OperatorMapping.managedAttributes")
        }
        return slot
    }

    static let nipSlot = slot("siakNIP"), nikSlot = slot("siakNIK"), accessEndSlot = slot("siakAccessEnd")

    /// Position of the managed attribute an entry's attribute description names (compared without case, without
    /// making a string of it); nil for other attributes.
    static func slot(matching name: RawBytes) -> Int? {
        let bytes = name.buffer
        // Called for every attribute of every entry read (650,000 times for 50,000 entries): plain loops.
        for (index, candidate) in managedAttributeNames.enumerated() where candidate.count == bytes.count {
            var same = true
            for offset in 0..<bytes.count {
                let byte = bytes[offset], wanted = candidate[offset]
                if byte != wanted && byte | 0x20 != wanted { same = false; break }
            }
            if same { return index }
        }
        return nil
    }

    /// ``managedAttributes`` as lower-case ASCII bytes.
    private static let managedAttributeNames = managedAttributes.map { Array($0.lowercased().utf8) }

    /// The desired entry of `entry` under `username`.
    public func desired(_ entry: RosterEntry, username: String) -> DesiredOperator {
        let values = slots(for: entry)
        var attributes: [String: [String]] = [:]
        for (index, name) in Self.managedAttributes.enumerated() {
            if let joined = values[index] { attributes[name] = joined.split(separator: "\u{1F}").map(String.init) }
        }
        return DesiredOperator(
            key: entry.key, username: username, dn: layout.operatorDN(username: username),
            attributes: attributes, groups: groups(for: entry.roles), roster: entry)
    }

    /// The managed attributes `entry` should have, in ``managedAttributes`` order, in
    /// the canonical form of ``DirectoryOperator`` (values sorted, joined by U+001F).
    func slots(for entry: RosterEntry) -> [String?] {
        let name = entry.person.name
        let decrees = entry.basis.compactMap { basis -> String? in
            if case .decree(let number) = basis { return number.description }
            return nil
        }
        return [
            name.name,                                                      // cn
            name.surname,                                                   // sn
            name.givenName,                                                 // givenName
            name.displayName,                                               // displayName
            entry.person.nip?.digits,                                       // siakNIP
            entry.person.nik?.digits,                                       // siakNIK
            region,                                                         // siakRegionCode
            entry.workUnits.isEmpty ? nil : entry.workUnits.joined(separator: "; "),  // siakWorkUnit
            DirectoryOperator.canonical(decrees),                           // siakDecreeNumber
            entry.endDate.map { Self.endOfDay($0, office.utcOffset) },      // siakAccessEnd
        ]
    }

    /// The managed groups of a set of roles as bits (bit i: ``managedGroups``[i]).
    func groupMask(for roles: Set<SIAKRoleID>) -> UInt64 {
        var mask: UInt64 = 0
        for role in roles { if let index = groupIndexOfRole[role] { mask |= 1 << UInt64(index) } }
        return mask
    }

    /// The group DNs of a set of SIAK roles (unknown roles are skipped: the roster only holds catalogue roles).
    public func groups(for roles: Set<SIAKRoleID>) -> Set<DN> {
        Set(roles.compactMap { groupOfRole[$0] })
    }

    /// Every managed SIAK group of the catalogue.
    public var managedGroups: [DN] { catalogue.roles.map { layout.siakGroup($0.ldapGroup) } }

    /// The last second of `date` in the office's time, as LDAP GeneralizedTime (UTC).
    public static func endOfDay(_ date: CivilDate, _ offset: UTCOffset) -> String {
        generalizedTime(date.adding(days: 1).start(offset: offset).addingTimeInterval(-1))
    }

    /// `YYYYMMDDHHMMSSZ`.
    public static func generalizedTime(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return String(format: "%04d%02d%02d%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// Parses `YYYYMMDDHHMMSSZ` (the form this module writes).
    public static func parseGeneralizedTime(_ text: String) -> Date? {
        let digits = Array(text.utf8)
        guard digits.count == 15, digits[14] == UInt8(ascii: "Z"), digits[0..<14].allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        return calendar.date(from: DateComponents(
            year: number(0..<4), month: number(4..<6), day: number(6..<8),
            hour: number(8..<10), minute: number(10..<12), second: number(12..<14)))
    }
}
