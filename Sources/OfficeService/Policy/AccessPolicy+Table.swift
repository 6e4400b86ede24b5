public import AccessWorkflow

extension AccessPolicy {
    /// The "who may do what" table of `offices` (a column each, named by the office's short name): every action with
    /// its API route, the roles each office's SOP admits, the relation checked, and why. The README carries it for
    /// the shipped SOPs (a test renders it again and compares); `hakakses policy` prints it for the configured one.
    public static func markdown(_ offices: [(name: String, sop: SOPDefinition)]) -> String {
        var routes: [OfficeAction: [String]] = [
            .health: ["GET /api/v1/health"], .login: ["POST /api/v1/session"], .logout: ["DELETE /api/v1/session"],
        ]
        for operation in OfficeOperations.all { routes[operation.action, default: []].append(operation.route.description) }
        var lines = [
            "| action | route | " + offices.map { "\($0.name)" }.joined(separator: " | ") + " | relation to the subject | host | why |",
            "|---|---|" + offices.map { _ in "---|" }.joined() + "---|---|---|",
        ]
        for action in OfficeAction.allCases {
            let rule = rule(for: action)
            let who = offices.map { office -> String in
                switch rule.audience {
                case .anyone: return "anyone"
                case .anySession: return "any session"
                case .replica: return "the replica's token"
                case .roles:
                    let roles = rule.audience.roles(in: office.sop) ?? []
                    let listed = office.sop.roles.map(\.id).filter(roles.contains).map(\.rawValue)
                    return listed.isEmpty ? "nobody" : listed.joined(separator: ", ")
                }
            }
            let route = (routes[action] ?? []).map { "`\($0)`" }.joined(separator: ", ")
            lines.append("| \(action.rawValue) | \(route) | " + who.joined(separator: " | ")
                + " | \(rule.relation.text) | \(rule.host ? "yes" : "") | \(rule.reason) |")
        }
        return lines.joined(separator: "\n")
    }
}
