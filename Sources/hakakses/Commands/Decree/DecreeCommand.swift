import ArgumentParser
import Foundation
import OfficeService

/// `hakakses decree issue|import|export|list|show`.
struct DecreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decree",
        abstract: "SK Kadis: issue one for a request, import one from its spreadsheet, list, show, export.",
        subcommands: [DecreeIssue.self, DecreeSign.self, DecreeImport.self, DecreeConfirm.self, DecreeWithdraw.self, DecreeExport.self, DecreeList.self, DecreeShow.self])
}

/// `hakakses decree issue --request ID …`: the SK step of a request.
struct DecreeIssue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: "Record the SK issued for a request (its SK step).")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: "The request the SK answers.") var request: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""
    @OptionGroup var deviation: DeviationOptions

    func run() async throws {
        try await reporting {
            let command = IssueDecreeCommand(id: request, decree: decree.input, note: note, deviations: try deviation.inputs())
            let issued = try await OfficeLink.with(config, staff) { try await $0.perform(command) }
            say(Catalogue.decrees.issued(issued.number, for: request, period: issued.period))
            if issued.supersessionRevokes > 0 { say(Catalogue.decrees.supersessionRevokes(issued.number, people: issued.supersessionRevokes)) }
            if let confirmers = issued.awaitsConfirmationBy { say(Catalogue.decrees.awaitsConfirmation(issued.number, by: confirmers)) }
            if let signer = issued.awaitsSignatureBy { say(Catalogue.decrees.awaitsSignature(issued.number, request: request, by: signer)) }
            print(Format.progress(issued.progress))
        }
    }
}

/// `hakakses decree sign --request ID --signed DATE --scan FILE`: the Kadis signs the SK drafted for a request.
struct DecreeSign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign, as the Kadis, the SK drafted for a request (the SOP's sign step), with the scan of the signed SK.",
        discussion: "The signer's name and NIP are taken from the directory entry of whoever is logged in, never typed. The date is the one written on the signature: not before the list was approved, not after today. The SK takes effect, by its dates, from then on.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Option(name: .long, help: "The request whose SK is signed.") var request: String
    @Option(name: .long, help: "The date on the signature (YYYY-MM-DD).") var signed: String
    @Option(name: .long, help: "The scan of the signed SK (PDF, JPEG or PNG).") var scan: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""
    @OptionGroup var deviation: DeviationOptions

    func run() async throws {
        try await reporting {
            let file = try SignedScanFile(path: scan)
            let deviations = try deviation.inputs()
            let signed = try await OfficeLink.with(config, staff) { link in
                _ = try await link.perform(SignDecreeCommand(
                    id: request, signed: self.signed, scan: file.unsent, note: note, deviations: deviations, checkOnly: true))
                return try await link.perform(SignDecreeCommand(
                    id: request, signed: self.signed, scan: try await file.send(link, request: request), note: note, deviations: deviations))
            }
            say(Catalogue.decrees.signedBy(signed.number, signer: signed.signer, on: signed.signedOn, people: signed.people,
                                           period: signed.period))
            if signed.queued > 0 { say(Catalogue.decrees.queued(signed.queued)) }
            print(Format.progress(signed.progress))
        }
    }
}

/// `hakakses decree import --csv FILE …`: an existing SK from its spreadsheet attachment.
struct DecreeImport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Record an existing SK from its attachment (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan).",
        discussion: "Every line is checked first; if any line is wrong, the errors are listed by line and nothing is recorded.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: "The SK's attachment as CSV (';' or ',' separated, UTF-8).") var csv: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""
    @OptionGroup var confirm: ConfirmOptions

    func run() async throws {
        try await reporting {
            let command = ImportDecreeCommand(
                decree: decree.input, attachment: try Upload.csv(csv, what: .decreeAttachment), note: note,
                confirmations: try confirm.parsed())
            let imported = try await OfficeLink.with(config, staff) { try await $0.perform(command) }
            say(Catalogue.decrees.imported(imported.number, people: imported.people, period: imported.period))
            for warning in imported.confirmed { say(Catalogue.requests.confirmed(warning)) }
            if !imported.ignoredColumns.isEmpty { say(Catalogue.decrees.ignoredColumns(imported.ignoredColumns)) }
            if imported.queued > 0 { say(Catalogue.decrees.queued(imported.queued)) }
            if imported.supersessionRevokes > 0 {
                say(Catalogue.decrees.supersessionRevokes(imported.number, people: imported.supersessionRevokes))
            }
            say(Catalogue.decrees.awaitsConfirmation(imported.number, by: imported.awaitsConfirmationBy))
        }
    }
}

/// `hakakses decree confirm NUMBER --scan FILE`: the second official confirms an SK that awaits it (four eyes).
struct DecreeConfirm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm an imported SK (or one whose supersession revokes many people) as the second official, with the scan of the signed SK.",
        discussion: "Only a role of the SOP's permissions.confirmDecree (the Kadis by default); never whoever recorded the SK, never a person it names. The SK takes effect from then on, by its dates.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "SK number.") var number: String
    @Option(name: .long, help: "The scan of the signed SK (PDF, JPEG or PNG).") var scan: String
    @Option(name: .long, help: "A note for the record.") var note: String = ""

    func run() async throws {
        try await reporting {
            let file = try SignedScanFile(path: scan)
            let confirmed = try await OfficeLink.with(config, staff) { link in
                _ = try await link.perform(ConfirmDecreeCommand(number: number, scan: file.unsent, note: note, checkOnly: true))
                return try await link.perform(ConfirmDecreeCommand(number: number, scan: try await file.send(link), note: note))
            }
            say(Catalogue.decrees.confirmed(confirmed.number, people: confirmed.people, period: confirmed.period))
            if confirmed.supersessionRevokes > 0 {
                say(Catalogue.decrees.supersessionRevokes(confirmed.number, people: confirmed.supersessionRevokes))
            }
            if confirmed.queued > 0 { say(Catalogue.decrees.queued(confirmed.queued)) }
        }
    }
}

/// `hakakses decree withdraw NUMBER --reason …`: an imported SK that should not take effect (its importer, or the
/// confirming role refusing it).
struct DecreeWithdraw: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw an imported SK awaiting confirmation (its importer), or refuse it (a confirming role); recorded with the reason.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "SK number.") var number: String
    @Option(name: .long, help: "Why (recorded).") var reason: String

    func run() async throws {
        try await reporting {
            let withdrawn = try await OfficeLink.with(config, staff) { try await $0.perform(WithdrawDecreeCommand(number: number, reason: reason)) }
            say(Catalogue.decrees.withdrawn(withdrawn.number))
        }
    }
}

/// `hakakses decree export NUMBER`: the SK's people as CSV.
struct DecreeExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write an SK's attachment as CSV (Excel-ready: UTF-8 with BOM, ';').")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: "SK number.") var number: String
    @Option(name: .long, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        try await reporting {
            let text = try await OfficeLink.with(config, staff) { try await $0.perform(DecreeExportQuery(number: number)) }
            try Spreadsheet.write(text.csv, to: output)
        }
    }
}

/// `hakakses decree list`.
struct DecreeList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List SKs.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let rows = try await OfficeLink.with(config, staff) { try await $0.perform(DecreeListQuery()) }
            if output.json { try printJSON(rows); return }
            let c = Catalogue.columns
            var table = Table(c.decree, c.standing, c.from, c.until, c.grants, c.request, c.supersedes)
            for r in rows {
                table.add(r.number, r.standing, r.effectiveFrom, r.effectiveUntil ?? "-", String(r.grants),
                          r.request ?? Catalogue.words.imported.text(in: Shell.language), r.supersedes.joined(separator: ", "))
            }
            table.print(empty: Catalogue.decrees.noDecrees)
        }
    }
}

/// `hakakses decree show NUMBER`.
struct DecreeShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an SK and the people it grants access.")
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: "SK number.") var number: String

    func run() async throws {
        try await reporting {
            let (detail, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(DecreeShowQuery(number: number)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(detail); return }
            let decrees = Catalogue.decrees, c = Catalogue.columns
            say(decrees.heading(detail.number, title: detail.title))
            if let signedOn = detail.signedOn, let signer = detail.signer, let nip = detail.signerNIP {
                say(decrees.signed(on: signedOn, by: signer, nip: nip, from: detail.effectiveFrom, until: detail.effectiveUntil))
            } else {
                say(decrees.unsigned(from: detail.effectiveFrom, until: detail.effectiveUntil))
            }
            if !detail.supersedes.isEmpty { say(decrees.supersedes(detail.supersedes)) }
            for successor in detail.supersededBy { say(decrees.supersededBy(successor.number, from: successor.effectiveFrom)) }
            say(decrees.recorded(by: detail.recordedBy, at: Format.time(detail.recordedAt, office), request: detail.request))
            print("")
            var table = Table(c.name, c.nip, c.nik, c.roles, c.unit)
            for g in detail.grants { table.add(g.name, g.nip ?? "-", g.nik ?? "-", g.roles.joined(separator: ", "), g.workUnit) }
            print(table.render())
        }
    }
}

/// Writing CSV to a file or standard output.
enum Spreadsheet {
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
