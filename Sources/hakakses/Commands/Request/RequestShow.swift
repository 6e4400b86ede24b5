import ArgumentParser
import Foundation
import OfficeService

/// `hakakses request show ID`: candidates, every step with who did it, when, with which evidence, and its time
/// against the SOP's standard.
struct RequestShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: helpText(
        "Show one request in full.",
        id: "Tampilkan satu permohonan selengkapnya."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp("Request id, e.g. REQ-2025-0001.", id: "Nomor permohonan, misalnya REQ-2025-0001.")) var id: String

    func run() async throws {
        try await reporting {
            let (detail, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(RequestShowQuery(id: id)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(detail); return }
            print("\(detail.id)  \(detail.status)")
            let c = Catalogue.columns, requests = Catalogue.requests
            say(requests.filedBy(detail.filedBy, at: Format.time(detail.filedAt, office), applicant: detail.applicant, decree: detail.decree))
            if let letter = detail.letterDate { say(requests.letterDated(letter)) }
            if let agenda = detail.agendaNumber, let at = detail.registeredAt { say(requests.registered(agenda, at: Format.time(at, office))) }
            if let awaiting = detail.awaiting { say(requests.waitingFor(awaiting)) }
            if let pending = detail.pendingAccounts {
                say(pending.isEmpty ? requests.accountsAllCreated : requests.accountsPending(pending.count))
                for account in pending { print("  - \(account.name): \(account.reason)") }
            }
            var candidates = Table(c.candidate, c.nip, c.nik, c.role, c.unit)
            for c in detail.candidates { candidates.add(c.name, c.nip ?? "-", c.nik ?? "-", c.role, c.workUnit) }
            print("")
            print(candidates.render())
            if !detail.struck.isEmpty {
                var struck = Table(c.struck, c.person, c.atStep, c.by, c.when, c.reason)
                for s in detail.struck { struck.add(s.name, s.person, s.step, s.actor, Format.time(s.at, office), s.reason) }
                print("")
                print(struck.render())
            }
            print("")
            var steps = Table(c.step, c.title, c.by, c.when, c.outcome, c.duration, c.evidenceOrNote)
            for step in office.steps {
                let records = detail.records.filter { $0.step == step.id }
                let time = detail.times.last { $0.step == step.id }
                let timeText = time.map {
                    Format.used($0.elapsedSeconds, of: $0.standardSeconds, mark: $0.breached ? Catalogue.words.exceeded : nil)
                } ?? "-"
                if records.isEmpty {
                    let waiting = detail.currentStep == step.id
                    steps.add(step.id, step.title, step.executorTitle, "-", waiting ? Catalogue.words.waiting.text(in: Shell.language) : "-",
                              waiting ? timeText : "-", "")
                }
                for record in records {
                    let evidence = record.evidence.sorted { $0.key < $1.key }.map { key, value in
                        "\(key)=\(value.reference ?? "")\(value.sha256.map { " sha256:\($0.prefix(12))…" } ?? "")"
                    }
                    let confirmed = record.confirmations.sorted { $0.key < $1.key }.map {
                        requests.confirmation($0.key, note: $0.value).text(in: Shell.language)
                    }
                    let extra = (evidence + (record.note.isEmpty ? [] : ["\"\(record.note)\""]) + confirmed).joined(separator: "; ")
                    steps.add(step.id, step.title, record.actor, Format.time(record.at, office),
                              Catalogue.words.outcome(record.outcome).text(in: Shell.language)
                                + (record.voided ? Catalogue.words.voided.text(in: Shell.language) : ""),
                              record.voided ? "-" : timeText, extra)
                }
            }
            print(steps.render())
        }
    }
}
