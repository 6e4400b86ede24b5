import ArgumentParser
import OfficeService

/// `hakakses policy`: who may do what in this office, from its SOP file (the table the server enforces).
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: helpText(
            "Print who may do what in this office (Markdown): the access policy the office server enforces, with this SOP's roles.",
            id: """
            Cetak siapa boleh melakukan apa di kantor ini (Markdown): kebijakan \
            akses yang ditegakkan server kantor, dengan peran-peran SOP ini.
            """))
    @OptionGroup var config: ConfigOptions

    func run() async throws {
        try await reporting {
            let settings = try config.load()
            print(AccessPolicy.markdown([(name: settings.sop.office.name, sop: settings.sop)]))
        }
    }
}
