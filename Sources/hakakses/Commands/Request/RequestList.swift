import ArgumentParser
import OfficeService

/// `hakakses request list`.
struct RequestList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: helpText(
        "List requests, oldest filing first.",
        id: "Tampilkan daftar permohonan, yang paling lama diajukan lebih dulu."))
    @OptionGroup var config: ConfigOptions
    @OptionGroup var staff: StaffOptions
    @OptionGroup var output: OutputOptions
    @Option(name: .long, help: ArgumentHelp(
        "Only requests with this status: inProgress, returned, rejected, cancelled, completed.",
        id: """
        Hanya permohonan dengan status ini: inProgress (dalam proses), returned \
        (dikembalikan), rejected (ditolak), cancelled (dibatalkan), completed (selesai).
        """))
    var status: String?

    func run() async throws {
        try await reporting {
            let (rows, office) = try await OfficeLink.with(config, staff) { link in
                (try await link.perform(RequestListQuery(status: status)), output.json ? nil : try await link.profile())
            }
            guard let office else { try printJSON(rows); return }
            let c = Catalogue.columns
            var table = Table(c.request, c.status, c.step, c.filed, c.by, c.applicant, c.candidates, c.decree)
            for row in rows {
                table.add(row.id, Catalogue.words.status(row.status).text(in: Shell.language), row.currentStep ?? "-", Format.day(row.filedAt, office), row.filedBy, row.applicant,
                          String(row.candidates), row.decree ?? "-")
            }
            table.print(empty: Catalogue.requests.noRequests)
        }
    }
}
