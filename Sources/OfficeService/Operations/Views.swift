import AccessWorkflow
import Foundation

/// Building the API's views from the core's values.
enum Views {
    static func step(_ step: StepDefinition, _ sop: SOPDefinition) -> StepInfo {
        StepInfo(
            id: step.id.rawValue, title: step.title, executor: step.executor.rawValue,
            executorTitle: sop.roleTitle(step.executor), time: step.time.description, kind: step.kind.rawValue)
    }

    /// Where request `id` stands in `state`.
    static func progress(_ id: RequestID, _ state: WorkflowState) -> RequestProgress {
        let status = state.requests[id].map { "\($0.status)" } ?? "unknown"
        return RequestProgress(request: id.rawValue, status: status, next: state.currentStep(of: id).map { step($0, state.sop) })
    }

    static func profile(_ sop: SOPDefinition, catalogue: RoleCatalogue, rehearsal: Bool) -> OfficeProfile {
        OfficeProfile(
            name: sop.office.name, region: sop.office.region.description, utcOffsetSeconds: sop.office.utcOffset.seconds,
            sopNumber: sop.number, sopTitle: sop.title, requestKind: sop.requestKind.rawValue,
            steps: sop.steps.map { step($0, sop) },
            documents: sop.documents.map { DocumentInfo(id: $0.id.rawValue, title: $0.title, kind: $0.kind.rawValue) },
            workflowRoles: sop.roles.map { RoleInfo(id: $0.id.rawValue, title: $0.title) },
            siakRoles: catalogue.roles.map { RoleInfo(id: $0.id.rawValue, title: $0.title) },
            rehearsal: rehearsal)
    }

    static func staff(_ session: StaffSession) -> StaffInfo {
        StaffInfo(uid: session.uid, name: session.actor.displayName, roles: session.actor.roles.map(\.rawValue).sorted())
    }
}
