import AccessStore
import AccessWorkflow
public import Foundation

extension Office {
    /// While the database is not the one the directory's anchor names, nothing is recorded: the office is read-only
    /// until it is recovered (checked first, once, when not known yet). A database just restored (its ``RestorePoint`` beside it) stays read-only while the anchor cannot be checked:
    /// fails closed, so that a directory out of reach does not let changes onto a log that may have lost records.
    func requireRecoverable() async throws(OfficeError) {
        var state = await anchorWatch.state
        if state == .unknown, await anchorWatch.shouldTry() { state = await checkAnchor() ?? .unknown }
        if case .mismatch(let mismatch) = state { throw .recoveryNeeded(.recoverFirst(mismatch)) }
        if state == .unknown, let point = try await restorePoint() {
            throw .recoveryNeeded(.restoredUnchecked(source: point.source, restoredAt: point.restoredAt))
        }
    }

    /// The restore point beside the database, if a restore left one.
    func restorePoint() async throws(OfficeError) -> RestorePoint? {
        try await storeCall { store throws(StoreError) in try store.restorePoint() }
    }

    /// True while the office is read-only (recover first): the anchor names another log, or a restored log could
    /// not be checked yet.
    public func isReadOnly() async -> Bool {
        do throws(OfficeError) {
            try await requireRecoverable()
            return false
        } catch {
            return error.kind == .recoveryNeeded
        }
    }

    /// The one gate of the office: refuses `caller` unless ``AccessPolicy`` admits them to `action`, with their roles,
    /// name and lock state re-read from the directory (``StaffAuthority``; not for an action open to anyone). Returns
    /// the caller as found now, for the operation to act as. Every operation passes here
    /// (``perform(_:as:requestedTime:language:)``); a web page that only shows a form calls it itself. An action that
    /// changes the record is refused first while the office is read-only (``requireRecoverable()``).
    public func authorize(_ action: OfficeAction, _ caller: OfficeCaller, now: Date = Date()) async throws(OfficeError)
        -> OfficeCaller
    {
        let rule = AccessPolicy.rule(for: action)
        if action.changesTheRecord { try await requireRecoverable() }
        switch caller {
        case .replica:
            guard rule.audience == .replica || rule.audience == .anyone else {
                throw .forbidden(.access(.replicaCannot(action: action)))
            }
            return caller
        case .anonymous:
            guard rule.audience == .anyone else { throw .unauthenticated(.notLoggedIn) }
            return caller
        case .host:
            guard rule.host || rule.audience == .anyone else {
                throw .unauthenticated(.access(.needsOfficial(action: action)))
            }
            return .host
        case .staff(let session):
            if rule.audience == .anyone { return caller }
            if rule.audience == .replica { throw .forbidden(.access(.replicaOnly)) }
            var current: StaffSession
            do {
                current = try await authority.current(session, now: now)
            } catch {
                // A locked or removed official's sessions end with the first call that finds out.
                if case .forbidden(.access(let refusal)) = error, refusal.endsSessions { await sessions.endAll(uid: session.uid) }
                throw error
            }
            // Roles held as Plt./Plh. today (an acting assignment in the log) are held too, marked as acting.
            let acting = await actingRoles(of: current.actor, at: now).subtracting(current.actor.roles)
            if !acting.isEmpty { current = current.with(actor: current.actor.acting(in: acting)) }
            guard let roles = try await gateRoles(rule.audience) else { return .staff(current) }
            guard !roles.isDisjoint(with: current.actor.roles) else {
                let needed = sop.roles.filter { roles.contains($0.id) }.map { "\($0.title) (\($0.id))" }
                throw .forbidden(.access(.roleRequired(
                    action: action, needed: needed, held: current.actor.roles.map(\.rawValue).sorted())))
            }
            return .staff(current)
        }
    }

    /// The roles `audience` admits: those of the SOP in force, and — for the executors of a kind of step — those of
    /// every earlier SOP version a request still open was filed under (it finishes under that version; the workflow
    /// then checks the request's own rules).
    func gateRoles(_ audience: Audience) async throws(OfficeError) -> Set<WorkflowRole>? {
        guard var roles = audience.roles(in: sop) else { return nil }
        guard case .roles(let sources) = audience else { return roles }
        let executors = sources.filter { if case .executors = $0 { true } else { false } }
        guard !executors.isEmpty else { return roles }
        let state: WorkflowState
        do {
            state = try await self.state()
        } catch {
            // The gate then admits by the SOP in force only; the operation meets the same error reading the log and
            // reports it in its own words (a broken log is the bridge's "does not verify", not an access refusal).
            return roles
        }
        guard state.sopVersions.count > 1 else { return roles }
        var open: Set<Int> = []
        for request in state.requests.values {
            switch request.status {
            case .inProgress, .returned: open.insert(request.sopVersion)
            case .completed, .rejected, .cancelled: break
            }
        }
        for version in open where version < state.sopVersions.count - 1 {
            roles.formUnion(Audience.roles(executors).roles(in: state.sopVersions[version].sop) ?? [])
        }
        return roles
    }

    /// The roles `actor` holds as Plt./Plh. on the day of `now`; none when the log cannot be read (the operation then
    /// reports that error in its own words).
    func actingRoles(of actor: WorkflowActor, at now: Date) async -> Set<WorkflowRole> {
        do {
            let state = try await self.state()
            return state.actingAssignments.isEmpty ? [] : state.actingRoles(of: actor, at: now)
        } catch {
            return []
        }
    }
}
