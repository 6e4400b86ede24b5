import AccessStore
import AccessWorkflow
import Foundation

/// `GET /api/v1/inbox`: what waits for the caller — requests at a step of one of their roles, and returned requests
/// they may resubmit — oldest first, with the time used against the step's standard.
public struct InboxQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/inbox")
    public static let action = OfficeAction.readInbox
    public init() {}

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> Inbox {
        let staff = try call.caller.staff(for: .inbox)
        let state = try await office.state()
        let sop = office.sop
        let sla = SLAReport(state: state, now: call.now)
        var rows: [InboxRow] = []
        for request in state.requests.values where state.isAwaiting(request.id, by: staff.actor) {
            let step: StepDefinition
            let role: String
            switch request.status {
            case .inProgress(let id):
                guard let current = sop.step(id) else { continue }
                step = current
                role = Views.progress(request.id, state, call.language).next?.executorTitle ?? sop.executorTitles(current)
            case .returned:
                step = sop.submitStep
                role = sop.executorTitles(step)
            default: continue
            }
            let time = sla.rows.last { $0.request == request.id && $0.step == step.id && $0.isPending }
            rows.append(InboxRow(
                request: request.id.rawValue, step: step.id.rawValue, title: step.title, role: role,
                waitingSince: time?.started ?? request.filedAt, elapsedSeconds: time?.elapsed ?? 0,
                standardSeconds: time?.standardSeconds ?? 0, overdue: time?.breached ?? false))
        }
        rows.sort { ($0.overdue ? 0 : 1, $0.waitingSince, $0.request) < ($1.overdue ? 0 : 1, $1.waitingSince, $1.request) }
        let confirms = sop.permissions.confirmDecree.contains(where: staff.actor.holds)
        let toConfirm = !confirms ? [] : state.pendingDecrees.values
            .filter { !$0.recordedBy.isSameOfficial(as: staff.actor) && !$0.decree.grants.contains { $0.person.isSamePerson(as: staff.actor) } }
            .map(\.decree.number.description).sorted()
        var inbox = Inbox(uid: staff.uid, roles: staff.actor.roles.map(\.rawValue).sorted(), rows: rows, decreesToConfirm: toConfirm)
        if let administrators = Audience.accountAdministrators.roles(in: sop), administrators.contains(where: staff.actor.holds) {
            inbox.passwordResets = try await office.pendingPasswordResets()
        }
        return inbox
    }
}

/// `GET /api/v1/requests?status=`: the requests, oldest filing first.
public struct RequestListQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/requests")
    public static let action = OfficeAction.listRequests
    public var status: String?
    public init(status: String? = nil) { self.status = status }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> [RequestListRow] {
        var kind: RequestStatusKind?
        if let status {
            guard let parsed = RequestStatusKind(rawValue: status) else {
                throw .badInput(.statusUnknown(status, known: RequestStatusKind.allCases.map(\.rawValue)))
            }
            kind = parsed
        }
        let wanted = kind
        return try await office.storeCall { store throws(StoreError) in try store.requests(status: wanted) }.map {
            RequestListRow(
                id: $0.id.rawValue, status: $0.status.rawValue, statusReason: $0.statusReason,
                currentStep: $0.currentStep?.rawValue, filedAt: $0.filedAt, filedBy: $0.filedBy, applicant: $0.applicantName,
                candidates: $0.candidateCount, decree: $0.decreeNumber?.description, lastActivity: $0.lastActivity)
        }
    }
}

/// `GET /api/v1/requests/{id}`: candidates, every step with who did it, when, with which documents, and its time
/// against the SOP's standard.
public struct RequestShowQuery: OfficeOperation {
    public static let route = OfficeRoute.get("/api/v1/requests/{id}")
    public static let action = OfficeAction.readRequest
    public var id: String
    public init(id: String) { self.id = id }

    public func run(in office: Office, _ call: OfficeCall) async throws(OfficeError) -> RequestDetail {
        let state = try await office.state()
        let request: AccessRequest
        do throws(WorkflowError) { request = try state.request(RequestID(rawValue: id)) } catch { throw .notFound(.workflow(error)) }
        let sla = SLAReport(state: state, now: call.now).rows.filter { $0.request == request.id }
        // Need to know: the people's numbers for the officials involved in the request (and the identity readers).
        let shown = ArchiveAccess.involved(call.caller, in: request, state)
        var pendingAccounts: [RequestDetail.PendingAccount]?
        if let step = state.currentStep(of: request.id), step.kind == .provision, state.sop.rosterSource == .decrees {
            pendingAccounts = try await ProvisionCheck.pending(request.id, in: state, office: office, now: call.now).map {
                .init(name: $0.name, reason: $0.reason.text(in: call.language))
            }
        }
        func number(_ text: String?) -> String? { shown ? text : ArchiveAccess.masked(text) }
        return RequestDetail(
            id: request.id.rawValue, kind: "\(request.kind)", status: request.status.text(in: call.language), filedBy: request.filedBy,
            filedAt: request.filedAt, applicant: request.applicant.name.displayName,
            currentStep: state.currentStep(of: request.id)?.id.rawValue, decree: request.decreeNumber?.description,
            letterDate: request.letterDate?.description,
            agendaNumber: request.registration?.agenda, registeredAt: request.registration?.at,
            awaiting: Views.progress(request.id, state, call.language).next?.executorTitle,
            candidates: request.candidates.map {
                .init(name: $0.person.name.displayName, nip: number($0.person.nip?.formatted), nik: number($0.person.nik?.digits),
                      role: $0.role.rawValue, workUnit: $0.workUnit, position: $0.position)
            },
            struck: request.struck.map {
                .init(name: $0.candidate.person.name.displayName,
                      person: shown ? $0.candidate.key.description : (ArchiveAccess.masked($0.candidate.key.description) ?? ""), reason: $0.reason,
                      step: $0.step.rawValue, actor: $0.actor.uid, at: $0.at)
            },
            records: request.records.map { record in
                .init(step: record.step.rawValue, outcome: record.outcome.rawValue, actor: record.actor.uid,
                      actorName: record.actor.displayName + (state.actingTitle(of: record.actor, at: record.at).map { ", \($0)" } ?? ""),
                      at: record.at, note: record.note,
                      evidence: Dictionary(uniqueKeysWithValues: record.evidence.map {
                          ($0.key.rawValue, RequestDetail.EvidenceRow(reference: $0.value.reference, sha256: $0.value.sha256, fileName: $0.value.fileName))
                      }),
                      voided: record.voided,
                      confirmations: Dictionary(uniqueKeysWithValues: record.confirmations.map { ($0.key.rawValue, $0.value) }))
            },
            times: sla.map {
                .init(step: $0.step.rawValue, round: $0.round, elapsedSeconds: $0.elapsed, standardSeconds: $0.standardSeconds,
                      breached: $0.breached, pending: $0.isPending)
            },
            actions: Self.actions(request.id, state, caller: call.caller), pendingAccounts: pendingAccounts)
    }

    static func actions(_ id: RequestID, _ state: WorkflowState, caller: OfficeCaller) -> StepActions? {
        let sop = state.sop
        guard let step = state.currentStep(of: id) else { return nil }
        let awaited = state.awaited(id)
        let completes = awaited?.completesStep ?? true
        let yours: Bool
        if case .staff(let staff) = caller { yours = state.isAwaiting(id, by: staff.actor) } else { yours = false }
        return StepActions(
            yourTurn: yours, completesStep: completes, mayReject: step.mayReject && completes, mayReturn: step.mayReturn,
            mayStrike: step.mayStrike && completes, kind: step.kind.rawValue,
            inputs: step.inputs.compactMap { sop.document($0) }.map { DocumentInfo(id: $0.id.rawValue, title: $0.title, kind: $0.kind.rawValue) },
            output: step.output.flatMap { sop.document($0) }.map { DocumentInfo(id: $0.id.rawValue, title: $0.title, kind: $0.kind.rawValue) })
    }
}
