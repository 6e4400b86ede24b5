import AccessStore
import AccessWorkflow
public import DirectorySync
import Foundation

/// `POST /api/v1/sync`: apply the pending directory changes now (what the server does continuously). Only people
/// on an effective SK or completed request in the verified audit log reach the directory; anything else is refused
/// and audited.
public struct SyncCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/sync")
    public static let action = OfficeAction.sync
    public init() {}

    /// A pass, then the audit anchor: so an explicit sync also checks the whole log against the directory's anchor
    /// (and moves it), even when nothing is due.
    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> SyncReport {
        let report = try await office.syncPass(now: call.now)
        _ = try await office.anchor(now: call.now)
        return report
    }
}

/// `POST /api/v1/revocations`: revoke a person's SIAK access at once — locked and out of every SIAK group; deleted
/// after the grace period.
public struct RevokeCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/revocations")
    public static let action = OfficeAction.revoke
    /// Username, NIP or NIK.
    public var person: String
    /// One of the revocation reasons (death, resignation, transfer, …).
    public var reason: String
    public var note: String

    public init(person: String, reason: String, note: String) {
        self.person = person
        self.reason = reason
        self.note = note
    }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RevocationOutcome {
        guard let kind = RevocationReason(rawValue: reason) else {
            throw .badInput(.revocationReasonUnknown(reason, known: RevocationReason.allCases.map(\.rawValue)))
        }
        let staff = try call.caller.staff(for: .revoke)
        let key = try await InputParsing.person(person, office: office)
        try await office.execute(.revoke(person: key, reason: kind, text: note), by: staff.actor, at: call.now)
        do {
            let report = try await office.syncPass(now: call.now)
            return RevocationOutcome(person: key.description, reason: kind.rawValue, sync: report, pending: nil)
        } catch where error.kind == .unavailable {
            return RevocationOutcome(person: key.description, reason: kind.rawValue, sync: nil, pending: error.text(in: call.language))
        }
    }
}

/// `GET /api/v1/reconcile`: compare the directory with the roster and name every difference (writes nothing).
public struct ReconcileQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/reconcile")
    public static let action = OfficeAction.reconcileDryRun
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReconcileDocument {
        let result = try await office.reconcile(
            office.reconcileOptions(apply: false, force: false, actor: call.caller.auditName), now: call.now)
        return ReconcileView.document(result, apply: false, call.language)
    }
}

/// `POST /api/v1/reconcile`: fix the differences (every change audited). Only the role that creates accounts in
/// this SOP (the ADB) may apply; an apply changing more than the configured share of managed entries needs `force`.
public struct ReconcileApplyCommand: OfficeOperation {
    public static let route = OfficeRoute.post("/api/v1/reconcile")
    public static let action = OfficeAction.reconcileApply
    public var force: Bool
    public init(force: Bool = false) { self.force = force }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> ReconcileDocument {
        if case .staff(let staff) = call.caller {
            guard let creation = office.sop.firstStep(ofKind: .provision), creation.executors.roles.contains(where: staff.actor.holds) else {
                let who = office.sop.firstStep(ofKind: .provision).map { office.sop.executorTitles($0) } ?? "the account creator"
                throw .refused(.reconcileApplyRole(who))
            }
        }
        let result = try await office.reconcile(
            office.reconcileOptions(apply: true, force: force, actor: call.caller.auditName), now: call.now)
        return ReconcileView.document(result, apply: true, call.language)
    }
}

enum ReconcileView {
    static func document(_ result: Reconciliation.Result, apply: Bool, _ language: Language) -> ReconcileDocument {
        let rows = zip(result.differences, result.outcomes).map { difference, written -> ReconcileDocument.Row in
            let outcome: ReconcileOutcome
            var failure: String?
            switch written {
            case .success?: outcome = .fixed
            case .failure(let error)?:
                outcome = .failed
                failure = "\(error)"
            case nil: outcome = difference.isFixable ? (result.applied ? .notFixed : .wouldFix) : .needsDecision
            }
            return ReconcileDocument.Row(
                kind: difference.kind, dn: difference.dn?.description, person: difference.person?.description,
                detail: difference.text(in: language), fixable: difference.isFixable, outcome: outcome, failure: failure)
        }
        return ReconcileDocument(
            applied: result.applied, managedEntries: result.managedEntries, rosterSize: result.rosterSize, writes: result.writes,
            refusal: result.limitExceeded?.text(in: language), differences: rows, seconds: result.phases)
    }
}
