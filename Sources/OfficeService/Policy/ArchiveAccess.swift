import AccessWorkflow

/// The relation ``AccessRule/Relation/requestScoped``: whose people, documents and scans an official may see. The
/// identity readers (``Audience/identityReaders``) and the service user on the server host see everything; any other
/// official sees a request's people (NIK, NIP), documents and scans once involved in it — they filed it, acted on it,
/// or it waits for them now — and the scans they sent themselves.
enum ArchiveAccess {
    /// True if `caller` may see everything kept.
    static func seesAll(_ caller: OfficeCaller, _ sop: SOPDefinition) -> Bool {
        switch caller {
        case .host, .replica: true
        case .staff(let session): AccessPolicy.readsIdentities(session.actor, in: sop)
        case .anonymous: false
        }
    }

    /// True if `caller` may see the people of `request`: everything for those who see all; otherwise the official
    /// who filed it, acted on it (a step, a paraf, a strike), or whom it awaits now.
    static func involved(_ caller: OfficeCaller, in request: AccessRequest, _ state: WorkflowState) -> Bool {
        if seesAll(caller, state.sop) { return true }
        guard case .staff(let session) = caller else { return false }
        let actor = session.actor
        if LoginName.same(request.filedBy, actor.uid) { return true }
        if request.records.contains(where: { $0.actor.isSameOfficial(as: actor) }) { return true }
        if request.struck.contains(where: { $0.actor.isSameOfficial(as: actor) }) { return true }
        return state.isAwaiting(request.id, by: actor)
    }

    /// The request `subject` (a request id, or the number of a request's SK) is about, if any.
    static func request(about subject: String, _ state: WorkflowState) -> AccessRequest? {
        if let request = state.requests[RequestID(rawValue: subject)] { return request }
        return state.requests.values.first { $0.decreeNumber?.rawValue == subject }
    }

    /// True if `caller` may read the kept file of `entry`: everything for those who see all; for other officials a
    /// file of a request they are involved in (by its subject, or a scan its steps name by SHA-256), or one they sent.
    static func mayRead(_ entry: ArchiveEntry, _ caller: OfficeCaller, _ state: WorkflowState) -> Bool {
        if seesAll(caller, state.sop) { return true }
        guard case .staff(let session) = caller else { return false }
        if let request = request(about: entry.subject, state), involved(caller, in: request, state) { return true }
        if LoginName.same(entry.recordedBy, session.uid) { return true }
        return state.requests.values.contains { request in
            (request.records.contains { $0.evidence.values.contains { $0.sha256 == entry.sha256 } }
                || request.evidence.values.contains { $0.sha256 == entry.sha256 })
                && involved(caller, in: request, state)
        }
    }

    /// The refusal for an official outside the identity readers.
    static func refusal(_ what: String, _ sop: SOPDefinition) -> OfficeError {
        let roles = Audience.identityReaders.roles(in: sop) ?? []
        let titles = sop.roles.filter { roles.contains($0.id) }.map { "\($0.title) (\($0.id))" }.joined(separator: ", ")
        return .refused(.access(.identityReadersOnly(what: what, roles: titles)))
    }

    /// A NIK or NIP shown to an official not involved: its last four digits.
    static func masked(_ number: String?) -> String? {
        guard let number else { return nil }
        let digits = number.filter(\.isNumber)
        return String(repeating: "•", count: max(0, digits.count - 4)) + digits.suffix(4)
    }
}
