import ArgumentParser
import Foundation
import OfficeService

/// `hakakses audit log|verify|seal|new-key|reanchor`: the hash-chained, key-authenticated record of everything.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: helpText(
            "The audit trail: read it, verify it, and its maintenance on the server host.",
            id: "Log audit: membacanya, memeriksa keutuhannya, dan pemeliharaannya di mesin server."),
        subcommands: [Log.self, AuditVerify.self, AuditSeal.self, AuditNewKey.self, AuditReanchor.self])

    struct Log: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "log", abstract: helpText(
            "Show audit records.",
            id: "Tampilkan catatan audit."))
        @OptionGroup var config: ConfigOptions
        @OptionGroup var staff: StaffOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .long, help: ArgumentHelp("First record (seq).", id: "Catatan pertama (seq).")) var from: Int64 = 1
        @Option(name: .long, help: ArgumentHelp("At most this many records.", id: "Jumlah catatan paling banyak.")) var limit = 200
        @Option(name: .long, help: ArgumentHelp(
            "Only records about this request, SK number or person (nip:…/nik:…).",
            id: "Hanya catatan tentang permohonan, nomor SK atau orang ini (nip:…/nik:…).")) var subject: String?

        func run() async throws {
            try await reporting {
                let (rows, office) = try await OfficeLink.with(config, staff) { link in
                    (try await link.perform(AuditLogQuery(from: from, limit: limit, subject: subject)), output.json ? nil : try await link.profile())
                }
                guard let office else { try printJSON(rows); return }
                let c = Catalogue.columns
                var table = Table(c.seq, c.time, c.kind, c.actor, c.subject, c.what)
                for r in rows {
                    table.add(String(r.seq), Format.time(r.at, office), r.kind, r.actor, r.subject, Self.summary(r.payload))
                }
                table.print(empty: Catalogue.reports.noRecords)
            }
        }

        /// The event type or the first words of the payload.
        static func summary(_ payload: String) -> String {
            if let data = payload.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {  // try?: a payload that is not JSON is printed as it is
                if let type = object["type"] as? String { return type + ((object["step"] as? String).map { " \($0)" } ?? "") }
                if let reason = object["reason"] as? String { return String(reason.prefix(70)) }
            }
            return String(payload.prefix(70))
        }
    }
}
