import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses decree issue|import|export|list|show`.
struct DecreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decree",
        abstract: "SK Kadis: issue one for a request, import one from its spreadsheet, list, show, export.",
        subcommands: [DecreeIssue.self, DecreeImport.self, DecreeExport.self, DecreeList.self, DecreeShow.self])
}

/// `hakakses decree issue --request ID …`: the SK step of a request.
struct DecreeIssue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Record the SK issued for a request (its SK step).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: "The request the SK answers.") var request: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let draft = try decree.draft()
            let result = try await context.execute(.issueDecree(request: RequestID(rawValue: request), step: nil, decree: draft, note: note), as: staff)
            print("SK \(draft.number) recorded for \(request), \(draft.periodDescription)")
            Report.progress(RequestID(rawValue: request), result.state, context)
        }
    }
}

/// `hakakses decree list`.
struct DecreeList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List SKs.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions

    struct Row: Encodable {
        let number: String, title: String, signedOn: String, effectiveFrom: String, effectiveUntil: String?, signer: String
        let request: String?, supersedes: [String], grants: Int, recordedBy: String, recordedAt: Date, inForce: Bool
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let today = context.today
            let rows = try context.read { store throws(StoreError) in try store.decrees() }.map { d in
                Row(number: d.number.description, title: d.title, signedOn: d.signedOn.description, effectiveFrom: d.effectiveFrom.description,
                    effectiveUntil: d.effectiveUntil?.description, signer: d.signerName, request: d.requestID?.rawValue,
                    supersedes: d.supersedes.map(\.description), grants: d.grantCount, recordedBy: d.recordedBy, recordedAt: d.recordedAt,
                    inForce: d.isInForce(on: today))
            }
            if output.json { try printJSON(rows); return }
            var table = Table("SK", "IN FORCE", "FROM", "UNTIL", "GRANTS", "REQUEST", "SUPERSEDES")
            for r in rows { table.add(r.number, r.inForce ? "yes" : "no", r.effectiveFrom, r.effectiveUntil ?? "-", String(r.grants), r.request ?? "imported", r.supersedes.joined(separator: ", ")) }
            table.print(empty: "no SKs recorded")
        }
    }
}

/// `hakakses decree show NUMBER`.
struct DecreeShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an SK and the people it grants access.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "SK number.") var number: String

    struct Detail: Encodable {
        struct GrantRow: Encodable { let name: String; let nip: String?; let nik: String?; let roles: [String]; let workUnit: String; let position: String? }
        let number: String, title: String, signedOn: String, effectiveFrom: String, effectiveUntil: String?
        let signer: String, signerNIP: String, supersedes: [String], request: String?, recordedBy: String, recordedAt: Date
        let grants: [GrantRow]
    }

    func run() async throws {
        try await reporting {
            let context = try Context.open(config)
            let parsed: DecreeNumber
            do { parsed = try DecreeNumber(number) } catch { throw CLIError.badInput("\(error)") }
            let record = try context.read { store throws(StoreError) in try store.decree(parsed, sop: context.sop, catalogue: context.catalogue) }
            let d = record.decree
            let detail = Detail(
                number: d.number.description, title: d.title, signedOn: d.signedOn.description, effectiveFrom: d.effectiveFrom.description,
                effectiveUntil: d.effectiveUntil?.description, signer: d.signer.name.displayName, signerNIP: d.signer.nip.formatted,
                supersedes: d.supersedes.map(\.description), request: d.requestID?.rawValue, recordedBy: record.recordedBy.uid,
                recordedAt: record.recordedAt,
                grants: d.grants.map { .init(name: $0.person.name.displayName, nip: $0.person.nip?.formatted, nik: $0.person.nik?.digits, roles: $0.roles.map(\.rawValue), workUnit: $0.workUnit, position: $0.position) })
            if output.json { try printJSON(detail); return }
            print("SK \(detail.number): \(detail.title)")
            print("signed \(detail.signedOn) by \(detail.signer) (NIP \(detail.signerNIP)); in force \(detail.effectiveFrom) – \(detail.effectiveUntil ?? "open")")
            if !detail.supersedes.isEmpty { print("supersedes \(detail.supersedes.joined(separator: ", "))") }
            print("recorded by \(detail.recordedBy) on \(Format.time(detail.recordedAt, context.sop))\(detail.request.map { " for \($0)" } ?? " (imported)")")
            print("")
            var table = Table("NAME", "NIP", "NIK", "ROLES", "UNIT")
            for g in detail.grants { table.add(g.name, g.nip ?? "-", g.nik ?? "-", g.roles.joined(separator: ", "), g.workUnit) }
            print(table.render())
        }
    }
}
