import ArgumentParser
import Foundation
import OfficeService

/// `hakakses acting …`: acting officials (Plt./Plh.).
struct ActingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acting",
        abstract: helpText(
            "Acting officials (Plt./Plh.): appoint one for a role and a date range, or list them.",
            id: "Pejabat Plt./Plh.: tunjuk seorang untuk suatu peran dan rentang tanggal, atau tampilkan daftarnya."),
        discussion: helpText(
            """
            The Kadis appoints, or the Sekretaris in his absence, always with the letter's number. The acting official \
            holds the role from the first to the last day given (office days) and it ends by itself; their steps are \
            recorded and printed as Plh./Plt. with their own name, and segregation of duties applies to them as a person.
            """,
            id: """
            Yang menunjuk adalah Kadis, atau Sekretaris bila Kadis berhalangan, selalu dengan nomor suratnya. \
            Pejabat Plt./Plh. memegang peran itu dari hari pertama sampai hari terakhir yang diberikan (hari kerja \
            kantor) dan penunjukannya berakhir dengan sendirinya; tahap yang dikerjakannya dicatat dan dicetak \
            sebagai Plh./Plt. dengan namanya sendiri, dan pemisahan tugas berlaku baginya sebagai pribadi.
            """),
        subcommands: [ActingAssign.self, ActingList.self])
}

struct ActingAssign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: helpText(
        "Appoint an acting official for a role and a date range.",
        id: "Tunjuk pejabat Plt./Plh. untuk suatu peran dan rentang tanggal."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @Argument(help: ArgumentHelp("The acting official's login.", id: "Nama login pejabat Plt./Plh.")) var uid: String
    @Option(name: .long, help: ArgumentHelp(
        "The role they act in, e.g. kadis.",
        id: "Peran yang dijalankannya, misalnya kadis.")) var role: String
    @Option(name: .long, help: ArgumentHelp("plt or plh.", id: "plt atau plh.")) var kind: String = "plh"
    @Option(name: .long, help: ArgumentHelp("First day (YYYY-MM-DD).", id: "Hari pertama (YYYY-MM-DD).")) var from: String
    @Option(name: .long, help: ArgumentHelp("Last day (YYYY-MM-DD).", id: "Hari terakhir (YYYY-MM-DD).")) var until: String
    @Option(name: .long, help: ArgumentHelp(
        "The number of the letter (surat perintah) that appoints them.",
        id: "Nomor surat perintah yang menunjuknya.")) var letter: String

    func run() async throws {
        try await reporting {
            let row = try await OfficeLink.with(config, staff) {
                try await $0.perform(AssignActingCommand(uid: uid, role: role, kind: kind, from: from, until: until, letter: letter))
            }
            say(Catalogue.administration.actingAssigned(row.uid, post: "\(row.kind == "plt" ? "Plt." : "Plh.") \(row.roleTitle)",
                                                        from: row.from, until: row.until, letter: row.letter))
        }
    }
}

struct ActingList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText(
        "List the acting assignments.",
        id: "Tampilkan daftar penunjukan Plt./Plh."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        try await reporting {
            let rows = try await OfficeLink.with(config, staff) { try await $0.perform(ActingListQuery()) }
            if output.json { try printJSON(rows); return }
            let c = Catalogue.columns
            var table = Table(headers: ["UID", c.role.text(in: Shell.language), c.from.text(in: Shell.language), c.until.text(in: Shell.language),
                                        c.basis.text(in: Shell.language), c.by.text(in: Shell.language)])
            for row in rows {
                table.add(row.uid, "\(row.kind == "plt" ? "Plt." : "Plh.") \(row.roleTitle)", row.from, row.until, row.letter, row.recordedBy)
            }
            print(table.render())
        }
    }
}
