import AccessWorkflow
import Foundation
import Hummingbird
import OfficeService

extension OfficeWeb {
    /// Every page and form of the office (``WebPage``), each behind the access policy's gate for its action.
    func registerPages(on router: Router<OfficeRequestContext>) {
        for page in WebPage.allCases {
            router.on(RouterPath(page.path), method: page.method) { request, context in
                let id = context.parameters.get("id") ?? ""
                return page.method == .get
                    ? await self.page(request, page.action) { web throws(OfficeError) in try await show(page, request, web, id: id) }
                    : await form(request, context, page.action) { web, submitted throws(OfficeError) in
                        try await post(page, request, web, submitted, id: id)
                    }
            }
        }
    }

    private func show(_ page: WebPage, _ request: Request, _ web: WebRequest, id: String) async throws(OfficeError) -> PageResult {
        func query(_ name: String) -> String? { request.uri.queryParameters[Substring(name)].map { String($0) } }
        switch page {
        case .inbox: return .html(try await InboxPage(web: self, request: web).render())
        case .requestList: return .html(try await RequestListPage(web: self, request: web).render(status: query("status")))
        case .newRequestForm: return .html(NewRequestPage(web: self, request: web).render(problem: nil))
        case .request:
            return .html(try await RequestPage(web: self, request: web, id: id)
                .render(notice: query("done").map { _ in WebText.done(web.language) }, problem: nil))
        case .archiveFile: return .response(try await download(query("name"), web))
        case .decreeForm: return .html(DecreePages(web: self, request: web).issueForm(id: id, problem: nil))
        case .signForm: return .html(DecreePages(web: self, request: web).signForm(id: id, problem: nil))
        case .decreeList: return .html(try await DecreePages(web: self, request: web).list())
        case .importForm: return .html(DecreePages(web: self, request: web).importForm(problem: nil))
        case .confirmForm: return .html(try await DecreePages(web: self, request: web).confirmForm(number: query("number"), problem: nil))
        case .handoverForm:
            return .html(HandoverPage(web: self, request: web).form(person: query("person"), request: query("request"), problem: nil))
        case .roster: return .html(try await ReportPages(web: self, request: web).roster())
        case .sla: return .html(try await ReportPages(web: self, request: web).sla())
        case .reconcile: return .html(try await ReportPages(web: self, request: web).reconcile(applied: nil))
        case .newRequest, .approve, .reject, .returnForRevision, .printDocument, .issueDecree, .signDecree, .importDecree,
             .confirmDecree, .handover, .reconcileApply:
            return .response(WebResponse.redirect(page.path))
        }
    }

    private func post(_ page: WebPage, _ request: Request, _ web: WebRequest, _ submitted: SubmittedForm, id: String)
        async throws(OfficeError) -> Response
    {
        switch page {
        case .newRequest: return await NewRequestPage(web: self, request: web).submit(submitted)
        case .approve: return await RequestPage(web: self, request: web, id: id).act(.approve, submitted)
        case .reject: return await RequestPage(web: self, request: web, id: id).act(.reject, submitted)
        case .returnForRevision: return await RequestPage(web: self, request: web, id: id).act(.returnForRevision, submitted)
        case .printDocument: return try await DocumentSection(web: self, request: web).make(id: id, submitted)
        case .issueDecree: return await DecreePages(web: self, request: web).issue(id: id, submitted)
        case .signDecree: return await DecreePages(web: self, request: web).sign(id: id, submitted)
        case .importDecree: return await DecreePages(web: self, request: web).importDecree(submitted)
        case .confirmDecree: return await DecreePages(web: self, request: web).confirm(submitted)
        case .handover: return await HandoverPage(web: self, request: web).handOver(submitted)
        case .reconcileApply: return await ReportPages(web: self, request: web).apply(submitted)
        case .inbox, .requestList, .newRequestForm, .request, .archiveFile, .decreeForm, .signForm, .decreeList, .importForm,
             .confirmForm, .handoverForm, .roster, .sla, .reconcile:
            throw .badInput(.said(Phrase(id: "halaman ini tidak menerima formulir", en: "this page takes no form")))
        }
    }
}

/// What a page shows: a page of the office, or a response of its own (a file, a redirect).
enum PageResult {
    case html(HTML)
    case response(Response)
}

/// The actions on a request's current step that a page form posts.
enum RequestAction: String, CaseIterable, Sendable {
    case approve, reject
    case returnForRevision = "return"
}
