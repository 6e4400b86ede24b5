import AccessWorkflow
import Foundation
import Hummingbird
import OfficeService

extension OfficeWeb {
    /// Every page and form of the office.
    func registerPages(on router: Router<OfficeRequestContext>) {
        router.get("/inbox") { request, _ in await page(request) { web throws(OfficeError) in try await InboxPage(web: self, request: web).render() } }
        router.get("/requests") { request, _ in
            let status = request.uri.queryParameters["status"].map(String.init)
            return await page(request) { web throws(OfficeError) in try await RequestListPage(web: self, request: web).render(status: status) }
        }
        router.get("/requests/new") { request, _ in
            await page(request) { web throws(OfficeError) in NewRequestPage(web: self, request: web).render(problem: nil) }
        }
        router.post("/requests/new") { request, context in
            await form(request, context) { web, submitted throws(OfficeError) in await NewRequestPage(web: self, request: web).submit(submitted) }
        }
        router.get("/requests/{id}") { request, context in
            let id = context.parameters.get("id") ?? ""
            let done = request.uri.queryParameters["done"].map(String.init)
            return await page(request) { web throws(OfficeError) in
                try await RequestPage(web: self, request: web, id: id).render(notice: done.map { _ in WebText.done(web.language) }, problem: nil)
            }
        }
        for action in RequestAction.allCases {
            router.post("/requests/{id}/\(action.rawValue)") { request, context in
                let id = context.parameters.get("id") ?? ""
                return await form(request, context) { web, submitted throws(OfficeError) in
                    await RequestPage(web: self, request: web, id: id).act(action, submitted)
                }
            }
        }
        router.post("/requests/{id}/documents") { request, context in
            let id = context.parameters.get("id") ?? ""
            return await form(request, context) { web, submitted throws(OfficeError) in
                try await DocumentSection(web: self, request: web).make(id: id, submitted)
            }
        }
        router.get("/archive/file") { request, _ in await download(request) }
        router.get("/requests/{id}/decree") { request, context in
            let id = context.parameters.get("id") ?? ""
            return await page(request) { web throws(OfficeError) in DecreePages(web: self, request: web).issueForm(id: id, problem: nil) }
        }
        router.post("/requests/{id}/decree") { request, context in
            let id = context.parameters.get("id") ?? ""
            return await form(request, context) { web, submitted throws(OfficeError) in
                await DecreePages(web: self, request: web).issue(id: id, submitted)
            }
        }
        router.get("/decrees") { request, _ in await page(request) { web throws(OfficeError) in try await DecreePages(web: self, request: web).list() } }
        router.get("/decrees/import") { request, _ in
            await page(request) { web throws(OfficeError) in DecreePages(web: self, request: web).importForm(problem: nil) }
        }
        router.post("/decrees/import") { request, context in
            await form(request, context) { web, submitted throws(OfficeError) in await DecreePages(web: self, request: web).importDecree(submitted) }
        }
        router.get("/handover") { request, _ in
            let person = request.uri.queryParameters["person"].map(String.init)
            let forRequest = request.uri.queryParameters["request"].map(String.init)
            return await page(request) { web throws(OfficeError) in
                HandoverPage(web: self, request: web).form(person: person, request: forRequest, problem: nil)
            }
        }
        router.post("/handover") { request, context in
            await form(request, context) { web, submitted throws(OfficeError) in await HandoverPage(web: self, request: web).handOver(submitted) }
        }
        router.get("/roster") { request, _ in await page(request) { web throws(OfficeError) in try await ReportPages(web: self, request: web).roster() } }
        router.get("/sla") { request, _ in await page(request) { web throws(OfficeError) in try await ReportPages(web: self, request: web).sla() } }
        router.get("/reconcile") { request, _ in await page(request) { web throws(OfficeError) in try await ReportPages(web: self, request: web).reconcile(applied: nil) } }
        router.post("/reconcile") { request, context in
            await form(request, context) { web, submitted throws(OfficeError) in await ReportPages(web: self, request: web).apply(submitted) }
        }
    }
}

/// The actions on a request's current step that a page form posts.
enum RequestAction: String, CaseIterable, Sendable {
    case approve, reject
    case returnForRevision = "return"
}
