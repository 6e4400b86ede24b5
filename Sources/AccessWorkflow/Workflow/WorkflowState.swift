public import Foundation

/// How an SK came to be recorded.
public enum DecreeSource: Sendable, Hashable, Codable {
    /// Issued at the decree step of this request.
    case issued(request: RequestID)
    /// Entered from an existing SK's attachment.
    case imported(note: String)
}

/// An SK as recorded in the workflow, with who recorded it and when.
public struct DecreeRecord: Sendable, Hashable, Codable {
    /// The SK (signed in place when the Kadis signs a draft).
    public internal(set) var decree: Decree
    /// Issued for a request or imported.
    public let source: DecreeSource
    /// Who recorded it.
    public let recordedBy: WorkflowActor
    /// When.
    public let recordedAt: Date
    /// Later SKs that supersede this one, in the order they were recorded.
    public internal(set) var supersededBy: [DecreeSuccessor] = []
    /// The second official's confirmation, for an SK that awaited it (imported, or issued with a large
    /// supersession); nil for one in force as recorded.
    public internal(set) var confirmation: DecreeConfirmation?
}

/// Who confirmed an SK that awaited confirmation, when, and with which scan of the signed SK.
public struct DecreeConfirmation: Sendable, Hashable, Codable {
    public let actor: WorkflowActor
    public let at: Date
    public let scan: Evidence
    public let note: String
}

extension DecreeRecord: SupersedableDecree {
    /// The SK's first day in force.
    public var effectiveFrom: CivilDate { decree.effectiveFrom }
    /// The SK's last day in force, if limited.
    public var effectiveUntil: CivilDate? { decree.effectiveUntil }
}

/// The state of one office's workflow, folded from its events: requests, SKs and revocations.
///
/// Pure and event-sourced: ``decide(_:by:at:)`` turns a command into events after checking every rule, and
/// ``apply(_:)`` folds an event after checking the same rules again, so an event forged into storage is refused on
/// replay.
public struct WorkflowState: Sendable, Equatable {
    /// The office's SOP: the version in force now (the last adopted), or, while an event of a request filed under an
    /// earlier version is decided or folded, that version.
    public internal(set) var sop: SOPDefinition
    /// Every version of the SOP the log knows, in order: the office's original first, then each adopted one.
    public internal(set) var sopVersions: [SOPVersion]
    /// The SIAK roles that may be granted.
    public let catalogue: RoleCatalogue
    /// Requests by id.
    public internal(set) var requests: [RequestID: AccessRequest] = [:]
    /// SKs in the record, by number: in force from their dates, unless superseded (what the roster reads).
    public internal(set) var decrees: [DecreeNumber: DecreeRecord] = [:]
    /// SKs recorded but awaiting a second official's confirmation, by number: they grant and revoke nothing yet.
    public internal(set) var pendingDecrees: [DecreeNumber: DecreeRecord] = [:]
    /// Revocations in order.
    public internal(set) var revocations: [Revocation] = []
    /// Access reviews by id.
    public internal(set) var reviews: [ReviewID: Review] = [:]
    /// Acting assignments (Plt./Plh.) in order.
    public internal(set) var actingAssignments: [ActingAssignment] = []
    /// The number of events applied.
    public internal(set) var eventCount = 0

    /// An empty state for an office.
    public init(sop: SOPDefinition, catalogue: RoleCatalogue = .standard) {
        self.sop = sop
        self.sopVersions = [SOPVersion(number: 0, sop: sop)]
        self.catalogue = catalogue
    }

    /// The SOP a request is decided under: the version in force when it was filed.
    public func sop(of id: RequestID) -> SOPDefinition {
        guard let version = requests[id]?.sopVersion, version < sopVersions.count else { return sop }
        return sopVersions[version].sop
    }

    /// The state as seen by an event or command on request `id`: its own SOP version in force (see ``sop(of:)``).
    func scoped(to id: RequestID?) -> WorkflowState {
        guard let id, let version = requests[id]?.sopVersion, version < sopVersions.count - 1 else { return self }
        var scoped = self
        scoped.sop = sopVersions[version].sop
        return scoped
    }

    /// Folds stored events in order, re-validating each; the first refused event stops the replay with an error
    /// naming it.
    public static func replay(
        _ events: [WorkflowEvent], sop: SOPDefinition, catalogue: RoleCatalogue = .standard
    ) throws(WorkflowError) -> WorkflowState {
        var state = WorkflowState(sop: sop, catalogue: catalogue)
        for event in events { try state.apply(event) }
        return state
    }

    /// Re-validates `event` against the current state with the same rules as ``decide(_:by:at:)`` and folds it.
    /// A refused event leaves the state unchanged and throws ``WorkflowError/eventRefused(index:summary:reason:)``.
    public mutating func apply(_ event: WorkflowEvent) throws(WorkflowError) {
        // The request's own SOP version for this event, swapped in place (a copy of the state would copy every
        // request on the first write: replay would grow quadratic).
        let current = sop
        if let id = event.requestID, let version = requests[id]?.sopVersion, version < sopVersions.count - 1 {
            sop = sopVersions[version].sop
        }
        do {
            try check(event)
        } catch {
            sop = current
            throw .eventRefused(index: eventCount + 1, summary: event.description, reason: error)
        }
        if case .sopAdopted(let e) = event {
            // Checked above: the text parses.
            do { sopVersions.append(SOPVersion(number: e.version, sop: try SOPDefinition(yaml: e.text), adoption: e)) } catch {
                throw .eventRefused(index: eventCount + 1, summary: event.description, reason: .sopNotAdoptable(.unreadable(error)))
            }
            if let replaces = e.replaces { sopVersions[0].text = replaces }
            sop = sopVersions[sopVersions.count - 1].sop
            eventCount += 1
            return
        }
        fold(event)
        sop = current
        eventCount += 1
    }

    /// The request with this id, or an error.
    public func request(_ id: RequestID) throws(WorkflowError) -> AccessRequest {
        guard let request = requests[id] else { throw .unknownRequest(id) }
        return request
    }

    /// The SK with this number, in force or awaiting confirmation.
    public func decreeRecord(_ number: DecreeNumber) -> DecreeRecord? { decrees[number] ?? pendingDecrees[number] }

    /// The step a request is waiting for, if it is in progress (of the SOP version it was filed under).
    public func currentStep(of id: RequestID) -> StepDefinition? {
        guard case .inProgress(let step)? = requests[id]?.status else { return nil }
        return sop(of: id).step(step)
    }
}
