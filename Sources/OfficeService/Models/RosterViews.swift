/// `roster show`: who holds which SIAK role on a date.
public struct RosterDocument: Codable, Sendable, Hashable {
    public struct Entry: Codable, Sendable, Hashable {
        public let person: String, name: String, nip: String?, nik: String?, roles: [String], workUnits: [String]
        public let basis: [String], endDate: String?, username: String?
    }
    public let date: String
    public let entries: [Entry]
    public let conflicts: [String]
}
