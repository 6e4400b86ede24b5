import LDAP
public import Testing

/// Expects `body` to be refused by slapd's access control (insufficientAccessRights), and records anything else:
/// success, another LDAP result, another error.
public func expectRefused(_ sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void) async {
    do {
        try await body()
        Issue.record("allowed", sourceLocation: sourceLocation)
    } catch let error as LDAPError {
        #expect(error.code == .insufficientAccessRights, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
    }
}
