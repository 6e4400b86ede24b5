import AccessStore
import AccessWorkflow
import ArgumentParser
import Foundation

/// `hakakses roster show|export`: who holds which SIAK role, and on what basis.
struct RosterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Who holds which SIAK role by effective SKs (or completed requests).",
        subcommands: [Show.self, Export.self])

    struct DateOption: ParsableArguments {
        @Option(name: .long, help: "The date (YYYY-MM-DD, office time); default today.") var date: String?
        func resolve(_ context: Context) throws(CLIError) -> CivilDate {
            guard let date else { return context.today }
            do { return try CivilDate(iso: date) } catch { throw .badInput("--date \(date): \(error)") }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the roster.")
        @OptionGroup var config: ConfigOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var on: DateOption

        struct Row: Encodable {
            let person: String; let name: String; let nip: String?; let nik: String?; let roles: [String]; let workUnits: [String]
            let basis: [String]; let endDate: String?; let username: String?
        }

        func run() async throws {
            try await reporting {
                let context = try Context.open(config)
                let date = try on.resolve(context)
                let roster = Roster(state: try context.state(), on: date)
                let rows = try roster.entries.map { entry throws(CLIError) in
                    Row(person: entry.key.description, name: entry.person.name.displayName, nip: entry.person.nip?.formatted, nik: entry.person.nik?.digits,
                        roles: entry.roles.map(\.rawValue).sorted(), workUnits: entry.workUnits, basis: entry.basis.map(\.description),
                        endDate: entry.endDate?.description, username: try context.read { store throws(StoreError) in try store.username(for: entry.key) })
                }
                if output.json {
                    try printJSON(["date": AnyEncodable(date.description), "entries": AnyEncodable(rows), "conflicts": AnyEncodable(roster.conflicts.map(\.description))])
                    return
                }
                var table = Table("NAME", "NIP / NIK", "ROLES", "USERNAME", "BASIS", "UNTIL")
                for r in rows { table.add(r.name, r.nip ?? r.nik ?? "-", r.roles.joined(separator: ", "), r.username ?? "(not yet)", r.basis.joined(separator: "; "), r.endDate ?? "-") }
                print("roster on \(date): \(rows.count) people")
                table.print(empty: "nobody holds a SIAK role on \(date)")
                for conflict in roster.conflicts { print("conflict (left off the roster): \(conflict)") }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the roster as CSV (UTF-8 with BOM, ';').")
        @OptionGroup var config: ConfigOptions
        @OptionGroup var on: DateOption
        @Option(name: .long, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            try await reporting {
                let context = try Context.open(config)
                let roster = Roster(state: try context.state(), on: try on.resolve(context))
                try Spreadsheet.write(RosterCSV.export(roster.entries), to: output)
            }
        }
    }
}

/// Mixed values in one JSON object.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void
    init(_ value: some Encodable) { encodeValue = value.encode }
    func encode(to encoder: any Encoder) throws { try encodeValue(encoder) }
}
