import ArgumentParser
import Foundation
import OfficeService

/// `hakakses request show ID`: candidates, every step with who did it, when, with which evidence, and its time
/// against the SOP's standard.
struct RequestShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one request in full.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "Request id, e.g. REQ-2025-0001.") var id: String

    func run() async throws {
        try await reporting {
            let (detail, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(RequestShowQuery(id: id)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(detail); return }
            print("\(detail.id)  \(detail.status)")
            print("filed by \(detail.filedBy) on \(Format.time(detail.filedAt, office)); applicant \(detail.applicant)\(detail.decree.map { "; SK \($0)" } ?? "")")
            if let letter = detail.letterDate { print("letter dated \(letter)") }
            if let awaiting = detail.awaiting { print("waiting for: \(awaiting)") }
            var candidates = Table("CANDIDATE", "NIP", "NIK", "ROLE", "UNIT")
            for c in detail.candidates { candidates.add(c.name, c.nip ?? "-", c.nik ?? "-", c.role, c.workUnit) }
            print("")
            print(candidates.render())
            if !detail.struck.isEmpty {
                var struck = Table("STRUCK", "PERSON", "AT STEP", "BY", "WHEN", "REASON")
                for s in detail.struck { struck.add(s.name, s.person, s.step, s.actor, Format.time(s.at, office), s.reason) }
                print("")
                print(struck.render())
            }
            print("")
            var steps = Table("STEP", "TITLE", "BY", "WHEN", "OUTCOME", "TIME", "EVIDENCE / NOTE")
            for step in office.steps {
                let records = detail.records.filter { $0.step == step.id }
                let time = detail.times.last { $0.step == step.id }
                let timeText = time.map {
                    "\(Format.duration($0.elapsedSeconds)) of \(Format.duration(TimeInterval($0.standardSeconds)))\($0.breached ? " EXCEEDED" : "")"
                } ?? "-"
                if records.isEmpty {
                    let waiting = detail.currentStep == step.id
                    steps.add(step.id, step.title, step.executorTitle, "-", waiting ? "waiting" : "-", waiting ? timeText : "-", "")
                }
                for record in records {
                    let evidence = record.evidence.sorted { $0.key < $1.key }.map { key, value in
                        "\(key)=\(value.reference ?? "")\(value.sha256.map { " sha256:\($0.prefix(12))…" } ?? "")"
                    }
                    let confirmed = record.confirmations.sorted { $0.key < $1.key }.map { "confirmed \($0.key): \"\($0.value)\"" }
                    let extra = (evidence + (record.note.isEmpty ? [] : ["\"\(record.note)\""]) + confirmed).joined(separator: "; ")
                    steps.add(step.id, step.title, record.actor, Format.time(record.at, office),
                              record.outcome + (record.voided ? " (voided)" : ""), record.voided ? "-" : timeText, extra)
                }
            }
            print(steps.render())
        }
    }
}
