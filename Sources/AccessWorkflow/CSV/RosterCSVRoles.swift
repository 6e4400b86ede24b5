/// Reads the roles cell of a roster row against a role catalogue.
///
/// A role is matched by id, title, LDAP group or synonym (``RoleCatalogue/roleID(named:)``), ignoring case and
/// repeated spaces ("Operator", "operator", "Verifikator aplikasi SIAK", "Operator SIAK"). Several roles are separated by `,`, `/`, `+` or `;`; a cell that as a whole is a
/// role's title is taken as that one role even if the title contains one of these characters.
struct RosterCSVRoles: Sendable {
    /// Why a roles cell was refused.
    enum Problem: Error, Sendable, Hashable {
        case empty
        case unknown([String])
    }

    private let catalogue: RoleCatalogue
    /// For messages: "administrator (Administrator pengelolaan SIAK), operator (…)".
    let known: String

    /// Reads cells against `catalogue`.
    init(catalogue: RoleCatalogue) {
        self.catalogue = catalogue
        known = catalogue.roles.sorted { $0.id < $1.id }.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
    }

    /// The roles a cell names, in the order written.
    func roles(in cell: String) -> Result<[SIAKRoleID], Problem> {
        if let whole = catalogue.roleID(named: cell) { return .success([whole]) }
        let parts = cell.split(whereSeparator: { ",/+;".contains($0) }).map { String($0).whitespaceNormalised }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty else { return .failure(.empty) }
        let unknown = parts.filter { catalogue.roleID(named: $0) == nil }
        guard unknown.isEmpty else { return .failure(.unknown(unknown)) }
        return .success(parts.compactMap { catalogue.roleID(named: $0) })
    }

    /// The line problem for a roles cell's problem.
    func lineProblem(_ problem: Problem) -> RosterCSVLineProblem {
        switch problem {
        case .empty: .noRole(known: known)
        case .unknown(let names): .unknownRoles(names, known: known)
        }
    }
}
