public import HTTPTypes
public import OfficeService

/// Every page and form of the office's web, with the ``OfficeAction`` whose rule admits a caller to it: a page or
/// form without an action does not compile, and the hostile-official tests walk this list.
public enum WebPage: String, Sendable, CaseIterable {
    case inbox, requestList, newRequestForm, newRequest, request, approve, reject, returnForRevision, printDocument
    case archiveFile, decreeForm, issueDecree, signForm, signDecree, decreeList, importForm, importDecree, confirmForm, confirmDecree
    case handoverForm, handover, roster, sla, reconcile, reconcileApply

    public var method: HTTPRequest.Method {
        switch self {
        case .newRequest, .approve, .reject, .returnForRevision, .printDocument, .issueDecree, .signDecree, .importDecree,
             .confirmDecree, .handover, .reconcileApply:
            .post
        default: .get
        }
    }

    /// The path, with `{id}` for a request id.
    public var path: String {
        switch self {
        case .inbox: "/inbox"
        case .requestList: "/requests"
        case .newRequestForm, .newRequest: "/requests/new"
        case .request: "/requests/{id}"
        case .approve: "/requests/{id}/approve"
        case .reject: "/requests/{id}/reject"
        case .returnForRevision: "/requests/{id}/return"
        case .printDocument: "/requests/{id}/documents"
        case .archiveFile: "/archive/file"
        case .decreeForm, .issueDecree: "/requests/{id}/decree"
        case .signForm, .signDecree: "/requests/{id}/sign"
        case .decreeList: "/decrees"
        case .importForm, .importDecree: "/decrees/import"
        case .confirmForm, .confirmDecree: "/decrees/confirm"
        case .handoverForm, .handover: "/handover"
        case .roster: "/roster"
        case .sla: "/sla"
        case .reconcile, .reconcileApply: "/reconcile"
        }
    }

    /// The action whose rule admits a caller.
    public var action: OfficeAction {
        switch self {
        case .inbox: .readInbox
        case .requestList: .listRequests
        case .newRequestForm, .newRequest: .fileRequest
        case .request: .readRequest
        case .approve: .approveStep
        case .reject: .rejectRequest
        case .returnForRevision: .returnRequest
        case .printDocument: .printDocument
        case .archiveFile: .readArchiveFile
        case .decreeForm, .issueDecree: .issueDecree
        case .signForm, .signDecree: .signDecree
        case .decreeList: .listDecrees
        case .importForm, .importDecree: .importDecree
        case .confirmForm, .confirmDecree: .confirmDecree
        case .handoverForm, .handover: .handover
        case .roster: .readRoster
        case .sla: .readSLA
        case .reconcile: .reconcileDryRun
        case .reconcileApply: .reconcileApply
        }
    }
}
