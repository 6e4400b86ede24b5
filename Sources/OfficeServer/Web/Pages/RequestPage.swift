import AccessWorkflow
import Foundation
import HTTPTypes
import Hummingbird
import OfficeService

/// One request: candidates, struck names, every step with who, when, note and documents, and — for the official it
/// waits for — the form of the current step (approve or initial with note and documents, strike names, reject,
/// return), with the same refusals as the CLI shown in plain words.
struct RequestPage {
    let web: OfficeWeb
    let request: WebRequest
    let id: String

    func render(notice: String?, problem: OfficeError?, status: HTTPResponse.Status = .ok) async throws(OfficeError) -> HTML {
        let l = request.language
        let detail = try await web.perform(RequestShowQuery(id: id), request)
        let profile = try await web.perform(OfficeProfileQuery(), request)
        var parts: [HTML] = []
        if let notice { parts.append(Layout.notice(notice)) }
        if let problem { parts.append(Layout.problem(problem, l)) }
        parts.append(facts(detail, l))
        parts.append(candidates(detail, l))
        if !detail.struck.isEmpty { parts.append(struck(detail, l)) }
        parts.append(steps(detail, profile, l))
        if let pending = detail.pendingAccounts { parts.append(pendingAccounts(pending, l)) }
        if let actions = detail.actions, let current = detail.currentStep.flatMap(profile.step) {
            parts.append(actionSection(detail, current, actions, profile, l))
        }
        parts.append(try await DocumentSection(web: web, request: request).render(subject: detail.id))
        return Layout.page(request, office: web.office, title: "\(WebText.request(l)) \(detail.id)", body: HTML.join(parts))
    }

    private func facts(_ detail: RequestDetail, _ l: Language) -> HTML {
        """
        <dl class="facts">
          <dt>\(WebText.status(l))</dt><dd>\(detail.status)</dd>
          <dt>\(WebText.filed(l))</dt><dd>\(Layout.time(detail.filedAt, web.office)) — \(detail.filedBy)</dd>
          <dt>\(WebText.applicant(l))</dt><dd>\(detail.applicant)</dd>
          \(detail.letterDate.map { "<dt>\(WebText.letterDated(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
          \(detail.agendaNumber.map { agenda in
              "<dt>\(WebText.agendaNumber(l))</dt><dd>\(agenda)\(detail.registeredAt.map { " — \(Layout.time($0, web.office))" } ?? "")</dd>" as HTML
          } ?? .empty)
          \(detail.decree.map { "<dt>\(WebText.decree(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
          \(detail.awaiting.map { "<dt>\(WebText.waitingFor(l))</dt><dd>\($0)</dd>" as HTML } ?? .empty)
        </dl>
        """
    }

    private func candidates(_ detail: RequestDetail, _ l: Language) -> HTML {
        """
        <h2>\(WebText.candidates(l))</h2>
        <table><thead><tr><th scope="col">\(WebText.name(l))</th><th scope="col">\(WebText.nip(l))</th>
        <th scope="col">\(WebText.nik(l))</th><th scope="col">\(WebText.role(l))</th><th scope="col">\(WebText.unit(l))</th></tr></thead>
        <tbody>\(HTML.join(detail.candidates.map { c in
            "<tr><td>\(c.name)</td><td>\(c.nip ?? "-")</td><td>\(c.nik ?? "-")</td><td>\(c.role)</td><td>\(c.workUnit)</td></tr>"
        }))</tbody></table>
        """
    }

    /// At the provision step of an SK office: whose accounts the bridge has not created yet (the step waits for them).
    private func pendingAccounts(_ pending: [RequestDetail.PendingAccount], _ l: Language) -> HTML {
        let requests = Catalogue.requests
        guard !pending.isEmpty else { return "<p class=\"notice\">\(requests.accountsAllCreated.text(in: l))</p>" }
        return """
            <h2>\(requests.accountsPending(pending.count).text(in: l))</h2>
            <ul class="pending">\(HTML.join(pending.map { "<li>\($0.name): \($0.reason)</li>" }))</ul>
            """
    }

    private func struck(_ detail: RequestDetail, _ l: Language) -> HTML {
        """
        <h2>\(WebText.struck(l))</h2>
        <table><thead><tr><th scope="col">\(WebText.name(l))</th><th scope="col">\(WebText.step(l))</th>
        <th scope="col">\(WebText.by(l))</th><th scope="col">\(WebText.when(l))</th><th scope="col">\(WebText.reason(l))</th></tr></thead>
        <tbody>\(HTML.join(detail.struck.map { s in
            "<tr><td>\(s.name)</td><td>\(s.step)</td><td>\(s.actor)</td><td>\(Layout.time(s.at, web.office))</td><td>\(s.reason)</td></tr>"
        }))</tbody></table>
        """
    }

    private func steps(_ detail: RequestDetail, _ profile: OfficeProfile, _ l: Language) -> HTML {
        var rows: [HTML] = []
        for step in profile.steps {
            let records = detail.records.filter { $0.step == step.id }
            let time = detail.times.last { $0.step == step.id }
            let timeText: HTML = time.map { t in
                "\(Layout.duration(t.elapsedSeconds, l)) \(WebText.of(l)) \(Layout.duration(Double(t.standardSeconds), l))\(t.breached ? " <span class=\"exceeded\">\(t.pending ? WebText.overdue(l) : WebText.exceeded(l))</span>" as HTML : .empty)"
            } ?? "-"
            if records.isEmpty {
                let waiting = detail.currentStep == step.id
                rows.append("""
                    <tr><td>\(step.title)</td><td>\(step.executorTitle)</td><td>-</td><td>-</td>
                    <td>\(waiting ? WebText.waiting(l) : "-")</td><td>\(waiting ? timeText : "-")</td><td></td></tr>
                    """)
            }
            for record in records {
                let evidence = record.evidence.sorted { $0.key < $1.key }.map { key, value -> String in
                    "\(key): \(value.reference ?? value.fileName ?? "")\(value.sha256.map { " (SHA-256 \($0.prefix(12))…)" } ?? "")"
                }
                let confirmed = record.confirmations.sorted { $0.key < $1.key }.map { "✔ \($0.key): \($0.value)" }
                let extra = (evidence + (record.note.isEmpty ? [] : ["“\(record.note)”"]) + confirmed).joined(separator: "\n")
                rows.append("""
                    <tr\(record.voided ? HTML(markup: " class=\"muted\"") : .empty)><td>\(step.title)</td><td>\(step.executorTitle)</td>
                    <td>\(record.actorName) (\(record.actor))</td><td>\(Layout.time(record.at, web.office))</td>
                    <td>\(Catalogue.words.outcome(record.outcome).text(in: l))\(record.voided ? Catalogue.words.voided.text(in: l) : "")</td><td>\(record.voided ? "-" : timeText)</td>
                    <td>\(Layout.multiline(extra))</td></tr>
                    """)
            }
        }
        return """
            <h2>\(WebText.steps(l))</h2>
            <table><thead><tr><th scope="col">\(WebText.step(l))</th><th scope="col">\(WebText.executor(l))</th>
            <th scope="col">\(WebText.by(l))</th><th scope="col">\(WebText.when(l))</th><th scope="col">\(WebText.outcome(l))</th>
            <th scope="col">\(WebText.timeUsed(l))</th><th scope="col">\(WebText.documentsAndNote(l))</th></tr></thead>
            <tbody>\(HTML.join(rows))</tbody></table>
            """
    }

    private func actionSection(
        _ detail: RequestDetail, _ step: StepInfo, _ actions: StepActions, _ profile: OfficeProfile, _ l: Language
    ) -> HTML {
        var parts: [HTML] = ["<h2>\(WebText.act(l)): \(step.title)</h2>"]
        parts.append("<p>\(WebText.standard(l)): \(step.time). \(WebText.executor(l)): \(detail.awaiting ?? step.executorTitle)</p>")
        guard actions.yourTurn else {
            parts.append("<p class=\"muted\">\(WebText.notYourTurn(l))</p>")
            return HTML.join(parts)
        }
        let csrf = Layout.csrf(request)
        switch actions.kind {
        case "decree" where actions.completesStep:
            parts.append("<p><a href=\"/requests/\(detail.id)/decree\">\(WebText.issueDecreeLink(l))</a></p>")
        case "sign" where actions.completesStep:
            parts.append("<p><a href=\"/requests/\(detail.id)/sign\">\(WebText.signDecreeLink(l))</a></p>")
        case "handover" where actions.completesStep:
            parts.append("<p><a href=\"/handover?request=\(detail.id)\">\(WebText.handoverLink(l))</a></p>")
        default:
            let documents = (actions.inputs + (actions.output.map { [$0] } ?? []))
                .filter { $0.kind == "document" || $0.kind == "decree" }
            let inputs = HTML.join(documents.map { doc in
                """
                <fieldset><legend>\(doc.title)</legend>
                  <label for="ref-\(doc.id)">\(WebText.evidenceReference(l))</label>
                  <input id="ref-\(doc.id)" name="evidence_ref:\(doc.id)">
                  <label for="file-\(doc.id)">\(WebText.evidenceFile(l))</label>
                  <input id="file-\(doc.id)" name="evidence_file:\(doc.id)" type="file" accept="application/pdf,image/jpeg,image/png">
                </fieldset>
                """
            })
            let strikes: HTML = actions.mayStrike && detail.candidates.count > 1 ? """
                <fieldset><legend>\(WebText.strikeLegend(l))</legend>
                \(HTML.join(detail.candidates.enumerated().map { index, c in
                    let key = c.nip.map { "nip:" + $0.filter(\.isNumber) } ?? c.nik.map { "nik:" + $0 } ?? ""
                    return """
                        <p><input type="checkbox" id="strike-\(index)" name="strike" value="\(key)">
                        <label for="strike-\(index)" class="inline">\(c.name)</label>
                        <label for="reason-\(index)" class="muted">\(WebText.strikeReason(l))</label>
                        <input id="reason-\(index)" name="reason:\(key)"></p>
                        """
                }))
                </fieldset>
                """ : .empty
            parts.append("""
                <form method="post" action="/requests/\(detail.id)/approve" enctype="multipart/form-data">
                  \(csrf)
                  <input type="hidden" name="step" value="\(step.id)">
                  \(inputs)
                  \(strikes)
                  <label for="note">\(WebText.note(l))</label>
                  <textarea id="note" name="note"></textarea>
                  <fieldset><legend>\(WebText.deviations(l))</legend>
                    <select id="deviation-kind" name="deviation_kind" aria-label="\(WebText.kind(l))">
                      <option value="equipment">\(WebText.deviationEquipment(l))</option><option value="output">\(WebText.deviationOutput(l))</option>
                    </select>
                    <textarea id="deviation-note" name="deviation_note" aria-label="\(WebText.deviations(l))"></textarea>
                  </fieldset>
                  <p><button type="submit">\(actions.completesStep ? WebText.approve(l) : WebText.initial(l))</button></p>
                </form>
                """)
        }
        if actions.mayReturn {
            parts.append(reasonForm(detail.id, step.id, action: .returnForRevision, label: WebText.returnForRevision(l), style: "secondary"))
        }
        if actions.mayReject {
            parts.append(reasonForm(detail.id, step.id, action: .reject, label: WebText.reject(l), style: "danger"))
        }
        return HTML.join(parts)
    }

    private func reasonForm(_ id: String, _ step: String, action: RequestAction, label: String, style: String) -> HTML {
        let l = request.language
        return """
            <form method="post" action="/requests/\(id)/\(action.rawValue)">
              \(Layout.csrf(request))
              <input type="hidden" name="step" value="\(step)">
              <label for="reason-\(action.rawValue)">\(WebText.reasonRequired(l))</label>
              <input id="reason-\(action.rawValue)" name="reason" required>
              <p><button type="submit" class="\(style)">\(label)</button></p>
            </form>
            """
    }

    // MARK: - Acting

    func act(_ action: RequestAction, _ form: SubmittedForm) async -> Response {
        do throws(OfficeError) {
            switch action {
            case .approve:
                var evidence: [EvidenceInput] = []
                for (name, values) in form.fieldsWithPrefix("evidence_ref:") {
                    for value in values where !value.trimmingCharacters(in: .whitespaces).isEmpty {
                        evidence.append(EvidenceInput(document: name, reference: value.trimmingCharacters(in: .whitespaces)))
                    }
                }
                // Every file and the step itself are checked before anything is kept: a refused step leaves no file.
                var uploads: [(checked: Office.CheckedEvidence, content: Data)] = []
                for file in form.filesWithPrefix("evidence_file:") {
                    let document = String(file.field.dropFirst("evidence_file:".count))
                    let content = Data(file.bytes)
                    let checked = try await web.office.checkEvidence(
                        content, claimedName: file.fileName, document: document, request: id, by: request.caller)
                    uploads.append((checked, content))
                    evidence.append(checked.evidence)
                }
                let struck = form.values("strike").map { key in
                    StrikeInput(person: key, reason: form.value("reason:\(key)") ?? "")
                }
                let deviation = (form.value("deviation_note") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let deviations = deviation.isEmpty ? [] : [DeviationInput(kind: form.value("deviation_kind") ?? "", note: deviation)]
                let approval = ApproveCommand(id: id, step: form.value("step"), note: form.value("note") ?? "", evidence: evidence, struck: struck,
                                              deviations: deviations)
                if !uploads.isEmpty {
                    try await approval.check(in: web.office, as: request.caller, language: request.language)
                    for upload in uploads { _ = try await web.office.keep(upload.checked, upload.content, at: request.now) }
                }
                _ = try await web.perform(approval, request)
            case .reject:
                _ = try await web.perform(RejectCommand(id: id, step: form.value("step"), reason: form.value("reason") ?? ""), request)
            case .returnForRevision:
                _ = try await web.perform(ReturnCommand(id: id, step: form.value("step"), reason: form.value("reason") ?? ""), request)
            }
            return WebResponse.redirect("/requests/\(id)?done=\(action.rawValue)")
        } catch {
            do throws(OfficeError) {
                return WebResponse.html(
                    try await render(notice: nil, problem: error), failure: error)
            } catch {
                return WebResponse.html(
                    Layout.page(request, office: web.office, title: WebText.refused(request.language), body: Layout.problem(error, request.language)),
                    failure: error)
            }
        }
    }
}

extension SubmittedForm {
    /// Fields whose names start with `prefix`, by the rest of the name.
    func fieldsWithPrefix(_ prefix: String) -> [(String, [String])] {
        allFields.filter { $0.key.hasPrefix(prefix) }.map { (String($0.key.dropFirst(prefix.count)), $0.value) }.sorted { $0.0 < $1.0 }
    }

    func filesWithPrefix(_ prefix: String) -> [File] { allFiles.filter { $0.field.hasPrefix(prefix) && !$0.bytes.isEmpty } }
}

