import ArgumentParser
import Foundation
import OfficeService

/// `hakakses decree issue|import|export|list|show`.
struct DecreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decree",
        abstract: helpText(
            "SK Kadis: issue one for a request, import one from its spreadsheet, list, show, export.",
            id: "SK Kadis: terbitkan untuk permohonan, impor dari lembar kerjanya, tampilkan daftar, lihat, ekspor."),
        subcommands: [DecreeIssue.self, DecreeSign.self, DecreeImport.self, DecreeConfirm.self, DecreeWithdraw.self, DecreeExport.self, DecreeList.self, DecreeShow.self])
}

/// `hakakses decree issue --request ID …`: the SK step of a request.
struct DecreeIssue: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issue", abstract: helpText(
        "Record the SK issued for a request (its SK step).",
        id: "Catat SK yang diterbitkan untuk permohonan (tahap SK-nya)."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: ArgumentHelp("The request the SK answers.", id: "Permohonan yang dijawab oleh SK ini.")) var request: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""
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
        abstract: helpText(
            "Sign, as the Kadis, the SK drafted for a request (the SOP's sign step), with the scan of the signed SK.",
            id: """
            Tanda tangani, sebagai Kadis, konsep SK untuk permohonan (tahap \
            tanda tangan dalam SOP), dengan pindaian SK yang ditandatangani.
            """),
        discussion: helpText(
            """
            The signer's name and NIP are taken from the directory entry of whoever is logged in, never typed. The date is the one written \
            on the signature: not before the list was approved, not after today. The SK takes effect, by its dates, from then on.
            """,
            id: """
            Nama dan NIP penanda tangan diambil dari entri direktori orang yang sedang masuk, tidak \
            pernah diketik. Tanggalnya adalah tanggal yang tertulis pada tanda tangan: tidak sebelum \
            daftar disetujui, tidak sesudah hari ini. SK berlaku sejak itu, sesuai tanggal-tanggalnya.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Option(name: .long, help: ArgumentHelp(
        "The request whose SK is signed.",
        id: "Permohonan yang SK-nya ditandatangani.")) var request: String
    @Option(name: .long, help: ArgumentHelp(
        "The date on the signature (YYYY-MM-DD).",
        id: "Tanggal pada tanda tangan (YYYY-MM-DD).")) var signed: String
    @Option(name: .long, help: ArgumentHelp(
        "The scan of the signed SK (PDF, JPEG or PNG).",
        id: "Pindaian SK yang ditandatangani (PDF, JPEG atau PNG).")) var scan: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""
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
        abstract: helpText(
            "Record an existing SK from its attachment (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan).",
            id: "Catat SK yang sudah ada dari lampirannya (CSV: Nama, NIP, NIK, Peran, Unit Kerja, Jabatan)."),
        discussion: helpText(
            "Every line is checked first; if any line is wrong, the errors are listed by line and nothing is recorded.",
            id: "Setiap baris diperiksa lebih dulu; bila ada baris yang salah, kesalahannya dicantumkan per baris dan tidak ada yang dicatat."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var decree: DecreeOptions
    @Option(name: .long, help: ArgumentHelp(
        "The SK's attachment as CSV (';' or ',' separated, UTF-8).",
        id: "Lampiran SK sebagai CSV (dipisahkan ';' atau ',', UTF-8).")) var csv: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""
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
        abstract: helpText(
            "Confirm an imported SK (or one whose supersession revokes many people) as the second official, with the scan of the signed SK.",
            id: """
            Konfirmasi SK yang diimpor (atau SK yang penggantiannya mencabut akses banyak \
            orang) sebagai pejabat kedua, dengan pindaian SK yang ditandatangani.
            """),
        discussion: helpText(
            """
            Only a role of the SOP's permissions.confirmDecree (the Kadis by default); never whoever \
            recorded the SK, never a person it names. The SK takes effect from then on, by its dates.
            """,
            id: """
            Hanya peran dalam permissions.confirmDecree di SOP (bila tidak diatur: Kadis); tidak pernah orang yang mencatat \
            SK itu, tidak pernah orang yang tercantum di dalamnya. SK berlaku sejak itu, sesuai tanggal-tanggalnya.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("SK number.", id: "Nomor SK.")) var number: String
    @Option(name: .long, help: ArgumentHelp(
        "The scan of the signed SK (PDF, JPEG or PNG).",
        id: "Pindaian SK yang ditandatangani (PDF, JPEG atau PNG).")) var scan: String
    @Option(name: .long, help: ArgumentHelp("A note for the record.", id: "Catatan (ikut dicatat).")) var note: String = ""

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
        abstract: helpText(
            "Withdraw an imported SK awaiting confirmation (its importer), or refuse it (a confirming role); recorded with the reason.",
            id: """
            Tarik SK impor yang menunggu konfirmasi (oleh pengimpornya), atau \
            tolak (oleh peran yang mengonfirmasi); dicatat beserta alasannya.
            """))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("SK number.", id: "Nomor SK.")) var number: String
    @Option(name: .long, help: ArgumentHelp("Why (recorded).", id: "Alasan (dicatat).")) var reason: String

    func run() async throws {
        try await reporting {
            let withdrawn = try await OfficeLink.with(config, staff) { try await $0.perform(WithdrawDecreeCommand(number: number, reason: reason)) }
            say(Catalogue.decrees.withdrawn(withdrawn.number))
        }
    }
}

/// `hakakses decree export NUMBER`: the SK's people as CSV.
struct DecreeExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: helpText(
        "Write an SK's attachment as CSV (Excel-ready: UTF-8 with BOM, ';').",
        id: "Tulis lampiran SK sebagai CSV (siap dibuka di Excel: UTF-8 dengan BOM, ';')."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("SK number.", id: "Nomor SK.")) var number: String
    @Option(name: .long, help: ArgumentHelp(
        "Write to this file instead of standard output.",
        id: "Tulis ke berkas ini, bukan ke keluaran standar.")) var output: String?

    func run() async throws {
        try await reporting {
            let text = try await OfficeLink.with(config, staff) { try await $0.perform(DecreeExportQuery(number: number)) }
            try Spreadsheet.write(text.csv, to: output)
        }
    }
}

/// `hakakses decree list`.
struct DecreeList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText("List SKs.", id: "Tampilkan daftar SK."))
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
    static let configuration = CommandConfiguration(commandName: "show", abstract: helpText(
        "Show an SK and the people it grants access.",
        id: "Tampilkan SK dan orang-orang yang diberinya akses."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Argument(help: ArgumentHelp("SK number.", id: "Nomor SK.")) var number: String

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
