import AccessWorkflow

/// The relation ``AccessRule/Relation/requestScoped``: which archived documents and scans an official may list,
/// read and print. A request's are for every official (every role of the SOP executes a step of every request);
/// an SK's, a person's, or the whole archive only for the identity readers (``Audience/identityReaders``), and for
/// the service user on the server host.
enum ArchiveAccess {
    /// True if `caller` may see everything kept.
    static func seesAll(_ caller: OfficeCaller, _ sop: SOPDefinition) -> Bool {
        switch caller {
        case .host: true
        case .staff(let session): AccessPolicy.readsIdentities(session.actor, in: sop)
        }
    }

    /// True if `subject` (a request id, SK number or person key) is a request's, or its SK's.
    static func belongsToRequest(_ subject: String, _ state: WorkflowState) -> Bool {
        if state.requests[RequestID(rawValue: subject)] != nil { return true }
        return state.requests.values.contains { $0.decreeNumber?.rawValue == subject }
    }

    /// True if `caller` may read the kept file of `entry`: everything for those who see all; for other officials a
    /// request's file (by its subject, or a scan a request's step names by its SHA-256), or one they sent themselves.
    static func mayRead(_ entry: ArchiveEntry, _ caller: OfficeCaller, _ state: WorkflowState) -> Bool {
        if seesAll(caller, state.sop) { return true }
        guard case .staff(let session) = caller else { return false }
        if belongsToRequest(entry.subject, state) { return true }
        if LoginName.same(entry.recordedBy, session.uid) { return true }
        return state.requests.values.contains { request in
            request.records.contains { $0.evidence.values.contains { $0.sha256 == entry.sha256 } }
                || request.evidence.values.contains { $0.sha256 == entry.sha256 }
        }
    }

    /// The refusal for an official outside the identity readers.
    static func refusal(_ what: String, _ sop: SOPDefinition) -> OfficeError {
        let roles = Audience.identityReaders.roles(in: sop) ?? []
        let titles = sop.roles.filter { roles.contains($0.id) }.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        return .refused(.access(.identityReadersOnly(what: what, roles: titles)))
    }
}
