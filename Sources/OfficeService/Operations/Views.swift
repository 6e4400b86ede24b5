import AccessWorkflow
import Foundation

/// Building the API's views from the core's values.
enum Views {
    static func step(_ step: StepDefinition, _ sop: SOPDefinition) -> StepInfo {
        StepInfo(
            id: step.id.rawValue, title: step.title, executor: step.executor.rawValue,
            executorTitle: sop.executorTitles(step), time: step.time.description, kind: step.kind.rawValue)
    }

    /// Where request `id` stands in `state`: the next step and, in a paraf chain, whose initial or decision it
    /// waits for.
    static func progress(_ id: RequestID, _ state: WorkflowState, _ language: Language) -> RequestProgress {
        let status = state.requests[id].map { $0.status.text(in: language) } ?? language.pick(id: "tidak dikenal", en: "unknown")
        guard let current = state.currentStep(of: id) else { return RequestProgress(request: id.rawValue, status: status, next: nil) }
        var info = step(current, state.sop)
        if let awaited = state.awaited(id), current.executors.links.count > 1 {
            let who = awaited.roles.map(state.sop.roleTitle).joined(separator: language.pick(id: " atau ", en: " or "))
            let what = awaited.completesStep ? language.pick(id: "keputusan", en: "decision") : language.pick(id: "paraf", en: "paraf (initial)")
            let position = language.pick(id: "\(awaited.link + 1) dari \(current.executors.links.count)",
                                         en: "\(awaited.link + 1) of \(current.executors.links.count)")
            info = StepInfo(id: info.id, title: info.title, executor: awaited.roles.first?.rawValue ?? info.executor,
                            executorTitle: "\(who), \(what) \(position)",
                            time: info.time, kind: info.kind)
        }
        return RequestProgress(request: id.rawValue, status: status, next: info)
    }

    static func successor(_ successor: DecreeSuccessor) -> DecreeRow.Successor {
        DecreeRow.Successor(number: successor.number.description, effectiveFrom: successor.effectiveFrom.description)
    }

    static func warning(_ warning: IdentityWarning, _ language: Language) -> WarningView {
        WarningView(id: warning.id.rawValue, message: warning.message(in: language))
    }

    static func profile(_ sop: SOPDefinition, catalogue: RoleCatalogue, rehearsal: Bool) -> OfficeProfile {
        OfficeProfile(
            name: sop.office.name, region: sop.office.region.description, utcOffsetSeconds: sop.office.utcOffset.seconds,
            sopNumber: sop.number, sopTitle: sop.title, requestKind: sop.requestKind.rawValue,
            steps: sop.steps.map { step($0, sop) },
            documents: sop.documents.map { DocumentInfo(id: $0.id.rawValue, title: $0.title, kind: $0.kind.rawValue) },
            workflowRoles: sop.roles.map { RoleInfo(id: $0.id.rawValue, title: $0.title) },
            siakRoles: catalogue.roles.map { RoleInfo(id: $0.id.rawValue, title: $0.title) },
            rehearsal: rehearsal, sopHeader: SOPHeaderInfo(sop))
    }

    static func staff(_ session: StaffSession) -> StaffInfo {
        StaffInfo(uid: session.uid, name: session.actor.displayName, roles: session.actor.roles.map(\.rawValue).sorted())
    }
}
