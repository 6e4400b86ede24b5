/// Reads the roles cell of a roster row against a role catalogue.
///
/// A role is matched by id, title or LDAP group, ignoring case and repeated spaces ("Operator", "operator",
/// "Verifikator aplikasi SIAK"). Several roles are separated by `,`, `/`, `+` or `;`; a cell that as a whole is a
/// role's title is taken as that one role even if the title contains one of these characters.
struct RosterCSVRoles: Sendable {
    /// Why a roles cell was refused.
    enum Problem: Error, Sendable, Hashable {
        case empty
        case unknown([String])
    }

    private let byKey: [String: SIAKRoleID]
    /// For messages: "administrator (Administrator pengelolaan SIAK), operator (…)".
    let known: String

    /// Indexes the catalogue; ids win over titles and titles over groups if two roles share a name.
    init(catalogue: RoleCatalogue) {
        var byKey: [String: SIAKRoleID] = [:]
        for names in [catalogue.roles.map { ($0.id.rawValue, $0.id) }, catalogue.roles.map { ($0.title, $0.id) },
                      catalogue.roles.map { ($0.ldapGroup, $0.id) }] {
            for (name, id) in names where byKey[Self.key(name)] == nil { byKey[Self.key(name)] = id }
        }
        self.byKey = byKey
        known = catalogue.roles.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
    }

    /// The roles a cell names, in the order written.
    func roles(in cell: String) -> Result<[SIAKRoleID], Problem> {
        if let whole = byKey[Self.key(cell)] { return .success([whole]) }
        let parts = cell.split(whereSeparator: { ",/+;".contains($0) }).map { String($0).whitespaceNormalised }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .failure(.empty) }
        let unknown = parts.filter { byKey[Self.key($0)] == nil }
        guard unknown.isEmpty else { return .failure(.unknown(unknown)) }
        return .success(parts.compactMap { byKey[Self.key($0)] })
    }

    /// The message for a problem.
    func message(_ problem: Problem) -> String {
        switch problem {
        case .empty:
            return "no role is given; write one or more of \(known)"
        case .unknown(let names):
            let quoted = names.map { "'\($0)'" }.listed
            return "unknown SIAK role\(names.count == 1 ? "" : "s") \(quoted); known: \(known)"
        }
    }

    private static func key(_ name: String) -> String { name.whitespaceNormalised.lowercased() }
}
