import ArgumentParser
import OfficeService

/// `hakakses roster show|export`: who holds which SIAK role, and on what basis.
struct RosterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: helpText(
            "Who holds which SIAK role by effective SKs (or completed requests).",
            id: "Siapa memegang peran SIAK apa menurut SK yang berlaku (atau permohonan yang selesai)."),
        subcommands: [Show.self, Export.self])

    struct DateOption: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(
            "The date (YYYY-MM-DD, office time); default today.",
            id: "Tanggal (YYYY-MM-DD, waktu kantor); bila tidak diisi, hari ini.")) var date: String?
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: helpText(
            "Show the roster.",
            id: "Tampilkan daftar petugas."))
        @OptionGroup var config: ConfigOptions
        @OptionGroup var staff: StaffOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var on: DateOption

        func run() async throws {
            try await reporting {
                let roster = try await OfficeLink.with(config, staff) { try await $0.perform(RosterQuery(date: on.date)) }
                if output.json { try printJSON(roster); return }
                let c = Catalogue.columns, reports = Catalogue.reports
                var table = Table(c.name, c.nipOrNIK, c.roles, c.username, c.basis, c.until)
                for r in roster.entries {
                    table.add(r.name, r.nip ?? r.nik ?? "-", r.roles.joined(separator: ", "), r.username ?? Catalogue.words.notYet.text(in: Shell.language),
                              r.basis.joined(separator: "; "), r.endDate ?? "-")
                }
                say(reports.roster(on: roster.date, people: roster.entries.count))
                table.print(empty: reports.nobodyOnRoster(on: roster.date))
                for conflict in roster.conflicts { say(reports.conflict(conflict)) }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: helpText(
            "Write the roster as CSV (UTF-8 with BOM, ';').",
            id: "Tulis daftar petugas sebagai CSV (UTF-8 dengan BOM, ';')."))
        @OptionGroup var config: ConfigOptions
        @OptionGroup var staff: StaffOptions
        @OptionGroup var on: DateOption
        @Option(name: .long, help: ArgumentHelp(
            "Write to this file instead of standard output.",
            id: "Tulis ke berkas ini, bukan ke keluaran standar.")) var output: String?

        func run() async throws {
            try await reporting {
                let text = try await OfficeLink.with(config, staff) { try await $0.perform(RosterExportQuery(date: on.date)) }
                try Spreadsheet.write(text.csv, to: output)
            }
        }
    }
}
